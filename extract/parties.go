// Parties: which companies of a clause take part in its deal, who the
// subject is, and who stands in for a party the clause does not name.

package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// vendors finds companies named as the maker of the hardware in this
// sentence: "Nvidia GB300", "GB300 de Nvidia", "Nvidia's latest chips".
func (a *assembler) vendors(si *sentenceInfo) map[int]bool {
	out := map[int]bool{}
	gpuVendor := map[string]bool{}
	for _, g := range a.f.gpus {
		gpuVendor[g.vendor] = true
	}
	for _, c := range si.companies {
		if (chipMakers[c.name] || gpuVendor[c.name]) && a.namesHardware(si, c) {
			out[c.start] = true
		}
	}
	return out
}

// namesHardware reports a company named as the maker of hardware next to
// it: "Nvidia GB300", "Google's processors", "puces de Google".
func (a *assembler) namesHardware(si *sentenceInfo, c companyRef) bool {
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
	return found
}

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

// nonPartyCue is a cheap test for the words nonPartyBefore looks for, so
// that the regexp runs only where it can match.
func nonPartyCue(before string) bool {
	low := strings.ToLower(before)
	for _, w := range []string{"unlike", "contrairement", "différence", "rival", "rivaux", "concurren", "compet", "ceo", "cfo", "pdg", "directeur", "chief", "according", "selon", "like", "such as", "comme", "by", "par", "propriété", "filiale", "subsidiary", "unit of", "officer", "president", "chairman", "chairwoman", "director", "head of", "terms as", "basis as", "conditions as", "conditions que", "actionnaire", "shareholder", "investor", "investisseur", "backer", "part of", "division of", "arm of", "trail", "lag", "distanc", "devanc", "conçu", "dessiné", "designed", "engineered"} {
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
	// also are its other mentions in the clause.
	also []span
}

func (a *assembler) candidates(si *sentenceInfo, cl span) (parties []candidate, vendors []candidate) {
	seen := map[string]bool{}
	lastExcluded, lastExcludedName, listClosed := -1, "", false
	for _, c := range si.companies {
		if c.start < cl.start || c.end > cl.end {
			continue
		}
		if seen[c.name] {
			// another mention of a party ("in the ChatGPT maker"): it can
			// still be a trigger's object
			for i := range parties {
				if parties[i].name == c.name {
					parties[i].also = append(parties[i].also, c.span)
				}
			}
			continue
		}
		if a.ownerOf(si, c) {
			// "Alphabet Inc.'s Google": the parent names the party
			continue
		}
		lo := max(si.start, c.start-60)
		// "competing with OpenAI, Google and Anthropic": the whole list,
		// which ends after its conjunction ("Like Microsoft and Google,
		// Meta signed…")
		comma := lastExcluded >= 0 && strings.TrimSpace(a.f.text[lastExcluded:c.start]) == ","
		inList := lastExcluded >= 0 && listGap(a.f.text[lastExcluded:c.start]) &&
			!(comma && (listClosed || a.verbFollows(si, c.end)))
		if lastExcluded >= 0 && c.name == lastExcludedName && strings.Trim(a.f.text[lastExcluded:c.start], " (\"“«\u00a0") == "" {
			// the short name in brackets after an excluded one: "owned
			// by KKR and Global Infrastructure Partners ("GIP")"
			lastExcluded = c.end
			continue
		}
		if nonPartyCue(a.f.text[lo:c.start]) && nonPartyBefore.MatchString(a.f.text[lo:c.start]) && !rivalSubject.MatchString(a.f.text[si.start:c.start]) ||
			precedents.MatchString(a.f.text[si.start:c.start]) ||
			subsidiaryCue(si.low[max(0, c.start-110-si.start):c.start-si.start]) && parentAfterSubsidiary.MatchString(a.f.text[max(si.start, c.start-110):c.start]) ||
			nonPartyAfter.MatchString(a.f.text[c.end:min(si.end, c.end+30)]) ||
			stockAfter.MatchString(a.f.text[c.end:min(si.end, c.end+30)]) && !stockBought.MatchString(a.f.text[lo:c.start]) || inList {
			if lastExcluded >= 0 && inList {
				listClosed = listClosed || strings.TrimSpace(a.f.text[lastExcluded:c.start]) != ","
			} else {
				listClosed = false
			}
			lastExcluded, lastExcludedName = c.end, c.name
			continue
		}
		if si.vendors[c.start] {
			vendors = append(vendors, candidate{companyRef: c, vendor: true})
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

// parentAfterSubsidiary ends an apposition that calls the party a
// subsidiary of the company that follows: "Stream Data Centers, la filiale
// de centres de données de la société immobilière Stream Realty Partners".
var parentAfterSubsidiary = regexp.MustCompile(`(?i),\s*(?:la|une|sa|the|a|an|its)\s+(?:[\p{L}-]+\s+){0,3}(?:filiale|subsidiary|unit|arm|division)\b[^,;.]{0,90}\s(?:de|du|des|d['’]|of)\s*(?:la\s+|le\s+|l['’]|the\s+)?(?:[\p{L}-]+\s+){0,3}$`)

// subsidiaryCue is a cheap test for the nouns parentAfterSubsidiary looks
// for in lower-case text.
func subsidiaryCue(low string) bool {
	return strings.Contains(low, "filiale") || strings.Contains(low, "subsidiary") || strings.Contains(low, "unit") ||
		strings.Contains(low, "arm") || strings.Contains(low, "division")
}

// precedents opens a sentence on companies that did the same before: "Après
// Microsoft, Amazon et Google, le groupe se tourne vers l'atome", "After
// Microsoft and Amazon, Meta…". Their deals are told elsewhere.
var precedents = regexp.MustCompile(`(?i)^\s*(?:après|after|à l['’]instar d[eu']\s*|in the wake of)\s*$`)

// rivalSubject is a rival named as the subject of its sentence: "Son
// concurrent AMD n'a pas été oublié", "Rival AMD signed…". Such a company
// is a party of its own deal.
var rivalSubject = regexp.MustCompile(`(?i)^\s*(?:(?:son|sa|leur|its|their|le|the)\s+)?(?:\p{L}+\s+)?(?:rival|concurrent|competitor)\s+$`)

// ownerOf reports a company written as the owner of the next one: "Alphabet
// Inc.'s Google".
func (a *assembler) ownerOf(si *sentenceInfo, c companyRef) bool {
	if !possessive(a.f.text, c.end) {
		return false
	}
	after := c.end + len("'s")
	if strings.HasPrefix(a.f.text[c.end:], "’s") {
		after = c.end + len("’s")
	}
	for _, d := range si.companies {
		if d.start >= after && strings.TrimSpace(a.f.text[after:d.start]) == "" {
			return true
		}
	}
	return false
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
	if h := head(a.f.text[si.start:si.end]); anaphor(h) != nil {
		m := anaphor(h)
		first := -1
		if len(si.companies) > 0 {
			first = si.companies[0].start
		}
		// no company, or one named only well after the anaphor, or one
		// inside a fronted adverbial ("Weeks after Google's announcement,
		// it …"): the anaphor is the subject
		if first < 0 || first > si.start+m[1]+30 || first > si.start && first < si.start+m[0] {
			if a.topic != "" {
				// "For OpenAI, it is one more step…": the sentence is
				// about its topic
				return a.topic
			}
			return a.antecedent(h)
		}
	}
	for _, c := range si.companies {
		if si.vendors[c.start] || followedByDealNoun(a.f.text, c.end) || a.inPrepPhrase(si, c.start) {
			continue
		}
		return c.name
	}
	return ""
}

// subjectPreps are prepositions whose phrase cannot hold a sentence's subject;
// "by" and "par" introduce the agent of a passive, a subject in meaning.
var subjectPreps = set("sur", "à", "dans", "de", "du", "des", "chez", "pour", "avec", "après", "auprès",
	"in", "at", "on", "of", "from", "with", "after", "for", "into", "near",
	"alongside", "besides", "beyond", "outre")

// inPrepPhrase reports a company inside a prepositional phrase of the same
// stretch of the sentence ("sur le site du développeur Start Campus"): it is
// not the subject.
func (a *assembler) inPrepPhrase(si *sentenceInfo, pos int) bool {
	k := -1
	for i, w := range si.words {
		if w.End <= pos {
			k = i
		}
	}
	end := pos
	for n := 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		w := si.words[k]
		if strings.ContainsAny(a.f.text[w.End:end], ",;:(") {
			return false
		}
		if subjectPreps[w.Text] {
			return true
		}
		end = w.Start
	}
	return false
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

// pair decides the party groups of a clause with several companies.
func (a *assembler) pair(si *sentenceInfo, cl clause, parties []candidate, kind string, allDefinite bool) ([][]string, []int) {
	if g, round := a.raisers(si, cl, parties); round {
		if len(g) > 1 {
			return [][]string{g}, nil
		}
		return nil, nil
	}
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
		if onlySupply(cl) && !a.anyObject(si, cl, parties) {
			// "Cisco is providing networking, and SoftBank joins as a
			// partner": a supplier with no customer named is no deal
			// with the next company
			return nil, nil
		}
		if !a.bothObjects(si, cl, parties) || a.bothAgents(si, cl, parties) {
			g := []string{parties[0].name, parties[1].name}
			allies, _ := a.allies(si, cl, parties)
			for _, t := range cl.triggers {
				for _, x := range allies[t.word.Start] {
					if !contains(g, x) {
						g = append(g, x)
					}
				}
			}
			return [][]string{g}, nil
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
	allies, joined := a.allies(si, cl, parties)
	for _, t := range triggers {
		if joined[t.word.Start] {
			// "s'est associé à X pour racheter Y": the deal is the purchase
			continue
		}
		prep, objs := a.objects(si, cl, t, parties)
		// the same companies reached by two triggers with the same
		// subject are one deal ("AMD's deal with OpenAI follows Nvidia's
		// investment in the ChatGPT maker" holds two)
		key := strings.Join(objs, "\x00")
		if prep != "between" {
			key += "\x01" + strings.Join(a.subjectFor(si, cl, t, parties, objs), "\x00")
		}
		if len(objs) == 0 || done[key] {
			continue
		}
		done[key] = true
		if merged := a.chain(&out, si, cl, t, parties, objs); merged {
			continue
		}
		if prep == "between" {
			if a.sharedBetween(si, t) {
				// "the order was split between Dell and Supermicro":
				// each co-supplier sells to the buyer, its own deal
				buyer := a.lastBuyer()
				if subj := a.subjectFor(si, cl, t, parties, objs); buyer == "" && len(subj) > 0 {
					buyer = subj[0]
				}
				if buyer != "" {
					for _, o := range objs {
						if o != buyer {
							out = append(out, []string{buyer, o})
							anchors = append(anchors, -1)
						}
					}
				}
				continue
			}
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
		for _, x := range allies[t.word.Start] {
			if !contains(subjs, x) && !contains(objs, x) {
				subjs = append(subjs, x)
			}
		}
		subj := subjs[0]
		if len(subjs) > 1 && respectively(si.low[cl.start-si.start:cl.end-si.start]) {
			// "Nvidia et Microsoft investiront respectivement 10 et 5
			// milliards dans la start-up": one deal each, and when the
			// clause states one amount per subject, each takes its own
			var starts []int
			for _, m := range a.f.amounts {
				if m.Start >= cl.start && m.End <= cl.end && (len(starts) == 0 || starts[len(starts)-1] != m.Start) {
					starts = append(starts, m.Start)
				}
			}
			for i, s := range subjs {
				out = append(out, append([]string{s}, objs...))
				if len(starts) == len(subjs) {
					anchors = append(anchors, starts[i])
				} else {
					anchors = append(anchors, -1)
				}
			}
			continue
		}
		if len(subjs) > 1 && distributive(si, cl, kind) && prep != "object" {
			// "Samsung et SK hynix ont signé des lettres d'intention pour
			// fournir à OpenAI des puces": each supplier its own deal
			for _, s := range subjs {
				out = append(out, append([]string{s}, objs...))
				anchors = append(anchors, -1)
			}
			continue
		}
		if prep == "object" || len(subjs) > 1 {
			// a consortium buys together
			out = append(out, append(subjs, objs...))
			anchors = append(anchors, -1)
			continue
		}
		if (kind == kindInvestment || kind == kindAcquisition || pluralTrigger[t.word.Text] || t.supply) && len(objs) > 1 {
			// a supplier's customers ("fournit des GPU à Meta, Midjourney
			// ou Mistral AI") each have their own contract
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
	return dropSubsets(out, anchors)
}

// distributive reports a clause whose deal words give each subject its own
// deal: a supply verb ("Samsung et SK hynix … pour fournir à OpenAI"), a
// plural deal noun ("signed agreements with"), a purchase, or "each" —
// never a financing.
func distributive(si *sentenceInfo, cl clause, kind string) bool {
	if kind == kindFinancing {
		// banks that provide a loan together make one syndicated loan
		return false
	}
	for _, t := range cl.triggers {
		if t.supply || pluralTrigger[t.word.Text] {
			return true
		}
	}
	if kind == kindPurchase {
		// buyers of chips or servers each place their own order
		return true
	}
	for _, w := range si.words {
		if w.Start >= cl.start && w.End <= cl.end && eachWords[w.Text] {
			return true
		}
	}
	return false
}

// eachWords give each subject its own deal: "will each deploy",
// "investiront chacun".
var eachWords = set("each", "chacun", "chacune", "respectively", "respectivement")

// dropSubsets removes the groups contained in another group of the same
// clause: "Microsoft and Nvidia signed a deal with Anthropic" holds one deal,
// not also one of Nvidia's ("Nvidia … a deal").
func dropSubsets(groups [][]string, anchors []int) ([][]string, []int) {
	var out [][]string
	var outAnchors []int
	for i, g := range groups {
		sub := false
		for j, h := range groups {
			if i != j && len(g) < len(h) && subset(g, h) {
				sub = true
				break
			}
		}
		if !sub {
			out = append(out, g)
			outAnchors = append(outAnchors, anchors[i])
		}
	}
	return out, outAnchors
}

// subset reports whether every name of g is in h.
func subset(g, h []string) bool {
	for _, x := range g {
		if !contains(h, x) {
			return false
		}
	}
	return true
}

// raisers is the group of a funding round: the company that raises money
// and every investor named in the clause ("led by Aker, with Nvidia…"), as
// one deal. The raiser is the subject named before the trigger, the
// previous subject for a pronoun ("In February it raised $480m…"), or the
// company a round is "in" ("anchored a funding round in X-energy": the
// subject invests). round is false when the clause is not about a round; a
// round whose raiser cannot be told gives no group, since the investors are
// not each other's counterparties.
func (a *assembler) raisers(si *sentenceInfo, cl clause, parties []candidate) (group []string, round bool) {
	var tr trig
	list := false
	for _, t := range cl.triggers {
		if t.raise {
			tr, round = t, true
			break
		}
		if k := wordIndex(si, t.word.Start); k >= 0 && investorList(si, k) {
			// "Investors included Nvidia and AMD": the round of the
			// previous subject
			tr, round, list = t, true, true
			break
		}
	}
	if !round {
		return nil, false
	}
	for _, t := range cl.triggers {
		if !tr.verb && !list && t.verb && t.kind == kindInvestment && !t.raise && t.word.Start < tr.word.Start {
			// "ASML va injecter 1,3 milliard dans Mistral AI, à
			// l'occasion d'une levée de fonds": the investing verb says
			// who pays; the round is its occasion
			return nil, false
		}
		if t.supply && t.verb && t.word.Start < tr.word.Start {
			// "Nvidia provides funding to startups": money given, each
			// recipient its own deal
			return nil, false
		}
	}
	at := tr.word.Start
	var before []candidate
	for _, p := range parties {
		if p.end <= at {
			before = append(before, p)
		}
	}
	subject, adverbial := "", cl.start
	if h := head(a.f.text[cl.start:cl.end]); anaphor(h) != nil && a.antecedent(h) != "" &&
		(len(before) == 0 || before[0].start < cl.start+anaphor(h)[0]) {
		// companies before the pronoun are in a fronted adverbial
		subject, adverbial = a.antecedent(h), cl.start+anaphor(h)[0]
	} else if len(before) > 0 {
		subject = before[0].name
	}
	if low := si.low[cl.start-si.start : at-si.start]; strings.Contains(low, "particip") || strings.Contains(low, "joined") {
		// "X et Y ont participé au tour de table": investors, the
		// raiser is elsewhere
		return nil, true
	}
	var joins []string
	if (list || subject == "" && roundRef(si, tr)) && a.lastSubject != "" && !contains(names(parties), a.lastSubject) {
		// "Investors included…", "The round was led by Mubadala": the
		// round of the previous subject
		subject, adverbial = a.lastSubject, cl.start
		if d := a.last; d != nil && d.kind == kindInvestment && d.roles[subject] == newsgraph.RoleInvestor {
			// the previous subject put money in: "ASML injecte 1,3
			// milliard dans Mistral AI… Les investisseurs déjà présents,
			// parmi lesquels DST Global…, ont remis au pot" is the
			// investee's round, with ASML in it
			for _, p := range d.parties {
				if d.roles[p] == newsgraph.RoleInvestee {
					subject = p
				} else {
					joins = append(joins, p)
				}
			}
		}
	}
	if subject == "" {
		return nil, true
	}
	group = append([]string{subject}, joins...)
	if !tr.verb {
		if prep, objs := a.objects(si, cl, tr, parties); prep == "in" && len(objs) == 1 && objs[0] != subject {
			group = []string{objs[0], subject}
		}
	}
	follow := followersFrom(si, at)
	for _, p := range parties {
		if p.start >= follow && len(group) >= 2 {
			// "mené par Aker, avec la participation de Nokia": the
			// round's deal is with its leader, followers are optional
			break
		}
		if p.start >= adverbial && !contains(group, p.name) {
			group = append(group, p.name)
		}
	}
	return group, true
}

// followerCue introduces the minor investors of a round after its leader.
var followerCue = regexp.MustCompile(`(?:avec|with) (?:la |the )?participation (?:notamment |also |additionnelle )?(?:de |d['’]|from |of )|(?:avec|with) la participation`)

// followersFrom is where the followers of a round named after the raise
// word at start begin, or the end of the sentence.
func followersFrom(si *sentenceInfo, at int) int {
	rel := at - si.start
	if rel < 0 || rel > len(si.low) {
		return si.end
	}
	if m := followerCue.FindStringIndex(si.low[rel:]); m != nil {
		return at + m[0]
	}
	return si.end
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

// anyObject reports a company introduced by one of the clause's triggers.
func (a *assembler) anyObject(si *sentenceInfo, cl clause, parties []candidate) bool {
	for _, t := range cl.triggers {
		if t.verb && objectPronoun(si, t) {
			// "Macquarie provided it with a credit facility"
			return true
		}
		if _, objs := a.objects(si, cl, t, parties); len(objs) > 0 {
			return true
		}
	}
	return false
}

// pronounBefore is where a subject pronoun stands at most two words before
// one of the clause's verbs ("it is developing", "qu'il construit"), or -1.
func pronounBefore(si *sentenceInfo, cl clause) int {
	for _, t := range cl.triggers {
		if !t.verb {
			continue
		}
		for k, w := range si.words {
			if w.Start != t.word.Start {
				continue
			}
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				switch si.words[j].Text {
				case "it", "they", "il", "elle", "ils", "elles", "qu'il", "qu'elle", "qu’il", "qu’elle":
					if si.words[j].Start >= cl.start {
						return si.words[j].Start
					}
				}
			}
		}
	}
	return -1
}

// lastBuyer is the buyer of the last purchase when it is the deal just
// reported: "Les puces ont été livrées par Nvidia. Côté serveurs, la
// commande a été partagée entre Dell et Supermicro" orders for xAI.
func (a *assembler) lastBuyer() string {
	if a.last == nil || a.last.kind != kindPurchase {
		return ""
	}
	for _, p := range a.last.parties {
		if a.last.roles[p] == newsgraph.RoleBuyer {
			return p
		}
	}
	return ""
}

// sharedBetween reports a trigger whose "between" shares one side of a deal
// out: "split between", "réparties entre", "shared between".
func (a *assembler) sharedBetween(si *sentenceInfo, t trig) bool {
	for k, w := range si.words {
		if w.Start <= t.word.Start || k == 0 || (w.Text != "between" && w.Text != "entre") {
			continue
		}
		switch si.words[k-1].Text {
		case "split", "divided", "shared", "spread", "répartie", "réparties", "réparti", "répartis", "partagée", "partagé", "divisée":
			return true
		}
		return false
	}
	return false
}

// roundRef reports a round named with a definite article: "The round was
// led by…", "La levée a été menée par…".
func roundRef(si *sentenceInfo, t trig) bool {
	k := wordIndex(si, t.word.Start)
	if k < 1 {
		return false
	}
	switch si.words[k-1].Text {
	case "the", "this", "la", "le", "cette", "ce":
		return true
	}
	return false
}

// wordIndex is the index of the word starting at pos, or -1.
func wordIndex(si *sentenceInfo, pos int) int {
	for k, w := range si.words {
		if w.Start == pos {
			return k
		}
	}
	return -1
}

// objectPronoun reports a pronoun object right after or before a verb:
// "provided it with", "lui fournira".
func objectPronoun(si *sentenceInfo, t trig) bool {
	for k, w := range si.words {
		if w.Start != t.word.Start {
			continue
		}
		if k+1 < len(si.words) {
			switch si.words[k+1].Text {
			case "it", "them", "him", "her":
				return true
			}
		}
		if k > 0 {
			switch si.words[k-1].Text {
			case "lui", "leur":
				return true
			}
		}
	}
	return false
}

// repeatedPrep joins coordinated companies that repeat their preposition:
// "auprès de Macquarie, de JPMorgan et de Morgan Stanley", "from A, from B".
var repeatedPrep = regexp.MustCompile(`^(?:,|,?\s*(?:and|et|ou|or))\s*(?:de|d['’]|du|des|from|of|with|avec|to|à|au|aux)$`)

// respectively reports a clause that shares its figures out among its
// subjects.
func respectively(low string) bool {
	return strings.Contains(low, "respectivement") || strings.Contains(low, "respectively")
}

// relativeEnd reports a comma before word i that closes a relative clause
// opened earlier in the sentence (", which …, signed").
func relativeEnd(si *sentenceInfo, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch si.words[j].Text {
		case "which", "who", "whose", "qui", "dont", "lequel", "laquelle":
			return true
		}
	}
	return false
}

// bothAgents reports companies that are together the agents of a passive
// agreement verb: "The deal was signed by Nscale and Microsoft".
func (a *assembler) bothAgents(si *sentenceInfo, cl clause, parties []candidate) bool {
	for _, t := range cl.triggers {
		if !t.verb || !t.symmetric {
			continue
		}
		if prep, objs := a.objects(si, cl, t, parties); prep == "by" && len(objs) == len(parties) {
			return true
		}
	}
	return false
}

// oneList reports companies named as one enumeration: "A, B and C".
func (a *assembler) oneList(parties []candidate) bool {
	for i := 1; i < len(parties); i++ {
		if !describedListGap(a.f.text[parties[i-1].end:parties[i].start]) {
			return false
		}
	}
	return true
}

// allies finds partners joined to do a deal together: "Blackstone s'est
// associé à CPP Investments pour racheter AirTrunk", "teamed up with X to
// buy Y". It returns, by the start of the deal verb, the companies between
// the partnership verb and "pour"/"to" before it, who stand with the
// subject; and the partnership verbs so used, which state no deal of their
// own.
func (a *assembler) allies(si *sentenceInfo, cl clause, parties []candidate) (map[int][]string, map[int]bool) {
	var out map[int][]string
	var joined map[int]bool
	for _, u := range cl.triggers {
		if !u.verb || u.kind != kindPartnership {
			continue
		}
		for _, t := range cl.triggers {
			k := wordIndex(si, t.word.Start)
			if !t.verb || t.kind == kindPartnership || t.word.Start <= u.word.End || k < 1 ||
				si.words[k-1].Text != "pour" && si.words[k-1].Text != "to" {
				continue
			}
			var xs []string
			for _, p := range parties {
				if p.start >= u.word.End && p.end <= si.words[k-1].Start {
					xs = append(xs, p.name)
				}
			}
			if len(xs) == 0 {
				continue
			}
			if out == nil {
				out, joined = map[int][]string{}, map[int]bool{}
			}
			out[t.word.Start] = xs
			joined[u.word.Start] = true
		}
	}
	for _, t := range cl.triggers {
		if !t.verb || t.kind == kindPartnership {
			continue
		}
		// "KKR, together with GIP, acquired CyrusOne", "Aux côtés de
		// Microsoft, BlackRock rachète…": the companions act with the subject
		for _, x := range a.companions(si, t.word.Start) {
			if out == nil {
				out, joined = map[int][]string{}, map[int]bool{}
			}
			if !contains(out[t.word.Start], x) {
				out[t.word.Start] = append(out[t.word.Start], x)
			}
		}
	}
	return out, joined
}

// companionOpeners introduce companies acting with a verb's subject.
var companionOpeners = [][]string{{"together", "with"}, {"alongside"}, {"aux", "côtés", "de"}, {"aux", "côtés", "d'"},
	{"aux", "côtés", "d’"}, {"conjointement", "avec"}, {"de", "concert", "avec"}}

// companionCue is a cheap test for the openers of companionOpeners in a
// lower-case sentence, which allies consults for every verb.
func companionCue(low string) bool {
	return strings.Contains(low, "together") || strings.Contains(low, "alongside") || strings.Contains(low, "côtés") ||
		strings.Contains(low, "conjointement") || strings.Contains(low, "concert")
}

// companionGap separates listed companions: ", ", " and ", " et de ".
func companionGap(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "et de", "et d'", "et d’", ", de", ", d'", ", d’":
		return true
	}
	return listGap(gap)
}

// companions are the companies listed right after a companion opener that
// comes before pos in the sentence, the list closed by a comma: "together
// with Microsoft and MGX, BlackRock…".
func (a *assembler) companions(si *sentenceInfo, pos int) []string {
	if !companionCue(si.low) {
		return nil
	}
	var out []string
	for k := range si.words {
		if si.words[k].Start >= pos {
			break
		}
		for _, op := range companionOpeners {
			if k+len(op) >= len(si.words) {
				continue
			}
			match := true
			for i, w := range op {
				if !strings.EqualFold(si.words[k+i].Text, w) {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			next := si.words[k+len(op)].Start
			var list []*companyRef
			for i := range si.companies {
				c := &si.companies[i]
				if c.start >= pos || c.start < next {
					continue
				}
				if len(list) == 0 && c.start != next || len(list) > 0 && !companionGap(a.f.text[list[len(list)-1].end:c.start]) {
					break
				}
				list = append(list, c)
			}
			// a list running into the verb's subject ("Together with
			// Microsoft and MGX, BlackRock agreed") gives it back; what is
			// left must close with a comma: "Alongside Google's processors
			// it uses…" names no companion
			closed := func() bool {
				return strings.HasPrefix(strings.TrimLeft(a.f.text[list[len(list)-1].end:pos], " "), ",")
			}
			if len(list) > 1 && !closed() {
				list = list[:len(list)-1]
			}
			if len(list) > 0 && closed() {
				for _, c := range list {
					out = append(out, c.name)
				}
			}
		}
	}
	return out
}

// describedListGap reports a list separator that may follow an acronym in
// brackets and precede a short description of the next member: "BlackRock,
// sa filiale Global Infrastructure Partners (GIP), le fonds émirien MGX et
// Microsoft", "Oracle, its partner Crusoe and OpenAI".
func describedListGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if strings.HasPrefix(g, "(") {
		k := strings.Index(g, ")")
		if k < 0 || k > 12 {
			return false
		}
		g = strings.TrimSpace(g[k+1:])
	}
	if listGap(g) {
		return true
	}
	ws := strings.Fields(strings.ToLower(g))
	if len(ws) < 2 || len(ws) > 5 || strings.ContainsAny(g, ".;:()") {
		return false
	}
	if ws[0] == "," && len(ws) > 2 && (ws[1] == "et" || ws[1] == "and") {
		ws = ws[1:]
	}
	if ws[0] != "," && ws[0] != "et" && ws[0] != "and" {
		return false
	}
	d := ws[1]
	return listDeterminers[d] || strings.HasPrefix(d, "l'") || strings.HasPrefix(d, "l’")
}

// listDeterminers open the description of a list member.
var listDeterminers = set("le", "la", "les", "sa", "son", "ses", "leur", "the", "its", "their")

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
	// a supplier's customer may come after what is supplied: "fournira
	// dans un premier temps 18 000 de ses puces GB300 à la société"
	reachPrep := 9
	if t.supply {
		reachPrep = 14
	}
	for i := k + 1; i < len(si.words) && i <= k+reachPrep && si.words[i].Start < cl.end; i++ {
		if !t.verb && strings.Contains(a.f.text[si.words[i-1].End:si.words[i].Start], ",") && relativeEnd(si, i) {
			// "counts Nvidia among its shareholders, signed a contract
			// with Microsoft": the noun's phrase ended at the comma
			break
		}
		prep, ok := linkPrep[si.words[i].Text]
		if !ok && t.kind == kindFinancing && (si.words[i].Text == "for" || si.words[i].Text == "pour") {
			// "underwrite project financing for Hut 8": the borrower
			prep, ok = "for", true
		}
		if ok && i > k+9 && prep != "to" {
			continue
		}
		if !ok {
			// a supplier's customer right after the verb: "supply Microsoft with"
			if t.verb && (i <= k+4 && (t.kind == kindAcquisition || t.kind == kindPurchase) || t.supply && (i == k+1 || i <= k+6 && a.apposedObject(si, k, i))) {
				// the direct object: "racheter l'opérateur texan Aligned"
				if p := partyAt(parties, si.words[i].Start); p != "" {
					// a company bought from its owners: the sellers
					// ("from Macquarie and PSP") are not parties
					return "object", []string{p}
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
				if gap == "," || gap == "and" || gap == "et" || gap == "ou" || gap == "or" || gap == ", and" || gap == "et de" || strings.HasPrefix(gap, "et de l") || gap == ", et" || gap == "as well as" ||
					repeatedPrep.MatchString(gap) {
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

// apposedObject reports a name set off after a description that is the
// verb's object: "supply the ChatGPT maker, OpenAI, with chips".
func (a *assembler) apposedObject(si *sentenceInfo, k, i int) bool {
	switch si.words[k+1].Text {
	case "the", "le", "la", "les", "l'", "l’":
	default:
		return false
	}
	for j := k + 1; j < i; j++ {
		if _, ok := linkPrep[si.words[j].Text]; ok {
			return false
		}
	}
	return descHeads[si.words[i-1].Text] && strings.HasSuffix(strings.TrimSpace(a.f.text[si.words[i-1].End:si.words[i].Start]), ",")
}

// descHeads end a description of a company: "the ChatGPT maker", "la
// start-up".
var descHeads = set("maker", "developer", "owner", "creator", "startup", "start-up", "company", "firm", "group",
	"giant", "chipmaker", "lab", "éditeur", "créateur", "fabricant", "société", "groupe", "géant", "entreprise",
	"firme", "laboratoire", "propriétaire")

func (a *assembler) companyEnd(parties []candidate, name string, from int) int {
	for _, p := range parties {
		if p.name != name {
			continue
		}
		if p.start >= from-1 {
			return p.end
		}
		for _, x := range p.also {
			if x.start >= from-1 {
				return x.end
			}
		}
	}
	return from
}

func partyAt(parties []candidate, pos int) string {
	for _, p := range parties {
		if pos >= p.start && pos < p.end {
			return p.name
		}
		for _, x := range p.also {
			if pos >= x.start && pos < x.end {
				return p.name
			}
		}
	}
	return ""
}

// subjectFor is the other party of a trigger: for a verb, the clause's
// subject (its first company); for a noun, the company just before it
// ("Nebius' contract … with Microsoft", "l'accord de TeraWulf avec Fluidstack").
func (a *assembler) subjectFor(si *sentenceInfo, cl clause, t trig, parties []candidate, objs []string) []string {
	if rel := relativePronoun(si, t); rel >= 0 && t.verb && !a.passive(si, t) {
		// "Anthropic s'appuie sur Fluidstack, qui fournit déjà des GPU à
		// Meta": the relative pronoun stands for the name before it
		for i := len(parties) - 1; i >= 0; i-- {
			if p := parties[i]; p.end <= rel && !contains(objs, p.name) {
				return []string{p.name}
			}
		}
	}
	var before []candidate
	for i, p := range parties {
		if p.end > t.word.Start || contains(objs, p.name) || followedByDealNoun(a.f.text, p.end) && !possessive(a.f.text, p.end) {
			// "This Meta deal" names the deal; "AMD's deal" its party
			continue
		}
		if t.verb && !a.passive(si, t) && a.inPrepPhrase(si, p.start) {
			// "After its deal with Microsoft, Nebius signed…": a
			// prepositional phrase holds no subject of the verb
			continue
		}
		if inRelative(a.f.text[si.start:t.word.Start], p.start-si.start) {
			// "Nebius, which counts Nvidia among its shareholders, signed
			// a contract": Nvidia is not the subject
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
	if !t.verb && a.ownedByDeterminer(si, t, before[len(before)-1]) {
		// "SoftBank sold its stake in Nvidia to fund its investment in
		// OpenAI": "its" is the clause's subject, not the nearest name
		return []string{before[0].name}
	}
	if !t.verb || a.passive(si, t) {
		// a noun's owner, or the thing a passive verb acts on ("Oracle's
		// data centers, which are financed by JPMorgan"): the nearest
		// name, with those listed with it ("DigitalBridge and Silver Lake
		// led a $9.2 billion investment")
		subj := []string{before[len(before)-1].name}
		n := len(before)
		if n > 1 && conjunctionGap(a.f.text[before[n-2].end:before[n-1].start]) {
			// a list closed by its conjunction right before the nearest name
			for i := n - 1; i > 0 && listGap(a.f.text[before[i-1].end:before[i].start]); i-- {
				subj = append([]string{before[i-1].name}, subj...)
			}
		}
		return subj
	}
	if h := head(a.f.text[cl.start:cl.end]); anaphor(h) != nil && a.antecedent(h) != "" {
		m, ant := anaphor(h), a.antecedent(h)
		if before[0].start < cl.start+m[1] && !contains(objs, ant) && !a.namedBefore(before, cl.start+m[0]) {
			// "Après OpenAI, il a investi dans…": the pronoun is the subject
			return []string{ant}
		}
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

// conjunctionGap is the conjunction that closes a list: " and ", ", et ".
func conjunctionGap(gap string) bool {
	switch strings.ToLower(strings.TrimSpace(gap)) {
	case "and", "et", ", and", ", et":
		return true
	}
	return false
}

// relativePronoun is where the relative pronoun that is a verb's subject
// starts, a few words before it ("qui fournit déjà", "which will supply"),
// or -1.
func relativePronoun(si *sentenceInfo, t trig) int {
	n := 0
	for i := len(si.words) - 1; i >= 0 && n < 4; i-- {
		w := si.words[i]
		if w.Start >= t.word.Start {
			continue
		}
		switch w.Text {
		case "qui", "which", "who", "lequel", "laquelle", "lesquels", "lesquelles":
			return w.Start
		}
		n++
	}
	return -1
}

// possessiveDeterminers own the noun they open: "its investment", "sa
// participation", "leurs contrats".
var possessiveDeterminers = set("its", "their", "his", "her", "sa", "son", "ses", "leur", "leurs")

// ownedByDeterminer reports a trigger noun opened, within a few words and
// after the nearest company, by a possessive determiner ("its $22.5 billion
// investment", "ses investissements").
func (a *assembler) ownedByDeterminer(si *sentenceInfo, t trig, nearest candidate) bool {
	n := 0
	for i := len(si.words) - 1; i >= 0 && n < 5; i-- {
		w := si.words[i]
		if w.Start >= t.word.Start {
			continue
		}
		if w.Start < nearest.end {
			return false
		}
		if possessiveDeterminers[w.Text] {
			return true
		}
		n++
	}
	return false
}

// inRelative reports that position pos of s lies in a relative clause set
// off by commas and closed before the end of s: ", which … ,", ", qui … ,".
func inRelative(s string, pos int) bool {
	low := strings.ToLower(s[:pos])
	k := -1
	for _, w := range []string{", which ", ", who ", ", whose ", ", qui ", ", dont ", ", that ", ", lequel ", ", laquelle "} {
		if i := strings.LastIndex(low, w); i > k {
			k = i
		}
	}
	if k < 0 || strings.Contains(low[k+1:], ",") {
		return false
	}
	return strings.Contains(s[pos:], ",")
}

// passive reports a trigger verb in the passive voice: "are financed by",
// "a été signé entre", "est financé par".
func (a *assembler) passive(si *sentenceInfo, t trig) bool {
	participle := false
	for _, suf := range []string{"ed", "é", "ée", "és", "ées", "is", "it", "u", "ue"} {
		if strings.HasSuffix(t.word.Text, suf) {
			participle = true
		}
	}
	if !participle {
		// "is partnering": a progressive, not a passive
		return false
	}
	for k, w := range si.words {
		if w.Start != t.word.Start {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			switch si.words[j].Text {
			case "is", "are", "was", "were", "been", "being", "be", "est", "sont", "été", "être", "sera", "seront":
				return true
			}
		}
		return false
	}
	return false
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

// antecedent is the company the anaphor at the head of s stands for: a
// pronoun ("it", "elle") continues the last subject; a generic noun ("the
// company", "le groupe") names the topic of the paragraph, the subject of
// its first sentence, since writers use it to come back to that company
// after a sentence about another ("le créateur de ChatGPT reçoit… Dans la
// même période, le groupe a annoncé"). Without either, the company the
// article is about.
func (a *assembler) antecedent(s string) string {
	m := anaphor(s)
	if m == nil {
		return ""
	}
	switch strings.ToLower(s[m[0]:m[1]]) {
	case "it", "il", "elle":
	default:
		// a generic noun names the sentence's topic, else the paragraph's
		if a.topic != "" {
			return a.topic
		}
		if a.paraSubject != "" {
			return a.paraSubject
		}
	}
	if a.lastSubject == "" {
		return a.focus
	}
	return a.lastSubject
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
		for _, t := range cl.triggers {
			if t.supply && t.verb && objectPronoun(si, t) && a.lastSubject != "" && a.lastSubject != name {
				// "Macquarie provided it with a credit facility"
				return []string{name, a.lastSubject}, false
			}
		}
		return nil, false
	}
	kind := a.kindOf(si, cl)
	clauseText := a.f.text[cl.start:cl.end]
	plural := pluralAnaphor.MatchString(clauseText)
	h := head(clauseText)
	m := anaphor(h)
	singular := !plural && m != nil && m[0] < 12
	if plural && len(a.lastGroup) == 2 || !plural && !singular && a.groupAge == 0 && (kind == kindFinancing || kind == kindInvestment || kind == kindLease) {
		// "the two companies" names a pair, not a list of co-investors
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
	if ci > 0 && prevSubject != "" && prevSubject != name && !a.namesSubject(si, cl, name) {
		return []string{prevSubject, name}, false
	}
	if m != nil && a.antecedent(h) != "" && a.antecedent(h) != name {
		first := cl.start + m[1]
		if p := a.mentionIn(si, cl, name); p < 0 || p >= first+30 || a.triggerIn(si, first, p) {
			// not "la start-up britannique Fluidstack", which names it
			return []string{a.antecedent(h), name}, false
		}
	}
	// a pronoun subject right before the verb: "the campus it is
	// developing with Blue Owl", "qu'elle construit avec TeraWulf"
	if p := pronounBefore(si, cl); p >= 0 && a.lastSubject != "" && a.lastSubject != name &&
		(len(si.companies) == 0 || si.companies[0].start > p) && !unnamedParty.MatchString(clauseText) {
		return []string{a.lastSubject, name}, false
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
	if found != nil && !unnamedParty.MatchString(clauseText) && !withAuthority.MatchString(clauseText) {
		return append([]string(nil), found.parties...), true
	}
	if focusOK && a.focus != "" && a.focus != name && !unnamedParty.MatchString(clauseText) && !withAuthority.MatchString(clauseText) && !a.namedHere(si, a.focus) {
		return []string{name, a.focus}, true
	}
	return nil, false
}

// namedHere reports a company named in the sentence: when it is not a
// candidate there (a rival, a maker of chips), it cannot be the missing party.
func (a *assembler) namedHere(si *sentenceInfo, name string) bool {
	for _, c := range si.companies {
		if c.name == name && !si.generic[c.start] {
			return true
		}
	}
	return false
}

// namesSubject reports a clause that names the company before its first
// deal word, as its subject: "…, et Amazon Web Services prévoit d'y investir
// 12,7 milliards" has its own subject, and the previous clause's is not its
// partner.
func (a *assembler) namesSubject(si *sentenceInfo, cl clause, name string) bool {
	p := a.mentionIn(si, cl, name)
	return p >= 0 && len(cl.triggers) > 0 && p < cl.triggers[0].word.Start && !si.generic[p]
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
