package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/local"
)

// newFlagSet returns a flag set that reports to c.stderr and prints usage
// followed by the flags for --help.
func newFlagSet(c *cli, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, letting flags follow the positional arguments as
// well as precede them ("--" ends the flags). It reports whether the command
// should go on, and the status to exit with when not.
func parseFlags(c *cli, fs *flag.FlagSet, args []string) ([]string, bool, int) {
	// The flag package prints usage itself on -help and on errors, always
	// to one output; usage is printed here instead: to stdout when asked
	// for, to stderr after an error.
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(c.stdout)
				usage()
				return nil, false, 0
			}
			usage()
			return nil, false, 2
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, true, 0
		}
		// Parse stops at the first positional argument, or after "--".
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), true, 0
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// connFlags are the Neo4j connection flags shared by the commands that use
// the graph; each overrides its NEO4J_* environment variable.
type connFlags struct {
	uri, user, password, database *string
}

func addConnFlags(fs *flag.FlagSet) connFlags {
	return connFlags{
		uri:      fs.String("uri", "", "Neo4j `URI` (bolt://, neo4j://, neo4j+s://); default $NEO4J_URI, else the managed local Neo4j"),
		user:     fs.String("user", "", "Neo4j user; default $NEO4J_USERNAME or neo4j"),
		password: fs.String("password", "", "Neo4j password; default $NEO4J_PASSWORD"),
		database: fs.String("database", "", "Neo4j database; default $NEO4J_DATABASE or the server default"),
	}
}

// config returns the connection settings: flags, then environment.
func (f connFlags) config(getenv func(string) string) graph.Config {
	cfg := graph.ConfigFromEnv(getenv)
	for _, o := range []struct{ flag, dst *string }{
		{f.uri, &cfg.URI}, {f.user, &cfg.Username}, {f.password, &cfg.Password}, {f.database, &cfg.Database},
	} {
		if *o.flag != "" {
			*o.dst = *o.flag
		}
	}
	return cfg
}

// openGraph connects to the graph cfg names, or to the managed local Neo4j
// (started when needed, saying so on stderr) when cfg has no URI. Commands
// that write call Store.EnsureSchema next; query does not, so that it works
// with read-only rights.
func openGraph(ctx context.Context, c *cli, cfg graph.Config) (*graph.Store, error) {
	cfg.Logger = c.logger
	if cfg.URI == "" {
		home, err := local.DefaultHome(c.getenv)
		if err != nil {
			return nil, err
		}
		cfg.Local = local.Options{Home: home, Progress: c.stderr, Logger: c.logger}
	}
	return graph.Open(ctx, cfg)
}
