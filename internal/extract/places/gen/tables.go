package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vigil-osint/vigil/internal/extract/match"
)

// readTSV reads a tab-separated file, skipping blank lines and # comments, and
// checks every row has n fields.
func readTSV(path string, n int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := sc.Text()
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(t, "\t")
		if len(fields) != n {
			return nil, fmt.Errorf("gen: %s:%d: %d fields, want %d", path, line, len(fields), n)
		}
		rows = append(rows, fields)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: read %s: %w", path, err)
	}
	return rows, nil
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func parseFloat(path, s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("gen: %s: bad number %q: %w", path, s, err)
	}
	return v, nil
}

// readCountries reads countries-list's countries and applies the project's
// names, other names and demonyms from countries.tsv.
func readCountries(modules, overrides string) (map[string]*country, error) {
	var raw map[string]struct {
		Name    string   `json:"name"`
		Alias   []string `json:"alias"`
		Capital string   `json:"capital"`
	}
	path := filepath.Join(modules, "countries-list", "countries.min.json")
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	var to3 map[string]string
	if err := readJSON(filepath.Join(modules, "countries-list", "minimal", "countries.2to3.min.json"), &to3); err != nil {
		return nil, err
	}
	out := make(map[string]*country)
	for iso2, r := range raw {
		iso3, ok := to3[iso2]
		if !ok {
			continue
		}
		out[iso2] = &country{iso2: iso2, iso3: iso3, name: r.Name, aliases: r.Alias, capital: r.Capital,
			detailed: detailed[iso2], neighbor: neighbors[iso2]}
	}
	rows, err := readTSV(overrides, 5)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		c, ok := out[r[0]]
		if !ok {
			return nil, fmt.Errorf("gen: %s: unknown country code %s", overrides, r[0])
		}
		if c.name != r[1] {
			c.aliases = append(c.aliases, c.name)
			c.name = r[1]
		}
		c.aliases = append(c.aliases, splitList(r[2])...)
		c.demonyms = splitList(r[3])
	}
	return out, nil
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("gen: parse %s: %w", path, err)
	}
	return nil
}

// readCodeNames reads a GeoNames code -> name list (admin1.json, admin2.json).
func readCodeNames(path string) (map[string]string, error) {
	var raw []struct{ Code, Name string }
	if err := readJSON(path, &raw); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(raw))
	for _, r := range raw {
		out[r.Code] = r.Name
	}
	return out, nil
}

// readStoplist reads the folded names never matched on their own.
func readStoplist(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	out := make(map[string]bool)
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out[match.Fold(l)] = true
		}
	}
	return out, nil
}

type admin1Row struct {
	name    string
	aliases []string
	capital string
}

// readAdmin1 reads the project's province names by GeoNames code ("PK.02").
func readAdmin1(path string) (map[string]admin1Row, error) {
	rows, err := readTSV(path, 6)
	if err != nil {
		return nil, err
	}
	out := make(map[string]admin1Row)
	for _, r := range rows {
		out[r[0]+"."+r[1]] = admin1Row{name: r[2], aliases: splitList(r[3]), capital: r[4]}
	}
	return out, nil
}
