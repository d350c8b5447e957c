package transcode

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func latin1(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func utf16le(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, r := range s {
		if r > 0xFFFF {
			r -= 0x10000
			hi, lo := 0xD800+(r>>10), 0xDC00+(r&0x3FF)
			out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestDecode(t *testing.T) {
	page := func(cs, body string) string {
		return `<html><head><meta charset="` + cs + `"></head><body><p>` + body + `</p></body></html>`
	}
	cases := []struct {
		name    string
		in      []byte
		label   string
		html    bool
		text    string // want Text
		charset string
	}{
		{"utf-8 as is", []byte("Le débat continue."), "", false, "Le débat continue.", "utf-8"},
		{"utf-8 whatever the label says", []byte("Le débat"), "iso-8859-1", false, "Le débat", "utf-8"},
		{"latin-1 text", latin1("Le débat à l'Assemblée"), "", false, "Le débat à l'Assemblée", "windows-1252"},
		{"windows-1252 quotes and euro", latin1("l’été coûte 5 € « cher »"), "", false, "l’été coûte 5 € « cher »", "windows-1252"},
		{"mixed utf-8 and latin-1", append([]byte("déjà "), latin1("là")...), "", false, "déjà là", "utf-8+windows-1252"},
		{"labelled iso-8859-15", []byte{'c', 0xA4, 'u', 'r'}, "iso-8859-15", false, "c€ur", "iso-8859-15"},
		{"content-type label", []byte{0xE9, 't', 0xE9}, "text/plain; charset=ISO-8859-2", false, "été", "iso-8859-2"},
		{"meta declares iso-8859-2", []byte(page("iso-8859-2", "\xB1")), "", true, page("iso-8859-2", "ą"), "iso-8859-2"},
		{"meta declares latin-1", latin1(page("iso-8859-1", "été")), "", true, page("iso-8859-1", "été"), "windows-1252"},
		{"utf-16le with BOM", utf16le("Été 😀", true), "", false, "\ufeffÉté 😀", "utf-16le"},
		{"utf-16le labelled", append(utf16le("ab", false), 0xE9), "utf-16le", false, "ab\ufffd", "utf-16le"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decode(c.in, c.label, c.html)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != c.text || got.Charset != c.charset {
				t.Errorf("Decode = %q (%s), want %q (%s)", got.Text, got.Charset, c.text, c.charset)
			}
			checkMap(t, c.in, got)
		})
	}
}

// checkMap checks that every character of the decoded text maps to a
// place of the input that decodes to it, in order.
func checkMap(t *testing.T, in []byte, got *Text) {
	t.Helper()
	if got.Source(0) != 0 || got.Source(len(got.Text)) != len(in) {
		t.Fatalf("ends map to %d, %d; want 0, %d", got.Source(0), got.Source(len(got.Text)), len(in))
	}
	prev := -1
	for i := range got.Text {
		s := got.Source(i)
		if s <= prev || s > len(in) {
			t.Fatalf("Source(%d) = %d after %d", i, s, prev)
		}
		prev = s
	}
}

func TestDecodeRefusesMultiByteLegacy(t *testing.T) {
	_, err := Decode([]byte{0x82, 0xA0}, "shift_jis", false)
	if err == nil || !strings.HasPrefix(err.Error(), "transcode: ") || !strings.Contains(err.Error(), "shift_jis") {
		t.Fatalf("err = %v", err)
	}
	if _, err := Decode([]byte{0xE9}, "no-such-charset", false); err == nil {
		t.Fatal("an unknown label was accepted")
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, label := range []string{"windows-1252", "iso-8859-2", "iso-8859-15", "koi8-r", "macintosh"} {
		got, err := Decode(all, label, false)
		if err != nil {
			t.Fatal(err)
		}
		back, err := got.Encode(got.Text, false)
		if err != nil {
			t.Fatalf("%s: %v", label, err)
		}
		if !bytes.Equal(back, all) {
			t.Errorf("%s: decoding then encoding changed the bytes", label)
		}
	}
	in := utf16le("\ufeffÉté 😀 fin", false)
	got, err := Decode(in, "", false)
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := got.Encode(got.Text, false); !bytes.Equal(back, in) {
		t.Errorf("utf-16: % x, want % x", back, in)
	}
}

func TestEncodeUnwritable(t *testing.T) {
	got, err := Decode(latin1("un été"), "", false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := got.Encode("un été 😀", false); err == nil {
		t.Error("text: an emoji was written in windows-1252")
	}
	b, err := got.Encode("un été 😀", true)
	if err != nil || string(b) != string(latin1("un été &#128512;")) {
		t.Errorf("html: %q, %v", b, err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("Le débat"), "", false)
	f.Add(latin1("déjà là"), "", true)
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8}, "", false)
	f.Add([]byte(`<meta charset="koi8-r">\xC1\xC2`), "", true)
	f.Add([]byte{0xC3, 0x28, 0xE9}, "utf-16be", false)
	f.Fuzz(func(t *testing.T, in []byte, label string, html bool) {
		got, err := Decode(in, label, html)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "transcode: ") {
				t.Fatalf("error without the package prefix: %v", err)
			}
			return
		}
		if !utf8.ValidString(got.Text) {
			t.Fatal("decoded text is not UTF-8")
		}
		if !got.Converted() && got.Text != string(in) {
			t.Fatal("not converted, yet the text differs from the input")
		}
		checkMap(t, in, got)
		if got.cm != nil || got.utf16 && len(in)%2 == 0 && got.Converted() && !strings.ContainsRune(got.Text, utf8.RuneError) {
			back, err := got.Encode(got.Text, false)
			if err == nil && !bytes.Equal(back, in) {
				t.Fatalf("round trip: % x -> % x", in, back)
			}
		}
	})
}
