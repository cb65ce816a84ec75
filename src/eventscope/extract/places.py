"""Toponyms in a parsed article, resolved against the gazetteer with the article's own context.

``find_places`` works in five steps:

1. Spans: spaCy GPE/LOC/FAC entities, plus capitalised runs the gazetteer knows that follow a
   locative cue ("in", "near", "outside", ...) or continue a list ("Watamu, Dabaso, Kilifi"), plus
   country and admin-1 names anywhere. Caseless text (MUC wires, upper-cased or lower-cased for
   the parser) has no capitals to go by, so there only runs after a locative cue are tried and
   only names the gazetteer ranks as important (countries, admin units, towns) are kept.
   Each span notes whether it is an end of a route ("the Machakos-Wote road") or a country
   named as a border, origin or destination ("the border with Somalia").
2. Candidates: the gazetteer's ranked homonyms for each span (exact, article-stripped, then
   transliteration-folded names), with hints from the words around it ("Mandera county" wants an
   admin unit, "Elwak town" a populated place).
3. Context, first pass: votes for countries from the confident mentions (country names, admin
   units named as such or unique on earth, names found in one country only) and from non-place
   cues (demonyms, national institutions and identity groups of ``country_cues.toml``, the actor
   dictionary's groups with a home country); votes for admin-1 units.
4. Resolution, second pass: every other name is restricted to the dominant country whenever it
   has a place of that name, else to the countries the text names and sizeable towns across its
   borders; elsewhere only capitals, countries and cities of a million. Comma chains and glosses
   ("Pangani (Starehe, Nairobi)") put each item inside the next. A name with no candidate left
   is looked for by spelling inside that one country ("Kintengela" ~ Kitengela). A name means
   one place per article.
5. Fallback: a name the gazetteer cannot place inside the context resolves to the smallest
   containing unit the text gives (the next chain item, else the article's main admin-1/country),
   with ``precision`` saying which level it is. When no toponym resolves at all, the country
   cues come out as country-level mentions for ``choose_event_location`` to fall back on.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..geo.build import fold_key, normalize_name
from ..geo.gazetteer import Candidate, Gazetteer
from ..nlp import doc_ents, doc_text
from ..records import Document, GeoPrecision, Location, Place, PlaceMention, Span
from .classify import SPEAKER_NOUNS, SPEECH_VERBS
from .dateline import find as find_dateline
from .dateline import is_caseless

if TYPE_CHECKING:
    from spacy.language import Language

# Words before a toponym that make a following capitalised run worth a gazetteer lookup.
LOCATIVE_CUES = frozenset(
    "in at near of from outside to toward towards into across around between inside within via "
    "through neighbouring neighboring nearby along axis".split()
)
# Cues after which a run the gazetteer knows is taken even when the parser calls it a person.
STRONG_CUES = frozenset("in at near outside around between inside within across toward towards into axis".split())
# Verbs of taking or attacking a place: their object is a toponym as one after "in" is ("Rebels
# captured Goma", "troops retook Palmyra"; the small parser tags many such names PERSON). Written
# forms as well as lemmas: the lemmatizer leaves some irregular ones ("retook").
TAKING_VERBS = frozenset(
    "capture captured captures capturing recapture recaptured recaptures recapturing "
    "seize seized seizes seizing retake retook retaken retakes retaking overrun overran overruns "
    "overrunning storm stormed storms storming enter entered enters entering shell shelled shells "
    "bomb bombed bombs bombing besiege besieged besieges besieging".split()
)
# Subjects that make "hit"/"struck" a verb of attack ("shelling hit Avdiivka", "a missile struck X").
MUNITION_NOUNS = frozenset(
    "shelling shells shell missile missiles rocket rockets airstrike airstrikes strike strikes "
    "drone drones mortar mortars artillery bomb bombs bombardment".split()
)
# Nouns after a verb's object that make it a group's asset, not a place ("shelled Taliban positions").
_TARGET_NOUNS = frozenset("positions position bases base hideouts hideout convoy convoys".split())
# Entity types that veto a gazetteer match: numbers and dates always ("Around Jul 24th"),
# groups of people ("the Maasai community") and, except after a strong cue, persons.
_ALWAYS_BLOCK = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
_BLOCK_AFTER_STRONG_CUE = frozenset({"NORP"})
_BLOCK_AFTER_WEAK_CUE = frozenset({"NORP", "PERSON"})
# Nouns after a NORP-tagged name that make it a group of people, not a place ("in Pokot
# herders' hands", "between Turkana and Samburu communities"). Without one, a name after a strong
# cue that the gazetteer knows as a town is a town: the small model tags many unfamiliar African
# town names NORP ("women in Gaoua staged a protest").
_GROUP_AFTER = frozenset(
    "community communities clan clans tribe tribes people peoples herders herdsmen pastoralists "
    "militia militias militiamen youths youth elders fighters warriors raiders morans men women "
    "families group groups members gunmen".split()
)
# Tokens that join the parts of one name ("Deir ez-Zor", "Fada N'gourma"), and dashes, which
# also join separate names ("the Malaba-Eldoret road").
_JOINERS = ("-", "'")
_DASHES = ("-", "\u2013")
# Lower-case words allowed inside a place name: Arabic articles ("Deir ez-Zor"), Romance
# particles ("Fada N'gourma" needs the apostrophe), Persian ezafe ("Pul-e
# Khumri", "Sar-i Pul").
NAME_CONNECTORS = frozenset(
    "al el ez az ar as ash ad an de du la le des del da do dos das di e i ye wa".split()
)
ADMIN_WORDS = {
    "county": "admin", "province": "admin", "district": "admin", "region": "admin", "state": "admin",
    "governorate": "admin", "department": "admin", "prefecture": "admin", "parish": "admin",
    "municipality": "admin", "division": "admin", "commune": "admin", "sub-county": "admin",
    "subcounty": "admin", "emirate": "admin", "oblast": "admin",
    "town": "town", "village": "town", "city": "town", "township": "town", "settlement": "town",
    "area": "any", "locality": "any", "neighbourhood": "town", "neighborhood": "town", "suburb": "town",
}
# The rest of a list of names that ends in a plural unit word ("Eastland and Callahan counties").
_UNIT_LIST_AFTER = re.compile(
    r"^(?:\s*(?:,|,?\s+(?:and|or|&))\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})*\s+"
    r"(?:counties|parishes|provinces|districts|governorates|prefectures|townships|municipalities|oblasts)\b"
)
_DISTANCE_BEFORE = re.compile(
    r"(?:\d+(?:[.,]\d+)?|a few|few|several|some)\s*-?\s*(?:km|kms|kilometers?|kilometres?|miles?|mi)\b"
    r"[\s\w-]{0,25}?\b(?:of|from|outside|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A place named as the end of a route ("the Machakos-Wote road", "the road between A and B",
# "a bus bound for Mandera") is where the road goes, not where the incident was: it gets
# precision "near", so a place the text gives for the incident itself ranks before it.
_ROUTE_WORDS = (
    r"(?:road|highway|route|railway|railroad|pipeline|corridor|motorway|expressway|border|boundary|axis)"
)
_ROUTE_AFTER = re.compile(  # "Machakos[-Wote road]", "Wote [road]" after "Machakos-"
    r"^\s*[-\u2013]\s*(?:[A-Z][\w']*(?:\s+[A-Z][\w']*){0,2}\s+)?" + _ROUTE_WORDS + r"\b"
    r"|^\s+" + _ROUTE_WORDS + r"\b",
    re.IGNORECASE,
)
_ROUTE_BEFORE = re.compile(
    r"(?:bound for|en route to|on (?:its|their|his|her|the) way to|headed to|heading to|heading for"
    r"|travell?ing (?:to|from)|" + _ROUTE_WORDS + r"\s+(?:between|from|linking|connecting|to))\s+$"
    r"|" + _ROUTE_WORDS + r"\s+(?:between|from|linking|connecting)\s+[\w' -]{2,40}?\s+(?:and|to|with)\s+$"
    # "the axis Djibo-Bourzanga" (French "l'axe"): either end
    r"|\baxis\s+(?:of\s+)?(?:[\w'.]+[ \t]?){0,3}?(?:[-\u2013]\s*)?$",
    re.IGNORECASE,
)
# Nouns after which "of" introduces a place ("the area of", "the village of").
PLACE_NOUNS = frozenset(
    "area outskirts vicinity village villages hamlet locality town city capital suburbs environs "
    "region border borders north south east west centre center heart streets".split()
)
# Cues naming a route by its ends joined with a dash ("the axis Djibo-Bourzanga").
_ROUTE_CUES = frozenset({"axis"})
# Nouns after which "of" introduces a settlement by name, known to the gazetteer or not.
_SETTLEMENT_NOUNS = frozenset("town village hamlet locality settlement".split())
# Nouns for a place's people, after which "of" introduces the place ("residents of Ol Kalou").
RESIDENT_NOUNS = frozenset("residents inhabitants villagers natives dwellers".split())
# Nouns after which a known place name is a toponym with no locative cue before it: its people,
# its offices and its parts ("Kibwezi residents", "the Homa Bay governor", "a Kisumu beach").
LOCAL_NOUNS = RESIDENT_NOUNS | frozenset(
    "locals traders youths governor mp senator beach market estate slum slums outskirts".split()
)
_PAREN = re.compile(r"\(([^()]{2,100}?)(?:\)|(?=\.(?:\s|$)))")  # an unclosed one ends with the sentence
# Score of a demonym mention ("Kenyan"): it names a country for context, never an event's place.
DEMONYM_SCORE = -1.0
# A demonym of raiders or of a border ("Ugandan raiders attack Kenyan villages", "near the Somali
# border"): where the attackers came from or what lies across the line, weaker evidence of where
# the event was than the demonym of its victims or of a place.
ORIGIN_SCORE = -1.5
BORDER_NOUNS = frozenset({"border", "frontier"})
ORIGIN_NOUNS = BORDER_NOUNS | frozenset(
    "raiders bandits militia militias militiamen gunmen tribesmen rustlers attackers assailants "
    "poachers".split()
)
# Score of a non-place country cue ("KDF", "Jubilee Party", a group the actor dictionary ties to a
# country): context and a last-resort country for the event, never a toponym of its own.
CUE_SCORE = -2.0
# Weaker cues: an armed group's home country (Al Shabaab raids Kenya from Somalia) and the
# identity groups of ``country_cues.toml``'s [weak_cues].
WEAK_CUE_SCORE = -3.0
# A country named as a border, an origin or a destination ("near the border with Somalia",
# "fled into Uganda", "the Somalia-based group"): a toponym, but not the event's setting.
REFERENCE_SCORE = -0.5
# An end of a route ("the Nairobi-Mombasa highway", "a Nairobi-bound bus"): a toponym at
# precision "near" that ranks after every other place in the evidence (ACLED codes the place of
# the incident when the text gives one).
ROUTE_SCORE = -0.25
_CUE_SCORES = frozenset({DEMONYM_SCORE, ORIGIN_SCORE, CUE_SCORE, WEAK_CUE_SCORE})
# A town named as an origin, a destination or part of an office ("pastoralists from Isiolo",
# "the governor of Kilifi was shot in Nyali"): a toponym, ranked after the other places of the
# event's sentences, as a route's end is.
SIDE_SCORE = -0.1
# A place fire was launched from ("Hamas fired rockets from Gaza into southern Israel"): the
# event is where the fire landed, so it ranks after every other place of the evidence and does
# not count towards the article's main country.
LAUNCH_SCORE = -0.15
_SECONDARY_SCORES = frozenset({ROUTE_SCORE, SIDE_SCORE, LAUNCH_SCORE})
# A place in the dateline ("MOGADISHU - ", "KABUL (Reuters) -"): where the story was filed, good
# country context but not where the event was when the event's own sentences name any place
# (even one resolved only to its country): ranked after all of them.
DATELINE_SCORE = -0.3
_OFFICES = (r"(?:deputy\s+)?governor|senator|mp|mca|mayor|chief|(?:county\s+|district\s+)?commissioner"
            r"|member\s+of\s+parliament|bishop|woman\s+rep(?:resentative)?|legislator|lawmaker")
_TITLE_BEFORE = re.compile(r"\b(?:" + _OFFICES + r")\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_AFTER = re.compile(r"^(?:'s|\u2019s)?\s+(?:" + _OFFICES + r")\b", re.IGNORECASE)
_NOT_TOPONYMS = frozenset({CUE_SCORE, WEAK_CUE_SCORE})
# Votes of each kind of cue, for the country fallback of ``choose_event_location``.
_CUE_VOTES = {CUE_SCORE: 1.0, DEMONYM_SCORE: 0.5, WEAK_CUE_SCORE: 0.5, ORIGIN_SCORE: 0.25}
_REFERENCE_BEFORE = re.compile(
    r"(?:borders?\s+(?:with|of)|from|into|across|towards?|entered|crossing|fled\s+to|fleeing\s+to"
    r"|returned\s+to|back\s+to|neighbou?ring|deported\s+to|to\s+neighbou?ring)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REFERENCE_AFTER = re.compile(r"^(?:-|\s)(?:based|border|borders|bound|side)\b", re.IGNORECASE)
# Remote violence: "fired rockets from X" names where fire was launched, "... into/at X" where
# it was aimed (a target, not a country named as a destination).
_FIRE_VERBS = r"\b(?:fired|fires|firing|launched|launches|launching|lobbed|lobs|lobbing)\b"
_LAUNCH_FROM = re.compile(_FIRE_VERBS + r"(?:\s+[\w'-]+){0,6}?\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_LAUNCH_AT = re.compile(
    _FIRE_VERBS + r"(?:\s+[\w'-]+){0,8}?\s+(?:into|at|on|towards?|across)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# Votes (a named country gives 2.0): a demonym or an actor's home country is weaker evidence of
# where an event is than an institution of the state ("Somali militants" raid Kenyan towns).
DEMONYM_VOTE = 0.5
ACTOR_VOTE = 0.5
# A candidate outside the article's dominant country (and its neighbours) must be this prominent:
# national capitals, countries and cities of a million ("Paris" in a Texas story is in France).
_FOREIGN_MIN_POP = 1_000_000
# Without any country context an alternate-name match must be a real town: alternate names are
# in every language, and "Belle", "Bura", "Matare" are other-language names of small European and
# Asian places far more often than what a text means.
_NO_CONTEXT_ALT_MIN_POP = 100_000
# A same-name place across the border of the dominant country: only a sizeable town (the border
# towns events happen in) or one in a country the text names; else the name falls back to the
# dominant country, which is right more often than a neighbour's hamlet.
_NEIGHBOUR_MIN_POP = 50_000
# An alternate name of a unit in the article's region (this share of its admin-1 votes) is kept
# where no place of that official name is (see ``_drop_local_alternates``).
_LOCAL_ADMIN1_SHARE = 0.25
# Local uses of a town's name: its institutions and residents, "the City of X", "Name, 26, of X".
_LOCAL_AFTER = re.compile(
    r"^(?:'s|\u2019s)?\s+(?:police|sheriff|mayor|city\s+(?:council|hall|limits|manager|officials|schools)"
    r"|town\s+(?:council|hall|board)|village\s+board|fire\s+(?:department|chief|station)|council"
    r"|public\s+schools?|school\s+(?:board|district)|independent\s+school|high\s+school|residents?"
    r"|man|woman|men|women|teen|teenager|boy|girl|couple|native|businessman|businesswoman)\b",
    re.IGNORECASE,
)
_LOCAL_BEFORE = re.compile(r"(?:\b(?:city|town|village)\s+of|\d+\s*,\s+of|\bof\s+rural)\s+$", re.IGNORECASE)
# A capitalised name found with no locative cue is taken when it is first of all a city this big.
_BARE_CITY_MIN_POP = 100_000
# A town found in one country only is a full vote for it from this size on, half a vote below.
_SURE_TOWN_POP = 10_000
_COMPASS = frozenset(
    "northeast northwest southeast southwest northeastern northwestern southeastern southwestern".split()
)
DIRECTION_WORDS = frozenset(
    "north south east west central northern southern eastern western upper lower greater".split()
)
PRECISION_RANK: dict[str, int] = {"exact": 0, "near": 1, "admin2": 2, "admin1": 3, "country": 4}
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,6}")  # "TAK", "DHKP-C": a bracket holding one is no location gloss
_WRITTEN_NAME_MIN_POP = 50_000  # see _written_name
_MOVED_CITY_MIN_POP = 100_000  # a city named with the state it lay in before a split (see find_places)
_NAMESAKE_MAX_KM = 200.0  # see _namesake_town (Kenyan county towns sit up to ~150 km off-centre)
_CASELESS_MIN_POP = 5000  # caseless text: a bare populated place must be a town, not a hamlet


@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    raw = (files("eventscope") / "resources" / "geo" / "stoplist.toml").read_text(encoding="utf-8")
    return frozenset(normalize_name(w) for w in tomllib.loads(raw).get("words", []))


@dataclass(frozen=True)
class _CueLexicon:
    """``resources/geo/country_cues.toml``: acronyms matched exactly, other forms caselessly."""

    acronyms: re.Pattern[str] | None
    words: re.Pattern[str] | None
    # matched form (acronym as written, other forms lower-cased) -> (ISO3, vote)
    iso3_of: dict[str, tuple[str, float]]
    cross_border: dict[str, tuple[str, ...]]  # actor dictionary name -> countries it operates in


@lru_cache(maxsize=1)
def _cue_lexicon() -> _CueLexicon:
    raw = (files("eventscope") / "resources" / "geo" / "country_cues.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    acr: dict[str, tuple[str, float]] = {}
    words: dict[str, tuple[str, float]] = {}
    for table, weight_key in (("cues", "weight"), ("weak_cues", "weak_weight")):
        weight = float(data.get(weight_key, 1.0))
        for iso3, forms in data.get(table, {}).items():
            for f in forms:
                if f.isupper() and len(f) <= 6:
                    acr[f] = (iso3, weight)
                else:
                    words[f.lower()] = (iso3, weight)

    def alternation(forms: Iterable[str], flags: int) -> re.Pattern[str] | None:
        ordered = sorted(forms, key=len, reverse=True)  # longest first: "Kenya Police Reservist"
        if not ordered:
            return None
        # whole words; a prefix of stance is allowed before them ("anti-IEBC protest", "pro-ODM youths")
        return re.compile(r"(?:(?<![\w-])|(?<=\b[Aa]nti-)|(?<=\b[Pp]ro-))(?:"
                          + "|".join(re.escape(f) for f in ordered) + r")(?![\w-])", flags)

    cross = {name: tuple(isos) for name, isos in data.get("cross_border", {}).items()}
    return _CueLexicon(alternation(acr, 0), alternation(words, re.IGNORECASE), {**words, **acr}, cross)


@dataclass(frozen=True)
class _Span:
    """A candidate toponym before resolution."""

    start: int  # char offsets
    end: int
    text: str
    hint: str  # "admin", "town", "any" or "" (from a following word such as "county")
    source: str  # "ner", "cue", "chain", "name"
    near: bool  # preceded by "N km from", or an end of a route
    route: bool = False  # an end of a route ("the Machakos-Wote road"): near, and ranked last
    part: bool = False  # "Isiolo South": a part of the named place
    reference: bool = False  # "the border with X", "from X", "X-based": X may not be the setting
    title: bool = False  # "the governor of X", "the X MP": part of someone's office, not a setting
    dateline: bool = False  # in the dateline ("KABUL (Reuters) -"): where the story was filed
    launch: bool = False  # "fired rockets from X": where fire was launched, not where it landed
    gloss_unit: bool = False  # last item of a location gloss ("Pobe-Mengao (Pobe-Mengao, Soum)")


# Institutions that speak from where they sit (a resident or a witness speaks from the scene).
_OFFICIAL_SPEAKERS = SPEAKER_NOUNS | frozenset(
    "police authorities authority army military government ministry governor commissioner agency "
    "hospital spokesman".split()
)


def _in_speaker(tok: Token) -> bool:
    """Is the token inside an official speaker, the subject of a speech verb ("police in Nanyuki
    said two officers were shot in Naro Moru")? That place is where the source sits."""
    t = tok
    for _ in range(5):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SPEECH_VERBS:
            return t.lower_ in _OFFICIAL_SPEAKERS
        if t.head.i == t.i or t.dep_ in ("ccomp", "relcl", "advcl", "ROOT"):
            return False
        t = t.head
    return False


def _is_route_end(before: str, text: str, after: str) -> bool:
    """Is ``text`` (between ``before`` and ``after``) an end of a route (see ``_ROUTE_AFTER``)?"""
    if _ROUTE_BEFORE.search(before):
        return True
    if text.endswith(_DASHES):  # the tokenizer left the hyphen on: "Mombasa-|Malindi road"
        after = "-" + after
    if text.startswith(_DASHES):  # or on the second name: "Nairobi|-Nakuru highway"
        before = before + "-"
    if re.match(r"^[-\u2013]bound\b", after):  # "a Nairobi-bound bus": the destination
        return True
    # "Machakos-Wote road" (either end), and "Kismayo Road" alone: a road named after the town
    # it leads to, which is rarely where the incident on it was ("along Kismayo Road in Garissa")
    return bool(_ROUTE_AFTER.search(after))


# Dotted abbreviations of places: "U.S.", "U.K.", "S.C.", "L.A." (the tokenizer keeps them whole).
_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")


def _capitalised(tok: Token, caseless: bool) -> bool:
    if caseless:  # no capitals to go by: the tagger's proper nouns stand in for them
        return tok.is_alpha and not tok.is_stop and tok.pos_ in ("PROPN", "X")
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or "'" in tok.text
                                       or _DOTTED.fullmatch(tok.text) is not None)


def _run_after(doc: Doc, i: int, caseless: bool, limit: int = 5) -> list[int]:
    """Token indices of a capitalised run starting at ``i`` (connectors and hyphens allowed)."""
    out: list[int] = []
    j = i
    while j < len(doc) and len(out) < limit:
        t = doc[j]
        if _capitalised(t, caseless) and t.lower_ not in ADMIN_WORDS:
            out.append(j)
        elif out and (t.lower_ in NAME_CONNECTORS or t.text in _JOINERS) and _joins(doc, j + 1, caseless):
            out.append(j)
        else:
            break
        j += 1
    return out


def _run_before(doc: Doc, end: int, caseless: bool) -> list[int]:
    """Token indices of the capitalised run that ends just before token ``end``."""
    out: list[int] = []
    j = end - 1
    while j >= 0 and len(out) < 4:
        t = doc[j]
        if _capitalised(t, caseless) and t.lower_ not in ADMIN_WORDS:
            out.insert(0, j)
        elif out and (t.lower_ in NAME_CONNECTORS or t.text in _JOINERS):
            out.insert(0, j)
        else:
            break
        j -= 1
    while out and (doc[out[0]].lower_ in NAME_CONNECTORS or doc[out[0]].text in _JOINERS):
        out.pop(0)
    return out


def _joins(doc: Doc, j: int, caseless: bool) -> bool:
    """Does a name go on at token ``j`` after a connector ("ez" in "Deir ez-Zor")?"""
    if j < len(doc) and doc[j].text in _JOINERS:
        j += 1
    return j < len(doc) and _capitalised(doc[j], caseless)


def _exact_place(cands: list[Candidate]) -> bool:
    """The name's best match is exact and a town or an administrative unit."""
    return bool(cands) and cands[0].kind == 0 and cands[0].place.feature_class in ("P", "A")


def _one_big_city(cands: list[Candidate]) -> bool:
    if not cands or cands[0].kind != 0 or cands[0].place.feature_class != "P" \
            or cands[0].place.population < _BARE_CITY_MIN_POP:
        return False
    return not any(c.place.population >= _SURE_TOWN_POP for c in cands[1:]
                   if c.place.feature_class == "P" and c.place.geonameid != cands[0].place.geonameid)


class _Matcher:
    """Finds candidate spans in a parsed document (step 1)."""

    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._run_starts: list[bool] | None = None
        self._pieces: dict[tuple[int, int], list[Candidate] | None] = {}
        self.gaz = gaz
        self.caseless = is_caseless(self.text)
        self.stop = _stoplist()
        self.found: list[_Span] = []
        self.taken: set[int] = set()
        self.person_bounds = {t: (ent.start, ent.end) for ent in doc_ents(doc) if ent.label_ == "PERSON"
                              for t in range(ent.start, ent.end)}
        # Surnames of the persons the text names in full: a later bare "Farrin" is the person.
        self.surnames = {ent[-1].text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) >= 2
                         and ent[-1].text[:1].isupper()}
        self.dateline = self._find_dateline()  # char span of the dateline (name to dash), if any
        # char starts of the last items of bracketed glosses: "(Pobe-Mengao, Soum)" names Soum as
        # the unit the place lies in
        self.gloss_units = {m.start(1) + len(m.group(1)) - len(m.group(1).rsplit(",", 1)[-1].lstrip())
                            for m in _PAREN.finditer(self.text) if "," in m.group(1)}

    def _find_dateline(self) -> tuple[int, int, int, int] | None:
        """(start, end) of the dateline and (start, end) of its place name (``dateline.find``)."""
        return find_dateline(self.text, self.caseless)

    def known(self, text: str, source: str) -> bool:
        """Would this text be worth keeping as a toponym candidate?"""
        key = normalize_name(text)
        if not key or key in self.stop or len(key) < 2:
            return False
        cands = self.gaz.candidates(text, fold=False)
        if not cands:
            return False
        if self.caseless or source == "name":
            # No capitals to trust: only important names (countries, admin units, towns).
            return any(c.place.feature_class == "A" or c.place.population >= _CASELESS_MIN_POP
                       for c in cands[:10])
        return True

    def hint_after(self, end_tok: int) -> str:
        if end_tok < len(self.doc):
            return ADMIN_WORDS.get(self.doc[end_tok].lower_, "")
        return ""

    def make(self, s_tok: int, e_tok: int, source: str) -> _Span:
        doc = self.doc
        # Extend over a capitalised admin word that is part of the name ("Rapides Parish").
        hint = self.hint_after(e_tok)
        if hint and not self.caseless and doc[e_tok].text[:1].isupper():
            e_tok += 1
        hint = hint or ADMIN_WORDS.get(doc[e_tok - 1].lower_, "")
        start, end = doc[s_tok].idx, doc[e_tok - 1].idx + len(doc[e_tok - 1].text)
        text = self.text
        if not hint and _UNIT_LIST_AFTER.match(text[end: end + 160]):
            hint = "admin"  # "Becker, Clay and Douglas counties": each item is a county
        before = text[max(0, start - 60): start]
        after = text[end: end + 50]
        route = _is_route_end(before, text[start:end], after)
        near = route or bool(_DISTANCE_BEFORE.search(before))
        launch = bool(_LAUNCH_FROM.search(before))
        ref = route or launch or bool((_REFERENCE_BEFORE.search(before) and not _LAUNCH_AT.search(before))
                                      or _REFERENCE_AFTER.match(after))
        title = bool(_TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after)) or _in_speaker(doc[s_tok])
        dateline = self.dateline is not None and self.dateline[0] <= start < self.dateline[1]
        if dateline:
            near = route = ref = title = launch = False
        return _Span(start, end, text[start:end], hint, source, near, route=route, reference=ref, title=title,
                     dateline=dateline, gloss_unit=start in self.gloss_units, launch=launch)

    def pick(self, run: list[int], source: str, strong_cue: bool) -> tuple[int, int] | None:
        """The part of a capitalised run to keep as a toponym.

        A run followed by a list that reaches a known place ("Kasipul, Homa Bay", "Kintengela
        (Kaputiei North, Kajiado)") is kept whole even when the gazetteer does not know it: it
        is a place too small for the gazetteer, and it will fall back to its container.
        """
        if not run:
            return None
        full = (run[0], run[-1] + 1)
        if len(run) <= 3 and self._leads_to_known(full[1], depth=3) \
                and not self._blocked(*full, strong_cue=True):
            return full
        hit = self.longest_known(run, source)
        if hit is None or self._blocked(*hit, strong_cue=strong_cue):
            return None
        if not strong_cue and hit[1] < full[1]:
            return None  # "of the Amani National Congress": a name that merely starts like a place
        return hit

    def _leads_to_known(self, e: int, depth: int) -> bool:
        doc = self.doc
        if depth <= 0 or e + 1 >= len(doc) or doc[e].text not in (",", "("):
            return False
        run = _run_after(doc, e + 1, self.caseless)
        if not run:
            return False
        if self.longest_known(run, "chain") == (run[0], run[-1] + 1):
            return self.is_unit(doc[run[0]: run[-1] + 1].text)
        return len(run) <= 3 and self._leads_to_known(run[-1] + 1, depth - 1)

    def longest_known(self, toks: list[int], source: str) -> tuple[int, int] | None:
        """Longest prefix of a run that the gazetteer knows, as token [start, end)."""
        for n in range(len(toks), 0, -1):
            s, e = toks[0], toks[n - 1] + 1
            if self.doc[e - 1].lower_ in NAME_CONNECTORS or self.doc[e - 1].text in (*_JOINERS, *_DASHES):
                continue
            if self.known(self.doc[s:e].text, source):
                return s, e
        return None

    def add(self, s: int, e: int, source: str) -> None:
        if any(t in self.taken for t in range(s, e)):
            return
        if normalize_name(self.doc[s:e].text) in self.gaz.demonyms():
            return  # "Somali militants": a demonym, handled as country context
        if self._is_cue(self.doc[s:e].text):
            return  # "the Garre clan": a community of the cue lexicon, not Gare in France
        self.taken.update(range(s, e))
        self.found.append(self.make(s, e, source))
        self.follow_chain(e)

    def _is_cue(self, text: str) -> bool:
        """A country cue word ("Garre", "KDF") that is not also a place of that country
        ("Turkana" is a community and a Kenyan county: the county stays a toponym)."""
        lex = _cue_lexicon()
        hit = lex.iso3_of.get(text) or lex.iso3_of.get(text.lower())
        if hit is None:
            return False
        return not self.gaz.candidates(text, iso3=hit[0], fold=False)

    def _blocked(self, s: int, e: int, *, strong_cue: bool = False) -> bool:
        """A lone stop word ("No", "May"), an acronym ("NGO") or, unless a strong locative cue
        precedes it, a person's name. The small English model tags many African and Asian
        place names PERSON, so after "in"/"at"/"near" the gazetteer gets the last word."""
        doc = self.doc
        if e - s == 1 and (doc[s].is_stop or doc[s].lower_ in self.stop):
            return True
        if e - s == 1 and not self.caseless and doc[s].is_upper and len(doc[s].text) <= 5:
            cands = self.gaz.candidates(doc[s].text, fold=False)
            if not (cands and cands[0].place.feature_code == "PCLI"):
                return True
        types = {doc[t].ent_type_ for t in range(s, e)}
        if types & _ALWAYS_BLOCK:
            return True
        if e - s == 1 and not strong_cue and doc[s].text in self.surnames:
            return True
        if self.caseless and not any(doc[t].pos_ in ("PROPN", "X") for t in range(s, e)):
            return True  # caseless text: "mass", "law", "capital" are words, not places
        for t in range(s, e):
            ps, pe = self.person_bounds.get(t, (s, e))
            # a dash splits what the parser ran together ("Mau Narok-Nairobi" tagged PERSON)
            ps = max([ps, *(k + 1 for k in range(ps, s) if doc[k].text in _DASHES)])
            pe = min([pe, *(k for k in range(e, pe) if doc[k].text in _DASHES)])
            rest = [*range(ps, s), *range(e, pe)]
            if any(doc[r].lower_ not in ADMIN_WORDS for r in rest):
                return True  # part of a longer person name: "Virginia" in "Virginia Nyaiko"
        blocking = _BLOCK_AFTER_STRONG_CUE if strong_cue else _BLOCK_AFTER_WEAK_CUE
        if types & blocking:
            cands = self.gaz.candidates(doc[s:e].text, fold=False)[:5]
            # The parser often calls a county or country NORP/PERSON ("Mombasa demonstrators",
            # "residents of Garissa"): an exact admin-1 or country name overrides it.
            if any(c.kind <= 1 and c.place.feature_code in ("PCLI", "ADM1") for c in cands):
                return False
            # After "in"/"at"/"near", a NORP-tagged town name is a town unless a group noun
            # follows ("in Gaoua" is the town; "in Pokot herders' hands" is the people).
            if strong_cue and types & blocking == {"NORP"} and not self.caseless \
                    and (e >= len(doc) or doc[e].lower_ not in _GROUP_AFTER) \
                    and normalize_name(doc[s:e].text) not in self.gaz.demonyms():
                return not any(c.kind <= 1 and c.place.feature_class in ("P", "A") for c in cands)
            return True
        return False

    def spans(self) -> list[_Span]:
        """Step 1 (first pass): entities, cue runs, list items, country/admin-1 names."""
        doc = self.doc
        self.dateline_name()
        if not self.caseless:
            for ent in doc_ents(doc):
                if ent.label_ not in ("GPE", "LOC", "FAC"):
                    continue
                s, e = ent.start, ent.end
                while s < e and doc[s].lower_ in ("the", "a"):
                    s += 1
                if s >= e or normalize_name(doc[s:e].text) in self.stop:
                    continue
                if ent.label_ == "FAC" and not self.known(doc[s:e].text, "cue"):
                    # a road or site named after the towns it joins ("the Malaba-Eldoret road")
                    if any(doc[t].text in _DASHES for t in range(s, e)):
                        self._scan_piece(s, e, _exact_place, "ner")
                    continue
                # The small model runs a name into its gloss or container ("Titao (Titao, Loroum",
                # "Witu Lamu County"): cut the entity at a bracket or comma, and when the rest is
                # unknown, keep the known names inside it instead of one unknown name.
                cut = next((t for t in range(s, e) if doc[t].text in ("(", ",")), e)
                if cut < e:
                    e = cut
                    if s >= e:
                        continue
                if e - s > 1 and not self.known(doc[s:e].text, "cue"):
                    before = len(self.found)
                    self._scan_piece(s, e, _exact_place, "ner")
                    if len(self.found) > before:
                        continue
                self.add(s, e, "ner")
        for i, tok in enumerate(doc):
            if tok.lower_ in LOCATIVE_CUES and i + 1 < len(doc):
                j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
                # "of" is locative after a place noun: "the area of X", "the village of X".
                strong = tok.lower_ in STRONG_CUES or (
                    tok.lower_ == "of" and i > 0 and (doc[i - 1].lower_ in ADMIN_WORDS
                                                      or doc[i - 1].lower_ in PLACE_NOUNS
                                                      or doc[i - 1].lower_ in RESIDENT_NOUNS
                                                      or doc[i - 1].lower_ == "control"))  # "took control of X"
                run = _run_after(doc, j, self.caseless)
                hit = self.pick(run, "cue", strong)
                if hit:
                    self.add(hit[0], hit[1], "cue")
                    if tok.lower_ in _ROUTE_CUES:
                        self.other_end(hit[1])
                elif self._named_settlement(i, run):
                    self.add(run[0], run[-1] + 1, "unknown")
            elif i + 1 < len(doc) and self._taking_verb(i):
                self.verb_object(i)
        self.parenthesised()
        self.local_nouns()
        # Country and admin-1 names anywhere ("Burkina Faso" tagged PERSON, sentence-initial names).
        self.scan_runs(lambda cands: any(c.place.feature_code in ("PCLI", "ADM1") and c.kind <= 1
                                         for c in cands[:3]), "name", inside=True)
        # Cities anywhere ("Eldoret residents protested"): a name that is first of all one big
        # city, with no sizeable namesake, is a toponym even without "in" before it (persons were
        # vetoed by _blocked). Namesakes ("Huntsville", "Dublin") are left to the context scan.
        if not self.caseless:
            self.scan_runs(_one_big_city, "name")
        return self.sorted_spans()

    def _taking_verb(self, i: int) -> bool:
        """Is token ``i`` a verb of taking or attacking a place ("captured", "overran", "shelled"),
        or "hit"/"struck" with a weapon or shelling as its subject ("shelling hit X")?"""
        tok = self.doc[i]
        if tok.pos_ != "VERB":
            return False
        if tok.lower_ in TAKING_VERBS or tok.lemma_.lower() in TAKING_VERBS:
            return True
        return tok.lemma_.lower() in ("hit", "strike") and any(
            self.doc[k].lower_ in MUNITION_NOUNS for k in range(max(0, i - 3), i))

    def verb_object(self, i: int) -> None:
        """The object of a verb of taking or attacking ("Rebels captured Goma"): a capitalised run
        the gazetteer knows there is a place, as after "in", whatever the parser tagged it (the
        small model calls many such towns persons). The whole run must be a known name (a
        person taken captive is not a place named like his first name), and no group of people
        ("shelled Taliban positions", "captured Houthi fighters")."""
        doc = self.doc
        the = doc[i + 1].lower_ == "the"
        run = _run_after(doc, i + 2 if the else i + 1, self.caseless)
        if not run:
            return
        e = run[-1] + 1
        # after "the", only a name before a noun ("stormed the Msambweni polling station"), not
        # one that is a title's first word ("capturing the Best in Show award")
        if the and not (e < len(doc) and doc[e].pos_ == "NOUN" and doc[e].text.islower()):
            return
        if e < len(doc) and (doc[e].lower_ in _GROUP_AFTER or doc[e].lower_ in _TARGET_NOUNS):
            return
        hit = self.pick(run, "cue", True)
        if hit == (run[0], e):
            self.add(hit[0], hit[1], "cue")

    def other_end(self, e: int) -> None:
        """The other end of a route named with a dash after a route cue ("the axis
        Djibo-Bourzanga"): a toponym too, whichever of the two the gazetteer knows."""
        doc = self.doc
        if e + 1 < len(doc) and doc[e].text in _DASHES:
            hit = self.pick(_run_after(doc, e + 1, self.caseless), "cue", True)
            if hit:
                self.add(hit[0], hit[1], "cue")

    def _named_settlement(self, of: int, run: list[int]) -> bool:
        """"the town of Bulo Marer", "the village of Kamuthe": a name the gazetteer lacks that the
        text calls a settlement. Kept unresolved, it falls back to the article's country (or the
        region it names) instead of leaving the event to another place of the sentence (the
        dateline's town)."""
        doc = self.doc
        if self.caseless or not run or len(run) > 3 or doc[of].lower_ != "of" or of == 0 \
                or doc[of - 1].lower_ not in _SETTLEMENT_NOUNS:
            return False
        s, e = run[0], run[-1] + 1
        if not all(doc[t].is_alpha and doc[t].text[:1].isupper() and not doc[t].is_upper for t in range(s, e)):
            return False
        if normalize_name(doc[s:e].text) in self.stop or any(doc[t].is_stop for t in range(s, e)):
            return False
        return not ({doc[t].ent_type_ for t in range(s, e)} & (_ALWAYS_BLOCK | {"ORG", "NORP"}))

    def dateline_name(self) -> None:
        """The dateline's place name, when the gazetteer has a town or unit of that name: taken
        whole, whatever the parser made of it ("KABUL" reads as an acronym, "TORRINGTON" as a
        person)."""
        if self.dateline is None:
            return
        sp = self.doc.char_span(self.dateline[2], self.dateline[3], alignment_mode="contract")
        if sp is None or normalize_name(sp.text) in self.stop:
            return
        if any(c.kind <= 1 and c.place.feature_class in ("P", "A") for c in _name_candidates(sp.text, self.gaz)):
            self.add(sp.start, sp.end, "dateline")

    def local_nouns(self) -> None:
        """A known town or unit just before a noun for its people or parts ("Kibwezi residents",
        "a Kisumu beach", "the Homa Bay governor"): a toponym without a locative cue."""
        if self.caseless:
            return
        doc = self.doc
        for tok in doc:
            if tok.lower_ not in LOCAL_NOUNS or tok.i == 0:
                continue
            run = _run_before(doc, tok.i, self.caseless)
            if not run or len(run) > 3:
                continue
            s, e = run[0], run[-1] + 1
            if self._blocked(s, e, strong_cue=True):
                continue
            cands = self.gaz.candidates(doc[s:e].text, fold=False)
            if _exact_place(cands):
                self.add(s, e, "cue")

    def is_unit(self, text: str) -> bool:
        """Is ``text`` exactly the name of a country or admin unit (a possible container)?"""
        cands = self.gaz.candidates(text, fold=False)
        return any(c.kind <= 1 and c.place.feature_class == "A" for c in cands)

    def parenthesised(self) -> None:
        """"X (Commune, Province)": an ACLED-style location gloss. When its last item is a known
        place, every item is a toponym, known or not, and the chain makes each contain the
        one before (a village in its commune in its province)."""
        doc = self.doc
        for match in _PAREN.finditer(self.text):
            items = [(m.start(1) + match.start(1), m.end(1) + match.start(1))
                     for m in re.finditer(r"\s*([^,]+?)\s*(?:,|$)", match.group(1))]
            if not items or len(items) > 4:
                continue
            if len(items) == 1 and _ACRONYM.fullmatch(self.text[items[0][0]:items[0][1]]):
                # "Kurdistan Freedom Hawks (TAK)", "Tupac Amaru Revolutionary Movement (MRTA)": a
                # name's acronym, not a gloss naming the unit it lies in (Tak, Thailand)
                continue
            last = doc.char_span(*items[-1], alignment_mode="contract")
            if last is None or not self.is_unit(last.text):
                continue
            # the name just before the bracket is part of the chain too
            before = doc.char_span(match.start(), match.start() + 1, alignment_mode="expand")
            if before is not None and before.start > 0:
                run = _run_before(doc, before.start, self.caseless)
                if run and len(run) <= 3:
                    self.add(run[0], run[-1] + 1, "chain")
            for n, (a, b) in enumerate(items):
                sp = doc.char_span(a, b, alignment_mode="contract")
                if sp is None or len(sp) > 4:
                    continue
                # the gloss's last item is a unit even when its name is a common word ("Centre")
                if self._blocked(sp.start, sp.end) and not (n == len(items) - 1 and self.is_unit(sp.text)):
                    continue
                if all(_capitalised(t, self.caseless) or t.lower_ in NAME_CONNECTORS or t.text in "-'"
                       for t in sp):
                    self.add(sp.start, sp.end, "chain")

    def scan_runs(self, accept: Callable[[list[Candidate]], bool], source: str, *, inside: bool = False) -> None:
        """Every capitalised run: its longest accepted sub-run, then the rest on either side
        ("Northeast Georgia Medical Center" yields "Georgia"). A piece inside the run must begin
        it or follow words that are no part of a name (see ``_may_start``), unless ``inside``: a town's name in the
        middle or at the end of a longer name is part of that name ("Plantation Lakes
        Apartments", "Glacier Ridge", "the Lincoln Day Dinner" is not in Lincoln)."""
        doc = self.doc
        starts = self.run_starts()
        i = 0
        while i < len(doc):
            if not starts[i]:  # _run_after would return no run here
                i += 1
                continue
            run = _run_after(doc, i, self.caseless, limit=6)
            if not run:
                i += 1
                continue
            self._scan_piece(run[0], run[-1] + 1, accept, source, None if inside else run[0])
            i = run[-1] + 1

    def run_starts(self) -> list[bool]:
        """Per token: can a capitalised run start here (computed once per document)."""
        if self._run_starts is None:
            self._run_starts = [_capitalised(t, self.caseless) and t.lower_ not in ADMIN_WORDS for t in self.doc]
        return self._run_starts

    def _piece(self, s: int, e: int) -> list[Candidate] | None:
        """The exact-name candidates of ``doc[s:e]``, None when the piece cannot be a name (a
        connector at either end, a stop name, blocked); the same for every scan, so kept."""
        key = (s, e)
        if key in self._pieces:
            return self._pieces[key]
        doc = self.doc
        found: list[Candidate] | None = None
        if not (doc[s].lower_ in NAME_CONNECTORS or doc[e - 1].lower_ in NAME_CONNECTORS
                or doc[s].text in _JOINERS or doc[e - 1].text in _JOINERS):
            text = doc[s:e].text
            if not (normalize_name(text) in self.stop or self._blocked(s, e)):
                found = self.gaz.candidates(text, fold=False)
        self._pieces[key] = found
        return found

    def _scan_piece(self, lo: int, hi: int, accept: Callable[[list[Candidate]], bool], source: str,
                    run_start: int | None = None) -> None:
        for n in range(min(hi - lo, 4), 0, -1):
            for s in range(lo, hi - n + 1):
                e = s + n
                if run_start is not None and not self._may_start(run_start, s):
                    continue
                cands = self._piece(s, e)
                if cands is None:
                    continue
                if accept(cands):
                    self.add(s, e, source)
                    self._scan_piece(lo, s, accept, source, run_start)
                    self._scan_piece(e, hi, accept, source, run_start)
                    return

    def _may_start(self, run_start: int, s: int) -> bool:
        """Can a place name begin at token ``s`` of the run that begins at ``run_start``? Only
        after words that are not part of a name: a determiner, an adjective ("A Gainesville
        man", "former Athens mayor"), a verb, a direction word or a party label ("D-Oakland")."""
        doc = self.doc
        if s > run_start and doc[s - 1].text in _DASHES:
            return True  # names joined by a dash are names of their own ("Malaba-Eldoret road")

        def free(t: int) -> bool:
            tok = doc[t]
            return (tok.lower_ in DIRECTION_WORDS or tok.lower_ in _COMPASS
                    or tok.lower_ in ("downtown", "uptown", "metro") or tok.is_stop or tok.is_punct
                    or tok.pos_ in ("DET", "ADJ", "ADV", "PRON", "ADP", "CCONJ", "SCONJ", "NUM", "VERB", "AUX")
                    # a party label before a home town: "Rep. Lee, D-Oakland", "DFL-Cook"
                    or (tok.is_upper and len(tok.text) <= 3 and t + 1 < len(doc) and doc[t + 1].text == "-"))
        return all(free(t) for t in range(run_start, s))

    def context_spans(self, ctx: _Context) -> list[_Span]:
        """Second pass: any capitalised run naming a place inside the article's main admin-1
        ("A Gainesville man", "the Athens Police Department" in a story set in that state)."""
        if self.caseless or not ctx.admin1s:
            return self.sorted_spans()
        total = sum(ctx.admin1s.values())
        top = {k for k, v in ctx.top_admin1s(2) if v / total >= 0.25 and v >= 1.0}
        if top:
            self.scan_runs(lambda cands: any((c.place.iso3, c.place.admin1 or "") in top and c.kind <= 1
                                             for c in cands), "context")
        return self.sorted_spans()

    def sorted_spans(self) -> list[_Span]:
        self.found.sort(key=lambda sp: sp.start)
        return list(self.found)

    def follow_chain(self, e: int) -> None:
        """After a place, ", Name" or "and Name" continues the list: try the next name too."""
        doc = self.doc
        if e + 1 < len(doc) and doc[e].text in (",", "(", "and", "&"):
            j = e + 1
            if doc[j].lower_ == "and":
                j += 1
            hit = self.pick(_run_after(doc, j, self.caseless), "chain", True)
            if hit:
                self.add(hit[0], hit[1], "chain")

    def demonym_spans(self) -> list[tuple[int, int, str]]:
        """Demonyms ("Kenyan", "Sudanese"): char span and ISO3 of the country they point to."""
        demonyms = self.gaz.demonyms()
        out = []
        for tok in self.doc:
            if tok.i in self.taken or not (tok.text[:1].isupper() or self.caseless):
                continue
            iso3 = demonyms.get(tok.lower_)
            if iso3:
                out.append((tok.idx, tok.idx + len(tok.text), iso3))
        return out

    def origin_demonyms(self) -> dict[int, str]:
        """Char start -> following noun of each word before a raiders' or border noun (a demonym
        there gets ``ORIGIN_SCORE``)."""
        doc = self.doc
        return {tok.idx: doc[tok.i + 1].lower_ for tok in doc[:-1] if doc[tok.i + 1].lower_ in ORIGIN_NOUNS}


# Resolution ----------------------------------------------------------------------------------


def _importance(p: Place) -> float:
    """Prior salience: national capitals and countries first ("Washington" is the capital unless
    the text says "Washington state"), then admin units, then by population (log10)."""
    # PCLI 6: a country's name is the country even in a story set elsewhere ("Panama" in a US
    # story), short of strong admin-1 context ("Georgia" in an Atlanta story stays the state).
    bonus = {"PCLI": 6.0, "CONT": 6.0, "PPLC": 3.0, "ADM1": 1.5, "ADM1H": 1.5, "ADM2": 0.5}.get(p.feature_code, 0.0)
    return bonus + math.log10(p.population + 1)


def _contains(container: Place, p: Place) -> bool:
    """Is ``p`` inside ``container`` (by country and admin names; GeoNames has no polygons here)?"""
    if p.iso3 != container.iso3:
        return False
    if container.feature_code in ("PCLI", "ADM1H"):
        return True  # (a former province: the index does not know which of today's units it held)
    if container.feature_code == "ADM1":
        return p.admin1 == container.admin1 and p.geonameid != container.geonameid
    if container.feature_code == "ADM2":
        return p.admin2 == container.name or p.admin2 == container.admin2
    # a town as container ("Dabaso, Kilifi" style lists sometimes end in the district's town)
    return p.admin1 == container.admin1 and p.geonameid != container.geonameid


def _level_precision(p: Place) -> GeoPrecision:
    if p.feature_code in ("PCLI", "CONT"):  # a continent: coarser still, "country" is the floor
        return "country"
    if p.feature_code in ("ADM1", "ADM1H"):  # a former province ("Rift Valley") is as coarse
        return "admin1"
    if p.feature_code.startswith("ADM"):
        return "admin2"
    return "exact"


@dataclass
class _Context:
    """Country and admin-1 votes for one article (built, then only read)."""

    countries: defaultdict[str, float]
    admin1s: defaultdict[tuple[str, str], float]

    def country_share(self, iso3: str) -> float:
        total = sum(self.countries.values())
        return self.countries.get(iso3, 0.0) / total if total else 0.0

    def admin1_share(self, p: Place) -> float:
        total = sum(self.admin1s.values())
        return self.admin1s.get((p.iso3, p.admin1 or ""), 0.0) / total if total and p.admin1 else 0.0

    def main_country(self, min_votes: float = 1.0) -> str | None:
        if not self.countries:
            return None
        # Ties broken by code, not by dict order (which follows set iteration and so varies with
        # the process's hash seed: a process pool must give the same answer as one process).
        iso3, votes = max(self.countries.items(), key=lambda kv: (kv[1], kv[0]))
        return iso3 if votes >= min_votes else None

    def dominant_country(self) -> str | None:
        """The country the article is about, for narrowing homonyms: any evidence (0.5 votes, a
        demonym or a group's home country) will do, but it must lead the runner-up by half again
        (a Charleston story naming places in two countries equally is left undecided)."""
        ranked = sorted(self.countries.values(), reverse=True)
        top = self.main_country(min_votes=0.5)
        if top is None or (len(ranked) > 1 and ranked[0] < 1.5 * ranked[1]):
            return None
        return top

    def top_admin1s(self, n: int) -> list[tuple[tuple[str, str], float]]:
        return sorted(self.admin1s.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


@dataclass(frozen=True)
class _Region:
    """The countries an armed group operating across borders points to (JNIM: Mali, Burkina
    Faso, Niger). A story naming such a group is set there: a place elsewhere is meant only
    when prominent (a country, a capital, a city of a million); a namesake village on another
    continent ("Solhan" in Turkey, "Yamba" in Australia) or a town of the wide ring of their
    neighbours ("Pobe" in Benin for Pobe-Mengao) is not what the text means."""

    countries: frozenset[str]

    def admits(self, c: Candidate, cands: Sequence[Candidate]) -> bool:
        return c.place.iso3 in self.countries or _meant_anyway(c, cands)


def _build_context(
    cands: Sequence[list[Candidate]], spans: Sequence[_Span], cues: Sequence[tuple[str, float]],
    region: _Region | None = None,
) -> _Context:
    """Country and admin-1 votes: the confident mentions first (country names, admin units
    named as such, names found in one country only), then the non-place cues (``cues``: ISO3
    and weight of demonyms, institutions, actors' home countries). With a ``region``, a namesake
    outside it casts no vote ("Solhan" in a JNIM story is no vote for Turkey, which would then
    claim the story's other names)."""
    countries: defaultdict[str, float] = defaultdict(float)
    admin1s: defaultdict[tuple[str, str], float] = defaultdict(float)
    for cs, sp in zip(cands, spans, strict=True):
        # continents belong to no country
        cs = [c for c in cs if c.place.iso3 and (region is None or region.admits(c, cs))]
        if not cs:
            continue
        top = cs[0].place
        rivals = [c for c in cs[1:] if c.kind <= 1 and c.place.feature_class == "A"]
        if top.feature_code == "PCLI" and cs[0].kind <= 1 and not rivals:
            countries[top.iso3] += 0.5 if sp.reference else 2.0
            continue
        isos = {c.place.iso3 for c in cs}
        # An admin unit is a confident mention when it is the only unit of that name on earth
        # ("Soum" the Burkinabe province, not the Senegalese village) or the text calls it one
        # ("Garissa county"): it fixes the country whatever towns share its name elsewhere.
        units = [c for c in cs
                 if c.kind <= 1 and c.place.feature_class == "A" and c.place.feature_code != "PCLI"]
        unit_isos = {c.place.iso3 for c in units}
        if len(isos) == 1 and (cs[0].kind == 0 or top.feature_class == "A"):
            # (an alternate name in some language is no evidence: "Poni" is also Pawnee, Oklahoma;
            # a hamlet found in one country only is weak evidence: the gazetteer lacks most of
            # the hamlets of the country the story is about, "Pangani" in a Nairobi story)
            if sp.hint == "admin" and top.feature_class == "A":
                countries[top.iso3] += 1.5
            elif top.feature_code == "ADM1" or top.population >= _SURE_TOWN_POP:
                countries[top.iso3] += 1.0
            else:
                countries[top.iso3] += 0.5
            if top.feature_code == "ADM1":
                admin1s[(top.iso3, top.admin1 or "")] += 2.0
        elif len(unit_isos) == 1 and (sp.hint == "admin" or _telling_unit(units, cs, gloss=sp.gloss_unit)):
            countries[units[0].place.iso3] += 1.5 if sp.hint == "admin" else 1.0
            if len({c.place.geonameid for c in units}) == 1:
                admin1s[(units[0].place.iso3, units[0].place.admin1 or "")] += 1.0
                continue
            # several units of that name in the one country ("Hall County"): the country is
            # sure, the region is not; its homonyms' regions share the vote below
        else:
            for iso in sorted(isos):
                countries[iso] += 0.2
            # the gazetteer's first reading (the most prominent namesake) breaks ties between
            # the countries that share the name: "Goma" alone points to Congo, not to a hamlet
            countries[top.iso3] += 0.05
        a1s = {(c.place.iso3, c.place.admin1) for c in cs if c.place.admin1}
        for iso, a1 in sorted(a1s, key=lambda k: (k[0], k[1] or "")):
            admin1s[(iso, a1 or "")] += 1.0 / len(a1s)
    for iso3, weight in cues:
        countries[iso3] += weight
    return _Context(countries, admin1s)


def _telling_unit(units: Sequence[Candidate], cs: Sequence[Candidate], *, gloss: bool = False) -> bool:
    """Does a bare name ("Soum", "Mandera") point to the one admin unit it names? Only when the
    unit is unique, named exactly (not "Arlington" for Arlington County), a real district, and
    the name is not better known as a city: "Berlin" in a story from Connecticut is not a vote
    for Germany, nor "Arlington" one for Virginia when Arlington, Texas is bigger."""
    if len({c.place.geonameid for c in units}) != 1 or units[0].kind != 0:
        return False
    unit = units[0].place
    if unit.feature_code != "ADM1" and not (gloss and unit.feature_code == "ADM2"):
        # a bare district name is a town elsewhere too often (Frankston, Victoria); as the last
        # item of a location gloss ("(Pobe-Mengao, Soum)") it is named as the unit it is
        return False
    return not any(_prominent(c.place) or (c.place.feature_class == "P"
                                           and c.place.population > unit.population) for c in cs)


def _score(c: Candidate, sp: _Span, ctx: _Context) -> float:
    p = c.place
    s = 0.5 * _importance(p)
    s += 4.0 * ctx.country_share(p.iso3)
    s += 2.0 * ctx.admin1_share(p)
    s -= {0: 0.0, 1: 0.2, 2: 1.0, 3: 2.0}.get(c.kind, 2.0)
    if sp.hint == "admin" and p.feature_class == "A" and p.feature_code != "PCLI":
        s += 3.0
    elif sp.hint == "town" and p.feature_class == "P":
        s += 2.0
    return s


def _namesake_town(unit: Candidate, pool: Sequence[Candidate], gaz: Gazetteer, text: str = "") -> Candidate | None:
    """The town a region is named after, or (``text``) the town the text names by its own name
    where the region's official name differs: "Luxor" is the city, not Al Uqsur governorate that
    GeoNames also calls Luxor."""
    p = unit.place
    pool = [*pool, *gaz.candidates(p.name, iso3=p.iso3, fold=False)]
    names = {normalize_name(p.name)}
    said = ""
    if p.feature_code == "ADM1" and text:  # a district's namesake town must bear its very name
        names.add(normalize_name(text))
        said = fold_key(normalize_name(text))

    def bears_name(town: Place) -> bool:
        n = normalize_name(town.name)
        if n in names:
            return True
        # A region given its city's English name ("Hama", "Vinnytsia", ACLED's spellings) while
        # GeoNames spells the city otherwise ("Hamah", "Vinnytsya"): the same name transliterated,
        # not a longer one ("Oklahoma City" is not what "Oklahoma" names).
        folded = fold_key(n)
        return bool(said) and abs(len(folded) - len(said)) <= 2 \
            and difflib.SequenceMatcher(None, folded, said).ratio() >= 0.8

    towns = [c for c in pool if c.place.feature_class == "P" and c.place.iso3 == p.iso3
             and bears_name(c.place)
             and (c.place.admin1 == p.admin1 if p.feature_code == "ADM1" else c.place.admin2 == p.admin2)]
    if not towns:
        return None
    town = max(towns, key=lambda c: c.place.population)
    # Only a region small enough for its town to stand for it: "Kitui" (county centre 40 km from
    # the town) is the town, "Quebec" (province centre 580 km from the city) is the province.
    if None in (p.lat, p.lon, town.place.lat, town.place.lon) or \
            _km(p.lat, p.lon, town.place.lat, town.place.lon) > _NAMESAKE_MAX_KM:  # type: ignore[arg-type]
        return None
    return town


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


# What may stand between a place and the unit containing it: a comma or an opening bracket,
# after a bracketed variant spelling ("Sambonaye [Sambonay] (Dori, Seno)") and before one name
# the matcher did not take ("Pangani (Starehe, Nairobi)"), or "area/village of" ("Raya area of
# Balambala sub-county").
_CHAIN_GAP = re.compile(
    r"\s*(?:\[[^\[\]]{1,40}\]\s*)?(?:,|\()\s*(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*,\s*)?"
    r"|\s+(?:area|village|town|location|sub-location|ward|division|district|county|sub-county|zone) of\s+"
    # "Tripoli, northern Lebanon", "Narathiwat, in southern Thailand": the part of the container
    # the place lies in
    r"|\s*,\s*(?:in\s+)?(?:the\s+)?(?i:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
    r"|central)\s+"
)


def _chains(spans: Sequence[_Span], text: str) -> dict[int, int]:
    """Index of each span -> index of the span that contains it in a comma list ("A, B, C").

    A list that goes on with "and"/"or" ("Columbus, Pleasant Township and Grove City") names
    siblings, not a containment path, and gets no links.
    """
    nxt: dict[int, int] = {}
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and _CHAIN_GAP.fullmatch(text[spans[j].end: spans[j + 1].start]):
            j += 1
        if j > i:
            after = text[spans[j].end: spans[j + 1].start] if j + 1 < len(spans) else ""
            if after.strip(" ,").lower() not in ("and", "or", "&"):
                for k in range(i, j):
                    nxt[k] = k + 1
        i = j + 1
    return nxt


def _as_container(p: Place, gaz: Gazetteer) -> Place:
    """A place used as the container of the previous list item: prefer the admin unit of the
    same name ("Dabaso, Kilifi": Kilifi county rather than Kilifi town)."""
    if p.feature_class == "A":
        return p
    unit = gaz.admin1(p.name, p.iso3) or gaz.admin2(p.name, p.iso3)
    return unit if unit is not None else p


def find_places(doc: Doc, gaz: Gazetteer) -> list[PlaceMention]:
    """Toponyms in ``doc`` with their resolved places (``place`` None when nothing fits).

    Besides the toponyms, the list holds the article's non-place country cues (demonyms with
    score ``DEMONYM_SCORE``; institutions with ``CUE_SCORE``; actors' home countries and identity
    groups with ``WEAK_CUE_SCORE``), at precision "country": ``choose_event_location`` falls back
    to them when no place resolves. A country named as a border, origin or destination has
    ``REFERENCE_SCORE`` and is never the event's location.
    """
    matcher = _Matcher(doc, gaz)
    first = matcher.spans()
    demonyms = matcher.demonym_spans()
    cues, actor_cues = _country_cues(doc, matcher, demonyms)
    origins = matcher.origin_demonyms()
    borders = {s for s, noun in origins.items() if noun in BORDER_NOUNS}
    # a border's demonym says the place is near that country, usually on the other side: no vote
    demonym_votes = [(iso3, 0.0 if s in borders else DEMONYM_VOTE / 2 if s in origins else DEMONYM_VOTE)
                     for s, _e, iso3 in demonyms]
    votes = demonym_votes + [(iso3, w) for _s, _e, iso3, w in cues]
    # Countries an armed group operating across borders points to (JNIM: Mali, Burkina Faso,
    # Niger): names far outside them cast no vote, and with no dominant country they are only
    # looked for there (see ``_Region``).
    group_isos = frozenset(iso3 for _s, _e, iso3, w in cues if w < ACTOR_VOTE)
    region = _Region(group_isos) if group_isos else None
    ctx = _build_context([_name_candidates(sp.text, gaz) for sp in first], first, votes, region)
    spans = matcher.context_spans(ctx)
    spans = [_part_of(sp, gaz) for sp in spans]
    cands = [_name_candidates(sp.text, gaz) if not sp.part else
             gaz.candidates(_strip_direction(sp.text)) for sp in spans]
    if len(spans) != len(first):
        ctx = _build_context(cands, spans, votes, region)
    # Any evidence makes a dominant country (a demonym or a group's home country, 0.5 votes):
    # it only narrows homonyms to the places it has, or its neighbours' (two-pass resolution).
    main = ctx.dominant_country()
    established = {iso for iso, v in ctx.countries.items() if v >= 1.0}
    neighbours = gaz.neighbours(main) if main else frozenset()
    nxt = _chains(spans, matcher.text)
    named = {normalize_name(sp.text) for sp in spans if sp.hint == "admin"}  # "Edgar County"
    resolved: dict[int, PlaceMention] = {}
    fell_back: set[int] = set()  # resolved to a container only: no container for others
    constrained: set[int] = set()  # resolved inside a container ("Kiunga, Lamu"): the surest reading
    written: set[int] = set()  # towns named by another of their names: reported as written

    def resolve(i: int) -> PlaceMention:
        if i in resolved:
            return resolved[i]
        sp = spans[i]
        container: Place | None = None
        j = nxt.get(i)
        while j is not None and container is None:
            cm = resolve(j)
            if cm.place is not None and j not in fell_back and cm.place.feature_code != "CONT":
                container = _as_container(cm.place, gaz)
            j = nxt.get(j) if container is None else None
        # Spelling-variant matches (article-stripped, transliteration-folded) only where the
        # article already points: "Inata" must not become Inada, Japan, for want of context.
        pool = [c for c in cands[i] if c.kind <= 1 or c.place.iso3 in established]
        pool = _drop_local_alternates(pool, ctx, units=sp.hint == "admin")
        if sp.source == "unknown":  # "the village of X": a settlement, named as such where the text is
            pool = [c for c in pool if c.place.feature_class == "P" and (c.kind == 0 or c.place.iso3 in established)]
        if sp.hint == "admin" and _has_admin_word(sp.text):
            # "Poni Province" names a unit: a foreign town that merely has it as an alternate
            # name is not it (at home, "Dawlat Shah district" may well be its seat's other spelling).
            pool = [c for c in pool if c.place.feature_class == "A" or c.kind == 0
                    or c.place.iso3 in established]
        if container is not None:
            inside = [c for c in pool if _contains(container, c.place)]
            if not inside and container.feature_code == "ADM1" \
                    and matcher.text[sp.end: spans[nxt[i]].start].strip().startswith(","):
                # States split and borders move: "Warangal, Andhra Pradesh" (Telangana since 2014),
                # "Ranchi, Bihar" (Jharkhand since 2000). A city of that very name in the same
                # country is still meant; a village is not (it falls back to the state). Only in a
                # comma list: "the Miraflores district of Lima" names a part of the city of Lima.
                inside = [c for c in pool if c.kind == 0 and c.place.iso3 == container.iso3
                          and c.place.feature_class == "P" and c.place.population >= _MOVED_CITY_MIN_POP]
            pool = inside
            if pool:
                constrained.add(i)
        elif main is not None:
            # Second pass: the dominant country wins whenever it has a place of that name
            # ("Pangani" in a Nairobi story); else its neighbours and the other countries the
            # article names; a place elsewhere only when prominent enough to be meant anyway.
            home = [c for c in pool if c.place.iso3 == main]
            if home:
                # A famous namesake abroad ("Paris", "Dublin") is meant unless the text uses the
                # name as a local place ("a Paris man", "City of Paris", "26, of Paris") or names
                # the county a home namesake lies in ("Paris ... Edgar County"). The story's state
                # alone is not enough: its governor may well fly to Paris.
                local = any(c.kind == 0 for c in home) and (
                    _local_use(matcher.text, sp.start, sp.end)
                    or any(c.kind == 0 and normalize_name(c.place.admin2 or "") in named for c in home))
                pool = home + ([] if local else
                               [c for c in pool if c.place.iso3 != main and _meant_anyway(c, cands[i])])
            else:
                pool = [c for c in pool if c.place.iso3 in established or _meant_anyway(c, cands[i])
                        or (c.place.iso3 in neighbours and c.place.population >= _NEIGHBOUR_MIN_POP)]
        elif region is not None:
            pool = [c for c in pool if region.admits(c, cands[i])]
        else:
            pool = [c for c in pool if _alternate_without_context(c, cands[i], sp.text)]
        if not pool and not sp.part and (container is not None or main is not None):
            # A misspelling ("Kintengela") is looked for by spelling in the one country the text
            # is about, never worldwide.
            where = container.iso3 if container is not None else main
            fz = gaz.fuzzy(_strip_admin_word(sp.text), where or "")
            pool = [c for c in fz if (container is None or _contains(container, c.place))
                    and (sp.source != "unknown" or c.place.feature_class == "P")]
        if pool:
            best = max(pool, key=lambda c: _score(c, sp, ctx))
            if best.place.feature_code in ("ADM1", "ADM2") and sp.hint != "admin":
                # "in Kitui": the town, not the county named after it (ACLED codes the town;
                # "Kitui county" keeps the county through the hint).
                best = _namesake_town(best, pool, gaz, sp.text) or best
            precision: GeoPrecision = "near" if sp.near else _level_precision(best.place)
            if precision == "exact" and _has_admin_word(sp.text):
                precision = "admin2"  # "Dawlat Shah district" resolved to its seat stands for the unit
            if sp.part:
                precision = _fallback_precision(best.place)
            score = round(_score(best, sp, ctx), 3)
            if sp.dateline:
                score = DATELINE_SCORE
            elif sp.reference and best.place.feature_code == "PCLI":
                score, precision = REFERENCE_SCORE, "country"
            elif sp.route:
                score = ROUTE_SCORE
            elif sp.launch:
                score = LAUNCH_SCORE
            elif sp.reference or sp.title:
                score = SIDE_SCORE
            m = PlaceMention(sp.start, sp.end, sp.text, best.place, precision, score)
            if best.kind == 1 and not sp.part and _written_name(sp.text, best.place):
                written.add(i)
        elif container is not None:
            unit = container
            if container.feature_class != "A":  # a town: its district, else its region
                unit = (gaz.admin2(container.admin2 or "", container.iso3)
                        or gaz.admin1(container.admin1 or "", container.iso3) or container)
            m = PlaceMention(sp.start, sp.end, sp.text, unit, _fallback_precision(unit), 0.0)
            fell_back.add(i)
        else:
            m = PlaceMention(sp.start, sp.end, sp.text, None, "exact", 0.0)
        resolved[i] = m
        return m

    # Resolve from the end so chain containers are known before the places they contain.
    for i in range(len(spans) - 1, -1, -1):
        resolve(i)
    out = _one_sense([resolved[i] for i in range(len(spans))], constrained)
    for i in written:
        m = out[i]
        if m.place is not None and m.place == resolved[i].place:
            # only now: as a chain's container the place is still looked up by its official name
            out[i] = dataclasses.replace(m, place=dataclasses.replace(m.place, name=m.text))
    for start, end, iso3 in demonyms:
        country = gaz.country(iso3)
        if country is not None:
            out.append(PlaceMention(start, end, matcher.text[start:end], country, "country",
                                    ORIGIN_SCORE if start in origins else DEMONYM_SCORE))
    # Cues are always emitted: besides the last-resort country they weigh in when
    # ``choose_event_location`` picks the article's main country ("Rabat area of ... Zabul" in a
    # story about the Taliban is not in Morocco). A caller tallying countries should use
    # ``main_country``, which leaves out the weak cues (Al Shabaab's home country).
    for start, end, iso3, w in cues:
        country = gaz.country(iso3)
        if country is not None:
            out.append(PlaceMention(start, end, matcher.text[start:end], country, "country",
                                    CUE_SCORE if w >= 1.0 else WEAK_CUE_SCORE))
    out.sort(key=lambda m: m.start)
    if all(m.place is not None for m in out):
        return out
    # The country an unresolved name falls back to comes from where the text says things are,
    # not from who acted: "French forces" or "Al Shabaab" name a force and its home country, and
    # a village the gazetteer lacks is not in France or Somalia for it.
    fb_votes = demonym_votes + [(iso3, w) for s, e, iso3, w in cues if (s, e, iso3) not in actor_cues]
    return _fallback_unresolved(out, _build_context(cands, spans, fb_votes, region), gaz)


def _one_sense(mentions: list[PlaceMention], constrained: set[int]) -> list[PlaceMention]:
    """A name means one place within an article: a later bare "Kiunga" is the Kiunga that
    "Kiunga, Lamu" placed, not the homonym in Papua New Guinea."""
    sure: dict[str, Place] = {}
    for i in sorted(constrained):
        p = mentions[i].place
        if p is not None:
            sure.setdefault(normalize_name(mentions[i].text), p)
    if not sure:
        return mentions
    out = []
    for m in mentions:
        p = sure.get(normalize_name(m.text))
        if p is not None and m.place != p:
            m = dataclasses.replace(m, place=p, precision="near" if m.precision == "near" else
                                    _level_precision(p))
        out.append(m)
    return out


def _drop_local_alternates(pool: list[Candidate], ctx: _Context, *, units: bool) -> list[Candidate]:
    """Alternate names (kind 1) of a country that also has places of that official name are
    dropped: there they are former or local names ("Maryville" was once Beeville, Texas;
    "Manhattan" for New York City) or a county written without its unit word ("Richmond" for
    Richmond County), and the places actually called so are what a text means.

    Kept: an alternate name in another country (how English writes foreign names, "Alexandria");
    a country's or admin-1 unit's (the English short form, "Hunan" for Hunan Sheng); one ten
    times bigger than every official namesake (Kanawha County, not the Iowa village); a unit in
    the article's region where no official namesake is ("Noble" in a story from Guernsey County,
    Ohio: Noble County, not Noble, Oklahoma; a town's former name is dropped even there:
    "Maryville" in a Texas story is not Beeville); and admin units when the text says the name is
    one (``units``: "Clay and Becker counties")."""
    official: defaultdict[str, list[Place]] = defaultdict(list)
    for c in pool:
        if c.kind == 0:
            official[c.place.iso3].append(c.place)

    def keep(c: Candidate) -> bool:
        p = c.place
        names = official.get(p.iso3)
        if c.kind != 1 or not names or p.feature_code in ("PCLI", "ADM1") or (units and p.feature_class == "A"):
            return True
        if max(o.population for o in names) * 10 < p.population:
            return True
        return p.feature_class == "A" and ctx.admin1_share(p) >= _LOCAL_ADMIN1_SHARE \
            and not any(o.admin1 == p.admin1 for o in names)

    return [c for c in pool if keep(c)]


def _local_use(text: str, start: int, end: int) -> bool:
    """Is the name used as a local place, the way a local paper writes its own town ("Paris
    police", "a Dublin woman", "the City of Athens", "Jane Doe, 26, of Lebanon")?"""
    return bool(_LOCAL_BEFORE.search(text[max(0, start - 40): start])
                or _LOCAL_AFTER.match(text[end: end + 40]))


def _spelling_of(text: str, p: Place) -> bool:
    """Is ``text`` just another spelling of the place's own name ("Arbinda" for Aribinda), not
    a name in another language ("Belle" for Bailleul)? Long names only: short ones collide."""
    from rapidfuzz import fuzz

    a, b = normalize_name(_strip_admin_word(text)), normalize_name(p.name)
    return len(a) >= 6 and a[:1] == b[:1] and fuzz.ratio(a, b) >= 90


def _prominent(p: Place) -> bool:
    """Named as itself even in a story set elsewhere: a country, continent, capital, big city."""
    return p.feature_code in ("PCLI", "CONT", "PPLC") or p.population >= _FOREIGN_MIN_POP


def _alternate_without_context(c: Candidate, cands: Sequence[Candidate], text: str) -> bool:
    """With no country context, may this candidate stand? An exact name always; an alternate
    name (in every language, so it collides) only for a country or a first-level unit ("U.S.",
    "Hunan"), another spelling of a long name ("Arbinda"), or a real town far bigger than any
    place officially called so ("Bombay", not the New Zealand hamlet): "Eastleigh" is the
    Nairobi estate or an English town before it is an alternate name of Orkney, South Africa.
    A name of three letters or fewer needs context for any alternate reading ("Po" is the
    Burkinabe town, not Bozhou)."""
    if c.kind == 0 or c.place.feature_code in ("PCLI", "ADM1"):
        return True
    if len(normalize_name(_strip_admin_word(text))) <= 3:
        return False
    if c.place.feature_class == "A" or _spelling_of(text, c.place):
        return True
    return c.place.population >= _NO_CONTEXT_ALT_MIN_POP \
        and not any(o.kind == 0 and o.place.population * 10 >= c.place.population for o in cands)


def _meant_anyway(c: Candidate, cands: Sequence[Candidate]) -> bool:
    """A prominent place outside the article's countries, named by its own name or by an
    alternate name no place bears officially: "Hallale" and "Ariel" are also alternate names of
    Harare and Jerusalem, but places are called so, and one of them is what a text means."""
    return _prominent(c.place) and (c.kind == 0 or not any(o.kind == 0 for o in cands))


def _country_cues(
    doc: Doc, matcher: _Matcher, demonyms: Sequence[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str, float]], set[tuple[int, int, str]]]:
    """Non-place words that point to a country: the cue lexicon and the actor dictionary's
    groups with a home country. ``(start, end, iso3, vote)``, outside toponym and demonym spans
    ("Kenyan soldiers" counts once, as the demonym); and the ``(start, end, iso3)`` of those
    that are an actor's home country."""
    from .actors import find_actor_mentions

    taken = {(sp.start, sp.end) for sp in matcher.found} | {(a, b) for a, b, _i in demonyms}

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    lex = _cue_lexicon()
    out: list[tuple[int, int, str, float]] = []
    actors: set[tuple[int, int, str]] = set()
    # Caseless text has no capitals to tell the acronym "ANA" from the name "Ana".
    patterns = [lex.words] if matcher.caseless else [lex.acronyms, lex.words]
    for pat in patterns:
        if pat is None:
            continue
        for m in pat.finditer(matcher.text):
            hit = lex.iso3_of.get(m.group(0)) or lex.iso3_of.get(m.group(0).lower())
            if hit and free(m.start(), m.end()):
                out.append((m.start(), m.end(), hit[0], hit[1]))
    seen = {(a, b) for a, b, _i, _w in out}
    for where, actor in find_actor_mentions(doc):
        if actor.country and free(where.start, where.end) and \
                not any(a < where.end and where.start < b for a, b in seen):
            region = lex.cross_border.get(actor.name, (actor.country,))
            out.extend((where.start, where.end, iso3, ACTOR_VOTE / len(region)) for iso3 in region)
            actors.update((where.start, where.end, iso3) for iso3 in region)
    out.sort()
    return out, actors


def _fallback_precision(p: Place) -> GeoPrecision:
    level = _level_precision(p)
    return "admin2" if level == "exact" else level


def _fallback_unresolved(mentions: list[PlaceMention], ctx: _Context, gaz: Gazetteer) -> list[PlaceMention]:
    """Unresolved names fall back to the article's main admin-1 (or country), never elsewhere.

    A demonym alone is enough here (0.5 votes): the name is in the text and is a place, so its
    country is the best remaining guess; the region is not. (``ctx`` leaves out actors' home
    countries, see ``find_places``.) Two countries tied are no guess."""
    main = ctx.main_country(min_votes=0.5)
    if main is None or all(m.place is not None for m in mentions):
        return mentions
    if sum(1 for v in ctx.countries.values() if abs(v - ctx.countries[main]) < 1e-9) > 1:
        return mentions
    # (the dateline's town is where the story was filed: its region is no container for the rest)
    placed = [m.place for m in mentions if m.score != DATELINE_SCORE]
    admin1s = [p for p in placed if p is not None and p.iso3 == main and p.feature_code == "ADM1"]
    in_main = [p for p in placed if p is not None and p.iso3 == main]
    fallback: Place | None = admin1s[0] if admin1s else None
    if fallback is None and in_main:
        a1 = Counter(p.admin1 for p in in_main if p.admin1)
        if len(a1) == 1:
            fallback = gaz.admin1(next(iter(a1)), main)
    if fallback is None:
        fallback = gaz.country(main)
    if fallback is None:
        return mentions
    prec = _fallback_precision(fallback)
    return [dataclasses.replace(m, place=fallback, precision=prec) if m.place is None else m
            for m in mentions]


def _strip_direction(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[-1].lower() in DIRECTION_WORDS:
        return " ".join(words[:-1])
    if len(words) > 1 and words[0].lower() in DIRECTION_WORDS:
        return " ".join(words[1:])
    return text


def _part_of(sp: _Span, gaz: Gazetteer) -> _Span:
    """"Isiolo South", "Central Imenti": when only the name without the direction word is known,
    the span is a part of that place; it resolves to it as a unit (``part``), not as a town."""
    if gaz.candidates(_strip_admin_word(sp.text), fold=False):
        return sp
    rest = _strip_direction(sp.text)
    if rest != sp.text and gaz.candidates(rest, fold=False):
        return dataclasses.replace(sp, part=True, hint="admin")
    return sp


def _written_name(text: str, p: Place) -> bool:
    """Is ``text`` a city's other name that the event should carry as written? Incident
    databases record a city as the source names it ("Chittagong", "Bombay", "Londonderry"), not
    by the gazetteer's current official name ("Chattogram", "Mumbai", "Derry"). Only a real
    city's other name (a village's alternate names are as often its district's), only a name
    that is not just another spelling of the official one (those keep the gazetteer's: "Arbinda"
    stays Aribinda), and only a plain name: no abbreviation, unit or direction word."""
    from rapidfuzz import fuzz

    if p.feature_class != "P" or p.population < _WRITTEN_NAME_MIN_POP or len(text) < 4 or text.isupper():
        return False
    if _has_admin_word(text) or _strip_direction(text) != text \
            or not all(w[:1].isupper() for w in text.split() if len(w) > 3):
        return False
    a, b = normalize_name(text), normalize_name(p.name)
    return a not in b and b not in a and fuzz.ratio(a, b) < 85


def _has_admin_word(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and ADMIN_WORDS.get(words[-1].lower()) == "admin"


def _name_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Candidates of a span: the whole name when the gazetteer has it by that very name ("Kansas
    City", "Dodge City", "Henry County"), else the name without its trailing unit word ("Garissa
    town", "Mandera county"): stripped first, "Kansas City" became the state of Kansas."""
    stripped = _strip_admin_word(text)
    if stripped != text:
        whole = gaz.candidates(text, fold=False)
        if any(c.kind == 0 for c in whole):
            return whole
    return gaz.candidates(stripped)


def _strip_admin_word(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS:
        return " ".join(words[:-1])
    return text


# Event location ------------------------------------------------------------------------------


def choose_event_location(
    mentions: Sequence[PlaceMention], evidence: Sequence[Span], *, gaz: Gazetteer | None = None
) -> Location | None:
    """The event's location: the most specific resolved place in the evidence sentences (the
    first one on ties), else the article's main place (its most mentioned, then most specific).

    With ``gaz``, a region-level location is put at the region's seat (its namesake town or
    largest place), which is where ACLED-style coding places events known only to the region;
    without it, at the region's centre.
    """
    resolved = [m for m in mentions if m.place is not None and m.score not in _CUE_SCORES
                and m.score != REFERENCE_SCORE and m.place.feature_code != "CONT"]
    if not resolved:
        return _country_fallback(mentions)
    # The article's main country (demonyms count): a place elsewhere is a source, a border or an
    # origin more often than the event's location ("an attack in the Lexington area of Nairobi").
    countries: Counter[str] = Counter()
    for m in mentions:
        if m.place is not None:  # a named town says more about the setting than a named country
            # (or than a route's far end: "along Kismayo Road in Garissa", or than the town a
            # story was filed from)
            # (where fire was launched from says nothing of where it fell)
            countries[m.place.iso3] += 0 if m.score == LAUNCH_SCORE else \
                1 if m.precision == "country" or m.score in (ROUTE_SCORE, DATELINE_SCORE) else 2
    main = countries.most_common(1)[0][0] if countries else None
    inside = [m for m in resolved if any(s.start <= m.start < s.end for s in evidence)]
    if inside:
        best = min(inside, key=lambda m: (m.score == LAUNCH_SCORE, m.place is not None and m.place.iso3 != main,
                                          m.score == DATELINE_SCORE,
                                          m.precision == "country", m.score in _SECONDARY_SCORES,
                                          PRECISION_RANK[m.precision], m.start))
    else:
        tally = Counter((m.place.geonameid, m.place.name) for m in resolved if m.place is not None)
        best = min(resolved, key=lambda m: (m.score == LAUNCH_SCORE, m.score in _SECONDARY_SCORES,
                                            -tally[(m.place.geonameid, m.place.name)] if m.place else 0,
                                            PRECISION_RANK[m.precision], m.start))
    loc = Location.from_mention(best)
    if loc is not None and gaz is not None and best.place is not None \
            and loc.precision in ("admin1", "admin2"):
        seat = gaz.seat(best.place)
        if seat is not None:
            loc = dataclasses.replace(loc, lat=seat[0], lon=seat[1])
    return loc


def _country_fallback(mentions: Sequence[PlaceMention]) -> Location | None:
    """No place resolved: the country the non-place cues point to most ("Kenyan police", "KDF",
    "Taliban"), at precision "country". Never a town: the text does not give one."""
    tally: defaultdict[str, float] = defaultdict(float)
    first: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.place is not None and m.score in _CUE_SCORES:
            tally[m.place.iso3] += _CUE_VOTES[m.score]
            first.setdefault(m.place.iso3, m)
    if not tally:
        return None
    best = max(tally, key=lambda iso3: (tally[iso3], -first[iso3].start))
    if any(iso3 != best and abs(tally[iso3] - tally[best]) < 1e-9 and first[iso3].start == first[best].start
           for iso3 in tally):
        return None  # "JNIM militants" alone: Mali, Burkina Faso or Niger; not guessed
    # (other ties go to the first mentioned: "Kenyan soldiers ambushed by Sudanese soldiers")
    return Location.from_mention(dataclasses.replace(first[best], precision="country"))


def main_country(mentions: Sequence[PlaceMention]) -> tuple[str, str] | None:
    """(ISO3, country name) of the country the mentions point to most: toponyms count 2 (a
    country's own name 1), institutions and demonyms 1, references ("the border with Somalia")
    and weak cues (an armed group's home country, an identity group) nothing."""
    tally: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        p = m.place
        if p is None or not p.iso3 or m.score in (WEAK_CUE_SCORE, REFERENCE_SCORE, ORIGIN_SCORE):
            continue
        tally[(p.iso3, p.country)] += 1 if m.precision == "country" else 2
    return tally.most_common(1)[0][0] if tally else None


# Batch API -----------------------------------------------------------------------------------


def geoparse_documents(
    docs: Iterable[Document], gaz: Gazetteer, nlp: Language, *, batch_size: int = 32,
    country_cues: bool = False,
) -> Iterator[tuple[Document, list[PlaceMention]]]:
    """Parse documents in batches and yield each with its resolved place mentions.

    All-caps wire text is lower-cased for the parser (length-preserving, so offsets hold); the
    mention texts are taken back from the original text. Non-place country cues (``CUE_SCORE``,
    ``WEAK_CUE_SCORE``: "KDF", "Taliban") are left out unless ``country_cues``: not toponyms.
    """
    from ..nlp import parse
    from .pipeline import text_for_parsing

    pairs = ((text_for_parsing(d.text), d) for d in docs)
    for spdoc, d in parse(pairs, nlp, batch_size=batch_size):
        mentions = [dataclasses.replace(m, text=d.text[m.start:m.end]) for m in find_places(spdoc, gaz)
                    if country_cues or m.score not in _NOT_TOPONYMS]
        yield d, mentions

