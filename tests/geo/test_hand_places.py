"""Places written by hand in resources/geo/places.toml are in the index like any other."""

from __future__ import annotations

import pytest

from eventscope.geo.gazetteer import Gazetteer


@pytest.mark.parametrize("name", ["Trans Mara", "Transmara", "Trans Mara West"])
def test_former_district_is_an_admin2_of_its_county(gaz: Gazetteer, name: str) -> None:
    unit = gaz.admin2(name, "KEN")
    assert unit is not None and unit.name == "Trans Mara"
    assert (unit.admin1, unit.admin2, unit.feature_code) == ("Narok", "Trans Mara", "ADM2")
    # it keeps GeoNames' id (the sources list the unit, only its point was missing)
    assert unit.geonameid is not None
    seat = gaz.seat(unit)
    assert seat is not None and abs(seat[0] + 1.01) < 0.05 and abs(seat[1] - 34.88) < 0.05


@pytest.mark.parametrize(("name", "seat_county"), [
    ("Rift Valley", "Nakuru"), ("Rift Valley Province", "Nakuru"), ("Coast Province", "Mombasa"),
    ("Pwani", "Mombasa"), ("Nyanza", "Kisumu"), ("Western Province", "Kakamega"),
    ("Central Province", "Nyeri"), ("North Eastern Province", "Garissa"), ("Eastern Province", "Embu"),
])
def test_former_provinces_load_as_historical_units(gaz: Gazetteer, name: str, seat_county: str) -> None:
    cands = gaz.candidates(name, iso3="KEN", fold=False)
    assert cands and cands[0].kind == 0
    p = cands[0].place
    assert p.feature_code == "ADM1H" and p.feature_class == "A"
    # reported in the county of its capital, and at the capital
    assert p.admin1 == seat_county and p.geonameid is None
    town = next(c.place for c in gaz.candidates(seat_county, iso3="KEN") if c.place.feature_class == "P")
    assert p.lat is not None and p.lon is not None and town.lat is not None and town.lon is not None
    assert abs(p.lat - town.lat) < 0.05 and abs(p.lon - town.lon) < 0.05


def test_bare_compass_words_are_not_former_provinces(gaz: Gazetteer) -> None:
    # only the full names were added: "Western" or "Central" alone are no Kenyan units
    for word in ("Western", "Central", "Eastern"):
        assert all(c.place.feature_code != "ADM1H" for c in gaz.candidates(word, iso3="KEN", fold=False))
