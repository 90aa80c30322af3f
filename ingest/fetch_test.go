package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// testOptions keep the waits of the fetch tests short.
func testOptions() Options {
	return Options{Backoff: 5 * time.Millisecond, MaxRetryWait: 2 * time.Second, ReadTimeout: 2 * time.Second}
}

const frenchPage = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>
<body><article><p>Le fournisseur de cloud a signé un contrat de plusieurs années avec un grand groupe
technologique pour lui louer des serveurs équipés de processeurs graphiques dans son centre de données.</p></article></body></html>`

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, frenchPage)
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/b", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop/a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/tofile", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(testOptions())

	tests := []struct {
		path    string
		wantErr string
	}{
		{"/chain/3", ""},
		{"/chain/10", ""},
		{"/chain/11", "stopped after 10 redirects"},
		{"/loop/a", "redirect loop"},
		{"/tofile", "only http and https"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := f.Get(t.Context(), srv.URL+tt.path, Conditional{})
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Get(%s) error = %v, want %q", tt.path, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Get(%s): %v", tt.path, err)
			}
			if resp.URL != srv.URL+"/chain/0" {
				t.Errorf("final URL = %s, want %s/chain/0", resp.URL, srv.URL)
			}
			if !strings.Contains(string(resp.Body), "centre de données") {
				t.Errorf("body = %.80q…", resp.Body)
			}
		})
	}
}

func TestFetchStatus(t *testing.T) {
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.NotFound(w, r)
	})
	mux.HandleFunc("/flaky", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			http.Error(w, "try later", http.StatusInternalServerError)
			return
		}
		io.WriteString(w, frenchPage)
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, "down", http.StatusBadGateway)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(testOptions())

	tests := []struct {
		path       string
		wantStatus int // 0: success
		wantHits   int32
	}{
		{"/missing", 404, 1},               // never retried
		{"/flaky", 0, 2},                   // 500, then 200
		{"/down", 502, 1 + DefaultRetries}, // retried, then given up
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			hits.Store(0)
			resp, err := f.Get(t.Context(), srv.URL+tt.path, Conditional{})
			if tt.wantStatus == 0 {
				if err != nil || resp.StatusCode != 200 {
					t.Fatalf("Get: %v", err)
				}
			} else {
				var se *StatusError
				if !errors.As(err, &se) || se.StatusCode != tt.wantStatus {
					t.Fatalf("error = %v, want HTTP %d", err, tt.wantStatus)
				}
				if !strings.Contains(err.Error(), srv.URL+tt.path) {
					t.Errorf("error %q does not name the URL", err)
				}
			}
			if got := hits.Load(); got != tt.wantHits {
				t.Errorf("server hit %d times, want %d", got, tt.wantHits)
			}
		})
	}
}

func TestFetchRetryAfter(t *testing.T) {
	var hits atomic.Int32
	var first, second time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		second = time.Now()
		io.WriteString(w, frenchPage)
	}))
	defer srv.Close()
	if _, err := NewFetcher(testOptions()).Get(t.Context(), srv.URL, Conditional{}); err != nil {
		t.Fatalf("Get: %v", err)
	}
	if wait := second.Sub(first); wait < 900*time.Millisecond {
		t.Errorf("retried after %v, want about 1s (Retry-After: 1)", wait)
	}

	// A server asking for more than MaxRetryWait is given up on at once.
	hits.Store(0)
	long := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "come back in an hour", http.StatusServiceUnavailable)
	}))
	defer long.Close()
	start := time.Now()
	_, err := NewFetcher(testOptions()).Get(t.Context(), long.URL, Conditional{})
	if err == nil || !strings.Contains(err.Error(), "retry after 1h0m0s") {
		t.Errorf("error = %v, want one naming the Retry-After", err)
	}
	if hits.Load() != 1 || time.Since(start) > time.Second {
		t.Errorf("%d requests in %v, want 1 and no wait", hits.Load(), time.Since(start))
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 11, 3, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"120", 2 * time.Minute},
		{"-5", 0},
		{"Mon, 03 Nov 2025 12:00:30 GMT", 30 * time.Second},
		{"Mon, 03 Nov 2025 11:00:00 GMT", 0},
		{"bientôt", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	mux := http.NewServeMux()
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<html><body><p>Le début arrive, la suite jamais.")
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := testOptions()
	opts.ReadTimeout = 200 * time.Millisecond
	opts.ConnectTimeout = 200 * time.Millisecond
	opts.Retries = -1
	own := opts
	own.HTTPClient = &http.Client{} // a Transport without header timeout
	for _, tt := range []struct {
		name string
		f    *Fetcher
	}{{"default client", NewFetcher(opts)}, {"caller's client", NewFetcher(own)}} {
		for _, path := range []string{"/headers", "/body"} {
			t.Run(tt.name+path, func(t *testing.T) {
				f := tt.f
				start := time.Now()
				_, err := f.Get(t.Context(), srv.URL+path, Conditional{})
				if err == nil {
					t.Fatal("Get succeeded on a stalled server")
				}
				if !strings.Contains(err.Error(), srv.URL) {
					t.Errorf("error %q does not name the URL", err)
				}
				if d := time.Since(start); d > 2*time.Second {
					t.Errorf("gave up after %v, want about 200ms", d)
				}
				if !retryable(err) {
					t.Errorf("timeout %v not classed as transient", err)
				}
			})
		}
	}
}

// zeros streams n bytes of HTML-looking filler without holding them.
func zeros(w io.Writer, n int64) {
	chunk := []byte(strings.Repeat("<p>remplissage</p>\n", 1000))
	for n > 0 {
		k := min(int64(len(chunk)), n)
		if _, err := w.Write(chunk[:k]); err != nil {
			return
		}
		n -= k
	}
}

func TestFetchBodyCap(t *testing.T) {
	const size = 50 << 20
	mux := http.NewServeMux()
	mux.HandleFunc("/chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		zeros(w, size)
	})
	mux.HandleFunc("/sized", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(size))
		zeros(w, size)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		zeros(w, size)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := testOptions()
	opts.MaxBytes = 1 << 20
	f := NewFetcher(opts)

	tests := []struct {
		path, reason string
	}{
		{"/chunked", "body larger than 1 MB"},
		{"/sized", "body larger than 1 MB"},
		{"/report.pdf", "not HTML: application/pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := f.GetDocument(t.Context(), srv.URL+tt.path, Conditional{})
			runtime.ReadMemStats(&after)
			var skip *SkipError
			if !errors.As(err, &skip) || skip.Reason != tt.reason {
				t.Fatalf("error = %v, want skip %q", err, tt.reason)
			}
			// Reading the 50 MB body would allocate well over 50 MB; the cap
			// keeps it to a few times MaxBytes.
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
				t.Errorf("allocated %d MB for a capped 50 MB body", alloc>>20)
			}
		})
	}
	// Get (not GetDocument) accepts any type, within the cap.
	small := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<rss version="2.0"><channel><title>Fil</title></channel></rss>`)
	}))
	defer small.Close()
	if resp, err := f.Get(t.Context(), small.URL, Conditional{}); err != nil || !strings.Contains(string(resp.Body), "<rss") {
		t.Errorf("Get of a feed: %v", err)
	}
}

func TestFetchConditionalAndHeaders(t *testing.T) {
	const etag = `"v1"`
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		io.WriteString(w, frenchPage)
	}))
	defer srv.Close()
	opts := testOptions()
	opts.Contact = "mailto:veille@example.org"
	f := NewFetcher(opts)
	resp, err := f.Get(t.Context(), srv.URL, Conditional{})
	if err != nil || resp.NotModified || resp.Header.Get("ETag") != etag {
		t.Fatalf("first Get: %v %+v", err, resp)
	}
	if gotUA != "newsgraph/0.1 (+mailto:veille@example.org)" {
		t.Errorf("User-Agent = %q", gotUA)
	}
	resp, err = f.Get(t.Context(), srv.URL, Conditional{ETag: etag})
	if err != nil || !resp.NotModified || len(resp.Body) != 0 {
		t.Fatalf("conditional Get: %v %+v", err, resp)
	}
}

func TestFetchRejects(t *testing.T) {
	f := NewFetcher(testOptions())
	// A loopback port that was just closed: nothing listens there.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/article"
	l.Close()
	tests := []struct {
		url, want string
	}{
		{"file:///etc/passwd", "only http and https"},
		{"ftp://example.org/a.html", "only http and https"},
		{"http:///nohost", "no host"},
		{closed, "connection refused"},
	}
	for _, tt := range tests {
		_, err := f.Get(t.Context(), tt.url, Conditional{})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.url) {
			t.Errorf("Get(%q) error = %v, want one naming it and %q", tt.url, err, tt.want)
		}
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := f.Get(ctx, closed, Conditional{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Get with a cancelled context: %v", err)
	}
}
