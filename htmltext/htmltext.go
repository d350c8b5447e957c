// Package htmltext extracts the visible text of an HTML page and keeps,
// for every byte of that text, where in the page it came from: findings on
// the text become spans of the page, and a repair can be made to the page
// itself.
//
// Text inside script, style and similar elements is left out; block
// elements (paragraphs, headings, list items, table rows…) start a new
// line; runs of white space become one space; character references are
// decoded. Inline elements do not split words ("<b>Hel</b>lo" is "Hello").
package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Text is the visible text of a page and its map back to the page.
type Text struct {
	Text       string
	start, end []int32 // per byte of Text: the page bytes it stands for
	pageLen    int
}

// hidden elements hold no visible text.
var hidden = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true, "iframe": true, "object": true}

// block elements begin and end a line of text.
var block = map[string]bool{"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "td": true, "th": true, "table": true, "section": true, "article": true, "header": true, "footer": true, "blockquote": true, "pre": true, "title": true,
	"figcaption": true, "figure": true, "nav": true, "main": true, "aside": true, "dt": true, "dd": true, "hr": true}

// void elements have no end tag, so they never open a hidden region.
var void = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true, "link": true, "meta": true,
	"source": true, "track": true, "wbr": true}

// Extract returns the visible text of page. It accepts any bytes (the
// HTML tokenizer recovers from every error); callers that need UTF-8 check
// the page first.
func Extract(page string) *Text {
	x := &builder{t: &Text{pageLen: len(page)}}
	z := html.NewTokenizer(strings.NewReader(page))
	pos, skip := 0, 0
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			x.trim()
			x.t.Text = string(x.b)
			return x.t
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if hidden[n] && tt == html.StartTagToken && !void[n] {
				skip++
			}
			if block[n] {
				x.newline(at)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if hidden[n] && skip > 0 {
				skip--
			}
			if block[n] {
				x.newline(at)
			}
		case html.TextToken:
			if skip == 0 {
				x.text(string(raw), at)
			}
		}
	}
}

// Span returns the page span of the text span [start, end): from the
// page position of the text's first byte to the end of its last.
func (t *Text) Span(start, end int) (int, int) {
	if start >= len(t.start) {
		return t.pageLen, t.pageLen
	}
	ps := int(t.start[start])
	if end <= start {
		return ps, ps
	}
	return ps, int(t.end[end-1])
}

type builder struct {
	t       *Text
	b       []byte
	space   bool // white space seen since the last byte written
	spaceAt int  // where it began in the page
}

func (x *builder) emit(s string, start, end int) {
	for i := 0; i < len(s); i++ {
		x.b = append(x.b, s[i])
		x.t.start = append(x.t.start, int32(start))
		x.t.end = append(x.t.end, int32(end))
	}
}

func (x *builder) last() byte {
	if len(x.b) == 0 {
		return '\n'
	}
	return x.b[len(x.b)-1]
}

// word writes visible characters, after one space if white space came
// before them on the same line.
func (x *builder) word(s string, start, end int) {
	if x.space && x.last() != '\n' {
		x.emit(" ", x.spaceAt, x.spaceAt)
	}
	x.space = false
	x.emit(s, start, end)
}

func (x *builder) white(at int) {
	if !x.space {
		x.space, x.spaceAt = true, at
	}
}

func (x *builder) newline(at int) {
	x.space = false
	if x.last() != '\n' {
		x.emit("\n", at, at)
	}
}

// trim drops the final line break.
func (x *builder) trim() {
	for len(x.b) > 0 && x.b[len(x.b)-1] == '\n' {
		x.b = x.b[:len(x.b)-1]
		x.t.start = x.t.start[:len(x.t.start)-1]
		x.t.end = x.t.end[:len(x.t.end)-1]
	}
}

// text adds the raw bytes of a text token found at page offset at.
func (x *builder) text(raw string, at int) {
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if n, dec := reference(raw[i:]); n > 0 {
				r, _ := utf8.DecodeRuneInString(dec)
				if unicode.IsSpace(r) && utf8.RuneCountInString(dec) == 1 {
					x.white(at + i)
				} else {
					x.word(dec, at+i, at+i+n)
				}
				i += n
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if unicode.IsSpace(r) {
			x.white(at + i)
		} else {
			x.word(raw[i:i+size], at+i, at+i+size)
		}
		i += size
	}
}

// reference decodes the character reference at the start of s ("&amp;",
// "&#233;", "&#x2019;") and returns its length in s, or 0 when s does not
// start with one.
func reference(s string) (int, string) {
	end := strings.IndexByte(s[:min(len(s), 33)], ';')
	if end < 2 || end > 32 {
		return 0, ""
	}
	for _, c := range s[1:end] {
		if !(c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, ""
		}
	}
	dec := html.UnescapeString(s[:end+1])
	if dec == s[:end+1] {
		return 0, ""
	}
	return end + 1, dec
}
