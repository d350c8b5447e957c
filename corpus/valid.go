package corpus

import "unicode/utf8"

// jsonCheck is what validJSON found.
type jsonCheck int

const (
	jsonOK  jsonCheck = iota // one JSON value, its strings valid UTF-8
	jsonBad                  // not one JSON value (bytes before the error may hold invalid UTF-8)
	utf8Bad                  // a string holding bytes that are not UTF-8 (the rest unchecked)
)

// validJSON checks that b is one JSON value, as json.Valid does (the
// same grammar and the same limit of 10,000 nested arrays and objects),
// and that its strings are valid UTF-8, in one pass that skips the plain
// runs of strings a table lookup at a time: a corpus line is mostly its
// text, a long string, which encoding/json's scanner steps through byte
// by byte through a function value. json.Valid takes any bytes inside
// strings; validJSON reports the first invalid UTF-8 in one as utf8Bad,
// so that a caller needs no pass of its own over the line (a byte over
// 0x7F outside a string is no JSON: jsonBad). So jsonOK means json.Valid
// and utf8.Valid both hold.
func validJSON(b []byte) jsonCheck {
	const maxDepth = 10000
	var stack []byte // '{' or '[' per open container
	i := skipSpace(b, 0)
	for {
		// A value at i.
		if i >= len(b) {
			return jsonBad
		}
		switch c := b[i]; {
		case c == '{' || c == '[':
			if len(stack) == maxDepth {
				return jsonBad
			}
			stack = append(stack, c)
			i = skipSpace(b, i+1)
			if i < len(b) && b[i] == c+2 { // '}' or ']'
				stack = stack[:len(stack)-1]
				i++
				break
			}
			if c == '{' {
				if i = validKey(b, i); i < 0 {
					return failure(i)
				}
			}
			continue
		case c == '"':
			if i = validString(b, i); i < 0 {
				return failure(i)
			}
		case c == '-' || c >= '0' && c <= '9':
			if i = validNumber(b, i); i < 0 {
				return jsonBad
			}
		case c == 't':
			if i = validLiteral(b, i, "true"); i < 0 {
				return jsonBad
			}
		case c == 'f':
			if i = validLiteral(b, i, "false"); i < 0 {
				return jsonBad
			}
		case c == 'n':
			if i = validLiteral(b, i, "null"); i < 0 {
				return jsonBad
			}
		default:
			return jsonBad
		}
		// After a value: close containers, or a comma and the next value.
		for {
			i = skipSpace(b, i)
			if len(stack) == 0 {
				if i != len(b) {
					return jsonBad
				}
				return jsonOK
			}
			if i >= len(b) {
				return jsonBad
			}
			top := stack[len(stack)-1]
			if b[i] == top+2 {
				stack = stack[:len(stack)-1]
				i++
				continue
			}
			if b[i] != ',' {
				return jsonBad
			}
			i = skipSpace(b, i+1)
			if top == '{' {
				if i = validKey(b, i); i < 0 {
					return failure(i)
				}
			}
			break
		}
	}
}

// failure is the check that a negative index from validString or
// validKey stands for.
func failure(i int) jsonCheck {
	if i == badUTF8 {
		return utf8Bad
	}
	return jsonBad
}

// badUTF8 is what validString and validKey return for a string holding
// invalid UTF-8 (-1: not JSON).
const badUTF8 = -2

// validKey checks an object's key and its colon at i and returns the
// index of its value (after spaces), or -1 (badUTF8 for a key that is
// not UTF-8).
func validKey(b []byte, i int) int {
	if i >= len(b) || b[i] != '"' {
		return -1
	}
	if i = validString(b, i); i < 0 {
		return i
	}
	if i = skipSpace(b, i); i >= len(b) || b[i] != ':' {
		return -1
	}
	return skipSpace(b, i+1)
}

// plainString marks the bytes a string holds as they are: ASCII, not
// the quote, the backslash or a control character (bytes over 0x7F are
// checked as UTF-8).
var plainString = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// validString checks the string opening at b[i] and returns the index
// after its closing quote, -1, or badUTF8.
func validString(b []byte, i int) int {
	for i++; ; {
		for i+8 <= len(b) && plainString[b[i]] && plainString[b[i+1]] && plainString[b[i+2]] && plainString[b[i+3]] &&
			plainString[b[i+4]] && plainString[b[i+5]] && plainString[b[i+6]] && plainString[b[i+7]] {
			i += 8
		}
		for i < len(b) && plainString[b[i]] {
			i++
		}
		if i >= len(b) {
			return -1
		}
		switch b[i] {
		case '"':
			return i + 1
		case '\\':
			if i+1 >= len(b) {
				return -1
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(b) {
					return -1
				}
				for _, h := range b[i+2 : i+6] {
					if !isHex(h) {
						return -1
					}
				}
				i += 6
			default:
				return -1
			}
		default:
			if b[i] < utf8.RuneSelf { // a control character
				return -1
			}
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return badUTF8
			}
			i += size
		}
	}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// validNumber checks the number at b[i] and returns the index after it,
// or -1.
func validNumber(b []byte, i int) int {
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		i = skipDigits(b, i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		if i+1 >= len(b) || b[i+1] < '0' || b[i+1] > '9' {
			return -1
		}
		i = skipDigits(b, i+1)
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return -1
		}
		i = skipDigits(b, i)
	}
	return i
}

func skipDigits(b []byte, i int) int {
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i
}

// validLiteral checks that b[i:] starts with lit and returns the index
// after it, or -1.
func validLiteral(b []byte, i int, lit string) int {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}
