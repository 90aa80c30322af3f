package measure

import (
	"math"
	"testing"
)

func TestNumber(t *testing.T) {
	cases := []struct {
		s, lang string
		want    float64
		ok      bool
	}{
		{"200 000", "fr", 200000, true},
		{"200\u00a0000", "en", 200000, true},
		{"1\u202f234,5", "fr", 1234.5, true},
		{"1,2", "fr", 1.2, true},
		{"1,200", "en", 1200, true},
		{"1.200", "fr", 1200, true},
		{"1.200", "en", 1.2, true},
		{"1,234,567", "en", 1234567, true},
		{"1.234.567", "fr", 1234567, true},
		{"1,200,000", "fr", 1200000, true},
		{"1.2", "fr", 1.2, true},
		{"4 500", "fr", 4500, true},
		{"9,7", "fr", 9.7, true},
		{"17.4", "en", 17.4, true},
		{"cinq", "fr", 5, true},
		{"dix-huit", "fr", 18, true},
		{"vingt et un", "fr", 21, true},
		{"soixante-dix", "fr", 70, true},
		{"quatre-vingts", "fr", 80, true},
		{"quatre-vingt-dix-neuf", "fr", 99, true},
		{"deux cents", "fr", 200, true},
		{"mille", "fr", 1000, true},
		{"deux mille", "fr", 2000, true},
		{"twenty-five", "en", 25, true},
		{"one hundred and five", "en", 105, true},
		{"a dozen", "en", 12, true},
		{"twelve", "en", 12, true},
		{"two thousand five hundred", "en", 2500, true},
		{"un million", "fr", 1e6, true},
		{"1,94 milliard", "fr", 1.94e9, true},
		{"3 billion", "en", 3e9, true},
		{"3 billion", "fr", 3e12, true},
		{"1 trillion", "en", 1e12, true},
		{"100 crore", "en", 1e9, true},
		{"un", "fr", 0, false},
		{"a", "en", 0, false},
		{"deux trois", "fr", 0, false},
		{"hundred", "en", 0, false},
		{"", "en", 0, false},
		{"12abc", "en", 0, false},
		{"1 234", "en", 0, false},
		{"sept", "en", 0, false},
	}
	for _, c := range cases {
		got, ok := Number(c.s, c.lang)
		if ok != c.ok || ok && math.Abs(got-c.want) > 1e-9*math.Max(1, c.want) {
			t.Errorf("Number(%q, %s) = %v, %v; want %v, %v", c.s, c.lang, got, ok, c.want, c.ok)
		}
	}
}

// q is one expected quantity: value and mention text.
type q struct {
	v    float64
	text string
}

func checkQuantities(t *testing.T, fn string, text string, got []Quantity, want []q) {
	t.Helper()
	for _, g := range got {
		if g.Start < 0 || g.End > len(text) || g.Start > g.End || text[g.Start:g.End] != g.Text {
			t.Errorf("%s(%q): bad offsets %+v", fn, text, g)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s(%q) = %+v, want %+v", fn, text, got, want)
		return
	}
	for k, w := range want {
		if g := got[k]; math.Abs(g.Value-w.v) > 1e-9*math.Max(1, w.v) || g.Text != w.text {
			t.Errorf("%s(%q)[%d] = {%v %q}, want %+v", fn, text, k, g.Value, g.Text, w)
		}
	}
}

func TestPower(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []q
	}{
		{"fr", "Les installations de Childress sont conçues pour une capacité de 750 mégawatts.", []q{{750, "750 mégawatts"}}},
		{"fr", "Le campus d'Abilene délivrera 1,2 GW de puissance de calcul.", []q{{1200, "1,2 GW"}}},
		{"en", "Once finished, the Texas site should draw 1.2 gigawatts (GW) at full load.", []q{{1200, "1.2 gigawatts"}}},
		{"en", "The agreement covers data centers totaling 6 gigawatts.", []q{{6000, "6 gigawatts"}}},
		{"fr", "Cet accord couvre plus de 200 MW de capacité à Lake Mariner.", []q{{200, "200 MW"}}},
		{"en", "OpenAI will build a 1 gigawatt facility first.", []q{{1000, "1 gigawatt"}}},
		{"en", "Planners expect the park to grow to 1.4GW over time.", []q{{1400, "1.4GW"}}},
		{"en", "Helios is an 800-megawatt data center campus in West Texas.", []q{{800, "800-megawatt"}}},
		{"en", "The deal is equivalent to six gigawatts of AMD GPUs.", []q{{6000, "six gigawatts"}}},
		{"fr", "L'accord équivaut à six gigawatts de puces.", []q{{6000, "six gigawatts"}}},
		{"fr", "OpenAI construira une installation d'un gigawatt.", []q{{1000, "un gigawatt"}}},
		{"en", "Developers plan a gigawatt-scale cluster of server halls near Paris.", nil},
		{"en", "The site used 200 MWh of energy last month.", nil},
		{"en", "The operator plans between 1 and 2 GW of new capacity.", []q{{1000, "1 and 2 GW"}, {2000, "1 and 2 GW"}}},
		{"fr", "Le projet représente entre 1 et 2 GW.", []q{{1000, "1 et 2 GW"}, {2000, "1 et 2 GW"}}},
		{"en", "Beyond that, Galaxy could add 2.7 gigawatts of power on its land.", []q{{2700, "2.7 gigawatts"}}},
		{"en", "Each rack draws 130 kW.", []q{{0.13, "130 kW"}}},
		{"en", "Applied said it has more than a gigawatt of power capacity under study.", []q{{1000, "a gigawatt"}}},
		{"fr", "Le site de 1 500 MW sera raccordé en 2027.", []q{{1500, "1 500 MW"}}},
		{"en", "Shares of AMD rose 4.30% on the news.", nil},
		{"en", "The first gigawatt deployment is scheduled for 2026.", nil},
		{"en", "A third hall would bring 150 MW more, for 250 megawatts across the campus.", []q{{150, "150 MW"}, {250, "250 megawatts"}}},
		{"fr", "Un campus Stargate de 5 gigawatts est prévu à Abu Dhabi.", []q{{5000, "5 gigawatts"}}},
		{"en", "The first phase adds half a gigawatt of capacity.", []q{{500, "half a gigawatt"}}},
	}
	for _, c := range cases {
		checkQuantities(t, "Power", c.text, Power(c.text, c.lang), c.want)
	}
}

func TestGPUCounts(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []q
	}{
		{"fr", "Nscale installera pour Microsoft quelque 200 000 GPU Nvidia GB300.", []q{{200000, "200 000 GPU Nvidia GB300"}}},
		{"en", "Microsoft entered an agreement with Nscale for roughly 200,000 Nvidia GB300 GPUs.", []q{{200000, "200,000 Nvidia GB300 GPUs"}}},
		{"en", "Oracle plans to deploy approximately 400,000 Nvidia GB200 chips.", []q{{400000, "400,000 Nvidia GB200 chips"}}},
		{"fr", "Oracle achèterait 400 000 puces Nvidia GB200.", []q{{400000, "400 000 puces Nvidia GB200"}}},
		{"fr", "Les entreprises chinoises auraient commandé plus de 2 millions de puces H200.", []q{{2e6, "2 millions de puces H200"}}},
		{"fr", "Le projet vise 1 million de puces d'ici 2027.", []q{{1e6, "1 million de puces"}}},
		{"fr", "Le projet vise un million de puces.", []q{{1e6, "un million de puces"}}},
		{"en", "Anthropic will get access to up to a million TPUs.", []q{{1e6, "a million TPUs"}}},
		{"fr", "Le déploiement porte sur des dizaines de milliers de GPU.", nil},
		{"en", "The deal covers tens of thousands of GPUs.", nil},
		{"en", "The halls could hold about 48,000 of Nvidia's fastest Blackwell GPUs, it said.", []q{{48000, "48,000 of Nvidia's fastest Blackwell GPUs"}}},
		{"en", "Samsung will deploy up to 50,000 of the U.S. chipmaker's GPUs in AI factories.", []q{{50000, "50,000 of the U.S. chipmaker's GPUs"}}},
		{"fr", "Le site accueillera au total 18 000 systèmes NVIDIA Grace Blackwell.", []q{{18000, "18 000 systèmes NVIDIA Grace Blackwell"}}},
		{"fr", "Nvidia fournira dans un premier temps 18 000 de ses puces GB300 à la société.", []q{{18000, "18 000 de ses puces GB300"}}},
		{"en", "The company will deploy 50,000 of its newest Blackwell GPUs in Norway.", []q{{50000, "50,000 of its newest Blackwell GPUs"}}},
		{"fr", "Le groupe exploite trois centres de données en Europe.", nil},
		{"en", "xAI's Colossus packs 100,000 H100s.", []q{{100000, "100,000 H100"}}},
		{"fr", "Cela représente entre 4 et 5 millions de GPU.", []q{{4e6, "4 et 5 millions de GPU"}, {5e6, "4 et 5 millions de GPU"}}},
		{"en", "The chips cost $5 each and 4.30% of chips failed.", nil},
		{"en", "Each NVL72 rack holds 72 GPUs.", []q{{72, "72 GPUs"}}},
		{"en", "The deal covers several hundred thousand GPUs.", nil},
		{"fr", "Le groupe emploie 800 000 salariés et des GPU.", nil},
		{"en", "By year end CoreWeave ran 33 data center campuses in the U.S.", nil},
		{"fr", "Un stock disponible de seulement 700 000 unités.", nil},
		{"en", "Meta will buy 350,000 H100 GPUs by the end of the year.", []q{{350000, "350,000 H100 GPUs"}}},
		{"en", "The cluster will scale to 100k GPUs next year.", []q{{100000, "100k GPUs"}}},
		{"en", "The site will host up to 50,000 GB200 NVL72 racks.", nil},
		{"en", "The company now runs 1.2 million GPUs.", []q{{1.2e6, "1.2 million GPUs"}}},
	}
	for _, c := range cases {
		checkQuantities(t, "GPUCounts", c.text, GPUCounts(c.text, c.lang), c.want)
	}
}
