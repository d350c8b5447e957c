package languagemodel

import "testing"

func TestCharModelSeparatesLanguages(t *testing.T) {
	fr := map[string]uint32{"maison": 50, "jardin": 20, "réunion": 30, "situation": 40, "beaucoup": 60, "aujourd'hui": 25, "étrangères": 10, "pourquoi": 45, "chaque": 33}
	en := map[string]uint32{"house": 50, "garden": 20, "meeting": 30, "lengthy": 10, "however": 40, "through": 60, "thought": 25, "weighty": 8, "knowledge": 15}
	mfr, err := DecodeCharModel(EncodeCharModel(fr, 12))
	if err != nil {
		t.Fatal(err)
	}
	men, err := DecodeCharModel(EncodeCharModel(en, 12))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"jardins", "réunions", "pourquoi"} {
		if mfr.LogProb(w) <= men.LogProb(w) {
			t.Errorf("%q scored more English (%.2f) than French (%.2f)", w, men.LogProb(w), mfr.LogProb(w))
		}
	}
	for _, w := range []string{"houses", "thoughts", "weighty"} {
		if men.LogProb(w) <= mfr.LogProb(w) {
			t.Errorf("%q scored more French (%.2f) than English (%.2f)", w, mfr.LogProb(w), men.LogProb(w))
		}
	}
	if _, err := DecodeCharModel([]byte{1, 2}); err == nil {
		t.Error("short data decoded")
	}
}
