package local

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	credentialsFile = "credentials.json"
	pidFile         = "neo4j.pid"
	consoleFile     = "console.log"
)

// credentials is what credentials.json holds: how to reach the instance and
// how it was last started.
type credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
	BoltPort int    `json:"bolt_port"`
	HTTPPort int    `json:"http_port"`
	HeapMB   int    `json:"heap_mb"`
}

// instance is one Neo4j instance directory and, once launched, its process.
type instance struct {
	dir  string // conf/, data/, logs/, credentials.json, neo4j.pid
	home string // reported as Instance.Home
	lib  string // resolved jars; empty until needed
	java string // the java binary; empty until needed
	// jvmArgs are extra JVM flags; nil means those using the class-data
	// archive when there is one.
	jvmArgs []string
	creds   *credentials
	// detached instances get their own session and outlive the launching
	// process; the others are killed with it (tests).
	detached bool
	logger   *slog.Logger

	pid     int
	exited  chan struct{} // closed when the process this one launched has exited
	waitErr error         // the process's exit status, valid once exited is closed
}

// openInstance reads the instance in dir; creds stays nil when it has never
// been started.
func openInstance(dir, home string) (*instance, error) {
	in := &instance{dir: dir, home: home, detached: true, logger: slog.New(slog.DiscardHandler)}
	b, err := os.ReadFile(filepath.Join(dir, credentialsFile))
	if errors.Is(err, fs.ErrNotExist) {
		return in, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading local Neo4j credentials: %w", err)
	}
	var c credentials
	if err := json.Unmarshal(b, &c); err != nil || c.Password == "" || c.BoltPort == 0 {
		return nil, fmt.Errorf("local Neo4j credentials %s are damaged (delete %s to start afresh): %v",
			filepath.Join(dir, credentialsFile), dir, err)
	}
	in.creds = &c
	return in, nil
}

// saveCredentials writes credentials.json with mode 0600, atomically so that
// a concurrent reader never sees half a file.
func (in *instance) saveCredentials() error {
	if err := os.MkdirAll(in.dir, 0o700); err != nil {
		return fmt.Errorf("creating Neo4j instance directory: %w", err)
	}
	b, err := json.MarshalIndent(in.creds, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding Neo4j credentials: %w", err)
	}
	tmp, err := os.CreateTemp(in.dir, credentialsFile+".*")
	if err != nil {
		return fmt.Errorf("writing Neo4j credentials: %w", err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp already uses 0600; Chmod guards against an unusual umask.
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("writing Neo4j credentials: %w", err)
	}
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("writing Neo4j credentials: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing Neo4j credentials: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(in.dir, credentialsFile)); err != nil {
		return fmt.Errorf("writing Neo4j credentials: %w", err)
	}
	return nil
}

// runningPID returns the pid from the pid file when that process is alive
// and is the Neo4j of this directory (pids get reused).
func (in *instance) runningPID() (int, bool) {
	if in.exited != nil {
		select {
		case <-in.exited:
			return 0, false
		default:
			return in.pid, true
		}
	}
	b, err := os.ReadFile(filepath.Join(in.dir, pidFile))
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, isNeo4jOf(pid, in.dir)
}

// isNeo4jOf reports whether process pid is alive and runs Neo4j from dir.
func isNeo4jOf(pid int, dir string) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil {
		// No procfs (macOS): the signal check is all there is.
		return true
	}
	// A zombie has an empty command line and counts as exited.
	return bytes.Contains(cmdline, []byte("--home-dir="+dir+"\x00"))
}

// launch starts Java on the instance directory and waits until Bolt accepts
// the stored password, setting it on first start. If Neo4j does not come up,
// the process is killed and the error carries the end of its logs.
func (in *instance) launch(ctx context.Context) error {
	if in.java == "" {
		java, err := findJava(ctx)
		if err != nil {
			return err
		}
		in.java = java
	}
	for _, d := range []string{"conf", "data", "logs", "run", "plugins", "import", "licenses"} {
		if err := os.MkdirAll(filepath.Join(in.dir, d), 0o700); err != nil {
			return fmt.Errorf("creating Neo4j directory: %w", err)
		}
	}
	if err := writeConf(in.dir, in.creds); err != nil {
		return err
	}
	console, err := os.OpenFile(filepath.Join(in.dir, consoleFile), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("opening Neo4j console log: %w", err)
	}
	defer console.Close()

	extra := in.jvmArgs
	if extra == nil {
		extra = cdsArgs(in.lib)
	}
	cmd := exec.Command(in.java, javaArgs(in.dir, in.lib, in.creds.HeapMB, extra)...)
	cmd.Dir = in.dir
	cmd.Stdout, cmd.Stderr = console, console
	if in.detached {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	} else {
		// A test that dies must not leave its database running.
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	}
	in.logger.Info("starting Neo4j", "version", Neo4jVersion, "dir", in.dir, "bolt_port", in.creds.BoltPort)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting Neo4j with %s: %w", in.java, err)
	}
	in.pid = cmd.Process.Pid
	in.exited = make(chan struct{})
	go func() {
		// Reaping the child here keeps a stopped Neo4j from lingering as a
		// zombie for as long as this process lives.
		in.waitErr = cmd.Wait()
		close(in.exited)
	}()
	if err := os.WriteFile(filepath.Join(in.dir, pidFile), []byte(strconv.Itoa(in.pid)+"\n"), 0o600); err != nil {
		_ = cmd.Process.Kill()
		return fmt.Errorf("writing Neo4j pid file: %w", err)
	}
	if err := in.waitReady(ctx, in.pid); err != nil {
		_ = cmd.Process.Kill()
		<-in.exited
		os.Remove(filepath.Join(in.dir, pidFile))
		return err
	}
	in.logger.Info("Neo4j is up", "pid", in.pid, "uri", "bolt://127.0.0.1:"+strconv.Itoa(in.creds.BoltPort))
	return nil
}

// waitReady polls until Bolt accepts the stored credentials, the process
// dies, or startTimeout passes.
func (in *instance) waitReady(ctx context.Context, pid int) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(in.creds.BoltPort))
	httpAddr := net.JoinHostPort("127.0.0.1", strconv.Itoa(in.creds.HTTPPort))
	var lastErr error
	for {
		if _, ok := in.runningPID(); !ok {
			status := "exited"
			if in.exited != nil && in.waitErr != nil {
				status = in.waitErr.Error()
			}
			return fmt.Errorf("Neo4j (pid %d) stopped during start-up (%s)%s", pid, status, in.logTail())
		}
		// The HTTP connector (Browser) comes up last.
		if lastErr = dial(addr, httpAddr); lastErr == nil {
			if lastErr = in.authenticate(ctx); lastErr == nil {
				return nil
			}
			var fatal *authError
			if errors.As(lastErr, &fatal) {
				return lastErr
			}
			in.logger.Debug("Neo4j not ready yet", "err", lastErr)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("Neo4j (pid %d) did not answer on %s (waited at most %v: %v; last error: %v)%s",
				pid, addr, startTimeout, ctx.Err(), lastErr, in.logTail())
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// dial reports whether every addr accepts a TCP connection.
func dial(addrs ...string) error {
	for _, a := range addrs {
		conn, err := net.DialTimeout("tcp", a, time.Second)
		if err != nil {
			return err
		}
		conn.Close()
	}
	return nil
}

// stop sends SIGTERM, waits for a clean shutdown, and falls back to SIGKILL.
func (in *instance) stop(ctx context.Context) error {
	pid, ok := in.runningPID()
	if !ok {
		os.Remove(filepath.Join(in.dir, pidFile))
		return nil
	}
	in.logger.Info("stopping Neo4j", "pid", pid)
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("stopping Neo4j (pid %d): %w", pid, err)
	}
	if !in.waitExit(ctx, pid, stopTimeout) {
		in.logger.Warn("Neo4j did not stop in time, killing it", "pid", pid, "timeout", stopTimeout)
		if err := in.kill(pid); err != nil {
			return err
		}
	}
	os.Remove(filepath.Join(in.dir, pidFile))
	return ctx.Err()
}

// kill sends SIGKILL and waits for the process to be gone.
func (in *instance) kill(pid int) error {
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("killing Neo4j (pid %d): %w", pid, err)
	}
	if !in.waitExit(context.Background(), pid, 30*time.Second) {
		return fmt.Errorf("Neo4j (pid %d) still running 30s after SIGKILL", pid)
	}
	return nil
}

// waitExit reports whether the process exited within timeout.
func (in *instance) waitExit(ctx context.Context, pid int, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if in.exited != nil {
			select {
			case <-in.exited:
				return true
			case <-deadline.C:
				return false
			case <-ctx.Done():
				return false
			}
		}
		if !isNeo4jOf(pid, in.dir) {
			return true
		}
		select {
		case <-deadline.C:
			return false
		case <-ctx.Done():
			return false
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// logTail returns the last lines of the Neo4j logs, to explain a failed
// start without sending the user digging.
func (in *instance) logTail() string {
	var sb strings.Builder
	for _, p := range []string{filepath.Join(in.dir, consoleFile), filepath.Join(in.dir, "logs", "neo4j.log")} {
		b, err := os.ReadFile(p)
		if err != nil || len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		fmt.Fprintf(&sb, "\nlast lines of %s:\n%s", p, lastLines(string(b), 20))
	}
	return sb.String()
}

// lockFile takes an exclusive advisory lock on path, polling so that ctx can
// cancel the wait, and returns the function releasing it. It serialises
// concurrent starts and stops, from this or any other process.
func lockFile(ctx context.Context, path string) (func(), error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("creating %s: %w", filepath.Dir(path), err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening lock file: %w", err)
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { f.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, fmt.Errorf("locking %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("waiting for lock %s: %w", path, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// checkPortsFree fails early, with a clear message, when a port is taken;
// Neo4j would otherwise die with a long bind stack trace.
func checkPortsFree(ports ...int) error {
	for _, p := range ports {
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			return fmt.Errorf("port %d on 127.0.0.1 is already in use (another Neo4j?): stop that program or choose other ports", p)
		}
		l.Close()
	}
	return nil
}

// freePort asks the kernel for an unused loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// newPassword returns a random password that needs no quoting in a shell.
func newPassword() (string, error) {
	b := make([]byte, 15)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("generating Neo4j password: %w", err)
	}
	return strings.ToLower(base32.StdEncoding.EncodeToString(b)), nil
}
