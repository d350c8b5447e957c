package types

// Kind names what produced a finding.
type Kind string

// Finding kinds, as they appear in reports.
const (
	CrossLingualSpin Kind = "cross-lingual-spin" // a word of the spinner's language where the text's language had a homograph
	RealWordSpin     Kind = "real-word-spin"     // a valid word of the text's language put there by the spinner
	TorturedPhrase   Kind = "tortured-phrase"    // same-language synonym substitution
	Untranslated     Kind = "untranslated"       // foreign text left in place
	MTError          Kind = "mt-error"           // a machine-translation artefact
)

// Kinds lists every kind, in report order.
var Kinds = []Kind{CrossLingualSpin, RealWordSpin, TorturedPhrase, Untranslated, MTError}

// Alternative is one candidate original with its probability.
type Alternative struct {
	Text string  `json:"text"`
	P    float64 `json:"p"`
}

// Finding is one flagged span. Span is a half-open byte range into the
// caller's input; Text equals input[Start:End].
type Finding struct {
	Span
	Text         string
	Kind         Kind
	Suggestion   string // most likely original; "" when unknown
	Alternatives []Alternative
	Confidence   float64 // probability that the span is an artefact of the kind
	Evidence     []string
	// Features are the measurements the confidence was computed from
	// (see package detection's calibration), for evaluation and tuning.
	Features map[string]float64
}
