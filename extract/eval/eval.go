// Package eval scores extraction output against gold annotations exactly as
// ../shared/eval/score.py does: micro precision, recall and F1 per field,
// deals matched by their set of parties, then the accuracy of the attributes
// of matched deals. Keeping the two in step lets `newsgraph eval` and the
// regression tests report the figures the reviewers compute.
package eval

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph"
)

// Record is one gold file (GUIDELINES.md).
type Record struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Gold      Gold   `json:"gold"`
}

// Gold holds the annotations of one record.
type Gold struct {
	Companies     Names               `json:"companies"`
	Aliases       map[string][]string `json:"aliases"`
	GPUModels     Names               `json:"gpu_models"`
	Amounts       Moneys              `json:"amounts"`
	Sites         Names               `json:"sites"`
	Dates         Names               `json:"dates"`
	Deals         []GoldDeal          `json:"deals"`
	DealsOptional []GoldDeal          `json:"deals_optional"`
}

// Names is a required/optional pair of name lists.
type Names struct {
	Required []string `json:"required"`
	Optional []string `json:"optional"`
}

// Moneys is a required/optional pair of money lists.
type Moneys struct {
	Required []newsgraph.Money `json:"required"`
	Optional []newsgraph.Money `json:"optional"`
}

// GoldDeal is an annotated deal; nil attributes were not stated.
type GoldDeal struct {
	Parties        []string         `json:"parties"`
	Kind           string           `json:"kind"`
	Amount         *newsgraph.Money `json:"amount"`
	GPUModels      []string         `json:"gpu_models"`
	GPUCount       *float64         `json:"gpu_count"`
	PowerMW        *float64         `json:"power_mw"`
	Sites          []string         `json:"sites"`
	DurationMonths *float64         `json:"duration_months"`
}

// LoadGold reads every <id>.json record of dir, sorted by file name.
func LoadGold(dir string) ([]Record, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("list gold records in %s: %w", dir, err)
	}
	sort.Strings(files)
	var out []Record
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read gold record: %w", err)
		}
		var r Record
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("parse gold record %s: %w", f, err)
		}
		out = append(out, r)
	}
	return out, nil
}

// Counts accumulates true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// PRF returns precision, recall and F1, with score.py's conventions for
// empty denominators.
func (c Counts) PRF() (p, r, f float64) {
	p, r = 1, 1
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Fields are the entity fields scored as sets, in report order.
var Fields = []string{"companies", "gpu_models", "amounts", "sites", "dates"}

// Attributes are the deal attributes scored on matched deals, in report order.
var Attributes = []string{"amount", "duration_months", "gpu_count", "gpu_models", "power_mw", "sites"}

// Accuracy counts correct attributes out of those gold states.
type Accuracy struct {
	Correct int `json:"correct"`
	N       int `json:"n"`
}

// Misses lists what one field missed and what it found in excess.
type Misses struct {
	Missed []string `json:"missed"`
	Extra  []string `json:"extra"`
}

// DocResult is the per-document detail.
type DocResult struct {
	ID string `json:"id"`
	// Fields maps a field name (Fields, "deals") to its misses.
	Fields map[string]Misses `json:"fields"`
	// SkippedOK is set for unsupported languages: whether the document was skipped without deals.
	SkippedOK *bool `json:"skipped_ok,omitempty"`
	// Attributes lists matched-deal attributes that were wrong.
	WrongAttributes []string `json:"wrong_attributes,omitempty"`
}

// Result is the whole score.
type Result struct {
	Documents          int                 `json:"documents"`
	MissingPredictions int                 `json:"missing_predictions"`
	LanguageOK         int                 `json:"language_ok"`
	Counts             map[string]*Counts  `json:"counts"`
	Attributes         map[string]Accuracy `json:"attributes"`
	Docs               []DocResult         `json:"docs"`
}

// LanguageAccuracy is the share of documents whose language was right.
func (r *Result) LanguageAccuracy() float64 {
	if r.Documents == 0 {
		return 0
	}
	return float64(r.LanguageOK) / float64(r.Documents)
}

// F1 returns the F1 of a field, "deals" or "deal_links".
func (r *Result) F1(field string) float64 {
	c, ok := r.Counts[field]
	if !ok {
		return 0
	}
	_, _, f := c.PRF()
	return f
}

// MacroF1 is the mean F1 of the entity fields.
func (r *Result) MacroF1() float64 {
	s := 0.0
	for _, f := range Fields {
		s += r.F1(f)
	}
	return s / float64(len(Fields))
}

var (
	nonWord   = regexp.MustCompile(`[^\p{L}\p{N}_]+`)
	spaces    = regexp.MustCompile(`\s+`)
	extension = regexp.MustCompile(`\.[A-Za-z0-9]+$`)
	nonAlnum  = regexp.MustCompile(`[^A-Z0-9]`)
	gpuSuffix = regexp.MustCompile(`(NVL\d+|SUPERCHIPS?|GPUS?|CHIPS?|SYSTEMS?|SERVERS?)$`)
)

var companySuffixes = map[string]bool{"inc": true, "corp": true, "corporation": true, "co": true,
	"company": true, "ltd": true, "limited": true, "llc": true, "plc": true, "sa": true, "sas": true,
	"se": true, "ag": true, "gmbh": true, "nv": true, "bv": true, "holdings": true, "holding": true,
	"group": true, "groupe": true, "lp": true}

var placeAliases = map[string]string{
	"us": "united states", "usa": "united states", "u s": "united states", "u s a": "united states",
	"etats unis": "united states", "uk": "united kingdom", "royaume uni": "united kingdom",
	"uae": "united arab emirates", "emirats arabes unis": "united arab emirates",
}

var gpuSame = map[string]string{"GRACEBLACKWELLULTRA": "GB300", "GRACEBLACKWELL": "GB200",
	"BLACKWELLULTRA": "B300", "IRONWOOD": "TPUV7", "TPUIRONWOOD": "TPUV7", "TRILLIUM": "TPUV6E",
	"TPUTRILLIUM": "TPUV6E"}

var gpuVendors = []string{"NVIDIA", "AMD", "INSTINCT", "GOOGLE", "AMAZON", "AWS", "INTEL", "HABANA", "MICROSOFT", "DGX", "HGX"}

// fold is score.py's fold: accents off, case folded, punctuation to spaces.
func fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	s = strings.ReplaceAll(s, "&", " and ")
	s = strings.ReplaceAll(s, "’", "'")
	s = nonWord.ReplaceAllString(s, " ")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

func normCompany(s string) string {
	w := strings.Fields(fold(s))
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	for len(w) > 1 && companySuffixes[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

func normGPU(s string) string {
	u := nonAlnum.ReplaceAllString(strings.ToUpper(s), "")
	for _, p := range gpuVendors {
		if strings.HasPrefix(u, p) && len(u) > len(p) {
			u = u[len(p):]
		}
	}
	u = gpuSuffix.ReplaceAllString(u, "")
	if v, ok := gpuSame[u]; ok {
		return v
	}
	return u
}

func normSite(s string) string {
	f := fold(strings.SplitN(s, ",", 2)[0])
	if v, ok := placeAliases[f]; ok {
		return v
	}
	return f
}

func moneyEq(a, b newsgraph.Money) bool {
	if !strings.EqualFold(a.Currency, b.Currency) {
		return false
	}
	return math.Abs(a.Value-b.Value) <= 0.01*math.Max(math.Abs(b.Value), 1)
}

type set map[string]bool

func setOf(xs []string, f func(string) string) set {
	s := set{}
	for _, x := range xs {
		if x != "" {
			s[f(x)] = true
		}
	}
	return s
}

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (s set) key() string { return strings.Join(s.sorted(), "\x00") }

func scoreSet(pred, req, opt set) (Counts, Misses) {
	var c Counts
	var m Misses
	for k := range pred {
		if req[k] {
			c.TP++
		} else if !opt[k] {
			c.FP++
			m.Extra = append(m.Extra, k)
		}
	}
	for k := range req {
		if !pred[k] {
			c.FN++
			m.Missed = append(m.Missed, k)
		}
	}
	sort.Strings(m.Missed)
	sort.Strings(m.Extra)
	return c, m
}

func moneyString(m newsgraph.Money) string { return fmt.Sprintf("%g %s", m.Value, m.Currency) }

func scoreMoney(pred []newsgraph.Amount, req, opt []newsgraph.Money) (Counts, Misses) {
	used := map[int]bool{}
	var c Counts
	var m Misses
	anyEq := func(p newsgraph.Money, gs []newsgraph.Money) bool {
		for _, g := range gs {
			if moneyEq(p, g) {
				return true
			}
		}
		return false
	}
	for _, a := range pred {
		p := a.Money()
		hit := -1
		for i, g := range req {
			if !used[i] && moneyEq(p, g) {
				hit = i
				break
			}
		}
		switch {
		case hit >= 0:
			used[hit] = true
			c.TP++
		case !anyEq(p, opt) && !anyEq(p, req):
			c.FP++
			m.Extra = append(m.Extra, moneyString(p)+" ("+a.Text+")")
		}
	}
	for i, g := range req {
		if !used[i] {
			c.FN++
			m.Missed = append(m.Missed, moneyString(g))
		}
	}
	return c, m
}

// ID returns the record id a prediction's source names: its base name
// without the extension.
func ID(source string) string {
	return extension.ReplaceAllString(filepath.Base(source), "")
}

// Score compares predictions, keyed by record id, with the gold records.
func Score(golds []Record, preds map[string]*newsgraph.Document) *Result {
	res := &Result{Documents: len(golds), Counts: map[string]*Counts{}, Attributes: map[string]Accuracy{}}
	for _, f := range append(append([]string{}, Fields...), "deals", "deal_links") {
		res.Counts[f] = &Counts{}
	}
	add := func(f string, c Counts) {
		res.Counts[f].TP += c.TP
		res.Counts[f].FP += c.FP
		res.Counts[f].FN += c.FN
	}
	attr := func(k string, ok bool) {
		a := res.Attributes[k]
		a.N++
		if ok {
			a.Correct++
		}
		res.Attributes[k] = a
	}
	for _, rec := range golds {
		g := rec.Gold
		d := DocResult{ID: rec.ID, Fields: map[string]Misses{}}
		p := preds[rec.ID]
		if p == nil {
			res.MissingPredictions++
			p = &newsgraph.Document{}
		}
		if strings.ToLower(p.Language) == rec.Lang {
			res.LanguageOK++
		}
		if rec.Lang != "fr" && rec.Lang != "en" {
			ok := p.Skipped != "" && len(p.Deals) == 0
			d.SkippedOK = &ok
			add("deals", Counts{FP: len(p.Deals)})
			res.Docs = append(res.Docs, d)
			continue
		}
		alias := map[string]string{}
		for canon, ns := range g.Aliases {
			for _, n := range ns {
				alias[normCompany(n)] = normCompany(canon)
			}
		}
		cm := func(s string) string {
			n := normCompany(s)
			if a, ok := alias[n]; ok {
				return a
			}
			return n
		}
		var names []string
		for _, c := range p.Companies {
			names = append(names, c.Name)
		}
		c, m := scoreSet(setOf(names, cm), setOf(g.Companies.Required, cm), setOf(g.Companies.Optional, cm))
		add("companies", c)
		d.Fields["companies"] = m
		names = names[:0]
		for _, x := range p.GPUModels {
			names = append(names, x.Name)
		}
		c, m = scoreSet(setOf(names, normGPU), setOf(g.GPUModels.Required, normGPU), setOf(g.GPUModels.Optional, normGPU))
		add("gpu_models", c)
		d.Fields["gpu_models"] = m
		c, m = scoreMoney(p.Amounts, g.Amounts.Required, g.Amounts.Optional)
		add("amounts", c)
		d.Fields["amounts"] = m
		names = names[:0]
		for _, x := range p.Sites {
			names = append(names, x.Name)
		}
		c, m = scoreSet(setOf(names, normSite), setOf(g.Sites.Required, normSite), setOf(g.Sites.Optional, normSite))
		add("sites", c)
		d.Fields["sites"] = m
		names = names[:0]
		for _, x := range p.Dates {
			names = append(names, x.Value)
		}
		c, m = scoreSet(setOf(names, strings.TrimSpace), setOf(g.Dates.Required, strings.TrimSpace), setOf(g.Dates.Optional, strings.TrimSpace))
		add("dates", c)
		d.Fields["dates"] = m

		partySet := func(ps []string) set { return setOf(ps, cm) }
		type gd struct {
			key  string
			deal GoldDeal
			s    set
		}
		var golds []gd
		goldKeys := set{}
		for _, x := range g.Deals {
			s := partySet(x.Parties)
			golds = append(golds, gd{s.key(), x, s})
			goldKeys[s.key()] = true
		}
		optKeys := set{}
		var optSets []set
		for _, x := range g.DealsOptional {
			s := partySet(x.Parties)
			optKeys[s.key()] = true
			optSets = append(optSets, s)
		}
		used := map[int]bool{}
		var dc Counts
		var dm Misses
		var predSets []set
		for _, pd := range p.Deals {
			var ps []string
			for _, x := range pd.Parties {
				ps = append(ps, x.Name)
			}
			s := partySet(ps)
			predSets = append(predSets, s)
			k := s.key()
			hit := -1
			for i, x := range golds {
				if !used[i] && x.key == k {
					hit = i
					break
				}
			}
			if hit < 0 {
				if !optKeys[k] && !goldKeys[k] {
					dc.FP++
					dm.Extra = append(dm.Extra, strings.Join(s.sorted(), " + "))
				}
				continue
			}
			used[hit] = true
			dc.TP++
			wrong := compareDeal(golds[hit].deal, pd, attr)
			for _, w := range wrong {
				d.WrongAttributes = append(d.WrongAttributes, strings.Join(s.sorted(), " + ")+": "+w)
			}
		}
		for i, x := range golds {
			if !used[i] {
				dc.FN++
				dm.Missed = append(dm.Missed, strings.Join(x.s.sorted(), " + "))
			}
		}
		var gsets []set
		for _, x := range golds {
			gsets = append(gsets, x.s)
		}
		gl, ol, pl := pairs(gsets), pairs(optSets), pairs(predSets)
		var lc Counts
		for k := range pl {
			if gl[k] {
				lc.TP++
			} else if !ol[k] {
				lc.FP++
			}
		}
		for k := range gl {
			if !pl[k] {
				lc.FN++
			}
		}
		add("deal_links", lc)
		add("deals", dc)
		d.Fields["deals"] = dm
		res.Docs = append(res.Docs, d)
	}
	return res
}

// compareDeal scores the attributes gold states for a matched deal and
// returns descriptions of the wrong ones.
func compareDeal(g GoldDeal, p newsgraph.Deal, attr func(string, bool)) []string {
	var wrong []string
	check := func(k string, ok bool, want, got any) {
		attr(k, ok)
		if !ok {
			wrong = append(wrong, fmt.Sprintf("%s want %v got %v", k, want, got))
		}
	}
	if g.Amount != nil {
		ok := p.Amount != nil && moneyEq(*p.Amount, *g.Amount)
		var got any
		if p.Amount != nil {
			got = moneyString(*p.Amount)
		}
		check("amount", ok, moneyString(*g.Amount), got)
	}
	if len(g.GPUModels) > 0 {
		check("gpu_models", subset(setOf(g.GPUModels, normGPU), setOf(p.GPUModels, normGPU)), g.GPUModels, p.GPUModels)
	}
	if len(g.Sites) > 0 {
		check("sites", subset(setOf(g.Sites, normSite), setOf(p.Sites, normSite)), g.Sites, p.Sites)
	}
	num := func(k string, want *float64, got *float64) {
		if want == nil {
			return
		}
		ok := got != nil && math.Abs(*got-*want) <= 0.01*math.Abs(*want)
		var gv any
		if got != nil {
			gv = *got
		}
		check(k, ok, *want, gv)
	}
	num("gpu_count", g.GPUCount, intPtr(p.GPUCount))
	num("power_mw", g.PowerMW, p.PowerMW)
	num("duration_months", g.DurationMonths, intPtr(p.DurationMonths))
	return wrong
}

func intPtr(p *int) *float64 {
	if p == nil {
		return nil
	}
	f := float64(*p)
	return &f
}

func subset(a, b set) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// pairs returns the unordered company pairs that share a deal.
func pairs(sets []set) set {
	out := set{}
	for _, s := range sets {
		for a := range s {
			for b := range s {
				if a < b {
					out[a+"\x00"+b] = true
				}
			}
		}
	}
	return out
}
