package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// ErrWriteQuery is returned by Query for a query that writes.
var ErrWriteQuery = errors.New("newsgraph query runs read-only: this query writes (CREATE/MERGE/SET/DELETE…)")

// Query runs a Cypher query in a read transaction and returns its columns
// and rows. Values are plain Go values: nil, bool, int64, float64, string,
// []any, map[string]any; dates and times are ISO strings; a node is a map
// with "labels" and "properties", a relationship one with "type" and
// "properties", a path a list of both. A query that writes fails with an
// error wrapping ErrWriteQuery: the server refuses writes in a read
// transaction, which no parsing of the query could match.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) ([]string, [][]any, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	type result struct {
		cols []string
		rows [][]any
	}
	res, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (result, error) {
		r, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return result{}, err
		}
		cols, err := r.Keys()
		if err != nil {
			return result{}, err
		}
		var rows [][]any
		for r.Next(ctx) {
			vals := r.Record().Values
			row := make([]any, len(vals))
			for i, v := range vals {
				row[i] = plain(v)
			}
			rows = append(rows, row)
		}
		return result{cols, rows}, r.Err()
	})
	if err != nil {
		if isWriteRefusal(err) {
			return nil, nil, ErrWriteQuery
		}
		return nil, nil, fmt.Errorf("query %s: %w", s.uri, err)
	}
	return res.cols, res.rows, nil
}

// isWriteRefusal reports whether err is the server refusing a write (data
// or schema) in a read transaction.
func isWriteRefusal(err error) bool {
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) {
		return false
	}
	switch ne.Code {
	case "Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Cluster.NotALeader",
		"Neo.ClientError.General.ForbiddenReadOnlyDatabase":
		return true
	}
	return ne.Code == "Neo.ClientError.Security.Forbidden" && strings.Contains(ne.Msg, "read")
}

// plain converts a driver value into plain Go values that print and encode
// as JSON without the driver's types.
func plain(v any) any {
	switch x := v.(type) {
	case dbtype.Node:
		return map[string]any{"labels": x.Labels, "properties": plainMap(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"type": x.Type, "properties": plainMap(x.Props)}
	case dbtype.Path:
		out := make([]any, 0, 2*len(x.Nodes))
		for i, n := range x.Nodes {
			out = append(out, plain(n))
			if i < len(x.Relationships) {
				out = append(out, plain(x.Relationships[i]))
			}
		}
		return out
	case dbtype.Date:
		return time.Time(x).Format(time.DateOnly)
	case dbtype.LocalDateTime:
		return time.Time(x).Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return time.Time(x).Format("15:04:05.999999999")
	case dbtype.Time:
		return time.Time(x).Format("15:04:05.999999999Z07:00")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return x.String()
	case dbtype.Point3D:
		return x.String()
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	}
	return v
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plain(v)
	}
	return out
}
