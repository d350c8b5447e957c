package thesaurus

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func terms(ls []Link) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l.Term)
	}
	return out
}

func TestReverse(t *testing.T) {
	b := NewBuilder()
	b.Add("long", "lengthy", Moby)
	b.Add("long", "lengthy", WordNet)
	b.Add("extended", "lengthy", Moby)
	b.Add("situation", "state of affairs", MyThes)
	b.Add("long", "long", Moby) // self links are dropped
	th, err := Decode(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"extended", "long"}, terms(th.Reverse("lengthy"))); d != "" {
		t.Errorf("Reverse(lengthy) (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"situation"}, terms(th.Reverse("state of affairs"))); d != "" {
		t.Errorf("Reverse(state of affairs) (-want +got):\n%s", d)
	}
	if src, ok := th.Has("long", "lengthy"); !ok || src != Moby|WordNet || src.String() != "moby+wordnet" {
		t.Errorf("Has(long, lengthy) = %v, %v", src, ok)
	}
	if th.Synonyms("lengthy") != nil {
		t.Error("lengthy has no forward links")
	}
	if th.MaxWords() != 3 {
		t.Errorf("MaxWords = %d", th.MaxWords())
	}
}

func TestDeterministic(t *testing.T) {
	enc := func(order []int) []byte {
		pairs := [][2]string{{"a", "b"}, {"c", "d"}, {"b", "c"}}
		b := NewBuilder()
		for _, i := range order {
			b.Add(pairs[i][0], pairs[i][1], Moby)
		}
		return b.Encode()
	}
	if d := cmp.Diff(enc([]int{0, 1, 2}), enc([]int{2, 0, 1})); d != "" {
		t.Error("encoding depends on insertion order")
	}
}

func FuzzDecode(f *testing.F) {
	b := NewBuilder()
	b.Add("x", "y", Moby)
	f.Add(b.Encode())
	f.Fuzz(func(t *testing.T, data []byte) {
		th, err := Decode(data)
		if err != nil {
			return
		}
		for i := 0; i < th.Len() && i < 16; i++ {
			th.Reverse(th.Term(i))
			th.Synonyms(th.Term(i))
		}
	})
}

func TestSynonymsAndDegree(t *testing.T) {
	b := NewBuilder()
	b.Add("long", "lengthy", Moby)
	b.Add("long", "extended", Moby)
	b.Add("long", "too long for a thesaurus term", Moby) // more than MaxTermWords words
	b.Add("brief", "short", WordNet)
	th, err := Decode(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"extended", "lengthy"}, terms(th.Synonyms("long"))); d != "" {
		t.Errorf("Synonyms(long) (-want +got):\n%s", d)
	}
	id, _ := th.ID("long")
	if th.Degree(id) != 2 {
		t.Errorf("Degree(long) = %d, want 2", th.Degree(id))
	}
	if _, ok := th.ID("too long for a thesaurus term"); ok {
		t.Error("a five-word term was kept")
	}
}

func TestListsMatchesHasID(t *testing.T) {
	b := NewBuilder()
	b.Add("long", "lengthy", Moby)
	b.Add("long", "extended", WordNet)
	b.Add("lengthy", "long", Moby)
	b.Add("but", "however", Moby)
	b.Add("situation", "state of affairs", Moby|WordNet)
	th, err := Decode(b.Encode())
	if err != nil {
		t.Fatal(err)
	}
	n := th.Len()
	for a := 0; a < n; a++ {
		for c := 0; c < n; c++ {
			_, want := th.HasID(a, c)
			if got := th.Lists(a, c); got != want {
				t.Errorf("Lists(%q, %q) = %v, HasID says %v", th.Term(a), th.Term(c), got, want)
			}
		}
	}
	if th.Lists(-1, 0) || th.Lists(0, n) {
		t.Error("out-of-range ids listed")
	}
}
