// Package en embeds the English language pack (en.pack, described by
// MANIFEST.json), the English → French translation table (en-fr.links,
// described by LINKS.json) and the English association table (en.assoc,
// described by ASSOC.json), and registers them with package pack on
// import.
package en

import (
	_ "embed"

	"github.com/unspin-project/unspin/pack"
)

//go:embed en.pack
var data []byte

// Manifest is the manifest the pack was committed with.
//
//go:embed MANIFEST.json
var Manifest []byte

//go:embed en-fr.links
var links []byte

// LinksManifest is the manifest the translation table was committed with.
//
//go:embed LINKS.json
var LinksManifest []byte

//go:embed en.assoc
var assoc []byte

// AssocManifest is the manifest the association table was committed with.
//
//go:embed ASSOC.json
var AssocManifest []byte

func init() {
	pack.Register("en", data)
	pack.RegisterLinks("en", "fr", links)
	pack.RegisterAssoc("en", assoc)
}
