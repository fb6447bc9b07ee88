package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// point is a longitude, latitude pair; ring a closed line of points;
// polygon an outer ring followed by its holes.
type (
	point   [2]float64
	ring    []point
	polygon []ring
)

// shape is one outline of the source, with the name it gives it.
type shape struct {
	name  string
	polys []polygon
}

// readShapes reads the Polygon and MultiPolygon features of a GeoJSON
// FeatureCollection whose properties carry shapeName.
func readShapes(path string) ([]shape, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gen: read %s: %w", path, err)
	}
	var fc struct {
		Features []struct {
			Properties struct {
				ShapeName string `json:"shapeName"`
			} `json:"properties"`
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(data, &fc); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var out []shape
	for i, f := range fc.Features {
		s := shape{name: strings.Join(strings.Fields(f.Properties.ShapeName), " ")}
		var err error
		switch f.Geometry.Type {
		case "Polygon":
			var p polygon
			err = json.Unmarshal(f.Geometry.Coordinates, &p)
			s.polys = []polygon{p}
		case "MultiPolygon":
			err = json.Unmarshal(f.Geometry.Coordinates, &s.polys)
		default:
			err = fmt.Errorf("geometry %q is not a polygon", f.Geometry.Type)
		}
		if err != nil {
			return nil, fmt.Errorf("gen: %s: feature %d (%s): %w", path, i, s.name, err)
		}
		if s.name == "" {
			return nil, fmt.Errorf("gen: %s: feature %d has no shapeName", path, i)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gen: %s: no features", path)
	}
	return out, nil
}

// place is one Afghan row of the gazetteer.
type place struct {
	kind, admin1, admin2 string
	at                   point
}

// readPlaces reads the Afghan rows of vigil's gazetteer (format in
// internal/extract/places/data/README.md).
func readPlaces(path string) ([]place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	var out []place
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// kind name aliases iso2 admin1 admin2 admin3 lat lon population
		c := strings.Split(line, "\t")
		if len(c) != 10 {
			return nil, fmt.Errorf("gen: %s:%d: %d columns, want 10", path, n, len(c))
		}
		if c[3] != "AF" {
			continue
		}
		lat, err1 := strconv.ParseFloat(c[7], 64)
		lon, err2 := strconv.ParseFloat(c[8], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("gen: %s:%d: bad position %q %q", path, n, c[7], c[8])
		}
		out = append(out, place{kind: c[0], admin1: c[4], admin2: c[5], at: point{lon, lat}})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gen: %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gen: %s: no Afghan places", path)
	}
	return out, nil
}
