package unspin_test

import (
	"errors"
	"testing"

	"github.com/unspin-project/unspin"
)

// Texts in languages without a pack are refused with the language named,
// never judged as French or English full of foreign words.
func TestOtherLanguages(t *testing.T) {
	texts := []struct{ text, want string }{
		{"Die Gemeinde hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Sommer zu erneuern, weil sie für Lastwagen zu schwach geworden ist.", "de"},
		{"El ayuntamiento decidió el lunes renovar el viejo puente sobre el río antes del verano, porque ya no aguanta el paso de los camiones.", "es"},
		{"Il comune ha deciso lunedì di rifare il vecchio ponte sul fiume entro l'estate, perché è diventato troppo debole per i camion.", "it"},
		{"A câmara decidiu na segunda-feira renovar a velha ponte sobre o rio até ao verão, porque ficou fraca demais para os camiões.", "pt"},
		{"Kunta päätti maanantaina uusia joen yli kulkevan vanhan sillan ennen kesää, koska se on liian heikko rekoille. Työt alkavat toukokuussa ja kestävät syksyyn asti.", ""},
	}
	for _, opts := range [][]unspin.Option{nil, {unspin.WithLanguage("fr")}, {unspin.WithLanguage("en")}} {
		a := newAnalyzer(t, opts...)
		for _, tc := range texts {
			if tc.want == "" && opts != nil {
				// In none of the profiled languages: a given language is
				// kept (markup and tables look the same).
				if r, err := a.Analyze(tc.text); err != nil || r.Lang == "" {
					t.Errorf("given language, %q: %v %v", tc.text[:20], r, err)
				}
				continue
			}
			r, err := a.Analyze(tc.text)
			var le *unspin.LanguageError
			if !errors.As(err, &le) || unspin.KindOf(err) != unspin.KindLanguage {
				lang := ""
				if r != nil {
					lang = r.Lang
				}
				t.Errorf("options %d, %q: analysed as %q (err %v), want a language error", len(opts), tc.text[:20], lang, err)
				continue
			}
			if le.Lang != tc.want {
				t.Errorf("%q: language %q, want %q", tc.text[:20], le.Lang, tc.want)
			}
		}
	}
}

// A given language yields only to a text clearly in another pack's
// language; short or mixed texts keep it.
func TestGivenLanguage(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	tests := []struct{ text, want string }{
		{"The committee met on Tuesday to discuss the new road plan, and most of its members said that the work should start before the end of the year.", "en"},
		{"Le however de la réunion était de discuter du lengthy de la frontière et de la state of affairs des deux events, à fort impression pour la région.", "fr"},
		{"Breaking news today", "fr"},
		{"Die Brücke", "fr"},
		// Initials and labels, with a couple of words that lean Spanish:
		// not a text that outvotes the caller (found by FuzzAnalyze).
		{"000 padre00 rA0 A C C Y A A A Y A Y A A Y A e e volume i,", "fr"},
	}
	for _, tc := range tests {
		r, err := a.Analyze(tc.text)
		if err != nil || r.Lang != tc.want {
			t.Errorf("%q: %v %v, want %s", tc.text, r, err, tc.want)
		}
	}
}
