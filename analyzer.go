package unspin

import (
	"math"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/repair"
	"github.com/unspin-project/unspin/report"
	"github.com/unspin-project/unspin/tokenization"
	"github.com/unspin-project/unspin/types"
	"github.com/unspin-project/unspin/verdict"
)

// Span is a half-open byte range into the analysed input.
type Span = types.Span

// Finding is one flagged span; see types.Finding.
type Finding = types.Finding

// Report is the result of analysing one text.
type Report struct {
	Lang        string    // the text's language
	SpinnerLang string    // the language whose synonyms were looked for
	Findings    []Finding // in span order; spans index the input bytes
	Repaired    string    // the input with confident suggestions applied
	Edits       []repair.Edit
	Verdict     *types.Verdict // how the document was made; nil for a text with no word
}

// Input returns what package report renders for this report of text.
func (r *Report) Input(text string) report.Input {
	return report.Input{Text: text, Lang: r.Lang, SpinnerLang: r.SpinnerLang, Findings: r.Findings, Repaired: r.Repaired, Verdict: r.Verdict}
}

type config struct {
	lang, spinner   string
	minConfidence   float64
	repairThreshold float64
	thresholds      detection.Thresholds
	sameLanguage    bool
	wordsIn         []string // languages searched for single same-language words
}

// Option configures an Analyzer.
type Option func(*config)

// WithLanguage fixes the text's language instead of detecting it.
func WithLanguage(lang string) Option { return func(c *config) { c.lang = lang } }

// WithSpinnerLanguage sets the language whose synonyms the spinner used
// (default "en": cross-lingual for French text, same-language for English).
func WithSpinnerLanguage(lang string) Option { return func(c *config) { c.spinner = lang } }

// WithMinConfidence drops findings whose confidence is below x (default 0.5).
func WithMinConfidence(x float64) Option { return func(c *config) { c.minConfidence = x } }

// WithRepairConfidence applies only suggestions at or above x (default 0.5).
func WithRepairConfidence(x float64) Option { return func(c *config) { c.repairThreshold = x } }

// WithSameLanguageSpin adds the search for same-language substitutions:
// two-word tortured phrases ("counterfeit consciousness" for artificial
// intelligence) in any text, and single words in text spun from another
// language. Single-word same-language search is always on when the
// spinner's language is the text's (English text by default). Off by
// default because it is slow: 15–40 times the analysis time
// (docs/BENCHMARKS.md); on held-out French spun from English the
// single-word part found nothing true (docs/EVALUATION.md).
func WithSameLanguageSpin(on bool) Option { return func(c *config) { c.sameLanguage = on } }

// WithSameLanguageWordsIn adds, for texts in the given languages, the
// search for single words spun inside the text's own language (the part
// of WithSameLanguageSpin that costs least and errs least; the two-word
// search stays off). unspin check uses it for French: French spun with
// French synonyms is then found and judged, with no more false alarms on
// held-out French (docs/EVALUATION.md).
func WithSameLanguageWordsIn(langs ...string) Option {
	return func(c *config) { c.wordsIn = append([]string(nil), langs...) }
}

// WithThresholds replaces the detection margins.
func WithThresholds(t detection.Thresholds) Option { return func(c *config) { c.thresholds = t } }

// Analyzer analyses texts. It is immutable and safe for concurrent use.
type Analyzer struct {
	cfg    config
	cache  *detection.Cache // what is learnt of words, shared by every call
	tokens *sync.Pool       // token buffers (*[]types.Token), reused across calls
}

// New returns an Analyzer. Language packs must be registered by importing
// lang/fr, lang/en or lang/all.
func New(opts ...Option) (*Analyzer, error) {
	cfg := config{minConfidence: 0.5, repairThreshold: 0.5, thresholds: detection.DefaultThresholds}
	for _, o := range opts {
		o(&cfg)
	}
	if len(pack.Languages()) == 0 {
		return nil, errorf(KindPack, "no language pack registered (import github.com/unspin-project/unspin/lang/all)")
	}
	if cfg.lang != "" {
		if _, err := pack.Get(cfg.lang); err != nil {
			return nil, &Error{Kind: KindLanguage, Err: err}
		}
	}
	return &Analyzer{cfg: cfg, cache: detection.NewCache(0), tokens: &sync.Pool{}}, nil
}

// Analyze finds the artefacts of text. The input must be valid UTF-8; an
// empty text gives an empty report.
func (a *Analyzer) Analyze(text string) (*Report, error) { return a.analyze(text, "", true) }

// MaxTextBytes is the longest text one analysis takes: its token and
// language-model positions are counted in 32 bits. A longer text is
// refused with a KindInput error; split it (a corpus is analysed one
// document at a time).
const MaxTextBytes = math.MaxInt32

// checkLength refuses a text of n bytes over MaxTextBytes.
func checkLength(n int) error {
	if n > MaxTextBytes {
		return errorf(KindInput, "input of %d bytes is over the %d bytes one analysis takes: split it", n, MaxTextBytes)
	}
	return nil
}

// maxPooledTokens bounds the token buffers an Analyzer keeps for its next
// texts (about 3.7 MB of tokens, 350 KB of text).
const maxPooledTokens = 1 << 16

// analyze is Analyze; without withVerdict it leaves the document verdict out
// (Fix has no use for it). A pinned language, when not "", is the text's:
// it is not identified (Fix's later rounds, see fixRounds).
func (a *Analyzer) analyze(text, pinned string, withVerdict bool) (*Report, error) {
	if err := checkLength(len(text)); err != nil {
		return nil, err
	}
	if !utf8.ValidString(text) {
		return nil, errorf(KindInput, "input is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(text))
	}
	lang := a.cfg.lang
	buf, _ := a.tokens.Get().(*[]types.Token)
	if buf == nil {
		buf = new([]types.Token)
	}
	if n := len(text)/5 + 8; cap(*buf) < n {
		*buf = make([]types.Token, 0, n) // about one token per five bytes, as Tokenize sizes it
	}
	toks := tokenization.AppendTokens((*buf)[:0], text, analysisOptions(lang))
	defer func() {
		if cap(toks) > maxPooledTokens {
			// A long text's buffer is left to the collector: pooled, it
			// would hold its memory, and clearing it costs a pass.
			return
		}
		// The tokens point into text: forget them before the buffer is
		// reused, so that a pooled buffer keeps no text alive.
		clear(toks)
		*buf = toks[:0]
		a.tokens.Put(buf)
	}()
	chosen := pinned
	if chosen == "" {
		var err error
		if chosen, err = chooseLanguage(lang, toks); err != nil {
			return nil, err
		}
	}
	if chosen == "" {
		return &Report{Repaired: text}, nil // no word: nothing to analyse
	}
	if chosen != lang {
		lang = chosen
		clear(toks)
		toks = tokenization.AppendTokens(toks[:0], text, analysisOptions(lang))
	}
	tp, err := pack.Get(lang)
	if err != nil {
		return nil, &Error{Kind: KindLanguage, Err: err}
	}
	spinLang := a.cfg.spinner
	if spinLang == "" {
		// The spinner's language is almost always English: for French text
		// that is cross-lingual spinning, for English text same-language.
		spinLang = "en"
		if _, err := pack.Get(spinLang); err != nil {
			spinLang = lang
		}
	}
	var sp *pack.Pack
	if spinLang != "" && spinLang != lang {
		if sp, err = pack.Get(spinLang); err != nil {
			return nil, &Error{Kind: KindLanguage, Err: err}
		}
	}
	det := detection.New(tp, sp, a.cfg.thresholds, a.cfg.sameLanguage)
	if slices.Contains(a.cfg.wordsIn, lang) {
		det = det.WithSameLanguageWords()
	}
	det = det.WithCache(a.cache)
	if spinLang == lang {
		spinLang = "" // same-language spinning: the report names no other language
	}
	var v *types.Verdict
	all := det.DetectLM(text, toks, func(fs []types.Finding, view detection.LMView) {
		if withVerdict && hasWord(toks) {
			x := verdict.Decide(verdict.Measure(verdict.Input{Text: text, Tokens: toks, Findings: fs, Pack: tp, Spinner: sp, LM: &view}), lang, spinLang)
			v = &x
		}
	})
	var kept []Finding
	for _, f := range all {
		if f.Confidence >= a.cfg.minConfidence {
			kept = append(kept, f)
		}
	}
	repaired, edits := repair.Apply(text, kept, a.cfg.repairThreshold)
	return &Report{Lang: lang, SpinnerLang: spinLang, Findings: kept, Repaired: repaired, Edits: edits, Verdict: v}, nil
}

// Fix returns text with confident suggestions applied, repeating the
// analysis on the repaired text until it no longer changes (at most four
// rounds), so that fixing a fixed text changes nothing. The text's
// language is decided once, on the text as given: a repair cannot make a
// later round read it in another language or refuse it.
func (a *Analyzer) Fix(text string) (string, error) {
	return fixRounds(text, func(t, lang string) (*Report, error) { return a.analyze(t, lang, false) })
}

// fixRounds applies analyse's repairs until the text stops changing (at
// most four rounds). analyse reads its text in the language it is given,
// or decides it when given "": the first round decides, the others keep
// that language.
func fixRounds(text string, analyse func(text, lang string) (*Report, error)) (string, error) {
	cur, lang := text, ""
	for round := 0; round < 4; round++ {
		r, err := analyse(cur, lang)
		if err != nil {
			return "", err
		}
		if lang == "" {
			lang = r.Lang
		}
		if r.Repaired == cur {
			return cur, nil
		}
		cur = r.Repaired
	}
	return cur, nil
}

// analysisOptions are the tokenizer options for analysis: the pack's, and
// dotted identifiers kept whole.
func analysisOptions(lang string) tokenization.Options {
	o := tokenization.ForLang(lang)
	o.Identifiers = true
	return o
}

func hasWord(toks []types.Token) bool {
	for i := range toks {
		if toks[i].Kind == types.Word {
			return true
		}
	}
	return false
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
