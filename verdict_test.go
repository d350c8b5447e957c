package unspin_test

import (
	"os"
	"strings"
	"testing"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/eval"
	"github.com/unspin-project/unspin/types"
)

// TestHumanVerdicts: human French documents of 150 words or more are
// labelled human at least 95% of the time — UD French-GSD and Sequoia
// test documents (no pack or model saw them) and text written here.
func TestHumanVerdicts(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	own := []string{
		strings.Repeat("Le marché couvert de la ville rouvre ses portes après deux ans de travaux. Les commerçants, installés provisoirement sur la place de l'église, "+
			"retrouvent des étals rénovés, une halle mieux ventilée et un parking agrandi. « Nous avons perdu des clients pendant le chantier, mais ils reviendront », "+
			"explique une fromagère, présente depuis trente ans. La mairie prévoit une fête d'inauguration le premier dimanche du mois ; un concert gratuit est annoncé. ", 2),
		strings.Repeat("La randonnée commence au pied du barrage et suit la rivière jusqu'au hameau. Comptez trois heures de marche, sans difficulté particulière, "+
			"mais prévoyez de l'eau : il n'y a aucune fontaine sur le parcours. Au printemps, les prés se couvrent de narcisses ; à l'automne, les hêtres prennent "+
			"des teintes cuivrées. Les chiens doivent être tenus en laisse, car des troupeaux pâturent librement sur les hauteurs. ", 2),
	}
	var docs []eval.VerdictDoc
	for i, text := range own {
		docs = append(docs, eval.VerdictDoc{ID: "own#" + string(rune('0'+i)), Text: text, Class: types.Human})
	}
	for _, tb := range []string{"UD_French-GSD__fr_gsd-ud-test", "UD_French-Sequoia__fr_sequoia-ud-test"} {
		path := "../shared/data/treebanks/" + tb + ".conllu.gz"
		if _, err := os.Stat(path); err != nil {
			t.Logf("skipped %s: absent", tb)
			continue
		}
		set, err := eval.Treebank(path, 250, 1000, 1, eval.IdentitySpin)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, eval.VerdictDocs(set, false)...)
	}
	s, err := eval.RunVerdicts(t.Context(), a, docs)
	if err != nil {
		t.Fatal(err)
	}
	human, total := s.HumanRate(150)
	t.Logf("human documents labelled human: %d of %d", human, total)
	if total == 0 || float64(human) < 0.95*float64(total) {
		t.Errorf("%d of %d human documents labelled human, want at least 95%%", human, total)
	}
	for _, d := range s.Docs {
		if strings.HasPrefix(d.ID, "own#") && d.Verdict.Label != types.Human {
			t.Errorf("%s labelled %s: %q", d.ID, d.Verdict.Label, d.Verdict.Evidence)
		}
	}
}
