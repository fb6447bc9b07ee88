package stix

import (
	"testing"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func TestIsNamedGroup(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"TTP: Tehreek-i-Taliban Pakistan", true},
		{"ISKP: Islamic State Khorasan Province", true},
		{"Hafiz Gul Bahadur Group", true},
		{"Unidentified Armed Group (Pakistan)", false},
		{"Military Forces of Pakistan", false},
		{"Police Forces of Pakistan", false},
		{"Militia (Pro-Government)", false},
		{"Civilians (Pakistan)", false},
		{"  ", false},
	}
	for _, tt := range tests {
		if got := isNamedGroup(tt.name); got != tt.want {
			t.Errorf("isNamedGroup(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestIso3Of(t *testing.T) {
	for in, want := range map[string]string{"Pakistan": "PAK", "afghanistan": "AFG", "PAK": "PAK", "afg": "AFG", " Iran ": "IRN", "Atlantis": "", "": ""} {
		if got := iso3Of(in); got != want {
			t.Errorf("iso3Of(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIncidentName(t *testing.T) {
	tests := []struct {
		inc  vigil.Incident
		want string
	}{
		{vigil.Incident{Event: vigil.Event{SubEventType: "Armed clash", Location: "Chaman", Admin1: "Balochistan", EventDate: ptr("2026-01-02")}}, "Armed clash in Chaman, Balochistan on 2026-01-02"},
		{vigil.Incident{Event: vigil.Event{EventType: "Battles", Admin1: "Balochistan"}}, "Battles in Balochistan"},
		{vigil.Incident{Event: vigil.Event{Country: "Pakistan"}}, "Incident in Pakistan"},
		{vigil.Incident{}, "Incident"},
	}
	for _, tt := range tests {
		if got := incidentName(tt.inc); got != tt.want {
			t.Errorf("incidentName = %q, want %q", got, tt.want)
		}
	}
}

func TestClaimAndEquipmentText(t *testing.T) {
	claims := []struct {
		c    vigil.Claim
		want string
	}{
		{vigil.Claim{Metric: "attacks", Value: 140, Bound: vigil.BoundLower, PeriodStart: "2025-01-01", PeriodEnd: "2025-12-31", Admin1: "Balochistan", Country: "Pakistan", AttributedTo: "officials"},
			"attacks: 140 (lower bound), 2025-01-01 to 2025-12-31, Balochistan, Pakistan, according to officials."},
		{vigil.Claim{Metric: "deaths", Value: 3, Bound: vigil.BoundExact}, "deaths: 3."},
		{vigil.Claim{Metric: "deaths", Value: 3, PeriodEnd: "2025-06-30"}, "deaths: 3, ? to 2025-06-30."},
	}
	for _, tt := range claims {
		if got := claimText(tt.c); got != tt.want {
			t.Errorf("claimText = %q, want %q", got, tt.want)
		}
	}
	equipment := []struct {
		e    vigil.Equipment
		want string
	}{
		{vigil.Equipment{Kind: "seizure", Category: "weapons", Item: "rifles", Quantity: ptr[int64](12), Holder: "BLA"}, "seizure of 12 rifles (weapons), held by BLA."},
		{vigil.Equipment{Category: "night_vision"}, "record of night_vision."},
	}
	for _, tt := range equipment {
		if got := equipmentText(tt.e); got != tt.want {
			t.Errorf("equipmentText = %q, want %q", got, tt.want)
		}
	}
}
