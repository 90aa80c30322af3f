package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Defaults of Options.
const (
	DefaultContact        = "https://github.com/newsgraph/newsgraph"
	DefaultConnectTimeout = 10 * time.Second
	DefaultReadTimeout    = 30 * time.Second
	DefaultMaxRedirects   = 10
	DefaultMaxBytes       = 10 << 20
	DefaultRetries        = 2
	DefaultBackoff        = 500 * time.Millisecond
	DefaultMaxRetryWait   = 30 * time.Second
)

// Options configures a Fetcher. The zero value of every field means its
// default.
type Options struct {
	// UserAgent is sent with every request; by default
	// "newsgraph/0.1 (+Contact)", so that site operators can reach us.
	UserAgent string
	// Contact is the URL or mail address named in the default User-Agent.
	Contact string
	// ConnectTimeout bounds connecting (DNS, TCP, TLS).
	ConnectTimeout time.Duration
	// ReadTimeout bounds each wait for the server: for the response headers,
	// then for every further piece of the body. A server that trickles a byte
	// now and then keeps the request alive; one that stalls does not.
	ReadTimeout time.Duration
	// MaxRedirects is how many redirects are followed before giving up.
	MaxRedirects int
	// MaxBytes caps a response body; a larger one is not read (SkipError).
	MaxBytes int64
	// Retries is how many times a request is retried after a 429, a 5xx or a
	// transient network error; negative means never.
	Retries int
	// Backoff is the wait before the first retry; it doubles for each next one
	// (with jitter) unless the server's Retry-After says otherwise.
	Backoff time.Duration
	// MaxRetryWait caps any single wait between attempts, including one a
	// server asks for with Retry-After; a server asking for longer is given
	// up on.
	MaxRetryWait time.Duration
	// Logger receives retries and redirects at debug level; nil discards.
	Logger *slog.Logger
	// HTTPClient is the client to use (its Transport and Jar); nil builds one
	// from the timeouts above. Its CheckRedirect is replaced by the Fetcher's.
	HTTPClient *http.Client
}

func (o Options) withDefaults() Options {
	if o.Contact == "" {
		o.Contact = DefaultContact
	}
	if o.UserAgent == "" {
		o.UserAgent = "newsgraph/0.1 (+" + o.Contact + ")"
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = DefaultReadTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = DefaultBackoff
	}
	if o.MaxRetryWait <= 0 {
		o.MaxRetryWait = DefaultMaxRetryWait
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Fetcher downloads web pages politely: it names itself, bounds every wait,
// follows a limited number of redirects to http(s) URLs only, retries
// transient failures with backoff and honours Retry-After, and never reads
// more than MaxBytes of a body. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
}

// NewFetcher returns a Fetcher configured by opts.
func NewFetcher(opts Options) *Fetcher {
	opts = opts.withDefaults()
	var client http.Client
	if opts.HTTPClient != nil {
		client = *opts.HTTPClient
	} else {
		dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
		client.Transport = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opts.ConnectTimeout,
			ResponseHeaderTimeout: opts.ReadTimeout,
			MaxIdleConnsPerHost:   4,
			IdleConnTimeout:       90 * time.Second,
			ForceAttemptHTTP2:     true,
		}
	}
	f := &Fetcher{opts: opts}
	client.CheckRedirect = f.checkRedirect
	f.client = &client
	return f
}

// MaxBytes returns the body size cap the Fetcher applies.
func (f *Fetcher) MaxBytes() int64 { return f.opts.MaxBytes }

// Conditional makes a request conditional on the copy already held: the
// server answers 304 Not Modified when it has not changed.
type Conditional struct {
	// ETag is the ETag header of the copy held.
	ETag string
	// LastModified is the Last-Modified header of the copy held.
	LastModified string
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL        string
	StatusCode int
	Header     http.Header
	Body       []byte
	// NotModified is true for a 304 answer to a Conditional request; Body is
	// then empty.
	NotModified bool
}

// StatusError is an HTTP answer that is neither success nor a redirect
// (after retries, for 429 and 5xx).
type StatusError struct {
	URL        string
	StatusCode int
}

// Error names the URL and the HTTP status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.StatusCode, http.StatusText(e.StatusCode))
}

// SkipError reports a page that was reached but is not worth reading: too
// large, or not a document. Reason is a short text fit for
// newsgraph.Document.Skipped. It is not worth retrying.
type SkipError struct {
	URL    string
	Reason string
}

// Error names the URL and why it was skipped.
func (e *SkipError) Error() string { return e.URL + ": " + e.Reason }

// ErrUnsupportedScheme is returned for URLs (given or redirected to) whose
// scheme is not http or https.
var ErrUnsupportedScheme = errors.New("only http and https URLs are fetched")

// tooLargeReason is the Skipped text for a body over max bytes.
func tooLargeReason(max int64) string {
	return "body larger than " + formatBytes(max)
}

func formatBytes(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10) + " MB"
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// Get fetches rawURL, whatever its content type.
func (f *Fetcher) Get(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	return f.get(ctx, rawURL, cond, nil)
}

// GetDocument fetches rawURL like Get, but when the response is not an HTML
// or plain-text document (by its Content-Type) it returns a SkipError
// ("not HTML: application/pdf") without reading the body.
func (f *Fetcher) GetDocument(ctx context.Context, rawURL string, cond Conditional) (*Response, error) {
	return f.get(ctx, rawURL, cond, documentTypeReason)
}

// documentTypeReason returns why a response of this Content-Type is not an
// article, or "" when it may be one. A missing or generic type is let
// through: the body is sniffed later.
func documentTypeReason(contentType string) string {
	mt := mediaType(contentType)
	switch mt {
	case "", "text/html", "application/xhtml+xml", "text/plain", "application/octet-stream":
		return ""
	}
	return "not HTML: " + mt
}

func (f *Fetcher) get(ctx context.Context, rawURL string, cond Conditional, reject func(string) string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse URL %q: %w", rawURL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, ErrUnsupportedScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("fetch %q: URL has no host", rawURL)
	}
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := f.attempt(ctx, u.String(), cond, reject)
		if err == nil || attempt >= f.opts.Retries || !retryable(err) || ctx.Err() != nil {
			return resp, err
		}
		wait := f.backoff(attempt)
		if retryAfter > 0 {
			wait = retryAfter
		}
		if wait > f.opts.MaxRetryWait {
			if retryAfter > 0 {
				return nil, fmt.Errorf("%w (server asks to retry after %s)", err, retryAfter)
			}
			wait = f.opts.MaxRetryWait
		}
		f.opts.Logger.DebugContext(ctx, "retrying", "url", rawURL, "error", err, "wait", wait, "attempt", attempt+1)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("fetch %s: %w", rawURL, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// backoff is the wait before retry number attempt+1: Backoff doubled per
// attempt, with up to 50% jitter so that parallel fetchers do not retry in
// lockstep.
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.opts.Backoff << attempt
	if d <= 0 || d > f.opts.MaxRetryWait {
		d = f.opts.MaxRetryWait
	}
	return d + rand.N(d/2+1)
}

// attempt makes one request. retryAfter is the server's Retry-After, if any.
func (f *Fetcher) attempt(ctx context.Context, rawURL string, cond Conditional, reject func(string) string) (resp *Response, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, 0, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	req.Header.Set("Accept-Language", "fr,en;q=0.8,*;q=0.5")
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	// The request is cancelled when the server keeps us waiting longer than
	// ReadTimeout for the headers (once connected) or for any next piece of
	// the body. This holds whatever Transport the client has, not only the
	// default one.
	idle := time.AfterFunc(f.opts.ConnectTimeout+f.opts.ReadTimeout, func() {
		cancel(fmt.Errorf("no data for %s: %w", f.opts.ReadTimeout, errReadTimeout))
	})
	defer idle.Stop()
	hr, err := f.client.Do(req)
	if err != nil {
		if cause := context.Cause(ctx); errors.Is(cause, errReadTimeout) {
			err = cause
		}
		return nil, 0, fmt.Errorf("GET %s: %w", rawURL, err)
	}
	idle.Reset(f.opts.ReadTimeout)
	defer hr.Body.Close()
	final := hr.Request.URL.String()
	out := &Response{URL: final, StatusCode: hr.StatusCode, Header: hr.Header}
	switch {
	case hr.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, 0, nil
	case hr.StatusCode == http.StatusTooManyRequests || hr.StatusCode >= 500:
		return nil, parseRetryAfter(hr.Header.Get("Retry-After"), time.Now()), &StatusError{URL: final, StatusCode: hr.StatusCode}
	case hr.StatusCode < 200 || hr.StatusCode > 299:
		return nil, 0, &StatusError{URL: final, StatusCode: hr.StatusCode}
	}
	if reject != nil {
		if reason := reject(hr.Header.Get("Content-Type")); reason != "" {
			return out, 0, &SkipError{URL: final, Reason: reason}
		}
	}
	if hr.ContentLength > f.opts.MaxBytes {
		return out, 0, &SkipError{URL: final, Reason: tooLargeReason(f.opts.MaxBytes)}
	}
	body, err := readCapped(&progressReader{r: hr.Body, timer: idle, d: f.opts.ReadTimeout}, f.opts.MaxBytes)
	if errors.Is(err, errTooLarge) {
		return out, 0, &SkipError{URL: final, Reason: tooLargeReason(f.opts.MaxBytes)}
	}
	if err != nil {
		if cause := context.Cause(ctx); errors.Is(cause, errReadTimeout) {
			err = cause
		}
		return nil, 0, fmt.Errorf("GET %s: read body: %w", rawURL, err)
	}
	out.Body = body
	return out, 0, nil
}

// errReadTimeout marks a body read cancelled for lack of progress.
var errReadTimeout = errors.New("read timeout")

// errTooLarge is returned by readCapped for input over its limit.
var errTooLarge = errors.New("input too large")

// readCapped reads all of r if it is at most max bytes, and stops with
// errTooLarge after max+1 bytes otherwise, so a huge body costs no more memory
// than the cap.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, errTooLarge
	}
	return b, nil
}

// progressReader pushes timer back by d after every read that returns data.
type progressReader struct {
	r     io.Reader
	timer *time.Timer
	d     time.Duration
}

// Read reads from the body, pushing the read deadline back after each
// piece that arrives.
func (p *progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	if n > 0 {
		p.timer.Reset(p.d)
	}
	return n, err
}

// checkRedirect follows at most MaxRedirects redirects, to http(s) URLs only,
// and stops at the first loop.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %q: %w", req.URL.String(), ErrUnsupportedScheme)
	}
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("redirect loop: %s redirects back to %s", via[len(via)-1].URL, req.URL)
		}
	}
	if len(via) > f.opts.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects (at %s)", f.opts.MaxRedirects, req.URL)
	}
	return nil
}

// retryable reports whether err may go away by trying again: 429, 5xx
// (except 501 Not Implemented), timeouts, and connections refused or reset.
func retryable(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.StatusCode == http.StatusTooManyRequests ||
			(se.StatusCode >= 500 && se.StatusCode != http.StatusNotImplemented)
	}
	// Timeouts of this attempt are transient; the end of the caller's own
	// context is caught by get before it retries.
	var ne net.Error
	if errors.Is(err, errReadTimeout) || errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// parseRetryAfter reads a Retry-After header, in seconds or as an HTTP date,
// relative to now; 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}
