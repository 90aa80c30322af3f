package entity

import (
	"sort"
	"strings"
)

// PlaceMatch is one mention of a place in a text.
type PlaceMatch struct {
	Name    string // in English
	Region  string // state, province or region holding it, when known
	Country string // ISO 3166 alpha-2, when known
	// Kind is "continent", "country", "region", "city" or "campus".
	Kind  string
	Start int // byte offsets: Text == text[Start:End]
	End   int
	Text  string
	// Role is "site" when the sentence places infrastructure there, "hq" for
	// headquarters ("based in", "dont le siège est à") and "other" otherwise.
	Role string
}

// Roles of a place mention.
const (
	RoleSite  = "site"
	RoleHQ    = "hq"
	RoleOther = "other"
)

const ownedByFoundPlace = 4

// Places finds the places named in text: gazetteer places (English name,
// region, country) and named campuses, towns ("Foo, Texas") and counties found
// by pattern, each with the role its sentence gives it. Places inside company
// names ("Texas Instruments") are not places.
func (g *Gazetteer) Places(text, lang string) []PlaceMatch {
	a := g.analyse(text)
	a.lang = lang
	return a.places()
}

func (a *analysis) places() []PlaceMatch {
	g := a.g
	// Discovery first: it marks the known towns that a more specific town
	// follows ("près de Cannes, à Mougins").
	out := a.discoverPlaces()
	for n, m := range a.pl {
		p := g.places[m.a.entry]
		pm := PlaceMatch{Name: p.name, Region: p.region, Country: p.country, Kind: p.kind}
		if p.kind == "city" {
			a.qualify(m.j, &pm)
		}
		pm.Start, pm.End, pm.Text = a.span(m.i, m.j)
		i := m.i
		if (p.kind == "region" || p.kind == "country") && m.i > 0 && a.toks[m.i-1].sent == a.toks[m.i].sent &&
			regionParts[a.toks[m.i-1].fold] && a.toks[m.i-1].capitalised() && a.owner[m.i-1] == 0 {
			// "Northeast Pennsylvania", "Central Texas": a part of a region
			i = m.i - 1
			pm.Start, pm.End, pm.Text = a.span(i, m.j)
			pm.Name, pm.Region = a.toks[i].text+" "+p.name, p.name
			if p.kind == "country" {
				pm.Region = ""
			}
			pm.Kind = "region"
		}
		pm.Role = a.role(i, m.j, p.kind)
		if pm.Role == RoleSite && (a.landmarks[n] || metonymCities[fold(p.name)] && a.governmentMetonym(m.i, m.j)) {
			pm.Role = RoleOther
		}
		out = append(out, pm)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// MostSpecific drops the places that merely contain another place of the
// list: "Texas" when "Childress" (region Texas) is there, "France" when
// "Paris" is. Order is kept.
func MostSpecific(ps []PlaceMatch) []PlaceMatch {
	regions := map[string]bool{}
	countries := map[string]bool{}
	for _, p := range ps {
		if p.Region != "" {
			regions[p.Region] = true
		}
		if p.Kind != "country" && p.Kind != "continent" && p.Country != "" {
			countries[p.Country] = true
		}
	}
	var out []PlaceMatch
	for _, p := range ps {
		if p.Kind == "region" && regions[p.Name] {
			continue
		}
		if p.Kind == "country" && countries[p.Country] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// qualify reads "Columbus, Georgia", "à Childress, au Texas" or "Ulm
// (Germany)" after a town and takes the region and country written there,
// which may differ from the gazetteer's default.
func (a *analysis) qualify(j int, pm *PlaceMatch) {
	r := a.regionAfter(j)
	if r < 0 {
		return
	}
	p := a.g.places[a.pl[r].a.entry]
	if pm.Region != "" && p.name != pm.Region && a.listContinuesAfter(a.pl[r].j) {
		// "Chicago, Dallas, Ohio, Phoenix": a list of places, not Dallas
		// in Ohio
		return
	}
	switch p.kind {
	case "region":
		if p.name != pm.Region {
			pm.Region, pm.Country = p.name, p.country
		}
	case "country":
		if p.country != pm.Country {
			pm.Region, pm.Country = "", p.country
		}
	}
}

// listContinuesAfter reports another place right after token j-1, after a
// comma or a conjunction: the place before is an item of a list.
func (a *analysis) listContinuesAfter(j int) bool {
	if j+1 >= len(a.toks) || a.toks[j].sent != a.toks[j-1].sent {
		return false
	}
	switch a.toks[j].fold {
	case ",", "and", "et", "or", "ou":
		k := j + 1
		if k+1 < len(a.toks) && (a.toks[k].fold == "and" || a.toks[k].fold == "et") {
			k++
		}
		return a.placeAt[k] > 0
	}
	return false
}

// regionAfter returns the index in a.pl of a region or country written right
// after token j-1 as ", Texas", ", au Texas", " (Texas)", or -1.
func (a *analysis) regionAfter(j int) int {
	if j >= len(a.toks) || (a.toks[j].text != "," && a.toks[j].text != "(") {
		return -1
	}
	sent := a.toks[j].sent
	k := j + 1
	for n := 0; n < 2 && k < len(a.toks) && a.toks[k].sent == sent; n++ {
		f := a.toks[k].fold
		if f == "au" || f == "aux" || f == "en" || f == "dans" || f == "l" || f == "'" || f == "le" || f == "la" || f == "les" || f == "the" || f == "state" || f == "etat" {
			k++
			continue
		}
		break
	}
	if k >= len(a.toks) || a.placeAt[k] == 0 {
		return -1
	}
	r := a.placeAt[k] - 1
	switch a.g.places[a.pl[r].a.entry].kind {
	case "region", "country":
		return r
	}
	return -1
}

// role decides what the sentence says of the place at tokens [i, j).
func (a *analysis) role(i, j int, kind string) string {
	toks := a.toks
	sent := toks[i].sent
	// "headquartered in Sydney", "dont le siège est à Sydney", "basée à Paris"
	for k, n := i-1, 0; k >= 0 && n < 4 && toks[k].sent == sent; k-- {
		if !toks[k].word {
			continue
		}
		n++
		if hqBefore[toks[k].fold] {
			return RoleHQ
		}
	}
	// "Amsterdam-based", "Paris headquarters"
	if j+1 < len(toks) && toks[j].fold == "-" && (toks[j+1].fold == "based" || toks[j+1].fold == "headquartered") {
		return RoleHQ
	}
	if j < len(toks) && toks[j].sent == sent && (toks[j].fold == "headquarters" || toks[j].fold == "hq") {
		return RoleHQ
	}
	if kind == "continent" {
		return RoleOther // too vague to locate a facility
	}
	if kind == "campus" {
		return RoleSite
	}
	// "Australia's IREN", "Europe's largest", "UAE investment fund MGX"
	if a.possessiveAt(j) {
		return RoleOther
	}
	if first := &toks[i]; first.sentStart && len(first.text) > 2 && first.text == strings.ToUpper(first.text) {
		return RoleOther // a dateline: "PARIS (Reuters) -", "SYDNEY, Nov 3 -"
	}
	if a.landmarkBefore(i) {
		return RoleOther // "north of London", "à 50 km de Paris": a landmark near the site
	}
	if a.lang == "fr" && a.companyNounBefore(i) {
		return RoleHQ // "le géant de Mountain View", "le groupe de San Diego"
	}
	if i > 0 && a.toks[i-1].sent == sent && a.owner[i-1] == ownedByCompany && a.toks[i-1].capitalised() {
		return RoleOther // "GTC Paris", "Microsoft France": part of another name
	}
	if a.lang != "fr" && j < len(toks) && toks[j].sent == sent && toks[j].word && !toks[j].capitalised() && triggersEN[toks[j].fold] {
		return RoleOther // "of the U.S. chipmaker's GPUs": a nationality
	}
	if a.locativeBefore(i) && (a.infra[sent] || a.build[sent]) {
		return RoleSite // "in Texas", "au Texas", "d'Abilene", "built in Kvandal"
	}
	if !a.infra[sent] {
		return RoleOther
	}
	// Right before another word, a place may qualify it rather than locate
	// something: "the Texas site" is a site, "UAE investment fund MGX", "the
	// US chipmaker", "Texas Governor", "France 2030" are not.
	if j < len(toks) && toks[j].sent == sent && !toks[j].nlBefore {
		next := &toks[j]
		switch {
		case a.owner[j] == ownedByCompany:
			return RoleOther
		case next.word && next.capitalised() && a.owner[j] == 0 && !calendarWords[next.fold] && !a.infraWithin(j+1, 2):
			return RoleOther // "Milan Design Week", "Idaho National Laboratory"
		case next.word && len(next.text) == 4 && next.text[0] >= '1' && next.text[0] <= '2' && isDigits(next.text):
			return RoleOther // "France 2030", "Paris 2024"
		case a.lang == "fr":
			// French does not use a place name as a modifier of a noun.
		case next.word && placeModifiers[next.fold]:
			return RoleOther
		case next.word && !next.capitalised() && !infraWords[next.fold] && !afterPlaceOK[next.fold] &&
			!(next.fold == "data" && j+1 < len(toks) && infraPairs[[2]string{"data", toks[j+1].fold}]):
			return RoleOther
		}
	}
	return RoleSite
}

// infraWithin reports an infrastructure word among the n tokens from k of
// the same sentence: "the Ellendale HPC campus", "Abilene AI Factory".
func (a *analysis) infraWithin(k, n int) bool {
	for i := k; i < len(a.toks) && i < k+n && a.toks[i].sent == a.toks[k-1].sent; i++ {
		if infraWords[a.toks[i].fold] || infraTails[a.toks[i].fold] {
			return true
		}
	}
	return false
}

// foundPlace is a place name seen by a discovery pattern.
type foundPlace struct {
	i, j            int
	kind            string
	region, country string
}

func (a *analysis) discoverPlaces() []PlaceMatch {
	toks := a.toks
	var hits []foundPlace
	for k := range toks {
		t := &toks[k]
		if t.word && !t.capitalised() {
			hits = a.namedAfter(k, hits)
			hits = a.namedFacility(k, hits)
			hits = a.facilityOfName(k, hits)
			hits = a.townAfterFacility(k, hits)
		}
		if t.fold == "," {
			hits = a.placeBeforeComma(k, hits)
		}
		if t.word && t.fold == "township" && t.capitalised() && a.owner[k] == 0 {
			// "Falls Township": a town of Pennsylvania, New Jersey, Michigan…
			if i := a.runBefore(k, 2); i < k {
				fp := a.campusAt(i, k+1, k+1)
				fp.kind = "city"
				if fp.country == "" {
					fp.country = "US"
				}
				hits = append(hits, fp)
			}
		}
		if t.word && (t.fold == "county" || t.fold == "parish") && t.capitalised() {
			// "Dickens County"
			if i := a.runBefore(k, 2); i < k {
				fp := foundPlace{i: i, j: k + 1, kind: "region", country: "US"}
				if r := a.regionAfter(k + 1); r >= 0 {
					if p := a.g.places[a.pl[r].a.entry]; p.kind == "region" {
						fp.region = p.name
					}
				}
				hits = append(hits, fp)
			}
		}
	}
	// Every further mention of a discovered name, with the first one's data.
	var names [][]string
	info := map[string]foundPlace{}
	for _, h := range hits {
		if h.j <= h.i || !a.plausibleName(h.i, h.j) || !a.free(h.i, h.j) || a.compoundContinues(h.j) ||
			h.j-h.i == 1 && regionParts[toks[h.i].fold] {
			// "Northeast" alone is the start of "Northeast Pennsylvania"
			continue
		}
		words := tokenTexts(toks[h.i:h.j])
		key := strings.Join(words, " ")
		if _, ok := info[key]; !ok {
			names = append(names, words)
			info[key] = h
		}
	}
	var out []PlaceMatch
	a.occurrences(names, func(i, j, n int) {
		for k := i; k < j; k++ {
			a.owner[k] = ownedByFoundPlace
		}
		h := info[strings.Join(names[n], " ")]
		pm := PlaceMatch{Name: a.canonicalName(names[n]), Region: h.region, Country: h.country, Kind: h.kind}
		pm.Start, pm.End, pm.Text = a.span(i, j)
		pm.Role = a.role(i, j, h.kind)
		out = append(out, pm)
	})
	return out
}

// campusAt makes a campus found at tokens [i, j), taking its region and
// country from a place written soon after k ("campus in West Texas").
func (a *analysis) campusAt(i, j, k int) foundPlace {
	fp := foundPlace{i: i, j: j, kind: "campus"}
	if i >= j {
		return fp
	}
	sent := a.toks[i].sent
	for n := 0; k < len(a.toks) && n < 14 && a.toks[k].sent == sent; k, n = k+1, n+1 {
		if p := a.placeAt[k]; p > 0 {
			e := a.g.places[a.pl[p-1].a.entry]
			if e.kind == "region" || e.kind == "city" {
				fp.region = e.name
				if e.kind == "city" {
					fp.region = e.region
				}
			}
			fp.country = e.country
			break
		}
	}
	return fp
}

// appositionOfCampus reports whether the comma at k opens "a/an … campus" or
// "un … campus".
func (a *analysis) appositionOfCampus(k int) bool {
	toks := a.toks
	if k+2 >= len(toks) || !a.isWordAt(k+1, toks[k].sent, "a", "an", "un", "le") {
		return false
	}
	sent := toks[k].sent
	for i := k + 2; i < len(toks) && i <= k+9 && toks[i].sent == sent; i++ {
		t := &toks[i]
		if t.word && gapStops[t.fold] {
			return false
		}
		if t.word && (t.fold == "campus" || t.fold == "facility" || t.fold == "datacenter" || t.fold == "datacentre") {
			return true
		}
		if t.word && (t.fold == "site" || t.fold == "centre" || t.fold == "center") && a.powerOrDataWithin(i+1, 5) {
			// "Colchis, un site d'un gigawatt", "X, un centre de données"
			return true
		}
		if !t.word && t.fold != "-" && !a.inNumber(i) {
			return false
		}
	}
	return false
}

// powerOrDataWithin reports a power unit or a data-centre word among the n
// tokens from k of the same sentence.
func (a *analysis) powerOrDataWithin(k, n int) bool {
	for i := k; i < len(a.toks) && i < k+n && a.toks[i].sent == a.toks[k-1].sent; i++ {
		switch a.toks[i].fold {
		case "mw", "gw", "megawatt", "megawatts", "gigawatt", "gigawatts", "donnees", "data":
			return true
		}
	}
	return false
}

// namedAfter finds a facility named after a naming participle: "le premier
// site, baptisé Frontier", "a campus dubbed Horizon", "un centre appelé X".
func (a *analysis) namedAfter(k int, hits []foundPlace) []foundPlace {
	t := &a.toks[k]
	if !namingWords[t.fold] || k+1 >= len(a.toks) {
		return hits
	}
	facility := false
	for i := k - 1; i >= 0 && i >= k-4 && a.toks[i].sent == t.sent; i-- {
		if facilityNouns[a.toks[i].fold] {
			facility = true
			break
		}
	}
	if !facility {
		return hits
	}
	i := k + 1
	if i < len(a.toks) && (a.toks[i].fold == "\"" || a.toks[i].text == "«" || a.toks[i].text == "“") {
		i++
	}
	if j := a.runAfter(i, 3); j > i {
		hits = append(hits, a.campusAt(i, j, j))
	}
	return hits
}

// namingWords introduce a name: "baptisé", "dubbed", "called".
var namingWords = set("baptisé", "baptisée", "baptisés", "dubbed", "named", "called", "nommé", "nommée",
	"surnommé", "surnommée", "appelé", "appelée", "codenamed", "code-named")

// locativeBefore reports whether a preposition of place, perhaps with an
// article, comes before token i: "in the U.S.", "au Texas", "de l'Essonne",
// "d'Abilene".
func (a *analysis) locativeBefore(i int) bool {
	sent := a.toks[i].sent
	k := i - 1
	if k >= 0 && a.toks[k].fold == "'" {
		k--
		if a.isWordAt(k, sent, "d") {
			return true
		}
	}
	if a.isWordAt(k, sent, "the", "le", "la", "les", "l") {
		k--
	}
	if k >= 0 && a.toks[k].fold == "'" {
		k--
	}
	// "in Brazil, France and the Netherlands": a list shares its preposition.
	if k > 0 && a.toks[k].sent == sent && (a.toks[k].fold == "," || a.isWordAt(k, sent, "and", "et", "or", "ou")) {
		for p := len(a.pl) - 1; p >= 0; p-- {
			if m := a.pl[p]; m.j == k && m.i < i {
				return a.locativeBefore(m.i)
			}
		}
		return false
	}
	if a.isWordAt(k, sent, "a") {
		return a.toks[k].text != "a" && a.toks[k].text != "A" // French "à", not the English article
	}
	return a.isWordAt(k, sent, "in", "at", "near", "outside", "across", "into", "throughout", "au",
		"aux", "en", "dans", "pres", "vers", "of", "de", "du", "d", "within", "inside")
}

// infraEndsAt reports whether an infrastructure pair or triple ends at token k.
func (a *analysis) infraEndsAt(k int) bool {
	var w [3]string
	n := 0
	sent := a.toks[k].sent
	for i := k; i >= 0 && n < 3 && a.toks[i].sent == sent; i-- {
		if a.toks[i].word {
			w[2-n] = a.toks[i].fold
			n++
		}
	}
	return infraPairs[[2]string{w[1], w[2]}] || infraTriples[w]
}

// unknownTownAfter returns the token after the preposition of place that
// follows the facility noun at k within a few words ("data center de 96 MW
// à X", "campus near X"), or 0.
func (a *analysis) unknownTownAfter(k int) int {
	sent := a.toks[k].sent
	for i, n := k+1, 0; i < len(a.toks) && n < 6 && a.toks[i].sent == sent; i, n = i+1, n+1 {
		t := &a.toks[i]
		if t.word && (t.fold == "a" && t.text != "a" && t.text != "A" || t.fold == "in" || t.fold == "at" || t.fold == "near" || t.fold == "outside" || t.fold == "pres") {
			j := i + 1
			if t.fold == "pres" && a.isWordAt(j, sent, "de", "d") {
				j++
				if j < len(a.toks) && a.toks[j].fold == "'" {
					j++
				}
			}
			return j
		}
		if !t.word && t.fold != "-" && t.fold != "," && t.fold != "." {
			return 0
		}
		if t.word && t.capitalised() && t.fold != "mw" && t.fold != "gw" {
			return 0
		}
	}
	return 0
}

// facilityNouns end a named facility: "the Lake Mariner campus", "Meta's
// Hyperion data center", "its Barber Lake site".
var facilityNouns = set("campus", "campuses", "site", "facility", "datacenter", "datacentre", "center",
	"centre", "cluster", "supercomputer")

// facilityModifiers may stand between a facility's name and its noun.
var facilityModifiers = set("data", "center", "centre", "datacenter", "datacentre", "ai", "hyperscale", "gpu", "compute")

// namedFacility finds the name before a facility noun at k.
func (a *analysis) namedFacility(k int, hits []foundPlace) []foundPlace {
	t := &a.toks[k]
	if !facilityNouns[t.fold] || k == 0 {
		return hits
	}
	if (t.fold == "center" || t.fold == "centre") && !a.isWordAt(k-1, t.sent, "data") {
		return hits
	}
	end := k
	for end > 0 && a.toks[end-1].sent == t.sent && a.toks[end-1].word && facilityModifiers[a.toks[end-1].fold] {
		end--
	}
	// A campus may be numbered: "Polaris Forge 1 campus".
	nameEnd := end
	if end > 1 && len(a.toks[end-1].text) <= 2 && isDigits(a.toks[end-1].text) && a.toks[end-1].sent == t.sent {
		end--
	}
	i := a.runBefore(end, 3)
	if i == end || a.hasModelNumber(i, end) {
		return hits // "the GB200 cluster" names hardware, not a place
	}
	end = nameEnd
	// A determiner or possessive shows the name is the facility's own; a
	// campus may also be named bare ("at Helios campus") inside a sentence.
	if a.isWordAt(i-1, t.sent, "the", "its", "s", "their", "our") ||
		(t.fold == "campus" && !a.toks[i].sentStart) {
		hits = append(hits, a.campusAt(i, end, k+1))
	}
	return hits
}

// facilityOfName finds the name after a French facility noun: "le campus de
// X", "le campus X", "l'installation de Lake Mariner", "le site de X".
func (a *analysis) facilityOfName(k int, hits []foundPlace) []foundPlace {
	t := &a.toks[k]
	i := k + 1
	switch t.fold {
	case "campus":
	case "installation", "installations", "site":
		if !a.isWordAt(i, t.sent, "de", "d") {
			return hits
		}
	default:
		return hits
	}
	if a.isWordAt(i, t.sent, "de", "d") {
		i++
		if i < len(a.toks) && a.toks[i].fold == "'" {
			i++
		}
	}
	if j := a.runAfter(i, 3); j > i {
		hits = append(hits, a.campusAt(i, j, j))
	}
	return hits
}

// townAfterFacility finds an unknown town after a facility noun and a
// preposition: "un data center de 96 MW à Mougins", "a campus near Foo".
func (a *analysis) townAfterFacility(k int, hits []foundPlace) []foundPlace {
	t := &a.toks[k]
	if !infraWords[t.fold] && !(infraTails[t.fold] && a.infraEndsAt(k)) {
		return hits
	}
	i := a.unknownTownAfter(k)
	if i == 0 || i >= len(a.toks) {
		return hits
	}
	if p := a.placeAt[i]; p > 0 {
		return a.townAfterLandmark(p-1, hits)
	}
	j := a.runAfter(i, 3)
	if j == i {
		return hits
	}
	fp := foundPlace{i: i, j: j, kind: "city"}
	if r := a.regionAfter(j); r >= 0 {
		p := a.g.places[a.pl[r].a.entry]
		fp.country = p.country
		if p.kind == "region" {
			fp.region = p.name
		}
	}
	return append(hits, fp)
}

// townAfterLandmark reads "près de Cannes, à Mougins" or "near Dallas, in
// Foo": the known town of the place hit pl[n] only locates the unknown one
// written after it, which takes its region and country and is the site.
func (a *analysis) townAfterLandmark(n int, hits []foundPlace) []foundPlace {
	m := a.pl[n]
	p := a.g.places[m.a.entry]
	if p.kind != "city" || m.j+2 >= len(a.toks) || a.toks[m.j].fold != "," {
		return hits
	}
	sent := a.toks[m.i].sent
	prep := &a.toks[m.j+1]
	if prep.sent != sent || !(prep.fold == "a" && prep.text != "a" && prep.text != "A" || prep.fold == "in" || prep.fold == "at") {
		return hits
	}
	i := m.j + 2
	j := a.runAfter(i, 3)
	if j == i || a.placeAt[i] > 0 {
		return hits
	}
	if a.landmarks == nil {
		a.landmarks = map[int]bool{}
	}
	a.landmarks[n] = true
	return append(hits, foundPlace{i: i, j: j, kind: "city", region: p.region, country: p.country})
}

// governmentMetonym reports whether the capital at tokens [i, j) stands for
// its government: a political verb follows ("Washington a autorisé",
// "Beijing has banned") or it is the agent of a policy noun or participle
// ("les restrictions de Washington", "rules imposed by Beijing").
func (a *analysis) governmentMetonym(i, j int) bool {
	toks := a.toks
	sent := toks[i].sent
	// "The data center in Washington will allow…": a place of location.
	inPlace := a.isWordAt(i-1, sent, "in", "at", "au", "en", "dans", "near", "pres", "outside", "inside") ||
		a.isWordAt(i-1, sent, "a") && toks[i-1].text != "a" && toks[i-1].text != "A"
	for k, n := j, 0; !inPlace && k < len(toks) && n < 4 && toks[k].sent == sent; k, n = k+1, n+1 {
		f := toks[k].fold
		if policyWords[f] {
			return true
		}
		if !policyAux[f] {
			break
		}
	}
	k := i - 1
	if k >= 0 && toks[k].fold == "'" {
		k--
	}
	if a.isWordAt(k, sent, "by", "from", "de", "d", "par") {
		for b, n := k-1, 0; b >= 0 && n < 3 && toks[b].sent == sent; b, n = b-1, n+1 {
			if policyWords[toks[b].fold] {
				return true
			}
		}
	}
	return false
}

// placeBeforeComma finds "Helios, an 800-megawatt data center campus" and
// "in Foo, Texas" (an unknown town qualified by its state) at the comma k.
func (a *analysis) placeBeforeComma(k int, hits []foundPlace) []foundPlace {
	if a.appositionOfCampus(k) {
		if i := a.runBefore(k, 3); i < k {
			hits = append(hits, a.campusAt(i, k, k))
		}
	}
	r := a.regionAfter(k)
	if r < 0 {
		return hits
	}
	i := a.runBefore(k, 3)
	if i == k || !a.locativeBefore(i) {
		return hits
	}
	p := a.g.places[a.pl[r].a.entry]
	fp := foundPlace{i: i, j: k, kind: "city", country: p.country}
	if p.kind == "region" {
		fp.region = p.name
	}
	if last := a.toks[k-1].fold; last == "county" || last == "parish" {
		fp.kind = "region"
	}
	return append(hits, fp)
}

// hasModelNumber reports whether a word of tokens [i, j) mixes letters and
// digits, as product names do ("GB200", "H100", "MI300X").
func (a *analysis) hasModelNumber(i, j int) bool {
	for k := i; k < j; k++ {
		letters, digits := false, false
		for _, r := range a.toks[k].text {
			if r >= '0' && r <= '9' {
				digits = true
			} else {
				letters = true
			}
		}
		if letters && digits {
			return true
		}
	}
	return false
}

// landmarkBefore reports whether token i follows "north of", "50 km de",
// "à l'est de".
func (a *analysis) landmarkBefore(i int) bool {
	sent := a.toks[i].sent
	k := i - 1
	if k >= 0 && a.toks[k].fold == "'" {
		k--
	}
	return a.isWordAt(k, sent, "of", "de", "d", "from") && a.isWordAt(k-1, sent, directions...)
}

// inNumber reports whether the punctuation token k sits inside a number: "1.4", "1,4".
func (a *analysis) inNumber(k int) bool {
	t := &a.toks[k]
	if (t.fold != "." && t.fold != ",") || k == 0 || k+1 >= len(a.toks) || t.spaceAfter || a.toks[k-1].spaceAfter {
		return false
	}
	isDigit := func(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
	return isDigit(a.toks[k-1].text) && isDigit(a.toks[k+1].text)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// companyNounBefore reports a French description of a company by its home
// town ending right before token i: "le géant de Mountain View", "la
// société d'Austin", "le groupe américain de San Diego".
func (a *analysis) companyNounBefore(i int) bool {
	k := i - 1
	if k >= 0 && a.toks[k].fold == "'" {
		k--
	}
	if k < 1 || (a.toks[k].fold != "de" && a.toks[k].fold != "d") {
		return false
	}
	sent := a.toks[i].sent
	for n, m := 0, k-1; n < 2 && m >= 0 && a.toks[m].sent == sent && a.toks[m].word; n, m = n+1, m-1 {
		if companyNounsFR[a.toks[m].fold] {
			return true
		}
	}
	return false
}

// companyNounsFR are the French nouns for a company that a home town may
// follow ("le géant de Mountain View").
var companyNounsFR = set("geant", "groupe", "firme", "societe", "entreprise", "fabricant", "constructeur", "fondeur",
	"specialiste", "pepite", "champion", "operateur", "gestionnaire", "editeur", "hebergeur", "startup", "licorne")
