package types

// Label names how a document was made.
type Label string

// Verdict labels.
const (
	Human             Label = "human"
	MachineTranslated Label = "machine-translated"
	Spun              Label = "spun" // spun, machine-translated or not
)

// Labels lists every label, in report order.
var Labels = []Label{Human, MachineTranslated, Spun}

// Verdict is the document-level judgment: a probability per label, the
// most likely label, the language the text was likely translated or spun
// from ("" when none), and the evidence that drove it.
type Verdict struct {
	Label      Label
	P          map[Label]float64
	SourceLang string
	Evidence   []string
	// Features are the document measurements the probabilities were
	// computed from, for evaluation and tuning.
	Features map[string]float64
}
