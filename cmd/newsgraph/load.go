package main

import (
	"context"
	"fmt"
)

// runLoad is a placeholder until its issue lands.
func runLoad(ctx context.Context, c *cli, args []string) int {
	fmt.Fprintln(c.stderr, "newsgraph load: not built yet")
	return 1
}
