package corpus

import "github.com/unspin-project/unspin/htmltext"

// htmlText extracts the visible text of an HTML page (see package
// htmltext) after decoding it to UTF-8.
func htmlText(payload []byte, contentType string) (string, error) {
	utf, err := decodeHTML(payload, contentType)
	if err != nil {
		return "", err
	}
	return htmltext.Extract(string(utf)).Text, nil
}
