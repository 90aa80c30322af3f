package extract

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/eval"
)

// corpora are the annotated sets the regression tests run on: the team's
// corpus in the repository and the shared dev set next to it, when present.
func corpora(t testing.TB) map[string]string {
	t.Helper()
	root := repoRoot(t)
	out := map[string]string{}
	for name, dir := range map[string]string{
		"corpus": filepath.Join(root, "corpus", "gold"),
		"dev":    filepath.Join(root, "..", "shared", "eval", "dev", "gold"),
	} {
		if fs, _ := filepath.Glob(filepath.Join(dir, "*.json")); len(fs) > 0 {
			out[name] = dir
		}
	}
	return out
}

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// extractRecords runs the extractor on each record's own text, language
// and publication date, as `newsgraph eval --gold-text` does.
func extractRecords(t testing.TB, recs []eval.Record) map[string]*newsgraph.Document {
	t.Helper()
	ex, err := testExtractor()
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string]*newsgraph.Document{}
	for _, r := range recs {
		doc := &newsgraph.Document{Source: r.ID + ".txt", Language: r.Lang, Text: r.Text,
			Published: newsgraph.NullString(r.Published)}
		if r.Lang != "fr" && r.Lang != "en" {
			doc.Skipped = "unsupported language: " + newsgraph.NullString(r.Lang)
		}
		if err := ex.Extract(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		preds[r.ID] = doc
	}
	return preds
}

// minScores is testdata/min-scores.json: per corpus, the lowest F1 per field
// ("deals" included) and the lowest accuracy per deal attribute accepted.
type minScores map[string]struct {
	F1         map[string]float64 `json:"f1"`
	Attributes map[string]float64 `json:"attributes"`
}

// TestScores fails when extraction on an annotated corpus scores below the
// figures recorded in testdata/min-scores.json (what was reached, rounded
// down), so that a rule change that loses ground is noticed.
func TestScores(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "min-scores.json"))
	if err != nil {
		t.Fatal(err)
	}
	var mins minScores
	if err := json.Unmarshal(b, &mins); err != nil {
		t.Fatalf("parse min-scores.json: %v", err)
	}
	cs := corpora(t)
	if len(cs) == 0 {
		t.Skip("no annotated corpus found")
	}
	for name, dir := range cs {
		t.Run(name, func(t *testing.T) {
			want, ok := mins[name]
			if !ok {
				t.Fatalf("no minimum scores recorded for %s", name)
			}
			recs, err := eval.LoadGold(dir)
			if err != nil {
				t.Fatal(err)
			}
			res := eval.Score(recs, extractRecords(t, recs))
			for field, min := range want.F1 {
				if got := res.F1(field); got < min {
					t.Errorf("%s F1 = %.3f, below the recorded %.3f", field, got, min)
				}
			}
			for attr, min := range want.Attributes {
				a := res.Attributes[attr]
				if a.N == 0 {
					continue
				}
				if got := float64(a.Correct) / float64(a.N); got < min {
					t.Errorf("deal.%s accuracy = %.3f, below the recorded %.3f", attr, got, min)
				}
			}
			if t.Failed() {
				for _, d := range res.Docs {
					for f, m := range d.Fields {
						if len(m.Missed)+len(m.Extra) > 0 {
							t.Logf("%s %s: missed %v extra %v", d.ID, f, m.Missed, m.Extra)
						}
					}
					for _, w := range d.WrongAttributes {
						t.Logf("%s: %s", d.ID, w)
					}
				}
			}
		})
	}
}

// TestOffsets checks that every mention, amount, date and evidence span
// points at its own text, on every annotated text available.
func TestOffsets(t *testing.T) {
	cs := corpora(t)
	if len(cs) == 0 {
		t.Skip("no annotated corpus found")
	}
	for name, dir := range cs {
		recs, err := eval.LoadGold(dir)
		if err != nil {
			t.Fatal(err)
		}
		for id, doc := range extractRecords(t, recs) {
			if errs := offsetErrors(doc); len(errs) > 0 {
				t.Errorf("%s/%s: %s", name, id, strings.Join(errs, "; "))
			}
		}
	}
}

// offsetErrors lists the spans of doc that do not match its text.
func offsetErrors(doc *newsgraph.Document) []string {
	var errs []string
	txt := doc.Text
	check := func(what string, start, end int, s string) {
		if start < 0 || end > len(txt) || start > end || txt[start:end] != s {
			errs = append(errs, what+" "+s)
		}
	}
	for _, c := range doc.Companies {
		for _, m := range c.Mentions {
			check("company", m.Start, m.End, m.Text)
		}
	}
	for _, g := range doc.GPUModels {
		for _, m := range g.Mentions {
			check("gpu", m.Start, m.End, m.Text)
		}
	}
	for _, s := range doc.Sites {
		for _, m := range s.Mentions {
			check("site", m.Start, m.End, m.Text)
		}
	}
	for _, a := range doc.Amounts {
		check("amount", a.Start, a.End, a.Text)
	}
	for _, d := range doc.Dates {
		check("date", d.Start, d.End, d.Text)
	}
	for _, d := range doc.Deals {
		if len(d.Parties) < 2 {
			errs = append(errs, "deal with fewer than two parties")
		}
		for _, e := range d.Evidence {
			if e.Start < 0 || e.End > len(txt) || e.Start >= e.End {
				errs = append(errs, "evidence out of range")
			}
		}
		if d.Confidence <= 0 || d.Confidence > 1 || math.IsNaN(d.Confidence) {
			errs = append(errs, "confidence out of (0,1]")
		}
	}
	return errs
}

// FuzzExtract feeds arbitrary text to the extractor: it must not panic and
// every span it reports must match the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"IREN fournira du calcul à Microsoft pendant cinq ans contre 9,7 milliards de dollars.",
		"Oracle will buy 400,000 Nvidia GB200 chips and lease the capacity to OpenAI. The deal is worth $40bn.",
		"« L'accord » ; AMD fournira des puces MI450 à OpenAI\u00a0: 6 GW, jusqu'en 2026…",
		"The two firms raised $2.3 billion led by JPMorgan.\n\nIt, Elle, Il ; la société",
		"",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	ex, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, txt, lang string) {
		if lang != "fr" {
			lang = "en"
		}
		doc := &newsgraph.Document{Text: txt, Language: lang, Published: "2025-11-03"}
		if err := ex.Extract(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if errs := offsetErrors(doc); len(errs) > 0 {
			t.Fatalf("%q: %v", txt, errs)
		}
	})
}

// BenchmarkExtract measures text → facts on the dev texts (or the corpus
// when the dev set is absent) repeated to 1,000 documents.
func BenchmarkExtract(b *testing.B) {
	cs := corpora(b)
	dir, ok := cs["dev"]
	if !ok {
		dir, ok = cs["corpus"]
	}
	if !ok {
		b.Skip("no annotated texts found")
	}
	recs, err := eval.LoadGold(dir)
	if err != nil {
		b.Fatal(err)
	}
	var docs []newsgraph.Document
	for _, r := range recs {
		if r.Lang == "fr" || r.Lang == "en" {
			docs = append(docs, newsgraph.Document{Text: r.Text, Language: r.Lang, Published: newsgraph.NullString(r.Published)})
		}
	}
	ex, err := New()
	if err != nil {
		b.Fatal(err)
	}
	const n = 1000
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range n {
			doc := docs[i%len(docs)]
			if err := ex.Extract(context.Background(), &doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
}
