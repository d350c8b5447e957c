package packbuild

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/types"
)

// formInfo is what the dictionaries say about a form.
type formInfo struct {
	analyses []types.Analysis
	dict     bool
}

type forms map[string]*formInfo

func (f forms) get(form string) *formInfo {
	fi := f[form]
	if fi == nil {
		fi = &formInfo{}
		f[form] = fi
	}
	return fi
}

// add records an analysis once.
func (f forms) add(form string, a types.Analysis, dict bool) {
	fi := f.get(form)
	fi.dict = fi.dict || dict
	for _, b := range fi.analyses {
		if b == a {
			return
		}
	}
	fi.analyses = append(fi.analyses, a)
}

func (f forms) hasPOS(form string, p types.POS) bool {
	if fi := f[form]; fi != nil {
		for _, a := range fi.analyses {
			if a.POS == p {
				return true
			}
		}
	}
	return false
}

// readFreqList reads "word count" lines (OpenSubtitles lists).
func readFreqList(path string) (map[string]uint32, error) {
	r, closeFn, err := openMaybeGzip(path)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	out := map[string]uint32{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		n, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil {
			continue
		}
		out[f[0]] += uint32(n)
	}
	return out, sc.Err()
}

// MinSubtitleCount is the subtitle count from which a form joins the
// lexicon without dictionary or corpus support.
const MinSubtitleCount = 300

// lexiconSources merges dictionary forms and corpus statistics into the
// records the lexicon encoder takes, most frequent first. Corpus-only forms
// need minCorpus occurrences.
func lexiconSources(fs forms, cd *corpusData, subs map[string]uint32, stop map[string]bool, minCorpus uint32) []lexicon.Source {
	var out []lexicon.Source
	seen := map[string]bool{}
	addForm := func(form string) {
		if seen[form] {
			return
		}
		seen[form] = true
		s := lexicon.Source{Form: form, SubsCount: subs[form]}
		if st := cd.stats[form]; st != nil {
			s.Count, s.CapsMid, s.SeenMid = st.count, st.capsMid, st.seenMid
		}
		if fi := fs[form]; fi != nil {
			s.Analyses = fi.analyses
			if fi.dict {
				s.Flags |= lexicon.InDictionary
			}
		}
		if stop[form] {
			s.Flags |= lexicon.Stopword
		}
		out = append(out, s)
	}
	for form := range fs {
		addForm(form)
	}
	for form, st := range cd.stats {
		if st.count >= minCorpus {
			addForm(form)
		}
	}
	// Words frequent in subtitles belong to today's language even when the
	// corpora lack them (loanwords such as "people", "story").
	for form, c := range subs {
		if c >= MinSubtitleCount {
			addForm(form)
		}
	}
	sortSources(out)
	return out
}

func sortSources(s []lexicon.Source) {
	sortSlice(s, func(a, b lexicon.Source) bool {
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Form < b.Form
	})
}
