package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/review"
	"github.com/vigil-osint/vigil/internal/share/accounts"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/store/sqlite"
	"github.com/vigil-osint/vigil/internal/vigil"
	"github.com/vigil-osint/vigil/internal/web"
)

// instance is one vigil server on loopback: a real SQLite file served by
// the handler vigil serve builds when a login is required.
type instance struct {
	db    string
	store *sqlite.Store
	svc   *accounts.Service
	srv   *httptest.Server
}

func newInstance(t *testing.T, org string) *instance {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	db := filepath.Join(t.TempDir(), org+".db")
	store, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	svc := accounts.New(store, accounts.WithLogger(logger))
	svc.Params.Memory, svc.Params.Time = 1024, 1 // cheap hashes: the test does not measure them
	h, err := web.NewServer(store, web.Options{Logger: logger, RequireLogin: true, Accounts: svc, Reviewer: review.New(store)})
	if err != nil {
		t.Fatal(err)
	}
	if h, err = withTAXII(h, store, svc, org, false, logger); err != nil {
		t.Fatal(err)
	}
	in := &instance{db: db, store: store, svc: svc, srv: httptest.NewServer(h)}
	t.Cleanup(in.srv.Close)
	if err := svc.AddOrg(ctx, "test", org); err != nil {
		t.Fatal(err)
	}
	return in
}

// user adds a user of org and returns a read token of theirs.
func (in *instance) user(t *testing.T, name, org string) string {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	if err := in.svc.AddUser(ctx, "test", name, org, vigil.RoleViewer, "a long enough password"); err != nil {
		t.Fatal(err)
	}
	tok, _, err := in.svc.CreateToken(ctx, "test", name, vigil.ScopeRead, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// shareWith makes partner an organisation of the instance, partnered with
// its own organisation org, and returns a token for partner's puller.
func (in *instance) shareWith(t *testing.T, org, partner string) string {
	t.Helper()
	ctx := vigil.AsOperator(context.Background())
	if err := in.svc.AddOrg(ctx, "test", partner); err != nil {
		t.Fatal(err)
	}
	if err := in.svc.Partner(ctx, "test", org, partner); err != nil {
		t.Fatal(err)
	}
	return in.user(t, partner+"-puller", partner)
}

// apiLocations lists, through the API, the locations of the incidents the
// token's holder sees, and the fatalities of each.
func (in *instance) apiLocations(t *testing.T, token string) map[string]int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, in.srv.URL+"/api/v1/incidents?limit=100", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var page struct {
		Items []struct {
			Location   string
			Fatalities *int
			Origin     string
		}
		Total int
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/v1/incidents: %s", resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, it := range page.Items {
		out[it.Location] = -1
		if it.Fatalities != nil {
			out[it.Location] = *it.Fatalities
		}
	}
	if page.Total != len(page.Items) {
		t.Errorf("the API counts %d incidents and lists %d", page.Total, len(page.Items))
	}
	return out
}

// taxiiLocations lists, through the instance's TAXII server, the current
// incidents the token's holder receives, by name (which names the place),
// and the revoked ones.
func (in *instance) taxiiIncidents(t *testing.T, token string) (current, revoked []string) {
	t.Helper()
	got, err := (&taxii.Client{Token: token}).Pull(context.Background(), in.srv.URL+taxii.APIRootPath, "red", taxii.PullQuery{Types: []string{"incident"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, raw := range got.Objects {
		var o struct {
			Name    string
			Revoked bool
		}
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatal(err)
		}
		if o.Revoked {
			revoked = append(revoked, o.Name)
		} else {
			current = append(current, o.Name)
		}
	}
	slices.Sort(current)
	slices.Sort(revoked)
	return current, revoked
}

func keys(m map[string]int) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// places is where each of A's incidents happened, by its marking: the
// place tells, at B, which of A's incidents a reader sees.
var places = map[vigil.TLP]string{
	vigil.TLPClear: "Gwadar", vigil.TLPGreen: "Turbat", vigil.TLPAmber: "Panjgur",
	vigil.TLPAmberStrict: "Kharan", vigil.TLPRed: "Awaran",
}

// TestFederationBetweenTwoServers is issue #6's acceptance test for
// federation: A shares with its partner B; B pulls, sees exactly what A
// lets it, follows A's revocation and correction, keeps its own analyst's
// work as a conflict, and exposes nothing it imported to its own
// non-partners, through its API or its TAXII server.
//
// B pulls A's "amber" collection (the default): TLP:CLEAR, GREEN and AMBER.
// A's CLEAR incident is public by its marking, at B as anywhere; A's GREEN
// and AMBER ones are seen at B by B's organisation only.
func TestFederationBetweenTwoServers(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	a, b := newInstance(t, "ctd"), newInstance(t, "ncc")

	// A: the partnership with B's organisation and a token for it.
	tokenForB := a.shareWith(t, "ctd", "ncc")
	a.user(t, "amna", "ctd")
	// A's incidents, one per marking, all owned by A's organisation.
	ids := map[string]int64{}
	for _, level := range vigil.TLPLevels {
		m := vigil.Marking{TLP: level, Owner: "ctd"}
		if level == vigil.TLPClear {
			m.Owner = ""
		}
		if level == vigil.TLPRed {
			m.Recipients = []vigil.Recipient{{Org: "ctd", User: "amna"}}
		}
		inc := vigil.Incident{Event: vigil.Event{
			EventDate: valuePtr("2026-11-20"), EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
			Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Location: places[level],
			Fatalities: valuePtr(4), Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 4}}, Weapons: []string{"IED"},
		}, Marking: m, SourceCount: 1}
		id, err := a.store.SaveIncident(ctx, &inc)
		if err != nil {
			t.Fatal(err)
		}
		ids[places[level]] = id
	}

	// B: its organisation, a partner of its own that is no partner of A,
	// and a user of each.
	if err := b.svc.AddOrg(ctx, "test", "kp-police"); err != nil {
		t.Fatal(err)
	}
	if err := b.svc.Partner(ctx, "test", "ncc", "kp-police"); err != nil {
		t.Fatal(err)
	}
	ali := b.user(t, "ali", "ncc")
	sana := b.user(t, "sana", "kp-police")

	vigilB := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := runVigil(t, append(args, "--db", b.db)...)
		if code != 0 {
			t.Fatalf("vigil %v: exit %d: %s", args, code, stderr)
		}
		if strings.Contains(stdout+stderr, tokenForB) {
			t.Fatalf("vigil %v printed the partner's token", args)
		}
		return stdout
	}
	vigilB("partner", "add", "ctd", a.srv.URL+taxii.APIRootPath, "--token", tokenForB, "--org", "ncc")
	if out := vigilB("partner", "list"); !strings.Contains(out, "ctd") || !strings.Contains(out, "never") {
		t.Errorf("partner list before any pull:\n%s", out)
	}
	out := vigilB("partner", "pull", "ctd")
	if !strings.Contains(out, "3 incidents imported") {
		t.Errorf("first pull: %s", out)
	}

	// What each reader at B sees of A's incidents.
	want := func(levels ...vigil.TLP) []string {
		var out []string
		for _, l := range levels {
			out = append(out, places[l])
		}
		slices.Sort(out)
		return out
	}
	if got := keys(b.apiLocations(t, ali)); !slices.Equal(got, want(vigil.TLPClear, vigil.TLPGreen, vigil.TLPAmber)) {
		t.Errorf("B's own user sees %v through B's API, want A's CLEAR, GREEN and AMBER", got)
	}
	if got := keys(b.apiLocations(t, sana)); !slices.Equal(got, want(vigil.TLPClear)) {
		t.Errorf("B's partner, no partner of A, sees %v through B's API, want A's CLEAR only", got)
	}
	// B serves what it imported on as the markings allow: to its own
	// organisation, not to its other partner.
	if cur, _ := b.taxiiIncidents(t, ali); len(cur) != 3 {
		t.Errorf("B's own user receives %v over B's TAXII, want A's three", cur)
	}
	if cur, _ := b.taxiiIncidents(t, sana); len(cur) != 1 || !strings.Contains(cur[0], places[vigil.TLPClear]) {
		t.Errorf("B's partner, no partner of A, receives %v over B's TAXII, want A's CLEAR incident only", cur)
	}
	// Imported incidents keep their origin and A's marking, owner A.
	for _, place := range want(vigil.TLPGreen, vigil.TLPAmber) {
		incs, err := b.store.Incidents(ctx, vigil.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, inc := range incs {
			if inc.Location == place && (inc.Marking.Owner != "ctd" || !strings.HasPrefix(inc.Origin, "partner:ctd incident--") || inc.Casualties.SecurityForces.Killed != 4 || !slices.Equal(inc.Weapons, []string{"IED"})) {
				t.Errorf("imported %s: marking %v, origin %q, casualties %+v, weapons %v", place, inc.Marking, inc.Origin, inc.Casualties, inc.Weapons)
			}
		}
	}

	// A rejects its AMBER incident and corrects its GREEN one's toll; B's
	// analyst has meanwhile verified the imported CLEAR one, which A then
	// corrects too.
	rev := review.New(a.store)
	if _, err := rev.Reject(ctx, ids[places[vigil.TLPAmber]], "amna", "not an attack"); err != nil {
		t.Fatal(err)
	}
	if _, err := rev.Correct(ctx, ids[places[vigil.TLPGreen]], "fatalities", "9", "amna", "the toll rose"); err != nil {
		t.Fatal(err)
	}
	var clearAtB, amberAtB int64
	incsB, _ := b.store.Incidents(ctx, vigil.Filter{})
	for _, inc := range incsB {
		switch inc.Location {
		case places[vigil.TLPClear]:
			clearAtB = inc.ID
		case places[vigil.TLPAmber]:
			amberAtB = inc.ID
		}
	}
	if _, err := review.New(b.store).Verify(ctx, clearAtB, "bilal", "checked"); err != nil {
		t.Fatal(err)
	}
	if _, err := rev.Correct(ctx, ids[places[vigil.TLPClear]], "fatalities", "5", "amna", "one more"); err != nil {
		t.Fatal(err)
	}

	out = vigilB("partner", "pull")
	for _, w := range []string{"1 updated", "1 retracted", "1 conflicts"} {
		if !strings.Contains(out, w) {
			t.Errorf("second pull says %q, want %q", out, w)
		}
	}
	got := b.apiLocations(t, ali)
	if !slices.Equal(keys(got), want(vigil.TLPClear, vigil.TLPGreen)) {
		t.Errorf("after A's revocation B's user sees %v, want the AMBER one gone", keys(got))
	}
	if got[places[vigil.TLPGreen]] != 9 {
		t.Errorf("after A's correction B shows %d killed, want 9", got[places[vigil.TLPGreen]])
	}
	if got[places[vigil.TLPClear]] != 4 {
		t.Errorf("B's verified incident shows %d killed: A's correction was applied over B's analyst's work", got[places[vigil.TLPClear]])
	}
	if got := keys(b.apiLocations(t, sana)); !slices.Equal(got, want(vigil.TLPClear)) {
		t.Errorf("after the second pull B's partner sees %v, want A's CLEAR only", got)
	}
	if cur, revoked := b.taxiiIncidents(t, ali); len(cur) != 2 || len(revoked) != 1 || !strings.Contains(revoked[0], places[vigil.TLPAmber]) {
		t.Errorf("B's own user receives %v and revoked %v over B's TAXII, want two and the AMBER one revoked", cur, revoked)
	}
	if cur, revoked := b.taxiiIncidents(t, sana); len(cur) != 1 || len(revoked) != 0 {
		t.Errorf("B's partner receives %v and revoked %v over B's TAXII, want A's CLEAR incident only", cur, revoked)
	}
	// The conflict is listed; the retracted incident's versions stay.
	if out := vigilB("partner", "conflicts"); !strings.Contains(out, fmt.Sprint(clearAtB)) || strings.Count(out, "\n") != 2 {
		t.Errorf("partner conflicts:\n%s", out)
	}
	// B's reviewer settles it: a decision on the listing from before
	// B's analyst changed the incident again is refused; then B takes A's
	// version, and A's next correction applies as any update does.
	listed := strings.Fields(strings.Split(vigilB("partner", "conflicts"), "\n")[1])
	if len(listed) < 7 || listed[0] != fmt.Sprint(clearAtB) || listed[4] != "1" || !strings.Contains(listed[6], "fatalities") || !strings.Contains(listed[6], "review_state") {
		t.Fatalf("conflict listed as %q", listed)
	}
	if _, err := review.New(b.store).Reopen(ctx, clearAtB, "bilal", "look again"); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runVigil(t, "partner", "resolve", fmt.Sprint(clearAtB), "--accept", "--by", "bilal", "--seen", listed[5], "--db", b.db); code == 0 || !strings.Contains(stderr, "changed since") {
		t.Errorf("resolving on a stale listing: exit %d, %s", code, stderr)
	}
	if out := vigilB("partner", "resolve", fmt.Sprint(clearAtB), "--accept", "--by", "bilal", "--why", "A's toll is right"); !strings.Contains(out, "now holds ctd's version") {
		t.Errorf("partner resolve --accept: %s", out)
	}
	if got := b.apiLocations(t, ali); got[places[vigil.TLPClear]] != 5 {
		t.Errorf("after accepting A's version B shows %d killed, want 5", got[places[vigil.TLPClear]])
	}
	if out := vigilB("partner", "conflicts"); strings.Count(out, "\n") != 1 {
		t.Errorf("conflicts after resolving:\n%s", out)
	}
	if _, err := rev.Correct(ctx, ids[places[vigil.TLPClear]], "fatalities", "6", "amna", "one more again"); err != nil {
		t.Fatal(err)
	}
	if out := vigilB("partner", "pull"); !strings.Contains(out, "1 updated") || !strings.Contains(out, "0 conflicts") {
		t.Errorf("pull after the conflict was settled: %s", out)
	}
	if got := b.apiLocations(t, ali); got[places[vigil.TLPClear]] != 6 {
		t.Errorf("after A's next correction B shows %d killed, want 6", got[places[vigil.TLPClear]])
	}
	if _, err := b.store.Incident(ctx, amberAtB); vigil.ErrorCode(err) != vigil.ENOTFOUND {
		t.Errorf("the retracted incident %d: %v, want not found", amberAtB, err)
	}
	versions, err := b.store.IncidentVersions(ctx, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(versions, func(v vigil.IncidentVersion) bool { return v.Incident.ID == amberAtB && !v.To.IsZero() }) {
		t.Errorf("the retracted incident %d left no version in B's history", amberAtB)
	}

	// Audit: A logged what it shared with B, per TLP level; B logged its
	// imports, the retraction and the conflict; no entry holds the token.
	checkAudit := func(s *sqlite.Store, sharedWith []string, actions ...string) {
		t.Helper()
		entries, err := s.Audit(ctx, "", 0)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, e := range entries {
			seen[e.Action] = true
			if strings.Contains(e.Reason+e.Before+e.After+e.Object, tokenForB) {
				t.Errorf("audit entry %d holds the partner's token", e.ID)
			}
			if e.Action == "share" && (!slices.Contains(sharedWith, e.Actor) || !strings.Contains(e.Reason, "CLEAR")) {
				t.Errorf("share entry %d: %q, %q", e.ID, e.Actor, e.Reason)
			}
		}
		for _, a := range actions {
			if !seen[a] {
				t.Errorf("no %q entry in the audit log", a)
			}
		}
	}
	checkAudit(a.store, []string{"ncc/ncc-puller"}, "share")
	checkAudit(b.store, []string{"ncc/ali", "kp-police/sana"}, "import", "retract", "conflict", "share", "resolve")
}

func TestPartnerCommands(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	b := newInstance(t, "ncc")
	secret := "vigil_not-to-be-printed"
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string // in stdout or stderr
	}{
		{[]string{"partner"}, 1, "say add, list, pull, conflicts or resolve"},
		{[]string{"partner", "frob"}, 1, `unknown subcommand "frob"`},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--token", secret}, 1, "--org is required"},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--org", "ncc"}, 1, "--token or --token-file is required"},
		{[]string{"partner", "add", "ctd", "ftp://ctd.example/", "--org", "ncc", "--token", secret}, 1, "not an http(s) URL"},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--org", "nobody", "--token", secret}, 1, "--org nobody"},
		{[]string{"partner", "add", "ncc", "https://ctd.example/taxii2/vigil/", "--org", "ncc", "--token", secret}, 1, "cannot be the local organisation"},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--org", "ncc", "--token", "x", "--token-file", tokenFile}, 1, "not both"},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--org", "ncc", "--token-file", tokenFile, "--collection", "green"}, 0, "partner ctd added"},
		{[]string{"partner", "add", "ctd", "https://ctd.example/taxii2/vigil/", "--org", "ncc", "--token", secret}, 1, "exists already"},
		{[]string{"partner", "list"}, 0, "https://ctd.example/taxii2/vigil/  green       ncc  never"},
		{[]string{"partner", "pull", "nobody"}, 1, `no partner "nobody"`},
		{[]string{"partner", "pull", "a", "b"}, 1, "one partner at most"},
		{[]string{"partner", "conflicts"}, 0, "LOCAL VERSION"},
		{[]string{"partner", "resolve", "7", "--by", "amna"}, 1, "say --accept or --keep"},
		{[]string{"partner", "resolve", "7", "--accept", "--keep", "--by", "amna"}, 1, "say --accept or --keep"},
		{[]string{"partner", "resolve", "7", "--accept"}, 1, "--by NAME is required"},
		{[]string{"partner", "resolve", "seven", "--accept", "--by", "amna"}, 1, "incident"},
		{[]string{"partner", "resolve", "7", "--accept", "--by", "amna"}, 1, "no pending conflict over incident 7"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runVigil(t, append(tt.args, "--db", b.db)...)
		if code != tt.code || !strings.Contains(stdout+stderr, tt.want) {
			t.Errorf("vigil %v: exit %d, %q %q; want exit %d and %q", tt.args, code, stdout, stderr, tt.code, tt.want)
		}
		if strings.Contains(stdout+stderr, secret) {
			t.Errorf("vigil %v printed the token", tt.args)
		}
	}
	p, err := b.store.Partner(ctx, "ctd")
	if err != nil || p.Token != secret || p.Collection != "green" {
		t.Errorf("stored partner: %+v, %v", p, err)
	}
	// The partner organisation exists, partnered with ncc only.
	org, err := b.store.Org(ctx, "ctd")
	if err != nil || !slices.Equal(org.Partners, []string{"ncc"}) {
		t.Errorf("partner organisation: %+v, %v", org, err)
	}
}

// TestScheduledPull runs the pull vigil serve --pull-every starts: B
// imports what A shares without anyone running vigil partner pull.
func TestScheduledPull(t *testing.T) {
	ctx := vigil.AsOperator(context.Background())
	a, b := newInstance(t, "ctd"), newInstance(t, "ncc")
	token := a.shareWith(t, "ctd", "ncc")
	inc := vigil.Incident{Event: vigil.Event{EventType: "Battles", Country: "Pakistan", Location: "Zhob"}, Marking: vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd"}}
	if _, err := a.store.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
	if err := b.store.AddPartner(ctx, vigil.Partner{Name: "ctd", URL: a.srv.URL + taxii.APIRootPath, Token: token, Collection: "amber", Org: "ncc"}); err != nil {
		t.Fatal(err)
	}
	stop := startPulling(ctx, b.store, 20*time.Millisecond, slog.New(slog.NewTextHandler(io.Discard, nil)))
	defer stop()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if n, err := b.store.CountIncidents(ctx, vigil.Filter{}); err == nil && n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("B imported nothing within 10 s of scheduled pulls")
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A's correction arrives with a later pull.
	inc.Fatalities = valuePtr(6)
	if _, err := a.store.SaveIncident(ctx, &inc); err != nil {
		t.Fatal(err)
	}
	for {
		incs, err := b.store.Incidents(ctx, vigil.Filter{})
		if err == nil && len(incs) == 1 && incs[0].Fatalities != nil && *incs[0].Fatalities == 6 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("A's update did not reach B: %+v", incs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
}
