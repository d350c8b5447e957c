// Package lang holds the language packs; import lang/fr, lang/en or
// lang/all to embed them. The packs are built by internal/buildpacks:
//
//	go generate ./lang
//
// after scripts/fetch-sources.sh has installed the Debian packages it reads.
package lang

//go:generate go run ../internal/buildpacks -data ../../shared/data -out .
