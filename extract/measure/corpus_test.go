package measure_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/gpu"
	"github.com/newsgraph/newsgraph/extract/measure"
	"github.com/newsgraph/newsgraph/extract/money"
	"github.com/newsgraph/newsgraph/extract/when"
)

// goldRecord is the part of a shared evaluation record these tests read.
type goldRecord struct {
	ID, Lang, Text string
	Published      *string
	Gold           struct {
		Amounts struct {
			Required []struct {
				Value    float64
				Currency string
			}
		}
	}
}

// devRecords reads the shared dev gold records, next to the repository
// (../shared relative to the directory holding go.mod); it skips the test
// when they are absent.
func devRecords(t testing.TB) []goldRecord {
	t.Helper()
	recs, err := loadDevRecords()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Skip("shared dev gold records not present")
	}
	return recs
}

// loadDevRecords returns the dev gold records, or none when the shared
// evaluation data is not next to the repository.
func loadDevRecords() ([]goldRecord, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("getwd: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
	files, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "eval", "dev", "gold", "*.json"))
	var recs []goldRecord
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read dev record: %w", err)
		}
		var r goldRecord
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("decode dev record %s: %w", f, err)
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// TestDevOffsets checks that every mention found in the real dev articles
// satisfies text[Start:End] == Text.
func TestDevOffsets(t *testing.T) {
	type span struct {
		start, end int
		text       string
	}
	for _, r := range devRecords(t) {
		pub := ""
		if r.Published != nil {
			pub = *r.Published
		}
		var spans []span
		for _, a := range money.Find(r.Text, r.Lang) {
			spans = append(spans, span{a.Start, a.End, a.Text})
		}
		for _, m := range gpu.Find(r.Text) {
			spans = append(spans, span{m.Start, m.End, m.Text})
		}
		for _, d := range when.Find(r.Text, r.Lang, pub) {
			spans = append(spans, span{d.Start, d.End, d.Text})
		}
		for _, d := range when.Durations(r.Text, r.Lang) {
			spans = append(spans, span{d.Start, d.End, d.Text})
		}
		for _, q := range append(measure.Power(r.Text, r.Lang), measure.GPUCounts(r.Text, r.Lang)...) {
			spans = append(spans, span{q.Start, q.End, q.Text})
		}
		for _, s := range spans {
			if s.start < 0 || s.end > len(r.Text) || s.start > s.end || r.Text[s.start:s.end] != s.text {
				t.Errorf("%s: bad offsets %+v", r.ID, s)
			}
		}
	}
}

// TestDevRequiredAmounts checks that every required amount of the French and
// English dev articles is found (the scorer's 1 % tolerance).
func TestDevRequiredAmounts(t *testing.T) {
	for _, r := range devRecords(t) {
		if r.Lang != "fr" && r.Lang != "en" {
			continue
		}
		found := money.Find(r.Text, r.Lang)
		for _, want := range r.Gold.Amounts.Required {
			ok := false
			for _, a := range found {
				if a.Currency == want.Currency && math.Abs(a.Value-want.Value) <= 0.01*math.Max(want.Value, 1) {
					ok = true
					break
				}
			}
			if !ok {
				t.Errorf("%s: required amount %v %s not found", r.ID, want.Value, want.Currency)
			}
		}
	}
}
