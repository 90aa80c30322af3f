package main

import (
	"context"
	"fmt"
)

// runEval is a placeholder until its issue lands.
func runEval(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph eval: not built yet")
	return 1
}
