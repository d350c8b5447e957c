package pack

import (
	"errors"
	"testing"

	"github.com/unspin-project/unspin/confusion"
)

// A confusion table is used only with the packs it was built from.
func TestConfusionsMatchTheirPacks(t *testing.T) {
	var b confusion.Builder
	if err := b.Add(1, []confusion.Entry{{Cand: 2, Base: 3, Lemma: -1, Channel: -1}}); err != nil {
		t.Fatal(err)
	}
	RegisterConfusions("xa", "xb", b.Encode(confusion.Header{Text: "xa", Spin: "xb", TextPrint: 10, SpinPrint: 20}))
	RegisterConfusions("xc", "xb", []byte("not a table"))
	text := &Pack{Header: Header{Lang: "xa"}, Fingerprint: 10}
	spin := &Pack{Header: Header{Lang: "xb"}, Fingerprint: 20}
	if tab, err := Confusions(text, spin); err != nil || tab == nil || tab.Len() != 1 {
		t.Fatalf("matching packs: table %v, error %v", tab, err)
	}
	other := &Pack{Header: Header{Lang: "xa"}, Fingerprint: 11}
	if tab, err := Confusions(other, spin); tab != nil || !errors.Is(err, errStale) {
		t.Fatalf("rebuilt text pack: table %v, error %v", tab, err)
	}
	if tab, err := Confusions(&Pack{Header: Header{Lang: "xc"}}, spin); tab != nil || err == nil {
		t.Fatalf("damaged table: table %v, error %v", tab, err)
	}
	if tab, err := Confusions(spin, text); tab != nil || err != nil {
		t.Fatalf("no table registered: table %v, error %v", tab, err)
	}
	if raw, ok := RawConfusions("xa", "xb"); !ok || len(raw) == 0 {
		t.Fatal("RawConfusions lost the registered bytes")
	}
}

// The fingerprint follows the sections' contents.
func TestFingerprint(t *testing.T) {
	enc := func(s string) *Pack {
		data, err := Encode(Header{Lang: "xx"}, []string{"a"}, [][]byte{[]byte(s)})
		if err != nil {
			t.Fatal(err)
		}
		_, _, fp, err := readHeader(data)
		if err != nil {
			t.Fatal(err)
		}
		return &Pack{Fingerprint: fp}
	}
	if enc("one").Fingerprint != enc("one").Fingerprint {
		t.Fatal("fingerprint not deterministic")
	}
	if enc("one").Fingerprint == enc("two").Fingerprint {
		t.Fatal("different contents, same fingerprint")
	}
}
