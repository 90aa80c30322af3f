package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Paragraphs used to build the synthetic pages: real sentences about the
// kind of news newsgraph reads, long enough to look like article text.
const (
	enP1 = "Microsoft signed a five-year contract worth $9.7 billion with the Australian operator IREN on Monday, securing access to additional cloud capacity for its artificial intelligence services."
	enP2 = "The agreement gives Microsoft access to compute infrastructure built around Nvidia GB300 accelerators, which IREN will deploy in phases through 2026 at its campus in Childress, Texas."
	enP3 = "Shares of IREN rose sharply in early trading after the announcement, as investors welcomed a customer of that size for the former bitcoin miner."
	frP1 = "Pour étoffer son offre de cloud, Microsoft s’est engagé lundi auprès de l’australien IREN, à qui il versera 9,7\u00a0milliards de dollars en cinq ans."
	frP2 = "IREN installera les accélérateurs Nvidia GB300 promis à son client en plusieurs tranches d’ici à la fin de 2026, dans son campus texan de Childress."
	frP3 = "Le titre d’IREN a fortement progressé en début de séance après l’annonce, les investisseurs saluant l’arrivée d’un client de cette taille."
)

// page wraps a body in a minimal document with the given head.
func page(head, body string) string {
	return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>"
}

// chrome is the page furniture around the article in the body tests.
const (
	navHTML     = `<header class="site-header"><a href="/">Tech Wire</a><nav><ul><li><a href="/cloud">Cloud</a></li><li><a href="/ai">AI</a></li><li><a href="/dc">Data centers</a></li></ul></nav></header>`
	cookieHTML  = `<div class="cookie-banner" role="dialog">We use cookies to measure our audience and improve your experience on this website. Accept all or change your settings.</div>`
	shareHTML   = `<div class="share-tools"><a href="#">Share on LinkedIn</a> · <a href="#">Tweet</a> · <a href="#">Email</a></div>`
	relatedHTML = `<aside class="related"><h3>Read also</h3><ul><li><a href="/a">Micron pledges $200 billion for US memory fabs</a></li><li><a href="/b">Cerebras raises $1.1 billion led by Fidelity</a></li><li><a href="/c">Vertiv acquires Great Lakes Data Racks for $200 million</a></li></ul></aside>`
	footerHTML  = `<footer><p>© 2025 Tech Wire. All rights reserved. Legal notice · Contact · Privacy</p></footer>`
)

func TestExtractBody(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		{
			name: "article among page chrome",
			html: page("<title>IREN deal | Tech Wire</title>", navHTML+cookieHTML+
				`<main><article><h1>Microsoft signs $9.7 billion deal with IREN</h1><div class="byline">By staff</div>`+
				`<div class="article-body"><p>`+enP1+`</p><p>`+enP2+`</p><p>`+enP3+`</p></div>`+shareHTML+`</article>`+relatedHTML+`</main>`+footerHTML),
			want: enP1 + "\n\n" + enP2 + "\n\n" + enP3,
		},
		{
			name: "French article with no-break spaces kept",
			html: page("", navHTML+`<div id="content"><div class="entry-content"><p>`+frP1+`</p><p>`+frP2+`</p><p>`+frP3+`</p></div></div>`+footerHTML),
			want: frP1 + "\n\n" + frP2 + "\n\n" + frP3,
		},
		{
			name: "link list and furniture lines inside the body",
			html: page("", `<div class="post"><p>`+enP1+`</p><p>Advertisement</p><ul><li><a href="/x">Nvidia to invest $100 billion in OpenAI</a></li><li><a href="/y">Oracle buys $40 billion of Nvidia chips</a></li></ul><p>`+enP2+`</p><p>Sign up for our daily newsletter</p></div>`),
			want: enP1 + "\n\n" + enP2,
		},
		{
			name: "subheading kept when it introduces text, dropped when it does not",
			html: page("", `<div class="story"><p>`+enP1+`</p><h2>A campus in Texas</h2><p>`+enP2+`</p><h2>More on this topic</h2></div>`),
			want: enP1 + "\n\nA campus in Texas\n\n" + enP2,
		},
		{
			name: "hidden elements, scripts and styles",
			html: page("<style>p{color:red}</style>", `<div class="content"><p>`+enP1+`</p><div style="display: none">Hidden teaser text that readers never see on the page at all.</div><p hidden>Another hidden paragraph that should not be extracted either.</p><script>var x = "window.dataLayer";</script><p>`+enP2+`</p></div>`),
			want: enP1 + "\n\n" + enP2,
		},
		{
			name: "lines broken with br",
			html: page("", `<div class="text"><p>`+frP1+`<br>`+frP2+`<br><br><br>`+frP3+`</p></div>`),
			want: frP1 + "\n" + frP2 + "\n\n" + frP3,
		},
		{
			name: "teaser column beside the article",
			html: page("", `<div id="page"><div class="body-copy"><p>`+enP1+`</p><p>`+enP2+`</p><p>`+enP3+`</p><p>`+frP1+`</p></div>`+
				`<div class="more-news"><ul><li><article><h3><a href="/1">Nebius signs a $3 billion deal with Meta</a></h3><div class="excerpt">`+frP2+`</div></article></li>`+
				`<li><article><h3><a href="/2">CoreWeave lands $14 billion from Meta</a></h3><div class="excerpt">`+frP3+`</div></article></li></ul></div></div>`),
			want: enP1 + "\n\n" + enP2 + "\n\n" + enP3 + "\n\n" + frP1,
		},
		{
			name: "feed of other stories with the body's own markup",
			html: page("", `<section><article class="single-story"><div class="content"><p>`+enP1+`</p><p>`+enP2+`</p><p>`+enP3+`</p></div></article></section>`+
				`<section class="feed"><div class="content"><p>`+frP1+`</p></div><div class="content"><p>`+frP2+`</p></div><div class="content"><p>`+frP3+`</p></div><div class="content"><p>`+frP1+`</p></div></section>`),
			want: enP1 + "\n\n" + enP2 + "\n\n" + enP3,
		},
		{
			name: "comments below the article",
			html: page("", `<article class="post"><div class="entry-content"><p>`+enP1+`</p><p>`+enP2+`</p></div><div id="comments" class="comments-area"><div class="comment"><p>`+enP3+`</p></div></div></article>`),
			want: enP1 + "\n\n" + enP2,
		},
		{
			name: "JSON-LD articleBody when the page renders its text with script",
			html: page(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"`+enP1+`\n`+enP2+`"}</script>`, `<div id="app">Loading…</div>`),
			want: enP1 + "\n\n" + enP2,
		},
		{
			name: "nested deeper than the parser allows",
			html: strings.Repeat("<div>", 5000) + "<p>" + enP1 + "</p><p>" + frP1 + "</p>",
			want: enP1 + "\n" + frP1,
		},
		{
			name: "empty document",
			html: "",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.html), "https://example.com/news/1")
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if res.Text != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", res.Text, tt.want)
			}
		})
	}
}

func TestExtractMetadata(t *testing.T) {
	const body = `<div class="article-body"><p>` + enP1 + `</p><p>` + enP2 + `</p></div>`
	tests := []struct {
		name string
		html string
		url  string
		want Result
	}{
		{
			name: "Open Graph and article meta tags",
			html: page(`<title>Ignored | Tech Wire</title><meta property="og:title" content="Microsoft signs $9.7bn deal with IREN"><meta property="og:site_name" content="Tech Wire"><link rel="canonical" href="/news/iren-microsoft"><meta property="article:published_time" content="2025-11-03T23:30:00-05:00">`, body),
			url:  "https://techwire.example/amp/iren",
			want: Result{Title: "Microsoft signs $9.7bn deal with IREN", SiteName: "Tech Wire", CanonicalURL: "https://techwire.example/news/iren-microsoft", Published: "2025-11-03", Lang: "en"},
		},
		{
			name: "title suffix, og:url and JSON-LD graph",
			html: page(`<title>Nvidia investit 100 milliards de dollars dans OpenAI | Zone Bourse</title><meta property="og:url" content="https://www.zonebourse.example/actualite/nvidia-openai"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2025-09-22T07:30:00+02:00","publisher":{"@type":"Organization","name":"Zone Bourse"}}]}</script>`, body),
			want: Result{Title: "Nvidia investit 100 milliards de dollars dans OpenAI", SiteName: "Zone Bourse", CanonicalURL: "https://www.zonebourse.example/actualite/nvidia-openai", Published: "2025-09-22", Lang: "en"},
		},
		{
			name: "JSON-LD article nested in mainEntity, with raw newlines",
			html: page("<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"NewsArticle\",\"headline\":\"Oracle to spend $40bn\",\"datePublished\":\"2025-05-24\nT10:00:00Z\"}}</script>", body),
			want: Result{Title: "Oracle to spend $40bn", Published: "2025-05-24", Lang: "en"},
		},
		{
			name: "microdata datePublished and h1 title",
			html: page("", `<h1>AMD signe un accord avec OpenAI</h1><span itemprop="datePublished" content="2025-10-06">6 octobre 2025</span>`+body),
			want: Result{Title: "AMD signe un accord avec OpenAI", Published: "2025-10-06", Lang: "en"},
		},
		{
			name: "time element",
			html: page("", `<article><time datetime="2025-06-02T07:30:00+00:00">June 2</time>`+body+`</article>`),
			want: Result{Published: "2025-06-02", Lang: "en"},
		},
		{
			name: "time of a related article is not the page's",
			html: page("", body+`<aside><ul><li><time datetime="2024-01-05">Jan 5</time> Older story</li></ul></aside><footer><time datetime="2024-02-01">Feb 1</time></footer>`),
			want: Result{Lang: "en"},
		},
		{
			name: "site name suffix in og:title",
			html: page(`<meta property="og:title" content="Meta s’allie à Nebius - BriefIA"><meta property="og:site_name" content="BriefIA">`, body),
			want: Result{Title: "Meta s’allie à Nebius", SiteName: "BriefIA", Lang: "en"},
		},
		{
			name: "date in the URL path",
			html: page("", body),
			url:  "https://www.theregister.example/2025/06/02/coreweave_applied_digital/",
			want: Result{Published: "2025-06-02", Lang: "en"},
		},
		{
			name: "date written in the byline",
			html: page("", `<div class="byline">Par la rédaction · publié le 1er novembre 2025 à 10h</div>`+body),
			want: Result{Published: "2025-11-01", Lang: "en"},
		},
		{
			name: "RFC 1123 date in a meta tag",
			html: page(`<meta name="pubdate" content="Mon, 22 Sep 2025 21:15:00 GMT">`, body),
			want: Result{Published: "2025-09-22", Lang: "en"},
		},
		{
			name: "impossible date is ignored",
			html: page(`<meta property="article:published_time" content="2025-02-30T10:00:00Z">`, body),
			url:  "https://example.com/2025/02/28/story",
			want: Result{Published: "2025-02-28", Lang: "en"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Extract([]byte(tt.html), tt.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			res.Text = ""
			if res != tt.want {
				t.Errorf("Extract =\n%+v\nwant\n%+v", res, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-11-03", "2025-11-03"},
		{"2025-11-03T23:59:00-08:00", "2025-11-03"},
		{"2025-11-04T00:30:00+01:00", "2025-11-04"},
		{"2025/11/03 10:00", "2025-11-03"},
		{"20251103T0730", "2025-11-03"},
		{"November 3, 2025", "2025-11-03"},
		{"3 November 2025", "2025-11-03"},
		{"Mon, 03 Nov 2025 10:00:00 +0100", "2025-11-03"},
		{"1850-01-01", ""},
		{"2025-13-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := parseDate(tt.in); got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Publié le 3 novembre 2025 à 10h30", "2025-11-03"},
		{"Mis à jour le 1er août 2024", "2024-08-01"},
		{"Updated November 3, 2025 at 10:00 a.m. ET", "2025-11-03"},
		{"Nov. 19th 2019", "2019-11-19"},
		{"19 Nov 2019, 5:50pm", "2019-11-19"},
		{"posted 2025-06-02 by staff", "2025-06-02"},
		{"03/11/2025", ""},
		{"31 février 2025", ""},
		{"By staff", ""},
	}
	for _, tt := range tests {
		if got := textDate(tt.in); got != tt.want {
			t.Errorf("textDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	tests := []struct{ title, site, head, wantSite string }{
		{"Meta signs $14B deal with CoreWeave | Bisnow", "", "Meta signs $14B deal with CoreWeave", "Bisnow"},
		{"Zone Bourse - Les États-Unis autorisent les puces H200", "Zone Bourse", "Les États-Unis autorisent les puces H200", "Zone Bourse"},
		{"Nvidia – the chip maker behind the boom", "", "Nvidia – the chip maker behind the boom", ""},
		{"Oracle to spend $40bn on Nvidia chips", "", "Oracle to spend $40bn on Nvidia chips", ""},
	}
	for _, tt := range tests {
		if head, site := splitTitle(tt.title, tt.site); head != tt.head || site != tt.wantSite {
			t.Errorf("splitTitle(%q, %q) = %q, %q, want %q, %q", tt.title, tt.site, head, site, tt.head, tt.wantSite)
		}
	}
}

// FuzzExtract checks that no input makes Extract panic or return invalid
// UTF-8.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(page("<title>x</title>", `<div class="content"><p>`+enP1+`</p></div>`)), "https://example.com/2025/01/02/x")
	f.Add([]byte(`<script type="application/ld+json">[[[{"@graph":[{"datePublished":"2025-01-01"}]}]]]</script>`), "")
	f.Add([]byte("<p>\xff\xfe broken <br><br> utf-8 <pre>  keep  </pre>"), "::bad url")
	f.Add([]byte(strings.Repeat("<div>", 2000)), "")
	f.Fuzz(func(t *testing.T, html []byte, pageURL string) {
		res, err := Extract(html, pageURL)
		if err != nil {
			return
		}
		for _, s := range []string{res.Text, res.Title, res.CanonicalURL, res.SiteName, res.Published, res.Lang} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %+v", res)
			}
		}
	})
}

func TestIsFurnitureLine(t *testing.T) {
	tests := []struct {
		line      string
		paragraph bool
		want      bool
	}{
		{"Advertisement", true, true},
		{"Publicité", false, true},
		{"We use cookies to improve your experience on our website.", true, true},
		{"Nous utilisons des cookies pour mesurer l'audience de notre site.", false, true},
		{"Le cookie est une pâtisserie américaine.", true, false},
		{"This slideshow requires JavaScript.", true, true},
		{"Sign up for our daily newsletter", true, true},
		{"Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", true, true},
		{"© 2025 Tech Wire. All rights reserved.", false, true},
		{"Read also: Nvidia invests $100 billion in OpenAI", false, true},
		{"Read also: Nvidia invests $100 billion in OpenAI", true, false},
		{"Share this article", false, true},
		{"Share this article", true, false},
		{"Shares of IREN rose 12% on Monday.", false, false},
		{"The company disclosed the contract in its weekly newsletter to investors.", true, false},
		{"Photographers waited outside the data center in Abilene.", false, false},
		{strings.Repeat("Subscribe to our newsletter and read the full story. ", 5), false, false},
	}
	for _, tt := range tests {
		if got := isFurnitureLine(tt.line, tt.paragraph); got != tt.want {
			t.Errorf("isFurnitureLine(%q, %v) = %v, want %v", tt.line, tt.paragraph, got, tt.want)
		}
	}
}

func TestIsDateLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Nov. 19, 2019 5:50 PM", true},
		{"Updated at 1:23 p.m.", true},
		{"le 3 novembre 2025 à 10h30", true},
		{"05/10/2018", true},
		{"2019", false},
		{"1", false},
		{"225.86 -12.99 -5.44%", false},
		{"By Meg James, Staff Writer", false},
		{"Microsoft signed the contract on Monday, November 3.", false},
	}
	for _, tt := range tests {
		if got := isDateLine(tt.line); got != tt.want {
			t.Errorf("isDateLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
