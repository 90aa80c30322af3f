package extract

import "github.com/newsgraph/newsgraph/extract/when"

func durations(txt, lang string) []numRef {
	var out []numRef
	for _, d := range when.Durations(txt, lang) {
		if valid(txt, d.Start, d.End, d.Text) {
			out = append(out, numRef{value: float64(d.Months), span: span{d.Start, d.End}})
		}
	}
	return out
}
