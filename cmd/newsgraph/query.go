package main

import (
	"context"
	"fmt"
)

// runQuery is a placeholder until its issue lands.
func runQuery(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph query: not built yet")
	return 1
}
