//go:build unix

package sshserve

import "syscall"

// noFollow keeps reading the codes file from following a link or waiting
// on a FIFO put in its place after it was looked at.
const noFollow = syscall.O_NOFOLLOW | syscall.O_NONBLOCK
