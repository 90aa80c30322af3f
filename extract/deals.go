package extract

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// span is a byte range of the document text.
type span struct{ start, end int }

// companyRef is one mention of a company by canonical name.
type companyRef struct {
	name string
	span
}

// gpuRef is one mention of an accelerator model.
type gpuRef struct {
	name, vendor string
	span
}

// numRef is a number found in the text (MW, chip count, months).
type numRef struct {
	value float64
	span
}

// siteRef is one mention of an infrastructure site.
type siteRef struct {
	name string
	span
}

// facts are the mentions a document's deals are assembled from.
type facts struct {
	text, lang, published string
	sentences             []text.Sentence
	companies             []companyRef // sorted by start, outlets removed
	gpus                  []gpuRef
	amounts               []newsgraph.Amount
	power                 []numRef
	counts                []numRef
	durations             []numRef
	sites                 []siteRef
	dates                 []newsgraph.Date
	// mainSites are the site the article is about, when one dominates, and
	// the places named with it ("Polaris Forge 1 campus in Ellendale").
	mainSites []string
	// toUSD converts an amount at a month (YYYY-MM); nil leaves USD only.
	toUSD func(value float64, currency, month string) (float64, bool)
}

// dealBuilder is a deal while it is being assembled.
type dealBuilder struct {
	parties  []string
	roles    map[string]string
	kind     string
	amount   *newsgraph.Amount
	months   *float64
	count    *float64
	power    *float64
	gpus     []string
	sites    []string
	date     string
	evidence []span
	// explicit counts the sentences that state the deal with both parties.
	explicit     int
	inferred     bool
	expansion    bool
	rolesDecided bool
	defaultKind  bool
	attrs        int
	// lastSentence is the index of the last sentence that spoke of it.
	lastSentence int
}

// sentenceInfo is a sentence with its lower-cased words and the mentions it holds.
type sentenceInfo struct {
	span
	low       string
	words     []text.Token // absolute offsets, lower-case text
	companies []companyRef
	vendors   map[int]bool // mentions (by start) naming the maker of hardware
	refs      []span
	ref       bool
	weakRef   bool
	pronoun   bool
	index     int
}

// assembler walks the sentences in order, keeping the discourse state
// (last deal, last subject, last coordinated group) that referring
// sentences need.
type assembler struct {
	f           *facts
	deals       []*dealBuilder
	last        *dealBuilder
	lastSubject string
	lastGroup   []string
	groupAge    int
	prevTouched bool
	focus       string
}

func (f *facts) deals() []newsgraph.Deal {
	a := &assembler{f: f, focus: focusCompany(f.companies)}
	for i := range f.sentences {
		si := a.info(f.sentences[i])
		si.index = i
		a.sentence(si)
	}
	out := make([]newsgraph.Deal, 0, len(a.deals))
	for _, d := range a.deals {
		out = append(out, a.finish(d))
	}
	return out
}

// focusCompany is the company the article is mostly about: the unique most
// mentioned one, named at least three times.
func focusCompany(cs []companyRef) string {
	n := map[string]int{}
	for _, c := range cs {
		n[c.name]++
	}
	best, bestN, tie := "", 0, false
	for name, k := range n {
		switch {
		case k > bestN:
			best, bestN, tie = name, k, false
		case k == bestN:
			tie = true
		}
	}
	if tie || bestN < 3 {
		return ""
	}
	return best
}

func (a *assembler) info(s text.Sentence) *sentenceInfo {
	si := &sentenceInfo{span: span{s.Start, s.End}, low: lowerSameLen(s.Text)}
	for _, w := range text.Words(si.low) {
		si.words = append(si.words, text.Token{Start: w.Start + s.Start, End: w.End + s.Start, Text: w.Text})
	}
	for _, c := range a.f.companies {
		if c.start >= s.Start && c.end <= s.End {
			si.companies = append(si.companies, c)
		}
	}
	si.vendors = a.vendors(si)
	si.refs, si.weakRef = refSpans(si.words)
	si.ref = len(si.refs) > 0
	si.pronoun = pronounStart.MatchString(s.Text)
	return si
}

// vendors finds companies named as the maker of the hardware in this
// sentence: "Nvidia GB300", "GB300 de Nvidia", "Nvidia's latest chips".
func (a *assembler) vendors(si *sentenceInfo) map[int]bool {
	out := map[int]bool{}
	gpuVendor := map[string]bool{}
	for _, g := range a.f.gpus {
		gpuVendor[g.vendor] = true
	}
	for _, c := range si.companies {
		if !chipMakers[c.name] && !gpuVendor[c.name] {
			continue
		}
		// index of the first word after / before the mention
		after, before := -1, -1
		for k, w := range si.words {
			if w.Start >= c.end && after < 0 {
				after = k
			}
			if w.End <= c.start {
				before = k
			}
		}
		hw := func(k int) bool {
			w := si.words[k]
			return chipWords[w.Text] || a.gpuAt(w.Start)
		}
		// after the name: "Nvidia GB300", "Nvidia H100 GPUs", or after a
		// possessive "Nvidia's latest GB200 chips"; before it: "puces d'IA
		// de Nvidia", "GB300 de Nvidia", "chips from AMD"
		found := false
		reach := 0
		if possessive(a.f.text, c.end) {
			reach = 6
		}
		for k := after; k >= 0 && k < len(si.words) && k <= after+reach && !found; k++ {
			if hw(k) {
				found = true
			}
			if a.companyAt(si, si.words[k].Start) || stopWords[si.words[k].Text] {
				break
			}
		}
		if !found && before >= 0 && hw(before) {
			// "100 000 GPU Nvidia", "puces Nvidia"
			found = true
		}
		if !found && before >= 0 {
			p := si.words[before].Text
			if p == "de" || p == "d’" || p == "d'" || p == "from" || p == "by" || p == "par" || p == "of" {
				for k := before - 1; k >= 0 && k >= before-4; k-- {
					if hw(k) {
						found = true
						break
					}
					if stopWords[si.words[k].Text] {
						break
					}
				}
			}
		}
		if found {
			out[c.start] = true
		}
	}
	return out
}

// refSpans finds the definite references to a deal among a sentence's
// words: "the five-year contract" but not "the chips from Nvidia and lease".
// It also reports weak references ("the campus", "le projet").
func refSpans(words []text.Token) (spans []span, weak bool) {
	for i, w := range words {
		en, fr := refNounsEN[w.Text], refNounsFR[w.Text]
		wen, wfr := weakNounsEN[w.Text], weakNounsFR[w.Text]
		if !en && !fr && !wen && !wfr {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			d := words[k].Text
			frDet := refDetFR[d] && (k == i-1 || k == i-2 && (words[k+1].Text == "première" || words[k+1].Text == "premier"))
			if (fr || wfr) && frDet || (en && refDetEN[d]) || (wen && weakDetEN[d] && k >= i-3) {
				if en || fr {
					spans = append(spans, span{words[k].Start, w.End})
				} else {
					weak = true
				}
				break
			}
			if stopWords[d] || phraseBreak[d] || refNounsEN[d] {
				break
			}
		}
	}
	return spans, weak
}

// phraseBreak are words that cannot sit inside the noun phrase of a reference.
var phraseBreak = map[string]bool{"from": true, "or": true, "of": true, "by": true, "on": true,
	"at": true, "that": false, "ou": true, "de": true, "sur": true, "par": true}

// stopWords end the noun phrase around a hardware maker's name.
var stopWords = map[string]bool{"as": true, "in": true, "to": true, "for": true, "with": true,
	"and": true, "et": true, "à": true, "pour": true, "avec": true, "dans": true, "is": true,
	"are": true, "was": true, "will": true, "has": true, "est": true, "a": true, "sera": true}

// possessive reports "'s" or "’s" right after a name.
func possessive(txt string, end int) bool {
	return strings.HasPrefix(txt[end:], "'s") || strings.HasPrefix(txt[end:], "’s")
}

func (a *assembler) gpuAt(pos int) bool {
	for _, g := range a.f.gpus {
		if pos >= g.start && pos < g.end {
			return true
		}
	}
	return false
}

func (a *assembler) companyAt(si *sentenceInfo, pos int) bool {
	for _, c := range si.companies {
		if pos >= c.start && pos < c.end {
			return true
		}
	}
	return false
}

// lowerSameLen lower-cases s rune by rune, keeping a rune whose lower case
// has another byte length, so that offsets stay valid.
func lowerSameLen(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		l := []rune(strings.ToLower(string(r)))
		if len(l) == 1 && utf8.RuneLen(l[0]) == sz {
			utf8.EncodeRune(b[i:], l[0])
		}
		i += sz
	}
	return string(b)
}

// trig is a trigger found in a clause.
type trig struct {
	trigger
	word     text.Token
	definite bool
}

// clause is a part of a sentence with its own deal: "Oracle would buy chips
// and lease the capacity to OpenAI" holds two.
type clause struct {
	span
	triggers []trig
}

// inName reports a capitalised noun after a capitalised word in the
// middle of a sentence: part of a name ("AI Infrastructure Partnership"),
// not a deal.
func inName(txt string, prev, w text.Token) bool {
	r, _ := utf8.DecodeRuneInString(txt[w.Start:])
	p, _ := utf8.DecodeRuneInString(txt[prev.Start:])
	return unicode.IsUpper(r) && unicode.IsUpper(p) && !strings.Contains(txt[prev.End:w.Start], "\n")
}

// becomes reports a verb of becoming among the words before a role noun.
func becomes(ws []text.Token) bool {
	for _, w := range ws {
		switch w.Text {
		case "devient", "deviendra", "devenu", "devenir", "become", "becomes", "became":
			return true
		}
	}
	return false
}

// negatable are the trigger words notTrigger can rule out; the regexp runs
// only on sentences that hold one.
var negatable = set("investment", "investissement", "deal", "accord", "debt", "venture", "commandes", "order", "orders",
	"partnership", "partenariat", "coentreprise")

var clauseSplit = []string{";", ", and ", " and ", ", et ", " et ", ", while ", ", but ", ", mais ", " tandis qu", ", whereas ", ", alors qu"}

// hardSplit separators always end a clause, whether or not both sides
// hold a trigger.
var hardSplit = map[string]bool{";": true, ", while ": true, " tandis qu": true, ", whereas ": true, ", alors qu": true}

func (a *assembler) clauses(si *sentenceInfo) []clause {
	var ts []trig
	refs := si.refs
	var skips [][]int
	for _, w := range si.words {
		if negatable[w.Text] {
			skips = notTrigger.FindAllStringIndex(si.low, -1)
			break
		}
	}
	for k, w := range si.words {
		t, ok := triggers[w.Text]
		if !ok || !t.verb && k > 0 && inName(a.f.text, si.words[k-1], w) {
			continue
		}
		if (w.Text == "actionnaire" || w.Text == "shareholder") && !becomes(si.words[max(0, k-4):k]) {
			// "MGX, actionnaire de G42," describes; "devient actionnaire" reports
			continue
		}
		skip := false
		for _, r := range skips {
			if w.Start-si.start >= r[0] && w.End-si.start <= r[1] {
				skip = true
			}
		}
		if skip {
			continue
		}
		def := false
		for _, r := range refs {
			if !t.verb && w.Start >= r.start && w.End <= r.end {
				def = true
			}
		}
		ts = append(ts, trig{trigger: t, word: w, definite: def})
	}
	for _, m := range a.f.amounts {
		if m.Start >= si.start && m.End <= si.end && chipsFor.MatchString(a.f.text[m.End:si.end]) {
			w := text.Token{Start: m.Start, End: m.End, Text: strings.ToLower(m.Text)}
			ts = append(ts, trig{trigger: trigger{kind: kindPurchase, verb: true, chips: true}, word: w})
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].word.Start < ts[j].word.Start })
	if len(ts) == 0 {
		return nil
	}
	// split points between two triggers
	var cuts []int
	hard := map[int]bool{}
	for _, sep := range clauseSplit {
		from := 0
		for {
			k := strings.Index(si.low[from:], sep)
			if k < 0 {
				break
			}
			cuts = append(cuts, si.start+from+k)
			if hardSplit[sep] {
				hard[si.start+from+k] = true
			}
			from += k + len(sep)
		}
	}
	sort.Ints(cuts)
	out := []clause{{span: span{si.start, si.end}}}
	for _, c := range cuts {
		cur := &out[len(out)-1]
		if hard[c] && c > cur.start {
			end := cur.end
			cur.end = c
			out = append(out, clause{span: span{c, end}})
			continue
		}
		left, right := 0, 0
		for _, t := range ts {
			if t.word.Start >= cur.start && t.word.Start < c {
				left++
			} else if t.word.Start >= c {
				right++
			}
		}
		if left > 0 && right > 0 && !a.companyBetweenOnly(si, cur.start, c) {
			end := cur.end
			cur.end = c
			out = append(out, clause{span: span{c, end}})
		}
	}
	for i := range out {
		for _, t := range ts {
			if t.word.Start >= out[i].start && t.word.Start < out[i].end {
				out[i].triggers = append(out[i].triggers, t)
			}
		}
	}
	return out
}

// companyBetweenOnly reports a cut that would only separate coordinated
// companies ("Crusoe and Blue Owl"): a company ends at the cut and another
// starts right after the conjunction.
func (a *assembler) companyBetweenOnly(si *sentenceInfo, from, cut int) bool {
	endsAt := false
	for _, c := range si.companies {
		if c.end <= cut && c.end >= cut-1 {
			endsAt = true
		}
	}
	if !endsAt {
		return false
	}
	rest := a.f.text[cut:si.end]
	k := strings.IndexFunc(strings.TrimLeft(rest, ",;"), func(r rune) bool { return r != ' ' })
	if k < 0 {
		return false
	}
	// skip the conjunction itself
	after := cut + len(rest) - len(strings.TrimLeft(rest, ",; "))
	if sp := strings.IndexByte(a.f.text[after:si.end], ' '); sp >= 0 {
		after += sp + 1
	}
	for _, c := range si.companies {
		if c.start >= after && c.start <= after+1 {
			// "… with IREN and OpenAI signed a deal": a new subject
			return !a.verbFollows(si, c.end)
		}
	}
	return false
}

// verbFollows reports a trigger verb within three words after pos.
func (a *assembler) verbFollows(si *sentenceInfo, pos int) bool {
	n := 0
	for _, w := range si.words {
		if w.Start < pos {
			continue
		}
		if t, ok := triggers[w.Text]; ok && t.verb {
			return true
		}
		if n++; n >= 3 {
			break
		}
	}
	return false
}

// mayExpand is a cheap test for the words of expansionWord and newExpansion.
func mayExpand(low string) bool {
	return strings.Contains(low, "expan") || strings.Contains(low, "exten") || strings.Contains(low, "option")
}

// nonPartyCue is a cheap test for the words nonPartyBefore looks for, so
// that the regexp runs only where it can match.
func nonPartyCue(before string) bool {
	low := strings.ToLower(before)
	for _, w := range []string{"rival", "rivaux", "concurren", "compet", "ceo", "cfo", "pdg", "directeur", "chief", "according", "selon", "like", "such as", "comme", "by", "par", "propriété", "filiale", "subsidiary", "unit of"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// listGap reports the separator of a list of names: ", ", " and ", " et ".
func listGap(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case ",", "and", "et", "ou", "or", ", and", ", et":
		return true
	}
	return false
}

// candidate is a company that may be a party in a clause.
type candidate struct {
	companyRef
	vendor bool
}

func (a *assembler) candidates(si *sentenceInfo, cl span) (parties []candidate, vendors []candidate) {
	seen := map[string]bool{}
	lastExcluded := -1
	for _, c := range si.companies {
		if c.start < cl.start || c.end > cl.end || seen[c.name] {
			continue
		}
		lo := max(si.start, c.start-60)
		if nonPartyCue(a.f.text[lo:c.start]) && nonPartyBefore.MatchString(a.f.text[lo:c.start]) || nonPartyAfter.MatchString(a.f.text[c.end:min(si.end, c.end+30)]) ||
			(lastExcluded >= 0 && listGap(a.f.text[lastExcluded:c.start])) {
			// "competing with OpenAI, Google and Anthropic": the whole list
			lastExcluded = c.end
			continue
		}
		if si.vendors[c.start] {
			vendors = append(vendors, candidate{c, true})
			continue
		}
		seen[c.name] = true
		parties = append(parties, candidate{companyRef: c})
	}
	// a company also named elsewhere in the clause as a party is not a vendor
	var vs []candidate
	for _, v := range vendors {
		if !seen[v.name] {
			seen[v.name] = true
			vs = append(vs, v)
		}
	}
	return parties, vs
}

func (a *assembler) sentence(si *sentenceInfo) {
	touched := false
	cls := a.clauses(si)
	prevSubject := ""
	for ci, cl := range cls {
		if len(cl.triggers) == 0 || talks.MatchString(a.f.text[cl.start:cl.end]) ||
			hedge.MatchString(a.f.text[si.start:si.end]) && attributed.MatchString(a.f.text[si.start:si.end]) {
			// negotiations, and what a source says "could" happen
			continue
		}
		parties, vendors := a.candidates(si, cl.span)
		kind := a.kindOf(si, cl)
		allDefinite := true
		for _, t := range cl.triggers {
			if !t.definite {
				allDefinite = false
			}
		}
		var groups [][]string
		var anchors []int
		guessed := false
		if len(vendors) > 0 && len(parties) >= 1 && onlyChips(cl) {
			// money spent on a maker's chips: the maker sells, whoever
			// else is named ("un projet d'OpenAI") is context
			kind = kindPurchase
			groups = [][]string{{parties[0].name, vendors[0].name}}
		} else {
			groups, anchors = a.pair(si, cl, parties, kind, allDefinite)
		}
		if len(groups) == 0 && len(parties) <= 1 {
			// a purchase of a maker's chips: the maker sells
			if len(vendors) > 0 && len(parties) == 1 && buys(cl) {
				kind = kindPurchase
				groups = [][]string{{parties[0].name, vendors[0].name}}
			} else if len(vendors) > 0 && len(parties) == 0 && buys(cl) && ci > 0 && prevSubject != "" {
				// "… et prévoit d'installer 400 000 puces de Nvidia, un achat"
				kind = kindPurchase
				groups = [][]string{{prevSubject, vendors[0].name}}
			} else if len(parties) == 1 && (!allDefinite || a.linked(si, cl, parties[0])) {
				if g, guess := a.counterpart(si, cl, ci, parties[0].name, prevSubject); len(g) > 1 {
					groups = [][]string{g}
					guessed = guess
				} else if len(vendors) > 0 && !allDefinite && !onlySupply(cl) {
					// "expand its use of Google's TPUs … in a deal": with
					// no one else named, the maker is the counterparty
					groups = [][]string{{parties[0].name, vendors[0].name}}
				}
			}
		}
		for i, g := range groups {
			anchor := -1
			if i < len(anchors) {
				anchor = anchors[i]
			}
			d := a.add(si, cl, g, kind, anchor, guessed)
			if d != nil {
				touched = true
			}
		}
		if len(parties) > 0 {
			prevSubject = parties[0].name
		} else if ci > 0 {
			prevSubject = a.lastSubject
		}
	}
	// remember coordinated companies for "the two firms" and for a lender
	// named in the next sentence
	names := distinctNames(si.companies, si.vendors)
	if len(names) >= 2 && a.coordinated(si) {
		a.lastGroup, a.groupAge = names, 0
	} else {
		a.groupAge++
	}
	if s := a.subjectOf(si); s != "" {
		a.lastSubject = s
	}
	if !touched {
		a.attach(si)
	}
	a.prevTouched = touched || (a.last != nil && len(a.last.evidence) > 0 && a.last.evidence[len(a.last.evidence)-1].end == si.end)
}

// onlySupply reports a clause whose only triggers are supply verbs.
func onlySupply(cl clause) bool {
	for _, t := range cl.triggers {
		if !(t.supply && t.kind == "") {
			return false
		}
	}
	return true
}

// onlyChips reports a clause whose only triggers are money spent on chips.
func onlyChips(cl clause) bool {
	for _, t := range cl.triggers {
		if !t.chips {
			return false
		}
	}
	return len(cl.triggers) > 0
}

// buys reports an explicit purchase verb or noun in the clause ("buy",
// "spend … on", "achat"), as opposed to a purchase inferred from chips named.
func buys(cl clause) bool {
	for _, t := range cl.triggers {
		if t.kind == kindPurchase && !t.definite {
			return true
		}
	}
	return false
}

func distinctNames(cs []companyRef, skip map[int]bool) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		if !seen[c.name] && !skip[c.start] {
			seen[c.name] = true
			out = append(out, c.name)
		}
	}
	return out
}

// coordinated reports two companies joined by "and"/"et" in the sentence.
func (a *assembler) coordinated(si *sentenceInfo) bool {
	for i := 1; i < len(si.companies); i++ {
		gap := strings.ToLower(a.f.text[si.companies[i-1].end:si.companies[i].start])
		ws := strings.Fields(gap)
		if len(ws) >= 1 && len(ws) <= 4 && (ws[0] == "and" || ws[0] == "et" || ws[0] == "&") {
			return true
		}
	}
	return false
}

// subjectOf is the company a sentence is about: its first company that is
// not a modifier of a deal noun ("This Meta deal") nor a hardware maker;
// or, when the sentence opens with "the company"/"elle", the previous one.
func (a *assembler) subjectOf(si *sentenceInfo) string {
	if possessiveStart.MatchString(a.f.text[si.start:si.end]) {
		// "Its biggest customers, Microsoft, Meta…": still about the
		// previous subject
		return a.lastSubject
	}
	if subjectAnaphor.MatchString(head(a.f.text[si.start:si.end])) {
		first := -1
		if len(si.companies) > 0 {
			first = si.companies[0].start
		}
		m := subjectAnaphor.FindStringIndex(head(a.f.text[si.start:si.end]))
		if first < 0 || first > si.start+m[1]+30 {
			return a.lastSubject
		}
	}
	for _, c := range si.companies {
		if si.vendors[c.start] || followedByDealNoun(a.f.text, c.end) {
			continue
		}
		return c.name
	}
	return ""
}

// head is the start of a sentence, where a subject is looked for.
func head(s string) string {
	if len(s) <= 90 {
		return s
	}
	k := 90
	for k < len(s) && !utf8.RuneStart(s[k]) {
		k++
	}
	return s[:k]
}

func followedByDealNoun(txt string, end int) bool {
	rest := lowerSameLen(txt[end:min(len(txt), end+16)])
	rest = strings.TrimLeft(rest, " ’'s")
	for _, w := range []string{"deal", "agreement", "contract", "accord", "contrat"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// kindOf decides the kind of a clause's deal from its triggers and context.
func (a *assembler) kindOf(si *sentenceInfo, cl clause) string {
	best := ""
	chips := a.hasChips(si, cl.span)
	supply := false
	for _, t := range cl.triggers {
		k := t.kind
		if t.chips && !chips {
			continue
		}
		if t.supply {
			supply = true
		}
		if k == kindAcquisition && a.sharesNear(si, t.word.End) {
			k = kindInvestment
		}
		if kindRank[k] > kindRank[best] {
			best = k
		}
	}
	if best == kindPurchase && !chips && a.buysCompany(si, cl) {
		// "agreed to buy server maker ZT Systems": a takeover
		return kindAcquisition
	}
	if best == kindPurchase && !chips && a.capacityWords(si, cl) {
		// "buy compute capacity" is a capacity contract
		return kindCapacity
	}
	if best != "" && best != kindPartnership {
		return best
	}
	if chips && (supply || best == "") {
		// "GPU capacity", "dedicated GPU cloud": capacity sold, not chips
		if a.strongCapacity(si, cl) {
			return kindCapacity
		}
		return kindPurchase
	}
	if best == kindPartnership {
		return best
	}
	if a.capacityWords(si, cl) {
		return kindCapacity
	}
	if chips {
		return kindPurchase
	}
	return kindPartnership
}

// buysCompany reports a purchase verb whose direct object is a company.
func (a *assembler) buysCompany(si *sentenceInfo, cl clause) bool {
	var cands []candidate
	for _, c := range si.companies {
		if c.start >= cl.start && c.end <= cl.end {
			cands = append(cands, candidate{companyRef: c})
		}
	}
	for _, t := range cl.triggers {
		if t.verb && t.kind == kindPurchase {
			if prep, _ := a.objects(si, cl, t, cands); prep == "object" {
				return true
			}
		}
	}
	return false
}

func (a *assembler) strongCapacity(si *sentenceInfo, cl clause) bool {
	for _, w := range si.words {
		if w.Start >= cl.start && w.End <= cl.end && strongCapacityWords[w.Text] {
			return true
		}
	}
	return false
}

func (a *assembler) capacityWords(si *sentenceInfo, cl clause) bool {
	for _, w := range si.words {
		if w.Start >= cl.start && w.End <= cl.end && capacityWords[w.Text] {
			return true
		}
	}
	return false
}

func (a *assembler) hasChips(si *sentenceInfo, cl span) bool {
	for _, w := range si.words {
		if w.Start >= cl.start && w.End <= cl.end && chipWords[w.Text] {
			return true
		}
	}
	for _, g := range a.f.gpus {
		if g.start >= cl.start && g.end <= cl.end {
			return true
		}
	}
	return false
}

// sharesNear: "acquire 32.5 million shares" buys equity, not a company.
func (a *assembler) sharesNear(si *sentenceInfo, from int) bool {
	seg := si.low[from-si.start : min(len(si.low), from-si.start+40)]
	return strings.Contains(seg, "shares") || strings.Contains(seg, "actions") || strings.Contains(seg, "stake") || strings.Contains(seg, "participation")
}

// pair decides the party groups of a clause with several companies.
func (a *assembler) pair(si *sentenceInfo, cl clause, parties []candidate, kind string, allDefinite bool) ([][]string, []int) {
	if len(parties) < 2 {
		return nil, nil
	}
	linked := false
	for _, p := range parties {
		if a.linked(si, cl, p) {
			linked = true
		}
	}
	if allDefinite && !linked && len(a.deals) > 0 {
		// "The AMD deal", "l'accord Nscale complète le contrat IREN":
		// references to deals already reported, not new ones. Before any
		// deal, "le rachat de X par Y" introduces one.
		return nil, nil
	}
	if len(parties) == 2 {
		if kind == kindFinancing && !linked && !a.symmetric(cl) && a.coordinated(si) {
			// "financed by debt and equity from Crusoe and Blue Owl": the
			// two borrow together; the lender comes next.
			return nil, nil
		}
		if !a.bothObjects(si, cl, parties) {
			return [][]string{{parties[0].name, parties[1].name}}, nil
		}
		// "des contrats avec plusieurs clients, dont la SNCF et Veolia":
		// both are counterparties of an unnamed or earlier subject
	}
	// three or more: joint ventures take everyone; otherwise each trigger
	// pairs its subject with the companies its preposition introduces.
	for _, t := range cl.triggers {
		if t.word.Text == "joint" || t.word.Text == "coentreprise" || t.word.Text == "joint-venture" || t.word.Text == "consortium" {
			return [][]string{names(parties)}, nil
		}
	}
	if strings.Contains(si.low, "joint venture") {
		return [][]string{names(parties)}, nil
	}
	if a.symmetric(cl) && a.oneList(parties) && parties[len(parties)-1].end <= cl.triggers[0].word.Start {
		// "OpenAI, Nscale and Nvidia unveiled a partnership"
		return [][]string{names(parties)}, nil
	}
	var out [][]string
	var anchors []int
	// the same companies introduced by two triggers ("signé des contrats
	// avec X et Y") are paired once, by the plural noun when there is one
	triggers := slices.Clone(cl.triggers)
	sort.SliceStable(triggers, func(i, j int) bool {
		return pluralTrigger[triggers[i].word.Text] && !pluralTrigger[triggers[j].word.Text]
	})
	done := map[string]bool{}
	for _, t := range triggers {
		prep, objs := a.objects(si, cl, t, parties)
		key := strings.Join(objs, "\x00")
		if len(objs) == 0 || done[key] {
			continue
		}
		done[key] = true
		if merged := a.chain(&out, si, cl, t, parties, objs); merged {
			continue
		}
		if prep == "between" {
			if len(objs) >= 2 {
				out = append(out, objs)
				anchors = append(anchors, -1)
			}
			continue
		}
		subjs := a.subjectFor(si, cl, t, parties, objs)
		if len(subjs) == 0 {
			continue
		}
		subj := subjs[0]
		if prep == "object" || len(subjs) > 1 {
			// a consortium buys together
			out = append(out, append(subjs, objs...))
			anchors = append(anchors, -1)
			continue
		}
		if (kind == kindInvestment || kind == kindAcquisition || pluralTrigger[t.word.Text]) && len(objs) > 1 {
			for i, o := range objs {
				// "investira 10 milliards dans Anthropic et Microsoft
				// jusqu'à 5 milliards": Microsoft invests too (gapping)
				if i > 0 {
					if pos, ok := a.gapped(si, parties, o); ok {
						out = append(out, []string{o, objs[0]})
						anchors = append(anchors, pos)
						continue
					}
				}
				out = append(out, []string{subj, o})
				anchors = append(anchors, -1)
			}
			continue
		}
		out = append(out, append([]string{subj}, objs...))
		anchors = append(anchors, -1)
	}
	return out, anchors
}

// chain joins the objects of a second trigger to the group a first one
// formed with the same subjects: "X et Y s'associent à Z pour racheter W"
// is one deal among all four.
func (a *assembler) chain(out *[][]string, si *sentenceInfo, cl clause, t trig, parties []candidate, objs []string) bool {
	subjs := a.subjectFor(si, cl, t, parties, objs)
	if len(subjs) < 2 || len(*out) != 1 {
		return false
	}
	g := (*out)[0]
	if len(g) < len(subjs) || !slices.Equal(g[:len(subjs)], subjs) {
		return false
	}
	for _, o := range objs {
		if !contains(g, o) {
			g = append(g, o)
		}
	}
	(*out)[0] = g
	return true
}

// gapped reports a coordinated company followed at once by its own figure
// ("et Microsoft jusqu'à 5 milliards", "and Microsoft up to $5 billion"),
// the subject of an elided verb; pos is where that company is named.
func (a *assembler) gapped(si *sentenceInfo, parties []candidate, name string) (int, bool) {
	for _, p := range parties {
		if p.name != name {
			continue
		}
		rest := strings.ToLower(strings.TrimLeft(a.f.text[p.end:si.end], " \u00a0"))
		for _, w := range []string{"about ", "around ", "roughly ", "nearly ", "some ", "almost ", "environ ", "près de ", "quelque "} {
			rest = strings.TrimPrefix(rest, w)
		}
		for _, w := range []string{"jusqu", "up to", "pour ", "for ", "$", "€", "£", "us$"} {
			if strings.HasPrefix(rest, w) {
				return p.start, true
			}
		}
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return p.start, true
		}
	}
	return 0, false
}

// saysPartnership reports a partnership word in the clause.
func (a *assembler) saysPartnership(cl clause) bool {
	for _, t := range cl.triggers {
		if t.kind == kindPartnership {
			return true
		}
	}
	return false
}

// pluralTrigger are deal nouns in the plural: "deals with A, B and C" are
// one agreement with each.
var pluralTrigger = set("deals", "agreements", "contracts", "partnerships", "accords", "contrats", "partenariats")

// bothObjects reports two companies both introduced by one trigger's
// preposition: then neither is the other's counterparty.
func (a *assembler) bothObjects(si *sentenceInfo, cl clause, parties []candidate) bool {
	for _, t := range cl.triggers {
		if _, objs := a.objects(si, cl, t, parties); len(objs) == len(parties) {
			return true
		}
	}
	return false
}

// oneList reports companies named as one enumeration: "A, B and C".
func (a *assembler) oneList(parties []candidate) bool {
	for i := 1; i < len(parties); i++ {
		if !listGap(a.f.text[parties[i-1].end:parties[i].start]) {
			return false
		}
	}
	return true
}

func (a *assembler) symmetric(cl clause) bool {
	for _, t := range cl.triggers {
		if t.symmetric {
			return true
		}
	}
	return false
}

func names(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

// linked reports a company introduced by a preposition right after a
// trigger: "agreement with Microsoft", "accord entre CoreWeave et Meta".
func (a *assembler) linked(si *sentenceInfo, cl clause, p candidate) bool {
	for _, t := range cl.triggers {
		prep, objs := a.objects(si, cl, t, []candidate{p})
		if (prep == "with" || prep == "between") && len(objs) > 0 {
			return true
		}
	}
	return false
}

// objects finds the companies a trigger's preposition introduces, with the
// companies coordinated to the first one.
func (a *assembler) objects(si *sentenceInfo, cl clause, t trig, parties []candidate) (string, []string) {
	// the first preposition within eight words after the trigger
	k := -1
	for i, w := range si.words {
		if w.Start == t.word.Start {
			k = i
			break
		}
	}
	if k < 0 {
		return "", nil
	}
	for i := k + 1; i < len(si.words) && i <= k+9 && si.words[i].Start < cl.end; i++ {
		prep, ok := linkPrep[si.words[i].Text]
		if !ok {
			if t.verb && i <= k+4 && (t.kind == kindAcquisition || t.kind == kindPurchase) {
				// the direct object: "racheter l'opérateur texan Aligned"
				if p := partyAt(parties, si.words[i].Start); p != "" {
					objs := []string{p}
					if from := a.fromParty(si, cl, parties, si.words[i].End); from != "" && from != p {
						objs = append(objs, from)
					}
					return "object", objs
				}
			}
			continue
		}
		// the company must follow within five words ("of"/"de": at once)
		reach := 6
		switch prep {
		case "of":
			reach = 2
		case "from", "by":
			// "auprès d'un pool de banques mené par BNP Paribas"
			reach = 8
		}
		for j := i + 1; j < len(si.words) && j <= i+reach && si.words[j].Start < cl.end; j++ {
			p := partyAt(parties, si.words[j].Start)
			if p == "" {
				continue
			}
			objs := []string{p}
			end := a.companyEnd(parties, p, si.words[j].Start)
			for _, q := range parties {
				if q.start < end || contains(objs, q.name) {
					continue
				}
				gap := strings.ToLower(strings.TrimSpace(a.f.text[end:q.start]))
				if gap == "," || gap == "and" || gap == "et" || gap == "ou" || gap == "or" || gap == ", and" || gap == "et de" || strings.HasPrefix(gap, "et de l") || gap == ", et" || gap == "as well as" {
					objs = append(objs, q.name)
					end = q.end
				}
			}
			return prep, objs
		}
		if prep == "with" || prep == "between" {
			return "", nil
		}
	}
	return "", nil
}

// fromParty is the company introduced by "from"/"auprès de" after pos in
// the clause: the seller in "racheter X auprès de Y".
func (a *assembler) fromParty(si *sentenceInfo, cl clause, parties []candidate, pos int) string {
	for i, w := range si.words {
		if w.Start < pos || w.Start >= cl.end || linkPrep[w.Text] != "from" {
			continue
		}
		for j := i + 1; j < len(si.words) && j <= i+4; j++ {
			if p := partyAt(parties, si.words[j].Start); p != "" {
				return p
			}
		}
		return ""
	}
	return ""
}

func (a *assembler) companyEnd(parties []candidate, name string, from int) int {
	for _, p := range parties {
		if p.name == name && p.start >= from-1 {
			return p.end
		}
	}
	return from
}

func partyAt(parties []candidate, pos int) string {
	for _, p := range parties {
		if pos >= p.start && pos < p.end {
			return p.name
		}
	}
	return ""
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// subjectFor is the other party of a trigger: for a verb, the clause's
// subject (its first company); for a noun, the company just before it
// ("Nebius' contract … with Microsoft", "l'accord de TeraWulf avec Fluidstack").
func (a *assembler) subjectFor(si *sentenceInfo, cl clause, t trig, parties []candidate, objs []string) []string {
	var before []candidate
	for i, p := range parties {
		if p.end > t.word.Start || contains(objs, p.name) || followedByDealNoun(a.f.text, p.end) {
			continue
		}
		// "Data4, propriété du fonds Brookfield, a obtenu…": a company in an
		// apposition to another is not the subject
		if i > 0 && len(before) > 0 && inApposition(a.f.text, parties[i-1].end, p) && !a.listContinues(parties, i) {
			continue
		}
		before = append(before, p)
	}
	if len(before) == 0 {
		if a.lastSubject != "" && !contains(objs, a.lastSubject) {
			return []string{a.lastSubject}
		}
		return nil
	}
	if !t.verb {
		return []string{before[len(before)-1].name}
	}
	if m := subjectAnaphor.FindStringIndex(head(a.f.text[cl.start:cl.end])); m != nil && a.lastSubject != "" &&
		before[0].start < cl.start+m[1] && !contains(objs, a.lastSubject) && !a.namedBefore(before, cl.start+m[0]) {
		// "Après OpenAI, il a investi dans…": the pronoun is the subject
		return []string{a.lastSubject}
	}
	// a verb's subject with the companies coordinated to it: "MGX et
	// BlackRock vont racheter", "réunissant BlackRock, GIP, MGX et Microsoft"
	subj := []string{before[0].name}
	for i := 1; i < len(before); i++ {
		if !listGap(a.f.text[before[i-1].end:before[i].start]) && !appositionGap(a.f.text[before[i-1].end:before[i].start]) {
			break
		}
		subj = append(subj, before[i].name)
	}
	return subj
}

// inApposition reports a company set off by commas after another one and
// described rather than listed: ", propriété du fonds canadien Brookfield,".
func inApposition(txt string, prevEnd int, p candidate) bool {
	gap := txt[prevEnd:p.start]
	if !strings.HasPrefix(strings.TrimSpace(gap), ",") || listGap(gap) || len(strings.Fields(gap)) < 3 {
		return false
	}
	rest := strings.TrimLeft(txt[p.end:], " ")
	return strings.HasPrefix(rest, ",")
}

// listContinues reports that the company after parties[i] is joined to it
// as in a list ("le fonds GIP, MGX et Microsoft").
func (a *assembler) listContinues(parties []candidate, i int) bool {
	if i+1 >= len(parties) {
		return false
	}
	gap := a.f.text[parties[i].end:parties[i+1].start]
	return listGap(gap) || appositionGap(gap)
}

// namedBefore reports a company that starts at pos exactly: then the
// anaphor regexp matched a name, not a pronoun.
func (a *assembler) namedBefore(cs []candidate, pos int) bool {
	for _, c := range cs {
		if c.start == pos {
			return true
		}
	}
	return false
}

// appositionGap is a list separator followed by a short description:
// ", le fonds d'investissement " in "BlackRock, le fonds d'investissement GIP".
func appositionGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if !strings.HasPrefix(g, ",") && !strings.HasPrefix(g, "et ") && !strings.HasPrefix(g, "and ") {
		return false
	}
	return len(strings.Fields(g)) <= 5 && !strings.ContainsAny(g, ".;:")
}

// counterpart finds the missing party of a clause that names only one
// company: the group just named ("the two firms"), the partner of its last
// deal, the sentence's implied subject, or the article's main company.
func (a *assembler) counterpart(si *sentenceInfo, cl clause, ci int, name, prevSubject string) (group []string, guessed bool) {
	strong, focusOK := false, false
	for _, t := range cl.triggers {
		if !t.chips && !(t.supply && t.kind == "") {
			strong = true
		}
		if t.focus {
			focusOK = true
		}
	}
	if !strong {
		return nil, false
	}
	kind := a.kindOf(si, cl)
	clauseText := a.f.text[cl.start:cl.end]
	plural := pluralAnaphor.MatchString(clauseText)
	if plural || (a.groupAge == 0 && (kind == kindFinancing || kind == kindInvestment || kind == kindLease)) {
		if len(a.lastGroup) >= 2 && !contains(a.lastGroup, name) {
			return append([]string{name}, a.lastGroup...), false
		}
	}
	if plural && a.last != nil && len(a.last.parties) == 2 && contains(a.last.parties, name) {
		// "the two companies signed…" after a deal between them
		return append([]string(nil), a.last.parties...), false
	}
	// elided or pronoun subject: "… et louerait la capacité à OpenAI",
	// "Elle avait annoncé un accord avec Microsoft"
	if ci > 0 && prevSubject != "" && prevSubject != name {
		return []string{prevSubject, name}, false
	}
	if m := subjectAnaphor.FindStringIndex(head(clauseText)); m != nil && a.lastSubject != "" && a.lastSubject != name {
		first := cl.start + m[1]
		if p := a.mentionIn(si, cl, name); p < 0 || p >= first+30 {
			// not "la start-up britannique Fluidstack", which names it
			return []string{a.lastSubject, name}, false
		}
	}
	// the partner of its last deal — of its last lease or capacity deal
	// when the clause speaks of capacity
	capacity := a.capacityWords(si, cl) || a.nearest(a.f.power, si, cl, cl.start, false) != nil
	var found *dealBuilder
	for i := len(a.deals) - 1; i >= 0; i-- {
		d := a.deals[i]
		if !contains(d.parties, name) {
			continue
		}
		if found == nil {
			found = d
		}
		if capacity && (d.kind == kindLease || d.kind == kindCapacity) {
			found = d
			break
		}
	}
	if found != nil {
		return append([]string(nil), found.parties...), true
	}
	if focusOK && a.focus != "" && a.focus != name && !unnamedParty.MatchString(clauseText) && !a.namedHere(si, a.focus) {
		return []string{name, a.focus}, true
	}
	return nil, false
}

// namedHere reports a company named in the sentence: when it is not a
// candidate there (a rival, a maker of chips), it cannot be the missing party.
func (a *assembler) namedHere(si *sentenceInfo, name string) bool {
	for _, c := range si.companies {
		if c.name == name {
			return true
		}
	}
	return false
}

// mentionIn is where the clause names the company, or -1.
func (a *assembler) mentionIn(si *sentenceInfo, cl clause, name string) int {
	for _, c := range si.companies {
		if c.start >= cl.start && c.end <= cl.end && c.name == name {
			return c.start
		}
	}
	return -1
}

// add records a deal stated by a clause, merging it into an earlier deal
// with the same parties unless its figures show another agreement.
func (a *assembler) add(si *sentenceInfo, cl clause, parties []string, kind string, anchor int, guessed bool) *dealBuilder {
	parties = dedupe(parties)
	if len(parties) < 2 {
		return nil
	}
	at := a.attributes(si, cl, anchor)
	expansion := mayExpand(si.low) && expansionWord.MatchString(a.f.text[cl.start:cl.end])
	var d *dealBuilder
	for i := len(a.deals) - 1; i >= 0; i-- {
		if sameSet(a.deals[i].parties, parties) && a.deals[i].expansion == expansion {
			d = a.deals[i]
			break
		}
	}
	inferred := !a.allNamed(si, parties)
	if d != nil && (anchor >= 0 || !si.ref && a.conflicts(d, at)) {
		if guessed && !expansion {
			// a partner guessed from the context is not enough to
			// report a second agreement
			return nil
		}
		// a gapped subject's own commitment, or other figures: another deal
		d = nil
	}
	// a partnership only by default: nothing in the clause said what kind
	defaultKind := kind == kindPartnership && !a.saysPartnership(cl)
	if d == nil {
		d = &dealBuilder{parties: parties, kind: kind, inferred: inferred, expansion: expansion, defaultKind: defaultKind}
		a.deals = append(a.deals, d)
	} else if d.defaultKind && !defaultKind {
		// "Nebius Signs Deal With Microsoft" then "Nebius will supply
		// Microsoft with GPU capacity": the second says what kind
		d.kind, d.defaultKind, d.roles, d.rolesDecided = kind, false, nil, false
	}
	if roles, decided := a.roles(si, cl, d.parties, d.kind); d.roles == nil || decided && !d.rolesDecided {
		// a later sentence that says who supplies whom ("X will supply
		// Y") settles the roles a headline left open
		d.roles, d.rolesDecided = roles, decided
	}
	if !inferred {
		d.explicit++
	}
	d.evidence = appendSpan(d.evidence, si.span)
	d.lastSentence = si.index
	// money from a clause whose partner was guessed counts only when the
	// sentence names every party or points at the deal
	if guessed && !si.ref {
		for _, p := range parties {
			if !a.namedHere(si, p) {
				at.amount = nil
			}
		}
	}
	d.apply(at, true)
	if d.date == "" {
		d.date = a.dealDate(si)
	}
	a.last = d
	return d
}

func (a *assembler) allNamed(si *sentenceInfo, parties []string) bool {
	for _, p := range parties {
		found := false
		for _, c := range si.companies {
			if c.name == p {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// dedupe drops repeated parties, including a company named both as itself
// and as its division ("Amazon" and "Amazon Web Services"): the first
// spelling stays.
func dedupe(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x == "" || contains(out, x) {
			continue
		}
		family := false
		for _, y := range out {
			if strings.HasPrefix(x, y+" ") || strings.HasPrefix(y, x+" ") {
				family = true
			}
		}
		if !family {
			out = append(out, x)
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func appendSpan(ss []span, s span) []span {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// attrs are the figures a sentence states.
type attrs struct {
	amount       *newsgraph.Amount
	additional   bool
	valuation    bool // the price of a whole company, the value of a takeover only
	months       *float64
	count, power *float64
	gpus, sites  []string
}

// attributes collects the figures of a clause; amounts and power that are
// new totals, market values or per-share prices are left out.
func (a *assembler) attributes(si *sentenceInfo, cl clause, anchor int) attrs {
	var at attrs
	best := -1
	bestDist := math.MaxInt
	// a gapped subject's figure follows its name
	after := anchor
	if anchor >= 0 {
		// set by the caller
	} else if anchor = cl.start; len(cl.triggers) > 0 {
		anchor = cl.triggers[0].word.Start
		for _, t := range cl.triggers {
			if !t.definite {
				anchor = t.word.Start
				break
			}
		}
	}
	for i, m := range a.f.amounts {
		if m.Start < cl.start || m.End > cl.end || m.Start < after || !a.dealMoney(si, m.Start, m.End) {
			continue
		}
		d := abs(m.Start - anchor)
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		m := a.f.amounts[best]
		at.amount = &m
		at.valuation = valuation.MatchString(a.f.text[max(si.start, m.Start-60):m.Start])
		ctx := a.f.text[max(si.start, m.Start-30):min(si.end, m.End+40)]
		at.additional = additional.MatchString(ctx)
	}
	at.power = a.nearest(a.f.power, si, cl, anchor, true)
	at.count = a.nearest(a.f.counts, si, cl, anchor, false)
	at.months = a.nearest(a.f.durations, si, cl, anchor, false)
	for _, g := range a.f.gpus {
		if g.start >= cl.start && g.end <= cl.end && !contains(at.gpus, g.name) {
			at.gpus = append(at.gpus, g.name)
		}
	}
	for _, s := range a.f.sites {
		if s.start >= si.start && s.end <= si.end && !contains(at.sites, s.name) {
			at.sites = append(at.sites, s.name)
		}
	}
	return at
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (a *assembler) nearest(xs []numRef, si *sentenceInfo, cl clause, anchor int, totals bool) *float64 {
	var best *float64
	bestDist := math.MaxInt
	for _, x := range xs {
		if x.start < cl.start || x.end > cl.end {
			continue
		}
		if totals && a.newTotal(si, x.start) {
			continue
		}
		if d := abs(x.start - anchor); d < bestDist {
			v := x.value
			best, bestDist = &v, d
		}
	}
	return best
}

// dealMoney reports whether the amount at [start,end) can be a deal's value.
func (a *assembler) dealMoney(si *sentenceInfo, start, end int) bool {
	before := a.f.text[max(si.start, start-60):start]
	if excludeBefore.MatchString(before) || perShare.MatchString(a.f.text[end:min(si.end, end+20)]) {
		return false
	}
	return !a.newTotal(si, start)
}

// newTotal reports a figure that states a new total after an increase:
// "raised its commitment to $3.2 billion", "porte la capacité à 360 MW".
func (a *assembler) newTotal(si *sentenceInfo, start int) bool {
	before := strings.ToLower(a.f.text[si.start:start])
	before = strings.TrimRight(before, " \u00a0")
	for _, w := range []string{"about", "approximately", "around", "roughly", "nearly", "environ", "près de", "some", "over", "more than", "plus de"} {
		before = strings.TrimSuffix(strings.TrimRight(before, " \u00a0"), w)
	}
	before = strings.TrimRight(before, " \u00a0")
	if !(strings.HasSuffix(before, " to") || strings.HasSuffix(before, " à")) ||
		strings.HasSuffix(before, " up to") || strings.HasSuffix(before, "jusqu'à") || strings.HasSuffix(before, "jusqu’à") {
		return false
	}
	return increaseVerb.MatchString(before[max(0, len(before)-90):])
}

// conflicts reports figures that show a different agreement between the
// same companies (another amount, another size, another term).
func (a *assembler) conflicts(d *dealBuilder, at attrs) bool {
	if at.amount != nil && d.amount != nil && !at.additional && !at.valuation && !sameMoney(*d.amount, *at.amount) {
		return true
	}
	if at.power != nil && d.power != nil && math.Abs(*at.power-*d.power) > 0.01**d.power {
		return true
	}
	if at.months != nil && d.months != nil && *at.months != *d.months {
		return true
	}
	return false
}

// sameMoney treats a rounded figure ("$14B") as the precise one ("$14.2B").
func sameMoney(a, b newsgraph.Amount) bool {
	if a.Currency != b.Currency {
		return false
	}
	return math.Abs(a.Value-b.Value) <= 0.03*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

// apply fills the deal's missing figures from at; strong evidence may set
// the amount and the term, weak evidence only the hardware and the site.
func (d *dealBuilder) apply(at attrs, strong bool) {
	if at.amount != nil && at.valuation && d.kind != kindAcquisition {
		at.amount = nil
	}
	if at.amount != nil && strong {
		switch {
		case d.amount == nil:
			d.amount = at.amount
			d.attrs++
		case d.amount != nil && sameMoney(*d.amount, *at.amount) && precision(at.amount.Value) > precision(d.amount.Value):
			d.amount = at.amount
		}
	}
	if at.months != nil && d.months == nil && strong {
		d.months = at.months
		d.attrs++
	}
	if at.power != nil && d.power == nil {
		d.power = at.power
		d.attrs++
	}
	if at.count != nil && d.count == nil {
		d.count = at.count
		d.attrs++
	}
	for _, g := range at.gpus {
		if !contains(d.gpus, g) {
			d.gpus = append(d.gpus, g)
			d.attrs++
		}
	}
	for _, s := range at.sites {
		if !contains(d.sites, s) {
			d.sites = append(d.sites, s)
			d.attrs++
		}
	}
}

// precision counts the significant digits of v, so 14.2e9 beats 14e9.
func precision(v float64) int {
	m := strconv.FormatFloat(math.Abs(v), 'e', -1, 64)
	if k := strings.IndexByte(m, 'e'); k >= 0 {
		m = m[:k]
	}
	return len(strings.Replace(m, ".", "", 1))
}

// attach gives the figures of a sentence that states no deal to the deal it
// refers to: by a definite phrase ("the agreement", "cet accord"), by a
// pronoun continuing the previous sentence, or by naming its parties.
func (a *assembler) attach(si *sentenceInfo) {
	if len(a.deals) == 0 {
		return
	}
	if len(si.companies) == 0 && a.last != nil && si.index-a.last.lastSentence <= 3 && mayExpand(si.low) && newExpansion.MatchString(a.f.text[si.start:si.end]) {
		if at := a.attributes(si, clause{span: si.span}, -1); at.amount != nil || at.power != nil {
			d := &dealBuilder{parties: a.last.parties, roles: a.last.roles, kind: a.last.kind,
				inferred: true, expansion: true, lastSentence: si.index}
			d.evidence = []span{si.span}
			d.apply(at, true)
			a.deals = append(a.deals, d)
			a.last = d
			return
		}
	}
	named := distinctNames(si.companies, nil)
	var target *dealBuilder
	bestOverlap := 0
	for i := len(a.deals) - 1; i >= 0; i-- {
		o := 0
		for _, p := range a.deals[i].parties {
			if contains(named, p) {
				o++
			}
		}
		if o > bestOverlap {
			target, bestOverlap = a.deals[i], o
		}
	}
	ref := si.ref || (si.pronoun && a.prevTouched)
	strong := false
	switch {
	case (ref || si.weakRef) && target == nil:
		// a reference without names speaks of the deal just reported
		if a.last == nil || si.index-a.last.lastSentence > 3 {
			return
		}
		for _, c := range si.companies {
			if !si.vendors[c.start] {
				return
			}
		}
		target, strong = a.last, ref
	case ref:
		strong = true
	case target != nil && bestOverlap >= len(target.parties):
		strong = true
	case target != nil:
		// one party named: take hardware and place only, only next to the
		// deal and only when no other company is named
		if si.index-target.lastSentence > 2 && !si.weakRef {
			return
		}
		for _, c := range si.companies {
			if !contains(target.parties, c.name) && !si.vendors[c.start] {
				return
			}
		}
	}
	if target == nil {
		return
	}
	cl := clause{span: si.span}
	at := a.attributes(si, cl, -1)
	if !strong {
		at.amount, at.months = nil, nil
	}
	target.apply(at, strong)
	if strong || at.gpus != nil || at.sites != nil || at.power != nil || at.count != nil {
		target.evidence = appendSpan(target.evidence, si.span)
		target.lastSentence = si.index
	}
	a.last = target
	a.prevTouched = true
}

// dealDate is when the deal was announced: a date its sentence gives that
// is not after publication ("on Monday", "En 2024"); a later one is a
// schedule ("through 2026"), not an announcement.
func (a *assembler) dealDate(si *sentenceInfo) string {
	pub := a.f.published
	for _, d := range a.f.dates {
		if d.Start < si.start || d.End > si.end {
			continue
		}
		if pub == "" {
			if len(d.Value) == len("2006-01-02") {
				return d.Value
			}
			continue
		}
		if len(d.Value) <= len(pub) && d.Value <= pub[:len(d.Value)] {
			return d.Value
		}
	}
	return ""
}

// roles assigns the parties' roles from the kind and the construction.
func (a *assembler) roles(si *sentenceInfo, cl clause, parties []string, kind string) (map[string]string, bool) {
	roles := map[string]string{}
	subject := ""
	if s := a.subjectOf(si); contains(parties, s) {
		subject = s
	} else {
		subject = parties[0]
	}
	supply := false
	for _, t := range cl.triggers {
		if t.supply {
			supply = true
		}
	}
	// the party after "from", "auprès de", "to", "in", "by"
	preps := map[string]string{}
	cands := make([]candidate, 0, len(si.companies))
	for _, c := range si.companies {
		cands = append(cands, candidate{companyRef: c})
	}
	for _, t := range cl.triggers {
		if p, objs := a.objects(si, cl, t, cands); p != "" {
			for _, o := range objs {
				if _, ok := preps[o]; !ok {
					preps[o] = p
				}
			}
		}
	}
	for _, p := range parties {
		if strings.Contains(a.f.text[cl.start:cl.end], "led by "+p) || strings.Contains(a.f.text[cl.start:cl.end], "par "+p) {
			preps[p] = "by"
		}
	}
	// "auprès de Macquarie", "from Argo Blockchain": the seller or lender
	for _, c := range si.companies {
		if c.start < cl.start || c.end > cl.end || !contains(parties, c.name) {
			continue
		}
		for i := len(si.words) - 1; i >= 0; i-- {
			w := si.words[i]
			if w.End > c.start {
				continue
			}
			if linkPrep[w.Text] == "from" && c.start-w.End < 40 {
				preps[c.name] = "from"
			}
			break
		}
		lead := strings.ToLower(a.f.text[max(cl.start, c.start-12):c.start])
		if strings.HasSuffix(lead, "auprès de ") || strings.HasSuffix(lead, "auprès d'") || strings.HasSuffix(lead, "auprès d’") {
			preps[c.name] = "from"
		}
	}
	// companies coordinated after one introduced by a preposition share it:
	// "mené par BNP Paribas et Société Générale"
	var inClause []companyRef
	for _, c := range si.companies {
		if c.start >= cl.start && c.end <= cl.end {
			inClause = append(inClause, c)
		}
	}
	for i := 1; i < len(inClause); i++ {
		prev, cur := inClause[i-1], inClause[i]
		if _, ok := preps[cur.name]; !ok && preps[prev.name] != "" && listGap(a.f.text[prev.end:cur.start]) {
			preps[cur.name] = preps[prev.name]
		}
	}
	// the subject's side: the subject and the companies coordinated with it
	// before the clause's first trigger ("MGX et BlackRock vont racheter")
	side := map[string]bool{subject: true}
	if len(cl.triggers) > 0 {
		at := cl.triggers[0].word.Start
		var before []companyRef
		for _, c := range si.companies {
			if c.start >= cl.start && c.end <= at && contains(parties, c.name) {
				before = append(before, c)
			}
		}
		for i, c := range before {
			if c.name != subject {
				continue
			}
			for j := i + 1; j < len(before); j++ {
				gap := a.f.text[before[j-1].end:before[j].start]
				if !listGap(gap) && !appositionGap(gap) {
					break
				}
				side[before[j].name] = true
			}
			break
		}
	}
	set := func(subjRole, otherRole string) {
		for _, p := range parties {
			if side[p] {
				roles[p] = subjRole
			} else {
				roles[p] = otherRole
			}
		}
	}
	switch kind {
	case kindPurchase:
		if supply {
			set(newsgraph.RoleSeller, newsgraph.RoleBuyer)
		} else {
			set(newsgraph.RoleBuyer, newsgraph.RoleSeller)
		}
	case kindCapacity:
		if supply {
			set(newsgraph.RoleProvider, newsgraph.RoleBuyer)
		} else {
			set(newsgraph.RoleBuyer, newsgraph.RoleProvider)
		}
	case kindInvestment:
		set(newsgraph.RoleInvestor, newsgraph.RoleInvestee)
	case kindAcquisition:
		set(newsgraph.RoleAcquirer, newsgraph.RoleTarget)
		for p, prep := range preps {
			if prep == "from" && roles[p] != "" {
				roles[p] = newsgraph.RoleSeller
			}
		}
	case kindLease:
		to := false
		for p, prep := range preps {
			if prep == "to" && p != subject && roles != nil {
				to = true
			}
		}
		if to {
			set(newsgraph.RoleLessor, newsgraph.RoleLessee)
		} else {
			set(newsgraph.RoleLessee, newsgraph.RoleLessor)
		}
	case kindFinancing:
		// lenders: introduced by "by"/"par"/"from"/"auprès de", or the
		// subject that provides the money
		lenders := map[string]bool{}
		for p, prep := range preps {
			if (prep == "by" || prep == "from") && contains(parties, p) {
				lenders[p] = true
			}
		}
		if len(lenders) == 0 && supply {
			lenders = side
		}
		if len(lenders) == 0 {
			set(newsgraph.RoleBorrower, newsgraph.RoleLender)
			break
		}
		for _, p := range parties {
			if lenders[p] {
				roles[p] = newsgraph.RoleLender
			} else {
				roles[p] = newsgraph.RoleBorrower
			}
		}
	default:
		set(newsgraph.RolePartner, newsgraph.RolePartner)
	}
	// "X buys from Y", "X leases computing power from Y": Y provides
	for p, prep := range preps {
		if prep != "from" || !contains(parties, p) || kind == kindAcquisition {
			continue
		}
		switch kind {
		case kindPurchase:
			roles[p], roles[subject] = newsgraph.RoleSeller, newsgraph.RoleBuyer
		case kindLease:
			roles[p], roles[subject] = newsgraph.RoleLessor, newsgraph.RoleLessee
		case kindCapacity:
			roles[p], roles[subject] = newsgraph.RoleProvider, newsgraph.RoleBuyer
		}
	}
	decided := supply
	for p, prep := range preps {
		if contains(parties, p) && prep != "with" && prep != "of" && prep != "between" {
			decided = true
		}
	}
	return roles, decided
}

// finish turns a builder into the output deal.
func (a *assembler) finish(d *dealBuilder) newsgraph.Deal {
	out := newsgraph.Deal{Kind: d.kind, GPUModels: d.gpus, Sites: d.sites}
	for _, p := range d.parties {
		out.Parties = append(out.Parties, newsgraph.Party{Name: p, Role: d.roles[p]})
	}
	if len(out.Sites) == 0 {
		out.Sites = a.f.mainSites
	}
	out.Date = newsgraph.NullString(d.date)
	if out.Date == "" {
		out.Date = newsgraph.NullString(a.f.published)
	}
	if d.amount != nil {
		m := d.amount.Money()
		out.Amount = &m
		// the month of announcement, or of publication when only the
		// year is known
		month := string(out.Date)
		if len(month) < 7 {
			month = a.f.published
		}
		if len(month) >= 7 {
			month = month[:7]
		}
		if m.Currency == "USD" {
			v := m.Value
			out.AmountUSD = &v
		} else if a.f.toUSD != nil && len(month) == 7 {
			if v, ok := a.f.toUSD(m.Value, m.Currency, month); ok {
				out.AmountUSD = &v
			}
		}
	}
	if d.months != nil {
		v := int(math.Round(*d.months))
		out.DurationMonths = &v
	}
	if d.count != nil {
		v := int(math.Round(*d.count))
		out.GPUCount = &v
	}
	out.PowerMW = d.power
	for _, e := range d.evidence {
		out.Evidence = append(out.Evidence, newsgraph.Span{Start: e.start, End: e.end})
	}
	// confidence: stated with both parties named, repeated, with figures
	c := 0.45
	if d.explicit > 0 {
		c += 0.2
	}
	if d.explicit > 1 {
		c += 0.1
	}
	c += 0.05 * float64(min(d.attrs, 4))
	if d.inferred && d.explicit == 0 {
		c -= 0.1
	}
	out.Confidence = math.Round(math.Min(c, 0.95)*100) / 100
	return out
}
