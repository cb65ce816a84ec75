"""Salience: does an event mention report a specific incident, or something else?

News articles talk about violence in many ways that are not a new incident. ``assess`` looks at
one typed mention in its parsed sentence and decides, in this order:

1. denial and negation the classifier missed ("denied that troops killed", "reports of a
   massacre were false")                                    -> status "denied" / "negated";
2. threats, plans, goals, fears, orders, conditions, purposes, requests and questions ("vowed to
   crush", "to prevent attacks", "if they attack", "in case of a clash", "a plan to bomb",
   "requested the arrest", "a warrant for his arrest", "who bombed the bridge?"), and the
   statements of speeches and communiques: demands ("4. Suspend conscription"), rules of conduct
   ("the operation must be suspended"), conditions ("when taxes are stolen, no one will pay"),
   counterfactuals ("far from achieving a truce") and claims branded as lies ("they resort to
   lies and say they control the city")        -> status "threatened" / "hypothetical" / "negated";
3. history: a time expression of the trigger's own clause that ended more than ``history_days``
   before publication, or an undated past-tense clause right after an old month or year
   ("in March 2012 ... The men were shot"), funerals, trials, anniversaries      -> dropped;
4. aggregates over a long period ("since the war began", "over 40 days", "have since fought",
   "more than 6,000 people have died")                                           -> dropped;
5. figures of speech ("like a bomb", "the mood was explosive", "described as an 'assault'",
   "harsh attacks on the government", "an attack on the judicial branch")       -> dropped;
6. generic or habitual statements: habitual adverbs and adjectives, a trend or class of events
   ("attacks have increased", "a wave of killings"), a speaker's present-tense rhetoric and, in
   a past-tense story, present-simple verbs of generic subjects and gerunds of manner or topic
   ("justice by burning people", "an interest in fighting")                      -> dropped;
7. opinion and accusation about non-specific events ("accused the army of massacres") -> dropped.

A mention that is specific (a number, a date or place of its own, a definite singular noun, a
past-tense verb with a concrete subject) survives rules 6 and 7: a condemnation of "the bombing
of the embassy on Monday" still reports the bombing.

``filter_groups`` applies ``assess`` to the incidents ``classify.merge_mentions`` built, and
drops an incident that only echoes one kept before it ("the group claimed the attack", "leaders
condemned the bombing": a definite event noun under a claim or reaction, without a count, place
or date of its own); ``rank_events`` is the article-level helper that keeps an article's main incidents.

The cue lists live in ``resources/salience.toml``; the decision rules live in this package, one
module per kind of rule: ``status`` (negation, hypotheses, statements), ``background`` (history,
case topics), ``tallies`` (aggregates), ``generic`` (generic, habitual, figurative, rhetoric),
``development`` (strategic developments that are talk or a state), ``not_event`` (equipment,
standing states, accidents, seizures of evidence, diplomatic protests), with ``cues`` (word lists
and the token helpers they share) underneath and ``assess`` (the order above, and the
article-level filters) on top.
"""

from .assess import anchors, assess, filter_groups, filter_mentions, rank_events
from .background import opens_short_span
from .cues import SALIENCE_FILE, Cues, Salience, load_cues, presupposing_head, told_clause
from .not_event import demonstrates_against

__all__ = [
    "SALIENCE_FILE",
    "Cues",
    "Salience",
    "anchors",
    "assess",
    "demonstrates_against",
    "filter_groups",
    "filter_mentions",
    "load_cues",
    "opens_short_span",
    "presupposing_head",
    "rank_events",
    "told_clause",
]
