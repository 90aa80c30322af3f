package crawl

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// ownerDead reports whether a lock owner "host:pid:nonce" is a process of
// this host that no longer exists. Any doubt (another host, an unparsable
// owner, a process we may not signal) counts as alive: the lock then
// expires by its heartbeat instead.
func ownerDead(owner string) bool {
	parts := strings.Split(owner, ":")
	if len(parts) != 3 {
		return false
	}
	host, err := os.Hostname()
	if err != nil || parts[0] != host {
		return false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
