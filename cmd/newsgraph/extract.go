package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// extractWorkers is how many sources are read and extracted at once: enough
// to overlap several slow downloads, few enough to stay polite to one site and
// within memory when every source is a 10 MB page.
const extractWorkers = 4

const extractUsage = `Usage: newsgraph extract [--json] [--published DATE] [--load] SRC...

Reads each SRC, extracts the article text, metadata, language and facts
(companies, GPU models, amounts, sites, dates, deals), and prints them.
Never touches Neo4j unless --load is given: then the documents are also
loaded into the graph ($NEO4J_URI or the flags below; without them the
managed local Neo4j), as 'newsgraph extract --json SRC | newsgraph load -'
would, and a load summary is printed on stderr.

SRC is one of:
  https://…   a web page, fetched politely (only http and https)
  FILE        a saved page or text file (.html, .htm, .txt: HTML or plain
              text is told from the content, not only from the name)
  DIR         every regular file in the directory, in name order
  -           standard input

Output: a short summary per document, or with --json one JSON object per
document per line (SPEC §3), in the order of the SRC arguments.
Only French and English are extracted; other languages are detected and
reported with "skipped". A SRC that cannot be read or fetched is reported on
stderr, the others are still processed, and the exit status is 1 (also when a
document is skipped for a reason other than its language).

Downloads send the User-Agent "newsgraph/0.1 (+CONTACT)", where CONTACT is
$NEWSGRAPH_CONTACT (default: the project's URL), and time out, retry and cap
pages at 10 MB as described in the README.

Flags:
`

// extractConfig is the parsed command line of `newsgraph extract`.
type extractConfig struct {
	json      bool
	published string
	load      bool
	conn      connFlags
	srcs      []string
}

func parseExtractArgs(c *cli, args []string) (extractConfig, int, bool) {
	var cfg extractConfig
	fs := newFlagSet(c, "extract", extractUsage)
	fs.BoolVar(&cfg.json, "json", false, "print one JSON object per document per line")
	fs.StringVar(&cfg.published, "published", "", "publication date `YYYY-MM-DD`, overriding the page's")
	fs.BoolVar(&cfg.load, "load", false, "also load the documents into Neo4j")
	cfg.conn = addConnFlags(fs)
	srcs, ok, status := parseFlags(c, fs, args)
	if !ok {
		return cfg, status, false
	}
	cfg.srcs = srcs
	if len(cfg.srcs) == 0 {
		fmt.Fprintln(c.stderr, "newsgraph extract: no SRC given")
		fs.Usage()
		return cfg, 2, false
	}
	stdins := 0
	for _, src := range cfg.srcs {
		if src == ingest.Stdin {
			stdins++
		}
	}
	if stdins > 1 {
		fmt.Fprintln(c.stderr, "newsgraph extract: - (standard input) given more than once")
		return cfg, 2, false
	}
	if cfg.published != "" {
		if _, err := time.Parse(time.DateOnly, cfg.published); err != nil {
			fmt.Fprintf(c.stderr, "newsgraph extract: --published %q is not a date YYYY-MM-DD\n", cfg.published)
			return cfg, 2, false
		}
	}
	return cfg, 0, true
}

// extractJob is one document to produce: a file of a directory, a URL, a
// file or stdin — or the error of a SRC that could not even be listed.
type extractJob struct {
	src string
	err error
}

// extractResult is a job's outcome.
type extractResult struct {
	docs []newsgraph.Document
	err  error
}

// runExtract implements `newsgraph extract`.
func runExtract(ctx context.Context, c *cli, args []string) int {
	cfg, status, ok := parseExtractArgs(c, args)
	if !ok {
		return status
	}
	var jobs []extractJob
	for _, src := range cfg.srcs {
		srcs, err := ingest.Expand(src)
		if err != nil {
			jobs = append(jobs, extractJob{src: src, err: err})
			continue
		}
		for _, s := range srcs {
			jobs = append(jobs, extractJob{src: s})
		}
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph extract: %v\n", err)
		return 1
	}
	var loader *docLoader
	if cfg.load {
		store, err := openGraph(ctx, c, cfg.conn.config(c.getenv))
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph extract: --load: %v\n", err)
			return 1
		}
		defer store.Close(ctx)
		if err := store.EnsureSchema(ctx); err != nil {
			fmt.Fprintf(c.stderr, "newsgraph extract: --load: %v\n", err)
			return 1
		}
		loader = &docLoader{store: store}
	}
	reader := ingest.NewReader(
		ingest.NewFetcher(ingest.Options{Contact: c.getenv("NEWSGRAPH_CONTACT"), Logger: c.logger}),
		ingest.NewLanguageDetector(), c.stdin, c.logger)

	process := func(job extractJob) extractResult {
		if job.err != nil {
			return extractResult{err: job.err}
		}
		docs, err := reader.Read(ctx, job.src)
		for i := range docs {
			d := &docs[i]
			if cfg.published != "" {
				d.Published = newsgraph.NullString(cfg.published)
			}
			if d.Skipped != "" {
				continue
			}
			if xerr := ex.Extract(ctx, d); xerr != nil {
				err = errors.Join(err, fmt.Errorf("%s: extract: %w", d.Source, xerr))
			}
		}
		return extractResult{docs: docs, err: err}
	}

	failed := false
	enc := json.NewEncoder(c.stdout)
	enc.SetEscapeHTML(false)
	inOrder(jobs, extractWorkers, process, func(r extractResult) {
		for _, d := range r.docs {
			if cfg.json {
				if err := enc.Encode(d); err != nil {
					fmt.Fprintf(c.stderr, "newsgraph extract: %s: write: %v\n", d.Source, err)
					failed = true
				}
			} else {
				printSummary(c.stdout, &d)
			}
			if d.Skipped != "" && !ingest.IsLanguageSkip(string(d.Skipped)) {
				fmt.Fprintf(c.stderr, "newsgraph extract: %s: skipped: %s\n", d.Source, d.Skipped)
				failed = true
			}
		}
		if r.err != nil {
			fmt.Fprintf(c.stderr, "newsgraph extract: %v\n", r.err)
			failed = true
		}
		if loader != nil {
			if err := loader.add(ctx, r.docs); err != nil {
				fmt.Fprintf(c.stderr, "newsgraph extract: --load: %v\n", err)
				failed = true
			}
		}
	})
	if loader != nil {
		if err := loader.flush(ctx); err != nil {
			fmt.Fprintf(c.stderr, "newsgraph extract: --load: %v\n", err)
			failed = true
		}
		st := loader.stats
		fmt.Fprintf(c.stderr, "newsgraph extract: loaded %d documents into %s: %d new articles, %d replaced, %d unchanged; %d deals added\n",
			st.Documents, loader.store.URI(), st.ArticlesCreated, st.ArticlesReplaced, st.ArticlesUnchanged, st.Deals)
	}
	if failed {
		return 1
	}
	return 0
}

// docLoader loads documents into the graph in batches of one write
// transaction, as they are produced, so memory does not grow with the number
// of sources.
type docLoader struct {
	store   *graph.Store
	pending []newsgraph.Document
	stats   graph.LoadStats
}

func (l *docLoader) add(ctx context.Context, docs []newsgraph.Document) error {
	l.pending = append(l.pending, docs...)
	if len(l.pending) < graph.DefaultBatchSize {
		return nil
	}
	return l.flush(ctx)
}

func (l *docLoader) flush(ctx context.Context) error {
	if len(l.pending) == 0 {
		return nil
	}
	st, err := l.store.Load(ctx, l.pending)
	l.stats.Add(st)
	l.pending = l.pending[:0]
	return err
}

// inOrder runs process on every job with at most workers at a time and hands
// the results to emit in the jobs' order, as soon as each one and all those
// before it are done. At most workers results wait to be emitted, so memory
// stays bounded however many jobs there are.
func inOrder[J, R any](jobs []J, workers int, process func(J) R, emit func(R)) {
	slots := make(chan struct{}, workers)
	results := make([]chan R, len(jobs))
	for i := range results {
		results[i] = make(chan R, 1)
	}
	go func() {
		for i, job := range jobs {
			slots <- struct{}{}
			go func() { results[i] <- process(job) }()
		}
	}()
	for _, ch := range results {
		emit(<-ch)
		<-slots
	}
}

// printSummary writes the human-readable summary of one document.
func printSummary(w io.Writer, d *newsgraph.Document) {
	fmt.Fprintf(w, "== %s\n", d.Source)
	if d.Title != "" {
		fmt.Fprintf(w, "Title:     %s\n", d.Title)
	}
	if d.URL != "" && string(d.URL) != d.Source {
		fmt.Fprintf(w, "URL:       %s\n", d.URL)
	}
	lang, pub := d.Language, string(d.Published)
	if lang == "" {
		lang = "unknown"
	}
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(w, "Language:  %s   Published: %s\n", lang, pub)
	if d.Skipped != "" {
		fmt.Fprintf(w, "Skipped:   %s\n\n", d.Skipped)
		return
	}
	fmt.Fprintf(w, "Found:     %s, %s, %s, %s, %s\n",
		plural(len(d.Companies), "company", "companies"), plural(len(d.GPUModels), "GPU model", "GPU models"),
		plural(len(d.Amounts), "amount", "amounts"), plural(len(d.Sites), "site", "sites"),
		plural(len(d.Deals), "deal", "deals"))
	for _, deal := range d.Deals {
		fmt.Fprintf(w, "Deal:      %s\n", dealLine(deal))
	}
	fmt.Fprintln(w)
}

// dealLine is one deal on one line: kind, parties, amount and the rest.
func dealLine(d newsgraph.Deal) string {
	parts := []string{d.Kind}
	var parties []string
	for _, p := range d.Parties {
		parties = append(parties, p.Name+" ("+p.Role+")")
	}
	if len(parties) > 0 {
		parts = append(parts, strings.Join(parties, ", "))
	}
	if d.Amount != nil {
		parts = append(parts, humanMoney(d.Amount.Value, d.Amount.Currency))
	}
	if d.AmountUSD != nil && (d.Amount == nil || d.Amount.Currency != "USD") {
		parts = append(parts, "≈ "+humanMoney(*d.AmountUSD, "USD"))
	}
	if d.DurationMonths != nil {
		parts = append(parts, plural(*d.DurationMonths, "month", "months"))
	}
	if len(d.GPUModels) > 0 {
		gpus := strings.Join(d.GPUModels, "/")
		if d.GPUCount != nil {
			gpus = strconv.Itoa(*d.GPUCount) + " × " + gpus
		}
		parts = append(parts, gpus)
	}
	if d.PowerMW != nil {
		parts = append(parts, strconv.FormatFloat(*d.PowerMW, 'f', -1, 64)+" MW")
	}
	if len(d.Sites) > 0 {
		parts = append(parts, strings.Join(d.Sites, ", "))
	}
	if d.Date != "" {
		parts = append(parts, string(d.Date))
	}
	return strings.Join(parts, "; ")
}

// humanMoney writes 9.7e9 USD as "9.7 billion USD".
func humanMoney(v float64, currency string) string {
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if v >= s.div {
			return strconv.FormatFloat(math.Round(v/s.div*1000)/1000, 'f', -1, 64) + " " + s.name + " " + currency
		}
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + " " + currency
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
