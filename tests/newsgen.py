"""Generate a web archive of made-up news pages (importable as ``newsgen``; the benchmark uses it too).

Every sentence comes from the templates below (written for these tests; place and group names are
real facts, the events are invented). An archive mixes:

* conflict reports and ordinary news (sport, markets, weather, culture), each article assembled
  from several randomly filled sentence templates so that two articles rarely share a phrase run;
* syndicated copies: an earlier article republished by another outlet (new page, headline and
  outlet line, sometimes a sentence dropped or a credit line added) -> must be linked, not counted;
* records that are not articles: requests, images, a 404, a redirect, warcinfo -> counted, skipped;
* pages in windows-1252 declared only in the HTTP header -> must decode correctly;
* broken records: garbage between records and a corrupt gzip member -> rejected, reading goes on.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PLACES = [
    ("Maiduguri", "Borno State"), ("Mogadishu", "Banaadir"), ("Kidal", "northern Mali"),
    ("Goma", "North Kivu"), ("Bamenda", "the North-West Region"), ("Garissa", "Kenya's north-east"),
    ("Mopti", "central Mali"), ("Ouagadougou", "Burkina Faso"), ("Bentiu", "Unity State"),
    ("Kandahar", "southern Afghanistan"), ("Sittwe", "Rakhine State"), ("Kirkuk", "northern Iraq"),
    ("Beni", "North Kivu"), ("Tillaberi", "western Niger"), ("Marib", "central Yemen"),
    ("Ségou", "central Mali"), ("Bunia", "Ituri province"), ("Jos", "Plateau State"),
]
ARMED = ["gunmen", "suspected Boko Haram fighters", "al-Shabaab militants", "unidentified attackers",
         "members of an armed group", "suspected jihadists", "rebel fighters", "armed bandits"]
FORCES = ["soldiers", "police officers", "the army", "security forces", "troops", "the gendarmerie"]
VICTIMS = ["villagers", "traders", "farmers", "civilians", "worshippers", "passengers", "students"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "21"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["a police spokesman", "a local official", "the regional governor", "residents",
           "a hospital worker", "the army", "a community leader", "witnesses"]
OUTLETS = ["Daily Courier", "The Morning Ledger", "Sahel Times", "Horn Observer", "Lakeside Herald",
           "Capital Gazette", "Evening Dispatch", "Frontier Post", "Coastal Tribune", "Valley News"]

CONFLICT = [
    "{armed} attacked {place} on {day}, killing {n} {victims}, {source} said.",
    "{Forces} clashed with {armed} near {place} on {day}; {source} said {n} people died in the fighting.",
    "A roadside bomb struck a convoy outside {place} on {day}, wounding {n} {forces}.",
    "{Armed} abducted {n} {victims} from a village close to {place}, according to {source}.",
    "Hundreds of {victims} marched through {place} on {day} to demand better protection "
    "from the authorities.",
    "{Forces} arrested {n} suspects in {place} after the raid, {source} told reporters.",
    "Mortar shells landed in a busy market in {place} late on {day}, {source} reported.",
    "An air strike hit a compound outside {place} on {day}, and {source} said {n} fighters were killed.",
    "Angry youths burned tyres and set fire to a police post in {place} over the killings.",
    "{source_cap} said the assailants arrived on motorcycles before dawn and fled into the bush.",
    "Aid groups said many families had left {region} since the violence began.",
    "The government condemned the attack and promised to hunt down those responsible.",
    "It was the {ordinal} such incident in {region} this month, {source} added.",
    "Shops in {place} stayed shut on {day} as residents counted the cost of the raid.",
    "No group has claimed responsibility, but {armed} are active in {region}.",
    "The wounded were taken to the main hospital in {place}, where staff appealed for blood donors.",
]
ORDINARY = [
    "The {team} beat their rivals {score} in {place} on {day}, lifting them to {ordinal} in the table.",
    "Coffee prices rose for a {ordinal} week as traders in {place} reported thin supplies.",
    "Heavy rain is forecast for {region} on {day}, the weather service said, with flooding possible.",
    "A new bridge linking {place} to the ring road opened on {day} after two years of work.",
    "The central bank kept its main lending rate unchanged, citing steady inflation.",
    "Organisers of the {place} book fair expect more than {n} thousand visitors this year.",
    "Farmers in {region} said the maize harvest looked better than last season.",
    "The {team} coach praised his young squad and said the title race was wide open.",
    "Tickets for the concert in {place} sold out within an hour, the promoters said.",
    "Officials said the new water plant in {place} would serve {n} thousand households.",
    "Local schools in {region} reopen on {day} after the mid-term break.",
    "Shares in the telecom operator climbed after it reported higher mobile money revenue.",
]
TEAMS = ["Rangers", "City Stars", "United", "Wanderers", "Rovers", "Athletic", "Lions", "Eagles"]
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
CREDITS = ["This story was distributed by a news agency.", "Reporting by our regional correspondent.",
           "Additional reporting from wire services."]


@dataclass
class Article:
    key: int
    outlet: str
    url: str
    title: str
    published: dt.date
    paragraphs: list[str]
    conflict: bool
    copy_of: int | None = None  # key of the article this page republishes


@dataclass
class ArchiveInfo:
    path: Path
    articles: list[Article] = field(default_factory=list)
    html_records: int = 0  # 2xx HTML responses written (articles, including copies)
    other_records: int = 0  # requests, images, 404s, redirects, warcinfo
    broken: int = 0  # damaged regions the reader must reject
    cp1252_pages: int = 0

    @property
    def copies(self) -> list[Article]:
        return [a for a in self.articles if a.copy_of is not None]


def _fill(rng: random.Random, template: str, place: str, region: str) -> str:
    armed = rng.choice(ARMED)
    forces = rng.choice(FORCES)
    source = rng.choice(SOURCES)
    text = template.format(
        armed=armed, Armed=armed[0].upper() + armed[1:], forces=forces, Forces=forces[0].upper() + forces[1:],
        victims=rng.choice(VICTIMS), n=rng.choice(NUMBERS), day=rng.choice(DAYS), source=source,
        source_cap=source[0].upper() + source[1:], place=place, region=region,
        ordinal=rng.choice(ORDINALS), team=f"{place} {rng.choice(TEAMS)}",
        score=f"{rng.randint(1, 4)}-{rng.randint(0, 3)}",
    )
    return text[0].upper() + text[1:]


def make_article(rng: random.Random, key: int, conflict: bool) -> Article:
    place, region = rng.choice(PLACES)
    pool = CONFLICT if conflict else ORDINARY
    k = rng.randint(5, 7)
    sentences = [_fill(rng, t, place, region) for t in rng.sample(pool, k)]
    # Paragraphs of one or two sentences, like wire copy.
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        step = rng.choice((1, 2))
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    outlet = rng.choice(OUTLETS)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))
    title = sentences[0].split(",")[0][:90]
    slug = outlet.lower().replace(" ", "-")
    return Article(key, outlet, f"https://{slug}.example/news/{key}", title, published, paragraphs, conflict)


def make_copy(rng: random.Random, key: int, original: Article) -> Article:
    outlet = rng.choice([o for o in OUTLETS if o != original.outlet])
    paragraphs = list(original.paragraphs)
    change = rng.choice(("same", "drop", "credit"))
    if change == "drop" and len(paragraphs) > 4:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    elif change == "credit":
        paragraphs.append(rng.choice(CREDITS))
    slug = outlet.lower().replace(" ", "-")
    title = original.title.upper()[:1] + original.title[1:]
    return Article(key, outlet, f"https://{slug}.example/world/{key}", title, original.published, paragraphs,
                   original.conflict, copy_of=original.key)


def page_html(a: Article) -> str:
    body = "\n".join(f"    <p>{p}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="{{charset}}">
  <title>{a.title} | {a.outlet}</title>
  <meta property="og:site_name" content="{a.outlet}">
  <meta property="article:published_time" content="{a.published.isoformat()}T08:00:00Z">
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>{a.title}</h1>
    <p class="byline">By staff writers, {a.outlet}</p>
{body}
  </article>
  <aside><h2>Most read</h2><ul><li>Weekend fixtures</li><li>Markets today</li></ul></aside>
  <footer>Copyright {a.outlet}. All rights reserved.</footer>
</body></html>
"""


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=headers))


def write_archive(path: Path, *, articles: int = 520, copy_share: float = 0.12, seed: int = 7) -> ArchiveInfo:
    """Write ``articles`` HTML pages (about ``copy_share`` of them syndicated copies) plus non-article
    and broken records to ``path`` (gzipped per record when it ends in ``.gz``)."""
    rng = random.Random(seed)
    gz = path.name.endswith(".gz")
    info = ArchiveInfo(path)
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "eventscope tests"}))
    info.other_records += 1
    originals: list[Article] = []
    corrupt_at: list[tuple[int, int]] = []  # (start, end) of records to damage after writing
    for key in range(articles):
        if originals and rng.random() < copy_share:
            art = make_copy(rng, key, rng.choice(originals[-40:]))  # syndication is near in time
        else:
            art = make_article(rng, key, conflict=rng.random() < 0.6)
            originals.append(art)
        info.articles.append(art)
        if rng.random() < 0.15:
            req = StatusAndHeaders(f"GET /news/{key} HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(art.url, "request", http_headers=req))
            info.other_records += 1
        cp1252 = key % 17 == 5
        html = page_html(art).replace("{charset}", "windows-1252" if cp1252 else "utf-8")
        if cp1252:
            # Declared in the HTTP header only: the page's own <meta> is removed.
            html = html.replace('  <meta charset="windows-1252">\n', "")
            _response(writer, art.url, html.encode("cp1252"), "text/html; charset=windows-1252")
            info.cp1252_pages += 1
        else:
            _response(writer, art.url, html.encode("utf-8"), "text/html; charset=utf-8")
        info.html_records += 1
        if key % 25 == 3:
            _response(writer, art.url.replace("/news/", "/img/") + ".jpg", b"\xff\xd8\xff\xe0fakejpeg",
                      "image/jpeg")
            info.other_records += 1
        if key % 97 == 11:
            _response(writer, art.url + "/missing", b"<html><body>Not found</body></html>", "text/html",
                      status="404 Not Found")
            info.other_records += 1
        if key % 131 == 40:
            # A damaged record: an article page whose bytes get overwritten below. It is not one of
            # the articles the test expects to find stored.
            start = out.tell()
            _response(writer, f"https://damaged.example/{key}", page_html(art).encode(), "text/html")
            corrupt_at.append((start, out.tell()))
            info.broken += 1
    data = bytearray(out.getvalue())
    for start, end in corrupt_at:
        middle = start + (end - start) // 3
        data[middle : middle + 24] = b"\x00garbage\x00" * 2 + b"\x00" * 6
        if not gz:
            # Uncompressed: overwrite the record's WARC header so warcio cannot parse it.
            data[start : start + 8] = b"XXXXXXXX"
    path.write_bytes(bytes(data))
    return info
