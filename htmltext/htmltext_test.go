package htmltext_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unspin-project/unspin/htmltext"
)

func TestExtract(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"paragraphs", "<html><head><title>T</title><style>p{}</style></head><body><p>Le  chat\n dort.</p><p>Il rêve.</p></body></html>", "Le chat dort.\nIl rêve."},
		{"inline tags keep words whole", "<p><b>Hel</b>lo <i>le</i> monde</p>", "Hello le monde"},
		{"references", "<p>l&#8217;univers &amp; le &eacute;t&eacute;&nbsp;: fin</p>", "l’univers & le été : fin"},
		{"not a reference", "<p>AT&T et a &b c; fin &zzz;</p>", "AT&T et a &b c; fin &zzz;"},
		{"scripts and comments", "<p>Un<!-- caché --> texte<script>var x = '<p>non</p>';</script> visible</p>", "Un texte visible"},
		{"self-closing hidden element", "<p>avant <svg/> après</p>", "avant après"},
		{"table cells", "<table><tr><td>un</td><td>deux</td></tr></table>", "un\ndeux"},
		{"plain text", "juste du texte", "juste du texte"},
		{"empty", "", ""},
		{"broken", "<p>fin <b", "fin"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmltext.Extract(tc.page).Text; got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// story is 48 words written for these tests.
const story = "Le conseil municipal a voté mardi soir la création de trois couloirs de bus dans le centre-ville. " +
	"Les commerçants craignent de perdre des clients, mais la mairie promet des livraisons facilitées. " +
	"Les travaux commenceront au printemps et dureront six mois, selon l'adjoint chargé des transports."

// box is 45 words: a related-story box, written for these tests.
const box = "Lire aussi : la ville ferme le pont de la gare pendant deux semaines cet été pour des travaux d'entretien, " +
	"et les bus des lignes 3 et 7 seront déviés par le quai. La circulation des piétons restera possible sur le trottoir nord du pont."

// A page's chrome (navigation, banners, footers, sharing links) is left
// out when the rest says enough; an article element, when it holds the
// story, is all that is read.
func TestExtractMain(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"chrome left out",
			`<body><nav><a>Accueil</a> <a>Log in</a></nav><div class="share-buttons">Share Tweet</div><p>` + story + `</p>` +
				`<div id="cookieConsent">We use cookies. <button>Accept all</button></div><footer>All rights reserved.</footer></body>`,
			story},
		{"article only",
			`<body><header><h1>Le Quotidien</h1></header><p>Les plus lus du jour</p><article><h2>Bus</h2><p>` + story + `</p></article><p>Publicité</p></body>`,
			"Bus\n" + story},
		{"hidden and landmark roles",
			`<body><div role="navigation">Menu principal</div><div aria-hidden="true">Skip to content</div><div hidden>Sign up</div><p>` + story + `</p><div role="contentinfo">Terms of use</div></body>`,
			story},
		{"nested chrome of the same tag",
			`<body><div class="menu"><div>Rubriques</div><div>Sport</div></div><p>` + story + `</p></body>`,
			story},
		{"attributes in capitals, single quotes and none",
			`<body><DIV CLASS='Cookie-Banner'>Accept</DIV><div id=menu data-x="a > b">Rubriques</div><p title="x">` + story + `</p></body>`,
			story},
		{"blog template sidebars",
			`<body><div class="masthead">Home Tech</div><p>` + story + `</p><div class="widget-area"><h2>Recent Posts</h2><ul><li>Five tips</li></ul></div><section class="popular-posts">Most read</section></body>`,
			story},
		{"a short page is read whole",
			`<body><nav>Accueil</nav><p>Un texte court.</p><footer>Contact</footer></body>`,
			"Accueil\nUn texte court.\nContact"},
		{"an article around a small box is not the story",
			`<body><p>` + story + `</p><p>` + story + `</p><p>` + story + `</p><p>` + story + `</p><article><p>` + box + `</p></article></body>`,
			story + "\n" + story + "\n" + story + "\n" + story + "\n" + box},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := htmltext.Extract(tc.page).Text; got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// Every word of the text maps back to the page bytes it came from.
func TestSpan(t *testing.T) {
	page := `<p>Le <b>however</b> de la r&eacute;union, la state <i>of</i> affairs.</p>`
	x := htmltext.Extract(page)
	for _, tc := range []struct{ word, page string }{
		{"however", "however"},
		{"réunion", "r&eacute;union"},
		{"state of affairs", "state <i>of</i> affairs"},
	} {
		i := strings.Index(x.Text, tc.word)
		if i < 0 {
			t.Fatalf("%q not in %q", tc.word, x.Text)
		}
		s, e := x.Span(i, i+len(tc.word))
		if page[s:e] != tc.page {
			t.Errorf("%q maps to %q, want %q", tc.word, page[s:e], tc.page)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "<p>a &amp; b</p>", "<svg/><script>x</script>y", "&#xD800; &#0; &", "<p>l&#8217;un\xffdeux</p>",
		"<nav><article>a</nav></article><div class=cookie><div>b</div>c</div><main role=main>" + story + "</main><ARTICLE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		x := htmltext.Extract(page)
		prev := 0
		for i := 0; i < len(x.Text); i++ {
			s, e := x.Span(i, i+1)
			if s < prev || e < s || e > len(page) {
				t.Fatalf("byte %d of %q maps to [%d,%d) after %d in a page of %d bytes", i, x.Text, s, e, prev, len(page))
			}
			prev = s
			// A byte copied from the page is the page's byte.
			if e-s == 1 && x.Text[i] != page[s] && x.Text[i] < utf8.RuneSelf && page[s] != '&' {
				t.Fatalf("byte %d %q maps to page byte %q", i, x.Text[i], page[s])
			}
		}
	})
}

func ExampleExtract() {
	x := htmltext.Extract("<p>Le <b>lengthy</b> de la fronti&egrave;re</p>")
	s, e := x.Span(3, 10)
	fmt.Printf("%s\n%s\n", x.Text, "<p>Le <b>lengthy</b> de la fronti&egrave;re</p>"[s:e])
	// Output:
	// Le lengthy de la frontière
	// lengthy
}

// BenchmarkExtract reads a 1.3 MB page of article blocks, sharing links
// and a cookie banner.
func BenchmarkExtract(b *testing.B) {
	block := `<div class="post"><h2>Transports</h2><p>` + story + `</p><div class="share-links"><a href="/s">Share</a></div></div>` + "\n"
	page := `<html><body><nav><a>Accueil</a></nav>` + strings.Repeat(block, 3000) + `<div id="cookie-consent">We use cookies.</div></body></html>`
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		htmltext.Extract(page)
	}
}
