package taxonomy_test

import (
	"testing"
	"time"

	"github.com/vigil-osint/vigil/internal/eval"
	"github.com/vigil-osint/vigil/internal/extract"
)

// TestExtractHouseStyles runs the whole extractor on sentences written
// after probe 18, in the house styles of state news agencies, translated
// local press, army communiques and UN reports: the CASE code of the
// first event, or "" for none. Each rule's sentence stands beside a near
// one it must leave alone.
func TestExtractHouseStyles(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		// A gun duel and a confrontation with troops are a fight; a life
		// lost in one is a death in it.
		{"Soldiers engaged the bandits in a gun duel near the forest, killing four of them.", "ARMED_CLASH"},
		{"Two guerrillas lost their lives in confrontations with the army in the rural area of the municipality.", "ARMED_CLASH"},
		{"In the confrontation between the troops and the dissidents, three of the subversives lost their life.", "ARMED_CLASH"},
		{"The confrontation between the ruling party and the opposition deepened on Monday over the budget.", ""},
		{"The former minister lost his life to cancer on Sunday, his family said.", ""},
		// Vandalism by people the police cannot name is property
		// destroyed; by protesters, a riot.
		{"Unidentified men vandalised a statue of the independence leader in the town square overnight.", "PROPERTY_DISTRUCT"},
		{"Protesters vandalised the office of the ruling party after the vote count.", "VIOL_DEMONSTR"},
		// Crowds that fought with crude weapons, tortured a woman or set
		// on a rival party are mobs.
		{"Youths of the two villages fought with crude weapons over a grazing field, leaving two dead.", "MOB_VIOL"},
		{"Villagers tortured and killed a man accused of witchcraft on Sunday, the police said.", "MOB_VIOL"},
		{"Militiamen tortured and killed two farmers in the village, residents said.", "ATTACK"},
		{"Supporters of the governor attacked the rival party's campaign team at the market, injuring six.", "MOB_VIOL"},
		{"Supporters of the jailed senator attacked the electoral office with stones after the result was announced.", "VIOL_DEMONSTR"},
		// Protesters killed by the state during protests named by their
		// month or movement, or dead in the repression of a march.
		{"Soldiers killed four people during the Hirak marches in the east of the country, activists said.", "FORCE_AGAINST_PROTEST"},
		{"Three students died of gunshot wounds during the repression of the march in the capital, the rights group said.", "FORCE_AGAINST_PROTEST"},
		{"Thousands marched in the capital to denounce the repression of last year's protests.", "PEACE_PROTEST"},
		// Forces named by an armed group's initials are the group's.
		{"RSF forces seized the army base in the north of the city after two days of fighting, witnesses said.", "NON_STATE_ACTOR_OVERTAKES_TER"},
		{"Ethiopian forces captured the town of Alamata from Tigrayan fighters on Monday.", "GOV_REGAINS_TERIT"},
		// Robbers who kill a police officer, and a gang that kills for
		// its extortion, are crime; police who kill robbers, and
		// militants who kill for extortion, are not.
		{"Armed robbers shot dead two policemen guarding a bullion van on the expressway, the police said.", ""},
		{"Members of a street gang killed a shopkeeper who refused to pay extortion, the police said.", ""},
		{"Militants killed a trader who refused to pay extortion in the market, police said.", "ATTACK"},
		{"Cartel gunmen ambushed a police patrol on the highway, killing nine officers, the state prosecutor said.", "ARMED_CLASH"},
		// Myanmar's army by its own name, and armed opposition groups,
		// are armed men whose moves change what they do.
		{"The Tatmadaw declared a unilateral ceasefire for the harvest season, state television said.", "CHANGE_TO_GROUP_ACT"},
		{"Four armed opposition factions in the south merged into a single front on Sunday, a spokesman said.", "CHANGE_TO_GROUP_ACT"},
		{"Two opposition parties in the south merged into a single party on Sunday, a spokesman said.", ""},
		// A force sent or withdrawn by its singular noun.
		{"The East African bloc deployed a regional force to North Kivu on Tuesday, its secretariat said.", "CHANGE_TO_GROUP_ACT"},
		{"The city deployed a police force of 2,000 officers for the marathon.", ""},
		{"Britain announced the withdrawal of the Sahel contingent from Mali on Monday.", "CHANGE_TO_GROUP_ACT"},
		{"The minister announced the withdrawal of the bill from parliament.", ""},
		// A recruitment drive by its noun, for the defence of a country.
		{"The rebels launched the recruitment of hundreds of young men to fight the army in the south, residents said.", "CHANGE_TO_GROUP_ACT"},
		{"The government began the recruitment of 20,000 volunteers for the defence of the nation, the minister said.", "CHANGE_TO_GROUP_ACT"},
		{"The ministry began the recruitment of 5,000 teachers for the new school year.", ""},
		// Ground entered after the other side's leaving told by its
		// noun, or by a group named without a word for fighters.
		{"Government troops entered the town after the departure of the rebels on Sunday, residents said.", "NON_VIOL_TERRIT_TRANSFER"},
		{"The bishop entered the cathedral after the departure of the president on Sunday.", ""},
		{"Al-Shabaab moved into the village of Bulo after the government troops pulled out on Friday, elders said.", "NON_VIOL_TERRIT_TRANSFER"},
		// Ground taken over that the other side had vacated.
		{"Rebel fighters moved into the positions abandoned by the army near the lake, residents said.", "NON_VIOL_TERRIT_TRANSFER"},
		{"The firm took over the offices vacated by the bank on Monday.", ""},
		{"Rebels took over the town after a fierce battle with the army on Monday.", "NON_STATE_ACTOR_OVERTAKES_TER"},
		// Ground handed over, told in the passive.
		{"The military base in Timbuktu was handed over to the Malian army on Tuesday, the French general staff said.", "NON_VIOL_TERRIT_TRANSFER"},
		{"The suspect was handed over to the police on Tuesday, officials said.", ""},
		// People who crossed somewhere "fleeing fighting" are displaced.
		{"Hundreds of families arrived in the town fleeing clashes between two militias, the local authorities said.", "OTHER"},
		{"The suspect was arrested fleeing the scene of the robbery, police said.", ""},
		// A jailbreak: inmates who escaped from a prison.
		{"More than 200 prisoners escaped from the district jail overnight, the prisons service said.", "OTHER"},
		{"The journalist escaped from the burning building with minor injuries.", ""},
		{"The inmates who escaped from the prison last year are still at large, the police said.", ""},
		// A toxic gas used on people, a chemical substance used in an
		// attack; one leaked, or used on a warehouse, is none.
		{"Rebels used toxic gas against soldiers in the hills, the army said, and six soldiers were treated for breathing problems.", "CHEM_WEAP"},
		{"Doctors reported the use of a chemical substance in an attack on the village, with nine people treated for suffocation.", "CHEM_WEAP"},
		{"A chemical substance leaked from a fertiliser plant, and 40 workers were treated for breathing problems.", ""},
		{"Workers used toxic gas to fumigate the warehouse, the company said.", ""},
		// Ground "reoccupied" by troops; terrorists hit in "air
		// interdiction" missions.
		{"Government troops reoccupied the border post the rebels had overrun last week, the army said.", "GOV_REGAINS_TERIT"},
		{"The air force neutralised 20 bandits in an air interdiction mission on their hideout near the forest, the air force spokesman said.", "AIR_STRIKE"},
		{"The air interdiction course for pilots opened at the academy on Monday.", ""},
		// Olive trees "cut down" by settlers, whom WAFA calls colonists,
		// are property destroyed; trees a council cut down are not.
		{"Colonists cut down 150 olive trees in the village of Qaryut on Friday, the village council said.", "PROPERTY_DISTRUCT"},
		{"The council cut down 40 old trees along the avenue to widen the road.", ""},
		{"The ministry cut down on spending for the new year.", ""},
		// A state's protest in words over shelling is diplomacy.
		{"The ministry summoned the Turkish ambassador over the shelling of a village near the border, the state news agency said.", ""},
		{"The foreign ministry handed a note verbale to the envoy over the mortar shells that landed on its soil.", ""},
		{"Mortar shells fired from across the border landed in a village, injuring two farmers, the border guard said.", "ART_MISS_ATTACK"},
		// People "removed" or "retained" by armed men, officials "taken
		// away", people taken who remain missing: abducted.
		{"The mayor of the commune was removed by unidentified armed men on the road to the market, his deputy said.", "ABDUCT_DISSAP"},
		{"Two engineers were retained by an armed group near the river, the company denounced.", "ABDUCT_DISSAP"},
		{"Rebels took away the prefect of the district on Sunday, and his whereabouts are unknown.", "ABDUCT_DISSAP"},
		{"Three activists taken by plainclothes police from their homes last week are still missing, their lawyers said.", "ABDUCT_DISSAP"},
		{"The mayor was removed by the regional council for mismanagement on Monday.", ""},
		{"The players were retained by the club for the new season.", ""},
		// A supplier or a vehicle intercepted with arms on board.
		{"Border guards intercepted a pickup truck near the river carrying 40 rifles and two machine guns, the army said.", "DISR_WEAP"},
		{"Police intercepted a bus with 40 passengers at the checkpoint.", ""},
		// Troops named at length by their unit before they "engaged"
		// the enemy.
		{"Troops of the 1 Division of the Nigerian Army on Sunday engaged bandits at a camp near the forest, the army said.", "ARMED_CLASH"},
		{"Troops of the 1 Division of the Nigerian Army on Sunday engaged in a medical outreach for villagers near the forest.", ""},
	} {
		got := ""
		if evs := x.Extract(tc.text, time.Time{}, "").Events; len(evs) > 0 {
			got = eval.CASECode(evs[0].SubEventType)
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
