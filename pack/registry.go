package pack

import (
	"fmt"
	"sort"
	"sync"
)

// The registry is the only package-level state: raw pack bytes registered
// by language packages at init, decoded once on first use.
var (
	mu       sync.Mutex
	registry = map[string]*entry{}
)

type entry struct {
	data []byte
	once sync.Once
	p    *Pack
	err  error
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
	e.once.Do(func() { e.p, e.err = Decode(e.data) })
	return e.p, e.err
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
