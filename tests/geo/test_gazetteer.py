from __future__ import annotations

import pickle
import socket
import sqlite3
from pathlib import Path

import pytest

from eventscope.errors import GazetteerError
from eventscope.geo import gazetteer as gazetteer_mod
from eventscope.geo.build import builder_stamp, fold_key, normalize_name, strip_articles
from eventscope.geo.gazetteer import Gazetteer, default_index_path, ensure_index
from eventscope.records import Location, Place, PlaceMention


def test_normalize_name_drops_accents_apostrophes_and_hyphens() -> None:
    assert normalize_name("Kandahār") == "kandahar"
    assert normalize_name("‘Ayn al-‘Arab") == "ayn al arab"
    assert normalize_name("St. Louis") == "st louis"
    assert strip_articles(normalize_name("Ar-Raqqa")) == "raqqa"
    assert strip_articles("al") == "al"  # never strips a name down to nothing


def test_fold_key_merges_transliterations() -> None:
    assert fold_key(normalize_name("Deir ez-Zor")) == fold_key(normalize_name("Dayr az Zawr"))
    assert fold_key(normalize_name("Raqqah")) == fold_key(normalize_name("Ar-Raqqa"))


def test_default_index_path_follows_eventscope_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EVENTSCOPE_HOME", str(tmp_path))
    assert default_index_path() == tmp_path / "gazetteer.sqlite"


def test_lookup_ranks_the_capital_first(gaz: Gazetteer) -> None:
    top = gaz.lookup("Nairobi")[0]
    assert (top.iso3, top.feature_class) == ("KEN", "P")
    assert top.lat is not None and abs(top.lat - -1.28) < 0.1


def test_lookup_within_a_country(gaz: Gazetteer) -> None:
    places = gaz.lookup("Alexandria", iso3="USA")
    assert places and all(p.iso3 == "USA" for p in places)
    assert gaz.lookup("Alexandria")[0].iso3 == "EGY"


@pytest.mark.parametrize("name", ["Raqqa", "Raqqah", "Ar-Raqqa", "Al-Raqqa"])
def test_transliterations_of_raqqa(gaz: Gazetteer, name: str) -> None:
    assert any(p.iso3 == "SYR" and "Raqq" in p.name for p in gaz.lookup(name)[:2])


@pytest.mark.parametrize(("a", "b"), [("Kobani", "Ayn al-Arab"), ("Deir ez-Zor", "Dayr az Zawr")])
def test_variant_pairs_share_a_place(gaz: Gazetteer, a: str, b: str) -> None:
    ids_a = {p.geonameid for p in gaz.lookup(a, iso3="SYR")}
    ids_b = {p.geonameid for p in gaz.lookup(b, iso3="SYR")}
    assert ids_a & ids_b


def test_country_by_code_and_name(gaz: Gazetteer) -> None:
    kenya = gaz.country("KEN")
    assert kenya is not None and kenya.iso2 == "KE" and kenya.feature_code == "PCLI"
    assert gaz.country("KE") == kenya
    bf = gaz.country("Burkina Faso")
    assert bf is not None and bf.iso3 == "BFA"
    assert gaz.country("Atlantis") is None


def test_admin1_has_ascii_name_and_a_seat(gaz: Gazetteer) -> None:
    kandahar = gaz.admin1("Kandahar", "AFG")
    assert kandahar is not None and kandahar.admin1 == "Kandahar"
    mandera = gaz.admin1("Mandera", "KEN")
    assert mandera is not None and mandera.feature_code == "ADM1"
    seat = gaz.seat(mandera)
    assert seat is not None and abs(seat[0] - 3.94) < 0.05  # Mandera town, not the county's middle
    assert gaz.admin1("Mandera", "SOM") is None


def test_continents_are_places_without_a_country(gaz: Gazetteer) -> None:
    europe = gaz.lookup("Europe")[0]
    assert (europe.feature_code, europe.iso3) == ("CONT", "")


def test_us_state_abbreviation_alias(gaz: Gazetteer) -> None:
    wv = gaz.lookup("W.Va.")[0]
    assert (wv.name, wv.feature_code) == ("West Virginia", "ADM1")


def test_lookup_works_with_the_network_unreachable(monkeypatch: pytest.MonkeyPatch, gaz: Gazetteer) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    fresh = Gazetteer.open(gaz.path)  # reopens, checks the stamp, looks up: all offline
    assert fresh.lookup("Garissa", iso3="KEN")
    assert fresh.country("Somalia") is not None


def test_pickled_gazetteer_reopens(gaz: Gazetteer) -> None:
    gaz.lookup("Mombasa")
    clone = pickle.loads(pickle.dumps(gaz))
    assert clone.path == gaz.path
    assert clone.lookup("Mombasa")[0] == gaz.lookup("Mombasa")[0]


def test_stale_index_is_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT)")
    conn.execute("INSERT INTO meta VALUES ('builder', 'old-version')")
    conn.commit()
    conn.close()
    calls: list[Path] = []

    def fake_build(out: Path, *, extra_dump: Path | None = None) -> Path:
        calls.append(out)
        c = sqlite3.connect(out)
        c.execute("UPDATE meta SET v = ? WHERE k = 'builder'", (builder_stamp(),))
        c.commit()
        c.close()
        return out

    monkeypatch.setattr(gazetteer_mod, "build_index", fake_build)
    assert ensure_index(path) == path
    assert calls == [path]
    ensure_index(path)  # now current: not rebuilt again
    assert calls == [path]


def test_unreadable_index_raises_gazetteer_error(tmp_path: Path) -> None:
    bad = tmp_path / "broken.sqlite"
    bad.write_text("not a database")
    with pytest.raises(GazetteerError):
        Gazetteer(bad).lookup("Nairobi")


def test_admin_unit_takes_its_preferred_name(gaz: Gazetteer) -> None:
    # resources/geo/admin_names.toml: the county is "Nairobi" (as ACLED/GADM write it); the
    # source name still finds it.
    unit = gaz.admin1("Nairobi", "KEN")
    assert unit is not None and unit.name == "Nairobi" and unit.admin1 == "Nairobi"
    assert any(c.place.geonameid == unit.geonameid for c in gaz.candidates("Nairobi City", iso3="KEN"))
    town = gaz.lookup("Nairobi", iso3="KEN")
    assert any(p.feature_class == "P" and p.admin1 == "Nairobi" for p in town)


def test_neighbours_and_fuzzy_stay_inside_one_country(gaz: Gazetteer) -> None:
    assert {"SOM", "ETH", "UGA", "TZA"} <= gaz.neighbours("KEN")
    hits = gaz.fuzzy("Kintengela", "KEN")
    assert hits and hits[0].place.name == "Kitengela" and hits[0].kind == 3
    assert gaz.fuzzy("Kintengela", "BFA") == []
    assert gaz.fuzzy("Kisi", "KEN") == []  # too short to guess a spelling


def test_vast_province_sits_at_its_geonames_point_not_its_towns_middle(gaz: Gazetteer) -> None:
    # Ontario's towns hug the Great Lakes; country_points.toml gives the unit's own point.
    ontario = gaz.admin1("Ontario", "CAN")
    assert ontario is not None and ontario.lat is not None and ontario.lon is not None
    assert abs(ontario.lat - 49.25) < 0.1 and abs(ontario.lon + 84.5) < 0.1
    # the seat (what event coding uses for a region) is still its largest town, Toronto
    seat = gaz.seat(ontario)
    assert seat is not None and abs(seat[0] - 43.7) < 0.3


def test_event_location_names_are_written_in_ascii() -> None:
    place = Place(geonameid=1, name="Nād ‘Alī", country="Afghanistan", iso3="AFG", iso2="AF",
                  admin1="Helmand", admin2=None, lat=31.6, lon=64.2, feature_class="A",
                  feature_code="ADM2", population=0)
    loc = Location.from_mention(PlaceMention(0, 7, "Nad Ali", place, "admin2", 1.0))
    assert loc is not None and loc.name == "Nad 'Ali"
