package ingest

import (
	"bytes"
	"context"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest/article"
)

// Skip reasons (newsgraph.Document.Skipped) other than the size and content
// type ones, which name their limit or type.
const (
	ReasonNoText          = "no article text"
	ReasonUnknownLanguage = "language not detected"
)

// isProcessed reports whether documents in language code go on to extraction.
func isProcessed(code string) bool { return code == "fr" || code == "en" }

// UnsupportedLanguage returns the skip reason for a document in language code.
func UnsupportedLanguage(code string) string { return "unsupported language: " + code }

// IsLanguageSkip reports whether a skip reason only says that the document is
// in a language newsgraph does not extract: an expected outcome, not a
// problem with the source.
func IsLanguageSkip(reason string) bool {
	return strings.HasPrefix(reason, "unsupported language: ")
}

// DocumentFromBytes turns a page or text body into a Document: it checks the
// size and kind of content, decodes the charset (see Decode), extracts the
// article text and metadata from HTML (or tidies plain text), and detects the
// language. contentType is the HTTP Content-Type ("" for files and stdin, then
// the content is sniffed); pageURL is the address the body came from ("" when
// none), used to resolve links and as the URL when the page names no
// canonical one; published ("YYYY-MM-DD" or "") overrides the page's date.
//
// It never fails: a body that cannot be used gives a Document with Skipped
// set to the reason. Only fr and en documents come back with Skipped empty.
func (r *Reader) DocumentFromBytes(ctx context.Context, body []byte, contentType, pageURL, source, published string) (doc newsgraph.Document) {
	doc = newsgraph.Document{Source: source, URL: newsgraph.NullString(pageURL)}
	// Every return, skipped documents included, carries the caller's date.
	defer func() {
		if published != "" {
			doc.Published = newsgraph.NullString(published)
		}
	}()
	if int64(len(body)) > r.maxBytes {
		doc.Skipped = newsgraph.NullString(tooLargeReason(r.maxBytes))
		return doc
	}
	isHTML, reason := sniff(body, contentType)
	if reason != "" {
		doc.Skipped = newsgraph.NullString(reason)
		return doc
	}
	text, enc := Decode(body, contentType)
	var hint string
	if isHTML {
		res, err := article.Extract([]byte(text), pageURL)
		if err != nil {
			r.logger.DebugContext(ctx, "no article in page", "source", source, "error", err)
		}
		doc.Text = res.Text
		doc.Title = newsgraph.NullString(res.Title)
		doc.SiteName = newsgraph.NullString(res.SiteName)
		doc.Published = newsgraph.NullString(res.Published)
		if res.CanonicalURL != "" {
			doc.URL = newsgraph.NullString(res.CanonicalURL)
		}
		hint = res.Lang
	} else {
		doc.Text = tidyPlainText(text)
	}
	r.logger.DebugContext(ctx, "decoded", "source", source, "html", isHTML, "encoding", enc, "text_bytes", len(doc.Text))
	if strings.TrimSpace(doc.Text) == "" {
		doc.Skipped = ReasonNoText
		return doc
	}
	doc.Language = r.lang.Detect(doc.Text, hint)
	switch {
	case doc.Language == "":
		doc.Skipped = ReasonUnknownLanguage
	case !isProcessed(doc.Language):
		doc.Skipped = newsgraph.NullString(UnsupportedLanguage(doc.Language))
	}
	return doc
}

// mediaType returns the lower-case media type of a Content-Type value.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// sniff decides whether body is HTML or plain text, from contentType when it
// says so and from the bytes otherwise (files carry no type, and servers often
// send a generic one). reason is set when it is neither ("not HTML: image/png").
func sniff(body []byte, contentType string) (isHTML bool, reason string) {
	switch mt := mediaType(contentType); mt {
	case "text/html", "application/xhtml+xml":
		return true, ""
	case "", "text/plain", "application/octet-stream":
	default:
		return false, "not HTML: " + mt
	}
	head := bytes.TrimPrefix(body, []byte("\xEF\xBB\xBF"))
	if len(head) > 4096 {
		head = head[:4096]
	}
	sniffed := mediaType(http.DetectContentType(head))
	switch sniffed {
	case "text/html":
		return true, ""
	case "text/plain", "text/xml":
		return htmlMarker.Match(head), ""
	}
	return false, "not HTML: " + sniffed
}

// htmlMarker finds the tags that make a text an HTML page even when it does
// not start with one (a leading comment, XML prolog or stray text).
var htmlMarker = regexp.MustCompile(`(?i)<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)`)

// tidyPlainText normalises line ends, drops control characters and trailing
// spaces, and keeps at most one blank line between paragraphs.
func tidyPlainText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !unicode.IsControl(r) {
			return r
		}
		return -1
	}, s)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for _, line := range lines {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}
