package entity

import (
	"strings"
	"testing"
)

func TestDescriptions(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		name, lang, text string
		want             Description // Text and the attributes; offsets are checked separately
		fits, misfits    []string
	}{
		{"santa clara chipmaker", "en", "Shares of the Santa Clara chipmaker rose 3% on Tuesday.",
			Description{Text: "the Santa Clara chipmaker", Sector: "chipmaker", City: "Santa Clara", Region: "California", Country: "US"},
			[]string{"Nvidia", "AMD"}, []string{"TSMC", "Microsoft", "Broadcom"}},
		{"facebook owner", "en", "The deal gives the Facebook owner access to Google's TPUs.",
			Description{Text: "the Facebook owner", Product: "Facebook"},
			[]string{"Meta"}, []string{"Google", "Microsoft"}},
		{"amsterdam-based neocloud", "en", "Microsoft will pay the Amsterdam-based neocloud $17.4 billion.",
			Description{Text: "the Amsterdam-based neocloud", Sector: "neocloud", City: "Amsterdam", Country: "NL"},
			[]string{"Nebius"}, []string{"CoreWeave", "Microsoft"}},
		{"iphone maker", "en", "Analysts expect the iPhone maker to spend more on servers.",
			Description{Text: "the iPhone maker", Product: "iPhone"},
			[]string{"Apple"}, []string{"Foxconn"}},
		{"chatgpt maker", "en", "The ChatGPT maker has signed deals worth $1.4 trillion.",
			Description{Text: "The ChatGPT maker", Product: "ChatGPT"},
			[]string{"OpenAI"}, []string{"Anthropic"}},
		{"maker of chatgpt", "en", "Oracle will host the maker of ChatGPT in Abilene.",
			Description{Text: "the maker of ChatGPT", Product: "ChatGPT"},
			[]string{"OpenAI"}, []string{"Oracle"}},
		{"texas-based miner", "en", "The Texas-based miner said it would convert its sites to AI hosting.",
			Description{Text: "The Texas-based miner", Sector: "miner", Region: "Texas", Country: "US"},
			[]string{"Core Scientific"}, []string{"IREN", "Riot Platforms"}},
		{"redmond giant", "en", "The Redmond giant declined to comment.",
			Description{Text: "The Redmond giant", City: "Redmond", Region: "Washington", Country: "US"},
			[]string{"Microsoft"}, []string{"Amazon"}},
		{"ai startup", "en", "The AI startup raised $2 billion last month.",
			Description{Text: "The AI startup", Sector: "ai-lab", Startup: true},
			[]string{"Anthropic", "Mistral AI"}, []string{"Nvidia", "Google"}},
		{"generic company", "en", "The company said the campus would open in 2026.",
			Description{Text: "The company", Generic: true},
			[]string{"Nebius", "Unknown Startup Inc"}, nil},
		{"data center operator", "en", "the data center operator expects to double its capacity.",
			Description{Text: "the data center operator", Sector: "dc-operator"},
			[]string{"Equinix", "CoreWeave"}, []string{"Nvidia"}},
		{"fabricant de puces californien", "fr", "Le fabricant de puces californien a publié des résultats records.",
			Description{Text: "Le fabricant de puces californien", Sector: "chipmaker", Region: "California", Country: "US"},
			[]string{"Nvidia", "Intel"}, []string{"TSMC", "Micron"}},
		{"société du new jersey", "fr", "La société du New Jersey a levé 7,5 milliards de dollars.",
			Description{Text: "La société du New Jersey", Region: "New Jersey", Country: "US"},
			[]string{"CoreWeave"}, []string{"Nebius"}},
		{"le néocloud", "fr", "Le néocloud fournira des GPU à Microsoft.",
			Description{Text: "Le néocloud", Sector: "neocloud"},
			[]string{"Nebius", "CoreWeave"}, []string{"Microsoft"}},
		{"énergéticien texan", "fr", "L'énergéticien texan vendra l'électricité de sa centrale nucléaire.",
			Description{Text: "L'énergéticien texan", Sector: "energy", Region: "Texas", Country: "US"},
			[]string{"Vistra", "Talen Energy"}, []string{"Constellation Energy", "EDF"}},
		{"groupe australien", "fr", "Le groupe australien exploite déjà des centres de données.",
			Description{Text: "Le groupe australien", Country: "AU"},
			[]string{"IREN", "Macquarie"}, []string{"Nebius"}},
		{"géant de redmond", "fr", "Le contrat signé avec le géant de Redmond porte sur cinq ans.",
			Description{Text: "le géant de Redmond", City: "Redmond", Region: "Washington", Country: "US"},
			[]string{"Microsoft"}, []string{"Amazon"}},
		{"éditeur de chatgpt", "fr", "L’éditeur de ChatGPT a signé avec AMD.",
			Description{Text: "L’éditeur de ChatGPT", Product: "ChatGPT"},
			[]string{"OpenAI"}, []string{"AMD"}},
		{"propriétaire de facebook", "fr", "Le propriétaire de Facebook investira 600 milliards de dollars.",
			Description{Text: "Le propriétaire de Facebook", Product: "Facebook"},
			[]string{"Meta"}, []string{"Google"}},
		{"la société generic", "fr", "La société a annoncé une levée de fonds.",
			Description{Text: "La société", Generic: true},
			[]string{"Mistral AI"}, nil},
		{"la start-up française", "fr", "La start-up française a levé 1,7 milliard d'euros.",
			Description{Text: "La start-up française", Country: "FR", Startup: true},
			[]string{"Mistral AI"}, []string{"Anthropic", "Bpifrance", "Orange"}},
		{"jeune pousse", "fr", "La jeune pousse parisienne a signé avec Nvidia.",
			Description{Text: "La jeune pousse parisienne", City: "Paris", Region: "Île-de-France", Country: "FR", Startup: true},
			[]string{"Mistral AI", "H Company"}, []string{"BNP Paribas", "Nvidia"}},
		{"équipementier finlandais", "fr", "L'équipementier finlandais fournira les réseaux.",
			Description{Text: "L'équipementier finlandais", Country: "FI"},
			[]string{"Nokia"}, []string{"Ericsson"}},
		{"l'américain", "fr", "L'américain fournira les GPU.",
			Description{Text: "L'américain", Country: "US"},
			[]string{"Nvidia"}, []string{"Nebius"}},
		{"spécialiste du cloud", "fr", "Le spécialiste du cloud néerlandais a signé avec Microsoft.",
			Description{Text: "Le spécialiste du cloud néerlandais", Sector: "cloud", Country: "NL"},
			[]string{"Nebius"}, []string{"CoreWeave"}},
		{"basée à", "fr", "La société basée à Amsterdam a levé 1 milliard de dollars.",
			Description{Text: "La société basée à Amsterdam", City: "Amsterdam", Country: "NL"},
			[]string{"Nebius"}, []string{"CoreWeave"}},
		{"seattle company", "en", "The Seattle company will pay for the plant.",
			Description{Text: "The Seattle company", City: "Seattle", Region: "Washington", Country: "US"},
			[]string{"Amazon"}, []string{"Microsoft"}},
		{"redmond comma state", "en", "the Redmond, Washington-based company said on Monday.",
			Description{Text: "the Redmond, Washington-based company", City: "Redmond", Region: "Washington", Country: "US"},
			[]string{"Microsoft"}, []string{"Amazon"}},
		{"canadian fund", "en", "The Canadian fund bought a stake in AirTrunk.",
			Description{Text: "The Canadian fund", Sector: "fund", Country: "CA"},
			[]string{"PSP Investments", "CPP Investments"}, []string{"Blackstone", "IREN"}},
		{"world's largest", "en", "TSMC is the world's largest contract chipmaker, and the world's largest chipmaker agreed.",
			Description{Text: "the world's largest chipmaker", Sector: "chipmaker"},
			[]string{"TSMC", "Nvidia"}, []string{"Foxconn"}},
		{"backer before the head", "en", "Microsoft signed with the Nvidia-backed neocloud in September.",
			Description{Text: "the Nvidia-backed neocloud", Sector: "neocloud"},
			[]string{"CoreWeave"}, []string{"Nvidia", "Microsoft"}},
		{"opérateur de centres de données", "fr", "L'opérateur de centres de données a acheté le terrain.",
			Description{Text: "L'opérateur de centres de données", Sector: "dc-operator"},
			[]string{"Data4", "Equinix"}, []string{"Nvidia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := g.Descriptions(tt.text, tt.lang)
			var got *Description
			for i := range ds {
				if ds[i].Text == tt.want.Text {
					got = &ds[i]
				}
			}
			if got == nil {
				t.Fatalf("no description %q in %v", tt.want.Text, ds)
			}
			if tt.text[got.Start:got.End] != got.Text {
				t.Errorf("offsets %d:%d do not give %q", got.Start, got.End, got.Text)
			}
			w := tt.want
			w.Start, w.End = got.Start, got.End
			if *got != w {
				t.Errorf("got %v, want %v", got, w)
			}
			for _, c := range tt.fits {
				if !g.Matches(*got, c) {
					t.Errorf("%v should fit %s", got, c)
				}
			}
			for _, c := range tt.misfits {
				if g.Matches(*got, c) {
					t.Errorf("%v should not fit %s", got, c)
				}
			}
		})
	}
}

func TestDescriptionsLeftOut(t *testing.T) {
	g := gazetteer(t)
	tests := []struct{ name, lang, text string }{
		{"apposition en", "en", "The chipmaker Nvidia reported record revenue."},
		{"apposition fr", "fr", "Le fabricant de puces Nvidia a publié ses résultats."},
		{"apposition nationality", "fr", "Le groupe australien Macquarie a investi."},
		{"not a company", "en", "The deal was signed in the US on Monday."},
		{"bare maker", "en", "The maker said nothing."},
		{"bare owner fr", "fr", "Le propriétaire a vendu sa maison."},
		{"group of investors", "en", "The group of investors includes Nvidia."},
		{"groupe de travail", "fr", "Le groupe de travail remettra son rapport."},
		{"place qualifies another noun", "en", "The Texas grid operator ERCOT warned of shortages."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, d := range g.Descriptions(tt.text, tt.lang) {
				if !d.Generic {
					t.Errorf("unexpected description %v", d)
				}
			}
		})
	}
}

func TestDescriptionsOffsetsAfterMultibyte(t *testing.T) {
	g := gazetteer(t)
	text := "Après l’accord, l’énergéticien texan et le néocloud ont précisé le calendrier."
	ds := g.Descriptions(text, "fr")
	var texts []string
	for _, d := range ds {
		if text[d.Start:d.End] != d.Text {
			t.Errorf("bad offsets %+v", d)
		}
		texts = append(texts, d.Text)
	}
	if got := strings.Join(texts, "|"); got != "l’énergéticien texan|le néocloud" {
		t.Errorf("got %q", got)
	}
}

func TestEntitiesAndDescriptionsAgree(t *testing.T) {
	g := gazetteer(t)
	text := "Nebius, the Amsterdam-based neocloud, will build a data center in Vineland. The company signed with the Redmond giant."
	cos, pls, ds := g.EntitiesAndDescriptions(text, "en")
	wantCos, wantPls := g.Entities(text, "en")
	if len(cos) != len(wantCos) || len(pls) != len(wantPls) {
		t.Errorf("got %d companies and %d places, Entities gives %d and %d", len(cos), len(pls), len(wantCos), len(wantPls))
	}
	want := g.Descriptions(text, "en")
	if len(ds) != len(want) {
		t.Fatalf("got %v, Descriptions gives %v", ds, want)
	}
	for i := range ds {
		if ds[i] != want[i] {
			t.Errorf("description %d: got %v, want %v", i, ds[i], want[i])
		}
	}
}

func TestMatchesCompanyDiscovered(t *testing.T) {
	g := gazetteer(t)
	text := "La start-up française Vallorix a levé 20 millions d'euros. La start-up française recrute."
	cos := g.Companies(text, "fr")
	ds := g.Descriptions(text, "fr")
	if len(cos) == 0 || len(ds) == 0 {
		t.Fatalf("companies %v, descriptions %v", cos, ds)
	}
	d := ds[len(ds)-1]
	if !g.MatchesCompany(d, cos[0]) {
		t.Errorf("%v should fit %+v", d, cos[0])
	}
	if g.MatchesCompany(Description{Country: "US"}, cos[0]) {
		t.Errorf("an American description should not fit %+v", cos[0])
	}
}
