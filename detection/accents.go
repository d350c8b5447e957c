package detection

import (
	"strings"

	"github.com/unspin-project/unspin/lexicon"
)

var accentsOf = map[byte][]string{
	'e': {"é", "è", "ê", "ë"}, 'a': {"à", "â"}, 'u': {"ù", "û", "ü"},
	'i': {"î", "ï"}, 'o': {"ô"}, 'c': {"ç"},
}

// unaccented reports whether w is a common dictionary word of l (at least
// two per million) written without one of its accents ("precautions" for
// "précautions"), as web text often is. It tries one accent at a time;
// rare words ("évents") do not count.
func unaccented(l *lexicon.Lexicon, w string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		for _, acc := range accentsOf[w[i]] {
			b.Reset()
			b.WriteString(w[:i])
			b.WriteString(acc)
			b.WriteString(w[i+1:])
			if id, ok := l.ID(b.String()); ok && l.Flags(id)&lexicon.InDictionary != 0 && max(l.PerMillion(id), l.SubsPerMillion(id)) >= 2 {
				return b.String(), true
			}
		}
	}
	return "", false
}
