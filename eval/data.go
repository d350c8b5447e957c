package eval

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unspin-project/unspin/mt"
	"github.com/unspin-project/unspin/packbuild"
	"github.com/unspin-project/unspin/spin"
)

// SyntheticOptions describe a synthetic evaluation set.
type SyntheticOptions struct {
	DataDir string  // ../shared/data
	Lang    string  // language of the documents
	Split   string  // packbuild.Dev or packbuild.Test
	Docs    int     // documents to make (half clean, half spun)
	Words   int     // words per document, roughly
	Rate    float64 // spin rate
	Seed    uint64
	Corpus  string // only corpora whose name starts with this (optional)
}

// Synthetic cuts the split's documents into pieces of about Words words,
// alternately kept clean and spun by sp, taking documents from every
// corpus in turn so that no register dominates.
func Synthetic(opt SyntheticOptions, sp SpinFunc) ([]Doc, error) {
	pieces, err := Pieces(opt)
	if err != nil {
		return nil, err
	}
	var docs []Doc
	for _, p := range pieces {
		docs = append(docs, alternate(len(docs), p.ID, p.Text, opt.Seed, sp))
	}
	return docs, nil
}

// SpinFunc spins a text and returns the spun text and its gold artifacts:
// a Spinner's Spin, or a closure over its Terms.
type SpinFunc func(text string, seed uint64) (string, []spin.Artifact)

// alternate keeps even documents clean and spins odd ones.
func alternate(n int, id, text string, seed uint64, sp SpinFunc) Doc {
	if n%2 == 0 {
		return Doc{ID: id, Text: text, Clean: true}
	}
	spun, gold := sp(text, seed+uint64(n))
	return Doc{ID: id, Text: spun, Gold: gold}
}

// Piece is a run of held-out text.
type Piece struct{ ID, Text string }

// Pieces cuts the split's documents into opt.Docs pieces of about
// opt.Words words, from every corpus in turn.
func Pieces(opt SyntheticOptions) ([]Piece, error) {
	perCorpus := map[string][]string{}
	var order []string
	pending := map[string][]string{} // lines carried to the next document of a corpus
	pendingWords := map[string]int{}
	err := packbuild.ReadSplit(opt.DataDir, opt.Lang, opt.Split, 0, func(d packbuild.Doc) {
		// Technical manuals mix in untranslated English and code: not clean
		// running text of the language.
		if strings.HasPrefix(d.Corpus, "libreoffice-help") || strings.HasPrefix(d.Corpus, "debian-handbook") {
			return
		}
		if opt.Corpus != "" && !strings.HasPrefix(d.Corpus, opt.Corpus) {
			return
		}
		if _, ok := pendingWords[d.Corpus]; !ok {
			order = append(order, d.Corpus)
			pendingWords[d.Corpus] = 0
		}
		// Short documents (a legal article) are joined with the next ones
		// of the same corpus; each piece ends at a document boundary or
		// after Words words.
		cur, n := pending[d.Corpus], pendingWords[d.Corpus]
		for _, l := range d.Lines {
			l = strings.TrimSpace(l)
			if l == "" {
				continue
			}
			cur = append(cur, l)
			n += len(strings.Fields(l))
			if n >= opt.Words {
				perCorpus[d.Corpus] = append(perCorpus[d.Corpus], strings.Join(cur, "\n"))
				cur, n = nil, 0
			}
		}
		pending[d.Corpus], pendingWords[d.Corpus] = cur, n
	})
	if err != nil {
		return nil, err
	}
	var out []Piece
	for round := 0; len(out) < opt.Docs; round++ {
		added := false
		for _, c := range order {
			if round >= len(perCorpus[c]) || len(out) >= opt.Docs {
				continue
			}
			added = true
			out = append(out, Piece{fmt.Sprintf("%s#%d", c, round), perCorpus[c][round]})
		}
		if !added {
			break
		}
	}
	return out, nil
}

// Translator translates a text and reports the words it left untranslated
// (byte spans into its output).
type Translator func(context.Context, string) (string, []mt.Unknown, error)

// MachineTranslated makes pieces of the split in opt.Lang (English),
// translates each (Apertium English → Spanish → French) and spins every
// other one with sp: the content farm's pipeline with a known source.
// Words the engine left untranslated are gold "untranslated" artifacts in
// every document, so no document is clean.
func MachineTranslated(ctx context.Context, opt SyntheticOptions, translate Translator, sp *spin.Spinner) ([]Doc, error) {
	pieces, err := Pieces(opt)
	if err != nil {
		return nil, err
	}
	var docs []Doc
	for n, p := range pieces {
		fr, unknown, err := translate(ctx, p.Text)
		if err != nil {
			return nil, fmt.Errorf("eval: %s: %w", p.ID, err)
		}
		doc := Doc{ID: p.ID + "/mt", Text: fr}
		var edits []spin.Edit
		if n%2 == 1 {
			doc.Text, doc.Gold, edits = sp.SpinEdits(fr, opt.Seed+uint64(n))
		}
		doc.Gold = append(doc.Gold, carryUnknown(fr, doc.Text, unknown, edits)...)
		docs = append(docs, doc)
	}
	return docs, nil
}

// carryUnknown maps untranslated words of the translation through the
// spinner's edits to gold artifacts of the output (code points). Words the
// spinner replaced are its artifacts already.
func carryUnknown(in, out string, unknown []mt.Unknown, edits []spin.Edit) []spin.Artifact {
	return spin.Carry(in, out, Untranslated(in, unknown), edits)
}

// Untranslated turns the words a translation left as they were (byte
// spans into text) into gold "untranslated" artifacts (code points), in
// order. Capitalised ones are mostly names, and words with digits codes:
// neither is a finding, so neither is gold.
func Untranslated(text string, unknown []mt.Unknown) []spin.Artifact {
	var arts []spin.Artifact
	for _, u := range unknown {
		r, _ := utf8.DecodeRuneInString(u.Word)
		if unicode.IsUpper(r) || strings.ContainsAny(u.Word, "0123456789") ||
			u.Start < 0 || u.End > len(text) || u.Start > u.End || text[u.Start:u.End] != u.Word {
			continue
		}
		cs := utf8.RuneCountInString(text[:u.Start])
		arts = append(arts, spin.Artifact{Observed: u.Word, Start: cs, End: cs + utf8.RuneCountInString(u.Word), Type: "untranslated", Confidence: "high"})
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Start < arts[j].Start })
	return arts
}

// Treebank cuts the sentences of a CoNLL-U file (gzip) into documents of
// about words words, alternately clean and spun by sp: modern news and web
// text (UD French-GSD) to complement the older registers of the corpora.
func Treebank(path string, words, maxDocs int, seed uint64, sp SpinFunc) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	var docs []Doc
	var cur []string
	n := 0
	flush := func() {
		if len(cur) == 0 || (maxDocs > 0 && len(docs) >= maxDocs) {
			return
		}
		text := strings.Join(cur, "\n")
		docs = append(docs, alternate(len(docs), fmt.Sprintf("%s#%d", filepath.Base(path), len(docs)), text, seed, sp))
		cur, n = nil, 0
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		if s, ok := strings.CutPrefix(sc.Text(), "# text = "); ok {
			cur = append(cur, s)
			if n += len(strings.Fields(s)); n >= words {
				flush()
			}
		}
	}
	flush()
	return docs, sc.Err()
}
