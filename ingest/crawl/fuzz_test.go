package crawl

import "testing"

// FuzzParseConfig: any bytes give a config or an error, never a panic.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte("sources:\n  - kind: feed\n    url: https://a.example/rss\ncrawl:\n  per_host_delay: 1s\n"))
	f.Add([]byte("sources: [{kind: dir, path: x, include: ['(']}]"))
	f.Add([]byte("neo4j: {uri: 'bolt://x'}\nsources:\n - {kind: urls, url: http://a, path: b}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseConfig(data, "fuzz.yaml")
		if err == nil && len(cfg.Sources) == 0 {
			t.Fatal("a config without sources was accepted")
		}
	})
}

// FuzzDiscovery: feed, sitemap and URL-list parsing never panic and only
// ever yield http(s) URLs.
func FuzzDiscovery(f *testing.F) {
	f.Add([]byte(`<rss><channel><item><link>https://a.example/x</link></item></channel></rss>`))
	f.Add([]byte(`<urlset><url><loc>/a</loc><lastmod>2025-10-01</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte("https://a.example/1\njavascript:alert(1)\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var all []candidate
		if c, err := feedLinks(data, "https://base.example/feed"); err == nil {
			all = append(all, c...)
		}
		if p, children, err := parseSitemap(data, "https://base.example/sitemap.xml"); err == nil {
			all = append(all, p...)
			for _, ch := range children {
				all = append(all, candidate{url: ch})
			}
		}
		all = append(all, urlList(data, "https://base.example/list.txt")...)
		for _, c := range all {
			if _, ok := absolute("", c.url); !ok {
				t.Fatalf("non-http URL %q came out of discovery", c.url)
			}
		}
	})
}
