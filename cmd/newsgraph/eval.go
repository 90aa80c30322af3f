package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/eval"
	"github.com/newsgraph/newsgraph/ingest"
)

const evalUsage = `Usage: newsgraph eval [--json] [--per-doc] [--gold-text] GOLD_DIR PAGES_DIR

Scores extraction against gold annotations (../shared/eval/GUIDELINES.md)
exactly as ../shared/eval/score.py does. For each GOLD_DIR/<id>.json, the page
PAGES_DIR/<id>.html, .htm or .txt is read and extracted as by
'newsgraph extract'; then precision, recall and F1 per field, deals (matched
by their set of parties), the accuracy of matched deals' attributes and the
misses are printed. With --gold-text the gold record's own text, language and
publication date are extracted instead of the page (PAGES_DIR is then
optional), which measures the extractor alone.

Flags:
`

// evalConfig is the parsed command line of `newsgraph eval`.
type evalConfig struct {
	json, perDoc, goldText bool
	goldDir, pagesDir      string
}

func parseEvalArgs(c *cli, args []string) (evalConfig, int, bool) {
	var cfg evalConfig
	fs := newFlagSet(c, "eval", evalUsage)
	fs.BoolVar(&cfg.json, "json", false, "print the scores as JSON")
	fs.BoolVar(&cfg.perDoc, "per-doc", false, "print the misses of every document")
	fs.BoolVar(&cfg.goldText, "gold-text", false, "extract the gold records' text instead of the pages")
	pos, ok, status := parseFlags(c, fs, args)
	if !ok {
		return cfg, status, false
	}
	switch {
	case len(pos) == 2:
		cfg.goldDir, cfg.pagesDir = pos[0], pos[1]
	case len(pos) == 1 && cfg.goldText:
		cfg.goldDir = pos[0]
	default:
		fmt.Fprintln(c.stderr, "newsgraph eval: want GOLD_DIR and PAGES_DIR")
		fs.Usage()
		return cfg, 2, false
	}
	return cfg, 0, true
}

// runEval implements `newsgraph eval`.
func runEval(ctx context.Context, c *cli, args []string) int {
	cfg, status, ok := parseEvalArgs(c, args)
	if !ok {
		return status
	}
	golds, err := eval.LoadGold(cfg.goldDir)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph eval: %v\n", err)
		return 1
	}
	if len(golds) == 0 {
		fmt.Fprintf(c.stderr, "newsgraph eval: no gold records (*.json) in %s\n", cfg.goldDir)
		return 1
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph eval: %v\n", err)
		return 1
	}
	var reader *ingest.Reader
	if !cfg.goldText {
		reader = ingest.NewReader(
			ingest.NewFetcher(ingest.Options{Contact: c.getenv("NEWSGRAPH_CONTACT"), Logger: c.logger}),
			ingest.NewLanguageDetector(), nil, c.logger)
	}
	preds := map[string]*newsgraph.Document{}
	failed := false
	for _, rec := range golds {
		doc, err := evalDocument(ctx, ex, reader, cfg, rec)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph eval: %s: %v\n", rec.ID, err)
			failed = true
			continue
		}
		preds[rec.ID] = doc
	}
	res := eval.Score(golds, preds)
	if cfg.json {
		out := summaryJSON(res, cfg.perDoc)
		enc := json.NewEncoder(c.stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(c.stderr, "newsgraph eval: write: %v\n", err)
			return 1
		}
	} else {
		printScores(c.stdout, res, cfg.perDoc)
	}
	if failed {
		return 1
	}
	return 0
}

// evalDocument produces the prediction for one gold record.
func evalDocument(ctx context.Context, ex *extract.Extractor, reader *ingest.Reader, cfg evalConfig, rec eval.Record) (*newsgraph.Document, error) {
	var doc newsgraph.Document
	if cfg.goldText {
		doc = newsgraph.Document{Source: rec.ID + ".txt", Language: rec.Lang, Text: rec.Text,
			Published: newsgraph.NullString(rec.Published), Title: newsgraph.NullString(rec.Title)}
		if rec.Lang != "fr" && rec.Lang != "en" {
			doc.Skipped = newsgraph.NullString(ingest.UnsupportedLanguage(rec.Lang))
		}
	} else {
		page := ""
		for _, ext := range []string{".html", ".htm", ".txt"} {
			p := filepath.Join(cfg.pagesDir, rec.ID+ext)
			if _, err := os.Stat(p); err == nil {
				page = p
				break
			}
		}
		if page == "" {
			return nil, fmt.Errorf("no page %s.{html,htm,txt} in %s", rec.ID, cfg.pagesDir)
		}
		docs, err := reader.Read(ctx, page)
		if err != nil {
			return nil, fmt.Errorf("read page: %w", err)
		}
		if len(docs) != 1 {
			return nil, fmt.Errorf("read page %s: %d documents", page, len(docs))
		}
		doc = docs[0]
	}
	if doc.Skipped == "" {
		if err := ex.Extract(ctx, &doc); err != nil {
			return nil, err
		}
	}
	return &doc, nil
}

// summaryJSON mirrors score.py --json.
func summaryJSON(res *eval.Result, perDoc bool) map[string]any {
	out := map[string]any{
		"documents":           res.Documents,
		"missing_predictions": res.MissingPredictions,
		"language_accuracy":   round3(res.LanguageAccuracy()),
		"macro_f1_entities":   round3(res.MacroF1()),
	}
	for f, c := range res.Counts {
		p, r, f1 := c.PRF()
		out[f] = map[string]any{"precision": round3(p), "recall": round3(r), "f1": round3(f1),
			"tp": c.TP, "fp": c.FP, "fn": c.FN}
	}
	attrs := map[string]any{}
	for k, a := range res.Attributes {
		attrs[k] = map[string]any{"accuracy": round3(float64(a.Correct) / float64(a.N)), "n": a.N}
	}
	out["deal_attributes"] = attrs
	if perDoc {
		out["per_doc"] = res.Docs
	}
	return out
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// printScores writes the report in score.py's layout, then the misses.
func printScores(w io.Writer, res *eval.Result, perDoc bool) {
	fmt.Fprintf(w, "documents %d  missing predictions %d  language accuracy %.3f\n",
		res.Documents, res.MissingPredictions, res.LanguageAccuracy())
	for _, f := range append(append([]string{}, eval.Fields...), "deals", "deal_links") {
		c := res.Counts[f]
		p, r, f1 := c.PRF()
		fmt.Fprintf(w, "%-11s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n", f, p, r, f1, c.TP, c.FP, c.FN)
	}
	for _, k := range eval.Attributes {
		a, ok := res.Attributes[k]
		if !ok {
			continue
		}
		fmt.Fprintf(w, "deal.%-15s accuracy %.3f  (n %d)\n", k, float64(a.Correct)/float64(a.N), a.N)
	}
	fmt.Fprintf(w, "macro F1 entities %.3f  deals F1 %.3f\n", res.MacroF1(), res.F1("deals"))
	misses := 0
	for _, d := range res.Docs {
		var lines []string
		for _, f := range append(append([]string{}, eval.Fields...), "deals") {
			m := d.Fields[f]
			if len(m.Missed) > 0 {
				lines = append(lines, fmt.Sprintf("  %-10s missed %s", f, strings.Join(m.Missed, "; ")))
			}
			if len(m.Extra) > 0 {
				lines = append(lines, fmt.Sprintf("  %-10s extra  %s", f, strings.Join(m.Extra, "; ")))
			}
		}
		for _, a := range d.WrongAttributes {
			lines = append(lines, "  attribute  "+a)
		}
		if d.SkippedOK != nil && !*d.SkippedOK {
			lines = append(lines, "  not skipped (unsupported language)")
		}
		misses += len(lines)
		if len(lines) > 0 && perDoc {
			fmt.Fprintf(w, "\n%s\n%s\n", d.ID, strings.Join(lines, "\n"))
		}
	}
	if !perDoc && misses > 0 {
		fmt.Fprintf(w, "%d misses; --per-doc lists them\n", misses)
	}
}
