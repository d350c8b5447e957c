package association_test

import (
	"fmt"

	"github.com/unspin-project/unspin/association"
)

func ExampleTable_PMI() {
	b := association.NewBuilder("fr", association.Options{MinCount: 2, MinPair: 2, Discount: 0.5, MinPMI: 0.5})
	for _, s := range [][]string{
		{"port", "bateau"}, {"port", "bateau"}, {"port", "quai"},
		{"impôt", "taxe"}, {"impôt", "taxe"}, {"bateau", "quai"},
		{"loi", "vote"}, {"loi", "vote"}, {"loi"}, {"vote"},
	} {
		b.Sentence(s)
	}
	tab, err := association.Decode(b.Encode())
	if err != nil {
		fmt.Println(err)
		return
	}
	port, _ := tab.ID("port")
	bateau, _ := tab.ID("bateau")
	taxe, _ := tab.ID("taxe")
	fmt.Printf("port–bateau %.1f bits, port–taxe %.1f bits\n", tab.PMI(port, bateau), tab.PMI(port, taxe))
	// Output: port–bateau 0.7 bits, port–taxe 0.0 bits
}
