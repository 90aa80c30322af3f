package gpu

import "testing"

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text)
	}
	f.Add("DGX ")
	f.Add("Vera-")
	f.Add("TPU v")
	f.Fuzz(func(t *testing.T, text string) {
		prev := -1
		for _, m := range Find(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): bad offsets %+v", text, m)
			}
			if m.Start < prev || m.Name == "" || m.Vendor == "" {
				t.Fatalf("Find(%q): bad match %+v", text, m)
			}
			prev = m.Start
		}
	})
}
