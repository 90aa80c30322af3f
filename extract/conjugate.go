package extract

import "strings"

// frVerbForms returns the third-person and participle forms of French
// verbs given by their infinitive — present, simple past, future,
// conditional, past participle (four agreements), present participle — so
// that the trigger lexicon knows "achèteront" or "financeraient" without
// listing each by hand. The imperfect is left out: news uses it for
// background states ("Anthropic louait sa capacité à AWS"), not for the
// deal it reports. It handles the first group (with the "acheter/lever"
// grave accent, "-cer", "-ger" and "-yer" spellings) and the second group
// ("investir"); irregular verbs are listed by hand where they are used.
func frVerbForms(infinitives ...string) []string {
	var out []string
	for _, inf := range infinitives {
		switch {
		case strings.HasSuffix(inf, "er"):
			out = append(out, firstGroup(strings.TrimSuffix(inf, "er"))...)
		case strings.HasSuffix(inf, "ir"):
			s := strings.TrimSuffix(inf, "ir")
			out = append(out, inf, s+"it", s+"issent", s+"irent",
				s+"ira", s+"iront", s+"irait", s+"iraient",
				s+"i", s+"ie", s+"is", s+"ies", s+"issant")
		}
	}
	return out
}

// firstGroup conjugates a first-group verb from its stem ("sign", "achet").
func firstGroup(stem string) []string {
	// mute-e forms take a grave accent ("achète", "lèvera") or turn y into
	// i ("paie", "déploiera"); forms before a or o keep the c and g soft
	mute := stem
	switch {
	case strings.HasSuffix(stem, "y"):
		mute = strings.TrimSuffix(stem, "y") + "i"
	case len(stem) >= 2 && strings.HasSuffix(stem[:len(stem)-1], "e") && strings.ContainsAny(stem[len(stem)-1:], "tvlmn"):
		// acheter, lever, amener: the e before the last consonant
		mute = stem[:len(stem)-2] + "è" + stem[len(stem)-1:]
	}
	hard := stem
	switch {
	case strings.HasSuffix(stem, "c"):
		hard = strings.TrimSuffix(stem, "c") + "ç"
	case strings.HasSuffix(stem, "g"):
		hard = stem + "e"
	}
	return []string{stem + "er", mute + "e", mute + "ent", hard + "a", stem + "èrent",
		mute + "era", mute + "eront", mute + "erait", mute + "eraient",
		stem + "é", stem + "ée", stem + "és", stem + "ées", hard + "ant"}
}

// withoutParticiples drops the past participles ("déployé", "déployées")
// from forms: used as adjectives, they describe rather than act.
func withoutParticiples(forms []string) []string {
	var out []string
	for _, f := range forms {
		if !participle(f) {
			out = append(out, f)
		}
	}
	return out
}

// participle reports a past participle of a regular verb: French
// "-é/-ée/-és/-ées", English "-ed".
func participle(w string) bool {
	for _, suffix := range []string{"é", "ée", "és", "ées", "ed"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}
