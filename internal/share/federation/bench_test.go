package federation

import (
	"fmt"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/share/stix"
	"github.com/vigil-osint/vigil/internal/share/taxii"
	"github.com/vigil-osint/vigil/internal/vigil"
)

// BenchmarkSourceRecords measures one TAXII page (100 objects) as a
// partner asks for it, over 2,000 incidents of two versions each: the first
// pull (everything), and an incremental one after the last change.
func BenchmarkSourceRecords(b *testing.B) {
	s, err := openBenchStore(b)
	if err != nil {
		b.Fatal(err)
	}
	for i := range 2000 {
		inc := newIncident(fmt.Sprintf("Place %d", i), vigil.Marking{TLP: vigil.TLPAmber, Owner: "a"})
		if _, err := s.SaveIncident(operator, &inc); err != nil {
			b.Fatal(err)
		}
		inc.Fatalities = ptr(3)
		if _, err := s.SaveIncident(operator, &inc); err != nil {
			b.Fatal(err)
		}
	}
	src := &Source{Store: s, Producer: stix.Producer{Org: "a", Name: "A"}}
	v := viewers["tok-b"]
	for _, bm := range []struct {
		name  string
		after time.Time
	}{{"first pull", time.Time{}}, {"incremental", time.Now().Add(-time.Millisecond)}} {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if _, _, err := src.Records(operator, v, taxii.Query{MaxTLP: vigil.TLPRed, Limit: 100, AddedAfter: bm.after}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
