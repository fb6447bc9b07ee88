package extract_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// equipmentProbeLine is one line of testdata/equipment-probe.txt: a report,
// the equipment records and event weapons an analyst expects of it, and
// what vigil is known to get wrong on it.
type equipmentProbeLine struct {
	Text      string                       `json:"text"`
	Published string                       `json:"published"`
	Want      []map[string]json.RawMessage `json:"want"`
	Weapons   *[]string                    `json:"weapons"`
	Gaps      []string                     `json:"gaps"`
}

// equipmentFields are the record fields the probe may state, in the order
// they are reported.
var equipmentFields = []string{"kind", "category", "item", "quantity", "bound", "value_usd",
	"origin_country", "location_country", "holder", "as_of", "attributed_to"}

// equipmentField returns a record's value of a probe field as text, "" when
// it has none.
func equipmentField(r vigil.Equipment, field string) string {
	num := func(p *int64) string {
		if p == nil {
			return ""
		}
		return fmt.Sprint(*p)
	}
	switch field {
	case "kind":
		return r.Kind
	case "category":
		return r.Category
	case "item":
		return r.Item
	case "quantity":
		return num(r.Quantity)
	case "bound":
		return r.Bound
	case "value_usd":
		return num(r.ValueUSD)
	case "origin_country":
		return r.OriginCountry
	case "location_country":
		return r.LocationCountry
	case "holder":
		return r.Holder
	case "as_of":
		return r.AsOf
	case "attributed_to":
		return r.AttributedTo
	}
	return ""
}

// looseKey folds case, punctuation and plural endings so that an item
// wanted as "night-vision goggle" is found in "night vision goggles" ("AK-47"
// in "AK-47s") and a
// holder "TTP" in "TTP: Tehreek-i-Taliban Pakistan".
func looseKey(s string) string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r > 127)
	})
	for i, w := range words {
		// "AK-47s" is the plural of "AK-47": a figure before the "s".
		model := len(w) > 1 && w[len(w)-2] >= '0' && w[len(w)-2] <= '9'
		if (len(w) > 3 || model) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = strings.TrimSuffix(w, "s")
		}
	}
	return " " + strings.Join(words, " ") + " "
}

// equipmentFieldOK compares a wanted value with a record's: items, holders
// and sources loosely (the wanted words inside the record's, or the other
// way for holders and sources: "TTP" is "TTP: Tehreek-i-Taliban
// Pakistan"; a holder or source wanted as "A|B" may be either), the rest
// exactly but for case.
func equipmentFieldOK(field, want, got string) bool {
	switch field {
	case "item":
		return got != "" && strings.Contains(looseKey(got), looseKey(want))
	case "holder", "attributed_to":
		if got == "" {
			return false
		}
		// "SIGAR|Special Inspector General": any of the names.
		g := looseKey(got)
		for _, alt := range strings.Split(want, "|") {
			if w := looseKey(alt); strings.TrimSpace(w) != "" && (strings.Contains(g, w) || strings.Contains(w, g)) {
				return true
			}
		}
		return false
	}
	return strings.EqualFold(want, got)
}

// weaponKey folds the names of event weapons: "night vision" is
// "night-vision".
func weaponKey(s string) string {
	return strings.NewReplacer("-", "", " ", "").Replace(strings.ToLower(s))
}

// equipmentTally counts one batch's, one file's or all lines' records,
// event weapons and fields.
type equipmentTally struct {
	wanted, found, spurious                      int
	weaponsWanted, weaponsFound, weaponsSpurious int
	fields                                       map[string][2]int // right, total
}

// TestEquipmentProbe runs the extractor on every testdata/equipment-probe*.txt,
// short reports of seizures, sightings, inventories, transfers and uses of
// arms written without looking at the rules, and scores the equipment
// records (found, wanted, spurious, then each wanted field) and the event
// weapons of each line. A wanted record paired with none of the output,
// an output record paired with none wanted, a wrong field or a wrong
// weapons list fails unless the line lists it in "gaps" ("records",
// "weapons", "N.field" for the N-th wanted record).
func TestEquipmentProbe(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	tallies := map[string]*equipmentTally{}
	get := func(b string) *equipmentTally {
		if tallies[b] == nil {
			tallies[b] = &equipmentTally{fields: map[string][2]int{}}
		}
		return tallies[b]
	}
	probeFiles, err := filepath.Glob("testdata/equipment-probe*.txt")
	if err != nil || len(probeFiles) == 0 {
		t.Fatalf("no equipment probe files: %v", err)
	}
	sort.Strings(probeFiles)
	var batches []string
	gaps := 0
	for _, name := range probeFiles {
		entries, fileBatches := readProbe[equipmentProbeLine](t, name)
		batches = append(batches, fileBatches...)
		gaps += runEquipmentProbe(t, x, name, entries, get)
	}
	for _, b := range append(append(batches, probeFiles...), "all") {
		tl := tallies[b]
		if tl == nil {
			continue
		}
		right, total := 0, 0
		var parts []string
		for _, field := range equipmentFields {
			s, ok := tl.fields[field]
			if !ok {
				continue
			}
			right += s[0]
			total += s[1]
			parts = append(parts, fmt.Sprintf("%s %d/%d", field, s[0], s[1]))
		}
		pct := 100.0
		if total > 0 {
			pct = 100 * float64(right) / float64(total)
		}
		t.Logf("equipment probe batch %s: records %d of %d found, %d spurious; weapons %d of %d, %d spurious; fields %d of %d right (%.1f%%): %s",
			b, tl.found, tl.wanted, tl.spurious, tl.weaponsFound, tl.weaponsWanted, tl.weaponsSpurious, right, total, pct, strings.Join(parts, ", "))
	}
	t.Logf("equipment probe: %d known gaps", gaps)
}

// runEquipmentProbe scores the lines of one probe file into the tallies
// of their batch, of the file and of all files, and returns how many known
// gaps it met.
func runEquipmentProbe(t *testing.T, x *extract.Extractor, name string, entries []probeEntry[equipmentProbeLine], get func(string) *equipmentTally) int {
	t.Helper()
	gaps := 0
	for _, e := range entries {
		p, line, batch := e.L, e.Line, e.Batch
		published := probeDate(t, name, line, p.Published)
		out := x.Extract(p.Text, published, "")
		known := map[string]bool{}
		for _, g := range p.Gaps {
			known[g] = true
		}
		used := map[string]bool{}
		miss := func(gap, msg string) {
			used[gap] = true
			if known[gap] {
				gaps++
				return
			}
			t.Errorf("%s:%d: %s\n\t%s", name, line, msg, p.Text)
		}
		ts := []*equipmentTally{get(batch), get(name), get("all")}
		count := func(field string, ok bool) {
			for _, tl := range ts {
				s := tl.fields[field]
				s[1]++
				if ok {
					s[0]++
				}
				tl.fields[field] = s
			}
		}

		// Pair each wanted record with the output record that agrees with
		// it most, on item or quantity at least.
		wants := make([]map[string]string, len(p.Want))
		for i, w := range p.Want {
			wants[i] = map[string]string{}
			for k, raw := range w {
				var v any
				if err := json.Unmarshal(raw, &v); err != nil {
					t.Fatalf("%s:%d: %s: %v", name, line, k, err)
				}
				if !containsString(equipmentFields, k) {
					t.Fatalf("%s:%d: unknown field %q in want", name, line, k)
				}
				if fl, ok := v.(float64); ok {
					wants[i][k] = fmt.Sprint(int64(fl))
				} else {
					wants[i][k] = fmt.Sprint(v)
				}
			}
		}
		taken := make([]bool, len(out.Equipment))
		pair := make([]int, len(wants))
		for i, w := range wants {
			pair[i] = -1
			best := 1
			for j, r := range out.Equipment {
				if taken[j] {
					continue
				}
				score := 0
				for field, weight := range map[string]int{"item": 2, "quantity": 2, "value_usd": 2, "category": 1, "kind": 1} {
					if v, ok := w[field]; ok && equipmentFieldOK(field, v, equipmentField(r, field)) {
						score += weight
					}
				}
				if score > best {
					best, pair[i] = score, j
				}
			}
			if pair[i] >= 0 {
				taken[pair[i]] = true
			}
		}
		for i, w := range wants {
			for _, tl := range ts {
				tl.wanted++
			}
			if pair[i] < 0 {
				miss("records", fmt.Sprintf("record %d (%s) not found; got %s", i, w["item"], describeEquipment(out.Equipment)))
				for _, field := range equipmentFields {
					if _, ok := w[field]; ok {
						count(field, false)
					}
				}
				continue
			}
			for _, tl := range ts {
				tl.found++
			}
			r := out.Equipment[pair[i]]
			for _, field := range equipmentFields {
				v, ok := w[field]
				if !ok {
					continue
				}
				got := equipmentField(r, field)
				right := equipmentFieldOK(field, v, got)
				count(field, right)
				gap := fmt.Sprintf("%d.%s", i, field)
				if !right {
					miss(gap, fmt.Sprintf("record %d (%s): %s = %q, want %q", i, w["item"], field, got, v))
				} else if known[gap] {
					t.Logf("%s:%d: known gap %s now right: drop it from \"gaps\"", name, line, gap)
					used[gap] = true
				}
			}
		}
		for j, r := range out.Equipment {
			if !taken[j] {
				for _, tl := range ts {
					tl.spurious++
				}
				miss("records", fmt.Sprintf("spurious record %s", describeEquipment([]vigil.Equipment{r})))
			}
		}

		if p.Weapons != nil {
			got := map[string]bool{}
			for _, ev := range out.Events {
				for _, w := range ev.Weapons {
					got[weaponKey(w)] = true
				}
			}
			wanted := map[string]bool{}
			for _, w := range *p.Weapons {
				wanted[weaponKey(w)] = true
			}
			wrong := false
			for w := range wanted {
				for _, tl := range ts {
					tl.weaponsWanted++
				}
				if got[w] {
					for _, tl := range ts {
						tl.weaponsFound++
					}
				} else {
					wrong = true
				}
			}
			for w := range got {
				if !wanted[w] {
					for _, tl := range ts {
						tl.weaponsSpurious++
					}
					wrong = true
				}
			}
			if wrong {
				var names []string
				for _, ev := range out.Events {
					names = append(names, ev.Weapons...)
				}
				miss("weapons", fmt.Sprintf("weapons = %q, want %q", names, *p.Weapons))
			}
		}
		if known["records"] && !used["records"] {
			t.Logf("%s:%d: known gap records now right: drop it from \"gaps\"", name, line)
		}
		if known["weapons"] && !used["weapons"] {
			t.Logf("%s:%d: known gap weapons now right: drop it from \"gaps\"", name, line)
		}
		for _, g := range p.Gaps {
			if g == "records" || g == "weapons" {
				continue
			}
			named := false
			if k, field, ok := strings.Cut(g, "."); ok {
				var n int
				if _, err := fmt.Sscan(k, &n); err == nil && n >= 0 && n < len(wants) {
					_, named = wants[n][field]
				}
			}
			if !named {
				t.Errorf("%s:%d: gap %q names nothing the probe scores", name, line, g)
			}
		}
	}
	return gaps
}

// describeEquipment writes records as kind/category/item/quantity/bound/
// value/origin/location/holder/as_of/attributed_to for failure messages.
func describeEquipment(rs []vigil.Equipment) string {
	if len(rs) == 0 {
		return "none"
	}
	var out []string
	for _, r := range rs {
		var f []string
		for _, field := range equipmentFields {
			f = append(f, equipmentField(r, field))
		}
		out = append(out, "["+strings.Join(f, "/")+"]")
	}
	return strings.Join(out, " ")
}

func containsString(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
