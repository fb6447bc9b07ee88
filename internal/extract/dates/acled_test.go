package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/shareddata"
)

// TestACLEDNotes checks, on the shared ACLED dev set, that when a coder's
// note states a date the first date found is the coded event date. The
// notes carry no publication date, so every date must carry its own year.
func TestACLEDNotes(t *testing.T) {
	path, ok := shareddata.Path("eval/dev/acled-balochistan-2020-2022.jsonl")
	if !ok {
		t.Skip("shared eval data absent: eval/dev/acled-balochistan-2020-2022.jsonl")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	dated, right := 0, 0
	for sc.Scan() {
		var r struct {
			ID   string `json:"id"`
			Text string `json:"text"`
			Gold struct {
				EventDate string `json:"event_date"`
			} `json:"gold"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		ms := Find(r.Text, time.Time{})
		if len(ms) == 0 {
			continue
		}
		dated++
		if ms[0].Date.Format(time.DateOnly) == r.Gold.EventDate {
			right++
		} else {
			t.Logf("row %s: first date %q resolved to %s, coded %s", r.ID, ms[0].Text, ms[0].Date.Format(time.DateOnly), r.Gold.EventDate)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d dated notes resolve to the coded date", right, dated)
	if dated == 0 || float64(right) < 0.95*float64(dated) {
		t.Errorf("only %d of %d dated notes resolve to the coded date, want at least 95%%", right, dated)
	}
}
