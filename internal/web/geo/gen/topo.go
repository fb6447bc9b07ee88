package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// quantum is the grid the coordinates are rounded to, in degrees (about
// 100 m): finer than the simplification, so rounding adds no visible error.
const quantum = 0.001

// topology is a TopoJSON document (github.com/topojson/topojson-specification)
// with one object, "districts". Each ring is an arc of its own: shared
// borders are stored twice, which costs size but keeps the generator short.
type topology struct {
	Type      string            `json:"type"`
	Transform transform         `json:"transform"`
	Objects   map[string]object `json:"objects"`
	Arcs      [][][2]int        `json:"arcs"`
}

type transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

type object struct {
	Type       string     `json:"type"`
	Geometries []geometry `json:"geometries"`
}

type geometry struct {
	Type       string     `json:"type"`
	Arcs       [][][]int  `json:"arcs"` // MultiPolygon: polygons, rings, arc indexes
	Properties properties `json:"properties"`
}

// properties are what the dashboard reads of a district.
type properties struct {
	Name     string   `json:"name"`             // the gazetteer's admin2
	Province string   `json:"province"`         // the gazetteer's admin1
	Source   string   `json:"source,omitempty"` // geoBoundaries' name, when it differs
	Also     []string `json:"also,omitempty"`   // gazetteer districts drawn with this outline
}

// topoJSON simplifies the outlines (Douglas-Peucker, tolerance in degrees),
// rounds them to the quantum grid and encodes them as TopoJSON.
func topoJSON(ds []district, tol float64) ([]byte, error) {
	lo := point{math.Inf(1), math.Inf(1)}
	for _, d := range ds {
		for _, p := range d.polys {
			for _, r := range p {
				for _, q := range r {
					lo = point{math.Min(lo[0], q[0]), math.Min(lo[1], q[1])}
				}
			}
		}
	}
	lo = point{math.Floor(lo[0]/quantum) * quantum, math.Floor(lo[1]/quantum) * quantum}
	t := topology{Type: "Topology", Transform: transform{Scale: [2]float64{quantum, quantum}, Translate: lo},
		Objects: map[string]object{"districts": {Type: "GeometryCollection"}}}
	geoms := make([]geometry, 0, len(ds))
	for _, d := range ds {
		g := geometry{Type: "MultiPolygon", Properties: properties{Name: d.name, Province: d.province, Also: d.also}}
		if d.source != d.name {
			g.Properties.Source = d.source
		}
		for _, p := range d.polys {
			var rings [][]int
			for i, r := range p {
				q := quantise(simplify(r, tol), lo)
				if len(q) < 4 {
					if i > 0 {
						continue // a hole smaller than the tolerance
					}
					q = quantise(r, lo) // keep a small district whole
					if len(q) < 4 {
						break
					}
				}
				rings = append(rings, []int{len(t.Arcs)})
				t.Arcs = append(t.Arcs, delta(q))
			}
			if len(rings) > 0 {
				g.Arcs = append(g.Arcs, rings)
			}
		}
		if len(g.Arcs) == 0 {
			return nil, fmt.Errorf("gen: district %s (%s) has no outline left", d.name, d.province)
		}
		geoms = append(geoms, g)
	}
	obj := t.Objects["districts"]
	obj.Geometries = geoms
	t.Objects["districts"] = obj
	return json.Marshal(t)
}

// quantise rounds a ring to the grid, dropping points that fall on the
// previous one.
func quantise(r ring, lo point) [][2]int {
	var out [][2]int
	for _, p := range r {
		q := [2]int{int(math.Round((p[0] - lo[0]) / quantum)), int(math.Round((p[1] - lo[1]) / quantum))}
		if len(out) > 0 && out[len(out)-1] == q {
			continue
		}
		out = append(out, q)
	}
	return out
}

// delta encodes a ring as TopoJSON stores quantised arcs: the first point,
// then each point's offset from the one before.
func delta(q [][2]int) [][2]int {
	out := make([][2]int, len(q))
	prev := [2]int{}
	for i, p := range q {
		out[i] = [2]int{p[0] - prev[0], p[1] - prev[1]}
		prev = p
	}
	return out
}

// simplify is Douglas-Peucker: it keeps the ends and, recursively, the
// point farthest from the line between them while it is farther than tol.
func simplify(r ring, tol float64) ring {
	if len(r) < 3 {
		return r
	}
	keep := make([]bool, len(r))
	keep[0], keep[len(r)-1] = true, true
	var walk func(a, b int)
	walk = func(a, b int) {
		far, farD := -1, tol
		for i := a + 1; i < b; i++ {
			if d := distance(r[i], r[a], r[b]); d > farD {
				far, farD = i, d
			}
		}
		if far < 0 {
			return
		}
		keep[far] = true
		walk(a, far)
		walk(far, b)
	}
	walk(0, len(r)-1)
	var out ring
	for i, k := range keep {
		if k {
			out = append(out, r[i])
		}
	}
	return out
}

// distance is how far p lies from the segment a-b (from a when a is b, as
// at a closed ring's ends).
func distance(p, a, b point) float64 {
	dx, dy := b[0]-a[0], b[1]-a[1]
	if dx == 0 && dy == 0 {
		return math.Hypot(p[0]-a[0], p[1]-a[1])
	}
	t := ((p[0]-a[0])*dx + (p[1]-a[1])*dy) / (dx*dx + dy*dy)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p[0]-a[0]-t*dx, p[1]-a[1]-t*dy)
}
