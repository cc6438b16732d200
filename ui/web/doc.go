// Package web is the hall's face of podium serve: a small HTTP server on
// the hall's network with two pages, /display for the projector's browser
// (large type, pushed by server-sent events, never blank between states)
// and /ask for the audience's phones (a plain form that works without
// JavaScript). Everything it serves is embedded; nothing comes from the
// Internet.
//
// Each page needs its code (the projector's join code, the audience's
// code), kept in the meeting's codes file like the SSH join codes. A
// wrong or missing code gets a plain refusal that says nothing of the
// meeting. The pages show only what the SSH projector shows; a question
// from a phone goes to the writer as the role "audience", which can do
// nothing else, and waits in the Inbox.
//
// It imports storage/hub for the writer's snapshots, ui/i18n for the
// words and ui/projector for the projector's lines, which the SSH
// projector draws too; nothing imports it but the podium command.
package web
