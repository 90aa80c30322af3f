// Package newsgraph holds the domain types shared by every stage of the pipeline:
// the document that ingest produces, the facts that extract finds in it and the
// deals that graph loads into Neo4j. It has no dependencies, so that ingest,
// extract and graph can all use it without import cycles.
//
// The JSON form of Document is the output of `newsgraph extract --json`
// (SPEC §3) and the input of `newsgraph load`.
package newsgraph

import (
	"encoding/json"
	"time"
)

// NullString is a string that is written as JSON null when empty and reads
// null back as empty, so optional fields of the JSON output are null rather
// than "".
type NullString string

// MarshalJSON writes null for the empty string.
func (s NullString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(s))
}

// UnmarshalJSON reads null as the empty string.
func (s *NullString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = ""
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = NullString(v)
	return nil
}

// Document is one article: where it came from, its metadata, its body text and
// the facts extracted from that text.
type Document struct {
	// Source is what the user pointed at: a URL, a file path or "-".
	Source string `json:"source"`
	// URL is the canonical URL of the page when known.
	URL      NullString `json:"url"`
	Title    NullString `json:"title"`
	SiteName NullString `json:"site_name"`
	// Published is the publication date as an ISO date (YYYY-MM-DD) when known.
	Published NullString `json:"published"`
	// Language is the ISO 639-1 code of the detected language ("fr", "en", "de"…).
	Language string `json:"language"`
	// Skipped is the reason the document was not extracted, or empty.
	Skipped NullString `json:"skipped"`
	// Text is the article body; every offset below is a byte offset into it.
	Text string `json:"text"`

	Companies []Company  `json:"companies"`
	GPUModels []GPUModel `json:"gpu_models"`
	Amounts   []Amount   `json:"amounts"`
	Sites     []Site     `json:"sites"`
	Dates     []Date     `json:"dates"`
	Deals     []Deal     `json:"deals"`
}

// MarshalJSON writes empty lists as [] rather than null.
func (d Document) MarshalJSON() ([]byte, error) {
	type plain Document
	p := plain(d)
	if p.Companies == nil {
		p.Companies = []Company{}
	}
	if p.GPUModels == nil {
		p.GPUModels = []GPUModel{}
	}
	if p.Amounts == nil {
		p.Amounts = []Amount{}
	}
	if p.Sites == nil {
		p.Sites = []Site{}
	}
	if p.Dates == nil {
		p.Dates = []Date{}
	}
	if p.Deals == nil {
		p.Deals = []Deal{}
	}
	return json.Marshal(p)
}

// Mention is one occurrence of an entity in Document.Text:
// Text == Document.Text[Start:End].
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Company is a business named in the article, under its canonical name.
type Company struct {
	Name string `json:"name"`
	// Country is the ISO 3166 alpha-2 code of its home country, when known.
	Country string `json:"country,omitempty"`
	// Wikidata is the Q-id of the company, when the gazetteer knows it.
	Wikidata string `json:"wikidata,omitempty"`
	// Aliases are the other spellings the article uses for it.
	Aliases  []string  `json:"aliases,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// GPUModel is an accelerator product ("GB300", "MI450", "TPU v7") or
// architecture ("Blackwell"), named without its vendor.
type GPUModel struct {
	Name     string    `json:"name"`
	Vendor   string    `json:"vendor"`
	Mentions []Mention `json:"mentions"`
}

// Money is a value in units of an ISO 4217 currency.
type Money struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
}

// Amount is one money mention: its value and where it is written.
type Amount struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
	Text     string  `json:"text"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
}

// Money returns the value and currency of the mention.
func (a Amount) Money() Money { return Money{Value: a.Value, Currency: a.Currency} }

// Site is a place where AI infrastructure is or will be, with its name in
// English, its region and its ISO 3166 alpha-2 country.
type Site struct {
	Name     string    `json:"name"`
	Region   string    `json:"region,omitempty"`
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Date is a calendar reference, with Value in ISO form at the precision written:
// "2026", "2025-10" or "2025-11-03".
type Date struct {
	Value string `json:"value"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Deal kinds (SPEC §3).
const (
	KindCapacityContract = "capacity_contract"
	KindPurchase         = "purchase"
	KindInvestment       = "investment"
	KindLease            = "lease"
	KindFinancing        = "financing"
	KindAcquisition      = "acquisition"
	KindPartnership      = "partnership"
)

// DealKinds lists every valid Deal.Kind.
var DealKinds = []string{KindCapacityContract, KindPurchase, KindInvestment, KindLease,
	KindFinancing, KindAcquisition, KindPartnership}

// Party roles in a deal.
const (
	RoleBuyer    = "buyer"
	RoleProvider = "provider"
	RoleSeller   = "seller"
	RoleInvestor = "investor"
	RoleInvestee = "investee"
	RoleLender   = "lender"
	RoleBorrower = "borrower"
	RoleAcquirer = "acquirer"
	RoleTarget   = "target"
	RoleLessee   = "lessee"
	RoleLessor   = "lessor"
	RolePartner  = "partner"
)

// Party is a company taking part in a deal, by canonical name, and its role.
type Party struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Span is a byte range of Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Deal is a commercial agreement between two or more companies, with the
// attributes the article states for it and the sentences it came from.
type Deal struct {
	Parties []Party `json:"parties"`
	Kind    string  `json:"kind"`
	Amount  *Money  `json:"amount"`
	// AmountUSD is Amount converted at the month of announcement, or nil when
	// there is no amount or no rate for it.
	AmountUSD      *float64 `json:"amount_usd"`
	DurationMonths *int     `json:"duration_months"`
	GPUModels      []string `json:"gpu_models"`
	GPUCount       *int     `json:"gpu_count"`
	PowerMW        *float64 `json:"power_mw"`
	Sites          []string `json:"sites"`
	// Date is the announcement date in ISO form, when known.
	Date       NullString `json:"date"`
	Evidence   []Span     `json:"evidence"`
	Confidence float64    `json:"confidence"`
}

// MarshalJSON writes empty lists as [] rather than null.
func (d Deal) MarshalJSON() ([]byte, error) {
	type plain Deal
	p := plain(d)
	if p.Parties == nil {
		p.Parties = []Party{}
	}
	if p.GPUModels == nil {
		p.GPUModels = []string{}
	}
	if p.Sites == nil {
		p.Sites = []string{}
	}
	if p.Evidence == nil {
		p.Evidence = []Span{}
	}
	return json.Marshal(p)
}

// PageState is what the nightly job remembers about one fetched URL between
// runs: enough to fetch it conditionally, to tell whether its text changed,
// and to retry it with backoff after failures.
type PageState struct {
	// URL is the address as fetched (the Article node has the canonical one).
	URL string
	// ArticleURL is the key of the Article node loaded from it, if any.
	ArticleURL   string
	ETag         string
	LastModified string
	// ContentHash is the SHA-256 (hex) of the extracted text last loaded.
	ContentHash string
	LastAttempt time.Time
	// Failures counts consecutive failed attempts; 0 after a success.
	Failures  int
	LastError string
	// NextAttempt is when a failed URL may be tried again.
	NextAttempt time.Time
	// GaveUp is set once Failures reached the configured maximum.
	GaveUp bool
}

// SourceState is what the nightly job remembers about a feed or sitemap, for
// conditional GET.
type SourceState struct {
	URL          string
	ETag         string
	LastModified string
	LastFetched  time.Time
}

// LockHolder is the run that holds the nightly job's lock.
type LockHolder struct {
	// Owner names the run as "host:pid:nonce".
	Owner string
	// Since is when it took the lock.
	Since time.Time
}

// String describes the holder for messages: "host:pid:nonce since 2026-…Z".
func (h LockHolder) String() string {
	if h.Since.IsZero() {
		return h.Owner
	}
	return h.Owner + " since " + h.Since.UTC().Format(time.RFC3339)
}
