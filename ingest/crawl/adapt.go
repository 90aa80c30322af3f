package crawl

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
)

// ReaderDocuments builds documents with an ingest.Reader.
type ReaderDocuments struct {
	Reader *ingest.Reader
}

// Document implements Documenter. The source's language hint decides only
// where detection could not: a page the detector places in another language
// is still skipped.
func (d ReaderDocuments) Document(ctx context.Context, body []byte, contentType, pageURL, source, langHint string) newsgraph.Document {
	doc := d.Reader.DocumentFromBytes(ctx, body, contentType, pageURL, source, "")
	if langHint != "" && doc.Skipped == ingest.ReasonUnknownLanguage {
		doc.Language, doc.Skipped = langHint, ""
	}
	return doc
}
