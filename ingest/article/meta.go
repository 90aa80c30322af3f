package article

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// meta is the page metadata, with the JSON-LD article body kept as a fallback
// for pages that render their text with script.
type meta struct {
	title, canonical, siteName, published, lang string
	articleBody                                 string
}

// readMeta reads the metadata from the head, JSON-LD, <time> and the URL.
func readMeta(doc *goquery.Document, pageURL string) meta {
	var m meta
	m.lang = strings.TrimSpace(doc.Find("html").First().AttrOr("lang", ""))
	props := metaProps(doc)
	ld := readJSONLD(doc)

	m.siteName = firstNonEmpty(props["og:site_name"], ld.publisher, props["application-name"])
	titleHead, titleSite := splitTitle(doc.Find("title").First().Text(), m.siteName)
	h1 := collapseSpace(doc.Find("h1").First().Text())
	m.title = firstNonEmpty(trimSiteName(props["og:title"], m.siteName),
		trimSiteName(props["twitter:title"], m.siteName), ld.headline, titleHead, h1)
	m.siteName = firstNonEmpty(m.siteName, titleSite)

	canon := ""
	doc.Find("link[rel]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, r := range strings.Fields(strings.ToLower(s.AttrOr("rel", ""))) {
			if r == "canonical" {
				canon = strings.TrimSpace(s.AttrOr("href", ""))
				return false
			}
		}
		return true
	})
	m.canonical = absoluteURL(firstNonEmpty(canon, props["og:url"]), pageURL)

	m.published = firstDate(
		props["article:published_time"], ld.published, itempropDate(doc),
		props["og:published_time"], props["article:published"], props["datepublished"],
		props["publishdate"], props["publish_date"], props["pubdate"], props["parsely-pub-date"],
		props["sailthru.date"], props["dc.date.issued"], props["dcterms.created"], props["dc.date"],
		props["date"], timeDate(doc))
	if m.published == "" {
		m.published = urlDate(pageURL)
	}
	if m.published == "" && m.canonical != pageURL {
		m.published = urlDate(m.canonical)
	}
	if m.published == "" {
		m.published = visibleDate(doc)
	}
	m.articleBody = ld.body
	return m
}

// metaProps maps the lowercased property or name of every <meta> to its first
// non-empty content.
func metaProps(doc *goquery.Document) map[string]string {
	props := make(map[string]string)
	doc.Find("meta[content]").Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(s.AttrOr("content", ""))
		if content == "" {
			return
		}
		for _, attr := range [...]string{"property", "name", "itemprop"} {
			k := strings.ToLower(strings.TrimSpace(s.AttrOr(attr, "")))
			if k == "" {
				continue
			}
			if _, seen := props[k]; !seen {
				props[k] = content
			}
		}
	})
	return props
}

// itempropDate is the first schema.org datePublished given as microdata.
func itempropDate(doc *goquery.Document) string {
	s := doc.Find("[itemprop=datePublished]").First()
	return firstNonEmpty(s.AttrOr("content", ""), s.AttrOr("datetime", ""), strings.TrimSpace(s.Text()))
}

// timeDate is the datetime of the <time> element most likely to date the
// article: one marked as publication time, else the first one in the
// article, else the first one outside lists, asides and footers, where the
// times of other articles are.
func timeDate(doc *goquery.Document) string {
	for _, sel := range [...]string{"time[pubdate][datetime]", "article time[datetime]"} {
		if s := doc.Find(sel).First(); s.Length() > 0 {
			return s.AttrOr("datetime", "")
		}
	}
	date := ""
	doc.Find("time[datetime]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if s.Closest("li, aside, footer, nav").Length() > 0 {
			return true
		}
		date = s.AttrOr("datetime", "")
		return false
	})
	return date
}

// maxDateTextLen bounds the text of an element read for a written date.
const maxDateTextLen = 120

// visibleDate is the last resort: a date written out in an element named
// for dates or bylines, outside lists, asides and footers.
func visibleDate(doc *goquery.Document) string {
	date := ""
	doc.Find(`time, [class*=date], [id*=date], [class*=publi], [class*=byline], [class*=posted], [class*=meta]`).
		EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if s.Closest("li, aside, footer, nav").Length() > 0 {
				return true
			}
			text := s.Text()
			if len(text) > maxDateTextLen {
				return true
			}
			date = textDate(text)
			return date == ""
		})
	return date
}

// jsonLD is what the JSON-LD scripts of a page say about its article.
type jsonLD struct {
	headline, published, publisher, body string
}

// readJSONLD merges every application/ld+json script; article-typed objects
// win over others, and the first value found of each kind is kept.
func readJSONLD(doc *goquery.Document) jsonLD {
	var art, other jsonLD
	doc.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		raw := strings.TrimSpace(s.Text())
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			// Raw control characters inside strings are a common publisher
			// mistake; outside strings they are plain white space.
			if json.Unmarshal([]byte(controlToSpace(raw)), &v) != nil {
				return
			}
		}
		walkJSONLD(v, &art, &other, 0)
	})
	return jsonLD{
		headline:  firstNonEmpty(art.headline, other.headline),
		published: firstNonEmpty(art.published, other.published),
		publisher: firstNonEmpty(art.publisher, other.publisher),
		body:      firstNonEmpty(art.body, other.body),
	}
}

// maxJSONDepth bounds the recursion on hostile JSON-LD.
const maxJSONDepth = 12

func walkJSONLD(v any, art, other *jsonLD, depth int) {
	if depth > maxJSONDepth {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			walkJSONLD(e, art, other, depth+1)
		}
	case map[string]any:
		dst := other
		if isArticleType(t["@type"]) {
			dst = art
		}
		setIfEmpty(&dst.headline, jsonString(t["headline"]))
		setIfEmpty(&dst.published, jsonString(t["datePublished"]))
		setIfEmpty(&dst.body, jsonString(t["articleBody"]))
		if p, ok := t["publisher"].(map[string]any); ok {
			setIfEmpty(&dst.publisher, jsonString(p["name"]))
		}
		for k, e := range t {
			if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" || k == "hasPart" || k == "itemListElement" {
				walkJSONLD(e, art, other, depth+1)
			}
		}
	}
}

// isArticleType reports whether a JSON-LD @type names a kind of article.
func isArticleType(v any) bool {
	switch t := v.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func jsonString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return jsonString(t[0])
		}
	}
	return ""
}

func setIfEmpty(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

func controlToSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// titleSeparators split "Headline | Site" style titles.
var titleSeparators = [...]string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "}

// splitTitle drops a site-name part from a <title>: the part equal to the
// known site name, or else a short last part (≤ 4 words) beside a longer
// headline, which it returns as the site name when the page names none.
func splitTitle(title, site string) (headline, siteName string) {
	title = collapseSpace(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if site != "" && strings.EqualFold(tail, site) {
			return head, site
		}
		if j := strings.Index(title, sep); site != "" && strings.EqualFold(strings.TrimSpace(title[:j]), site) {
			return strings.TrimSpace(title[j+len(sep):]), site
		}
		if len(strings.Fields(tail)) <= 4 && len(tail) < len(head) {
			return head, tail
		}
	}
	return title, site
}

// trimSiteName drops a " | Site" suffix naming the site from a title that
// should carry none (og:title); other separators are left alone there.
func trimSiteName(title, site string) string {
	title = collapseSpace(title)
	if site == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(head) != "" {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// absoluteURL resolves ref against base; it returns "" for non-http URLs.
func absoluteURL(ref, base string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(base); err == nil && base != "" {
		u = b.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}
