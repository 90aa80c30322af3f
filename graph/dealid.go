package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// kindFamily groups deal kinds that different articles use for the same
// deal. One article calls Microsoft's IREN agreement a capacity contract,
// another a GPU cloud lease or a partnership; one calls a stake an investment,
// another financing. Only the family enters the deal's identity, so such
// reports still meet on one Deal node, while an investment and a purchase
// between the same companies stay two deals.
func kindFamily(kind string) string {
	switch kind {
	case newsgraph.KindInvestment, newsgraph.KindFinancing, newsgraph.KindAcquisition:
		return "capital"
	case newsgraph.KindCapacityContract, newsgraph.KindPurchase, newsgraph.KindLease, newsgraph.KindPartnership:
		return "commercial"
	default:
		return strings.ToLower(strings.TrimSpace(kind))
	}
}

// foldName is the form of a company name used in deal identities: case and
// spacing do not make two companies different.
func foldName(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// roundSignificant rounds v to two significant digits. Articles round the
// same amount differently ("$14.2 billion", "14 milliards de dollars") and a
// French article may give a converted figure, so the identity keeps only the
// order of magnitude and the leading two digits.
func roundSignificant(v float64) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	mag := math.Pow(10, math.Floor(math.Log10(math.Abs(v)))-1)
	return math.Round(v/mag) * mag
}

// DealID returns the deterministic identity of a deal reported on published
// (an ISO date, possibly empty): a hash of its sorted, case-folded party
// names, its kind family and its amount — in USD when converted, else in its
// own currency — rounded to two significant digits. Without an amount the
// month of announcement (the deal's date, else published) takes its place.
// The same deal reported by a French and an English article therefore gets
// the same id, whatever the role names, the exact kind or the rounding each
// article uses.
func DealID(d newsgraph.Deal, published string) string {
	names := make([]string, 0, len(d.Parties))
	for _, p := range d.Parties {
		if n := foldName(p.Name); n != "" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	names = slices.Compact(names)

	var key strings.Builder
	key.WriteString("deal/v1\x00")
	key.WriteString(strings.Join(names, "\x1f"))
	key.WriteString("\x00")
	key.WriteString(kindFamily(d.Kind))
	key.WriteString("\x00")
	switch {
	case d.AmountUSD != nil && *d.AmountUSD > 0:
		key.WriteString("USD ")
		key.WriteString(strconv.FormatFloat(roundSignificant(*d.AmountUSD), 'e', 1, 64))
	case d.Amount != nil && d.Amount.Value > 0:
		key.WriteString(strings.ToUpper(d.Amount.Currency))
		key.WriteString(" ")
		key.WriteString(strconv.FormatFloat(roundSignificant(d.Amount.Value), 'e', 1, 64))
	default:
		key.WriteString("month ")
		key.WriteString(month(string(d.Date), published))
	}
	sum := sha256.Sum256([]byte(key.String()))
	return hex.EncodeToString(sum[:16])
}

// month returns the YYYY-MM of the first of dates that has one, or "".
func month(dates ...string) string {
	for _, s := range dates {
		if len(s) >= 7 && s[4] == '-' {
			return s[:7]
		}
	}
	return ""
}
