package crawl

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
)

func TestOwnerDead(t *testing.T) {
	host, err := os.Hostname()
	if err != nil {
		t.Skip("no hostname")
	}
	exited := exec.Command("true")
	if err := exited.Run(); err != nil {
		t.Skip("cannot run true:", err)
	}
	for _, c := range []struct {
		owner string
		dead  bool
	}{
		{fmt.Sprintf("%s:%d:ab12cd", host, exited.Process.Pid), true},
		{fmt.Sprintf("%s:%d:ab12cd", host, os.Getpid()), false},
		{fmt.Sprintf("%s:%d:ab12cd", host, os.Getppid()), false},
		{fmt.Sprintf("elsewhere-%s:%d:ab12cd", host, exited.Process.Pid), false},
		{"other-host:1", false},
		{fmt.Sprintf("%s:notapid:ab12cd", host), false},
		{fmt.Sprintf("%s:-5:ab12cd", host), false},
		{"", false},
	} {
		if got := ownerDead(c.owner); got != c.dead {
			t.Errorf("ownerDead(%q) = %v, want %v", c.owner, got, c.dead)
		}
	}
}
