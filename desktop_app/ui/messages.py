"""Sentences for the core's error and warning codes, in the user's language.

The core says `nik.birthdate_mismatch`; the form says "Tanggal lahir tidak cocok dengan NIK" next
to the field. Unknown codes still read sensibly (field name + a generic problem), never as a code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.ui.vocab import field_label

_CONTEXT = "Messages"

MESSAGES: dict[str, str] = {
    "nik.required": QT_TRANSLATE_NOOP("Messages", "NIK wajib diisi."),
    "nik.digits": QT_TRANSLATE_NOOP("Messages", "NIK hanya boleh berisi angka."),
    "nik.length": QT_TRANSLATE_NOOP("Messages", "NIK harus 16 digit."),
    "nik.region": QT_TRANSLATE_NOOP("Messages", "Kode wilayah di awal NIK (6 digit pertama) tidak dikenal."),
    "nik.date": QT_TRANSLATE_NOOP("Messages", "Tanggal lahir di NIK (digit 7-12) bukan tanggal yang benar."),
    "nik.serial": QT_TRANSLATE_NOOP("Messages", "Empat digit terakhir NIK tidak boleh 0000."),
    "nik.birthdate_mismatch": QT_TRANSLATE_NOOP("Messages", "Tanggal lahir tidak cocok dengan NIK."),
    "nik.gender_mismatch": QT_TRANSLATE_NOOP("Messages", "Jenis kelamin tidak cocok dengan NIK."),
    "nik.duplicate": QT_TRANSLATE_NOOP("Messages", "NIK ini sudah terdaftar."),
    "kk_number.digits": QT_TRANSLATE_NOOP("Messages", "Nomor KK hanya boleh berisi angka."),
    "kk_number.length": QT_TRANSLATE_NOOP("Messages", "Nomor KK harus 16 digit."),
    "kk_number.region": QT_TRANSLATE_NOOP("Messages", "Kode wilayah di awal nomor KK tidak dikenal."),
    "kk_number.date": QT_TRANSLATE_NOOP("Messages", "Tanggal di nomor KK (digit 7-12) tidak benar."),
    "kk_number.serial": QT_TRANSLATE_NOOP("Messages", "Empat digit terakhir nomor KK tidak boleh 0000."),
    "full_name.invalid": QT_TRANSLATE_NOOP(
        "Messages", "Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung (2-100 huruf)."
    ),
    "birth_place.invalid": QT_TRANSLATE_NOOP("Messages", "Tempat lahir hanya boleh berisi huruf dan spasi."),
    "birth_date.invalid": QT_TRANSLATE_NOOP("Messages", "Tanggal lahir tidak benar (contoh: 17-08-1985)."),
    "birth_date.future": QT_TRANSLATE_NOOP("Messages", "Tanggal lahir tidak boleh di masa depan."),
    "birth_date.out_of_range": QT_TRANSLATE_NOOP("Messages", "Umur peserta harus antara 15 dan 100 tahun."),
    "gender.invalid": QT_TRANSLATE_NOOP("Messages", "Pilih jenis kelamin."),
    "rt.invalid": QT_TRANSLATE_NOOP("Messages", "RT berisi 1-3 angka, bukan 000."),
    "rw.invalid": QT_TRANSLATE_NOOP("Messages", "RW berisi 1-3 angka, bukan 000."),
    "kelurahan_code.unknown": QT_TRANSLATE_NOOP("Messages", "Pilih kelurahan/desa dari daftar."),
    "phone.invalid": QT_TRANSLATE_NOOP("Messages", "Nomor HP tidak benar (contoh: 0812-3456-7890)."),
    "phone.foreign": QT_TRANSLATE_NOOP("Messages", "Nomor HP harus nomor Indonesia."),
    "education.invalid": QT_TRANSLATE_NOOP("Messages", "Pilih pendidikan terakhir."),
    "category.invalid": QT_TRANSLATE_NOOP("Messages", "Pilih kategori."),
    "former_employer.required": QT_TRANSLATE_NOOP(
        "Messages", "Untuk korban PHK, isi nama perusahaan/pabrik terakhir."
    ),
    "phk_date.invalid": QT_TRANSLATE_NOOP("Messages", "Tanggal PHK tidak benar."),
    "phk_date.future": QT_TRANSLATE_NOOP("Messages", "Tanggal PHK tidak boleh di masa depan."),
    "program_code.unknown": QT_TRANSLATE_NOOP("Messages", "Pilih pelatihan."),
    "consent.required": QT_TRANSLATE_NOOP(
        "Messages", "Peserta harus menyetujui pengolahan data sebelum disimpan."
    ),
    "consent_at.invalid": QT_TRANSLATE_NOOP("Messages", "Waktu persetujuan tidak benar."),
    "notes.too_long": QT_TRANSLATE_NOOP("Messages", "Catatan terlalu panjang (paling banyak 2000 huruf)."),
    "status.invalid": QT_TRANSLATE_NOOP("Messages", "Status tidak dikenal."),
    "status.quota_full": QT_TRANSLATE_NOOP(
        "Messages", "Kuota pelatihan ini sudah penuh; jadikan cadangan atau naikkan kuotanya."
    ),
    "duplicate.name_birth": QT_TRANSLATE_NOOP(
        "Messages", "Ada peserta dengan nama dan tanggal lahir yang sama (NIK berbeda). Periksa apakah orangnya sama."
    ),
    "participant.not_found": QT_TRANSLATE_NOOP("Messages", "Peserta tidak ditemukan."),
    "participant.already_withdrawn": QT_TRANSLATE_NOOP("Messages", "Peserta ini sudah mengundurkan diri."),
    "workspace.required": QT_TRANSLATE_NOOP("Messages", "Isi nama ruang kerja."),
    "device.required": QT_TRANSLATE_NOOP("Messages", "Isi nama laptop ini."),
    "officer.required": QT_TRANSLATE_NOOP("Messages", "Isi nama petugas."),
    "workspace.exists": QT_TRANSLATE_NOOP("Messages", "Sudah ada ruang kerja di lokasi ini."),
    "disk.full_or_readonly": QT_TRANSLATE_NOOP(
        "Messages", "Tidak dapat menulis ke disk (penuh atau hanya-baca). Tidak ada data yang berubah."
    ),
    "photo.unreadable": QT_TRANSLATE_NOOP("Messages", "Berkas ini bukan gambar yang dapat dibaca."),
    "photo.too_large": QT_TRANSLATE_NOOP("Messages", "Foto terlalu besar."),
}

_REQUIRED = QT_TRANSLATE_NOOP("Messages", "%1 wajib diisi.")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Messages", "%1: kolom tidak dikenal.")
_NOT_UPDATABLE = QT_TRANSLATE_NOOP("Messages", "%1 tidak dapat diubah di sini.")
_GENERIC = QT_TRANSLATE_NOOP("Messages", "%1: isian tidak benar.")


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def message(code: str) -> str:
    """One sentence for one code, in the current language."""
    if code in MESSAGES:
        return tr(MESSAGES[code])
    field, _, problem = code.rpartition(".")
    template = {"required": _REQUIRED, "unknown_field": _UNKNOWN_FIELD, "not_updatable": _NOT_UPDATABLE}.get(
        problem, _GENERIC
    )
    return tr(template).replace("%1", field_label(field) if field else code)


def field_of(code: str) -> str:
    """The field a code is about (`nik.length` -> `nik`), so the form can show it beside that field."""
    return code.rpartition(".")[0]
