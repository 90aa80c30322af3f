package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/newsgraph/newsgraph"
)

// LoadStats says what a load changed in the graph.
type LoadStats struct {
	// Documents is the number of documents given to Load.
	Documents int
	// ArticlesCreated counts articles new to the graph.
	ArticlesCreated int
	// ArticlesReplaced counts articles whose text or facts changed and whose
	// facts were therefore replaced.
	ArticlesReplaced int
	// ArticlesUnchanged counts articles already in the graph as given.
	ArticlesUnchanged int
	// Node creations per label.
	Companies, GPUModels, Sites, Deals int
	// DealsRemoved counts deals no article reports any more.
	DealsRemoved int
	// DealsSkipped counts deals without any party, which are not loaded.
	DealsSkipped int
	// Relationships counts relationships created.
	Relationships int
}

// Add adds the counts of o to s.
func (s *LoadStats) Add(o LoadStats) {
	s.Documents += o.Documents
	s.ArticlesCreated += o.ArticlesCreated
	s.ArticlesReplaced += o.ArticlesReplaced
	s.ArticlesUnchanged += o.ArticlesUnchanged
	s.Companies += o.Companies
	s.GPUModels += o.GPUModels
	s.Sites += o.Sites
	s.Deals += o.Deals
	s.DealsRemoved += o.DealsRemoved
	s.DealsSkipped += o.DealsSkipped
	s.Relationships += o.Relationships
}

// Load writes docs into the graph, batch by batch, each batch in one write
// transaction that holds whole articles: a failure leaves every article
// either as it was or fully loaded, and loading again converges. An article
// already in the graph with the same text and facts is left untouched; one
// whose text or facts changed has its MENTIONS and REPORTS replaced, and
// deals no article reports any more are removed. When several docs share an
// article key, the last one wins.
//
// On error, the returned stats count the batches committed before it.
func (s *Store) Load(ctx context.Context, docs []newsgraph.Document) (LoadStats, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The next batch is prepared while the current one is written, so that
	// hashing and grouping overlap with the database's work.
	next := make(chan *batch)
	go func() {
		defer close(next)
		for start := 0; start < len(docs); start += s.batchSize {
			b := prepare(docs[start:min(start+s.batchSize, len(docs))], start)
			select {
			case next <- b:
			case <-ctx.Done():
				return
			}
		}
	}()
	var total LoadStats
	for b := range next {
		st, err := s.loadBatch(ctx, b)
		if err != nil {
			return total, fmt.Errorf("load documents %d-%d into %s: %w", b.first+1, b.first+b.size, s.uri, err)
		}
		total.Add(st)
	}
	return total, ctx.Err()
}

// batch is the documents of one transaction, ready to write.
type batch struct {
	// first is the index of the batch's first document in the load, size
	// the number of its documents.
	first, size int
	// arts are the articles, one per key (the last document with it).
	arts []article
	keys []any
	// rows are the parameters for writing every article, used as they are
	// when none of them is in the graph yet, the usual case of new news.
	rows rows
}

func prepare(docs []newsgraph.Document, first int) *batch {
	b := &batch{first: first, size: len(docs), arts: make([]article, 0, len(docs))}
	index := map[string]int{}
	for i := range docs {
		doc := &docs[i]
		a := article{doc: doc, key: ArticleKey(doc), hash: documentHash(doc)}
		if j, ok := index[a.key]; ok {
			b.arts[j] = a
			continue
		}
		index[a.key] = len(b.arts)
		b.arts = append(b.arts, a)
	}
	b.keys = make([]any, len(b.arts))
	for i, a := range b.arts {
		b.keys[i] = a.key
	}
	b.rows = buildRows(b.arts)
	return b
}

func (s *Store) loadBatch(ctx context.Context, b *batch) (LoadStats, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	began := time.Now()
	var wrote time.Duration
	st, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (LoadStats, error) {
		st, err := s.writeBatch(ctx, tx, b)
		wrote = time.Since(began)
		return st, err
	})
	s.logger.Debug("batch committed", "documents", b.size, "wrote", wrote, "took", time.Since(began))
	st.Documents = b.size
	return st, err
}

// writeBatch runs inside a (possibly retried) transaction, so it computes
// everything it writes from the graph as this attempt sees it.
func (s *Store) writeBatch(ctx context.Context, tx neo4j.ManagedTransaction, b *batch) (LoadStats, error) {
	var st LoadStats
	res, err := tx.Run(ctx, `UNWIND $keys AS k
		MATCH (a:Article {url: k})
		RETURN a.url AS url, a.doc_hash AS hash`, map[string]any{"keys": b.keys})
	if err != nil {
		return st, fmt.Errorf("read stored articles: %w", err)
	}
	stored := map[string]any{}
	for res.Next(ctx) {
		rec := res.Record()
		stored[rec.Values[0].(string)] = rec.Values[1]
	}
	if err := res.Err(); err != nil {
		return st, fmt.Errorf("read stored articles: %w", err)
	}

	var changed []article
	var replaced []any
	for _, a := range b.arts {
		h, ok := stored[a.key]
		switch {
		case !ok:
			st.ArticlesCreated++
		case h == a.hash:
			st.ArticlesUnchanged++
			continue
		default:
			st.ArticlesReplaced++
			replaced = append(replaced, a.key)
		}
		changed = append(changed, a)
	}
	if len(changed) == 0 {
		return st, nil
	}

	run := func(what, query string, rows []any) (neo4j.Counters, error) {
		if len(rows) == 0 {
			return nil, nil
		}
		began := time.Now()
		res, err := tx.Run(ctx, query, map[string]any{"rows": rows})
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", what, err)
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", what, err)
		}
		s.logger.Debug("batch step written", "what", what, "rows", len(rows), "took", time.Since(began))
		c := sum.Counters()
		st.Relationships += c.RelationshipsCreated()
		return c, nil
	}

	if _, err := run("removal of replaced mentions", deleteMentions, replaced); err != nil {
		return st, err
	}
	c, err := run("removal of replaced reports", deleteReports, replaced)
	if err != nil {
		return st, err
	}
	if c != nil {
		st.DealsRemoved = c.NodesDeleted()
	}

	r := b.rows
	if len(changed) < len(b.arts) {
		r = buildRows(changed)
	}
	st.DealsSkipped = r.dealsSkipped
	if r.dealsSkipped > 0 {
		s.logger.Warn("deals without parties not loaded", "count", r.dealsSkipped)
	}
	// Nodes and relationships known to be new are CREATEd, which costs the
	// server a third of a MERGE: the articles not in the graph, and the
	// relationships of the deals not in it yet.
	newArticles, oldArticles := split(r.articles, func(row map[string]any) bool {
		_, ok := stored[row["url"].(string)]
		return !ok
	})
	existing, err := existingDeals(ctx, tx, r.deals)
	if err != nil {
		return st, err
	}
	isNewDeal := func(row map[string]any) bool { return !existing[row["id"].(string)] }
	newParties, oldParties := split(r.parties, isNewDeal)
	newInvolves, oldInvolves := split(r.involves, isNewDeal)
	newLocated, oldLocated := split(r.located, isNewDeal)
	steps := []struct {
		what, query string
		rows        []any
		created     *int
	}{
		{"new articles", createArticles, newArticles, nil},
		{"changed articles", mergeArticles, oldArticles, nil},
		{"companies", mergeCompanies, r.companies, &st.Companies},
		{"GPU models", mergeGPUModels, r.gpus, &st.GPUModels},
		{"sites", mergeSites, r.sites, &st.Sites},
		{"company mentions", createCompanyMentions, r.mentionsCo, nil},
		{"GPU model mentions", createGPUMentions, r.mentionsGPU, nil},
		{"site mentions", createSiteMentions, r.mentionsSit, nil},
		{"deals", mergeDeals, r.deals, &st.Deals},
		{"reports", createReports, r.reports, nil},
		{"new deal parties", createParties, newParties, nil},
		{"deal parties", mergeParties, oldParties, nil},
		{"new deal GPU models", createInvolves, newInvolves, nil},
		{"deal GPU models", mergeInvolves, oldInvolves, nil},
		{"new deal sites", createLocated, newLocated, nil},
		{"deal sites", mergeLocated, oldLocated, nil},
	}
	for _, step := range steps {
		c, err := run(step.what, step.query, step.rows)
		if err != nil {
			return st, err
		}
		if step.created != nil && c != nil {
			*step.created += c.NodesCreated()
		}
	}
	return st, nil
}

// split partitions rows (each a map) by pred.
func split(rows []any, pred func(map[string]any) bool) (yes, no []any) {
	for _, r := range rows {
		if pred(r.(map[string]any)) {
			yes = append(yes, r)
		} else {
			no = append(no, r)
		}
	}
	return yes, no
}

// existingDeals returns which of the deal rows' ids are in the graph.
func existingDeals(ctx context.Context, tx neo4j.ManagedTransaction, rows []any) (map[string]bool, error) {
	found := map[string]bool{}
	if len(rows) == 0 {
		return found, nil
	}
	res, err := tx.Run(ctx, `UNWIND $rows AS r MATCH (d:Deal {id: r.id}) RETURN d.id`, map[string]any{"rows": rows})
	if err != nil {
		return nil, fmt.Errorf("read stored deals: %w", err)
	}
	for res.Next(ctx) {
		found[res.Record().Values[0].(string)] = true
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read stored deals: %w", err)
	}
	return found, nil
}

// The loading queries. Every value comes in through $rows; none is ever
// spliced into the query text.
const (
	deleteMentions = `UNWIND $rows AS url
		MATCH (:Article {url: url})-[m:MENTIONS]->()
		DELETE m`

	// Deals left without a report are the replaced article's alone: they
	// go, with their PARTY_TO, INVOLVES and LOCATED_AT.
	deleteReports = `UNWIND $rows AS url
		MATCH (:Article {url: url})-[r:REPORTS]->(d:Deal)
		DELETE r
		WITH DISTINCT d
		WHERE NOT EXISTS { (:Article)-[:REPORTS]->(d) }
		DETACH DELETE d`

	// ingested_at changes only in these two, that is when the article is
	// new or its text or facts changed.
	createArticles = `UNWIND $rows AS r
		CREATE (a:Article)
		SET a = r, a.ingested_at = datetime()`
	mergeArticles = `UNWIND $rows AS r
		MERGE (a:Article {url: r.url})
		SET a.title = r.title, a.site_name = r.site_name, a.published = r.published,
			a.language = r.language, a.content_hash = r.content_hash, a.doc_hash = r.doc_hash,
			a.skipped = r.skipped, a.ingested_at = datetime()`

	// Aliases accumulate across articles, kept sorted so that the order in
	// which articles arrive does not show.
	mergeCompanies = `UNWIND $rows AS r
		MERGE (c:Company {name: r.name})
		SET c.country = coalesce(r.country, c.country),
			c.wikidata = coalesce(r.wikidata, c.wikidata),
			c.aliases = COLLECT { UNWIND coalesce(c.aliases, []) + r.aliases AS alias
				RETURN DISTINCT alias ORDER BY alias }`

	mergeGPUModels = `UNWIND $rows AS r
		MERGE (g:GPUModel {name: r.name})
		SET g.vendor = coalesce(r.vendor, g.vendor)
		WITH g, r WHERE r.vendor IS NOT NULL
		MATCH (v:Company {name: r.vendor})
		MERGE (g)-[:MADE_BY]->(v)`

	mergeSites = `UNWIND $rows AS r
		MERGE (s:Site {key: r.key})
		SET s.name = coalesce(r.name, s.name), s.region = coalesce(r.region, s.region),
			s.country = coalesce(r.country, s.country)`

	// The article's old MENTIONS were deleted above (or it is new), so
	// CREATE cannot duplicate one.
	createCompanyMentions = `UNWIND $rows AS r
		MATCH (a:Article {url: r.url}), (c:Company {name: r.name})
		CREATE (a)-[:MENTIONS {count: r.count}]->(c)`
	createGPUMentions = `UNWIND $rows AS r
		MATCH (a:Article {url: r.url}), (g:GPUModel {name: r.name})
		CREATE (a)-[:MENTIONS {count: r.count}]->(g)`
	createSiteMentions = `UNWIND $rows AS r
		MATCH (a:Article {url: r.url}), (s:Site {key: r.key})
		CREATE (a)-[:MENTIONS {count: r.count}]->(s)`

	// A deal reported by several articles keeps the first value of each
	// property unless it had none, the highest confidence and the earliest
	// announcement, the same rules mergeDeal applies within a batch.
	mergeDeals = `UNWIND $rows AS r
		MERGE (d:Deal {id: r.id})
		ON CREATE SET d += r
		ON MATCH SET
			d.kind = coalesce(d.kind, r.kind),
			d.amount = coalesce(d.amount, r.amount),
			d.currency = coalesce(d.currency, r.currency),
			d.amount_usd = coalesce(d.amount_usd, r.amount_usd),
			d.duration_months = coalesce(d.duration_months, r.duration_months),
			d.gpu_count = coalesce(d.gpu_count, r.gpu_count),
			d.power_mw = coalesce(d.power_mw, r.power_mw),
			d.announced = CASE WHEN d.announced IS NULL OR r.announced < d.announced
				THEN r.announced ELSE d.announced END,
			d.confidence = CASE WHEN r.confidence > d.confidence
				THEN r.confidence ELSE d.confidence END`

	createReports = `UNWIND $rows AS r
		MATCH (a:Article {url: r.url}), (d:Deal {id: r.id})
		CREATE (a)-[:REPORTS {evidence: r.evidence, start: r.start, end: r.end}]->(d)`

	// A deal created in this transaction has no relationships yet.
	createParties = `UNWIND $rows AS r
		MATCH (c:Company {name: r.name}), (d:Deal {id: r.id})
		CREATE (c)-[:PARTY_TO {role: r.role}]->(d)`
	createInvolves = `UNWIND $rows AS r
		MATCH (d:Deal {id: r.id}), (g:GPUModel {name: r.name})
		CREATE (d)-[:INVOLVES {count: r.count}]->(g)`
	createLocated = `UNWIND $rows AS r
		MATCH (d:Deal {id: r.id}), (s:Site {key: r.key})
		CREATE (d)-[:LOCATED_AT]->(s)`

	mergeParties = `UNWIND $rows AS r
		MATCH (c:Company {name: r.name}), (d:Deal {id: r.id})
		MERGE (c)-[p:PARTY_TO]->(d)
		ON CREATE SET p.role = r.role
		ON MATCH SET p.role = coalesce(p.role, r.role)`

	mergeInvolves = `UNWIND $rows AS r
		MATCH (d:Deal {id: r.id}), (g:GPUModel {name: r.name})
		MERGE (d)-[i:INVOLVES]->(g)
		SET i.count = coalesce(i.count, r.count)`

	mergeLocated = `UNWIND $rows AS r
		MATCH (d:Deal {id: r.id}), (s:Site {key: r.key})
		MERGE (d)-[:LOCATED_AT]->(s)`
)
