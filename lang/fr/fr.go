// Package fr embeds the French language pack (fr.pack, described by
// MANIFEST.json) and registers it with package pack on import.
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

func init() { pack.Register("fr", data) }
