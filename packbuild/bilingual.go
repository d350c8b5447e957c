package packbuild

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/bilingual"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
)

// LinksVersion is the version of the translation-table builder: change it
// when the same sources would give different bytes.
const LinksVersion = "2026.11.28-1"

// maxTranslations bounds the links kept per word.
const maxTranslations = 12

// linkSources are the inputs of the translation tables:
// French wordnets keyed by Princeton WordNet synsets, joined with the
// English synsets.
func linkSources() []sourceSpec {
	return []sourceSpec{
		{Name: "wolf", Path: "lexica/omw-data/fra__wn-data-fra.tab.gz", Version: "omw-data f75be19 (WOLF)", License: "CeCILL-C", Use: "French lemmas of WordNet synsets"},
		{Name: "wikt-fra", Path: "lexica/omw-data/wikt__wn-wikt-fra.tab.gz", Version: "omw-data f75be19 (Wiktionary-derived, Bond & Foster 2013)", License: "CC BY-SA", Use: "French lemmas of WordNet synsets"},
		{Name: "wordnet-noun", Path: "/usr/share/wordnet/data.noun", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "English lemmas of synsets"},
		{Name: "wordnet-verb", Path: "/usr/share/wordnet/data.verb", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "English lemmas of synsets"},
		{Name: "wordnet-adj", Path: "/usr/share/wordnet/data.adj", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "English lemmas of synsets"},
		{Name: "wordnet-adv", Path: "/usr/share/wordnet/data.adv", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "English lemmas of synsets"},
	}
}

// LinksManifest describes a built translation table.
type LinksManifest struct {
	From           string        `json:"from"`
	To             string        `json:"to"`
	File           string        `json:"file"`
	SHA256         string        `json:"sha256"`
	Bytes          int           `json:"bytes"`
	FormatVersion  int           `json:"format_version"`
	BuilderVersion string        `json:"builder_version"`
	Words          int           `json:"words"`
	Sources        []pack.Source `json:"sources"`
}

// Links is a built translation table and its manifest.
type Links struct {
	From, To string
	Data     []byte
	Manifest []byte
}

// File returns the table's file name, e.g. fr-en.links.
func (l Links) File() string { return l.From + "-" + l.To + ".links" }

// BuildLinks builds the French → English and English → French
// translation tables from the shared data directory and the Debian
// packages, with their manifests: a French and an English lemma are
// linked when they share a synset.
func BuildLinks(dataDir string) ([]Links, error) {
	specs := linkSources()
	en := map[string][]string{} // synset id -> single English words
	for _, p := range wordnetPOS {
		if err := wordnetSynsetIDs(p.file, func(id string, words []string) {
			for _, w := range words {
				if !strings.Contains(w, " ") {
					en[id] = append(en[id], w)
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	frEn, enFr := bilingual.NewBuilder("fr", "en"), bilingual.NewBuilder("en", "fr")
	for _, s := range specs[:2] {
		fr, err := readOMWLemmas(s.path(dataDir))
		if err != nil {
			return nil, err
		}
		ids := make([]string, 0, len(fr))
		for id := range fr {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			for _, f := range fr[id] {
				for _, e := range en[id] {
					frEn.Add(f, e)
					enFr.Add(e, f)
				}
			}
		}
	}
	srcs, err := describeSources(dataDir, specs)
	if err != nil {
		return nil, err
	}
	var out []Links
	for _, b := range []*bilingual.Builder{frEn, enFr} {
		data := b.Encode(maxTranslations)
		t, err := bilingual.Decode(data)
		if err != nil {
			return nil, err
		}
		h := sha256.Sum256(data)
		l := Links{From: t.From, To: t.To, Data: data}
		m := LinksManifest{From: t.From, To: t.To, File: l.File(), SHA256: hex.EncodeToString(h[:]), Bytes: len(data), FormatVersion: bilingual.FormatVersion,
			BuilderVersion: LinksVersion, Words: t.Len(), Sources: srcs}
		mj, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("packbuild: %w", err)
		}
		l.Manifest = append(mj, '\n')
		out = append(out, l)
	}
	return out, nil
}

// readOMWLemmas reads an Open Multilingual Wordnet table: synset id ->
// single-word lemmas (lower case), each once.
func readOMWLemmas(path string) (map[string][]string, error) {
	r, closeFn, err := openMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	out := map[string][]string{}
	seen := map[[2]string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || !strings.HasSuffix(f[1], ":lemma") {
			continue
		}
		w := tokenization.Normalize(strings.TrimSpace(f[2]))
		if w == "" || strings.Contains(w, " ") || seen[[2]string{f[0], w}] {
			continue
		}
		seen[[2]string{f[0], w}] = true
		out[f[0]] = append(out[f[0]], w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("packbuild: %s: %w", path, err)
	}
	return out, nil
}
