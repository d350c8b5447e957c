// Package fr embeds the French language pack (fr.pack, described by
// MANIFEST.json), the French → English translation table (fr-en.links,
// described by LINKS.json), the French association table (fr.assoc,
// described by ASSOC.json) and the confusion table of French spun from
// English (fr-en.conf, described by CONF.json), and registers them with
// package pack on import.
package fr

import (
	_ "embed"

	"github.com/unspin-project/unspin/pack"
)

//go:embed fr.pack
var data []byte

// Manifest is the manifest the pack was committed with.
//
//go:embed MANIFEST.json
var Manifest []byte

//go:embed fr-en.links
var links []byte

// LinksManifest is the manifest the translation table was committed with.
//
//go:embed LINKS.json
var LinksManifest []byte

//go:embed fr.assoc
var assoc []byte

// AssocManifest is the manifest the association table was committed with.
//
//go:embed ASSOC.json
var AssocManifest []byte

//go:embed fr-en.conf
var conf []byte

// ConfManifest is the manifest the confusion table was committed with.
//
//go:embed CONF.json
var ConfManifest []byte

func init() {
	pack.Register("fr", data)
	pack.RegisterLinks("fr", "en", links)
	pack.RegisterAssoc("fr", assoc)
	pack.RegisterConfusions("fr", "en", conf)
}
