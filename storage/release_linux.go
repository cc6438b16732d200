package storage

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

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

// ResidentKB is how much of this process's maps of the file at path is
// resident (the Rss lines of /proc/self/smaps), in kB, and whether it
// could be read: what a test of the release measures.
func ResidentKB(path string) (int, bool) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	kb, in := 0, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) >= 5 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":"):
			in = len(fs) >= 6 && fs[len(fs)-1] == path
		case in && len(fs) >= 2 && fs[0] == "Rss:":
			n, _ := strconv.Atoi(fs[1])
			kb += n
		}
	}
	return kb, sc.Err() == nil
}
