package freelist

import "testing"

func TestList(t *testing.T) {
	l := New(2, 16)
	if l.Get() != nil {
		t.Fatal("a new list hands out a buffer")
	}
	l.Put(make([]byte, 3, 8))
	l.Put(make([]byte, 1, 32)) // too large: dropped
	l.Put(nil)                 // nothing to keep
	l.Put(make([]byte, 0, 16))
	l.Put(make([]byte, 0, 4)) // full: dropped
	var caps []int
	for b := l.Get(); b != nil; b = l.Get() {
		if len(b) != 0 {
			t.Errorf("a kept buffer has length %d", len(b))
		}
		caps = append(caps, cap(b))
	}
	if len(caps) != 2 || caps[0] != 8 || caps[1] != 16 {
		t.Errorf("kept capacities %v, want [8 16]", caps)
	}
}
