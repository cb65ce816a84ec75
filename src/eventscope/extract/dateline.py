"""Wire datelines: the place, date and agency that open a dispatch ("MOGADISHU - ", "KABUL
(Reuters) -", "ORLANDO, Fla. (AP) —", "SAN SALVADOR, 12 JAN 90 (RADIO VENCEREMOS) -- [TEXT]").

``places`` reads the filing place from it (a weak vote: where the story was filed, not where it
happened); ``salience`` keeps its date from dating what the first sentence reports.
"""

from __future__ import annotations

import re

# ``name`` is the filing place; the dateline ends at the dash.
_DATELINE = re.compile(
    r"(?P<name>[^\W\d_][\w.'\u2019]*(?:[ \t]+[^\W\d_][\w.'\u2019]*){0,3}?)"
    r"(?:[ \t]*\((?P<paren>[^()\[\]\n]{2,40})\))?"
    r"(?:[ \t]*,[ \t]*[^\n()\[\]\-\u2013\u2014]{1,40}?)?"
    r"(?P<agency>[ \t]*[(\[][^()\[\]\n]{1,60}[)\]])?"
    r"[ \t]*(?:-{1,2}|\u2013|\u2014)(?=\s)"
)
# Where a dateline may start besides the text's beginning: after a headline the text begins with.
_HEADLINE_END = re.compile(r"[.!?]\s+|\n\s*")


def is_caseless(text: str) -> bool:
    """All caps (MUC wires), or lower-cased for the parser: capitalisation says nothing."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if not letters:
        return True
    upper = sum(1 for c in letters if c.isupper())
    # a single capital means real case
    return upper / len(letters) > 0.8 or upper == 0


def _match(text: str, caseless: bool) -> re.Match[str] | None:
    starts = [len(text) - len(text.lstrip())]
    if not caseless:
        starts += [m.end() for m in _HEADLINE_END.finditer(text, 0, 300)]
    for at in starts:
        m = _DATELINE.match(text, at)
        if m is None:
            continue
        name = m.group("name")
        signed = m.group("agency") is not None or m.group("paren") is not None
        if caseless:
            ok = at == starts[0] and (signed or "," in text[m.end("name"): m.end()])
        else:
            ok = (name.isupper() and len(name) > 2) or (at == starts[0] and signed)
        if ok:
            return m
    return None


def find(text: str, caseless: bool) -> tuple[int, int, int, int] | None:
    """(start, end) of a dateline and (start, end) of its place name: at the very start of the
    text, or after a headline the text opens with (then in capitals: "Title. TORRINGTON —").
    Cased text needs the name in capitals or an agency after it ("Kabul (Reuters) -"); caseless
    text needs the comma or the agency of a wire dateline ("SAN SALVADOR, 12 JAN 90 --")."""
    m = _match(text, caseless)
    return None if m is None else (m.start(), m.end(), m.start("name"), m.end("name"))


def source(text: str, caseless: bool) -> tuple[int, int] | None:
    """(start, end) of the outlet the dateline names in brackets ("HAMBURG, 16 DEC 89 (DIE WELT)
    --", "KABUL (Reuters) -"), brackets included; None without one."""
    m = _match(text, caseless)
    if m is None:
        return None
    group = "agency" if m.group("agency") is not None else "paren" if m.group("paren") is not None else None
    if group is None:
        return None
    start, end = m.span(group)
    return start + (len(m.group(group)) - len(m.group(group).lstrip())), end
