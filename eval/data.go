package eval

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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
}

// Synthetic cuts the split's documents into pieces of about Words words,
// alternately kept clean and spun by sp, taking documents from every
// corpus in turn so that no register dominates.
func Synthetic(opt SyntheticOptions, sp *spin.Spinner) ([]Doc, error) {
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
	var docs []Doc
	for round := 0; len(docs) < opt.Docs; round++ {
		added := false
		for _, c := range order {
			if round >= len(perCorpus[c]) || len(docs) >= opt.Docs {
				continue
			}
			added = true
			text := perCorpus[c][round]
			id := fmt.Sprintf("%s#%d", c, round)
			if len(docs)%2 == 0 {
				docs = append(docs, Doc{ID: id, Text: text, Clean: true})
				continue
			}
			spun, gold := sp.Spin(text, opt.Seed+uint64(len(docs)))
			docs = append(docs, Doc{ID: id, Text: spun, Gold: gold})
		}
		if !added {
			break
		}
	}
	return docs, nil
}

// Treebank cuts the sentences of a CoNLL-U file (gzip) into documents of
// about words words, alternately clean and spun by sp: modern news and web
// text (UD French-GSD) to complement the older registers of the corpora.
func Treebank(path string, words, maxDocs int, seed uint64, sp *spin.Spinner) ([]Doc, error) {
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
		id := fmt.Sprintf("%s#%d", filepath.Base(path), len(docs))
		if len(docs)%2 == 0 {
			docs = append(docs, Doc{ID: id, Text: text, Clean: true})
		} else {
			spun, gold := sp.Spin(text, seed+uint64(len(docs)))
			docs = append(docs, Doc{ID: id, Text: spun, Gold: gold})
		}
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
