package entity

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed data/companies.tsv data/places.tsv data/profiles.tsv
var dataFS embed.FS

// Gazetteer holds the company and place lists and their token indexes. It is
// read-only after Load and therefore safe for concurrent use.
type Gazetteer struct {
	companies []companyEntry
	places    []placeEntry
	coIdx     index // companies, outlets and products
	plIdx     index // places
	// byName maps the normalised spelling of every alias to its company.
	byName map[string]int
	// regionByName maps a region's folded English name to its entry, so that
	// "Foo, Texas" can give an unknown town its region and country.
	regionByName map[string]int
	// profiles holds, by company entry, what descriptions can say of it.
	profiles map[int]profile
}

// profile is what a description ("the Santa Clara chipmaker") can be checked
// against: headquarters, sector tags and products or brands owned.
type profile struct {
	city, region string          // folded
	sectors      map[string]bool // tags such as "chipmaker", "neocloud"
	products     map[string]bool // folded product and brand names
}

// CompanyInfo is what the gazetteer knows about one company.
type CompanyInfo struct {
	Name     string // canonical
	Country  string // ISO 3166 alpha-2, or empty
	Wikidata string // Q-id, or empty
	Aliases  []string
}

type entryKind uint8

const (
	kindCompany entryKind = iota
	kindOutlet
	kindProduct
)

type companyEntry struct {
	info CompanyInfo
	kind entryKind
}

type placeEntry struct {
	name, kind, region, country string
}

// alias is one spelling of an entry, as tokens.
type alias struct {
	folds []string
	texts []string
	entry int
	exact bool // every token must be written exactly so
	amb   bool // also a common word: no capitalised neighbour ("Orange County", "Wes Cummins")
	// notFirst (with amb) also refuses the first word of a sentence, where
	// capitals say nothing: "Arm wrestling is…", "Switch to…".
	notFirst bool
	short    bool // only when the entry is also named by a full alias in the text
}

// index maps the folded first token of an alias to the aliases starting with
// it, longest first, so a lookup is one map access per token.
type index map[string][]*alias

func (ix index) add(a *alias) {
	ix[a.folds[0]] = append(ix[a.folds[0]], a)
}

func (ix index) sortLongestFirst() {
	for _, as := range ix {
		sort.SliceStable(as, func(i, j int) bool { return len(as[i].folds) > len(as[j].folds) })
	}
}

// Load parses the embedded company and place lists.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{coIdx: index{}, plIdx: index{}, byName: map[string]int{}, regionByName: map[string]int{},
		profiles: map[int]profile{}}
	if err := g.loadCompanies("data/companies.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadPlaces("data/places.tsv"); err != nil {
		return nil, err
	}
	if err := g.loadProfiles("data/profiles.tsv"); err != nil {
		return nil, err
	}
	g.coIdx.sortLongestFirst()
	g.plIdx.sortLongestFirst()
	return g, nil
}

// readTSV calls fn with the fields of every non-comment line of an embedded file.
func readTSV(path string, nfields int, fn func(line int, f []string) error) error {
	file, err := dataFS.Open(path)
	if err != nil {
		return fmt.Errorf("open gazetteer %s: %w", path, err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != nfields {
			return fmt.Errorf("gazetteer %s line %d: %d fields, want %d", path, n, len(f), nfields)
		}
		if err := fn(n, f); err != nil {
			return fmt.Errorf("gazetteer %s line %d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read gazetteer %s: %w", path, err)
	}
	return nil
}

// parseAliases turns the canonical name and the alias column into aliases,
// reading the '=', '!' and '~' prefixes.
func parseAliases(canonical, column string, entry int) ([]*alias, []string, error) {
	var out []*alias
	var plain []string
	seen := map[string]bool{}
	add := func(spec string) error {
		a := &alias{entry: entry}
		for len(spec) > 0 {
			switch spec[0] {
			case '=':
				a.exact = true
			case '!':
				a.exact, a.amb, a.notFirst = true, true, true
			case '^':
				a.exact, a.amb = true, true
			case '~':
				a.short = true
			default:
				goto done
			}
			spec = spec[1:]
		}
	done:
		if seen[spec] {
			return nil
		}
		seen[spec] = true
		for _, t := range tokenize(spec) {
			a.folds = append(a.folds, t.fold)
			a.texts = append(a.texts, t.text)
		}
		if len(a.folds) == 0 {
			return fmt.Errorf("empty alias for %q", canonical)
		}
		out = append(out, a)
		plain = append(plain, spec)
		return nil
	}
	specs := []string{}
	if column != "" {
		specs = strings.Split(column, "|")
	}
	// Aliases first, so that a prefixed spelling of the canonical name wins
	// over the plain one added afterwards.
	for _, s := range specs {
		if err := add(s); err != nil {
			return nil, nil, err
		}
	}
	if err := add(canonical); err != nil {
		return nil, nil, err
	}
	return out, plain, nil
}

func (g *Gazetteer) loadCompanies(path string) error {
	return readTSV(path, 5, func(_ int, f []string) error {
		var k entryKind
		switch f[0] {
		case "company":
			k = kindCompany
		case "outlet":
			k = kindOutlet
		case "product":
			k = kindProduct
		default:
			return fmt.Errorf("unknown kind %q", f[0])
		}
		id := len(g.companies)
		as, plain, err := parseAliases(f[1], f[4], id)
		if err != nil {
			return err
		}
		var others []string
		for _, p := range plain {
			if p != f[1] {
				others = append(others, p)
			}
		}
		g.companies = append(g.companies, companyEntry{
			info: CompanyInfo{Name: f[1], Country: f[2], Wikidata: f[3], Aliases: others},
			kind: k,
		})
		for _, a := range as {
			g.coIdx.add(a)
			if k != kindProduct {
				key := strings.Join(a.folds, " ")
				if _, dup := g.byName[key]; !dup {
					g.byName[key] = id
				}
			}
		}
		return nil
	})
}

func (g *Gazetteer) loadPlaces(path string) error {
	return readTSV(path, 5, func(_ int, f []string) error {
		switch f[0] {
		case "continent", "country", "region", "city", "campus":
		default:
			return fmt.Errorf("unknown place kind %q", f[0])
		}
		id := len(g.places)
		g.places = append(g.places, placeEntry{kind: f[0], name: f[1], region: f[2], country: f[3]})
		as, _, err := parseAliases(f[1], f[4], id)
		if err != nil {
			return err
		}
		for _, a := range as {
			g.plIdx.add(a)
		}
		if f[0] == "region" && f[2] == "" {
			g.regionByName[fold(f[1])] = id
		}
		return nil
	})
}

func (g *Gazetteer) loadProfiles(path string) error {
	return readTSV(path, 5, func(_ int, f []string) error {
		id, ok := g.byName[foldName(f[0])]
		if !ok || g.companies[id].info.Name != f[0] {
			return fmt.Errorf("profile of %q: no such company in companies.tsv", f[0])
		}
		p := profile{city: foldName(f[1]), region: foldName(f[2]), sectors: map[string]bool{}, products: map[string]bool{}}
		for _, s := range strings.Split(f[3], ",") {
			if s = strings.TrimSpace(s); s != "" {
				p.sectors[s] = true
			}
		}
		for _, s := range strings.Split(f[4], "|") {
			if s != "" {
				p.products[foldName(s)] = true
			}
		}
		g.profiles[id] = p
		return nil
	})
}

// foldName returns the lookup key of a name: its folded tokens joined by spaces.
func foldName(name string) string {
	var b strings.Builder
	for k, t := range tokenize(name) {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.fold)
	}
	return b.String()
}

// Company looks a company up by any of its spellings (case and accents are
// ignored). Products are not companies.
func (g *Gazetteer) Company(name string) (CompanyInfo, bool) {
	id, ok := g.byName[foldName(name)]
	if !ok {
		return CompanyInfo{}, false
	}
	info := g.companies[id].info
	info.Aliases = append([]string(nil), info.Aliases...)
	return info, true
}

// match is a gazetteer hit: alias a covers tokens [i, j).
type match struct {
	a    *alias
	i, j int
}

// longest returns the longest alias of ix that the tokens at i spell, or nil.
func (ix index) longest(toks []token, i int) *alias {
	cands := ix[toks[i].fold]
	for _, a := range cands {
		if a.matches(toks, i) {
			return a
		}
	}
	return nil
}

func (a *alias) matches(toks []token, i int) bool {
	n := len(a.folds)
	if i+n > len(toks) {
		return false
	}
	sent := toks[i].sent
	for k := 0; k < n; k++ {
		t := &toks[i+k]
		if t.fold != a.folds[k] || t.sent != sent {
			return false
		}
		if k > 0 && t.nlBefore {
			return false
		}
		if a.exact && t.word && t.text != a.texts[k] {
			return false
		}
	}
	first := &toks[i]
	if !a.exact && !first.nameLike() && first.text != a.texts[0] {
		return false
	}
	// "BT-7274", "HP-35": a model number, not the company.
	if i+n+1 < len(toks) && toks[i+n].fold == "-" && !toks[i+n-1].spaceAfter && !toks[i+n].spaceAfter {
		if r := toks[i+n+1].text[0]; r >= '0' && r <= '9' {
			return false
		}
	}
	if a.amb {
		if a.notFirst && first.sentStart {
			return false
		}
		// a month, a weekday or a sentence-opening "In" next to the name
		// is no part of a longer name: "In May Humain agreed"
		if i > 0 && toks[i-1].word && toks[i-1].sent == sent && toks[i-1].capitalised() && !calendarWords[toks[i-1].fold] &&
			!(toks[i-1].sentStart && openingWords[toks[i-1].fold]) {
			return false
		}
		if i+n < len(toks) && toks[i+n].word && toks[i+n].sent == sent && toks[i+n].capitalised() && !calendarWords[toks[i+n].fold] {
			return false
		}
	}
	return true
}

// scan finds the gazetteer hits of ix in toks, longest match first, left to right.
func (ix index) scan(toks []token) []match {
	var out []match
	for i := 0; i < len(toks); {
		if toks[i].word {
			if a := ix.longest(toks, i); a != nil {
				out = append(out, match{a: a, i: i, j: i + len(a.folds)})
				i += len(a.folds)
				continue
			}
		}
		i++
	}
	return out
}
