package entity

import "strings"

// Description is a definite description that stands for a company without
// naming it: "the Santa Clara chipmaker", "the Facebook owner", "le fabricant
// de puces californien", "l'éditeur de ChatGPT", "la société". A caller
// resolves it to the one company of its document that Matches it.
type Description struct {
	Start, End int    // byte offsets: Text == text[Start:End]
	Text       string // from the determiner to the last word of the description
	// Sector is a tag of profiles.tsv: "chipmaker", "neocloud", "cloud",
	// "hyperscaler", "ai-lab", "server-maker", "dc-operator", "energy",
	// "fund", "bank", "miner", "telecom", "software", "search", "social",
	// "ecommerce", or empty.
	Sector string
	// City, Region and Country locate the company's headquarters or origin
	// ("the Redmond giant", "l'énergéticien texan", "le groupe australien"):
	// English names as in PlaceMatch, Country ISO 3166 alpha-2.
	City, Region, Country string
	// Product is a product, brand or subsidiary the company makes or owns,
	// as written: "ChatGPT" in "the ChatGPT maker", "Facebook" in "le
	// propriétaire de Facebook".
	Product string
	// Generic is true for a bare "the company", "la société", "le groupe",
	// "the startup": no attribute, so only the context can resolve it.
	Generic bool
	// Startup is true when the head says start-up ("the AI startup", "la
	// jeune pousse", "la licorne"): big tech, funds, banks and utilities do
	// not fit even when the other attributes do.
	Startup bool
}

// descHead is what a head noun says: the sector it names, whether it takes a
// product ("maker", "owner", "éditeur de"), whether it is a bare generic noun.
type descHead struct {
	sector  string
	product bool // "the X maker", "l'éditeur de X"
	generic bool // "company", "société": an attribute is needed to say more
}

// headsEN are English head nouns of descriptions, by folded word.
var headsEN = map[string]descHead{
	"company": {generic: true}, "firm": {generic: true}, "group": {generic: true}, "giant": {generic: true},
	"startup": {generic: true}, "business": {generic: true}, "outfit": {generic: true},
	"conglomerate": {generic: true}, "operator": {generic: true}, "provider": {generic: true},
	"specialist": {generic: true}, "supplier": {generic: true}, "vendor": {generic: true},
	"manufacturer": {generic: true}, "player": {generic: true}, "unicorn": {generic: true},
	"maker": {product: true}, "owner": {product: true}, "parent": {product: true},
	"developer": {product: true}, "creator": {product: true}, "designer": {product: true},
	"chipmaker": {sector: "chipmaker"}, "chipmakers": {sector: "chipmaker"}, "foundry": {sector: "chipmaker"},
	"neocloud": {sector: "neocloud"}, "hyperscaler": {sector: "hyperscaler"},
	"lab": {sector: "ai-lab"}, "utility": {sector: "energy"}, "producer": {sector: "energy"},
	"miner": {sector: "miner"}, "fund": {sector: "fund"}, "investor": {sector: "fund"},
	"manager": {sector: "fund"}, "bank": {sector: "bank"}, "lender": {sector: "bank"},
	"telco": {sector: "telecom"}, "carrier": {sector: "telecom"}, "automaker": {sector: "automaker"},
	"carmaker": {sector: "automaker"}, "retailer": {sector: "ecommerce"}, "landlord": {sector: "dc-operator"},
	"insurer": {sector: "insurer"},
}

// headsFR are French head nouns of descriptions, by folded word.
var headsFR = map[string]descHead{
	"societe": {generic: true}, "entreprise": {generic: true}, "firme": {generic: true},
	"groupe": {generic: true}, "geant": {generic: true}, "startup": {generic: true},
	"acteur": {generic: true}, "specialiste": {generic: true}, "fournisseur": {generic: true},
	"operateur": {generic: true}, "constructeur": {generic: true}, "fabricant": {generic: true},
	"conglomerat": {generic: true}, "leader": {generic: true}, "champion": {generic: true},
	"licorne": {generic: true}, "pepite": {generic: true}, "poids": {generic: true},
	"editeur": {product: true}, "proprietaire": {product: true}, "createur": {product: true},
	"concepteur": {product: true}, "developpeur": {product: true}, "maison": {product: true},
	"pere": {product: true}, "maitre": {product: true},
	"fondeur": {sector: "chipmaker"}, "neocloud": {sector: "neocloud"}, "hyperscaler": {sector: "hyperscaler"},
	"hyperscaleur": {sector: "hyperscaler"}, "energeticien": {sector: "energy"}, "electricien": {sector: "energy"},
	"exploitant": {generic: true}, "hebergeur": {sector: "dc-operator"}, "laboratoire": {sector: "ai-lab"},
	"labo": {sector: "ai-lab"}, "fonds": {sector: "fund"}, "investisseur": {sector: "fund"},
	"banque": {sector: "bank"}, "mineur": {sector: "miner"}, "equipementier": {generic: true},
	"assureur": {sector: "insurer"},
}

// backedWords follow a backer's name in "the Nvidia-backed neocloud".
var backedWords = set("backed", "owned", "funded", "controlled", "supported", "financed")

// startupHeads are the head nouns that say start-up.
var startupHeads = set("startup", "startups", "unicorn", "licorne", "pepite")

// incumbentSectors are the sectors of companies that no "start-up" describes.
var incumbentSectors = []string{"hyperscaler", "fund", "bank", "energy", "telecom", "industrial",
	"automaker", "construction", "insurer"}

// sectorWords are the words of a description that name a sector, before the
// head in English ("the chip giant", "the AI startup") and in its
// complement in French ("le fabricant de puces", "le géant du cloud").
var sectorWords = map[string]string{
	"chip": "chipmaker", "chips": "chipmaker", "semiconductor": "chipmaker", "semiconductors": "chipmaker",
	"gpu": "chipmaker", "graphics": "chipmaker", "puces": "chipmaker", "puce": "chipmaker",
	"semi": "chipmaker", "processeurs": "chipmaker", "composants": "chipmaker",
	"cloud": "cloud", "hyperscale": "hyperscaler",
	"ai": "ai-lab", "ia": "ai-lab", "intelligence": "ai-lab",
	"server": "server-maker", "servers": "server-maker", "serveurs": "server-maker", "hardware": "server-maker",
	"datacenter": "dc-operator", "datacentre": "dc-operator", "datacenters": "dc-operator",
	"colocation": "dc-operator", "donnees": "dc-operator", "center": "dc-operator", "centre": "dc-operator",
	"centers": "dc-operator", "centres": "dc-operator",
	"energy": "energy", "power": "energy", "nuclear": "energy", "electricity": "energy", "utility": "energy",
	"energie": "energy", "electricite": "energy", "nucleaire": "energy", "oil": "energy", "gas": "energy",
	"petrolier": "energy", "gazier": "energy",
	"investment": "fund", "equity": "fund", "venture": "fund", "asset": "fund", "sovereign": "fund",
	"wealth": "fund", "pension": "fund", "investissement": "fund", "souverain": "fund", "actifs": "fund",
	"banking": "bank", "bancaire": "bank",
	"bitcoin": "miner", "crypto": "miner", "mining": "miner", "bitcoins": "miner", "minage": "miner",
	"telecom": "telecom", "telecoms": "telecom", "telecommunications": "telecom", "wireless": "telecom",
	"software": "software", "logiciels": "software", "logiciel": "software",
	"search": "search", "recherche": "search",
	"social": "social", "sociaux": "social",
	"commerce": "ecommerce", "retail": "ecommerce", "ecommerce": "ecommerce",
	"networking": "network", "reseaux": "network",
}

// descAdjEN are lower-case English words allowed between the determiner and
// the head without saying anything of the company: "the embattled chipmaker".
var descAdjEN = set("embattled", "struggling", "fast-growing", "growing", "listed", "privately", "held",
	"publicly", "traded", "loss-making", "profitable", "cash-rich", "smaller", "small", "larger", "large",
	"young", "new", "upstart", "rival", "japanese-owned", "dominant", "leading", "top", "biggest",
	"largest", "major", "specialist", "private", "independent", "based", "backed", "owned", "media",
	"artificial", "e", "online", "data", "tech", "technology", "generative", "frontier", "model", "contract")

// descAdjFR are French adjectives that may follow the head without saying
// anything of the company: "la jeune pousse", "le groupe spécialisé".
var descAdjFR = set("jeune", "pousse", "specialise", "specialisee", "cote", "cotee", "nouveau", "nouvelle",
	"grand", "grande", "petit", "petite", "numero", "un", "mondial", "mondiale", "emergent", "emergente",
	"historique", "public", "publique", "prive", "privee", "artificielle", "up")

// regionalDemonyms map adjectives of sub-national places to the place name:
// "l'énergéticien texan", "the Californian chipmaker".
var regionalDemonyms = func() map[string][3]string {
	m := map[string][3]string{}
	add := func(city, region, country string, words ...string) {
		for _, w := range words {
			m[fold(w)] = [3]string{city, region, country}
		}
	}
	add("", "California", "US", "californian", "californien", "californienne", "californiens")
	add("", "Texas", "US", "texan", "texane", "texans", "texanes")
	add("", "New York", "US", "new-yorkais", "new-yorkaise")
	add("", "Florida", "US", "floridien", "floridienne")
	add("", "Virginia", "US", "virginien", "virginienne")
	add("", "Île-de-France", "FR", "francilien", "francilienne", "franciliens")
	add("", "Bavaria", "DE", "bavarois", "bavaroise", "bavarian")
	add("", "Quebec", "CA", "quebecois", "quebecoise", "quebecer")
	add("Paris", "Île-de-France", "FR", "parisien", "parisienne", "parisian")
	add("London", "England", "GB", "londonien", "londonienne")
	add("Marseille", "Provence-Alpes-Côte d'Azur", "FR", "marseillais", "marseillaise")
	add("Lyon", "Auvergne-Rhône-Alpes", "FR", "lyonnais", "lyonnaise")
	add("Grenoble", "Auvergne-Rhône-Alpes", "FR", "grenoblois", "grenobloise")
	add("Toulouse", "Occitanie", "FR", "toulousain", "toulousaine")
	add("Lille", "Hauts-de-France", "FR", "lillois", "lilloise")
	add("Bordeaux", "Nouvelle-Aquitaine", "FR", "bordelais", "bordelaise")
	return m
}()

// Descriptions finds the definite descriptions of companies in text:
// English "(the|this|that) [PLACE-based|PLACE|demonym] [sector words] HEAD"
// ("the Amsterdam-based neocloud", "the Santa Clara chipmaker", "the Texas-based
// miner") and "the PRODUCT maker/owner/parent" ("the ChatGPT maker"), and
// French "(le|la|l'|ce|cette|du|au) HEAD [adjectives] [de SECTOR|de PLACE]
// [demonym]" ("le fabricant de puces californien", "la société du New
// Jersey", "l'énergéticien texan", "le géant de Redmond") and "l'éditeur de
// PRODUCT" / "le propriétaire de PRODUCT". A description followed by a name
// ("the chipmaker Nvidia", "le groupe australien Macquarie") names its
// company already and is left out. lang does not restrict the patterns,
// since articles mix languages.
func (g *Gazetteer) Descriptions(text, lang string) []Description {
	a := g.analyse(text)
	a.lang = lang
	return a.descriptions()
}

// EntitiesAndDescriptions returns what Entities and Descriptions return,
// cutting the text into tokens once.
func (g *Gazetteer) EntitiesAndDescriptions(text, lang string) ([]CompanyMatch, []PlaceMatch, []Description) {
	a := g.analyse(text)
	a.lang = lang
	cos := a.companies()
	pls := a.places()
	return cos, pls, a.descriptions()
}

func (a *analysis) descriptions() []Description {
	var out []Description
	for k := 0; k < len(a.toks); k++ {
		t := &a.toks[k]
		if !t.word || a.owner[k] != 0 {
			continue
		}
		var d Description
		end := -1
		switch t.fold {
		case "the", "this", "that":
			end = a.describeEN(k+1, &d)
		case "le", "la", "ce", "cette", "cet", "du", "au":
			end = a.describeFR(k+1, &d)
		case "l":
			if k+1 < len(a.toks) && a.toks[k+1].fold == "'" && !a.toks[k].spaceAfter {
				end = a.describeFR(k+2, &d)
			}
		}
		if end <= k {
			continue
		}
		d.Start, d.End, d.Text = a.span(k, end)
		out = append(out, d)
		k = end - 1
	}
	return out
}

// followedByName reports whether a capitalised name or a company follows
// token j-1 in its sentence: "the chipmaker Nvidia" is an apposition.
func (a *analysis) followedByName(j int) bool {
	if j >= len(a.toks) || j == 0 || a.toks[j].sent != a.toks[j-1].sent || a.toks[j].nlBefore {
		return false
	}
	t := &a.toks[j]
	return t.word && (t.nameLike() || a.owner[j] == ownedByCompany)
}

// setPlace records the place hit at token i in d and returns the token after it.
func (a *analysis) setPlace(i int, d *Description) int {
	m := a.pl[a.placeAt[i]-1]
	p := a.g.places[m.a.entry]
	switch p.kind {
	case "city":
		d.City, d.Region, d.Country = p.name, p.region, p.country
	case "region", "campus":
		d.Region, d.Country = p.name, p.country
	case "country":
		d.Country = p.country
	}
	return m.j
}

// describeEN reads an English description whose determiner precedes token
// i and returns the token after it, or -1.
func (a *analysis) describeEN(i int, d *Description) int {
	toks := a.toks
	if i >= len(toks) {
		return -1
	}
	sent := toks[i-1].sent
	sector := ""
	productStart, productEnd := -1, -1
	attr := false
	for n := 0; i < len(toks) && n < 7 && toks[i].sent == sent; n++ {
		t := &toks[i]
		if i > 0 && toks[i].nlBefore {
			return -1
		}
		switch {
		case t.fold == "-":
			i++
			continue
		case t.fold == "," && attr && i+1 < len(toks) && a.placeAt[i+1] > 0:
			// "the Redmond, Washington-based company"
			i++
			continue
		case a.placeAt[i] > 0:
			i = a.setPlace(i, d)
			attr = true
			continue
		case !t.word:
			return -1
		case n == 0 && (t.fold == "world" || t.fold == "nation" || t.fold == "country" || t.fold == "industry") && a.possessiveAt(i+1):
			// "the world's largest chipmaker", "the country's biggest bank"
			i += 2
			if i < len(toks) && toks[i].fold == "s" {
				i++
			}
			continue
		}
		if t.capitalised() || t.nameLike() {
			if c, ok := a.demonym(t.fold); ok {
				d.City, d.Region, d.Country = mergeLoc(d, c)
				attr = true
				i++
				continue
			}
			if s := sectorWords[t.fold]; s != "" && (t.fold == "ai" || t.fold == "gpu") {
				sector = mergeSector(sector, s)
				i++
				continue
			}
			// A capitalised run: a product before "maker", "owner", "parent".
			j := i
			for j < len(toks) && toks[j].sent == sent && (toks[j].word && toks[j].nameLike() || a.isConnector(j) && j+1 < len(toks) && toks[j+1].word) && j-i < 4 {
				j++
			}
			if j > i && toks[j-1].fold == "-" {
				j-- // the run may not end with a hyphen
			}
			if j+1 < len(toks) && toks[j].fold == "-" && backedWords[toks[j+1].fold] {
				i = j + 2 // "the Nvidia-backed neocloud": the backer says nothing of the company
				continue
			}
			if j < len(toks) && toks[j].word {
				if h, ok := headsEN[toks[j].fold]; ok && h.product && productStart < 0 && !a.followedByName(j+1) {
					productStart, productEnd = i, j
					i = j
					continue
				}
			}
			return -1
		}
		if h, ok := headsEN[t.fold]; ok {
			end := i + 1
			if end < len(toks) && toks[end].sent == sent && toks[end].fold == "-" && end+1 < len(toks) && toks[end+1].fold == "up" {
				end += 2 // "start-up"
			}
			if a.followedByName(end) {
				return -1
			}
			if !h.product && a.isWordAt(end, sent, "of") {
				return -1 // "the group of investors", "the company of the year"
			}
			if h.product && productStart < 0 {
				// "the maker of ChatGPT", "the owner of Facebook"
				if a.isWordAt(end, sent, "of") {
					if p := a.runAfterAny(end + 1); p > end+1 {
						productStart, productEnd = end+1, p
						end = p
					}
				}
				if productStart < 0 && sector == "" {
					if !attr {
						return -1 // "the maker" alone says nothing
					}
				}
			}
			d.Sector = mergeSector(sector, h.sector)
			d.Startup = startupHeads[t.fold]
			if productStart >= 0 {
				_, _, d.Product = a.span(productStart, productEnd)
			}
			d.Generic = d.Sector == "" && !attr && d.Product == ""
			return end
		}
		if t.fold == "start" && a.isStartUp(i+2) {
			if a.followedByName(i + 3) {
				return -1
			}
			d.Sector = sector
			d.Generic = sector == "" && !attr
			d.Startup = true
			return i + 3
		}
		if c, ok := a.demonym(t.fold); ok {
			d.City, d.Region, d.Country = mergeLoc(d, c)
			attr = true
			i++
			continue
		}
		if s := sectorWords[t.fold]; s != "" {
			sector = mergeSector(sector, s)
			i++
			continue
		}
		if descAdjEN[t.fold] {
			i++
			continue
		}
		return -1
	}
	return -1
}

// describeFR reads a French description whose determiner precedes token i
// and returns the token after it, or -1.
func (a *analysis) describeFR(i int, d *Description) int {
	toks := a.toks
	if i >= len(toks) {
		return -1
	}
	sent := toks[i-1].sent
	// Adjectives before the head: "la jeune pousse", "le grand groupe".
	for n := 0; n < 2 && i < len(toks) && toks[i].word && (toks[i].fold == "jeune" || toks[i].fold == "grand" || toks[i].fold == "nouveau" || toks[i].fold == "petit"); n++ {
		i++
	}
	if i >= len(toks) || !toks[i].word || toks[i].capitalised() || toks[i].sent != sent || a.owner[i] != 0 {
		return -1
	}
	var h descHead
	ok := false
	end := i + 1
	d.Startup = startupHeads[toks[i].fold] || i > 0 && toks[i-1].fold == "jeune" && toks[i].fold == "pousse"
	switch {
	case toks[i].fold == "start" && a.isStartUp(i+2):
		h, ok, end = descHead{generic: true}, true, i+3
		d.Startup = true
	case toks[i].fold == "pousse" && a.isWordAt(i-1, sent, "jeune"):
		h, ok = descHead{generic: true}, true
	case toks[i].fold == "maison" && a.isWordAt(i+1, sent, "mere"):
		h, ok, end = descHead{product: true}, true, i+2
	case toks[i].fold == "poids" && a.isWordAt(i+1, sent, "lourd"):
		h, ok, end = descHead{generic: true}, true, i+2
	case toks[i].fold == "pure" && a.isWordAt(i+1, sent, "player"):
		h, ok, end = descHead{generic: true}, true, i+2
	default:
		h, ok = headsFR[toks[i].fold]
		if toks[i].fold == "maison" || toks[i].fold == "poids" {
			ok = false
		}
	}
	if !ok {
		// "l'américain", "le néerlandais": a nationality used as a noun.
		c, isDem := a.demonym(toks[i].fold)
		if !isDem || a.followedByName(i+1) {
			return -1
		}
		d.City, d.Region, d.Country = mergeLoc(d, c)
		return i + 1
	}
	sector := h.sector
	attr := false
	product := ""
	for n := 0; end < len(toks) && n < 8 && toks[end].sent == sent; n++ {
		t := &toks[end]
		if !t.word {
			if t.fold == "-" && end+1 < len(toks) && toks[end+1].word && !toks[end+1].capitalised() {
				end++ // "semi-conducteurs", "e-commerce"
				continue
			}
			break
		}
		if c, isDem := a.demonym(t.fold); isDem && !t.capitalised() {
			d.City, d.Region, d.Country = mergeLoc(d, c)
			attr = true
			end++
			continue
		}
		if s := sectorWords[t.fold]; s != "" && (!t.capitalised() || t.fold == "ia") {
			sector = mergeSector(sector, s)
			end++
			continue
		}
		if descAdjFR[t.fold] && !t.capitalised() {
			end++
			continue
		}
		if t.fold == "de" || t.fold == "des" || t.fold == "du" || t.fold == "d" || t.fold == "basee" || t.fold == "base" || t.fold == "installee" || t.fold == "installe" {
			// Complement: "de puces", "du New Jersey", "de Redmond", "d'IA",
			// "de la Silicon Valley", "de ChatGPT", "basée à Amsterdam".
			k := end + 1
			for k < len(toks) && toks[k].sent == sent && (toks[k].fold == "'" || toks[k].fold == "la" || toks[k].fold == "l" || toks[k].fold == "les" || toks[k].fold == "a" || toks[k].fold == "centres" || toks[k].fold == "centre" || toks[k].fold == "data" || toks[k].fold == "de") && k-end < 4 {
				k++
			}
			if k >= len(toks) || toks[k].sent != sent {
				break
			}
			if a.placeAt[k] > 0 {
				end = a.setPlace(k, d)
				attr = true
				continue
			}
			if toks[k].word && (toks[k].nameLike() || a.owner[k] == ownedByCompany) && toks[k].fold != "ia" {
				if !h.product || product != "" {
					break
				}
				p := a.runAfterAny(k)
				if p == k {
					break
				}
				_, _, product = a.span(k, p)
				end = p
				continue
			}
			if s := sectorWords[toks[k].fold]; s != "" {
				sector = mergeSector(sector, s)
				end = k + 1
				continue
			}
			if n == 0 && h.generic && toks[k].word && !toks[k].capitalised() {
				return -1 // "le groupe de travail", "la société de gestion de portefeuille"
			}
			break
		}
		break
	}
	if a.followedByName(end) {
		return -1
	}
	if h.product && product == "" && sector == "" && !attr {
		return -1 // "le propriétaire" alone is a person as often as a company
	}
	d.Sector = sector
	d.Product = product
	d.Generic = sector == "" && product == "" && !attr
	return end
}

// runAfterAny returns the end of the capitalised run (a product or company
// name, gazetteer hits included) starting at token i, at most four words.
func (a *analysis) runAfterAny(i int) int {
	if i >= len(a.toks) {
		return i
	}
	sent := a.toks[i].sent
	j := i
	for j < len(a.toks) && j-i < 6 && a.toks[j].sent == sent {
		t := &a.toks[j]
		if t.word && (t.nameLike() || a.owner[j] == ownedByCompany || j > i && isDigits(t.text)) {
			j++
			continue
		}
		if j > i && a.isConnector(j) && j+1 < len(a.toks) && a.toks[j+1].word {
			j++
			continue
		}
		break
	}
	return j
}

// demonym looks a word up as a regional or national adjective and returns
// the city, region and country it points to.
func (a *analysis) demonym(w string) ([3]string, bool) {
	if c, ok := regionalDemonyms[w]; ok {
		return c, true
	}
	if c, ok := nationalities[w]; ok && c != "" {
		return [3]string{"", "", c}, true
	}
	return [3]string{}, false
}

// mergeLoc adds a location to what d already holds, the most specific
// reading winning.
func mergeLoc(d *Description, c [3]string) (city, region, country string) {
	city, region, country = d.City, d.Region, d.Country
	if c[0] != "" {
		city = c[0]
	}
	if c[1] != "" {
		region = c[1]
	}
	if c[2] != "" {
		country = c[2]
	}
	return city, region, country
}

// mergeSector combines two sector readings: "AI cloud" is a neocloud, "data
// center operator" a data-centre operator, and a specific reading beats an
// empty one.
func mergeSector(old, s string) string {
	switch {
	case old == "":
		return s
	case s == "" || s == old:
		return old
	case old == "ai-lab" && s == "cloud", old == "chipmaker" && s == "cloud":
		return "neocloud" // "AI cloud provider", "GPU cloud"
	case s == "dc-operator" || old == "dc-operator":
		return "dc-operator"
	case old == "ai-lab" && s == "chipmaker":
		return "chipmaker" // "AI chip designer"
	}
	return old
}

// Matches reports whether the gazetteer company named companyName (any of
// its spellings) fits d: its sector tags, headquarters, country and products
// agree with every attribute d states, and a "start-up" is no incumbent
// (fund, bank, utility, big tech). A generic description fits every company
// but, for a start-up, the incumbents. A name the gazetteer lacks fits only a
// generic description; a company without a profile, only one that states a
// country and nothing else. The caller picks, among the companies of its
// document that fit, the one its context points to.
func (g *Gazetteer) Matches(d Description, companyName string) bool {
	id, ok := g.byName[foldName(companyName)]
	if !ok {
		return d.Generic
	}
	e := &g.companies[id]
	p, known := g.profiles[id]
	if !known {
		if d.Generic {
			return true
		}
		return d.Country != "" && e.info.Country == d.Country &&
			d.Sector == "" && d.City == "" && d.Region == "" && d.Product == ""
	}
	if d.Country != "" && e.info.Country != "" && e.info.Country != d.Country {
		return false
	}
	if d.Startup {
		for _, s := range incumbentSectors {
			if p.sectors[s] {
				return false
			}
		}
	}
	if d.Sector != "" && !p.hasSector(d.Sector) {
		return false
	}
	if d.Product != "" {
		f := foldName(d.Product)
		if !p.products[f] && foldName(e.info.Name) != f {
			return false
		}
	}
	if d.City != "" {
		return p.city == foldName(d.City)
	}
	return d.Region == "" || p.region == foldName(d.Region)
}

// MatchesCompany is Matches for a company found in a text: a name the
// gazetteer lacks (found by a discovery pattern) fits a description that
// states nothing but the country the pattern gave it ("la start-up
// française" and "la start-up française Foo").
func (g *Gazetteer) MatchesCompany(d Description, c CompanyMatch) bool {
	if _, ok := g.byName[foldName(c.Name)]; ok || d.Generic {
		return g.Matches(d, c.Name)
	}
	return c.Country != "" && d.Country == c.Country && d.Sector == "" && d.City == "" && d.Region == "" && d.Product == ""
}

// hasSector reports whether the profile carries tag s or a narrower one: a
// neocloud or a hyperscaler is a cloud, a miner turned host a data-centre
// operator.
func (p *profile) hasSector(s string) bool {
	if p.sectors[s] {
		return true
	}
	switch s {
	case "cloud":
		return p.sectors["neocloud"] || p.sectors["hyperscaler"]
	case "dc-operator":
		return p.sectors["neocloud"] || p.sectors["hyperscaler"]
	case "chipmaker":
		return p.sectors["semiconductor-equipment"]
	case "network":
		return p.sectors["telecom"]
	}
	return false
}

// String formats d with its attributes, for tests and logs.
func (d Description) String() string {
	var parts []string
	for _, s := range []string{d.Sector, d.City, d.Region, d.Country, d.Product} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if d.Generic {
		parts = append(parts, "generic")
	}
	return d.Text + " {" + strings.Join(parts, ", ") + "}"
}
