package money

import (
	"math"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text, c.lang)
	}
	f.Add("$", "en")
	f.Add("US$\u00a0", "en")
	f.Add("1\u202f", "fr")
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := -1
		for _, a := range Find(text, lang) {
			if a.Start < 0 || a.End > len(text) || a.Start >= a.End || text[a.Start:a.End] != a.Text {
				t.Fatalf("Find(%q, %q): bad offsets %+v", text, lang, a)
			}
			if a.Start < prev {
				t.Fatalf("Find(%q, %q): out of order %+v", text, lang, a)
			}
			prev = a.Start
			if math.IsNaN(a.Value) || math.IsInf(a.Value, 0) || a.Value < 0 || a.Currency == "" {
				t.Fatalf("Find(%q, %q): bad amount %+v", text, lang, a)
			}
		}
	})
}
