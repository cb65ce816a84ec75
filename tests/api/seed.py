"""A small store of hand-written articles and hand-built events for the API and browser tests.

Importable as ``api.seed`` (tests/ is on pytest's pythonpath). Every sentence here was written for
these tests; places, coordinates and group names are facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventscope import records as r
from eventscope.store import Store
from eventscope.store.reviews import ReviewStore

# (place, admin1, country, iso3, lat, lon)
PLACES = {
    "Mandera": ("Mandera", "Mandera", "Kenya", "KEN", 3.94, 41.86),
    "Garissa": ("Garissa", "Garissa", "Kenya", "KEN", -0.45, 39.65),
    "Nairobi": ("Nairobi", "Nairobi Area", "Kenya", "KEN", -1.28, 36.82),
    "Mogadishu": ("Mogadishu", "Banaadir", "Somalia", "SOM", 2.04, 45.34),
    "Baidoa": ("Baidoa", "Bay", "Somalia", "SOM", 3.11, 43.65),
    "Maiduguri": ("Maiduguri", "Borno", "Nigeria", "NGA", 11.85, 13.16),
    "Bama": ("Bama", "Borno", "Nigeria", "NGA", 11.52, 13.69),
    "Goma": ("Goma", "North Kivu", "Democratic Republic of Congo", "COD", -1.68, 29.22),
}

# (doc id, published, place, sub-type, actor1, actor1 type, actor2, killed, text). The first sentence
# is the evidence; each text is original.
ARTICLES: tuple[tuple[str, dt.date, str, str, str, str, str | None, int, str], ...] = (
    (
        "doc-ken-1",
        dt.date(2024, 3, 4),
        "Mandera",
        "Armed clash",
        "Al Shabaab",
        "Rebel group",
        "Military Forces of Kenya",
        4,
        "Soldiers and Al Shabaab fighters clashed outside Mandera on Sunday, leaving four people dead. "
        "A police commander said the gunfight lasted about two hours.\n"
        "Traders in the town kept their shops shut.",
    ),
    (
        "doc-ken-2",
        dt.date(2024, 3, 6),
        "Mandera",
        "Remote explosive/landmine/IED",
        "Al Shabaab",
        "Rebel group",
        None,
        2,
        "A roadside bomb struck a supply lorry near Mandera on Tuesday, killing its two drivers. "
        "No group said it planted the device.",
    ),
    (
        "doc-ken-3",
        dt.date(2024, 3, 13),
        "Garissa",
        "Attack",
        "Unidentified Armed Group",
        "Political militia",
        "Civilians (Kenya)",
        3,
        "Gunmen shot dead three farmers at a well outside Garissa on Monday night. "
        "Local elders appealed for more patrols.",
    ),
    (
        "doc-ken-4",
        dt.date(2024, 3, 20),
        "Nairobi",
        "Peaceful protest",
        "Protesters (Kenya)",
        "Protesters",
        None,
        0,
        "Hundreds of teachers marched through central Nairobi on Wednesday to demand unpaid wages. "
        "The march ended peacefully at the ministry gates.",
    ),
    (
        "doc-ken-5",
        dt.date(2024, 3, 27),
        "Nairobi",
        "Excessive force against protesters",
        "Police Forces of Kenya",
        "State forces",
        "Protesters (Kenya)",
        1,
        "Police fired live rounds at students protesting fee increases in Nairobi on Tuesday, killing one. "
        "The university closed its campus for a week.",
    ),
    (
        "doc-som-1",
        dt.date(2024, 3, 5),
        "Mogadishu",
        "Suicide bomb",
        "Al Shabaab",
        "Rebel group",
        "Civilians (Somalia)",
        12,
        "A suicide bomber blew himself up at a busy cafe in Mogadishu on Monday evening, "
        "killing twelve people. "
        "Ambulance crews worked through the night.",
    ),
    (
        "doc-som-2",
        dt.date(2024, 3, 12),
        "Mogadishu",
        "Shelling/artillery/missile attack",
        "Al Shabaab",
        "Rebel group",
        None,
        0,
        "Mortar rounds landed near the airport in Mogadishu on Sunday without causing casualties. "
        "Flights resumed in the afternoon.",
    ),
    (
        "doc-som-3",
        dt.date(2024, 3, 19),
        "Baidoa",
        "Government regains territory",
        "Military Forces of Somalia",
        "State forces",
        "Al Shabaab",
        7,
        "Government troops retook two villages west of Baidoa on Saturday after a battle "
        "that left seven dead. "
        "Commanders said the area had been held by insurgents for a year.",
    ),
    (
        "doc-nga-1",
        dt.date(2024, 3, 8),
        "Maiduguri",
        "Armed clash",
        "Military Forces of Nigeria",
        "State forces",
        "ISWAP",
        20,
        "Troops repelled an ISWAP raid on a base near Maiduguri on Thursday; twenty fighters were killed. "
        "The army showed captured trucks to reporters.",
    ),
    (
        "doc-nga-2",
        dt.date(2024, 3, 15),
        "Bama",
        "Abduction/forced disappearance",
        "Boko Haram",
        "Rebel group",
        "Civilians (Nigeria)",
        0,
        "Gunmen seized eleven women collecting firewood outside Bama on Wednesday. "
        "Relatives said no ransom had been demanded yet.",
    ),
    (
        "doc-nga-3",
        dt.date(2024, 3, 22),
        "Maiduguri",
        "Air/drone strike",
        "Military Forces of Nigeria",
        "State forces",
        "Boko Haram",
        15,
        "An air force jet struck a militant camp east of Maiduguri on Thursday, killing fifteen fighters. "
        "The military said the camp stored weapons.",
    ),
    (
        "doc-cod-1",
        dt.date(2024, 3, 11),
        "Goma",
        "Armed clash",
        "M23",
        "Rebel group",
        "Military Forces of the Democratic Republic of Congo",
        9,
        "M23 rebels and army units fought on the hills north of Goma on Sunday, and nine soldiers died. "
        "Thousands of families left the camps nearby.",
    ),
)

# An article whose text carries markup: the dashboard must show it as text and never run it.
XSS_DOC = "doc-xss"
XSS_TEXT = (
    'Protesters burned tyres in Goma on Monday <script>window.__xss = "script";</script> and blocked roads. '
    '<img src="x" onerror="window.__xss = \'img\'"> Shops stayed closed.'
)


@dataclass(frozen=True)
class Seeded:
    events: tuple[r.Event, ...]
    documents: tuple[r.Document, ...]
    token: str
    xss_event_id: str


def event_id(doc_id: str) -> str:
    return f"ev-{doc_id}"


def build() -> tuple[list[r.Document], list[r.Event]]:
    docs: list[r.Document] = []
    events: list[r.Event] = []
    for doc_id, published, place, sub, a1, a1_type, a2, killed, text in ARTICLES:
        docs.append(
            r.Document(
                doc_id,
                text,
                published,
                f"Report from {place}",
                f"https://news.example/{doc_id}",
                "Example News",
            )
        )
        first = text.index(". ") + 1 if ". " in text else len(text)
        day = published - dt.timedelta(days=1)
        events.append(_event(doc_id, sub, place, day, a1, a1_type, a2, killed, r.Span(0, first), text))
    docs.append(
        r.Document(
            XSS_DOC,
            XSS_TEXT,
            dt.date(2024, 3, 26),
            "<b>Bold</b> headline <script>x()</script>",
            None,
            "Example <i>News</i>",
        )
    )
    first = XSS_TEXT.index("roads.") + len("roads.")
    events.append(
        _event(
            XSS_DOC,
            "Violent demonstration",
            "Goma",
            dt.date(2024, 3, 25),
            'Rioters <img src=x onerror="window.__xss=1">',
            "Rioters",
            None,
            0,
            r.Span(0, first),
            XSS_TEXT,
        )
    )
    return docs, events


def _event(
    doc_id: str,
    sub: str,
    place: str,
    day: dt.date,
    a1: str,
    a1_type: str,
    a2: str | None,
    killed: int,
    evidence: r.Span,
    text: str,
) -> r.Event:
    name, admin1, country, iso3, lat, lon = PLACES[place]
    at = text.index(place) if place in text else 0
    return r.Event(
        doc_id=doc_id,
        event_id=event_id(doc_id),
        event_type=r.SUBTYPE_PARENT[sub],
        sub_event_type=sub,
        date=r.When(day, day, day, "day", text=None),
        location=r.Location(name, country, iso3, admin1, None, lat, lon, "exact", None, name),
        actor1=r.Actor(a1, a1_type, iso3, None),
        actor2=r.Actor(a2, None, iso3, None) if a2 else None,
        fatalities=r.Count("killed", killed, killed, killed, str(killed)) if killed else None,
        counts=(),
        claims=(r.Claim("police", "official", (), "A police commander said"),)
        if "police" in text.lower()
        else (),
        status="asserted",
        evidence=(evidence,),
        confidence=0.8,
        field_evidence={"location": r.Span(at, at + len(place))} if place in text else {},
        trigger=None,
    )


def seed(path: str) -> Seeded:
    """Fill the store at ``path`` and create an API token for reviewer "tester"."""
    docs, events = build()
    store = Store.open(path)
    try:
        for doc in docs:
            store.add_document(doc, [e for e in events if e.doc_id == doc.id], source=doc.url)
        token = ReviewStore(store).create_token("tester")
    finally:
        store.close()
    return Seeded(tuple(events), tuple(docs), token, event_id(XSS_DOC))
