// Package corpus_test checks the team-written corpus: every gold record is well
// formed (../shared/eval/GUIDELINES.md) and agrees with its page, so that the
// scores recorded on it measure the extractor and not annotation slips.
package corpus_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

type names struct {
	Required []string `json:"required"`
	Optional []string `json:"optional"`
}

func (n names) all() []string { return append(slices.Clip(n.Required), n.Optional...) }

type money struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
}

type moneys struct {
	Required []money `json:"required"`
	Optional []money `json:"optional"`
}

type deal struct {
	Parties        []string `json:"parties"`
	Kind           string   `json:"kind"`
	Amount         *money   `json:"amount"`
	GPUModels      []string `json:"gpu_models"`
	GPUCount       *float64 `json:"gpu_count"`
	PowerMW        *float64 `json:"power_mw"`
	Sites          []string `json:"sites"`
	DurationMonths *float64 `json:"duration_months"`
}

type record struct {
	ID        string  `json:"id"`
	Lang      string  `json:"lang"`
	URL       *string `json:"url"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
	Gold      struct {
		Companies     names               `json:"companies"`
		Aliases       map[string][]string `json:"aliases"`
		GPUModels     names               `json:"gpu_models"`
		Amounts       moneys              `json:"amounts"`
		Sites         names               `json:"sites"`
		Dates         names               `json:"dates"`
		Deals         []deal              `json:"deals"`
		DealsOptional []deal              `json:"deals_optional"`
	} `json:"gold"`
}

var (
	idRE   = regexp.MustCompile(`^([a-z]{2})-[a-z0-9-]+$`)
	dateRE = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	dayRE  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	// urlDateRE finds a publication date in a URL path (/2025/10/29/).
	urlDateRE = regexp.MustCompile(`/(\d{4})/(\d{2})/(\d{2})/`)
	kinds     = []string{"capacity_contract", "purchase", "investment", "lease", "financing", "acquisition", "partnership"}
)

func TestCorpus(t *testing.T) {
	pages, err := os.ReadDir("pages")
	if err != nil {
		t.Fatal(err)
	}
	pageOf := map[string]string{}
	for _, p := range pages {
		id := strings.TrimSuffix(p.Name(), filepath.Ext(p.Name()))
		if prev, dup := pageOf[id]; dup {
			t.Errorf("pages %s and %s share an id", prev, p.Name())
		}
		pageOf[id] = p.Name()
	}
	golds, err := filepath.Glob(filepath.Join("gold", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < 24 {
		t.Errorf("%d gold records, want at least 24", len(golds))
	}
	langs := map[string]int{}
	for _, path := range golds {
		id := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(id, func(t *testing.T) {
			rec := readRecord(t, path)
			langs[rec.Lang]++
			if rec.ID != id {
				t.Errorf("id %q in file %s", rec.ID, path)
			}
			if m := idRE.FindStringSubmatch(id); m == nil || m[1] != rec.Lang {
				t.Errorf("id %q: want <lang>-<topic> with lang %q", id, rec.Lang)
			}
			page, ok := pageOf[id]
			if !ok {
				t.Fatalf("no page for %s", id)
			}
			delete(pageOf, id)
			if filepath.Ext(page) == ".txt" {
				checkTextPage(t, filepath.Join("pages", page), rec)
			} else {
				checkHTMLPage(t, filepath.Join("pages", page), rec)
			}
			for _, msg := range checkGold(rec) {
				t.Error(msg)
			}
		})
	}
	for id, page := range pageOf {
		t.Errorf("page %s has no gold record %s.json", page, id)
	}
	if langs["fr"] < 10 || langs["en"] < 10 || len(langs) < 3 {
		t.Errorf("languages %v: want at least 10 fr, 10 en and one other", langs)
	}
}

func readRecord(t *testing.T, path string) record {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var rec record
	if err := dec.Decode(&rec); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rec
}

// checkTextPage: a .txt page is the text itself; it carries no date or URL.
func checkTextPage(t *testing.T, path string, rec record) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != rec.Text+"\n" {
		t.Errorf("%s differs from the gold text", path)
	}
	if rec.Published != nil || rec.URL != nil {
		t.Errorf("%s: a plain-text page has no date or URL, so published and url must be null", path)
	}
}

// checkHTMLPage: every paragraph of the gold text is one <p> of the page, and
// the page carries the gold's publication date and canonical URL.
func checkHTMLPage(t *testing.T, path string, rec record) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r, err := charset.NewReader(bytes.NewReader(b), "text/html")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var paras, dates []string
	var canonical string
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "p":
			paras = append(paras, textOf(n))
		case "meta":
			if attr(n, "property") == "article:published_time" {
				dates = append(dates, prefix(attr(n, "content"), 10))
			}
		case "time":
			if dt := attr(n, "datetime"); dt != "" {
				dates = append(dates, prefix(dt, 10))
			}
		case "link":
			if attr(n, "rel") == "canonical" {
				canonical = attr(n, "href")
			}
		case "script":
			if attr(n, "type") == "application/ld+json" {
				var ld struct{ DatePublished string }
				if err := json.Unmarshal([]byte(textOf(n)), &ld); err != nil {
					t.Errorf("%s: JSON-LD: %v", path, err)
				}
				dates = append(dates, prefix(ld.DatePublished, 10))
			}
		}
	}
	if m := urlDateRE.FindStringSubmatch(canonical); m != nil {
		dates = append(dates, m[1]+"-"+m[2]+"-"+m[3])
	}
	for para := range strings.SplitSeq(rec.Text, "\n\n") {
		if !slices.Contains(paras, para) {
			t.Errorf("%s: paragraph %.60q is not a <p> of the page", path, para)
		}
	}
	if !slices.Contains(dates, deref(rec.Published)) {
		t.Errorf("%s: published %q is not carried by the page (found %q)", path, deref(rec.Published), dates)
	}
	if deref(rec.URL) != canonical {
		t.Errorf("%s: url %q is not the page's canonical URL %q", path, deref(rec.URL), canonical)
	}
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	return sb.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func prefix(s string, n int) string { return s[:min(n, len(s))] }

// deref reads a JSON string that may be null as "".
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// checkGold returns the annotation slips of one record: names absent from the
// text, deals that point at unlisted facts, malformed values.
func checkGold(rec record) []string {
	var out []string
	g := rec.Gold
	if rec.Published != nil && !dayRE.MatchString(*rec.Published) {
		out = append(out, fmt.Sprintf("published %q is not an ISO date", *rec.Published))
	}
	companies := g.Companies.all()
	for _, c := range companies {
		spellings := append([]string{c}, g.Aliases[c]...)
		if !slices.ContainsFunc(spellings, func(s string) bool { return strings.Contains(rec.Text, s) }) {
			out = append(out, fmt.Sprintf("company %q: no spelling of it in the text", c))
		}
	}
	for c := range g.Aliases {
		if !slices.Contains(companies, c) {
			out = append(out, fmt.Sprintf("aliases for unlisted company %q", c))
		}
	}
	for _, d := range g.Dates.all() {
		if !dateRE.MatchString(d) {
			out = append(out, fmt.Sprintf("date %q is not ISO at year, month or day precision", d))
		}
	}
	amounts := append(slices.Clip(g.Amounts.Required), g.Amounts.Optional...)
	for _, a := range amounts {
		if a.Value <= 0 || len(a.Currency) != 3 || strings.ToUpper(a.Currency) != a.Currency {
			out = append(out, fmt.Sprintf("amount %+v", a))
		}
	}
	for _, d := range append(slices.Clip(g.Deals), g.DealsOptional...) {
		where := fmt.Sprintf("deal %v", d.Parties)
		if len(d.Parties) < 2 {
			out = append(out, where+": fewer than two parties")
		}
		for _, p := range d.Parties {
			if !slices.Contains(companies, p) {
				out = append(out, fmt.Sprintf("%s: party %q is not a listed company", where, p))
			}
		}
		if !slices.Contains(kinds, d.Kind) {
			out = append(out, fmt.Sprintf("%s: kind %q", where, d.Kind))
		}
		if d.Amount != nil && !slices.Contains(amounts, *d.Amount) {
			out = append(out, fmt.Sprintf("%s: amount %+v is not a listed amount", where, *d.Amount))
		}
		for _, m := range d.GPUModels {
			if !slices.Contains(g.GPUModels.all(), m) {
				out = append(out, fmt.Sprintf("%s: GPU model %q is not listed", where, m))
			}
		}
		for _, s := range d.Sites {
			if !slices.Contains(g.Sites.all(), s) {
				out = append(out, fmt.Sprintf("%s: site %q is not listed", where, s))
			}
		}
		for _, v := range []*float64{d.GPUCount, d.PowerMW, d.DurationMonths} {
			if v != nil && *v <= 0 {
				out = append(out, fmt.Sprintf("%s: non-positive attribute %v", where, *v))
			}
		}
	}
	return out
}
