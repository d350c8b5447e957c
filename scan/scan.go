package scan

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/corpus"
	"github.com/unspin-project/unspin/internal/freelist"
	"github.com/unspin-project/unspin/report"
	"github.com/unspin-project/unspin/source"
	"github.com/unspin-project/unspin/types"
)

// Config describes a run.
type Config struct {
	Inputs      []string       // corpus files, in order
	Reader      corpus.Options // fields and record size limit
	Out         string         // kept documents (all of them without Filter); ".zst" compresses
	FilteredOut string         // documents scoring at or above Filter; required with Filter
	Filter      float64        // 0: no filtering; else the P(not human) from which a document is filtered
	Rejects     string         // malformed records with their reason; required
	State       string         // checkpoint file (default Out + ".state")
	Resume      bool           // continue a run from its checkpoint
	Workers     int            // analyses in parallel (default: all cores)
	Repaired    bool           // add the repaired text
	// Sources, if set, are searched for each document's source: the best
	// match goes in the record's "unspin" object as "source".
	Sources *source.Index
	// CheckpointEvery is the number of records between checkpoints
	// (default 2000); every file's end is one too.
	CheckpointEvery int
	// Progress, if set, is called about twice a second.
	Progress func(Progress)

	// crashAfter, in tests, stops the run like a killed process after
	// that many records: outputs flushed past the last checkpoint, no
	// new checkpoint.
	crashAfter int64
}

// errCrash is what a run stopped by crashAfter returns.
var errCrash = errors.New("scan: simulated crash")

// Progress is a snapshot for a progress display.
type Progress struct {
	File, Files   int
	Records       int64
	DoneBytes     int64 // of the input files, as stored
	TotalBytes    int64
	Elapsed       time.Duration
	RecordsPerSec float64
	BytesPerSec   float64 // input bytes
}

// state is the checkpoint.
type state struct {
	Version int              `json:"version"`
	Inputs  []string         `json:"inputs"`
	File    int              `json:"file"`    // the file being read
	Records int64            `json:"records"` // records of it already written
	Sizes   map[string]int64 `json:"sizes"`   // output sizes at the checkpoint
	Summary *Summary         `json:"summary"`
	Domains []DomainCount    `json:"domains"`
}

// Run scans the inputs. It returns the summary; an error means the run
// stopped (a bad output path, a cancelled context), not a bad record.
func Run(ctx context.Context, a *unspin.Analyzer, cfg Config) (*Summary, error) {
	if cfg.Out == "" || cfg.Rejects == "" {
		return nil, errors.New("scan: an output and a rejects file are required")
	}
	if cfg.Filter > 0 && cfg.FilteredOut == "" {
		return nil, errors.New("scan: filtering needs an output for the filtered documents")
	}
	if cfg.State == "" {
		cfg.State = cfg.Out + ".state"
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.CheckpointEvery <= 0 {
		cfg.CheckpointEvery = 2000
	}
	st := state{Version: 1, Inputs: cfg.Inputs, Summary: newSummary(), Sizes: map[string]int64{}}
	if cfg.Resume {
		loaded, err := loadState(cfg.State, cfg.Inputs)
		if err != nil {
			return nil, err
		}
		st = loaded
	}
	outs := map[string]*output{}
	for _, p := range []string{cfg.Out, cfg.FilteredOut, cfg.Rejects} {
		if p == "" {
			continue
		}
		o, err := openOutput(p, cfg.Resume, st.Sizes[p])
		if err != nil {
			closeAll(outs)
			return nil, err
		}
		outs[p] = o
	}
	s := &scanner{cfg: cfg, a: a, st: st, outs: outs, start: time.Now()}
	// A first checkpoint, so that a run killed before its first batch
	// resumes from the start.
	err := s.checkpoint()
	if err == nil {
		err = s.run(ctx)
	}
	if cerr := closeAll(outs); err == nil {
		err = cerr
	}
	s.st.Summary.Seconds += time.Since(s.start).Seconds()
	s.st.Summary.finish()
	if err == nil {
		os.Remove(cfg.State)
	}
	return s.st.Summary, err
}

func closeAll(outs map[string]*output) error {
	var first error
	for _, o := range outs {
		if err := o.close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

type scanner struct {
	cfg   Config
	a     *unspin.Analyzer
	st    state
	outs  map[string]*output
	start time.Time
	total int64 // input bytes, for progress
	done  int64 // bytes of finished files
	// lines holds written output lines' buffers for the workers to reuse.
	lines *freelist.List
}

func (s *scanner) run(ctx context.Context) error {
	for _, p := range s.cfg.Inputs {
		if fi, err := os.Stat(p); err == nil {
			s.total += fi.Size()
		}
	}
	for i := 0; i < s.st.File; i++ {
		if fi, err := os.Stat(s.cfg.Inputs[i]); err == nil {
			s.done += fi.Size()
		}
	}
	for ; s.st.File < len(s.cfg.Inputs); s.st.File, s.st.Records = s.st.File+1, 0 {
		if err := s.file(ctx, s.cfg.Inputs[s.st.File]); err != nil {
			return err
		}
		if fi, err := os.Stat(s.cfg.Inputs[s.st.File]); err == nil {
			s.done += fi.Size()
			s.st.Summary.InBytes += fi.Size()
		}
		s.st.Summary.Files++
	}
	return nil
}

// job is one record to analyse; result what to write for it.
type job struct {
	seq int64
	rec corpus.Record
}

type result struct {
	seq       int64
	raw       []byte // the record's Raw, for the reader to reuse once written
	dest      string // output path
	line      []byte
	label     string
	score     float64
	lang, url string
	kinds     map[string]int
	textBytes int
	sourced   bool
	reject    error
}

// file scans one input: a reader goroutine, workers, and this goroutine
// writing results in input order.
func (s *scanner) file(ctx context.Context, path string) error {
	r, err := corpus.Open(path, s.cfg.Reader)
	if err != nil {
		// An input that cannot be opened is one rejected record, so that
		// the run goes on and the count stays whole.
		res := result{dest: s.cfg.Rejects, reject: err}
		res.line = rejectLine(corpus.Record{Source: path}, err)
		if s.st.Records == 0 {
			s.st.Summary.Records++
			if err := s.emit(res); err != nil {
				return err
			}
		}
		return s.checkpoint()
	}
	defer r.Close()
	// Skip what a previous run already wrote.
	for n := int64(0); n < s.st.Records; n++ {
		if _, err := r.Next(); err != nil {
			return fmt.Errorf("scan: %s: cannot skip to record %d on resume: %v", path, s.st.Records, err)
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inflight := 4 * s.cfg.Workers
	jobs := make(chan job, inflight)
	results := make(chan result, inflight)
	s.lines = freelist.New(inflight, maxRecycled)
	slots := make(chan struct{}, inflight) // bounds records in flight
	var readErr error
	go func() {
		defer close(jobs)
		for seq := int64(0); ; seq++ {
			rec, err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq, rec}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < s.cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- s.analyse(j):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	rc, _ := r.(corpus.Recycler)
	pending := map[int64]result{}
	next := int64(0)
	lastProgress := time.Now()
	for res := range results {
		pending[res.seq] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			s.st.Summary.Records++
			if err := s.emit(r); err != nil {
				return err
			}
			s.lines.Put(r.line)
			if rc != nil {
				rc.Recycle(r.raw)
			}
			s.st.Records++
			if s.cfg.crashAfter > 0 && s.st.Summary.Records >= s.cfg.crashAfter {
				for _, o := range s.outs {
					if o.pq != nil {
						continue
					}
					o.bw.Flush()
					if o.zw != nil {
						o.zw.Flush()
					}
				}
				return errCrash
			}
			if s.st.Records%int64(s.cfg.CheckpointEvery) == 0 {
				if err := s.checkpoint(); err != nil {
					return err
				}
			}
		}
		if s.cfg.Progress != nil && time.Since(lastProgress) > 500*time.Millisecond {
			lastProgress = time.Now()
			s.progress(r.Consumed())
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if readErr != nil {
		return fmt.Errorf("scan: %s: %w", path, readErr)
	}
	if sk, ok := r.(corpus.Skipper); ok {
		s.st.Summary.Skipped += sk.Skipped()
	}
	if s.cfg.Progress != nil {
		s.progress(r.Consumed())
	}
	return s.checkpoint()
}

func (s *scanner) progress(consumed int64) {
	el := time.Since(s.start)
	sec := max(el.Seconds(), 1e-9)
	s.cfg.Progress(Progress{File: s.st.File + 1, Files: len(s.cfg.Inputs), Records: s.st.Summary.Records,
		DoneBytes: s.done + consumed, TotalBytes: s.total, Elapsed: el,
		RecordsPerSec: float64(s.st.Summary.Records) / sec, BytesPerSec: float64(s.done+consumed) / sec})
}

// emit writes a result to its output and counts it.
func (s *scanner) emit(r result) error {
	switch {
	case r.reject != nil:
		s.st.Summary.Rejected++
		s.st.Summary.Reasons[reason(r.reject)]++
	case r.dest == s.cfg.FilteredOut && s.cfg.FilteredOut != "":
		s.st.Summary.Filtered++
		s.st.Summary.add(r)
	default:
		s.st.Summary.Kept++
		s.st.Summary.add(r)
	}
	return s.outs[r.dest].write(r.line)
}

// checkpoint makes the outputs durable and records how far the run got.
func (s *scanner) checkpoint() error {
	for p, o := range s.outs {
		size, err := o.sync()
		if err != nil {
			return err
		}
		s.st.Sizes[p] = size
	}
	s.st.Domains = s.st.Domains[:0]
	for _, d := range s.st.Summary.Domains {
		s.st.Domains = append(s.st.Domains, *d)
	}
	data, err := json.Marshal(s.st)
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	tmp := s.cfg.State + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("scan: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("scan: %w", err)
	}
	f.Close()
	if err := os.Rename(tmp, s.cfg.State); err != nil {
		return fmt.Errorf("scan: %w", err)
	}
	return nil
}

func loadState(path string, inputs []string) (state, error) {
	var st state
	data, err := os.ReadFile(path)
	if err != nil {
		return st, fmt.Errorf("scan: nothing to resume: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("scan: %s: %w", path, err)
	}
	if st.Version != 1 || len(st.Inputs) != len(inputs) {
		return st, fmt.Errorf("scan: %s was written for other inputs", path)
	}
	for i := range inputs {
		if st.Inputs[i] != inputs[i] {
			return st, fmt.Errorf("scan: %s was written for other inputs (%s, not %s)", path, st.Inputs[i], inputs[i])
		}
	}
	if st.Summary == nil {
		st.Summary = newSummary()
	}
	st.Summary.Domains = map[string]*DomainCount{}
	for _, d := range st.Domains {
		d := d
		st.Summary.Domains[d.Host] = &d
	}
	if st.Sizes == nil {
		st.Sizes = map[string]int64{}
	}
	return st, nil
}

// Dest says which output a record goes to.
type Dest int

// Destinations.
const (
	Kept Dest = iota
	Filtered
	Rejected
)

// Result is one record analysed: its output line and destination, and what
// the summary counts of it.
type Result struct {
	Line      []byte
	Dest      Dest
	Reject    error // why, for Rejected
	Label     string
	Score     float64
	Lang, URL string
	Kinds     map[string]int
	TextBytes int
	Sourced   bool // a source was found with confidence 0.5 or more
}

// Options are the per-record choices of Analyse.
type Options struct {
	Filter   float64       // documents scoring at or above it are Filtered (0: never)
	Repaired bool          // add the repaired text
	Sources  *source.Index // if set, each document's best source is added
}

// Analyse analyses one record and renders its output line: the record
// with the "unspin" object added, or, for a rejected record, where it is
// and why. It is the whole per-record work of Run, for other drivers (the
// Beam pipeline).
func Analyse(a *unspin.Analyzer, rec corpus.Record, opt Options) Result {
	return analyseInto(nil, a, rec, opt)
}

// analyseInto is Analyse with the output line appended to dst[:0].
func analyseInto(dst []byte, a *unspin.Analyzer, rec corpus.Record, opt Options) Result {
	res := Result{URL: rec.URL, TextBytes: len(rec.Text)}
	reject := func(err error) Result {
		res.Reject, res.Dest, res.Line = err, Rejected, rejectLine(rec, err)
		return res
	}
	if rec.Err != nil {
		return reject(rec.Err)
	}
	rep, err := a.Analyze(rec.Text)
	var langErr *unspin.LanguageError
	if errors.As(err, &langErr) {
		// A document in a language without a pack is kept, unjudged.
		res.Lang, res.Label = cmp.Or(langErr.Lang, "und"), "none"
		u, err := json.Marshal(unspinObject{Lang: res.Lang, Findings: []compactFinding{}, Skipped: langErr.Error()})
		if err != nil {
			return reject(err)
		}
		res.Dest, res.Line = Kept, withUnspin(dst, rec, u)
		return res
	}
	if err != nil {
		return reject(err)
	}
	res.Lang, res.Label = rep.Lang, "none"
	res.Kinds = map[string]int{}
	for _, f := range rep.Findings {
		res.Kinds[string(f.Kind)]++
	}
	doc := report.Build(rep.Input(rec.Text))
	obj := unspinObject{Lang: doc.Lang, Verdict: doc.Verdict, Findings: compact(doc.Findings)}
	if rep.Verdict != nil {
		res.Label = string(rep.Verdict.Label)
		res.Score = 1 - rep.Verdict.P[types.Human]
		sc := res.Score
		obj.Score = &sc
	}
	if opt.Repaired {
		obj.Repaired = &rep.Repaired
	}
	if opt.Sources != nil && rep.Lang != opt.Sources.Lang() {
		// Only a text in another language can be a translated copy.
		ms, err := opt.Sources.Search(context.Background(), rec.Text, rep.Lang, 1)
		if err != nil {
			return reject(err)
		}
		if len(ms) > 0 {
			m := ms[0]
			obj.Source = &sourceObject{ID: m.ID, URL: m.URL, Score: math.Round(m.Score*1000) / 1000, Confidence: m.Confidence}
			res.Sourced = m.Confidence >= 0.5
		}
	}
	u, err := json.Marshal(obj)
	if err != nil {
		return reject(err)
	}
	res.Dest = Kept
	if opt.Filter > 0 && res.Score >= opt.Filter {
		res.Dest = Filtered
	}
	res.Line = withUnspin(dst, rec, u)
	return res
}

// analyse is Analyse for a job of Run, its line in a written line's
// buffer when one is free.
func (s *scanner) analyse(j job) result {
	r := analyseInto(s.lines.Get(), s.a, j.rec, Options{Filter: s.cfg.Filter, Repaired: s.cfg.Repaired, Sources: s.cfg.Sources})
	dest := s.cfg.Out
	switch r.Dest {
	case Filtered:
		dest = s.cfg.FilteredOut
	case Rejected:
		dest = s.cfg.Rejects
	}
	return result{seq: j.seq, raw: j.rec.Raw, dest: dest, line: r.Line, label: r.Label, score: r.Score, lang: r.Lang, url: r.URL, kinds: r.Kinds, textBytes: r.TextBytes, sourced: r.Sourced, reject: r.Reject}
}

// unspinObject is what a record gains.
type unspinObject struct {
	Lang     string           `json:"lang"`
	Verdict  *report.Verdict  `json:"verdict"`
	Score    *float64         `json:"score"` // P(not human); null without verdict
	Findings []compactFinding `json:"findings"`
	Repaired *string          `json:"repaired,omitempty"`
	Skipped  string           `json:"skipped,omitempty"` // why the document was not analysed
	Source   *sourceObject    `json:"source,omitempty"`  // the best candidate source (with --sources)
}

// sourceObject is a document's best candidate source.
type sourceObject struct {
	ID         string  `json:"id"`
	URL        string  `json:"url,omitempty"`
	Score      float64 `json:"score"`
	Confidence float64 `json:"confidence"` // that it is the document's source
}

// compactFinding is a finding without its alternatives and evidence.
type compactFinding struct {
	Start      int        `json:"start"`
	End        int        `json:"end"`
	CharStart  int        `json:"char_start"`
	CharEnd    int        `json:"char_end"`
	Text       string     `json:"text"`
	Kind       types.Kind `json:"kind"`
	Suggestion *string    `json:"suggestion"`
	Confidence float64    `json:"confidence"`
}

func compact(fs []report.Finding) []compactFinding {
	out := make([]compactFinding, 0, len(fs))
	for _, f := range fs {
		out = append(out, compactFinding{f.Start, f.End, f.CharStart, f.CharEnd, f.Text, f.Kind, f.Suggestion, f.Confidence})
	}
	return out
}

// maxRecycled is the largest written line buffer kept for reuse.
const maxRecycled = 1 << 20

// withUnspin returns the record with the "unspin" field added: the JSON
// object as read with the field spliced in before its closing brace, or,
// for records without one (WARC), a new object.
func withUnspin(dst []byte, rec corpus.Record, u []byte) []byte {
	if raw := bytes.TrimSpace(rec.Raw); bytes.Contains(raw, []byte(`"unspin"`)) {
		// The record may have an "unspin" field already: replace it.
		var obj map[string]json.RawMessage
		if json.Unmarshal(raw, &obj) == nil {
			obj["unspin"] = u
			if out, err := json.Marshal(obj); err == nil {
				return out
			}
		}
	}
	if raw := bytes.TrimSpace(rec.Raw); len(raw) >= 2 && raw[len(raw)-1] == '}' {
		body := bytes.TrimSpace(raw[1 : len(raw)-1])
		b := slices.Grow(dst[:0], len(raw)+len(u)+12)
		b = append(b, '{')
		b = append(b, body...)
		if len(body) > 0 {
			b = append(b, ',')
		}
		b = append(b, `"unspin":`...)
		b = append(b, u...)
		return append(b, '}')
	}
	out, _ := json.Marshal(struct {
		ID     string          `json:"id"`
		URL    string          `json:"url,omitempty"`
		Source string          `json:"source"`
		Text   string          `json:"text"`
		Unspin json.RawMessage `json:"unspin"`
	}{rec.ID, rec.URL, rec.Source, rec.Text, u})
	return out
}

// rejectLine describes a rejected record: where it is and why.
func rejectLine(rec corpus.Record, err error) []byte {
	out, _ := json.Marshal(struct {
		Source string `json:"source"`
		Index  int64  `json:"index"`
		Offset int64  `json:"offset"`
		ID     string `json:"id,omitempty"`
		Reason string `json:"reason"`
	}{rec.Source, rec.Index, rec.Offset, rec.ID, err.Error()})
	return out
}
