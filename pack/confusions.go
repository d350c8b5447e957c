package pack

import (
	"errors"

	"github.com/unspin-project/unspin/confusion"
)

// Confusion tables (see package confusion), registered by language
// packages beside their pack and decoded on first use.
var confReg = pairRegistry[*confusion.Table]{decode: confusion.Decode}

// RegisterConfusions makes an embedded confusion table for text in one
// language spun from another available. Registering a pair twice keeps
// the first.
func RegisterConfusions(text, spin string, data []byte) { confReg.register(text, spin, data) }

// Confusions returns the confusion table registered for text spun from
// spin, if there is one that decodes and was built from exactly these two
// packs (their fingerprints); nil otherwise, and the detector then works
// the lists out itself. The error says why a registered table is not
// used (nil when none is registered).
func Confusions(text, spin *Pack) (*confusion.Table, error) {
	if text == nil || spin == nil {
		return nil, nil
	}
	t, ok, err := confReg.get(text.Header.Lang, spin.Header.Lang)
	if !ok || err != nil {
		return nil, err
	}
	if t.TextPrint != text.Fingerprint || t.SpinPrint != spin.Fingerprint {
		return nil, errStale
	}
	return t, nil
}

// errStale reports a table built from other packs than the ones loaded.
var errStale = errors.New("pack: the confusion table was built from other packs (rebuild it: make packs)")

// RawConfusions returns the registered bytes of a confusion table.
func RawConfusions(text, spin string) ([]byte, bool) { return confReg.raw(text, spin) }
