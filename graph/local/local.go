// Package local runs the managed local Neo4j: Neo4j Community 5.26 resolved
// from Maven Central into a cache directory and started with the system Java
// as a detached process listening on 127.0.0.1 only (SPEC §4.3).
//
// One managed instance lives under Options.Home and survives the process that
// started it; Start, Stop and Status manage it and Credentials reads how to
// connect to it. Tests use StartDisposable, which launches a private instance
// the same way on free ports.
package local

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// Neo4jVersion is the Neo4j Community release that is resolved and run.
const Neo4jVersion = "5.26.17"

// BrowserVersion is the Neo4j Browser web application put on the classpath,
// where the HTTP connector serves it at /browser/. It is the newest
// org.neo4j.client:neo4j-browser release on Maven Central.
const BrowserVersion = "5.24.0"

// Defaults of the managed instance: the ports of a stock Neo4j and a heap
// small enough for a laptop shared with other work.
const (
	DefaultBoltPort = 7687
	DefaultHTTPPort = 7474
	DefaultHeapMB   = 512
)

// startTimeout bounds how long Start waits for Bolt to answer.
const startTimeout = 120 * time.Second

// stopTimeout bounds how long Stop waits after SIGTERM before SIGKILL.
const stopTimeout = 60 * time.Second

// Options configure the managed instance. The zero value is usable.
type Options struct {
	// Home is the cache and instance directory; default DefaultHome(os.Getenv).
	Home string
	// BoltPort and HTTPPort are the loopback ports; zero means those of the
	// previous start, else 7687 and 7474. A running instance keeps its ports.
	BoltPort, HTTPPort int
	// HeapMB is the JVM's maximum heap in MiB; zero means that of the
	// previous start, else 512.
	HeapMB int
	// Progress receives one-line messages meant for a person, such as the
	// first-run download notice; nil discards them.
	Progress io.Writer
	// Logger receives diagnostic logs; nil discards them.
	Logger *slog.Logger
}

// Instance is how to reach a local Neo4j and which process runs it.
type Instance struct {
	// URI is the Bolt URI, bolt://127.0.0.1:PORT.
	URI string
	// Username and Password authenticate against it.
	Username, Password string
	// PID is the Java process, 0 when it is not running.
	PID int
	// Home is the directory the instance was started from (Options.Home, or
	// the directory given to StartDisposable).
	Home string
	// HTTPURL is the Neo4j Browser address, http://127.0.0.1:PORT/browser/.
	HTTPURL string

	// inst is set on instances returned by Start, Status and StartDisposable
	// so that Kill, Restart and Stop can act on them.
	inst *instance
}

// DefaultHome returns the directory the managed instance lives in:
// $NEWSGRAPH_HOME, else $XDG_CACHE_HOME/newsgraph, else ~/.cache/newsgraph.
// getenv is usually os.Getenv; commands pass their injected one.
func DefaultHome(getenv func(string) string) (string, error) {
	if h := getenv("NEWSGRAPH_HOME"); h != "" {
		return filepath.Abs(h)
	}
	if x := getenv("XDG_CACHE_HOME"); x != "" {
		return filepath.Join(x, "newsgraph"), nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", fmt.Errorf("locating the newsgraph cache directory: set NEWSGRAPH_HOME: %w", err)
		}
	}
	return filepath.Join(home, ".cache", "newsgraph"), nil
}

// withDefaults fills in the zero fields of o.
func (o Options) withDefaults() (Options, error) {
	if o.Home == "" {
		h, err := DefaultHome(os.Getenv)
		if err != nil {
			return o, err
		}
		o.Home = h
	}
	abs, err := filepath.Abs(o.Home)
	if err != nil {
		return o, fmt.Errorf("resolving Neo4j home %q: %w", o.Home, err)
	}
	o.Home = abs
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o, nil
}

// managedDir is where the managed instance keeps its configuration, data,
// logs and credentials.
func managedDir(home string) string { return filepath.Join(home, "neo4j") }

// Start starts the managed instance, or returns the one already running. On
// first use it resolves Neo4j with Maven into o.Home (and says so on
// o.Progress), generates a password stored with mode 0600, and waits until
// Bolt accepts that password.
func Start(ctx context.Context, o Options) (*Instance, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	// Java first: a download is pointless on a machine that cannot run it.
	java, err := findJava(ctx)
	if err != nil {
		return nil, err
	}
	dir := managedDir(o.Home)
	unlock, err := lockFile(ctx, dir+".lock")
	if err != nil {
		return nil, err
	}
	defer unlock()

	in, err := openInstance(dir, o.Home)
	if err != nil {
		return nil, err
	}
	in.java, in.logger = java, o.Logger
	if in.creds != nil {
		if pid, ok := in.runningPID(); ok {
			o.Logger.Debug("local Neo4j already running", "pid", pid, "dir", dir)
			if err := in.waitReady(ctx, pid); err != nil {
				return nil, err
			}
			return in.instance(pid), nil
		}
	}
	if in.creds == nil {
		pw, err := newPassword()
		if err != nil {
			return nil, err
		}
		in.creds = &credentials{Username: "neo4j", Password: pw}
	}
	// Options given override those of the previous start, which are kept
	// otherwise, so that a start with no options finds the same ports.
	for _, v := range []struct {
		dst      *int
		opt, def int
	}{
		{&in.creds.BoltPort, o.BoltPort, DefaultBoltPort},
		{&in.creds.HTTPPort, o.HTTPPort, DefaultHTTPPort},
		{&in.creds.HeapMB, o.HeapMB, DefaultHeapMB},
	} {
		if v.opt != 0 {
			*v.dst = v.opt
		} else if *v.dst == 0 {
			*v.dst = v.def
		}
	}
	if err := checkPortsFree(in.creds.BoltPort, in.creds.HTTPPort); err != nil {
		return nil, err
	}
	if err := in.saveCredentials(); err != nil {
		return nil, err
	}
	lib, err := ensureRuntime(ctx, o.Home, java, o.Progress, o.Logger)
	if err != nil {
		return nil, err
	}
	in.lib = lib
	if err := in.launch(ctx); err != nil {
		return nil, err
	}
	return in.instance(in.pid), nil
}

// Stop stops the managed instance and waits for it to exit: SIGTERM for a
// clean shutdown, SIGKILL if it has not exited within a minute. Stopping an
// instance that is not running is not an error.
func Stop(ctx context.Context, o Options) error {
	o, err := o.withDefaults()
	if err != nil {
		return err
	}
	dir := managedDir(o.Home)
	unlock, err := lockFile(ctx, dir+".lock")
	if err != nil {
		return err
	}
	defer unlock()
	in, err := openInstance(dir, o.Home)
	if err != nil {
		return err
	}
	return in.stop(ctx)
}

// Status reports whether the managed instance is running. The Instance is nil
// only when it has never been started under o.Home.
func Status(ctx context.Context, o Options) (*Instance, bool, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, false, err
	}
	in, err := openInstance(managedDir(o.Home), o.Home)
	if err != nil || in.creds == nil {
		return nil, false, err
	}
	pid, ok := in.runningPID()
	if !ok {
		return in.instance(0), false, nil
	}
	return in.instance(pid), true, nil
}

// ErrNotSetUp is returned by Credentials when no managed instance has ever
// been started under the home directory.
var ErrNotSetUp = errors.New("no local Neo4j set up yet: run `newsgraph db start`, or set NEO4J_URI")

// Credentials returns the stored connection settings of the managed instance
// without starting it; PID is 0 when it is not running. It returns an error
// wrapping ErrNotSetUp when the instance has never been started.
func Credentials(o Options) (*Instance, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	dir := managedDir(o.Home)
	in, err := openInstance(dir, o.Home)
	if err != nil {
		return nil, err
	}
	if in.creds == nil {
		return nil, fmt.Errorf("%s: %w", dir, ErrNotSetUp)
	}
	pid, _ := in.runningPID()
	return in.instance(pid), nil
}

// CredentialsPath is the file, mode 0600, holding the managed instance's
// password under home.
func CredentialsPath(home string) string {
	return filepath.Join(managedDir(home), credentialsFile)
}

// LogPath is the main Neo4j log of the managed instance under home.
func LogPath(home string) string {
	return filepath.Join(managedDir(home), "logs", "neo4j.log")
}

// instance builds the exported view of in with process pid.
func (in *instance) instance(pid int) *Instance {
	c := in.creds
	return &Instance{
		URI:      "bolt://127.0.0.1:" + strconv.Itoa(c.BoltPort),
		Username: c.Username,
		Password: c.Password,
		PID:      pid,
		Home:     in.home,
		HTTPURL:  "http://127.0.0.1:" + strconv.Itoa(c.HTTPPort) + "/browser/",
		inst:     in,
	}
}
