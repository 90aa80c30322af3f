package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/local"
)

// loadQueryEnv starts a Neo4j for the command tests and returns the environment
// pointing at it. These tests always run their own instance, whatever
// NEO4J_URI says: they load and query a known graph, which other tests
// sharing NEO4J_URI would empty under them.
func loadQueryEnv(t *testing.T) map[string]string {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a Neo4j")
	}
	inst, err := local.StartDisposable(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { inst.Stop() })
	return map[string]string{"NEO4J_URI": inst.URI, "NEO4J_USERNAME": inst.Username, "NEO4J_PASSWORD": inst.Password}
}

func corpusFile(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "corpus", "loaded", "deals.jsonl")
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestParseDocument(t *testing.T) {
	for _, tt := range []struct {
		line    string
		wantErr string
	}{
		{`{"source":"a.txt","language":"fr","text":"IREN signe avec Microsoft."}`, ""},
		{`{"source":"a.txt","text":`, "malformed document"},
		{`{"source":"a.txt"} {"source":"b.txt"}`, "more than one JSON value"},
		{`{"companies":[]}`, "no source, url or text"},
		{`["IREN"]`, "malformed document"},
	} {
		_, err := parseDocument([]byte(tt.line))
		if got := ""; err != nil {
			got = err.Error()
			if tt.wantErr == "" || !strings.Contains(got, tt.wantErr) {
				t.Errorf("parseDocument(%s) = %v, want %q", tt.line, err, tt.wantErr)
			}
		} else if tt.wantErr != "" {
			t.Errorf("parseDocument(%s) accepted, want %q", tt.line, tt.wantErr)
		}
	}
}

func TestLoadHelp(t *testing.T) {
	c, out, _ := testCLI("", nil)
	if code := runLoad(context.Background(), c, []string{"--help"}); code != 0 {
		t.Errorf("load --help exit %d", code)
	}
	if !strings.Contains(out.String(), "Usage: newsgraph load") || !strings.Contains(out.String(), "-uri") {
		t.Errorf("load --help printed %q", out.String())
	}
}

func TestLoadUnreachableNeo4j(t *testing.T) {
	c, _, errOut := testCLI("", map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "x"})
	if code := runLoad(context.Background(), c, []string{corpusFile(t)}); code == 0 {
		t.Error("load succeeded without a Neo4j")
	}
	if !strings.Contains(errOut.String(), "bolt://127.0.0.1:1") {
		t.Errorf("stderr does not name the URI: %q", errOut.String())
	}
}

// TestLoadAndQueryCommands runs load and query the way a researcher does,
// against one Neo4j.
func TestLoadAndQueryCommands(t *testing.T) {
	env := loadQueryEnv(t)
	ctx := context.Background()
	corpus, err := os.ReadFile(corpusFile(t))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(corpus)), "\n")

	t.Run("malformed lines are reported and skipped", func(t *testing.T) {
		input := lines[0] + "{\"source\": \"broken.txt\", \"text\": \n" + "\n" + strings.Join(lines[1:], "")
		c, out, errOut := testCLI(input, env)
		if code := runLoad(ctx, c, []string{"-"}); code != 1 {
			t.Errorf("exit %d, want 1 for a malformed line", code)
		}
		if !strings.Contains(errOut.String(), "-:2: malformed document") {
			t.Errorf("stderr = %q, want line 2 named", errOut.String())
		}
		want := "loaded 11 documents: 11 new articles, 0 replaced, 0 unchanged, 1 malformed lines skipped"
		if !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "10 deals") {
			t.Errorf("stdout = %q, want %q and 10 deals", out.String(), want)
		}
	})

	t.Run("reloading the file changes nothing", func(t *testing.T) {
		c, out, errOut := testCLI("", env)
		if code := runLoad(ctx, c, []string{corpusFile(t)}); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out.String(), "0 new articles, 0 replaced, 11 unchanged") ||
			!strings.Contains(out.String(), "added 0 companies, 0 GPU models, 0 sites, 0 deals, 0 relationships") {
			t.Errorf("stdout = %q", out.String())
		}
	})

	t.Run("table", func(t *testing.T) {
		c, out, errOut := testCLI("", env)
		code := runQuery(ctx, c, []string{`MATCH (c:Company)-[:PARTY_TO {role: 'buyer'}]->(d:Deal)
			WHERE d.amount_usd IS NOT NULL
			RETURN c.name AS buyer, sum(d.amount_usd) AS total_usd ORDER BY total_usd DESC LIMIT 2`})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		want := "buyer         total_usd\n" +
			"---------  ------------\n" +
			"OpenAI     300000000000\n" +
			"Microsoft   27100000000\n" +
			"(2 rows)\n"
		if out.String() != want {
			t.Errorf("table:\n%s\nwant:\n%s", out, want)
		}
	})

	t.Run("params after the query, json", func(t *testing.T) {
		c, out, errOut := testCLI("", env)
		code := runQuery(ctx, c, []string{
			"MATCH (c:Company {name: $name})-[:PARTY_TO]->(d:Deal) WHERE d.duration_months >= $months RETURN c.name AS name, count(d) AS deals",
			"--param", "name=Microsoft", "--param", "months=60", "--format", "json"})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if got := out.String(); got != `{"name":"Microsoft","deals":2}`+"\n" {
			t.Errorf("json = %q", got)
		}
	})

	t.Run("csv", func(t *testing.T) {
		c, out, errOut := testCLI("", env)
		code := runQuery(ctx, c, []string{"--format=csv", `MATCH (s:Site {country: 'FR'}) RETURN s.name AS name, s.key AS key`})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if got := out.String(); got != "name,key\nBruyères-le-Châtel,bruyères-le-châtel/essonne/fr\n" {
			t.Errorf("csv = %q", got)
		}
	})

	t.Run("writes are refused", func(t *testing.T) {
		c, _, errOut := testCLI("", env)
		if code := runQuery(ctx, c, []string{"CREATE (:Company {name: 'Intruder'})"}); code == 0 {
			t.Error("CREATE accepted")
		}
		if !strings.HasPrefix(errOut.String(), "newsgraph query runs read-only: this query writes") {
			t.Errorf("stderr = %q", errOut.String())
		}
		c, out, _ := testCLI("", env)
		runQuery(ctx, c, []string{"--format", "csv", "MATCH (c:Company {name: 'Intruder'}) RETURN count(c) AS n"})
		if out.String() != "n\n0\n" {
			t.Errorf("after refused CREATE: %q", out.String())
		}
	})
}
