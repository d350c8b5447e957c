package mt

import (
	"context"
	"strings"
	"testing"
)

// TestChains translates one small text each way; paragraphs are kept.
func TestChains(t *testing.T) {
	if !Available() {
		t.Skip("skipped: apertium not installed")
	}
	for _, tc := range []struct {
		name       string
		chain      Chain
		in         string
		want       []string
		paragraphs bool
	}{
		{"en-fr", EnglishToFrench, "The house is very big.\n\nThe children play in the garden.\n", []string{"maison", "enfants", "jardin"}, true},
		{"fr-en", FrenchToEnglish, "La maison est très grande.\n\nLe jardin est vert.\n", []string{"house", "garden", "green"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.chain.Translate(context.Background(), tc.in)
			if err != nil {
				t.Fatal(err)
			}
			low := strings.ToLower(out)
			for _, want := range tc.want {
				if !strings.Contains(low, want) {
					t.Errorf("translation %q lacks %q", out, want)
				}
			}
			if tc.paragraphs && strings.Count(out, "\n\n") != 1 {
				t.Errorf("paragraphs not kept: %q", out)
			}
		})
	}
}

func TestStripMarks(t *testing.T) {
	got, unk := stripMarks("Le *assistive et #bon @mot (*rehabilitative), 5 * 3")
	if got != "Le assistive et bon mot (rehabilitative), 5 * 3" {
		t.Errorf("cleaned %q", got)
	}
	if len(unk) != 2 || got[unk[0].Start:unk[0].End] != "assistive" || got[unk[1].Start:unk[1].End] != "rehabilitative" {
		t.Errorf("unknown %+v", unk)
	}
}
