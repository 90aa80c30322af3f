package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// goldRecord is the part of a ../shared/eval gold record these tests use.
type goldRecord struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	Text string `json:"text"`
	Gold struct {
		Companies struct{ Required, Optional []string } `json:"companies"`
		Aliases   map[string][]string                   `json:"aliases"`
		Sites     struct{ Required, Optional []string } `json:"sites"`
	} `json:"gold"`
}

// devGold reads the shared dev gold records, or skips when they are absent.
func devGold(t *testing.T) []goldRecord {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev", "gold")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Skipf("no gold records in %s", dir)
	}
	var out []goldRecord
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		var r goldRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		out = append(out, r)
	}
	return out
}

// scoreKey normalises a name the way ../shared/eval/score.py does.
func scoreKey(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(fold(s), "&", " and "), "'", " ")
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	for len(words) > 1 && scoreSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

var scoreSuffixes = set("inc", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "sa",
	"sas", "se", "ag", "gmbh", "nv", "bv", "holdings", "holding", "group", "groupe", "lp")

type prf struct{ tp, fp, fn int }

func (c *prf) add(pred, req, opt map[string]bool) (missed, extra []string) {
	for k := range req {
		if pred[k] {
			c.tp++
		} else {
			c.fn++
			missed = append(missed, k)
		}
	}
	for k := range pred {
		if !req[k] && !opt[k] {
			c.fp++
			extra = append(extra, k)
		}
	}
	return missed, extra
}

func (c prf) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

// TestDevGold scores companies (outlets dropped) and sites (role "site",
// most specific) on the shared dev articles, as the caller uses them.
func TestDevGold(t *testing.T) {
	g := gazetteer(t)
	var co, si prf
	for _, r := range devGold(t) {
		if r.Lang != "fr" && r.Lang != "en" {
			continue
		}
		alias := map[string]string{}
		for canon, names := range r.Gold.Aliases {
			for _, n := range names {
				alias[scoreKey(n)] = scoreKey(canon)
			}
		}
		key := func(s string) string {
			k := scoreKey(s)
			if a, ok := alias[k]; ok {
				return a
			}
			return k
		}
		keys := func(names []string, kf func(string) string) map[string]bool {
			m := map[string]bool{}
			for _, n := range names {
				m[kf(n)] = true
			}
			return m
		}
		var names []string
		for _, c := range g.Companies(r.Text, r.Lang) {
			if r.Text[c.Start:c.End] != c.Text {
				t.Errorf("%s: company offsets %d:%d do not give %q", r.ID, c.Start, c.End, c.Text)
			}
			if !c.Outlet {
				names = append(names, c.Name)
			}
		}
		missed, extra := co.add(keys(names, key), keys(r.Gold.Companies.Required, key), keys(r.Gold.Companies.Optional, key))
		if len(missed)+len(extra) > 0 {
			t.Logf("%s companies: missed %q, extra %q", r.ID, missed, extra)
		}
		var sites []PlaceMatch
		for _, p := range g.Places(r.Text, r.Lang) {
			if r.Text[p.Start:p.End] != p.Text {
				t.Errorf("%s: place offsets %d:%d do not give %q", r.ID, p.Start, p.End, p.Text)
			}
			if p.Role == RoleSite {
				sites = append(sites, p)
			}
		}
		names = names[:0]
		for _, p := range MostSpecific(sites) {
			names = append(names, p.Name)
		}
		siteKey := func(s string) string {
			k := scoreKey(strings.Split(s, ",")[0])
			switch k {
			case "us", "usa", "u s", "etats unis":
				return "united states"
			case "uk", "royaume uni":
				return "united kingdom"
			case "uae", "emirats arabes unis":
				return "united arab emirates"
			}
			return k
		}
		missed, extra = si.add(keys(names, siteKey), keys(r.Gold.Sites.Required, siteKey), keys(r.Gold.Sites.Optional, siteKey))
		if len(missed)+len(extra) > 0 {
			t.Logf("%s sites: missed %q, extra %q", r.ID, missed, extra)
		}
	}
	t.Logf("companies tp %d fp %d fn %d F1 %.3f; sites tp %d fp %d fn %d F1 %.3f",
		co.tp, co.fp, co.fn, co.f1(), si.tp, si.fp, si.fn, si.f1())
	if co.f1() < 0.95 {
		t.Errorf("companies F1 %.3f < 0.95", co.f1())
	}
	if si.f1() < 0.90 {
		t.Errorf("sites F1 %.3f < 0.90", si.f1())
	}
}
