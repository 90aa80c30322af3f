package article

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mark says whether a subtree can hold body text.
type mark uint8

const (
	markNone mark = iota
	// markJunk subtrees never hold body text: scripts, styles, controls,
	// hidden elements, menus.
	markJunk
	// markUnlikely subtrees are named like page furniture (sidebar, share,
	// related, comments…); they are left out unless that leaves no article.
	markUnlikely
)

// junkTags never contain article text.
var junkTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Button: true, atom.Input: true, atom.Select: true,
	atom.Textarea: true, atom.Option: true, atom.Nav: true, atom.Audio: true,
	atom.Video: true, atom.Map: true, atom.Head: true, atom.Link: true, atom.Meta: true,
	atom.Dialog: true, atom.Label: true, atom.Menu: true, atom.Figcaption: true,
}

// unlikelyTags are page regions rather than article parts.
var unlikelyTags = map[atom.Atom]bool{
	atom.Header: true, atom.Footer: true, atom.Aside: true,
}

var (
	// strongNegative names are boilerplate even inside an article element
	// ("article-share", "related-articles").
	strongNegative = nameMatcher{
		subs: []string{"related", "rollover", "tooltip", "popover", "hovercard", "share", "sharing",
			"social", "comment", "newsletter", "cookie", "consent", "gdpr", "promo", "sponsor",
			"outbrain", "taboola", "recommend", "trending", "more-stories", "subscribe", "signup",
			"sign-up", "byline", "breadcrumb", "sidebar", "skyscraper", "disqus", "popup", "modal",
			"author-bio", "read-more", "readmore", "most-popular", "mostpopular", "tags", "tagcloud",
			"advert", "adslot", "ad-slot", "dfp", "print-only", "toolbar", "jump-link"},
		words: []string{"ad", "ads"},
	}
	// weakNegative names are boilerplate unless the same element is also
	// named like content ("header" but not "article-header-body").
	weakNegative = nameMatcher{
		subs: []string{"banner", "combx", "community", "cover-wrap", "extra", "footer", "header",
			"masthead", "menu", "pager", "pagination", "remark", "replies", "rss", "shoutbox",
			"supplemental", "widget", "utility", "meta", "caption", "credit", "timestamp",
			"dateline", "author", "hidden", "login", "search", "teaser"},
		// "right-rail" is a sidebar, "grid-layout--adrail" a layout grid.
		words:    []string{"rail", "rails"},
		prefixes: []string{"nav"},
	}
	// okContent names mark the article body.
	okContent = nameMatcher{
		subs: []string{"article", "body", "column", "content", "main", "story", "entry", "post", "text"},
	}
	// hiddenClass are utility classes that hide an element from readers.
	hiddenClass = map[string]bool{
		"hidden": true, "hide": true, "d-none": true, "sr-only": true, "visually-hidden": true,
		"visuallyhidden": true, "screen-reader-text": true, "screen-reader-only": true,
		"is-hidden": true, "u-hidden": true, "element-invisible": true, "offscreen": true,
	}
	// navRoles are ARIA landmarks of page furniture.
	navRoles = map[string]mark{
		"navigation": markJunk, "menu": markJunk, "menubar": markJunk, "toolbar": markJunk,
		"search": markJunk, "dialog": markJunk, "alertdialog": markJunk, "button": markJunk,
		"banner": markUnlikely, "contentinfo": markUnlikely, "complementary": markUnlikely,
	}
)

// markNodes marks the junk and unlikely subtrees of the tree under top.
// An element that holds the page's headline or article (h1, article, main,
// a schema.org articleBody, or most of the page's paragraph text) is never
// marked unlikely by its name: themes name whole-page wrappers
// "header-style-2" or "content-with-sidebar".
func markNodes(top *html.Node) map[*html.Node]mark {
	marks := make(map[*html.Node]mark)
	type candidate struct {
		n     *html.Node
		ptext int
	}
	var unlikely []candidate
	var visit func(n *html.Node, inP bool) (holds bool, ptext int)
	visit = func(n *html.Node, inP bool) (holds bool, ptext int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && inP {
				ptext += len(c.Data)
			}
			if c.Type != html.ElementNode {
				continue
			}
			m := markOf(c)
			if m == markJunk {
				marks[c] = m
				continue
			}
			sub, pt := visit(c, inP || c.DataAtom == atom.P)
			if m == markUnlikely && !sub && !holdsArticle(c) {
				unlikely = append(unlikely, candidate{c, pt})
			}
			holds = holds || sub || holdsArticle(c)
			ptext += pt
		}
		return holds, ptext
	}
	_, total := visit(top, false)
	for _, c := range unlikely {
		if c.ptext*2 <= total || total == 0 {
			marks[c.n] = markUnlikely
		}
	}
	return marks
}

// holdsArticle reports whether n itself is an article landmark.
func holdsArticle(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.Article, atom.Main:
		return true
	}
	return strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// markOf judges one element by its tag, ARIA role, visibility and names.
func markOf(n *html.Node) mark {
	if junkTags[n.DataAtom] {
		return markJunk
	}
	var class, id, role, style string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		case "role":
			role = strings.ToLower(a.Val)
		case "style":
			style = a.Val
		case "hidden":
			return markJunk
		case "aria-hidden":
			if a.Val == "true" {
				return markJunk
			}
		}
	}
	if m, ok := navRoles[role]; ok {
		return m
	}
	if style != "" && isHiddenStyle(style) {
		return markJunk
	}
	for _, c := range strings.Fields(class) {
		if hiddenClass[strings.ToLower(c)] {
			return markJunk
		}
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main {
		return markNone
	}
	if unlikelyTags[n.DataAtom] {
		return markUnlikely
	}
	if (class == "" && id == "") || n.DataAtom == atom.Article {
		return markNone
	}
	names := newNames(class, id)
	// Embedded posts (tweets, Instagram) quote what the story is about.
	if strongNegative.match(names) && !strings.Contains(names.all, "embed") && n.DataAtom != atom.Blockquote {
		return markUnlikely
	}
	if weakNegative.match(names) && !okContent.match(names) {
		return markUnlikely
	}
	return markNone
}

func isHiddenStyle(style string) bool {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// positiveHints name the element that holds the article body itself, once
// "-" and "_" are taken out of its class and id ("article__body").
var positiveHints = []string{"articlebody", "articlecontent", "articletext", "storybody",
	"storycontent", "storytext", "entrycontent", "postbody", "postcontent", "posttext",
	"contentbody", "bodytext", "bodycopy", "maincontent"}

// hintFactor favours elements that announce themselves as the article body.
func hintFactor(n *html.Node) float64 {
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return 1.3
	}
	f := 1.0
	if n.DataAtom == atom.Article {
		f = 1.1
	}
	class, id := attr(n, "class"), attr(n, "id")
	if class == "" && id == "" {
		return f
	}
	joined := strings.NewReplacer("-", "", "_", "").Replace(strings.ToLower(class + " " + id))
	for _, h := range positiveHints {
		if strings.Contains(joined, h) {
			return 1.2
		}
	}
	return f
}

// names is the lowercased class and id of an element, whole and cut into
// words at every character that is not a letter or digit.
type names struct {
	all   string
	words []string
}

func newNames(class, id string) names {
	all := strings.ToLower(class + " " + id)
	return names{all: all, words: strings.FieldsFunc(all, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})}
}

// nameMatcher recognises class and id names by substrings, whole words and
// word prefixes.
type nameMatcher struct {
	subs, words, prefixes []string
}

func (m nameMatcher) match(n names) bool {
	for _, s := range m.subs {
		if strings.Contains(n.all, s) {
			return true
		}
	}
	for _, w := range n.words {
		for _, x := range m.words {
			if w == x {
				return true
			}
		}
		for _, p := range m.prefixes {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
