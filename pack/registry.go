package pack

import (
	"fmt"
	"sort"
	"sync"

	"github.com/unspin-project/unspin/association"
	"github.com/unspin-project/unspin/bilingual"
)

// The registries are the only package-level state: raw pack and
// translation-table bytes registered by language packages at init,
// decoded once on first use.
var (
	mu       sync.Mutex
	registry = map[string]*entry{}
)

type entry struct {
	data  []byte
	assoc []byte // the association table, if registered
	once  sync.Once
	p     *Pack
	err   error
}

// Register makes an embedded pack available under its language code.
// Language packages call it from init; registering a code twice keeps the
// first. The bytes are trusted as the binary's own: Get does not check
// their section checksums (`unspin pack verify` does; Decode does for
// bytes from elsewhere).
func Register(lang string, data []byte) {
	mu.Lock()
	defer mu.Unlock()
	if _, ok := registry[lang]; !ok {
		registry[lang] = &entry{data: data}
	}
}

// Get returns the decoded pack for a language, decoding it on first use.
func Get(lang string) (*Pack, error) {
	mu.Lock()
	e := registry[lang]
	mu.Unlock()
	if e == nil {
		return nil, fmt.Errorf("pack: no pack for language %q (import github.com/unspin-project/unspin/lang/%s or lang/all)", lang, lang)
	}
	e.once.Do(func() {
		e.p, e.err = decode(e.data, false) // embedded: see decode
		mu.Lock()
		raw := e.assoc
		mu.Unlock()
		if e.err == nil && raw != nil {
			if e.p.Assoc, e.err = association.Decode(raw); e.err == nil {
				e.p.AssocIndex = association.NewIndex(e.p.Assoc, e.p.Lexicon)
			}
		}
	})
	return e.p, e.err
}

// RegisterAssoc attaches an embedded association table to the pack
// registered under lang: Get decodes it with the pack and sets its Assoc.
// Language packages call it from init, after Register; a second table for
// a language is ignored.
func RegisterAssoc(lang string, data []byte) {
	mu.Lock()
	defer mu.Unlock()
	if e := registry[lang]; e != nil && e.assoc == nil {
		e.assoc = data
	}
}

// RawAssoc returns the registered bytes of a language's association table.
func RawAssoc(lang string) ([]byte, bool) {
	mu.Lock()
	defer mu.Unlock()
	e := registry[lang]
	if e == nil || e.assoc == nil {
		return nil, false
	}
	return e.assoc, true
}

// Raw returns the registered bytes of a pack.
func Raw(lang string) ([]byte, bool) {
	mu.Lock()
	defer mu.Unlock()
	e := registry[lang]
	if e == nil {
		return nil, false
	}
	return e.data, true
}

// Languages returns the registered language codes, sorted.
func Languages() []string {
	mu.Lock()
	defer mu.Unlock()
	var out []string
	for l := range registry {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Translation tables, registered and decoded the same way: language
// packages embed them beside their pack.
var linksReg = pairRegistry[*bilingual.Table]{decode: bilingual.Decode}

// RegisterLinks makes an embedded translation table from one language to
// another available. Registering a pair twice keeps the first.
func RegisterLinks(from, to string, data []byte) { linksReg.register(from, to, data) }

// Links returns the decoded translation table from one language to
// another, decoding it on first use.
func Links(from, to string) (*bilingual.Table, error) {
	t, ok, err := linksReg.get(from, to)
	if !ok {
		return nil, fmt.Errorf("pack: no translation table from %q to %q (import github.com/unspin-project/unspin/lang/%s or lang/all)", from, to, from)
	}
	return t, err
}

// RawLinks returns the registered bytes of a translation table.
func RawLinks(from, to string) ([]byte, bool) { return linksReg.raw(from, to) }

// pairRegistry holds tables registered for a pair of languages, each
// decoded once, on first use.
type pairRegistry[T any] struct {
	decode func([]byte) (T, error)
	mu     sync.Mutex
	m      map[[2]string]*pairEntry[T]
}

type pairEntry[T any] struct {
	data []byte
	once sync.Once
	t    T
	err  error
}

// register keeps the first table registered for a pair.
func (r *pairRegistry[T]) register(a, b string, data []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.m == nil {
		r.m = map[[2]string]*pairEntry[T]{}
	}
	k := [2]string{a, b}
	if _, ok := r.m[k]; !ok {
		r.m[k] = &pairEntry[T]{data: data}
	}
}

// get returns the decoded table of a pair, and whether one is registered.
func (r *pairRegistry[T]) get(a, b string) (T, bool, error) {
	r.mu.Lock()
	e := r.m[[2]string{a, b}]
	r.mu.Unlock()
	if e == nil {
		var zero T
		return zero, false, nil
	}
	e.once.Do(func() { e.t, e.err = r.decode(e.data) })
	return e.t, true, e.err
}

// raw returns the registered bytes of a pair's table.
func (r *pairRegistry[T]) raw(a, b string) ([]byte, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	e := r.m[[2]string{a, b}]
	if e == nil {
		return nil, false
	}
	return e.data, true
}
