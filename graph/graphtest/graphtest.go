// Package graphtest gives integration tests a real Neo4j: the one NEO4J_URI
// names (CI starts one for the whole run), else a disposable local instance
// started once per test binary and stopped by Main.
package graphtest

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/local"
)

// server is the one Neo4j of a test binary. A test binary is one process
// running one package's tests, so this is the natural scope for it.
var server struct {
	once sync.Once
	dir  string
	inst *local.Instance
	cfg  graph.Config
	err  error
}

// Main runs the tests and then stops the disposable Neo4j, if one was started.
// Use it as: func TestMain(m *testing.M) { os.Exit(graphtest.Main(m)) }.
func Main(m *testing.M) int {
	code := m.Run()
	if server.inst != nil {
		server.inst.Stop()
		os.RemoveAll(server.dir)
	}
	return code
}

// Config returns the connection settings of the test Neo4j, starting the
// disposable one on first use.
func Config(t testing.TB) graph.Config {
	t.Helper()
	server.once.Do(func() {
		if uri := os.Getenv("NEO4J_URI"); uri != "" {
			server.cfg = graph.ConfigFromEnv(os.Getenv)
			return
		}
		server.dir, server.err = os.MkdirTemp("", "newsgraph-neo4j-test-")
		if server.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		server.inst, server.err = local.StartDisposable(ctx, server.dir)
		if server.err != nil {
			server.err = fmt.Errorf("start a disposable Neo4j (set NEO4J_URI to use a running one): %w", server.err)
			return
		}
		server.cfg = graph.Config{URI: server.inst.URI, Username: server.inst.Username, Password: server.inst.Password}
	})
	if server.err != nil {
		t.Fatal(server.err)
	}
	return server.cfg
}

// Open connects to the test Neo4j with an empty graph and its schema, and
// closes the store when the test ends. Tests that use it must not run in
// parallel with each other: the graph is shared.
func Open(t testing.TB) *graph.Store {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, Config(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close(context.Background()) })
	if err := Reset(ctx, store); err != nil {
		t.Fatal(err)
	}
	if err := store.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	return store
}

// Reset deletes every node and relationship, in batches so that a big graph
// does not need one huge transaction.
func Reset(ctx context.Context, store *graph.Store) error {
	for {
		_, rows, err := store.Exec(ctx, `MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c`, nil)
		if err != nil {
			return fmt.Errorf("reset test graph: %w", err)
		}
		if len(rows) == 0 || rows[0][0] == int64(0) {
			return nil
		}
	}
}
