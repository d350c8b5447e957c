package strtab

import (
	"fmt"
	"testing"

	"github.com/unspin-project/unspin/internal/bin"
)

// jointTables are tables that share some strings: many strings for many
// collisions, a small one, an empty one and a missing (nil) one.
func jointTables() []*Table {
	var big, mid []string
	for i := 0; i < 3000; i++ {
		big = append(big, fmt.Sprintf("w%d", i))
		if i%3 == 0 {
			mid = append(mid, fmt.Sprintf("w%d", i))
		}
	}
	return []*Table{build(big...), build(mid...), build("w7", "état", ""), build(), nil}
}

func TestLookupJointMatchesLookup(t *testing.T) {
	all := jointTables()
	cases := []struct {
		name   string
		tables []*Table
	}{
		{"three", all[:3]},
		{"with empty and nil", []*Table{all[0], all[3], all[4], all[2]}},
		{"one", all[1:2]},
		{"none", nil},
	}
	queries := []string{"", "état", "etat", "w", "w7", "w9999", "x"}
	for i := 0; i < 4000; i += 7 {
		queries = append(queries, fmt.Sprintf("w%d", i))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ids, oks := make([]int, len(c.tables)), make([]bool, len(c.tables))
			found := 0
			for _, q := range queries {
				LookupJoint(c.tables, q, ids, oks)
				for k, tab := range c.tables {
					var id int
					var ok bool
					if tab != nil {
						id, ok = tab.Lookup(q)
					}
					if ids[k] != id || oks[k] != ok {
						t.Fatalf("table %d, %q: joint %d,%v, Lookup %d,%v", k, q, ids[k], oks[k], id, ok)
					}
					if ok {
						found++
					}
				}
			}
			if len(c.tables) > 0 && found == 0 {
				t.Fatal("no query found anything: the test tests nothing")
			}
		})
	}
}

func FuzzLookupJoint(f *testing.F) {
	tables := jointTables()
	f.Add("w12")
	f.Add("état")
	f.Add("\xff")
	f.Fuzz(func(t *testing.T, s string) {
		ids, oks := make([]int, len(tables)), make([]bool, len(tables))
		LookupJoint(tables, s, ids, oks)
		for k, tab := range tables {
			if tab == nil {
				if oks[k] {
					t.Fatalf("nil table %d found %q", k, s)
				}
				continue
			}
			if id, ok := tab.Lookup(s); ids[k] != id || oks[k] != ok {
				t.Fatalf("table %d, %q: joint %d,%v, Lookup %d,%v", k, s, ids[k], oks[k], id, ok)
			}
		}
	})
}

// BenchmarkLookupThree looks a word up in three large tables, one table
// after the other ("separate") and jointly ("joint"), as the detector
// looks a new word up in the language model and the two lexicons.
func BenchmarkLookupThree(b *testing.B) {
	var tables []*Table
	var keys []string
	for k := 0; k < 3; k++ {
		bl := NewBuilder()
		for i := 0; i < 400000; i++ {
			bl.Add(fmt.Sprintf("w%dx%d", i*7919, k%2))
		}
		var w bin.Writer
		bl.Encode(&w)
		t, err := Decode(&bin.Reader{B: w.B})
		if err != nil {
			b.Fatal(err)
		}
		tables = append(tables, t)
		if k == 0 {
			keys = bl.Strings()
		}
	}
	b.Run("separate", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			s := keys[(i*104729)%len(keys)]
			for _, t := range tables {
				t.Lookup(s)
			}
		}
	})
	b.Run("joint", func(b *testing.B) {
		ids, oks := make([]int, 3), make([]bool, 3)
		for i := 0; i < b.N; i++ {
			LookupJoint(tables, keys[(i*104729)%len(keys)], ids, oks)
		}
	})
}
