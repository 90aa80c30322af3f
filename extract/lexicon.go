package extract

import "regexp"

// trigger describes a word that signals a deal.
type trigger struct {
	// kind is the deal kind the word implies, or "" when it only says that
	// there is an agreement (the kind then comes from the context).
	kind string
	// verb marks verbs: their subject is the first company of the clause, and
	// a verb is never a back-reference to a deal already reported.
	verb bool
	// supply marks "provide", "fournir": the subject is the provider.
	supply bool
	// raise marks money received: "a funding round led by X", "a levé":
	// the subject is the investee or borrower.
	raise bool
	// chips marks words that signal a purchase only when chips are named
	// ("spend … on GB200 chips") or, for spending, compute capacity.
	chips bool
	// deploy marks chips words that need the chips themselves and yield to
	// any other trigger: deploying capacity buys nothing, and "a
	// partnership to deploy 8,000 GPUs" is a partnership.
	deploy bool
	// yields marks words that signal a deal only when no other word of the
	// clause does: "a choisi Blue Owl pour financer son campus" is a
	// financing, told by "financer".
	yields bool
	// focus allows the article's main company to stand in for a missing
	// counterparty ("CoreWeave entered a 15-year lease at Helios").
	focus bool
	// symmetric marks agreements between equals ("X and Y signed an
	// agreement"): coordinated companies are parties to each other.
	symmetric bool
}

func words(t trigger, ws ...string) map[string]trigger {
	m := make(map[string]trigger, len(ws))
	for _, w := range ws {
		m[w] = t
	}
	return m
}

// triggers maps lower-case word forms (EN and FR) to what they signal.
var triggers = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(t trigger, ws ...string) {
		for k, v := range words(t, ws...) {
			m[k] = v
		}
	}
	// agreements whose kind the context decides
	add(trigger{focus: true, symmetric: true}, "agreement", "agreements", "deal", "deals", "megadeal",
		"contract", "contracts", "arrangement", "pact", "accord", "accords", "contrat", "contrats",
		"megacontrat", "méga-contrat", "commitment", "engagement")
	add(trigger{verb: true, focus: true, symmetric: true}, "sign", "signs", "signed", "signing", "inked",
		"signe", "signé", "signée", "signent", "signer", "signera", "signait", "signaient", "signant",
		"conclu", "conclut", "conclure", "concluent", "officialisé", "officialise", "officialisent",
		"finalized", "finalised", "finalise", "finalize", "finalisé")
	add(trigger{kind: kindPartnership, symmetric: true, focus: true}, "venture", "ventures", "partnership", "partnerships",
		"partenariat", "partenariats", "alliance", "coentreprise", "joint-venture")
	add(trigger{kind: kindPartnership, symmetric: true, focus: true}, "collaboration", "coopération",
		"intent", "intention", "memorandum")
	add(trigger{verb: true}, "pay", "pays", "paid", "paying", "payer", "paiera", "paierait", "versera",
		"débourser", "débourse", "déboursera", "débourserait", "déboursé", "shell", "shelled", "shelling")
	add(trigger{kind: kindPartnership, verb: true, symmetric: true, focus: true}, "collaborate",
		"collaborates", "collaborer", "collabore", "partnering", "partners",
		"partnered", "allie", "allient", "associe", "associent", "teaming", "teams", "team", "teamed",
		"associé", "associée", "associés", "associées", "allié", "alliée", "alliés",
		"associer", "associera", "associeront", "allier", "alliera", "allieront")
	// working with someone: only before with/avec (see inContext)
	add(trigger{kind: kindPartnership, verb: true, symmetric: true}, "work", "works", "working", "worked",
		"travailler", "travaille", "travaillent", "travaillera")
	// choosing or relying on a provider: "Anthropic s'appuie sur
	// Fluidstack", "relies on", "tapped Fluidstack", "a choisi Blue Owl"
	// (see inContext: the company must follow)
	add(trigger{kind: kindPartnership, verb: true, yields: true}, "appuie", "appuient", "appuyer", "appuiera", "appuyé", "appuyée",
		"relies", "rely", "relying", "relied", "tapped", "taps", "tapping", "selected", "chose", "picked",
		"choisi", "choisit", "retenu", "sélectionné", "sélectionnée")
	add(trigger{kind: kindLease, focus: true}, "lease", "leases", "megalease", "sublease", "bail", "baux")
	// "named Humain as the launch customer", "un premier client de poids :
	// Humain" (see inContext: only a first, launch or anchor customer)
	add(trigger{}, "customer", "client")
	// "des contrats de location de serveurs"; in English a place (see inContext)
	add(trigger{kind: kindLease}, "location", "locations")
	add(trigger{kind: kindLease, verb: true, focus: true}, "leased", "leasing", "rent", "rents",
		"renting", "rented", "louer", "loue", "louent", "louera", "louerait", "louant", "loué", "louée")
	add(trigger{kind: kindFinancing}, "financing", "loan", "loans", "debt", "backstop", "prêt", "prêts",
		"financement", "financements", "emprunt", "crédit")
	add(trigger{kind: kindInvestment, raise: true}, "round", "fundraising", "funding", "levée", "tour")
	add(trigger{kind: kindInvestment, raise: true, verb: true}, "lève", "levé", "lèvent", "lever", "lèvera",
		"levait", "levaient", "lèverait", "levant")
	// money raised: these count only in the context raiseContext checks
	// ("raised $480m", "Series D", "augmentation de capital")
	add(trigger{kind: kindInvestment, raise: true, verb: true}, "raise", "raises", "raised", "raising")
	add(trigger{kind: kindInvestment, raise: true}, "series", "série", "augmentation", "placement")
	// "un apport de 9,2 milliards de dollars en fonds propres": equity
	// received; only with the money right after it (see inContext)
	add(trigger{kind: kindInvestment, raise: true}, "apport", "apports")
	// building together: "together with X", "the campus it is developing
	// with X", "construit avec X"; the verbs count only before with/avec
	add(trigger{kind: kindPartnership, verb: true, symmetric: true}, "together", "ensemble", "conjointement",
		"develop", "develops", "developing", "developed", "co-develop", "co-developing",
		"build", "builds", "building", "built", "développer", "développe", "développent", "développé",
		"construire", "construit", "construisent", "construira")
	add(trigger{kind: kindFinancing}, "garant", "garantie", "guarantee", "guarantees")
	add(trigger{kind: kindInvestment}, "injection", "actionnaire", "shareholder", "warrants", "warrant", "souscription")
	// money put into a company: "poured $2bn into X", "injecter 1 milliard
	// dans X", "entrer au capital de X" (see inContext)
	// "has put $3 billion into Anthropic", "committed $8 billion to
	// Anthropic" (see inContext: money, then the company)
	add(trigger{kind: kindInvestment, verb: true}, "put", "puts", "putting", "committed", "commits", "commit")
	add(trigger{kind: kindInvestment, verb: true}, "pour", "pours", "poured", "pouring",
		"injecter", "injecte", "injectent", "injectera", "injecté", "capital")
	// "Nvidia mise 5 milliards sur Intel", "s'offre Nebius" (see inContext)
	add(trigger{kind: kindInvestment, verb: true}, "mise", "misé", "misent", "parie", "parié")
	// "Google first backed CFS in 2021" (see inContext: the company must follow)
	add(trigger{kind: kindInvestment, verb: true}, "backed", "backs")
	add(trigger{kind: kindPurchase, verb: true}, "offre", "offert", "offrir", "offrira")
	// "counts Google among its backers", "compte Nvidia parmi ses
	// actionnaires": only after among/parmi (see inContext)
	add(trigger{kind: kindInvestment}, "backers", "investors", "shareholders", "actionnaires", "investisseurs", "soutiens")
	// "un cluster hébergé dans un centre d'Equinix": hosting in a
	// provider's facility, only before a facility word (see inContext)
	add(trigger{kind: kindLease, verb: true}, "hosted", "housed", "hébergé", "hébergée", "hébergés", "hébergées")
	add(trigger{}, "option")
	add(trigger{kind: kindFinancing, verb: true}, "underwrite", "underwrites", "underwriting", "underwritten", "underwrote",
		"guaranteed", "garantit", "financed", "lend", "lends", "lent", "financé",
		"financée", "financer", "finance", "finances", "prête")
	add(trigger{kind: kindInvestment}, "investment", "investments", "stake", "stakes",
		"investissement", "investissements", "participation", "participations")
	add(trigger{kind: kindInvestment, verb: true}, "invest", "invests", "invested",
		"investing", "investir", "investi", "investit", "investira", "investissent", "investiront", "investirait",
		"investiraient", "investissait", "investie")
	add(trigger{kind: kindAcquisition, verb: true}, "acquire", "acquires", "acquired", "acquiring",
		"racheter", "rachète", "racheté", "rachètera", "rachèteront", "rachètent", "acquérir", "acquiert", "acquis",
		"acquerra", "acquièrent", "reprendre", "reprend", "reprendra", "reprendrait", "reprennent")
	add(trigger{kind: kindAcquisition}, "acquisition", "acquisitions", "rachat", "takeover")
	// taking a listed company private: "took QTS private", "a retiré de la
	// cote l'opérateur QTS" (see inContext)
	add(trigger{kind: kindAcquisition, verb: true}, "private", "retiré", "retire", "retirer", "retirera")
	add(trigger{kind: kindPurchase, verb: true}, "buy", "buys", "bought", "buying", "purchase",
		"purchases", "purchased", "purchasing", "acheter", "achète", "achètera", "achèterait",
		"acheté", "achètent", "commande", "commandé", "commandée", "ordered", "procure", "procured")
	add(trigger{kind: kindPurchase}, "achat", "achats", "order", "orders", "procurement", "commandes")
	add(trigger{kind: kindPurchase, verb: true, chips: true}, "spend", "spends", "spending",
		"dépenser", "dépense", "consacrer", "consacre")
	add(trigger{kind: kindPurchase, verb: true, chips: true, deploy: true}, "deploy", "deploys", "deploying",
		"déployer", "déploie", "déploiera", "déploient", "déploieront")
	add(trigger{verb: true, supply: true}, "provide", "provides", "providing", "supply", "supplies",
		"supplying", "supplied", "fournir", "fournira", "fournit", "fournissent", "fournirait", "fourniront", "fourniraient", "livreront", "deliver",
		"delivers", "delivered", "livré", "livrée", "livrés", "livrées", "livrera", "livre", "disposition", "provided", "fourni", "fournie", "accordé", "accorde", "granted",
		"octroyé", "octroie", "powering", "alimente", "alimentera", "alimenter", "alimentent", "alimenteront")
	add(trigger{supply: true}, "fourniture")
	// every other tense of the French verbs above ("signeront",
	// "finançait", "achèteraient"); a form already listed keeps its entry,
	// and verbs that count only in some contexts (see inContext) are left out
	addForms := func(t trigger, ws ...string) {
		for _, w := range ws {
			if _, ok := m[w]; !ok {
				m[w] = t
			}
		}
	}
	addForms(trigger{verb: true, focus: true, symmetric: true}, frVerbForms("signer", "officialiser", "finaliser")...)
	addForms(trigger{verb: true, focus: true, symmetric: true}, "conclura", "concluront", "conclurait", "concluraient",
		"concluait", "concluaient", "conclue", "conclus", "conclues", "concluant")
	addForms(trigger{kind: kindPartnership, verb: true, symmetric: true, focus: true}, frVerbForms("collaborer")...)
	addForms(trigger{verb: true}, frVerbForms("payer", "verser", "débourser")...)
	addForms(trigger{kind: kindLease, verb: true, focus: true}, frVerbForms("louer", "sous-louer")...)
	addForms(trigger{kind: kindFinancing, verb: true}, frVerbForms("financer", "prêter")...)
	addForms(trigger{kind: kindInvestment, raise: true, verb: true}, frVerbForms("lever")...)
	addForms(trigger{kind: kindInvestment, verb: true}, frVerbForms("investir", "injecter")...)
	addForms(trigger{kind: kindAcquisition, verb: true}, frVerbForms("racheter")...)
	addForms(trigger{kind: kindAcquisition, verb: true}, "acquerront", "acquerrait", "acquerraient", "acquérait",
		"acquéraient", "acquise", "acquises", "acquérant")
	addForms(trigger{kind: kindPurchase, verb: true}, frVerbForms("acheter", "commander")...)
	addForms(trigger{kind: kindPurchase, verb: true, chips: true}, frVerbForms("dépenser", "consacrer")...)
	// "des GPU déployés par phases" describes chips, it buys none
	addForms(trigger{kind: kindPurchase, verb: true, chips: true, deploy: true}, withoutParticiples(frVerbForms("déployer"))...)
	addForms(trigger{verb: true, supply: true}, frVerbForms("fournir", "livrer", "alimenter", "accorder", "octroyer")...)
	return m
}()

// kind priority when several kinds are signalled in one clause: the most
// specific wins ("investment … teaming up" is an investment).
var kindRank = map[string]int{kindAcquisition: 7, kindLease: 6, kindFinancing: 5, kindInvestment: 4,
	kindPurchase: 3, kindCapacity: 2, kindPartnership: 1}

const (
	kindCapacity    = "capacity_contract"
	kindPurchase    = "purchase"
	kindInvestment  = "investment"
	kindLease       = "lease"
	kindFinancing   = "financing"
	kindAcquisition = "acquisition"
	kindPartnership = "partnership"
)

// notTrigger lists word pairs where a trigger word is a descriptor, not a
// deal: "investment bank", "fonds d'investissement", "a great deal".
var notTrigger = regexp.MustCompile(`(?i)\b(?:investment (?:bank|fund|firm|trust|vehicle|arm|manager|grade|company)s?|(?:banque|fonds|société|sociétés|fonds souverain)(?: \p{L}+)? d['’]investissement|(?:is|was|est|était) (?:an?|une?) (?:\p{L}+ ){0,2}(?:joint venture|partnership|partenariat|coentreprise)|great deal|prête?s? à (?:l['’]emploi|\p{L}+(?:er|ir|re))|contract (?:chipmaking|chipmaker|manufacturing|manufacturer|research|foundry|workers?)|d['’]accord|en accord avec|debt (?:markets?|load)|carnets? de commandes|order (?:book|backlog)s?|backlog)\b`)

// chipWords name accelerators in general; with a GPU model they make a
// purchase and mark the companies next to them as vendors.
var chipWords = map[string]bool{"gpu": true, "gpus": true, "chip": true, "chips": true, "puce": true,
	"puces": true, "super-puces": true, "superchips": true, "processors": true, "processeurs": true,
	"accelerators": true, "accélérateurs": true, "semiconductors": true, "semi-conducteurs": true,
	"graphics": true, "processing": true, "superchip": true, "tpu": true, "tpus": true,
	"tensor": true,
	// other hardware bought from its maker: "1 GW of Bloom fuel cells",
	// "Dell servers", "GE Vernova turbines"
	"servers": true, "serveurs": true, "racks": true, "turbines": true, "cells": true, "piles": true}

// capacityWords make a generic agreement a capacity contract.
var capacityWords = map[string]bool{"capacity": true, "compute": true, "computing": true, "cloud": true,
	"capacité": true, "calcul": true, "hébergement": true, "hosting": true, "infrastructure": true,
	"datacenter": true, "services": true, "computational": true, "neocloud": true, "informatique": true}

// strongCapacityWords say that what is sold is computing capacity, even
// when GPUs are named: "dedicated GPU capacity", "GPU cloud".
var strongCapacityWords = map[string]bool{"capacity": true, "compute": true, "computing": true,
	"cloud": true, "capacité": true, "calcul": true, "hosting": true, "hébergement": true}

// chipMakers are companies that are usually named as the maker of the
// hardware in a deal rather than as a party to it.
var chipMakers = map[string]bool{"Nvidia": true, "AMD": true, "Intel": true, "Qualcomm": true,
	"Broadcom": true, "Arm": true, "TSMC": true, "Cerebras": true, "Groq": true, "Micron": true,
	"SK Hynix": true, "Samsung": true}

// Definite references to a deal already reported ("the deal", "cet accord",
// "the five-year contract") are found on tokens rather than with a regexp:
// a determiner, then at most four words in English (none in French), then a
// deal noun.
var (
	refDetEN   = set("the", "this", "that", "these", "those", "its", "their")
	refDetFR   = set("le", "la", "les", "ce", "cet", "cette", "ces", "du", "au", "aux", "leur", "son", "sa", "l'", "l’")
	refNounsEN = set("deal", "deals", "megadeal", "agreement", "agreements", "contract", "contracts",
		"arrangement", "partnership", "investment", "lease", "leases", "transaction", "commitment",
		"pact", "financing", "loan", "acquisition", "purchase", "order")
	refNounsFR = set("accord", "accords", "contrat", "contrats", "partenariat", "investissement",
		"opération", "transaction", "engagement", "deal", "marché", "bail", "baux", "financement",
		"prêt", "acquisition", "rachat", "alliance", "commande", "achat", "achats")
	// weak references name the object of a deal rather than the deal: "the
	// campus", "le projet", "the chips". They bring hardware, size and
	// place, not money or term.
	weakDetEN   = set("the", "this", "these")
	weakNounsEN = set("expansion", "project", "campus", "facility", "chips", "site", "cluster", "phase", "gigawatt",
		"plant", "unit", "reactor", "reactors", "station")
	weakNounsFR = set("projet", "puces", "site", "campus", "expansion", "extension", "installation", "centre", "phase", "gigawatt",
		"centrale", "usine", "usines", "réacteur", "réacteurs")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// expansionWord marks a clause about enlarging an agreement already made:
// it is reported as its own deal, after the one it extends.
var expansionWord = regexp.MustCompile(`(?i)\b(?:expan(?:d|ds|ded|ding)\s+(?:its|the|their|an?|son|sa|leur)\s+(?:[\p{L}-]+\s+){0,3}?(?:deal|agreement|contract|lease|partnership)|(?:the|this|l['’]|cette|son|its)\s*(?:expansion|extension)|exercised? (?:its|an|the) (?:\p{L}+ )?option|exerc\p{L}* (?:son|sa|une|un) (?:\p{L}+ )?option|option d['’](?:expansion|extension))`)

// newExpansion introduces another enlargement of the deal just reported
// without naming the companies again: "A first expansion, of up to $4
// billion, followed in May."
var newExpansion = regexp.MustCompile(`(?i)\b(?:an?|une?|first|second|third|another|new|première|deuxième|seconde|nouvelle|autre)\s+(?:\p{L}+\s+)?(?:expansion|extension)\b`)

// newAgreement introduces another agreement between the companies of the
// deal just reported: "A second agreement, worth $200 million", "Un second
// contrat, de 200 millions de dollars", "another order".
var newAgreement = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:an?|une?)\s+(?:second|third|deuxième|seconde?|troisième|autre)|another)\s+(?:\p{L}+\s+)?(?:agreement|contract|deal|order|accord|contrat|commande)s?\b`)

// participation says that companies joined a round or a loan already
// reported: "also took part in the facility", "joined that round", "ont
// participé à l'opération".
var participation = regexp.MustCompile(`(?i)\b(?:took part|take part|takes part|participated|joined (?:the|that|this) (?:round|facility|loan|financing)|(?:a|ont|avaient|avait) (?:également |aussi )?participé|se sont joints|s['’]est joint)(?:[^\p{L}]|$)`)

// subordinateBefore ends a main clause and opens a subordinate one right
// before a description: ", when the start-up…", ", lorsque la société…".
var subordinateBefore = regexp.MustCompile(`(?i),\s+(?:when|as|after|while|lorsque|quand|alors que|après que)\s+(?:the|la|le|l['’])?\s*(?:\p{L}+[\s-])?$`)

// companyFigure follows an amount that measures a company, not a deal:
// "840 milliards de dollars d'actifs", "in assets under management". (Not
// revenue: "$7 billion in revenue over 15 years" is often a contract's value.)
var companyFigure = regexp.MustCompile(`(?i)^\s*(?:(?:of|in|d['’]|de)\s*(?:assets|actifs)\b|(?:under management|sous gestion|of market value|de capitalisation))`)

// rivalWords say a sentence is about competitors: "its rivals", "ses
// concurrents".
var rivalWords = regexp.MustCompile(`\b(?:rivals?|competitors?|concurrents?|rivaux)\b`)

// chipsFor finds money spent on hardware right after an amount: "40
// milliards de dollars pour les dernières puces", "$18 billion on GB200 chips".
var chipsFor = regexp.MustCompile(`(?i)^\s*(?:»\s*)?(?:pour|for|on|en|in)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:puces|chips|gpus?|processeurs|processors|accélérateurs|accelerators|super-puces|superchips)\b`)

// pronounStart finds sentences opening with a pronoun that continues the
// previous one: "Il devrait générer…", "It will…", "Cela porte…".
var pronounStart = regexp.MustCompile(`^(?:It|Il|Elle|Cela|Ceci|This|That|They|Ils|Celui-ci|Celle-ci)\b`)

// subjectAnaphor finds a company referred to without its name in subject
// position: "the company", "l'entreprise", "Elle", also after a fronted
// adverbial with or without a comma ("In October 2024 it signed", "Après
// OpenAI, il a investi"). Group 1 is the anaphor itself.
var subjectAnaphor = regexp.MustCompile(`(?i)^(?:[^,]{0,40},\s*|(?:in|on|at|last|this|earlier|later|weeks|days|months|en|début|fin|dès)\b[^,.;:]{0,30}?\s)?(it|elle|il|the (?:company|firm|group|startup|start-up|chipmaker|chip company|operator|provider)|(?:its|their|ses|leurs) (?:funds|fonds)|l['’](?:entreprise|opérateur)|la (?:société|start-up|startup|firme)|le (?:groupe|fabricant|géant|spécialiste))(?:[^\p{L}\p{N}]|$)`)

// anaphor is where subjectAnaphor finds the anaphor in s, or nil. A clause
// may open with its separator (": in March 2024 the company paid", ", and it
// signed"), which is skipped.
func anaphor(s string) []int {
	off := 0
	if m := clauseLead.FindStringIndex(s); m != nil {
		off = m[1]
	}
	m := subjectAnaphor.FindStringSubmatchIndex(s[off:])
	if m == nil {
		return nil
	}
	return []int{m[2] + off, m[3] + off}
}

// clauseLead is the separator a clause after the first may open with.
var clauseLead = regexp.MustCompile(`^[\s,;:]*(?:(?:and|et|but|mais|while|whereas|tandis qu['’]?|alors qu['’]?)\s+)?`)

// talks mark negotiations and rumours, not agreements: "in talks with",
// "serait en discussion", "négocie".
var talks = regexp.MustCompile(`\b(?:in talks|talks with|in discussions?|negotiat\w*|is considering|are considering|en discussions?|en négociations?|négoci\p{L}*|discuterait|envisagerait|rumou?rs?|rumeurs?)\b`)

// talks, conditional, discussions, hedge and attributed are matched
// against lower-cased text (sentenceInfo.low), so they need no (?i).

// hedge and attributed together mark a rumour: "Selon Bloomberg, Google
// pourrait investir…", "could acquire X, according to people familiar".
var (
	hedge      = regexp.MustCompile(`\b(?:pourrai(?:t|ent)|could|might|may)\b`)
	attributed = regexp.MustCompile(`\b(?:selon|d['’]après|according to|reportedly|people familiar|sources? (?:said|say|close))\b`)
)

// conditional marks a French conditional of hearsay and English reports:
// "aurait conclu", "serait en passe de", "reportedly".
var conditional = regexp.MustCompile(`\b(?:aurai(?:t|ent)|serai(?:t|ent)|reportedly|is said to|are said to|would be)\b`)

// partOf introduces a part of the amount just given: "$30bn, of which
// $20bn", "10 milliards, dont 4 milliards".
var partOf = regexp.MustCompile(`(?i)^[\s,(]*(?:of which|including|dont|y compris|soit)\b[^.;]{0,20}$`)

// coMarker joins a company to the side of the one before it: "alongside",
// "aux côtés de". The followers of a round ("with participation from")
// are not joined: the round's deal is with its leaders (see followerCue).
var coMarker = regexp.MustCompile(`(?i)^[^.;]{0,60}\b(?:alongside|along with|together with|joined by|aux côtés d['’e]|rejoint par|en association avec)\s*(?:the |la |le |les |l['’])?(?:[\p{L}-]+\s+){0,3}$`)

// discussions refer back to negotiations: "The discussions, which could
// still fall apart, would see Oracle provide Meta…".
var discussions = regexp.MustCompile(`\b(?:the|these|those|les|ces) (?:discussions|talks|négociations|pourparlers)\b`)

// combined precedes a total of several deals: "worth a combined $50
// billion", "un montant cumulé de". ("au total" may be one deal's total.)
var combined = regexp.MustCompile(`(?i)(?:a combined|cumulée?s?(?: de)?)\s*$`)

// totalStart opens a sentence that sums several deals up.
var totalStart = regexp.MustCompile(`^(?:au total|en tout|in total|in all|altogether|combined|together,|all told|cumulativement)\b`)

// possessiveStart opens a sentence about something of the previous subject.
var possessiveStart = regexp.MustCompile(`^(?:Its|Their|Son|Sa|Ses|Leur|Leurs)\s`)

// pluralAnaphor refers to the two companies named just before.
var pluralAnaphor = regexp.MustCompile(`(?i)\b(?:the two (?:firms|companies|groups|partners)|both (?:firms|companies)|les deux (?:entreprises|sociétés|groupes|partenaires|parties|firmes))\b`)

// increaseTo finds a new total: "raised its commitment to $3.2 billion",
// "porte la capacité à 360 MW". The figure after it is not the deal's own.
var increaseVerb = regexp.MustCompile(`(?i)\b(?:increas|rais|ris(?:e|es|ing)\b|rose\b|climb|jump|ups\b|boost|expand|bring|brought|lift|grow|grew|augment|relev|hausse|port(?:e|ant|er|era|é|ée)\s+(?:l[ae]\b|l['’]|les\b|sa\b|son\b|ses\b|leur))`)

// excludeBefore marks money that is not a deal amount: market values,
// valuations, price targets.
var excludeBefore = regexp.MustCompile(`(?i)(?:market (?:value|cap\w*)|capitalisation|price target|prix cible|share price|cours)[^.]{0,50}$`)

// valuation precedes the value of a whole company: the price of a
// takeover, but not the size of an investment in it.
var valuation = regexp.MustCompile(`(?i)(?:valuation|valuing|valued|valorisant|valoris\p{L}*)[^.]{0,40}$`)

// dealValued is a deal noun right before the word of valuation: "a deal
// valued at", "un contrat valorisé à".
var dealValued = regexp.MustCompile(`(?i)\b(?:deal|agreement|contract|transaction|accord|contrat|partenariat|partnership|commitment)\s+(?:\p{L}+\s+)?(?:valued|valorisé\p{L}*)[^.]{0,40}$`)

// perUnit follows the size of each of several units: "100 MW each",
// "100 MW chacun", "de 50 MW par bâtiment".
var perUnit = regexp.MustCompile(`(?i)^\s*(?:each|apiece|chacun|chacune|(?:per|for\s+each|for\s+every)\s+(?:building|site|campus|hall|unit|mw|megawatt|gpu|chip)|(?:par|le|pour\s+chaque)\s+(?:bâtiment|site|campus|salle|unité|mw|mégawatt|gpu|puce))\b`)

// perShare follows per-share prices.
var perShare = regexp.MustCompile(`(?i)^\s*(?:(?:en|in) (?:numéraire|cash|espèces)\s+)?(?:per|par|a|an) (?:share|action)`)

// additional marks an add-on amount that belongs to a deal already counted.
var additional = regexp.MustCompile(`(?i)\b(?:additional|supplémentaires?|extra|further|de plus)\b`)

// nonParty finds contexts where a company is named but is not a party: its
// rivals, its staff, outlets cited.
var nonPartyBefore = regexp.MustCompile(`(?i)(?:,\s*(?:(?:an?|un|une|the|le|la)\s+|l['’])?(?:(?:major|key|important|principal|gros)\s+)?(?:actionnaire|shareholder|investor|investisseur|backer)|,\s*(?:(?:a|an|now|itself)\s+)?(?:part|division|arm) of|(?:conçue?s?|dessinée?s?|designed|engineered) (?:par|by)|trails|trailing|lags(?: behind)?|lagging(?: behind)?|distancée?s? par|devancée?s? par|unlike|contrairement à|à la différence d[eu']|rivals?|rivaux|concurrents?|competitors?|compet\w* with|backed by|owned by|controlled by|served by|desservie? par|subsidiary of|unit of|soutenue? par|détenue? par|contrôlée? par|propriété d[eu']|filiale d[eu']|chief executive of|ceo of|cfo of|officer of|president of|chairman of|chairwoman of|director of|head of|(?:same|similar) (?:terms|conditions|basis) as|mêmes conditions que|pdg d['’e]|pdg de|directeur (?:général )?d['’e]|according to|selon|like|such as|comme)\s+(?:(?:the|les|des|de|of|d['’])\s*)?(?:[\w-]+\s+){0,3}$`)
var nonPartyAfter = regexp.MustCompile(`^(?:-(?:backed|owned|controlled|funded|supported)\b|['’]s\s+(?:parent|owner|holding company)\b|(?:['’]s)?\s+(?:CEO|CFO|CTO|COO|chief|PDG|président|founder|fondateur|co-founder|spokesperson|porte-parole|executive)\b|\s+(?:network|app|apps|platform|brand|ecosystem|store|chatbot|assistant)\b)`)

// stockAfter: "Intel shares rose" is about the market, not a party; but see
// stockBought.
var stockAfter = regexp.MustCompile(`^(?:['’]s)?\s+(?:common\s+)?(?:shares|stock|action|titre)\b`)

// stockBought ends the text before "$5 billion of Intel stock": shares of
// the company are what is bought, so it is a party.
var stockBought = regexp.MustCompile(`(?i)(?:\bof|\bde|\bd['’])\s*$`)

// withPrep links a trigger to its counterparty.
var linkPrep = map[string]string{"with": "with", "avec": "with", "between": "between", "entre": "between",
	"in": "in", "into": "in", "dans": "in", "from": "from", "auprès": "from", "to": "to", "à": "to", "au": "to", "aux": "to",
	"by": "by", "par": "by", "of": "of", "de": "of", "d'": "of", "d’": "of", "du": "of", "sur": "on", "on": "on"}

// withAuthority: "avec le gouvernement", "with the state": a public
// counterparty, which is not a company and not the partner of an earlier
// deal.
var withAuthority = regexp.MustCompile(`(?i)\b(?:with|avec|to|à|from|auprès d['’e])\s+(?:le|la|l['’]|les|the)\s*(?:gouvernement|government|état|etat|state|autorités|authorities|administration|ministère|ministry|commission|pouvoirs publics|city|ville|région|region)\b`)

// unnamedParty: "with a hyperscaler", "avec un client": the counterparty is
// deliberately not named, so the article's main company must not stand in.
var unnamedParty = regexp.MustCompile(`(?i)\b(?:with|avec|to|à|from|auprès d['’e])\s+(?:an?|un|une|des|several|plusieurs|two|three|four|five|six|deux|trois|quatre|cinq|\d+|multiple|various|other|d['’]autres|undisclosed|unnamed|its|their|ses|leurs)\s+\p{Ll}`)

// jointStatement reports an announcement made by two companies together:
// "the two companies said", "ont annoncé les deux groupes".
var jointStatement = regexp.MustCompile(`(?:the two|both) (?:companies|firms|groups) (?:said|announced|say)\b|(?:ont|a) (?:annoncé|indiqué|précisé|déclaré) les deux (?:entreprises|sociétés|groupes)\b`)
