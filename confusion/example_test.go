package confusion_test

import (
	"fmt"

	"github.com/unspin-project/unspin/confusion"
)

// A table built with one list: observed word 7 (in the text's lexicon)
// may stand for word 12, reached through thesaurus term 30.
func Example() {
	var b confusion.Builder
	if err := b.Add(7, []confusion.Entry{{Cand: 12, Base: 30, Lemma: -1, Src: 1, Channel: -0.5}}); err != nil {
		panic(err)
	}
	t, err := confusion.Decode(b.Encode(confusion.Header{Text: "fr", Spin: "en", Builder: "example"}))
	if err != nil {
		panic(err)
	}
	es, ok := t.Entries(7)
	fmt.Println(ok, es.Len(), es.At(0).Cand, es.At(0).Channel)
	_, ok = t.Entries(8)
	fmt.Println(ok)
	// Output:
	// true 1 12 -0.5
	// false
}
