package packbuild

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// wordStat counts a normalized word form in the train split.
type wordStat struct {
	count, capsMid, seenMid uint32
}

// corpusData is what the builder keeps of a language's corpora.
type corpusData struct {
	train, dev   [][]string
	stats        map[string]*wordStat
	tokens       uint64 // word tokens counted in stats
	docs         map[string]int
	droppedLines int
	interned     map[string]string
}

func (c *corpusData) intern(s string) string {
	if v, ok := c.interned[s]; ok {
		return v
	}
	c.interned[s] = s
	return s
}

// sentences splits a line's tokens into LM sentences at sentence starts.
func sentences(toks []types.Token, intern func(string) string, emit func([]string)) {
	var cur []string
	for i, t := range toks {
		if languagemodel.NewSentence(toks, i) && len(cur) > 0 {
			emit(cur)
			cur = nil
		}
		if w := languagemodel.TokenWord(t); w != "" {
			cur = append(cur, intern(w))
		}
	}
	if len(cur) > 0 {
		emit(cur)
	}
}

// loadCorpora reads every corpus of a language, keeps train and dev
// sentences for the language model and counts word forms on train.
func loadCorpora(dataDir, lang string, maxDocs int, own, other map[string]bool) (*corpusData, error) {
	cd := &corpusData{stats: map[string]*wordStat{}, docs: map[string]int{}, interned: map[string]string{}}
	opt := tokenization.ForLang(lang)
	var toks []types.Token
	for _, c := range corporaFor(lang) {
		err := readDocs(dataDir, c, maxDocs, func(d Doc) {
			split := SplitOf(d.Corpus, d.ID)
			cd.docs[split]++
			if split == Test {
				return
			}
			for _, line := range d.Lines {
				toks = tokenization.AppendTokens(toks[:0], line, opt)
				if foreign(toks, own, other) {
					cd.droppedLines++
					continue
				}
				dst := &cd.train
				if split == Dev {
					dst = &cd.dev
				}
				sentences(toks, cd.intern, func(s []string) { *dst = append(*dst, s) })
				if split != Train {
					continue
				}
				for _, t := range toks {
					if t.Kind != types.Word && t.Kind != types.Elision {
						continue
					}
					st := cd.stats[t.Norm]
					if st == nil {
						st = &wordStat{}
						cd.stats[cd.intern(t.Norm)] = st
					}
					st.count++
					cd.tokens++
					if !t.SentStart && t.Kind == types.Word {
						st.seenMid++
						if tokenization.IsCapitalized(t.Text) {
							st.capsMid++
						}
					}
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	cd.interned = nil
	return cd, nil
}

// foreign reports a line written mostly in the other language, judged by
// function words that belong to one language only.
func foreign(toks []types.Token, own, other map[string]bool) bool {
	o, f := 0, 0
	for _, t := range toks {
		if t.Kind != types.Word {
			continue
		}
		inOwn, inOther := own[t.Norm], other[t.Norm]
		switch {
		case inOwn && !inOther:
			o++
		case inOther && !inOwn:
			f++
		}
	}
	return f >= 3 && f > 2*o
}

// readStopwords returns the stopword sets of two languages, each without
// the words they share.
func readStopwords(dataDir string) (map[string]map[string]bool, error) {
	var raw map[string][]string
	if err := readGzipJSON(filepath.Join(dataDir, "lexica/npm-lexica/stopwords-iso.json.gz"), &raw); err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{}
	for _, l := range []string{"fr", "en"} {
		out[l] = map[string]bool{}
		for _, w := range raw[l] {
			out[l][tokenization.Normalize(w)] = true
		}
	}
	return out, nil
}

func readGzipJSON(path string, v any) error {
	r, closeFn, err := openMaybeGzip(path)
	if err != nil {
		return err
	}
	defer closeFn()
	if err := json.NewDecoder(r).Decode(v); err != nil {
		return fmt.Errorf("packbuild: %s: %w", path, err)
	}
	return nil
}

func openMaybeGzip(path string) (io.Reader, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("packbuild: %w", err)
	}
	if filepath.Ext(path) != ".gz" {
		return f, func() { f.Close() }, nil
	}
	gz, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("packbuild: %s: %w", path, err)
	}
	return gz, func() { gz.Close(); f.Close() }, nil
}
