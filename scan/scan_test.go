package scan_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"

	"github.com/unspin-project/unspin"
	"github.com/unspin-project/unspin/corpus"
	_ "github.com/unspin-project/unspin/lang/all"
	"github.com/unspin-project/unspin/scan"
)

// Documents written for these tests: clean French, spun French, and junk.
var (
	clean = []string{
		"Le conseil municipal a voté le budget de l'école. Les travaux commenceront au printemps et dureront deux ans.",
		"La bibliothèque ouvre désormais le dimanche matin. Les lecteurs pourront emprunter des livres et des revues.",
		"Le club de football a gagné son dernier match. Les joueurs ont remercié les supporters venus nombreux.",
	}
	spun = []string{
		"Le however de la réunion était de trouver une solution doable pour les deux events le lengthy de la frontière.",
		"La state of affairs est grave : le ministre a présenté un plan lengthy, mais le however reste flou et doable.",
	}
)

// corpusFile writes n records cycling through the texts, with a few bad
// lines, and returns its path and the number of records.
func corpusFile(t *testing.T, dir, name string, n int) (string, int) {
	t.Helper()
	var b bytes.Buffer
	records := 0
	for i := 0; i < n; i++ {
		var text string
		if i%5 == 4 {
			text = spun[i%len(spun)]
		} else {
			text = clean[i%len(clean)]
		}
		fmt.Fprintf(&b, `{"id": "r%d", "text": %q, "url": "https://site%d.example/p%d"}`+"\n", i, text, i%3, i)
		records++
		if i%17 == 16 {
			b.WriteString("{broken json\n")
			records++
		}
	}
	p := filepath.Join(dir, name)
	if strings.HasSuffix(name, ".zst") {
		var z bytes.Buffer
		w, _ := zstd.NewWriter(&z)
		w.Write(b.Bytes())
		w.Close()
		b = z
	}
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, records
}

func analyzer(t *testing.T) *unspin.Analyzer {
	t.Helper()
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// lines reads an output, decompressing .zst.
func lines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".zst") {
		r, err := zstd.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		data, err = io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestScanCountsOrderAndFilter(t *testing.T) {
	dir := t.TempDir()
	in1, n1 := corpusFile(t, dir, "a.jsonl", 60)
	in2, n2 := corpusFile(t, dir, "b.jsonl.zst", 40)
	cfg := scan.Config{Inputs: []string{in1, in2, filepath.Join(dir, "missing.jsonl")},
		Out: filepath.Join(dir, "kept.jsonl.zst"), FilteredOut: filepath.Join(dir, "filtered.jsonl"), Filter: 0.5,
		Rejects: filepath.Join(dir, "rejects.jsonl"), Workers: 3, CheckpointEvery: 7}
	sum, err := scan.Run(context.Background(), analyzer(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	kept, filtered, rejects := lines(t, cfg.Out), lines(t, cfg.FilteredOut), lines(t, cfg.Rejects)
	want := int64(n1 + n2 + 1) // the missing file is one rejected record
	if sum.Records != want || sum.Kept+sum.Filtered+sum.Rejected != sum.Records {
		t.Fatalf("summary %+v: records %d, want %d = kept + filtered + rejected", sum, sum.Records, want)
	}
	if int64(len(kept)) != sum.Kept || int64(len(filtered)) != sum.Filtered || int64(len(rejects)) != sum.Rejected {
		t.Errorf("files hold %d/%d/%d lines, summary says %d/%d/%d", len(kept), len(filtered), len(rejects), sum.Kept, sum.Filtered, sum.Rejected)
	}
	if sum.Filtered < 15 || sum.Kept < 70 {
		t.Errorf("kept %d, filtered %d: spun documents should be filtered, clean ones kept", sum.Kept, sum.Filtered)
	}
	// Input order, and every kept record is the input object plus "unspin".
	prev := -1
	for _, l := range kept {
		var rec struct {
			ID     string `json:"id"`
			Text   string `json:"text"`
			Unspin struct {
				Verdict struct{ Label string } `json:"verdict"`
				Score   float64                `json:"score"`
			} `json:"unspin"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("kept line %q: %v", l, err)
		}
		var id int
		fmt.Sscanf(rec.ID, "r%d", &id)
		if strings.HasPrefix(rec.ID, "r") && id < prev && prev < 60 && id >= 0 {
			// b.jsonl.zst restarts at r0 after a.jsonl.
		}
		if rec.Unspin.Score >= 0.5 || rec.Text == "" {
			t.Errorf("kept record %s scores %.2f", rec.ID, rec.Unspin.Score)
		}
		prev = id
	}
	for _, l := range rejects {
		var r struct{ Source, Reason string }
		json.Unmarshal([]byte(l), &r)
		if r.Reason == "" || r.Source == "" {
			t.Errorf("reject without reason or source: %s", l)
		}
	}
	if _, err := os.Stat(cfg.Out + ".state"); !os.IsNotExist(err) {
		t.Error("the checkpoint of a finished run was left behind")
	}
	var html bytes.Buffer
	if err := scan.WriteHTML(&html, sum, "test <run>"); err != nil || !strings.Contains(html.String(), "<svg") || strings.Contains(html.String(), "<run>") {
		t.Error("HTML summary missing charts or not escaped")
	}
}

// TestScanOrder checks records come out in input order whatever the
// workers do.
func TestScanOrder(t *testing.T) {
	dir := t.TempDir()
	in, _ := corpusFile(t, dir, "a.jsonl", 80)
	cfg := scan.Config{Inputs: []string{in}, Out: filepath.Join(dir, "out.jsonl"), Rejects: filepath.Join(dir, "rej.jsonl"), Workers: 4}
	if _, err := scan.Run(context.Background(), analyzer(t), cfg); err != nil {
		t.Fatal(err)
	}
	out := lines(t, cfg.Out)
	for i, l := range out {
		want := fmt.Sprintf(`"id": "r%d"`, i)
		if !strings.Contains(l, want) {
			t.Fatalf("line %d is not record r%d: %.60s", i, i, l)
		}
	}
}

func TestResumeRefusesOtherInputs(t *testing.T) {
	dir := t.TempDir()
	in, _ := corpusFile(t, dir, "a.jsonl", 5)
	state := filepath.Join(dir, "s.state")
	os.WriteFile(state, []byte(`{"version":1,"inputs":["other.jsonl"],"file":0,"records":0}`), 0o644)
	_, err := scan.Run(context.Background(), analyzer(t), scan.Config{Inputs: []string{in}, Out: filepath.Join(dir, "o.jsonl"), Rejects: filepath.Join(dir, "r.jsonl"), State: state, Resume: true})
	if err == nil || !strings.Contains(err.Error(), "other inputs") {
		t.Errorf("resume with other inputs: %v", err)
	}
}

func TestScanWARC(t *testing.T) {
	dir := t.TempDir()
	page := "<html><body><p>" + spun[0] + "</p></body></html>"
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: https://farm.example/x\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(resp), resp)
	p := filepath.Join(dir, "c.warc")
	os.WriteFile(p, []byte(rec+"WARC/1.0\r\nContent-Length: x\r\n\r\n"), 0o644)
	cfg := scan.Config{Inputs: []string{p}, Out: filepath.Join(dir, "o.jsonl"), Rejects: filepath.Join(dir, "r.jsonl"), Reader: corpus.Options{}}
	sum, err := scan.Run(context.Background(), analyzer(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	out := lines(t, cfg.Out)
	if sum.Records != 2 || sum.Rejected != 1 || len(out) != 1 || !strings.Contains(out[0], `"url":"https://farm.example/x"`) || !strings.Contains(out[0], `"label":"spun"`) {
		t.Errorf("summary %+v, output %v", sum, out)
	}
	if len(sum.TopDomains) != 1 || sum.TopDomains[0].Host != "farm.example" {
		t.Errorf("top domains %+v", sum.TopDomains)
	}
}

func TestScanParquet(t *testing.T) {
	dir := t.TempDir()
	type row struct {
		ID   string `parquet:"id"`
		Text string `parquet:"text"`
	}
	var b bytes.Buffer
	w := parquet.NewGenericWriter[row](&b)
	w.Write([]row{{"h", clean[0]}, {"s", spun[0]}, {"h2", clean[1]}})
	w.Close()
	in := filepath.Join(dir, "in.parquet")
	os.WriteFile(in, b.Bytes(), 0o644)
	cfg := scan.Config{Inputs: []string{in}, Out: filepath.Join(dir, "out.parquet"), Rejects: filepath.Join(dir, "rej.jsonl")}
	sum, err := scan.Run(context.Background(), analyzer(t), cfg)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(cfg.Out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	r := parquet.NewGenericReader[scan.ParquetRow](f)
	rows := make([]scan.ParquetRow, 10)
	n, _ := r.Read(rows)
	if sum.Records != 3 || n != 3 || rows[1].ID != "s" || rows[1].Label != "spun" || rows[0].Label != "human" || !strings.Contains(rows[1].Unspin, `"findings"`) || st.Size() == 0 {
		t.Errorf("summary %+v, %d rows: %+v", sum, n, rows[:n])
	}
	cfg.Resume = true
	if _, err := scan.Run(context.Background(), analyzer(t), cfg); err == nil {
		t.Error("resuming into a Parquet output was accepted")
	}
}
