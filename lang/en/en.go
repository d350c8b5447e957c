// Package en embeds the English language pack (en.pack, described by
// MANIFEST.json) and registers it with package pack on import.
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

func init() { pack.Register("en", data) }
