package main

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// extractPage is a small news page with the given language, title and
// paragraph (written for these tests).
func extractPage(lang, title, date, para string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + ` | Le Fil Tech</title>
<meta property="og:title" content="` + title + `">
<meta property="article:published_time" content="` + date + `T09:00:00+01:00"></head>
<body><header><nav><a href="/">Accueil</a> <a href="/cloud">Cloud</a></nav></header>
<div class="cookie">Nous utilisons des cookies. Tout accepter</div>
<main><article><h1>` + title + `</h1><p>` + para + `</p><p>` + para + `</p></article>
<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/a">Un autre sujet</a></li></ul></aside></main>
<footer>© 2025 Le Fil Tech</footer></body></html>`
}

const (
	extractFR = "Le spécialiste du cloud Nebius a signé un contrat de 3 milliards de dollars avec Meta pour lui fournir de la capacité de calcul pendant cinq ans dans ses centres de données."
	extractEN = "The cloud specialist Nebius signed a three billion dollar contract with Meta to supply it with computing capacity for five years from its data centers."
)

// decodeLines parses the JSON lines of `extract --json`.
func decodeLines(t *testing.T, out string) []newsgraph.Document {
	t.Helper()
	var docs []newsgraph.Document
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var d newsgraph.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestExtractBadInputs runs every kind of bad source among good ones: each
// bad one is named on stderr, the good ones are still processed in order,
// and the exit status is non-zero.
func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	garbage := make([]byte, 64<<10)
	rand.Read(garbage)
	garbage[0] = 0
	good := write("good.html", []byte(extractPage("fr", "Nebius signe avec Meta", "2025-11-10", extractFR)))
	empty := write("empty.txt", nil)
	binary := write("garbage.bin", garbage)
	invalid := write("invalid.txt", []byte("Le groupe fran\xe7ais a lev\xe9 \xff 500 millions d'euros pour construire deux centres de donn\xe9es en r\xe9gion parisienne d'ici \xe0 la fin de l'ann\xe9e prochaine, a-t-il annonc\xe9 mardi."))
	nested := write("nested.html", []byte(strings.Repeat("<div><span>", 20<<20/11)+"fin"))
	missing := filepath.Join(dir, "missing.html")

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, extractPage("en", "Nebius signs with Meta", "2025-11-10", extractEN))
		case "/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	unreachable := "http://" + l.Addr().String() + "/article"
	l.Close()

	args := []string{"--json", good, empty, binary, invalid, nested, missing, unreachable,
		srv.URL + "/article", srv.URL + "/gone", srv.URL + "/report.pdf", "file:///etc/passwd"}
	c, out, errb := testCLI("", nil)
	if code := run(t.Context(), c, append([]string{"extract"}, args...)); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	docs := decodeLines(t, out.String())
	want := []struct{ source, language, skipped string }{
		{good, "fr", ""},
		{empty, "", "no article text"},
		{binary, "", "not HTML: application/octet-stream"},
		{invalid, "fr", ""},
		{nested, "", "body larger than 10 MB"},
		{srv.URL + "/article", "en", ""},
		{srv.URL + "/report.pdf", "", "not HTML: application/pdf"},
	}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d:\n%s", len(docs), len(want), out)
	}
	for i, w := range want {
		d := docs[i]
		if d.Source != w.source || d.Language != w.language || string(d.Skipped) != w.skipped {
			t.Errorf("doc %d = %s %q %q, want %s %q %q", i, d.Source, d.Language, d.Skipped, w.source, w.language, w.skipped)
		}
	}
	if !strings.Contains(docs[3].Text, "Le groupe français a levé") {
		t.Errorf("invalid UTF-8 text not decoded as windows-1252: %q", docs[3].Text)
	}
	stderr := errb.String()
	for _, src := range []string{empty, binary, nested, missing, unreachable, srv.URL + "/gone", srv.URL + "/report.pdf", "file:///etc/passwd"} {
		if !strings.Contains(stderr, src) {
			t.Errorf("stderr does not name %s:\n%s", src, stderr)
		}
	}
	for _, src := range []string{good, invalid, srv.URL + "/article"} {
		if strings.Contains(stderr, src+":") {
			t.Errorf("stderr reports good source %s:\n%s", src, stderr)
		}
	}
	for _, msg := range []string{"no such file", "connection refused", "HTTP 404", "only http and https"} {
		if !strings.Contains(stderr, msg) {
			t.Errorf("stderr lacks %q:\n%s", msg, stderr)
		}
	}
}

func TestExtractOrderAndSummary(t *testing.T) {
	dir := t.TempDir()
	var srcs []string
	for i := range 24 {
		p := filepath.Join(dir, fmt.Sprintf("page-%02d.html", i))
		lang, para := "fr", extractFR
		if i%2 == 1 {
			lang, para = "en", extractEN
		}
		os.WriteFile(p, []byte(extractPage(lang, fmt.Sprintf("Article %d", i), "2025-11-10", para)), 0o644)
		srcs = append(srcs, p)
	}
	// The same files given one by one (reversed), then as a directory.
	var args []string
	for i := len(srcs) - 1; i >= 0; i-- {
		args = append(args, srcs[i])
	}
	args = append(args, dir)
	c, out, errb := testCLI("", nil)
	if code := run(t.Context(), c, append([]string{"extract", "--json"}, args...)); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	docs := decodeLines(t, out.String())
	if len(docs) != 2*len(srcs) {
		t.Fatalf("%d documents, want %d", len(docs), 2*len(srcs))
	}
	for i, d := range docs {
		var want string
		if i < len(srcs) {
			want = srcs[len(srcs)-1-i]
		} else {
			want = srcs[i-len(srcs)]
		}
		if d.Source != want {
			t.Fatalf("doc %d is %s, want %s (input order)", i, d.Source, want)
		}
	}

	// The human summary, with the date overridden, flags after the source.
	c, out, errb = testCLI("", nil)
	if code := run(t.Context(), c, []string{"extract", srcs[0], "--published", "2025-11-12"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	for _, want := range []string{"== " + srcs[0], "Title:     Article 0", "Language:  fr   Published: 2025-11-12", "Found:     "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestExtractStdinAndSkippedLanguage(t *testing.T) {
	de := extractPage("de", "Nebius unterzeichnet mit Meta", "2025-11-10",
		"Der Cloud-Spezialist Nebius hat mit Meta einen Vertrag über drei Milliarden Dollar unterzeichnet, um fünf Jahre lang Rechenkapazität aus seinen Rechenzentren zu liefern.")
	c, out, errb := testCLI(de, nil)
	// A German article is an expected skip: exit 0, nothing on stderr.
	if code := run(t.Context(), c, []string{"extract", "--json", "-"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	docs := decodeLines(t, out.String())
	if len(docs) != 1 || docs[0].Source != "-" || docs[0].Language != "de" || docs[0].Skipped != "unsupported language: de" {
		t.Errorf("got %+v", docs)
	}
	if docs[0].Published != "2025-11-10" || errb.Len() != 0 {
		t.Errorf("published %q, stderr %q", docs[0].Published, errb)
	}
}

func TestExtractUsage(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{[]string{"extract", "--help"}, 0, "Usage: newsgraph extract", ""},
		{[]string{"extract"}, 2, "", "no SRC given"},
		{[]string{"extract", "--published", "10/11/2025", "a.html"}, 2, "", "not a date YYYY-MM-DD"},
		{[]string{"extract", "--published", "2025-02-30", "a.html"}, 2, "", "not a date"},
		{[]string{"extract", "--frobnicate", "a.html"}, 2, "", "flag provided but not defined"},
		{[]string{"extract", "-", "a.html", "-"}, 2, "", "given more than once"},
	}
	for _, tt := range tests {
		c, out, errb := testCLI("", nil)
		if code := run(t.Context(), c, tt.args); code != tt.code {
			t.Errorf("%v: exit %d, want %d", tt.args, code, tt.code)
		}
		if !strings.Contains(out.String(), tt.inStdout) || !strings.Contains(errb.String(), tt.inStderr) {
			t.Errorf("%v: stdout %q stderr %q", tt.args, out, errb)
		}
	}
}

// TestExtractDevPages checks the document fields on the shared dev pages:
// the language of every page and the date of every page that carries one.
func TestExtractDevPages(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	pages, _ := filepath.Glob(filepath.Join(shared, "pages", "*"))
	if len(pages) == 0 {
		t.Skip("no dev pages in ../shared")
	}
	c, out, errb := testCLI("", nil)
	if code := run(t.Context(), c, append([]string{"extract", "--json"}, pages...)); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	for _, d := range decodeLines(t, out.String()) {
		id := strings.TrimSuffix(filepath.Base(d.Source), filepath.Ext(d.Source))
		b, err := os.ReadFile(filepath.Join(shared, "gold", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Lang, Published, URL string
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatal(err)
		}
		if d.Language != gold.Lang {
			t.Errorf("%s: language %q, want %q", id, d.Language, gold.Lang)
		}
		if (gold.Lang == "fr" || gold.Lang == "en") != (d.Skipped == "") {
			t.Errorf("%s: skipped %q", id, d.Skipped)
		}
		if gold.Published != "" && gold.URL != "" && string(d.Published) != gold.Published {
			t.Errorf("%s: published %q, want %q", id, d.Published, gold.Published)
		}
	}
}

// TestExtractLoad runs `extract --load` against a real Neo4j.
func TestExtractLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("needs Neo4j")
	}
	store := graphtest.Open(t)
	cfg := graphtest.Config(t)
	env := map[string]string{"NEO4J_URI": cfg.URI, "NEO4J_USERNAME": cfg.Username, "NEO4J_PASSWORD": cfg.Password}
	dir := t.TempDir()
	fr := filepath.Join(dir, "fr.html")
	os.WriteFile(fr, []byte(extractPage("fr", "Nebius signe avec Meta", "2025-11-10", extractFR)), 0o644)
	for range 2 { // loading twice changes nothing
		c, _, errb := testCLI("", env)
		if code := run(t.Context(), c, []string{"extract", "--load", fr}); code != 0 {
			t.Fatalf("exit %d: %s", code, errb)
		}
		if !strings.Contains(errb.String(), "loaded 1 documents") {
			t.Errorf("stderr %q", errb)
		}
		_, rows, err := store.Exec(t.Context(), `MATCH (a:Article {title: $t}) RETURN a.language, toString(a.published)`, map[string]any{"t": "Nebius signe avec Meta"})
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 1 || rows[0][0] != "fr" || rows[0][1] != "2025-11-10" {
			t.Errorf("articles in the graph: %v", rows)
		}
	}
	// An unreachable Neo4j fails before any work, naming the problem.
	c, _, errb := testCLI("", map[string]string{"NEO4J_URI": "bolt://127.0.0.1:1"})
	if code := run(t.Context(), c, []string{"extract", "--load", fr}); code != 1 || !strings.Contains(errb.String(), "--load") {
		t.Errorf("unreachable Neo4j: exit %d, %q", code, errb)
	}
}
