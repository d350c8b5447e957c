package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"

	"github.com/unspin-project/unspin/detection"
	"github.com/unspin-project/unspin/lang/en"
	"github.com/unspin-project/unspin/lang/fr"
	"github.com/unspin-project/unspin/pack"
	"github.com/unspin-project/unspin/packbuild"
	"github.com/unspin-project/unspin/packcheck"
)

func init() {
	register(command{name: "pack", summary: "inspect (info), verify or build language packs", run: runPack})
}

const packHelp = `usage: unspin pack info [--lang fr]
       unspin pack verify [--data ../shared/data]
       unspin pack build [--data ../shared/data] [--out lang] [--max-docs N]

info    prints a pack's header: sources with versions, licences, checksums, statistics.
verify  checks that each embedded pack matches its MANIFEST.json, was made by the
        current builder, and (when --data exists) that no source changed since;
        that the translation tables match their LINKS.json, and that the
        association tables match their ASSOC.json and the pack they were
        lemmatized with, and that the confusion table matches its CONF.json
        and the packs it was built from.
        Exit 1 when a pack is stale.
build   rebuilds the French and English packs from their sources (run
        scripts/fetch-sources.sh first); the same inputs give the same bytes.
`

var manifests = map[string][]byte{"fr": fr.Manifest, "en": en.Manifest}

func runPack(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, packHelp)
		return exitUsage
	}
	fs := flag.NewFlagSet("pack "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, packHelp); fs.PrintDefaults() }
	lang := fs.String("lang", "fr", "language (info)")
	data := fs.String("data", "../shared/data", "shared data directory (verify, build)")
	out := fs.String("out", "lang", "output directory holding fr/ and en/ (build)")
	maxDocs := fs.Int("max-docs", 0, "documents per corpus, 0 = all (build)")
	if err := fs.Parse(args[1:]); err != nil {
		return exitUsage
	}
	switch args[0] {
	case "info":
		return packInfo(*lang, stdout, stderr)
	case "verify":
		return packVerify(*data, stdout, stderr)
	case "build":
		return packBuild(*data, *out, *maxDocs, stdout, stderr)
	}
	fmt.Fprint(stderr, packHelp)
	return exitUsage
}

func packInfo(lang string, stdout, stderr io.Writer) int {
	raw, ok := pack.Raw(lang)
	if !ok {
		fmt.Fprintf(stderr, "unspin: no pack for %q\n", lang)
		return exitUsage
	}
	h, secs, err := pack.ReadHeader(raw)
	if err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "pack %s: %d bytes, format %d, data version %s, spinner language %s\n", h.Lang, len(raw), pack.FormatVersion, h.DataVersion, h.SpinnerLang)
	var names []string
	for n := range secs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(stdout, "  section %-10s %10d bytes\n", n, len(secs[n]))
	}
	fmt.Fprintf(stdout, "held-out split: %s\n", h.HeldOutSplit)
	var keys []string
	for k := range h.Stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(stdout, "  %-22s %s\n", k, h.Stats[k])
	}
	fmt.Fprintln(stdout, "sources:")
	for _, s := range h.Sources {
		fmt.Fprintf(stdout, "  %-40s %s; %s; sha256 %.12s…\n", s.Name, s.Version, s.License, s.SHA256)
	}
	return exitOK
}

func packVerify(dataDir string, stdout, stderr io.Writer) int {
	if _, err := os.Stat(dataDir); err != nil {
		dataDir = ""
	}
	bad := 0
	for _, l := range pack.Languages() {
		raw, _ := pack.Raw(l)
		problems, skipped, err := packcheck.Check(l, raw, manifests[l], dataDir)
		if err != nil {
			fmt.Fprintln(stderr, "unspin:", err)
			return exitUsage
		}
		for _, p := range problems {
			fmt.Fprintln(stdout, "STALE", p)
			bad++
		}
		status := "ok"
		if len(skipped) > 0 {
			status = fmt.Sprintf("ok (%d sources absent, not re-hashed)", len(skipped))
		}
		if len(problems) == 0 {
			fmt.Fprintf(stdout, "%s: %s\n", l, status)
		}
	}
	for _, l := range []struct {
		from, to string
		manifest []byte
	}{{"fr", "en", fr.LinksManifest}, {"en", "fr", en.LinksManifest}} {
		if p := verifyLinks(l.from, l.to, l.manifest); p != "" {
			fmt.Fprintln(stdout, "STALE", p)
			bad++
		} else {
			fmt.Fprintf(stdout, "%s-%s links: ok\n", l.from, l.to)
		}
	}
	for _, l := range []struct {
		lang     string
		manifest []byte
	}{{"fr", fr.AssocManifest}, {"en", en.AssocManifest}} {
		if p := verifyAssoc(l.lang, l.manifest); p != "" {
			fmt.Fprintln(stdout, "STALE", p)
			bad++
		} else {
			fmt.Fprintf(stdout, "%s association table: ok\n", l.lang)
		}
	}
	if p := verifyConf("fr", "en", fr.ConfManifest); p != "" {
		fmt.Fprintln(stdout, "STALE", p)
		bad++
	} else {
		fmt.Fprintln(stdout, "fr-en confusion table: ok")
	}
	if bad > 0 {
		return exitFindings
	}
	return exitOK
}

// verifyConf checks an embedded confusion table against its CONF.json,
// the detector's candidate search and the embedded packs it was built
// from; "" when it matches.
func verifyConf(text, spin string, manifest []byte) string {
	name := text + "-" + spin + " confusion table"
	raw, ok := pack.RawConfusions(text, spin)
	var m packbuild.ConfManifest
	if p := verifyTable(name, "CONF.json", raw, ok, manifest, &m, func() (string, int, string) { return m.SHA256, m.Bytes, m.Builder }, detection.ConfusionBuilder); p != "" {
		return p
	}
	tp, err := pack.Get(text)
	if err != nil {
		return name + ": " + err.Error()
	}
	sp, err := pack.Get(spin)
	if err != nil {
		return name + ": " + err.Error()
	}
	if _, err := pack.Confusions(tp, sp); err != nil {
		return name + ": " + err.Error()
	}
	return ""
}

// verifyAssoc checks an embedded association table against its
// ASSOC.json, the current builder and the embedded pack whose lexicon
// lemmatized its corpora; "" when it matches.
func verifyAssoc(lang string, manifest []byte) string {
	name := lang + " association table"
	raw, ok := pack.RawAssoc(lang)
	var m packbuild.AssocManifest
	if p := verifyTable(name, "ASSOC.json", raw, ok, manifest, &m, func() (string, int, string) { return m.SHA256, m.Bytes, m.BuilderVersion }, packbuild.AssocVersion); p != "" {
		return p
	}
	p, _ := pack.Raw(lang)
	psum := sha256.Sum256(p)
	if m.LemmasFrom != packbuild.AssocLemmasFrom(lang, hex.EncodeToString(psum[:])) {
		return name + ": lemmatized with another " + lang + ".pack than the embedded one (make packs)"
	}
	return ""
}

// verifyLinks checks an embedded translation table against its
// LINKS.json and the current builder; "" when it matches.
func verifyLinks(from, to string, manifest []byte) string {
	raw, ok := pack.RawLinks(from, to)
	var m packbuild.LinksManifest
	return verifyTable(from+"-"+to+" links", "LINKS.json", raw, ok, manifest, &m, func() (string, int, string) { return m.SHA256, m.Bytes, m.BuilderVersion }, packbuild.LinksVersion)
}

// verifyTable checks an embedded table's bytes against the checksum, size
// and builder version its manifest (decoded into m, then read by fields)
// records; "" when they match.
func verifyTable(name, file string, raw []byte, embedded bool, manifest []byte, m any, fields func() (sha string, size int, builder string), builder string) string {
	if !embedded {
		return name + ": not embedded"
	}
	if err := json.Unmarshal(manifest, m); err != nil {
		return name + ": " + file + ": " + err.Error()
	}
	sha, size, built := fields()
	sum := sha256.Sum256(raw)
	switch {
	case hex.EncodeToString(sum[:]) != sha || len(raw) != size:
		return name + ": the table does not match " + file
	case built != builder:
		return fmt.Sprintf("%s: built by %s, the builder is %s (make packs)", name, built, builder)
	}
	return ""
}

func packBuild(dataDir, out string, maxDocs int, stdout, stderr io.Writer) int {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt)
	defer cancel()
	if err := packbuild.BuildAndWrite(ctx, packbuild.Config{DataDir: dataDir, MaxDocs: maxDocs, Log: stderr}, out, stdout); err != nil {
		fmt.Fprintln(stderr, "unspin:", err)
		return exitUsage
	}
	return exitOK
}
