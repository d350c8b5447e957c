// Package transcode reads an input given as bytes in whatever character
// encoding it came in and hands the rest of the pipeline UTF-8, with the
// map back to the input's bytes.
//
// Web pages and old text files are not always UTF-8: French news sites
// of the 2000s serve ISO-8859-1 or windows-1252, some tools write UTF-16.
// Decode reads, in order of trust: a UTF-16 byte-order mark; valid UTF-8
// (a text that decodes as UTF-8 with letters outside ASCII is UTF-8,
// whatever it declares); the charset the caller names, or, for an HTML
// page, the one its <meta> declares; and otherwise UTF-8 with every byte
// that is not UTF-8 read as windows-1252 (Latin-1 files, and pages that
// mix both). Single-byte charsets and UTF-16 are decoded; other
// multi-byte legacy charsets (Shift_JIS, GBK, EUC-KR, ISO-2022) are
// refused with a clear error.
//
// A span of the decoded text maps back to the input with Text.Source, so
// that a finding's span still applies to the caller's bytes; Text.Encode
// writes a repaired text back in the input's charset.
package transcode
