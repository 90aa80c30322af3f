// Package when finds calendar references in French and English news text
// and normalises them to ISO form at the precision written: "3 novembre
// 2025" → "2025-11-03", "September 2025" → "2025-09", "d'ici 2030" →
// "2030". Relative references ("lundi", "yesterday", "le mois dernier",
// "en septembre", "this year") are resolved against the publication date
// and left out when it is unknown. It also finds durations ("five-year",
// "sur cinq ans"), which are deal attributes rather than dates.
//
// Numbers are read by package measure, so that "2 000 GPU" (a grouped
// number) or "GB2025" (part of a word) are never taken for years.
package when

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/measure"
)

// Years outside this range are not taken for calendar years.
const (
	minYear = 1950
	maxYear = 2100
)

// nearFuture is how many months after the publication month a month
// named without a year is still read as its next occurrence ("en décembre"
// in October, "in January" in December); further ones are read as past.
const nearFuture = 2

// scanner holds what one Find call needs.
type scanner struct {
	text string
	lang string
	pub  time.Time
	has  bool // pub is known
	out  []newsgraph.Date
}

// Find returns the dates of text in order of position. lang is "fr", "en"
// or ""; published is the publication date as "YYYY-MM-DD", or "" when it
// is unknown (then relative references are left out).
func Find(text, lang, published string) []newsgraph.Date {
	s := &scanner{text: text, lang: lang}
	if t, err := time.Parse("2006-01-02", published); err == nil && t.Year() > minYear && t.Year() < maxYear {
		s.pub, s.has = t, true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if !(measure.IsDigit(c) || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0xC0) || !measure.BoundaryBefore(text, i) {
			i++
			continue
		}
		if end := s.at(i); end > i {
			i = end
			continue
		}
		// Go past the word or digit run.
		_, e := measure.WordAt(text, i)
		for e < len(text) && measure.IsDigit(text[e]) {
			e++
		}
		if e == i {
			_, n := utf8.DecodeRuneInString(text[i:])
			e = i + n
		}
		i = e
	}
	return s.out
}

// emit records a date spanning text[start:end].
func (s *scanner) emit(value string, start, end int) int {
	s.out = append(s.out, newsgraph.Date{Value: value, Text: s.text[start:end], Start: start, End: end})
	return end
}

// at tries every date form at i and returns the end of the one found, or i.
func (s *scanner) at(i int) int {
	if measure.IsDigit(s.text[i]) {
		return s.digitsAt(i)
	}
	return s.wordAt(i)
}

// digitsAt reads dates that start with a number: ISO and numeric dates,
// "3 novembre 2025", "3rd of November", and years.
func (s *scanner) digitsAt(i int) int {
	t := s.text
	if end, ok := s.numericDate(i); ok {
		return end
	}
	n, ok := measure.ScanNumber(t, i, s.lang)
	if !ok {
		return i
	}
	// A day before a month: "3 novembre 2025", "1er novembre", "3rd of November".
	if !n.Frac && !n.Grouped && n.Digits <= 2 && n.Value >= 1 && n.Value <= 31 {
		if end, ok := s.dayMonth(i, i, int(n.Value), n.End); ok {
			return end
		}
	}
	if y, ok := s.yearAt(n); ok {
		return s.emit(fmt.Sprintf("%04d", y), n.Start, n.End)
	}
	return i
}

// numericDate reads "2025-11-03", and "03/11/2025" (day first in French,
// month first in English).
func (s *scanner) numericDate(i int) (int, bool) {
	t := s.text
	d := func(k, n int) (int, bool) {
		if k+n > len(t) {
			return 0, false
		}
		v := 0
		for _, c := range []byte(t[k : k+n]) {
			if !measure.IsDigit(c) {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	if y, ok := d(i, 4); ok && i+10 <= len(t) && t[i+4] == '-' && t[i+7] == '-' {
		m, ok1 := d(i+5, 2)
		day, ok2 := d(i+8, 2)
		if ok1 && ok2 && validDate(y, m, day) && measure.BoundaryAfter(t, i+10) {
			return s.emit(fmt.Sprintf("%04d-%02d-%02d", y, m, day), i, i+10), true
		}
	}
	if i+10 <= len(t) && t[i+2] == '/' && t[i+5] == '/' {
		a, ok1 := d(i, 2)
		b, ok2 := d(i+3, 2)
		y, ok3 := d(i+6, 4)
		if ok1 && ok2 && ok3 && measure.BoundaryAfter(t, i+10) {
			day, m := a, b
			if s.lang == "en" {
				day, m = b, a
			}
			if validDate(y, m, day) {
				return s.emit(fmt.Sprintf("%04d-%02d-%02d", y, m, day), i, i+10), true
			}
		}
	}
	return 0, false
}

func validDate(y, m, d int) bool {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayMonth reads a month after a day number ending at i ("3 novembre",
// "1er novembre", "3rd of November", "3 Nov. 2025") and an optional year.
// start is where the whole date starts (a weekday before the day).
func (s *scanner) dayMonth(start, dayStart, day, i int) (int, bool) {
	t := s.text
	j := i
	// Ordinal suffixes: "1er", "1st", "2nd", "3rd", "4th".
	for _, suf := range []string{"er", "ère", "st", "nd", "rd", "th", "e"} {
		if strings.HasPrefix(t[j:], suf) && measure.BoundaryAfter(t, j+len(suf)) {
			j += len(suf)
			break
		}
	}
	if !measure.BoundaryAfter(t, j) {
		return 0, false
	}
	k := measure.SkipSpace(t, j)
	if k == j {
		return 0, false
	}
	if w, e := measure.WordAt(t, k); w == "of" {
		k = measure.SkipSpace(t, e)
	}
	m, mEnd, ok := s.monthAt(k)
	if !ok {
		return 0, false
	}
	end := mEnd
	year, yEnd, hasYear := s.yearAfter(mEnd, false)
	if hasYear {
		end = yEnd
	}
	return s.emitDay(start, end, year, hasYear, m.month, day)
}

// emitDay records a day date, taking the year from the publication date
// when none is written.
func (s *scanner) emitDay(start, end, year int, hasYear bool, month, day int) (int, bool) {
	if !hasYear {
		if !s.has {
			return end, true // a date, but its year is unknown: consume it silently
		}
		year = s.resolveYear(month, day)
	}
	if !validDate(year, month, day) {
		return 0, false
	}
	return s.emit(fmt.Sprintf("%04d-%02d-%02d", year, month, day), start, end), true
}

// resolveYear picks the year of a month (and day, 0 when none) written
// without one: its next occurrence when that is at most nearFuture months
// after the publication month ("en décembre" in October, "in January" in
// December), else its latest occurrence on or before publication.
func (s *scanner) resolveYear(month, day int) int {
	y := s.pub.Year()
	pm := int(s.pub.Month())
	onOrBefore := month < pm || month == pm && (day == 0 || day <= s.pub.Day())
	if onOrBefore {
		if month == pm {
			return y
		}
		// The next occurrence is next year: is it near enough?
		if month+12-pm <= nearFuture {
			return y + 1
		}
		return y
	}
	if month-pm <= nearFuture {
		return y
	}
	return y - 1
}

// monthAt reads a month name at i, with the period of an abbreviation.
func (s *scanner) monthAt(i int) (monthWord, int, bool) {
	w, e := measure.WordAt(s.text, i)
	if e == i || len(w) > 12 || !measure.BoundaryAfter(s.text, e) && !(e < len(s.text) && s.text[e] == '.') {
		return monthWord{}, 0, false
	}
	var buf [16]byte
	m, ok := months[measure.Lower(buf[:], w)]
	if !ok || m.lang != "" && s.lang != "" && m.lang != s.lang {
		return monthWord{}, 0, false
	}
	if m.abbrev {
		if e < len(s.text) && s.text[e] == '.' {
			e++
		}
	}
	if !m.abbrev && m.lang == "en" && w[0] >= 'a' && w[0] <= 'z' {
		return monthWord{}, 0, false // "may", "march" in lower case are verbs
	}
	return m, e, true
}

// yearAfter reads a year after a month or a day-month (" 2025", or ",
// 2025" when comma is set: "November 3, 2025").
func (s *scanner) yearAfter(i int, comma bool) (int, int, bool) {
	t := s.text
	j := i
	if comma && j < len(t) && t[j] == ',' {
		j++
	}
	k := measure.SkipSpace(t, j)
	if k == j || k >= len(t) || !measure.IsDigit(t[k]) {
		return 0, 0, false
	}
	n, ok := measure.ScanNumber(t, k, s.lang)
	if !ok {
		return 0, 0, false
	}
	y, ok := s.yearAt(n)
	return y, n.End, ok
}

// yearAt reports whether the number n is a calendar year: four digits,
// ungrouped, in range, not part of a word or an amount, and not followed
// by what it would count ("2030 GPUs", "2000 employés").
func (s *scanner) yearAt(n measure.Num) (int, bool) {
	t := s.text
	if n.Word || n.Grouped || n.Frac || n.Digits != 4 || !measure.BoundaryAfter(t, n.End) {
		return 0, false
	}
	y := int(n.Value)
	if y < minYear || y > maxYear {
		return 0, false
	}
	// "2,5" or "2025.5" and "2025,3" are decimals; "2025%" a share.
	if n.End < len(t) {
		switch c := t[n.End]; {
		case c == '%':
			return 0, false
		case (c == ',' || c == '.') && n.End+1 < len(t) && measure.IsDigit(t[n.End+1]):
			return 0, false
		}
	}
	if p := measure.SkipSpaceBack(t, n.Start); p > 0 {
		switch c := t[p-1]; {
		case c == '$' || c == '#' || c == '+':
			return 0, false
		case strings.HasSuffix(t[:p], "€") || strings.HasSuffix(t[:p], "£") || strings.HasSuffix(t[:p], "n°") ||
			strings.HasSuffix(t[:p], "No.") || strings.HasSuffix(t[:p], "nº"):
			return 0, false
		}
		var buf [16]byte
		if w, _ := measure.WordBefore(t, p); measure.Lower(buf[:], w) == "années" || w == "USD" || w == "EUR" {
			return 0, false // "les années 2020" is a decade
		}
	}
	k := measure.SkipSpace(t, n.End)
	if k < len(t) {
		if t[k] == '%' || strings.HasPrefix(t[k:], "€") || t[k] == '$' {
			return 0, false
		}
		w, e := measure.WordAt(t, k)
		var buf [24]byte
		lw := measure.Lower(buf[:], w)
		if yearFollowers[lw] {
			return 0, false
		}
		if lw == "pour" {
			// "2000 pour cent" is a share; "en 2019 pour Mellanox" a year
			if c, _ := measure.WordAt(t, measure.SkipSpace(t, e)); c == "cent" {
				return 0, false
			}
		}
	}
	return y, true
}

// wordAt reads dates that start with a word: weekdays, month names,
// relative references, "FY2026".
func (s *scanner) wordAt(i int) int {
	t := s.text
	w, e := measure.WordAt(t, i)
	if e == i {
		return i
	}
	var buf [32]byte
	lw := measure.Lower(buf[:], w)
	if wd, ok := weekdays[lw]; ok && measure.BoundaryAfter(t, e) {
		return s.weekday(i, e, wd)
	}
	if end := s.monthFirst(i); end > i {
		return end
	}
	if end := s.relative(i, lw, e); end > i {
		return end
	}
	if w == "FY" {
		// "FY2026", "FY26", "FY 2026": a fiscal year, reported as the year.
		k := measure.SkipSpace(t, e)
		d := k
		for d < len(t) && measure.IsDigit(t[d]) {
			d++
		}
		if (d-k == 2 || d-k == 4) && measure.BoundaryAfter(t, d) {
			y := 0
			for _, c := range []byte(t[k:d]) {
				y = y*10 + int(c-'0')
			}
			if d-k == 2 {
				y += 2000
			}
			if y >= minYear && y <= maxYear {
				return s.emit(fmt.Sprintf("%04d", y), i, d)
			}
		}
	}
	return i
}

// weekday reads "lundi", "on Monday", "lundi 16 mars", "Monday, Nov. 3,
// 2025", "lundi dernier", "next Monday".
func (s *scanner) weekday(i, e, wd int) int {
	t := s.text
	// "lundi 16 mars", "Monday, November 3, 2025", "Monday (Nov. 3)".
	k := e
	if k < len(t) && (t[k] == ',' || t[k] == '(') {
		k++
	}
	k = measure.SkipSpace(t, k)
	if k < len(t) && measure.IsDigit(t[k]) {
		if n, ok := measure.ScanNumber(t, k, s.lang); ok && !n.Frac && !n.Grouped && n.Digits <= 2 {
			if end, ok := s.dayMonth(i, k, int(n.Value), n.End); ok {
				return end
			}
		}
	}
	if m, mEnd, ok := s.monthAt(k); ok {
		if end, ok := s.monthDay(i, m, mEnd); ok {
			return end
		}
	}
	// "Mondays", "Black Friday", "every Monday", "chaque lundi" are not one day.
	var buf [16]byte
	before, _ := measure.WordBefore(t, measure.SkipSpaceBack(t, i))
	switch measure.Lower(buf[:], before) {
	case "black", "cyber", "good", "every", "chaque", "les", "tous":
		return e
	case "the":
		// "the Sunday Times": a weekday in a proper name.
		if w, _ := measure.WordAt(t, measure.SkipSpace(t, e)); w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			return e
		}
	}
	if !s.has {
		return e
	}
	// "lundi dernier", "last Monday": strictly before; "next Monday",
	// "lundi prochain": strictly after; otherwise on or before publication.
	after, end := measure.WordAt(t, measure.SkipSpace(t, e))
	la := measure.Lower(buf[:], after)
	back := (int(s.pub.Weekday()) - wd + 7) % 7
	day := s.pub.AddDate(0, 0, -back)
	switch {
	case la == "dernier":
		if back == 0 {
			day = day.AddDate(0, 0, -7)
		}
		e = end
	case la == "prochain":
		day = day.AddDate(0, 0, 7)
		e = end
	case measure.Lower(buf[:], before) == "last":
		if back == 0 {
			day = day.AddDate(0, 0, -7)
		}
		i = measure.SkipSpaceBack(t, i) - len(before)
	case measure.Lower(buf[:], before) == "next":
		day = day.AddDate(0, 0, 7)
		i = measure.SkipSpaceBack(t, i) - len(before)
	case futureFrom[measure.Lower(buf[:], before)] && back != 0:
		// "dès lundi", "starting Monday": the coming one
		day = day.AddDate(0, 0, 7)
	}
	return s.emit(day.Format("2006-01-02"), i, e)
}

// monthFirst reads dates that start with a month name: "November 3, 2025",
// "Nov. 3", "September 2025", "septembre 2025", and a month alone ("en
// septembre", "in September", "last September", "septembre dernier").
func (s *scanner) monthFirst(i int) int {
	m, mEnd, ok := s.monthAt(i)
	if !ok {
		return i
	}
	if end, ok := s.monthDay(i, m, mEnd); ok {
		return end
	}
	if y, yEnd, ok := s.yearAfter(mEnd, false); ok {
		return s.emit(fmt.Sprintf("%04d-%02d", y, m.month), i, yEnd)
	}
	if m.abbrev {
		return i
	}
	t := s.text
	var buf [16]byte
	before, bStart := measure.WordBefore(t, measure.SkipSpaceBack(t, i))
	if before == "" && i > 0 {
		// "mi-septembre", "jusqu'en septembre": the word before the hyphen or apostrophe.
		if p := measure.SkipDash(t, i-1); p == i {
			before, bStart = measure.WordBefore(t, i-1)
		}
	}
	lb := measure.Lower(buf[:], before)
	w := t[i:mEnd]
	capital := w[0] >= 'A' && w[0] <= 'Z'
	switch {
	case m.lang == "fr" && capital && !monthPrepositions[lb] && (m.month == 3 || m.month == 5):
		return i // "Mars" the planet, "Mai" a name
	case m.ambiguous && !monthPrepositions[lb]:
		return i
	}
	if !s.has {
		return mEnd
	}
	after, aEnd := measure.WordAt(t, measure.SkipSpace(t, mEnd))
	la := measure.Lower(buf[:], after)
	y := s.resolveYear(m.month, 0)
	pm := int(s.pub.Month())
	start, end := i, mEnd
	switch {
	case la == "dernier" || lb == "last":
		y = s.pub.Year()
		if m.month >= pm {
			y--
		}
		if la == "dernier" {
			end = aEnd
		} else {
			start = bStart
		}
	case lb == "depuis" || lb == "since" || lb == "ended":
		// "depuis janvier", "since January": the latest one, this year's
		// when it is not after publication.
		y = s.pub.Year()
		if m.month > pm {
			y--
		}
	case la == "prochain" || lb == "next":
		y = s.pub.Year()
		if m.month <= pm {
			y++
		}
		if la == "prochain" {
			end = aEnd
		} else {
			start = bStart
		}
	}
	return s.emit(fmt.Sprintf("%04d-%02d", y, m.month), start, end)
}

// monthDay reads a day after a month ("November 3, 2025", "Nov. 3rd").
func (s *scanner) monthDay(start int, m monthWord, mEnd int) (int, bool) {
	t := s.text
	k := measure.SkipSpace(t, mEnd)
	if k == mEnd || k >= len(t) || !measure.IsDigit(t[k]) {
		return 0, false
	}
	n, ok := measure.ScanNumber(t, k, s.lang)
	if !ok || n.Frac || n.Grouped || n.Digits > 2 || n.Value < 1 || n.Value > 31 {
		return 0, false
	}
	end := n.End
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(t[end:], suf) {
			end += len(suf)
			break
		}
	}
	if !measure.BoundaryAfter(t, end) {
		return 0, false
	}
	// "November 30 GW" is not a date: a unit after the number.
	if w, _ := measure.WordAt(t, measure.SkipSpace(t, end)); w != "" && yearFollowers[strings.ToLower(w)] {
		return 0, false
	}
	year, yEnd, hasYear := s.yearAfter(end, true)
	if hasYear {
		end = yEnd
	}
	return s.emitDay(start, end, year, hasYear, m.month, int(n.Value))
}

// relative reads references resolved against the publication date:
// "hier", "yesterday", "aujourd'hui", "today", "le mois dernier", "last
// month", "this month", "l'an dernier", "last year", "cette année", "this
// year", "next year", "l'année prochaine".
func (s *scanner) relative(i int, lw string, e int) int {
	t := s.text
	if !s.has {
		return i
	}
	var buf [16]byte
	next := func(k int) (string, int) {
		w, e2 := measure.WordAt(t, measure.SkipSpace(t, k))
		return measure.Lower(buf[:], w), e2
	}
	pub := s.pub
	month := func(d int) string { return pub.AddDate(0, d, 1-pub.Day()).Format("2006-01") }
	year := func(d int) string { return fmt.Sprintf("%04d", pub.Year()+d) }
	switch lw {
	case "hier", "yesterday", "demain", "tomorrow", "today":
		if lw == "today" && (strings.HasPrefix(t[e:], "'s") || strings.HasPrefix(t[e:], "’s")) {
			return i // "today's": usually "nowadays"
		}
		return s.emit(pub.AddDate(0, 0, relativeDays[lw]).Format("2006-01-02"), i, e)
	case "aujourd":
		k := measure.SkipApostrophe(t, e)
		if k == e || !strings.HasPrefix(t[k:], "hui") || !measure.BoundaryAfter(t, k+3) {
			return i
		}
		// "d'aujourd'hui" and "jusqu'à aujourd'hui" mean "nowadays", "to date".
		if p := measure.SkipSpaceBack(t, i); strings.HasSuffix(t[:p], "jusqu'à") || strings.HasSuffix(t[:p], "jusqu’à") {
			return i
		}
		if r, n := utf8.DecodeLastRuneInString(t[:i]); r == '\'' || r == '’' {
			if b, _ := measure.WordBefore(t, i-n); b == "d" || b == "D" {
				return i
			}
		}
		// A sentence that opens on "Aujourd'hui," mostly means "nowadays".
		if t[i] == 'A' && strings.HasPrefix(t[k+3:], ",") {
			return i
		}
		return s.emit(pub.Format("2006-01-02"), i, k+3)
	case "avant", "après":
		if k := measure.SkipDash(t, e); k > e {
			w2, e2 := measure.WordAt(t, k)
			off := -2
			if lw == "après" {
				off = 2
			}
			if (lw == "avant" && w2 == "hier" || lw == "après" && w2 == "demain") && measure.BoundaryAfter(t, e2) {
				return s.emit(pub.AddDate(0, 0, off).Format("2006-01-02"), i, e2)
			}
		}
	case "last", "this", "next":
		w2, e2 := next(e)
		d := 0
		switch lw {
		case "last":
			d = -1
		case "next":
			d = 1
		}
		switch w2 {
		case "month":
			return s.emit(month(d), i, e2)
		case "year":
			return s.emit(year(d), i, e2)
		}
	case "le", "la", "ce", "cette", "l", "d":
		k := e
		if lw == "l" || lw == "d" {
			if k = measure.SkipApostrophe(t, e); k == e {
				return i
			}
		}
		w2, e2 := next(k)
		switch {
		case lw == "ce" && w2 == "mois":
			end := e2
			if strings.HasPrefix(t[e2:], "-ci") {
				end = e2 + 3
			}
			return s.emit(month(0), i, end)
		case lw == "cette" && w2 == "année":
			return s.emit(year(0), i, e2)
		case lw == "le" && w2 == "mois", (lw == "l" || lw == "d") && (w2 == "an" || w2 == "année"):
			w3, e3 := next(e2)
			d := 0
			switch w3 {
			case "dernier", "dernière", "passé", "passée":
				d = -1
			case "prochain", "prochaine":
				d = 1
			default:
				return i
			}
			if w2 == "mois" {
				return s.emit(month(d), i, e3)
			}
			return s.emit(year(d), i, e3)
		}
	}
	return i
}
