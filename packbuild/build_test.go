package packbuild

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/unspin-project/unspin/pack"
)

const dataDir = "../../shared/data"

func needSources(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(dataDir); err != nil {
		t.Skipf("skipped: %s absent (a fresh clone has no ../shared)", dataDir)
	}
	if _, err := exec.LookPath("unmunch"); err != nil {
		t.Skip("skipped: Debian sources not installed (run scripts/fetch-sources.sh)")
	}
}

// TestReproducible builds small packs twice and wants identical bytes.
func TestReproducible(t *testing.T) {
	needSources(t)
	if testing.Short() {
		t.Skip("skipped in -short mode")
	}
	cfg := Config{DataDir: dataDir, MaxDocs: 40}
	a, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range a {
		if !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s: two builds from the same inputs differ", a[i].Lang)
		}
		p, err := pack.Decode(a[i].Data)
		if err != nil {
			t.Fatalf("%s: built pack does not decode: %v", a[i].Lang, err)
		}
		if p.Header.Lang != a[i].Lang || len(p.Header.Sources) == 0 || p.Lexicon.Len() == 0 {
			t.Errorf("%s: header %+v, %d forms", a[i].Lang, p.Header.Lang, p.Lexicon.Len())
		}
		for _, s := range p.Header.Sources {
			if s.SHA256 == "" || s.Version == "" || s.License == "" {
				t.Errorf("%s: source %s lacks version, licence or checksum", a[i].Lang, s.Name)
			}
		}
	}
}

func TestSplitOf(t *testing.T) {
	counts := map[string]int{}
	for i := 0; i < 20000; i++ {
		counts[SplitOf("c", string(rune('a'+i%26))+string(rune(i)))]++
	}
	for split, lo := range map[string]int{Train: 17000, Dev: 700, Test: 700} {
		if counts[split] < lo {
			t.Errorf("split %s has %d of 20000 documents", split, counts[split])
		}
	}
	if SplitOf("legifrance", "x/y.md") != SplitOf("legifrance", "x/y.md") {
		t.Error("split is not a function of its arguments")
	}
}

func TestGrammalecteTags(t *testing.T) {
	got := parseGrammalecte("fort", ":N:A:m:s/*")
	if len(got) != 2 || got[0].POS.String() != "NOUN" || got[1].POS.String() != "ADJ" || got[1].Gender.String() != "m" {
		t.Errorf("fort: %+v", got)
	}
	v := parseGrammalecte("partir", ":V3_i____e_:Q:A:f:p/*")
	if v[0].Form.String() != "ppart" || v[0].Gender.String() != "f" || v[0].Number.String() != "p" {
		t.Errorf("parties (participle): %+v", v)
	}
}

func TestEnglishRules(t *testing.T) {
	for in, want := range map[string]string{"party": "parties", "box": "boxes", "day": "days", "event": "events", "church": "churches"} {
		if got := sForm(in); got != want {
			t.Errorf("sForm(%q) = %q, want %q", in, got, want)
		}
	}
	if got := ingForms("make"); got[0] != "making" {
		t.Errorf("ingForms(make) = %v", got)
	}
	if got := edForms("stop"); got[1] != "stopped" {
		t.Errorf("edForms(stop) = %v", got)
	}
}
