package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// languageSampleBytes is how much of a text the detector reads. Lingua's cost
// grows with the text; a kilobyte and a half of article prose (a few
// sentences) is far past the length where its accuracy levels off, and keeps
// detection to about a millisecond per article.
const languageSampleBytes = 1500

// The page's declared <html lang> is only a tie-breaker, since templates
// often carry a site-wide lang="en" on translated or syndicated articles. It
// wins when its language's confidence (lingua's, 0–1) is within hintMargin of
// the best one, or when the detector is unsure — the best language has under
// unsureBelow, as happens on a few words — and gives it some confidence.
const (
	hintMargin  = 0.15
	unsureBelow = 0.6
)

// candidateLanguages are the languages the detector chooses among: French and
// English, which are processed, and the languages whose news most often sits
// beside them in European feeds, so that those articles are recognised and
// skipped rather than forced into French or English. Languages with scripts of
// their own (Russian, Chinese, Japanese, Korean, Arabic, Greek) are recognised
// by lingua's script rules and cost no model memory on Latin-script text.
func candidateLanguages() []lingua.Language {
	return []lingua.Language{
		lingua.French, lingua.English,
		lingua.German, lingua.Spanish, lingua.Italian, lingua.Portuguese,
		lingua.Dutch, lingua.Catalan, lingua.Polish, lingua.Romanian,
		lingua.Swedish, lingua.Danish, lingua.Bokmal, lingua.Finnish,
		lingua.Turkish, lingua.Czech,
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
	values := d.detector.ComputeLanguageConfidenceValues(sample(text))
	if len(values) == 0 || values[0].Value() == 0 {
		return ""
	}
	best := values[0]
	if h := hintCode(hint); h != "" {
		for _, v := range values[1:] {
			if isoCode(v.Language()) == h && v.Value() > 0 &&
				(best.Value()-v.Value() <= hintMargin || best.Value() < unsureBelow) {
				return h
			}
		}
	}
	if len(values) > 1 && best.Value() == values[1].Value() {
		return ""
	}
	return isoCode(best.Language())
}

// sample returns the first languageSampleBytes of text, cut at a space.
func sample(text string) string {
	if len(text) <= languageSampleBytes {
		return text
	}
	cut := strings.LastIndexByte(text[:languageSampleBytes], ' ')
	if cut <= 0 {
		cut = languageSampleBytes
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
