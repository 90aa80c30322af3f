// Deals: the assembler walks an article's sentences in order, keeping what
// referring sentences need (the last deal, the last subject, the companies
// just named together), turns clauses into deals and gives the figures of
// later sentences to the deal they refer to.

package extract

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
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
	// generics are bare descriptions ("the company", "la société"), resolved
	// sentence by sentence to the last subject.
	generics  []span
	gpus      []gpuRef
	amounts   []newsgraph.Amount
	power     []numRef
	counts    []numRef
	durations []numRef
	sites     []siteRef
	dates     []newsgraph.Date
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
	// bornIn and bornAt are the sentence and clause that reported it first.
	bornIn, bornAt int
	// firm counts the sentences that state it as fact; rumour those that
	// attribute it or use the conditional ("reportedly", "aurait conclu").
	firm, rumour int
}

// sentenceInfo is a sentence with its lower-cased words and the mentions it holds.
type sentenceInfo struct {
	span
	low       string
	words     []text.Token // absolute offsets, lower-case text
	companies []companyRef
	vendors   map[int]bool // mentions (by start) naming the maker of hardware
	generic   map[int]bool // mentions (by start) that are bare descriptions
	refs      []span
	ref       bool
	weakRef   bool
	pronoun   bool
	index     int
	// rumour and hedged cache isRumour and isHedgedSource for the
	// sentence: 0 not yet known, 1 true, 2 false.
	rumour, hedged int8
}

// isRumour reports, once per sentence, whether it attributes or hedges
// what it says ("reportedly", "aurait conclu").
func (a *assembler) isRumour(si *sentenceInfo) bool {
	if si.rumour == 0 {
		si.rumour = 2
		if rumoured(si.low) {
			si.rumour = 1
		}
	}
	return si.rumour == 1
}

// isHedgedSource reports, once per sentence, what a source says "could"
// happen.
func (a *assembler) isHedgedSource(si *sentenceInfo) bool {
	if si.hedged == 0 {
		si.hedged = 2
		if hedge.MatchString(si.low) && attributed.MatchString(si.low) {
			si.hedged = 1
		}
	}
	return si.hedged == 1
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
	// paraSubject is the subject of the first sentence of the current
	// paragraph (paraStart): what "le groupe", "the company" name there.
	paraSubject string
	paraStart   int
	// topic is the company a sentence opens on as its topic ("Pour
	// Mistral, …", "For CoreWeave, …"): what "la société" names later in
	// that sentence.
	topic string
	// pending is a round reported without its investors ("It raised
	// $1.4 billion."): its raiser, amount and sentence, for the sentence
	// that names them.
	pending pendingRound
}

// pendingRound is money raised whose investors come later.
type pendingRound struct {
	raiser   string
	amount   *newsgraph.Amount
	sentence int
}

func (f *facts) deals() []newsgraph.Deal {
	a := &assembler{f: f, focus: focusCompany(f.companies)}
	for i := range f.sentences {
		if i == 0 || strings.Contains(f.text[f.sentences[i-1].End:f.sentences[i].Start], "\n") {
			a.paraStart, a.paraSubject = i, ""
		}
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
	makers := map[int]bool{}
	for _, c := range si.companies {
		if a.namesHardware(si, c) {
			makers[c.start] = true
		}
	}
	si.companies, si.generic = a.resolveGenerics(si, s, si.companies, makers)
	si.vendors = a.vendors(si)
	si.refs, si.weakRef = refSpans(si.words)
	// "Les deux groupes prévoient de construire… 500 mégawatts": the
	// parties of the deal just reported, and what they build
	si.weakRef = si.weakRef || pluralAnaphor.MatchString(s.Text)
	si.ref = len(si.refs) > 0
	si.pronoun = pronounStart.MatchString(s.Text)
	return si
}

// resolveGenerics adds the bare descriptions of a sentence that a
// preposition introduces ("fournira 18 000 puces à la société", "invested
// $1.5 billion in the company") as mentions of the company they stand for,
// and returns the starts of the mentions added. With two companies or more
// named before it, the description is the sentence's first one ("G42 has
// become a partner since Microsoft invested in the company"); with one, that
// company is the verb's subject, so it is the last subject ("Nvidia
// fournira des puces à la société"). Makers named for their hardware
// ("Alongside Google's processors it uses Nvidia GPUs, and Amazon, which has
// invested in the company") are not counted: a product's maker is not what
// the sentence is about. The subject position is left to the anaphor rules.
func (a *assembler) resolveGenerics(si *sentenceInfo, s text.Sentence, cs []companyRef, makers map[int]bool) ([]companyRef, map[int]bool) {
	var added map[int]bool
	n := len(cs)
	for _, g := range a.f.generics {
		if g.start < s.Start || g.end > s.End || overlaps(spansOf(cs), g.start, g.end) {
			continue
		}
		before := strings.Fields(lowerSameLen(a.f.text[max(s.Start, g.start-12):g.start]))
		if len(before) == 0 || !objectPreps[before[len(before)-1]] && !triggers[before[len(before)-1]].verb {
			// a preposition or a deal verb's direct object: "invested in
			// the company", "Microsoft will pay the company $19.4 billion"
			continue
		}
		var names []string
		for _, c := range cs[:n] {
			if c.end <= g.start && !makers[c.start] && !contains(names, c.name) {
				names = append(names, c.name)
			}
		}
		name := a.lastSubject
		if acting := a.actingList(si, cs[:n], g.start); len(acting) > 0 {
			// "with Microsoft and Nvidia agreeing to invest … in the
			// startup": those who act are not the one acted on, which is
			// the company the text is about or the sentence's other one
			if name == "" || contains(acting, name) {
				name = ""
				for _, x := range names {
					if !contains(acting, x) {
						name = x
						break
					}
				}
			}
			if name == "" {
				continue
			}
		} else if len(names) >= 2 {
			name = names[0]
			if subordinateBefore.MatchString(a.f.text[max(s.Start, g.start-40):g.start]) {
				// "Google first backed CFS in 2021, when the MIT
				// spin-out raised…": the one just named
				name = names[len(names)-1]
			}
		} else if name == "" || contains(names, name) {
			continue
		}
		cs = append(cs, companyRef{name: name, span: g})
		if added == nil {
			added = map[int]bool{}
		}
		added[g.start] = true
	}
	if added != nil {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
	}
	return cs, added
}

// actingList is the list of companies ("Microsoft and Nvidia") named last
// before pos when a deal word stands between it and pos: the subjects of
// the deal whose object is at pos ("agreeing to invest … in the startup",
// "led a $9.2 billion investment in the company").
func (a *assembler) actingList(si *sentenceInfo, cs []companyRef, pos int) []string {
	last := -1
	for i, c := range cs {
		if c.end <= pos {
			last = i
		}
	}
	if last < 0 || !a.triggerIn(si, cs[last].end, pos) {
		return nil
	}
	list := []string{cs[last].name}
	for i := last; i > 0 && listGap(a.f.text[cs[i-1].end:cs[i].start]); i-- {
		list = append(list, cs[i-1].name)
	}
	if len(list) < 2 {
		return nil
	}
	return list
}

// objectPreps introduce a party in object position.
var objectPreps = set("à", "to", "in", "into", "dans", "with", "avec", "from", "auprès")

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

// mayExpand is a cheap test for the words of expansionWord and newExpansion.
func mayExpand(low string) bool {
	return strings.Contains(low, "expan") || strings.Contains(low, "exten") || strings.Contains(low, "option")
}

func (a *assembler) sentence(si *sentenceInfo) {
	if a.joiners(si) {
		a.prevTouched = true
		return
	}
	touched := false
	a.topic = a.topicOf(si)
	cls := a.clauses(si)
	prevSubject := ""
	for ci, cl := range cls {
		parties, vendors := a.candidates(si, cl.span)
		if len(cl.triggers) == 0 || onlyChips(cl) && !a.hasChips(si, cl.span) && (onlyDeploy(cl) || !a.capacityWords(si, cl) && !a.spendsWith(si, cl)) || a.negated(si, cl) || talks.MatchString(si.low[cl.start-si.start:cl.end-si.start]) ||
			a.isHedgedSource(si) {
			// negotiations, and what a source says "could" happen; the
			// clause's subject may still be the next one's ("AMD n'a pas
			// été oublié : un partenariat a été conclu avec Humain")
			prevSubject = a.clauseSubject(cl, ci, parties, prevSubject)
			continue
		}
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
		if len(vendors) > 0 && len(parties) >= 1 && onlyChips(withoutRefs(cl)) {
			// money spent on a maker's chips: the maker sells, whoever
			// else is named ("un projet d'OpenAI") is context; buyers
			// listed together each buy ("Samsung, SK Group and Hyundai
			// will each deploy 50,000 of the chipmaker's GPUs")
			kind = kindPurchase
			for _, b := range a.listedSubjects(cl, parties) {
				groups = append(groups, []string{b, vendors[0].name})
			}
		} else if len(vendors) > 0 && len(parties) >= 2 && buys(cl) && len(a.listedSubjects(cl, parties)) == len(parties) {
			// "Samsung and SK Group will buy chips from Nvidia": the
			// buyers listed as subjects each buy from the maker
			kind = kindPurchase
			for _, b := range names(parties) {
				groups = append(groups, []string{b, vendors[0].name})
			}
		} else {
			groups, anchors = a.pair(si, cl, parties, kind, allDefinite)
		}
		if len(groups) == 0 && raises(cl) {
			a.remember(si, cl, parties)
		}
		if len(groups) == 0 && len(parties) <= 1 {
			// a purchase of a maker's chips: the maker sells
			if len(vendors) > 0 && len(parties) == 1 && (buys(cl) || a.suppliesTo(cl, vendors[0], parties[0])) {
				kind = kindPurchase
				groups = [][]string{{parties[0].name, vendors[0].name}}
			} else if len(vendors) > 0 && len(parties) == 0 && a.suppliedBy(si, cl, vendors[0]) &&
				a.lastSubject != "" && a.lastSubject != vendors[0].name {
				// "xAI a monté Colossus avec 100 000 GPU. Les puces ont
				// été livrées par Nvidia": the maker supplied the
				// company the text is about
				kind = kindPurchase
				groups = [][]string{{a.lastSubject, vendors[0].name}}
			} else if len(vendors) > 0 && len(parties) == 0 && buys(cl) && ci > 0 && prevSubject != "" {
				// "… et prévoit d'installer 400 000 puces de Nvidia, un achat"
				kind = kindPurchase
				groups = [][]string{{prevSubject, vendors[0].name}}
			} else if ant := a.pronounSubject(si, cl); len(vendors) > 0 && len(parties) == 0 && ant != "" && ant != vendors[0].name &&
				a.hasChips(si, cl.span) {
				// "In October it said it would expand its use of Google's
				// chips to one million TPUs, a deal worth tens of billions"
				kind = kindPurchase
				groups = [][]string{{ant, vendors[0].name}}
			} else if len(parties) == 1 && (!allDefinite || a.linked(si, cl, parties[0])) {
				if g, guess := a.counterpart(si, cl, ci, parties[0].name, prevSubject); len(g) > 1 && !a.rivalGuess(si, g) {
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
			groups[i] = a.coParties(g, parties)
		}
		if tenant := tenantGuaranteed(a.f.text[cl.start:cl.end]); tenant != "" {
			// "Google will backstop $1.8 billion of Fluidstack's lease
			// obligations": the guarantee is given to the landlord
			for i, g := range groups {
				if landlord := a.landlordOf(tenant); landlord != "" && contains(g, tenant) && !contains(g, landlord) {
					groups[i] = replaceName(g, tenant, landlord)
					kind = kindFinancing
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
		if len(parties) == 0 && len(groups) > 0 && len(groups[0]) > 0 && !guessed {
			// a pronoun subject resolved for the clause's deal ("in May it
			// agreed to buy Nvidia's chips") is the subject of the next,
			// gapped clause ("and struck a partnership with AMD")
			prevSubject = groups[0][0]
		} else {
			prevSubject = a.clauseSubject(cl, ci, parties, prevSubject)
		}
	}
	if !touched && a.namedPartner(si) != nil {
		touched = true
	}
	// remember coordinated companies for "the two firms" and for a lender
	// named in the next sentence
	names := distinctNames(si.companies, si.vendors)
	if len(names) >= 2 && a.coordinated(si) {
		a.lastGroup, a.groupAge = names, 0
	} else {
		a.groupAge++
	}
	s := a.subjectOf(si)
	if s == "" {
		// "For Anthropic, River Bend adds to its build-out. The company…"
		s = a.topic
	}
	if s == "" && len(names) == 1 && !touched && a.possessiveOnly(si, names[0]) {
		// the one company a sentence speaks of, as the owner of its
		// subject ("The launch builds on Qualcomm's push into data
		// centers. In June the company…")
		s = names[0]
	}
	if s != "" {
		a.lastSubject = s
		if a.paraStart == si.index {
			a.paraSubject = s
		}
	}
	if !touched {
		a.attach(si, cls)
	}
	a.prevTouched = touched || (a.last != nil && len(a.last.evidence) > 0 && a.last.evidence[len(a.last.evidence)-1].end == si.end)
}

// topicWords open a sentence on the company it is about: "Pour Mistral,
// le changement est net", "For Nebius, …", "Chez Microsoft, …".
var topicWords = set("pour", "for", "chez")

// topicOf is the company named right after a topic word opening si and
// followed by a comma, or "". The gazetteer may leave a short form
// unmatched after a capitalised word ("Pour Mistral"), so the first word of
// a company the article names counts too.
func (a *assembler) topicOf(si *sentenceInfo) string {
	if len(si.words) < 3 || !topicWords[si.words[0].Text] {
		return ""
	}
	w := si.words[1]
	for _, c := range si.companies {
		if c.start == w.Start && !si.generic[c.start] && strings.HasPrefix(a.f.text[c.end:si.end], ",") {
			return c.name
		}
	}
	if !strings.HasPrefix(a.f.text[w.End:si.end], ",") {
		return ""
	}
	name := a.f.text[w.Start:w.End]
	for _, c := range a.f.companies {
		if c.start < si.start && strings.HasPrefix(c.name, name+" ") {
			return c.name
		}
	}
	return ""
}

// suppliedBy reports a passive supply verb whose agent is the maker v:
// "ont été livrées par Nvidia", "were supplied by Nvidia".
func (a *assembler) suppliedBy(si *sentenceInfo, cl clause, v candidate) bool {
	for _, t := range cl.triggers {
		if !t.supply || !t.verb || !a.passive(si, t) || v.start < t.word.End {
			continue
		}
		gap := strings.TrimSpace(si.low[t.word.End-si.start : v.start-si.start])
		if gap == "par" || gap == "by" {
			return true
		}
	}
	return false
}

// negated reports a clause whose every trigger is denied: "has not signed
// any deal", "n'a signé aucun accord", "did not invest".
func (a *assembler) negated(si *sentenceInfo, cl clause) bool {
	for _, t := range cl.triggers {
		k := wordIndex(si, t.word.Start)
		denied := false
		for j := k - 1; k >= 0 && j >= 0 && j >= k-3 && si.words[j].Start >= cl.start; j-- {
			switch si.words[j].Text {
			case "not", "never", "no", "any", "n't", "aucun", "aucune", "jamais", "pas", "didn't", "hasn't", "haven't", "won't":
				denied = true
			case "only", "just", "seulement", "uniquement":
				// "n'a pas seulement investi": not only
				return false
			}
		}
		if !denied {
			return false
		}
	}
	return len(cl.triggers) > 0
}

// rumoured reports a sentence that attributes what it says to others or
// puts it in the conditional: "OpenAI aurait conclu, selon le WSJ",
// "reportedly agreed", "would pay, people familiar said".
func rumoured(s string) bool {
	if !mayBeRumour(s) {
		return false
	}
	return attributed.MatchString(s) || conditional.MatchString(s) || hedge.MatchString(s) || talks.MatchString(s) || discussions.MatchString(s)
}

// rumourCues are substrings every match of the rumour regexps holds, so
// that most sentences skip them.
var rumourCues = []string{"selon", "après", "apres", "according", "reportedly", "familiar", "source", "aurai", "serai",
	"said to", "would be", "pourrai", "could", "might", "may", "talks", "discussion", "negotiat", "considering",
	"négoci", "discuterait", "envisagerait", "rumo", "rumeur", "pourparlers"}

// mayBeRumour is a cheap test for the words rumoured looks for in a
// lower-case sentence.
func mayBeRumour(low string) bool {
	for _, c := range rumourCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// remember keeps a round whose investors are not named in its clause.
func (a *assembler) remember(si *sentenceInfo, cl clause, parties []candidate) {
	raiser := a.clauseSubject(cl, 1, parties, a.lastSubject)
	if len(parties) > 0 && parties[0].start < cl.triggers[0].word.Start {
		raiser = parties[0].name
	}
	if at := a.attributes(si, cl, -1); raiser != "" && at.amount != nil {
		a.pending = pendingRound{raiser: raiser, amount: at.amount, sentence: si.index}
	}
}

// clauseSubject is the subject a clause leaves to the next one of its
// sentence: the company its anaphor stands for ("Weeks after Google's
// announcement, it …"), its first company, or the last subject.
func (a *assembler) clauseSubject(cl clause, ci int, parties []candidate, prev string) string {
	if h := head(a.f.text[cl.start:cl.end]); anaphor(h) != nil && a.antecedent(h) != "" &&
		(len(parties) == 0 || parties[0].start < cl.start+anaphor(h)[0] || parties[0].start >= cl.start+anaphor(h)[1]) {
		return a.antecedent(h)
	}
	if len(parties) > 0 {
		return parties[0].name
	}
	if ci > 0 {
		return a.lastSubject
	}
	return prev
}

// coParties adds to a group the companies named as taking part alongside
// one of its members: "invested in Anthropic alongside Spark Capital",
// "aux côtés de Bpifrance et de MGX", "with participation from Nvidia".
// They share one side of the deal, so they belong to the same deal.
func (a *assembler) coParties(g []string, parties []candidate) []string {
	chained := false
	for i := 1; i < len(parties); i++ {
		p, q := parties[i], parties[i-1]
		if contains(g, p.name) || !contains(g, q.name) || q.end > p.start {
			chained = false
			continue
		}
		gap := a.f.text[q.end:p.start]
		if coMarker.MatchString(gap) || chained && (listGap(gap) || strings.HasPrefix(strings.TrimSpace(gap), "et d")) {
			g = append(g, p.name)
			chained = true
			continue
		}
		chained = false
	}
	return g
}

// passiveAgent is the agent word of a passive supply verb: "livrés par".
var passiveAgent = regexp.MustCompile(`^\s*(?:by|par)\s+$`)

// suppliesTo reports a maker that is the subject of a supply verb whose
// customer follows: "Nvidia fournira 18 000 puces GB300 à la société".
func (a *assembler) suppliesTo(cl clause, maker, customer candidate) bool {
	for _, t := range cl.triggers {
		if !t.supply || !t.verb {
			continue
		}
		if maker.end <= t.word.Start && customer.start > t.word.End {
			return true
		}
		// the passive: "xAI a reçu 100 000 GPU livrés par Nvidia" — only
		// with its agent word, since "provide access to Nvidia GB300
		// systems" names the maker of what is provided, not a supplier
		if customer.end <= t.word.Start && maker.start > t.word.End && maker.start-t.word.End < 12 &&
			passiveAgent.MatchString(a.f.text[t.word.End:maker.start]) {
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

func names(cs []candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
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
	// a defaultKind is decided below; a kind stated by the clause that
	// differs in nature from the earlier deal's is another agreement
	// ("leased capacity from Core Scientific" then "agreed to acquire Core
	// Scientific")
	stated := !(kind == kindPartnership && !a.saysPartnership(cl))
	if d != nil && stated && !d.defaultKind && otherNature(d.kind, kind) && !a.definiteOnly(cl) {
		d = nil
	}
	if d != nil && d.kind == kindInvestment && !d.defaultKind && jointVenture(cl) && !a.definiteOnly(cl) {
		// "Aker a mené le tour de Nscale" then "une coentreprise détenue
		// par Nscale et Aker": a venture they own together is another
		// agreement than the round
		d = nil
	}
	if d != nil && d.bornIn == si.index && cl.start > d.bornAt && stated && !d.defaultKind &&
		kind != d.kind && kind != kindPartnership && d.kind != kindPartnership && !a.definiteOnly(cl) {
		// "took a stake in Nebius and later signed a contract with the
		// neocloud": two clauses, two verbs, two kinds, two agreements
		d = nil
	}
	if d != nil && (anchor >= 0 || !refIn(si, cl.span) && a.conflicts(d, at)) {
		if guessed && !expansion {
			// a partner guessed from the context is not enough to
			// report a second agreement
			return nil
		}
		// a gapped subject's own commitment, or other figures: another deal
		d = nil
	}
	if d != nil && !anyDefinite(cl) {
		// "Google first backed CFS in 2021": a year before the deal
		// already reported dates another agreement ("The agreements came
		// out of a request Meta issued in 2024" speaks of the same one)
		known := d.date
		if known == "" {
			known = a.f.published
		}
		cd := a.dealDate(si)
		if len(cd) >= 4 && len(known) >= 4 && cd[:4] < known[:4] {
			d = nil
		} else if len(cd) >= 7 && len(known) >= 7 && cd[:7] != known[:7] && stated && d.kind != kind &&
			kind != kindPartnership && d.kind != kindPartnership {
			// "il avait participé en février à sa levée de fonds" after
			// this summer's lease: another month, another kind
			d = nil
		}
	}
	// a partnership only by default: nothing in the clause said what kind
	defaultKind := kind == kindPartnership && !a.saysPartnership(cl)
	if d == nil {
		d = &dealBuilder{parties: parties, kind: kind, inferred: inferred, expansion: expansion, defaultKind: defaultKind,
			bornIn: si.index, bornAt: cl.start}
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
	if a.isRumour(si) {
		d.rumour++
	} else {
		d.firm++
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
	if at.amount == nil && kind == kindInvestment && a.pending.raiser == parties[0] && si.index-a.pending.sentence <= 2 {
		// "It raised $1.4 billion. The round was led by Mubadala."
		at.amount = a.pending.amount
	}
	d.apply(at, true)
	if d.date == "" {
		d.date = a.dealDate(si)
	}
	a.last = d
	return d
}

// jointVenture reports a joint-venture noun among a clause's triggers.
func jointVenture(cl clause) bool {
	for _, t := range cl.triggers {
		switch t.word.Text {
		case "coentreprise", "joint-venture", "venture":
			return true
		}
	}
	return false
}

// otherNature reports two kinds that cannot describe one agreement: a
// takeover against a sale of capacity, chips or space. (An investment
// often comes with a purchase in one agreement: "Nvidia will invest $100bn
// in OpenAI, which will deploy 10 GW of its systems".)
func otherNature(k1, k2 string) bool {
	use := func(k string) bool { return k == kindLease || k == kindCapacity || k == kindPurchase }
	return k1 == kindAcquisition && use(k2) || use(k1) && k2 == kindAcquisition
}

// anyDefinite reports a clause with a trigger that refers back ("the
// agreements", "ce contrat").
func anyDefinite(cl clause) bool {
	for _, t := range cl.triggers {
		if t.definite {
			return true
		}
	}
	return false
}

// definiteOnly reports a clause whose triggers all refer back ("the
// acquisition", "ce contrat").
func (a *assembler) definiteOnly(cl clause) bool {
	for _, t := range cl.triggers {
		if !t.definite {
			return false
		}
	}
	return true
}

// refIn reports a reference to a deal already reported inside the span:
// "reworked that arrangement into a contract: Talen agreed to supply…" refers
// back in its first clause only.
func refIn(si *sentenceInfo, sp span) bool {
	for _, r := range si.refs {
		if r.start >= sp.start && r.end <= sp.end {
			return true
		}
	}
	return false
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

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// attach gives the figures of a sentence that states no deal to the deal it
// refers to: by a definite phrase ("the agreement", "cet accord"), by a
// pronoun continuing the previous sentence, or by naming its parties.
func (a *assembler) attach(si *sentenceInfo, cls []clause) {
	if len(a.deals) == 0 {
		return
	}
	if len(cls) > 0 && withAuthority.MatchString(a.f.text[si.start:si.end]) {
		// "en signant avec le gouvernement un protocole d'accord":
		// another agreement, not the deal's terms
		return
	}
	if len(si.companies) == 0 && a.last != nil && si.index-a.last.lastSentence <= 3 && mayExpand(si.low) && newExpansion.MatchString(a.f.text[si.start:si.end]) {
		if at := a.attributes(si, clause{span: si.span}, -1); at.amount != nil || at.power != nil {
			a.followOn(si, at).expansion = true
			return
		}
	}
	if a.last != nil && si.index-a.last.lastSentence <= 3 && a.onlyLastParties(si) && newAgreement.MatchString(a.f.text[si.start:si.end]) {
		// "A second agreement, worth $200 million, covers 8,000 more
		// servers": another agreement between the same companies
		if at := a.attributes(si, clause{span: si.span}, -1); at.amount != nil || at.power != nil || at.count != nil {
			d := a.followOn(si, at)
			d.bornIn = si.index
			if d.date == "" {
				d.date = a.dealDate(si)
			}
			return
		}
	}
	named := distinctNames(si.companies, si.generic)
	// chips named without their maker ("en ajoutant des H200") belong to
	// the deal with their maker rather than to a later one for servers
	var makers []string
	for _, g := range a.f.gpus {
		if g.start >= si.start && g.end <= si.end && g.vendor != "" {
			makers = append(makers, g.vendor)
		}
	}
	var target *dealBuilder
	bestOverlap, bestScore := 0, 0
	for i := len(a.deals) - 1; i >= 0; i-- {
		o, maker := 0, 0
		for _, p := range a.deals[i].parties {
			if contains(named, p) {
				o++
			}
			if contains(makers, p) && !contains(named, p) {
				maker = 1
			}
		}
		if score := 2*o + maker; o > 0 && score > bestScore {
			target, bestOverlap, bestScore = a.deals[i], o, score
		}
	}
	ref := si.ref || (si.pronoun && a.prevTouched)
	strong := false
	switch {
	case a.continues(si, cls) && (target == nil || target == a.last):
		// the next sentence goes on about the deal with its subject
		// described: "Nebius a signé avec Meta. Le groupe fournira pour 3
		// milliards de dollars de capacité sur cinq ans."
		target, strong = a.last, true
	case (ref || si.weakRef) && target == nil:
		// a reference without names speaks of the deal just reported
		if a.last == nil || si.index-a.last.lastSentence > 3 {
			return
		}
		for _, c := range si.companies {
			if !si.vendors[c.start] && !si.generic[c.start] {
				return
			}
		}
		target, strong = a.referent(si), ref
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
			if !contains(target.parties, c.name) && !si.vendors[c.start] && !si.generic[c.start] {
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

// followOn reports another deal between the last deal's companies, of its
// kind, with the figures at of sentence si ("A first expansion, of up to $4
// billion", "A second agreement, worth $200 million"), and returns it.
func (a *assembler) followOn(si *sentenceInfo, at attrs) *dealBuilder {
	d := &dealBuilder{parties: a.last.parties, roles: a.last.roles, kind: a.last.kind,
		inferred: true, lastSentence: si.index, evidence: []span{si.span}}
	d.apply(at, true)
	a.deals = append(a.deals, d)
	a.last = d
	return d
}

// possessiveOnly reports a company named in si only in the possessive
// ("Qualcomm's push").
func (a *assembler) possessiveOnly(si *sentenceInfo, name string) bool {
	found := false
	for _, c := range si.companies {
		if c.name != name {
			continue
		}
		if !possessive(a.f.text, c.end) {
			return false
		}
		found = true
	}
	return found
}

// joiners reports the whole round or loan when a sentence says companies
// took part in the one just reported ("Coatue, Carlyle and BlackRock also
// took part in the facility", "Magnetar et Altimeter ont participé à
// l'opération"): it adds a deal of all its participants, beside the lead's
// own, and reports whether it did.
func (a *assembler) joiners(si *sentenceInfo) bool {
	last := a.last
	if last == nil || si.index-last.lastSentence > 2 || (last.kind != kindInvestment && last.kind != kindFinancing) ||
		!participation.MatchString(a.f.text[si.start:si.end]) {
		return false
	}
	d := &dealBuilder{}
	*d = *last
	role := newsgraph.RoleInvestor
	if d.kind == kindFinancing {
		role = newsgraph.RoleLender
	}
	var added []string
	for _, n := range distinctNames(si.companies, si.vendors) {
		if !contains(d.parties, n) {
			added = append(added, n)
		}
	}
	if len(added) == 0 {
		return false
	}
	d.parties = append(slices.Clone(d.parties), added...)
	if d.roles != nil {
		roles := maps.Clone(d.roles)
		for _, n := range added {
			roles[n] = role
		}
		d.roles = roles
	}
	d.evidence = appendSpan(slices.Clone(d.evidence), si.span)
	d.lastSentence = si.index
	a.deals = append(a.deals, d)
	a.last = d
	return true
}

// pronounSubject is the company an anaphor opening the clause stands for
// ("it", "the company", "elle"), or "".
func (a *assembler) pronounSubject(si *sentenceInfo, cl clause) string {
	h := head(a.f.text[cl.start:cl.end])
	if anaphor(h) == nil {
		return ""
	}
	return a.antecedent(h)
}

// rivalGuess reports a partner guessed from the context in a sentence
// about that company's rivals: "Its rivals moved earlier: Microsoft signed
// to take the power of Crane" is no deal of Meta's.
func (a *assembler) rivalGuess(si *sentenceInfo, g []string) bool {
	if !rivalWords.MatchString(si.low) {
		return false
	}
	for _, p := range g {
		if !a.namedHere(si, p) {
			return true
		}
	}
	return false
}

// onlyLastParties reports a sentence that names no company but the last
// deal's parties and the makers of hardware.
func (a *assembler) onlyLastParties(si *sentenceInfo) bool {
	for _, c := range si.companies {
		if !contains(a.last.parties, c.name) && !si.vendors[c.start] && !si.generic[c.start] {
			return false
		}
	}
	return true
}

// referent is the deal a reference without names speaks of: the last deal,
// unless the reference names a kind ("the lease", "le rachat") that an
// earlier deal of the last few sentences has and the last one has not.
func (a *assembler) referent(si *sentenceInfo) *dealBuilder {
	for _, r := range si.refs {
		noun := strings.ToLower(a.f.text[r.start:r.end])
		if i := strings.LastIndexAny(noun, " '’"); i >= 0 {
			noun = noun[i+1:]
		}
		kind := triggers[noun].kind
		if kind == "" || kind == kindPartnership || a.last.kind == kind {
			continue
		}
		for i := len(a.deals) - 1; i >= 0; i-- {
			d := a.deals[i]
			if si.index-d.lastSentence > 3 {
				break
			}
			if d.kind == kind {
				return d
			}
		}
	}
	return a.last
}

// partnerIs names a partner with a copula: "The first partner is Google
// Cloud", "Son premier partenaire est Mistral AI".
var partnerIs = regexp.MustCompile(`(?i)\b(?:first|second|third|new|latest|other|main|key|its|their|premier|deuxième|second|nouveau|principal|son|leur)\s+(?:partners?|partenaires?)\s+(?:is|are|will\s+be|was|est|sont|sera)\s+(?:the\s+|le\s+|la\s+|l['’])?$`)

// namedPartner reports the deal of a sentence that names a partner of the
// company the text is about with a copula, or nil.
func (a *assembler) namedPartner(si *sentenceInfo) *dealBuilder {
	if !strings.Contains(si.low, "partner") && !strings.Contains(si.low, "partenaire") {
		return nil
	}
	owner := a.lastSubject
	if owner == "" {
		owner = a.focus
	}
	for _, c := range si.companies {
		if c.name == owner || si.vendors[c.start] {
			continue
		}
		if owner != "" && partnerIs.MatchString(a.f.text[si.start:c.start]) {
			return a.add(si, clause{span: si.span}, []string{owner, c.name}, kindPartnership, -1, false)
		}
		break
	}
	return nil
}

// withoutRefs is the clause without its references to deals already
// reported ("Under the agreements, … will each deploy …").
func withoutRefs(cl clause) clause {
	out := cl
	out.triggers = nil
	for _, t := range cl.triggers {
		if !t.definite {
			out.triggers = append(out.triggers, t)
		}
	}
	return out
}

// listedSubjects is the first party of a clause and the parties listed
// with it before the clause's last deal word: "Samsung Electronics, SK
// Group and Hyundai Motor Group will each deploy…".
func (a *assembler) listedSubjects(cl clause, parties []candidate) []string {
	out := []string{parties[0].name}
	if len(cl.triggers) == 0 {
		return out
	}
	first := cl.triggers[len(cl.triggers)-1].word.Start
	for i := 1; i < len(parties) && parties[i].end <= first; i++ {
		if !listGap(a.f.text[parties[i-1].end:parties[i].start]) {
			break
		}
		out = append(out, parties[i].name)
	}
	return out
}

// leaseGuarantee finds a guarantee of a tenant's lease: "backstop $1.8
// billion of Fluidstack's lease obligations", "garant … des obligations
// locatives de Fluidstack".
var leaseGuarantee = regexp.MustCompile(`(?:[Bb]ackstop|[Gg]uarantee|[Gg]uaranteed|[Gg]arant|[Gg]arantie|[Gg]arantir|[Gg]arantit)\b.{0,60}?(?:(\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?)['’]s\s+lease\s+(?:obligations|payments)|(?:obligations|engagements|paiements)\s+locati(?:ves|fs)\s+d(?:e\s+|['’])(\p{Lu}[\p{L}\d]*(?:\s\p{Lu}[\p{L}\d]*)?))`)

// tenantGuaranteed is the tenant whose lease a clause guarantees, or "".
func tenantGuaranteed(s string) string {
	// "arant" is in guarantee, guaranteed, garant, garantie, garantir
	if !strings.Contains(s, "ackstop") && !strings.Contains(s, "arant") {
		return ""
	}
	m := leaseGuarantee.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if m[1] != "" {
		return m[1]
	}
	return m[2]
}

// landlordOf is the other party of the last lease-like deal with the
// tenant, or the article's main company.
func (a *assembler) landlordOf(tenant string) string {
	for i := len(a.deals) - 1; i >= 0; i-- {
		d := a.deals[i]
		if contains(d.parties, tenant) && len(d.parties) == 2 && (d.kind == kindLease || d.kind == kindCapacity || d.kind == kindPartnership) {
			if d.parties[0] == tenant {
				return d.parties[1]
			}
			return d.parties[0]
		}
	}
	if a.focus != tenant {
		return a.focus
	}
	return ""
}

// replaceName returns g with old replaced by new.
func replaceName(g []string, old, new string) []string {
	out := make([]string, len(g))
	for i, x := range g {
		if x == old {
			x = new
		}
		out[i] = x
	}
	return out
}

// continues reports a sentence right after the last deal's whose subject
// is one of its parties, that names no other company and whose deal words
// fit that deal, while the deal has no amount yet: it states the deal's
// terms. A sentence that turns to something else ("also raised", "plans to
// invest in new data centers") does not.
func (a *assembler) continues(si *sentenceInfo, cls []clause) bool {
	d := a.last
	if d == nil || d.amount != nil || si.index-d.lastSentence != 1 || otherMatter.MatchString(si.low) ||
		!contains(d.parties, a.subjectOf(si)) || !onlyParties(si, d.parties) {
		return false
	}
	n := 0
	for _, cl := range cls {
		for _, t := range cl.triggers {
			if t.raise || t.kind != "" && t.kind != d.kind && !t.supply {
				return false
			}
			n++
		}
	}
	return n > 0
}

// otherMatter marks a sentence that turns from the deal just reported to
// something else.
var otherMatter = regexp.MustCompile(`\b(?:also|separately|in addition|meanwhile|aussi|également|par ailleurs|en outre|de son côté|parallèlement)\b`)

// onlyParties reports a sentence that names no company outside parties,
// hardware makers aside.
func onlyParties(si *sentenceInfo, parties []string) bool {
	for _, c := range si.companies {
		if !contains(parties, c.name) && !si.vendors[c.start] {
			return false
		}
	}
	return true
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
	if d.count != nil && d.kind != kindInvestment {
		// chips counted near a stake are the investor's or the
		// investee's fleet, not bought in the deal
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
	if d.rumour > 0 && d.firm == 0 {
		// only ever reported as a rumour
		c -= 0.25
	}
	out.Confidence = math.Round(math.Min(c, 0.95)*100) / 100
	return out
}
