package eval

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestNormalisers(t *testing.T) {
	for _, tc := range []struct {
		f        func(string) string
		in, want string
	}{
		{normCompany, "The Microsoft Corp.", "microsoft"},
		{normCompany, "Alice & Bob", "alice and bob"},
		{normCompany, "Caisse des dépôts", "caisse des depots"},
		{normCompany, "Holding", "holding"},
		{normGPU, "Nvidia GB300 NVL72", "GB300"},
		{normGPU, "Grace Blackwell", "GB200"},
		{normGPU, "AMD Instinct MI450", "MI450"},
		{normGPU, "TPU Ironwood", "TPUV7"},
		{normSite, "Childress, Texas", "childress"},
		{normSite, "États-Unis", "united states"},
		{normSite, "U.S.", "united states"},
	} {
		if got := tc.f(tc.in); got != tc.want {
			t.Errorf("%q → %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestScoreDeals(t *testing.T) {
	g := Record{ID: "x", Lang: "en", Gold: Gold{
		Companies: Names{Required: []string{"Microsoft", "IREN"}},
		Aliases:   map[string][]string{"Microsoft": {"MSFT"}},
		Deals: []GoldDeal{{Parties: []string{"Microsoft", "IREN"}, Amount: &newsgraph.Money{Value: 9.7e9, Currency: "USD"}},
			{Parties: []string{"Microsoft", "Nscale"}}},
		DealsOptional: []GoldDeal{{Parties: []string{"Microsoft", "Nvidia"}}},
	}}
	amount := &newsgraph.Money{Value: 9.71e9, Currency: "USD"}
	p := &newsgraph.Document{Language: "en", Companies: []newsgraph.Company{{Name: "MSFT"}, {Name: "IREN"}, {Name: "Dell"}},
		Deals: []newsgraph.Deal{
			{Parties: []newsgraph.Party{{Name: "IREN"}, {Name: "MSFT"}}, Amount: amount},
			{Parties: []newsgraph.Party{{Name: "Microsoft"}, {Name: "IREN"}}},   // repeat of a gold deal: ignored
			{Parties: []newsgraph.Party{{Name: "Microsoft"}, {Name: "Nvidia"}}}, // optional: ignored
			{Parties: []newsgraph.Party{{Name: "Oracle"}, {Name: "OpenAI"}}},    // false positive
		}}
	res := Score([]Record{g}, map[string]*newsgraph.Document{"x": p})
	if c := *res.Counts["companies"]; c != (Counts{TP: 2, FP: 1}) {
		t.Errorf("companies %+v", c)
	}
	if c := *res.Counts["deals"]; c != (Counts{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("deals %+v", c)
	}
	if a := res.Attributes["amount"]; a != (Accuracy{Correct: 1, N: 1}) {
		t.Errorf("amount accuracy %+v", a)
	}
	if id := ID("pages/fr-iren-microsoft-seed.txt"); id != "fr-iren-microsoft-seed" {
		t.Errorf("ID = %q", id)
	}
}
