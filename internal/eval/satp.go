package eval

import (
	"github.com/vigil-osint/vigil/internal/vigil"
)

// attackTypes maps ACLED sub-event types to the SATP attack types of the
// README. "other" is the gold label for assassinations by stabbing,
// attacks on offices and similar violence; vigil's sub-types that fit it
// are the destructive ones that are neither assault, bombing nor
// kidnapping. Protests, arrests and other strategic developments map to no
// attack type.
var attackTypes = map[string]string{
	"Armed clash":                       "armed_assault",
	"Attack":                            "armed_assault",
	"Suicide bomb":                      "bombing",
	"Remote explosive/landmine/IED":     "bombing",
	"Grenade":                           "bombing",
	"Shelling/artillery/missile attack": "bombing",
	"Air/drone strike":                  "bombing",
	"Abduction/forced disappearance":    "kidnapping",
	"Looting/property destruction":      "other",
	"Sexual violence":                   "other",
	"Mob violence":                      "other",
	"Violent demonstration":             "other",
}

type satpGold struct {
	AttackTypes      []string `json:"attack_types"`
	Relevant         bool     `json:"relevant"`
	MentionsPakistan bool     `json:"mentions_pakistan"`
}

// scoreSATP scores the set of attack types over all events of each output:
// example-based F1 (2|P∩G|/(|P|+|G|), 1 when both are empty) over the
// relevant rows and over all rows, and relevance precision, recall and F1,
// where a row is predicted relevant when at least one event maps to an
// attack type. The subset of rows that mention Pakistan is reported too.
func scoreSATP(system string, rows []Row, outs []vigil.Extraction) ([]Result, error) {
	type counts struct {
		n, nRel                     int
		f1Rel, f1All                float64
		truePos, falsePos, falseNeg int
	}
	var all, pak counts
	for i, r := range rows {
		g, err := decodeGold[satpGold](r)
		if err != nil {
			return nil, err
		}
		pred := map[string]bool{}
		for _, e := range outs[i].Events {
			if t, ok := attackTypes[e.SubEventType]; ok {
				pred[t] = true
			}
		}
		f1 := setF1(pred, g.AttackTypes)
		predRel := len(pred) > 0
		for _, c := range []*counts{&all, &pak} {
			if c == &pak && !g.MentionsPakistan {
				continue
			}
			c.n++
			c.f1All += f1
			if g.Relevant {
				c.nRel++
				c.f1Rel += f1
			}
			switch {
			case predRel && g.Relevant:
				c.truePos++
			case predRel:
				c.falsePos++
			case g.Relevant:
				c.falseNeg++
			}
		}
	}
	result := func(c counts, subset string) Result {
		p := ratio(c.truePos, c.truePos+c.falsePos)
		rc := ratio(c.truePos, c.truePos+c.falseNeg)
		f := 0.0
		if p+rc > 0 {
			f = 2 * p * rc / (p + rc)
		}
		return Result{Dataset: "satp-attack-type", Subset: subset, System: system, N: c.n, Metrics: map[string]float64{
			"example_f1_relevant": safeDiv(c.f1Rel, c.nRel),
			"example_f1_all":      safeDiv(c.f1All, c.n),
			"relevance_precision": p,
			"relevance_recall":    rc,
			"relevance_f1":        f,
			"relevant_rows":       float64(c.nRel),
		}}
	}
	return []Result{result(all, ""), result(pak, "mentions Pakistan")}, nil
}

// setF1 is the F1 of a predicted label set against a gold one; two empty
// sets agree perfectly.
func setF1(pred map[string]bool, gold []string) float64 {
	if len(pred) == 0 && len(gold) == 0 {
		return 1
	}
	g := map[string]bool{}
	for _, l := range gold {
		g[l] = true
	}
	both := 0
	for l := range pred {
		if g[l] {
			both++
		}
	}
	return 2 * float64(both) / float64(len(pred)+len(g))
}

func ratio(a, b int) float64 { return safeDiv(float64(a), b) }

func safeDiv(a float64, b int) float64 {
	if b == 0 {
		return 0
	}
	return a / float64(b)
}
