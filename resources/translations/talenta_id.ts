<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="321"/>
        <source>Ekspor: {0}</source>
        <translation>Ekspor: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="347"/>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="347"/>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="442"/>
        <source>Nomor urut peristiwa dalam rantai log audit</source>
        <translation>Nomor urut peristiwa dalam rantai log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="476"/>
        <source>Rantai log audit terputus di peristiwa ini</source>
        <translation>Rantai log audit terputus di peristiwa ini</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="113"/>
        <source>Ubah kegiatan — {0}</source>
        <translation>Ubah kegiatan — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="115"/>
        <source>Tambah kegiatan — {0}</source>
        <translation>Tambah kegiatan — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="126"/>
        <source>mis. Pelatihan Analis Kebijakan Ahli Muda</source>
        <translation>mis. Pelatihan Analis Kebijakan Ahli Muda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="132"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="137"/>
        <source>nama mentor atau coach, bila ada</source>
        <translation>nama mentor atau coach, bila ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="150"/>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="156"/>
        <source>&amp;Bentuk:</source>
        <translation>&amp;Bentuk:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="157"/>
        <source>&amp;Nama kegiatan:</source>
        <translation>&amp;Nama kegiatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="158"/>
        <source>&amp;Kategori 70:20:10:</source>
        <translation>&amp;Kategori 70:20:10:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="159"/>
        <source>&amp;JP direncanakan:</source>
        <translation>&amp;JP direncanakan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="160"/>
        <source>Mulai s.d. &amp;batas waktu:</source>
        <translation>Mulai s.d. &amp;batas waktu:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="161"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="169"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="172"/>
        <source>B&amp;ukti:</source>
        <translation>B&amp;ukti:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="174"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="174"/>
        <source>Tambah kegiatan</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="177"/>
        <source>70:20:10 adalah pedoman, bukan aturan: kira-kira 70% belajar dari pengalaman (penugasan, rotasi, magang), 20% dari orang lain (coaching, mentoring) dan 10% pembelajaran formal (pelatihan, seminar). Tandai kegiatan selesai dengan tombol &quot;Tandai selesai…&quot;.</source>
        <translation>70:20:10 adalah pedoman, bukan aturan: kira-kira 70% belajar dari pengalaman (penugasan, rotasi, magang), 20% dari orang lain (coaching, mentoring) dan 10% pembelajaran formal (pelatihan, seminar). Tandai kegiatan selesai dengan tombol &quot;Tandai selesai…&quot;.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="106"/>
        <source>Tambah pengguna</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="108"/>
        <source>mis. sari.operator</source>
        <translation>mis. sari.operator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="111"/>
        <source>bila pengguna seorang ASN</source>
        <translation>bila pengguna seorang ASN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="116"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="117"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="118"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="119"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="120"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="122"/>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="125"/>
        <source>Sampaikan kata sandi kepada pengguna secara langsung; ia dapat menggantinya sendiri di halaman ini setelah masuk.</source>
        <translation>Sampaikan kata sandi kepada pengguna secara langsung; ia dapat menggantinya sendiri di halaman ini setelah masuk.</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="28"/>
        <source>Untuk bekerja sehari-hari.</source>
        <translation>Untuk bekerja sehari-hari.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="29"/>
        <source>Lebih nyaman di ruangan redup dan untuk mata yang lelah.</source>
        <translation>Lebih nyaman di ruangan redup dan untuk mata yang lelah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="32"/>
        <source>Untuk peta yang diproyeksikan ke dinding dalam rapat komite: huruf hitam tebal di atas putih, garis tegas dan warna kotak yang kuat.</source>
        <translation>Untuk peta yang diproyeksikan ke dinding dalam rapat komite: huruf hitam tebal di atas putih, garis tegas dan warna kotak yang kuat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="71"/>
        <source>{0} (normal)</source>
        <translation>{0} (normal)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="79"/>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="80"/>
        <source>Tema:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="81"/>
        <source>&amp;Ukuran huruf:</source>
        <translation>&amp;Ukuran huruf:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="85"/>
        <source>Tampilan di komputer ini</source>
        <translation>Tampilan di komputer ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="89"/>
        <source>Pilihan langsung dipakai dan diingat untuk pembukaan berikutnya. Halaman dibangun ulang dalam tampilan baru; pekerjaan yang belum disimpan ditanyakan dulu. Ukuran huruf juga dapat diubah di mana saja dengan {0} dan {1}.</source>
        <translation>Pilihan langsung dipakai dan diingat untuk pembukaan berikutnya. Halaman dibangun ulang dalam tampilan baru; pekerjaan yang belum disimpan ditanyakan dulu. Ukuran huruf juga dapat diubah di mana saja dengan {0} dan {1}.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="118"/>
        <source>Data pegawai</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="119"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="120"/>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="121"/>
        <source>Profil impor</source>
        <translation>Profil impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="122"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="123"/>
        <source>Pemetaan talenta</source>
        <translation>Pemetaan talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="124"/>
        <source>Periode talenta</source>
        <translation>Periode talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="125"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="126"/>
        <source>Komite talenta</source>
        <translation>Komite talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="127"/>
        <source>Rapat komite</source>
        <translation>Rapat komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="128"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="129"/>
        <source>Rencana pengembangan</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="130"/>
        <source>Suksesi</source>
        <translation>Suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="131"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="132"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="133"/>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="134"/>
        <source>Ekspor berkas</source>
        <translation>Ekspor berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="135"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="136"/>
        <source>Paket pertukaran</source>
        <translation>Paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="137"/>
        <source>Pertukaran data</source>
        <translation>Pertukaran data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="138"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="371"/>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="139"/>
        <source>Privasi data</source>
        <translation>Privasi data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="140"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="141"/>
        <source>Data demo</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="145"/>
        <source>Impor data pegawai</source>
        <translation>Impor data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="146"/>
        <source>Ekspor data pegawai</source>
        <translation>Ekspor data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="147"/>
        <source>Impor SKP</source>
        <translation>Impor SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="148"/>
        <source>Impor asesmen</source>
        <translation>Impor asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="149"/>
        <source>Profil impor disimpan</source>
        <translation>Profil impor disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="150"/>
        <source>Pemetaan talenta dijalankan</source>
        <translation>Pemetaan talenta dijalankan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="151"/>
        <source>Periode dibuat</source>
        <translation>Periode dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="152"/>
        <source>Status periode diubah</source>
        <translation>Status periode diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="153"/>
        <source>Kotak talenta dikalibrasi</source>
        <translation>Kotak talenta dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="154"/>
        <source>Kalibrasi dibatalkan</source>
        <translation>Kalibrasi dibatalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="155"/>
        <source>Komite dibentuk</source>
        <translation>Komite dibentuk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="156"/>
        <source>Anggota komite ditambahkan</source>
        <translation>Anggota komite ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="157"/>
        <source>Anggota komite diubah</source>
        <translation>Anggota komite diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="158"/>
        <source>Rapat dijadwalkan</source>
        <translation>Rapat dijadwalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="159"/>
        <source>Acara rapat diubah</source>
        <translation>Acara rapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="160"/>
        <source>Kehadiran rapat dicatat</source>
        <translation>Kehadiran rapat dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="161"/>
        <source>Rapat dimulai</source>
        <translation>Rapat dimulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="162"/>
        <source>Rapat dijeda</source>
        <translation>Rapat dijeda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="163"/>
        <source>Notula rapat diubah</source>
        <translation>Notula rapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="164"/>
        <source>Catatan pembahasan pegawai</source>
        <translation>Catatan pembahasan pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="165"/>
        <source>Keputusan rapat</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="166"/>
        <source>Benturan kepentingan dicatat</source>
        <translation>Benturan kepentingan dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="167"/>
        <source>Tindak lanjut ditambahkan</source>
        <translation>Tindak lanjut ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="168"/>
        <source>Tindak lanjut selesai</source>
        <translation>Tindak lanjut selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="169"/>
        <source>Rapat difinalkan</source>
        <translation>Rapat difinalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="170"/>
        <source>Rencana pengembangan dibuat</source>
        <translation>Rencana pengembangan dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="171"/>
        <source>Rencana pengembangan dibuat sekaligus</source>
        <translation>Rencana pengembangan dibuat sekaligus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="172"/>
        <source>Status rencana pengembangan diubah</source>
        <translation>Status rencana pengembangan diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="173"/>
        <source>Rencana pengembangan disetujui</source>
        <translation>Rencana pengembangan disetujui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="174"/>
        <source>Kegiatan pengembangan ditambahkan</source>
        <translation>Kegiatan pengembangan ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="175"/>
        <source>Kegiatan pengembangan diubah</source>
        <translation>Kegiatan pengembangan diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="176"/>
        <source>Kegiatan pengembangan dihapus</source>
        <translation>Kegiatan pengembangan dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="177"/>
        <source>Jabatan target/kritikal ditambahkan</source>
        <translation>Jabatan target/kritikal ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="178"/>
        <source>Jabatan target/kritikal diubah</source>
        <translation>Jabatan target/kritikal diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="179"/>
        <source>Suksesor diusulkan</source>
        <translation>Suksesor diusulkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="180"/>
        <source>Kesiapan suksesor diubah</source>
        <translation>Kesiapan suksesor diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="181"/>
        <source>Usulan suksesor ditarik</source>
        <translation>Usulan suksesor ditarik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="182"/>
        <source>Suksesor ditetapkan</source>
        <translation>Suksesor ditetapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="183"/>
        <source>Skema penilaian dibuat</source>
        <translation>Skema penilaian dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="184"/>
        <source>Versi skema baru disimpan</source>
        <translation>Versi skema baru disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="185"/>
        <source>Skema bawaan diganti</source>
        <translation>Skema bawaan diganti</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="186"/>
        <source>Pengaturan disimpan</source>
        <translation>Pengaturan disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="187"/>
        <source>Data instansi diubah</source>
        <translation>Data instansi diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="188"/>
        <source>Paket pertukaran diimpor</source>
        <translation>Paket pertukaran diimpor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="189"/>
        <source>Pengirim paket dicatat</source>
        <translation>Pengirim paket dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="190"/>
        <source>Masuk aplikasi</source>
        <translation>Masuk aplikasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="191"/>
        <source>Gagal masuk</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="192"/>
        <source>Pengguna ditambahkan</source>
        <translation>Pengguna ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="193"/>
        <source>Kata sandi diganti</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="194"/>
        <source>Pengguna diaktifkan</source>
        <translation>Pengguna diaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="195"/>
        <source>Pengguna dinonaktifkan</source>
        <translation>Pengguna dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="196"/>
        <source>Peran pengguna diubah</source>
        <translation>Peran pengguna diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="197"/>
        <source>Salinan cadangan dibuat</source>
        <translation>Salinan cadangan dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="198"/>
        <source>Database dipulihkan dari salinan</source>
        <translation>Database dipulihkan dari salinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="199"/>
        <source>Database dienkripsi</source>
        <translation>Database dienkripsi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="200"/>
        <source>Data demo dibuat</source>
        <translation>Data demo dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="205"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="269"/>
        <source>periode</source>
        <translation>periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="206"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="207"/>
        <source>kotak</source>
        <translation>kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="208"/>
        <source>alasan</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="209"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="210"/>
        <source>nomor</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="211"/>
        <source>tanggal rapat</source>
        <translation>tanggal rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="212"/>
        <source>mengoreksi rapat</source>
        <translation>mengoreksi rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="213"/>
        <source>tugas</source>
        <translation>tugas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="214"/>
        <source>tenggat</source>
        <translation>tenggat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="215"/>
        <source>panjang teks</source>
        <translation>panjang teks</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="216"/>
        <source>jenis</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="217"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="218"/>
        <source>nama</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="219"/>
        <source>nama lengkap</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="220"/>
        <source>versi</source>
        <translation>versi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="221"/>
        <source>bawaan aplikasi</source>
        <translation>bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="222"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="223"/>
        <source>berkas</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="224"/>
        <source>baris</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="225"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="226"/>
        <source>selesai pada</source>
        <translation>selesai pada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="227"/>
        <source>bukti</source>
        <translation>bukti</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="228"/>
        <source>peran</source>
        <translation>peran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="229"/>
        <source>hubungan</source>
        <translation>hubungan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="230"/>
        <source>kesiapan</source>
        <translation>kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="231"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="232"/>
        <source>jabatan</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="233"/>
        <source>kuorum</source>
        <translation>kuorum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="234"/>
        <source>dibahas</source>
        <translation>dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="235"/>
        <source>acara</source>
        <translation>acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="236"/>
        <source>dipetakan</source>
        <translation>dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="237"/>
        <source>belum dapat dipetakan</source>
        <translation>belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="238"/>
        <source>berubah</source>
        <translation>berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="239"/>
        <source>dibuat</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="240"/>
        <source>sudah ada</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="241"/>
        <source>tahun SKP</source>
        <translation>tahun SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="242"/>
        <source>tanggal acuan</source>
        <translation>tanggal acuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="243"/>
        <source>masa berlaku asesmen</source>
        <translation>masa berlaku asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="244"/>
        <source>nomor SK</source>
        <translation>nomor SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="245"/>
        <source>tanggal SK</source>
        <translation>tanggal SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="246"/>
        <source>diwakili</source>
        <translation>diwakili</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="247"/>
        <source>urutan tanda tangan</source>
        <translation>urutan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="248"/>
        <source>aktif</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="249"/>
        <source>judul</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="250"/>
        <source>skema</source>
        <translation>skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="251"/>
        <source>bawaan</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="252"/>
        <source>catatan</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="253"/>
        <source>gagal</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="254"/>
        <source>terkunci sampai</source>
        <translation>terkunci sampai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="255"/>
        <source>salinan</source>
        <translation>salinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="256"/>
        <source>data sensitif</source>
        <translation>data sensitif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="257"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="258"/>
        <source>saringan</source>
        <translation>saringan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="259"/>
        <source>sumber</source>
        <translation>sumber</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="260"/>
        <source>instansi</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="261"/>
        <source>unit kerja</source>
        <translation>unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="262"/>
        <source>pegawai</source>
        <translation>pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="263"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="264"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="265"/>
        <source>baris SKP</source>
        <translation>baris SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="266"/>
        <source>asesmen</source>
        <translation>asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="267"/>
        <source>baris diklat</source>
        <translation>baris diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="268"/>
        <source>baris hukuman disiplin</source>
        <translation>baris hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="270"/>
        <source>kalibrasi</source>
        <translation>kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="271"/>
        <source>ukuran</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="272"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="273"/>
        <source>lembar</source>
        <translation>lembar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="274"/>
        <source>baru</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="275"/>
        <source>diperbarui</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="276"/>
        <source>tidak berubah</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="277"/>
        <source>tidak valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="278"/>
        <source>lewati baris tidak valid</source>
        <translation>lewati baris tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="279"/>
        <source>unit kerja baru</source>
        <translation>unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="280"/>
        <source>nomor pegawai</source>
        <translation>nomor pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="281"/>
        <source>pemangku (nomor pegawai)</source>
        <translation>pemangku (nomor pegawai)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="282"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="283"/>
        <source>lokasi berkas</source>
        <translation>lokasi berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="284"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="285"/>
        <source>sidik jari</source>
        <translation>sidik jari</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="286"/>
        <source>kolom</source>
        <translation>kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="287"/>
        <source>nomor kalibrasi</source>
        <translation>nomor kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="288"/>
        <source>membatalkan kalibrasi nomor</source>
        <translation>membatalkan kalibrasi nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="289"/>
        <source>nomor keputusan</source>
        <translation>nomor keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="290"/>
        <source>nomor suksesor</source>
        <translation>nomor suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="291"/>
        <source>nomor kegiatan</source>
        <translation>nomor kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="292"/>
        <source>nomor tindak lanjut</source>
        <translation>nomor tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="293"/>
        <source>nomor anggota komite</source>
        <translation>nomor anggota komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="294"/>
        <source>nomor rapat</source>
        <translation>nomor rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="295"/>
        <source>nomor pemetaan</source>
        <translation>nomor pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="296"/>
        <source>nomor skema</source>
        <translation>nomor skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="297"/>
        <source>nomor rencana</source>
        <translation>nomor rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="298"/>
        <source>nomor periode</source>
        <translation>nomor periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="299"/>
        <source>nomor unit kerja</source>
        <translation>nomor unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="369"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="370"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="372"/>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="373"/>
        <source>Pegawai dan isi</source>
        <translation>Pegawai dan isi</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="569"/>
        <source>Rantai log audit belum diperiksa.</source>
        <translation>Rantai log audit belum diperiksa.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="570"/>
        <source>Periksa &amp;rantai</source>
        <translation>Periksa &amp;rantai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="573"/>
        <source>Hitung ulang sidik jari setiap peristiwa: peristiwa yang diubah, disisipkan atau dihapus setelah dicatat akan ketahuan</source>
        <translation>Hitung ulang sidik jari setiap peristiwa: peristiwa yang diubah, disisipkan atau dihapus setelah dicatat akan ketahuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="577"/>
        <source>Tampilkan peristiwa</source>
        <translation>Tampilkan peristiwa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="578"/>
        <source>Pilih peristiwa pertama yang rantainya terputus</source>
        <translation>Pilih peristiwa pertama yang rantainya terputus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="590"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="927"/>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="595"/>
        <source>Jenis tindakan</source>
        <translation>Jenis tindakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="596"/>
        <source>Tanggal mulai</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="597"/>
        <source>Tanggal akhir</source>
        <translation>Tanggal akhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="599"/>
        <source>NIP atau nama pegawai</source>
        <translation>NIP atau nama pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="602"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="932"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="603"/>
        <source>&amp;Hapus filter</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="604"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="607"/>
        <source>Simpan peristiwa yang sesuai saringan ke berkas Excel (.xlsx) atau CSV</source>
        <translation>Simpan peristiwa yang sesuai saringan ke berkas Excel (.xlsx) atau CSV</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="615"/>
        <source>&amp;Pengguna:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="616"/>
        <source>Pe&amp;gawai:</source>
        <translation>Pe&amp;gawai:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="625"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="628"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="630"/>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="665"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="908"/>
        <source>Rincian peristiwa</source>
        <translation>Rincian peristiwa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="717"/>
        <source>Memuat log audit…</source>
        <translation>Memuat log audit…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="729"/>
        <source>Hanya administrator yang dapat melihat log audit.</source>
        <translation>Hanya administrator yang dapat melihat log audit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="741"/>
        <source>Semua pengguna</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="743"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="756"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="744"/>
        <source>Semua jenis tindakan</source>
        <translation>Semua jenis tindakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="750"/>
        <source>{0} (semua, {1})</source>
        <translation>{0} (semua, {1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="866"/>
        <source>Tidak ada peristiwa yang sesuai saringan.</source>
        <translation>Tidak ada peristiwa yang sesuai saringan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="868"/>
        <source>Log audit masih kosong.</source>
        <translation>Log audit masih kosong.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="871"/>
        <source>{0} peristiwa</source>
        <translation>{0} peristiwa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="873"/>
        <source>{0} peristiwa terbaru dari {1}; gulir ke bawah untuk memuat lebih banyak</source>
        <translation>{0} peristiwa terbaru dari {1}; gulir ke bawah untuk memuat lebih banyak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="883"/>
        <source>Tidak ada pegawai yang cocok.</source>
        <translation>Tidak ada pegawai yang cocok.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="886"/>
        <source>{0} pegawai cocok</source>
        <translation>{0} pegawai cocok</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="911"/>
        <source>Pilih sebuah peristiwa untuk melihat isinya sebelum dan sesudah.</source>
        <translation>Pilih sebuah peristiwa untuk melihat isinya sebelum dan sesudah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="915"/>
        <source>Peristiwa #{0}</source>
        <translation>Peristiwa #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="923"/>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="926"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="930"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="936"/>
        <source>Rantai</source>
        <translation>Rantai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Sebelum</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Sesudah</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="959"/>
        <source>Isi yang dicatat</source>
        <translation>Isi yang dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="978"/>
        <source>Sidik jari: {0}</source>
        <translation>Sidik jari: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="991"/>
        <source>Memeriksa rantai log audit…</source>
        <translation>Memeriksa rantai log audit…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1007"/>
        <source>Rantai log audit utuh: {0} peristiwa diperiksa, tidak ada yang diubah atau hilang.</source>
        <translation>Rantai log audit utuh: {0} peristiwa diperiksa, tidak ada yang diubah atau hilang.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1011"/>
        <source>waktu tidak diketahui</source>
        <translation>waktu tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1013"/>
        <source>Rantai log audit terputus di peristiwa #{0} ({1}): {2}. Peristiwa sejak itu tidak dapat dipercaya sepenuhnya; simpan salinan database ini dan laporkan.</source>
        <translation>Rantai log audit terputus di peristiwa #{0} ({1}): {2}. Peristiwa sejak itu tidak dapat dipercaya sepenuhnya; simpan salinan database ini dan laporkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1027"/>
        <source>Rantai log audit tidak dapat diperiksa: {0}</source>
        <translation>Rantai log audit tidak dapat diperiksa: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1051"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1051"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1054"/>
        <source>Ekspor log audit</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1078"/>
        <source>Mengekspor log audit ke {0}…</source>
        <translation>Mengekspor log audit ke {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1098"/>
        <source>{0} peristiwa disimpan ke {1}. Ekspor ini tercatat di log ekspor.</source>
        <translation>{0} peristiwa disimpan ke {1}. Ekspor ini tercatat di log ekspor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1111"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1118"/>
        <source>Berkas {0}: {1}. Tidak ada berkas yang ditulis.</source>
        <translation>Berkas {0}: {1}. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1127"/>
        <source>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas yang ditulis.</source>
        <translation>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="457"/>
        <source>Komponen {0}</source>
        <translation>Komponen {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="462"/>
        <source>Komponen yang dapat ditambahkan</source>
        <translation>Komponen yang dapat ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="463"/>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="464"/>
        <source>Hapus komponen</source>
        <translation>Hapus komponen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="465"/>
        <source>Hapus komponen yang dipilih di tabel</source>
        <translation>Hapus komponen yang dipilih di tabel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="555"/>
        <source>{0} (belum tercatat)</source>
        <translation>{0} (belum tercatat)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="559"/>
        <source>Semua komponen sudah dipakai</source>
        <translation>Semua komponen sudah dipakai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="595"/>
        <source>Jumlah bobot: {0}</source>
        <translation>Jumlah bobot: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="596"/>
        <source>Jumlah bobot satu sumbu harus tepat 100</source>
        <translation>Jumlah bobot satu sumbu harus tepat 100</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="609"/>
        <source>Batas tidak berurutan: batas {0} harus lebih kecil dari batas {1}.</source>
        <translation>Batas tidak berurutan: batas {0} harus lebih kecil dari batas {1}.</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="668"/>
        <source>Berita acara (PDF) — rapat {0}</source>
        <translation>Berita acara (PDF) — rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="674"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="681"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="682"/>
        <source>F4/folio (215 × 330 mm)</source>
        <translation>F4/folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="693"/>
        <source>&amp;Simpan ke:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="694"/>
        <source>Ukuran kertas:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="697"/>
        <source>Berita acara dicetak dari rekaman yang disimpan saat rapat difinalkan. Sidik jari pada halaman terakhir dapat dicocokkan dengan basis data.</source>
        <translation>Berita acara dicetak dari rekaman yang disimpan saat rapat difinalkan. Sidik jari pada halaman terakhir dapat dicocokkan dengan basis data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="702"/>
        <source>Rapat belum final: setiap halaman ditandai DRAF dan tidak ada sidik jari, karena isinya masih dapat berubah.</source>
        <translation>Rapat belum final: setiap halaman ditandai DRAF dan tidak ada sidik jari, karena isinya masih dapat berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="711"/>
        <source>Buat PDF</source>
        <translation>Buat PDF</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="713"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="727"/>
        <source>Simpan berita acara</source>
        <translation>Simpan berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="727"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraTemplateDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="42"/>
        <source>Semua anggota komite (yang berhalangan ditandai)</source>
        <translation>Semua anggota komite (yang berhalangan ditandai)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="45"/>
        <source>Hanya anggota yang hadir atau diwakili</source>
        <translation>Hanya anggota yang hadir atau diwakili</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="46"/>
        <source>Ketua dan sekretaris saja</source>
        <translation>Ketua dan sekretaris saja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="61"/>
        <source>Templat berita acara</source>
        <translation>Templat berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="67"/>
        <source>kosong: nama pemerintah daerah dari data instansi</source>
        <translation>kosong: nama pemerintah daerah dari data instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="69"/>
        <source>kosong: nama BKPSDM dari data instansi</source>
        <translation>kosong: nama BKPSDM dari data instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="71"/>
        <source>kosong: alamat dari data instansi</source>
        <translation>kosong: alamat dari data instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="73"/>
        <source>berkas PNG atau JPG lambang daerah (boleh kosong)</source>
        <translation>berkas PNG atau JPG lambang daerah (boleh kosong)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="74"/>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="83"/>
        <source>Pemerintah:</source>
        <translation>Pemerintah:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="84"/>
        <source>Instansi:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="85"/>
        <source>Alamat:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="86"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="90"/>
        <source>Penanda yang tersedia: {0}</source>
        <translation>Penanda yang tersedia: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="103"/>
        <source>Paragraf pembuka:</source>
        <translation>Paragraf pembuka:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="104"/>
        <source>Paragraf penutup:</source>
        <translation>Paragraf penutup:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="117"/>
        <source>mis. Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian</source>
        <translation>mis. Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="121"/>
        <source>bila ada</source>
        <translation>bila ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="124"/>
        <source>Penanda tangan:</source>
        <translation>Penanda tangan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="125"/>
        <source>Mengetahui — jabatan:</source>
        <translation>Mengetahui — jabatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="126"/>
        <source>Nama:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="127"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="135"/>
        <source>Templat berlaku untuk berita acara rapat yang belum final. Rapat yang sudah final tetap tercetak seperti saat difinalkan.</source>
        <translation>Templat berlaku untuk berita acara rapat yang belum final. Rapat yang sudah final tetap tercetak seperti saat difinalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="149"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="152"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="154"/>
        <source>Kembalikan bawaan</source>
        <translation>Kembalikan bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Kop surat</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Kata-kata</source>
        <translation>Kata-kata</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Tanda tangan</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="224"/>
        <source>Contoh: {0}</source>
        <translation>Contoh: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="237"/>
        <source>Pilih logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="237"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>BknPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="185"/>
        <source>Sertakan kolom sensitif (tempat/tanggal lahir, alasan kalibrasi)</source>
        <translation>Sertakan kolom sensitif (tempat/tanggal lahir, alasan kalibrasi)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="191"/>
        <source>Kirim kolom sensitif hanya bila penerima memerlukannya (UU 27/2022).</source>
        <translation>Kirim kolom sensitif hanya bila penerima memerlukannya (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="193"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mengekspor kolom sensitif.</source>
        <translation>Hanya administrator dan operator BKPSDM yang boleh mengekspor kolom sensitif.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="195"/>
        <source>Buat lembar kerja…</source>
        <translation>Buat lembar kerja…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="199"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="220"/>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Berkas .xlsx untuk Kantor Regional BKN, dengan tiga lembar:&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Data Talenta&lt;/b&gt;: satu baris per pegawai pada pemetaan terakhir periode: data utama dengan nama kolom SIASN, nilai kinerja dan potensial, kotak hasil hitung dan hasil kalibrasi, KRS, jabatan target dan kesiapan, nomor berita acara.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ringkasan&lt;/b&gt;: jumlah pegawai per kotak dan per perangkat daerah.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metadata&lt;/b&gt;: instansi, periode, skema penilaian, pembuat, waktu, dan SHA-256 data agar penerima dapat memastikan isinya tidak diubah.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Agama, surel dan nomor HP tidak pernah diekspor. Setiap ekspor tercatat di Log ekspor.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;Berkas .xlsx untuk Kantor Regional BKN, dengan tiga lembar:&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Data Talenta&lt;/b&gt;: satu baris per pegawai pada pemetaan terakhir periode: data utama dengan nama kolom SIASN, nilai kinerja dan potensial, kotak hasil hitung dan hasil kalibrasi, KRS, jabatan target dan kesiapan, nomor berita acara.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ringkasan&lt;/b&gt;: jumlah pegawai per kotak dan per perangkat daerah.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metadata&lt;/b&gt;: instansi, periode, skema penilaian, pembuat, waktu, dan SHA-256 data agar penerima dapat memastikan isinya tidak diubah.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Agama, surel dan nomor HP tidak pernah diekspor. Setiap ekspor tercatat di Log ekspor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="236"/>
        <source>Lembar kerja BKN</source>
        <translation>Lembar kerja BKN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="268"/>
        <source>Simpan lembar kerja BKN periode ini sebagai .xlsx</source>
        <translation>Simpan lembar kerja BKN periode ini sebagai .xlsx</translation>
    </message>
</context>
<context>
    <name>BoxCounts</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Di atas</source>
        <translation>Di atas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Sesuai</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Di bawah</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Rendah</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Menengah</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Tinggi</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1061"/>
        <source>Pratinjau jumlah pegawai per kotak</source>
        <translation>Pratinjau jumlah pegawai per kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1066"/>
        <source>Kotak {0}: {1}</source>
        <translation>Kotak {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BoxListDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="101"/>
        <source>Kotak {0}: {1} pegawai</source>
        <translation>Kotak {0}: {1} pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="111"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="113"/>
        <source>Klik dua kali untuk memilih pegawai di peta.</source>
        <translation>Klik dua kali untuk memilih pegawai di peta.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="48"/>
        <source>Buat draf rencana — periode {0}</source>
        <translation>Buat draf rencana — periode {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="67"/>
        <source>Kotak 1</source>
        <translation>Kotak 1</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="71"/>
        <source>Kotak 1 tidak dibuatkan rencana: diproses sesuai ketentuan peraturan perundang-undangan.</source>
        <translation>Kotak 1 tidak dibuatkan rencana: diproses sesuai ketentuan peraturan perundang-undangan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="84"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="99"/>
        <source>Kotak:</source>
        <translation>Kotak:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="100"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="103"/>
        <source>Buat draf rencana</source>
        <translation>Buat draf rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="106"/>
        <source>Bawaan kotak 4–8: inti manajemen talenta menurut BKN adalah mengembangkan kotak tengah (4–6), dan kotak 7–8 disiapkan sebagai Kelompok Rencana Suksesi. Kotak 9 biasanya ditangani melalui suksesi dan promosi, kotak 2–3 melalui bimbingan dan konseling kinerja oleh atasan: centang bila instansi juga menghendaki rencananya. Kegiatan diusulkan dari rekomendasi kotak dan kesenjangan kompetensi tiap pegawai. Rencana yang sudah ada tidak diubah.</source>
        <translation>Bawaan kotak 4–8: inti manajemen talenta menurut BKN adalah mengembangkan kotak tengah (4–6), dan kotak 7–8 disiapkan sebagai Kelompok Rencana Suksesi. Kotak 9 biasanya ditangani melalui suksesi dan promosi, kotak 2–3 melalui bimbingan dan konseling kinerja oleh atasan: centang bila instansi juga menghendaki rencananya. Kegiatan diusulkan dari rekomendasi kotak dan kesenjangan kompetensi tiap pegawai. Rencana yang sudah ada tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="137"/>
        <source>Kotak {0} ({1})</source>
        <translation>Kotak {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="138"/>
        <source>{0} pegawai di kotak {1} belum mempunyai rencana</source>
        <translation>{0} pegawai di kotak {1} belum mempunyai rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="145"/>
        <source>Pilih paling sedikit satu kotak.</source>
        <translation>Pilih paling sedikit satu kotak.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="149"/>
        <source>{0} pegawai akan mendapat rencana draf baru; {1} pegawai sudah mempunyai rencana.</source>
        <translation>{0} pegawai akan mendapat rencana draf baru; {1} pegawai sudah mempunyai rencana.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="153"/>
        <source>{0} pegawai akan mendapat rencana draf baru.</source>
        <translation>{0} pegawai akan mendapat rencana draf baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="180"/>
        <source>Membuat rencana…</source>
        <translation>Membuat rencana…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="194"/>
        <source>Rencana tidak dapat dibuat: {0}</source>
        <translation>Rencana tidak dapat dibuat: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="25"/>
        <source>di bawah ekspektasi</source>
        <translation>di bawah ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="26"/>
        <source>sesuai ekspektasi</source>
        <translation>sesuai ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="27"/>
        <source>di atas ekspektasi</source>
        <translation>di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="30"/>
        <source>rendah</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="31"/>
        <source>menengah</source>
        <translation>menengah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="32"/>
        <source>tinggi</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="34"/>
        <source>Kotak {0} — kinerja {1}, potensial {2}</source>
        <translation>Kotak {0} — kinerja {1}, potensial {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="54"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="57"/>
        <source>Pindahkan &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Pindahkan &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="68"/>
        <source>Dari</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="69"/>
        <source>Ke</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="71"/>
        <source>Hasil hitung</source>
        <translation>Hasil hitung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="71"/>
        <source>Kotak {0}</source>
        <translation>Kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="75"/>
        <source>Rekomendasi</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="77"/>
        <source>Dicatat pada rapat: {0}</source>
        <translation>Dicatat pada rapat: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="79"/>
        <source>Tidak ada rapat Komite Talenta yang aktif; kalibrasi dicatat tanpa rapat.</source>
        <translation>Tidak ada rapat Komite Talenta yang aktif; kalibrasi dicatat tanpa rapat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="83"/>
        <source>Rapat</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="87"/>
        <source>Alasan kalibrasi (wajib), mis. dasar data atau pertimbangan komite yang dibahas</source>
        <translation>Alasan kalibrasi (wajib), mis. dasar data atau pertimbangan komite yang dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="97"/>
        <source>Catat kalibrasi</source>
        <translation>Catat kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="98"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="103"/>
        <source>Alasan wajib diisi; kalibrasi tercatat di log audit dan tidak dapat dihapus.</source>
        <translation>Alasan wajib diisi; kalibrasi tercatat di log audit dan tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="111"/>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="243"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="244"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="245"/>
        <source>Kedudukan</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="246"/>
        <source>Terakhir bekerja</source>
        <translation>Terakhir bekerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="247"/>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="251"/>
        <source>Tanggal terakhir yang menunjukkan pegawai masih bekerja, dan asalnya; tanggal keluar tidak ada di data utama SIASN</source>
        <translation>Tanggal terakhir yang menunjukkan pegawai masih bekerja, dan asalnya; tanggal keluar tidak ada di data utama SIASN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="262"/>
        <source>Dihapus</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="262"/>
        <source>Dianonimkan</source>
        <translation>Dianonimkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="287"/>
        <source>{0} ({1}); masa simpan habis {2}</source>
        <translation>{0} ({1}); masa simpan habis {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="291"/>
        <source>{0} baris riwayat, SKP, dan asesmen dihapus.</source>
        <translation>{0} baris riwayat, SKP, dan asesmen dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="294"/>
        <source>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus.</source>
        <translation>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="297"/>
        <source>Tetap tercatat (NIP, nama, jabatan terakhir) karena disebut dalam: {0}.</source>
        <translation>Tetap tercatat (NIP, nama, jabatan terakhir) karena disebut dalam: {0}.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="112"/>
        <source>Pilih kolom</source>
        <translation>Pilih kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="117"/>
        <source>Nama kolom SIASN/ekspor: {0}</source>
        <translation>Nama kolom SIASN/ekspor: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="124"/>
        <source>Kolom bawaan</source>
        <translation>Kolom bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="131"/>
        <source>Kolom yang dicentang tampil di tabel dan ikut diekspor.</source>
        <translation>Kolom yang dicentang tampil di tabel dan ikut diekspor.</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1155"/>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1157"/>
        <source>Data disimpan dalam satu transaksi: seluruhnya tersimpan, atau tidak sama sekali.</source>
        <translation>Data disimpan dalam satu transaksi: seluruhnya tersimpan, atau tidak sama sekali.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1166"/>
        <source>Batalkan impor</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1198"/>
        <source>Memulai impor…</source>
        <translation>Memulai impor…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1202"/>
        <source>Mengimpor {0}, lembar “{1}”: {2} baris baru, {3} baris diperbarui.</source>
        <translation>Mengimpor {0}, lembar “{1}”: {2} baris baru, {3} baris diperbarui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1224"/>
        <source>Membatalkan… perubahan yang sudah dibuat dikembalikan.</source>
        <translation>Membatalkan… perubahan yang sudah dibuat dikembalikan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1244"/>
        <source>Impor selesai</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1247"/>
        <source>{0} baris dibaca dari {1}, lembar “{2}”.</source>
        <translation>{0} baris dibaca dari {1}, lembar “{2}”.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1250"/>
        <source>Baru: {0} · diperbarui: {1} · tidak berubah: {2}</source>
        <translation>Baru: {0} · diperbarui: {1} · tidak berubah: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1255"/>
        <source>{0} baris tidak valid dilewati.</source>
        <translation>{0} baris tidak valid dilewati.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1257"/>
        <source>{0} unit kerja baru dibuat.</source>
        <translation>{0} unit kerja baru dibuat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1269"/>
        <source>Impor dibatalkan</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1271"/>
        <source>Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>Tidak ada data yang diubah; database tetap seperti sebelum impor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1278"/>
        <source>Impor gagal</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1281"/>
        <source>{0}&lt;br&gt;&lt;br&gt;Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>{0}&lt;br&gt;&lt;br&gt;Tidak ada data yang diubah; database tetap seperti sebelum impor.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="20"/>
        <source>Ketua</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="21"/>
        <source>Sekretaris</source>
        <translation>Sekretaris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="22"/>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="25"/>
        <source>Hadir</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="26"/>
        <source>Tidak hadir</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="27"/>
        <source>Diwakili</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="30"/>
        <source>Penetapan kotak/kalibrasi</source>
        <translation>Penetapan kotak/kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="31"/>
        <source>Keanggotaan Kelompok Rencana Suksesi</source>
        <translation>Keanggotaan Kelompok Rencana Suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="32"/>
        <source>Suksesor jabatan target</source>
        <translation>Suksesor jabatan target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="33"/>
        <source>Persetujuan rencana pengembangan</source>
        <translation>Persetujuan rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="34"/>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="37"/>
        <source>diri sendiri</source>
        <translation>diri sendiri</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="38"/>
        <source>keluarga</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="39"/>
        <source>bawahan langsung</source>
        <translation>bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="40"/>
        <source>lainnya</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="43"/>
        <source>Persiapan</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="44"/>
        <source>Berlangsung</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="45"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>CommitteeDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="99"/>
        <source>Komite baru</source>
        <translation>Komite baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="102"/>
        <source>Komite Talenta Instansi</source>
        <translation>Komite Talenta Instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="104"/>
        <source>mis. 800.1.3/45/KPTS/BKPSDM/2025</source>
        <translation>mis. 800.1.3/45/KPTS/BKPSDM/2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="108"/>
        <source>mis. Keputusan Bupati … tentang Pembentukan Komite Talenta</source>
        <translation>mis. Keputusan Bupati … tentang Pembentukan Komite Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="111"/>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="124"/>
        <source>lebih dari separuh anggota</source>
        <translation>lebih dari separuh anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="125"/>
        <source> anggota</source>
        <translation> anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="128"/>
        <source>&amp;Nama komite:</source>
        <translation>&amp;Nama komite:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="129"/>
        <source>Nomor &amp;SK:</source>
        <translation>Nomor &amp;SK:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="130"/>
        <source>&amp;Tanggal SK:</source>
        <translation>&amp;Tanggal SK:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="131"/>
        <source>&amp;Judul SK:</source>
        <translation>&amp;Judul SK:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="132"/>
        <source>&amp;Masa tugas:</source>
        <translation>&amp;Masa tugas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="133"/>
        <source>&amp;Kuorum:</source>
        <translation>&amp;Kuorum:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="135"/>
        <source>Buat komite</source>
        <translation>Buat komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="138"/>
        <source>Komite ditetapkan dengan SK Pejabat Pembina Kepegawaian. Nomor dan tanggal SK menjadi dasar hukum pada berita acara. Kuorum: jumlah anggota yang harus hadir atau diwakili agar rapat dapat dimulai; bawaan lebih dari separuh anggota.</source>
        <translation>Komite ditetapkan dengan SK Pejabat Pembina Kepegawaian. Nomor dan tanggal SK menjadi dasar hukum pada berita acara. Kuorum: jumlah anggota yang harus hadir atau diwakili agar rapat dapat dimulai; bawaan lebih dari separuh anggota.</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="207"/>
        <source>Komite Talenta</source>
        <translation>Komite Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="209"/>
        <source>Rapat komite: kehadiran dan kuorum, notulen, keputusan, tindak lanjut dan berita acara</source>
        <translation>Rapat komite: kehadiran dan kuorum, notulen, keputusan, tindak lanjut dan berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="216"/>
        <source>Komite</source>
        <translation>Komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="217"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="405"/>
        <source>Komite baru…</source>
        <translation>Komite baru…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="219"/>
        <source>Catat komite baru sesuai SK Pejabat Pembina Kepegawaian</source>
        <translation>Catat komite baru sesuai SK Pejabat Pembina Kepegawaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="221"/>
        <source>Templat berita acara…</source>
        <translation>Templat berita acara…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="223"/>
        <source>Kop, kata-kata pembuka dan penutup, dan penanda tangan berita acara</source>
        <translation>Kop, kata-kata pembuka dan penutup, dan penanda tangan berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="241"/>
        <source>Anggota…</source>
        <translation>Anggota…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="243"/>
        <source>Tambah anggota komite dari daftar pegawai atau dari luar instansi</source>
        <translation>Tambah anggota komite dari daftar pegawai atau dari luar instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="249"/>
        <source>Klik dua kali untuk mengubah peran, jabatan atau keanggotaan</source>
        <translation>Klik dua kali untuk mengubah peran, jabatan atau keanggotaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="250"/>
        <source>Rapat baru…</source>
        <translation>Rapat baru…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="264"/>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="267"/>
        <source>Rapat</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="277"/>
        <source>Berita acara (PDF)…</source>
        <translation>Berita acara (PDF)…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="278"/>
        <source>Buat berita acara rapat ini sebagai PDF (A4 atau F4)</source>
        <translation>Buat berita acara rapat ini sebagai PDF (A4 atau F4)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="279"/>
        <source>Finalkan…</source>
        <translation>Finalkan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="282"/>
        <source>Kunci rapat ini: kehadiran, notulen, keputusan dan kalibrasinya tidak dapat diubah lagi</source>
        <translation>Kunci rapat ini: kehadiran, notulen, keputusan dan kalibrasinya tidak dapat diubah lagi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="296"/>
        <source>● Rapat berlangsung — kalibrasi di Peta Talenta tercatat pada rapat ini.</source>
        <translation>● Rapat berlangsung — kalibrasi di Peta Talenta tercatat pada rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="306"/>
        <source>Rapat final — terkunci. Koreksi melalui rapat baru yang merujuk rapat ini.</source>
        <translation>Rapat final — terkunci. Koreksi melalui rapat baru yang merujuk rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="314"/>
        <source>Sidik jari (SHA-256) isi berita acara saat difinalkan; tercetak di halaman terakhir PDF dan dapat dicocokkan dengan basis data.</source>
        <translation>Sidik jari (SHA-256) isi berita acara saat difinalkan; tercetak di halaman terakhir PDF dan dapat dicocokkan dengan basis data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="318"/>
        <source>Rapat koreksi…</source>
        <translation>Rapat koreksi…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="320"/>
        <source>Buat rapat baru yang mengoreksi rapat final ini</source>
        <translation>Buat rapat baru yang mengoreksi rapat final ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="343"/>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="344"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="345"/>
        <source>Notulen</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="352"/>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="353"/>
        <source>Pembahasan</source>
        <translation>Pembahasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="354"/>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="397"/>
        <source>Belum ada Komite Talenta. Catat komite sesuai SK Pejabat Pembina Kepegawaian (nomor dan tanggal SK, anggota dengan perannya), lalu siapkan rapatnya.</source>
        <translation>Belum ada Komite Talenta. Catat komite sesuai SK Pejabat Pembina Kepegawaian (nomor dan tanggal SK, anggota dengan perannya), lalu siapkan rapatnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="457"/>
        <source>Belum ada notulen.</source>
        <translation>Belum ada notulen.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="458"/>
        <source>Belum ada agenda.</source>
        <translation>Belum ada agenda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="476"/>
        <source>Mulai rapat</source>
        <translation>Mulai rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="478"/>
        <source>Jeda</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="480"/>
        <source>Hentikan sementara: kalibrasi di Peta Talenta tidak lagi tercatat pada rapat ini</source>
        <translation>Hentikan sementara: kalibrasi di Peta Talenta tidak lagi tercatat pada rapat ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="486"/>
        <source>Pilih kehadiran tiap anggota; untuk yang diwakili, tulis nama wakilnya di kolom &quot;Diwakili oleh&quot;.</source>
        <translation>Pilih kehadiran tiap anggota; untuk yang diwakili, tulis nama wakilnya di kolom &quot;Diwakili oleh&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="515"/>
        <source>Satu butir agenda per baris</source>
        <translation>Satu butir agenda per baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="517"/>
        <source>Simpan agenda</source>
        <translation>Simpan agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="518"/>
        <source>Satu butir agenda per baris, berurutan seperti pada berita acara.</source>
        <translation>Satu butir agenda per baris, berurutan seperti pada berita acara.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="535"/>
        <source>Tulis jalannya rapat di sini. Perubahan tersimpan otomatis sebagai draf setiap beberapa detik.</source>
        <translation>Tulis jalannya rapat di sini. Perubahan tersimpan otomatis sebagai draf setiap beberapa detik.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="539"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="541"/>
        <source>Simpan notulen (tercatat di jejak audit)</source>
        <translation>Simpan notulen (tercatat di jejak audit)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="560"/>
        <source>Tambah keputusan…</source>
        <translation>Tambah keputusan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="561"/>
        <source>Benturan kepentingan…</source>
        <translation>Benturan kepentingan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="562"/>
        <source>Catat anggota yang keluar ruangan selama seorang pegawai dibahas</source>
        <translation>Catat anggota yang keluar ruangan selama seorang pegawai dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="563"/>
        <source>Catatan pegawai…</source>
        <translation>Catatan pegawai…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="564"/>
        <source>Catatan pembahasan tentang seorang pegawai dan tanda &quot;dibahas&quot;</source>
        <translation>Catatan pembahasan tentang seorang pegawai dan tanda &quot;dibahas&quot;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="557"/>
        <source>Kalibrasi di Peta Talenta selama rapat berlangsung masuk ke sini, diikuti keputusan lain rapat ini.</source>
        <translation>Kalibrasi di Peta Talenta selama rapat berlangsung masuk ke sini, diikuti keputusan lain rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="579"/>
        <source>Klik dua kali untuk mengubah catatan</source>
        <translation>Klik dua kali untuk mengubah catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="578"/>
        <source>Catatan pembahasan per pegawai</source>
        <translation>Catatan pembahasan per pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="580"/>
        <source>Benturan kepentingan: anggota yang keluar ruangan</source>
        <translation>Benturan kepentingan: anggota yang keluar ruangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="589"/>
        <source>Tambah…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="713"/>
        <source>{0} s.d. {1}</source>
        <translation>{0} s.d. {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="715"/>
        <source>sejak {0}</source>
        <translation>sejak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="717"/>
        <source>Kuorum {0} dari {1} anggota</source>
        <translation>Kuorum {0} dari {1} anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="719"/>
        <source>Belum ada anggota: tambahkan dengan &quot;Anggota…&quot;.</source>
        <translation>Belum ada anggota: tambahkan dengan &quot;Anggota…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="722"/>
        <source>SK Nomor {0}
tanggal {1}
Masa tugas {2}</source>
        <translation>SK Nomor {0}
tanggal {1}
Masa tugas {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="765"/>
        <source>Belum ada rapat. Buat rapat dengan &quot;Rapat baru…&quot;.</source>
        <translation>Belum ada rapat. Buat rapat dengan &quot;Rapat baru…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="767"/>
        <source>Pilih atau buat komite.</source>
        <translation>Pilih atau buat komite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="779"/>
        <source>Memuat rapat…</source>
        <translation>Memuat rapat…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="792"/>
        <source>Rapat tidak dapat dibaca: {0}</source>
        <translation>Rapat tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="843"/>
        <source>Berita acara nomor {0}</source>
        <translation>Berita acara nomor {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="846"/>
        <source>{0}–{1} WIB</source>
        <translation>{0}–{1} WIB</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="848"/>
        <source>{0} WIB</source>
        <translation>{0} WIB</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="850"/>
        <source>{0}, {1} · {2} · {3} · periode {4}</source>
        <translation>{0}, {1} · {2} · {3} · periode {4}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="859"/>
        <source>Koreksi atas rapat {0}</source>
        <translation>Koreksi atas rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="868"/>
        <source>Sidik jari berita acara: {0}</source>
        <translation>Sidik jari berita acara: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="883"/>
        <source>Rapat sudah final.</source>
        <translation>Rapat sudah final.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="886"/>
        <source>Rapat sedang berlangsung. &quot;Jeda&quot; menghentikan pencatatan kalibrasi pada rapat ini.</source>
        <translation>Rapat sedang berlangsung. &quot;Jeda&quot; menghentikan pencatatan kalibrasi pada rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="889"/>
        <source>Rapat {0} masih berlangsung; jeda atau finalkan rapat itu dulu.</source>
        <translation>Rapat {0} masih berlangsung; jeda atau finalkan rapat itu dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="894"/>
        <source>Belum dapat dimulai: paling sedikit {0} anggota harus hadir atau diwakili (kini {1}).</source>
        <translation>Belum dapat dimulai: paling sedikit {0} anggota harus hadir atau diwakili (kini {1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="898"/>
        <source>Kuorum terpenuhi. Setelah dimulai, kalibrasi di Peta Talenta tercatat pada rapat ini.</source>
        <translation>Kuorum terpenuhi. Setelah dimulai, kalibrasi di Peta Talenta tercatat pada rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="944"/>
        <source>Keputusan hanya dapat dicatat selama rapat berlangsung</source>
        <translation>Keputusan hanya dapat dicatat selama rapat berlangsung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="920"/>
        <source>Keputusan ({0})</source>
        <translation>Keputusan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="924"/>
        <source>Pembahasan ({0})</source>
        <translation>Pembahasan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="928"/>
        <source>Tindak lanjut ({0})</source>
        <translation>Tindak lanjut ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="973"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1309"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="980"/>
        <source>Rapat terkunci</source>
        <translation>Rapat terkunci</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1005"/>
        <source>Diwakili</source>
        <translation>Diwakili</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1006"/>
        <source>Nama (dan jabatan) wakil {0}:</source>
        <translation>Nama (dan jabatan) wakil {0}:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1007"/>
        <source>Catat</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1008"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1396"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1017"/>
        <source>Kehadiran tidak dicatat</source>
        <translation>Kehadiran tidak dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1030"/>
        <source>Rapat belum dapat dimulai</source>
        <translation>Rapat belum dapat dimulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1033"/>
        <source>Rapat {0} dimulai. Kalibrasi di Peta Talenta kini tercatat pada rapat ini.</source>
        <translation>Rapat {0} dimulai. Kalibrasi di Peta Talenta kini tercatat pada rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1048"/>
        <source>Rapat tidak dapat dijeda</source>
        <translation>Rapat tidak dapat dijeda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1050"/>
        <source>Rapat {0} dijeda.</source>
        <translation>Rapat {0} dijeda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1073"/>
        <source>Perubahan agenda belum disimpan.</source>
        <translation>Perubahan agenda belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1084"/>
        <source>Agenda tidak disimpan</source>
        <translation>Agenda tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1091"/>
        <source>Agenda disimpan ({0} butir).</source>
        <translation>Agenda disimpan ({0} butir).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1106"/>
        <source>Notulen final.</source>
        <translation>Notulen final.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1111"/>
        <source>Ada draf tersimpan otomatis pukul {0} yang belum disimpan.</source>
        <translation>Ada draf tersimpan otomatis pukul {0} yang belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1127"/>
        <source>Pulihkan notulen?</source>
        <translation>Pulihkan notulen?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1129"/>
        <source>Notulen rapat {0} mempunyai draf yang tersimpan otomatis pukul {1} tetapi belum disimpan — mungkin aplikasi tertutup sebelum notulen disimpan.

Pulihkan draf itu ke editor? Bila dibuang, notulen kembali ke versi terakhir yang disimpan.</source>
        <translation>Notulen rapat {0} mempunyai draf yang tersimpan otomatis pukul {1} tetapi belum disimpan — mungkin aplikasi tertutup sebelum notulen disimpan.

Pulihkan draf itu ke editor? Bila dibuang, notulen kembali ke versi terakhir yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1133"/>
        <source>Pulihkan draf</source>
        <translation>Pulihkan draf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1134"/>
        <source>Buang draf</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1144"/>
        <source>Draf pukul {0} dipulihkan. Tekan Simpan untuk mencatatnya sebagai notulen.</source>
        <translation>Draf pukul {0} dipulihkan. Tekan Simpan untuk mencatatnya sebagai notulen.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1153"/>
        <source>Draf tidak dapat dibuang</source>
        <translation>Draf tidak dapat dibuang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1155"/>
        <source>Draf dibuang; notulen yang disimpan ditampilkan.</source>
        <translation>Draf dibuang; notulen yang disimpan ditampilkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1164"/>
        <source>Perubahan belum tersimpan…</source>
        <translation>Perubahan belum tersimpan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1178"/>
        <source>Draf notulen tidak tersimpan: {0}</source>
        <translation>Draf notulen tidak tersimpan: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1183"/>
        <source>Tersimpan otomatis pukul {0}</source>
        <translation>Tersimpan otomatis pukul {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1196"/>
        <source>Notulen tidak disimpan</source>
        <translation>Notulen tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1199"/>
        <source>Notulen disimpan pukul {0}</source>
        <translation>Notulen disimpan pukul {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1216"/>
        <source>Rapat belum dimulai</source>
        <translation>Rapat belum dimulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1218"/>
        <source>Keputusan hanya dapat dicatat selama rapat berlangsung. Catat kehadiran sampai kuorum terpenuhi, lalu tekan &quot;Mulai rapat&quot; di tab Kehadiran.</source>
        <translation>Keputusan hanya dapat dicatat selama rapat berlangsung. Catat kehadiran sampai kuorum terpenuhi, lalu tekan &quot;Mulai rapat&quot; di tab Kehadiran.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1224"/>
        <source>Keputusan dicatat.</source>
        <translation>Keputusan dicatat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1237"/>
        <source>Benturan kepentingan dicatat: {0} keluar ruangan saat {1} dibahas.</source>
        <translation>Benturan kepentingan dicatat: {0} keluar ruangan saat {1} dibahas.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1254"/>
        <source>Catatan tentang {0} disimpan (dibahas).</source>
        <translation>Catatan tentang {0} disimpan (dibahas).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1256"/>
        <source>Catatan tentang {0} disimpan (belum dibahas).</source>
        <translation>Catatan tentang {0} disimpan (belum dibahas).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1284"/>
        <source>Tindak lanjut tidak dapat diubah</source>
        <translation>Tindak lanjut tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1299"/>
        <source>Dasar: {0}</source>
        <translation>Dasar: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1301"/>
        <source>Keluar ruangan: {0}</source>
        <translation>Keluar ruangan: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1304"/>
        <source>Keputusan {0}</source>
        <translation>Keputusan {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1359"/>
        <source>Belum ada periode</source>
        <translation>Belum ada periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1360"/>
        <source>Rapat membahas satu periode talenta. Buat periode di Pengaturan lebih dulu.</source>
        <translation>Rapat membahas satu periode talenta. Buat periode di Pengaturan lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1387"/>
        <source>Finalkan rapat?</source>
        <translation>Finalkan rapat?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1389"/>
        <source>Setelah difinalkan, rapat {0} terkunci untuk selamanya: kehadiran, agenda, notulen, keputusan, catatan, tindak lanjut dan kalibrasi yang tercatat pada rapat ini tidak dapat diubah lagi. Sidik jari isi berita acaranya disimpan agar setiap salinan dapat diperiksa.

Kesalahan sesudahnya hanya dapat dikoreksi melalui rapat baru yang merujuk rapat ini.

Finalkan sekarang?</source>
        <translation>Setelah difinalkan, rapat {0} terkunci untuk selamanya: kehadiran, agenda, notulen, keputusan, catatan, tindak lanjut dan kalibrasi yang tercatat pada rapat ini tidak dapat diubah lagi. Sidik jari isi berita acaranya disimpan agar setiap salinan dapat diperiksa.

Kesalahan sesudahnya hanya dapat dikoreksi melalui rapat baru yang merujuk rapat ini.

Finalkan sekarang?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1395"/>
        <source>Finalkan</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1402"/>
        <source>Rapat tidak dapat difinalkan</source>
        <translation>Rapat tidak dapat difinalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1407"/>
        <source>Rapat {0} difinalkan. Sidik jari: {1}</source>
        <translation>Rapat {0} difinalkan. Sidik jari: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1416"/>
        <source>Templat berita acara disimpan.</source>
        <translation>Templat berita acara disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1454"/>
        <source>Membuat berita acara ({0})…</source>
        <translation>Membuat berita acara ({0})…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1461"/>
        <source>Berita acara disimpan: {0} — &lt;a href=&quot;{1}&quot;&gt;buka&lt;/a&gt;</source>
        <translation>Berita acara disimpan: {0} — &lt;a href=&quot;{1}&quot;&gt;buka&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1470"/>
        <source>Pembuat PDF berita acara belum tersedia pada versi ini.</source>
        <translation>Pembuat PDF berita acara belum tersedia pada versi ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1473"/>
        <source>Berita acara tidak dapat dibuat: {0}</source>
        <translation>Berita acara tidak dapat dibuat: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1475"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
</context>
<context>
    <name>CommitteeTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="78"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="124"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="258"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="288"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="79"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="127"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="259"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="345"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="80"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="131"/>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="88"/>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="89"/>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="133"/>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="137"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="218"/>
        <source>Belum dicatat</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="140"/>
        <source>Diwakili oleh</source>
        <translation>Diwakili oleh</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="260"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="346"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="261"/>
        <source>Kotak</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="262"/>
        <source>Keputusan / alasan</source>
        <translation>Keputusan / alasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="263"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="264"/>
        <source>Dasar</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="266"/>
        <source>Anggota keluar ruangan</source>
        <translation>Anggota keluar ruangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="289"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="290"/>
        <source>Penanggung jawab</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="292"/>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="295"/>
        <source>Lewat batas waktu dan belum selesai</source>
        <translation>Lewat batas waktu dan belum selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="300"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="348"/>
        <source>Dibahas</source>
        <translation>Dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="352"/>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="363"/>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="365"/>
        <source>Keluar saat membahas</source>
        <translation>Keluar saat membahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="369"/>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="39"/>
        <source>Jam pelajaran pengembangan kompetensi pada tahun periode ini</source>
        <translation>Jam pelajaran pengembangan kompetensi pada tahun periode ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="40"/>
        <source>Hukuman disiplin terakhir yang tercatat, bila ada</source>
        <translation>Hukuman disiplin terakhir yang tercatat, bila ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="41"/>
        <source>Job Person Match dari asesmen kompetensi terakhir</source>
        <translation>Job Person Match dari asesmen kompetensi terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="73"/>
        <source>Bandingkan calon — {0}</source>
        <translation>Bandingkan calon — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="73"/>
        <source>Bandingkan calon</source>
        <translation>Bandingkan calon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="92"/>
        <source>Huruf &amp;besar</source>
        <translation>Huruf &amp;besar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="94"/>
        <source>Perbesar tulisan untuk proyektor</source>
        <translation>Perbesar tulisan untuk proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="95"/>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="97"/>
        <source>Isi seluruh layar (F11)</source>
        <translation>Isi seluruh layar (F11)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="98"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="134"/>
        <source>(tidak ditampilkan)</source>
        <translation>(tidak ditampilkan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="135"/>
        <source>Tidak ada</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="141"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="142"/>
        <source>Jenjang, gol.</source>
        <translation>Jenjang, gol.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="143"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="144"/>
        <source>Nilai kinerja</source>
        <translation>Nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="145"/>
        <source>Nilai potensial</source>
        <translation>Nilai potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="146"/>
        <source>Nilai talenta</source>
        <translation>Nilai talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="147"/>
        <source>JPM asesmen</source>
        <translation>JPM asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="148"/>
        <source>Predikat SKP</source>
        <translation>Predikat SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="149"/>
        <source>JP tahun ini</source>
        <translation>JP tahun ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="150"/>
        <source>Usia · pensiun</source>
        <translation>Usia · pensiun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="150"/>
        <source>{0} tahun · pensiun {1}</source>
        <translation>{0} tahun · pensiun {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="151"/>
        <source>Hukdis terakhir</source>
        <translation>Hukdis terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="183"/>
        <source>Tertinggi di antara calon yang dibandingkan</source>
        <translation>Tertinggi di antara calon yang dibandingkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="214"/>
        <source>Kotak {0}</source>
        <translation>Kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="214"/>
        <source>Belum dipetakan</source>
        <translation>Belum dipetakan</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="262"/>
        <source>Tandai selesai — {0}</source>
        <translation>Tandai selesai — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="266"/>
        <source>mis. Sertifikat No. 123/PKA/2026, laporan magang, nama berkas</source>
        <translation>mis. Sertifikat No. 123/PKA/2026, laporan magang, nama berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="273"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="276"/>
        <source>Kegiatan:</source>
        <translation>Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="277"/>
        <source>&amp;Bukti penyelesaian:</source>
        <translation>&amp;Bukti penyelesaian:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="278"/>
        <source>&amp;Tanggal selesai:</source>
        <translation>&amp;Tanggal selesai:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="279"/>
        <source>&amp;JP yang diperoleh:</source>
        <translation>&amp;JP yang diperoleh:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="281"/>
        <source>Tandai selesai</source>
        <translation>Tandai selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="284"/>
        <source>Bukti wajib diisi. JP yang diperoleh dihitung pada tahun tanggal selesai, untuk pemenuhan 20 JP per tahun.</source>
        <translation>Bukti wajib diisi. JP yang diperoleh dihitung pada tahun tanggal selesai, untuk pemenuhan 20 JP per tahun.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="201"/>
        <source>Komponen</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="202"/>
        <source>Bobot</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="203"/>
        <source>Efektif</source>
        <translation>Efektif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="204"/>
        <source>Wajib</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="205"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="209"/>
        <source>Sumber nilai (0–100) yang ditimbang pada sumbu ini</source>
        <translation>Sumber nilai (0–100) yang ditimbang pada sumbu ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="210"/>
        <source>Bobot komponen; jumlah bobot satu sumbu harus 100</source>
        <translation>Bobot komponen; jumlah bobot satu sumbu harus 100</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="212"/>
        <source>Bobot yang benar-benar berlaku bila komponen tanpa data di aplikasi dibagi ulang ke komponen lain</source>
        <translation>Bobot yang benar-benar berlaku bila komponen tanpa data di aplikasi dibagi ulang ke komponen lain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="215"/>
        <source>Pegawai tanpa data komponen wajib masuk daftar &apos;belum dapat dipetakan&apos;</source>
        <translation>Pegawai tanpa data komponen wajib masuk daftar &apos;belum dapat dipetakan&apos;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="216"/>
        <source>Apakah aplikasi mencatat data untuk komponen ini</source>
        <translation>Apakah aplikasi mencatat data untuk komponen ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="256"/>
        <source>Tercatat</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="256"/>
        <source>Belum tercatat</source>
        <translation>Belum tercatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="272"/>
        <source>Data komponen ini belum tercatat di aplikasi: nilainya kosong untuk semua pegawai, jadi bobotnya dibagi ke komponen lain secara proporsional.</source>
        <translation>Data komponen ini belum tercatat di aplikasi: nilainya kosong untuk semua pegawai, jadi bobotnya dibagi ke komponen lain secara proporsional.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="276"/>
        <source>Ketik angka atau klik dua kali untuk mengubah bobot</source>
        <translation>Ketik angka atau klik dua kali untuk mengubah bobot</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="278"/>
        <source>Bila wajib, pegawai tanpa data ini tidak dipetakan: {0}</source>
        <translation>Bila wajib, pegawai tanpa data ini tidak dipetakan: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="519"/>
        <source>Benturan kepentingan — rapat {0}</source>
        <translation>Benturan kepentingan — rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="525"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="532"/>
        <source>mis. atasan langsung pegawai yang dibahas</source>
        <translation>mis. atasan langsung pegawai yang dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="533"/>
        <source>&amp;Anggota:</source>
        <translation>&amp;Anggota:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="534"/>
        <source>&amp;Pegawai yang dibahas:</source>
        <translation>&amp;Pegawai yang dibahas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="535"/>
        <source>&amp;Hubungan:</source>
        <translation>&amp;Hubungan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="536"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="538"/>
        <source>Catat</source>
        <translation>Catat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="541"/>
        <source>Anggota tersebut keluar ruangan selama pegawai ini dibahas; berita acara mencatatnya pada setiap keputusan tentang pegawai itu.</source>
        <translation>Anggota tersebut keluar ruangan selama pegawai ini dibahas; berita acara mencatatnya pada setiap keputusan tentang pegawai itu.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="462"/>
        <source>Tambah keputusan — rapat {0}</source>
        <translation>Tambah keputusan — rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="472"/>
        <source>Apa yang diputuskan</source>
        <translation>Apa yang diputuskan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="475"/>
        <source>Data atau peraturan yang mendasari, mis. jabatan target</source>
        <translation>Data atau peraturan yang mendasari, mis. jabatan target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="476"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="477"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="478"/>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="479"/>
        <source>&amp;Dasar:</source>
        <translation>&amp;Dasar:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="481"/>
        <source>Catat keputusan</source>
        <translation>Catat keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="484"/>
        <source>Pegawai boleh dikosongkan untuk keputusan umum. Perpindahan kotak dicatat di Peta Talenta selama rapat berlangsung dan otomatis masuk daftar keputusan rapat ini.</source>
        <translation>Pegawai boleh dikosongkan untuk keputusan umum. Perpindahan kotak dicatat di Peta Talenta selama rapat berlangsung dan otomatis masuk daftar keputusan rapat ini.</translation>
    </message>
</context>
<context>
    <name>Development</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="17"/>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="18"/>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="19"/>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="25"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="20"/>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="26"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="23"/>
        <source>Rencana</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="24"/>
        <source>Berjalan</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="29"/>
        <source>Klasikal</source>
        <translation>Klasikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="30"/>
        <source>Nonklasikal</source>
        <translation>Nonklasikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="33"/>
        <source>Mentor tetap</source>
        <translation>Mentor tetap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="34"/>
        <source>Mentor tidak tetap</source>
        <translation>Mentor tidak tetap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="37"/>
        <source>70 — pengalaman</source>
        <translation>70 — pengalaman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="38"/>
        <source>20 — belajar dari orang lain</source>
        <translation>20 — belajar dari orang lain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="39"/>
        <source>10 — pembelajaran formal</source>
        <translation>10 — pembelajaran formal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="42"/>
        <source>Pelatihan kepemimpinan</source>
        <translation>Pelatihan kepemimpinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="43"/>
        <source>Pelatihan manajerial</source>
        <translation>Pelatihan manajerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="44"/>
        <source>Pelatihan teknis</source>
        <translation>Pelatihan teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="45"/>
        <source>Pelatihan fungsional</source>
        <translation>Pelatihan fungsional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="46"/>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="47"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="48"/>
        <source>Kursus</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="49"/>
        <source>Tugas belajar</source>
        <translation>Tugas belajar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="50"/>
        <source>Coaching (bimbingan kinerja)</source>
        <translation>Coaching (bimbingan kinerja)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="51"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="52"/>
        <source>Konseling kinerja</source>
        <translation>Konseling kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="53"/>
        <source>E-learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="54"/>
        <source>Detasering (secondment)</source>
        <translation>Detasering (secondment)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="55"/>
        <source>Magang</source>
        <translation>Magang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="56"/>
        <source>Patok banding (benchmarking)</source>
        <translation>Patok banding (benchmarking)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="57"/>
        <source>Pertukaran PNS</source>
        <translation>Pertukaran PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="58"/>
        <source>Penugasan khusus</source>
        <translation>Penugasan khusus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="59"/>
        <source>Rotasi/perluasan jabatan</source>
        <translation>Rotasi/perluasan jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="60"/>
        <source>Komunitas belajar</source>
        <translation>Komunitas belajar</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="156"/>
        <source>Rencana Pengembangan</source>
        <translation>Rencana Pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="158"/>
        <source>Rencana pengembangan individu (IDP): kegiatan, progres dan JP tiap pegawai</source>
        <translation>Rencana pengembangan individu (IDP): kegiatan, progres dan JP tiap pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="164"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="165"/>
        <source>Periode talenta yang rencananya ditampilkan</source>
        <translation>Periode talenta yang rencananya ditampilkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="171"/>
        <source>Buat rencana…</source>
        <translation>Buat rencana…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="172"/>
        <source>Rencana pengembangan untuk satu pegawai</source>
        <translation>Rencana pengembangan untuk satu pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="173"/>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="235"/>
        <source>Buat draf rencana…</source>
        <translation>Buat draf rencana…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="175"/>
        <source>Draf rencana untuk semua pegawai di kotak yang dipilih</source>
        <translation>Draf rencana untuk semua pegawai di kotak yang dipilih</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="182"/>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="263"/>
        <source>Rencana dan kegiatannya per unit induk (OPD) menurut unit pegawai saat ini. Progres: bagian kegiatan yang sudah selesai, tanpa kegiatan yang dibatalkan.</source>
        <translation>Rencana dan kegiatannya per unit induk (OPD) menurut unit pegawai saat ini. Progres: bagian kegiatan yang sudah selesai, tanpa kegiatan yang dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="277"/>
        <source>Rencana</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="278"/>
        <source>Per unit</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="283"/>
        <source>Belum ada periode talenta. Rencana pengembangan dibuat dari kotak pegawai pada suatu periode: petakan periode di halaman Peta Talenta lebih dulu.</source>
        <translation>Belum ada periode talenta. Rencana pengembangan dibuat dari kotak pegawai pada suatu periode: petakan periode di halaman Peta Talenta lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="345"/>
        <source>{0} (ditutup)</source>
        <translation>{0} (ditutup)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="377"/>
        <source>Periode {0} belum dipetakan: belum ada kotak pegawai.</source>
        <translation>Periode {0} belum dipetakan: belum ada kotak pegawai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="414"/>
        <source>Memuat rencana pengembangan periode {0}…</source>
        <translation>Memuat rencana pengembangan periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="432"/>
        <source>Rencana pengembangan tidak dapat dibaca: {0}</source>
        <translation>Rencana pengembangan tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="439"/>
        <source>Belum ada rencana pengembangan pada periode {0}. Buat draf rencana untuk pegawai di kotak yang dipilih dengan &quot;Buat draf rencana…&quot;, atau untuk satu pegawai dengan &quot;Buat rencana…&quot;.</source>
        <translation>Belum ada rencana pengembangan pada periode {0}. Buat draf rencana untuk pegawai di kotak yang dipilih dengan &quot;Buat draf rencana…&quot;, atau untuk satu pegawai dengan &quot;Buat rencana…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="443"/>
        <source>Belum ada rencana pengembangan pada periode {0}.</source>
        <translation>Belum ada rencana pengembangan pada periode {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="458"/>
        <source>Belum ada rencana pada periode {0}.</source>
        <translation>Belum ada rencana pada periode {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="465"/>
        <source>{0} kegiatan terlambat</source>
        <translation>{0} kegiatan terlambat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="469"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; rencana</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="470"/>
        <source>progres &lt;b&gt;{0}&lt;/b&gt; ({1} dari {2} kegiatan selesai)</source>
        <translation>progres &lt;b&gt;{0}&lt;/b&gt; ({1} dari {2} kegiatan selesai)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="476"/>
        <source>{0} dari {1} pegawai mencapai {2} JP pada tahun {3}</source>
        <translation>{0} dari {1} pegawai mencapai {2} JP pada tahun {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="483"/>
        <source>JP dihitung dari riwayat diklat dan kegiatan rencana yang selesai pada tahun {0} (rencana periode {1} dilaksanakan sesudah tanggal acuannya). Minimal {2} JP per pegawai per tahun.</source>
        <translation>JP dihitung dari riwayat diklat dan kegiatan rencana yang selesai pada tahun {0} (rencana periode {1} dilaksanakan sesudah tanggal acuannya). Minimal {2} JP per pegawai per tahun.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="497"/>
        <source>{0} rencana</source>
        <translation>{0} rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="499"/>
        <source>{0} dari {1} rencana</source>
        <translation>{0} dari {1} rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="534"/>
        <source>Tidak ada rencana yang cocok dengan filter.</source>
        <translation>Tidak ada rencana yang cocok dengan filter.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="567"/>
        <source>Membaca peta talenta periode {0}…</source>
        <translation>Membaca peta talenta periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="581"/>
        <source>Peta talenta periode ini tidak dapat dibaca: {0}</source>
        <translation>Peta talenta periode ini tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="617"/>
        <source>Rencana pengembangan {0} dibuat (draf).</source>
        <translation>Rencana pengembangan {0} dibuat (draf).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="637"/>
        <source>{0} rencana draf dibuat; {1} pegawai sudah mempunyai rencana (tidak diubah).</source>
        <translation>{0} rencana draf dibuat; {1} pegawai sudah mempunyai rencana (tidak diubah).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="640"/>
        <source>{0} rencana draf dibuat.</source>
        <translation>{0} rencana draf dibuat.</translation>
    </message>
</context>
<context>
    <name>DevelopmentTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="87"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="88"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="89"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="90"/>
        <source>Kotak</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="92"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="276"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="95"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="275"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="388"/>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="99"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="397"/>
        <source>Progres</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="100"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="279"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="101"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="403"/>
        <source>Terlambat</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="105"/>
        <source>Kegiatan selesai dari seluruh kegiatan (tanpa yang batal)</source>
        <translation>Kegiatan selesai dari seluruh kegiatan (tanpa yang batal)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="108"/>
        <source>Bagian kegiatan yang sudah selesai</source>
        <translation>Bagian kegiatan yang sudah selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="109"/>
        <source>JP kegiatan selesai dari JP yang direncanakan</source>
        <translation>JP kegiatan selesai dari JP yang direncanakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="110"/>
        <source>Kegiatan yang lewat batas waktu dan belum selesai</source>
        <translation>Kegiatan yang lewat batas waktu dan belum selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="199"/>
        <source>{0} kegiatan lewat batas waktu</source>
        <translation>{0} kegiatan lewat batas waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="203"/>
        <source>{0} JP selesai dari {1} JP direncanakan</source>
        <translation>{0} JP selesai dari {1} JP direncanakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="277"/>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="278"/>
        <source>Batas waktu</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="280"/>
        <source>Bentuk</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="281"/>
        <source>70:20:10</source>
        <translation>70:20:10</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="282"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="283"/>
        <source>Bukti</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="332"/>
        <source>Lewat batas waktu {0} hari dan belum selesai</source>
        <translation>Lewat batas waktu {0} hari dan belum selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="338"/>
        <source>Selesai {0}</source>
        <translation>Selesai {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="343"/>
        <source>Dari rekomendasi kotak</source>
        <translation>Dari rekomendasi kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="344"/>
        <source>Untuk menutup kesenjangan kompetensi</source>
        <translation>Untuk menutup kesenjangan kompetensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="345"/>
        <source>Ditambahkan oleh pengguna</source>
        <translation>Ditambahkan oleh pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="380"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="382"/>
        <source>Rencana</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="394"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="248"/>
        <source>Selisih lebih dari {0} poin dari pedoman</source>
        <translation>Selisih lebih dari {0} poin dari pedoman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="257"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="272"/>
        <source>Kotak</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="273"/>
        <source>Jumlah</source>
        <comment>number of people (column header)</comment>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="274"/>
        <source>Aktual</source>
        <translation>Aktual</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="275"/>
        <source>Pedoman</source>
        <translation>Pedoman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="276"/>
        <source>Selisih</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="281"/>
        <source>Pegawai di kotak ini</source>
        <translation>Pegawai di kotak ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="282"/>
        <source>Persentase dari pegawai yang dipetakan</source>
        <translation>Persentase dari pegawai yang dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="283"/>
        <source>Persentase menurut pedoman distribusi skema penilaian</source>
        <translation>Persentase menurut pedoman distribusi skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="284"/>
        <source>Aktual dikurangi pedoman, dalam poin persentase</source>
        <translation>Aktual dikurangi pedoman, dalam poin persentase</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="612"/>
        <source>Tindak lanjut — rapat {0}</source>
        <translation>Tindak lanjut — rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="616"/>
        <source>mis. Menyusun rencana pengembangan pegawai kotak 5–8</source>
        <translation>mis. Menyusun rencana pengembangan pegawai kotak 5–8</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="618"/>
        <source>mis. Kepala BKPSDM</source>
        <translation>mis. Kepala BKPSDM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="619"/>
        <source>Ada batas waktu</source>
        <translation>Ada batas waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="629"/>
        <source>&amp;Kegiatan:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="630"/>
        <source>&amp;Penanggung jawab:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="631"/>
        <source>&amp;Batas waktu:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="632"/>
        <source>Tambah tindak lanjut</source>
        <translation>Tambah tindak lanjut</translation>
    </message>
</context>
<context>
    <name>GuidelineChart</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="189"/>
        <source>Sebaran per kotak dibanding pedoman</source>
        <translation>Sebaran per kotak dibanding pedoman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="201"/>
        <source>Aktual (warna kotak)</source>
        <translation>Aktual (warna kotak)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="201"/>
        <source>Pedoman</source>
        <translation>Pedoman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="207"/>
        <source>Pedoman distribusi belum diatur pada skema.</source>
        <translation>Pedoman distribusi belum diatur pada skema.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="185"/>
        <source>Panduan Talenta Desktop</source>
        <translation>Panduan Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="194"/>
        <source>◀ Kembali</source>
        <translation>◀ Kembali</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="194"/>
        <source>Halaman sebelumnya (Alt+Kiri)</source>
        <translation>Halaman sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="197"/>
        <source>Maju ▶</source>
        <translation>Maju ▶</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="197"/>
        <source>Halaman berikutnya (Alt+Kanan)</source>
        <translation>Halaman berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="200"/>
        <source>Halaman awal</source>
        <translation>Halaman awal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="200"/>
        <source>Halaman awal panduan</source>
        <translation>Halaman awal panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="203"/>
        <source>Cari di halaman ini (Ctrl+F)…</source>
        <translation>Cari di halaman ini (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="205"/>
        <source>Enter: temuan berikutnya · Shift+Enter: sebelumnya · Esc: hapus</source>
        <translation>Enter: temuan berikutnya · Shift+Enter: sebelumnya · Esc: hapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="221"/>
        <source>Daftar isi panduan</source>
        <translation>Daftar isi panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="236"/>
        <source>Isi panduan</source>
        <translation>Isi panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="335"/>
        <source>{0} — Panduan Talenta Desktop</source>
        <translation>{0} — Panduan Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="387"/>
        <source>{0} dari {1} di halaman ini</source>
        <translation>{0} dari {1} di halaman ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="433"/>
        <source>“{0}” tidak ditemukan di halaman ini.</source>
        <translation>“{0}” tidak ditemukan di halaman ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="435"/>
        <source>Ada di: {0}</source>
        <translation>Ada di: {0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="49"/>
        <source>Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya</source>
        <translation>Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="51"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60"/>
        <source>Unit kerja:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="68"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="69"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="85"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="70"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="85"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="71"/>
        <source>Laki-laki / perempuan</source>
        <translation>Laki-laki / perempuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="72"/>
        <source>Rata-rata usia (tahun)</source>
        <translation>Rata-rata usia (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="73"/>
        <source>Pensiun dalam 12 bulan</source>
        <translation>Pensiun dalam 12 bulan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="79"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="189"/>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="80"/>
        <source>Pegawai per unit kerja</source>
        <translation>Pegawai per unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="82"/>
        <source>Jenis jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="84"/>
        <source>Golongan/ruang</source>
        <translation>Golongan/ruang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="86"/>
        <source>Sebaran usia (tahun)</source>
        <translation>Sebaran usia (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="186"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="202"/>
        <source>Instansi belum diisi</source>
        <translation>Instansi belum diisi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="205"/>
        <source>Belum ada data pegawai.</source>
        <translation>Belum ada data pegawai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="209"/>
        <source>Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan &apos;talenta demo&apos;.</source>
        <translation>Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan &apos;talenta demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="213"/>
        <source>{0} pegawai di {1} unit kerja</source>
        <translation>{0} pegawai di {1} unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="235"/>
        <source>Unit lainnya</source>
        <translation>Unit lainnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="249"/>
        <source>JPT</source>
        <translation>JPT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="250"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="251"/>
        <source>Pengawas</source>
        <translation>Pengawas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="252"/>
        <source>Fungsional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="253"/>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="254"/>
        <source>Belum diisi</source>
        <translation>Belum diisi</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="93"/>
        <source>Membaca berkas</source>
        <translation>Membaca berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="94"/>
        <source>Memeriksa data</source>
        <translation>Memeriksa data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="95"/>
        <source>Mencocokkan unit kerja</source>
        <translation>Mencocokkan unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="96"/>
        <source>Menyimpan</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="97"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="279"/>
        <source>Impor data</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="285"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="286"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="287"/>
        <source>&amp;Impor</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="288"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="289"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="31"/>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="49"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="33"/>
        <source>Hentikan pekerjaan ini; tidak ada berkas atau data yang berubah</source>
        <translation>Hentikan pekerjaan ini; tidak ada berkas atau data yang berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="65"/>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="878"/>
        <source>Setiap data pegawai yang keluar dari kantor tercatat di sini: siapa, kapan, berkas apa, berapa baris, dan apakah memuat kolom sensitif. Menurut UU 27/2022 tentang Pelindungan Data Pribadi, instansi harus dapat menyebutkan data pribadi apa yang keluar, dan kegagalan pelindungan data (misalnya flashdisk berisi ekspor hilang) wajib diberitahukan paling lambat 3 × 24 jam.</source>
        <translation>Setiap data pegawai yang keluar dari kantor tercatat di sini: siapa, kapan, berkas apa, berapa baris, dan apakah memuat kolom sensitif. Menurut UU 27/2022 tentang Pelindungan Data Pribadi, instansi harus dapat menyebutkan data pribadi apa yang keluar, dan kegagalan pelindungan data (misalnya flashdisk berisi ekspor hilang) wajib diberitahukan paling lambat 3 × 24 jam.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="885"/>
        <source>Cari pengguna, jenis, periode atau berkas…</source>
        <translation>Cari pengguna, jenis, periode atau berkas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="916"/>
        <source>%Ln ekspor tercatat</source>
        <translation>
            <numerusform>%Ln ekspor tercatat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="918"/>
        <source>{0} dari {1} ekspor</source>
        <translation>{0} dari {1} ekspor</translation>
    </message>
</context>
<context>
    <name>LogTable</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="766"/>
        <source>Belum ada berkas yang dibuat dari sini.</source>
        <translation>Belum ada berkas yang dibuat dari sini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="769"/>
        <source>Buka folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="805"/>
        <source>Pilih berkas di daftar untuk membuka foldernya</source>
        <translation>Pilih berkas di daftar untuk membuka foldernya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="809"/>
        <source>Folder berkas ini sudah tidak ada di komputer ini.</source>
        <translation>Folder berkas ini sudah tidak ada di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="813"/>
        <source>Tampilkan folder {0}</source>
        <translation>Tampilkan folder {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="59"/>
        <source>Beranda</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="60"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="61"/>
        <source>Peta Talenta</source>
        <translation>Peta Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="62"/>
        <source>Komite</source>
        <translation>Komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="64"/>
        <source>Pengembangan</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="66"/>
        <source>Suksesi</source>
        <translation>Suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="67"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="68"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="196"/>
        <source>Tampilan baru dipakai saat Talenta Desktop dibuka lagi.</source>
        <translation>Tampilan baru dipakai saat Talenta Desktop dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Berkas</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Impor data…</source>
        <translation>&amp;Impor data…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Halaman</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="274"/>
        <source>&amp;Cari di halaman ini</source>
        <translation>&amp;Cari di halaman ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="276"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Layar penuh</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="283"/>
        <source>Per&amp;besar huruf</source>
        <translation>Per&amp;besar huruf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="286"/>
        <source>Per&amp;kecil huruf</source>
        <translation>Per&amp;kecil huruf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="288"/>
        <source>Ukuran huruf &amp;normal</source>
        <translation>Ukuran huruf &amp;normal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="291"/>
        <source>&amp;Bahasa, tema dan huruf…</source>
        <translation>&amp;Bahasa, tema dan huruf…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="294"/>
        <source>Ban&amp;tuan</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Panduan</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="298"/>
        <source>Pin&amp;tasan papan ketik</source>
        <translation>Pin&amp;tasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="303"/>
        <source>&amp;Tentang Talenta Desktop</source>
        <translation>&amp;Tentang Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="315"/>
        <source>Halaman ini tidak memiliki kotak pencarian.</source>
        <translation>Halaman ini tidak memiliki kotak pencarian.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="369"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="373"/>
        <source>DEMO — data rekaan, bukan data pegawai sebenarnya</source>
        <translation>DEMO — data rekaan, bukan data pegawai sebenarnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="377"/>
        <source>Pengguna yang masuk dan perannya</source>
        <translation>Pengguna yang masuk dan perannya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="383"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="395"/>
        <source>[DEMO, tidak terenkripsi]</source>
        <translation>[DEMO, tidak terenkripsi]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="397"/>
        <source>[tidak terenkripsi]</source>
        <translation>[tidak terenkripsi]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="402"/>
        <source>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen Talenta ASN.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen Talenta ASN.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="411"/>
        <source>Tentang Talenta Desktop</source>
        <translation>Tentang Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="430"/>
        <source>Membuat cadangan harian database…</source>
        <translation>Membuat cadangan harian database…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="434"/>
        <source>Cadangan harian database dibuat.</source>
        <translation>Cadangan harian database dibuat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="442"/>
        <source>Cadangan harian gagal dibuat: {0} Pekerjaan dapat dilanjutkan; cadangan dicoba lagi saat Talenta Desktop dibuka berikutnya.</source>
        <translation>Cadangan harian gagal dibuat: {0} Pekerjaan dapat dilanjutkan; cadangan dicoba lagi saat Talenta Desktop dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="48"/>
        <source>Petakan periode {0}</source>
        <translation>Petakan periode {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="59"/>
        <source>Nilai kinerja dan potensial dihitung ulang untuk semua pegawai dengan versi terbaru skema ini. Penempatan lama tetap tersimpan, dan kalibrasi yang sudah dibuat tetap berlaku.</source>
        <translation>Nilai kinerja dan potensial dihitung ulang untuk semua pegawai dengan versi terbaru skema ini. Penempatan lama tetap tersimpan, dan kalibrasi yang sudah dibuat tetap berlaku.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="88"/>
        <source>Petakan</source>
        <translation>Petakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="90"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="95"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="133"/>
        <source>{0} pegawai ditempatkan, {1} belum dapat dipetakan ({2}).</source>
        <translation>{0} pegawai ditempatkan, {1} belum dapat dipetakan ({2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="138"/>
        <source>Kotak hasil hitung berubah untuk {0} pegawai dibanding pemetaan sebelumnya; kalibrasi tetap berlaku.</source>
        <translation>Kotak hasil hitung berubah untuk {0} pegawai dibanding pemetaan sebelumnya; kalibrasi tetap berlaku.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="143"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="259"/>
        <source>Pemetaan kolom</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="264"/>
        <source>Pilih kolom berkas yang berisi tiap data. Data bertanda {0} wajib ada; data lain boleh dibiarkan tidak dipakai.</source>
        <translation>Pilih kolom berkas yang berisi tiap data. Data bertanda {0} wajib ada; data lain boleh dibiarkan tidak dipakai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="271"/>
        <source>Nama profil (opsional), mis. Rekap BKPSDM 2025</source>
        <translation>Nama profil (opsional), mis. Rekap BKPSDM 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="273"/>
        <source>Simpan pemetaan ini dengan nama agar dapat dipakai lagi untuk berkas yang serupa</source>
        <translation>Simpan pemetaan ini dengan nama agar dapat dipakai lagi untuk berkas yang serupa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="276"/>
        <source>Simpan sebagai profil:</source>
        <translation>Simpan sebagai profil:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="283"/>
        <source>Gunakan pemetaan</source>
        <translation>Gunakan pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="284"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="302"/>
        <source>Kolom wajib belum dipilih: {0}.</source>
        <translation>Kolom wajib belum dipilih: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="305"/>
        <source>Semua kolom wajib sudah dipilih.</source>
        <translation>Semua kolom wajib sudah dipilih.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="35"/>
        <source>— tidak dipakai —</source>
        <translation>— tidak dipakai —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Kolom di berkas</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Contoh isi</source>
        <translation>Contoh isi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="131"/>
        <source>Nama kolom SIASN: {0}</source>
        <translation>Nama kolom SIASN: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="139"/>
        <source>{0}  (kolom {1})</source>
        <translation>{0}  (kolom {1})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="599"/>
        <source>Lembar dan kolom</source>
        <translation>Lembar dan kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="602"/>
        <source>Kolom berkas dikenali dari judulnya. Periksa pasangannya, lalu ubah bila ada yang keliru atau belum ditemukan.</source>
        <translation>Kolom berkas dikenali dari judulnya. Periksa pasangannya, lalu ubah bila ada yang keliru atau belum ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="614"/>
        <source>Lembar:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="629"/>
        <source>Nama profil, mis. Rekap BKPSDM 2025</source>
        <translation>Nama profil, mis. Rekap BKPSDM 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="630"/>
        <source>Simpan sebagai profil</source>
        <translation>Simpan sebagai profil</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="632"/>
        <source>Simpan pemetaan ini agar dapat dipilih lagi untuk berkas dengan kolom yang sama</source>
        <translation>Simpan pemetaan ini agar dapat dipilih lagi untuk berkas dengan kolom yang sama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="636"/>
        <source>Profil:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="669"/>
        <source>Berkas tidak dapat dibuka: {0}</source>
        <translation>Berkas tidak dapat dibuka: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="704"/>
        <source>Membaca berkas…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="720"/>
        <source>Judul kolom di baris {0}; {1} baris data di bawahnya.</source>
        <translation>Judul kolom di baris {0}; {1} baris data di bawahnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="743"/>
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>Berkas tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="764"/>
        <source>Kolom wajib belum ditemukan: {0}. Pilih kolom berkas yang berisi data tersebut pada baris bertanda merah.</source>
        <translation>Kolom wajib belum ditemukan: {0}. Pilih kolom berkas yang berisi data tersebut pada baris bertanda merah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="772"/>
        <source>Semua kolom wajib ditemukan; {0} kolom berkas akan dipakai.</source>
        <translation>Semua kolom wajib ditemukan; {0} kolom berkas akan dipakai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="780"/>
        <source>Kolom berkas yang tidak dipakai ({0}): {1}</source>
        <translation>Kolom berkas yang tidak dipakai ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="785"/>
        <source>Semua kolom berkas dipakai.</source>
        <translation>Semua kolom berkas dipakai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="808"/>
        <source>Profil “{0}” diperbarui.</source>
        <translation>Profil “{0}” diperbarui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="808"/>
        <source>Profil “{0}” disimpan.</source>
        <translation>Profil “{0}” disimpan.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="340"/>
        <source>Rapat koreksi</source>
        <translation>Rapat koreksi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="340"/>
        <source>Rapat baru</source>
        <translation>Rapat baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="344"/>
        <source>Nomor berita acara, mis. 800.1.3/BA-01/KT/2026</source>
        <translation>Nomor berita acara, mis. 800.1.3/BA-01/KT/2026</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="346"/>
        <source>Penetapan Hasil Pemetaan Talenta</source>
        <translation>Penetapan Hasil Pemetaan Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="349"/>
        <source> (ditutup)</source>
        <translation> (ditutup)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="357"/>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="364"/>
        <source>pukul</source>
        <translation>pukul</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="368"/>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="373"/>
        <source>mis. Ruang Rapat Sekretariat Daerah</source>
        <translation>mis. Ruang Rapat Sekretariat Daerah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="378"/>
        <source>Satu butir agenda per baris</source>
        <translation>Satu butir agenda per baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="382"/>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="403"/>
        <source>Pembukaan dan pengesahan kehadiran anggota</source>
        <translation>Pembukaan dan pengesahan kehadiran anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="383"/>
        <source>Pembahasan dan kalibrasi hasil pemetaan talenta</source>
        <translation>Pembahasan dan kalibrasi hasil pemetaan talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="384"/>
        <source>Tindak lanjut dan penutup</source>
        <translation>Tindak lanjut dan penutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="390"/>
        <source>— bukan rapat koreksi —</source>
        <translation>— bukan rapat koreksi —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="394"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="398"/>
        <source>Koreksi {0}</source>
        <translation>Koreksi {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="404"/>
        <source>Koreksi keputusan rapat {0}</source>
        <translation>Koreksi keputusan rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="405"/>
        <source>Penutup</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="410"/>
        <source>&amp;Nomor berita acara:</source>
        <translation>&amp;Nomor berita acara:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="411"/>
        <source>&amp;Judul rapat:</source>
        <translation>&amp;Judul rapat:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="412"/>
        <source>&amp;Periode talenta:</source>
        <translation>&amp;Periode talenta:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="413"/>
        <source>&amp;Waktu:</source>
        <translation>&amp;Waktu:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="414"/>
        <source>&amp;Tempat:</source>
        <translation>&amp;Tempat:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="415"/>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="416"/>
        <source>&amp;Koreksi atas:</source>
        <translation>&amp;Koreksi atas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="418"/>
        <source>Buat rapat</source>
        <translation>Buat rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="421"/>
        <source>Rapat koreksi merujuk rapat final yang dikoreksi; rapat final itu sendiri tidak berubah.</source>
        <translation>Rapat koreksi merujuk rapat final yang dikoreksi; rapat final itu sendiri tidak berubah.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="174"/>
        <source>Tambah anggota — {0}</source>
        <translation>Tambah anggota — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="177"/>
        <source>Pegawai &amp;instansi</source>
        <translation>Pegawai &amp;instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="178"/>
        <source>Dari &amp;luar instansi</source>
        <translation>Dari &amp;luar instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="193"/>
        <source>Nama lengkap dengan gelar, seperti ditandatangani</source>
        <translation>Nama lengkap dengan gelar, seperti ditandatangani</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="195"/>
        <source>bila ada</source>
        <translation>bila ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="197"/>
        <source>mis. Akademisi, Universitas Sriwijaya</source>
        <translation>mis. Akademisi, Universitas Sriwijaya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="201"/>
        <source>Nama:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="202"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="203"/>
        <source>Jabatan:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="217"/>
        <source>terakhir</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="220"/>
        <source>Asal:</source>
        <translation>Asal:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="221"/>
        <source>&amp;Anggota:</source>
        <translation>&amp;Anggota:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="222"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="223"/>
        <source>&amp;Urutan tanda tangan:</source>
        <translation>&amp;Urutan tanda tangan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="225"/>
        <source>Tambah anggota</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="228"/>
        <source>Komite hanya mempunyai satu ketua dan satu sekretaris. Urutan tanda tangan menentukan urutan pada daftar hadir dan berita acara.</source>
        <translation>Komite hanya mempunyai satu ketua dan satu sekretaris. Urutan tanda tangan menentukan urutan pada daftar hadir dan berita acara.</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="270"/>
        <source>Ubah anggota — {0}</source>
        <translation>Ubah anggota — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="283"/>
        <source>Masih &amp;anggota komite</source>
        <translation>Masih &amp;anggota komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="285"/>
        <source>Anggota:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="286"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="287"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="288"/>
        <source>&amp;Urutan tanda tangan:</source>
        <translation>&amp;Urutan tanda tangan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="291"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="294"/>
        <source>Anggota yang tidak lagi menjabat tidak dihitung dalam kuorum rapat berikutnya. Berita acara rapat yang sudah final tetap memuat anggota seperti saat rapat itu.</source>
        <translation>Anggota yang tidak lagi menjabat tidak dihitung dalam kuorum rapat berikutnya. Berita acara rapat yang sudah final tetap memuat anggota seperti saat rapat itu.</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="59"/>
        <source>Naik kelas</source>
        <translation>Naik kelas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="60"/>
        <source>Tetap</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="61"/>
        <source>Bergeser</source>
        <translation>Bergeser</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="62"/>
        <source>Turun</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="63"/>
        <source>Baru dipetakan</source>
        <translation>Baru dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="64"/>
        <source>Kini di area tunggu</source>
        <translation>Kini di area tunggu</translation>
    </message>
</context>
<context>
    <name>MovementMatrixModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="387"/>
        <source>{0} pegawai</source>
        <translation>{0} pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="389"/>
        <source>Dipetakan pada kedua periode: {0}</source>
        <translation>Dipetakan pada kedua periode: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="391"/>
        <source>Kini di kotak {0} ({1}), dari kotak mana pun: {2}</source>
        <translation>Kini di kotak {0} ({1}), dari kotak mana pun: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="395"/>
        <source>Dari kotak {0} ({1}), kini di kotak mana pun: {2}</source>
        <translation>Dari kotak {0} ({1}), kini di kotak mana pun: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="398"/>
        <source>Kotak {0} ({1}) → kotak {2} ({3}): {4} — {5}</source>
        <translation>Kotak {0} ({1}) → kotak {2} ({3}): {4} — {5}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="412"/>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="418"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="419"/>
        <source>Kotak {0} pada periode {1}</source>
        <translation>Kotak {0} pada periode {1}</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="717"/>
        <source>Sebelumnya</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="719"/>
        <source>Kini</source>
        <translation>Kini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Perubahan</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="723"/>
        <source>Kotak pada periode {0}</source>
        <translation>Kotak pada periode {0}</translation>
    </message>
</context>
<context>
    <name>NewAdministratorDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="136"/>
        <source>Database baru</source>
        <translation>Database baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="138"/>
        <source>Buat administrator pertama untuk {0}. Database dienkripsi: tanpa kata sandi pengguna, isinya tidak dapat dibaca, juga bila laptop hilang.</source>
        <translation>Buat administrator pertama untuk {0}. Database dienkripsi: tanpa kata sandi pengguna, isinya tidak dapat dibaca, juga bila laptop hilang.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="142"/>
        <source>Amankan database ini</source>
        <translation>Amankan database ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="144"/>
        <source>Database {0} belum terenkripsi dan belum memiliki pengguna: siapa pun yang memegang berkasnya dapat membacanya. Buat administrator, lalu database dienkripsi di tempat (salinan cadangan dibuat dan diperiksa lebih dulu).</source>
        <translation>Database {0} belum terenkripsi dan belum memiliki pengguna: siapa pun yang memegang berkasnya dapat membacanya. Buat administrator, lalu database dienkripsi di tempat (salinan cadangan dibuat dan diperiksa lebih dulu).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="148"/>
        <source>Administrator — Talenta Desktop</source>
        <translation>Administrator — Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="150"/>
        <source>mis. admin.bkpsdm</source>
        <translation>mis. admin.bkpsdm</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="154"/>
        <source>minimal {0} karakter</source>
        <translation>minimal {0} karakter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="157"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="158"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="159"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="160"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="164"/>
        <source>Kunci database disimpan di berkas {0} di samping database. Simpan berkas itu bersama database dan cadangannya; kata sandi yang terlupa hanya dapat diganti oleh administrator lain.</source>
        <translation>Kunci database disimpan di berkas {0} di samping database. Simpan berkas itu bersama database dan cadangannya; kata sandi yang terlupa hanya dapat diganti oleh administrator lain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="171"/>
        <source>Buat administrator</source>
        <translation>Buat administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="173"/>
        <source>Nanti saja</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="177"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>NineBoxPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="174"/>
        <source>Peta Talenta</source>
        <translation>Peta Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="179"/>
        <source>Periode pemetaan</source>
        <translation>Periode pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="181"/>
        <source>Petakan…</source>
        <translation>Petakan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="182"/>
        <source>Hitung ulang penempatan periode ini dengan skema penilaian</source>
        <translation>Hitung ulang penempatan periode ini dengan skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="184"/>
        <source>Batalkan</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="186"/>
        <source>Ulangi</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="198"/>
        <source>Proyektor</source>
        <translation>Proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="199"/>
        <source>Tampilkan peta di layar proyektor (F5)</source>
        <translation>Tampilkan peta di layar proyektor (F5)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="201"/>
        <source>Mode proyektor</source>
        <translation>Mode proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="206"/>
        <source>Sembunyikan nama (inisial dan NIP tersamar)</source>
        <translation>Sembunyikan nama (inisial dan NIP tersamar)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="211"/>
        <source>Layar kosong</source>
        <translation>Layar kosong</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="214"/>
        <source>Hanya jumlah per kotak</source>
        <translation>Hanya jumlah per kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="223"/>
        <source>Layar proyektor</source>
        <translation>Layar proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="234"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="287"/>
        <source>Peta</source>
        <translation>Peta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="290"/>
        <source>Distribusi dan pergerakan</source>
        <translation>Distribusi dan pergerakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="337"/>
        <source>Hukuman disiplin (rincian data sensitif disembunyikan)</source>
        <translation>Hukuman disiplin (rincian data sensitif disembunyikan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="370"/>
        <source>Peta talenta tidak dapat dibaca</source>
        <translation>Peta talenta tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="390"/>
        <source>Memuat peta talenta periode {0}…</source>
        <translation>Memuat peta talenta periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="438"/>
        <source>Memuat peta talenta…</source>
        <translation>Memuat peta talenta…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="439"/>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="456"/>
        <source>Belum ada periode pemetaan. Petakan tahun {0} sekarang (SKP {1}–{0}, asesmen yang berlaku 3 tahun), atau buat periode di Pengaturan.</source>
        <translation>Belum ada periode pemetaan. Petakan tahun {0} sekarang (SKP {1}–{0}, asesmen yang berlaku 3 tahun), atau buat periode di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="460"/>
        <source>Petakan tahun {0}</source>
        <translation>Petakan tahun {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="462"/>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="469"/>
        <source>Periode {0} belum dipetakan.</source>
        <translation>Periode {0} belum dipetakan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="463"/>
        <source>Petakan periode {0}</source>
        <translation>Petakan periode {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="467"/>
        <source>Belum ada periode pemetaan.</source>
        <translation>Belum ada periode pemetaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="472"/>
        <source>Pemetaan dilakukan oleh operator BKPSDM.</source>
        <translation>Pemetaan dilakukan oleh operator BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="486"/>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="486"/>
        <source>Ditutup — kalibrasi tidak dapat diubah</source>
        <translation>Ditutup — kalibrasi tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="487"/>
        <source>{0} · {1} · {2} dipetakan · {3} belum dapat dipetakan</source>
        <translation>{0} · {1} · {2} dipetakan · {3} belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="494"/>
        <source>hanya lihat</source>
        <translation>hanya lihat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="523"/>
        <source>Belum dapat dipetakan ({0})</source>
        <translation>Belum dapat dipetakan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="524"/>
        <source>Kalibrasi ({0})</source>
        <translation>Kalibrasi ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="605"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="611"/>
        <source>Periode ditutup</source>
        <translation>Periode ditutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="613"/>
        <source>Periode {0} sudah ditutup; buka kembali di Pengaturan untuk mengubah penempatan.</source>
        <translation>Periode {0} sudah ditutup; buka kembali di Pengaturan untuk mengubah penempatan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="621"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="633"/>
        <source>pindah {0} ke kotak {1}</source>
        <translation>pindah {0} ke kotak {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="641"/>
        <source>Kalibrasi tidak dicatat</source>
        <translation>Kalibrasi tidak dicatat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="685"/>
        <source>Periode tidak dapat dibuat</source>
        <translation>Periode tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>NineBoxView</name>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="87"/>
        <source>Di bawah</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="88"/>
        <source>Sesuai</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="89"/>
        <source>Di atas</source>
        <translation>Di atas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="92"/>
        <source>Di bawah ekspektasi</source>
        <translation>Di bawah ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="93"/>
        <source>Sesuai ekspektasi</source>
        <translation>Sesuai ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="94"/>
        <source>Di atas ekspektasi</source>
        <translation>Di atas ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="101"/>
        <source>Rendah</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="102"/>
        <source>Menengah</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="103"/>
        <source>Tinggi</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="110"/>
        <source>Kinerja di bawah</source>
        <translation>Kinerja di bawah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="111"/>
        <source>Kinerja sesuai</source>
        <translation>Kinerja sesuai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="112"/>
        <source>Kinerja di atas</source>
        <translation>Kinerja di atas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="115"/>
        <source>Potensial rendah</source>
        <translation>Potensial rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="116"/>
        <source>Potensial menengah</source>
        <translation>Potensial menengah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="117"/>
        <source>Potensial tinggi</source>
        <translation>Potensial tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="747"/>
        <source>{0} orang lainnya di kotak ini tidak digambar. Klik untuk membuka daftar lengkapnya.</source>
        <translation>{0} orang lainnya di kotak ini tidak digambar. Klik untuk membuka daftar lengkapnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="785"/>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="805"/>
        <source>Talent pool: Kelompok Rencana Suksesi (KRS)</source>
        <translation>Talent pool: Kelompok Rencana Suksesi (KRS)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="790"/>
        <source>Kotak {0}</source>
        <translation>Kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="791"/>
        <source>Rekomendasi: {0}</source>
        <translation>Rekomendasi: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="794"/>
        <source>Klik dua kali untuk membuka daftar pegawai di kotak ini.</source>
        <translation>Klik dua kali untuk membuka daftar pegawai di kotak ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="868"/>
        <source>KRS</source>
        <translation>KRS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="925"/>
        <source>{0} orang</source>
        <translation>{0} orang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="998"/>
        <source>Peta talenta sembilan kotak</source>
        <translation>Peta talenta sembilan kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1075"/>
        <source>Pilih pegawai dengan klik; Tab berpindah ke pegawai berikutnya di kotak yang sama. Panah memilih kotak tujuan, Enter mengusulkan pemindahan, Esc membatalkan.</source>
        <translation>Pilih pegawai dengan klik; Tab berpindah ke pegawai berikutnya di kotak yang sama. Panah memilih kotak tujuan, Enter mengusulkan pemindahan, Esc membatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1080"/>
        <source>Pilih pegawai dengan klik untuk melihat nilainya; Tab berpindah ke pegawai berikutnya di kotak yang sama. Peta ini hanya dapat dilihat.</source>
        <translation>Pilih pegawai dengan klik untuk melihat nilainya; Tab berpindah ke pegawai berikutnya di kotak yang sama. Peta ini hanya dapat dilihat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1339"/>
        <source>Potensial</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1340"/>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1362"/>
        <source>%Ln orang dipetakan</source>
        <translation>
            <numerusform>%Ln orang dipetakan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1384"/>
        <source>dikalibrasi</source>
        <translation>dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1387"/>
        <source>naik dari periode lalu</source>
        <translation>naik dari periode lalu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1388"/>
        <source>turun</source>
        <translation>turun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1538"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1543"/>
        <source>Nilai kinerja {0} · potensial {1} · talenta {2}</source>
        <translation>Nilai kinerja {0} · potensial {1} · talenta {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1551"/>
        <source>Kotak {0}; hasil perhitungan kotak {1}</source>
        <translation>Kotak {0}; hasil perhitungan kotak {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1557"/>
        <source>Dikalibrasi: {0}</source>
        <translation>Dikalibrasi: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1559"/>
        <source>Dikalibrasi oleh Komite Talenta</source>
        <translation>Dikalibrasi oleh Komite Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1562"/>
        <source>Naik dari periode lalu</source>
        <translation>Naik dari periode lalu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1565"/>
        <source>Turun dari periode lalu</source>
        <translation>Turun dari periode lalu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1568"/>
        <source>Tetap di kotak yang sama dengan periode lalu</source>
        <translation>Tetap di kotak yang sama dengan periode lalu</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="571"/>
        <source>Catatan pegawai — rapat {0}</source>
        <translation>Catatan pegawai — rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="577"/>
        <source>Pokok pembahasan tentang pegawai ini</source>
        <translation>Pokok pembahasan tentang pegawai ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="579"/>
        <source>Sudah &amp;dibahas</source>
        <translation>Sudah &amp;dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="581"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="582"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="585"/>
        <source>Simpan catatan</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="586"/>
        <source>Menyimpan lagi untuk pegawai yang sama menggantikan catatan sebelumnya.</source>
        <translation>Menyimpan lagi untuk pegawai yang sama menggantikan catatan sebelumnya.</translation>
    </message>
</context>
<context>
    <name>PackagePanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="636"/>
        <source>Tanpa riwayat hukuman disiplin</source>
        <translation>Tanpa riwayat hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="641"/>
        <source>Centang bila penerima tidak berhak membaca riwayat hukuman disiplin (UU 27/2022).</source>
        <translation>Centang bila penerima tidak berhak membaca riwayat hukuman disiplin (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="644"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mengirim riwayat hukuman disiplin.</source>
        <translation>Hanya administrator dan operator BKPSDM yang boleh mengirim riwayat hukuman disiplin.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="647"/>
        <source>Ekspor paket…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="649"/>
        <source>Sidik jari kunci instalasi ini:</source>
        <translation>Sidik jari kunci instalasi ini:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="654"/>
        <source>Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya, agar penerima dapat memastikan paket berasal dari Anda.</source>
        <translation>Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya, agar penerima dapat memastikan paket berasal dari Anda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="661"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="664"/>
        <source>Kirim paket</source>
        <translation>Kirim paket</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="668"/>
        <source>Data satu periode (pegawai dan riwayatnya, SKP, asesmen, pemetaan, rapat komite, suksesi dan rencana pengembangan) dalam satu berkas .talenta yang ditandatangani kunci instalasi ini. Bawa dengan flashdisk ke laptop lain; penerima melihat pratinjau sebelum ada yang berubah.</source>
        <translation>Data satu periode (pegawai dan riwayatnya, SKP, asesmen, pemetaan, rapat komite, suksesi dan rencana pengembangan) dalam satu berkas .talenta yang ditandatangani kunci instalasi ini. Bawa dengan flashdisk ke laptop lain; penerima melihat pratinjau sebelum ada yang berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="683"/>
        <source>Impor paket…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="685"/>
        <source>Terima paket</source>
        <translation>Terima paket</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="689"/>
        <source>Buka berkas .talenta dari laptop lain. Tanda tangan dan checksum diperiksa lebih dulu: paket yang rusak atau diubah ditolak. Pratinjau menunjukkan apa yang baru, diperbarui dan bertentangan; Anda memilih sebelum mengimpor. Tidak ada data yang dihapus.</source>
        <translation>Buka berkas .talenta dari laptop lain. Tanda tangan dan checksum diperiksa lebih dulu: paket yang rusak atau diubah ditolak. Pratinjau menunjukkan apa yang baru, diperbarui dan bertentangan; Anda memilih sebelum mengimpor. Tidak ada data yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="732"/>
        <source>Simpan data periode ini sebagai paket .talenta</source>
        <translation>Simpan data periode ini sebagai paket .talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="734"/>
        <source>Belum ada periode talenta untuk dikirim.</source>
        <translation>Belum ada periode talenta untuk dikirim.</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="44"/>
        <source>Impor paket pertukaran</source>
        <translation>Impor paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="49"/>
        <source>Paket dari {0}</source>
        <translation>Paket dari {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="56"/>
        <source>Sidik jari kunci tanda tangan instalasi pengirim</source>
        <translation>Sidik jari kunci tanda tangan instalasi pengirim</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="57"/>
        <source>{0} oleh {1}</source>
        <translation>{0} oleh {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="59"/>
        <source>Berkas:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="60"/>
        <source>Instansi:</source>
        <translation>Instansi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="61"/>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="62"/>
        <source>Dibuat:</source>
        <translation>Dibuat:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="68"/>
        <source>Sidik jari kunci:</source>
        <translation>Sidik jari kunci:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="78"/>
        <source>&lt;b&gt;Sumber dikenal.&lt;/b&gt; Paket ditandatangani dengan kunci yang sama seperti paket sebelumnya dari {0}.</source>
        <translation>&lt;b&gt;Sumber dikenal.&lt;/b&gt; Paket ditandatangani dengan kunci yang sama seperti paket sebelumnya dari {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="86"/>
        <source>&lt;b&gt;Sumber baru: cocokkan sidik jari ini dengan pengirim&lt;/b&gt; (lewat telepon atau pesan, bukan lewat flashdisk yang sama) sebelum mengimpor. Setelah diimpor, paket berikutnya atas nama {0} hanya diterima bila ditandatangani dengan kunci yang sama.</source>
        <translation>&lt;b&gt;Sumber baru: cocokkan sidik jari ini dengan pengirim&lt;/b&gt; (lewat telepon atau pesan, bukan lewat flashdisk yang sama) sebelum mengimpor. Setelah diimpor, paket berikutnya atas nama {0} hanya diterima bila ditandatangani dengan kunci yang sama.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="101"/>
        <source>Tidak ada yang baru dalam paket ini: semua isinya sudah ada di database ini.</source>
        <translation>Tidak ada yang baru dalam paket ini: semua isinya sudah ada di database ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="125"/>
        <source>Ambil semua dari paket</source>
        <translation>Ambil semua dari paket</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="126"/>
        <source>Pertahankan semua</source>
        <translation>Pertahankan semua</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="135"/>
        <source>Data berikut diubah berbeda di database ini dan di paket. Centang &quot;Ambil dari paket&quot; untuk memakai isi paket; yang tidak dicentang tetap seperti di database ini. Kalibrasi, keputusan rapat dan hasil pemetaan tidak pernah bertentangan: catatan kedua pihak disimpan.</source>
        <translation>Data berikut diubah berbeda di database ini dan di paket. Centang &quot;Ambil dari paket&quot; untuk memakai isi paket; yang tidak dicentang tetap seperti di database ini. Kalibrasi, keputusan rapat dan hasil pemetaan tidak pernah bertentangan: catatan kedua pihak disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="147"/>
        <source>Perbedaan pada data terpilih</source>
        <translation>Perbedaan pada data terpilih</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="159"/>
        <source>Per jenis data</source>
        <translation>Per jenis data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="160"/>
        <source>Bertentangan ({0})</source>
        <translation>Bertentangan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="168"/>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="171"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="175"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="219"/>
        <source>Perbedaan: {0}</source>
        <translation>Perbedaan: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="228"/>
        <source>{0} baris sudah sama; impor tidak akan mengubah apa pun.</source>
        <translation>{0} baris sudah sama; impor tidak akan mengubah apa pun.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="232"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; baris baru</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; baris baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="233"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; diperbarui</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="239"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; bertentangan ({1} diambil dari paket, {2} dipertahankan)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; bertentangan ({1} diambil dari paket, {2} dipertahankan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="244"/>
        <source>{0} sudah sama</source>
        <translation>{0} sudah sama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="246"/>
        <source>Bila diimpor: {0}. Tidak ada data yang dihapus.</source>
        <translation>Bila diimpor: {0}. Tidak ada data yang dihapus.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="148"/>
        <source>Aktifkan {0}</source>
        <translation>Aktifkan {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="150"/>
        <source>Ganti kata sandi saya</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="152"/>
        <source>Atur ulang kata sandi {0}</source>
        <translation>Atur ulang kata sandi {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="153"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="154"/>
        <source>Aktifkan</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="154"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>PdfPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="320"/>
        <source>Unit kerja beserta unit di bawahnya, atau seluruh instansi</source>
        <translation>Unit kerja beserta unit di bawahnya, atau seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="322"/>
        <source>18 digit, mis. 19691230 200107 1 002</source>
        <translation>18 digit, mis. 19691230 200107 1 002</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="325"/>
        <source>Cari…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="326"/>
        <source>Cari pegawai menurut nama atau sebagian NIP</source>
        <translation>Cari pegawai menurut nama atau sebagian NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="346"/>
        <source>F4 (folio) masih lazim untuk naskah dinas di banyak daerah</source>
        <translation>F4 (folio) masih lazim untuk naskah dinas di banyak daerah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="348"/>
        <source>Samarkan identitas (inisial dan NIP tersamar)</source>
        <translation>Samarkan identitas (inisial dan NIP tersamar)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="352"/>
        <source>Nama dicetak sebagai inisial dan NIP tersamar, seperti pada tampilan proyektor; jabatan pegawai dan teks bebas (alasan kalibrasi, catatan) tidak dicetak. Tercatat di Log ekspor sebagai tersamar, bukan data sensitif. Pemangku jabatan target tetap dapat dikenali dari jabatannya.</source>
        <translation>Nama dicetak sebagai inisial dan NIP tersamar, seperti pada tampilan proyektor; jabatan pegawai dan teks bebas (alasan kalibrasi, catatan) tidak dicetak. Tercatat di Log ekspor sebagai tersamar, bukan data sensitif. Pemangku jabatan target tetap dapat dikenali dari jabatannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="358"/>
        <source>Sertakan rincian hukuman disiplin</source>
        <translation>Sertakan rincian hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="360"/>
        <source>Buat PDF…</source>
        <translation>Buat PDF…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="364"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="366"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="367"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="369"/>
        <source>&amp;Rapat:</source>
        <translation>&amp;Rapat:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="371"/>
        <source>&amp;Kertas:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="417"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="429"/>
        <source>{0} ({1}) — {2}</source>
        <translation>{0} ({1}) — {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="524"/>
        <source>Ketik NIP, atau cari pegawai menurut nama dengan &quot;Cari…&quot;.</source>
        <translation>Ketik NIP, atau cari pegawai menurut nama dengan &quot;Cari…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="527"/>
        <source>{0} dari 18 digit</source>
        <translation>{0} dari 18 digit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="539"/>
        <source>Mencari pegawai dengan NIP ini…</source>
        <translation>Mencari pegawai dengan NIP ini…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="542"/>
        <source>Tidak ada pegawai dengan NIP ini di database.</source>
        <translation>Tidak ada pegawai dengan NIP ini di database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="588"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mencetak hukuman disiplin.</source>
        <translation>Hanya administrator dan operator BKPSDM yang boleh mencetak hukuman disiplin.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="590"/>
        <source>Laporan tersamar tidak memuat rincian hukuman disiplin.</source>
        <translation>Laporan tersamar tidak memuat rincian hukuman disiplin.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="592"/>
        <source>Data sensitif (UU 27/2022): cetak hanya untuk yang berhak membacanya.</source>
        <translation>Data sensitif (UU 27/2022): cetak hanya untuk yang berhak membacanya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="608"/>
        <source>Belum ada rapat komite yang difinalkan; berita acara dicetak setelah rapat difinalkan.</source>
        <translation>Belum ada rapat komite yang difinalkan; berita acara dicetak setelah rapat difinalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="612"/>
        <source>Hanya rapat yang sudah difinalkan yang dapat dicetak.</source>
        <translation>Hanya rapat yang sudah difinalkan yang dapat dicetak.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="614"/>
        <source>Isikan NIP pegawai.</source>
        <translation>Isikan NIP pegawai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="616"/>
        <source>Simpan laporan ini sebagai PDF</source>
        <translation>Simpan laporan ini sebagai PDF</translation>
    </message>
</context>
<context>
    <name>PeriodCombo</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="121"/>
        <source>{0} (belum dipetakan)</source>
        <translation>{0} (belum dipetakan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="123"/>
        <source>{0} (ditutup)</source>
        <translation>{0} (ditutup)</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="42"/>
        <source>Periode baru</source>
        <translation>Periode baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="51"/>
        <source>mis. 2026</source>
        <translation>mis. 2026</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="67"/>
        <source> tahun</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="73"/>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="83"/>
        <source>&amp;Nama periode:</source>
        <translation>&amp;Nama periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="84"/>
        <source>Tahun &amp;SKP:</source>
        <translation>Tahun &amp;SKP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="85"/>
        <source>&amp;Tanggal acuan:</source>
        <translation>&amp;Tanggal acuan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="86"/>
        <source>&amp;Masa berlaku asesmen:</source>
        <translation>&amp;Masa berlaku asesmen:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="94"/>
        <source>SKP pada tahun-tahun ini dihitung untuk kinerja. Usia, masa pensiun, masa berlaku asesmen dan penghargaan dihitung pada tanggal acuan (biasanya 31 Desember tahun periode). Lazimnya asesmen berlaku 3 tahun.</source>
        <translation>SKP pada tahun-tahun ini dihitung untuk kinerja. Usia, masa pensiun, masa berlaku asesmen dan penghargaan dihitung pada tanggal acuan (biasanya 31 Desember tahun periode). Lazimnya asesmen berlaku 3 tahun.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="109"/>
        <source>Buat periode</source>
        <translation>Buat periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="110"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="159"/>
        <source>Nama periode wajib diisi.</source>
        <translation>Nama periode wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="161"/>
        <source>Periode {0} sudah ada.</source>
        <translation>Periode {0} sudah ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="164"/>
        <source>Tahun SKP awal ({0}) sesudah tahun akhir ({1}).</source>
        <translation>Tahun SKP awal ({0}) sesudah tahun akhir ({1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="171"/>
        <source>Tanggal acuan jatuh sebelum tahun SKP terakhir ({0}) berakhir.</source>
        <translation>Tanggal acuan jatuh sebelum tahun SKP terakhir ({0}) berakhir.</translation>
    </message>
</context>
<context>
    <name>PeriodSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1070"/>
        <source>Periode menentukan tahun SKP dan asesmen yang dihitung dalam pemetaan. Periode yang ditutup tidak dapat dipetakan ulang atau dikalibrasi sampai dibuka kembali; setiap perubahan status tercatat di log audit.</source>
        <translation>Periode menentukan tahun SKP dan asesmen yang dihitung dalam pemetaan. Periode yang ditutup tidak dapat dipetakan ulang atau dikalibrasi sampai dibuka kembali; setiap perubahan status tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1077"/>
        <source>Periode &amp;baru…</source>
        <translation>Periode &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1079"/>
        <source>&amp;Tutup periode</source>
        <translation>&amp;Tutup periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1080"/>
        <source>B&amp;uka kembali</source>
        <translation>B&amp;uka kembali</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1171"/>
        <source>Periode {0} dibuat. Petakan periode ini di halaman Peta Talenta.</source>
        <translation>Periode {0} dibuat. Petakan periode ini di halaman Peta Talenta.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1191"/>
        <source>Tutup periode</source>
        <translation>Tutup periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1193"/>
        <source>Tutup periode {0}? Penempatan dan kalibrasinya tidak dapat diubah sampai periode dibuka kembali.</source>
        <translation>Tutup periode {0}? Penempatan dan kalibrasinya tidak dapat diubah sampai periode dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1197"/>
        <source>Buka kembali periode</source>
        <translation>Buka kembali periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1199"/>
        <source>Buka kembali periode {0}? Periode itu dapat dipetakan ulang dan dikalibrasi lagi. Perubahan ini tercatat di log audit.</source>
        <translation>Buka kembali periode {0}? Periode itu dapat dipetakan ulang dan dikalibrasi lagi. Perubahan ini tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1213"/>
        <source>Periode {0} ditutup.</source>
        <translation>Periode {0} ditutup.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1215"/>
        <source>Periode {0} dibuka kembali.</source>
        <translation>Periode {0} dibuka kembali.</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="987"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="988"/>
        <source>Tahun SKP</source>
        <translation>Tahun SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="989"/>
        <source>Tanggal acuan</source>
        <translation>Tanggal acuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="990"/>
        <source>Asesmen berlaku</source>
        <translation>Asesmen berlaku</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="991"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="992"/>
        <source>Skema</source>
        <translation>Skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="993"/>
        <source>Pemetaan terakhir</source>
        <translation>Pemetaan terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="994"/>
        <source>Dipetakan / belum</source>
        <translation>Dipetakan / belum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="998"/>
        <source>Pegawai yang dipetakan ke kotak / yang belum dapat dipetakan pada pemetaan terakhir</source>
        <translation>Pegawai yang dipetakan ke kotak / yang belum dapat dipetakan pada pemetaan terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1028"/>
        <source>{0} tahun</source>
        <translation>{0} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1030"/>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1030"/>
        <source>Ditutup</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1034"/>
        <source>Belum dipetakan</source>
        <translation>Belum dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1047"/>
        <source>Periode terbuka: dapat dipetakan ulang dan dikalibrasi</source>
        <translation>Periode terbuka: dapat dipetakan ulang dan dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1049"/>
        <source>Periode ditutup: penempatan dan kalibrasinya tidak dapat diubah</source>
        <translation>Periode ditutup: penempatan dan kalibrasinya tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1052"/>
        <source>Hasil asesmen dihitung bila tidak lebih tua dari ini pada tanggal acuan</source>
        <translation>Hasil asesmen dihitung bila tidak lebih tua dari ini pada tanggal acuan</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="32"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="33"/>
        <source>Operator BKPSDM</source>
        <translation>Operator BKPSDM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="34"/>
        <source>Anggota Komite</source>
        <translation>Anggota Komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="35"/>
        <source>Pembaca</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="39"/>
        <source>mengimpor dan mengubah data pegawai</source>
        <translation>mengimpor dan mengubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="40"/>
        <source>mengelola periode dan memetakan talenta</source>
        <translation>mengelola periode dan memetakan talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="41"/>
        <source>mengkalibrasi kotak talenta</source>
        <translation>mengkalibrasi kotak talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="42"/>
        <source>mengelola komite, rapat, notula, dan keputusan</source>
        <translation>mengelola komite, rapat, notula, dan keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="45"/>
        <source>mengelola rencana pengembangan</source>
        <translation>mengelola rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="46"/>
        <source>mengelola jabatan kritikal dan suksesor</source>
        <translation>mengelola jabatan kritikal dan suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="47"/>
        <source>mengubah skema penilaian dan pengaturan</source>
        <translation>mengubah skema penilaian dan pengaturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="48"/>
        <source>membuat laporan dan ekspor</source>
        <translation>membuat laporan dan ekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="49"/>
        <source>melihat dan mengekspor hukuman disiplin</source>
        <translation>melihat dan mengekspor hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="50"/>
        <source>mengimpor paket pertukaran</source>
        <translation>mengimpor paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="51"/>
        <source>membuat salinan cadangan</source>
        <translation>membuat salinan cadangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="52"/>
        <source>memulihkan database dari salinan</source>
        <translation>memulihkan database dari salinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="53"/>
        <source>mengelola pengguna dan enkripsi</source>
        <translation>mengelola pengguna dan enkripsi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="54"/>
        <source>melihat dan mengekspor log audit</source>
        <translation>melihat dan mengekspor log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="55"/>
        <source>mengatur dan menerapkan masa retensi data</source>
        <translation>mengatur dan menerapkan masa retensi data</translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="44"/>
        <source>Cari nama atau NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="47"/>
        <source>Nama tanpa gelar (huruf besar/kecil dan aksen diabaikan; semua kata harus ada) atau NIP</source>
        <translation>Nama tanpa gelar (huruf besar/kecil dan aksen diabaikan; semua kata harus ada) atau NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="52"/>
        <source>Unit kerja beserta sub-unitnya</source>
        <translation>Unit kerja beserta sub-unitnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="53"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="62"/>
        <source>PNS dan PPPK</source>
        <translation>PNS dan PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="62"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="62"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="67"/>
        <source>Semua jabatan</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="68"/>
        <source>Struktural</source>
        <translation>Struktural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="69"/>
        <source>Fungsional</source>
        <translation>Fungsional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="70"/>
        <source>Pelaksana</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="76"/>
        <source>Hapus filter</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="141"/>
        <source>Semua eselon</source>
        <translation>Semua eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="146"/>
        <source>Eselon {0}</source>
        <translation>Eselon {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="147"/>
        <source>Non-eselon</source>
        <translation>Non-eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="152"/>
        <source>Semua golongan</source>
        <translation>Semua golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="156"/>
        <source>PNS golongan {0}</source>
        <translation>PNS golongan {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="159"/>
        <source>PPPK golongan {0}</source>
        <translation>PPPK golongan {0}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/person_picker.py" line="69"/>
        <source>Ketik NIP atau nama pegawai…</source>
        <translation>Ketik NIP atau nama pegawai…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/person_picker.py" line="142"/>
        <source>Belum ada pegawai yang dipilih.</source>
        <translation>Belum ada pegawai yang dipilih.</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="18"/>
        <source>Cari pegawai</source>
        <translation>Cari pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="24"/>
        <source>Pilih</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="27"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="203"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="206"/>
        <source>Kolom…</source>
        <translation>Kolom…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="207"/>
        <source>Pilih kolom yang ditampilkan dan diekspor</source>
        <translation>Pilih kolom yang ditampilkan dan diekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="208"/>
        <source>Ekspor tampilan…</source>
        <translation>Ekspor tampilan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="210"/>
        <source>Simpan baris dan kolom yang tampil sebagai .xlsx atau .csv (dicatat di log audit)</source>
        <translation>Simpan baris dan kolom yang tampil sebagai .xlsx atau .csv (dicatat di log audit)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="335"/>
        <source>Daftar pegawai tidak dapat dibaca: {0}</source>
        <translation>Daftar pegawai tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="357"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</source>
        <translation>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="376"/>
        <source>Memuat daftar pegawai…</source>
        <translation>Memuat daftar pegawai…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="378"/>
        <source>{0} dari {1} pegawai</source>
        <translation>{0} dari {1} pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="456"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="456"/>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="458"/>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="482"/>
        <source>Ekspor tampilan</source>
        <translation>Ekspor tampilan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="479"/>
        <source>Menulis {0}…</source>
        <translation>Menulis {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="479"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="512"/>
        <source>Ekspor selesai</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="514"/>
        <source>{0} pegawai diekspor ke {1}.

Berkas ini berisi data pribadi: simpan dan kirim hanya kepada yang berhak. Ekspor ini tercatat di log audit.</source>
        <translation>{0} pegawai diekspor ke {1}.

Berkas ini berisi data pribadi: simpan dan kirim hanya kepada yang berhak. Ekspor ini tercatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="522"/>
        <source>Ekspor gagal</source>
        <translation>Ekspor gagal</translation>
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
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="49"/>
        <source>Nama tanpa gelar</source>
        <translation>Nama tanpa gelar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="50"/>
        <source>Gelar depan</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="51"/>
        <source>Gelar belakang</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="52"/>
        <source>NIP lama</source>
        <translation>NIP lama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="53"/>
        <source>PNS/PPPK</source>
        <translation>PNS/PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="54"/>
        <source>Kedudukan</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="55"/>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="56"/>
        <source>Kode golongan</source>
        <translation>Kode golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="57"/>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="58"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="59"/>
        <source>Masa kerja (tahun)</source>
        <translation>Masa kerja (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="60"/>
        <source>Masa kerja (bulan)</source>
        <translation>Masa kerja (bulan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="61"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="62"/>
        <source>Jenis jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="63"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="64"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="65"/>
        <source>Kode eselon</source>
        <translation>Kode eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="66"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="67"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="68"/>
        <source>Kode unit kerja</source>
        <translation>Kode unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="69"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="70"/>
        <source>Kode unit induk</source>
        <translation>Kode unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="71"/>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="72"/>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="73"/>
        <source>Usia</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="74"/>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="75"/>
        <source>Pendidikan</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="76"/>
        <source>Program studi</source>
        <translation>Program studi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="77"/>
        <source>Tahun lulus</source>
        <translation>Tahun lulus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="78"/>
        <source>TMT CPNS/PPPK</source>
        <translation>TMT CPNS/PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="79"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="80"/>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/personnel_table.py" line="81"/>
        <source>TMT pensiun</source>
        <translation>TMT pensiun</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="58"/>
        <source>Pilih seorang pegawai pada peta untuk melihat nilai dan riwayat penempatannya.</source>
        <translation>Pilih seorang pegawai pada peta untuk melihat nilai dan riwayat penempatannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="76"/>
        <source>Belum dapat dipetakan</source>
        <translation>Belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="81"/>
        <source>Dikalibrasi dari kotak {0}.</source>
        <translation>Dikalibrasi dari kotak {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="82"/>
        <source>Alasan:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="85"/>
        <source>Kelompok Rencana Suksesi (KRS)</source>
        <translation>Kelompok Rencana Suksesi (KRS)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="87"/>
        <source>Rekomendasi</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="90"/>
        <source>Nilai kinerja</source>
        <translation>Nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="91"/>
        <source>Nilai potensial</source>
        <translation>Nilai potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="92"/>
        <source>Nilai talenta</source>
        <translation>Nilai talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="113"/>
        <source>Komponen kinerja</source>
        <translation>Komponen kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="114"/>
        <source>Komponen potensial</source>
        <translation>Komponen potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="123"/>
        <source>tidak ada data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="130"/>
        <source>Riwayat penempatan</source>
        <translation>Riwayat penempatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="133"/>
        <source>belum dapat dipetakan</source>
        <translation>belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="139"/>
        <source>{0} → {1}: {2} ({3})</source>
        <translation>{0} → {1}: {2} ({3})</translation>
    </message>
</context>
<context>
    <name>PlanDetail</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="105"/>
        <source>Rekomendasi kotak</source>
        <translation>Rekomendasi kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="107"/>
        <source>Kesenjangan</source>
        <translation>Kesenjangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="109"/>
        <source>Campuran 70:20:10</source>
        <translation>Campuran 70:20:10</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="127"/>
        <source>Klik dua kali untuk mengubah kegiatan</source>
        <translation>Klik dua kali untuk mengubah kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="129"/>
        <source>Tambah kegiatan…</source>
        <translation>Tambah kegiatan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="130"/>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="131"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="450"/>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="132"/>
        <source>Tandai selesai…</source>
        <translation>Tandai selesai…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="133"/>
        <source>Catat kegiatan ini selesai beserta buktinya</source>
        <translation>Catat kegiatan ini selesai beserta buktinya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="134"/>
        <source>Setujui dalam rapat</source>
        <translation>Setujui dalam rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="136"/>
        <source>Selesaikan rencana</source>
        <translation>Selesaikan rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="137"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="494"/>
        <source>Batalkan rencana</source>
        <translation>Batalkan rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="139"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="500"/>
        <source>Buka kembali</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="140"/>
        <source>Buka kembali rencana ini agar kegiatannya dapat diubah</source>
        <translation>Buka kembali rencana ini agar kegiatannya dapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="247"/>
        <source>Pilih rencana di daftar untuk melihat kegiatannya.</source>
        <translation>Pilih rencana di daftar untuk melihat kegiatannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="266"/>
        <source>Jabatan target: {0}</source>
        <translation>Jabatan target: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="271"/>
        <source>Kotak {0}</source>
        <translation>Kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="277"/>
        <source>Kotak —</source>
        <translation>Kotak —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="280"/>
        <source>Kotak pegawai saat rencana dibuat</source>
        <translation>Kotak pegawai saat rencana dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="282"/>
        <source>Disetujui Komite Talenta (keputusan rapat tercatat).</source>
        <translation>Disetujui Komite Talenta (keputusan rapat tercatat).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="290"/>
        <source>Tidak ada kesenjangan kompetensi atau kinerja yang tercatat.</source>
        <translation>Tidak ada kesenjangan kompetensi atau kinerja yang tercatat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="303"/>
        <source>Belum ada kegiatan.</source>
        <translation>Belum ada kegiatan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="306"/>
        <source>Kegiatan pengalaman : belajar dari orang lain : pembelajaran formal = {0} : {1} : {2} ({3}). Pedoman BKN 70 : 20 : 10, tidak wajib. {4} JP direncanakan.</source>
        <translation>Kegiatan pengalaman : belajar dari orang lain : pembelajaran formal = {0} : {1} : {2} ({3}). Pedoman BKN 70 : 20 : 10, tidak wajib. {4} JP direncanakan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="333"/>
        <source>Rencana sudah {0}; buka kembali untuk mengubahnya.</source>
        <translation>Rencana sudah {0}; buka kembali untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="340"/>
        <source>Tambah kegiatan pengembangan ke rencana ini</source>
        <translation>Tambah kegiatan pengembangan ke rencana ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="342"/>
        <source>Ubah kegiatan yang dipilih</source>
        <translation>Ubah kegiatan yang dipilih</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="347"/>
        <source>Hapus kegiatan yang dipilih dari draf rencana</source>
        <translation>Hapus kegiatan yang dipilih dari draf rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="349"/>
        <source>Rencana sudah disetujui: batalkan kegiatannya melalui &quot;Ubah…&quot; (status Batal).</source>
        <translation>Rencana sudah disetujui: batalkan kegiatannya melalui &quot;Ubah…&quot; (status Batal).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="361"/>
        <source>{0} kegiatan belum selesai atau dibatalkan.</source>
        <translation>{0} kegiatan belum selesai atau dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="363"/>
        <source>Tutup rencana ini: semua kegiatannya selesai atau dibatalkan</source>
        <translation>Tutup rencana ini: semua kegiatannya selesai atau dibatalkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="366"/>
        <source>Batalkan seluruh rencana ini (mis. pegawai pindah atau pensiun)</source>
        <translation>Batalkan seluruh rencana ini (mis. pegawai pindah atau pensiun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="371"/>
        <source>Catat persetujuan rencana ini sebagai keputusan rapat {0}</source>
        <translation>Catat persetujuan rencana ini sebagai keputusan rapat {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="382"/>
        <source>Hanya rencana berstatus draf yang dapat disetujui.</source>
        <translation>Hanya rencana berstatus draf yang dapat disetujui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="384"/>
        <source>Rencana tanpa kegiatan tidak dapat disetujui.</source>
        <translation>Rencana tanpa kegiatan tidak dapat disetujui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="387"/>
        <source>Tidak ada rapat Komite Talenta yang sedang berlangsung. Persetujuan dicatat sebagai keputusan rapat: mulai rapat di halaman Komite (&quot;Mulai rapat&quot;), lalu setujui di sini.</source>
        <translation>Tidak ada rapat Komite Talenta yang sedang berlangsung. Persetujuan dicatat sebagai keputusan rapat: mulai rapat di halaman Komite (&quot;Mulai rapat&quot;), lalu setujui di sini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="416"/>
        <source>Kegiatan ditambahkan.</source>
        <translation>Kegiatan ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="424"/>
        <source>Kegiatan diubah.</source>
        <translation>Kegiatan diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="435"/>
        <source>Kegiatan “{0}” ditandai selesai.</source>
        <translation>Kegiatan “{0}” ditandai selesai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="446"/>
        <source>Hapus kegiatan?</source>
        <translation>Hapus kegiatan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="447"/>
        <source>Hapus kegiatan “{0}” dari draf rencana {1}?</source>
        <translation>Hapus kegiatan “{0}” dari draf rencana {1}?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="451"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="467"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="454"/>
        <source>Kegiatan dihapus.</source>
        <translation>Kegiatan dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="462"/>
        <source>Setujui rencana?</source>
        <translation>Setujui rencana?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="464"/>
        <source>Catat persetujuan rencana pengembangan {0} ({1} kegiatan, {2} JP) sebagai keputusan rapat {3}?</source>
        <translation>Catat persetujuan rencana pengembangan {0} ({1} kegiatan, {2} JP) sebagai keputusan rapat {3}?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="466"/>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="471"/>
        <source>Rencana disetujui dalam rapat {0}.</source>
        <translation>Rencana disetujui dalam rapat {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="482"/>
        <source>Selesaikan rencana?</source>
        <translation>Selesaikan rencana?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="484"/>
        <source>Tutup rencana pengembangan {0}? Kegiatannya tidak dapat diubah lagi kecuali dibuka kembali.</source>
        <translation>Tutup rencana pengembangan {0}? Kegiatannya tidak dapat diubah lagi kecuali dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="486"/>
        <source>Selesaikan</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="487"/>
        <source>Rencana diselesaikan.</source>
        <translation>Rencana diselesaikan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="490"/>
        <source>Batalkan rencana?</source>
        <translation>Batalkan rencana?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="492"/>
        <source>Batalkan seluruh rencana pengembangan {0}? Rencana tetap tercatat dengan status Batal.</source>
        <translation>Batalkan seluruh rencana pengembangan {0}? Rencana tetap tercatat dengan status Batal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="495"/>
        <source>Rencana dibatalkan.</source>
        <translation>Rencana dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="498"/>
        <source>Buka kembali rencana?</source>
        <translation>Buka kembali rencana?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="499"/>
        <source>Buka kembali rencana pengembangan {0} agar kegiatannya dapat diubah?</source>
        <translation>Buka kembali rencana pengembangan {0} agar kegiatannya dapat diubah?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="501"/>
        <source>Rencana dibuka kembali.</source>
        <translation>Rencana dibuka kembali.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="505"/>
        <source>Kembali</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="318"/>
        <source>Buat rencana pengembangan — periode {0}</source>
        <translation>Buat rencana pengembangan — periode {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="322"/>
        <source>bila ada, mis. Kepala Bidang Perencanaan</source>
        <translation>bila ada, mis. Kepala Bidang Perencanaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="323"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Pegawai:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="324"/>
        <source>&amp;Jabatan target:</source>
        <translation>&amp;Jabatan target:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="326"/>
        <source>Buat rencana</source>
        <translation>Buat rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="329"/>
        <source>Hanya pegawai yang sudah mempunyai kotak pada periode ini (kotak 2–9) dan belum mempunyai rencana yang dapat dipilih. Kegiatan diusulkan dari rekomendasi kotaknya dan kesenjangan kompetensinya; ubah sesudahnya bila perlu.</source>
        <translation>Hanya pegawai yang sudah mempunyai kotak pada periode ini (kotak 2–9) dan belum mempunyai rencana yang dapat dipilih. Kegiatan diusulkan dari rekomendasi kotaknya dan kesenjangan kompetensinya; ubah sesudahnya bila perlu.</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="71"/>
        <source>Cari nama atau NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="76"/>
        <source>Unit kerja beserta sub-unitnya</source>
        <translation>Unit kerja beserta sub-unitnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="82"/>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="83"/>
        <source>Draf atau disetujui</source>
        <translation>Draf atau disetujui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="92"/>
        <source>Hanya yang terlambat</source>
        <translation>Hanya yang terlambat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="94"/>
        <source>Rencana dengan kegiatan yang lewat batas waktu dan belum selesai</source>
        <translation>Rencana dengan kegiatan yang lewat batas waktu dan belum selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="119"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="112"/>
        <source>Ubah jabatan — {0}</source>
        <translation>Ubah jabatan — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="112"/>
        <source>Jabatan baru</source>
        <translation>Jabatan baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="116"/>
        <source>mis. Kepala Dinas Pendidikan dan Kebudayaan</source>
        <translation>mis. Kepala Dinas Pendidikan dan Kebudayaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="124"/>
        <source>— tanpa unit —</source>
        <translation>— tanpa unit —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="129"/>
        <source>mis. IV/a — kosong: tanpa syarat golongan</source>
        <translation>mis. IV/a — kosong: tanpa syarat golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="133"/>
        <source> tahun</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="140"/>
        <source> orang</source>
        <translation> orang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="146"/>
        <source>mis. alasan jabatan ini kritikal</source>
        <translation>mis. alasan jabatan ini kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="162"/>
        <source>&amp;Nama jabatan:</source>
        <translation>&amp;Nama jabatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="163"/>
        <source>J&amp;enis:</source>
        <translation>J&amp;enis:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="164"/>
        <source>&amp;Jenjang jabatan:</source>
        <translation>&amp;Jenjang jabatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="165"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit kerja:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="166"/>
        <source>&amp;Golongan paling rendah:</source>
        <translation>&amp;Golongan paling rendah:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="167"/>
        <source>&amp;BUP:</source>
        <translation>&amp;BUP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="168"/>
        <source>&amp;Pemangku:</source>
        <translation>&amp;Pemangku:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="169"/>
        <source>&amp;Suksesor dibutuhkan:</source>
        <translation>&amp;Suksesor dibutuhkan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="170"/>
        <source>C&amp;atatan:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="172"/>
        <source>Simpan jabatan</source>
        <translation>Simpan jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="172"/>
        <source>Tambah jabatan</source>
        <translation>Tambah jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="175"/>
        <source>Perkiraan lowong dihitung dari tanggal lahir pemangku dan BUP jabatan. Calon suksesor diambil dari Kelompok Rencana Suksesi (kotak 7–9) yang jenjangnya satu tingkat di bawah jenjang ini. Kosongkan pemangku bila jabatan sedang lowong.</source>
        <translation>Perkiraan lowong dihitung dari tanggal lahir pemangku dan BUP jabatan. Calon suksesor diambil dari Kelompok Rencana Suksesi (kotak 7–9) yang jenjangnya satu tingkat di bawah jenjang ini. Kosongkan pemangku bila jabatan sedang lowong.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="193"/>
        <source>Sesuai jenjang ({0} tahun)</source>
        <translation>Sesuai jenjang ({0} tahun)</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1192"/>
        <source>↑ kinerja · potensial →</source>
        <translation>↑ kinerja · potensial →</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1224"/>
        <source>Belum dapat dipetakan: –</source>
        <translation>Belum dapat dipetakan: –</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1225"/>
        <source>Kelompok Rencana Suksesi (kotak 7–9): –</source>
        <translation>Kelompok Rencana Suksesi (kotak 7–9): –</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1238"/>
        <source>Angka kecil: jumlah semula dengan {0}, dan selisihnya.</source>
        <translation>Angka kecil: jumlah semula dengan {0}, dan selisihnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1245"/>
        <source>Kotak {0}: {1} pegawai</source>
        <translation>Kotak {0}: {1} pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1248"/>
        <source>Kotak {0}: {1} pegawai dengan perubahan, {2} dengan versi tersimpan</source>
        <translation>Kotak {0}: {1} pegawai dengan perubahan, {2} dengan versi tersimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1255"/>
        <source>Kelompok Rencana Suksesi (kotak 7–9)</source>
        <translation>Kelompok Rencana Suksesi (kotak 7–9)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1262"/>
        <source>Belum dapat dipetakan</source>
        <translation>Belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1271"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1272"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; &lt;span style=&apos;color:{3}&apos;&gt;(semula {2})&lt;/span&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; &lt;span style=&apos;color:{3}&apos;&gt;(semula {2})&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="838"/>
        <source>Pratinjau</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="841"/>
        <source>Berkas diperiksa seluruhnya tanpa menyimpan apa pun. Periksa hasilnya sebelum mengimpor.</source>
        <translation>Berkas diperiksa seluruhnya tanpa menyimpan apa pun. Periksa hasilnya sebelum mengimpor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="845"/>
        <source>&amp;Impor</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="860"/>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="861"/>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="862"/>
        <source>Tidak berubah</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="863"/>
        <source>Tidak valid</source>
        <translation>Tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="864"/>
        <source>Unit kerja baru</source>
        <translation>Unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="909"/>
        <source>Ekspor daftar masalah…</source>
        <translation>Ekspor daftar masalah…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="915"/>
        <source>Masalah yang ditemukan</source>
        <translation>Masalah yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="919"/>
        <source>Tampilkan:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="923"/>
        <source>Lewati baris yang tidak valid</source>
        <translation>Lewati baris yang tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="967"/>
        <source>Memeriksa berkas…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1000"/>
        <source>{0}

Kembali ke langkah sebelumnya untuk memilih kolomnya.</source>
        <translation>{0}

Kembali ke langkah sebelumnya untuk memilih kolomnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1007"/>
        <source>Pemeriksaan berkas gagal: {0}</source>
        <translation>Pemeriksaan berkas gagal: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1023"/>
        <source>{0} baris dibaca dari lembar “{1}” (judul kolom di baris {2}).</source>
        <translation>{0} baris dibaca dari lembar “{1}” (judul kolom di baris {2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1029"/>
        <source>Unit kerja baru: {0}</source>
        <translation>Unit kerja baru: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1030"/>
        <source> dan {0} lainnya.</source>
        <translation> dan {0} lainnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1036"/>
        <source>Semua ({0})</source>
        <translation>Semua ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1037"/>
        <source>Kesalahan ({0})</source>
        <translation>Kesalahan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1038"/>
        <source>Peringatan ({0})</source>
        <translation>Peringatan ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1047"/>
        <source>Tidak ada masalah: semua baris valid.</source>
        <translation>Tidak ada masalah: semua baris valid.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1075"/>
        <source>{0} baris tidak valid, sehingga berkas belum dapat diimpor. Perbaiki berkasnya lalu mulai lagi, atau centang “Lewati baris yang tidak valid” untuk mengimpor {1} baris yang valid saja.</source>
        <translation>{0} baris tidak valid, sehingga berkas belum dapat diimpor. Perbaiki berkasnya lalu mulai lagi, atau centang “Lewati baris yang tidak valid” untuk mengimpor {1} baris yang valid saja.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1080"/>
        <source>Tidak ada data baru atau perubahan; tidak ada yang perlu diimpor.</source>
        <translation>Tidak ada data baru atau perubahan; tidak ada yang perlu diimpor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1085"/>
        <source>{0} baris baru</source>
        <translation>{0} baris baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1087"/>
        <source>{0} baris diperbarui</source>
        <translation>{0} baris diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1088"/>
        <source> dan </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1091"/>
        <source>{0} baris yang tidak valid akan dilewati; {1} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>{0} baris yang tidak valid akan dilewati; {1} akan disimpan. Tekan Impor untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1095"/>
        <source>Berkas siap diimpor: {0} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>Berkas siap diimpor: {0} akan disimpan. Tekan Impor untuk melanjutkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1116"/>
        <source>Ekspor daftar masalah</source>
        <translation>Ekspor daftar masalah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1116"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1128"/>
        <source>Menyimpan daftar masalah…</source>
        <translation>Menyimpan daftar masalah…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1137"/>
        <source>Daftar masalah disimpan ke {0}</source>
        <translation>Daftar masalah disimpan ke {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1143"/>
        <source>Daftar masalah tidak dapat disimpan: {0}</source>
        <translation>Daftar masalah tidak dapat disimpan: {0}</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="341"/>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="394"/>
        <source>Register data pribadi</source>
        <translation>Register data pribadi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="342"/>
        <source>Masa retensi</source>
        <translation>Masa retensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="364"/>
        <source>Aturan retensi hanya dapat diubah dan diterapkan oleh administrator.</source>
        <translation>Aturan retensi hanya dapat diubah dan diterapkan oleh administrator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="374"/>
        <source>Catatan kegiatan pemrosesan data pribadi (UU 27/2022 Pasal 31) dan bahan penilaian dampak (Pasal 34): apa yang disimpan aplikasi, untuk apa, atas dasar apa, siapa yang dapat melihat, dan berapa lama. Jumlah dihitung dari database; hak akses diambil dari matriks peran.</source>
        <translation>Catatan kegiatan pemrosesan data pribadi (UU 27/2022 Pasal 31) dan bahan penilaian dampak (Pasal 34): apa yang disimpan aplikasi, untuk apa, atas dasar apa, siapa yang dapat melihat, dan berapa lama. Jumlah dihitung dari database; hak akses diambil dari matriks peran.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="382"/>
        <source>&amp;Ekspor register…</source>
        <translation>&amp;Ekspor register…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="383"/>
        <source>Simpan register sebagai buku kerja Excel atau PDF untuk DPIA</source>
        <translation>Simpan register sebagai buku kerja Excel atau PDF untuk DPIA</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="398"/>
        <source>Rincian kategori data</source>
        <translation>Rincian kategori data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="445"/>
        <source>Aturan retensi</source>
        <translation>Aturan retensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="448"/>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="480"/>
        <source> tahun</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="449"/>
        <source>Masa simpan setelah pegawai keluar</source>
        <translation>Masa simpan setelah pegawai keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="450"/>
        <source>&amp;Data pegawai yang telah keluar disimpan</source>
        <translation>&amp;Data pegawai yang telah keluar disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="455"/>
        <source>setelah keluar. Lalu yang disebut dalam peta talenta atau catatan komite dianonimkan (NIP, nama, jabatan terakhir tetap); yang lain dihapus.</source>
        <translation>setelah keluar. Lalu yang disebut dalam peta talenta atau catatan komite dianonimkan (NIP, nama, jabatan terakhir tetap); yang lain dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="465"/>
        <source>Kedudukan yang berarti telah keluar</source>
        <translation>Kedudukan yang berarti telah keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="466"/>
        <source>&amp;Kedudukan yang berarti telah keluar (satu per baris)</source>
        <translation>&amp;Kedudukan yang berarti telah keluar (satu per baris)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="471"/>
        <source>Dicocokkan dengan awal teks kedudukan SIASN, tanpa membedakan huruf besar dan kecil. Daftar bawaan belum diverifikasi: periksa kedudukan di database di bawah pratinjau.</source>
        <translation>Dicocokkan dengan awal teks kedudukan SIASN, tanpa membedakan huruf besar dan kecil. Daftar bawaan belum diverifikasi: periksa kedudukan di database di bawah pratinjau.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="481"/>
        <source>Selama bekerja</source>
        <translation>Selama bekerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="482"/>
        <source>Masa simpan hukuman disiplin</source>
        <translation>Masa simpan hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="483"/>
        <source>&amp;Hukuman disiplin disimpan</source>
        <translation>&amp;Hukuman disiplin disimpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="487"/>
        <source>setelah hukuman berakhir; tidak kurang dari masa nilai integritas skema penilaian. Yang masih dipakai periode terbuka tetap disimpan.</source>
        <translation>setelah hukuman berakhir; tidak kurang dari masa nilai integritas skema penilaian. Yang masih dipakai periode terbuka tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="500"/>
        <source>&lt;b&gt;Tidak diatur di sini.&lt;/b&gt; Log audit dan log ekspor: tanpa batas waktu, karena rantai hash putus bila dipangkas. Berita acara dan keputusan komite: arsip dinas. Salinan cadangan: {0} harian, bulanan selama {1} bulan, {2} terbaru untuk alasan lain; data yang dihapus masih ada di salinan lama sampai salinan itu terhapus.</source>
        <translation>&lt;b&gt;Tidak diatur di sini.&lt;/b&gt; Log audit dan log ekspor: tanpa batas waktu, karena rantai hash putus bila dipangkas. Berita acara dan keputusan komite: arsip dinas. Salinan cadangan: {0} harian, bulanan selama {1} bulan, {2} terbaru untuk alasan lain; data yang dihapus masih ada di salinan lama sampai salinan itu terhapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="507"/>
        <source>&amp;Simpan aturan</source>
        <translation>&amp;Simpan aturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="509"/>
        <source>Nilai &amp;bawaan</source>
        <translation>Nilai &amp;bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="510"/>
        <source>Isi formulir dengan nilai bawaan (belum disimpan)</source>
        <translation>Isi formulir dengan nilai bawaan (belum disimpan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="563"/>
        <source>Pratinjau dan penerapan</source>
        <translation>Pratinjau dan penerapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="565"/>
        <source>&amp;Perbarui pratinjau</source>
        <translation>&amp;Perbarui pratinjau</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="566"/>
        <source>&amp;Terapkan retensi…</source>
        <translation>&amp;Terapkan retensi…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="593"/>
        <source>Pegawai yang terkena aturan retensi</source>
        <translation>Pegawai yang terkena aturan retensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="700"/>
        <source>Tidak dikumpulkan:</source>
        <translation>Tidak dikumpulkan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="717"/>
        <source>Tidak seorang pun: hanya ditambah oleh aplikasi</source>
        <translation>Tidak seorang pun: hanya ditambah oleh aplikasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="723"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="724"/>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="725"/>
        <source>Dasar hukum</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="726"/>
        <source>Sumber</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="727"/>
        <source>Dapat melihat</source>
        <translation>Dapat melihat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="728"/>
        <source>Dapat mengubah</source>
        <translation>Dapat mengubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="729"/>
        <source>Masa simpan</source>
        <translation>Masa simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="730"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="733"/>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="782"/>
        <source>Perubahan belum disimpan; pratinjau dan penerapan memakai aturan yang tersimpan.</source>
        <translation>Perubahan belum disimpan; pratinjau dan penerapan memakai aturan yang tersimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="790"/>
        <source>Aturan yang berlaku: nilai bawaan.</source>
        <translation>Aturan yang berlaku: nilai bawaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="793"/>
        <source>Aturan yang berlaku: disimpan administrator (tercatat di log audit).</source>
        <translation>Aturan yang berlaku: disimpan administrator (tercatat di log audit).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="809"/>
        <source>Aturan retensi disimpan dan dicatat di log audit.</source>
        <translation>Aturan retensi disimpan dan dicatat di log audit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="847"/>
        <source>Dihitung per {0} dengan aturan yang tersimpan.</source>
        <translation>Dihitung per {0} dengan aturan yang tersimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="849"/>
        <source>Pegawai yang telah keluar: &lt;b&gt;{0}&lt;/b&gt; · masa simpan belum habis: {1} · tanpa tanggal (tetap disimpan): {2} · sudah dianonimkan: {3}</source>
        <translation>Pegawai yang telah keluar: &lt;b&gt;{0}&lt;/b&gt; · masa simpan belum habis: {1} · tanpa tanggal (tetap disimpan): {2} · sudah dianonimkan: {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="854"/>
        <source>Tidak ada data yang melewati masa retensi.</source>
        <translation>Tidak ada data yang melewati masa retensi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="859"/>
        <source>Akan diterapkan:</source>
        <translation>Akan diterapkan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="863"/>
        <source>Hukuman disiplin pegawai lain dihapus bila berakhir pada atau sebelum {0}: {1} catatan.</source>
        <translation>Hukuman disiplin pegawai lain dihapus bila berakhir pada atau sebelum {0}: {1} catatan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="870"/>
        <source>Tidak ada pegawai yang masa simpannya telah habis.</source>
        <translation>Tidak ada pegawai yang masa simpannya telah habis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="876"/>
        <source>Kedudukan di database: {0}</source>
        <translation>Kedudukan di database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="888"/>
        <source>Pilih pegawai untuk melihat dasar tanggal dan tindakannya.</source>
        <translation>Pilih pegawai untuk melihat dasar tanggal dan tindakannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="891"/>
        <source>{0}: terakhir bekerja {1} ({2}); masa simpan habis {3}.</source>
        <translation>{0}: terakhir bekerja {1} ({2}); masa simpan habis {3}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="895"/>
        <source>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus</source>
        <translation>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="898"/>
        <source>Dianonimkan; NIP, nama, dan jabatan terakhir tetap karena disebut dalam {0}</source>
        <translation>Dianonimkan; NIP, nama, dan jabatan terakhir tetap karena disebut dalam {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="900"/>
        <source>{0} baris riwayat, SKP, dan asesmen dihapus.</source>
        <translation>{0} baris riwayat, SKP, dan asesmen dihapus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="906"/>
        <source>Terapkan</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="907"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="918"/>
        <source>Terapkan retensi</source>
        <translation>Terapkan retensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="920"/>
        <source>{0}

Sebelumnya dibuat salinan cadangan otomatis; data yang dihapus hanya dapat dikembalikan dengan memulihkan salinan itu. Berita acara, keputusan komite, dan log audit tidak diubah. Lanjutkan?</source>
        <translation>{0}

Sebelumnya dibuat salinan cadangan otomatis; data yang dihapus hanya dapat dikembalikan dengan memulihkan salinan itu. Berita acara, keputusan komite, dan log audit tidak diubah. Lanjutkan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="940"/>
        <source> Salinan sebelum retensi: {0}.</source>
        <translation> Salinan sebelum retensi: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="951"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="951"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="954"/>
        <source>Ekspor register data pribadi</source>
        <translation>Ekspor register data pribadi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="979"/>
        <source>Register disimpan ke {0} dan dicatat di log ekspor.</source>
        <translation>Register disimpan ke {0} dan dicatat di log ekspor.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="171"/>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="172"/>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="173"/>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="174"/>
        <source>Pesan</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="175"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="177"/>
        <source>Kesalahan</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="177"/>
        <source>Peringatan</source>
        <translation>Peringatan</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="145"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="210"/>
        <source>Pilih seorang pegawai di tabel untuk melihat profilnya.</source>
        <translation>Pilih seorang pegawai di tabel untuk melihat profilnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <source>Identitas</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <source>Data pribadi dan riwayat pendidikan</source>
        <translation>Data pribadi dan riwayat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="379"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="399"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <source>Jabatan sekarang, riwayat jabatan dan pangkat</source>
        <translation>Jabatan sekarang, riwayat jabatan dan pangkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <source>Penilaian kinerja per tahun</source>
        <translation>Penilaian kinerja per tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="453"/>
        <source>Hasil asesmen kompetensi dan potensi</source>
        <translation>Hasil asesmen kompetensi dan potensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="175"/>
        <source>Diklat</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="175"/>
        <source>Pengembangan kompetensi dan JP per tahun</source>
        <translation>Pengembangan kompetensi dan JP per tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="176"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="520"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <source>Penghargaan</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="177"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="567"/>
        <source>Hukdis</source>
        <translation>Hukdis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="177"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="533"/>
        <source>Hukuman disiplin</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="220"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="222"/>
        <source>Jabatan belum diisi</source>
        <translation>Jabatan belum diisi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="227"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="331"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="345"/>
        <source>{0} tahun</source>
        <translation>{0} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="229"/>
        <source>pensiun {0}</source>
        <translation>pensiun {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="250"/>
        <source>Laki-laki</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="250"/>
        <source>Perempuan</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="328"/>
        <source>{0} tahun {1} bulan</source>
        <translation>{0} tahun {1} bulan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="333"/>
        <source>TMT pensiun {0}</source>
        <translation>TMT pensiun {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="336"/>
        <source> (lulus {0})</source>
        <translation> (lulus {0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="340"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="341"/>
        <source>NIP lama</source>
        <translation>NIP lama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="342"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="343"/>
        <source>Gelar</source>
        <translation>Gelar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="344"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="345"/>
        <source>Usia</source>
        <translation>Usia</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="346"/>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="347"/>
        <source>Jenis pegawai</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="348"/>
        <source>Kedudukan</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="349"/>
        <source>TMT CPNS/PPPK</source>
        <translation>TMT CPNS/PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="350"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="351"/>
        <source>Masa kerja golongan</source>
        <translation>Masa kerja golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="352"/>
        <source>Pendidikan terakhir</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="353"/>
        <source>Batas usia pensiun</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="354"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="355"/>
        <source>Nomor HP</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="358"/>
        <source>Riwayat pendidikan</source>
        <translation>Riwayat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="552"/>
        <source>Tingkat</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <source>Program / lembaga</source>
        <translation>Program / lembaga</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <source>Lulus</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="365"/>
        <source>Belum ada riwayat pendidikan.</source>
        <translation>Belum ada riwayat pendidikan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="375"/>
        <source>Jabatan sekarang</source>
        <translation>Jabatan sekarang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="380"/>
        <source>Jenis / jenjang</source>
        <translation>Jenis / jenjang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="381"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="381"/>
        <source>Non-eselon</source>
        <translation>Non-eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="382"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="383"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="399"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="384"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="385"/>
        <source>Golongan/ruang</source>
        <translation>Golongan/ruang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="386"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="389"/>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="395"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="396"/>
        <source>SK {0}</source>
        <translation>SK {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="399"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="551"/>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="403"/>
        <source>Belum ada riwayat jabatan.</source>
        <translation>Belum ada riwayat jabatan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="406"/>
        <source>Riwayat golongan/pangkat</source>
        <translation>Riwayat golongan/pangkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Nomor SK</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="412"/>
        <source>Belum ada riwayat golongan.</source>
        <translation>Belum ada riwayat golongan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="421"/>
        <source>Penilaian kinerja (SKP)</source>
        <translation>Penilaian kinerja (SKP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="422"/>
        <source>Predikat dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022).</source>
        <translation>Predikat dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="433"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="498"/>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="434"/>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="435"/>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="436"/>
        <source>Predikat</source>
        <translation>Predikat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="437"/>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="446"/>
        <source>Belum ada SKP.</source>
        <translation>Belum ada SKP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="455"/>
        <source>Belum ada hasil asesmen.</source>
        <translation>Belum ada hasil asesmen.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="468"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="469"/>
        <source>Manajerial</source>
        <translation>Manajerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="470"/>
        <source>Sosial kultural</source>
        <translation>Sosial kultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="471"/>
        <source>Teknis</source>
        <translation>Teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="472"/>
        <source>Potensi</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="483"/>
        <source>Jam pelajaran (JP) per tahun</source>
        <translation>Jam pelajaran (JP) per tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="484"/>
        <source>Setiap PNS berhak atas pengembangan kompetensi paling sedikit {0} JP setahun (PP 17/2020 Pasal 203 ayat 4). Tahun di bawah {0} JP ditandai merah.</source>
        <translation>Setiap PNS berhak atas pengembangan kompetensi paling sedikit {0} JP setahun (PP 17/2020 Pasal 203 ayat 4). Tahun di bawah {0} JP ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="490"/>
        <source>Terpenuhi</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="492"/>
        <source>Kurang {0} JP</source>
        <translation>Kurang {0} JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="498"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="498"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="503"/>
        <source>Belum ada riwayat diklat: 0 JP.</source>
        <translation>Belum ada riwayat diklat: 0 JP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="506"/>
        <source>Riwayat diklat dan kursus</source>
        <translation>Riwayat diklat dan kursus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="553"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="513"/>
        <source>Belum ada riwayat diklat.</source>
        <translation>Belum ada riwayat diklat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="526"/>
        <source>Belum ada penghargaan.</source>
        <translation>Belum ada penghargaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="543"/>
        <source>Riwayat hukuman disiplin adalah data pribadi yang sensitif dan hanya ditampilkan untuk peran {0}.</source>
        <translation>Riwayat hukuman disiplin adalah data pribadi yang sensitif dan hanya ditampilkan untuk peran {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="544"/>
        <source> dan </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="554"/>
        <source>Berakhir</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="555"/>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="562"/>
        <source>Tidak ada catatan hukuman disiplin.</source>
        <translation>Tidak ada catatan hukuman disiplin.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="569"/>
        <source>Hukdis ({0})</source>
        <translation>Hukdis ({0})</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="39"/>
        <source>Talenta Desktop — Proyektor</source>
        <translation>Talenta Desktop — Proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="96"/>
        <source>Peta Talenta — Periode {0}</source>
        <translation>Peta Talenta — Periode {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="100"/>
        <source>Seluruh instansi</source>
        <translation>Seluruh instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="102"/>
        <source>{0} · {1} pegawai dipetakan</source>
        <translation>{0} · {1} pegawai dipetakan</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="258"/>
        <source>Usulkan suksesor — {0}</source>
        <translation>Usulkan suksesor — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="273"/>
        <source>Kotak {0} · nilai talenta {1} · peringkat {2}</source>
        <translation>Kotak {0} · nilai talenta {1} · peringkat {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="285"/>
        <source>mis. dasar penilaian kesiapan</source>
        <translation>mis. dasar penilaian kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="286"/>
        <source>Calon:</source>
        <translation>Calon:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="287"/>
        <source>&amp;Kesiapan:</source>
        <translation>&amp;Kesiapan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="288"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="290"/>
        <source>Usulkan</source>
        <translation>Usulkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="293"/>
        <source>Usulan menjadi suksesor tetap setelah ditetapkan Komite Talenta dalam rapat (&quot;Tetapkan dalam rapat&quot;).</source>
        <translation>Usulan menjadi suksesor tetap setelah ditetapkan Komite Talenta dalam rapat (&quot;Tetapkan dalam rapat&quot;).</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="158"/>
        <source>Kategori data</source>
        <translation>Kategori data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="159"/>
        <source>Dapat melihat</source>
        <translation>Dapat melihat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="160"/>
        <source>Masa simpan</source>
        <translation>Masa simpan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="161"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="174"/>
        <source>Semua peran</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="175"/>
        <source>Tidak seorang pun</source>
        <translation>Tidak seorang pun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="178"/>
        <source>tidak diketahui</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="23"/>
        <source>Peta talenta</source>
        <translation>Peta talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="24"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="71"/>
        <source>Profil talenta</source>
        <translation>Profil talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="25"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="72"/>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="26"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="74"/>
        <source>Laporan suksesi</source>
        <translation>Laporan suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="27"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="75"/>
        <source>Rencana pengembangan individu</source>
        <translation>Rencana pengembangan individu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="28"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="73"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="31"/>
        <source>Sembilan kotak, sebaran terhadap pedoman skema, daftar pegawai per kotak, kalibrasi komite dan pegawai yang belum dapat dipetakan. Untuk Komite Talenta, atau untuk Kepala OPD bila dipilih unitnya.</source>
        <translation>Sembilan kotak, sebaran terhadap pedoman skema, daftar pegawai per kotak, kalibrasi komite dan pegawai yang belum dapat dipetakan. Untuk Komite Talenta, atau untuk Kepala OPD bila dipilih unitnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="37"/>
        <source>Satu pegawai: kotak dan alasannya, nilai dan kalibrasi, kotak periode sebelumnya, SKP, asesmen, JP, jabatan target dan rencana pengembangannya. Untuk Komite Talenta dan arsip kepegawaian.</source>
        <translation>Satu pegawai: kotak dan alasannya, nilai dan kalibrasi, kotak periode sebelumnya, SKP, asesmen, JP, jabatan target dan rencana pengembangannya. Untuk Komite Talenta dan arsip kepegawaian.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="42"/>
        <source>Dua sampai empat halaman untuk Pejabat Pembina Kepegawaian: jumlah terpetakan, KRS, jabatan tanpa suksesor siap, kepatuhan 20 JP, dan perubahan dari periode sebelumnya.</source>
        <translation>Dua sampai empat halaman untuk Pejabat Pembina Kepegawaian: jumlah terpetakan, KRS, jabatan tanpa suksesor siap, kepatuhan 20 JP, dan perubahan dari periode sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="47"/>
        <source>Jabatan target dan kritikal, rasio talenta KRS, jabatan yang segera lowong tanpa suksesor siap, serta suksesor tiap jabatan dengan kesiapan dan nomor berita acaranya.</source>
        <translation>Jabatan target dan kritikal, rasio talenta KRS, jabatan yang segera lowong tanpa suksesor siap, serta suksesor tiap jabatan dengan kesiapan dan nomor berita acaranya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="52"/>
        <source>Lembar rencana pengembangan individu yang ditandatangani pegawai dan atasan langsungnya: kegiatan, 70:20:10, JP dan jadwal. Rencana yang masih draf dicetak bertanda DRAF.</source>
        <translation>Lembar rencana pengembangan individu yang ditandatangani pegawai dan atasan langsungnya: kegiatan, 70:20:10, JP dan jadwal. Rencana yang masih draf dicetak bertanda DRAF.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="57"/>
        <source>Berita acara rapat Komite Talenta yang sudah difinalkan, dengan sidik jari isinya di halaman terakhir agar salinan cetak dapat diperiksa.</source>
        <translation>Berita acara rapat Komite Talenta yang sudah difinalkan, dengan sidik jari isinya di halaman terakhir agar salinan cetak dapat diperiksa.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="67"/>
        <source>Data pegawai</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="68"/>
        <source>Lembar kerja BKN</source>
        <translation>Lembar kerja BKN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="69"/>
        <source>Paket pertukaran</source>
        <translation>Paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="70"/>
        <source>Laporan peta talenta</source>
        <translation>Laporan peta talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="76"/>
        <source>Log audit</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="77"/>
        <source>Register data pribadi</source>
        <translation>Register data pribadi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="81"/>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="82"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="142"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="83"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="84"/>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="85"/>
        <source>Riwayat golongan</source>
        <translation>Riwayat golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="86"/>
        <source>Riwayat pendidikan</source>
        <translation>Riwayat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="87"/>
        <source>Riwayat diklat</source>
        <translation>Riwayat diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="88"/>
        <source>Riwayat penghargaan</source>
        <translation>Riwayat penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="89"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Riwayat hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="90"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="91"/>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="92"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="93"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="94"/>
        <source>Pemetaan</source>
        <translation>Pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="95"/>
        <source>Penempatan</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="96"/>
        <source>Komite Talenta</source>
        <translation>Komite Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="97"/>
        <source>Anggota komite</source>
        <translation>Anggota komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="98"/>
        <source>Rapat komite</source>
        <translation>Rapat komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="99"/>
        <source>Acara rapat</source>
        <translation>Acara rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="100"/>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="101"/>
        <source>Catatan pembahasan</source>
        <translation>Catatan pembahasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="102"/>
        <source>Benturan kepentingan</source>
        <translation>Benturan kepentingan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="103"/>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="104"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="105"/>
        <source>Keputusan rapat</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="106"/>
        <source>Jabatan target/kritikal</source>
        <translation>Jabatan target/kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="107"/>
        <source>Suksesor</source>
        <translation>Suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="108"/>
        <source>Rencana pengembangan</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="109"/>
        <source>Kegiatan pengembangan</source>
        <translation>Kegiatan pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="114"/>
        <source>Versi skema penilaian yang sudah tersimpan tidak pernah diubah; simpan sebagai versi baru.</source>
        <translation>Versi skema penilaian yang sudah tersimpan tidak pernah diubah; simpan sebagai versi baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="118"/>
        <source>Rapat ini sudah difinalkan di database ini; isinya tidak dapat diubah lagi, hanya dikoreksi melalui rapat baru.</source>
        <translation>Rapat ini sudah difinalkan di database ini; isinya tidak dapat diubah lagi, hanya dikoreksi melalui rapat baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="124"/>
        <source>Data ini terkunci di database ini dan tidak dapat ditimpa.</source>
        <translation>Data ini terkunci di database ini dan tidak dapat ditimpa.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="128"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="129"/>
        <source>NIP lama</source>
        <translation>NIP lama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="130"/>
        <source>Gelar depan</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="131"/>
        <source>Gelar belakang</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="132"/>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="133"/>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="134"/>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="135"/>
        <source>Jenis pegawai</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="136"/>
        <source>Kedudukan</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="137"/>
        <source>Tingkat pendidikan</source>
        <translation>Tingkat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="138"/>
        <source>Pendidikan</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="139"/>
        <source>Tahun lulus</source>
        <translation>Tahun lulus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="140"/>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="141"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="143"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="144"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="145"/>
        <source>Jenis jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="146"/>
        <source>Jenjang jabatan</source>
        <translation>Jenjang jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="147"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="148"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="149"/>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="150"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="151"/>
        <source>Masa kerja (tahun)</source>
        <translation>Masa kerja (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="152"/>
        <source>Masa kerja (bulan)</source>
        <translation>Masa kerja (bulan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="153"/>
        <source>Batas usia pensiun</source>
        <translation>Batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="154"/>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="155"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="156"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="157"/>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="158"/>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="159"/>
        <source>Tanggal rapat</source>
        <translation>Tanggal rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="160"/>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="161"/>
        <source>Notulen</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="162"/>
        <source>Kesiapan</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="163"/>
        <source>Pemangku</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="164"/>
        <source>Nomor SK</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="165"/>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="166"/>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="168"/>
        <source>(kosong)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="169"/>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="170"/>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="138"/>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="140"/>
        <source>Lembar kerja BKN, laporan PDF, paket pertukaran antarlaptop, dan log data yang keluar</source>
        <translation>Lembar kerja BKN, laporan PDF, paket pertukaran antarlaptop, dan log data yang keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="157"/>
        <source>Lembar kerja BKN yang pernah dibuat</source>
        <translation>Lembar kerja BKN yang pernah dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="162"/>
        <source>Laporan PDF yang pernah dibuat</source>
        <translation>Laporan PDF yang pernah dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="167"/>
        <source>Paket yang pernah diekspor</source>
        <translation>Paket yang pernah diekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="171"/>
        <source>Lembar kerja BKN</source>
        <translation>Lembar kerja BKN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="172"/>
        <source>Laporan PDF</source>
        <translation>Laporan PDF</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="173"/>
        <source>Paket pertukaran</source>
        <translation>Paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="174"/>
        <source>Log ekspor</source>
        <translation>Log ekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="217"/>
        <source>Laporan PDF, lembar kerja BKN dan paket pertukaran tidak dapat dibuat dengan akun ini; Log ekspor tetap dapat dibaca.</source>
        <translation>Laporan PDF, lembar kerja BKN dan paket pertukaran tidak dapat dibuat dengan akun ini; Log ekspor tetap dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="224"/>
        <source>Peran Anda ({0}) dapat membuat laporan dan ekspor tanpa data sensitif (rincian hukuman disiplin dan kolom sensitif).</source>
        <translation>Peran Anda ({0}) dapat membuat laporan dan ekspor tanpa data sensitif (rincian hukuman disiplin dan kolom sensitif).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="229"/>
        <source>Mengimpor paket pertukaran hanya untuk Administrator dan Operator BKPSDM.</source>
        <translation>Mengimpor paket pertukaran hanya untuk Administrator dan Operator BKPSDM.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="321"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="367"/>
        <source>Berkas {0}: {1}. Tidak ada berkas atau data yang berubah.</source>
        <translation>Berkas {0}: {1}. Tidak ada berkas atau data yang berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="376"/>
        <source>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas atau data yang berubah.</source>
        <translation>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas atau data yang berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="397"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="409"/>
        <source>Simpan lembar kerja BKN</source>
        <translation>Simpan lembar kerja BKN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="411"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="425"/>
        <source>Menulis baris {0} dari {1}…</source>
        <translation>Menulis baris {0} dari {1}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="444"/>
        <source>Membuat lembar kerja BKN periode {0}…</source>
        <translation>Membuat lembar kerja BKN periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="446"/>
        <source>Lembar kerja BKN tidak dapat dibuat</source>
        <translation>Lembar kerja BKN tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="452"/>
        <source>dengan kolom sensitif</source>
        <translation>dengan kolom sensitif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="454"/>
        <source>tanpa kolom sensitif</source>
        <translation>tanpa kolom sensitif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="458"/>
        <source>Lembar kerja BKN periode {0} disimpan ({1}, {2}):
{3}
SHA-256 data: {4}… (lembar Metadata). Kirim hanya lewat saluran resmi.</source>
        <translation>Lembar kerja BKN periode {0} disimpan ({1}, {2}):
{3}
SHA-256 data: {4}… (lembar Metadata). Kirim hanya lewat saluran resmi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="462"/>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="574"/>
        <source>%Ln pegawai</source>
        <translation>
            <numerusform>%Ln pegawai</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="485"/>
        <source>NIP tidak sah</source>
        <translation>NIP tidak sah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="494"/>
        <source>Simpan laporan PDF</source>
        <translation>Simpan laporan PDF</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="494"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="516"/>
        <source>Membuat {0}…</source>
        <translation>Membuat {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="518"/>
        <source>Laporan tidak dapat dibuat</source>
        <translation>Laporan tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="524"/>
        <source>{0} disimpan dengan identitas disamarkan (inisial dan NIP tersamar):
{1}</source>
        <translation>{0} disimpan dengan identitas disamarkan (inisial dan NIP tersamar):
{1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="526"/>
        <source>{0} disimpan:
{1}</source>
        <translation>{0} disimpan:
{1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="537"/>
        <source>Simpan paket pertukaran</source>
        <translation>Simpan paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="539"/>
        <source>Paket Talenta (*.talenta)</source>
        <translation>Paket Talenta (*.talenta)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="560"/>
        <source>Membuat paket periode {0}…</source>
        <translation>Membuat paket periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="562"/>
        <source>Paket tidak dapat dibuat</source>
        <translation>Paket tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="570"/>
        <source>Paket periode {0} disimpan ({1}):
{2}
Sidik jari kunci: {3}. Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya.</source>
        <translation>Paket periode {0} disimpan ({1}):
{2}
Sidik jari kunci: {3}. Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="586"/>
        <source>Buka paket pertukaran</source>
        <translation>Buka paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="588"/>
        <source>Paket Talenta (*.talenta);;Semua berkas (*)</source>
        <translation>Paket Talenta (*.talenta);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="608"/>
        <source>Memeriksa paket {0}…</source>
        <translation>Memeriksa paket {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="610"/>
        <source>Paket tidak dapat dibuka</source>
        <translation>Paket tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="612"/>
        <source>Dibatalkan; database tidak berubah.</source>
        <translation>Dibatalkan; database tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="643"/>
        <source>Mengimpor paket {0}…</source>
        <translation>Mengimpor paket {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="645"/>
        <source>Paket tidak dapat diimpor</source>
        <translation>Paket tidak dapat diimpor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="647"/>
        <source>Impor dibatalkan; database tidak berubah.</source>
        <translation>Impor dibatalkan; database tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="654"/>
        <source>Paket {0} dari {1} diimpor: {2} baris baru, {3} diperbarui.</source>
        <translation>Paket {0} dari {1} diimpor: {2} baris baru, {3} diperbarui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="658"/>
        <source>Pertentangan: {0} diambil dari paket, {1} dipertahankan.</source>
        <translation>Pertentangan: {0} diambil dari paket, {1} dipertahankan.</translation>
    </message>
</context>
<context>
    <name>ReportsPanels</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="147"/>
        <source>Belum ada periode talenta: petakan periode di halaman Peta Talenta terlebih dahulu.</source>
        <translation>Belum ada periode talenta: petakan periode di halaman Peta Talenta terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="153"/>
        <source>Periode {0} belum dipetakan: jalankan pemetaan di halaman Peta Talenta terlebih dahulu.</source>
        <translation>Periode {0} belum dipetakan: jalankan pemetaan di halaman Peta Talenta terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="162"/>
        <source>Pemetaan terakhir {0}: {1} pegawai dipetakan, {2} belum dapat dipetakan.</source>
        <translation>Pemetaan terakhir {0}: {1} pegawai dipetakan, {2} belum dapat dipetakan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="851"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="855"/>
        <source>belum ada</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>ReportsTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="92"/>
        <source>Unit kerja: {0}</source>
        <translation>Unit kerja: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="94"/>
        <source>NIP: {0}</source>
        <translation>NIP: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="96"/>
        <source>Rapat: #{0}</source>
        <translation>Rapat: #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="98"/>
        <source>Kertas: {0}</source>
        <translation>Kertas: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="101"/>
        <source>Identitas disamarkan: inisial dan NIP tersamar</source>
        <translation>Identitas disamarkan: inisial dan NIP tersamar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="105"/>
        <source>Kolom: {0}</source>
        <translation>Kolom: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="109"/>
        <source>Sidik jari kunci: {0}</source>
        <translation>Sidik jari kunci: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="114"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="128"/>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="129"/>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="130"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="131"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="132"/>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="134"/>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="138"/>
        <source>Jumlah pegawai atau baris data dalam berkas</source>
        <translation>Jumlah pegawai atau baris data dalam berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="141"/>
        <source>Kolom sensitif</source>
        <translation>Kolom sensitif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="144"/>
        <source>Apakah berkas memuat data sensitif: tempat/tanggal lahir, alasan kalibrasi atau hukuman disiplin</source>
        <translation>Apakah berkas memuat data sensitif: tempat/tanggal lahir, alasan kalibrasi atau hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="150"/>
        <source>Lokasi</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="231"/>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="289"/>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="236"/>
        <source>Baru</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="240"/>
        <source>Belum ada di database ini: ditambahkan</source>
        <translation>Belum ada di database ini: ditambahkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="243"/>
        <source>Diperbarui</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="247"/>
        <source>Paket lebih mutakhir (periode ditutup, rapat difinalkan, suksesor ditetapkan, rencana disetujui): diperbarui</source>
        <translation>Paket lebih mutakhir (periode ditutup, rapat difinalkan, suksesor ditetapkan, rencana disetujui): diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="254"/>
        <source>Sama</source>
        <translation>Sama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="258"/>
        <source>Sudah ada dengan isi yang sama: dibiarkan</source>
        <translation>Sudah ada dengan isi yang sama: dibiarkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="261"/>
        <source>Bertentangan</source>
        <translation>Bertentangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="265"/>
        <source>Diubah berbeda di sini dan di paket: Anda memilih mana yang dipakai</source>
        <translation>Diubah berbeda di sini dan di paket: Anda memilih mana yang dipakai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="288"/>
        <source>Ambil dari paket</source>
        <translation>Ambil dari paket</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="290"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="291"/>
        <source>Yang berbeda</source>
        <translation>Yang berbeda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="334"/>
        <source>Dicentang: isi paket menimpa data di sini. Tidak dicentang: data di sini dipertahankan.</source>
        <translation>Dicentang: isi paket menimpa data di sini. Tidak dicentang: data di sini dipertahankan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="365"/>
        <source>terkunci</source>
        <translation>terkunci</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="367"/>
        <source>Centang untuk memakai isi paket; tanpa centang data di sini dipertahankan.</source>
        <translation>Centang untuk memakai isi paket; tanpa centang data di sini dipertahankan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="384"/>
        <source>{0}: di sini «{1}», di paket «{2}»</source>
        <translation>{0}: di sini «{1}», di paket «{2}»</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="423"/>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="424"/>
        <source>Di database ini</source>
        <translation>Di database ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="425"/>
        <source>Di paket</source>
        <translation>Di paket</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="82"/>
        <source>Buka folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="83"/>
        <source>Tampilkan folder berkas ini di pengelola berkas</source>
        <translation>Tampilkan folder berkas ini di pengelola berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="84"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="170"/>
        <source>Peran {0}</source>
        <translation>Peran {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="175"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="176"/>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="185"/>
        <source>Simpan versi baru</source>
        <translation>Simpan versi baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="187"/>
        <source>Simpan &lt;b&gt;{0}&lt;/b&gt; sebagai &lt;b&gt;versi {1}&lt;/b&gt;?</source>
        <translation>Simpan &lt;b&gt;{0}&lt;/b&gt; sebagai &lt;b&gt;versi {1}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="194"/>
        <source>Perubahan:</source>
        <translation>Perubahan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="196"/>
        <source>Tidak ada angka yang berubah.</source>
        <translation>Tidak ada angka yang berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="200"/>
        <source>Versi {0} tetap tersimpan dan penempatan yang sudah dihitung dengannya tidak berubah. Versi {1} dipakai saat sebuah periode dipetakan ulang di halaman Peta Talenta.</source>
        <translation>Versi {0} tetap tersimpan dan penempatan yang sudah dihitung dengannya tidak berubah. Versi {1} dipakai saat sebuah periode dipetakan ulang di halaman Peta Talenta.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="206"/>
        <source>&amp;Uraian skema (perbarui bila angka yang disebut berubah):</source>
        <translation>&amp;Uraian skema (perbarui bila angka yang disebut berubah):</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="216"/>
        <source>Simpan versi {0}</source>
        <translation>Simpan versi {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="217"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="636"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="675"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="921"/>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="637"/>
        <source>di bawah ekspektasi</source>
        <translation>di bawah ekspektasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="638"/>
        <source>Sesuai ekspektasi mulai</source>
        <translation>Sesuai ekspektasi mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="639"/>
        <source>Di atas ekspektasi mulai</source>
        <translation>Di atas ekspektasi mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="641"/>
        <source>Nilai &lt; {low}: di bawah ekspektasi · {low} – &lt; {high}: sesuai · ≥ {high}: di atas</source>
        <translation>Nilai &lt; {low}: di bawah ekspektasi · {low} – &lt; {high}: sesuai · ≥ {high}: di atas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="648"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="921"/>
        <source>Potensial</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="649"/>
        <source>rendah</source>
        <translation>rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="650"/>
        <source>Menengah mulai</source>
        <translation>Menengah mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="651"/>
        <source>Tinggi mulai</source>
        <translation>Tinggi mulai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="652"/>
        <source>Nilai &lt; {low}: rendah · {low} – &lt; {high}: menengah · ≥ {high}: tinggi</source>
        <translation>Nilai &lt; {low}: rendah · {low} – &lt; {high}: menengah · ≥ {high}: tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="658"/>
        <source>Komponen “belum tercatat” tidak punya data di aplikasi, jadi bobotnya dibagi ke komponen lain secara proporsional (kolom Efektif). Komponen tanpa data untuk seorang pegawai juga dibagi ulang, kecuali komponen wajib: tanpa data itu pegawai masuk daftar “belum dapat dipetakan”.</source>
        <translation>Komponen “belum tercatat” tidak punya data di aplikasi, jadi bobotnya dibagi ke komponen lain secara proporsional (kolom Efektif). Komponen tanpa data untuk seorang pegawai juga dibagi ulang, kecuali komponen wajib: tanpa data itu pegawai masuk daftar “belum dapat dipetakan”.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="669"/>
        <source>Nilai talenta</source>
        <translation>Nilai talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="677"/>
        <source>+ potensial</source>
        <translation>+ potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="680"/>
        <source>Dipakai untuk mengurutkan pegawai dalam satu kotak (mis. calon suksesor).</source>
        <translation>Dipakai untuk mengurutkan pegawai dalam satu kotak (mis. calon suksesor).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="701"/>
        <source>Syarat dipetakan</source>
        <translation>Syarat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="705"/>
        <source>Tidak dipetakan bila ada hukuman disiplin tingkat</source>
        <translation>Tidak dipetakan bila ada hukuman disiplin tingkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>ringan</source>
        <translation>ringan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>sedang</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>berat</source>
        <translation>berat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="714"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="716"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="718"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="720"/>
        <source> tahun</source>
        <translation> tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="726"/>
        <source>… dalam kurun terakhir</source>
        <translation>… dalam kurun terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="726"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="730"/>
        <source>0 = syarat ini tidak dipakai</source>
        <translation>0 = syarat ini tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="728"/>
        <source>Tidak dipetakan bila pensiun (BUP) dalam</source>
        <translation>Tidak dipetakan bila pensiun (BUP) dalam</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="732"/>
        <source>Penghargaan dihitung dari</source>
        <translation>Penghargaan dihitung dari</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="732"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="733"/>
        <source>terakhir</source>
        <translation>terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="733"/>
        <source>Rekam jejak disiplin dihitung dari</source>
        <translation>Rekam jejak disiplin dihitung dari</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="753"/>
        <source>Distribusi acuan (% pegawai per kotak)</source>
        <translation>Distribusi acuan (% pegawai per kotak)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Di atas</source>
        <translation>Di atas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Sesuai</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Di bawah</source>
        <translation>Di bawah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Rendah</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Menengah</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Tinggi</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="774"/>
        <source>Kotak {0}</source>
        <translation>Kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="778"/>
        <source>Distribusi acuan kotak {0}</source>
        <translation>Distribusi acuan kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="793"/>
        <source>Acuan yang ditampilkan saat kalibrasi (misalnya kurva distribusi predikat kinerja organisasi); tidak membatasi pemetaan.</source>
        <translation>Acuan yang ditampilkan saat kalibrasi (misalnya kurva distribusi predikat kinerja organisasi); tidak membatasi pemetaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="906"/>
        <source>= {0} %</source>
        <translation>= {0} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="913"/>
        <source>Jumlah: {0} %</source>
        <translation>Jumlah: {0} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="930"/>
        <source>{0}: {1} ditambahkan (bobot {2})</source>
        <translation>{0}: {1} ditambahkan (bobot {2})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="937"/>
        <source>{0}: bobot {1} {2} → {3}</source>
        <translation>{0}: bobot {1} {2} → {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="944"/>
        <source>{0}: {1} menjadi wajib</source>
        <translation>{0}: {1} menjadi wajib</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="946"/>
        <source>{0}: {1} tidak lagi wajib</source>
        <translation>{0}: {1} tidak lagi wajib</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="952"/>
        <source>{0}: {1} dihapus</source>
        <translation>{0}: {1} dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="957"/>
        <source>{0}: batas {1} → {2}</source>
        <translation>{0}: batas {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="964"/>
        <source>Nilai talenta: kinerja {0} % + potensial {1} % → {2} % + {3} %</source>
        <translation>Nilai talenta: kinerja {0} % + potensial {1} % → {2} % + {3} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="975"/>
        <source>Syarat hukuman disiplin diubah</source>
        <translation>Syarat hukuman disiplin diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="980"/>
        <source>Syarat pensiun: {0} → {1} tahun</source>
        <translation>Syarat pensiun: {0} → {1} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="986"/>
        <source>Masa penghargaan</source>
        <translation>Masa penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="987"/>
        <source>Masa rekam jejak disiplin</source>
        <translation>Masa rekam jejak disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="991"/>
        <source>{0}: {1} → {2} tahun</source>
        <translation>{0}: {1} → {2} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="998"/>
        <source>Distribusi acuan diubah</source>
        <translation>Distribusi acuan diubah</translation>
    </message>
</context>
<context>
    <name>SchemeSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="257"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="260"/>
        <source>Versi skema</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="261"/>
        <source>&amp;Skema:</source>
        <translation>&amp;Skema:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="263"/>
        <source>&amp;Versi:</source>
        <translation>&amp;Versi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="265"/>
        <source>Skema bawaan</source>
        <translation>Skema bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="266"/>
        <source>Dipakai saat periode dipetakan tanpa memilih skema</source>
        <translation>Dipakai saat periode dipetakan tanpa memilih skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="267"/>
        <source>&amp;Jadikan bawaan</source>
        <translation>&amp;Jadikan bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="269"/>
        <source>Jadikan skema ini yang dipakai saat periode dipetakan tanpa memilih skema</source>
        <translation>Jadikan skema ini yang dipakai saat periode dipetakan tanpa memilih skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="303"/>
        <source>&amp;Pakai angka versi ini</source>
        <translation>&amp;Pakai angka versi ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="305"/>
        <source>Muat angka versi ini ke versi terbaru untuk disunting dan disimpan sebagai versi baru</source>
        <translation>Muat angka versi ini ke versi terbaru untuk disunting dan disimpan sebagai versi baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="332"/>
        <source>Pratinjau</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="335"/>
        <source>Periode pratinjau</source>
        <translation>Periode pratinjau</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="336"/>
        <source>P&amp;eriode:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="361"/>
        <source>Simpan sebagai versi &amp;baru…</source>
        <translation>Simpan sebagai versi &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="363"/>
        <source>Batalkan &amp;perubahan</source>
        <translation>Batalkan &amp;perubahan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="369"/>
        <source>Menyimpan membuat versi baru; versi lama tetap ada. Penempatan yang sudah dihitung tetap memakai versi yang menghasilkannya. Petakan ulang periode di halaman Peta Talenta untuk memakai versi baru.</source>
        <translation>Menyimpan membuat versi baru; versi lama tetap ada. Penempatan yang sudah dihitung tetap memakai versi yang menghasilkannya. Petakan ulang periode di halaman Peta Talenta untuk memakai versi baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="423"/>
        <source>Belum ada skema penilaian di database ini. Pasang keempat skema bawaan (BKN Kepka 411/2025, Predikat SKP langsung, JPM pemetaan, Tanjungpinang 2022), lalu sesuaikan dengan peraturan daerah Anda.</source>
        <translation>Belum ada skema penilaian di database ini. Pasang keempat skema bawaan (BKN Kepka 411/2025, Predikat SKP langsung, JPM pemetaan, Tanjungpinang 2022), lalu sesuaikan dengan peraturan daerah Anda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="429"/>
        <source>Pasang skema &amp;bawaan</source>
        <translation>Pasang skema &amp;bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="502"/>
        <source> — bawaan</source>
        <translation> — bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="515"/>
        <source>terbuka</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="515"/>
        <source>ditutup</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="545"/>
        <source>Versi {0} (terbaru)</source>
        <translation>Versi {0} (terbaru)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="547"/>
        <source>Versi {0} (hanya baca)</source>
        <translation>Versi {0} (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="559"/>
        <source>Sumber angka: {0}</source>
        <translation>Sumber angka: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="571"/>
        <source>Versi {0} hanya dapat dilihat: penempatan yang dihitung dengannya tetap memakai angka ini. Versi terbaru adalah versi {1}.</source>
        <translation>Versi {0} hanya dapat dilihat: penempatan yang dihitung dengannya tetap memakai angka ini. Versi terbaru adalah versi {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="581"/>
        <source>Versi {0} dari {1}</source>
        <translation>Versi {0} dari {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="586"/>
        <source>dibuat oleh {0} pada {1}</source>
        <translation>dibuat oleh {0} pada {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="596"/>
        <source>Buang perubahan?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="597"/>
        <source>Perubahan pada {0} belum disimpan. Buang perubahan itu?</source>
        <translation>Perubahan pada {0} belum disimpan. Buang perubahan itu?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="642"/>
        <source>Angka versi {0} dimuat. Simpan untuk menjadikannya versi {1}.</source>
        <translation>Angka versi {0} dimuat. Simpan untuk menjadikannya versi {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="671"/>
        <source>Belum dapat disimpan:</source>
        <translation>Belum dapat disimpan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="675"/>
        <source>Angka sah dan siap disimpan sebagai versi baru.</source>
        <translation>Angka sah dan siap disimpan sebagai versi baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="680"/>
        <source>Perbaiki kesalahan yang tercantum dulu</source>
        <translation>Perbaiki kesalahan yang tercantum dulu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="682"/>
        <source>Simpan angka ini sebagai versi baru (Ctrl+S)</source>
        <translation>Simpan angka ini sebagai versi baru (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="684"/>
        <source>Belum ada perubahan</source>
        <translation>Belum ada perubahan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="725"/>
        <source>Periode {0} belum dipetakan.</source>
        <translation>Periode {0} belum dipetakan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="729"/>
        <source>Pemetaan tersimpan {0}: {1} · {2} dipetakan · {3} belum dapat dipetakan · {4}</source>
        <translation>Pemetaan tersimpan {0}: {1} · {2} dipetakan · {3} belum dapat dipetakan · {4}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="748"/>
        <source>Belum ada periode. Buat periode di tab Periode untuk melihat pratinjau.</source>
        <translation>Belum ada periode. Buat periode di tab Periode untuk melihat pratinjau.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="754"/>
        <source>Pratinjau menunggu angka yang sah.</source>
        <translation>Pratinjau menunggu angka yang sah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="790"/>
        <source>Menghitung pratinjau periode {0}…</source>
        <translation>Menghitung pratinjau periode {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="841"/>
        <source>Belum ada data pegawai. Impor data pegawai untuk melihat pratinjau.</source>
        <translation>Belum ada data pegawai. Impor data pegawai untuk melihat pratinjau.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="847"/>
        <source>Pratinjau tidak dapat dihitung: {0}</source>
        <translation>Pratinjau tidak dapat dihitung: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="896"/>
        <source>Tersimpan sebagai {0} versi {1}. Penempatan yang sudah ada tetap memakai versi {2}; petakan ulang periode di halaman Peta Talenta untuk memakai versi {1}.</source>
        <translation>Tersimpan sebagai {0} versi {1}. Penempatan yang sudah ada tetap memakai versi {2}; petakan ulang periode di halaman Peta Talenta untuk memakai versi {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="909"/>
        <source>Jadikan bawaan</source>
        <translation>Jadikan bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="911"/>
        <source>Jadikan {0} skema bawaan? Periode yang dipetakan tanpa memilih skema akan memakai versi terbarunya. Penempatan yang sudah ada tidak berubah.</source>
        <translation>Jadikan {0} skema bawaan? Periode yang dipetakan tanpa memilih skema akan memakai versi terbarunya. Penempatan yang sudah ada tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="925"/>
        <source>{0} sekarang menjadi skema bawaan.</source>
        <translation>{0} sekarang menjadi skema bawaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="936"/>
        <source>Skema bawaan tidak dipasang</source>
        <translation>Skema bawaan tidak dipasang</translation>
    </message>
</context>
<context>
    <name>ScoreScatter</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="282"/>
        <source>Nilai potensial dan nilai kinerja</source>
        <translation>Nilai potensial dan nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="285"/>
        <source>hasil pemetaan</source>
        <translation>hasil pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="286"/>
        <source>dikalibrasi</source>
        <translation>dikalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="287"/>
        <source>batas nilai</source>
        <translation>batas nilai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="304"/>
        <source>Nilai potensial</source>
        <translation>Nilai potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="304"/>
        <source>Nilai kinerja</source>
        <translation>Nilai kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="336"/>
        <source>Belum ada pegawai yang dipetakan</source>
        <translation>Belum ada pegawai yang dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="496"/>
        <source>{0} · kotak {1} · kinerja {2} · potensial {3}</source>
        <translation>{0} · kotak {1} · kinerja {2} · potensial {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="503"/>
        <source>dikalibrasi dari kotak {0}</source>
        <translation>dikalibrasi dari kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="505"/>
        <source>(dan {0} lainnya di dekatnya)</source>
        <translation>(dan {0} lainnya di dekatnya)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="512"/>
        <source>{0} pegawai. Arahkan kursor ke titik untuk melihat nama; klik untuk memilih.</source>
        <translation>{0} pegawai. Arahkan kursor ke titik untuk melihat nama; klik untuk memilih.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/forms.py" line="113"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="342"/>
        <source>Aturan suksesi</source>
        <translation>Aturan suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="347"/>
        <source>Jenjang calon satu tingkat di bawah jabatan target</source>
        <translation>Jenjang calon satu tingkat di bawah jabatan target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="350"/>
        <source>Golongan calon paling rendah sesuai syarat jabatan (bila ditentukan)</source>
        <translation>Golongan calon paling rendah sesuai syarat jabatan (bila ditentukan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="354"/>
        <source> tahun terakhir</source>
        <translation> tahun terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="354"/>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="361"/>
        <source>tidak diperiksa</source>
        <translation>tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="361"/>
        <source> tahun lagi sebelum BUP</source>
        <translation> tahun lagi sebelum BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="364"/>
        <source>Syarat calon suksesor</source>
        <translation>Syarat calon suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="368"/>
        <source>Tanpa hukuman disiplin dalam:</source>
        <translation>Tanpa hukuman disiplin dalam:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="369"/>
        <source>Tingkat hukuman disiplin:</source>
        <translation>Tingkat hukuman disiplin:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="370"/>
        <source>Masa kerja sebelum pensiun:</source>
        <translation>Masa kerja sebelum pensiun:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="372"/>
        <source> orang</source>
        <translation> orang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="374"/>
        <source> bulan sebelum lowong</source>
        <translation> bulan sebelum lowong</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="374"/>
        <source>hanya yang sudah lowong</source>
        <translation>hanya yang sudah lowong</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="377"/>
        <source>Jabatan dan peringatan</source>
        <translation>Jabatan dan peringatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="379"/>
        <source>Suksesor per jabatan (bawaan):</source>
        <translation>Suksesor per jabatan (bawaan):</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="380"/>
        <source>Peringatan kekosongan:</source>
        <translation>Peringatan kekosongan:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="401"/>
        <source>Klik dua kali nama kategori untuk mengubahnya; centang yang dihitung siap sekarang</source>
        <translation>Klik dua kali nama kategori untuk mengubahnya; centang yang dihitung siap sekarang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="403"/>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="404"/>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="407"/>
        <source>Menghapus kategori yang sedang dipakai tidak mengubah suksesornya; kesiapan mereka tetap tampil sebagaimana tersimpan.</source>
        <translation>Menghapus kategori yang sedang dipakai tidak mengubah suksesornya; kesiapan mereka tetap tampil sebagaimana tersimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="411"/>
        <source>Naik</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="412"/>
        <source>Turun</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="413"/>
        <source>Kategori kesiapan (urut dari yang paling siap)</source>
        <translation>Kategori kesiapan (urut dari yang paling siap)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="427"/>
        <source>Simpan aturan</source>
        <translation>Simpan aturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="476"/>
        <source>Pilih paling sedikit satu tingkat hukuman disiplin, atau pilih “tidak diperiksa”.</source>
        <translation>Pilih paling sedikit satu tingkat hukuman disiplin, atau pilih “tidak diperiksa”.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="503"/>
        <source>Kategori baru</source>
        <translation>Kategori baru</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1238"/>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1240"/>
        <source>Skema penilaian, periode talenta, pengguna, log audit, data pribadi, dan tampilan</source>
        <translation>Skema penilaian, periode talenta, pengguna, log audit, data pribadi, dan tampilan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1248"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1249"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1250"/>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1252"/>
        <source>Log audit</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1253"/>
        <source>Data pribadi</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1254"/>
        <source>Tampilan</source>
        <translation>Tampilan</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../talenta_desktop/ui/shortcut_sheet.py" line="14"/>
        <source>Pintasan papan ketik</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcut_sheet.py" line="19"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="22"/>
        <source>Di mana saja</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="23"/>
        <source>Peta Talenta</source>
        <translation>Peta Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="24"/>
        <source>Jendela proyektor</source>
        <translation>Jendela proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="25"/>
        <source>Komite</source>
        <translation>Komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="26"/>
        <source>Pengembangan</source>
        <translation>Pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="27"/>
        <source>Suksesi</source>
        <translation>Suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="28"/>
        <source>Pengaturan › Skema penilaian</source>
        <translation>Pengaturan › Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="29"/>
        <source>Jendela perbandingan kandidat (Suksesi)</source>
        <translation>Jendela perbandingan kandidat (Suksesi)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="30"/>
        <source>Jendela panduan</source>
        <translation>Jendela panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="37"/>
        <source>Panduan untuk halaman yang terbuka</source>
        <translation>Panduan untuk halaman yang terbuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="38"/>
        <source>Daftar pintasan ini</source>
        <translation>Daftar pintasan ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="41"/>
        <source>Pindah halaman, menurut urutan di kiri (Ctrl+1 Beranda … Ctrl+8 Pengaturan)</source>
        <translation>Pindah halaman, menurut urutan di kiri (Ctrl+1 Beranda … Ctrl+8 Pengaturan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="44"/>
        <source>Ke kotak pencarian halaman ini</source>
        <translation>Ke kotak pencarian halaman ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="45"/>
        <source>Impor data pegawai, SKP atau asesmen</source>
        <translation>Impor data pegawai, SKP atau asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="46"/>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="67"/>
        <source>Layar penuh, atau kembali</source>
        <translation>Layar penuh, atau kembali</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="47"/>
        <source>Perbesar huruf</source>
        <translation>Perbesar huruf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="48"/>
        <source>Perkecil huruf</source>
        <translation>Perkecil huruf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="49"/>
        <source>Ukuran huruf normal</source>
        <translation>Ukuran huruf normal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="50"/>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="51"/>
        <source>Batalkan pemindahan terakhir</source>
        <translation>Batalkan pemindahan terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="52"/>
        <source>Ulangi pemindahan</source>
        <translation>Ulangi pemindahan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="53"/>
        <source>Buka atau tutup jendela proyektor</source>
        <translation>Buka atau tutup jendela proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="55"/>
        <source>Sembunyikan nama di proyektor</source>
        <translation>Sembunyikan nama di proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="57"/>
        <source>Kosongkan layar proyektor</source>
        <translation>Kosongkan layar proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="58"/>
        <source>Kosongkan layar, atau tampilkan lagi</source>
        <translation>Kosongkan layar, atau tampilkan lagi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="59"/>
        <source>Sembunyikan atau tampilkan nama</source>
        <translation>Sembunyikan atau tampilkan nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="60"/>
        <source>Hanya jumlah per kotak</source>
        <translation>Hanya jumlah per kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="61"/>
        <source>Tutup jendela proyektor</source>
        <translation>Tutup jendela proyektor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="62"/>
        <source>Rapat baru</source>
        <translation>Rapat baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="63"/>
        <source>Simpan notulen</source>
        <translation>Simpan notulen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="64"/>
        <source>Buat rencana pengembangan</source>
        <translation>Buat rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="65"/>
        <source>Jabatan kritikal baru</source>
        <translation>Jabatan kritikal baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="72"/>
        <source>Cari di halaman panduan</source>
        <translation>Cari di halaman panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="73"/>
        <source>Temuan berikutnya (juga Enter di kotak cari)</source>
        <translation>Temuan berikutnya (juga Enter di kotak cari)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="75"/>
        <source>Temuan sebelumnya (juga Shift+Enter)</source>
        <translation>Temuan sebelumnya (juga Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="77"/>
        <source>Halaman panduan sebelumnya</source>
        <translation>Halaman panduan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="78"/>
        <source>Halaman panduan berikutnya</source>
        <translation>Halaman panduan berikutnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="79"/>
        <source>Halaman awal panduan</source>
        <translation>Halaman awal panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="81"/>
        <source>Hapus pencarian, atau tutup panduan</source>
        <translation>Hapus pencarian, atau tutup panduan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="70"/>
        <source>Simpan skema sebagai versi baru</source>
        <translation>Simpan skema sebagai versi baru</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="104"/>
        <source>Masuk — Talenta Desktop</source>
        <translation>Masuk — Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="105"/>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="114"/>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="106"/>
        <source>Database {0} dilindungi. Masuk dengan nama pengguna dan kata sandi Anda.</source>
        <translation>Database {0} dilindungi. Masuk dengan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="112"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="113"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="404"/>
        <source>Jenis data dan berkas</source>
        <translation>Jenis data dan berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="407"/>
        <source>Pilih data yang akan diimpor dan berkasnya: Excel (.xlsx, .xls), ODS atau CSV, misalnya unduhan SIASN atau rekap dari unit kerja.</source>
        <translation>Pilih data yang akan diimpor dan berkasnya: Excel (.xlsx, .xls), ODS atau CSV, misalnya unduhan SIASN atau rekap dari unit kerja.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="413"/>
        <source>Data pegawai</source>
        <translation>Data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="414"/>
        <source>Data utama SIASN: NIP, nama, jabatan, unit kerja, golongan, TMT.</source>
        <translation>Data utama SIASN: NIP, nama, jabatan, unit kerja, golongan, TMT.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="417"/>
        <source>Riwayat SKP</source>
        <translation>Riwayat SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="418"/>
        <source>Predikat kinerja per tahun: NIP, tahun, hasil kerja, perilaku kerja.</source>
        <translation>Predikat kinerja per tahun: NIP, tahun, hasil kerja, perilaku kerja.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="421"/>
        <source>Hasil asesmen</source>
        <translation>Hasil asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="422"/>
        <source>Hasil uji kompetensi: NIP, tanggal asesmen, JPM, nilai potensi.</source>
        <translation>Hasil uji kompetensi: NIP, tanggal asesmen, JPM, nilai potensi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="426"/>
        <source>Jenis data</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="440"/>
        <source>Pilih berkas lembar kerja…</source>
        <translation>Pilih berkas lembar kerja…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="442"/>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="444"/>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="455"/>
        <source>Profil menyimpan pemetaan kolom berkas yang pernah diimpor, untuk berkas dengan susunan kolom yang sama. Tanpa profil, kolom dikenali dari judulnya.</source>
        <translation>Profil menyimpan pemetaan kolom berkas yang pernah diimpor, untuk berkas dengan susunan kolom yang sama. Tanpa profil, kolom dikenali dari judulnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="459"/>
        <source>Profil pemetaan kolom</source>
        <translation>Profil pemetaan kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="530"/>
        <source>Tanpa profil — kenali kolom dari judulnya</source>
        <translation>Tanpa profil — kenali kolom dari judulnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="535"/>
        <source>Belum ada profil tersimpan untuk jenis data ini</source>
        <translation>Belum ada profil tersimpan untuk jenis data ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="550"/>
        <source>Pilih berkas untuk diimpor</source>
        <translation>Pilih berkas untuk diimpor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="552"/>
        <source>Lembar kerja dan CSV ({0});;Semua berkas (*)</source>
        <translation>Lembar kerja dan CSV ({0});;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="564"/>
        <source>Berkas tidak ditemukan.</source>
        <translation>Berkas tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="566"/>
        <source>Jenis berkas ini tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>Jenis berkas ini tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="577"/>
        <source>Kolom wajib untuk jenis data ini: {0}.</source>
        <translation>Kolom wajib untuk jenis data ini: {0}.</translation>
    </message>
</context>
<context>
    <name>Succession</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="14"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="15"/>
        <source>Kritikal</source>
        <translation>Kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="18"/>
        <source>Jabatan target</source>
        <translation>Jabatan target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="19"/>
        <source>Jabatan kritikal</source>
        <translation>Jabatan kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="22"/>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="23"/>
        <source>Ditetapkan</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="24"/>
        <source>Ditarik</source>
        <translation>Ditarik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="35"/>
        <source>Satu tingkat di bawah jabatan target</source>
        <translation>Satu tingkat di bawah jabatan target</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="36"/>
        <source>Golongan paling rendah</source>
        <translation>Golongan paling rendah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="37"/>
        <source>Tidak sedang/baru menjalani hukuman disiplin</source>
        <translation>Tidak sedang/baru menjalani hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="38"/>
        <source>Tidak mendekati batas usia pensiun</source>
        <translation>Tidak mendekati batas usia pensiun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="41"/>
        <source>ringan</source>
        <translation>ringan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="42"/>
        <source>sedang</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="43"/>
        <source>berat</source>
        <translation>berat</translation>
    </message>
</context>
<context>
    <name>SuccessionPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="142"/>
        <source>Suksesi</source>
        <translation>Suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="144"/>
        <source>Jabatan target dan kritikal, suksesornya, dan calon dari KRS</source>
        <translation>Jabatan target dan kritikal, suksesornya, dan calon dari KRS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="153"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="156"/>
        <source>Periode pemetaan talenta; suksesor diusulkan per periode</source>
        <translation>Periode pemetaan talenta; suksesor diusulkan per periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="158"/>
        <source>Aturan suksesi…</source>
        <translation>Aturan suksesi…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="160"/>
        <source>Syarat calon, jumlah suksesor per jabatan, batas peringatan dan kategori kesiapan</source>
        <translation>Syarat calon, jumlah suksesor per jabatan, batas peringatan dan kategori kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="175"/>
        <source>Klik nama jabatan untuk memilihnya</source>
        <translation>Klik nama jabatan untuk memilihnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="182"/>
        <source>Jabatan baru…</source>
        <translation>Jabatan baru…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="183"/>
        <source>Tambahkan jabatan target atau jabatan kritikal</source>
        <translation>Tambahkan jabatan target atau jabatan kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="184"/>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="185"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="910"/>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="187"/>
        <source>Keluarkan jabatan ini dari rencana suksesi (riwayatnya tetap tersimpan)</source>
        <translation>Keluarkan jabatan ini dari rencana suksesi (riwayatnya tetap tersimpan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="213"/>
        <source>Jabatan target dan kritikal</source>
        <translation>Jabatan target dan kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="270"/>
        <source>Belum ada periode pemetaan talenta. Suksesor diambil dari Kelompok Rencana Suksesi suatu periode: petakan periode di halaman Peta Talenta terlebih dahulu.</source>
        <translation>Belum ada periode pemetaan talenta. Suksesor diambil dari Kelompok Rencana Suksesi suatu periode: petakan periode di halaman Peta Talenta terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="337"/>
        <source>Tetapkan dalam rapat</source>
        <translation>Tetapkan dalam rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="339"/>
        <source>Tarik usulan</source>
        <translation>Tarik usulan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="340"/>
        <source>Batalkan usulan suksesor yang belum ditetapkan komite</source>
        <translation>Batalkan usulan suksesor yang belum ditetapkan komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="371"/>
        <source>Hanya yang memenuhi &amp;syarat</source>
        <translation>Hanya yang memenuhi &amp;syarat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="374"/>
        <source>Cari nama atau NIP…</source>
        <translation>Cari nama atau NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="377"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="812"/>
        <source>Bandingkan…</source>
        <translation>Bandingkan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="379"/>
        <source>Kartu talenta calon yang dicentang, berdampingan (2–{0} calon)</source>
        <translation>Kartu talenta calon yang dicentang, berdampingan (2–{0} calon)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="381"/>
        <source>Usulkan sebagai suksesor…</source>
        <translation>Usulkan sebagai suksesor…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="512"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="515"/>
        <source>Rencana suksesi tidak dapat dibaca</source>
        <translation>Rencana suksesi tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="544"/>
        <source>Belum ada jabatan target. Tambahkan jabatan dengan &quot;Jabatan baru…&quot;, lalu usulkan suksesornya dari calon yang memenuhi syarat.</source>
        <translation>Belum ada jabatan target. Tambahkan jabatan dengan &quot;Jabatan baru…&quot;, lalu usulkan suksesornya dari calon yang memenuhi syarat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="555"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; jabatan target · &lt;b&gt;{1}&lt;/b&gt; talenta KRS (rasio &lt;b&gt;{2}&lt;/b&gt; per jabatan) · &lt;b&gt;{3}&lt;/b&gt; dari {0} punya suksesor siap sekarang</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; jabatan target · &lt;b&gt;{1}&lt;/b&gt; talenta KRS (rasio &lt;b&gt;{2}&lt;/b&gt; per jabatan) · &lt;b&gt;{3}&lt;/b&gt; dari {0} punya suksesor siap sekarang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="570"/>
        <source>⚠ Lowong dalam {0} bulan tanpa suksesor siap sekarang: {1}</source>
        <translation>⚠ Lowong dalam {0} bulan tanpa suksesor siap sekarang: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="606"/>
        <source>Pilih periode.</source>
        <translation>Pilih periode.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="608"/>
        <source>Belum ada jabatan target. Tambahkan dengan &quot;Jabatan baru…&quot;.</source>
        <translation>Belum ada jabatan target. Tambahkan dengan &quot;Jabatan baru…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="611"/>
        <source>Belum ada jabatan target.</source>
        <translation>Belum ada jabatan target.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="625"/>
        <source>Pemangku {0} ({1})</source>
        <translation>Pemangku {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="627"/>
        <source>Tanpa pemangku</source>
        <translation>Tanpa pemangku</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="630"/>
        <source>golongan paling rendah {0}</source>
        <translation>golongan paling rendah {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="632"/>
        <source>tanpa syarat golongan</source>
        <translation>tanpa syarat golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="635"/>
        <source>{0} · {1} · jenjang {2}, {3}, BUP {4} tahun</source>
        <translation>{0} · {1} · jenjang {2}, {3}, BUP {4} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="703"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="706"/>
        <source>Calon suksesor tidak dapat dihitung</source>
        <translation>Calon suksesor tidak dapat dihitung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="731"/>
        <source>Suksesor ({0})</source>
        <translation>Suksesor ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="733"/>
        <source>Calon dari KRS (memuat…)</source>
        <translation>Calon dari KRS (memuat…)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="738"/>
        <source>Calon dari KRS ({0} memenuhi syarat dari {1})</source>
        <translation>Calon dari KRS ({0} memenuhi syarat dari {1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="812"/>
        <source>Bandingkan ({0})…</source>
        <translation>Bandingkan ({0})…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="820"/>
        <source>Paling banyak {0} calon dapat dibandingkan sekaligus; hapus salah satu centang dulu.</source>
        <translation>Paling banyak {0} calon dapat dibandingkan sekaligus; hapus salah satu centang dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="831"/>
        <source>Penetapan suksesor adalah keputusan Komite Talenta: mulai rapat komite di halaman Komite terlebih dahulu.</source>
        <translation>Penetapan suksesor adalah keputusan Komite Talenta: mulai rapat komite di halaman Komite terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="834"/>
        <source>Tidak ada rapat komite yang sedang berlangsung.</source>
        <translation>Tidak ada rapat komite yang sedang berlangsung.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="837"/>
        <source>Rapat {0} yang sedang berlangsung membahas periode {1}; pilih periode itu.</source>
        <translation>Rapat {0} yang sedang berlangsung membahas periode {1}; pilih periode itu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="841"/>
        <source>Rapat berlangsung: {0}.</source>
        <translation>Rapat berlangsung: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="843"/>
        <source>Pilih suksesor berstatus usulan.</source>
        <translation>Pilih suksesor berstatus usulan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="845"/>
        <source>{0} sudah ditetapkan komite.</source>
        <translation>{0} sudah ditetapkan komite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="847"/>
        <source>Catat penetapan {0} sebagai keputusan rapat {1}.</source>
        <translation>Catat penetapan {0} sebagai keputusan rapat {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="863"/>
        <source>Pilih calon yang memenuhi syarat.</source>
        <translation>Pilih calon yang memenuhi syarat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="865"/>
        <source>{0} sudah menjadi suksesor jabatan ini.</source>
        <translation>{0} sudah menjadi suksesor jabatan ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="867"/>
        <source>{0} tidak memenuhi syarat: {1}</source>
        <translation>{0} tidak memenuhi syarat: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="871"/>
        <source>Usulkan {0} sebagai suksesor dengan kategori kesiapan.</source>
        <translation>Usulkan {0} sebagai suksesor dengan kategori kesiapan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="891"/>
        <source>Jabatan {0} ditambahkan.</source>
        <translation>Jabatan {0} ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="893"/>
        <source>Jabatan {0} disimpan.</source>
        <translation>Jabatan {0} disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="905"/>
        <source>Nonaktifkan jabatan?</source>
        <translation>Nonaktifkan jabatan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="907"/>
        <source>{0} dikeluarkan dari rencana suksesi dan tidak tampil lagi di daftar. Suksesor dan keputusan komite tentangnya tetap tersimpan.

Nonaktifkan sekarang?</source>
        <translation>{0} dikeluarkan dari rencana suksesi dan tidak tampil lagi di daftar. Suksesor dan keputusan komite tentangnya tetap tersimpan.

Nonaktifkan sekarang?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="911"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="963"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="917"/>
        <source>Jabatan tidak dapat dinonaktifkan</source>
        <translation>Jabatan tidak dapat dinonaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="922"/>
        <source>Jabatan {0} dinonaktifkan.</source>
        <translation>Jabatan {0} dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="934"/>
        <source>Kesiapan tidak dapat diubah</source>
        <translation>Kesiapan tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="940"/>
        <source>Kesiapan {0}: {1}.</source>
        <translation>Kesiapan {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="957"/>
        <source>Tetapkan suksesor?</source>
        <translation>Tetapkan suksesor?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="959"/>
        <source>{0} ditetapkan sebagai suksesor {1} (kesiapan: {2}) dan dicatat sebagai keputusan rapat {3}.

Tetapkan sekarang?</source>
        <translation>{0} ditetapkan sebagai suksesor {1} (kesiapan: {2}) dan dicatat sebagai keputusan rapat {3}.

Tetapkan sekarang?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="962"/>
        <source>Tetapkan</source>
        <translation>Tetapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="969"/>
        <source>Suksesor tidak dapat ditetapkan</source>
        <translation>Suksesor tidak dapat ditetapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="975"/>
        <source>{0} ditetapkan sebagai suksesor {1} (keputusan #{2}, rapat {3}).</source>
        <translation>{0} ditetapkan sebagai suksesor {1} (keputusan #{2}, rapat {3}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="988"/>
        <source>Usulan tidak dapat ditarik</source>
        <translation>Usulan tidak dapat ditarik</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="991"/>
        <source>Usulan {0} ditarik.</source>
        <translation>Usulan {0} ditarik.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1015"/>
        <source>{0} diusulkan sebagai suksesor {1} (kesiapan: {2}).</source>
        <translation>{0} diusulkan sebagai suksesor {1} (kesiapan: {2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1028"/>
        <source>Terlalu banyak calon</source>
        <translation>Terlalu banyak calon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1029"/>
        <source>Paling banyak {0} calon dapat dibandingkan sekaligus; Anda memilih {1}.</source>
        <translation>Paling banyak {0} calon dapat dibandingkan sekaligus; Anda memilih {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1036"/>
        <source>Pilih calon</source>
        <translation>Pilih calon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1037"/>
        <source>Centang 2 sampai {0} calon di kolom &quot;Bandingkan&quot;, lalu tekan &quot;Bandingkan…&quot;.</source>
        <translation>Centang 2 sampai {0} calon di kolom &quot;Bandingkan&quot;, lalu tekan &quot;Bandingkan…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1045"/>
        <source>Calon tidak dapat dibandingkan</source>
        <translation>Calon tidak dapat dibandingkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1068"/>
        <source>Aturan suksesi disimpan; calon dihitung ulang dengan aturan baru.</source>
        <translation>Aturan suksesi disimpan; calon dihitung ulang dengan aturan baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1093"/>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>SuccessionTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="29"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="193"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="488"/>
        <source>Jenjang</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="30"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="489"/>
        <source>Gol.</source>
        <translation>Gol.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="31"/>
        <source>Hukdis</source>
        <translation>Hukdis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="32"/>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="113"/>
        <source>{0} / {1} dari {2}</source>
        <translation>{0} / {1} dari {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="121"/>
        <source>Mendesak</source>
        <translation>Mendesak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="123"/>
        <source>Belum ada yang siap</source>
        <translation>Belum ada yang siap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="125"/>
        <source>Kurang {0} suksesor</source>
        <translation>Kurang {0} suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="128"/>
        <source>Memadai</source>
        <translation>Memadai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="134"/>
        <source>Lowong dalam masa peringatan dan belum ada suksesor yang siap sekarang.</source>
        <translation>Lowong dalam masa peringatan dan belum ada suksesor yang siap sekarang.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="138"/>
        <source>Belum ada suksesor yang siap sekarang.</source>
        <translation>Belum ada suksesor yang siap sekarang.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="140"/>
        <source>Suksesor yang diusulkan kurang dari jumlah yang dibutuhkan jabatan ini.</source>
        <translation>Suksesor yang diusulkan kurang dari jumlah yang dibutuhkan jabatan ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="143"/>
        <source>Ada suksesor siap sekarang dan jumlah suksesor memadai.</source>
        <translation>Ada suksesor siap sekarang dan jumlah suksesor memadai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="149"/>
        <source>(lowong)</source>
        <translation>(lowong)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="154"/>
        <source>Jabatan ini tidak mempunyai pemangku.</source>
        <translation>Jabatan ini tidak mempunyai pemangku.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="163"/>
        <source>Golongan paling rendah {0}; BUP {1} tahun</source>
        <translation>Golongan paling rendah {0}; BUP {1} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="168"/>
        <source>BUP {0} tahun</source>
        <translation>BUP {0} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="176"/>
        <source>{0} siap sekarang, {1} siap kemudian; dibutuhkan {2} suksesor.</source>
        <translation>{0} siap sekarang, {1} siap kemudian; dibutuhkan {2} suksesor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="190"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="191"/>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="192"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="194"/>
        <source>Pemangku</source>
        <translation>Pemangku</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="195"/>
        <source>Perkiraan lowong</source>
        <translation>Perkiraan lowong</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="197"/>
        <source>Siap sekarang / kemudian</source>
        <translation>Siap sekarang / kemudian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="202"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="304"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="205"/>
        <source>Suksesor siap sekarang / siap kemudian, dari jumlah suksesor yang dibutuhkan jabatan ini</source>
        <translation>Suksesor siap sekarang / siap kemudian, dari jumlah suksesor yang dibutuhkan jabatan ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="209"/>
        <source>Tanggal pensiun pemangku menurut BUP jabatan</source>
        <translation>Tanggal pensiun pemangku menurut BUP jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="265"/>
        <source>Keputusan #{0}</source>
        <translation>Keputusan #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="273"/>
        <source>Ditetapkan Komite Talenta (keputusan #{0}); lihat daftar keputusan rapatnya di halaman Komite.</source>
        <translation>Ditetapkan Komite Talenta (keputusan #{0}); lihat daftar keputusan rapatnya di halaman Komite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="277"/>
        <source>Belum ditetapkan komite.</source>
        <translation>Belum ditetapkan komite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="292"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="487"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="296"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="298"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="491"/>
        <source>Kotak</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="302"/>
        <source>Kesiapan</source>
        <translation>Kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="306"/>
        <source>Keputusan komite</source>
        <translation>Keputusan komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="423"/>
        <source>Ada hukuman disiplin dalam masa yang ditentukan aturan suksesi (rincian tidak ditampilkan).</source>
        <translation>Ada hukuman disiplin dalam masa yang ditentukan aturan suksesi (rincian tidak ditampilkan).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="481"/>
        <source>Bandingkan</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="483"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="495"/>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="500"/>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="503"/>
        <source>Centang 2–4 calon, lalu tekan “Bandingkan…”</source>
        <translation>Centang 2–4 calon, lalu tekan “Bandingkan…”</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="506"/>
        <source>Peringkat di antara calon yang memenuhi syarat</source>
        <translation>Peringkat di antara calon yang memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="507"/>
        <source>Nilai talenta periode ini</source>
        <translation>Nilai talenta periode ini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="559"/>
        <source>Suksesor ({0})</source>
        <translation>Suksesor ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="563"/>
        <source>Memenuhi syarat; suksesor {0}</source>
        <translation>Memenuhi syarat; suksesor {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="567"/>
        <source>Memenuhi syarat</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="584"/>
        <source>Pilih untuk dibandingkan (paling banyak {0} calon)</source>
        <translation>Pilih untuk dibandingkan (paling banyak {0} calon)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="592"/>
        <source>memenuhi</source>
        <translation>memenuhi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="594"/>
        <source>tidak memenuhi</source>
        <translation>tidak memenuhi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="741"/>
        <source>Kategori kesiapan</source>
        <translation>Kategori kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="742"/>
        <source>Dihitung siap sekarang</source>
        <translation>Dihitung siap sekarang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="785"/>
        <source>Kode tersimpan: {0}</source>
        <translation>Kode tersimpan: {0}</translation>
    </message>
</context>
<context>
    <name>TalentAnalysisPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="576"/>
        <source>Sebaran dan nilai</source>
        <translation>Sebaran dan nilai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="577"/>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="837"/>
        <source>Pergerakan</source>
        <translation>Pergerakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="578"/>
        <source>Per unit induk</source>
        <translation>Per unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="620"/>
        <source>Matriks pergerakan</source>
        <translation>Matriks pergerakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="638"/>
        <source>makin pekat, makin banyak pegawai</source>
        <translation>makin pekat, makin banyak pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="642"/>
        <source>Naik kelas: jumlah tingkat kinerja dan potensial bertambah. Bergeser: pindah ke kotak lain dengan jumlah tingkat yang sama (satu sumbu naik, yang lain turun).</source>
        <translation>Naik kelas: jumlah tingkat kinerja dan potensial bertambah. Bergeser: pindah ke kotak lain dengan jumlah tingkat yang sama (satu sumbu naik, yang lain turun).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="650"/>
        <source>Pegawai yang berpindah</source>
        <translation>Pegawai yang berpindah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="653"/>
        <source>Semua yang berpindah kotak</source>
        <translation>Semua yang berpindah kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="660"/>
        <source>Semua pegawai</source>
        <translation>Semua pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="665"/>
        <source>Hapus pilihan sel</source>
        <translation>Hapus pilihan sel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="666"/>
        <source>Tampilkan lagi sesuai pilihan di sebelah kiri</source>
        <translation>Tampilkan lagi sesuai pilihan di sebelah kiri</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="725"/>
        <source>Sebaran per unit induk</source>
        <translation>Sebaran per unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="728"/>
        <source>Kolom 1–9: pegawai per kotak; makin pekat warnanya, makin besar porsi unit di kotak itu. Kotak 7–9: persentase di kelompok rencana suksesi. Klik judul kolom untuk mengurutkan.</source>
        <translation>Kolom 1–9: pegawai per kotak; makin pekat warnanya, makin besar porsi unit di kotak itu. Kotak 7–9: persentase di kelompok rencana suksesi. Klik judul kolom untuk mengurutkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="789"/>
        <source>{0} pegawai dipetakan pada periode {1}.</source>
        <translation>{0} pegawai dipetakan pada periode {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="791"/>
        <source>{0} di area tunggu tidak dihitung.</source>
        <translation>{0} di area tunggu tidak dihitung.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="793"/>
        <source>Selisih lebih dari {0} poin ditandai merah.</source>
        <translation>Selisih lebih dari {0} poin ditandai merah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="821"/>
        <source>Sebaran per unit induk ({0} unit)</source>
        <translation>Sebaran per unit induk ({0} unit)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="832"/>
        <source>Belum ada periode sebelumnya yang dipetakan, jadi pergerakan antarperiode belum dapat ditampilkan. Petakan periode sebelumnya untuk membandingkan.</source>
        <translation>Belum ada periode sebelumnya yang dipetakan, jadi pergerakan antarperiode belum dapat ditampilkan. Petakan periode sebelumnya untuk membandingkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="840"/>
        <source>Pergerakan sejak {0}</source>
        <translation>Pergerakan sejak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="845"/>
        <source>Dibandingkan dengan kotak pada periode {0}. Naik kelas: jumlah tingkat kinerja dan potensial bertambah (mis. 5 → 8); turun: berkurang; bergeser: kotak lain dengan jumlah tingkat yang sama (mis. 8 → 7).</source>
        <translation>Dibandingkan dengan kotak pada periode {0}. Naik kelas: jumlah tingkat kinerja dan potensial bertambah (mis. 5 → 8); turun: berkurang; bergeser: kotak lain dengan jumlah tingkat yang sama (mis. 8 → 7).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="859"/>
        <source>Baris: kotak pada {0} · kolom: kotak pada {1}. Klik sel untuk melihat pegawainya.</source>
        <translation>Baris: kotak pada {0} · kolom: kotak pada {1}. Klik sel untuk melihat pegawainya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="896"/>
        <source>Dari kotak {0} ke kotak {1}</source>
        <translation>Dari kotak {0} ke kotak {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="898"/>
        <source>Dari kotak {0}</source>
        <translation>Dari kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="900"/>
        <source>Ke kotak {0}</source>
        <translation>Ke kotak {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="902"/>
        <source>Dipetakan pada kedua periode</source>
        <translation>Dipetakan pada kedua periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="910"/>
        <source>{0} dari {1} pegawai. Klik nama untuk memilih pegawai itu.</source>
        <translation>{0} dari {1} pegawai. Klik nama untuk memilih pegawai itu.</translation>
    </message>
</context>
<context>
    <name>TalentLists</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="36"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="43"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="52"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="58"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="37"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="44"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="53"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="59"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="38"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="45"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="60"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="39"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="61"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="40"/>
        <source>Alasan belum dapat dipetakan</source>
        <translation>Alasan belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="46"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="65"/>
        <source>Kotak hasil hitung</source>
        <translation>Kotak hasil hitung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="47"/>
        <source>Kotak kini</source>
        <translation>Kotak kini</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="48"/>
        <source>Alasan kalibrasi</source>
        <translation>Alasan kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="49"/>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="54"/>
        <source>Kotak hitung sebelumnya</source>
        <translation>Kotak hitung sebelumnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="55"/>
        <source>Kotak hitung baru</source>
        <translation>Kotak hitung baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="62"/>
        <source>Kinerja</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="63"/>
        <source>Potensial</source>
        <translation>Potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="64"/>
        <source>Nilai talenta</source>
        <translation>Nilai talenta</translation>
    </message>
</context>
<context>
    <name>TalentTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="126"/>
        <source>Kotak {0}: kinerja {1}, potensial {2}</source>
        <translation>Kotak {0}: kinerja {1}, potensial {2}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="23"/>
        <source>Terang</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="24"/>
        <source>Gelap</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="25"/>
        <source>Kontras tinggi (proyektor)</source>
        <translation>Kontras tinggi (proyektor)</translation>
    </message>
</context>
<context>
    <name>UnitDistributionModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="522"/>
        <source>{0}: {1} pegawai di kotak {2} ({3} dari unit ini)</source>
        <translation>{0}: {1} pegawai di kotak {2} ({3} dari unit ini)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="529"/>
        <source>Pegawai di kotak 7–9 (kelompok rencana suksesi)</source>
        <translation>Pegawai di kotak 7–9 (kelompok rencana suksesi)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="537"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="539"/>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="541"/>
        <source>Kotak 7–9</source>
        <translation>Kotak 7–9</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="547"/>
        <source>Persentase pegawai unit di kelompok rencana suksesi (kotak 7–9)</source>
        <translation>Persentase pegawai unit di kelompok rencana suksesi (kotak 7–9)</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="64"/>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="65"/>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="66"/>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="70"/>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="72"/>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="89"/>
        <source>minimal {0} karakter</source>
        <translation>minimal {0} karakter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="93"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="97"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="193"/>
        <source>&amp;Amankan dan enkripsi…</source>
        <translation>&amp;Amankan dan enkripsi…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="206"/>
        <source>Belum ada pengguna di database ini.</source>
        <translation>Belum ada pengguna di database ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="211"/>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="212"/>
        <source>Atur ulang kata &amp;sandi…</source>
        <translation>Atur ulang kata &amp;sandi…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="213"/>
        <source>Ubah &amp;peran…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="214"/>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="303"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="215"/>
        <source>&amp;Ganti kata sandi saya…</source>
        <translation>&amp;Ganti kata sandi saya…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="246"/>
        <source>semua, termasuk pengguna, log audit, pemulihan dan retensi data</source>
        <translation>semua, termasuk pengguna, log audit, pemulihan dan retensi data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="248"/>
        <source>melihat data (tanpa hukuman disiplin); tidak mengubah dan tidak mengekspor</source>
        <translation>melihat data (tanpa hukuman disiplin); tidak mengubah dan tidak mengekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="251"/>
        <source>pekerjaan sehari-hari: impor, pemetaan, rapat, pengembangan, suksesi, laporan</source>
        <translation>pekerjaan sehari-hari: impor, pemetaan, rapat, pengembangan, suksesi, laporan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="254"/>
        <source>melihat, mengkalibrasi dalam rapat, dan membuat laporan</source>
        <translation>melihat, mengkalibrasi dalam rapat, dan membuat laporan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="267"/>
        <source>Database demo: tidak terenkripsi dan tanpa pengguna, karena datanya rekaan.</source>
        <translation>Database demo: tidak terenkripsi dan tanpa pengguna, karena datanya rekaan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="270"/>
        <source>Database terenkripsi (SQLCipher). Kuncinya disimpan per pengguna di berkas {0} di samping database: simpan berkas itu bersama database dan cadangannya.</source>
        <translation>Database terenkripsi (SQLCipher). Kuncinya disimpan per pengguna di berkas {0} di samping database: simpan berkas itu bersama database dan cadangannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="275"/>
        <source>Database ini belum terenkripsi: siapa pun yang memegang berkasnya dapat membacanya. Administrator dapat membuat akun pertama dan mengenkripsinya.</source>
        <translation>Database ini belum terenkripsi: siapa pun yang memegang berkasnya dapat membacanya. Administrator dapat membuat akun pertama dan mengenkripsinya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="279"/>
        <source>Database server: keamanannya diatur di server basis data.</source>
        <translation>Database server: keamanannya diatur di server basis data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="303"/>
        <source>&amp;Aktifkan…</source>
        <translation>&amp;Aktifkan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="317"/>
        <source>Pengguna {0} ({1}) ditambahkan.</source>
        <translation>Pengguna {0} ({1}) ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="322"/>
        <source>Kata sandi {0} diganti.</source>
        <translation>Kata sandi {0} diganti.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="326"/>
        <source>Kata sandi Anda diganti.</source>
        <translation>Kata sandi Anda diganti.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="333"/>
        <source>Peran {0} diubah.</source>
        <translation>Peran {0} diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="341"/>
        <source>Pengguna {0} diaktifkan kembali.</source>
        <translation>Pengguna {0} diaktifkan kembali.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="345"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Nonaktifkan pengguna</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="347"/>
        <source>Nonaktifkan {0}? Ia tidak dapat membuka database lagi; catatan dan keputusannya tetap ada.</source>
        <translation>Nonaktifkan {0}? Ia tidak dapat membuka database lagi; catatan dan keputusannya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="349"/>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="350"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="358"/>
        <source>Pengguna {0} dinonaktifkan.</source>
        <translation>Pengguna {0} dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="370"/>
        <source>Database dienkripsi. Anda kini masuk sebagai {0} (Administrator).</source>
        <translation>Database dienkripsi. Anda kini masuk sebagai {0} (Administrator).</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="57"/>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../talenta_desktop/app.py" line="194"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="35"/>
        <source>dd-mm-yyyy, yyyy-mm-dd, &apos;17 Agustus 1980&apos;, atau sel tanggal</source>
        <translation>dd-mm-yyyy, yyyy-mm-dd, &apos;17 Agustus 1980&apos;, atau sel tanggal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="43"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali; gunakan {forms}.</source>
        <translation>Tanggal &apos;{value}&apos; tidak dikenali; gunakan {forms}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="45"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali ({reason}); gunakan {forms}.</source>
        <translation>Tanggal &apos;{value}&apos; tidak dikenali ({reason}); gunakan {forms}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="51"/>
        <source>Tanggal wajib diisi.</source>
        <translation>Tanggal wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="58"/>
        <source>tanggal itu tidak ada di kalender</source>
        <translation>tanggal itu tidak ada di kalender</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="73"/>
        <source>hanya tahun, bukan tanggal lengkap</source>
        <translation>hanya tahun, bukan tanggal lengkap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="76"/>
        <source>angka ini bukan nomor seri tanggal lembar kerja</source>
        <translation>angka ini bukan nomor seri tanggal lembar kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="95"/>
        <source>nama bulan &apos;{month}&apos; tidak dikenal</source>
        <translation>nama bulan &apos;{month}&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="104"/>
        <source>tahun dua digit membingungkan; tulis tahun lengkap</source>
        <translation>tahun dua digit membingungkan; tulis tahun lengkap</translation>
    </message>
</context>
<context>
    <name>domain.golongan</name>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="90"/>
        <source>PNS &apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;; PPPK &apos;V&apos;–&apos;XVII&apos; (golongan PPPK I–IV dan angka 1–17 hanya bila jenis pegawai PPPK)</source>
        <translation>PNS &apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;; PPPK &apos;V&apos;–&apos;XVII&apos; (golongan PPPK I–IV dan angka 1–17 hanya bila jenis pegawai PPPK)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="95"/>
        <source>&apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;</source>
        <translation>&apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="99"/>
        <source>angka romawi &apos;I&apos;–&apos;XVII&apos; (mis. &apos;IX&apos; atau &apos;Gol. IX&apos;) atau angka 1–17</source>
        <translation>angka romawi &apos;I&apos;–&apos;XVII&apos; (mis. &apos;IX&apos; atau &apos;Gol. IX&apos;) atau angka 1–17</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="103"/>
        <source>Golongan PNS harus disertai ruang (mis. &apos;III/c&apos;).</source>
        <translation>Golongan PNS harus disertai ruang (mis. &apos;III/c&apos;).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="110"/>
        <source>Golongan &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</source>
        <translation>Golongan &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="114"/>
        <source>Golongan &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</source>
        <translation>Golongan &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="119"/>
        <source>Golongan {kind} &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</source>
        <translation>Golongan {kind} &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="123"/>
        <source>Golongan {kind} &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</source>
        <translation>Golongan {kind} &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="140"/>
        <source>Jenis pegawai &apos;{kind}&apos; tidak dikenali; gunakan PNS atau PPPK.</source>
        <translation>Jenis pegawai &apos;{kind}&apos; tidak dikenali; gunakan PNS atau PPPK.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="156"/>
        <source>Angka golongan tanpa ruang hanya berlaku untuk PPPK.</source>
        <translation>Angka golongan tanpa ruang hanya berlaku untuk PPPK.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="167"/>
        <source>PPPK tidak memakai ruang maupun nama pangkat.</source>
        <translation>PPPK tidak memakai ruang maupun nama pangkat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="189"/>
        <source>Ruang &apos;e&apos; hanya ada pada golongan IV.</source>
        <translation>Ruang &apos;e&apos; hanya ada pada golongan IV.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="202"/>
        <source>Golongan &apos;{roman}&apos; tanpa ruang bisa berarti PNS maupun PPPK: untuk PNS sebutkan ruangnya (mis. &apos;{roman}/c&apos;); untuk PPPK tetapkan jenis pegawai.</source>
        <translation>Golongan &apos;{roman}&apos; tanpa ruang bisa berarti PNS maupun PPPK: untuk PNS sebutkan ruangnya (mis. &apos;{roman}/c&apos;); untuk PPPK tetapkan jenis pegawai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="229"/>
        <location filename="../../talenta_desktop/domain/golongan.py" line="239"/>
        <location filename="../../talenta_desktop/domain/golongan.py" line="254"/>
        <source>Golongan wajib diisi.</source>
        <translation>Golongan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="274"/>
        <source>Nama pangkat dan golongan tidak cocok: {first} dan {second}.</source>
        <translation>Nama pangkat dan golongan tidak cocok: {first} dan {second}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="296"/>
        <source>Kode golongan &apos;{value}&apos; tidak dikenali; kode PNS 11–45 (mis. 33 = III/c), kode PPPK I–XVII.</source>
        <translation>Kode golongan &apos;{value}&apos; tidak dikenali; kode PNS 11–45 (mis. 33 = III/c), kode PPPK I–XVII.</translation>
    </message>
</context>
<context>
    <name>domain.jabatan</name>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="68"/>
        <source>Jenis jabatan wajib diisi.</source>
        <translation>Jenis jabatan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="76"/>
        <source>Jenis jabatan &apos;{value}&apos; tidak dikenal; gunakan Struktural, Fungsional atau Pelaksana.</source>
        <translation>Jenis jabatan &apos;{value}&apos; tidak dikenal; gunakan Struktural, Fungsional atau Pelaksana.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="98"/>
        <source>Eselon &apos;{value}&apos; tidak dikenal; gunakan misalnya II.b, III.a, IV.a atau kode SIASN 22.</source>
        <translation>Eselon &apos;{value}&apos; tidak dikenal; gunakan misalnya II.b, III.a, IV.a atau kode SIASN 22.</translation>
    </message>
</context>
<context>
    <name>domain.nip</name>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="45"/>
        <source>laki-laki</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="46"/>
        <source>perempuan</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="68"/>
        <source>NIP &apos;{value}&apos; tersimpan sebagai angka sehingga digit terakhirnya hilang; ubah format kolom menjadi Teks lalu ketik ulang NIP.</source>
        <translation>NIP &apos;{value}&apos; tersimpan sebagai angka sehingga digit terakhirnya hilang; ubah format kolom menjadi Teks lalu ketik ulang NIP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="78"/>
        <source>NIP wajib diisi.</source>
        <translation>NIP wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="86"/>
        <source>NIP &apos;{value}&apos; hanya boleh berisi angka 0–9; ditemukan {found}.</source>
        <translation>NIP &apos;{value}&apos; hanya boleh berisi angka 0–9; ditemukan {found}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="151"/>
        <source>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit. Ini tampak seperti NIP lama (9 digit); isikan NIP baru.</source>
        <translation>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit. Ini tampak seperti NIP lama (9 digit); isikan NIP baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="157"/>
        <source>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit.</source>
        <translation>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="172"/>
        <source>NIP &apos;{value}&apos;: 8 digit pertama ({part}) bukan tanggal lahir yang sah (format tahun-bulan-tanggal, TTTTBBHH).</source>
        <translation>NIP &apos;{value}&apos;: 8 digit pertama ({part}) bukan tanggal lahir yang sah (format tahun-bulan-tanggal, TTTTBBHH).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="182"/>
        <source>NIP &apos;{value}&apos;: tanggal lahir {birth_date} tidak wajar (tahun lahir harus antara {min_year} dan {max_year}, bukan tanggal mendatang).</source>
        <translation>NIP &apos;{value}&apos;: tanggal lahir {birth_date} tidak wajar (tahun lahir harus antara {min_year} dan {max_year}, bukan tanggal mendatang).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="201"/>
        <source>NIP &apos;{value}&apos;: TMT CPNS {part} (tahun {year}) harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</source>
        <translation>NIP &apos;{value}&apos;: TMT CPNS {part} (tahun {year}) harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="207"/>
        <source>NIP &apos;{value}&apos;: tahun pengangkatan PPPK {year} harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</source>
        <translation>NIP &apos;{value}&apos;: tahun pengangkatan PPPK {year} harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="249"/>
        <source>NIP &apos;{value}&apos;: digit ke-13–14 (&apos;{part}&apos;) bukan struktur NIP PNS (bulan 01–12) maupun PPPK (21–29).</source>
        <translation>NIP &apos;{value}&apos;: digit ke-13–14 (&apos;{part}&apos;) bukan struktur NIP PNS (bulan 01–12) maupun PPPK (21–29).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="260"/>
        <source>NIP &apos;{value}&apos;: digit ke-15 (&apos;{part}&apos;) harus 1 (laki-laki) atau 2 (perempuan).</source>
        <translation>NIP &apos;{value}&apos;: digit ke-15 (&apos;{part}&apos;) harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="269"/>
        <source>NIP &apos;{value}&apos;: nomor urut (3 digit terakhir) harus 001–999, bukan 000.</source>
        <translation>NIP &apos;{value}&apos;: nomor urut (3 digit terakhir) harus 001–999, bukan 000.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="319"/>
        <source>Tanggal lahir {stated} berbeda dengan tanggal lahir pada NIP {nip} ({encoded}).</source>
        <translation>Tanggal lahir {stated} berbeda dengan tanggal lahir pada NIP {nip} ({encoded}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="332"/>
        <source>Jenis kelamin {stated} berbeda dengan NIP {nip} (digit ke-15 &apos;{digit}&apos; berarti {encoded}).</source>
        <translation>Jenis kelamin {stated} berbeda dengan NIP {nip} (digit ke-15 &apos;{digit}&apos; berarti {encoded}).</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="38"/>
        <source>Jenis kelamin wajib diisi.</source>
        <translation>Jenis kelamin wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="47"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal; gunakan L/P, Laki-laki/Perempuan atau Pria/Wanita.</source>
        <translation>Jenis kelamin &apos;{value}&apos; tidak dikenal; gunakan L/P, Laki-laki/Perempuan atau Pria/Wanita.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="59"/>
        <source>Jenis pegawai wajib diisi.</source>
        <translation>Jenis pegawai wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="69"/>
        <source>Jenis pegawai &apos;{value}&apos; tidak dikenal; gunakan PNS, CPNS atau PPPK.</source>
        <translation>Jenis pegawai &apos;{value}&apos; tidak dikenal; gunakan PNS, CPNS atau PPPK.</translation>
    </message>
</context>
<context>
    <name>domain.skp</name>
    <message>
        <location filename="../../talenta_desktop/domain/skp.py" line="104"/>
        <source>Penilaian &apos;{value}&apos; tidak dikenali; gunakan &apos;Di Bawah Ekspektasi&apos;, &apos;Sesuai Ekspektasi&apos; atau &apos;Di Atas Ekspektasi&apos; (atau angka 1, 2, 3).</source>
        <translation>Penilaian &apos;{value}&apos; tidak dikenali; gunakan &apos;Di Bawah Ekspektasi&apos;, &apos;Sesuai Ekspektasi&apos; atau &apos;Di Atas Ekspektasi&apos; (atau angka 1, 2, 3).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/skp.py" line="157"/>
        <source>Predikat &apos;{value}&apos; tidak dikenali; gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.</source>
        <translation>Predikat &apos;{value}&apos; tidak dikenali; gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.</translation>
    </message>
</context>
<context>
    <name>models.db</name>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="117"/>
        <source>Enkripsi hanya untuk database berkas SQLite.</source>
        <translation>Enkripsi hanya untuk database berkas SQLite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="246"/>
        <source>Salinan cadangan {target} rusak; migrasi dibatalkan.</source>
        <translation>Salinan cadangan {target} rusak; migrasi dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="260"/>
        <source>Salinan dibatalkan.</source>
        <translation>Salinan dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="291"/>
        <source>Salinan terenkripsi {name} gagal diperiksa.</source>
        <translation>Salinan terenkripsi {name} gagal diperiksa.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="311"/>
        <source>Database tidak ditemukan: {path}</source>
        <translation>Database tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="316"/>
        <source>{name} bukan database SQLite yang dapat dibuka: bukan database Talenta Desktop, rusak, atau terenkripsi tanpa berkas kuncinya ({key_file}). Berkas tidak diubah.</source>
        <translation>{name} bukan database SQLite yang dapat dibuka: bukan database Talenta Desktop, rusak, atau terenkripsi tanpa berkas kuncinya ({key_file}). Berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="325"/>
        <source>Database {name} terenkripsi: masuk dengan nama pengguna dan kata sandi (di baris perintah: --user NAMA, kata sandi dari TALENTA_PASSWORD atau ditanyakan).</source>
        <translation>Database {name} terenkripsi: masuk dengan nama pengguna dan kata sandi (di baris perintah: --user NAMA, kata sandi dari TALENTA_PASSWORD atau ditanyakan).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="341"/>
        <source>Database {name} tidak dapat dibuka: {exc}</source>
        <translation>Database {name} tidak dapat dibuka: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="366"/>
        <source>Database {name} tidak dapat dibuka dengan kunci ini: berkas kuncinya milik database lain, atau database rusak. Berkas tidak diubah.</source>
        <translation>Database {name} tidak dapat dibuka dengan kunci ini: berkas kuncinya milik database lain, atau database rusak. Berkas tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="374"/>
        <source>{name} bukan database SQLite yang dapat dibaca ({exc}); tidak diubah.</source>
        <translation>{name} bukan database SQLite yang dapat dibaca ({exc}); tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="389"/>
        <source>Berkas ini bukan database Talenta Desktop (tabelnya tidak dikenal); tidak dibuka.</source>
        <translation>Berkas ini bukan database Talenta Desktop (tabelnya tidak dikenal); tidak dibuka.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="401"/>
        <source>Database ini dibuat oleh versi Talenta Desktop yang lebih baru (skema {revision}). Perbarui aplikasi untuk membukanya; database tidak diubah.</source>
        <translation>Database ini dibuat oleh versi Talenta Desktop yang lebih baru (skema {revision}). Perbarui aplikasi untuk membukanya; database tidak diubah.</translation>
    </message>
</context>
<context>
    <name>models.encryption</name>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="51"/>
        <source>Pengguna {username} dikunci sementara setelah {attempts} kali salah kata sandi; coba lagi setelah pukul {time}.</source>
        <translation>Pengguna {username} dikunci sementara setelah {attempts} kali salah kata sandi; coba lagi setelah pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="130"/>
        <source>Database {database} terenkripsi, tetapi berkas kuncinya ({key_file}) tidak ada di sampingnya. Salin berkas kunci dari tempat database berasal atau dari cadangan.</source>
        <translation>Database {database} terenkripsi, tetapi berkas kuncinya ({key_file}) tidak ada di sampingnya. Salin berkas kunci dari tempat database berasal atau dari cadangan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="141"/>
        <source>bukan berkas kunci Talenta</source>
        <translation>bukan berkas kunci Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="144"/>
        <source>dibuat oleh versi Talenta Desktop yang lebih baru</source>
        <translation>dibuat oleh versi Talenta Desktop yang lebih baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="152"/>
        <source>Berkas kunci {key_file} tidak dapat dibaca: {reason}</source>
        <translation>Berkas kunci {key_file} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="210"/>
        <source>Slot kunci pengguna {username} di {key_file} rusak; administrator dapat mengatur ulang kata sandinya.</source>
        <translation>Slot kunci pengguna {username} di {key_file} rusak; administrator dapat mengatur ulang kata sandinya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="236"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="259"/>
        <source>Nama pengguna atau kata sandi salah. Tersisa {left} kali percobaan sebelum pengguna dikunci sementara.</source>
        <translation>Nama pengguna atau kata sandi salah. Tersisa {left} kali percobaan sebelum pengguna dikunci sementara.</translation>
    </message>
</context>
<context>
    <name>models.migrations.env</name>
    <message>
        <location filename="../../talenta_desktop/models/migrations/env.py" line="31"/>
        <source>Migrasi dibatalkan: data melanggar kunci asing; database tidak diubah.</source>
        <translation>Migrasi dibatalkan: data melanggar kunci asing; database tidak diubah.</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="144"/>
        <source>peristiwa #{event} hilang dari rantai</source>
        <translation>peristiwa #{event} hilang dari rantai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="149"/>
        <source>tidak tersambung ke peristiwa sebelumnya</source>
        <translation>tidak tersambung ke peristiwa sebelumnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="152"/>
        <source>isinya telah diubah setelah dicatat</source>
        <translation>isinya telah diubah setelah dicatat</translation>
    </message>
</context>
<context>
    <name>services.audit_log</name>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="144"/>
        <source>terbuka</source>
        <translation>terbuka</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="145"/>
        <source>ditutup</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="146"/>
        <source>siap sekarang</source>
        <translation>siap sekarang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="147"/>
        <source>siap 1–2 tahun</source>
        <translation>siap 1–2 tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="148"/>
        <source>siap 3+ tahun</source>
        <translation>siap 3+ tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="149"/>
        <source>tidak hadir</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="150"/>
        <source>bawahan langsung</source>
        <translation>bawahan langsung</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="553"/>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="554"/>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="581"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="645"/>
        <source>periode</source>
        <translation>periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="582"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="583"/>
        <source>kotak</source>
        <translation>kotak</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="584"/>
        <source>alasan</source>
        <translation>alasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="585"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="586"/>
        <source>nomor</source>
        <translation>nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="587"/>
        <source>tanggal rapat</source>
        <translation>tanggal rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="588"/>
        <source>mengoreksi rapat</source>
        <translation>mengoreksi rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="589"/>
        <source>tugas</source>
        <translation>tugas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="590"/>
        <source>tenggat</source>
        <translation>tenggat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="591"/>
        <source>panjang teks</source>
        <translation>panjang teks</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="592"/>
        <source>jenis</source>
        <translation>jenis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="593"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="594"/>
        <source>nama</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="595"/>
        <source>nama lengkap</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="596"/>
        <source>versi</source>
        <translation>versi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="597"/>
        <source>bawaan aplikasi</source>
        <translation>bawaan aplikasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="598"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="599"/>
        <source>berkas</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="600"/>
        <source>baris</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="601"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="602"/>
        <source>selesai pada</source>
        <translation>selesai pada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="603"/>
        <source>bukti</source>
        <translation>bukti</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="604"/>
        <source>peran</source>
        <translation>peran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="605"/>
        <source>hubungan</source>
        <translation>hubungan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="606"/>
        <source>kesiapan</source>
        <translation>kesiapan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="607"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="608"/>
        <source>jabatan</source>
        <translation>jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="609"/>
        <source>kuorum</source>
        <translation>kuorum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="610"/>
        <source>dibahas</source>
        <translation>dibahas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="611"/>
        <source>acara</source>
        <translation>acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="612"/>
        <source>dipetakan</source>
        <translation>dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="613"/>
        <source>belum dapat dipetakan</source>
        <translation>belum dapat dipetakan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="614"/>
        <source>berubah</source>
        <translation>berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="615"/>
        <source>dibuat</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="616"/>
        <source>sudah ada</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="617"/>
        <source>tahun SKP</source>
        <translation>tahun SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="618"/>
        <source>tanggal acuan</source>
        <translation>tanggal acuan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="619"/>
        <source>masa berlaku asesmen</source>
        <translation>masa berlaku asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="620"/>
        <source>nomor SK</source>
        <translation>nomor SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="621"/>
        <source>tanggal SK</source>
        <translation>tanggal SK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="622"/>
        <source>diwakili</source>
        <translation>diwakili</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="623"/>
        <source>urutan tanda tangan</source>
        <translation>urutan tanda tangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="624"/>
        <source>aktif</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="625"/>
        <source>judul</source>
        <translation>judul</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="626"/>
        <source>skema</source>
        <translation>skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="627"/>
        <source>bawaan</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="628"/>
        <source>catatan</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="629"/>
        <source>gagal</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="630"/>
        <source>terkunci sampai</source>
        <translation>terkunci sampai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="631"/>
        <source>salinan</source>
        <translation>salinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="632"/>
        <source>data sensitif</source>
        <translation>data sensitif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="633"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="634"/>
        <source>saringan</source>
        <translation>saringan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="635"/>
        <source>sumber</source>
        <translation>sumber</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="636"/>
        <source>instansi</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="637"/>
        <source>unit kerja</source>
        <translation>unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="638"/>
        <source>pegawai</source>
        <translation>pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="639"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="640"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="641"/>
        <source>baris SKP</source>
        <translation>baris SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="642"/>
        <source>asesmen</source>
        <translation>asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="643"/>
        <source>baris diklat</source>
        <translation>baris diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="644"/>
        <source>baris hukuman disiplin</source>
        <translation>baris hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="646"/>
        <source>kalibrasi</source>
        <translation>kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="647"/>
        <source>ukuran</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="648"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="649"/>
        <source>lembar</source>
        <translation>lembar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="650"/>
        <source>baru</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="651"/>
        <source>diperbarui</source>
        <translation>diperbarui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="652"/>
        <source>tidak berubah</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="653"/>
        <source>tidak valid</source>
        <translation>tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="654"/>
        <source>lewati baris tidak valid</source>
        <translation>lewati baris tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="655"/>
        <source>unit kerja baru</source>
        <translation>unit kerja baru</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="656"/>
        <source>nomor pegawai</source>
        <translation>nomor pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="657"/>
        <source>pemangku (nomor pegawai)</source>
        <translation>pemangku (nomor pegawai)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="658"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="659"/>
        <source>lokasi berkas</source>
        <translation>lokasi berkas</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="660"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="661"/>
        <source>sidik jari</source>
        <translation>sidik jari</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="662"/>
        <source>kolom</source>
        <translation>kolom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="663"/>
        <source>nomor kalibrasi</source>
        <translation>nomor kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="664"/>
        <source>membatalkan kalibrasi nomor</source>
        <translation>membatalkan kalibrasi nomor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="665"/>
        <source>nomor keputusan</source>
        <translation>nomor keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="666"/>
        <source>nomor suksesor</source>
        <translation>nomor suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="667"/>
        <source>nomor kegiatan</source>
        <translation>nomor kegiatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="668"/>
        <source>nomor tindak lanjut</source>
        <translation>nomor tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="669"/>
        <source>nomor anggota komite</source>
        <translation>nomor anggota komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="670"/>
        <source>nomor rapat</source>
        <translation>nomor rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="671"/>
        <source>nomor pemetaan</source>
        <translation>nomor pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="672"/>
        <source>nomor skema</source>
        <translation>nomor skema</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="673"/>
        <source>nomor rencana</source>
        <translation>nomor rencana</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="674"/>
        <source>nomor periode</source>
        <translation>nomor periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="675"/>
        <source>nomor unit kerja</source>
        <translation>nomor unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="686"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="727"/>
        <source>kotak {before} → {after}, periode {period}</source>
        <translation>kotak {before} → {after}, periode {period}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="735"/>
        <source>alasan: {reason}</source>
        <translation>alasan: {reason}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="741"/>
        <source>{file}, {rows} baris, periode {period}</source>
        <translation>{file}, {rows} baris, periode {period}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="750"/>
        <source>{file}, {rows} baris</source>
        <translation>{file}, {rows} baris</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="758"/>
        <source>{file}: {new} baru, {updated} diperbarui, {invalid} tidak valid</source>
        <translation>{file}: {new} baru, {updated} diperbarui, {invalid} tidak valid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="770"/>
        <source>{instansi}: {personnel} pegawai, {units} unit kerja, seed {seed}</source>
        <translation>{instansi}: {personnel} pegawai, {units} unit kerja, seed {seed}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="782"/>
        <source>{placed} dipetakan, {holding} belum dapat dipetakan, skema {scheme}</source>
        <translation>{placed} dipetakan, {holding} belum dapat dipetakan, skema {scheme}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="793"/>
        <source>pengguna {username}</source>
        <translation>pengguna {username}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="815"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="915"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</source>
        <translation>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="922"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="929"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="935"/>
        <source>Menulis {done} dari {total} peristiwa</source>
        <translation>Menulis {done} dari {total} peristiwa</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="958"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="116"/>
        <source>Cadangan dengan salinan berkas hanya untuk database SQLite; gunakan alat basis data.</source>
        <translation>Cadangan dengan salinan berkas hanya untuk database SQLite; gunakan alat basis data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="131"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>Berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="134"/>
        <source>{name} terenkripsi atau bukan database SQLite; salinan terenkripsi hanya dapat dipulihkan ke database terenkripsi yang sama.</source>
        <translation>{name} terenkripsi atau bukan database SQLite; salinan terenkripsi hanya dapat dipulihkan ke database terenkripsi yang sama.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="145"/>
        <source>{name} tidak dapat dibuka: {exc}</source>
        <translation>{name} tidak dapat dibuka: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="152"/>
        <source>{name} rusak (pemeriksaan integritas SQLite gagal).</source>
        <translation>{name} rusak (pemeriksaan integritas SQLite gagal).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="158"/>
        <source>{name} bukan database Talenta Desktop.</source>
        <translation>{name} bukan database Talenta Desktop.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="167"/>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="181"/>
        <source>{name} bukan database SQLite yang dapat dibaca: {exc}</source>
        <translation>{name} bukan database SQLite yang dapat dibaca: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="213"/>
        <source>Cadangan tidak boleh menimpa database itu sendiri.</source>
        <translation>Cadangan tidak boleh menimpa database itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="224"/>
        <source>Cadangan {target} tidak dapat ditulis: {exc}</source>
        <translation>Cadangan {target} tidak dapat ditulis: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="358"/>
        <source>Pemulihan gagal diperiksa; database sebelumnya tersimpan di {path}.</source>
        <translation>Pemulihan gagal diperiksa; database sebelumnya tersimpan di {path}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="369"/>
        <source>Pemulihan gagal ({exc}); database tidak diubah, dan salinannya ada di {path}.</source>
        <translation>Pemulihan gagal ({exc}); database tidak diubah, dan salinannya ada di {path}.</translation>
    </message>
</context>
<context>
    <name>services.berita_acara_template</name>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="101"/>
        <source>Paragraf pembuka wajib diisi.</source>
        <translation>Paragraf pembuka wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="109"/>
        <source>Paragraf pembuka: kurung kurawal {{ }} hanya dipakai untuk penanda seperti {example}; tulis {{{{ atau }}}} untuk kurung kurawal biasa.</source>
        <translation>Paragraf pembuka: kurung kurawal {{ }} hanya dipakai untuk penanda seperti {example}; tulis {{{{ atau }}}} untuk kurung kurawal biasa.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="120"/>
        <source>Paragraf pembuka: penanda {placeholder} tidak dikenal (yang tersedia: {known}).</source>
        <translation>Paragraf pembuka: penanda {placeholder} tidak dikenal (yang tersedia: {known}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="131"/>
        <source>Paragraf penutup wajib diisi.</source>
        <translation>Paragraf penutup wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="136"/>
        <source>Penanda tangan: pilihan {choice} tidak dikenal.</source>
        <translation>Penanda tangan: pilihan {choice} tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="147"/>
        <source>Logo: berkas {name} bukan gambar PNG atau JPG.</source>
        <translation>Logo: berkas {name} bukan gambar PNG atau JPG.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="156"/>
        <source>Logo: berkas {path} tidak ditemukan.</source>
        <translation>Logo: berkas {path} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="165"/>
        <source>Mengetahui: isi jabatan dan nama penanda tangan, atau kosongkan keduanya.</source>
        <translation>Mengetahui: isi jabatan dan nama penanda tangan, atau kosongkan keduanya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="177"/>
        <source>Mengetahui: NIP {nip} tidak valid: {reason}</source>
        <translation>Mengetahui: NIP {nip} tidak valid: {reason}</translation>
    </message>
</context>
<context>
    <name>services.bkn_workbook</name>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="358"/>
        <source>Lembar kerja BKN tidak dapat dibuat: {exc}</source>
        <translation>Lembar kerja BKN tidak dapat dibuat: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="362"/>
        <source>Periode {label} belum pernah dipetakan; jalankan pemetaan periode ini terlebih dahulu sebelum membuat lembar kerja BKN.</source>
        <translation>Periode {label} belum pernah dipetakan; jalankan pemetaan periode ini terlebih dahulu sebelum membuat lembar kerja BKN.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="558"/>
        <source>Kolom tidak dikenal untuk lembar kerja BKN: {columns}.</source>
        <translation>Kolom tidak dikenal untuk lembar kerja BKN: {columns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="909"/>
        <source>Lembar kerja BKN ditulis sebagai .xlsx, bukan &apos;{suffix}&apos;.</source>
        <translation>Lembar kerja BKN ditulis sebagai .xlsx, bukan &apos;{suffix}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="916"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="975"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1034"/>
        <source>Berkas {source} tidak ditemukan.</source>
        <translation>Berkas {source} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1040"/>
        <source>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</source>
        <translation>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1051"/>
        <source>Berkas {name} bukan lembar kerja BKN yang utuh: lembar {missing} tidak ada (lembar yang ada: {present}).</source>
        <translation>Berkas {name} bukan lembar kerja BKN yang utuh: lembar {missing} tidak ada (lembar yang ada: {present}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1059"/>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1067"/>
        <source>Lembar &apos;{sheet}&apos; di {name} rusak dan tidak dapat dibaca: {exc}</source>
        <translation>Lembar &apos;{sheet}&apos; di {name} rusak dan tidak dapat dibaca: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1080"/>
        <source>Lembar &apos;{sheet}&apos; di {name} kosong: judul kolom pun tidak ada.</source>
        <translation>Lembar &apos;{sheet}&apos; di {name} kosong: judul kolom pun tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1114"/>
        <source>Lembar &apos;{sheet}&apos; di {name} tidak memuat &apos;{field}&apos;.</source>
        <translation>Lembar &apos;{sheet}&apos; di {name} tidak memuat &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1122"/>
        <source>Lembar &apos;{sheet}&apos; di {name} berisi {found} baris data, sedangkan Metadata mencatat {rows}; baris telah ditambah atau dihapus setelah diekspor.</source>
        <translation>Lembar &apos;{sheet}&apos; di {name} berisi {found} baris data, sedangkan Metadata mencatat {rows}; baris telah ditambah atau dihapus setelah diekspor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1135"/>
        <source>SHA-256 lembar &apos;{sheet}&apos; di {name} tidak cocok dengan Metadata (tercatat {recorded}, dihitung {computed}): isi data telah berubah setelah diekspor.</source>
        <translation>SHA-256 lembar &apos;{sheet}&apos; di {name} tidak cocok dengan Metadata (tercatat {recorded}, dihitung {computed}): isi data telah berubah setelah diekspor.</translation>
    </message>
</context>
<context>
    <name>services.committee</name>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="74"/>
        <source>Komite ini sudah mempunyai ketua.</source>
        <translation>Komite ini sudah mempunyai ketua.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="75"/>
        <source>Komite ini sudah mempunyai sekretaris.</source>
        <translation>Komite ini sudah mempunyai sekretaris.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="78"/>
        <source>Keputusan keanggotaan kelompok rencana suksesi harus menyebut pegawainya.</source>
        <translation>Keputusan keanggotaan kelompok rencana suksesi harus menyebut pegawainya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="81"/>
        <source>Keputusan suksesor jabatan target harus menyebut pegawainya.</source>
        <translation>Keputusan suksesor jabatan target harus menyebut pegawainya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="84"/>
        <source>Keputusan persetujuan rencana pengembangan harus menyebut pegawainya.</source>
        <translation>Keputusan persetujuan rencana pengembangan harus menyebut pegawainya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="161"/>
        <source>Nama komite dan nomor SK wajib diisi.</source>
        <translation>Nama komite dan nomor SK wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="164"/>
        <source>Masa tugas berakhir ({serves_until}) sebelum dimulai.</source>
        <translation>Masa tugas berakhir ({serves_until}) sebelum dimulai.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="169"/>
        <source>Kuorum harus paling sedikit 1 anggota, bukan {quorum}.</source>
        <translation>Kuorum harus paling sedikit 1 anggota, bukan {quorum}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="199"/>
        <location filename="../../talenta_desktop/services/committee.py" line="386"/>
        <source>Komite #{committee_id} tidak ditemukan.</source>
        <translation>Komite #{committee_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="204"/>
        <location filename="../../talenta_desktop/services/committee.py" line="269"/>
        <source>Peran anggota harus ketua, sekretaris atau anggota, bukan &apos;{role}&apos;.</source>
        <translation>Peran anggota harus ketua, sekretaris atau anggota, bukan &apos;{role}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="213"/>
        <location filename="../../talenta_desktop/services/committee.py" line="667"/>
        <location filename="../../talenta_desktop/services/committee.py" line="704"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Pegawai #{person_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="222"/>
        <source>Nama anggota wajib diisi.</source>
        <translation>Nama anggota wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="263"/>
        <source>Anggota #{member_id} tidak ditemukan.</source>
        <translation>Anggota #{member_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="285"/>
        <source>Urutan tanda tangan harus 1 atau lebih, bukan {sign_order}.</source>
        <translation>Urutan tanda tangan harus 1 atau lebih, bukan {sign_order}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="336"/>
        <source>Rapat #{meeting_id} tidak ditemukan.</source>
        <translation>Rapat #{meeting_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="346"/>
        <source>Rapat {number} sudah difinalkan dan terkunci; koreksi dilakukan melalui rapat baru yang merujuk rapat ini.</source>
        <translation>Rapat {number} sudah difinalkan dan terkunci; koreksi dilakukan melalui rapat baru yang merujuk rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="392"/>
        <source>Periode &apos;{period_label}&apos; tidak ditemukan.</source>
        <translation>Periode &apos;{period_label}&apos; tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="398"/>
        <source>Nomor berita acara dan tempat rapat wajib diisi.</source>
        <translation>Nomor berita acara dan tempat rapat wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="404"/>
        <source>Nomor berita acara &apos;{number}&apos; sudah dipakai rapat lain.</source>
        <translation>Nomor berita acara &apos;{number}&apos; sudah dipakai rapat lain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="411"/>
        <source>Rapat koreksi hanya dapat merujuk rapat yang sudah difinalkan.</source>
        <translation>Rapat koreksi hanya dapat merujuk rapat yang sudah difinalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="481"/>
        <source>Dihadiri {present} dari {members} anggota (kuorum terpenuhi: paling sedikit {required}).</source>
        <translation>Dihadiri {present} dari {members} anggota (kuorum terpenuhi: paling sedikit {required}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="486"/>
        <source>Dihadiri {present} dari {members} anggota (kuorum belum terpenuhi: paling sedikit {required}).</source>
        <translation>Dihadiri {present} dari {members} anggota (kuorum belum terpenuhi: paling sedikit {required}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="504"/>
        <source>Status kehadiran harus hadir, tidak_hadir atau diwakili, bukan &apos;{status}&apos;.</source>
        <translation>Status kehadiran harus hadir, tidak_hadir atau diwakili, bukan &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="513"/>
        <location filename="../../talenta_desktop/services/committee.py" line="739"/>
        <source>Anggota #{member_id} bukan anggota komite rapat ini.</source>
        <translation>Anggota #{member_id} bukan anggota komite rapat ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="518"/>
        <source>{nama} diwakili: nama wakilnya wajib diisi.</source>
        <translation>{nama} diwakili: nama wakilnya wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="579"/>
        <source>Rapat {number} masih berlangsung; tutup dulu sebelum membuka rapat lain.</source>
        <translation>Rapat {number} masih berlangsung; tutup dulu sebelum membuka rapat lain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="588"/>
        <source>Rapat belum dapat dimulai: {quorum}</source>
        <translation>Rapat belum dapat dimulai: {quorum}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="614"/>
        <source>Rapat {number} belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung.</source>
        <translation>Rapat {number} belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="698"/>
        <source>Jenis keputusan tidak dikenal: &apos;{kind}&apos;.</source>
        <translation>Jenis keputusan tidak dikenal: &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="701"/>
        <source>Isi keputusan wajib diisi.</source>
        <translation>Isi keputusan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="711"/>
        <source>Kalibrasi #{calibration_id} tidak ditemukan.</source>
        <translation>Kalibrasi #{calibration_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="733"/>
        <source>Hubungan tidak dikenal: &apos;{relation}&apos;.</source>
        <translation>Hubungan tidak dikenal: &apos;{relation}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="750"/>
        <source>{nama} sudah tercatat keluar ruangan saat pegawai ini dibahas.</source>
        <translation>{nama} sudah tercatat keluar ruangan saat pegawai ini dibahas.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="768"/>
        <source>Kegiatan tindak lanjut dan penanggung jawabnya wajib diisi.</source>
        <translation>Kegiatan tindak lanjut dan penanggung jawabnya wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="856"/>
        <source>Tindak lanjut #{follow_up_id} tidak ditemukan.</source>
        <translation>Tindak lanjut #{follow_up_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="884"/>
        <source>Rapat tidak dapat difinalkan: {quorum}</source>
        <translation>Rapat tidak dapat difinalkan: {quorum}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="919"/>
        <source>Berita acara rapat {number} yang tersimpan tidak cocok lagi dengan sidik jarinya; isinya telah diubah di luar aplikasi. Periksa database dengan `talenta verify`.</source>
        <translation>Berita acara rapat {number} yang tersimpan tidak cocok lagi dengan sidik jarinya; isinya telah diubah di luar aplikasi. Periksa database dengan `talenta verify`.</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1127"/>
        <source>Jumlah pegawai demo harus bilangan bulat antara {low} dan {high}; diminta {size}.</source>
        <translation>Jumlah pegawai demo harus bilangan bulat antara {low} dan {high}; diminta {size}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1137"/>
        <source>Seed data demo harus bilangan bulat tidak negatif; diminta {seed}.</source>
        <translation>Seed data demo harus bilangan bulat tidak negatif; diminta {seed}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1163"/>
        <source>Pembuatan data demo dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Pembuatan data demo dibatalkan; tidak ada data yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1205"/>
        <source>Database sudah berisi data pegawai; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</source>
        <translation>Database sudah berisi data pegawai; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1213"/>
        <source>Database sudah berisi unit kerja; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</source>
        <translation>Database sudah berisi unit kerja; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</translation>
    </message>
</context>
<context>
    <name>services.development.plans</name>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="56"/>
        <source>draf</source>
        <translation>draf</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="57"/>
        <source>disetujui</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="58"/>
        <source>selesai</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="59"/>
        <source>batal</source>
        <translation>batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="62"/>
        <source>Rencana pengembangan ini sudah selesai; buka kembali untuk mengubahnya.</source>
        <translation>Rencana pengembangan ini sudah selesai; buka kembali untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="66"/>
        <source>Rencana pengembangan ini sudah batal; buka kembali untuk mengubahnya.</source>
        <translation>Rencana pengembangan ini sudah batal; buka kembali untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="90"/>
        <source>manajerial</source>
        <translation>manajerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="91"/>
        <source>sosial kultural</source>
        <translation>sosial kultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="92"/>
        <source>teknis</source>
        <translation>teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="114"/>
        <source>Belum ada hasil asesmen kompetensi yang masih berlaku.</source>
        <translation>Belum ada hasil asesmen kompetensi yang masih berlaku.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="125"/>
        <source>Kompetensi {area} {value}% dari standar jabatan (kurang {short} poin dari {standard}%; asesmen {day}).</source>
        <translation>Kompetensi {area} {value}% dari standar jabatan (kurang {short} poin dari {standard}%; asesmen {day}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="148"/>
        <source>Tidak ada SKP tahun {first}–{last}.</source>
        <translation>Tidak ada SKP tahun {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="159"/>
        <source>Predikat SKP {year} {predikat}: kinerja di bawah ekspektasi.</source>
        <translation>Predikat SKP {year} {predikat}: kinerja di bawah ekspektasi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="171"/>
        <source>SKP {year}: hasil kerja dan perilaku kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: hasil kerja dan perilaku kerja di bawah ekspektasi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="176"/>
        <source>SKP {year}: hasil kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: hasil kerja di bawah ekspektasi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="180"/>
        <source>SKP {year}: perilaku kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: perilaku kerja di bawah ekspektasi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="261"/>
        <source>Rencana pengembangan #{plan_id} tidak ditemukan.</source>
        <translation>Rencana pengembangan #{plan_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="322"/>
        <source>Pegawai di kotak 1 tidak dibuatkan rencana pengembangan: rekomendasinya diproses sesuai ketentuan peraturan perundang-undangan.</source>
        <translation>Pegawai di kotak 1 tidak dibuatkan rencana pengembangan: rekomendasinya diproses sesuai ketentuan peraturan perundang-undangan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="351"/>
        <source>Pegawai #{person_id} belum mempunyai kotak talenta pada periode {period_label}; petakan atau lengkapi datanya lebih dulu.</source>
        <translation>Pegawai #{person_id} belum mempunyai kotak talenta pada periode {period_label}; petakan atau lengkapi datanya lebih dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="369"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Pegawai #{person_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="374"/>
        <source>Pegawai ini sudah mempunyai rencana pengembangan periode {label}.</source>
        <translation>Pegawai ini sudah mempunyai rencana pengembangan periode {label}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="406"/>
        <source>Pilih paling sedikit satu kotak (2–9) untuk dibuatkan rencana.</source>
        <translation>Pilih paling sedikit satu kotak (2–9) untuk dibuatkan rencana.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="449"/>
        <source>Status rencana &apos;{status}&apos; tidak dapat dipilih langsung.</source>
        <translation>Status rencana &apos;{status}&apos; tidak dapat dipilih langsung.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="467"/>
        <source>Rencana belum dapat diselesaikan: {left} kegiatan belum selesai atau dibatalkan.</source>
        <translation>Rencana belum dapat diselesaikan: {left} kegiatan belum selesai atau dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="488"/>
        <source>Rapat {number} membahas periode {period_label}; rencana ini untuk periode {plan_period}.</source>
        <translation>Rapat {number} membahas periode {period_label}; rencana ini untuk periode {plan_period}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="498"/>
        <source>Hanya rencana berstatus draf yang dapat disetujui (kini {status}).</source>
        <translation>Hanya rencana berstatus draf yang dapat disetujui (kini {status}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="506"/>
        <source>Rencana tanpa kegiatan tidak dapat disetujui.</source>
        <translation>Rencana tanpa kegiatan tidak dapat disetujui.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="529"/>
        <source>Nama kegiatan wajib diisi.</source>
        <translation>Nama kegiatan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="532"/>
        <source>Bentuk pengembangan &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Bentuk pengembangan &apos;{kind}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="537"/>
        <source>Kategori 70:20:10 harus 70, 20 atau 10, bukan &apos;{category}&apos;.</source>
        <translation>Kategori 70:20:10 harus 70, 20 atau 10, bukan &apos;{category}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="544"/>
        <source>JP harus antara 0 dan 1000, bukan {jp}.</source>
        <translation>JP harus antara 0 dan 1000, bukan {jp}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="549"/>
        <source>Jenis mentor harus tetap atau tidak tetap, bukan &apos;{mentor_type}&apos;.</source>
        <translation>Jenis mentor harus tetap atau tidak tetap, bukan &apos;{mentor_type}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="557"/>
        <source>Status kegiatan &apos;{status}&apos; tidak dikenal.</source>
        <translation>Status kegiatan &apos;{status}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="575"/>
        <location filename="../../talenta_desktop/services/development/plans.py" line="617"/>
        <source>Batas waktu {due_on} sebelum tanggal mulai {starts_on}.</source>
        <translation>Batas waktu {due_on} sebelum tanggal mulai {starts_on}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="599"/>
        <location filename="../../talenta_desktop/services/development/plans.py" line="651"/>
        <source>Kegiatan #{activity_id} tidak ditemukan.</source>
        <translation>Kegiatan #{activity_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="605"/>
        <source>Kolom kegiatan tidak dapat diubah: {fields}.</source>
        <translation>Kolom kegiatan tidak dapat diubah: {fields}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="626"/>
        <source>Kegiatan yang selesai memerlukan bukti penyelesaian (mis. nomor sertifikat atau laporan).</source>
        <translation>Kegiatan yang selesai memerlukan bukti penyelesaian (mis. nomor sertifikat atau laporan).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="657"/>
        <source>Rencana sudah disetujui: kegiatannya dibatalkan (status batal), tidak dihapus.</source>
        <translation>Rencana sudah disetujui: kegiatannya dibatalkan (status batal), tidak dihapus.</translation>
    </message>
</context>
<context>
    <name>services.exchange.exchange</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="92"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="98"/>
        <source>Periode {period_label} tidak ada di database ini.</source>
        <translation>Periode {period_label} tidak ada di database ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="106"/>
        <source>Data instansi belum diisi; paket harus menyebut instansi asalnya.</source>
        <translation>Data instansi belum diisi; paket harus menyebut instansi asalnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="117"/>
        <source>Ekspor paket dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Ekspor paket dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="129"/>
        <source>Menyiapkan {part}</source>
        <translation>Menyiapkan {part}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="147"/>
        <source>Menandatangani paket</source>
        <translation>Menandatangani paket</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="167"/>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="410"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="258"/>
        <source>Paket {file} tidak dapat digabungkan: {orig}. Tidak ada yang diubah.</source>
        <translation>Paket {file} tidak dapat digabungkan: {orig}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="313"/>
        <source>Paket ini dari {theirs}, sedangkan database ini milik {ours}. Paket dari instansi lain tidak diimpor.</source>
        <translation>Paket ini dari {theirs}, sedangkan database ini milik {ours}. Paket dari instansi lain tidak diimpor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="324"/>
        <source>Paket ini mengaku berasal dari {source_name}, tetapi ditandatangani dengan kunci lain (sidik jari {fingerprint}; yang dikenal: {known}). Paket ditolak: bisa jadi dibuat atau diubah oleh pihak lain.</source>
        <translation>Paket ini mengaku berasal dari {source_name}, tetapi ditandatangani dengan kunci lain (sidik jari {fingerprint}; yang dikenal: {known}). Paket ditolak: bisa jadi dibuat atau diubah oleh pihak lain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="361"/>
        <source>Baris {number} bagian {name} tidak lengkap: kolom {exc} tidak ada.</source>
        <translation>Baris {number} bagian {name} tidak lengkap: kolom {exc} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="403"/>
        <source>Menggabungkan {part}</source>
        <translation>Menggabungkan {part}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="506"/>
        <source>Paket tidak utuh: {part} merujuk {target} {value} yang tidak ada di paket maupun di database ini.</source>
        <translation>Paket tidak utuh: {part} merujuk {target} {value} yang tidak ada di paket maupun di database ini.</translation>
    </message>
</context>
<context>
    <name>services.exchange.package</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="140"/>
        <source>Berkas paket tidak ditemukan: {path}</source>
        <translation>Berkas paket tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="148"/>
        <source>{name} bukan paket Talenta: tidak ada manifest.</source>
        <translation>{name} bukan paket Talenta: tidak ada manifest.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="155"/>
        <source>{name} bukan paket Talenta yang utuh: tanda tangannya tidak ada.</source>
        <translation>{name} bukan paket Talenta yang utuh: tanda tangannya tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="166"/>
        <source>Paket {name} berisi bagian yang tidak tercantum di manifest: {extra}.</source>
        <translation>Paket {name} berisi bagian yang tidak tercantum di manifest: {extra}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="176"/>
        <source>Paket {name} tidak lengkap: bagian {part_path} tidak ada.</source>
        <translation>Paket {name} tidak lengkap: bagian {part_path} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="186"/>
        <source>Bagian {part_path} dalam paket {name} tidak cocok dengan checksum-nya: isinya rusak atau telah diubah.</source>
        <translation>Bagian {part_path} dalam paket {name} tidak cocok dengan checksum-nya: isinya rusak atau telah diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="200"/>
        <source>{name} bukan paket Talenta yang utuh (berkas rusak, terpotong atau berformat lain): {exc}</source>
        <translation>{name} bukan paket Talenta yang utuh (berkas rusak, terpotong atau berformat lain): {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="209"/>
        <source>{name} tidak dapat dibaca sebagai paket Talenta: {exc}</source>
        <translation>{name} tidak dapat dibaca sebagai paket Talenta: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="221"/>
        <source>Isi paket {name} tidak dapat dibaca: {exc}</source>
        <translation>Isi paket {name} tidak dapat dibaca: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="234"/>
        <source>{name} bukan paket Talenta (format {format}).</source>
        <translation>{name} bukan paket Talenta (format {format}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="241"/>
        <source>Paket {name} berformat versi {version}, lebih baru dari yang dapat dibaca aplikasi ini (versi {supported}). Perbarui Talenta Desktop terlebih dahulu.</source>
        <translation>Paket {name} berformat versi {version}, lebih baru dari yang dapat dibaca aplikasi ini (versi {supported}). Perbarui Talenta Desktop terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="256"/>
        <source>Tanda tangan paket {name} tidak sah: berkasnya rusak atau telah diubah setelah ditandatangani, atau paket tidak berasal dari instalasi yang disebutkannya.</source>
        <translation>Tanda tangan paket {name} tidak sah: berkasnya rusak atau telah diubah setelah ditandatangani, atau paket tidak berasal dari instalasi yang disebutkannya.</translation>
    </message>
</context>
<context>
    <name>services.exchange.tables</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="102"/>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="104"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="107"/>
        <source>Pegawai</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="108"/>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="109"/>
        <source>Riwayat golongan</source>
        <translation>Riwayat golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="110"/>
        <source>Riwayat pendidikan</source>
        <translation>Riwayat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="111"/>
        <source>Riwayat diklat</source>
        <translation>Riwayat diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="112"/>
        <source>Riwayat penghargaan</source>
        <translation>Riwayat penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="113"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Riwayat hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="114"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="115"/>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="117"/>
        <source>Skema penilaian</source>
        <translation>Skema penilaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="126"/>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="130"/>
        <source>Pemetaan</source>
        <translation>Pemetaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="134"/>
        <source>Penempatan</source>
        <translation>Penempatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="139"/>
        <source>Komite Talenta</source>
        <translation>Komite Talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="143"/>
        <source>Anggota komite</source>
        <translation>Anggota komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="150"/>
        <source>Rapat komite</source>
        <translation>Rapat komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="156"/>
        <source>Acara rapat</source>
        <translation>Acara rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="160"/>
        <source>Kehadiran</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="165"/>
        <source>Catatan pembahasan</source>
        <translation>Catatan pembahasan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="170"/>
        <source>Benturan kepentingan</source>
        <translation>Benturan kepentingan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="175"/>
        <source>Tindak lanjut</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="180"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="185"/>
        <source>Keputusan rapat</source>
        <translation>Keputusan rapat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="190"/>
        <source>Jabatan target/kritikal</source>
        <translation>Jabatan target/kritikal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="194"/>
        <source>Suksesor</source>
        <translation>Suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="200"/>
        <source>Rencana pengembangan</source>
        <translation>Rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="205"/>
        <source>Kegiatan pengembangan</source>
        <translation>Kegiatan pengembangan</translation>
    </message>
</context>
<context>
    <name>services.importing.checking</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="116"/>
        <source>{column} wajib diisi.</source>
        <translation>{column} wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="154"/>
        <source>Berisi tanggal &apos;{value}&apos;, bukan teks.</source>
        <translation>Berisi tanggal &apos;{value}&apos;, bukan teks.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="161"/>
        <source>Teks terlalu panjang ({length} karakter; paling banyak {max}).</source>
        <translation>Teks terlalu panjang ({length} karakter; paling banyak {max}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="175"/>
        <source>{what} &apos;{value}&apos; bukan bilangan bulat.</source>
        <translation>{what} &apos;{value}&apos; bukan bilangan bulat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="183"/>
        <source>{what} &apos;{value}&apos; bukan angka.</source>
        <translation>{what} &apos;{value}&apos; bukan angka.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="191"/>
        <source>{what} {value} di luar rentang {low}–{high}.</source>
        <translation>{what} {value} di luar rentang {low}–{high}.</translation>
    </message>
</context>
<context>
    <name>services.importing.engine</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="116"/>
        <source>Impor dibatalkan; tidak ada yang diubah.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="124"/>
        <source>Profil &apos;{profile}&apos; untuk impor {saved}, bukan {kind}.</source>
        <translation>Profil &apos;{profile}&apos; untuk impor {saved}, bukan {kind}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="145"/>
        <source>Lembar &apos;{sheet}&apos; tidak berisi baris data di bawah judul kolom (baris {row}).</source>
        <translation>Lembar &apos;{sheet}&apos; tidak berisi baris data di bawah judul kolom (baris {row}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="199"/>
        <source>Database belum memiliki instansi dan berkas tidak berisi kolom instansiKerjaNama; unit kerja baru dimasukkan ke instansi tanpa nama. Beri nama dengan &apos;talenta init --instansi &quot;Pemerintah Kabupaten …&quot;&apos;.</source>
        <translation>Database belum memiliki instansi dan berkas tidak berisi kolom instansiKerjaNama; unit kerja baru dimasukkan ke instansi tanpa nama. Beri nama dengan &apos;talenta init --instansi &quot;Pemerintah Kabupaten …&quot;&apos;.</translation>
    </message>
</context>
<context>
    <name>services.importing.fields</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="21"/>
        <source>data pegawai</source>
        <translation>data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="22"/>
        <source>riwayat SKP</source>
        <translation>riwayat SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="23"/>
        <source>hasil asesmen</source>
        <translation>hasil asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="53"/>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="265"/>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="318"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="54"/>
        <source>NIP lama</source>
        <translation>NIP lama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="57"/>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="67"/>
        <source>Gelar depan</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="73"/>
        <source>Gelar belakang</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="79"/>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="86"/>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="94"/>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="101"/>
        <source>Agama</source>
        <translation>Agama</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="104"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="112"/>
        <source>Nomor HP</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="123"/>
        <source>Jenis pegawai</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="131"/>
        <source>Kedudukan</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="139"/>
        <source>Tingkat pendidikan</source>
        <translation>Tingkat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="148"/>
        <source>Nama pendidikan</source>
        <translation>Nama pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="156"/>
        <source>Tahun lulus</source>
        <translation>Tahun lulus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="162"/>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="167"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="170"/>
        <source>Kode unit (unorId)</source>
        <translation>Kode unit (unorId)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="177"/>
        <source>Unit kerja</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="189"/>
        <source>Kode unit induk</source>
        <translation>Kode unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="192"/>
        <source>Unit induk</source>
        <translation>Unit induk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="201"/>
        <source>Jenis jabatan</source>
        <translation>Jenis jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="208"/>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="214"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="215"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="218"/>
        <source>Golongan/ruang</source>
        <translation>Golongan/ruang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="229"/>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="232"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="240"/>
        <source>Masa kerja (tahun)</source>
        <translation>Masa kerja (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="247"/>
        <source>Masa kerja (bulan)</source>
        <translation>Masa kerja (bulan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="252"/>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="255"/>
        <source>Instansi</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="268"/>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="276"/>
        <source>Hasil kerja</source>
        <translation>Hasil kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="283"/>
        <source>Perilaku kerja</source>
        <translation>Perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="290"/>
        <source>Predikat kinerja</source>
        <translation>Predikat kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="299"/>
        <source>Nilai hasil kerja</source>
        <translation>Nilai hasil kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="306"/>
        <source>Nilai perilaku kerja</source>
        <translation>Nilai perilaku kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="312"/>
        <source>Nilai kuadran</source>
        <translation>Nilai kuadran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="321"/>
        <source>Tanggal asesmen</source>
        <translation>Tanggal asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="332"/>
        <source>Jenis asesmen</source>
        <translation>Jenis asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="341"/>
        <source>Lembaga</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="350"/>
        <source>JPM (%)</source>
        <translation>JPM (%)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="359"/>
        <source>Nilai manajerial</source>
        <translation>Nilai manajerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="366"/>
        <source>Nilai sosial kultural</source>
        <translation>Nilai sosial kultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="374"/>
        <source>Nilai teknis</source>
        <translation>Nilai teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="381"/>
        <source>Nilai potensi</source>
        <translation>Nilai potensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="388"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>services.importing.mapping</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="55"/>
        <source>{label} ({key})</source>
        <translation>{label} ({key})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="63"/>
        <source>Kolom wajib tidak ditemukan di lembar &apos;{sheet}&apos;: {missing}. Petakan kolomnya (profil pemetaan) atau ubah judul kolom di berkas.</source>
        <translation>Kolom wajib tidak ditemukan di lembar &apos;{sheet}&apos;: {missing}. Petakan kolomnya (profil pemetaan) atau ubah judul kolom di berkas.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="125"/>
        <source>Berkas {name} tidak berisi lembar kerja.</source>
        <translation>Berkas {name} tidak berisi lembar kerja.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="168"/>
        <source>Nama profil wajib diisi.</source>
        <translation>Nama profil wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="173"/>
        <source>Profil memuat kolom yang tidak dikenal untuk {kind}: {fields}</source>
        <translation>Profil memuat kolom yang tidak dikenal untuk {kind}: {fields}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="211"/>
        <source>Profil pemetaan &apos;{name}&apos; rusak (isinya bukan pasangan kolom dan judul kolom); simpan ulang profil itu dari pemetaan kolom.</source>
        <translation>Profil pemetaan &apos;{name}&apos; rusak (isinya bukan pasangan kolom dan judul kolom); simpan ulang profil itu dari pemetaan kolom.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="227"/>
        <source>Profil pemetaan &apos;{name}&apos; rusak (isinya tidak dapat dibaca); simpan ulang profil itu dari pemetaan kolom.</source>
        <translation>Profil pemetaan &apos;{name}&apos; rusak (isinya tidak dapat dibaca); simpan ulang profil itu dari pemetaan kolom.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="237"/>
        <source>belum ada</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="239"/>
        <source>Profil pemetaan &apos;{name}&apos; tidak ada; profil yang tersimpan: {names}.</source>
        <translation>Profil pemetaan &apos;{name}&apos; tidak ada; profil yang tersimpan: {names}.</translation>
    </message>
</context>
<context>
    <name>services.importing.performance</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="50"/>
        <source>NIP {nip} belum terdaftar sebagai pegawai; impor data pegawainya dulu.</source>
        <translation>NIP {nip} belum terdaftar sebagai pegawai; impor data pegawainya dulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="72"/>
        <source>{what} yang sama sudah ada di baris {row}.</source>
        <translation>{what} yang sama sudah ada di baris {row}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="91"/>
        <source>Tahun SKP</source>
        <translation>Tahun SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="100"/>
        <source>Nilai hasil kerja</source>
        <translation>Nilai hasil kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="113"/>
        <source>Hasil kerja dan perilaku kerja harus diisi keduanya, atau keduanya kosong.</source>
        <translation>Hasil kerja dan perilaku kerja harus diisi keduanya, atau keduanya kosong.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="128"/>
        <source>Predikat {stated} tidak sesuai dengan hasil kerja dan perilaku kerja, yang menghasilkan {derived} (PermenPANRB 6/2022).</source>
        <translation>Predikat {stated} tidak sesuai dengan hasil kerja dan perilaku kerja, yang menghasilkan {derived} (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="146"/>
        <source>Isi predikat kinerja, atau hasil kerja dan perilaku kerja.</source>
        <translation>Isi predikat kinerja, atau hasil kerja dan perilaku kerja.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="158"/>
        <source>SKP pegawai dan tahun</source>
        <translation>SKP pegawai dan tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="175"/>
        <source>Nilai manajerial</source>
        <translation>Nilai manajerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="180"/>
        <source>Nilai sosial kultural</source>
        <translation>Nilai sosial kultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="185"/>
        <source>Nilai teknis</source>
        <translation>Nilai teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="190"/>
        <source>Nilai potensi</source>
        <translation>Nilai potensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="205"/>
        <source>Tanggal asesmen {day} belum terjadi.</source>
        <translation>Tanggal asesmen {day} belum terjadi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="222"/>
        <source>Asesmen pegawai, tanggal dan jenis</source>
        <translation>Asesmen pegawai, tanggal dan jenis</translation>
    </message>
</context>
<context>
    <name>services.importing.personnel</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="130"/>
        <source>Tahun lulus</source>
        <translation>Tahun lulus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="134"/>
        <source>Masa kerja (tahun)</source>
        <translation>Masa kerja (tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="137"/>
        <source>Masa kerja (bulan)</source>
        <translation>Masa kerja (bulan)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="179"/>
        <source>NIP {nip} sudah ada di baris {row} berkas ini.</source>
        <translation>NIP {nip} sudah ada di baris {row} berkas ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="200"/>
        <source>Jenis pegawai {stated} tidak cocok dengan NIP {nip}, yang berstruktur {kind}.</source>
        <translation>Jenis pegawai {stated} tidak cocok dengan NIP {nip}, yang berstruktur {kind}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="266"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="267"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="282"/>
        <source>{label} {day} tidak mungkin sebelum tanggal lahir {born}.</source>
        <translation>{label} {day} tidak mungkin sebelum tanggal lahir {born}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="300"/>
        <source>TMT PNS {pns} mendahului TMT CPNS {cpns}.</source>
        <translation>TMT PNS {pns} mendahului TMT CPNS {cpns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="345"/>
        <source>&apos;{nama}&apos; (induk &apos;{induk}&apos;)</source>
        <translation>&apos;{nama}&apos; (induk &apos;{induk}&apos;)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="349"/>
        <source>&apos;{nama}&apos;</source>
        <translation>&apos;{nama}&apos;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="358"/>
        <source>Kode unit &apos;{kode}&apos; dipakai di berkas ini untuk dua unit yang berbeda: {first} dan {second}; satu kode untuk satu unit.</source>
        <translation>Kode unit &apos;{kode}&apos; dipakai di berkas ini untuk dua unit yang berbeda: {first} dan {second}; satu kode untuk satu unit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="390"/>
        <source>Unit kerja &apos;{nama}&apos; ada lebih dari satu; isi kolom unit induk untuk memilihnya.</source>
        <translation>Unit kerja &apos;{nama}&apos; ada lebih dari satu; isi kolom unit induk untuk memilihnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="415"/>
        <source>Kode unit &apos;{kode}&apos; tidak dikenal dan nama unitnya kosong.</source>
        <translation>Kode unit &apos;{kode}&apos; tidak dikenal dan nama unitnya kosong.</translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="49"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>Berkas tidak ditemukan: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="53"/>
        <source>Jenis berkas &apos;{suffix}&apos; tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>Jenis berkas &apos;{suffix}&apos; tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="61"/>
        <source>Berkas {name} kosong.</source>
        <translation>Berkas {name} kosong.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="82"/>
        <source>Berkas {name} dilindungi kata sandi; simpan tanpa kata sandi lalu impor lagi.</source>
        <translation>Berkas {name} dilindungi kata sandi; simpan tanpa kata sandi lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="90"/>
        <source>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</source>
        <translation>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="126"/>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="130"/>
        <source>Lembar &apos;{sheet}&apos; tidak ada di {name}; lembar yang ada: {available}.</source>
        <translation>Lembar &apos;{sheet}&apos; tidak ada di {name}; lembar yang ada: {available}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="144"/>
        <source>Lembar &apos;{sheet}&apos; di {name} tidak dapat dibaca: {exc}</source>
        <translation>Lembar &apos;{sheet}&apos; di {name} tidak dapat dibaca: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="179"/>
        <source>Berkas {name} bukan teks yang dapat dibaca (UTF-8 atau Windows-1252).</source>
        <translation>Berkas {name} bukan teks yang dapat dibaca (UTF-8 atau Windows-1252).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="187"/>
        <source>Berkas {name} bukan berkas CSV (berisi data biner).</source>
        <translation>Berkas {name} bukan berkas CSV (berisi data biner).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="203"/>
        <source>Berkas {name} tidak dapat dibaca sebagai CSV: {exc}</source>
        <translation>Berkas {name} tidak dapat dibaca sebagai CSV: {exc}</translation>
    </message>
</context>
<context>
    <name>services.importing.report</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="55"/>
        <source>Berkas, kolom &apos;{column}&apos;: {message}</source>
        <translation>Berkas, kolom &apos;{column}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="57"/>
        <source>Berkas: {message}</source>
        <translation>Berkas: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="59"/>
        <source>Baris {row}, kolom &apos;{column}&apos;: {message}</source>
        <translation>Baris {row}, kolom &apos;{column}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="63"/>
        <source>Baris {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="108"/>
        <source>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid; {units} unit kerja baru.</source>
        <translation>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid; {units} unit kerja baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="117"/>
        <source>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid.</source>
        <translation>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid.</translation>
    </message>
</context>
<context>
    <name>services.permissions</name>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="38"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="39"/>
        <source>Operator BKPSDM</source>
        <translation>Operator BKPSDM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="40"/>
        <source>Anggota Komite</source>
        <translation>Anggota Komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="41"/>
        <source>Pembaca</source>
        <translation>Pembaca</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="111"/>
        <source>mengimpor dan mengubah data pegawai</source>
        <translation>mengimpor dan mengubah data pegawai</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="114"/>
        <source>mengelola periode dan memetakan talenta</source>
        <translation>mengelola periode dan memetakan talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="117"/>
        <source>mengkalibrasi kotak talenta</source>
        <translation>mengkalibrasi kotak talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="118"/>
        <source>mengelola komite, rapat, notula, dan keputusan</source>
        <translation>mengelola komite, rapat, notula, dan keputusan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="121"/>
        <source>mengelola rencana pengembangan</source>
        <translation>mengelola rencana pengembangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="124"/>
        <source>mengelola jabatan kritikal dan suksesor</source>
        <translation>mengelola jabatan kritikal dan suksesor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="127"/>
        <source>mengubah skema penilaian dan pengaturan</source>
        <translation>mengubah skema penilaian dan pengaturan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="130"/>
        <source>membuat laporan dan ekspor</source>
        <translation>membuat laporan dan ekspor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="131"/>
        <source>melihat dan mengekspor hukuman disiplin</source>
        <translation>melihat dan mengekspor hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="134"/>
        <source>mengimpor paket pertukaran</source>
        <translation>mengimpor paket pertukaran</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="135"/>
        <source>membuat salinan cadangan</source>
        <translation>membuat salinan cadangan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="136"/>
        <source>memulihkan database dari salinan</source>
        <translation>memulihkan database dari salinan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="137"/>
        <source>mengelola pengguna dan enkripsi</source>
        <translation>mengelola pengguna dan enkripsi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="138"/>
        <source>melihat dan mengekspor log audit</source>
        <translation>melihat dan mengekspor log audit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="139"/>
        <source>mengatur dan menerapkan masa retensi data</source>
        <translation>mengatur dan menerapkan masa retensi data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="150"/>
        <source>Pengguna {username} (peran {role}) tidak berwenang {what}.</source>
        <translation>Pengguna {username} (peran {role}) tidak berwenang {what}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="186"/>
        <source>melakukan {action}</source>
        <translation>melakukan {action}</translation>
    </message>
</context>
<context>
    <name>services.personnel</name>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="895"/>
        <source>Kolom tidak dikenal untuk ekspor: {columns}.</source>
        <translation>Kolom tidak dikenal untuk ekspor: {columns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="900"/>
        <source>Pilih setidaknya satu kolom untuk diekspor.</source>
        <translation>Pilih setidaknya satu kolom untuk diekspor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="925"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1033"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</source>
        <translation>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1040"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1072"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</translation>
    </message>
</context>
<context>
    <name>services.privacy</name>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="123"/>
        <source>Masa simpan setelah pegawai keluar</source>
        <translation>Masa simpan setelah pegawai keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="124"/>
        <source>Kedudukan yang berarti telah keluar</source>
        <translation>Kedudukan yang berarti telah keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="125"/>
        <source>Masa simpan hukuman disiplin</source>
        <translation>Masa simpan hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="167"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1023"/>
        <source>Riwayat jabatan</source>
        <translation>Riwayat jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="168"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1028"/>
        <source>Riwayat golongan</source>
        <translation>Riwayat golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="169"/>
        <source>Riwayat pendidikan</source>
        <translation>Riwayat pendidikan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="170"/>
        <source>Riwayat diklat</source>
        <translation>Riwayat diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="171"/>
        <source>Riwayat penghargaan</source>
        <translation>Riwayat penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="172"/>
        <source>Hukuman disiplin</source>
        <translation>Hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="173"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="174"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1045"/>
        <source>Asesmen</source>
        <translation>Asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="177"/>
        <source>Data atau aturan retensi berubah sejak pratinjau dibuat; periksa pratinjau yang baru sebelum menerapkan.</source>
        <translation>Data atau aturan retensi berubah sejak pratinjau dibuat; periksa pratinjau yang baru sebelum menerapkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="241"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun (0: disimpan selama pegawai bekerja).</source>
        <translation>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun (0: disimpan selama pegawai bekerja).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="252"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun.</source>
        <translation>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="272"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan satu kedudukan per baris.</source>
        <translation>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan satu kedudukan per baris.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="284"/>
        <source>{field}: nilai &apos;{item}&apos; bukan teks kedudukan.</source>
        <translation>{field}: nilai &apos;{item}&apos; bukan teks kedudukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="293"/>
        <source>{field}: &apos;{text}…&apos; lebih dari {limit} karakter, lebih panjang daripada kedudukan SIASN mana pun.</source>
        <translation>{field}: &apos;{text}…&apos; lebih dari {limit} karakter, lebih panjang daripada kedudukan SIASN mana pun.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="304"/>
        <source>{field}: &apos;{text}&apos; tidak boleh dipakai; pegawai yang aktif tidak dapat dianggap telah keluar.</source>
        <translation>{field}: &apos;{text}&apos; tidak boleh dipakai; pegawai yang aktif tidak dapat dianggap telah keluar.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="316"/>
        <source>{field}: isikan sedikitnya satu kedudukan (mis. Pensiun).</source>
        <translation>{field}: isikan sedikitnya satu kedudukan (mis. Pensiun).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="329"/>
        <source>Pengaturan retensi tidak dikenal: {keys}.</source>
        <translation>Pengaturan retensi tidak dikenal: {keys}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="370"/>
        <source>{field}: nilai &apos;{years}&apos; lebih pendek daripada {window} tahun yang dipakai skema {scheme} untuk menilai integritas; isikan 0 atau sedikitnya {window}.</source>
        <translation>{field}: nilai &apos;{years}&apos; lebih pendek daripada {window} tahun yang dipakai skema {scheme} untuk menilai integritas; isikan 0 atau sedikitnya {window}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="920"/>
        <source>Tidak ada data yang melewati masa retensi.</source>
        <translation>Tidak ada data yang melewati masa retensi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="926"/>
        <source>{count} pegawai dihapus seluruhnya</source>
        <translation>{count} pegawai dihapus seluruhnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="933"/>
        <source>{count} pegawai dianonimkan</source>
        <translation>{count} pegawai dianonimkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="940"/>
        <source>{count} catatan hukuman disiplin lama pegawai lain dihapus</source>
        <translation>{count} catatan hukuman disiplin lama pegawai lain dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="946"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1000"/>
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1001"/>
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1002"/>
        <source>TMT golongan</source>
        <translation>TMT golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1003"/>
        <source>TMT jabatan</source>
        <translation>TMT jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1014"/>
        <source>TMT pensiun menurut BUP {bup} tahun</source>
        <translation>TMT pensiun menurut BUP {bup} tahun</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1033"/>
        <source>Diklat</source>
        <translation>Diklat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1038"/>
        <source>Penghargaan</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1043"/>
        <source>TMT hukuman disiplin</source>
        <translation>TMT hukuman disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1069"/>
        <source>SKP tahun {year}</source>
        <translation>SKP tahun {year}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1082"/>
        <source>Dipetakan dalam periode talenta</source>
        <translation>Dipetakan dalam periode talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1093"/>
        <source>Kalibrasi</source>
        <translation>Kalibrasi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1314"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1492"/>
        <source>Hukuman disiplin pegawai yang keluar</source>
        <translation>Hukuman disiplin pegawai yang keluar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1322"/>
        <source>Hukuman disiplin lama pegawai lain</source>
        <translation>Hukuman disiplin lama pegawai lain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1324"/>
        <source>Rencana pengembangan tanpa keputusan komite</source>
        <translation>Rencana pengembangan tanpa keputusan komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1328"/>
        <source>Usulan suksesor tanpa keputusan komite</source>
        <translation>Usulan suksesor tanpa keputusan komite</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1332"/>
        <source>Jabatan kritikal yang pemangkunya dikosongkan</source>
        <translation>Jabatan kritikal yang pemangkunya dikosongkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1336"/>
        <source>Penempatan yang rinciannya dihapus</source>
        <translation>Penempatan yang rinciannya dihapus</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1339"/>
        <source>Pegawai dianonimkan</source>
        <translation>Pegawai dianonimkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1340"/>
        <source>Pegawai dihapus seluruhnya</source>
        <translation>Pegawai dihapus seluruhnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1386"/>
        <source>Tidak ada data yang melewati masa retensi; tidak ada yang diubah.</source>
        <translation>Tidak ada data yang melewati masa retensi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1391"/>
        <source>{count} {what}</source>
        <translation>{count} {what}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1395"/>
        <source>Retensi diterapkan: {parts}.</source>
        <translation>Retensi diterapkan: {parts}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1501"/>
        <source>Riwayat, SKP, dan asesmen</source>
        <translation>Riwayat, SKP, dan asesmen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1532"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung untuk register; pilih .xlsx atau .pdf.</source>
        <translation>Format berkas &apos;{suffix}&apos; tidak didukung untuk register; pilih .xlsx atau .pdf.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1540"/>
        <source>Folder {folder} tidak ada.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
</context>
<context>
    <name>services.reports.catalog</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="112"/>
        <source>Rapat {number} belum difinalkan; berita acara dicetak setelah rapat difinalkan (halaman Komite).</source>
        <translation>Rapat {number} belum difinalkan; berita acara dicetak setelah rapat difinalkan (halaman Komite).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="146"/>
        <source>Peta talenta</source>
        <translation>Peta talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="150"/>
        <source>Profil talenta</source>
        <translation>Profil talenta</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="154"/>
        <source>Ringkasan eksekutif</source>
        <translation>Ringkasan eksekutif</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="158"/>
        <source>Laporan suksesi</source>
        <translation>Laporan suksesi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="161"/>
        <source>Rencana pengembangan individu</source>
        <translation>Rencana pengembangan individu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="163"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="190"/>
        <source>Laporan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Laporan dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="204"/>
        <source>Jenis laporan tidak dikenal: {kind} (pilih {choices}).</source>
        <translation>Jenis laporan tidak dikenal: {kind} (pilih {choices}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="212"/>
        <source>{title} tidak dapat disamarkan: laporan ini tentang satu pegawai atau catatan resmi yang ditandatangani, jadi nama dan NIP tetap dicetak. Yang dapat disamarkan: {redactable}.</source>
        <translation>{title} tidak dapat disamarkan: laporan ini tentang satu pegawai atau catatan resmi yang ditandatangani, jadi nama dan NIP tetap dicetak. Yang dapat disamarkan: {redactable}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="222"/>
        <source>Laporan tersamar tidak memuat rincian hukuman disiplin: pilih salah satu, samarkan identitas atau sertakan data sensitif.</source>
        <translation>Laporan tersamar tidak memuat rincian hukuman disiplin: pilih salah satu, samarkan identitas atau sertakan data sensitif.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="231"/>
        <source>{title}: isian {fields} wajib diisi.</source>
        <translation>{title}: isian {fields} wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="237"/>
        <source>Ukuran kertas tidak dikenal: {paper} (pilih A4 atau F4).</source>
        <translation>Ukuran kertas tidak dikenal: {paper} (pilih A4 atau F4).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="245"/>
        <source>Berkas keluaran harus .pdf: {target}</source>
        <translation>Berkas keluaran harus .pdf: {target}</translation>
    </message>
</context>
<context>
    <name>services.reports.idp</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/idp.py" line="142"/>
        <source>Pegawai dengan NIP {nip} tidak ditemukan.</source>
        <translation>Pegawai dengan NIP {nip} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/idp.py" line="168"/>
        <source>{nama} (NIP {nip}) belum mempunyai rencana pengembangan individu pada periode {label}.</source>
        <translation>{nama} (NIP {nip}) belum mempunyai rencana pengembangan individu pada periode {label}.</translation>
    </message>
</context>
<context>
    <name>services.reports.profile_report</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/profile_report.py" line="189"/>
        <source>Pegawai dengan NIP {nip} tidak ditemukan.</source>
        <translation>Pegawai dengan NIP {nip} tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>services.reports.talent_map_report</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="204"/>
        <source>Periode {label} belum dipetakan: jalankan pemetaan talenta periode itu lebih dahulu.</source>
        <translation>Periode {label} belum dipetakan: jalankan pemetaan talenta periode itu lebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="219"/>
        <source>Unit kerja tidak boleh kosong.</source>
        <translation>Unit kerja tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="239"/>
        <source>Nama unit kerja {raw} dipakai oleh {count} unit (id {ids}); sebutkan id atau kodenya.</source>
        <translation>Nama unit kerja {raw} dipakai oleh {count} unit (id {ids}); sebutkan id atau kodenya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="248"/>
        <source>Unit kerja {raw} tidak ditemukan (dicari menurut id, kode dan nama unit).</source>
        <translation>Unit kerja {raw} tidak ditemukan (dicari menurut id, kode dan nama unit).</translation>
    </message>
</context>
<context>
    <name>services.succession.candidates</name>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="42"/>
        <source>ringan</source>
        <translation>ringan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="43"/>
        <source>sedang</source>
        <translation>sedang</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="44"/>
        <source>berat</source>
        <translation>berat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="52"/>
        <source>Jabatan target #{post_id} tidak ditemukan.</source>
        <translation>Jabatan target #{post_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="139"/>
        <source>Jenjang {jenjang} bukan satu tingkat di bawah {post} ({feeders}).</source>
        <translation>Jenjang {jenjang} bukan satu tingkat di bawah {post} ({feeders}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="146"/>
        <source>tidak ada jenjang di bawahnya</source>
        <translation>tidak ada jenjang di bawahnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="156"/>
        <source>Golongan {golongan} di bawah {minimum}.</source>
        <translation>Golongan {golongan} di bawah {minimum}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="173"/>
        <source>Hukuman disiplin tingkat {level} (TMT {tmt}) dalam {years} tahun terakhir.</source>
        <translation>Hukuman disiplin tingkat {level} (TMT {tmt}) dalam {years} tahun terakhir.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="193"/>
        <source>Pensiun {retires_on} (BUP {bup} tahun jabatan ini), kurang dari {years} tahun lagi.</source>
        <translation>Pensiun {retires_on} (BUP {bup} tahun jabatan ini), kurang dari {years} tahun lagi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="249"/>
        <source>Pegawai ini pemangku jabatan itu sendiri.</source>
        <translation>Pegawai ini pemangku jabatan itu sendiri.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="256"/>
        <source>Pegawai ini tidak berada di Kelompok Rencana Suksesi (kotak 7–9) periode {period}.</source>
        <translation>Pegawai ini tidak berada di Kelompok Rencana Suksesi (kotak 7–9) periode {period}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="298"/>
        <source>Bandingkan satu sampai empat calon sekaligus.</source>
        <translation>Bandingkan satu sampai empat calon sekaligus.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="311"/>
        <source>Pegawai #{pid} tidak ditemukan.</source>
        <translation>Pegawai #{pid} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="332"/>
        <source>{jenis} (tingkat {level}, TMT {tmt})</source>
        <translation>{jenis} (tingkat {level}, TMT {tmt})</translation>
    </message>
</context>
<context>
    <name>services.succession.posts</name>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="36"/>
        <source>usulan</source>
        <translation>usulan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="37"/>
        <source>ditetapkan</source>
        <translation>ditetapkan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="38"/>
        <source>batal</source>
        <translation>batal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="112"/>
        <source>Golongan paling rendah &apos;{raw}&apos;: {err}</source>
        <translation>Golongan paling rendah &apos;{raw}&apos;: {err}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="121"/>
        <source>Nama jabatan wajib diisi.</source>
        <translation>Nama jabatan wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="124"/>
        <source>Jenis jabatan &apos;{kind}&apos; tidak dikenal: pilih target atau kritikal.</source>
        <translation>Jenis jabatan &apos;{kind}&apos; tidak dikenal: pilih target atau kritikal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="132"/>
        <source>Jenjang &apos;{jenjang}&apos; tidak dikenal sebagai jabatan target (pilih: {choices}).</source>
        <translation>Jenjang &apos;{jenjang}&apos; tidak dikenal sebagai jabatan target (pilih: {choices}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="141"/>
        <source>BUP harus 50–70 tahun, bukan {bup}.</source>
        <translation>BUP harus 50–70 tahun, bukan {bup}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="146"/>
        <source>Jumlah suksesor harus 1–10, bukan {count}.</source>
        <translation>Jumlah suksesor harus 1–10, bukan {count}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="151"/>
        <source>Pemangku jabatan #{person_id} tidak ditemukan.</source>
        <translation>Pemangku jabatan #{person_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="156"/>
        <source>Unit kerja #{unit_id} tidak ditemukan.</source>
        <translation>Unit kerja #{unit_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="193"/>
        <source>Kolom jabatan tidak dapat diubah: {fields}.</source>
        <translation>Kolom jabatan tidak dapat diubah: {fields}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="275"/>
        <source>Jabatan {jabatan_nama} tidak lagi aktif sebagai jabatan target.</source>
        <translation>Jabatan {jabatan_nama} tidak lagi aktif sebagai jabatan target.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="283"/>
        <source>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal (pilih: {known}).</source>
        <translation>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal (pilih: {known}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="293"/>
        <source>Pegawai ini tidak memenuhi syarat calon suksesor: {reasons}</source>
        <translation>Pegawai ini tidak memenuhi syarat calon suksesor: {reasons}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="304"/>
        <source>Pegawai ini sudah diusulkan sebagai suksesor jabatan ini pada periode ini.</source>
        <translation>Pegawai ini sudah diusulkan sebagai suksesor jabatan ini pada periode ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="325"/>
        <source>Suksesor #{successor_id} tidak ditemukan.</source>
        <translation>Suksesor #{successor_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="335"/>
        <source>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal.</source>
        <translation>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="351"/>
        <source>Suksesor ini sudah ditetapkan komite; perubahannya memerlukan keputusan rapat komite berikutnya.</source>
        <translation>Suksesor ini sudah ditetapkan komite; perubahannya memerlukan keputusan rapat komite berikutnya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="371"/>
        <source>Rapat {number} membahas periode {period_label}; usulan suksesor ini untuk periode {label}.</source>
        <translation>Rapat {number} membahas periode {period_label}; usulan suksesor ini untuk periode {label}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="381"/>
        <source>Hanya usulan yang dapat ditetapkan (status kini {status}).</source>
        <translation>Hanya usulan yang dapat ditetapkan (status kini {status}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="445"/>
        <source>Lowong</source>
        <translation>Lowong</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="449"/>
        <source>Lowong sejak {when}</source>
        <translation>Lowong sejak {when}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="452"/>
        <source>{when} (kurang dari sebulan lagi)</source>
        <translation>{when} (kurang dari sebulan lagi)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="456"/>
        <source>{when} ({months} bulan lagi)</source>
        <translation>{when} ({months} bulan lagi)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="460"/>
        <source>{when}</source>
        <translation>{when}</translation>
    </message>
</context>
<context>
    <name>services.succession.settings</name>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="75"/>
        <source>Masa hukuman disiplin harus 0–10 tahun, bukan {years}.</source>
        <translation>Masa hukuman disiplin harus 0–10 tahun, bukan {years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="84"/>
        <source>Aturan hukuman disiplin {years} tahun tanpa tingkat hukuman: pilih paling sedikit satu tingkat, atau isi 0 tahun untuk mematikan aturan ini.</source>
        <translation>Aturan hukuman disiplin {years} tahun tanpa tingkat hukuman: pilih paling sedikit satu tingkat, atau isi 0 tahun untuk mematikan aturan ini.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="96"/>
        <source>Tingkat hukuman disiplin tidak dikenal: {levels}.</source>
        <translation>Tingkat hukuman disiplin tidak dikenal: {levels}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="105"/>
        <source>Jarak ke BUP harus 0–10 tahun, bukan {years}.</source>
        <translation>Jarak ke BUP harus 0–10 tahun, bukan {years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="114"/>
        <source>Jumlah suksesor per jabatan harus 1–10, bukan {count}.</source>
        <translation>Jumlah suksesor per jabatan harus 1–10, bukan {count}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="123"/>
        <source>Batas peringatan kekosongan harus 0–60 bulan, bukan {months}.</source>
        <translation>Batas peringatan kekosongan harus 0–60 bulan, bukan {months}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="134"/>
        <source>Kategori kesiapan wajib diisi, paling sedikit satu.</source>
        <translation>Kategori kesiapan wajib diisi, paling sedikit satu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="142"/>
        <source>Kode kategori kesiapan harus berbeda satu sama lain.</source>
        <translation>Kode kategori kesiapan harus berbeda satu sama lain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="150"/>
        <source>Setiap kategori kesiapan memerlukan kode dan nama.</source>
        <translation>Setiap kategori kesiapan memerlukan kode dan nama.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="158"/>
        <source>Paling sedikit satu kategori kesiapan berarti &quot;siap sekarang&quot;.</source>
        <translation>Paling sedikit satu kategori kesiapan berarti &quot;siap sekarang&quot;.</translation>
    </message>
</context>
<context>
    <name>services.talent.calibration</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="69"/>
        <source>Alasan kalibrasi wajib diisi.</source>
        <translation>Alasan kalibrasi wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="73"/>
        <source>Kotak tujuan harus 1–9, bukan {to_box}.</source>
        <translation>Kotak tujuan harus 1–9, bukan {to_box}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="79"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Pegawai #{person_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="86"/>
        <source>{nama} ({nip}) belum dapat dipetakan pada periode {label}; lengkapi datanya lalu petakan ulang sebelum kalibrasi.</source>
        <translation>{nama} ({nip}) belum dapat dipetakan pada periode {label}; lengkapi datanya lalu petakan ulang sebelum kalibrasi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="97"/>
        <source>{nama} sudah berada di kotak {to_box}.</source>
        <translation>{nama} sudah berada di kotak {to_box}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="155"/>
        <source>Rapat #{meeting_id} tidak sedang berlangsung; kalibrasi tidak dicatat.</source>
        <translation>Rapat #{meeting_id} tidak sedang berlangsung; kalibrasi tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="164"/>
        <source>Rapat {number} membahas periode {other}; kalibrasi tidak dicatat.</source>
        <translation>Rapat {number} membahas periode {other}; kalibrasi tidak dicatat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="175"/>
        <source>Kotak {name} sudah ditetapkan dalam rapat {number} yang telah difinalkan; perubahan hanya melalui rapat koreksi yang merujuk rapat tersebut.</source>
        <translation>Kotak {name} sudah ditetapkan dalam rapat {number} yang telah difinalkan; perubahan hanya melalui rapat koreksi yang merujuk rapat tersebut.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="211"/>
        <source>Kalibrasi #{calibration_id} tidak ditemukan.</source>
        <translation>Kalibrasi #{calibration_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="217"/>
        <source>Kalibrasi #{calibration_id} sudah ditetapkan dalam rapat {number} yang telah difinalkan; koreksi hanya melalui rapat baru yang merujuk rapat tersebut.</source>
        <translation>Kalibrasi #{calibration_id} sudah ditetapkan dalam rapat {number} yang telah difinalkan; koreksi hanya melalui rapat baru yang merujuk rapat tersebut.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="229"/>
        <source>Kalibrasi #{calibration_id} tidak dapat dibatalkan: pegawai sudah dipindah lagi (kini kotak {now}).</source>
        <translation>Kalibrasi #{calibration_id} tidak dapat dibatalkan: pegawai sudah dipindah lagi (kini kotak {now}).</translation>
    </message>
</context>
<context>
    <name>services.talent.mapping</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="108"/>
        <source>Pemetaan dibatalkan; tidak ada yang disimpan.</source>
        <translation>Pemetaan dibatalkan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="121"/>
        <source>Membaca SKP, asesmen dan riwayat</source>
        <translation>Membaca SKP, asesmen dan riwayat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="125"/>
        <source>Belum ada data pegawai untuk dipetakan. Impor data pegawai terlebih dahulu.</source>
        <translation>Belum ada data pegawai untuk dipetakan. Impor data pegawai terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="131"/>
        <source>Menghitung nilai kinerja dan potensial</source>
        <translation>Menghitung nilai kinerja dan potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="136"/>
        <source>Menyimpan penempatan</source>
        <translation>Menyimpan penempatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="175"/>
        <source>Membandingkan dengan pemetaan sebelumnya</source>
        <translation>Membandingkan dengan pemetaan sebelumnya</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="212"/>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>services.talent.periods</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="54"/>
        <source>{name} (versi {version})</source>
        <translation>{name} (versi {version})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="95"/>
        <source>Periode &apos;{label}&apos; tidak ditemukan. Periode yang ada: {labels}.</source>
        <translation>Periode &apos;{label}&apos; tidak ditemukan. Periode yang ada: {labels}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="103"/>
        <source>Periode &apos;{label}&apos; tidak ditemukan. Belum ada periode.</source>
        <translation>Periode &apos;{label}&apos; tidak ditemukan. Belum ada periode.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="138"/>
        <source>Nama periode wajib diisi.</source>
        <translation>Nama periode wajib diisi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="141"/>
        <source>Periode &apos;{label}&apos; sudah ada.</source>
        <translation>Periode &apos;{label}&apos; sudah ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="145"/>
        <source>Tahun SKP awal ({skp_year_from}) sesudah tahun akhir ({skp_year_to}).</source>
        <translation>Tahun SKP awal ({skp_year_from}) sesudah tahun akhir ({skp_year_to}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="154"/>
        <source>Masa berlaku asesmen harus 1–10 tahun, bukan {assessment_valid_years}.</source>
        <translation>Masa berlaku asesmen harus 1–10 tahun, bukan {assessment_valid_years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="188"/>
        <source>Status periode tidak dikenal: &apos;{status}&apos;.</source>
        <translation>Status periode tidak dikenal: &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="210"/>
        <source>Periode #{period_id} tidak ditemukan.</source>
        <translation>Periode #{period_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="215"/>
        <source>Periode {label} sudah ditutup; buka kembali periode untuk mengubahnya.</source>
        <translation>Periode {label} sudah ditutup; buka kembali periode untuk mengubahnya.</translation>
    </message>
</context>
<context>
    <name>services.talent.schemes</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="162"/>
        <source>{name} (versi {version})</source>
        <translation>{name} (versi {version})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="169"/>
        <source>kinerja</source>
        <translation>kinerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="170"/>
        <source>potensial</source>
        <translation>potensial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="185"/>
        <source>Sumbu {axis}: belum ada komponen.</source>
        <translation>Sumbu {axis}: belum ada komponen.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="197"/>
        <source>Sumbu {axis}: komponen tidak dikenal: {source}.</source>
        <translation>Sumbu {axis}: komponen tidak dikenal: {source}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="209"/>
        <source>Sumbu {axis}: komponen {label} ganda.</source>
        <translation>Sumbu {axis}: komponen {label} ganda.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="218"/>
        <source>Sumbu {axis}: bobot {label} tidak sah: {weight}.</source>
        <translation>Sumbu {axis}: bobot {label} tidak sah: {weight}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="230"/>
        <source>Sumbu {axis}: {label} belum tercatat di aplikasi, jadi tidak bisa wajib.</source>
        <translation>Sumbu {axis}: {label} belum tercatat di aplikasi, jadi tidak bisa wajib.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="241"/>
        <source>Sumbu {axis}: jumlah bobot harus 100, sekarang {total:g}.</source>
        <translation>Sumbu {axis}: jumlah bobot harus 100, sekarang {total:g}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="253"/>
        <source>Sumbu {axis}: tidak ada komponen yang datanya tercatat.</source>
        <translation>Sumbu {axis}: tidak ada komponen yang datanya tercatat.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="269"/>
        <source>Sumbu {axis}: batas harus dua angka berurutan di antara 0 dan 100 (batas menengah &lt; batas tinggi), sekarang {cutoffs}.</source>
        <translation>Sumbu {axis}: batas harus dua angka berurutan di antara 0 dan 100 (batas menengah &lt; batas tinggi), sekarang {cutoffs}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="282"/>
        <source>Bobot nilai talenta harus berjumlah 100: {weights}.</source>
        <translation>Bobot nilai talenta harus berjumlah 100: {weights}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="293"/>
        <source>Distribusi acuan harus berjumlah 100%, sekarang {total:g}%.</source>
        <translation>Distribusi acuan harus berjumlah 100%, sekarang {total:g}%.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="306"/>
        <source>Syarat {key} tidak sah: {value}.</source>
        <translation>Syarat {key} tidak sah: {value}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="322"/>
        <source>Skema tidak sah:
{problems}</source>
        <translation>Skema tidak sah:
{problems}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="386"/>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="429"/>
        <source>Skema #{scheme_id} tidak ditemukan.</source>
        <translation>Skema #{scheme_id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="401"/>
        <source>Belum ada skema penilaian bawaan. Jalankan `talenta init` terlebih dahulu.</source>
        <translation>Belum ada skema penilaian bawaan. Jalankan `talenta init` terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="412"/>
        <source>Skema &apos;{name}&apos; tidak ditemukan. Skema yang ada: {names}.</source>
        <translation>Skema &apos;{name}&apos; tidak ditemukan. Skema yang ada: {names}.</translation>
    </message>
</context>
<context>
    <name>services.talent.sources</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="81"/>
        <source>Predikat SKP (rata-rata tahun periode)</source>
        <translation>Predikat SKP (rata-rata tahun periode)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="88"/>
        <source>Predikat SKP tahun terakhir</source>
        <translation>Predikat SKP tahun terakhir</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="94"/>
        <source>Penghargaan</source>
        <translation>Penghargaan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="98"/>
        <source>Penugasan tim kerja</source>
        <translation>Penugasan tim kerja</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="104"/>
        <source>Umpan balik 360°</source>
        <translation>Umpan balik 360°</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="110"/>
        <source>Rekam jejak disiplin</source>
        <translation>Rekam jejak disiplin</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="116"/>
        <source>Penilaian kompetensi (JPM)</source>
        <translation>Penilaian kompetensi (JPM)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="123"/>
        <source>Job Person Match (JPM)</source>
        <translation>Job Person Match (JPM)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="130"/>
        <source>Penilaian potensi</source>
        <translation>Penilaian potensi</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="137"/>
        <source>Kompetensi manajerial dan sosial kultural</source>
        <translation>Kompetensi manajerial dan sosial kultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="144"/>
        <source>Kompetensi teknis</source>
        <translation>Kompetensi teknis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="151"/>
        <source>Pengembangan kompetensi (JP per tahun)</source>
        <translation>Pengembangan kompetensi (JP per tahun)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="156"/>
        <source>Pengalaman / rekam jejak jabatan</source>
        <translation>Pengalaman / rekam jejak jabatan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="160"/>
        <source>Pendidikan formal</source>
        <translation>Pendidikan formal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="164"/>
        <source>Kesesuaian bidang ilmu</source>
        <translation>Kesesuaian bidang ilmu</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="169"/>
        <source>Pangkat/golongan</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="173"/>
        <source>Integritas / rekam jejak disiplin</source>
        <translation>Integritas / rekam jejak disiplin</translation>
    </message>
</context>
<context>
    <name>services.units</name>
    <message>
        <location filename="../../talenta_desktop/services/units.py" line="102"/>
        <source>Susunan unit kerja melingkar: unit {node} menjadi leluhurnya sendiri.</source>
        <translation>Susunan unit kerja melingkar: unit {node} menjadi leluhurnya sendiri.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/units.py" line="110"/>
        <source>Unit induk {node} (dari unit {child}) tidak ada.</source>
        <translation>Unit induk {node} (dari unit {child}) tidak ada.</translation>
    </message>
</context>
<context>
    <name>services.users</name>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="82"/>
        <source>Kata sandi minimal {length} karakter.</source>
        <translation>Kata sandi minimal {length} karakter.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="87"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="95"/>
        <source>Nama pengguna &apos;{username}&apos; tidak valid: 2–60 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>Nama pengguna &apos;{username}&apos; tidak valid: 2–60 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="108"/>
        <source>Peran &apos;{role}&apos; tidak dikenal; pilih salah satu: {roles}.</source>
        <translation>Peran &apos;{role}&apos; tidak dikenal; pilih salah satu: {roles}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="131"/>
        <source>Pengguna &apos;{username}&apos; tidak ada.</source>
        <translation>Pengguna &apos;{username}&apos; tidak ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="184"/>
        <source>Pengguna {username} dinonaktifkan.</source>
        <translation>Pengguna {username} dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="237"/>
        <source>Pengguna &apos;{username}&apos; sudah ada.</source>
        <translation>Pengguna &apos;{username}&apos; sudah ada.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="240"/>
        <source>Pengguna pertama harus administrator.</source>
        <translation>Pengguna pertama harus administrator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="269"/>
        <source>Pengguna {username} dinonaktifkan; aktifkan dahulu.</source>
        <translation>Pengguna {username} dinonaktifkan; aktifkan dahulu.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="292"/>
        <source>Administrator terakhir yang aktif tidak dapat dinonaktifkan.</source>
        <translation>Administrator terakhir yang aktif tidak dapat dinonaktifkan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="298"/>
        <source>Mengaktifkan pengguna kembali memerlukan kata sandi baru.</source>
        <translation>Mengaktifkan pengguna kembali memerlukan kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="326"/>
        <source>Administrator terakhir tidak dapat diubah perannya.</source>
        <translation>Administrator terakhir tidak dapat diubah perannya.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="340"/>
        <source>Enkripsi hanya untuk database berkas SQLite.</source>
        <translation>Enkripsi hanya untuk database berkas SQLite.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="343"/>
        <source>{path} sudah ada; untuk mengenkripsinya gunakan `talenta encrypt`.</source>
        <translation>{path} sudah ada; untuk mengenkripsinya gunakan `talenta encrypt`.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="380"/>
        <source>Hanya database berkas SQLite yang belum terenkripsi yang dapat dienkripsi.</source>
        <translation>Hanya database berkas SQLite yang belum terenkripsi yang dapat dienkripsi.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="415"/>
        <source>Enkripsi gagal ({exc}); database tetap tidak terenkripsi seperti semula.</source>
        <translation>Enkripsi gagal ({exc}); database tetap tidak terenkripsi seperti semula.</translation>
    </message>
</context>
</TS>
