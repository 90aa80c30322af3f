// Package money finds money amounts in French and English news text:
// "9,7 milliards de dollars", "$17.4bn", "US$5.8 billion", "10 mds $",
// "2 Md€", "un milliard d'euros", "£1.5bn", "USD 5 billion", "5 800
// millions de dollars", ranges ("$10-15 billion", "entre 10 et 15 milliards
// d'euros", both ends reported) and more, with the value in units and the
// ISO 4217 currency.
//
// Numbers and scale words are read by package measure; this package adds
// the currencies and how they attach to a number. Qualifiers such as "près
// de", "up to" or "environ" are left outside the mention: the stated value
// is kept.
package money

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/measure"
)

// Find returns every money mention of text in order of position. lang is
// "fr", "en" or "" and decides how separators and "billion" are read.
func Find(text, lang string) []newsgraph.Amount {
	var out []newsgraph.Amount
	for i := 0; i < len(text); {
		if cur, end, ok := prefixCurrency(text, i, false); ok {
			if amts, e, ok := afterPrefix(text, i, end, cur, lang); ok {
				out = append(out, amts...)
				i = e
				continue
			}
		}
		if c := text[i]; (measure.IsDigit(c) || isASCIILetter(c) || c >= 0xC0) && measure.BoundaryBefore(text, i) {
			if amts, e, ok := numberFirst(text, i, lang); ok {
				out = append(out, amts...)
				i = e
				continue
			}
			if len(out) > 0 {
				if amts, e, ok := elliptic(text, i, lang, out[len(out)-1]); ok {
					out = append(out, amts...)
					i = e
					continue
				}
			}
		}
		i = nextStart(text, i)
	}
	return out
}

// nextStart returns where the next match may begin after i: past the rest
// of an ASCII word or digit run (a match never starts inside one), else
// past the rune at i.
func nextStart(text string, i int) int {
	if isASCIIAlnum(text[i]) {
		j := i + 1
		for j < len(text) && isASCIIAlnum(text[j]) {
			j++
		}
		return j
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return i + n
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isASCIIAlnum(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' }

// afterPrefix reads the amount after a currency written first ("$9.7
// billion", "US$ 146.1 million", "€2bn", "USD 5 billion", "$10-15
// billion", "$10 to $15 billion"). start is where the currency begins, i
// where it ends.
func afterPrefix(text string, start, i int, cur, lang string) ([]newsgraph.Amount, int, bool) {
	j := measure.SkipSpace(text, i)
	if j-i > 3 || j >= len(text) || !measure.IsDigit(text[j]) {
		return nil, 0, false
	}
	n, ok := measure.ScanDigits(text, j, lang)
	if !ok {
		return nil, 0, false
	}
	if !measure.BoundaryAfter(text, n.End) && !startsScale(text, n.End, lang) {
		return nil, 0, false
	}
	first := n.Value
	end := n.End
	var second float64
	hasSecond := false
	if k := measure.RangeNext(text, n, lang); k >= 0 {
		// "$10-15 billion", "$10 to $15 billion", "US$7–9 billion".
		k2 := k
		if c2, e2, ok := prefixCurrency(text, k, false); ok && c2 == cur {
			k2 = measure.SkipSpace(text, e2)
		}
		if m, ok := measure.ScanDigits(text, k2, lang); ok {
			second, hasSecond, end = m.Value, true, m.End
		}
	}
	factor, e := scaleAfter(text, end, lang)
	if e > end {
		end = e
	} else if hasSecond && !measure.BoundaryAfter(text, end) {
		return nil, 0, false
	}
	// A currency repeated after the amount ("$5 billion USD") belongs to it.
	if c2, e2, unit, ok := suffixCurrency(text, end, lang, factor > 1); ok && c2 == cur && unit == 1 {
		end = e2
	}
	values := []float64{first}
	if hasSecond {
		values = append(values, second)
	}
	return scaledAmounts(text, start, end, values, factor, cur), end, true
}

// rangeValues reads the number n and, when it opens a range ("entre 10 et
// 15", "10 to 15"), the range's upper bound; end is where the numbers stop.
func rangeValues(text string, n measure.Num, lang string) (values []float64, end int) {
	values, end = []float64{n.Value}, n.End
	if k := measure.RangeNext(text, n, lang); k >= 0 {
		if m, ok := measure.ScanNumber(text, k, lang); ok && !m.Article {
			values, end = append(values, m.Value), m.End
		}
	}
	return values, end
}

// scaledAmounts gives one amount per value, all spanning text[start:end]: a
// range is reported as its two bounds, both citing the whole phrase.
func scaledAmounts(text string, start, end int, values []float64, factor float64, cur string) []newsgraph.Amount {
	out := make([]newsgraph.Amount, len(values))
	for i, v := range values {
		out[i] = newsgraph.Amount{Value: measure.Scaled(v, factor), Currency: cur, Text: text[start:end], Start: start, End: end}
	}
	return out
}

// startsScale reports whether a scale abbreviation is glued at i ("17.4bn").
func startsScale(text string, i int, lang string) bool {
	_, ok := measure.ScanScale(text, i, lang)
	return ok
}

// scaleAfter reads a scale word after the number ending at i, glued, after
// spaces, or after a hyphen ("$9.7-billion"; abbreviations are not
// hyphenated). Abbreviations ("bn", "M", "Mds") are safe here because an
// amount also needs a currency. It returns factor 1 and i when there is none.
func scaleAfter(text string, i int, lang string) (float64, int) {
	j := measure.SkipSpace(text, i)
	hyphen := false
	if j == i {
		if k := measure.SkipDash(text, i); k > i {
			j, hyphen = k, true
		}
	}
	sc, ok := measure.ScanScale(text, j, lang)
	if !ok || sc.Abbrev && hyphen {
		return 1, i
	}
	// Indian compound scales: "5 lakh crore" is 5 × 10^5 × 10^7.
	if k := measure.SkipSpace(text, sc.End); k > sc.End {
		if sc2, ok := measure.ScanScale(text, k, lang); ok && !sc2.Abbrev && sc2.Factor > sc.Factor {
			return sc.Factor * sc2.Factor, sc2.End
		}
	}
	return sc.Factor, sc.End
}

// numberFirst reads an amount that starts with its number: "9,7 milliards
// de dollars", "10 mds $", "2 Md€", "un milliard d'euros", "5 billion
// dollars", "5 800 millions de dollars US", "entre 10 et 15 milliards
// d'euros", "300 M$".
func numberFirst(text string, i int, lang string) ([]newsgraph.Amount, int, bool) {
	n, ok := measure.ScanNumber(text, i, lang)
	if !ok {
		return nil, 0, false
	}
	values, end := rangeValues(text, n, lang)
	// Abbreviated scales are read here too: the currency that must follow
	// decides ("10 mds $", "300 M€"); without one nothing is reported.
	factor, e := scaleAfter(text, end, lang)
	if n.Article && e == end {
		return nil, 0, false // "a dollar" is not an amount worth reporting
	}
	end = e
	cur, ce, unit, ok := suffixCurrency(text, end, lang, factor > 1)
	if !ok {
		return nil, 0, false
	}
	factor *= unit
	return scaledAmounts(text, n.Start, ce, values, factor, cur), ce, true
}

// ellipsisWindow is how far, in bytes, an amount written without its
// currency may follow the amount whose currency it takes.
const ellipsisWindow = 160

// elliptic reads an amount whose currency is left out because the sentence
// just gave it: "14,2 milliards de dollars cette année, contre 39,2
// milliards en 2024", "revenue of 57 billion dollars, up from 35 billion".
// It needs a scale word, nothing counted after it ("27 milliards de
// paramètres" is not money) and prev in the same sentence.
func elliptic(text string, i int, lang string, prev newsgraph.Amount) ([]newsgraph.Amount, int, bool) {
	if prev.End > i || i-prev.End > ellipsisAcross || strings.Contains(text[prev.End:i], "\n") {
		return nil, 0, false
	}
	across := sentenceBreak(text[prev.End:i])
	if !across && i-prev.End > ellipsisWindow {
		return nil, 0, false
	}
	n, ok := measure.ScanNumber(text, i, lang)
	if !ok || n.Article {
		return nil, 0, false
	}
	values, end := rangeValues(text, n, lang)
	k := measure.SkipSpace(text, end)
	sc, ok := measure.ScanScale(text, k, lang)
	if !ok || sc.Abbrev || k == end || sc.Factor < 1e6 || across && sc.Factor < 1e9 {
		// across a sentence only billions, which in this news count
		// nothing but money: "Amazon a dépensé 26,3 milliards"
		return nil, 0, false
	}
	// What follows must not be what the number counts: only a preposition,
	// a conjunction or punctuation may come next, or a kind of money ("3
	// milliards de fonds propres").
	next := measure.SkipSpace(text, sc.End)
	if w, e := measure.WordAt(text, next); w != "" {
		var buf [24]byte
		lw := measure.Lower(buf[:], w)
		if !linkWords[lw] && !((lw == "de" || lw == "d" || lw == "of") && moneyNounAt(text, e)) {
			return nil, 0, false
		}
	}
	return scaledAmounts(text, n.Start, sc.End, values, sc.Factor, prev.Currency), sc.End, true
}

// ellipsisAcross is how far, in bytes, an amount of billions written
// without its currency may follow, in a later sentence of the same
// paragraph, the amount whose currency it takes.
const ellipsisAcross = 320

// moneyNounAt reports a noun for a kind of money after "de"/"of" ending at
// i: "de fonds propres", "d'investissements", "of debt".
func moneyNounAt(text string, i int) bool {
	i = measure.SkipApostrophe(text, i)
	w, _ := measure.WordAt(text, measure.SkipSpace(text, i))
	var buf [24]byte
	return moneyNouns[measure.Lower(buf[:], w)]
}

var moneyNouns = map[string]bool{
	"fonds": true, "dette": true, "dettes": true, "financement": true, "financements": true, "revenus": true,
	"recettes": true, "chiffre": true, "investissement": true, "investissements": true, "dépenses": true,
	"capitalisation": true, "valorisation": true, "prêts": true, "liquidités": true, "trésorerie": true,
	"funding": true, "debt": true, "revenue": true, "revenues": true, "capex": true, "investment": true,
	"investments": true, "equity": true, "financing": true, "loans": true, "cash": true, "spending": true,
}

// linkWords may follow an elliptic amount without naming what it counts:
// prepositions, conjunctions and time words.
var linkWords = map[string]bool{
	"en": true, "in": true, "et": true, "and": true, "à": true, "a": true, "au": true, "pour": true, "for": true,
	"sur": true, "over": true, "par": true, "per": true, "l": true, "le": true, "la": true, "les": true,
	"the": true, "un": true, "une": true, "an": true, "fin": true, "end": true, "auparavant": true,
	"previously": true, "earlier": true, "before": true, "avant": true, "last": true, "this": true,
	"cette": true, "ce": true, "lors": true, "during": true, "pendant": true, "contre": true, "versus": true,
	"vs": true, "from": true, "depuis": true, "since": true, "at": true, "plus": true, "soit": true, "or": true,
	"ou": true, "respectively": true, "respectivement": true, "précédemment": true, "prior": true, "to": true,
	"jusqu": true, "by": true, "with": true, "avec": true, "dans": true, "within": true,
	"il": true, "y": true, "ago": true, "après": true, "after": true,
	// Participles of expectation qualify the amount, not what it counts:
	// "contre 2,7 milliards espérés", "versus 3 billion expected".
	"si": true, "if": true, "selon": true, "sous": true, "under": true, "supplémentaires": true,
	"espérés": true, "attendus": true, "prévus": true, "visés": true, "estimés": true,
	"expected": true, "forecast": true, "planned": true, "targeted": true, "estimated": true,
}

// sentenceBreak reports whether s crosses the end of a sentence: a full stop,
// question or exclamation mark followed by a space, or a line break.
func sentenceBreak(s string) bool {
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '\n', ';':
			return true
		case '.', '!', '?':
			if k+1 == len(s) || s[k+1] == ' ' {
				return true
			}
		}
	}
	return false
}
