package entity

// Word lists used by the discovery patterns and the site heuristic. Keys are
// folded (lower case, no diacritics).

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[fold(w)] = true
	}
	return m
}

// notNames are capitalised words that start sentences or headlines, titles,
// calendar words and generic terms: never (the first word of) a company or
// place name found by a pattern.
var notNames = set(
	// English function words and frequent sentence openers
	"the", "a", "an", "this", "that", "these", "those", "its", "it", "his", "her", "their", "our", "my", "your",
	"in", "on", "at", "for", "and", "but", "or", "of", "to", "from", "by", "with", "as", "after", "before",
	"under", "over", "while", "when", "where", "if", "since", "during", "also", "meanwhile", "however",
	"according", "separately", "last", "next", "first", "new", "other", "some", "many", "most", "both",
	"there", "here", "we", "they", "he", "she", "you", "i", "what", "which", "who", "why", "how", "all",
	"read", "share", "image", "source", "photo", "key", "takeaways", "analysis", "impact", "related",
	"shares", "stock", "update", "breaking", "exclusive", "opinion", "news", "today", "now", "more",
	"beyond", "is", "are", "was", "will", "can", "should", "would", "could", "may", "has", "have", "had",
	// French function words and openers
	"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa",
	"ses", "leur", "leurs", "notre", "nos", "votre", "vos", "dans", "en", "pour", "par", "avec", "sur",
	"selon", "et", "mais", "ou", "donc", "or", "ni", "car", "apres", "avant", "depuis", "pendant", "lors",
	"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "qui", "que", "quoi", "dont", "ou", "aux",
	"au", "a", "si", "comme", "ainsi", "alors", "enfin", "par ailleurs", "toutefois", "cependant",
	"lire", "voir", "aussi", "table", "matieres", "details", "detail", "investissement", "accord",
	"contrat", "partenariat", "plus", "moins", "tres", "tous", "tout", "toute", "toutes", "chaque",
	"imaginez", "pourquoi", "comment", "parce", "bien", "jusqu", "jusqu'", "d'autres", "autres",
	// titles and roles
	"ceo", "pdg", "cfo", "cto", "coo", "chief", "president", "vice", "chairman", "chair", "director",
	"directeur", "directrice", "founder", "fondateur", "cofounder", "co", "minister", "ministre", "prime",
	"premier", "governor", "gouverneur", "senator", "senateur", "secretary", "mr", "mrs", "ms", "dr",
	"m", "mme", "sir", "analyst", "analyste", "executive", "managing", "head", "chef", "state", "etat",
	"government", "gouvernement", "administration", "commission", "congress", "parliament", "parlement",
	"ministry", "ministere", "department", "agency", "agence", "court", "university", "universite",
	"professor", "phase", "project", "projet", "program", "programme", "initiative", "campus", "site",
	// calendar
	"january", "february", "march", "april", "june", "july", "august", "september", "october",
	"november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
	"dimanche", "q1", "q2", "q3", "q4", "h1", "h2", "fy", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec", "janv", "fevr", "avr", "juil", "déc",
	// institutions that are not businesses, so "Communist Party" or "Supreme
	// Court" stop a name and the pattern gives up
	"party", "parti", "council", "conseil", "index", "committee", "comite", "senate", "senat", "assembly",
	"assemblee", "army", "police", "school", "ecole", "hospital", "hopital", "church", "eglise", "cup",
	"coupe", "league", "ligue", "institute", "institut", "association", "federation", "union", "festival",
	"museum", "musee", "foundation", "fondation", "ministries", "office", "bureau", "prize", "prix", "award",
	"club", "team", "equipe", "supreme", "federal", "national", "royal", "tribunal", "cour",
	// generic terms written in capitals
	"ai", "ia", "gpu", "gpus", "cpu", "tpu", "hpc", "it", "ip", "api", "llm", "data", "cloud", "tech",
	"capex", "mw", "gw", "twh", "kwh", "ipo", "esg", "usd", "eur", "bn", "m", "md", "mds", "mrd", "mrds", "mdr", "mdrs", "reit", "etf", "nasdaq",
	"nyse", "sec", "ftc", "doj", "emea", "apac", "latam", "mena", "bourse", "facility", "internet", "web", "bitcoin", "crypto", "big", "magnificent",
)

// legalSuffixes end company names; they are dropped from discovered names.
var legalSuffixes = set("inc", "corp", "corporation", "ltd", "limited", "llc", "plc", "sas", "sarl",
	"sa", "ag", "gmbh", "nv", "bv", "holdings", "lp", "spa", "ab", "asa", "oyj", "kk")

// triggersEN are nouns that, written in lower case right before a capitalised
// name, say that the name is a business: "data-center operator X".
var triggersEN = set("startup", "company", "firm", "operator", "provider", "developer", "maker",
	"chipmaker", "manufacturer", "miner", "fund", "lender", "bank", "group", "outfit", "neocloud",
	"hyperscaler", "specialist", "platform", "supplier", "vendor", "builder", "giant",
	"rival", "competitor", "subsidiary", "affiliate", "conglomerate", "utility", "insurer", "player",
	"consortium", "integrator", "landlord", "unicorn", "venture", "foundry", "automaker", "carmaker",
	"retailer", "telco", "carrier", "hoster", "colocator", "firms", "companies", "startups", "partners")

// triggersFR are the French nouns for the same: "la start-up française X".
var triggersFR = set("startup", "societe", "entreprise", "firme", "groupe", "operateur", "hebergeur",
	"fabricant", "fondeur", "constructeur", "fournisseur", "specialiste", "acteur", "geant", "fonds",
	"banque", "investisseur", "licorne", "pepite", "editeur", "equipementier", "mineur", "filiale",
	"concurrent", "rival", "neocloud", "hyperscaler", "promoteur", "exploitant", "developpeur",
	"client", "partenaire", "assureur", "conglomerat", "laboratoire", "labo", "pure player", "integrateur")

// nationalities maps English and French demonyms to ISO 3166 alpha-2.
var nationalities = func() map[string]string {
	m := map[string]string{}
	add := func(iso string, words ...string) {
		for _, w := range words {
			m[fold(w)] = iso
		}
	}
	add("US", "american", "américain", "américaine", "américains", "américaines", "us", "étasunien")
	add("FR", "french", "français", "française", "françaises", "tricolore")
	add("GB", "british", "britannique", "britanniques", "uk", "english", "anglais", "anglaise")
	add("DE", "german", "allemand", "allemande", "allemands")
	add("NL", "dutch", "néerlandais", "néerlandaise", "hollandais")
	add("AU", "australian", "australien", "australienne", "australiens")
	add("CA", "canadian", "canadien", "canadienne", "canadiens", "québécois", "québécoise")
	add("CN", "chinese", "chinois", "chinoise", "chinois")
	add("JP", "japanese", "japonais", "japonaise")
	add("KR", "korean", "coréen", "coréenne", "sud-coréen", "sud-coréenne")
	add("TW", "taiwanese", "taïwanais", "taïwanaise")
	add("IN", "indian", "indien", "indienne")
	add("AE", "emirati", "émirati", "émiratie", "uae")
	add("SA", "saudi", "saoudien", "saoudienne")
	add("IL", "israeli", "israélien", "israélienne")
	add("SE", "swedish", "suédois", "suédoise")
	add("NO", "norwegian", "norvégien", "norvégienne")
	add("FI", "finnish", "finlandais", "finlandaise")
	add("DK", "danish", "danois", "danoise")
	add("ES", "spanish", "espagnol", "espagnole")
	add("IT", "italian", "italien", "italienne")
	add("CH", "swiss", "suisse")
	add("BE", "belgian", "belge")
	add("IE", "irish", "irlandais", "irlandaise")
	add("SG", "singaporean", "singapourien", "singapourienne")
	add("IS", "icelandic", "islandais", "islandaise")
	add("", "european", "européen", "européenne", "européens")
	return m
}()

// gapStops end the words allowed between a trigger and a name or between an
// apposition's article and its noun: "a co-founder of the company" is a person.
var gapStops = set("of", "de", "du", "des", "at", "chez", "who", "which", "for", "with", "in", "and",
	"et", "qui", "que", "to", "from", "by", "on", "par", "pour", "avec", "sur", "dans", "as", "than")

// infraWords mark a sentence about infrastructure: a place named in it is a site.
var infraWords = set("datacenter", "datacenters", "datacentre", "datacentres", "campus", "campuses",
	"facility", "facilities", "site", "sites", "cluster", "clusters", "supercomputer", "supercomputers",
	"superordinateur", "supercalculateur", "installation", "installations", "gigafactory", "megawatt",
	"megawatts", "gigawatt", "gigawatts", "mw", "gw", "megawatts", "hyperscale", "colocation",
	"mégawatts", "gigawatts", "substation", "buildout", "build-out", "usine", "usines", "factory",
	"factories", "plant", "plants")

// infraPairs are two-word infrastructure terms, by their folded words.
var infraPairs = map[[2]string]bool{
	{"data", "center"}: true, {"data", "centers"}: true, {"data", "centre"}: true, {"data", "centres"}: true,
	{"ai", "factory"}: true, {"ai", "factories"}: true, {"data", "hall"}: true, {"data", "halls"}: true,
	{"cloud", "region"}: true, {"cloud", "regions"}: true, {"availability", "zone"}: true, {"ai", "infrastructure"}: true,
	{"compute", "capacity"}: true, {"computing", "capacity"}: true,
	// a company's own "centre" in a text about infrastructure is its data
	// centre: "son centre de Vineland", "its center in Vineland"
	{"son", "centre"}: true, {"ses", "centres"}: true, {"leur", "centre"}: true, {"leurs", "centres"}: true,
	{"its", "center"}: true, {"its", "centers"}: true, {"its", "centre"}: true, {"its", "centres"}: true,
	{"their", "center"}: true, {"their", "centers"}: true,
}

// infraTriples are three-word infrastructure terms: "centre de données", "usine d'IA".
var infraTriples = map[[3]string]bool{
	{"centre", "de", "donnees"}: true, {"centres", "de", "donnees"}: true,
	{"centre", "de", "calcul"}: true, {"centres", "de", "calcul"}: true,
	{"usine", "d", "ia"}: true, {"usines", "d", "ia"}: true,
}

// hqBefore are words that, shortly before a place, say it is a headquarters:
// "headquartered in", "based in", "dont le siège est à", "basée à".
var hqBefore = set("headquartered", "headquarters", "hq", "based", "siege", "basee", "base", "basees",
	"bases", "domiciled", "domiciliee", "implantee", "établie")

// placeModifiers are nouns that, right after a place, show that the place
// qualifies something other than a facility: "UAE investment fund MGX".
var placeModifiers = set("fund", "firm", "company", "bank", "operator", "startup", "investment",
	"government", "officials", "regulators", "group", "giant", "investor", "investors", "authorities",
	"lawmakers", "president", "governor", "state", "officials", "market", "markets", "customers",
	"authority", "sovereign", "telecom", "utility", "national", "public", "based", "born", "headquartered")

// afterPlaceOK are lower-case words that may follow a place used as a
// location rather than as a modifier: "in Texas and Ohio", "à Paris et".
var afterPlaceOK = set("and", "or", "et", "ou", "where", "which", "that", "as", "while", "with",
	"will", "is", "was", "has", "would", "could", "to", "for", "by", "from", "since", "through", "near",
	"county", "state", "region", "area", "province", "campus", "site", "sites", "facility", "next", "last",
	"this", "later", "earlier", "soon", "in", "on", "at", "over", "under", "after", "before", "within",
	"until", "via", "per", "starting", "beginning", "alongside", "but", "are", "were", "had", "have",
	"said", "says", "also", "already", "now", "today", "yet", "than", "including", "among", "nor")

// firstNames are common given names: a two-word name starting with one is a
// person ("rival Joe Biden", "player Gerard Pique"), not a company.
var firstNames = set(
	"aaron", "adam", "adrian", "ahmed", "alain", "alan", "albert", "alex", "alexander", "alexandre",
	"alexis", "alice", "alan", "amanda", "amy", "andrea", "andrew", "andy", "angela", "anna", "anne",
	"anthony", "antoine", "arnaud", "arthur", "barbara", "ben", "benjamin", "benoit", "bernard", "bill",
	"bob", "brad", "brian", "bruce", "bruno", "carl", "carlos", "caroline", "catherine", "charles",
	"charlie", "chris", "christian", "christine", "christophe", "christopher", "claire", "claude",
	"colin", "craig", "damien", "dan", "daniel", "dario", "dave", "david", "denis", "dennis", "didier",
	"donald", "doug", "douglas", "edward", "elizabeth", "elon", "emily", "emma", "emmanuel", "eric",
	"eva", "fabrice", "francois", "frank", "fred", "frederic", "gary", "george", "georges", "gerard",
	"gilles", "greg", "gregory", "guillaume", "hans", "helen", "henri", "henry", "hugo", "ian", "isabelle",
	"jack", "jacques", "james", "jamie", "jan", "jane", "jason", "jean", "jeff", "jeffrey", "jennifer",
	"jensen", "jeremy", "jerome", "jessica", "jim", "joe", "john", "jonathan", "jose", "joseph", "julia",
	"julie", "julien", "justin", "karen", "kate", "kevin", "laura", "laurent", "lisa", "louis", "luc",
	"lucas", "marc", "marco", "maria", "marie", "mark", "martin", "mary", "matt", "matthew", "maxime",
	"michael", "michel", "michelle", "mike", "mohamed", "mohammed", "nathalie", "nicolas", "nick",
	"nicholas", "olivier", "pascal", "patrick", "paul", "peter", "philippe", "pierre", "rachel",
	"ralph", "raymond", "richard", "rob", "robert", "roger", "ryan", "sam", "samuel", "sandra", "sarah",
	"satya", "scott", "sebastien", "sergey", "simon", "sophie", "stephane", "stephen", "steve", "steven",
	"sundar", "susan", "sylvain", "thierry", "thomas", "tim", "timothy", "tom", "tony", "valerie",
	"victor", "vincent", "walter", "wes", "william", "xavier", "yann", "yves", "novak", "lisa", "masayoshi",
	"larry", "safra", "jassy", "andy", "mark", "marc", "sheikh", "tahnoon", "ahmad", "ali", "omar",
	"elise", "ivan", "dmitry", "arkady", "wei", "li", "zhang", "chen", "kenji", "hiroshi", "akira",
)

// genericTerms may appear inside a name, though not first: "Nexgen Cloud",
// "Mistral AI", "Applied Digital".
var genericTerms = set("ai", "ia", "gpu", "data", "cloud", "tech", "hpc", "compute", "capital", "energy",
	"digital", "systems", "labs", "networks", "infrastructure", "technologies", "technology", "group", "ip")

// infraTails are the last words of infraPairs and infraTriples, so that the
// pair and triple maps are consulted only when one of them is seen.
var infraTails = func() map[string]bool {
	m := map[string]bool{}
	for k := range infraPairs {
		m[k[1]] = true
	}
	for k := range infraTriples {
		m[k[2]] = true
	}
	return m
}()

// buildWords say that something physical is built, deployed or invested in:
// with a preposition of place ("will be built in Kvandal", "investira 2
// milliards à Marcoussis") the place is a site even without a facility noun.
var buildWords = set("build", "builds", "building", "built", "construct", "constructed", "construction",
	"deploy", "deploys", "deployed", "deployment", "host", "hosted", "develop", "developed", "invest",
	"invests", "investing", "invested", "investment", "construire", "construira", "construit",
	"construite", "construits", "construites", "deployer", "deploiera", "deploye", "deployee",
	"deployes", "deploiement", "implanter", "implantera", "implante", "implantation", "investir",
	"investira", "investit", "investi", "investissement", "heberger", "hebergera", "ouvrir", "ouvrira",
	"open", "opens", "opening", "expand", "expands", "expanding", "expansion", "agrandir", "spend",
	"spends", "spending", "depenser", "depensera", "depense", "depenses")

// placePrefixes start longer place names: a gazetteer place right after one
// is only part of a name the gazetteer lacks ("New Orleans", "Port Moresby").
var placePrefixes = map[string]bool{"New": true, "Nouvelle": true, "Nouveau": true, "San": true,
	"Santa": true, "Saint": true, "St": true, "Port": true, "Fort": true, "Mount": true, "Lake": true,
	"North": true, "South": true, "East": true, "Upper": true, "Lower": true, "Greater": true}

// stockExchanges name the markets in "(NASDAQ: FOO)" after a listed company.
var stockExchanges = set("nasdaq", "nyse", "tsx", "tsxv", "asx", "lse", "aim", "euronext", "epa", "xetra",
	"hkex", "sgx", "krx", "tse", "twse", "otc", "otcqx", "amex", "cboe")

// directions are the words of "north of London", "à l'est de Paris", "50 km
// de Lyon": the place after them is a landmark near the site.
var directions = []string{"north", "south", "east", "west", "northeast", "northwest", "southeast",
	"southwest", "outside", "miles", "mile", "km", "kilometres", "kilometers", "nord", "sud", "est",
	"ouest", "kilometres", "minutes", "hours", "heures", "proximite", "loin"}

// regionParts name a part of a region or country before it, capitalised:
// "Northeast Pennsylvania", "Central Texas", "Northern Virginia".
var regionParts = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"northern", "southern", "eastern", "western", "central", "upstate", "downstate", "northeastern",
	"northwestern", "southeastern", "southwestern")

// placeParticles join the words of French compound place names.
var placeParticles = set("l", "le", "la", "les", "sur", "sous", "en", "de", "du", "des", "d", "aux", "les", "lès", "saint", "sainte")

// calendarWords are month and weekday names, which may follow a place
// without being part of its name ("in Texas Monday").
var calendarWords = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
	"aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi",
	"vendredi", "samedi", "dimanche")

// openingWords open a sentence with a capital without being part of the
// name that follows: "In May…", "For Humain…", "Selon Humain…".
var openingWords = set("in", "on", "at", "for", "after", "with", "as", "by", "like", "under", "since", "but", "and",
	"en", "pour", "selon", "chez", "avec", "depuis", "et", "mais", "comme", "sans", "dans", "après", "par")

// metonymCities are capitals whose name often stands for a government:
// "Washington a autorisé…", "Beijing banned…". With a political verb after
// them, or after "by"/"de" and a policy noun, they are no facility's place.
var metonymCities = set("washington", "washington, d.c.", "beijing", "brussels", "paris", "moscow", "london",
	"tokyo", "berlin", "ottawa", "canberra", "new delhi", "taipei", "seoul", "tehran", "riyadh", "abu dhabi")

// policyWords are the verbs and nouns of government action that make a
// capital a metonym: "Washington approved", "les restrictions de Pékin".
var policyWords = set("authorized", "authorised", "authorize", "authorise", "authorizes", "approved",
	"approve", "approves", "banned", "ban", "bans", "restricted", "restrict", "restricts", "restriction",
	"restrictions", "blocked", "block", "blocks", "barred", "bar", "imposed", "impose", "imposes",
	"allowed", "allow", "allows", "sanctioned", "sanctions", "sanction", "curbs", "curb", "curbed",
	"controls", "control", "rules", "tariffs", "tariff", "pressure", "pressured", "licence", "licences",
	"license", "licenses", "permitted", "permit", "forbade", "forbid", "ordered", "demanded", "warned",
	"accused", "retaliated", "insists", "insisted", "wants", "wanted", "decided", "policy", "policies",
	"regulators", "regulation", "regulations", "approval", "blessing", "crackdown", "autorise",
	"autorisé", "autorisée", "autoriser", "autorisation", "interdit", "interdire", "interdiction",
	"restreint", "restreindre", "impose", "imposé", "imposées", "imposer", "bloque", "bloqué", "bloquer",
	"sanctionne", "sanctionner", "exige", "exigé", "menace", "menacé", "accuse", "accusé", "veut",
	"voulu", "refuse", "refusé", "approuve", "approuvé", "feu", "pressions", "pression", "tarifs",
	"droits", "règles", "mesures", "décidé", "décide", "ordonné", "ordonne", "riposte", "négocie")

// policyAux may stand between a capital and its verb: "Washington has
// banned", "Pékin a interdit", "Washington also approved".
var policyAux = set("has", "had", "have", "will", "would", "could", "may", "might", "is", "was", "also",
	"already", "then", "now", "just", "finally", "a", "avait", "aurait", "va", "vient", "de", "d", "ne",
	"n", "'", "également", "aussi", "deja", "déjà", "s", "lui", "se", "en")
