package serve

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/unspin-project/unspin/types"
)

// LanguageTool's public HTTP API (POST /v2/check, GET /v2/languages), so
// that its clients and editor plugins can use unspin: the text comes as
// form field "text" (or "data": {"annotation": […]} is not supported —
// plain "text" only), the language as "language" ("fr", "fr-FR", "auto");
// offsets and lengths count UTF-16 code units, as in JavaScript.

type ltLanguage struct {
	Name     string `json:"name"`
	Code     string `json:"code"`
	LongCode string `json:"longCode"`
}

var ltNames = map[string]ltLanguage{
	"fr": {"French", "fr", "fr-FR"},
	"en": {"English", "en", "en-US"},
}

func (s *Server) ltLanguages(w http.ResponseWriter, r *http.Request) {
	var out []ltLanguage
	for _, l := range languages() {
		if x, ok := ltNames[l]; ok {
			out = append(out, x)
		} else {
			out = append(out, ltLanguage{l, l, l})
		}
	}
	writeJSON(w, http.StatusOK, out)
}

type ltMatch struct {
	Message      string          `json:"message"`
	ShortMessage string          `json:"shortMessage"`
	Replacements []ltReplacement `json:"replacements"`
	Offset       int             `json:"offset"`
	Length       int             `json:"length"`
	Context      ltContext       `json:"context"`
	Sentence     string          `json:"sentence"`
	Type         struct {
		TypeName string `json:"typeName"`
	} `json:"type"`
	Rule ltRule `json:"rule"`
}

type ltReplacement struct {
	Value string `json:"value"`
}

type ltContext struct {
	Text   string `json:"text"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
}

type ltRule struct {
	ID          string     `json:"id"`
	Description string     `json:"description"`
	IssueType   string     `json:"issueType"`
	Category    ltCategory `json:"category"`
}

type ltCategory struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type ltResponse struct {
	Software struct {
		Name       string `json:"name"`
		Version    string `json:"version"`
		APIVersion int    `json:"apiVersion"`
	} `json:"software"`
	Language struct {
		Name             string     `json:"name"`
		Code             string     `json:"code"`
		DetectedLanguage ltDetected `json:"detectedLanguage"`
	} `json:"language"`
	Matches []ltMatch `json:"matches"`
}

type ltDetected struct {
	Name       string  `json:"name"`
	Code       string  `json:"code"`
	Confidence float64 `json:"confidence"`
}

var ltRules = map[types.Kind]ltRule{
	types.CrossLingualSpin: {"UNSPIN_CROSS_LINGUAL_SPIN", "A word of another language where this one had a homograph (synonym spinning)", "misspelling", ltCategory{"UNSPIN", "Spinning and machine translation"}},
	types.RealWordSpin:     {"UNSPIN_REAL_WORD_SPIN", "A word put here by a synonym spinner", "grammar", ltCategory{"UNSPIN", "Spinning and machine translation"}},
	types.TorturedPhrase:   {"UNSPIN_TORTURED_PHRASE", "A tortured phrase: a term whose words were replaced by synonyms", "style", ltCategory{"UNSPIN", "Spinning and machine translation"}},
	types.Untranslated:     {"UNSPIN_UNTRANSLATED", "Text left in another language", "misspelling", ltCategory{"UNSPIN", "Spinning and machine translation"}},
	types.MTError:          {"UNSPIN_MT_ERROR", "A machine-translation artefact", "grammar", ltCategory{"UNSPIN", "Spinning and machine translation"}},
}

// ltLang maps LanguageTool's language parameter to a pack ("" detects).
func ltLang(v string) (string, error) {
	if v == "" || v == "auto" {
		return "", nil
	}
	code := strings.ToLower(v)
	if i := strings.IndexAny(code, "-_"); i > 0 {
		code = code[:i]
	}
	for _, l := range languages() {
		if l == code {
			return l, nil
		}
	}
	return "", fmt.Errorf("language %q is not supported (supported: %s)", v, strings.Join(languages(), ", "))
}

func (s *Server) ltCheck(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, fmt.Sprintf("Error: text larger than %d bytes", s.cfg.MaxBody), http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "Error: "+err.Error(), http.StatusBadRequest)
		return
	}
	text := r.PostForm.Get("text")
	if text == "" && r.PostForm.Get("data") != "" {
		http.Error(w, "Error: the \"data\" parameter is not supported; send \"text\"", http.StatusBadRequest)
		return
	}
	if !r.PostForm.Has("text") {
		http.Error(w, "Error: Missing 'text' or 'data' parameter", http.StatusBadRequest)
		return
	}
	if !utf8.ValidString(text) {
		http.Error(w, "Error: text is not valid UTF-8", http.StatusBadRequest)
		return
	}
	lang, err := ltLang(r.PostForm.Get("language"))
	if err != nil {
		http.Error(w, "Error: "+err.Error(), http.StatusBadRequest)
		return
	}
	a, ok := s.analyzer(w, lang, nil, searchNone)
	if !ok {
		return
	}
	rep, ok := s.run(r.Context(), w, a, text, false)
	if !ok {
		return
	}
	var out ltResponse
	out.Software.Name, out.Software.Version, out.Software.APIVersion = "unspin", s.cfg.Version, 1
	name := ltNames[rep.Lang].Name
	out.Language.Name, out.Language.Code = name, ltNames[rep.Lang].LongCode
	out.Language.DetectedLanguage = ltDetected{name, ltNames[rep.Lang].LongCode, 1}
	out.Matches = []ltMatch{}
	for _, f := range rep.Findings {
		m := ltMatch{Rule: ltRules[f.Kind], Offset: utf16Len(text[:f.Start]), Length: utf16Len(text[f.Start:f.End])}
		m.Type.TypeName = "Other"
		m.ShortMessage = string(f.Kind)
		m.Message = fmt.Sprintf("%s (confidence %.2f)", ltRules[f.Kind].Description, f.Confidence)
		if len(f.Evidence) > 0 {
			m.Message += ": " + strings.Join(f.Evidence, "; ")
		}
		m.Replacements = []ltReplacement{}
		if f.Suggestion != "" {
			m.Replacements = append(m.Replacements, ltReplacement{f.Suggestion})
		}
		for _, alt := range f.Alternatives {
			if alt.Text != f.Suggestion && len(m.Replacements) < 5 {
				m.Replacements = append(m.Replacements, ltReplacement{alt.Text})
			}
		}
		m.Context, m.Sentence = ltContextOf(text, f.Start, f.End)
		out.Matches = append(out.Matches, m)
	}
	writeJSON(w, http.StatusOK, out)
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// ltContextOf returns up to 40 characters around a span, with the span's
// offset and length in the context (UTF-16), and the span's line.
func ltContextOf(text string, start, end int) (ltContext, string) {
	a := start
	for n := 0; a > 0 && n < 40; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:a])
		a -= size
	}
	b := end
	for n := 0; b < len(text) && n < 40; n++ {
		_, size := utf8.DecodeRuneInString(text[b:])
		b += size
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	return ltContext{Text: text[a:b], Offset: utf16Len(text[a:start]), Length: utf16Len(text[start:end])}, text[ls:le]
}
