package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTexts returns texts of about 3 KB: the dev article texts (read from
// ../shared when it is there) joined end to end and cut at paragraph ends,
// or test sentences repeated.
func benchTexts(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "dev", "gold", "*.json"))
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		var rec struct{ Text string }
		if err := json.Unmarshal(raw, &rec); err != nil {
			b.Fatalf("parse %s: %v", f, err)
		}
		texts = append(texts, rec.Text)
	}
	var chunks []string
	var cur strings.Builder
	for _, t := range texts {
		cur.WriteString(t)
		cur.WriteString("\n\n")
		if cur.Len() >= 3000 {
			chunks = append(chunks, cur.String())
			cur.Reset()
		}
	}
	texts = chunks
	if len(texts) == 0 {
		s := strings.Repeat("Microsoft signed a $9.7 billion contract with Australia's IREN for Nvidia GB300 GPUs at its Childress, Texas campus. "+
			"La start-up française Sesterce, basée à Grenoble, construit un centre de données en Essonne avec Dell Technologies. ", 12)
		texts = append(texts, s)
	}
	return texts
}

func BenchmarkCompaniesAndPlaces(b *testing.B) {
	g, texts := benchSetup(b)
	for i := 0; i < b.N; i++ {
		t := texts[i%len(texts)]
		g.Companies(t, "en")
		g.Places(t, "en")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkEntities(b *testing.B) {
	g, texts := benchSetup(b)
	for i := 0; i < b.N; i++ {
		g.Entities(texts[i%len(texts)], "en")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDescriptions(b *testing.B) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	texts := benchTexts(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range g.Descriptions(texts[i%len(texts)], "en") {
			g.Matches(d, "Nvidia")
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// benchSetup loads the gazetteers and the texts, and sets the benchmark's
// bytes per operation to the mean text length.
func benchSetup(b *testing.B) (*Gazetteer, []string) {
	g, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	texts := benchTexts(b)
	bytes := 0
	for _, t := range texts {
		bytes += len(t)
	}
	b.SetBytes(int64(bytes / len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	return g, texts
}
