package local

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// startDisposable starts a test instance or skips when the machine cannot
// run one (no Java or Maven), so that `go test ./...` stays usable there.
func startDisposable(t *testing.T) *Instance {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	inst, err := StartDisposable(ctx, t.TempDir())
	if errors.Is(err, errNoJava) || errors.Is(err, errNoMaven) {
		t.Skipf("cannot run a local Neo4j here: %v", err)
	}
	if err != nil {
		t.Fatalf("StartDisposable: %v", err)
	}
	t.Cleanup(func() {
		if err := inst.Stop(); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	return inst
}

func query(t *testing.T, inst *Instance, cypher string, params map[string]any) []*neo4j.Record {
	t.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(inst.URI, neo4j.BasicAuth(inst.Username, inst.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, cypher, params, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

// TestDisposable shares one instance between checks because each start
// costs a JVM and a Neo4j boot.
func TestDisposable(t *testing.T) {
	inst := startDisposable(t)
	if !strings.HasPrefix(inst.URI, "bolt://127.0.0.1:") || inst.PID == 0 {
		t.Fatalf("unexpected instance %+v", inst)
	}
	t.Run("loopback only", func(t *testing.T) {
		conf, err := os.ReadFile(filepath.Join(inst.Home, "conf", "neo4j.conf"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(conf), "\n") {
			_, addr, ok := strings.Cut(line, "listen_address=")
			if ok && addr != "127.0.0.1" && !strings.HasPrefix(addr, "127.0.0.1:") {
				t.Errorf("listen setting not on loopback: %s", line)
			}
		}
	})
	t.Run("credentials file is private", func(t *testing.T) {
		fi, err := os.Stat(filepath.Join(inst.Home, credentialsFile))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("credentials mode %v, want 0600", fi.Mode().Perm())
		}
	})
	t.Run("initial password replaced", func(t *testing.T) {
		ctx := context.Background()
		d, err := neo4j.NewDriverWithContext(inst.URI, neo4j.BasicAuth("neo4j", "neo4j", ""))
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close(ctx)
		if err := d.VerifyAuthentication(ctx, nil); err == nil {
			t.Error("the initial password neo4j/neo4j is still accepted")
		}
	})
	t.Run("browser answers", func(t *testing.T) {
		resp, err := http.Get(inst.HTTPURL)
		if err != nil {
			t.Fatalf("GET %s: %v", inst.HTTPURL, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK || !bytes.Contains(bytes.ToLower(body), []byte("neo4j browser")) {
			t.Errorf("GET %s: status %d, body starts %q", inst.HTTPURL, resp.StatusCode, body[:min(len(body), 200)])
		}
	})
	t.Run("committed data survives kill and restart", func(t *testing.T) {
		ctx := context.Background()
		query(t, inst, "CREATE (:Company {name: $n})", map[string]any{"n": "Société Générale"})
		oldPID := inst.PID
		if err := inst.Kill(); err != nil {
			t.Fatalf("Kill: %v", err)
		}
		if isNeo4jOf(oldPID, inst.Home) {
			t.Fatalf("pid %d still runs after Kill", oldPID)
		}
		if err := inst.Restart(ctx); err != nil {
			t.Fatalf("Restart: %v", err)
		}
		if inst.PID == 0 || inst.PID == oldPID {
			t.Errorf("PID after restart = %d, before %d", inst.PID, oldPID)
		}
		recs := query(t, inst, "MATCH (c:Company) RETURN c.name AS name", nil)
		if len(recs) != 1 || recs[0].Values[0] != "Société Générale" {
			t.Errorf("after kill and restart got %v, want the one committed company", recs)
		}
	})
	t.Run("a password that no longer matches the data is reported", func(t *testing.T) {
		if err := inst.Stop(); err != nil {
			t.Fatalf("Stop: %v", err)
		}
		// As if credentials.json had been replaced while the data stayed.
		inst.inst.creds.Password = "not-the-password-of-this-data"
		err := inst.Restart(context.Background())
		var ae *authError
		if !errors.As(err, &ae) || !strings.Contains(err.Error(), "delete that directory") {
			t.Fatalf("Restart with a wrong password = %v, want an authError saying what to do", err)
		}
		if pid, ok := inst.inst.runningPID(); ok {
			t.Errorf("Neo4j (pid %d) left running after the failed start", pid)
		}
	})
}

func TestManagedStartIsIdempotent(t *testing.T) {
	bolt, http := testPorts(t)
	var progress bytes.Buffer
	o := Options{Home: t.TempDir(), BoltPort: bolt, HTTPPort: http, Progress: &progress}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	if _, err := Credentials(o); !errors.Is(err, ErrNotSetUp) {
		t.Errorf("Credentials before any start: %v, want ErrNotSetUp", err)
	}
	first, err := Start(ctx, o)
	if errors.Is(err, errNoJava) || errors.Is(err, errNoMaven) {
		t.Skipf("cannot run a local Neo4j here: %v", err)
	}
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := Stop(context.Background(), o); err != nil {
			t.Errorf("Stop: %v", err)
		}
	})
	if !strings.Contains(progress.String(), "first run only") {
		t.Errorf("first start did not announce the download: %q", progress.String())
	}
	query(t, first, "RETURN 1", nil)

	progress.Reset()
	second, err := Start(ctx, o)
	if err != nil {
		t.Fatalf("second Start: %v", err)
	}
	if second.PID != first.PID || second.Password != first.Password || second.URI != first.URI {
		t.Errorf("second Start = %+v, want the running %+v", second, first)
	}
	if progress.Len() != 0 {
		t.Errorf("second start printed %q, want nothing", progress.String())
	}
	st, running, err := Status(ctx, o)
	if err != nil || !running || st.PID != first.PID {
		t.Errorf("Status = %+v, %v, %v; want running pid %d", st, running, err, first.PID)
	}
	creds, err := Credentials(o)
	if err != nil || creds.Password != first.Password || creds.URI != first.URI {
		t.Errorf("Credentials = %+v, %v", creds, err)
	}

	if err := Stop(ctx, o); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if isNeo4jOf(first.PID, managedDir(o.Home)) {
		t.Errorf("pid %d still runs after Stop", first.PID)
	}
	if _, running, err := Status(ctx, o); running || err != nil {
		t.Errorf("Status after Stop: running=%v err=%v", running, err)
	}
	if creds, err := Credentials(o); err != nil || creds.PID != 0 || creds.Password != first.Password {
		t.Errorf("Credentials after Stop = %+v, %v; want the stored password and no pid", creds, err)
	}
}

func TestMissingToolsSaySoInOneSentence(t *testing.T) {
	java, err := findJava(context.Background())
	if err != nil {
		t.Skipf("no usable Java here: %v", err)
	}
	onlyJava := t.TempDir()
	if err := os.Symlink(java, filepath.Join(onlyJava, "java")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
		install    string
	}{
		{"no java", t.TempDir(), errNoJava, "openjdk-17"},
		{"java but no mvn", onlyJava, errNoMaven, "apt-get install maven"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PATH", tt.path)
			t.Setenv("JAVA_HOME", "")
			// A fresh home has no jars yet, so Maven would be needed; free
			// ports, so that a Neo4j already running here does not answer
			// first.
			bolt, http := testPorts(t)
			_, err := Start(context.Background(), Options{Home: t.TempDir(), BoltPort: bolt, HTTPPort: http, Progress: io.Discard})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Start = %v, want %v", err, tt.want)
			}
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, tt.install) {
				t.Errorf("error %q should be one line naming what to install (%q)", msg, tt.install)
			}
		})
	}
}

// testPorts returns two free loopback ports for a Bolt and an HTTP server.
func testPorts(t *testing.T) (bolt, http int) {
	t.Helper()
	bolt, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	http, err = freePort()
	if err != nil {
		t.Fatal(err)
	}
	return bolt, http
}
