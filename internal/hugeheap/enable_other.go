//go:build !linux

package hugeheap

// Enable does nothing outside Linux.
func Enable(reserve int) (Result, error) { return Result{}, nil }
