package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Stdin is the source name that reads standard input.
const Stdin = "-"

// Reader turns sources — URLs, files, directories, stdin — into Documents.
// It is safe for concurrent use, except that stdin can be read only once.
type Reader struct {
	fetcher  *Fetcher
	lang     *LanguageDetector
	stdin    io.Reader
	maxBytes int64
	logger   *slog.Logger
}

// NewReader returns a Reader that fetches URLs with f, detects languages with
// lang and reads the source "-" from stdin (nil: "-" is an error). Files and
// stdin are capped at f's MaxBytes like downloads.
func NewReader(f *Fetcher, lang *LanguageDetector, stdin io.Reader, logger *slog.Logger) *Reader {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Reader{fetcher: f, lang: lang, stdin: stdin, maxBytes: f.MaxBytes(), logger: logger}
}

// IsURL reports whether src names a URL (any scheme) rather than a file.
func IsURL(src string) bool {
	u, err := url.Parse(src)
	return err == nil && len(u.Scheme) > 1 && strings.Contains(src, "://")
}

// Expand lists the sources src stands for: the regular files of a directory
// (not recursing), sorted by name; src itself for a URL, a file or "-". A URL
// whose scheme is not http or https is an error, as is a path that does not
// exist.
func Expand(src string) ([]string, error) {
	if src == Stdin {
		return []string{src}, nil
	}
	if IsURL(src) {
		u, _ := url.Parse(src)
		if u.Scheme != "http" && u.Scheme != "https" {
			return nil, fmt.Errorf("%s: %w", src, ErrUnsupportedScheme)
		}
		return []string{src}, nil
	}
	fi, err := os.Stat(src)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{src}, nil
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		p := filepath.Join(src, e.Name())
		// os.Stat follows symbolic links, so a link to a file counts.
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			files = append(files, p)
		}
	}
	return files, nil
}

// Read reads one source and returns its Document, or one per file for a
// directory. A source that is reached but unusable (too large, not HTML, no
// text, another language) still gives a Document, with Skipped set; an error
// means the source could not be read or fetched, and names it. For a
// directory, the Documents of the readable files come back together with the
// errors of the others.
func (r *Reader) Read(ctx context.Context, src string) ([]newsgraph.Document, error) {
	srcs, err := Expand(src)
	if err != nil {
		return nil, err
	}
	var docs []newsgraph.Document
	var errs []error
	for _, s := range srcs {
		if err := ctx.Err(); err != nil {
			return docs, errors.Join(append(errs, fmt.Errorf("%s: %w", s, context.Cause(ctx)))...)
		}
		doc, err := r.readOne(ctx, s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errors.Join(errs...)
}

// readOne reads a URL, a file or stdin (not a directory).
func (r *Reader) readOne(ctx context.Context, src string) (newsgraph.Document, error) {
	switch {
	case src == Stdin:
		if r.stdin == nil {
			return newsgraph.Document{}, errors.New("-: no standard input")
		}
		body, err := readCapped(r.stdin, r.maxBytes)
		if errors.Is(err, errTooLarge) {
			return r.skipped(src, "", tooLargeReason(r.maxBytes)), nil
		}
		if err != nil {
			return newsgraph.Document{}, fmt.Errorf("read standard input: %w", err)
		}
		return r.DocumentFromBytes(ctx, body, "", "", src, ""), nil
	case IsURL(src):
		resp, err := r.fetcher.GetDocument(ctx, src, Conditional{})
		var skip *SkipError
		if errors.As(err, &skip) {
			return r.skipped(src, skip.URL, skip.Reason), nil
		}
		if err != nil {
			return newsgraph.Document{}, err
		}
		return r.DocumentFromBytes(ctx, resp.Body, resp.Header.Get("Content-Type"), resp.URL, src, ""), nil
	}
	f, err := os.Open(src)
	if err != nil {
		return newsgraph.Document{}, err
	}
	defer f.Close()
	// Size is checked before reading so that a huge file costs nothing;
	// readCapped still guards files whose size Stat does not know (pipes,
	// devices).
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > r.maxBytes {
		return r.skipped(src, "", tooLargeReason(r.maxBytes)), nil
	}
	body, err := readCapped(f, r.maxBytes)
	if errors.Is(err, errTooLarge) {
		return r.skipped(src, "", tooLargeReason(r.maxBytes)), nil
	}
	if err != nil {
		return newsgraph.Document{}, fmt.Errorf("read %s: %w", src, err)
	}
	return r.DocumentFromBytes(ctx, body, "", "", src, ""), nil
}

func (r *Reader) skipped(src, pageURL, reason string) newsgraph.Document {
	return newsgraph.Document{Source: src, URL: newsgraph.NullString(pageURL), Skipped: newsgraph.NullString(reason)}
}
