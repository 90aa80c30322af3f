package main

import (
	"context"
	"fmt"
)

// runExtract is a placeholder until its issue lands.
func runExtract(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph extract: not built yet")
	return 1
}
