"""Long made-up news articles (400-900 words) for throughput benchmarks of the pre-filter and the extractor.

    from throughput_corpus import generate, to_documents
    docs = to_documents(generate(2000, "news", seed=7))

Why a generator: the benchmark must be free to share and rerun, so it cannot use licensed or evaluation
text, and the short pages of ``tests/newsgen.py`` are too short to measure per-article cost at realistic
lengths. Every sentence here is a template written for this module, filled from lists (place, group and
country names are real facts; the people, numbers and events are invented).

Why it tries to be realistic: the pre-filter being measured decides from cheap cues which articles need
the expensive pipeline, so a corpus where only conflict reports say "attack" or "killed" would flatter it.
So:

* conflict reports (``kind="conflict"``) are built like wire copy: a lede with the event (who attacked
  whom, where, when, the toll, who said so), follow-up paragraphs (updated toll, claims of responsibility,
  denials, quotes, arrests), background and reaction paragraphs with no new event (history, humanitarian
  situation, politics, aid appeals) and, sometimes, a separate incident; places are real places in
  conflict-affected countries and the armed groups are the ones active there;
* ordinary news (sport, business, politics, science) uses the conflict vocabulary in its other senses:
  strikers who fire home and attack, price wars and hostile bids, campaigns and attacks on proposals,
  drugs that killed cancer cells and viruses;
* every article draws its sentences at random from large pools and composes paragraphs at random, so two
  articles rarely share a long run of text (a pre-filter cannot win by memorising).

``generate`` is deterministic for a seed; every article's words are in [400, 900], spread over the range.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from eventscope.records import Document

KINDS: tuple[str, ...] = ("conflict", "sport", "business", "politics", "science")
ORDINARY_KINDS: tuple[str, ...] = KINDS[1:]
MIXES: tuple[str, ...] = ("news", "conflict")
MIN_WORDS, MAX_WORDS = 400, 900
CONFLICT_SHARE = 0.2  # of the "news" mix


@dataclass(frozen=True)
class Article:
    """One generated article; ``published`` is an ISO date ("YYYY-MM-DD")."""

    id: str
    kind: str  # one of KINDS
    title: str
    text: str  # paragraphs separated by a blank line
    published: str
    outlet: str


# Shared lists ----------------------------------------------------------------------------------

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
OUTLETS = ("Daily Courier", "The Morning Ledger", "Sahel Times", "Horn Observer", "Lakeside Herald",
           "Capital Gazette", "Evening Dispatch", "Frontier Post", "Coastal Tribune", "Valley News",
           "The Continental Review", "Northern Chronicle", "Metro Standard", "The Weekly Record",
           "Harbour Mail", "Plains Journal")
REPORTERS = ("Amina Yusuf", "Daniel Okoro", "Claire Martin", "Tom Becker", "Sara Haddad", "Lucas Ferreira",
             "Grace Mwangi", "Ivan Petrenko", "Nadia Rahman", "Paul Mensah", "Ines Duarte", "Kofi Asante")
FIRST = ("James", "Maria", "David", "Amara", "Lena", "Carlos", "Yuki", "Fatou", "Ahmed", "Sofia", "Peter",
         "Chloe", "Ravi", "Elena", "Kwame", "Hannah", "Mateus", "Aylin", "Tomasz", "Zanele", "Omar", "Ingrid",
         "Diego", "Priya", "Samuel", "Nora", "Jonas", "Adaeze", "Marco", "Keiko")
LAST = ("Okafor", "Silva", "Müller", "Johnson", "Diallo", "Kowalski", "Tanaka", "Mensah", "Rossi", "Haddad",
        "Novak", "Fernández", "Kariuki", "Lindqvist", "Osei", "Dubois", "Mahlangu", "Patel", "Yilmaz", "Santos",
        "Nakamura", "Achieng", "Schneider", "Moreau", "Banda", "Costa", "Ibrahim", "Kruger", "Eriksen", "Adeyemi")
CITIES = (
    ("Lagos", "Nigeria"), ("Nairobi", "Kenya"), ("Accra", "Ghana"), ("Johannesburg", "South Africa"),
    ("Cairo", "Egypt"), ("Casablanca", "Morocco"), ("London", "Britain"), ("Manchester", "Britain"),
    ("Lyon", "France"), ("Madrid", "Spain"), ("Milan", "Italy"), ("Munich", "Germany"),
    ("Rotterdam", "the Netherlands"), ("São Paulo", "Brazil"), ("Buenos Aires", "Argentina"),
    ("Toronto", "Canada"), ("Chicago", "the United States"), ("Mumbai", "India"), ("Jakarta", "Indonesia"),
    ("Seoul", "South Korea"), ("Sydney", "Australia"), ("Istanbul", "Turkey"), ("Kano", "Nigeria"),
    ("Kampala", "Uganda"), ("Dar es Salaam", "Tanzania"), ("Addis Ababa", "Ethiopia"), ("Dakar", "Senegal"),
    ("Abidjan", "Ivory Coast"), ("Kyiv", "Ukraine"), ("Karachi", "Pakistan"), ("Manila", "the Philippines"),
    ("Mexico City", "Mexico"), ("Warsaw", "Poland"), ("Lisbon", "Portugal"), ("Glasgow", "Britain"),
    ("Mombasa", "Kenya"), ("Kumasi", "Ghana"), ("Durban", "South Africa"), ("Lusaka", "Zambia"),
    ("Harare", "Zimbabwe"), ("Bamako", "Mali"), ("Khartoum", "Sudan"),
)


def _num(n: int) -> str:
    """Numbers as wire copy writes them: words up to ten, digits (with thousands commas) above."""
    return _WORDS[n] if 0 <= n <= 10 else f"{n:,}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


Gen = Callable[[random.Random], str]


def _deck(rng: random.Random, items: Sequence[str]) -> Gen:
    """Draw from ``items`` without replacement (cycling when used up): an article never repeats a quote."""
    order = list(items)
    rng.shuffle(order)
    state = {"i": -1}

    def draw(_: random.Random) -> str:
        state["i"] += 1
        return order[state["i"] % len(order)]

    return draw


class _Slots(dict[str, str]):
    """Template slots: the article's fixed facts plus values drawn fresh for each sentence on first use.

    ``{Key}`` is ``{key}`` with its first letter capitalised, so templates can start with any slot.
    """

    def __init__(self, base: dict[str, str], gens: dict[str, Gen], rng: random.Random) -> None:
        super().__init__(base)
        self._gens = gens
        self._rng = rng

    def __missing__(self, key: str) -> str:
        if key[:1].isupper():
            value = _cap(self[key[:1].lower() + key[1:]])
        elif key in self._gens:
            value = self._gens[key](self._rng)
        else:
            raise KeyError(key)
        self[key] = value
        return value


COMMON_GENS: dict[str, Gen] = {
    "n": lambda r: _num(r.randint(2, 9)),
    "n_big": lambda r: _num(r.randint(12, 90)),
    "year_past": lambda r: str(r.randint(2009, 2021)),
    "month": lambda r: r.choice(MONTHS),
    "ordinal": lambda r: r.choice(ORDINALS),
    "pct": lambda r: str(r.randint(4, 38)),
    "pct_small": lambda r: f"{r.randint(1, 4)}.{r.randint(1, 9)}",
    "person": _name,
    "person2": _name,
}


# Conflict theatres -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Theatre:
    """Facts about one conflict-affected country: real places, the armed groups and forces active there."""

    country: str
    capital: str
    places: tuple[tuple[str, str], ...]  # (town, region)
    attackers: tuple[tuple[str, str], ...]  # (first mention, later reference)
    named: tuple[str, ...]  # groups that claim or are blamed; empty: no claim templates
    forces: tuple[tuple[str, str], ...]  # (first mention, later reference)
    air: tuple[str, ...]  # who carries out air or drone strikes
    shellers: tuple[str, ...]  # who shells or fires missiles
    sources: tuple[str, ...]  # may contain {region} or {place}
    names: tuple[str, ...]
    scenarios: tuple[str, ...]
    start_year: int


_NG_NAMES = ("Musa Abdullahi", "Aisha Bello", "Ibrahim Lawan", "Fatima Umar", "Garba Danjuma", "Hauwa Ali",
             "Bulama Mustapha", "Samuel Dung")
_SAHEL_NAMES = ("Amadou Diallo", "Moussa Traoré", "Aminata Coulibaly", "Boureima Ouédraogo", "Issa Sawadogo",
                "Mariam Maïga", "Oumar Cissé", "Salif Kaboré")
_SOM_NAMES = ("Abdi Hassan", "Fadumo Ali", "Mohamed Farah Nur", "Hodan Abdullahi", "Ahmed Osman",
              "Omar Mohamud")

THEATRES: tuple[_Theatre, ...] = (
    _Theatre(
        "Nigeria", "Abuja",
        (("Konduga", "Borno State"), ("Gwoza", "Borno State"), ("Damboa", "Borno State"), ("Monguno", "Borno State"),
         ("Bama", "Borno State"), ("Maiduguri", "Borno State"), ("Gusau", "Zamfara State"), ("Anka", "Zamfara State"),
         ("Tsafe", "Zamfara State"), ("Dutsin-Ma", "Katsina State"), ("Bokkos", "Plateau State"),
         ("Mangu", "Plateau State"), ("Kajuru", "Kaduna State"), ("Agatu", "Benue State"), ("Shiroro", "Niger State"),
         ("Sabon Birni", "Sokoto State")),
        (("Boko Haram militants", "the militants"),
         ("fighters from Islamic State West Africa Province (ISWAP)", "the jihadists"),
         ("armed bandits", "the bandits"), ("gunmen", "the gunmen"), ("suspected jihadists", "the attackers")),
        ("Boko Haram", "ISWAP"),
        (("Nigerian troops", "the army"), ("soldiers and members of the Civilian Joint Task Force", "the troops"),
         ("police officers", "the police")),
        ("the Nigerian Air Force", "a military jet"), ("Boko Haram fighters",),
        ("a police spokesman in {region}", "a local government chairman", "a member of the Civilian Joint Task Force",
         "a senator representing the area", "the {region} government"),
        _NG_NAMES, ("raid", "raid", "ambush", "bomb", "airstrike", "abduction", "abduction"), 2009,
    ),
    _Theatre(
        "Mali", "Bamako",
        (("Mopti", "Mopti region"), ("Bandiagara", "Bandiagara region"), ("Djenné", "Mopti region"),
         ("Ségou", "Ségou region"), ("Niono", "Ségou region"), ("Gao", "Gao region"), ("Ménaka", "Ménaka region"),
         ("Timbuktu", "Timbuktu region"), ("Douentza", "Mopti region"), ("Kidal", "Kidal region"),
         ("Boni", "Mopti region"), ("Ansongo", "Gao region")),
        (("fighters of the al-Qaeda-linked JNIM", "the jihadists"),
         ("Islamic State Sahel Province fighters", "the attackers"), ("suspected jihadists", "the assailants"),
         ("armed men on motorcycles", "the gunmen")),
        ("JNIM", "Islamic State Sahel Province"),
        (("Malian soldiers", "the army"), ("Malian troops and Russian paramilitaries", "the troops")),
        ("the Malian army", "army drones"), ("suspected jihadists",),
        ("a local elected official", "a security source", "the governor of the {region}", "a village chief",
         "an official at the town hall in {place}"),
        _SAHEL_NAMES, ("raid", "raid", "ambush", "bomb", "airstrike", "abduction"), 2012,
    ),
    _Theatre(
        "Burkina Faso", "Ouagadougou",
        (("Djibo", "Sahel region"), ("Dori", "Sahel region"), ("Arbinda", "Sahel region"),
         ("Gorom-Gorom", "Sahel region"), ("Kaya", "Centre-Nord region"), ("Barsalogho", "Centre-Nord region"),
         ("Fada N'Gourma", "Est region"), ("Diapaga", "Est region"), ("Ouahigouya", "Nord region"),
         ("Titao", "Nord region"), ("Solenzo", "Boucle du Mouhoun region"), ("Nouna", "Boucle du Mouhoun region")),
        (("fighters of the al-Qaeda-linked JNIM", "the jihadists"),
         ("Islamic State Sahel Province fighters", "the militants"), ("armed men", "the assailants")),
        ("JNIM", "Islamic State Sahel Province"),
        (("Burkinabe soldiers and volunteer fighters", "the army"),
         ("members of the Volunteers for the Defence of the Homeland (VDP)", "the volunteers")),
        ("army drones", "the Burkinabe air force"), ("the militants",),
        ("a security source", "a local official", "a resident who fled to {region}", "the regional governor"),
        _SAHEL_NAMES, ("raid", "raid", "ambush", "ambush", "bomb", "abduction"), 2015,
    ),
    _Theatre(
        "Niger", "Niamey",
        (("Tillabéri", "Tillabéri region"), ("Ouallam", "Tillabéri region"), ("Téra", "Tillabéri region"),
         ("Banibangou", "Tillabéri region"), ("Diffa", "Diffa region"), ("Tahoua", "Tahoua region")),
        (("Islamic State Sahel Province fighters", "the jihadists"), ("suspected jihadists", "the attackers"),
         ("armed men on motorcycles", "the gunmen")),
        ("Islamic State Sahel Province", "JNIM"),
        (("Nigerien soldiers", "the army"), ("Nigerien troops", "the troops")),
        ("the Nigerien army",), ("the militants",),
        ("the defence ministry", "a local official", "a security source", "a local councillor in {place}"),
        _SAHEL_NAMES, ("raid", "ambush", "ambush", "abduction"), 2015,
    ),
    _Theatre(
        "Somalia", "Mogadishu",
        (("Mogadishu", "Banadir region"), ("Baidoa", "Bay region"), ("Beledweyne", "Hiiraan region"),
         ("Kismayo", "Lower Juba region"), ("Afgoye", "Lower Shabelle region"), ("Marka", "Lower Shabelle region"),
         ("Jowhar", "Middle Shabelle region"), ("Bulo Burte", "Hiiraan region"), ("Dhusamareb", "Galgaduud region"),
         ("Galkayo", "Mudug region"), ("Adale", "Middle Shabelle region")),
        (("al-Shabaab militants", "the militants"), ("al-Shabaab fighters", "the insurgents"),
         ("gunmen", "the gunmen")),
        ("al-Shabaab",),
        (("Somali government forces", "the army"), ("Somali troops backed by clan militias", "the troops"),
         ("African Union peacekeepers", "the peacekeepers")),
        ("US forces", "the Somali military"), ("al-Shabaab militants",),
        ("a police officer in {place}", "a local elder", "the district commissioner", "an ambulance service",
         "a security official"),
        _SOM_NAMES, ("bomb", "bomb", "raid", "ambush", "airstrike", "shelling"), 2007,
    ),
    _Theatre(
        "Kenya", "Nairobi",
        (("Mandera", "Mandera County"), ("Elwak", "Mandera County"), ("Lamu", "Lamu County"),
         ("Mpeketoni", "Lamu County"), ("Garissa", "Garissa County"), ("Wajir", "Wajir County"),
         ("Kapedo", "Turkana County"), ("Tot", "Elgeyo-Marakwet County"), ("Tiaty", "Baringo County")),
        (("al-Shabaab militants", "the militants"), ("armed bandits", "the bandits"),
         ("suspected cattle rustlers", "the raiders")),
        ("al-Shabaab",),
        (("Kenyan police officers", "the police"), ("Kenya Defence Forces soldiers", "the military")),
        ("the Kenyan military",), ("the militants",),
        ("the {region} police commander", "a local chief", "the regional commissioner", "a Red Cross official"),
        ("Peter Kamau", "Mary Wanjiru", "Hassan Abdi", "Joseph Otieno", "Halima Adan", "Kevin Lokwang"),
        ("raid", "raid", "bomb", "ambush", "abduction"), 2011,
    ),
    _Theatre(
        "the Democratic Republic of Congo", "Kinshasa",
        (("Beni", "North Kivu province"), ("Butembo", "North Kivu province"), ("Oicha", "North Kivu province"),
         ("Lubero", "North Kivu province"), ("Rutshuru", "North Kivu province"), ("Masisi", "North Kivu province"),
         ("Goma", "North Kivu province"), ("Bunia", "Ituri province"), ("Djugu", "Ituri province"),
         ("Mambasa", "Ituri province"), ("Uvira", "South Kivu province"), ("Fizi", "South Kivu province")),
        (("fighters from the Allied Democratic Forces (ADF)", "the rebels"), ("M23 rebels", "the rebels"),
         ("CODECO militiamen", "the militiamen"), ("Mai-Mai militiamen", "the militia")),
        ("the ADF", "M23", "CODECO"),
        (("Congolese soldiers", "the army"), ("the Congolese army and allied Wazalendo fighters", "the army"),
         ("UN peacekeepers", "the peacekeepers")),
        ("the Congolese army",), ("M23 rebels", "the Congolese army"),
        ("a civil society leader in {place}", "the territory administrator", "an army spokesman",
         "a local chief", "a Red Cross volunteer"),
        ("Jean-Paul Kambale", "Espérance Masika", "Patrick Muhindo", "Kahindo Furaha", "Didier Lonema",
         "Grace Kavira"),
        ("raid", "raid", "ambush", "shelling", "abduction", "airstrike"), 2014,
    ),
    _Theatre(
        "Sudan", "Port Sudan",
        (("El Fasher", "North Darfur state"), ("Um Kadada", "North Darfur state"), ("Nyala", "South Darfur state"),
         ("El Geneina", "West Darfur state"), ("Omdurman", "Khartoum state"), ("Khartoum North", "Khartoum state"),
         ("Wad Madani", "Al Jazirah state"), ("El Obeid", "North Kordofan state"),
         ("Kadugli", "South Kordofan state"), ("Sennar", "Sennar state"), ("Babanusa", "West Kordofan state")),
        (("the paramilitary Rapid Support Forces (RSF)", "the RSF"), ("RSF fighters", "the paramilitaries"),
         ("armed men in military uniform", "the gunmen")),
        ("the RSF",),
        (("the Sudanese army", "the army"), ("Sudanese Armed Forces (SAF) soldiers", "the army")),
        ("the Sudanese army", "an army drone"), ("the RSF", "the army"),
        ("a local resistance committee", "a doctors' group", "a medic at the main hospital in {place}",
         "an activist", "a UN official"),
        ("Adam Ishaq", "Mohamed Abdelrahman", "Amna Yousif", "Ibrahim Adam", "Khadija Osman", "Ahmed Babiker"),
        ("raid", "raid", "shelling", "shelling", "airstrike", "ambush"), 2023,
    ),
    _Theatre(
        "Syria", "Damascus",
        (("Idlib", "Idlib governorate"), ("Ariha", "Idlib governorate"), ("Aleppo", "Aleppo governorate"),
         ("Manbij", "Aleppo governorate"), ("Deir ez-Zor", "Deir ez-Zor governorate"),
         ("Al-Bukamal", "Deir ez-Zor governorate"), ("Raqqa", "Raqqa governorate"), ("Daraa", "Daraa governorate"),
         ("Homs", "Homs governorate"), ("Sweida", "Sweida governorate"), ("Qamishli", "Hasakah governorate")),
        (("Islamic State cells", "the militants"), ("gunmen", "the gunmen"),
         ("fighters of a local armed faction", "the fighters")),
        ("the Islamic State group",),
        (("Syrian security forces", "security forces"),
         ("the Kurdish-led Syrian Democratic Forces (SDF)", "the SDF")),
        ("Turkish drones", "unidentified warplanes"), ("Turkish-backed factions", "government forces"),
        ("a war monitor", "a local activist", "state media", "a medical source", "the civil defence"),
        ("Ahmad al-Hussein", "Khaled Ibrahim", "Mariam Haddad", "Omar al-Ali", "Rami Suleiman", "Yasmin Khalil"),
        ("bomb", "bomb", "raid", "airstrike", "shelling", "ambush"), 2011,
    ),
    _Theatre(
        "Afghanistan", "Kabul",
        (("Kabul", "Kabul province"), ("Jalalabad", "Nangarhar province"), ("Kunduz", "Kunduz province"),
         ("Mazar-i-Sharif", "Balkh province"), ("Kandahar", "Kandahar province"), ("Herat", "Herat province"),
         ("Pul-e-Khumri", "Baghlan province"), ("Khost", "Khost province"), ("Faizabad", "Badakhshan province"),
         ("Ghazni", "Ghazni province"), ("Barmal", "Paktika province")),
        (("Islamic State Khorasan (IS-K) militants", "the militants"), ("gunmen", "the gunmen"),
         ("fighters of the National Resistance Front", "the resistance fighters")),
        ("Islamic State Khorasan",),
        (("Taliban security forces", "the Taliban"), ("Taliban fighters", "Taliban forces")),
        ("Pakistani warplanes",), ("Pakistani forces",),
        ("a Taliban spokesman", "the provincial police", "a health official", "a local elder", "a hospital official"),
        ("Abdul Rahman Ahmadi", "Gul Mohammad", "Zabihullah Karimi", "Farida Sultani", "Shafiqullah Noori"),
        ("bomb", "bomb", "bomb", "raid", "airstrike", "ambush"), 2015,
    ),
    _Theatre(
        "Yemen", "Aden",
        (("Marib", "Marib governorate"), ("Taiz", "Taiz governorate"), ("Hodeidah", "Hodeidah governorate"),
         ("Aden", "Aden governorate"), ("Saada", "Saada governorate"), ("Al Bayda", "Al Bayda governorate"),
         ("Ataq", "Shabwa governorate"), ("Zinjibar", "Abyan governorate"), ("Mudiyah", "Abyan governorate"),
         ("Al Dhale", "Al Dhale governorate"), ("Hajjah", "Hajjah governorate")),
        (("Houthi fighters", "the Houthis"), ("al-Qaeda in the Arabian Peninsula (AQAP) militants", "the militants"),
         ("gunmen", "the gunmen")),
        ("AQAP", "the Houthis"),
        (("government troops", "the troops"), ("forces of the Southern Transitional Council", "the STC forces")),
        ("US warplanes", "the Saudi-led coalition"), ("Houthi forces",),
        ("a military official", "a medical source", "a tribal leader", "a local official in {place}",
         "the Houthi-run health ministry"),
        ("Abdullah al-Ahmadi", "Mohammed Saleh", "Fatima al-Shami", "Ali Qassem", "Nabil al-Maqtari"),
        ("shelling", "shelling", "bomb", "ambush", "airstrike", "raid"), 2014,
    ),
    _Theatre(
        "Myanmar", "Naypyidaw",
        (("Sittwe", "Rakhine State"), ("Kyauktaw", "Rakhine State"), ("Lashio", "Shan State"),
         ("Kutkai", "Shan State"), ("Myawaddy", "Kayin State"), ("Hpakant", "Kachin State"),
         ("Bhamo", "Kachin State"), ("Loikaw", "Kayah State"), ("Mindat", "Chin State"),
         ("Monywa", "Sagaing Region"), ("Kani", "Sagaing Region"), ("Pauk", "Magway Region")),
        (("fighters of the Arakan Army", "the rebels"),
         ("members of a local People's Defence Force", "the resistance fighters"),
         ("Kachin Independence Army fighters", "the KIA")),
        ("the Arakan Army", "the People's Defence Force"),
        (("Myanmar troops", "the military"), ("junta soldiers", "the junta")),
        ("the Myanmar military", "junta aircraft"), ("the military", "junta artillery units"),
        ("a local rescue group", "a resident", "an independent media outlet", "a spokesman for the local rebels",
         "a relief worker"),
        ("Ko Zaw Min", "Ma Thandar", "U Tun Aung", "Daw Khin May", "Saw Htoo", "Nang Seng"),
        ("airstrike", "airstrike", "shelling", "ambush", "raid"), 2021,
    ),
    _Theatre(
        "Ukraine", "Kyiv",
        (("Kharkiv", "Kharkiv region"), ("Kupiansk", "Kharkiv region"), ("Kherson", "Kherson region"),
         ("Zaporizhzhia", "Zaporizhzhia region"), ("Dnipro", "Dnipropetrovsk region"),
         ("Nikopol", "Dnipropetrovsk region"), ("Odesa", "Odesa region"), ("Sumy", "Sumy region"),
         ("Pokrovsk", "Donetsk region"), ("Kramatorsk", "Donetsk region"), ("Kostiantynivka", "Donetsk region"),
         ("Chernihiv", "Chernihiv region")),
        (("Russian forces", "Russian forces"),),
        (),
        (("Ukrainian troops", "Ukrainian forces"),),
        ("Russian forces",), ("Russian forces",),
        ("the regional governor", "the state emergency service", "the head of the {region} military administration",
         "the mayor of {place}", "Ukraine's interior minister"),
        ("Olena Kovalenko", "Serhiy Bondarenko", "Ihor Melnyk", "Tetiana Shevchuk", "Andriy Tkachenko"),
        ("shelling", "shelling", "airstrike"), 2022,
    ),
    _Theatre(
        "Mozambique", "Maputo",
        (("Macomia", "Cabo Delgado province"), ("Mocímboa da Praia", "Cabo Delgado province"),
         ("Ancuabe", "Cabo Delgado province"), ("Palma", "Cabo Delgado province"),
         ("Muidumbe", "Cabo Delgado province"), ("Chiure", "Cabo Delgado province")),
        (("Islamic State-linked insurgents", "the insurgents"), ("armed men", "the attackers")),
        ("Islamic State Mozambique",),
        (("Mozambican soldiers", "the army"), ("Rwandan and Mozambican troops", "the troops")),
        ("the Mozambican air force",), ("the insurgents",),
        ("a local administrator", "a community leader", "a church official", "a humanitarian source"),
        ("Armando Cossa", "Fátima Mussa", "Abdala Sualehe", "Lúcia Namashulua"),
        ("raid", "raid", "ambush", "abduction"), 2017,
    ),
    _Theatre(
        "Cameroon", "Yaoundé",
        (("Bamenda", "North-West region"), ("Kumbo", "North-West region"), ("Buea", "South-West region"),
         ("Mamfe", "South-West region"), ("Kolofata", "Far North region"), ("Mora", "Far North region")),
        (("separatist fighters", "the separatists"), ("Boko Haram militants", "the militants")),
        ("Boko Haram", "the separatist Ambazonia Defence Forces"),
        (("Cameroonian soldiers", "the army"), ("members of the elite Rapid Intervention Battalion", "the troops")),
        ("the Cameroonian army",), ("the militants",),
        ("a local mayor", "a regional official", "a rights activist", "the army"),
        ("Emmanuel Nkwenti", "Blessing Ngum", "Alhadji Oumarou", "Bertrand Fon"),
        ("raid", "raid", "ambush", "bomb", "abduction"), 2016,
    ),
    _Theatre(
        "Ethiopia", "Addis Ababa",
        (("Bahir Dar", "Amhara region"), ("Gondar", "Amhara region"), ("Debre Markos", "Amhara region"),
         ("Lalibela", "Amhara region"), ("Nekemte", "Oromia region"), ("Shashamane", "Oromia region")),
        (("Fano militiamen", "the militiamen"), ("fighters of the Oromo Liberation Army (OLA)", "the rebels")),
        ("Fano", "the OLA"),
        (("Ethiopian federal troops", "the army"), ("soldiers of the Ethiopian National Defence Force", "the army")),
        ("an Ethiopian army drone", "the Ethiopian military"), ("the army",),
        ("a health worker", "a local official", "a resident", "a humanitarian source"),
        ("Tesfaye Alemu", "Meseret Bekele", "Getachew Mengistu", "Hirut Tadesse"),
        ("raid", "ambush", "airstrike", "abduction"), 2019,
    ),
)

GENERIC_SOURCES = ("a local official", "a security source", "a hospital official", "residents",
                   "a community leader", "an aid worker in the area", "local authorities", "a military source")
RAID_VICTIMS = ("villagers", "farmers", "civilians", "worshippers", "traders", "herders", "people")
ABDUCTED = ("students", "passengers", "farmers", "women and children", "worshippers", "villagers")
VENUES = ("mosque", "church", "weekly market", "village square", "cattle market", "gold mining site",
          "wedding ceremony", "funeral")
BOMB_SITES = ("busy market", "police checkpoint", "restaurant", "hotel", "bus station", "mosque", "tea shop",
              "government office")
STRIKE_TARGETS = ("market", "village", "school compound", "residential building", "camp for displaced people",
                  "gathering of fighters", "fuel depot")
SETTLEMENTS = ("village", "town", "farming community", "district")
OCCUPATIONS = ("farmer", "trader", "teacher", "nurse", "shopkeeper", "mechanic", "herder", "student",
               "mother of four", "taxi driver", "local councillor")
WEAPONS = ("rifles and ammunition", "motorcycles and mobile phones", "explosives and detonators",
           "a cache of weapons", "bomb-making materials")
AGENCIES = ("the World Food Programme", "UNICEF", "the UN refugee agency", "Médecins Sans Frontières",
            "the International Committee of the Red Cross", "the Norwegian Refugee Council",
            "the International Rescue Committee", "the UN humanitarian office (OCHA)")
MONITORS = ("ACLED, a crisis-monitoring group", "a UN monitoring mission", "a local rights group",
            "an independent conflict monitor")
MEDIATORS = ("the African Union", "regional leaders", "the United Nations", "Qatar", "religious leaders")
TIMES = ("dawn", "midnight", "5 a.m.", "evening prayers", "nightfall", "10 p.m.")
GRIEF_QUOTES = (
    "We heard shooting from every direction and ran into the bush with the children",
    "They came when people were sleeping. Nobody came to help us until the morning",
    "The whole village is empty now. People are afraid to go back",
    "My brother was among those killed. He was only going to the market",
    "We have been begging for soldiers to be stationed here for months",
    "There is no food and no medicine here, and the wounded are still arriving",
    "I lost everything. My house, my shop, my animals, all of it was burned",
    "We buried them the same day. There was no time even to mourn",
)
OFFICIAL_QUOTES = (
    "The perpetrators of this cowardly act will be hunted down and brought to justice",
    "Security has been reinforced in the area and the situation is now under control",
    "We urge residents to remain calm and to report any suspicious movement to the authorities",
    "Our forces are pursuing the attackers and we will not rest until they are found",
    "This attack on innocent civilians shows the true face of these criminals",
)

# Templates: {attacker} etc. are the article's facts; {n}, {person}... are drawn for each sentence.
LEDES: dict[str, tuple[str, ...]] = {
    "raid": (
        "{Attacker} killed {toll_w} {victims} in an attack on {place} in {region} on {day}, {source} said.",
        "At least {toll_w} {victims} were killed when {attacker} stormed {place}, a {settlement} in {region}, "
        "on {day} night, {source} told reporters.",
        "{Attacker} on {day} raided {place} in {country_s} {region}, shooting dead {toll_w} {victims} and "
        "setting fire to dozens of homes, according to {source}.",
        "{Source} said {toll_w} {victims} died after {attacker} opened fire at a {venue} in {place}, {region}, "
        "on {day}.",
        "Gunfire rang out before dawn on {day} as {attacker} swept into {place}, killing at least {toll_w} "
        "{victims}, {source} said.",
    ),
    "ambush": (
        "{Attacker} ambushed a military convoy near {place} in {region} on {day}, killing {toll_w} soldiers, "
        "{source} said.",
        "Heavy fighting broke out between {forces} and {attacker} around {place} on {day}, leaving at least "
        "{toll_w} people dead, {source} said.",
        "{Forces} said they had repelled an attack by {attacker} on a base in {place}, {region}, on {day}, "
        "killing {n_fighters} of the assailants while losing {toll_w} of their own.",
        "{Source} said {toll_w} soldiers and an unknown number of fighters were killed in clashes between "
        "{forces} and {attacker} outside {place} on {day}.",
    ),
    "bomb": (
        "A bomb exploded at a {bomb_site} in {place} on {day}, killing at least {toll_w} people and wounding "
        "{injured_w} others, {source} said.",
        "A suicide bomber blew himself up at a {bomb_site} in {place}, {region}, on {day}, killing {toll_w} "
        "people, according to {source}.",
        "At least {toll_w} people were killed on {day} when a car bomb went off near a {bomb_site} in {place}, "
        "{source} said.",
        "A roadside bomb struck a minibus carrying passengers outside {place} on {day}, killing {toll_w} and "
        "injuring {injured_w}, {source} said.",
    ),
    "airstrike": (
        "{Air} carried out an air strike on {place} in {region} on {day}, killing at least {toll_w} people, "
        "{source} said.",
        "A drone strike hit a {strike_target} in {place} on {day}, killing {toll_w} civilians, according to "
        "{source}, who blamed {air}.",
        "At least {toll_w} people died when warplanes bombed {place}, a {settlement} in {region}, on {day}, "
        "{source} said, blaming {air}.",
    ),
    "shelling": (
        "{Sheller} shelled residential areas of {place} on {day}, killing {toll_w} people and wounding "
        "{injured_w}, {source} said.",
        "Missiles slammed into {place} overnight into {day}, killing at least {toll_w} people and damaging "
        "dozens of buildings, {source} said, blaming {sheller}.",
        "Artillery fire hit a crowded market in {place}, {region}, on {day}, killing {toll_w} civilians, "
        "according to {source}, who said the shells were fired by {sheller}.",
    ),
    "abduction": (
        "{Attacker} abducted {abducted_w} {abd_victims} from {place} in {region} on {day}, killing {toll_w} "
        "people who tried to resist, {source} said.",
        "Gunmen kidnapped {abducted_w} {abd_victims} and killed {toll_w} others in a raid on {place} on "
        "{day}, according to {source}.",
        "{Source} said {attacker} seized {abducted_w} {abd_victims} travelling on the road between {place} and "
        "{place2} on {day}, and shot dead {toll_w} who tried to flee.",
    ),
}
DETAILS: dict[str, tuple[str, ...]] = {
    "raid": (
        "The attackers arrived on motorcycles shortly after {time} and went from house to house before "
        "setting the market on fire, {source2} said.",
        "Witnesses said the assailants, numbering about {n_big}, fired indiscriminately and looted livestock "
        "and food stores before withdrawing towards the border.",
        "Many of the victims were farmers returning from their fields, a resident told {outlet}.",
    ),
    "ambush": (
        "The attackers used heavy machine guns mounted on pickup trucks, {source2} said.",
        "{Forces_ref} said they later called in air support and recovered weapons and {n} motorcycles "
        "abandoned by the attackers.",
        "The fighting lasted several hours and forced hundreds of residents to flee towards {place2}.",
    ),
    "bomb": (
        "The area was packed with shoppers moments before the blast, which shattered windows several "
        "streets away.",
        "Police cordoned off the area as ambulances ferried the wounded to hospitals across {place}.",
        "Images from the scene showed burned-out cars and debris scattered across the road.",
    ),
    "airstrike": (
        "Residents said the aircraft circled for several minutes before dropping its bombs, and that most of "
        "the dead were women and children.",
        "{Air} said in a statement that it had targeted a gathering of fighters and had no information about "
        "civilian casualties.",
        "The strike flattened several houses, and neighbours dug through the rubble with their hands.",
    ),
    "shelling": (
        "Emergency workers pulled survivors from the rubble of a damaged apartment block through the night.",
        "Residents said {place} had been shelled almost daily in recent weeks.",
        "The shelling also cut power and water supplies to several neighbourhoods.",
    ),
    "abduction": (
        "It was not immediately clear whether a ransom had been demanded.",
        "Relatives said the kidnappers had contacted them by phone and demanded money for their release.",
        "Local vigilantes pursued the kidnappers into the forest but were forced back, {source2} said.",
    ),
}
# Follow-ups. One claim template and one or two toll updates per article (a group does not both claim and
# deny); GROUND templates need attackers on the ground, STRIKE ones an air strike or shelling.
TOLL_UPDATES: tuple[str, ...] = (
    "The death toll later rose to {toll2_w} after {n_died_w} of the wounded died in hospital, {source2} said "
    "on {day_next}.",
    "By {day_next} evening the toll had climbed to {toll2_w}, with more bodies recovered from the area around "
    "{place}.",
    "{Source2} gave a higher toll of {toll2_w}, saying several victims had been buried by relatives before "
    "officials arrived.",
    "A local lawmaker representing the area put the number of dead at {toll_high}, but the figure could not be "
    "independently verified.",
)
CLAIMS: tuple[str, ...] = (
    "{Named_group} claimed responsibility for the attack in a statement posted on its messaging channels, "
    "saying it had targeted people who collaborated with the authorities.",
    "No group immediately claimed responsibility, but suspicion fell on {named_group}, which is active in "
    "{region}.",
    "{Named_group} denied any involvement in a statement on {day_next} and blamed rival fighters for the "
    "killings.",
    "There was no immediate claim of responsibility, but officials blamed {named_group}, which has carried out "
    "similar attacks in {region}.",
)
FOLLOWUP: tuple[str, ...] = (
    "“{grief},” said {witness}, a {occupation} from {place}.",
    "“{grief},” {witness}, who fled to {place2}, told {outlet} by telephone.",
    "Hospital officials in {place2} said they were treating {injured_w} people, {n} of them in critical "
    "condition.",
    "The Red Cross said its teams had evacuated {injured_w} wounded people and helped recover the bodies.",
    "Some of the victims were buried on {day_next} in a mass funeral attended by hundreds of mourners.",
    "{Source2} said {n_missing_w} people were still missing and that search teams were combing the "
    "surrounding area.",
    "Footage shared on social media, which could not be verified, showed burned houses and bodies lying in "
    "the street.",
    "The government declared {n} days of mourning and ordered flags to fly at half-mast.",
    "The governor of {region} visited {place} on {day_next} and promised compensation to the families of the "
    "victims.",
    "It was one of the deadliest attacks in {region} this year, {source2} said.",
    "Residents of nearby villages said they had fled to {place2} fearing further attacks.",
    "Local leaders said the dead included {n} children and several elderly people.",
    "“{official_quote},” {official} told reporters in {capital}.",
    "Relatives gathered outside the morgue in {place2} on {day_next}, waiting to identify the dead.",
)
GROUND_FOLLOWUP: tuple[str, ...] = (
    "{Forces_ref} denied reports that reinforcements had been slow to arrive, saying soldiers reached {place} "
    "within hours.",
    "{Forces_ref} said they had arrested {n_arrest_w} suspects in connection with the attack and seized "
    "{weapons}.",
    "Police said {n_arrest_w} people were in custody and that an investigation was under way.",
    "{Official}, a military spokesman, said troops had been deployed to the area and were pursuing the "
    "attackers.",
    "Survivors said the attackers had warned residents weeks earlier to stop cooperating with {forces_ref}.",
    "{Forces_ref} said that in a follow-up operation they had killed {n_fighters} of the attackers and freed "
    "several hostages.",
    "Security sources said the attackers were believed to have retreated to hideouts near {place2}.",
    "{Forces_ref} said they had launched operations in the area and urged residents to cooperate with troops.",
)
STRIKE_FOLLOWUP: tuple[str, ...] = (
    "Rescue teams were still searching the rubble for survivors on {day_next}, {source2} said.",
    "The strike destroyed or damaged {n_big} homes, a school and a health centre, according to {source2}.",
    "{Striker} did not respond to requests for comment.",
    "Residents said there had been no warning before the attack and that no fighters were in the area.",
    "Power lines were brought down and several streets were left without electricity, {source2} said.",
    "Volunteers brought water and blankets to families whose homes had been destroyed.",
    "Photographs from the scene showed a crater several metres wide where a house had stood.",
    "Doctors at the main hospital in {place} said they had run out of beds and were treating patients in the "
    "corridors.",
)
BACKGROUND: tuple[str, ...] = (
    "The United Nations says more than {displaced} people have been displaced in {country}, many of them "
    "living in crowded camps or with relatives.",
    "{Agency} has appealed for {aid_amount} to provide food, shelter and medical care to families who fled "
    "the violence, but says the appeal is only {pct} percent funded.",
    "Opposition politicians accused the government of failing to protect civilians and called for the "
    "security chiefs to be replaced.",
    "The president condemned the killings in a statement and said he had ordered security agencies to step "
    "up operations in the area.",
    "Humanitarian access to large parts of {region} is restricted, and aid convoys are often forced to "
    "travel with military escorts.",
    "Schools in several districts of {region} have been closed for months because of insecurity, leaving "
    "thousands of children out of class.",
    "According to {monitor}, more than {yearly_deaths} people were killed in political violence in {country} "
    "last year.",
    "Farmers say they can no longer reach their fields, and prices of staple foods in local markets have "
    "nearly doubled.",
    "The European Union and the United States expressed concern about the deteriorating situation in "
    "{country}.",
    "The UN Security Council is due to discuss the situation in {country} later this month.",
    "Mobile phone networks in parts of {region} have been cut for weeks, making it difficult to verify "
    "reports from the area.",
    "Rights groups called for an independent investigation and for those responsible to be held to account.",
    "The conflict, which began in {start_year}, has forced more than {displaced} people from their homes and "
    "devastated the local economy.",
    "Doctors in {place2} say the main hospital is running short of blood, surgical supplies and fuel for its "
    "generators.",
    "Thousands of people from {region} have sought refuge in {capital} and other cities, where many live "
    "with relatives or in informal settlements.",
    "The authorities have restricted movement at night in parts of {region}.",
    "Donors have pledged support for reconstruction, but little of the money has arrived.",
)
INSURGENCY_BACKGROUND: tuple[str, ...] = (
    "{Named_group} has been fighting in {region} since {start_year}, and thousands of people have been "
    "killed in the violence.",
    "In {year_past}, the group seized {place2} and held it for several months before being driven out by the "
    "army.",
    "Analysts say armed groups have exploited disputes over land and grazing rights, as well as the weak "
    "presence of the state in rural areas.",
    "Talks between the government and armed groups, brokered by {mediator}, stalled last year.",
    "The security forces are stretched thin, fighting on several fronts, and rights groups have accused "
    "some units of abuses against civilians, which the government denies.",
    "The government in {capital} has repeatedly promised to restore security and has recruited thousands of "
    "volunteers to support the army.",
    "The road between {place} and {place2} is one of the most dangerous in the region, and traders say they "
    "now travel only in convoys.",
    "Aid workers say malnutrition rates among children under five in the camps around {place2} have reached "
    "emergency levels.",
    "Diplomats in {capital} said the latest violence would complicate efforts to hold elections next year.",
    "Religious and community leaders have called for calm and urged young men not to take revenge.",
    "In {year_past}, a peace deal signed in {capital} briefly reduced the fighting, but it collapsed within "
    "months.",
)
UKRAINE_FOLLOWUP: tuple[str, ...] = (
    "Russia's defence ministry said its forces had struck military targets in the {region} and did not "
    "mention civilian casualties.",
    "Ukraine's air force said it had shot down {n_big} of the drones launched overnight, but several got "
    "through air defences.",
)
UKRAINE_BACKGROUND: tuple[str, ...] = (
    "Ukraine's president renewed appeals to Western allies for more air defence systems.",
    "Moscow denies targeting civilians, saying it strikes only military and energy infrastructure.",
    "Russia launched its full-scale invasion of Ukraine in February 2022.",
    "Energy facilities have been hit repeatedly, causing power cuts across much of the country.",
    "Officials have urged residents of front-line towns to evacuate, but many elderly people have refused to "
    "leave.",
    "The UN human rights monitoring mission says thousands of civilians have been killed since the invasion "
    "began.",
    "Peace efforts have made little progress, with both sides setting conditions the other rejects.",
)
SEPARATE: tuple[str, ...] = (
    "In a separate incident on {day_other}, {attacker2} killed {n_sep_w} people in {place3}, {source3} said.",
    "Elsewhere in {region}, {n_sep_w} people were wounded on {day_other} when a bomb exploded near a market in "
    "{place3}, according to {source3}.",
    "Also on {day_other}, {forces2} said they had killed {n_sep_w} fighters in an operation near {place3}.",
)
CONFLICT_TITLES: dict[str, tuple[str, ...]] = {
    "raid": ("{Attacker_short} kill {toll} in raid on {place}", "{Toll} {victims} killed as gunmen raid "
             "{place}", "{Country_t}: {toll} dead in attack in {region}"),
    "ambush": ("Deadly fighting near {place}", "{Country_t}: deadly clashes near {place}",
               "{Toll} killed in fighting near {place}"),
    "bomb": ("Bomb blast kills {toll} in {place}", "{Toll} killed as explosion hits {place} {bomb_site}",
             "Suicide attack in {place} leaves {toll} dead"),
    "airstrike": ("Air strike on {place} kills {toll}, residents say", "{Country_t}: civilians among dead in "
                  "{place} strike"),
    "shelling": ("Shelling of {place} kills {toll}", "{Toll} dead in attack on {place}"),
    "abduction": ("Gunmen abduct {abducted} in {place}", "{Abducted} kidnapped, {toll} killed in raid on {place}"),
}


def _conflict(rng: random.Random, published: dt.date, outlet: str) -> tuple[str, list[str], list[list[str]]]:
    """Title, lede sentences and the sections (details+follow-up, background) of one conflict report."""
    th = rng.choice(THEATRES)
    scenario = rng.choice(th.scenarios)
    (place, region), (place2, _), (place3, _) = rng.sample(th.places, 3)
    attacker, attacker_ref = rng.choice(th.attackers)
    forces, forces_ref = rng.choice(th.forces)
    lag = rng.randint(0, 2)
    day_i = (published - dt.timedelta(days=lag)).weekday()
    toll = rng.randint(2, 12) if rng.random() < 0.7 else rng.randint(13, 70)
    died = rng.randint(1, 9)
    injured = rng.randint(toll // 2 + 2, toll * 2 + 6)
    abducted = rng.randint(5, 120)
    names = th.names
    place_fill = {"region": region, "place": place}
    sources = [s.format(**place_fill) for s in th.sources] + list(GENERIC_SOURCES)
    source, source2, source3 = rng.sample(sources, 3)
    base = {
        "attacker": attacker, "attacker_ref": attacker_ref, "forces": forces, "forces_ref": forces_ref,
        "attacker_short": attacker_ref.removeprefix("the ").title() if attacker_ref.startswith("the ")
        else attacker_ref,
        "place": place, "region": region, "place2": place2, "place3": place3, "country": th.country,
        "country_s": th.country + "'s" if not th.country.endswith("s") else th.country + "'",
        "country_t": _cap(th.country.removeprefix("the ")), "capital": th.capital,
        "day": DAYS[day_i], "day_next": DAYS[(day_i + 1) % 7], "day_other": DAYS[(day_i + 6) % 7],
        "toll": str(toll), "toll_w": _num(toll), "toll2_w": _num(toll + died), "n_died_w": _num(died),
        "toll_high": _num(toll + died + rng.randint(3, 15)), "injured_w": _num(injured),
        "abducted": str(abducted), "abducted_w": _num(abducted),
        "victims": rng.choice(RAID_VICTIMS), "abd_victims": rng.choice(ABDUCTED), "venue": rng.choice(VENUES),
        "bomb_site": rng.choice(BOMB_SITES), "strike_target": rng.choice(STRIKE_TARGETS),
        "settlement": rng.choice(SETTLEMENTS), "air": rng.choice(th.air), "sheller": rng.choice(th.shellers),
        "source": source, "source2": source2, "source3": source3, "outlet": outlet,
        # the attacker's own group when the lede names it, otherwise a group active in the country
        "named_group": next((g for g in th.named if g.removeprefix("the ") in attacker), "")
        or (rng.choice(th.named) if th.named else ""),
        "start_year": str(th.start_year), "n_fighters": _num(rng.randint(5, 40)),
        "displaced": f"{rng.randint(2, 40) * 50_000:,}", "yearly_deaths": f"{rng.randint(8, 90) * 100:,}",
        "official": rng.choice(names), "striker": rng.choice(th.air) if scenario == "airstrike"
        else rng.choice(th.shellers),
    }
    attacker2 = rng.choice(th.attackers)[0]
    forces2 = rng.choice(th.forces)[0]
    gens: dict[str, Gen] = {
        **COMMON_GENS,
        "witness": lambda r: r.choice(names), "occupation": lambda r: r.choice(OCCUPATIONS),
        "grief": _deck(rng, GRIEF_QUOTES), "official_quote": _deck(rng, OFFICIAL_QUOTES),
        "weapons": lambda r: r.choice(WEAPONS), "agency": lambda r: r.choice(AGENCIES),
        "monitor": lambda r: r.choice(MONITORS), "mediator": lambda r: r.choice(MEDIATORS),
        "time": lambda r: r.choice(TIMES), "n_arrest_w": lambda r: _num(r.randint(2, 15)),
        "n_missing_w": lambda r: _num(r.randint(3, 30)), "n_sep_w": lambda r: _num(r.randint(2, 9)),
        "aid_amount": lambda r: f"${r.randint(40, 900)} million", "attacker2": lambda r: attacker2,
        "forces2": lambda r: forces2,
    }
    fill = _filler(rng, base, gens)
    title = fill(rng.choice(CONFLICT_TITLES[scenario]))
    lede = [fill(rng.choice(LEDES[scenario]))]
    details = list(DETAILS[scenario])
    if rng.random() < 0.4:
        lede.append(fill(details.pop(rng.randrange(len(details)))))
    strike = scenario in ("airstrike", "shelling")
    follow = list(FOLLOWUP) + details + rng.sample(TOLL_UPDATES, rng.randint(1, 2))
    follow += STRIKE_FOLLOWUP if strike else GROUND_FOLLOWUP
    background = list(BACKGROUND)
    if th.named:
        follow.append(rng.choice(CLAIMS))
        background += INSURGENCY_BACKGROUND
    else:
        follow += UKRAINE_FOLLOWUP
        background += UKRAINE_BACKGROUND
    sections = [_draw(rng, fill, follow), _draw(rng, fill, background)]
    if rng.random() < 0.3:
        sections.insert(1, [fill(rng.choice(SEPARATE))])
    return title, lede, sections


def _filler(rng: random.Random, base: dict[str, str], gens: dict[str, Gen]) -> Callable[[str], str]:
    def fill(template: str) -> str:
        return _cap(template.format_map(_Slots(base, gens, rng)))

    return fill


def _draw(rng: random.Random, fill: Callable[[str], str], pool: Sequence[str]) -> list[str]:
    """All templates of a pool, filled, in random order (the composer takes as many as it needs)."""
    order = list(pool)
    rng.shuffle(order)
    return [fill(t) for t in order]


# Sport -----------------------------------------------------------------------------------------

TEAM_SUFFIXES = ("United", "City", "Rovers", "Athletic", "Wanderers", "Stars", "Rangers", "FC", "Sporting",
                 "Dynamos")
COMPETITIONS = ("the league", "the Premier League", "the cup quarter-finals", "the continental Champions League",
                "the first division", "the Super League")
STADIUM_WORDS = ("Memorial Stadium", "National Stadium", "Riverside Ground", "Municipal Stadium", "Park Arena")
COACH_QUOTES = (
    "We showed real character today and the players gave everything until the final whistle",
    "Our attack was sharp, but we have to learn to kill games off earlier",
    "It was a battle in midfield, and I am proud of the way we defended",
    "The title race is far from over. We take it one game at a time",
    "We were beaten by a better side today and there are no excuses",
    "The boys executed the game plan perfectly and the fans pushed us over the line",
)
SPORT_LEDES = (
    "{Scorer} fired home a late winner as {home} beat {away} {score} at the {stadium} on {day} to move "
    "within {pts} points of the top.",
    "{Home} kept their title hopes alive with a {score} win over {away} on {day}, {scorer} scoring twice in "
    "the second half.",
    "A stunning strike from {scorer} earned {home} a {score} victory against {away} in {competition} on {day}.",
    "{Home} beat {away} {score} on {day}, with striker {scorer} on target as the battle for the title "
    "intensified.",
    "{Away} were left to rue missed chances as {home} shot down their hopes of a top-four finish with a "
    "{score} win on {day}.",
)
SPORT_BODY = (
    "{Away} started brightly and {away_player} forced a fine save from {keeper} inside the first five minutes.",
    "The breakthrough came in the {min1}th minute when {scorer2} latched onto a killer pass from {creator} and "
    "slotted the ball into the bottom corner.",
    "{Home} looked far more dangerous in attack after the break, with {scorer} and {creator} combining down "
    "the left.",
    "{Away_player} had a shot blocked on the line and then fired wide from close range as the visitors "
    "pressed for an equaliser.",
    "The visitors' defence was torn apart on the counter-attack, and {scorer} made no mistake when clean "
    "through on goal.",
    "{Scorer} sealed the win in stoppage time, firing home from the edge of the area after a swift break.",
    "A penalty appeal was waved away after {creator} went down under a challenge from {away_player}, and the "
    "referee showed {n} yellow cards in a bad-tempered second half.",
    "{Away} thought they had pulled a goal back, but the effort was ruled out for offside after a lengthy "
    "video review.",
    "The win leaves {home} {pts} points behind the leaders with {games_left} games remaining in the battle "
    "for the title.",
    "{Away} remain in the relegation zone and face a fight for survival in the final weeks of the season.",
    "“{coach_quote},” {coach}, the {home} coach, told reporters after the match.",
    "{Away_coach}, whose side have now lost {n} of their last {n_games} matches, said the players had lacked "
    "a cutting edge in front of goal.",
    "The striker has now scored {goals} goals in all competitions this season, more than any other player in "
    "the division.",
    "A crowd of {crowd} packed into the {stadium}, where the home supporters sang throughout the second half.",
    "{Home} have not lost at home since {month}, a run of {run} matches in all competitions.",
    "{Creator} limped off with a hamstring injury midway through the second half and will have a scan on "
    "{day_next}.",
    "{Away} defender {away_player2} was shown a straight red card for a reckless challenge, leaving the side "
    "to battle on with ten men.",
    "{Keeper} made a string of saves to keep the team in the contest, twice denying {scorer} from point-blank "
    "range.",
    "The {away} captain hit the crossbar with a free kick shortly before half-time.",
    "Both sides had chances in a frantic opening spell, with the ball rarely out of the penalty areas.",
    "{Home} travel to {team3} next weekend before a cup tie against {team4}.",
    "Transfer speculation continues to surround {scorer}, who has been linked with several clubs abroad, but "
    "{coach} said the forward was not for sale.",
    "{Home} dominated possession but needed a moment of quality to break down a well-organised defence.",
    "The home side's pressing game forced a string of errors from the visitors, who struggled to play out "
    "from the back.",
    "Fans let off flares before kick-off, delaying the start by several minutes, and the club could face a "
    "fine from the league.",
    "{Scorer}'s shot from a tight angle beat the goalkeeper, and the forward celebrated in front of the "
    "travelling fans.",
    "The result means {away} have taken only {pts_small} points from their last {n_games} games, and the "
    "pressure on {away_coach} is mounting.",
    "{Creator}, signed in the summer for a club-record fee, once again pulled the strings in midfield.",
    "The visitors switched to three at the back at half-time, but it did little to stem the tide.",
    "{Home}'s goalkeeper was barely tested until the final ten minutes, when {away} threw everyone forward.",
    "The goal was {scorer2}'s first for the club since the move from {team3} in {month}.",
    "{Away} had the better of the opening half-hour, but their final ball let them down time and again.",
    "{Scorer2} was booked for dissent shortly after the restart and was later substituted as a precaution.",
    "The goal came against the run of play, {creator} stealing possession in midfield and playing a perfectly "
    "weighted pass.",
    "{Away_coach} made a triple substitution on the hour, sending on two strikers in search of a way back into "
    "the game.",
    "The referee added {n} minutes of stoppage time, and {away} had one last chance when a header flew just "
    "over.",
    "{Keeper} came for a cross and missed it, but the defence scrambled the ball clear.",
)
SPORT_CONTEXT = (
    "Elsewhere in {competition}, {team3} crushed {team4} {score2} to climb into the top four, while {team5} "
    "were held to a goalless draw.",
    "The race for the golden boot is tight, with {scorer} level on {goals} goals with {other_player} of "
    "{team3}.",
    "The club's owners have promised to invest in the squad in the summer after a season in which the team "
    "exceeded expectations.",
    "Supporters' groups have criticised ticket prices, which rose by {pct} percent this season.",
    "In athletics, {athlete} won the 10,000 metres at the national trials in {city2} in a personal "
    "best time.",
    "In boxing, {athlete2} knocked out the champion in the third round of a title fight in {city2}, "
    "landing a devastating right hand.",
    "The national cricket team lost by {runs} runs to a touring side after a batting collapse in which {n} "
    "wickets fell for 30 runs.",
    "The league has introduced new rules on time-wasting this season, and referees have been told to add "
    "more stoppage time.",
    "{Home} were promoted {n} seasons ago and have been transformed under {coach}, a former international "
    "defender.",
    "The national team coach is expected to name the squad for the qualifiers next week, and {scorer} is "
    "pushing for a recall.",
    "A consortium led by a local businessman completed its takeover of {away} in {month}, promising to build a "
    "new training ground.",
    "Television rights for the league were sold last year in a record deal, and clubs have spent heavily on "
    "foreign players.",
    "The women's league resumes on {day_next}, with {team3} aiming to defend their title.",
    "Tickets for the derby against {team4} next month sold out within hours.",
    "{Team3} sacked their coach on {day_next} after a run of {n} defeats, with the club sitting just above "
    "the drop zone.",
    "The league's disciplinary panel will meet next week to consider charges against {team4} over their "
    "players' conduct towards the referee.",
    "In the women's game, {team5} beat {team3} {score2} to reach the cup final for the first time.",
    "In tennis, {athlete} reached the semi-finals of the tournament in {city2}, beating the second seed in "
    "straight sets.",
    "The season ends in {month}, with the final round of fixtures played at the same time to protect the "
    "integrity of the competition.",
    "Medical staff at {home} are monitoring several players after a demanding run of {n_games} games in three "
    "weeks.",
)
SPORT_TITLES = (
    "{Home} beat {away} {score} to keep title hopes alive", "{Scorer} strikes late as {home} see off {away}",
    "{Away} coach under pressure after defeat at {home}", "{Home} see off {away} in {competition}",
)


def _team(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(CITIES)[0]} {rng.choice(TEAM_SUFFIXES)}"
        if name not in taken:
            taken.add(name)
            return name


def _sport(rng: random.Random, published: dt.date, outlet: str) -> tuple[str, list[str], list[list[str]]]:
    taken: set[str] = set()
    home, away, team3, team4, team5 = (_team(rng, taken) for _ in range(5))
    hg = rng.randint(1, 4)
    day_i = (published - dt.timedelta(days=rng.randint(0, 1))).weekday()
    base = {
        "home": home, "away": away, "team3": team3, "team4": team4, "team5": team5,
        "score": f"{hg}-{rng.randint(0, hg - 1)}",
        "score2": f"{rng.randint(3, 5)}-{rng.randint(0, 1)}", "scorer": _name(rng), "scorer2": _name(rng),
        "creator": _name(rng), "keeper": _name(rng), "coach": _name(rng), "away_coach": _name(rng),
        "away_player": _name(rng), "away_player2": _name(rng), "other_player": _name(rng),
        "stadium": rng.choice(STADIUM_WORDS), "competition": rng.choice(COMPETITIONS),
        "day": DAYS[day_i], "day_next": DAYS[(day_i + 1) % 7], "pts": _num(rng.randint(1, 9)),
        "goals": str(rng.randint(11, 29)), "city2": rng.choice(CITIES)[0],
    }
    gens: dict[str, Gen] = {
        **COMMON_GENS,
        "min1": lambda r: str(r.randint(14, 78)), "games_left": lambda r: _num(r.randint(3, 10)),
        "n_games": lambda r: _num(r.randint(5, 10)), "pts_small": lambda r: _num(r.randint(1, 4)),
        "crowd": lambda r: f"{r.randint(8, 60) * 1000:,}", "run": lambda r: str(r.randint(8, 25)),
        "coach_quote": _deck(rng, COACH_QUOTES), "athlete": _name, "athlete2": _name,
        "runs": lambda r: str(r.randint(20, 180)),
    }
    fill = _filler(rng, base, gens)
    return (fill(rng.choice(SPORT_TITLES)), [fill(rng.choice(SPORT_LEDES))],
            [_draw(rng, fill, SPORT_BODY), _draw(rng, fill, SPORT_CONTEXT)])


# Business --------------------------------------------------------------------------------------

COMPANY_STEMS = ("Meridian", "Atlas", "Kestrel", "Sahara", "Northwind", "Baobab", "Crescent", "Harbourline",
                 "Zenith", "Granite", "Lumen", "Savanna", "Orbis", "Tideway", "Cobalt", "Pioneer")
SECTORS = (("telecoms", "mobile data plans", "Telecom"), ("retail", "groceries", "Stores"),
           ("cement", "cement", "Cement"), ("brewing", "beer", "Breweries"), ("airline", "seats", "Airways"),
           ("car", "cars", "Motors"), ("banking", "loans", "Bank"), ("steel", "steel", "Steel"),
           ("food", "packaged foods", "Foods"), ("energy", "electricity", "Power"))
CEO_QUOTES = (
    "We are taking tough decisions now to protect the business for the long term",
    "The market is brutal right now, but we have the strongest balance sheet in the sector",
    "Our target is to return to growth next year, and we are on track to hit it",
    "We will not be drawn into a race to the bottom on prices",
    "The offer reflects a full and fair value, and we believe shareholders will see that",
)
BANKS = ("Goldman Sachs", "JPMorgan", "Standard Bank", "HSBC", "Citi", "Barclays", "UBS", "Absa")
BUSINESS_LEDES = {
    "results": (
        "Shares in {company} plunged {pct2} percent on {day} after the {sector} group cut its profit forecast "
        "and said it would cut {jobs} jobs.",
        "{Company} reported a {pct2} percent rise in quarterly profit on {day}, beating analysts' forecasts as "
        "demand for its {product} held up.",
        "{Company} said on {day} it would cut {jobs} jobs and close {n} sites as it battles falling sales of "
        "{product}.",
    ),
    "bid": (
        "{Company} launched a hostile bid for rival {rival} on {day}, offering {amount} in cash and shares "
        "and going directly to shareholders after its approaches were rebuffed.",
        "Shares in {rival} jumped {pct2} percent on {day} after {company} confirmed it was weighing a "
        "takeover offer for the {sector} firm.",
    ),
    "pricewar": (
        "A price war among {sector} companies in {country} deepened on {day} as {company} slashed prices of "
        "{product} by up to {pct2} percent.",
        "{Company} fired the latest shot in a price war with {rival} on {day}, cutting prices of {product} "
        "for the second time this year.",
    ),
}
BUSINESS_BODY = (
    "The company said it aimed to save {amount_small} a year by {year_next}, mainly by closing plants and "
    "cutting management layers.",
    "Analysts had expected revenue of {amount}, according to a poll of brokers.",
    "{Ceo}, the chief executive, said the group had been hit by higher energy costs and weaker demand in "
    "its home market.",
    "“{ceo_quote},” {ceo} told analysts on a conference call.",
    "The company's shares have lost about {pct} percent of their value since the start of the year.",
    "The board of {rival} rejected the offer as too low, saying it significantly undervalued the company, "
    "and urged shareholders to take no action.",
    "Investors fear a prolonged price war could squeeze margins across the industry.",
    "Unions said they would fight the job cuts and threatened strike action at the company's largest plant "
    "in {city}.",
    "The group missed its own target for cash flow for the second year running, disappointing investors who "
    "had hoped for a turnaround.",
    "{Rival} has been gaining market share with cheaper products aimed at younger customers.",
    "The acquisition, if completed, would create the largest {sector} company in the region, with combined "
    "annual sales of {amount}.",
    "Competition regulators are expected to examine any deal closely because of the two firms' combined "
    "market share.",
    "Analysts at {bank} downgraded the stock to sell and cut their price target by {pct} percent.",
    "Trading volumes were heavy, with more than {n_big} million shares changing hands by midday.",
    "The company will pay a final dividend of {cents} cents per share, unchanged from last year.",
    "{Company} said it had secured {amount_small} of new financing from a group of banks to fund its "
    "expansion into {city2}.",
    "Sales in the core division fell {pct_small} percent as customers delayed orders.",
    "Operating margin narrowed to {margin} percent from {margin2} percent a year earlier.",
    "The company has struggled to shake off the effects of a botched software upgrade that disrupted "
    "deliveries last year.",
    "Management also announced a share buyback of up to {amount_small}.",
    "Chief financial officer {cfo} said the cost cuts would take time to feed through to earnings.",
    "The chairman said the board had begun a review of the group's structure, which could include the sale "
    "of non-core units.",
    "Some analysts said the sell-off was overdone, pointing to the company's strong order book.",
    "The firm's biggest shareholder, a pension fund, said it would back management in the battle over the "
    "bid.",
    "{Company} shares were the biggest fallers on the index, and the stock hit its lowest level since "
    "{year_past}.",
    "The company said it would target customers in smaller towns, where it sees the fastest growth.",
    "Bankers close to the deal said {company} could raise its offer if it won the support of large investors.",
    "Discount chains have attacked the market leaders' prices, forcing them to cut margins to defend share.",
    "The company employs about {jobs2} people and has operations in {n} countries.",
    "Revenue rose {pct_small} percent to {amount}, helped by price increases and a weaker currency.",
    "{Ceo} said the company would keep investing in its digital services despite the tougher market.",
    "The company said its target of doubling sales by {year_next} remained within reach.",
    "Earnings were also hit by a one-off charge related to the closure of a plant in {city}.",
    "Shares in rival firms also fell as investors worried that the problems were spreading across the sector.",
    "The group said demand had picked up in the final weeks of the quarter, and that it expected a stronger "
    "second half.",
    "Credit rating agencies placed the company's debt on review for a possible downgrade.",
    "The company plans to open {n_big} new outlets over the next two years, most of them in fast-growing "
    "cities.",
    "Online sales now account for {pct} percent of revenue, up from {pct_small} percent three years ago.",
    "{Ceo}, who took over as chief executive in {year_past}, has built the turnaround plan around cost cuts "
    "and new products.",
    "Investors will be watching closely for any sign that demand is recovering in the second half.",
    "The firm has also been hit by a shortage of components, which forced it to halt production lines for "
    "several days in {month}.",
    "Analysts said the outlook statement was more cautious than expected, and several brokers trimmed their "
    "earnings estimates.",
    "Staff costs rose {pct_small} percent after the company agreed a new wage settlement with unions last "
    "year.",
    "{Company} said it would spend {amount_small} on new machinery and training over three years.",
    "The company's market value has roughly halved since its stock market listing in {year_past}.",
    "Management said the company would exit loss-making markets and concentrate on its core business.",
)
BID_ONLY = frozenset(
    t for t in BUSINESS_BODY if "offer" in t or "acquisition" in t or "deal" in t or "the bid" in t
)
BUSINESS_CONTEXT = (
    "The central bank raised its key interest rate by {bps} basis points last month to fight inflation, "
    "which stood at {infl} percent in {month}.",
    "The wider market index closed {pct_small} percent lower, dragged down by banking and mining stocks.",
    "Consumer spending has slowed as households grapple with higher food and fuel prices.",
    "The currency weakened against the dollar, making imported components more expensive.",
    "The government welcomed the investment, which it said would create {jobs2} jobs in {city2}.",
    "Industry data showed new orders fell for a third straight month in {month}.",
    "The company's bonds also fell, pushing yields to their highest level since {year_past}.",
    "{Company} is due to publish full-year results in {month}.",
    "Economists expect growth in {country} to slow to {pct_small} percent this year as exports weaken.",
    "The finance ministry is due to present a budget next month that business groups hope will cut "
    "corporate taxes.",
    "Fuel prices have risen by {pct} percent since the start of the year after the government removed "
    "subsidies.",
    "Foreign investors have been net sellers of the country's stocks for {n} consecutive months.",
    "Manufacturing activity contracted for the {ordinal} month in a row, according to a closely watched "
    "survey of purchasing managers.",
    "Power cuts have raised costs for businesses, many of which rely on diesel generators.",
    "Bond investors are demanding higher returns to lend to the government as public debt rises.",
    "The stock exchange has launched a campaign to attract more listings by medium-sized firms.",
    "Retail sales fell {pct_small} percent in {month} compared with a year earlier, official data showed.",
    "Remittances from workers abroad, an important source of foreign currency, rose {pct} percent last year.",
)
BUSINESS_TITLES = {
    "results": ("{Company} shares plunge on profit warning", "{Company} to cut {jobs} jobs",
                "{Company} results: cost cuts in focus"),
    "bid": ("{Company} launches hostile bid for {rival}", "{Rival} shares jump on takeover interest"),
    "pricewar": ("Price war hits {sector} sector as {company} cuts prices", "{Company} fires new shot in price war"),
}


def _business(rng: random.Random, published: dt.date, outlet: str) -> tuple[str, list[str], list[list[str]]]:
    sector, product, suffix = rng.choice(SECTORS)
    a, b = rng.sample(COMPANY_STEMS, 2)
    city, country = rng.choice(CITIES)
    day_i = (published - dt.timedelta(days=rng.randint(0, 1))).weekday()
    base = {
        "company": f"{a} {suffix}", "rival": f"{b} {suffix}", "sector": sector, "product": product,
        "city": city, "country": country, "city2": rng.choice(CITIES)[0], "ceo": _name(rng), "cfo": _name(rng),
        "day": DAYS[day_i], "jobs": f"{rng.randint(2, 60) * 50:,}", "pct2": str(rng.randint(6, 35)),
        "amount": f"${rng.randint(2, 40)}.{rng.randint(1, 9)} billion", "year_next": str(published.year + 2),
    }
    gens: dict[str, Gen] = {
        **COMMON_GENS,
        "amount_small": lambda r: f"${r.randint(50, 900)} million", "ceo_quote": _deck(rng, CEO_QUOTES),
        "bank": lambda r: r.choice(BANKS), "cents": lambda r: str(r.randint(5, 80)),
        "margin": lambda r: str(r.randint(4, 12)), "margin2": lambda r: str(r.randint(13, 20)),
        "bps": lambda r: str(r.choice((25, 50, 75, 100))), "infl": lambda r: f"{r.randint(3, 30)}.{r.randint(0, 9)}",
        "jobs2": lambda r: f"{r.randint(2, 40) * 100:,}",
    }
    fill = _filler(rng, base, gens)
    topic = rng.choice(tuple(BUSINESS_LEDES))
    return (fill(rng.choice(BUSINESS_TITLES[topic])), [fill(rng.choice(BUSINESS_LEDES[topic]))],
            [_draw(rng, fill, [t for t in BUSINESS_BODY if topic == "bid" or t not in BID_ONLY]),
             _draw(rng, fill, BUSINESS_CONTEXT)])


# Politics --------------------------------------------------------------------------------------

LEGISLATURES = (
    ("Kenya", "the National Assembly", "Nairobi"), ("Ghana", "parliament", "Accra"),
    ("Britain", "the House of Commons", "London"), ("Germany", "the Bundestag", "Berlin"),
    ("Brazil", "Congress", "Brasília"), ("India", "the Lok Sabha", "New Delhi"),
    ("South Africa", "the National Assembly", "Cape Town"), ("Nigeria", "the National Assembly", "Abuja"),
    ("Poland", "the Sejm", "Warsaw"), ("Canada", "the House of Commons", "Ottawa"),
    ("Australia", "the House of Representatives", "Canberra"), ("Senegal", "the National Assembly", "Dakar"),
    ("Zambia", "the National Assembly", "Lusaka"), ("Indonesia", "the House of Representatives", "Jakarta"),
    ("Mexico", "Congress", "Mexico City"), ("Portugal", "parliament", "Lisbon"),
)
PARTIES = ("the Progressive Alliance", "the National Unity Party", "the Liberal Democratic Movement",
           "the People's Congress", "the Reform Party", "the Green Coalition", "the Social Democratic Union",
           "the Citizens' Front", "the Labour and Farmers Party")
POLICIES = ("raise the retirement age to 67", "introduce a tax on sugary drinks", "cut fuel subsidies",
            "overhaul the electoral law", "privatise the state electricity company", "cap rents in big cities",
            "reform the public pension system", "raise value-added tax by two points",
            "merge several government ministries", "create a new anti-corruption agency",
            "make voting compulsory", "decentralise health spending to the regions")
AFFECTED = ("pensioners", "small businesses", "low-income families", "young voters", "public sector workers",
            "farmers", "tenants")
MINISTERS = ("finance minister", "interior minister", "labour minister", "health minister", "prime minister")
POL_QUOTES = (
    "This is a reckless plan written in a hurry, and ordinary families will pay the price",
    "The government is trying to bulldoze this through without listening to anyone",
    "We will fight this bill in parliament, in the courts and at the ballot box",
    "Our campaign is about jobs, roads and hospitals, not about insults",
    "The people are tired of promises. They want results",
    "We have the numbers, and this reform will pass",
)
POLITICS_LEDES = {
    "bill": (
        "Opposition lawmakers attacked the government's proposal to {policy} on {day}, saying it would hurt "
        "{affected}.",
        "{Legislature} in {country} voted {yes} to {no} on {day} to approve a bill that would {policy}, handing "
        "{leader} a significant victory.",
        "The {minister} unveiled plans on {day} to {policy}, setting up a clash with unions and opposition "
        "parties.",
        "{Leader} came under attack from within {party} on {day} over the plan to {policy}, as backbenchers "
        "warned it would cost them seats.",
    ),
    "campaign": (
        "{Leader} launched {party}'s campaign for next year's election on {day} with a rally of supporters in "
        "{city}.",
        "{Party} kicked off its election campaign on {day} with a rally of supporters in {city}, where {leader} "
        "promised to {policy}.",
    ),
}
POLITICS_BODY = (
    "The bill now goes to the upper house, where the governing coalition lacks a majority.",
    "{Opp_leader}, leader of {opp_party}, accused the government of pushing the measure through without "
    "proper debate.",
    "“{pol_quote},” {opp_leader} told reporters outside parliament.",
    "“{pol_quote},” {leader} said in a speech to party members.",
    "The government says the reform will save {amount} over five years and make public services more "
    "efficient.",
    "Polls suggest the race is tight, with {party} on {pct_a} percent and {opp_party} on {pct_b} percent.",
    "Campaign officials said more than {crowd} people attended the rally, though local media put the figure "
    "lower.",
    "Several ministers joined the campaign trail on {day}, visiting markets and factories in the north of "
    "the country.",
    "The electoral commission said voter registration would close at the end of {month} and urged young "
    "people to sign up.",
    "Critics say the target is unrealistic given the state of the public finances.",
    "Unions have threatened a general strike if the proposal is not withdrawn.",
    "The {minister} defended the plan in a televised interview, saying difficult choices could not be "
    "postponed any longer.",
    "A parliamentary committee will hold hearings on the bill next month.",
    "{Opp_party} has filed a legal challenge, arguing that parts of the measure are unconstitutional.",
    "Analysts said the vote was a test of the coalition's unity ahead of budget negotiations.",
    "{Party}'s candidate has campaigned on promises to cut taxes, build roads and create jobs for young "
    "people.",
    "In a televised debate on {day}, the candidates clashed over the economy, migration and corruption.",
    "{Leader} hit back at critics, saying the opposition had no plan of its own.",
    "Lawmakers debated the bill late into the night before adjourning without a vote.",
    "The opposition walked out of the chamber before the vote, saying the debate had been cut short.",
    "A spokesperson for the presidency said {leader} was confident the reform would win broad support.",
    "{Opp_leader} said the opposition would repeal the law if it won power.",
    "Officials said the rally in {city} was the first of {n} planned across the country before polling day.",
    "Several backbenchers broke ranks to vote against the government, the biggest rebellion since "
    "{year_past}.",
    "Business groups broadly welcomed the plan, while civil society organisations said it lacked safeguards.",
    "The {minister} said the measure would be phased in over {n} years to soften its impact on {affected}.",
    "Opposition strategists said they would target the proposal in their campaign advertising.",
    "{Leader}'s allies dismissed the criticism as political point-scoring.",
    "The proposal was first announced in the governing party's manifesto but was delayed by a dispute among "
    "coalition partners.",
    "{Leader} toured a hospital and two schools in {city} on {day}, promising more money for teachers and "
    "nurses.",
    "Opposition figures accused the government of using state media to promote its campaign.",
    "The bill was amended in committee to exempt {affected} from some of its provisions.",
    "Regional governors said they had not been consulted and warned of confusion over who would pay.",
    "{Party} has held power for {n} years and faces a strong challenge from a younger generation of "
    "politicians.",
    "{Opp_leader} launched a scathing attack on the {minister}, accusing the government of mismanaging the "
    "economy.",
    "The governing coalition's smaller partners have demanded changes before they agree to support the bill.",
    "{Party} has set a target of winning {n_big} more seats, which would give it an outright majority.",
    "The {minister} told lawmakers the government was open to amendments but would not abandon the reform.",
    "Opinion polls published on {day} showed support for the proposal falling among {affected}.",
    "The vote was delayed twice this year as the government struggled to secure enough support.",
)
POLITICS_CONTEXT = (
    "The governing party's majority was reduced at the last election, forcing it to rely on smaller parties.",
    "The finance ministry expects the budget deficit to fall to {pct_small} percent of economic output next "
    "year.",
    "Observers from regional bodies will monitor the election, the foreign ministry said.",
    "The governing party has been weakened by a series of corruption scandals and a split in its leadership.",
    "The campaign has so far been dominated by the cost of living, with food prices up sharply over the past "
    "year.",
    "The speaker of {legislature} said debate would resume on {day_next}.",
    "Local elections in {month} will be the first test of the new electoral law.",
    "Turnout at the last general election was {turnout} percent, the lowest in two decades.",
    "{Country_t}'s constitution limits presidents to two terms, and {leader} is serving a first term.",
    "The International Monetary Fund has urged the government to broaden the tax base and reduce spending "
    "on subsidies.",
    "Surveys show voters rank jobs and health care as their main concerns, well ahead of security.",
    "Two junior ministers resigned last month over the handling of the budget, a setback for {leader}.",
    "The next general election is due in {month} of next year, and the main parties have begun selecting "
    "candidates.",
    "Parliament has passed {n} major laws this session, fewer than in any year since {year_past}.",
    "The country's highest court struck down a similar law {n} years ago, and legal experts expect another "
    "challenge.",
    "Public sector wages account for almost half of government spending, a burden the reform aims to reduce.",
    "Regional elections last year saw the governing party lose control of several councils.",
    "Civil society groups have launched a campaign urging voters to register before the deadline.",
    "A similar proposal was killed off in the upper house in {year_past} after months of wrangling.",
    "The upper house shot down an earlier version of the reform, forcing the government to start again.",
)
POLITICS_TITLES = {
    "bill": ("Opposition attacks plan to {policy}", "Lawmakers back bill to {policy}",
             "Battle lines drawn over plan to {policy}"),
    "campaign": ("{Leader} launches campaign with {city} rally", "{Party_t} opens campaign in {city}"),
}


def _politics(rng: random.Random, published: dt.date, outlet: str) -> tuple[str, list[str], list[list[str]]]:
    country, legislature, city = rng.choice(LEGISLATURES)
    party, opp_party = rng.sample(PARTIES, 2)
    yes = rng.randint(150, 300)
    day_i = (published - dt.timedelta(days=rng.randint(0, 1))).weekday()
    pct_a = rng.randint(28, 44)
    base = {
        "country": country, "country_t": _cap(country), "legislature": legislature, "city": city,
        "party": party, "party_t": party.removeprefix("the "), "opp_party": opp_party,
        "leader": _name(rng), "opp_leader": _name(rng),
        "policy": rng.choice(POLICIES), "affected": rng.choice(AFFECTED), "minister": rng.choice(MINISTERS),
        "yes": str(yes), "no": str(yes - rng.randint(5, 120)), "day": DAYS[day_i],
        "day_next": DAYS[(day_i + 1) % 7], "pct_a": str(pct_a), "pct_b": str(pct_a + rng.randint(-6, 6)),
        "amount": f"${rng.randint(2, 30)} billion",
    }
    gens: dict[str, Gen] = {
        **COMMON_GENS,
        "pol_quote": _deck(rng, POL_QUOTES), "crowd": lambda r: f"{r.randint(5, 80) * 1000:,}",
        "turnout": lambda r: str(r.randint(38, 62)),
    }
    fill = _filler(rng, base, gens)
    topic = rng.choice(("bill", "bill", "campaign"))
    body = [t for t in POLITICS_BODY if topic == "campaign" or "rally" not in t]  # no rally without a lede
    return (fill(rng.choice(POLITICS_TITLES[topic])), [fill(rng.choice(POLITICS_LEDES[topic]))],
            [_draw(rng, fill, body), _draw(rng, fill, POLITICS_CONTEXT)])


# Science ---------------------------------------------------------------------------------------

INSTITUTIONS = ("the University of Cape Town", "Imperial College London", "the Pasteur Institute",
                "the University of Nairobi", "Karolinska Institute", "the University of São Paulo",
                "the Max Planck Institute", "Makerere University", "the University of Toronto",
                "the Indian Institute of Science", "the Kenya Medical Research Institute")
JOURNALS = ("Nature", "Science", "The Lancet", "Cell", "Nature Medicine", "the New England Journal of Medicine",
            "PLOS Biology")
FUNDERS = ("the Wellcome Trust", "the Gates Foundation", "a European research council", "the national science "
           "foundation", "a cancer research charity")
SCI_QUOTES = (
    "These are early results, and we need to see whether they hold up in larger trials",
    "What surprised us was how quickly the cells died once the pathway was blocked",
    "This could change how we think about treating the disease, but it will take years",
    "We were not expecting the signal to be this strong",
    "Science moves step by step, and this is an important step",
)
SCIENCE_LEDES = {
    "cancer": (
        "Scientists at {institution} have developed an experimental drug that killed cancer cells in "
        "laboratory tests without harming healthy tissue, according to a study published in {journal} on {day}.",
        "A new combination therapy shrank tumours in {pct2} percent of patients with advanced {cancer} cancer "
        "in an early trial, researchers reported in {journal} on {day}.",
    ),
    "infection": (
        "A new malaria vaccine cut infections by {pct2} percent in a trial involving {n_children} children in "
        "{trial_country}, researchers reported in {journal} on {day}.",
        "Researchers at {institution} have identified a virus in bats that is closely related to known human "
        "pathogens, though they said on {day} the risk of it spreading to people appeared low.",
    ),
    "earth": (
        "The world's oceans absorbed a record amount of heat last year, scientists at {institution} said on "
        "{day} in a study published in {journal}.",
        "Astronomers using a new telescope said on {day} they had detected water vapour in the atmosphere of a "
        "planet orbiting a nearby star.",
    ),
}
SCIENCE_TOPIC = {
    "cancer": (
        "The compound targets a protein that tumours use to evade the immune system, said {researcher}, who "
        "led the study.",
        "In mice, the drug attacked tumours on two fronts, blocking their blood supply and stripping away "
        "their defences against immune cells.",
        "Previous attempts to target the protein failed because the drugs were too toxic to give at effective "
        "doses.",
        "The trial enrolled {n_patients} patients across {n_sites} hospitals, most of whom had stopped "
        "responding to standard chemotherapy.",
        "Immune cells known as T cells recognise and destroy cancer cells, but tumours can switch them off.",
        "Side effects were mostly mild, including fatigue and skin rashes, although {n} patients stopped "
        "treatment early.",
        "The researchers used gene editing to switch off the protein in tumour samples and watched the cancer "
        "cells die within days.",
        "Cancer killed close to 10 million people worldwide in 2020, according to the World Health "
        "Organization.",
        "Tumour cells treated with the drug stopped dividing within hours and died over the following days.",
        "The researchers hope to begin testing the drug in patients with {cancer} cancer within two years.",
        "Cancer charities welcomed the study but said patients should not expect a new treatment soon.",
        "The therapy combines an existing drug with an antibody that helps the immune system find its target.",
        "Normal cells exposed to the compound were largely unharmed, which the authors said was encouraging.",
        "The drug could also be combined with radiotherapy, the researchers suggested, though this has not "
        "been tested.",
    ),
    "infection": (
        "The virus infects cells by binding to a receptor on their surface, much as the coronavirus does.",
        "The samples were collected over {n} years from caves and forests across the region.",
        "Malaria kills more than 600,000 people a year, most of them children under five in Africa, according "
        "to the World Health Organization.",
        "Mosquitoes have developed resistance to common insecticides in many regions, making new tools urgent.",
        "Side effects were mostly mild, including fever and soreness at the injection site.",
        "Each dose costs less than {price} to produce, which the developers said would make it affordable for "
        "national health programmes.",
        "Public health officials said routine vaccination and bed nets remained the best defence.",
        "The researchers said the virus had not been found in people, and urged better monitoring of "
        "markets where wild animals are sold.",
        "The vaccine was given in three doses a month apart, followed by a booster a year later.",
        "Health ministries in several African countries have said they want to add the vaccine to routine "
        "immunisation.",
        "Bats carry many viruses without falling ill, which makes them a focus for researchers studying how "
        "diseases emerge.",
        "The team sequenced the virus's genome and compared it with thousands of others held in public "
        "databases.",
        "Children in the trial were followed for {n} years to see how long protection lasted.",
        "The virus belongs to a family that includes pathogens responsible for several past outbreaks.",
    ),
    "earth": (
        "Warmer oceans fuel stronger storms and threaten coral reefs, which support fisheries that millions of "
        "people rely on.",
        "Satellite data and thousands of floating sensors were used to measure temperatures down to 2,000 "
        "metres.",
        "The planet is about {n_big} light years away and is slightly larger than Earth.",
        "The telescope's instruments split starlight into its component colours, revealing which molecules "
        "are present.",
        "The team fired laser pulses at rock samples to recreate the conditions on the planet's surface.",
        "Climate scientists warned that the warming trend would continue unless emissions fell sharply.",
        "The findings were based on measurements collected over {n} decades.",
        "Other astronomers said more observations would be needed to confirm the result.",
        "The previous record was set only a year earlier, the authors noted.",
        "Astronomers have found more than 5,000 planets outside the solar system since the first was "
        "confirmed in the 1990s.",
        "The ocean has absorbed about 90 percent of the excess heat trapped by greenhouse gases, according to "
        "the study.",
        "Data from the telescope will be made available to scientists around the world next year.",
        "Heat stored in the ocean is released slowly, so the effects will be felt for decades, the authors said.",
        "The star the planet orbits is smaller and cooler than the Sun.",
    ),
}
SCIENCE_BODY = (
    "“{sci_quote},” said {researcher}, a professor at {institution}.",
    "“{sci_quote},” {researcher2}, who was not involved in the research, told {outlet}.",
    "The findings have yet to be replicated, and independent experts urged caution.",
    "Funding for the project came from {funder}.",
    "The team now plans a larger study beginning in {year_next}.",
    "The study's authors said further work was needed to understand the mechanism.",
    "The paper was peer reviewed and the underlying data have been made public.",
    "Other scientists welcomed the results but noted the small sample size.",
    "The university said it had filed a patent application and was in talks with drug companies.",
    "Some experts questioned whether results in animals would translate to humans.",
    "The research took {n} years and involved scientists from {n_countries} countries.",
    "{Researcher} said the team had been surprised by the results and initially thought the instruments "
    "were faulty.",
    "Regulators are expected to review the data next year.",
    "The work builds on a discovery made at the same laboratory in {year_past}.",
    "{Researcher2}, a specialist at {institution2}, called the study “elegant and carefully done”.",
    "The authors cautioned that their model relied on assumptions that would need testing.",
    "A preprint of the study was first posted online in {month}, and the final version includes additional "
    "experiments.",
    "Young researchers did much of the laboratory work, {researcher} said, often late into the night.",
    "The team has shared its methods so that other laboratories can attempt to reproduce the results.",
    "Science funding has been squeezed in recent years, and {researcher} said projects like this one were "
    "increasingly hard to finance.",
    "The researchers said they would publish the full data set so that other groups could check their "
    "analysis.",
    "Such studies often take a decade or more to move from the laboratory to approved treatments, "
    "{researcher2} noted.",
    "{Institution} has invested heavily in its research facilities over the past decade, including a new "
    "imaging centre.",
    "The team included mathematicians and computer scientists, who built models to make sense of the large "
    "volume of data.",
    "Critics of the field say too many promising early findings never lead to practical results.",
    "The project was delayed by several months when a key instrument broke down and had to be shipped "
    "abroad for repair.",
    "{Researcher} said the next step was to work out why some samples behaved differently from the rest.",
    "The findings will be presented at an international conference in {city} later this year.",
    "A spokesperson for {journal} said the paper had gone through an unusually long review.",
    "Students from several countries worked on the project as part of an exchange programme.",
    "The researchers declared no conflicts of interest, according to the paper.",
    "{Researcher2} said the work was a reminder of the value of long-term funding for basic research.",
    "The findings challenge a long-held assumption in the field, {researcher2} said.",
    "Some of the experiments had to be repeated after the team discovered a contaminated sample.",
    "{Institution2} is running a similar study, and its results are expected next year.",
    "The researchers thanked the technicians and volunteers who helped collect and process the samples.",
    "The work was carried out under strict ethical rules and approved by the university's review board.",
    "{Researcher} said the findings should encourage governments to invest more in research.",
    "The data were analysed independently by two groups to reduce the risk of error.",
    "The team's results agree with an earlier, smaller study carried out in {city}.",
    "Further experiments are planned at a laboratory in {city} that has specialised equipment.",
    "Similar approaches have been tried before, but advances in computing made this study possible.",
)
SCIENCE_TITLES = {"cancer": ("Experimental drug kills cancer cells in lab study", "New therapy shrinks tumours in "
                             "early trial"),
                  "infection": ("Malaria vaccine cuts infections in trial", "Scientists find new virus in bats"),
                  "earth": ("Oceans absorbed record heat last year, study finds", "Water vapour found on "
                            "distant planet")}


def _science(rng: random.Random, published: dt.date, outlet: str) -> tuple[str, list[str], list[list[str]]]:
    topic = rng.choice(tuple(SCIENCE_LEDES))
    inst, inst2 = rng.sample(INSTITUTIONS, 2)
    day_i = (published - dt.timedelta(days=rng.randint(0, 1))).weekday()
    base = {
        "institution": inst, "institution2": inst2, "journal": rng.choice(JOURNALS), "day": DAYS[day_i],
        "researcher": _name(rng), "researcher2": _name(rng), "outlet": outlet, "pct2": str(rng.randint(30, 77)),
        "cancer": rng.choice(("lung", "breast", "pancreatic", "bowel", "skin")),
        "n_children": f"{rng.randint(2, 9) * 1000:,}",
        "trial_country": rng.choice(("Burkina Faso", "Kenya", "Mali", "Tanzania", "Ghana", "Malawi")),
        "year_next": str(published.year + 1), "city": rng.choice(CITIES)[0],
    }
    gens: dict[str, Gen] = {
        **COMMON_GENS,
        "sci_quote": _deck(rng, SCI_QUOTES), "funder": lambda r: r.choice(FUNDERS),
        "n_patients": lambda r: str(r.randint(40, 400)), "n_sites": lambda r: _num(r.randint(3, 20)),
        "n_countries": lambda r: _num(r.randint(3, 14)), "price": lambda r: f"${r.randint(2, 9)}",
    }
    fill = _filler(rng, base, gens)
    i = rng.randrange(len(SCIENCE_LEDES[topic]))  # titles pair with ledes
    return (fill(SCIENCE_TITLES[topic][i]), [fill(SCIENCE_LEDES[topic][i])],
            [_draw(rng, fill, SCIENCE_TOPIC[topic] + SCIENCE_BODY[:18]), _draw(rng, fill, SCIENCE_BODY[18:])])


# Composition -----------------------------------------------------------------------------------

Builder = Callable[[random.Random, dt.date, str], tuple[str, list[str], list[list[str]]]]
BUILDERS: dict[str, Builder] = {"conflict": _conflict, "sport": _sport, "business": _business,
                                "politics": _politics, "science": _science}


def _words(s: str) -> int:
    return len(s.split())


def _compose(rng: random.Random, lede: list[str], sections: list[list[str]], target: int) -> list[list[str]]:
    """Pick sentences so the article lands near ``target`` words (always within [MIN_WORDS, MAX_WORDS]).

    Each section gets a share of the words left after the lede; when a section's pool runs short the
    other sections' unused sentences make up the rest. The result is a list of sentence lists, one per
    section, lede first.
    """
    out = [list(lede)]
    total = sum(_words(s) for s in lede)
    spare: list[tuple[int, str]] = []  # (section index in out, sentence) not used yet
    for i, pool in enumerate(sections):
        left = sum(1 for p in sections[i:] if len(p) > 1)
        if len(pool) == 1:  # a one-sentence section (a separate incident) is taken whole
            budget = 1.0
        else:
            budget = (target - total) / max(left, 1)
        taken: list[str] = []
        got = 0
        for sentence in pool:
            if got >= budget:
                spare.append((i + 1, sentence))
                continue
            taken.append(sentence)
            got += _words(sentence)
        out.append(taken)
        total += got
    while total < target and spare:  # a short section: the others' unused sentences fill the gap
        at, sentence = spare.pop(0)
        out[at].append(sentence)
        total += _words(sentence)
    while total > MAX_WORDS:  # trim from the end, never the lede
        sec = next(s for s in reversed(out[1:]) if s)
        total -= _words(sec.pop())
    while total < MIN_WORDS:  # every pool used up (not expected with the pools above): repeat a sentence
        extra = rng.choice([s for sec in out[1:] for s in sec])
        out[-1].append(extra)
        total += _words(extra)
    return out


def _paragraphs(rng: random.Random, sections: list[list[str]]) -> list[str]:
    """Wire-copy paragraphs: one to three sentences, never crossing a section boundary."""
    paras: list[str] = []
    for i, sentences in enumerate(sections):
        j = 0
        while j < len(sentences):
            step = len(sentences) if i == 0 else rng.choices((1, 2, 3), weights=(4, 5, 2))[0]
            paras.append(" ".join(sentences[j : j + step]))
            j += step
    return paras


def _article(rng: random.Random, kind: str, ident: str) -> Article:
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    outlet = rng.choice(OUTLETS)
    title, lede, sections = BUILDERS[kind](rng, published, outlet)
    credit = rng.random() < 0.25
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 15)
    if credit:
        target -= 6
    paras = _paragraphs(rng, _compose(rng, lede, sections, target))
    if credit:
        paras.append(f"(Reporting by {rng.choice(REPORTERS)}; editing by {rng.choice(REPORTERS)})")
    text = "\n\n".join(paras)
    n = _words(text)
    if n > MAX_WORDS:  # only possible through the credit line: drop it
        text = "\n\n".join(paras[:-1])
    return Article(ident, kind, title, text, published.isoformat(), outlet)


def _kinds(n: int, mix: str) -> list[str]:
    if mix == "conflict":
        return ["conflict"] * n
    if mix != "news":
        raise ValueError(f"unknown mix {mix!r}; expected one of {MIXES}")
    n_conflict = round(CONFLICT_SHARE * n)
    rest = n - n_conflict
    kinds = ["conflict"] * n_conflict
    for i, kind in enumerate(ORDINARY_KINDS):
        kinds += [kind] * (rest // len(ORDINARY_KINDS) + (1 if i < rest % len(ORDINARY_KINDS) else 0))
    return kinds


def generate(n: int, mix: str, *, seed: int = 7) -> list[Article]:
    """``n`` articles in shuffled order: mix "news" is round(0.2*n) conflict reports and the rest spread
    evenly over sport, business, politics and science; mix "conflict" is conflict reports only.

    Deterministic for a seed (each article has its own random stream, so article i does not depend on
    the lengths drawn for the others).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    kinds = _kinds(n, mix)
    random.Random(f"order:{seed}:{mix}").shuffle(kinds)
    return [_article(random.Random(f"{seed}:{mix}:{i}"), kind, f"tc-{mix}-{seed}-{i:06d}")
            for i, kind in enumerate(kinds)]


def to_documents(articles: Iterable[Article]) -> list[Document]:
    """Contract input records, with a made-up URL per outlet, as ingestion would produce them."""
    return [
        Document(
            id=a.id,
            text=a.text,
            published=dt.date.fromisoformat(a.published),
            title=a.title,
            url=f"https://{a.outlet.lower().removeprefix('the ').replace(' ', '-')}.example/{a.kind}/{a.id}",
            outlet=a.outlet,
        )
        for a in articles
    ]
