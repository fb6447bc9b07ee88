package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "export", summary: "write incidents as ACLED-style CSV, GeoJSON, JSON Lines or a STIX 2.1 bundle", run: runExport})
}

var exportFormats = map[string]func(io.Writer, []vigil.Incident) error{
	"acled-csv": export.WriteACLEDCSV,
	"geojson":   export.WriteGeoJSON,
	"jsonl":     export.WriteJSONL,
}

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "[--db PATH] [--format acled-csv|geojson|jsonl|stix] [--out FILE] [--as ORG[/USER]] [filters]")
	db := dbFlag(fs)
	format := fs.String("format", "acled-csv", "acled-csv, geojson, jsonl or stix (a STIX 2.1 bundle)")
	out := fs.String("out", "", "file to write (default: standard output)")
	org := fs.String("org", "vigil", "stix: the exporting organisation's key, owner of what it marks")
	orgName := fs.String("org-name", "", "stix: the exporting organisation's name (default: the key)")
	tlp := fs.String("tlp", "clear", "stix: the least marking any record gets: clear, green, amber or amber+strict (records keep their own when higher)")
	as := asFlag(fs)
	filters := addFilterFlags(fs, true)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var producer stix.Producer
	var floor vigil.Marking
	write, ok := exportFormats[*format]
	if *format == "stix" {
		producer = stix.Producer{Org: *org, Name: *orgName}
		if producer.Name == "" {
			producer.Name = producer.Org
		}
		var err error
		if floor, err = stixMarking(*tlp, *org); err != nil {
			return err
		}
		ok = true
	}
	if !ok {
		return fmt.Errorf("--format %q: use acled-csv, geojson, jsonl or stix", *format)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ctx, err = readAs(ctx, store, *as)
	if err != nil {
		return err
	}
	incs, err := store.Incidents(ctx, filters.filter())
	if err != nil {
		return userError("list incidents", err)
	}
	if *format == "stix" {
		in, err := stixInput(ctx, store, incs, producer, floor)
		if err != nil {
			return err
		}
		write = func(w io.Writer, _ []vigil.Incident) error {
			b, err := stix.Bundle(in)
			if err != nil {
				return err
			}
			_, err = w.Write(b)
			return err
		}
	}
	if *out == "" {
		err = write(env.Stdout, incs)
	} else {
		err = writeFileAtomic(*out, func(w io.Writer) error { return write(w, incs) })
	}
	if err != nil {
		return err
	}
	if *as != "" {
		if err := auditShare(ctx, store, *as, *format, incs); err != nil {
			return err
		}
	}
	if *out != "" {
		fmt.Fprintf(env.Stderr, "wrote %d incidents to %s\n", len(incs), *out)
	}
	return nil
}

// writeFileAtomic writes path through a temporary file in the same folder
// and renames it into place, so a failed export never leaves a truncated
// file where a good one was.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this finds nothing
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// stixMarking is the floor --tlp sets: the least marking an exported
// record gets (see atLeast). RED needs named recipients, which a
// command-line flag cannot name.
func stixMarking(level, org string) (vigil.Marking, error) {
	t, err := vigil.ParseTLP(level)
	if err != nil {
		return vigil.Marking{}, fmt.Errorf("--tlp: %s", vigil.ErrorMessage(err))
	}
	if t == vigil.TLPRed {
		return vigil.Marking{}, fmt.Errorf("--tlp red: RED records go to named people only; export at amber+strict or lower")
	}
	m := vigil.Marking{TLP: t}
	if t != vigil.TLPClear {
		m.Owner = org
	}
	if err := m.Validate(); err != nil {
		return vigil.Marking{}, fmt.Errorf("--tlp %s: %s", level, vigil.ErrorMessage(err))
	}
	return m, nil
}

// atLeast is m, or floor when m is less restrictive: a record raised to the
// floor keeps its owner, or takes the floor's (the exporting organisation)
// when it had none.
func atLeast(m, floor vigil.Marking) vigil.Marking {
	m = m.OrClear()
	if m.TLP.Rank() >= floor.OrClear().TLP.Rank() {
		return m
	}
	raised := vigil.Marking{TLP: floor.TLP, Owner: m.Owner}
	if raised.Owner == "" {
		raised.Owner = floor.Owner
	}
	return raised
}

// stixInput gathers what a STIX export of incs needs: their member events,
// the documents those came from, and the claims and equipment records read
// from the same documents, each under its own marking (raised to floor).
// It reads as ctx's viewer, so an export for a partner holds only what the
// partner may see.
func stixInput(ctx context.Context, store vigil.Store, incs []vigil.Incident, producer stix.Producer, floor vigil.Marking) (stix.Input, error) {
	in := stix.Input{Producer: producer, Time: time.Now().UTC()}
	members := map[int64][]vigil.StoredEvent{}
	var docIDs []int64
	if len(incs) > 0 {
		wanted := map[int64]bool{}
		for _, inc := range incs {
			wanted[inc.ID] = true
		}
		events, err := store.Events(ctx, vigil.Filter{})
		if err != nil {
			return in, userError("list events", err)
		}
		for _, e := range events {
			if wanted[e.IncidentID] {
				members[e.IncidentID] = append(members[e.IncidentID], e)
				if !slices.Contains(docIDs, e.DocumentID) {
					docIDs = append(docIDs, e.DocumentID)
				}
			}
		}
	}
	for _, inc := range incs {
		in.Incidents = append(in.Incidents, stix.Incident{Incident: inc, Events: members[inc.ID], Marking: atLeast(inc.Marking, floor)})
	}
	for _, id := range docIDs {
		d, err := store.Document(ctx, id)
		if err != nil {
			return in, userError(fmt.Sprintf("read document %d", id), err)
		}
		in.Documents = append(in.Documents, stix.Document{Document: *d, Marking: atLeast(d.Marking, floor)})
	}
	if len(docIDs) == 0 {
		return in, nil
	}
	claims, err := store.Claims(ctx, vigil.Filter{})
	if err != nil {
		return in, userError("list claims", err)
	}
	for _, c := range claims {
		if slices.Contains(docIDs, c.DocumentID) {
			in.Claims = append(in.Claims, stix.Claim{StoredClaim: c, Marking: atLeast(c.Marking, floor)})
		}
	}
	equipment, err := store.Equipment(ctx, vigil.Filter{})
	if err != nil {
		return in, userError("list equipment", err)
	}
	for _, e := range equipment {
		if slices.Contains(docIDs, e.DocumentID) {
			in.Equipment = append(in.Equipment, stix.Equipment{StoredEquipment: e, Marking: atLeast(e.Marking, floor)})
		}
	}
	return in, nil
}
