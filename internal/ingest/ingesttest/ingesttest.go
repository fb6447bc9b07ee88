// Package ingesttest generates synthetic news reports for ingest tests and
// benchmarks: many distinct documents without copying any real article.
package ingesttest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	places  = []string{"Mir Ali", "Datta Khel", "Razmak", "Spinwam", "Shewa", "Tirah valley", "Zhob", "Turbat", "Kulachi", "Bajaur", "Lakki Marwat", "Tank", "Kech", "Panjgur", "Dera Ismail Khan"}
	actors  = []string{"security forces", "the police", "Counter-Terrorism Department personnel", "Frontier Corps troops", "Levies personnel"}
	opening = []string{
		"%s conducted an intelligence-based operation in %s on %s, officials said.",
		"Militants attacked a checkpost in %[2]s late on %[3]s, prompting %[1]s to respond.",
		"An exchange of fire broke out between %s and armed men in %s on %s.",
		"%s raided a compound in %s before dawn on %s after a tip-off.",
	}
	tolls = []string{
		"%d militants were killed and %d soldiers were injured in the clash.",
		"%d attackers were killed, while %d personnel sustained wounds.",
		"Officials said %d suspects were arrested and %d others escaped.",
		"%d people were killed and %d were injured, according to hospital sources.",
	}
	// details take a place, a number and a day, so two reports sharing a
	// detail still differ in its words.
	details = []string{
		"Weapons, ammunition and %[2]d kilograms of explosives were recovered from a house in %[1]s.",
		"A clearance operation was launched in %[2]d villages around %[1]s on %[3]s.",
		"The %[2]d injured were shifted to the %[1]s district headquarters hospital.",
		"No group had claimed responsibility for the %[1]s attack by %[3]s evening.",
		"Residents of %[1]s said the firing continued for nearly %[2]d hours.",
		"The road from %[1]s was closed to traffic for %[2]d hours on %[3]s.",
		"Officials said the militants had carried out %[2]d attacks on police posts near %[1]s.",
		"The provincial government announced compensation of %[2]d lakh rupees for families in %[1]s.",
		"A curfew was imposed in parts of %[1]s on %[3]s as a precaution.",
		"Police in %[1]s registered %[2]d cases under the anti-terrorism act.",
		"Schools in %[1]s stayed shut on %[3]s, and %[2]d markets did not open.",
		"Elders from %[1]s met the deputy commissioner on %[3]s to demand %[2]d new checkposts.",
		"Mobile phone service in %[1]s was suspended for %[2]d hours.",
		"The funeral prayers of %[2]d victims were offered in %[1]s on %[3]s.",
		"Bomb disposal teams defused %[2]d devices planted on the outskirts of %[1]s.",
		"Traders in %[1]s observed a strike on %[3]s against the %[2]d-day-old unrest.",
	}
	days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// Report is the n-th synthetic report: a headline and a few paragraphs,
// different enough from every other that none is a near-duplicate.
func Report(n int) string {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	place := pick(places)
	var b strings.Builder
	fmt.Fprintf(&b, "Clash in %s leaves casualties (report %d)\n\n", place, n)
	fmt.Fprintf(&b, opening[r.IntN(len(opening))]+" ", capital(pick(actors)), place, pick(days))
	fmt.Fprintf(&b, tolls[r.IntN(len(tolls))]+"\n\n", r.IntN(12)+1, r.IntN(9)+1)
	perm := r.Perm(len(details))
	for _, i := range perm[:3+r.IntN(3)] {
		fmt.Fprintf(&b, details[i]+" ", pick(places), r.IntN(40)+2, pick(days))
	}
	fmt.Fprintf(&b, "\n\nThe statement, reference %d-%d, said the operation in %s would continue until the area was cleared.\n", n, r.IntN(100000), place)
	return b.String()
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// WriteReports writes n reports as text files under dir, a hundred files a
// sub-folder, and returns their paths.
func WriteReports(dir string, n int) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("batch-%03d", i/100), fmt.Sprintf("report-%05d.txt", i))
		if i%100 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return nil, err
			}
		}
		if err := os.WriteFile(p, []byte(Report(i)), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
