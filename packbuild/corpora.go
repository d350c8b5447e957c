package packbuild

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/unspin-project/unspin/internal/bin"
)

// Split names. Documents are assigned by a hash of corpus name and document
// id: 5% test (never used by any pack or tuning), 5% dev (held out from
// pack training, used for tuning and for the perplexity a pack reports),
// the rest train.
const (
	Train = "train"
	Dev   = "dev"
	Test  = "test"
)

// SplitRule documents the rule for the pack header.
const SplitRule = "by document: FNV-1a(corpus + \"/\" + doc id) mod 100: 0-4 test, 5-9 dev, 10-99 train"

// SplitOf returns the split of a document.
func SplitOf(corpus, doc string) string {
	switch h := bin.Hash(corpus+"/"+doc) % 100; {
	case h < 5:
		return Test
	case h < 10:
		return Dev
	default:
		return Train
	}
}

// Doc is one document of a corpus.
type Doc struct {
	Corpus string
	ID     string
	Lines  []string
}

// corpusSpec names a corpus file and how documents are delimited in it.
type corpusSpec struct {
	Name     string // stable corpus name used in the split hash
	Path     string // relative to the data directory
	Manifest string // commonvoice manifest (source file, first line, count)
	Format   string // "manifest", "legifrance", "wiki", "blank", "chunk"
}

func corporaFor(lang string) []corpusSpec {
	switch lang {
	case "fr":
		var out []corpusSpec
		for _, sub := range []string{"debats-assemblee-nationale", "gutenberg", "libretheatre", "wikisource", "framabook"} {
			out = append(out, corpusSpec{Name: "commonvoice-fr/" + sub, Path: "corpora/fr/commonvoice-fr/" + sub + ".txt.gz",
				Manifest: "corpora/fr/commonvoice-fr/manifest-" + sub + ".tsv", Format: "manifest"})
		}
		// The French LibreOffice help and Debian handbook are left out: they
		// carry untranslated English and code, which would make English
		// words look French.
		return append(out,
			corpusSpec{Name: "legifrance", Path: "corpora/fr/legifrance/codes-en-vigueur-2020.txt.gz", Format: "legifrance"},
		)
	case "en":
		return []corpusSpec{
			{Name: "enwiki-2015-part", Path: "corpora/en/enwiki-2015-part/enwiki-2015-part.wikiextractor.txt.gz", Format: "wiki"},
			{Name: "enwiki-2021", Path: "corpora/en/enwiki-2021/enwiki-2021-pageids-56.5M-57.0M.wikiextractor.txt.gz", Format: "wiki"},
			{Name: "common-voice-sentences-2021/en", Path: "corpora/multi/common-voice-sentences-2021/en.txt.gz", Format: "chunk"},
			{Name: "libreoffice-help/en", Path: "corpora/multi/libreoffice-help/lohelp_en-US.txt.gz", Format: "blank"},
			{Name: "debian-handbook/en", Path: "corpora/multi/debian-handbook/debian-handbook_en-US.txt.gz", Format: "blank"},
		}
	}
	return nil
}

// readDocs streams the documents of one corpus. maxDocs > 0 stops early.
func readDocs(dataDir string, c corpusSpec, maxDocs int, emit func(Doc)) error {
	f, err := os.Open(filepath.Join(dataDir, c.Path))
	if err != nil {
		return fmt.Errorf("packbuild: %w", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("packbuild: %s: %w", c.Path, err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	doc := Doc{Corpus: c.Name}
	flush := func() bool {
		if len(doc.Lines) > 0 && doc.ID != "" {
			emit(doc)
			n++
		}
		doc = Doc{Corpus: c.Name}
		return maxDocs > 0 && n >= maxDocs
	}
	var bounds []manifestEntry
	if c.Format == "manifest" {
		if bounds, err = readManifest(filepath.Join(dataDir, c.Manifest)); err != nil {
			return err
		}
	}
	line, bi, blank := 0, 0, 0
	title := false
	for sc.Scan() {
		text := sc.Text()
		line++
		switch c.Format {
		case "manifest":
			for bi < len(bounds) && line >= bounds[bi].first+bounds[bi].count {
				bi++
			}
			if bi < len(bounds) && line == bounds[bi].first {
				if flush() {
					return nil
				}
				doc.ID = bounds[bi].file
			}
			if doc.ID == "" {
				doc.ID = "line" + strconv.Itoa(line)
			}
			doc.Lines = append(doc.Lines, text)
		case "legifrance":
			if strings.HasPrefix(text, "@@ ") {
				if flush() {
					return nil
				}
				doc.ID = text[3:]
				continue
			}
			if strings.HasPrefix(text, "# ") {
				continue
			}
			doc.Lines = append(doc.Lines, text)
		case "wiki":
			if strings.HasPrefix(text, "<doc ") {
				if flush() {
					return nil
				}
				doc.ID = attr(text, "id")
				title = true
				continue
			}
			if text == "</doc>" || text == "" {
				continue
			}
			if title {
				title = false // the first line repeats the title
				continue
			}
			doc.Lines = append(doc.Lines, text)
		case "blank":
			if strings.TrimSpace(text) == "" {
				blank++
				if flush() {
					return nil
				}
				continue
			}
			if doc.ID == "" {
				doc.ID = "page" + strconv.Itoa(blank)
			}
			doc.Lines = append(doc.Lines, text)
		case "chunk":
			if doc.ID == "" {
				doc.ID = "chunk" + strconv.Itoa(line/200)
			}
			doc.Lines = append(doc.Lines, text)
			if line%200 == 199 && flush() {
				return nil
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("packbuild: %s: %w", c.Path, err)
	}
	flush()
	return nil
}

type manifestEntry struct {
	file         string
	first, count int
}

func readManifest(path string) ([]manifestEntry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("packbuild: %w", err)
	}
	var out []manifestEntry
	for _, l := range strings.Split(string(data), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			continue
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, manifestEntry{f[0], a, b})
	}
	return out, nil
}

func attr(tag, name string) string {
	i := strings.Index(tag, name+"=\"")
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name)+2:]
	if j := strings.IndexByte(rest, '"'); j >= 0 {
		return rest[:j]
	}
	return ""
}

// ReadSplit streams the documents of one split of a language's corpora
// (maxDocs per corpus, 0 = all) for evaluation.
func ReadSplit(dataDir, lang, split string, maxDocs int, emit func(Doc)) error {
	for _, c := range corporaFor(lang) {
		n := 0
		err := readDocs(dataDir, c, 0, func(d Doc) {
			if SplitOf(d.Corpus, d.ID) != split || (maxDocs > 0 && n >= maxDocs) {
				return
			}
			n++
			emit(d)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
