"""The trainings of the DBHCHT 2026 programme, seeded into every new workspace (quota is editable)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProgramSeed:
    code: str
    name: str
    quota: int


PROGRAMS: tuple[ProgramSeed, ...] = (
    ProgramSeed("olahan_makanan", "Olahan Makanan Lanjutan", 100),
    ProgramSeed("muslim_fashion", "Muslim Fashion", 60),
    ProgramSeed("home_decor", "Home Decor", 40),
    ProgramSeed("lukis_kain", "Lukis Kain", 40),
    ProgramSeed("barista", "Barista", 40),
)
