package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Source kinds accepted in a config file.
const (
	KindFeed    = "feed"    // RSS or Atom feed
	KindSitemap = "sitemap" // XML sitemap, sitemap index or Google News sitemap
	KindURLs    = "urls"    // text file with one URL per line
	KindDir     = "dir"     // local directory of .html/.htm/.txt files
	KindPage    = "page"    // a single article URL
)

// Config is the nightly job's configuration (see README, "Nightly ingest").
type Config struct {
	Sources []Source `yaml:"sources"`
	Crawl   Crawl    `yaml:"crawl"`
	Neo4j   Neo4j    `yaml:"neo4j"`
}

// Source is one place to read articles from.
type Source struct {
	Name string `yaml:"name"`
	Kind string `yaml:"kind"`
	// URL is the feed, sitemap or URL-list address (http, https) for feed,
	// sitemap and urls sources; Path is a local file (urls) or folder (dir).
	URL  string `yaml:"url"`
	Path string `yaml:"path"`
	// Language is a hint ("fr", "en") used when detection is uncertain.
	Language string `yaml:"language"`
	// Include and Exclude are regular expressions matched against article URLs:
	// a URL is taken when it matches some Include (or Include is empty) and no Exclude.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`

	include, exclude []*regexp.Regexp
}

// Crawl holds the global crawl settings.
type Crawl struct {
	// Concurrency is how many documents are fetched at once across hosts.
	Concurrency int `yaml:"concurrency"`
	// PerHostDelay is the pause between two requests to the same host.
	PerHostDelay Duration `yaml:"per_host_delay"`
	UserAgent    string   `yaml:"user_agent"`
	// Contact is a URL or address put in the User-Agent so site owners can reach us.
	Contact string   `yaml:"contact"`
	Timeout Duration `yaml:"timeout"`
	// MaxDocuments caps the documents fetched in one run (0: no cap).
	MaxDocuments int `yaml:"max_documents"`
	// MaxAttempts is the number of failed attempts after which a document is given up.
	MaxAttempts int `yaml:"max_attempts"`
	// RetryBackoff is the wait after the first failure before a document is
	// retried; it doubles with each further failure.
	RetryBackoff Duration `yaml:"retry_backoff"`
}

// Neo4j holds connection settings; the NEO4J_* environment variables win over them.
type Neo4j struct {
	URI      string `yaml:"uri"`
	Username string `yaml:"username"`
	// PasswordEnv names the environment variable holding the password, so
	// that config files carry no secrets.
	PasswordEnv string `yaml:"password_env"`
	Database    string `yaml:"database"`
}

// Duration is a time.Duration written in YAML as "1s", "500ms", "2m".
type Duration time.Duration

// UnmarshalYAML parses a Go duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil || v < 0 {
		return fmt.Errorf("line %d: %q is not a duration like 1s or 500ms", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// ConfigError is an invalid configuration: the key and line at fault.
type ConfigError struct {
	File string
	Line int
	Key  string
	Msg  string
}

// Error names the file, line and key, then what is wrong with it.
func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": %s", e.Key)
	}
	fmt.Fprintf(&b, ": %s", e.Msg)
	return b.String()
}

// DefaultCrawl returns the crawl settings used where the config is silent.
func DefaultCrawl() Crawl {
	return Crawl{
		Concurrency:  8,
		PerHostDelay: Duration(time.Second),
		UserAgent:    "newsgraph/0.1",
		Timeout:      Duration(30 * time.Second),
		MaxAttempts:  5,
		RetryBackoff: Duration(time.Hour),
	}
}

// LoadConfig reads and validates the YAML config at path.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return ParseConfig(data, path)
}

// ParseConfig parses and validates a YAML config; name is used in errors.
func ParseConfig(data []byte, name string) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err)
	}
	cfg := &Config{Crawl: DefaultCrawl()}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(name, err)
	}
	if err := cfg.validate(name, &root); err != nil {
		return nil, err
	}
	return cfg, nil
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlError turns yaml.v3's messages ("yaml: line 3: …", or a TypeError
// listing several "line N: …") into one ConfigError naming the first line.
func yamlError(name string, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	ce := &ConfigError{File: name, Msg: msg}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		fmt.Sscanf(m[1], "%d", &ce.Line)
		ce.Msg = m[2]
		if f := regexp.MustCompile(`field (\S+) not found`).FindStringSubmatch(m[2]); f != nil {
			ce.Key = f[1]
			ce.Msg = "unknown key"
		}
	}
	return ce
}

// validate checks values the YAML types cannot, reporting the line of the
// offending key from the parsed node tree.
func (c *Config) validate(name string, root *yaml.Node) error {
	fail := func(path []string, msg string) error {
		return &ConfigError{File: name, Line: lineOf(root, path), Key: strings.Join(path, "."), Msg: msg}
	}
	if len(c.Sources) == 0 {
		return fail([]string{"sources"}, "at least one source is required")
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		at := func(k string) []string { return []string{"sources", fmt.Sprint(i), k} }
		switch s.Kind {
		case KindFeed, KindSitemap, KindPage:
			if err := checkHTTP(s.URL); err != nil {
				return fail(at("url"), err.Error())
			}
		case KindURLs:
			if (s.URL == "") == (s.Path == "") {
				return fail(at("kind"), "a urls source needs exactly one of url or path")
			}
			if s.URL != "" {
				if err := checkHTTP(s.URL); err != nil {
					return fail(at("url"), err.Error())
				}
			}
		case KindDir:
			if s.Path == "" {
				return fail(at("path"), "a dir source needs a path")
			}
		case "":
			return fail(at("kind"), "missing; one of feed, sitemap, urls, dir, page")
		default:
			return fail(at("kind"), fmt.Sprintf("%q is not one of feed, sitemap, urls, dir, page", s.Kind))
		}
		if s.Language != "" && s.Language != "fr" && s.Language != "en" {
			return fail(at("language"), fmt.Sprintf("%q: only fr and en are extracted", s.Language))
		}
		for j, p := range s.Include {
			re, err := regexp.Compile(p)
			if err != nil {
				return fail([]string{"sources", fmt.Sprint(i), "include", fmt.Sprint(j)}, err.Error())
			}
			s.include = append(s.include, re)
		}
		for j, p := range s.Exclude {
			re, err := regexp.Compile(p)
			if err != nil {
				return fail([]string{"sources", fmt.Sprint(i), "exclude", fmt.Sprint(j)}, err.Error())
			}
			s.exclude = append(s.exclude, re)
		}
		if s.Name == "" {
			s.Name = s.URL + s.Path
		}
	}
	cr := c.Crawl
	switch {
	case cr.Concurrency < 1 || cr.Concurrency > 256:
		return fail([]string{"crawl", "concurrency"}, "must be between 1 and 256")
	case cr.MaxDocuments < 0:
		return fail([]string{"crawl", "max_documents"}, "must not be negative")
	case cr.MaxAttempts < 1:
		return fail([]string{"crawl", "max_attempts"}, "must be at least 1")
	case cr.Timeout <= 0:
		return fail([]string{"crawl", "timeout"}, "must be positive")
	}
	if c.Neo4j.URI != "" {
		u, err := url.Parse(c.Neo4j.URI)
		if err != nil || !strings.HasPrefix(u.Scheme, "bolt") && !strings.HasPrefix(u.Scheme, "neo4j") {
			return fail([]string{"neo4j", "uri"}, fmt.Sprintf("%q is not a bolt:// or neo4j:// URI", c.Neo4j.URI))
		}
	}
	return nil
}

// Accepts reports whether an article URL passes the source's include and exclude patterns.
func (s *Source) Accepts(u string) bool {
	for _, re := range s.exclude {
		if re.MatchString(u) {
			return false
		}
	}
	if len(s.include) == 0 {
		return true
	}
	for _, re := range s.include {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

func checkHTTP(raw string) error {
	if raw == "" {
		return errors.New("missing")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an http(s) URL", raw)
	}
	return nil
}

// lineOf finds the line of the node at path (map keys and sequence indexes)
// in a parsed YAML document, or of its deepest existing ancestor.
func lineOf(root *yaml.Node, path []string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	line := n.Line
	for _, p := range path {
		var next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					line = n.Content[i].Line
					next = n.Content[i+1]
					break
				}
			}
		case yaml.SequenceNode:
			var idx int
			if _, err := fmt.Sscanf(p, "%d", &idx); err == nil && idx < len(n.Content) {
				next = n.Content[idx]
				line = next.Line
			}
		}
		if next == nil {
			return line
		}
		n = next
	}
	return line
}

// SourceFromArg turns a command-line argument into a source: a folder is a
// dir source, a local file a list of URLs, and an http(s) URL a feed or
// sitemap when its path says so ("rss", "feed", "atom", "sitemap", ".xml"),
// else a single article page.
func SourceFromArg(arg string) (Source, error) {
	if strings.Contains(arg, "://") {
		if err := checkHTTP(arg); err != nil {
			return Source{}, fmt.Errorf("source %s: %w", arg, err)
		}
		u, _ := url.Parse(arg)
		p := strings.ToLower(u.Path)
		kind := KindPage
		switch {
		case strings.Contains(p, "sitemap"):
			kind = KindSitemap
		case strings.Contains(p, "rss"), strings.Contains(p, "feed"), strings.Contains(p, "atom"), strings.HasSuffix(p, ".xml"):
			kind = KindFeed
		}
		return Source{Name: arg, Kind: kind, URL: arg}, nil
	}
	info, err := os.Stat(arg)
	if err != nil {
		return Source{}, fmt.Errorf("source %s: %w", arg, err)
	}
	if info.IsDir() {
		return Source{Name: arg, Kind: KindDir, Path: arg}, nil
	}
	return Source{Name: arg, Kind: KindURLs, Path: arg}, nil
}

// ConfigFromSources returns a config with the default crawl settings for
// sources given on the command line.
func ConfigFromSources(sources []Source) (*Config, error) {
	cfg := &Config{Sources: sources, Crawl: DefaultCrawl()}
	if err := cfg.validate("command line", &yaml.Node{}); err != nil {
		return nil, err
	}
	return cfg, nil
}
