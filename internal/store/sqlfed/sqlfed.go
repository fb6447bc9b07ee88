// Package sqlfed is vigil.FederationStore and vigil.ConflictStore over the
// federation tables (partners, partner_cursors, partner_objects,
// partner_incidents) and incident_versions that the SQLite and the
// PostgreSQL store create alike. The queries are written once here with ?
// placeholders; the dialect (sqlq.Dialect) numbers them and converts times,
// and the store lends its own incident operations (sqlq.Incidents) to the
// imports and settlements that change incidents, which record them as
// analysts' changes are (sqlreview). Each store's federation
// methods call a Federation.
package sqlfed

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/store/sqlreview"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var (
	_ vigil.FederationStore = (*Federation)(nil)
	_ vigil.ConflictStore   = (*Federation)(nil)
)

// Federation runs the federation methods in the transactions of the store
// that made it.
type Federation struct {
	db        sqlq.DB
	inc       sqlq.Incidents
	sourceRef string
}

// New returns the federation methods of a store. sourceRef is the
// database's condition, with one ? placeholder, that a partner_objects
// row's JSON has that source_ref: the databases spell JSON access
// differently.
func New(db sqlq.DB, inc sqlq.Incidents, sourceRef string) *Federation {
	return &Federation{db: db, inc: inc, sourceRef: sourceRef}
}

// stamp renders t for messages.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

// IncidentVersions lists the versions of every incident the context's
// viewer may see, each by the marking it had then, that began or ended
// after since, ordered by incident and start.
func (f *Federation) IncidentVersions(ctx context.Context, since time.Time) ([]vigil.IncidentVersion, error) {
	vis, vargs := marksql.Visible(f.db.Marks, "", vigil.ViewerFrom(ctx))
	at := f.db.Time(since)
	var out []vigil.IncidentVersion
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		var err error
		out, err = f.versions(ctx, tx, `(valid_from > ? OR valid_to > ?) AND `+vis, append([]any{at, at}, vargs...))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: incident versions since %s: %w", f.db.Name, stamp(since), err)
	}
	return out, nil
}

// IncidentHistories returns the visible histories of the incidents with a
// visible version beginning or ending in (after, until].
func (f *Federation) IncidentHistories(ctx context.Context, after time.Time, events int) ([]vigil.IncidentVersion, time.Time, error) {
	if events < 1 {
		return nil, time.Time{}, vigil.Errorf(vigil.EINVALID, "a window of incident history needs at least one event, not %d", events)
	}
	vis, vargs := marksql.Visible(f.db.Marks, "", vigil.ViewerFrom(ctx))
	at := f.db.Time(after)
	var out []vigil.IncidentVersion
	var until time.Time
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		// The events-th start and the events-th end after after, each
		// found along its index; the window closes at the earlier.
		for _, col := range []string{"valid_from", "valid_to"} {
			var t time.Time
			err := tx.QueryRowContext(ctx, `SELECT `+col+` FROM incident_versions WHERE `+col+` > ? AND `+vis+`
				ORDER BY `+col+` LIMIT 1 OFFSET ?`, append(append([]any{at}, vargs...), events-1)...).Scan(f.db.ScanTime(&t))
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			if until.IsZero() || t.Before(until) {
				until = t
			}
		}
		// Without an end, the window reaches the end of the history.
		window, args := `(valid_from > ? OR valid_to > ?)`, []any{at, at}
		if !until.IsZero() {
			end := f.db.Time(until)
			window = `((valid_from > ? AND valid_from <= ?) OR (valid_to > ? AND valid_to <= ?))`
			args = []any{at, end, at, end}
		}
		args = append(append(args, vargs...), vargs...)
		var err error
		out, err = f.versions(ctx, tx, `incident_id IN (SELECT incident_id FROM incident_versions WHERE `+window+` AND `+vis+`)
			AND `+vis, args)
		return err
	})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("%s: incident histories after %s: %w", f.db.Name, stamp(after), err)
	}
	return out, until, nil
}

// versions reads the incident versions matching cond (with ? placeholders
// for args), ordered by incident and start.
func (f *Federation) versions(ctx context.Context, tx sqlq.Tx, cond string, args []any) ([]vigil.IncidentVersion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT incident_id, valid_from, valid_to, json FROM incident_versions
		WHERE `+cond+` ORDER BY incident_id, valid_from`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []vigil.IncidentVersion
	for rows.Next() {
		var id int64
		var js string
		var v vigil.IncidentVersion
		if err := rows.Scan(&id, f.db.ScanTime(&v.From), f.db.ScanTime(&v.To), &js); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(js), &v.Incident); err != nil {
			return nil, fmt.Errorf("decode version of incident %d: %w", id, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// AddPartner records a partner.
func (f *Federation) AddPartner(ctx context.Context, p vigil.Partner) error {
	if err := vigil.CheckAccountName("partner", p.Name); err != nil {
		return err
	}
	if p.URL == "" || p.Collection == "" || p.Org == "" {
		return vigil.Errorf(vigil.EINVALID, "partner %q needs a URL, a collection and a local organisation", p.Name)
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = sqlq.Now()
	}
	err := f.db.InWrite(ctx, func(tx sqlq.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO partners (name, url, token, collection, org, created_at) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (name) DO NOTHING`, p.Name, p.URL, p.Token, p.Collection, p.Org, f.db.Time(p.CreatedAt))
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err == nil && n == 0 {
			err = vigil.Errorf(vigil.ECONFLICT, "partner %q exists already", p.Name)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: add partner %q: %w", f.db.Name, p.Name, err)
	}
	return nil
}

const partnerColumns = `name, url, token, collection, org, created_at`

func (f *Federation) scanPartner(row interface{ Scan(...any) error }) (vigil.Partner, error) {
	var p vigil.Partner
	err := row.Scan(&p.Name, &p.URL, &p.Token, &p.Collection, &p.Org, f.db.ScanTime(&p.CreatedAt))
	return p, err
}

// Partner returns one partner.
func (f *Federation) Partner(ctx context.Context, name string) (*vigil.Partner, error) {
	var p vigil.Partner
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		var err error
		p, err = f.scanPartner(tx.QueryRowContext(ctx, `SELECT `+partnerColumns+` FROM partners WHERE name = ?`, name))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no partner %q", name)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: partner %q: %w", f.db.Name, name, err)
	}
	return &p, nil
}

// Partners lists the partners by name.
func (f *Federation) Partners(ctx context.Context) ([]vigil.Partner, error) {
	var out []vigil.Partner
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+partnerColumns+` FROM partners ORDER BY name`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			p, err := f.scanPartner(rows)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: partners: %w", f.db.Name, err)
	}
	return out, nil
}

// PullCursor returns where the next pull of a partner's collection starts;
// the zero time before the first pull.
func (f *Federation) PullCursor(ctx context.Context, partner, collection string) (time.Time, error) {
	var t time.Time
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT added_after FROM partner_cursors WHERE partner = ? AND collection = ?`,
			partner, collection).Scan(f.db.ScanTime(&t))
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		return err
	})
	if err != nil {
		return t, fmt.Errorf("%s: pull cursor of %q: %w", f.db.Name, partner, err)
	}
	return t, nil
}

// SetPullCursor moves where the next pull of a partner's collection starts.
func (f *Federation) SetPullCursor(ctx context.Context, partner, collection string, after time.Time) error {
	err := f.db.InWrite(ctx, func(tx sqlq.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO partner_cursors (partner, collection, added_after) VALUES (?, ?, ?)
			ON CONFLICT (partner, collection) DO UPDATE SET added_after = excluded.added_after`, partner, collection, f.db.Time(after))
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: set pull cursor of %q: %w", f.db.Name, partner, err)
	}
	return nil
}

// AddReceived stores one received object version; false when the partner
// sent that version before.
func (f *Federation) AddReceived(ctx context.Context, r vigil.Received) (bool, error) {
	var created bool
	err := f.db.InWrite(ctx, func(tx sqlq.Tx) error {
		var err error
		created, err = f.insertReceived(ctx, tx, r)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("%s: store %s from %q: %w", f.db.Name, r.ID, r.Partner, err)
	}
	return created, nil
}

func (f *Federation) insertReceived(ctx context.Context, tx sqlq.Tx, r vigil.Received) (bool, error) {
	if r.Partner == "" || r.ID == "" || r.Version == "" || len(r.JSON) == 0 {
		return false, vigil.Errorf(vigil.EINVALID, "a received object needs a partner, an id, a version and content")
	}
	if r.ReceivedAt.IsZero() {
		r.ReceivedAt = sqlq.Now()
	}
	if r.Status == "" {
		r.Status = vigil.ReceivedKept
	}
	tlp, owner, recipients := marksql.Columns(r.Marking)
	res, err := tx.ExecContext(ctx, `INSERT INTO partner_objects
		(partner, stix_id, version, type, tlp, owner, recipients, json, received_at, incident_id, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		r.Partner, r.ID, r.Version, r.Type, tlp, owner, recipients, string(r.JSON), f.db.Time(r.ReceivedAt), r.IncidentID, r.Status)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

const receivedColumns = `partner, stix_id, version, type, tlp, owner, recipients, json, received_at, incident_id, status`

// receivedRows reads the received objects matching where (with ?
// placeholders for args) that the context's viewer may see.
func (f *Federation) receivedRows(ctx context.Context, where string, args ...any) ([]vigil.Received, error) {
	vis, vargs := marksql.Visible(f.db.Marks, "", vigil.ViewerFrom(ctx))
	var out []vigil.Received
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+receivedColumns+` FROM partner_objects WHERE `+where+` AND `+vis+`
			ORDER BY partner, stix_id, version`, append(args, vargs...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r vigil.Received
			var m marksql.Scanned
			var js string
			if err := rows.Scan(&r.Partner, &r.ID, &r.Version, &r.Type, &m.TLP, &m.Owner, &m.Recipients, &js,
				f.db.ScanTime(&r.ReceivedAt), &r.IncidentID, &r.Status); err != nil {
				return err
			}
			r.Marking, r.JSON = m.Marking(), []byte(js)
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// ReceivedVersions lists a partner's versions of one object, oldest first.
func (f *Federation) ReceivedVersions(ctx context.Context, partner, stixID string) ([]vigil.Received, error) {
	out, err := f.receivedRows(ctx, `partner = ? AND stix_id = ?`, partner, stixID)
	if err != nil {
		return nil, fmt.Errorf("%s: versions of %s from %q: %w", f.db.Name, stixID, partner, err)
	}
	return out, nil
}

// Conflicts lists the incident versions kept as conflicts, of one partner
// or ("") of all.
func (f *Federation) Conflicts(ctx context.Context, partner string) ([]vigil.Received, error) {
	where, args := `status = ?`, []any{vigil.ReceivedConflict}
	if partner != "" {
		where, args = `status = ? AND partner = ?`, append(args, partner)
	}
	out, err := f.receivedRows(ctx, where, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: conflicts: %w", f.db.Name, err)
	}
	return out, nil
}

// ImportLink returns the link of a partner's STIX incident.
func (f *Federation) ImportLink(ctx context.Context, partner, stixID string) (*vigil.ImportLink, error) {
	var l *vigil.ImportLink
	err := f.db.InRead(ctx, func(tx sqlq.Tx) error {
		var err error
		l, err = f.loadImportLink(ctx, tx, partner, stixID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: import of %s from %q: %w", f.db.Name, stixID, partner, err)
	}
	return l, nil
}

func (f *Federation) loadImportLink(ctx context.Context, tx sqlq.Tx, partner, stixID string) (*vigil.ImportLink, error) {
	l := vigil.ImportLink{Partner: partner, STIXID: stixID}
	err := tx.QueryRowContext(ctx, `SELECT incident_id, version, local_updated_at, retracted FROM partner_incidents
		WHERE partner = ? AND stix_id = ?`, partner, stixID).Scan(&l.IncidentID, &l.Version, f.db.ScanTime(&l.LocalUpdatedAt), &l.Retracted)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "%s from %q was never imported", stixID, partner)
	}
	if err != nil {
		return nil, err
	}
	return &l, nil
}

// ApplyImport carries out one import in one transaction.
func (f *Federation) ApplyImport(ctx context.Context, im vigil.Import) (int64, error) {
	r := im.Received
	if im.Save != nil {
		if err := sqlq.CheckEvent(&im.Save.Event); err != nil {
			return 0, fmt.Errorf("%s: import %s from %q: %w", f.db.Name, r.ID, r.Partner, err)
		}
		if im.Save.ReviewState == "" {
			im.Save.ReviewState = vigil.StateUnreviewed
		}
	}
	var id int64
	// The store's transaction for changes to incidents serialises imports
	// with each other and with every change to incidents, so the decision
	// checked here holds.
	err := f.inc.InWrite(ctx, f.db.Dialect, func(tx sqlq.Tx) error {
		t := sqlq.Now()
		old, err := f.loadImportLink(ctx, tx, r.Partner, r.ID)
		if err != nil && vigil.ErrorCode(err) != vigil.ENOTFOUND {
			return err
		}
		// What the importer decided from must still hold.
		if !sameLink(old, im.Link) {
			return vigil.Errorf(vigil.ECONFLICT, "the import of %s changed meanwhile", r.ID)
		}
		id = im.Link.IncidentID
		var touched []int64
		if id != 0 && !im.Link.Retracted {
			touched = append(touched, id)
		}
		var cur vigil.Incident
		if im.Save != nil && id != 0 {
			if cur, err = f.inc.Load(ctx, tx.SQL(), id); err != nil {
				return err
			}
			if !cur.UpdatedAt.Equal(im.Link.LocalUpdatedAt) {
				return vigil.Errorf(vigil.ECONFLICT, "incident %d changed since it was last imported", id)
			}
		}
		link := im.Link
		link.Partner, link.STIXID = r.Partner, r.ID
		switch {
		case im.Save != nil:
			inc := *im.Save
			inc.ID, inc.CreatedAt = id, cur.CreatedAt
			if inc.CreatedAt.IsZero() {
				inc.CreatedAt = t
			}
			ids, err := f.inc.Save(ctx, tx.SQL(), &inc, t)
			if err != nil {
				return err
			}
			id = inc.ID
			touched = append(touched, ids...)
			link.IncidentID, link.Version, link.LocalUpdatedAt = id, r.Version, inc.UpdatedAt
		case im.Retract:
			if id != 0 && !im.Link.Retracted {
				if err := sqlreview.DeleteIncident(ctx, tx, id); err != nil {
					return err
				}
			}
			link.Version, link.Retracted = r.Version, true
		}
		r.IncidentID = id
		if _, err := f.insertReceived(ctx, tx, r); err != nil {
			return err
		}
		if link.IncidentID != 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO partner_incidents (partner, stix_id, incident_id, version, local_updated_at, retracted)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partner, stix_id) DO UPDATE SET incident_id = excluded.incident_id,
				version = excluded.version, local_updated_at = excluded.local_updated_at, retracted = excluded.retracted`,
				link.Partner, link.STIXID, link.IncidentID, link.Version, f.db.Time(link.LocalUpdatedAt), link.Retracted); err != nil {
				return fmt.Errorf("link %s to incident %d: %w", r.ID, id, err)
			}
		}
		e := im.Audit
		if e.At.IsZero() {
			e.At = t
		}
		if id != 0 {
			e.Object = fmt.Sprintf("incident:%d", id)
		}
		if e.Actor != "" {
			if err := f.inc.Audit(ctx, tx.SQL(), &e); err != nil {
				return err
			}
		}
		return sqlreview.RecordVersions(ctx, tx, f.inc.Load, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: import %s from %q: %w", f.db.Name, r.ID, r.Partner, err)
	}
	return id, nil
}

// sameLink reports whether the stored link (nil when there is none) is the
// one an import was decided from.
func sameLink(stored *vigil.ImportLink, l vigil.ImportLink) bool {
	if stored == nil {
		return l.IncidentID == 0
	}
	return stored.IncidentID == l.IncidentID && stored.Version == l.Version &&
		stored.LocalUpdatedAt.Equal(l.LocalUpdatedAt) && stored.Retracted == l.Retracted
}
