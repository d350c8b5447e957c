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
// enough (see Main).
package htmltext

import (
	"bytes"
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

// Extract returns the visible text of page: its main content when the page
// marks one (see Main), else everything visible. It accepts any bytes (the
// HTML tokenizer recovers from every error); callers that need UTF-8 check
// the page first.
func Extract(page string) *Text {
	evs, n := scan(page)
	// Which text to read: the main content, the page without its chrome,
	// or all of it.
	want := reachAll
	switch {
	case n[reachMain] >= minMainWords && 4*n[reachMain] >= n[reachClean]:
		want = reachMain
	case n[reachClean] >= minMainWords:
		want = reachClean
	}
	size := 0
	for _, e := range evs {
		if e.text == "" || e.reach >= want {
			size += len(e.text) + 1
		}
	}
	x := &builder{t: &Text{pageLen: len(page), start: make([]int32, 0, size), end: make([]int32, 0, size)}, b: make([]byte, 0, size)}
	for _, e := range evs {
		switch {
		case e.text == "":
			x.newline(e.at)
		case e.reach >= want:
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
	text  string
	at    int
	reach int
}

// minMainWords is the least main content worth judging alone: a page
// whose marked article is shorter (a teaser, or markup that never closes
// a navigation block) is judged without its chrome, or whole. So is a
// page whose marked article holds under a quarter of the text outside
// its chrome (an article element around a related-story box, the story
// itself outside it).
const minMainWords = 40

// Main is how a page's main content is told from its chrome:
//
//   - when the page has an article or main element (or role="main"), only
//     the text inside them, unless they hold under a quarter of the page's
//     text outside its chrome;
//   - never the text of navigation, asides, footers, forms, buttons and
//     dialogs, of elements marked hidden (hidden, aria-hidden="true") or
//     given a landmark role other than main, nor of elements whose id or
//     class names a cookie or consent banner, sharing and social links, a
//     newsletter or subscription box, a menu, breadcrumbs, a sidebar,
//     related links, comments or advertising.
//
// A page's chrome is often in another language than its article (an
// English cookie banner on a French news site), and it is no part of how
// the article was made.
const Main = "article/main content without navigation, banners and other page chrome"

// scan reads the page once: its visible text pieces and line breaks, and
// the words each reach holds.
func scan(page string) ([]event, [3]int) {
	var evs []event
	var n [3]int
	marked := marksMain(page)
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
			return evs, n
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
			e := event{text: page[at:pos], at: at}
			if !chrome.in {
				e.reach = reachClean
				if !marked || content.in {
					e.reach = reachMain
				}
			}
			evs = append(evs, e)
			w := words(e.text)
			for r := reachAll; r <= e.reach; r++ {
				n[r] += w
			}
		}
	}
}

// region follows one element and the elements of the same name nested in
// it, to know when it ends.
type region struct {
	in   bool
	name string
	same int
}

// enter notes a start tag; when no region is open, is tells whether this
// element opens one.
func (r *region) enter(name []byte, is func(name string) bool) {
	switch {
	case r.in:
		if string(name) == r.name {
			r.same++
		}
	case is(string(name)):
		r.in, r.name, r.same = true, string(name), 0
	}
}

// leave notes an end tag.
func (r *region) leave(name []byte) {
	if !r.in || string(name) != r.name {
		return
	}
	if r.same > 0 {
		r.same--
		return
	}
	r.in = false
}

// chromeTags are elements that never hold an article's text.
var chromeTags = map[string]bool{"nav": true, "aside": true, "footer": true, "form": true, "button": true, "dialog": true, "menu": true, "select": true}

// chromeNames are words of ids and class names that mark page chrome;
// chromeSubstrings are matched inside them ("cookieConsent").
var (
	chromeNames = map[string]bool{"nav": true, "navbar": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
		"share": true, "sharing": true, "social": true, "newsletter": true, "subscribe": true, "subscription": true, "sidebar": true,
		"related": true, "comments": true, "comment": true, "advert": true, "advertisement": true, "ads": true, "promo": true,
		"popup": true, "modal": true, "footer": true}
	chromeSubstrings = []string{"cookie", "consent", "gdpr"}
)

// attrs are the attributes of a start tag that tell chrome and content
// (character references in them are left as written).
type attrs struct {
	id, class, role string
	hidden          bool
}

func (a *attrs) reset() { *a = attrs{} }

// read takes the attributes from a start tag as written ("<div
// class=x>"): the tokenizer's own attribute reader allocates for each.
func (a *attrs) read(tag string) {
	i := 1
	for i < len(tag) && !attrSpace(tag[i]) && tag[i] != '>' && tag[i] != '/' {
		i++ // the tag name
	}
	for i < len(tag) {
		for i < len(tag) && (attrSpace(tag[i]) || tag[i] == '/') {
			i++
		}
		if i >= len(tag) || tag[i] == '>' {
			return
		}
		k0 := i
		for i < len(tag) && !attrSpace(tag[i]) && tag[i] != '=' && tag[i] != '>' && tag[i] != '/' {
			i++
		}
		k := tag[k0:i]
		for i < len(tag) && attrSpace(tag[i]) {
			i++
		}
		var v string
		if i < len(tag) && tag[i] == '=' {
			i++
			for i < len(tag) && attrSpace(tag[i]) {
				i++
			}
			if i < len(tag) && (tag[i] == '"' || tag[i] == '\'') {
				q := tag[i]
				i++
				v0 := i
				for i < len(tag) && tag[i] != q {
					i++
				}
				v = tag[v0:i]
				i++
			} else {
				v0 := i
				for i < len(tag) && !attrSpace(tag[i]) && tag[i] != '>' {
					i++
				}
				v = tag[v0:i]
			}
		}
		switch {
		case strings.EqualFold(k, "id"):
			a.id = v
		case strings.EqualFold(k, "class"):
			a.class = v
		case strings.EqualFold(k, "role"):
			a.role = v
		case strings.EqualFold(k, "hidden"):
			a.hidden = true
		case strings.EqualFold(k, "aria-hidden"):
			a.hidden = a.hidden || strings.EqualFold(v, "true")
		}
	}
}

func attrSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// chromeRoles are the landmark roles of page chrome.
var chromeRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "dialog": true,
	"alertdialog": true, "search": true, "menu": true, "menubar": true}

// chrome tells whether element name with these attributes is page chrome.
func (a *attrs) chrome(name string) bool {
	if chromeTags[name] || a.hidden {
		return true
	}
	var buf [64]byte
	if a.role != "" && chromeRoles[string(lower(buf[:0], a.role))] {
		return true
	}
	return chromeName(lower(buf[:0], a.id)) || chromeName(lower(buf[:0], a.class))
}

// main tells whether element name with these attributes holds the page's
// main content.
func (a *attrs) main(name string) bool {
	return name == "article" || name == "main" || strings.EqualFold(a.role, "main")
}

// lower appends v in lower case (ASCII) to dst.
func lower(dst []byte, v string) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// chromeName tells whether a lower-case id or class list names page
// chrome.
func chromeName(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	for _, sub := range chromeSubstrings {
		if bytes.Contains(v, []byte(sub)) {
			return true
		}
	}
	for len(v) > 0 {
		i := 0
		for i < len(v) && !nameSep(v[i]) {
			i++
		}
		if i > 0 && chromeNames[string(v[:i])] {
			return true
		}
		if i < len(v) {
			i++
		}
		v = v[i:]
	}
	return false
}

func nameSep(c byte) bool { return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n' }

// marksMain tells whether page has an article or main element, or an
// element of role main: then only their text is its main content.
func marksMain(page string) bool {
	for i := 0; i < len(page); i++ {
		if page[i] != '<' {
			continue
		}
		rest := page[i+1:]
		for _, tag := range []string{"article", "main"} {
			if hasPrefixFold(rest, tag) && (len(rest) == len(tag) || strings.IndexByte(" \t\n\r/>", rest[len(tag)]) >= 0) {
				return true
			}
		}
	}
	return containsFold(page, `role="main"`) || containsFold(page, `role='main'`) || containsFold(page, `role=main`)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0]|0x20 && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// words counts the white-space separated words of s.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
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
