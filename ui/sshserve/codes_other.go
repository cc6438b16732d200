//go:build !unix

package sshserve

// noFollow: where there is no O_NOFOLLOW, the look before opening and the
// check of the opened file (os.SameFile) stand in for it.
const noFollow = 0
