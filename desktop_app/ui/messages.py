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
    # --- cards and printing; background work (desktop_app/ui/background.py) ---
    "cards.none_selected": QT_TRANSLATE_NOOP("Messages", "Tidak ada peserta yang dipilih untuk dicetak kartunya."),
    "cards.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "Folder tujuan PDF tidak ada (flashdisk dicabut?). Tidak ada kartu yang dicetak."
    ),
    "cards.unwritable": QT_TRANSLATE_NOOP(
        "Messages", "PDF kartu tidak dapat ditulis di folder itu; pilih folder lain. Tidak ada kartu yang dicetak."
    ),
    "cards.cancelled": QT_TRANSLATE_NOOP("Messages", "Pencetakan kartu dibatalkan; tidak ada kartu yang dicetak."),
    "cards.printer_failed": QT_TRANSLATE_NOOP(
        "Messages", "Printer tidak dapat dipakai (mati, kertas habis, atau tidak terhubung)."
    ),
    "cards.preview_unavailable": QT_TRANSLATE_NOOP("Messages", "Halaman PDF tidak dapat ditampilkan di komputer ini."),
    "file.permission_denied": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada izin untuk membuka atau menulis berkas di folder itu. Pilih folder lain."
    ),
    "file.io_error": QT_TRANSLATE_NOOP(
        "Messages", "Berkas tidak dapat dibaca atau ditulis (flashdisk dicabut atau rusak?)."
    ),
    "database.busy": QT_TRANSLATE_NOOP(
        "Messages", "Data sedang dipakai proses lain di laptop ini. Tunggu sebentar lalu coba lagi."
    ),
    "unexpected.error": QT_TRANSLATE_NOOP(
        "Messages", "Terjadi kesalahan yang tidak terduga; rinciannya dicatat di log aplikasi."
    ),
    # --- sync: passphrase, bundles, files, folders ---
    "passphrase.required": QT_TRANSLATE_NOOP("Messages", "Ketik kata sandi ruang kerja."),
    "passphrase.wrong": QT_TRANSLATE_NOOP("Messages", "Kata sandi salah. Tidak ada yang diubah."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "Kedua kata sandi tidak sama."),
    "passphrase.too_short": QT_TRANSLATE_NOOP("Messages", "Kata sandi minimal 8 karakter."),
    "passphrase.not_set": QT_TRANSLATE_NOOP(
        "Messages", "Ruang kerja ini belum punya kata sandi sinkronisasi. Buat dulu kata sandinya."
    ),
    "passphrase.already_set": QT_TRANSLATE_NOOP("Messages", "Ruang kerja ini sudah punya kata sandi."),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP("Messages", "Berkas ini bukan berkas Pintu (.pintu)."),
    "bundle.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "Berkas terpotong (mungkin flashdisk dicabut saat menyalin). Salin ulang dari laptop asalnya. "
        "Tidak ada yang diubah.",
    ),
    "bundle.damaged": QT_TRANSLATE_NOOP(
        "Messages", "Berkas rusak (isinya berubah). Salin ulang dari laptop asalnya. Tidak ada yang diubah."
    ),
    "bundle.corrupt": QT_TRANSLATE_NOOP("Messages", "Berkas rusak atau tidak lengkap. Tidak ada yang diubah."),
    "bundle.wrong_passphrase_or_damaged": QT_TRANSLATE_NOOP(
        "Messages", "Berkas tidak dapat dibuka: kata sandinya salah atau berkasnya rusak. Tidak ada yang diubah."
    ),
    "bundle.too_new": QT_TRANSLATE_NOOP(
        "Messages", "Berkas ini dibuat oleh versi Pintu yang lebih baru. Perbarui Pintu di laptop ini dulu."
    ),
    "bundle.too_large": QT_TRANSLATE_NOOP("Messages", "Isi berkas terlalu besar; berkas ditolak."),
    "bundle.other_workspace": QT_TRANSLATE_NOOP(
        "Messages", "Berkas ini milik ruang kerja lain. Tidak ada yang diubah."
    ),
    "file.not_found": QT_TRANSLATE_NOOP("Messages", "Berkas tidak ditemukan (flashdisk dicabut?)."),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "Berkas tidak dapat dibaca."),
    "file.folder_missing": QT_TRANSLATE_NOOP("Messages", "Folder tujuan tidak ada (flashdisk dicabut?)."),
    "file.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "Berkas tidak dapat ditulis (disk penuh, flashdisk dicabut, atau hanya-baca)."
    ),
    "folder.missing": QT_TRANSLATE_NOOP(
        "Messages", "Folder sinkronisasi tidak ditemukan. Pasang flashdisknya atau pilih folder lain."
    ),
    "workspace.folder_missing": QT_TRANSLATE_NOOP("Messages", "Folder basis data tidak ada."),
    # --- encryption at rest and backups (storage/keyfile.py, storage/backup.py) ---
    "unlock.wait": QT_TRANSLATE_NOOP("Messages", "Terlalu banyak percobaan salah. Tunggu sebentar, lalu coba lagi."),
    "recovery.wrong": QT_TRANSLATE_NOOP("Messages", "Kunci pemulihan salah. Tidak ada yang diubah."),
    "recovery.malformed": QT_TRANSLATE_NOOP(
        "Messages", "Kunci pemulihan terdiri dari 32 huruf/angka (8 kelompok berisi 4). Periksa lagi ketikannya."
    ),
    "keys.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Berkas kunci (.keys) tidak ada di samping basis data, jadi data tidak dapat dibuka. "
        "Jika basis data disalin dari laptop lain, salin juga berkas .keys-nya.",
    ),
    "keys.corrupt": QT_TRANSLATE_NOOP("Messages", "Berkas kunci ruang kerja (.keys) rusak."),
    "keys.unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Berkas kunci tidak dapat ditulis (disk penuh atau hanya-baca). Tidak ada yang diubah."
    ),
    "workspace.not_encrypted": QT_TRANSLATE_NOOP(
        "Messages", "Basis data ini tidak terenkripsi, jadi bukan buatan Pintu versi ini. Tidak ada yang diubah."
    ),
    "workspace.not_a_database": QT_TRANSLATE_NOOP(
        "Messages",
        "Basis data tidak dapat dibuka dengan kunci ini: berkasnya rusak, atau berkas .keys di sampingnya "
        "milik ruang kerja lain. Tidak ada yang diubah.",
    ),
    "workspace.unreadable": QT_TRANSLATE_NOOP("Messages", "Ruang kerja tidak dapat dibuka. Tidak ada yang diubah."),
    "backup.folder_unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Folder cadangan tidak dapat ditulis (flashdisk dicabut atau hanya-baca)."
    ),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "Messages", "Cadangan gagal ditulis (disk penuh atau flashdisk dicabut). Data tetap utuh."
    ),
    "backup.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Berkas cadangan tidak dapat dibaca: rusak, atau berkas .keys-nya tidak ikut disalin."
    ),
    "backup.corrupt": QT_TRANSLATE_NOOP("Messages", "Berkas cadangan rusak. Tidak ada yang diubah."),
    "backup.other_workspace": QT_TRANSLATE_NOOP(
        "Messages", "Cadangan ini milik ruang kerja lain. Tidak ada yang diubah."
    ),
    "backup.key_needed": QT_TRANSLATE_NOOP(
        "Messages", "Cadangan ini dari laptop lain: ketik kata sandi atau kunci pemulihan laptop itu."
    ),
    # --- devices, conflicts, duplicates ---
    "device.not_found": QT_TRANSLATE_NOOP("Messages", "Laptop ini tidak dikenal."),
    "device.already_revoked": QT_TRANSLATE_NOOP("Messages", "Kunci laptop ini sudah dicabut."),
    "device.revoke_self": QT_TRANSLATE_NOOP("Messages", "Laptop ini tidak dapat mencabut kuncinya sendiri."),
    "conflict.not_found": QT_TRANSLATE_NOOP("Messages", "Konflik ini tidak ditemukan."),
    "conflict.already_resolved": QT_TRANSLATE_NOOP("Messages", "Konflik ini sudah diputuskan."),
    "duplicate.not_found": QT_TRANSLATE_NOOP("Messages", "Pasangan data ganda ini tidak ditemukan."),
    "duplicate.already_decided": QT_TRANSLATE_NOOP("Messages", "Pasangan ini sudah diputuskan."),
    "duplicate.keep_invalid": QT_TRANSLATE_NOOP("Messages", "Pilih salah satu dari kedua peserta."),
    # --- people, roles and PINs (desktop_app/storage/people.py, desktop_app/core/roles.py) ---
    "role.forbidden": QT_TRANSLATE_NOOP(
        "Messages", "Peran Anda tidak mengizinkan tindakan ini. Minta koordinator untuk melakukannya."
    ),
    "role.invalid": QT_TRANSLATE_NOOP("Messages", "Peran tidak dikenal."),
    "pin.format": QT_TRANSLATE_NOOP("Messages", "PIN harus 4 sampai 8 angka."),
    "pin.too_simple": QT_TRANSLATE_NOOP(
        "Messages", "PIN ini terlalu mudah ditebak (angka sama semua atau berurutan). Pilih PIN lain."
    ),
    "pin.wrong": QT_TRANSLATE_NOOP("Messages", "PIN salah."),
    "pin.wait": QT_TRANSLATE_NOOP("Messages", "Terlalu banyak PIN salah. Tunggu sebentar, lalu coba lagi."),
    "pin.mismatch": QT_TRANSLATE_NOOP("Messages", "Kedua PIN tidak sama."),
    "pin.corrupt": QT_TRANSLATE_NOOP(
        "Messages", "PIN orang ini tidak dapat diperiksa. Minta koordinator membuatkan PIN baru."
    ),
    "person.not_found": QT_TRANSLATE_NOOP("Messages", "Orang ini tidak ada lagi di laptop ini."),
    "person.choose": QT_TRANSLATE_NOOP("Messages", "Pilih nama Anda dari daftar."),
    "person.name_required": QT_TRANSLATE_NOOP("Messages", "Isi nama orangnya."),
    "person.name_too_long": QT_TRANSLATE_NOOP("Messages", "Nama terlalu panjang (paling banyak 60 huruf)."),
    "person.name_taken": QT_TRANSLATE_NOOP("Messages", "Nama ini sudah dipakai orang lain di laptop ini."),
    "person.first_must_be_coordinator": QT_TRANSLATE_NOOP(
        "Messages", "Orang pertama di laptop ini harus koordinator."
    ),
    "person.last_coordinator": QT_TRANSLATE_NOOP(
        "Messages", "Koordinator terakhir tidak dapat dihapus. Tambahkan koordinator lain dulu."
    ),
    "person.remove_self": QT_TRANSLATE_NOOP("Messages", "Anda tidak dapat menghapus diri sendiri."),
    "person.not_signed_in": QT_TRANSLATE_NOOP("Messages", "Masuk dulu dengan nama dan PIN Anda."),
    # --- the Disnaker PHK list ---
    "disnaker.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Daftar Disnaker tidak dapat dibaca. Gunakan berkas CSV atau XLSX."
    ),
    "disnaker.no_header": QT_TRANSLATE_NOOP(
        "Messages", "Kolom NIK dan Nama tidak ditemukan di baris judul daftar."
    ),
    "disnaker.too_large": QT_TRANSLATE_NOOP("Messages", "Daftar terlalu besar."),
    "nik.stored_as_number": QT_TRANSLATE_NOOP(
        "Messages", "NIK tersimpan sebagai angka di lembar kerja; digit terakhirnya mungkin hilang."
    ),
    "nik.duplicate_in_file": QT_TRANSLATE_NOOP("Messages", "NIK muncul lebih dari sekali dalam daftar."),
    # --- classes, sessions and the scan station ---
    "class_name.required": QT_TRANSLATE_NOOP("Messages", "Isi nama kelas."),
    "start_date.invalid": QT_TRANSLATE_NOOP("Messages", "Tanggal mulai tidak benar."),
    "end_date.invalid": QT_TRANSLATE_NOOP("Messages", "Tanggal selesai tidak benar."),
    "end_date.before_start": QT_TRANSLATE_NOOP("Messages", "Tanggal selesai tidak boleh sebelum tanggal mulai."),
    "end_date.too_far": QT_TRANSLATE_NOOP("Messages", "Satu kelas paling lama satu tahun."),
    "start_time.invalid": QT_TRANSLATE_NOOP("Messages", "Jam mulai tidak benar (contoh: 08:00)."),
    "end_time.invalid": QT_TRANSLATE_NOOP("Messages", "Jam selesai tidak benar (contoh: 12:00)."),
    "end_time.before_start": QT_TRANSLATE_NOOP("Messages", "Jam selesai harus sesudah jam mulai."),
    "threshold.invalid": QT_TRANSLATE_NOOP("Messages", "Batas kehadiran untuk sertifikat antara 0 dan 100%."),
    "capacity.invalid": QT_TRANSLATE_NOOP("Messages", "Kapasitas kelas paling sedikit 1 orang."),
    "weekdays.required": QT_TRANSLATE_NOOP("Messages", "Pilih paling sedikit satu hari latihan."),
    "sessions.none": QT_TRANSLATE_NOOP(
        "Messages", "Tidak ada hari latihan di antara tanggal mulai dan tanggal selesai."
    ),
    "class.wrong_program": QT_TRANSLATE_NOOP("Messages", "Peserta ini memilih pelatihan lain."),
    "class.not_found": QT_TRANSLATE_NOOP("Messages", "Kelas tidak ditemukan (mungkin sudah dihapus)."),
    "session.not_found": QT_TRANSLATE_NOOP("Messages", "Sesi tidak ditemukan (mungkin sudah dibatalkan)."),
    "attendance.not_found": QT_TRANSLATE_NOOP("Messages", "Pindaian ini tidak ditemukan."),
    "attendance.already_undone": QT_TRANSLATE_NOOP("Messages", "Pindaian ini sudah dibatalkan."),
    "checkin.code_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Kode peserta ini belum ada di laptop ini. Sinkronkan dulu, atau cari namanya."
    ),
    "checkin.code_typo": QT_TRANSLATE_NOOP(
        "Messages", "Kode peserta tidak benar. Periksa lagi huruf dan angkanya (contoh: MLG-7K3F-Q2X)."
    ),
    "checkin.pick_person": QT_TRANSLATE_NOOP("Messages", "Pilih nama peserta dari daftar."),
    "checkin.nobody_found": QT_TRANSLATE_NOOP("Messages", "Tidak ada peserta dengan nama atau kode itu."),
    "sheet.unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Daftar hadir tidak dapat disimpan di folder itu. Pilih folder lain."
    ),
    # verdicts of a scan: a short title, and the reason in words for the red ones
    "verdict.present": QT_TRANSLATE_NOOP("Messages", "Hadir"),
    "verdict.already_present": QT_TRANSLATE_NOOP("Messages", "Sudah tercatat"),
    "verdict.invalid": QT_TRANSLATE_NOOP("Messages", "Kartu tidak sah"),
    "verdict.unknown_key": QT_TRANSLATE_NOOP("Messages", "Kartu belum dikenal"),
    "verdict.revoked": QT_TRANSLATE_NOOP("Messages", "Kartu ditolak"),
    "verdict.superseded": QT_TRANSLATE_NOOP("Messages", "Kartu lama"),
    "verdict.not_in_class": QT_TRANSLATE_NOOP("Messages", "Bukan peserta kelas ini"),
    "verdict.no_session": QT_TRANSLATE_NOOP("Messages", "Tidak ada sesi"),
    "verdict.invalid.reason": QT_TRANSLATE_NOOP(
        "Messages", "Kode di kartu ini rusak atau sudah diubah. Catat kehadirannya dengan mengetik nama."
    ),
    "verdict.unknown_key.reason": QT_TRANSLATE_NOOP(
        "Messages", "Kartu dicetak di laptop yang belum sinkron dengan laptop ini. Sinkronkan, atau ketik namanya."
    ),
    "verdict.revoked.reason": QT_TRANSLATE_NOOP(
        "Messages", "Kartu dicetak di laptop yang kuncinya sudah dicabut (hilang atau dicuri). Cetak kartu baru."
    ),
    "verdict.superseded.reason": QT_TRANSLATE_NOOP(
        "Messages", "Kartu ini sudah diganti cetakan yang lebih baru. Pakai kartu yang terbaru."
    ),
    "verdict.not_in_class.reason": QT_TRANSLATE_NOOP("Messages", "Peserta ini tidak terdaftar di kelas sesi ini."),
    "verdict.no_session.reason": QT_TRANSLATE_NOOP(
        "Messages", "Belum ada sesi yang dipilih, atau sesi ini sudah dibatalkan. Pilih sesi hari ini."
    ),
    # --- reports, exports, certificates (desktop_app/ui/reports_page.py) ---
    "report.format_unsupported": QT_TRANSLATE_NOOP(
        "Messages", "Jenis berkas tidak didukung: pilih .xlsx, .csv atau .pdf."
    ),
    "report.folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "Folder tujuan tidak ada (flashdisk dicabut?). Tidak ada berkas yang ditulis."
    ),
    "report.unwritable": QT_TRANSLATE_NOOP(
        "Messages", "Berkas tidak dapat ditulis di folder itu; pilih folder lain. Tidak ada yang dicatat."
    ),
    "report.cancelled": QT_TRANSLATE_NOOP("Messages", "Ekspor dibatalkan; tidak ada berkas yang ditulis."),
    "report.no_classes": QT_TRANSLATE_NOOP("Messages", "Belum ada kelas untuk laporan kehadiran."),
    "program.not_found": QT_TRANSLATE_NOOP("Messages", "Pelatihan tidak ditemukan."),
    "certificates.none_eligible": QT_TRANSLATE_NOOP(
        "Messages", "Belum ada peserta kelas ini yang mencapai batas kehadiran untuk sertifikat."
    ),
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
