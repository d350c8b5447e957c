package main

import (
	"encoding/json"
	"io"
	"os"
	"sort"

	"github.com/unspin-project/unspin/eval"
)

// writeCurves writes the precision-recall curves of every finding kind
// and of all kinds together as SVG.
func writeCurves(path, title string, sum *eval.Summary) error {
	curves := map[string][]eval.Point{"all kinds": sum.Curve("")}
	for _, f := range sum.Scored {
		if _, ok := curves[f.Kind]; !ok {
			curves[f.Kind] = sum.Curve(f.Kind)
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := eval.WriteSVG(f, "precision-recall: "+title, curves); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

type evalKindJSON struct {
	Kind      string       `json:"kind"`
	TP        int          `json:"tp"`
	FP        int          `json:"fp"`
	FN        int          `json:"fn"`
	Precision float64      `json:"precision"`
	Recall    float64      `json:"recall"`
	F1        float64      `json:"f1"`
	Repair    float64      `json:"repair_accuracy"`
	F1CI      [2]float64   `json:"f1_ci95"`
	RepairCI  [2]float64   `json:"repair_ci95"`
	Curve     []eval.Point `json:"pr_curve"`
}

// writeEvalJSON prints the run as one JSON object, for scripts.
func writeEvalJSON(w io.Writer, source string, docs, words int, rate float64, seed uint64, minConf float64, sum *eval.Summary) error {
	var kinds []string
	for k := range sum.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	row := func(name, curveKind string, c eval.Counts) evalKindJSON {
		_, _, f1, rep := sum.Bootstrap(name, 1000, 1)
		return evalKindJSON{name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1(), c.RepairAccuracy(),
			[2]float64{f1.Lo, f1.Hi}, [2]float64{rep.Lo, rep.Hi}, sum.Curve(curveKind)}
	}
	var out []evalKindJSON
	for _, k := range kinds {
		out = append(out, row(k, k, *sum.Kinds[k]))
	}
	out = append(out, row("any", "", sum.Any))
	v := map[string]any{
		"schema":                "unspin.eval/v1",
		"source":                source,
		"documents":             docs,
		"words_per_document":    words,
		"spin_rate":             rate,
		"seed":                  seed,
		"min_confidence":        minConf,
		"spun_documents":        sum.SpunDocs,
		"clean_documents":       sum.CleanDocs,
		"clean_words":           sum.CleanWords,
		"false_alarms":          sum.CleanAlarms,
		"false_alarms_per_1000": sum.AlarmsPer1000(),
		"document_auc":          sum.AUC(),
		"kinds":                 out,
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
