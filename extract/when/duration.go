package when

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/measure"
)

// Duration is a length of time written in the text ("five-year", "sur cinq
// ans", "18 mois"), in months: Text == text[Start:End].
type Duration struct {
	Months     int
	Start, End int
	Text       string
}

// maxMonths bounds a duration: a century is more than any contract term.
const maxMonths = 1200

// durationUnits maps unit words (lower case) to months.
var durationUnits = map[string]float64{
	"year": 12, "years": 12, "yr": 12, "yrs": 12, "month": 1, "months": 1,
	"an": 12, "ans": 12, "année": 12, "années": 12, "mois": 1, "decade": 120, "decades": 120,
	"décennie": 120, "décennies": 120,
}

// notDuration are words after a duration that make it a point in time or an
// age ("five years ago", "15 ans plus tard", "10 years old").
var notDuration = map[string]bool{
	"ago": true, "old": true, "earlier": true, "later": true, "plus": true, "auparavant": true,
	"après": true, "d'âge": true, "before": true, "after": true, "prior": true,
}

// Durations returns the durations of text: "five-year", "5-year",
// "15-year lease", "18-month", "sur cinq ans", "pour une durée de 15 ans",
// "over six years", "d'un an". "multi-year" has no number and is skipped;
// ages and time offsets ("il y a 10 ans", "three years ago") are not
// durations.
func Durations(text, lang string) []Duration {
	var out []Duration
	var buf [24]byte
	measure.ForEachNumber(text, lang, func(n measure.Num) int {
		j := n.End
		hyphen := false
		if k := measure.SkipDash(text, j); k > j {
			j, hyphen = k, true
		} else {
			j = measure.SkipSpace(text, j)
			if j == n.End {
				return 0
			}
		}
		w, e := measure.WordAt(text, j)
		if e == j || !measure.BoundaryAfter(text, e) && !(e < len(text) && text[e] == '-') {
			return 0
		}
		lw := measure.Lower(buf[:], w)
		f, ok := durationUnits[lw]
		if !ok || hyphen && lang == "fr" && (lw == "ans" || lw == "an") {
			return 0
		}
		if n.Article && f != 120 && !frenchTerm(text, n.Start) {
			return 0 // "a year" is mostly a rate ("$10 billion a year"); "a decade" is a length
		}
		// "a year ago", "il y a 10 ans", "âgé de 15 ans", "10 years old".
		after, _ := measure.WordAt(text, measure.SkipSpace(text, e))
		if notDuration[measure.Lower(buf[:], after)] {
			return 0
		}
		if isAge(text, n.Start, e) {
			return 0
		}
		before := measure.SkipSpaceBack(text, n.Start)
		if strings.HasSuffix(text[:before], "il y a") || strings.HasSuffix(text[:before], "âgé de") ||
			strings.HasSuffix(text[:before], "âgée de") {
			return 0
		}
		// "-long" belongs to the duration ("a decade-long contract").
		if strings.HasPrefix(text[e:], "-long") && measure.BoundaryAfter(text, e+5) {
			e += 5
		}
		// No contract runs for a century: larger figures are not terms.
		months := math.Round(n.Value * f)
		if months < 1 || months > maxMonths {
			return 0
		}
		out = append(out, Duration{Months: int(months), Start: n.Start, End: e, Text: text[n.Start:e]})
		return e
	})
	return out
}

// frenchTerm reports whether the article at i is introduced as a term ("d'un
// an", "pour un an", "pendant un an") rather than a comparison ("sur un
// an", "en un an").
func frenchTerm(text string, i int) bool {
	j := measure.SkipSpaceBack(text, i)
	if k := j; k > 0 {
		if r, n := utf8.DecodeLastRuneInString(text[:k]); r == '\'' || r == '’' {
			w, _ := measure.WordBefore(text, k-n)
			return w == "d" || w == "D"
		}
	}
	w, _ := measure.WordBefore(text, j)
	return w == "pour" || w == "pendant"
}

// isAge reports an age written as a duration: "the 52-year-old CEO",
// "Arthur Mensch, 32 ans, a déclaré", "(45 ans)".
func isAge(text string, start, end int) bool {
	if strings.HasPrefix(text[end:], "-old") {
		return true
	}
	b := measure.SkipSpaceBack(text, start)
	a := measure.SkipSpace(text, end)
	return b > 0 && a < len(text) && (text[b-1] == ',' && text[a] == ',' || text[b-1] == '(' && text[a] == ')')
}
