package extract

import (
	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/when"
)

// dates finds calendar dates (resolved against published) and durations.
func dates(txt, lang, published string) ([]newsgraph.Date, []newsgraph.Date, []numRef) {
	var out []newsgraph.Date
	for _, d := range when.Find(txt, lang, published) {
		if valid(txt, d.Start, d.End, d.Text) {
			out = append(out, d)
		}
	}
	return out, out, durations(txt, lang)
}
