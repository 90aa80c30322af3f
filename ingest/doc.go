// Package ingest is the front of the pipeline: it turns what a user or the
// nightly job points at — an http(s) URL, a saved page, a text file, a
// directory of them, standard input — into newsgraph.Documents holding the
// article text, its metadata and its language.
//
// Fetcher downloads politely (User-Agent with a contact, timeouts, a redirect
// cap, retries with backoff honouring Retry-After, a body size cap). Decode
// turns any charset into UTF-8. The main text and metadata of HTML come from
// package ingest/article; LanguageDetector (lingua) tells French and English,
// which are extracted, from the rest, which is recorded and skipped. Reader
// ties these together for one source.
package ingest
