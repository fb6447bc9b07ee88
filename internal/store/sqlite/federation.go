package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vigil-osint/vigil/internal/store/marksql"
	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.FederationStore = (*Store)(nil)

// IncidentVersions lists the versions of every incident the context's
// viewer may see, each by the marking it had then, that began or ended
// after since, ordered by incident and start.
func (s *Store) IncidentVersions(ctx context.Context, since time.Time) ([]vigil.IncidentVersion, error) {
	vis, args := marksql.Visible(marksql.SQLite, "", vigil.ViewerFrom(ctx))
	stamp := formatTime(since)
	var out []vigil.IncidentVersion
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT incident_id, valid_from, coalesce(valid_to, ''), json FROM incident_versions
			WHERE (valid_from > ? OR valid_to > ?) AND `+vis+`
			ORDER BY incident_id, valid_from`, append([]any{stamp, stamp}, args...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		out, err = scanVersions(rows)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: incident versions since %s: %w", stamp, err)
	}
	return out, nil
}

// IncidentHistories returns the visible histories of the incidents with a
// visible version beginning or ending in (after, until].
func (s *Store) IncidentHistories(ctx context.Context, after time.Time, events int) ([]vigil.IncidentVersion, time.Time, error) {
	if events < 1 {
		return nil, time.Time{}, vigil.Errorf(vigil.EINVALID, "a window of incident history needs at least one event, not %d", events)
	}
	vis, vargs := marksql.Visible(marksql.SQLite, "", vigil.ViewerFrom(ctx))
	stamp := formatTime(after)
	var out []vigil.IncidentVersion
	var until time.Time
	err := s.read(ctx, func(tx *sql.Tx) error {
		// The events-th start and the events-th end after after, each
		// found along its index; the window closes at the earlier.
		var ends []string
		for _, col := range []string{"valid_from", "valid_to"} {
			var t string
			err := tx.QueryRowContext(ctx, `SELECT `+col+` FROM incident_versions WHERE `+col+` > ? AND `+vis+`
				ORDER BY `+col+` LIMIT 1 OFFSET ?`, append(append([]any{stamp}, vargs...), events-1)...).Scan(&t)
			if errors.Is(err, sql.ErrNoRows) {
				continue
			}
			if err != nil {
				return err
			}
			ends = append(ends, t)
		}
		// Without an end, the window reaches the end of the history.
		window, args := `(valid_from > ? OR valid_to > ?)`, []any{stamp, stamp}
		if len(ends) > 0 {
			end := slices.Min(ends)
			var err error
			if until, err = parseTime(end); err != nil {
				return err
			}
			window = `((valid_from > ? AND valid_from <= ?) OR (valid_to > ? AND valid_to <= ?))`
			args = []any{stamp, end, stamp, end}
		}
		args = append(append(args, vargs...), vargs...)
		rows, err := tx.QueryContext(ctx, `SELECT incident_id, valid_from, coalesce(valid_to, ''), json FROM incident_versions
			WHERE incident_id IN (SELECT incident_id FROM incident_versions WHERE `+window+` AND `+vis+`)
			AND `+vis+`
			ORDER BY incident_id, valid_from`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		out, err = scanVersions(rows)
		return err
	})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("sqlite: incident histories after %s: %w", stamp, err)
	}
	return out, until, nil
}

// scanVersions reads rows of incident_id, valid_from, valid_to (empty while
// current) and json.
func scanVersions(rows *sql.Rows) ([]vigil.IncidentVersion, error) {
	var out []vigil.IncidentVersion
	for rows.Next() {
		var id int64
		var from, to, js string
		if err := rows.Scan(&id, &from, &to, &js); err != nil {
			return nil, err
		}
		var v vigil.IncidentVersion
		if err := json.Unmarshal([]byte(js), &v.Incident); err != nil {
			return nil, fmt.Errorf("decode version of incident %d: %w", id, err)
		}
		var err error
		if v.From, err = parseTime(from); err != nil {
			return nil, err
		}
		if v.To, err = parseTime(to); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// AddPartner records a partner.
func (s *Store) AddPartner(ctx context.Context, p vigil.Partner) error {
	if err := vigil.CheckAccountName("partner", p.Name); err != nil {
		return err
	}
	if p.URL == "" || p.Collection == "" || p.Org == "" {
		return vigil.Errorf(vigil.EINVALID, "partner %q needs a URL, a collection and a local organisation", p.Name)
	}
	if p.CreatedAt.IsZero() {
		p.CreatedAt = now()
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO partners (name, url, token, collection, org, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			p.Name, p.URL, p.Token, p.Collection, p.Org, formatTime(p.CreatedAt))
		if err != nil && strings.Contains(err.Error(), "UNIQUE") {
			return vigil.Errorf(vigil.ECONFLICT, "partner %q exists already", p.Name)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: add partner %q: %w", p.Name, err)
	}
	return nil
}

const partnerColumns = `name, url, token, collection, org, created_at`

func scanPartner(row interface{ Scan(...any) error }) (vigil.Partner, error) {
	var p vigil.Partner
	var created string
	if err := row.Scan(&p.Name, &p.URL, &p.Token, &p.Collection, &p.Org, &created); err != nil {
		return p, err
	}
	var err error
	p.CreatedAt, err = parseTime(created)
	return p, err
}

// Partner returns one partner.
func (s *Store) Partner(ctx context.Context, name string) (*vigil.Partner, error) {
	var p vigil.Partner
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		p, err = scanPartner(tx.QueryRowContext(ctx, `SELECT `+partnerColumns+` FROM partners WHERE name = ?`, name))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no partner %q", name)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: partner %q: %w", name, err)
	}
	return &p, nil
}

// Partners lists the partners by name.
func (s *Store) Partners(ctx context.Context) ([]vigil.Partner, error) {
	var out []vigil.Partner
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+partnerColumns+` FROM partners ORDER BY name`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanPartner(rows)
			if err != nil {
				return err
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: partners: %w", err)
	}
	return out, nil
}

// PullCursor returns where the next pull of a partner's collection starts.
func (s *Store) PullCursor(ctx context.Context, partner, collection string) (time.Time, error) {
	var t time.Time
	err := s.read(ctx, func(tx *sql.Tx) error {
		var stamp string
		err := tx.QueryRowContext(ctx, `SELECT added_after FROM partner_cursors WHERE partner = ? AND collection = ?`, partner, collection).Scan(&stamp)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		t, err = parseTime(stamp)
		return err
	})
	if err != nil {
		return t, fmt.Errorf("sqlite: pull cursor of %q: %w", partner, err)
	}
	return t, nil
}

// SetPullCursor moves where the next pull of a partner's collection starts.
func (s *Store) SetPullCursor(ctx context.Context, partner, collection string, after time.Time) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO partner_cursors (partner, collection, added_after) VALUES (?, ?, ?)
			ON CONFLICT (partner, collection) DO UPDATE SET added_after = excluded.added_after`, partner, collection, formatTime(after))
		return err
	})
	if err != nil {
		return fmt.Errorf("sqlite: set pull cursor of %q: %w", partner, err)
	}
	return nil
}

// AddReceived stores one received object version.
func (s *Store) AddReceived(ctx context.Context, r vigil.Received) (bool, error) {
	var created bool
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		created, err = insertReceived(ctx, tx, r)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("sqlite: store %s from %q: %w", r.ID, r.Partner, err)
	}
	return created, nil
}

func insertReceived(ctx context.Context, tx *sql.Tx, r vigil.Received) (bool, error) {
	if r.Partner == "" || r.ID == "" || r.Version == "" || len(r.JSON) == 0 {
		return false, vigil.Errorf(vigil.EINVALID, "a received object needs a partner, an id, a version and content")
	}
	if r.ReceivedAt.IsZero() {
		r.ReceivedAt = now()
	}
	if r.Status == "" {
		r.Status = vigil.ReceivedKept
	}
	tlp, owner, recipients := marksql.Columns(r.Marking)
	res, err := tx.ExecContext(ctx, `INSERT INTO partner_objects
		(partner, stix_id, version, type, tlp, owner, recipients, json, received_at, incident_id, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		r.Partner, r.ID, r.Version, r.Type, tlp, owner, recipients, string(r.JSON), formatTime(r.ReceivedAt), r.IncidentID, r.Status)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

const receivedColumns = `partner, stix_id, version, type, tlp, owner, recipients, json, received_at, incident_id, status`

// receivedRows reads received objects the context's viewer may see.
func (s *Store) receivedRows(ctx context.Context, where string, args ...any) ([]vigil.Received, error) {
	vis, vargs := marksql.Visible(marksql.SQLite, "", vigil.ViewerFrom(ctx))
	var out []vigil.Received
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+receivedColumns+` FROM partner_objects WHERE `+where+` AND `+vis+`
			ORDER BY partner, stix_id, version`, append(args, vargs...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r vigil.Received
			var tlp, owner, recipients, js, at string
			if err := rows.Scan(&r.Partner, &r.ID, &r.Version, &r.Type, &tlp, &owner, &recipients, &js, &at, &r.IncidentID, &r.Status); err != nil {
				return err
			}
			r.Marking, r.JSON = marksql.Marking(tlp, owner, recipients), []byte(js)
			if r.ReceivedAt, err = parseTime(at); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// ReceivedVersions lists a partner's versions of one object, oldest first.
func (s *Store) ReceivedVersions(ctx context.Context, partner, stixID string) ([]vigil.Received, error) {
	out, err := s.receivedRows(ctx, `partner = ? AND stix_id = ?`, partner, stixID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: versions of %s from %q: %w", stixID, partner, err)
	}
	return out, nil
}

// Conflicts lists the incident versions kept as conflicts.
func (s *Store) Conflicts(ctx context.Context, partner string) ([]vigil.Received, error) {
	out, err := s.receivedRows(ctx, `status = ? AND (? = '' OR partner = ?)`, vigil.ReceivedConflict, partner, partner)
	if err != nil {
		return nil, fmt.Errorf("sqlite: conflicts: %w", err)
	}
	return out, nil
}

// ImportLink returns the link of a partner's STIX incident.
func (s *Store) ImportLink(ctx context.Context, partner, stixID string) (*vigil.ImportLink, error) {
	var l *vigil.ImportLink
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		l, err = loadImportLink(ctx, tx, partner, stixID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: import of %s from %q: %w", stixID, partner, err)
	}
	return l, nil
}

func loadImportLink(ctx context.Context, tx *sql.Tx, partner, stixID string) (*vigil.ImportLink, error) {
	l := vigil.ImportLink{Partner: partner, STIXID: stixID}
	var updated string
	err := tx.QueryRowContext(ctx, `SELECT incident_id, version, local_updated_at, retracted FROM partner_incidents
		WHERE partner = ? AND stix_id = ?`, partner, stixID).Scan(&l.IncidentID, &l.Version, &updated, &l.Retracted)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "%s from %q was never imported", stixID, partner)
	}
	if err != nil {
		return nil, err
	}
	if l.LocalUpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &l, nil
}

// ApplyImport carries out one import in one transaction.
func (s *Store) ApplyImport(ctx context.Context, im vigil.Import) (int64, error) {
	r := im.Received
	if im.Save != nil {
		if err := sqlq.CheckEvent(&im.Save.Event); err != nil {
			return 0, fmt.Errorf("sqlite: import %s from %q: %w", r.ID, r.Partner, err)
		}
		if im.Save.ReviewState == "" {
			im.Save.ReviewState = vigil.StateUnreviewed
		}
	}
	var id int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		t := now()
		old, err := loadImportLink(ctx, tx, r.Partner, r.ID)
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
			if cur, err = loadIncident(ctx, tx, id); err != nil {
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
			ids, err := saveIncident(ctx, tx, &inc, t)
			if err != nil {
				return err
			}
			id = inc.ID
			touched = append(touched, ids...)
			link.IncidentID, link.Version, link.LocalUpdatedAt = id, r.Version, inc.UpdatedAt
		case im.Retract:
			if id != 0 && !im.Link.Retracted {
				if err := deleteIncident(ctx, tx, id); err != nil {
					return err
				}
			}
			link.Version, link.Retracted = r.Version, true
		}
		r.IncidentID = id
		if _, err := insertReceived(ctx, tx, r); err != nil {
			return err
		}
		if link.IncidentID != 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO partner_incidents (partner, stix_id, incident_id, version, local_updated_at, retracted)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (partner, stix_id) DO UPDATE SET incident_id = excluded.incident_id,
				version = excluded.version, local_updated_at = excluded.local_updated_at, retracted = excluded.retracted`,
				link.Partner, link.STIXID, link.IncidentID, link.Version, formatTime(link.LocalUpdatedAt), link.Retracted); err != nil {
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
			if err := insertAudit(ctx, tx, &e); err != nil {
				return err
			}
		}
		return recordVersions(ctx, tx, touched, t)
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: import %s from %q: %w", r.ID, r.Partner, err)
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
