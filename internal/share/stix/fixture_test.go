package stix

import (
	"time"

	"github.com/vigil-osint/vigil/internal/vigil"
)

func ptr[T any](v T) *T { return &v }

var (
	exportTime = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	green      = vigil.Marking{TLP: vigil.TLPGreen, Owner: "ctd-punjab"}
	amber      = vigil.Marking{TLP: vigil.TLPAmber, Owner: "ctd-punjab"}
	red        = vigil.Marking{TLP: vigil.TLPRed, Owner: "ctd-punjab", Recipients: []vigil.Recipient{{Org: "ctd-punjab", User: "asad"}}}
)

// fixture is a small export: two documents, three incidents at three
// markings, a claim and an equipment record. The sentences are made up.
func fixture() Input {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 30, 0, 0, time.UTC) }
	docs := []Document{
		{Document: vigil.Document{ID: 1, Outlet: "Daily Example", URL: "https://news.example.org/2026/03/quetta-blast", Title: "Blast near Quetta checkpost kills four soldiers",
			Published: day(5), IngestedAt: day(5).Add(time.Hour),
			Text: "Four soldiers were killed when a roadside bomb struck their vehicle near Quetta on Thursday. The TTP claimed the attack."}, Marking: green},
		{Document: vigil.Document{ID: 2, Outlet: "Example Wire", URL: "https://wire.example.net/a/2", Title: "Police recover weapons in raid",
			Published: day(7), IngestedAt: day(7).Add(time.Hour),
			Text: "Police said twelve rifles were seized from BLA militants in Turbat. Officials said there had been more than 140 attacks in Balochistan in 2025."}, Marking: green},
	}
	ev := func(id, doc int64, outlet, url string) vigil.StoredEvent {
		return vigil.StoredEvent{ID: id, DocumentID: doc, Outlet: outlet, URL: url}
	}
	incs := []Incident{
		{Incident: vigil.Incident{ID: 10, Event: vigil.Event{
			EventDate: ptr("2026-03-05"), TimePrecision: ptr(1), EventType: "Explosions/Remote violence", SubEventType: "Remote explosive/landmine/IED",
			Actor1: "TTP: Tehreek-i-Taliban Pakistan", Inter1: 2, Actor2: "Military Forces of Pakistan", Inter2: 1,
			Perpetrator: "TTP: Tehreek-i-Taliban Pakistan", ClaimedBy: "TTP: Tehreek-i-Taliban Pakistan",
			Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Admin2: "Quetta", Location: "Quetta",
			Latitude: ptr(30.1798), Longitude: ptr(66.975), GeoPrecision: ptr(2),
			Fatalities: ptr(4), Casualties: vigil.Casualties{SecurityForces: vigil.Counts{Killed: 4}},
			Weapons: []string{"IED"}, Confidence: 0.82,
			Summary: "Four soldiers were killed when a roadside bomb struck their vehicle near Quetta on Thursday.",
		}, FatalitiesLow: 4, FatalitiesHigh: 5, ReviewState: vigil.StateVerified, SourceCount: 1, EventIDs: []int64{100},
			CreatedAt: day(5).Add(2 * time.Hour), UpdatedAt: day(6)},
			Events:  []vigil.StoredEvent{ev(100, 1, "Daily Example", "https://news.example.org/2026/03/quetta-blast")},
			Marking: green},
		{Incident: vigil.Incident{ID: 11, Event: vigil.Event{
			EventDate: ptr("2026-03-07"), EventType: "Strategic developments", SubEventType: "Arrests",
			Actor1: "Police Forces of Pakistan", Inter1: 1, Actor2: "BLA: Baloch Liberation Army", Inter2: 2,
			Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Admin2: "Kech", Location: "Turbat",
			Casualties: vigil.Casualties{Militants: vigil.Counts{Arrested: 3}},
		}, CreatedAt: day(7).Add(2 * time.Hour), UpdatedAt: day(7).Add(2 * time.Hour)},
			Events:  []vigil.StoredEvent{ev(101, 2, "Example Wire", "https://wire.example.net/a/2")},
			Marking: amber},
		{Incident: vigil.Incident{ID: 12, Event: vigil.Event{
			EventType: "Violence against civilians", SubEventType: "Abduction/forced disappearance",
			Country: "Pakistan", ISO3: "PAK", Admin1: "Balochistan", Location: "Turbat",
			Casualties: vigil.Casualties{Civilians: vigil.Counts{Abducted: 2}},
		}, CreatedAt: day(7).Add(3 * time.Hour), UpdatedAt: day(7).Add(3 * time.Hour)},
			Events:  []vigil.StoredEvent{ev(102, 2, "Example Wire", "https://wire.example.net/a/2")},
			Marking: red},
	}
	claims := []Claim{{StoredClaim: vigil.StoredClaim{ID: 20, DocumentID: 2, Outlet: "Example Wire", Published: day(7), Claim: vigil.Claim{
		Metric: "attacks", Value: 140, Bound: vigil.BoundLower, PeriodStart: "2025-01-01", PeriodEnd: "2025-12-31",
		Country: "Pakistan", Admin1: "Balochistan", AttributedTo: "officials"}}, Marking: green}}
	equipment := []Equipment{{StoredEquipment: vigil.StoredEquipment{ID: 30, DocumentID: 2, Outlet: "Example Wire", Published: day(7), Equipment: vigil.Equipment{
		Kind: "seizure", Category: "weapons", Item: "rifles", Quantity: ptr[int64](12),
		LocationCountry: "Pakistan", Holder: "BLA: Baloch Liberation Army", AsOf: "2026-03-07", AttributedTo: "police"}}, Marking: green}}
	return Input{
		Producer:  Producer{Org: "ctd-punjab", Name: "CTD Punjab", Created: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		Incidents: incs, Documents: docs, Claims: claims, Equipment: equipment, Time: exportTime,
	}
}
