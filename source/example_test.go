package source_test

import (
	"context"
	"fmt"

	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/source"
)

func Example() {
	b, err := source.NewBuilder("en")
	if err != nil {
		panic(err)
	}
	b.Add(source.Document{ID: "orchestra", Text: "The Halvorsen Orchestra cancelled its 2024 tour of Japan after its conductor, Ingrid Moe, fell ill."})
	b.Add(source.Document{ID: "floods", Text: "Heavy rain flooded 300 homes in the valley of Tarn, and the army was sent to help the farmers."})
	ix := b.Index()
	// A French rendering of the first story, one word left in English.
	ms, err := ix.Search(context.Background(), "L'orchestre Halvorsen a annulé sa tournée 2024 au Japon après que sa cheffe, Ingrid Moe, est tombée ill.", "fr", 2)
	if err != nil {
		panic(err)
	}
	fmt.Println(ms[0].ID, ms[0].Shared.Names, ms[0].Shared.Numbers)
	// Output: orchestra [halvorsen ingrid moe] [2024]
}
