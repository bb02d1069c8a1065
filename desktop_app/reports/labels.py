"""Indonesian words for codes in exported files and printed recaps (the office's paper is in Indonesian).

The GUI has its own translated words (`ui/vocab.py`); files sent to the head of office and to the
manpower office are always in Bahasa Indonesia, so these are plain strings, not translations.
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.regions import regions

CATEGORIES: dict[str, str] = {
    "phk": "Korban PHK",
    "buruh_aktif": "Buruh aktif",
    "keluarga_buruh": "Keluarga buruh",
    "warga_sekitar": "Warga sekitar pabrik",
    "umum": "Umum",
}
STATUSES: dict[str, str] = {
    "terdaftar": "Terdaftar",
    "terverifikasi": "Terverifikasi",
    "diterima": "Diterima",
    "cadangan": "Cadangan",
    "ditolak": "Ditolak",
}
EDUCATION: dict[str, str] = {
    "tidak_sekolah": "Tidak/belum sekolah",
    "belum_tamat_sd": "Belum tamat SD/sederajat",
    "sd": "Tamat SD/sederajat",
    "sltp": "SLTP/sederajat",
    "slta": "SLTA/sederajat",
    "d1_d2": "Diploma I/II",
    "d3": "Akademi/Diploma III/Sarjana muda",
    "s1_d4": "Diploma IV/Strata I",
    "s2": "Strata II",
    "s3": "Strata III",
}
GENDERS: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
UNKNOWN = "(tidak diisi)"


def label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return UNKNOWN
    return table.get(code, code)


def long_date(day: date) -> str:
    """`5 Oktober 2026`, as Indonesian letters and certificates write a date."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """`05-10-2026` (DD-MM-YYYY), as the app shows dates."""
    return day.strftime("%d-%m-%Y")


def date_range(start: date, end: date) -> str:
    """`5 Oktober - 27 November 2026`, `28 Desember 2026 - 8 Januari 2027`, `5 Oktober 2026`."""
    if start == end:
        return long_date(start)
    if start.year != end.year:
        return f"{long_date(start)} – {long_date(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{start.day}–{long_date(end)}"


def kecamatan_name(kecamatan_code: str | None) -> str:
    """`Kec. Klojen, Kota Malang` for `35.73.01`."""
    if not kecamatan_code:
        return UNKNOWN
    index = regions()
    region = index.get(kecamatan_code)
    if region is None:
        return kecamatan_code
    city = index.get(region.parent_code)
    return f"{region.name}, {city.name}" if city else region.name


def village_parts(village_code: str | None) -> tuple[str, str, str]:
    """(kelurahan/desa, kecamatan, city) names of a village code; the code itself when unknown."""
    if not village_code:
        return "", "", ""
    index = regions()
    village = index.get(village_code)
    if village is None:
        return village_code, "", ""
    kecamatan = index.get(village.parent_code)
    city = index.get(kecamatan.parent_code) if kecamatan else None
    return village.name, kecamatan.name if kecamatan else "", city.name if city else ""


def hours_text(minutes: int) -> str:
    """`32 jam`, `31,5 jam` (Indonesian decimal comma)."""
    hours = minutes / 60
    if abs(hours - round(hours)) < 1e-9:
        return f"{round(hours)} jam"
    return f"{hours:.1f}".replace(".", ",") + " jam"


def number(value: int) -> str:
    """`12.345` (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def percent(value: float, digits: int = 1) -> str:
    """`87,5%`."""
    return f"{value:.{digits}f}".replace(".", ",") + "%"
