package crawl

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestFeedLinks(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://news.example/a</link><pubDate>Mon, 03 Nov 2025 08:00:00 GMT</pubDate></item>
<item><title>b</title><link>/b</link></item>
<item><title>c</title><link>javascript:alert(1)</link></item>
</channel></rss>`
	got, err := feedLinks([]byte(rss), "https://news.example/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].url != "https://news.example/a" || got[1].url != "https://news.example/b" {
		t.Fatalf("links = %+v", got)
	}
	if got[0].modified.IsZero() {
		t.Error("pubDate not read")
	}
	atom := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>x</title><link href="https://news.example/x"/><updated>2025-11-03T10:00:00Z</updated></entry></feed>`
	got, err = feedLinks([]byte(atom), "https://news.example/atom")
	if err != nil || len(got) != 1 || got[0].url != "https://news.example/x" {
		t.Fatalf("atom links = %+v, %v", got, err)
	}
	if _, err := feedLinks([]byte("<html>not a feed"), "https://news.example/"); err == nil {
		t.Error("an HTML page parsed as a feed")
	}
}

func TestParseSitemap(t *testing.T) {
	index := `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://s.example/news.xml</loc></sitemap><sitemap><loc>ftp://s.example/x.xml</loc></sitemap>
</sitemapindex>`
	pages, children, err := parseSitemap([]byte(index), "https://s.example/sitemap.xml")
	if err != nil || len(pages) != 0 || !reflect.DeepEqual(children, []string{"https://s.example/news.xml"}) {
		t.Fatalf("index: %v %v %v", pages, children, err)
	}
	news := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://s.example/2025/11/iren</loc><news:news><news:publication_date>2025-11-03T09:00:00+01:00</news:publication_date></news:news></url>
<url><loc> https://s.example/2025/10/amd </loc><lastmod>2025-10-06</lastmod></url>
</urlset>`
	pages, children, err = parseSitemap([]byte(news), "https://s.example/news.xml")
	if err != nil || len(children) != 0 || len(pages) != 2 {
		t.Fatalf("urlset: %v %v %v", pages, children, err)
	}
	if pages[1].url != "https://s.example/2025/10/amd" || pages[0].modified.IsZero() || pages[1].modified.IsZero() {
		t.Errorf("pages = %+v", pages)
	}
	if _, _, err := parseSitemap([]byte("<html></html>"), "https://s.example/"); err == nil {
		t.Error("an HTML page parsed as a sitemap")
	}
}

func TestURLListAndDir(t *testing.T) {
	got := urlList([]byte("# picks\nhttps://a.example/1\n\n  https://b.example/2  \nmailto:x@y\n"), "")
	if len(got) != 2 || got[1].url != "https://b.example/2" {
		t.Fatalf("urlList = %+v", got)
	}
	dir := t.TempDir()
	for _, n := range []string{"b.txt", "a.html", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := dirFiles(dir)
	if err != nil || len(files) != 2 || filepath.Base(files[0].path) != "a.html" {
		t.Fatalf("dirFiles = %+v, %v", files, err)
	}
	if _, err := dirFiles(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing folder gave no error")
	}
}
