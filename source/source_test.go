package source_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/source"
)

// index builds an index of the English articles in testdata/sources
// (written for these tests).
func index(t testing.TB) *source.Index {
	t.Helper()
	b, err := source.NewBuilder("en")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/sources/*.txt")
	if len(files) < 4 {
		t.Fatalf("%d test sources", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Add(source.Document{ID: filepath.Base(f), Text: string(data)}); err != nil {
			t.Fatal(err)
		}
	}
	return b.Index()
}

func read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestSearch(t *testing.T) {
	ix := index(t)
	for _, tc := range []struct {
		query, want string // want "" when the source is not indexed
		names       []string
	}{
		// A translation, with one word left in English as a spinner does.
		{"query-fr.txt", "election.txt", []string{"rehtla", "ilves", "estavia"}},
		// A French story no source tells.
		{"absent-fr.txt", "", nil},
		// An English source finds itself.
		{"sources/harbour.txt", "harbour.txt", []string{"kavanagh", "dunmore"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			lang := "fr"
			if strings.HasPrefix(tc.query, "sources/") {
				lang = "en"
			}
			ms, err := ix.Search(context.Background(), read(t, tc.query), lang, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(ms) == 0 {
				t.Fatal("no match")
			}
			best := ms[0]
			t.Logf("best %s score %.2f confidence %.3f shared %+v", best.ID, best.Score, best.Confidence, best.Shared)
			if tc.want == "" {
				if best.Confidence >= 0.5 {
					t.Errorf("no source is indexed, but %s has confidence %.3f", best.ID, best.Confidence)
				}
				return
			}
			if best.ID != tc.want || best.Confidence < 0.5 {
				t.Errorf("best %s with confidence %.3f, want %s with 0.5 or more", best.ID, best.Confidence, tc.want)
			}
			for _, n := range tc.names {
				if !slices.Contains(best.Shared.Names, n) {
					t.Errorf("shared names %v lack %q", best.Shared.Names, n)
				}
			}
			for k := 1; k < len(ms); k++ {
				if ms[k].Score > ms[k-1].Score || ms[k].Confidence != 0 {
					t.Errorf("match %d: score %.3f after %.3f, confidence %.3f", k, ms[k].Score, ms[k-1].Score, ms[k].Confidence)
				}
			}
		})
	}
}

// Numbers are keyed by their digits, names without case or accents, so
// that a French rendering meets the English one.
func TestSharedKeys(t *testing.T) {
	b, err := source.NewBuilder("en")
	if err != nil {
		t.Fatal(err)
	}
	b.Add(source.Document{ID: "a", Text: "Minister Sergei Lavrov met Andrés Ortega in 2021 and signed a deal worth 1.5 billion."})
	b.Add(source.Document{ID: "b", Text: "The weather was mild in spring, and the harvest was good."})
	ix := b.Index()
	ms, err := ix.Search(context.Background(), "Le ministre Sergeï Lavrov a rencontré Andres Ortega en 2021 et signé un accord de 1,5 milliard.", "fr", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 || ms[0].ID != "a" {
		t.Fatalf("matches %+v, want a first", ms)
	}
	for _, want := range []struct {
		got  []string
		keys []string
	}{{ms[0].Shared.Names, []string{"lavrov", "ortega", "andres"}}, {ms[0].Shared.Numbers, []string{"2021", "15"}}, {ms[0].Shared.Words, []string{"minister"}}} {
		for _, k := range want.keys {
			if !slices.Contains(want.got, k) {
				t.Errorf("shared %v lack %q", want.got, k)
			}
		}
	}
}

func TestSearchErrors(t *testing.T) {
	b, err := source.NewBuilder("en")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Index().Search(context.Background(), "texte", "fr", 3); !errors.Is(err, source.ErrEmpty) {
		t.Errorf("empty index: %v, want ErrEmpty", err)
	}
	ix := index(t)
	if _, err := ix.Search(context.Background(), "caf\xe9", "fr", 3); err == nil {
		t.Error("invalid UTF-8 accepted")
	}
	if _, err := ix.Search(context.Background(), "texte", "xx", 3); err == nil {
		t.Error("a language without a pack accepted")
	}
	b2, _ := source.NewBuilder("en")
	if err := b2.Add(source.Document{ID: "bad", Text: "\xff\xfe"}); err == nil {
		t.Error("a source that is not UTF-8 accepted")
	}
	if _, err := source.NewBuilder("xx"); err == nil {
		t.Error("a sources language without a pack accepted")
	}
}

func FuzzSearch(f *testing.F) {
	ix := index(f)
	for _, s := range []string{"", "Estavia 61 élection", "1,5 % de 2 000", "\xff", "L'OSCE a dit: « non »."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms, err := ix.Search(context.Background(), text, "fr", 3)
		if err != nil {
			return
		}
		if len(ms) > 3 {
			t.Fatalf("%d matches for top 3", len(ms))
		}
		for k, m := range ms {
			if m.Score <= 0 || k > 0 && m.Score > ms[k-1].Score || m.Confidence < 0 || m.Confidence > 1 {
				t.Fatalf("match %d: %+v", k, m)
			}
		}
	})
}

// The other way: an English copy of a French story, among French sources.
func TestEnglishTextFrenchSources(t *testing.T) {
	b, err := source.NewBuilder("fr")
	if err != nil {
		t.Fatal(err)
	}
	b.Add(source.Document{ID: "port", Text: "Le conseil municipal de Kerlouan a voté mardi la fermeture du vieux port aux navires de commerce. La maire, Anne Guivarch, promet moins de pollution pour les 3 200 habitants du quartier."})
	b.Add(source.Document{ID: "ecole", Text: "Une nouvelle école ouvrira en septembre à Pléneuf. Elle accueillera deux cents élèves et une cantine bio, a annoncé le directeur."})
	ms, err := b.Index().Search(context.Background(), "The town council of Kerlouan voted on Tuesday to close the old harbour to merchant ships. Mayor Anne Guivarch promises less pollution for the 3,200 residents of the district.", "", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 || ms[0].ID != "port" || !slices.Contains(ms[0].Shared.Names, "kerlouan") || !slices.Contains(ms[0].Shared.Numbers, "3200") {
		t.Fatalf("matches %+v, want port first, sharing kerlouan and 3200", ms)
	}
	t.Logf("port: confidence %.3f, shared %+v", ms[0].Confidence, ms[0].Shared)
}

// The best match's confidence does not depend on how many matches are
// asked for: it reads the lead over the second one even when k is 1.
func TestConfidenceWhateverK(t *testing.T) {
	ix := index(t)
	for _, q := range []string{"query-fr.txt", "absent-fr.txt"} {
		text := read(t, q)
		one, err := ix.Search(context.Background(), text, "fr", 1)
		if err != nil {
			t.Fatal(err)
		}
		three, err := ix.Search(context.Background(), text, "fr", 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(one) != 1 || one[0].ID != three[0].ID || one[0].Confidence != three[0].Confidence {
			t.Errorf("%s: k=1 gives %+v, k=3 gives %+v", q, one, three[0])
		}
	}
}

// A huge or null k asks for no more than the index holds.
func TestSearchK(t *testing.T) {
	ix := index(t)
	for _, k := range []int{0, 1, 3, 1 << 40} {
		ms, err := ix.Search(context.Background(), read(t, "query-fr.txt"), "fr", k)
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) > max(k, 0) || len(ms) > ix.Len() {
			t.Errorf("k=%d: %d matches of %d sources", k, len(ms), ix.Len())
		}
	}
}
