// Package demo holds vigil's demo corpus: short reports written by the vigil
// project, in its own words, about publicly reported 2024 security incidents
// in Pakistan and Afghanistan, plus the project's reference article. It is
// embedded in the binary so `vigil demo` works with no files and no network.
//
// Several incidents are reported two or three times by different outlets,
// two with a first toll and a later revised one, and one report is a wire
// copy of another under a new headline, so that fusion and near-duplicate
// detection have work to do. A few texts report no incident at all. The
// outlet names say whose reporting a text is modelled on; the wording is
// vigil's, and every URL is on the reserved demo.vigil.invalid domain.
package demo

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/vigil-osint/vigil/internal/vigil"
)

// Origin is the origin recorded for documents loaded from the demo corpus.
const Origin = "demo"

//go:embed corpus.jsonl
var corpus []byte

// reference is the project's reference article as published, a page copy
// with the outlet's navigation and footer, which ingestion removes.
//
//go:embed coverpage-us-weapons.txt
var reference string

// Reference is the input record of the reference article.
func Reference() vigil.Input {
	return vigil.Input{
		ID:        "coverpage-us-weapons",
		Title:     "Pakistan Alarmed Over US Weapons in Afghanistan",
		URL:       "https://demo.vigil.invalid/coverpage/2024-10-05-us-weapons-afghanistan",
		Published: "2024-10-05",
		Source:    "Coverpage",
		Text:      reference,
	}
}

// Inputs returns the whole demo corpus in the extraction contract's input
// form: the reference article first, then the reports in file order.
func Inputs() ([]vigil.Input, error) {
	in, err := parse(corpus)
	if err != nil {
		return nil, err
	}
	return append([]vigil.Input{Reference()}, in...), nil
}

// parse reads JSON Lines input records, rejecting a line that is not one
// JSON object or lacks an id or text.
func parse(data []byte) ([]vigil.Input, error) {
	var out []vigil.Input
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var in vigil.Input
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			return nil, fmt.Errorf("demo: corpus.jsonl line %d: %w", n, err)
		}
		if in.ID == "" || in.Text == "" {
			return nil, fmt.Errorf("demo: corpus.jsonl line %d: record needs an id and a text", n)
		}
		out = append(out, in)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("demo: read corpus.jsonl: %w", err)
	}
	return out, nil
}
