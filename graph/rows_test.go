package graph

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/newsgraph/newsgraph"
)

// corpusDocs reads the hand-written documents of corpus/loaded.
func corpusDocs(t testing.TB) []newsgraph.Document {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "corpus", "loaded", "deals.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []newsgraph.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d newsgraph.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("corpus line %d: %v", len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestCorpusOffsets checks that every offset of the hand-written corpus
// points at the text it claims, as SPEC §3 requires of extract output.
func TestCorpusOffsets(t *testing.T) {
	for _, d := range corpusDocs(t) {
		check := func(what string, start, end int, text string) {
			if start < 0 || end > len(d.Text) || start > end || d.Text[start:end] != text {
				t.Errorf("%s: %s [%d:%d] does not hold %q", d.URL, what, start, end, text)
			}
		}
		for _, c := range d.Companies {
			for _, m := range c.Mentions {
				check("company "+c.Name, m.Start, m.End, m.Text)
			}
		}
		for _, g := range d.GPUModels {
			for _, m := range g.Mentions {
				check("GPU model "+g.Name, m.Start, m.End, m.Text)
			}
		}
		for _, s := range d.Sites {
			for _, m := range s.Mentions {
				check("site "+s.Name, m.Start, m.End, m.Text)
			}
		}
		for _, a := range d.Amounts {
			check("amount", a.Start, a.End, a.Text)
		}
		for _, a := range d.Dates {
			check("date", a.Start, a.End, a.Text)
		}
		for _, deal := range d.Deals {
			for _, e := range deal.Evidence {
				if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
					t.Errorf("%s: evidence [%d:%d] outside the text", d.URL, e.Start, e.End)
				}
			}
		}
	}
}

func TestArticleKey(t *testing.T) {
	for _, tt := range []struct {
		doc  newsgraph.Document
		want string
	}{
		{newsgraph.Document{URL: "https://example.org/a", Source: "a.html"}, "https://example.org/a"},
		{newsgraph.Document{Source: "https://example.org/b"}, "https://example.org/b"},
		{newsgraph.Document{Source: "pages/./fr-iren.txt"}, "file:pages/fr-iren.txt"},
		{newsgraph.Document{Source: "-", Text: "IREN signe avec Microsoft."},
			"sha256:" + contentHash("IREN signe avec Microsoft.")},
	} {
		if got := ArticleKey(&tt.doc); got != tt.want {
			t.Errorf("ArticleKey(%+v) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestSiteKey(t *testing.T) {
	if got := SiteKey("Childress", "Texas", "US"); got != "childress/texas/us" {
		t.Errorf("SiteKey = %q", got)
	}
	if got := SiteKey("Vineland", "New  Jersey", "US"); got != "vineland/new-jersey/us" {
		t.Errorf("SiteKey = %q", got)
	}
}

func TestAnnouncedDate(t *testing.T) {
	for _, tt := range []struct{ value, published, want string }{
		{"2025-11-03", "2025-11-04", "2025-11-03"},
		{"2025-11", "2025-11-04", "2025-11-04"},
		{"2025-10", "2025-11-04", "2025-10-01"},
		{"2026", "", "2026-01-01"},
		{"", "2025-09-30", "2025-09-30"},
		{"", "", ""},
		{"lundi", "", ""},
	} {
		d, ok := announcedDate(tt.value, tt.published)
		got := ""
		if ok {
			got = time.Time(d).Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("announcedDate(%q, %q) = %q, want %q", tt.value, tt.published, got, tt.want)
		}
	}
}

// TestBuildRowsMergesOneDealAcrossArticles checks the batch-level merge of
// a deal reported in French and English: one deal row with the highest
// confidence and the earliest date, one report per article.
func TestBuildRowsMergesOneDealAcrossArticles(t *testing.T) {
	docs := corpusDocs(t)
	var arts []article
	for i := range docs {
		if docs[i].URL == "https://example.org/en/2025/11/03/iren-microsoft-gb300" ||
			docs[i].URL == "https://example.org/fr/2025/11/04/microsoft-iren-contrat" {
			arts = append(arts, article{doc: &docs[i], key: ArticleKey(&docs[i])})
		}
	}
	if len(arts) != 2 {
		t.Fatalf("corpus lacks the IREN articles: %d", len(arts))
	}
	r := buildRows(arts)
	if len(r.deals) != 2 { // Microsoft–IREN, IREN–Dell
		t.Fatalf("deals = %d, want 2: %v", len(r.deals), r.deals)
	}
	ms := r.deals[0].(map[string]any)
	if ms["confidence"] != 0.95 {
		t.Errorf("confidence = %v, want the highest, 0.95", ms["confidence"])
	}
	if got := time.Time(ms["announced"].(dbtype.Date)).Format(time.DateOnly); got != "2025-11-03" {
		t.Errorf("announced = %s", got)
	}
	reports := 0
	for _, rep := range r.reports {
		if rep.(map[string]any)["id"] == ms["id"] {
			reports++
		}
	}
	if reports != 2 {
		t.Errorf("reports of Microsoft–IREN = %d, want 2", reports)
	}
	// Microsoft, IREN, Nvidia, Dell: once each although both articles name them.
	if len(r.companies) != 4 {
		t.Errorf("companies = %v", r.companies)
	}
}
