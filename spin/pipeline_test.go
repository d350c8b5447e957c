package spin_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/spin"
)

// Text written for this test: French news with a few strong two-word
// terms and one English word a translation engine left as it was
// ("shutdown").
const pipelineText = "Le conseil municipal a voté lundi un plan contre le changement climatique. " +
	"Selon le premier adjoint, la santé publique reste la priorité après le shutdown de la centrale. " +
	"Les deux parties veulent une solution rapide, mais le long débat sur la dette publique continue. " +
	"La guerre mondiale avait laissé une situation difficile dans toute la région."

func TestPipelineGoldMatchesOutput(t *testing.T) {
	fr, err1 := pack.Get("fr")
	en, err2 := pack.Get("en")
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	k := strings.Index(pipelineText, "shutdown")
	cp := len([]rune(pipelineText[:k]))
	prior := []spin.Artifact{{Observed: "shutdown", Start: cp, End: cp + 8, Type: "untranslated", Confidence: "high"}}
	p := spin.Pipeline{
		Words:       spin.New(fr, en, 0.5),
		Terms:       spin.New(fr, fr, 0.5),
		TermOptions: spin.TermOptions{Rate: 1, MinAssociation: 1},
	}
	out, arts := p.Run(pipelineText, 7, prior)
	if out == pipelineText {
		t.Fatal("nothing was spun")
	}
	runes := []rune(out)
	kinds := map[string]int{}
	for i, a := range arts {
		kinds[a.Type]++
		if a.Start < 0 || a.End > len(runes) || string(runes[a.Start:a.End]) != a.Observed {
			t.Errorf("artifact %+v: the output holds something else there", a)
			continue
		}
		if i > 0 && arts[i-1].End > a.Start {
			t.Errorf("artifacts %+v and %+v overlap or are out of order", arts[i-1], a)
		}
		if a.Type != "untranslated" && !strings.Contains(pipelineText, a.Original) {
			t.Errorf("artifact %+v: its original is not in the input", a)
		}
	}
	if kinds["untranslated"] != 1 {
		t.Errorf("the untranslated word was not carried over: %v", kinds)
	}
	if kinds["cross-lingual-spin"]+kinds["real-word-spin"] == 0 || kinds["tortured-phrase"] == 0 {
		t.Errorf("want both word spins and tortured phrases, got %v", kinds)
	}
	again, arts2 := p.Run(pipelineText, 7, prior)
	if again != out || !slices.Equal(arts, arts2) {
		t.Error("Run is not deterministic for a seed")
	}
	if none, a := (spin.Pipeline{}).Run(pipelineText, 7, prior); none != pipelineText || !slices.Equal(a, prior) {
		t.Error("a pipeline without steps changed the text or its artifacts")
	}
}

func TestCarry(t *testing.T) {
	art := func(obs string, s, e int) spin.Artifact { return spin.Artifact{Observed: obs, Start: s, End: e} }
	tests := []struct {
		name, in, out string
		edits         []spin.Edit
		arts, want    []spin.Artifact
	}{
		{"no edit", "un été chaud", "un été chaud", nil,
			[]spin.Artifact{art("chaud", 7, 12)}, []spin.Artifact{art("chaud", 7, 12)}},
		{"edit before, longer", "le été chaud", "le summer chaud", []spin.Edit{{Start: 3, End: 8, Repl: "summer"}},
			[]spin.Artifact{art("chaud", 7, 12)}, []spin.Artifact{art("chaud", 10, 15)}},
		{"edit after", "été chaud ici", "été chaud here", []spin.Edit{{Start: 11, End: 14, Repl: "here"}},
			[]spin.Artifact{art("été", 0, 3)}, []spin.Artifact{art("été", 0, 3)}},
		{"edit on it: dropped", "un été chaud", "un été hot", []spin.Edit{{Start: 9, End: 14, Repl: "hot"}},
			[]spin.Artifact{art("chaud", 7, 12)}, nil},
		{"out of range: dropped", "court", "court", nil,
			[]spin.Artifact{art("x", 3, 9)}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := spin.Carry(tc.in, tc.out, tc.arts, tc.edits)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Carry = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// FuzzPipeline: on any valid UTF-8 text, every artifact of Run holds, in
// the output, the text it names, and artifacts do not overlap.
func FuzzPipeline(f *testing.F) {
	fr, err1 := pack.Get("fr")
	en, err2 := pack.Get("en")
	if err1 != nil || err2 != nil {
		f.Fatal(err1, err2)
	}
	p := spin.Pipeline{Words: spin.New(fr, en, 0.5), Terms: spin.New(fr, fr, 0.5), TermOptions: spin.TermOptions{Rate: 1, MinAssociation: 1}}
	f.Add(pipelineText, uint64(1), 3, 6)
	f.Add("a a é\u00a0l'été", uint64(2), 0, 1)
	f.Add("", uint64(0), 0, 0)
	f.Fuzz(func(t *testing.T, text string, seed uint64, ps, pe int) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		var prior []spin.Artifact
		if n := utf8.RuneCountInString(text); ps >= 0 && pe >= ps && pe <= n {
			prior = []spin.Artifact{{Observed: string([]rune(text)[ps:pe]), Start: ps, End: pe, Type: "untranslated"}}
		}
		out, arts := p.Run(text, seed, prior)
		if !utf8.ValidString(out) {
			t.Fatalf("output not UTF-8: %q", out)
		}
		runes := []rune(out)
		for i, a := range arts {
			if a.Start < 0 || a.End > len(runes) || a.Start > a.End || string(runes[a.Start:a.End]) != a.Observed {
				t.Fatalf("artifact %+v does not match %q", a, out)
			}
			if i > 0 && arts[i-1].End > a.Start {
				t.Fatalf("artifacts overlap: %+v %+v", arts[i-1], a)
			}
		}
	})
}
