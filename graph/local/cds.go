package local

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
)

// Class-data sharing: a start parses and verifies thousands of classes from
// ~200 jars, which is most of Neo4j's start-up time. A dynamic CDS archive,
// recorded once by a start and clean stop with -XX:ArchiveClassesAtExit and
// mapped by later starts with -XX:SharedArchiveFile, halves it on a busy
// machine; that matters for tests that start several instances. If the
// archive does not match the JVM (Java upgraded), the JVM ignores it.
const (
	cdsArchive     = "neo4j.jsa"
	cdsUnavailable = "neo4j.jsa.unavailable"
)

// cdsArgs returns the JVM flags that use the archive next to lib, if any.
func cdsArgs(lib string) []string {
	if a := filepath.Join(filepath.Dir(lib), cdsArchive); exists(a) {
		return []string{"-XX:SharedArchiveFile=" + a}
	}
	return nil
}

// buildCDSArchive records rt/neo4j.jsa with a throw-away instance that is
// started, used (password change, a query) and stopped cleanly.
func buildCDSArchive(ctx context.Context, rt, java string, logger *slog.Logger) error {
	dir, err := os.MkdirTemp(rt, "cds-run-")
	if err != nil {
		return fmt.Errorf("creating a directory for the class-data run: %w", err)
	}
	defer os.RemoveAll(dir)
	partial := filepath.Join(rt, cdsArchive+".partial")
	os.Remove(partial)
	in, err := newScratchInstance(dir, filepath.Join(rt, "lib"), java, logger)
	if err != nil {
		return err
	}
	in.jvmArgs = []string{"-XX:ArchiveClassesAtExit=" + partial}
	if err := in.launch(ctx); err != nil {
		return fmt.Errorf("class-data run: %w", err)
	}
	// The JVM writes the archive as it exits, so only a clean stop yields one.
	if err := in.stop(ctx); err != nil {
		return fmt.Errorf("class-data run: %w", err)
	}
	if fi, err := os.Stat(partial); err != nil || fi.Size() == 0 {
		return fmt.Errorf("the JVM wrote no class-data archive%s", in.logTail())
	}
	if err := os.Rename(partial, filepath.Join(rt, cdsArchive)); err != nil {
		return fmt.Errorf("moving the class-data archive into place: %w", err)
	}
	return nil
}
