package pack

import (
	"errors"
	"sync"

	"github.com/unspin-project/unspin/confusion"
)

// Confusion tables (see package confusion), registered by language
// packages beside their pack and decoded on first use.
var (
	confMu  sync.Mutex
	confReg = map[[2]string]*confEntry{}
)

type confEntry struct {
	data []byte
	once sync.Once
	t    *confusion.Table
	err  error
}

// RegisterConfusions makes an embedded confusion table for text in one
// language spun from another available. Registering a pair twice keeps
// the first.
func RegisterConfusions(text, spin string, data []byte) {
	confMu.Lock()
	defer confMu.Unlock()
	k := [2]string{text, spin}
	if _, ok := confReg[k]; !ok {
		confReg[k] = &confEntry{data: data}
	}
}

// Confusions returns the confusion table registered for text spun from
// spin, if there is one that decodes and was built from exactly these two
// packs (their fingerprints); nil otherwise, and the detector then works
// the lists out itself. The error says why a registered table is not
// used (nil when none is registered).
func Confusions(text, spin *Pack) (*confusion.Table, error) {
	if text == nil || spin == nil {
		return nil, nil
	}
	confMu.Lock()
	e := confReg[[2]string{text.Header.Lang, spin.Header.Lang}]
	confMu.Unlock()
	if e == nil {
		return nil, nil
	}
	e.once.Do(func() { e.t, e.err = confusion.Decode(e.data) })
	if e.err != nil {
		return nil, e.err
	}
	if e.t.TextPrint != text.Fingerprint || e.t.SpinPrint != spin.Fingerprint {
		return nil, errStale
	}
	return e.t, nil
}

// errStale reports a table built from other packs than the ones loaded.
var errStale = errors.New("pack: the confusion table was built from other packs (rebuild it: make packs)")

// RawConfusions returns the registered bytes of a confusion table.
func RawConfusions(text, spin string) ([]byte, bool) {
	confMu.Lock()
	defer confMu.Unlock()
	e := confReg[[2]string{text, spin}]
	if e == nil {
		return nil, false
	}
	return e.data, true
}
