package extract

import (
	"slices"
	"testing"
	"time"
)

// Actor1 acts, actor2 is acted on, each named as ACLED names it; a group's
// name and the generic noun after it ("BLF militants") are one actor.
func TestActorRoles(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text           string
		actor1, actor2 string
	}{
		{"On 7 June 2021, BLF militants fired rockets at a military outpost in Turbat, Kech district. Two soldiers were killed.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		{"On 3 May 2022, TTP terrorists attacked a police station in Bannu, killing two policemen.",
			"TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"},
		{"On 9 March 2022, unidentified militants shot dead a shopkeeper in Quetta.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 2 January 2022, security forces killed three BLA militants in an operation in Kohlu district, Balochistan.",
			"Military Forces of Pakistan", "BLA: Baloch Liberation Army"},
		// Who thwarted an attack is not who made it.
		{"On 19 November 2024, the attempt to enter the post in Mali Khel, Bannu, was thwarted by own troops, after which the khwarij rammed an explosive-laden vehicle into its wall. Twelve soldiers embraced shahadat.",
			"TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan"},
		// The police who shot the attacker did not attack the shoppers.
		{"On 3 September 2021, an attacker stabbed seven shoppers at a supermarket in Auckland before police shot him dead.",
			"Unidentified Armed Group (New Zealand)", "Civilians (New Zealand)"},
		{"On 3 September 2021, soldiers shot dead three villagers in Sagaing.",
			"Military Forces of Myanmar", "Civilians (Myanmar)"},
		{"On 13 February 2019, a suicide car bomb hit a bus carrying soldiers near Zahedan, killing 27 soldiers.",
			"Unidentified Armed Group (Iran)", "Military Forces of Iran"},
		{"On 4 March 2025, Pakistani forces shelled suspected TTP positions in the Ghulam Khan area of North Waziristan.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		// Force used on a crowd: the police act on the protesters.
		{"On 2 April 2025, police opened fire on protesters staging a sit-in on a road in Quetta, killing two protesters.",
			"Police Forces of Pakistan", "Protesters (Pakistan)"},
		// A battle in the state's operation is the state's, whoever fell;
		// one told as between a group and the state is the group's.
		{"On 24 June 2024, two soldiers embraced shahadat and three khwarij were sent to hell in an intelligence-based operation in Zhob, according to ISPR.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		{"On 12 November 2024, an exchange of fire took place between security forces and khawarij in Sherani district, Balochistan. Three khawarij and a soldier were killed.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		// Only the state's men fell in an encounter: who fought them is
		// not told.
		{"On 12 November 2024, a soldier was killed in an encounter in Kohlu, Balochistan.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		{"On 12 November 2024, a clash broke out between BLA militants and soldiers in Kohlu, Balochistan. Two soldiers and a militant were killed.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// The group that organised a protest is its protesters; the
		// police who broke it up are whom they faced.
		{"On 7 May 2025, police used tear gas and baton-charged BYC activists protesting in Turbat, Kech, against enforced disappearances, and arrested 12 of them.",
			"Protesters (Pakistan)", "Police Forces of Pakistan"},
		// A generic name for a named group's bomber is that group.
		{"On 2 June 2025, a suicide bomber of the Majeed Brigade rammed his car into a school bus in Khuzdar, Balochistan, killing five children. The attacker also died.",
			"BLA: Baloch Liberation Army", "Civilians (Pakistan)"},
		// A suicide bomber or gunmen the text does not name are the side
		// that attacked, though no verb ties them to the deed.
		{"On 28 June 2025, a suicide bomber drove an explosive-laden vehicle into a military convoy in Mir Ali, North Waziristan, killing 13 soldiers.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		{"On 9 May 2025, a drone strike killed six militants in a compound near Miranshah, North Waziristan.",
			"Unidentified Armed Group (Pakistan)", "Unidentified Armed Group (Pakistan)"},
		// Forces that intercepted a group acted.
		{"On 19 March 2025, security forces intercepted a group of militants crossing the border in Zhob, Balochistan, and killed 16 of them in the gunfight.",
			"Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		// The police a sentence cites told of the attack; the police
		// attacked are its target.
		{"On 11 October 2024, gunmen attacked a coal mine in Duki, Balochistan, and killed 21 miners, according to police.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 11 October 2024, gunmen attacked a police station in Bannu and killed two policemen, police said.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 4 September 2024, police said they killed two militants in an encounter in Karachi.",
			"Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		// The state fought men the text names by no group.
		{"On 30 July 2024, police clashed with a gang of robbers in Hub, Balochistan. One robber was killed.",
			"Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		{"On 30 July 2024, militants clashed with a patrol in Hub, Balochistan. One militant was killed.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		// A group a strike aimed at is struck; a group that struck is named
		// as the attacker.
		{"On 16 January 2024, Iranian forces carried out missile and drone strikes on a village near Panjgur, saying they had targeted Jaish al-Adl. Two children were killed.",
			"Military Forces of Iran", "Civilians (Pakistan)"},
		{"On 4 March 2025, Pakistani forces targeted TTP hideouts in North Waziristan, killing five militants.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		{"On 16 January 2024, a drone strike on a village near Panjgur killed two children. Jaish al-Adl was blamed.",
			"Jaish al-Adl", "Civilians (Pakistan)"},
		// Foreigners a bomb killed are civilians of their own country.
		{"On 6 October 2024, a suicide car bomb hit a convoy carrying Chinese engineers near Karachi airport, killing two Chinese nationals.",
			"Unidentified Armed Group (Pakistan)", "Civilians (China)"},
		// Two units of one state that exchanged fire fought each other;
		// two named together who fired on another fought on one side.
		{"On 22 April 2024, personnel of the Levies and the police exchanged fire over the arrest of a suspect in Pishin, Balochistan. One Levies man was killed.",
			"Police Forces of Pakistan Balochistan Levies", "Police Forces of Pakistan"},
		{"On 22 April 2024, the Levies and the police exchanged fire with militants in Pishin, Balochistan. One militant was killed.",
			"Police Forces of Pakistan Balochistan Levies", "Unidentified Armed Group (Pakistan)"},
		// The army's bomb disposal squad is the army's.
		{"On 6 May 2025, a remote-controlled bomb hit a vehicle of the army's bomb disposal squad in Mach, Balochistan, killing seven personnel.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		{"On 6 May 2025, a remote-controlled bomb hit a vehicle of the police bomb disposal squad in Quetta, killing two personnel.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Bomb Disposal Squad"},
		// Foreign civilians are named by their country; others by the
		// place's.
		{"On 5 October 2024, a Chinese national was shot dead by unidentified gunmen in Hub, Balochistan.",
			"Unidentified Armed Group (Pakistan)", "Civilians (China)"},
		{"On 5 October 2024, a shopkeeper was shot dead by unidentified gunmen in Hub, Balochistan.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 9 May 2025, a student was picked up by personnel of the security forces from his home in Turbat, Kech.",
			"Military Forces of Pakistan", "Civilians (Pakistan)"},
		// A group telling of its fighters' deed made the attack; the
		// soldiers killed "in an attack" did not.
		{"On 3 June 2025, the BLA said its fighters had killed two soldiers in an attack on a camp in Kalat, Balochistan.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		{"On 3 June 2025, BLA militants attack a check post in Kalat, Balochistan, killing two soldiers.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// A unit named with its command in brackets still acts; a
		// bracketed gloss does not make the verb too far from the name.
		{"On 9 May 2025, FC Balochistan (South) personnel picked up two students from their hostel in Turbat, Kech; they have been forcibly disappeared.",
			"Police Forces of Pakistan Frontier Corps", "Civilians (Pakistan)"},
		{"On 9 May 2025, BLF (Baloch Liberation Front) militants attacked an army post in Tump, Kech. Two soldiers were killed.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		// An enforced disappearance told in the active: the force did it;
		// told in the passive, or of the force's own men, it did not.
		{"On 9 May 2025, security forces forcibly disappeared a student from his home in Turbat, Kech.",
			"Military Forces of Pakistan", "Civilians (Pakistan)"},
		{"On 9 May 2025, FC personnel forcibly disappeared two brothers from Panjgur, their family said.",
			"Police Forces of Pakistan Frontier Corps", "Civilians (Pakistan)"},
		{"On 9 May 2025, a student was forcibly disappeared from his home in Turbat, Kech, after gunmen stormed it.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 9 May 2025, FC personnel whisked away a student from his hostel in Khuzdar; his whereabouts are unknown.",
			"Police Forces of Pakistan Frontier Corps", "Civilians (Pakistan)"},
		{"On 9 May 2025, security forces took away two brothers from their home in Panjgur; they have been forcibly disappeared, their family said.",
			"Military Forces of Pakistan", "Civilians (Pakistan)"},
		// Police who took away the bodies only collected them.
		{"On 9 May 2025, police took away the bodies of two men whom gunmen had shot dead in Turbat.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 9 May 2025, Levies personnel took away the bullet-riddled body of a man found in Turbat.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		// A bomb that hit a rally hit civilians.
		{"On 31 January 2024, a bomb planted near an election office went off in Sibi as a rally was passing, killing four people.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		// "took over": the group acted on the police station.
		{"On 23 June 2025, BLF militants took over a police station in Tump, Kech, for several hours and set it on fire.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan"},
		// Who foiled or repulsed an attack defended against it.
		{"On 5 May 2024, police foiled a terrorist attack on the police station in Kulachi, Dera Ismail Khan, after an exchange of fire. Two attackers were killed.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 5 May 2024, police attacked a hideout of terrorists in Kulachi, Dera Ismail Khan, and killed two of them in an exchange of fire.",
			"Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		// "took control of": the group acted on the road; the troops who
		// took control of the area after an attack did not make it.
		{"On 30 January 2025, BLA militants took control of the highway near Kalat for several hours and set a truck on fire.",
			"BLA: Baloch Liberation Army", ""},
		{"On 30 January 2025, security forces took control of the area after BLA militants attacked a check post near Kalat, killing two soldiers.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// Forces of the Taliban's state across the border are its
		// military.
		{"On 28 December 2024, Afghan Taliban forces opened fire on Pakistani border posts in Bajaur, and one soldier was killed.",
			"Military Forces of Afghanistan", "Military Forces of Pakistan"},
		{"On 16 January 2024, Iranian forces carried out missile strikes on a village near Panjgur, killing two children.",
			"Military Forces of Iran", "Civilians (Pakistan)"},
		{"On 11 February 2024, BLF militants clashed with members of a state-backed armed group in Mashkay, Awaran.",
			"BLF: Baloch Liberation Front", "Militia (Pro-Government)"},
		{"On 3 December 2023, an air force strike hit a crowd at a festival in a village of Kaduna state, killing 85 civilians.",
			"Military Forces of Nigeria", "Civilians (Nigeria)"},
		{"On 5 May 2024, three soldiers hit by a roadside bomb near Mir Ali were taken to hospital.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		// Only militants fell in an operation: the state fought them, and
		// the group named is the side that lost them.
		{"On 18 August 2014, at least 11 militants were killed in a joint aerial and ground operation in Khyber Agency.",
			"Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		{"On 30 June 2016, six Taliban militants were killed in a raid in Bala Baluk district of Farah province.",
			"Military Forces of Afghanistan", "Taliban"},
		{"On 3 May 2016, a rebel commander was killed by the police during an encounter near a village in Dantewada district.",
			"Police Forces of India", "Unidentified Armed Group (India)"},
		// Militants killing civilians in an "operation" of their own stay
		// the attackers.
		{"On 3 May 2016, Taliban militants killed two villagers during an operation in Farah province.",
			"Taliban", "Civilians (Afghanistan)"},
		// A peaceful protest faced no one; the force that intervened in
		// another is its actor2.
		{"On 6 December 2023, activists began a sit-in outside the commissioner's office in Turbat against the killing of a young man in CTD custody.",
			"Protesters (Pakistan)", ""},
		{"On 28 July 2024, supporters of the committee gathered in Gwadar. Police used tear gas to disperse them and arrested several participants.",
			"Protesters (Pakistan)", "Police Forces of Pakistan"},
		// A force's unit follows the force's name, as ACLED writes it, on
		// either side of the event, and is no associated actor.
		{"On 12 April 2024, FC troops killed three militants during a raid on a hideout near Panjgur.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		{"On 2 February 2023, militants attacked a Levies checkpoint in Kalat district, killing two Levies personnel.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Balochistan Levies"},
		{"On 20 August 2022, the CTD arrested four suspected BLA militants in a raid in Quetta.",
			"Police Forces of Pakistan Counter Terrorism Department", "BLA: Baloch Liberation Army"},
		{"On 5 October 2023, gunmen opened fire on a Coast Guard vehicle near Jiwani, Gwadar, injuring two Coast Guard personnel.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Coast Guard"},
		{"On 3 March 2021, two ANF personnel were killed in an attack by suspected BLF militants near Mashkel, Washuk district.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Anti Narcotics Force"},
		// What a group's bomb or rocket was aimed at names whom it
		// attacked when no one of a side was hurt: a home is
		// civilians', a post the state's; people hurt of no told side
		// are civilians. A pylon, a polling station or a state's own
		// strike names no one.
		{"On 2 January 2024, Baloch separatists hurled a hand grenade at the residence of a tribal elder in Panjgur. No one was hurt.",
			"Baloch Separatists (Pakistan)", "Civilians (Pakistan)"},
		{"On 4 March 2024, BLA militants fired rockets at a security checkpost in Kahan, Kohlu. There were no casualties.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		{"On 5 April 2024, BLF militants lobbed a grenade in Khuzdar bazaar, injuring two.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)"},
		{"On 3 May 2024, BLF militants blew up an electricity pylon with explosives near Turbat, Kech. No one was hurt.",
			"BLF: Baloch Liberation Front", ""},
		{"On 28 May 2022, BNA militants set off an explosion targeting a polling station in Kohlu. There were no casualties.",
			"BNA: Baloch Nationalist Army", ""},
		{"On 8 March 2023, BLF militants set off an IED targeting a security convoy at a crowded market in Turbat, Kech. No one was hurt.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		{"On 9 March 2023, BLA militants fired rockets at an FC camp of a construction company near Kohlu. There were no casualties.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Frontier Corps"},
		// A blast among a crowd that also hurt a policeman hit
		// civilians; a few people beside him, or a blast aimed at the
		// police, leave the police as the target.
		{"On 29 September 2023, a bomb exploded near a religious procession in Mastung, killing 30 people, among them a police officer.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 7 August 2022, a bomb exploded in a market in Quetta, injuring three people including a policeman.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 1 November 2024, a bomb exploded near a police van escorting a polio team in Mastung, killing five schoolchildren, a police officer and a passer-by.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 3 May 2023, a bomb exploded next to a police van in a crowded market in Quetta, killing 12 people, among them a policeman.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		// A vehicle carrying the force is what was aimed at, whoever else
		// the blast hurt; a bus carrying people of whom one is of the
		// force is not.
		{"On 6 June 2025, a bomb went off near a bus carrying FC personnel in Turbat, Kech, killing three FC personnel and injuring 25 people.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		{"On 6 June 2025, a bomb hidden in a cart exploded beside a van transporting policemen in Quetta, killing two policemen and wounding 14 passers-by.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 6 June 2025, a bomb went off near a bus carrying students and a policeman in Turbat, Kech, killing nine people, among them the policeman.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		// A force named only as whom a mine was meant for is not whom it
		// hit when only civilians fell; a force hit is.
		{"On 9 May 2025, a landmine exploded in Kahan, Kohlu, killing a shepherd. The mine had been planted to target security forces.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 9 May 2025, a landmine meant for the FC exploded in Kahan, Kohlu, killing two FC soldiers.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		// Security guards who fought back are private security; with
		// no guards named, the state's forces are whom a group fought.
		{"On 2 July 2025, BLA militants fired at a vehicle of a mining company near Nokkundi, Chagai. Security guards returned fire and no one was hurt.",
			"BLA: Baloch Liberation Army", "Private Security Forces (Pakistan)"},
		{"On 2 July 2025, BLA militants fired at a post near Nokkundi, Chagai. The guards returned fire and no one was hurt.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// Groups named together attack together; a group named apart
		// from the attacker may be whom it fought.
		{"On 4 September 2024, BLA and BRAS militants ambushed an army convoy near Hoshab, Kech, and fought the soldiers for an hour. Three soldiers were killed.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		{"On 12 March 2023, BLF militants clashed with BLA militants over control of a village in Kech. Two militants were killed.",
			"BLF: Baloch Liberation Front", "BLA: Baloch Liberation Army"},
		// A former or retired member of a force is a civilian.
		{"On 15 May 2021, BRA militants hurled a hand grenade at the residence of a former police officer in Sibi, injuring an employee.",
			"BRA: Baloch Republican Army", "Civilians (Pakistan)"},
		{"On 3 June 2023, gunmen shot dead a retired army officer near his home in Turbat, Kech.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 3 June 2023, gunmen shot dead a police officer near his post in Turbat, Kech.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		// A group that blocked a road acted; the trucks it burnt were
		// civilians'.
		{"On 12 April 2025, BLA militants blocked the highway near Dalbandin, Chagai, and torched two trucks.",
			"BLA: Baloch Liberation Army", "Civilians (Pakistan)"},
		// A state office burnt is no one's ACLED names.
		{"On 30 January 2025, militants torched the NADRA office in Mangochar, Kalat.",
			"Unidentified Armed Group (Pakistan)", ""},
		// An aside between commas stands between a name and its verb.
		{"On 15 August 2024, members of a pro-government armed group, described by locals as a death squad, shot dead a young man in Tump, Kech.",
			"Militia (Pro-Government)", "Civilians (Pakistan)"},
		// Forces that came under attack were attacked; those that
		// attacked acted.
		{"On 3 July 2025, troops came under attack from militants of the BLF in Sui, Dera Bugti; two soldiers were killed.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		{"On 3 July 2025, troops attacked a BLF hideout in Sui, Dera Bugti, killing two militants.",
			"Military Forces of Pakistan", "BLF: Baloch Liberation Front"},
		// A force that foiled an attack defended; a force that disrupted
		// a bomb before use acted.
		{"On 4 July 2025, the Frontier Corps said its personnel foiled an attack on a convoy in Panjgur, Balochistan, killing two terrorists of the BLF.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Frontier Corps"},
		{"On 29 September 2024, the police foiled a terror bid by defusing a bomb planted near the railway track in Kachhi, Balochistan.",
			"Police Forces of Pakistan", ""},
		// Fighters who tried to infiltrate were intercepted; those who
		// tried to storm a post attacked.
		{"On 3 August 2024, four khwarij were killed in an exchange of fire in Zhob as they tried to infiltrate from Afghanistan, ISPR said. A soldier was martyred.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		{"On 3 August 2024, khwarij tried to storm a post in Zhob and a soldier was martyred in the exchange of fire. Four khwarij were killed.",
			"TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan"},
		// A group whose hideouts a strike was said to hit is not whom it
		// hit when only civilians fell; when its men fell, it is.
		{"On 18 January 2024, Pakistani aircraft struck hideouts of Baloch militants near Saravan, Iran; Iranian officials said nine civilians, including children, were killed.",
			"Military Forces of Pakistan", "Civilians (Iran)"},
		{"On 18 March 2024, Pakistani jets struck hideouts of the TTP in Khost, Afghanistan, killing eight militants.",
			"Military Forces of Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
		// The house and family of a policeman are civilians'; a police
		// post is the police's.
		{"On 5 May 2025, militants fired a mortar at the house of a police officer in Bannu, injuring his wife and son.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 5 May 2025, militants fired a mortar at a police post in Bannu, injuring two policemen.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		// Kin and informers of a force are civilians, whoever else fell;
		// a policeman killed in his house is the police's.
		{"On 14 April 2022, BLF militants set off a landmine in Jhal Jao, Awaran. The son of a death squad member was injured in the explosion.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)"},
		{"On 5 May 2025, militants shot dead a suspected informer of the security forces in Turbat, Kech.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		{"On 5 May 2025, militants attacked the house of a police officer in Bannu, killing him.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		// What a group's bomb was aimed at names whom it attacked.
		{"On 13 December 2022, BLA attacked the residence of a party leader with a cracker bomb in Kharan for being a 'collaborator' of the Pakistani military. No one was hurt.",
			"BLA: Baloch Liberation Army", "Civilians (Pakistan)"},
		{"On 2 April 2021, BLF militants fired rockets at the construction site of a new airport in Gwadar. No one was hurt.",
			"BLF: Baloch Liberation Front", "Civilians (Pakistan)"},
		{"On 2 April 2021, BLF militants attacked an FC camp with rockets in Gwadar. No one was hurt.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Frontier Corps"},
		// A name in quotes is followed by its verb all the same.
		{"On 13 August 2022, BLA militants including its 'Fateh squad' exchanged fire with military forces in Khost area, Harnai. Two soldiers were killed.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// A suspicion named in brackets names the group.
		{"On 31 May 2021, militants (suspected Baloch groups) targeted an FC post near Quetta. Four FC soldiers were killed.",
			"Baloch Separatists (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		// A company's guards are private security forces.
		{"On 5 March 2020, BLA militants attacked the security guards of an oil and gas company with rockets in Kohlu. One guard was killed.",
			"BLA: Baloch Liberation Army", "Private Security Forces (Pakistan)"},
		// Those who speak for a side are no side: the group whose
		// administration spoke was not hit; its guards hit were.
		{"On 24 December 2024, Pakistani jets struck hideouts of the TTP in Paktika, Afghanistan; the Taliban administration said 46 civilians were killed.",
			"Military Forces of Pakistan", "Civilians (Afghanistan)"},
		{"On 24 December 2024, Pakistani forces fired mortars at Taliban border guards in Paktika, Afghanistan, killing two of them.",
			"Military Forces of Pakistan", "Military Forces of Afghanistan"},
		// Two sides named together as those who fought each other: the
		// first named is actor1.
		{"On 10 January 2025, Lashkar-e-Islam militants and tribal volunteers exchanged fire in the Tirah valley, Khyber, leaving three dead.",
			"LeI: Lashkar-e-Islam", "Militia (Pro-Government)"},
		{"On 10 January 2025, tribal volunteers exchanged fire with Lashkar-e-Islam militants in the Tirah valley, Khyber, leaving three dead.",
			"Militia (Pro-Government)", "LeI: Lashkar-e-Islam"},
		// Protesters who turned violent are rioters; a peaceful crowd
		// stays protesters.
		{"On 1 October 2024, protesters set tyres on fire and pelted police with stones in Chaman; police fired tear gas to disperse them.",
			"Rioters (Pakistan)", "Police Forces of Pakistan"},
		{"On 1 October 2024, traders held a peaceful protest in Chaman against the closure of the border.",
			"Protesters (Pakistan)", ""},
		// A mob's victim is a civilian, though taken from a police
		// station; a mob that beat policemen fell on the police.
		{"On 8 August 2024, a mob in Swat dragged a man accused of blasphemy out of a police station and lynched him.",
			"Rioters (Pakistan)", "Civilians (Pakistan)"},
		{"On 8 August 2024, a mob attacked a police station in Swat and beat three policemen.",
			"Rioters (Pakistan)", "Police Forces of Pakistan"},
		// People arrested whom the text ties to no group are civilians;
		// militants arrested are not.
		{"On 17 January 2025, Levies personnel arrested four suspects in Mastung, Balochistan.",
			"Police Forces of Pakistan Balochistan Levies", "Civilians (Pakistan)"},
		{"On 17 January 2025, the CTD arrested three militants in a raid in Quetta.",
			"Police Forces of Pakistan Counter Terrorism Department", "Unidentified Armed Group (Pakistan)"},
		// A state's aircraft are its military.
		{"On 24 December 2024, Pakistani jets carried out air strikes in Barmal district, Paktika, killing 46 people, officials said.",
			"Military Forces of Pakistan", "Civilians (Afghanistan)"},
		// Two states' forces fight each other.
		{"On 8 August 2024, Indian troops killed two Pakistani soldiers in Poonch District, Jammu and Kashmir.",
			"Military Forces of India", "Military Forces of Pakistan"},
		// The force without a unit keeps its bare name.
		{"On 5 October 2023, gunmen opened fire on a police van near Jiwani, Gwadar, injuring one constable.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		// A generic force followed by its unit in brackets is the unit.
		{"On 3 May 2024, security forces (FC) conducted an intelligence-based operation in Kohlu, Balochistan, killing four militants.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		{"On 3 May 2024, security forces conducted an operation in Kohlu, Balochistan, with the help of the FC, killing four militants.",
			"Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		// A state named bare as the one that struck is its military; a
		// group its strike was said to aim at, when only civilians fell,
		// is not whom it hit. A country named as a mere place is no actor.
		{"On 16 January 2024, Iran carried out missile and drone strikes on what it said were Jaish al-Adl bases in Panjgur, Balochistan, killing two children.",
			"Military Forces of Iran", "Civilians (Pakistan)"},
		{"On 16 January 2024, a drone strike hit a house in Panjgur near the border with Iran, killing two children.",
			"Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"},
		// Looting and wrecking are the looters' deed; a bomb dropped from
		// a drone the dropper's. Property looted from the group is not.
		{"On 3 April 2025, BLF militants looted a bank in Turbat, Kech, and set it on fire.",
			"BLF: Baloch Liberation Front", ""},
		{"On 3 April 2025, militants dropped explosives from a quadcopter on a police station in Bannu, injuring three policemen.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"},
		{"On 3 April 2025, militants dropped explosives from a quadcopter on an FC post in Buleda, Kech. Two FC personnel were injured.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		// A force whose men were reported killed, however the report
		// words the passive, was the target.
		{"On 5 May 2025, an IED exploded near an FC vehicle in Kohlu, Balochistan. Three soldiers were initially reported killed.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		{"On 5 May 2025, a landmine hit a Levies vehicle in Kohlu, Balochistan. Two Levies personnel were later confirmed killed.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Balochistan Levies"},
		// A unit that tells of its own raid fought it; police or
		// officials who tell of a fight between others only report it.
		{"CTD Balochistan said four terrorists were killed in an exchange of fire during a raid in Quetta on 8 February 2025.",
			"Police Forces of Pakistan Counter Terrorism Department", "Unidentified Armed Group (Pakistan)"},
		{"On 8 February 2025, BLA militants attacked an army post in Kalat, Balochistan, killing two soldiers, the CTD said.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// Men who enter a place or disarm its guards made the raid; a
		// force that enters a house to arrest acts as before.
		{"On 4 June 2024, BLA militants disarmed the Levies personnel at a check post near Kalat, Balochistan, and set the post on fire.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Balochistan Levies"},
		{"On 4 June 2024, BLF militants entered the bazaar of Besima, Balochistan, and set fire to the Levies station.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Balochistan Levies"},
		{"On 4 June 2024, FC personnel entered a house in Kalat, Balochistan, and arrested two suspected militants.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		// The side a group exchanged fire with is whom it fought, though
		// another force is named first as the owner of what it burnt;
		// "the attackers" it exchanged fire with are no other side.
		{"On 9 May 2025, BLF militants set fire to the Levies station in Tump, Kech, and exchanged fire with FC personnel who reached the town. One FC soldier was injured.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Frontier Corps"},
		{"On 9 May 2025, BLF militants attacked the Levies station in Tump, Kech, and exchanged fire with the personnel. One Levies man was injured.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Balochistan Levies"},
		{"On 9 May 2025, BLF militants attacked the Levies station in Tump, Kech. The Levies exchanged fire with the attackers and one Levies man was injured.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Balochistan Levies"},
		// A force that says the attack was repulsed defended; one that
		// tells of its own operation made it.
		{"On 6 November 2024, an FC post in Kahan, Kohlu, came under heavy fire. The FC said the attack was repulsed and three militants were killed.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		{"On 6 November 2024, the Levies said that the attack on their post in Washuk had been repulsed, and two attackers were killed.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Balochistan Levies"},
		{"On 6 November 2024, the FC said three militants were killed in an operation in Kahan, Kohlu.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		// A hurried note's toll told first with no auxiliary ("killed,",
		// "shot dead by") is what befell the men named; a post, a convoy
		// or a vehicle "attacked" attacked no one. Men who killed
		// someone, the object after the verb, still acted.
		{"Three FC personnel killed, two injured when BLA militants attacked their check post near Kalat on 4 May 2024.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Frontier Corps"},
		{"Two policemen shot dead by BLF militants in Turbat, Kech, on 6 June 2024.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan"},
		{"Levies post attacked in Surab on 2 March 2024 by BLA militants; one Levies man killed.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Balochistan Levies"},
		{"On 6 June 2024, FC personnel killed two militants in a raid near Kalat, Balochistan.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		{"On 6 June 2024, police shot dead two robbers in Quetta.",
			"Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"},
		{"Two FC men killed and three injured when BLA militants attacked a post in Kalat on 4 May 2024.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Frontier Corps"},
		{"On 4 May 2024, FC personnel killed and injured four militants near Kalat, Balochistan.",
			"Police Forces of Pakistan Frontier Corps", "Unidentified Armed Group (Pakistan)"},
		// A verb of acting misspelt still tells who acted; a verb of
		// another kind ("staged", "embraced") does not make its subject
		// the attacker.
		{"On 8 May 2024, BLF militants atacked an army camp near Turbat, Kech; two militants killed in the exchange of fire.",
			"BLF: Baloch Liberation Front", "Military Forces of Pakistan"},
		{"On 8 May 2024, BLA militants targetted a CTD vehicle with an IED in Quetta. Two CTD personnel martyred.",
			"BLA: Baloch Liberation Army", "Police Forces of Pakistan Counter Terrorism Department"},
		{"On 8 May 2024, a soldier embraced shahadat when terrorists opened fire on a post in Kech, Balochistan.",
			"Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"},
		// A clash told as "between" a group and a force, the group named
		// first, is the group's, whoever fell; the force named first
		// makes it the state's.
		{"An exchange of fire between BLF militants and FC personnel near Panjgur on 3 May 2024 left two militants dead.",
			"BLF: Baloch Liberation Front", "Police Forces of Pakistan Frontier Corps"},
		{"On 3 May 2024, an exchange of fire took place between FC personnel and BLF militants near Panjgur. Two militants were killed.",
			"Police Forces of Pakistan Frontier Corps", "BLF: Baloch Liberation Front"},
		// Armed men told by what they were doing act after the phrase
		// that tells it, not the commandos who stormed them; a force
		// told so defended, and stays whom the attackers fought.
		{"On 2 June 2025, BLA militants holding hostages in a school near Mach (Kachhi district, Balochistan) exchanged fire with SSG commandos who stormed the building. Two commandos were killed.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		{"On 2 June 2025, FC personnel guarding the camp near Mach (Kachhi district, Balochistan) killed two attackers who stormed its gate.",
			"Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan Frontier Corps"},
		// Groups told as who made the attack an alliance claims fought
		// on its side; a group the attack was made on is its target.
		{"On 6 April 2025, the BRAS claimed an ambush carried out by BLF and BRG fighters on an FC convoy near Panjgur, Balochistan; three FC personnel were killed.",
			"BRAS: Baloch Raaji Ajoi e Sangar", "Police Forces of Pakistan Frontier Corps"},
		{"On 6 April 2025, TTP fighters were attacked by BLA militants near Zhob, Balochistan; three TTP fighters were killed in the exchange of fire.",
			"BLA: Baloch Liberation Army", "TTP: Tehreek-i-Taliban Pakistan"},
		// A group named just before the one whose verb follows fought on
		// its side.
		{"On 13 June 2024, BLF and BLA fighters jointly attacked an army camp near Awaran, Balochistan; two soldiers were killed.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
		// The members an alliance is glossed with are neither who acted
		// nor whom it acted on; a rival named in a gloss is no member.
		{"On 13 June 2024, BRAS, the alliance of BLA, BLF and BRG, blew up a railway bridge near Sibi, Balochistan. No one was hurt.",
			"BRAS: Baloch Raaji Ajoi e Sangar", ""},
		{"On 13 June 2024, BRAS (an umbrella group of BLA and BLF) attacked an FC post near Sibi, Balochistan, killing one soldier.",
			"BRAS: Baloch Raaji Ajoi e Sangar", "Police Forces of Pakistan Frontier Corps"},
		{"On 13 June 2024, BRAS fighters clashed with the UBA, a rival group of the BLA, near Kohlu, Balochistan; two UBA fighters were killed.",
			"BRAS: Baloch Raaji Ajoi e Sangar", "UBA: United Baloch Army"},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.Actor2 != tc.actor2 || e.AssocActor1 != "" {
			t.Errorf("%q:\nactors %q / %q (associated %q), want %q / %q", tc.text, e.Actor1, e.Actor2, e.AssocActor1, tc.actor1, tc.actor2)
		}
	}
}

// A claim of responsibility told in a sentence after the attack names the
// claimant, and the attacker when the text left it unidentified; a denial,
// an awaited claim or a claim of an earlier attack does not.
func TestClaimInLaterSentence(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text                 string
		actor1, claimedBy    string
		perpetratorIsClaimed bool
	}{
		{"On 4 May 2023, two suicide bombers attacked an army camp in Jolo, Sulu, killing five soldiers. The Islamic State group claimed responsibility for the attack.",
			"Islamic State (Philippines)", "Islamic State (Philippines)", true},
		{"On 4 May 2023, a bomb exploded near a police post in Chabahar, killing two policemen. Ansar al-Furqan claimed responsibility in a statement.",
			"Ansar al-Furqan", "Ansar al-Furqan", true},
		{"On 4 May 2023, a bomb exploded near a police post in Quetta, killing two policemen. No group has claimed responsibility so far.",
			"Unidentified Armed Group (Pakistan)", "", false},
		{"On 4 May 2023, a bomb exploded near a police post in Quetta, killing two policemen. The BLA had claimed a similar attack in March.",
			"Unidentified Armed Group (Pakistan)", "", false},
		// A claim of the incident by its name.
		{"On 3 February 2025, armed men set up a checkpoint on the highway near Kalat and abducted three passengers. The BLF claimed the blockade.",
			"BLF: Baloch Liberation Front", "BLF: Baloch Liberation Front", true},
		// The group's spokesman, named between the group and its claim,
		// claims for the group; a spokesman who only praises leaves the
		// claim to the group that made it.
		{"On 4 May 2024, militants attacked an FC post in Hoshab, Kech, killing one soldier. BLF spokesman Major Gwahram Baloch claimed responsibility for the attack.",
			"BLF: Baloch Liberation Front", "BLF: Baloch Liberation Front", true},
		{"On 4 May 2024, a bomb went off near an army vehicle in Kohlu, injuring two soldiers. The BLA's spokesman, Jeeyand Baloch, claimed the attack in a statement.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
		{"On 4 May 2024, militants attacked an FC post in Hoshab, Kech, killing one soldier. BLF spokesman Gwahram Baloch praised the fighters, and the BLA claimed responsibility for the attack.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
		{"On 4 May 2024, militants attacked an FC post in Hoshab, Kech, killing one soldier. A BLF spokesman denied that the group had claimed the attack.",
			"Unidentified Armed Group (Pakistan)", "", false},
		{"On 4 May 2024, an IED hit an FC vehicle in Kohlu, Balochistan, injuring two soldiers. The BLA accepted responsibility.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
		// A hurried note's bare claim closing it.
		{"On 4 May 2024, IED blast hit FC vehicle in Kohlu (Kohlu district, Balochistan), 2 soldiers injured. BLA claimed.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
		{"On 4 May 2024, IED blast hit FC vehicle in Kohlu (Kohlu district, Balochistan), 2 soldiers injured. BLA has not claimed.",
			"Unidentified Armed Group (Pakistan)", "", false},
		// A claimant refines a collective label ("Fitna al Hindustan" is
		// the Baloch separatists at large), not another group named.
		{"On 5 March 2025, Fitna al Hindustan terrorists attacked a Levies post in Kalat, Balochistan, killing two Levies men, the ISPR said. The BLF later claimed the attack.",
			"BLF: Baloch Liberation Front", "BLF: Baloch Liberation Front", true},
		{"On 5 March 2025, TTP militants attacked a Levies post in Zhob, Balochistan, killing two Levies men. The BLF later claimed the attack.",
			"TTP: Tehreek-i-Taliban Pakistan", "BLF: Baloch Liberation Front", false},
		// A group that says what its victim was (an informer, a spy, a
		// death squad's man) owns the killing; the police saying so, or
		// a group saying he was not, do not.
		{"On 9 June 2024, gunmen shot dead a shopkeeper in Kharan, Balochistan. The BLA said in a statement that the man had been an informer for the army.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
		{"On 9 June 2024, gunmen shot dead two labourers in Kharan, Balochistan. Days later the BRG claimed the two were members of a death squad.",
			"BRG: Baloch Republican Guard", "BRG: Baloch Republican Guard", true},
		{"On 9 June 2024, gunmen shot dead a shopkeeper in Kharan, Balochistan. The police said the man was a BLA informer.",
			"Unidentified Armed Group (Pakistan)", "", false},
		{"On 9 June 2024, gunmen shot dead a shopkeeper in Kharan, Balochistan. The BLA said the man was not an informer.",
			"Unidentified Armed Group (Pakistan)", "", false},
		{"On 9 June 2024, gunmen took four passengers off a bus near Surab, Balochistan, and shot them dead. The BLA said its fighters had checked their cards and killed them as soldiers.",
			"BLA: Baloch Liberation Army", "BLA: Baloch Liberation Army", true},
	}
	for _, tc := range tests {
		out := x.Extract(tc.text, time.Time{}, "")
		if len(out.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(out.Events))
			continue
		}
		e := out.Events[0]
		if e.Actor1 != tc.actor1 || e.ClaimedBy != tc.claimedBy || (e.Perpetrator == tc.claimedBy) != tc.perpetratorIsClaimed {
			t.Errorf("%q:\nactor1 %q claimed_by %q perpetrator %q; want actor1 %q claimed_by %q", tc.text, e.Actor1, e.ClaimedBy, e.Perpetrator, tc.actor1, tc.claimedBy)
		}
		checkEvidence(t, tc.text, out)
	}
}

// TestGroupInPower checks that a group that took power is coded as the
// state force it became in stories of its country from that day on: as
// actor, as the side of its dead, as the force that met a protest; and
// stays itself before that day, with no day, or in another country.
func TestGroupInPower(t *testing.T) {
	x := extractor(t)
	after := time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)
	before := time.Date(2019, 3, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text     string
		published      time.Time
		sub, a1, a2    string
		securityKilled int
	}{
		{"fighters killed by a rival are the state's dead",
			"ISKP militants attacked a Taliban checkpoint in Jalalabad, killing three Taliban fighters.", after,
			"Armed clash", "Islamic State (Afghanistan)", "Military Forces of Afghanistan", 3},
		{"the state's security forces, though no day is told",
			"Taliban security forces killed four Daesh fighters in a raid in Achin, Nangarhar.", time.Time{},
			"Armed clash", "Military Forces of Afghanistan", "Islamic State (Afghanistan)", 0},
		{"a protest they break up met force",
			"Taliban forces fired into the air and beat women protesters in Kabul on Tuesday.", after,
			"Protest with intervention", "Protesters (Afghanistan)", "Military Forces of Afghanistan", 0},
		{"their gunmen are the state's",
			"Taliban gunmen shot dead a former army officer in Kandahar on Monday.", after,
			"Attack", "Military Forces of Afghanistan", "Civilians (Afghanistan)", 0},
		{"the text's own date decides when none is published",
			"On 2 March 2024, Taliban gunmen shot dead a former army officer in Kandahar.", time.Time{},
			"Attack", "Military Forces of Afghanistan", "Civilians (Afghanistan)", 0},
		{"before they took power they were rebels",
			"Taliban militants attacked a police checkpoint in Kandahar, killing five policemen.", before,
			"Armed clash", "Taliban", "Police Forces of Afghanistan", 5},
		{"in another country's story they stay themselves",
			"Taliban gunmen shot dead a shopkeeper in Bajaur district of Khyber Pakhtunkhwa on Monday.", after,
			"Attack", "Taliban", "Civilians (Pakistan)", 0},
		{"no day, no power",
			"Taliban gunmen shot dead a former army officer in Kandahar.", time.Time{},
			"Attack", "Taliban", "Civilians (Afghanistan)", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := x.Extract(tc.text, tc.published, "").Events
			if len(evs) == 0 {
				t.Fatalf("Extract(%q): no event", tc.text)
			}
			e := evs[0]
			if e.SubEventType != tc.sub || e.Actor1 != tc.a1 || e.Actor2 != tc.a2 || e.Casualties.SecurityForces.Killed != tc.securityKilled {
				t.Errorf("Extract(%q) = %s, %q, %q, %d security forces killed; want %s, %q, %q, %d",
					tc.text, e.SubEventType, e.Actor1, e.Actor2, e.Casualties.SecurityForces.Killed, tc.sub, tc.a1, tc.a2, tc.securityKilled)
			}
		})
	}
}

// TestPairedForces checks that two states' forces named together ("Indian
// and Pakistani troops") are the two sides of their clash, while groups
// named together, or one state's forces, fight on one side.
func TestPairedForces(t *testing.T) {
	x := extractor(t)
	published := time.Date(2024, 3, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct{ text, a1, a2 string }{
		{"Indian and Pakistani troops exchanged fire along the Line of Control in Poonch on Monday.",
			"Military Forces of India", "Military Forces of Pakistan"},
		{"Pakistani and Afghan border forces exchanged small-arms fire at the Torkham crossing on Monday.",
			"Military Forces of Afghanistan", "Military Forces of Pakistan"},
		{"BLA and BLF militants exchanged fire with soldiers in Kech on Monday.",
			"BLA: Baloch Liberation Army", "Military Forces of Pakistan"},
	}
	for _, tc := range tests {
		evs := x.Extract(tc.text, published, "").Events
		if len(evs) == 0 {
			t.Errorf("Extract(%q): no event", tc.text)
			continue
		}
		got := []string{evs[0].Actor1, evs[0].Actor2}
		slices.Sort(got)
		want := []string{tc.a1, tc.a2}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("Extract(%q) actors = %q, want %q", tc.text, got, want)
		}
	}
}
