package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/newsgraph/newsgraph/graph/local"
)

// testConfig is the Neo4j the integration tests of this package share: a
// disposable local instance started by TestMain. NEO4J_URI is deliberately
// not used: these tests empty the database between tests, and under
// `go test ./...` other packages' tests run at the same time against
// NEO4J_URI.
var testConfig Config

// testServer is the Neo4j process behind testConfig, whose CPU time the
// load benchmark reports.
var testServer *local.Instance

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "graph-test-neo4j-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	inst, err := local.StartDisposable(context.Background(), dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "start a disposable Neo4j for the graph tests:", err)
		return 1
	}
	defer inst.Stop()
	testConfig = Config{URI: inst.URI, Username: inst.Username, Password: inst.Password}
	testServer = inst
	return m.Run()
}

// openStore connects to cfg, empties its database and creates the schema.
func openStore(t testing.TB, cfg Config) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(ctx) })
	clearGraph(t, s)
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

// testStore returns a store on the shared test Neo4j, emptied.
func testStore(t testing.TB) *Store {
	t.Helper()
	return openStore(t, testConfig)
}

// clearGraph deletes every node, in batches so that a large graph does not
// need one huge transaction.
func clearGraph(t testing.TB, s *Store) {
	t.Helper()
	exec(t, s, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
}

// exec runs a write query in an auto-commit transaction, as CALL … IN
// TRANSACTIONS requires.
func exec(t testing.TB, s *Store, cypher string, params map[string]any) {
	t.Helper()
	ctx := context.Background()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypher, params)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

// query runs a read query and fails the test on error.
func query(t testing.TB, s *Store, cypher string, params map[string]any) [][]any {
	t.Helper()
	_, rows, err := s.Query(context.Background(), cypher, params)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return rows
}

// count returns the single integer a query returns.
func count(t testing.TB, s *Store, cypher string, params map[string]any) int64 {
	t.Helper()
	rows := query(t, s, cypher, params)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("%s: want one value, got %v", cypher, rows)
	}
	return rows[0][0].(int64)
}

// dump renders the whole graph — every node and relationship with every
// property — as sorted lines, so that two graphs compare as strings.
// Properties named in ignore (such as ingested_at, a wall-clock time) are
// left out.
func dump(t testing.TB, s *Store, ignore ...string) string {
	t.Helper()
	line := func(v ...any) string {
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				for _, k := range ignore {
					delete(m, k)
				}
			}
		}
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	var lines []string
	for _, r := range query(t, s, "MATCH (n) RETURN labels(n), properties(n)", nil) {
		lines = append(lines, line(r...))
	}
	for _, r := range query(t, s, `MATCH (a)-[r]->(b)
		RETURN labels(a), coalesce(a.url, a.name, a.key, a.id), type(r), properties(r),
			labels(b), coalesce(b.url, b.name, b.key, b.id)`, nil) {
		lines = append(lines, line(r...))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

// diffLines returns the first lines that differ between two dumps.
func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)) && len(out) < 6; i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n  - %s\n  + %s", i, x, y))
		}
	}
	return fmt.Sprintf("%d vs %d lines\n%s", len(al), len(bl), strings.Join(out, "\n"))
}
