package measure

import (
	"github.com/newsgraph/newsgraph/extract/gpu"
)

// Quantity is one measured value and where it is written:
// Text == text[Start:End]. For a range ("1 à 2 GW") both ends are reported,
// each with the span of the whole range.
type Quantity struct {
	Value      float64
	Start, End int
	Text       string
}

// RangeNext reports where the second number of a range starting with n
// would begin: after "-", "–", "to", "à", or "et"/"and" when "entre" or
// "between" comes before n ("entre 10 et 15", "between 10 and 15"). It
// returns -1 when no range connector follows n.
func RangeNext(text string, n Num, lang string) int {
	j := SkipSpace(text, n.End)
	if j >= len(text) {
		return -1
	}
	if k := SkipDash(text, j); k > j {
		// A dash glued to a word number is a compound ("five-year"), not a range.
		if n.Word {
			return -1
		}
		return SkipSpace(text, k)
	}
	w, e := WordAt(text, j)
	if e == j || SkipSpace(text, e) == e {
		return -1
	}
	switch w {
	case "to", "à":
		return SkipSpace(text, e)
	case "et", "and":
		if before, _ := WordBefore(text, SkipSpaceBack(text, n.Start)); before == "entre" || before == "between" ||
			before == "Entre" || before == "Between" {
			return SkipSpace(text, e)
		}
	}
	return -1
}

// powerUnits maps unit words (lower case) and case-sensitive abbreviations
// to their value in megawatts.
var (
	powerWords = map[string]float64{
		"megawatt": 1, "megawatts": 1, "mégawatt": 1, "mégawatts": 1,
		"gigawatt": 1000, "gigawatts": 1000, "kilowatt": 0.001, "kilowatts": 0.001,
		"terawatt": 1e6, "terawatts": 1e6, "térawatt": 1e6, "térawatts": 1e6,
	}
	powerAbbrevs = map[string]float64{
		"MW": 1, "MWe": 1, "MWc": 1, "GW": 1000, "GWe": 1000, "kW": 0.001, "KW": 0.001, "TW": 1e6,
	}
)

// Power returns the electric power figures of text in megawatts: "750
// mégawatts", "1,2 GW", "1.4GW", "800-megawatt", "six gigawatts", "un
// gigawatt". Energy (MWh, GWh) is not power; "a gigawatt-scale campus" is
// not a figure.
func Power(text, lang string) []Quantity {
	var out []Quantity
	ForEachNumber(text, lang, func(n Num) int {
		second, hasSecond := Num{}, false
		j := n.End
		if k := RangeNext(text, n, lang); k >= 0 {
			if m, ok := ScanNumber(text, k, lang); ok && !m.Article {
				second, hasSecond, j = m, true, m.End
			}
		}
		f, end, ok := powerUnit(text, j, n.Article)
		if !ok {
			return 0
		}
		if n.Article && followedByScaleWord(text, end) {
			return 0
		}
		span := text[n.Start:end]
		out = append(out, Quantity{Value: n.Value * f, Start: n.Start, End: end, Text: span})
		if hasSecond {
			out = append(out, Quantity{Value: second.Value * f, Start: n.Start, End: end, Text: span})
		}
		return end
	})
	return out
}

// powerUnit reads a power unit after spaces or a hyphen at i and returns its
// factor to megawatts and its end.
func powerUnit(text string, i int, wordsOnly bool) (float64, int, bool) {
	j := SkipSpace(text, i)
	if j == i {
		j = SkipDash(text, i)
	}
	w, e := WordAt(text, j)
	if e == j || !BoundaryAfter(text, e) {
		return 0, 0, false
	}
	var buf [24]byte
	if f, ok := powerWords[Lower(buf[:], w)]; ok {
		return f, e, true
	}
	if f, ok := powerAbbrevs[w]; ok && !wordsOnly {
		return f, e, true
	}
	return 0, 0, false
}

// followedByScaleWord reports whether "-scale" or "-class" follows i, as in
// "a gigawatt-scale data center", a size class rather than a figure.
func followedByScaleWord(text string, i int) bool {
	k := SkipDash(text, i)
	if k == i {
		return false
	}
	w, _ := WordAt(text, k)
	var buf [16]byte
	switch Lower(buf[:], w) {
	case "scale", "class", "level", "sized":
		return true
	}
	return false
}

// ForEachNumber calls fn with every number of text in order (digits or
// words, articles included, see Num.Article); fn returns the index to go on
// from, or 0 to go on just after the number. Grammars built on the shared
// number reading use it to find their anchors.
func ForEachNumber(text, lang string, fn func(Num) int) {
	for i := 0; i < len(text); {
		c := text[i]
		isStart := IsDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0
		if !isStart || !BoundaryBefore(text, i) {
			i++
			continue
		}
		n, ok := ScanNumber(text, i, lang)
		if !ok {
			// Skip the rest of the word or digit run.
			_, e := WordAt(text, i)
			if e == i {
				e = digitRun(text, i)
			}
			if e == i {
				e = i + 1
			}
			i = e
			continue
		}
		if next := fn(n); next > n.End {
			i = next
		} else {
			i = n.End
		}
	}
}

// chipNouns are the words that name what a GPU count counts.
var chipNouns = map[string]bool{
	"gpu": true, "gpus": true, "puce": true, "puces": true, "chip": true, "chips": true,
	"superchip": true, "superchips": true, "accelerator": true, "accelerators": true,
	"accélérateur": true, "accélérateurs": true, "processeur": true, "processeurs": true,
	"processor": true, "processors": true, "tpu": true, "tpus": true, "npu": true, "npus": true,
	"lpu": true, "lpus": true, "xpu": true, "xpus": true,
}

// systemNouns count chips only when a model follows ("18 000 systèmes
// NVIDIA Grace Blackwell").
var systemNouns = map[string]bool{
	"system": true, "systems": true, "système": true, "systèmes": true, "superpuce": true,
	"servers": true, "serveurs": true, "cartes": true, "cards": true, "units": true, "unités": true,
}

// rackNouns after a model show that racks or servers are counted, not chips.
var rackNouns = map[string]bool{
	"rack": true, "racks": true, "baie": true, "baies": true, "server": true, "servers": true,
	"serveur": true, "serveurs": true, "node": true, "nodes": true, "nœuds": true, "pods": true,
}

// countFillers may stand between a count and the chip noun.
var countFillers = map[string]bool{
	"de": true, "d": true, "of": true, "des": true, "du": true, "the": true, "its": true, "their": true,
	"ses": true, "leurs": true, "ces": true, "these": true, "our": true, "nos": true,
	"additional": true, "more": true, "new": true, "latest": true, "newest": true, "fastest": true,
	"most": true, "advanced": true, "powerful": true, "next": true, "generation": true, "gen": true,
	// the maker named by a description: "50,000 of the U.S. chipmaker's GPUs"
	"chipmaker": true, "chip": true, "designer": true, "maker": true, "company": true, "group": true,
	"nouvelles": true, "nouveaux": true, "nouveau": true, "nouvelle": true, "dernières": true,
	"derniers": true, "dernière": true, "supplémentaires": true, "avancées": true, "high": true, "end": true,
	"cutting": true, "edge": true, "ai": true, "ia": true, "graphics": true, "graphiques": true, "processing": true,
	"super": true, "génération": true, "prochaine": true, "data": true, "center": true, "centre": true,
}

// maxCountWords bounds the words between a count and its chip noun.
const maxCountWords = 6

// GPUCounts returns the chip counts of text: "200 000 GPU", "100,000 Nvidia
// GB300 chips", "400 000 puces Nvidia GB200", "1 million de puces", "a
// million GPUs", "100,000 H100s", "entre 4 et 5 millions de GPU". Vague
// quantities ("des dizaines de milliers", "tens of thousands") have no
// number and are not reported.
func GPUCounts(text, lang string) []Quantity { return CountChips(text, lang, gpu.Find(text)) }

// CountChips is GPUCounts for a caller that already has the accelerator
// mentions of text (gpu.Find(text), in order), so that they are not looked
// for twice.
func CountChips(text, lang string, models []gpu.Match) []Quantity {
	var out []Quantity
	ForEachNumber(text, lang, func(n Num) int {
		if precededByMoneySign(text, n.Start) || n.Frac && n.Value < 1 {
			return 0
		}
		second, hasSecond := Num{}, false
		j := n.End
		if k := RangeNext(text, n, lang); k >= 0 {
			if m, ok := ScanNumber(text, k, lang); ok && !m.Article {
				second, hasSecond, j = m, true, m.End
			}
		}
		factor := 1.0
		if k := SkipSpace(text, j); k < len(text) {
			if sc, ok := ScanScale(text, k, lang); ok && (sc.Factor == 1e3 || sc.Factor == 1e6) {
				factor, j = sc.Factor, sc.End
			}
		}
		if n.Article && factor == 1 {
			return 0
		}
		end, ok := countedChips(text, j, models)
		if !ok {
			return 0
		}
		span := text[n.Start:end]
		out = append(out, Quantity{Value: Scaled(n.Value, factor), Start: n.Start, End: end, Text: span})
		if hasSecond {
			out = append(out, Quantity{Value: Scaled(second.Value, factor), Start: n.Start, End: end, Text: span})
		}
		return end
	})
	return out
}

// countedChips reports whether the words after i name chips, within a few
// filler words, and returns the end of the noun or model.
func countedChips(text string, i int, models []gpu.Match) (int, bool) {
	var buf [32]byte
	pos := i
	for step := 0; step < maxCountWords; step++ {
		pos = skipJoiners(text, pos)
		if pos >= len(text) {
			return 0, false
		}
		if m, ok := modelAt(models, pos); ok {
			end := m.End
			// "GB300 GPUs": take the noun too; "GB200 NVL72 racks" counts racks.
			if k := SkipSpace(text, end); k > end {
				w, e := WordAt(text, k)
				lw := Lower(buf[:], w)
				if rackNouns[lw] {
					return 0, false
				}
				if chipNouns[lw] {
					end = e
				}
			}
			return end, true
		}
		w, e := WordAt(text, pos)
		if e == pos {
			return 0, false
		}
		lw := Lower(buf[:], w)
		switch {
		case chipNouns[lw]:
			return withModelAfter(text, e, models), true
		case systemNouns[lw]:
			if end := withModelAfter(text, e, models); end > e {
				return end, true
			}
			return 0, false
		case countFillers[lw], isCapitalized(w):
			pos = SkipApostrophe(text, e)
			if pos > e && pos < len(text) && (text[pos] == 's') && BoundaryAfter(text, pos+1) {
				pos++ // possessive "Nvidia's"
			}
			if len(w) == 1 && pos < len(text) && text[pos] == '.' {
				pos++ // an initial: "the U.S. chipmaker's GPUs"
			}
		default:
			return 0, false
		}
	}
	return 0, false
}

// withModelAfter extends a chip noun with the vendor and model that follow
// it ("puces Nvidia GB200", "systèmes NVIDIA Grace Blackwell").
func withModelAfter(text string, i int, models []gpu.Match) int {
	pos := i
	for step := 0; step < 3; step++ {
		pos = skipJoiners(text, pos)
		if m, ok := modelAt(models, pos); ok {
			return m.End
		}
		w, e := WordAt(text, pos)
		if e == pos || !isCapitalized(w) && w != "de" && w != "of" {
			break
		}
		pos = e
	}
	return i
}

// skipJoiners skips spaces, hyphens and apostrophes between words.
func skipJoiners(text string, i int) int {
	for {
		j := SkipSpace(text, i)
		j = SkipDash(text, j)
		j = SkipApostrophe(text, j)
		if j == i {
			return i
		}
		i = j
	}
}

func modelAt(models []gpu.Match, pos int) (gpu.Match, bool) {
	lo, hi := 0, len(models)
	for lo < hi {
		mid := (lo + hi) / 2
		if models[mid].Start < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(models) && models[lo].Start == pos {
		return models[lo], true
	}
	return gpu.Match{}, false
}

func isCapitalized(w string) bool {
	return w != "" && (w[0] >= 'A' && w[0] <= 'Z')
}

// precededByMoneySign reports whether a currency sign comes just before i.
func precededByMoneySign(text string, i int) bool {
	j := SkipSpaceBack(text, i)
	if j == 0 {
		return false
	}
	switch text[j-1] {
	case '$':
		return true
	}
	for _, s := range []string{"€", "£", "¥", "₹", "₩"} {
		if j >= len(s) && text[j-len(s):j] == s {
			return true
		}
	}
	return false
}
