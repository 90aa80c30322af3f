package local

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
)

// StartDisposable starts a private Neo4j for a test in dir (normally
// t.TempDir()) on free loopback ports, launched exactly like the managed
// instance and with the jars resolved under DefaultHome(os.Getenv). The
// process is killed if the calling process dies; call Stop when done.
func StartDisposable(ctx context.Context, dir string) (*Instance, error) {
	home, err := DefaultHome(os.Getenv)
	if err != nil {
		return nil, err
	}
	java, err := findJava(ctx)
	if err != nil {
		return nil, err
	}
	lib, err := ensureRuntime(ctx, home, java, io.Discard, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, err
	}
	in, err := newScratchInstance(dir, lib, java, slog.New(slog.DiscardHandler))
	if err != nil {
		return nil, err
	}
	if err := in.launch(ctx); err != nil {
		return nil, err
	}
	return in.instance(in.pid), nil
}

// newScratchInstance prepares an instance in dir that dies with this process,
// on free ports with a new password.
func newScratchInstance(dir, lib, java string, logger *slog.Logger) (*instance, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("resolving Neo4j directory %q: %w", dir, err)
	}
	pw, err := newPassword()
	if err != nil {
		return nil, err
	}
	bolt, err := freePort()
	if err != nil {
		return nil, err
	}
	http, err := freePort()
	if err != nil {
		return nil, err
	}
	in := &instance{
		dir: dir, home: dir, lib: lib, java: java, logger: logger,
		creds: &credentials{Username: "neo4j", Password: pw, BoltPort: bolt, HTTPPort: http, HeapMB: DefaultHeapMB},
	}
	if err := in.saveCredentials(); err != nil {
		return nil, err
	}
	return in, nil
}

var errNotLocal = errors.New("not an instance started by graph/local")

// Stop shuts the instance down cleanly and waits for it to exit.
func (i *Instance) Stop() error {
	if i.inst == nil {
		return errNotLocal
	}
	if err := i.inst.stop(context.Background()); err != nil {
		return err
	}
	i.PID = 0
	return nil
}

// Kill ends the instance with SIGKILL, as a crash would, and waits until the
// process is gone; fault tests use it in the middle of a load.
func (i *Instance) Kill() error {
	if i.inst == nil {
		return errNotLocal
	}
	if pid, ok := i.inst.runningPID(); ok {
		if err := i.inst.kill(pid); err != nil {
			return err
		}
	}
	i.PID = 0
	return nil
}

// Restart starts the instance again on the same data directory and ports,
// stopping it first if it is still running, and waits until Bolt answers.
func (i *Instance) Restart(ctx context.Context) error {
	if i.inst == nil {
		return errNotLocal
	}
	if err := i.inst.stop(ctx); err != nil {
		return err
	}
	if i.inst.java == "" {
		java, err := findJava(ctx)
		if err != nil {
			return err
		}
		i.inst.java = java
	}
	if i.inst.lib == "" {
		lib, err := ensureRuntime(ctx, i.inst.home, i.inst.java, io.Discard, i.inst.logger)
		if err != nil {
			return err
		}
		i.inst.lib = lib
	}
	if err := i.inst.launch(ctx); err != nil {
		return err
	}
	i.PID = i.inst.pid
	return nil
}
