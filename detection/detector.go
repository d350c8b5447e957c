package detection

import (
	"fmt"
	"math"
	"sort"

	"github.com/unspin-project/unspin/confusion"
	"github.com/unspin-project/unspin/internal/strtab"
	"github.com/unspin-project/unspin/internal/wordkey"
	"github.com/unspin-project/unspin/languagemodel"
	"github.com/unspin-project/unspin/lexicon"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/types"
)

// Thresholds are the decision margins, in log10 units of likelihood ratio.
type Thresholds struct {
	RealWord      float64 // real-word spin with an agreement fix
	RealWordAlone float64 // real-word spin without agreement evidence
	Tortured      float64 // same-language substitution of one word
	TorturedPair  float64 // same-language substitution of two adjacent words
	Surprise      float64 // a known word is examined only when log10 P(w|context) − log10 P(w) is below this
}

// DefaultThresholds were set on the development split (see docs/EVALUATION.md).
var DefaultThresholds = Thresholds{RealWord: 0.3, RealWordAlone: 4.0, Tortured: 4.5, TorturedPair: 4.5, Surprise: -1.5}

// Detector finds artefacts in texts of one language.
type Detector struct {
	text  *pack.Pack // the text's language
	spin  *pack.Pack // the spinner's language; nil when it is the text's own
	th    Thresholds
	same  bool       // also look for same-language substitutions
	pairs bool       // and for two-word tortured phrases (costly; asked for explicitly)
	cache *pairCache // shared across texts, or nil
	// conf holds the real-word search's lists precomputed for these two
	// packs (nil: none, and the search works them out).
	conf   *confusion.Table
	french bool // the text's language is French (elisions)
}

// New returns a detector for texts in text's language spun from spin's
// language. spin may be nil or equal to text for same-language spinning
// only. sameLanguage adds the search for same-language substitutions
// (tortured phrases), which is always on for single words when there is no
// other spinner language; the two-word search ("counterfeit
// consciousness"), which costs far more, runs only when sameLanguage is set.
func New(text, spin *pack.Pack, th Thresholds, sameLanguage bool) *Detector {
	if spin == text {
		spin = nil
	}
	d := &Detector{text: text, spin: spin, th: th, same: sameLanguage || spin == nil, pairs: sameLanguage, french: text.Header.Lang == "fr"}
	d.conf, _ = pack.Confusions(text, spin) // a stale or damaged table is not used
	return d
}

// WithSameLanguageWords returns a detector that also looks for single
// words spun inside the text's language, as New does when sameLanguage is
// set, without the costly two-word search. On held-out French it adds
// no false alarm where the two-word search doubles them
// (docs/EVALUATION.md, "French spun with French synonyms").
func (d *Detector) WithSameLanguageWords() *Detector {
	x := *d
	x.same = true
	return &x
}

// wordInfo is what both lexicons say of one token.
type wordInfo struct {
	// ownPM and spinPM are the word's frequencies per million in the
	// text's and the spinner's language (float32: a token's facts are
	// kept for every token of a text, so they are kept small).
	ownPM, spinPM float32
	used          bool // current in the text language's subtitles: a count of at least usedCount
	word          bool // a Word token
	name          bool
	foreign       bool // a word of the spinner's language, not of the text's
	ownDict       bool
	content       bool // has a noun, adjective, verb or adverb reading in the text's language
	// realWord: also a word of the spinner's language that a real-word
	// spin may have put there (the confusion table, when there is one, gives
	// it candidate originals)
	realWord bool
	// spinish: a word of the spinner's language outside the text's
	// dictionary, or far more frequent in the spinner's
	spinish bool
	nominal bool // a noun or adjective, not a stop word: a possible half of a term
	// upper and vowel: the word starts with a capital letter, and with a
	// vowel (see vowelStart). Later passes read them here rather than
	// from the token, a larger read in a long text.
	upper, vowel bool
	// spinFunction: a function word of the spinner's language that is no
	// word of the text language's dictionary ("the", "of").
	spinFunction bool
	loan         bool     // a loanword by its lexicon facts (see loan)
	elidable     bool     // a French word written otherwise before a vowel (see elidable)
	lex          LexFlags // what LMView.Lex gives every token of the word, but LexUpper
}

// doc is the per-call state.
type doc struct {
	d *Detector
	// common is the detector's cache from its second text on, else nil:
	// a first text has nothing to find there, and what it learns stays in
	// its worker's maps (s), which the next text reuses.
	common *pairCache
	s      *scratch // where the buffers and maps below come from
	text   string
	toks   []types.Token
	info   []wordInfo
	ids    []int      // LM id per LM position
	pos    []int      // LM position of each token, -1 if none
	sent   []int      // sentence number of each LM position
	tokOf  []int32    // token of each LM position
	lex    []LexFlags // what the lexicons say of each token; see LMView
	out    []types.Finding
	used   []bool // tokens already inside a finding
	susp   []int8 // cached suspect verdicts: 0 unknown, 1 yes, -1 no
	infl   map[inflKey][]form
	cands  map[candKey][]cand
	abuf   []types.Analysis
	pairs  map[string][]cand // pair originals per word (see pairCands)
	// tl holds, per token, the index plus one in lexes of its word's
	// lexicon facts (0: not a word): indices, not pointers, so that the
	// garbage collector has one pointer per distinct word to follow
	// instead of one per token. Read it with lexAt, or index lexF and
	// lexB with it for the facts copied there.
	tl    []int32
	lexes []*lexInfo
	lexF  []feats    // lexes[i].f, read where the doc's other arrays are rather than in the heap
	lexB  []wordBits // lexes[i].bits, the same way
	lp    []float32  // per LM position, its word's log10 probability in context (see wlp)
	nbuf  [2]int
	quote []int // words of the enclosing quotation per token (see quoted)
	// foreign and words count the text's foreign and all word tokens.
	foreign, words int
}

// Detect returns the findings of text, whose tokens are toks, in span order.
func (d *Detector) Detect(text string, toks []types.Token) []types.Finding {
	return d.DetectLM(text, toks, nil)
}

// LMView is the text as the language model saw it: one model id per
// position (words and punctuation) and each position's sentence number,
// for document statistics that must not look the words up again.
type LMView struct {
	IDs      []int
	Sentence []int
	// Lex is, per token, what the lexicons say of it as the detector
	// looked it up (0: not a word).
	Lex []LexFlags
	// LogProb is, per position, what languagemodel.WordLogProb gives its
	// word after the two positions before it in its sentence, where the
	// detector needed it; NaN (or a nil slice) elsewhere.
	LogProb []float32
}

// DetectLM is Detect that also hands the findings and the text's
// language-model view to use (when not nil) before it returns. The view's
// slices are the detector's buffers, reused by its next texts: use must
// not keep them.
func (d *Detector) DetectLM(text string, toks []types.Token, use func([]types.Finding, LMView)) []types.Finding {
	if len(toks) == 0 {
		if use != nil {
			use(nil, LMView{})
		}
		return nil
	}
	dc := d.newDoc(text, toks)
	defer dc.release()
	dc.prepare()
	if d.spin != nil {
		dc.crossLingual()
		dc.realWord()
	}
	if d.same {
		dc.tortured()
	}
	dc.fragments()
	dc.leaks()
	sort.Slice(dc.out, func(i, j int) bool { return dc.out[i].Start < dc.out[j].Start })
	if use != nil {
		use(dc.out, LMView{IDs: dc.ids, Sentence: dc.sent, Lex: dc.lex, LogProb: dc.lp})
	}
	return dc.out
}

func (dc *doc) prepare() {
	own := dc.d.text.Lexicon
	lm := dc.d.text.WordLM
	sent := 0
	n := len(dc.toks)
	dc.ids, dc.sent, dc.tokOf = reuse(dc.s.ids, n)[:0], reuse(dc.s.sent, n)[:0], reuse(dc.s.tokOf, n)[:0]
	// Every element of lex is set below.
	dc.lex = reuse(dc.s.lex, n)
	accented := 0 // words with an accented letter
	for i := range dc.toks {
		t := &dc.toks[i]
		dc.pos[i] = -1
		dc.lex[i] = 0
		if languagemodel.NewSentence(dc.toks, i) && len(dc.ids) > 0 {
			sent++
		}
		var e *wordEntry
		if t.Kind == types.Word {
			e = dc.tokenLex(i, t.Norm)
		}
		if w := languagemodel.TokenWord(*t); w != "" {
			dc.pos[i] = len(dc.ids)
			id := 0
			if e != nil {
				id = int(e.lmID) // a word's LM word is its normalized form
			} else {
				id = dc.otherID(lm, w)
			}
			dc.ids = append(dc.ids, id)
			dc.tokOf = append(dc.tokOf, int32(i))
			dc.sent = append(dc.sent, sent)
		}
		if t.Kind != types.Word {
			continue
		}
		if lexicon.HasAccent(t.Norm) {
			accented++
		}
		dc.setWord(i, e)
	}
	// The first test is cheap and spares ordinary text the accent index.
	if dc.words >= minAccentWords && accented*40 <= dc.words {
		if acc := own.Accents(); acc.Share() >= minAccentShare && float64(accented) < acc.Share()/8*float64(dc.words) {
			dc.restoreAccents(acc)
		}
	}
	dc.titles()
	dc.loanPhrases()
	dc.loanCompounds()
	for i := range dc.info {
		if dc.info[i].foreign {
			dc.foreign++
		}
	}
	// A capitalised foreign word next to another capitalised word is part
	// of a title or a name ("Alice : Madness Returns", "Active Set Update").
	for i := range dc.info {
		if !dc.info[i].foreign || !dc.info[i].upper {
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(dc.toks) && dc.info[k].word && dc.info[k].upper && dc.pos[k] >= 0 && abs(dc.pos[k]-dc.pos[i]) == 1 {
				dc.info[i].foreign, dc.info[i].name = false, true
				break
			}
		}
	}
}

// otherID returns the language-model id of a token that is not a word
// (punctuation, an elided article, "<num>"): a few strings, met again and
// again, remembered in a small table.
func (dc *doc) otherID(lm *languagemodel.Model, w string) int {
	e := &dc.s.hotLM[hotSlot(w, hotLMBits)]
	if e.set && e.w == w {
		return int(e.id)
	}
	id := lm.ID(w)
	*e = hotID{w: keyOf(w), id: int32(id), set: true}
	return id
}

// wordFacts returns what setWord gives every token of a word (li its
// facts), foreign standing for "foreign unless a name".
func (dc *doc) wordFacts(norm string, li *lexInfo) wordInfo {
	wi := wordInfo{word: true, vowel: vowelStart(norm)}
	wi.ownPM, wi.used, wi.ownDict, wi.content, wi.spinPM = float32(li.ownPM), li.ownSubs >= usedCount, li.ownDict, li.content, float32(li.spinPM)
	wi.spinFunction = li.spinStop && !li.ownDict
	wi.realWord = li.homog && !li.noOriginal
	wi.nominal = li.nominal
	wi.spinish = li.sok && (!li.ownDict || li.spinPM > 10*li.ownPM)
	wi.lex = li.lex
	wi.loan = dc.loan(li)
	_, wi.elidable = elidable[norm]
	if dc.d.spin == nil || !li.sok {
		return wi
	}
	switch {
	case !li.spinDict:
	case wi.ownDict:
	case li.ook && li.ownSubs >= modernCount && !li.spinStop:
		// Current in the text's language (subtitles): a loanword.
	case wi.ownPM == 0 || wi.ownPM*5 < wi.spinPM:
		// Unknown to the text's language, or a corpus-only form far
		// more frequent in the spinner's.
		wi.foreign = true
	}
	return wi
}

// setWord records what the lexicons say of word token i, e its word's
// entry.
func (dc *doc) setWord(i int, e *wordEntry) {
	t := &dc.toks[i]
	wi := &dc.info[i]
	*wi = e.info
	dc.words++
	dc.lex[i] = wi.lex
	if wi.upper = startsUpper(t.Text); wi.upper {
		dc.lex[i] |= LexUpper
		wi.name = isName(t, dc.sentenceInitial(i), e.bits)
	}
	wi.foreign = wi.foreign && !wi.name
}

// A text written without accents ("les elus ont demande des
// precisions") is read as its accented words: at least minAccentWords
// words, in a language where at least minAccentShare of words carry an
// accent, with under an eighth of that share accented here.
const (
	minAccentWords = 30
	minAccentShare = 0.05
)

// restoreAccents reads every word that is not a dictionary word of the
// text's language, and whose accents restored make one, as that word:
// "operations" is "opérations" here, not English.
func (dc *doc) restoreAccents(acc *lexicon.Accents) {
	own := dc.d.text.Lexicon
	for i, t := range dc.toks {
		if !dc.info[i].word || dc.info[i].ownDict {
			continue
		}
		id, ok := acc.Restore(t.Norm)
		if !ok {
			continue
		}
		e := dc.entry(own.Form(id))
		dc.setLex(i, e.li) // what later tests read of the word: the restored one
		dc.words--
		dc.setWord(i, e)
		if p := dc.pos[i]; p >= 0 {
			dc.ids[p] = int(e.lmID)
		}
	}
}

// titles clears foreign words inside title-case runs ("Being at Home
// with Claude"): a run of adjacent words, each capitalised or a word of
// the spinner's language (outside the text's dictionary, or far more
// frequent in the spinner's), holding at least two capitalised words and
// either two foreign words or two capitalised words of the spinner's
// language. Foreign words between the run's first and last capitalised
// words are part of a title or a name, not a spinner's work ("Los Angeles
// nut Californie" stays a spin).
func (dc *doc) titles() {
	for i := 0; i < len(dc.toks); {
		if !dc.info[i].word || dc.pos[i] < 0 {
			i++
			continue
		}
		j := i
		var caps []int
		spinCaps, foreign := 0, 0
		for j < len(dc.toks) && dc.info[j].word && dc.pos[j] >= 0 && (j == i || dc.pos[j] == dc.pos[j-1]+1) {
			up := dc.info[j].upper
			spinWord := dc.info[j].spinish
			if !up && !dc.info[j].foreign && !spinWord {
				break
			}
			if up {
				caps = append(caps, j)
				if spinWord {
					spinCaps++
				}
			}
			if dc.info[j].foreign {
				foreign++
			}
			j++
		}
		if len(caps) >= 2 && (spinCaps >= 2 || foreign >= 2) {
			for k := caps[0]; k <= caps[len(caps)-1]; k++ {
				if dc.info[k].foreign {
					dc.info[k].foreign, dc.info[k].name = false, true
				}
			}
		}
		i = max(j, i+1)
	}
}

// modernCount is the subtitle count from which a word of the spinner's
// language counts as a loanword of the text's language ("people",
// "story"), unless it is one of the spinner language's function words.
const modernCount = 2500

// usedCount is the subtitle count from which a foreign word counts as
// used by speakers of the text's language: it then needs clearer evidence.
const usedCount = 300

// isName tells names from words: a capitalised token inside a sentence is
// a name when the corpora mostly capitalise it, or when neither lexicon
// knows it as a common word. names is what its word's lexicon facts say
// (see wordNames).
func isName(t *types.Token, initial bool, names wordBits) bool {
	if !startsUpper(t.Text) {
		return false
	}
	if allUpper(t.Text) && len(t.Text) > 1 {
		return true // an acronym
	}
	if initial {
		return names&nameInitial != 0
	}
	return names&nameInside != 0
}

// wordBits are facts of a word that passes over every token test, worked
// out once per word and kept in its word-table slot (see entry) and in
// the doc's array beside its facts' index (doc.lexB), so that a test
// reads them there instead of in the word's facts elsewhere in the heap.
type wordBits uint8

const (
	// nameInitial and nameInside: the word capitalised is a name at the
	// start of a sentence, and inside one, as far as the lexicons tell
	// (the word's part of isName).
	nameInitial wordBits = 1 << iota
	nameInside
	// textAnchor: the word keeps a run of words in the text's language:
	// unknown to the spinner's dictionary, or a function word of the
	// text's language far more at home there (see shortForeign).
	textAnchor
)

// wordNames works out the name bits of a word from its ids in the text's
// and the spinner's lexicons (ook, sok: whether it has them).
func wordNames(own *lexicon.Lexicon, oid int, ook bool, spin *lexicon.Lexicon, sid int, sok bool) wordBits {
	capsOwn, capsSpin := -1.0, -1.0
	if ook {
		capsOwn = own.CapsShare(oid)
	}
	if sok {
		capsSpin = spin.CapsShare(sid)
	}
	if capsOwn >= 0.5 {
		return nameInitial | nameInside
	}
	var f wordBits
	// At the start of a sentence capitals say little: a name when no
	// lexicon knows the word, or when the spinner's language mostly
	// capitalises it ("Chen").
	if capsOwn < 0 && (capsSpin < 0 || capsSpin >= 0.5) {
		f |= nameInitial
	}
	// Inside a sentence, a capitalised word that the text's language does
	// not know as a common word is a name or a title ("la Nuclear Posture
	// Review"), even when it is also a common word of the spinner's
	// language.
	if capsOwn < 0 || own.Flags(oid)&lexicon.InDictionary == 0 {
		f |= nameInside
	}
	return f
}

// sentenceInitial reports whether token i opens a sentence, possibly
// after an opening bracket or quotation mark: where capitals are expected.
func (dc *doc) sentenceInitial(i int) bool {
	if dc.toks[i].SentStart {
		return true
	}
	for j := i - 1; j >= 0; j-- {
		t := dc.toks[j]
		if t.Kind != types.Punct {
			return false
		}
		switch t.Text {
		case "(", "[", "«", "“", "\"", "—", "–", "-":
			continue
		case ".", "!", "?", "…", ":":
			return true
		}
		return false
	}
	return true
}

// lexInfo is what both lexicons say of one normalized form; computed once
// per distinct form of a text.
type lexInfo struct {
	word                                                 string // the form, a copy that no text holds
	oid, sid, lmID                                       int
	ook, sok                                             bool
	ownPM, spinPM                                        float64
	ownSubs                                              uint32
	ownDict, ownStop, content, homog, spinDict, spinStop bool
	nominal                                              bool     // a noun or adjective reading, not a stop word
	assoc                                                int32    // association id of its content lemma, −1 if none
	lex                                                  LexFlags // what LMView.Lex gives its tokens, but LexUpper
	// noOriginal: the confusion table holds the word with no candidate
	// original, so the real-word test cannot find it spun.
	noOriginal bool
	f          feats    // agreement features in the text's language
	bits       wordBits // the facts per-token tests read (see wordBits)
}

func (dc *doc) lexOf(norm string) *lexInfo { return dc.entry(norm).li }

// entry returns the scratch's word table entry of a word, made on first
// sight. It is valid until the next word is added.
func (dc *doc) entry(norm string) *wordEntry {
	a, b := wordkey.Key(norm)
	e := dc.s.words.find(norm, a, b)
	if e.li != nil {
		return e
	}
	li := dc.lexInfo(norm)
	e = dc.s.words.add(e, norm, a, b, li)
	e.lmID, e.f = int32(li.lmID), li.f
	e.info, e.bits = dc.wordFacts(norm, li), li.bits
	return e
}

// tokenLex is entry for token k, whose facts it records for lexAt. A
// word keeps one index for the doc.
func (dc *doc) tokenLex(k int, norm string) *wordEntry {
	e := dc.entry(norm)
	if e.gen != dc.s.gen {
		dc.lexes, dc.lexF, dc.lexB = append(dc.lexes, e.li), append(dc.lexF, e.f), append(dc.lexB, e.bits)
		e.idx, e.gen = int32(len(dc.lexes)), dc.s.gen
	}
	dc.tl[k] = e.idx
	return e
}

// setLex records li as token k's lexicon facts.
func (dc *doc) setLex(k int, li *lexInfo) {
	dc.lexes, dc.lexF, dc.lexB = append(dc.lexes, li), append(dc.lexF, li.f), append(dc.lexB, li.bits)
	dc.tl[k] = int32(len(dc.lexes))
}

// lexAt returns token k's lexicon facts, nil when it is not a word.
func (dc *doc) lexAt(k int) *lexInfo {
	if x := dc.tl[k]; x > 0 {
		return dc.lexes[x-1]
	}
	return nil
}

// lexInfo works out the facts of a word the scratch has not met: from
// the shared cache, or from the lexicons. It must not use the scratch's
// word table, which lexOf and tokenLex hold a slot of.
func (dc *doc) lexInfo(norm string) *lexInfo {
	if c := dc.common; c != nil {
		if li, ok := c.lex.get(norm); ok {
			return li
		}
	}
	own := dc.d.text.Lexicon
	li := &lexInfo{word: keyOf(norm), lmID: languagemodel.Unk, assoc: -1, lex: LexWord}
	// One joint lookup in the three tables: their memory is fetched at once.
	tables := [3]*strtab.Table{dc.d.text.WordLM.Vocab(), own.Forms()}
	if dc.d.spin != nil {
		tables[2] = dc.d.spin.Lexicon.Forms()
	}
	var ids [3]int
	var oks [3]bool
	strtab.LookupJoint(tables[:], norm, ids[:], oks[:])
	if oks[0] {
		li.lmID = ids[0]
	}
	li.oid, li.ook = ids[1], oks[1]

	if li.ook {
		// Subtitles show today's vocabulary, loanwords included
		// ("people", "story"), which the pack corpora under-represent.
		li.ownPM = max(own.PerMillion(li.oid), own.SubsPerMillion(li.oid))
		li.ownSubs = own.SubsCount(li.oid)
		li.ownDict = own.Flags(li.oid)&lexicon.InDictionary != 0
		li.ownStop = own.Flags(li.oid)&lexicon.Stopword != 0
		li.lex |= LexKnown
		if li.ownStop {
			li.lex |= LexStopword
		}
		if li.ownDict || own.Count(li.oid) >= 3 {
			li.lex |= LexListed
		}
		if own.PerMillion(li.oid) < 1 && own.SubsPerMillion(li.oid) < 1 {
			li.lex |= LexRare
		}
		dc.abuf = own.Analyses(dc.abuf[:0], li.oid)
		for _, a := range dc.abuf {
			li.f.add(a)
			switch a.POS {
			case types.Noun, types.Adj, types.Verb, types.Adv:
				li.content = true
			}
			switch a.POS {
			case types.Noun, types.Adj:
				li.nominal = li.nominal || own.Flags(li.oid)&lexicon.Stopword == 0
			}
		}
		li.homog = own.IsHomograph(li.oid)
		if t := dc.d.conf; t != nil && li.homog {
			es, ok := t.Entries(li.oid)
			li.noOriginal = ok && es.Len() == 0
		}
		if x := dc.d.text.AssocIndex; x != nil {
			li.assoc = int32(x.ID(li.oid))
		}
	}
	if dc.d.spin != nil {
		spin := dc.d.spin.Lexicon
		li.sid, li.sok = ids[2], oks[2]
		if li.sok {
			li.spinPM = spin.PerMillion(li.sid)
			li.spinDict = spin.Flags(li.sid)&lexicon.InDictionary != 0
			li.spinStop = spin.Flags(li.sid)&lexicon.Stopword != 0
			if li.spinStop {
				li.lex |= LexSpinStopword
			}
		}
	}
	var spin *lexicon.Lexicon
	if dc.d.spin != nil {
		spin = dc.d.spin.Lexicon
	}
	li.bits = wordNames(own, li.oid, li.ook, spin, li.sid, li.sok)
	if !li.sok || !li.spinDict || li.ownStop && li.ownPM >= 5*li.spinPM {
		li.bits |= textAnchor
	}
	if c := dc.common; c != nil {
		c.lex.putOwned(li.word, li)
	}
	return li
}

// context returns the two LM ids before position a within its sentence.
func (dc *doc) context(a int) (u, v int) {
	if a >= len(dc.sent) {
		return languagemodel.BOS, languagemodel.BOS
	}
	return dc.contextIn(a, dc.sent[a])
}

// contextIn returns the two LM ids before position a that belong to
// sentence s (BOS where there are none).
func (dc *doc) contextIn(a, s int) (u, v int) {
	u, v = languagemodel.BOS, languagemodel.BOS
	if a-1 >= 0 && dc.sent[a-1] == s {
		v = dc.ids[a-1]
		if a-2 >= 0 && dc.sent[a-2] == s {
			u = dc.ids[a-2]
		}
	}
	return u, v
}

// score returns log10 P of the LM positions [a, b) replaced by mid, and of
// the two positions that follow (their context changes), within the
// sentence of a.
func (dc *doc) score(a, b int, mid []int) float64 {
	lm := dc.d.text.WordLM
	s := dc.sent[min(a, len(dc.sent)-1)]
	u, v := dc.context(a)
	sum := 0.0
	for _, x := range mid {
		sum += float64(lm.WordLogProb(u, v, x))
		u, v = v, x
	}
	for j := b; j < b+2; j++ {
		if j >= len(dc.ids) || dc.sent[j] != s {
			sum += float64(lm.LogProb(u, v, languagemodel.EOS))
			break
		}
		sum += float64(lm.WordLogProb(u, v, dc.ids[j]))
		u, v = v, dc.ids[j]
	}
	return sum
}

// wlp returns the log10 probability of the word at LM position p after
// the two positions before it in its sentence (the unknown-word penalty
// included), computed once per position.
func (dc *doc) wlp(p int) float32 {
	dc.initLP()
	if x := dc.lp[p]; x == x {
		return x
	}
	u, v := dc.context(p)
	x := dc.d.text.WordLM.WordLogProb(u, v, dc.ids[p])
	dc.lp[p] = x
	return x
}

// initLP makes dc.lp, every position unknown (NaN), on first need.
func (dc *doc) initLP() {
	if dc.lp == nil {
		dc.lp = reuse(dc.s.lp, len(dc.ids))
		nan := float32(math.NaN())
		for k := range dc.lp {
			dc.lp[k] = nan
		}
	}
}

// observed is score(a, b, dc.ids[a:b]): the text as it stands, from the
// positions' cached probabilities.
func (dc *doc) observed(a, b int) float64 {
	s := dc.sent[min(a, len(dc.sent)-1)]
	sum := 0.0
	for p := a; p < b; p++ {
		sum += float64(dc.wlp(p))
	}
	for j := b; j < b+2; j++ {
		if j >= len(dc.ids) || dc.sent[j] != s {
			u, v := dc.contextIn(j, s)
			sum += float64(dc.d.text.WordLM.LogProb(u, v, languagemodel.EOS))
			break
		}
		sum += float64(dc.wlp(j))
	}
	return sum
}

// lmIDs maps a (possibly multi-word) candidate to LM ids.
func (dc *doc) lmIDs(words []string) []int {
	out := make([]int, len(words))
	for i, w := range words {
		out[i] = dc.d.text.WordLM.ID(w)
	}
	return out
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// leaks raises the confidence of single untranslated words when a text has
// many of them: one English word in human French is usually a borrowing,
// but machine translation leaves untranslated words by the dozen.
func (dc *doc) leaks() {
	n, words := 0, 0
	for _, f := range dc.out {
		if f.Kind == types.Untranslated && f.Confidence < 0.5 {
			n++
		}
	}
	for _, wi := range dc.info {
		if wi.word {
			words++
		}
	}
	if n < leakMin || float64(n) < leakShare*float64(words) {
		return
	}
	for i := range dc.out {
		f := &dc.out[i]
		if f.Kind == types.Untranslated && f.Confidence < 0.5 {
			f.Confidence = 0.6
			f.Evidence = append(f.Evidence, fmt.Sprintf("the text has %d such words in %d: machine translation leaves words untranslated", n, words))
		}
	}
}

// A text with at least leakMin single foreign words making at least
// leakShare of its words has them reported.
const (
	leakMin   = 3
	leakShare = 0.01
)
