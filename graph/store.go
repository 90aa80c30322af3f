// Package graph stores newsgraph documents in Neo4j (SPEC §4): the schema,
// an idempotent batched loader with provenance, and read-only queries. It is
// the only package besides graph/local that talks to Neo4j.
package graph

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/newsgraph/newsgraph/graph/local"
)

// Config says which Neo4j to use. With an empty URI, Open starts (or
// reuses) the managed local Neo4j described by Local.
type Config struct {
	// URI is a bolt://, neo4j:// or neo4j+s:// address.
	URI      string
	Username string
	Password string
	// Database is the database name; empty means the server's default.
	Database string
	// Local configures the managed local Neo4j used when URI is empty.
	Local local.Options
	// BatchSize is the number of documents written per transaction
	// (DefaultBatchSize when zero).
	BatchSize int
	// Logger receives warnings about documents loaded partially; nil
	// discards them.
	Logger *slog.Logger
}

// DefaultBatchSize is the number of documents per write transaction: big
// enough to amortise round trips, small enough to keep transactions and the
// Go process's memory small.
const DefaultBatchSize = 500

// ConfigFromEnv reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
// NEO4J_DATABASE through getenv.
func ConfigFromEnv(getenv func(string) string) Config {
	return Config{
		URI:      getenv("NEO4J_URI"),
		Username: getenv("NEO4J_USERNAME"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
}

// Store is a connection to the graph. It is safe for concurrent use.
type Store struct {
	driver    neo4j.DriverWithContext
	database  string
	batchSize int
	logger    *slog.Logger
	uri       string
}

// Open connects to the Neo4j cfg names, starting the managed local one when
// cfg.URI is empty, and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		inst, err := local.Start(ctx, cfg.Local)
		if err != nil {
			return nil, fmt.Errorf("start the local Neo4j (or set NEO4J_URI to use another one): %w", err)
		}
		cfg.URI, cfg.Username, cfg.Password = inst.URI, inst.Username, inst.Password
	}
	if cfg.Username == "" {
		cfg.Username = "neo4j"
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("connect to Neo4j at %s: %w", cfg.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(ctx)
		return nil, fmt.Errorf("connect to Neo4j at %s as %s: %w", cfg.URI, cfg.Username, err)
	}
	s := &Store{driver: driver, database: cfg.Database, batchSize: cfg.BatchSize, logger: cfg.Logger, uri: cfg.URI}
	if s.batchSize <= 0 {
		s.batchSize = DefaultBatchSize
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	return s, nil
}

// URI returns the address of the Neo4j the store is connected to.
func (s *Store) URI() string { return s.uri }

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close the Neo4j connection to %s: %w", s.uri, err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.database})
}

// schema creates the constraints (each also an index) and the indexes the
// queries of the README need. IF NOT EXISTS makes it idempotent.
var schema = []string{
	"CREATE CONSTRAINT article_url IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE",
	"CREATE CONSTRAINT company_name IF NOT EXISTS FOR (n:Company) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT gpumodel_name IF NOT EXISTS FOR (n:GPUModel) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT site_key IF NOT EXISTS FOR (n:Site) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE",
	"CREATE INDEX deal_kind IF NOT EXISTS FOR (n:Deal) ON (n.kind)",
	"CREATE INDEX deal_announced IF NOT EXISTS FOR (n:Deal) ON (n.announced)",
	"CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)",
	"CREATE INDEX site_country IF NOT EXISTS FOR (n:Site) ON (n.country)",
}

// EnsureSchema creates the constraints and indexes of the graph model when
// they are missing and waits until they are online.
func (s *Store) EnsureSchema(ctx context.Context) error {
	if err := s.ensureSchema(ctx, append(schema[:len(schema):len(schema)], stateSchema...)); err != nil {
		return err
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("wait for the indexes of %s: %w", s.uri, err)
	}
	return nil
}
