// Package sqlaccounts is vigil.AccountStore and vigil.LoginThrottle over the
// account tables (orgs, partnerships, users, sessions, api_tokens,
// login_failures) that the SQLite and the PostgreSQL store create alike: the
// queries are the same SQL in both, written once here with ? placeholders,
// which each store's Rebind numbers for its database. Each store embeds an
// *Accounts made with New, so its methods are the store's.
package sqlaccounts

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

var _ vigil.AccountStore = (*Accounts)(nil)

// Accounts runs the account methods in the transactions of the store that
// made it (New).
type Accounts struct {
	dialect     string
	read, write func(ctx context.Context, fn func(*sql.Tx) error) error
	rebind      func(string) string
}

// New returns the account methods of a store. dialect names the database
// in errors ("sqlite: add user ..."); read and write run fn in the store's
// read-only and read-write transactions; rebind rewrites a query's ?
// placeholders for the database (nil keeps them).
func New(dialect string, read, write func(ctx context.Context, fn func(*sql.Tx) error) error, rebind func(string) string) *Accounts {
	if rebind == nil {
		rebind = func(q string) string { return q }
	}
	return &Accounts{dialect: dialect, read: read, write: write, rebind: rebind}
}

// qtx is a transaction whose queries, written with ? placeholders, are
// rebound for the database before they run.
type qtx struct {
	tx     *sql.Tx
	rebind func(string) string
}

func (t qtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(ctx, t.rebind(query), args...)
}

func (t qtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(ctx, t.rebind(query), args...)
}

func (t qtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return t.tx.ExecContext(ctx, t.rebind(query), args...)
}

// inRead runs fn in one of the store's read-only transactions.
func (s *Accounts) inRead(ctx context.Context, fn func(tx qtx) error) error {
	return s.read(ctx, func(tx *sql.Tx) error { return fn(qtx{tx, s.rebind}) })
}

// inWrite runs fn in one of the store's read-write transactions.
func (s *Accounts) inWrite(ctx context.Context, fn func(tx qtx) error) error {
	return s.write(ctx, func(tx *sql.Tx) error { return fn(qtx{tx, s.rebind}) })
}

// msTime reads a Unix-millisecond column; 0 is the zero time.
func msTime(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// unixMs stores t as Unix milliseconds; the zero time as 0.
func unixMs(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// AddOrg adds an organisation; see vigil.AccountStore.
func (s *Accounts) AddOrg(ctx context.Context, name string, at time.Time) (int64, error) {
	if err := vigil.CheckAccountName("organisation", name); err != nil {
		return 0, err
	}
	var id int64
	err := s.inWrite(ctx, func(tx qtx) error {
		if _, err := orgID(ctx, tx, name); err == nil {
			return vigil.Errorf(vigil.ECONFLICT, "organisation %q already exists", name)
		}
		return tx.QueryRowContext(ctx, `INSERT INTO orgs (name, created_at) VALUES (?, ?) RETURNING id`,
			name, unixMs(at)).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: add organisation %q: %w", s.dialect, name, err)
	}
	return id, nil
}

func orgID(ctx context.Context, tx qtx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM orgs WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, vigil.Errorf(vigil.ENOTFOUND, "no organisation %q", name)
	}
	return id, err
}

// Org returns one organisation with its partners.
func (s *Accounts) Org(ctx context.Context, name string) (*vigil.Org, error) {
	orgs, err := s.orgs(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(orgs) == 0 {
		return nil, vigil.Errorf(vigil.ENOTFOUND, "no organisation %q", name)
	}
	return &orgs[0], nil
}

// Orgs lists the organisations by name, with their partners.
func (s *Accounts) Orgs(ctx context.Context) ([]vigil.Org, error) {
	return s.orgs(ctx, "")
}

// orgs lists every organisation, or only the one named.
func (s *Accounts) orgs(ctx context.Context, only string) ([]vigil.Org, error) {
	var orgs []vigil.Org
	err := s.inRead(ctx, func(tx qtx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, name, created_at FROM orgs
			WHERE ? = '' OR name = ? ORDER BY name`, only, only)
		if err != nil {
			return err
		}
		defer rows.Close()
		byID := map[int64]int{}
		for rows.Next() {
			var o vigil.Org
			var at int64
			if err := rows.Scan(&o.ID, &o.Name, &at); err != nil {
				return err
			}
			o.CreatedAt = msTime(at)
			byID[o.ID] = len(orgs)
			orgs = append(orgs, o)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		prows, err := tx.QueryContext(ctx, `SELECT p.org_a, a.name, p.org_b, b.name FROM partnerships p
			JOIN orgs a ON a.id = p.org_a JOIN orgs b ON b.id = p.org_b`)
		if err != nil {
			return err
		}
		defer prows.Close()
		for prows.Next() {
			var idA, idB int64
			var nameA, nameB string
			if err := prows.Scan(&idA, &nameA, &idB, &nameB); err != nil {
				return err
			}
			if i, ok := byID[idA]; ok {
				orgs[i].Partners = append(orgs[i].Partners, nameB)
			}
			if i, ok := byID[idB]; ok {
				orgs[i].Partners = append(orgs[i].Partners, nameA)
			}
		}
		return prows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list organisations: %w", s.dialect, err)
	}
	for i := range orgs {
		sort.Strings(orgs[i].Partners)
	}
	return orgs, nil
}

// AddPartnership makes two organisations partners; see vigil.AccountStore.
func (s *Accounts) AddPartnership(ctx context.Context, a, b string, at time.Time) error {
	if a == b {
		return vigil.Errorf(vigil.EINVALID, "organisation %q cannot partner with itself", a)
	}
	err := s.inWrite(ctx, func(tx qtx) error {
		idA, err := orgID(ctx, tx, a)
		if err != nil {
			return err
		}
		idB, err := orgID(ctx, tx, b)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO partnerships (org_a, org_b, created_at)
			VALUES (?, ?, ?) ON CONFLICT DO NOTHING`, min(idA, idB), max(idA, idB), unixMs(at))
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: partner %q with %q: %w", s.dialect, a, b, err)
	}
	return nil
}

// AddUser adds a user to an existing organisation.
func (s *Accounts) AddUser(ctx context.Context, u *vigil.User) (int64, error) {
	if err := vigil.CheckAccountName("user", u.Name); err != nil {
		return 0, err
	}
	if _, err := vigil.ParseRole(string(u.Role)); err != nil {
		return 0, err
	}
	if u.PasswordHash == "" {
		return 0, vigil.Errorf(vigil.EINVALID, "user %q has no password hash", u.Name)
	}
	var id int64
	err := s.inWrite(ctx, func(tx qtx) error {
		org, err := orgID(ctx, tx, u.Org)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM users WHERE name = ?`, u.Name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return vigil.Errorf(vigil.ECONFLICT, "user %q already exists", u.Name)
		}
		return tx.QueryRowContext(ctx, `INSERT INTO users (name, org_id, role, password_hash, disabled, created_at)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
			u.Name, org, string(u.Role), u.PasswordHash, u.Disabled, unixMs(u.CreatedAt)).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: add user %q: %w", s.dialect, u.Name, err)
	}
	u.ID = id
	return id, nil
}

const userColumns = `u.id, u.name, o.name, u.role, u.password_hash, u.disabled, u.created_at
	FROM users u JOIN orgs o ON o.id = u.org_id`

func scanUser(row interface{ Scan(...any) error }) (vigil.User, error) {
	var u vigil.User
	var role string
	var at int64
	err := row.Scan(&u.ID, &u.Name, &u.Org, &role, &u.PasswordHash, &u.Disabled, &at)
	u.Role, u.CreatedAt = vigil.Role(role), msTime(at)
	return u, err
}

// User returns one user by name.
func (s *Accounts) User(ctx context.Context, name string) (*vigil.User, error) {
	var u vigil.User
	err := s.inRead(ctx, func(tx qtx) error {
		var err error
		u, err = scanUser(tx.QueryRowContext(ctx, `SELECT `+userColumns+` WHERE u.name = ?`, name))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no user %q", name)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: user %q: %w", s.dialect, name, err)
	}
	return &u, nil
}

// Users lists every user by name.
func (s *Accounts) Users(ctx context.Context) ([]vigil.User, error) {
	var users []vigil.User
	err := s.inRead(ctx, func(tx qtx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+userColumns+` ORDER BY u.name`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			u, err := scanUser(rows)
			if err != nil {
				return err
			}
			users = append(users, u)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list users: %w", s.dialect, err)
	}
	return users, nil
}

// updateUser runs one UPDATE on the named user and ends their sessions.
func (s *Accounts) updateUser(ctx context.Context, name, query string, args ...any) error {
	return s.inWrite(ctx, func(tx qtx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE name = ?`, name).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no user %q", name)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, query, append(args, id)...); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, id)
		return err
	})
}

// SetUserDisabled disables or re-enables a user; see vigil.AccountStore.
func (s *Accounts) SetUserDisabled(ctx context.Context, name string, disabled bool) error {
	if err := s.updateUser(ctx, name, `UPDATE users SET disabled = ? WHERE id = ?`, disabled); err != nil {
		return fmt.Errorf("%s: disable user %q: %w", s.dialect, name, err)
	}
	return nil
}

// SetPassword replaces a user's password hash; see vigil.AccountStore.
func (s *Accounts) SetPassword(ctx context.Context, name, hash string) error {
	if hash == "" {
		return vigil.Errorf(vigil.EINVALID, "empty password hash for user %q", name)
	}
	if err := s.updateUser(ctx, name, `UPDATE users SET password_hash = ? WHERE id = ?`, hash); err != nil {
		return fmt.Errorf("%s: set password of %q: %w", s.dialect, name, err)
	}
	return nil
}

// AddSession stores a session under the hash of its id.
func (s *Accounts) AddSession(ctx context.Context, idHash []byte, sess vigil.Session) error {
	err := s.inWrite(ctx, func(tx qtx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE name = ?`, sess.User).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no user %q", sess.User)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)`,
			idHash, id, unixMs(sess.CreatedAt), unixMs(sess.ExpiresAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: add session for %q: %w", s.dialect, sess.User, err)
	}
	return nil
}

// Session finds a session by the hash of its id.
func (s *Accounts) Session(ctx context.Context, idHash []byte) (*vigil.Session, error) {
	var sess vigil.Session
	err := s.inRead(ctx, func(tx qtx) error {
		var created, expires int64
		err := tx.QueryRowContext(ctx, `SELECT u.name, s.created_at, s.expires_at FROM sessions s
			JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?`, idHash).Scan(&sess.User, &created, &expires)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no such session")
		}
		sess.CreatedAt, sess.ExpiresAt = msTime(created), msTime(expires)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: session: %w", s.dialect, err)
	}
	return &sess, nil
}

// DeleteSession ends a session; ending an unknown one is not an error.
func (s *Accounts) DeleteSession(ctx context.Context, idHash []byte) error {
	err := s.inWrite(ctx, func(tx qtx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE id_hash = ?`, idHash)
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: delete session: %w", s.dialect, err)
	}
	return nil
}

// AddToken stores an API token's hash, scope and expiry.
func (s *Accounts) AddToken(ctx context.Context, t *vigil.APIToken) (int64, error) {
	if _, err := vigil.ParseScope(string(t.Scope)); err != nil {
		return 0, err
	}
	if len(t.Hash) == 0 {
		return 0, vigil.Errorf(vigil.EINVALID, "token for %q has no hash", t.User)
	}
	var id int64
	err := s.inWrite(ctx, func(tx qtx) error {
		var user int64
		err := tx.QueryRowContext(ctx, `SELECT id FROM users WHERE name = ?`, t.User).Scan(&user)
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no user %q", t.User)
		}
		if err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO api_tokens (user_id, hash, scope, created_at, expires_at)
			VALUES (?, ?, ?, ?, ?) RETURNING id`,
			user, t.Hash, string(t.Scope), unixMs(t.CreatedAt), unixMs(t.ExpiresAt)).Scan(&id)
	})
	if err != nil {
		return 0, fmt.Errorf("%s: add token for %q: %w", s.dialect, t.User, err)
	}
	t.ID = id
	return id, nil
}

const tokenColumns = `t.id, u.name, t.scope, t.hash, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
	FROM api_tokens t JOIN users u ON u.id = t.user_id`

func scanToken(row interface{ Scan(...any) error }) (vigil.APIToken, error) {
	var t vigil.APIToken
	var scope string
	var created, expires, used, revoked int64
	err := row.Scan(&t.ID, &t.User, &scope, &t.Hash, &created, &expires, &used, &revoked)
	t.Scope = vigil.Scope(scope)
	t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt = msTime(created), msTime(expires), msTime(used), msTime(revoked)
	return t, err
}

// TokenByHash finds a token by its hash; see vigil.AccountStore.
func (s *Accounts) TokenByHash(ctx context.Context, hash []byte) (*vigil.APIToken, error) {
	var t vigil.APIToken
	err := s.inRead(ctx, func(tx qtx) error {
		var err error
		t, err = scanToken(tx.QueryRowContext(ctx, `SELECT `+tokenColumns+` WHERE t.hash = ?`, hash))
		if errors.Is(err, sql.ErrNoRows) {
			return vigil.Errorf(vigil.ENOTFOUND, "no such token")
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s: token: %w", s.dialect, err)
	}
	return &t, nil
}

// Tokens lists every token, oldest first. Their hashes are left out.
func (s *Accounts) Tokens(ctx context.Context) ([]vigil.APIToken, error) {
	var tokens []vigil.APIToken
	err := s.inRead(ctx, func(tx qtx) error {
		rows, err := tx.QueryContext(ctx, `SELECT `+tokenColumns+` ORDER BY t.id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			t, err := scanToken(rows)
			if err != nil {
				return err
			}
			t.Hash = nil
			tokens = append(tokens, t)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("%s: list tokens: %w", s.dialect, err)
	}
	return tokens, nil
}

// updateToken runs one UPDATE on token id, ENOTFOUND if there is none.
func (s *Accounts) updateToken(ctx context.Context, id int64, query string, at time.Time) error {
	return s.inWrite(ctx, func(tx qtx) error {
		res, err := tx.ExecContext(ctx, query, unixMs(at), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return vigil.Errorf(vigil.ENOTFOUND, "no token %d", id)
		}
		return nil
	})
}

// TouchToken records when a token was last used.
func (s *Accounts) TouchToken(ctx context.Context, id int64, at time.Time) error {
	if err := s.updateToken(ctx, id, `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`, at); err != nil {
		return fmt.Errorf("%s: touch token %d: %w", s.dialect, id, err)
	}
	return nil
}

// RevokeToken revokes a token; revoking it again keeps the first time.
func (s *Accounts) RevokeToken(ctx context.Context, id int64, at time.Time) error {
	err := s.updateToken(ctx, id, `UPDATE api_tokens SET revoked_at = CASE WHEN revoked_at = 0 THEN ? ELSE revoked_at END WHERE id = ?`, at)
	if err != nil {
		return fmt.Errorf("%s: revoke token %d: %w", s.dialect, id, err)
	}
	return nil
}
