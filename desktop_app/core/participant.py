"""The participant record: canonical field names and the closed vocabularies they draw from.

Canonical names are the snake_case names of DESIGN.md; JSON, CSV and the CLI all use them.
"""

from __future__ import annotations

# Fields an officer enters (or the form derives). Order is the order of forms and exports.
INPUT_FIELDS: tuple[str, ...] = (
    "nik",
    "kk_number",
    "full_name",
    "birth_place",
    "birth_date",
    "gender",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "phone",
    "education",
    "category",
    "former_employer",
    "phk_date",
    "program_code",
    "consent",
    "consent_at",
    "photo",
    "notes",
)

# Bookkeeping the app maintains; some are editable by a coordinator (status), none by the register input.
BOOKKEEPING_FIELDS: tuple[str, ...] = (
    "short_code",
    "registered_by",
    "registered_at",
    "device_id",
    "status",
    "card_generation",
    "withdrawn_at",
    "withdraw_reason",
    "duplicate_of",
    "class_id",
    "merged_into",
    "phk_verified_at",
)

ALL_FIELDS: tuple[str, ...] = INPUT_FIELDS + BOOKKEEPING_FIELDS

# Fields a plain `update` may change (status has its own transition rules but is still a field).
UPDATABLE_FIELDS: frozenset[str] = frozenset(INPUT_FIELDS) | {"status"}

REQUIRED_FIELDS: tuple[str, ...] = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "gender",
    "address",
    "rt",
    "rw",
    "kelurahan_code",
    "education",
    "category",
    "program_code",
    "consent",
)

GENDERS: tuple[str, ...] = ("L", "P")

CATEGORIES: tuple[str, ...] = ("phk", "buruh_aktif", "keluarga_buruh", "warga_sekitar", "umum")

STATUSES: tuple[str, ...] = ("terdaftar", "terverifikasi", "diterima", "cadangan", "ditolak")
INITIAL_STATUS = "terdaftar"

# Dukcapil's education list ("pendidikan terakhir" on the KK), as stable codes.
EDUCATION_LEVELS: tuple[str, ...] = (
    "tidak_sekolah",  # TIDAK/BELUM SEKOLAH
    "belum_tamat_sd",  # BELUM TAMAT SD/SEDERAJAT
    "sd",  # TAMAT SD/SEDERAJAT
    "sltp",  # SLTP/SEDERAJAT
    "slta",  # SLTA/SEDERAJAT
    "d1_d2",  # DIPLOMA I/II
    "d3",  # AKADEMI/DIPLOMA III/S. MUDA
    "s1_d4",  # DIPLOMA IV/STRATA I
    "s2",  # STRATA II
    "s3",  # STRATA III
)

# Fields that only make sense for a laid-off worker.
PHK_FIELDS: tuple[str, ...] = ("former_employer", "phk_date")

# Fields shown in lists and searched by full-text search.
SEARCH_FIELDS: tuple[str, ...] = ("full_name", "nik", "short_code", "address")
