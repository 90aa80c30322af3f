// Roles: who buys and who provides, invests, lends, leases or acquires.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// roles assigns the parties' roles from the kind and the construction.
func (a *assembler) roles(si *sentenceInfo, cl clause, parties []string, kind string) (map[string]string, bool) {
	roles := map[string]string{}
	if kind == kindFinancing && tenantGuaranteed(a.f.text[cl.start:cl.end]) != "" {
		// the guarantor of a tenant's lease stands behind the landlord's
		// income: it lends its credit
		guarantor := a.subjectOf(si)
		if contains(parties, guarantor) {
			for _, p := range parties {
				roles[p] = newsgraph.RoleBorrower
			}
			roles[guarantor] = newsgraph.RoleLender
			return roles, true
		}
	}
	subject := ""
	if s := a.reportedSubject(si, cl, parties); s != "" {
		// "CoreWeave said Meta would pay…": the speaker is not the payer
		subject = s
	} else if s := a.clauseHead(si, cl, parties); s != "" {
		// a later clause's own subject: "…, tandis que Nvidia et
		// Microsoft investiront dans la start-up"
		subject = s
	} else if s := a.subjectOf(si); contains(parties, s) {
		subject = s
	} else {
		subject = parties[0]
	}
	supply := false
	for _, t := range cl.triggers {
		// the subject of "named Humain as the launch customer" supplies it
		if t.supply || t.word.Text == "customer" || t.word.Text == "client" {
			supply = true
		}
	}
	// the party after "from", "auprès de", "to", "in", "by"
	preps := map[string]string{}
	cands := make([]candidate, 0, len(si.companies))
	for _, c := range si.companies {
		cands = append(cands, candidate{companyRef: c})
	}
	allies, joined := a.allies(si, cl, cands)
	for _, t := range cl.triggers {
		if joined[t.word.Start] {
			// "associé à X pour racheter": X is on the buyer's side
			continue
		}
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
	for _, xs := range allies {
		for _, x := range xs {
			side[x] = true
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
		shared := false
		for _, t := range cl.triggers {
			shared = shared || a.sharedBetween(si, t)
		}
		if by := agents(preps, parties); shared {
			// "la commande a été partagée entre Dell et Supermicro":
			// those the order is split between sell
			for _, p := range parties {
				roles[p] = newsgraph.RoleBuyer
				if preps[p] == "between" {
					roles[p] = newsgraph.RoleSeller
				}
			}
		} else if supply && len(by) == 1 {
			// "livrées par Nvidia": the agent of a passive supplies
			for _, p := range parties {
				roles[p] = newsgraph.RoleBuyer
			}
			roles[by[0]] = newsgraph.RoleSeller
		} else if supply {
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
		if raises(cl) || listsInvestors(si, cl) {
			// a round's group names its raiser first
			for _, p := range parties {
				roles[p] = newsgraph.RoleInvestor
			}
			roles[parties[0]] = newsgraph.RoleInvestee
		} else {
			set(newsgraph.RoleInvestor, newsgraph.RoleInvestee)
		}
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
			if prep == "to" && p != subject {
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
		if len(lenders) == 0 && (supply || activeLending(si, cl)) {
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

// listsInvestors reports "Investors included X, Y": the raiser comes first.
func listsInvestors(si *sentenceInfo, cl clause) bool {
	for _, t := range cl.triggers {
		if k := wordIndex(si, t.word.Start); k >= 0 && investorList(si, k) {
			return true
		}
	}
	return false
}

// reportVerbs introduce reported speech: the company that speaks is not the
// subject of the verbs in what it reports.
var reportVerbs = set("said", "says", "say", "told", "announced", "announces", "stated", "added", "confirmed",
	"disclosed", "revealed", "explained", "annoncé", "annonce", "indiqué", "indique", "affirmé", "affirme",
	"précisé", "précise", "expliqué", "explique", "confirmé", "confirme", "déclaré", "déclare", "dévoilé")

// reportedSubject is the first party named after a reporting verb and
// before the clause's first trigger ("CoreWeave said on Tuesday that Meta
// had agreed to pay", "IREN a annoncé que Microsoft paierait"), or "".
func (a *assembler) reportedSubject(si *sentenceInfo, cl clause, parties []string) string {
	if len(cl.triggers) == 0 {
		return ""
	}
	end := cl.triggers[0].word.Start
	from := -1
	for _, w := range si.words {
		if w.End <= end && reportVerbs[w.Text] {
			from = w.End
		}
	}
	if from < 0 {
		return ""
	}
	for _, c := range si.companies {
		if c.start >= from && c.end <= end && contains(parties, c.name) && !si.vendors[c.start] {
			return c.name
		}
	}
	return ""
}

// clauseHead is the first party named in a clause that does not open its
// sentence, before the clause's first trigger, or "".
func (a *assembler) clauseHead(si *sentenceInfo, cl clause, parties []string) string {
	if cl.start == si.start || len(cl.triggers) == 0 {
		return ""
	}
	for _, c := range si.companies {
		if c.start >= cl.start && c.end <= cl.triggers[0].word.Start && contains(parties, c.name) && !si.generic[c.start] {
			return c.name
		}
	}
	return ""
}

// raises reports a clause about money received ("a levé", "funding round").
// agents are the parties introduced by "by"/"par".
func agents(preps map[string]string, parties []string) []string {
	var out []string
	for _, p := range parties {
		if preps[p] == "by" {
			out = append(out, p)
		}
	}
	return out
}

func raises(cl clause) bool {
	for _, t := range cl.triggers {
		if t.verb && t.kind == kindInvestment && !t.raise {
			// "va injecter 1,3 milliard dans Mistral AI, à l'occasion
			// d'une levée": the money is paid, the round its occasion
			return false
		}
		if t.raise {
			return true
		}
	}
	return false
}

// activeLending reports a clause whose financing verb is active and
// finite: "BNP Paribas financera le campus", "JPMorgan lends $2bn",
// "underwrite project financing for Hut 8" — its subject lends.
// Participles are left out: "financé par" names the lender with its agent,
// and "a campus financed with bonds" names none; in "a choisi Blue Owl pour
// financer son campus" the infinitive's subject is the one chosen; and a
// subject that finances "avec un prêt de BNP" borrows.
func activeLending(si *sentenceInfo, cl clause) bool {
	active := false
	for _, t := range cl.triggers {
		if t.kind != kindFinancing {
			continue
		}
		w := t.word.Text
		if !t.verb {
			k := wordIndex(si, t.word.Start)
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				switch si.words[j].Text {
				case "with", "avec", "via", "through", "grâce":
					return false
				}
			}
			continue
		}
		if !participle(w) && !strings.HasSuffix(w, "er") &&
			!after(si, t.word.Start, "pour") && !(after(si, t.word.Start, "to") && !catenative(si, t.word.Start)) {
			active = true
		}
	}
	return active
}

// catenatives take their subject's infinitive: "are expected to lend",
// "agreed to finance" — unlike "chose Blue Owl to finance its campus".
var catenatives = set("expected", "agreed", "plans", "plan", "planned", "set", "going", "aims", "aim", "intends",
	"intend", "will", "would", "continue", "continues", "able", "due", "poised", "ready", "wants", "decided",
	"committed", "pledged", "promised", "offered", "has", "have", "had", "is", "are", "was", "were", "also")

// catenative reports an infinitive with "to" after a catenative verb, the
// word at pos being the infinitive.
func catenative(si *sentenceInfo, pos int) bool {
	k := wordIndex(si, pos)
	return k >= 2 && catenatives[si.words[k-2].Text]
}

// after reports whether the word before the one starting at pos is one of ws.
func after(si *sentenceInfo, pos int, ws ...string) bool {
	k := wordIndex(si, pos)
	return k > 0 && contains(ws, si.words[k-1].Text)
}
