package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/unspin-project/unspin/types"
)

func testLexicon(t *testing.T) *Lexicon {
	t.Helper()
	src := []Source{
		{Form: "impact", Count: 10, SeenMid: 10, Flags: InDictionary, OtherCount: 7,
			Analyses: []types.Analysis{{Lemma: "impact", POS: types.Noun, Gender: types.Masc, Number: types.Sing}}},
		{Form: "impacts", Count: 3, SeenMid: 3, Flags: InDictionary,
			Analyses: []types.Analysis{{Lemma: "impact", POS: types.Noun, Gender: types.Masc, Number: types.Plur}}},
		{Form: "paris", Count: 50, CapsMid: 49, SeenMid: 50,
			Analyses: []types.Analysis{{Lemma: "Paris", POS: types.ProperNoun}}},
	}
	l, err := Decode(Encode(src, Totals{Corpus: 1000, Other: 2000, OtherLang: "en"}))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestLookup(t *testing.T) {
	l := testLexicon(t)
	e, ok := l.Lookup("impact")
	if !ok {
		t.Fatal("impact not found")
	}
	want := Entry{ID: 0, Form: "impact", Count: 10, PerMillion: 10000, CapsShare: 0, Flags: InDictionary,
		Analyses:   []types.Analysis{{Lemma: "impact", POS: types.Noun, Gender: types.Masc, Number: types.Sing}},
		OtherCount: 7, OtherPerMil: 3500}
	if d := cmp.Diff(want, e); d != "" {
		t.Errorf("Lookup(impact) (-want +got):\n%s", d)
	}
	if p, _ := l.Lookup("paris"); p.CapsShare < 0.97 || p.OtherCount != 0 {
		t.Errorf("paris: caps %.2f other %d", p.CapsShare, p.OtherCount)
	}
	if _, ok := l.Lookup("absent"); ok {
		t.Error("absent form found")
	}
	if l.OtherLang() != "en" || l.Homographs() != 1 {
		t.Errorf("homographs: lang %q n %d", l.OtherLang(), l.Homographs())
	}
}

func TestInflect(t *testing.T) {
	l := testLexicon(t)
	got := l.Inflect("impact", types.Analysis{POS: types.Noun, Number: types.Plur})
	if d := cmp.Diff([]string{"impacts"}, got); d != "" {
		t.Errorf("Inflect (-want +got):\n%s", d)
	}
	// The lemma "Paris" was appended as its own form.
	if _, ok := l.ID("Paris"); !ok {
		t.Error("lemma not added to the form table")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode([]Source{{Form: "a", Count: 1, Analyses: []types.Analysis{{Lemma: "b"}}, OtherCount: 2}}, Totals{}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Decode(data)
		if err != nil {
			return
		}
		for i := -1; i <= l.Len() && i < 32; i++ {
			l.Lookup(l.Form(i))
			l.Analyses(nil, i)
			l.FormsOf(nil, i)
			l.Homograph(i)
		}
	})
}

func TestAdjNoun(t *testing.T) {
	src := []Source{
		{Form: "fort", Analyses: []types.Analysis{{Lemma: "fort", POS: types.Adj, Gender: types.Masc, Number: types.Sing}, {Lemma: "fort", POS: types.Adv}}},
		{Form: "impact", Analyses: []types.Analysis{{Lemma: "impact", POS: types.Noun, Gender: types.Masc, Number: types.Sing}}},
		{Form: "impression", Analyses: []types.Analysis{{Lemma: "impression", POS: types.Noun, Gender: types.Fem, Number: types.Sing}}},
		{Form: "rapide", Analyses: []types.Analysis{{Lemma: "rapide", POS: types.Adj, Gender: types.Epicene, Number: types.Sing}}},
		{Form: "vite", Analyses: []types.Analysis{{Lemma: "vite", POS: types.Adv}}},
	}
	l, err := Decode(Encode(src, Totals{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		adj, noun string
		want      Agreement
	}{
		{"fort", "impact", Agree},
		{"fort", "impression", Disagree},
		{"rapide", "impression", Agree},
		{"vite", "impression", AgreeUnknown},
		{"absent", "impact", AgreeUnknown},
	}
	for _, tc := range tests {
		if got := l.AdjNoun(tc.adj, tc.noun); got != tc.want {
			t.Errorf("AdjNoun(%q, %q) = %v, want %v", tc.adj, tc.noun, got, tc.want)
		}
	}
}
