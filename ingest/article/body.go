package article

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minBodyRunes is the length below which an extraction is taken to have
// missed the article: boilerplate filters are then relaxed, and the JSON-LD
// articleBody is used when it is longer.
const minBodyRunes = 250

// bodyText returns the article body of doc, paragraphs separated by "\n\n".
func bodyText(doc *goquery.Document) string {
	root := doc.Find("body").First()
	if root.Length() == 0 {
		root = doc.Selection
	}
	if root.Length() == 0 {
		return ""
	}
	top := root.Nodes[0]
	marks := markNodes(top)
	text := extractBody(top, marks, true)
	if utf8.RuneCountInString(text) < minBodyRunes {
		if relaxed := extractBody(top, marks, false); len(relaxed) > len(text) {
			text = relaxed
		}
	}
	return text
}

// extractBody segments the tree under top into blocks, picks the element
// that best holds the article and writes out its blocks. In strict mode the
// subtrees whose names look like boilerplate are left out from the start.
func extractBody(top *html.Node, marks map[*html.Node]mark, strict bool) string {
	w := walker{marks: marks, strict: strict, cur: top}
	w.walk(top, false, false)
	w.flush()
	if len(w.blocks) == 0 {
		return ""
	}
	best := chooseContainer(w.blocks, top)
	return render(w.blocks, best)
}

// chooseContainer picks the article element in two steps. The core is the
// element closest to the most article text: each block counts fully for its
// own element and less for each level above, so a wrapper that merely holds
// the article and a column of teasers does not outscore the article's own
// element. The core then grows to its ancestors while they add more
// article text than boilerplate (a lede or a second body part beside it).
func chooseContainer(blocks []block, top *html.Node) *html.Node {
	type acc struct{ good, bad, near, nearBad, hint float64 }
	sums := make(map[*html.Node]*acc, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		g, bad := b.weights()
		if g == 0 && bad == 0 {
			continue
		}
		d := 0
		for n := b.parent; n != nil; n = n.Parent {
			a := sums[n]
			if a == nil {
				a = &acc{hint: hintFactor(n)}
				sums[n] = a
			}
			a.good += g
			a.bad += bad
			a.near += g * decay(d)
			a.nearBad += bad * decay(d)
			d++
			if n == top {
				break
			}
		}
	}
	var core *html.Node
	bestScore := 0.0
	for i := range blocks {
		for n := blocks[i].parent; n != nil; n = n.Parent {
			a := sums[n]
			if a == nil {
				break
			}
			if s := (a.near - badShare*a.nearBad) * a.hint; s > bestScore {
				core, bestScore = n, s
			}
			if n == top {
				break
			}
		}
	}
	if core == nil {
		return top
	}
	// Growth counts only article text laid out like the core's own (same
	// element and class), so the teaser summaries of a wrapper do not pull
	// the container up while the rest of a body split in sections does.
	sigs := make(map[string]bool)
	for i := range blocks {
		if g, _ := blocks[i].weights(); g > 0 && isAncestor(core, blocks[i].parent) {
			sigs[signature(blocks[i].parent)] = true
		}
	}
	same := make(map[*html.Node]float64)
	for i := range blocks {
		b := &blocks[i]
		g, _ := b.weights()
		if g == 0 || !sigs[signature(b.parent)] {
			continue
		}
		for n := b.parent; n != nil; n = n.Parent {
			same[n] += g
			if n == top {
				break
			}
		}
	}
	net := func(n *html.Node) float64 { return same[n] - badShare*sums[n].bad }
	// An <article> or articleBody element around the core bounds the growth:
	// what lies outside it is another story or the page around it.
	best, bestNet := core, net(core)
	for n := core; n != top && n.Parent != nil && sums[n.Parent] != nil && !isArticleBoundary(n); n = n.Parent {
		if up := net(n.Parent); up > bestNet*(1+growMargin)+minGrowth {
			best, bestNet = n.Parent, up
		}
	}
	return best
}

// isArticleBoundary reports whether n is an element that encloses one
// story: <article> or a schema.org articleBody.
func isArticleBoundary(n *html.Node) bool {
	return n.DataAtom == atom.Article || strings.EqualFold(attr(n, "itemprop"), "articleBody")
}

// signature is the tag and class of an element.
func signature(n *html.Node) string {
	return n.Data + "." + attr(n, "class")
}

// decay is the share of a block's text credited to the element d levels
// above the block's own element.
func decay(d int) float64 {
	switch d {
	case 0:
		return 1
	case 1:
		return 0.5
	}
	return 1 / float64(3*d)
}

// growMargin and minGrowth are how much more net article text an ancestor
// must hold for the container to grow to it.
const (
	growMargin = 0.1
	minGrowth  = 20
)

// badShare is how much a unit of boilerplate text costs a candidate container
// against a unit of article text: containers that would take in a sidebar
// or a list of teasers lose to the element holding only the article.
const badShare = 0.6

// render writes out the blocks inside container, dropping link lists, page
// furniture lines, the headline, orphan headings and datelines. Repeated
// paragraphs are kept: recipes and plans repeat lines on purpose.
func render(blocks []block, container *html.Node) string {
	kept := make([]*block, 0, len(blocks))
	for i := range blocks {
		b := &blocks[i]
		if !isAncestor(container, b.parent) || b.dropInBody() {
			continue
		}
		kept = append(kept, b)
	}
	// Datelines and timestamps stand before or after the story; inside it
	// a bare time is a live blog's section mark.
	first, last := len(kept), -1
	for i, b := range kept {
		if g, _ := b.weights(); g > 0 {
			first, last = min(first, i), i
		}
	}
	var sb strings.Builder
	for i, b := range kept {
		if b.kind == kindHeading && !introducesText(kept[i+1:]) {
			continue
		}
		if (i < first || i > last) && isDateLine(b.text) {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(b.text)
	}
	return sb.String()
}

// introducesText reports whether a heading is followed by body text before
// the next heading.
func introducesText(rest []*block) bool {
	for _, b := range rest {
		if b.kind == kindHeading {
			return false
		}
		if g, _ := b.weights(); g > 0 || b.words >= 4 {
			return true
		}
	}
	return false
}

// isAncestor reports whether a is n or one of its ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// blockKind is the role of the element that holds a block's text.
type blockKind uint8

const (
	kindText blockKind = iota
	kindHeading
	kindTitle // an h1: the headline, which the body leaves out
)

// block is one run of text between block-level boundaries.
type block struct {
	parent   *html.Node // the innermost block-level element holding the text
	text     string
	linkLen  int // bytes of text inside links
	words    int
	kind     blockKind
	sentEnds int // sentence-ending punctuation marks
	inList   bool
	// good and bad are the block's weights, computed once it is complete.
	good, bad float64
}

// listShare is the weight of article-like text inside list items.
const listShare = 0.5

// weights is the block's contribution to a container's article text and to
// its boilerplate text.
func (b *block) weights() (good, bad float64) {
	return b.good, b.bad
}

// judge computes the block's weights: article-like text counts as good,
// link lists as bad, everything else (headings, short lines) as neither.
func (b *block) judge() (good, bad float64) {
	n := float64(len(b.text))
	if n == 0 {
		return 0, 0
	}
	ld := float64(b.linkLen) / n
	switch {
	case ld > 0.5 && b.unlinked() < minUnlinked:
		return 0, n
	case b.kind == kindHeading || b.kind == kindTitle || ld > 0.5:
		return 0, 0
	case ld <= 0.3 && (n >= 150 || (b.words >= 8 && b.sentEnds > 0)):
		if b.inList {
			// Teaser lists are lists; article bullet points are rarely
			// most of an article.
			return listShare * n * (1 - ld), 0
		}
		return n * (1 - ld), 0
	}
	return 0, 0
}

// dropInBody reports whether a block inside the article container is page
// furniture rather than body text.
func (b *block) dropInBody() bool {
	if b.kind == kindTitle {
		return true
	}
	if b.linkLen*2 > len(b.text) && b.unlinked() < minUnlinked && !b.linkedSentence() {
		return true
	}
	return isFurnitureLine(b.text, b.parent.DataAtom == atom.P)
}

// minUnlinked is the length of plain text that makes a mostly linked block
// prose (a list of linked lead-ins followed by their summaries) rather than a
// link list.
const minUnlinked = 50

func (b *block) unlinked() int { return len(b.text) - b.linkLen }

// linkedSentence reports whether a mostly linked block is still a sentence
// of the story: a paragraph of eight words or more ending with a full stop,
// which link lists and teaser headlines (questions, teasers ending in "…")
// do not.
func (b *block) linkedSentence() bool {
	return b.parent.DataAtom == atom.P && b.words >= 8 && endsStatement(b.text)
}

// endsStatement reports whether s ends with one full stop, possibly
// followed by a closing quote or bracket.
func endsStatement(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)] \u00a0")
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
}

// walker cuts a tree into blocks in document order.
type walker struct {
	marks  map[*html.Node]mark
	strict bool
	blocks []block
	buf    []byte
	link   int
	space  bool // the last byte written was a space (or nothing yet)
	cur    *html.Node
	kind   blockKind
	lists  int // open <li> elements
}

func (w *walker) walk(n *html.Node, inLink, inPre bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.text(c.Data, inLink, inPre)
		case html.ElementNode:
			if m := w.marks[c]; m == markJunk || (w.strict && m == markUnlikely) {
				if blockTags[c.DataAtom] {
					w.flush()
				}
				continue
			}
			switch {
			case c.DataAtom == atom.Br:
				w.lineBreak()
			case blockTags[c.DataAtom]:
				w.flush()
				prevCur, prevKind := w.cur, w.kind
				w.cur, w.kind = c, kindOf(c.DataAtom, prevKind)
				if c.DataAtom == atom.Li {
					w.lists++
				}
				w.walk(c, inLink, inPre || c.DataAtom == atom.Pre)
				w.flush()
				if c.DataAtom == atom.Li {
					w.lists--
				}
				w.cur, w.kind = prevCur, prevKind
			default:
				w.walk(c, inLink || c.DataAtom == atom.A, inPre)
			}
		}
	}
}

// kindOf is the kind of the blocks of a block element; plain containers
// (div, section) inherit the kind of the element around them, so the text
// of a <div> inside an <h2> is still a heading.
func kindOf(a atom.Atom, outer blockKind) blockKind {
	switch a {
	case atom.H1:
		return kindTitle
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return kindHeading
	case atom.Div, atom.Span, atom.Section:
		return outer
	}
	return kindText
}

// text appends a text node, collapsing ASCII white space outside <pre> the
// way browsers do; no-break spaces are kept as written.
func (w *walker) text(s string, inLink, inPre bool) {
	start := len(w.buf)
	if inPre {
		w.buf = append(w.buf, s...)
		w.space = strings.HasSuffix(s, " ")
	} else {
		for i := 0; i < len(s); {
			c := s[i]
			if isHTMLSpace(rune(c)) {
				if !w.space {
					w.buf = append(w.buf, ' ')
					w.space = true
				}
				i++
				continue
			}
			j := i + 1
			for j < len(s) && !isHTMLSpace(rune(s[j])) {
				j++
			}
			w.buf = append(w.buf, s[i:j]...)
			w.space = false
			i = j
		}
	}
	if inLink {
		w.link += len(w.buf) - start
	}
}

// lineBreak ends a line inside the current block: lines broken with <br>
// are judged together, as the paragraph they form, and a run of breaks
// becomes one blank line.
func (w *walker) lineBreak() {
	for len(w.buf) > 0 && w.buf[len(w.buf)-1] == ' ' {
		w.buf = w.buf[:len(w.buf)-1]
	}
	if len(w.buf) == 0 || bytes.HasSuffix(w.buf, []byte("\n\n")) {
		return
	}
	w.buf = append(w.buf, '\n')
	w.space = true
}

// flush ends the current block.
func (w *walker) flush() {
	text := strings.TrimSpace(string(w.buf))
	link := w.link
	w.buf = w.buf[:0]
	w.link = 0
	w.space = true
	if text == "" {
		return
	}
	if link > len(text) {
		link = len(text)
	}
	b := block{
		parent:   w.cur,
		text:     text,
		linkLen:  link,
		words:    countWords(text),
		kind:     w.kind,
		sentEnds: countSentenceEnds(text),
		inList:   w.lists > 0,
	}
	b.good, b.bad = b.judge()
	w.blocks = append(w.blocks, b)
}

// blockTags are the elements that start a new line of text in a browser.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Caption: true, atom.Blockquote: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true,
	atom.Details: true, atom.Summary: true, atom.Form: true, atom.Fieldset: true,
	atom.Center: true, atom.Legend: true, atom.Body: true, atom.Html: true,
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' || r == '\u202f'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// countSentenceEnds counts ., ! and ? followed by a space, a closing quote
// or the end of the text, a final "…", and CJK full stops.
func countSentenceEnds(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '"' || s[i+1] == ')' || s[i+1] == 0xe2 || s[i+1] == 0xc2 {
				n++
			}
		}
	}
	if strings.HasSuffix(s, "…") {
		n++
	}
	// Chinese and Japanese full stops need no space after them.
	return n + strings.Count(s, "。") + strings.Count(s, "！") + strings.Count(s, "？")
}

// collapseSpace trims s and collapses its runs of ASCII white space to one
// space, as browsers do; no-break spaces are kept.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, isHTMLSpace), " ")
}

func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

// normalizeBlockText tidies plain text with one paragraph per line into the
// Text form: collapsed spaces, paragraphs separated by "\n\n".
func normalizeBlockText(s string) string {
	var paras []string
	for _, line := range strings.Split(s, "\n") {
		if line = collapseSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}
