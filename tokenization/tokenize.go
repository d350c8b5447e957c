// Package tokenization splits text into tokens carrying exact byte spans into
// the original input. It never changes the input; normalized forms live
// beside the original text in each token.
package tokenization

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/unspin-project/unspin/types"
)

// Options select language-specific behaviour.
type Options struct {
	// Elisions splits French elided words ("l'univers" -> "l'" "univers").
	Elisions bool
	// Identifiers keeps dotted identifiers ("rec.arts.movies") as one URL
	// token. The pack builder leaves it off, so that packs do not change.
	Identifiers bool
}

// ForLang returns the options for a language code.
func ForLang(lang string) Options {
	return Options{Elisions: lang == "fr" || lang == "it" || lang == "ca"}
}

// frenchElision tells whether head, in any case, ends in an apostrophe
// in French as an elided word: l', d', qu', jusqu'…
func frenchElision(head string) bool {
	if len(head) > 7 {
		return false
	}
	var b [7]byte
	for i := 0; i < len(head); i++ {
		c := head[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(head)]) {
	case "l", "d", "j", "m", "n", "s", "t", "c",
		"qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
		return true
	}
	return false
}

// Tokenize splits text into tokens. It accepts any bytes: invalid UTF-8
// becomes one-byte Symbol tokens, so spans always cover the input exactly.
func Tokenize(text string, opt Options) []types.Token {
	// About one token per five bytes of prose: sized once, not grown.
	return AppendTokens(make([]types.Token, 0, len(text)/5+8), text, opt)
}

// AppendTokens appends the tokens of text to dst and returns it.
func AppendTokens(dst []types.Token, text string, opt Options) []types.Token {
	sentStart := true
	ar := arena{chunk: min(max(len(text)/32, 64), 1<<16)}
	i := 0
	for i < len(text) {
		if c := text[i]; c == ' ' || c == '\t' || c == '\r' {
			i++ // the commonest byte, first
			continue
		}
		var r rune
		var size int
		if c := text[i]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == utf8.RuneError && size <= 1:
			dst = appendToken(dst, &ar, text, i, i+1, types.Symbol, false, false)
			i++
		case r == '\n':
			// A blank line or a line break ends a sentence (titles, captions).
			sentStart = true
			i += size
		case unicode.IsSpace(r):
			i += size
		case (r == 'h' || r == 'w') && isURLStart(text[i:]):
			end := i
			for end < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[end:])
				if unicode.IsSpace(r2) || r2 == '"' || r2 == '<' || r2 == '>' || r2 == '»' || r2 == '”' {
					break
				}
				end += s2
			}
			end = max(trimTrailingPunct(text, i, end), i+size)
			dst = appendToken(dst, &ar, text, i, end, types.URL, false, false)
			i = end
		case unicode.IsDigit(r):
			end := max(scanNumber(text, i), i+size)
			dst = appendToken(dst, &ar, text, i, end, types.Num, false, false)
			sentStart = false
			i = end
		case isLetter(r):
			end, elisionEnd, plain := scanWord(text, i, opt)
			if opt.Identifiers && end+1 < len(text) && text[end] == '.' && text[end+1] >= 'a' && text[end+1] <= 'z' {
				if d := dottedEnd(text, i); d > 0 {
					// A dotted identifier ("rec.arts.movies",
					// "man-db.service"): one token, not words of the text.
					dst = appendToken(dst, &ar, text, i, d, types.URL, false, false)
					sentStart = false
					i = d
					continue
				}
			}
			if elisionEnd > 0 {
				dst = appendToken(dst, &ar, text, i, elisionEnd, types.Elision, sentStart, false)
				sentStart = false
				i = elisionEnd
				if i >= end {
					continue
				}
			}
			dst = appendToken(dst, &ar, text, i, end, types.Word, sentStart, plain)
			sentStart = false
			i = end
		default:
			kind := types.Symbol
			if unicode.IsPunct(r) {
				kind = types.Punct
			}
			dst = appendToken(dst, &ar, text, i, i+size, kind, false, false)
			if r == '.' || r == '!' || r == '?' || r == '…' {
				sentStart = true
			}
			i += size
		}
	}
	return dst
}

// appendToken appends the token text[start:end] to dst, written in place.
// plain tells that Normalize would keep the text as it is (see scanWord).
func appendToken(dst []types.Token, ar *arena, text string, start, end int, kind types.TokenKind, sent, plain bool) []types.Token {
	s := text[start:end]
	norm := s
	if !plain {
		norm = ar.normalize(s)
	}
	if len(dst) == cap(dst) {
		dst = append(dst, types.Token{})
	} else {
		dst = dst[:len(dst)+1]
	}
	dst[len(dst)-1] = types.Token{Span: types.Span{Start: start, End: end}, Text: s, Norm: norm, Kind: kind, SentStart: sent}
	return dst
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiLetter(byte(r))
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphen(r rune) bool { return r == '-' || r == '‑' }

// scanWord returns the end of the word starting at i and, when the word
// opens with a French elision, the end of that elision (else 0). plain
// tells that Normalize keeps the word as it is: its letters are lower-case
// ASCII or lower-case Latin-1 (U+00DF..U+00FF), and any apostrophe is
// ASCII. A word it cannot vouch for is left to Normalize.
func scanWord(text string, i int, opt Options) (end, elisionEnd int, plain bool) {
	end = i
	plain = true
	for end < len(text) {
		c := text[end]
		if c >= 'a' && c <= 'z' {
			end++
			continue
		}
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				plain = false
				end++
				continue
			}
		} else if c == 0xC3 && end+1 < len(text) && text[end+1] >= 0x9F && text[end+1] <= 0xBF {
			end += 2 // ß, à..ÿ: letters, lower case (÷, U+00F7, is not a letter)
			if text[end-1] == 0xB7 {
				end -= 2
				break
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[end:])
		if isLetter(r) {
			plain = false
			end += size
			continue
		}
		if isApostrophe(r) || isHyphen(r) {
			next, _ := utf8.DecodeRuneInString(text[end+size:])
			if end+size < len(text) && isLetter(next) {
				if isApostrophe(r) && opt.Elisions && elisionEnd == 0 && frenchElision(text[i:end]) {
					elisionEnd = end + size
				}
				if size > 1 {
					plain = false // a typographic apostrophe or hyphen
				}
				end += size
				continue
			}
		}
		break
	}
	return end, elisionEnd, plain
}

// dottedEnd returns the end of a dotted identifier starting at i — two or
// more runs of letters, digits, '-' or '_' joined by single dots with no
// space, each run at least two characters, the later ones starting with a
// lower-case letter ("dort.Puis" is a missing space) — or 0.
func dottedEnd(text string, i int) int {
	end, parts := i, 0
	for {
		start := end
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !isLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
				break
			}
			end += size
		}
		if end-start < 2 {
			return 0
		}
		parts++
		if end+1 < len(text) && text[end] == '.' {
			if r, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsLower(r) {
				end++
				continue
			}
		}
		break
	}
	if parts < 2 {
		return 0
	}
	return end
}

// scanNumber returns the end of the number at i; text[i] starts with a
// digit, so the number is never empty.
func scanNumber(text string, i int) int {
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsDigit(r) {
			end += size
			continue
		}
		if (r == '.' || r == ',') && end+1 < len(text) {
			if next, _ := utf8.DecodeRuneInString(text[end+1:]); unicode.IsDigit(next) {
				end++
				continue
			}
		}
		break
	}
	// Ordinals and units glued to a number ("28e", "2nd") stay with it.
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isLetter(r) || end-i > 12 {
			break
		}
		end += size
	}
	return end
}

func isURLStart(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

func trimTrailingPunct(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if r == '.' || r == ',' || r == ')' || r == ';' || r == ':' || r == '!' || r == '?' {
			end -= size
			continue
		}
		break
	}
	return end
}

// Normalize lower-cases a token and folds typographic apostrophes and
// hyphens to ASCII. It is idempotent.
func Normalize(s string) string {
	var ar arena
	return ar.normalize(s)
}

// arena holds the normalized forms of one text's tokens: a few shared
// blocks instead of one allocation per capitalised word. A block is
// never written again where a form was handed out.
type arena struct {
	buf   []byte
	chunk int // the size of a new block (0: one block per form)
}

// normalize is Normalize, the new form written in the arena.
func (ar *arena) normalize(s string) string {
	if !changes(s) {
		return s
	}
	isASCII := ascii(s)
	need := len(s) // lower-casing ASCII keeps the length
	if !isASCII {
		need *= utf8.UTFMax // a generous bound: the buffer must not move mid-form
	}
	if cap(ar.buf)-len(ar.buf) < need {
		ar.buf = make([]byte, 0, max(ar.chunk, need))
	}
	start := len(ar.buf)
	if isASCII {
		// The common case (a capitalised word): lower-case the bytes.
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			ar.buf = append(ar.buf, c)
		}
	} else {
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 {
				ar.buf = append(ar.buf, s[i])
				i++
				continue
			}
			switch {
			case isApostrophe(r):
				r = '\''
			case r == '‑':
				r = '-'
			default:
				r = unicode.ToLower(r)
			}
			ar.buf = utf8.AppendRune(ar.buf, r)
			i += size
		}
	}
	form := ar.buf[start:len(ar.buf):len(ar.buf)]
	if len(form) == 0 {
		return ""
	}
	return unsafe.String(&form[0], len(form))
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// changes tells whether Normalize would change s: an upper-case letter,
// a typographic apostrophe or a non-breaking hyphen. Most words are
// lower-case ASCII or Latin-1 and keep their own bytes; those are told
// from their bytes, the rest rune by rune.
func changes(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		// U+00DF..U+00FF (ß à..ÿ, ÷): lower case, unchanged by ToLower.
		if c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x9F && s[i+1] <= 0xBF {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r == '‑' || (r != '\'' && isApostrophe(r)) || unicode.ToLower(r) != r {
			return true
		}
		i += size
	}
	return false
}

// IsCapitalized reports whether the first letter of s is upper case.
func IsCapitalized(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
