package crawl

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseConfigValid(t *testing.T) {
	cfg, err := ParseConfig([]byte(`
sources:
  - name: dcd
    kind: feed
    url: https://www.example.com/rss
    language: en
    include: ['/news/']
    exclude: ['/events/']
  - kind: sitemap
    url: https://example.fr/sitemap_index.xml
  - kind: urls
    path: urls.txt
  - kind: dir
    path: corpus/pages
crawl:
  concurrency: 4
  per_host_delay: 250ms
  max_documents: 100
`), "ok.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := time.Duration(cfg.Crawl.PerHostDelay); got != 250*time.Millisecond {
		t.Errorf("per_host_delay = %v", got)
	}
	if cfg.Crawl.Timeout != DefaultCrawl().Timeout || cfg.Crawl.MaxAttempts != 5 {
		t.Errorf("defaults not kept: %+v", cfg.Crawl)
	}
	s := cfg.Sources[0]
	for u, want := range map[string]bool{
		"https://www.example.com/news/2025/11/03/iren": true,
		"https://www.example.com/events/news/x":        false,
		"https://www.example.com/opinion/x":            false,
	} {
		if s.Accepts(u) != want {
			t.Errorf("Accepts(%s) = %v", u, !want)
		}
	}
	if cfg.Sources[1].Name != "https://example.fr/sitemap_index.xml" {
		t.Errorf("default name = %q", cfg.Sources[1].Name)
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		key, msg   string
	}{
		{"unknown key", "sources:\n  - kind: feed\n    url: https://a.example/rss\n    langage: fr\n", 4, "langage", "unknown key"},
		{"bad kind", "sources:\n  - kind: atom\n    url: https://a.example/rss\n", 2, "sources.0.kind", "not one of"},
		{"file url", "sources:\n  - kind: feed\n    url: file:///etc/passwd\n", 3, "sources.0.url", "not an http(s) URL"},
		{"no sources", "crawl:\n  concurrency: 2\n", 1, "sources", "at least one source"},
		{"bad duration", "sources:\n  - kind: dir\n    path: x\ncrawl:\n  per_host_delay: soon\n", 5, "", "not a duration"},
		{"bad regexp", "sources:\n  - kind: dir\n    path: x\n    include: ['(']\n", 4, "sources.0.include.0", "missing closing"},
		{"bad concurrency", "sources:\n  - kind: dir\n    path: x\ncrawl:\n  concurrency: 0\n", 5, "crawl.concurrency", "between 1 and 256"},
		{"language", "sources:\n  - kind: dir\n    path: x\n    language: de\n", 4, "sources.0.language", "only fr and en"},
		{"neo4j uri", "sources:\n  - kind: dir\n    path: x\nneo4j:\n  uri: http://localhost:7474\n", 5, "neo4j.uri", "bolt://"},
		{"not yaml", "sources: [\n", 1, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig([]byte(tt.yaml), "c.yaml")
			var ce *ConfigError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *ConfigError", err)
			}
			if ce.Line != tt.line || ce.Key != tt.key || !strings.Contains(ce.Msg, tt.msg) {
				t.Errorf("got line %d key %q msg %q (%v), want line %d key %q msg ~%q", ce.Line, ce.Key, ce.Msg, err, tt.line, tt.key, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "c.yaml:") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestExampleConfigParses(t *testing.T) {
	cfg, err := LoadConfig("example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Sources) != 4 || cfg.Crawl.PerHostDelay != Duration(time.Second) || cfg.Neo4j.PasswordEnv != "NEO4J_PASSWORD" {
		t.Errorf("example config read as %+v", cfg)
	}
}
