// Command newsgraph turns French and English news about AI infrastructure into
// a Neo4j knowledge graph of companies, GPU models, amounts, sites, dates and
// deals. See README.md and `newsgraph help`.
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

// cli is the IO a command runs with, injected so that commands are testable.
type cli struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// isTerminal reports whether stderr, where the progress display goes,
	// is an interactive terminal.
	isTerminal bool
	logger     *slog.Logger
}

// command is one subcommand: it parses args itself and returns the exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, c *cli, args []string) int
}

func commands() []command {
	return []command{
		{"extract", "extract facts from URLs, files or stdin (one-off, no Neo4j)", runExtract},
		{"load", "load `extract --json` output into Neo4j", runLoad},
		{"ingest", "the nightly job: fetch new articles from feeds and sites, extract, load", runIngest},
		{"query", "run a read-only Cypher query against the graph", runQuery},
		{"eval", "score extraction against gold annotations", runEval},
		{"db", "start, stop or show the local Neo4j", runDB},
	}
}

const usageHead = `newsgraph turns French and English news about AI infrastructure (GPU cloud
contracts, chip purchases, data-center investments) into a Neo4j knowledge graph.

Usage: newsgraph <command> [flags] [args]

Commands:
`

const usageTail = `
Run 'newsgraph <command> --help' for the flags of a command.

Neo4j connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
Without NEO4J_URI, the managed local Neo4j is used (started when needed).
`

func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, usageTail)
}

// run dispatches args (without the program name) and returns the exit status.
func run(ctx context.Context, c *cli, args []string) int {
	if len(args) == 0 {
		usage(c.stderr)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(c.stdout)
		return 0
	}
	for _, cmd := range commands() {
		if cmd.name == args[0] {
			return cmd.run(ctx, c, args[1:])
		}
	}
	fmt.Fprintf(c.stderr, "newsgraph: unknown command %q\n\n", args[0])
	usage(c.stderr)
	return 2
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	c := &cli{
		stdin:      os.Stdin,
		stdout:     os.Stdout,
		stderr:     os.Stderr,
		getenv:     os.Getenv,
		isTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		logger:     slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo})),
	}
	os.Exit(run(ctx, c, os.Args[1:]))
}
