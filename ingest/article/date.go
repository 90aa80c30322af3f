package article

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// firstDate is the first of vs that parses as a date, as YYYY-MM-DD.
func firstDate(vs ...string) string {
	for _, v := range vs {
		if d := parseDate(v); d != "" {
			return d
		}
	}
	return ""
}

var (
	// isoDate matches the date part of ISO 8601 and its common relatives
	// (2025/11/03, 2025.11.03); the clock and zone after it are ignored so
	// that the date stays the one written, in the writer's local time.
	isoDate = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])`)
	// compactDate matches 20251103 and 20251103T0730.
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T)`)
	// pathDate finds /2025/11/03/ or /2025-11-03 in a URL path.
	pathDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)`)
)

// textLayouts are the written forms of dates that meta tags and <time>
// elements carry besides ISO 8601.
var textLayouts = [...]string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"January 2, 2006 3:04 PM", "Jan 2, 2006 3:04 PM", "Monday, January 2, 2006",
}

// parseDate returns the calendar date written at the start of s, or "".
func parseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, re := range []*regexp.Regexp{isoDate, compactDate} {
		if m := re.FindStringSubmatch(s); m != nil {
			return ymd(m[1], m[2], m[3])
		}
	}
	for _, layout := range textLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return checkedDate(t.Year(), int(t.Month()), t.Day())
		}
	}
	return ""
}

var (
	// dayMonthYear finds "3 novembre 2025", "1er mars 2024", "3 November 2025".
	dayMonthYear = regexp.MustCompile(`(?i)\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+(\d{4})\b`)
	// monthDayYear finds "November 3, 2025" and "Nov. 3rd 2025".
	monthDayYear = regexp.MustCompile(`(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// isoInText finds 2025-11-03 written out in a line.
	isoInText = regexp.MustCompile(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
)

// monthNumbers maps French and English month names and abbreviations to
// their numbers.
var monthNumbers = map[string]int{
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12, "january": 1, "february": 2, "march": 3, "april": 4,
	"may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
	"november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// textDate finds a date written out in a line of text ("Publié le 3
// novembre 2025", "Updated November 3, 2025 at 10:00"); numeric forms other
// than ISO are left alone, 03/11/2025 being November in Paris and March in
// New York.
func textDate(s string) string {
	if m := dayMonthYear.FindStringSubmatch(s); m != nil {
		return ymdNamed(m[3], m[2], m[1])
	}
	if m := monthDayYear.FindStringSubmatch(s); m != nil {
		return ymdNamed(m[3], m[1], m[2])
	}
	if m := isoInText.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	return ""
}

func ymdNamed(ys, month, ds string) string {
	y, _ := strconv.Atoi(ys)
	d, _ := strconv.Atoi(ds)
	return checkedDate(y, monthNumbers[strings.ToLower(month)], d)
}

// urlDate is the date in the path of rawURL, or "".
func urlDate(rawURL string) string {
	if m := pathDate.FindStringSubmatch(rawURL); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	return ""
}

func ymd(ys, ms, ds string) string {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	return checkedDate(y, m, d)
}

// checkedDate formats a date that exists on the calendar and is plausible for
// a web page, and returns "" for anything else.
func checkedDate(y, m, d int) string {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return ""
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}
