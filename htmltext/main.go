package htmltext

import (
	"bytes"
	"strings"
)

// minMainWords is the least main content worth judging alone: a page
// whose marked article is shorter (a teaser, or markup that never closes
// a navigation block) is judged without its chrome, or whole. So is a
// page whose marked article holds under a quarter of the text outside
// its chrome (an article element around a related-story box, the story
// itself outside it).
const minMainWords = 40

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
		"popup": true, "modal": true, "footer": true,
		// Blog and news templates: sidebars of widgets, lists of other posts.
		"widget": true, "widgets": true, "masthead": true, "toolbar": true, "trending": true, "popular": true, "recent": true}
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
