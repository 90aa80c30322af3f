package crawl

import (
	"context"
	"sync"
	"time"
)

// hostGate lets at most one request at a time reach each host, with a pause
// between the end of one request and the start of the next, while requests
// to different hosts proceed in parallel.
type hostGate struct {
	delay time.Duration
	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	token chan struct{} // holds one token while the host is free
	last  time.Time     // when the previous request to the host ended
}

func newHostGate(delay time.Duration) *hostGate {
	return &hostGate{delay: delay, hosts: make(map[string]*hostSlot)}
}

// acquire waits until host is free and its delay has passed, and returns the
// function that frees it again; it fails only when ctx ends.
func (g *hostGate) acquire(ctx context.Context, host string) (release func(), err error) {
	g.mu.Lock()
	s, ok := g.hosts[host]
	if !ok {
		s = &hostSlot{token: make(chan struct{}, 1)}
		s.token <- struct{}{}
		g.hosts[host] = s
	}
	g.mu.Unlock()
	select {
	case <-s.token:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if wait := time.Until(s.last.Add(g.delay)); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			s.token <- struct{}{}
			return nil, ctx.Err()
		}
	}
	return func() {
		s.last = time.Now()
		s.token <- struct{}{}
	}, nil
}
