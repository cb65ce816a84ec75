"""Regression: place resolution must not depend on the process's hash seed.

Ties between countries were broken by dict order, which followed set iteration; a process pool or a
Dask worker (another seed) then placed "Gunmen attacked Goma" in another country than one process.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from eventscope.extract.places import find_places
from eventscope.geo.gazetteer import Gazetteer
from eventscope.nlp import load_nlp
doc = load_nlp()("Gunmen attacked Goma on Saturday, killing eight students, a local official said. "
                 "Mortar shells landed in a busy market in Goma late on Sunday.")
print([(m.text, m.place.geonameid if m.place else None, m.precision) for m in find_places(doc, Gazetteer.open())])
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_same_places_whatever_the_hash_seed() -> None:
    outputs = {_run(seed) for seed in ("1", "2", "3")}
    assert len(outputs) == 1, outputs
