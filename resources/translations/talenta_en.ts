<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="120"/>
        <source>Pilih kolom</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="125"/>
        <source>Nama kolom SIASN/ekspor: {0}</source>
        <translation>SIASN/export column name: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="132"/>
        <source>Kolom bawaan</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="139"/>
        <source>Kolom yang dicentang tampil di tabel dan ikut diekspor.</source>
        <translation>Checked columns are shown in the table and included in exports.</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1129"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1131"/>
        <source>Data disimpan dalam satu transaksi: seluruhnya tersimpan, atau tidak sama sekali.</source>
        <translation>Data is saved in a single transaction: either all of it is saved, or none of it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1140"/>
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1172"/>
        <source>Memulai impor…</source>
        <translation>Starting import…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1176"/>
        <source>Mengimpor {0}, lembar “{1}”: {2} baris baru, {3} baris diperbarui.</source>
        <translation>Importing {0}, sheet “{1}” — new rows: {2}, updated rows: {3}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1197"/>
        <source>Membatalkan… perubahan yang sudah dibuat dikembalikan.</source>
        <translation>Cancelling… changes made so far are being rolled back.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1217"/>
        <source>Impor selesai</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1220"/>
        <source>{0} baris dibaca dari {1}, lembar “{2}”.</source>
        <translation>Rows read from {1}, sheet “{2}”: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1223"/>
        <source>Baru: {0} · diperbarui: {1} · tidak berubah: {2}</source>
        <translation>New: {0} · updated: {1} · unchanged: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1228"/>
        <source>{0} baris tidak valid dilewati.</source>
        <translation>Invalid rows skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1230"/>
        <source>{0} unit kerja baru dibuat.</source>
        <translation>New units created: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1242"/>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1244"/>
        <source>Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>No data was changed; the database is as it was before the import.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1251"/>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1254"/>
        <source>{0}&lt;br&gt;&lt;br&gt;Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>{0}&lt;br&gt;&lt;br&gt;No data was changed; the database is as it was before the import.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="28"/>
        <source>Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya</source>
        <translation>Show the whole agency or one unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="30"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="39"/>
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="46"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="47"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60"/>
        <source>PNS</source>
        <translation>PNS (civil servants)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="48"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60"/>
        <source>PPPK</source>
        <translation>PPPK (contract staff)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="49"/>
        <source>Laki-laki / perempuan</source>
        <translation>Men / women</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="50"/>
        <source>Rata-rata usia (tahun)</source>
        <translation>Average age (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="51"/>
        <source>Pensiun dalam 12 bulan</source>
        <translation>Retiring within 12 months</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="57"/>
        <source>Pegawai per unit kerja</source>
        <translation>Employees per unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="58"/>
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="59"/>
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="61"/>
        <source>Sebaran usia (tahun)</source>
        <translation>Age distribution (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="107"/>
        <source>Instansi belum diisi</source>
        <translation>Agency not set up yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="111"/>
        <source>Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan &apos;talenta demo&apos;.</source>
        <translation>No personnel data yet. Import SIASN data or create a demo agency with &apos;talenta demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="115"/>
        <source>{0} pegawai di {1} unit kerja</source>
        <translation>{0} employees in {1} units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="128"/>
        <source>Unit lainnya</source>
        <translation>Other units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="140"/>
        <source>JPT</source>
        <translation>JPT (senior executive)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="141"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="142"/>
        <source>Pengawas</source>
        <translation>Supervisor (Pengawas)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="143"/>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="144"/>
        <source>Pelaksana</source>
        <translation>Executor (Pelaksana)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="145"/>
        <source>Belum diisi</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="85"/>
        <source>Membaca berkas</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="86"/>
        <source>Memeriksa data</source>
        <translation>Checking data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="87"/>
        <source>Mencocokkan unit kerja</source>
        <translation>Matching units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="88"/>
        <source>Menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="89"/>
        <source>Selesai</source>
        <translation>Finishing</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="268"/>
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="274"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="275"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="276"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="277"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="278"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="50"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="51"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Impor data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="146"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="147"/>
        <source>&amp;Tentang Talenta Desktop</source>
        <translation>&amp;About Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="174"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="178"/>
        <source>DEMO — data rekaan, bukan data pegawai sebenarnya</source>
        <translation>DEMO — fictional data, not real personnel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="188"/>
        <source>[DEMO]</source>
        <translation>[DEMO]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="193"/>
        <source>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen Talenta ASN.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Civil-service talent management (Manajemen Talenta ASN) for regional HR agencies: the nine-box talent map, the talent committee, development plans, succession for critical posts and data exchange with BKN — working without internet.&lt;/p&gt;&lt;p&gt;Basis: Law 20/2023 on the civil service (ASN); PermenPANRB 3/2020 as amended by 20/2025 on ASN talent management.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="202"/>
        <source>Tentang Talenta Desktop</source>
        <translation>About Talenta Desktop</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="251"/>
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="256"/>
        <source>Pilih kolom berkas yang berisi tiap data. Data bertanda &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt; wajib ada; data lain boleh dibiarkan tidak dipakai.</source>
        <translation>Choose the file column that holds each field. Fields marked &lt;span style=&apos;color:#C0392B&apos;&gt;*&lt;/span&gt; are required; the others may be left unused.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="263"/>
        <source>Nama profil (opsional), mis. Rekap BKPSDM 2025</source>
        <translation>Profile name (optional), e.g. BKPSDM recap 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="265"/>
        <source>Simpan pemetaan ini dengan nama agar dapat dipakai lagi untuk berkas yang serupa</source>
        <translation>Save this mapping under a name so it can be reused for similar files</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="268"/>
        <source>Simpan sebagai profil:</source>
        <translation>Save as profile:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="275"/>
        <source>Gunakan pemetaan</source>
        <translation>Use mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="276"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="294"/>
        <source>Kolom wajib belum dipilih: {0}.</source>
        <translation>Required columns not chosen yet: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="297"/>
        <source>Semua kolom wajib sudah dipilih.</source>
        <translation>All required columns are chosen.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="32"/>
        <source>— tidak dipakai —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="114"/>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="114"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="114"/>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="123"/>
        <source>Nama kolom SIASN: {0}</source>
        <translation>SIASN column name: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="131"/>
        <source>{0}  (kolom {1})</source>
        <translation>{0}  (column {1})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="579"/>
        <source>Lembar dan kolom</source>
        <translation>Sheet and columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="582"/>
        <source>Kolom berkas dikenali dari judulnya. Periksa pasangannya, lalu ubah bila ada yang keliru atau belum ditemukan.</source>
        <translation>File columns are recognised by their headings. Check the pairings, then change any that are wrong or not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="594"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="609"/>
        <source>Nama profil, mis. Rekap BKPSDM 2025</source>
        <translation>Profile name, e.g. BKPSDM recap 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="610"/>
        <source>Simpan sebagai profil</source>
        <translation>Save as profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="612"/>
        <source>Simpan pemetaan ini agar dapat dipilih lagi untuk berkas dengan kolom yang sama</source>
        <translation>Save this mapping so it can be chosen again for files with the same columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="616"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="649"/>
        <source>Berkas tidak dapat dibuka: {0}</source>
        <translation>The file cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="684"/>
        <source>Membaca berkas…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="700"/>
        <source>Judul kolom di baris {0}; {1} baris data di bawahnya.</source>
        <translation>Column headings in row {0}; {1} data row(s) below.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="723"/>
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="744"/>
        <source>Kolom wajib belum ditemukan: {0}. Pilih kolom berkas yang berisi data tersebut pada baris bertanda merah.</source>
        <translation>Required columns not found yet: {0}. In the rows marked red, choose the file column that holds that data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="752"/>
        <source>Semua kolom wajib ditemukan; {0} kolom berkas akan dipakai.</source>
        <translation>All required columns found; {0} file column(s) will be used.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="760"/>
        <source>Kolom berkas yang tidak dipakai ({0}): {1}</source>
        <translation>File columns not used ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="765"/>
        <source>Semua kolom berkas dipakai.</source>
        <translation>All file columns are used.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="788"/>
        <source>Profil “{0}” diperbarui.</source>
        <translation>Profile “{0}” updated.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="788"/>
        <source>Profil “{0}” disimpan.</source>
        <translation>Profile “{0}” saved.</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="208"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="211"/>
        <source>Kolom…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="212"/>
        <source>Pilih kolom yang ditampilkan dan diekspor</source>
        <translation>Choose the columns shown and exported</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="213"/>
        <source>Ekspor tampilan…</source>
        <translation>Export view…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="215"/>
        <source>Simpan baris dan kolom yang tampil sebagai .xlsx atau .csv (dicatat di log audit)</source>
        <translation>Save the rows and columns shown as .xlsx or .csv (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="220"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="223"/>
        <source>Nama tanpa gelar (huruf besar/kecil dan aksen diabaikan; semua kata harus ada) atau NIP</source>
        <translation>Name without titles (case and accents ignored; all words must match) or NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="228"/>
        <source>Unit kerja beserta sub-unitnya</source>
        <translation>Unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="229"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="238"/>
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="238"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="238"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="243"/>
        <source>Semua jabatan</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="244"/>
        <source>Struktural</source>
        <translation>Structural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="245"/>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="246"/>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="251"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="371"/>
        <source>Semua eselon</source>
        <translation>All eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="376"/>
        <source>Eselon {0}</source>
        <translation>Eselon {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="377"/>
        <source>Non-eselon</source>
        <translation>Non-eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="382"/>
        <source>Semua golongan</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="386"/>
        <source>PNS golongan {0}</source>
        <translation>PNS grade {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="389"/>
        <source>PPPK golongan {0}</source>
        <translation>PPPK grade {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="415"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</source>
        <translation>No employees match this search and these filters.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="443"/>
        <source>{0} dari {1} pegawai</source>
        <translation>{0} of {1} employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="523"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="523"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="525"/>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="549"/>
        <source>Ekspor tampilan</source>
        <translation>Export view</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="546"/>
        <source>Menulis {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="546"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="579"/>
        <source>Ekspor selesai</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="581"/>
        <source>{0} pegawai diekspor ke {1}.

Berkas ini berisi data pribadi: simpan dan kirim hanya kepada yang berhak. Ekspor ini tercatat di log audit.</source>
        <translation>Exported {0} employee(s) to {1}.

This file contains personal data: store it and send it only to those entitled to it. This export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="589"/>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>PersonnelTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="47"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="48"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="49"/>
        <source>Nama tanpa gelar</source>
        <translation>Name (no titles)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="50"/>
        <source>Gelar depan</source>
        <translation>Title prefix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="51"/>
        <source>Gelar belakang</source>
        <translation>Title suffix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="52"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="53"/>
        <source>PNS/PPPK</source>
        <translation>PNS/PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="54"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="55"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="56"/>
        <source>Kode golongan</source>
        <translation>Grade code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="57"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="58"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="59"/>
        <source>Masa kerja (tahun)</source>
        <translation>Service (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="60"/>
        <source>Masa kerja (bulan)</source>
        <translation>Service (months)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="61"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="62"/>
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="63"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="64"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="65"/>
        <source>Kode eselon</source>
        <translation>Eselon code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="66"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="67"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="68"/>
        <source>Kode unit kerja</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="69"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="70"/>
        <source>Kode unit induk</source>
        <translation>Parent unit code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="71"/>
        <source>Tempat lahir</source>
        <translation>Birthplace</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="72"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="73"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="74"/>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="75"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="76"/>
        <source>Program studi</source>
        <translation>Study programme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="77"/>
        <source>Tahun lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="78"/>
        <source>TMT CPNS/PPPK</source>
        <translation>CPNS/PPPK TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="79"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="80"/>
        <source>BUP</source>
        <translation>Ret. age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="81"/>
        <source>TMT pensiun</source>
        <translation>Retirement date</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="818"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="821"/>
        <source>Berkas diperiksa seluruhnya tanpa menyimpan apa pun. Periksa hasilnya sebelum mengimpor.</source>
        <translation>The whole file is checked without saving anything. Review the results before importing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="825"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="840"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="841"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="842"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="843"/>
        <source>Tidak valid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="844"/>
        <source>Unit kerja baru</source>
        <translation>New units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="889"/>
        <source>Ekspor daftar masalah…</source>
        <translation>Export problem list…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="895"/>
        <source>Masalah yang ditemukan</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="899"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="903"/>
        <source>Lewati baris yang tidak valid</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="947"/>
        <source>Memeriksa berkas…</source>
        <translation>Checking file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="980"/>
        <source>{0}

Kembali ke langkah sebelumnya untuk memilih kolomnya.</source>
        <translation>{0}

Go back to the previous step to choose the columns.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="985"/>
        <source>Pemeriksaan berkas gagal: {0}</source>
        <translation>Checking the file failed: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1001"/>
        <source>{0} baris dibaca dari lembar “{1}” (judul kolom di baris {2}).</source>
        <translation>Rows read from sheet “{1}”: {0} (column headings in row {2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1007"/>
        <source>Unit kerja baru: {0}</source>
        <translation>New units: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1008"/>
        <source> dan {0} lainnya.</source>
        <translation> and {0} more.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1014"/>
        <source>Semua ({0})</source>
        <translation>All ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1015"/>
        <source>Kesalahan ({0})</source>
        <translation>Errors ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1016"/>
        <source>Peringatan ({0})</source>
        <translation>Warnings ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1025"/>
        <source>Tidak ada masalah: semua baris valid.</source>
        <translation>No problems: all rows are valid.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1053"/>
        <source>{0} baris tidak valid, sehingga berkas belum dapat diimpor. Perbaiki berkasnya lalu mulai lagi, atau centang “Lewati baris yang tidak valid” untuk mengimpor {1} baris yang valid saja.</source>
        <translation>The file has invalid rows ({0}), so it cannot be imported yet. Fix the file and start again, or tick “Skip invalid rows” to import only the valid rows ({1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1058"/>
        <source>Tidak ada data baru atau perubahan; tidak ada yang perlu diimpor.</source>
        <translation>No new or changed data; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1063"/>
        <source>{0} baris baru</source>
        <translation>{0} new row(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1065"/>
        <source>{0} baris diperbarui</source>
        <translation>{0} updated row(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1066"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1069"/>
        <source>{0} baris yang tidak valid akan dilewati; {1} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>{0} invalid row(s) will be skipped; {1} will be saved. Press Import to continue.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1073"/>
        <source>Berkas siap diimpor: {0} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>The file is ready to import: {0} will be saved. Press Import to continue.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1094"/>
        <source>Ekspor daftar masalah</source>
        <translation>Export problem list</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1094"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1106"/>
        <source>Menyimpan daftar masalah…</source>
        <translation>Saving problem list…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1115"/>
        <source>Daftar masalah disimpan ke {0}</source>
        <translation>Problem list saved to {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1119"/>
        <source>Daftar masalah tidak dapat disimpan: {0}</source>
        <translation>The problem list could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="171"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="172"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="173"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="174"/>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="175"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="177"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="177"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="144"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="209"/>
        <source>Pilih seorang pegawai di tabel untuk melihat profilnya.</source>
        <translation>Select an employee in the table to see their profile.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="170"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="170"/>
        <source>Data pribadi dan riwayat pendidikan</source>
        <translation>Personal data and education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="378"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="398"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <source>Jabatan sekarang, riwayat jabatan dan pangkat</source>
        <translation>Current post, post history and rank history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <source>Penilaian kinerja per tahun</source>
        <translation>Performance appraisal per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="452"/>
        <source>Hasil asesmen kompetensi dan potensi</source>
        <translation>Competency and potential assessment results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <source>Pengembangan kompetensi dan JP per tahun</source>
        <translation>Competency development and JP (training hours) per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="175"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="519"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="522"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="176"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="560"/>
        <source>Hukdis</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="176"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="532"/>
        <source>Hukuman disiplin</source>
        <translation>Disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="219"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="221"/>
        <source>Jabatan belum diisi</source>
        <translation>No post recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="226"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="330"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="344"/>
        <source>{0} tahun</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="228"/>
        <source>pensiun {0}</source>
        <translation>retires {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="249"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="249"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="327"/>
        <source>{0} tahun {1} bulan</source>
        <translation>{0} years {1} months</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="332"/>
        <source>TMT pensiun {0}</source>
        <translation>retires {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="335"/>
        <source> (lulus {0})</source>
        <translation> (graduated {0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="339"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="340"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="341"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="508"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="342"/>
        <source>Gelar</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="343"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="344"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="345"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="346"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="347"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="348"/>
        <source>TMT CPNS/PPPK</source>
        <translation>CPNS/PPPK TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="349"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="350"/>
        <source>Masa kerja golongan</source>
        <translation>Service (for grade)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="351"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="352"/>
        <source>Batas usia pensiun</source>
        <translation>Retirement age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="353"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="354"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="357"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="360"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="522"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="545"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="360"/>
        <source>Program / lembaga</source>
        <translation>Programme / institution</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="360"/>
        <source>Lulus</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="364"/>
        <source>Belum ada riwayat pendidikan.</source>
        <translation>No education history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="374"/>
        <source>Jabatan sekarang</source>
        <translation>Current post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="379"/>
        <source>Jenis / jenjang</source>
        <translation>Type / level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="380"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="380"/>
        <source>Non-eselon</source>
        <translation>Non-eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="381"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="382"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="398"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="383"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="384"/>
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="385"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="388"/>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="394"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="395"/>
        <source>SK {0}</source>
        <translation>Decree {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="398"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="408"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="544"/>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="402"/>
        <source>Belum ada riwayat jabatan.</source>
        <translation>No post history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="405"/>
        <source>Riwayat golongan/pangkat</source>
        <translation>Grade/rank history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="408"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="408"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="408"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="411"/>
        <source>Belum ada riwayat golongan.</source>
        <translation>No grade history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="420"/>
        <source>Penilaian kinerja (SKP)</source>
        <translation>Performance appraisal (SKP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="421"/>
        <source>Predikat dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022).</source>
        <translation>Rating from work results and work behaviour (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="432"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="497"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="433"/>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="434"/>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="435"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="436"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="445"/>
        <source>Belum ada SKP.</source>
        <translation>No SKP yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="454"/>
        <source>Belum ada hasil asesmen.</source>
        <translation>No assessment results yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="467"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="468"/>
        <source>Manajerial</source>
        <translation>Managerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="469"/>
        <source>Sosial kultural</source>
        <translation>Socio-cultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="470"/>
        <source>Teknis</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="471"/>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="482"/>
        <source>Jam pelajaran (JP) per tahun</source>
        <translation>Training hours (JP) per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="483"/>
        <source>Setiap PNS berhak atas pengembangan kompetensi paling sedikit {0} JP setahun (PP 17/2020 Pasal 203 ayat 4). Tahun di bawah {0} JP ditandai merah.</source>
        <translation>Every PNS is entitled to at least {0} JP of competency development a year (PP 17/2020, Article 203(4)). Years below {0} JP are marked red.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="489"/>
        <source>Terpenuhi</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="491"/>
        <source>Kurang {0} JP</source>
        <translation>{0} JP short</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="497"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="508"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="497"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="502"/>
        <source>Belum ada riwayat diklat: 0 JP.</source>
        <translation>No training history yet: 0 JP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="505"/>
        <source>Riwayat diklat dan kursus</source>
        <translation>Training and course history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="508"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="508"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="546"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="512"/>
        <source>Belum ada riwayat diklat.</source>
        <translation>No training history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="522"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="525"/>
        <source>Belum ada penghargaan.</source>
        <translation>No awards yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="536"/>
        <source>Riwayat hukuman disiplin adalah data pribadi yang sensitif dan hanya ditampilkan untuk peran administrator dan operator.</source>
        <translation>Disciplinary records are sensitive personal data and are shown only to the administrator and operator roles.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="547"/>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="548"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="555"/>
        <source>Tidak ada catatan hukuman disiplin.</source>
        <translation>No disciplinary records.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="562"/>
        <source>Hukdis ({0})</source>
        <translation>Discipline ({0})</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="393"/>
        <source>Jenis data dan berkas</source>
        <translation>Data type and file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="396"/>
        <source>Pilih data yang akan diimpor dan berkasnya: Excel (.xlsx, .xls), ODS atau CSV, misalnya unduhan SIASN atau rekap dari unit kerja.</source>
        <translation>Choose the data to import and its file: Excel (.xlsx, .xls), ODS or CSV, for example a SIASN download or a summary from a unit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="402"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="403"/>
        <source>Data utama SIASN: NIP, nama, jabatan, unit kerja, golongan, TMT.</source>
        <translation>SIASN main data: NIP, name, post, unit, grade, TMT dates.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="406"/>
        <source>Riwayat SKP</source>
        <translation>SKP history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="407"/>
        <source>Predikat kinerja per tahun: NIP, tahun, hasil kerja, perilaku kerja.</source>
        <translation>Performance ratings per year: NIP, year, work results, work behaviour.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="410"/>
        <source>Hasil asesmen</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="411"/>
        <source>Hasil uji kompetensi: NIP, tanggal asesmen, JPM, nilai potensi.</source>
        <translation>Competency test results: NIP, assessment date, JPM, potential score.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="415"/>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="429"/>
        <source>Pilih berkas lembar kerja…</source>
        <translation>Choose a spreadsheet file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="431"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="433"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="444"/>
        <source>Profil menyimpan pemetaan kolom berkas yang pernah diimpor, untuk berkas dengan susunan kolom yang sama. Tanpa profil, kolom dikenali dari judulnya.</source>
        <translation>A profile stores the column mapping of a file imported before, for files with the same column layout. Without a profile, columns are recognised by their headings.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="448"/>
        <source>Profil pemetaan kolom</source>
        <translation>Column mapping profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="510"/>
        <source>Tanpa profil — kenali kolom dari judulnya</source>
        <translation>No profile — recognise columns by their headings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="515"/>
        <source>Belum ada profil tersimpan untuk jenis data ini</source>
        <translation>No saved profiles for this data type yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="530"/>
        <source>Pilih berkas untuk diimpor</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="532"/>
        <source>Lembar kerja dan CSV ({0});;Semua berkas (*)</source>
        <translation>Spreadsheets and CSV ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="544"/>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="546"/>
        <source>Jenis berkas ini tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>This file type is not supported; use .xlsx, .xls, .ods or .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="557"/>
        <source>Kolom wajib untuk jenis data ini: {0}.</source>
        <translation>Required columns for this data type: {0}.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../talenta_desktop/app.py" line="133"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.</source>
        <translation>An unexpected error occurred. Data already saved is safe.</translation>
    </message>
</context>
</TS>
