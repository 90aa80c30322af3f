package entity

import (
	"sort"
	"strings"
)

// CompanyMatch is one mention of a company in a text.
type CompanyMatch struct {
	Name     string // canonical
	Country  string // ISO 3166 alpha-2, when known
	Wikidata string // Q-id, when the gazetteer knows it
	Start    int    // byte offsets: Text == text[Start:End]
	End      int
	Text     string
	// Discovered is true for names found by a pattern ("la start-up française
	// X", "X Inc.") rather than by the gazetteer.
	Discovered bool
	// Outlet is true for news outlets and agencies quoted as sources
	// (Bloomberg, Reuters): callers usually drop them.
	Outlet bool
}

const ownedByDiscovery = 3

// Companies finds the companies named in text: gazetteer names (products and
// programmes such as Azure or Stargate are left out) and names that the
// patterns of discovery show to be businesses. lang is "fr" or "en"; both
// languages' patterns are tried whatever it says, since articles mix them.
func (g *Gazetteer) Companies(text, lang string) []CompanyMatch {
	a := g.analyse(text)
	a.lang = lang
	return a.companies()
}

// Entities returns what Companies and Places return, cutting the text into
// tokens once; names found as companies are not also taken for places.
func (g *Gazetteer) Entities(text, lang string) ([]CompanyMatch, []PlaceMatch) {
	a := g.analyse(text)
	a.lang = lang
	cos := a.companies()
	return cos, a.places()
}

func (a *analysis) companies() []CompanyMatch {
	g := a.g
	var out []CompanyMatch
	for _, m := range a.co {
		e := &g.companies[m.a.entry]
		if e.kind == kindProduct {
			continue
		}
		s, end, t := a.span(m.i, m.j)
		out = append(out, CompanyMatch{Name: e.info.Name, Country: e.info.Country, Wikidata: e.info.Wikidata,
			Start: s, End: end, Text: t, Outlet: e.kind == kindOutlet})
	}
	out = append(out, a.discoverCompanies()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// found is a name seen by a discovery pattern.
type found struct {
	i, j    int
	country string
}

func (a *analysis) discoverCompanies() []CompanyMatch {
	var hits []found
	add := func(i, j int, country string) {
		if a.plausibleName(i, j) {
			hits = append(hits, found{i, j, country})
		}
	}
	toks := a.toks
	for k := range toks {
		t := &toks[k]
		sent := t.sent
		switch {
		case t.word && !t.capitalised() && (triggersEN[t.fold] || a.isStartUp(k)):
			// "data-center operator X", "Bitcoin miner X", "la start-up X"
			add(k+1, a.runAfter(k+1, 3), a.nationalityBefore(k))
			if triggersFR[t.fold] || a.isStartUp(k) {
				if i := a.skipFrenchGap(k + 1); i > k+1 {
					add(i, a.runAfter(i, 3), a.nationalityBetween(k+1, i))
				}
			}
		case t.word && !t.capitalised() && (triggersFR[t.fold] || t.fold == "pousse" && a.isWordAt(k-1, sent, "jeune")):
			// "la société australienne X", "le groupe X"
			i := a.skipFrenchGap(k + 1)
			add(i, a.runAfter(i, 3), a.nationalityBetween(k+1, i))
		case t.word && !t.capitalised() && nationalities[t.fold] != "" && a.afterDeterminer(k):
			// "le néerlandais X", "l'américain Nvidia"
			add(k+1, a.runAfter(k+1, 3), nationalities[t.fold])
		case t.fold == "'" && k > 0 && a.placeAt[a.placeStartBefore(k)] > 0 && a.possessiveAt(k):
			// "Australia's X"
			p := a.g.places[a.pl[a.placeAt[a.placeStartBefore(k)]-1].a.entry]
			if p.kind == "country" && k+2 < len(toks) {
				add(k+2, a.runAfter(k+2, 3), p.country)
			}
		case t.word && t.capitalised() && firmSuffixes[t.fold] && k > 0 && a.owner[k] == 0:
			// "Andra Capital", "Sandton Capital Partners", "Orbis
			// Investments", "Foo Asset Management": the suffix is part of
			// the name.
			end, from := k+1, k
			if t.fold == "management" {
				switch {
				case managementKinds[toks[k-1].fold] && a.toks[k-1].sent == sent && toks[k-1].capitalised():
					from = k - 1 // "Foo Asset Management", "Lykos Global Management"
				case k > 1 && toks[k-1].capitalised() && !toks[k-1].sentStart && !genericTerms[toks[k-1].fold] &&
					!notFirmWords[toks[k-1].fold] && !managedThings[toks[k-1].fold] && !toks[k-2].capitalised():
					// "Atreides Management": one name word, not a thing
					// managed ("Data Management")
					if a.owner[k-1] == 0 {
						add(k-1, end, "")
					}
					continue
				default:
					continue
				}
			}
			if i := a.runBefore(from, 3); i < from && a.plausibleFirm(i, from, t.fold) {
				add(i, end, "")
			}
		case t.word && t.nameLike() && legalSuffixes[t.fold] && k > 0:
			// "X Inc.", "X SAS"
			add(a.runBefore(k, 3), k, "")
		case t.text == ",":
			// "X, a chip startup", "X, une société …"
			if a.appositionOfBusiness(k) {
				add(a.runBefore(k, 3), k, "")
			}
		case t.text == "(" && k+2 < len(toks) && stockExchanges[toks[k+1].fold] && toks[k+2].text == ":":
			// "Foo Corp (NASDAQ: FOO)": listed, so a company
			add(a.runBefore(k, 3), k, "")
		case t.fold == "based" && k > 0 && toks[k-1].fold == "-":
			// "Denver-based X", "Amsterdam-based cloud specialist X"
			i := k + 1
			for n := 0; n < 4 && i < len(toks) && toks[i].sent == sent && toks[i].word && !toks[i].capitalised() && !gapStops[toks[i].fold]; n++ {
				i++
			}
			add(i, a.runAfter(i, 3), "")
		}
	}
	// One canonical spelling per discovered name; then every mention of it.
	var names [][]string
	country := map[string]string{}
	seen := map[string]bool{}
	for _, h := range hits {
		words := tokenTexts(a.toks[h.i:h.j])
		key := strings.Join(words, " ")
		if !seen[key] {
			seen[key] = true
			names = append(names, words)
		}
		if country[key] == "" {
			country[key] = h.country
		}
	}
	var out []CompanyMatch
	a.occurrences(names, func(i, j, n int) {
		for k := i; k < j; k++ {
			a.owner[k] = ownedByDiscovery
		}
		s, e, txt := a.span(i, j)
		out = append(out, CompanyMatch{Name: a.canonicalName(names[n]), Country: country[strings.Join(names[n], " ")],
			Start: s, End: e, Text: txt, Discovered: true})
	})
	return out
}

// canonicalName writes a discovered name's words with their original spacing
// rules: "Alice & Bob", "Rolls-Royce".
func (a *analysis) canonicalName(words []string) string {
	var b strings.Builder
	for k, w := range words {
		if k > 0 && w != "-" && words[k-1] != "-" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// isStartUp reports whether token k ends "start-up" or "start up".
func (a *analysis) isStartUp(k int) bool {
	return a.toks[k].fold == "up" && k >= 2 && a.toks[k-1].fold == "-" && a.toks[k-2].fold == "start"
}

// skipFrenchGap skips the adjectives after a French trigger noun: "la
// start-up française spécialisée X" → index of X.
func (a *analysis) skipFrenchGap(i int) int {
	if i >= len(a.toks) {
		return i
	}
	sent := a.toks[i-1].sent
	for n := 0; n < 6 && i < len(a.toks); n++ {
		t := &a.toks[i]
		if t.sent != sent {
			break
		}
		if t.word && !t.capitalised() && !gapStops[t.fold] && !triggersFR[t.fold] {
			i++
			continue
		}
		// what the business makes: "l'éditeur américain de logiciels X",
		// "le spécialiste français des centres de données X"
		if (t.fold == "de" || t.fold == "des" || t.fold == "d") && n > 0 {
			k := i + 1
			if k < len(a.toks) && a.toks[k].fold == "'" {
				k++
			}
			if k < len(a.toks) && a.toks[k].sent == sent && a.toks[k].word && !a.toks[k].capitalised() && !gapStops[a.toks[k].fold] {
				i = k
				continue
			}
		}
		if t.fold == "-" && i+1 < len(a.toks) && a.toks[i+1].word && !a.toks[i+1].capitalised() {
			i++
			continue
		}
		break
	}
	return i
}

// afterDeterminer reports whether a French determiner precedes token k: "le",
// "la", "l'", "du", "au".
func (a *analysis) afterDeterminer(k int) bool {
	sent := a.toks[k].sent
	if a.isWordAt(k-1, sent, "le", "la", "du", "au") {
		return true
	}
	return k >= 2 && a.toks[k-1].fold == "'" && a.isWordAt(k-2, sent, "l")
}

// nationalityBefore looks for a demonym in the few words before a trigger:
// "French AI firm X".
func (a *analysis) nationalityBefore(k int) string {
	sent := a.toks[k].sent
	for i := k - 1; i >= 0 && i >= k-4 && a.toks[i].sent == sent; i-- {
		if c := nationalities[a.toks[i].fold]; c != "" {
			return c
		}
	}
	return ""
}

func (a *analysis) nationalityBetween(i, j int) string {
	for k := i; k < j; k++ {
		if c := nationalities[a.toks[k].fold]; c != "" {
			return c
		}
	}
	return ""
}

// placeStartBefore returns the first token of the place hit that ends just
// before token k, or k when none does.
func (a *analysis) placeStartBefore(k int) int {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if p := a.placeAt[i]; p > 0 {
			if a.pl[p-1].j == k {
				return i
			}
			return k
		}
	}
	return k
}

// appositionOfBusiness reports whether the comma at k opens "a/an … company"
// or "une/un … société".
func (a *analysis) appositionOfBusiness(k int) bool {
	toks := a.toks
	if k+2 >= len(toks) || !toks[k+1].word {
		return false
	}
	sent := toks[k].sent
	var triggers map[string]bool
	switch toks[k+1].fold {
	case "a", "an", "the":
		triggers = triggersEN
	case "une", "un", "la", "le", "l":
		triggers = triggersFR
	default:
		return false
	}
	for i := k + 2; i < len(toks) && i <= k+8 && toks[i].sent == sent; i++ {
		t := &toks[i]
		if t.word && gapStops[t.fold] {
			return false
		}
		if t.word && !t.capitalised() && (triggers[t.fold] || a.isStartUp(i)) {
			// "Altman, the company's chief" is about a person.
			return i+1 >= len(toks) || toks[i+1].fold != "'"
		}
		if !t.word && t.fold != "-" && t.fold != "'" {
			return false
		}
	}
	return false
}

// managementKinds qualify "Management" in a firm's name: "Foo Asset
// Management", "Lykos Global Management", "Bar Capital Management".
var managementKinds = set("asset", "global", "capital", "investment", "investments", "wealth", "fund", "portfolio")

// firmSuffixes end the names of investment firms and holding groups; unlike
// legal suffixes they stay in the name: "Andra Capital", "Orbis Investments".
var firmSuffixes = set("capital", "partners", "ventures", "investments", "management", "group", "fund",
	"advisors", "advisers", "equity")

// managedThings name what "X Management" departments and products manage.
var managedThings = set("data", "energy", "project", "product", "portfolio", "fleet", "supply", "power",
	"waste", "traffic", "risk", "cash", "wealth", "identity", "access", "content", "change", "quality",
	"facility", "facilities", "property", "investment", "fund", "crisis", "talent", "workforce", "thermal",
	"cloud", "network", "security", "device", "service", "services", "performance", "capacity", "cost",
	"alarm", "incident", "event", "emergency", "disaster", "inventory", "license", "patch", "configuration",
	"document", "records", "case", "customer", "vendor", "contract", "program", "programme", "operations",
	"business", "account", "brand", "reputation", "time", "money", "stress", "pain", "weight", "water",
	"land", "forest", "wildlife", "resource", "resources", "revenue", "asset", "assets", "knowledge")

// notFirmWords start capitalised phrases that end in a firm suffix without
// being a business: "Working Group", "International Monetary Fund",
// "Vision Fund" (a SoftBank fund, named with its owner).
var notFirmWords = set("working", "study", "advisory", "research", "task", "action", "focus", "peer",
	"control", "special", "interest", "pressure", "user", "users", "support", "monetary", "international",
	"national", "world", "climate", "green", "relief", "pension", "investment", "sovereign", "wealth",
	"hedge", "index", "mutual", "trust", "vision", "venture", "growth", "private", "public", "human",
	"social", "strategic", "senior", "junior", "general", "limited", "managing", "strategy", "risk",
	"asset", "seed", "series", "capital", "innovation", "infrastructure", "technology", "startup")

// plausibleFirm checks the words [i, j) before a firm suffix: the first may
// not be a common word that starts institutional or generic phrases.
func (a *analysis) plausibleFirm(i, j int, suffix string) bool {
	if notFirmWords[a.toks[i].fold] {
		return false
	}
	// "Group" and "Fund" follow too many non-business names to accept a
	// single sentence-initial word before them ("Rating Group said…").
	if (suffix == "group" || suffix == "fund") && j-i == 1 && a.toks[i].sentStart {
		return false
	}
	return true
}
