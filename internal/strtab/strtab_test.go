package strtab

import (
	"fmt"
	"testing"

	"github.com/unspin-project/unspin/internal/bin"
)

func build(strs ...string) *Table {
	b := NewBuilder()
	for _, s := range strs {
		b.Add(s)
	}
	var w bin.Writer
	b.Encode(&w)
	t, err := Decode(&bin.Reader{B: w.B})
	if err != nil {
		panic(err)
	}
	return t
}

func TestRoundTrip(t *testing.T) {
	words := []string{"long", "lengthy", "état", "state of affairs", "", "l'univers"}
	tab := build(words...)
	if tab.Len() != len(words) {
		t.Fatalf("Len = %d, want %d", tab.Len(), len(words))
	}
	for i, w := range words {
		id, ok := tab.Lookup(w)
		if !ok || id != i {
			t.Errorf("Lookup(%q) = %d,%v want %d", w, id, ok, i)
		}
		if got := tab.String(i); got != w {
			t.Errorf("String(%d) = %q want %q", i, got, w)
		}
	}
	for _, w := range []string{"longue", "State of affairs", "x"} {
		if _, ok := tab.Lookup(w); ok {
			t.Errorf("Lookup(%q) found a string never added", w)
		}
	}
}

func TestEmpty(t *testing.T) {
	tab := build()
	if _, ok := tab.Lookup("a"); ok {
		t.Fatal("empty table found a string")
	}
	var zero Table
	if _, ok := zero.Lookup("a"); ok || zero.String(3) != "" {
		t.Fatal("zero table misbehaves")
	}
}

func FuzzDecode(f *testing.F) {
	b := NewBuilder()
	b.Add("a")
	b.Add("bc")
	var w bin.Writer
	b.Encode(&w)
	f.Add(w.B)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Decode(&bin.Reader{B: data})
		if err != nil {
			return
		}
		ts := []*Table{tab, tab}
		ids, oks := make([]int, 2), make([]bool, 2)
		for i := -1; i <= tab.Len() && i < 64; i++ {
			s := tab.String(i)
			id, ok := tab.Lookup(s)
			LookupJoint(ts, s, ids, oks)
			if ids[0] != id || oks[0] != ok || ids[1] != id || oks[1] != ok {
				t.Fatalf("%q: joint %v %v, Lookup %d %v", s, ids, oks, id, ok)
			}
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	bl := NewBuilder()
	for i := 0; i < 500000; i++ {
		bl.Add(fmt.Sprintf("mot%dx", i*7919))
	}
	var w bin.Writer
	bl.Encode(&w)
	tab, _ := Decode(&bin.Reader{B: w.B})
	keys := bl.Strings()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := tab.Lookup(keys[(i*104729)%len(keys)]); !ok {
			b.Fatal("missing")
		}
	}
}
