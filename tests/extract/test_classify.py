"""Event detection and ACLED typing on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventscope.extract.classify import (
    detect_mentions,
    load_lexicon,
    merge_mentions,
    plover_category,
    plover_mode,
)
from eventscope.nlp import PLACE_TOKENS
from eventscope.records import EVENT_TYPES, SUBTYPE_PARENT
from support import primary, primary_subtype, salience_verdict

# One sentence per sub-type the rules should get right out of the box.
SUBTYPE_CASES = [
    ("Gunmen stormed a police post near the border and killed three officers.", "Armed clash"),
    ("Soldiers clashed with rebels in the hills for two hours on Monday.", "Armed clash"),
    ("Unknown gunmen shot dead a shopkeeper and his wife in the market.", "Attack"),
    ("Two farmers were killed by suspected militants on their way to the field.", "Attack"),
    ("The army retook the town of Foo from the insurgents on Sunday.", "Government regains territory"),
    (
        "Rebels seized the town of Bar after government troops withdrew under fire.",
        "Non-state actor overtakes territory",
    ),
    ("A roadside bomb struck a military convoy, wounding four soldiers.", "Remote explosive/landmine/IED"),
    ("An air strike hit a militant hideout in the valley, killing six fighters.", "Air/drone strike"),
    ("Militants fired mortars at the airport overnight.", "Shelling/artillery/missile attack"),
    ("A suicide bomber blew himself up at a checkpoint, killing two guards.", "Suicide bomb"),
    ("An attacker hurled a grenade into a crowded bar, injuring nine people.", "Grenade"),
    (
        "Armed men kidnapped a priest from his parish house on Tuesday night.",
        "Abduction/forced disappearance",
    ),
    ("A teenage girl was raped by two soldiers at a roadblock.", "Sexual violence"),
    ("Hundreds of teachers marched peacefully through the capital to demand higher pay.", "Peaceful protest"),
    (
        "Traders protested against new market fees; police fired tear gas to disperse them.",
        "Protest with intervention",
    ),
    (
        "Police opened fire on peaceful demonstrators, killing four protesters.",
        "Excessive force against protesters",
    ),
    (
        "Students protesting fee increases threw stones at police and burned tyres on the highway.",
        "Violent demonstration",
    ),
    ("A mob lynched a man suspected of stealing a goat.", "Mob violence"),
    ("Police arrested the opposition leader at his home in the capital.", "Arrests"),
    ("Soldiers defused a landmine planted on the road to the village.", "Disrupted weapons use"),
    ("Militants looted shops and torched three houses in the village.", "Looting/property destruction"),
    ("The government and the rebels signed a ceasefire agreement in the capital.", "Agreement"),
    ("Authorities imposed a curfew in the province after the unrest.", "Change to group/activity"),
]


@pytest.mark.parametrize(("text", "expected"), SUBTYPE_CASES)
def test_subtype(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_gathering_is_a_protest_only_with_a_demand(nlp: Language) -> None:
    assert primary_subtype(nlp, "Hundreds of farmers gathered outside the ministry to demand better prices.") == (
        "Peaceful protest"
    )
    assert primary(nlp, "Mourners gathered at the church for the funeral.") is None


def test_a_gathering_without_demands_makes_no_protest_story(nlp: Language) -> None:
    text = ("Relatives gathered outside the morgue in Dori, waiting to identify the dead. "
            "The army said it had killed 14 of the attackers in a follow-up operation.")
    assert primary_subtype(nlp, text) == "Armed clash"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Telephone networks in the district have been cut for weeks.", "NONE"),
        ("The strikes caused power cuts across the region.", "NONE"),
        ("Assailants cut his throat and dumped the body near Kitui.", "Attack"),
        ("A herder was cut with a machete near Isiolo on Sunday.", "Attack"),
    ],
)
def test_cut_is_violence_only_on_people_or_with_a_blade(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_armed_versus_civilian_victims(nlp: Language) -> None:
    # the same verb, the target decides
    assert primary_subtype(nlp, "Bandits attacked a patrol and killed two soldiers.") == "Armed clash"
    assert primary_subtype(nlp, "Bandits attacked a bus and killed two passengers.") == "Attack"


def test_weapon_wins_over_target(nlp: Language) -> None:
    # a drone strike is Explosions/Remote violence whether it hits fighters or civilians
    assert primary_subtype(nlp, "A drone strike killed five civilians at a wedding.") == "Air/drone strike"


@pytest.mark.parametrize(("text", "expected"), [
    # "struck" is no trigger (a deal, a labour strike); the warplanes are
    ("Russian warplanes struck a crowded market in Ariha on Monday.", "Air/drone strike"),
    ("Fighter jets struck a rebel camp in the hills above Kidal overnight.", "Air/drone strike"),
    ("Government gunships struck a convoy on the road to Tawila.", "Air/drone strike"),
])
def test_warplanes_that_strike_are_air_strikes(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Warplanes flew over the capital during the independence day parade.", "Warplanes"),
    ("Fighter jets circled over the stadium before the final.", "Fighter jets"),
])
def test_aircraft_doing_what_aircraft_do_is_no_strike(nlp: Language, text: str, trigger: str) -> None:
    verdict = salience_verdict(nlp, text, trigger, dt.date(2024, 5, 10))
    assert not verdict.keep and verdict.reason == "idle:instrument"


@pytest.mark.parametrize(("text", "expected"), [
    ("A gunman went on a shooting rampage at a market in Nakuru, killing four people.", "Attack"),
    ("An off-duty policeman shot dead six people in a rampage through a bar in Embu.", "Attack"),
    # a crowd's rampage is a riot
    ("Students went on the rampage in Eldoret, stoning cars and burning a bus.", "Violent demonstration"),
])
def test_one_persons_rampage_is_no_riot(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_passive_agent(nlp: Language) -> None:
    m = primary(nlp, "Four villagers were killed by gunmen on Friday.")
    assert m is not None and m.sub_event_type == "Attack"
    assert "patient:civilian" in m.cues


def test_seized_weapons_do_not_make_an_explosion(nlp: Language) -> None:
    text = "Troops seized rifles and explosives from a militant hideout."
    assert primary_subtype(nlp, text) == "Disrupted weapons use"


# Who was hit, and were they armed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline passive with a "by" agent: the subject is the one hit, not the shooter
        ("Police officer shot dead by unknown gunmen near the market", "Armed clash"),
        # the head noun names no side, its modifier does
        ("Gunmen killed a police commander at the market on Sunday.", "Armed clash"),
        # a named armed group from the actor dictionary, not in the lexicon's own lists
        ("Militants killed three Koglweogo in the village of Foo.", "Armed clash"),
        # people close to a named group are not its fighters
        ("Unknown attackers killed an ODM supporter outside his home.", "Attack"),
        # armed people among the victims make it the battle
        ("Militants killed three militiamen and eleven civilians in the village.", "Armed clash"),
        # "youths" who beat someone are coded as attackers more often than as a mob
        ("Youths attacked and injured a local councillor on his way home.", "Attack"),
        # the report is about state forces and an armed group only
        (
            "Al Shabaab militants attacked a police camp on Monday night. Officers responded and two were killed.",
            "Armed clash",
        ),
    ],
)
def test_sides(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_communal_clash_is_a_battle_but_supporters_fight_as_a_mob(nlp: Language) -> None:
    assert primary_subtype(nlp, "Members of two communities clashed over grazing land near the river.") == (
        "Armed clash"
    )
    assert primary_subtype(nlp, "Supporters of two rival candidates clashed in the market.") == "Mob violence"


def test_witchcraft_violence_is_mob_violence(nlp: Language) -> None:
    m = primary(nlp, "Villagers killed an elderly woman they accused of witchcraft.")
    assert m is not None and m.sub_event_type == "Mob violence"
    assert "mob:witchcraft" in m.cues


def test_stone_throwing_without_a_protest_is_mob_violence(nlp: Language) -> None:
    assert primary_subtype(nlp, "Youths threw stones at a passing motorist on the highway.") == "Mob violence"


# Weapons ----------------------------------------------------------------------------------------


def test_ied_followed_by_gunfire_is_the_battle(nlp: Language) -> None:
    m = primary(nlp, "Militants ambushed an army convoy with an IED, followed by small arms fire.")
    assert m is not None and m.sub_event_type == "Armed clash"
    assert "weapon:with-gunfire" in m.cues
    # without the firefight the device decides
    assert primary_subtype(nlp, "Militants detonated an IED under a bus, killing four passengers.") == (
        "Remote explosive/landmine/IED"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mine" as a place is not a landmine
        ("Gunmen ransacked the offices at the gold mine and stole cash.", "Looting/property destruction"),
        # "suicide" alone is not a suicide bombing
        (
            "Residents accused the police of killing a man in custody and claiming his death was a suicide.",
            "Attack",
        ),
        # seized arms do not turn a fight into disrupted weapons use
        ("Soldiers killed six militants and seized weapons and ammunition in the forest.", "Armed clash"),
        # explosives made safe, carried or blown up by their makers
        ("An army team destroyed an IED planted on the road to the village.", "Disrupted weapons use"),
        ("Police arrested a man in possession of explosives at the bus station.", "Disrupted weapons use"),
        ("Two militants were killed while planting a bomb on the road.", "Disrupted weapons use"),
    ],
)
def test_weapon_use(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


# Protests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angry traders broke into the county offices in protest over new fees.", "Violent demonstration"),
        # "non-violent" is not "violent"
        (
            "Hundreds of nurses staged a non-violent protest outside the hospital to demand pay.",
            "Peaceful protest",
        ),
        # entering a building is how the protest went, not violence
        (
            "Residents stormed the county offices to protest against the poor state of the roads.",
            "Peaceful protest",
        ),
        # an arrest that is the reason of the protest is not an intervention
        ("Residents protested the arrest of their MP outside the police station.", "Peaceful protest"),
        (
            "Teachers protested over unpaid salaries in the town. Police arrested twelve of them.",
            "Protest with intervention",
        ),
        (
            "Teachers marched to the ministry but were barred by police from entering.",
            "Protest with intervention",
        ),
        # "engaged in" a strike is not a fight
        ("Dock workers engaged in a work stoppage to demand better pay.", "Peaceful protest"),
        # a capitalised headline opening is still the word
        ("Riot breaks out in the town after the election results.", "Violent demonstration"),
    ],
)
def test_protest_subtypes(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "riot police" names a unit, not a riot
        ("Riot police dispersed hundreds of traders who marched to the county offices.", "Protest with intervention"),
        # warning shots are an intervention, not lethal force
        (
            "Traders protested against new fees. Police fired into the air to disperse them.",
            "Protest with intervention",
        ),
        # a protest word that describes the victims of an attack is not the event
        ("A gang of youths attacked protesting students in the town on Monday.", "Attack"),
        # crowds fighting the police are a mob, not an armed group
        ("Fishermen clashed with police after officials closed the beach.", "Mob violence"),
    ],
)
def test_protest_and_crowd_edges(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_unrest_label_yields_to_the_incident(nlp: Language) -> None:
    # "post-election violence" names a period; the killing reported with it is the event
    text = "Post-election violence continued in the town. Gunmen shot dead two farmers in their field."
    assert primary_subtype(nlp, text) == "Attack"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sat in" is not "a sit in"
        ("The soldiers sat in a taxi at the market when gunmen opened fire, killing the driver.", "Attack"),
        # a security measure needs no armed actor in the story
        ("The governor extended the curfew by three months across the region.", "Change to group/activity"),
        # a drought named in passing does not make the attack a disaster
        ("Gunmen wounded an elderly woman at her farm in the drought-stricken north.", "Attack"),
        # "tortured" used as an adjective is still the verb
        ("Soldiers tortured villagers and burned granaries in the hamlet.", "Attack"),
        # armed groups do not arrest, they abduct
        ("Gunmen detained a trader on the road near the river.", "Abduction/forced disappearance"),
    ],
)
def test_trigger_edges(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_takeover_without_fighting_is_non_violent(nlp: Language) -> None:
    text = "Militants took control of the village and raised their flag over the school."
    assert primary_subtype(nlp, text) == "Non-violent transfer of territory"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen armed with clubs killed two farmers in their field.",  # clubs: weapons, not sport
        "A series of attacks by gunmen left five villagers dead.",  # series: not a TV series
    ],
)
def test_news_words_are_not_sport_or_fiction(nlp: Language, text: str) -> None:
    assert primary_subtype(nlp, text) == "Attack"


# Traps: no asserted event -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the proposal as reckless.",  # metaphor
        "The striker fired a shot past the goalkeeper in the second half.",  # sport
        "The striker shot the ball past the keeper to win the final for Rovers.",  # sport, no sport noun
        "Parliament approved the purchase of offensive weapons for the navy.",  # a kind of weapon
        "The rebel commander said his fighting men were ready for talks.",  # a kind of men
        "In the film, the hero shoots the villain and escapes by boat.",  # fiction
    ],
)
def test_no_event(nlp: Language, text: str) -> None:
    assert primary(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a factory killed three workers on Monday.",  # accident
        "Floods destroyed hundreds of homes in the delta region.",  # natural disaster
        "The two countries signed a trade agreement in the capital.",  # diplomacy, not a ceasefire
        "Police arrested a man suspected of stealing cars from a parking lot.",  # ordinary crime
        "The company suspended operations at the mine for a week.",  # business news
    ],
)
def test_non_conflict_news(nlp: Language, text: str) -> None:
    assert primary(nlp, text) is None


def test_future_agreement_is_hypothetical(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The rebels and the government will have to sign a ceasefire agreement."))
    assert mentions and all(m.status == "hypothetical" for m in mentions)


def test_history_is_background(nlp: Language) -> None:
    text = "On Monday the group opened a school in the town. In 2014 the group seized the town."
    subs = {m.sub_event_type for m in detect_mentions(nlp(text)) if m.status == "asserted"}
    assert "Non-state actor overtakes territory" not in subs


def test_court_verdict_is_not_the_event(nlp: Language) -> None:
    text = "A court sentenced two men to life in prison for the killing of a journalist."
    assert primary(nlp, text) is None


def test_threat_is_not_asserted(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The rebels threatened to attack the capital."))
    assert mentions and all(m.status == "threatened" for m in mentions)


def test_modal_is_hypothetical(nlp: Language) -> None:
    mentions = detect_mentions(nlp("Officials said the militants could attack the town."))
    assert mentions and all(m.status == "hypothetical" for m in mentions)


def test_negated(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The soldiers did not attack the village."))
    assert mentions and all(m.status == "negated" for m in mentions)


def test_denied(nlp: Language) -> None:
    mentions = detect_mentions(nlp("The army denied that it killed civilians in the raid."))
    assert any(m.status == "denied" for m in mentions)
    assert not any(m.status == "asserted" and m.sub_event_type == "Attack" for m in mentions)


def test_negated_casualties_do_not_make_excessive_force(nlp: Language) -> None:
    text = "Residents marched to the county offices. Police dispersed them with tear gas. No one was killed."
    assert primary_subtype(nlp, text) == "Protest with intervention"


def test_protest_reason_is_not_an_event(nlp: Language) -> None:
    # the killing is why they marched, not something that happened at the march
    text = "Hundreds of students marched peacefully to protest the killing of a classmate."
    assert primary_subtype(nlp, text) == "Peaceful protest"


# Mention record ------------------------------------------------------------------------------


def test_mention_offsets_and_score(nlp: Language) -> None:
    text = "Calm returned to the city. Gunmen shot dead a trader in the market."
    doc = nlp(text)
    m = primary(nlp, text)
    assert m is not None
    assert text[m.trigger.start : m.trigger.end] == "shot dead"
    assert text[m.sentence.start : m.sentence.end].startswith("Gunmen")
    assert 0.0 < m.score <= 1.0
    assert m.cues[0] == "trigger:kill"
    assert detect_mentions(doc)  # deterministic on the same doc


# Merging -------------------------------------------------------------------------------------


def test_merge_same_incident(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a village on Sunday night. Five villagers were killed in the attack.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 1
    primary_m, others = groups[0]
    assert primary_m.sub_event_type == "Attack" and others


def test_merge_keeps_distinct_incidents(nlp: Language) -> None:
    doc = nlp(
        "Gunmen killed two farmers in the north on Sunday. "
        "In a separate incident, students protested against fee increases in the capital."
    )
    groups = merge_mentions(detect_mentions(doc), doc)
    assert {g[0].sub_event_type for g in groups} == {"Attack", "Peaceful protest"}


def test_merge_separates_threat_from_deed(nlp: Language) -> None:
    doc = nlp("The militants attacked the town on Monday. They threatened to attack the capital next.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group executed 40 of its own fighters who had tried to desert.", "Attack"),
        ("Militants executed two captured soldiers near the border.", "Attack"),
        ("The rebels executed an attack on the army base at dawn.", "Armed clash"),
    ],
)
def test_executions_of_captives_are_attacks_even_when_they_were_armed(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_a_toll_update_joins_the_incident_whatever_its_word(nlp: Language) -> None:
    doc = nlp("Fighters attacked an army post near Djibo on Monday, killing six soldiers. "
              "The death toll later rose to nine after three of the wounded died in hospital.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 1


@pytest.mark.parametrize(("text", "kept"), [
    ("Pokot and Tugen herders clashed near Marigat on Monday. Ten people were killed.", "Armed clash"),
    ("Youths rioted in Mombasa over the detention of a cleric. Two civilians killed.", "Violent demonstration"),
])
def test_a_bare_toll_is_the_outcome_of_the_incident_before(nlp: Language, text: str, kept: str) -> None:
    doc = nlp(text)
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 1 and groups[0][0].sub_event_type == kept


def test_a_killing_with_its_killer_is_not_a_bare_toll(nlp: Language) -> None:
    doc = nlp("Youths rioted in Mombasa over the detention of a cleric. Gunmen later killed two traders in Likoni.")
    groups = merge_mentions(detect_mentions(doc), doc)
    assert len(groups) == 2


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents stoned two suspected robbers to death in Kisumu.", "Mob violence"),
    ("Gunmen hacked two farmers to death in Lamu.", "Attack"),
])
def test_to_death_reads_its_verbs_subject(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 23 November, police shot and wounded a man in Likoni, accusing him of robbery.", "Attack"),
    ("On 1 March, militants assassinated a municipal councilor who had informed security forces.", "Attack"),
    ("On 5 May, soldiers fired on militants near the camp, killing three.", "Armed clash"),
])
def test_a_dated_sentence_still_finds_the_victim(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two local government officials were ambushed and killed by raiders near Lokori.", "Attack"),
    ("Two soldiers were ambushed and killed by militants near Djibo.", "Armed clash"),
])
def test_coordinated_passives_share_their_subject(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_the_violence_referred_to_again_is_no_new_event(nlp: Language) -> None:
    m = primary(nlp, "Aid groups are helping families who fled the violence.")
    assert m is None or m.event_type not in ("Violence against civilians", "Battles", "Riots")
    assert primary(nlp, "The violence that erupted in Bor on Sunday left four people dead.") is not None


def test_merge_empty(nlp: Language) -> None:
    doc = nlp("The weather was pleasant.")
    assert merge_mentions(detect_mentions(doc), doc) == []


# Resources -----------------------------------------------------------------------------------


def test_plover_covers_every_subtype() -> None:
    for subs in EVENT_TYPES.values():
        for sub in subs:
            assert plover_category(sub) is not None, sub
    assert plover_category("Arrests") == "COERCE"
    assert plover_mode("Air/drone strike") == "aerial weapons"
    assert plover_category("not a sub-type") is None


def test_lexicon_frames_are_known() -> None:
    lex = load_lexicon()
    frames = {t.frame for t in lex.triggers}
    assert frames <= {
        "violence",
        "clash",
        "protest",
        "riot",
        "mob",
        "abduction",
        "sexual",
        "arrest",
        "property",
        "seize",
        "agreement",
        "disrupted",
        "change",
        "base",
        "weapon",
    }
    # every cue list the rules read exists in the file
    for name in (
        "state",
        "armed_group",
        "civilian",
        "intervention",
        "lethal_force",
        "riot_act",
        "ied",
        "air",
        "gunfire",
        "communal",
        "witchcraft",
        "follower",
        "fight_in",
        "made_safe",
    ):
        assert lex.cues[name].words or lex.cues[name].phrases, name


def test_subtypes_emitted_are_contract_strings(nlp: Language) -> None:
    for text, _ in SUBTYPE_CASES:
        for m in detect_mentions(nlp(text)):
            assert m.sub_event_type in SUBTYPE_PARENT


# Article scope (issue 3): whole articles about sport, business, politics, science, health, fiction
# or a disaster yield no events; real conflict reports inside those domains still do. Every text
# here is written for this test.

SCOPE_TRAPS = [
    (
        "sport",
        "The striker shot his side into the lead after ten minutes of the derby. The keeper could only "
        "parry the next effort and the winger fired home the rebound. In stoppage time the substitute "
        "killed off the game. The manager praised his players, and the captain said the fans had been "
        "magnificent. The referee was booed off at full time.",
    ),
    (
        "business",
        "Shares in the carmaker shot up 12 percent after the company raised its profit forecast. "
        "Analysts said a bloodbath on the markets last week had been overdone. The board fired the "
        "chief executive of its lending arm and slashed the dividend. Investors cheered the news and "
        "trading volumes doubled.",
    ),
    (
        "politics",
        "The opposition launched a savage attack on the budget in parliament. Senators vowed to "
        "torpedo the bill, and the finance minister faced a barrage of criticism over cuts to "
        "subsidies. The minister shot back that the last government had bombed the public finances. "
        "The vote is due next week and the coalition holds a narrow majority.",
    ),
    (
        "science",
        "Physicists cooled atoms by firing lasers at them in a laboratory. The researchers bombarded "
        "the atoms with photons, and the lead author said the technique kills most of the noise in "
        "atomic clocks. The results were published in a journal on Monday.",
    ),
    (
        "health",
        "The vaccine gives the immune system a new weapon in the battle against malaria. The parasite "
        "attacks red blood cells, and the disease killed many children in the trial region. Health "
        "officials said the rollout of doses would begin soon, and doctors welcomed the trial results.",
    ),
    (
        "fiction",
        "The new film follows soldiers trapped in a besieged city. In the opening scene air strikes "
        "destroy a hospital and a sniper kills two soldiers. The director drew on interviews with "
        "veterans for the screenplay, and the lead actor is superb. Critics praised the battle "
        "scenes. The movie opens in cinemas on Friday.",
    ),
    (
        "disaster",
        "Floods swept through four villages after heavy rain, killing nine people, according to "
        "officials. Rescuers evacuated hundreds of families, and the army deployed helicopters to "
        "reach people trapped by the water. Police said a bridge collapsed under the weight of the "
        "flooding. Meteorologists expect more rain and the disaster agency has opened relief camps.",
    ),
]


@pytest.mark.parametrize(("domain", "text"), SCOPE_TRAPS, ids=[d for d, _ in SCOPE_TRAPS])
def test_articles_out_of_scope_yield_no_events(nlp: Language, domain: str, text: str) -> None:
    from eventscope.extract.classify import article_scope

    doc = nlp(text)
    assert article_scope(doc) == f"scope:article-{domain}"
    assert detect_mentions(doc) == []


SCOPE_KEEPS = [
    # a sport story with a real riot: the police acted, the fans threw stones
    (
        "Police fired tear gas after rival fans threw stones outside the stadium following the "
        "derby. The match between the two clubs had ended in a draw, the referee said. The league "
        "said the coach of the home side had appealed for calm, and the manager of the visitors "
        "condemned the violence against the players' bus.",
        "Riots",
    ),
    # a market story about a real attack: the gunmen are a sign of violence
    (
        "Shares in the miner fell 5 percent after gunmen attacked a bus carrying its workers, "
        "killing two employees. Analysts said the company would suspend trading at the site, and "
        "investors sold the stock. The firm said its profit forecast was unchanged.",
        "Violence against civilians",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), SCOPE_KEEPS)
def test_conflict_inside_a_trap_domain_is_kept(nlp: Language, text: str, event_type: str) -> None:
    from eventscope.extract.classify import article_scope

    doc = nlp(text)
    assert article_scope(doc) is None
    m = primary(nlp, text)
    assert m is not None


def test_a_short_conflict_report_is_never_out_of_scope(nlp: Language) -> None:
    from eventscope.extract.classify import article_scope

    doc = nlp("Militants killed three soldiers in an ambush on a convoy near the border on Monday.")
    assert article_scope(doc) is None


def test_police_who_only_speak_are_no_sign_of_violence(nlp: Language) -> None:
    from eventscope.extract.classify import _speaks

    doc = nlp("Police said the driver had fallen asleep, according to police in the town.")
    police = [t for t in doc if t.lower_ == "police"]
    assert [_speaks(t) for t in police] == [True, True]
    doc = nlp("Police fired shots at the crowd.")
    assert not _speaks(doc[0])


@pytest.mark.parametrize(
    "text",
    [
        "At least six people died in the landslide, according to the mayor.",
        "The fighting has now stopped and the situation is under control, the governor said.",
        "The embassy issued a security alert for the capital on Tuesday.",
        "Doctors said several of the wounded were children.",
    ],
)
def test_fixed_expressions_are_no_event_words(nlp: Language, text: str) -> None:
    subs = {m.sub_event_type for m in detect_mentions(nlp(text))}
    assert not subs & {"Agreement", "Non-state actor overtakes territory", "Change to group/activity", "Attack"}


def test_exchanged_prisoners_is_an_agreement_not_a_clash(nlp: Language) -> None:
    assert primary_subtype(nlp, "The two sides exchanged 300 prisoners at the airport on Sunday.") == "Agreement"
    assert primary_subtype(nlp, "Soldiers exchanged fire with rebels near the border on Sunday.") == "Armed clash"


def test_a_crowded_place_is_no_gathering(nlp: Language) -> None:
    text = (
        "A bomber blew himself up in a crowded cafe on Friday, killing six people. "
        "The militants said they carried out the attack."
    )
    subs = {m.sub_event_type for m in detect_mentions(nlp(text))}
    assert not {s for s in subs if s.startswith(("Peaceful", "Protest", "Excessive"))}, subs


# Attack vs Armed clash: who acted on whom (issue 3) ----------------------------------------------

ATTACK_VS_CLASH_CASES = [
    # an armed side named as killing unarmed people is an attack, even in a sentence about clashes
    ("Bandits killed four villagers during renewed clashes in the valley.", "Attack"),
    # trap: armed people among the dead, or civilians caught in a fight, stay the battle
    ("Two soldiers and a civilian were killed in clashes between the army and the rebels.", "Armed clash"),
    ("A civilian was killed in the crossfire when rebels clashed with soldiers.", "Armed clash"),
    # civil servants of an election and a force's interpreter are civilians, whatever they work for
    ("Gunmen attacked the electoral officer at his home.", "Attack"),
    ("Gunmen shot dead a police interpreter near the market.", "Attack"),
    # trap: a police officer is a state force
    ("Gunmen shot dead a police officer near the market.", "Armed clash"),
    # "on duty" is no target, so the headline subject is the one killed
    ("Two policemen killed while on duty in the north.", "Armed clash"),
    # "shot dead" without an object: its subject was shot
    ("Police detective shot dead while investigating a robbery.", "Armed clash"),
    # deaths in a fight between communities, no victim or killer named: identity militias' battle
    ("Three were killed in renewed ethnic violence in the district.", "Armed clash"),
    # traps: a named armed killer of named civilians; violence with no community named
    ("Gunmen killed three farmers in renewed ethnic violence in the district.", "Attack"),
    ("Three were killed in renewed violence in the district.", "Attack"),
]


@pytest.mark.parametrize(("text", "expected"), ATTACK_VS_CLASH_CASES)
def test_attack_vs_clash(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_accident_with_a_community_word_is_no_event(nlp: Language) -> None:
    assert primary_subtype(nlp, "Three were killed in a road accident in the district.") == "NONE"


def test_fight_between_unorganised_groups_is_mob_violence(nlp: Language) -> None:
    assert primary_subtype(nlp, "Political rivals clashed at a funeral in the town.") == "Mob violence"
    assert primary_subtype(nlp, "Two rival groups clashed at the market over a land dispute.") == "Mob violence"
    # trap: armed groups fighting are a battle
    assert primary_subtype(nlp, "Two armed groups clashed at the market over a land dispute.") == "Armed clash"


def test_fighting_for_ones_life_is_no_fight(nlp: Language) -> None:
    text = "Gunmen shot a shopkeeper in the market, and he is fighting for his life in hospital."
    doc = nlp(text)
    assert all("trigger:clash" not in m.cues for m in detect_mentions(doc))
    assert primary_subtype(nlp, text) == "Attack"


def test_no_reports_of_violence_is_negated(nlp: Language) -> None:
    text = (
        "Residents protested outside the county offices over bad roads. "
        "There were no reports of violence between the two groups."
    )
    doc = nlp(text)
    violence = [m for m in detect_mentions(doc) if m.cues[0] == "trigger:generic"]
    assert violence and all(m.status == "negated" for m in violence)
    assert primary_subtype(nlp, text) == "Peaceful protest"


def test_violent_dispersal_is_an_intervention_not_a_riot(nlp: Language) -> None:
    assert primary_subtype(nlp, "Police violently dispersed a protest by traders in the capital.") == (
        "Protest with intervention"
    )
    # trap: violence by the protesters themselves
    assert primary_subtype(nlp, "Protesters violently attacked police during a march in the capital.") == (
        "Violent demonstration"
    )


# Natural hazards, crimes under investigation, police searches (devnews 2: disasters, crime, police)


@pytest.mark.parametrize(
    "text",
    [
        "Floods swept through villages in northern Kenya, killing 40 people and displacing thousands.",
        "A cyclone hit the coast of Bangladesh on Tuesday night, killing nine people and forcing 200,000 to flee.",
        "Wildfires killed eight people in southern Greece on Wednesday.",
        "A heatwave has killed at least 60 people in Karachi in four days.",
        "Six other people were injured in Gaya district as thunderstorms swept across the state.",
        "Seven passengers were killed and 45 injured when a train derailed near Vijayawada on Monday.",
        "The storm weakened as it moved inland, but heavy rain was expected for several days.",
    ],
)
def test_natural_hazards_and_their_displaced_are_no_events(nlp: Language, text: str) -> None:
    assert primary(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hazard named in the sentence does not hide those who did it
        ("Gunmen attacked a camp for flood victims in Borno, killing six people.", "Attack"),
        ("Soldiers stormed the rebel compound at dawn on Monday.", "Armed clash"),
    ],
)
def test_violence_around_a_hazard_stays(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_evacuations_in_a_wildfire_story_are_no_development(nlp: Language) -> None:
    text = (
        "Wildfires killed eight people in southern Greece on Wednesday, as firefighters battled dozens "
        "of blazes. Hundreds of residents were evacuated from villages in the Peloponnese."
    )
    assert primary(nlp, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Detectives arrested a woman in connection with the death of her infant son, police said.",
        "Police in Lagos said they had charged a man with the murder of his neighbour.",
        "A teenager was detained over the murder of a shopkeeper in Leeds, police said.",
        "Police arrested a man for killing his wife during a quarrel in Kisumu.",
    ],
)
def test_the_killing_a_suspect_is_held_for_is_not_an_attack(nlp: Language, text: str) -> None:
    # at most the arrest is an event; never an attack by the arresting police
    assert all(
        m.event_type != "Violence against civilians" for m in detect_mentions(nlp(text)) if m.status == "asserted"
    )


def test_the_crime_under_investigation_is_no_fresh_incident(nlp: Language) -> None:
    text = (
        "Detectives arrested a woman on Monday in connection with the death of her infant son. "
        "The boy was taken to hospital last week with head injuries and died two days later."
    )
    subs = {m.sub_event_type for m in detect_mentions(nlp(text)) if m.status == "asserted"}
    assert "Attack" not in subs


def test_a_killing_by_gunmen_stays_when_suspects_are_arrested_over_it(nlp: Language) -> None:
    text = (
        "Gunmen shot dead a trader in Mandera on Monday. "
        "Police arrested two men in connection with the killing on Tuesday."
    )
    subs = {m.sub_event_type for m in detect_mentions(nlp(text)) if m.status == "asserted"}
    assert "Attack" in subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary criminal arrest is no event at all; the raid is no attack either way
        ("Police arrested three men in raids on warehouses near the port.", None),
        ("Security forces arrested four suspected al-Shabaab members in a raid on a house in Kismayo.", "Arrests"),
        ("Weapons and explosive belts were seized in the raid.", None),
        # a raid in which people are hurt is still violence
        ("Police raided a house in Kisumu and shot dead two suspects.", "violence"),
    ],
)
def test_a_raid_that_only_arrests_is_the_arrest(nlp: Language, text: str, expected: str | None) -> None:
    subs = {m.sub_event_type for m in detect_mentions(nlp(text)) if m.status == "asserted"}
    violent = bool(subs & {"Attack", "Armed clash", "Remote explosive/landmine/IED"})
    assert violent == (expected == "violence")
    if expected == "Arrests":
        assert "Arrests" in subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with an object, "at a checkpoint" is where the victim was shot, not who was hit
        ("A police officer shot dead a motorcyclist at a checkpoint in Onitsha on Tuesday.", "Attack"),
        ("Gunmen fired at a police checkpoint in Onitsha on Tuesday.", "Armed clash"),
    ],
)
def test_at_a_checkpoint_is_a_place_when_the_verb_has_an_object(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_came_under_fire_makes_the_subject_the_target(nlp: Language) -> None:
    text = "Officers were searching the area for a gang leader when they came under fire."
    assert primary_subtype(nlp, text) == "Armed clash"


def test_the_attack_named_again_joins_the_incident(nlp: Language) -> None:
    text = (
        "Two people were injured when a car bomb exploded outside a police station in Diyarbakir. "
        "No group claimed responsibility for the attack. The blast shattered windows in nearby shops."
    )
    groups = merge_mentions(detect_mentions(nlp(text)), nlp(text))
    real = [g for g in groups if g[0].status in ("asserted", "claimed")]
    assert len(real) == 1


def test_a_new_attack_with_its_own_place_stays_apart(nlp: Language) -> None:
    text = (
        "A car bomb exploded outside a police station in Diyarbakir on Monday. "
        "Gunmen killed two farmers in Mardin on Tuesday."
    )
    groups = merge_mentions(detect_mentions(nlp(text)), nlp(text))
    assert len([g for g in groups if g[0].status == "asserted"]) == 2


def test_police_response_to_a_riot_is_part_of_the_riot(nlp: Language) -> None:
    doc = nlp("Traders rioted at the market over new levies. Police opened fire, killing two of them.")
    merged = merge_mentions(detect_mentions(doc), doc)
    assert [p.sub_event_type for p, _ in merged] == ["Violent demonstration"]
    # a fight with an armed group after a riot is a battle of its own
    doc = nlp("Traders rioted at the market over new levies. Soldiers killed four militants near the border.")
    subs = {p.sub_event_type for p, _ in merge_mentions(detect_mentions(doc), doc)}
    assert "Armed clash" in subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels blew up a bridge on the main road on Sunday.", "Remote explosive/landmine/IED"),
        ("A gas pipeline was blown up near the border overnight.", "Remote explosive/landmine/IED"),
        ("The minister blew up at reporters during the briefing.", "NONE"),
        ("The video blew up on social media within hours.", "NONE"),
    ],
)
def test_blowing_something_up_is_an_explosion_only_with_a_thing_blown_up(
    nlp: Language, text: str, expected: str
) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guerrillas dynamited a power pylon outside the town last night.", "Remote explosive/landmine/IED"),
        ("The attackers placed a charge of dynamite under a parked bus.", "Remote explosive/landmine/IED"),
        ("Quarry workers used dynamite to open a new face of the pit.", "NONE"),
    ],
)
def test_dynamite_is_an_explosive_when_used_on_something(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_an_earlier_similar_attack_is_an_incident_of_its_own(nlp: Language) -> None:
    doc = nlp(
        "Gunmen shot and wounded a judge near the capital on Sunday. No group claimed the attack. "
        "The last attack of this kind took place in June, and the police blamed the rebels, who denied it."
    )
    merged = merge_mentions(detect_mentions(doc), doc)
    assert len(merged) >= 2
    assert merged[0][0].status == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a democracy activist outside her home on Monday.", "Attack"),
        ("Gunmen shot a human rights lawyer outside the court on Monday.", "Attack"),
        ("The editors condemned the attacks on the freedom of the press.", "NONE"),
        ("The senator's attack on the constitution drew criticism.", "NONE"),
    ],
)
def test_an_attacked_cause_is_a_metaphor_only_as_the_head_noun(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


def test_a_name_retaken_from_a_side_is_territory_whatever_its_entity_tag(nlp: Language) -> None:
    assert primary_subtype(nlp, "Kurdish forces retook Ayn al-Arab from IS militants on Monday.") in (
        "Government regains territory",
        "Non-state actor overtakes territory",
    )


def test_a_place_the_gazetteer_found_is_territory_when_seized(nlp: Language) -> None:
    doc = nlp("Militants seized Kidal on Tuesday after heavy fighting with the army.")
    doc.user_data[PLACE_TOKENS] = frozenset({2})
    subs = {m.sub_event_type for m in detect_mentions(doc)}
    assert "Non-state actor overtakes territory" in subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels captured the town of Bunia on Tuesday after heavy fighting with soldiers.",
         "Non-state actor overtakes territory"),
        ("The army retook the town of Foo from the insurgents after clashes that killed nine.",
         "Government regains territory"),
        # a post or camp overrun in a fight stays the battle
        ("Militants attacked an army camp near Foo and overran it after heavy fighting with soldiers.",
         "Armed clash"),
    ],
)
def test_a_battle_in_which_a_side_takes_the_place_is_coded_by_who_took_it(
    nlp: Language, text: str, expected: str
) -> None:
    doc = nlp(text)
    assert [p.sub_event_type for p, _ in merge_mentions(detect_mentions(doc), doc)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kidnappers released two hostages near the highway on Monday.", "NONE"),
        ("Soldiers freed 12 hostages held by bandits in the forest.", "NONE"),
        ("Gunmen took 12 passengers hostage on the highway on Monday.", "Abduction/forced disappearance"),
    ],
)
def test_freeing_captives_is_not_an_abduction(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked the village and killed six people described as Koglweogo militiamen.", "Armed clash"),
        ("Militants killed seven people, including two soldiers, near the market on Monday.", "Armed clash"),
        ("Militants killed seven people, including two children, near the market on Monday.", "Attack"),
    ],
)
def test_victims_named_inside_their_phrase_decide_attack_or_battle(nlp: Language, text: str, expected: str) -> None:
    assert primary_subtype(nlp, text) == expected
