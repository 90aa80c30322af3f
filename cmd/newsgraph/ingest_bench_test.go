package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest/crawl"
)

// Size of the benchmark's news network.
const (
	benchHosts        = 20
	benchPagesPerHost = 100
	benchConcurrency  = 16
	benchDocs         = benchHosts * benchPagesPerHost
)

// BenchmarkIngest measures the nightly job end to end: `newsgraph ingest
// --config` run through run() against 20 local news sites of 100 article
// pages each (half listed by a sitemap, half by an RSS feed, alternately
// English and French, each site with a robots.txt), with no per-host delay
// and 16 workers, into an empty graph for every iteration. Each document is
// fetched, turned into a document, extracted and loaded, so docs/s is the
// throughput of the whole pipeline, including the extractor's start-up and
// the run's bookkeeping in Neo4j.
//
// A first, untimed run warms Neo4j up (query plans, JIT compilation), as
// the long-running server of a nightly job is: on a freshly started server
// the same run is two to four times slower. Its rate is logged (-v), not
// reported, because the testing package calls a benchmark more than once
// and only the first call of a test binary meets a cold server.
//
// peak-heap-MB and peak-sys-MB are the highest HeapInuse and Sys of the
// process (the job, the local sites and the benchmark itself), sampled every
// 10 ms during all the runs. Neo4j's own memory is not counted: it is
// another process.
func BenchmarkIngest(b *testing.B) {
	if testing.Short() {
		b.Skip("crawls 2,000 pages into Neo4j")
	}
	bench := &ingestBench{store: graphtest.Open(b), env: graphEnv(graphtest.Config(b))}
	bench.sites, bench.config = benchNetwork(b)

	bench.run(b)
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		elapsed += bench.run(b)
	}
	b.StopTimer()
	for _, s := range bench.sites {
		if s.overlap.Load() {
			b.Errorf("host %s saw two requests at once", s.srv.URL)
		}
	}
	b.ReportMetric(benchDocs*float64(b.N)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(bench.peak.heap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(bench.peak.sys)/(1<<20), "peak-sys-MB")
}

// ingestBench is the benchmark's world: the graph, the sites, the config
// listing them, and the memory peaks seen so far.
type ingestBench struct {
	store  *graph.Store
	env    map[string]string
	sites  []*site
	config string
	peak   memPeak
}

// run empties the graph, ingests every site with the timer running, checks
// that every article was loaded with its deals, and returns the time taken.
func (ib *ingestBench) run(b *testing.B) time.Duration {
	b.StopTimer()
	ctx := context.Background()
	if err := graphtest.Reset(ctx, ib.store); err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	c, out, errb := testCLI("", ib.env)
	stop := ib.peak.sample(10 * time.Millisecond)
	b.StartTimer()

	start := time.Now()
	code := run(ctx, c, []string{"ingest", "--json", "--config", ib.config})
	took := time.Since(start)

	b.StopTimer()
	stop()
	if code != exitIngestOK {
		b.Fatalf("ingest exit %d: %s", code, errb)
	}
	var sum crawl.Summary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		b.Fatalf("summary is not JSON: %v\n%s", err, out)
	}
	if sum.New != benchDocs || len(sum.Failed) > 0 || len(sum.Skipped) > 0 {
		b.Fatalf("run summary: new %d of %d, failed %v, skipped %v", sum.New, benchDocs, sum.Failed, sum.Skipped)
	}
	_, rows, err := ib.store.Query(ctx, `MATCH (a:Article) WHERE (a)-[:REPORTS]->(:Deal) RETURN count(a)`, nil)
	if err != nil || len(rows) != 1 || rows[0][0] != int64(benchDocs) {
		b.Fatalf("articles loaded with their deals: %v %v, want %d", rows, err, benchDocs)
	}
	b.Logf("%d documents in %v (%.0f docs/s)", benchDocs, took.Round(time.Millisecond), benchDocs/took.Seconds())
	b.StartTimer()
	return took
}

// benchNetwork starts the benchmark's sites and writes the config that
// lists their sitemaps and feeds.
func benchNetwork(b *testing.B) ([]*site, string) {
	sites := make([]*site, benchHosts)
	var cfg strings.Builder
	cfg.WriteString("sources:\n")
	for h := range sites {
		s := newSite(b)
		sites[h] = s
		s.set("/robots.txt", page{contentType: "text/plain", body: "User-agent: *\nDisallow: /private/\n"})
		var items strings.Builder
		for p := 0; p < benchPagesPerHost; p++ {
			i := h*benchPagesPerHost + p
			title, html := enArticle(i)
			if i%2 == 1 {
				title, html = frArticle(i)
			}
			path := fmt.Sprintf("/2025/11/story-%d", i)
			s.set(path, page{contentType: "text/html; charset=utf-8", body: html})
			if h%2 == 0 {
				fmt.Fprintf(&items, "<url><loc>%s</loc><lastmod>2025-11-20</lastmod></url>\n", s.url(path))
			} else {
				fmt.Fprintf(&items, "<item><title>%s</title><link>%s</link></item>\n", title, s.url(path))
			}
		}
		if h%2 == 0 {
			s.set("/sitemap.xml", page{contentType: "application/xml", etag: `"v1"`,
				body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + items.String() + `</urlset>`})
			fmt.Fprintf(&cfg, "  - {name: site-%d, kind: sitemap, url: %q}\n", h, s.url("/sitemap.xml"))
		} else {
			s.set("/feed.xml", page{contentType: "application/rss+xml", etag: `"v1"`,
				body: `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>` + items.String() + `</channel></rss>`})
			fmt.Fprintf(&cfg, "  - {name: site-%d, kind: feed, url: %q}\n", h, s.url("/feed.xml"))
		}
	}
	fmt.Fprintf(&cfg, `crawl:
  concurrency: %d
  per_host_delay: 0s
  timeout: 10s
  max_attempts: 3
`, benchConcurrency)
	path := filepath.Join(b.TempDir(), "ingest.yaml")
	if err := os.WriteFile(path, []byte(cfg.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return sites, path
}

// memPeak is the highest heap in use and memory obtained from the OS seen
// by sample.
type memPeak struct {
	heap, sys uint64
}

// sample reads the memory statistics every interval until the returned
// function is called, raising the peaks.
func (p *memPeak) sample(interval time.Duration) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			p.heap, p.sys = max(p.heap, m.HeapInuse), max(p.sys, m.Sys)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}
