package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/ingest/crawl"
)

// site is a local news site for the nightly-job tests: it serves pages from
// a map, counts requests, remembers the paths asked for, and records whether
// two requests were ever in flight at once.
type site struct {
	t        testing.TB
	srv      *httptest.Server
	mu       sync.Mutex
	pages    map[string]page
	requests map[string]int
	inFlight atomic.Int32
	overlap  atomic.Bool
	// conditional counts requests that carried If-None-Match.
	conditional atomic.Int32
}

type page struct {
	status      int
	contentType string
	body        string
	etag        string
	delay       time.Duration
	location    string
}

func newSite(t testing.TB) *site {
	s := &site{t: t, pages: map[string]page{}, requests: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(path string) string { return s.srv.URL + path }

func (s *site) set(path string, p page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = p
}

func (s *site) get(path string) page {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pages[path]
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	if s.inFlight.Add(1) > 1 {
		s.overlap.Store(true)
	}
	defer s.inFlight.Add(-1)
	s.mu.Lock()
	s.requests[r.URL.Path]++
	p, ok := s.pages[r.URL.Path]
	s.mu.Unlock()
	if r.Header.Get("If-None-Match") != "" {
		s.conditional.Add(1)
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	if p.delay > 0 {
		select {
		case <-time.After(p.delay):
		case <-r.Context().Done():
			return
		}
	}
	if p.location != "" {
		http.Redirect(w, r, p.location, http.StatusFound)
		return
	}
	if p.etag != "" {
		w.Header().Set("ETag", p.etag)
		if r.Header.Get("If-None-Match") == p.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if p.contentType != "" {
		w.Header().Set("Content-Type", p.contentType)
	}
	if p.status != 0 {
		w.WriteHeader(p.status)
	}
	fmt.Fprint(w, p.body)
}

// Deal sentences for the generated articles: real-world-style news prose
// written for these tests, with the parties, amount and site varying.
var (
	enBuyers    = []string{"Microsoft", "Meta", "OpenAI", "Google", "Amazon", "Oracle"}
	enProviders = []string{"CoreWeave", "Nebius", "Nscale", "IREN", "Lambda", "Crusoe"}
	frSites     = []string{"Texas", "Norvège", "Géorgie", "Finlande"}
	enSites     = []string{"Texas", "Norway", "Georgia", "Finland"}
)

func articleHTML(lang, title, published, body string) string {
	return fmt.Sprintf(`<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>
<meta property="article:published_time" content="%sT08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a></nav>
<article><h1>%s</h1>%s</article>
<footer>© News Example. All rights reserved. Contact us. Privacy policy.</footer></body></html>`,
		lang, title, published, title, body)
}

func enArticle(i int) (title, html string) {
	b, p := enBuyers[i%len(enBuyers)], enProviders[(i/len(enBuyers))%len(enProviders)]
	amount := 2 + i
	title = fmt.Sprintf("%s signs $%d billion AI cloud deal with %s", b, amount, p)
	body := fmt.Sprintf(`<p>%s has signed a $%d billion contract with %s to secure AI computing capacity over five years, the companies said on Monday.</p>
<p>Under the agreement, %s will provide access to Nvidia GB300 systems at a data center campus in %s, with deployment starting next year.</p>
<p>Shares of %s rose after the announcement, as investors welcomed another long-term customer for its cloud platform.</p>`,
		b, amount, p, p, enSites[i%len(enSites)], p)
	return title, articleHTML("en", title, fmt.Sprintf("2025-10-%02d", 1+i%28), body)
}

func frArticle(i int) (title, html string) {
	b, p := enBuyers[(i+1)%len(enBuyers)], enProviders[(i/len(enBuyers)+2)%len(enProviders)]
	amount := 3 + i
	title = fmt.Sprintf("%s signe un contrat de %d milliards de dollars avec %s", b, amount, p)
	body := fmt.Sprintf(`<p>%s a signé un contrat de %d milliards de dollars avec %s pour obtenir de la capacité de calcul dédiée à l'intelligence artificielle, ont annoncé les deux sociétés.</p>
<p>Dans le cadre de cet accord, %s fournira des GPU Nvidia GB300 installés dans un centre de données en %s, avec une mise en service progressive.</p>
<p>Le titre de %s a progressé après l'annonce, les investisseurs saluant la signature d'un nouveau client de long terme.</p>`,
		b, amount, p, p, frSites[i%len(frSites)], p)
	return title, articleHTML("fr", title, fmt.Sprintf("2025-11-%02d", 1+i%28), body)
}

const deArticle = `<p>Microsoft hat mit dem Cloud-Anbieter Nebius einen Vertrag über mehrere Milliarden Dollar unterzeichnet, um sich Rechenkapazität für künstliche Intelligenz zu sichern.</p>
<p>Die Vereinbarung läuft über fünf Jahre und umfasst Grafikprozessoren von Nvidia in einem neuen Rechenzentrum in New Jersey, teilten die Unternehmen mit.</p>`

// newsNetwork is the world of the end-to-end test: a feed site with robots.txt
// and two feeds, a sitemap site with an index, and a fault site.
type newsNetwork struct {
	feeds, maps, faults *site
	good                []string // URLs of good fr/en articles
	german              string
	config              string
}

func buildNetwork(t *testing.T) *newsNetwork {
	n := &newsNetwork{feeds: newSite(t), maps: newSite(t), faults: newSite(t)}
	n.feeds.set("/robots.txt", page{contentType: "text/plain", body: "User-agent: *\nDisallow: /private/\n"})
	n.feeds.set("/private/secret", page{contentType: "text/html", body: articleHTML("en", "secret", "2025-10-01", "<p>secret</p>")})
	var rssEN, rssFR strings.Builder
	for i := 0; i < 16; i++ {
		title, html := enArticle(i)
		path := fmt.Sprintf("/en/%d", i)
		n.feeds.set(path, page{contentType: "text/html; charset=utf-8", body: html})
		n.good = append(n.good, n.feeds.url(path))
		fmt.Fprintf(&rssEN, "<item><title>%s</title><link>%s</link></item>\n", title, n.feeds.url(path))
	}
	for i := 0; i < 16; i++ {
		title, html := frArticle(i)
		path := fmt.Sprintf("/fr/%d", i)
		n.feeds.set(path, page{contentType: "text/html; charset=utf-8", body: html})
		n.good = append(n.good, n.feeds.url(path))
		fmt.Fprintf(&rssFR, "<item><title>%s</title><link>%s</link></item>\n", title, n.feeds.url(path))
	}
	fmt.Fprintf(&rssEN, "<item><title>private</title><link>%s</link></item>\n", n.feeds.url("/private/secret"))
	n.german = n.feeds.url("/de/1")
	n.feeds.set("/de/1", page{contentType: "text/html", body: articleHTML("de", "Microsoft und Nebius", "2025-09-09", deArticle)})
	fmt.Fprintf(&rssFR, "<item><title>de</title><link>%s</link></item>\n", n.german)
	rss := func(items string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>` + items + `</channel></rss>`
	}
	n.feeds.set("/feed/en.xml", page{contentType: "application/rss+xml", etag: `"en-1"`, body: rss(rssEN.String())})
	n.feeds.set("/feed/fr.xml", page{contentType: "application/rss+xml", etag: `"fr-1"`, body: rss(rssFR.String())})

	var urls strings.Builder
	for i := 16; i < 30; i++ {
		_, html := enArticle(i)
		path := fmt.Sprintf("/2025/10/story-%d", i)
		n.maps.set(path, page{contentType: "text/html", body: html})
		n.good = append(n.good, n.maps.url(path))
		fmt.Fprintf(&urls, "<url><loc>%s</loc><lastmod>2025-10-20</lastmod></url>\n", n.maps.url(path))
	}
	faults := map[string]page{
		"/always-500": {status: 500, body: "oops"},
		"/slow":       {delay: 5 * time.Second, contentType: "text/html", body: "late"},
		"/loop":       {location: "/loop"},
		"/report.pdf": {contentType: "application/pdf", body: "%PDF-1.7 binary"},
	}
	for path, p := range faults {
		n.faults.set(path, p)
		fmt.Fprintf(&urls, "<url><loc>%s</loc></url>\n", n.faults.url(path))
	}
	fmt.Fprintf(&urls, "<url><loc>%s</loc></url>\n", n.faults.url("/gone"))
	n.maps.set("/sitemap-news.xml", page{contentType: "application/xml", body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + urls.String() + `</urlset>`})
	n.maps.set("/sitemap.xml", page{contentType: "application/xml", etag: `"idx-1"`, body: fmt.Sprintf(`<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>`, n.maps.url("/sitemap-news.xml"))})

	n.config = filepath.Join(t.TempDir(), "ingest.yaml")
	cfg := fmt.Sprintf(`sources:
  - {name: feed-en, kind: feed, url: %q}
  - {name: feed-fr, kind: feed, url: %q}
  - {name: sitemap, kind: sitemap, url: %q}
crawl:
  concurrency: 6
  per_host_delay: 5ms
  timeout: 1s
  max_attempts: 3
  retry_backoff: 1ms
`, n.feeds.url("/feed/en.xml"), n.feeds.url("/feed/fr.xml"), n.maps.url("/sitemap.xml"))
	if err := os.WriteFile(n.config, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return n
}

func graphEnv(cfg graph.Config) map[string]string {
	return map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password}
}

func ingestRun(t *testing.T, ctx context.Context, env map[string]string, args ...string) (crawl.Summary, int, string) {
	t.Helper()
	c, out, errb := testCLI("", env)
	code := run(ctx, c, append([]string{"ingest", "--json"}, args...))
	var sum crawl.Summary
	if out.Len() > 0 {
		if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
			t.Fatalf("summary is not JSON: %v\n%s", err, out)
		}
	}
	return sum, code, errb.String()
}

// graphCounts counts the domain nodes and relationships, leaving out the
// nightly job's own bookkeeping (Page, Source, Lock, Run).
func graphCounts(t *testing.T, store *graph.Store) string {
	t.Helper()
	_, rows, err := store.Query(context.Background(), `
MATCH (n) WHERE NOT n:Page AND NOT n:Source AND NOT n:Lock AND NOT n:Run
WITH labels(n)[0] AS label, count(*) AS c ORDER BY label
WITH collect(label + '=' + toString(c)) AS nodes
OPTIONAL MATCH ()-[r]->()
WITH nodes, type(r) AS t, count(r) AS c ORDER BY t
RETURN nodes, collect(t + '=' + toString(c)) AS rels`, nil)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(rows)
}

func TestIngestEndToEnd(t *testing.T) {
	store := graphtest.Open(t)
	env := graphEnv(graphtest.Config(t))
	n := buildNetwork(t)
	ctx := context.Background()

	sum, code, stderr := ingestRun(t, ctx, env, "--config", n.config)
	if code != 0 {
		t.Fatalf("first run exit %d: %s", code, stderr)
	}
	if sum.New != len(n.good) {
		t.Errorf("new = %d, want %d (summary %+v)", sum.New, len(n.good), sum)
	}
	wantFailed := map[string]int{"http 500": 1, "timeout": 1, "redirects": 1, "http 404": 1}
	for reason, want := range wantFailed {
		if sum.Failed[reason] != want {
			t.Errorf("failed[%q] = %d, want %d (all: %v)", reason, sum.Failed[reason], want, sum.Failed)
		}
	}
	for reason, want := range map[string]int{"robots": 1, "type": 1, "language": 1} {
		if sum.Skipped[reason] != want {
			t.Errorf("skipped[%q] = %d, want %d (all: %v)", reason, sum.Skipped[reason], want, sum.Skipped)
		}
	}
	if got := n.feeds.count("/private/secret"); got != 0 {
		t.Errorf("a page disallowed by robots.txt was requested %d times", got)
	}
	for _, s := range []*site{n.feeds, n.maps, n.faults} {
		if s.overlap.Load() {
			t.Errorf("host %s saw two requests at once", s.srv.URL)
		}
	}
	_, rows, err := store.Query(ctx, `UNWIND $urls AS u
OPTIONAL MATCH (a:Article {url: u}) OPTIONAL MATCH (a)-[:REPORTS]->(d:Deal)
RETURN u, a IS NOT NULL AS loaded, count(d) AS deals`, map[string]any{"urls": n.good})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r[1] != true || r[2] == int64(0) {
			t.Errorf("article %v: loaded=%v deals=%v", r[0], r[1], r[2])
		}
	}
	_, rows, err = store.Query(ctx, `MATCH (a:Article {url: $u}) RETURN a.language, a.skipped`, map[string]any{"u": n.german})
	if err != nil || len(rows) != 1 || rows[0][0] != "de" {
		t.Errorf("German article: %v %v", rows, err)
	}
	_, rows, err = store.Query(ctx, `MATCH (r:Run) RETURN r.new, r.status`, nil)
	if err != nil || len(rows) != 1 || rows[0][0] != int64(len(n.good)) || rows[0][1] != "completed" {
		t.Errorf("Run node: %v %v", rows, err)
	}
	before := graphCounts(t, store)

	// Second run: feeds come back 304, sitemap pages are older than their
	// last fetch, so nothing is extracted and the graph is unchanged.
	condBefore := n.feeds.conditional.Load()
	sum, code, stderr = ingestRun(t, ctx, env, "--config", n.config)
	if code != 0 {
		t.Fatalf("second run exit %d: %s", code, stderr)
	}
	if n.feeds.conditional.Load()-condBefore < 2 {
		t.Errorf("feeds were not fetched conditionally")
	}
	if sum.New != 0 || sum.Changed != 0 {
		t.Errorf("second run: new %d changed %d, want 0 (%+v)", sum.New, sum.Changed, sum)
	}
	if after := graphCounts(t, store); after != before {
		t.Errorf("second run changed the graph:\n before %s\n after  %s", before, after)
	}

	// A page that changes on the server changes exactly that article.
	path := "/2025/10/story-16"
	changed := articleHTML("en", "Meta expands deal", "2025-10-17", `<p>Meta has signed a $40 billion contract with Nebius to secure AI computing capacity over four years, the companies said on Friday.</p>
<p>Nebius will provide access to Nvidia GB300 systems at a data center campus in Finland.</p>`)
	n.maps.set(path, page{contentType: "text/html", body: changed})
	n.maps.set("/sitemap-news.xml", page{contentType: "application/xml", body: strings.Replace(
		n.maps.get("/sitemap-news.xml").body, path+"</loc><lastmod>2025-10-20", path+"</loc><lastmod>"+time.Now().Add(time.Hour).UTC().Format(time.RFC3339), 1)})
	n.maps.set("/sitemap.xml", page{contentType: "application/xml", etag: `"idx-2"`, body: n.maps.get("/sitemap.xml").body})
	sum, code, stderr = ingestRun(t, ctx, env, "--config", n.config)
	if code != 0 || sum.Changed != 1 || sum.New != 0 {
		t.Fatalf("third run: exit %d changed %d new %d: %s %+v", code, sum.Changed, sum.New, stderr, sum)
	}
	_, rows, err = store.Query(ctx, `MATCH (a:Article {url: $u})-[:REPORTS]->(d:Deal)<-[:PARTY_TO]-(c:Company)
RETURN collect(DISTINCT c.name)`, map[string]any{"u": n.maps.url(path)})
	if err != nil || len(rows) != 1 || fmt.Sprint(rows[0][0]) != "[Meta Nebius]" && fmt.Sprint(rows[0][0]) != "[Nebius Meta]" {
		t.Errorf("changed article's parties: %v %v", rows, err)
	}
}

func TestIngestLockRefusesSecondRun(t *testing.T) {
	store := graphtest.Open(t)
	env := graphEnv(graphtest.Config(t))
	ctx := context.Background()
	ok, _, err := store.AcquireLock(ctx, "ingest", "other-host:1", time.Minute, "")
	if err != nil || !ok {
		t.Fatalf("take lock: %v %v", ok, err)
	}
	dir := t.TempDir()
	_, code, stderr := ingestRun(t, ctx, env, dir)
	if code != exitIngestLocked || !strings.Contains(stderr, "another ingest run is in progress") || !strings.Contains(stderr, "other-host:1") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if err := store.ReleaseLock(ctx, "ingest", "other-host:1"); err != nil {
		t.Fatal(err)
	}
	if _, code, stderr = ingestRun(t, ctx, env, dir); code != 0 {
		t.Errorf("after release: exit %d: %s", code, stderr)
	}

	// A lock left by a process of this host that has exited is taken over
	// at once instead of after its heartbeat expires.
	gone := exec.Command("true")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	deadOwner := fmt.Sprintf("%s:%d:dead", host, gone.Process.Pid)
	if ok, _, err := store.AcquireLock(ctx, "ingest", deadOwner, time.Hour, ""); err != nil || !ok {
		t.Fatalf("take lock as %s: %v %v", deadOwner, ok, err)
	}
	if _, code, stderr = ingestRun(t, ctx, env, dir); code != 0 {
		t.Errorf("lock of an exited process: exit %d: %s", code, stderr)
	}
}

func TestIngestOverlappingRunsOneWins(t *testing.T) {
	store := graphtest.Open(t)
	env := graphEnv(graphtest.Config(t))
	n := buildNetwork(t)
	// The slow page keeps the first run busy for a second or more.
	first := make(chan int, 1)
	go func() {
		c, _, _ := testCLI("", env)
		first <- run(context.Background(), c, []string{"ingest", "--config", n.config})
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, rows, err := store.Query(context.Background(), `MATCH (l:Lock {name: 'ingest'}) WHERE l.owner IS NOT NULL RETURN l.owner`, nil)
		if err == nil && len(rows) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the first run never took the lock")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t0 := time.Now()
	_, code, stderr := ingestRun(t, context.Background(), env, "--config", n.config)
	if code != exitIngestLocked || !strings.Contains(stderr, "another ingest run is in progress") {
		t.Errorf("second run: exit %d (after %v), stderr %q", code, time.Since(t0), stderr)
	}
	if code := <-first; code != 0 {
		t.Errorf("first run: exit %d", code)
	}
}

func TestIngestBadConfig(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(cfg, []byte("sources:\n  - kind: feed\n    url: https://news.example/rss\n    langage: fr\n"), 0o644)
	c, out, errb := testCLI("", nil)
	if code := run(context.Background(), c, []string{"ingest", "--config", cfg}); code != exitIngestUsage {
		t.Errorf("exit %d, want %d", code, exitIngestUsage)
	}
	if !strings.Contains(errb.String(), "bad.yaml:4: langage: unknown key") || out.Len() != 0 {
		t.Errorf("stderr %q stdout %q", errb.String(), out.String())
	}
}
