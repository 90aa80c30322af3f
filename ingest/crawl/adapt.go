package crawl

import (
	"context"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
)

// HTTPFetcher fetches with an ingest.Fetcher: pages through GetDocument, so
// that non-document content types are refused before their body is read.
type HTTPFetcher struct {
	Fetcher *ingest.Fetcher
}

// Get implements Fetcher.
func (h HTTPFetcher) Get(ctx context.Context, url, etag, lastModified string) (*Response, error) {
	r, err := h.Fetcher.Get(ctx, url, ingest.Conditional{ETag: etag, LastModified: lastModified})
	return convert(r, err)
}

// GetDocument implements DocumentFetcher.
func (h HTTPFetcher) GetDocument(ctx context.Context, url, etag, lastModified string) (*Response, error) {
	r, err := h.Fetcher.GetDocument(ctx, url, ingest.Conditional{ETag: etag, LastModified: lastModified})
	return convert(r, err)
}

func convert(r *ingest.Response, err error) (*Response, error) {
	if err != nil {
		return nil, err
	}
	return &Response{URL: r.URL, StatusCode: r.StatusCode, Header: r.Header, Body: r.Body, NotModified: r.NotModified}, nil
}

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
