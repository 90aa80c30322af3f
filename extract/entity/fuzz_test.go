package entity

import "testing"

func FuzzEntities(f *testing.F) {
	for _, s := range []string{
		"Microsoft a signé avec la société australienne IREN à Childress, au Texas.",
		"Helios, an 800-megawatt AI campus in West Texas",
		"Australia’s IREN, headquartered in Sydney; US$3 billion",
		"l'américain Nvidia, d'IREN, BT-7274, Alice & Bob, Foo Inc.",
		"\u2011based ,, ' ’s - & . . \n\n Corp",
		"\xff\xfe invalid \xc3",
		"the Santa Clara chipmaker, l’éditeur de ChatGPT, the maker of, le propriétaire de",
		"la société du New Jersey, le géant de Redmond, l'énergéticien texan, the Amsterdam-based neocloud",
		"Washington a autorisé; près de Cannes, à Mougins; Falls Township; Foo Capital Partners",
	} {
		f.Add(s)
	}
	g, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, m := range g.Companies(text, "fr") {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text || m.Name == "" {
				t.Fatalf("bad company match %+v", m)
			}
		}
		for _, d := range g.Descriptions(text, "fr") {
			if d.Start < 0 || d.End > len(text) || d.Start > d.End || text[d.Start:d.End] != d.Text {
				t.Fatalf("bad description %+v", d)
			}
			if d.Generic && (d.Sector != "" || d.City != "" || d.Region != "" || d.Country != "" || d.Product != "") {
				t.Fatalf("generic description with attributes %+v", d)
			}
			g.Matches(d, "Nvidia")
			g.Matches(d, d.Text)
		}
		for _, p := range g.Places(text, "en") {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End || text[p.Start:p.End] != p.Text || p.Name == "" {
				t.Fatalf("bad place match %+v", p)
			}
			if p.Role != RoleSite && p.Role != RoleHQ && p.Role != RoleOther {
				t.Fatalf("bad role %+v", p)
			}
		}
	})
}
