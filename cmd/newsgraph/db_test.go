package main

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func freeTCPPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestDBStartStatusStop(t *testing.T) {
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s here: the local Neo4j cannot run", tool)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	home := t.TempDir()
	env := map[string]string{"NEWSGRAPH_HOME": home}
	db := func(args ...string) (int, string, string) {
		c, out, errb := testCLI("", env)
		code := run(ctx, c, append([]string{"db"}, args...))
		return code, out.String(), errb.String()
	}

	if code, out, _ := db("status"); code != dbNotRunning || !strings.Contains(out, "No local Neo4j set up") {
		t.Errorf("status before start: exit %d, %q", code, out)
	}
	bolt, http := freeTCPPort(t), freeTCPPort(t)
	code, out, errs := db("start", "--bolt-port", strconv.Itoa(bolt), "--http-port", strconv.Itoa(http))
	if code != 0 {
		t.Fatalf("db start: exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	t.Cleanup(func() { db("stop") })
	if !strings.Contains(errs, "first run only") {
		t.Errorf("first start should say it downloads; stderr %q", errs)
	}
	creds, err := os.ReadFile(filepath.Join(home, "neo4j", "credentials.json"))
	if err != nil {
		t.Fatal(err)
	}
	wantURI := "bolt://127.0.0.1:" + strconv.Itoa(bolt)
	for _, want := range []string{wantURI, "http://127.0.0.1:" + strconv.Itoa(http) + "/browser/", "credentials.json"} {
		if !strings.Contains(out, want) {
			t.Errorf("db start output lacks %q:\n%s", want, out)
		}
	}

	code, out, _ = db("status", "--env")
	if code != 0 {
		t.Fatalf("db status --env: exit %d: %s", code, out)
	}
	vars := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		k, v, _ := strings.Cut(strings.TrimPrefix(line, "export "), "=")
		vars[k] = strings.Trim(v, "'")
	}
	if vars["NEO4J_URI"] != wantURI || vars["NEO4J_USERNAME"] != "neo4j" ||
		vars["NEO4J_PASSWORD"] == "" || !strings.Contains(string(creds), `"`+vars["NEO4J_PASSWORD"]+`"`) {
		t.Errorf("db status --env gave %v; stored credentials %s", vars, creds)
	}

	// A second start finds the running instance and its ports.
	code, out, errs = db("start")
	if code != 0 || !strings.Contains(out, wantURI) || errs != "" {
		t.Errorf("second db start: exit %d, stdout %q, stderr %q", code, out, errs)
	}

	if code, out, _ := db("stop"); code != 0 || !strings.Contains(out, "Stopped") {
		t.Errorf("db stop: exit %d, %q", code, out)
	}
	if code, out, _ := db("status"); code != dbNotRunning || !strings.Contains(out, "not running") {
		t.Errorf("status after stop: exit %d, %q", code, out)
	}
	if code, out, _ := db("stop"); code != 0 || !strings.Contains(out, "not running") {
		t.Errorf("second db stop: exit %d, %q", code, out)
	}
}

func TestDBUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--help"}, 0, "Maven Central"},
		{[]string{"start", "--help"}, 0, "-bolt-port"},
		{nil, 2, "want one of start, stop, status"},
		{[]string{"restart"}, 2, `unknown action "restart"`},
	}
	for _, tt := range tests {
		c, out, errb := testCLI("", map[string]string{"NEWSGRAPH_HOME": t.TempDir()})
		code := run(context.Background(), c, append([]string{"db"}, tt.args...))
		if code != tt.code || !strings.Contains(out.String()+errb.String(), tt.want) {
			t.Errorf("db %v: exit %d, output %q%q; want exit %d and %q", tt.args, code, out, errb, tt.code, tt.want)
		}
	}
}
