package transcode

import (
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
)

// Text is an input decoded to UTF-8.
type Text struct {
	// Text is the decoded text; the input itself when it was UTF-8.
	Text string
	// Charset names how the input was read: "utf-8", a WHATWG encoding
	// name ("windows-1252", "iso-8859-2", "utf-16le"), or
	// "utf-8+windows-1252" for UTF-8 with stray bytes read as windows-1252.
	Charset string
	// src[i] is the input offset of the character that covers byte i of
	// Text, with src[len(Text)] the input's length; nil when Text is the
	// input itself.
	src []int32
	// cm writes single-byte charsets back; utf16 and big tell UTF-16.
	cm         *charmap.Charmap
	utf16, big bool
}

// Converted reports whether Text differs from the input's bytes.
func (t *Text) Converted() bool { return t.src != nil }

// Source maps a byte offset of Text to the offset in the input of the
// same place. Offsets outside Text are clamped.
func (t *Text) Source(off int) int {
	off = max(0, min(off, len(t.Text)))
	if t.src == nil {
		return off
	}
	return int(t.src[off])
}

// maxInput bounds the inputs Decode converts: offsets are 32-bit.
const maxInput = 1<<31 - 1

// Decode reads input as the package doc says. label is a charset the
// caller knows ("" if none; a Content-Type value such as "text/html;
// charset=iso-8859-1" is accepted too); html lets a page's <meta>
// declaration speak when the caller does not.
func Decode(input []byte, label string, html bool) (*Text, error) {
	if len(input) > maxInput {
		return nil, errors.New("transcode: input larger than 2 GB")
	}
	if len(input) >= 2 && (input[0] == 0xFE && input[1] == 0xFF || input[0] == 0xFF && input[1] == 0xFE) {
		return decodeUTF16(input, input[0] == 0xFE), nil
	}
	if utf8.Valid(input) {
		return &Text{Text: string(input), Charset: "utf-8"}, nil
	}
	name := ""
	var enc encoding.Encoding
	if label != "" {
		if _, params, err := mime.ParseMediaType(label); err == nil && params["charset"] != "" {
			label = params["charset"]
		}
		enc, name = charset.Lookup(label)
		if enc == nil {
			return nil, fmt.Errorf("transcode: unknown charset %q", label)
		}
	} else if html {
		// The declaration, if the page makes one; DetermineEncoding's own
		// fallback (windows-1252) is ours too.
		enc, name, _ = charset.DetermineEncoding(input, "")
	}
	switch {
	case name == "" || name == "utf-8" || name == "windows-1252" && label == "":
		return decodeMixed(input), nil
	case name == "utf-16le" || name == "utf-16be":
		return decodeUTF16(input, name == "utf-16be"), nil
	}
	if cm := singleByte(enc, name); cm != nil {
		return decodeSingle(input, cm, name), nil
	}
	return nil, fmt.Errorf("transcode: charset %s is not supported; convert the input to UTF-8 first", name)
}

// singleByte returns the single-byte charset that the HTML index calls
// name, or nil when name is not one.
func singleByte(enc encoding.Encoding, name string) *charmap.Charmap {
	if cm, ok := enc.(*charmap.Charmap); ok {
		return cm
	}
	for _, e := range charmap.All {
		if n, err := htmlindex.Name(e); err == nil && n == name {
			return e.(*charmap.Charmap)
		}
	}
	return nil
}

// builder writes decoded characters and the input offset of each byte.
type builder struct {
	b   strings.Builder
	src []int32
}

func newBuilder(n int) *builder {
	w := &builder{src: make([]int32, 0, n+1)}
	w.b.Grow(n)
	return w
}

// add writes r, read at input offset at.
func (w *builder) add(r rune, at int) {
	n := w.b.Len()
	w.b.WriteRune(r)
	for range w.b.Len() - n {
		w.src = append(w.src, int32(at))
	}
}

// done returns the text and its map, the input being end bytes long.
func (w *builder) done(end int) (string, []int32) {
	return w.b.String(), append(w.src, int32(end))
}

// decodeSingle decodes a single-byte charset.
func decodeSingle(input []byte, cm *charmap.Charmap, name string) *Text {
	w := newBuilder(len(input) + len(input)/8)
	for i, c := range input {
		w.add(decodeByte(cm, c), i)
	}
	text, src := w.done(len(input))
	return &Text{Text: text, Charset: name, src: src, cm: cm}
}

// decodeByte reads one byte of a single-byte charset; a byte the charset
// leaves undefined is read as the code point of the same number (as
// browsers read windows-1252's 0x81), so that Encode can write it back.
func decodeByte(cm *charmap.Charmap, c byte) rune {
	if r := cm.DecodeByte(c); r != utf8.RuneError {
		return r
	}
	return rune(c)
}

// decodeMixed decodes UTF-8, reading each byte that is not part of a
// valid sequence as windows-1252.
func decodeMixed(input []byte) *Text {
	w := newBuilder(len(input) + len(input)/8)
	multi := false
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && size <= 1 {
			r, size = decodeByte(charmap.Windows1252, input[i]), 1
		} else if size > 1 {
			multi = true
		}
		w.add(r, i)
		i += size
	}
	text, src := w.done(len(input))
	t := &Text{Text: text, Charset: "utf-8+windows-1252", src: src}
	if !multi {
		t.Charset, t.cm = "windows-1252", charmap.Windows1252
	}
	return t
}

// decodeUTF16 decodes UTF-16 (big- or little-endian); an unpaired
// surrogate or a trailing odd byte becomes U+FFFD. A byte-order mark is
// kept as U+FEFF, so that Encode writes it back.
func decodeUTF16(input []byte, big bool) *Text {
	w := newBuilder(len(input))
	unit := func(i int) rune {
		if big {
			return rune(input[i])<<8 | rune(input[i+1])
		}
		return rune(input[i+1])<<8 | rune(input[i])
	}
	for i := 0; i < len(input); {
		var r rune
		size := 2
		switch {
		case i+1 >= len(input):
			r, size = utf8.RuneError, 1
		case utf16.IsSurrogate(unit(i)) && i+3 < len(input):
			if r = utf16.DecodeRune(unit(i), unit(i+2)); r != utf8.RuneError {
				size = 4
			}
		default:
			r = unit(i)
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
			}
		}
		w.add(r, i)
		i += size
	}
	text, src := w.done(len(input))
	name := "utf-16le"
	if big {
		name = "utf-16be"
	}
	return &Text{Text: text, Charset: name, src: src, utf16: true, big: big}
}

// Encode writes s (a text made from Text, as a repair makes it) in the
// input's charset: UTF-8 for UTF-8 inputs and for mixed ones (their stray
// bytes are then written as the characters they were read as). A
// character the charset cannot write is an error, or, for an HTML page,
// a numeric character reference.
func (t *Text) Encode(s string, html bool) ([]byte, error) {
	switch {
	case t.utf16:
		units := utf16.Encode([]rune(s))
		out := make([]byte, 0, 2*len(units))
		for _, u := range units {
			if t.big {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		return out, nil
	case t.cm == nil:
		return []byte(s), nil
	}
	out := make([]byte, 0, len(s))
	for i, r := range s {
		if c, ok := t.cm.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		if r < 0x100 && t.cm.DecodeByte(byte(r)) == utf8.RuneError {
			out = append(out, byte(r)) // an undefined byte, read as itself
			continue
		}
		if !html {
			return nil, fmt.Errorf("transcode: %q (at byte %d of the text) cannot be written in %s", r, i, t.Charset)
		}
		out = fmt.Appendf(out, "&#%d;", r)
	}
	return out, nil
}
