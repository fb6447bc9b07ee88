package api

import (
	"sort"
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// around returns the dates days before and after day.
func around(day string, days int) (from, to string, ok bool) {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "", "", false
	}
	return t.AddDate(0, 0, -days).Format(time.DateOnly), t.AddDate(0, 0, days).Format(time.DateOnly), true
}

// sortSources orders events by document, then position, as the store does.
func sortSources(es []vigil.StoredEvent) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].DocumentID != es[j].DocumentID {
			return es[i].DocumentID < es[j].DocumentID
		}
		return es[i].Index < es[j].Index
	})
}
