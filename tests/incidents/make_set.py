"""Write ``docs.jsonl`` and ``gold.jsonl`` of the incident test set from the articles below.

Every article here was written for this test set (no evaluation data): invented reports of invented
incidents at real places. ``{wd}`` in a text is the weekday of the incident's date, so relative dates
("on Tuesday") resolve correctly against each article's publication day.

    gold.jsonl: one line per (document, incident it reports):
        {"doc_id", "incident_id", "role": "report"|"background"|"roundup", "places": [...], "date",
         "kind"}
    ``places`` (the spellings the article uses) and ``date`` (the incident's day) align an extracted
    event with the incident when a document reports more than one; ``kind`` says why the article is
    in the set.

Run ``python tests/incidents/make_set.py`` after editing; the test reads the JSONL files.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# (incident id, date, places, independent sources expected, [(doc suffix, outlet, days after, text, role)])
Article = tuple[str, str, int, str, str]
INCIDENTS: list[tuple[str, str, list[str], int, list[Article]]] = [
    ("inc01", "2021-03-09", ["Konduga"], 3, [
        ("a", "Daily Trust", 0,
         "Suspected Boko Haram fighters killed eight farmers working their fields outside Konduga in "
         "Borno State on {wd} morning, a militia leader told reporters. The attackers tied the victims' "
         "hands before shooting them, he said.", "report"),
        ("b", "Premium Times", 1,
         "The number of farmers killed by insurgents near Konduga on {wd} has risen to 11 after three "
         "more bodies were found in the bush, residents said. The victims had gone out to harvest beans.",
         "report"),
        ("c", "AFP", 2,
         "Jihadists killed at least 11 farmers in northeast Nigeria's Borno state this week, local "
         "sources said. The killings happened on {wd} in fields near Konduga, about 35 kilometres from "
         "the state capital.", "report"),
    ]),
    ("inc02", "2019-06-16", ["Raqqa", "Raqqah", "Ar-Raqqa"], 3, [
        ("a", "Reuters", 0,
         "An air strike hit a crowded market in the Syrian city of Raqqa on {wd}, killing seven "
         "civilians, a war monitor said.", "report"),
        ("b", "Enab Baladi", 1,
         "Seven people, including two children, died when warplanes bombed the vegetable market in "
         "Raqqah on {wd} afternoon, according to local activists.", "report"),
        ("c", "Asharq", 2,
         "Activists in Ar-Raqqa said the toll from {wd}'s air raid on the city's main market had climbed "
         "to nine dead, as families buried the victims.", "report"),
    ]),
    ("inc03", "2022-10-29", ["Mogadishu", "Muqdisho"], 3, [
        ("a", "Garowe Online", 0,
         "Two car bombs exploded near the education ministry in Mogadishu on {wd}, killing at least 30 "
         "people, police said. Al-Shabaab said it carried out the attack.", "report"),
        ("b", "BBC", 1,
         "The death toll from {wd}'s twin car bombings at a busy junction in Somalia's capital has risen "
         "to 100, the president said, blaming al-Shabaab militants.", "report"),
        ("c", "Hiiraan", 1,
         "At least 100 people were killed and 300 wounded when two vehicles packed with explosives blew "
         "up at the Zobe intersection in Muqdisho on {wd}, officials said.", "report"),
    ]),
    ("inc04", "2023-02-14", ["Mandera"], 2, [
        ("a", "Daily Nation", 0,
         "Three police officers were killed on {wd} when their vehicle hit a roadside bomb near Mandera "
         "town, a police commander said. The officers were escorting a water truck.", "report"),
        ("b", "The Star", 1,
         "An improvised explosive device planted by suspected al-Shabaab militants killed three officers "
         "in Mandera County on {wd}, police said. Two others were injured.", "report"),
    ]),
    ("inc05", "2021-08-26", ["Kabul"], 4, [
        ("a", "Reuters", 0,
         "A suicide bomber blew himself up outside Kabul airport on {wd}, killing at least 60 Afghans "
         "and 13 US troops, officials said.", "report"),
        ("b", "Tolo News", 1,
         "The number of people killed in {wd}'s suicide attack at the Abbey Gate of Kabul airport has "
         "risen to 170, health officials said.", "report"),
        ("c", "Al Jazeera", 1,
         "Islamic State claimed the suicide bombing that killed scores of people waiting outside the "
         "airport in the Afghan capital Kabul on {wd} evening.", "report"),
        ("d", "Pajhwok", 2,
         "Officials in Kabul said 170 people died in the blast at the airport gate on {wd}, most of them "
         "Afghans hoping to board evacuation flights.", "report"),
    ]),
    ("inc06", "2020-11-03", ["Beni"], 2, [
        ("a", "Radio Okapi", 0,
         "ADF rebels killed 14 civilians with machetes in a village near Beni in North Kivu on {wd} "
         "night, local authorities said.", "report"),
        ("b", "Actualite.cd", 2,
         "Suspected Allied Democratic Forces fighters hacked to death at least 14 people in Beni "
         "territory on {wd}, a civil society leader said, bringing the toll of such raids this year to "
         "more than 400.", "report"),
    ]),
    ("inc07", "2022-05-10", ["Quetta"], 3, [
        ("a", "Dawn", 0,
         "A bomb planted on a motorcycle exploded near a police checkpoint in Quetta on {wd}, killing "
         "two policemen and wounding five passers-by, officials said.", "report"),
        ("b", "Express Tribune", 0,
         "Two police officers were martyred when an improvised bomb went off on Sariab Road in Quetta "
         "on {wd}, police said.", "report"),
        ("c", "Geo News", 1,
         "Police said on Wednesday that the remote-controlled device that killed two officers in Quetta "
         "on {wd} had been fixed to a parked motorcycle.", "report"),
    ]),
    ("inc08", "2021-10-05", ["Mosul"], 2, [
        ("a", "Rudaw", 0,
         "Islamic State militants attacked an army post south of Mosul on {wd} night, killing four "
         "soldiers in a gunfight that lasted an hour, a security source said.", "report"),
        ("b", "Shafaq News", 1,
         "Four Iraqi soldiers died in clashes with Daesh fighters who stormed a checkpoint near Mosul "
         "on {wd}, the army said.", "report"),
    ]),
    ("inc09", "2023-04-16", ["Khartoum"], 3, [
        ("a", "Sudan Tribune", 0,
         "Heavy fighting broke out between the army and the Rapid Support Forces in Khartoum on {wd}, "
         "killing at least 56 civilians, a doctors' committee said.", "report"),
        ("b", "Reuters", 1,
         "The army and the paramilitary RSF fought for a second day in Khartoum on Monday after clashes "
         "on {wd} killed 56 civilians, according to medics.", "report"),
        ("c", "Al Jazeera", 1,
         "Gun battles between the Sudanese army and the Rapid Support Forces shook the capital Khartoum "
         "on {wd}, leaving 56 civilians dead, the Central Committee of Sudan Doctors said.", "report"),
    ]),
    ("inc10", "2022-08-05", ["Djibo"], 2, [
        ("a", "Lefaso.net", 0,
         "Jihadists ambushed a military convoy near Djibo in northern Burkina Faso on {wd}, killing 17 "
         "soldiers, the army said.", "report"),
        ("b", "RFI", 1,
         "Seventeen Burkinabe soldiers were killed when militants attacked their convoy on the road "
         "outside Djibo on {wd}, the general staff said.", "report"),
    ]),
    ("inc11", "2022-12-01", ["Gao"], 2, [
        ("a", "Studio Tamani", 0,
         "Unidentified gunmen abducted five aid workers on the road between Gao and Ansongo on {wd}, "
         "local officials said.", "report"),
        ("b", "Jeune Afrique", 1,
         "Five employees of an aid group were kidnapped near Gao in northern Mali on {wd}, a security "
         "source said.", "report"),
    ]),
    ("inc12", "2023-06-20", ["Kharkiv", "Kharkov"], 3, [
        ("a", "Ukrainska Pravda", 0,
         "Russian missiles struck an industrial area of Kharkiv on {wd} morning, killing three people, "
         "the regional governor said.", "report"),
        ("b", "TASS", 0,
         "Russian forces carried out a missile strike on a military facility in Kharkov on {wd}, the "
         "defence ministry said.", "report"),
        ("c", "Kyiv Independent", 1,
         "Three civilians were killed in {wd}'s missile attack on Kharkiv, the governor said, revising "
         "an earlier toll.", "report"),
    ]),
    ("inc13", "2021-12-14", ["Hodeidah", "Hudaydah"], 2, [
        ("a", "Saba", 0,
         "Saudi-led coalition warplanes bombed a fuel depot in Hodeidah on {wd}, killing four workers, "
         "the Houthi-run news agency said.", "report"),
        ("b", "Xinhua", 1,
         "Four people were killed when coalition aircraft struck a petrol station in the port city of "
         "Hudaydah on {wd}, a health official said.", "report"),
    ]),
    ("inc14", "2020-10-19", ["Lagos", "Lekki"], 3, [
        ("a", "Punchng", 0,
         "Thousands of young people blocked the Lekki toll gate in Lagos on {wd} to protest against "
         "police brutality, chanting and waving flags.", "report"),
        ("b", "Vanguard", 1,
         "Protesters marched peacefully at the Lekki toll plaza in Lagos on {wd}, demanding the "
         "disbandment of the SARS police unit.", "report"),
        ("c", "The Guardian Nigeria", 1,
         "Demonstrators occupied the toll gate at Lekki for a second week on {wd}, singing the anthem "
         "and calling for an end to police abuses.", "report"),
    ]),
    ("inc15", "2019-10-25", ["Santiago"], 2, [
        ("a", "La Tercera", 0,
         "More than a million people marched peacefully through central Santiago on {wd} to demand "
         "social reforms, the biggest protest since the return of democracy.", "report"),
        ("b", "EFE", 1,
         "A huge crowd estimated at 1.2 million filled the streets of the Chilean capital Santiago on "
         "{wd} in a peaceful protest against inequality.", "report"),
    ]),
    ("inc16", "2022-09-21", ["Tehran"], 2, [
        ("a", "IranWire", 0,
         "Police fired tear gas at hundreds of protesters in Tehran on {wd} night as demonstrations over "
         "the death of a young woman in custody spread.", "report"),
        ("b", "Radio Farda", 1,
         "Security forces used tear gas and batons to disperse demonstrators in the Iranian capital on "
         "{wd}, witnesses said.", "report"),
    ]),
    ("inc17", "2021-07-12", ["Durban"], 2, [
        ("a", "News24", 0,
         "Rioters looted shops and set fire to a warehouse in Durban on {wd}, and six people were killed "
         "in the unrest, police said.", "report"),
        ("b", "IOL", 1,
         "Six people died on {wd} as crowds rampaged through Durban, burning trucks and ransacking a "
         "shopping mall, the provincial premier said.", "report"),
    ]),
    ("inc18", "2022-03-08", ["Bamenda"], 2, [
        ("a", "Mimi Mefo Info", 0,
         "Separatist fighters kidnapped a school principal and two teachers in Bamenda on {wd}, "
         "residents said.", "report"),
        ("b", "The Guardian Post", 2,
         "Gunmen suspected to be Ambazonian separatists abducted three educators from a secondary "
         "school in Bamenda on {wd} and demanded a ransom.", "report"),
    ]),
    ("inc19", "2021-03-24", ["Palma"], 3, [
        ("a", "Lusa", 1,
         "Insurgents attacked the town of Palma in Cabo Delgado on {wd}, killing dozens of residents "
         "and forcing thousands to flee, officials said.", "report"),
        ("b", "Reuters", 2,
         "Islamist insurgents overran the northern Mozambique town of Palma after an assault that began "
         "on {wd}, the government said.", "report"),
        ("c", "Zitamar", 2,
         "Fighters linked to Islamic State raided Palma district headquarters on {wd} afternoon, "
         "killing dozens of people, witnesses said.", "report"),
    ]),
    ("inc20", "2023-01-15", ["Kasindi"], 2, [
        ("a", "Radio Okapi", 0,
         "A bomb exploded during a Sunday service at a Pentecostal church in Kasindi, near the Ugandan "
         "border, killing 10 people, the army said.", "report"),
        ("b", "Reuters", 1,
         "An explosive device hidden in a church in Kasindi, eastern Congo, killed at least 14 people "
         "on {wd}, the army spokesman said, blaming the ADF.", "report"),
    ]),
    ("inc21", "2022-06-05", ["Owo"], 3, [
        ("a", "Channels TV", 0,
         "Gunmen opened fire on worshippers at a Catholic church in Owo, Ondo State, on {wd}, killing "
         "dozens, officials said.", "report"),
        ("b", "Premium Times", 1,
         "At least 40 people were killed when attackers stormed St Francis Catholic Church in Owo "
         "during Mass on {wd}, the state government said.", "report"),
        ("c", "Daily Post", 3,
         "Police said on Wednesday that the death toll from the church massacre in Owo on {wd} stood "
         "at 40.", "report"),
    ]),
    ("inc22", "2021-05-18", ["Gaza"], 2, [
        ("a", "WAFA", 0,
         "Israeli air strikes on a residential building in Gaza City on {wd} killed eight people, the "
         "health ministry said.", "report"),
        ("b", "Times of Israel", 1,
         "The Israeli military said its jets struck a militant command centre in Gaza City on {wd}; "
         "Palestinian officials said eight people died.", "report"),
    ]),
    ("inc23", "2022-01-10", ["Zurmi", "Kadawa", "Zamfara"], 2, [
        ("a", "Daily Trust", 0,
         "Bandits riding motorcycles killed 15 villagers in a raid on Kadawa village in Zurmi local "
         "government area of Zamfara State on {wd}, police said.", "report"),
        ("b", "Leadership", 2,
         "Armed bandits killed 15 people in Zamfara State on {wd}, the state police command said.",
         "report"),
    ]),
    ("inc24", "2023-03-05", ["Idlib"], 2, [
        ("a", "Syria TV", 0,
         "Government artillery shelled the outskirts of Idlib city on {wd}, killing three children, "
         "rescuers said.", "report"),
        ("b", "SANA watch", 1,
         "Three children were killed by regime shelling in Idlib province on {wd}, the White Helmets "
         "said.", "report"),
    ]),
    ("inc25", "2020-02-08", ["Tillaberi", "Tillabéri"], 2, [
        ("a", "ActuNiger", 1,
         "Militants attacked an army post near Tillaberi in western Niger on {wd}, sparking a battle in "
         "which six soldiers were killed, the defence ministry said.", "report"),
        ("b", "AFP", 2,
         "Six Nigerien soldiers were killed when jihadists assaulted their base in the Tillabéri region "
         "on {wd}, the government said.", "report"),
    ]),
    ("inc26", "2021-09-13", ["Srinagar"], 2, [
        ("a", "Greater Kashmir", 0,
         "Police arrested 12 people in Srinagar on {wd} after a raid on a suspected militant hideout, "
         "officials said.", "report"),
        ("b", "Kashmir Observer", 1,
         "Security forces detained twelve suspects in a night-time raid in Srinagar on {wd}, a police "
         "spokesman said.", "report"),
    ]),
    # Syndicated copies: the same wire story printed by two outlets counts as one source.
    ("inc27", "2022-02-02", ["Mopti"], 2, [
        ("a", "AFP", 0,
         "Suspected jihadists killed nine civilians in an attack on a village in the Mopti region of "
         "central Mali on {wd}, a local official told AFP. The gunmen also burned granaries.", "report"),
        ("b", "France 24", 0,
         "Suspected jihadists killed nine civilians in an attack on a village in the Mopti region of "
         "central Mali on {wd}, a local official told AFP. The gunmen also burned granaries.", "report"),
        ("c", "Malijet", 1,
         "Nine villagers were shot dead by armed men in the Mopti area on {wd}, the mayor said.",
         "report"),
    ]),
    ("inc28", "2022-07-18", ["Garissa"], 1, [
        ("a", "Kenya News Agency", 0,
         "Al-Shabaab militants killed two teachers in an attack on a school in Garissa County on {wd}, "
         "police said.", "report"),
        ("b", "Kenyans.co.ke", 0,
         "Al-Shabaab militants killed two teachers in an attack on a school in Garissa County on {wd}, "
         "police said, adding that a manhunt had been launched.", "report"),
    ]),
]

# Distractors: (doc id, date of what they report, outlet, days after, text,
#               gold [(incident, role, places)], kind)
Distractor = tuple[str, str, str, int, str, list[tuple[str, str, list[str]]], str]
DISTRACTORS: list[Distractor] = [
    # same place and type, another day
    ("d-konduga-later", "2021-03-15", "Daily Trust", 0,
     "Insurgents killed two herders grazing cattle near Konduga in Borno State on {wd}, residents said.",
     [("dist01", "report", ["Konduga"])], "same place+type, other day"),
    ("d-raqqa-later", "2019-06-20", "Enab Baladi", 1,
     "A drone strike on a car in Raqqa on {wd} killed two men, activists said.",
     [("dist02", "report", ["Raqqa"])], "same place+type, other day"),
    ("d-mogadishu-later", "2022-11-12", "Garowe Online", 0,
     "A car bomb exploded outside a restaurant in Mogadishu on {wd}, killing four people, police said.",
     [("dist03", "report", ["Mogadishu"])], "same place+type, other day"),
    ("d-quetta-later", "2022-05-17", "Dawn", 0,
     "A roadside bomb wounded three soldiers in Quetta on {wd}, officials said.",
     [("dist04", "report", ["Quetta"])], "same place+type, other day"),
    ("d-mandera-later", "2023-02-21", "The Star", 1,
     "Two soldiers were injured on {wd} when their truck ran over a landmine outside Mandera town, the "
     "military said.", [("dist05", "report", ["Mandera"])], "same place+type, other day"),
    ("d-beni-later", "2020-11-09", "Radio Okapi", 1,
     "ADF rebels killed six farmers in a village near Beni on {wd}, local officials said.",
     [("dist06", "report", ["Beni"])], "same place+type, other day"),
    # same day and type, another town of the same province
    ("d-gwoza-sameday", "2021-03-09", "Premium Times", 1,
     "Boko Haram gunmen killed five villagers in Gwoza, in southern Borno State, on {wd}, a vigilante "
     "leader said.", [("dist07", "report", ["Gwoza"])], "same day+type, other town"),
    ("d-tabqa-sameday", "2019-06-16", "Reuters", 1,
     "An air strike on the town of Tabqa, west of Raqqa, killed three civilians on {wd}, a monitor said.",
     [("dist08", "report", ["Tabqa"])], "same day+type, other town"),
    ("d-kismayo-sameday", "2022-10-29", "Hiiraan", 1,
     "A car bomb went off at a checkpoint in Kismayo on {wd}, killing two soldiers, officials said.",
     [("dist09", "report", ["Kismayo"])], "same day+type, other town"),
    ("d-butembo-sameday", "2020-11-03", "Actualite.cd", 1,
     "Mai-Mai militiamen killed three civilians in Butembo, North Kivu, on {wd}, the mayor said.",
     [("dist10", "report", ["Butembo"])], "same day+type, other town"),
    ("d-jalalabad-sameday", "2021-08-26", "Pajhwok", 1,
     "A suicide bomber struck a checkpoint in Jalalabad on {wd}, killing two Taliban guards, witnesses "
     "said.", [("dist11", "report", ["Jalalabad"])], "same day+type, other town"),
    ("d-izyum-sameday", "2023-06-20", "Ukrainska Pravda", 0,
     "A Russian missile hit a school in Izium, in Kharkiv region, on {wd}, wounding two guards, officials "
     "said.", [("dist12", "report", ["Izium"])], "same day+type, other town"),
    # same day and place, another event type
    ("d-mogadishu-protest", "2022-10-29", "Hiiraan", 1,
     "Hundreds of traders staged a peaceful protest in Mogadishu on {wd} against new market taxes.",
     [("dist13", "report", ["Mogadishu"])], "same day+place, other type"),
    ("d-kabul-arrests", "2021-08-26", "Tolo News", 1,
     "Taliban fighters arrested three journalists in Kabul on {wd} for filming a checkpoint, their "
     "colleagues said.", [("dist14", "report", ["Kabul"])], "same day+place, other type"),
    ("d-lagos-riot", "2020-10-19", "Punchng", 1,
     "Hoodlums set fire to a bus depot and attacked passers-by in the Ikorodu area of Lagos on {wd}, "
     "police said.", [("dist15", "report", ["Ikorodu", "Lagos"])], "same day+place, other type"),
    ("d-khartoum-protest", "2023-04-16", "Sudan Tribune", 2,
     "Residents of Khartoum held a peaceful march on {wd} morning calling for civilian rule, hours before "
     "the fighting began.", [("dist16", "report", ["Khartoum"])], "same day+place, other type"),
    ("d-quetta-protest", "2022-05-10", "Dawn", 0,
     "Lawyers boycotted courts and protested peacefully outside the high court in Quetta on {wd} over "
     "the killing of a colleague.", [("dist17", "report", ["Quetta"])], "same day+place, other type"),
    ("d-durban-arrests", "2021-07-12", "IOL", 1,
     "Police arrested 40 suspected looters in Pietermaritzburg on {wd} as the army was deployed.",
     [("dist18", "report", ["Pietermaritzburg"])], "same day+place, other type"),
    # follow-ups: the incident is only background; they join it as a further source
    ("f-mogadishu-funeral", "2022-10-29", "Hiiraan", 3,
     "Hundreds attended the funeral in Mogadishu on {pwd} of a journalist who died in {wd}'s twin car "
     "bombings near the education ministry.",
     [("inc03", "background", ["Mogadishu"])], "follow-up (background)"),
    ("f-kabul-memorial", "2021-08-26", "Al Jazeera", 5,
     "Families gathered in Kabul on {pwd} to mourn relatives killed in the suicide bombing outside the "
     "airport last week.", [("inc05", "background", ["Kabul"])], "follow-up (background)"),
    ("f-owo-funeral", "2022-06-05", "Channels TV", 12,
     "Mourners filled the streets of Owo on {pwd} for the mass burial of victims of the attack on St "
     "Francis Catholic Church earlier this month.",
     [("inc21", "background", ["Owo"])], "follow-up (background)"),
    ("f-kasindi-visit", "2023-01-15", "Actualite.cd", 4,
     "The provincial governor visited survivors of the church bombing in Kasindi on {pwd} and promised "
     "help for the families of those killed.",
     [("inc20", "background", ["Kasindi"])], "follow-up (background)"),
    ("f-konduga-burial", "2021-03-09", "Daily Trust", 2,
     "The 11 farmers killed by insurgents near Konduga on {wd} were buried on {pwd} in Maiduguri, a "
     "relative said.", [("inc01", "background", ["Konduga"])], "follow-up (background)"),
    ("f-quetta-funeral", "2022-05-10", "Express Tribune", 1,
     "Funeral prayers were held in Quetta on {pwd} for the two policemen killed in {wd}'s bomb blast on "
     "Sariab Road.", [("inc07", "background", ["Quetta"])], "follow-up (background)"),
    # round-ups covering two incidents
    ("r-borno-roundup", "2021-03-09", "HumAngle", 3,
     "In Borno State, insurgents killed 11 farmers near Konduga on {wd}. In a separate attack the same "
     "day, Boko Haram gunmen killed five villagers in Gwoza.",
     [("inc01", "roundup", ["Konduga"]), ("dist07", "roundup", ["Gwoza"])], "round-up"),
    ("r-somalia-roundup", "2022-10-29", "Somali Guardian", 2,
     "Al-Shabaab car bombs killed 100 people in Mogadishu on {wd}. On the same day a car bomb at a "
     "checkpoint in Kismayo killed two soldiers.",
     [("inc03", "roundup", ["Mogadishu"]), ("dist09", "roundup", ["Kismayo"])], "round-up"),
    ("r-kenya-roundup", "2023-02-14", "Nation Weekly", 9,
     "Three police officers died when a roadside bomb hit their vehicle near Mandera on February 14. A "
     "week later, on February 21, two soldiers were hurt by a landmine outside Mandera town.",
     [("inc04", "roundup", ["Mandera"]), ("dist05", "roundup", ["Mandera"])], "round-up"),
    ("r-syria-roundup", "2019-06-16", "Syria Weekly", 5,
     "Warplanes bombed the main market in Raqqa on June 16, killing nine civilians. In Idlib, rebels "
     "clashed with government forces near Saraqib on June 18, leaving six fighters dead.",
     [("inc02", "roundup", ["Raqqa"]), ("dist19", "roundup", ["Saraqib", "Idlib"])], "round-up"),
    ("r-sahel-roundup", "2022-08-05", "Sahel Monitor", 6,
     "In Burkina Faso, 17 soldiers were killed in an ambush near Djibo on August 5. In Mali, gunmen "
     "abducted two traders near Gao on August 8.",
     [("inc10", "roundup", ["Djibo"]), ("dist20", "roundup", ["Gao"])], "round-up"),
]

# Incidents known only from a round-up happen on another day than the round-up's first incident.
ROUNDUP_DATES = {"dist19": "2019-06-18", "dist20": "2022-08-08"}


def _fill(text: str, day: dt.date, published: dt.date) -> str:
    return text.format(wd=day.strftime("%A"), pwd=published.strftime("%A"))


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    docs: list[dict[str, Any]] = []
    gold: list[dict[str, Any]] = []
    for inc_id, day_s, places, _indep, articles in INCIDENTS:
        day = dt.date.fromisoformat(day_s)
        for suffix, outlet, after, text, role in articles:
            pub = day + dt.timedelta(days=after)
            doc_id = f"{inc_id}-{suffix}"
            docs.append(_doc(doc_id, _fill(text, day, pub), pub, outlet))
            gold.append({"doc_id": doc_id, "incident_id": inc_id, "role": role, "places": places,
                         "date": day_s, "kind": "report"})
    dates = {inc_id: day_s for inc_id, day_s, _p, _i, _a in INCIDENTS}
    for _doc_id, day_s, _outlet, _after, _text, links, _kind in DISTRACTORS:
        for inc_id, _role, _places in links:
            dates.setdefault(inc_id, day_s)
    dates.update(ROUNDUP_DATES)
    for doc_id, day_s, outlet, after, text, links, kind in DISTRACTORS:
        day = dt.date.fromisoformat(day_s)
        pub = day + dt.timedelta(days=after)
        docs.append(_doc(doc_id, _fill(text, day, pub), pub, outlet))
        for inc_id, role, places in links:
            gold.append({"doc_id": doc_id, "incident_id": inc_id, "role": role, "places": places,
                         "date": dates[inc_id], "kind": kind})
    return docs, gold


def _doc(doc_id: str, text: str, published: dt.date, outlet: str) -> dict[str, Any]:
    slug = outlet.lower().replace(" ", "-").replace(".", "")
    return {"id": doc_id, "text": text, "published": published.isoformat(), "title": None,
            "url": f"https://{slug}.example/{doc_id}", "outlet": outlet}


def expected_sources() -> dict[str, int]:
    """Independent sources each multi-article incident should report (syndicated copies count once;
    every follow-up and round-up that mentions the incident is a further, independent source)."""
    out = {inc_id: indep for inc_id, _d, _p, indep, _a in INCIDENTS}
    for _doc_id, _day, _outlet, _after, _text, links, _kind in DISTRACTORS:
        for inc_id, _role, _places in links:
            if inc_id in out:
                out[inc_id] += 1
    return out


def main() -> None:
    docs, gold = build()
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    print(f"{len(docs)} documents, {len(gold)} gold links, {len(INCIDENTS)} incidents")


if __name__ == "__main__":
    main()
