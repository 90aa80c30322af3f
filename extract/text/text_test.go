package text

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []string
	}{
		{"en abbreviations", "en",
			"Dr. Lisa Su said AMD Inc. will ship the MI450 in the U.S. next year. Shares rose 9.7% to $0.01 above.",
			[]string{"Dr. Lisa Su said AMD Inc. will ship the MI450 in the U.S. next year.", "Shares rose 9.7% to $0.01 above."}},
		{"en suffix before an opener ends the sentence", "en",
			"The buyer was Acme Corp. The seller was Globex Inc. It closed on Monday.",
			[]string{"The buyer was Acme Corp.", "The seller was Globex Inc.", "It closed on Monday."}},
		{"en initials", "en",
			"Jensen H. Huang spoke. No. 1 in AI is Nvidia.",
			[]string{"Jensen H. Huang spoke.", "No. 1 in AI is Nvidia."}},
		{"en dotted initials in a name", "en",
			"Entergy supplies power, and J.P. Morgan and Goldman Sachs will arrange the loans. The work starts in 2026.",
			[]string{"Entergy supplies power, and J.P. Morgan and Goldman Sachs will arrange the loans.", "The work starts in 2026."}},
		{"fr civilities and decimal comma", "fr",
			"M. Macron et Mme Borne ont salué l'accord de 9,7 milliards. Il a été signé lundi.",
			[]string{"M. Macron et Mme Borne ont salué l'accord de 9,7 milliards.", "Il a été signé lundi."}},
		{"fr guillemets and narrow spaces", "fr",
			"« C'est une étape décisive\u202f! » a déclaré M. Mensch. La suite est prévue en 2026.",
			[]string{"« C'est une étape décisive\u202f! » a déclaré M. Mensch.", "La suite est prévue en 2026."}},
		{"quote closes the sentence", "en",
			"He said: \"We loved it.\" Then he left.",
			[]string{"He said: \"We loved it.\"", "Then he left."}},
		{"paragraph break always ends", "en",
			"A headline without a stop\n\nThe body starts here. And goes on",
			[]string{"A headline without a stop", "The body starts here.", "And goes on"}},
		{"line break before a capital ends a headline", "en",
			"Meta Signs $14B Deal With CoreWeave\nCoreWeave has secured a contract.",
			[]string{"Meta Signs $14B Deal With CoreWeave", "CoreWeave has secured a contract."}},
		{"hard wrap inside a sentence", "en",
			"The agreement covers 250 MW\nof capacity in North Dakota.",
			[]string{"The agreement covers 250 MW\nof capacity in North Dakota."}},
		{"lower case after a period", "fr",
			"Le montant env. 10 milliards reste à confirmer.",
			[]string{"Le montant env. 10 milliards reste à confirmer."}},
		{"ellipsis and question", "fr",
			"Est-ce un bon accord ? Les analystes hésitent… Certains y croient.",
			[]string{"Est-ce un bon accord ?", "Les analystes hésitent…", "Certains y croient."}},
		{"bullets", "en",
			"Key points\n• Google raised its stake.\n• Fluidstack expanded its lease.",
			[]string{"Key points", "• Google raised its stake.", "• Fluidstack expanded its lease."}},
		{"empty", "en", "  \n\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in, tc.lang) {
				if tc.in[s.Start:s.End] != s.Text {
					t.Fatalf("offsets %d:%d do not give %q", s.Start, s.End, s.Text)
				}
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	ss := Sentences("One. Two.\n\nThree.", "en")
	var paras []int
	for _, s := range ss {
		paras = append(paras, s.Para)
	}
	if !slices.Equal(paras, []int{0, 0, 1}) {
		t.Errorf("paragraphs %v, want [0 0 1]", paras)
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"l'accord d’IREN", []string{"l'", "accord", "d’", "IREN"}},
		{"a five-year, 9,7 or 1.2 GW deal", []string{"a", "five-year", "9,7", "or", "1.2", "GW", "deal"}},
		{"AMD's GPUs, jusqu'en 2026", []string{"AMD", "s", "GPUs", "jusqu'", "en", "2026"}},
		{"Vera-Rubin — 18 000", []string{"Vera-Rubin", "18", "000"}},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range Words(tc.in) {
			if tc.in[w.Start:w.End] != w.Text {
				t.Fatalf("%q: offsets %d:%d do not give %q", tc.in, w.Start, w.End, w.Text)
			}
			got = append(got, w.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("M. Macron a signé. « Oui ! » Fin.\n\nU.S. Inc. 9.7")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range Sentences(s, "fr") {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End || s[x.Start:x.End] != x.Text {
				t.Fatalf("bad sentence %+v in %q", x, s)
			}
			prev = x.End
		}
		for _, w := range Words(s) {
			if s[w.Start:w.End] != w.Text {
				t.Fatalf("bad word %+v in %q", w, s)
			}
		}
	})
}
