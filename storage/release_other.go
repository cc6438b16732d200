//go:build !linux

package storage

// dropPages does nothing outside Linux: see release_linux.go.
func dropPages(addr uintptr, size int64) {}
