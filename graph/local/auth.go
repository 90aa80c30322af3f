package local

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// authError means the database rejects both the stored password and the
// initial one, so waiting longer cannot help.
type authError struct {
	dir string
	err error
}

// Error says which data directory refuses the password and how to recover.
func (e *authError) Error() string {
	return fmt.Sprintf("the Neo4j data in %s refuses the stored password (was it changed by hand?): "+
		"delete that directory to start afresh: %v", e.dir, e.err)
}

// Unwrap returns the driver's authentication error.
func (e *authError) Unwrap() error { return e.err }

// authenticate checks that Bolt accepts the stored password and answers a
// query. On a database's first start it replaces the initial neo4j/neo4j,
// which Neo4j requires to be changed before it allows anything else.
func (in *instance) authenticate(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	uri := "bolt://127.0.0.1:" + strconv.Itoa(in.creds.BoltPort)
	err := ping(ctx, uri, in.creds.Username, in.creds.Password)
	if !isCode(err, "Neo.ClientError.Security.Unauthorized") {
		return err
	}
	if err := setInitialPassword(ctx, uri, in.creds.Password); err != nil {
		if isCode(err, "Neo.ClientError.Security.Unauthorized") {
			return &authError{dir: in.dir, err: err}
		}
		return err
	}
	in.logger.Info("set the generated Neo4j password", "dir", in.dir)
	return ping(ctx, uri, in.creds.Username, in.creds.Password)
}

// ping runs a trivial query on the default database.
func ping(ctx context.Context, uri, user, password string) error {
	d, err := newDriver(uri, user, password)
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	if _, err := neo4j.ExecuteQuery(ctx, d, "RETURN 1", nil, neo4j.EagerResultTransformer); err != nil {
		return fmt.Errorf("querying Neo4j at %s: %w", uri, err)
	}
	return nil
}

// setInitialPassword logs in as neo4j/neo4j and sets password.
func setInitialPassword(ctx context.Context, uri, password string) error {
	d, err := newDriver(uri, "neo4j", "neo4j")
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "system"})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
		map[string]any{"password": password})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("setting the initial Neo4j password at %s: %w", uri, err)
	}
	return nil
}

func newDriver(uri, user, password string) (neo4j.DriverWithContext, error) {
	d, err := neo4j.NewDriverWithContext(uri, neo4j.BasicAuth(user, password, ""), func(c *config.Config) {
		c.MaxConnectionPoolSize = 1
		c.SocketConnectTimeout = 2 * time.Second
		c.ConnectionAcquisitionTimeout = 10 * time.Second
	})
	if err != nil {
		return nil, fmt.Errorf("connecting to Neo4j at %s: %w", uri, err)
	}
	return d, nil
}

// isCode reports whether err is a Neo4j server error with the given code.
func isCode(err error, code string) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == code
}
