package unspin_test

import (
	"fmt"

	"github.com/unspin-project/unspin"
	_ "github.com/unspin-project/unspin/lang/all"
)

func Example() {
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		panic(err)
	}
	text := "Le however de la réunion était de parler de la state of affairs."
	r, err := a.Analyze(text)
	if err != nil {
		panic(err)
	}
	for _, f := range r.Findings {
		fmt.Printf("[%d,%d) %q -> %q %s\n", f.Start, f.End, text[f.Start:f.End], f.Suggestion, f.Kind)
	}
	fmt.Println(r.Repaired)
	// Output:
	// [3,10) "however" -> "but" cross-lingual-spin
	// [49,65) "state of affairs" -> "situation" cross-lingual-spin
	// Le but de la réunion était de parler de la situation.
}

// The verdict says how a document was made.
func ExampleReport_verdict() {
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		panic(err)
	}
	r, err := a.Analyze("Le however de la réunion était de trouver une solution doable pour les deux events, " +
		"puis de parler de la state of affairs le lengthy de la frontière.")
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Verdict.Label, r.Verdict.SourceLang)
	// Output:
	// spun en
}
