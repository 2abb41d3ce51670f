//go:build !unix

package bilan

// mapBytes returns n zeroed bytes on the heap, on systems without mmap (see
// arena_unix.go), and a function that does nothing.
func mapBytes(n int) ([]byte, func()) { return make([]byte, n), func() {} }

// mapSlots returns n zeroed uint32 slots on the heap.
func mapSlots(n int) ([]uint32, func()) { return make([]uint32, n), func() {} }
