package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/graph/local"
)

// graphDump lists every domain node and relationship with its properties,
// sorted, leaving out the nightly job's bookkeeping and the load time, so
// that two graphs built by different runs compare equal when their facts do.
func graphDump(t *testing.T, store *graph.Store) []string {
	t.Helper()
	ctx := context.Background()
	const domain = `NOT n:Page AND NOT n:Source AND NOT n:Lock AND NOT n:Run`
	_, nodes, err := store.Query(ctx, `MATCH (n) WHERE `+domain+`
RETURN labels(n), [k IN keys(n) WHERE k <> 'ingested_at' | [k, n[k]]]`, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, rels, err := store.Query(ctx, `MATCH (a)-[r]->(b)
RETURN type(r), coalesce(a.url, a.name, a.key, a.id), coalesce(b.url, b.name, b.key, b.id),
       [k IN keys(r) | [k, r[k]]]`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range append(nodes, rels...) {
		parts := make([]string, len(r))
		for i, v := range r {
			if l, ok := v.([]any); ok {
				s := make([]string, len(l))
				for j, x := range l {
					s[j] = fmt.Sprint(x)
				}
				sort.Strings(s)
				v = strings.Join(s, ",")
			}
			parts[i] = fmt.Sprint(v)
		}
		out = append(out, strings.Join(parts, " | "))
	}
	sort.Strings(out)
	return out
}

func sameDump(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") == strings.Join(want, "\n") {
		return
	}
	g, w := map[string]bool{}, map[string]bool{}
	for _, s := range got {
		g[s] = true
	}
	for _, s := range want {
		w[s] = true
	}
	var diff []string
	for s := range w {
		if !g[s] {
			diff = append(diff, "- "+s)
		}
	}
	for s := range g {
		if !w[s] {
			diff = append(diff, "+ "+s)
		}
	}
	sort.Strings(diff)
	if len(diff) > 20 {
		diff = diff[:20]
	}
	t.Errorf("%s: graph differs from an uninterrupted run (%d vs %d lines):\n%s", what, len(got), len(want), strings.Join(diff, "\n"))
}

// TestIngestInterruptedConverges cancels a run in the middle (as SIGTERM
// does), checks that no article is in the graph without its facts, then
// lets the next run finish and compares with an uninterrupted run.
func TestIngestInterruptedConverges(t *testing.T) {
	store := graphtest.Open(t)
	env := graphEnv(graphtest.Config(t))
	n := buildNetwork(t)
	for _, p := range []string{"/en/3", "/fr/5", "/2025/10/story-20"} {
		n.feeds.set(p, page{delay: 300 * time.Millisecond, contentType: "text/html", body: n.feeds.get(p).body})
	}

	if _, code, stderr := ingestRun(t, context.Background(), env, "--config", n.config); code != 0 {
		t.Fatalf("reference run: exit %d: %s", code, stderr)
	}
	want := graphDump(t, store)
	if err := graphtest.Reset(context.Background(), store); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	sum, code, stderr := ingestRun(t, ctx, env, "--config", n.config)
	if code != exitIngestCanceled || sum.Status != "interrupted" {
		t.Fatalf("interrupted run: exit %d status %q: %s", code, sum.Status, stderr)
	}
	// Whatever was committed is whole: each loaded article has exactly the
	// facts it has in the reference graph.
	partial := graphDump(t, store)
	ref := map[string]bool{}
	for _, s := range want {
		ref[s] = true
	}
	for _, s := range partial {
		if !ref[s] {
			t.Errorf("interrupted run wrote something the reference lacks: %s", s)
		}
	}
	_, rows, err := store.Query(context.Background(), `MATCH (a:Article) WHERE NOT (a)-[:REPORTS]->() AND a.skipped IS NULL RETURN a.url`, nil)
	if err != nil || len(rows) > 0 {
		t.Errorf("articles without their deals after interruption: %v %v", rows, err)
	}

	if _, code, stderr := ingestRun(t, context.Background(), env, "--config", n.config); code != 0 {
		t.Fatalf("resumed run: exit %d: %s", code, stderr)
	}
	sameDump(t, "after an interrupted run", graphDump(t, store), want)
}

// TestIngestNeo4jKilledConverges kills the Neo4j server in the middle of a
// run, restarts it, runs again and expects the graph of an uninterrupted run.
func TestIngestNeo4jKilledConverges(t *testing.T) {
	if testing.Short() {
		t.Skip("starts its own Neo4j")
	}
	ctx := context.Background()
	inst, err := local.StartDisposable(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer inst.Stop()
	cfg := graph.Config{URI: inst.URI, Username: inst.Username, Password: inst.Password}
	env := graphEnv(cfg)
	n := buildNetwork(t)
	// Slow pages spread the run over a few seconds of batches.
	for i := 0; i < 16; i += 2 {
		for _, p := range []string{fmt.Sprintf("/en/%d", i), fmt.Sprintf("/fr/%d", i)} {
			n.feeds.set(p, page{delay: 400 * time.Millisecond, contentType: "text/html", body: n.feeds.get(p).body})
		}
	}

	store, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)

	// The run is a separate process, as from cron: it dies with its
	// Neo4j and leaves the lock behind, which the next run must take over.
	cmd := exec.Command(buildBinary(t), "ingest", "--config", n.config)
	cmd.Env = append(os.Environ(), "NEO4J_URI="+cfg.URI, "NEO4J_USERNAME="+cfg.Username, "NEO4J_PASSWORD="+cfg.Password)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForGraph(t, store, cmd, &stderr, `MATCH (a:Article) RETURN 1 LIMIT 1`)
	if err := inst.Kill(); err != nil {
		t.Fatal(err)
	}
	t.Logf("killed Neo4j")
	if err := cmd.Wait(); err == nil {
		t.Fatalf("the run succeeded although Neo4j was killed under it: %s", stderr.String())
	}
	t.Logf("run ended: %s", stderr.String())
	store.Close(ctx)
	if err := inst.Restart(ctx); err != nil {
		t.Fatal(err)
	}
	if store, err = graph.Open(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)
	if _, code, stderr := ingestRun(t, ctx, env, "--config", n.config); code != 0 {
		t.Fatalf("run after restart: exit %d: %s", code, stderr)
	}
	got := graphDump(t, store)

	if err := graphtest.Reset(ctx, store); err != nil {
		t.Fatal(err)
	}
	if _, code, stderr := ingestRun(t, ctx, env, "--config", n.config); code != 0 {
		t.Fatalf("reference run: exit %d: %s", code, stderr)
	}
	sameDump(t, "after Neo4j was killed mid-run", got, graphDump(t, store))
}

// TestIngestSIGTERM runs the real binary, sends it SIGTERM in the middle of a
// run, and expects exit status 4 with only whole articles in the graph.
func TestIngestSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	store := graphtest.Open(t)
	cfg := graphtest.Config(t)
	n := buildNetwork(t)
	for i := 0; i < 16; i++ {
		p := fmt.Sprintf("/en/%d", i)
		n.feeds.set(p, page{delay: 200 * time.Millisecond, contentType: "text/html", body: n.feeds.get(p).body})
	}
	cmd := exec.Command(buildBinary(t), "ingest", "--json", "--config", n.config)
	cmd.Env = append(os.Environ(), "NEO4J_URI="+cfg.URI, "NEO4J_USERNAME="+cfg.Username, "NEO4J_PASSWORD="+cfg.Password)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the run holds its lock, then let it work a little.
	waitForGraph(t, store, cmd, &stderr, `MATCH (l:Lock {name: 'ingest'}) WHERE l.owner IS NOT NULL RETURN 1`)
	time.Sleep(800 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitIngestCanceled {
		t.Fatalf("exit %v after SIGTERM, want %d\nstdout %s\nstderr %s", err, exitIngestCanceled, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), `"status":"interrupted"`) {
		t.Errorf("summary does not say interrupted: %s", stdout.String())
	}
	_, rows, err := store.Query(context.Background(), `MATCH (a:Article) WHERE a.skipped IS NULL AND NOT (a)-[:REPORTS]->() RETURN a.url`, nil)
	if err != nil || len(rows) > 0 {
		t.Errorf("articles without their deals after SIGTERM: %v %v", rows, err)
	}
	_, rows, err = store.Query(context.Background(), `MATCH (l:Lock {name: 'ingest'}) WHERE l.owner IS NOT NULL RETURN l.owner`, nil)
	if err != nil || len(rows) > 0 {
		t.Errorf("the lock was not released: %v %v", rows, err)
	}
}

// buildBinary builds the newsgraph command for tests that need a separate
// process (signals, a run that dies).
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// waitForGraph waits until cypher returns a row while cmd runs, and kills
// cmd and fails if that takes more than a minute.
func waitForGraph(t *testing.T, store *graph.Store, cmd *exec.Cmd, stderr fmt.Stringer, cypher string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		_, rows, err := store.Query(context.Background(), cypher, nil)
		if err == nil && len(rows) > 0 {
			return
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the run never got to %q: %s", cypher, stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}
