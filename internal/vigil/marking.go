package vigil

import (
	"fmt"
	"slices"
	"strings"
)

// TLP is a Traffic Light Protocol 2.0 level (https://www.first.org/tlp/).
type TLP string

// The five TLP 2.0 levels, from the least to the most restrictive.
const (
	TLPClear       TLP = "CLEAR"
	TLPGreen       TLP = "GREEN"
	TLPAmber       TLP = "AMBER"
	TLPAmberStrict TLP = "AMBER+STRICT"
	TLPRed         TLP = "RED"
)

// TLPLevels lists the levels from the least to the most restrictive.
var TLPLevels = []TLP{TLPClear, TLPGreen, TLPAmber, TLPAmberStrict, TLPRed}

// ParseTLP reads a level as users write it: "amber+strict", "TLP:GREEN",
// "clear". TLP 1's WHITE is read as CLEAR, which replaced it.
func ParseTLP(s string) (TLP, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	u = strings.TrimPrefix(u, "TLP:")
	if u == "WHITE" {
		return TLPClear, nil
	}
	for _, l := range TLPLevels {
		if u == string(l) {
			return l, nil
		}
	}
	return "", Errorf(EINVALID, "unknown TLP level %q: use clear, green, amber, amber+strict or red", s)
}

// Rank orders the levels: 0 for CLEAR up to 4 for RED, and 5 (beyond RED)
// for anything unknown, so that a corrupted level errs on the side of hiding.
func (t TLP) Rank() int {
	if i := slices.Index(TLPLevels, t); i >= 0 {
		return i
	}
	return len(TLPLevels)
}

// Recipient names one user of one organisation, to whom a RED record is
// disclosed.
type Recipient struct {
	Org  string `json:"org"`
	User string `json:"user"`
}

// Marking says who may see a record: its TLP level, the organisation that
// owns it (whose partnerships decide GREEN and AMBER), and for RED the users
// it was disclosed to.
type Marking struct {
	TLP   TLP    `json:"tlp"`
	Owner string `json:"owner,omitempty"`
	// Recipients are the only people who may see a RED record. They are
	// ignored for other levels.
	Recipients []Recipient `json:"recipients,omitempty"`
}

// String renders the marking for logs and messages: "TLP:AMBER (ctd-punjab)".
func (m Marking) String() string {
	if m.Owner == "" {
		return "TLP:" + string(m.TLP)
	}
	return fmt.Sprintf("TLP:%s (%s)", m.TLP, m.Owner)
}

// Validate reports a marking that no one could sensibly hold: an unknown
// level, a level above CLEAR without an owner, or RED without recipients.
func (m Marking) Validate() error {
	if m.TLP.Rank() >= len(TLPLevels) {
		return Errorf(EINVALID, "marking: unknown TLP level %q", m.TLP)
	}
	if m.TLP != TLPClear && m.Owner == "" {
		return Errorf(EINVALID, "marking: TLP:%s needs an owner organisation", m.TLP)
	}
	if m.TLP == TLPRed && len(m.Recipients) == 0 {
		return Errorf(EINVALID, "marking: TLP:RED needs at least one named recipient")
	}
	return nil
}

// Viewer is who is asking to see records. The zero Viewer is anonymous.
type Viewer struct {
	Org  string // the viewer's organisation; "" for anonymous
	User string // the user within Org; "" for an organisation-wide token
	// Partners are the organisations whose GREEN and AMBER records Org
	// receives. Whoever builds the Viewer (accounts, tokens) fills it from
	// the partnerships Org has.
	Partners []string
	// All marks the operator (see AsOperator), who sees every record.
	All bool
}

// Anonymous reports whether the viewer belongs to no organisation.
func (v Viewer) Anonymous() bool { return v.Org == "" && !v.All }

// CanSee decides whether v may see a record marked m. It is the one rule
// every read path applies:
//   - CLEAR: anyone, anonymous included;
//   - GREEN and AMBER: the owner organisation and its partners (GREEN may
//     then travel on in the community, AMBER stays with the recipients: a
//     difference for re-sharing, not for viewing);
//   - AMBER+STRICT: the owner organisation only;
//   - RED: only the named recipients, even within the owner organisation;
//   - anything else (an unknown level): no one;
//   - the operator (All) sees every record, so a corrupted one can be mended.
func (v Viewer) CanSee(m Marking) bool {
	if v.All {
		return true
	}
	switch m.TLP {
	case TLPClear:
		return true
	case TLPGreen, TLPAmber:
		return !v.Anonymous() && m.Owner != "" && (v.Org == m.Owner || slices.Contains(v.Partners, m.Owner))
	case TLPAmberStrict:
		return !v.Anonymous() && m.Owner != "" && v.Org == m.Owner
	case TLPRed:
		return !v.Anonymous() && v.User != "" && slices.Contains(m.Recipients, Recipient{Org: v.Org, User: v.User})
	}
	return false
}

// Within reports whether everyone who may see a record marked m may also
// see one marked wider. Exports use it so that an object never points to
// another its readers may not see. It answers from the markings alone, so it
// is conservative: partnerships are unknown here, and a RED recipient is only
// assumed inside their own organisation.
func (m Marking) Within(wider Marking) bool {
	if wider.TLP == TLPClear {
		return true
	}
	switch m.TLP {
	case TLPClear:
		return false
	case TLPGreen, TLPAmber:
		// GREEN and AMBER have the same readers, but GREEN may travel on
		// where AMBER may not: GREEN is not within AMBER.
		return (wider.TLP == TLPGreen || wider.TLP == TLPAmber) && wider.TLP.Rank() <= m.TLP.Rank() && wider.Owner == m.Owner
	case TLPAmberStrict:
		return wider.TLP.Rank() <= TLPAmberStrict.Rank() && wider.Owner == m.Owner
	case TLPRed:
		for _, r := range m.Recipients {
			if !(Viewer{Org: r.Org, User: r.User}).CanSee(wider) {
				return false
			}
		}
		return len(m.Recipients) > 0
	}
	return false
}
