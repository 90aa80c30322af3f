package when

// months maps month names and their abbreviations (lower case) to 1..12.
// abbrev marks forms that are only dates next to a day or a year ("Nov 3",
// "sept. 2025"); lang is "" when the word is shared.
type monthWord struct {
	month  int
	abbrev bool
	lang   string
	// ambiguous English months are also common words or names ("May",
	// "March", "June"): alone they need a preposition before them.
	ambiguous bool
}

var months = map[string]monthWord{
	"janvier": {1, false, "fr", false}, "février": {2, false, "fr", false}, "fevrier": {2, false, "fr", false},
	"mars": {3, false, "fr", false}, "avril": {4, false, "fr", false}, "mai": {5, false, "fr", false},
	"juin": {6, false, "fr", false}, "juillet": {7, false, "fr", false}, "août": {8, false, "fr", false},
	"aout": {8, false, "fr", false}, "septembre": {9, false, "fr", false}, "octobre": {10, false, "fr", false},
	"novembre": {11, false, "fr", false}, "décembre": {12, false, "fr", false}, "decembre": {12, false, "fr", false},
	"janv": {1, true, "fr", false}, "févr": {2, true, "fr", false}, "fevr": {2, true, "fr", false},
	"avr": {4, true, "fr", false}, "juil": {7, true, "fr", false}, "déc": {12, true, "fr", false},

	"january": {1, false, "en", false}, "february": {2, false, "en", false}, "march": {3, false, "en", true},
	"april": {4, false, "en", true}, "may": {5, false, "en", true}, "june": {6, false, "en", true},
	"july": {7, false, "en", false}, "august": {8, false, "en", true}, "september": {9, false, "en", false},
	"october": {10, false, "en", false}, "november": {11, false, "en", false}, "december": {12, false, "en", false},
	"jan": {1, true, "en", false}, "feb": {2, true, "en", false}, "mar": {3, true, "en", false},
	"apr": {4, true, "en", false}, "jun": {6, true, "en", false}, "jul": {7, true, "en", false},
	"aug": {8, true, "en", false}, "sep": {9, true, "en", false},
	"sept": {9, true, "", false}, "oct": {10, true, "", false}, "nov": {11, true, "", false}, "dec": {12, true, "en", false},
}

// weekdays maps weekday names (lower case) to time.Weekday values (Sunday 0).
var weekdays = map[string]int{
	"dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// monthPrepositions make an ambiguous English month a date when they come
// just before it ("in May", "since March", "late June", "end of April").
var monthPrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true, "during": true,
	"early": true, "late": true, "mid": true, "of": true, "through": true, "before": true, "after": true,
	"last": true, "next": true, "this": true, "ended": true, "ending": true, "between": true, "and": true,
	"en": true, "depuis": true, "début": true, "fin": true, "mi": true, "de": true, "dès": true,
	"courant": true, "jusqu": true, "ici": true,
}

// yearFollowers are words after a four-digit number that show it counts
// things rather than naming a year ("2 030 GPU" is grouped and never a
// year; "2030 GPUs" is not grouped but still a count).
var yearFollowers = map[string]bool{
	"gpu": true, "gpus": true, "puce": true, "puces": true, "chip": true, "chips": true, "mw": true, "gw": true,
	"kw": true, "mwh": true, "gwh": true, "twh": true, "megawatts": true, "mégawatts": true, "units": true,
	"unités": true, "employees": true, "employés": true, "salariés": true, "personnes": true, "people": true,
	"servers": true, "serveurs": true, "acres": true, "hectares": true, "km": true, "miles": true, "m": true,
	"mètres": true, "meters": true, "feet": true, "pieds": true, "tonnes": true, "tons": true, "racks": true,
	"nodes": true, "nœuds": true, "machines": true, "systems": true, "systèmes": true, "accelerators": true,
	"accélérateurs": true, "processeurs": true, "processors": true, "dollars": true, "euros": true,
	"percent": true, "points": true, "actions": true, "shares": true, "clients": true,
	"customers": true, "users": true, "utilisateurs": true, "jobs": true, "emplois": true, "sites": true,
	"homes": true, "foyers": true, "logements": true, "watts": true, "gigawatts": true, "cores": true,
	"cœurs": true, "avenue": true, "street": true, "road": true, "boulevard": true, "rue": true,
	"drive": true, "parkway": true, "way": true, "lane": true, "route": true, "chemin": true, "bis": true,
	"euro": true, "dollar": true, "baies": true, "armoires": true, "cartes": true, "cards": true, "lits": true,
}

// relativeWords are the one-word day references, with their offset in days
// from the publication date.
var relativeDays = map[string]int{
	"hier": -1, "avant-hier": -2, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2,
	"yesterday": -1, "today": 0, "tomorrow": 1,
}

// futureFrom before a weekday points at the coming one: "dès lundi",
// "starting Monday", "à partir de lundi" (after "de").
var futureFrom = map[string]bool{"dès": true, "starting": true, "beginning": true, "from": true}
