package extract

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/shareddata"
)

// benchArticle is a news article of about 5 KB written for the benchmark:
// one incident, background paragraphs, a statistic and boilerplate.
var benchArticle = strings.Join([]string{
	"Two soldiers martyred, four terrorists killed in Kech operation",
	"QUETTA: Two soldiers were martyred and four terrorists were killed during an intelligence-based operation in the Buleda area of Kech district on Tuesday, the military's media wing said.",
	"According to the ISPR, security forces conducted the operation on the reported presence of terrorists and own troops effectively engaged their hideout. Weapons, ammunition and explosives were recovered from the terrorists, who remained actively involved in numerous attacks against security forces and the killing of innocent civilians.",
	"Sanitisation of the area is being carried out to eliminate any other terrorist found in the area, the statement added. The slain soldiers were identified as Naik Ahmed Khan, 29, and Sepoy Ali Raza, 24.",
	strings.Repeat("The province has seen a rise in violence since the start of the year, with separatist groups targeting security personnel, labourers and infrastructure projects. Officials say the border regions remain difficult to patrol and that cooperation with neighbouring states is essential. ", 6),
	"According to a think tank, more than 250 people were killed in over 180 attacks in Balochistan in 2023.",
	"Analysts say the government must improve intelligence sharing and invest in the region's development to address the grievances that feed the insurgency. Local elders have called for dialogue.",
	"Follow us on social media. Subscribe to our newsletter. Copyright 2024. All rights reserved.",
}, "\n\n")

func BenchmarkExtract(b *testing.B) {
	x := extractor(b)
	published := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(benchArticle, published, "")
	}
}

func BenchmarkExtractReference(b *testing.B) {
	p, ok := shareddata.Path("corpus/pakistan-us-weapons-afghanistan.txt")
	if !ok {
		b.Skip("shared reference corpus absent: corpus/pakistan-us-weapons-afghanistan.txt")
	}
	raw, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	x := extractor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(text, time.Time{}, "")
	}
}

// BenchmarkNew measures loading the gazetteer and dictionaries; they load
// once per process, so this reports the first load and then the cached
// cost.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractLong extracts a report forty times the benchmark
// article's length (about 200 KB, as a think tank's or the UN's reports
// run): its MB/s, set beside BenchmarkExtract's, shows whether a step's
// cost grows faster than the text.
func BenchmarkExtractLong(b *testing.B) {
	x := extractor(b)
	text := strings.Repeat(benchArticle+"\n\n", 40)
	published := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(text, published, "")
	}
}
