package crawl

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/ingest"
)

// Fetcher gets one URL politely (user agent, timeouts, retries, size cap),
// conditionally on cond. *ingest.Fetcher is the one used outside tests.
type Fetcher interface {
	Get(ctx context.Context, url string, cond ingest.Conditional) (*ingest.Response, error)
	// GetDocument is Get for article pages: a response whose content type
	// is not a document fails with an *ingest.SkipError before its body is read.
	GetDocument(ctx context.Context, url string, cond ingest.Conditional) (*ingest.Response, error)
}

// Documenter turns fetched or read bytes into a document (charset, main text,
// metadata, language, skip reasons); it does not extract facts.
type Documenter interface {
	Document(ctx context.Context, body []byte, contentType, pageURL, source, langHint string) newsgraph.Document
}

// Extractor fills a document's facts.
type Extractor interface {
	Extract(ctx context.Context, doc *newsgraph.Document) error
}

// LoadCounts is what a load added to the graph.
type LoadCounts struct {
	Articles, Companies, Deals int
}

// Store keeps the graph and the crawl state (in Neo4j).
type Store interface {
	// AcquireLock takes the named run lock for owner unless another owner
	// holds it and has refreshed it within ttl, or is orphan (a holder known
	// to be dead); it returns the holder when refused.
	AcquireLock(ctx context.Context, name, owner string, ttl time.Duration, orphan string) (ok bool, holder newsgraph.LockHolder, err error)
	// RefreshLock extends owner's hold on the lock.
	RefreshLock(ctx context.Context, name, owner string) error
	ReleaseLock(ctx context.Context, name, owner string) error
	SourceStates(ctx context.Context, urls []string) (map[string]newsgraph.SourceState, error)
	SaveSourceStates(ctx context.Context, states []newsgraph.SourceState) error
	PageStates(ctx context.Context, urls []string) (map[string]newsgraph.PageState, error)
	SavePageStates(ctx context.Context, states []newsgraph.PageState) error
	// DueRetries lists failed pages not given up whose next attempt is due.
	DueRetries(ctx context.Context, now time.Time, limit int) ([]newsgraph.PageState, error)
	Load(ctx context.Context, docs []newsgraph.Document) (LoadCounts, error)
	// SaveRun stores the run summary as a :Run node.
	SaveRun(ctx context.Context, id string, props map[string]any) error
}

// ErrLocked is returned by Run when another run holds the lock.
var ErrLocked = errors.New("another ingest run is in progress")

// Runner is one run of the nightly job.
type Runner struct {
	Config    *Config
	Fetcher   Fetcher
	Documents Documenter
	Extractor Extractor
	Store     Store
	Logger    *slog.Logger
	// Progress, when set, receives a one-line progress display (a terminal).
	Progress io.Writer
	// Owner names this run in the lock (default "host:pid:nonce").
	Owner string
	// BatchSize is the number of documents loaded per transaction batch.
	BatchSize int
	// Now is the clock (tests replace it).
	Now func() time.Time
}

// Summary is what a run did, printed at the end and stored as a :Run node.
type Summary struct {
	ID           string            `json:"id"`
	Started      time.Time         `json:"started"`
	Finished     time.Time         `json:"finished"`
	Status       string            `json:"status"` // completed or interrupted
	Sources      int               `json:"sources"`
	SourceErrors map[string]string `json:"source_errors"`
	Seen         int               `json:"seen"`
	New          int               `json:"new"`
	Changed      int               `json:"changed"`
	Unchanged    int               `json:"unchanged"`
	Retried      int               `json:"retried"`
	Skipped      map[string]int    `json:"skipped"`
	Failed       map[string]int    `json:"failed"`
	GaveUp       int               `json:"gave_up"`
	Loaded       int               `json:"articles_loaded"`
	Companies    int               `json:"companies_added"`
	Deals        int               `json:"deals_added"`
}

const lockName = "ingest"

// flushEvery bounds how long a finished document waits to be committed.
const flushEvery = 2 * time.Second
const lockTTL = 2 * time.Minute

// storeGoneGrace bounds the final bookkeeping of a run whose store failed.
const storeGoneGrace = 5 * time.Second

// Run performs one ingest run. It returns ErrLocked when another run holds
// the lock and an error when the run could not proceed (store unreachable);
// failures of single documents are counted in the summary, not returned.
func (r *Runner) Run(ctx context.Context) (*Summary, error) {
	r.defaults()
	now := r.Now()
	sum := &Summary{
		ID:      fmt.Sprintf("%s-%s", now.UTC().Format("20060102T150405Z"), strings.ReplaceAll(r.Owner, ":", "-")),
		Started: now, Status: "completed", Sources: len(r.Config.Sources),
		SourceErrors: map[string]string{}, Skipped: map[string]int{}, Failed: map[string]int{},
	}
	ok, holder, err := r.Store.AcquireLock(ctx, lockName, r.Owner, lockTTL, "")
	if err == nil && !ok && ownerDead(holder.Owner) {
		// A run killed with its Neo4j (or by kill -9) could not release
		// the lock; waiting out its TTL would only delay the rerun.
		r.Logger.Warn("taking over the ingest lock of a run that is no longer alive", "holder", holder.String())
		ok, holder, err = r.Store.AcquireLock(ctx, lockName, r.Owner, lockTTL, holder.Owner)
	}
	if err != nil {
		return nil, fmt.Errorf("take the ingest lock: %w", err)
	}
	if !ok {
		return nil, fmt.Errorf("%w (held by %s)", ErrLocked, holder)
	}
	stopRefresh := r.refreshLock(ctx)
	err = r.crawl(ctx, sum)
	stopRefresh()
	if ctx.Err() != nil {
		sum.Status = "interrupted"
	}
	// The summary and the lock release must outlive a cancelled run so that
	// the lock is freed. When the crawl failed, the store did, after the
	// driver's own retries: one short last try for both rather than another
	// full retry period apiece.
	book := context.WithoutCancel(ctx)
	if err != nil {
		var cancel context.CancelFunc
		book, cancel = context.WithTimeout(book, storeGoneGrace)
		defer cancel()
	}
	sum.Finished = r.Now()
	if serr := r.Store.SaveRun(book, sum.ID, sum.props()); serr != nil && err == nil {
		err = fmt.Errorf("save run summary: %w", serr)
	}
	if lerr := r.Store.ReleaseLock(book, lockName, r.Owner); lerr != nil {
		r.Logger.Warn("release ingest lock", "err", lerr)
	}
	return sum, err
}

func (r *Runner) defaults() {
	if r.Logger == nil {
		r.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if r.Now == nil {
		r.Now = time.Now
	}
	if r.BatchSize <= 0 {
		r.BatchSize = 50
	}
	if r.Owner == "" {
		// The nonce tells apart two runs of one process (tests, a daemon).
		host, _ := os.Hostname()
		nonce := make([]byte, 3)
		rand.Read(nonce)
		r.Owner = fmt.Sprintf("%s:%d:%x", host, os.Getpid(), nonce)
	}
}

func (r *Runner) refreshLock(ctx context.Context) (stop func()) {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(lockTTL / 4)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := r.Store.RefreshLock(ctx, lockName, r.Owner); err != nil && ctx.Err() == nil {
					r.Logger.Warn("refresh ingest lock", "err", err)
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

// job is one candidate page with its stored state, on its way through the pipeline.
type job struct {
	cand   candidate
	state  newsgraph.PageState
	known  bool // state came from the store
	retry  bool
	doc    *newsgraph.Document
	result string // new, changed, unchanged, skipped, failed
	reason string
	resp   *ingest.Response
}

// crawl discovers candidates source by source, fetches them with a bounded
// pool of workers, and loads the results in batches.
func (r *Runner) crawl(ctx context.Context, sum *Summary) error {
	cfg := r.Config
	gate := newHostGate(time.Duration(cfg.Crawl.PerHostDelay))
	robots := newRobotsCache(agentToken(cfg.Crawl.UserAgent), func(ctx context.Context, u string) (int, []byte, error) {
		return r.gatedGetStatus(ctx, gate, u)
	})
	jobs := make(chan *job, cfg.Crawl.Concurrency)
	results := make(chan *job, cfg.Crawl.Concurrency)
	// A failed load stops the crawl: fetching on would only pile up
	// documents that cannot be committed.
	parent := ctx
	ctx, stopCrawl := context.WithCancel(ctx)
	defer stopCrawl()

	var workers sync.WaitGroup
	for i := 0; i < cfg.Crawl.Concurrency; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range jobs {
				r.process(ctx, gate, robots, j)
				results <- j
			}
		}()
	}
	var collectErr error
	collected := make(chan struct{})
	sourceDone := newSourceTracker()
	go func() {
		defer close(collected)
		collectErr = r.collect(results, sum, sourceDone, stopCrawl)
	}()

	r.feed(ctx, gate, jobs, sum, sourceDone)
	close(jobs)
	workers.Wait()
	close(results)
	<-collected
	if collectErr != nil {
		return collectErr
	}
	// Feed and sitemap validators are saved only for sources whose every
	// candidate was committed, or a 304 next time would hide unprocessed items.
	if states := sourceDone.complete(); len(states) > 0 {
		if err := r.Store.SaveSourceStates(context.WithoutCancel(parent), states); err != nil {
			return fmt.Errorf("save source states: %w", err)
		}
	}
	return nil
}

// feed sends every candidate of every source, then the due retries, to jobs,
// deduplicated and capped at MaxDocuments.
func (r *Runner) feed(ctx context.Context, gate *hostGate, jobs chan<- *job, sum *Summary, tracker *sourceTracker) {
	cfg := r.Config
	seen := map[string]bool{}
	sent := 0
	capped := func() bool { return cfg.Crawl.MaxDocuments > 0 && sent >= cfg.Crawl.MaxDocuments }
	send := func(batch []*job) bool {
		urls := make([]string, len(batch))
		for i, j := range batch {
			urls[i] = j.cand.url
		}
		states, err := r.Store.PageStates(ctx, urls)
		if err != nil {
			r.Logger.Error("read page states", "err", err)
			return false
		}
		for _, j := range batch {
			j.state, j.known = states[j.cand.url]
			if !j.known {
				j.state = newsgraph.PageState{URL: j.cand.url}
			}
			if j.known && j.state.GaveUp {
				continue
			}
			if j.known && j.state.Failures > 0 && !j.retry && r.Now().Before(j.state.NextAttempt) {
				continue // its retry is not due yet
			}
			if capped() {
				return false
			}
			tracker.add(j)
			select {
			case jobs <- j:
				sent++
			case <-ctx.Done():
				tracker.abandon(j)
				return false
			}
		}
		return true
	}
	// Every source is listed first and the pages are then sent round-robin
	// by host: sent source by source, the workers would all queue on one
	// host's politeness delay while the other hosts sit idle.
	var all []*job
	var opened []*Source
	for i := range cfg.Sources {
		if ctx.Err() != nil {
			return
		}
		src := &cfg.Sources[i]
		cands, state, err := r.discover(ctx, gate, src)
		if err != nil {
			sum.SourceErrors[src.Name] = err.Error()
			r.Logger.Warn("read source", "source", src.Name, "err", err)
			continue
		}
		tracker.open(src, state)
		opened = append(opened, src)
		for _, c := range cands {
			if seen[c.url] || (c.path == "" && !src.Accepts(c.url)) {
				continue
			}
			seen[c.url] = true
			sum.Seen++
			c.source = src
			all = append(all, &job{cand: c})
		}
	}
	due, err := r.Store.DueRetries(ctx, r.Now(), 1000)
	if err != nil {
		r.Logger.Error("read due retries", "err", err)
	}
	for _, st := range due {
		if seen[st.URL] {
			continue
		}
		seen[st.URL] = true
		sum.Seen++
		c := candidate{url: st.URL, source: &Source{Name: "retry"}}
		if strings.HasPrefix(st.URL, "file://") {
			c.path = strings.TrimPrefix(st.URL, "file://")
		}
		all = append(all, &job{cand: c, retry: true})
	}
	all = interleaveByHost(all)
	ok := err == nil
	for start := 0; ok && start < len(all); start += 100 {
		ok = send(all[start:min(start+100, len(all))]) && !capped()
	}
	for _, src := range opened {
		tracker.close(src, ok)
	}
}

// interleaveByHost reorders jobs so that consecutive jobs go to different
// hosts as far as possible, keeping each host's own order.
func interleaveByHost(jobs []*job) []*job {
	var hosts []string
	queues := map[string][]*job{}
	for _, j := range jobs {
		h := ""
		if u, err := url.Parse(j.cand.url); err == nil {
			h = u.Host
		}
		if _, ok := queues[h]; !ok {
			hosts = append(hosts, h)
		}
		queues[h] = append(queues[h], j)
	}
	out := make([]*job, 0, len(jobs))
	for len(out) < len(jobs) {
		for _, h := range hosts {
			if q := queues[h]; len(q) > 0 {
				out = append(out, q[0])
				queues[h] = q[1:]
			}
		}
	}
	return out
}

// discover lists a source's candidates, fetching feeds and sitemaps
// conditionally; it returns the validators to store once the source is done.
func (r *Runner) discover(ctx context.Context, gate *hostGate, src *Source) ([]candidate, *newsgraph.SourceState, error) {
	switch src.Kind {
	case KindPage:
		return []candidate{{url: src.URL}}, nil, nil
	case KindDir:
		c, err := dirFiles(src.Path)
		return c, nil, err
	case KindURLs:
		if src.Path != "" {
			body, err := os.ReadFile(src.Path)
			if err != nil {
				return nil, nil, fmt.Errorf("read URL list: %w", err)
			}
			return urlList(body, ""), nil, nil
		}
		resp, err := r.gatedGet(ctx, gate, r.Fetcher.Get, src.URL, ingest.Conditional{})
		if err != nil {
			return nil, nil, err
		}
		return urlList(resp.Body, resp.URL), nil, nil
	}
	states, err := r.Store.SourceStates(ctx, []string{src.URL})
	if err != nil {
		return nil, nil, fmt.Errorf("read source state: %w", err)
	}
	old := states[src.URL]
	resp, err := r.gatedGet(ctx, gate, r.Fetcher.Get, src.URL, ingest.Conditional{ETag: old.ETag, LastModified: old.LastModified})
	if err != nil {
		return nil, nil, err
	}
	if resp.NotModified {
		return nil, nil, nil
	}
	st := &newsgraph.SourceState{URL: src.URL, ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), LastFetched: r.Now()}
	if src.Kind == KindFeed {
		c, err := feedLinks(resp.Body, resp.URL)
		return c, st, err
	}
	return r.sitemapTree(ctx, gate, resp, 0)
}

// sitemapTree reads a sitemap and, for an index, its children (two levels deep
// at most, as the sitemap protocol allows no deeper nesting).
func (r *Runner) sitemapTree(ctx context.Context, gate *hostGate, resp *ingest.Response, depth int) ([]candidate, *newsgraph.SourceState, error) {
	pages, children, err := parseSitemap(resp.Body, resp.URL)
	if err != nil {
		return nil, nil, err
	}
	st := &newsgraph.SourceState{URL: resp.URL, ETag: resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"), LastFetched: r.Now()}
	if depth >= 2 {
		return pages, st, nil
	}
	for _, child := range children {
		cr, err := r.gatedGet(ctx, gate, r.Fetcher.Get, child, ingest.Conditional{})
		if err != nil {
			r.Logger.Warn("read child sitemap", "url", child, "err", err)
			continue
		}
		more, _, err := r.sitemapTree(ctx, gate, cr, depth+1)
		if err != nil {
			r.Logger.Warn("read child sitemap", "url", child, "err", err)
			continue
		}
		pages = append(pages, more...)
	}
	return pages, st, nil
}

// gatedGet fetches raw with get once its host is free.
func (r *Runner) gatedGet(ctx context.Context, gate *hostGate, get getFunc, raw string, cond ingest.Conditional) (*ingest.Response, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	release, err := gate.acquire(ctx, u.Host)
	if err != nil {
		return nil, err
	}
	defer release()
	return get(ctx, raw, cond)
}

type getFunc func(ctx context.Context, url string, cond ingest.Conditional) (*ingest.Response, error)

// gatedGetStatus fetches robots.txt: any HTTP status is an answer, only
// network failures are errors.
func (r *Runner) gatedGetStatus(ctx context.Context, gate *hostGate, raw string) (int, []byte, error) {
	resp, err := r.gatedGet(ctx, gate, r.Fetcher.Get, raw, ingest.Conditional{})
	if err != nil {
		var se *ingest.StatusError
		if errors.As(err, &se) {
			return se.StatusCode, nil, nil
		}
		return 0, nil, err
	}
	return resp.StatusCode, resp.Body, nil
}

// process fetches (or reads) one candidate and turns it into a document with
// facts, deciding whether it is new, changed, unchanged, skipped or failed.
func (r *Runner) process(ctx context.Context, gate *hostGate, robots *robotsCache, j *job) {
	if ctx.Err() != nil {
		j.result, j.reason = "abandoned", "interrupted"
		return
	}
	c := j.cand
	// A page not modified since its last successful fetch is not fetched.
	if j.known && j.state.Failures == 0 && j.state.ContentHash != "" && !c.modified.IsZero() &&
		c.modified.Before(j.state.LastAttempt) {
		j.result = "unchanged"
		return
	}
	var body []byte
	var contentType, pageURL string
	if c.path != "" {
		j.state.LastAttempt = r.Now()
		b, err := os.ReadFile(c.path)
		if err != nil {
			r.fail(j, "read error", err)
			return
		}
		body = b
	} else {
		u, err := url.Parse(c.url)
		if err != nil {
			r.fail(j, "bad url", err)
			return
		}
		if !robots.allowed(ctx, u) {
			j.result, j.reason = "skipped", "robots"
			return
		}
		j.state.LastAttempt = r.Now()
		resp, err := r.gatedGet(ctx, gate, r.Fetcher.GetDocument, c.url, ingest.Conditional{ETag: j.state.ETag, LastModified: j.state.LastModified})
		if err != nil {
			var skip *ingest.SkipError
			switch {
			case ctx.Err() != nil:
				j.result, j.reason = "abandoned", "interrupted"
			case errors.As(err, &skip):
				j.result, j.reason = "skipped", skipCategory(skip.Reason)
			default:
				r.fail(j, failureReason(err), err)
			}
			return
		}
		if resp.NotModified && j.state.ContentHash != "" {
			j.state.Failures, j.state.LastError = 0, ""
			j.result = "unchanged"
			return
		}
		j.resp = resp
		body, contentType, pageURL = resp.Body, resp.Header.Get("Content-Type"), resp.URL
		j.state.ETag, j.state.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	}
	source := c.url
	if c.path != "" {
		source = c.path
	}
	doc := r.Documents.Document(ctx, body, contentType, pageURL, source, c.source.Language)
	hash := textHash(doc.Text)
	if j.known && j.state.ContentHash == hash && j.state.Failures == 0 {
		j.result = "unchanged"
		return
	}
	if doc.Skipped == "" {
		if err := r.Extractor.Extract(ctx, &doc); err != nil {
			r.fail(j, "extract error", err)
			return
		}
	}
	previous := j.state.ContentHash
	j.doc = &doc
	j.state.ContentHash = hash
	switch {
	case doc.Skipped != "":
		j.result, j.reason = "skipped", skipCategory(string(doc.Skipped))
	case previous != "":
		j.result = "changed"
	default:
		j.result = "new"
	}
}

func (r *Runner) fail(j *job, reason string, err error) {
	j.result, j.reason = "failed", reason
	j.state.Failures++
	j.state.LastError = err.Error()
	backoff := time.Duration(r.Config.Crawl.RetryBackoff) << (j.state.Failures - 1)
	j.state.NextAttempt = r.Now().Add(backoff)
	j.state.GaveUp = j.state.Failures >= r.Config.Crawl.MaxAttempts
	r.Logger.Warn("document failed", "url", j.cand.url, "reason", reason, "err", err, "attempt", j.state.Failures)
}

// collect loads finished documents in batches and records page states after
// their documents are committed, so that an interrupted run is redone, never
// half-remembered.
func (r *Runner) collect(results <-chan *job, sum *Summary, tracker *sourceTracker, stopCrawl func()) error {
	ctx := context.Background()
	var pending []*job
	var loadErr error
	flush := func() {
		if len(pending) == 0 || loadErr != nil {
			return
		}
		var docs []newsgraph.Document
		for _, j := range pending {
			if j.doc != nil {
				docs = append(docs, *j.doc)
			}
		}
		if len(docs) > 0 {
			counts, err := r.Store.Load(ctx, docs)
			if err != nil {
				loadErr = fmt.Errorf("load %d documents: %w", len(docs), err)
				pending = nil
				stopCrawl()
				return
			}
			sum.Loaded += counts.Articles
			sum.Companies += counts.Companies
			sum.Deals += counts.Deals
		}
		states := make([]newsgraph.PageState, 0, len(pending))
		for _, j := range pending {
			if j.doc != nil {
				j.state.ArticleURL = string(j.doc.URL)
				j.state.Failures, j.state.LastError, j.state.NextAttempt, j.state.GaveUp = 0, "", time.Time{}, false
			}
			states = append(states, j.state)
		}
		if err := r.Store.SavePageStates(ctx, states); err != nil {
			loadErr = fmt.Errorf("save page states: %w", err)
			pending = nil
			stopCrawl()
			return
		}
		for _, j := range pending {
			tracker.done(j)
		}
		pending = pending[:0]
	}
	// Documents are committed every BatchSize documents or every
	// flushEvery, whichever comes first, so that a slow crawl does not hold
	// finished work in memory (or lose it to a crash) for long.
	tick := time.NewTicker(flushEvery)
	defer tick.Stop()
	done := 0
	for results != nil {
		select {
		case j, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			done++
			r.count(j, sum)
			r.progress(done, sum)
			if loadErr != nil || r.settled(j, tracker) {
				continue
			}
			pending = append(pending, j)
			if len(pending) >= r.BatchSize {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
	flush()
	if r.Progress != nil {
		fmt.Fprintln(r.Progress)
	}
	return loadErr
}

// settled reports whether a finished job needs no commit: abandoned work,
// pages answered 304, and robots refusals leave nothing to record.
func (r *Runner) settled(j *job, tracker *sourceTracker) bool {
	switch {
	case j.result == "abandoned":
		tracker.abandon(j)
		return true
	case j.result == "unchanged" && j.resp == nil && j.cand.path == "",
		j.result == "skipped" && j.doc == nil && j.state.LastAttempt.IsZero():
		tracker.done(j)
		return true
	}
	return false
}

func (r *Runner) count(j *job, sum *Summary) {
	if j.retry {
		sum.Retried++
	}
	switch j.result {
	case "new":
		sum.New++
	case "changed":
		sum.Changed++
	case "unchanged":
		sum.Unchanged++
	case "skipped":
		sum.Skipped[j.reason]++
	case "failed":
		sum.Failed[j.reason]++
		if j.state.GaveUp {
			sum.GaveUp++
		}
	}
}

func (r *Runner) progress(done int, sum *Summary) {
	if r.Progress == nil {
		return
	}
	failed := 0
	for _, n := range sum.Failed {
		failed += n
	}
	fmt.Fprintf(r.Progress, "\r%d documents: %d new, %d changed, %d unchanged, %d failed ", done, sum.New, sum.Changed, sum.Unchanged, failed)
}

// sourceTracker knows, per feed or sitemap, whether every candidate it
// produced was committed, which is when its validators may be saved.
type sourceTracker struct {
	mu      sync.Mutex
	sources map[*Source]*trackedSource
}

type trackedSource struct {
	state   *newsgraph.SourceState
	pending int
	closed  bool
	failed  bool
}

func newSourceTracker() *sourceTracker { return &sourceTracker{sources: map[*Source]*trackedSource{}} }

func (t *sourceTracker) open(s *Source, st *newsgraph.SourceState) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.sources[s] = &trackedSource{state: st}
}

func (t *sourceTracker) add(j *job) { t.change(j.cand.source, 1, false) }

func (t *sourceTracker) done(j *job) { t.change(j.cand.source, -1, false) }

func (t *sourceTracker) abandon(j *job) { t.change(j.cand.source, -1, true) }

func (t *sourceTracker) change(s *Source, delta int, failed bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if ts, ok := t.sources[s]; ok {
		ts.pending += delta
		ts.failed = ts.failed || failed
	}
}

// close marks a source as fully enumerated (complete=false when the run
// stopped before all its candidates were sent).
func (t *sourceTracker) close(s *Source, complete bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if ts, ok := t.sources[s]; ok {
		ts.closed = true
		ts.failed = ts.failed || !complete
	}
}

func (t *sourceTracker) complete() []newsgraph.SourceState {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []newsgraph.SourceState
	for _, ts := range t.sources {
		if ts.state != nil && ts.closed && !ts.failed && ts.pending == 0 {
			out = append(out, *ts.state)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out
}

func (s *Summary) props() map[string]any {
	p := map[string]any{
		"started": s.Started.UTC(), "finished": s.Finished.UTC(), "status": s.Status,
		"sources": s.Sources, "source_errors": len(s.SourceErrors),
		"seen": s.Seen, "new": s.New, "changed": s.Changed, "unchanged": s.Unchanged,
		"retried": s.Retried, "gave_up": s.GaveUp, "articles_loaded": s.Loaded,
		"companies_added": s.Companies, "deals_added": s.Deals,
	}
	for k, v := range s.Skipped {
		p["skipped_"+propKey(k)] = v
	}
	for k, v := range s.Failed {
		p["failed_"+propKey(k)] = v
	}
	return p
}

func propKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '_'
	}, s)
}

// skipCategory folds a document's skip reason into the summary's categories:
// "unsupported language: de" counts under "language".
func skipCategory(reason string) string {
	r := strings.ToLower(reason)
	switch {
	case strings.Contains(r, "language"):
		return "language"
	case strings.Contains(r, "larger") || strings.Contains(r, "size"):
		return "size"
	case strings.Contains(r, "not html") || strings.Contains(r, "content type") || strings.Contains(r, "content-type"):
		return "type"
	case strings.Contains(r, "no article text"):
		return "no text"
	}
	return reason
}

// failureReason names the category of a fetch error for the summary.
func failureReason(err error) string {
	var se *ingest.StatusError
	if errors.As(err, &se) {
		return fmt.Sprintf("http %d", se.StatusCode)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	var ne interface{ Timeout() bool }
	if errors.As(err, &ne) && ne.Timeout() {
		return "timeout"
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "redirect"):
		return "redirects"
	case strings.Contains(msg, "timeout"):
		return "timeout"
	case strings.Contains(msg, "connection refused"), strings.Contains(msg, "no such host"):
		return "unreachable"
	}
	return "network"
}

func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// agentToken is the product token of a User-Agent, matched in robots.txt.
func agentToken(ua string) string {
	tok, _, _ := strings.Cut(ua, "/")
	tok, _, _ = strings.Cut(tok, " ")
	if tok == "" {
		return "newsgraph"
	}
	return tok
}
