package graph

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The generator below writes realistic documents for the load benchmark and
// the fault test: French and English articles of about 2 KB naming 5
// companies, 2 GPU models, 2 sites and 3 amounts, with 2 deals each, drawn
// from a pool so that, as in real news, many deals are reported by several
// articles.

var genCompanies = []string{"Microsoft", "Meta", "OpenAI", "Oracle", "Google", "Amazon", "Anthropic", "xAI",
	"CoreWeave", "Nebius", "IREN", "Nscale", "Lambda", "Crusoe", "Fluidstack", "Mistral AI", "Dell Technologies",
	"Supermicro", "HPE", "Lenovo", "Equinix", "Digital Realty", "Applied Digital", "Cipher Mining", "TeraWulf",
	"Core Scientific", "Hut 8", "Galaxy Digital", "Blue Owl", "Brookfield", "BlackRock", "MGX", "SoftBank",
	"Scaleway", "OVHcloud", "Data4", "Sesterce", "Eclairion", "Humain", "G42"}

var genGPUs = []struct{ name, vendor string }{{"GB300", "Nvidia"}, {"GB200", "Nvidia"}, {"H200", "Nvidia"},
	{"H100", "Nvidia"}, {"B200", "Nvidia"}, {"Vera Rubin", "Nvidia"}, {"MI450", "AMD"}, {"MI355X", "AMD"},
	{"TPU v7", "Google"}, {"Trainium2", "Amazon"}, {"Gaudi 3", "Intel"}, {"GB300 NVL72", "Nvidia"}}

var genSites = []struct{ name, region, country string }{{"Childress", "Texas", "US"}, {"Abilene", "Texas", "US"},
	{"Vineland", "New Jersey", "US"}, {"Ellendale", "North Dakota", "US"}, {"Memphis", "Tennessee", "US"},
	{"Narvik", "Nordland", "NO"}, {"Sines", "Setúbal", "PT"}, {"Loughton", "Essex", "GB"},
	{"Bruyères-le-Châtel", "Essonne", "FR"}, {"Fos-sur-Mer", "Bouches-du-Rhône", "FR"},
	{"Kajaani", "Kainuu", "FI"}, {"Abu Dhabi", "Abu Dhabi", "AE"}, {"Dammam", "Eastern Province", "SA"},
	{"Johor", "Johor", "MY"}, {"Quebec City", "Quebec", "CA"}, {"Mäntsälä", "Uusimaa", "FI"}}

var genKinds = []string{newsgraph.KindCapacityContract, newsgraph.KindPurchase, newsgraph.KindInvestment,
	newsgraph.KindLease, newsgraph.KindFinancing}

// genDeal is one deal of the pool, identified by its index.
type genDeal struct {
	buyer, provider string
	gpu             int
	site            int
	kind            string
	amount          float64
	months          int
	count           int
	date            string
}

func poolDeal(i int) genDeal {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	b := r.IntN(len(genCompanies))
	p := (b + 1 + r.IntN(len(genCompanies)-1)) % len(genCompanies)
	return genDeal{
		buyer: genCompanies[b], provider: genCompanies[p],
		gpu: r.IntN(len(genGPUs)), site: r.IntN(len(genSites)),
		kind:   genKinds[r.IntN(len(genKinds))],
		amount: float64(1+r.IntN(400)) * 1e8, months: 12 * (1 + r.IntN(6)), count: 1000 * (1 + r.IntN(200)),
		date: fmt.Sprintf("20%02d-%02d-%02d", 24+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28)),
	}
}

// textBuilder appends text and records where each mention lands.
type textBuilder struct {
	b strings.Builder
}

func (t *textBuilder) add(s string) newsgraph.Mention {
	start := t.b.Len()
	t.b.WriteString(s)
	return newsgraph.Mention{Start: start, End: t.b.Len(), Text: s}
}

func (t *textBuilder) words(s string) { t.b.WriteString(s) }

// genDocs returns n documents; the same n and seed give the same documents.
func genDocs(n int, seed uint64) []newsgraph.Document {
	r := rand.New(rand.NewPCG(seed, 11))
	pool := max(1, n*3/4)
	docs := make([]newsgraph.Document, n)
	for i := range docs {
		docs[i] = genDoc(r, i, seed, pool)
	}
	return docs
}

func genDoc(r *rand.Rand, i int, seed uint64, pool int) newsgraph.Document {
	fr := i%2 == 1
	deals := []genDeal{poolDeal(r.IntN(pool)), poolDeal(r.IntN(pool))}
	doc := newsgraph.Document{
		Source:    fmt.Sprintf("gen/%d/%d.html", seed, i),
		URL:       newsgraph.NullString(fmt.Sprintf("https://news.example.com/%d/article-%d", seed, i)),
		Title:     newsgraph.NullString(fmt.Sprintf("%s and %s sign an AI infrastructure deal", deals[0].buyer, deals[0].provider)),
		SiteName:  "Example News",
		Published: newsgraph.NullString(deals[0].date),
		Language:  "en",
	}
	if fr {
		doc.Language = "fr"
	}
	companies := map[string]*newsgraph.Company{}
	var companyOrder []string
	mentionCompany := func(t *textBuilder, name string) {
		c, ok := companies[name]
		if !ok {
			c = &newsgraph.Company{Name: name}
			companies[name] = c
			companyOrder = append(companyOrder, name)
		}
		c.Mentions = append(c.Mentions, t.add(name))
	}
	var t textBuilder
	for k, d := range deals {
		g, s := genGPUs[d.gpu], genSites[d.site]
		sentence := t.b.Len()
		mentionCompany(&t, d.buyer)
		var amountText string
		if fr {
			t.words(" a signé avec ")
			mentionCompany(&t, d.provider)
			t.words(" un accord de ")
			amountText = strings.Replace(fmt.Sprintf("%.1f milliards de dollars", d.amount/1e9), ".", ",", 1)
		} else {
			t.words(" signed an agreement with ")
			mentionCompany(&t, d.provider)
			t.words(" worth ")
			amountText = fmt.Sprintf("$%.1f billion", d.amount/1e9)
		}
		am := t.add(amountText)
		doc.Amounts = append(doc.Amounts, newsgraph.Amount{Value: d.amount, Currency: "USD", Text: am.Text, Start: am.Start, End: am.End})
		if fr {
			t.words(" pour des serveurs ")
		} else {
			t.words(" for servers built on ")
		}
		gm := t.add(g.name)
		if fr {
			t.words(" installés à ")
		} else {
			t.words(" to be installed in ")
		}
		sm := t.add(s.name)
		t.words(". ")
		end := t.b.Len() - 1
		doc.GPUModels = append(doc.GPUModels, newsgraph.GPUModel{Name: g.name, Vendor: g.vendor, Mentions: []newsgraph.Mention{gm}})
		doc.Sites = append(doc.Sites, newsgraph.Site{Name: s.name, Region: s.region, Country: s.country, Mentions: []newsgraph.Mention{sm}})
		usd := d.amount
		months, count := d.months, d.count
		role := map[string][2]string{
			newsgraph.KindInvestment: {newsgraph.RoleInvestor, newsgraph.RoleInvestee},
			newsgraph.KindFinancing:  {newsgraph.RoleLender, newsgraph.RoleBorrower},
			newsgraph.KindLease:      {newsgraph.RoleLessee, newsgraph.RoleLessor},
		}[d.kind]
		if role[0] == "" {
			role = [2]string{newsgraph.RoleBuyer, newsgraph.RoleProvider}
		}
		doc.Deals = append(doc.Deals, newsgraph.Deal{
			Parties:   []newsgraph.Party{{Name: d.buyer, Role: role[0]}, {Name: d.provider, Role: role[1]}},
			Kind:      d.kind,
			Amount:    &newsgraph.Money{Value: d.amount, Currency: "USD"},
			AmountUSD: &usd, DurationMonths: &months, GPUModels: []string{g.name}, GPUCount: &count,
			Sites: []string{s.name}, Date: newsgraph.NullString(d.date),
			Evidence:   []newsgraph.Span{{Start: sentence, End: end}},
			Confidence: 0.5 + float64(k)/10,
		})
	}
	extra := genCompanies[r.IntN(len(genCompanies))]
	for len(companyOrder) < 5 {
		if _, ok := companies[extra]; !ok {
			if fr {
				t.words("Selon les analystes, ")
			} else {
				t.words("According to analysts, ")
			}
			mentionCompany(&t, extra)
			if fr {
				t.words(" prépare une opération comparable. ")
			} else {
				t.words(" is preparing a similar move. ")
			}
		}
		extra = genCompanies[r.IntN(len(genCompanies))]
	}
	v := float64(1+r.IntN(90)) * 1e8
	var am newsgraph.Mention
	if fr {
		t.words("Le marché des centres de données a représenté ")
		am = t.add(strings.Replace(fmt.Sprintf("%.1f milliards d'euros", v/1e9), ".", ",", 1))
		t.words(" d'investissements le trimestre dernier. ")
	} else {
		t.words("Data-center investment reached ")
		am = t.add(fmt.Sprintf("€%.1f billion", v/1e9))
		t.words(" last quarter. ")
	}
	doc.Amounts = append(doc.Amounts, newsgraph.Amount{Value: v, Currency: "EUR", Text: am.Text, Start: am.Start, End: am.End})
	filler := "The companies did not disclose further financial terms, and analysts expect more capacity announcements as demand for training and inference keeps growing across cloud providers and model developers. "
	if fr {
		filler = "Les entreprises n'ont pas communiqué d'autres conditions financières, et les analystes s'attendent à de nouvelles annonces de capacité tant la demande d'entraînement et d'inférence continue de croître. "
	}
	for t.b.Len() < 1800 {
		t.words(filler)
	}
	doc.Text = t.b.String()
	for _, name := range companyOrder {
		doc.Companies = append(doc.Companies, *companies[name])
	}
	return doc
}
