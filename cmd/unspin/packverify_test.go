package main

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/lang/en"
	"github.com/unspin-project/unspin/lang/fr"
)

// The embedded tables pass; a manifest that disagrees with them, with the
// builder or with the packs, is reported.
func TestVerifyTables(t *testing.T) {
	for name, p := range map[string]string{
		"fr association table":  verifyAssoc("fr", fr.AssocManifest),
		"en-fr links":           verifyLinks("en", "fr", en.LinksManifest),
		"fr-en confusion table": verifyConf("fr", "en", fr.ConfManifest),
	} {
		if p != "" {
			t.Errorf("%s: %s", name, p)
		}
	}
	assoc := func(m string) string { return verifyAssoc("fr", []byte(m)) }
	conf := func(m string) string { return verifyConf("fr", "en", []byte(m)) }
	a, c := string(fr.AssocManifest), string(fr.ConfManifest)
	for _, tc := range []struct {
		name     string
		verify   func(string) string
		manifest string
		want     string
	}{
		{"assoc: other checksum", assoc, strings.Replace(a, `"sha256": "`, `"sha256": "00`, 1), "does not match ASSOC.json"},
		{"assoc: older builder", assoc, strings.Replace(a, `"builder_version": "`, `"builder_version": "old-`, 1), "the builder is"},
		{"assoc: another pack", assoc, strings.Replace(a, `"lemmas_from": "fr.pack sha256 `, `"lemmas_from": "fr.pack sha256 00`, 1), "another fr.pack"},
		{"assoc: broken JSON", assoc, "{", "ASSOC.json"},
		{"conf: other checksum", conf, strings.Replace(c, `"sha256": "`, `"sha256": "00`, 1), "does not match CONF.json"},
		{"conf: older search", conf, strings.Replace(c, `"builder_version": "`, `"builder_version": "old-`, 1), "the builder is"},
	} {
		if p := tc.verify(tc.manifest); !strings.Contains(p, tc.want) {
			t.Errorf("%s: %q, want it to say %q", tc.name, p, tc.want)
		}
	}
	if p := verifyAssoc("de", fr.AssocManifest); !strings.Contains(p, "not embedded") {
		t.Errorf("a language without an association table: %q", p)
	}
	if p := verifyConf("en", "fr", fr.ConfManifest); !strings.Contains(p, "not embedded") {
		t.Errorf("a pair without a confusion table: %q", p)
	}
}
