// Package sshserve shares one open meeting over SSH (podium serve): each
// SSH session gets its own Bubble Tea program, built from the session (its
// size, colour profile and language), on the one writer (storage/hub).
//
// Who a session is comes from the SSH user name (moderator, clerk,
// display), proved by a key listed in that role's authorized_keys file or
// by that role's join code. The key is the one the client signed with
// (ssh.Session.PublicKey after authentication), never one it only offered.
// What a role may change is decided by the writer (hub.May), not here.
//
// It imports ui for the screens and storage/hub for the writer; nothing
// imports it but the podium command.
package sshserve
