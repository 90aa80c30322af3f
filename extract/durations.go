package extract

import (
	"regexp"

	"github.com/newsgraph/newsgraph/extract/when"
)

// durations finds the terms of contracts ("five-year", "sur cinq ans"),
// leaving out spans of elapsed time ("il y a moins d'un an", "two years
// ago", "depuis trois ans"), which no agreement lasts.
func durations(txt, lang string) []numRef {
	var out []numRef
	for _, d := range when.Durations(txt, lang) {
		if !valid(txt, d.Start, d.End, d.Text) {
			continue
		}
		if elapsedBefore.MatchString(txt[max(0, d.Start-30):d.Start]) || elapsedAfter.MatchString(txt[d.End:min(len(txt), d.End+20)]) {
			continue
		}
		out = append(out, numRef{value: float64(d.Months), span: span{d.Start, d.End}})
	}
	return out
}

var (
	elapsedBefore = regexp.MustCompile(`(?i)(?:\bil y a|\bdepuis|\bsince|\bfor the (?:past|last)|\bover the (?:past|last)|\bau cours des|\bces)\s+(?:(?:moins|plus|près|environ|quelque|more than|less than|about|nearly)\s+(?:d['’]|de\s+|than\s+)?)?$`)
	elapsedAfter  = regexp.MustCompile(`(?i)^\s*(?:ago|earlier|plus tôt|auparavant|avant)\b`)
)
