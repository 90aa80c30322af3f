package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLanguageDetect(t *testing.T) {
	d := testDetector(t)
	tests := []struct {
		name, text, hint, want string
	}{
		{"french", "L’opérateur de centres de données a conclu un accord de location de cinq ans avec un fournisseur de cloud américain, qui occupera la totalité du campus dès l’an prochain.", "", "fr"},
		{"english", "The data center operator has signed a five-year lease with an American cloud provider, which will occupy the whole campus starting next year.", "", "en"},
		{"english page with a wrong lang attribute", "The chipmaker said on Monday that it would supply hundreds of thousands of accelerators to the startup over several years, beginning in the second half of next year.", "fr-FR", "en"},
		{"german", "Der Betreiber des Rechenzentrums hat einen Mietvertrag über fünf Jahre mit einem amerikanischen Cloud-Anbieter unterzeichnet.", "", "de"},
		{"spanish", "El operador del centro de datos ha firmado un contrato de arrendamiento de cinco años con un proveedor de nube estadounidense.", "", "es"},
		{"italian", "L'operatore del centro dati ha firmato un contratto di locazione di cinque anni con un fornitore di cloud americano.", "", "it"},
		{"dutch", "De exploitant van het datacenter heeft een huurcontract van vijf jaar getekend met een Amerikaanse cloudaanbieder.", "", "nl"},
		{"russian", "Оператор центра обработки данных подписал пятилетний договор аренды с американским облачным провайдером.", "", "ru"},
		{"long french, sampled", strings.Repeat("Le fabricant de puces fournira des accélérateurs à la jeune pousse pendant plusieurs années. ", 200), "", "fr"},
		{"short english sentence", "Nvidia will invest $100 billion in OpenAI.", "", "en"},
		{"short english headline", "Microsoft inks $17.4bn deal with Nebius for GPU capacity", "", "en"},
		{"short french sentence", "Nvidia va investir 100 milliards de dollars dans OpenAI.", "", "fr"},
		{"short french headline", "Le français Mistral AI lève 1,7 milliard d'euros auprès d'ASML", "", "fr"},
		{"short english sentence lingua reads as german", "Microsoft holds a 27% stake in OpenAI.", "", "en"},
		{"short german stays german", "Nvidia investiert 100 Milliarden Dollar in OpenAI und baut Rechenzentren.", "", "de"},
		{"empty", "", "fr", ""},
		{"digits only", "2025 9,7 100 000", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := d.Detect(tt.text, tt.hint); got != tt.want {
				t.Errorf("Detect(%.40q…, hint %q) = %q, want %q", tt.text, tt.hint, got, tt.want)
			}
		})
	}
}

// TestLanguageHint checks that the page's declared language decides only
// between near-equal candidates: a short ambiguous title goes to the hint.
func TestLanguageHint(t *testing.T) {
	d := testDetector(t)
	// "Nvidia: contrat record" reads as French or several Romance languages.
	const ambiguous = "Nvidia: contrat record"
	if got := d.Detect(ambiguous, "fr"); got != "fr" {
		t.Errorf("Detect(%q, fr) = %q, want fr", ambiguous, got)
	}
}

func TestWindows(t *testing.T) {
	lede := strings.Repeat("Le fabricant de puces fournira des accélérateurs à la jeune pousse. ", 12)
	text := "Contrat record\nPar la rédaction\n" + lede + "\n" + lede
	ws := windows(text)
	if len(ws) != maxWindows {
		t.Fatalf("%d windows, want %d", len(ws), maxWindows)
	}
	if !strings.HasPrefix(ws[0], "Le fabricant") {
		t.Errorf("first window %q does not start at the lede", ws[0])
	}
	for _, w := range ws {
		if len(w) > windowBytes || !utf8.ValidString(w) || strings.HasPrefix(w, " ") {
			t.Errorf("bad window %q", w)
		}
		if !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, " ") && !strings.Contains(text, w+" ") && !strings.Contains(text, w+"\n") {
			t.Errorf("window %q cut inside a word", w)
		}
	}
	if ws := windows(strings.Repeat("é", 2000)); len(ws) == 0 || len(ws[0]) > windowBytes || !utf8.ValidString(ws[0]) {
		t.Errorf("text without spaces cut badly: %q", ws)
	}
	if ws := windows("Court."); len(ws) != 1 || ws[0] != "Court." {
		t.Errorf("short text windows = %q", ws)
	}
	if ws := windows("  \n "); len(ws) != 0 {
		t.Errorf("blank text windows = %q", ws)
	}
}

func TestHintCode(t *testing.T) {
	for in, want := range map[string]string{"fr-FR": "fr", "en_US": "en", " FR ": "fr", "": "", "de": "de"} {
		if got := hintCode(in); got != want {
			t.Errorf("hintCode(%q) = %q, want %q", in, got, want)
		}
	}
}
