#!/usr/bin/env python3
"""Writes Sources/TIPGeo/NaturalEarth+Admin0.swift: the world's country boundaries that
maps draw, embedded so that no map downloads anything at run time.

Sources (both public domain, from Natural Earth, https://www.naturalearthdata.com):
- Admin-0 countries at 1:110m, as the geopandas 0.14.4 wheel on PyPI ships them
  (geopandas/datasets/naturalearth_lowres; geopandas 1.x no longer does). This is Natural
  Earth's de facto boundary view, with geopandas' correction that draws Crimea as Ukraine's.
  Get it with `pip download --no-deps geopandas==0.14.4`.
- Admin-0 tiny countries at 1:50m (points), for the states too small for the 1:110m layer
  (Bahrain, Malta, Singapore, Caribbean and Pacific states), as Debian's
  r-cran-rnaturalearthdata 0.1.0 package ships them (an R lazy-load database). Get it with
  `apt-get download r-cran-rnaturalearthdata` and `dpkg-deb -x`.

- One state is in neither: Cabo Verde, which the TIP Report ranks. It is a dot at its
  capital, Praia, from Natural Earth's populated places in the same wheel
  (geopandas/datasets/naturalearth_cities).

Coordinates are rounded to 0.01 degree (about 1 km, below a pixel of a world map) and kept
as integer hundredths of a degree; repeated points are dropped. Kosovo, which the layer
codes -99, takes XKX, the code TIPCharts' country table gives it.

Needs: pip install pyshp rdata (rdata reads R's serialisation without R).
Run: python3 Scripts/make-world-boundaries.py WHEEL_OR_DIR RNATURALEARTHDATA_ROOT [--out FILE]
"""
import gzip
import hashlib
import io
import lzma
import os
import sys
import warnings
import zipfile

import rdata
import shapefile

args = sys.argv[1:]
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "TIPGeo", "NaturalEarth+Admin0.swift")
if "--out" in args:
    i = args.index("--out")
    out = args[i + 1]
    del args[i:i + 2]
if len(args) != 2:
    sys.exit(__doc__)
wheel, rroot = args
CODE_FIXES = {"Kosovo": "XKX"}
# The layer's .cpg names its encoding: ISO 8859-1 ("Côte d'Ivoire").
ENCODING = "latin-1"


def wheel_reader(stem):
    """The shapefile `stem` of the wheel (or of an unpacked directory), and where it came from."""
    if os.path.isdir(wheel):
        return shapefile.Reader(os.path.join(wheel, stem), encoding=ENCODING), "directory " + wheel
    archive = zipfile.ZipFile(wheel)
    parts = {ext: io.BytesIO(archive.read(stem + "." + ext)) for ext in ("shp", "shx", "dbf")}
    digest = hashlib.sha256(open(wheel, "rb").read()).hexdigest()
    return shapefile.Reader(**parts, encoding=ENCODING), os.path.basename(wheel) + "\n// (sha256 " + digest + ")"


# States in neither layer, drawn as a dot at their capital (naturalearth_cities has names only).
CAPITAL_DOTS = {"CPV": ("Cabo Verde", "Praia")}


def capitals():
    reader, _ = wheel_reader("geopandas/datasets/naturalearth_cities/naturalearth_cities")
    return {r.record["name"]: r.shape.points[0] for r in reader.iterShapeRecords()}


def tiny_countries():
    """The points of tiny_countries50 from the package's lazy-load database: its index (.rdx)
    is gzip; each object in the .rdb is a 4-byte length, a type byte 'Z' and raw LZMA2."""
    warnings.simplefilter("ignore")
    data = os.path.join(rroot, "usr/lib/R/site-library/rnaturalearthdata/data/")
    index = rdata.conversion.convert(rdata.parser.parse_data(gzip.decompress(open(data + "Rdata.rdx", "rb").read())))
    offset, length = (int(v) for v in index["variables"]["tiny_countries50"])
    blob = open(data + "Rdata.rdb", "rb").read()[offset:offset + length]
    assert blob[4:5] == b"Z", "expected an xz-compressed object"
    decoder = lzma.LZMADecompressor(format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}])
    spatial = rdata.parser.parse_data(decoder.decompress(blob[5:])).object

    def slots(obj):
        found, pairs = {}, obj.attributes
        while pairs is not None and pairs.info.type == rdata.parser.RObjectType.LIST:
            tag = pairs.tag
            found[tag.value.value.decode() if tag is not None and hasattr(tag.value, "value") else None] = \
                pairs.value[0]
            pairs = pairs.value[1] if len(pairs.value) > 1 else None
        return found

    s = slots(spatial)
    values = list(s["coords"].value)
    n = len(values) // 2
    frame = s["data"]
    names = [x.value.decode() for x in slots(frame)["names"].value]
    columns = {}
    for name, column in zip(names, frame.value):
        if column.info.type == rdata.parser.RObjectType.STR:
            columns[name] = [x.value.decode("latin-1") if x.value is not None else None for x in column.value]
    return [(columns["iso_a3"][i], columns["name"][i], columns["type"][i], values[i], values[n + i])
            for i in range(n)]


def hundredths(v):
    return int(round(v * 100))


def ring_text(points):
    kept = []
    for x, y in points:
        p = (hundredths(x), hundredths(y))
        if not kept or kept[-1] != p:
            kept.append(p)
    if len(kept) > 1 and kept[0] == kept[-1]:
        kept.pop()
    return " ".join(f"{x},{y}" for x, y in kept) if len(kept) >= 3 else None


reader, provenance = wheel_reader("geopandas/datasets/naturalearth_lowres/naturalearth_lowres")
lines = []
codes = set()
for shape_record in reader.iterShapeRecords():
    record = shape_record.record.as_dict()
    name = record["name"]
    code = CODE_FIXES.get(name, record["iso_a3"])
    assert len(code) == 3 and code.isupper(), (name, code)
    shape = shape_record.shape
    bounds = list(shape.parts) + [len(shape.points)]
    rings = [ring_text(shape.points[bounds[i]:bounds[i + 1]]) for i in range(len(shape.parts))]
    rings = [r for r in rings if r]
    codes.add(code)
    lines.append(f"{code}\t{name}\t" + "|".join(rings))
dots = 0
for code, name, kind, lon, lat in tiny_countries():
    # Parts of countries the polygon layer draws (Azores, Gaza, Luxembourg) and places
    # without an ISO code are left out; dependencies keep their own code.
    if code is None or code in codes or code == "-99" or kind == "Indeterminate":
        continue
    codes.add(code)
    dots += 1
    lines.append(f"{code}\t{name}\t@{hundredths(lon)},{hundredths(lat)}")
cities = capitals()
for code, (name, capital) in CAPITAL_DOTS.items():
    if code not in codes:
        lon, lat = cities[capital]
        codes.add(code)
        dots += 1
        lines.append(f"{code}\t{name}\t@{hundredths(lon)},{hundredths(lat)}")
lines.sort()


def wrapped(line, width=108):
    """A shape's line in pieces of at most `width` characters, broken between points; each
    piece after the first starts with '+', which the reader joins back on."""
    pieces, current = [], ""
    for token in line.split(" "):
        joined = current + (" " if current else "") + token
        if current and len(joined) > width:
            pieces.append(current + " ")
            current = "+" + token
        else:
            current = joined
    return pieces + [current]


body = "\n".join(piece for line in lines for piece in wrapped(line))
assert '"""' not in body and "\\" not in body
swift = f'''// Generated by Scripts/make-world-boundaries.py; do not edit.
// Natural Earth admin-0 countries 1:110m (public domain), from {provenance},
// the tiny-countries points of Natural Earth 1:50m, from Debian's r-cran-rnaturalearthdata,
// and Cabo Verde at its capital from Natural Earth's populated places (the same wheel).
// {len(lines) - dots} countries as polygons and {dots} small states and territories as points.

/// One country per line: ISO 3166-1 alpha-3 code, name, and either polygons (rings of
/// `lon,lat` points in hundredths of a degree, separated by `|`) or `@lon,lat`, a point.
/// A line that starts with `+` continues the one before it (lines stay under 120 characters).
let naturalEarthAdmin0 = """
{body}
"""
'''
with open(out, "w", encoding="utf-8") as f:
    f.write(swift)
print(f"wrote {out}: {len(lines) - dots} polygons, {dots} points, {len(swift)} bytes")
