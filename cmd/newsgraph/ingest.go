package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/crawl"
)

// Exit statuses of `newsgraph ingest`.
const (
	exitIngestOK       = 0 // the run completed (some documents may have failed: see the summary)
	exitIngestFailed   = 1 // the run could not proceed (Neo4j unreachable, state unreadable)
	exitIngestUsage    = 2 // invalid config or arguments; nothing was fetched
	exitIngestLocked   = 3 // another run holds the lock
	exitIngestCanceled = 4 // interrupted by SIGINT/SIGTERM after committing completed work
)

const ingestUsage = `Usage: newsgraph ingest [--config FILE] [--json] [SRC...]

The nightly job: reads the sources of the config file and/or the SRC
arguments, fetches what is new or changed, extracts facts and loads them into
Neo4j. State (what was fetched, content hashes, failures) lives in Neo4j, so
a run picks up where the last one stopped; failed documents are retried on
later runs with backoff and given up after crawl.max_attempts tries.

SRC is a folder (its .html/.htm/.txt files), a file listing URLs, or an
http(s) URL: a feed or sitemap when its path says so (rss, feed, atom,
sitemap, .xml), else one article page.

Exit status: 0 the run completed (even if some documents failed; they are
counted in the summary and retried next run), 1 the run could not proceed
(Neo4j unreachable after retries), 2 invalid config or arguments (nothing
fetched), 3 another run is in progress, 4 interrupted (completed work kept).

Flags:
`

func runIngest(ctx context.Context, c *cli, args []string) int {
	fs := newFlagSet(c, "ingest", ingestUsage)
	configPath := fs.String("config", "", "YAML config `file` (see README, Nightly ingest)")
	asJSON := fs.Bool("json", false, "print the run summary as JSON")
	conn := addConnFlags(fs)
	srcs, ok, status := parseFlags(c, fs, args)
	if !ok {
		return status // 0 for --help, 2 (exitIngestUsage) for a bad flag
	}
	cfg, err := ingestConfig(*configPath, srcs)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v\n", err)
		return exitIngestUsage
	}

	gcfg := conn.config(c.getenv)
	if gcfg.URI == "" && cfg.Neo4j.URI != "" {
		gcfg.URI, gcfg.Username, gcfg.Database = cfg.Neo4j.URI, cfg.Neo4j.Username, cfg.Neo4j.Database
		if cfg.Neo4j.PasswordEnv != "" {
			gcfg.Password = c.getenv(cfg.Neo4j.PasswordEnv)
		}
	}
	store, err := openGraphWithRetry(ctx, c, gcfg)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v\n", err)
		return exitIngestFailed
	}
	defer store.Close(context.WithoutCancel(ctx))
	if err := store.EnsureSchema(ctx); err != nil {
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v\n", err)
		return exitIngestFailed
	}

	extractor, err := extract.New()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v\n", err)
		return exitIngestFailed
	}
	fetcher := ingest.NewFetcher(ingest.Options{
		UserAgent:   cfg.Crawl.UserAgent,
		Contact:     cfg.Crawl.Contact,
		ReadTimeout: time.Duration(cfg.Crawl.Timeout),
		Logger:      c.logger,
	})
	runner := &crawl.Runner{
		Config:    cfg,
		Fetcher:   fetcher,
		Documents: crawl.ReaderDocuments{Reader: ingest.NewReader(fetcher, ingest.NewLanguageDetector(), nil, c.logger)},
		Extractor: extractor,
		Store:     crawlStore{store},
		Logger:    c.logger,
	}
	if c.isTerminal {
		runner.Progress = c.stderr
	}
	sum, err := runner.Run(ctx)
	switch {
	case errors.Is(err, crawl.ErrLocked):
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v; not starting a second one\n", err)
		return exitIngestLocked
	case err != nil:
		fmt.Fprintf(c.stderr, "newsgraph ingest: %v\n", err)
		if sum != nil {
			printRunSummary(c.stdout, sum, *asJSON)
		}
		return exitIngestFailed
	}
	printRunSummary(c.stdout, sum, *asJSON)
	if sum.Status == "interrupted" {
		return exitIngestCanceled
	}
	return exitIngestOK
}

// ingestConfig merges the config file (if any) with sources given as arguments.
func ingestConfig(path string, args []string) (*crawl.Config, error) {
	var extra []crawl.Source
	for _, a := range args {
		s, err := crawl.SourceFromArg(a)
		if err != nil {
			return nil, err
		}
		extra = append(extra, s)
	}
	if path == "" {
		if len(extra) == 0 {
			return nil, errors.New("nothing to ingest: give --config FILE or SRC arguments (see --help)")
		}
		return crawl.ConfigFromSources(extra)
	}
	cfg, err := crawl.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if len(extra) > 0 {
		more, err := crawl.ConfigFromSources(extra)
		if err != nil {
			return nil, err
		}
		cfg.Sources = append(cfg.Sources, more.Sources...)
	}
	return cfg, nil
}

// openGraphWithRetry connects to Neo4j, retrying for about a minute so that a
// server restarting at the hour of the cron job does not fail the night.
func openGraphWithRetry(ctx context.Context, c *cli, cfg graph.Config) (*graph.Store, error) {
	var err error
	for attempt, wait := 0, 2*time.Second; attempt < 5; attempt, wait = attempt+1, wait*2 {
		var store *graph.Store
		if store, err = openGraph(ctx, c, cfg); err == nil {
			return store, nil
		}
		c.logger.Warn("Neo4j not reachable, retrying", "err", err, "in", wait)
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return nil, fmt.Errorf("Neo4j unreachable after retries: %w", err)
}

// crawlStore adapts graph.Store to crawl.Store.
type crawlStore struct{ *graph.Store }

// Load loads docs and reports what the crawl counts: articles written,
// companies and deals added.
func (s crawlStore) Load(ctx context.Context, docs []newsgraph.Document) (crawl.LoadCounts, error) {
	st, err := s.Store.Load(ctx, docs)
	return crawl.LoadCounts{Articles: st.ArticlesCreated + st.ArticlesReplaced, Companies: st.Companies, Deals: st.Deals}, err
}

func printRunSummary(w io.Writer, s *crawl.Summary, asJSON bool) {
	if asJSON {
		b, _ := json.Marshal(s)
		fmt.Fprintln(w, string(b))
		return
	}
	fmt.Fprintf(w, "ingest run %s %s in %s\n", s.ID, s.Status, s.Finished.Sub(s.Started).Round(time.Millisecond))
	fmt.Fprintf(w, "  sources read:  %d", s.Sources)
	if len(s.SourceErrors) > 0 {
		fmt.Fprintf(w, " (%d unreadable)", len(s.SourceErrors))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  documents:     %d seen, %d new, %d changed, %d unchanged, %d retried\n", s.Seen, s.New, s.Changed, s.Unchanged, s.Retried)
	fmt.Fprintf(w, "  skipped:       %s\n", byReason(s.Skipped))
	fmt.Fprintf(w, "  failed:        %s", byReason(s.Failed))
	if s.GaveUp > 0 {
		fmt.Fprintf(w, " (%d given up)", s.GaveUp)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  graph:         %d articles loaded, %d companies and %d deals added\n", s.Loaded, s.Companies, s.Deals)
	for name, e := range s.SourceErrors {
		fmt.Fprintf(w, "  source %s: %s\n", name, e)
	}
}

func byReason(m map[string]int) string {
	if len(m) == 0 {
		return "0"
	}
	keys := make([]string, 0, len(m))
	total := 0
	for k, n := range m {
		keys = append(keys, k)
		total += n
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return fmt.Sprintf("%d (%s)", total, strings.Join(parts, ", "))
}
