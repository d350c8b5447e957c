package mt

import (
	"context"
	"strings"
	"testing"
)

func TestEnglishToFrench(t *testing.T) {
	if !Available() {
		t.Skip("skipped: apertium not installed")
	}
	out, err := EnglishToFrench.Translate(context.Background(), "The house is very big.\n\nThe children play in the garden.\n")
	if err != nil {
		t.Fatal(err)
	}
	low := strings.ToLower(out)
	for _, want := range []string{"maison", "enfants", "jardin"} {
		if !strings.Contains(low, want) {
			t.Errorf("translation %q lacks %q", out, want)
		}
	}
	if strings.Count(out, "\n\n") != 1 {
		t.Errorf("paragraphs not kept: %q", out)
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

func TestFrenchToEnglish(t *testing.T) {
	if !Available() {
		t.Skip("skipped: apertium not installed")
	}
	out, err := FrenchToEnglish.Translate(context.Background(), "La maison est très grande.\n\nLe jardin est vert.\n")
	if err != nil {
		t.Fatal(err)
	}
	low := strings.ToLower(out)
	for _, want := range []string{"house", "garden", "green"} {
		if !strings.Contains(low, want) {
			t.Errorf("translation %q lacks %q", out, want)
		}
	}
}
