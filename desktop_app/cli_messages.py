"""Words for the codes the core returns, for the command line (the GUI has its own, via Qt `tr`).

Indonesian by default; English when `PINTU_LANG` (or else `LANG`) starts with "en".
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

# code -> (Bahasa Indonesia, English). A field's own codes are `<field>.<problem>`.
MESSAGES: dict[str, tuple[str, str]] = {
    "nik.required": ("NIK wajib diisi", "NIK is required"),
    "nik.digits": ("NIK hanya boleh berisi angka", "NIK must contain digits only"),
    "nik.length": ("NIK harus 16 digit", "NIK must be 16 digits"),
    "nik.region": ("Kode wilayah NIK (digit 1-6) tidak dikenal", "NIK region (digits 1-6) is unknown"),
    "nik.date": (
        "Tanggal lahir di NIK (digit 7-12) tidak valid",
        "The birth date in the NIK (digits 7-12) is not a date",
    ),
    "nik.serial": (
        "Nomor urut NIK (4 digit terakhir) tidak boleh 0000",
        "The NIK serial (last 4 digits) cannot be 0000",
    ),
    "nik.birthdate_mismatch": ("Tanggal lahir tidak cocok dengan NIK", "Birth date does not match the NIK"),
    "nik.gender_mismatch": ("Jenis kelamin tidak cocok dengan NIK", "Gender does not match the NIK"),
    "nik.duplicate": ("NIK sudah terdaftar", "This NIK is already registered"),
    "nik.duplicate_in_file": (
        "NIK muncul lebih dari sekali dalam berkas",
        "The NIK appears more than once in the file",
    ),
    "kk_number.digits": ("Nomor KK hanya boleh berisi angka", "KK number must contain digits only"),
    "kk_number.length": ("Nomor KK harus 16 digit", "KK number must be 16 digits"),
    "kk_number.region": ("Kode wilayah nomor KK tidak dikenal", "KK number region is unknown"),
    "kk_number.date": ("Tanggal di nomor KK tidak valid", "The date in the KK number is not valid"),
    "kk_number.serial": ("Nomor urut KK tidak boleh 0000", "The KK serial cannot be 0000"),
    "full_name.invalid": ("Nama hanya boleh huruf, spasi, titik, koma, apostrof dan tanda hubung (2-100 karakter)",
                          "Name may hold letters, spaces, . , ' and - only (2-100 characters)"),
    "birth_place.invalid": ("Tempat lahir tidak valid", "Birth place is not valid"),
    "birth_date.invalid": ("Tanggal lahir tidak valid (gunakan TTTT-BB-HH atau HH-BB-TTTT)",
                           "Birth date is not valid (use YYYY-MM-DD or DD-MM-YYYY)"),
    "birth_date.future": ("Tanggal lahir di masa depan", "Birth date is in the future"),
    "birth_date.out_of_range": ("Umur harus antara 15 dan 100 tahun", "Age must be between 15 and 100"),
    "gender.invalid": ("Jenis kelamin harus L atau P", "Gender must be L or P"),
    "rt.invalid": ("RT harus 1-3 angka dan bukan 000", "RT must be 1-3 digits, not 000"),
    "rw.invalid": ("RW harus 1-3 angka dan bukan 000", "RW must be 1-3 digits, not 000"),
    "kelurahan_code.unknown": ("Kode kelurahan/desa tidak dikenal", "Unknown kelurahan/desa code"),
    "phone.invalid": (
        "Nomor HP tidak valid (contoh: 0812-3456-7890)",
        "Phone number is not valid (e.g. 0812-3456-7890)",
    ),
    "phone.foreign": ("Nomor HP harus nomor Indonesia (+62)", "Phone number must be Indonesian (+62)"),
    "education.invalid": ("Pendidikan tidak dikenal", "Unknown education level"),
    "category.invalid": ("Kategori tidak dikenal", "Unknown category"),
    "former_employer.required": (
        "Nama perusahaan terakhir wajib untuk korban PHK",
        "Former employer is required for laid-off workers",
    ),
    "phk_date.invalid": ("Tanggal PHK tidak valid", "PHK date is not valid"),
    "phk_date.future": ("Tanggal PHK di masa depan", "PHK date is in the future"),
    "program_code.unknown": ("Pelatihan tidak dikenal", "Unknown training"),
    "consent.required": ("Persetujuan pengolahan data wajib", "Consent to data processing is required"),
    "consent_at.invalid": ("Waktu persetujuan tidak valid", "Consent time is not valid"),
    "notes.too_long": ("Catatan terlalu panjang (maks. 2000 karakter)", "Notes are too long (max 2000 characters)"),
    "quota.invalid": ("Kuota harus 0 atau lebih", "The quota must be 0 or more"),
    "program.not_found": ("Pelatihan tidak ditemukan", "Training not found"),
    "passphrase.required": (
        "Kata sandi ruang kerja diperlukan: ketik saat diminta, atau gunakan --passphrase-file",
        "The workspace passphrase is needed: type it when asked, or use --passphrase-file",
    ),
    "passphrase.mismatch": ("Kedua kata sandi tidak sama", "The two passphrases differ"),
    "passphrase.too_short": ("Kata sandi minimal 8 karakter", "The passphrase needs at least 8 characters"),
    "passphrase.wrong": ("Kata sandi salah; tidak ada yang diubah", "Wrong passphrase; nothing was changed"),
    "passphrase.not_set": (
        "Ruang kerja ini belum punya kata sandi sinkronisasi; buat dengan `pintu set-passphrase`",
        "This workspace has no sync passphrase yet; set one with `pintu set-passphrase`",
    ),
    "passphrase.already_set": ("Kata sandi sudah ada", "A passphrase is already set"),
    "unlock.wait": ("Terlalu banyak percobaan salah; coba lagi setelah {seconds} detik",
                    "Too many wrong tries; try again in {seconds} seconds"),
    "recovery.wrong": ("Kunci pemulihan salah; tidak ada yang diubah", "Wrong recovery key; nothing was changed"),
    "recovery.malformed": ("Kunci pemulihan harus 32 huruf/angka (8 kelompok berisi 4)",
                           "A recovery key is 32 letters and digits (8 groups of 4)"),
    "keys.missing": ("Berkas kunci ruang kerja (.keys) tidak ada di samping basis data; tanpa itu data "
                     "tidak dapat dibuka. Salin juga berkas .keys-nya", "The workspace key file (.keys) is "
                     "missing next to the database; without it the data cannot be opened. Copy its .keys file too"),
    "keys.corrupt": ("Berkas kunci ruang kerja (.keys) rusak", "The workspace key file (.keys) is damaged"),
    "keys.unwritable": ("Berkas kunci tidak dapat ditulis; tidak ada yang diubah",
                        "The key file cannot be written; nothing was changed"),
    "workspace.not_encrypted": ("Basis data ini tidak terenkripsi (bukan buatan Pintu versi ini)",
                                "This database is not encrypted (not written by this Pintu)"),
    "backup.key_needed": ("Cadangan ini dari laptop lain: berikan kata sandi atau kunci pemulihannya",
                          "This backup is from another laptop: give its passphrase or recovery key"),
    "bundle.not_a_bundle": ("Berkas ini bukan berkas Pintu (.pintu)", "This file is not a Pintu bundle (.pintu)"),
    "bundle.truncated": (
        "Berkas terpotong (mungkin flashdisk dicabut saat menyalin); salin ulang dari laptop asalnya",
        "The file is cut short (perhaps the USB stick was pulled while copying); copy it again",
    ),
    "bundle.damaged": (
        "Berkas rusak (isinya berubah); salin ulang dari laptop asalnya",
        "The file is damaged (its contents changed); copy it again from its laptop",
    ),
    "bundle.corrupt": ("Berkas rusak atau tidak lengkap", "The file is damaged or incomplete"),
    "bundle.wrong_passphrase_or_damaged": (
        "Berkas tidak dapat dibuka: kata sandi salah atau berkas rusak", "Cannot open: wrong passphrase or damaged"),
    "bundle.too_new": (
        "Berkas ini dibuat oleh versi Pintu yang lebih baru; perbarui Pintu",
        "This file was made by a newer Pintu; update Pintu",
    ),
    "bundle.too_large": ("Isi berkas terlalu besar; berkas ditolak", "The file's contents are too large; refused"),
    "bundle.other_workspace": (
        "Berkas ini milik ruang kerja lain; tidak ada yang diubah",
        "This file belongs to another workspace; nothing was changed",
    ),
    "file.not_found": ("Berkas tidak ditemukan", "File not found"),
    "file.folder_missing": ("Folder tujuan tidak ada", "The target folder does not exist"),
    "file.write_failed": (
        "Berkas tidak dapat ditulis (disk penuh, flashdisk dicabut, atau hanya-baca)",
        "The file could not be written (disk full, USB stick pulled, or read-only)",
    ),
    "folder.missing": ("Folder sinkronisasi tidak ada", "The sync folder does not exist"),
    "device.not_found": ("Laptop tidak dikenal", "Unknown laptop"),
    "device.already_revoked": ("Kunci laptop ini sudah dicabut", "This laptop's key is already revoked"),
    "device.revoke_self": ("Laptop ini tidak dapat mencabut kuncinya sendiri", "A laptop cannot revoke its own key"),
    "conflict.not_found": ("Konflik tidak ditemukan", "Conflict not found"),
    "conflict.already_resolved": ("Konflik ini sudah diputuskan", "This conflict is already resolved"),
    "duplicate.not_found": ("Pasangan ganda tidak ditemukan", "Duplicate pair not found"),
    "duplicate.already_decided": ("Pasangan ini sudah diputuskan", "This pair is already decided"),
    "duplicate.keep_invalid": ("Pilih salah satu dari kedua peserta", "Choose one of the two participants"),
    "duplicate.keep_required": ("Sebutkan data yang dipertahankan (--keep) atau --different",
                                "Say which record stays (--keep) or use --different"),
    "disnaker.unreadable": ("Daftar Disnaker tidak dapat dibaca (CSV atau XLSX)", "The Disnaker list cannot be read"),
    "disnaker.no_header": ("Kolom NIK dan Nama tidak ditemukan di daftar", "No NIK and Nama columns in the list"),
    "disnaker.too_large": ("Daftar terlalu besar", "The list is too large"),
    "class.not_found": ("Kelas tidak ditemukan", "Class not found"),
    "session.not_found": ("Sesi tidak ditemukan", "Session not found"),
    "class_name.required": ("Nama kelas wajib diisi", "The class name is required"),
    "start_date.invalid": ("Tanggal mulai tidak valid", "The start date is not valid"),
    "end_date.invalid": ("Tanggal selesai tidak valid", "The end date is not valid"),
    "end_date.before_start": ("Tanggal selesai sebelum tanggal mulai", "The end date is before the start"),
    "end_date.too_far": ("Kelas paling lama satu tahun", "A class lasts at most a year"),
    "start_time.invalid": ("Jam mulai tidak valid (contoh 08:00)", "The start time is not valid (e.g. 08:00)"),
    "end_time.invalid": ("Jam selesai tidak valid (contoh 12:00)", "The end time is not valid (e.g. 12:00)"),
    "end_time.before_start": ("Jam selesai harus sesudah jam mulai", "The end time must be after the start"),
    "threshold.invalid": ("Ambang kehadiran 0-100%", "The attendance threshold is 0-100%"),
    "capacity.invalid": ("Kapasitas kelas minimal 1", "The class capacity is at least 1"),
    "at.invalid": ("Waktu tidak valid (contoh 2026-12-07T08:05)", "The time is not valid (e.g. 2026-12-07T08:05)"),
    "attendance.not_found": ("Catatan kehadiran tidak ditemukan", "Attendance record not found"),
    "attendance.already_undone": ("Catatan ini sudah dibatalkan", "This scan was already undone"),
    "backup.folder_unwritable": ("Folder cadangan tidak dapat ditulis", "The backup folder cannot be written"),
    "backup.write_failed": ("Cadangan gagal ditulis (disk penuh atau flashdisk dicabut)",
                            "The backup could not be written (disk full or USB stick pulled)"),
    "backup.unreadable": ("Berkas cadangan tidak dapat dibaca", "The backup file cannot be read"),
    "backup.corrupt": ("Berkas cadangan rusak; tidak ada yang diubah", "The backup is damaged; nothing was changed"),
    "backup.other_workspace": ("Cadangan ini milik ruang kerja lain; tidak ada yang diubah",
                               "This backup belongs to another workspace; nothing was changed"),
    "participant.not_withdrawn": ("Peserta ini tidak sedang mundur", "This participant has not withdrawn"),
    "participant.merged": ("Data ini sudah digabung ke peserta lain", "This record was merged into another"),
    "status.invalid": ("Status tidak dikenal", "Unknown status"),
    "line.malformed_json": ("Baris bukan JSON yang valid", "The line is not valid JSON"),
    "line.not_an_object": ("Baris harus berupa objek JSON", "The line must be a JSON object"),
    "set.malformed": ("Gunakan --set nama_kolom=nilai", "Use --set field=value"),
    "validation.failed": ("Data tidak valid", "The data is not valid"),
    "participant.not_found": ("Peserta tidak ditemukan", "Participant not found"),
    "participant.already_withdrawn": ("Peserta sudah mengundurkan diri", "The participant has already withdrawn"),
    "workspace.missing": ("Belum ada ruang kerja di sini; buat dengan `pintu init`",
                          "No workspace here; create one with `pintu init`"),
    "workspace.folder_missing": ("Folder basis data tidak ada", "The database folder does not exist"),
    "workspace.exists": ("Ruang kerja sudah ada di lokasi ini", "A workspace already exists at this location"),
    "workspace.not_a_database": (
        "Berkas ini bukan basis data Pintu (atau rusak)",
        "This file is not a Pintu database (or is damaged)",
    ),
    "workspace.too_new": ("Basis data ini dibuat oleh versi Pintu yang lebih baru; perbarui Pintu",
                          "This database was written by a newer Pintu; update Pintu"),
    "workspace.required": ("Nama ruang kerja wajib diisi", "Workspace name is required"),
    "device.required": ("Nama laptop wajib diisi", "Device name is required"),
    "officer.required": ("Nama petugas wajib diisi", "Officer name is required"),
    "demo.not_empty": ("Ruang kerja ini sudah berisi peserta; data demo tidak ditambahkan",
                       "This workspace already has participants; no demo data added"),
    "file.unreadable": ("Berkas tidak dapat dibaca", "The file cannot be read"),
    "cards.none_selected": ("Tidak ada peserta yang dipilih untuk dicetak kartunya",
                            "No participants selected for printing"),
    "cards.folder_missing": ("Folder tujuan PDF tidak ada", "The folder for the PDF does not exist"),
    "cards.unwritable": ("PDF kartu tidak dapat ditulis; tidak ada kartu yang dicetak",
                         "Cannot write the card PDF; no cards were issued"),
    "cards.cancelled": ("Pencetakan kartu dibatalkan; tidak ada kartu yang dicetak",
                        "Card printing cancelled; no cards were issued"),
    "card.malformed": ("Kode kartu tidak dapat dibaca", "The card code cannot be read"),
    "card.bad_signature": ("Tanda tangan kartu tidak sah (kode diubah atau kartu palsu)",
                           "The card's signature is not valid (changed code or forged card)"),
    "card.unknown_key": ("Kartu ditandatangani laptop yang belum dikenal (sinkronkan dulu)",
                         "The card was signed by an unknown laptop (sync first)"),
    "card.revoked_key": ("Kartu ditandatangani laptop yang sudah dicabut",
                         "The card was signed by a revoked laptop"),
    "card.superseded": ("Kartu lama: kartu yang lebih baru sudah dicetak",
                        "Old card: a newer card has been printed"),
    "disk.full_or_readonly": ("Tidak dapat menulis ke disk (penuh atau hanya-baca); tidak ada data yang berubah",
                              "Cannot write to the disk (full or read-only); nothing was changed"),
    # reports, exports, certificates
    "report.format_unsupported": ("Jenis berkas tidak didukung: gunakan .xlsx, .csv atau .pdf",
                                  "Unsupported file type: use .xlsx, .csv or .pdf"),
    "report.kind_unknown": ("Laporan tidak dikenal (registrations, attendance, summary)",
                            "Unknown report (registrations, attendance, summary)"),
    "report.folder_missing": ("Folder tujuan laporan tidak ada", "The folder for the report does not exist"),
    "report.unwritable": ("Berkas laporan tidak dapat ditulis; tidak ada yang dicatat",
                          "The report file could not be written; nothing was logged"),
    "report.cancelled": ("Ekspor dibatalkan; tidak ada berkas yang ditulis", "Export cancelled; no file was written"),
    "report.no_classes": ("Belum ada kelas untuk laporan kehadiran", "There are no classes to report on yet"),
    "report.class_only_attendance": ("--class hanya berlaku untuk laporan kehadiran (attendance)",
                                     "--class applies to the attendance report only"),
    "report.unmasked_warning": (
        "Perhatian: NIK dan nomor KK ditulis lengkap. Simpan dan kirim berkas ini dengan aman; ekspor ini tercatat.",
        "Warning: NIK and KK numbers are written in full. Keep and send this file securely; this export is logged.",
    ),
    "date.invalid": ("Tanggal tidak valid (gunakan TTTT-BB-HH atau HH-BB-TTTT)",
                     "The date is not valid (use YYYY-MM-DD or DD-MM-YYYY)"),
    "date.range_reversed": ("Tanggal akhir sebelum tanggal awal", "The end date is before the start date"),
    "class.ambiguous": ("Lebih dari satu kelas bernama begitu; gunakan id kelas",
                        "More than one class has that name; use the class id"),
    "certificates.none_eligible": (
        "Belum ada peserta kelas ini yang mencapai batas kehadiran untuk sertifikat",
        "No member of this class has reached the attendance threshold for a certificate yet",
    ),
    "certificate.malformed": ("Kode sertifikat tidak dapat dibaca", "The certificate code cannot be read"),
    "certificate.bad_signature": ("Tanda tangan sertifikat tidak sah (kode diubah atau sertifikat palsu)",
                                  "The certificate's signature is not valid (changed code or forged)"),
    "certificate.unknown_key": ("Sertifikat ditandatangani laptop yang belum dikenal (sinkronkan dulu)",
                                "The certificate was signed by an unknown laptop (sync first)"),
    "certificate.revoked_key": ("Sertifikat ditandatangani laptop yang kuncinya sudah dicabut",
                                "The certificate was signed by a laptop whose key is revoked"),
}


def language() -> str:
    lang = os.environ.get("PINTU_LANG") or os.environ.get("LANG") or "id"
    return "en" if lang.lower().startswith("en") else "id"


def message(code: str, **details: Any) -> str:
    """A sentence for a code; an unknown field's code still reads sensibly."""
    index = 1 if language() == "en" else 0
    if code in MESSAGES:
        text = MESSAGES[code][index]
    elif code.endswith(".required"):
        field = code.rsplit(".", 1)[0]
        text = f"{field}: " + ("wajib diisi" if index == 0 else "is required")
    elif code.endswith(".unknown_field"):
        field = code.rsplit(".", 1)[0]
        text = f"{field}: " + ("kolom tidak dikenal" if index == 0 else "unknown field")
    elif code.endswith(".not_updatable"):
        field = code.rsplit(".", 1)[0]
        text = f"{field}: " + ("tidak dapat diubah" if index == 0 else "cannot be changed")
    else:
        text = code
    if "{" in text:
        with contextlib.suppress(KeyError, IndexError, ValueError):
            text = text.format(**details)
    extra = details.get("path") or details.get("folder") or details.get("key")
    return f"{text} ({extra})" if extra else text
