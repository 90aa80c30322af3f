package money

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/measure"
)

// sign is a currency written with symbols or an ISO code.
type sign struct {
	text string
	iso  string
}

// prefixSigns are tried in order at the start of an amount; longer forms
// come before their prefixes ("US$" before "$"). Letter forms need a word
// boundary before them and no letter after them.
var prefixSigns = []sign{
	{"U.S.$", "USD"}, {"US $", "USD"}, {"US$", "USD"}, {"USD", "USD"},
	{"AU$", "AUD"}, {"A$", "AUD"}, {"AUD", "AUD"},
	{"CAN$", "CAD"}, {"CA$", "CAD"}, {"C$", "CAD"}, {"CAD", "CAD"},
	{"HK$", "HKD"}, {"HKD", "HKD"}, {"SG$", "SGD"}, {"S$", "SGD"}, {"SGD", "SGD"},
	{"NZ$", "NZD"}, {"NZD", "NZD"}, {"R$", "BRL"}, {"BRL", "BRL"},
	{"CN¥", "CNY"}, {"RMB", "CNY"}, {"CNY", "CNY"},
	{"EUR", "EUR"}, {"GBP", "GBP"}, {"JPY", "JPY"}, {"CHF", "CHF"}, {"SEK", "SEK"}, {"NOK", "NOK"},
	{"DKK", "DKK"}, {"INR", "INR"}, {"Rs.", "INR"}, {"Rs", "INR"}, {"KRW", "KRW"}, {"SAR", "SAR"}, {"AED", "AED"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"}, {"₩", "KRW"},
}

// signsByFirstByte indexes prefixSigns by their first byte, so that most
// positions of a text are rejected with one lookup.
var signsByFirstByte = func() [256][]sign {
	var idx [256][]sign
	for _, s := range prefixSigns {
		idx[s.text[0]] = append(idx[s.text[0]], s)
	}
	return idx
}()

// prefixCurrency reads a currency sign or code at i and returns its ISO code
// and end. A sign glued to a letter ("MX$") is an unknown currency, unless
// it follows a scale abbreviation (glued is set: "Md€", "M$").
func prefixCurrency(text string, i int, glued bool) (string, int, bool) {
	if i >= len(text) {
		return "", 0, false
	}
	for _, s := range signsByFirstByte[text[i]] {
		if !strings.HasPrefix(text[i:], s.text) {
			continue
		}
		e := i + len(s.text)
		if isASCIILetter(s.text[0]) {
			if !measure.BoundaryBefore(text, i) {
				return "", 0, false
			}
			if last := s.text[len(s.text)-1]; isASCIILetter(last) && e < len(text) && isASCIILetter(text[e]) {
				continue // "USDT", "SARL", "EURO"
			}
		} else if r, _ := utf8.DecodeLastRuneInString(text[:i]); !glued && i > 0 && measure.IsLetter(r) {
			return "", 0, false // "MX$": an unknown dollar
		}
		return s.iso, e, true
	}
	return "", 0, false
}

// currencyWord is a currency named in words.
type currencyWord struct {
	iso string
	// needs is set for words that are money only with a scale or a
	// qualifier ("pounds", "livres", "won"): "500 pounds" is a weight.
	needs bool
	// confirm is set for words that name several currencies and are money
	// only with a qualifier ("francs suisses", "couronnes suédoises").
	confirm bool
	// cents marks "cents": hundredths of a dollar.
	cents bool
	lang  string // "" for both languages
}

var currencyWords = map[string]currencyWord{
	"dollar": {iso: "USD"}, "dollars": {iso: "USD"},
	"euro": {iso: "EUR"}, "euros": {iso: "EUR"},
	"livre": {iso: "GBP", needs: true, lang: "fr"}, "livres": {iso: "GBP", needs: true, lang: "fr"},
	"pound": {iso: "GBP", needs: true, lang: "en"}, "pounds": {iso: "GBP", needs: true, lang: "en"},
	"sterling": {iso: "GBP"},
	"yen":      {iso: "JPY"}, "yens": {iso: "JPY"},
	"yuan": {iso: "CNY"}, "yuans": {iso: "CNY"}, "renminbi": {iso: "CNY"},
	"roupie": {iso: "INR"}, "roupies": {iso: "INR"}, "rupee": {iso: "INR"}, "rupees": {iso: "INR"},
	"won": {iso: "KRW", needs: true}, "wons": {iso: "KRW"},
	"franc": {confirm: true}, "francs": {confirm: true},
	"couronne": {confirm: true, lang: "fr"}, "couronnes": {confirm: true, lang: "fr"},
	"krona": {iso: "SEK"}, "kronor": {iso: "SEK"}, "krone": {iso: "NOK"}, "kroner": {iso: "NOK"},
	"riyal": {iso: "SAR"}, "riyals": {iso: "SAR"}, "rial": {confirm: true}, "rials": {confirm: true},
	"dirham": {iso: "AED"}, "dirhams": {iso: "AED"},
	"cents": {iso: "USD", cents: true, lang: "en"},
}

// qualifierAfter are adjectives that follow a currency word in French
// ("dollars américains") and fix or confirm the currency; "" keeps it.
var qualifierAfter = map[string]map[string]string{
	"dollar": {"américain": "USD", "américains": "USD", "us": "USD", "canadien": "CAD", "canadiens": "CAD",
		"australien": "AUD", "australiens": "AUD", "hongkongais": "HKD", "singapouriens": "SGD",
		"singapourien": "SGD", "néo-zélandais": "NZD"},
	"franc":    {"suisse": "CHF", "suisses": "CHF", "cfa": "XOF"},
	"couronne": {"suédoise": "SEK", "suédoises": "SEK", "norvégienne": "NOK", "norvégiennes": "NOK", "danoise": "DKK", "danoises": "DKK"},
	"livre":    {"sterling": "GBP"},
	"pound":    {"sterling": "GBP"},
	"dirham":   {"émirati": "AED", "émiratis": "AED"},
	"rial":     {"saoudien": "SAR", "saoudiens": "SAR"},
	"riyal":    {"saoudien": "SAR", "saoudiens": "SAR", "qatari": "QAR", "qataris": "QAR"},
	"yen":      {"japonais": "JPY"},
	"yuan":     {"chinois": "CNY"},
}

// qualifierBefore are English adjectives before a currency word ("US
// dollars", "Swiss francs"), with the currency they make it.
var qualifierBefore = map[string]string{
	"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD",
	"singaporean": "SGD", "swiss": "CHF", "japanese": "JPY", "chinese": "CNY", "indian": "INR",
	"korean": "KRW", "saudi": "SAR", "qatari": "QAR", "emirati": "AED", "uae": "AED", "swedish": "SEK", "norwegian": "NOK",
	"danish": "DKK", "british": "GBP",
}

// qualifierPairs are two-word English qualifiers.
var qualifierPairs = map[string]string{"hong kong": "HKD", "new zealand": "NZD", "south korean": "KRW"}

// stem returns the singular key under which qualifiers are listed.
func stem(w string) string {
	switch w {
	case "dollars":
		return "dollar"
	case "francs":
		return "franc"
	case "couronnes":
		return "couronne"
	case "livres":
		return "livre"
	case "pounds":
		return "pound"
	case "dirhams":
		return "dirham"
	case "rials":
		return "rial"
	case "riyals":
		return "riyal"
	case "yens":
		return "yen"
	case "yuans":
		return "yuan"
	}
	return w
}

// maxGap bounds the spaces between an amount's number and its currency, in
// bytes (a narrow no-break space is three).
const maxGap = 6

// suffixCurrency reads the currency after the number (and scale) ending at
// i: a sign ("€", "$", "$US"), an ISO code, or words ("de dollars",
// "d'euros", "dollars américains", "US dollars", "livres sterling", "50
// cents"). scaled tells whether a scale word was read, which ambiguous
// words require. It returns the ISO code, the end and the unit of the
// written value in that currency (0.01 for cents).
func suffixCurrency(text string, i int, lang string, scaled bool) (string, int, float64, bool) {
	j := measure.SkipSpace(text, i)
	if j-i > maxGap || j >= len(text) {
		return "", 0, 0, false
	}
	if text[j] == '$' {
		// "$US", "$ CA": the French-Canadian order.
		k := measure.SkipSpace(text, j+1)
		for _, q := range []struct{ code, iso string }{{"USD", "USD"}, {"US", "USD"}, {"CAN", "CAD"}, {"CA", "CAD"},
			{"AU", "AUD"}, {"HK", "HKD"}, {"NZ", "NZD"}, {"SG", "SGD"}} {
			if strings.HasPrefix(text[k:], q.code) && measure.BoundaryAfter(text, k+len(q.code)) {
				return q.iso, k + len(q.code), 1, true
			}
		}
		return "USD", j + 1, 1, true
	}
	if cur, e, ok := prefixCurrency(text, j, true); ok {
		return cur, e, 1, true
	}
	return currencyInWords(text, j, lang, scaled)
}

// currencyInWords reads a currency named in words at j, with the French
// "de"/"d'" before it and the qualifiers around it.
func currencyInWords(text string, j int, lang string, scaled bool) (string, int, float64, bool) {
	var buf [32]byte
	w, e := measure.WordAt(text, j)
	if e == j {
		return "", 0, 0, false
	}
	lw := measure.Lower(buf[:], w)
	forced := ""
	switch {
	case lw == "de" && lang != "en":
		j = measure.SkipSpace(text, e)
		if cur, e2, ok := prefixCurrency(text, j, false); ok && !isASCIILetter(text[j]) {
			return cur, e2, 1, true // "10 milliards de $"
		}
	case lw == "d" && lang != "en":
		j = measure.SkipApostrophe(text, e)
		if j == e {
			return "", 0, 0, false
		}
	case lang == "fr":
	case strings.HasPrefix(text[j:], "U.S."):
		forced, j = "USD", measure.SkipSpace(text, j+4)
	default:
		if iso, ok := qualifierBefore[lw]; ok {
			forced, j = iso, measure.SkipSpace(text, e)
		} else if k := measure.SkipSpace(text, e); k > e {
			w2, e2 := measure.WordAt(text, k)
			if iso, ok := qualifierPairs[lw+" "+measure.Lower(buf[:], w2)]; ok && e2 > k {
				forced, j = iso, measure.SkipSpace(text, e2)
			}
		}
	}
	w, e = measure.WordAt(text, j)
	if e == j || !measure.BoundaryAfter(text, e) {
		return "", 0, 0, false
	}
	lw = measure.Lower(buf[:], w)
	cw, ok := currencyWords[lw]
	if !ok || cw.lang != "" && lang != "" && cw.lang != lang {
		return "", 0, 0, false
	}
	iso := cw.iso
	confirmed := forced != ""
	if forced != "" {
		iso = forced
	}
	// A qualifier after the word ("dollars américains", "dollars US",
	// "livres sterling").
	if q, ok := qualifierAfter[stem(lw)]; ok {
		if k := measure.SkipSpace(text, e); k > e {
			w2, e2 := measure.WordAt(text, k)
			l2 := measure.Lower(buf[:], w2)
			if q2, ok := q[l2]; ok && e2 > k && (l2 != "us" || w2 == "US") {
				iso, e, confirmed = q2, e2, true
			}
		}
	}
	if cw.confirm && !confirmed || cw.needs && !confirmed && !scaled {
		return "", 0, 0, false
	}
	if stem(lw) == "dirham" && lang == "fr" && !confirmed {
		iso = "MAD" // French-language dirhams are mostly Moroccan
	}
	if cw.cents {
		return iso, e, 0.01, true
	}
	return iso, e, 1, true
}
