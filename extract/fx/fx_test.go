package fx

import (
	"encoding/csv"
	"math"
	"os"
	"slices"
	"strconv"
	"testing"
)

// csvRates reads rates.csv from disk with encoding/csv, independently of the
// package's own parser, keyed by currency then month.
func csvRates(t *testing.T) map[string]map[string]float64 {
	t.Helper()
	f, err := os.Open("rates.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]float64{}
	for _, r := range rows[1:] {
		v, err := strconv.ParseFloat(r[2], 64)
		if err != nil {
			t.Fatalf("row %v: %v", r, err)
		}
		if out[r[1]] == nil {
			out[r[1]] = map[string]float64{}
		}
		out[r[1]][r[0]] = v
	}
	return out
}

func lastMonth(months map[string]float64) string {
	var last string
	for m := range months {
		last = max(last, m)
	}
	return last
}

func TestTableCoversRequiredCurrencies(t *testing.T) {
	want := []string{"AED", "AUD", "CAD", "CHF", "CNY", "EUR", "GBP", "INR", "JPY", "KRW", "NOK", "SAR", "SEK"}
	got := Currencies()
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("Currencies() = %v, want %v", got, want)
	}
	rates := csvRates(t)
	for _, c := range want {
		if _, ok := rates[c]["2015-01"]; !ok {
			t.Errorf("%s: no rate for 2015-01", c)
		}
		if last := lastMonth(rates[c]); last < "2025-12" {
			t.Errorf("%s: table ends at %s, before the end of 2025", c, last)
		}
	}
}

func TestToUSDMatchesEveryCSVRow(t *testing.T) {
	const amount = 9.7e9
	for cur, months := range csvRates(t) {
		for month, rate := range months {
			got, ok := ToUSD(amount, cur, month)
			if !ok || math.Abs(got-amount*rate) > 1e-6*amount*rate {
				t.Fatalf("ToUSD(%g, %s, %s) = %g, %v; want %g", amount, cur, month, got, ok, amount*rate)
			}
		}
	}
}

func TestToUSD(t *testing.T) {
	rates := csvRates(t)
	eurLast := lastMonth(rates["EUR"])
	m, err := parseMonth(eurLast)
	if err != nil {
		t.Fatal(err)
	}
	plus := func(n int) string { return formatMonth(m + n) }

	tests := []struct {
		name     string
		value    float64
		currency string
		month    string
		want     float64
		ok       bool
	}{
		{"dollars are returned as is", 9.7e9, "USD", "2025-11", 9.7e9, true},
		{"dollars need a valid month too", 1, "USD", "2025-13", 0, false},
		{"euros in Brookfield's month", 20e9, "EUR", "2025-02", 20e9 * rates["EUR"]["2025-02"], true},
		{"lower-case code", 2e9, "eur", "2025-02", 2e9 * rates["EUR"]["2025-02"], true},
		{"pounds", 1.5e9, "GBP", "2025-09", 1.5e9 * rates["GBP"]["2025-09"], true},
		{"yen", 1e12, "JPY", "2024-03", 1e12 * rates["JPY"]["2024-03"], true},
		{"riyals from the HMRC series", 1e9, "SAR", "2025-05", 1e9 * rates["SAR"]["2025-05"], true},
		{"dirhams from the HMRC series", 1e9, "AED", "2025-05", 1e9 * rates["AED"]["2025-05"], true},
		{"first month of the table", 1, "CHF", "2015-01", rates["CHF"]["2015-01"], true},
		{"before the table", 1, "EUR", "2014-12", 0, false},
		{"one month past the end carries the last rate", 1, "EUR", plus(1), rates["EUR"][eurLast], true},
		{"three months past the end still carries", 1, "EUR", plus(MaxCarryMonths), rates["EUR"][eurLast], true},
		{"four months past the end has no rate", 1, "EUR", plus(MaxCarryMonths + 1), 0, false},
		{"unknown currency", 1, "XYZ", "2025-01", 0, false},
		{"currency the table lacks", 1, "BRL", "2025-01", 0, false},
		{"empty currency", 1, "", "2025-01", 0, false},
		{"month 13", 1, "EUR", "2025-13", 0, false},
		{"single-digit month", 1, "EUR", "2025-1", 0, false},
		{"full date instead of month", 1, "EUR", "2025-01-15", 0, false},
		{"slash separator", 1, "EUR", "2025/01", 0, false},
		{"empty month", 1, "EUR", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ToUSD(tt.value, tt.currency, tt.month)
			if ok != tt.ok || math.Abs(got-tt.want) > 1e-9*math.Abs(tt.want) {
				t.Errorf("ToUSD(%g, %q, %q) = %g, %v; want %g, %v", tt.value, tt.currency, tt.month, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRateReportsMonthUsed(t *testing.T) {
	last := lastMonth(csvRates(t)["GBP"])
	m, _ := parseMonth(last)
	if _, used, ok := Rate("GBP", formatMonth(m+2)); !ok || used != last {
		t.Errorf("Rate(GBP, last+2) used %q, %v; want %q, true", used, ok, last)
	}
	if _, used, ok := Rate("GBP", "2023-06"); !ok || used != "2023-06" {
		t.Errorf("Rate(GBP, 2023-06) used %q, %v; want 2023-06, true", used, ok)
	}
}

// The Gulf currencies are pegged to the dollar, so a table built from a
// published series must show them flat; a unit or inversion error would not
// be. HMRC's AED rates of 2015–2016 wander up to about 3% from the peg (that is
// the published series), hence the tolerance.
func TestPeggedCurrenciesAreFlat(t *testing.T) {
	rates := csvRates(t)
	for _, cur := range []string{"SAR", "AED"} {
		var vals []float64
		for _, v := range rates[cur] {
			vals = append(vals, v)
		}
		slices.Sort(vals)
		median := vals[len(vals)/2]
		for month, v := range rates[cur] {
			if math.Abs(v-median)/median > 0.03 {
				t.Errorf("%s %s: %g USD, more than 3%% from the median %g", cur, month, v, median)
			}
		}
	}
}

// The table stores dollar values, so a cross rate between two currencies is a
// ratio of two rows; an inverted or mis-scaled row would put EUR→JPY far out
// of the 100–200 yen band the pair has stayed in since 2015.
func TestCrossRatesConsistent(t *testing.T) {
	rates := csvRates(t)
	for month, eur := range rates["EUR"] {
		jpy, ok := rates["JPY"][month]
		if !ok {
			t.Fatalf("JPY missing for %s", month)
		}
		if yenPerEuro := eur / jpy; yenPerEuro < 100 || yenPerEuro > 200 {
			t.Errorf("%s: %g yen per euro", month, yenPerEuro)
		}
	}
}

func TestParseTableRejectsBadData(t *testing.T) {
	tests := map[string]string{
		"bad header":    "month,cur,rate\n2015-01,EUR,1.1\n",
		"bad month":     "month,currency,usd_per_unit\n2015-1,EUR,1.1\n",
		"zero rate":     "month,currency,usd_per_unit\n2015-01,EUR,0\n",
		"text rate":     "month,currency,usd_per_unit\n2015-01,EUR,abc\n",
		"gap in months": "month,currency,usd_per_unit\n2015-01,EUR,1.1\n2015-03,EUR,1.1\n",
		"short row":     "month,currency,usd_per_unit\n2015-01,EUR\n",
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := parseTable(data); err == nil {
				t.Errorf("parseTable accepted %q", data)
			}
		})
	}
}

func BenchmarkToUSD(b *testing.B) {
	for b.Loop() {
		ToUSD(9.7e9, "EUR", "2025-11")
	}
}

func FuzzToUSD(f *testing.F) {
	for _, s := range [][2]string{{"EUR", "2025-11"}, {"usd", "2025-13"}, {"JPY", "0000-01"}, {"", ""}, {"SAR", "9999-12"}} {
		f.Add(1.5e9, s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, v float64, currency, month string) {
		usd, ok := ToUSD(v, currency, month)
		if !ok && usd != 0 {
			t.Errorf("ToUSD(%g, %q, %q) = %g with ok=false", v, currency, month, usd)
		}
	})
}
