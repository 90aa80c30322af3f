package extract

import (
	"slices"
	"testing"
)

func TestFrVerbForms(t *testing.T) {
	for _, c := range []struct {
		inf  string
		want []string
	}{
		{"signer", []string{"signe", "signent", "signera", "signeront", "signé", "signées", "signant"}},
		{"acheter", []string{"achète", "achètent", "achètera", "achèteront", "achèterait", "acheté", "achetant"}},
		{"lever", []string{"lève", "lèvera", "levé", "levée", "levant"}},
		{"financer", []string{"finance", "financera", "finança", "financé", "finançant"}},
		{"engager", []string{"engage", "engagea", "engageant", "engagé"}},
		{"déployer", []string{"déploie", "déploient", "déploiera", "déploieront", "déployé", "déployant"}},
		{"payer", []string{"paie", "paiera", "payé", "paya"}},
		{"investir", []string{"investit", "investissent", "investira", "investiront", "investi", "investie", "investissant"}},
		{"fournir", []string{"fournit", "fournissent", "fournira", "fourniraient", "fourni", "fournies"}},
	} {
		got := frVerbForms(c.inf)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("frVerbForms(%q) lacks %q: %q", c.inf, w, got)
			}
		}
	}
	for _, bad := range []string{"signè", "achetera", "finançé", "payera", "signait", "louait", "investissait"} {
		for _, inf := range []string{"signer", "acheter", "financer", "payer", "louer", "investir"} {
			if slices.Contains(frVerbForms(inf), bad) {
				t.Errorf("frVerbForms(%q) has the wrong form %q", inf, bad)
			}
		}
	}
}
