package extract

import (
	"slices"
	"testing"
)

// TestDealConstructions covers constructions that name a party without its
// name (descriptions, pronouns), deals of three or more parties, and
// investment, hosting and joint-building wording.
func TestDealConstructions(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []wantDeal
	}{
		{"en description with a product", "en",
			"Meta is building a campus in Louisiana. Last month the Facebook owner signed a six-year cloud agreement with Google worth $10 billion.",
			[]wantDeal{{parties: "Google+Meta", amount: 10e9, months: 72}}},
		{"fr description par le siège", "fr",
			"CoreWeave dépend fortement de Microsoft. Pour réduire cette dépendance, la société du New Jersey a signé avec OpenAI un contrat de 11,9 milliards de dollars sur cinq ans.",
			[]wantDeal{{parties: "CoreWeave+OpenAI", amount: 11.9e9, months: 60}}},
		{"fr apposition décrit le nom", "fr",
			"Talen Energy, l'exploitant de la centrale, a signé un contrat avec Amazon.",
			[]wantDeal{{parties: "Amazon+Talen Energy"}}},
	}
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
