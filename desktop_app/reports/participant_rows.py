"""The participants list as exported: Indonesian column headers and typed values, one row per person.

Shared by the XLSX and the CSV export, so both hold the same columns in the same order. Values are
Python types (dates as `date`, the registration time as `datetime`, NIK and phone as `str`); each writer
turns them into its own format. NIK and KK are masked unless `masked=False`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop_app.core.roles import Capability
from desktop_app.reports import labels
from desktop_app.reports.masking import shown_number
from desktop_app.reports.xlsx_writer import Style
from desktop_app.storage import report_queries as q
from desktop_app.storage.report_queries import EVERYTHING, ReportFilter
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float  # characters, for the spreadsheet
    style: Style


COLUMNS: tuple[Column, ...] = (
    Column("no", "No", 7, Style.INTEGER),
    Column("short_code", "Kode Peserta", 14, Style.TEXT),
    Column("full_name", "Nama Lengkap", 32, Style.DEFAULT),
    Column("nik", "NIK", 19, Style.TEXT),
    Column("kk_number", "No. KK", 19, Style.TEXT),
    Column("gender", "Jenis Kelamin", 12, Style.DEFAULT),
    Column("birth_place", "Tempat Lahir", 15, Style.DEFAULT),
    Column("birth_date", "Tanggal Lahir", 12, Style.DATE),
    Column("address", "Alamat", 32, Style.DEFAULT),
    Column("rt", "RT", 6, Style.TEXT),
    Column("rw", "RW", 6, Style.TEXT),
    Column("kelurahan", "Kelurahan/Desa", 18, Style.DEFAULT),
    Column("kecamatan", "Kecamatan", 16, Style.DEFAULT),
    Column("city", "Kota/Kabupaten", 17, Style.DEFAULT),
    Column("phone", "No. HP", 15, Style.TEXT),
    Column("education", "Pendidikan Terakhir", 20, Style.DEFAULT),
    Column("category", "Kategori", 20, Style.DEFAULT),
    Column("former_employer", "Perusahaan Terakhir", 24, Style.DEFAULT),
    Column("phk_date", "Tanggal PHK", 12, Style.DATE),
    Column("program", "Pelatihan", 24, Style.DEFAULT),
    Column("class", "Kelas", 16, Style.DEFAULT),
    Column("status", "Status", 13, Style.DEFAULT),
    Column("registered_by", "Petugas Pendata", 20, Style.DEFAULT),
    Column("registered_at", "Waktu Pendaftaran", 17, Style.DATETIME),
)
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)
NUMBER_KEYS = frozenset({"nik", "kk_number"})  # masked unless asked for in full
FROZEN_COLUMNS = 3  # No, code and name stay in view while scrolling right


def parse_date(text: str | None) -> date | str | None:
    """An ISO date as `date`; anything else as it was (never lose a value)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text


def parse_datetime(text: str | None) -> datetime | str | None:
    """The registration time as the laptop's wall-clock time (Excel has no time zones)."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None, microsecond=0)
    except ValueError:
        return text


def national_phone(e164: str | None) -> str:
    """`+6281234567890` -> `081234567890`: how Indonesians write and dial a number (and paste it in WhatsApp)."""
    if not e164:
        return ""
    return "0" + e164[3:] if e164.startswith("+62") else e164


def participant_rows(
    workspace: Workspace, report_filter: ReportFilter = EVERYTHING, *, masked: bool = True
) -> Iterator[list[Any]]:
    """One list of values per active participant within the filter, in `COLUMNS` order, oldest first."""
    index = {name: i for i, name in enumerate(q.EXPORT_COLUMNS)}
    villages: dict[str | None, tuple[str, str, str]] = {}
    categories, statuses, education, genders = labels.CATEGORIES, labels.STATUSES, labels.EDUCATION, labels.GENDERS
    i_code, i_nik, i_kk, i_name = index["short_code"], index["nik"], index["kk_number"], index["full_name"]
    i_place, i_born, i_gender, i_address = index["birth_place"], index["birth_date"], index["gender"], index["address"]
    i_rt, i_rw, i_village, i_phone = index["rt"], index["rw"], index["kelurahan_code"], index["phone"]
    i_education, i_category, i_employer = index["education"], index["category"], index["former_employer"]
    i_phk, i_program, i_class, i_status = index["phk_date"], index["program_name"], index["class_name"], index["status"]
    i_officer, i_at = index["registered_by"], index["registered_at"]
    identity = workspace.session.can(Capability.READ_IDENTITY)
    for number, row in enumerate(q.iter_export_rows(workspace.db, report_filter, identity=identity), start=1):
        village = villages.get(row[i_village])
        if village is None:
            village = villages[row[i_village]] = labels.village_parts(row[i_village])
        yield [
            number,
            row[i_code],
            row[i_name],
            shown_number(row[i_nik], masked=masked),
            shown_number(row[i_kk], masked=masked),
            genders.get(row[i_gender], row[i_gender]),
            row[i_place],
            parse_date(row[i_born]),
            row[i_address],
            row[i_rt],
            row[i_rw],
            *village,
            national_phone(row[i_phone]),
            education.get(row[i_education], row[i_education]),
            categories.get(row[i_category], row[i_category]),
            row[i_employer],
            parse_date(row[i_phk]),
            row[i_program],
            row[i_class],
            statuses.get(row[i_status], row[i_status]),
            row[i_officer],
            parse_datetime(row[i_at]),
        ]


def count(workspace: Workspace, report_filter: ReportFilter = EVERYTHING) -> int:
    return q.export_count(workspace.db, report_filter)
