package money

import (
	"math"
	"strings"
	"testing"
)

// want is one expected amount: value in units, ISO currency, mention text.
type want struct {
	v    float64
	cur  string
	text string
}

var findCases = []struct {
	lang, text string
	want       []want
}{
	// French: scale words, decimal commas, spaces as thousands separators.
	{"fr", "Microsoft a signé un contrat de 9,7 milliards de dollars avec l'australien IREN.", []want{{9.7e9, "USD", "9,7 milliards de dollars"}}},
	{"fr", "L'accord devrait produire environ 1,94 milliard de dollars de revenus annualisés.", []want{{1.94e9, "USD", "1,94 milliard de dollars"}}},
	{"fr", "Le groupe a levé 10 mds $ auprès de ses actionnaires historiques.", []want{{1e10, "USD", "10 mds $"}}},
	{"fr", "La start-up boucle un tour de table de 2 Md€, un record en Europe.", []want{{2e9, "EUR", "2 Md€"}}},
	{"fr", "Bpifrance injecte un milliard d'euros dans le futur campus de l'Essonne.", []want{{1e9, "EUR", "un milliard d'euros"}}},
	{"fr", "Bpifrance injecte un milliard d’euros dans le campus.", []want{{1e9, "EUR", "un milliard d’euros"}}},
	{"fr", "IREN a engagé 5 800 millions de dollars pour acheter des GPU.", []want{{5.8e9, "USD", "5 800 millions de dollars"}}},
	{"fr", "IREN a engagé 5\u00a0800\u00a0millions de dollars pour acheter des GPU.", []want{{5.8e9, "USD", "5\u00a0800\u00a0millions de dollars"}}},
	{"fr", "IREN a engagé 5\u202f800 millions de dollars auprès de Dell.", []want{{5.8e9, "USD", "5\u202f800 millions de dollars"}}},
	{"fr", "Un contrat de 9,7\u00a0milliards\u00a0de\u00a0dollars sur cinq ans.", []want{{9.7e9, "USD", "9,7\u00a0milliards\u00a0de\u00a0dollars"}}},
	{"fr", "L'action valorise le groupe à environ 4 500 milliards de dollars.", []want{{4.5e12, "USD", "4 500 milliards de dollars"}}},
	{"fr", "Le programme représente 1 billion de dollars sur dix ans.", []want{{1e12, "USD", "1 billion de dollars"}}},
	{"fr", "Les engagements cumulés dépassent 2 billions d'euros selon la Commission.", []want{{2e12, "EUR", "2 billions d'euros"}}},
	{"fr", "À terme, ses promoteurs espèrent réunir entre 100 et 500 milliards de dollars.", []want{{1e11, "USD", "100 et 500 milliards de dollars"}, {5e11, "USD", "100 et 500 milliards de dollars"}}},
	{"fr", "Une enveloppe de 10 à 15 milliards d'euros est évoquée par le ministère.", []want{{1e10, "EUR", "10 à 15 milliards d'euros"}, {1.5e10, "EUR", "10 à 15 milliards d'euros"}}},
	{"fr", "OpenAI recevra de Nvidia un apport pouvant atteindre 100 milliards de dollars.", []want{{1e11, "USD", "100 milliards de dollars"}}},
	{"fr", "Le groupe de Menlo Park pourra commander jusqu'à 15 milliards de dollars supplémentaires.", []want{{1.5e10, "USD", "15 milliards de dollars"}}},
	{"fr", "Le contrat porte sur près de 10 milliards de dollars.", []want{{1e10, "USD", "10 milliards de dollars"}}},
	{"fr", "Le fondeur table sur plus de 100 milliards de dollars de ventes nouvelles.", []want{{1e11, "USD", "100 milliards de dollars"}}},
	{"fr", "Le chiffre d'affaires a bondi de 355 % sur un an.", nil},
	{"fr", "Le titre du fabricant de puces gagnait près de 4% en séance.", nil},
	{"fr", "Le site de 750 mégawatts accueillera 200 000 GPU en 2026.", nil},
	{"fr", "Oracle aurait acheté 300 M$ de serveurs auprès de Supermicro.", []want{{3e8, "USD", "300 M$"}}},
	{"fr", "Une levée de 120 M€ pour la pépite grenobloise.", []want{{1.2e8, "EUR", "120 M€"}}},
	{"fr", "Un financement de 50 M € a été obtenu auprès de la BEI.", []want{{5e7, "EUR", "50 M €"}}},
	{"fr", "Le ticket d'entrée est de 500 k€ par baie.", []want{{5e5, "EUR", "500 k€"}}},
	{"fr", "Le groupe a investi 3,2 Mds€ en 2024.", []want{{3.2e9, "EUR", "3,2 Mds€"}}},
	{"fr", "OpenAI dépensera 2 milliards de dollars américains dans le Michigan.", []want{{2e9, "USD", "2 milliards de dollars américains"}}},
	{"fr", "Le fonds de pension apporte 3 milliards de dollars canadiens à Brookfield.", []want{{3e9, "CAD", "3 milliards de dollars canadiens"}}},
	{"fr", "La transaction est évaluée à 5 milliards $US.", []want{{5e9, "USD", "5 milliards $US"}}},
	{"fr", "Alibaba dépensera 380 milliards de yuans dans l'IA en trois ans.", []want{{3.8e11, "CNY", "380 milliards de yuans"}}},
	{"fr", "SoftBank a emprunté 1 500 milliards de yens auprès de ses banques.", []want{{1.5e12, "JPY", "1 500 milliards de yens"}}},
	{"fr", "Reliance investit 10 000 crores de roupies dans un campus à Jamnagar.", []want{{1e11, "INR", "10 000 crores de roupies"}}},
	{"fr", "Samsung prévoit 450 000 milliards de wons d'investissements.", []want{{4.5e14, "KRW", "450 000 milliards de wons"}}},
	{"fr", "Londres met 2 milliards de livres sterling sur la table.", []want{{2e9, "GBP", "2 milliards de livres sterling"}}},
	{"fr", "La bibliothèque a reçu 500 livres anciens.", nil},
	{"fr", "Le fonds saoudien PIF engage 40 milliards de dollars aux États-Unis.", []want{{4e10, "USD", "40 milliards de dollars"}}},
	{"fr", "Le Britannique Nscale lève 1,1 milliard de dollars, un record européen.", []want{{1.1e9, "USD", "1,1 milliard de dollars"}}},
	{"fr", "Le projet est chiffré à 1.200 millions d'euros.", []want{{1.2e9, "EUR", "1.200 millions d'euros"}}},
	{"fr", "Le titre a clôturé à 187,62 dollars à Wall Street.", []want{{187.62, "USD", "187,62 dollars"}}},
	{"fr", "Un accord qui porte sur 27 milliards de capacité de calcul, selon la presse.", nil},
	{"fr", "Le contrat devrait générer des dizaines de milliards de dollars de ventes.", nil},
	{"fr", "Les analystes évoquent plusieurs milliards de dollars de recettes annuelles.", nil},
	{"fr", "G42 a promis 15 milliards de dirhams émiratis au projet.", []want{{1.5e10, "AED", "15 milliards de dirhams émiratis"}}},
	{"fr", "La société vise un revenu de 7 à 9 milliards de dollars d'ici fin 2026.", []want{{7e9, "USD", "7 à 9 milliards de dollars"}, {9e9, "USD", "7 à 9 milliards de dollars"}}},
	{"fr", "Le prix atteint 25 000 dollars par puce H100.", []want{{25000, "USD", "25 000 dollars"}}},
	{"fr", "Berne débloque 100 millions de francs suisses pour le calcul.", []want{{1e8, "CHF", "100 millions de francs suisses"}}},
	{"fr", "L'ancien budget était de 3 milliards de francs.", nil},
	{"fr", "Ericsson a annoncé une charge de 5 milliards de couronnes suédoises.", []want{{5e9, "SEK", "5 milliards de couronnes suédoises"}}},
	{"fr", "Microsoft versera 19,4 milliards de dollars à Nebius, puis 3 milliards de dollars à Nscale.", []want{{1.94e10, "USD", "19,4 milliards de dollars"}, {3e9, "USD", "3 milliards de dollars"}}},
	{"fr", "Le GB2025 et le GB200 ne sont pas des montants.", nil},
	{"fr", "Trois centres de données et dix milliards d'euros d'investissements.", []want{{1e10, "EUR", "dix milliards d'euros"}}},
	{"fr", "Le fonds mobilise 5 milliards USD pour les centres de données.", []want{{5e9, "USD", "5 milliards USD"}}},
	{"fr", "Le plan prévoit 10 milliards de $ d'ici 2030.", []want{{1e10, "USD", "10 milliards de $"}}},
	{"fr", "La valorisation dépasse 500 milliards €.", []want{{5e11, "EUR", "500 milliards €"}}},

	// Elliptic amounts take the currency given just before in the sentence.
	{"fr", "Le groupe prévoit 70 à 72 milliards de dollars d'investissements cette année, contre 39,2 milliards en 2024.", []want{{7e10, "USD", "70 à 72 milliards de dollars"}, {7.2e10, "USD", "70 à 72 milliards de dollars"}, {3.92e10, "USD", "39,2 milliards"}}},
	{"fr", "Les revenus passeront de 18 milliards de dollars sur l’exercice en cours à 144 milliards dans quatre ans.", []want{{1.8e10, "USD", "18 milliards de dollars"}, {1.44e11, "USD", "144 milliards"}}},
	{"fr", "Alphabet prévoit 75 milliards de dollars cette année. Amazon a dépensé 26,3 milliards au cours du trimestre.", []want{{7.5e10, "USD", "75 milliards de dollars"}, {2.63e10, "USD", "26,3 milliards"}}},
	{"fr", "Un prêt de 22 milliards de dollars, complété par 3 milliards de fonds propres.", []want{{2.2e10, "USD", "22 milliards de dollars"}, {3e9, "USD", "3 milliards"}}},
	{"fr", "Le contrat vaut 3 milliards de dollars, et jusqu'à 7 milliards si les options sont exercées.", []want{{3e9, "USD", "3 milliards de dollars"}, {7e9, "USD", "7 milliards"}}},
	{"fr", "Le modèle compte 27 milliards de dollars de revenus. Il a 70 milliards de paramètres.", []want{{2.7e10, "USD", "27 milliards de dollars"}}},
	{"en", "Revenue was $57 billion.\nThe model has 70 billion parameters trained in 2 billion steps.", []want{{5.7e10, "USD", "$57 billion"}}},
	{"fr", "Nvidia a publié 57 milliards de dollars de revenus. Le groupe vise 500 millions pour la suite.", []want{{5.7e10, "USD", "57 milliards de dollars"}}},
	{"fr", "La société a levé 1,5 milliard de dollars, contre 2,7 milliards espérés.", []want{{1.5e9, "USD", "1,5 milliard de dollars"}, {2.7e9, "USD", "2,7 milliards"}}},
	{"en", "Revenue reached $57 billion, versus 54 billion expected by analysts.", []want{{5.7e10, "USD", "$57 billion"}, {5.4e10, "USD", "54 billion"}}},
	{"fr", "Le contrat atteint 3 milliards d'euros. Il porte sur 2 milliards de paramètres.", []want{{3e9, "EUR", "3 milliards d'euros"}}},
	{"fr", "Un accord de 5 milliards de dollars pour 2 millions de puces.", []want{{5e9, "USD", "5 milliards de dollars"}}},
	{"en", "Revenue reached 57 billion dollars, up from 35 billion a year earlier.", []want{{5.7e10, "USD", "57 billion dollars"}, {3.5e10, "USD", "35 billion"}}},
	{"en", "The $5 billion fund will train 2 million developers.", []want{{5e9, "USD", "$5 billion"}}},

	// English: prefixed signs, abbreviations, ranges, codes.
	{"en", "IREN landed a $9.7 billion, five-year cloud deal from Microsoft.", []want{{9.7e9, "USD", "$9.7 billion"}}},
	{"en", "Nebius struck a $17.4bn deal with Microsoft in September.", []want{{1.74e10, "USD", "$17.4bn"}}},
	{"en", "IREN has committed approximately US$5.8 billion to purchase GPUs from Dell.", []want{{5.8e9, "USD", "US$5.8 billion"}}},
	{"en", "IREN has committed US$ 5.8 billion to purchase GPUs.", []want{{5.8e9, "USD", "US$ 5.8 billion"}}},
	{"en", "The European Commission unveiled a €2 billion fund for AI gigafactories.", []want{{2e9, "EUR", "€2 billion"}}},
	{"en", "Nscale raised £1.5bn from investors led by Aker.", []want{{1.5e9, "GBP", "£1.5bn"}}},
	{"en", "AirTrunk announced an A$3 billion expansion of its Melbourne campus.", []want{{3e9, "AUD", "A$3 billion"}}},
	{"en", "The pension fund made a C$2.4 billion investment in the data-center operator.", []want{{2.4e9, "CAD", "C$2.4 billion"}}},
	{"en", "The Hong Kong group raised HK$10 billion in a share sale.", []want{{1e10, "HKD", "HK$10 billion"}}},
	{"en", "Meta plans to spend as much as $1 trillion on US infrastructure.", []want{{1e12, "USD", "$1 trillion"}}},
	{"en", "The company raised USD 5 billion in green bonds.", []want{{5e9, "USD", "USD 5 billion"}}},
	{"en", "OpenAI will pay 5 billion dollars over the period.", []want{{5e9, "USD", "5 billion dollars"}}},
	{"en", "The start-up is in talks for a $10-15 billion round.", []want{{1e10, "USD", "$10-15 billion"}, {1.5e10, "USD", "$10-15 billion"}}},
	{"en", "Management now targets US$7–9 billion of annual run-rate sales for late 2026.", []want{{7e9, "USD", "US$7–9 billion"}, {9e9, "USD", "US$7–9 billion"}}},
	{"en", "The deal is worth $10 to $15 billion, people familiar said.", []want{{1e10, "USD", "$10 to $15 billion"}, {1.5e10, "USD", "$10 to $15 billion"}}},
	{"en", "The round values the company between $10 billion and $15 billion.", []want{{1e10, "USD", "$10 billion"}, {1.5e10, "USD", "$15 billion"}}},
	{"en", "Officials expect between 10 and 15 billion euros of private money.", []want{{1e10, "EUR", "10 and 15 billion euros"}, {1.5e10, "EUR", "10 and 15 billion euros"}}},
	{"en", "Nvidia will invest up to $100 billion in OpenAI.", []want{{1e11, "USD", "$100 billion"}}},
	{"en", "A trio of deals valued at close to $30B.", []want{{3e10, "USD", "$30B"}}},
	{"en", "Meta Signs $14B Deal With AI Cloud Firm CoreWeave", []want{{1.4e10, "USD", "$14B"}}},
	{"en", "Each warrant converts into one AMD share for $0.01, the filing says.", []want{{0.01, "USD", "$0.01"}}},
	{"en", "At the $600 price target, those shares would be worth $96 billion.", []want{{600, "USD", "$600"}, {9.6e10, "USD", "$96 billion"}}},
	{"en", "Shares of $NVDA rose 4.30% in early trading.", nil},
	{"en", "The $9.7-billion contract runs through 2030.", []want{{9.7e9, "USD", "$9.7-billion"}}},
	{"en", "He said a billion dollars buys fewer GPUs than it used to.", []want{{1e9, "USD", "a billion dollars"}}},
	{"en", "The fund has about 3 billion US dollars under management.", []want{{3e9, "USD", "3 billion US dollars"}}},
	{"en", "The fund has about 3 billion U.S. dollars under management.", []want{{3e9, "USD", "3 billion U.S. dollars"}}},
	{"en", "Samsung will invest 450 trillion won in chips by 2030.", []want{{4.5e14, "KRW", "450 trillion won"}}},
	{"en", "SoftBank's team won 3 awards this year.", nil},
	{"en", "Tokyo approved ¥1.2 trillion in subsidies for Rapidus.", []want{{1.2e12, "JPY", "¥1.2 trillion"}}},
	{"en", "Reliance will spend ₹10,000 crore on the Jamnagar campus.", []want{{1e11, "INR", "₹10,000 crore"}}},
	{"en", "The government approved Rs 1.5 lakh crore of incentives.", []want{{1.5e12, "INR", "Rs 1.5 lakh crore"}}},
	{"en", "Humain secured SAR 40 billion of financing.", []want{{4e10, "SAR", "SAR 40 billion"}}},
	{"en", "G42 raised AED 5bn for the Stargate UAE campus.", []want{{5e9, "AED", "AED 5bn"}}},
	{"en", "Swisscom earmarked CHF 1.2 billion for the facility.", []want{{1.2e9, "CHF", "CHF 1.2 billion"}}},
	{"en", "The start-up raised $500M in a Series C.", []want{{5e8, "USD", "$500M"}}},
	{"en", "It closed a $2.5m seed round last year.", []want{{2.5e6, "USD", "$2.5m"}}},
	{"en", "Engineers there earn about $250k a year.", []want{{2.5e5, "USD", "$250k"}}},
	{"en", "A single rack costs 1,200 dollars per month to colocate.", []want{{1200, "USD", "1,200 dollars"}}},
	{"en", "Each board sells for $1,200,000 in volume.", []want{{1.2e6, "USD", "$1,200,000"}}},
	{"en", "After the rally, Nebius was worth roughly US$27.61 billion on the market.", []want{{2.761e10, "USD", "US$27.61 billion"}}},
	{"en", "The 1.4 GW campus will host 400,000 GPUs by 2027.", nil},
	{"en", "Google ups its stake in TeraWulf to 14%, WULF jumps 13%.", nil},
	{"en", "The council gave five million pounds to the project.", []want{{5e6, "GBP", "five million pounds"}}},
	{"en", "Each server rack weighs about 500 pounds.", nil},
	{"en", "Revenue was $1.36 billion, compared with $583.9 million a year earlier.", []want{{1.36e9, "USD", "$1.36 billion"}, {5.839e8, "USD", "$583.9 million"}}},
	{"en", "Nscale secured £300m of debt.", []want{{3e8, "GBP", "£300m"}}},
	{"en", "Mistral's €4.3bn valuation", []want{{4.3e9, "EUR", "€4.3bn"}}},
	{"en", "a $5 billion USD credit line", []want{{5e9, "USD", "$5 billion USD"}}},
	{"en", "Singtel's S$1 billion investment", []want{{1e9, "SGD", "S$1 billion"}}},
	{"en", "a pledge of 20 billion Saudi riyals", []want{{2e10, "SAR", "20 billion Saudi riyals"}}},
	{"en", "a $3 billion-plus deal", []want{{3e9, "USD", "$3 billion"}}},
	{"en", "Analysts see tens of billions of dollars in sales flowing from the alliance.", nil},
	{"en", "hundreds of millions of dollars", nil},
	{"en", "a loan of 2 trillion yen", []want{{2e12, "JPY", "2 trillion yen"}}},
	{"en", "Beijing pledged 10 billion yuan for compute vouchers.", []want{{1e10, "CNY", "10 billion yuan"}}},
	{"en", "The company spent half a billion dollars on Nvidia chips.", []want{{5e8, "USD", "half a billion dollars"}}},
	{"en", "The dividend is 50 cents a share.", []want{{0.5, "USD", "50 cents"}}},
	{"en", "Galaxy contributed $350 million in equity and acquired the asset for $65 million.", []want{{3.5e8, "USD", "$350 million"}, {6.5e7, "USD", "$65 million"}}},
	{"en", "Total spending with CoreWeave rose to $22.4B after a $6.5B expansion.", []want{{2.24e10, "USD", "$22.4B"}, {6.5e9, "USD", "$6.5B"}}},
	{"en", "The GB2025 benchmark and H1 2026 results were released.", nil},
	{"en", "Qatar's fund committed 10 billion Qatari riyals.", []want{{1e10, "QAR", "10 billion Qatari riyals"}}},
}

// TestFindExactValues checks that scaled decimals are whole units, not the
// nearest product of two doubles (1.36 × 1e9 is 1359999999.9999998).
func TestFindExactValues(t *testing.T) {
	for text, want := range map[string]float64{
		"$1.36 billion": 1360000000, "1,94 milliard de dollars": 1940000000, "US$27.61 billion": 27610000000,
		"$0.01": 0.01, "187,62 dollars": 187.62,
	} {
		lang := "en"
		if strings.Contains(text, ",") {
			lang = "fr"
		}
		got := Find(text, lang)
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("Find(%q) = %+v, want value exactly %v", text, got, want)
		}
	}
}

func TestFind(t *testing.T) {
	for _, c := range findCases {
		got := Find(c.text, c.lang)
		for _, a := range got {
			if a.Start < 0 || a.End > len(c.text) || a.Start > a.End || c.text[a.Start:a.End] != a.Text {
				t.Errorf("Find(%q): bad offsets %+v", c.text, a)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("Find(%q, %s) = %d amounts %+v, want %d %+v", c.text, c.lang, len(got), got, len(c.want), c.want)
			continue
		}
		for k, w := range c.want {
			g := got[k]
			if math.Abs(g.Value-w.v) > 1e-9*math.Max(1, math.Abs(w.v)) || g.Currency != w.cur || g.Text != w.text {
				t.Errorf("Find(%q, %s)[%d] = {%v %s %q}, want {%v %s %q}", c.text, c.lang, k, g.Value, g.Currency, g.Text, w.v, w.cur, w.text)
			}
		}
	}
}
