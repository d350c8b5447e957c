package detection

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
)

// The committed table must be the one the packs and this code build: a
// change to the real-word candidate search, or a rebuilt pack, without
// `make packs` fails here.
func TestConfusionTablesCurrent(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilds the table (about a second)")
	}
	raw, ok := pack.RawConfusions("fr", "en")
	if !ok {
		t.Fatal("lang/fr registers no fr-en confusion table")
	}
	d := detector(t, "fr", "en")
	if d.conf == nil {
		t.Fatal("the committed table is not used with the committed packs")
	}
	built, st, err := BuildConfusions(d.text, d.spin)
	if err != nil {
		t.Fatal(err)
	}
	if st.Words < 10000 || st.Entries < 100000 {
		t.Errorf("table of %d words, %d entries: too few", st.Words, st.Entries)
	}
	if !bytes.Equal(built, raw) {
		t.Fatal("lang/fr/fr-en.conf is stale: run `go run ./internal/buildconf` (make packs)")
	}
}

// The table's lists, read back, are the search's own: every field of
// every candidate, for a spread of the words it holds.
func TestConfusionTableGivesTheSearchLists(t *testing.T) {
	withTable := detector(t, "fr", "en")
	if withTable.conf == nil {
		t.Fatal("no table")
	}
	without := *withTable
	without.conf = nil
	a, b := withTable.newDoc("", nil), without.newDoc("", nil)
	defer a.release()
	defer b.release()
	own := withTable.text.Lexicon
	tab := withTable.conf
	checked, nonEmpty := 0, 0
	for i := 0; i < tab.Len(); i += 37 {
		w := own.Form(tab.ID(i))
		got := append([]cand(nil), a.candidates(withTable.spin, w, true)...)
		want := append([]cand(nil), b.candidates(without.spin, w, true)...)
		for k := range got {
			// The table also knows each candidate's word id: the id of its text.
			if got[k].own1 == 0 || own.Form(int(got[k].own1-1)) != got[k].text {
				t.Fatalf("%q: candidate %q carries word id %d", w, got[k].text, got[k].own1-1)
			}
			got[k].own1 = 0
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(cand{}, path{})); diff != "" {
			t.Fatalf("%q: table lists differ from the search's (-search +table)\n%s", w, diff)
		}
		checked++
		if len(got) > 0 {
			nonEmpty++
		}
	}
	if checked < 300 || nonEmpty < 150 {
		t.Fatalf("checked %d words, %d with candidates", checked, nonEmpty)
	}
}

// A detector with the table reports what one without it reports, on
// sentences written for this test and on the seed article, though it
// skips the words the table gives no original.
func TestConfusionTableKeepsFindings(t *testing.T) {
	withTable := detector(t, "fr", "en")
	without := *withTable
	without.conf = nil
	texts := []string{
		"Les mesures économiques à fort impression ont été votées hier soir.",
		"Le texte a été adopté standard le Sénat après un lengthy débat.",
		"Le however de la réunion était de trouver un accord entre les deux events.",
		"La ministre a présenté le budget devant les députés réunis en séance.",
	}
	if seed, err := os.ReadFile("../../shared/data/seed/blinken-fr.txt"); err == nil {
		texts = append(texts, string(seed))
	}
	found, ruledOut := 0, 0
	for _, text := range texts {
		toks := tokenization.Tokenize(text, tokenization.ForLang("fr"))
		dc := withTable.newDoc(text, toks)
		dc.prepare()
		for i := range toks {
			if li := dc.lexAt(i); li != nil && li.noOriginal && dc.examinable(i) {
				ruledOut++ // a homograph the real-word test skips with the table
			}
		}
		dc.release()
		got, want := withTable.Detect(text, toks), without.Detect(text, toks)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%.40q: findings differ (-without +with table)\n%s", text, diff)
		}
		found += len(got)
	}
	if found < 4 || ruledOut == 0 {
		t.Fatalf("%d findings and %d words ruled out by the table in all: the texts test too little", found, ruledOut)
	}
}
