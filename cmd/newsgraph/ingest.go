package main

import (
	"context"
	"fmt"
)

// runIngest is a placeholder until its issue lands.
func runIngest(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph ingest: not built yet")
	return 1
}
