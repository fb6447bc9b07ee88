package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/extract"
	"github.com/vigil-osint/vigil/internal/ingest"
	"github.com/vigil-osint/vigil/internal/ingest/ingesttest"
	"github.com/vigil-osint/vigil/internal/store/pgtest"
	"github.com/vigil-osint/vigil/internal/store/postgres"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
	"github.com/vigil-osint/vigil/internal/web"
)

// seedSQL fills the incidents table with n generated incidents over eleven
// years and eight provinces, in one statement per database.
var seedSQL = map[string]string{
	"sqlite": `WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ?)
		INSERT INTO incidents (event_date, event_type, country, iso3, admin1, admin2, fatalities,
			sf_killed, civ_killed, mil_killed, review_state, created_at, updated_at, json)
		SELECT date('2015-01-01', '+' || ((i * 7919) % 4015) || ' days'),
			CASE i % 3 WHEN 0 THEN 'Battles' WHEN 1 THEN 'Explosions/Remote violence' ELSE 'Violence against civilians' END,
			'Pakistan', 'PAK', CASE i % 4 WHEN 0 THEN 'Khyber Pakhtunkhwa' WHEN 1 THEN 'Balochistan' WHEN 2 THEN 'Sindh' ELSE 'Punjab' END,
			'district ' || (i % 40), NULLIF(i % 9, 0), i % 4, i % 3, i % 5,
			CASE i % 3 WHEN 0 THEN 'unreviewed' WHEN 1 THEN 'verified' ELSE 'rejected' END,
			'2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z', '{}'
		FROM g`,
	"postgres": `INSERT INTO incidents (event_date, event_type, country, iso3, admin1, admin2, fatalities,
			sf_killed, civ_killed, mil_killed, review_state, created_at, updated_at, json)
		SELECT date '2015-01-01' + ((i::bigint * 7919) % 4015)::int,
			(ARRAY['Battles', 'Explosions/Remote violence', 'Violence against civilians'])[1 + i % 3],
			'Pakistan', 'PAK', (ARRAY['Khyber Pakhtunkhwa', 'Balochistan', 'Sindh', 'Punjab'])[1 + i % 4],
			'district ' || i % 40, NULLIF(i % 9, 0), i % 4, i % 3, i % 5,
			(ARRAY['unreviewed', 'verified', 'rejected'])[1 + i % 3], now(), now(), '{}'
		FROM generate_series(1, $1) AS i`,
}

// TestScale measures, on each database holding 100,000 and then 1,000,000
// incidents, the ingestion rate of new reports and the p50/p99 latency of
// the dashboard's queries. It takes minutes, so it runs only with
// VIGIL_BENCH_SCALE=1 (VIGIL_BENCH_SIZES=100000,1000000 to choose sizes).
func TestScale(t *testing.T) {
	if os.Getenv("VIGIL_BENCH_SCALE") != "1" {
		t.Skip("set VIGIL_BENCH_SCALE=1 to measure ingestion and the dashboard at 100k and 1M incidents (takes minutes)")
	}
	sizes := []int{100_000, 1_000_000}
	if v := os.Getenv("VIGIL_BENCH_SIZES"); v != "" {
		sizes = nil
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.Atoi(f)
			if err != nil {
				t.Fatalf("VIGIL_BENCH_SIZES: %v", err)
			}
			sizes = append(sizes, n)
		}
	}
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	reports := t.TempDir()
	const docs = 300
	paths, err := ingesttest.WriteReports(reports, docs*len(sizes)*2)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	batch := 0
	for _, backend := range []string{"sqlite", "postgres"} {
		for _, n := range sizes {
			t.Run(fmt.Sprintf("%s/%d", backend, n), func(t *testing.T) {
				var s interface {
					vigil.Store
					DB() *sql.DB
				}
				var arg any = n
				switch backend {
				case "sqlite":
					st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "vigil.db"))
					if err != nil {
						t.Fatal(err)
					}
					s = st
				case "postgres":
					st, err := postgres.Open(ctx, pgtest.Shared(t).NewDatabase(t))
					if err != nil {
						t.Fatal(err)
					}
					s = st
				}
				defer s.Close()
				began := time.Now()
				if _, err := s.DB().ExecContext(ctx, seedSQL[backend], arg); err != nil {
					t.Fatalf("seed: %v", err)
				}
				analyze := `ANALYZE`
				if backend == "postgres" {
					analyze = `VACUUM ANALYZE`
				}
				if _, err := s.DB().ExecContext(ctx, analyze); err != nil {
					t.Fatal(err)
				}
				t.Logf("seeded %d incidents in %s", n, time.Since(began).Round(time.Millisecond))

				p := &ingest.Pipeline{Store: s, Extractor: x, Options: ingest.Options{Workers: 2}}
				mine := paths[batch*docs : (batch+1)*docs]
				batch++
				sum, err := p.Ingest(ctx, mine)
				if err != nil || sum.New != docs {
					t.Fatalf("ingest: %s, %v", sum, err)
				}
				t.Logf("ingestion: %.1f documents/s", sum.Rate())

				desk, err := web.NewServer(s, web.Options{})
				if err != nil {
					t.Fatal(err)
				}
				for _, q := range []string{
					"/",
					"/api/v1/stats?by=month",
					"/api/v1/stats?by=month,admin1&from=2024-01-01&to=2024-12-31",
					"/api/v1/map?from=2024-10-01&to=2024-12-31",
					"/api/v1/incidents?admin1=Punjab&limit=50",
				} {
					var times []time.Duration
					for range 21 {
						rec := httptest.NewRecorder()
						t0 := time.Now()
						desk.ServeHTTP(rec, httptest.NewRequest("GET", q, nil))
						times = append(times, time.Since(t0))
						if rec.Code != 200 {
							t.Fatalf("%s: status %d", q, rec.Code)
						}
					}
					times = times[1:]
					slices.Sort(times)
					t.Logf("%-62s p50 %8s  p99 %8s", q, times[len(times)/2].Round(100*time.Microsecond), times[len(times)*99/100].Round(100*time.Microsecond))
				}
			})
		}
	}
}
