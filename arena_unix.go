//go:build unix

package bilan

import (
	"syscall"
	"unsafe"
)

// mapBytes returns n zeroed bytes mapped outside the Go heap, so that the garbage
// collector neither scans them nor lets the heap grow to twice their size before
// collecting, and the function that unmaps them; where mapping fails it falls
// back on the heap. The ID set (open.go) keeps its arena and its table there.
func mapBytes(n int) ([]byte, func()) {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]byte, n), func() {}
	}
	return b, func() { syscall.Munmap(b) }
}

// mapSlots returns n zeroed uint64 slots outside the Go heap, as mapBytes does.
func mapSlots(n int) ([]uint64, func()) {
	b, free := mapBytes(8 * n)
	return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(b))), n), free
}
