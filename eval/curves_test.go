package eval

import (
	"bytes"
	"encoding/xml"
	"math"
	"strings"
	"testing"
)

func TestAUC(t *testing.T) {
	for _, tc := range []struct {
		name   string
		scores []DocScore
		want   float64
	}{
		{"perfect", []DocScore{{"a", true, 0.9}, {"b", true, 0.8}, {"c", false, 0.1}, {"d", false, 0}}, 1},
		{"inverted", []DocScore{{"a", true, 0.1}, {"c", false, 0.9}}, 0},
		{"ties count half", []DocScore{{"a", true, 0.5}, {"b", false, 0.5}}, 0.5},
		{"mixed", []DocScore{{"a", true, 0.9}, {"b", true, 0.3}, {"c", false, 0.5}, {"d", false, 0.1}}, 0.75},
		{"one class", []DocScore{{"a", true, 0.9}}, 0.5},
	} {
		s := &Summary{DocScores: tc.scores}
		if got := s.AUC(); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: AUC %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCurve(t *testing.T) {
	s := &Summary{Gold: map[string]int{"x": 4}, Scored: []Scored{
		{Kind: "x", True: true, Confidence: 0.9},
		{Kind: "x", True: true, Confidence: 0.6},
		{Kind: "x", True: false, Confidence: 0.55},
		{Kind: "y", True: false, Confidence: 0.99},
	}}
	c := s.Curve("x")
	if len(c) == 0 || c[0].Threshold != 0 {
		t.Fatalf("curve %v", c)
	}
	at := func(th float64) Point {
		for _, p := range c {
			if math.Abs(p.Threshold-th) < 1e-9 {
				return p
			}
		}
		t.Fatalf("no point at %v in %v", th, c)
		return Point{}
	}
	if p := at(0.5); math.Abs(p.Precision-2.0/3) > 1e-9 || p.Recall != 0.5 {
		t.Errorf("at 0.5: %+v", p)
	}
	if p := at(0.6); p.Precision != 1 || p.Recall != 0.5 {
		t.Errorf("at 0.6: %+v", p)
	}
	if p := at(0.9); p.Precision != 1 || p.Recall != 0.25 {
		t.Errorf("at 0.9: %+v", p)
	}
	for i := 1; i < len(c); i++ {
		if c[i].Recall > c[i-1].Recall {
			t.Errorf("recall rises with the threshold: %v", c)
		}
	}
}

func TestWriteSVG(t *testing.T) {
	var b bytes.Buffer
	err := WriteSVG(&b, `title <with> "markup" & more`, map[string][]Point{"a<b": {{0, 0.5, 1}, {0.5, 0.9, 0.4}}, "c": {{0, 1, 0.2}}})
	if err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(strings.NewReader(b.String()))
	n := 0
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "polyline" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d polylines, want 2", n)
	}
	if strings.Contains(b.String(), "<with>") || strings.Contains(b.String(), "a<b") {
		t.Error("title or name not escaped")
	}
}
