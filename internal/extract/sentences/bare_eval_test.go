package sentences

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/vigil-osint/vigil/internal/shareddata"
)

// stripPunct removes punctuation the way some feeds do ("Lashkar-e-Toiba,
// 2.5 km." -> "Lashkar e Toiba 2 5 km"), keeping curly quotes.
func stripPunct(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch c {
		case '.', ',', '!', '?', ';', ':', '(', ')', '-', '\'', '"', '/':
			b[i] = ' '
		}
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

// TestBareAgainstPunctuated strips the punctuation from the punctuated
// texts of the shared SATP dev set and checks the boundaries the bare pass
// finds against those Split finds in the original: each boundary is the
// index of the word that opens a sentence. The pass looks for the end of a
// summary's lead only, so the test asserts the precision of all boundaries
// and the recall of the first.
func TestBareAgainstPunctuated(t *testing.T) {
	sets := []struct {
		file                   string
		minPrec, minLeadRecall float64
	}{
		{"eval/dev/satp-attack-type-dev.jsonl", 0.93, 0.75},
	}
	for _, set := range sets {
		path, ok := shareddata.Path(set.file)
		if !ok {
			t.Skip("shared eval data absent: " + set.file)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		tp, fp, fn := 0, 0, 0
		leads, leadsFound := 0, 0
		for sc.Scan() {
			var row struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				t.Fatalf("%s: %v", set.file, err)
			}
			if len(row.Text) < minBare || !strings.ContainsAny(row.Text, ".!?") {
				continue
			}
			want := map[int]bool{}
			n, lead := 0, 0
			for k, s := range Split(row.Text) {
				if k == 1 {
					lead = n
				}
				if k > 0 {
					want[n] = true
				}
				n += len(strings.Fields(stripPunct(row.Text[s.Start:s.End])))
			}
			bare := stripPunct(row.Text)
			got := map[int]bool{}
			for k, s := range Split(bare) {
				if k > 0 {
					got[len(strings.Fields(bare[:s.Start]))] = true
				}
			}
			if lead > 0 {
				leads++
				if got[lead] {
					leadsFound++
				}
			}
			for w := range got {
				if want[w] {
					tp++
				} else {
					fp++
				}
			}
			for w := range want {
				if !got[w] {
					fn++
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", set.file, err)
		}
		prec, rec := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
		leadRec := float64(leadsFound) / float64(max(1, leads))
		t.Logf("%s: %d boundaries found, %d wrong, %d missed: precision %.3f recall %.3f; lead's end found in %d of %d texts (%.3f)",
			set.file, tp, fp, fn, prec, rec, leadsFound, leads, leadRec)
		if prec < set.minPrec || leadRec < set.minLeadRecall {
			t.Errorf("%s: precision %.3f, lead recall %.3f, want at least %.2f and %.2f", set.file, prec, leadRec, set.minPrec, set.minLeadRecall)
		}
	}
}
