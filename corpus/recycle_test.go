package corpus

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// TestJSONLRecycle reads records of many lengths, handing each one's Raw
// back before the next is read, and checks every record against a
// reader that recycles nothing: a reused buffer must carry nothing over.
func TestJSONLRecycle(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, `{"id": "d%d", "text": %q}`+"\n", i, strings.Repeat("mot ", 1+(i*37)%300))
	}
	p := write(t, "in.jsonl", []byte(b.String()))
	plain, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	rec, err := Open(p, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	rc, ok := rec.(Recycler)
	if !ok {
		t.Fatal("a JSON Lines reader is no Recycler")
	}
	n := 0
	for ; ; n++ {
		want, err1 := plain.Next()
		got, err2 := rec.Next()
		if err1 == io.EOF && err2 == io.EOF {
			break
		}
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if got.ID != want.ID || got.Text != want.Text || string(got.Raw) != string(want.Raw) {
			t.Fatalf("record %d differs with recycling: %.60q against %.60q", n, got.Raw, want.Raw)
		}
		rc.Recycle(got.Raw)
	}
	if n != 200 {
		t.Errorf("%d records, want 200", n)
	}
}
