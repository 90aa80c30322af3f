package crawl

import (
	"reflect"
	"testing"
)

func TestInterleaveByHost(t *testing.T) {
	var jobs []*job
	for _, u := range []string{"https://a.example/1", "https://a.example/2", "https://a.example/3",
		"https://b.example/1", "https://c.example/1", "https://b.example/2"} {
		jobs = append(jobs, &job{cand: candidate{url: u}})
	}
	var got []string
	for _, j := range interleaveByHost(jobs) {
		got = append(got, j.cand.url)
	}
	want := []string{"https://a.example/1", "https://b.example/1", "https://c.example/1",
		"https://a.example/2", "https://b.example/2", "https://a.example/3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v\nwant %v", got, want)
	}
}

func TestSkipCategoryAndAgentToken(t *testing.T) {
	for reason, want := range map[string]string{
		"unsupported language: de": "language", "body larger than 10 MB": "size",
		"not HTML: application/pdf": "type", "no article text": "no text",
	} {
		if got := skipCategory(reason); got != want {
			t.Errorf("skipCategory(%q) = %q, want %q", reason, got, want)
		}
	}
	for ua, want := range map[string]string{"newsgraph/0.1 (+https://x)": "newsgraph", "": "newsgraph", "MyBot": "MyBot"} {
		if got := agentToken(ua); got != want {
			t.Errorf("agentToken(%q) = %q, want %q", ua, got, want)
		}
	}
}
