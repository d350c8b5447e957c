package detection

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/types"
)

// Sentences written for this test. "impression" stands where an English
// spinner put it for "impact" (a French word that is also English): the
// language model, trained on older French, prefers "volume" after
// "fort"; the words around ("mesures", "économiques") call for "impact".
func TestTopicPicksTheOriginal(t *testing.T) {
	d := detector(t, "fr", "en")
	for _, text := range []string{
		"Le gouvernement a promis des mesures économiques à fort impression pour les petites entreprises.",
		"Selon le ministre, ces mesures économiques à fort impression seront votées avant l'été.",
	} {
		var got *types.Finding
		fs := detect(d, "fr", text)
		for k := range fs {
			if fs[k].Text == "impression" {
				got = &fs[k]
			}
		}
		if got == nil {
			t.Errorf("%q: no finding on impression (%v)", text, fs)
			continue
		}
		if got.Suggestion != "impact" {
			t.Errorf("%q: suggestion %q, want impact", text, got.Suggestion)
		}
		topic := ""
		for _, e := range got.Evidence {
			if strings.HasPrefix(e, "topic: ") {
				topic = e
			}
		}
		if !strings.Contains(topic, `"mesure"`) || !strings.Contains(topic, `"économique"`) {
			t.Errorf("%q: topic evidence %q should name mesure and économique", text, topic)
		}
	}
}

// An English word in French has no topic to compare with: the topic
// chooses among its originals but leaves the finding's margin to the
// language model and the channel.
func TestTopicLeavesForeignMarginsAlone(t *testing.T) {
	d := detector(t, "fr", "en")
	text := "Le comité a publié son rapport, et le however de la réunion était clair."
	for _, f := range detect(d, "fr", text) {
		if f.Text != "however" {
			continue
		}
		if f.Suggestion != "but" {
			t.Errorf("suggestion %q, want but", f.Suggestion)
		}
		want := LMWeight*f.Features["lm"] + f.Features["channel"]
		if diff := f.Features["delta"] - want; diff > 1e-6 || diff < -1e-6 {
			t.Errorf("margin %.4f, want the language model's and channel's %.4f", f.Features["delta"], want)
		}
		return
	}
	t.Errorf("no finding on however in %q", text)
}
