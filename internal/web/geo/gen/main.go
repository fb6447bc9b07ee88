// Command gen makes the Afghan district outlines the dashboard's map draws
// (internal/web/static/geo/afghanistan-districts.json) from geoBoundaries'
// AFG ADM2 outlines, naming each district and its province as vigil's
// gazetteer spells them, so an incident's admin1/admin2 finds its outline.
//
// It is run once, by hand, when the outlines or the gazetteer change:
//
//	go run ./internal/web/geo/gen -src ../shared/gazetteer/geoBoundaries-AFG-ADM2_simplified.geojson
//
// It prints the outlines it could not give a gazetteer name.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	src := flag.String("src", "../shared/gazetteer/geoBoundaries-AFG-ADM2_simplified.geojson", "geoBoundaries AFG ADM2 GeoJSON")
	gaz := flag.String("places", "internal/extract/places/data/places.tsv.gz", "vigil's gazetteer (places.tsv.gz)")
	out := flag.String("out", "internal/web/static/geo/afghanistan-districts.json", "TopoJSON file to write")
	tol := flag.Float64("tolerance", 0.004, "simplification tolerance in degrees (0.004 is about 400 m)")
	flag.Parse()
	log.SetFlags(0)
	if err := run(*src, *gaz, *out, *tol); err != nil {
		log.Fatal(err)
	}
}

func run(src, gaz, out string, tol float64) error {
	shapes, err := readShapes(src)
	if err != nil {
		return err
	}
	places, err := readPlaces(gaz)
	if err != nil {
		return err
	}
	districts, rep := name(shapes, places)
	for _, line := range rep.lines() {
		log.Print(line)
	}
	data, err := topoJSON(districts, tol)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("gen: write %s: %w", out, err)
	}
	log.Printf("gen: wrote %s: %d districts, %d bytes", out, len(districts), len(data))
	return nil
}
