package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"

	"github.com/vigil-osint/vigil/internal/export"
	"github.com/vigil-osint/vigil/internal/vigil"
)

func init() {
	register(command{name: "events", summary: "list extracted events (one per document report)", run: runEvents})
}

// filterFlags are the record filters events, export and stats share.
type filterFlags struct {
	from, to, country, admin1, admin2, eventType, actor, text, state *string
	limit                                                            *int
}

// addFilterFlags declares the filter flags; withState adds --state, which
// only incidents have.
func addFilterFlags(fs *flag.FlagSet, withState bool) *filterFlags {
	f := &filterFlags{
		from:      fs.String("from", "", "first event date, YYYY-MM-DD"),
		to:        fs.String("to", "", "last event date, YYYY-MM-DD"),
		country:   fs.String("country", "", "country name or ISO3 code"),
		admin1:    fs.String("admin1", "", "province"),
		admin2:    fs.String("admin2", "", "district"),
		eventType: fs.String("type", "", "ACLED event type, e.g. Battles"),
		actor:     fs.String("actor", "", "actor (actor1, actor2 or perpetrator)"),
		text:      fs.String("text", "", "words the source documents contain"),
		limit:     fs.Int("limit", 0, "most records to list (0: all)"),
	}
	if withState {
		f.state = fs.String("state", "", "review state: unreviewed, verified or rejected")
	}
	return f
}

func (f *filterFlags) filter() vigil.Filter {
	v := vigil.Filter{From: *f.from, To: *f.to, Country: *f.country, Admin1: *f.admin1, Admin2: *f.admin2,
		EventType: *f.eventType, Actor: *f.actor, Text: *f.text, Limit: *f.limit}
	if f.state != nil {
		v.ReviewState = *f.state
	}
	return v
}

// userError turns a store error into what the user should read: the
// message of a coded error, the full chain otherwise.
func userError(what string, err error) error {
	if c := vigil.ErrorCode(err); c == vigil.EINVALID || c == vigil.ENOTFOUND {
		return fmt.Errorf("%s: %s", what, vigil.ErrorMessage(err))
	}
	return fmt.Errorf("%s: %w", what, err)
}

func runEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "events", "[--db PATH] [filters] [--limit N] [--format table|json|csv]")
	db := dbFlag(fs)
	filters := addFilterFlags(fs, false)
	format := fs.String("format", "table", "output: table, json (one JSON object a line) or csv (ACLED columns)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	write, ok := map[string]func(io.Writer, []vigil.StoredEvent) error{
		"table": writeEventTable, "json": writeEventJSON, "csv": export.WriteEventsCSV,
	}[*format]
	if !ok {
		return fmt.Errorf("--format %q: use table, json or csv", *format)
	}
	store, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	evs, err := store.Events(ctx, filters.filter())
	if err != nil {
		return userError("list events", err)
	}
	return write(env.Stdout, evs)
}

func writeEventTable(w io.Writer, evs []vigil.StoredEvent) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tADMIN1\tADMIN2\tLOCATION\tFATALITIES\tACTOR1\tOUTLET\tINCIDENT")
	for _, e := range evs {
		date, fatalities, incident := "-", "-", "-"
		if e.EventDate != nil {
			date = *e.EventDate
		}
		if e.Fatalities != nil {
			fatalities = strconv.Itoa(*e.Fatalities)
		}
		if e.IncidentID != 0 {
			incident = strconv.FormatInt(e.IncidentID, 10)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, date, cell(e.EventType), cell(e.Admin1),
			cell(e.Admin2), cell(e.Location), fatalities, cell(e.Actor1), cell(e.Outlet), incident)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// cell keeps a table cell on one line, free of control characters, and
// shows an empty value as "-".
func cell(s string) string {
	if s == "" {
		return "-"
	}
	return printable(s)
}

// printable replaces each control character of s with a space. Stored text
// comes from the reports vigil reads: a control character in it (an escape
// sequence, NUL, a newline) must not reach the terminal, where it could move
// the cursor, retitle the window or break a row in two.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// eventJSON is a stored event in the JSON output: the extraction contract's
// fields plus where the event is stored.
type eventJSON struct {
	ID         int64     `json:"id"`
	DocumentID int64     `json:"document_id"`
	Index      int       `json:"index"`
	IncidentID int64     `json:"incident_id,omitempty"`
	Outlet     string    `json:"outlet,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  time.Time `json:"published,omitzero"`
	vigil.Event
}

func writeEventJSON(w io.Writer, evs []vigil.StoredEvent) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range evs {
		if err := enc.Encode(eventJSON{ID: e.ID, DocumentID: e.DocumentID, Index: e.Index, IncidentID: e.IncidentID,
			Outlet: e.Outlet, URL: e.URL, Published: e.Published, Event: e.Event}); err != nil {
			return fmt.Errorf("write event %d: %w", e.ID, err)
		}
	}
	return nil
}
