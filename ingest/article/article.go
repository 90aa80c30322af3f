// Package article turns a news page (HTML, already decoded to UTF-8) into its
// article body and metadata: title, canonical URL, site name, publication date
// and the language declared by the page.
//
// The body is found by content scoring rather than per-site rules: the page is
// cut into text blocks, every block is judged on its length, link density and
// sentence punctuation, the element whose subtree holds the most article-like
// text (minus the boilerplate it would drag in) is chosen, and the blocks of
// that element are written out without the link lists, share bars, headings
// that introduce nothing and other page chrome they may still contain.
package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// Result is what Extract finds in one page. Every field is valid UTF-8 and
// empty when the page does not carry it.
type Result struct {
	// Text is the article body, paragraphs separated by a blank line.
	Text string
	// Title is the headline without the site-name suffix of <title>.
	Title string
	// CanonicalURL is the absolute URL the page declares for itself.
	CanonicalURL string
	// SiteName is the publication's name.
	SiteName string
	// Published is the publication date as written on the page, YYYY-MM-DD.
	Published string
	// Lang is the lang attribute of <html>, as written.
	Lang string
}

// Extract returns the article body and metadata of a news page. html must be
// valid UTF-8; pageURL (possibly empty) resolves relative canonical links and
// supplies a date from its path when the page carries none.
func Extract(html []byte, pageURL string) (Result, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(html))
	if err != nil {
		// The parser refuses trees nested deeper than 512 elements, which
		// pages with thousands of unclosed tags reach; their text is still
		// worth reading with the excess tags left out.
		var err2 error
		if doc, err2 = goquery.NewDocumentFromReader(bytes.NewReader(limitNesting(html, maxNesting))); err2 != nil {
			return Result{}, fmt.Errorf("parse HTML of %q: %w", pageURL, err)
		}
	}
	m := readMeta(doc, pageURL)
	text := bodyText(doc)
	if utf8.RuneCountInString(text) < minBodyRunes && len(m.articleBody) > len(text) {
		// Pages rendered by script often ship the body only in JSON-LD.
		text = normalizeBlockText(m.articleBody)
	}
	return Result{
		Text:         clean(text),
		Title:        clean(m.title),
		CanonicalURL: clean(m.canonical),
		SiteName:     clean(m.siteName),
		Published:    m.published,
		Lang:         clean(m.lang),
	}, nil
}

// clean makes s valid UTF-8 without surrounding white space.
func clean(s string) string {
	return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD"))
}
