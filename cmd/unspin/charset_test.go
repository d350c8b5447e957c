package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckAndFixLegacyCharsets reads pages and texts that are not UTF-8:
// spans are of the input's bytes, and fix writes the input's charset.
func TestCheckAndFixLegacyCharsets(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Written for this test; "é" is 0xE9 and "à" 0xE0 in windows-1252.
	latin1Page := []byte("<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head><body><p>Le comit\xE9 a publi\xE9 son rapport, et le however de la r\xE9union \xE9tait clair.</p></body></html>")
	latin1Text := []byte("Le comit\xE9 a publi\xE9 son rapport, et le however de la r\xE9union \xE9tait clair.\n")
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "Le comité a publié son rapport, et le however de la réunion était clair.\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	cases := []struct {
		name, file string
		in         []byte
		args       []string
		charset    string
	}{
		{"html page declaring latin-1", "page.html", latin1Page, nil, "windows-1252"},
		{"latin-1 text", "t.txt", latin1Text, nil, "windows-1252"},
		{"latin-1 text named", "t2.txt", latin1Text, []string{"--charset", "iso-8859-15"}, "iso-8859-15"},
		{"utf-16 with BOM", "t16.txt", utf16, nil, "utf-16le"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := write(c.file, c.in)
			code, out, errOut := runCLI(append(append([]string{"check", "--format", "json"}, c.args...), p)...)
			if code != exitFindings {
				t.Fatalf("check: exit %d %s\n%s", code, errOut, out)
			}
			var doc struct {
				Charset  string
				Findings []struct {
					Start, End int
					Text       string
					Suggestion string
				}
			}
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Charset != c.charset || len(doc.Findings) != 1 {
				t.Fatalf("charset %q, %d findings; want %q, 1\n%s", doc.Charset, len(doc.Findings), c.charset, out)
			}
			f := doc.Findings[0]
			raw := string(c.in[f.Start:f.End])
			if c.charset == "utf-16le" {
				raw = strings.ReplaceAll(raw, "\x00", "")
			}
			if f.Text != "however" || raw != "however" || f.Suggestion != "but" {
				t.Errorf("finding %+v covers %q of the input", f, raw)
			}
			code, fixed, errOut := runCLI(append(append([]string{"fix"}, c.args...), p)...)
			if code != exitFindings {
				t.Fatalf("fix: exit %d %s", code, errOut)
			}
			want := strings.Replace(string(c.in), "however", "but", 1)
			if c.charset == "utf-16le" {
				want = strings.Replace(string(c.in), "h\x00o\x00w\x00e\x00v\x00e\x00r\x00", "b\x00u\x00t\x00", 1)
			}
			if fixed != want {
				t.Errorf("fix wrote %q\nwant %q", fixed, want)
			}
		})
	}
	if code, _, errOut := runCLI("check", "--charset", "shift_jis", write("sj.txt", []byte{0x82, 0xA0})); code != exitUsage || !strings.Contains(errOut, "not supported") {
		t.Errorf("a multi-byte legacy charset: exit %d %q", code, errOut)
	}
}

// TestSameLanguageWordsFlags: check searches French for single words spun
// in French unless told not to; scan only when asked.
func TestSameLanguageWordsFlags(t *testing.T) {
	dir := t.TempDir()
	// Written for this test: "la acte" for "la loi".
	text := "Le Sénat a examiné mardi la acte relative aux retraites, avant le vote solennel prévu la semaine prochaine.\n"
	in := filepath.Join(dir, "t.txt")
	os.WriteFile(in, []byte(text), 0o644)
	if _, out, _ := runCLI("check", "--format", "json", in); !strings.Contains(out, `"kind": "tortured-phrase"`) {
		t.Errorf("check did not search French for same-language words:\n%s", out)
	}
	if _, out, _ := runCLI("check", "--format", "json", "--same-language=false", in); strings.Contains(out, "tortured-phrase") {
		t.Errorf("--same-language=false still searched:\n%s", out)
	}
	rec := filepath.Join(dir, "r.jsonl")
	os.WriteFile(rec, []byte(`{"id":"1","text":"`+strings.TrimSpace(text)+`"}`+"\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want bool
	}{{nil, false}, {[]string{"--same-language-words", "fr"}, true}} {
		out := filepath.Join(dir, fmt.Sprintf("o%v.jsonl", tc.want))
		if code, _, errOut := runCLI(append(append([]string{"scan", "--quiet", "--lang", "fr", "--out", out}, tc.args...), rec)...); code != exitOK {
			t.Fatalf("scan %v: exit %d %s", tc.args, code, errOut)
		}
		b, _ := os.ReadFile(out)
		if got := strings.Contains(string(b), "tortured-phrase"); got != tc.want {
			t.Errorf("scan %v: same-language finding %v, want %v\n%s", tc.args, got, tc.want, b)
		}
	}
}
