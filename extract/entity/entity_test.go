package entity

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

var (
	loadOnce sync.Once
	testGaz  *Gazetteer
	loadErr  error
)

func gazetteer(tb testing.TB) *Gazetteer {
	tb.Helper()
	loadOnce.Do(func() { testGaz, loadErr = Load() })
	if loadErr != nil {
		tb.Fatalf("Load: %v", loadErr)
	}
	return testGaz
}

// companyNames returns the canonical names found (outlets marked "outlet:").
func companyNames(ms []CompanyMatch) []string {
	var out []string
	for _, m := range ms {
		n := m.Name
		if m.Outlet {
			n = "outlet:" + n
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func TestCompanies(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		name, lang, text string
		want, notWant    []string
	}{
		{"nvidia spellings", "en", "NVIDIA and Nvidia Corp. both mean the chipmaker; Nvidia's GPUs sell well.",
			[]string{"Nvidia"}, nil},
		{"french elision", "fr", "Les installations d'IREN à Childress accueilleront des GPU de l'américain Nvidia.",
			[]string{"IREN", "Nvidia"}, nil},
		{"possessive curly", "en", "Microsoft signed a contract with Australia’s IREN to use Nvidia’s GB300 chips.",
			[]string{"Microsoft", "IREN", "Nvidia"}, nil},
		{"dell short form needs the full name", "en", "IREN buys servers from Dell Technologies. Dell will ship them in 2026.",
			[]string{"IREN", "Dell Technologies"}, nil},
		{"dell alone is not enough", "en", "Michael Dell spoke at the conference about personal computers.",
			nil, []string{"Dell Technologies"}},
		{"mistral the wind", "fr", "Le mistral souffle fort sur Marseille ce week-end.",
			nil, []string{"Mistral AI"}},
		{"mistral alone", "fr", "Le français Mistral lève 1,7 milliard d'euros ; ASML devient l'actionnaire de Mistral.",
			[]string{"Mistral AI", "ASML"}, nil},
		{"dell alone", "en", "Dell will ship the GB300 servers to CoreWeave.",
			[]string{"Dell Technologies", "CoreWeave"}, nil},
		{"ampere the architecture", "en", "Nvidia Ampere GPUs were the previous generation.",
			[]string{"Nvidia"}, []string{"Ampere"}},
		{"mistral short form", "fr", "Mistral AI lève des fonds. Mistral veut construire un centre de données en Essonne.",
			[]string{"Mistral AI"}, nil},
		{"meta the word", "en", "The meta discussion about AI models went on; metadata matters.",
			nil, []string{"Meta"}},
		{"meta the company", "en", "CoreWeave will provide Meta with computing capacity through 2031.",
			[]string{"CoreWeave", "Meta"}, nil},
		{"meta platforms", "fr", "CoreWeave Inc. a signé un accord avec Meta Platforms Inc. pour 14,2 milliards de dollars.",
			[]string{"CoreWeave", "Meta"}, nil},
		{"arm the limb", "en", "He broke his arm. Arm wrestling is a sport.",
			nil, []string{"Arm"}},
		{"arm the company", "en", "SoftBank-owned Arm designs CPU cores used by Nvidia.",
			[]string{"SoftBank", "Arm", "Nvidia"}, nil},
		{"orange the fruit", "fr", "Il a mangé une orange. Le ciel était orange.",
			nil, []string{"Orange"}},
		{"orange the telecom", "fr", "Parmi les partenaires figurent BNP Paribas, Orange, Schneider Electric et Thales.",
			[]string{"BNP Paribas", "Orange", "Schneider Electric", "Thales"}, nil},
		{"orange county", "en", "Fires spread in Orange County on Monday.",
			nil, []string{"Orange"}},
		{"switch the verb", "en", "Applied Digital made the switch from crypto mining to AI hosting.",
			[]string{"Applied Digital"}, []string{"Switch"}},
		{"ceo names are not companies", "en", "Nvidia CEO Jensen Huang said OpenAI CEO Sam Altman agreed.",
			[]string{"Nvidia", "OpenAI"}, []string{"Jensen Huang", "Sam Altman"}},
		{"person with a company surname", "en", "Applied Digital CEO Wes Cummins said the campus is full.",
			[]string{"Applied Digital"}, []string{"Cummins"}},
		{"outlets are flagged", "en", "First reported by Bloomberg, the deal was confirmed to Reuters and CNBC.",
			[]string{"outlet:Bloomberg", "outlet:Reuters", "outlet:CNBC"}, []string{"Bloomberg", "Reuters"}},
		{"the information outlet", "en", "The Information reported that OpenAI is raising money. The information was wrong.",
			[]string{"outlet:The Information", "OpenAI"}, nil},
		{"products are not companies", "en", "OpenAI's ChatGPT runs on Microsoft Azure as part of the Stargate project.",
			[]string{"OpenAI", "Microsoft"}, []string{"ChatGPT", "Azure", "Stargate"}},
		{"amd long form", "fr", "Advanced Micro Devices (AMD) a signé avec OpenAI.",
			[]string{"AMD", "OpenAI"}, nil},
		{"blue owl", "en", "Crusoe and Blue Owl Capital own the site; Blue Owl raised debt led by JPMorgan.",
			[]string{"Crusoe", "Blue Owl Capital", "JPMorgan"}, nil},
		{"galaxy short form", "en", "Galaxy Digital closed a loan. Galaxy acquired the site from Argo Blockchain.",
			[]string{"Galaxy Digital", "Argo Blockchain"}, nil},
		{"galaxy alone", "en", "The Andromeda galaxy is far. Galaxy phones sell well.",
			nil, []string{"Galaxy Digital"}},
		{"ampersand names", "en", "Bpifrance has invested in quantum computing startup Alice & Bob.",
			[]string{"Bpifrance", "Alice & Bob"}, nil},
		{"all caps acronyms", "en", "MGX, G42 and Khazna back the UAE campus; ADQ is not involved.",
			[]string{"MGX", "G42", "Khazna", "ADQ"}, nil},
		{"xAI lower-case first letter", "en", "Elon Musk's xAI is building Colossus in Memphis.",
			[]string{"xAI"}, []string{"Colossus", "Elon Musk"}},
		{"french bank names", "fr", "Le Crédit Agricole, la Société Générale et BNP Paribas financent le projet.",
			[]string{"Crédit Agricole", "Société Générale", "BNP Paribas"}, nil},
		{"accents folded", "fr", "Credit Agricole et Societe Generale ont signé.",
			[]string{"Crédit Agricole", "Société Générale"}, nil},
		{"tsmc long form", "en", "Taiwan Semiconductor Manufacturing Co will make the chips.",
			[]string{"TSMC"}, []string{"Taiwan"}},
		{"model number is not BT", "en", "The robot BT-7274 returns in the sequel.",
			nil, []string{"BT"}},
		// discovery
		{"french start-up", "fr", "La start-up française Sesterce et la jeune pousse Vultrix ont signé un accord.",
			[]string{"Sesterce", "Vultrix"}, nil},
		{"french nationality noun", "fr", "Le néerlandais Nebius et l'australien Firmus Technologies ont annoncé un partenariat.",
			[]string{"Nebius", "Firmus"}, nil},
		{"french société with adjective", "fr", "Microsoft a signé avec la société australienne Zentrix Cloud pour 2 milliards.",
			[]string{"Microsoft", "Zentrix Cloud"}, nil},
		{"french opérateur", "fr", "L'opérateur Qarnot a ouvert un site à Lyon.",
			[]string{"Qarnot"}, nil},
		{"english operator", "en", "Data-center operator Polarise will host the GPUs in Germany.",
			[]string{"Polarise"}, nil},
		{"english miner", "en", "Google raised its stake in Bitcoin miner Wulfstar Mining to 14%.",
			[]string{"Google", "Wulfstar Mining"}, nil},
		{"country possessive", "en", "Norway's Kolibri Energy signed a lease with Nscale.",
			[]string{"Kolibri Energy", "Nscale"}, nil},
		{"legal suffix stripped", "en", "Hypertec Cloud Inc. and Glacier Compute Ltd signed a deal.",
			[]string{"Hypertec Cloud", "Glacier Compute"}, []string{"Hypertec Cloud Inc."}},
		{"tail of a gazetteer name", "en", "Borealis Compute Ltd signed a deal.",
			nil, []string{"Compute"}},
		{"french legal suffix", "fr", "La société Eclairion SAS exploite un centre de données.",
			[]string{"Eclairion"}, nil},
		{"apposition", "en", "Polarstack, a German cloud provider, bought 2,000 GPUs from Nvidia.",
			[]string{"Polarstack", "Nvidia"}, nil},
		{"french apposition", "fr", "Fluidix, une start-up britannique, loue des GPU à Mistral AI.",
			[]string{"Fluidix", "Mistral AI"}, nil},
		{"based prefix", "en", "Denver-based Raxium Compute signed a lease with CoreWeave.",
			[]string{"Raxium Compute", "CoreWeave"}, nil},
		{"firm suffix kept", "en", "The round was co-led by Altavista Capital and Redwood Harbor Partners.",
			[]string{"Altavista Capital", "Redwood Harbor Partners"}, nil},
		{"firm suffix fr", "fr", "Des investisseurs comprenant Nvidia et Kestrel Investments ont participé.",
			[]string{"Nvidia", "Kestrel Investments"}, nil},
		{"asset management", "en", "Stone Ridge Asset Management bought the data center.",
			[]string{"Stone Ridge Asset Management"}, nil},
		{"institutions are no firms", "en", "The International Monetary Fund and the Working Group met; SoftBank Vision Fund invested.",
			[]string{"SoftBank"}, []string{"International Monetary Fund", "Working Group", "Monetary Fund", "Vision Fund"}},
		{"investors from the gazetteer", "en", "Andreessen Horowitz, Thrive Capital, Orbis Investments and Weights & Biases took part.",
			[]string{"Andreessen Horowitz", "Thrive Capital", "Orbis Investments", "Weights & Biases"}, nil},
		{"macquarie asset management full name", "en", "Macquarie Asset Management sold its stake; Macquarie said the deal closed.",
			[]string{"Macquarie Asset Management", "Macquarie"}, nil},
		{"discovered name found again", "en", "AI cloud platform Nexgen Cloud raised money. Nexgen Cloud will buy H200s.",
			[]string{"Nexgen Cloud"}, nil},
		{"apposition with the", "en", "Humaine Labs, the Saudi AI company backed by PIF, will buy chips.",
			[]string{"Humaine Labs"}, nil},
		{"french apposition with la", "fr", "Kelvion, la start-up suédoise, construit un data center.",
			[]string{"Kelvion"}, nil},
		{"apposition about a person", "en", "Altman, the company's chief executive, spoke.",
			nil, []string{"Altman"}},
		{"stock listing", "en", "Soluxa Compute (NASDAQ: SLXC) signed a lease.",
			[]string{"Soluxa Compute"}, nil},
		{"person after trigger", "en", "Trump attacked political rival Joe Biden on Monday.",
			nil, []string{"Joe Biden"}},
		{"person possessive", "en", "Serbia's Novak Djokovic won the match.",
			nil, []string{"Novak Djokovic"}},
		{"institution possessive", "en", "India's Supreme Court ruled on Monday; Vietnam's Communist Party met.",
			nil, []string{"Supreme", "Communist Party", "Communist"}},
		{"month after possessive", "en", "Campaigning before the U.K.'s Dec. 12 election continued.",
			nil, []string{"Dec"}},
		{"sentence-initial word after trigger line", "en", "They used a social media platform\nPublishing the post took time.",
			nil, []string{"Publishing"}},
		{"stock table capitals", "en", "HD THE HOME DEPOT INC. 225.86 -12.99",
			nil, []string{"HOME DEPOT", "THE HOME DEPOT"}},
		{"titles are not names", "fr", "Le groupe PDG Arthur Mensch a parlé.",
			nil, []string{"PDG Arthur Mensch", "PDG"}},
		{"a firm named with Management", "en", "The round was led by Fidelity and Atreides Management.",
			[]string{"Atreides Management"}, nil},
		{"a department is not a firm", "en", "The company hired a new head of Data Management and Alarm Management.",
			nil, []string{"Data Management", "Alarm Management"}},
		{"what the business makes", "fr", "Schneider avait renoncé à un rapprochement avec l'éditeur américain de logiciels Bentley Systems.",
			[]string{"Bentley Systems"}, nil},
		{"a specialist of data centres", "fr", "Le spécialiste français des centres de données Data4 a signé avec Microsoft.",
			[]string{"Data4"}, nil},
		{"empty", "en", "", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := g.Companies(tc.text, tc.lang)
			for _, m := range ms {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
			}
			got := companyNames(ms)
			checkWanted(t, got, tc.want, tc.notWant)
		})
	}
}

func TestCompanyMetadata(t *testing.T) {
	g := gazetteer(t)
	ms := g.Companies("Microsoft and Mistral AI", "en")
	if len(ms) != 2 {
		t.Fatalf("got %+v", ms)
	}
	if ms[0].Wikidata != "Q2283" || ms[0].Country != "US" || ms[0].Discovered {
		t.Errorf("Microsoft: %+v", ms[0])
	}
	if ms[1].Country != "FR" {
		t.Errorf("Mistral AI: %+v", ms[1])
	}
	d := g.Companies("La start-up française Vultrix a levé des fonds.", "fr")
	if len(d) != 1 || !d[0].Discovered || d[0].Country != "FR" {
		t.Errorf("discovered: %+v", d)
	}
}

func TestCompanyLookup(t *testing.T) {
	g := gazetteer(t)
	tests := []struct{ in, want string }{
		{"NVIDIA", "Nvidia"},
		{"Nvidia Corp.", "Nvidia"},
		{"dell", "Dell Technologies"},
		{"Meta Platforms", "Meta"},
		{"Advanced Micro Devices", "AMD"},
		{"credit agricole", "Crédit Agricole"},
		{"Banque publique d’investissement", "Bpifrance"},
	}
	for _, tc := range tests {
		info, ok := g.Company(tc.in)
		if !ok || info.Name != tc.want {
			t.Errorf("Company(%q) = %+v, %v; want %q", tc.in, info, ok, tc.want)
		}
	}
	if _, ok := g.Company("Azure"); ok {
		t.Error("Company(Azure): a product was found as a company")
	}
	if _, ok := g.Company("Acme Widgets"); ok {
		t.Error("Company(Acme Widgets): unknown name found")
	}
}

// placeKeys names places as the tests expect them: "Name/role".
func placeKeys(ps []PlaceMatch) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"/"+p.Role)
	}
	return out
}

func TestPlaces(t *testing.T) {
	g := gazetteer(t)
	tests := []struct {
		name, lang, text string
		want, notWant    []string
	}{
		{"town and state", "en", "The GB300 GPUs will be deployed at IREN's Childress, Texas facility.",
			[]string{"Childress/site", "Texas/site"}, nil},
		{"french town and state", "fr", "Les GPU seront déployés dans les installations d'IREN à Childress, au Texas.",
			[]string{"Childress/site", "Texas/site"}, nil},
		{"headquarters english", "en", "IREN, headquartered in Sydney, operates the Texas site.",
			[]string{"Sydney/hq", "Texas/site"}, nil},
		{"headquarters french", "fr", "Le groupe IREN, dont le siège est à Sydney, gère aussi un campus au Texas.",
			[]string{"Sydney/hq", "Texas/site"}, nil},
		{"based prefix", "en", "New Jersey-based CoreWeave operates 33 data centers.",
			[]string{"New Jersey/hq"}, nil},
		{"non-breaking hyphen", "en", "Amsterdam\u2011based Nebius will build a data center.",
			[]string{"Amsterdam/hq"}, nil},
		{"basée à", "fr", "La start-up, basée à Paris, construit un centre de données en Essonne.",
			[]string{"Paris/hq", "Essonne/site"}, nil},
		{"country names in french", "fr", "Le campus sera construit aux Émirats arabes unis, pas aux États-Unis.",
			[]string{"United Arab Emirates/site", "United States/site"}, nil},
		{"norway french", "fr", "OpenAI construira un centre de données en Norvège, près de Narvik.",
			[]string{"Norway/site", "Narvik/site"}, nil},
		{"royaume-uni", "fr", "Nscale ouvre un site au Royaume-Uni, à Loughton.",
			[]string{"United Kingdom/site", "Loughton/site"}, nil},
		{"no infrastructure, other", "fr", "L'administration Trump a validé l'exportation des puces H200 vers la Chine.",
			[]string{"China/other"}, []string{"China/site"}},
		{"possessive is not a site", "en", "Microsoft signed with Australia's IREN for capacity at its data center campus.",
			[]string{"Australia/other"}, []string{"Australia/site"}},
		{"modifier is not a site", "en", "UAE investment fund MGX backs the data center campus.",
			[]string{"United Arab Emirates/other"}, []string{"United Arab Emirates/site"}},
		{"continent never a site", "en", "Capacity will come from data centers in Europe as well as a site in the United States.",
			[]string{"Europe/other", "United States/site"}, nil},
		{"outside paris", "en", "Developers plan a gigawatt-scale cluster of server halls outside Paris, France.",
			[]string{"Paris/site", "France/site"}, nil},
		{"département", "fr", "Un premier centre de données est en construction dans le département de l'Essonne.",
			[]string{"Essonne/site"}, nil},
		{"abu dhabi french", "fr", "Un deuxième campus Stargate de 5 gigawatts est prévu à Abu Dhabi.",
			[]string{"Abu Dhabi/site"}, []string{"Stargate/site"}},
		{"named campus gazetteer", "en", "Fluidstack expanded at the Lake Mariner campus in Western New York.",
			[]string{"Lake Mariner/site", "Western New York/site"}, nil},
		{"named campus discovered", "en", "Galaxy is expanding Helios, an 800-megawatt AI data center campus in West Texas. Helios opens in 2026.",
			[]string{"Helios/site", "West Texas/site"}, nil},
		{"country as the facility's place fr", "fr", "Microsoft construira un campus de 1 GW en France d'ici 2027.",
			[]string{"France/site"}, nil},
		{"country as the facility's place en", "en", "The company will build a data center in Brazil.",
			[]string{"Brazil/site"}, nil},
		{"region without accent", "fr", "Le centre de données sera construit en Ile-de-France.",
			[]string{"Île-de-France/site"}, nil},
		{"town after a landmark", "fr", "Le centre de données de 96 MW sera construit près de Cannes, à Mougins.",
			[]string{"Mougins/site", "Cannes/other"}, []string{"Cannes/site"}},
		{"unknown town after a known one", "en", "The data center will be built near Dallas, in Fernbrook.",
			[]string{"Fernbrook/site", "Dallas/other"}, nil},
		{"townships", "en", "Amazon will develop campuses at Salem Township and Falls Township in Pennsylvania.",
			[]string{"Salem Township/site", "Falls Township/site"}, nil},
		{"unknown township", "en", "The company plans a data center in Hollow Creek Township, Michigan.",
			[]string{"Hollow Creek Township/site"}, nil},
		{"factory of a town fr", "fr", "xAI a doublé la capacité de l'usine de Memphis.",
			[]string{"Memphis/site"}, nil},
		{"facility of a town en", "en", "xAI expanded a Memphis facility with 200,000 GPUs.",
			[]string{"Memphis/site"}, nil},
		{"northern virginia fr", "fr", "Le campus sera en Virginie du Nord, près d'Ashburn.",
			[]string{"Northern Virginia/site"}, []string{"Virginia/site"}},
		{"compass regions en", "en", "AWS has data centers in Northern Virginia and North Texas.",
			[]string{"Northern Virginia/site", "North Texas/site"}, []string{"Texas/site", "Virginia/site"}},
		{"nord de la france", "fr", "Le data center sera implanté dans le nord de la France.",
			[]string{"Northern France/site"}, []string{"France/site"}},
		{"washington the government fr", "fr", "Washington a autorisé Nvidia à livrer des GPU aux centres de données chinois.",
			nil, []string{"Washington/site"}},
		{"washington the government en", "en", "Nvidia shipped GPUs to data centers after Washington approved the licences.",
			nil, []string{"Washington/site"}},
		{"washington possessive", "en", "Washington's export rules hit data center projects in the Gulf.",
			nil, []string{"Washington/site"}},
		{"beijing the government", "fr", "Pékin a interdit les achats de puces Nvidia pour ses centres de données.",
			nil, []string{"Beijing/site"}},
		{"agent of a policy", "fr", "Les restrictions imposées par Washington freinent les centres de données.",
			nil, []string{"Washington/site"}},
		{"washington the place", "en", "Microsoft will build a data center in Washington.",
			[]string{"Washington/site"}, nil},
		{"place then a policy word", "en", "The data center in Washington will allow Microsoft to train larger models.",
			[]string{"Washington/site"}, nil},
		{"french campus discovered", "fr", "Le campus de Vallée Verte accueillera 100 MW; Vallée Verte sera prêt en 2027.",
			[]string{"Vallée Verte/site"}, nil},
		{"unknown town with state", "en", "Crusoe is building a data center in Wolfcreek, Wyoming.",
			[]string{"Wolfcreek/site", "Wyoming/site"}, nil},
		{"unknown county", "en", "The data center sits in Shelby County, Tennessee.",
			[]string{"Shelby County/site"}, nil},
		{"region override", "en", "The data center in Columbus, Georgia will open next year.",
			[]string{"Columbus/site"}, nil},
		{"company name holds a place", "en", "Texas Instruments and Bank of America opened a data center.",
			nil, []string{"Texas/site", "United States/site"}},
		{"currency prefix", "en", "Nebius signed a US$3 billion contract for its data center.",
			nil, []string{"United States/site", "United States/other"}},
		{"ambiguous town sentence-initial", "en", "Temple officials met. Phoenix rose from the ashes.",
			nil, []string{"Temple/other", "Temple/site", "Phoenix/other"}},
		{"ambiguous town in context", "en", "Rowan Digital is building a data center in Temple, Texas.",
			[]string{"Temple/site"}, nil},
		{"germany and bavaria", "fr", "Le supercalculateur sera installé à Munich, en Bavière (Allemagne).",
			[]string{"Munich/site", "Bavaria/site", "Germany/site"}, nil},
		{"built in", "en", "Stargate Norway, a venture of Nscale and Aker, will be built in Kvandal, near Narvik.",
			[]string{"Kvandal/site", "Narvik/site"}, nil},
		{"invest with a preposition", "fr", "Data4 investira 2 milliards d'euros à Marcoussis et à Nozay, en Essonne.",
			[]string{"Marcoussis/site", "Nozay/site", "Essonne/site"}, nil},
		{"unknown town after a facility noun", "fr", "Evroc construit un data center de 96 MW à Mougins, près de Cannes.",
			[]string{"Mougins/site", "Cannes/site"}, nil},
		{"unknown town after at", "en", "Google opened a data centre at Foxley Cross, Hertfordshire, north of London.",
			[]string{"Foxley Cross/site", "Hertfordshire/site"}, []string{"London/site"}},
		{"apposition with a decimal", "en", "Vantage will build Frontier, a 1.4 GW campus in Shackelford County, Texas.",
			[]string{"Frontier/site", "Shackelford County/site"}, nil},
		{"event name", "en", "Nvidia CEO Jensen Huang said at GTC Paris that Europe would build 20 AI factories.",
			[]string{"Paris/other"}, []string{"Paris/site"}},
		{"list shares its preposition", "en", "Alibaba Cloud will open data centers in Brazil, France and the Netherlands next year.",
			[]string{"Brazil/site", "France/site", "Netherlands/site"}, nil},
		{"longer compound name", "fr", "OpCore exploite des centres de données à Saint-Ouen-l'Aumône.",
			nil, []string{"Saint-Ouen/site"}},
		{"spend with a preposition", "fr", "Microsoft s'est engagé à dépenser 4 milliards d'euros en France, notamment à Mulhouse.",
			[]string{"France/site", "Mulhouse/site"}, nil},
		{"dateline", "fr", "PARIS (Reuters) - Mistral AI va construire un centre de données en Essonne.",
			[]string{"Paris/other", "Essonne/site"}, []string{"Paris/site"}},
		{"programme name", "fr", "Le supercalculateur sera financé par le plan France 2030.",
			[]string{"France/other"}, []string{"France/site"}},
		{"place inside an institution name", "en", "Federal sites including Idaho National Laboratory will host AI data centers.",
			[]string{"Idaho/other"}, []string{"Idaho/site"}},
		{"title after a place", "en", "Texas Governor Greg Abbott welcomed the data center in Abilene.",
			[]string{"Texas/other", "Abilene/site"}, nil},
		{"numbered campus", "en", "CoreWeave leases 150 MW at Applied Digital's Polaris Forge 1 campus in Ellendale, North Dakota.",
			[]string{"Polaris Forge 1/site", "Ellendale/site"}, nil},
		{"named site", "en", "Cipher Mining signed a lease with AWS for 300 MW at its Barber Lake site in Texas.",
			[]string{"Barber Lake/site", "Texas/site"}, nil},
		{"french place before a verb", "fr", "Mistral AI a choisi Bruyères-le-Châtel pour son premier centre de données.",
			[]string{"Bruyères-le-Châtel/site"}, nil},
		{"hardware is not a campus", "en", "The company runs the GB200 cluster and its H100 supercomputer.",
			nil, []string{"GB200/site", "H100/site"}},
		{"named data center", "en", "Meta's Hyperion data center and Microsoft's Fairwater data center are huge.",
			[]string{"Hyperion/site", "Fairwater/site"}, nil},
		{"english attributive use", "en", "The US chipmaker will supply the data center.",
			[]string{"United States/other"}, []string{"United States/site"}},
		{"a company's own centre", "fr", "Nebius fournira des GPU depuis son centre de Vineland, dans le New Jersey.",
			[]string{"Vineland/site"}, nil},
		{"its center", "en", "Nebius will serve Microsoft from its center in Vineland, New Jersey.",
			[]string{"Vineland/site"}, nil},
		{"a town naming a campus", "en", "The first tranche is earmarked for the Ellendale HPC campus in North Dakota.",
			[]string{"Ellendale/site"}, nil},
		{"a part of a state", "en", "Blackstone will put $25 billion into data centers in Northeast Pennsylvania and Central Ohio.",
			[]string{"Northeast Pennsylvania/site", "Central Ohio/site"}, []string{"Northeast/site"}},
		{"a site named after a participle", "fr", "Le premier site, baptisé Frontier, s'étend sur 1 200 acres au Texas.",
			[]string{"Frontier/site"}, nil},
		{"a campus dubbed", "en", "The company is building a 1.2 GW campus dubbed Horizon in Texas.",
			[]string{"Horizon/site"}, nil},
		{"a French apposition of a site", "fr", "Cipher voit plus grand avec Colchis, un site d'un gigawatt dans l'ouest du Texas.",
			[]string{"Colchis/site"}, nil},
		{"a person named to a post is no site", "en", "He was named CEO of the data center company in 2024.",
			nil, []string{"CEO/site"}},
		{"a list of places is not a town in a state", "en", "Aligned runs 50 data center campuses in Chicago, Dallas, Ohio, Phoenix and Salt Lake City.",
			[]string{"Dallas/site", "Ohio/site", "Phoenix/site"}, nil},
		{"a cloud region locates a site", "en", "The two companies will set up a dedicated cloud region for AI workloads in Jamnagar.",
			[]string{"Jamnagar/site"}, nil},
		{"a nationality before a business noun", "en", "Samsung will deploy 50,000 of the U.S. chipmaker's GPUs in its AI factories.",
			nil, []string{"United States/site"}},
		{"person named like a state", "en", "Georgia Smith joined the data center team.",
			nil, []string{"Georgia/site"}},
		{"washington post", "en", "The Washington Post reported the data center deal.",
			nil, []string{"Washington/site"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := g.Places(tc.text, tc.lang)
			for _, p := range ps {
				if tc.text[p.Start:p.End] != p.Text {
					t.Errorf("offsets %d:%d give %q, Text is %q", p.Start, p.End, tc.text[p.Start:p.End], p.Text)
				}
			}
			got := placeKeys(ps)
			checkWanted(t, got, tc.want, tc.notWant)
		})
	}
}

func TestPlaceMetadata(t *testing.T) {
	g := gazetteer(t)
	ps := g.Places("à Childress, au Texas", "fr")
	if len(ps) != 2 || ps[0].Name != "Childress" || ps[0].Region != "Texas" || ps[0].Country != "US" || ps[0].Kind != "city" {
		t.Fatalf("got %+v", ps)
	}
	ps = g.Places("Le centre de calcul sera construit à Lacq, dans les Pyrénées-Atlantiques.", "fr")
	if len(ps) == 0 || ps[0].Name != "Lacq" || ps[0].Region != "Pyrénées-Atlantiques" {
		t.Errorf("Lacq, dans les Pyrénées-Atlantiques: got %+v", ps)
	}
	ps = g.Places("a data center in Columbus, Georgia", "en")
	if len(ps) == 0 || ps[0].Region != "Georgia" {
		t.Errorf("Columbus, Georgia: got %+v", ps)
	}
	ps = g.Places("Galaxy is expanding Helios, an 800-megawatt AI data center campus in West Texas.", "en")
	if len(ps) == 0 || ps[0].Name != "Helios" || ps[0].Kind != "campus" || ps[0].Region != "West Texas" || ps[0].Country != "US" {
		t.Errorf("Helios: got %+v", ps)
	}
}

func TestMostSpecific(t *testing.T) {
	g := gazetteer(t)
	text := "The data center in Abilene, Texas, is the first in the United States; a second site is in Essonne, France."
	var sites []PlaceMatch
	for _, p := range g.Places(text, "en") {
		if p.Role == RoleSite {
			sites = append(sites, p)
		}
	}
	var got []string
	for _, p := range MostSpecific(sites) {
		got = append(got, p.Name)
	}
	want := []string{"Abilene", "Essonne"}
	if !slices.Equal(got, want) {
		t.Errorf("MostSpecific = %q, want %q", got, want)
	}
}

func TestTokenizeSentences(t *testing.T) {
	text := "Nvidia Corp. agreed. The U.S. deal is worth $9.7 billion. Amazon.com signed!\nTitle line\nBody."
	toks := tokenize(text)
	var starts []string
	for _, tk := range toks {
		if text[tk.start:tk.end] != tk.text {
			t.Fatalf("token offsets %d:%d != %q", tk.start, tk.end, tk.text)
		}
		if tk.sentStart {
			starts = append(starts, tk.text)
		}
	}
	want := []string{"Nvidia", "The", "Amazon", "Title", "Body"}
	if !slices.Equal(starts, want) {
		t.Errorf("sentence starts = %q, want %q", starts, want)
	}
}

func TestDataFilesHaveNoDuplicateCanonicals(t *testing.T) {
	g := gazetteer(t)
	seen := map[string]bool{}
	for _, c := range g.companies {
		key := strings.ToLower(c.info.Name)
		if seen[key] {
			t.Errorf("duplicate company %q", c.info.Name)
		}
		seen[key] = true
		if c.info.Wikidata != "" && !strings.HasPrefix(c.info.Wikidata, "Q") {
			t.Errorf("%s: bad Q-id %q", c.info.Name, c.info.Wikidata)
		}
		if c.kind != kindProduct && len(c.info.Country) != 2 {
			t.Errorf("%s: country %q is not ISO alpha-2", c.info.Name, c.info.Country)
		}
	}
	if len(g.companies) < 400 {
		t.Errorf("only %d companies in the gazetteer", len(g.companies))
	}
	for _, p := range g.places {
		if p.kind != "continent" && len(p.country) != 2 {
			t.Errorf("place %s: country %q", p.name, p.country)
		}
	}
}

func TestEntitiesMatchesSeparateCalls(t *testing.T) {
	g := gazetteer(t)
	text := "Microsoft a signé avec la société australienne IREN pour son campus de Childress, au Texas. " +
		"IREN, dont le siège est à Sydney, achète des serveurs à Dell Technologies."
	cos, pls := g.Entities(text, "fr")
	if !slices.Equal(cos, g.Companies(text, "fr")) {
		t.Errorf("Entities companies %+v differ from Companies", cos)
	}
	if !slices.Equal(pls, g.Places(text, "fr")) {
		t.Errorf("Entities places %+v differ from Places", pls)
	}
}

// checkWanted reports every name of want missing from got and every name of
// notWant present in it; other names in got are allowed, since one sentence
// may hold more entities than a case is about.
func checkWanted(t *testing.T, got, want, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	for _, w := range notWant {
		if slices.Contains(got, w) {
			t.Errorf("unexpected %q; got %q", w, got)
		}
	}
}

func TestDiscoveredNameWithInnerAcronym(t *testing.T) {
	g := gazetteer(t)
	for _, c := range []struct{ text, want string }{
		{"Qualcomm agreed to acquire Corvexa IP Group, a maker of connectivity chips, for $2.4 billion.", "Corvexa IP Group"},
		{"In June the company agreed to acquire UK-based Corvexa IP Group for about $2.4 billion.", "Corvexa IP Group"},
	} {
		cms, _ := g.Entities(c.text, "en")
		var names []string
		for _, m := range cms {
			names = append(names, m.Name)
			if m.Name == "Group" {
				t.Errorf("%q: a lone generic word was taken for a name", c.text)
			}
		}
		if !slices.Contains(names, c.want) {
			t.Errorf("%q: companies %q, want %q among them", c.text, names, c.want)
		}
	}
}

func TestRegionAndMarketWordsAreNoCompanies(t *testing.T) {
	g := gazetteer(t)
	for _, text := range []string{
		"GIC et MEAG investissent 1,4 milliard d'euros dans la plateforme EMEA de Vantage Data Centers.",
		"Le titre de Cipher a bondi en Bourse après l'annonce du contrat avec Fluidstack.",
	} {
		cms, _ := g.Entities(text, "fr")
		for _, m := range cms {
			if m.Name == "EMEA" || m.Name == "Bourse" {
				t.Errorf("%q: %q taken for a company", text, m.Name)
			}
		}
	}
}
