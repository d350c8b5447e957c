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
	all, clean, main := extract(page)
	switch c := words(clean.Text); {
	case words(main.Text) >= minMainWords && 4*words(main.Text) >= c:
		return main
	case c >= minMainWords:
		return clean
	}
	return all
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

// extract returns the visible text of the whole page, of the page without
// its chrome, and of its main content, in one pass.
func extract(page string) (all, clean, main *Text) {
	xs := [3]*builder{} // all, clean, main
	for i := range xs {
		xs[i] = &builder{t: &Text{pageLen: len(page)}}
	}
	marked := marksMain(page)
	z := html.NewTokenizer(strings.NewReader(page))
	pos, skip := 0, 0
	var chrome, content region // the chrome being skipped; the main element being read
	for {
		tt := z.Next()
		raw := z.Raw()
		at := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			for _, x := range xs {
				x.trim()
				x.t.Text = string(x.b)
			}
			return xs[0].t, xs[1].t, xs[2].t
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			n := string(name)
			open := tt == html.StartTagToken && !void[n]
			if hidden[n] && open {
				skip++
			}
			if open {
				var a attrs
				if hasAttr {
					a = readAttrs(z)
				}
				chrome.enter(n, func() bool { return a.chrome(n) })
				content.enter(n, func() bool { return a.main(n) })
			}
			if block[n] {
				for _, x := range xs {
					x.newline(at)
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			n := string(name)
			if hidden[n] && skip > 0 {
				skip--
			}
			chrome.leave(n)
			content.leave(n)
			if block[n] {
				for _, x := range xs {
					x.newline(at)
				}
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			xs[0].text(string(raw), at)
			if !chrome.in {
				xs[1].text(string(raw), at)
				if !marked || content.in {
					xs[2].text(string(raw), at)
				}
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

// enter notes a start tag: it opens the region when test says so.
func (r *region) enter(name string, test func() bool) {
	switch {
	case r.in && name == r.name:
		r.same++
	case !r.in && test():
		r.in, r.name, r.same = true, name, 0
	}
}

// leave notes an end tag.
func (r *region) leave(name string) {
	if !r.in || name != r.name {
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

// attrs are the attributes of a start tag that tell chrome and content.
type attrs struct {
	id, class, role string
	hidden          bool
}

func readAttrs(z *html.Tokenizer) attrs {
	var a attrs
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "id":
			a.id = strings.ToLower(string(v))
		case "class":
			a.class = strings.ToLower(string(v))
		case "role":
			a.role = strings.ToLower(string(v))
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			a.hidden = a.hidden || strings.EqualFold(string(v), "true")
		}
	}
	return a
}

// chrome tells whether element name with these attributes is page chrome.
func (a attrs) chrome(name string) bool {
	if chromeTags[name] || a.hidden {
		return true
	}
	switch a.role {
	case "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar":
		return true
	}
	return chromeName(a.id) || chromeName(a.class)
}

// main tells whether element name with these attributes holds the page's
// main content.
func (a attrs) main(name string) bool {
	return name == "article" || name == "main" || a.role == "main"
}

// chromeName tells whether a (lower-case) id or class list names page
// chrome.
func chromeName(v string) bool {
	if v == "" {
		return false
	}
	for _, sub := range chromeSubstrings {
		if strings.Contains(v, sub) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }) {
		if chromeNames[w] {
			return true
		}
	}
	return false
}

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
func words(s string) int { return len(strings.Fields(s)) }

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
