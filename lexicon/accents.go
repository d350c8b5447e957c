package lexicon

import (
	"sync"
	"unicode/utf8"
)

// Web text sometimes comes with its accents stripped ("les elus ont
// demande des precisions"). Accents maps such a form back to the
// dictionary word it most likely spells.

// Accents is the lexicon's index of unaccented spellings, built on first
// use (about 6 ms for French on the machine of docs/BENCHMARKS.md) and
// read-only after.
type Accents struct {
	once  sync.Once
	best  map[string]int32 // stripped spelling -> most frequent dictionary form
	share float64          // share of corpus word occurrences with an accent
}

// accentMinPerMillion is the least frequency of a restored form: rare
// words are not worth the risk of a wrong restoration.
const accentMinPerMillion = 0.5

// Accents returns the lexicon's accent index.
func (l *Lexicon) Accents() *Accents {
	l.accents.once.Do(func() { l.accents.build(l) })
	return &l.accents
}

func (a *Accents) build(l *Lexicon) {
	a.best = map[string]int32{}
	var accented, all uint64
	for i := 0; i < l.Len(); i++ {
		c := uint64(l.Count(i))
		all += c
		form := l.Form(i)
		if !HasAccent(form) {
			continue
		}
		accented += c
		if l.Flags(i)&InDictionary == 0 || l.freq(i) < accentMinPerMillion {
			continue
		}
		s, _ := Strip(form)
		if j, ok := a.best[s]; ok && l.freq(int(j)) >= l.freq(i) {
			continue
		}
		a.best[s] = int32(i)
	}
	if all > 0 {
		a.share = float64(accented) / float64(all)
	}
}

func (l *Lexicon) freq(i int) float64 { return max(l.PerMillion(i), l.SubsPerMillion(i)) }

// Share returns the share of the language's word occurrences that carry
// an accent (French 16%, English 0.1%).
func (a *Accents) Share() float64 { return a.share }

// Restore returns the id of the dictionary form that form spells with its
// accents stripped, if there is one.
func (a *Accents) Restore(form string) (int, bool) {
	i, ok := a.best[form]
	return int(i), ok
}

// stripped maps accented Latin letters to their base letter.
var stripped = map[rune]rune{
	'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'î': 'i', 'ï': 'i', 'í': 'i', 'ô': 'o', 'ö': 'o', 'ó': 'o', 'ù': 'u', 'û': 'u',
	'ü': 'u', 'ú': 'u', 'ç': 'c', 'ÿ': 'y', 'ñ': 'n',
	'À': 'A', 'Â': 'A', 'Ä': 'A', 'Á': 'A', 'É': 'E', 'È': 'E', 'Ê': 'E', 'Ë': 'E',
	'Î': 'I', 'Ï': 'I', 'Í': 'I', 'Ô': 'O', 'Ö': 'O', 'Ó': 'O', 'Ù': 'U', 'Û': 'U',
	'Ü': 'U', 'Ú': 'U', 'Ç': 'C', 'Ÿ': 'Y', 'Ñ': 'N',
}

// latin1Base is stripped for the letters of U+00C0–U+00FF, where all but
// one of them are: latin1Base[r-0xC0] is r's base letter, 0 when r has
// none. Strip and HasAccent read it instead of the map (a lookup per
// letter cost more than the rest of a word's work).
var latin1Base = func() (t [0x40]byte) {
	for r, base := range stripped {
		if r >= 0xC0 && r <= 0xFF {
			t[r-0xC0] = byte(base)
		}
	}
	return t
}()

// baseOf returns the base letter of r and whether Strip replaces r:
// stripped[r], read from latin1Base.
func baseOf(r rune) (rune, bool) {
	switch {
	case r >= 0xC0 && r <= 0xFF:
		if b := latin1Base[r-0xC0]; b != 0 {
			return rune(b), true
		}
	case r == 'Ÿ':
		return 'Y', true
	}
	return r, false
}

// Strip returns s with accented letters replaced by their base letters
// (one rune for one, so code-point offsets keep), and whether anything
// changed. Ligatures (œ) are kept.
func Strip(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) || !HasAccent(s[i:]) {
		return s, false
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for _, r := range s[i:] {
		if base, ok := baseOf(r); ok {
			r = base
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b), true
}

// HasAccent tells whether s holds an accented letter that Strip removes.
func HasAccent(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if _, ok := baseOf(r); ok {
					return true
				}
			}
			return false
		}
	}
	return false
}
