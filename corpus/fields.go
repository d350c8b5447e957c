package corpus

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// topFields returns the raw values of the top-level keys of a JSON object
// (the last of duplicates, as encoding/json keeps), in one pass over a
// line that validJSON has accepted. ok is false when the value is not
// an object; slow is true when a key holds an escape, which this scanner
// does not decode (the caller then decodes the line in full).
func topFields(line []byte, keys []string) (vals [][]byte, ok, slow bool) {
	vals = make([][]byte, len(keys))
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil, false, false
	}
	i++
	for {
		i = skipSpace(line, i)
		if i >= len(line) || line[i] == '}' {
			return vals, true, false
		}
		end := skipString(line, i)
		key := line[i+1 : end-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			return nil, true, true
		}
		i = skipSpace(line, end)
		i = skipSpace(line, i+1) // the colon
		start := i
		i = skipValue(line, i)
		for k, want := range keys {
			if string(key) == want {
				vals[k] = line[start:i]
			}
		}
		i = skipSpace(line, i)
		if i < len(line) && line[i] == ',' {
			i++
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the end of the string starting at b[i] == '"'.
func skipString(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// skipValue returns the end of the (valid) JSON value starting at b[i].
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = skipString(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j
}

// jsonString decodes a raw JSON string value; ok is false for another
// kind of value.
func jsonString(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 {
		return string(body), true
	}
	return unescape(body), true
}

// unescape decodes the escapes of a JSON string body that validJSON has
// accepted, as encoding/json does (an unpaired surrogate becomes U+FFFD).
func unescape(b []byte) string {
	// A builder sized to the body (escapes only shorten it) hands its
	// bytes over as the string without copying them.
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); i++ {
		// Copy the run up to the next escape at once.
		k := bytes.IndexByte(b[i:], '\\')
		if k < 0 {
			out.Write(b[i:])
			break
		}
		out.Write(b[i : i+k])
		if i += k; i+1 >= len(b) {
			out.WriteByte(b[i])
			continue
		}
		i++
		switch b[i] {
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r := hex4(b[i+1:])
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 < len(b) && b[i+1] == '\\' && b[i+2] == 'u' {
					r2 = hex4(b[i+3:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out.WriteRune(r)
		default: // " \ /
			out.WriteByte(b[i])
		}
	}
	return out.String()
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}
