package eval

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/tokenization"
)

// LangIDSource is a held-out text collection of a known language: one
// sentence per line, gzipped.
type LangIDSource struct {
	Lang, Name, Path string
}

// LangIDSources lists the held-out sources under the shared data
// directory: Common Voice sentences (de en es it pt; French from its own
// Common Voice folder) and the LibreOffice help (technical prose). The
// language profiles come from subtitles, so none of this was seen.
func LangIDSources(data string) []LangIDSource {
	var out []LangIDSource
	cv := filepath.Join(data, "corpora", "multi", "common-voice-sentences-2021")
	for _, l := range []string{"de", "en", "es", "it", "pt"} {
		out = append(out, LangIDSource{l, "common-voice", filepath.Join(cv, l+".txt.gz")})
	}
	out = append(out, LangIDSource{"fr", "common-voice", filepath.Join(data, "corpora", "fr", "commonvoice-fr", "debats-assemblee-nationale.txt.gz")})
	lo := filepath.Join(data, "corpora", "multi", "libreoffice-help")
	for _, l := range []string{"de", "en-US", "es", "fr", "it"} {
		out = append(out, LangIDSource{strings.TrimSuffix(l, "-US"), "libreoffice-help", filepath.Join(lo, "lohelp_"+l+".txt.gz")})
	}
	return out
}

// LangIDResult counts what Identify said of documents of one source.
type LangIDResult struct {
	Source LangIDSource
	Docs   int
	Said   map[string]int // language said ("" for none) → documents
}

// Accuracy is the share of documents identified as their language.
func (r LangIDResult) Accuracy() float64 { return ratio(r.Said[r.Source.Lang], r.Docs) }

// RunLangID cuts each source into documents of sentences consecutive
// lines (of at least three words each) and identifies up to docs of them,
// spread over the source.
func RunLangID(sources []LangIDSource, sentences, docs int) ([]LangIDResult, error) {
	var out []LangIDResult
	for _, src := range sources {
		lines, err := readLines(src.Path)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var texts []string
		for i := 0; i+sentences <= len(lines); i += sentences {
			texts = append(texts, strings.Join(lines[i:i+sentences], " "))
		}
		stride := max(len(texts)/max(docs, 1), 1)
		res := LangIDResult{Source: src, Said: map[string]int{}}
		for i := 0; i < len(texts) && res.Docs < docs; i += stride {
			g := languageid.Identify(tokenization.Tokenize(texts[i], tokenization.Options{Elisions: true}))
			res.Docs++
			res.Said[g.Lang]++
		}
		out = append(out, res)
	}
	return out, nil
}

func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var lines []string
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); len(strings.Fields(l)) >= 3 {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return lines, nil
}

// PrintLangID writes one line per source: accuracy and what else was said.
func PrintLangID(w io.Writer, sentences int, rs []LangIDResult) {
	fmt.Fprintf(w, "language identification, documents of %d sentence(s):\n", sentences)
	for _, r := range rs {
		var other []string
		for l, n := range r.Said {
			if l != r.Source.Lang {
				if l == "" {
					l = "none"
				}
				other = append(other, fmt.Sprintf("%s %d", l, n))
			}
		}
		sort.Strings(other)
		fmt.Fprintf(w, "  %-2s %-17s %5d docs  accuracy %.4f  other: %s\n", r.Source.Lang, r.Source.Name, r.Docs, r.Accuracy(), strings.Join(other, ", "))
	}
}
