package taxonomy

import "github.com/vigil-osint/vigil/internal/extract/lex"

// livingInCamps reports whether the people "displaced" at i, a participle
// after its noun, are told of where they live now: "400,000 people
// displaced by the violence were living in 270 relief camps", "families
// displaced by the clashes are still staying in camps". Nobody was driven
// out that day: the news is the camps. People who "took shelter" in a camp
// after fleeing fled that day, and stay an event.
func livingInCamps(toks []lex.Token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+20; k++ {
		t := toks[k]
		if t.Is(".", ";") {
			return false
		}
		if !t.Is("living", "staying", "remain", "remained", "remaining", "housed", "lodged", "live", "lived", "stay", "stayed") {
			continue
		}
		// The main verb of the people, not a participle of another
		// noun: "were living", "are still staying", "remain".
		if !t.Is("remain", "remained") && !(toks[k-1].Is("are", "were", "is", "was", "been", "still") || k > 1 && toks[k-2].Is("are", "were", "been")) {
			return false
		}
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].Is("camp", "camps", "shelters", "shelter") {
				return true
			}
			if toks[j].Punct {
				break
			}
		}
		return false
	}
	return false
}

// countedPeopleAfter reports whether the verb at i has people counted for
// its object: "the fighting displaced 20,000 people", "displaced about
// 3,000 families"; not "displaced the rebels from the ridge".
func countedPeopleAfter(toks []lex.Token, i int) bool {
	k := i + 1
	for k < len(toks) && k <= i+3 && toks[k].Is("about", "some", "nearly", "over", "around", "at", "least", "more", "than", "up", "to", "almost", "an", "estimated") {
		k++
	}
	if k >= len(toks) || countAt(toks[k]) < 2 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if peopleNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Punct && !toks[j].Is(",") {
			return false
		}
	}
	return false
}

// deployedForRelief reports whether the move at i sends men to bring
// relief: "troops were deployed to evacuate residents", "soldiers sent to
// help with rescue work".
func deployedForRelief(toks []lex.Token, i int) bool {
	// (A ceasefire "to allow relief work" is a group's move all the same.)
	if !toks[i].Is("deployed", "sent", "dispatched", "rushed", "mobilised", "mobilized", "deploy", "deploys") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+6 && !toks[k].Is(".", ";"); k++ {
		if toks[k].Is("evacuate", "rescue", "help", "assist", "aid", "relief", "distribute", "clear", "search", "evacuation", "rescues") {
			return true
		}
	}
	return false
}
