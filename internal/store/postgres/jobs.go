package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.JobQueue = (*Store)(nil)

// The PostgreSQL work queue. A claim picks its job with FOR UPDATE SKIP
// LOCKED, so concurrent claimers in any number of processes each lock a
// different row and none waits for another.

const jobColumns = `id, kind, payload, COALESCE(dedup, ''), state, attempts, max_attempts,
	run_at, lease_owner, lease_until, last_error, created_at, updated_at`

// Enqueue adds jobs in one transaction; see vigil.JobQueue.
func (s *Store) Enqueue(ctx context.Context, now time.Time, jobs []vigil.NewJob) (int, error) {
	added := 0
	err := s.write(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO jobs
			(kind, payload, dedup, max_attempts, run_at, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, j := range jobs {
			nj, err := vigil.CheckNewJob(j, now)
			if err != nil {
				return fmt.Errorf("job %d: %w", i+1, err)
			}
			res, err := stmt.ExecContext(ctx, nj.Kind, nj.Payload, nullText(nj.Dedup), nj.MaxAttempts,
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
		return 0, fmt.Errorf("postgres: enqueue: %w", err)
	}
	return added, nil
}

// Claim takes the next due job; see vigil.JobQueue.
func (s *Store) Claim(ctx context.Context, owner string, now time.Time, lease time.Duration) (vigil.Job, bool, error) {
	var job vigil.Job
	found := false
	err := s.write(ctx, func(tx *sql.Tx) error {
		ms := now.UnixMilli()
		// A job whose worker died after its last attempt is not run again.
		if _, err := tx.ExecContext(ctx, `UPDATE jobs SET state = 'dead',
			last_error = 'lease of ' || lease_owner || ' expired on attempt ' || attempts || ' of ' || max_attempts
				|| CASE WHEN last_error = '' THEN '' ELSE '; before: ' || last_error END,
			lease_owner = '', lease_until = 0, updated_at = $1
			WHERE state = 'running' AND lease_until <= $2 AND attempts >= max_attempts`, ms, ms); err != nil {
			return err
		}
		// The dedup key is dropped on claim: a new job of the same key may
		// then wait while this one runs.
		row := tx.QueryRowContext(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			dedup = NULL, lease_owner = $1, lease_until = $2, updated_at = $3
			WHERE id = (SELECT id FROM jobs
				WHERE (state = 'queued' AND run_at <= $4) OR (state = 'running' AND lease_until <= $5)
				ORDER BY run_at, id LIMIT 1
				FOR UPDATE SKIP LOCKED)
			RETURNING `+jobColumns, owner, now.Add(lease).UnixMilli(), ms, ms, ms)
		var err error
		job, err = scanJob(row)
		if err == sql.ErrNoRows {
			return nil
		}
		found = err == nil
		return err
	})
	if err != nil {
		return vigil.Job{}, false, fmt.Errorf("postgres: claim job for %s: %w", owner, err)
	}
	return job, found, nil
}

// Extend renews a lease; see vigil.JobQueue.
func (s *Store) Extend(ctx context.Context, id int64, owner string, until time.Time) error {
	return s.held(ctx, "extend", id, owner, `UPDATE jobs SET lease_until = $1
		WHERE id = $2 AND lease_owner = $3 AND state = 'running'`, until.UnixMilli(), id, owner)
}

// Complete marks a job done; see vigil.JobQueue.
func (s *Store) Complete(ctx context.Context, id int64, owner string, now time.Time) error {
	return s.held(ctx, "complete", id, owner, `UPDATE jobs SET state = 'done', lease_owner = '',
		lease_until = 0, updated_at = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'running'`,
		now.UnixMilli(), id, owner)
}

// Fail records a failure and retries or buries the job; see vigil.JobQueue.
func (s *Store) Fail(ctx context.Context, id int64, owner string, now, retryAt time.Time, errMsg string) error {
	return s.held(ctx, "fail", id, owner, `UPDATE jobs SET
		state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
		run_at = $1, last_error = $2, lease_owner = '', lease_until = 0, updated_at = $3
		WHERE id = $4 AND lease_owner = $5 AND state = 'running'`,
		retryAt.UnixMilli(), errMsg, now.UnixMilli(), id, owner)
}

// Release returns a job to the queue uncounted; see vigil.JobQueue.
func (s *Store) Release(ctx context.Context, id int64, owner string, now time.Time) error {
	return s.held(ctx, "release", id, owner, `UPDATE jobs SET state = 'queued',
		attempts = attempts - 1, run_at = $1, lease_owner = '', lease_until = 0, updated_at = $2
		WHERE id = $3 AND lease_owner = $4 AND state = 'running'`,
		now.UnixMilli(), now.UnixMilli(), id, owner)
}

// held runs an update that only the job's lease holder may make.
func (s *Store) held(ctx context.Context, verb string, id int64, owner, query string, args ...any) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
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
		return fmt.Errorf("postgres: %s job %d: %w", verb, id, err)
	}
	return nil
}

// Jobs lists jobs, newest first; see vigil.JobQueue.
func (s *Store) Jobs(ctx context.Context, state string, limit int) ([]vigil.Job, error) {
	if limit <= 0 {
		limit = 100
	}
	var out []vigil.Job
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+jobColumns+` FROM jobs
			WHERE $1 = '' OR state = $1 ORDER BY id DESC LIMIT $2`, state, limit)
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
		return nil, fmt.Errorf("postgres: list jobs: %w", err)
	}
	return out, nil
}

// JobCounts counts jobs by state; see vigil.JobQueue.
func (s *Store) JobCounts(ctx context.Context) (map[string]int, error) {
	counts := map[string]int{}
	err := s.read(ctx, func(tx *sql.Tx) error {
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
		return nil, fmt.Errorf("postgres: count jobs: %w", err)
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

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}
