package entity

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word or punctuation mark of a text, with byte offsets.
type token struct {
	start, end int
	text       string // as written
	fold       string // lower case, without diacritics, curly apostrophes made straight
	word       bool   // letters or digits (false: one punctuation rune)
	sent       int    // index of the sentence holding the token
	sentStart  bool   // first word of its sentence
	spaceAfter bool   // whitespace (or end of text) follows the token
	nlBefore   bool   // a line break separates it from the previous token
}

// capitalised reports whether the token starts with an upper-case letter.
func (t *token) capitalised() bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// nameLike reports whether the token can be part of a proper name: it starts
// with an upper-case letter or is a mixed letter/digit code such as "G42".
func (t *token) nameLike() bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		return false
	}
	// "xAI", "iFlytek", "d-Matrix": lower-case first letter, upper case later.
	for _, r := range t.text[1:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

// fold returns the matching key of a word: lower case, no diacritics.
func fold(s string) string {
	return string(appendFold(nil, s))
}

// appendFold appends the folded form of s to b.
func appendFold(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		return b
	}
	for _, r := range s {
		if r >= 0xC0 && r <= 0x17F {
			if base := latinBase[r-0xC0]; base != 0 {
				b = append(b, base)
				continue
			}
		}
		if r < utf8.RuneSelf || unicode.Is(unicode.Mn, r) || isApostrophe(r) || !unicode.IsLetter(r) {
			b = appendFoldRune(b, r)
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			b = appendFoldRune(b, d)
		}
	}
	return b
}

// latinBase maps the accented letters of Latin-1 and Latin Extended-A
// (U+00C0–U+017F) to their lower-case base letter, 0 where there is none
// ("æ", "ß", "×"), so that most French and European words fold without a
// Unicode decomposition.
var latinBase = func() [0x17F - 0xC0 + 1]byte {
	var t [0x17F - 0xC0 + 1]byte
	for r := rune(0xC0); r <= 0x17F; r++ {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) >= 1 && d[0] < utf8.RuneSelf && (len(d) == 1 || unicode.Is(unicode.Mn, d[1])) && d[0] != r {
			t[r-0xC0] = byte(unicode.ToLower(d[0]))
		}
	}
	return t
}()

// appendFoldRune appends one rune of a decomposed word in folded form.
func appendFoldRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	switch {
	case unicode.Is(unicode.Mn, r):
		return b
	case isApostrophe(r):
		return append(b, '\'')
	case r == 'ß':
		return append(b, "ss"...)
	case r == 'ø' || r == 'Ø':
		return append(b, 'o')
	case r == 'æ' || r == 'Æ':
		return append(b, "ae"...)
	case r == 'œ' || r == 'Œ':
		return append(b, "oe"...)
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// abbreviations are words after which a full stop does not end a sentence.
var abbreviations = map[string]bool{
	"inc": true, "corp": true, "ltd": true, "co": true, "st": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "m": true, "mme": true, "vs": true, "no": true, "jr": true, "sr": true, "prof": true,
	"approx": true, "env": true, "cf": true, "etc": true, "p": true, "ste": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "plc": true, "bros": true, "dept": true,
}

// tokenize splits text into words and punctuation marks and marks sentence
// boundaries. Offsets are byte offsets into text.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4+16)
	// All folded words go into one buffer, sliced once the text is read, so
	// that folding costs one allocation per text rather than one per word.
	folds := make([]byte, 0, len(text))
	var foldEnd []int
	sawNL := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
				sawNL = true
			}
			i += size
			continue
		}
		start := i
		word := isWordRune(r)
		if word {
			for i < len(text) {
				r, size = rune(text[i]), 1
				if r >= utf8.RuneSelf {
					r, size = utf8.DecodeRuneInString(text[i:])
				}
				if !isWordRune(r) {
					break
				}
				i += size
			}
		} else {
			i += size
		}
		t := token{start: start, end: i, text: text[start:i], word: word, nlBefore: sawNL}
		if word {
			folds = appendFold(folds, t.text)
			foldEnd = append(foldEnd, len(toks), len(folds))
		} else if isApostrophe(r) {
			t.fold = "'"
		} else if r == '\u2010' || r == '\u2011' {
			t.fold = "-" // hyphens that word processors and sites insert
		} else {
			t.fold = t.text
		}
		toks = append(toks, t)
		sawNL = false
	}
	all := string(folds)
	from := 0
	for k := 0; k < len(foldEnd); k += 2 {
		toks[foldEnd[k]].fold = all[from:foldEnd[k+1]]
		from = foldEnd[k+1]
	}
	sent := 0
	needStart := true
	for k := range toks {
		t := &toks[k]
		t.spaceAfter = t.end == len(text) || (k+1 < len(toks) && toks[k+1].start > t.end)
		if t.nlBefore && k > 0 {
			if !needStart {
				sent++
			}
			needStart = true
		}
		t.sent = sent
		if t.word && needStart {
			t.sentStart = true
			needStart = false
		}
		if !t.word && endsSentence(toks, k) {
			sent++
			needStart = true
		}
	}
	return toks
}

// endsSentence reports whether the punctuation token at k closes a sentence.
func endsSentence(toks []token, k int) bool {
	switch toks[k].text {
	case "!", "?", "…":
		return true
	case ".":
	default:
		return false
	}
	if !toks[k].spaceAfter {
		return false // "Amazon.com", "9.7", "U.S."
	}
	if k > 0 && toks[k-1].word && toks[k-1].end == toks[k].start {
		prev := toks[k-1]
		if abbreviations[prev.fold] {
			return false
		}
		if utf8.RuneCountInString(prev.text) == 1 && prev.capitalised() {
			return false // initials and "U.S." … but a sentence may end in "U.S." too
		}
	}
	return true
}
