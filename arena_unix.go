//go:build unix

package bilan

import "syscall"

// newBlock returns an arena block of idBlock bytes mapped outside the Go heap, so
// that the garbage collector neither scans it nor lets the heap grow to twice the
// IDs' size before collecting; freeBlock returns it. Where mapping fails it falls
// back on the heap.
func newBlock() ([]byte, bool) {
	b, err := syscall.Mmap(-1, 0, idBlock, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, 0, idBlock), false
	}
	return b[:0], true
}

func freeBlock(b []byte) { syscall.Munmap(b[:cap(b)]) }
