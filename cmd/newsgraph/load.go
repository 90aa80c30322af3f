package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

const loadUsage = `Usage: newsgraph load [flags] [FILE.jsonl|-]

Loads the output of 'newsgraph extract --json' (one document per line) into
Neo4j, from FILE or standard input (default). Malformed lines are reported
with their line number and skipped; the other documents are loaded. Loading
is idempotent: documents already in the graph unchanged are left alone, and
an article whose text or facts changed has its facts replaced.
Exits non-zero when a line was malformed or Neo4j could not be written.

Flags:
`

// loadChunk is the number of documents read before they are written: a few
// transactions' worth, so that memory stays flat on any input size.
const loadChunk = 4 * graph.DefaultBatchSize

func runLoad(ctx context.Context, c *cli, args []string) int {
	fs := newFlagSet(c, "load", loadUsage)
	conn := addConnFlags(fs)
	pos, ok, code := parseFlags(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintf(c.stderr, "newsgraph load: one input at most, got %d\n", len(pos))
		return 2
	}
	name, in := "-", c.stdin
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph load: %v\n", err)
			return 1
		}
		defer f.Close()
		name, in = pos[0], f
	}

	store, err := openGraph(ctx, c, conn.config(c.getenv))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph load: %v\n", err)
		return 1
	}
	defer store.Close(ctx)
	if err := store.EnsureSchema(ctx); err != nil {
		fmt.Fprintf(c.stderr, "newsgraph load: %v\n", err)
		return 1
	}

	var total graph.LoadStats
	malformed := 0
	docs := make([]newsgraph.Document, 0, loadChunk)
	flush := func() error {
		st, err := store.Load(ctx, docs)
		total.Add(st)
		docs = docs[:0]
		return err
	}
	r := bufio.NewReaderSize(in, 1<<20)
	for line := 1; ; line++ {
		b, readErr := r.ReadBytes('\n')
		if readErr != nil && readErr != io.EOF {
			fmt.Fprintf(c.stderr, "newsgraph load: read %s: %v\n", name, readErr)
			return 1
		}
		if len(bytes.TrimSpace(b)) > 0 {
			doc, err := parseDocument(b)
			if err != nil {
				fmt.Fprintf(c.stderr, "newsgraph load: %s:%d: %v (line skipped)\n", name, line, err)
				malformed++
			} else {
				docs = append(docs, doc)
			}
		}
		if len(docs) == loadChunk || (readErr == io.EOF && len(docs) > 0) {
			if err := flush(); err != nil {
				fmt.Fprintf(c.stderr, "newsgraph load: %v\n", err)
				printStats(c.stdout, total, malformed)
				return 1
			}
		}
		if readErr == io.EOF {
			break
		}
	}
	printStats(c.stdout, total, malformed)
	if malformed > 0 {
		return 1
	}
	return 0
}

// parseDocument decodes one line of `extract --json` output.
func parseDocument(b []byte) (newsgraph.Document, error) {
	var doc newsgraph.Document
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&doc); err != nil {
		return doc, fmt.Errorf("malformed document: %w", err)
	}
	if dec.More() {
		return doc, errors.New("malformed document: more than one JSON value on the line")
	}
	if doc.Source == "" && doc.URL == "" && doc.Text == "" {
		return doc, errors.New("not an 'extract --json' document: no source, url or text")
	}
	return doc, nil
}

func printStats(w io.Writer, st graph.LoadStats, malformed int) {
	fmt.Fprintf(w, "loaded %d documents: %d new articles, %d replaced, %d unchanged",
		st.Documents, st.ArticlesCreated, st.ArticlesReplaced, st.ArticlesUnchanged)
	if malformed > 0 {
		fmt.Fprintf(w, ", %d malformed lines skipped", malformed)
	}
	fmt.Fprintf(w, "\nadded %d companies, %d GPU models, %d sites, %d deals, %d relationships",
		st.Companies, st.GPUModels, st.Sites, st.Deals, st.Relationships)
	if st.DealsRemoved > 0 {
		fmt.Fprintf(w, "; removed %d deals no longer reported", st.DealsRemoved)
	}
	if st.DealsSkipped > 0 {
		fmt.Fprintf(w, "; skipped %d deals without parties", st.DealsSkipped)
	}
	fmt.Fprintln(w)
}
