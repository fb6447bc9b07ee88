package eval

import "github.com/vigil-osint/vigil/internal/vigil"

// caseCodes maps ACLED sub-event types to the codes of the CASE 2021 shared
// task 2, as the task's own list spells them. The task's other codes
// (NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ORG_CRIME, ATTRIB) are
// outside ACLED: for them the right output is no event, scored here as the
// empty code.
var caseCodes = map[string]string{
	"Armed clash":                         "ARMED_CLASH",
	"Government regains territory":        "GOV_REGAINS_TERIT",
	"Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
	"Chemical weapon":                     "CHEM_WEAP",
	"Air/drone strike":                    "AIR_STRIKE",
	"Suicide bomb":                        "SUIC_BOMB",
	"Shelling/artillery/missile attack":   "ART_MISS_ATTACK",
	"Remote explosive/landmine/IED":       "REM_EXPLOS",
	"Grenade":                             "GRENADE",
	"Sexual violence":                     "SEX_VIOL",
	"Attack":                              "ATTACK",
	"Abduction/forced disappearance":      "ABDUCT_DISSAP",
	"Peaceful protest":                    "PEACE_PROTEST",
	"Protest with intervention":           "PROTEST_WITH_INTER",
	"Excessive force against protesters":  "FORCE_AGAINST_PROTEST",
	"Violent demonstration":               "VIOL_DEMONSTR",
	"Mob violence":                        "MOB_VIOL",
	"Agreement":                           "AGREEMENT",
	"Arrests":                             "ARREST",
	"Change to group/activity":            "CHANGE_TO_GROUP_ACT",
	"Disrupted weapons use":               "DISR_WEAP",
	"Headquarters or base established":    "HQ_ESTABLISHED",
	"Looting/property destruction":        "PROPERTY_DISTRUCT",
	"Non-violent transfer of territory":   "NON_VIOL_TERRIT_TRANSFER",
	"Other":                               "OTHER",
}

// caseSpellings are other spellings of the task's codes found in copies of
// its data and in lists derived from it; a gold code in any of them names
// the same sub-type.
var caseSpellings = map[string]string{
	"ARTILLERY_MISSILE_ATTACK": "ART_MISS_ATTACK",
	"ARTY_MISSILE_ATTACK":      "ART_MISS_ATTACK",
	"CHEM_WEAPON":              "CHEM_WEAP",
	"EXCESSIVE_FORCE":          "FORCE_AGAINST_PROTEST",
	"SEXUAL_VIOLENCE":          "SEX_VIOL",
	"PROPERTY_DESTRUCT":        "PROPERTY_DISTRUCT",
	"GOV_REGAINS_TERRIT":       "GOV_REGAINS_TERIT",
}

// CASECode returns the CASE 2021 code of an ACLED sub-event type, in the
// task's own spelling, or "" for a sub-type CASE does not code.
func CASECode(subEventType string) string { return caseCodes[subEventType] }

// CanonicalCASECode returns code in the task's own spelling.
func CanonicalCASECode(code string) string {
	if c, ok := caseSpellings[code]; ok {
		return c
	}
	return code
}

// nonACLED are the CASE codes for which vigil should report no event.
var nonACLED = map[string]bool{
	"NATURAL_DISASTER": true, "MAN_MADE_DISASTER": true, "DIPLO": true, "ORG_CRIME": true, "ATTRIB": true,
}

type caseGold struct {
	CaseSubtype string `json:"case_subtype"`
}

// scoreCASE scores the first event's sub-type as a CASE code. An output
// with no event predicts the empty code, right for the non-ACLED codes.
func scoreCASE(system string, rows []Row, outs []vigil.Extraction) ([]Result, error) {
	all, acled, other := newTally(), newTally(), newTally()
	for i, r := range rows {
		g, err := decodeGold[caseGold](r)
		if err != nil {
			return nil, err
		}
		pred := ""
		if e, ok := firstEvent(outs[i]); ok {
			pred = caseCodes[e.SubEventType]
			if pred == "" {
				pred = "UNMAPPED"
			}
		}
		want := CanonicalCASECode(g.CaseSubtype)
		sub := acled
		if nonACLED[want] {
			want, sub = "", other
		}
		for _, t := range []*tally{all, sub} {
			t.n++
			t.hit("subtype_accuracy", pred == want)
		}
	}
	ds := "case2021-subtype"
	return []Result{
		all.result(ds, "", system),
		acled.result(ds, "ACLED sub-types", system),
		other.result(ds, "outside ACLED (want no event)", system),
	}, nil
}
