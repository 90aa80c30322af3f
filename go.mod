module github.com/newsgraph/newsgraph

go 1.26.8

require (
	github.com/PuerkitoBio/goquery v1.13.0
	github.com/mmcdole/gofeed v1.4.2
	github.com/neo4j/neo4j-go-driver/v5 v5.28.4
	github.com/pemistahl/lingua-go v1.4.0
	github.com/temoto/robotstxt v1.1.2
	golang.org/x/net v0.62.0
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	github.com/andybalholm/cascadia v1.3.4 // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0 // indirect
	github.com/shopspring/decimal v1.3.1 // indirect
	golang.org/x/exp v0.0.0-20221106115401-f9659909a136 // indirect
	golang.org/x/sys v0.50.0 // indirect
	google.golang.org/protobuf v1.31.0 // indirect
)
