package main

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/eval"
)

// evalSets are the annotated sets with pages: the team's corpus and, when
// present, the shared dev set.
func evalSets(t *testing.T) map[string][2]string {
	t.Helper()
	out := map[string][2]string{}
	for name, dir := range map[string]string{
		"corpus": filepath.Join("..", "..", "corpus"),
		"dev":    filepath.Join("..", "..", "..", "shared", "eval", "dev"),
	} {
		gold, pages := filepath.Join(dir, "gold"), filepath.Join(dir, "pages")
		if fs, _ := filepath.Glob(filepath.Join(gold, "*.json")); len(fs) > 0 {
			out[name] = [2]string{gold, pages}
		}
	}
	return out
}

// minDealsF1 reads the recorded deals F1 of a set from the extractor's
// regression thresholds, so the command and the package agree.
func minDealsF1(t *testing.T, set string) float64 {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "extract", "testdata", "min-scores.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]struct{ F1 map[string]float64 }
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m[set].F1["deals"]
}

// TestEvalPages runs `newsgraph eval --json` on the pages, the same pipeline
// as `newsgraph extract`, and checks the scores it prints.
func TestEvalPages(t *testing.T) {
	sets := evalSets(t)
	if len(sets) == 0 {
		t.Skip("no annotated pages")
	}
	for name, dirs := range sets {
		t.Run(name, func(t *testing.T) {
			c, out, errb := testCLI("", nil)
			if code := run(t.Context(), c, []string{"eval", "--json", dirs[0], dirs[1]}); code != 0 {
				t.Fatalf("exit %d: %s", code, errb)
			}
			var res struct {
				Documents        int     `json:"documents"`
				Missing          int     `json:"missing_predictions"`
				LanguageAccuracy float64 `json:"language_accuracy"`
				Deals            struct{ F1 float64 }
			}
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatalf("parse %s: %v", out, err)
			}
			if res.Documents == 0 || res.Missing != 0 || res.LanguageAccuracy != 1 {
				t.Errorf("documents %d, missing %d, language accuracy %.3f", res.Documents, res.Missing, res.LanguageAccuracy)
			}
			if min := minDealsF1(t, name); res.Deals.F1 < min {
				t.Errorf("deals F1 %.3f below the recorded %.3f", res.Deals.F1, min)
			}
		})
	}
}

func TestEvalUsage(t *testing.T) {
	for _, args := range [][]string{{"eval"}, {"eval", "only-gold"}, {"eval", "--nope", "a", "b"}} {
		c, _, errb := testCLI("", nil)
		if code := run(t.Context(), c, args); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errb)
		}
	}
	c, _, errb := testCLI("", nil)
	if code := run(t.Context(), c, []string{"eval", t.TempDir(), t.TempDir()}); code != 1 || !strings.Contains(errb.String(), "no gold records") {
		t.Errorf("empty gold dir: exit %d, %s", code, errb)
	}
}

// TestEvalMatchesScorePy scores the same predictions with the Go port and
// with ../shared/eval/score.py and requires the same figures.
func TestEvalMatchesScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	if _, err := os.Stat(script); err != nil {
		t.Skip("score.py not found in ../shared")
	}
	for name, dirs := range evalSets(t) {
		t.Run(name, func(t *testing.T) {
			pages, _ := filepath.Glob(filepath.Join(dirs[1], "*"))
			c, out, errb := testCLI("", nil)
			if code := run(t.Context(), c, append([]string{"extract", "--json"}, pages...)); code != 0 {
				t.Fatalf("extract: exit %d: %s", code, errb)
			}
			predFile := filepath.Join(t.TempDir(), "pred.jsonl")
			if err := os.WriteFile(predFile, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			var stdout bytes.Buffer
			cmd := exec.CommandContext(t.Context(), python, script, dirs[0], predFile, "--json")
			cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var py map[string]json.RawMessage
			if err := json.Unmarshal(stdout.Bytes(), &py); err != nil {
				t.Fatalf("parse score.py output: %v", err)
			}

			golds, err := eval.LoadGold(dirs[0])
			if err != nil {
				t.Fatal(err)
			}
			preds := map[string]*newsgraph.Document{}
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				var d newsgraph.Document
				if err := json.Unmarshal([]byte(line), &d); err != nil {
					t.Fatal(err)
				}
				preds[eval.ID(d.Source)] = &d
				checkOffsets(t, &d)
			}
			res := eval.Score(golds, preds)
			for _, f := range append(append([]string{}, eval.Fields...), "deals", "deal_links") {
				var want eval.Counts
				if err := json.Unmarshal(py[f], &want); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				if got := *res.Counts[f]; got != want {
					t.Errorf("%s: Go %+v, score.py %+v", f, got, want)
				}
			}
			var attrs map[string]struct {
				Accuracy *float64
				N        int
			}
			if err := json.Unmarshal(py["deal_attributes"], &attrs); err != nil {
				t.Fatal(err)
			}
			for k, want := range attrs {
				got := res.Attributes[k]
				if got.N != want.N || want.Accuracy != nil && math.Abs(float64(got.Correct)/float64(got.N)-*want.Accuracy) > 0.0006 {
					t.Errorf("deal.%s: Go %d/%d, score.py %v of %d", k, got.Correct, got.N, *want.Accuracy, want.N)
				}
			}
		})
	}
}

// checkOffsets requires every span of an extracted page to match its text.
func checkOffsets(t *testing.T, d *newsgraph.Document) {
	t.Helper()
	bad := func(start, end int, s string) bool {
		return start < 0 || end > len(d.Text) || start > end || d.Text[start:end] != s
	}
	var ms []newsgraph.Mention
	for _, c := range d.Companies {
		ms = append(ms, c.Mentions...)
	}
	for _, g := range d.GPUModels {
		ms = append(ms, g.Mentions...)
	}
	for _, s := range d.Sites {
		ms = append(ms, s.Mentions...)
	}
	for _, a := range d.Amounts {
		ms = append(ms, newsgraph.Mention{Start: a.Start, End: a.End, Text: a.Text})
	}
	for _, x := range d.Dates {
		ms = append(ms, newsgraph.Mention{Start: x.Start, End: x.End, Text: x.Text})
	}
	for _, m := range ms {
		if bad(m.Start, m.End, m.Text) {
			t.Errorf("%s: span %d:%d does not give %q", d.Source, m.Start, m.End, m.Text)
		}
	}
	for _, deal := range d.Deals {
		for _, e := range deal.Evidence {
			if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
				t.Errorf("%s: evidence %d:%d out of range", d.Source, e.Start, e.End)
			}
		}
	}
}
