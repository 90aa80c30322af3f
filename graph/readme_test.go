package graph

import (
	"fmt"
	"testing"
)

// readmeQueries are the five example queries of the README, run against
// the hand-written corpus (corpus/loaded/deals.jsonl) with their results.
var readmeQueries = []struct {
	name   string
	cypher string
	params map[string]any
	want   [][]any
}{
	{
		name: "total announced USD per buyer",
		cypher: `MATCH (c:Company)-[:PARTY_TO {role: 'buyer'}]->(d:Deal)
WHERE d.amount_usd IS NOT NULL
RETURN c.name AS buyer, count(d) AS deals, sum(d.amount_usd) AS total_usd
ORDER BY total_usd DESC, buyer`,
		want: [][]any{
			{"OpenAI", int64(1), 300e9},
			{"Microsoft", int64(2), 27.1e9},
			{"Meta", int64(1), 14.2e9},
			{"IREN", int64(1), 5.8e9},
		},
	},
	{
		name: "deals per GPU model",
		cypher: `MATCH (d:Deal)-[:INVOLVES]->(g:GPUModel)
OPTIONAL MATCH (g)-[:MADE_BY]->(v:Company)
RETURN g.name AS gpu_model, v.name AS vendor, count(d) AS deals
ORDER BY deals DESC, gpu_model`,
		want: [][]any{
			{"GB300", "Nvidia", int64(2)},
			{"Blackwell", "Nvidia", int64(1)},
			{"MI450", "AMD", int64(1)},
			{"TPU v7", "Google", int64(1)},
			{"Vera Rubin", "Nvidia", int64(1)},
		},
	},
	{
		name: "sites by country",
		cypher: `MATCH (s:Site)
OPTIONAL MATCH (d:Deal)-[:LOCATED_AT]->(s)
WITH s, count(d) AS deals ORDER BY s.name
RETURN s.country AS country, collect(s.name) AS sites, sum(deals) AS deals
ORDER BY deals DESC, country`,
		want: [][]any{
			{"US", []any{"Abilene", "Childress", "Vineland"}, int64(3)},
			{"FR", []any{"Bruyères-le-Châtel"}, int64(1)},
		},
	},
	{
		name: "a company's deal timeline",
		cypher: `MATCH (c:Company {name: $company})-[p:PARTY_TO]->(d:Deal)
OPTIONAL MATCH (other:Company)-[:PARTY_TO]->(d) WHERE other <> c
RETURN d.announced AS announced, d.kind AS kind, p.role AS role,
       collect(other.name) AS with, d.amount_usd AS amount_usd
ORDER BY announced`,
		params: map[string]any{"company": "OpenAI"},
		want: [][]any{
			{"2025-09-10", "capacity_contract", "buyer", []any{"Oracle"}, 300e9},
			{"2025-09-22", "investment", "investee", []any{"Nvidia"}, 100e9},
			{"2025-10-06", "purchase", "buyer", []any{"AMD"}, nil},
		},
	},
	{
		name: "articles reporting a deal",
		cypher: `MATCH (:Company {name: $a})-[:PARTY_TO]->(d:Deal)<-[:PARTY_TO]-(:Company {name: $b})
MATCH (art:Article)-[r:REPORTS]->(d)
RETURN art.language AS language, art.published AS published, art.title AS title
ORDER BY published, language`,
		params: map[string]any{"a": "Microsoft", "b": "IREN"},
		want: [][]any{
			{"en", "2025-11-03", "IREN signs $9.7 billion GPU cloud contract with Microsoft"},
			{"fr", "2025-11-04", "Microsoft signe un contrat de 9,7 milliards de dollars avec IREN"},
		},
	},
}

func TestReadmeQueries(t *testing.T) {
	s := testStore(t)
	load(t, s, corpusDocs(t))
	for _, q := range readmeQueries {
		t.Run(q.name, func(t *testing.T) {
			got := query(t, s, q.cypher, q.params)
			if fmt.Sprintf("%#v", got) != fmt.Sprintf("%#v", q.want) {
				t.Errorf("got\n%#v\nwant\n%#v", got, q.want)
			}
		})
	}
}
