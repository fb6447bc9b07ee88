package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "incidents", summary: "list incidents, or show one with its sources, evidence and review trail", run: runIncidents})
}

func runIncidents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "incidents", "[list] [--db PATH] [filters] [--format table|json] | show ID [--db PATH] [--format table|json]")
	db := dbFlag(fs)
	filters := addFilterFlags(fs, true)
	format := fs.String("format", "table", "output: table or json")
	pos, err := parseMixed(fs, args)
	if err != nil {
		return err
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: use table or json", *format)
	}
	sub := "list"
	if len(pos) > 0 {
		sub, pos = pos[0], pos[1:]
	}
	switch sub {
	case "list":
		if len(pos) > 0 {
			return fmt.Errorf("unexpected argument %q", pos[0])
		}
	case "show":
		if len(pos) != 1 {
			return fmt.Errorf("incidents show needs one incident ID")
		}
	default:
		return fmt.Errorf("unknown incidents command %q: use list or show", sub)
	}

	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if sub == "show" {
		id, err := parseID("incident", pos[0])
		if err != nil {
			return err
		}
		d, err := review.New(store).Detail(ctx, id)
		if err != nil {
			return userError("show incident", err)
		}
		if *format == "json" {
			return writeJSON(env.Stdout, detailJSON(d))
		}
		return writeIncidentDetail(env.Stdout, d)
	}
	incs, err := store.Incidents(ctx, filters.filter())
	if err != nil {
		return userError("list incidents", err)
	}
	if *format == "json" {
		out := make([]incidentJSON, len(incs))
		for i := range incs {
			out[i] = toIncidentJSON(&incs[i])
		}
		return writeJSON(env.Stdout, out)
	}
	return writeIncidentTable(env.Stdout, incs)
}

// parseMixed parses flags given before, between or after the positional
// arguments (`show 12 --format json`), which the flag package alone stops
// at, and returns the positional arguments.
func parseMixed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

func parseID(what, s string) (int64, error) {
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("%s ID %q is not a positive whole number", what, s)
	}
	return id, nil
}

// incidentJSON is an incident in the JSON output: the extraction
// contract's fields with the reconciliation and review beside them.
type incidentJSON struct {
	ID             int64     `json:"id"`
	ReviewState    string    `json:"review_state"`
	FatalitiesLow  int       `json:"fatalities_low"`
	FatalitiesHigh int       `json:"fatalities_high"`
	ReconcileRule  string    `json:"reconcile_rule"`
	SourceCount    int       `json:"source_count"`
	EventIDs       []int64   `json:"event_ids"`
	FusionReason   string    `json:"fusion_reason"`
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	vigil.Event
}

func toIncidentJSON(inc *vigil.Incident) incidentJSON {
	return incidentJSON{ID: inc.ID, ReviewState: inc.ReviewState, FatalitiesLow: inc.FatalitiesLow, FatalitiesHigh: inc.FatalitiesHigh,
		ReconcileRule: inc.ReconcileRule, SourceCount: inc.SourceCount, EventIDs: inc.EventIDs, FusionReason: inc.FusionReason,
		CreatedAt: inc.CreatedAt, UpdatedAt: inc.UpdatedAt, Event: inc.Event}
}

// detailJSON is `incidents show --format json`.
func detailJSON(d *review.Detail) any {
	sources := make([]eventJSON, len(d.Sources))
	for i := range d.Sources {
		e := d.Sources[i]
		sources[i] = eventJSON{ID: e.ID, DocumentID: e.DocumentID, Index: e.Index, IncidentID: e.IncidentID,
			Outlet: e.Outlet, URL: e.URL, Published: e.Published, Event: e.Event}
	}
	trail := make([]map[string]any, len(d.Trail))
	for i, e := range d.Trail {
		trail[i] = map[string]any{"id": e.ID, "at": e.At, "actor": e.Actor, "action": e.Action, "reason": e.Reason,
			"before": rawJSON(e.Before), "after": rawJSON(e.After)}
	}
	return map[string]any{"incident": toIncidentJSON(&d.Incident), "sources": sources,
		"corrections": d.Corrections, "trail": trail}
}

// rawJSON passes stored JSON through as it is, and other text as a string.
func rawJSON(s string) any {
	if s == "" {
		return nil
	}
	if strings.HasPrefix(s, "{") || strings.HasPrefix(s, "[") {
		return jsonText(s)
	}
	return s
}

type jsonText string

func (j jsonText) MarshalJSON() ([]byte, error) { return []byte(j), nil }

func writeIncidentTable(w io.Writer, incs []vigil.Incident) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tADMIN1\tADMIN2\tLOCATION\tFATALITIES\tRANGE\tSOURCES\tSTATE")
	for _, inc := range incs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d-%d\t%d\t%s\n", inc.ID, dateOf(inc.EventDate), cell(inc.EventType),
			cell(inc.Admin1), cell(inc.Admin2), cell(inc.Location), toll(inc.Fatalities), inc.FatalitiesLow, inc.FatalitiesHigh,
			inc.SourceCount, inc.ReviewState)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

func dateOf(d *string) string {
	if d == nil {
		return "-"
	}
	return *d
}

func toll(f *int) string {
	if f == nil {
		return "-"
	}
	return strconv.Itoa(*f)
}

// writeIncidentDetail prints an incident for an analyst: the reconciled
// record, every source with its own figures and quotes, and the trail.
func writeIncidentDetail(w io.Writer, d *review.Detail) error {
	inc := d.Incident
	var b strings.Builder
	fmt.Fprintf(&b, "Incident %d  [%s]\n", inc.ID, inc.ReviewState)
	fmt.Fprintf(&b, "  date:        %s\n", dateOf(inc.EventDate))
	fmt.Fprintf(&b, "  type:        %s / %s\n", cell(inc.EventType), cell(inc.SubEventType))
	fmt.Fprintf(&b, "  actors:      %s vs %s (perpetrator %s)\n", cell(inc.Actor1), cell(inc.Actor2), cell(inc.Perpetrator))
	fmt.Fprintf(&b, "  place:       %s, %s, %s, %s\n", cell(inc.Location), cell(inc.Admin2), cell(inc.Admin1), cell(inc.Country))
	fmt.Fprintf(&b, "  fatalities:  %s (sources range %d-%d)\n", toll(inc.Fatalities), inc.FatalitiesLow, inc.FatalitiesHigh)
	fmt.Fprintf(&b, "  rule:        %s\n", cell(inc.ReconcileRule))
	fmt.Fprintf(&b, "  sources:     %d independent, %d reports\n", inc.SourceCount, len(d.Sources))
	for _, c := range d.Corrections {
		fmt.Fprintf(&b, "  corrected:   %s = %q\n", c.Field, c.Value)
	}
	b.WriteString("\nWhy fused:\n")
	for _, line := range strings.Split(inc.FusionReason, "\n") {
		if line != "" {
			fmt.Fprintf(&b, "  %s\n", cell(line))
		}
	}
	b.WriteString("\nSources:\n")
	for _, s := range d.Sources {
		published := "-"
		if !s.Published.IsZero() {
			published = s.Published.Format("2006-01-02")
		}
		copyOf := ""
		if s.NearDuplicateOf != 0 {
			copyOf = fmt.Sprintf(" (near copy of document %d)", s.NearDuplicateOf)
		}
		fmt.Fprintf(&b, "  event %d  %s  %s  %s%s\n", s.ID, cell(s.Outlet), published, cell(s.URL), copyOf)
		c := s.Casualties
		bound := ""
		if s.FatalitiesBound != "" {
			bound = " (" + s.FatalitiesBound + " bound)"
		}
		fmt.Fprintf(&b, "    fatalities %s%s; killed sf %d civ %d mil %d unk %d; injured %d; date %s; place %s, %s\n",
			toll(s.Fatalities), bound, c.SecurityForces.Killed, c.Civilians.Killed, c.Militants.Killed, c.Unknown.Killed,
			c.Injured(), dateOf(s.EventDate), cell(s.Location), cell(s.Admin2))
		for _, e := range s.Evidence {
			fmt.Fprintf(&b, "    %-28s %q\n", e.Field, e.Quote)
		}
	}
	b.WriteString("\nReview trail:\n")
	if len(d.Trail) == 0 {
		b.WriteString("  (none: machine output, not reviewed)\n")
	}
	for _, e := range d.Trail {
		fmt.Fprintf(&b, "  #%d  %s  %s  %s", e.ID, e.At.Format("2006-01-02 15:04:05Z"), cell(e.Actor), e.Action)
		if e.Reason != "" {
			fmt.Fprintf(&b, "  %s", cell(e.Reason))
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write incident: %w", err)
	}
	return nil
}
