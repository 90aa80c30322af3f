package main

import (
	"context"
	"fmt"
)

// runDB is a placeholder until its issue lands.
func runDB(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph db: not built yet")
	return 1
}
