package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/vigil-osint/vigil/internal/stats"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "stats", summary: "incidents and casualties by month, province or district; --claims checks cited figures", run: runStats})
}

func runStats(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "stats", "[--db PATH] [--by month|country|admin1|admin2|type[,...]] [filters] [--format table|json] [--claims | --as-of DATE] [--as ORG[/USER]]")
	db := dbFlag(fs)
	by := fs.String("by", "month", "group by month, country, admin1, admin2 or type, or a comma-separated list (month,admin1)")
	filters := addFilterFlags(fs, true)
	format := fs.String("format", "table", "output: table or json")
	claims := fs.Bool("claims", false, "check the aggregate figures documents cite against the incidents instead")
	as := asFlag(fs)
	asOf := fs.String("as-of", "", "the figures as they stood then: a date (YYYY-MM-DD, the end of that day UTC) or an RFC 3339 time")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *format != "table" && *format != "json" {
		return fmt.Errorf("--format %q: use table or json", *format)
	}
	dims, err := stats.ParseBy(*by)
	if err != nil {
		return userError("--by", err)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	if ctx, err = readAs(ctx, store, *as); err != nil {
		return err
	}
	var at time.Time
	if *asOf != "" {
		if at, err = parseAsOf(*asOf); err != nil {
			return err
		}
	}
	if *claims {
		if !at.IsZero() {
			return fmt.Errorf("--claims cannot be combined with --as-of")
		}
		return runClaimsCheck(ctx, env, store, filters.filter(), *format)
	}
	var incs []vigil.Incident
	if at.IsZero() {
		incs, err = store.Incidents(ctx, filters.filter())
	} else {
		incs, err = store.IncidentsAsOf(ctx, at, filters.filter())
	}
	if err != nil {
		return userError("list incidents", err)
	}
	rep, err := stats.Aggregate(incs, dims...)
	if err != nil {
		return userError("aggregate", err)
	}
	if *format == "json" {
		return writeJSON(env.Stdout, rep)
	}
	return writeStatsTable(env.Stdout, rep)
}

// parseAsOf reads --as-of: a date means the end of that day in UTC, so
// "--as-of 2024-11-01" gives the figures as published that day.
func parseAsOf(s string) (time.Time, error) {
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d.AddDate(0, 0, 1).Add(-time.Nanosecond), nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--as-of %q: use a date (YYYY-MM-DD) or an RFC 3339 time (2024-11-01T18:00:00Z)", s)
	}
	return t, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeStatsTable prints the report with its keys left-aligned and its
// figures right-aligned.
func writeStatsTable(w io.Writer, rep stats.Report) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	head := make([]string, 0, len(rep.By))
	for _, d := range rep.By {
		head = append(head, strings.ToUpper(d))
	}
	total := make([]string, len(rep.By))
	if len(total) > 0 {
		total[0] = "TOTAL"
	}
	// The writer right-aligns every cell, so key cells are padded to one
	// width per column beforehand to read left-aligned.
	keys := [][]string{head, total}
	for _, r := range rep.Rows {
		for i := range r.Key {
			r.Key[i] = printable(r.Key[i])
		}
		keys = append(keys, r.Key)
	}
	for col := range rep.By {
		width := 0
		for _, k := range keys {
			width = max(width, utf8.RuneCountInString(k[col]))
		}
		for _, k := range keys {
			k[col] += strings.Repeat(" ", width-utf8.RuneCountInString(k[col]))
		}
	}
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\tINCIDENTS\tFATALITIES\tSF_KILLED\tSF_INJURED\tCIV_KILLED\tCIV_INJURED\tMIL_KILLED\tMIL_INJURED\tMIL_ARRESTED\tUNK_KILLED\tABDUCTED\t")
	line := func(key []string, t stats.Tally) {
		c := t.Casualties
		abducted := c.SecurityForces.Abducted + c.Civilians.Abducted + c.Militants.Abducted + c.Unknown.Abducted
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", strings.Join(key, "\t"), t.Incidents, t.Fatalities,
			c.SecurityForces.Killed, c.SecurityForces.Injured, c.Civilians.Killed, c.Civilians.Injured,
			c.Militants.Killed, c.Militants.Injured, c.Militants.Arrested, c.Unknown.Killed, abducted)
	}
	for _, r := range rep.Rows {
		line(r.Key, r.Tally)
	}
	line(total, rep.Total)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// runClaimsCheck sets every claim matching f against the incidents of its
// period.
func runClaimsCheck(ctx context.Context, env *Env, store vigil.Store, f vigil.Filter, format string) error {
	if f.ReviewState != "" {
		return fmt.Errorf("--state does not apply to --claims: claims have no review state")
	}
	// The store refuses the other filters claims do not carry (--admin2,
	// --type, --actor) by name rather than list every claim as if it matched.
	cs, err := store.Claims(ctx, f)
	if err != nil {
		return userError("list claims", err)
	}
	claims := make([]vigil.Claim, len(cs))
	from, to := "", ""
	for i, c := range cs {
		claims[i] = c.Claim
		if c.PeriodStart != "" && (from == "" || c.PeriodStart < from) {
			from = c.PeriodStart
		}
		if c.PeriodEnd > to {
			to = c.PeriodEnd
		}
	}
	var incs []vigil.Incident
	if from != "" && to != "" {
		// Only incidents inside some claim's period can count; claims with
		// malformed periods are reported unchecked by stats.CheckClaims.
		if incs, err = store.Incidents(ctx, vigil.Filter{From: from, To: to}); err != nil {
			return userError("list incidents", err)
		}
	}
	checks := stats.CheckClaims(claims, incs)
	if format == "json" {
		type checkJSON struct {
			ClaimID    int64  `json:"claim_id"`
			DocumentID int64  `json:"document_id"`
			Outlet     string `json:"outlet,omitempty"`
			stats.Check
		}
		out := make([]checkJSON, len(checks))
		for i, ch := range checks {
			out[i] = checkJSON{ClaimID: cs[i].ID, DocumentID: cs[i].DocumentID, Outlet: cs[i].Outlet, Check: ch}
		}
		return writeJSON(env.Stdout, out)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CLAIM\tPERIOD\tPLACE\tCLAIMED\tCOMPUTED\tINCIDENTS\tHOLDS\tSOURCE\tNOTE")
	for i, ch := range checks {
		c := ch.Claim
		place := strings.Trim(c.Country+" / "+c.Admin1, " /")
		holds, computed, n := "-", "-", "-"
		if ch.Checked {
			holds, computed, n = "no", fmt.Sprint(ch.Computed), fmt.Sprint(ch.Incidents)
			if ch.Holds {
				holds = "yes"
			}
		}
		source := c.AttributedTo
		if source == "" {
			source = cs[i].Outlet
		}
		fmt.Fprintf(tw, "%d %s\t%s..%s\t%s\t%s %d\t%s\t%s\t%s\t%s\t%s\n", cs[i].ID, cell(c.Metric), c.PeriodStart, c.PeriodEnd,
			cell(place), bounded(c.Bound), c.Value, computed, n, holds, cell(source), cell(ch.Note))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// bounded says a claim's bound in words.
func bounded(b string) string {
	switch b {
	case vigil.BoundLower:
		return "at least"
	case vigil.BoundUpper:
		return "at most"
	case vigil.BoundApprox:
		return "about"
	}
	return "exactly"
}
