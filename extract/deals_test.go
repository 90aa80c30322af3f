package extract

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// testExtractor loads the gazetteer once for all tests of the package.
var testExtractor = sync.OnceValues(New)

func extractText(t testing.TB, txt, lang, published string) *newsgraph.Document {
	t.Helper()
	ex, err := testExtractor()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	doc := &newsgraph.Document{Source: "test.txt", Language: lang, Text: txt, Published: newsgraph.NullString(published)}
	if err := ex.Extract(context.Background(), doc); err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return doc
}

// wantDeal is what a test expects of one deal; zero fields are not checked.
type wantDeal struct {
	parties string // sorted, joined by "+"
	kind    string
	roles   map[string]string
	amount  float64 // -1: no amount
	months  int
	power   float64
	count   int
	gpus    []string
}

func partyKey(d newsgraph.Deal) string {
	var ns []string
	for _, p := range d.Parties {
		ns = append(ns, p.Name)
	}
	sort.Strings(ns)
	return strings.Join(ns, "+")
}

func TestDeals(t *testing.T) {
	tests := []dealCase{
		{"en capacity contract with amount", "en",
			"Anthropic signed a $30 billion agreement with Microsoft to buy Azure compute capacity.",
			[]wantDeal{{parties: "Anthropic+Microsoft", kind: kindCapacity, amount: 30e9}}},
		{"en provider gives capacity", "en",
			"Oracle will provide OpenAI with 4.5 gigawatts of data center capacity under a new contract.",
			[]wantDeal{{parties: "OpenAI+Oracle", kind: kindCapacity, power: 4500, roles: map[string]string{"Oracle": "provider", "OpenAI": "buyer"}}}},
		{"en investment in", "en",
			"Nvidia agreed to invest up to $5 billion in Intel as part of a chip collaboration.",
			[]wantDeal{{parties: "Intel+Nvidia", kind: kindInvestment, amount: 5e9, roles: map[string]string{"Nvidia": "investor", "Intel": "investee"}}}},
		{"en acquisition", "en",
			"CoreWeave acquired Core Scientific in an all-stock transaction valued at $9 billion.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9, roles: map[string]string{"CoreWeave": "acquirer", "Core Scientific": "target"}}}},
		{"en loan from lender", "en",
			"Crusoe obtained a $750 million loan from Brookfield to build its Wyoming campus.",
			[]wantDeal{{parties: "Brookfield+Crusoe", kind: kindFinancing, amount: 750e6}}},
		{"en chip maker is not a party of a cloud contract", "en",
			"Lambda signed a multibillion-dollar contract with Microsoft to deploy tens of thousands of Nvidia GB300 GPUs.",
			[]wantDeal{{parties: "Lambda+Microsoft", gpus: []string{"GB300"}}}},
		{"en quarterly results are no deal", "en",
			"Nvidia reported revenue of $57 billion for the quarter, up 62% from a year earlier.", nil},
		{"en two companies without a trigger", "en",
			"Microsoft and Google are both racing to build more data centers in Europe.", nil},
		{"en referring sentence adds the amount", "en",
			"Nebius signed a five-year contract with Meta to supply AI infrastructure. The deal is worth about $3 billion.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9, months: 60}}},
		{"en lease of capacity", "en",
			"Meta has leased 200 MW of data center capacity from Digital Realty in Northern Virginia.",
			[]wantDeal{{parties: "Digital Realty+Meta", kind: kindLease, power: 200, roles: map[string]string{"Meta": "lessee", "Digital Realty": "lessor"}}}},
		{"en spending on a maker's chips is a purchase from it", "en",
			"xAI plans to spend $18 billion on Nvidia's GB200 chips for its Memphis supercomputer.",
			[]wantDeal{{parties: "Nvidia+xAI", kind: kindPurchase, amount: 18e9, gpus: []string{"GB200"}, roles: map[string]string{"xAI": "buyer", "Nvidia": "seller"}}}},
		{"en partnership", "en",
			"Mistral AI and Nvidia announced a partnership to build a sovereign AI cloud in France.",
			[]wantDeal{{parties: "Mistral AI+Nvidia", kind: kindPartnership}}},
		{"en pronoun continues the deal", "en",
			"Amazon Web Services signed a $38 billion deal with OpenAI. It gives OpenAI access to hundreds of thousands of Nvidia GB200 chips.",
			[]wantDeal{{parties: "Amazon Web Services+OpenAI", amount: 38e9, gpus: []string{"GB200"}}}},
		{"en two clauses, two deals", "en",
			"Oracle would buy the chips from Nvidia and lease the computing power to OpenAI.",
			[]wantDeal{{parties: "Nvidia+Oracle", kind: kindPurchase}, {parties: "OpenAI+Oracle", kind: kindLease, roles: map[string]string{"Oracle": "lessor", "OpenAI": "lessee"}}}},
		{"en rival is not a party", "en",
			"OpenAI agreed to buy chips from AMD, a company that competes with Nvidia.",
			[]wantDeal{{parties: "AMD+OpenAI", kind: kindPurchase}}},
		{"en outlet is not a party", "en",
			"Microsoft signed a $10 billion deal with Lambda, Reuters reported.",
			[]wantDeal{{parties: "Lambda+Microsoft", amount: 10e9}}},
		{"en stakes in several companies", "en",
			"Nvidia already holds stakes in CoreWeave, Nscale and Crusoe.",
			[]wantDeal{{parties: "CoreWeave+Nvidia", kind: kindInvestment}, {parties: "Nscale+Nvidia", kind: kindInvestment}, {parties: "Crusoe+Nvidia", kind: kindInvestment}}},
		{"en the two firms borrow from a named lender", "en",
			"Crusoe and Blue Owl Capital own the Abilene campus. The two firms raised $2.3 billion in debt led by JPMorgan.",
			[]wantDeal{{parties: "Blue Owl Capital+Crusoe+JPMorgan", kind: kindFinancing, amount: 2.3e9, roles: map[string]string{"JPMorgan": "lender"}}}},
		{"en a new total is not the deal's size", "en",
			"Fluidstack signed a lease with Cipher Mining for 168 MW at Barber Lake. The expansion later brought the contracted load to 244 MW.",
			[]wantDeal{{parties: "Cipher Mining+Fluidstack", kind: kindLease, power: 168}}},
		{"en this Meta deal follows another agreement", "en",
			"Nebius signed a $3 billion contract with Meta. This Meta deal follows Nebius' $17.4 billion agreement with Microsoft.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9}, {parties: "Microsoft+Nebius", amount: 17.4e9}}},
		{"en unnamed customers and rivals are no counterparty", "en",
			"Microsoft runs Azure. Microsoft sells cloud services. Oracle, which competes with Amazon and Microsoft in cloud computing, said it had signed contracts worth $65 billion with four customers.", nil},
		{"en capital expenditure of several companies", "en",
			"Analysts at Morgan Stanley said Microsoft, Amazon and Alphabet will spend more than $400 billion on data centers next year.", nil},
		{"en three partners named together", "en",
			"Separately, OpenAI, Nscale and Nvidia unveiled Stargate UK, a partnership to deploy up to 8,000 GPUs.",
			[]wantDeal{{parties: "Nscale+Nvidia+OpenAI", kind: kindPartnership}}},
		{"en plural deals with a list, subject named before", "en",
			"Nvidia has become the world's most valuable company. Its biggest customers, Microsoft, Meta and Amazon, will spend $400 billion on data centers. The chipmaker has struck deals with OpenAI, Intel and Nokia in recent weeks.",
			[]wantDeal{{parties: "Nvidia+OpenAI"}, {parties: "Intel+Nvidia"}, {parties: "Nokia+Nvidia"}}},
		{"en a later sentence settles the roles", "en",
			"Nebius Signs $17.4 Billion Deal With Microsoft\nNebius will supply Microsoft with dedicated GPU capacity under a five-year agreement.",
			[]wantDeal{{parties: "Microsoft+Nebius", amount: 17.4e9, months: 60, roles: map[string]string{"Nebius": "provider", "Microsoft": "buyer"}}}},
		{"en programme name is no partnership", "en",
			"Nvidia and xAI are also members of the AI Infrastructure Partnership.", nil},
		{"en gapped co-investor with an approximate figure", "en",
			"Amazon has invested $8 billion in Anthropic and Google about $3 billion.",
			[]wantDeal{{parties: "Amazon+Anthropic", kind: kindInvestment, amount: 8e9}, {parties: "Anthropic+Google", kind: kindInvestment, amount: 3e9, roles: map[string]string{"Google": "investor"}}}},
		{"en market moves are no deal", "en",
			"Shares of AMD and Nvidia fell about 2% in extended trading.", nil},
		{"en buying a company is a takeover", "en",
			"Last year AMD agreed to buy server maker ZT Systems for $4.9 billion.",
			[]wantDeal{{parties: "AMD+ZT Systems", kind: kindAcquisition, amount: 4.9e9, roles: map[string]string{"AMD": "acquirer", "ZT Systems": "target"}}}},
		{"en backer in apposition, subject by anaphor", "en",
			"CoreWeave to acquire Core Scientific for $9 billion\nThe company, backed by Nvidia, signed an $11.9 billion contract with OpenAI this month.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9}, {parties: "CoreWeave+OpenAI", amount: 11.9e9}}},
		{"fr actionnaire en apposition", "fr",
			"Le fonds MGX, actionnaire de G42, financera une partie des travaux.", nil},
		{"en passive verb acts on the nearest name", "en",
			"Nvidia and AMD supply the chips for Oracle's data centers, which are partly financed by JPMorgan.",
			[]wantDeal{{parties: "JPMorgan+Oracle", kind: kindFinancing, roles: map[string]string{"JPMorgan": "lender", "Oracle": "borrower"}}}},
		{"en funding round with its investors", "en",
			"Nscale raised $1.1 billion in September in a round led by Aker, with Nvidia and Dell participating.",
			[]wantDeal{{parties: "Aker+Dell Technologies+Nscale+Nvidia", kind: kindInvestment, amount: 1.1e9, roles: map[string]string{"Nscale": "investee", "Aker": "investor"}}}},
		{"fr investisseurs d'un tour sans la société", "fr",
			"Nvidia, Bpifrance et plusieurs fonds ont également participé au tour de table.", nil},
		{"en rumour without parties", "en",
			"A deal could be signed as soon as next week, people familiar with the matter said.", nil},
		{"fr contrat avec montant", "fr",
			"Pour cinq ans et 9,7 milliards de dollars, Microsoft a signé un contrat avec IREN.",
			[]wantDeal{{parties: "IREN+Microsoft", amount: 9.7e9, months: 60}}},
		{"fr achat de puces d'un fabricant", "fr",
			"Scaleway va acheter 5 000 GPU Nvidia H100 pour son cloud.",
			[]wantDeal{{parties: "Nvidia+Scaleway", kind: kindPurchase, count: 5000, gpus: []string{"H100"}}}},
		{"fr investissement dans", "fr",
			"Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI.",
			[]wantDeal{{parties: "Nvidia+OpenAI", kind: kindInvestment, amount: 100e9, roles: map[string]string{"Nvidia": "investor"}}}},
		{"fr prise de participation", "fr",
			"Le fonds MGX a pris une participation dans Mistral AI.",
			[]wantDeal{{parties: "MGX+Mistral AI", kind: kindInvestment}}},
		{"fr location auprès de", "fr",
			"OpenAI louera de la capacité de calcul auprès d'Oracle pendant cinq ans.",
			[]wantDeal{{parties: "OpenAI+Oracle", kind: kindLease, roles: map[string]string{"Oracle": "lessor", "OpenAI": "lessee"}}}},
		{"fr phrase de rappel", "fr",
			"Nebius a conclu un accord avec Microsoft pour fournir de la capacité de calcul. Le contrat porte sur 17,4 milliards de dollars sur cinq ans.",
			[]wantDeal{{parties: "Microsoft+Nebius", amount: 17.4e9, months: 60}}},
		{"fr fourniture de puces", "fr",
			"AMD fournira des puces MI450 à OpenAI dans le cadre d'un accord pluriannuel.",
			[]wantDeal{{parties: "AMD+OpenAI", kind: kindPurchase, gpus: []string{"MI450"}, roles: map[string]string{"AMD": "seller", "OpenAI": "buyer"}}}},
		{"fr résultats trimestriels", "fr",
			"Nvidia a publié un chiffre d'affaires de 57 milliards de dollars au troisième trimestre.", nil},
		{"fr projet d'une seule entreprise", "fr",
			"Amazon prévoit d'investir 15 milliards d'euros dans ses centres de données en France.", nil},
		{"fr partenariat", "fr",
			"Orange et Mistral AI ont signé un partenariat pour déployer des modèles d'IA en Europe.",
			[]wantDeal{{parties: "Mistral AI+Orange", kind: kindPartnership}}},
		{"fr rachat", "fr",
			"CoreWeave a racheté Core Scientific pour environ 9 milliards de dollars.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition, amount: 9e9}}},
		{"fr co-investisseur elliptique", "fr",
			"En contrepartie, Nvidia investira jusqu'à 10 milliards de dollars dans Anthropic et Microsoft jusqu'à 5 milliards de dollars.",
			[]wantDeal{{parties: "Anthropic+Nvidia", kind: kindInvestment, amount: 10e9}, {parties: "Anthropic+Microsoft", amount: 5e9}}},
		{"fr rachat introduit par l'article défini", "fr",
			"Les actionnaires de Core Scientific ont voté contre le rachat de l'hébergeur par CoreWeave.",
			[]wantDeal{{parties: "Core Scientific+CoreWeave", kind: kindAcquisition}}},
		{"fr plan d'investissement d'une start-up", "fr",
			"Le canadien Brookfield a détaillé un programme de 20 milliards d'euros. La start-up britannique Fluidstack prévoit, elle, un premier investissement de 10 milliards d'euros.", nil},
		{"fr consortium qui rachète auprès d'un vendeur", "fr",
			"Un consortium réunissant BlackRock, le fonds GIP, MGX et Microsoft a accepté de racheter l'opérateur texan Aligned Data Centers auprès de Macquarie Asset Management pour environ 40 milliards de dollars.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+Global Infrastructure Partners+MGX+Microsoft", kind: kindAcquisition, amount: 40e9,
				roles: map[string]string{"BlackRock": "acquirer", "Microsoft": "acquirer", "Aligned Data Centers": "target"}}}},
		{"fr contrats avec des clients nommés", "fr",
			"Mistral AI a dévoilé sa plateforme de cloud. Le groupe a déjà signé des contrats avec plusieurs clients, dont la SNCF et Veolia.",
			[]wantDeal{{parties: "Mistral AI+SNCF"}, {parties: "Mistral AI+Veolia"}}},
		{"fr financement bancaire, actionnaire en apposition", "fr",
			"L'opérateur français Data4, propriété du fonds canadien Brookfield, a obtenu un financement bancaire de 1,8 milliard d'euros auprès d'un pool de banques mené par BNP Paribas et Société Générale.",
			[]wantDeal{{parties: "BNP Paribas+Data4+Société Générale", kind: kindFinancing, amount: 1.8e9,
				roles: map[string]string{"Data4": "borrower", "BNP Paribas": "lender", "Société Générale": "lender"}}}},
		{"fr discussions ne sont pas un accord", "fr",
			"Selon la presse, Amazon Web Services serait en discussion avec Data4 pour louer des capacités.", nil},
		{"fr rumeur attribuée au conditionnel", "fr",
			"Selon Bloomberg, Google pourrait investir dans Anthropic à hauteur de plusieurs dizaines de milliards de dollars.", nil},
		{"fr pronom sujet après un complément", "fr",
			"Le titre Nvidia gagne 2 % à Wall Street. Après OpenAI, il a investi dans Nscale et Mistral AI.",
			[]wantDeal{{parties: "Nscale+Nvidia", kind: kindInvestment}, {parties: "Mistral AI+Nvidia", kind: kindInvestment}}},
		{"fr alliance pour un rachat", "fr",
			"Nvidia, Microsoft et xAI s'associent à BlackRock pour racheter Aligned Data Centers.",
			[]wantDeal{{parties: "Aligned Data Centers+BlackRock+Microsoft+Nvidia+xAI", kind: kindAcquisition}}},
		{"fr rumeur sans parties", "fr",
			"Selon Bloomberg, un accord pourrait être signé la semaine prochaine.", nil},
		{"fr bail à un locataire", "fr",
			"Applied Digital loue 250 MW à CoreWeave sur son campus d'Ellendale.",
			[]wantDeal{{parties: "Applied Digital+CoreWeave", kind: kindLease, power: 250, roles: map[string]string{"Applied Digital": "lessor", "CoreWeave": "lessee"}}}},
		{"fr prêt accordé", "fr",
			"JPMorgan a accordé un prêt de 2,3 milliards de dollars à Crusoe.",
			[]wantDeal{{parties: "Crusoe+JPMorgan", kind: kindFinancing, amount: 2.3e9, roles: map[string]string{"JPMorgan": "lender", "Crusoe": "borrower"}}}},
		{"fr elle renvoie à l'entreprise", "fr",
			"Nebius fournira pour 3 milliards de dollars de capacité à Meta. Elle avait conclu plus tôt avec Microsoft un accord de 17,4 milliards de dollars.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 3e9}, {parties: "Microsoft+Nebius", amount: 17.4e9}}},
		{"fr montant supplémentaire du même accord", "fr",
			"Meta a conclu un accord de 27 milliards de dollars avec Nebius. En échange, Meta s'engage à acheter 15 milliards de dollars supplémentaires de capacité.",
			[]wantDeal{{parties: "Meta+Nebius", amount: 27e9}}},
	}
	runDealCases(t, tests)
}

// dealCase is a text and the deals expected from it, in order.
type dealCase struct {
	name, lang, text string
	want             []wantDeal
}

// runDealCases extracts each case's text (published 2025-11-03) and checks
// its deals' party sets in order, then each deal's attributes.
func runDealCases(t *testing.T, tests []dealCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractText(t, tc.text, tc.lang, "2025-11-03")
			var got []string
			for _, d := range doc.Deals {
				got = append(got, partyKey(d))
			}
			var want []string
			for _, w := range tc.want {
				want = append(want, w.parties)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("deals = %q, want %q\ncompanies: %v", got, want, companyNames(doc))
			}
			for i, w := range tc.want {
				checkDeal(t, doc.Deals[i], w)
			}
		})
	}
}

func companyNames(doc *newsgraph.Document) []string {
	var out []string
	for _, c := range doc.Companies {
		out = append(out, c.Name)
	}
	return out
}

func checkDeal(t *testing.T, d newsgraph.Deal, w wantDeal) {
	t.Helper()
	if w.kind != "" && d.Kind != w.kind {
		t.Errorf("%s: kind = %s, want %s", w.parties, d.Kind, w.kind)
	}
	for name, role := range w.roles {
		for _, p := range d.Parties {
			if p.Name == name && p.Role != role {
				t.Errorf("%s: role of %s = %s, want %s", w.parties, name, p.Role, role)
			}
		}
	}
	if w.amount < 0 && d.Amount != nil {
		t.Errorf("%s: amount = %+v, want none", w.parties, d.Amount)
	}
	if w.amount > 0 && (d.Amount == nil || math.Abs(d.Amount.Value-w.amount) > 0.01*w.amount) {
		t.Errorf("%s: amount = %+v, want %g", w.parties, d.Amount, w.amount)
	}
	if w.months != 0 && (d.DurationMonths == nil || *d.DurationMonths != w.months) {
		t.Errorf("%s: duration = %v, want %d", w.parties, ptrString(d.DurationMonths), w.months)
	}
	if w.power != 0 && (d.PowerMW == nil || math.Abs(*d.PowerMW-w.power) > 0.01*w.power) {
		t.Errorf("%s: power = %v, want %g", w.parties, ptrString(d.PowerMW), w.power)
	}
	if w.count != 0 && (d.GPUCount == nil || *d.GPUCount != w.count) {
		t.Errorf("%s: gpu count = %v, want %d", w.parties, ptrString(d.GPUCount), w.count)
	}
	for _, g := range w.gpus {
		if !slices.Contains(d.GPUModels, g) {
			t.Errorf("%s: gpu models = %v, want %s", w.parties, d.GPUModels, g)
		}
	}
	if len(d.Evidence) == 0 {
		t.Errorf("%s: no evidence", w.parties)
	}
}

func ptrString[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}
