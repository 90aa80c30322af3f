package measure

import (
	"unicode"
	"unicode/utf8"
)

// IsSpace reports whether r separates words on one line: the plain space,
// the tab and the no-break, narrow no-break, thin and figure spaces French
// typography puts before units and between thousands.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u2003':
		return true
	}
	return false
}

// isGroupSpace reports whether r is a space used inside numbers as a
// thousands separator in any language (plain spaces are French-only and
// handled by the caller).
func isGroupSpace(r rune) bool {
	return r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

// SkipSpace returns the first byte index at or after i that is not a
// horizontal space (see IsSpace).
func SkipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// SkipSpaceBack returns the smallest index j ≤ i such that text[j:i] is only
// horizontal spaces.
func SkipSpaceBack(text string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// IsWordRune reports whether r belongs to a word (letter or digit).
func IsWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// IsLetter reports whether r is a letter.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// BoundaryBefore reports whether a word may start at byte i: i is the start
// of text or the rune before it is not a letter or digit.
func BoundaryBefore(text string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !IsWordRune(r)
}

// BoundaryAfter reports whether a word may end at byte i: i is the end of
// text or the rune at i is not a letter or digit.
func BoundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !IsWordRune(r)
}

// WordAt returns the run of letters starting at byte i (apostrophes and
// hyphens excluded) and the index just after it; end == i when there is none.
func WordAt(text string, i int) (word string, end int) {
	end = i
	for end < len(text) {
		c := text[end]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				end++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	return text[i:end], end
}

// WordBefore returns the run of letters that ends at byte i and its start;
// start == i when there is none.
func WordBefore(text string, i int) (word string, start int) {
	start = i
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !IsLetter(r) {
			break
		}
		start -= n
	}
	return text[start:i], start
}

// Lower folds a short word to lower case (ASCII and the accented capitals of
// French) into buf and returns the folded string; buf must be large enough
// for word, longer words are returned as is.
func Lower(buf []byte, word string) string {
	if len(word) > len(buf) || !hasUpper(word) {
		return word // most words are already lower case: no copy
	}
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == 0xC3 && i+1 < len(word) && word[i+1] >= 0x80 && word[i+1] <= 0x9E {
			// Latin-1 capitals À..Þ are 0xC3 0x80..0x9E; their small forms are 0xC3 0xA0..0xBE.
			buf[n] = c
			buf[n+1] = word[i+1] + 0x20
			n += 2
			i++
			continue
		}
		buf[n] = c
		n++
	}
	return string(buf[:n])
}

// hasUpper reports whether word has an ASCII or Latin-1 capital letter.
func hasUpper(word string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' || c == 0xC3 && i+1 < len(word) && word[i+1] >= 0x80 && word[i+1] <= 0x9E {
			return true
		}
	}
	return false
}

// HasPrefixFold reports whether text[i:] starts with prefix, ignoring ASCII
// case; prefix must be lower case.
func HasPrefixFold(text string, i int, prefix string) bool {
	if i < 0 || len(text)-i < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := text[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// isApostrophe reports whether r is a straight or typographic apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// SkipApostrophe returns the index after an apostrophe at i, or i.
func SkipApostrophe(text string, i int) int {
	if i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isApostrophe(r) {
			return i + n
		}
	}
	return i
}

// isDash reports whether r is a hyphen or a dash used between numbers or
// inside compounds ("5-year", "10–15", "five‑year" with U+2011).
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‑', '‒', '–', '—', '−':
		return true
	}
	return false
}

// SkipDash returns the index after a hyphen or dash at i, or i.
func SkipDash(text string, i int) int {
	if i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if isDash(r) {
			return i + n
		}
	}
	return i
}

// IsDigit reports whether c is an ASCII digit.
func IsDigit(c byte) bool { return c >= '0' && c <= '9' }
