package stix

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/vigil-osint/vigil/internal/shareddata"
)

// schemaBase is the $id prefix of the OASIS STIX 2.1 JSON schemas.
const schemaBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"

// schemaFile names each exported type's schema under schemaBase.
var schemaFile = map[string]string{
	"marking-definition":   "common/marking-definition.json",
	"extension-definition": "common/extension-definition.json",
	"identity":             "sdos/identity.json",
	"location":             "sdos/location.json",
	"threat-actor":         "sdos/threat-actor.json",
	"intrusion-set":        "sdos/intrusion-set.json",
	"incident":             "sdos/incident.json",
	"note":                 "sdos/note.json",
	"report":               "sdos/report.json",
	"relationship":         "sros/relationship.json",
	"sighting":             "sros/sighting.json",
}

type validator struct {
	byType map[string]*jsonschema.Schema
	core   *jsonschema.Schema
	bundle *jsonschema.Schema
}

var (
	loadOnce sync.Once
	loaded   *validator
	loadErr  error
)

// schemas compiles the OASIS schemas from the shared folder, or skips the
// test when they are absent (a user's clone).
func schemas(t testing.TB) *validator {
	t.Helper()
	dir, ok := shareddata.Path("stix2.1-schemas/schemas")
	if !ok {
		t.Skip("shared STIX 2.1 schemas absent: stix2.1-schemas/schemas")
	}
	loadOnce.Do(func() { loaded, loadErr = compileSchemas(dir) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func compileSchemas(dir string) (*validator, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("schema %s: %w", path, err)
		}
		rel, _ := filepath.Rel(dir, path)
		return c.AddResource(schemaBase+filepath.ToSlash(rel), doc)
	})
	if err != nil {
		return nil, err
	}
	v := &validator{byType: map[string]*jsonschema.Schema{}}
	for typ, f := range schemaFile {
		if v.byType[typ], err = c.Compile(schemaBase + f); err != nil {
			return nil, fmt.Errorf("compile %s: %w", f, err)
		}
	}
	if v.core, err = c.Compile(schemaBase + "common/core.json"); err != nil {
		return nil, err
	}
	if v.bundle, err = c.Compile(schemaBase + "common/bundle.json"); err != nil {
		return nil, err
	}
	return v, nil
}

// validateBundle checks the bundle, and each object against its type's
// schema and (except marking definitions, which have no modified) the
// common properties.
func (v *validator) validateBundle(t testing.TB, data []byte) {
	t.Helper()
	for _, err := range v.check(data) {
		t.Error(err)
	}
}

// check returns every schema violation in the bundle data.
func (v *validator) check(data []byte) (errs []error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return []error{fmt.Errorf("bundle is not JSON: %w", err)}
	}
	// The published bundle.json lists the object schemas a bundle may hold
	// but leaves out location, incident, note, grouping, opinion and
	// extension-definition, which then match neither its list nor its
	// custom-object branch (the flaw oasis-open/cti-stix2-json-schemas
	// issue 133 fixed for infrastructure). The bundle envelope is checked
	// with those objects set aside; every object is checked on its own
	// below.
	envelope := doc.(map[string]any)
	var listed []any
	for _, o := range envelope["objects"].([]any) {
		switch o.(map[string]any)["type"] {
		case "location", "incident", "note", "grouping", "opinion", "extension-definition":
		default:
			listed = append(listed, o)
		}
	}
	envelope["objects"] = listed
	if err := v.bundle.Validate(envelope); err != nil {
		errs = append(errs, fmt.Errorf("bundle: %w", err))
	}
	var b struct {
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return append(errs, err)
	}
	for _, raw := range b.Objects {
		var head struct{ Type, ID string }
		json.Unmarshal(raw, &head)
		obj, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			return append(errs, err)
		}
		s, ok := v.byType[head.Type]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: no schema for type %q", head.ID, head.Type))
			continue
		}
		if err := s.Validate(obj); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", head.ID, err))
		}
		if head.Type != "marking-definition" {
			if err := v.core.Validate(obj); err != nil {
				errs = append(errs, fmt.Errorf("%s: common properties: %w", head.ID, err))
			}
		}
	}
	return errs
}
