package packbuild

import (
	"bufio"
	"path/filepath"
	"strings"

	"github.com/unspin-project/unspin/thesaurus"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
)

// parseGrammalecte turns Grammalecte tags (":N:A:m:s/*") into analyses.
func parseGrammalecte(lemma, tags string) []types.Analysis {
	if i := strings.IndexByte(tags, '/'); i >= 0 {
		tags = tags[:i]
	}
	fields := strings.Split(strings.TrimPrefix(tags, ":"), ":")
	var g types.Gender
	var n types.Number
	var form types.VerbForm
	var pos []types.POS
	for _, f := range fields {
		switch {
		case f == "N":
			pos = append(pos, types.Noun)
		case f == "A":
			pos = append(pos, types.Adj)
		case f == "W" || f == "X":
			pos = append(pos, types.Adv)
		case f == "J":
			pos = append(pos, types.Interj)
		case strings.HasPrefix(f, "M"):
			pos = append(pos, types.ProperNoun)
		case strings.HasPrefix(f, "V"):
			pos = append(pos, types.Verb)
			form = types.Finite
		case f == "Y":
			form = types.Infinitive
		case f == "Q":
			form = types.PastPart
		case f == "P":
			form = types.Gerund
		case f == "G":
		case strings.HasPrefix(f, "D"):
			pos = append(pos, types.Det)
		case strings.HasPrefix(f, "R"):
			pos = append(pos, types.Prep)
		case strings.HasPrefix(f, "C"):
			pos = append(pos, types.Conj)
		case strings.HasPrefix(f, "O"):
			pos = append(pos, types.Pron)
		case f == "m":
			g = types.Masc
		case f == "f":
			g = types.Fem
		case f == "e":
			g = types.Epicene
		case f == "s":
			n = types.Sing
		case f == "p":
			n = types.Plur
		case f == "i":
			n = types.Invariable
		}
	}
	if len(pos) == 0 {
		pos = []types.POS{types.Other}
	}
	var out []types.Analysis
	for _, p := range pos {
		a := types.Analysis{Lemma: lemma, POS: p, Gender: g, Number: n}
		if p == types.Verb {
			a.Form = form
			if form != types.PastPart {
				a.Gender, a.Number = types.GenderNone, types.NumberNone
			}
		}
		out = append(out, a)
	}
	return out
}

// frenchForms reads Grammalecte, Lefff noun genders and hunspell-fr stems.
// Finite verb forms never seen in the corpora or subtitles are left out to
// keep the pack small; every other dictionary form is kept.
func frenchForms(dataDir string, cd *corpusData, subs map[string]uint32) (forms, error) {
	fs := forms{}
	r, closeFn, err := openMaybeGzip(filepath.Join(dataDir, "lexica/grammalecte-fr-lexicon/fr-allvars.form-lemma-tags.tsv.gz"))
	if err != nil {
		return nil, err
	}
	defer closeFn()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		form := tokenization.Normalize(f[0])
		seen := cd.stats[form] != nil || subs[form] > 0
		for _, a := range parseGrammalecte(f[1], f[2]) {
			if a.POS == types.Verb && a.Form == types.Finite && !seen {
				continue
			}
			fs.add(form, a, true)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var genders map[string]string
	if err := readGzipJSON(filepath.Join(dataDir, "lexica/npm-lexica/french-words-gender-lefff__words.json.gz"), &genders); err != nil {
		return nil, err
	}
	for _, w := range sortedKeys(genders) {
		form := tokenization.Normalize(w)
		if fs.hasPOS(form, types.Noun) || strings.ContainsAny(w, " .") {
			continue
		}
		g := types.Masc
		if genders[w] == "F" {
			g = types.Fem
		}
		fs.add(form, types.Analysis{Lemma: form, POS: types.Noun, Gender: g, Number: types.Sing}, true)
	}
	hr, hclose, err := openMaybeGzip("/usr/share/hunspell/fr.dic")
	if err != nil {
		return nil, err
	}
	defer hclose()
	hs := bufio.NewScanner(hr)
	first := true
	for hs.Scan() {
		if first {
			first = false
			continue
		}
		w := hs.Text()
		if i := strings.IndexAny(w, "/\t "); i >= 0 {
			w = w[:i]
		}
		if w == "" {
			continue
		}
		fs.get(tokenization.Normalize(w)).dict = true
	}
	return fs, hs.Err()
}

// frenchThesaurus reads mythes-fr and WOLF synsets.
func frenchThesaurus(dataDir string, b *thesaurus.Builder) error {
	if err := readMyThes("/usr/share/mythes/thes_fr.dat", b); err != nil {
		return err
	}
	return readWordnetTab(filepath.Join(dataDir, "lexica/omw-data/fra__wn-data-fra.tab.gz"), b)
}

// readWordnetTab links the lemmas of each synset of an OMW .tab file.
func readWordnetTab(path string, b *thesaurus.Builder) error {
	r, closeFn, err := openMaybeGzip(path)
	if err != nil {
		return err
	}
	defer closeFn()
	synsets := map[string][]string{}
	var order []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || !strings.HasSuffix(f[1], ":lemma") {
			continue
		}
		if _, ok := synsets[f[0]]; !ok {
			order = append(order, f[0])
		}
		synsets[f[0]] = append(synsets[f[0]], tokenization.Normalize(strings.TrimSpace(f[2])))
	}
	for _, id := range order {
		linkSynset(b, synsets[id], thesaurus.WordNet)
	}
	return sc.Err()
}

// linkSynset links every pair of members of a synset of reasonable size.
func linkSynset(b *thesaurus.Builder, words []string, src thesaurus.Source) {
	if len(words) > 16 {
		return
	}
	for _, a := range words {
		for _, c := range words {
			b.Add(a, c, src)
		}
	}
}

// readMyThes reads a LibreOffice thesaurus (.dat): "word|n" then n lines
// "(pos)|syn|syn (generic term)|...". Antonyms, generic and related terms
// are not synonyms and are skipped.
func readMyThes(path string, b *thesaurus.Builder) error {
	r, closeFn, err := openMaybeGzip(path)
	if err != nil {
		return err
	}
	defer closeFn()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	head := ""
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "(") {
			if i := strings.IndexByte(line, '|'); i > 0 {
				head = tokenization.Normalize(line[:i])
			}
			continue
		}
		parts := strings.Split(line, "|")
		for _, p := range parts[1:] {
			if strings.Contains(p, "(antonym)") || strings.Contains(p, "(generic term)") || strings.Contains(p, "(related term)") {
				continue
			}
			p = strings.TrimSpace(strings.ReplaceAll(p, "(similar term)", ""))
			if p != "" {
				b.Add(head, tokenization.Normalize(p), thesaurus.MyThes)
			}
		}
	}
	return sc.Err()
}
