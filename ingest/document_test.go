package ingest

import (
	"bytes"
	"context"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const (
	frParagraph = "Le fournisseur de cloud néerlandais a signé lundi un contrat de trois milliards de dollars sur cinq ans avec le groupe américain, qui disposera ainsi de capacités de calcul supplémentaires dans ses centres de données européens."
	enParagraph = "The Dutch cloud provider signed a five-year, three billion dollar contract on Monday with the American group, which will gain additional computing capacity in its European data centers."
	deParagraph = "Der niederländische Cloud-Anbieter hat am Montag einen Vertrag über drei Milliarden Dollar mit einer Laufzeit von fünf Jahren mit dem amerikanischen Konzern unterzeichnet."
)

func testReader(t testing.TB, stdin string) *Reader {
	return NewReader(NewFetcher(testOptions()), testDetector(t), strings.NewReader(stdin), nil)
}

func htmlPage(lang, title, para string) string {
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + `</title>
<meta property="article:published_time" content="2025-11-03T08:00:00Z"></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>` + title + `</h1><p>` + para + `</p><p>` + para + `</p></article>
<footer>© 2025</footer></body></html>`
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		wantHTML                bool
		wantReason              string
	}{
		{"html by header", "Texte brut", "text/html", true, ""},
		{"xhtml by header", "<p>x</p>", "application/xhtml+xml", true, ""},
		{"pdf by header", "%PDF-1.7", "application/pdf", false, "not HTML: application/pdf"},
		{"doctype", "\n  <!DOCTYPE html><html><body>x</body></html>", "", true, ""},
		{"html served as text/plain", "<html><body><p>x</p></body></html>", "text/plain", true, ""},
		{"leading text then html tag", "Sauvegardé le 3 novembre\n<html><head><title>x</title></head></html>", "", true, ""},
		{"xml prolog then html", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>`, "", true, ""},
		{"bom then html", "\xEF\xBB\xBF<html><body>x</body></html>", "", true, ""},
		{"plain text", frParagraph, "", false, ""},
		{"plain text with a comparison", "Le prix est < 10 dollars et > 5 dollars.", "", false, ""},
		{"latin-1 plain text", "Caf\xe9 cr\xe8me", "", false, ""},
		{"pdf by content", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "", false, "not HTML: application/pdf"},
		{"png by content", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "application/octet-stream", false, "not HTML: image/png"},
		{"binary", "\x00\x01\x02\x03garbage\x04\x05", "", false, "not HTML: application/octet-stream"},
		{"empty", "", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isHTML, reason := sniff([]byte(tt.body), tt.contentType)
			if isHTML != tt.wantHTML || reason != tt.wantReason {
				t.Errorf("sniff = %v, %q; want %v, %q", isHTML, reason, tt.wantHTML, tt.wantReason)
			}
		})
	}
}

func TestDocumentFromBytes(t *testing.T) {
	r := testReader(t, "")
	random := make([]byte, 4096)
	rand.Read(random)
	random[0] = 0 // make sure it sniffs as binary
	tests := []struct {
		name, body, contentType, published string
		wantLang, wantSkipped, wantText    string
		wantPublished                      string
	}{
		{"french page", htmlPage("fr", "Contrat de cloud", frParagraph), "text/html", "", "fr", "", "centres de données européens", "2025-11-03"},
		{"english page, date overridden", htmlPage("en", "Cloud contract", enParagraph), "", "2025-11-04", "en", "", "European data centers", "2025-11-04"},
		{"german page", htmlPage("de", "Cloud-Vertrag", deParagraph), "", "", "de", "unsupported language: de", "amerikanischen Konzern", "2025-11-03"},
		{"plain text", "\r\n" + frParagraph + "\r\n\r\n\r\n\r\n" + frParagraph + "  \r\n", "", "", "fr", "", frParagraph + "\n\n" + frParagraph, ""},
		{"empty", "", "", "", "", "no article text", "", ""},
		{"only whitespace", " \n\t\u00A0\n", "text/plain", "", "", "no article text", "", ""},
		{"page without text", "<html><body><nav>Menu</nav><script>var a = 1;</script></body></html>", "", "", "", "no article text", "", ""},
		{"binary garbage", string(random), "", "", "", "not HTML: application/octet-stream", "", ""},
		{"pdf", "%PDF-1.7\n" + frParagraph, "application/pdf", "", "", "not HTML: application/pdf", "", ""},
		{"invalid utf-8 text", "Le groupe a lev\xe9 \xff\xfe 500 millions d'euros aupr\xe8s de ses actionnaires pour construire deux centres de donn\xe9es en r\xe9gion parisienne d'ici \xe0 la fin de l'ann\xe9e prochaine.", "", "", "fr", "", "levé ÿþ 500 millions", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := r.DocumentFromBytes(t.Context(), []byte(tt.body), tt.contentType, "https://example.org/a", "src", tt.published)
			if d.Language != tt.wantLang || string(d.Skipped) != tt.wantSkipped {
				t.Errorf("language %q skipped %q, want %q %q", d.Language, d.Skipped, tt.wantLang, tt.wantSkipped)
			}
			if !strings.Contains(d.Text, tt.wantText) {
				t.Errorf("text %q lacks %q", d.Text, tt.wantText)
			}
			if string(d.Published) != tt.wantPublished {
				t.Errorf("published %q, want %q", d.Published, tt.wantPublished)
			}
			if !utf8.ValidString(d.Text) || d.Source != "src" {
				t.Errorf("invalid text or source %q", d.Source)
			}
		})
	}
}

func TestDocumentTooLarge(t *testing.T) {
	r := testReader(t, "")
	body := bytes.Repeat([]byte("<div>"), (DefaultMaxBytes/5)+1)
	d := r.DocumentFromBytes(t.Context(), body, "", "", "big.html", "")
	if d.Skipped != "body larger than 10 MB" || d.Text != "" {
		t.Errorf("skipped %q", d.Skipped)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.html", "a.txt", "c.htm"} {
		os.WriteFile(filepath.Join(dir, name), []byte(frParagraph), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "d-link.txt"))
	tests := []struct {
		src     string
		want    []string
		wantErr string
	}{
		{dir, []string{"a.txt", "b.html", "c.htm", "d-link.txt"}, ""},
		{filepath.Join(dir, "b.html"), []string{"b.html"}, ""},
		{"-", []string{"-"}, ""},
		{"https://example.org/a", []string{"https://example.org/a"}, ""},
		{"file:///etc/passwd", nil, "only http and https"},
		{"ftp://example.org/a.html", nil, "only http and https"},
		{filepath.Join(dir, "absent.html"), nil, "no such file"},
	}
	for _, tt := range tests {
		got, err := Expand(tt.src)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.src) {
				t.Errorf("Expand(%q) error = %v, want one naming it and %q", tt.src, err, tt.wantErr)
			}
			continue
		}
		var names []string
		for _, g := range got {
			if IsURL(g) || g == "-" {
				names = append(names, g)
			} else {
				names = append(names, filepath.Base(g))
			}
		}
		if strings.Join(names, " ") != strings.Join(tt.want, " ") {
			t.Errorf("Expand(%q) = %v, want %v", tt.src, names, tt.want)
		}
	}
}

func TestReadDirectoryAndStdin(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "1-fr.html"), []byte(htmlPage("fr", "Contrat", frParagraph)), 0o644)
	os.WriteFile(filepath.Join(dir, "2-en.txt"), []byte(enParagraph), 0o644)
	os.WriteFile(filepath.Join(dir, "3-empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "4-big.html"), bytes.Repeat([]byte("<div>"), 3<<20), 0o644)
	r := testReader(t, enParagraph)
	docs, err := r.Read(t.Context(), dir)
	if err != nil {
		t.Fatalf("Read(dir): %v", err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, filepath.Base(d.Source)+":"+d.Language+":"+string(d.Skipped))
	}
	want := "1-fr.html:fr: 2-en.txt:en: 3-empty.txt::no article text 4-big.html::body larger than 10 MB"
	if strings.Join(got, " ") != want {
		t.Errorf("Read(dir) = %v\nwant %v", got, want)
	}
	docs, err = r.Read(t.Context(), "-")
	if err != nil || len(docs) != 1 || docs[0].Language != "en" || docs[0].Source != "-" {
		t.Errorf("Read(-) = %+v, %v", docs, err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := r.Read(ctx, dir); err == nil {
		t.Errorf("Read with a cancelled context succeeded")
	}
}

func FuzzDocumentFromBytes(f *testing.F) {
	f.Add([]byte(htmlPage("fr", "Contrat", frParagraph)), "text/html")
	f.Add([]byte(htmlPage("en", "Deal", enParagraph)), "")
	f.Add([]byte("<html><body><p>caf\xe9 <b>cr\xe8me</p></i></body>"), "text/html; charset=iso-8859-1")
	f.Add([]byte(strings.Repeat("<div><p>", 2000)), "")
	f.Add([]byte("\x00\x01binary"), "")
	f.Add([]byte(`<meta charset="utf-16"><script>alert(1)</script><p>`+enParagraph), "")
	f.Add([]byte(frParagraph), "text/plain")
	r := testReader(f, "")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		d := r.DocumentFromBytes(context.Background(), body, contentType, "https://example.org/x", "fuzz", "")
		if !utf8.ValidString(d.Text) || !utf8.ValidString(string(d.Title)) {
			t.Fatalf("invalid UTF-8 in output")
		}
		if d.Skipped == "" && d.Language != "fr" && d.Language != "en" {
			t.Fatalf("language %q not skipped", d.Language)
		}
		if d.Skipped == "" && strings.TrimSpace(d.Text) == "" {
			t.Fatalf("empty text not skipped")
		}
	})
}
