package storage

import "syscall"

// dropPages advises the kernel that the size bytes of a file map at addr
// are not needed: MADV_DONTNEED drops them from this process's page
// tables. On a shared file map that loses nothing (it is not an anonymous
// or private map, whose pages it would zero): the pages stay in the page
// cache and the next read faults them back in. addr is the start of a map,
// so page-aligned; a failure only leaves the pages resident.
func dropPages(addr uintptr, size int64) {
	if addr == 0 || size <= 0 {
		return
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, addr, uintptr(size), syscall.MADV_DONTNEED)
}
