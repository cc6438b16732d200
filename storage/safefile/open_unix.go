//go:build unix

package safefile

import "syscall"

// openFlags keep a look at a file from waiting on a FIFO put in its place
// or following a link.
const openFlags = syscall.O_NONBLOCK | syscall.O_NOFOLLOW
