// Package entity finds companies and places in French and English news text.
//
// Companies come from an embedded gazetteer of the AI-infrastructure world
// (hyperscalers, AI labs, neoclouds, chip and server makers, data-centre
// operators, investors, banks, energy and telecom groups) with canonical
// names, aliases, ISO country and Wikidata Q-ids, and from discovery
// patterns for names the gazetteer lacks ("la start-up française X",
// "data-center operator X", "Australia's X", "X Inc.", "X, a … company").
// News outlets are recognised and flagged so that callers can drop them;
// products and programmes (Azure, ChatGPT, Stargate) are never companies.
//
// Places come from an embedded gazetteer of continents, countries (English
// and French names), states, regions, départements, counties and
// data-centre towns, plus discovered campuses ("the Lake Mariner campus"),
// towns ("in Foo, Texas") and counties. Each place gets a role from its
// sentence: "site" where infrastructure is or will be, "hq" for
// headquarters, "other" otherwise.
//
// Descriptions finds the definite descriptions that stand for a company
// without naming it ("the Santa Clara chipmaker", "the Facebook owner", "le
// fabricant de puces californien", "l'éditeur de ChatGPT", "la société"), and
// Matches tells whether a company fits one, from the embedded profiles of
// data/profiles.tsv: headquarters city and region, sector tags (chipmaker,
// neocloud, hyperscaler, ai-lab, dc-operator, energy, fund, bank, miner,
// telecom…) and the products and brands each company makes or owns.
//
// A capital used for its government ("Washington a autorisé…", "Beijing
// banned…") is no facility's place, and a known town that only locates an
// unknown one ("près de Cannes, à Mougins") yields the site to it.
//
// Matching is token based: the text is cut once into words and punctuation
// with byte offsets, and each word is looked up in a map keyed by folded
// first words, so the cost does not grow with the size of the gazetteers.
// Short or ambiguous names (Meta, Arm, Orange, Switch) carry flags in the
// data files that demand their exact capitalisation and forbid capitalised
// neighbours.
package entity
