package detection

import (
	"slices"
	"sort"
	"testing"
)

// ownWord accepts texts whose every word is a word of the language.
func TestOwnWord(t *testing.T) {
	fr := detector(t, "fr", "en").text.Lexicon
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"situation", true},
		{"le long", true},
		{"le  long", true},
		{"", false},
		{"  ", false},
		{"lengthy", false},
		{"le lengthy", false},
	} {
		if got := ownWord(fr, tc.s); got != tc.want {
			t.Errorf("ownWord(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// topByMass keeps what a stable sort by mass, most first, puts first.
func TestTopByMass(t *testing.T) {
	for seed := 0; seed < 50; seed++ {
		// Few distinct masses: many ties.
		items := make([]item, 5+seed*7%40)
		for i := range items {
			items[i].mass = float64((i*7919+seed*31)%5) + 0.5
		}
		checkTop(t, items)
	}
}

func checkTop(t *testing.T, items []item) {
	t.Helper()
	for k := 1; k <= len(items); k++ {
		idx := make([]int32, len(items))
		for i := range idx {
			idx[i] = int32(i)
		}
		sort.SliceStable(idx, func(a, b int) bool { return items[idx[a]].mass > items[idx[b]].mass })
		if got, want := topByMass(items, k), idx[:k]; !slices.Equal(got, want) {
			t.Errorf("k=%d: %v, want %v", k, got, want)
		}
	}
}
