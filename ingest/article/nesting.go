package article

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxNesting is the depth of open elements kept when a page is too deeply
// nested for the parser, safely under its limit of 512.
const maxNesting = 256

// limitNesting rewrites a page so that no more than limit elements are open
// at once: start tags beyond that depth, and their end tags, are dropped
// while their text is kept, block elements becoming line breaks.
func limitNesting(page []byte, limit int) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	depth, skipped := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.Bytes()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= limit {
				skipped++
				breakLine(&out, name)
				continue
			}
			depth++
		case html.EndTagToken:
			if skipped > 0 {
				skipped--
				name, _ := z.TagName()
				breakLine(&out, name)
				continue
			}
			depth = max(depth-1, 0)
		}
		out.Write(z.Raw())
	}
}

// breakLine writes a <br> in place of a dropped block element's tag, so
// that its text stays apart from the text around it; a run of dropped tags
// gives one <br>, keeping the tree small.
func breakLine(out *bytes.Buffer, tag []byte) {
	if blockTags[atom.Lookup(tag)] && !bytes.HasSuffix(out.Bytes(), []byte("<br>")) {
		out.WriteString("<br>")
	}
}

// voidElements have no end tag and never nest.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true,
	"wbr": true,
}
