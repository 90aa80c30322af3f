package crawl

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// candidate is an article address found in a source.
type candidate struct {
	url    string
	source *Source
	// modified is the sitemap's lastmod or the feed item's updated/published
	// time, when given: a page not modified since it was last fetched need not
	// be fetched again.
	modified time.Time
	// path is set for local files (dir sources), which are read, not fetched.
	path string
}

// feedLinks returns the article links of an RSS or Atom feed.
func feedLinks(body []byte, base string) ([]candidate, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse feed %s: %w", base, err)
	}
	var out []candidate
	for _, it := range feed.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		u, ok := absolute(base, link)
		if !ok {
			continue
		}
		c := candidate{url: u}
		switch {
		case it.UpdatedParsed != nil:
			c.modified = *it.UpdatedParsed
		case it.PublishedParsed != nil:
			c.modified = *it.PublishedParsed
		}
		out = append(out, c)
	}
	return out, nil
}

// sitemapXML covers <urlset> (with Google News extensions) and <sitemapindex>.
type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    struct {
			PublicationDate string `xml:"publication_date"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc string `xml:"loc"`
	} `xml:"sitemap"`
}

// parseSitemap returns the page URLs of a urlset and the child sitemaps of a
// sitemap index.
func parseSitemap(body []byte, base string) (pages []candidate, children []string, err error) {
	var sm sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	if err := dec.Decode(&sm); err != nil {
		return nil, nil, fmt.Errorf("parse sitemap %s: %w", base, err)
	}
	switch sm.XMLName.Local {
	case "urlset", "sitemapindex":
	default:
		return nil, nil, fmt.Errorf("parse sitemap %s: root element <%s> is neither urlset nor sitemapindex", base, sm.XMLName.Local)
	}
	for _, u := range sm.URLs {
		abs, ok := absolute(base, strings.TrimSpace(u.Loc))
		if !ok {
			continue
		}
		c := candidate{url: abs}
		for _, s := range []string{u.LastMod, u.News.PublicationDate} {
			if t, ok := parseW3CTime(strings.TrimSpace(s)); ok {
				c.modified = t
				break
			}
		}
		pages = append(pages, c)
	}
	for _, s := range sm.Sitemaps {
		if abs, ok := absolute(base, strings.TrimSpace(s.Loc)); ok {
			children = append(children, abs)
		}
	}
	return pages, children, nil
}

// parseW3CTime reads the date formats sitemaps use.
func parseW3CTime(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// urlList reads one URL per line; blank lines and # comments are ignored.
func urlList(body []byte, base string) []candidate {
	var out []candidate
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if u, ok := absolute(base, line); ok {
			out = append(out, candidate{url: u})
		}
	}
	return out
}

// dirFiles lists the article files of a folder (not recursive), in name order.
func dirFiles(dir string) ([]candidate, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read folder %s: %w", dir, err)
	}
	var out []candidate
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".html", ".htm", ".txt":
		default:
			continue
		}
		p := filepath.Join(dir, e.Name())
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		c := candidate{url: "file://" + filepath.ToSlash(abs), path: p}
		if info, err := e.Info(); err == nil {
			c.modified = info.ModTime()
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out, nil
}

// absolute resolves ref against base and keeps only http(s) results, so that
// no file:, javascript: or other scheme taken from fetched content is ever
// followed.
func absolute(base, ref string) (string, bool) {
	if ref == "" {
		return "", false
	}
	b, err := url.Parse(base)
	if err != nil {
		return "", false
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	u := b.ResolveReference(r)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return "", false
	}
	u.Fragment = ""
	s := u.String()
	// a reference such as "//::" resolves to a URL that does not parse
	// back ("https://::"): nothing could fetch it
	if _, err := url.Parse(s); err != nil {
		return "", false
	}
	return s, true
}
