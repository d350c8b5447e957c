// Package corpus reads and writes the files corpus builders keep documents
// in: JSON Lines (plain, gzip or zstd; a configurable text and id field, as
// datatrove and Dolma write them) and WARC / WET files (Common Crawl: the
// text of HTML responses, decoded from their charset, or the text of
// conversion records), and reads Parquet files (Hugging Face datasets: the
// text column by name, every flat column kept).
//
// Readers never stop at a bad record: a malformed line, a record larger
// than the limit or a broken WARC record comes back as a Record whose Err
// says why, so that the caller can count and keep it as a reject. A file
// that ends early (a truncated gzip or zstd stream) ends the stream with
// one last rejected Record naming the error.
package corpus
