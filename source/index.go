package source

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/unspin-project/unspin/languageid"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/tokenization"
)

// Document is a candidate source.
type Document struct {
	ID, URL, Title string
	Text           string
}

// Builder collects candidate sources into an Index. It is not safe for
// concurrent use.
type Builder struct {
	k     keyer
	ix    *Index
	words float64
}

// NewBuilder returns a builder of an index of sources in lang (a
// language with a registered pack).
func NewBuilder(lang string) (*Builder, error) {
	p, err := pack.Get(lang)
	if err != nil {
		return nil, fmt.Errorf("source: %w", err)
	}
	return &Builder{k: keyer{own: p, to: p}, ix: &Index{lang: lang, p: p, ids: map[string]int32{}}}, nil
}

// Add indexes one source. A text that is not valid UTF-8 is refused.
func (b *Builder) Add(d Document) error {
	if !utf8.ValidString(d.Text) {
		return fmt.Errorf("source: document %q is not valid UTF-8", d.ID)
	}
	ix := b.ix
	n := int32(len(ix.docs))
	var length float64
	keys := b.k.keys(d.Text)
	names := make([]string, 0, len(keys))
	for s := range keys {
		names = append(names, s)
	}
	sort.Strings(names) // postings in a deterministic order
	for _, s := range names {
		w := keys[s]
		id, ok := ix.ids[s]
		if !ok {
			id = int32(len(ix.keys))
			ix.ids[s] = id
			ix.keys = append(ix.keys, s)
			ix.post = append(ix.post, nil)
		}
		ix.post[id] = append(ix.post[id], posting{doc: n, tf: float32(w)})
		length += w
	}
	ix.docs = append(ix.docs, docInfo{ID: d.ID, URL: d.URL, Title: d.Title, length: float32(length)})
	b.words += length
	return nil
}

// Index returns the index of the sources added so far. The builder must
// not be used afterwards.
func (b *Builder) Index() *Index {
	ix := b.ix
	if len(ix.docs) > 0 {
		ix.avg = b.words / float64(len(ix.docs))
	}
	b.ix = nil
	return ix
}

// Index holds candidate sources for search. It is immutable and safe for
// concurrent use.
type Index struct {
	lang string
	p    *pack.Pack
	ids  map[string]int32 // key -> id
	keys []string
	post [][]posting // by key id, in document order
	docs []docInfo
	avg  float64 // mean document length in key weight
}

type posting struct {
	doc int32
	tf  float32
}

type docInfo struct {
	ID, URL, Title string
	length         float32
}

// Detect returns the language of text among the sources' and those with
// a translation table to it, the sources' when the text says too little.
func (ix *Index) Detect(text string) string {
	ps := []*pack.Pack{ix.p}
	for _, l := range pack.Languages() {
		if _, err := pack.Links(l, ix.lang); err == nil {
			if p, err := pack.Get(l); err == nil {
				ps = append(ps, p)
			}
		}
	}
	l, _, err := languageid.Detect(tokenization.Tokenize(text, tokenization.Options{Elisions: true}), ps)
	if err != nil || l == "" {
		return ix.lang
	}
	return l
}

// Len returns the number of sources.
func (ix *Index) Len() int { return len(ix.docs) }

// Lang returns the sources' language.
func (ix *Index) Lang() string { return ix.lang }

// Match is a candidate source of a text.
type Match struct {
	ID, URL, Title string
	// Score is the weight of the keys the text and the source share
	// (BM25 over names, numbers and translated words).
	Score float64
	// Confidence is the calibrated probability that this source is the
	// text's (set on the best match only; 0 on the others).
	Confidence float64
	Shared     Shared
	// Features are the signals the confidence is computed from (best
	// match only).
	Features map[string]float64
}

// Shared lists the keys a text and a source share, strongest first.
type Shared struct {
	Names   []string `json:"names"`
	Numbers []string `json:"numbers"`
	Words   []string `json:"words"`
}

// Weights of the key types: a shared name or number says more than a
// shared word of the same rarity, whose translation is a guess.
var typeWeight = map[string]float64{nameKey: 2, numberKey: 1.5, wordKey: 1}

// BM25 parameters.
const (
	k1 = 1.2
	bm = 0.75
)

// maxShared bounds the keys of each type listed in a match.
const maxShared = 8

// ErrEmpty is returned when the index holds no source.
var ErrEmpty = errors.New("source: the index holds no source")

// Search returns the best k candidate sources of text, written in lang
// ("" detects it: Detect), best first. ctx is checked every few thousand
// postings.
func (ix *Index) Search(ctx context.Context, text, lang string, k int) ([]Match, error) {
	if len(ix.docs) == 0 {
		return nil, ErrEmpty
	}
	if !utf8.ValidString(text) {
		return nil, errors.New("source: text is not valid UTF-8")
	}
	if lang == "" {
		lang = ix.Detect(text)
	}
	kr := keyer{own: ix.p, to: ix.p}
	if lang != ix.lang {
		p, err := pack.Get(lang)
		if err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		links, err := pack.Links(lang, ix.lang)
		if err != nil {
			return nil, fmt.Errorf("source: %w", err)
		}
		kr = keyer{own: p, to: ix.p, links: links}
	}
	q := kr.keys(text)
	type term struct {
		id int32
		w  float64 // query weight × type weight × idf
	}
	var terms []term
	for s, w := range q {
		id, ok := ix.ids[s]
		if !ok {
			continue
		}
		qw := w * (k1 + 1) / (w + k1)
		terms = append(terms, term{id, qw * typeWeight[s[:2]] * ix.idf(len(ix.post[id]))})
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i].id < terms[j].id })
	score := make([]float64, len(ix.docs))
	seen := 0
	for _, t := range terms {
		for _, p := range ix.post[t.id] {
			d := ix.docs[p.doc]
			tf := float64(p.tf)
			score[p.doc] += t.w * tf * (k1 + 1) / (tf + k1*(1-bm+bm*float64(d.length)/ix.avg))
		}
		if seen += len(ix.post[t.id]); seen > 1<<14 {
			seen = 0
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	// The best m, kept sorted as the scores are read (most first, then
	// the earlier source). The confidence reads the best match's lead
	// over the second, which is scored whatever k asks.
	m := min(max(k, 2), len(ix.docs))
	better := func(a, b int32) bool { return score[a] > score[b] || score[a] == score[b] && a < b }
	order := make([]int32, 0, m+1)
	for i, sc := range score {
		d := int32(i)
		if sc <= 0 || len(order) == m && !better(d, order[m-1]) {
			continue
		}
		at := sort.Search(len(order), func(j int) bool { return better(d, order[j]) })
		order = append(order, 0)
		copy(order[at+1:], order[at:])
		order[at] = d
		if len(order) > m {
			order = order[:m]
		}
	}
	out := make([]Match, 0, len(order))
	for _, d := range order {
		di := ix.docs[d]
		out = append(out, Match{ID: di.ID, URL: di.URL, Title: di.Title, Score: score[d], Shared: ix.shared(q, d)})
	}
	if len(out) > 0 {
		out[0].Features = features(q, out, ix)
		out[0].Confidence = round3(confidence(out[0].Features))
	}
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}

// shared lists the query keys that document d holds, by the weight they
// add, strongest first.
func (ix *Index) shared(q map[string]float64, d int32) Shared {
	type kv struct {
		s string
		w float64
	}
	var all []kv
	for s, w := range q {
		id, ok := ix.ids[s]
		if !ok {
			continue
		}
		ps := ix.post[id]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= d })
		if i < len(ps) && ps[i].doc == d {
			all = append(all, kv{s, w * typeWeight[s[:2]] * ix.idf(len(ps))})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].w != all[j].w {
			return all[i].w > all[j].w
		}
		return all[i].s < all[j].s
	})
	var sh Shared
	for _, x := range all {
		v := x.s[2:]
		switch x.s[:2] {
		case nameKey:
			if len(sh.Names) < maxShared {
				sh.Names = append(sh.Names, v)
			}
		case numberKey:
			if len(sh.Numbers) < maxShared {
				sh.Numbers = append(sh.Numbers, v)
			}
		default:
			if len(sh.Words) < maxShared {
				sh.Words = append(sh.Words, v)
			}
		}
	}
	return sh
}

// idf is BM25's inverse document frequency of a key held by df sources.
func (ix *Index) idf(df int) float64 {
	n, d := float64(len(ix.docs)), float64(df)
	return math.Log(1 + (n-d+0.5)/(d+0.5))
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// keyTypes counts a key map's entries by type, for features.
func keyTypes(q map[string]float64) (names, numbers, words int) {
	for s := range q {
		switch {
		case strings.HasPrefix(s, nameKey):
			names++
		case strings.HasPrefix(s, numberKey):
			numbers++
		default:
			words++
		}
	}
	return
}
