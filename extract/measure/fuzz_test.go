package measure

import (
	"math"
	"testing"
)

func FuzzNumber(f *testing.F) {
	for _, s := range []string{"200 000", "1,2", "1.200", "quatre-vingt-dix-neuf", "one hundred and five", "1\u202f234,5", "vingt et un"} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		if v, ok := Number(s, lang); ok && (math.IsNaN(v) || math.IsInf(v, 0) || v < 0) {
			t.Fatalf("Number(%q, %q) = %v", s, lang, v)
		}
		for i := 0; i < len(s) && i < 64; i++ {
			if n, ok := ScanNumber(s, i, lang); ok && (n.Start != i || n.End <= n.Start || n.End > len(s)) {
				t.Fatalf("ScanNumber(%q, %d) = %+v", s, i, n)
			}
		}
	})
}

func FuzzQuantities(f *testing.F) {
	f.Add("roughly 200,000 Nvidia GB300 GPUs and 1,2 GW", "en")
	f.Add("entre 4 et 5 millions de GPU, un gigawatt", "fr")
	f.Add("48,000 of Nvidia's fastest Blackwell GPUs", "en")
	f.Fuzz(func(t *testing.T, text, lang string) {
		for _, fn := range []func(string, string) []Quantity{Power, GPUCounts} {
			for _, q := range fn(text, lang) {
				if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text ||
					math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
					t.Fatalf("quantity in %q: %+v", text, q)
				}
			}
		}
	})
}
