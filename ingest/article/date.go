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
