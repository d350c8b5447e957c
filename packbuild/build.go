// Package packbuild builds unspin language packs from named sources:
// Debian packages (hunspell, mythes, WordNet), npm packages and the corpora
// and lexica in ../shared/data. The same inputs give the same bytes.
package packbuild

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/thesaurus"
)

// Version identifies the builder's output. Bump it whenever a change here
// changes pack bytes; CI fails when a committed pack was built by another
// version.
const Version = "2026.11.28-1"

// Config controls a build.
type Config struct {
	DataDir string // ../shared/data
	// MaxDocs limits documents per corpus (0 = all); tests use it for a
	// quick build.
	MaxDocs int
	Log     io.Writer
}

// langParams hold per-language pruning chosen to meet the pack budget.
type langParams struct {
	minCorpus uint32 // corpus-only forms need this many occurrences
	lm        languagemodel.TrainOptions
}

var params = map[string]langParams{
	"fr": {minCorpus: 3, lm: languagemodel.TrainOptions{MinCount: 3, MaxVocab: 200000, MinBigram: 2, MinTri: 3}},
	"en": {minCorpus: 10, lm: languagemodel.TrainOptions{MinCount: 5, MaxVocab: 100000, MinBigram: 4, MinTri: 5}},
}

// Result is one built pack.
type Result struct {
	Lang     string
	Data     []byte
	Manifest Manifest
}

// Manifest is written beside each committed pack.
type Manifest struct {
	Lang          string            `json:"lang"`
	File          string            `json:"file"`
	SHA256        string            `json:"sha256"`
	Bytes         int               `json:"bytes"`
	FormatVersion int               `json:"format_version"`
	Builder       string            `json:"builder_version"`
	Sources       []pack.Source     `json:"sources"`
	Stats         map[string]string `json:"stats"`
}

type langData struct {
	lang    string
	cd      *corpusData
	forms   forms
	subs    map[string]uint32
	thes    *thesaurus.Builder
	sources []pack.Source
}

func (c Config) logf(format string, args ...any) {
	if c.Log != nil {
		fmt.Fprintf(c.Log, time.Now().Format("15:04:05 ")+format+"\n", args...)
	}
}

// Build builds the French and English packs. Both are built together
// because each records the words it shares with the other.
func Build(ctx context.Context, cfg Config) ([]Result, error) {
	stop, err := readStopwords(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	langs := []string{"fr", "en"}
	data := make([]*langData, len(langs))
	errs := make([]error, len(langs))
	var wg sync.WaitGroup
	for i, lang := range langs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			other := langs[1-i]
			data[i], errs[i] = loadLang(ctx, cfg, lang, stop[lang], stop[other])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	results := make([]Result, len(langs))
	for i := range langs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = finish(ctx, cfg, data[i], data[1-i], stop[langs[i]])
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return results, nil
}

func loadLang(ctx context.Context, cfg Config, lang string, own, other map[string]bool) (*langData, error) {
	ld := &langData{lang: lang, thes: thesaurus.NewBuilder()}
	var err error
	if ld.sources, err = describeSources(cfg.DataDir, sourcesFor(lang)); err != nil {
		return nil, err
	}
	cfg.logf("%s: reading corpora", lang)
	if ld.cd, err = loadCorpora(cfg.DataDir, lang, cfg.MaxDocs, own, other); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cfg.logf("%s: %d train sentences, %d dev, %d word tokens, %d lines dropped as foreign", lang, len(ld.cd.train), len(ld.cd.dev), ld.cd.tokens, ld.cd.droppedLines)
	if ld.subs, err = readFreqList(filepath.Join(cfg.DataDir, "lexica/frequencywords-opensubtitles2018", lang+"_50k.txt.gz")); err != nil {
		return nil, err
	}
	switch lang {
	case "fr":
		if ld.forms, err = frenchForms(cfg.DataDir, ld.cd, ld.subs); err != nil {
			return nil, err
		}
		err = frenchThesaurus(cfg.DataDir, ld.thes)
	case "en":
		if ld.forms, err = englishForms(cfg.DataDir, ld.cd); err != nil {
			return nil, err
		}
		err = englishThesaurus(cfg.DataDir, ld.thes)
	}
	if err != nil {
		return nil, err
	}
	cfg.logf("%s: %d dictionary forms, %d thesaurus links", lang, len(ld.forms), ld.thes.Links())
	return ld, nil
}

// homographCount returns the count of a form in the other language when it
// is a real word there: in a dictionary and seen in its corpora.
func homographCount(other *langData, form string) uint32 {
	fi := other.forms[form]
	st := other.cd.stats[form]
	if fi == nil || !fi.dict || st == nil {
		return 0
	}
	return st.count
}

func finish(ctx context.Context, cfg Config, ld, other *langData, stop map[string]bool) (Result, error) {
	p := params[ld.lang]
	src := lexiconSources(ld.forms, ld.cd, ld.subs, stop, p.minCorpus)
	homographs := 0
	for i := range src {
		if src[i].Flags&lexicon.InDictionary == 0 && src[i].Count < 5 {
			continue
		}
		if c := homographCount(other, src[i].Form); c > 0 {
			src[i].OtherCount = c
			homographs++
		}
	}
	var subsTotal uint64
	for _, c := range ld.subs {
		subsTotal += uint64(c)
	}
	lex := lexicon.Encode(src, lexicon.Totals{Corpus: ld.cd.tokens, Subs: subsTotal, Other: other.cd.tokens, OtherLang: other.lang})
	thes := ld.thes.Encode()
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	cfg.logf("%s: training the word language model", ld.lang)
	corpus := func(s [][]string) languagemodel.Corpus {
		return func(emit func([]string)) {
			for _, x := range s {
				emit(x)
			}
		}
	}
	lmOpt := p.lm
	lmOpt.UnigramPrior, lmOpt.PriorWeight, lmOpt.PriorMinCount = ld.subs, 0.3, 200
	lm, st, err := languagemodel.Train(corpus(ld.cd.train), corpus(ld.cd.dev), lmOpt)
	if err != nil {
		return Result{}, err
	}
	model, err := languagemodel.Decode(lm)
	if err != nil {
		return Result{}, err
	}
	ppl, pplN := model.HeldOut()
	cfg.logf("%s: LM vocab %d, bigrams %d, trigrams %d, dev perplexity %.1f over %d tokens", ld.lang, st.Vocab, st.Bigrams, st.Trigrams, ppl, pplN)
	charWords := map[string]uint32{}
	for _, s := range src {
		if s.Flags&lexicon.InDictionary != 0 && s.Count > 0 {
			charWords[s.Form] = s.Count
		}
	}
	chars := languagemodel.EncodeCharModel(charWords, 17)
	h := pack.Header{
		Lang: ld.lang, SpinnerLang: other.lang, DataVersion: Version, Sources: ld.sources, HeldOutSplit: SplitRule,
		Stats: map[string]string{
			"forms":               strconv.Itoa(len(src)),
			"homographs":          strconv.Itoa(homographs),
			"thesaurus_links":     strconv.Itoa(ld.thes.Links()),
			"corpus_word_tokens":  strconv.FormatUint(ld.cd.tokens, 10),
			"lm_train_tokens":     strconv.FormatUint(st.Tokens, 10),
			"lm_vocab":            strconv.Itoa(st.Vocab),
			"lm_bigrams":          strconv.Itoa(st.Bigrams),
			"lm_trigrams":         strconv.Itoa(st.Trigrams),
			"lm_dev_perplexity":   strconv.FormatFloat(ppl, 'f', 1, 64),
			"lm_dev_tokens":       strconv.FormatUint(pplN, 10),
			"docs_train":          strconv.Itoa(ld.cd.docs[Train]),
			"docs_dev":            strconv.Itoa(ld.cd.docs[Dev]),
			"docs_test":           strconv.Itoa(ld.cd.docs[Test]),
			"max_docs_per_corpus": strconv.Itoa(cfg.MaxDocs),
		},
	}
	out, err := pack.Encode(h, []string{pack.SecLexicon, pack.SecThesaurus, pack.SecWordLM, pack.SecCharLM}, [][]byte{lex, thes, lm, chars})
	if err != nil {
		return Result{}, err
	}
	sum := sha256.Sum256(out)
	cfg.logf("%s: pack %d bytes (lexicon %d, thesaurus %d, word LM %d, char LM %d)", ld.lang, len(out), len(lex), len(thes), len(lm), len(chars))
	return Result{Lang: ld.lang, Data: out, Manifest: Manifest{
		Lang: ld.lang, File: ld.lang + ".pack", SHA256: hex.EncodeToString(sum[:]), Bytes: len(out),
		FormatVersion: pack.FormatVersion, Builder: Version, Sources: ld.sources, Stats: h.Stats,
	}}, nil
}

// Write stores a result as <dir>/<lang>.pack and <dir>/MANIFEST.json.
func Write(dir string, r Result) error {
	if err := os.WriteFile(filepath.Join(dir, r.Manifest.File), r.Data, 0o644); err != nil {
		return fmt.Errorf("packbuild: %w", err)
	}
	mj, err := json.MarshalIndent(r.Manifest, "", "  ")
	if err != nil {
		return fmt.Errorf("packbuild: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, "MANIFEST.json"), append(mj, '\n'), 0o644)
}

// BuildAndWrite builds both packs and writes each into <outDir>/<lang>/,
// printing one line per pack to w.
func BuildAndWrite(ctx context.Context, cfg Config, outDir string, w io.Writer) error {
	results, err := Build(ctx, cfg)
	if err != nil {
		return err
	}
	for _, r := range results {
		dir := filepath.Join(outDir, r.Lang)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("packbuild: %w", err)
		}
		if err := Write(dir, r); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s %d bytes sha256 %s\n", filepath.Join(dir, r.Manifest.File), r.Manifest.Bytes, r.Manifest.SHA256)
	}
	return nil
}
