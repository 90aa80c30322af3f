// Package crawl is the nightly job: it reads the configured sources (feeds,
// sitemaps, URL lists, folders), fetches what is new politely (robots.txt,
// one request at a time per host with a delay, conditional GET), and hands
// each document to an extractor and a store. What was fetched, its content
// hash and its failures are kept by the store (in Neo4j), so a run that is
// killed is simply resumed by the next one.
package crawl
