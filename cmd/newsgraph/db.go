package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph/local"
)

const dbUsage = `Usage: newsgraph db start|stop|status [flags]

Manages the local Neo4j that newsgraph uses when NEO4J_URI is not set:
Neo4j Community ` + local.Neo4jVersion + `, downloaded once from Maven Central with mvn
(~130 MB) into $NEWSGRAPH_HOME (default ~/.cache/newsgraph), run with Java 17
and listening on 127.0.0.1 only. Its password is generated on first start and
kept in $NEWSGRAPH_HOME/neo4j/credentials.json (mode 0600), where the other
commands find it. Neo4j Browser is served on the HTTP port.

  start   start it (downloading Neo4j on first use), wait until it answers and
          print how to connect; if it already runs, just print that
  stop    stop it; the graph stays in $NEWSGRAPH_HOME/neo4j/data
  status  print whether it runs and how to connect; exit status 3 when it
          does not run

Examples:
  newsgraph db start
  eval "$(newsgraph db status --env)"   # export NEO4J_URI, _USERNAME, _PASSWORD

Flags:
`

// dbNotRunning is the exit status of `db status` when Neo4j is not running,
// as for an inactive service in LSB init scripts.
const dbNotRunning = 3

func runDB(ctx context.Context, c *cli, args []string) int {
	fs := newFlagSet(c, "db", dbUsage)
	boltPort := fs.Int("bolt-port", 0, "start: Bolt `port` on 127.0.0.1 (default: the previous one, else 7687)")
	httpPort := fs.Int("http-port", 0, "start: HTTP/Browser `port` on 127.0.0.1 (default: the previous one, else 7474)")
	heapMB := fs.Int("heap-mb", 0, "start: Java heap in `MiB` (default: the previous one, else 512)")
	env := fs.Bool("env", false, "start, status: print shell export lines for NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD instead")
	pos, ok, code := parseFlags(c, fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		fmt.Fprintf(c.stderr, "newsgraph db: want one of start, stop, status (see newsgraph db --help)\n")
		return 2
	}
	home, err := local.DefaultHome(c.getenv)
	if err != nil {
		fmt.Fprintf(c.stderr, "newsgraph db: %v\n", err)
		return 1
	}
	o := local.Options{Home: home, BoltPort: *boltPort, HTTPPort: *httpPort, HeapMB: *heapMB, Progress: c.stderr, Logger: c.logger}

	switch pos[0] {
	case "start":
		inst, err := local.Start(ctx, o)
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph db start: %v\n", err)
			return 1
		}
		printInstance(c, inst, home, *env)
		return 0
	case "stop":
		inst, running, err := local.Status(ctx, o)
		if err == nil && running {
			err = local.Stop(ctx, o)
		}
		if err != nil {
			fmt.Fprintf(c.stderr, "newsgraph db stop: %v\n", err)
			return 1
		}
		if running {
			fmt.Fprintf(c.stdout, "Stopped the local Neo4j (pid %d); its data stays in %s.\n", inst.PID, home)
		} else {
			fmt.Fprintln(c.stdout, "The local Neo4j is not running.")
		}
		return 0
	case "status":
		inst, running, err := local.Status(ctx, o)
		switch {
		case err != nil:
			fmt.Fprintf(c.stderr, "newsgraph db status: %v\n", err)
			return 1
		case inst == nil:
			fmt.Fprintf(c.stdout, "No local Neo4j set up in %s yet: `newsgraph db start` creates one.\n", home)
			return dbNotRunning
		case !running:
			fmt.Fprintf(c.stdout, "The local Neo4j in %s is not running: `newsgraph db start` starts it.\n", home)
			return dbNotRunning
		}
		printInstance(c, inst, home, *env)
		return 0
	}
	fmt.Fprintf(c.stderr, "newsgraph db: unknown action %q: want start, stop or status\n", pos[0])
	return 2
}

// printInstance tells a person how to connect, or with env prints lines a
// shell can eval.
func printInstance(c *cli, inst *local.Instance, home string, env bool) {
	if env {
		for _, kv := range [][2]string{{"NEO4J_URI", inst.URI}, {"NEO4J_USERNAME", inst.Username}, {"NEO4J_PASSWORD", inst.Password}} {
			fmt.Fprintf(c.stdout, "export %s=%s\n", kv[0], shellQuote(kv[1]))
		}
		return
	}
	w := c.stdout
	fmt.Fprintf(w, "Neo4j %s is running (pid %d), on 127.0.0.1 only.\n", local.Neo4jVersion, inst.PID)
	fmt.Fprintf(w, "  URI:       %s\n", inst.URI)
	fmt.Fprintf(w, "  username:  %s\n", inst.Username)
	fmt.Fprintf(w, "  password:  %s   (stored in %s)\n", inst.Password, local.CredentialsPath(home))
	fmt.Fprintf(w, "  browser:   %s\n", inst.HTTPURL)
	fmt.Fprintf(w, "  log:       %s\n", local.LogPath(home))
	if c.getenv("NEO4J_URI") != "" {
		fmt.Fprintln(w, "Note: NEO4J_URI is set, so the other newsgraph commands use that Neo4j, not this one.")
	} else {
		fmt.Fprintln(w, "The other newsgraph commands use it while NEO4J_URI is unset.")
	}
	// The Browser's connect form does not know the generated password.
	fmt.Fprintf(w, "In the Browser, connect to %s as %s with the password above.\n", inst.URI, inst.Username)
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
