package graph

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/newsgraph/newsgraph"
)

// ArticleKey returns the key of doc's Article node: its canonical URL, else
// "file:" and the path it was read from, else "sha256:" and the hash of its
// text (stdin with no URL).
func ArticleKey(doc *newsgraph.Document) string {
	if u := strings.TrimSpace(string(doc.URL)); u != "" {
		return u
	}
	src := strings.TrimSpace(doc.Source)
	switch {
	case strings.HasPrefix(src, "http://") || strings.HasPrefix(src, "https://"):
		return src
	case src != "" && src != "-":
		return "file:" + filepath.ToSlash(filepath.Clean(src))
	}
	return "sha256:" + contentHash(doc.Text)
}

// SiteKey returns the key of a Site node, "childress/texas/us": its name,
// region and country, lower-cased, with spaces as dashes.
func SiteKey(name, region, country string) string {
	return slug(name) + "/" + slug(region) + "/" + slug(country)
}

func slug(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), "-"))
}

func contentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// documentHash hashes everything that is loaded from doc — text, metadata and
// facts — except where it was read from. It decides whether a reloaded
// article must replace its facts: a new text, but also a better extraction of
// the same text, does. It streams the fields into the hash rather than
// hashing a JSON encoding, which costs more than the rest of a load's Go side.
func documentHash(doc *newsgraph.Document) string {
	h := hasher{Hash: sha256.New()}
	h.str(string(doc.URL), string(doc.Title), string(doc.SiteName), string(doc.Published), doc.Language,
		string(doc.Skipped), doc.Text)
	h.num(len(doc.Companies))
	for _, c := range doc.Companies {
		h.str(c.Name, c.Country, c.Wikidata)
		h.str(c.Aliases...)
		h.mentions(c.Mentions)
	}
	h.num(len(doc.GPUModels))
	for _, g := range doc.GPUModels {
		h.str(g.Name, g.Vendor)
		h.mentions(g.Mentions)
	}
	h.num(len(doc.Amounts))
	for _, a := range doc.Amounts {
		h.str(a.Currency, a.Text)
		h.float(&a.Value)
		h.num(a.Start, a.End)
	}
	h.num(len(doc.Sites))
	for _, s := range doc.Sites {
		h.str(s.Name, s.Region, s.Country)
		h.mentions(s.Mentions)
	}
	h.num(len(doc.Dates))
	for _, d := range doc.Dates {
		h.str(d.Value, d.Text)
		h.num(d.Start, d.End)
	}
	h.num(len(doc.Deals))
	for _, d := range doc.Deals {
		h.num(len(d.Parties))
		for _, p := range d.Parties {
			h.str(p.Name, p.Role)
		}
		h.str(d.Kind, string(d.Date))
		if d.Amount != nil {
			h.str(d.Amount.Currency)
			h.float(&d.Amount.Value)
		} else {
			h.str("")
			h.float(nil)
		}
		h.float(d.AmountUSD)
		h.float(d.PowerMW)
		h.float(&d.Confidence)
		h.optInt(d.DurationMonths)
		h.optInt(d.GPUCount)
		h.str(d.GPUModels...)
		h.str(d.Sites...)
		h.num(len(d.Evidence))
		for _, e := range d.Evidence {
			h.num(e.Start, e.End)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// hasher writes values into a hash unambiguously: every string with its
// length, every list with its count, absent values apart from zeros.
type hasher struct {
	hash.Hash
	buf [8]byte
}

func (h *hasher) num(ns ...int) {
	for _, n := range ns {
		binary.LittleEndian.PutUint64(h.buf[:], uint64(n))
		h.Write(h.buf[:])
	}
}

func (h *hasher) str(ss ...string) {
	h.num(len(ss))
	for _, s := range ss {
		h.num(len(s))
		io.WriteString(h, s)
	}
}

func (h *hasher) float(f *float64) {
	if f == nil {
		h.num(0)
		return
	}
	h.num(1, int(math.Float64bits(*f)))
}

func (h *hasher) optInt(n *int) {
	if n == nil {
		h.num(0)
		return
	}
	h.num(1, *n)
}

func (h *hasher) mentions(ms []newsgraph.Mention) {
	h.num(len(ms))
	for _, m := range ms {
		h.num(m.Start, m.End)
		h.str(m.Text)
	}
}

// isoDate parses a full ISO date into the driver's Date type, reporting
// whether s was one.
func isoDate(s string) (dbtype.Date, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return dbtype.Date{}, false
	}
	return dbtype.Date(t), true
}

// announcedDate turns a deal date written at any precision ("2025",
// "2025-10", "2025-11-03") into a date: the publication date when it falls in
// the written period (an article announcing "in November" on 3 November),
// else the first day of the period.
func announcedDate(value, published string) (dbtype.Date, bool) {
	if d, ok := isoDate(value); ok {
		return d, true
	}
	if value != "" && strings.HasPrefix(published, value) {
		if d, ok := isoDate(published); ok {
			return d, true
		}
	}
	switch len(value) {
	case len("2025-10"):
		return isoDate(value + "-01")
	case len("2025"):
		return isoDate(value + "-01-01")
	}
	return isoDate(published)
}

// optional returns nil for an absent value, so that it is stored as no
// property rather than as a zero.
func optional[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

func nonEmpty(s string) any {
	if s = strings.TrimSpace(s); s == "" {
		return nil
	}
	return s
}

// article is one document of a batch with its key and hash computed.
type article struct {
	doc  *newsgraph.Document
	key  string
	hash string
}

// rows are the parameters of one batch's queries, grouped per label and
// relationship type so that each query is a single UNWIND.
type rows struct {
	articles    []any
	companies   []any
	gpus        []any
	sites       []any
	mentionsCo  []any
	mentionsGPU []any
	mentionsSit []any
	deals       []any
	reports     []any
	parties     []any
	involves    []any
	located     []any
	// dealsSkipped counts deals without any party, which have no identity.
	dealsSkipped int
}

// company accumulates what a batch says about one company.
type company struct {
	country, wikidata string
	aliases           map[string]bool
}

// buildRows turns articles into query parameters. Entities named several
// times in the batch become one row each, so that every MERGE touches a node
// once per transaction.
func buildRows(arts []article) rows {
	var r rows
	companies := map[string]*company{}
	var companyOrder []string
	addCompany := func(name, country, wikidata string, aliases []string) string {
		name = strings.TrimSpace(name)
		if name == "" {
			return ""
		}
		c, ok := companies[name]
		if !ok {
			c = &company{aliases: map[string]bool{}}
			companies[name] = c
			companyOrder = append(companyOrder, name)
		}
		if country != "" {
			c.country = country
		}
		if wikidata != "" {
			c.wikidata = wikidata
		}
		for _, a := range aliases {
			if a = strings.TrimSpace(a); a != "" && a != name {
				c.aliases[a] = true
			}
		}
		return name
	}
	gpus := map[string]string{}
	var gpuOrder []string
	addGPU := func(name, vendor string) string {
		name = strings.TrimSpace(name)
		if name == "" {
			return ""
		}
		v, ok := gpus[name]
		if !ok {
			gpuOrder = append(gpuOrder, name)
		}
		if vendor = addCompany(vendor, "", "", nil); vendor != "" || v == "" {
			v = vendor
		}
		gpus[name] = v
		return name
	}
	sites := map[string]map[string]any{}
	var siteOrder []string
	addSite := func(name, region, country string) string {
		key := SiteKey(name, region, country)
		if strings.Trim(key, "/") == "" {
			return ""
		}
		if _, ok := sites[key]; !ok {
			siteOrder = append(siteOrder, key)
			sites[key] = map[string]any{"key": key, "name": nonEmpty(name), "region": nonEmpty(region), "country": nonEmpty(country)}
		}
		return key
	}
	deals := map[string]map[string]any{}
	var dealOrder []string
	seenParty := map[[2]string]bool{}
	seenInvolves := map[[2]string]int{}
	seenLocated := map[[2]string]bool{}

	for _, a := range arts {
		doc := a.doc
		published := any(nil)
		if d, ok := isoDate(string(doc.Published)); ok {
			published = d
		}
		r.articles = append(r.articles, map[string]any{
			"url":          a.key,
			"title":        nonEmpty(string(doc.Title)),
			"site_name":    nonEmpty(string(doc.SiteName)),
			"published":    published,
			"language":     nonEmpty(doc.Language),
			"content_hash": contentHash(doc.Text),
			"doc_hash":     a.hash,
			"skipped":      nonEmpty(string(doc.Skipped)),
		})

		var companies, gpus, sites mentionTally
		for _, c := range doc.Companies {
			companies.add(addCompany(c.Name, c.Country, c.Wikidata, c.Aliases), len(c.Mentions))
		}
		r.mentionsCo = companies.rows(a.key, "name", r.mentionsCo)
		for _, g := range doc.GPUModels {
			gpus.add(addGPU(g.Name, g.Vendor), len(g.Mentions))
		}
		r.mentionsGPU = gpus.rows(a.key, "name", r.mentionsGPU)
		siteKeys := map[string]string{}
		for _, s := range doc.Sites {
			key := addSite(s.Name, s.Region, s.Country)
			if key != "" {
				siteKeys[foldName(s.Name)] = key
			}
			sites.add(key, len(s.Mentions))
		}
		r.mentionsSit = sites.rows(a.key, "key", r.mentionsSit)

		reports := map[string]map[string]any{}
		var reportOrder []string
		for _, d := range doc.Deals {
			hasParty := false
			for _, p := range d.Parties {
				hasParty = hasParty || strings.TrimSpace(p.Name) != ""
			}
			if !hasParty {
				r.dealsSkipped++
				continue
			}
			id := DealID(d, string(doc.Published))
			mergeDeal(deals, &dealOrder, id, dealProps(d, string(doc.Published)))

			for _, p := range d.Parties {
				name := addCompany(p.Name, "", "", nil)
				if name == "" || seenParty[[2]string{id, name}] {
					continue
				}
				seenParty[[2]string{id, name}] = true
				r.parties = append(r.parties, map[string]any{"id": id, "name": name, "role": nonEmpty(p.Role)})
			}
			for _, g := range d.GPUModels {
				name := addGPU(g, "")
				if name == "" {
					continue
				}
				var count any
				if d.GPUCount != nil && len(d.GPUModels) == 1 {
					count = *d.GPUCount
				}
				if i, ok := seenInvolves[[2]string{id, name}]; ok {
					if count != nil {
						r.involves[i].(map[string]any)["count"] = count
					}
					continue
				}
				seenInvolves[[2]string{id, name}] = len(r.involves)
				r.involves = append(r.involves, map[string]any{"id": id, "name": name, "count": count})
			}
			for _, s := range d.Sites {
				key, ok := siteKeys[foldName(s)]
				if !ok {
					key = addSite(s, "", "")
				}
				if key == "" || seenLocated[[2]string{id, key}] {
					continue
				}
				seenLocated[[2]string{id, key}] = true
				r.located = append(r.located, map[string]any{"id": id, "key": key})
			}

			start, end, ok := evidenceSpan(doc.Text, d.Evidence)
			rep, seen := reports[id]
			if !seen {
				rep = map[string]any{"url": a.key, "id": id}
				reports[id] = rep
				reportOrder = append(reportOrder, id)
			}
			if ok {
				if s, had := rep["start"].(int); had {
					start, end = min(start, s), max(end, rep["end"].(int))
				}
				rep["start"], rep["end"], rep["evidence"] = start, end, doc.Text[start:end]
			}
		}
		for _, id := range reportOrder {
			r.reports = append(r.reports, reports[id])
		}
	}

	for _, name := range companyOrder {
		c := companies[name]
		aliases := make([]string, 0, len(c.aliases))
		for a := range c.aliases {
			aliases = append(aliases, a)
		}
		slices.Sort(aliases)
		r.companies = append(r.companies, map[string]any{
			"name": name, "country": nonEmpty(c.country), "wikidata": nonEmpty(c.wikidata), "aliases": aliases,
		})
	}
	for _, name := range gpuOrder {
		r.gpus = append(r.gpus, map[string]any{"name": name, "vendor": nonEmpty(gpus[name])})
	}
	for _, key := range siteOrder {
		r.sites = append(r.sites, sites[key])
	}
	for _, id := range dealOrder {
		r.deals = append(r.deals, deals[id])
	}
	return r
}

// evidenceSpan returns the byte range covering a deal's evidence spans,
// ignoring spans that do not fit the text.
func evidenceSpan(text string, spans []newsgraph.Span) (start, end int, ok bool) {
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		if !ok {
			start, end, ok = s.Start, s.End, true
			continue
		}
		start, end = min(start, s.Start), max(end, s.End)
	}
	return start, end, ok
}

// dealProps returns the properties of the Deal node for d.
func dealProps(d newsgraph.Deal, published string) map[string]any {
	p := map[string]any{
		"kind":            nonEmpty(d.Kind),
		"amount":          nil,
		"currency":        nil,
		"amount_usd":      optional(d.AmountUSD),
		"duration_months": optional(d.DurationMonths),
		"gpu_count":       optional(d.GPUCount),
		"power_mw":        optional(d.PowerMW),
		"announced":       nil,
		"confidence":      d.Confidence,
	}
	if d.Amount != nil {
		p["amount"], p["currency"] = d.Amount.Value, nonEmpty(d.Amount.Currency)
	}
	if a, ok := announcedDate(string(d.Date), published); ok {
		p["announced"] = a
	}
	return p
}

// mergeDeal folds the properties one more report gives a deal into what the
// batch already has, with the rules the loading query applies against the
// graph: the first report's value stays unless it had none, confidence is
// the highest and the announcement the earliest.
func mergeDeal(deals map[string]map[string]any, order *[]string, id string, p map[string]any) {
	old, ok := deals[id]
	if !ok {
		p["id"] = id
		deals[id] = p
		*order = append(*order, id)
		return
	}
	for k, v := range p {
		switch k {
		case "confidence":
			old[k] = max(old[k].(float64), v.(float64))
		case "announced":
			if v == nil {
				continue
			}
			if cur, ok := old[k].(dbtype.Date); !ok || time.Time(v.(dbtype.Date)).Before(time.Time(cur)) {
				old[k] = v
			}
		default:
			if old[k] == nil {
				old[k] = v
			}
		}
	}
}

// mentionTally counts an article's mentions of each node, in the order the
// nodes first appear, so that the rows written are deterministic.
type mentionTally struct {
	order  []string
	counts map[string]int
}

// add counts mentions of the node with the given key; an entity listed
// without mentions still counts once, and an empty key (an entity the
// loader refused) is ignored.
func (t *mentionTally) add(key string, mentions int) {
	if key == "" {
		return
	}
	if t.counts == nil {
		t.counts = map[string]int{}
	}
	if _, ok := t.counts[key]; !ok {
		t.order = append(t.order, key)
	}
	t.counts[key] += max(1, mentions)
}

// rows appends one MENTIONS row per node to dst, the node identified by
// keyField.
func (t *mentionTally) rows(url, keyField string, dst []any) []any {
	for _, k := range t.order {
		dst = append(dst, map[string]any{"url": url, keyField: k, "count": t.counts[k]})
	}
	return dst
}
