//go:build !unix

package bilan

// newBlock returns an arena block of idBlock bytes on the heap (systems without
// mmap); see arena_unix.go.
func newBlock() ([]byte, bool) { return make([]byte, 0, idBlock), false }

func freeBlock([]byte) {}
