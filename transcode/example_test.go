package transcode_test

import (
	"fmt"

	"github.com/unspin-project/unspin/transcode"
)

func ExampleDecode() {
	// "le lengthy de la côte" in windows-1252: "ô" is one byte.
	in := []byte("le lengthy de la c\xF4te")
	t, err := transcode.Decode(in, "", false)
	if err != nil {
		panic(err)
	}
	fmt.Println(t.Charset, t.Text)
	// A span of the decoded text, mapped back to the input's bytes.
	start, end := 17, 22 // "côte" in the decoded text
	fmt.Printf("%q -> input [%d,%d)\n", t.Text[start:end], t.Source(start), t.Source(end))
	// Output:
	// windows-1252 le lengthy de la côte
	// "côte" -> input [17,21)
}
