package clean

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/shareddata"
	"golang.org/x/net/html"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "breadcrumb glued to the title",
			in:   "HomeNewsPakistanBlast in Quetta\n\nBlast in Quetta\n\nA blast in Quetta injured four people.\n",
			want: "Blast in Quetta\n\nA blast in Quetta injured four people.\n",
		},
		{
			name: "breadcrumb alone",
			in:   "HomePakistanBalochistan\nA blast in Quetta injured four people.\n",
			want: "A blast in Quetta injured four people.\n",
		},
		{
			name: "advertisement and share lines",
			in:   "A blast in Quetta injured four people.\n- Advertisment -\nShare\nADVERTISEMENT\nPolice said the device was planted on a motorcycle.\n",
			want: "A blast in Quetta injured four people.\nPolice said the device was planted on a motorcycle.\n",
		},
		{
			name: "list of other stories cut at its heading",
			in:   "A blast in Quetta injured four people.\n\nYOU MAY BE INTERESTED IN\nCricket squad named\nRain forecast\n",
			want: "A blast in Quetta injured four people.\n",
		},
		{
			name: "disclaimer",
			in:   "Analysis of the attack.\n\nThe views expressed in this article are the author's own and do not reflect the editorial stance.\n",
			want: "Analysis of the attack.\n",
		},
		{
			name: "repeated title kept once",
			in:   "Blast in Quetta\nBlast in Quetta\nA blast in Quetta injured four people.\n",
			want: "Blast in Quetta\nA blast in Quetta injured four people.\n",
		},
		{
			name: "kept lines are not edited",
			in:   "\u00a0 Two soldiers  were martyred, officials said.  \n\n\n\u00a0\n\nSix militants were killed.",
			want: "\u00a0 Two soldiers  were martyred, officials said.  \n\nSix militants were killed.",
		},
		{
			name: "a sentence mentioning advertisements stays",
			in:   "Advertisement boards were damaged in the blast.\n",
			want: "Advertisement boards were damaged in the blast.\n",
		},
		{
			name: "a capitalised acronym line stays",
			in:   "ISPR said the operation continued.\n",
			want: "ISPR said the operation continued.\n",
		},
		{
			name: "links to other stories",
			in:   "A blast in Quetta injured four people.\nAlso Read: Two soldiers martyred in Kurram\nREAD MORE: Police chief transferred\nRelated incidents were reported in Pishin.\n",
			want: "A blast in Quetta injured four people.\nRelated incidents were reported in Pishin.\n",
		},
		{
			name: "advertisement interruptions",
			in:   "A blast in Quetta injured four people.\nStory continues below advertisement\nJoin our WhatsApp channel for updates\nPolice said the device was planted on a motorcycle.\n",
			want: "A blast in Quetta injured four people.\nPolice said the device was planted on a motorcycle.\n",
		},
		{name: "empty", in: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text(tt.in); got != tt.want {
				t.Errorf("Text(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestReferenceArticle cleans the project's reference page copy: none of
// its expected boilerplate strings may remain, every article paragraph
// must, unchanged, and the title once.
func TestReferenceArticle(t *testing.T) {
	path, ok := shareddata.Path("corpus/pakistan-us-weapons-afghanistan.txt")
	if !ok {
		t.Skip("shared data absent: corpus/pakistan-us-weapons-afghanistan.txt")
	}
	expPath, ok := shareddata.Path("corpus/pakistan-us-weapons-afghanistan.expected.json")
	if !ok {
		t.Skip("shared data absent: corpus/pakistan-us-weapons-afghanistan.expected.json")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Boilerplate []string `json:"boilerplate"`
	}
	data, err := os.ReadFile(expPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Boilerplate) == 0 {
		t.Fatal("expected file lists no boilerplate strings")
	}
	out := Text(string(raw))
	for _, b := range exp.Boilerplate {
		if strings.Contains(out, b) {
			t.Errorf("boilerplate %q remains", b)
		}
	}
	// Article paragraphs are the long lines; each must survive unchanged.
	for _, l := range strings.Split(string(raw), "\n") {
		if len(strings.Fields(l)) >= 25 && !strings.Contains(l, "views expressed") && !strings.Contains(out, l) {
			t.Errorf("paragraph lost or changed: %.80q...", l)
		}
	}
	title := "Pakistan Alarmed Over US Weapons in Afghanistan"
	if n := strings.Count(out, title+"\n"); n != 1 || !strings.HasPrefix(out, title) {
		t.Errorf("title line appears %d times (want once, first):\n%.200s", n, out)
	}
}

func TestArticleGolden(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("testdata", "gazette.html"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Article(string(page), "https://gazette.example/2024/10/datta-khel")
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Six militants killed in Datta Khel raid" || r.Outlet != "Frontier Gazette" ||
		!r.Published.Equal(time.Date(2024, 10, 8, 6, 20, 0, 0, time.UTC)) {
		t.Errorf("metadata: title %q outlet %q published %v", r.Title, r.Outlet, r.Published)
	}
	golden := filepath.Join("testdata", "gazette.golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(r.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != string(want) {
		t.Errorf("article text differs from %s (run with -update after checking):\n%s", golden, r.Text)
	}
	for _, junk := range []string{"Cricket board", "Copyright", "Subscribe", "Advertisement", "WhatsApp", "Sport"} {
		if strings.Contains(r.Text, junk) {
			t.Errorf("boilerplate %q kept", junk)
		}
	}
}

func TestArticleErrorsAndFallbacks(t *testing.T) {
	deep := strings.Repeat("<div>", MaxDepth+50) + "<p>Four people were injured in Mingora.</p>" + strings.Repeat("</div>", MaxDepth+50)
	tests := []struct {
		name, page, url string
		wantErr         string
		contains        string
	}{
		{name: "no text", page: "<html><head><title>x</title></head><body><script>var a=1</script></body></html>", wantErr: "no readable text"},
		{name: "bad URL", page: "<p>x</p>", url: "http://[::1", wantErr: "page URL"},
		{name: "too deep for the tree", page: deep, contains: "Four people were injured in Mingora."},
		{name: "short page falls back to its text", page: "<p>A constable was killed in Tank.</p>", contains: "A constable was killed in Tank."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Article(tt.page, tt.url)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, tt.contains) {
				t.Errorf("text %q lacks %q", r.Text, tt.contains)
			}
		})
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2024-10-05", time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC), true},
		{"2024-10-05T09:00:00+05:00", time.Date(2024, 10, 5, 4, 0, 0, 0, time.UTC), true},
		{"Sat, 05 Oct 2024 09:00:00 +0500", time.Date(2024, 10, 5, 4, 0, 0, 0, time.UTC), true},
		{"October 5, 2024", time.Date(2024, 10, 5, 0, 0, 0, 0, time.UTC), true},
		{"last Tuesday", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseTime(tt.in)
		if ok != tt.ok || !got.Equal(tt.want) {
			t.Errorf("ParseTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		// The writer's offset is kept: the day of writing is read from it.
		if _, off := got.Zone(); strings.Contains(tt.in, "+05") && off != 5*3600 {
			t.Errorf("ParseTime(%q) has offset %ds, want the written +05:00", tt.in, off)
		}
	}
}

func BenchmarkText(b *testing.B) {
	page := strings.Repeat("HomeNewsPakistanTitle\n\nTitle\n\nA paragraph of an article about an attack, long enough to look like one.\n\n- Advertisment -\n", 50)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		Text(page)
	}
}

// panicky is an Extractor that panics, as a library might on a page nobody
// foresaw.
type panicky struct{}

func (panicky) Extract(*html.Node, *url.URL) (Result, error) { panic("unforeseen page") }

func TestArticleSurvivesExtractorPanic(t *testing.T) {
	r, err := ArticleWith(panicky{}, "<p>A constable was killed in Tank on Monday.</p>", "")
	if err != nil || !strings.Contains(r.Text, "constable was killed") {
		t.Errorf("got %q, %v; want the page's flat text", r.Text, err)
	}
}
