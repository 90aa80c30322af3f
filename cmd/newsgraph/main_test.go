package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestMain stops the disposable Neo4j that integration tests may have started.
func TestMain(m *testing.M) { os.Exit(graphtest.Main(m)) }

// testCLI returns a cli with buffers for output and env for getenv.
func testCLI(stdin string, env map[string]string) (*cli, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &cli{
		stdin:  strings.NewReader(stdin),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string { return env[k] },
		logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}, &out, &errb
}

func TestUnknownCommand(t *testing.T) {
	c, _, errb := testCLI("", nil)
	if code := run(context.Background(), c, []string{"frobnicate"}); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errb.String(), `unknown command "frobnicate"`) {
		t.Errorf("stderr = %q", errb.String())
	}
	c, out, _ := testCLI("", nil)
	if code := run(context.Background(), c, []string{"help"}); code != 0 || !strings.Contains(out.String(), "ingest") {
		t.Errorf("help: exit %d, %q", code, out.String())
	}
}
