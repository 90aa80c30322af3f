package measure_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/gpu"
	"github.com/newsgraph/newsgraph/extract/measure"
	"github.com/newsgraph/newsgraph/extract/money"
	"github.com/newsgraph/newsgraph/extract/when"
)

// paragraphs are news-style sentences written for these benchmarks, about
// 1.5 KB per language; benchDocs repeats them into documents of about 3 KB.
var paragraphs = map[string]string{
	"fr": "Un opérateur de calcul a conclu mardi avec un éditeur de logiciels un bail de 4,2 milliards de dollars courant sur sept ans. " +
		"Le client disposera de serveurs GB300 répartis entre deux halls, pour une puissance totale de 480 mégawatts d'ici 2027. " +
		"Pour équiper le site, l'opérateur a commandé 120 000 GPU à un assembleur pour environ 3\u202f600 millions de dollars. " +
		"Le trimestre précédent, il avait déjà signé un premier contrat couvrant deux centres de données dans le nord de l'Europe. " +
		"La direction table sur 1,35 milliard de dollars de revenus annuels, soit 8 % seulement de la capacité prévue. " +
		"Un concurrent installerait 250 000 puces H200 sur un campus lancé en mars 2023, sans calendrier précis. " +
		"Le programme vise entre 40 et 60 milliards de dollars d'ici la fin de la décennie, avec 900 MW à mi-2028. " +
		"La capitalisation du fabricant dépasse 3 800 milliards de dollars, plus de 1 500 fois son niveau de 2009. ",
	"en": "A compute operator on Tuesday agreed a $4.2 billion, seven-year lease with a software vendor for its new hall. " +
		"The tenant gets GB300 NVL72 racks in two buildings, brought online in stages through 2027 at a 480-megawatt campus. " +
		"To fit out the site, the operator ordered about US$3.6 billion of servers holding 120,000 GPUs from an assembler. " +
		"The previous quarter it had signed a first contract covering two data centers in northern Europe and one in Canada. " +
		"Management expects revenue of US$1.2–1.5 billion a year by the end of 2027, up from $410 million in June. " +
		"A rival would install roughly 250,000 H200 chips at a 900 MW site begun in March 2023, finished in mid-2028. " +
		"The vendor also granted warrants at $0.01 per share; the first MI355X clusters arrive in the first half of 2027. " +
		"Stock rose 3.85%, and the GB2027 code, H2 2027 guidance and 2030 GPUs are not dates. ",
}

// benchDocs returns documents of about 2-3 KB: the dev article texts when
// the shared evaluation data is present, else the paragraphs above.
func benchDocs(b *testing.B) []struct{ text, lang string } {
	b.Helper()
	var docs []struct{ text, lang string }
	recs, err := loadDevRecords()
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range recs {
		docs = append(docs, struct{ text, lang string }{r.Text, r.Lang})
	}
	if len(docs) > 0 {
		return docs
	}
	for lang, p := range paragraphs {
		docs = append(docs, struct{ text, lang string }{strings.Repeat(p, 3000/len(p)+1), lang})
	}
	return docs
}

func bench(b *testing.B, fn func(text, lang string)) {
	docs := benchDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.text)
	}
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		fn(d.text, d.lang)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkMoneyFind(b *testing.B) { bench(b, func(t, l string) { money.Find(t, l) }) }

func BenchmarkGPUFind(b *testing.B) { bench(b, func(t, _ string) { gpu.Find(t) }) }

func BenchmarkWhenFind(b *testing.B) { bench(b, func(t, l string) { when.Find(t, l, "2025-11-04") }) }

func BenchmarkWhenDurations(b *testing.B) { bench(b, func(t, l string) { when.Durations(t, l) }) }

func BenchmarkPower(b *testing.B) { bench(b, func(t, l string) { measure.Power(t, l) }) }

func BenchmarkGPUCounts(b *testing.B) { bench(b, func(t, l string) { measure.GPUCounts(t, l) }) }

// BenchmarkAll runs every grammar of the four packages on each document, as
// the extractor does.
func BenchmarkAll(b *testing.B) {
	bench(b, func(t, l string) {
		money.Find(t, l)
		gpu.Find(t)
		when.Find(t, l, "2025-11-04")
		when.Durations(t, l)
		measure.Power(t, l)
		measure.GPUCounts(t, l)
	})
}
