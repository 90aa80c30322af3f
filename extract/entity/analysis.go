package entity

import (
	"sort"
	"strings"
)

// analysis is one text cut into tokens with its gazetteer hits, shared by the
// company and place finders.
type analysis struct {
	g    *Gazetteer
	text string
	lang string // "fr", "en" or empty: set by the caller when it matters
	toks []token
	co   []match // companies, outlets and products
	pl   []match // places, without those inside a company name
	// owner[k] says what covers token k: 0 nothing, 1 a company-list hit,
	// 2 a place-list hit.
	owner []uint8
	// placeAt[k] is the index in pl of the hit starting at token k, plus one.
	placeAt []int
	infra   []bool // per sentence: it speaks of infrastructure
	build   []bool // per sentence: it speaks of building, deploying or investing
	// landmarks holds the indexes in pl of known towns that only locate a
	// more specific one written after them ("près de Cannes, à Mougins").
	landmarks map[int]bool
}

const (
	ownedByCompany = 1
	ownedByPlace   = 2
)

func (g *Gazetteer) analyse(text string) *analysis {
	a := &analysis{g: g, text: text, toks: tokenize(text)}
	a.owner = make([]uint8, len(a.toks))
	a.placeAt = make([]int, len(a.toks))

	co := g.coIdx.scan(a.toks)
	// A short alias ("Dell", "Galaxy") counts only when the full name appears.
	full := map[int]bool{}
	for _, m := range co {
		if !m.a.short {
			full[m.a.entry] = true
		}
	}
	for _, m := range co {
		if m.a.short && !full[m.a.entry] {
			continue
		}
		a.co = append(a.co, m)
		for k := m.i; k < m.j; k++ {
			a.owner[k] = ownedByCompany
		}
	}
	for _, m := range g.plIdx.scan(a.toks) {
		if a.overlaps(m.i, m.j, ownedByCompany) {
			continue // "Texas Instruments", "Bank of America", "Washington Post"
		}
		if m.j < len(a.toks) && a.toks[m.j].text == "$" && !a.toks[m.j-1].spaceAfter {
			continue // "US$3 billion" is a currency
		}
		if m.i > 0 && a.toks[m.i-1].sent == a.toks[m.i].sent && placePrefixes[a.toks[m.i-1].text] {
			continue // "New Orleans" is not Orléans, "San Jose" not "Jose"
		}
		if a.compoundContinues(m.j) {
			continue // "Saint-Ouen-l'Aumône" is not Saint-Ouen
		}
		a.pl = append(a.pl, m)
		a.placeAt[m.i] = len(a.pl)
		for k := m.i; k < m.j; k++ {
			a.owner[k] = ownedByPlace
		}
	}
	a.markInfraSentences()
	return a
}

func (a *analysis) overlaps(i, j int, who uint8) bool {
	for k := i; k < j; k++ {
		if a.owner[k] == who {
			return true
		}
	}
	return false
}

func (a *analysis) free(i, j int) bool {
	for k := i; k < j; k++ {
		if a.owner[k] != 0 {
			return false
		}
	}
	return true
}

func (a *analysis) markInfraSentences() {
	n := 0
	if len(a.toks) > 0 {
		n = a.toks[len(a.toks)-1].sent + 1
	}
	a.infra = make([]bool, n)
	a.build = make([]bool, n)
	var w [3]string // last three words of the sentence, newest last
	sent := -1
	for k := range a.toks {
		t := &a.toks[k]
		if t.sent != sent {
			sent, w = t.sent, [3]string{}
		}
		if !t.word {
			continue
		}
		w[0], w[1], w[2] = w[1], w[2], t.fold
		if buildWords[t.fold] {
			a.build[t.sent] = true
		}
		if infraWords[t.fold] || infraTails[t.fold] && (infraPairs[[2]string{w[1], w[2]}] || infraTriples[w]) {
			a.infra[t.sent] = true
		}
	}
}

// span returns the text of tokens [i, j).
func (a *analysis) span(i, j int) (start, end int, s string) {
	start, end = a.toks[i].start, a.toks[j-1].end
	return start, end, a.text[start:end]
}

// isConnector reports whether token k joins two name words: "Alice & Bob",
// "Rolls-Royce" (a hyphen written without spaces).
func (a *analysis) isConnector(k int) bool {
	t := &a.toks[k]
	switch t.fold {
	case "&":
		return true
	case "-":
		return k > 0 && !a.toks[k-1].spaceAfter && !t.spaceAfter
	}
	return false
}

// nameWord reports whether token k may belong to a discovered name. inner
// words may be generic terms: "Nexgen Cloud", "Together AI".
func (a *analysis) nameWord(k int, inner bool) bool {
	t := &a.toks[k]
	if !t.word || !t.nameLike() || a.owner[k] != 0 || legalSuffixes[t.fold] {
		return false
	}
	return !notNames[t.fold] || inner && genericTerms[t.fold]
}

// runAfter returns the end of the name that starts at token i (at most max
// words), or i when there is none.
func (a *analysis) runAfter(i, max int) int {
	if i >= len(a.toks) || !a.nameWord(i, false) || a.toks[i].nlBefore || (i > 0 && a.toks[i-1].sent != a.toks[i].sent) {
		return i
	}
	sent := a.toks[i].sent
	j, words := i+1, 1
	for j < len(a.toks) && words < max {
		t := &a.toks[j]
		if t.sent != sent || t.nlBefore {
			break
		}
		if a.nameWord(j, true) {
			j++
			words++
			continue
		}
		if a.isConnector(j) && j+1 < len(a.toks) && a.toks[j+1].sent == sent && a.nameWord(j+1, true) {
			j += 2
			words++
			continue
		}
		break
	}
	return j
}

// runBefore returns the start of the name that ends just before token j (at
// most max words), or j when there is none.
func (a *analysis) runBefore(j, max int) int {
	if j == 0 || !a.nameWord(j-1, true) {
		return j
	}
	sent := a.toks[j-1].sent
	i, words := j-1, 1
	for i > 0 && words < max {
		t := &a.toks[i-1]
		if t.sent != sent || a.toks[i].nlBefore {
			break
		}
		if a.nameWord(i-1, true) && !a.afterGluedApostrophe(i-1) {
			i--
			words++
			continue
		}
		if i >= 2 && a.isConnector(i-1) && a.toks[i-2].sent == sent && a.nameWord(i-2, true) {
			i -= 2
			words++
			continue
		}
		break
	}
	// The first word may not be a generic term: "Cloud" alone is no name.
	for i < j && !a.nameWord(i, false) {
		i++
		if i < j && a.isConnector(i) {
			i++
		}
	}
	if j-i == 1 && genericTerms[a.toks[i].fold] {
		// "… IP Group, a maker of": a lone "Group" is what is left of a
		// name the run could not read
		return j
	}
	return i
}

// afterGluedApostrophe reports whether token k is the "s" of "LOWE'S".
func (a *analysis) afterGluedApostrophe(k int) bool {
	return k > 0 && a.toks[k-1].fold == "'" && !a.toks[k-1].spaceAfter && a.toks[k].fold == "s"
}

// plausibleName rejects runs that are not names even though capitalised.
func (a *analysis) plausibleName(i, j int) bool {
	if j <= i || a.afterGluedApostrophe(i) {
		return false
	}
	first := &a.toks[i]
	if _, ok := nationalities[first.fold]; ok {
		return false
	}
	words, caps := 0, 0
	for k := i; k < j; k++ {
		if a.toks[k].word {
			words++
			if a.toks[k].text == strings.ToUpper(a.toks[k].text) {
				caps++
			}
		}
	}
	if words > 1 && (caps == words || firstNames[first.fold]) {
		return false // "HOME DEPOT" in a stock table; "Joe Biden"
	}
	// Nor is the tail of a longer capitalised name: "Compute" in "Borealis
	// Compute Ltd" when Borealis is a gazetteer name.
	if i > 0 {
		if p := &a.toks[i-1]; p.sent == first.sent && p.capitalised() && (a.owner[i-1] != 0 || !notNames[p.fold]) {
			return false
		}
	}
	// A name cut short by a capitalised word it may not hold ("Communist"
	// before "Party", "Supreme" before "Court") is not a name at all.
	if j < len(a.toks) && a.toks[j].sent == a.toks[i].sent && !a.toks[j].nlBefore && a.toks[j].word &&
		a.toks[j].capitalised() && !legalSuffixes[a.toks[j].fold] && a.owner[j] == 0 {
		return false
	}
	letters := 0
	for k := i; k < j; k++ {
		for _, r := range a.toks[k].text {
			if r > '9' {
				letters++
			}
		}
	}
	if letters < 2 {
		return false
	}
	return true
}

// isWordAt reports whether token k exists, is in sentence sent and folds to one of words.
func (a *analysis) isWordAt(k, sent int, words ...string) bool {
	if k < 0 || k >= len(a.toks) || a.toks[k].sent != sent {
		return false
	}
	for _, w := range words {
		if a.toks[k].fold == w {
			return true
		}
	}
	return false
}

// possessiveAt reports whether tokens k, k+1 are "'s" (or a bare "'" after a
// word ending in s).
func (a *analysis) possessiveAt(k int) bool {
	if k >= len(a.toks) || a.toks[k].fold != "'" || a.toks[k-1].spaceAfter {
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].fold == "s" && !a.toks[k].spaceAfter {
		return true
	}
	return a.toks[k].spaceAfter
}

// occurrences finds every further place where one of names (as token texts)
// is written, in free tokens, longest names first, and calls add for each.
func (a *analysis) occurrences(names [][]string, add func(i, j int, n int)) {
	order := make([]int, len(names))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(x, y int) bool { return len(names[order[x]]) > len(names[order[y]]) })
	for _, n := range order {
		words := names[n]
		for i := 0; i+len(words) <= len(a.toks); i++ {
			ok := true
			for k, w := range words {
				t := &a.toks[i+k]
				if t.text != w || a.owner[i+k] != 0 || t.sent != a.toks[i].sent {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			// Not in the middle of a longer name: "Foo" is not in "Foo Bar".
			if i > 0 && a.toks[i-1].sent == a.toks[i].sent && a.nameWord(i-1, true) && !a.toks[i].sentStart {
				continue
			}
			add(i, i+len(words), n)
		}
	}
}

func tokenTexts(toks []token) []string {
	out := make([]string, len(toks))
	for k := range toks {
		out[k] = toks[k].text
	}
	return out
}

// compoundContinues reports whether a hyphen glued at token j carries a
// place name on ("Saint-Ouen-l'Aumône", "Paris-Saclay") rather than a
// suffix ("New Jersey-based").
func (a *analysis) compoundContinues(j int) bool {
	if j+1 >= len(a.toks) || a.toks[j].fold != "-" || a.toks[j-1].spaceAfter || a.toks[j].spaceAfter {
		return false
	}
	next := &a.toks[j+1]
	return next.capitalised() || placeParticles[next.fold]
}
