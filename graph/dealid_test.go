package graph

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func ptr[T any](v T) *T { return &v }

func TestDealID(t *testing.T) {
	// Microsoft–IREN as an English and a French article report it.
	en := newsgraph.Deal{
		Parties:   []newsgraph.Party{{Name: "Microsoft", Role: "buyer"}, {Name: "IREN", Role: "provider"}},
		Kind:      newsgraph.KindCapacityContract,
		Amount:    &newsgraph.Money{Value: 9.7e9, Currency: "USD"},
		AmountUSD: ptr(9.7e9),
		Date:      "2025-11-03",
	}
	fr := newsgraph.Deal{
		Parties:   []newsgraph.Party{{Name: "IREN", Role: "provider"}, {Name: "microsoft", Role: "lessee"}},
		Kind:      newsgraph.KindLease,
		Amount:    &newsgraph.Money{Value: 9.72e9, Currency: "USD"},
		AmountUSD: ptr(9.72e9),
	}
	noAmount := func(kind, date string, parties ...string) newsgraph.Deal {
		d := newsgraph.Deal{Kind: kind, Date: newsgraph.NullString(date)}
		for _, p := range parties {
			d.Parties = append(d.Parties, newsgraph.Party{Name: p})
		}
		return d
	}
	eur := newsgraph.Deal{
		Parties: []newsgraph.Party{{Name: "ASML"}, {Name: "Mistral AI"}},
		Kind:    newsgraph.KindInvestment,
		Amount:  &newsgraph.Money{Value: 1.3e9, Currency: "EUR"},
	}
	eurConverted := eur
	eurConverted.AmountUSD = ptr(1.525e9)

	tests := []struct {
		name       string
		a, b       newsgraph.Deal
		pubA, pubB string
		same       bool
	}{
		{"FR and EN report of one deal", en, fr, "2025-11-03", "2025-11-04", true},
		{"amount differs beyond rounding", en, func() newsgraph.Deal { d := en; d.AmountUSD = ptr(5.8e9); return d }(), "", "", false},
		{"other parties", en, func() newsgraph.Deal {
			d := en
			d.Parties = []newsgraph.Party{{Name: "Microsoft"}, {Name: "Nebius"}}
			return d
		}(), "", "", false},
		{"investment is not a purchase", en, func() newsgraph.Deal { d := en; d.Kind = newsgraph.KindInvestment; return d }(), "", "", false},
		{"no amount: same month", noAmount(newsgraph.KindPurchase, "2025-10-06", "OpenAI", "AMD"),
			noAmount(newsgraph.KindPartnership, "", "AMD", "OpenAI"), "", "2025-10-07", true},
		{"no amount: other month", noAmount(newsgraph.KindPurchase, "2025-10-06", "OpenAI", "AMD"),
			noAmount(newsgraph.KindPurchase, "2026-01", "OpenAI", "AMD"), "", "", false},
		{"USD conversion is preferred to the currency", eurConverted, func() newsgraph.Deal {
			d := eurConverted
			d.Amount = &newsgraph.Money{Value: 1.52e9, Currency: "USD"}
			return d
		}(), "", "", true},
		{"unconverted amounts keep their currency", eur, func() newsgraph.Deal {
			d := eur
			d.Amount = &newsgraph.Money{Value: 1.3e9, Currency: "GBP"}
			return d
		}(), "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := DealID(tt.a, tt.pubA), DealID(tt.b, tt.pubB)
			if (a == b) != tt.same {
				t.Errorf("DealID = %s and %s, want same=%v", a, b, tt.same)
			}
		})
	}
}

func TestRoundSignificant(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{9.7e9, 9.7e9}, {9.72e9, 9.7e9}, {14.2e9, 14e9}, {17.4e9, 17e9}, {1.525e9, 1.5e9}, {0, 0}, {999, 1000},
	} {
		if got := roundSignificant(tt.in); got != tt.want {
			t.Errorf("roundSignificant(%g) = %g, want %g", tt.in, got, tt.want)
		}
	}
}
