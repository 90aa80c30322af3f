// Package measure reads the numbers of French and English news text: the
// shared number grammar (digits with French or English separators, number
// words, scale words such as "milliards" or "bn") and, on top of it, the
// quantities that become deal attributes: electric power and chip counts.
//
// Packages money and when build their grammars on ScanNumber and ScanScale,
// so that a number is read the same way everywhere.
package measure

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Num is a number written in a text, in digits or in words.
type Num struct {
	Value      float64
	Start, End int
	// Word is set when the number is written in letters ("cinq", "twelve").
	Word bool
	// Article is set when the number is an indefinite article read as one
	// ("a", "an", "un", "une"); it only counts as a number before a scale
	// word or a unit ("a billion", "un gigawatt").
	Article bool
	// Frac is set when a decimal part is written ("9,7", "1.2").
	Frac bool
	// Grouped is set when thousands separators are written ("200 000", "1,200").
	Grouped bool
	// Digits is the count of digits before the decimal mark and the
	// separators, 0 for words; a year is a 4-digit ungrouped integer.
	Digits int
}

// maxDigits bounds the digits read for one number so that the value stays
// exact and pathological inputs stay cheap.
const maxDigits = 18

// ScanNumber reads the number that starts at byte i of text. lang ("fr",
// "en" or "" for either) decides how separators and number words are read:
// in French "1,2" is 1.2 and "1.200" is 1200, in English "1,200" is 1200 and
// "1.200" is 1.2; a plain space groups thousands only in French, the
// no-break and thin spaces in both. The number must start at a word
// boundary.
func ScanNumber(text string, i int, lang string) (Num, bool) {
	if i < 0 || i >= len(text) || !BoundaryBefore(text, i) {
		return Num{}, false
	}
	if IsDigit(text[i]) {
		return scanDigits(text, i, lang)
	}
	return scanWords(text, i, lang)
}

// ScanDigits reads a number written in digits at byte i even when a sign or
// a letter is glued before it ("US$5", "€2bn"); see ScanNumber for lang.
func ScanDigits(text string, i int, lang string) (Num, bool) {
	if i < 0 || i >= len(text) || !IsDigit(text[i]) {
		return Num{}, false
	}
	return scanDigits(text, i, lang)
}

// digitRun returns the end of the run of ASCII digits at i.
func digitRun(text string, i int) int {
	for i < len(text) && IsDigit(text[i]) {
		i++
	}
	return i
}

// groupAt reports whether a thousands group (separator then exactly three
// digits not followed by another digit) starts at i, and returns the end of
// the separator and of the group.
func groupAt(text string, i int, sep rune) (sepEnd, end int, ok bool) {
	if i >= len(text) {
		return 0, 0, false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != sep {
		return 0, 0, false
	}
	j := i + n
	k := digitRun(text, j)
	if k-j != 3 {
		return 0, 0, false
	}
	return j, k, true
}

func scanDigits(text string, i int, lang string) (Num, bool) {
	fr := lang == "fr"
	j := digitRun(text, i)
	if j-i > maxDigits {
		return Num{}, false
	}
	intStart, intEnd := i, j
	num := Num{Start: i}
	var buf [2*maxDigits + 2]byte
	intDigits := append(buf[:0], text[intStart:intEnd]...)

	// Thousands groups: only after a first group of one to three digits,
	// with the same separator throughout.
	if j-i <= 3 && j < len(text) {
		r, _ := utf8.DecodeRuneInString(text[j:])
		var sep rune
		switch {
		case isGroupSpace(r) || r == ' ' && fr:
			sep = r
		case r == ',' && !fr, r == '.' && fr:
			sep = r
		case r == ',' && fr, r == '.' && !fr:
			// The decimal mark of the language, unless the digits after it
			// show two or more groups ("1,200,000" in a French text).
			if _, e1, ok := groupAt(text, j, r); ok {
				if _, _, ok2 := groupAt(text, e1, r); ok2 {
					sep = r
				}
			}
		}
		if sep != 0 {
			k := j
			for {
				_, e, ok := groupAt(text, k, sep)
				if !ok || len(intDigits)+3 > maxDigits {
					break
				}
				intDigits = append(intDigits, text[e-3:e]...)
				k = e
				num.Grouped = true
			}
			j = k
		}
	}
	num.Digits = len(intDigits)
	// The value is parsed from the digits alone so that "1.36" is the
	// nearest double to 1.36, as strconv reads it.
	digits := intDigits
	if j+1 < len(text) && IsDigit(text[j+1]) {
		c := text[j]
		dec := false
		switch {
		case c == ',' && fr, c == '.' && !fr:
			dec = true
		case c == '.' && fr && !num.Grouped:
			// "1.2 GW" in a French text; "1.200" (three digits) was read as
			// a group above only when followed by a non-digit.
			e := digitRun(text, j+1)
			dec = e-(j+1) != 3
		}
		if e := digitRun(text, j+1); dec && e-(j+1) <= maxDigits {
			digits = append(append(digits, '.'), text[j+1:e]...)
			num.Frac = true
			j = e
		}
	}
	v, err := strconv.ParseFloat(string(digits), 64)
	if err != nil {
		return Num{}, false
	}
	num.Value = v
	num.End = j
	return num, true
}

// scanWords reads a number written in words ("cinq", "vingt-cinq",
// "twenty-five", "two hundred", "quatre-vingt-dix", "a", "un").
func scanWords(text string, i int, lang string) (Num, bool) {
	var buf [32]byte
	w, e := WordAt(text, i)
	if e == i || len(w) > maxNumberWord || !numberWordStart[w[0]] {
		return Num{}, false
	}
	if n, ok := half(text, i, e, lang); ok {
		return n, true
	}
	nw, ok := numberWords[Lower(buf[:], w)]
	if !ok || !nw.in(lang) {
		return Num{}, false
	}
	if nw.lang == "en" && (nw.kind == wHundred || nw.kind == wThousand || nw.kind == wDozen) {
		// "hundred thousand" without a count before it is vague ("several
		// hundred thousand GPUs"); French "cent" and "mille" stand alone.
		return Num{}, false
	}
	total, cur := 0.0, 0.0
	end := i
	prev := numberWord{kind: wNone}
	words := 0
	for {
		words++
		switch nw.kind {
		case wArticle:
			cur++ // "un" alone, or "vingt et un"
		case wUnit:
			cur += nw.value
		case wTens:
			if prev.kind == wUnit && prev.value == 4 && nw.value == 20 {
				cur += 80 - 4 // quatre-vingt(s)
			} else {
				cur += nw.value
			}
		case wHundred:
			cur = math.Max(cur, 1) * 100
		case wThousand:
			total += math.Max(cur, 1) * 1000
			cur = 0
		case wDozen:
			cur = math.Max(cur, 1) * 12
		}
		end = e
		prev = nw
		// The number goes on after a hyphen, a space, "et" or "and" only
		// with a word that can follow the previous one.
		next, conj := continuation(text, e)
		if next < 0 {
			break
		}
		w, e = WordAt(text, next)
		nw, ok = numberWords[Lower(buf[:], w)]
		if e == next || !ok || !nw.in(lang) || !canFollow(prev, nw, conj) {
			break
		}
	}
	if !BoundaryAfter(text, end) {
		return Num{}, false
	}
	return Num{Value: total + cur, Start: i, End: end, Word: true, Article: words == 1 && prev.kind == wArticle}, true
}

// continuation returns where the next word of a number written in words
// may start after byte i (past a hyphen, spaces, or "et"/"and"), whether a
// conjunction was crossed, and -1 when the number cannot go on.
func continuation(text string, i int) (int, bool) {
	if i >= len(text) {
		return -1, false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case isDash(r):
		return i + n, false
	case IsSpace(r):
		j := SkipSpace(text, i)
		if w, e := WordAt(text, j); (w == "et" || w == "and") && e < len(text) && text[e] == ' ' {
			return e + 1, true
		}
		return j, false
	}
	return -1, false
}

// canFollow reports whether number word next may follow prev in one number:
// "twenty-five", "deux cents", "cent cinquante", "vingt et un", "one
// hundred and five", "quatre-vingt-dix", "a hundred", but not "deux trois".
func canFollow(prev, next numberWord, conj bool) bool {
	if next.kind == wArticle {
		return conj && prev.kind == wTens && next.lang == "fr" // "vingt et un"
	}
	if conj {
		// "vingt et un", "one hundred and five".
		return next.kind == wUnit && (prev.kind == wTens && next.value == 1 ||
			prev.kind == wHundred || prev.kind == wThousand)
	}
	switch next.kind {
	case wUnit:
		// "dix-sept" is the French for seventeen.
		return prev.kind == wTens || prev.kind == wHundred || prev.kind == wThousand ||
			prev.kind == wUnit && prev.value == 10 && next.value < 10
	case wTens:
		return prev.kind == wHundred || prev.kind == wThousand || prev.kind == wUnit && prev.value == 4 && next.value == 20
	case wHundred:
		return prev.kind == wUnit || prev.kind == wArticle || prev.kind == wThousand
	case wThousand:
		return prev.kind != wThousand
	case wDozen:
		return prev.kind == wUnit || prev.kind == wArticle
	}
	return false
}

// half reads the English "half a" / "half an" before a scale word or a
// unit ("half a billion dollars", "half a gigawatt") as 0.5.
func half(text string, i, e int, lang string) (Num, bool) {
	if lang == "fr" || !(text[i:e] == "half" || text[i:e] == "Half") {
		return Num{}, false
	}
	j := SkipSpace(text, e)
	w, k := WordAt(text, j)
	if j == e || w != "a" && w != "an" || !BoundaryAfter(text, k) {
		return Num{}, false
	}
	return Num{Value: 0.5, Start: i, End: k, Word: true, Article: true}, true
}

type wordKind uint8

const (
	wNone wordKind = iota
	wUnit
	wTens
	wHundred
	wThousand
	wDozen
	wArticle
)

// maxNumberWord is the length in bytes of the longest number word, and
// numberWordStart the bytes number words start with: together they reject
// most words without a map lookup.
const maxNumberWord = 9

var numberWordStart = func() [256]bool {
	var start [256]bool
	for w := range numberWords {
		start[w[0]] = true
		if c := w[0]; c >= 'a' && c <= 'z' {
			start[c-'a'+'A'] = true
		}
	}
	start['h'], start['H'] = true, true // "half a"
	return start
}()

type numberWord struct {
	value float64
	kind  wordKind
	lang  string // "fr", "en" or "" for both
}

func (w numberWord) in(lang string) bool { return lang == "" || w.lang == "" || w.lang == lang }

// numberWords maps lower-case number words to their value. "un"/"une" are
// articles in French too, so they are only numbers before a scale or a unit.
var numberWords = map[string]numberWord{
	"a": {1, wArticle, "en"}, "an": {1, wArticle, "en"},
	"un": {1, wArticle, "fr"}, "une": {1, wArticle, "fr"},
	"zero": {0, wUnit, "en"}, "zéro": {0, wUnit, "fr"},
	"one": {1, wUnit, "en"}, "two": {2, wUnit, "en"}, "three": {3, wUnit, "en"}, "four": {4, wUnit, "en"},
	"five": {5, wUnit, "en"}, "six": {6, wUnit, ""}, "seven": {7, wUnit, "en"}, "eight": {8, wUnit, "en"},
	"nine": {9, wUnit, "en"}, "ten": {10, wUnit, "en"}, "eleven": {11, wUnit, "en"}, "twelve": {12, wUnit, "en"},
	"thirteen": {13, wUnit, "en"}, "fourteen": {14, wUnit, "en"}, "fifteen": {15, wUnit, "en"},
	"sixteen": {16, wUnit, "en"}, "seventeen": {17, wUnit, "en"}, "eighteen": {18, wUnit, "en"},
	"nineteen": {19, wUnit, "en"},
	"twenty":   {20, wTens, "en"}, "thirty": {30, wTens, "en"}, "forty": {40, wTens, "en"}, "fifty": {50, wTens, "en"},
	"sixty": {60, wTens, "en"}, "seventy": {70, wTens, "en"}, "eighty": {80, wTens, "en"}, "ninety": {90, wTens, "en"},
	"hundred": {100, wHundred, "en"}, "thousand": {1000, wThousand, "en"}, "dozen": {12, wDozen, "en"},
	"deux": {2, wUnit, "fr"}, "trois": {3, wUnit, "fr"}, "quatre": {4, wUnit, "fr"}, "cinq": {5, wUnit, "fr"},
	"sept": {7, wUnit, "fr"}, "huit": {8, wUnit, "fr"}, "neuf": {9, wUnit, "fr"}, "dix": {10, wUnit, "fr"},
	"onze": {11, wUnit, "fr"}, "douze": {12, wUnit, "fr"}, "treize": {13, wUnit, "fr"}, "quatorze": {14, wUnit, "fr"},
	"quinze": {15, wUnit, "fr"}, "seize": {16, wUnit, "fr"},
	"vingt": {20, wTens, "fr"}, "vingts": {20, wTens, "fr"}, "trente": {30, wTens, "fr"}, "quarante": {40, wTens, "fr"},
	"cinquante": {50, wTens, "fr"}, "soixante": {60, wTens, "fr"},
	"cent": {100, wHundred, "fr"}, "cents": {100, wHundred, "fr"}, "mille": {1000, wThousand, "fr"},
}

// Scale is a multiplier written after a number: "milliards", "billion",
// "bn", "M", "k", "crore".
type Scale struct {
	Factor     float64
	Start, End int
	// Abbrev is set for abbreviations ("bn", "M", "Mds", "k"), which are
	// only read as scales next to a currency or a counted noun.
	Abbrev bool
}

type scaleWord struct {
	en, fr float64 // factor in English and French texts
	abbrev bool
}

// scaleWords are matched case-insensitively; French "billion" is 10^12.
var scaleWords = map[string]scaleWord{
	"thousand": {1e3, 1e3, false}, "thousands": {1e3, 1e3, false}, "mille": {1e3, 1e3, false},
	"million": {1e6, 1e6, false}, "millions": {1e6, 1e6, false},
	"milliard": {1e9, 1e9, false}, "milliards": {1e9, 1e9, false},
	"billion": {1e9, 1e12, false}, "billions": {1e9, 1e12, false},
	"trillion": {1e12, 1e18, false}, "trillions": {1e12, 1e18, false},
	"crore": {1e7, 1e7, false}, "crores": {1e7, 1e7, false},
	"lakh": {1e5, 1e5, false}, "lakhs": {1e5, 1e5, false},
	"mn": {1e6, 1e6, true}, "mln": {1e6, 1e6, true}, "mio": {1e6, 1e6, true},
	"bn": {1e9, 1e9, true}, "bln": {1e9, 1e9, true},
	"md": {1e9, 1e9, true}, "mds": {1e9, 1e9, true}, "mrd": {1e9, 1e9, true}, "mrds": {1e9, 1e9, true},
	"tn": {1e12, 1e12, true}, "trn": {1e12, 1e12, true},
}

// caseScales are one-letter abbreviations whose case matters.
var caseScales = map[string]float64{"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "T": 1e12}

// ScanScale reads a scale word that starts at byte i ("milliards",
// "billion", "bn", "Md", "M", "k"). The word must end at a word boundary or
// be glued to a currency sign ("Md€", "M$"). lang decides the value of
// "billion" and "trillion" (10^12 and 10^18 in French).
func ScanScale(text string, i int, lang string) (Scale, bool) {
	w, e := WordAt(text, i)
	if e == i || len(w) > 12 {
		return Scale{}, false
	}
	if !BoundaryAfter(text, e) {
		return Scale{}, false
	}
	var buf [16]byte
	if sw, ok := scaleWords[Lower(buf[:], w)]; ok {
		f := sw.en
		if lang == "fr" {
			f = sw.fr
		}
		return Scale{Factor: f, Start: i, End: e, Abbrev: sw.abbrev}, true
	}
	if f, ok := caseScales[w]; ok {
		return Scale{Factor: f, Start: i, End: e, Abbrev: true}, true
	}
	return Scale{}, false
}

// Scaled returns v × factor. Values scaled to thousands or more are rounded
// to whole units, so that "1,36 milliard" is exactly 1 360 000 000 rather
// than the nearest product of two doubles.
func Scaled(v, factor float64) float64 {
	x := v * factor
	if factor >= 1000 {
		return math.Round(x)
	}
	return x
}

// Number parses s, which must hold exactly one number, optionally followed
// by a scale word: "200 000", "1,2", "1,200", "cinq", "twenty-five",
// "1,2 milliard", "un million". See ScanNumber for how lang is used.
func Number(s, lang string) (float64, bool) {
	i := SkipSpace(s, 0)
	n, ok := ScanNumber(s, i, lang)
	if !ok {
		return 0, false
	}
	v := n.Value
	j := SkipSpace(s, n.End)
	if j < len(s) {
		sc, ok := ScanScale(s, j, lang)
		if !ok || SkipSpace(s, sc.End) != len(s) {
			return 0, false
		}
		v = Scaled(v, sc.Factor)
		j = len(s)
	}
	if n.Article && j == n.End {
		return 0, false // a lone article is not a number
	}
	return v, true
}
