#!/usr/bin/env python3
"""Writes Tests/TIPGeoTests/Fixtures/projections-reference.csv: PROJ's plane coordinates
(through pyproj, `pip install pyproj`) of 400 random points and the table's own rows, on
the unit sphere, for Equal Earth (+proj=eqearth), Robinson (+proj=robin) and plate carrée
(+proj=eqc). ProjectionTests compares TIPGeo's projections with them.
Run: python3 Scripts/make-projection-reference.py
"""
import os
import random

import pyproj

out = os.path.join(os.path.dirname(__file__), "..", "Tests", "TIPGeoTests", "Fixtures", "projections-reference.csv")
random.seed(20261204)
points = [(random.uniform(-180, 180), random.uniform(-90, 90)) for _ in range(400)]
points += [(lon, lat) for lon in (-180, -90, 0, 45.5, 180) for lat in range(-90, 91, 5)]
projections = {"equalEarth": "+proj=eqearth +R=1", "robinson": "+proj=robin +R=1", "equirectangular": "+proj=eqc +R=1"}
with open(out, "w") as f:
    f.write(f"# PROJ {pyproj.proj_version_str} via pyproj {pyproj.__version__}; unit sphere\n")
    f.write("projection,longitude,latitude,x,y\n")
    for name, definition in projections.items():
        transformer = pyproj.Transformer.from_crs("+proj=longlat +R=1", definition, always_xy=True)
        for lon, lat in points:
            x, y = transformer.transform(lon, lat)
            f.write(f"{name},{lon!r},{lat!r},{x!r},{y!r}\n")
print("wrote", out)
