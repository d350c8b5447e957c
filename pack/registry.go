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
// first.
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
		e.p, e.err = Decode(e.data)
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
var (
	linksMu  sync.Mutex
	linksReg = map[[2]string]*linksEntry{}
)

type linksEntry struct {
	data []byte
	once sync.Once
	t    *bilingual.Table
	err  error
}

// RegisterLinks makes an embedded translation table from one language to
// another available. Registering a pair twice keeps the first.
func RegisterLinks(from, to string, data []byte) {
	linksMu.Lock()
	defer linksMu.Unlock()
	k := [2]string{from, to}
	if _, ok := linksReg[k]; !ok {
		linksReg[k] = &linksEntry{data: data}
	}
}

// Links returns the decoded translation table from one language to
// another, decoding it on first use.
func Links(from, to string) (*bilingual.Table, error) {
	linksMu.Lock()
	e := linksReg[[2]string{from, to}]
	linksMu.Unlock()
	if e == nil {
		return nil, fmt.Errorf("pack: no translation table from %q to %q (import github.com/unspin-project/unspin/lang/%s or lang/all)", from, to, from)
	}
	e.once.Do(func() { e.t, e.err = bilingual.Decode(e.data) })
	return e.t, e.err
}

// RawLinks returns the registered bytes of a translation table.
func RawLinks(from, to string) ([]byte, bool) {
	linksMu.Lock()
	defer linksMu.Unlock()
	e := linksReg[[2]string{from, to}]
	if e == nil {
		return nil, false
	}
	return e.data, true
}
