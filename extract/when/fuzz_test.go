package when

import (
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, c.lang, c.published)
	}
	f.Add("le 31 février", "fr", "2025-01-01")
	f.Add("Monday, 29", "en", "2024-02-29")
	f.Fuzz(func(t *testing.T, text, lang, published string) {
		for _, d := range Find(text, lang, published) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text {
				t.Fatalf("Find(%q, %q, %q): bad offsets %+v", text, lang, published, d)
			}
			if !validISO(d.Value) {
				t.Fatalf("Find(%q, %q, %q): bad value %+v", text, lang, published, d)
			}
		}
	})
}

// validISO reports whether v is a year, a year-month or a full date.
func validISO(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if _, err := time.Parse(layout, v); err == nil && len(v) == len(layout) {
			return true
		}
	}
	return false
}

func FuzzDurations(f *testing.F) {
	for _, c := range durationCases {
		f.Add(c.text, c.lang)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, d := range Durations(text, lang) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End || text[d.Start:d.End] != d.Text || d.Months < 0 {
				t.Fatalf("Durations(%q, %q): bad duration %+v", text, lang, d)
			}
		}
	})
}
