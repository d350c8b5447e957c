package corpus

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
)

type pqRow struct {
	ID   string `parquet:"id"`
	Text string `parquet:"text"`
	URL  string `parquet:"url,optional"`
	N    int64  `parquet:"n"`
}

func TestParquet(t *testing.T) {
	var b bytes.Buffer
	w := parquet.NewGenericWriter[pqRow](&b, parquet.MaxRowsPerRowGroup(3))
	rows := []pqRow{{"a", "Premier texte.", "https://x.example/a", 1}, {"b", "Deuxième.", "", 2}, {"c", "Troisième.", "https://y.example/c", 3}, {"d", "Quatrième.", "", 4}}
	if _, err := w.Write(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "d.parquet")
	os.WriteFile(p, b.Bytes(), 0o644)
	docs, rejects := readAll(t, p, Options{})
	if len(docs) != 4 || len(rejects) != 0 {
		t.Fatalf("docs %d rejects %v", len(docs), rejects)
	}
	for i, d := range docs {
		if d.ID != rows[i].ID || d.Text != rows[i].Text || d.URL != rows[i].URL || d.Index != int64(i) {
			t.Errorf("row %d: %+v", i, d)
		}
		var obj map[string]any
		if err := json.Unmarshal(d.Raw, &obj); err != nil || obj["n"] != float64(rows[i].N) || obj["text"] != rows[i].Text {
			t.Errorf("row %d raw %s", i, d.Raw)
		}
	}
	if _, err := Open(write(t, "cut.parquet", b.Bytes()[:b.Len()/2]), Options{}); err == nil {
		t.Error("a truncated Parquet file opened")
	}
	if _, err := Open(p, Options{TextField: "body"}); err == nil {
		t.Error("a Parquet file without the text column opened")
	}
}
