package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

const queryUsage = `Usage: newsgraph query [flags] CYPHER

Runs CYPHER against the graph in a read-only transaction and prints the
result: an aligned table (default), JSON (one object per row) or CSV.
A query that writes is refused. CYPHER "-" reads the query from stdin.

Example:
  newsgraph query --param company=Microsoft \
    'MATCH (c:Company {name: $company})-[:PARTY_TO]->(d:Deal) RETURN d.kind, d.amount_usd'

Flags:
`

// params collects repeated --param k=v flags.
type params map[string]any

// String is empty: flag.Value needs it, and --help shows no default.
func (p params) String() string { return "" }

// Set parses k=v. The value is an integer, a float or a boolean when it reads
// as one, else a string; quotes ("42") force a string.
func (p params) Set(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok || strings.TrimSpace(k) == "" {
		return fmt.Errorf("want NAME=VALUE, got %q", s)
	}
	p[strings.TrimSpace(k)] = paramValue(v)
	return nil
}

var numberRE = regexp.MustCompile(`^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$`)

func paramValue(v string) any {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	switch v {
	case "true":
		return true
	case "false":
		return false
	}
	if numberRE.MatchString(v) {
		if i, err := strconv.ParseInt(v, 10, 64); err == nil {
			return i
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			return f
		}
	}
	return v
}

func runQuery(ctx context.Context, c *cli, args []string) int {
	ps := params{}
	fs := newFlagSet(c, "query", queryUsage)
	format := fs.String("format", "table", "output format: table, json or csv")
	fs.Var(ps, "param", "query parameter NAME=VALUE, usable as $NAME (repeatable)")
	conn := addConnFlags(fs)
	pos, ok, code := parseFlags(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintf(c.stderr, "newsgraph query: want one CYPHER argument, got %d (quote the query)\n", len(pos))
		return 2
	}
	var write func(io.Writer, []string, [][]any) error
	switch *format {
	case "table":
		write = writeTable
	case "json":
		write = writeJSON
	case "csv":
		write = writeCSV
	default:
		fmt.Fprintf(c.stderr, "newsgraph query: unknown --format %q (table, json or csv)\n", *format)
		return 2
	}
	cypher := pos[0]
	if cypher == "-" {
		b, err := io.ReadAll(c.stdin)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph query: read the query from stdin: %v\n", err)
			return 1
		}
		cypher = string(b)
	}

	store, err := openGraph(ctx, c, conn.config(c.getenv))
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph query: %v\n", err)
		return 1
	}
	defer store.Close(ctx)
	cols, rows, err := store.Query(ctx, cypher, ps)
	if errors.Is(err, graph.ErrWriteQuery) {
		fmt.Fprintln(c.stderr, err) // already says "newsgraph query"
		return 1
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph query: %v\n", err)
		return 1
	}
	if err := write(c.stdout, cols, rows); err != nil {
		fmt.Fprintf(c.stderr, "newsgraph query: write the result: %v\n", err)
		return 1
	}
	return 0
}

// cell renders a value for the table and CSV formats: strings as they are,
// numbers without exponent, everything else as JSON.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// writeTable prints an aligned table, numbers right-aligned, and the row count.
func writeTable(w io.Writer, cols []string, rows [][]any) error {
	widths := make([]int, len(cols))
	numeric := make([]bool, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c)
		numeric[i] = len(rows) > 0
	}
	cells := make([][]string, len(rows))
	for r, row := range rows {
		cells[r] = make([]string, len(cols))
		for i, v := range row {
			s := strings.ReplaceAll(cell(v), "\n", " ")
			cells[r][i] = s
			widths[i] = max(widths[i], utf8.RuneCountInString(s))
			switch v.(type) {
			case int64, float64, nil:
			default:
				numeric[i] = false
			}
		}
	}
	var b strings.Builder
	line := func(vals []string) {
		for i, s := range vals {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(s))
			if i > 0 {
				b.WriteString("  ")
			}
			if numeric[i] {
				b.WriteString(pad + s)
			} else if i < len(vals)-1 {
				b.WriteString(s + pad)
			} else {
				b.WriteString(s)
			}
		}
		b.WriteString("\n")
	}
	line(cols)
	rule := make([]string, len(cols))
	for i := range cols {
		rule[i] = strings.Repeat("-", widths[i])
	}
	line(rule)
	for _, r := range cells {
		line(r)
	}
	if len(rows) == 1 {
		b.WriteString("(1 row)\n")
	} else {
		fmt.Fprintf(&b, "(%d rows)\n", len(rows))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeJSON prints one JSON object per row (JSON Lines), its keys the
// columns in query order.
func writeJSON(w io.Writer, cols []string, rows [][]any) error {
	var b bytes.Buffer
	for _, row := range rows {
		b.WriteByte('{')
		for i, c := range cols {
			if i > 0 {
				b.WriteByte(',')
			}
			k, err := json.Marshal(c)
			if err != nil {
				return err
			}
			v, err := json.Marshal(row[i])
			if err != nil {
				return fmt.Errorf("column %s: %w", c, err)
			}
			b.Write(k)
			b.WriteByte(':')
			b.Write(v)
		}
		b.WriteString("}\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

// writeCSV prints a header line and one record per row.
func writeCSV(w io.Writer, cols []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	for _, row := range rows {
		for i, v := range row {
			rec[i] = cell(v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
