package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sharedDir returns ../shared beside the repository root (the directory
// holding go.mod), skipping the test when it is absent.
func sharedDir(tb testing.TB, sub string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("repository root not found")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", sub)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s absent: %v", p, err)
	}
	return p
}

// loadPages reads every file of dir matching pattern, gunzipping .gz files.
func loadPages(tb testing.TB, dir, pattern string) [][]byte {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil || len(names) == 0 {
		tb.Skipf("no pages %s in %s", pattern, dir)
	}
	var pages [][]byte
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			tb.Fatal(err)
		}
		if strings.HasSuffix(n, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				tb.Fatalf("%s: %v", n, err)
			}
			if b, err = io.ReadAll(zr); err != nil {
				tb.Fatalf("%s: %v", n, err)
			}
		}
		pages = append(pages, b)
	}
	return pages
}

// peakRSSMB is the process's peak resident set size (VmHWM), in MB, or 0
// where /proc is not available.
func peakRSSMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}

// cpuTime is the user and system CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchmarkDocuments runs DocumentFromBytes (charset, main text, metadata,
// language) over docs documents cycling through pages, per iteration.
func benchmarkDocuments(b *testing.B, pages [][]byte, docs int) {
	r := testReader(b, "")
	// Load the language models before timing, as a long-running process has.
	r.DocumentFromBytes(b.Context(), pages[0], "", "", "warm-up", "")
	var inBytes int
	for i := range docs {
		inBytes += len(pages[i%len(pages)])
	}
	b.SetBytes(int64(inBytes))
	b.ReportAllocs()
	start, cpuStart := time.Now(), cpuTime()
	for b.Loop() {
		for i := range docs {
			d := r.DocumentFromBytes(b.Context(), pages[i%len(pages)], "", "", "bench", "")
			if d.Text == "" && d.Skipped == "" {
				b.Fatal("no text and no reason")
			}
		}
	}
	b.ReportMetric(float64(b.N*docs)/time.Since(start).Seconds(), "pages/s")
	// On a shared machine wall time measures the neighbours too; CPU time of
	// the whole process (GC and lingua's goroutines included) does not.
	if cpu := cpuTime() - cpuStart; cpu > 0 {
		b.ReportMetric(float64(b.N*docs)/cpu.Seconds(), "pages/cpu-s")
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-go-sys")
	b.ReportMetric(peakRSSMB(), "MB-peak-RSS")
}

// BenchmarkDocumentsDev processes the dev pages repeated to 1,000 documents.
// Target: ≥ 300 pages/s on one core (go test -bench DocumentsDev -cpu 1).
func BenchmarkDocumentsDev(b *testing.B) {
	benchmarkDocuments(b, loadPages(b, sharedDir(b, "eval/dev/pages"), "*"), 1000)
}

// BenchmarkDocumentsAEBench processes the 181 aebench pages, decompressed
// beforehand. Target: ≥ 100 pages/s on one core.
func BenchmarkDocumentsAEBench(b *testing.B) {
	pages := loadPages(b, sharedDir(b, "aebench/html"), "*.html.gz")
	benchmarkDocuments(b, pages, len(pages))
}
