package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/unspin-project/unspin/transcode"
)

// maxInput bounds what check and fix read (corpus mode streams instead).
const maxInput = 64 << 20

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) (string, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return "", err
	}
	if len(data) > maxInput {
		return "", fmt.Errorf("%s: larger than %d MB; use corpus mode for large inputs", name, maxInput>>20)
	}
	return string(data), nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0 && os.Getenv("NO_COLOR") == ""
}

// addInputFlag adds --input (text, html or auto) to check and fix.
func addInputFlag(fs *flag.FlagSet) *string {
	return fs.String("input", "auto", "what FILE holds: text, html (its visible text is analysed; spans and repairs are of the page), or auto (html for .html/.htm/.xhtml files and pages starting with <!DOCTYPE html> or <html>)")
}

// addCharsetFlag adds --charset to check and fix.
func addCharsetFlag(fs *flag.FlagSet) *string {
	return fs.String("charset", "", "the input's character encoding, as a charset name (iso-8859-1, windows-1252, utf-16le...); default: UTF-8 when the input is UTF-8, else what an HTML page declares, else windows-1252 for the bytes that are not UTF-8")
}

// decodeInput reads the raw input data as its charset says (package
// transcode) and decides, for --input kind, whether it is an HTML page.
func decodeInput(kind, label, name, data string) (*transcode.Text, bool, error) {
	t, err := transcode.Decode([]byte(data), label, kind != "text")
	if err != nil {
		return nil, false, err
	}
	page, err := isHTML(kind, name, t.Text)
	return t, page, err
}

// isHTML decides, for --input kind, whether input name holding data is an
// HTML page.
func isHTML(kind, name, data string) (bool, error) {
	switch kind {
	case "text":
		return false, nil
	case "html":
		return true, nil
	case "auto":
		switch strings.ToLower(filepath.Ext(name)) {
		case ".html", ".htm", ".xhtml":
			return true, nil
		}
		head := strings.ToLower(strings.TrimLeft(data[:min(len(data), 512)], " \t\r\n\ufeff"))
		return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html"), nil
	}
	return false, fmt.Errorf("--input must be text, html or auto, not %q", kind)
}
