"""The GeoNames dump loader, on a tiny dump written here in the GeoNames column format."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from eventscope.errors import GazetteerError
from eventscope.geo.build import add_dump, iter_geonames_dump
from eventscope.geo.gazetteer import Gazetteer

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
# admin3, admin4, population, elevation, dem, timezone, modified. Invented places.
ROWS = [
    ["990000001", "Ngozimbaru", "Ngozimbaru", "Ngozi Mbaru,Ngozimbaru Village", "-3.51", "39.91", "P",
     "PPL", "KE", "", "23", "", "", "", "800", "", "12", "Africa/Nairobi", "2024-01-01"],
    ["990000002", "Kilima Hill", "Kilima Hill", "", "-3.60", "39.80", "T", "HLL", "KE", "", "23", "",
     "", "", "0", "", "90", "Africa/Nairobi", "2024-01-01"],
    ["990000003", "Sea Area", "Sea Area", "", "-3.0", "41.0", "U", "SEA", "KE", "", "", "", "", "", "0",
     "", "0", "Africa/Nairobi", "2024-01-01"],  # undersea feature: not kept
]


def write_dump(path: Path) -> Path:
    path.write_text("".join("\t".join(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_iter_dump_reads_txt_and_zip(tmp_path: Path) -> None:
    txt = write_dump(tmp_path / "KE.txt")
    assert [r[0] for r in iter_geonames_dump(txt)] == ["990000001", "990000002", "990000003"]
    zipped = tmp_path / "KE.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(txt, "KE.txt")
        zf.writestr("readme.txt", "not data")
    assert len(list(iter_geonames_dump(zipped))) == 3


def test_iter_dump_rejects_other_formats(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("just,a,csv\n")
    with pytest.raises(GazetteerError, match="19 tab-separated"):
        list(iter_geonames_dump(bad))


def test_dump_rows_become_searchable(tmp_path: Path, gaz: Gazetteer) -> None:
    index = tmp_path / "with_dump.sqlite"
    shutil.copy(gaz.path, index)
    conn = sqlite3.connect(index)
    with conn:
        assert add_dump(conn, write_dump(tmp_path / "KE.txt")) == 2
    conn.close()
    g = Gazetteer(index)
    village = g.lookup("Ngozi Mbaru")[0]
    assert (village.geonameid, village.iso3, village.admin1) == (990000001, "KEN", "Kilifi")
    assert g.lookup("Kilima Hill")[0].feature_class == "T"
    assert g.lookup("Sea Area") == [] or g.lookup("Sea Area")[0].geonameid != 990000003
