// Package sqljobs is vigil.JobQueue over the jobs table that the SQLite and
// the PostgreSQL store create alike. Its queries are written once here with
// ? placeholders (see sqlq.Dialect); the one place the databases differ is
// how a claim keeps two claimers off the same job, which each store names
// (New). Each store's job methods call a Queue.
//
// Times are stored as Unix milliseconds on both databases, so jobs need no
// time conversions of the dialect.
package sqljobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/store/sqlq"
	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.JobQueue = (*Queue)(nil)

// Queue runs the work queue's methods in the transactions of the store
// that made it.
type Queue struct {
	db        sqlq.DB
	claimLock string
}

// New returns the work queue of a store. claimLock ends the sub-query
// that picks the job to claim: PostgreSQL's "FOR UPDATE SKIP LOCKED", so
// concurrent claimers each lock a different row; empty on SQLite, whose
// write transactions already hold the database's one write lock between
// the choice of a job and its update.
func New(db sqlq.DB, claimLock string) *Queue {
	return &Queue{db: db, claimLock: claimLock}
}

const jobColumns = `id, kind, payload, COALESCE(dedup, ''), state, attempts, max_attempts,
	run_at, lease_owner, lease_until, last_error, created_at, updated_at`

// Enqueue adds jobs in one transaction; see vigil.JobQueue.
func (q *Queue) Enqueue(ctx context.Context, now time.Time, jobs []vigil.NewJob) (int, error) {
	added := 0
	err := q.db.InWrite(ctx, func(tx sqlq.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO jobs
			(kind, payload, dedup, max_attempts, run_at, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, j := range jobs {
			nj, err := vigil.CheckNewJob(j, now)
			if err != nil {
				return fmt.Errorf("job %d: %w", i+1, err)
			}
			res, err := stmt.ExecContext(ctx, nj.Kind, nj.Payload, sqlq.NullString(nj.Dedup), nj.MaxAttempts,
				nj.RunAt.UnixMilli(), now.UnixMilli(), now.UnixMilli())
			if err != nil {
				return fmt.Errorf("job %d (%s): %w", i+1, nj.Kind, err)
			}
			n, _ := res.RowsAffected()
			added += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("%s: enqueue: %w", q.db.Name, err)
	}
	return added, nil
}

// Claim takes the next due job; see vigil.JobQueue.
func (q *Queue) Claim(ctx context.Context, owner string, now time.Time, lease time.Duration) (vigil.Job, bool, error) {
	var job vigil.Job
	found := false
	err := q.db.InWrite(ctx, func(tx sqlq.Tx) error {
		ms := now.UnixMilli()
		// A job whose worker died after its last attempt is not run again.
		if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'dead',
			last_error = 'lease of ' || lease_owner || ' expired on attempt ' || attempts || ' of ' || max_attempts
				|| CASE WHEN last_error = '' THEN '' ELSE '; before: ' || last_error END,
			lease_owner = '', lease_until = 0, updated_at = ?
			WHERE state = 'running' AND lease_until <= ? AND attempts >= max_attempts`, ms, ms); err != nil {
			return err
		}
		// The dedup key is dropped on claim: a new job of the same key may
		// then wait while this one runs.
		row := tx.QueryRowContext(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			dedup = NULL, lease_owner = ?, lease_until = ?, updated_at = ?
			WHERE id = (SELECT id FROM jobs
				WHERE (state = 'queued' AND run_at <= ?) OR (state = 'running' AND lease_until <= ?)
				ORDER BY run_at, id LIMIT 1
				`+q.claimLock+`)
			RETURNING `+jobColumns, owner, now.Add(lease).UnixMilli(), ms, ms, ms)
		var err error
		job, err = scanJob(row)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return vigil.Job{}, false, fmt.Errorf("%s: claim job for %s: %w", q.db.Name, owner, err)
	}
	return job, found, nil
}

// Extend renews a lease; see vigil.JobQueue.
func (q *Queue) Extend(ctx context.Context, id int64, owner string, until time.Time) error {
	return q.held(ctx, "extend", id, owner, `UPDATE jobs SET lease_until = ?
		WHERE id = ? AND lease_owner = ? AND state = 'running'`, until.UnixMilli(), id, owner)
}

// Complete marks a job done; see vigil.JobQueue.
func (q *Queue) Complete(ctx context.Context, id int64, owner string, now time.Time) error {
	return q.held(ctx, "complete", id, owner, `UPDATE jobs SET state = 'done', lease_owner = '',
		lease_until = 0, updated_at = ? WHERE id = ? AND lease_owner = ? AND state = 'running'`,
		now.UnixMilli(), id, owner)
}

// Fail records a failure and retries or buries the job; see vigil.JobQueue.
func (q *Queue) Fail(ctx context.Context, id int64, owner string, now, retryAt time.Time, errMsg string) error {
	return q.held(ctx, "fail", id, owner, `UPDATE jobs SET
		state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
		run_at = ?, last_error = ?, lease_owner = '', lease_until = 0, updated_at = ?
		WHERE id = ? AND lease_owner = ? AND state = 'running'`,
		retryAt.UnixMilli(), errMsg, now.UnixMilli(), id, owner)
}

// Release returns a job to the queue uncounted; see vigil.JobQueue.
func (q *Queue) Release(ctx context.Context, id int64, owner string, now time.Time) error {
	return q.held(ctx, "release", id, owner, `UPDATE jobs SET state = 'queued',
		attempts = attempts - 1, run_at = ?, lease_owner = '', lease_until = 0, updated_at = ?
		WHERE id = ? AND lease_owner = ? AND state = 'running'`,
		now.UnixMilli(), now.UnixMilli(), id, owner)
}

// held runs an update that only the job's lease holder may make.
func (q *Queue) held(ctx context.Context, verb string, id int64, owner, query string, args ...any) error {
	err := q.db.InWrite(ctx, func(tx sqlq.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return vigil.Errorf(vigil.ENOTFOUND, "job %d is not running under %s (its lease expired or it finished)", id, owner)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %s job %d: %w", q.db.Name, verb, id, err)
	}
	return nil
}

// Jobs lists jobs, newest first; see vigil.JobQueue.
func (q *Queue) Jobs(ctx context.Context, state string, limit int) ([]vigil.Job, error) {
	if limit <= 0 {
		limit = 100
	}
	where, args := "", []any{limit}
	if state != "" {
		where, args = `WHERE state = ?`, []any{state, limit}
	}
	var out []vigil.Job
	err := q.db.InRead(ctx, func(tx sqlq.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+jobColumns+` FROM jobs `+where+` ORDER BY id DESC LIMIT ?`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			j, err := scanJob(rows)
			if err != nil {
				return err
			}
			out = append(out, j)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list jobs: %w", q.db.Name, err)
	}
	return out, nil
}

// JobCounts counts jobs by state; see vigil.JobQueue.
func (q *Queue) JobCounts(ctx context.Context) (map[string]int, error) {
	counts := map[string]int{}
	err := q.db.InRead(ctx, func(tx sqlq.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT state, COUNT(*) FROM jobs GROUP BY state`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var st string
			var n int
			if err := rows.Scan(&st, &n); err != nil {
				return err
			}
			counts[st] = n
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: count jobs: %w", q.db.Name, err)
	}
	return counts, nil
}

func scanJob(row interface{ Scan(...any) error }) (vigil.Job, error) {
	var j vigil.Job
	var runAt, leaseUntil, created, updated int64
	err := row.Scan(&j.ID, &j.Kind, &j.Payload, &j.Dedup, &j.State, &j.Attempts, &j.MaxAttempts,
		&runAt, &j.LeaseOwner, &leaseUntil, &j.LastError, &created, &updated)
	if err != nil {
		return vigil.Job{}, err
	}
	j.RunAt = vigil.JobTime(runAt)
	j.LeaseUntil = vigil.JobTime(leaseUntil)
	j.CreatedAt = vigil.JobTime(created)
	j.UpdatedAt = vigil.JobTime(updated)
	return j, nil
}
