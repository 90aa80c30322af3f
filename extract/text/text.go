// Package text splits French and English article text into sentences and word
// tokens, keeping byte offsets into the original text so that every fact found
// later can point back at its source.
//
// The splitter is rule-based rather than prose's punkt model: news text needs
// only a handful of rules (abbreviations, initials, decimals, closing quotes,
// paragraph breaks), French needs its own abbreviations anyway, and loading the
// model would cost more than extracting a whole article.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of the text: Text == text[Start:End], without the
// surrounding spaces. Para counts the paragraphs (blocks separated by a blank
// line) before it, so callers can tell when a new paragraph starts.
type Sentence struct {
	Start, End int
	Text       string
	Para       int
}

// abbreviations end with a period that does not end a sentence, whatever
// follows ("M. Macron", "Dr. Su", "No. 1", "env. 10").
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "pr": true, "prof": true, "st": true, "ste": true, "no": true,
	"nos": true, "n°": true, "vs": true, "cf": true, "env": true, "av": true, "apr": true,
	"jan": true, "feb": true, "fév": true, "mar": true, "aug": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "déc": true, "etc": true, "ca": true, "approx": true,
	"p": true, "pp": true, "art": true, "fig": true, "vol": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "jr": true, "sr": true, "mt": true, "ft": true,
}

// suffixes end company names and country initials ("Acme Inc.", "U.S."): they
// end the sentence only when the next word is a typical sentence opener.
var suffixes = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "llc": true, "plc": true,
	"u.s": true, "u.k": true, "e.u": true, "u.s.a": true, "n.v": true, "s.a": true,
	"bros": true, "cie": true,
}

// openers are words that start sentences; after "Inc." or "U.S." they show
// that the period was also a full stop.
var openers = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "it": true, "its": true, "he": true,
	"she": true, "they": true, "we": true, "in": true, "but": true, "and": true, "a": true,
	"an": true, "under": true, "as": true, "on": true, "at": true, "for": true, "according": true,
	"le": true, "la": true, "les": true, "l": true, "il": true, "elle": true, "ils": true,
	"elles": true, "ce": true, "cette": true, "cet": true, "ces": true, "en": true, "mais": true,
	"un": true, "une": true, "dans": true, "selon": true, "par": true, "pour": true, "au": true,
	"aux": true, "du": true, "des": true, "son": true, "sa": true, "ses": true, "leur": true,
}

// isSpace reports spaces including the non-breaking and thin spaces French
// typography puts before « » : ; ! ?.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u200b'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '»', '”', '’', ')', ']', '›':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '«', '“', '‘', '(', '[', '‹', '\'', '•', '-', '–', '—', '*':
		return true
	}
	return false
}

// Sentences splits text into sentences. lang ("fr", "en") is accepted for
// symmetry with the other extractors; the rules cover both languages.
func Sentences(text, lang string) []Sentence {
	_ = lang
	var out []Sentence
	para := 0
	start := 0
	emit := func(end int) {
		s, e := trim(text, start, end)
		if s < e {
			out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Para: para})
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			j := skipSpaces(text, i+size)
			if strings.Count(text[i:j], "\n") >= 2 {
				emit(i)
				para++
				start = j
				i = j
				continue
			}
			if j < len(text) {
				n, _ := utf8.DecodeRuneInString(text[j:])
				// A line break before a lower-case word is a hard wrap
				// inside a sentence; before anything else it ends a
				// headline, a list item or a paragraph.
				if !unicode.IsLower(n) {
					emit(i)
					start = j
					i = j
					continue
				}
			}
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + size
			for end < len(text) {
				c, sz := utf8.DecodeRuneInString(text[end:])
				if c == '.' || c == '!' || c == '?' || c == '…' || isCloser(c) {
					end += sz
					continue
				}
				break
			}
			if end >= len(text) {
				i = end
				continue
			}
			c, _ := utf8.DecodeRuneInString(text[end:])
			if !isSpace(c) {
				i = end
				continue
			}
			j := skipSpaces(text, end)
			if strings.Contains(text[end:j], "\n") {
				// handled by the newline rule on the next iteration
				i = end
				continue
			}
			if j < len(text) && boundary(text, i, r, j) {
				emit(end)
				start = j
				i = j
				continue
			}
			i = end
			continue
		}
		i += size
	}
	start0 := start
	s, e := trim(text, start0, len(text))
	if s < e {
		out = append(out, Sentence{Start: s, End: e, Text: text[s:e], Para: para})
	}
	return out
}

// boundary decides whether the punctuation r at i, followed by spaces up to
// j, ends a sentence.
func boundary(text string, i int, r rune, j int) bool {
	n, _ := utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(n) || unicode.IsDigit(n) || isOpener(n)) {
		return false
	}
	if r != '.' {
		return true
	}
	w := wordBefore(text, i)
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		return false
	}
	// Initials ("J. Smith", "Jensen H. Huang") are single capitals.
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return false
	}
	if suffixes[lw] || dottedInitials(w) {
		// "J.P. Morgan", "A.P. Moller": initials run into the name
		return openers[strings.ToLower(wordAt(text, j))]
	}
	return true
}

// dottedInitials reports single letters joined by periods: "J.P", "U.S".
func dottedInitials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsLetter(firstRune(p)) {
			return false
		}
	}
	return true
}

// wordBefore returns the word (letters, digits, inner periods) ending at i.
func wordBefore(text string, i int) string {
	k := i
	for k > 0 {
		r, sz := utf8.DecodeLastRuneInString(text[:k])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '°' || (r == '.' && k-sz > 0 && k < i) {
			k -= sz
			continue
		}
		break
	}
	return strings.Trim(text[k:i], ".")
}

// wordAt returns the letters starting at j.
func wordAt(text string, j int) string {
	k := j
	for k < len(text) {
		r, sz := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += sz
	}
	return text[j:k]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func skipSpaces(text string, i int) int {
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += sz
	}
	return i
}

// trim narrows [s, e) to exclude surrounding spaces.
func trim(text string, s, e int) (int, int) {
	s = skipSpaces(text, s)
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(text[:e])
		if !isSpace(r) {
			break
		}
		e -= sz
	}
	return s, e
}

// Token is a word of the text: Text == text[Start:End].
type Token struct {
	Start, End int
	Text       string
}

// Words splits s into word tokens: runs of letters and digits, keeping inner
// hyphens ("multi-year", "Vera-Rubin") and decimal marks ("9,7", "1.2"), and
// splitting French elisions after the apostrophe ("l'accord" → "l'", "accord").
// Offsets are relative to s.
func Words(s string) []Token {
	var out []Token
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += sz
			continue
		}
		start := i
		i += sz
		for i < len(s) {
			r, sz = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += sz
				continue
			}
			if (r == '-' || r == '.' || r == ',') && i+sz < len(s) {
				n, _ := utf8.DecodeRuneInString(s[i+sz:])
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				if r == '-' && isWordRune(n) || r != '-' && unicode.IsDigit(n) && unicode.IsDigit(p) {
					i += sz
					continue
				}
			}
			if r == '\'' || r == '’' {
				// elision: keep the apostrophe on the short word before it
				if i-start <= 2 || strings.EqualFold(s[start:i], "qu") || strings.EqualFold(s[start:i], "jusqu") || strings.EqualFold(s[start:i], "lorsqu") {
					i += sz
				}
			}
			break
		}
		out = append(out, Token{Start: start, End: i, Text: s[start:i]})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
