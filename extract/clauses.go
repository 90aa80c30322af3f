// Clauses: the trigger words of a sentence, the clauses they head, the
// references to deals already reported, and the kind a clause states.

package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/text"
)

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

// inContext checks the words that signal a deal only in some contexts:
// "raised" followed by the money ("raised $480m", not "raised its stake
// to"), "Series" followed by its letter, "augmentation de capital",
// "placement privé", and building verbs followed by with/avec ("developing
// with Blue Owl", "together with Oracle"). Other words pass.
func (a *assembler) inContext(si *sentenceInfo, k int) bool {
	w := si.words[k]
	next := ""
	if k+1 < len(si.words) {
		next = si.words[k+1].Text
	}
	switch w.Text {
	case "raise", "raises", "raised", "raising":
		for _, m := range a.f.amounts {
			if m.Start >= w.End && m.Start-w.End <= 25 {
				gap := strings.ToLower(a.f.text[w.End:m.Start])
				return !strings.Contains(gap, " to ") && !strings.Contains(gap, ".")
			}
		}
		return false
	case "apport", "apports":
		for _, m := range a.f.amounts {
			if m.Start >= w.End && m.Start-w.End <= 6 {
				return strings.TrimSpace(a.f.text[w.End:m.Start]) == "de"
			}
		}
		return false
	case "private":
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			switch si.words[j].Text {
			case "take", "takes", "took", "taken", "taking":
				return true
			}
		}
		return false
	case "retiré", "retire", "retirer", "retirera":
		return strings.HasPrefix(si.low[w.End-si.start:], " de la cote")
	case "backed", "backs":
		// "Google first backed CFS": an investor and the company it
		// funds; not "backed by" nor "Nvidia-backed"
		return k+1 < len(si.words) && a.companyAt(si, si.words[k+1].Start) &&
			!(k > 0 && si.words[k-1].End == w.Start)
	case "customer", "client":
		// a first or launch customer announced with a product is a deal;
		// "its customers include…" lists clients, not agreements
		return k >= 1 && customerQualifiers[si.words[k-1].Text]
	case "location", "locations":
		// French rental, not an English place
		return a.f.lang == "fr"
	case "tour":
		// "un tour de table", "le tour mené par X", not "à son tour" (in
		// turn), "tour à tour" or "au tour de"
		if next == "à" {
			return false
		}
		if k >= 1 && si.words[k-1].Text == "au" {
			return false
		}
		return !(k >= 2 && si.words[k-2].Text == "à" && possessiveDeterminers[si.words[k-1].Text])
	case "series", "série":
		return len(next) == 1 && next[0] >= 'a' && next[0] <= 'h'
	case "augmentation":
		return next == "de" && k+2 < len(si.words) && si.words[k+2].Text == "capital"
	case "placement":
		return next == "privé" || next == "private"
	case "put", "puts", "putting", "committed", "commits", "commit":
		// money right after the verb, then into/to/in a company: "put
		// around $3 billion into Anthropic", "committed $8 billion to
		// Anthropic"; not "committed to buy", "put pressure on"
		for j := k + 1; j < len(si.words) && j <= k+8; j++ {
			x := si.words[j]
			if x.Text == "into" || x.Text == "to" || x.Text == "in" {
				return a.amountBetween(w.End, x.Start) && j+1 < len(si.words) && a.companyAt(si, si.words[j+1].Start)
			}
		}
		return false
	case "pour", "pours", "poured", "pouring":
		// "poured $2bn into X", not "pours concrete"
		for _, x := range si.words[k+1 : min(len(si.words), k+9)] {
			if x.Text == "into" {
				return a.amountBetween(w.End, x.Start)
			}
		}
		return a.relativeInto(si, k, "into")
	case "mise", "misé", "misent", "parie", "parié":
		// "mise 5 milliards de dollars sur Intel", not "la mise en service"
		for _, x := range si.words[k+1 : min(len(si.words), k+9)] {
			if x.Text == "sur" || x.Text == "dans" {
				return a.amountBetween(w.End, x.Start)
			}
		}
		return a.relativeInto(si, k, "sur", "dans")
	case "offre", "offert", "offrir", "offrira":
		// "Microsoft s'offre Nebius", "s'est offert": a purchase; "offre"
		// alone is an offer or a product line
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if si.words[j].Text == "s'" || si.words[j].Text == "s’" {
				return true
			}
		}
		return false
	case "capital":
		// "entrer au capital de X", "faire entrer G42 à son capital"
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if strings.HasPrefix(si.words[j].Text, "entr") {
				return true
			}
		}
		return false
	case "associé", "associée", "associés", "associées", "allié", "alliée", "alliés":
		// "s'est associé à", "se sont alliés avec": a verb; "les
		// équipements associés" is an adjective
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			switch si.words[j].Text {
			case "est", "sont", "s'est", "s’est", "s'était", "s’était":
				return true
			}
		}
		return false
	case "backers", "investors", "shareholders", "actionnaires", "investisseurs", "soutiens":
		return k >= 2 && (si.words[k-2].Text == "among" || si.words[k-2].Text == "parmi") || investorList(si, k)
	case "appuie", "appuient", "appuyer", "appuiera", "appuyé", "appuyée", "relies", "rely", "relying", "relied",
		"tapped", "taps", "tapping", "selected", "chose", "picked", "choisi", "choisit", "retenu", "sélectionné", "sélectionnée":
		// the provider chosen must follow at once: "s'appuie sur
		// Fluidstack", "relies on Nvidia", "a choisi Blue Owl", not
		// "tapped the bond market" or "a choisi d'investir"
		for j := k + 1; j < len(si.words) && j <= k+3; j++ {
			x := si.words[j]
			if a.companyAt(si, x.Start) {
				return true
			}
			if x.Text != "sur" && x.Text != "on" && x.Text != "le" && x.Text != "la" && x.Text != "l'" && x.Text != "l’" && x.Text != "the" {
				return false
			}
		}
		return false
	case "financer", "finance", "fund":
		// "Pour financer ses paris sur l'IA, SoftBank a vendu…": a
		// sentence opening on paying for one's own plans is no loan from
		// anyone ("Meta a choisi Blue Owl pour financer son campus" is)
		if k == 1 && (si.words[0].Text == "pour" || si.words[0].Text == "to") && possessiveDeterminers[next] {
			return false
		}
		return true
	case "investment", "investments", "investissement", "investissements":
		// "chief investment officer", "investment bank": a title or a
		// kind of firm, not a deal
		return !investmentCompound[next]
	case "stake", "stakes", "participation", "participations":
		// "sold its stake in Nvidia", "a cédé sa participation": a stake
		// sold on the market is no deal with the company held
		for j := k - 1; j >= 0 && j >= k-7; j-- {
			if disposalWords[si.words[j].Text] {
				return false
			}
		}
		return true
	case "hosted", "housed", "hébergé", "hébergée", "hébergés", "hébergées":
		for _, x := range si.words[k+1 : min(len(si.words), k+7)] {
			if facilityWords[x.Text] {
				return true
			}
		}
		return false
	}
	if (w.Text == "together" || w.Text == "ensemble") && strings.HasSuffix(strings.TrimSpace(a.f.text[si.start:w.Start]), ",") {
		// "BlackRock, together with Microsoft and MGX, agreed to buy…": a
		// parenthesis that joins companies to the subject, not a deal
		return false
	}
	if t := triggers[w.Text]; t.kind == kindPartnership && t.verb && !t.focus {
		for j := k + 1; j+1 < len(si.words) && j <= k+10; j++ {
			x := si.words[j].Text
			if (x == "for" || x == "pour") && a.companyAt(si, si.words[j+1].Start) {
				// "les campus que Vantage construit pour Oracle",
				// "building two campuses for Oracle": for a named customer
				return true
			}
			if linkPrep[x] != "" && linkPrep[x] != "of" || a.companyAt(si, si.words[j].Start) {
				break
			}
		}
		return next == "with" || next == "avec" || (next == "together" || next == "ensemble") ||
			(w.Text == "together" || w.Text == "ensemble" || w.Text == "conjointement") && (next == "with" || next == "avec")
	}
	return true
}

// percentOf is a share of a company: "50 % d'OpCore", "a 40% stake".
var percentOf = regexp.MustCompile(`^\s*\d+(?:[.,]\d+)?\s*(?:%|percent|pour cent)`)

// outranked reports a yielding trigger with another deal word in the same
// stretch of the sentence, not across a relative pronoun: in "a choisi Blue
// Owl pour financer" the financing says what the deal is; in "s'appuie sur
// Fluidstack, qui fournit des GPU à Meta" the supply is another deal.
func (a *assembler) outranked(si *sentenceInfo, t trig, ts []trig) bool {
	for _, o := range ts {
		if o.yields {
			continue
		}
		from, to := min(t.word.End, o.word.End), max(t.word.Start, o.word.Start)
		if from > to || !relativeWord.MatchString(strings.ToLower(a.f.text[from:to])) {
			return true
		}
	}
	return false
}

// relativeWord opens a relative clause.
var relativeWord = regexp.MustCompile(`\b(?:qui|which|who|that)\b`)

// investmentCompound follow "investment" in titles and kinds of firms.
var investmentCompound = set("officer", "officers", "banker", "bankers", "bank", "banks", "banking", "grade",
	"firm", "firms", "manager", "managers", "management", "committee", "strategist", "adviser", "advisor",
	"vehicle", "vehicles", "arm", "chief", "director")

// disposalWords sell what follows them.
var disposalWords = set("sold", "sell", "sells", "selling", "sale", "offloaded", "offload", "divested", "divest",
	"exited", "dumped", "trimmed", "cédé", "cède", "cèdent", "céder", "cédera", "cession", "vendu", "vend",
	"vendre", "vente", "solder", "soldé", "allégé")

// announceVerbs report a deal as news: a definite deal noun right after one
// ("a annoncé le rachat de", "announced the acquisition of") introduces it.
var announceVerbs = set("announced", "announces", "announce", "unveiled", "confirmed", "completed", "closed",
	"annoncé", "annonce", "annoncent", "dévoilé", "officialisé", "confirmé", "finalisé", "bouclé")

// announced reports an announcement verb right before the phrase at pos.
func (a *assembler) announced(si *sentenceInfo, pos int) bool {
	for i := len(si.words) - 1; i >= 0; i-- {
		if si.words[i].End <= pos {
			return announceVerbs[si.words[i].Text] && !strings.ContainsAny(a.f.text[si.words[i].End:pos], ",;:")
		}
	}
	return false
}

// investorList reports "investors included X, Y", "les investisseurs
// comprennent X": the investors of the round just reported.
func investorList(si *sentenceInfo, k int) bool {
	// "Les investisseurs déjà présents, parmi lesquels", "investors, among
	// them"
	for j := k + 1; j+1 < len(si.words) && j <= k+6; j++ {
		w, next := si.words[j].Text, si.words[j+1].Text
		if w == "parmi" && (next == "lesquels" || next == "lesquelles" || next == "eux") || w == "among" && next == "them" {
			return true
		}
	}
	// "Investors included", "Investors in the round include"
	for j := k + 1; j < len(si.words) && j <= k+5; j++ {
		switch si.words[j].Text {
		case "include", "included", "including", "includes", "comprennent", "comprenaient", "incluent", "figurent", "sont":
			return true
		}
		if linkPrep[si.words[j].Text] == "" && j == k+1 {
			return false
		}
	}
	return false
}

// relativeWords open a relative clause after a preposition: "into which",
// "dans laquelle".
var relativeWords = set("which", "whom", "laquelle", "lequel", "lesquelles", "lesquels", "quoi")

// relativeInto reports a money verb whose target comes before it, as a
// preposition and a relative pronoun ("the ChatGPT maker into which it has
// poured $13 billion", "la start-up sur laquelle il a misé 2 milliards"),
// with the money right after the verb.
func (a *assembler) relativeInto(si *sentenceInfo, k int, preps ...string) bool {
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		if !relativeWords[si.words[j].Text] {
			continue
		}
		if !contains(preps, si.words[j-1].Text) {
			return false
		}
		w := si.words[k]
		for _, m := range a.f.amounts {
			if m.Start >= w.End && m.Start-w.End <= 20 && !strings.Contains(a.f.text[w.End:m.Start], ",") {
				return true
			}
		}
		return false
	}
	return false
}

// amountBetween reports an amount of money inside [from, to).
func (a *assembler) amountBetween(from, to int) bool {
	for _, m := range a.f.amounts {
		if m.Start >= from && m.End <= to {
			return true
		}
	}
	return false
}

// facilityWords name a data-centre facility.
var facilityWords = set("centre", "center", "centres", "centers", "datacenter", "datacentre", "datacenters",
	"campus", "facility", "facilities", "chez")

// customerQualifiers make a customer the news: "the launch customer",
// "son premier client".
var customerQualifiers = set("launch", "first", "anchor", "lead", "premier", "principal", "new", "nouveau", "biggest", "largest")

// describingClause is an apposition with a relative clause right after a
// company, up to its closing comma: ", the cloud provider that rents out
// Nvidia GPUs to AI developers,".
var describingClause = regexp.MustCompile(`^,\s+(?:the|a|an|le|la|l['’]|un|une)\s+[^,;.]{0,60}?\s(?:that|which|qui)\s[^,;.]{1,120},`)

// negatable are the trigger words notTrigger can rule out; the regexp runs
// only on sentences that hold one.
var negatable = set("investment", "investissement", "deal", "accord", "debt", "venture", "commandes", "order", "orders",
	"partnership", "partenariat", "coentreprise", "contract", "prêt", "prêts", "prête", "prêtes")

var clauseSplit = []string{";", ": ", ", and ", " and ", ", et ", " et ", ", while ", ", but ", ", mais ", " tandis qu", ", whereas ", ", alors qu", ", when ", ", lorsque ", ", quand "}

// hardSplit separators always end a clause, whether or not both sides
// hold a trigger.
var hardSplit = map[string]bool{";": true, ": ": true, ", while ": true, " tandis qu": true, ", whereas ": true, ", alors qu": true}

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
	// "CoreWeave, the cloud provider that rents out GPUs to AI
	// developers, said it had secured…": what a description says the
	// company does for customers it does not name is no deal
	for _, c := range si.companies {
		m := describingClause.FindStringIndex(a.f.text[c.end:si.end])
		if m == nil {
			continue
		}
		named := false
		for _, o := range si.companies {
			if o.start > c.end && o.start < c.end+m[1] && !si.vendors[o.start] {
				named = true
			}
		}
		if !named {
			skips = append(skips, []int{c.end - si.start, c.end + m[1] - si.start})
		}
	}
	for k, w := range si.words {
		t, ok := triggers[w.Text]
		if !ok || !t.verb && k > 0 && inName(a.f.text, si.words[k-1], w) {
			continue
		}
		if a.companyAt(si, w.Start) {
			// "Global Infrastructure Partners", "Partners Group": a word
			// of a company's name says nothing of a deal
			continue
		}
		if !a.inContext(si, k) {
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
			if !t.verb && w.Start >= r.start && w.End <= r.end && !a.announced(si, r.start) {
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
	if len(ts) == 0 {
		// "X will offer a cluster built on Y's GPUs, the two companies
		// said": a joint announcement is an agreement, of a kind the
		// rest of the sentence tells
		if m := jointStatement.FindStringIndex(si.low); m != nil {
			w := text.Token{Start: si.start + m[0], End: si.start + m[1], Text: si.low[m[0]:m[1]]}
			ts = append(ts, trig{trigger: trigger{chips: true}, word: w})
		}
	}
	sort.Slice(ts, func(i, j int) bool { return ts[i].word.Start < ts[j].word.Start })
	ts = slices.DeleteFunc(ts, func(t trig) bool { return t.yields && a.outranked(si, t, ts) })
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
			if sep == ": " && a.elaboration(si, ts, si.start+from+k, si.start+from+k+len(sep)) {
				// "un premier client de poids : Humain, la société…": the
				// colon names what the clause announced
				from += k + len(sep)
				continue
			}
			cuts = append(cuts, si.start+from+k)
			if hardSplit[sep] {
				hard[si.start+from+k] = true
			}
			from += k + len(sep)
		}
	}
	// ", Amazon bought a campus from Talen": a comma before a company that
	// is the subject of its own verb starts another clause
	for _, c := range si.companies {
		if c.start <= si.start+2 || !strings.HasSuffix(strings.TrimRight(a.f.text[si.start:c.start], " "), ",") {
			continue
		}
		cut := si.start + strings.LastIndex(a.f.text[si.start:c.start], ",")
		verbBefore := false
		for _, t := range ts {
			if t.verb && t.word.End <= cut {
				verbBefore = true
			}
		}
		// only after a clause with its own verb: not "Dans le cadre de
		// cet accord, Nebius mettra…"
		if verbBefore && a.verbFollows(si, c.end) && !strings.HasPrefix(a.f.text[c.end:], ",") {
			cuts = append(cuts, cut)
			hard[cut] = true
		}
	}
	// "Microsoft avait annoncé 3 milliards en Inde, et Amazon Web Services
	// prévoit d'y investir 12,7 milliards": two companies, each the
	// subject of its own verb, joined after a comma are two clauses
	for i, c := range si.companies {
		m := coordinatedSubject.FindStringIndex(a.f.text[si.start:c.start])
		if i == 0 || m == nil || !a.finiteVerbAfter(si, c.end) {
			continue
		}
		for _, b := range si.companies[:i] {
			if b.end <= si.start+m[0] && a.finiteVerbAfter(si, b.end) {
				cut := si.start + m[0]
				cuts = append(cuts, cut)
				hard[cut] = true
				break
			}
		}
	}
	if attribution.MatchString(si.low) {
		// the source and whom it cites are no party: the clause starts at
		// the first company after a comma that is its verb's subject
		for _, c := range si.companies {
			before := strings.TrimRight(a.f.text[si.start:c.start], " ")
			if strings.HasSuffix(before, ",") && a.finiteVerbAfter(si, c.end) {
				cut := si.start + len(before) - 1
				cuts = append(cuts, cut)
				hard[cut] = true
				break
			}
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
		if left > 0 && right > 0 && !a.companyBetweenOnly(si, c) {
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

// elaboration reports a colon (at byte colon) followed by a company (at
// pos) that names what a deal word just before the colon announced ("un
// premier client de poids : Humain, la société…"), the company being the
// subject of no verb of its own.
func (a *assembler) elaboration(si *sentenceInfo, ts []trig, colon, pos int) bool {
	announced := false
	for _, t := range ts {
		if t.word.End <= colon && colon-t.word.End <= 30 {
			announced = true
		}
	}
	if !announced {
		return false
	}
	for _, c := range si.companies {
		if c.start == pos {
			return !a.finiteVerbAfter(si, c.end)
		}
	}
	return false
}

// companyBetweenOnly reports a cut that would only separate coordinated
// companies ("Crusoe and Blue Owl"): a company ends at the cut and another
// starts right after the conjunction.
func (a *assembler) companyBetweenOnly(si *sentenceInfo, cut int) bool {
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
		if c.start < after {
			continue
		}
		// the next company, right after the conjunction or after a short
		// description ("and Canadian pension fund PSP Investments")
		if gap := a.f.text[after:c.start]; c.start > after+1 && (len(strings.Fields(gap)) > 4 || strings.ContainsAny(gap, ",;:") || a.triggerIn(si, after, c.start)) {
			return false
		}
		if a.listBefore(si, cut) {
			// "Samsung Electronics, SK Group and Hyundai Motor Group will
			// each deploy": the last member of a list, not a new subject
			return true
		}
		// "… with IREN and OpenAI signed a deal": a new subject; but not
		// when a comma closes a parenthesis first ("X, together with Y and
		// Z, agreed to buy")
		return strings.HasPrefix(a.f.text[c.end:], ",") || !a.verbFollows(si, c.end)
	}
	return false
}

// listBefore reports a company ending at cut that is itself listed after
// another with a comma: "Samsung Electronics, SK Group| and Hyundai".
func (a *assembler) listBefore(si *sentenceInfo, cut int) bool {
	for i, c := range si.companies {
		if c.end <= cut && c.end >= cut-1 && i > 0 {
			return strings.TrimSpace(a.f.text[si.companies[i-1].end:c.start]) == ","
		}
	}
	return false
}

// triggerIn reports a trigger word between from and to.
func (a *assembler) triggerIn(si *sentenceInfo, from, to int) bool {
	for _, w := range si.words {
		if w.Start >= from && w.End <= to {
			if _, ok := triggers[w.Text]; ok {
				return true
			}
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

// coordinatedSubject ends the text before a company that opens a
// coordinated clause: ", et ", ", and ", ", while ", ", tandis que ".
var coordinatedSubject = regexp.MustCompile(`(?i)(?:,\s+(?:et|and)|,?\s+(?:while|whereas|tandis\s+que|alors\s+que))\s+(?:(?:in|en|on|le|la|l['’]|the)\s+)?(?:[\p{L}\d]+\s+){0,3}$`)

// attribution opens a sentence on its source: "Selon CNBC, qui cite Alex
// Davis, le patron du fonds Disruptive, Nvidia débourserait…".
var attribution = regexp.MustCompile(`(?i)^(?:selon|d['’]après|according\s+to)\b`)

// finiteVerbs are the auxiliaries and common verbs that follow a subject:
// a company right before one is the subject of its clause.
var finiteVerbs = set("began", "begins", "started", "starts", "followed", "follows", "joined", "joins", "a", "avait", "aura", "va", "vont", "ont", "avaient", "est", "sont", "était", "sera",
	"prévoit", "prévoient", "compte", "entend", "veut", "doit", "devrait", "pourrait", "annonce", "investit",
	"has", "have", "had", "will", "would", "is", "was", "are", "were", "plans", "intends", "expects",
	"said", "says", "could", "should", "may", "might", "announced", "invests", "spends")

// finiteVerbAfter reports a finite verb or a deal verb right after pos.
func (a *assembler) finiteVerbAfter(si *sentenceInfo, pos int) bool {
	for _, w := range si.words {
		if w.Start >= pos {
			t, ok := triggers[w.Text]
			return finiteVerbs[w.Text] || ok && t.verb
		}
	}
	return false
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

// onlyDeploy reports a clause whose only triggers deploy chips.
func onlyDeploy(cl clause) bool {
	for _, t := range cl.triggers {
		if !t.deploy {
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

// kindOf decides the kind of a clause's deal from its triggers and context.
func (a *assembler) kindOf(si *sentenceInfo, cl clause) string {
	best := ""
	chips := a.hasChips(si, cl.span)
	supply := false
	deployOnly := onlyDeploy(cl)
	for _, t := range cl.triggers {
		k := t.kind
		if t.chips && !chips || t.deploy && !deployOnly {
			continue
		}
		if t.supply {
			supply = true
		}
		if (k == kindAcquisition || k == kindPurchase) && a.sharesNear(si, t.word.End) {
			k = kindInvestment
		}
		if kindRank[k] > kindRank[best] {
			best = k
		}
	}
	if best == "" && onlyChips(cl) && !onlyDeploy(cl) && !chips && !a.capacityWords(si, cl) && a.spendsWith(si, cl) {
		return kindPartnership
	}
	if best == kindLease && a.buysCompany(si, cl) {
		// "agreed to buy Core Scientific, whose capacity it rents": buying
		// the landlord ends the lease, so the takeover is the deal stated
		return kindAcquisition
	}
	if best == kindPurchase && !chips && a.buysCompany(si, cl) {
		// "agreed to buy server maker ZT Systems": a takeover
		return kindAcquisition
	}
	if best == kindPurchase && !chips && a.buysFacility(si, cl) {
		// "bought a campus from Talen": a property changes hands
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

// buysFacility reports a purchase verb whose object is a facility: "bought
// a data-center campus", "racheter le campus".
func (a *assembler) buysFacility(si *sentenceInfo, cl clause) bool {
	for _, t := range cl.triggers {
		if !t.verb || t.kind != kindPurchase {
			continue
		}
		k := wordIndex(si, t.word.Start)
		for j := k + 1; k >= 0 && j < len(si.words) && j <= k+4; j++ {
			if facilityWords[si.words[j].Text] && si.words[j].Text != "chez" {
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

// spendsWith reports money spent together with a named company: "spend
// $50 billion on data centers with Fluidstack", "dépenser … avec Fluidstack".
// Spending with someone is building with them, a partnership.
func (a *assembler) spendsWith(si *sentenceInfo, cl clause) bool {
	for i, w := range si.words {
		if w.Start < cl.start || w.End > cl.end || w.Text != "with" && w.Text != "avec" || i+1 >= len(si.words) {
			continue
		}
		next := si.words[i+1].Start
		for _, c := range si.companies {
			if c.start == next && !si.generic[c.start] {
				return true
			}
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

// sharesNear: "acquire 32.5 million shares", "buy $5 billion of Intel
// stock", "reprendrait 50 % d'OpCore" buy equity, not a company or goods.
func (a *assembler) sharesNear(si *sentenceInfo, from int) bool {
	seg := si.low[from-si.start : min(len(si.low), from-si.start+40)]
	return strings.Contains(seg, "shares") || strings.Contains(seg, "actions") || strings.Contains(seg, "stake") ||
		strings.Contains(seg, "participation") || strings.Contains(seg, " stock") || percentOf.MatchString(seg)
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

func (a *assembler) symmetric(cl clause) bool {
	for _, t := range cl.triggers {
		if t.symmetric {
			return true
		}
	}
	return false
}
