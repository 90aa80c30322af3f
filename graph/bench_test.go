package graph

import (
	"context"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkLoad loads 10,000 generated documents (5 companies, 2 GPU
// models, 2 sites, 3 amounts, 2 deals each) into an empty graph and reports
// documents per second and the Go process's peak memory: the heap in use
// and the memory obtained from the OS, sampled every 10 ms.
func BenchmarkLoad(b *testing.B) {
	const n = 10000
	s := testStore(b)
	docs := genDocs(n, 42)
	ctx := context.Background()

	var peakHeap, peakSys uint64
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
			peakHeap, peakSys = max(peakHeap, m.HeapInuse), max(peakSys, m.Sys)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()

	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		clearGraph(b, s)
		b.StartTimer()
		start := time.Now()
		if _, err := s.Load(ctx, docs); err != nil {
			b.Fatal(err)
		}
		elapsed += time.Since(start)
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peakSys)/(1<<20), "peak-sys-MB")
}
