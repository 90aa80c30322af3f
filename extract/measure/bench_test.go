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
	"fr": "Microsoft a signé lundi un contrat de 9,7 milliards de dollars sur cinq ans avec la société australienne IREN. " +
		"L'accord donne accès à des GPU GB300 de Nvidia, déployés par phases jusqu'en 2026 au Texas, pour une capacité de 750 mégawatts. " +
		"IREN a engagé environ 5\u202f800 millions de dollars pour acheter 200 000 GPU auprès de Dell. " +
		"Le mois dernier, Microsoft avait conclu un accord avec Nscale portant sur trois centres de données en Europe. " +
		"Selon le PDG, l'accord produira environ 1,94 milliard de dollars de revenus annualisés et n'utilisera que 10 % de la capacité. " +
		"Oracle achèterait 400 000 puces Nvidia GB200 pour le site d'Abilene, dont la construction a débuté en juin 2024. " +
		"Le projet prévoit de lever entre 100 et 500 milliards de dollars à terme, avec un campus de 1,2 GW d'ici mi-2026. " +
		"La valorisation de Nvidia atteint 4 500 milliards de dollars, soit plus de 2 000 fois celle de 2010. ",
	"en": "Microsoft signed a $9.7 billion, five-year contract with Australia's IREN on Monday to secure AI cloud capacity. " +
		"The agreement provides access to Nvidia's GB300 NVL72 systems, deployed in phases through 2026 at a 750-megawatt site. " +
		"Separately, IREN has committed approximately US$5.8 billion to purchase 200,000 GPUs from Dell Technologies. " +
		"Last month, Microsoft entered an agreement with Nscale spanning three data centers in Europe and one in the United States. " +
		"Nebius aims for an annualised revenue run-rate of US$7–9 billion by the end of 2026, up from $551 million in September. " +
		"Oracle plans to deploy approximately 400,000 Nvidia GB200 chips at the 1.2 GW Abilene campus, complete in mid-2026. " +
		"AMD issued OpenAI a warrant at $0.01 per share; the first gigawatt of MI450 GPUs starts in the second half of 2026. " +
		"Shares rose 4.30% and the GB2025 code, H1 2026 results and 2030 GPUs are not dates. ",
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
