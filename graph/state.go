package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/newsgraph/newsgraph"
)

// The nightly job keeps its state in the graph itself, beside the facts, so
// that there is no second database to back up or to get out of step:
// (:Page) is a fetched URL, (:Source) a feed or sitemap, (:Lock) the run
// lock and (:Run) a run summary. EnsureSchema creates their constraints.
var stateSchema = []string{
	"CREATE CONSTRAINT page_url IF NOT EXISTS FOR (n:Page) REQUIRE n.url IS UNIQUE",
	"CREATE CONSTRAINT source_url IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE",
	"CREATE CONSTRAINT lock_name IF NOT EXISTS FOR (n:Lock) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT run_id IF NOT EXISTS FOR (n:Run) REQUIRE n.id IS UNIQUE",
	"CREATE INDEX page_next_attempt IF NOT EXISTS FOR (n:Page) ON (n.next_attempt)",
}

// ensureSchema runs the schema statements whose constraint or index does
// not exist yet. Looking first matters: even with IF NOT EXISTS, a schema
// statement waits for the schema lock, which every running write
// transaction holds shared, so a second ingest run would otherwise wait for
// the first one's loads before it could even find the run lock taken.
func (s *Store) ensureSchema(ctx context.Context, statements []string) error {
	constraints := map[string]bool{}
	recs, err := s.stateRead(ctx, "list constraints", "SHOW CONSTRAINTS YIELD name", nil)
	if err != nil {
		return err
	}
	for _, r := range recs {
		if name, ok := r.Values[0].(string); ok {
			constraints[name] = true
		}
	}
	// orphans are indexes left without their constraint: Neo4j killed
	// during CREATE CONSTRAINT can recover the backing index (stuck
	// populating) but not the constraint, which then can never be created
	// under that name.
	indexes, orphans := map[string]bool{}, map[string]bool{}
	recs, err = s.stateRead(ctx, "list indexes", "SHOW INDEXES YIELD name, owningConstraint", nil)
	if err != nil {
		return err
	}
	for _, r := range recs {
		name, _ := r.Values[0].(string)
		indexes[name] = true
		orphans[name] = r.Values[1] == nil
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	run := func(q string) error {
		// Schema commands cannot share a transaction with each other's
		// index population, so each runs in its own auto-commit transaction.
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("create schema on %s (%s): %w", s.uri, q, err)
		}
		return nil
	}
	for _, q := range statements {
		// "CREATE CONSTRAINT name IF NOT EXISTS …" or "CREATE INDEX name …";
		// the names are this package's constants, never user input.
		f := strings.Fields(q)
		if len(f) < 3 {
			continue
		}
		kind, name := f[1], f[2]
		switch {
		case kind == "CONSTRAINT" && constraints[name], kind == "INDEX" && indexes[name]:
			continue
		case kind == "CONSTRAINT" && indexes[name] && orphans[name]:
			if err := run("DROP INDEX " + name + " IF EXISTS"); err != nil {
				return err
			}
		}
		if err := run(q); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) stateWrite(ctx context.Context, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.collect(ctx, neo4j.AccessModeWrite, what, cypher, params)
}

func (s *Store) stateRead(ctx context.Context, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	return s.collect(ctx, neo4j.AccessModeRead, what, cypher, params)
}

// collect runs one query in a managed transaction of the given mode, which
// the driver retries on transient errors, and returns all its records.
func (s *Store) collect(ctx context.Context, mode neo4j.AccessMode, what, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, mode)
	defer sess.Close(ctx)
	work := func(tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}
	var recs []*neo4j.Record
	var err error
	if mode == neo4j.AccessModeRead {
		recs, err = neo4j.ExecuteRead(ctx, sess, work)
	} else {
		recs, err = neo4j.ExecuteWrite(ctx, sess, work)
	}
	if err != nil {
		return nil, fmt.Errorf("%s on %s: %w", what, s.uri, err)
	}
	return recs, nil
}

// AcquireLock takes the named lock for owner unless another owner holds it
// and refreshed it less than ttl ago (a crashed run's lock expires). A
// non-empty orphan names a holder known to be dead, whose hold is taken over
// whatever its heartbeat, but only if it still holds the lock. The first SET
// takes Neo4j's write lock on the node, so two runs racing for it are
// serialised and exactly one sees it free.
func (s *Store) AcquireLock(ctx context.Context, name, owner string, ttl time.Duration, orphan string) (bool, newsgraph.LockHolder, error) {
	now := time.Now().UTC()
	recs, err := s.stateWrite(ctx, "take lock "+name, `
MERGE (l:Lock {name: $name})
SET l.claims = coalesce(l.claims, 0) + 1
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.heartbeat < $stale OR ($orphan <> '' AND l.owner = $orphan)) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.since = CASE WHEN free THEN $now ELSE l.since END,
    l.heartbeat = CASE WHEN free THEN $now ELSE l.heartbeat END
RETURN free, l.owner AS owner, l.since AS since`,
		map[string]any{"name": name, "owner": owner, "now": now, "stale": now.Add(-ttl), "orphan": orphan})
	if err != nil {
		return false, newsgraph.LockHolder{}, err
	}
	if len(recs) != 1 {
		return false, newsgraph.LockHolder{}, fmt.Errorf("take lock %s: %d records", name, len(recs))
	}
	free, _ := recs[0].Get("free")
	holder, _ := recs[0].Get("owner")
	since, _ := recs[0].Get("since")
	h := newsgraph.LockHolder{Owner: fmt.Sprint(holder)}
	if t, ok := since.(time.Time); ok {
		h.Since = t.UTC()
	}
	return free == true, h, nil
}

// RefreshLock records that owner is still alive.
func (s *Store) RefreshLock(ctx context.Context, name, owner string) error {
	_, err := s.stateWrite(ctx, "refresh lock "+name,
		`MATCH (l:Lock {name: $name, owner: $owner}) SET l.heartbeat = $now`,
		map[string]any{"name": name, "owner": owner, "now": time.Now().UTC()})
	return err
}

// ReleaseLock frees the lock if owner holds it.
func (s *Store) ReleaseLock(ctx context.Context, name, owner string) error {
	_, err := s.stateWrite(ctx, "release lock "+name,
		`MATCH (l:Lock {name: $name, owner: $owner}) REMOVE l.owner, l.since, l.heartbeat`,
		map[string]any{"name": name, "owner": owner})
	return err
}

// SourceStates returns the stored validators of the given feed or sitemap URLs.
func (s *Store) SourceStates(ctx context.Context, urls []string) (map[string]newsgraph.SourceState, error) {
	recs, err := s.stateRead(ctx, "read source states",
		`UNWIND $urls AS u MATCH (n:Source {url: u}) RETURN n`, map[string]any{"urls": urls})
	if err != nil {
		return nil, err
	}
	out := make(map[string]newsgraph.SourceState, len(recs))
	for _, r := range recs {
		p := stateProps(r)
		st := newsgraph.SourceState{URL: propString(p["url"]), ETag: propString(p["etag"]),
			LastModified: propString(p["last_modified"]), LastFetched: propTime(p["last_fetched"])}
		out[st.URL] = st
	}
	return out, nil
}

// SaveSourceStates stores feed and sitemap validators.
func (s *Store) SaveSourceStates(ctx context.Context, states []newsgraph.SourceState) error {
	rows := make([]map[string]any, len(states))
	for i, st := range states {
		rows[i] = map[string]any{"url": st.URL, "etag": st.ETag, "last_modified": st.LastModified,
			"last_fetched": st.LastFetched.UTC()}
	}
	_, err := s.stateWrite(ctx, "save source states", `
UNWIND $rows AS r
MERGE (n:Source {url: r.url})
SET n.etag = r.etag, n.last_modified = r.last_modified, n.last_fetched = r.last_fetched`,
		map[string]any{"rows": rows})
	return err
}

// PageStates returns the stored state of the given page URLs; unknown URLs
// are absent from the map.
func (s *Store) PageStates(ctx context.Context, urls []string) (map[string]newsgraph.PageState, error) {
	recs, err := s.stateRead(ctx, "read page states",
		`UNWIND $urls AS u MATCH (n:Page {url: u}) RETURN n`, map[string]any{"urls": urls})
	if err != nil {
		return nil, err
	}
	return pageStates(recs), nil
}

// DueRetries lists failed pages, not given up, whose next attempt is due at now.
func (s *Store) DueRetries(ctx context.Context, now time.Time, limit int) ([]newsgraph.PageState, error) {
	recs, err := s.stateRead(ctx, "read due retries", `
MATCH (n:Page) WHERE n.next_attempt <= $now AND n.failures > 0 AND NOT n.gave_up
RETURN n ORDER BY n.next_attempt LIMIT $limit`, map[string]any{"now": now.UTC(), "limit": limit})
	if err != nil {
		return nil, err
	}
	m := pageStates(recs)
	out := make([]newsgraph.PageState, 0, len(m))
	for _, r := range recs {
		out = append(out, m[propString(stateProps(r)["url"])])
	}
	return out, nil
}

// SavePageStates stores what was learnt about fetched pages.
func (s *Store) SavePageStates(ctx context.Context, states []newsgraph.PageState) error {
	rows := make([]map[string]any, len(states))
	for i, st := range states {
		var next any
		if !st.NextAttempt.IsZero() {
			next = st.NextAttempt.UTC()
		}
		rows[i] = map[string]any{"url": st.URL, "article_url": st.ArticleURL, "etag": st.ETag,
			"last_modified": st.LastModified, "content_hash": st.ContentHash,
			"last_attempt": st.LastAttempt.UTC(), "failures": st.Failures, "last_error": st.LastError,
			"next_attempt": next, "gave_up": st.GaveUp}
	}
	_, err := s.stateWrite(ctx, "save page states", `
UNWIND $rows AS r
MERGE (n:Page {url: r.url})
SET n.article_url = r.article_url, n.etag = r.etag, n.last_modified = r.last_modified,
    n.content_hash = r.content_hash, n.last_attempt = r.last_attempt, n.failures = r.failures,
    n.last_error = r.last_error, n.next_attempt = r.next_attempt, n.gave_up = r.gave_up`,
		map[string]any{"rows": rows})
	return err
}

// SaveRun stores a run summary as a :Run node.
func (s *Store) SaveRun(ctx context.Context, id string, props map[string]any) error {
	_, err := s.stateWrite(ctx, "save run "+id, `MERGE (r:Run {id: $id}) SET r += $props`,
		map[string]any{"id": id, "props": props})
	return err
}

func pageStates(recs []*neo4j.Record) map[string]newsgraph.PageState {
	out := make(map[string]newsgraph.PageState, len(recs))
	for _, r := range recs {
		p := stateProps(r)
		st := newsgraph.PageState{
			URL: propString(p["url"]), ArticleURL: propString(p["article_url"]), ETag: propString(p["etag"]),
			LastModified: propString(p["last_modified"]), ContentHash: propString(p["content_hash"]),
			LastAttempt: propTime(p["last_attempt"]), LastError: propString(p["last_error"]),
			NextAttempt: propTime(p["next_attempt"]), GaveUp: p["gave_up"] == true,
		}
		if n, ok := p["failures"].(int64); ok {
			st.Failures = int(n)
		}
		out[st.URL] = st
	}
	return out
}

func stateProps(r *neo4j.Record) map[string]any {
	if len(r.Values) == 0 {
		return nil
	}
	if n, ok := r.Values[0].(neo4j.Node); ok {
		return n.Props
	}
	return nil
}

func propString(v any) string {
	s, _ := v.(string)
	return s
}

func propTime(v any) time.Time {
	t, _ := v.(time.Time)
	return t
}

// Exec runs a Cypher query in a write transaction (retried on transient
// errors) and returns its columns and rows as plain values, like Query. It
// is for maintenance and tests; users' queries go through Query.
func (s *Store) Exec(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	recs, err := s.stateWrite(ctx, "run write query", cypher, params)
	if err != nil {
		return nil, nil, err
	}
	var cols []string
	rows := make([][]any, len(recs))
	for i, r := range recs {
		cols = r.Keys
		row := make([]any, len(r.Values))
		for j, v := range r.Values {
			row[j] = plain(v)
		}
		rows[i] = row
	}
	return cols, rows, nil
}
