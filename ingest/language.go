package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// Lingua's cost per call grows faster than the text: once a text's summed
// log-probabilities fall below what float64 can exponentiate (a few hundred
// characters), it switches to arbitrary-precision decimals and a call takes
// milliseconds. So the detector reads windows of windowBytes — past the 120
// characters where low-accuracy mode is reliable, short enough to stay on the
// fast path — and reads another (up to maxWindows) only while the first ones
// leave it unsure.
const (
	windowBytes = 250
	maxWindows  = 3
	// sureAbove is the mean confidence of the best language at which no more
	// windows are read.
	sureAbove = 0.9
	// ledeMinBytes is the length from which a paragraph counts as prose; the
	// first window starts at the first such paragraph, past titles, bylines
	// and datelines.
	ledeMinBytes = 150
)

// The page's declared <html lang> is only a tie-breaker, since templates
// often carry a site-wide lang="en" on translated or syndicated articles. It
// wins when its language's confidence (lingua's, 0–1) is within hintMargin of
// the best one, or when the detector is unsure — the best language has under
// unsureBelow, as happens on a few words — and gives it some confidence.
const (
	hintMargin  = 0.15
	unsureBelow = 0.6
)

// Below shortTextBytes lingua's trigrams are unreliable between French and
// English — "Nvidia will invest $100 billion in OpenAI." reads as French to
// it, which would make "billion" 10^12 — so on such a text the function words
// decide between the two when they clearly favour one.
const shortTextBytes = 200

// candidateLanguages are the languages the detector chooses among: French and
// English, which are processed, and the languages whose news most often sits
// beside them in European feeds, so that those articles are recognised and
// skipped rather than forced into French or English. The list is kept short
// because every Latin-script candidate costs a model lookup per trigram and
// because close relatives of French (Catalan) make short French texts
// ambiguous; an article in a language left out is still recognised as not
// French or English and skipped, under its nearest candidate's code. Languages
// with scripts of
// their own (Russian, Chinese, Japanese, Korean, Arabic, Greek) are recognised
// by lingua's script rules and cost no model memory on Latin-script text.
func candidateLanguages() []lingua.Language {
	return []lingua.Language{
		lingua.French, lingua.English,
		lingua.German, lingua.Spanish, lingua.Italian, lingua.Portuguese,
		lingua.Dutch, lingua.Polish, lingua.Romanian, lingua.Swedish, lingua.Indonesian,
		lingua.Russian, lingua.Ukrainian, lingua.Greek, lingua.Arabic,
		lingua.Chinese, lingua.Japanese, lingua.Korean,
	}
}

// LanguageDetector identifies the language of an article. It wraps one lingua
// detector, which is expensive to build: make one per process and share it (it
// is safe for concurrent use).
//
// It runs in lingua's low-accuracy mode, which uses only the trigram models:
// on texts longer than about 120 characters — every real article body — its
// accuracy is the same as high-accuracy mode, while high-accuracy mode loads
// the unigram to fivegram models as well, several hundred megabytes for this
// language set, which would break the pipeline's 300 MB budget. Models are
// loaded lazily, the first time a text in their script is seen, so a run over
// French and English news never loads the Cyrillic or CJK models.
type LanguageDetector struct {
	detector lingua.LanguageDetector
}

// NewLanguageDetector builds the detector. It loads no model yet.
func NewLanguageDetector() *LanguageDetector {
	return &LanguageDetector{
		detector: lingua.NewLanguageDetectorBuilder().
			FromLanguages(candidateLanguages()...).
			WithLowAccuracyMode().
			Build(),
	}
}

// Detect returns the ISO 639-1 code ("fr", "en", "de"…) of text's language,
// or "" when it cannot tell. hint is the page's declared language (an
// <html lang> value such as "fr-FR", or ""), used only to break a near tie.
func (d *LanguageDetector) Detect(text, hint string) string {
	scores := make(map[lingua.Language]float64)
	var best lingua.Language
	n := 0
	for _, w := range windows(text) {
		n++
		for _, v := range d.detector.ComputeLanguageConfidenceValues(w) {
			scores[v.Language()] += v.Value()
		}
		best = bestOf(scores)
		if scores[best]/float64(n) >= sureAbove {
			break
		}
	}
	if n == 0 || scores[best] == 0 {
		return ""
	}
	top := scores[best] / float64(n)
	if h := hintCode(hint); h != "" && h != isoCode(best) {
		for l, v := range scores {
			v /= float64(n)
			if isoCode(l) == h && v > 0 && (top-v <= hintMargin || top < unsureBelow) {
				return h
			}
		}
	}
	for l, v := range scores {
		if l != best && v == scores[best] {
			return "" // an exact tie: nothing to choose by
		}
	}
	code := isoCode(best)
	if len(text) < shortTextBytes {
		// Sure of another language, lingua keeps it; unsure, one function
		// word with none of the other language's is enough.
		unsure := top < unsureBelow
		if fw := functionWordLanguage(text, unsure); fw != "" && (code == "fr" || code == "en" || unsure) {
			return fw
		}
	}
	return code
}

// functionWordLanguage returns "fr" or "en" when text's function words
// clearly favour that language — at least two of them (one when lenient),
// and more than twice as many as the other's — and "" otherwise. Words both
// languages use ("a", "on", "son", "en" as a name) count for neither.
func functionWordLanguage(text string, lenient bool) string {
	fr, en := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	}) {
		switch {
		case frenchFunctionWords[w]:
			fr++
		case englishFunctionWords[w]:
			en++
		}
	}
	least := 2
	if lenient {
		least = 1
	}
	switch {
	case fr >= least && fr > 2*en:
		return "fr"
	case en >= least && en > 2*fr:
		return "en"
	}
	return ""
}

var frenchFunctionWords = wordSet("le la les l de des du d et un une à au aux est sont ont été pour avec " +
	"dans sur par qui que qu va ce cette ces il elle ils leur leurs sa ses selon après chez vers")

var englishFunctionWords = wordSet("the an of to in for with and is are was were will would has have had " +
	"its by from at that this it be been said which their into after over")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// bestOf returns the language with the highest score, the first in lingua's
// order on a tie so that the result does not depend on map order.
func bestOf(scores map[lingua.Language]float64) lingua.Language {
	best := lingua.Unknown
	for l, v := range scores {
		if best == lingua.Unknown || v > scores[best] || v == scores[best] && l < best {
			best = l
		}
	}
	return best
}

// windows returns up to maxWindows pieces of text of at most windowBytes each,
// cut at spaces: the first from the lede (the first paragraph of prose), the
// others from the middle and the last quarter of the text, so that a quote or
// a list in one place does not decide alone.
func windows(text string) []string {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	lede := 0
	for off := 0; off < len(text); {
		end := strings.Index(text[off:], "\n")
		if end < 0 {
			end = len(text) - off
		}
		if end >= ledeMinBytes {
			lede = off
			break
		}
		off += end + 1
	}
	if len(text)-lede < windowBytes {
		lede = 0
	}
	starts := []int{lede, lede + (len(text)-lede)/2, lede + 3*(len(text)-lede)/4}
	var out []string
	prevEnd := -1
	for _, st := range starts {
		if st < prevEnd || len(out) == maxWindows {
			continue
		}
		w := window(text, st)
		if strings.TrimSpace(w) == "" {
			continue
		}
		out = append(out, w)
		prevEnd = st + len(w)
	}
	return out
}

// window returns at most windowBytes of text from byte offset start, moved
// to the next word start and cut at a space (or at a rune boundary in text
// without spaces).
func window(text string, start int) string {
	if start > 0 && text[start-1] != ' ' && text[start-1] != '\n' {
		if sp := strings.IndexAny(text[start:], " \n"); sp >= 0 && sp < windowBytes {
			start += sp + 1
		} else {
			for start < len(text) && !utf8.RuneStart(text[start]) {
				start++
			}
		}
	}
	text = text[start:]
	if len(text) <= windowBytes {
		return text
	}
	cut := strings.LastIndexAny(text[:windowBytes], " \n")
	if cut <= 0 {
		cut = windowBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return text[:cut]
}

// hintCode reduces an <html lang> value ("fr-FR", "en_US", "FR") to its
// lower-case primary subtag.
func hintCode(lang string) string {
	lang = strings.TrimSpace(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return strings.ToLower(lang)
}

func isoCode(l lingua.Language) string {
	if l == lingua.Unknown {
		return ""
	}
	return strings.ToLower(l.IsoCode639_1().String())
}
