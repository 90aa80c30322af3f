package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lines of page furniture and datelines, judged by what they say.

var (
	// furnitureStarts begin short lines that belong to the page, not the
	// story.
	furnitureStarts = []string{"advert", "advertisement", "advertising", "annonce", "publicité",
		"sponsored", "share", "partager", "read more", "read also", "lire aussi", "à lire aussi",
		"related", "more from", "recommended", "sign up", "subscribe", "follow us", "click here",
		"continue reading", "comment", "comments", "photo", "image", "getty images", "©",
		"copyright", "tag", "tags", "skip to"}
	// furniturePhrases give a share prompt away wherever they appear in a
	// line outside a paragraph.
	furniturePhrases = []string{"share it", "share this"}
	// promptPhrases are subscription prompts and legal lines.
	promptPhrases = []string{"all rights reserved", "tous droits réservés", "click here",
		"cliquez ici", "sign up for", "sign up to", "subscribe to", "subscribe now",
		"subscribe for", "abonnez-vous", "inscrivez-vous"}
	// newsletterContext are the words that make a line naming a newsletter
	// a prompt to subscribe rather than a sentence about one.
	newsletterContext = []string{"sign up", "subscribe", "inbox", "delivered", "get our",
		"abonnez", "inscri", "recevez"}
	// javascriptContext are the words that make a line naming JavaScript
	// a warning that it is off.
	javascriptContext = []string{"requires", "required", "enable", "disabled", "turn on"}
	// labels are whole lines that only label page furniture.
	labels = makeSet("advert", "advertisement", "advertising", "publicité", "annonce",
		"sponsored", "anzeige", "publicidad", "comment", "comments", "commentaires", "share",
		"partager", "tags")
	// cookieContext are the words that make a line naming cookies a notice.
	cookieContext = []string{"website", "site", "browsing", "browser", "experience", "privacy",
		"consent", "accept"}
)

// maxFurnitureLen bounds the lines judged by what they say: a long
// paragraph that mentions a newsletter is still body text.
const (
	maxFurnitureLen      = 200
	maxFurnitureStartLen = 80
)

// isFurnitureLine reports whether a short line is page furniture. A line
// written as a paragraph (<p>) is more often part of the text its author
// wrote ("Read also: …", "Share this article", "Image source: …"), so it is
// only dropped when it is a bare label, a cookie notice, a script warning or
// a subscription prompt.
func isFurnitureLine(s string, paragraph bool) bool {
	s = strings.TrimSpace(s)
	if len(s) > maxFurnitureLen {
		return false
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "javascript") && containsAny(lower, javascriptContext) ||
		strings.Contains(lower, "cookie") && containsAny(lower, cookieContext) {
		return true
	}
	if labels[strings.TrimRight(lower, " .:")] || containsAny(lower, promptPhrases) ||
		strings.Contains(lower, "newsletter") && containsAny(lower, newsletterContext) {
		return true
	}
	if paragraph {
		return false
	}
	if len(s) < maxFurnitureStartLen {
		for _, p := range furnitureStarts {
			if strings.HasPrefix(lower, p) && !startsWithLetter(lower[len(p):]) {
				return true
			}
		}
	}
	return containsAny(lower, furniturePhrases)
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// calendarWords are the month and weekday names of a dateline, in the
// languages of the pages newsgraph reads most.
var calendarWords = makeSet("january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars",
	"avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
	"mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

// dateWords are the other words a dateline or timestamp is made of.
var dateWords = makeSet("mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a",
	"p", "m", "h", "updated", "published", "posted", "last", "on", "at", "le", "à", "mis",
	"jour", "publié", "modifié", "et", "st", "nd", "rd", "th", "er", "gmt", "utc", "est",
	"edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "ist", "ago", "min", "mins",
	"minutes", "hour", "hours", "day", "days")

func makeSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// maxDateLineLen bounds the lines that may be a bare date or timestamp.
const maxDateLineLen = 60

// isDateLine reports whether a short line is only a date or a timestamp
// ("Nov. 19, 2019 5:50 PM", "Updated at 1:23 p.m.", "le 3 novembre 2025").
func isDateLine(s string) bool {
	if len(s) > maxDateLineLen {
		return false
	}
	digits, named := 0, false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		switch {
		case w[0] >= '0' && w[0] <= '9':
			digits++
		case calendarWords[w]:
			named = true
		case !dateWords[w]:
			return false
		}
	}
	// A lone number is a table cell or a counter, not a date.
	return (named && digits > 0) || numericDate.MatchString(s)
}

// numericDate finds 19/11/2019, 2019-11-19 or 5:50 in a line.
var numericDate = regexp.MustCompile(`\b(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2})\b`)
