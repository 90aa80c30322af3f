package crawl

import (
	"context"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
)

// robotsCache fetches each host's robots.txt once per run and answers
// whether our user agent may fetch a URL. Following the robots.txt
// convention, a missing file (4xx) allows everything, and a server error
// (5xx) or an unreachable host disallows the whole host for this run.
type robotsCache struct {
	agent string
	get   func(ctx context.Context, u string) (status int, body []byte, err error)

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	once  sync.Once
	group *robotstxt.Group
}

func newRobotsCache(agent string, get func(ctx context.Context, u string) (int, []byte, error)) *robotsCache {
	return &robotsCache{agent: agent, get: get, hosts: make(map[string]*robotsEntry)}
}

// allowed reports whether u may be fetched.
func (r *robotsCache) allowed(ctx context.Context, u *url.URL) bool {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e, ok := r.hosts[key]
	if !ok {
		e = &robotsEntry{}
		r.hosts[key] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		status, body, err := r.get(ctx, key+"/robots.txt")
		if err != nil {
			status = 503
		}
		data, perr := robotstxt.FromStatusAndBytes(status, body)
		if perr != nil {
			data, _ = robotstxt.FromStatusAndBytes(200, nil)
		}
		e.group = data.FindGroup(r.agent)
	})
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.group.Test(path)
}
