package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// htmlText extracts the visible text of an HTML page: text outside
// script, style and similar elements, with block elements on their own
// lines.
func htmlText(payload []byte, contentType string) (string, error) {
	utf, err := decodeHTML(payload, contentType)
	if err != nil {
		return "", err
	}
	z := html.NewTokenizer(bytes.NewReader(utf))
	var b strings.Builder
	skip := 0
	newline := func() {
		s := b.String()
		if len(s) > 0 && !strings.HasSuffix(s, "\n") {
			b.WriteByte('\n')
		}
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(b.String()), nil
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if hidden[string(name)] {
				skip++
			}
			if block[string(name)] {
				newline()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if hidden[string(name)] && skip > 0 {
				skip--
			}
			if block[string(name)] {
				newline()
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := strings.Join(strings.Fields(string(z.Text())), " ")
			if t == "" {
				continue
			}
			s := b.String()
			if len(s) > 0 && !strings.HasSuffix(s, "\n") && !strings.HasSuffix(s, " ") {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
	}
}

var hidden = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "svg": true, "head": true, "iframe": true, "object": true}

var block = map[string]bool{"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "table": true, "section": true, "article": true, "header": true, "footer": true, "blockquote": true, "pre": true, "title": true, "figcaption": true, "nav": true, "main": true, "aside": true}
