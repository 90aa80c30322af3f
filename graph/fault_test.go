package graph

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph/local"
)

// TestKilledLoadConverges kills Neo4j in the middle of a large load,
// restarts it, loads again and expects exactly the graph an uninterrupted
// load gives. It runs its own Neo4j, whatever NEO4J_URI says, since it kills
// the server.
func TestKilledLoadConverges(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills its own Neo4j")
	}
	ctx := context.Background()
	inst, err := local.StartDisposable(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Stop() })
	cfg := Config{URI: inst.URI, Username: inst.Username, Password: inst.Password, BatchSize: 250}
	docs := genDocs(5000, 7)

	s := openStore(t, cfg)
	load(t, s, docs)
	want := dump(t, s, "ingested_at")
	clearGraph(t, s)

	done := make(chan error, 1)
	go func() {
		_, err := s.Load(ctx, docs)
		done <- err
	}()
	deadline := time.Now().Add(5 * time.Minute)
	for count(t, s, "MATCH (a:Article) RETURN count(a)", nil) < int64(len(docs))/4 {
		select {
		case err := <-done:
			t.Fatalf("the load ended (%v) before the server could be killed", err)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the load made no progress")
		}
	}
	if err := inst.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err == nil {
		t.Fatal("the load succeeded although the server was killed")
	} else {
		t.Logf("interrupted load: %v", err)
	}
	if err := inst.Restart(ctx); err != nil {
		t.Fatal(err)
	}

	s2, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close(ctx)
	partial := count(t, s2, "MATCH (a:Article) RETURN count(a)", nil)
	if partial == 0 || partial >= int64(len(docs)) {
		t.Fatalf("%d articles survived the kill, want some but not all", partial)
	}
	// Batches are atomic: no article survives without its facts.
	if n := count(t, s2, "MATCH (a:Article) WHERE NOT (a)-[:MENTIONS]->() RETURN count(a)", nil); n != 0 {
		t.Errorf("%d articles lost their mentions in the crash", n)
	}
	st := load(t, s2, docs)
	if int64(st.ArticlesUnchanged) != partial || st.ArticlesCreated != len(docs)-int(partial) {
		t.Errorf("second load: %+v, want %d unchanged", st, partial)
	}
	if got := dump(t, s2, "ingested_at"); got != want {
		t.Errorf("graph after kill and reload differs from an uninterrupted load: %s", diffLines(want, got))
	}
}
