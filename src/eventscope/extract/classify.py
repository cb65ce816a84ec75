"""Event detection and ACLED typing: which sentences report which concrete events.

    detect_mentions(doc)
      1. scan the document once for every lexicon entry (``resources/lexicon.toml``): triggers
         propose events, cues decide between sub-types or mark sentences out of scope; the actor
         dictionary (``extract.actors``) adds its named armed groups as armed sides and its
         ethnic group names as identity (communal) cues;
      2. drop the whole article when it is about sport, business, politics, science, health,
         fiction, history or a disaster and shows no sign of political violence (``article_scope``);
         then drop triggers out of scope: sport, film/book plots, court proceedings, background
         history, long-period tallies, metaphors ("attacked the proposal"), accidents and disease;
      3. read the roles from the dependency parse: who acted (subject, passive "by" agent,
         possessor) on whom (object, passive subject, "attack on X");
      4. type the trigger by its frame: weapons decide Explosions/Remote violence (unless the
         device was made safe, or small-arms fire made it a battle); the target's kind decides
         Armed clash vs Violence against civilians (armed people among the victims, or a report
         about state forces and an armed group only, make it the battle); crowds, communities,
         witchcraft accusations and stone throwing decide the Riots sub-types; the surrounding
         sentences decide the protest sub-type (intervention, lethal force, violence by
         demonstrators), with the protest's own reason ("protested the arrest of ...") left out;
      5. status from the governing words (threat, plan, modal, negation, denial, claim);
      6. score in 0..1 from the trigger's weight and the evidence that typed it.

    merge_mentions(mentions, doc)
      groups the mentions of one incident within the article (primary + the others).

Everything an analyst may want to change (words, phrases, cue lists) is in the lexicon file; this
module holds the decision rules. Rule names fired are recorded in ``EventMention.cues``.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from types import MappingProxyType

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..nlp import PLACE_TOKENS, bracketed_tokens, doc_ents, doc_text, neighbour, span_ents, trigger_root
from ..records import Actor, EventMention, Span, Status
from . import attribution, counts, dateline, salience
from .actors import find_actor_mentions, load_dictionary

LEXICON_FILE = "lexicon.toml"
PLOVER_FILE = "plover.toml"

# Sub-types that mostly report the aftermath or context of a violent incident ("police arrested
# two suspects", "a security operation was launched"); merged into the incident they follow.
_WEAK_SUBTYPES = frozenset(
    {"Arrests", "Change to group/activity", "Other", "Looting/property destruction", "Disrupted weapons use"}
)
_VIOLENT_FRAMES = frozenset({"kill", "violence", "clash", "weapon", "riot", "mob", "abduction", "sexual"})
_VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
# a fight and a killing of one story are told in either word; a blast or a riot is an act of its own
_ATTACK_TYPES = frozenset({"Battles", "Violence against civilians"})
# A sentence that updates the toll of an incident already reported.
_TOLL_UPDATE_RE = re.compile(
    r"\b(?:death toll|toll (?:had |has )?(?:rose|risen|climbed|increased|reached)|(?:later|subsequently) died"
    r"|died (?:later )?(?:in|at|on the way to) (?:the )?hospital|died of (?:their|his|her) (?:wounds|injuries)"
    r"|succumbed to)\b",
    re.IGNORECASE,
)
# Opening words of a sentence that start a different incident, so its mentions are not merged
# with the previous ones.
_SEPARATE_RE = re.compile(
    r"^\W*(in (a|another) separate|separately|elsewhere|meanwhile|in another|another|also on|"
    r"the (next|following) day|later|earlier|on the same day|the same day|in a similar|"
    r"(the|a|an) (last|previous|earlier|similar|prior) (attack|bombing|killing|incident|raid|ambush|blast)s?)\b",
    re.IGNORECASE,
)
# Cues about what happened around a protest; "no clashes" or "without arrests" must not count.
_NEGATABLE_CUES = frozenset({"riot_act", "intervention", "lethal_force"})
# A weapon that was seized, found or carried was not used: it does not type the event.
_UNUSED_WEAPON_HEADS = frozenset(
    {
        "seize",
        "find",
        "recover",
        "discover",
        "dismantle",
        "equip",
        "carry",
        "possess",
        "possession",
        "confiscate",
        "defuse",
        "cache",
        "hide",
        "transport",
        "smuggle",
    }
)
# Weapons bought, sold, made or tested are not used either; unlike a seized cache (Disrupted weapons
# use) they make no event at all: "Poland will buy 96 attack helicopters", "a contract to supply
# artillery shells", "North Korea test-fired a missile into the sea".
_TRADED_WEAPON_HEADS = frozenset(
    {"buy", "purchase", "sell", "order", "acquire", "procure", "supply", "deliver", "export", "import",
     "manufacture", "produce", "develop", "unveil", "test", "contract", "deal", "sale"}
)
# devices that make a sentence about a sport event an attack on its crowd
_BOMB_NOUNS = frozenset({"bomb", "grenade", "ied", "bomber", "landmine", "car-bomb"})
# "shot himself", "killed herself": a suicide, not an attack on anyone
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "myself", "yourself"})
# verbs of people escaping violence: "refugees fleeing violence in Sudan" is displacement, the
# violence being the background of the report
_ESCAPE_VERBS = frozenset({"flee", "escape", "fled"})
# how protesters end a march on their own: "dispersed peacefully" is no intervention
_CALM_ADVERBS = frozenset({"peacefully", "quietly", "calmly", "voluntarily"})
_YEAR_ONLY_RE = re.compile(r"^(?:in |since |during )?(?:the )?((?:19|20)\d\d)s?$", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")

# Dependency labels of a verb's or noun's arguments, as the English spaCy models assign them.
_SUBJ = frozenset({"nsubj", "csubj"})
_OBJ = frozenset({"dobj", "obj", "attr", "oprd"})
_TARGET_PREPS = frozenset({"on", "against", "targeting", "upon", "into"})
# "killed while on duty", "attacked on their way home", "shot on suspicion of theft": "on" names no target
_NOT_TARGETS = frozenset({"duty", "way", "foot", "arrival", "return", "suspicion", "behalf", "orders", "account"})
# "at" names the target only after firing verbs ("fired at a patrol"); elsewhere it is the place
_AIM_VERBS = frozenset({"fire", "shoot", "throw", "lob", "hurl", "aim", "shot"})
_LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "stage",
        "conduct",
        "mount",
        "perpetrate",
        "commit",
        "lead",
        "execute",
        "undertake",
        "organise",
        "organize",
        "hold",
        "begin",
        "start",
        "continue",
        "engage",
        "make",
        "wage",
        "initiate",
    }
)
# nouns that, followed by "between A and B", describe a fight between two sides
_FIGHT_NOUNS = frozenset(
    {
        "dispute",
        "conflict",
        "feud",
        "rivalry",
        "fighting",
        "fight",
        "violence",
        "clash",
        "hostilities",
        "battle",
        "war",
        "tension",
        "tensions",
    }
)
# verbs that need an object when active, so a subject without one is a dropped-auxiliary passive
_PATIENT_SUBJECT_VERBS = frozenset({"kill", "injure", "wound", "murder", "behead", "hurt", "abduct", "kidnap"})
_MODALS = frozenset({"could", "would", "might", "may", "will", "shall", "should", "can", "must", "'ll", "wo"})
_THREAT_WORDS = frozenset({"threaten", "vow", "warn", "threat", "ultimatum"})
# lemmas and the past forms the small model's lemmatizer leaves alone
_RETAKE = frozenset({"retake", "retook", "retaken", "recapture", "regain", "liberate"})
_NONVIOLENT_TRIGGER = ("withdraw", "withdrew", "pulled out", "handed over", "hand over")
_NONVIOLENT_CONTEXT = (
    "no violence",
    "without a fight",
    "without resistance",
    "without fighting",
    "peacefully",
    "no fighting",
    "without firing",
)
_GENERIC_HEADS = frozenset(
    {
        "member",
        "members",
        "group",
        "groups",
        "number",
        "dozens",
        "some",
        "one",
        "two",
        "unit",
        "units",
        "band",
        "team",
        "element",
        "elements",
        "suspect",
        "suspects",
        "body",
        "bodies",
        "hundreds",
        "scores",
        "several",
        "many",
        "all",
        # measures whose "of" names what they hold: "a large amount of weapons"
        "amount",
        "amounts",
        "quantity",
        "quantities",
        "stockpile",
    }
)

_NOT_SERVING = frozenset({"former", "retired", "ex-", "off-duty", "off duty", "unarmed"})
# direct modifiers of "officer", "official" that name a civil servant of an election, not a police
# officer: "an electoral officer", "the presiding officer" of a polling station, "returning officer"
_ELECTION_STAFF = frozenset({"election", "electoral", "presiding", "returning", "polling", "iebc"})
_ACTOR_LISTS = (
    "state",
    "armed_group",
    "civilian",
    "mob_actor",
    "protester",
    "armed_place",
    "property",
    "weapons",
    "place",
    "abstract_object",
    "unorganised",
    "abstract_seize",
    "political",
)
# nouns that "riot" modifies when it names a police unit or its kit
_UNIT_HEADS = frozenset({"police", "policeman", "policemen", "officer", "squad", "unit", "gear", "shield", "control"})
# Explosives used on the ground by the attackers themselves (not air or artillery)
_GROUND_EXPLOSIVES = frozenset({"Remote explosive/landmine/IED", "Grenade"})
# Lists that name who a person is (a side); the others describe objects or notability
_EXECUTION_VERBS = frozenset({"execute", "behead", "decapitate"})
# verbs and adjectives whose subject is the one who died ("four people died", "men found dead")
_DEATH_STATES = frozenset({"die", "dead"})
_ROLE_LISTS = frozenset({"state", "armed_group", "civilian", "mob_actor", "protester", "armed_place", "unorganised"})
# the side lists that name people (an armed place is a target, not a victim)
_PEOPLE_KINDS = _ROLE_LISTS - {"armed_place"}
# Protest-family sub-types from least to most severe: one demonstration is coded once, with the
# most severe thing the neighbouring sentences report about it.
_PROTEST_SEVERITY = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
)

# Added to an incident's primary score per other mention of it (swept 0.02-0.1 on the ACLED dev notes:
# 0.02-0.05 give +0.001 subtype wF1, 0.1 is worse).
_SUPPORT_BONUS = 0.03

# Base score of a mention per frame before evidence adjusts it. Violent frames score above
# protest and strategic frames so that the article's primary event is the violent incident
# when an article also reports arrests or deployments around it.
_SUBTYPE_PRIOR: Mapping[str, float] = MappingProxyType(
    {
        "Arrests": 0.45,
        "Change to group/activity": 0.40,
        "Other": 0.35,
        "Headquarters or base established": 0.50,
        "Looting/property destruction": 0.55,
        "Disrupted weapons use": 0.60,
        "Agreement": 0.55,
        "Non-violent transfer of territory": 0.55,
    }
)


# Lexicon --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CueSet:
    """Words (matched against token text or lemma) and phrases (tuples of such words)."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class TriggerRule:
    name: str
    frame: str
    weight: float
    entries: CueSet


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[TriggerRule, ...]
    cues: Mapping[str, CueSet]
    # name -> words / phrases index for a single pass over a document
    word_index: Mapping[str, tuple[str, ...]]
    phrase_index: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]]

    def cue_words(self, name: str) -> frozenset[str]:
        """The words of ``[cue.<name>]`` (none when the lexicon has no such table)."""
        return self.cues[name].words if name in self.cues else frozenset()


def _split_entry(entry: str) -> tuple[str, ...]:
    # spaCy splits "tear-gas" into three tokens; the matcher skips hyphen tokens, so the entry
    # is stored as its parts.
    return tuple(p for p in re.split(r"[\s\-]+", entry.lower().strip()) if p)


def _cueset(table: Mapping[str, object]) -> CueSet:
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for key in ("words", "phrases"):
        raw = table.get(key, [])
        assert isinstance(raw, list)
        for entry in raw:
            parts = _split_entry(str(entry))
            if len(parts) == 1:
                words.add(parts[0])
            elif parts:
                phrases.append(parts)
    return CueSet(frozenset(words), tuple(phrases))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``resources/lexicon.toml`` once per process."""
    text = (resources.files("eventscope") / "resources" / LEXICON_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    triggers = tuple(
        TriggerRule(name, str(t["frame"]), float(t.get("weight", 0.5)), _cueset(t))
        for name, t in data.get("trigger", {}).items()
    )
    cues = {name: _cueset(c) for name, c in data.get("cue", {}).items()}
    words: dict[str, list[str]] = {}
    phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    named = [("T:" + t.name, t.entries) for t in triggers] + [("C:" + n, c) for n, c in cues.items()]
    for name, cs in named:
        for w in cs.words:
            words.setdefault(w, []).append(name)
        for p in cs.phrases:
            phrases.setdefault(p[0], []).append((name, p))
    return Lexicon(
        triggers=triggers,
        cues=MappingProxyType(cues),
        word_index=MappingProxyType({k: tuple(v) for k, v in words.items()}),
        phrase_index=MappingProxyType({k: tuple(v) for k, v in phrases.items()}),
    )


@functools.lru_cache(maxsize=1)
def _plover_table() -> Mapping[str, tuple[str, str]]:
    text = (resources.files("eventscope") / "resources" / PLOVER_FILE).read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return MappingProxyType({k: (str(v["category"]), str(v.get("mode", ""))) for k, v in data["subtype"].items()})


def plover_category(sub_event_type: str) -> str | None:
    """PLOVER event category for an ACLED sub-type (``resources/plover.toml``), None if unmapped."""
    entry = _plover_table().get(sub_event_type)
    return entry[0] if entry else None


def plover_mode(sub_event_type: str) -> str | None:
    """PLOVER mode for an ACLED sub-type ("aerial weapons", "arrest", ...), None when none fits."""
    entry = _plover_table().get(sub_event_type)
    return entry[1] or None if entry else None


# Scanning -------------------------------------------------------------------------------------


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def verb_stems(word: str) -> tuple[str, ...]:
    """Candidate verb lemmas of an -ed/-ing form: tortured -> torture, robbed -> rob, shooting -> shoot."""
    if word.endswith("ed") and len(word) > 4:
        return (word[:-1], word[:-2], word[:-3])
    if word.endswith("ing") and len(word) > 5:
        return (word[:-3], word[:-3] + "e", word[:-4])
    return ()


@dataclass(frozen=True)
class _Hit:
    name: str  # "T:kill" or "C:state"
    start: int  # token index
    end: int


def _scan(doc: Doc, lex: Lexicon) -> list[_Hit]:
    """All lexicon matches in ``doc`` (words by text or lemma; phrases skip hyphen tokens, and
    fixed expressions line breaks too)."""
    hits: list[_Hit] = []
    # token attributes read once: spaCy builds a Token object on every access
    lows = [t.lower_ for t in doc]
    lems = [t.lemma_.lower() for t in doc]
    n = len(lows)
    for i in range(n):
        low, lem = lows[i], lems[i]
        names: set[str] = set(lex.word_index.get(low, ()))
        names.update(lex.word_index.get(lem, ()))
        if lem == low and doc[i].pos_ in ("ADJ", "VERB"):
            # the small model leaves participles used as adjectives unlemmatised ("tortured
            # villagers", "torched houses"): try the verb stems, for triggers only (cue lists hold
            # nouns such as "unit" that a stem of "united" would hit)
            for f in verb_stems(low):
                names.update(x for x in lex.word_index.get(f, ()) if x.startswith("T:"))
        for name in names:
            hits.append(_Hit(name, i, i + 1))
        cands = set(lex.phrase_index.get(low, ())) | set(lex.phrase_index.get(lem, ()))
        for name, phrase in cands:
            j, k = i, 0
            while k < len(phrase) and j < n:
                if k > 0 and (lows[j] == "-" or (lows[j].isspace() and name == "C:not_trigger")):
                    # ("a cease- fire"; and a line break inside a fixed expression whose words are
                    # no event words: "a social\ntime bomb", "an atomic\nbomb". Other phrases were
                    # weighed on unbroken text, and a wire line break often ends a clause.)
                    j += 1
                    continue
                if phrase[k] != lows[j] and phrase[k] != lems[j]:
                    break
                j += 1
                k += 1
            if k == len(phrase):
                hits.append(_Hit(name, i, j))
    return hits


# ACLED actor types -> the side lists of the lexicon, so the actor dictionary's named armed groups
# ("Koglweogo", "Mungiki", "ONLF") count as armed sides (one source of truth). Named state
# entries are left to the lexicon: the dictionary also lists unarmed state bodies (an electoral
# commission, a revenue authority) whose staff are civilians when attacked.
_SIDE_OF_ACTOR_TYPE: Mapping[str, str] = MappingProxyType(
    {
        "Rebel group": "armed_group",
        "Political militia": "armed_group",
        "Identity militia": "armed_group",
    }
)


def _is_generic(actor: Actor) -> bool:
    for g in load_dictionary().generic.values():
        head, _, tail = g.template.partition("{country}")
        if actor.name == g.name_for(None) or (actor.name.startswith(head) and actor.name.endswith(tail)):
            return True
    return False


def armed_side(actor: Actor) -> str | None:
    """The lexicon side list a dictionary actor counts in ("armed_group"), None for generic actors
    and for the types the lexicon handles itself."""
    side = _SIDE_OF_ACTOR_TYPE.get(actor.type or "")
    if side is None or _is_generic(actor):
        return None
    return side


def _actor_hits(doc: Doc) -> list[_Hit]:
    """Named groups of the actor dictionary as side cues ("C:armed_group", "C:state", ...)."""
    out: list[_Hit] = []
    for where, actor in find_actor_mentions(doc):
        side = armed_side(actor)
        if side is None:
            continue
        span = doc.char_span(where.start, where.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.i >= span.end:
            head = head.head
        followers = load_lexicon().cues["follower"].words
        if head.lower_ in followers or head.lemma_.lower() in followers:
            continue  # "ODM supporters", "an ONLF sympathiser": people close to the group, unarmed
        out.append(_Hit("C:" + side, span.start, head.i + 1 if head.i >= span.end else span.end))
    return out


@functools.lru_cache(maxsize=1)
def _identity_words() -> frozenset[str]:
    """Lower-case words that name an identity group or communal violence: the actor dictionary's
    ethnic group aliases ("Pokot", "Fulani") and its identity cues ("clan", "tribal"), plus the
    lexicon's ``communal`` cue."""
    d = load_dictionary()
    words = {alias.lower() for alias, label in d.aliases if ":ethnic:" in label and " " not in alias}
    words |= set(d.identity_cues) - {"raid", "raids"}  # raids are also what bandits do
    return frozenset(words | load_lexicon().cues["communal"].words)


def _identity_hits(doc: Doc) -> list[_Hit]:
    words = _identity_words()
    # "Meru", "Tharaka" also name counties and towns: a place or institution is not a community
    return [
        _Hit("C:communal", t.i, t.i + 1)
        for t in doc
        if t.lower_ in words and t.ent_type_ not in ("GPE", "LOC", "FAC", "ORG")
    ]


@dataclass(frozen=True)
class _Sent:
    span: SpacySpan
    index: int
    cues: Mapping[str, tuple[tuple[int, int], ...]]  # cue name -> token ranges in the sentence

    def has(self, *names: str) -> bool:
        return any(self.cues.get(n) for n in names)

    def cue_tokens(self, name: str) -> set[int]:
        return {i for a, b in self.cues.get(name, ()) for i in range(a, b)}


@dataclass(frozen=True)
class _Trigger:
    rule: TriggerRule
    start: int
    end: int
    head: Token  # the token whose arguments are read
    sent: _Sent


def _sentences(doc: Doc, hits: Sequence[_Hit]) -> list[_Sent]:
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    per: list[dict[str, list[tuple[int, int]]]] = [{} for _ in sents]
    for h in hits:
        if h.name.startswith("C:"):
            if h.name[2:] in _NEGATABLE_CUES and _negated_cue(doc, h.start):
                continue
            if h.name == "C:riot_act" and (_names_a_unit(doc[h.start]) or _describes_dispersal(doc[h.start])):
                continue
            k = bisect.bisect_right(starts, h.start) - 1
            per[k].setdefault(h.name[2:], []).append((h.start, h.end))
    return [_Sent(s, k, MappingProxyType({n: tuple(v) for n, v in per[k].items()})) for k, s in enumerate(sents)]


_KIND_WORDS = frozenset({"offensive", "fighting", "combat", "counter-offensive"})


def _describes_equipment(tr: _Trigger) -> bool:
    """A fighting word used as an adjective of a thing or a group: "offensive weapons", "offensive
    operations", "their fighting men", "combat boots". It says what kind, not that a fight happened
    ("the offensive began", "heavy fighting in the town" stay triggers)."""
    t = tr.head
    if tr.end - tr.start != 1 or t.lower_ not in _KIND_WORDS:
        return False
    return t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and t.head.i > t.i


def _names_a_unit(t: Token) -> bool:
    """ "riot police", "anti-riot squad", "the riot unit": the word names a police unit, not a riot."""
    if t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "anti":
        return True
    return t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in _UNIT_HEADS


def _describes_dispersal(t: Token) -> bool:
    """ "police violently dispersed the prayer meeting": the manner of an intervention, not
    violence by the demonstrators (Protest with intervention in the codebook)."""
    if t.pos_ != "ADV":
        return False
    lem = t.head.lemma_.lower()
    return lem in load_lexicon().cues["intervention"].words or lem in ("break", "disperse", "quell", "scatter")


def _negated_cue(doc: Doc, i: int) -> bool:
    """ "no clashes were reported", "without violence": the cue reports that it did not happen."""
    return any(doc[j].lower_ in ("no", "not", "without", "never", "n't", "non") for j in range(max(0, i - 3), i))


def _day_or_year(t: Token | None) -> bool:
    if t is None or not t.text.isdigit():
        return False
    n = int(t.text)
    return 1 <= n <= 31 or (len(t.text) == 4 and 1900 <= n <= 2100)


def _month_word(t: Token) -> bool:
    """Is this event word ("march") the name of the month? All-caps wire copy is parsed lower-cased,
    so the tagger cannot tell "19 MARCH" from a march: a day number or a year next to it, a
    preposition of time before it ("in march", "since march") or an election after it ("the march
    elections") makes it the month."""
    if t.lower_ not in _MONTH_WORDS:
        return False
    before, after = neighbour(t, -1), neighbour(t, 1)
    if _day_or_year(before) or _day_or_year(after):
        return True
    if before is not None and before.lower_ in _MONTH_PREPS:
        return True
    return after is not None and after.lemma_.lower() in ("election", "poll", "ballot", "vote", "issue", "edition")


# month names that are also event words; prepositions and adverbs that only come before a month
_MONTH_WORDS = frozenset({"march"})
_MONTH_PREPS = frozenset({"in", "since", "until", "till", "early", "late", "mid", "last", "next", "past", "of"})


def _split_prefix(doc: Doc, i: int, lex: Lexicon) -> bool:
    """The word is the second half of a hyphenated word the tokenizer split ("CEASE- FIRE",
    "cease - fire", a line break after the hyphen) whose first half is in [cue.split_prefix]: a
    truce, not gunfire."""
    prev = [t for t in doc[max(0, i - 4) : i] if not t.is_space]
    if prev and prev[-1].text.endswith("-") and len(prev[-1].text) > 1:
        return prev[-1].lower_.rstrip("-") in lex.cue_words("split_prefix")
    if len(prev) >= 2 and prev[-1].text == "-":
        return prev[-2].lower_ in lex.cue_words("split_prefix")
    return False


def _aircraft_hit(t: Token) -> bool:
    """An aircraft named as the target, not the striker: the object or passive subject of a verb
    of hitting ("a helicopter was damaged", "rebels downed two helicopters") or of "at/on/against"
    after one ("opened fire on a helicopter", "an attack against a helicopter"). Modifiers ("air
    force" in "an air force helicopter") and conjuncts are read through the noun they belong to."""
    hit = load_lexicon().cue_words("aircraft_hit")
    while t.dep_ in ("compound", "amod", "nmod", "conj") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("nsubjpass", "dobj", "obj") and (t.head.lemma_.lower() in hit or t.head.lower_ in hit):
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("at", "on", "against"):
        v = t.head.head
        if v.lemma_.lower() in hit or v.lower_ in hit:
            return True
    # "the helicopter downed in Soyapango", "a plane that was hit by rifle fire"
    return any(
        c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and (c.lemma_.lower() in hit or c.lower_ in hit)
        and (c.dep_ == "acl" or any(a.dep_ == "auxpass" for a in c.children))
        for c in t.children
    )


def _air_modifier(t: Token, sent: _Sent) -> bool:
    """An aircraft word that only modifies another thing: "helicopter pilots", "the air force
    base", "an air force colonel" (but "a helicopter attack" names the act, and "air force
    helicopters" the aircraft)."""
    air = sent.cue_tokens("air") | sent.cue_tokens("air_weak")
    n = t
    while n.dep_ in ("compound", "amod", "nmod") and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i:
        n = n.head
    if n.i == t.i or n.i in air:
        return False
    names = load_lexicon().word_index.get(n.lemma_.lower(), ()) + load_lexicon().word_index.get(n.lower_, ())
    return not any(x.startswith("T:") for x in names)


def _aircraft_struck(sent: _Sent) -> bool:
    """An aircraft is the one that struck: the subject of a verb of [cue.aircraft_strike] or its
    "by" agent ("helicopters bombed the district", "gunships fired rockets on the camp", "the
    camp was strafed by helicopters"). Then the attack is an air strike whatever the aircraft
    used (a bomb, rockets), which a ground weapon word would otherwise decide."""
    doc = sent.span.doc
    acts = load_lexicon().cue_words("aircraft_strike")
    for i in sent.cue_tokens("air_weak"):
        t = doc[i]
        while t.dep_ in ("compound", "amod", "nmod", "conj") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i != t.i:
            t = t.head
        verb = t.head if t.dep_ == "nsubj" else t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else None
        if verb is not None and verb.pos_ == "VERB" and (verb.lemma_.lower() in acts or verb.lower_ in acts):
            return True
    return False


def _phrase_head(doc: Doc, start: int, end: int) -> Token:
    """The syntactic head of a matched token range (the token whose head lies outside it)."""
    for i in range(start, end):
        h = doc[i].head
        if not (start <= h.i < end) or h.i == i:
            return doc[i]
    return doc[start]


def _triggers(doc: Doc, hits: Sequence[_Hit], sents: Sequence[_Sent], lex: Lexicon) -> list[_Trigger]:
    rules = {"T:" + r.name: r for r in lex.triggers}
    cands = [h for h in hits if h.name in rules]
    # Overlapping matches: keep the longest ("air strike" over "strike"), then the heavier.
    cands.sort(key=lambda h: (-(h.end - h.start), -rules[h.name].weight, h.start))
    # fixed expressions ("according to", "under control") whose words are not event words
    taken: set[int] = {i for h in hits if h.name == "C:not_trigger" for i in range(h.start, h.end)}
    verb_only = lex.cue_words("verb_only")
    transitive_only = lex.cue_words("transitive_only")
    person_subject_only = lex.cue_words("person_subject_only")
    chosen: list[_Hit] = []
    for h in cands:
        span = set(range(h.start, h.end))
        if span & taken:
            continue
        if (
            h.end - h.start == 2
            and doc[h.start].lemma_ == "sit"
            and doc[h.start].pos_ in ("VERB", "AUX")
            and (h.start == 0 or doc[h.start - 1].lower_ not in ("a", "the", "their"))
        ):
            continue  # "sat in a taxi" is not "a sit in"
        if h.start >= 2 and doc[h.start - 1].text == "-" and doc[h.start - 2].lower_ in ("non", "anti"):
            continue  # "a non-violent protest" is not a "violent protest", "anti-riot police" no riot
        if _split_prefix(doc, h.start, lex):
            continue  # "a cease- fire proposal": the second half of a split word
        if h.end - h.start == 1 and doc[h.start].pos_ not in ("VERB", "NOUN", "ADJ", "PROPN"):
            continue
        if h.end - h.start == 1 and doc[h.start].pos_ != "VERB" and doc[h.start].lower_ in verb_only:
            continue  # "the storm weakened": the weather, not "stormed the compound"
        if doc[h.start].lower_ in transitive_only and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in doc[h.start].children
        ):
            continue  # "the talks blew up": no bridge, no vehicle, no violence
        if (
            h.end - h.start == 1
            and rules[h.name].frame in ("seize", "abduction")
            and doc[h.start].dep_ == "amod"
            and doc[h.start].tag_ in ("VBN", "JJ")
            and doc[h.start].lower_.endswith("ed")
            and counts.is_person(doc[h.start].head)
        ):
            continue  # "the captured policemen were found dead": captives named again, no new capture
        if doc[h.start].lower_ in person_subject_only and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
            and not any(counts.is_person(x) for x in (c, *(a for a in c.children if a.dep_ == "appos")))
            for c in doc[h.start].children
        ):
            continue  # "the evidence disappeared from the files": no one was taken
        if h.end - h.start == 1 and doc[h.start].ent_type_ in ("DATE", "TIME"):
            continue  # "between 2 and 3 March", whatever tag the month got
        if h.end - h.start == 1 and _month_word(doc[h.start]):
            continue  # "on 19 march", "the march elections": the month, in any case
        # a month name, a person or place name is not an event word ("March", "Strike Force")
        if (
            h.end - h.start == 1
            and doc[h.start].pos_ == "PROPN"
            and doc[h.start].ent_type_ in ("DATE", "PERSON", "GPE", "LOC", "FAC", "ORG")
            # a capitalised headline opening ("Riot breaks out ...") is tagged as a name too
            and not (doc[h.start].is_sent_start and doc[h.start].ent_type_ in ("ORG", "FAC", "PERSON"))
        ):
            continue
        taken |= span
        chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    starts = [s.span.start for s in sents]
    out = []
    for h in chosen:
        k = bisect.bisect_right(starts, h.start) - 1
        out.append(_Trigger(rules[h.name], h.start, h.end, _manner_verb(_phrase_head(doc, h.start, h.end)), sents[k]))
    return out


def _manner_verb(head: Token) -> Token:
    """ "stoned two robbers to death", "beaten to death": the verb of "to death" is the one whose
    subject and object tell who did it to whom."""
    if head.lower_ in ("death", "deaths") and head.dep_ == "pobj" and head.head.lower_ == "to" \
            and head.head.head.pos_ == "VERB":
        return head.head.head
    return head


# Roles ----------------------------------------------------------------------------------------


def _with_conjuncts(toks: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c not in out)
    return out


def _pobjs(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]


def _roles(t: Token) -> tuple[list[Token], list[Token]]:
    """(agents, patients) of a trigger from the dependency parse."""
    agents: list[Token] = []
    patients: list[Token] = []
    for c in t.children:
        if c.dep_ in _SUBJ:
            agents.append(c)
        elif c.dep_ == "nsubjpass":
            patients.append(c)
        elif c.dep_ in _OBJ:
            patients.append(c)
        elif c.dep_ == "agent":
            agents.extend(_pobjs(c))
        elif c.dep_ == "prep" and (
            c.lower_ in _TARGET_PREPS
            or (c.lower_ == "at" and t.lemma_ in _AIM_VERBS and not any(o.dep_ in _OBJ for o in t.children))
        ):
            # ("shot a motorcyclist at a checkpoint": with an object, "at" is where it happened)
            # ("On 23 November, police shot ...": a date is no target)
            # ("attacked while on a campaign": "while on" is what the victims were doing)
            if not (c.lower_ == "on" and c.i > 0 and c.doc[c.i - 1].lower_ == "while"):
                # ("on 4 may" in lower-cased wire copy: the month parsed as a modal is no target)
                patients.extend(g for g in _pobjs(c) if g.lemma_.lower() not in _NOT_TARGETS
                                and g.ent_type_ not in ("DATE", "TIME") and not g.like_num
                                and g.pos_ not in ("AUX", "VERB"))
        elif c.dep_ == "prep" and c.lower_ == "by" and t.pos_ == "NOUN":
            agents.extend(_pobjs(c))
        elif c.dep_ == "prep" and c.lower_ == "of" and t.pos_ == "NOUN":
            patients.extend(_pobjs(c))  # "the killing of two soldiers", "deaths of six bandits"
        elif c.dep_ == "prep" and c.lower_ == "between" and t.pos_ == "NOUN":
            agents.extend(_pobjs(c))
        elif c.dep_ == "prep" and c.lower_ == "with" and t.lemma_ in ("clash", "fight", "battle", "exchange"):
            patients.extend(_pobjs(c))
        elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and t.pos_ == "NOUN"):
            agents.append(c)
    h = t.head
    if (
        t.lower_ == "fire"
        and t.dep_ == "pobj"
        and h.lower_ == "under"
        and h.head.lemma_.lower() in ("come", "be", "remain", "fall")
        and not patients
    ):
        # "officers came under fire", "the convoy was under fire": the subject was fired on
        subj = [c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and all(c.pos_ == "PRON" for c in subj) and h.head.dep_ in ("advcl", "conj"):
            # "officers were searching the area when they came under fire"
            subj = [c for c in h.head.head.children if c.dep_ in ("nsubj", "nsubjpass")] or subj
        patients.extend(subj)
    if not agents and h is not t:
        if (
            t.dep_ in ("conj", "xcomp", "advcl", "ccomp")
            and h.pos_ in ("VERB", "AUX")
            and not (t.dep_ == "ccomp" and (h.lemma_.lower() in SPEECH_VERBS or h.lemma_.lower() in _BELIEF_VERBS))
        ):
            # (but "the victim was stabbed ..., a police spokesman said", "detectives believe he
            # was killed ...": the speaker or the believer is no agent)
            # "attacked the post, killing two soldiers": the killer is the attacker
            agents.extend(c for c in h.children if c.dep_ in _SUBJ)
            if not patients and t.dep_ == "conj":
                patients.extend(c for c in h.children if c.dep_ == "nsubjpass")
        elif t.dep_ in _OBJ and h.lemma_ in _LIGHT_VERBS:
            agents.extend(c for c in h.children if c.dep_ in _SUBJ)
        elif t.dep_ in ("amod", "compound") and h.pos_ in ("NOUN", "PROPN"):
            patients.append(h)
    if not patients and t.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
        # "two officials were ambushed and killed by raiders": the passive subject is shared too
        patients.extend(c for c in h.children if c.dep_ == "nsubjpass")
    if not patients and t.pos_ == "VERB":
        # "attacked and burned the school": coordinated verbs share the object
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ == "VERB":
                patients.extend(g for g in c.children if g.dep_ in _OBJ)
    if t.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN", "PRON") and not patients:
        # "two suspects killed by police": the noun is the patient
        patients.append(h)
    # "shot dead": the adjective is a result, not who was hit; "On 5 March" is a date
    patients = [p for p in patients if p.pos_ not in ("ADJ", "ADV") and p.ent_type_ not in ("DATE", "TIME")]
    has_by_agent = any(c.dep_ == "agent" for c in t.children)
    # "shot dead" names its result: without an object, its subject is the one shot
    shot_dead = t.lemma_ == "shoot" and any(c.lower_ == "dead" for c in t.children)
    if (
        t.tag_ in ("VBN", "VBD")
        and not patients
        and (has_by_agent or ((t.lemma_ in _PATIENT_SUBJECT_VERBS or shot_dead) and agents))
    ):
        # headline passives without "were": "Policeman killed in ambush", "Officer shot dead by
        # gunmen" are parsed as active verbs with a subject; the subject is the one hit
        subjects = [c for c in t.children if c.dep_ in _SUBJ]
        if subjects:
            patients = subjects
            agents = [a for a in agents if a not in subjects]
    for p in list(patients):
        # "killed seven people including five Koglweogo militiamen", "six people described as
        # militiamen": who the victims were, named inside their phrase
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                patients.extend(_pobjs(c))
            elif c.dep_ == "acl" and c.lemma_.lower() in ("describe", "identify"):
                patients.extend(g for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for g in _pobjs(a))
    return _with_conjuncts(agents), _with_conjuncts(patients)


def _np_tokens(t: Token) -> list[Token]:
    """The noun phrase around a head without its clauses ("gunmen who attacked police" -> gunmen)."""
    out = [t]
    for c in t.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "nummod", "det"):
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of" and (t.lower_ in _GENERIC_HEADS or t.pos_ == "NUM"):
            for g in _pobjs(c):
                out.extend(_np_tokens(g))
    return out


def _kinds(toks: Iterable[Token], sent: _Sent) -> set[str]:
    """Which actor lists the noun phrases hit: state, armed_group, civilian, mob_actor, protester."""
    kinds: set[str] = set()
    for t in toks:
        # the head noun decides when it is in a list ("gang members" -> members is generic, so the
        # modifier decides; "suspected militants" -> militants decides)
        mods = [x for c in t.children if c.dep_ in ("amod", "compound", "nmod", "advmod") for x in c.subtree]
        mod_text = " ".join(x.lower_ for x in mods).replace(" - ", "-")
        if (
            any(c.lower_ in _NOT_SERVING for c in t.children)
            or any(w in mod_text for w in _NOT_SERVING)
            or any(c.dep_ == "amod" and c.lower_ == "civilian" for c in t.children)  # "a civilian guard"
            or (
                t.lemma_.lower() in ("officer", "official", "clerk", "agent")
                and any(c.lower_ in _ELECTION_STAFF and c.dep_ in ("amod", "compound") for c in t.children)
            )
        ):
            kinds.add("civilian")  # "a former soldier", "an off-duty policeman"
            continue
        head = {name for name in _ACTOR_LISTS if t.i in sent.cue_tokens(name)}
        if not head & {"state", "armed_group"} and any(
            c.dep_ == "amod" and c.lower_ in load_lexicon().cue_words("crowd_mood") for c in _np_tokens(t)
        ):
            head.add("mob_actor")  # "angry youths", "rowdy voters", "irate parents": a crowd
        if head & _ROLE_LISTS and t.lower_ not in _GENERIC_HEADS:
            kinds |= head
            continue
        # the head names no side ("a police commander", "the gendarmerie station"): the modifiers
        # decide, together with what the head says (property, place)
        idx = {x.i for x in _np_tokens(t)}
        kinds |= head | {name for name in _ACTOR_LISTS if idx & sent.cue_tokens(name)}
    return kinds


# Scope and status -----------------------------------------------------------------------------


def _ancestors(t: Token, stop: Token) -> list[Token]:
    out = []
    for a in t.ancestors:
        out.append(a)
        if a == stop:
            break
    return out


def _history_years(doc: Doc) -> int | None:
    years = [int(y) for y in _YEAR_RE.findall(doc_text(doc))]
    return max(years) if years else None


_REMEMBERED_HARM = frozenset({"death", "killing", "massacre", "murder", "assassination", "bombing", "attack",
                              "genocide", "war", "siege", "shooting", "victim"})


def _long_period(s: _Sent, name: str) -> bool:
    """Has the sentence a cue of ``name`` (history, aggregate) other than a span of a week or
    less? "killed in the last week", "abducted in the past 24 hours", "over the past six days"
    date one incident or a few, as the coders' notes do; "over the past 40 days", "in the past
    two months" and "in the past" alone are a tally or background."""
    doc = s.span.doc
    text = doc_text(doc)
    return any(not salience.opens_short_span(text[doc[a].idx : s.span.end_char]) for a, _ in s.cues.get(name, ()))


def _sport_sentence(tr: _Trigger, s: _Sent) -> bool:
    """Does the sentence speak of a match? Not when its sport word is part of a name ("the
    Consumers League of Burkina Faso") or the person killed ("a top athlete was shot dead"): a
    killing is no sport move, only a shot or an attack is."""
    doc = tr.head.doc
    sport = [doc[i] for i in s.cue_tokens("sport")]
    sport = [t for t in sport if not (t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > s.span.start
                                                           and t.ent_type_ in ("ORG", "FAC", "EVENT")))]
    if not sport:
        return False
    if tr.rule.name == "kill":
        _, patients = _roles(tr.head)
        if any(t.i == p.i or t in p.subtree for p in patients for t in sport):
            return False
    return True


def _armed_sides(tr: _Trigger, s: _Sent) -> bool:
    """A named armed side makes a sentence with an illness, accident or figurative word violence
    all the same: "gunmen attacked a camp for flood victims" (armed agent), "4 Taliban militants
    were killed in clashes with security forces" (armed victims), "a volunteer was shot dead by
    police as he helped the victims of a road accident" (a killing by the state)."""
    agents, patients = _roles(tr.head)
    ak, pk = _kinds(agents, s), _kinds(patients, s)
    if ak & {"armed_group", "mob_actor", "protester"}:
        return True
    if pk & {"armed_group"} and (tr.rule.name == "kill" or tr.rule.frame == "clash"):
        return True
    return tr.rule.name == "kill" and "state" in ak


def _history_aside(tr: _Trigger, s: _Sent) -> bool:
    """The history words of the sentence are the occasion of the event, not its time: "an attack
    during a memorial ceremony", "on the anniversary of the massacre, police dispersed the march".
    Each is a noun inside a prepositional phrase that leaves the trigger out; a trigger inside it
    ("a memorial to the victims of the 1998 bombing") and phrases such as "years ago" stay history."""
    doc = tr.head.doc
    spans = s.cues.get("history", ())
    if any(b - a != 1 for a, b in spans):
        return False  # "last year", "years ago": phrases of time
    cue = s.cue_tokens("history")
    for i in cue:
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False  # "commemorating", "years ago"
        prep = next((a for a in tok.ancestors if a.dep_ == "prep"), None)
        if prep is None or tr.head in prep.subtree or any(doc[j] in prep.subtree for j in range(tr.start, tr.end)):
            return False
        if tr.rule.frame != "protest" and any(t.lemma_.lower() in _REMEMBERED_HARM for t in prep.subtree):
            # "a demonstration on the anniversary of his death ... who died in custody": the
            # violence remembered is the violence the sentence tells of
            return False
    return bool(cue)


def _out_of_scope(tr: _Trigger, doc: Doc, latest_year: int | None) -> str | None:
    """Name of the scope rule that removes this trigger, or None when it stays."""
    s = tr.sent
    frame = tr.rule.frame
    if tr.rule.name == "generic" and tr.head.dep_ in ("dobj", "pobj") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tr.head.children
    ) and not any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in tr.head.children):
        # "families who fled the violence", "condemned this violence": the incident already
        # reported, referred to again
        return "scope:reference"
    if (
        tr.head.pos_ == "NOUN"
        and tr.head.dep_ == "pobj"
        and tr.head.head.lower_ == "of"
        and tr.head.head.head.lemma_.lower() in _abstract_containers()
    ):
        # "an atmosphere of confrontation", "the cycle of violence", "the threat of attacks": a
        # climate or a risk, not an incident
        return "scope:abstract"
    if (
        frame == "abduction"
        and tr.head.pos_ == "NOUN"
        and (verb := next((a for a in tr.head.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None
        and verb.lemma_.lower() in _FREEING_VERBS
    ):
        # "kidnappers released two hostages", "soldiers rescued 12 hostages": the captives go
        # free; the abduction was an earlier event, and the one freeing them did not abduct them
        return "scope:release"
    if (
        tr.rule.name == "generic"
        and tr.head.dep_ in ("dobj", "pobj")
        and any(a.lemma_.lower() in _ESCAPE_VERBS for a in list(tr.head.ancestors)[:2])
        and not s.has("state", "armed_group")
        and not any(t.lower_ == "hands" for t in s.span)
    ):
        # "refugees fleeing violence in Sudan", "families who escaped the insecurity": people on
        # the move, the violence is why, not an incident the sentence reports ("fleeing violence
        # at the hands of the police" names who did it, and stays)
        return "scope:reference"
    if (frame == "weapon" and (_traded(tr.head) or _tested(tr.head))) or (
        frame == "violence" and _tested(tr.head, weapon=False)
    ):
        # "signed a deal to buy 96 attack helicopters", "test-fired a ballistic missile"
        return "scope:arms-trade"
    if (
        frame == "clash"
        and tr.head.tag_ == "VBG"
        and tr.head.dep_ == "acl"
        and tr.head.head.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in tr.head.head.children)
    ):
        # "to reinforce the mission fighting armed gangs": what a force is there for, not a fight
        # the sentence reports
        return "scope:description"
    if frame in ("weapon", "clash", "change") and s.has("drill"):
        # "warships staged drills simulating a blockade", "troops fired artillery in joint exercises"
        return "scope:drill"
    if frame == "violence" and not s.has("suicide", "ied"):
        # the trigger's own verb: "shot himself", or "shot" for the "dead" of "shot himself dead"
        verbs = [tr.head, *([tr.head.head] if tr.head.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp") else [])]
        if any(c.dep_ in _OBJ and c.lower_ in _REFLEXIVES for v in verbs for c in v.children):
            # "a soldier shot himself dead at his barracks": a suicide ("blew himself up" with a
            # bomb is a suicide bombing, kept by its explosive cue)
            return "scope:self-harm"
    if frame == "violence" and s.has("kin"):
        agents, _ = _roles(tr.head)
        kin = s.cue_tokens("kin")
        if any(x.i in kin for a in agents for x in (a, *[c for c in a.children if c.dep_ == "appos"])):
            # "killed by her husband", "his stepfather stabbed him": a family killing, a crime
            return "scope:domestic"
    if frame == "violence" and tr.end - tr.start == 1 and tr.head.lemma_.lower() in ("cut", "cuts"):
        # "networks have been cut", "power cuts", "cut the telephone lines": no one was hurt
        _, patients = _roles(tr.head)
        if not _kinds(patients, s) & _PEOPLE_KINDS and not s.has("blade"):
            return "scope:not-violence"
        if patients and all(p.i in s.cue_tokens("abstract_object") for p in patients):
            return "scope:not-violence"  # "military aid was cut": the aid, not the military
    if s.has("fiction") and frame != "protest":
        # only when the film/book is part of the trigger's own clause, so "protests over a book"
        # and "a journalist who wrote a book was shot" stay in
        # "for filming an inmate": the verb is not a film
        fic = {i for i in s.cue_tokens("fiction") if tr.sent.span.doc[i].pos_ != "VERB"}
        clause = {x.i for x in tr.head.subtree} | {a.i for a in _ancestors(tr.head, s.span.root)}
        clause |= {c.i for a in _ancestors(tr.head, s.span.root) for c in a.children if c.dep_ in ("nsubj", "prep")}
        for i in list(clause):
            if tr.sent.span.doc[i].dep_ == "prep":
                clause |= {x.i for x in tr.sent.span.doc[i].subtree}
        if fic & clause:
            return "scope:fiction"
    if _sport_sentence(tr, s) and frame in ("violence", "clash", "weapon") and not any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _BOMB_NOUNS for t in s.span
    ):
        # (a bomb is no sport word: "bombs exploded among crowds watching the World Cup final")
        return "scope:sport"
    anc = _ancestors(tr.head, s.span.root)
    if any(a.lemma_.lower() in ("suspect", "accuse") and a.dep_ == "acl" and _alleged(tr.head, a) for a in anc):
        # "a man suspected of stealing cars": a description of someone, not an event; "gunmen are
        # suspected of killing ..." (the report's own wording of the perpetrator) stays in
        return "scope:allegation"
    if frame == "violence" and _arrest_reason(tr.head, s):
        return "scope:arrest-reason"
    court = s.cue_tokens("court")
    if court and frame != "arrest" and any(a.i in court for a in anc):
        return "scope:court"
    if frame == "protest":
        return None  # marches commemorating an anniversary are events of their own
    if _long_period(s, "aggregate") or (_long_period(s, "history") and not _history_aside(tr, s)):
        return "scope:history"
    for ent in span_ents(s.span):
        m = _YEAR_ONLY_RE.match(ent.text.strip())
        if ent.label_ != "DATE" or not m:
            continue
        year = ent.root
        named = year.head
        if (year.dep_ in ("compound", "nummod", "amod", "nmod") and named.pos_ in ("NOUN", "PROPN")
                and named.dep_ == "pobj" and named.head.head.pos_ in ("NOUN", "PROPN")
                and named.i not in (tr.head.i, *(x.i for x in tr.head.children))):
            # "a former aspirant in the 2017 General Election": the year names the election a
            # person stood in, it does not date the sentence ("suffered prior to the 1979 treaty",
            # hung on the verb, still does)
            continue
        # dated to a bare year while the story is dated more precisely (or later): background
        if (latest_year is not None and int(m.group(1)) < latest_year) or _precise_date_elsewhere(doc, s):
            return "scope:history"
    if frame in ("violence", "clash") and s.has("metaphor_context") and not _armed_sides(tr, s):
        return "scope:not-violence"
    if frame in ("violence", "weapon", "property", "change") and s.has("disaster"):
        # "a gas explosion killed three workers", "floods destroyed homes", "floods swept through
        # villages, displacing thousands", "the cyclone forced 200,000 to flee"; but not when the
        # sentence names who did it ("gunmen wounded a woman in drought-stricken Laikipia")
        if not _kinds(_roles(tr.head)[0], s) & {"armed_group", "state", "mob_actor", "protester"} and not (
            frame == "weapon" and _handled_by_armed_group(tr)
        ):
            return "scope:disaster"
    if frame in ("violence", "clash", "property") and not _kinds(_roles(tr.head)[0], s) & {"armed_group"}:
        # (gunmen, bandits and militants attack for real: "assailants attacked the location, no
        # reports of casualties" whatever the parser makes an object of)
        _, patients = _roles(tr.head)
        kinds = _kinds(patients, s)
        concrete = {"state", "armed_group", "civilian", "property", "armed_place", "place"}
        # the attacked noun itself must be the cause or institution: "an attack on democracy",
        # but "attacked a democracy activist" hit a person
        abstract = any(p.i in s.cue_tokens("abstract_object") for p in patients)
        if not patients and frame == "violence" and tr.head.pos_ == "VERB":
            # "shares shot up 12 percent", "prices hit a record": the subject that "shot" is a figure
            subjects = [c for c in tr.head.children if c.dep_ in _SUBJ]
            abstract = any(a.i in s.cue_tokens("abstract_object") for a in subjects)
            abstract = abstract and not _kinds(subjects, s) & concrete
        if abstract and not kinds & concrete:
            return "scope:metaphor"
    return None


# out-of-scope verdicts whose triggers give the story no conflict context either (the others, a
# court case or a background killing, still tell that the story is about violence)
_NO_CONTEXT_SCOPES = frozenset(
    {"scope:disaster", "scope:arrest-reason", "scope:not-violence", "scope:metaphor", "scope:abstract",
     "scope:arms-trade", "scope:drill", "scope:self-harm", "scope:domestic"}
)


@functools.lru_cache(maxsize=1)
def _abstract_containers() -> frozenset[str]:
    """Head nouns of [cue.abstract_container] ("atmosphere" in "an atmosphere of confrontation")."""
    return load_lexicon().cue_words("abstract_container")


def _search_raid(tr: _Trigger, triggers: Sequence[_Trigger]) -> bool:
    """ "Police arrested three men in raids on warehouses", "weapons were seized in the raid": a
    raid that only arrests or seizes is how the arrest or the seizure was made (the other trigger
    of the sentence reports it), not an attack. A raid in which anyone is hurt or that meets fire
    is still violence."""
    if tr.rule.frame != "violence" or tr.head.lemma_.lower() not in ("raid", "raids", "swoop"):
        return False
    others = [o for o in triggers if o.sent.index == tr.sent.index and o is not tr]
    frames = {o.rule.frame for o in others}
    # "weapons and explosive belts were seized in the raid": the explosives named are the haul
    hurt = {"violence", "clash", "abduction", "sexual"} | (set() if "seize" in frames else {"weapon"})
    return bool(frames & {"arrest", "seize"}) and not frames & hurt


_BELIEF_VERBS = frozenset({"believe", "think", "suspect", "fear", "assume", "understand", "learn", "hear"})
_ARMED_AGENTS = frozenset({"armed_group", "state", "mob_actor", "protester"})
_REASON_PREPS = frozenset({"with", "over", "for", "about", "of", "in", "on"})


# what someone is suspected or accused of: "suspected of stealing", "accused in the killing",
# "suspected to be behind the attack"
_ALLEGATION_PREPS = frozenset({"of", "for", "in", "over", "behind"})


def _alleged(t: Token, verb: Token) -> bool:
    """Is ``t`` what the participle ``verb`` ("suspected", "accused") says someone did? Only
    through "of"/"for"/"in"/"behind" or as its own infinitive ("suspected to have killed"). A
    hedge on who the perpetrators are says nothing about the event that follows: "a bomb,
    suspected to have origin with al Shabaab, detonates", "attackers suspected to be linked to
    the group threw a grenade, injuring worshippers" (the parser often hangs the main verb
    under the participle)."""
    path = [t]
    while path[-1].head.i != verb.i:
        path.append(path[-1].head)
    top = path[-1]
    if top.dep_ == "prep":
        return top.lower_ in _ALLEGATION_PREPS and all(x.dep_ != "appos" for x in path)
    if top.dep_ in ("xcomp", "ccomp"):
        if top.i == t.i:
            return True  # "suspected to have killed his wife"
        # "suspected to be behind the attack": the xcomp's own preposition
        return len(path) >= 3 and path[-2].dep_ == "prep" and path[-2].lower_ in _ALLEGATION_PREPS and all(
            x.dep_ not in ("appos", "conj") for x in path[:-1]
        )
    return False


def _handled_by_armed_group(tr: _Trigger) -> bool:
    """The explosive is the object of what an armed group did: "an al Shabaab operative gave
    a driver an explosive device disguised as a gas cylinder" (the gas cylinder is its disguise,
    not an accident); "a gas explosion at a market where militants are active" is no such case."""
    t = tr.head
    if t.dep_ not in _OBJ or t.head.pos_ != "VERB":
        return False
    return "armed_group" in _kinds([c for c in t.head.children if c.dep_ in _SUBJ], tr.sent)


def _political_victims(tr: _Trigger) -> bool:
    """ "charged with killing a land activist", "arrested over the murder of the MP": the victims
    of the killing are political figures (the ``political`` cue, less soldiers and officers)."""
    s = tr.sent
    political = s.cue_tokens("political") - s.cue_tokens("state") - s.cue_tokens("armed_group")
    victims = list(_roles(tr.head)[1])
    victims += [g for c in tr.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
    return any(x.i in political for v in victims for x in _np_tokens(v))


def _arrest_reason(t: Token, s: _Sent) -> bool:
    """The killing is what a suspect is arrested, held, charged or wanted for: "detectives
    arrested a woman in connection with the death of her son", "charged him with the murder of his
    neighbour", "detained over the killing", "arrested for killing his wife". The police did not
    kill anyone, and the killing is the crime under investigation, not a fresh report of it."""
    legal = s.cue_tokens("legal_action")
    links = s.cue_tokens("legal_link")
    if not legal:
        return False
    x = t
    for _ in range(4):
        if x.dep_ not in ("pobj", "pcomp") or x.head.lower_ not in _REASON_PREPS:
            return False
        h = x.head.head
        if h.i in legal or (h.dep_ in ("dobj", "nsubjpass") and h.head.i in legal):
            # "arrested a woman in connection with ...": the prepositional phrase may hang on the
            # suspect rather than on the verb
            return True
        if h.i not in links:
            return False
        x = h  # "in connection with", "on suspicion of": climb over the link noun
    return False


def _precise_date_elsewhere(doc: Doc, sent: _Sent) -> bool:
    return any(
        e.label_ in ("DATE", "TIME") and not _YEAR_ONLY_RE.match(e.text.strip())
        for e in doc_ents(doc)
        if not (sent.span.start <= e.start < sent.span.end)
    )


def _status(tr: _Trigger) -> tuple[Status, str | None]:
    t = tr.head
    s = tr.sent
    chain = [t, *_ancestors(t, s.span.root)]
    procedures = salience.load_cues().procedures
    cut = next((k for k, a in enumerate(chain) if k and a.pos_ == "NOUN" and a.lower_ in procedures), None)
    if cut is not None:
        chain = chain[: cut + 1]  # "ordered an investigation into the murder": the plan is the probe's
    pre = salience.presupposing_head(t)
    if pre is not None:
        # "we must repudiate the murder", "asked to leave after the assassination": the modal or
        # the plan is the reaction's, the event is presupposed
        chain = chain[: next((k for k, a in enumerate(chain) if a.i == pre.i), 1)]
    told = salience.told_clause(chain)
    if told is not None:
        chain = chain[: told + 1]  # "what do you think of the bombs that were detonated yesterday"
    for a in chain[1:]:
        lem = a.lemma_.lower()
        if lem in ("deny", "refute", "dismiss") and not attribution.denies_blame(a):
            # (not "the police denied involvement in the shooting": blame rejected, not the event)
            return "denied", "status:denied"
        if lem in _THREAT_WORDS:
            return "threatened", "status:threat"
        if lem in (
            "plan",
            "intend",
            "plot",
            "prepare",
            "propose",
            "consider",
            "expect",
            "aim",
            "want",
            "seek",
            "hope",
            "wish",
        ):
            return "hypothetical", "status:plan"
    for a in chain[:4]:
        for c in a.children:
            if c.dep_ == "aux" and c.lower_ in _MODALS and c.lower_ not in ("can",):
                # a modal on the trigger's own verb (or the verb it completes: "will have to
                # reach an agreement") makes it a possibility, not an occurrence
                if a is t or a.pos_ in ("VERB", "AUX"):
                    return "hypothetical", "status:modal"
            if c.dep_ == "aux" and c.lower_ == "to" and a.head.lemma_.lower() in ("threaten", "vow"):
                return "threatened", "status:threat"
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("xcomp", "dobj", "pobj"):
            break
    for c in t.children:
        if c.dep_ == "neg" and c.i not in bracketed_tokens(c.sent):
            # ("traders protested (exact date not reported)": an aside about the report)
            return "negated", "status:neg"
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (
            c.lower_ in ("no", "nobody", "none") or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        ):
            return "negated", "status:no-one"
        if c.dep_ == "det" and c.lower_ == "no":
            return "negated", "status:no"
        if c.lower_ in ("planned", "threatened", "proposed", "intended") and c.dep_ in ("amod", "compound"):
            return "hypothetical", "status:planned"
    if t.head.lemma_ == "without" or (t.dep_ == "pobj" and t.head.lower_ == "without"):
        return "negated", "status:without"
    if (
        t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.head.children)
    ):
        return "negated", "status:no-report-of"  # "there were no reports of violence"
    for a in chain[1:]:
        if a.lemma_.lower() == "claim" and a.pos_ == "VERB":
            return "claimed", "status:claim"
        if a.pos_ == "VERB" and any(c.dep_ == "neg" and c.i not in bracketed_tokens(c.sent) for c in a.children) \
                and a.lemma_ in ("report", "cause"):
            return "negated", "status:neg"
    return "asserted", None


# Typing ---------------------------------------------------------------------------------------


def _used(sent: _Sent, name: str) -> bool:
    """The sentence names a weapon of this kind that was used (not seized, found or carried)."""
    doc = sent.span.doc
    for i in sent.cue_tokens(name):
        t = doc[i]
        heads = (
            {t.head.lemma_.lower(), t.head.head.lemma_.lower()}
            if t.dep_ in ("conj", "pobj")
            else {t.head.lemma_.lower()}
        )
        if name in ("air", "air_weak") and (_aircraft_hit(t) or _air_modifier(t, sent)):
            continue  # "a helicopter was shot down", "helicopter pilots": no aircraft struck
        if not heads & (_UNUSED_WEAPON_HEADS | _traded_heads()) and not _tested(t):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _traded_heads() -> frozenset[str]:
    """Heads that make a weapon the goods of a deal: a sale, an order, a test, and a shipment
    (``[cue.weapon_shipment]``: "shipments of weapons, including missiles, to the rebels")."""
    return _TRADED_WEAPON_HEADS | load_lexicon().cue_words("weapon_shipment")


def _traded(t: Token) -> bool:
    """The weapon is what a deal is about: the words between it and its clause's verb, and that
    verb ("to buy six attack submarines and a batch of cruise missiles"), name a purchase, sale,
    contract or test."""
    for a in t.ancestors:
        if a.lemma_.lower() in _traded_heads():
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep":  # "weapons, including helicopters"
            return False
    return False


def _tested(t: Token, *, weapon: bool = True) -> bool:
    """The weapon is the object of a test: "test-fired a missile" (the tokenizer splits "test -
    fired"), and for a weapon word also "a missile test" ("bodies tested positive" is no test
    of a weapon, so a violence trigger needs the "test-" verb)."""
    for a in [t, *list(t.ancestors)[:2]]:
        i = a.i
        doc = a.doc
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "test":
            return True
        if not weapon:
            continue
        if a.lemma_.lower() == "test":
            return True
        if any(c.lower_ in ("test", "tests") and c.dep_ == "compound" for c in a.children):
            return True
    return False


def _unused(t: Token) -> bool:
    """The weapon word itself is held, carried or seized ("arrested with explosive devices"). A
    weapon that is the subject of the verb does the carrying ("the missiles carry their fuel in
    separate tanks"): a description of the weapon, not a seizure."""
    if t.dep_ in ("nsubj", "csubj") and t.head.lemma_.lower() in _UNUSED_WEAPON_HEADS:
        return False
    heads = {a.lemma_.lower() for a in list(t.ancestors)[:3]}
    return bool(heads & (_UNUSED_WEAPON_HEADS | {"arrest", "intercept", "possession"}))


def _weapon(sent: _Sent) -> tuple[str, str] | None:
    """(sub-type, cue) when the sentence names a remote weapon, in precedence order."""
    if _used(sent, "chemical"):
        return "Chemical weapon", "weapon:chemical"
    if _used(sent, "suicide"):
        return "Suicide bomb", "weapon:suicide"
    if _used(sent, "air"):
        return "Air/drone strike", "weapon:air"
    if _aircraft_struck(sent):
        return "Air/drone strike", "weapon:aircraft-struck"
    if _used(sent, "grenade"):
        return "Grenade", "weapon:grenade"
    if _used(sent, "shelling"):
        return "Shelling/artillery/missile attack", "weapon:shelling"
    if _used(sent, "ied") and not sent.has("petrol_bomb"):
        return "Remote explosive/landmine/IED", "weapon:ied"
    if _used(sent, "air_weak"):
        return "Air/drone strike", "weapon:aircraft"
    return None


@dataclass(frozen=True)
class _Context:
    """What the neighbouring sentences say about a protest (a window around the trigger)."""

    protest: bool
    intervention: bool
    lethal: bool
    riot: bool


def _protest_context(sents: Sequence[_Sent], k: int, protest_sents: Mapping[int, set[int]]) -> _Context:
    window = [s for s in sents if abs(s.index - k) <= 2]
    protest = any(s.index in protest_sents for s in window)
    # Only lethal cues are checked against the protest's own clause: narrowing intervention and
    # riot cues the same way lost more than it gained on the dev notes (wF1 -0.002).
    intervention = any(_intervention_tokens(s, protest_sents.get(s.index, set())) for s in window)
    riot = any(s.has("riot_act") for s in window)
    lethal = False
    for s in window:
        # "protested the killing of a boy" gives the reason, not what the police did
        reason = protest_sents.get(s.index, set())
        if s.has("intervention", "state") and {
            i for i in s.cue_tokens("lethal_force") - reason if not _into_the_air(s.span.doc[i])
        }:
            lethal = True
    return _Context(protest, intervention, lethal, riot)


def _intervention_tokens(s: _Sent, reason: set[int]) -> set[int]:
    """Intervention cues of a sentence that report what happened to a protest.

    An arrest is often why people protest ("protested the arrest of their MP", "demanding the
    arrest of the suspects", "a chief who had been arrested"): arrest words in the protest's own
    clause, "the arrest of X", or in a relative clause do not count (on the dev notes 43 of the 190
    "intervention" protests coded peaceful were of this kind, 17 of them "arrest").
    """
    doc = s.span.doc
    out = set()
    for i in s.cue_tokens("intervention"):
        t = doc[i]
        if t.lemma_.lower() in ("disperse", "scatter") and any(
            c.dep_ == "advmod" and c.lower_ in _CALM_ADVERBS for c in t.children
        ):
            continue  # "marched ... before dispersing peacefully": the protesters went home
        if t.lemma_.lower() == "arrest" and (
            i in reason
            or (t.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
            or any(a.dep_ == "relcl" for a in [t, *t.ancestors][:3])
        ):
            continue
        out.add(i)
    return out


def _into_the_air(t: Token) -> bool:
    """ "shot in the air", "fired into the air": warning shots, not lethal force."""
    verb = t if t.pos_ == "VERB" else t.head
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "into") and any(g.lower_ == "air" for g in _pobjs(c))
        for c in verb.children
    )


def _protest_reason_tokens(tr: _Trigger) -> set[int]:
    """The words of a protest trigger's phrase that may name what it protests ("protested the
    killing of a teacher"): its subtree, less what the parser hangs on it but is no reason: a
    finite verb coordinated inside it ("demonstrating against the decision to hold elections again, and
    killed two of them": the parse joins the next action to the reason), and the words past a
    semicolon ("police shoot protesters; two deaths")."""
    head = tr.head
    out = {x.i for x in head.subtree}
    for x in head.subtree:
        if x.i != head.i and x.dep_ == "conj" and x.tag_ in ("VBD", "VBZ", "VBP") and x.head.tag_ not in (
            "VBD", "VBZ", "VBP"
        ):
            out -= {y.i for y in x.subtree}
    semis = [x.i for x in tr.sent.span if x.lower_ == ";"]
    return {i for i in out if not any(min(i, head.i) < k < max(i, head.i) for k in semis)}


def _protesting(tr: _Trigger) -> bool:
    """Does a protest-frame trigger report people protesting? Not "the army demonstrated its
    strength", not a gathering that demands nothing ("relatives gathered outside the morgue"), not
    protesters as the victims of an attack. Only such triggers make a protest story around them."""
    if (
        tr.head.lemma_ == "demonstrate"
        and any(
            c.dep_ in ("dobj", "ccomp") and c.lemma_.lower() not in salience.load_cues().shown_protest
            for c in tr.head.children
        )
        and not salience.demonstrates_against(tr.head)
    ):
        # "the army demonstrated its strength"; but "residents demonstrate against the chief"
        # (whatever the parser makes the object) and "demonstrated their support for the army"
        # (a shown stance, as in ``salience``)
        return False
    if tr.rule.name == "assembly" and not tr.sent.has("demand"):
        return False
    return not _describes_victims(tr.head)


def _protest_subtype(ctx: _Context) -> tuple[str, str]:
    # Order follows the codebook: violence by demonstrators makes it a riot even when the police
    # then fire; lethal force against peaceful protesters beats a mere intervention.
    if ctx.riot:
        return "Violent demonstration", "protest:riot-act"
    if ctx.lethal:
        return "Excessive force against protesters", "protest:lethal-force"
    if ctx.intervention:
        return "Protest with intervention", "protest:intervention"
    return "Peaceful protest", "protest:peaceful"


def _type_trigger(
    tr: _Trigger,
    sents: Sequence[_Sent],
    protest_sents: Mapping[int, set[int]],
    frames: Mapping[int, set[str]],
) -> tuple[str, list[str]] | None:
    """ACLED sub-type of a trigger and the names of the rules that decided it (None: no event)."""
    frame = tr.rule.frame
    s = tr.sent
    cues = [f"trigger:{tr.rule.name}"]
    conflict = _conflict_context(sents, frames)
    agents, patients = _roles(tr.head)
    ak, pk = _kinds(agents, s), _kinds(patients, s)
    if ak & {"state", "armed_group"} and any(x.i in s.cue_tokens("fellow") for p in patients for x in _np_tokens(p)):
        # "an officer shot dead two of his colleagues": the victims belong to the killer's side
        pk = (pk - {"civilian"}) | (ak & {"state", "armed_group"})
    ctx = _protest_context(sents, s.index, protest_sents)
    armed_agent = bool(ak & {"state", "armed_group"})

    if tr.head.lemma_ == "engage" and not _engaged_in_fight(tr.head):
        return None  # "engaged in a work stoppage", "engaged in talks"
    if _describes_equipment(tr):
        return None  # "offensive weapons", "their fighting men", "combat boots"
    if _misfire(tr) is not None or _bare_death(tr, frames):
        return None  # "the exchange office", "the fire spread", "the right to demonstrate"
    if frame == "protest":
        if not _protesting(tr):
            return None
        sub, cue = _protest_subtype(ctx)
        return sub, [*cues, cue]
    if frame == "riot":
        if _names_a_unit(tr.head):
            return None  # "riot police", "the riot squad": a unit, not a riot
        if _lone_rampage(tr.head):
            return None  # "a gunman shot dead ten people in a rampage": a killing spree, not a riot
        if tr.rule.name == "stoning" and not ctx.protest and not s.has("protester"):
            return "Mob violence", [*cues, "riot:stoning-without-protest"]
        return "Violent demonstration", [*cues, "riot"]
    if frame == "mob":
        if (
            tr.head.lemma_.lower() in ("burn", "burnt")
            and s.has("armed_group")
            and not s.has("mob_actor")
        ):
            # "burnt to death when gunmen raided the village": how armed raiders killed, not a
            # crowd's justice (an attack, typed below)
            frame = "violence"
        else:
            return "Mob violence", [*cues, "mob"]
    if frame == "sexual":
        return "Sexual violence", cues
    if frame == "abduction":
        if "kill" in frames.get(s.index, set()):
            # "abducted and executed": the codebook codes the killing (Attack)
            return "Attack", [*cues, "abduction:killed"]
        if pk & {"state", "armed_group"} and not pk & {"civilian"} and armed_agent:
            # "militants abducted two volunteer fighters", "held three policemen hostage": armed
            # people taken by the other side are a battle's prisoners; abduction as violence
            # against civilians is for unarmed victims
            return "Armed clash", [*cues, "abduction:armed-captives"]
        return "Abduction/forced disappearance", cues
    if frame == "agreement":
        if not s.has("peace", "armed_group"):
            # an agreement is a conflict agreement by its own sentence: a truce, a peace deal, a
            # surrender, or an accord one side of which is an armed group. "Signed a debt
            # agreement", "the accords between the two countries" stay trade and diplomacy even in a
            # story about a war.
            return None
        return "Agreement", cues
    # "the company suspended operations", "police arrested a burglar": without any armed actor,
    # security forces (for deployments), protest or violence in the story these are not
    # political-violence developments
    if frame in ("base", "change") and not (
        conflict or any(x.has("state") for x in sents) or tr.head.lemma_.lower() in ("curfew", "emergency")
    ):
        # a curfew or a state of emergency is a security measure whoever imposes it
        return None
    if frame == "change" and not conflict and any(x.has("disaster") for x in sents):
        # "residents were evacuated", "the government closed schools" in a wildfire or heatwave
        # story with no violence in it: the response to the hazard, not a conflict development
        return None
    if (
        frame == "change"
        and tr.head.lemma_.lower() in ("flee", "displace", "displacement")
        and not s.has("state", "armed_group")
        and not any(f & _VIOLENT_FRAMES for j, f in frames.items() if j != s.index and abs(j - s.index) <= 2)
    ):
        # "families fleeing violence reached the camps", "thousands were displaced": people on the
        # move are the humanitarian toll of events, not a change in an armed group's activity.
        # The flight stays when the sentence names soldiers or an armed group ("militants ordered
        # villagers out, causing many to flee") or is told next to an incident (up to two
        # sentences away): it is then part of that incident. A long story's distant weapons or
        # battles ("a ship waiting for a cargo of bombs ... the crew fled toward Panama") are not.
        return None
    if frame == "change" and _unforced_measure(tr):
        # "the government reinforced its border controls against smugglers", "an eventual
        # blockade of the coast": a policy, not a conflict actor's move
        return None
    if frame == "change" and s.has("sanction"):
        # "sanctions banning five commanders from travel": a foreign government's measure
        return None
    if frame == "arrest" and not (conflict or pk & {"political"} or _notable_arrest(tr, agents, patients)):
        return None
    if frame == "base":
        return "Headquarters or base established", cues
    if frame == "change":
        return "Change to group/activity", cues
    if frame == "disrupted":
        dismantled = _dismantled_unarmed(tr, frames)
        if dismantled == "arrests":
            # "with these arrests the police dismantled a rebel network": the arrests are the event
            if not (conflict or pk & {"political"} or _notable_arrest(tr, agents, patients)):
                return None
            return _type_arrest(ak, [*cues, "dismantled:arrests"], ctx)
        if dismantled == "unarmed":
            return None  # "police dismantled a car-theft ring", "dismantled the trade barriers"
        return "Disrupted weapons use", cues
    if frame == "arrest":
        return _type_arrest(ak, cues, ctx)
    if frame == "seize":
        # (people state forces capture are left to _type_seize, as before: no event)
        taken = None if "state" in ak else _taken_people(tr, patients, pk)
        if taken == "handover":
            return None  # "he was handed over to the courts": a person transferred, no goods taken
        if taken == "captured":
            if "armed_group" in ak and "state" not in ak:
                # "rebels captured two soldiers": people taken by an armed group
                return "Abduction/forced disappearance", [*cues, "seize:captives"]
            # "police captured Pedro Ruiz and Luis Vega, two smugglers", "we were captured":
            # people taken into custody are an arrest, with the arrest's own tests
            if not (conflict or pk & {"political"} or _notable_arrest(tr, agents, patients)):
                return None
            return _type_arrest(ak, [*cues, "seize:arrest"], ctx)
        fought = any(f & {"kill", "violence", "clash", "weapon"} for f in frames.values())
        return _type_seize(tr, ak, pk, cues, fought, _protest_subtype(ctx) if ctx.protest else None)

    # violence, clash, weapon, property
    # a foiled plot or a seized cache retypes only the explosive itself: "police killed four
    # militants and seized arms" is still the fight, "soldiers defused a bomb" is not an explosion
    disrupted_frame = "disrupted" in frames.get(s.index, set())
    explosive = frame == "weapon" or (frame == "property" and s.has("ied", "grenade"))
    if (explosive and (disrupted_frame or _defused(s))) or (
        disrupted_frame and frame in ("violence", "clash") and _weapon(s) is not None
    ):
        return "Disrupted weapons use", [*cues, "weapon:disrupted"]
    if frame in ("violence", "clash", "weapon") or (frame == "property" and s.has("ied", "shelling", "air")):
        w = _weapon(s)
        if (
            w is not None
            and w[0] in _GROUND_EXPLOSIVES
            and (
                s.has("gunfire")
                or "clash" in frames.get(s.index, set())
                or any(x.index == s.index + 1 and x.has("gunfire") for x in sents)
            )
            and s.has("state", "armed_group", "armed_place")
        ):
            # "an ambush initiated by an IED, followed by small arms fire": the fight is the event
            # (also told in the next sentence: "... at a patrol. The officers returned fire.")
            return "Armed clash", [*cues, w[1], "weapon:with-gunfire"]
        if frame == "weapon" and w is not None and w[0] == "Air/drone strike" \
                and tr.head.i in s.cue_tokens("air") | s.cue_tokens("air_weak") and _aircraft_hit(tr.head):
            # "rebels downed a helicopter": a fight with the aircraft's side, not an air strike
            # (another aircraft of the sentence may have struck: that one is typed by its own word)
            return "Armed clash", [*cues, "weapon:aircraft-hit"]
        if w is not None and not (frame == "clash" and w[0] == "Air/drone strike" and w[1] == "weapon:aircraft"):
            return w[0], [*cues, w[1]]
        if frame == "weapon" and tr.head.i in s.cue_tokens("air") | s.cue_tokens("air_weak") \
                and _aircraft_hit(tr.head):
            return "Armed clash", [*cues, "weapon:aircraft-hit"]
        if frame == "weapon":
            if _unused(tr.head):
                # "arrested a man in possession of IEDs", "a truck carrying explosives intercepted"
                return "Disrupted weapons use", [*cues, "weapon:unused"]
            return "Remote explosive/landmine/IED", [*cues, "weapon:explosive"]

    if frame == "clash" and s.has("communal") and not ctx.protest:
        # "members of two communities clashed", "Pokot and Turkana fought": ACLED codes the sides as
        # identity militias, so the fight is a battle, not mob violence
        return "Armed clash", [*cues, "clash:communal"]
    if ctx.protest and tr.head.lemma_.lower() in ("storm", "invade", "occupy") and not pk & {"state", "armed_place"}:
        # "residents stormed the county offices to protest": entering a building is how the protest
        # went, coded by what else happened there (dev notes: mostly peaceful protests)
        sub, cue = _protest_subtype(ctx)
        return sub, [*cues, cue]
    if ctx.protest and not (ak & {"armed_group"}):
        # violence in a protest story: by the police -> intervention or excessive force; by the
        # demonstrators (or "they") -> violent demonstration
        if "state" in ak or ("protester" in pk and not ak) or (not agents and frame != "property"):
            sub, cue = _protest_subtype(ctx)
            return sub, [*cues, cue]
        if ak & {"protester", "mob_actor", "unorganised"} or any(a.pos_ == "PRON" for a in agents):
            return "Violent demonstration", [*cues, "protest:violence-by-protesters"]
    if "protester" in ak and not armed_agent:
        return "Violent demonstration", [*cues, "agent:protesters"]
    if (
        frame in ("violence", "clash")
        and "state" in ak
        and not (ak | pk) & {"armed_group", "armed_place"}
        and "riot" not in frames.get(s.index, set())
        and any("riot" in frames.get(j, set()) for j in range(s.index - 2, s.index))
    ):
        # "Students rioted over fees. Police opened fire, killing one.": the police response to a
        # riot reported just before is part of that riot (ACLED codes one violent demonstration
        # whose toll includes those the police killed)
        return "Violent demonstration", [*cues, "riot:police-response"]
    if frame in ("violence", "property") and not armed_agent and any(x.has("witchcraft") for x in sents):
        # people killed or houses burned over witchcraft claims: crowd justice (Mob violence)
        return "Mob violence", [*cues, "mob:witchcraft"]
    # a crowd named by its ethnic group or community ("Turkana residents killed three", "members
    # of two communities attacked") is an identity militia: typed below, not as a mob
    communal_crowd = bool((_agent_tokens(agents) - {a.i for a in agents}) & s.cue_tokens("communal"))
    if "mob_actor" in ak and not armed_agent and not communal_crowd:
        return "Mob violence", [*cues, "agent:mob"]

    if frame == "property":
        if not conflict and not ak & _ARMED_AGENTS and tr.head.i in s.cue_tokens("theft") \
                and not _recovered_goods(tr.head):
            # "the individuals responsible for the theft of a plane": with no armed actor,
            # protest or violence anywhere in the story, a theft is ordinary crime
            return None
        if "weapons" in pk and tr.head.lemma_.lower() in ("confiscate", "confiscation"):
            # "the weapons confiscated by the troops": a seized cache, as with "seized"
            return "Disrupted weapons use", [*cues, "seize:weapons"]
        if pk & {"civilian"} and not pk & {"property"} and tr.head.lemma_ in ("burn", "torch"):
            return "Attack", [*cues, "patient:civilian"]
        return "Looting/property destruction", [*cues, "property"]

    if frame == "violence" and tr.head.lemma_.lower() in _EXECUTION_VERBS and pk & _PEOPLE_KINDS:
        # people executed or beheaded were in their killers' hands: the codebook codes the
        # execution of captives, fighters and soldiers included, as an attack (not a battle)
        return "Attack", [*cues, "violence:execution"]
    armed_patient = bool(pk & {"state", "armed_group", "armed_place"})
    if tr.head.lemma_ in ("fire", "shoot") and any(
        g.lower_ == "air" for c in tr.head.children if c.dep_ == "prep" for g in _pobjs(c)
    ):
        return None  # shots fired in the air hit nobody: how a raid or a dispersal went, not an attack
    if frame == "clash":
        participants = ak | pk
        if participants & {"unorganised"} and not participants & {"armed_group"}:
            return "Mob violence", [*cues, "clash:unorganised"]
        return "Armed clash", [*cues, "clash"]
    if armed_agent and "civilian" in pk and not armed_patient and frame == "violence" and not s.has("crossfire"):
        # "raiders killed two civilians in renewed clashes": an armed side named as acting on
        # unarmed people is the codebook's attack on civilians, whatever fight the sentence
        # mentions around it
        return "Attack", [*cues, "patient:civilian"]
    if "clash" in frames.get(s.index, set()) or s.has("crossfire") or _two_sides(s):
        # "two soldiers were killed in clashes", "a civilian died in the crossfire"
        return "Armed clash", [*cues, "sentence:clash"]
    if armed_patient and not pk & {"civilian"} - {"armed_place"}:
        return "Armed clash", [*cues, "patient:armed"]
    if armed_patient and pk & {"state", "armed_group"}:
        # "killing three militiamen and eleven civilians": armed people were among those hit, so
        # the codebook's battle
        return "Armed clash", [*cues, "patient:armed"]
    if not pk and (
        ("armed_group" in ak and s.cue_tokens("state") - _agent_tokens(agents))
        or ("state" in ak and s.cue_tokens("armed_group") - _agent_tokens(agents))
    ):
        # victims unnamed, but the sentence sets state forces against an armed group
        return "Armed clash", [*cues, "sentence:armed-sides"]
    if not pk and s.has("armed_place") and not s.has("civilian"):
        return "Armed clash", [*cues, "sentence:armed-target"]
    if (
        not pk & _ROLE_LISTS
        and any(x.has("state") for x in sents)
        and any(x.has("armed_group") for x in sents)
        and not any(x.has("civilian") for x in sents)
    ):
        # nobody named as the victim, and the report is about state forces and an armed group
        # only ("Police respond, killing two"): the deaths are the fight's (dev notes: 30 battles
        # vs 12 attacks among such reports)
        return "Armed clash", [*cues, "report:armed-sides"]
    if (
        tr.rule.name == "kill"
        and (not agents or (tr.head.lemma_.lower() in _DEATH_STATES and not ak - {"civilian"}))
        and not pk & _ROLE_LISTS
        and s.has("communal")
        and _fight_words(s)
    ):
        # "three killed in ethnic violence", "a man died in a clan war over land": deaths in a
        # fight between communities, whose sides ACLED codes as identity militias (a battle); the
        # people who "died" or were "found dead" are its victims, not a side
        return "Armed clash", [*cues, "sentence:communal-fight"]
    return "Attack", [*cues, "patient:civilian" if pk & {"civilian"} else "patient:unknown"]


def _recovered_goods(t: Token) -> bool:
    """ "stolen" on goods a verb of seizing or recovering takes ("agents recovered 30 stolen
    cars"): left to salience's rule on recovered loot, which reads the same word lists."""
    if t.dep_ != "amod" or t.head.dep_ not in ("dobj", "obj", "nsubjpass"):
        return False
    cues = salience.load_cues()
    verb = t.head.head
    return verb.lemma_.lower() in cues.seizure_verbs | cues.seizure_recovery or verb.lower_ in cues.seizure_verbs


def _type_arrest(ak: set[str], cues: list[str], ctx: _Context) -> tuple[str, list[str]]:
    """An arrest (or a capture of people by anyone but an armed group) that passed the arrest
    tests: part of a protest, an abduction when an armed group holds people, else Arrests."""
    if ctx.protest:
        sub, cue = _protest_subtype(ctx)
        return sub, [*cues, cue]
    if "armed_group" in ak and "state" not in ak:
        # "gunmen detained a civilian": armed groups do not arrest, they abduct
        return "Abduction/forced disappearance", [*cues, "arrest:by-armed-group"]
    return "Arrests", cues


def _dismantled_unarmed(tr: _Trigger, frames: Mapping[int, set[str]]) -> str | None:
    """ "dismantled" with nothing armed in the sentence: no weapon, explosive, camp or base is
    dismantled and none is named ("the police dismantled a network", "the operation dismantled
    the car-for-cocaine connection"). "arrests": the sentence reports arrests, which are the
    event ("with these arrests the police dismantled a rebel network"); "unarmed": no arrest,
    and no armed group is what was dismantled (a smuggling ring, a trade barrier), so no
    disrupted weapons use. None: a weapon, an armed place or an armed group's cell without
    arrests ("troops dismantled a rebel camp", "dismantled a bomb", "dismantled a militant
    cell"): the trigger keeps its type."""
    if tr.head.lemma_.lower() != "dismantle" or tr.end - tr.start != 1:
        return None
    s = tr.sent
    if s.has("weapons", "ied", "grenade", "armed_place", "place") or _weapon(s) is not None:
        return None
    if "arrest" in frames.get(s.index, set()):
        return "arrests"
    patients = _roles(tr.head)[1]
    return None if _kinds(patients, s) & {"armed_group"} else "unarmed"


_PERSONAL_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them"})
_CAPTURE_LEMMAS = frozenset({"capture", "seize", "recapture", "nab"})


def _one_of_people(p: Token) -> bool:
    """A person or people: a people noun or a PERSON name ("two smugglers", "Pedro Ruiz"), a
    personal pronoun ("we were captured"), or a name described by a people noun in apposition
    ("Ruiz, a native of Cali"; all-caps wire copy, lower-cased for parsing, often leaves names
    without an entity tag, or tags them as common nouns)."""
    if p.pos_ == "PRON":
        return p.lower_ in _PERSONAL_PRONOUNS
    if counts.is_person(p):
        return True
    return p.pos_ in ("PROPN", "NOUN") and p.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") and any(
        c.dep_ == "appos" and counts.is_person(c) for x in (p, *p.conjuncts) for c in x.children
    )


def _taken_people(tr: _Trigger, patients: Sequence[Token], pk: set[str]) -> str | None:
    """What a seize word does to people rather than to goods or ground: "captured" or "seized"
    people ("captured", typed as an arrest or an abduction), or a person "handed over" to a court
    or another country ("handover"). None when anything taken is not a person (a place, property,
    weapons) or when the patients are civilians an armed group takes (typed as before)."""
    if not patients or pk & {"property", "weapons", "place", "armed_place"}:
        return None
    placed = tr.sent.span.doc.user_data.get(PLACE_TOKENS, frozenset())
    if any(p.i in placed or not _one_of_people(p) for p in patients):
        return None
    lemma = tr.head.lemma_.lower()
    if lemma == "hand" or tr.sent.span.doc[tr.start].lemma_.lower() == "hand":
        return "handover"
    if lemma not in _CAPTURE_LEMMAS or "civilian" in pk:
        return None  # (civilians seized are typed by _type_seize: an abduction unless the state holds them)
    return "captured"


# ACLED codes mass arrests: a detention of this many people is no routine police matter
_MASS_ARREST = 10


def _notable_arrest(tr: _Trigger, agents: Sequence[Token], patients: Sequence[Token]) -> bool:
    """An arrest outside any conflict story that is still a political development: of a notable
    person out of office ("the former prime minister was arrested": ``_kinds`` reads "former" as
    no longer serving), made by the military ("soldiers rounded up dozens of youths"), on
    political charges ("held on terror charges", "charged with treason"), or of many people at
    once ("over 80 traders were arrested"). "Police arrested two men over a theft" is none of
    these."""
    s = tr.sent
    political = s.cue_tokens("political") - s.cue_tokens("state") - s.cue_tokens("armed_group")
    if any(p.i in political for p in patients):
        return True
    if _agent_tokens(agents) & s.cue_tokens("military") or s.has("political_charge"):
        return True
    return any(c.kind == "arrested" and c.best >= _MASS_ARREST for c in counts.sentence_counts(s.span))


def _describes_victims(t: Token) -> bool:
    """ "attacked protesting students", "police shot demonstrating teachers": the protest word
    describes the people a violent verb acted on."""
    if t.dep_ not in ("amod", "acl") or t.tag_ != "VBG":
        return False
    noun = t.head
    if noun.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    names = load_lexicon().word_index.get(verb.lemma_.lower(), ())
    return any(n in ("T:kill", "T:harm", "T:sexual", "T:abduction") for n in names)


def _engaged_in_fight(t: Token) -> bool:
    """ "engaged the militants", "engaged with police", "engaged in a shootout" (not "in talks",
    nor "engaged with its neighbour to sell oil": a commitment to do something)."""
    if any(c.dep_ == "auxpass" for c in t.children) and any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in t.children
    ):
        return False
    for c in t.children:
        if c.dep_ in _OBJ or (c.dep_ == "prep" and c.lower_ == "with"):
            return True
        if c.dep_ == "prep" and c.lower_ == "in":
            fight_in = load_lexicon().cues["fight_in"].words
            return any(g.lemma_.lower() in _FIGHT_NOUNS or g.lemma_.lower() in fight_in for g in _pobjs(c))
    return False


def _bare_exchange(tr: _Trigger) -> bool:
    """A one-word "exchange" that is no firefight: nothing of shooting or fighting around it
    ([cue.shooting_exchange]) and no armed side in the sentence ("the exchange office he runs",
    "controls the exchange of cocaine for stolen cars", "the source of exchange decreased",
    "opinions were exchanged")."""
    if tr.end - tr.start != 1 or tr.head.lemma_.lower() != "exchange":
        return False
    s = tr.sent
    shooting = load_lexicon().cue_words("shooting_exchange")
    objs = [c for c in tr.head.children if c.dep_ in _OBJ or c.dep_ == "nsubjpass"]
    objs += [g for c in tr.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
    if objs:
        # what is exchanged decides: "exchanged shots", but "exchanged cars for cocaine"
        return not any(o.lower_ in shooting or o.lemma_.lower() in shooting for o in objs)
    return not (s.has("shooting_exchange", "gunfire", "weapons", "state", "armed_group", "communal"))


def _blaze(tr: _Trigger) -> bool:
    """The noun "fire" as a blaze or a figure of speech, not shooting: the subject or object of a
    verb of burning or extinguishing ("the fire spread", "put out the fire of violence"), or
    "on fire" ("homes are on fire"; "set on fire" is arson, its own trigger). Gunfire keeps a
    weapon ("rifle fire") or a verb of shooting ("opened fire", "came under fire")."""
    t = tr.head
    if tr.end - tr.start != 1 or t.lower_ != "fire" or t.pos_ != "NOUN":
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "on":
        # "set the trucks loaded with ore on fire" is arson, wherever the parser hangs the "on"
        return not any(a.lemma_.lower() == "set" for a in list(t.head.ancestors)[:6])
    blaze = load_lexicon().cue_words("blaze")
    return t.dep_ in ("nsubj", "dobj", "nsubjpass") and (t.head.lemma_.lower() in blaze or t.head.lower_ in blaze)


def _civil_right(tr: _Trigger) -> bool:
    """A protest word naming a freedom, not a protest: "the right to demonstrate", "freedom of
    expression, mobilization and organization", "the freedom to hold demonstrations" (the word,
    or the list it is in, hangs on a noun of [cue.civil_right])."""
    rights = load_lexicon().cue_words("civil_right")
    t = tr.head
    for _ in range(4):
        if t.dep_ not in ("pobj", "prep", "conj", "acl", "xcomp", "aux", "dobj") or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in rights:
            return True
    return False


def _held_place(tr: _Trigger) -> bool:
    """A seizure participle describing a place or post, not a seizure: "occupied buildings",
    "the liberated territories", "FMLN-controlled areas", and "occupied" naming who holds or
    fills it, "an office occupied by the governor" (a participle hung on the noun it describes),
    or a place that "remains occupied" (a state)."""
    t = tr.head
    if tr.end - tr.start != 1 or t.tag_ not in ("VBN", "JJ"):
        return False
    if (t.dep_ in ("acomp", "oprd") and t.head.lemma_.lower() in ("remain", "stay", "keep")) or any(
        c.dep_ in ("auxpass", "aux") and c.lower_ in ("remain", "remains", "remained", "stay", "stays", "stayed")
        for c in t.children
    ):
        return True  # "as long as the country remains occupied": a standing state
    if t.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.dep_ == "amod" and t.lower_.endswith("ed") and t.head.i > t.i and (
        t.head.lemma_.lower() in _SETTLEMENTS or _kinds([t.head], tr.sent) & {"place", "armed_place"}
        or t.lemma_.lower() == "occupy"
    ):
        return True  # "the liberated territories", "FMLN-controlled areas", "occupied buildings"
    return t.lemma_.lower() == "occupy" and t.dep_ == "acl"


def _bare_death(tr: _Trigger, frames: Mapping[int, set[str]]) -> bool:
    """ "when the former president died", "the retired general died on Monday": a death told without
    a cause, a weapon, an armed side or any other word of violence in the sentence is no report
    of violence ("died in the clash", "died of gunshot wounds", "died when soldiers fired"
    keep theirs)."""
    t, s = tr.head, tr.sent
    if tr.end - tr.start != 1 or t.lemma_.lower() != "die" or t.pos_ != "VERB":
        return False
    if (frames.get(s.index, set()) - {"kill"}) & (_VIOLENT_FRAMES | {"weapon", "property"}):
        return False
    if sum(1 for x in s.span if x.lemma_.lower() in _TOLL_LEMMAS) > 1:
        return False
    if s.has("state", "armed_group", "weapons", "gunfire", "blade", "communal", "ied", "shelling", "air"):
        return False
    around = [j for j in range(s.index - 3, s.index + 2) if j != s.index]
    if any(frames.get(j, set()) & (_VIOLENT_FRAMES | {"weapon"}) for j in around):
        return False  # "Two men were attacked in Mwea. One victim later died.": the attack's toll
    return not any(
        c.dep_ in ("agent", "advcl", "xcomp")
        or (c.dep_ == "prep" and not all(g.ent_type_ in ("DATE", "TIME") for g in _pobjs(c)))
        for c in t.children
    )


def _weapon_rank(tr: _Trigger) -> bool:
    """A weapon noun naming a person's arm of service: "an artillery lieutenant", "the mortar
    sergeant" (a modifier of a person, not a weapon that was used)."""
    t = tr.head
    return (
        tr.end - tr.start == 1
        and t.pos_ == "NOUN"
        and t.dep_ in ("compound", "amod", "nmod")
        and t.head.i > t.i
        and t.head.lower_ in load_lexicon().cue_words("rank")
    )


def _suspended_talks(tr: _Trigger) -> bool:
    """ "the talks were suspended", "suspend the meeting", "Congress suspends aid": what is
    suspended is a meeting, a process or a payment ([cue.suspended_talks],
    [cue.suspended_business]), a membership ("suspended from the group") or a person's post
    ("four officers were suspended"), not the activity of an armed group or a public service
    ("suspended all armed activities"). Talks suspended in a sentence naming an armed group
    ("the rebels suspended the dialogue") stay: a move of a conflict party."""
    t = tr.head
    if tr.end - tr.start != 1 or t.lemma_.lower() not in ("suspend", "suspension"):
        return False
    business = load_lexicon().cue_words("suspended_business")
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children):
        return True  # "Panama has been suspended from the group", "suspended from duty"
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in _pobjs(c)]
    if objs and all(counts.is_person(o) for o in objs):
        return True  # "four officers have been suspended": a disciplinary measure
    talks = load_lexicon().cue_words("suspended_talks")
    if tr.sent.has("armed_group") and any(o.lemma_.lower() in talks or o.lower_ in talks for o in objs):
        return False  # "the rebels decided to suspend the dialogue": a conflict party's move
    return bool(objs) and all(o.lemma_.lower() in business | talks or o.lower_ in business | talks for o in objs)


def _describes_people(tr: _Trigger) -> bool:
    """A participle describing people by what was done to them before: "camps of disarmed former
    combatants", "the committee for displaced Salvadorans" (no disarmament or flight reported)."""
    t = tr.head
    return (
        tr.end - tr.start == 1
        and t.dep_ == "amod"
        and t.tag_ in ("VBN", "JJ")
        and t.lower_.endswith("ed")
        and counts.is_person(t.head)
    )


def _harmed_class(tr: _Trigger) -> bool:
    """A participle of harm before a bare plural of people, naming a kind of people rather than
    reporting a harm: "shelters for the elderly and wounded people from the battle zones",
    "wounded civilians need blood" ([cue.harmed_class]; no article, number or possessive on the
    people, no subject before the participle; the parser may read the participle as a verb
    conjoined to another word of the list, without subject).
    "12 wounded people", "the wounded soldiers" and "rebels wounded civilians" stay."""
    t = tr.head
    if tr.end - tr.start != 1 or t.tag_ not in ("VBN", "VBD", "JJ") or t.lower_ not in load_lexicon().cue_words(
        "harmed_class"
    ):
        return False
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "PRON"):
        return False  # "militants wounded civilians", however the parser hangs the verb
    people = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if people is None or people.tag_ not in ("NNS", "NNPS") or not counts.is_person(people):
        return False
    if (t.dep_ == "amod" and people.i == t.head.i) or (
        t.dep_ == "conj" and t.head.dep_ == "amod" and t.head.head.i == people.i
    ):
        pass  # "wounded people", "the old and wounded people"
    elif t.pos_ == "VERB" and t.dep_ == "conj" and t.head.pos_ not in ("VERB", "AUX"):
        # a participle in a list of people that the parser took for a verb: "children, the
        # elderly, and wounded people" ("attacked the village and wounded people" is a verb)
        if any(c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in t.children):
            return False
    else:
        return False
    return not any(
        c.dep_ in ("det", "nummod", "poss", "predet") or c.like_num for c in [*people.children, *t.children]
    )


def _harmed_noun(tr: _Trigger) -> bool:
    """A participle of lasting harm ([cue.harmed_noun]) used as a noun for people: "the maimed
    have dealt a blow", "the struggle of the war maimed", "that is, the rebel maimed" ("the" one
    or two words before it, no object, no auxiliary, no agent). "The soldiers maimed three
    boys" has an object; "the boys were maimed by a mine" has an auxiliary: both stay."""
    t = tr.head
    if tr.end - tr.start != 1 or t.lower_ not in load_lexicon().cue_words("harmed_noun"):
        return False
    if t.dep_ == "amod" and t.head.tag_ in ("NNS", "NNPS"):
        # "many maimed comrades have waged a struggle": people of that state, none counted
        return not any(c.dep_ == "nummod" or c.like_num for c in t.head.children)
    if not any(t.doc[j].lower_ == "the" for j in range(max(0, t.i - 2), t.i)):
        return False
    return not any(
        c.dep_ in ("dobj", "obj", "aux", "auxpass", "agent", "dative") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in t.children
    )


def _own_bodies(tr: _Trigger) -> bool:
    """ "bodies" as what living people do something with ("a battle waged with their mutilated
    bodies"): "with" and a possessive pronoun, no corpses. "Their bodies were found" stays."""
    t = tr.head
    if t.dep_ == "amod":
        t = t.head  # "with their mutilated bodies": the trigger may be the participle
    return (
        t.lemma_.lower() == "body"
        and t.dep_ == "pobj"
        and t.head.lower_ == "with"
        and any(c.dep_ == "poss" and c.lower_ in ("their", "our", "his", "her", "my", "your") for c in t.children)
    )


def _verbal_attack(tr: _Trigger) -> bool:
    """An attack noun between two institutions ([cue.verbal_party]) and nothing of weapons or
    force in the sentence: "the unjustified attacks by the Cuban government against the national
    government" (words, not violence; "attacks by government troops against the rebels" name
    neither side so)."""
    t = tr.head
    if tr.end - tr.start != 1 or t.pos_ != "NOUN" or t.lemma_.lower() != "attack":
        return False
    parties = load_lexicon().cue_words("verbal_party")
    by = [g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in _pobjs(c)]
    on = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("against", "on") for g in _pobjs(c)]
    if not by or not on or not all(g.lower_ in parties for g in [*by, *on]):
        return False
    return not tr.sent.has("weapons", "gunfire", "military", "armed_group", "air", "shelling", "ied")


def _victims_as_class(tr: _Trigger) -> bool:
    """A participle naming a class of people that an association or its members stand for, not
    a harm done now: "the relatives of tortured and captured persons", "the committee of mothers
    of murdered people", "the evacuation of people maimed in war". The people are a bare plural
    (no article, number or possessive) after "of" under a noun of [cue.victim_class]; "the
    relatives of the murdered journalist" and "three persons murdered on Monday" stay."""
    t = tr.head
    if tr.end - tr.start != 1 or t.tag_ not in ("VBN", "JJ") or not t.lower_.endswith("ed"):
        return False
    if t.dep_ == "conj" and t.head.dep_ in ("amod", "acl"):
        t = t.head  # "tortured and captured persons": the second of two participles
    if t.dep_ not in ("amod", "acl") or not counts.is_person(t.head):
        return False
    if t.dep_ == "acl" and any(
        c.ent_type_ in ("DATE", "TIME", "CARDINAL") or c.like_num or c.dep_ in ("aux", "auxpass") for c in t.subtree
    ):
        return False  # ("students being murdered in the city": a harm going on)
    people = t.head
    if people.tag_ not in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "nummod", "poss") or c.like_num for c in people.children
    ):
        return False
    while people.dep_ == "conj":
        people = people.head
    if people.dep_ != "pobj" or people.head.lower_ != "of":
        return False
    heads = load_lexicon().cue_words("victim_class")
    owner = people.head.head
    return owner.lemma_.lower() in heads or owner.lower_ in heads


def _ideology_agent(tr: _Trigger) -> bool:
    """The one said to act is a doctrine ([cue.ideology]), not a group: "the Third World has been
    infiltrated by imperialism and communism", "capitalism attacks our traditions"."""
    agents = _roles(tr.head)[0]
    ideology = load_lexicon().cue_words("ideology")
    return bool(agents) and all(a.lemma_.lower() in ideology or a.lower_ in ideology for a in agents)


def _drill_content(tr: _Trigger) -> bool:
    """A fight word naming what an exercise is made of: "the manoeuvres consisted of raids",
    "the drill simulated an attack on the port" (the clause's subject is a drill word)."""
    s = tr.sent
    if not s.has("drill"):
        return False
    drill = s.cue_tokens("drill")
    t = tr.head
    for a in [t, *list(t.ancestors)[:3]]:
        if a.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in _SUBJ and any(x.i in drill for x in _np_tokens(c)) for c in a.children)
    return False


def _cause_fought_for(tr: _Trigger) -> bool:
    """A fight noun whose purpose is a cause ([cue.abstract_object]): "the battle to preserve
    democracy continues", "the fight to restore our dignity" (a campaign; "the battle to retake
    the town" names a place and stays)."""
    t = tr.head
    if t.pos_ != "NOUN":
        return False
    abstract = load_lexicon().cue_words("abstract_object")
    for c in t.children:
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            objs = [o for o in c.children if o.dep_ in _OBJ]
            if objs and all(o.lemma_.lower() in abstract or o.lower_ in abstract for o in objs):
                return True
    return False


def _describes_agents(tr: _Trigger) -> bool:
    """A present participle of violence describing who someone is: "the murdering battalions",
    "those killing militias" (an epithet before its noun, not an act; a real act in the same
    sentence has its own verb)."""
    t = tr.head
    return (
        tr.end - tr.start == 1
        and (t.tag_ == "VBG" or (t.tag_ == "JJ" and t.lower_.endswith("ing")))
        and t.dep_ == "amod"
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.i > t.i
    )


def _fight_area(tr: _Trigger) -> bool:
    """A fight noun that names a kind of place, time or person ([cue.fight_area]): "the wounded
    from the battle zones", "in combat areas", "the war years" (a compound before its noun)."""
    t = tr.head
    return (
        tr.end - tr.start == 1
        and t.pos_ == "NOUN"
        and t.dep_ in ("compound", "nmod")
        and t.head.i > t.i
        and t.head.lower_ in load_lexicon().cue_words("fight_area")
    )


def _thing_used_in(tr: _Trigger) -> bool:
    """An incident noun that names a thing by an earlier use: "the mines used in the ambush of
    soldiers", "the car used in the kidnapping" (the noun is the object of "in" under a participle
    "used" hung on a thing of [cue.used_thing]: the incident is the thing's description); a bare
    word of fighting in general on such a thing or on a word of [cue.warfare_skill] ("manuals for
    the weapons in urban combat", "training in jungle warfare"): what the thing is for."""
    t = tr.head
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in ("in", "for", "during"):
        return False
    used = t.head.head
    if (
        t.lemma_.lower() in _WARFARE
        and t.head.lower_ in ("in", "for")
        and used.pos_ == "NOUN"
        and used.lower_ in load_lexicon().cue_words("used_thing") | load_lexicon().cue_words("warfare_skill")
        and not any(c.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl") for c in t.children)
    ):
        return True  # "manuals for the weapons in urban combat": the kind of fighting a thing is for
    if used.lemma_.lower() not in ("use", "employ") or used.tag_ != "VBN":
        return False
    if t.lemma_.lower() in _WARFARE and not any(c.dep_ in ("det", "poss", "nummod", "prep") for c in t.children):
        # "they were used in combat under the dictatorship": fighting in general, what a thing is for
        return used.dep_ == "acl" or any(c.dep_ == "auxpass" for c in used.children)
    if used.dep_ != "acl":
        return False
    return used.head.lower_ in load_lexicon().cue_words("used_thing")


# nouns of fighting in general: bare, after "used in", they name an activity, not a battle
_WARFARE = frozenset({"combat", "war", "warfare", "battle", "fighting"})


def _misfire(tr: _Trigger) -> str | None:
    """Trigger words used in a sense that reports no event (see the rules called). Returns the
    rule's name, which ``extract --explain`` reports as ``misfire:<name>``."""
    frame = tr.rule.frame
    if frame == "clash" and _bare_exchange(tr):
        return "exchange"
    if frame == "violence" and _blaze(tr):
        return "blaze"
    if frame == "protest" and _civil_right(tr):
        return "civil-right"
    if frame == "weapon" and _weapon_rank(tr):
        return "weapon-rank"
    if frame == "weapon" and tr.head.i in tr.sent.cue_tokens("air_weak") and _air_modifier(tr.head, tr.sent):
        return "air-modifier"  # "helicopter pilots", "the aircraft carrier": a person or a ship
    if frame == "change" and _suspended_talks(tr):
        return "suspended-talks"
    if frame in ("disrupted", "change") and _describes_people(tr):
        return "describes-people"
    if frame == "violence" and _victims_as_class(tr):
        return "victims-as-class"
    if frame == "violence" and _harmed_class(tr):
        return "harmed-class"
    if _harmed_noun(tr):
        return "harmed-noun"
    if _own_bodies(tr):
        return "own-bodies"
    if frame == "violence" and _verbal_attack(tr):
        return "verbal-attack"
    if frame in ("violence", "clash", "change", "seize", "property") and _ideology_agent(tr):
        return "ideology-agent"
    if frame in ("violence", "clash") and _drill_content(tr):
        return "drill-content"
    if frame == "clash" and _cause_fought_for(tr):
        return "cause-fought-for"
    if frame in ("violence", "clash") and _describes_agents(tr):
        return "describes-agents"
    if frame == "clash" and _fight_area(tr):
        return "fight-area"
    if frame in ("violence", "clash", "weapon") and _thing_used_in(tr):
        return "thing-used-in"
    if frame == "property" and _harm_of_a_kind(tr):
        return "harm-of-a-kind"
    if frame == "change" and _operation_of_a_kind(tr):
        return "operation-of-a-kind"
    if frame == "seize" and tr.head.lower_ == "controls" and tr.head.pos_ == "NOUN":
        return "controls"  # "border controls", "investment controls": checks, not a takeover
    if _speaker_label(tr):
        return "speaker-label"
    if _dateline_source(tr):
        return "dateline-source"
    return "held-place" if frame == "seize" and _held_place(tr) else None


# nouns of harm done to property, which a kind or a rating can make no act of destruction
_HARM_NOUNS = frozenset({"damage", "destruction"})


def _harm_of_a_kind(tr: _Trigger) -> bool:
    """A noun of harm done (damage, destruction) that names no act against property: one of a
    non-violent kind (``[figurative] nonviolent_kinds``: "what economic damage can the embargo
    cause", "the commercial damage of the strike"), or one only rated as the subject of "be"
    with an adjective and nothing said of what was harmed or by whom ("the damage is enormous",
    said of money lost). Damage done to something ("damage to the bridge") or by someone stays."""
    t = tr.head
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _HARM_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in salience.load_cues().nonviolent_kinds for c in t.children):
        return True
    return (
        t.dep_ == "nsubj"
        and t.head.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in t.head.children)
        and not any(c.dep_ in ("prep", "amod", "compound", "relcl", "acl") for c in t.children)
        and not any(c.dep_ in ("prep", "advcl") for c in t.head.children)
    )


def _operation_of_a_kind(tr: _Trigger) -> bool:
    """"Operation(s)" of a non-violent kind (``[figurative] nonviolent_kinds``, on the word or on
    a noun before it: "a psychological war operation", "a propaganda operation", "commercial
    operations") or a business's own ("a firm with diverse operations in Chile", "the company's
    operations", ``[cue.domain_business]``): business or words, no armed action."""
    t = tr.head
    if t.pos_ != "NOUN" or t.lemma_.lower() != "operation":
        return False
    kinds = salience.load_cues().nonviolent_kinds
    mods = [c for c in t.children if c.dep_ in ("amod", "compound")]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    if any(c.lower_ in kinds for c in mods):
        return True
    business = load_lexicon().cue_words("domain_business")
    if any(c.dep_ == "poss" and c.lower_ in business for c in t.children):
        return True
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in business


def _unforced_measure(tr: _Trigger) -> bool:
    """A weak word of change (``[cue.weak_change]``: reinforce, blockade, operation, patrol,
    recruitment, crackdown) with no force in its sentence: no armed group, no state force other
    than an authority (``[cue.civil_authority]``), no officer's rank, no weapon. The trigger word
    itself does not count ("patrols" is itself a state word; the "military" of "a military
    operation" does)."""
    lex = load_lexicon()
    if not {tr.head.lower_, tr.head.lemma_.lower()} & lex.cue_words("weak_change"):
        return False
    s = tr.sent
    doc = s.span.doc
    if s.has("armed_group", "weapons") or any(doc[i].pos_ in ("NOUN", "PROPN") for i in s.cue_tokens("rank")):
        return False  # (a rank is a noun: "a major operation" names no officer)
    civil = lex.cue_words("civil_authority")
    return all(i == tr.head.i or doc[i].lower_ in civil for i in s.cue_tokens("state"))


def _dateline_source(tr: _Trigger) -> bool:
    """A word of the newspaper or station named in the dateline ("(DIE WELT) --"): the source of
    the story, not an event in it."""
    doc = tr.head.doc
    first = doc[tr.start]
    if first.idx > 120:
        return False
    text = doc_text(doc)[:300]
    span = dateline.source(text, dateline.is_caseless(text))
    return span is not None and span[0] <= first.idx < span[1]


def _speaker_label(tr: _Trigger) -> bool:
    """A word of the label that opens the turns of an interview transcript ("DIE WELT: Your
    thoughts ...", "[TEXT] DIE WELT: But the future ..."): a name of who speaks, one or two words
    before a colon at the start of a line or after a bracketed tag, and used so more than once
    in the text (a note's single "Raid: 350 animals stolen" is a heading of the event)."""
    doc = tr.head.doc
    first, last = doc[tr.start], doc[tr.end - 1]
    after = [x for x in doc[last.i + 1 : last.i + 4] if not x.is_space]
    if not after or not any(x.text == ":" for x in after[:2]):
        return False
    if after[0].text != ":" and (after[0].is_punct or after[0].like_num):
        return False
    before = first.nbor(-1) if first.i > 0 else None
    opens = before is None or before.text == "]" or "\n" in before.text or first.is_sent_start
    if not opens or any(c.dep_ in ("nsubj", "nsubjpass") for c in tr.head.children):
        return False
    colon = next(x for x in after if x.text == ":")
    label = doc[first.i : colon.i + 1].text
    return doc.text.count(label) >= 2


def _two_sides(s: _Sent) -> bool:
    """ "killed amid a dispute between locals from A and B": two named sides, so a fight, not a massacre."""
    for t in s.span:
        if t.lower_ == "between" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in _FIGHT_NOUNS:
            return True
    return False


def _fight_words(s: _Sent) -> bool:
    """The sentence names a fight or violence between sides ("ethnic violence", "a clan war")."""
    return any(t.lemma_.lower() in _FIGHT_NOUNS for t in s.span)


def _agent_tokens(agents: Iterable[Token]) -> set[int]:
    return {x.i for a in agents for x in _np_tokens(a)}


_CONFLICT_FRAMES = frozenset(
    {"violence", "kill", "clash", "protest", "riot", "mob", "abduction", "sexual", "weapon", "disrupted"}
)


def _conflict_context(sents: Sequence[_Sent], frames: Mapping[int, set[str]]) -> bool:
    """The story involves armed actors, violence or a protest somewhere."""
    return any(s.has("armed_group", "protester") for s in sents) or any(f & _CONFLICT_FRAMES for f in frames.values())


def _defused(s: _Sent) -> bool:
    """The sentence reports an explosive found, seized or made safe rather than used."""
    weapon_toks = s.cue_tokens("ied") | s.cue_tokens("grenade") | s.cue_tokens("weapons")
    made_safe = load_lexicon().cues["made_safe"].words
    state_toks = s.cue_tokens("state")
    for t in s.span:
        lem = t.lemma_.lower()
        if lem in ("find", "discover", "recover", "seize", "defuse", "neutralise", "neutralize"):
            return True
        if lem in made_safe:
            # "an army team destroyed an IED", "IEDs were uncovered", "police detonated the bomb"
            # (but "militants detonated an IED" is the explosion)
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            subjects += [g for c in t.children if c.dep_ == "agent" for g in _pobjs(c)]
            by_state = any(x.i in state_toks for sj in subjects for x in _np_tokens(sj))
            if any(x.i in weapon_toks for o in objs for x in _np_tokens(o)) and (lem != "detonate" or by_state):
                return True
    return False


def _type_seize(
    tr: _Trigger, ak: set[str], pk: set[str], cues: list[str], fought: bool = True,
    protest: tuple[str, str] | None = None,
) -> tuple[str, list[str]] | None:
    # "No violence was reported." often follows in the next sentence: read the whole report
    text = doc_text(tr.sent.span.doc).lower()
    lemma = tr.head.lemma_.lower()
    if "weapons" in pk:
        return "Disrupted weapons use", [*cues, "seize:weapons"]
    taken = _roles(tr.head)[1]
    if taken and all(p.i in tr.sent.cue_tokens("abstract_seize") for p in taken):
        return None  # "the army has controlled the situation", "seized the initiative"
    retake = lemma in _RETAKE or tr.sent.span.doc[tr.start].lemma_.lower() in _RETAKE
    placed = tr.sent.span.doc.user_data.get(PLACE_TOKENS, frozenset())
    # (a FAC entity is a building, a base or a camp: not a town)
    settled = any(p.ent_type_ in ("GPE", "LOC") or any(x.i in placed for x in _np_tokens(p)) for p in taken)
    if settled or (
        # "retook Ayn al-Arab from IS": a name retaken from a side is a place, whatever tag it got
        retake and any(p.pos_ == "PROPN" for p in taken)
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in tr.head.children)
    ):
        pk = pk | {"place"}
    if "place" in pk or "armed_place" in pk or lemma in ("overrun", "occupy", "control", "takeover"):
        # a town or area taken, or a post, base or camp overrun (the merge tells them apart)
        town = settled or any(p.lemma_.lower() in _SETTLEMENTS for p in taken)
        if (protest is not None and not town and "armed_place" not in pk and "state" in ak
                and not any(x.lemma_.lower() in _SETTLEMENTS or x.ent_type_ in ("GPE", "LOC") or x.i in placed
                            for p in taken for x in p.subtree)):
            # "Soldiers fired teargas at the crowd. They then seized the radio building.": a
            # building taken while a protest is put down is part of the protest, no territory
            return protest[0], [*cues, protest[1], "seize:building"]
        cues = [*cues, "taken:place" if town else "taken:post"]
        trigger_text = tr.sent.span.doc[tr.start : tr.end].text.lower()
        if any(w in trigger_text for w in _NONVIOLENT_TRIGGER) or any(w in text for w in _NONVIOLENT_CONTEXT):
            return "Non-violent transfer of territory", [*cues, "seize:non-violent"]
        if retake:
            return "Government regains territory", [*cues, "seize:retake"]
        if "state" in ak and "armed_group" not in ak:
            return "Government regains territory", [*cues, "seize:state"]
        if not fought:
            # "militants took control of the village and raised their flag": no fight is reported,
            # so no battle; the codebook's non-violent transfer
            return "Non-violent transfer of territory", [*cues, "seize:no-fighting"]
        return "Non-state actor overtakes territory", [*cues, "seize:non-state"]
    expulsion = tr.sent.cue_tokens("expulsion")
    driven_out = all(i in expulsion for i in range(tr.start, tr.end))
    if driven_out and pk & {"armed_group", "state"} and "property" not in pk and "state" not in ak:
        # "we dislodged the rebels (from the quarter)", "the guerrillas were dislodged": the
        # ground one armed side is pushed off is taken back by the other, not looting ("officers
        # drove out the militants" names its state side and stays as before: a fight, no seizure)
        if "armed_group" in pk and "state" not in pk:
            return "Government regains territory", [*cues, "seize:expelled-armed-group"]
        if "state" in pk and "armed_group" not in pk:
            return "Non-state actor overtakes territory", [*cues, "seize:expelled-state"]
    if "civilian" in pk and "state" not in ak and "property" not in pk:
        return "Abduction/forced disappearance", [*cues, "seize:person"]
    patients = _roles(tr.head)[1]
    if "property" in pk or (patients and not pk & {"abstract_seize", "abstract_object"} and "state" not in ak):
        # armed men seizing carts, livestock, a van: goods taken without a fight
        return "Looting/property destruction", [*cues, "seize:property"]
    return None


# Public API -----------------------------------------------------------------------------------


def _traded_people(tr: _Trigger) -> tuple[str, list[str]] | None:
    """"exchanged 800 prisoners", "an exchange of detainees": a deal between the sides (Agreement),
    not the exchange of fire the clash trigger is for."""
    if tr.end - tr.start != 1 or tr.head.lemma_.lower() not in ("exchange", "swap"):
        return None
    traded = tr.sent.cue_tokens("traded_people")
    if traded & {x.i for x in tr.head.subtree}:
        return "Agreement", ["trigger:exchange", "traded:people"]
    return None


# Article scope ------------------------------------------------------------------------------------

# Domains of [cue.domain_*] in the lexicon, and those that name armed people inside the story they
# are about (a film plot, a rescue by the army), so that a few conflict signs do not keep them in.
DOMAINS = ("sport", "business", "politics", "science", "health", "fiction", "history", "disaster")
_SIGN_CUES = frozenset({"C:armed_group", "C:protester", "C:conflict_sign"})
# The same, as lexicon cue names, for the screen before parsing (``extract.screen``).
SIGN_CUE_NAMES = tuple(sorted(name[2:] for name in _SIGN_CUES))
# A state force that only speaks ("police said", "a military spokesman", "according to the army")
# is the source of a report, not a sign of violence: flood and crash tolls come from the police.
SPEECH_VERBS = frozenset(
    {"say", "tell", "report", "confirm", "announce", "add", "state", "note", "urge", "advise", "warn"}
)
SPEAKER_NOUNS = frozenset(
    {"spokesman", "spokesmen", "spokesperson", "spokeswoman", "statement", "source", "sources",
     "official", "officials", "chief", "commander", "officer"}
)


# Set by the screen on a document it parsed in part, after proving the article in scope from the
# words alone (``extract.screen``): article_scope is then not recomputed on the partial parse.
SCOPE_IN = "eventscope:in-scope"


@dataclass(frozen=True)
class ScopeSettings:
    """``[scope]`` of the lexicon: see the comments there for how the numbers were chosen."""

    min_hits: int
    fiction_ratio: float
    history_ratio: float
    disaster_ratio: float


@functools.lru_cache(maxsize=1)
def scope_settings() -> ScopeSettings:
    text = (resources.files("eventscope") / "resources" / LEXICON_FILE).read_text(encoding="utf-8")
    raw = tomllib.loads(text).get("scope", {})
    return ScopeSettings(
        min_hits=int(raw.get("min_hits", 4)),
        fiction_ratio=float(raw.get("fiction_ratio", 2.0)),
        history_ratio=float(raw.get("history_ratio", 2.0)),
        disaster_ratio=float(raw.get("disaster_ratio", 2.0)),
    )


def _speaks(t: Token) -> bool:
    """Is ``t`` (part of) the source of a report rather than an actor in it?"""
    h = t
    while h.dep_ in ("compound", "amod", "poss", "nmod") and h.head.i != h.i:
        h = h.head
    if h.i != t.i and h.lemma_.lower() in SPEAKER_NOUNS:
        return True  # "a police spokesman", "the army's statement"
    if h.dep_ in ("nsubj", "nsubjpass") and h.head.lemma_.lower() in SPEECH_VERBS:
        return True  # "police said"
    # "according to police"
    return h.dep_ == "pobj" and h.head.lower_ == "to" and h.head.head.lower_ == "according"


def _article_scope(doc: Doc, hits: Sequence[_Hit]) -> str | None:
    settings = scope_settings()
    domain_hits: dict[str, set[int]] = {d: set() for d in DOMAINS}
    domain_words: dict[str, set[str]] = {d: set() for d in DOMAINS}
    signs: set[int] = set()
    for h in hits:
        tok = doc[h.start]
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "in March"
        if h.name.startswith("C:domain_"):
            name = h.name[len("C:domain_") :]
            domain_hits.setdefault(name, set()).add(h.start)
            domain_words.setdefault(name, set()).add(doc[h.start : h.end].lemma_.lower())
        elif h.name in _SIGN_CUES and not _speaks(doc[h.end - 1]):
            if h.end - h.start == 1 and tok.pos_ in ("VERB", "AUX") and tok.is_lower and h.name == "C:armed_group":
                continue  # a dictionary abbreviation read as a verb ("let" is not LeT)
            signs.add(h.start)
    # a word of the domain is read as such: the "striker" of a match report is no labour striker
    signs -= {i for found in domain_hits.values() for i in found}
    # distinct words, not tokens: a sport report uses many sport words, while a political story
    # about an assassinated candidate repeats "candidate" (MUC-3 has such reports)
    domain, words = max(domain_words.items(), key=lambda kv: len(kv[1]))
    n = len(words)
    if n < settings.min_hits:
        return None
    ratio = {
        "fiction": settings.fiction_ratio,
        "history": settings.history_ratio,
        "disaster": settings.disaster_ratio,
    }.get(domain)
    if ratio is None:
        # metaphor domains: a single armed actor, protester or weapon keeps the article in
        return f"scope:article-{domain}" if not signs else None
    return f"scope:article-{domain}" if n >= ratio * len(signs) else None


def article_scope(doc: Doc) -> str | None:
    """``"scope:article-<domain>"`` when the whole article is about sport, business, politics,
    science, health, fiction, history (anniversaries, memorials) or a disaster and shows no sign
    of political violence (see ``[scope]`` in the lexicon), else None. ``detect_mentions``
    returns no mentions for such an article."""
    hits = _scan(doc, load_lexicon()) + _actor_hits(doc)
    return _article_scope(doc, hits)


# (trigger, sentence, reason, sub-type or None) of a trigger word that made no mention
Drop = tuple[Span, Span, str, str | None]


def _dropped_trigger(tr: _Trigger, reason: str, sub: str | None = None) -> Drop:
    doc = tr.head.doc
    span = tr.sent.span
    return (Span(doc[tr.start].idx, doc[tr.end - 1].idx + len(doc[tr.end - 1].text)),
            Span(span.start_char, span.end_char), reason, sub)


def detect_mentions(doc: Doc, dropped: list[Drop] | None = None) -> list[EventMention]:
    """Typed event mentions, one per trigger that reports a concrete event, in text order.

    ``dropped``, when given, receives the trigger words that made no mention and why."""
    lex = load_lexicon()
    hits = _scan(doc, lex) + _actor_hits(doc) + _identity_hits(doc)
    article = None if doc.user_data.get(SCOPE_IN) else _article_scope(doc, hits)
    if article is not None:
        # a match report, market story, film review, flood report: no conflict events
        if dropped is not None:
            sents = _sentences(doc, hits)
            dropped += [_dropped_trigger(tr, f"article:{article}") for tr in _triggers(doc, hits, sents, lex)]
        return []
    sents = _sentences(doc, hits)
    triggers = _triggers(doc, hits, sents, lex)
    latest_year = _history_years(doc)
    protest_sents: dict[int, set[int]] = {}
    for tr in triggers:
        if tr.rule.frame == "protest" and _protesting(tr):
            protest_sents.setdefault(tr.sent.index, set()).update(_protest_reason_tokens(tr))
    scope = [_out_of_scope(tr, doc, latest_year) for tr in triggers]
    frames: dict[int, set[str]] = {}
    for tr, why in zip(triggers, scope, strict=True):
        if why in _NO_CONTEXT_SCOPES:
            # the toll of a flood, the killing a suspect is arrested over: no conflict around
            # ("floods killed 40 ... thousands fled", "arrested over the murder of his neighbour")
            continue
        if tr.rule.frame == "riot" and _lone_rampage(tr.head):
            continue  # one gunman's spree sets no riot around the sentences after it
        if tr.head.lemma_ == "engage" and not _engaged_in_fight(tr.head):
            continue  # "got engaged to", "engaged in theft": no fight in that sentence
        frames.setdefault(tr.sent.index, set()).add(tr.rule.name if tr.rule.name == "kill" else tr.rule.frame)

    out: list[EventMention] = []
    typed_out: list[tuple[_Trigger, str, list[str], Status, float]] = []
    # a killing someone is arrested or charged over, in a story without armed groups or protest:
    # the deaths and wounds it reports are that crime, under investigation ("the boy was taken to
    # hospital with head injuries and died", "the victim was stabbed during the argument")
    # A killing of an activist, journalist or politician is political violence even when the
    # report is about the suspects charged with it; a bomb or grenade is no ordinary crime either.
    scoped = list(zip(triggers, scope, strict=True))
    crime_story = (
        any(why == "scope:arrest-reason" and not _political_victims(tr) for tr, why in scoped)
        and not any(x.has("armed_group", "protester") for x in sents)
        and not any(tr.rule.frame == "weapon" and why is None for tr, why in scoped)
    )
    def drop(tr: _Trigger, reason: str) -> None:
        if dropped is not None:
            dropped.append(_dropped_trigger(tr, reason))

    for tr, why in zip(triggers, scope, strict=True):
        if why is not None:
            drop(tr, why)
            continue
        if (
            crime_story
            and tr.rule.frame in ("violence", "property")
            and not _kinds(_roles(tr.head)[0], tr.sent) & _ARMED_AGENTS
        ):
            drop(tr, "crime-story")
            continue
        if _search_raid(tr, triggers):
            drop(tr, "search-raid")
            continue
        if tr.rule.frame != "protest" and tr.head.i in protest_sents.get(tr.sent.index, set()):
            drop(tr, "protest-reason")
            continue  # "protested the killing of a teacher": the reason, reported elsewhere
        typed = _traded_people(tr) or _type_trigger(tr, sents, protest_sents, frames)
        if typed is None:
            if dropped is not None:  # (the reason is looked up again only when asked for)
                misfire = _misfire(tr)
                drop(tr, f"misfire:{misfire}" if misfire else "untyped")
            continue
        sub, cues = typed
        status, status_cue = _status(tr)
        if status_cue:
            cues.append(status_cue)
        score = _score(tr, sub, cues, status)
        typed_out.append((tr, sub, cues, status, score))
    _harmonise_protests(typed_out)
    for tr, sub, cues, status, score in typed_out:
        span = tr.sent.span
        out.append(
            EventMention(
                sub_event_type=sub,
                trigger=Span(doc[tr.start].idx, doc[tr.end - 1].idx + len(doc[tr.end - 1].text)),
                sentence=Span(span.start_char, span.end_char),
                score=score,
                status=status,
                cues=tuple(cues),
            )
        )
    return out


def _harmonise_protests(typed: list[tuple[_Trigger, str, list[str], Status, float]]) -> None:
    """Give the protest-family mentions of one demonstration its most severe sub-type (in place)."""
    for k, (tr, sub, cues, status, score) in enumerate(typed):
        if sub not in _PROTEST_SEVERITY:
            continue
        best = sub
        for tr2, sub2, _c, status2, _s in typed:
            if sub2 in _PROTEST_SEVERITY and abs(tr2.sent.index - tr.sent.index) <= 2 and status2 == status:
                if _PROTEST_SEVERITY.index(sub2) > _PROTEST_SEVERITY.index(best):
                    best = sub2
        if best != sub:
            typed[k] = (tr, best, [*cues, f"protest:same-story->{best}"], status, score)


def _score(tr: _Trigger, sub: str, cues: Sequence[str], status: Status) -> float:
    base = _SUBTYPE_PRIOR.get(sub, tr.rule.weight)
    bonus = 0.0
    if any(
        c.startswith(("weapon:", "patient:armed", "agent:", "protest:", "seize:", "mob", "riot", "sentence:clash"))
        for c in cues
    ):
        bonus += 0.08  # the parse or a cue confirmed the type, not only the word
    if sub == "Armed clash":
        bonus += 0.04  # an attack on an armed target that also hit civilians is coded as the battle
    if tr.head.pos_ == "VERB":
        bonus += 0.04  # a reported action, more than a noun in passing
    if tr.sent.index == 0:
        bonus += 0.05  # leads report the main event
    score = min(1.0, base + bonus)
    if status not in ("asserted", "claimed"):
        score *= 0.5
    return round(score, 4)


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
# what is taken when territory changes hands, as against a post, base or camp overrun in a fight
_SETTLEMENTS = frozenset({"town", "towns", "village", "villages", "city", "district", "area", "territory", "region",
                          "province", "locality", "commune", "county", "island", "zone", "valley", "capital"})
_FREEING_VERBS = frozenset({"release", "free", "rescue", "liberate", "set", "save", "swap", "exchange", "return"})


def _kept_apart(m: EventMention, g_subs: set[str]) -> bool:
    """A kidnapping reported in a later sentence of a killing story is an incident of its own
    (MUC-3 codes such kidnappings apart from the murders around them), unless the incident is
    already an abduction; in one sentence the two stay one incident (ACLED's "abducted and
    killed" is one Attack)."""
    return m.sub_event_type == "Abduction/forced disappearance" and "Abduction/forced disappearance" not in g_subs


_TOLL_LEMMAS = frozenset({"kill", "die", "dead", "death", "perish", "shoot", "murder", "slay"})
_REMAINS = frozenset({"body", "corpse", "remains"})
_DISCOVER = frozenset({"find", "discover", "recover", "retrieve", "see", "exhume", "collect", "wash"})


def _bare_toll(m: EventMention, doc: Doc) -> bool:
    """A casualty report that names no one as the cause: "three people were killed", "ten
    killed", "two civilians killed" (a headline's passive), "one death reported", "3 Ethiopians
    were shot dead": no agent, no object of an actor's act."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    if tok is None:
        return False
    if tok.lemma_.lower() in _REMAINS and tok.dep_ in ("nsubjpass", "nsubj"):
        # "Five corpses were discovered the next day", "the body of a trader was later found": a
        # discovery with no one named as the killer reports the dead of the incident before
        tok = tok.head
        return tok.lemma_.lower() in _DISCOVER and not any(c.dep_ == "agent" for c in tok.children)
    found_dead = tok.lemma_.lower() == "find" and any(c.lower_ == "dead" for c in tok.children)
    if tok.lemma_.lower() not in _TOLL_LEMMAS and not found_dead:  # "were later found dead"
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False  # "killed by police gunfire"
    if any(c.dep_ in ("dobj", "obj") for c in tok.children):
        return False  # "Mungiki killed one civilian": an act with its actor and victim
    return not any(c.dep_ == "advcl" for c in tok.children)  # "..., as they ambushed the post"


def _victims_named_again(m: EventMention, doc: Doc) -> bool:
    """A toll whose victims are a definite plural with no number of its own: "Later the captured
    policemen were found dead", "The hostages were killed the next day". They are people the story
    has already named, so a "later" does not start another incident."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    if tok is None or not _bare_toll(m, doc):
        return False
    subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return (
        subj is not None
        and subj.tag_ == "NNS"
        and counts.is_person(subj)
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children)
        and not any(c.dep_ == "nummod" or c.like_num for c in subj.children)
    )


# "officials gave no reason for the attack", "the cause of the clash": the incident named again
_WHY_WORDS = frozenset({"motive", "reason", "cause"})


def _refers_back(m: EventMention, doc: Doc) -> bool:
    """A reaction to the incident just reported: a singular event noun with a definite article and
    nothing of its own (no number, modifier, place or date) under a claim, a condemnation or an
    investigation ("no group claimed responsibility for the attack", "claimed the attack in a
    statement"). Other definite mentions keep their own type (MUC-3 templates code a later "the
    attack" apart from the bombing before it often enough)."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    if tok is None or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    cues = salience.load_cues()
    govs = [a for _, a in zip(range(3), tok.ancestors, strict=False)]
    if not any(a.lemma_.lower() in cues.echo or a.lemma_.lower() in cues.rhetoric or a.lemma_.lower() in _WHY_WORDS
               for a in govs):
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids):
        return False
    if any(c.dep_ in ("nummod", "amod", "compound", "acl", "relcl", "poss", "appos") for c in kids):
        return False
    return not any(
        x.like_num or x.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
        for c in kids if c.dep_ == "prep" for x in c.subtree
    )


_ACTOR_ENTS = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def _names_an_actor(t: Token) -> bool:
    return counts.is_person(t) or t.ent_type_ in _ACTOR_ENTS or t.pos_ == "PROPN"


def _toll_of_incident(m: EventMention, doc: Doc, group: Sequence[EventMention]) -> bool:
    """A toll that names its cause, when the cause is the incident just reported, in the sentence
    right after it: "Bandits fought police near the market. A trader was hit and killed by a stray
    bullet" (only the means, no one new), "Gunmen raided the post. The gunmen shot dead four herders
    on their way out" (an actor the incident already named), "Youths looted shops. Three people were
    killed by soldiers in the unrest" (the incident named again after "during"/"in"/"amid")."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    if tok is None or tok.lemma_.lower() not in _TOLL_LEMMAS:
        return False
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBN"):
        return False  # "they do not care if they kill civilians": no toll reported
    if any(c.dep_ == "advcl" for c in tok.children):
        return False  # "..., as they ambushed the post": an act of its own
    seen: set[str] = set()
    for x in group:
        sp = doc.char_span(x.sentence.start, x.sentence.end, alignment_mode="expand")
        if sp is not None:
            seen |= {t.lemma_.lower() for t in sp if t.is_alpha}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("during", "in", "amid"):
            for o in c.children:
                if (o.dep_ == "pobj" and o.pos_ == "NOUN" and not _names_an_actor(o)
                        and any(d.dep_ in ("det", "poss") and d.lower_ in ("the", "their", "its", "this")
                                for d in o.children)):
                    return True  # "during the riots", "during their withdrawal"
    actors: list[Token] = []
    for c in tok.children:
        if c.dep_ == "agent":
            actors += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ == "nsubj" and any(d.dep_ in ("dobj", "obj") for d in tok.children):
            actors.append(c)
    if not actors:
        return False
    # "they shot three", "the gunmen" named again, or only the means ("by a stray bullet", "by army
    # fire"): no one new; "by a unit of soldiers" names someone new
    return all(
        x.lemma_.lower() in seen
        for a in actors if a.pos_ != "PRON"
        for x in _np_tokens(a) if x.is_alpha and _names_an_actor(x) and x.pos_ != "PRON"
    )


_DEAD_NOUNS = frozenset({"fatality", "casualty", "death", "dead", "body", "corpse"})


def _counts_the_dead(m: EventMention, doc: Doc) -> bool:
    """A mention worded as a toll ("killed", "deaths", "casualties") rather than as the act."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    return tok is None or tok.lemma_.lower() in _TOLL_LEMMAS | _DEAD_NOUNS


_SEQUEL_VERBS = frozenset({"follow", "respond", "retaliate", "avenge", "prompt", "trigger", "spark"})


def _follow_up(m: EventMention, doc: Doc) -> bool:
    """A sentence that names the incident again as a definite subject of a sequel verb: "The ambush
    was followed by airstrikes", "the attack prompted a military operation": what it reports is a
    later act, not an account of the incident."""
    sp = doc.char_span(m.sentence.start, m.sentence.end, alignment_mode="expand")
    if sp is None:
        return False
    for t in sp:
        if t.lemma_.lower() not in _SEQUEL_VERBS:
            continue
        for c in t.children:
            if (c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and not counts.is_person(c)
                    and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)):
                return True
    return False


def _before_it(m: EventMention, doc: Doc) -> bool:
    """A past perfect ("Police had stormed the mosque"): what came before the incident, which may
    be an event of its own, not an account of the incident."""
    tok = trigger_root(doc, m.trigger.start, m.trigger.end)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


def _dated(m: EventMention, doc: Doc) -> bool:
    """Does the mention's sentence carry a date or time of its own ("on Thursday night")?"""
    sp = doc.char_span(m.sentence.start, m.sentence.end, alignment_mode="expand")
    return sp is not None and any(t.ent_type_ in ("DATE", "TIME") for t in sp)


_SPREE_MODIFIERS = frozenset({"shooting", "killing", "gun", "stabbing", "murderous"})


def _lone_rampage(tok: Token) -> bool:
    """A "rampage" that is one person's killing spree: "a shooting rampage", "an officer shot dead
    ten people in a rampage". A crowd's rampage ("students went on the rampage") is a riot."""
    if tok.lemma_.lower() not in ("rampage", "amok"):
        return False
    if any(c.lower_ in _SPREE_MODIFIERS for c in tok.children):
        return True
    verb = tok
    while verb.dep_ in ("pobj", "prep", "dobj", "npadvmod") and verb.head.i != verb.i:
        verb = verb.head
    if verb.tag_ == "NN" and counts.is_person(verb):
        return True  # a headline or a garbled parse: "officer ... in a rampage"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NN" and counts.is_person(subj)


def merge_mentions(mentions: Sequence[EventMention], doc: Doc) -> list[tuple[EventMention, list[EventMention]]]:
    """Group mentions of the same incident: ``(primary, others)`` per incident, in text order.

    Rules, in order: a sentence opening with "separately", "in another ...", "meanwhile", ...
    starts a new incident; mentions in one sentence report one incident; a mention of the same
    event type as an open incident joins it ("gunmen attacked a village ... five villagers were
    killed in the attack"); aftermath and context sub-types (arrests, deployments, looting,
    seized weapons) join the incident they follow; in the sentence right after an incident, a toll
    whose actor or means the incident already named (``_toll_of_incident``) and an untolled account
    of the fight or killing that follows a toll join it too. The primary is the highest-scoring mention.
    Asserted and non-asserted mentions are never merged, so a threat stays apart from the deed.
    """
    groups: list[list[EventMention]] = []
    text = doc_text(doc)
    tolls: dict[Span, bool] = {}

    def toll(sentence: Span) -> bool:
        if sentence not in tolls:
            sp = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            tolls[sentence] = sp is not None and any(
                c.kind == "killed" and c.best > 0 for c in counts.sentence_counts(sp)
            )
        return tolls[sentence]

    def adjacent(g: list[EventMention], m: EventMention) -> bool:
        # the sentence right after the incident's last one, as a short report goes on
        return not text[max(x.sentence.end for x in g) : m.sentence.start].strip()

    prev_sentence: Span | None = None
    for m in sorted(mentions, key=lambda x: (x.sentence.start, x.trigger.start)):
        real = m.status in ("asserted", "claimed")
        target: list[EventMention] | None = None
        new_sentence = prev_sentence is None or m.sentence != prev_sentence
        separate = (new_sentence and bool(_SEPARATE_RE.match(text[m.sentence.start : m.sentence.end]))
                    and not _victims_named_again(m, doc))
        for g in reversed(groups):
            g_real = any(x.status in ("asserted", "claimed") for x in g)
            if g_real != real:
                continue
            if any(x.sentence == m.sentence for x in g):
                target = g
                break
            if separate:
                break
            g_types = {x.event_type for x in g}
            g_subs = {x.sub_event_type for x in g}
            if (m.event_type in _VIOLENT_TYPES and g_types & _VIOLENT_TYPES
                    and _TOLL_UPDATE_RE.search(text[m.sentence.start : m.sentence.end])):
                # "the death toll later rose to eight", "two of the wounded died in hospital": the
                # toll of the incident before, whatever word reported it
                target = g
                break
            if m.event_type in _VIOLENT_TYPES and (
                (g_types & (_VIOLENT_TYPES | {"Protests"})
                 and (_bare_toll(m, doc) or (adjacent(g, m) and _toll_of_incident(m, doc, g))))
                or (g_types & _VIOLENT_TYPES and _refers_back(m, doc))
            ):
                # "Pokot and Tugen herders clashed. Ten were killed.": deaths with no one named as
                # their cause are the outcome of the incident just reported, whatever its type;
                # "a car bomb exploded ... No group claimed the attack": "the attack" names it
                # again. Either joins the incident and never becomes its primary mention, so the
                # incident keeps its own type.
                m = replace(m, score=min(m.score, max(x.score for x in g) - 0.0001))
                target = g
                break
            if _kept_apart(m, g_subs):
                break
            if (m.event_type in _ATTACK_TYPES and g_types <= _ATTACK_TYPES
                    and toll(g[-1].sentence) and not toll(m.sentence)
                    and adjacent(g, m) and not _dated(m, doc)
                    and not _counts_the_dead(m, doc) and not _follow_up(m, doc) and not _before_it(m, doc)):
                # "Six herders were killed in a raid near Garissa. Armed men targeted the reservists
                # guarding the cattle.": the next sentence, telling the fight or the killing with no
                # toll, no date and no sequel of its own, tells how the incident just counted happened
                target = g
                break
            if m.event_type in g_types or m.sub_event_type in _WEAK_SUBTYPES or g_subs <= _WEAK_SUBTYPES:
                target = g
                break
            break  # only the latest open incident can absorb a mention
        if target is None:
            groups.append([m])
        else:
            target.append(m)
        prev_sentence = m.sentence
    out: list[tuple[EventMention, list[EventMention]]] = []
    for g in groups:
        primary = max(g, key=lambda x: x.score)
        taken = [x for x in g if x.sub_event_type in _TERRITORY and x.status == primary.status
                 and "taken:place" in x.cues]
        if primary.sub_event_type == "Armed clash" and taken:
            # "rebels captured the town after heavy fighting": a battle in which a side takes a
            # town or an area is coded by who took it (the codebook's territory sub-types); an
            # overrun post, base or camp stays the battle (dev notes: 8 of 10 such are clashes)
            best = max(taken, key=lambda x: x.score)
            others = [x for x in g if x is not best]
            primary = replace(best, score=primary.score)
        else:
            others = [x for x in g if x is not primary]
        # an incident several sentences report is more certain than a word in passing
        support = sum(1 for x in others if x.status == primary.status)
        if support:
            primary = replace(primary, score=round(min(1.0, primary.score + _SUPPORT_BONUS * support), 4))
        out.append((primary, others))
    return out


def mention_cues(primary: EventMention, group: Sequence[EventMention]) -> tuple[str, ...]:
    """Cue names of one merged event: the primary mention's, then the other mentions' cues and
    sub-types (a second mention typed otherwise is a strong hint that the coder may disagree)."""
    out = [f"m:{c}" for c in primary.cues]
    for m in group:
        if m is primary:
            continue
        out += [f"g:{c}" for c in m.cues]
        out.append(f"gs:{m.sub_event_type}")
    return tuple(out)
