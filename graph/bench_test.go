package graph

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkLoad loads 10,000 generated documents (5 companies, 2 GPU
// models, 2 sites, 3 amounts, 2 deals each) into an empty graph and reports
// documents per second and the Go process's peak memory: the heap in use
// and the resident set size, sampled every 10 ms. On a machine
// shared with other work docs/s varies with the load; the CPU seconds the
// Go process and the Neo4j server spend per 10,000 documents do much less.
func BenchmarkLoad(b *testing.B) {
	const n = 10000
	s := testStore(b)
	ctx := context.Background()
	// A fresh server spends most of its first load compiling its own code
	// (JIT); a long-running one, as the nightly job meets, does not. Warm it
	// up on other documents so that the figures are those of a running
	// server, not of its start.
	for seed := range uint64(5) {
		if _, err := s.Load(ctx, genDocs(1000, seed)); err != nil {
			b.Fatal(err)
		}
	}
	clearGraph(b, s)
	runtime.GC()
	docs := genDocs(n, 42)

	var peakHeap, peakRSS uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&m)
			peakHeap, peakRSS = max(peakHeap, m.HeapInuse), max(peakRSS, residentBytes())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()

	var elapsed, goCPU, neoCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		clearGraph(b, s)
		b.StartTimer()
		start, goStart, neoStart := time.Now(), processCPU(b, os.Getpid()), processCPU(b, testServer.PID)
		if _, err := s.Load(ctx, docs); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
		goCPU += processCPU(b, os.Getpid()) - goStart
		neoCPU += processCPU(b, testServer.PID) - neoStart
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peakRSS)/(1<<20), "peak-rss-MB")
	b.ReportMetric(goCPU.Seconds()/float64(b.N), "go-cpu-s/op")
	b.ReportMetric(neoCPU.Seconds()/float64(b.N), "neo4j-cpu-s/op")
}

// residentBytes returns the resident set size of the process, from
// /proc/self/statm (second field, in pages), or 0 where there is none.
func residentBytes() uint64 {
	raw, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(raw))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * uint64(os.Getpagesize())
}

// processCPU returns the user and system CPU time process pid has used,
// from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux).
func processCPU(b testing.TB, pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Skipf("no CPU accounting: %v", err)
	}
	// The command name (field 2) may hold spaces; fields are counted after it.
	f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		b.Fatalf("parse /proc/%d/stat: %q", pid, raw)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond
}
