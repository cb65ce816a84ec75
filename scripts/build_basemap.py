"""Build the dashboard's country basemap (run by hand when the basemap should change; the output is
committed, so neither the app nor CI needs this script or the network).

    python scripts/build_basemap.py                       # npm pack world-atlas@2.0.2, convert
    python scripts/build_basemap.py --topojson countries-50m.json

Steps:

1. Get Natural Earth's admin-0 country shapes (public domain) as TopoJSON from the npm package
   ``world-atlas`` (ISC-licensed packaging by Mike Bostock), with ``npm pack`` into a temporary folder.
2. Decode the TopoJSON (quantised, delta-encoded arcs) into GeoJSON polygons, so the dashboard needs
   no TopoJSON library.
3. Simplify each arc (Douglas-Peucker, TOLERANCE degrees) before arcs are joined into rings, so
   neighbouring countries keep their shared border exactly (no slivers), then round to 0.01 degree
   and drop repeated points. The 1:50m shapes then fit under 1 MB while keeping small countries
   an analyst looks for, which the 1:110m file leaves out (Bahrain, Singapore, ...).
4. Write ``src/eventscope/api/static/basemap/countries.geojson`` with ``name`` and the ISO 3166
   numeric ``id`` of each country, and print its size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = "world-atlas@2.0.2"
SOURCE_FILE = "countries-50m.json"
OUT = Path(__file__).resolve().parent.parent / "src/eventscope/api/static/basemap/countries.geojson"
DECIMALS = 2
# 0.02 degree (about 2 km): invisible at the dashboard's zoom levels (a pixel is >= 5 km at world
# view, ~1 km at the deepest zoom); 0.01 left the file at 1.09 MB, 0.05 drops 9 small island states.
TOLERANCE = 0.02
MAX_BYTES = 1_000_000

Ring = list[list[float]]


def fetch_topojson(workdir: Path) -> Path:
    """``npm pack`` the pinned world-atlas release into ``workdir`` and unpack the shapes file."""
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=workdir, check=True, capture_output=True)
    tarball = next(workdir.glob("world-atlas-*.tgz"))
    with tarfile.open(tarball) as tar:
        member = tar.getmember(f"package/{SOURCE_FILE}")
        tar.extractall(workdir, members=[member], filter="data")
    return workdir / "package" / SOURCE_FILE


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Absolute lon/lat points of every arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(simplify(points, TOLERANCE))
    return arcs


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker: keep the end points and every point further than ``tolerance`` from the
    chord of the points kept around it (iterative, so long coastlines cannot hit the recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0.0:  # a closed arc (an island): distance to the end point
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > worst:
                worst, worst_at = d, i
        if worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(indices: list[int], arcs: list[Ring]) -> Ring:
    """Join arcs into one ring; a negative index ``~i`` means arc ``i`` reversed."""
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their end point: keep it once.
        points.extend(arc[1:] if points else arc)
    return points


def rounded(points: Ring) -> Ring:
    out: Ring = []
    for lon, lat in points:
        p = [round(lon, DECIMALS), round(lat, DECIMALS)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def to_geojson(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:  # a country without shape in this scale
            continue
        coords = []
        for polygon in polygons:
            rings = [rounded(ring(r, arcs)) for r in polygon]
            rings = [r for r in rings if len(r) >= 4]  # a ring rounded to a point or a line is gone
            if rings:
                coords.append(rings)
        if not coords:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id"),
                "properties": {"name": (geom.get("properties") or {}).get("name")},
                "geometry": {"type": "MultiPolygon", "coordinates": coords},
            }
        )
    return {
        "type": "FeatureCollection",
        "source": f"Natural Earth 1:50m admin-0 countries (public domain), via npm {PACKAGE}",
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topojson", type=Path, help=f"a local {SOURCE_FILE} instead of npm pack")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        source = args.topojson or fetch_topojson(Path(tmp))
        geojson = to_geojson(json.loads(source.read_text(encoding="utf-8")))
    text = json.dumps(geojson, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(geojson['features'])} countries, {len(text):,} bytes")
    if len(text) > MAX_BYTES:
        print(f"warning: over {MAX_BYTES:,} bytes; lower DECIMALS or use countries-110m", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
