package unspin_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin-project/unspin"
)

const spunPage = `<!DOCTYPE html><html><head><title>Réunion</title><script>var lengthy = 1;</script></head>
<body><article><h1>La r&eacute;union de l&#8217;OSCE</h1>
<p>Le <b>however</b> de la réunion était de discuter du lengthy de la frontière et de la state <i>of</i> affairs des deux pays.</p>
<p class="credit">Les ministres se retrouveront au printemps.</p></article></body></html>`

func TestAnalyzeHTML(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	r, err := a.AnalyzeHTML(spunPage)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range r.Findings {
		if spunPage[f.Start:f.End] != f.Text {
			t.Errorf("span [%d,%d) is %q, finding says %q", f.Start, f.End, spunPage[f.Start:f.End], f.Text)
		}
		got[f.Text] = f.Suggestion
	}
	for text, want := range map[string]string{"however": "but", "lengthy": "long", "state <i>of</i> affairs": "situation"} {
		if got[text] != want {
			t.Errorf("%q: suggestion %q, want %q (findings %v)", text, got[text], want, got)
		}
	}
	if _, ok := got["lengthy = 1"]; ok || strings.Contains(r.Repaired, "var long") {
		t.Error("script text analysed")
	}
	for _, want := range []string{"Le <b>but</b> de la", "du long de la", "de la situation des", "<p class=\"credit\">"} {
		if !strings.Contains(r.Repaired, want) {
			t.Errorf("repaired page lacks %q:\n%s", want, r.Repaired)
		}
	}
	fixed, err := a.FixHTML(spunPage)
	if err != nil || fixed != r.Repaired {
		t.Errorf("FixHTML differs from the report's repaired page (%v)", err)
	}
	if _, err := a.AnalyzeHTML("<p>caf\xe9</p>"); unspin.KindOf(err) != unspin.KindInput {
		t.Errorf("invalid UTF-8 page: %v", err)
	}
}

// A French news page, written for this test, whose site chrome is in
// English (a cookie banner, a footer, sharing links): the chrome is no
// part of how the article was made, and the page is human.
const chromePage = `<!DOCTYPE html><html lang="fr"><head><title>Transports</title></head><body>
<nav><a href="/">Accueil</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></nav>
<div class="social-share"><a>Share</a> <a>Tweet</a></div>
<main><h1>Trois couloirs de bus pour le centre-ville</h1>
<p>Le conseil municipal a voté mardi soir la création de trois couloirs de bus dans le centre-ville, après des mois de débat.
Les commerçants craignent de perdre des clients, mais la mairie promet des livraisons facilitées le matin.</p>
<p>Les travaux commenceront au printemps et dureront six mois, selon l'adjoint chargé des transports, qui publiera chaque trimestre
la fréquentation des lignes concernées.</p></main>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <a>Privacy policy</a></div>
<footer>© 2024 Le Quotidien. All rights reserved. <a>Terms of use</a></footer></body></html>`

func TestAnalyzeHTMLLeavesChromeOut(t *testing.T) {
	a := newAnalyzer(t, unspin.WithLanguage("fr"))
	r, err := a.AnalyzeHTML(chromePage)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		t.Errorf("finding on a clean page: %q (%s) -> %q", f.Text, f.Kind, f.Suggestion)
	}
	if r.Verdict == nil || r.Verdict.Label != "human" {
		t.Errorf("verdict %+v, want human", r.Verdict)
	}
	if r.Repaired != chromePage {
		t.Error("the page changed without a finding")
	}
}

func FuzzAnalyzeHTML(f *testing.F) {
	for _, s := range []string{"", spunPage, chromePage, "<p>le lengthy &amp; the</p>", "<svg/><b>state</b> of affairs"} {
		f.Add(s)
	}
	a, err := unspin.New(unspin.WithLanguage("fr"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, page string) {
		r, err := a.AnalyzeHTML(page)
		if err != nil {
			if utf8.ValidString(page) && unspin.KindOf(err) != unspin.KindLanguage {
				t.Fatalf("valid page rejected: %v", err)
			}
			return
		}
		prev := 0
		for _, x := range r.Findings {
			if x.Start < prev || x.End < x.Start || x.End > len(page) || page[x.Start:x.End] != x.Text {
				t.Fatalf("bad span [%d,%d) %q after %d", x.Start, x.End, x.Text, prev)
			}
			prev = x.End
		}
		if len(r.Findings) == 0 && r.Repaired != page {
			t.Fatalf("no finding but the page changed")
		}
	})
}
