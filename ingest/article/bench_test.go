package article

import (
	"path/filepath"
	"testing"
)

// BenchmarkExtractDev measures Extract on the dev pages (small news pages).
func BenchmarkExtractDev(b *testing.B) {
	benchPages(b, filepath.Join("eval", "dev", "pages", "*.html"))
}

// BenchmarkExtractAEBench measures Extract on the 181 aebench pages (real,
// full-size news pages of 20–900 kB).
func BenchmarkExtractAEBench(b *testing.B) {
	benchPages(b, filepath.Join("aebench", "html", "*.html.gz"))
}

// benchPages runs Extract over the pages matching glob under ../shared,
// decoded beforehand, and reports pages/s and input MB/s.
func benchPages(b *testing.B, glob string) {
	shared := sharedDir(b)
	if shared == "" {
		b.Skip("../shared is absent")
	}
	paths, _ := filepath.Glob(filepath.Join(shared, glob))
	if len(paths) == 0 {
		b.Skip("no pages")
	}
	pages := make([][]byte, len(paths))
	total := 0
	for i, p := range paths {
		pages[i] = readPage(b, p)
		total += len(pages[i])
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Extract(pages[i%len(pages)], ""); err != nil {
			b.Fatalf("Extract(%s): %v", paths[i%len(paths)], err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
