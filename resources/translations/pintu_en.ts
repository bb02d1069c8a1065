<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="145"/>
        <source>Centang peserta yang masuk kelas ini.</source>
        <translation>Tick the participants who join this class.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="148"/>
        <source>%1 dipilih: %2 masuk kelas, %3 masuk daftar cadangan (kelas penuh).</source>
        <translation>%1 chosen: %2 join the class, %3 go on the waiting list (class full).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="152"/>
        <source>%1 dipilih: semua masuk kelas.</source>
        <translation>%1 chosen: all join the class.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="165"/>
        <source>Tambah peserta ke kelas</source>
        <translation>Add participants to the class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="166"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="170"/>
        <source>Kelas ini: %1 dari %2 tempat terisi, sisa %3. Pelatihan %4: kuota %5, %6 sudah diterima.</source>
        <translation>This class: %1 of %2 places taken, %3 left. %4 training: quota %5, %6 accepted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="174"/>
        <source>Urutan daftar = urutan pendaftaran: yang lebih dulu mendaftar, lebih dulu masuk.</source>
        <translation>The list is in order of registration: first registered, first in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="176"/>
        <source>Tidak ada peserta terverifikasi atau diterima tanpa kelas. Verifikasi dulu di halaman Peserta.</source>
        <translation>No verified or accepted participants without a class. Verify them first on the Participants page.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="177"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="177"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="177"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="178"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="179"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="180"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="181"/>
        <source>Masukkan ke kelas</source>
        <translation>Add to class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/assign_dialog.py" line="182"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="70"/>
        <source>Simpan daftar hadir</source>
        <translation>Save attendance sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="71"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="82"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="83"/>
        <source>Daftar hadir disimpan: %1</source>
        <translation>Attendance sheet saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="190"/>
        <source>Rekap kehadiran</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="233"/>
        <source>Kelas ini belum punya sesi.</source>
        <translation>This class has no sessions yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="241"/>
        <source>Terlambat %1 menit</source>
        <translation>%1 minutes late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="244"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="246"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="249"/>
        <source>(belum tersinkron)</source>
        <translation>(not synced yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="250"/>
        <source>Kartu sah, data menyusul</source>
        <translation>Valid card, data to follow</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="262"/>
        <source>Hadir %1 dari %2 · terlambat %3 · tidak hadir %4</source>
        <translation>%1 of %2 present · %3 late · %4 absent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="264"/>
        <source>Sesi %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="280"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="284"/>
        <source>Layak</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="284"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="288"/>
        <source>%1 sesi sudah berjalan · sertifikat bila hadir paling sedikit %2% · %3 dari %4 peserta layak</source>
        <translation>%1 sessions held · certificate at %2% attendance or more · %3 of %4 participants eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="308"/>
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="309"/>
        <source>Cetak daftar hadir…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="310"/>
        <source>Simpan daftar hadir sesi ini sebagai PDF, dengan kolom tanda tangan</source>
        <translation>Save this session&apos;s attendance sheet as a PDF, with a signature column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="311"/>
        <source>Seluruh kelas</source>
        <translation>Whole class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="313"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="313"/>
        <location filename="../../desktop_app/ui/attendance_page.py" line="315"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="315"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="313"/>
        <source>Jam datang</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="313"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="315"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="315"/>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attendance_page.py" line="315"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="128"/>
        <source>saat dibuka</source>
        <translation>at start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="128"/>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="129"/>
        <source>sebelum impor</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="129"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="130"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="141"/>
        <source>Pilih folder cadangan (misalnya flashdisk)</source>
        <translation>Choose a backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="153"/>
        <source>Membuat cadangan…</source>
        <translation>Making a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="158"/>
        <source>Cadangan dibuat: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="169"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="169"/>
        <source>Cadangan Pintu (*.sqlite)</source>
        <translation>Pintu backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="181"/>
        <source>Kata sandi cadangan</source>
        <translation>Backup password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="200"/>
        <source>Pulihkan cadangan dari %1?

Cadangan: %2 peserta aktif, %3 perubahan tercatat.
Sekarang: %4 peserta aktif.

Keadaan sekarang disalin dulu sebagai cadangan &quot;sebelum pemulihan&quot;, jadi tidak ada yang hilang. Perubahan setelah tanggal cadangan yang sudah dikirim ke laptop lain kembali lewat sinkronisasi. Jendela Pintu akan dibuka ulang.</source>
        <translation>Restore the backup from %1?

Backup: %2 active participants, %3 recorded changes.
Now: %4 active participants.

The current state is copied first as a &quot;before restore&quot; backup, so nothing is lost. Changes after the backup&apos;s date that already went to other laptops come back through sync. The Pintu window will reopen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="210"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="211"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="212"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="235"/>
        <source>Kata sandi untuk membuka laptop ini sudah diganti.</source>
        <translation>The password that opens this laptop has been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="238"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="240"/>
        <source>Pintu menyalin ruang kerja saat dibuka, setiap hari, dan sebelum setiap impor; 10 salinan terakhir dari tiap jenis disimpan. Salinan terenkripsi seperti datanya; berkas .keys ikut di sampingnya. Simpan juga salinan di flashdisk, di luar laptop.</source>
        <translation>Pintu copies the workspace at start, every day and before every import; the last 10 copies of each kind are kept. Copies are encrypted like the data, with the .keys file beside them. Keep a copy on a USB stick too, away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="243"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="243"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="243"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="244"/>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="245"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="246"/>
        <source>Cadangkan ke flashdisk…</source>
        <translation>Back up to a USB stick…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="247"/>
        <source>Pulihkan yang dipilih…</source>
        <translation>Restore the selected one…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="248"/>
        <source>Pulihkan dari berkas…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="249"/>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="30"/>
        <source>Tidak ada kamera di laptop ini. Pilih foto dari berkas, atau lanjutkan tanpa foto.</source>
        <translation>This laptop has no camera. Choose a photo from a file, or carry on without a photo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="190"/>
        <source>Kamera tidak dapat dipakai: %1</source>
        <translation>The camera cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="193"/>
        <source>Foto tidak dapat diambil: %1</source>
        <translation>The photo could not be taken: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="204"/>
        <source>Ambil foto dengan kamera</source>
        <translation>Take a photo with the camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="205"/>
        <source>Kamera:</source>
        <translation>Camera:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="206"/>
        <source>Ambil foto</source>
        <translation>Take photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="207"/>
        <source>Ulangi</source>
        <translation>Retake</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="208"/>
        <source>Pakai foto ini</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_dialog.py" line="209"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="378"/>
        <source>Kamera tidak dapat dipakai: %1</source>
        <translation>The camera cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="388"/>
        <source>Matikan kamera</source>
        <translation>Turn camera off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="388"/>
        <source>Nyalakan kamera</source>
        <translation>Turn camera on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="389"/>
        <source>Pindai kartu dengan kamera laptop</source>
        <translation>Scan cards with the laptop&apos;s camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="390"/>
        <source>Kamera yang dipakai</source>
        <translation>Camera in use</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="398"/>
        <source>Kamera tidak tersedia di versi Pintu ini. Pindai dengan pemindai USB, atau ketik kode atau nama.</source>
        <translation>The camera is not available in this version of Pintu. Scan with a USB scanner, or type the code or name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="401"/>
        <source>Tidak ada kamera di laptop ini. Pindai dengan pemindai USB, atau ketik kode atau nama.</source>
        <translation>This laptop has no camera. Scan with a USB scanner, or type the code or name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/camera_scanner.py" line="403"/>
        <source>Arahkan kode QR di kartu ke kamera, kira-kira sejengkal jaraknya.</source>
        <translation>Hold the card&apos;s QR code towards the camera, about a hand&apos;s span away.</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="208"/>
        <source>Kuota pelatihan %1: %2 orang, %3 sudah diterima</source>
        <translation>%1 training quota: %2 people, %3 accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="229"/>
        <source>%1 sesi, %2 sampai %3, pukul %4–%5.</source>
        <translation>%1 sessions, %2 to %3, %4–%5.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="233"/>
        <source>Belum ada sesi: periksa tanggal dan hari latihan.</source>
        <translation>No sessions yet: check the dates and training days.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="307"/>
        <source>Buat kelas baru</source>
        <translation>New class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="309"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="309"/>
        <source>Nama kelas</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="309"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="310"/>
        <source>Pelatih</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="310"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="311"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="311"/>
        <source>Hari latihan</source>
        <translation>Training days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="312"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="312"/>
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="313"/>
        <source>Sertifikat bila hadir</source>
        <translation>Certificate from attendance of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="317"/>
        <source>mis. Barista Angkatan 1</source>
        <translation>e.g. Barista Batch 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="318"/>
        <source>mis. UPT Pelatihan Kerja, Jl. Raya Tlogomas</source>
        <translation>e.g. UPT Pelatihan Kerja, Jl. Raya Tlogomas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="319"/>
        <source>Nama pelatih</source>
        <translation>Trainer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="320"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="321"/>
        <source>Persentase sesi yang harus dihadiri untuk mendapat sertifikat</source>
        <translation>The share of sessions a participant must attend to get a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="322"/>
        <source>Berapa orang yang diterima di kelas ini; sisanya masuk daftar cadangan</source>
        <translation>How many people this class takes; the rest go on the waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="326"/>
        <source>Buat kelas</source>
        <translation>Create class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/class_dialog.py" line="327"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="211"/>
        <location filename="../../desktop_app/ui/main_window.py" line="87"/>
        <source>Kelas &amp; Jadwal</source>
        <translation>Classes &amp; Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="242"/>
        <source>%1 kelas</source>
        <translation>%1 classes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="278"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="286"/>
        <source>Pelatih: %1</source>
        <translation>Trainer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="287"/>
        <source>Sertifikat bila hadir ≥ %1%</source>
        <translation>Certificate at ≥ %1% attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="321"/>
        <source>%1 dari %2 tempat terisi, sisa %3</source>
        <translation>%1 of %2 places taken, %3 left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="330"/>
        <source>Daftar cadangan pelatihan %1, urut pendaftaran. Bila ada tempat kosong, tambahkan dari tab Anggota.</source>
        <translation>Waiting list of the %1 training, in order of registration. When a place is free, add from the Members tab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="333"/>
        <source>Jadwal (%1 sesi)</source>
        <translation>Schedule (%1 sessions)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="334"/>
        <source>Anggota (%1/%2)</source>
        <translation>Members (%1/%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="336"/>
        <source>Cadangan (%1)</source>
        <translation>Waiting list (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="364"/>
        <source>Kelas %1 dibuat dengan %2 sesi.</source>
        <translation>Class %1 created with %2 sessions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="381"/>
        <source>Sesi diubah.</source>
        <translation>Session changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="391"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="393"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="477"/>
        <source>Batalkan sesi</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="392"/>
        <source>Batalkan sesi %1? Sesi ini hilang dari jadwal dan tidak dihitung di rekap.</source>
        <translation>Cancel session %1? It leaves the schedule and is not counted in the summary.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="393"/>
        <source>Jangan</source>
        <translation>Don&apos;t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="400"/>
        <source>Sesi %1 dibatalkan.</source>
        <translation>Session %1 cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="417"/>
        <source>%1 peserta masuk kelas.</source>
        <translation>%1 participants joined the class.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="419"/>
        <source>%1 masuk daftar cadangan karena kelas penuh.</source>
        <translation>%1 went on the waiting list because the class is full.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="452"/>
        <source>Semua pelatihan</source>
        <translation>All trainings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="460"/>
        <source>Pelatihan:</source>
        <translation>Training:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="461"/>
        <source>Buat kelas…</source>
        <translation>New class…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="462"/>
        <source>Kelas baru untuk sebuah pelatihan, dengan jadwal sesinya</source>
        <translation>A new class for a training, with its session schedule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="464"/>
        <source>Belum ada kelas. Buat kelas dulu (pilih pelatihan, tanggal dan hari latihan), lalu isi pesertanya.</source>
        <translation>No classes yet. Create a class first (choose the training, dates and training days), then add its participants.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="466"/>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="466"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="466"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="469"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="466"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="466"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="467"/>
        <source>Pelatih</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="467"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="469"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="471"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="473"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="469"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="469"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="469"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="470"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="471"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="473"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="471"/>
        <location filename="../../desktop_app/ui/classes_page.py" line="473"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="472"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="474"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="475"/>
        <source>Ubah sesi…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="476"/>
        <source>Pindahkan tanggal atau ubah jam sesi yang dipilih</source>
        <translation>Move the date or change the time of the selected session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="478"/>
        <source>Hapus sesi yang dipilih dari jadwal</source>
        <translation>Remove the selected session from the schedule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="479"/>
        <source>Tambah peserta…</source>
        <translation>Add participants…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/classes_page.py" line="480"/>
        <source>Masukkan peserta terverifikasi atau diterima ke kelas ini</source>
        <translation>Add verified or accepted participants to this class</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="175"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="195"/>
        <source>Dipakai sekarang</source>
        <translation>In use now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="195"/>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="208"/>
        <source>Pakai nilai ini</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="245"/>
        <source>laptop belum dikenal</source>
        <translation>unknown laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="247"/>
        <source>oleh %1</source>
        <translation>by %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="114"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="127"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="127"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="142"/>
        <source>Konflik: dua laptop mengubah isian yang sama</source>
        <translation>Conflicts: two laptops changed the same field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="145"/>
        <source>Nilai yang tertulis &quot;Dipakai sekarang&quot; sudah berlaku di semua laptop. Periksa keduanya, lalu pilih yang benar. Pilihan Anda ikut terkirim pada sinkronisasi berikutnya.</source>
        <translation>The value marked &quot;In use now&quot; already applies on every laptop. Check both, then choose the right one. Your choice is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conflicts_page.py" line="149"/>
        <source>Tidak ada konflik yang perlu ditinjau.</source>
        <translation>No conflicts to review.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="116"/>
        <source>Laptop ini: %1 perubahan belum dikirim.</source>
        <translation>This laptop: %1 changes not sent yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="117"/>
        <source>Laptop ini: semua perubahan sudah dikirim.</source>
        <translation>This laptop: all changes have been sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="127"/>
        <source>%1 (laptop ini)</source>
        <translation>%1 (this laptop)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="144"/>
        <source>hanya lewat laptop lain</source>
        <translation>only through other laptops</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="151"/>
        <source>Kunci dicabut %1</source>
        <translation>Key revoked %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="154"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="180"/>
        <source>Cabut kunci laptop</source>
        <translation>Revoke laptop key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="181"/>
        <source>Cabut kunci &quot;%1&quot; (petugas: %2)?</source>
        <translation>Revoke the key of &quot;%1&quot; (officer: %2)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="184"/>
        <source>Lakukan ini hanya bila laptop itu hilang atau dicuri. Setelah dicabut, SEMUA kartu peserta yang dicetak di laptop itu ditolak saat absensi (di setiap laptop, setelah sinkronisasi), dan peserta tersebut perlu kartu baru. Data yang sudah dikirim laptop itu tetap tersimpan. Pencabutan tidak dapat dibatalkan.</source>
        <translation>Do this only if that laptop was lost or stolen. Once revoked, ALL participant cards printed on that laptop are refused at attendance (on every laptop, after syncing), and those participants need new cards. The data that laptop already sent is kept. Revoking cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="190"/>
        <source>Ya, cabut kuncinya</source>
        <translation>Yes, revoke the key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="192"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="212"/>
        <source>Kunci &quot;%1&quot; dicabut. Sinkronkan agar laptop lain ikut menolak kartunya.</source>
        <translation>The key of &quot;%1&quot; is revoked. Sync so that the other laptops refuse its cards too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="221"/>
        <source>Perangkat ruang kerja ini</source>
        <translation>Devices of this workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="224"/>
        <source>Setiap laptop yang pernah bergabung. &quot;Data terakhir tiba&quot; adalah saat berkas laptop itu terakhir diimpor di sini; &quot;Perubahan&quot; adalah jumlah perubahan buatan laptop itu yang sudah ada di sini.</source>
        <translation>Every laptop that has ever joined. &quot;Last data arrived&quot; is when that laptop&apos;s file was last imported here; &quot;Changes&quot; is the number of that laptop&apos;s changes that are here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="230"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="231"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="232"/>
        <source>ID kunci</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="233"/>
        <source>Data terakhir tiba</source>
        <translation>Last data arrived</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="234"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="235"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="238"/>
        <source>Cabut kunci laptop terpilih…</source>
        <translation>Revoke the selected laptop&apos;s key…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/devices_page.py" line="239"/>
        <source>Untuk laptop yang hilang atau dicuri</source>
        <translation>For a laptop that was lost or stolen</translation>
    </message>
</context>
<context>
    <name>DisnakerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="183"/>
        <source>Pilih daftar PHK dari Disnaker</source>
        <translation>Choose the Disnaker lay-off list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="184"/>
        <source>Daftar (*.csv *.xlsx *.xlsm);;Semua berkas (*)</source>
        <translation>Lists (*.csv *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="209"/>
        <source>Membaca dan mencocokkan daftar…</source>
        <translation>Reading and matching the list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="222"/>
        <source>Menandai peserta…</source>
        <translation>Marking participants…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="258"/>
        <source>Pratinjau: %1 peserta terdaftar cocok dengan daftar. Belum ada yang diubah; tekan &quot;Tandai terverifikasi&quot; untuk menandai mereka sebagai korban PHK terverifikasi.</source>
        <translation>Preview: %1 registered participants match the list. Nothing has changed yet; press &quot;Mark verified&quot; to mark them as verified laid-off workers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="261"/>
        <source>Tidak ada peserta terdaftar yang cocok dengan daftar ini. Tidak ada yang diubah.</source>
        <translation>No registered participant matches this list. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="272"/>
        <source>Selesai: %1 peserta yang ada di daftar kini terverifikasi sebagai korban PHK. Perubahan ini ikut terkirim pada sinkronisasi berikutnya.</source>
        <translation>Done: %1 participants on the list are now verified as laid-off workers. This change is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="279"/>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="375"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="333"/>
        <source>Cocok</source>
        <translation>Matched</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="334"/>
        <source>Di daftar, belum mendaftar</source>
        <translation>On the list, not registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="335"/>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="358"/>
        <source>PHK terdaftar, tidak di daftar</source>
        <translation>Registered as laid off, not on the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="336"/>
        <source>Baris bermasalah</source>
        <translation>Problem rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="343"/>
        <source>Daftar PHK dari Disnaker</source>
        <translation>Disnaker lay-off list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="346"/>
        <source>Pilih berkas CSV atau XLSX dari Disnaker dengan kolom NIK, Nama dan Perusahaan (judul kolom berbahasa Indonesia, urutan bebas). Pintu mencocokkan NIK dengan peserta terdaftar dan menunjukkan hasilnya dulu; tidak ada yang diubah sebelum Anda menekan &quot;Tandai terverifikasi&quot;.</source>
        <translation>Choose a CSV or XLSX file from Disnaker with NIK, Nama and Perusahaan columns (Indonesian column titles, in any order). Pintu matches the NIKs with registered participants and shows the result first; nothing changes until you press &quot;Mark verified&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="351"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="353"/>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="355"/>
        <source>tercantum di daftar</source>
        <translation>on the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="356"/>
        <source>cocok dengan peserta</source>
        <translation>match participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="357"/>
        <source>belum mendaftar</source>
        <translation>not registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="359"/>
        <source>baris bermasalah</source>
        <translation>problem rows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="364"/>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="366"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="364"/>
        <source>Nama terdaftar</source>
        <translation>Registered name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="364"/>
        <source>Nama di daftar</source>
        <translation>Name on the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="365"/>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="367"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="365"/>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="366"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="365"/>
        <source>Perusahaan</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="367"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="367"/>
        <source>Isi sel NIK</source>
        <translation>NIK cell content</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="372"/>
        <source>Salin daftar ini</source>
        <translation>Copy this list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="373"/>
        <source>Salin daftar yang tampil untuk ditempel di lembar kerja</source>
        <translation>Copy the list shown, to paste into a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="374"/>
        <source>Tandai terverifikasi</source>
        <translation>Mark verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/disnaker_dialog.py" line="375"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="105"/>
        <source>Kemungkinan data ganda: NIK yang sama terdaftar dua kali</source>
        <translation>Possible duplicates: the same NIK registered twice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="108"/>
        <source>Bila orangnya sama, gabungkan: data yang dipertahankan tetap dipakai, data lainnya keluar dari daftar dan kehadirannya ikut pindah. Bila orangnya berbeda (misalnya salah ketik NIK), pilih &quot;Orang berbeda&quot; lalu perbaiki NIK-nya di halaman Peserta.</source>
        <translation>If it is the same person, merge: the record you keep stays in use, the other leaves the list and its attendance moves over. If they are different people (a mistyped NIK, say), choose &quot;Different people&quot; and correct the NIK on the Participants page.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="113"/>
        <source>Tidak ada kemungkinan data ganda yang perlu ditinjau.</source>
        <translation>No possible duplicates to review.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="27"/>
        <source>Pintu — terjadi kesalahan</source>
        <translation>Pintu — an error occurred</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="28"/>
        <source>(tidak ada berkas log)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="29"/>
        <source>Terjadi kesalahan yang tidak terduga. Tidak ada data yang hilang: setiap penyimpanan di Pintu berhasil seluruhnya atau tidak sama sekali.

Jika terulang, kirimkan berkas log ini kepada pengelola (berkas log tidak berisi NIK atau nomor HP):</source>
        <translation>An unexpected error occurred. No data was lost: every save in Pintu succeeds completely or not at all.

If it happens again, send this log file to the administrator (the log holds no NIK or phone numbers):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="35"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GenderLetter</name>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="84"/>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="85"/>
        <source>P</source>
        <translation>F</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="147"/>
        <source>Layar terkunci karena tidak dipakai. Masuk lagi untuk melanjutkan.</source>
        <translation>The screen was locked because nobody used it. Sign in again to continue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="350"/>
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="354"/>
        <source>Hari ini di laptop ini: %1 terdaftar</source>
        <translation>Today on this laptop: %1 registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="355"/>
        <source>Peserta yang didaftarkan di laptop ini sejak pukul 00.00 hari ini</source>
        <translation>People registered on this laptop since midnight today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="360"/>
        <source>Pintu — %1</source>
        <translation>Pintu — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="361"/>
        <source>Ruang kerja: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="363"/>
        <source>Perangkat: %1 · Petugas: %2</source>
        <translation>Device: %1 · Officer: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="364"/>
        <source>Nama laptop ini</source>
        <translation>This laptop&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="365"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="368"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="16"/>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="17"/>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>The NIK may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="18"/>
        <source>NIK harus 16 digit.</source>
        <translation>The NIK must have 16 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="19"/>
        <source>Kode wilayah di awal NIK (6 digit pertama) tidak dikenal.</source>
        <translation>The region code at the start of the NIK (first 6 digits) is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="20"/>
        <source>Tanggal lahir di NIK (digit 7-12) bukan tanggal yang benar.</source>
        <translation>The birth date in the NIK (digits 7-12) is not a real date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="21"/>
        <source>Empat digit terakhir NIK tidak boleh 0000.</source>
        <translation>The last four digits of the NIK cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="22"/>
        <source>Tanggal lahir tidak cocok dengan NIK.</source>
        <translation>The date of birth does not match the NIK.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="23"/>
        <source>Jenis kelamin tidak cocok dengan NIK.</source>
        <translation>The sex does not match the NIK.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>NIK ini sudah terdaftar.</source>
        <translation>This NIK is already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>Nomor KK hanya boleh berisi angka.</source>
        <translation>The family card number may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="26"/>
        <source>Nomor KK harus 16 digit.</source>
        <translation>The family card number must have 16 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="27"/>
        <source>Kode wilayah di awal nomor KK tidak dikenal.</source>
        <translation>The region code at the start of the family card number is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>Tanggal di nomor KK (digit 7-12) tidak benar.</source>
        <translation>The date in the family card number (digits 7-12) is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>Empat digit terakhir nomor KK tidak boleh 0000.</source>
        <translation>The last four digits of the family card number cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung (2-100 huruf).</source>
        <translation>A name may contain only letters, spaces, full stops, commas, apostrophes and hyphens (2-100 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>Tempat lahir hanya boleh berisi huruf dan spasi.</source>
        <translation>The place of birth may contain only letters and spaces.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="34"/>
        <source>Tanggal lahir tidak benar (contoh: 17-08-1985).</source>
        <translation>The date of birth is not valid (example: 17-08-1985).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35"/>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="36"/>
        <source>Umur peserta harus antara 15 dan 100 tahun.</source>
        <translation>The participant must be between 15 and 100 years old.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="37"/>
        <source>Pilih jenis kelamin.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>RT berisi 1-3 angka, bukan 000.</source>
        <translation>RT is 1-3 digits, not 000.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>RW berisi 1-3 angka, bukan 000.</source>
        <translation>RW is 1-3 digits, not 000.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>Pilih kelurahan/desa dari daftar.</source>
        <translation>Choose the kelurahan/village from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="41"/>
        <source>Nomor HP tidak benar (contoh: 0812-3456-7890).</source>
        <translation>The mobile number is not valid (example: 0812-3456-7890).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="42"/>
        <source>Nomor HP harus nomor Indonesia.</source>
        <translation>The mobile number must be an Indonesian number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>Pilih pendidikan terakhir.</source>
        <translation>Choose the highest education.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>Pilih kategori.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>Untuk korban PHK, isi nama perusahaan/pabrik terakhir.</source>
        <translation>For a laid-off worker, enter the last company/factory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>Tanggal PHK tidak benar.</source>
        <translation>The lay-off date is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>Tanggal PHK tidak boleh di masa depan.</source>
        <translation>The lay-off date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>Pilih pelatihan.</source>
        <translation>Choose a training.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="51"/>
        <source>Peserta harus menyetujui pengolahan data sebelum disimpan.</source>
        <translation>The participant must consent to data processing before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="54"/>
        <source>Waktu persetujuan tidak benar.</source>
        <translation>The consent time is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="55"/>
        <source>Catatan terlalu panjang (paling banyak 2000 huruf).</source>
        <translation>The notes are too long (2000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56"/>
        <source>Status tidak dikenal.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>Kuota pelatihan ini sudah penuh; jadikan cadangan atau naikkan kuotanya.</source>
        <translation>This training&apos;s quota is full; put the person on the waiting list or raise the quota.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="60"/>
        <source>Ada peserta dengan nama dan tanggal lahir yang sama (NIK berbeda). Periksa apakah orangnya sama.</source>
        <translation>A participant with the same name and date of birth exists (different NIK). Check whether it is the same person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="63"/>
        <source>Peserta tidak ditemukan.</source>
        <translation>Participant not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>Peserta ini sudah mengundurkan diri.</source>
        <translation>This participant has already withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Isi nama ruang kerja.</source>
        <translation>Enter the workspace name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="66"/>
        <source>Isi nama laptop ini.</source>
        <translation>Enter this laptop&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67"/>
        <source>Isi nama petugas.</source>
        <translation>Enter the officer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>Sudah ada ruang kerja di lokasi ini.</source>
        <translation>There is already a workspace at this location.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>Tidak dapat menulis ke disk (penuh atau hanya-baca). Tidak ada data yang berubah.</source>
        <translation>Cannot write to the disk (full or read-only). No data was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="72"/>
        <source>Berkas ini bukan gambar yang dapat dibaca.</source>
        <translation>This file is not a readable image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>Foto terlalu besar.</source>
        <translation>The photo is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>Tidak ada peserta yang dipilih untuk dicetak kartunya.</source>
        <translation>No participants were chosen for printing cards.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="76"/>
        <source>Folder tujuan PDF tidak ada (flashdisk dicabut?). Tidak ada kartu yang dicetak.</source>
        <translation>The folder for the PDF does not exist (USB stick removed?). No cards were printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="79"/>
        <source>PDF kartu tidak dapat ditulis di folder itu; pilih folder lain. Tidak ada kartu yang dicetak.</source>
        <translation>The card PDF cannot be written in that folder; choose another folder. No cards were printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="82"/>
        <source>Pencetakan kartu dibatalkan; tidak ada kartu yang dicetak.</source>
        <translation>Card printing was cancelled; no cards were printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="83"/>
        <source>Printer tidak dapat dipakai (mati, kertas habis, atau tidak terhubung).</source>
        <translation>The printer cannot be used (switched off, out of paper, or not connected).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="86"/>
        <source>Halaman PDF tidak dapat ditampilkan di komputer ini.</source>
        <translation>The PDF page cannot be shown on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87"/>
        <source>Tidak ada izin untuk membuka atau menulis berkas di folder itu. Pilih folder lain.</source>
        <translation>No permission to open or write files in that folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="90"/>
        <source>Berkas tidak dapat dibaca atau ditulis (flashdisk dicabut atau rusak?).</source>
        <translation>The file cannot be read or written (USB stick removed or damaged?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="93"/>
        <source>Data sedang dipakai proses lain di laptop ini. Tunggu sebentar lalu coba lagi.</source>
        <translation>The data is in use by another process on this laptop. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="96"/>
        <source>Terjadi kesalahan yang tidak terduga; rinciannya dicatat di log aplikasi.</source>
        <translation>An unexpected error occurred; the details are in the application log.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="100"/>
        <source>Ketik kata sandi ruang kerja.</source>
        <translation>Type the workspace password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="101"/>
        <source>Kata sandi salah. Tidak ada yang diubah.</source>
        <translation>Wrong password. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="102"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="103"/>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="104"/>
        <source>Ruang kerja ini belum punya kata sandi sinkronisasi. Buat dulu kata sandinya.</source>
        <translation>This workspace has no sync password yet. Create the password first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="107"/>
        <source>Ruang kerja ini sudah punya kata sandi.</source>
        <translation>This workspace already has a password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="108"/>
        <source>Berkas ini bukan berkas Pintu (.pintu).</source>
        <translation>This is not a Pintu file (.pintu).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="109"/>
        <source>Berkas terpotong (mungkin flashdisk dicabut saat menyalin). Salin ulang dari laptop asalnya. Tidak ada yang diubah.</source>
        <translation>The file is cut short (perhaps the USB stick was removed while copying). Copy it again from its laptop. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="114"/>
        <source>Berkas rusak (isinya berubah). Salin ulang dari laptop asalnya. Tidak ada yang diubah.</source>
        <translation>The file is damaged (its content changed). Copy it again from its laptop. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="117"/>
        <source>Berkas rusak atau tidak lengkap. Tidak ada yang diubah.</source>
        <translation>The file is damaged or incomplete. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>Berkas tidak dapat dibuka: kata sandinya salah atau berkasnya rusak. Tidak ada yang diubah.</source>
        <translation>The file cannot be opened: the password is wrong or the file is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="121"/>
        <source>Berkas ini dibuat oleh versi Pintu yang lebih baru. Perbarui Pintu di laptop ini dulu.</source>
        <translation>This file was made by a newer version of Pintu. Update Pintu on this laptop first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="124"/>
        <source>Isi berkas terlalu besar; berkas ditolak.</source>
        <translation>The file&apos;s content is too large; the file was refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="125"/>
        <source>Berkas ini milik ruang kerja lain. Tidak ada yang diubah.</source>
        <translation>This file belongs to another workspace. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="128"/>
        <source>Berkas tidak ditemukan (flashdisk dicabut?).</source>
        <translation>The file was not found (USB stick removed?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="129"/>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="130"/>
        <source>Folder tujuan tidak ada (flashdisk dicabut?).</source>
        <translation>The destination folder does not exist (USB stick removed?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>Berkas tidak dapat ditulis (disk penuh, flashdisk dicabut, atau hanya-baca).</source>
        <translation>The file cannot be written (disk full, USB stick removed, or read-only).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="134"/>
        <source>Folder sinkronisasi tidak ditemukan. Pasang flashdisknya atau pilih folder lain.</source>
        <translation>The sync folder was not found. Plug in the USB stick or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="137"/>
        <source>Folder basis data tidak ada.</source>
        <translation>The database folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="139"/>
        <source>Terlalu banyak percobaan salah. Tunggu sebentar, lalu coba lagi.</source>
        <translation>Too many wrong tries. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="140"/>
        <source>Kunci pemulihan salah. Tidak ada yang diubah.</source>
        <translation>Wrong recovery key. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="141"/>
        <source>Kunci pemulihan terdiri dari 32 huruf/angka (8 kelompok berisi 4). Periksa lagi ketikannya.</source>
        <translation>A recovery key has 32 letters and digits (8 groups of 4). Check what you typed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>Berkas kunci (.keys) tidak ada di samping basis data, jadi data tidak dapat dibuka. Jika basis data disalin dari laptop lain, salin juga berkas .keys-nya.</source>
        <translation>The key file (.keys) is not next to the database, so the data cannot be opened. If the database was copied from another laptop, copy its .keys file too.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="149"/>
        <source>Berkas kunci ruang kerja (.keys) rusak.</source>
        <translation>The workspace key file (.keys) is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="150"/>
        <source>Berkas kunci tidak dapat ditulis (disk penuh atau hanya-baca). Tidak ada yang diubah.</source>
        <translation>The key file cannot be written (disk full or read-only). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="153"/>
        <source>Basis data ini tidak terenkripsi, jadi bukan buatan Pintu versi ini. Tidak ada yang diubah.</source>
        <translation>This database is not encrypted, so it was not written by this version of Pintu. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="156"/>
        <source>Basis data tidak dapat dibuka dengan kunci ini: berkasnya rusak, atau berkas .keys di sampingnya milik ruang kerja lain. Tidak ada yang diubah.</source>
        <translation>The database cannot be opened with this key: the file is damaged, or the .keys file next to it belongs to another workspace. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="161"/>
        <source>Ruang kerja tidak dapat dibuka. Tidak ada yang diubah.</source>
        <translation>The workspace cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="162"/>
        <source>Folder cadangan tidak dapat ditulis (flashdisk dicabut atau hanya-baca).</source>
        <translation>The backup folder cannot be written (USB stick removed or read-only).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="165"/>
        <source>Cadangan gagal ditulis (disk penuh atau flashdisk dicabut). Data tetap utuh.</source>
        <translation>The backup could not be written (disk full or USB stick removed). The data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>Berkas cadangan tidak dapat dibaca: rusak, atau berkas .keys-nya tidak ikut disalin.</source>
        <translation>The backup file cannot be read: it is damaged, or its .keys file was not copied with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="171"/>
        <source>Berkas cadangan rusak. Tidak ada yang diubah.</source>
        <translation>The backup file is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="172"/>
        <source>Cadangan ini milik ruang kerja lain. Tidak ada yang diubah.</source>
        <translation>This backup belongs to another workspace. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="175"/>
        <source>Cadangan ini dari laptop lain: ketik kata sandi atau kunci pemulihan laptop itu.</source>
        <translation>This backup is from another laptop: type that laptop&apos;s password or recovery key.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179"/>
        <source>Laptop ini tidak dikenal.</source>
        <translation>This laptop is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>Kunci laptop ini sudah dicabut.</source>
        <translation>This laptop&apos;s key has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="181"/>
        <source>Laptop ini tidak dapat mencabut kuncinya sendiri.</source>
        <translation>This laptop cannot revoke its own key.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="182"/>
        <source>Konflik ini tidak ditemukan.</source>
        <translation>This conflict was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="183"/>
        <source>Konflik ini sudah diputuskan.</source>
        <translation>This conflict has already been decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="184"/>
        <source>Pasangan data ganda ini tidak ditemukan.</source>
        <translation>This duplicate pair was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="185"/>
        <source>Pasangan ini sudah diputuskan.</source>
        <translation>This pair has already been decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="186"/>
        <source>Pilih salah satu dari kedua peserta.</source>
        <translation>Choose one of the two participants.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="188"/>
        <source>Peran Anda tidak mengizinkan tindakan ini. Minta koordinator untuk melakukannya.</source>
        <translation>Your role does not allow this. Ask a coordinator to do it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="191"/>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="192"/>
        <source>PIN harus 4 sampai 8 angka.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="193"/>
        <source>PIN ini terlalu mudah ditebak (angka sama semua atau berurutan). Pilih PIN lain.</source>
        <translation>This PIN is too easy to guess (all the same digit, or in a row). Choose another PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="196"/>
        <source>PIN salah.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="197"/>
        <source>Terlalu banyak PIN salah. Tunggu sebentar, lalu coba lagi.</source>
        <translation>Too many wrong PINs. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="198"/>
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="199"/>
        <source>PIN orang ini tidak dapat diperiksa. Minta koordinator membuatkan PIN baru.</source>
        <translation>This person&apos;s PIN cannot be checked. Ask a coordinator for a new PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="202"/>
        <source>Orang ini tidak ada lagi di laptop ini.</source>
        <translation>This person is no longer on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>Pilih nama Anda dari daftar.</source>
        <translation>Choose your name from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="204"/>
        <source>Isi nama orangnya.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="205"/>
        <source>Nama terlalu panjang (paling banyak 60 huruf).</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="206"/>
        <source>Nama ini sudah dipakai orang lain di laptop ini.</source>
        <translation>Someone else on this laptop already has this name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>Orang pertama di laptop ini harus koordinator.</source>
        <translation>The first person on this laptop must be a coordinator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="210"/>
        <source>Koordinator terakhir tidak dapat dihapus. Tambahkan koordinator lain dulu.</source>
        <translation>The last coordinator cannot be removed. Add another coordinator first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="213"/>
        <source>Anda tidak dapat menghapus diri sendiri.</source>
        <translation>You cannot remove yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="214"/>
        <source>Masuk dulu dengan nama dan PIN Anda.</source>
        <translation>Sign in first with your name and PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="216"/>
        <source>Daftar Disnaker tidak dapat dibaca. Gunakan berkas CSV atau XLSX.</source>
        <translation>The Disnaker list cannot be read. Use a CSV or XLSX file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="219"/>
        <source>Kolom NIK dan Nama tidak ditemukan di baris judul daftar.</source>
        <translation>The NIK and Name columns were not found in the list&apos;s header row.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="222"/>
        <source>Daftar terlalu besar.</source>
        <translation>The list is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="223"/>
        <source>NIK tersimpan sebagai angka di lembar kerja; digit terakhirnya mungkin hilang.</source>
        <translation>The NIK is stored as a number in the spreadsheet; its last digits may be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="226"/>
        <source>NIK muncul lebih dari sekali dalam daftar.</source>
        <translation>The NIK appears more than once in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="228"/>
        <source>Isi nama kelas.</source>
        <translation>Enter the class name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="229"/>
        <source>Tanggal mulai tidak benar.</source>
        <translation>The start date is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="230"/>
        <source>Tanggal selesai tidak benar.</source>
        <translation>The end date is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="231"/>
        <source>Tanggal selesai tidak boleh sebelum tanggal mulai.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="232"/>
        <source>Satu kelas paling lama satu tahun.</source>
        <translation>A class lasts one year at most.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="233"/>
        <source>Jam mulai tidak benar (contoh: 08:00).</source>
        <translation>The start time is not valid (example: 08:00).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="234"/>
        <source>Jam selesai tidak benar (contoh: 12:00).</source>
        <translation>The end time is not valid (example: 12:00).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="235"/>
        <source>Jam selesai harus sesudah jam mulai.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="236"/>
        <source>Batas kehadiran untuk sertifikat antara 0 dan 100%.</source>
        <translation>The attendance needed for a certificate is between 0 and 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="237"/>
        <source>Kapasitas kelas paling sedikit 1 orang.</source>
        <translation>A class holds at least 1 person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="238"/>
        <source>Pilih paling sedikit satu hari latihan.</source>
        <translation>Choose at least one training day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="239"/>
        <source>Tidak ada hari latihan di antara tanggal mulai dan tanggal selesai.</source>
        <translation>There is no training day between the start and end dates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="242"/>
        <source>Peserta ini memilih pelatihan lain.</source>
        <translation>This participant chose another training.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="243"/>
        <source>Kelas tidak ditemukan (mungkin sudah dihapus).</source>
        <translation>The class was not found (perhaps it was deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="244"/>
        <source>Sesi tidak ditemukan (mungkin sudah dibatalkan).</source>
        <translation>The session was not found (perhaps it was cancelled).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="245"/>
        <source>Pindaian ini tidak ditemukan.</source>
        <translation>This scan was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="246"/>
        <source>Pindaian ini sudah dibatalkan.</source>
        <translation>This scan has already been cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="247"/>
        <source>Kode peserta ini belum ada di laptop ini. Sinkronkan dulu, atau cari namanya.</source>
        <translation>This participant code is not on this laptop yet. Sync first, or search for the name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="250"/>
        <source>Kode peserta tidak benar. Periksa lagi huruf dan angkanya (contoh: MLG-7K3F-Q2X).</source>
        <translation>The participant code is not valid. Check its letters and digits again (example: MLG-7K3F-Q2X).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="253"/>
        <source>Pilih nama peserta dari daftar.</source>
        <translation>Choose the participant&apos;s name from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="254"/>
        <source>Tidak ada peserta dengan nama atau kode itu.</source>
        <translation>No participant has that name or code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="255"/>
        <source>Daftar hadir tidak dapat disimpan di folder itu. Pilih folder lain.</source>
        <translation>The attendance sheet cannot be saved in that folder. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="259"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="260"/>
        <source>Sudah tercatat</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="261"/>
        <source>Kartu tidak sah</source>
        <translation>Invalid card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="262"/>
        <source>Kartu belum dikenal</source>
        <translation>Unknown card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="263"/>
        <source>Kartu ditolak</source>
        <translation>Card refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="264"/>
        <source>Kartu lama</source>
        <translation>Old card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="265"/>
        <source>Bukan peserta kelas ini</source>
        <translation>Not in this class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="266"/>
        <source>Tidak ada sesi</source>
        <translation>No session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="267"/>
        <source>Kode di kartu ini rusak atau sudah diubah. Catat kehadirannya dengan mengetik nama.</source>
        <translation>The code on this card is damaged or was altered. Record the attendance by typing the name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="270"/>
        <source>Kartu dicetak di laptop yang belum sinkron dengan laptop ini. Sinkronkan, atau ketik namanya.</source>
        <translation>The card was printed on a laptop that has not synced with this one. Sync, or type the name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="273"/>
        <source>Kartu dicetak di laptop yang kuncinya sudah dicabut (hilang atau dicuri). Cetak kartu baru.</source>
        <translation>The card was printed on a laptop whose key was revoked (lost or stolen). Print a new card.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="276"/>
        <source>Kartu ini sudah diganti cetakan yang lebih baru. Pakai kartu yang terbaru.</source>
        <translation>This card has been replaced by a newer print. Use the newest card.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="279"/>
        <source>Peserta ini tidak terdaftar di kelas sesi ini.</source>
        <translation>This participant is not in this session&apos;s class.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="280"/>
        <source>Belum ada sesi yang dipilih, atau sesi ini sudah dibatalkan. Pilih sesi hari ini.</source>
        <translation>No session is chosen, or this session was cancelled. Choose today&apos;s session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="284"/>
        <source>Jenis berkas tidak didukung: pilih .xlsx, .csv atau .pdf.</source>
        <translation>File type not supported: choose .xlsx, .csv or .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="287"/>
        <source>Folder tujuan tidak ada (flashdisk dicabut?). Tidak ada berkas yang ditulis.</source>
        <translation>The destination folder does not exist (USB stick removed?). No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="290"/>
        <source>Berkas tidak dapat ditulis di folder itu; pilih folder lain. Tidak ada yang dicatat.</source>
        <translation>The file cannot be written in that folder; choose another folder. Nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="293"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="294"/>
        <source>Belum ada kelas untuk laporan kehadiran.</source>
        <translation>There are no classes for an attendance report yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="295"/>
        <source>Pelatihan tidak ditemukan.</source>
        <translation>Training not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="296"/>
        <source>Belum ada peserta kelas ini yang mencapai batas kehadiran untuk sertifikat.</source>
        <translation>No participant of this class has reached the attendance needed for a certificate yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="301"/>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="302"/>
        <source>%1: kolom tidak dikenal.</source>
        <translation>%1: unknown field.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="303"/>
        <source>%1 tidak dapat diubah di sini.</source>
        <translation>%1 cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="304"/>
        <source>%1: isian tidak benar.</source>
        <translation>%1: invalid value.</translation>
    </message>
</context>
<context>
    <name>PairCard</name>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="145"/>
        <source>Kiri</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="145"/>
        <source>Kanan</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="171"/>
        <source>Berbeda di kedua data</source>
        <translation>Differs between the two</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="175"/>
        <source>Gabungkan, pertahankan kiri</source>
        <translation>Merge, keep left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="177"/>
        <source>Gabungkan, pertahankan kanan</source>
        <translation>Merge, keep right</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="179"/>
        <source>Orang berbeda</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="201"/>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="203"/>
        <source>Kehadiran tercatat</source>
        <translation>Attendance recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/duplicates_page.py" line="205"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="448"/>
        <source>Peserta: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="454"/>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="600"/>
        <source>Mengundurkan diri pada %1.</source>
        <translation>Withdrew on %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="557"/>
        <source>%1: diterima %2, kuota belum ditetapkan</source>
        <translation>%1: %2 accepted, no quota set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="562"/>
        <source>%1: diterima %2 dari kuota %3</source>
        <translation>%1: %2 accepted of a quota of %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="602"/>
        <source>Alasan: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="458"/>
        <source>Data dan riwayatnya tetap disimpan.</source>
        <translation>The data and its history are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="457"/>
        <source>Alasan: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="467"/>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="507"/>
        <source>Mundur</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="487"/>
        <source>(%1 tahun)</source>
        <translation>(%1 years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="493"/>
        <source>RT %1/RW %2</source>
        <translation>RT %1/RW %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="511"/>
        <source>%1 oleh %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="514"/>
        <source>Ya, %1</source>
        <translation>Yes, %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="516"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="522"/>
        <source>Data peserta yang sudah mundur tidak diubah lagi.</source>
        <translation>A participant who has withdrawn is no longer edited.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="524"/>
        <source>Formulir pengubahan belum tersedia di versi ini.</source>
        <translation>The editing form is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="526"/>
        <source>Ubah data peserta ini dengan formulir pendaftaran</source>
        <translation>Edit this participant&apos;s data with the registration form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="536"/>
        <source>Tanpa foto</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="536"/>
        <source>Foto tidak dapat dibaca</source>
        <translation>The photo cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="569"/>
        <source>kuota penuh</source>
        <translation>quota full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="571"/>
        <source>sisa %1 tempat</source>
        <translation>%1 places left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="575"/>
        <source>baru didaftarkan, belum diperiksa</source>
        <translation>newly registered, not yet checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="576"/>
        <source>data dan kelayakan sudah diperiksa</source>
        <translation>data and eligibility checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="577"/>
        <source>masuk kelas pelatihan (memakai kuota)</source>
        <translation>in a training class (uses the quota)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="578"/>
        <source>menunggu tempat kosong</source>
        <translation>waiting for a free place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="579"/>
        <source>tidak memenuhi syarat</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="582"/>
        <source>kuota penuh: tidak dapat diterima sekarang</source>
        <translation>quota full: cannot be accepted now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="586"/>
        <source>%1 (sekarang)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="637"/>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="961"/>
        <source>Didaftarkan</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="643"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="650"/>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="974"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="653"/>
        <source>alasan: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="660"/>
        <source>Perubahan data</source>
        <translation>Data changed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="672"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="681"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="681"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="682"/>
        <source>foto baru</source>
        <translation>new photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="768"/>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="780"/>
        <source>Pemiliknya: %1 (%2).</source>
        <translation>It belongs to: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="797"/>
        <source>Perubahan disimpan (%1 isian).</source>
        <translation>Changes saved (%1 fields).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="808"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="809"/>
        <source>Perubahan yang belum disimpan akan hilang. Batalkan?</source>
        <translation>Unsaved changes will be lost. Discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="810"/>
        <source>Ya, batalkan</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="811"/>
        <source>Lanjutkan mengubah</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="861"/>
        <source>Status diubah: %1 → %2.</source>
        <translation>Status changed: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="874"/>
        <source>Belum dapat diterima: kuota %1 sudah penuh (%2 dari %3 tempat terisi).</source>
        <translation>Cannot be accepted yet: the %1 quota is full (%2 of %3 places taken).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="880"/>
        <source>Jadikan peserta ini cadangan: ia mendapat tempat bila ada yang mundur. Atau naikkan kuota pelatihan lebih dulu.</source>
        <translation>Put this participant on the waiting list: they get a place when someone withdraws. Or raise the training&apos;s quota first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="907"/>
        <source>Mundurkan peserta</source>
        <translation>Withdraw participant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="909"/>
        <source>%1 akan ditandai mengundurkan diri dan hilang dari daftar peserta dan kuota pelatihan.

Alasan: %2

Data dan riwayatnya tetap disimpan. Lanjutkan?</source>
        <translation>%1 will be marked as withdrawn and removed from the participant list and the training quota.

Reason: %2

The data and its history are kept. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="914"/>
        <source>Ya, mundurkan</source>
        <translation>Yes, withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="915"/>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="968"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="927"/>
        <source>%1 sudah dicatat mengundurkan diri.</source>
        <translation>%1 has been recorded as withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="937"/>
        <source>Tutup tanpa menyimpan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="938"/>
        <source>Perubahan data belum disimpan. Tutup dan buang perubahan?</source>
        <translation>The changes have not been saved. Close and discard them?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="939"/>
        <source>Tutup, buang perubahan</source>
        <translation>Close, discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="940"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="952"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="953"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="954"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="955"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="956"/>
        <source>Alamat dan kontak</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="957"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="958"/>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="960"/>
        <source>Tempat, tgl. lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="966"/>
        <source>Ubah data</source>
        <translation>Edit data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="967"/>
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="969"/>
        <source>Buka data pemilik NIK itu</source>
        <translation>Open the record of that NIK&apos;s owner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="970"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="971"/>
        <source>Status seleksi</source>
        <translation>Selection status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="972"/>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="973"/>
        <source>Jadikan cadangan</source>
        <translation>Put on waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="977"/>
        <source>Peserta yang mundur hilang dari daftar dan tidak lagi memakai kuota. Datanya dan riwayatnya tetap disimpan.</source>
        <translation>A participant who withdraws leaves the list and no longer uses the quota. Their data and its history are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="981"/>
        <source>&amp;Alasan mundur (wajib):</source>
        <translation>&amp;Reason for withdrawal (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="986"/>
        <source>Sudah bekerja lagi</source>
        <translation>Working again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="987"/>
        <source>Pindah tempat tinggal</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="988"/>
        <source>Sakit</source>
        <translation>Ill</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="989"/>
        <source>Tidak dapat dihubungi</source>
        <translation>Cannot be reached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="990"/>
        <source>Alasan keluarga</source>
        <translation>Family reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="996"/>
        <source>Pilih atau ketik alasannya</source>
        <translation>Choose or type the reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="997"/>
        <source>Mundurkan peserta…</source>
        <translation>Withdraw participant…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="999"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="999"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="999"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="999"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_dialog.py" line="1002"/>
        <source>Setiap perubahan data ini, terbaru di atas: kapan, oleh siapa, di laptop mana, apa yang berubah.</source>
        <translation>Every change to this record, newest first: when, by whom, on which laptop, and what changed.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="112"/>
        <source>Untuk:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="113"/>
        <source>seleksi dan pelaksanaan pelatihan oleh Diskopindag Kota Malang.</source>
        <translation>selecting participants for and running the trainings of Diskopindag Kota Malang.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="116"/>
        <source>Disimpan oleh:</source>
        <translation>Kept by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="117"/>
        <source>Diskopindag Kota Malang; dibagikan kepada Disnaker-PMPTSP Kota Malang hanya untuk memeriksa status PHK.</source>
        <translation>Diskopindag Kota Malang; shared with Disnaker-PMPTSP Kota Malang only to check lay-off status.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="123"/>
        <source>Berapa lama:</source>
        <translation>How long:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="124"/>
        <source>selama program berjalan dan paling lama 5 tahun sesudahnya.</source>
        <translation>while the programme runs and for at most 5 years after.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="127"/>
        <source>Hak peserta:</source>
        <translation>Participant&apos;s rights:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="128"/>
        <source>boleh meminta datanya diperbaiki atau dihapus kapan saja.</source>
        <translation>may ask at any time for their data to be corrected or deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="854"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="924"/>
        <location filename="../../desktop_app/ui/participant_form.py" line="1453"/>
        <source>Ketik untuk mencari…</source>
        <translation>Type to search…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="926"/>
        <source>Pilih kecamatan dulu</source>
        <translation>Choose the kecamatan first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="977"/>
        <source>%1 — sudah mendaftar %2, diterima %3</source>
        <translation>%1 — %2 registered, %3 accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="979"/>
        <source>%1 — kuota %2, sudah mendaftar %3, diterima %4</source>
        <translation>%1 — quota %2, %3 registered, %4 accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="989"/>
        <source>Sisa kuota %1 dari %2 (sudah diterima %3).</source>
        <translation>%1 of %2 places left (%3 accepted).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="993"/>
        <source>Pendaftar sudah %1: peserta ini mungkin masuk daftar cadangan.</source>
        <translation>%1 people have registered already: this participant may go on the waiting list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1270"/>
        <source>Pilih kecamatan dari daftar.</source>
        <translation>Choose the kecamatan from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1285"/>
        <source>Dibaca sebagai %1</source>
        <translation>Read as %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1293"/>
        <source>Diisi dari NIK.</source>
        <translation>Filled in from the NIK.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1297"/>
        <location filename="../../desktop_app/ui/participant_form.py" line="1299"/>
        <source>Menurut NIK: %1.</source>
        <translation>According to the NIK: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1303"/>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1320"/>
        <source>Terdaftar atas nama %1 (%2).</source>
        <translation>Registered as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1342"/>
        <source>Pilih foto peserta</source>
        <translation>Choose the participant&apos;s photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1342"/>
        <source>Gambar (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1424"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1433"/>
        <source>Data diri</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1434"/>
        <source>Foto (boleh tidak ada)</source>
        <translation>Photo (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1435"/>
        <source>Alamat tinggal sekarang</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1436"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1437"/>
        <source>Persetujuan pengolahan data</source>
        <translation>Consent to data processing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1438"/>
        <source>Tanda %1 wajib diisi.</source>
        <translation>Fields marked %1 are required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1440"/>
        <source>16 angka, seperti di KTP</source>
        <translation>16 digits, as on the ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1441"/>
        <source>Nomor Induk Kependudukan: 16 angka. Spasi boleh, akan dibuang.</source>
        <translation>Population identity number (NIK): 16 digits. Spaces are allowed and will be removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1442"/>
        <location filename="../../desktop_app/ui/participant_form.py" line="1457"/>
        <source>Boleh dikosongkan</source>
        <translation>May be left empty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1443"/>
        <source>Seperti di KTP</source>
        <translation>As on the ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1445"/>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1447"/>
        <source>Tanggal ditulis hari-bulan-tahun, misalnya 17-08-1985. F4 membuka kalender.</source>
        <translation>Dates are written day-month-year, for example 17-08-1985. F4 opens the calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1449"/>
        <source>Pilih dari kalender (F4)</source>
        <translation>Pick from the calendar (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1452"/>
        <source>Contoh: 0812-3456-7890</source>
        <translation>Example: 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1455"/>
        <source>Jalan, nomor rumah, gang</source>
        <translation>Street, house number, alley</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1456"/>
        <source>Nama pabrik/perusahaan</source>
        <translation>Factory/company name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1458"/>
        <source>Buka data peserta ini</source>
        <translation>Open this participant&apos;s record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1459"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1460"/>
        <source>Kamera…</source>
        <translation>Camera…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1461"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1463"/>
        <source>Peserta sudah membaca (atau dibacakan) keterangan di atas dan setuju.</source>
        <translation>The participant has read (or been read) the text above and agrees.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_form.py" line="1468"/>
        <source>— Pilih —</source>
        <translation>— Choose —</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="109"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="110"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="111"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="112"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="113"/>
        <source>Tgl. Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="114"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="115"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="116"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="118"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participant_table_model.py" line="119"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="86"/>
        <location filename="../../desktop_app/ui/participants_page.py" line="356"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="370"/>
        <source>%1 ditemukan</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="372"/>
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="429"/>
        <source>Semua pelatihan</source>
        <translation>All trainings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="434"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="438"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="446"/>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="457"/>
        <source>Semua kelurahan</source>
        <translation>All kelurahan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="451"/>
        <location filename="../../desktop_app/ui/participants_page.py" line="462"/>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="586"/>
        <source>Cari nama, NIK, kode, alamat…</source>
        <translation>Search name, NIK, code, address…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="588"/>
        <source>Ketik sebagian nama, NIK, kode peserta atau alamat (Ctrl+F); panah bawah ke daftar</source>
        <translation>Type part of a name, NIK, participant code or address (Ctrl+F); Down arrow moves to the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="590"/>
        <source>Detail…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="591"/>
        <source>Buka data, status dan riwayat peserta yang dipilih (Enter)</source>
        <translation>Open the selected participant&apos;s data, status and history (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="592"/>
        <source>Cetak kartu…</source>
        <translation>Print cards…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="594"/>
        <source>Cetak kartu QR peserta yang dipilih, satu pelatihan, atau yang belum punya kartu (Ctrl+P)</source>
        <translation>Print QR cards for the selected participants, one training, or those without a card (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="596"/>
        <source>Tampilkan yang mundur</source>
        <translation>Show withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="597"/>
        <source>Ikut tampilkan peserta yang sudah mengundurkan diri</source>
        <translation>Also show participants who have withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="598"/>
        <source>Reset filter</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="599"/>
        <source>Kembalikan semua pilihan ke “Semua”</source>
        <translation>Set every filter back to “All”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="600"/>
        <source>Pelatihan yang dipilih peserta</source>
        <translation>The training the participant chose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="601"/>
        <source>Kategori peserta</source>
        <translation>Participant category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="602"/>
        <source>Kecamatan tempat tinggal</source>
        <translation>Kecamatan of residence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="603"/>
        <source>Kelurahan/desa tempat tinggal (pilih kecamatan dulu)</source>
        <translation>Kelurahan/village of residence (choose the kecamatan first)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="604"/>
        <source>Status seleksi</source>
        <translation>Selection status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/participants_page.py" line="605"/>
        <source>Petugas yang mendaftarkan</source>
        <translation>Officer who registered them</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="203"/>
        <source>Kata sandi ruang kerja</source>
        <translation>Workspace password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="207"/>
        <source>Ruang kerja ini belum punya kata sandi sinkronisasi. Buat sekarang (minimal 8 karakter): berkas yang dikirim antarlaptop dikunci dengan kata sandi ini, dan laptop baru memerlukannya untuk bergabung. Catat di tempat yang aman: tanpa kata sandi, berkas tidak dapat dibuka.</source>
        <translation>This workspace has no sync password yet. Create one now (at least 8 characters): the files sent between laptops are locked with it, and a new laptop needs it to join. Keep it somewhere safe: without the password, the files cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="264"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="273"/>
        <source>Kata sandi baru membuka data di laptop ini. Berkas sinkronisasi tetap memakai kata sandi ruang kerja yang sama untuk semua laptop.</source>
        <translation>The new password opens the data on this laptop. Sync files keep using the workspace password shared by all laptops.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="278"/>
        <source>Kata sandi sekarang</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="279"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="212"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="280"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="282"/>
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="213"/>
        <source>Simpan kata sandi</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="216"/>
        <source>Ketik kata sandi ruang kerja. Pintu mengingatnya sampai aplikasi ditutup.</source>
        <translation>Type the workspace password. Pintu remembers it until the application is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="218"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="219"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="220"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="221"/>
        <source>Tampilkan kata sandi</source>
        <translation>Show password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup_section.py" line="283"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="222"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PassphrasePanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/idle_lock.py" line="93"/>
        <source>Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="102"/>
        <source>&amp;Kata sandi ruang kerja</source>
        <translation>Workspace &amp;password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/idle_lock.py" line="103"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="270"/>
        <source>%1 ditambahkan sebagai %2.</source>
        <translation>%1 added as %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="275"/>
        <source>Hapus orang</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="283"/>
        <source>Hapus %1 dari laptop ini? Namanya tetap tercatat pada data yang pernah diubahnya.</source>
        <translation>Remove %1 from this laptop? Their name stays on the data they changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="291"/>
        <source>%1 dihapus dari laptop ini.</source>
        <translation>%1 was removed from this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="302"/>
        <source>PIN baru untuk %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="304"/>
        <source>PIN %1 sudah diganti.</source>
        <translation>%1&apos;s PIN was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="308"/>
        <location filename="../../desktop_app/ui/people_section.py" line="342"/>
        <source>Ganti PIN saya</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="310"/>
        <source>PIN Anda sudah diganti.</source>
        <translation>Your PIN was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="316"/>
        <source>Belum ada orang di laptop ini. Tambahkan koordinator pertama; setelah itu setiap orang masuk dengan nama dan PIN-nya sendiri, dan laptop terkunci sendiri setelah beberapa menit tidak dipakai.</source>
        <translation>Nobody is set up on this laptop yet. Add the first coordinator; after that everyone signs in with their own name and PIN, and the laptop locks itself after a few idle minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="320"/>
        <source>Setiap orang masuk dengan nama dan PIN-nya sendiri. Pelatih hanya melihat nama, foto dan kehadiran (tidak pernah NIK, KK, nomor HP atau alamat); petugas mendaftar dan mengubah data; koordinator boleh melakukan semuanya. PIN hanya disimpan di laptop ini.</source>
        <translation>Everyone signs in with their own name and PIN. Trainers see only names, photos and attendance (never a NIK, KK number, phone number or address); officers register and edit; coordinators may do everything. PINs are kept on this laptop only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="324"/>
        <source>PIN Anda hanya berlaku di laptop ini.</source>
        <translation>Your PIN works on this laptop only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="327"/>
        <source>Orang &amp; PIN</source>
        <translation>People &amp; PINs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="328"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="328"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="328"/>
        <source>Terakhir masuk</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="329"/>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="329"/>
        <source>P&amp;eran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="329"/>
        <source>P&amp;IN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="330"/>
        <source>&amp;Ulangi PIN:</source>
        <translation>Re&amp;peat PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="332"/>
        <source>4-8 angka</source>
        <translation>4-8 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="339"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="340"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="341"/>
        <source>Buat PIN baru</source>
        <translation>New PIN</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="80"/>
        <source>PIN sekarang:</source>
        <translation>Current PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="81"/>
        <source>PIN baru:</source>
        <translation>New PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="82"/>
        <source>Ulangi PIN baru:</source>
        <translation>Repeat new PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="85"/>
        <source>Simpan PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_section.py" line="86"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="527"/>
        <source>%1 kartu akan dicetak</source>
        <translation>%1 cards will be printed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="528"/>
        <source>Tidak ada kartu untuk dicetak</source>
        <translation>No cards to print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="532"/>
        <source>Semuanya sudah punya kartu. Jika dicetak lagi, kartu lama mereka tidak berlaku lagi.</source>
        <translation>All of them already have a card. If printed again, their old cards stop working.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="536"/>
        <source>%1 di antaranya sudah punya kartu. Jika dicetak lagi, kartu lama mereka tidak berlaku lagi.</source>
        <translation>%1 of them already have a card. If printed again, their old cards stop working.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="539"/>
        <source>%1 peserta yang dipilih sudah mundur dan tidak dicetak.</source>
        <translation>%1 of the selected participants have withdrawn and are not printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="543"/>
        <source>%1 lembar A4</source>
        <translation>%1 A4 sheets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="545"/>
        <source>%1 halaman seukuran kartu</source>
        <translation>%1 card-sized pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="580"/>
        <source>Pratinjau tidak tersedia di komputer ini. Simpan PDF lalu buka dengan pembaca PDF untuk melihatnya.</source>
        <translation>Preview is not available on this computer. Save the PDF and open it in a PDF reader to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="583"/>
        <source>Pilih peserta yang akan dicetak kartunya.</source>
        <translation>Choose the participants whose cards to print.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="585"/>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="624"/>
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="661"/>
        <source>%1 dari %2 peserta ini sudah punya kartu. Kartu lama mereka tidak dapat dipakai lagi untuk absensi setelah kartu baru dicetak.

Cetak ulang kartu mereka?</source>
        <translation>%1 of these %2 participants already have a card. Their old cards can no longer be used for attendance once the new cards are printed.

Reprint their cards?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="664"/>
        <source>Cetak ulang kartu</source>
        <translation>Reprint cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="664"/>
        <source>Ya, cetak ulang</source>
        <translation>Yes, reprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="664"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="674"/>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="759"/>
        <source>Simpan kartu sebagai PDF</source>
        <translation>Save the cards as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="675"/>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="760"/>
        <source>Berkas PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="696"/>
        <source>Membuat kartu…</source>
        <translation>Making cards…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="699"/>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="769"/>
        <source>Disimpan di: %1</source>
        <translation>Saved in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="718"/>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="911"/>
        <source>Cetak kartu peserta</source>
        <translation>Print participant cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="736"/>
        <source>Mengirim ke printer…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="743"/>
        <source>Dikirim ke printer: %1</source>
        <translation>Sent to the printer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="747"/>
        <source>%1
Kartu sudah dibuat (kartu lama mereka tidak berlaku lagi) tetapi belum tercetak. Simpan PDF-nya lalu cetak dari pembaca PDF dengan ukuran sebenarnya.</source>
        <translation>%1
The cards were made (their old cards no longer work) but not printed. Save the PDF and print it from a PDF reader at actual size.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="788"/>
        <source>%1 dan %2 lainnya</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="790"/>
        <source>A4, %1 lembar</source>
        <translation>A4, %1 sheets</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="790"/>
        <source>%1 halaman</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="791"/>
        <source>%1 kartu dicetak oleh %2, %3 (%4).</source>
        <translation>%1 cards printed by %2, %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="795"/>
        <source>Peserta: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="794"/>
        <source>%1 kartu lama tidak berlaku lagi.</source>
        <translation>%1 old cards no longer work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="912"/>
        <source>Kartu siapa</source>
        <translation>Whose cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="914"/>
        <source>Peserta yang dipilih di daftar (%1)</source>
        <translation>Participants selected in the list (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="916"/>
        <source>Pilih beberapa baris di daftar peserta dengan Ctrl atau Shift</source>
        <translation>Select several rows in the participant list with Ctrl or Shift</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="917"/>
        <source>Satu pelatihan:</source>
        <translation>One training:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="918"/>
        <source>Semua yang belum pernah dicetak kartunya</source>
        <translation>Everyone whose card was never printed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="919"/>
        <source>Tata letak</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="920"/>
        <source>A4, 10 kartu per lembar (printer kantor)</source>
        <translation>A4, 10 cards per sheet (office printer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="921"/>
        <source>Satu kartu per halaman (printer kartu PVC)</source>
        <translation>One card per page (PVC card printer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="923"/>
        <source>Saat mencetak, pilih skala 100% atau “Ukuran sebenarnya” (Actual size), bukan “Sesuaikan dengan halaman”: kartu harus tetap 85,60 × 53,98 mm.</source>
        <translation>When printing, choose 100% scale or “Actual size”, not “Fit to page”: cards must stay 85.60 × 53.98 mm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="926"/>
        <source>Halaman pertama</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="927"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="928"/>
        <source>Tampilkan halaman pertama; belum ada kartu yang dibuat</source>
        <translation>Show the first page; no cards are made yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="929"/>
        <source>Kode QR pada pratinjau bukan kode kartu yang sah.</source>
        <translation>The QR codes in the preview are not valid card codes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="930"/>
        <source>Riwayat cetak…</source>
        <translation>Print history…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="931"/>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="932"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="934"/>
        <source>Tidak tersedia di komputer ini: simpan PDF lalu cetak dari pembaca PDF</source>
        <translation>Not available on this computer: save the PDF and print it from a PDF reader</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="937"/>
        <source>Pilih printer lalu cetak kartunya</source>
        <translation>Choose a printer and print the cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="938"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_cards_dialog.py" line="939"/>
        <source>Simpan PDF ini…</source>
        <translation>Save this PDF…</translation>
    </message>
</context>
<context>
    <name>PrintLogDialog</name>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="73"/>
        <source>A4, 10 per lembar</source>
        <translation>A4, 10 per sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="73"/>
        <source>Satu per halaman</source>
        <translation>One per page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="94"/>
        <source>%1 dan %2 lainnya</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="95"/>
        <source>Peserta: %1</source>
        <translation>Participant: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="98"/>
        <source>Riwayat cetak kartu</source>
        <translation>Card print history</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="100"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="100"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="100"/>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="100"/>
        <source>Tata letak</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="102"/>
        <source>Belum ada kartu yang dicetak.</source>
        <translation>No cards have been printed yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/print_log_dialog.py" line="103"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="284"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="292"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="306"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/background.py" line="307"/>
        <source>Hentikan; yang belum selesai tidak disimpan</source>
        <translation>Stop; whatever is unfinished is not saved</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="86"/>
        <location filename="../../desktop_app/ui/registration_page.py" line="203"/>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="224"/>
        <source>Terdaftar atas nama %1 (%2).</source>
        <translation>Registered as %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="234"/>
        <source>Data belum lengkap atau ada yang salah: lihat pesan merah di formulir.</source>
        <translation>Some data is missing or wrong: see the red messages in the form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="243"/>
        <source>Data tidak dapat disimpan (%1). Tidak ada yang berubah.</source>
        <translation>The data could not be saved (%1). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="266"/>
        <source>Basis data sedang dipakai program lain. Tunggu sebentar, lalu simpan lagi.</source>
        <translation>Another program is using the database. Wait a moment, then save again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="286"/>
        <source>Kosongkan formulir?</source>
        <translation>Clear the form?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="287"/>
        <source>Semua yang sudah diketik untuk peserta ini akan dihapus dari formulir.</source>
        <translation>Everything typed for this participant will be removed from the form.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="288"/>
        <location filename="../../desktop_app/ui/registration_page.py" line="431"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="289"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="327"/>
        <source>Draf tidak dapat disimpan (disk penuh atau hanya-baca). Simpan peserta ini secepatnya.</source>
        <translation>The draft cannot be saved (disk full or read-only). Save this participant as soon as you can.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="331"/>
        <source>Draf yang belum disimpan dipulihkan.</source>
        <translation>The unsaved draft was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="349"/>
        <source>Mulai dari NIK. Enter menyimpan, Ctrl+Enter menyimpan lalu mulai peserta berikutnya.</source>
        <translation>Start with the NIK. Enter saves; Ctrl+Enter saves and starts the next participant.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="352"/>
        <source>Siap disimpan: tekan Enter.</source>
        <translation>Ready to save: press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="354"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="357"/>
        <source>%1 dan %2 lainnya</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="359"/>
        <source>Belum diisi: %1.</source>
        <translation>Not filled in yet: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="361"/>
        <source>Belum dapat disimpan. Periksa: %1.</source>
        <translation>Cannot be saved yet. Check: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="370"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="371"/>
        <source>Tulis kode peserta ini di formulir kertas:</source>
        <translation>Write this participant&apos;s code on the paper form:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="389"/>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="400"/>
        <location filename="../../desktop_app/ui/registration_page.py" line="434"/>
        <source>Buka data peserta ini</source>
        <translation>Open this participant&apos;s record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="425"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="426"/>
        <source>Simpan peserta ini (Enter)</source>
        <translation>Save this participant (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="427"/>
        <source>Simpan &amp;&amp; baru</source>
        <translation>Save &amp;&amp; new</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="429"/>
        <source>Simpan, lalu mulai peserta berikutnya di kelurahan, RT/RW dan pelatihan yang sama (Ctrl+Enter)</source>
        <translation>Save, then start the next participant in the same kelurahan, RT/RW and training (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="432"/>
        <source>Hapus isian formulir tanpa menyimpan</source>
        <translation>Clear the form without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_page.py" line="433"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="88"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="322"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="729"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="920"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="574"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="609"/>
        <source>Diperbarui %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="624"/>
        <source>kelas, %1 peserta</source>
        <translation>classes, %1 participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="641"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="707"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="925"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="932"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="641"/>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="641"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="642"/>
        <source>% kuota</source>
        <translation>% of quota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="642"/>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="643"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="646"/>
        <source>(tidak diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="645"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="645"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="656"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="663"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="673"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="680"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="645"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="657"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="656"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="662"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="656"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="662"/>
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="662"/>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="673"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="707"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="932"/>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="707"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="708"/>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="708"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="708"/>
        <source>Sesi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="709"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="734"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="958"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="709"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="737"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="719"/>
        <source>disamarkan</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="719"/>
        <source>LENGKAP</source>
        <translation>IN FULL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="721"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="933"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="721"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="728"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="728"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="932"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="728"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="728"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="729"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="729"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="729"/>
        <source>NIK/KK</source>
        <translation>NIK/KK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="730"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="734"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="956"/>
        <source>Data peserta</source>
        <translation>Participant data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="735"/>
        <location filename="../../desktop_app/ui/reports_page.py" line="960"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="735"/>
        <source>Rekap pendaftaran</source>
        <translation>Registration summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="736"/>
        <source>Rekap kehadiran</source>
        <translation>Attendance summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="736"/>
        <source>Rekap ringkasan</source>
        <translation>Overview summary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="737"/>
        <source>Kartu peserta</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="743"/>
        <source>semua pelatihan</source>
        <translation>all trainings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="745"/>
        <source>pendaftaran %1 s.d. %2</source>
        <translation>registered %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="748"/>
        <source>semua tanggal pendaftaran</source>
        <translation>all registration dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="749"/>
        <source>Berlaku untuk: %1, %2 (ubah di filter di atas).</source>
        <translation>Applies to: %1, %2 (change it in the filters above).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="783"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="783"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="784"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="807"/>
        <source>NIK dan nomor KK lengkap</source>
        <translation>Full NIK and family card numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="808"/>
        <source>Berkas ini akan berisi NIK dan nomor KK lengkap setiap peserta. Lanjutkan hanya bila memang diperlukan, simpan berkas di tempat yang aman, dan jangan kirim lewat grup percakapan. Ekspor ini dicatat di log audit.</source>
        <translation>This file will hold every participant&apos;s full NIK and family card number. Continue only if it is really needed, keep the file somewhere safe, and never send it through a chat group. This export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="811"/>
        <source>Ya, tulis lengkap</source>
        <translation>Yes, write them in full</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="811"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="817"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="834"/>
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="847"/>
        <source>Simpan sertifikat</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="857"/>
        <source>Mencetak sertifikat…</source>
        <translation>Printing certificates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="864"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="887"/>
        <source>%1 sertifikat disimpan: %2</source>
        <translation>%1 certificates saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="890"/>
        <source>Disimpan: %1 (%2 baris)</source>
        <translation>Saved: %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="892"/>
        <source>NIK/KK disamarkan</source>
        <translation>NIK/KK masked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="894"/>
        <source>NIK/KK LENGKAP</source>
        <translation>NIK/KK IN FULL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="896"/>
        <source>%1 detik</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="921"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="922"/>
        <source>Hitung ulang semua angka dari data di laptop ini</source>
        <translation>Recount every figure from the data on this laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="923"/>
        <source>Tanggal daftar dari</source>
        <translation>Registered from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="924"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="926"/>
        <source>Semua pelatihan</source>
        <translation>All trainings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="927"/>
        <source>peserta terdaftar</source>
        <translation>registered participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="927"/>
        <source>diterima / kuota</source>
        <translation>accepted / quota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="928"/>
        <source>kelas</source>
        <translation>classes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="928"/>
        <source>rata-rata kehadiran kelas</source>
        <translation>average class attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="929"/>
        <source>mengundurkan diri</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="932"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="933"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="935"/>
        <source>Pendaftar per pelatihan dibanding kuota</source>
        <translation>Registrations per training against quota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="936"/>
        <source>Garis hitam: kuota · batang emas: melebihi kuota</source>
        <translation>Black line: quota · gold bar: over quota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="937"/>
        <source>Per kategori peserta</source>
        <translation>By participant category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="938"/>
        <source>Per kecamatan tempat tinggal</source>
        <translation>By kecamatan of residence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="939"/>
        <source>Per kelurahan/desa</source>
        <translation>By kelurahan/village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="940"/>
        <source>Pendaftaran per hari, per petugas pendata</source>
        <translation>Registrations per day, per officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="941"/>
        <source>Kehadiran per kelas dibanding ambang sertifikat</source>
        <translation>Attendance per class against the certificate threshold</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="942"/>
        <source>Pilih satu kelas untuk sertifikat dan rekap kehadirannya.</source>
        <translation>Choose one class for its certificates and attendance summary.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="943"/>
        <source>Cetak sertifikat…</source>
        <translation>Print certificates…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="945"/>
        <source>Satu halaman per peserta yang kehadirannya mencapai ambang kelas, dengan kode QR keaslian</source>
        <translation>One page per participant whose attendance reaches the class threshold, with an authenticity QR code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="946"/>
        <source>Rekap kehadiran (PDF)…</source>
        <translation>Attendance summary (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="947"/>
        <source>Daftar hadir (Excel)…</source>
        <translation>Attendance sheet (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="949"/>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="950"/>
        <source>+%1 lainnya (lihat tabel)</source>
        <translation>+%1 more (see the table)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="951"/>
        <source>Belum ada pendaftaran</source>
        <translation>No registrations yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="953"/>
        <source>Pilih laporan dan bentuk berkasnya. Excel untuk diolah lagi, CSV untuk aplikasi lain, PDF untuk dicetak dan ditandatangani. Setiap ekspor dicatat di log audit.</source>
        <translation>Choose a report and its file format. Excel to work on further, CSV for other applications, PDF to print and sign. Every export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="957"/>
        <source>Satu baris per peserta dengan semua isian (PDF: rekap per pelatihan, kategori, kecamatan).</source>
        <translation>One row per participant with every field (PDF: summary by training, category, kecamatan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="959"/>
        <source>Per kelas: peserta x sesi, jumlah hadir, persentase dan sertifikat (PDF: rekap per kelas).</source>
        <translation>Per class: participants x sessions, attendance count, percentage and certificate (PDF: summary per class).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="961"/>
        <source>Angka-angka halaman ini: pelatihan, kategori, wilayah, petugas per hari, kelas.</source>
        <translation>The figures on this page: trainings, categories, areas, officers per day, classes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="967"/>
        <source>NIK dan nomor KK disamarkan (contoh 3573********0001) kecuali Anda mencentang kotak di bawah.</source>
        <translation>NIK and family card numbers are masked (e.g. 3573********0001) unless you tick the box below.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="968"/>
        <source>Tulis NIK dan nomor KK lengkap (hanya Data peserta, Excel/CSV)</source>
        <translation>Write full NIK and family card numbers (Participant data only, Excel/CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="970"/>
        <source>Perhatian: berkas akan berisi NIK dan nomor KK lengkap. Itu data pribadi yang dilindungi: buat hanya bila diminta resmi (mis. oleh Disnaker), simpan di tempat aman, hapus bila tidak dipakai lagi. Ekspor ini tercatat di log audit beserta nama petugas.</source>
        <translation>Caution: the file will hold full NIK and family card numbers. That is protected personal data: make it only when officially asked (e.g. by Disnaker), keep it somewhere safe, delete it when no longer needed. This export is recorded in the audit log with the officer&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_page.py" line="974"/>
        <source>Semua ekspor dan pencetakan dari semua laptop yang sudah tersinkron, terbaru di atas. Baris merah: NIK/KK ditulis lengkap.</source>
        <translation>Every export and print from all synced laptops, newest first. Red rows: NIK/KK written in full.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="44"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="45"/>
        <source>Petugas pendata</source>
        <translation>Registration officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="46"/>
        <source>Pelatih</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>ScanStationPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="87"/>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="290"/>
        <source>Absensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="305"/>
        <source>— Pilih sesi —</source>
        <translation>— Choose a session —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="306"/>
        <source>Belum ada sesi. Buat kelas dulu di halaman Kelas &amp; Jadwal.</source>
        <translation>No sessions yet. Create a class first on the Classes &amp; Schedule page.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="308"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="308"/>
        <source>Akan datang</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="309"/>
        <source>Sudah lewat</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="365"/>
        <source>Belum ada sesi dipilih</source>
        <translation>No session chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="376"/>
        <source>Pilih sesi di atas dulu. Tanpa sesi, setiap pindaian ditolak.</source>
        <translation>Choose a session above first. Without a session, every scan is refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="417"/>
        <source>Kode yang sama barusan dipindai: diabaikan.</source>
        <translation>The same code was just scanned: ignored.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="513"/>
        <source>(kode tidak terbaca)</source>
        <translation>(code unreadable)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="515"/>
        <source>%1 · belum tersinkron</source>
        <translation>%1 · not synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="481"/>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="516"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="483"/>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="539"/>
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="541"/>
        <source>Batalkan pindaian ini (salah orang atau salah sesi)</source>
        <translation>Undo this scan (wrong person or wrong session)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="560"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="561"/>
        <source>Pindaian ini dibatalkan dan tidak dihitung.</source>
        <translation>This scan was undone and is not counted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="585"/>
        <source>(bukan kelas ini)</source>
        <translation>(not this class)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="674"/>
        <source>Pintu — stasiun absensi</source>
        <translation>Pintu — attendance station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="744"/>
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="745"/>
        <source>Sesi yang sedang berlangsung: sesi hari ini ada di atas</source>
        <translation>The session under way: today&apos;s sessions are at the top</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="746"/>
        <source>Bukan sesi hari ini</source>
        <translation>Not today&apos;s session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="747"/>
        <source>Layar penuh (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="748"/>
        <source>Tampilkan stasiun di seluruh layar untuk antrean; Esc untuk kembali</source>
        <translation>Show the station on the whole screen for a queue; Esc to go back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="749"/>
        <source>Cetak daftar hadir…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="750"/>
        <source>Simpan daftar hadir sesi ini sebagai PDF, dengan kolom tanda tangan</source>
        <translation>Save this session&apos;s attendance sheet as a PDF, with a signature column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="751"/>
        <source>Keluar layar penuh (Esc)</source>
        <translation>Leave full screen (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="752"/>
        <source>Hadir / terdaftar</source>
        <translation>Present / registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="753"/>
        <source>Kartu tertinggal? Ketik kode atau nama</source>
        <translation>Card left at home? Type the code or name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="754"/>
        <source>MLG-7K3F-Q2X atau nama peserta</source>
        <translation>MLG-7K3F-Q2X or the participant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="755"/>
        <source>Catat hadir</source>
        <translation>Record present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="756"/>
        <source>Catat kehadiran peserta yang dipilih (Enter)</source>
        <translation>Record the chosen participant as present (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="757"/>
        <source>Kamera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="758"/>
        <source>Pindaian terakhir</source>
        <translation>Latest scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="759"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="759"/>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="759"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/scan_station_page.py" line="760"/>
        <source>Stasiun absensi sedang tampil di layar penuh. Tekan Esc untuk kembali.</source>
        <translation>The attendance station is shown full screen. Press Esc to go back.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="120"/>
        <source>Ubah sesi</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="121"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="122"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="123"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="124"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="125"/>
        <source>mis. dipindah karena libur nasional</source>
        <translation>e.g. moved because of a public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="126"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_dialog.py" line="127"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="89"/>
        <location filename="../../desktop_app/ui/settings_page.py" line="165"/>
        <location filename="../../desktop_app/ui/settings_page.py" line="186"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="187"/>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="189"/>
        <source>Berlaku langsung untuk seluruh aplikasi dan diingat di laptop ini.</source>
        <translation>Applies at once to the whole application and is remembered on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="191"/>
        <source>Ruang kerja dan laptop ini</source>
        <translation>This workspace and laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="194"/>
        <source>Nama-nama ini ditetapkan saat ruang kerja dibuat. ID kunci perangkat menandai kartu peserta yang dicetak di laptop ini.</source>
        <translation>These names were set when the workspace was created. The device key ID marks the participant cards printed on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="199"/>
        <source>Nama ruang kerja</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="200"/>
        <source>Nama laptop ini</source>
        <translation>This laptop&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="201"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="202"/>
        <source>ID kunci perangkat</source>
        <translation>Device key ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="203"/>
        <source>Berkas basis data</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="204"/>
        <source>Versi Pintu</source>
        <translation>Pintu version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="208"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="209"/>
        <source>Buka folder tempat berkas basis data disimpan</source>
        <translation>Open the folder that holds the database file</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="497"/>
        <source>Buat ruang kerja</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="500"/>
        <source>Gabung</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="503"/>
        <source>Lanjut</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="505"/>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="507"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="507"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="524"/>
        <source>Pintu — persiapan pertama</source>
        <translation>Pintu — first-time setup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="525"/>
        <source>Selamat datang di Pintu</source>
        <translation>Welcome to Pintu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="528"/>
        <source>Pintu mencatat pendaftaran peserta pelatihan, juga tanpa internet. Semua data disimpan dalam sebuah ruang kerja di laptop ini. Belum ada ruang kerja di sini: mari siapkan sekarang.</source>
        <translation>Pintu records registrations for the trainings, with or without internet. All data is kept in a workspace on this laptop. There is no workspace here yet: let&apos;s set one up now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="532"/>
        <source>Apa yang ingin Anda lakukan?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="533"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="540"/>
        <source>Buat ruang kerja baru</source>
        <translation>Create a new workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="535"/>
        <source>Untuk laptop pertama sebuah program pelatihan, atau bila koordinator meminta Anda memulai.</source>
        <translation>For the first laptop of a training programme, or when your coordinator asks you to start one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="537"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="574"/>
        <source>Gabung ke ruang kerja yang ada</source>
        <translation>Join an existing workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="538"/>
        <source>Bila koordinator sudah punya ruang kerja dan memberi Anda berkasnya.</source>
        <translation>When your coordinator already has a workspace and has given you its file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="546"/>
        <source>Nama ruang kerja</source>
        <translation>Workspace name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="547"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="604"/>
        <source>Nama laptop ini</source>
        <translation>This laptop&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="548"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="605"/>
        <source>Nama petugas</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="553"/>
        <source>Sama untuk semua laptop dalam satu program.</source>
        <translation>The same on every laptop of one programme.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="554"/>
        <source>Agar data dari laptop ini mudah dikenali, misalnya nomor inventaris.</source>
        <translation>So that data from this laptop is easy to recognise, for example its inventory number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="555"/>
        <source>Orang yang mendata dengan laptop ini.</source>
        <translation>The person who registers people with this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="561"/>
        <source>contoh: Laptop Petugas 1</source>
        <translation>e.g. Laptop Petugas 1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="562"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="611"/>
        <source>contoh: Rina Kartikasari</source>
        <translation>e.g. Rina Kartikasari</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="572"/>
        <source>Data disimpan di laptop ini: %1</source>
        <translation>Data is kept on this laptop: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="578"/>
        <source>Koordinator memberi Anda sebuah berkas undangan (.pintu) dan, secara langsung, kata sandi ruang kerja. Laptop ini lalu mendapat semua data ruang kerja sampai saat itu, dan tanda tangannya sendiri untuk kartu peserta.</source>
        <translation>Your coordinator gives you an invitation file (.pintu) and, in person, the workspace password. This laptop then receives all of the workspace&apos;s data so far, and its own signature for participant cards.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="586"/>
        <source>Untuk bergabung, koordinator memberi Anda sebuah berkas ruang kerja beserta kata sandinya. Bergabung dari berkas hadir bersama fitur sinkronisasi, yang belum tersedia di versi Pintu ini.</source>
        <translation>To join, your coordinator gives you a workspace file and its password. Joining from a file comes with the sync feature, which is not yet available in this version of Pintu.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="592"/>
        <source>&lt;p&gt;&lt;b&gt;Yang dapat Anda lakukan sekarang:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Jika ini laptop pertama program Anda: tekan &lt;b&gt;Kembali&lt;/b&gt; dan pilih &lt;b&gt;Buat ruang kerja baru&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Jika koordinator sudah punya ruang kerja: tanyakan kepadanya kapan versi Pintu dengan sinkronisasi tersedia. Ruang kerja yang dibuat terpisah tidak dapat digabungkan nanti.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What you can do now:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;If this is your programme&apos;s first laptop: press &lt;b&gt;Back&lt;/b&gt; and choose &lt;b&gt;Create a new workspace&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;If your coordinator already has a workspace: ask them when the version of Pintu with sync will be available. A workspace created separately cannot be merged later.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="602"/>
        <source>Berkas undangan</source>
        <translation>Invitation file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="549"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="603"/>
        <source>Kata sandi ruang kerja</source>
        <translation>Workspace password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="407"/>
        <source>Kunci pemulihan disalin. Tempel di tempat yang aman, bukan di laptop ini.</source>
        <translation>Recovery key copied. Paste it somewhere safe, not on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="415"/>
        <source>Simpan lembar kunci pemulihan</source>
        <translation>Save the recovery key sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="425"/>
        <source>Tersimpan: %1. Cetak, lalu hapus berkasnya dari laptop ini.</source>
        <translation>Saved: %1. Print it, then delete the file from this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="430"/>
        <source>Kunci pemulihan Pintu</source>
        <translation>Pintu recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="431"/>
        <source>Ruang kerja</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="432"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="434"/>
        <source>Kunci ini membuka data ruang kerja bila kata sandi terlupa, dan memulihkan cadangan di laptop baru bila laptop ini rusak atau hilang. Simpan lembar ini di lemari kantor yang terkunci, terpisah dari laptop. Siapa pun yang memegang kunci ini dan cadangan data dapat membaca data.</source>
        <translation>This key opens the workspace&apos;s data if the password is forgotten, and restores backups on a new laptop if this one breaks or is lost. Keep this sheet in the office&apos;s locked cupboard, apart from the laptop. Anyone holding this key and a backup can read the data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="494"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="542"/>
        <source>Tiga nama dan satu kata sandi. Nama-nama ini tercatat pada setiap data yang dibuat di laptop ini; kata sandi mengunci data di laptop dan di berkas sinkronisasi.</source>
        <translation>Three names and a password. The names are recorded on everything made on this laptop; the password locks the data on the laptop and in sync files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="550"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="556"/>
        <source>Minimal 8 karakter; sebuah kalimat pendek mudah diingat dan sulit ditebak.</source>
        <translation>At least 8 characters; a short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="608"/>
        <source>Berkas .pintu dari koordinator</source>
        <translation>The .pintu file from your coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="609"/>
        <source>Dari koordinator, minimal 8 karakter</source>
        <translation>From your coordinator, at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="610"/>
        <source>contoh: Laptop Petugas 2</source>
        <translation>e.g. Laptop Petugas 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="618"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="619"/>
        <source>Simpan kunci pemulihan</source>
        <translation>Keep the recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="621"/>
        <source>Data di laptop ini terkunci dengan kata sandi ruang kerja. Bila kata sandi terlupa, atau laptop rusak dan data harus dipulihkan dari cadangan, hanya kunci di bawah ini yang dapat membukanya. Kunci ini hanya ditampilkan sekarang.</source>
        <translation>The data on this laptop is locked with the workspace password. If the password is forgotten, or the laptop breaks and the data must be restored from a backup, only the key below can open it. This key is shown only now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="624"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="625"/>
        <source>Simpan lembar untuk dicetak…</source>
        <translation>Save a sheet to print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="627"/>
        <source>Saya sudah mencatat atau mencetak kunci ini dan menyimpannya di tempat aman</source>
        <translation>I have written down or printed this key and keep it in a safe place</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="629"/>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="764"/>
        <source>Bergabung: membuka berkas dan menyalin data ruang kerja…</source>
        <translation>Joining: opening the file and copying the workspace&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="693"/>
        <source>%1

Berkas: %2</source>
        <translation>%1

File: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="697"/>
        <source>Pintu tidak diizinkan menulis di folder ini:
%1

Tidak ada data yang berubah.</source>
        <translation>Pintu is not allowed to write in this folder:
%1

No data was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="700"/>
        <source>%1

Berkas: %2
(%3)</source>
        <translation>%1

File: %2
(%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="711"/>
        <source>Pilih berkas undangan</source>
        <translation>Choose the invitation file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="711"/>
        <source>Berkas Pintu (%1)</source>
        <translation>Pintu files (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/setup_wizard.py" line="723"/>
        <source>Pilih berkas undangan dari koordinator.</source>
        <translation>Choose the invitation file from your coordinator.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="249"/>
        <source>Masuk ke Pintu</source>
        <translation>Sign in to Pintu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="250"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="189"/>
        <source>Coba lagi dalam %1 detik.</source>
        <translation>Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="205"/>
        <source>Siapa yang memakai laptop ini?</source>
        <translation>Who is using this laptop?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="206"/>
        <source>Pilih nama Anda, lalu ketik PIN Anda.</source>
        <translation>Choose your name, then type your PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="207"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="208"/>
        <source>4-8 angka</source>
        <translation>4-8 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in_dialog.py" line="209"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="88"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="283"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="934"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="530"/>
        <source>%1 perubahan belum dikirim</source>
        <translation>%1 changes not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="533"/>
        <source>Semua perubahan sudah dikirim</source>
        <translation>All changes have been sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="536"/>
        <source>%1 konflik perlu ditinjau</source>
        <translation>%1 conflicts to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="538"/>
        <source>%1 kemungkinan data ganda</source>
        <translation>%1 possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="541"/>
        <source>Konflik (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="542"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="543"/>
        <source>Data ganda (%1)</source>
        <translation>Duplicates (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="544"/>
        <source>Data ganda</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="545"/>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="595"/>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="626"/>
        <source>(Berkas dari ruang kerja &quot;%1&quot;; ruang kerja ini &quot;%2&quot;.)</source>
        <translation>(The file is from workspace &quot;%1&quot;; this workspace is &quot;%2&quot;.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="634"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="659"/>
        <source>Pilih folder sinkronisasi</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="694"/>
        <source>Sinkronisasi folder</source>
        <translation>Folder sync</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="694"/>
        <source>Menyinkronkan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="696"/>
        <source>Dibatalkan. Berkas yang sudah selesai diimpor tetap tersimpan; berkas laptop ini tidak ditulis.</source>
        <translation>Cancelled. Files already imported are kept; this laptop&apos;s file was not written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="711"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="850"/>
        <source>Orang baru: %1 · data diperbarui: %2 · kehadiran baru: %3.</source>
        <translation>New people: %1 · records updated: %2 · new attendance: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="719"/>
        <source>Sinkronisasi selesai</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="540"/>
        <source>Kirim dan terima</source>
        <translation>Send and receive</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="709"/>
        <source>Berkas laptop lain diimpor: %1 (%2).</source>
        <translation>Files of other laptops imported: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="710"/>
        <source>Belum ada berkas laptop lain di folder ini.</source>
        <translation>No files from other laptops in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="717"/>
        <source>Berkas laptop ini sudah ditulis ke folder (%1 perubahan): laptop lain mengambilnya saat mereka menyinkronkan.</source>
        <translation>This laptop&apos;s file was written to the folder (%1 changes): the other laptops take it when they sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="752"/>
        <source>Simpan berkas untuk dikirim</source>
        <translation>Save a file to send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="752"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="871"/>
        <source>Berkas Pintu (*.pintu)</source>
        <translation>Pintu files (*.pintu)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="759"/>
        <source>Kirim berkas</source>
        <translation>Send file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="759"/>
        <source>Menyimpan berkas…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="764"/>
        <source>Berkas tersimpan</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="766"/>
        <source>Berkas: %1 (%2).</source>
        <translation>File: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="768"/>
        <source>Berisi %1 perubahan dan %2 foto (termasuk yang diterima dari laptop lain).</source>
        <translation>Holds %1 changes and %2 photos (including those received from other laptops).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="770"/>
        <source>Isinya terkunci dengan kata sandi ruang kerja. Bawa berkas ini ke laptop lain, lalu di sana pilih &quot;Buka berkas yang diterima&quot;.</source>
        <translation>Its content is locked with the workspace password. Take this file to another laptop and choose &quot;Open a received file&quot; there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="785"/>
        <source>Buka berkas yang diterima</source>
        <translation>Open a received file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="786"/>
        <source>Berkas Pintu (*.pintu);;Semua berkas (*)</source>
        <translation>Pintu files (*.pintu);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="801"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="837"/>
        <source>Terima berkas</source>
        <translation>Receive file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="801"/>
        <source>Memeriksa berkas…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="807"/>
        <source>Pratinjau: yang akan masuk dari berkas ini</source>
        <translation>Preview: what this file will bring in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="811"/>
        <source>%1 — dari %2 (petugas %3), dibuat %4.</source>
        <translation>%1 — from %2 (officer %3), made %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="821"/>
        <source>%1 perubahan baru, %2 sudah ada di laptop ini.</source>
        <translation>%1 new changes, %2 already on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="824"/>
        <source>Semua isi berkas ini sudah ada di laptop ini.</source>
        <translation>Everything in this file is already on this laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="825"/>
        <source>Belum ada yang berubah: tekan &quot;Terapkan&quot; untuk memasukkannya.</source>
        <translation>Nothing has changed yet: press &quot;Apply&quot; to bring it in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="837"/>
        <source>Menerapkan berkas…</source>
        <translation>Applying the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="842"/>
        <source>Berkas tidak diterapkan</source>
        <translation>File not applied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="843"/>
        <source>Tidak ada yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="847"/>
        <source>Berkas diterapkan</source>
        <translation>File applied</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="849"/>
        <source>Dari berkas %1.</source>
        <translation>From the file %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="853"/>
        <source>%1 perubahan baru, %2 sudah ada.</source>
        <translation>%1 new changes, %2 already here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="871"/>
        <source>Simpan berkas undangan</source>
        <translation>Save the invitation file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="878"/>
        <location filename="../../desktop_app/ui/sync_page.py" line="958"/>
        <source>Undang laptop baru</source>
        <translation>Invite a new laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="878"/>
        <source>Membuat berkas undangan…</source>
        <translation>Making the invitation file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="882"/>
        <source>Berkas undangan tersimpan</source>
        <translation>Invitation file saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="884"/>
        <source>Berkas: %1.</source>
        <translation>File: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="885"/>
        <source>Di laptop baru: buka Pintu, pilih &quot;Gabung ke ruang kerja yang ada&quot;, pilih berkas ini dan ketik kata sandi ruang kerja.</source>
        <translation>On the new laptop: open Pintu, choose &quot;Join an existing workspace&quot;, choose this file and type the workspace password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="887"/>
        <source>Berkas ini berisi seluruh data ruang kerja (terkunci). Sampaikan kata sandinya secara langsung, jangan ditulis di flashdisk yang sama.</source>
        <translation>This file holds all of the workspace&apos;s data (locked). Give the password in person; never write it on the same USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="909"/>
        <source>Konflik baru: %1.</source>
        <translation>New conflicts: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="912"/>
        <source>Kemungkinan data ganda: %1.</source>
        <translation>Possible duplicates: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="915"/>
        <source>Tidak ada konflik atau data ganda baru.</source>
        <translation>No new conflicts or duplicates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="924"/>
        <source>laptop yang belum dikenal</source>
        <translation>an unknown laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="927"/>
        <source>Perubahan dari %1 belum lengkap (%2 hilang). Minta %1 (petugas %3) menyinkronkan lagi atau mengirim berkas terbarunya.</source>
        <translation>The changes from %1 are incomplete (%2 missing). Ask %1 (officer %3) to sync again or send their newest file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="935"/>
        <source>Folder sinkronisasi</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="938"/>
        <source>Flashdisk, folder bersama di jaringan, atau folder Syncthing/Google Drive. Setiap laptop menaruh berkasnya di sana dan mengambil berkas laptop lain: semua laptop yang memakai folder yang sama akhirnya punya data yang sama.</source>
        <translation>A USB stick, a shared network folder, or a Syncthing/Google Drive folder. Every laptop puts its file there and takes the other laptops&apos; files: all laptops using the same folder end up with the same data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="943"/>
        <source>Belum dipilih</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="944"/>
        <source>Folder ini tidak ditemukan sekarang (flashdisk belum dipasang?).</source>
        <translation>This folder cannot be found now (USB stick not plugged in?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="945"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="946"/>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="947"/>
        <source>Kata sandi diingat sampai Pintu ditutup.</source>
        <translation>The password is remembered until Pintu is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="948"/>
        <source>Lupakan</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="949"/>
        <source>Kirim/Terima berkas</source>
        <translation>Send/receive a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="952"/>
        <source>Tanpa folder bersama: simpan satu berkas berisi data laptop ini untuk dibawa ke laptop lain, atau buka berkas dari laptop lain. Sebelum diterapkan, Pintu menunjukkan apa saja yang akan masuk.</source>
        <translation>Without a shared folder: save one file with this laptop&apos;s data to take to another laptop, or open a file from another laptop. Before applying it, Pintu shows everything that will come in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="956"/>
        <source>Simpan berkas untuk dikirim…</source>
        <translation>Save a file to send…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="957"/>
        <source>Buka berkas yang diterima…</source>
        <translation>Open a received file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="959"/>
        <source>Berkas undangan untuk laptop yang baru bergabung ke ruang kerja ini.</source>
        <translation>An invitation file for a laptop that is joining this workspace.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="960"/>
        <source>Buat berkas undangan…</source>
        <translation>Make an invitation file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="961"/>
        <source>Daftar PHK Disnaker</source>
        <translation>Disnaker lay-off list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="963"/>
        <source>Cocokkan daftar pekerja ter-PHK dari Disnaker (CSV/XLSX) dengan peserta terdaftar.</source>
        <translation>Match Disnaker&apos;s list of laid-off workers (CSV/XLSX) with the registered participants.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="965"/>
        <source>Impor daftar Disnaker…</source>
        <translation>Import the Disnaker list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="967"/>
        <source>orang baru</source>
        <translation>new people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="968"/>
        <source>data peserta diperbarui</source>
        <translation>participant records updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="969"/>
        <source>kehadiran baru</source>
        <translation>new attendance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="970"/>
        <source>konflik (perlu ditinjau)</source>
        <translation>conflicts (to review)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="971"/>
        <source>kemungkinan data ganda</source>
        <translation>possible duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="975"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="976"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="978"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_page.py" line="981"/>
        <source>Hasil sinkronisasi, pratinjau berkas dan laporan muncul di sini.</source>
        <translation>Sync results, file previews and reports appear here.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="93"/>
        <source>Pintu — buka ruang kerja</source>
        <translation>Pintu — open the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="95"/>
        <source>Buka ruang kerja</source>
        <translation>Open the workspace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="121"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="161"/>
        <source>Ketik kunci pemulihan yang dicetak saat ruang kerja dibuat (8 kelompok berisi 4 huruf/angka). Setelah terbuka, buat kata sandi baru di Pengaturan.</source>
        <translation>Type the recovery key printed when the workspace was made (8 groups of 4 letters and digits). Once open, set a new password in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="163"/>
        <source>&amp;Kunci pemulihan</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="166"/>
        <source>Pakai kata sandi</source>
        <translation>Use the password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="168"/>
        <source>Data peserta di laptop ini terenkripsi. Ketik kata sandi ruang kerja untuk membukanya.</source>
        <translation>The participants&apos; data on this laptop is encrypted. Type the workspace password to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="170"/>
        <source>Ruang kerja demo ini memakai kata sandi %1.</source>
        <translation>This demo workspace uses the password %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="172"/>
        <source>&amp;Kata sandi ruang kerja</source>
        <translation>Workspace &amp;password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="175"/>
        <source>Lupa kata sandi? Pakai kunci pemulihan</source>
        <translation>Forgot the password? Use the recovery key</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="187"/>
        <source>Tunggu %n detik</source>
        <translation>
            <numerusform>Wait %n second</numerusform>
            <numerusform>Wait %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="190"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="255"/>
        <source>Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="259"/>
        <source>Terlalu banyak percobaan salah. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="55"/>
        <source>Peserta belum tersinkron</source>
        <translation>Participant not synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="56"/>
        <source>Kartu sah; data peserta akan lengkap setelah sinkronisasi berikutnya.</source>
        <translation>Valid card; the participant&apos;s data will be complete after the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="59"/>
        <source>Tercatat pertama pukul %1 di %2</source>
        <translation>First recorded at %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="60"/>
        <source>Tercatat pertama pukul %1</source>
        <translation>First recorded at %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="61"/>
        <source>Siap memindai</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="62"/>
        <source>Pindai kartu peserta dengan pemindai atau kamera, atau ketik kode atau nama peserta.</source>
        <translation>Scan a participant&apos;s card with the scanner or camera, or type the participant&apos;s code or name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/verdict_view.py" line="65"/>
        <source>BELUM TERSINKRON</source>
        <translation>NOT SYNCED YET</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="15"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="16"/>
        <source>Nomor KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="17"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="18"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="19"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="20"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="21"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="22"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="23"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="24"/>
        <source>Kelurahan/desa</source>
        <translation>Kelurahan/village</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="25"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="26"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="27"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="28"/>
        <source>Perusahaan terakhir</source>
        <translation>Last employer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="29"/>
        <source>Tanggal PHK</source>
        <translation>Lay-off date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="30"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="31"/>
        <source>Persetujuan</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="32"/>
        <source>Waktu persetujuan</source>
        <translation>Consent given at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="33"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="34"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="35"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="36"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="37"/>
        <location filename="../../desktop_app/ui/vocab.py" line="55"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="38"/>
        <source>Perangkat</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="40"/>
        <source>Cetakan kartu</source>
        <translation>Card print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="41"/>
        <source>Mengundurkan diri</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="42"/>
        <source>Alasan mundur</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="43"/>
        <source>Kemungkinan ganda dari</source>
        <translation>Possible duplicate of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="47"/>
        <source>Korban PHK</source>
        <translation>Laid-off worker</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="48"/>
        <source>Buruh aktif</source>
        <translation>Active worker</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="49"/>
        <source>Keluarga buruh</source>
        <translation>Worker&apos;s family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="50"/>
        <source>Warga sekitar pabrik</source>
        <translation>Factory neighbour</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="51"/>
        <source>Umum</source>
        <translation>General public</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="56"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="57"/>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="58"/>
        <source>Cadangan</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="59"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="63"/>
        <source>Tidak/belum sekolah</source>
        <translation>No schooling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="64"/>
        <source>Belum tamat SD/sederajat</source>
        <translation>Primary school not finished</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="65"/>
        <source>Tamat SD/sederajat</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="66"/>
        <source>SLTP/sederajat</source>
        <translation>Junior high school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="67"/>
        <source>SLTA/sederajat</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="68"/>
        <source>Diploma I/II</source>
        <translation>Diploma I/II</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="69"/>
        <source>Akademi/Diploma III/Sarjana muda</source>
        <translation>Academy/Diploma III</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="70"/>
        <source>Diploma IV/Strata I</source>
        <translation>Diploma IV/Bachelor&apos;s degree</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="71"/>
        <source>Strata II</source>
        <translation>Master&apos;s degree</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="72"/>
        <source>Strata III</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="76"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/vocab.py" line="77"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="71"/>
        <source>Berkas ini bukan basis data Pintu, atau berkas kuncinya (%2) tidak ada di sampingnya:
%1

Jika basis data disalin dari laptop lain, salin juga berkas kuncinya. Tidak ada yang diubah.</source>
        <translation>This file is not a Pintu database, or its key file (%2) is not next to it:
%1

If the database was copied from another laptop, copy its key file too. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="80"/>
        <source>Basis data ini tidak terenkripsi, jadi bukan buatan Pintu versi ini:
%1

Tidak ada yang diubah.</source>
        <translation>This database is not encrypted, so it was not written by this version of Pintu:
%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="87"/>
        <source>Berkas ini bukan basis data Pintu, atau berkasnya rusak:
%1

Tidak ada yang diubah.</source>
        <translation>This file is not a Pintu database, or it is damaged:
%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="94"/>
        <source>Ruang kerja ini dibuat oleh versi Pintu yang lebih baru:
%1

Perbarui Pintu untuk membukanya.</source>
        <translation>This workspace was made by a newer version of Pintu:
%1

Update Pintu to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="101"/>
        <source>Ruang kerja tidak dapat dibuka:
%1

(%2)</source>
        <translation>The workspace cannot be opened:
%1

(%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="118"/>
        <source>Pintu — ruang kerja tidak dapat dibuka</source>
        <translation>Pintu — the workspace cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="120"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="205"/>
        <source>Cadangan dipulihkan. Keadaan sebelumnya disimpan sebagai cadangan &quot;sebelum pemulihan&quot;.</source>
        <translation>Backup restored. The state before it was kept as a &quot;before restore&quot; backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="211"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore a backup</translation>
    </message>
</context>
</TS>
