<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="28" />
        <source>Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya</source>
        <translation>Show the whole agency or one unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="30" />
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="39" />
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="46" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="47" />
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60" />
        <source>PNS</source>
        <translation>PNS (civil servants)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="48" />
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60" />
        <source>PPPK</source>
        <translation>PPPK (contract staff)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="49" />
        <source>Laki-laki / perempuan</source>
        <translation>Men / women</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="50" />
        <source>Rata-rata usia (tahun)</source>
        <translation>Average age (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="51" />
        <source>Pensiun dalam 12 bulan</source>
        <translation>Retiring within 12 months</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="57" />
        <source>Pegawai per unit kerja</source>
        <translation>Employees per unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="58" />
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="59" />
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="61" />
        <source>Sebaran usia (tahun)</source>
        <translation>Age distribution (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="107" />
        <source>Instansi belum diisi</source>
        <translation>Agency not set up yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="111" />
        <source>Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan 'talenta demo'.</source>
        <translation>No personnel data yet. Import SIASN data or create a demo agency with 'talenta demo'.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="115" />
        <source>{0} pegawai di {1} unit kerja</source>
        <translation>{0} employees in {1} units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="128" />
        <source>Unit lainnya</source>
        <translation>Other units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="140" />
        <source>JPT</source>
        <translation>JPT (senior executive)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="141" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="142" />
        <source>Pengawas</source>
        <translation>Supervisor (Pengawas)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="143" />
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="144" />
        <source>Pelaksana</source>
        <translation>Executor (Pelaksana)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="145" />
        <source>Belum diisi</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="43" />
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="122" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="123" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="128" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="129" />
        <source>&amp;Tentang Talenta Desktop</source>
        <translation>&amp;About Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="136" />
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="140" />
        <source>DEMO — data rekaan, bukan data pegawai sebenarnya</source>
        <translation>DEMO — fictional data, not real personnel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="150" />
        <source>[DEMO]</source>
        <translation>[DEMO]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="155" />
        <source>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen Talenta ASN.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Civil-service talent management (Manajemen Talenta ASN) for regional HR agencies: the nine-box talent map, the talent committee, development plans, succession for critical posts and data exchange with BKN — working without internet.&lt;/p&gt;&lt;p&gt;Basis: Law 20/2023 on the civil service (ASN); PermenPANRB 3/2020 as amended by 20/2025 on ASN talent management.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="164" />
        <source>Tentang Talenta Desktop</source>
        <translation>About Talenta Desktop</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../talenta_desktop/app.py" line="122" />
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.</source>
        <translation>An unexpected error occurred. Data already saved is safe.</translation>
    </message>
</context>
</TS>