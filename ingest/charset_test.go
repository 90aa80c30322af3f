package ingest

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// latin1 encodes s (which must fit) in windows-1252.
func latin1(t testing.TB, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const sentence = "Le contrat de 9,7 milliards d’euros prévoit 200 000 GPU déployés à Childress – « dès 2026 »."
	// ISO-8859-15 lacks the typographic quote and dash of windows-1252.
	const latin9Sentence = "Le contrat de 9,7 milliards d'euros prévoit 200 000 GPU déployés à Childress dès 2026."
	page := func(head string) string {
		return "<html><head>" + head + "<title>Essai</title></head><body><p>" + sentence + "</p></body></html>"
	}
	tests := []struct {
		name        string
		body        []byte
		contentType string
		wantEnc     string
	}{
		{"utf-8 declared nowhere", []byte(page("")), "", "utf-8"},
		{"windows-1252 in header only", latin1(t, page("")), "text/html; charset=windows-1252", "windows-1252"},
		{"iso-8859-1 in header only", latin1(t, page("")), "text/html; charset=ISO-8859-1", "windows-1252"},
		{"windows-1252 in meta charset only", latin1(t, page(`<meta charset="windows-1252">`)), "", "windows-1252"},
		{"latin1 in meta http-equiv only", latin1(t, page(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`)), "text/html", "windows-1252"},
		{"windows-1252 declared nowhere", latin1(t, page("")), "", "utf-8"},
		{"meta after 1 KB of script", latin1(t, "<html><head><script>"+strings.Repeat("var x = 1;\n", 200)+"</script><meta charset=iso-8859-15></head><body><p>"+latin9Sentence+"</p></body></html>"), "", "iso-8859-15"},
		{"header iso-8859-1 but body is utf-8", []byte(page("")), "text/html; charset=iso-8859-1", "utf-8"},
		{"utf-8 header, latin-1 text", append([]byte("<html><body><p>"), append(latin1(t, sentence), "</p></body></html>"...)...), "text/html; charset=UTF-8", "utf-8"},
		{"utf-8 BOM", append([]byte("\xEF\xBB\xBF"), page("")...), "", "utf-8"},
		{"utf-16 in meta means utf-8", []byte(page(`<meta charset="utf-16">`)), "", "utf-8"},
		{"unknown header charset", []byte(page(`<meta charset="utf-8">`)), "text/html; charset=klingon", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc := Decode(tt.body, tt.contentType)
			if !utf8.ValidString(got) {
				t.Fatalf("Decode gave invalid UTF-8")
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %s, want %s", enc, tt.wantEnc)
			}
			want := sentence
			if strings.Contains(tt.name, "script") {
				want = latin9Sentence
			}
			if !strings.Contains(got, want) {
				t.Errorf("decoded text lacks %q:\n%s", want, got)
			}
			if strings.HasPrefix(got, "\uFEFF") {
				t.Errorf("BOM kept")
			}
		})
	}
}

func TestDecodeKeepsTypographicSpaces(t *testing.T) {
	// French thousands separator (U+202F) and no-break space before a colon
	// (U+00A0), in UTF-8 and in windows-1252 (which has U+00A0 only).
	in := "Nebius livrera 200\u202F000 GPU pour 3\u00A0milliards de dollars\u00A0: un record."
	if got, _ := Decode([]byte(in), "text/plain; charset=utf-8"); got != in {
		t.Errorf("utf-8: got %q, want %q", got, in)
	}
	in1252 := "Nebius livrera 200\u00A0000 GPU pour 3\u00A0milliards de dollars."
	if got, _ := Decode(latin1(t, in1252), "text/plain; charset=windows-1252"); got != in1252 {
		t.Errorf("windows-1252: got %q, want %q", got, in1252)
	}
}

// TestReadCharsets reads windows-1252 pages over HTTP — declared only in the
// header, only in a <meta>, or nowhere — and from stdin, which has no header.
func TestReadCharsets(t *testing.T) {
	const para = "Le groupe français a annoncé mercredi l’achat de dix mille processeurs graphiques pour son nouveau centre de données près de Marseille, un investissement évalué à plusieurs centaines de millions d’euros – « une première »."
	page := func(meta string) []byte {
		return latin1(t, `<html lang="fr"><head>`+meta+`<title>Achat de processeurs</title></head><body><article><p>`+para+`</p><p>`+para+`</p></article></body></html>`)
	}
	pages := map[string]struct {
		contentType string
		body        []byte
	}{
		"/header":  {"text/html; charset=windows-1252", page("")},
		"/meta":    {"text/html", page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`)},
		"/nowhere": {"text/html", page("")},
		"/untyped": {"", page("")},
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header()["Content-Type"] = []string{p.contentType} // "" must stay empty, not be sniffed
		w.Write(p.body)
	}))
	defer srv.Close()
	r := NewReader(NewFetcher(testOptions()), testDetector(t), strings.NewReader(string(page(""))), nil)
	for _, src := range []string{srv.URL + "/header", srv.URL + "/meta", srv.URL + "/nowhere", srv.URL + "/untyped", Stdin} {
		docs, err := r.Read(t.Context(), src)
		if err != nil || len(docs) != 1 {
			t.Fatalf("Read(%s): %v", src, err)
		}
		d := docs[0]
		if !strings.Contains(d.Text, para) || d.Language != "fr" || d.Skipped != "" || d.Title != "Achat de processeurs" {
			t.Errorf("Read(%s) = language %q skipped %q title %q text %q", src, d.Language, d.Skipped, d.Title, d.Text)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=windows-1252><p>caf\xe9</p>"), "")
	f.Add([]byte("d\xc3\xa9j\xe0 vu"), "text/plain; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte(`<meta http-equiv="content-type" content="text/html; charset = shift_jis">`), "text/html")
	f.Add([]byte{}, "text/html; charset=")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		got, enc := Decode(body, contentType)
		if !utf8.ValidString(got) {
			t.Fatalf("Decode(%q, %q) = invalid UTF-8 %q (%s)", body, contentType, got, enc)
		}
		if enc == "" {
			t.Fatalf("no encoding name")
		}
		// Undeclared valid UTF-8 comes back unchanged.
		if contentType == "" && utf8.Valid(body) && !bytes.Contains(bytes.ToLower(body), []byte("charset")) && !hasBOM(body) {
			if got != string(body) {
				t.Fatalf("valid UTF-8 %q changed to %q", body, got)
			}
		}
	})
}

func hasBOM(b []byte) bool {
	for _, bom := range []string{"\xEF\xBB\xBF", "\xFE\xFF", "\xFF\xFE"} {
		if bytes.HasPrefix(b, []byte(bom)) {
			return true
		}
	}
	return false
}
