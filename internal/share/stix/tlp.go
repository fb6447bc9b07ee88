package stix

import (
	"github.com/vigil-osint/vigil/internal/vigil"
)

// TLP20Extension is the id of the OASIS extension definition that defines
// the TLP 2.0 marking definitions, published in
// github.com/oasis-open/cti-stix-common-objects,
// extension-definition-specifications/tlp-2.0/.
const TLP20Extension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"

// tlp20Created is the creation time OASIS gave all five TLP 2.0 marking
// definitions; the objects must be reproduced exactly, time included.
const tlp20Created = "2022-10-01T00:00:00.000Z"

// tlpIDs are the fixed ids of the TLP 2.0 marking definitions, from the same
// OASIS publication (examples/tlp-*.json and the extension's JSON schema,
// which accepts these ids only).
var tlpIDs = map[vigil.TLP]string{
	vigil.TLPClear:       "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
	vigil.TLPGreen:       "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
	vigil.TLPAmber:       "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
	vigil.TLPAmberStrict: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
	vigil.TLPRed:         "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}

// tlp1IDs are the TLP 1 marking definitions of the STIX 2.1 specification
// itself (section 7.2.1.4), which partners may still send.
var tlp1IDs = map[string]vigil.TLP{
	"marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": vigil.TLPClear, // TLP:WHITE
	"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": vigil.TLPGreen,
	"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": vigil.TLPAmber,
	"marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": vigil.TLPRed,
}

// TLPMarkingID returns the id of the TLP 2.0 marking definition for t, or ""
// for an unknown level.
func TLPMarkingID(t vigil.TLP) string { return tlpIDs[t] }

// TLPFromRefs reads the TLP level from an object's object_marking_refs: the
// most restrictive TLP 1 or TLP 2.0 marking among them. ok is false when
// none is a TLP marking, and the caller must then decide (vigil hides such
// objects from everyone but their owner).
func TLPFromRefs(refs []string) (t vigil.TLP, ok bool) {
	for _, r := range refs {
		l, found := tlp1IDs[r]
		if !found {
			for level, id := range tlpIDs {
				if id == r {
					l, found = level, true
				}
			}
		}
		if found && (!ok || l.Rank() > t.Rank()) {
			t, ok = l, true
		}
	}
	return t, ok
}

// tlpMarkingDefinition is the OASIS TLP 2.0 marking-definition object for t,
// reproduced as published.
func tlpMarkingDefinition(t vigil.TLP) object {
	names := map[vigil.TLP]string{
		vigil.TLPClear: "clear", vigil.TLPGreen: "green", vigil.TLPAmber: "amber",
		vigil.TLPAmberStrict: "amber+strict", vigil.TLPRed: "red",
	}
	return object{
		"type":         "marking-definition",
		"spec_version": "2.1",
		"id":           tlpIDs[t],
		"created":      tlp20Created,
		"name":         "TLP:" + string(t),
		"extensions": map[string]any{
			TLP20Extension: map[string]any{
				"extension_type": "property-extension",
				"tlp_2_0":        names[t],
			},
		},
	}
}
