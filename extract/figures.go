// Figures: the amount, size, term, hardware and sites a clause gives its
// deal, and when figures show another agreement between the same companies.

package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// attrs are the figures a sentence states.
type attrs struct {
	amount       *newsgraph.Amount
	additional   bool
	valuation    bool // the price of a whole company, the value of a takeover only
	months       *float64
	count, power *float64
	gpus, sites  []string
}

// attributes collects the figures of a clause; amounts and power that are
// new totals, market values or per-share prices are left out.
func (a *assembler) attributes(si *sentenceInfo, cl clause, anchor int) attrs {
	var at attrs
	best := -1
	bestDist := math.MaxInt
	// a gapped subject's figure follows its name
	after := anchor
	if anchor >= 0 {
		// set by the caller
	} else if anchor = cl.start; len(cl.triggers) > 0 {
		anchor = cl.triggers[0].word.Start
		for _, t := range cl.triggers {
			if !t.definite {
				anchor = t.word.Start
				break
			}
		}
	}
	totals := totalStart.MatchString(si.low)
	for i, m := range a.f.amounts {
		if m.Start < cl.start || m.End > cl.end || m.Start < after || totals || !a.dealMoney(si, m.Start, m.End) {
			// "Au total, les contrats de Cipher atteignent 8,5 milliards":
			// a sum of deals is none of them
			continue
		}
		if combined.MatchString(a.f.text[max(si.start, m.Start-20):m.Start]) {
			// the total of several deals is none of theirs
			continue
		}
		if best >= 0 && a.f.amounts[best].End <= m.Start && partOf.MatchString(a.f.text[a.f.amounts[best].End:m.Start]) {
			// "$30bn, of which $20bn is conditional": the whole
			continue
		}
		d := abs(m.Start - anchor)
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		m := a.f.amounts[best]
		at.amount = &m
		before := a.f.text[max(si.start, m.Start-60):m.Start]
		// "a deal valued at $18 billion" is the deal's own value
		at.valuation = valuation.MatchString(before) && !dealValued.MatchString(before)
		ctx := a.f.text[max(si.start, m.Start-30):min(si.end, m.End+40)]
		at.additional = additional.MatchString(ctx)
	}
	at.power = a.nearest(a.f.power, si, cl, anchor, true)
	at.count = a.nearest(a.f.counts, si, cl, anchor, false)
	at.months = a.nearest(a.f.durations, si, cl, anchor, false)
	for _, g := range a.f.gpus {
		if g.start >= cl.start && g.end <= cl.end && !contains(at.gpus, g.name) {
			at.gpus = append(at.gpus, g.name)
		}
	}
	for _, s := range a.f.sites {
		if s.start >= si.start && s.end <= si.end && !contains(at.sites, s.name) {
			at.sites = append(at.sites, s.name)
		}
	}
	return at
}

func (a *assembler) nearest(xs []numRef, si *sentenceInfo, cl clause, anchor int, totals bool) *float64 {
	var best *float64
	bestDist := math.MaxInt
	for _, x := range xs {
		if x.start < cl.start || x.end > cl.end {
			continue
		}
		if totals && a.newTotal(si, x.start) || perUnit.MatchString(a.f.text[x.end:min(si.end, x.end+12)]) {
			// "campuses of more than 100 megawatts each": a unit's size,
			// not the deal's
			continue
		}
		if d := abs(x.start - anchor); d < bestDist {
			v := x.value
			best, bestDist = &v, d
		}
	}
	return best
}

// dealMoney reports whether the amount at [start,end) can be a deal's value.
func (a *assembler) dealMoney(si *sentenceInfo, start, end int) bool {
	before := a.f.text[max(si.start, start-60):start]
	if excludeBefore.MatchString(before) || perShare.MatchString(a.f.text[end:min(si.end, end+20)]) || perUnit.MatchString(a.f.text[end:min(si.end, end+20)]) ||
		companyFigure.MatchString(a.f.text[end:min(si.end, end+40)]) {
		return false
	}
	for _, m := range a.f.amounts {
		if m.Start == start && m.Value < minDealValue {
			// a share price or a fee ("a discount to Friday's close of
			// $92.98", "16 dollars en numéraire par action")
			return false
		}
	}
	return !a.newTotal(si, start)
}

// minDealValue is the least amount, in its own currency, that can be the
// value of an AI-infrastructure deal.
const minDealValue = 100_000

// newTotal reports a figure that states a new total after an increase:
// "raised its commitment to $3.2 billion", "porte la capacité à 360 MW".
func (a *assembler) newTotal(si *sentenceInfo, start int) bool {
	before := strings.ToLower(a.f.text[si.start:start])
	before = strings.TrimRight(before, " \u00a0")
	for _, w := range []string{"about", "approximately", "around", "roughly", "nearly", "environ", "près de", "some", "over", "more than", "plus de"} {
		before = strings.TrimSuffix(strings.TrimRight(before, " \u00a0"), w)
	}
	before = strings.TrimRight(before, " \u00a0")
	if !(strings.HasSuffix(before, " to") || strings.HasSuffix(before, " à")) ||
		strings.HasSuffix(before, " up to") || strings.HasSuffix(before, "jusqu'à") || strings.HasSuffix(before, "jusqu’à") {
		return false
	}
	return increaseVerb.MatchString(before[max(0, len(before)-90):])
}

// conflicts reports figures that show a different agreement between the
// same companies (another amount, another size, another term).
func (a *assembler) conflicts(d *dealBuilder, at attrs) bool {
	if at.amount != nil && d.amount != nil && !at.additional && !at.valuation && !sameMoney(*d.amount, *at.amount) {
		return true
	}
	if at.power != nil && d.power != nil && math.Abs(*at.power-*d.power) > 0.01**d.power {
		return true
	}
	if at.months != nil && d.months != nil && *at.months != *d.months {
		return true
	}
	return false
}

// sameMoney treats a rounded figure ("$14B") as the precise one ("$14.2B").
func sameMoney(a, b newsgraph.Amount) bool {
	if a.Currency != b.Currency {
		return false
	}
	return math.Abs(a.Value-b.Value) <= 0.03*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

// apply fills the deal's missing figures from at; strong evidence may set
// the amount and the term, weak evidence only the hardware and the site.
func (d *dealBuilder) apply(at attrs, strong bool) {
	if at.amount != nil && at.valuation && d.kind != kindAcquisition {
		at.amount = nil
	}
	if at.amount != nil && strong {
		switch {
		case d.amount == nil:
			d.amount = at.amount
			d.attrs++
		case d.amount != nil && sameMoney(*d.amount, *at.amount) && precision(at.amount.Value) > precision(d.amount.Value):
			d.amount = at.amount
		}
	}
	if at.months != nil && d.months == nil && strong {
		d.months = at.months
		d.attrs++
	}
	if at.power != nil && d.power == nil {
		d.power = at.power
		d.attrs++
	}
	if at.count != nil && d.count == nil {
		d.count = at.count
		d.attrs++
	}
	for _, g := range at.gpus {
		if !contains(d.gpus, g) {
			d.gpus = append(d.gpus, g)
			d.attrs++
		}
	}
	for _, s := range at.sites {
		if !contains(d.sites, s) {
			d.sites = append(d.sites, s)
			d.attrs++
		}
	}
}

// precision counts the significant digits of v, so 14.2e9 beats 14e9.
func precision(v float64) int {
	m := strconv.FormatFloat(math.Abs(v), 'e', -1, 64)
	if k := strings.IndexByte(m, 'e'); k >= 0 {
		m = m[:k]
	}
	return len(strings.Replace(m, ".", "", 1))
}
