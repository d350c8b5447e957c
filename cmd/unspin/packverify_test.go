package main

import (
	"strings"
	"testing"

	"github.com/unspin-project/unspin/lang/en"
	"github.com/unspin-project/unspin/lang/fr"
)

// The embedded tables pass; a manifest that disagrees with them, or with
// the builder, is reported.
func TestVerifyTables(t *testing.T) {
	if p := verifyAssoc("fr", fr.AssocManifest); p != "" {
		t.Errorf("fr association table: %s", p)
	}
	if p := verifyLinks("en", "fr", en.LinksManifest); p != "" {
		t.Errorf("en-fr links: %s", p)
	}
	for _, tc := range []struct {
		name, manifest, want string
	}{
		{"other checksum", strings.Replace(string(fr.AssocManifest), `"sha256": "`, `"sha256": "00`, 1), "does not match ASSOC.json"},
		{"older builder", strings.Replace(string(fr.AssocManifest), `"builder_version": "`, `"builder_version": "old-`, 1), "the builder is"},
		{"another pack", strings.Replace(string(fr.AssocManifest), `"lemmas_from": "fr.pack sha256 `, `"lemmas_from": "fr.pack sha256 00`, 1), "another fr.pack"},
		{"broken JSON", "{", "ASSOC.json"},
	} {
		if p := verifyAssoc("fr", []byte(tc.manifest)); !strings.Contains(p, tc.want) {
			t.Errorf("%s: %q, want it to say %q", tc.name, p, tc.want)
		}
	}
	if p := verifyAssoc("de", fr.AssocManifest); !strings.Contains(p, "not embedded") {
		t.Errorf("a language without a table: %q", p)
	}
}

func TestVerifyConf(t *testing.T) {
	if p := verifyConf("fr", "en", fr.ConfManifest); p != "" {
		t.Errorf("fr-en confusion table: %s", p)
	}
	for _, tc := range []struct {
		name, manifest, want string
	}{
		{"other checksum", strings.Replace(string(fr.ConfManifest), `"sha256": "`, `"sha256": "00`, 1), "does not match CONF.json"},
		{"older search", strings.Replace(string(fr.ConfManifest), `"builder_version": "`, `"builder_version": "old-`, 1), "the builder is"},
	} {
		if p := verifyConf("fr", "en", []byte(tc.manifest)); !strings.Contains(p, tc.want) {
			t.Errorf("%s: %q, want it to say %q", tc.name, p, tc.want)
		}
	}
	if p := verifyConf("en", "fr", fr.ConfManifest); !strings.Contains(p, "not embedded") {
		t.Errorf("a pair without a table: %q", p)
	}
}
