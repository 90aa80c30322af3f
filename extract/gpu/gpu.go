// Package gpu finds AI accelerator products in news text: Nvidia data-center
// GPUs and rack systems, AMD Instinct, Google TPUs, AWS Trainium and
// Inferentia, Intel Gaudi, Microsoft Maia, Meta MTIA, Cerebras WSE, Groq LPU
// and Huawei Ascend, plus Nvidia architecture names.
//
// Models are recognised by the naming grammar of each family (a letter
// prefix and a round model number for Nvidia, "MI" and three digits for AMD,
// "TPU v" and a generation for Google…) rather than from a list, so that the
// next model of a family is found too. Names are canonical and written
// without the vendor: "GB300", "GB300 NVL72", "MI450", "TPU v7", "Gaudi 3".
package gpu

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Match is one accelerator mention: Text == text[Start:End] of the text
// given to Find, Name its canonical model name and Vendor the company that
// designs it.
type Match struct {
	Name, Vendor string
	Start, End   int
	Text         string
}

// Vendors, as canonical company names.
const (
	Nvidia    = "Nvidia"
	AMD       = "AMD"
	Google    = "Google"
	Amazon    = "Amazon"
	Intel     = "Intel"
	Microsoft = "Microsoft"
	Meta      = "Meta"
	Cerebras  = "Cerebras"
	Groq      = "Groq"
	Huawei    = "Huawei"
	Qualcomm  = "Qualcomm"
	Tesla     = "Tesla"
)

// candidate is a match before architecture names are merged into the model
// that follows or precedes them.
type candidate struct {
	Match
	arch bool // an architecture or platform name rather than a product
}

// Find returns the accelerator mentions of text in order of position.
func Find(text string) []Match {
	var cands []candidate
	for i := 0; i < len(text); {
		c := text[i]
		if !isAlnum(c) || !boundaryBefore(text, i) {
			i++
			continue
		}
		e := tokenEnd(text, i)
		if e == i {
			// Part of a longer word with non-ASCII letters: skip it.
			for i < len(text) && isAlnum(text[i]) {
				i++
			}
			continue
		}
		if m, ok := matchAt(text, i, e); ok {
			m = withRackSuffix(text, m)
			cands = append(cands, m)
			i = m.End
			continue
		}
		i = e
	}
	return merge(text, cands)
}

// matchAt classifies the token text[i:e] and what follows it.
func matchAt(text string, i, e int) (candidate, bool) {
	tok := text[i:e]
	switch {
	case tok == "DGX" || tok == "HGX":
		// System brands: the model that follows is what counts.
		if j, k, ok := nextToken(text, e, false); ok {
			if m, ok := nvidiaModel(text, j, k, true); ok {
				m.Start = i
				m.Text = text[i:m.End]
				return m, true
			}
		}
		return candidate{}, false
	case tok == "Instinct":
		if j, k, ok := nextToken(text, e, false); ok {
			if m, ok := amdModel(text, j, k); ok {
				m.Start = i
				m.Text = text[i:m.End]
				return m, true
			}
		}
		if context(text, i, e, amdWords) {
			return arch(text, i, e, "Instinct", AMD), true
		}
		return candidate{}, false
	}
	if m, ok := nvidiaModel(text, i, e, false); ok {
		return m, true
	}
	if m, ok := amdModel(text, i, e); ok {
		return m, true
	}
	if m, ok := otherModel(text, i, e); ok {
		return m, true
	}
	return nvidiaArch(text, i, e)
}

// nvidiaModel reads Nvidia product numbers: a family prefix (A, H, B, GB, GH,
// L, V, R, VR) and a round number (H100, B300, GB200, H20, L40S, B30A).
// Two-digit numbers are common outside chips (roads, "B20" fuel) and need
// chip context nearby unless strong is set.
func nvidiaModel(text string, i, e int, strong bool) (candidate, bool) {
	tok := text[i:e]
	p := 0
	for p < len(tok) && tok[p] >= 'A' && tok[p] <= 'Z' {
		p++
	}
	switch tok[:p] {
	case "A", "H", "B", "GB", "GH", "L", "V", "R", "VR":
	default:
		return candidate{}, false
	}
	d := p
	for d < len(tok) && isDigit(tok[d]) {
		d++
	}
	digits := tok[p:d]
	rest := tok[d:]
	name := tok
	end := e
	switch rest {
	case "":
	case "s":
		name, end = tok[:d], i+d // plural "H100s"
	case "S", "A":
	default:
		return candidate{}, false
	}
	round := len(digits) == 3 && digits[0] != '0' && digits[1:] == "00" ||
		len(digits) == 2 && digits[0] != '0' && digits[1] == '0'
	if !round {
		return candidate{}, false
	}
	weak := len(digits) == 2 && rest != "S" && rest != "A" || tok[:p] == "R" || tok[:p] == "L" && rest == ""
	if weak && !strong && !context(text, i, e, chipWords) {
		return candidate{}, false
	}
	return candidate{Match: Match{Name: name, Vendor: Nvidia, Start: i, End: end, Text: text[i:end]}}, true
}

// amdModel reads AMD Instinct numbers: "MI300X", "MI355X", "MI450", "MI300A".
func amdModel(text string, i, e int) (candidate, bool) {
	tok := text[i:e]
	if !strings.HasPrefix(tok, "MI") {
		return candidate{}, false
	}
	d := 2
	for d < len(tok) && isDigit(tok[d]) {
		d++
	}
	if n := d - 2; n < 2 || n > 3 || tok[2] == '0' {
		return candidate{}, false
	}
	end := e
	switch rest := tok[d:]; {
	case rest == "" || len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z':
	case rest == "s" || len(rest) == 2 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] == 's':
		end = e - 1
	default:
		return candidate{}, false
	}
	return candidate{Match: Match{Name: text[i:end], Vendor: AMD, Start: i, End: end, Text: text[i:end]}}, true
}

// otherModel reads the accelerators of Google, Amazon, Intel, Microsoft,
// Meta, Cerebras, Groq, Qualcomm, Tesla and Huawei.
func otherModel(text string, i, e int) (candidate, bool) {
	tok := text[i:e]
	mk := func(name, vendor string, end int) (candidate, bool) {
		return candidate{Match: Match{Name: name, Vendor: vendor, Start: i, End: end, Text: text[i:end]}}, true
	}
	switch {
	case tok == "TPU" || tok == "TPUs":
		// "TPU v5e", "TPU Ironwood"; a bare "TPU" is the family, reported
		// as such: like "Blackwell", it is the product when no generation
		// is named
		if j, k, ok := nextToken(text, e, false); ok {
			if v, ok := tpuVersion(text[j:k]); ok {
				return mk("TPU "+v, Google, k)
			}
			if name, ok := tpuCodename(text[j:k]); ok {
				return mk(name, Google, k)
			}
		}
		return mk("TPU", Google, e)
	case strings.HasPrefix(tok, "TPUv"):
		if v, ok := tpuVersion(tok[3:]); ok {
			return mk("TPU "+v, Google, e)
		}
	case tok == "Ironwood" || tok == "Trillium":
		name, _ := tpuCodename(tok)
		end := e
		if j, k, ok := nextToken(text, e, false); ok && (text[j:k] == "TPU" || text[j:k] == "TPUs") {
			end = j + 3
		} else if !context(text, i, e, googleWords) {
			return candidate{}, false
		}
		return mk(name, Google, end)
	case strings.HasPrefix(tok, "Trainium") || strings.HasPrefix(tok, "Inferentia"):
		base := "Trainium"
		if tok[0] == 'I' {
			base = "Inferentia"
		}
		gen := tok[len(base):]
		end := e
		if gen == "" {
			if j, k, ok := nextToken(text, e, false); ok && k-j == 1 && isDigit(text[j]) {
				gen, end = text[j:k], k
			}
		}
		if gen != "" && !allDigits(gen) {
			return candidate{}, false
		}
		return mk(base+gen, Amazon, end)
	case strings.HasPrefix(tok, "Gaudi"):
		gen := tok[len("Gaudi"):]
		end := e
		if gen == "" {
			if j, k, ok := nextToken(text, e, false); ok && k-j == 1 && isDigit(text[j]) {
				gen, end = text[j:k], k
			}
		}
		switch {
		case gen != "" && allDigits(gen) && len(gen) == 1:
			return mk("Gaudi "+gen, Intel, end)
		case gen == "" && context(text, i, e, intelWords):
			return mk("Gaudi", Intel, end)
		}
	case tok == "Maia":
		if j, k, ok := nextToken(text, e, false); ok && k-j == 3 && allDigits(text[j:k]) && text[j+1:k] == "00" {
			return mk("Maia "+text[j:k], Microsoft, k)
		}
		if context(text, i, e, microsoftWords) {
			return mk("Maia", Microsoft, e)
		}
	case tok == "MTIA" || tok == "MTIAs":
		if j, k, ok := nextToken(text, e, false); ok && tok == "MTIA" {
			if v := text[j:k]; len(v) >= 2 && v[0] == 'v' && allDigits(v[1:]) {
				return mk("MTIA "+v, Meta, k)
			}
		}
		return mk("MTIA", Meta, i+4)
	case tok == "WSE" || tok == "CS":
		// "WSE-3", "CS-3": the generation follows a hyphen.
		if e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]) {
			k := e + 1
			for k < len(text) && isDigit(text[k]) {
				k++
			}
			if k-e-1 <= 2 && boundaryAfter(text, k) && (tok == "WSE" || context(text, i, k, cerebrasWords)) {
				return mk(tok+text[e:k], Cerebras, k)
			}
		}
	case tok == "LPU" || tok == "LPUs":
		if context(text, i, e, groqWords) {
			return mk("LPU", Groq, i+3)
		}
	case len(tok) == 5 && tok[:2] == "AI" && allDigits(tok[2:]) && tok[2] != '0' && tok[4] == '0':
		// Qualcomm's rack accelerators: "AI200", "AI250".
		if context(text, i, e, qualcommWords) {
			return mk(tok, Qualcomm, e)
		}
	case len(tok) == 3 && tok[:2] == "AI" && tok[2] >= '3' && tok[2] <= '9':
		// Tesla's own chips: "AI5", "AI6" (a chip word or Tesla must be near)
		if context(text, i, e, teslaWords) {
			return mk(tok, Tesla, e)
		}
	case tok == "Dojo":
		if context(text, i, e, teslaWords) {
			return mk(tok, Tesla, e)
		}
	case tok == "Ascend":
		if j, k, ok := nextToken(text, e, false); ok && k-j >= 3 && allDigits(text[j:j+3]) &&
			(k-j == 3 || k-j == 4 && text[k-1] >= 'A' && text[k-1] <= 'Z') {
			return mk("Ascend "+text[j:k], Huawei, k)
		}
	}
	return candidate{}, false
}

// tpuVersion reads a TPU generation: "v5e", "v5p", "v6e", "v7".
func tpuVersion(s string) (string, bool) {
	if len(s) < 2 || s[0] != 'v' || !isDigit(s[1]) {
		return "", false
	}
	k := 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k-1 > 2 || len(s)-k > 1 || k < len(s) && (s[k] < 'a' || s[k] > 'z') {
		return "", false
	}
	return s, true
}

// tpuCodename maps TPU code names to the generation the scorer and the
// vendor use for them.
func tpuCodename(s string) (string, bool) {
	switch s {
	case "Ironwood":
		return "TPU v7", true
	case "Trillium":
		return "TPU v6e", true
	}
	return "", false
}

// nvidiaArch reads Nvidia architecture and platform names: Blackwell,
// Blackwell Ultra, Hopper, Grace, Grace Hopper, Grace Blackwell, Rubin,
// Rubin Ultra, Rubin CPX, Vera Rubin, Feynman. These words are also
// surnames and places, so a chip word must be nearby.
func nvidiaArch(text string, i, e int) (candidate, bool) {
	tok := text[i:e]
	switch tok {
	case "Blackwell", "Hopper", "Rubin", "Feynman", "Grace", "Vera", "BLACKWELL", "RUBIN", "HOPPER":
	default:
		return candidate{}, false
	}
	tok = titleASCII(tok)
	name, end := tok, e
	// Two-word names: "Blackwell Ultra", "Grace Blackwell (Ultra)",
	// "Grace Hopper", "Rubin CPX", "Rubin Ultra", "Vera Rubin" or "Vera-Rubin".
	for {
		j, k, ok := nextToken(text, end, true)
		if !ok {
			break
		}
		next := titleASCII(text[j:k])
		last := name[strings.LastIndexByte(name, ' ')+1:]
		switch {
		case next == "Ultra" && (last == "Blackwell" || last == "Rubin"),
			next == "Cpx" && last == "Rubin",
			next == "Blackwell" && name == "Grace",
			next == "Hopper" && name == "Grace",
			next == "Rubin" && name == "Vera":
			if next == "Cpx" {
				next = "CPX"
			}
			name += " " + next
			end = k
			continue
		}
		break
	}
	if name == "Vera" || strings.HasSuffix(name, "Rubin") && followedBy(text, end, "Observatory", "Observatoire") {
		return candidate{}, false
	}
	if !context(text, i, end, nvidiaWords) {
		return candidate{}, false
	}
	// The scorer and Nvidia treat these platform names as the products.
	switch name {
	case "Grace Blackwell":
		name = "GB200"
	case "Grace Blackwell Ultra":
		name = "GB300"
	case "Blackwell Ultra":
		name = "B300"
	}
	c := arch(text, i, end, name, Nvidia)
	c.arch = !isProductName(name)
	return c, true
}

func isProductName(name string) bool { return name == "GB200" || name == "GB300" || name == "B300" }

func arch(text string, i, e int, name, vendor string) candidate {
	return candidate{Match: Match{Name: name, Vendor: vendor, Start: i, End: e, Text: text[i:e]}, arch: true}
}

// withRackSuffix extends a match with a following "NVL72"/"NVL144" rack
// suffix ("GB300 NVL72", "Vera Rubin NVL144").
func withRackSuffix(text string, m candidate) candidate {
	if m.Vendor != Nvidia {
		return m
	}
	j, k, ok := nextToken(text, m.End, false)
	if !ok || k-j < 4 || text[j:j+3] != "NVL" || !allDigits(text[j+3:k]) {
		return m
	}
	m.Name += " " + text[j:k]
	m.End = k
	m.Text = text[m.Start:k]
	m.arch = false
	return m
}

// merge folds an architecture name into the product it qualifies
// ("Blackwell B200" → B200, "GH200 Grace Hopper" → GH200) and sorts.
func merge(text string, cands []candidate) []Match {
	out := make([]Match, 0, len(cands))
	for k := 0; k < len(cands); k++ {
		c := cands[k]
		if k+1 < len(cands) {
			n := cands[k+1]
			if c.arch && !n.arch && c.Vendor == n.Vendor && onlySpace(text[c.End:n.Start]) {
				n.Start = c.Start
				n.Text = text[n.Start:n.End]
				cands[k+1] = n
				continue
			}
			if !c.arch && n.arch && c.Vendor == n.Vendor && onlySpace(text[c.End:n.Start]) {
				c.End = n.End
				c.Text = text[c.Start:c.End]
				out = append(out, c.Match)
				k++
				continue
			}
		}
		out = append(out, c.Match)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func onlySpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// Context words, lower case, searched near weak names.
var (
	chipWords = []string{"nvidia", "gpu", "chip", "puce", "accelerat", "accélérat", "superchip", "processeur",
		"processor", "graphics", "graphique", "amd", "semiconduct", "semi-conduct", "h100", "h200", "blackwell", "hopper", "export"}
	nvidiaWords = []string{"nvidia", "gpu", "chip", "puce", "accelerat", "accélérat", "superchip", "processeur",
		"processor", "graphics", "graphique", "platform", "plateforme", "architecture", "nvl", "rack", "génération",
		"generation", "system", "système"}
	amdWords       = []string{"amd", "gpu", "accelerat", "accélérat"}
	googleWords    = []string{"tpu", "google", "chip", "puce"}
	intelWords     = []string{"intel", "habana", "chip", "puce", "accelerat", "accélérat"}
	microsoftWords = []string{"microsoft", "chip", "puce", "accelerat", "accélérat"}
	cerebrasWords  = []string{"cerebras", "wafer"}
	qualcommWords  = []string{"qualcomm"}
	teslaWords     = []string{"tesla", "musk"}
	groqWords      = []string{"groq", "chip", "puce", "inference", "inférence", "processing unit", "processor"}
)

// contextWindow is how far, in bytes, context words are looked for around
// a weak name: about a clause on each side.
const contextWindow = 120

// context reports whether one of words occurs (case-insensitively) within
// contextWindow bytes of text[i:e].
func context(text string, i, e int, words []string) bool {
	lo, hi := i-contextWindow, e+contextWindow
	if lo < 0 {
		lo = 0
	}
	if hi > len(text) {
		hi = len(text)
	}
	win := text[lo:hi]
	for _, w := range words {
		if containsFold(win, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case word w, ignoring
// ASCII case in s.
func containsFold(s, w string) bool {
	if len(w) == 0 {
		return true
	}
	first := w[0]
	for k := 0; k+len(w) <= len(s); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		ok := true
		for m := 1; m < len(w); m++ {
			d := s[k+m]
			if d >= 'A' && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != w[m] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// followedBy reports whether one of words comes next after spaces.
func followedBy(text string, i int, words ...string) bool {
	j, k, ok := nextToken(text, i, false)
	if !ok {
		return false
	}
	for _, w := range words {
		if text[j:k] == w {
			return true
		}
	}
	return false
}

// nextToken returns the ASCII alphanumeric token after the spaces (and, if
// hyphen is set, a hyphen) that follow byte i; ok is false when something
// else comes first.
func nextToken(text string, i int, hyphen bool) (int, int, bool) {
	j := i
	n := 0
	for j < len(text) && n < 3 {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !isSpace(r) && !(hyphen && r == '-') {
			break
		}
		j += w
		n++
	}
	if j == i || j >= len(text) || !isAlnum(text[j]) {
		return 0, 0, false
	}
	return j, tokenEnd(text, j), true
}

// tokenEnd returns the end of the ASCII alphanumeric run at i, or i when the
// run is followed by another letter (an accented one), which makes it part
// of a longer word.
func tokenEnd(text string, i int) int {
	j := i
	for j < len(text) && isAlnum(text[j]) {
		j++
	}
	if !boundaryAfter(text, j) {
		return i
	}
	return j
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return s != ""
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\t'
}

func boundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// titleASCII turns "BLACKWELL" into "Blackwell"; other words are unchanged
// except for their case after the first letter.
func titleASCII(s string) string {
	if len(s) < 2 {
		return s
	}
	allUpper := true
	for k := 1; k < len(s); k++ {
		if s[k] >= 'a' && s[k] <= 'z' {
			allUpper = false
			break
		}
	}
	if !allUpper {
		return s
	}
	return s[:1] + strings.ToLower(s[1:])
}
