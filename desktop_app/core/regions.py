"""Kemendagri region codes shipped in `resources/regions`.

Records link to regions by code, never by name: spellings differ between sources.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.resources import resource_path

# Order in which the registration form offers the cities: the office's own city first.
MALANG_CITIES = ("35.73", "35.07", "35.79")


@dataclass(frozen=True)
class Region:
    code: str
    level: str
    name: str
    parent_code: str


@dataclass(frozen=True)
class RegionIndex:
    """All known regions by code, with children lists for pickers."""

    by_code: dict[str, Region]
    children: dict[str, tuple[str, ...]]
    kabkota_nik_codes: frozenset[str]  # "3573" style, current and historic

    def get(self, code: str) -> Region | None:
        return self.by_code.get(code)

    def is_village(self, code: str) -> bool:
        """True for a known kelurahan or desa code (what `kelurahan_code` must hold)."""
        region = self.by_code.get(code)
        return region is not None and region.level in ("kelurahan", "desa")

    def kecamatan_of(self, village_code: str) -> Region | None:
        region = self.by_code.get(village_code)
        return self.by_code.get(region.parent_code) if region else None

    def city_of(self, village_code: str) -> Region | None:
        kecamatan = self.kecamatan_of(village_code)
        return self.by_code.get(kecamatan.parent_code) if kecamatan else None

    def kecamatan_list(self, city_code: str | None = None) -> list[Region]:
        """Kecamatan of the Malang area, Kota Malang first, each city's alphabetically."""
        cities = (city_code,) if city_code else MALANG_CITIES
        result: list[Region] = []
        for city in cities:
            kids = [self.by_code[c] for c in self.children.get(city, ())]
            result.extend(sorted((k for k in kids if k.level == "kecamatan"), key=lambda r: r.name))
        return result

    def villages_of(self, kecamatan_code: str) -> list[Region]:
        kids = [self.by_code[c] for c in self.children.get(kecamatan_code, ())]
        return sorted(kids, key=lambda r: r.name)

    def village_codes(self, city_code: str | None = None) -> list[str]:
        """Every kelurahan/desa code, optionally of one city, in code order."""
        prefix = f"{city_code}." if city_code else ""
        return sorted(
            c
            for c, r in self.by_code.items()
            if r.level in ("kelurahan", "desa") and c.startswith(prefix)
        )

    def describe(self, village_code: str) -> str:
        """"Kel. Balearjosari, Kec. Blimbing, Kota Malang" for display and addresses."""
        village = self.by_code.get(village_code)
        if village is None:
            return village_code
        kecamatan = self.kecamatan_of(village_code)
        city = self.city_of(village_code)
        prefix = "Kel." if village.level == "kelurahan" else "Desa"
        parts = [f"{prefix} {village.name}"]
        if kecamatan:
            parts.append(f"Kec. {kecamatan.name}")
        if city:
            parts.append(city.name)
        return ", ".join(parts)


def _read(name: str) -> list[dict[str, str]]:
    with resource_path("regions", name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def regions() -> RegionIndex:
    """Load the region lists once per process."""
    by_code: dict[str, Region] = {}
    children: dict[str, list[str]] = {}
    for row in _read("wilayah_prov_kabkota.csv") + _read("wilayah_malang.csv"):
        region = Region(row["code"], row["level"], row["name"], row["parent_code"] or "")
        by_code[region.code] = region
    for region in by_code.values():
        if region.parent_code:
            children.setdefault(region.parent_code, []).append(region.code)
    kabkota = {c.replace(".", "") for c, r in by_code.items() if r.level in ("kabupaten", "kota")}
    kabkota |= {row["code"].replace(".", "") for row in _read("wilayah_kabkota_historic.csv")}
    return RegionIndex(
        by_code=by_code,
        children={k: tuple(v) for k, v in children.items()},
        kabkota_nik_codes=frozenset(kabkota),
    )
