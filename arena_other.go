//go:build !unix

package bilan

// mapBytes returns n zeroed bytes on the heap, on systems without mmap (see
// arena_unix.go), and a function that does nothing.
func mapBytes(n int) ([]byte, func()) { return make([]byte, n), func() {} }

// mapSlots returns n zeroed uint64 slots on the heap.
func mapSlots(n int) ([]uint64, func()) { return make([]uint64, n), func() {} }
