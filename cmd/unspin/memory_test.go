package main

import (
	"math"
	"testing"
)

func TestHugeReserve(t *testing.T) {
	for _, tc := range []struct {
		limit int64
		want  int
	}{
		{math.MaxInt64, heapReserve}, // no limit
		{768 << 20, 384 << 20},       // the scan's
		{2 << 30, heapReserve},
		{100 << 20, 50 << 20},
		{0, 0},
	} {
		if got := hugeReserve(tc.limit); got != tc.want {
			t.Errorf("hugeReserve(%d) = %d, want %d", tc.limit, got, tc.want)
		}
	}
}
