// Package htmltext extracts the visible text of an HTML page and keeps,
// for every byte of that text, where in the page it came from: findings on
// the text become spans of the page, and a repair can be made to the page
// itself.
//
// Text inside script, style and similar elements is left out; block
// elements (paragraphs, headings, list items, table rows…) start a new
// line; runs of white space become one space; character references are
// decoded. Inline elements do not split words ("<b>Hel</b>lo" is "Hello").
// A page's chrome — navigation, cookie banners, sharing links, footers —
// is left out, and a marked article is read alone, when what remains says
// enough (see Extract).
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

// Extract returns the visible text of page, without its chrome when what
// remains says enough. It accepts any bytes (the HTML tokenizer recovers
// from every error); callers that need UTF-8 check the page first.
//
// A page's main content is told from its chrome so:
//
//   - when the page has an article or main element (or role="main"), only
//     the text inside them, unless they hold under a quarter of the page's
//     text outside its chrome, or under minMainWords words;
//   - never the text of navigation, asides, footers, forms, buttons and
//     dialogs, of elements marked hidden (hidden, aria-hidden="true") or
//     given a landmark role other than main, nor of elements whose id or
//     class names a cookie or consent banner, sharing and social links, a
//     newsletter or subscription box, a menu, breadcrumbs, a sidebar,
//     related links, comments or advertising; unless what remains is
//     under minMainWords words, when the whole page is read.
//
// A page's chrome is often in another language than its article (an
// English cookie banner on a French news site), and it is no part of how
// the article was made.
func Extract(page string) *Text {
	evs, n, marked := scan(page)
	if !marked {
		n[reachMain] = n[reachClean] // no main element: the clean text is the main content
	}
	// Which text to read: the main content, the page without its chrome,
	// or all of it.
	want := reachAll
	switch {
	case n[reachMain] >= minMainWords && 4*n[reachMain] >= n[reachClean]:
		want = reachMain
	case n[reachClean] >= minMainWords:
		want = reachClean
	}
	keep := func(e event) bool { return e.text == "" || e.reach(marked) >= want }
	size := 0
	for _, e := range evs {
		if keep(e) {
			size += len(e.text) + 1
		}
	}
	x := &builder{t: &Text{pageLen: len(page), start: make([]int32, 0, size), end: make([]int32, 0, size)}, b: make([]byte, 0, size)}
	for _, e := range evs {
		switch {
		case e.text == "":
			x.newline(e.at)
		case keep(e):
			x.text(e.text, e.at)
		}
	}
	x.trim()
	x.t.Text = string(x.b)
	return x.t
}

// How far into the page a piece of text reaches: visible, outside the
// chrome, inside the main content (each implies the ones before).
const (
	reachAll = iota
	reachClean
	reachMain
)

// event is a piece of visible text (from the page at at) or, with no
// text, a line break.
type event struct {
	text           string
	at             int
	chrome, inMain bool
}

// reach tells how far in the text lies, on a page that marks its main
// content or not.
func (e event) reach(marked bool) int {
	switch {
	case e.chrome:
		return reachAll
	case e.inMain || !marked:
		return reachMain
	}
	return reachClean
}

// scan reads the page once: its visible text pieces and line breaks, the
// words of the whole text, of the text outside the chrome and of that
// inside main elements, and whether the page has a main element.
func scan(page string) ([]event, [3]int, bool) {
	var evs []event
	var n [3]int
	marked := false
	z := html.NewTokenizer(strings.NewReader(page))
	pos, skip := 0, 0
	var chrome, content region // the chrome being skipped; the main element being read
	a := &attrs{}
	for {
		tt := z.Next()
		at := pos
		pos += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			return evs, n, marked
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			open := tt == html.StartTagToken && !void[string(name)]
			if hidden[string(name)] && open {
				skip++
			}
			if open {
				a.reset()
				if hasAttr {
					a.read(page[at:pos])
				}
				chrome.enter(name, a.chrome)
				content.enter(name, a.main)
				marked = marked || content.in
			}
			if block[string(name)] {
				evs = append(evs, event{at: at})
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if hidden[string(name)] && skip > 0 {
				skip--
			}
			chrome.leave(name)
			content.leave(name)
			if block[string(name)] {
				evs = append(evs, event{at: at})
			}
		case html.TextToken:
			if skip > 0 || at == pos {
				continue
			}
			e := event{text: page[at:pos], at: at, chrome: chrome.in, inMain: content.in}
			evs = append(evs, e)
			w := words(e.text)
			n[reachAll] += w
			if !e.chrome {
				n[reachClean] += w
				if e.inMain {
					n[reachMain] += w
				}
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
