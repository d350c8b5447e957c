package confusion

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sample(t *testing.T) ([]byte, map[int][]Entry) {
	t.Helper()
	lists := map[int][]Entry{
		3:  {{Cand: 10, Base: 7, Lemma: -1, Src: 1, Channel: -0.30102999566398114}, {Cand: 11, Base: 8, Lemma: 5, Src: 6, Channel: -1.5}},
		9:  nil, // held, with no original
		40: {{Cand: 0, Base: maxID, Lemma: maxID, Src: 255, Channel: math.Log10(2.0 / 3)}},
	}
	var b Builder
	for _, id := range []int{3, 9, 40} {
		if err := b.Add(id, lists[id]); err != nil {
			t.Fatal(err)
		}
	}
	if b.Len() != 3 || b.Entries() != 3 {
		t.Fatalf("builder holds %d words, %d entries", b.Len(), b.Entries())
	}
	return b.Encode(Header{Text: "fr", Spin: "en", TextPrint: 1 << 60, SpinPrint: 42, Builder: "test-1"}), lists
}

func TestRoundTrip(t *testing.T) {
	data, lists := sample(t)
	tab, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Header{Text: "fr", Spin: "en", TextPrint: 1 << 60, SpinPrint: 42, Builder: "test-1"}); tab.Header != want {
		t.Fatalf("header %+v, want %+v", tab.Header, want)
	}
	if tab.Len() != 3 {
		t.Fatalf("Len %d", tab.Len())
	}
	for id := -1; id <= 41; id++ {
		es, ok := tab.Entries(id)
		want, held := lists[id]
		if ok != held {
			t.Fatalf("id %d: held %v, want %v", id, ok, held)
		}
		var got []Entry
		for k := 0; k < es.Len(); k++ {
			got = append(got, es.At(k))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("id %d: (-want +got)\n%s", id, diff)
		}
	}
}

func TestBuilderRefuses(t *testing.T) {
	for _, tc := range []struct {
		name string
		id   int
		e    Entry
	}{
		{"id again", 5, Entry{}},
		{"id lower", 4, Entry{}},
		{"negative candidate", 6, Entry{Cand: -1}},
		{"base too large", 6, Entry{Base: maxID + 1}},
		{"lemma too large", 6, Entry{Lemma: maxID + 1}},
		{"lemma below none", 6, Entry{Lemma: -2}},
	} {
		var b Builder
		if err := b.Add(5, nil); err != nil {
			t.Fatal(err)
		}
		if err := b.Add(tc.id, []Entry{tc.e}); err == nil {
			t.Errorf("%s: accepted", tc.name)
		}
	}
}

func TestEmptyTable(t *testing.T) {
	var b Builder
	tab, err := Decode(b.Encode(Header{Text: "fr", Spin: "en"}))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := tab.Entries(0); ok || tab.Len() != 0 {
		t.Fatal("an empty table holds a word")
	}
}

func TestDecodeRefusesDamage(t *testing.T) {
	data, _ := sample(t)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic", append([]byte("UNSPINXX"), data[8:]...)},
		{"truncated", data[:len(data)-24]},
		{"header only", data[:20]},
	} {
		if _, err := Decode(tc.data); err == nil {
			t.Errorf("%s: decoded", tc.name)
		}
	}
	// Ids out of order.
	bad := append([]byte(nil), data...)
	off := 8 + 4 + (4 + 2) + (4 + 2) + (4 + 6) // magic, version, three strings
	off = (off + 7) &^ 7
	off += 16 + 4 // fingerprints, count
	bad[off], bad[off+4] = bad[off+4], bad[off]
	if _, err := Decode(bad); err == nil {
		t.Error("ids out of order: decoded")
	}
}

func FuzzDecode(f *testing.F) {
	var b Builder
	_ = b.Add(1, []Entry{{Cand: 2, Base: 3, Lemma: -1, Channel: -1}})
	f.Add(b.Encode(Header{Text: "fr", Spin: "en"}))
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Decode(data)
		if err != nil {
			return
		}
		// Every held list reads within bounds.
		for i := 0; i < tab.Len(); i++ {
			es, ok := tab.Entries(int(tab.ids.At(i)))
			if !ok {
				t.Fatalf("id %d listed but not found", tab.ids.At(i))
			}
			for k := 0; k < es.Len(); k++ {
				_ = es.At(k)
			}
		}
	})
}
