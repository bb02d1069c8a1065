"""Words for the core's codes: field names, categories, statuses, education, gender, trainings.

One place, so the form, the list, the detail view and the history all say the same thing. Texts are
marked with QT_TRANSLATE_NOOP (so lupdate finds them) and translated when asked for, so a language
switch takes effect at the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocab"

FIELD_LABELS: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("Vocab", "NIK"),
    "kk_number": QT_TRANSLATE_NOOP("Vocab", "Nomor KK"),
    "full_name": QT_TRANSLATE_NOOP("Vocab", "Nama lengkap"),
    "birth_place": QT_TRANSLATE_NOOP("Vocab", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("Vocab", "Tanggal lahir"),
    "gender": QT_TRANSLATE_NOOP("Vocab", "Jenis kelamin"),
    "address": QT_TRANSLATE_NOOP("Vocab", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("Vocab", "RT"),
    "rw": QT_TRANSLATE_NOOP("Vocab", "RW"),
    "kelurahan_code": QT_TRANSLATE_NOOP("Vocab", "Kelurahan/desa"),
    "phone": QT_TRANSLATE_NOOP("Vocab", "Nomor HP"),
    "education": QT_TRANSLATE_NOOP("Vocab", "Pendidikan terakhir"),
    "category": QT_TRANSLATE_NOOP("Vocab", "Kategori"),
    "former_employer": QT_TRANSLATE_NOOP("Vocab", "Perusahaan terakhir"),
    "phk_date": QT_TRANSLATE_NOOP("Vocab", "Tanggal PHK"),
    "program_code": QT_TRANSLATE_NOOP("Vocab", "Pelatihan"),
    "consent": QT_TRANSLATE_NOOP("Vocab", "Persetujuan"),
    "consent_at": QT_TRANSLATE_NOOP("Vocab", "Waktu persetujuan"),
    "photo": QT_TRANSLATE_NOOP("Vocab", "Foto"),
    "notes": QT_TRANSLATE_NOOP("Vocab", "Catatan"),
    "short_code": QT_TRANSLATE_NOOP("Vocab", "Kode"),
    "registered_by": QT_TRANSLATE_NOOP("Vocab", "Petugas"),
    "registered_at": QT_TRANSLATE_NOOP("Vocab", "Terdaftar"),
    "device_id": QT_TRANSLATE_NOOP("Vocab", "Perangkat"),
    "status": QT_TRANSLATE_NOOP("Vocab", "Status"),
    "card_generation": QT_TRANSLATE_NOOP("Vocab", "Cetakan kartu"),
    "withdrawn_at": QT_TRANSLATE_NOOP("Vocab", "Mengundurkan diri"),
    "withdraw_reason": QT_TRANSLATE_NOOP("Vocab", "Alasan mundur"),
    "duplicate_of": QT_TRANSLATE_NOOP("Vocab", "Kemungkinan ganda dari"),
}

CATEGORIES: dict[str, str] = {
    "phk": QT_TRANSLATE_NOOP("Vocab", "Korban PHK"),
    "buruh_aktif": QT_TRANSLATE_NOOP("Vocab", "Buruh aktif"),
    "keluarga_buruh": QT_TRANSLATE_NOOP("Vocab", "Keluarga buruh"),
    "warga_sekitar": QT_TRANSLATE_NOOP("Vocab", "Warga sekitar pabrik"),
    "umum": QT_TRANSLATE_NOOP("Vocab", "Umum"),
}

STATUSES: dict[str, str] = {
    "terdaftar": QT_TRANSLATE_NOOP("Vocab", "Terdaftar"),
    "terverifikasi": QT_TRANSLATE_NOOP("Vocab", "Terverifikasi"),
    "diterima": QT_TRANSLATE_NOOP("Vocab", "Diterima"),
    "cadangan": QT_TRANSLATE_NOOP("Vocab", "Cadangan"),
    "ditolak": QT_TRANSLATE_NOOP("Vocab", "Ditolak"),
}

EDUCATION: dict[str, str] = {
    "tidak_sekolah": QT_TRANSLATE_NOOP("Vocab", "Tidak/belum sekolah"),
    "belum_tamat_sd": QT_TRANSLATE_NOOP("Vocab", "Belum tamat SD/sederajat"),
    "sd": QT_TRANSLATE_NOOP("Vocab", "Tamat SD/sederajat"),
    "sltp": QT_TRANSLATE_NOOP("Vocab", "SLTP/sederajat"),
    "slta": QT_TRANSLATE_NOOP("Vocab", "SLTA/sederajat"),
    "d1_d2": QT_TRANSLATE_NOOP("Vocab", "Diploma I/II"),
    "d3": QT_TRANSLATE_NOOP("Vocab", "Akademi/Diploma III/Sarjana muda"),
    "s1_d4": QT_TRANSLATE_NOOP("Vocab", "Diploma IV/Strata I"),
    "s2": QT_TRANSLATE_NOOP("Vocab", "Strata II"),
    "s3": QT_TRANSLATE_NOOP("Vocab", "Strata III"),
}

GENDERS: dict[str, str] = {
    "L": QT_TRANSLATE_NOOP("Vocab", "Laki-laki"),
    "P": QT_TRANSLATE_NOOP("Vocab", "Perempuan"),
}

# The one letter of a list's gender column, under its header "L/P" (English: "M/F"): L laki-laki is M
# (male), P perempuan is F (female). Its own context, so the letters are not mistaken for other words.
_LETTER_CONTEXT = "GenderLetter"
GENDER_LETTERS: dict[str, str] = {
    "L": QT_TRANSLATE_NOOP("GenderLetter", "L"),
    "P": QT_TRANSLATE_NOOP("GenderLetter", "P"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _lookup(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return tr(source) if source is not None else code


def field_label(name: str) -> str:
    return _lookup(FIELD_LABELS, name)


def category_name(code: str | None) -> str:
    return _lookup(CATEGORIES, code)


def status_name(code: str | None) -> str:
    return _lookup(STATUSES, code)


def education_name(code: str | None) -> str:
    return _lookup(EDUCATION, code)


def gender_name(code: str | None) -> str:
    return _lookup(GENDERS, code)


def gender_letter(code: str | None) -> str:
    """L or P in Indonesian, M or F in English (as the list's "L/P" column header says)."""
    if code is None:
        return ""
    source = GENDER_LETTERS.get(code)
    return QCoreApplication.translate(_LETTER_CONTEXT, source) if source is not None else code
