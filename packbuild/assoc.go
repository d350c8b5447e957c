package packbuild

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/unspin-project/unspin/association"
	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// AssocVersion is the version of the association-table builder: change it
// when the same sources would give different bytes.
const AssocVersion = "2026.11.28-1"

// AssocManifest describes a built association table.
type AssocManifest struct {
	Lang           string              `json:"lang"`
	File           string              `json:"file"`
	SHA256         string              `json:"sha256"`
	Bytes          int                 `json:"bytes"`
	FormatVersion  int                 `json:"format_version"`
	BuilderVersion string              `json:"builder_version"`
	Lemmas         int                 `json:"lemmas"`
	Sentences      uint32              `json:"sentences"`
	Options        association.Options `json:"options"`
	LemmasFrom     string              `json:"lemmas_from"` // the pack whose lexicon lemmatized the corpora
	Split          string              `json:"split"`
	Sources        []pack.Source       `json:"sources"`
}

// Assoc is a built association table and its manifest.
type Assoc struct {
	Lang     string
	Data     []byte
	Manifest []byte
}

// File returns the table's file name, e.g. fr.assoc.
func (a Assoc) File() string { return a.Lang + ".assoc" }

// BuildAssoc counts which content lemmas share sentences in the train split
// of a language's corpora (the documents and lines its language model is
// trained on), lemmatized with lex, the lexicon of the pack whose SHA-256
// is packSum.
func BuildAssoc(dataDir, lang string, lex *lexicon.Lexicon, packSum string) (Assoc, error) {
	stop, err := readStopwords(dataDir)
	if err != nil {
		return Assoc{}, err
	}
	other := "en"
	if lang == "en" {
		other = "fr"
	}
	own, oth := stop[lang], stop[other]
	b := association.NewBuilder(lang, association.DefaultOptions)
	opt := tokenization.ForLang(lang)
	var toks []types.Token
	var lemmas []string
	var abuf []types.Analysis
	memo := map[string]string{}
	lemmaOf := func(norm string) string {
		if l, ok := memo[norm]; ok {
			return l
		}
		l := ""
		if id, ok := lex.ID(norm); ok {
			l, abuf = association.ContentLemma(lex, id, abuf)
		}
		memo[norm] = l
		return l
	}
	var specs []sourceSpec
	for _, c := range corporaFor(lang) {
		specs = append(specs, sourceSpec{Name: "corpus:" + c.Name, Path: c.Path, Version: sharedVersion, License: corpusLicense(c.Name), Use: "sentences counted (train split)"})
		if c.Manifest != "" {
			specs = append(specs, sourceSpec{Name: "manifest:" + c.Name, Path: c.Manifest, Version: sharedVersion, License: corpusLicense(c.Name), Use: "document boundaries"})
		}
		err := readDocs(dataDir, c, 0, func(d Doc) {
			if SplitOf(d.Corpus, d.ID) != Train {
				return
			}
			for _, line := range d.Lines {
				toks = tokenization.AppendTokens(toks[:0], line, opt)
				if foreign(toks, own, oth) {
					continue
				}
				lemmas = lemmas[:0]
				for i, t := range toks {
					if languagemodel.NewSentence(toks, i) && i > 0 {
						b.Sentence(lemmas)
						lemmas = lemmas[:0]
					}
					if t.Kind == types.Word {
						lemmas = append(lemmas, lemmaOf(t.Norm))
					}
				}
				b.Sentence(lemmas)
			}
		})
		if err != nil {
			return Assoc{}, err
		}
	}
	specs = append(specs, commonSources()...)
	srcs, err := describeSources(dataDir, specs)
	if err != nil {
		return Assoc{}, err
	}
	data := b.Encode()
	t, err := association.Decode(data)
	if err != nil {
		return Assoc{}, err
	}
	h := sha256.Sum256(data)
	m := AssocManifest{Lang: lang, File: lang + ".assoc", SHA256: hex.EncodeToString(h[:]), Bytes: len(data), FormatVersion: association.FormatVersion,
		BuilderVersion: AssocVersion, Lemmas: t.Len(), Sentences: t.Sentences, Options: association.DefaultOptions,
		LemmasFrom: AssocLemmasFrom(lang, packSum), Split: "train: " + SplitRule}
	m.Sources = srcs
	mj, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return Assoc{}, fmt.Errorf("packbuild: %w", err)
	}
	return Assoc{Lang: lang, Data: data, Manifest: append(mj, '\n')}, nil
}

// AssocLemmasFrom is how a manifest names the pack that lemmatized the
// corpora: its file and SHA-256.
func AssocLemmasFrom(lang, packSum string) string { return lang + ".pack sha256 " + packSum }
