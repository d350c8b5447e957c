package wordkey

import (
	"fmt"
	"strings"
	"testing"
)

// TestKey: two words of at most 16 bytes and the same length have the
// same key only when they are the same word.
func TestKey(t *testing.T) {
	words := []string{
		"a", "à", "b", "de", "dé", "les", "lès", "été", "état", "était",
		"abcdefg", "abcdefh", "bbcdefg", "abcdefgh", "abcdefgi", "bbcdefgh",
		"gouvernement", "gouvernemant", "constitutionnel", "constitutionnal",
		"anticonstitutio", "anticonstitution", "anticonstitutiom", "bnticonstitution",
	}
	for _, x := range words {
		for _, y := range words {
			xa, xb := Key(x)
			ya, yb := Key(y)
			same := xa == ya && xb == yb && len(x) == len(y)
			if same != (x == y) {
				t.Errorf("Key(%q) == Key(%q): %v", x, y, same)
			}
		}
	}
}

// FuzzKey: for words of at most MaxKeyed bytes, equal keys and lengths
// mean equal words, and a slot is in its table.
func FuzzKey(f *testing.F) {
	f.Add("maison", "raison")
	f.Add("abcdefghijklmnop", "abcdefghijklmnoq")
	f.Fuzz(func(t *testing.T, x, y string) {
		xa, xb := Key(x)
		ya, yb := Key(y)
		if len(x) <= MaxKeyed && len(x) == len(y) && xa == ya && xb == yb && x != y {
			t.Fatalf("%q and %q share a key", x, y)
		}
		if s := Slot(xa, xb, len(x), 11); s < 0 || s >= 1<<11 {
			t.Fatalf("slot %d out of range", s)
		}
	})
}

// TestMap: a Map answers as a Go map does, for short words, long words
// sharing their first and last eight bytes, and absent words.
func TestMap(t *testing.T) {
	var m Map[int32]
	m.Grow(6000)
	reserved := len(m.slots)
	want := map[string]int32{}
	for i := 0; i < 3000; i++ {
		for _, w := range []string{fmt.Sprintf("w%d", i), fmt.Sprintf("anticonst%05ditutionnel", i)} {
			m.Put(w, int32(i))
			want[w] = int32(i)
		}
	}
	if len(m.slots) != reserved || reserved < 12000 {
		t.Errorf("Grow(6000) reserved %d slots, %d after 6,000 words", reserved, len(m.slots))
	}
	m.Put("w7", -7) // a second Put replaces the value
	want["w7"] = -7
	if m.Len() != len(want) || 2*m.Len() > len(m.slots) {
		t.Fatalf("%d words in %d slots, want %d, at most half full", m.Len(), len(m.slots), len(want))
	}
	for w, v := range want {
		if got, ok := m.Get(w); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d", w, got, ok, v)
		}
	}
	for _, w := range []string{"", "w", "w3000", "anticonst99999itutionnel", strings.Repeat("x", 40)} {
		if _, ok := m.Get(w); ok {
			t.Errorf("Get(%q) found an absent word", w)
		}
	}
	var empty Map[int32]
	if _, ok := empty.Get("w1"); ok {
		t.Error("the zero Map holds a word")
	}
}

// FuzzMap puts words separated by spaces and checks every Get against a
// Go map.
func FuzzMap(f *testing.F) {
	f.Add("le la les de des du", "de")
	f.Add("anticonstitutionnellement anticonstitutionnellemant x", "anticonstitutionnellemenx")
	f.Fuzz(func(t *testing.T, words, probe string) {
		var m Map[int]
		want := map[string]int{}
		for i, w := range strings.Split(words, " ") {
			m.Put(w, i)
			want[w] = i
		}
		for _, w := range append(strings.Split(words, " "), probe) {
			got, ok := m.Get(w)
			v, wok := want[w]
			if ok != wok || got != v {
				t.Fatalf("Get(%q) = %d, %v; want %d, %v", w, got, ok, v, wok)
			}
		}
	})
}

func ExampleMap() {
	var m Map[int]
	m.Put("maison", 1)
	m.Put("anticonstitutionnellement", 2)
	v, ok := m.Get("anticonstitutionnellement")
	fmt.Println(v, ok)
	_, ok = m.Get("raison")
	fmt.Println(ok)
	// Output:
	// 2 true
	// false
}

func BenchmarkMapGet(b *testing.B) {
	var m Map[int32]
	g := map[string]int32{}
	var words []string
	for i := 0; i < 20000; i++ {
		w := fmt.Sprintf("mot%dx", i*7919)
		m.Put(w, int32(i))
		g[w] = int32(i)
		words = append(words, w)
	}
	b.Run("wordkey", func(b *testing.B) {
		s := int32(0)
		for i := 0; i < b.N; i++ {
			v, _ := m.Get(words[(i*4099)%len(words)])
			s += v
		}
		_ = s
	})
	b.Run("map", func(b *testing.B) {
		s := int32(0)
		for i := 0; i < b.N; i++ {
			s += g[words[(i*4099)%len(words)]]
		}
		_ = s
	})
}
