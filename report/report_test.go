package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/unspin-project/unspin/types"
)

func sample() Input {
	text := "Élan: le lengthy de « sa » frontière"
	i := strings.Index(text, "lengthy")
	return Input{Text: text, Lang: "fr", SpinnerLang: "en", Repaired: strings.Replace(text, "lengthy", "long", 1),
		Findings: []types.Finding{{Span: types.Span{Start: i, End: i + 7}, Text: "lengthy", Kind: types.CrossLingualSpin, Suggestion: "long",
			Alternatives: []types.Alternative{{Text: "long", P: 0.9}}, Confidence: 0.97, Evidence: []string{"a <b>test</b>"}}}}
}

func TestJSON(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["schema"] != Schema || doc["lang"] != "fr" || doc["spinner_lang"] != "en" {
		t.Errorf("header %v", doc)
	}
	f := doc["findings"].([]any)[0].(map[string]any)
	// "Élan: le " is 9 code points and 10 bytes.
	if f["start"].(float64) != 10 || f["char_start"].(float64) != 9 || f["char_end"].(float64) != 16 || f["suggestion"] != "long" {
		t.Errorf("finding %v", f)
	}
	if !strings.Contains(b.String(), "<b>test</b>") {
		t.Error("JSON output escaped HTML; it must stay readable (the web page escapes)")
	}
}

// TestBuildMapsOffsets: for an input that was not UTF-8, start and end
// are of the input's bytes, the rest of the decoded text.
func TestBuildMapsOffsets(t *testing.T) {
	in := sample()
	// As windows-1252, "É" is one byte: decoded byte k >= 2 is input k-1.
	in.Charset = "windows-1252"
	in.Offsets = func(k int) int { return max(0, k-1) }
	doc := Build(in)
	f := doc.Findings[0]
	if f.Start != 9 || f.End != 16 || f.CharStart != 9 || f.Text != "lengthy" || doc.Charset != "windows-1252" {
		t.Errorf("finding %+v, charset %q", f, doc.Charset)
	}
	if d := Build(sample()); d.Charset != "" || d.Findings[0].Start != 10 {
		t.Errorf("a UTF-8 input: %+v", d)
	}
}

func TestJSONNoSuggestionIsNull(t *testing.T) {
	in := sample()
	in.Findings[0].Suggestion = ""
	in.Findings[0].Alternatives = nil
	d := Build(in)
	if d.Findings[0].Suggestion != nil || d.Findings[0].Alternatives == nil {
		t.Errorf("suggestion %v alternatives %v", d.Findings[0].Suggestion, d.Findings[0].Alternatives)
	}
	in.SpinnerLang = ""
	if Build(in).SpinnerLang != nil {
		t.Error("empty spinner language should be null")
	}
}

func TestText(t *testing.T) {
	var b bytes.Buffer
	if err := Text(&b, "doc.txt", sample(), false); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"doc.txt:1:10: cross-lingual-spin (confidence 0.97)", `"lengthy" -> "long"`, "…Élan: le lengthy de « sa » frontière…"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour without a terminal")
	}
	b.Reset()
	Text(&b, "doc.txt", sample(), true)
	if !strings.Contains(b.String(), "\x1b[1;31mlengthy") {
		t.Error("no colour on request")
	}
}

func FuzzBuild(f *testing.F) {
	f.Add("le lengthy de", 3, 10)
	f.Add("é", 0, 1)
	f.Fuzz(func(t *testing.T, text string, s, e int) {
		in := Input{Text: text, Findings: []types.Finding{{Span: types.Span{Start: s, End: e}, Kind: types.MTError}}}
		d := Build(in)
		x := d.Findings[0]
		if x.Start < 0 || x.End > len(text) || x.Start > x.End || x.CharStart > x.CharEnd {
			t.Fatalf("bad clamped span %+v", x)
		}
		var b bytes.Buffer
		Text(&b, "f", in, false)
	})
}

func TestVerdict(t *testing.T) {
	in := sample()
	in.Verdict = &types.Verdict{Label: types.Spun, P: map[types.Label]float64{types.Human: 0.1, types.MachineTranslated: 0.2, types.Spun: 0.7},
		SourceLang: "en", Evidence: []string{"7 confident cross-lingual spin(s)"}}
	var b bytes.Buffer
	if err := JSON(&b, in); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Verdict struct {
			Label      string             `json:"label"`
			P          map[string]float64 `json:"p"`
			SourceLang *string            `json:"source_lang"`
			Evidence   []string           `json:"evidence"`
		} `json:"verdict"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	v := doc.Verdict
	if v.Label != "spun" || v.P["machine-translated"] != 0.2 || v.P["spun"] != 0.7 || v.SourceLang == nil || *v.SourceLang != "en" || len(v.Evidence) != 1 {
		t.Errorf("verdict %+v", v)
	}
	var txt bytes.Buffer
	Text(&txt, "doc.txt", in, false)
	first := strings.SplitN(txt.String(), "\n", 3)
	if len(first) < 2 || !strings.HasPrefix(first[1], "verdict: spun (human 0.10, machine-translated 0.20, spun 0.70), source language en") {
		t.Errorf("text output does not show the verdict first:\n%s", txt.String())
	}
	in.Verdict.SourceLang, in.Verdict.Evidence = "", nil
	d := Build(in)
	if d.Verdict.SourceLang != nil || d.Verdict.Evidence == nil {
		t.Errorf("empty source language should be null and evidence [], got %+v", d.Verdict)
	}
	in.Verdict = nil
	if Build(in).Verdict != nil {
		t.Error("no verdict should be null")
	}
}
