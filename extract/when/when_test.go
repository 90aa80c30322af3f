package when

import "testing"

// d is one expected date: ISO value and mention text.
type d struct{ value, text string }

var findCases = []struct {
	lang, published, text string
	want                  []d
}{
	// French.
	{"fr", "", "Annoncé le 30 septembre 2025, cet engagement change la donne.", []d{{"2025-09-30", "30 septembre 2025"}}},
	{"fr", "", "Nvidia avait mis 7 milliards de dollars sur la table en 2019 pour l'israélien Mellanox.", []d{{"2019", "2019"}}},
	{"fr", "", "La hausse atteint 2000 pour cent en un an.", nil},
	{"fr", "2025-10-24", "Les banques lanceront la dette dès lundi, selon Bloomberg.", []d{{"2025-10-27", "lundi"}}},
	{"en", "2025-10-24", "The banks will launch the debt starting Monday.", []d{{"2025-10-27", "Monday"}}},
	{"fr", "2025-10-24", "Les banques ont lancé la dette lundi.", []d{{"2025-10-20", "lundi"}}},
	{"fr", "2025-10-14", "Le contrat a été signé le 3 novembre.", []d{{"2025-11-03", "3 novembre"}}},
	{"fr", "", "Le contrat a été signé le 3 novembre.", nil},
	{"fr", "2025-10-14", "Nebius avait annoncé en septembre un accord avec Microsoft.", []d{{"2025-09", "septembre"}}},
	{"fr", "", "Nebius avait annoncé en septembre un accord avec Microsoft.", nil},
	{"fr", "2026-01-14", "Les commandes ont été passées en décembre.", []d{{"2025-12", "décembre"}}},
	{"fr", "2025-10-14", "La livraison est attendue en décembre.", []d{{"2025-12", "décembre"}}},
	{"fr", "", "Les GPU seront déployés par phases jusqu'en 2026 au Texas.", []d{{"2026", "2026"}}},
	{"fr", "", "La France vise 1 GW de capacité d'ici 2030.", []d{{"2030", "2030"}}},
	{"fr", "", "ChatGPT, lancé fin 2022, avait déclenché la ruée sur les GPU.", []d{{"2022", "2022"}}},
	{"fr", "", "L'achèvement est prévu pour mi-2026.", []d{{"2026", "2026"}}},
	{"fr", "", "Le campus accueillera plus de 2 000 GPU.", nil},
	{"fr", "", "Un site de 1 500 MW est prévu dans les Hauts-de-France.", nil},
	{"fr", "", "Le référentiel GB2025 s'applique aux nouveaux bâtiments.", nil},
	{"fr", "2025-10-06", "AMD a déclaré lundi qu'il fournirait des puces à OpenAI.", []d{{"2025-10-06", "lundi"}}},
	{"fr", "2025-10-06", "a déclaré Forrest Norrod à Reuters dimanche.", []d{{"2025-10-05", "dimanche"}}},
	{"fr", "", "AMD a déclaré lundi qu'il fournirait des puces à OpenAI.", nil},
	{"fr", "2025-11-04", "Le groupe a publié hier ses résultats trimestriels.", []d{{"2025-11-03", "hier"}}},
	{"fr", "2025-11-04", "Nscale et Microsoft se sont entendus le mois dernier, selon Reuters.", []d{{"2025-10", "le mois dernier"}}},
	{"fr", "2025-11-04", "Le chiffre d'affaires a doublé par rapport à l'an dernier.", []d{{"2024", "l'an dernier"}}},
	{"fr", "2025-11-04", "Le chiffre d'affaires a doublé par rapport à l'année dernière.", []d{{"2024", "l'année dernière"}}},
	{"fr", "2025-11-04", "Les deux parties ont rompu leur accord plus tôt cette année.", []d{{"2025", "cette année"}}},
	{"fr", "2025-10-06", "OpenAI construira une installation à partir de l'année prochaine.", []d{{"2026", "l'année prochaine"}}},
	{"fr", "", "Le déploiement commencera au second semestre 2026.", []d{{"2026", "2026"}}},
	{"fr", "", "La construction a débuté en juin 2024 au Texas.", []d{{"2024-06", "juin 2024"}}},
	{"fr", "2026-03-20", "L'annonce a été faite conjointement lundi 16 mars.", []d{{"2026-03-16", "lundi 16 mars"}}},
	{"fr", "", "La loi entre en vigueur le 1er janvier 2026.", []d{{"2026-01-01", "1er janvier 2026"}}},
	{"fr", "", "Depuis les années 2020, la demande explose.", nil},
	{"fr", "", "Mars est la quatrième planète du système solaire.", nil},
	{"fr", "2025-10-06", "Le protocole a été signé mardi dernier à Paris.", []d{{"2025-09-30", "mardi dernier"}}},
	{"fr", "2025-10-06", "La signature aura lieu jeudi prochain.", []d{{"2025-10-09", "jeudi prochain"}}},
	{"fr", "", "Publié le 2025-11-03 à 08h00.", []d{{"2025-11-03", "2025-11-03"}}},
	{"fr", "", "Communiqué du 03/11/2025.", []d{{"2025-11-03", "03/11/2025"}}},
	{"fr", "", "Le groupe exploite trois centres de données en Europe.", nil},
	{"fr", "", "Les travaux dureront entre 2025 et 2027.", []d{{"2025", "2025"}, {"2027", "2027"}}},
	{"fr", "", "Le budget de l'exercice 2026 est en hausse.", []d{{"2026", "2026"}}},
	{"fr", "2025-10-14", "Le groupe annonce aujourd'hui un nouvel accord.", []d{{"2025-10-14", "aujourd'hui"}}},
	{"fr", "2025-10-14", "Aujourd'hui, l'IA consomme autant qu'un pays.", nil},
	{"fr", "2025-10-14", "La capacité sera disponible en début d'année prochaine.", []d{{"2026", "d'année prochaine"}}},
	{"fr", "2025-10-14", "Les usages d'aujourd'hui exigent plus de calcul.", nil},
	{"fr", "", "Pékin serait limité à 50% des livraisons prévues cette année-là.", nil},
	{"fr", "", "Le chantier a démarré le 14 août 2025 et une extension a suivi le 18 août 2025.", []d{{"2025-08-14", "14 août 2025"}, {"2025-08-18", "18 août 2025"}}},
	{"fr", "2025-10-14", "Le conseil se réunira début novembre.", []d{{"2025-11", "novembre"}}},
	{"fr", "", "Le contrat court de janvier 2026 à décembre 2030.", []d{{"2026-01", "janvier 2026"}, {"2030-12", "décembre 2030"}}},
	{"fr", "", "Un parc de 2030 serveurs.", nil},

	// English.
	{"en", "", "On November 3, 2025, Microsoft said it had signed the contract.", []d{{"2025-11-03", "November 3, 2025"}}},
	{"en", "2025-11-05", "IREN said on Nov. 3 that the first phase was online.", []d{{"2025-11-03", "Nov. 3"}}},
	{"en", "2025-10-07", "Shares of AMD rocketed higher on Monday after the announcement.", []d{{"2025-10-06", "Monday"}}},
	{"en", "2025-09-22", "Under the pact unveiled Monday, OpenAI gets Nvidia systems for its sites.", []d{{"2025-09-22", "Monday"}}},
	{"en", "", "CoreWeave will provide computing as a service through December 2031.", []d{{"2031-12", "December 2031"}}},
	{"en", "", "An extension clause lets Meta keep buying capacity through 2032.", []d{{"2032", "2032"}}},
	{"en", "", "The third data hall should be ready for service by 2027.", []d{{"2027", "2027"}}},
	{"en", "", "Builders should break ground on the campus during the latter half of 2026.", []d{{"2026", "2026"}}},
	{"en", "", "Deliveries are scheduled for Q3 2026.", []d{{"2026", "2026"}}},
	{"en", "", "Capex will double in fiscal 2026.", []d{{"2026", "2026"}}},
	{"en", "", "The company raised its FY2026 revenue guidance.", []d{{"2026", "FY2026"}}},
	{"en", "", "Analysts cut their FY26 forecasts.", []d{{"2026", "FY26"}}},
	{"en", "2025-06-02", "Only about 100 megawatts will be ready for CoreWeave this year.", []d{{"2025", "this year"}}},
	{"en", "2025-06-02", "Revenue tripled from last year and should double again next year.", []d{{"2024", "last year"}, {"2026", "next year"}}},
	{"en", "2025-11-04", "Microsoft entered an agreement last month with Nscale.", []d{{"2025-10", "last month"}}},
	{"en", "2025-11-04", "The company said yesterday that it would raise capital.", []d{{"2025-11-03", "yesterday"}}},
	{"en", "2025-10-14", "Nvidia announced a commitment earlier in September.", []d{{"2025-09", "September"}}},
	{"en", "2025-10-14", "The first hall opened in May.", []d{{"2025-05", "May"}}},
	{"en", "2025-10-14", "Investors may be disappointed.", nil},
	{"en", "2025-10-14", "Workers march on the capital.", nil},
	{"en", "", "The facility will house 2030 GPUs in its first hall.", nil},
	{"en", "", "A token priced at $2025 is not a year.", nil},
	{"en", "", "Demand for compute will define the 2020s.", nil},
	{"en", "2025-11-28", "Retailers braced for Black Friday.", nil},
	{"en", "2025-10-14", "The merger closed last September.", []d{{"2025-09", "last September"}}},
	{"en", "2025-10-14", "Shipments resume next March.", []d{{"2026-03", "next March"}}},
	{"en", "", "Galaxy acquired the asset in March 2026.", []d{{"2026-03", "March 2026"}}},
	{"en", "", "The lease was signed on 3 November 2025 in London.", []d{{"2025-11-03", "3 November 2025"}}},
	{"en", "", "The lease was signed on the 3rd of November 2025.", []d{{"2025-11-03", "3rd of November 2025"}}},
	{"en", "2025-10-07", "At the stock price as of late Monday morning, the shares were worth more.", []d{{"2025-10-06", "Monday"}}},
	{"en", "2025-10-08", "The companies said on Monday, Oct. 6, that talks were over.", []d{{"2025-10-06", "Monday, Oct. 6"}}},
	{"en", "", "The plan runs from 2025 to 2027.", []d{{"2025", "2025"}, {"2027", "2027"}}},
	{"en", "", "Shares rose 4.30% in 2025.", []d{{"2025", "2025"}}},
	{"en", "", "The 2025-2026 budget was approved.", []d{{"2025", "2025"}, {"2026", "2026"}}},
	{"en", "2025-10-14", "Nvidia said today it would invest.", []d{{"2025-10-14", "today"}}},
	{"en", "2025-10-14", "Today's data centers need more power.", nil},
	{"en", "", "Galaxy paid $65 million for the Dickens County property back in December 2022.", []d{{"2022-12", "December 2022"}}},
	{"en", "", "The 1,000-acre campus was built in 2019.", []d{{"2019", "2019"}}},
	{"en", "", "The campus will use 1,200 MW of power by November 30.", nil},
	{"en", "", "By 2028, operations will launch; 2 000 workers were hired.", []d{{"2028", "2028"}}},
	{"en", "2025-12-01", "The fourth quarter ends in late January.", []d{{"2026-01", "January"}}},
	{"fr", "2025-12-15", "Le chantier commencera le 3 février.", []d{{"2026-02-03", "3 février"}}},
	{"fr", "2025-12-15", "Le chantier a commencé le 3 mai.", []d{{"2025-05-03", "3 mai"}}},
	{"fr", "2025-12-15", "Le chantier a commencé en février dernier.", []d{{"2025-02", "février dernier"}}},
	{"en", "2025-10-14", "The Sunday Times reported the deal on Monday.", []d{{"2025-10-13", "Monday"}}},
	{"en", "2025-11-04", "The stock jumped 12% since January.", []d{{"2025-01", "January"}}},
	{"fr", "2025-11-04", "Le titre a bondi de 12 % depuis janvier.", []d{{"2025-01", "janvier"}}},
	{"en", "2025-10-14", "The tender closes on Friday.", []d{{"2025-10-10", "Friday"}}},
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		got := Find(c.text, c.lang, c.published)
		for _, g := range got {
			if g.Start < 0 || g.End > len(c.text) || g.Start > g.End || c.text[g.Start:g.End] != g.Text {
				t.Errorf("Find(%q): bad offsets %+v", c.text, g)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("Find(%q, %s, %q) = %+v, want %+v", c.text, c.lang, c.published, got, c.want)
			continue
		}
		for k, w := range c.want {
			if g := got[k]; g.Value != w.value || g.Text != w.text {
				t.Errorf("Find(%q)[%d] = {%q %q}, want %+v", c.text, k, g.Value, g.Text, w)
			}
		}
	}
}

// dur is one expected duration: months and mention text.
type dur struct {
	months int
	text   string
}

var durationCases = []struct {
	lang, text string
	want       []dur
}{
	{"fr", "IREN fournira de la capacité à Microsoft sur cinq ans pour 9,7 milliards de dollars.", []dur{{60, "cinq ans"}}},
	{"fr", "Oracle loue l'intégralité du site pour une durée de 15 ans.", []dur{{180, "15 ans"}}},
	{"fr", "Fluidstack louera pour 10 ans des halls de calcul chez TeraWulf.", []dur{{120, "10 ans"}}},
	{"fr", "La première phase sera livrée sous 18 mois.", []dur{{18, "18 mois"}}},
	{"fr", "Le site a été construit il y a 10 ans.", nil},
	{"fr", "Son fondateur, âgé de 45 ans, dirige la société.", nil},
	{"fr", "Meta achètera de la capacité sur une période de cinq ans.", []dur{{60, "cinq ans"}}},
	{"fr", "AMD attend plus de 100 milliards de dollars de revenus sur quatre ans.", []dur{{48, "quatre ans"}}},
	{"fr", "Un accord pluriannuel a été signé avec OpenAI.", nil},
	{"fr", "Le bail court sur vingt-cinq ans.", []dur{{300, "vingt-cinq ans"}}},
	{"fr", "Un contrat d'un an renouvelable.", []dur{{12, "un an"}}},
	{"fr", "Le chiffre d'affaires a bondi de 355 % sur un an.", nil},
	{"en", "IREN won a five-year Microsoft contract worth $9.7 billion.", []dur{{60, "five-year"}}},
	{"en", "Nebius announced a five‑year contract with Meta.", []dur{{60, "five‑year"}}},
	{"en", "The 5-year agreement starts in 2026.", []dur{{60, "5-year"}}},
	{"en", "The campus is let to Oracle under a 15-year lease.", []dur{{180, "15-year"}}},
	{"en", "Applied Digital leased two buildings to CoreWeave for about 15-year terms.", []dur{{180, "15-year"}}},
	{"en", "The contract will be paid over six years.", []dur{{72, "six years"}}},
	{"en", "AMD and OpenAI signed a multi-year agreement.", nil},
	{"en", "The debt carries an 18-month grace period.", []dur{{18, "18-month"}}},
	{"en", "The company was founded three years ago.", nil},
	{"en", "The facility will earn $10 billion a year.", nil},
	{"en", "It is a decade-long partnership.", []dur{{120, "a decade-long"}}},
	{"en", "The expansion builds on a 10-year AI hosting deal.", []dur{{120, "10-year"}}},
	{"en", "Its CEO is 52 years old.", nil},
	{"en", "The 52-year-old CEO signed a 20-year lease.", []dur{{240, "20-year"}}},
	{"fr", "Arthur Mensch, 32 ans, a signé un bail de 20 ans.", []dur{{240, "20 ans"}}},
	{"en", "The three-year financing vehicle is backed by the assets.", []dur{{36, "three-year"}}},
	{"en", "The lease runs for 20 years with two extensions.", []dur{{240, "20 years"}}},
}

func TestDurations(t *testing.T) {
	for _, c := range durationCases {
		got := Durations(c.text, c.lang)
		for _, g := range got {
			if g.Start < 0 || g.End > len(c.text) || g.Start > g.End || c.text[g.Start:g.End] != g.Text {
				t.Errorf("Durations(%q): bad offsets %+v", c.text, g)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("Durations(%q, %s) = %+v, want %+v", c.text, c.lang, got, c.want)
			continue
		}
		for k, w := range c.want {
			if g := got[k]; g.Months != w.months || g.Text != w.text {
				t.Errorf("Durations(%q)[%d] = {%d %q}, want %+v", c.text, k, g.Months, g.Text, w)
			}
		}
	}
}
