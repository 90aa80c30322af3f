// Package extract turns the text of a French or English article into facts:
// companies, GPU models, money amounts, sites, dates and the deals that link them.
//
// The grammars (money, gpu, measure, when) and the gazetteer (entity) find the
// mentions; this package groups them into the document's fact lists and
// assembles deals sentence by sentence (see deals.go): a clause with a deal
// trigger and two companies states a deal, later sentences that refer back to
// it ("the agreement", "cet accord", a pronoun, its parties) add figures.
// A company may be named by a description ("the Facebook owner", "la société
// du New Jersey") or a pronoun; companies in the same slot of one clause
// (co-investors, co-lenders, a consortium, co-suppliers) form one deal.
package extract

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/entity"
	"github.com/newsgraph/newsgraph/extract/fx"
	"github.com/newsgraph/newsgraph/extract/gpu"
	"github.com/newsgraph/newsgraph/extract/measure"
	"github.com/newsgraph/newsgraph/extract/money"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Extractor finds facts in documents. It is safe for concurrent use.
type Extractor struct {
	gaz *entity.Gazetteer
}

// New returns an Extractor with its gazetteers and grammars loaded.
func New() (*Extractor, error) {
	g, err := entity.Load()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return &Extractor{gaz: g}, nil
}

// Extract fills doc's fact fields (Companies … Deals) from doc.Text, resolving
// relative dates against doc.Published. Documents with Skipped set or a
// language other than fr/en are left unchanged.
func (e *Extractor) Extract(ctx context.Context, doc *newsgraph.Document) error {
	if doc.Skipped != "" || (doc.Language != "fr" && doc.Language != "en") {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("extract %s: %w", doc.Source, err)
	}
	txt, lang, published := doc.Text, doc.Language, string(doc.Published)
	f := &facts{text: txt, lang: lang, published: published, toUSD: fx.ToUSD}
	f.sentences = text.Sentences(txt, lang)

	// one pass of the gazetteer finds companies and places together
	cms, pms := e.gaz.Entities(txt, lang)
	doc.GPUModels, f.gpus = gpuModels(txt)
	doc.Companies, f.companies = companies(txt, notProducts(cms, f.gpus))
	f.companies, f.generics = e.described(txt, lang, f.companies)
	doc.Amounts = nil
	for _, a := range money.Find(txt, lang) {
		if valid(txt, a.Start, a.End, a.Text) {
			doc.Amounts = append(doc.Amounts, a)
		}
	}
	f.amounts = doc.Amounts
	f.power = quantities(txt, measure.Power(txt, lang))
	f.counts = quantities(txt, measure.GPUCounts(txt, lang))
	doc.Dates, f.dates, f.durations = dates(txt, lang, published)
	doc.Sites, f.sites, f.mainSites = sites(txt, pms)
	doc.Deals = f.deals()
	return nil
}

// valid guards against a grammar returning offsets that do not match its
// text: such a mention is dropped rather than reported with a wrong span.
func valid(txt string, start, end int, s string) bool {
	return start >= 0 && start <= end && end <= len(txt) && txt[start:end] == s
}

func quantities(txt string, qs []measure.Quantity) []numRef {
	var out []numRef
	for _, q := range qs {
		if valid(txt, q.Start, q.End, q.Text) {
			out = append(out, numRef{value: q.Value, span: span{q.Start, q.End}})
		}
	}
	return out
}

// notProducts drops the names a pattern found that are accelerator models:
// "18 000 puces GB300 de Nvidia" names a chip, not a company called GB300.
func notProducts(cms []entity.CompanyMatch, gpus []gpuRef) []entity.CompanyMatch {
	out := cms[:0:0]
	for _, m := range cms {
		product := false
		for _, g := range gpus {
			if m.Discovered && m.Start < g.end && g.start < m.End {
				product = true
				break
			}
		}
		if !product {
			out = append(out, m)
		}
	}
	return out
}

// companies groups company mentions by canonical name, leaving out the news
// outlets quoted as sources.
func companies(txt string, cms []entity.CompanyMatch) ([]newsgraph.Company, []companyRef) {
	var out []newsgraph.Company
	var refs []companyRef
	index := map[string]int{}
	for _, m := range cms {
		if m.Outlet || m.Name == "" || !valid(txt, m.Start, m.End, m.Text) {
			continue
		}
		i, ok := index[m.Name]
		if !ok {
			i = len(out)
			index[m.Name] = i
			out = append(out, newsgraph.Company{Name: m.Name, Country: m.Country, Wikidata: m.Wikidata})
		}
		c := &out[i]
		c.Mentions = append(c.Mentions, newsgraph.Mention{Start: m.Start, End: m.End, Text: m.Text})
		if m.Text != m.Name && !contains(c.Aliases, m.Text) {
			c.Aliases = append(c.Aliases, m.Text)
		}
		refs = append(refs, companyRef{name: m.Name, span: span{m.Start, m.End}})
	}
	// One sense per discourse: a surface form accepted as a company once
	// ("Meta") is that company wherever else the article writes it exactly,
	// including at the start of a headline where the gazetteer is cautious.
	forms := map[string]int{}
	for i, c := range out {
		for _, m := range c.Mentions {
			forms[m.Text] = i
		}
	}
	taken := make([]span, 0, len(refs))
	for _, r := range refs {
		taken = append(taken, r.span)
	}
	for form, i := range forms {
		for from := 0; ; {
			k := strings.Index(txt[from:], form)
			if k < 0 {
				break
			}
			s, e := from+k, from+k+len(form)
			from = e
			if !wordBounded(txt, s, e) || overlaps(taken, s, e) {
				continue
			}
			out[i].Mentions = append(out[i].Mentions, newsgraph.Mention{Start: s, End: e, Text: form})
			refs = append(refs, companyRef{name: out[i].Name, span: span{s, e}})
			taken = append(taken, span{s, e})
		}
	}
	for i := range out {
		sort.Slice(out[i].Mentions, func(a, b int) bool { return out[i].Mentions[a].Start < out[i].Mentions[b].Start })
	}
	sort.SliceStable(refs, func(i, j int) bool { return refs[i].start < refs[j].start })
	return out, refs
}

// described adds to refs the companies that definite descriptions stand
// for ("the Facebook owner", "la société du New Jersey", "l'énergéticien
// texan"), so that deal assembly sees them in their party slots. A
// description resolves to the company of the document that fits it, the
// one named last before it when several do; bare generic ones ("the
// company") are left to the assembler's discourse rules. A description set
// off by a comma right after or before a name describes that name and adds
// nothing. The generic descriptions are returned apart, for the assembler
// to resolve from the discourse.
func (e *Extractor) described(txt, lang string, refs []companyRef) ([]companyRef, []span) {
	var add []companyRef
	var generics []span
	for _, d := range e.gaz.Descriptions(txt, lang) {
		if !valid(txt, d.Start, d.End, d.Text) || apposed(txt, refs, d.Start, d.End) {
			continue
		}
		if d.Generic {
			generics = append(generics, span{d.Start, d.End})
			continue
		}
		name, after := "", ""
		for _, r := range refs {
			if r.start < d.End && d.Start < r.end {
				// a name inside the description ("the Facebook owner")
				continue
			}
			if !e.gaz.Matches(d, r.name) {
				continue
			}
			if r.end <= d.Start {
				name = r.name
			} else if after == "" {
				after = r.name
			} else if after != r.name {
				after = "-"
			}
		}
		if name == "" && after != "-" {
			name = after
		}
		if name == "" {
			continue
		}
		add = append(add, companyRef{name: name, span: span{d.Start, d.End}})
	}
	if len(add) == 0 {
		return refs, generics
	}
	out := make([]companyRef, 0, len(refs)+len(add))
	for _, r := range refs {
		if !overlaps(spansOf(add), r.start, r.end) {
			out = append(out, r)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out, generics
}

// apposed reports a description set off by a comma next to a name:
// "Talen Energy, l'exploitant de la centrale," or "the chipmaker, Nvidia".
func apposed(txt string, refs []companyRef, start, end int) bool {
	for _, r := range refs {
		if r.end <= start && strings.TrimSpace(txt[r.end:start]) == "," {
			return true
		}
		if r.start >= end && strings.TrimSpace(txt[end:r.start]) == "," {
			return true
		}
	}
	return false
}

func spansOf(refs []companyRef) []span {
	out := make([]span, len(refs))
	for i, r := range refs {
		out[i] = r.span
	}
	return out
}

// wordBounded reports that txt[s:e] is not part of a longer word.
func wordBounded(txt string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(txt[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(txt) {
		r, _ := utf8.DecodeRuneInString(txt[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func overlaps(spans []span, s, e int) bool {
	for _, x := range spans {
		if s < x.end && x.start < e {
			return true
		}
	}
	return false
}

// gpuModels groups accelerator mentions by model name.
func gpuModels(txt string) ([]newsgraph.GPUModel, []gpuRef) {
	var out []newsgraph.GPUModel
	var refs []gpuRef
	index := map[string]int{}
	for _, m := range gpu.Find(txt) {
		if !valid(txt, m.Start, m.End, m.Text) {
			continue
		}
		i, ok := index[m.Name]
		if !ok {
			i = len(out)
			index[m.Name] = i
			out = append(out, newsgraph.GPUModel{Name: m.Name, Vendor: m.Vendor})
		}
		out[i].Mentions = append(out[i].Mentions, newsgraph.Mention{Start: m.Start, End: m.End, Text: m.Text})
		refs = append(refs, gpuRef{name: m.Name, vendor: m.Vendor, span: span{m.Start, m.End}})
	}
	return out, refs
}

// nearPlace is how close, in characters and within one sentence, a region
// must be named to a town it holds to merely locate it ("Childress, Texas",
// "à Cambrai, dans le Nord").
const nearPlace = 150

// sentenceBreak ends a sentence: a stop, then a capital.
var sentenceBreak = regexp.MustCompile(`[.!?]\s+\p{Lu}`)

// apart reports two positions more than distance characters or a sentence
// apart.
func apart(txt string, a, b, distance int) bool {
	if a > b {
		a, b = b, a
	}
	return b-a > distance || sentenceBreak.MatchString(txt[a:b])
}

// sites keeps the places named as the location of infrastructure, the most
// specific ones: a region or country is dropped when it only locates a town
// or campus also found ("Childress, Texas" gives Childress). It also returns
// the main site: the one named most often, when one clearly dominates.
func sites(txt string, pms []entity.PlaceMatch) ([]newsgraph.Site, []siteRef, []string) {
	var places []entity.PlaceMatch
	for _, p := range pms {
		if p.Role == "site" && p.Name != "" && valid(txt, p.Start, p.End, p.Text) {
			places = append(places, p)
		}
	}
	// contained reports a region holding a town also named, within
	// distance characters of it when distance > 0
	contained := func(p entity.PlaceMatch, distance int) bool {
		for _, q := range places {
			if q.Name == p.Name || specificity(q.Kind) <= specificity(p.Kind) || distance > 0 && apart(txt, q.Start, p.Start, distance) {
				continue
			}
			if (p.Kind == "country" && q.Country == p.Country) || strings.EqualFold(q.Region, p.Name) {
				return true
			}
		}
		return false
	}
	var out []newsgraph.Site
	var refs []siteRef
	index := map[string]int{}
	weight := map[string]int{}
	for _, p := range places {
		if contained(p, 0) {
			// a region named for a town also found counts for the town
			for _, q := range places {
				if strings.EqualFold(q.Region, p.Name) && specificity(q.Kind) > specificity(p.Kind) {
					weight[q.Name]++
					break
				}
			}
			if _, ok := index[p.Name]; !ok && !contained(p, nearPlace) {
				// named apart from the town ("quatre centres en
				// Ile-de-France" sentences after "en Essonne"), the
				// region is a site of the document; deals keep the town
				index[p.Name] = len(out)
				out = append(out, newsgraph.Site{Name: p.Name, Region: p.Region, Country: p.Country,
					Mentions: []newsgraph.Mention{{Start: p.Start, End: p.End, Text: p.Text}}})
			}
			continue
		}
		i, ok := index[p.Name]
		if !ok {
			i = len(out)
			index[p.Name] = i
			out = append(out, newsgraph.Site{Name: p.Name, Region: p.Region, Country: p.Country})
		}
		weight[p.Name]++
		out[i].Mentions = append(out[i].Mentions, newsgraph.Mention{Start: p.Start, End: p.End, Text: p.Text})
		refs = append(refs, siteRef{name: p.Name, span: span{p.Start, p.End}})
	}
	main, best, second := "", 0, 0
	for _, s := range out {
		switch n := weight[s.Name]; {
		case n > best:
			main, best, second = s.Name, n, best
		case n > second:
			second = n
		}
	}
	if best == second {
		return out, refs, nil
	}
	mains := []string{main}
	for _, r := range refs {
		if r.name != main || contains(mains, r.name) && len(mains) > 1 {
			continue
		}
		for _, q := range refs {
			if q.name != main && !contains(mains, q.name) && abs(q.start-r.start) < 60 {
				mains = append(mains, q.name)
			}
		}
	}
	return out, refs, mains
}

// specificity orders place kinds from the widest to the most specific.
func specificity(kind string) int {
	switch kind {
	case "continent":
		return 0
	case "country":
		return 1
	case "region", "state", "province", "county":
		return 2
	case "city", "town":
		return 3
	case "campus", "site", "facility":
		return 4
	}
	return 2
}
