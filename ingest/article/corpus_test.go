package article

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Thresholds reached on ../shared (measured, see the package notes); the
// tests fail when a change makes the extractor worse than this.
const (
	minDevF1      = 0.97
	minAEBenchF1  = 0.98
	minAEBenchP   = 0.975
	minAEBenchR   = 0.98
	devPagesGlob  = "eval/dev/pages/*.html"
	aebenchSubdir = "aebench"
)

// sharedDir is ../shared next to the repository root, or "" when absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		return ""
	}
	return shared
}

// readPage reads an HTML page, gunzipping .gz files, and decodes it to UTF-8
// the way ingest does for pages without an HTTP header: UTF-8 when the bytes
// are valid UTF-8, else the <meta> or BOM declaration, else windows-1252.
func readPage(t testing.TB, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("gunzip %s: %v", path, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			t.Fatalf("gunzip %s: %v", path, err)
		}
	}
	if utf8.Valid(raw) {
		return raw
	}
	r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return b
}

// devGold is the part of a dev gold record this package is judged on.
type devGold struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// TestDevPages checks every dev page as eval/doccheck.py does: token F1 of
// the text against the gold text, and the publication date when the gold
// has one.
func TestDevPages(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent")
	}
	pages, _ := filepath.Glob(filepath.Join(shared, devPagesGlob))
	if len(pages) == 0 {
		t.Skip("no dev pages")
	}
	for _, page := range pages {
		id := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(id, func(t *testing.T) {
			var g devGold
			raw, err := os.ReadFile(filepath.Join(shared, "eval/dev/gold", id+".json"))
			if err != nil {
				t.Fatalf("gold for %s: %v", id, err)
			}
			if err := json.Unmarshal(raw, &g); err != nil {
				t.Fatalf("gold for %s: %v", id, err)
			}
			res, err := Extract(readPage(t, page), "")
			if err != nil {
				t.Fatalf("Extract(%s): %v", id, err)
			}
			if g.Lang == "fr" || g.Lang == "en" {
				if f := tokenF1(res.Text, g.Text); f < minDevF1 {
					t.Errorf("text token F1 = %.3f, want ≥ %.2f", f, minDevF1)
				}
			}
			if g.Published != "" && g.URL != "" && res.Published != g.Published {
				t.Errorf("Published = %q, want %q", res.Published, g.Published)
			}
			if !strings.HasPrefix(strings.ToLower(res.Lang), g.Lang) && res.Lang != "" {
				t.Errorf("Lang = %q, gold language %q", res.Lang, g.Lang)
			}
		})
	}
}

// TestAEBench scores the article-extraction benchmark as aebench/score.py
// does: 4-token shingles, precision and recall averaged over pages.
func TestAEBench(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent")
	}
	if testing.Short() {
		t.Skip("aebench takes a few seconds")
	}
	dir := filepath.Join(shared, aebenchSubdir)
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("no aebench ground truth: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatalf("ground-truth.json: %v", err)
	}
	var ps, rs []float64
	for id, g := range truth {
		res, err := Extract(readPage(t, filepath.Join(dir, "html", id+".html.gz")), "")
		if err != nil {
			t.Fatalf("Extract(%s): %v", id, err)
		}
		tp, fp, fn := shingleCounts(g.ArticleBody, res.Text)
		if tp+fp > 0 {
			ps = append(ps, precision(tp, fp, fn))
		}
		if tp+fn > 0 {
			rs = append(rs, recall(tp, fp, fn))
		}
	}
	p, r := mean(ps), mean(rs)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	t.Logf("aebench %d pages: precision %.3f recall %.3f F1 %.3f", len(truth), p, r, f)
	if f < minAEBenchF1 || p < minAEBenchP || r < minAEBenchR {
		t.Errorf("aebench P %.3f R %.3f F1 %.3f, want P ≥ %.3f R ≥ %.3f F1 ≥ %.3f",
			p, r, f, minAEBenchP, minAEBenchR, minAEBenchF1)
	}
}

// wordRE is Python's \w+ on str: letters, digits and the underscore.
var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// tokenF1 is doccheck.py's measure: F1 of the lowercased \w+ token bags.
func tokenF1(pred, gold string) float64 {
	bag := func(s string) map[string]int {
		m := make(map[string]int)
		for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
			m[w]++
		}
		return m
	}
	p, g := bag(pred), bag(gold)
	tp, np, ng := 0, 0, 0
	for w, c := range p {
		tp += min(c, g[w])
		np += c
	}
	for _, c := range g {
		ng += c
	}
	pr, rc := float64(tp)/float64(max(np, 1)), float64(tp)/float64(max(ng, 1))
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// shingleCounts is score.py's counts(): multiset matching of 4-token
// shingles, normalised by tp+fp+fn.
func shingleCounts(truth, pred string) (tp, fp, fn float64) {
	t, p := shingles(truth), shingles(pred)
	var itp, ifp, ifn int
	for k, c := range p {
		m := min(c, t[k])
		itp += m
		ifp += c - m
	}
	for k, c := range t {
		ifn += c - min(c, p[k])
	}
	s := float64(itp + ifp + ifn)
	if s == 0 {
		return 0, 0, 0
	}
	return float64(itp) / s, float64(ifp) / s, float64(ifn) / s
}

func shingles(text string) map[[4]string]int {
	toks := wordRE.FindAllString(text, -1)
	m := make(map[[4]string]int)
	for i := 0; i < max(1, len(toks)-3); i++ {
		var k [4]string
		for j := 0; j < 4 && i+j < len(toks); j++ {
			k[j] = toks[i+j]
		}
		if k[0] != "" {
			m[k]++
		}
	}
	return m
}

func precision(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fp == 0 {
		return 0
	}
	return tp / (tp + fp)
}

func recall(tp, fp, fn float64) float64 {
	if fp == 0 && fn == 0 {
		return 1
	}
	if tp == 0 && fn == 0 {
		return 0
	}
	return tp / (tp + fn)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// TestWordRE pins the tokeniser to Python's \w on a French sentence.
func TestWordRE(t *testing.T) {
	got := wordRE.FindAllString("L'accord porte sur 9,7 milliards d’euros_nets.", -1)
	want := []string{"L", "accord", "porte", "sur", "9", "7", "milliards", "d", "euros_nets"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens = %q, want %q", got, want)
	}
}
