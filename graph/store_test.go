package graph

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

func load(t testing.TB, s *Store, docs []newsgraph.Document) LoadStats {
	t.Helper()
	st, err := s.Load(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestEnsureSchemaIdempotent(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	schemaDump := func() string {
		var out string
		for _, r := range query(t, s, "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name", nil) {
			out += r[0].(string) + " "
		}
		for _, r := range query(t, s, "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name ORDER BY name", nil) {
			out += r[0].(string) + " "
		}
		return out
	}
	before := schemaDump()
	for range 2 {
		if err := s.EnsureSchema(ctx); err != nil {
			t.Fatalf("EnsureSchema again: %v", err)
		}
	}
	if after := schemaDump(); after != before {
		t.Errorf("schema changed:\n%s\n%s", before, after)
	}
	for _, want := range []string{"article_url", "company_name", "gpumodel_name", "site_key", "deal_id", "deal_announced"} {
		if c := count(t, s, "SHOW CONSTRAINTS YIELD name WHERE name = $n RETURN count(*) + 0", map[string]any{"n": want}) +
			count(t, s, "SHOW INDEXES YIELD name WHERE name = $n RETURN count(*) + 0", map[string]any{"n": want}); c == 0 {
			t.Errorf("schema lacks %s", want)
		}
	}
}

func TestReloadIdenticalChangesNothing(t *testing.T) {
	s := testStore(t)
	docs := append(corpusDocs(t), genDocs(300, 1)...)
	first := load(t, s, docs)
	if first.ArticlesCreated != len(docs) || first.Deals == 0 || first.Relationships == 0 {
		t.Fatalf("first load: %+v", first)
	}
	before := dump(t, s) // ingested_at included: an identical reload must not touch it
	again := load(t, s, docs)
	if again.ArticlesUnchanged != len(docs) || again.ArticlesCreated+again.ArticlesReplaced+again.Deals+again.Relationships != 0 {
		t.Errorf("reload reported changes: %+v", again)
	}
	if after := dump(t, s); after != before {
		t.Errorf("reload changed the graph: %s", diffLines(before, after))
	}
}

func TestChangedArticleReplacesFacts(t *testing.T) {
	s := testStore(t)
	text := "Nscale will supply Microsoft with 200,000 GB300 GPUs in Texas and Portugal. Aker is also involved."
	v1 := newsgraph.Document{
		URL: "https://example.org/nscale", Language: "en", Published: "2025-10-15", Text: text,
		Companies: []newsgraph.Company{{Name: "Nscale"}, {Name: "Microsoft"}, {Name: "Aker"}},
		GPUModels: []newsgraph.GPUModel{{Name: "GB300", Vendor: "Nvidia"}},
		Sites:     []newsgraph.Site{{Name: "Sines", Country: "PT"}},
		Deals: []newsgraph.Deal{{
			Parties: []newsgraph.Party{{Name: "Microsoft", Role: "buyer"}, {Name: "Nscale", Role: "provider"}},
			Kind:    newsgraph.KindCapacityContract, GPUModels: []string{"GB300"}, GPUCount: ptr(200000),
			Sites: []string{"Sines"}, Evidence: []newsgraph.Span{{Start: 0, End: 76}}, Confidence: 0.8,
		}, {
			Parties:  []newsgraph.Party{{Name: "Aker", Role: "partner"}, {Name: "Nscale", Role: "partner"}},
			Kind:     newsgraph.KindPartnership,
			Evidence: []newsgraph.Span{{Start: 77, End: 100}}, Confidence: 0.4,
		}},
	}
	// Another article reports the Microsoft deal too: it must survive.
	other := newsgraph.Document{
		URL: "https://example.org/nscale-fr", Language: "fr", Published: "2025-10-15",
		Text:      "Nscale fournira à Microsoft 200 000 GPU GB300.",
		Companies: []newsgraph.Company{{Name: "Nscale"}, {Name: "Microsoft"}},
		Deals:     []newsgraph.Deal{v1.Deals[0]},
	}
	other.Deals[0].Evidence = []newsgraph.Span{{Start: 0, End: len(other.Text)}}
	load(t, s, []newsgraph.Document{v1, other})
	if n := count(t, s, "MATCH (d:Deal) RETURN count(d)", nil); n != 2 {
		t.Fatalf("deals after first load = %d, want 2", n)
	}

	v2 := v1
	v2.Text = "Nscale will supply Meta with GB200 GPUs in Narvik, Norway."
	v2.Companies = []newsgraph.Company{{Name: "Nscale"}, {Name: "Meta"}}
	v2.GPUModels = []newsgraph.GPUModel{{Name: "GB200", Vendor: "Nvidia"}}
	v2.Sites = []newsgraph.Site{{Name: "Narvik", Country: "NO"}}
	v2.Deals = []newsgraph.Deal{{
		Parties: []newsgraph.Party{{Name: "Meta", Role: "buyer"}, {Name: "Nscale", Role: "provider"}},
		Kind:    newsgraph.KindCapacityContract, GPUModels: []string{"GB200"}, Sites: []string{"Narvik"},
		Evidence: []newsgraph.Span{{Start: 0, End: len(v2.Text)}}, Confidence: 0.7,
	}}
	st := load(t, s, []newsgraph.Document{v2, other})
	if st.ArticlesReplaced != 1 || st.ArticlesUnchanged != 1 || st.DealsRemoved != 1 {
		t.Errorf("stats = %+v, want 1 replaced, 1 unchanged, 1 deal removed", st)
	}

	url := map[string]any{"url": v1.URL}
	mentions := query(t, s, `MATCH (:Article {url: $url})-[:MENTIONS]->(n) RETURN coalesce(n.name, n.key) AS n ORDER BY n`, url)
	if got := flat(mentions); !equal(got, []any{"GB200", "Meta", "Narvik", "Nscale"}) {
		t.Errorf("mentions after change = %v", got)
	}
	reports := query(t, s, `MATCH (:Article {url: $url})-[r:REPORTS]->(d)<-[:PARTY_TO]-(c)
		RETURN c.name AS c, r.evidence ORDER BY c`, url)
	if len(reports) != 2 || reports[0][0] != "Meta" || reports[0][1] != v2.Text {
		t.Errorf("reports after change = %v", reports)
	}
	// The Aker deal was reported by v1 only: gone with its relationships.
	if n := count(t, s, "MATCH (:Company {name: 'Aker'})-[r]-() RETURN count(r)", nil); n != 0 {
		t.Errorf("Aker keeps %d relationships", n)
	}
	if n := count(t, s, "MATCH (d:Deal) RETURN count(d)", nil); n != 2 {
		t.Errorf("deals = %d, want Microsoft–Nscale (still reported) and Meta–Nscale", n)
	}
	if n := count(t, s, `MATCH (:Company {name: 'Microsoft'})-[:PARTY_TO]->(d)<-[:REPORTS]-(a:Article)
		RETURN count(a)`, nil); n != 1 {
		t.Errorf("Microsoft–Nscale reported by %d articles, want 1", n)
	}
}

func TestSameDealInFrenchAndEnglishIsOneDeal(t *testing.T) {
	s := testStore(t)
	load(t, s, corpusDocs(t))
	rows := query(t, s, `MATCH (:Company {name: 'Microsoft'})-[:PARTY_TO]->(d:Deal)<-[:PARTY_TO]-(:Company {name: 'IREN'})
		MATCH (a:Article)-[r:REPORTS]->(d)
		RETURN d.id, a.language, r.evidence, d.amount_usd, d.duration_months ORDER BY a.language`, nil)
	if len(rows) != 2 || rows[0][0] != rows[1][0] {
		t.Fatalf("Microsoft–IREN: %v, want one deal reported twice", rows)
	}
	if rows[0][1] != "en" || rows[1][1] != "fr" || rows[0][3] != 9.7e9 || rows[0][4] != int64(60) {
		t.Errorf("Microsoft–IREN reports = %v", rows)
	}
	// The AMD deal has no amount: the month joins the French partnership
	// and the English purchase.
	if n := count(t, s, `MATCH (:Company {name: 'AMD'})-[:PARTY_TO]->(d:Deal)<-[:REPORTS]-(a)
		RETURN count(DISTINCT d) * 10 + count(a)`, nil); n != 12 {
		t.Errorf("OpenAI–AMD deals*10+reports = %d, want 12", n)
	}
}

func TestCypherInNamesIsStoredLiterally(t *testing.T) {
	s := testStore(t)
	hostile := []string{`x"}) DETACH DELETE n //`, `x'}) DETACH DELETE n //`, "Robert`); MATCH (n) DETACH DELETE n; //"}
	doc := newsgraph.Document{URL: "https://example.org/hostile", Language: "en", Text: "…"}
	for _, h := range hostile {
		doc.Companies = append(doc.Companies, newsgraph.Company{Name: h, Aliases: []string{h + " Inc."}})
	}
	doc.Deals = []newsgraph.Deal{{Parties: []newsgraph.Party{{Name: hostile[0], Role: "buyer"}, {Name: hostile[1], Role: `seller"}) //`}},
		Kind: newsgraph.KindPurchase}}
	load(t, s, append(corpusDocs(t), doc))
	for _, h := range hostile {
		if n := count(t, s, "MATCH (c:Company {name: $n}) RETURN count(c)", map[string]any{"n": h}); n != 1 {
			t.Errorf("company %q stored %d times", h, n)
		}
	}
	if n := count(t, s, "MATCH (a:Article) RETURN count(a)", nil); n != int64(len(corpusDocs(t))+1) {
		t.Errorf("articles = %d: something was deleted", n)
	}
	if n := count(t, s, "MATCH ()-[p:PARTY_TO {role: $r}]->() RETURN count(p)", map[string]any{"r": `seller"}) //`}); n != 1 {
		t.Errorf("hostile role stored %d times", n)
	}
}

func TestQueryRefusesWrites(t *testing.T) {
	s := testStore(t)
	for _, q := range []string{
		"CREATE (n:Intruder) RETURN n",
		"MERGE (c:Company {name: 'Intruder'})",
		"MATCH (n) DETACH DELETE n",
		"MATCH (c:Company) SET c.name = 'x'",
		"CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.name)",
	} {
		_, _, err := s.Query(context.Background(), q, nil)
		if !errors.Is(err, ErrWriteQuery) {
			t.Errorf("Query(%q) error = %v, want ErrWriteQuery", q, err)
		}
	}
	if n := count(t, s, "MATCH (n:Intruder) RETURN count(n)", nil); n != 0 {
		t.Errorf("a refused query wrote %d nodes", n)
	}
	_, _, err := s.Query(context.Background(), "MATCH (n RETURN n", nil)
	if err == nil || errors.Is(err, ErrWriteQuery) {
		t.Errorf("syntax error reported as %v", err)
	}
}

func TestQueryReturnsPlainValues(t *testing.T) {
	s := testStore(t)
	load(t, s, corpusDocs(t))
	cols, rows, err := s.Query(context.Background(), `MATCH (a:Article)-[r:REPORTS]->(d:Deal)<-[:PARTY_TO]-(:Company {name: $c})
		RETURN a, r, d.announced AS announced, a.ingested_at AS at ORDER BY a.url LIMIT 1`, map[string]any{"c": "Nebius"})
	if err != nil {
		t.Fatal(err)
	}
	if !equal([]any{cols[0], cols[2]}, []any{"a", "announced"}) || len(rows) != 1 {
		t.Fatalf("cols %v rows %v", cols, rows)
	}
	node := rows[0][0].(map[string]any)
	if node["labels"].([]string)[0] != "Article" || node["properties"].(map[string]any)["published"] != "2025-09-08" {
		t.Errorf("node = %v", node)
	}
	if rows[0][1].(map[string]any)["type"] != "REPORTS" || rows[0][2] != "2025-09-08" {
		t.Errorf("row = %v", rows[0])
	}
	if at, ok := rows[0][3].(string); !ok || len(at) < 20 {
		t.Errorf("ingested_at = %#v, want an RFC 3339 string", rows[0][3])
	}
}

func flat(rows [][]any) []any {
	var out []any
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

func equal(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestRoutingURI checks that a neo4j:// URI (routing, as for clusters and
// Aura) works as well as bolt:// for loading and querying.
func TestRoutingURI(t *testing.T) {
	testStore(t)
	cfg := testConfig
	cfg.URI = "neo4j://" + strings.TrimPrefix(cfg.URI, "bolt://")
	s, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	load(t, s, corpusDocs(t)[:2])
	if n := count(t, s, "MATCH (d:Deal) RETURN count(d)", nil); n != 2 {
		t.Errorf("deals through %s = %d, want 2", cfg.URI, n)
	}
}
