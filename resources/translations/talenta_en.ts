<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="321"/>
        <source>Ekspor: {0}</source>
        <translation>Export: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="347"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="347"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="442"/>
        <source>Nomor urut peristiwa dalam rantai log audit</source>
        <translation>Sequence number of the event in the audit log chain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="476"/>
        <source>Rantai log audit terputus di peristiwa ini</source>
        <translation>The audit log chain is broken at this event</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="113"/>
        <source>Ubah kegiatan — {0}</source>
        <translation>Edit activity — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="115"/>
        <source>Tambah kegiatan — {0}</source>
        <translation>Add activity — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="126"/>
        <source>mis. Pelatihan Analis Kebijakan Ahli Muda</source>
        <translation>e.g. Policy Analyst (Junior Expert) training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="132"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="137"/>
        <source>nama mentor atau coach, bila ada</source>
        <translation>name of the mentor or coach, if any</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="150"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="156"/>
        <source>&amp;Bentuk:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="157"/>
        <source>&amp;Nama kegiatan:</source>
        <translation>Activity &amp;name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="158"/>
        <source>&amp;Kategori 70:20:10:</source>
        <translation>70:20:10 &amp;category:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="159"/>
        <source>&amp;JP direncanakan:</source>
        <translation>Planned &amp;JP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="160"/>
        <source>Mulai s.d. &amp;batas waktu:</source>
        <translation>Start to &amp;due date:</translation>
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
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="174"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="174"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="177"/>
        <source>70:20:10 adalah pedoman, bukan aturan: kira-kira 70% belajar dari pengalaman (penugasan, rotasi, magang), 20% dari orang lain (coaching, mentoring) dan 10% pembelajaran formal (pelatihan, seminar). Tandai kegiatan selesai dengan tombol &quot;Tandai selesai…&quot;.</source>
        <translation>70:20:10 is a guideline, not a rule: roughly 70% learning from experience (assignments, rotation, internships), 20% from others (coaching, mentoring) and 10% formal learning (training, seminars). Mark an activity done with the &quot;Mark done…&quot; button.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="106"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="108"/>
        <source>mis. sari.operator</source>
        <translation>e.g. sari.operator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="111"/>
        <source>bila pengguna seorang ASN</source>
        <translation>if the user is an ASN</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="116"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="117"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="118"/>
        <source>NI&amp;P:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="119"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="120"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="122"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="125"/>
        <source>Sampaikan kata sandi kepada pengguna secara langsung; ia dapat menggantinya sendiri di halaman ini setelah masuk.</source>
        <translation>Give the password to the user in person; they can change it themselves on this page after signing in.</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="28"/>
        <source>Untuk bekerja sehari-hari.</source>
        <translation>For everyday work.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="29"/>
        <source>Lebih nyaman di ruangan redup dan untuk mata yang lelah.</source>
        <translation>Easier in dim rooms and on tired eyes.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="32"/>
        <source>Untuk peta yang diproyeksikan ke dinding dalam rapat komite: huruf hitam tebal di atas putih, garis tegas dan warna kotak yang kuat.</source>
        <translation>For a map projected on the wall in committee meetings: bold black text on white, sharp lines and strong box colours.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="71"/>
        <source>{0} (normal)</source>
        <translation>{0} (normal)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="79"/>
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="80"/>
        <source>Tema:</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="81"/>
        <source>&amp;Ukuran huruf:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="85"/>
        <source>Tampilan di komputer ini</source>
        <translation>Appearance on this computer</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/appearance_section.py" line="89"/>
        <source>Pilihan langsung dipakai dan diingat untuk pembukaan berikutnya. Halaman dibangun ulang dalam tampilan baru; pekerjaan yang belum disimpan ditanyakan dulu. Ukuran huruf juga dapat diubah di mana saja dengan {0} dan {1}.</source>
        <translation>Choices take effect at once and are remembered for next time. Pages are rebuilt in the new appearance; you are asked about unsaved work first. The font size can also be changed anywhere with {0} and {1}.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="118"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="119"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="120"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="121"/>
        <source>Profil impor</source>
        <translation>Import profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="122"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="123"/>
        <source>Pemetaan talenta</source>
        <translation>Talent mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="124"/>
        <source>Periode talenta</source>
        <translation>Talent period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="125"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="126"/>
        <source>Komite talenta</source>
        <translation>Talent committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="127"/>
        <source>Rapat komite</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="128"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="129"/>
        <source>Rencana pengembangan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="130"/>
        <source>Suksesi</source>
        <translation>Succession</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="131"/>
        <source>Skema penilaian</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="132"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="133"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="134"/>
        <source>Ekspor berkas</source>
        <translation>File export</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="135"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="136"/>
        <source>Paket pertukaran</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="137"/>
        <source>Pertukaran data</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="138"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="371"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="139"/>
        <source>Privasi data</source>
        <translation>Data privacy</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="140"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="141"/>
        <source>Data demo</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="145"/>
        <source>Impor data pegawai</source>
        <translation>Employee data import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="146"/>
        <source>Ekspor data pegawai</source>
        <translation>Employee data export</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="147"/>
        <source>Impor SKP</source>
        <translation>SKP import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="148"/>
        <source>Impor asesmen</source>
        <translation>Assessment import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="149"/>
        <source>Profil impor disimpan</source>
        <translation>Import profile saved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="150"/>
        <source>Pemetaan talenta dijalankan</source>
        <translation>Talent mapping run</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="151"/>
        <source>Periode dibuat</source>
        <translation>Period created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="152"/>
        <source>Status periode diubah</source>
        <translation>Period status changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="153"/>
        <source>Kotak talenta dikalibrasi</source>
        <translation>Talent box calibrated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="154"/>
        <source>Kalibrasi dibatalkan</source>
        <translation>Calibration reversed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="155"/>
        <source>Komite dibentuk</source>
        <translation>Committee established</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="156"/>
        <source>Anggota komite ditambahkan</source>
        <translation>Committee member added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="157"/>
        <source>Anggota komite diubah</source>
        <translation>Committee member changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="158"/>
        <source>Rapat dijadwalkan</source>
        <translation>Meeting scheduled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="159"/>
        <source>Acara rapat diubah</source>
        <translation>Meeting agenda changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="160"/>
        <source>Kehadiran rapat dicatat</source>
        <translation>Meeting attendance recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="161"/>
        <source>Rapat dimulai</source>
        <translation>Meeting started</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="162"/>
        <source>Rapat dijeda</source>
        <translation>Meeting paused</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="163"/>
        <source>Notula rapat diubah</source>
        <translation>Meeting minutes changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="164"/>
        <source>Catatan pembahasan pegawai</source>
        <translation>Employee discussion note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="165"/>
        <source>Keputusan rapat</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="166"/>
        <source>Benturan kepentingan dicatat</source>
        <translation>Conflict of interest recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="167"/>
        <source>Tindak lanjut ditambahkan</source>
        <translation>Follow-up added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="168"/>
        <source>Tindak lanjut selesai</source>
        <translation>Follow-up completed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="169"/>
        <source>Rapat difinalkan</source>
        <translation>Meeting finalised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="170"/>
        <source>Rencana pengembangan dibuat</source>
        <translation>Development plan created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="171"/>
        <source>Rencana pengembangan dibuat sekaligus</source>
        <translation>Development plans created in bulk</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="172"/>
        <source>Status rencana pengembangan diubah</source>
        <translation>Development plan status changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="173"/>
        <source>Rencana pengembangan disetujui</source>
        <translation>Development plan approved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="174"/>
        <source>Kegiatan pengembangan ditambahkan</source>
        <translation>Development activity added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="175"/>
        <source>Kegiatan pengembangan diubah</source>
        <translation>Development activity changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="176"/>
        <source>Kegiatan pengembangan dihapus</source>
        <translation>Development activity removed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="177"/>
        <source>Jabatan target/kritikal ditambahkan</source>
        <translation>Target/critical post added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="178"/>
        <source>Jabatan target/kritikal diubah</source>
        <translation>Target/critical post changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="179"/>
        <source>Suksesor diusulkan</source>
        <translation>Successor proposed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="180"/>
        <source>Kesiapan suksesor diubah</source>
        <translation>Successor readiness changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="181"/>
        <source>Usulan suksesor ditarik</source>
        <translation>Successor proposal withdrawn</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="182"/>
        <source>Suksesor ditetapkan</source>
        <translation>Successor confirmed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="183"/>
        <source>Skema penilaian dibuat</source>
        <translation>Scoring scheme created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="184"/>
        <source>Versi skema baru disimpan</source>
        <translation>New scheme version saved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="185"/>
        <source>Skema bawaan diganti</source>
        <translation>Default scheme changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="186"/>
        <source>Pengaturan disimpan</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="187"/>
        <source>Data instansi diubah</source>
        <translation>Agency data changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="188"/>
        <source>Paket pertukaran diimpor</source>
        <translation>Exchange package imported</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="189"/>
        <source>Pengirim paket dicatat</source>
        <translation>Package sender recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="190"/>
        <source>Masuk aplikasi</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="191"/>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="192"/>
        <source>Pengguna ditambahkan</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="193"/>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="194"/>
        <source>Pengguna diaktifkan</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="195"/>
        <source>Pengguna dinonaktifkan</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="196"/>
        <source>Peran pengguna diubah</source>
        <translation>User role changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="197"/>
        <source>Salinan cadangan dibuat</source>
        <translation>Backup created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="198"/>
        <source>Database dipulihkan dari salinan</source>
        <translation>Database restored from backup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="199"/>
        <source>Database dienkripsi</source>
        <translation>Database encrypted</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="200"/>
        <source>Data demo dibuat</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="205"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="269"/>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="206"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="207"/>
        <source>kotak</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="208"/>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="209"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="210"/>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="211"/>
        <source>tanggal rapat</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="212"/>
        <source>mengoreksi rapat</source>
        <translation>corrects meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="213"/>
        <source>tugas</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="214"/>
        <source>tenggat</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="215"/>
        <source>panjang teks</source>
        <translation>text length</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="216"/>
        <source>jenis</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="217"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="218"/>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="219"/>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="220"/>
        <source>versi</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="221"/>
        <source>bawaan aplikasi</source>
        <translation>built-in preset</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="222"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="223"/>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="224"/>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="225"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="226"/>
        <source>selesai pada</source>
        <translation>completed on</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="227"/>
        <source>bukti</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="228"/>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="229"/>
        <source>hubungan</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="230"/>
        <source>kesiapan</source>
        <translation>readiness</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="231"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="232"/>
        <source>jabatan</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="233"/>
        <source>kuorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="234"/>
        <source>dibahas</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="235"/>
        <source>acara</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="236"/>
        <source>dipetakan</source>
        <translation>mapped</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="237"/>
        <source>belum dapat dipetakan</source>
        <translation>not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="238"/>
        <source>berubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="239"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="240"/>
        <source>sudah ada</source>
        <translation>existing</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="241"/>
        <source>tahun SKP</source>
        <translation>SKP years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="242"/>
        <source>tanggal acuan</source>
        <translation>reference date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="243"/>
        <source>masa berlaku asesmen</source>
        <translation>assessment validity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="244"/>
        <source>nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="245"/>
        <source>tanggal SK</source>
        <translation>SK date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="246"/>
        <source>diwakili</source>
        <translation>represented by</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="247"/>
        <source>urutan tanda tangan</source>
        <translation>signing order</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="248"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="249"/>
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="250"/>
        <source>skema</source>
        <translation>scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="251"/>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="252"/>
        <source>catatan</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="253"/>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="254"/>
        <source>terkunci sampai</source>
        <translation>locked until</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="255"/>
        <source>salinan</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="256"/>
        <source>data sensitif</source>
        <translation>sensitive data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="257"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="258"/>
        <source>saringan</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="259"/>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="260"/>
        <source>instansi</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="261"/>
        <source>unit kerja</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="262"/>
        <source>pegawai</source>
        <translation>employees</translation>
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
        <translation>SKP rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="266"/>
        <source>asesmen</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="267"/>
        <source>baris diklat</source>
        <translation>training rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="268"/>
        <source>baris hukuman disiplin</source>
        <translation>disciplinary record rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="270"/>
        <source>kalibrasi</source>
        <translation>calibrations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="271"/>
        <source>ukuran</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="272"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="273"/>
        <source>lembar</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="274"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="275"/>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="276"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="277"/>
        <source>tidak valid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="278"/>
        <source>lewati baris tidak valid</source>
        <translation>skip invalid rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="279"/>
        <source>unit kerja baru</source>
        <translation>new units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="280"/>
        <source>nomor pegawai</source>
        <translation>employee ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="281"/>
        <source>pemangku (nomor pegawai)</source>
        <translation>incumbent (employee ID)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="282"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="283"/>
        <source>lokasi berkas</source>
        <translation>file location</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="284"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="285"/>
        <source>sidik jari</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="286"/>
        <source>kolom</source>
        <translation>columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="287"/>
        <source>nomor kalibrasi</source>
        <translation>calibration ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="288"/>
        <source>membatalkan kalibrasi nomor</source>
        <translation>reverses calibration ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="289"/>
        <source>nomor keputusan</source>
        <translation>decision ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="290"/>
        <source>nomor suksesor</source>
        <translation>successor ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="291"/>
        <source>nomor kegiatan</source>
        <translation>activity ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="292"/>
        <source>nomor tindak lanjut</source>
        <translation>follow-up ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="293"/>
        <source>nomor anggota komite</source>
        <translation>committee member ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="294"/>
        <source>nomor rapat</source>
        <translation>meeting ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="295"/>
        <source>nomor pemetaan</source>
        <translation>mapping ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="296"/>
        <source>nomor skema</source>
        <translation>scheme ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="297"/>
        <source>nomor rencana</source>
        <translation>plan ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="298"/>
        <source>nomor periode</source>
        <translation>period ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="299"/>
        <source>nomor unit kerja</source>
        <translation>unit ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="369"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="370"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="372"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="373"/>
        <source>Pegawai dan isi</source>
        <translation>Employee and details</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="569"/>
        <source>Rantai log audit belum diperiksa.</source>
        <translation>Audit log chain not checked yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="570"/>
        <source>Periksa &amp;rantai</source>
        <translation>Chec&amp;k chain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="573"/>
        <source>Hitung ulang sidik jari setiap peristiwa: peristiwa yang diubah, disisipkan atau dihapus setelah dicatat akan ketahuan</source>
        <translation>Recalculate each event&apos;s fingerprint: an event changed, inserted or deleted after it was recorded will be detected</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="577"/>
        <source>Tampilkan peristiwa</source>
        <translation>Show event</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="578"/>
        <source>Pilih peristiwa pertama yang rantainya terputus</source>
        <translation>Select the first event where the chain is broken</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="590"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="927"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="595"/>
        <source>Jenis tindakan</source>
        <translation>Action type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="596"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="597"/>
        <source>Tanggal akhir</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="599"/>
        <source>NIP atau nama pegawai</source>
        <translation>NIP or employee name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="602"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="932"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="603"/>
        <source>&amp;Hapus filter</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="604"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="607"/>
        <source>Simpan peristiwa yang sesuai saringan ke berkas Excel (.xlsx) atau CSV</source>
        <translation>Save the events matching the filters to an Excel (.xlsx) or CSV file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="615"/>
        <source>&amp;Pengguna:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="616"/>
        <source>Pe&amp;gawai:</source>
        <translation>E&amp;mployee:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="625"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="628"/>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="630"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="665"/>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="908"/>
        <source>Rincian peristiwa</source>
        <translation>Event details</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="717"/>
        <source>Memuat log audit…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="729"/>
        <source>Hanya administrator yang dapat melihat log audit.</source>
        <translation>Only administrators can view the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="741"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
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
        <translation>All action types</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="750"/>
        <source>{0} (semua, {1})</source>
        <translation>{0} (all, {1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="866"/>
        <source>Tidak ada peristiwa yang sesuai saringan.</source>
        <translation>No events match the filters.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="868"/>
        <source>Log audit masih kosong.</source>
        <translation>The audit log is still empty.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="871"/>
        <source>{0} peristiwa</source>
        <translation>{0} event(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="873"/>
        <source>{0} peristiwa terbaru dari {1}; gulir ke bawah untuk memuat lebih banyak</source>
        <translation>Latest {0} of {1} events; scroll down to load more</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="883"/>
        <source>Tidak ada pegawai yang cocok.</source>
        <translation>No matching employees.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="886"/>
        <source>{0} pegawai cocok</source>
        <translation>{0} matching employee(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="911"/>
        <source>Pilih sebuah peristiwa untuk melihat isinya sebelum dan sesudah.</source>
        <translation>Select an event to see its content before and after.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="915"/>
        <source>Peristiwa #{0}</source>
        <translation>Event #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="923"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="926"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="930"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="936"/>
        <source>Rantai</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="951"/>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="959"/>
        <source>Isi yang dicatat</source>
        <translation>Recorded content</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="978"/>
        <source>Sidik jari: {0}</source>
        <translation>Fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="991"/>
        <source>Memeriksa rantai log audit…</source>
        <translation>Checking the audit log chain…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1007"/>
        <source>Rantai log audit utuh: {0} peristiwa diperiksa, tidak ada yang diubah atau hilang.</source>
        <translation>Audit log chain intact: {0} event(s) checked, none changed or missing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1011"/>
        <source>waktu tidak diketahui</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1013"/>
        <source>Rantai log audit terputus di peristiwa #{0} ({1}): {2}. Peristiwa sejak itu tidak dapat dipercaya sepenuhnya; simpan salinan database ini dan laporkan.</source>
        <translation>The audit log chain is broken at event #{0} ({1}): {2}. Events from then on cannot be fully trusted; keep a copy of this database and report it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1027"/>
        <source>Rantai log audit tidak dapat diperiksa: {0}</source>
        <translation>The audit log chain could not be checked: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1051"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1051"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1054"/>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1078"/>
        <source>Mengekspor log audit ke {0}…</source>
        <translation>Exporting the audit log to {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1098"/>
        <source>{0} peristiwa disimpan ke {1}. Ekspor ini tercatat di log ekspor.</source>
        <translation>{0} event(s) saved to {1}. This export is recorded in the export log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1111"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1118"/>
        <source>Berkas {0}: {1}. Tidak ada berkas yang ditulis.</source>
        <translation>File {0}: {1}. No file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/audit_section.py" line="1127"/>
        <source>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas yang ditulis.</source>
        <translation>An unexpected error occurred: {0}. No file was written.</translation>
    </message>
</context>
<context>
    <name>AxisEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="457"/>
        <source>Komponen {0}</source>
        <translation>{0} components</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="462"/>
        <source>Komponen yang dapat ditambahkan</source>
        <translation>Components that can be added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="463"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="464"/>
        <source>Hapus komponen</source>
        <translation>Remove component</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="465"/>
        <source>Hapus komponen yang dipilih di tabel</source>
        <translation>Remove the component selected in the table</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="555"/>
        <source>{0} (belum tercatat)</source>
        <translation>{0} (not recorded)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="559"/>
        <source>Semua komponen sudah dipakai</source>
        <translation>All components are in use</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="595"/>
        <source>Jumlah bobot: {0}</source>
        <translation>Total weight: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="596"/>
        <source>Jumlah bobot satu sumbu harus tepat 100</source>
        <translation>The weights of an axis must add up to exactly 100</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="609"/>
        <source>Batas tidak berurutan: batas {0} harus lebih kecil dari batas {1}.</source>
        <translation>Cut-offs out of order: {0} must be lower than {1}.</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="668"/>
        <source>Berita acara (PDF) — rapat {0}</source>
        <translation>Berita acara (PDF) — meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="674"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
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
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="694"/>
        <source>Ukuran kertas:</source>
        <translation>Paper size:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="697"/>
        <source>Berita acara dicetak dari rekaman yang disimpan saat rapat difinalkan. Sidik jari pada halaman terakhir dapat dicocokkan dengan basis data.</source>
        <translation>The berita acara is printed from the record stored when the meeting was finalised. The fingerprint on the last page can be checked against the database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="702"/>
        <source>Rapat belum final: setiap halaman ditandai DRAF dan tidak ada sidik jari, karena isinya masih dapat berubah.</source>
        <translation>The meeting is not final: every page is marked DRAF (draft) and carries no fingerprint, because its content can still change.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="711"/>
        <source>Buat PDF</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="713"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="727"/>
        <source>Simpan berita acara</source>
        <translation>Save berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="727"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BeritaAcaraTemplateDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="42"/>
        <source>Semua anggota komite (yang berhalangan ditandai)</source>
        <translation>All committee members (absent ones marked)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="45"/>
        <source>Hanya anggota yang hadir atau diwakili</source>
        <translation>Only members present or represented</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="46"/>
        <source>Ketua dan sekretaris saja</source>
        <translation>Chair and secretary only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="61"/>
        <source>Templat berita acara</source>
        <translation>Berita acara template</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="67"/>
        <source>kosong: nama pemerintah daerah dari data instansi</source>
        <translation>empty: the regional government&apos;s name from the agency record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="69"/>
        <source>kosong: nama BKPSDM dari data instansi</source>
        <translation>empty: the BKPSDM&apos;s name from the agency record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="71"/>
        <source>kosong: alamat dari data instansi</source>
        <translation>empty: the address from the agency record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="73"/>
        <source>berkas PNG atau JPG lambang daerah (boleh kosong)</source>
        <translation>PNG or JPG file of the regional emblem (optional)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="74"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="125"/>
        <source>Mengetahui — jabatan:</source>
        <translation>Acknowledged by — position:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Kop surat</source>
        <translation>Letterhead (kop)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="83"/>
        <source>Pemerintah:</source>
        <translation>Government:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="84"/>
        <source>Instansi:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="85"/>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="86"/>
        <source>Logo:</source>
        <translation>Emblem:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="90"/>
        <source>Penanda yang tersedia: {0}</source>
        <translation>Available markers: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Kata-kata</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="103"/>
        <source>Paragraf pembuka:</source>
        <translation>Opening paragraph:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="104"/>
        <source>Paragraf penutup:</source>
        <translation>Closing paragraph:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="117"/>
        <source>mis. Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian</source>
        <translation>e.g. Bupati Sukamaju Timur as the Pejabat Pembina Kepegawaian</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="121"/>
        <source>bila ada</source>
        <translation>if any</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="163"/>
        <source>Tanda tangan</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="124"/>
        <source>Penanda tangan:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="126"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="127"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="135"/>
        <source>Templat berlaku untuk berita acara rapat yang belum final. Rapat yang sudah final tetap tercetak seperti saat difinalkan.</source>
        <translation>The template applies to the berita acara of meetings not yet final. A final meeting still prints as it was when finalised.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="149"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="152"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="154"/>
        <source>Kembalikan bawaan</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="224"/>
        <source>Contoh: {0}</source>
        <translation>Example: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="237"/>
        <source>Pilih logo</source>
        <translation>Choose emblem</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/template_dialog.py" line="237"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>BknPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="185"/>
        <source>Sertakan kolom sensitif (tempat/tanggal lahir, alasan kalibrasi)</source>
        <translation>Include sensitive columns (place/date of birth, calibration reasons)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="191"/>
        <source>Kirim kolom sensitif hanya bila penerima memerlukannya (UU 27/2022).</source>
        <translation>Send sensitive columns only if the recipient needs them (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="193"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mengekspor kolom sensitif.</source>
        <translation>Only BKPSDM administrators and operators may export sensitive columns.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="195"/>
        <source>Buat lembar kerja…</source>
        <translation>Create workbook…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="199"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="220"/>
        <source>&lt;p style=&apos;margin-top:0&apos;&gt;Berkas .xlsx untuk Kantor Regional BKN, dengan tiga lembar:&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Data Talenta&lt;/b&gt;: satu baris per pegawai pada pemetaan terakhir periode: data utama dengan nama kolom SIASN, nilai kinerja dan potensial, kotak hasil hitung dan hasil kalibrasi, KRS, jabatan target dan kesiapan, nomor berita acara.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ringkasan&lt;/b&gt;: jumlah pegawai per kotak dan per perangkat daerah.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metadata&lt;/b&gt;: instansi, periode, skema penilaian, pembuat, waktu, dan SHA-256 data agar penerima dapat memastikan isinya tidak diubah.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Agama, surel dan nomor HP tidak pernah diekspor. Setiap ekspor tercatat di Log ekspor.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin-top:0&apos;&gt;An .xlsx file for the BKN Regional Office, with three sheets:&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Data Talenta&lt;/b&gt;: one row per employee in the period&apos;s latest mapping: main data with SIASN column names, performance and potential scores, computed and calibrated box, KRS, target post and readiness, berita acara number.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ringkasan&lt;/b&gt; (summary): employees per box and per OPD.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Metadata&lt;/b&gt;: agency, period, scoring scheme, creator, time, and a SHA-256 of the data so the recipient can confirm its content has not been altered.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Religion, email and mobile number are never exported. Every export is recorded in the Export log.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="236"/>
        <source>Lembar kerja BKN</source>
        <translation>BKN workbook</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="268"/>
        <source>Simpan lembar kerja BKN periode ini sebagai .xlsx</source>
        <translation>Save this period&apos;s BKN workbook as .xlsx</translation>
    </message>
</context>
<context>
    <name>BoxCounts</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Di atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Sesuai</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1058"/>
        <source>Di bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1059"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1061"/>
        <source>Pratinjau jumlah pegawai per kotak</source>
        <translation>Preview of the number of employees per box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1066"/>
        <source>Kotak {0}: {1}</source>
        <translation>Box {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BoxListDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="101"/>
        <source>Kotak {0}: {1} pegawai</source>
        <translation>Box {0}: {1} employee(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="111"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="113"/>
        <source>Klik dua kali untuk memilih pegawai di peta.</source>
        <translation>Double-click to select the employee on the map.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="48"/>
        <source>Buat draf rencana — periode {0}</source>
        <translation>Create draft plans — period {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="67"/>
        <source>Kotak 1</source>
        <translation>Box 1</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="71"/>
        <source>Kotak 1 tidak dibuatkan rencana: diproses sesuai ketentuan peraturan perundang-undangan.</source>
        <translation>No plans are made for box 1: it is handled under the applicable laws and regulations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="84"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="99"/>
        <source>Kotak:</source>
        <translation>Boxes:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="100"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="103"/>
        <source>Buat draf rencana</source>
        <translation>Create draft plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="106"/>
        <source>Bawaan kotak 4–8: inti manajemen talenta menurut BKN adalah mengembangkan kotak tengah (4–6), dan kotak 7–8 disiapkan sebagai Kelompok Rencana Suksesi. Kotak 9 biasanya ditangani melalui suksesi dan promosi, kotak 2–3 melalui bimbingan dan konseling kinerja oleh atasan: centang bila instansi juga menghendaki rencananya. Kegiatan diusulkan dari rekomendasi kotak dan kesenjangan kompetensi tiap pegawai. Rencana yang sudah ada tidak diubah.</source>
        <translation>Boxes 4–8 by default: according to BKN, the core of talent management is developing the middle boxes (4–6), while boxes 7–8 are prepared as the succession pool (KRS). Box 9 is usually handled through succession and promotion, boxes 2–3 through performance coaching and counselling by the superior: tick them if the agency wants plans for them too. Activities are proposed from each employee&apos;s box recommendation and competency gaps. Existing plans are not changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="137"/>
        <source>Kotak {0} ({1})</source>
        <translation>Box {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="138"/>
        <source>{0} pegawai di kotak {1} belum mempunyai rencana</source>
        <translation>{0} employee(s) in box {1} without a plan yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="145"/>
        <source>Pilih paling sedikit satu kotak.</source>
        <translation>Choose at least one box.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="149"/>
        <source>{0} pegawai akan mendapat rencana draf baru; {1} pegawai sudah mempunyai rencana.</source>
        <translation>{0} employee(s) will get a new draft plan; {1} already have a plan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="153"/>
        <source>{0} pegawai akan mendapat rencana draf baru.</source>
        <translation>{0} employee(s) will get a new draft plan.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="180"/>
        <source>Membuat rencana…</source>
        <translation>Creating plans…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/bulk_dialog.py" line="194"/>
        <source>Rencana tidak dapat dibuat: {0}</source>
        <translation>The plans could not be created: {0}</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="25"/>
        <source>di bawah ekspektasi</source>
        <translation>below expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="26"/>
        <source>sesuai ekspektasi</source>
        <translation>meets expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="27"/>
        <source>di atas ekspektasi</source>
        <translation>above expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="30"/>
        <source>rendah</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="31"/>
        <source>menengah</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="32"/>
        <source>tinggi</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="34"/>
        <source>Kotak {0} — kinerja {1}, potensial {2}</source>
        <translation>Box {0} — performance {1}, potential {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="54"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="57"/>
        <source>Pindahkan &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Move &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="68"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="69"/>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="71"/>
        <source>Hasil hitung</source>
        <translation>Computed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="71"/>
        <source>Kotak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="75"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="77"/>
        <source>Dicatat pada rapat: {0}</source>
        <translation>Recorded at meeting: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="79"/>
        <source>Tidak ada rapat Komite Talenta yang aktif; kalibrasi dicatat tanpa rapat.</source>
        <translation>No talent committee meeting is in progress; the calibration is recorded without a meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="83"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="87"/>
        <source>Alasan kalibrasi (wajib), mis. dasar data atau pertimbangan komite yang dibahas</source>
        <translation>Reason for the calibration (required), e.g. the evidence or the committee considerations discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="97"/>
        <source>Catat kalibrasi</source>
        <translation>Record calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="98"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="103"/>
        <source>Alasan wajib diisi; kalibrasi tercatat di log audit dan tidak dapat dihapus.</source>
        <translation>A reason is required; the calibration is recorded in the audit log and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/calibration_dialog.py" line="111"/>
        <source>Alasan</source>
        <translation>Reason</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="245"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="246"/>
        <source>Terakhir bekerja</source>
        <translation>Last employed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="247"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="251"/>
        <source>Tanggal terakhir yang menunjukkan pegawai masih bekerja, dan asalnya; tanggal keluar tidak ada di data utama SIASN</source>
        <translation>The last date showing the employee was still working, and its source; the leaving date is not in the SIASN master data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="262"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="262"/>
        <source>Dianonimkan</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="287"/>
        <source>{0} ({1}); masa simpan habis {2}</source>
        <translation>{0} ({1}); retention ends {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="291"/>
        <source>{0} baris riwayat, SKP, dan asesmen dihapus.</source>
        <translation>{0} rows of history, SKP and assessments deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="294"/>
        <source>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus.</source>
        <translation>Not named in any record: all their data is deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="297"/>
        <source>Tetap tercatat (NIP, nama, jabatan terakhir) karena disebut dalam: {0}.</source>
        <translation>Kept on record (NIP, name, last post) because named in: {0}.</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="112"/>
        <source>Pilih kolom</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="117"/>
        <source>Nama kolom SIASN/ekspor: {0}</source>
        <translation>SIASN/export column name: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="124"/>
        <source>Kolom bawaan</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="131"/>
        <source>Kolom yang dicentang tampil di tabel dan ikut diekspor.</source>
        <translation>Checked columns are shown in the table and included in exports.</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1155"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1157"/>
        <source>Data disimpan dalam satu transaksi: seluruhnya tersimpan, atau tidak sama sekali.</source>
        <translation>Data is saved in a single transaction: either all of it is saved, or none of it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1166"/>
        <source>Batalkan impor</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1198"/>
        <source>Memulai impor…</source>
        <translation>Starting import…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1202"/>
        <source>Mengimpor {0}, lembar “{1}”: {2} baris baru, {3} baris diperbarui.</source>
        <translation>Importing {0}, sheet “{1}” — new rows: {2}, updated rows: {3}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1224"/>
        <source>Membatalkan… perubahan yang sudah dibuat dikembalikan.</source>
        <translation>Cancelling… changes made so far are being rolled back.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1244"/>
        <source>Impor selesai</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1247"/>
        <source>{0} baris dibaca dari {1}, lembar “{2}”.</source>
        <translation>Rows read from {1}, sheet “{2}”: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1250"/>
        <source>Baru: {0} · diperbarui: {1} · tidak berubah: {2}</source>
        <translation>New: {0} · updated: {1} · unchanged: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1255"/>
        <source>{0} baris tidak valid dilewati.</source>
        <translation>Invalid rows skipped: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1257"/>
        <source>{0} unit kerja baru dibuat.</source>
        <translation>New units created: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1269"/>
        <source>Impor dibatalkan</source>
        <translation>Import cancelled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1271"/>
        <source>Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>No data was changed; the database is as it was before the import.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1278"/>
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1281"/>
        <source>{0}&lt;br&gt;&lt;br&gt;Tidak ada data yang diubah; database tetap seperti sebelum impor.</source>
        <translation>{0}&lt;br&gt;&lt;br&gt;No data was changed; the database is as it was before the import.</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="20"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="21"/>
        <source>Sekretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="22"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="25"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="26"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="27"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="30"/>
        <source>Penetapan kotak/kalibrasi</source>
        <translation>Box placement/calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="31"/>
        <source>Keanggotaan Kelompok Rencana Suksesi</source>
        <translation>Succession pool (KRS) membership</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="32"/>
        <source>Suksesor jabatan target</source>
        <translation>Successor for target post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="33"/>
        <source>Persetujuan rencana pengembangan</source>
        <translation>Development plan approval</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="34"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="37"/>
        <source>diri sendiri</source>
        <translation>self</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="38"/>
        <source>keluarga</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="39"/>
        <source>bawahan langsung</source>
        <translation>direct subordinate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="40"/>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="43"/>
        <source>Persiapan</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/labels.py" line="44"/>
        <source>Berlangsung</source>
        <translation>In progress</translation>
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
        <translation>New committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="102"/>
        <source>Komite Talenta Instansi</source>
        <translation>Agency Talent Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="104"/>
        <source>mis. 800.1.3/45/KPTS/BKPSDM/2025</source>
        <translation>e.g. 800.1.3/45/KPTS/BKPSDM/2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="108"/>
        <source>mis. Keputusan Bupati … tentang Pembentukan Komite Talenta</source>
        <translation>e.g. Regent&apos;s Decree … on the Establishment of the Talent Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="111"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="124"/>
        <source>lebih dari separuh anggota</source>
        <translation>more than half of the members</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="125"/>
        <source> anggota</source>
        <translation> members</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="128"/>
        <source>&amp;Nama komite:</source>
        <translation>Committee &amp;name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="129"/>
        <source>Nomor &amp;SK:</source>
        <translation>&amp;Decree (SK) number:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="130"/>
        <source>&amp;Tanggal SK:</source>
        <translation>Decree (SK) da&amp;te:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="131"/>
        <source>&amp;Judul SK:</source>
        <translation>Decree (SK) &amp;title:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="132"/>
        <source>&amp;Masa tugas:</source>
        <translation>&amp;Term of office:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="133"/>
        <source>&amp;Kuorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="135"/>
        <source>Buat komite</source>
        <translation>Create committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="138"/>
        <source>Komite ditetapkan dengan SK Pejabat Pembina Kepegawaian. Nomor dan tanggal SK menjadi dasar hukum pada berita acara. Kuorum: jumlah anggota yang harus hadir atau diwakili agar rapat dapat dimulai; bawaan lebih dari separuh anggota.</source>
        <translation>The committee is established by a decree (SK) of the Staffing Supervisory Official (PPK). The decree number and date are the legal basis cited in the berita acara. Quorum: the number of members who must be present or represented before a meeting can start; by default more than half of the members.</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="207"/>
        <source>Komite Talenta</source>
        <translation>Talent Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="209"/>
        <source>Rapat komite: kehadiran dan kuorum, notulen, keputusan, tindak lanjut dan berita acara</source>
        <translation>Committee meetings: attendance and quorum, minutes, decisions, follow-ups and official minutes (berita acara)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="216"/>
        <source>Komite</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="217"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="405"/>
        <source>Komite baru…</source>
        <translation>New committee…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="219"/>
        <source>Catat komite baru sesuai SK Pejabat Pembina Kepegawaian</source>
        <translation>Record a new committee as set by the decree (SK) of the Staffing Supervisory Official (PPK)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="221"/>
        <source>Templat berita acara…</source>
        <translation>Berita acara template…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="223"/>
        <source>Kop, kata-kata pembuka dan penutup, dan penanda tangan berita acara</source>
        <translation>Letterhead, opening and closing wording, and signatories of the berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="241"/>
        <source>Anggota…</source>
        <translation>Members…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="243"/>
        <source>Tambah anggota komite dari daftar pegawai atau dari luar instansi</source>
        <translation>Add committee members from the employee list or from outside the agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="249"/>
        <source>Klik dua kali untuk mengubah peran, jabatan atau keanggotaan</source>
        <translation>Double-click to change the role, position or membership</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="250"/>
        <source>Rapat baru…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="264"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="267"/>
        <source>Rapat</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="277"/>
        <source>Berita acara (PDF)…</source>
        <translation>Berita acara (PDF)…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="278"/>
        <source>Buat berita acara rapat ini sebagai PDF (A4 atau F4)</source>
        <translation>Create the official minutes (berita acara) of this meeting as a PDF (A4 or F4)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="279"/>
        <source>Finalkan…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="282"/>
        <source>Kunci rapat ini: kehadiran, notulen, keputusan dan kalibrasinya tidak dapat diubah lagi</source>
        <translation>Lock this meeting: its attendance, minutes, decisions and calibrations can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="296"/>
        <source>● Rapat berlangsung — kalibrasi di Peta Talenta tercatat pada rapat ini.</source>
        <translation>● Meeting in progress — calibrations on the Talent Map are recorded in this meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="306"/>
        <source>Rapat final — terkunci. Koreksi melalui rapat baru yang merujuk rapat ini.</source>
        <translation>Meeting final — locked. Make corrections through a new meeting that refers to this one.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="314"/>
        <source>Sidik jari (SHA-256) isi berita acara saat difinalkan; tercetak di halaman terakhir PDF dan dapat dicocokkan dengan basis data.</source>
        <translation>Fingerprint (SHA-256) of the berita acara content when finalised; printed on the last page of the PDF and can be checked against the database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="318"/>
        <source>Rapat koreksi…</source>
        <translation>Correction meeting…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="320"/>
        <source>Buat rapat baru yang mengoreksi rapat final ini</source>
        <translation>Create a new meeting that corrects this final meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="343"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="344"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="345"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="352"/>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="353"/>
        <source>Pembahasan</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="354"/>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="397"/>
        <source>Belum ada Komite Talenta. Catat komite sesuai SK Pejabat Pembina Kepegawaian (nomor dan tanggal SK, anggota dengan perannya), lalu siapkan rapatnya.</source>
        <translation>No Talent Committee yet. Record the committee as set by the decree (SK) of the Staffing Supervisory Official (PPK) (decree number and date, members and their roles), then prepare its meetings.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="457"/>
        <source>Belum ada notulen.</source>
        <translation>No minutes yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="458"/>
        <source>Belum ada agenda.</source>
        <translation>No agenda yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="476"/>
        <source>Mulai rapat</source>
        <translation>Start meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="478"/>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="480"/>
        <source>Hentikan sementara: kalibrasi di Peta Talenta tidak lagi tercatat pada rapat ini</source>
        <translation>Pause: calibrations on the Talent Map are no longer recorded in this meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="486"/>
        <source>Pilih kehadiran tiap anggota; untuk yang diwakili, tulis nama wakilnya di kolom &quot;Diwakili oleh&quot;.</source>
        <translation>Choose the attendance of each member; for those represented, enter the representative&apos;s name in the &quot;Represented by&quot; column.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="515"/>
        <source>Satu butir agenda per baris</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="517"/>
        <source>Simpan agenda</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="518"/>
        <source>Satu butir agenda per baris, berurutan seperti pada berita acara.</source>
        <translation>One agenda item per line, in the order used in the berita acara.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="535"/>
        <source>Tulis jalannya rapat di sini. Perubahan tersimpan otomatis sebagai draf setiap beberapa detik.</source>
        <translation>Write the proceedings of the meeting here. Changes are saved automatically as a draft every few seconds.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="539"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="541"/>
        <source>Simpan notulen (tercatat di jejak audit)</source>
        <translation>Save the minutes (recorded in the audit trail)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="560"/>
        <source>Tambah keputusan…</source>
        <translation>Add decision…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="561"/>
        <source>Benturan kepentingan…</source>
        <translation>Conflict of interest…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="562"/>
        <source>Catat anggota yang keluar ruangan selama seorang pegawai dibahas</source>
        <translation>Record a member who left the room while an employee was discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="563"/>
        <source>Catatan pegawai…</source>
        <translation>Employee note…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="564"/>
        <source>Catatan pembahasan tentang seorang pegawai dan tanda &quot;dibahas&quot;</source>
        <translation>Discussion notes about an employee and the &quot;discussed&quot; mark</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="557"/>
        <source>Kalibrasi di Peta Talenta selama rapat berlangsung masuk ke sini, diikuti keputusan lain rapat ini.</source>
        <translation>Calibrations on the Talent Map made while the meeting is in progress appear here, followed by the other decisions of this meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="579"/>
        <source>Klik dua kali untuk mengubah catatan</source>
        <translation>Double-click to change the note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="578"/>
        <source>Catatan pembahasan per pegawai</source>
        <translation>Discussion notes per employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="580"/>
        <source>Benturan kepentingan: anggota yang keluar ruangan</source>
        <translation>Conflicts of interest: members who stepped out</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="589"/>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="713"/>
        <source>{0} s.d. {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="715"/>
        <source>sejak {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="717"/>
        <source>Kuorum {0} dari {1} anggota</source>
        <translation>Quorum {0} of {1} members</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="719"/>
        <source>Belum ada anggota: tambahkan dengan &quot;Anggota…&quot;.</source>
        <translation>No members yet: add them with &quot;Members…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="722"/>
        <source>SK Nomor {0}
tanggal {1}
Masa tugas {2}</source>
        <translation>Decree (SK) no. {0}
dated {1}
Term of office {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="765"/>
        <source>Belum ada rapat. Buat rapat dengan &quot;Rapat baru…&quot;.</source>
        <translation>No meetings yet. Create one with &quot;New meeting…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="767"/>
        <source>Pilih atau buat komite.</source>
        <translation>Choose or create a committee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="779"/>
        <source>Memuat rapat…</source>
        <translation>Loading the meeting…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="792"/>
        <source>Rapat tidak dapat dibaca: {0}</source>
        <translation>The meeting could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="843"/>
        <source>Berita acara nomor {0}</source>
        <translation>Berita acara no. {0}</translation>
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
        <translation>{0}, {1} · {2} · {3} · period {4}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="859"/>
        <source>Koreksi atas rapat {0}</source>
        <translation>Correction of meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="868"/>
        <source>Sidik jari berita acara: {0}</source>
        <translation>Berita acara fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="883"/>
        <source>Rapat sudah final.</source>
        <translation>The meeting is final.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="886"/>
        <source>Rapat sedang berlangsung. &quot;Jeda&quot; menghentikan pencatatan kalibrasi pada rapat ini.</source>
        <translation>The meeting is in progress. &quot;Pause&quot; stops recording calibrations in this meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="889"/>
        <source>Rapat {0} masih berlangsung; jeda atau finalkan rapat itu dulu.</source>
        <translation>Meeting {0} is still in progress; pause or finalise it first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="894"/>
        <source>Belum dapat dimulai: paling sedikit {0} anggota harus hadir atau diwakili (kini {1}).</source>
        <translation>Cannot start yet: at least {0} members must be present or represented (currently {1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="898"/>
        <source>Kuorum terpenuhi. Setelah dimulai, kalibrasi di Peta Talenta tercatat pada rapat ini.</source>
        <translation>Quorum reached. Once started, calibrations on the Talent Map are recorded in this meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="944"/>
        <source>Keputusan hanya dapat dicatat selama rapat berlangsung</source>
        <translation>Decisions can only be recorded while the meeting is in progress</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="920"/>
        <source>Keputusan ({0})</source>
        <translation>Decisions ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="924"/>
        <source>Pembahasan ({0})</source>
        <translation>Discussion ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="928"/>
        <source>Tindak lanjut ({0})</source>
        <translation>Follow-ups ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="973"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1309"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="980"/>
        <source>Rapat terkunci</source>
        <translation>Meeting locked</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1005"/>
        <source>Diwakili</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1006"/>
        <source>Nama (dan jabatan) wakil {0}:</source>
        <translation>Name (and post) of the representative for {0}:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1007"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1008"/>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1396"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1017"/>
        <source>Kehadiran tidak dicatat</source>
        <translation>Attendance not recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1030"/>
        <source>Rapat belum dapat dimulai</source>
        <translation>The meeting cannot start yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1033"/>
        <source>Rapat {0} dimulai. Kalibrasi di Peta Talenta kini tercatat pada rapat ini.</source>
        <translation>Meeting {0} started. Calibrations on the Talent Map are now recorded in this meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1048"/>
        <source>Rapat tidak dapat dijeda</source>
        <translation>The meeting could not be paused</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1050"/>
        <source>Rapat {0} dijeda.</source>
        <translation>Meeting {0} paused.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1073"/>
        <source>Perubahan agenda belum disimpan.</source>
        <translation>Agenda changes not saved yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1084"/>
        <source>Agenda tidak disimpan</source>
        <translation>Agenda not saved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1091"/>
        <source>Agenda disimpan ({0} butir).</source>
        <translation>Agenda saved ({0} items).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1106"/>
        <source>Notulen final.</source>
        <translation>Minutes final.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1111"/>
        <source>Ada draf tersimpan otomatis pukul {0} yang belum disimpan.</source>
        <translation>There is an unsaved draft autosaved at {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1127"/>
        <source>Pulihkan notulen?</source>
        <translation>Restore minutes?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1129"/>
        <source>Notulen rapat {0} mempunyai draf yang tersimpan otomatis pukul {1} tetapi belum disimpan — mungkin aplikasi tertutup sebelum notulen disimpan.

Pulihkan draf itu ke editor? Bila dibuang, notulen kembali ke versi terakhir yang disimpan.</source>
        <translation>The minutes of meeting {0} have a draft autosaved at {1} that was never saved — perhaps the application closed before the minutes were saved.

Restore that draft to the editor? If discarded, the minutes revert to the last saved version.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1133"/>
        <source>Pulihkan draf</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1134"/>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1144"/>
        <source>Draf pukul {0} dipulihkan. Tekan Simpan untuk mencatatnya sebagai notulen.</source>
        <translation>Draft from {0} restored. Press Save to record it as the minutes.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1153"/>
        <source>Draf tidak dapat dibuang</source>
        <translation>The draft could not be discarded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1155"/>
        <source>Draf dibuang; notulen yang disimpan ditampilkan.</source>
        <translation>Draft discarded; the saved minutes are shown.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1164"/>
        <source>Perubahan belum tersimpan…</source>
        <translation>Changes not saved yet…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1178"/>
        <source>Draf notulen tidak tersimpan: {0}</source>
        <translation>Minutes draft not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1183"/>
        <source>Tersimpan otomatis pukul {0}</source>
        <translation>Autosaved at {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1196"/>
        <source>Notulen tidak disimpan</source>
        <translation>Minutes not saved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1199"/>
        <source>Notulen disimpan pukul {0}</source>
        <translation>Minutes saved at {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1216"/>
        <source>Rapat belum dimulai</source>
        <translation>Meeting not started</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1218"/>
        <source>Keputusan hanya dapat dicatat selama rapat berlangsung. Catat kehadiran sampai kuorum terpenuhi, lalu tekan &quot;Mulai rapat&quot; di tab Kehadiran.</source>
        <translation>Decisions can only be recorded while the meeting is in progress. Record attendance until the quorum is reached, then press &quot;Start meeting&quot; on the Attendance tab.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1224"/>
        <source>Keputusan dicatat.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1237"/>
        <source>Benturan kepentingan dicatat: {0} keluar ruangan saat {1} dibahas.</source>
        <translation>Conflict of interest recorded: {0} left the room while {1} was discussed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1254"/>
        <source>Catatan tentang {0} disimpan (dibahas).</source>
        <translation>Note on {0} saved (discussed).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1256"/>
        <source>Catatan tentang {0} disimpan (belum dibahas).</source>
        <translation>Note on {0} saved (not yet discussed).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1284"/>
        <source>Tindak lanjut tidak dapat diubah</source>
        <translation>The follow-up cannot be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1299"/>
        <source>Dasar: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1301"/>
        <source>Keluar ruangan: {0}</source>
        <translation>Left the room: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1304"/>
        <source>Keputusan {0}</source>
        <translation>Decision {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1359"/>
        <source>Belum ada periode</source>
        <translation>No period yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1360"/>
        <source>Rapat membahas satu periode talenta. Buat periode di Pengaturan lebih dulu.</source>
        <translation>A meeting discusses one talent period. Create a period in Settings first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1387"/>
        <source>Finalkan rapat?</source>
        <translation>Finalise meeting?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1389"/>
        <source>Setelah difinalkan, rapat {0} terkunci untuk selamanya: kehadiran, agenda, notulen, keputusan, catatan, tindak lanjut dan kalibrasi yang tercatat pada rapat ini tidak dapat diubah lagi. Sidik jari isi berita acaranya disimpan agar setiap salinan dapat diperiksa.

Kesalahan sesudahnya hanya dapat dikoreksi melalui rapat baru yang merujuk rapat ini.

Finalkan sekarang?</source>
        <translation>Once finalised, meeting {0} is locked for good: the attendance, agenda, minutes, decisions, notes, follow-ups and calibrations recorded in this meeting can no longer be changed. A fingerprint of its berita acara content is stored so that every copy can be verified.

Any later errors can only be corrected through a new meeting that refers to this one.

Finalise now?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1395"/>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1402"/>
        <source>Rapat tidak dapat difinalkan</source>
        <translation>The meeting could not be finalised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1407"/>
        <source>Rapat {0} difinalkan. Sidik jari: {1}</source>
        <translation>Meeting {0} finalised. Fingerprint: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1416"/>
        <source>Templat berita acara disimpan.</source>
        <translation>Berita acara template saved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1454"/>
        <source>Membuat berita acara ({0})…</source>
        <translation>Creating berita acara ({0})…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1461"/>
        <source>Berita acara disimpan: {0} — &lt;a href=&quot;{1}&quot;&gt;buka&lt;/a&gt;</source>
        <translation>Berita acara saved: {0} — &lt;a href=&quot;{1}&quot;&gt;open&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1470"/>
        <source>Pembuat PDF berita acara belum tersedia pada versi ini.</source>
        <translation>The berita acara PDF generator is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/committee.py" line="1473"/>
        <source>Berita acara tidak dapat dibuat: {0}</source>
        <translation>The berita acara could not be created: {0}</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="80"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="131"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="88"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="89"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="133"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="137"/>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="218"/>
        <source>Belum dicatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="140"/>
        <source>Diwakili oleh</source>
        <translation>Represented by</translation>
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
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="262"/>
        <source>Keputusan / alasan</source>
        <translation>Decision / reason</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="263"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="264"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="266"/>
        <source>Anggota keluar ruangan</source>
        <translation>Members who left the room</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="289"/>
        <source>Kegiatan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="290"/>
        <source>Penanggung jawab</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="292"/>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="295"/>
        <source>Lewat batas waktu dan belum selesai</source>
        <translation>Past its due date and not done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="300"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="348"/>
        <source>Dibahas</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="352"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="363"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="365"/>
        <source>Keluar saat membahas</source>
        <translation>Stepped out while discussing</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/models.py" line="369"/>
        <source>Hubungan</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="39"/>
        <source>Jam pelajaran pengembangan kompetensi pada tahun periode ini</source>
        <translation>Competency development training hours (JP) in the year of this period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="40"/>
        <source>Hukuman disiplin terakhir yang tercatat, bila ada</source>
        <translation>The latest recorded disciplinary penalty, if any</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="41"/>
        <source>Job Person Match dari asesmen kompetensi terakhir</source>
        <translation>Job Person Match from the latest competency assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="73"/>
        <source>Bandingkan calon — {0}</source>
        <translation>Compare candidates — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="73"/>
        <source>Bandingkan calon</source>
        <translation>Compare candidates</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="92"/>
        <source>Huruf &amp;besar</source>
        <translation>&amp;Large text</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="94"/>
        <source>Perbesar tulisan untuk proyektor</source>
        <translation>Enlarge the text for a projector</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="95"/>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="97"/>
        <source>Isi seluruh layar (F11)</source>
        <translation>Fill the whole screen (F11)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="98"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="134"/>
        <source>(tidak ditampilkan)</source>
        <translation>(not shown)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="135"/>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="141"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="142"/>
        <source>Jenjang, gol.</source>
        <translation>Level, grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="143"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="144"/>
        <source>Nilai kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="145"/>
        <source>Nilai potensial</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="146"/>
        <source>Nilai talenta</source>
        <translation>Talent score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="147"/>
        <source>JPM asesmen</source>
        <translation>Assessment JPM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="148"/>
        <source>Predikat SKP</source>
        <translation>SKP rating</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="149"/>
        <source>JP tahun ini</source>
        <translation>JP this year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="150"/>
        <source>Usia · pensiun</source>
        <translation>Age · retirement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="150"/>
        <source>{0} tahun · pensiun {1}</source>
        <translation>{0} years · retires {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="151"/>
        <source>Hukdis terakhir</source>
        <translation>Latest disciplinary penalty</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="183"/>
        <source>Tertinggi di antara calon yang dibandingkan</source>
        <translation>Highest among the candidates compared</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="214"/>
        <source>Kotak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/compare.py" line="214"/>
        <source>Belum dipetakan</source>
        <translation>Not mapped yet</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="262"/>
        <source>Tandai selesai — {0}</source>
        <translation>Mark done — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="266"/>
        <source>mis. Sertifikat No. 123/PKA/2026, laporan magang, nama berkas</source>
        <translation>e.g. Certificate No. 123/PKA/2026, internship report, file name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="273"/>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="276"/>
        <source>Kegiatan:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="277"/>
        <source>&amp;Bukti penyelesaian:</source>
        <translation>&amp;Evidence of completion:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="278"/>
        <source>&amp;Tanggal selesai:</source>
        <translation>&amp;Completion date:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="279"/>
        <source>&amp;JP yang diperoleh:</source>
        <translation>&amp;JP earned:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="281"/>
        <source>Tandai selesai</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="284"/>
        <source>Bukti wajib diisi. JP yang diperoleh dihitung pada tahun tanggal selesai, untuk pemenuhan 20 JP per tahun.</source>
        <translation>Evidence is required. The JP earned count in the year of the completion date, towards the 20 JP a year.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="201"/>
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="202"/>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="203"/>
        <source>Efektif</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="204"/>
        <source>Wajib</source>
        <translation>Req.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="205"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="209"/>
        <source>Sumber nilai (0–100) yang ditimbang pada sumbu ini</source>
        <translation>Score source (0–100) weighted on this axis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="210"/>
        <source>Bobot komponen; jumlah bobot satu sumbu harus 100</source>
        <translation>Component weight; the weights of an axis must add up to 100</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="212"/>
        <source>Bobot yang benar-benar berlaku bila komponen tanpa data di aplikasi dibagi ulang ke komponen lain</source>
        <translation>The weight actually applied once components with no data in the app are shared out to the others</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="215"/>
        <source>Pegawai tanpa data komponen wajib masuk daftar &apos;belum dapat dipetakan&apos;</source>
        <translation>Employees without data for a required component go to the &apos;not yet mappable&apos; list</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="216"/>
        <source>Apakah aplikasi mencatat data untuk komponen ini</source>
        <translation>Whether the app records data for this component</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="256"/>
        <source>Tercatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="256"/>
        <source>Belum tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="272"/>
        <source>Data komponen ini belum tercatat di aplikasi: nilainya kosong untuk semua pegawai, jadi bobotnya dibagi ke komponen lain secara proporsional.</source>
        <translation>The app does not record data for this component yet: its value is empty for every employee, so its weight is shared proportionally among the other components.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="276"/>
        <source>Ketik angka atau klik dua kali untuk mengubah bobot</source>
        <translation>Type a number or double-click to change the weight</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="278"/>
        <source>Bila wajib, pegawai tanpa data ini tidak dipetakan: {0}</source>
        <translation>If required, employees without this data are not mapped: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="519"/>
        <source>Benturan kepentingan — rapat {0}</source>
        <translation>Conflict of interest — meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="525"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="532"/>
        <source>mis. atasan langsung pegawai yang dibahas</source>
        <translation>e.g. direct superior of the employee discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="533"/>
        <source>&amp;Anggota:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="534"/>
        <source>&amp;Pegawai yang dibahas:</source>
        <translation>&amp;Employee discussed:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="535"/>
        <source>&amp;Hubungan:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="536"/>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="538"/>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="541"/>
        <source>Anggota tersebut keluar ruangan selama pegawai ini dibahas; berita acara mencatatnya pada setiap keputusan tentang pegawai itu.</source>
        <translation>The member leaves the room while this employee is discussed; the berita acara records this on every decision about that employee.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="462"/>
        <source>Tambah keputusan — rapat {0}</source>
        <translation>Add decision — meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="472"/>
        <source>Apa yang diputuskan</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="475"/>
        <source>Data atau peraturan yang mendasari, mis. jabatan target</source>
        <translation>Supporting data or regulation, e.g. the target post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="476"/>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="477"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="478"/>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="479"/>
        <source>&amp;Dasar:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="481"/>
        <source>Catat keputusan</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="484"/>
        <source>Pegawai boleh dikosongkan untuk keputusan umum. Perpindahan kotak dicatat di Peta Talenta selama rapat berlangsung dan otomatis masuk daftar keputusan rapat ini.</source>
        <translation>Leave the employee empty for a general decision. Box moves are recorded on the Talent Map while the meeting is in progress and are added to this meeting&apos;s decisions automatically.</translation>
    </message>
</context>
<context>
    <name>Development</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="17"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="18"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="19"/>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="25"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="20"/>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="26"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="23"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="24"/>
        <source>Berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="29"/>
        <source>Klasikal</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="30"/>
        <source>Nonklasikal</source>
        <translation>Non-classroom</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="33"/>
        <source>Mentor tetap</source>
        <translation>Permanent mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="34"/>
        <source>Mentor tidak tetap</source>
        <translation>Temporary mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="37"/>
        <source>70 — pengalaman</source>
        <translation>70 — experience</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="38"/>
        <source>20 — belajar dari orang lain</source>
        <translation>20 — learning from others</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="39"/>
        <source>10 — pembelajaran formal</source>
        <translation>10 — formal learning</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="42"/>
        <source>Pelatihan kepemimpinan</source>
        <translation>Leadership training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="43"/>
        <source>Pelatihan manajerial</source>
        <translation>Managerial training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="44"/>
        <source>Pelatihan teknis</source>
        <translation>Technical training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="45"/>
        <source>Pelatihan fungsional</source>
        <translation>Functional training</translation>
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
        <translation>Course</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="49"/>
        <source>Tugas belajar</source>
        <translation>Study leave</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="50"/>
        <source>Coaching (bimbingan kinerja)</source>
        <translation>Coaching (performance guidance)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="51"/>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="52"/>
        <source>Konseling kinerja</source>
        <translation>Performance counselling</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="53"/>
        <source>E-learning</source>
        <translation>E-learning</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="54"/>
        <source>Detasering (secondment)</source>
        <translation>Secondment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="55"/>
        <source>Magang</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="56"/>
        <source>Patok banding (benchmarking)</source>
        <translation>Benchmarking</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="57"/>
        <source>Pertukaran PNS</source>
        <translation>PNS exchange</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="58"/>
        <source>Penugasan khusus</source>
        <translation>Special assignment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="59"/>
        <source>Rotasi/perluasan jabatan</source>
        <translation>Rotation/job enlargement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/labels.py" line="60"/>
        <source>Komunitas belajar</source>
        <translation>Learning community</translation>
    </message>
</context>
<context>
    <name>DevelopmentPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="156"/>
        <source>Rencana Pengembangan</source>
        <translation>Development Plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="158"/>
        <source>Rencana pengembangan individu (IDP): kegiatan, progres dan JP tiap pegawai</source>
        <translation>Individual development plans (IDP): activities, progress and JP of each employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="164"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="165"/>
        <source>Periode talenta yang rencananya ditampilkan</source>
        <translation>The talent period whose plans are shown</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="171"/>
        <source>Buat rencana…</source>
        <translation>Create plan…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="172"/>
        <source>Rencana pengembangan untuk satu pegawai</source>
        <translation>A development plan for one employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="173"/>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="235"/>
        <source>Buat draf rencana…</source>
        <translation>Create draft plans…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="175"/>
        <source>Draf rencana untuk semua pegawai di kotak yang dipilih</source>
        <translation>Draft plans for all employees in the chosen boxes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="182"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="263"/>
        <source>Rencana dan kegiatannya per unit induk (OPD) menurut unit pegawai saat ini. Progres: bagian kegiatan yang sudah selesai, tanpa kegiatan yang dibatalkan.</source>
        <translation>Plans and their activities per parent unit (OPD), by each employee&apos;s current unit. Progress: the share of activities done, cancelled activities excluded.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="277"/>
        <source>Rencana</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="278"/>
        <source>Per unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="283"/>
        <source>Belum ada periode talenta. Rencana pengembangan dibuat dari kotak pegawai pada suatu periode: petakan periode di halaman Peta Talenta lebih dulu.</source>
        <translation>No talent period yet. Development plans are made from the employees&apos; boxes in a period: map a period on the Talent Map page first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="345"/>
        <source>{0} (ditutup)</source>
        <translation>{0} (closed)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="377"/>
        <source>Periode {0} belum dipetakan: belum ada kotak pegawai.</source>
        <translation>Period {0} has not been mapped yet: no employee has a box.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="414"/>
        <source>Memuat rencana pengembangan periode {0}…</source>
        <translation>Loading development plans for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="432"/>
        <source>Rencana pengembangan tidak dapat dibaca: {0}</source>
        <translation>The development plans could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="439"/>
        <source>Belum ada rencana pengembangan pada periode {0}. Buat draf rencana untuk pegawai di kotak yang dipilih dengan &quot;Buat draf rencana…&quot;, atau untuk satu pegawai dengan &quot;Buat rencana…&quot;.</source>
        <translation>No development plans in period {0} yet. Create draft plans for the employees in chosen boxes with &quot;Create draft plans…&quot;, or for one employee with &quot;Create plan…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="443"/>
        <source>Belum ada rencana pengembangan pada periode {0}.</source>
        <translation>No development plans in period {0} yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="458"/>
        <source>Belum ada rencana pada periode {0}.</source>
        <translation>No plans in period {0} yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="465"/>
        <source>{0} kegiatan terlambat</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="469"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; rencana</source>
        <translation>Plans: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="470"/>
        <source>progres &lt;b&gt;{0}&lt;/b&gt; ({1} dari {2} kegiatan selesai)</source>
        <translation>progress &lt;b&gt;{0}&lt;/b&gt; ({1} of {2} activities done)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="476"/>
        <source>{0} dari {1} pegawai mencapai {2} JP pada tahun {3}</source>
        <translation>{0} of {1} employees reached {2} JP in {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="483"/>
        <source>JP dihitung dari riwayat diklat dan kegiatan rencana yang selesai pada tahun {0} (rencana periode {1} dilaksanakan sesudah tanggal acuannya). Minimal {2} JP per pegawai per tahun.</source>
        <translation>JP are counted from the training history and the plan activities done in {0} (the plans of period {1} are carried out after its reference date). At least {2} JP per employee per year.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="497"/>
        <source>{0} rencana</source>
        <translation>Plans: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="499"/>
        <source>{0} dari {1} rencana</source>
        <translation>{0} of {1} plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="534"/>
        <source>Tidak ada rencana yang cocok dengan filter.</source>
        <translation>No plans match the filters.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="567"/>
        <source>Membaca peta talenta periode {0}…</source>
        <translation>Reading the talent map for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="581"/>
        <source>Peta talenta periode ini tidak dapat dibaca: {0}</source>
        <translation>The talent map for this period could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="617"/>
        <source>Rencana pengembangan {0} dibuat (draf).</source>
        <translation>Development plan for {0} created (draft).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="637"/>
        <source>{0} rencana draf dibuat; {1} pegawai sudah mempunyai rencana (tidak diubah).</source>
        <translation>Draft plans created: {0}; employees who already had a plan (left unchanged): {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/development.py" line="640"/>
        <source>{0} rencana draf dibuat.</source>
        <translation>Draft plans created: {0}.</translation>
    </message>
</context>
<context>
    <name>DevelopmentTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="88"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="89"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="90"/>
        <source>Kotak</source>
        <translation>Box</translation>
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
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="99"/>
        <location filename="../../talenta_desktop/ui/development/models.py" line="397"/>
        <source>Progres</source>
        <translation>Progress</translation>
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
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="105"/>
        <source>Kegiatan selesai dari seluruh kegiatan (tanpa yang batal)</source>
        <translation>Activities done out of all activities (cancelled ones excluded)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="108"/>
        <source>Bagian kegiatan yang sudah selesai</source>
        <translation>Share of the activities done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="109"/>
        <source>JP kegiatan selesai dari JP yang direncanakan</source>
        <translation>JP of the activities done out of the JP planned</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="110"/>
        <source>Kegiatan yang lewat batas waktu dan belum selesai</source>
        <translation>Activities past their deadline and not done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="199"/>
        <source>{0} kegiatan lewat batas waktu</source>
        <translation>Activities past their deadline: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="203"/>
        <source>{0} JP selesai dari {1} JP direncanakan</source>
        <translation>{0} JP done of {1} JP planned</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="277"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="278"/>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="280"/>
        <source>Bentuk</source>
        <translation>Type</translation>
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
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="332"/>
        <source>Lewat batas waktu {0} hari dan belum selesai</source>
        <translation>Past the deadline by {0} day(s) and not done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="338"/>
        <source>Selesai {0}</source>
        <translation>Completed {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="343"/>
        <source>Dari rekomendasi kotak</source>
        <translation>From the box recommendation</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="344"/>
        <source>Untuk menutup kesenjangan kompetensi</source>
        <translation>To close a competency gap</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="345"/>
        <source>Ditambahkan oleh pengguna</source>
        <translation>Added by a user</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="380"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="382"/>
        <source>Rencana</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/models.py" line="394"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="248"/>
        <source>Selisih lebih dari {0} poin dari pedoman</source>
        <translation>More than {0} points off the guideline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="257"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="272"/>
        <source>Kotak</source>
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="273"/>
        <source>Jumlah</source>
        <comment>number of people (column header)</comment>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="274"/>
        <source>Aktual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="275"/>
        <source>Pedoman</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="276"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="281"/>
        <source>Pegawai di kotak ini</source>
        <translation>Employees in this box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="282"/>
        <source>Persentase dari pegawai yang dipetakan</source>
        <translation>Share of the mapped employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="283"/>
        <source>Persentase menurut pedoman distribusi skema penilaian</source>
        <translation>Share set by the distribution guideline of the scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="284"/>
        <source>Aktual dikurangi pedoman, dalam poin persentase</source>
        <translation>Actual minus guideline, in percentage points</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="612"/>
        <source>Tindak lanjut — rapat {0}</source>
        <translation>Follow-up — meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="616"/>
        <source>mis. Menyusun rencana pengembangan pegawai kotak 5–8</source>
        <translation>e.g. Draw up development plans for employees in boxes 5–8</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="618"/>
        <source>mis. Kepala BKPSDM</source>
        <translation>e.g. Head of BKPSDM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="619"/>
        <source>Ada batas waktu</source>
        <translation>Has a deadline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="629"/>
        <source>&amp;Kegiatan:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="630"/>
        <source>&amp;Penanggung jawab:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="631"/>
        <source>&amp;Batas waktu:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="632"/>
        <source>Tambah tindak lanjut</source>
        <translation>Add follow-up</translation>
    </message>
</context>
<context>
    <name>GuidelineChart</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="189"/>
        <source>Sebaran per kotak dibanding pedoman</source>
        <translation>Distribution per box vs. guideline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="201"/>
        <source>Aktual (warna kotak)</source>
        <translation>Actual (box colour)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="201"/>
        <source>Pedoman</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="207"/>
        <source>Pedoman distribusi belum diatur pada skema.</source>
        <translation>The scheme has no distribution guideline yet.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="185"/>
        <source>Panduan Talenta Desktop</source>
        <translation>Talenta Desktop Guide</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="194"/>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="194"/>
        <source>Halaman sebelumnya (Alt+Kiri)</source>
        <translation>Previous page (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="197"/>
        <source>Maju ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="197"/>
        <source>Halaman berikutnya (Alt+Kanan)</source>
        <translation>Next page (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="200"/>
        <source>Halaman awal</source>
        <translation>Start page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="200"/>
        <source>Halaman awal panduan</source>
        <translation>Guide start page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="203"/>
        <source>Cari di halaman ini (Ctrl+F)…</source>
        <translation>Search this page (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="205"/>
        <source>Enter: temuan berikutnya · Shift+Enter: sebelumnya · Esc: hapus</source>
        <translation>Enter: next match · Shift+Enter: previous · Esc: clear</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="221"/>
        <source>Daftar isi panduan</source>
        <translation>Guide contents</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="236"/>
        <source>Isi panduan</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="335"/>
        <source>{0} — Panduan Talenta Desktop</source>
        <translation>{0} — Talenta Desktop Guide</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="387"/>
        <source>{0} dari {1} di halaman ini</source>
        <translation>{0} of {1} on this page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="433"/>
        <source>“{0}” tidak ditemukan di halaman ini.</source>
        <translation>“{0}” not found on this page.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/help.py" line="435"/>
        <source>Ada di: {0}</source>
        <translation>Found in: {0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="49"/>
        <source>Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya</source>
        <translation>Show the whole agency or one unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="51"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="60"/>
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="68"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="69"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="85"/>
        <source>PNS</source>
        <translation>PNS (civil servants)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="70"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="85"/>
        <source>PPPK</source>
        <translation>PPPK (contract staff)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="71"/>
        <source>Laki-laki / perempuan</source>
        <translation>Men / women</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="72"/>
        <source>Rata-rata usia (tahun)</source>
        <translation>Average age (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="73"/>
        <source>Pensiun dalam 12 bulan</source>
        <translation>Retiring within 12 months</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="79"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="189"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="80"/>
        <source>Pegawai per unit kerja</source>
        <translation>Employees per unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="82"/>
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="84"/>
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="86"/>
        <source>Sebaran usia (tahun)</source>
        <translation>Age distribution (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="186"/>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="202"/>
        <source>Instansi belum diisi</source>
        <translation>Agency not set up yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="205"/>
        <source>Belum ada data pegawai.</source>
        <translation>No personnel data yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="209"/>
        <source>Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan &apos;talenta demo&apos;.</source>
        <translation>No personnel data yet. Import SIASN data or create a demo agency with &apos;talenta demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="213"/>
        <source>{0} pegawai di {1} unit kerja</source>
        <translation>{0} employees in {1} units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="235"/>
        <source>Unit lainnya</source>
        <translation>Other units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="249"/>
        <source>JPT</source>
        <translation>JPT (senior executive)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="250"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="251"/>
        <source>Pengawas</source>
        <translation>Supervisor (Pengawas)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="252"/>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="253"/>
        <source>Pelaksana</source>
        <translation>Executor (Pelaksana)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/home.py" line="254"/>
        <source>Belum diisi</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="93"/>
        <source>Membaca berkas</source>
        <translation>Reading file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="94"/>
        <source>Memeriksa data</source>
        <translation>Checking data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="95"/>
        <source>Mencocokkan unit kerja</source>
        <translation>Matching units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="96"/>
        <source>Menyimpan</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="97"/>
        <source>Selesai</source>
        <translation>Finishing</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="279"/>
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="285"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="286"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="287"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="288"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="289"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="31"/>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="49"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="33"/>
        <source>Hentikan pekerjaan ini; tidak ada berkas atau data yang berubah</source>
        <translation>Stop this job; no file or data is changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="65"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="878"/>
        <source>Setiap data pegawai yang keluar dari kantor tercatat di sini: siapa, kapan, berkas apa, berapa baris, dan apakah memuat kolom sensitif. Menurut UU 27/2022 tentang Pelindungan Data Pribadi, instansi harus dapat menyebutkan data pribadi apa yang keluar, dan kegagalan pelindungan data (misalnya flashdisk berisi ekspor hilang) wajib diberitahukan paling lambat 3 × 24 jam.</source>
        <translation>Every piece of employee data that leaves the office is recorded here: who, when, which file, how many rows, and whether it contains sensitive columns. Under UU 27/2022 on Personal Data Protection, the agency must be able to state what personal data has left, and a personal data protection failure (for example, a lost flash drive holding an export) must be reported within 3 × 24 hours.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="885"/>
        <source>Cari pengguna, jenis, periode atau berkas…</source>
        <translation>Search user, type, period or file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="916"/>
        <source>%Ln ekspor tercatat</source>
        <translation>
            <numerusform>%Ln export recorded</numerusform>
            <numerusform>%Ln exports recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="918"/>
        <source>{0} dari {1} ekspor</source>
        <translation>{0} of {1} exports</translation>
    </message>
</context>
<context>
    <name>LogTable</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="766"/>
        <source>Belum ada berkas yang dibuat dari sini.</source>
        <translation>No files made here yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="769"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="805"/>
        <source>Pilih berkas di daftar untuk membuka foldernya</source>
        <translation>Select a file in the list to open its folder</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="809"/>
        <source>Folder berkas ini sudah tidak ada di komputer ini.</source>
        <translation>This file&apos;s folder no longer exists on this computer.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="813"/>
        <source>Tampilkan folder {0}</source>
        <translation>Show folder {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="59"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="60"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="61"/>
        <source>Peta Talenta</source>
        <translation>Talent Map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="62"/>
        <source>Komite</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="64"/>
        <source>Pengembangan</source>
        <translation>Development</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="66"/>
        <source>Suksesi</source>
        <translation>Succession</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="67"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="68"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="196"/>
        <source>Tampilan baru dipakai saat Talenta Desktop dibuka lagi.</source>
        <translation>The new appearance takes effect the next time Talenta Desktop is opened.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="258"/>
        <source>&amp;Impor data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="265"/>
        <source>&amp;Halaman</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="274"/>
        <source>&amp;Cari di halaman ini</source>
        <translation>&amp;Find on this page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="276"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Layar penuh</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="283"/>
        <source>Per&amp;besar huruf</source>
        <translation>&amp;Increase font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="286"/>
        <source>Per&amp;kecil huruf</source>
        <translation>&amp;Decrease font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="288"/>
        <source>Ukuran huruf &amp;normal</source>
        <translation>&amp;Normal font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="291"/>
        <source>&amp;Bahasa, tema dan huruf…</source>
        <translation>&amp;Language, theme and font…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="294"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Panduan</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="298"/>
        <source>Pin&amp;tasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="303"/>
        <source>&amp;Tentang Talenta Desktop</source>
        <translation>&amp;About Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="315"/>
        <source>Halaman ini tidak memiliki kotak pencarian.</source>
        <translation>This page has no search box.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="369"/>
        <source>Database: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="373"/>
        <source>DEMO — data rekaan, bukan data pegawai sebenarnya</source>
        <translation>DEMO — fictional data, not real personnel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="377"/>
        <source>Pengguna yang masuk dan perannya</source>
        <translation>Signed-in user and their role</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="383"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="395"/>
        <source>[DEMO, tidak terenkripsi]</source>
        <translation>[DEMO, not encrypted]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="397"/>
        <source>[tidak terenkripsi]</source>
        <translation>[not encrypted]</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="402"/>
        <source>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — bekerja tanpa internet.&lt;/p&gt;&lt;p&gt;Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen Talenta ASN.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Talenta Desktop {0}&lt;/h3&gt;&lt;p&gt;Civil-service talent management (Manajemen Talenta ASN) for regional HR agencies: the nine-box talent map, the talent committee, development plans, succession for critical posts and data exchange with BKN — working without internet.&lt;/p&gt;&lt;p&gt;Basis: Law 20/2023 on the civil service (ASN); PermenPANRB 3/2020 as amended by 20/2025 on ASN talent management.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="411"/>
        <source>Tentang Talenta Desktop</source>
        <translation>About Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="430"/>
        <source>Membuat cadangan harian database…</source>
        <translation>Making the daily database backup…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="434"/>
        <source>Cadangan harian database dibuat.</source>
        <translation>Daily database backup made.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/main_window.py" line="442"/>
        <source>Cadangan harian gagal dibuat: {0} Pekerjaan dapat dilanjutkan; cadangan dicoba lagi saat Talenta Desktop dibuka berikutnya.</source>
        <translation>The daily backup could not be made: {0} You can carry on working; the backup will be tried again the next time Talenta Desktop is opened.</translation>
    </message>
</context>
<context>
    <name>MapDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="48"/>
        <source>Petakan periode {0}</source>
        <translation>Map period {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="59"/>
        <source>Nilai kinerja dan potensial dihitung ulang untuk semua pegawai dengan versi terbaru skema ini. Penempatan lama tetap tersimpan, dan kalibrasi yang sudah dibuat tetap berlaku.</source>
        <translation>Performance and potential scores are recalculated for all employees with the latest version of this scheme. Earlier placements stay on record, and calibrations already made still apply.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="88"/>
        <source>Petakan</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="90"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="95"/>
        <source>Skema penilaian</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="133"/>
        <source>{0} pegawai ditempatkan, {1} belum dapat dipetakan ({2}).</source>
        <translation>{0} placed, {1} not yet mappable ({2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="138"/>
        <source>Kotak hasil hitung berubah untuk {0} pegawai dibanding pemetaan sebelumnya; kalibrasi tetap berlaku.</source>
        <translation>The computed box changed for {0} employee(s) since the previous mapping; calibrations still apply.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/map_dialog.py" line="143"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="259"/>
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="264"/>
        <source>Pilih kolom berkas yang berisi tiap data. Data bertanda {0} wajib ada; data lain boleh dibiarkan tidak dipakai.</source>
        <translation>Choose the file column that holds each item of data. Items marked {0} are required; the others may be left unused.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="271"/>
        <source>Nama profil (opsional), mis. Rekap BKPSDM 2025</source>
        <translation>Profile name (optional), e.g. BKPSDM recap 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="273"/>
        <source>Simpan pemetaan ini dengan nama agar dapat dipakai lagi untuk berkas yang serupa</source>
        <translation>Save this mapping under a name so it can be reused for similar files</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="276"/>
        <source>Simpan sebagai profil:</source>
        <translation>Save as profile:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="283"/>
        <source>Gunakan pemetaan</source>
        <translation>Use mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="284"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="302"/>
        <source>Kolom wajib belum dipilih: {0}.</source>
        <translation>Required columns not chosen yet: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="305"/>
        <source>Semua kolom wajib sudah dipilih.</source>
        <translation>All required columns are chosen.</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="35"/>
        <source>— tidak dipakai —</source>
        <translation>— not used —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Kolom di berkas</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="122"/>
        <source>Contoh isi</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="131"/>
        <source>Nama kolom SIASN: {0}</source>
        <translation>SIASN column name: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/mapping_dialog.py" line="139"/>
        <source>{0}  (kolom {1})</source>
        <translation>{0}  (column {1})</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="599"/>
        <source>Lembar dan kolom</source>
        <translation>Sheet and columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="602"/>
        <source>Kolom berkas dikenali dari judulnya. Periksa pasangannya, lalu ubah bila ada yang keliru atau belum ditemukan.</source>
        <translation>File columns are recognised by their headings. Check the pairings, then change any that are wrong or not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="614"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="629"/>
        <source>Nama profil, mis. Rekap BKPSDM 2025</source>
        <translation>Profile name, e.g. BKPSDM recap 2025</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="630"/>
        <source>Simpan sebagai profil</source>
        <translation>Save as profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="632"/>
        <source>Simpan pemetaan ini agar dapat dipilih lagi untuk berkas dengan kolom yang sama</source>
        <translation>Save this mapping so it can be chosen again for files with the same columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="636"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="669"/>
        <source>Berkas tidak dapat dibuka: {0}</source>
        <translation>The file cannot be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="704"/>
        <source>Membaca berkas…</source>
        <translation>Reading file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="720"/>
        <source>Judul kolom di baris {0}; {1} baris data di bawahnya.</source>
        <translation>Column headings in row {0}; {1} data row(s) below.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="743"/>
        <source>Berkas tidak dapat dibaca: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="764"/>
        <source>Kolom wajib belum ditemukan: {0}. Pilih kolom berkas yang berisi data tersebut pada baris bertanda merah.</source>
        <translation>Required columns not found yet: {0}. In the rows marked red, choose the file column that holds that data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="772"/>
        <source>Semua kolom wajib ditemukan; {0} kolom berkas akan dipakai.</source>
        <translation>All required columns found; {0} file column(s) will be used.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="780"/>
        <source>Kolom berkas yang tidak dipakai ({0}): {1}</source>
        <translation>File columns not used ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="785"/>
        <source>Semua kolom berkas dipakai.</source>
        <translation>All file columns are used.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="808"/>
        <source>Profil “{0}” diperbarui.</source>
        <translation>Profile “{0}” updated.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="808"/>
        <source>Profil “{0}” disimpan.</source>
        <translation>Profile “{0}” saved.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="340"/>
        <source>Rapat koreksi</source>
        <translation>Correction meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="340"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="344"/>
        <source>Nomor berita acara, mis. 800.1.3/BA-01/KT/2026</source>
        <translation>Berita acara number, e.g. 800.1.3/BA-01/KT/2026</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="346"/>
        <source>Penetapan Hasil Pemetaan Talenta</source>
        <translation>Confirmation of Talent Mapping Results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="349"/>
        <source> (ditutup)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="357"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="364"/>
        <source>pukul</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="368"/>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="373"/>
        <source>mis. Ruang Rapat Sekretariat Daerah</source>
        <translation>e.g. Regional Secretariat Meeting Room</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="378"/>
        <source>Satu butir agenda per baris</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="382"/>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="403"/>
        <source>Pembukaan dan pengesahan kehadiran anggota</source>
        <translation>Opening and confirmation of member attendance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="383"/>
        <source>Pembahasan dan kalibrasi hasil pemetaan talenta</source>
        <translation>Discussion and calibration of talent mapping results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="384"/>
        <source>Tindak lanjut dan penutup</source>
        <translation>Follow-ups and closing</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="390"/>
        <source>— bukan rapat koreksi —</source>
        <translation>— not a correction meeting —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="394"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="398"/>
        <source>Koreksi {0}</source>
        <translation>Correction of {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="404"/>
        <source>Koreksi keputusan rapat {0}</source>
        <translation>Correction of the decisions of meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="405"/>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="410"/>
        <source>&amp;Nomor berita acara:</source>
        <translation>Berita acara &amp;number:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="411"/>
        <source>&amp;Judul rapat:</source>
        <translation>Meeting &amp;title:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="412"/>
        <source>&amp;Periode talenta:</source>
        <translation>Talent &amp;period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="413"/>
        <source>&amp;Waktu:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="414"/>
        <source>&amp;Tempat:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="415"/>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="416"/>
        <source>&amp;Koreksi atas:</source>
        <translation>&amp;Corrects:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="418"/>
        <source>Buat rapat</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="421"/>
        <source>Rapat koreksi merujuk rapat final yang dikoreksi; rapat final itu sendiri tidak berubah.</source>
        <translation>A correction meeting refers to the final meeting it corrects; that final meeting itself does not change.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="174"/>
        <source>Tambah anggota — {0}</source>
        <translation>Add member — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="177"/>
        <source>Pegawai &amp;instansi</source>
        <translation>Agency &amp;employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="178"/>
        <source>Dari &amp;luar instansi</source>
        <translation>From &amp;outside the agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="193"/>
        <source>Nama lengkap dengan gelar, seperti ditandatangani</source>
        <translation>Full name with titles, as signed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="195"/>
        <source>bila ada</source>
        <translation>if any</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="197"/>
        <source>mis. Akademisi, Universitas Sriwijaya</source>
        <translation>e.g. Academic, Sriwijaya University</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="201"/>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="202"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="203"/>
        <source>Jabatan:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="217"/>
        <source>terakhir</source>
        <translation>last</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="220"/>
        <source>Asal:</source>
        <translation>Affiliation:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="221"/>
        <source>&amp;Anggota:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="222"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="223"/>
        <source>&amp;Urutan tanda tangan:</source>
        <translation>&amp;Signing order:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="225"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="228"/>
        <source>Komite hanya mempunyai satu ketua dan satu sekretaris. Urutan tanda tangan menentukan urutan pada daftar hadir dan berita acara.</source>
        <translation>A committee has only one chair and one secretary. The signing order sets the order on the attendance list and in the berita acara.</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="270"/>
        <source>Ubah anggota — {0}</source>
        <translation>Edit member — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="283"/>
        <source>Masih &amp;anggota komite</source>
        <translation>Still a committee &amp;member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="285"/>
        <source>Anggota:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="286"/>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="287"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="288"/>
        <source>&amp;Urutan tanda tangan:</source>
        <translation>Signing &amp;order:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="291"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="294"/>
        <source>Anggota yang tidak lagi menjabat tidak dihitung dalam kuorum rapat berikutnya. Berita acara rapat yang sudah final tetap memuat anggota seperti saat rapat itu.</source>
        <translation>A member who no longer serves does not count towards the quorum of later meetings. The berita acara of a final meeting still lists the members as they were at that meeting.</translation>
    </message>
</context>
<context>
    <name>Movement</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="59"/>
        <source>Naik kelas</source>
        <translation>Moved up</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="60"/>
        <source>Tetap</source>
        <translation>Stayed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="61"/>
        <source>Bergeser</source>
        <translation>Moved sideways</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="62"/>
        <source>Turun</source>
        <translation>Moved down</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="63"/>
        <source>Baru dipetakan</source>
        <translation>Newly mapped</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="64"/>
        <source>Kini di area tunggu</source>
        <translation>Now not mappable</translation>
    </message>
</context>
<context>
    <name>MovementMatrixModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="387"/>
        <source>{0} pegawai</source>
        <translation>{0} employee(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="389"/>
        <source>Dipetakan pada kedua periode: {0}</source>
        <translation>Mapped in both periods: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="391"/>
        <source>Kini di kotak {0} ({1}), dari kotak mana pun: {2}</source>
        <translation>Now in box {0} ({1}), from any box: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="395"/>
        <source>Dari kotak {0} ({1}), kini di kotak mana pun: {2}</source>
        <translation>From box {0} ({1}), now in any box: {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="398"/>
        <source>Kotak {0} ({1}) → kotak {2} ({3}): {4} — {5}</source>
        <translation>Box {0} ({1}) → box {2} ({3}): {4} — {5}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="412"/>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="418"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="419"/>
        <source>Kotak {0} pada periode {1}</source>
        <translation>Box {0} in period {1}</translation>
    </message>
</context>
<context>
    <name>MoversModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="717"/>
        <source>Sebelumnya</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="719"/>
        <source>Kini</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="720"/>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="723"/>
        <source>Kotak pada periode {0}</source>
        <translation>Box in period {0}</translation>
    </message>
</context>
<context>
    <name>NewAdministratorDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="136"/>
        <source>Database baru</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="138"/>
        <source>Buat administrator pertama untuk {0}. Database dienkripsi: tanpa kata sandi pengguna, isinya tidak dapat dibaca, juga bila laptop hilang.</source>
        <translation>Create the first administrator for {0}. The database is encrypted: without a user&apos;s password its content cannot be read, even if the laptop is lost.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="142"/>
        <source>Amankan database ini</source>
        <translation>Secure this database</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="144"/>
        <source>Database {0} belum terenkripsi dan belum memiliki pengguna: siapa pun yang memegang berkasnya dapat membacanya. Buat administrator, lalu database dienkripsi di tempat (salinan cadangan dibuat dan diperiksa lebih dulu).</source>
        <translation>Database {0} is not encrypted yet and has no users: anyone holding the file can read it. Create an administrator, then the database is encrypted in place (a backup is made and checked first).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="148"/>
        <source>Administrator — Talenta Desktop</source>
        <translation>Administrator — Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="150"/>
        <source>mis. admin.bkpsdm</source>
        <translation>e.g. admin.bkpsdm</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="154"/>
        <source>minimal {0} karakter</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="157"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="158"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="159"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="160"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="164"/>
        <source>Kunci database disimpan di berkas {0} di samping database. Simpan berkas itu bersama database dan cadangannya; kata sandi yang terlupa hanya dapat diganti oleh administrator lain.</source>
        <translation>The database key is stored in the file {0} next to the database. Keep that file with the database and its backups; a forgotten password can only be reset by another administrator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="171"/>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="173"/>
        <source>Nanti saja</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="177"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>NineBoxPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="174"/>
        <source>Peta Talenta</source>
        <translation>Talent Map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="179"/>
        <source>Periode pemetaan</source>
        <translation>Mapping period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="181"/>
        <source>Petakan…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="182"/>
        <source>Hitung ulang penempatan periode ini dengan skema penilaian</source>
        <translation>Recalculate this period&apos;s placements with a scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="184"/>
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="186"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="198"/>
        <source>Proyektor</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="199"/>
        <source>Tampilkan peta di layar proyektor (F5)</source>
        <translation>Show the map on the projector screen (F5)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="201"/>
        <source>Mode proyektor</source>
        <translation>Projector mode</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="206"/>
        <source>Sembunyikan nama (inisial dan NIP tersamar)</source>
        <translation>Hide names (initials and masked NIP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="211"/>
        <source>Layar kosong</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="214"/>
        <source>Hanya jumlah per kotak</source>
        <translation>Counts per box only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="223"/>
        <source>Layar proyektor</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="234"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="287"/>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="290"/>
        <source>Distribusi dan pergerakan</source>
        <translation>Distribution and movement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="337"/>
        <source>Hukuman disiplin (rincian data sensitif disembunyikan)</source>
        <translation>Disciplinary record (sensitive details hidden)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="370"/>
        <source>Peta talenta tidak dapat dibaca</source>
        <translation>The talent map could not be read</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="390"/>
        <source>Memuat peta talenta periode {0}…</source>
        <translation>Loading the talent map for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="438"/>
        <source>Memuat peta talenta…</source>
        <translation>Loading the talent map…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="439"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="456"/>
        <source>Belum ada periode pemetaan. Petakan tahun {0} sekarang (SKP {1}–{0}, asesmen yang berlaku 3 tahun), atau buat periode di Pengaturan.</source>
        <translation>No mapping period yet. Map year {0} now (SKP {1}–{0}, assessments valid for 3 years), or create a period in Settings.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="460"/>
        <source>Petakan tahun {0}</source>
        <translation>Map year {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="462"/>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="469"/>
        <source>Periode {0} belum dipetakan.</source>
        <translation>Period {0} has not been mapped yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="463"/>
        <source>Petakan periode {0}</source>
        <translation>Map period {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="467"/>
        <source>Belum ada periode pemetaan.</source>
        <translation>No mapping period yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="472"/>
        <source>Pemetaan dilakukan oleh operator BKPSDM.</source>
        <translation>Mapping is done by the BKPSDM operator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="486"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="486"/>
        <source>Ditutup — kalibrasi tidak dapat diubah</source>
        <translation>Closed — calibrations cannot be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="487"/>
        <source>{0} · {1} · {2} dipetakan · {3} belum dapat dipetakan</source>
        <translation>{0} · {1} · {2} mapped · {3} not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="494"/>
        <source>hanya lihat</source>
        <translation>view only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="523"/>
        <source>Belum dapat dipetakan ({0})</source>
        <translation>Not yet mappable ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="524"/>
        <source>Kalibrasi ({0})</source>
        <translation>Calibrations ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="605"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="611"/>
        <source>Periode ditutup</source>
        <translation>Period closed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="613"/>
        <source>Periode {0} sudah ditutup; buka kembali di Pengaturan untuk mengubah penempatan.</source>
        <translation>Period {0} is closed; reopen it in Settings to change placements.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="621"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="633"/>
        <source>pindah {0} ke kotak {1}</source>
        <translation>move {0} to box {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="641"/>
        <source>Kalibrasi tidak dicatat</source>
        <translation>Calibration not recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/ninebox.py" line="685"/>
        <source>Periode tidak dapat dibuat</source>
        <translation>The period could not be created</translation>
    </message>
</context>
<context>
    <name>NineBoxView</name>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="87"/>
        <source>Di bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="88"/>
        <source>Sesuai</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="89"/>
        <source>Di atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="92"/>
        <source>Di bawah ekspektasi</source>
        <translation>Below expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="93"/>
        <source>Sesuai ekspektasi</source>
        <translation>Meets expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="94"/>
        <source>Di atas ekspektasi</source>
        <translation>Above expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="101"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="102"/>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="103"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="110"/>
        <source>Kinerja di bawah</source>
        <translation>Below expect.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="111"/>
        <source>Kinerja sesuai</source>
        <translation>Meets expect.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="112"/>
        <source>Kinerja di atas</source>
        <translation>Above expect.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="115"/>
        <source>Potensial rendah</source>
        <translation>Low potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="116"/>
        <source>Potensial menengah</source>
        <translation>Medium potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="117"/>
        <source>Potensial tinggi</source>
        <translation>High potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="785"/>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="805"/>
        <source>Talent pool: Kelompok Rencana Suksesi (KRS)</source>
        <translation>Talent pool: Succession pool (KRS)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="790"/>
        <source>Kotak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="791"/>
        <source>Rekomendasi: {0}</source>
        <translation>Recommendation: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="794"/>
        <source>Klik dua kali untuk membuka daftar pegawai di kotak ini.</source>
        <translation>Double-click to open the list of employees in this box.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="868"/>
        <source>KRS</source>
        <translation>KRS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="747"/>
        <source>{0} orang lainnya di kotak ini tidak digambar. Klik untuk membuka daftar lengkapnya.</source>
        <translation>{0} more in this box are not drawn. Click to open the full list.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="925"/>
        <source>{0} orang</source>
        <translation>{0} staff</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="998"/>
        <source>Peta talenta sembilan kotak</source>
        <translation>Nine-box talent map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1075"/>
        <source>Pilih pegawai dengan klik; Tab berpindah ke pegawai berikutnya di kotak yang sama. Panah memilih kotak tujuan, Enter mengusulkan pemindahan, Esc membatalkan.</source>
        <translation>Click to select an employee; Tab moves to the next employee in the same box. The arrow keys choose the target box, Enter proposes the move, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1080"/>
        <source>Pilih pegawai dengan klik untuk melihat nilainya; Tab berpindah ke pegawai berikutnya di kotak yang sama. Peta ini hanya dapat dilihat.</source>
        <translation>Click an employee to see their scores; Tab moves to the next employee in the same box. This map is view-only.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1339"/>
        <source>Potensial</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1340"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1362"/>
        <source>%Ln orang dipetakan</source>
        <translation>
            <numerusform>%Ln person mapped</numerusform>
            <numerusform>%Ln people mapped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1384"/>
        <source>dikalibrasi</source>
        <translation>calibrated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1387"/>
        <source>naik dari periode lalu</source>
        <translation>up since last period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1388"/>
        <source>turun</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1538"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1543"/>
        <source>Nilai kinerja {0} · potensial {1} · talenta {2}</source>
        <translation>Performance score {0} · potential {1} · talent {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1551"/>
        <source>Kotak {0}; hasil perhitungan kotak {1}</source>
        <translation>Box {0}; computed box {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1557"/>
        <source>Dikalibrasi: {0}</source>
        <translation>Calibrated: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1559"/>
        <source>Dikalibrasi oleh Komite Talenta</source>
        <translation>Calibrated by the talent committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1562"/>
        <source>Naik dari periode lalu</source>
        <translation>Moved up since the previous period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1565"/>
        <source>Turun dari periode lalu</source>
        <translation>Moved down since the previous period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/ninebox_view.py" line="1568"/>
        <source>Tetap di kotak yang sama dengan periode lalu</source>
        <translation>Same box as last period</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="571"/>
        <source>Catatan pegawai — rapat {0}</source>
        <translation>Employee note — meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="577"/>
        <source>Pokok pembahasan tentang pegawai ini</source>
        <translation>Key points discussed about this employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="579"/>
        <source>Sudah &amp;dibahas</source>
        <translation>&amp;Discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="581"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="582"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="585"/>
        <source>Simpan catatan</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/dialogs.py" line="586"/>
        <source>Menyimpan lagi untuk pegawai yang sama menggantikan catatan sebelumnya.</source>
        <translation>Saving again for the same employee replaces the previous note.</translation>
    </message>
</context>
<context>
    <name>PackagePanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="636"/>
        <source>Tanpa riwayat hukuman disiplin</source>
        <translation>Without disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="641"/>
        <source>Centang bila penerima tidak berhak membaca riwayat hukuman disiplin (UU 27/2022).</source>
        <translation>Tick if the recipient is not entitled to read disciplinary records (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="644"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mengirim riwayat hukuman disiplin.</source>
        <translation>Only BKPSDM administrators and operators may send disciplinary records.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="647"/>
        <source>Ekspor paket…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="649"/>
        <source>Sidik jari kunci instalasi ini:</source>
        <translation>This installation&apos;s key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="654"/>
        <source>Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya, agar penerima dapat memastikan paket berasal dari Anda.</source>
        <translation>Give this fingerprint to the recipient by phone or message, not with the package, so they can confirm the package comes from you.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="661"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="664"/>
        <source>Kirim paket</source>
        <translation>Send package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="668"/>
        <source>Data satu periode (pegawai dan riwayatnya, SKP, asesmen, pemetaan, rapat komite, suksesi dan rencana pengembangan) dalam satu berkas .talenta yang ditandatangani kunci instalasi ini. Bawa dengan flashdisk ke laptop lain; penerima melihat pratinjau sebelum ada yang berubah.</source>
        <translation>One period&apos;s data (employees and their histories, SKP, assessments, mappings, committee meetings, succession and development plans) in a single .talenta file signed with this installation&apos;s key. Take it on a flash drive to another laptop; the recipient sees a preview before anything changes.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="683"/>
        <source>Impor paket…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="685"/>
        <source>Terima paket</source>
        <translation>Receive package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="689"/>
        <source>Buka berkas .talenta dari laptop lain. Tanda tangan dan checksum diperiksa lebih dulu: paket yang rusak atau diubah ditolak. Pratinjau menunjukkan apa yang baru, diperbarui dan bertentangan; Anda memilih sebelum mengimpor. Tidak ada data yang dihapus.</source>
        <translation>Open a .talenta file from another laptop. The signature and checksum are checked first: damaged or altered packages are rejected. The preview shows what is new, updated and in conflict; you choose before importing. No data is deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="732"/>
        <source>Simpan data periode ini sebagai paket .talenta</source>
        <translation>Save this period&apos;s data as a .talenta package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="734"/>
        <source>Belum ada periode talenta untuk dikirim.</source>
        <translation>No talent period to send yet.</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="44"/>
        <source>Impor paket pertukaran</source>
        <translation>Import exchange package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="49"/>
        <source>Paket dari {0}</source>
        <translation>Package from {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="56"/>
        <source>Sidik jari kunci tanda tangan instalasi pengirim</source>
        <translation>Fingerprint of the sending installation&apos;s signing key</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="57"/>
        <source>{0} oleh {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="59"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="60"/>
        <source>Instansi:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="61"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="62"/>
        <source>Dibuat:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="68"/>
        <source>Sidik jari kunci:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="78"/>
        <source>&lt;b&gt;Sumber dikenal.&lt;/b&gt; Paket ditandatangani dengan kunci yang sama seperti paket sebelumnya dari {0}.</source>
        <translation>&lt;b&gt;Known source.&lt;/b&gt; The package is signed with the same key as earlier packages from {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="86"/>
        <source>&lt;b&gt;Sumber baru: cocokkan sidik jari ini dengan pengirim&lt;/b&gt; (lewat telepon atau pesan, bukan lewat flashdisk yang sama) sebelum mengimpor. Setelah diimpor, paket berikutnya atas nama {0} hanya diterima bila ditandatangani dengan kunci yang sama.</source>
        <translation>&lt;b&gt;New source: check this fingerprint with the sender&lt;/b&gt; (by phone or message, not via the same flash drive) before importing. Once imported, later packages in the name of {0} are accepted only if signed with the same key.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="101"/>
        <source>Tidak ada yang baru dalam paket ini: semua isinya sudah ada di database ini.</source>
        <translation>Nothing new in this package: everything in it is already in this database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="125"/>
        <source>Ambil semua dari paket</source>
        <translation>Take all from package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="126"/>
        <source>Pertahankan semua</source>
        <translation>Keep all</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="135"/>
        <source>Data berikut diubah berbeda di database ini dan di paket. Centang &quot;Ambil dari paket&quot; untuk memakai isi paket; yang tidak dicentang tetap seperti di database ini. Kalibrasi, keputusan rapat dan hasil pemetaan tidak pernah bertentangan: catatan kedua pihak disimpan.</source>
        <translation>The following data was changed differently in this database and in the package. Tick &quot;Take from package&quot; to use the package&apos;s content; unticked rows stay as they are in this database. Calibrations, meeting decisions and mapping results never conflict: the records of both sides are kept.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="147"/>
        <source>Perbedaan pada data terpilih</source>
        <translation>Differences in the selected record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="159"/>
        <source>Per jenis data</source>
        <translation>By data type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="160"/>
        <source>Bertentangan ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="168"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="171"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="175"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="219"/>
        <source>Perbedaan: {0}</source>
        <translation>Differences: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="228"/>
        <source>{0} baris sudah sama; impor tidak akan mengubah apa pun.</source>
        <translation>{0} row(s) already identical; importing will change nothing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="232"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; baris baru</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; new row(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="233"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; diperbarui</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="239"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; bertentangan ({1} diambil dari paket, {2} dipertahankan)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; in conflict ({1} taken from the package, {2} kept)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="244"/>
        <source>{0} sudah sama</source>
        <translation>{0} already identical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/package_dialog.py" line="246"/>
        <source>Bila diimpor: {0}. Tidak ada data yang dihapus.</source>
        <translation>If imported: {0}. No data is deleted.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="148"/>
        <source>Aktifkan {0}</source>
        <translation>Activate {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="150"/>
        <source>Ganti kata sandi saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="152"/>
        <source>Atur ulang kata sandi {0}</source>
        <translation>Reset password for {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="153"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="154"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="154"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PdfPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="320"/>
        <source>Unit kerja beserta unit di bawahnya, atau seluruh instansi</source>
        <translation>A unit with the units below it, or the whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="322"/>
        <source>18 digit, mis. 19691230 200107 1 002</source>
        <translation>18 digits, e.g. 19691230 200107 1 002</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="325"/>
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="326"/>
        <source>Cari pegawai menurut nama atau sebagian NIP</source>
        <translation>Search employees by name or part of the NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="346"/>
        <source>F4 (folio) masih lazim untuk naskah dinas di banyak daerah</source>
        <translation>F4 (folio) is still common for official documents in many regions</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="358"/>
        <source>Sertakan rincian hukuman disiplin</source>
        <translation>Include disciplinary record details</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="592"/>
        <source>Data sensitif (UU 27/2022): cetak hanya untuk yang berhak membacanya.</source>
        <translation>Sensitive data (UU 27/2022): print only for those entitled to read it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="588"/>
        <source>Hanya administrator dan operator BKPSDM yang boleh mencetak hukuman disiplin.</source>
        <translation>Only BKPSDM administrators and operators may print disciplinary records.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="348"/>
        <source>Samarkan identitas (inisial dan NIP tersamar)</source>
        <translation>Mask identities (initials and masked NIP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="352"/>
        <source>Nama dicetak sebagai inisial dan NIP tersamar, seperti pada tampilan proyektor; jabatan pegawai dan teks bebas (alasan kalibrasi, catatan) tidak dicetak. Tercatat di Log ekspor sebagai tersamar, bukan data sensitif. Pemangku jabatan target tetap dapat dikenali dari jabatannya.</source>
        <translation>Names are printed as initials with masked NIPs, as in the projector view; employees&apos; posts and free text (calibration reasons, notes) are not printed. Recorded in the Export log as masked, not as sensitive data. Incumbents of target posts can still be recognised by their post.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="360"/>
        <source>Buat PDF…</source>
        <translation>Create PDF…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="364"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="366"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="367"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="369"/>
        <source>&amp;Rapat:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="371"/>
        <source>&amp;Kertas:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="417"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="429"/>
        <source>{0} ({1}) — {2}</source>
        <translation>{0} ({1}) — {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="524"/>
        <source>Ketik NIP, atau cari pegawai menurut nama dengan &quot;Cari…&quot;.</source>
        <translation>Type a NIP, or search for an employee by name with &quot;Search…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="527"/>
        <source>{0} dari 18 digit</source>
        <translation>{0} of 18 digits</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="539"/>
        <source>Mencari pegawai dengan NIP ini…</source>
        <translation>Looking up the employee with this NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="542"/>
        <source>Tidak ada pegawai dengan NIP ini di database.</source>
        <translation>There is no employee with this NIP in the database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="590"/>
        <source>Laporan tersamar tidak memuat rincian hukuman disiplin.</source>
        <translation>Masked reports do not include disciplinary record details.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="608"/>
        <source>Belum ada rapat komite yang difinalkan; berita acara dicetak setelah rapat difinalkan.</source>
        <translation>No committee meeting has been finalised yet; the berita acara is printed once the meeting is finalised.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="612"/>
        <source>Hanya rapat yang sudah difinalkan yang dapat dicetak.</source>
        <translation>Only finalised meetings can be printed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="614"/>
        <source>Isikan NIP pegawai.</source>
        <translation>Enter the employee&apos;s NIP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="616"/>
        <source>Simpan laporan ini sebagai PDF</source>
        <translation>Save this report as a PDF</translation>
    </message>
</context>
<context>
    <name>PeriodCombo</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="121"/>
        <source>{0} (belum dipetakan)</source>
        <translation>{0} (not mapped yet)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="123"/>
        <source>{0} (ditutup)</source>
        <translation>{0} (closed)</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="42"/>
        <source>Periode baru</source>
        <translation>New period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="51"/>
        <source>mis. 2026</source>
        <translation>e.g. 2026</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="67"/>
        <source> tahun</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="73"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="83"/>
        <source>&amp;Nama periode:</source>
        <translation>Period &amp;name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="84"/>
        <source>Tahun &amp;SKP:</source>
        <translation>&amp;SKP years:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="85"/>
        <source>&amp;Tanggal acuan:</source>
        <translation>&amp;Reference date:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="86"/>
        <source>&amp;Masa berlaku asesmen:</source>
        <translation>&amp;Assessment validity:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="94"/>
        <source>SKP pada tahun-tahun ini dihitung untuk kinerja. Usia, masa pensiun, masa berlaku asesmen dan penghargaan dihitung pada tanggal acuan (biasanya 31 Desember tahun periode). Lazimnya asesmen berlaku 3 tahun.</source>
        <translation>SKP from these years counts towards performance. Age, retirement, assessment validity and awards are calculated on the reference date (usually 31 December of the period&apos;s year). Assessments are usually valid for 3 years.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="109"/>
        <source>Buat periode</source>
        <translation>Create period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="110"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="159"/>
        <source>Nama periode wajib diisi.</source>
        <translation>A period name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="161"/>
        <source>Periode {0} sudah ada.</source>
        <translation>Period {0} already exists.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="164"/>
        <source>Tahun SKP awal ({0}) sesudah tahun akhir ({1}).</source>
        <translation>The first SKP year ({0}) is after the last ({1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/period_dialog.py" line="171"/>
        <source>Tanggal acuan jatuh sebelum tahun SKP terakhir ({0}) berakhir.</source>
        <translation>The reference date falls before the last SKP year ({0}) ends.</translation>
    </message>
</context>
<context>
    <name>PeriodSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1070"/>
        <source>Periode menentukan tahun SKP dan asesmen yang dihitung dalam pemetaan. Periode yang ditutup tidak dapat dipetakan ulang atau dikalibrasi sampai dibuka kembali; setiap perubahan status tercatat di log audit.</source>
        <translation>A period sets which SKP years and assessments a mapping counts. A closed period cannot be remapped or calibrated until it is reopened; every status change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1077"/>
        <source>Periode &amp;baru…</source>
        <translation>&amp;New period…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1079"/>
        <source>&amp;Tutup periode</source>
        <translation>&amp;Close period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1080"/>
        <source>B&amp;uka kembali</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1171"/>
        <source>Periode {0} dibuat. Petakan periode ini di halaman Peta Talenta.</source>
        <translation>Period {0} created. Map it on the Talent Map page.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1191"/>
        <source>Tutup periode</source>
        <translation>Close period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1193"/>
        <source>Tutup periode {0}? Penempatan dan kalibrasinya tidak dapat diubah sampai periode dibuka kembali.</source>
        <translation>Close period {0}? Its placements and calibrations cannot be changed until the period is reopened.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1197"/>
        <source>Buka kembali periode</source>
        <translation>Reopen period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1199"/>
        <source>Buka kembali periode {0}? Periode itu dapat dipetakan ulang dan dikalibrasi lagi. Perubahan ini tercatat di log audit.</source>
        <translation>Reopen period {0}? It can then be remapped and calibrated again. This change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1213"/>
        <source>Periode {0} ditutup.</source>
        <translation>Period {0} closed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1215"/>
        <source>Periode {0} dibuka kembali.</source>
        <translation>Period {0} reopened.</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="987"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="988"/>
        <source>Tahun SKP</source>
        <translation>SKP years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="989"/>
        <source>Tanggal acuan</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="990"/>
        <source>Asesmen berlaku</source>
        <translation>Assessment validity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="991"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="992"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="993"/>
        <source>Pemetaan terakhir</source>
        <translation>Last mapped</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="994"/>
        <source>Dipetakan / belum</source>
        <translation>Mapped / not yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="998"/>
        <source>Pegawai yang dipetakan ke kotak / yang belum dapat dipetakan pada pemetaan terakhir</source>
        <translation>Employees placed in a box / not yet mappable in the last mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1028"/>
        <source>{0} tahun</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1030"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1030"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1034"/>
        <source>Belum dipetakan</source>
        <translation>Not mapped yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1047"/>
        <source>Periode terbuka: dapat dipetakan ulang dan dikalibrasi</source>
        <translation>Open period: can be remapped and calibrated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1049"/>
        <source>Periode ditutup: penempatan dan kalibrasinya tidak dapat diubah</source>
        <translation>Closed period: its placements and calibrations cannot be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1052"/>
        <source>Hasil asesmen dihitung bila tidak lebih tua dari ini pada tanggal acuan</source>
        <translation>Assessment results count if they are no older than this on the reference date</translation>
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
        <translation>BKPSDM operator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="34"/>
        <source>Anggota Komite</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="35"/>
        <source>Pembaca</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="39"/>
        <source>mengimpor dan mengubah data pegawai</source>
        <translation>import and edit employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="40"/>
        <source>mengelola periode dan memetakan talenta</source>
        <translation>manage periods and map talent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="41"/>
        <source>mengkalibrasi kotak talenta</source>
        <translation>calibrate talent boxes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="42"/>
        <source>mengelola komite, rapat, notula, dan keputusan</source>
        <translation>manage committees, meetings, minutes and decisions</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="45"/>
        <source>mengelola rencana pengembangan</source>
        <translation>manage development plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="46"/>
        <source>mengelola jabatan kritikal dan suksesor</source>
        <translation>manage critical posts and successors</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="47"/>
        <source>mengubah skema penilaian dan pengaturan</source>
        <translation>change scoring schemes and settings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="48"/>
        <source>membuat laporan dan ekspor</source>
        <translation>create reports and exports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="49"/>
        <source>melihat dan mengekspor hukuman disiplin</source>
        <translation>view and export disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="50"/>
        <source>mengimpor paket pertukaran</source>
        <translation>import exchange packages</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="51"/>
        <source>membuat salinan cadangan</source>
        <translation>create backups</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="52"/>
        <source>memulihkan database dari salinan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="53"/>
        <source>mengelola pengguna dan enkripsi</source>
        <translation>manage users and encryption</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="54"/>
        <source>melihat dan mengekspor log audit</source>
        <translation>view and export the audit log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/permissions.py" line="55"/>
        <source>mengatur dan menerapkan masa retensi data</source>
        <translation>set and apply data retention periods</translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="44"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="47"/>
        <source>Nama tanpa gelar (huruf besar/kecil dan aksen diabaikan; semua kata harus ada) atau NIP</source>
        <translation>Name without titles (case and accents ignored; all words must match) or NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="52"/>
        <source>Unit kerja beserta sub-unitnya</source>
        <translation>Unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="53"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="62"/>
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
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
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="68"/>
        <source>Struktural</source>
        <translation>Structural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="69"/>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="70"/>
        <source>Pelaksana</source>
        <translation>Executor (Pelaksana)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="76"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="141"/>
        <source>Semua eselon</source>
        <translation>All eselon</translation>
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
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="156"/>
        <source>PNS golongan {0}</source>
        <translation>PNS grade {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/person_filters.py" line="159"/>
        <source>PPPK golongan {0}</source>
        <translation>PPPK grade {0}</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../talenta_desktop/ui/committee/person_picker.py" line="69"/>
        <source>Ketik NIP atau nama pegawai…</source>
        <translation>Type an employee NIP or name…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/committee/person_picker.py" line="142"/>
        <source>Belum ada pegawai yang dipilih.</source>
        <translation>No employee selected yet.</translation>
    </message>
</context>
<context>
    <name>PersonSearchDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="18"/>
        <source>Cari pegawai</source>
        <translation>Find employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="24"/>
        <source>Pilih</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/person_dialog.py" line="27"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonnelPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="203"/>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="206"/>
        <source>Kolom…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="207"/>
        <source>Pilih kolom yang ditampilkan dan diekspor</source>
        <translation>Choose the columns shown and exported</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="208"/>
        <source>Ekspor tampilan…</source>
        <translation>Export view…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="210"/>
        <source>Simpan baris dan kolom yang tampil sebagai .xlsx atau .csv (dicatat di log audit)</source>
        <translation>Save the rows and columns shown as .xlsx or .csv (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="335"/>
        <source>Daftar pegawai tidak dapat dibaca: {0}</source>
        <translation>The employee list could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="357"/>
        <source>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</source>
        <translation>No employees match this search and these filters.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="376"/>
        <source>Memuat daftar pegawai…</source>
        <translation>Loading the employee list…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="378"/>
        <source>{0} dari {1} pegawai</source>
        <translation>{0} of {1} employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="456"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
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
        <translation>Export view</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="479"/>
        <source>Menulis {0}…</source>
        <translation>Writing {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="479"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="512"/>
        <source>Ekspor selesai</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="514"/>
        <source>{0} pegawai diekspor ke {1}.

Berkas ini berisi data pribadi: simpan dan kirim hanya kepada yang berhak. Ekspor ini tercatat di log audit.</source>
        <translation>Exported {0} employee(s) to {1}.

This file contains personal data: store it and send it only to those entitled to it. This export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/personnel.py" line="522"/>
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
    <name>PlacementPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="58"/>
        <source>Pilih seorang pegawai pada peta untuk melihat nilai dan riwayat penempatannya.</source>
        <translation>Select an employee on the map to see their scores and placement history.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="76"/>
        <source>Belum dapat dipetakan</source>
        <translation>Not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="81"/>
        <source>Dikalibrasi dari kotak {0}.</source>
        <translation>Calibrated from box {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="82"/>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="85"/>
        <source>Kelompok Rencana Suksesi (KRS)</source>
        <translation>Succession pool (KRS)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="87"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="90"/>
        <source>Nilai kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="91"/>
        <source>Nilai potensial</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="92"/>
        <source>Nilai talenta</source>
        <translation>Talent score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="113"/>
        <source>Komponen kinerja</source>
        <translation>Performance components</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="114"/>
        <source>Komponen potensial</source>
        <translation>Potential components</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="123"/>
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="130"/>
        <source>Riwayat penempatan</source>
        <translation>Placement history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/placement_panel.py" line="133"/>
        <source>belum dapat dipetakan</source>
        <translation>not yet mappable</translation>
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
        <translation>Box recommendation</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="107"/>
        <source>Kesenjangan</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="109"/>
        <source>Campuran 70:20:10</source>
        <translation>70:20:10 mix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="127"/>
        <source>Klik dua kali untuk mengubah kegiatan</source>
        <translation>Double-click to edit an activity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="129"/>
        <source>Tambah kegiatan…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="130"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="131"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="450"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="132"/>
        <source>Tandai selesai…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="133"/>
        <source>Catat kegiatan ini selesai beserta buktinya</source>
        <translation>Record this activity as done, with its evidence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="134"/>
        <source>Setujui dalam rapat</source>
        <translation>Approve in meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="136"/>
        <source>Selesaikan rencana</source>
        <translation>Complete plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="137"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="494"/>
        <source>Batalkan rencana</source>
        <translation>Cancel plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="139"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="500"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="140"/>
        <source>Buka kembali rencana ini agar kegiatannya dapat diubah</source>
        <translation>Reopen this plan so that its activities can be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="247"/>
        <source>Pilih rencana di daftar untuk melihat kegiatannya.</source>
        <translation>Select a plan in the list to see its activities.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="266"/>
        <source>Jabatan target: {0}</source>
        <translation>Target post: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="271"/>
        <source>Kotak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="277"/>
        <source>Kotak —</source>
        <translation>Box —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="280"/>
        <source>Kotak pegawai saat rencana dibuat</source>
        <translation>The employee&apos;s box when the plan was made</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="282"/>
        <source>Disetujui Komite Talenta (keputusan rapat tercatat).</source>
        <translation>Approved by the Talent Committee (meeting decision recorded).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="290"/>
        <source>Tidak ada kesenjangan kompetensi atau kinerja yang tercatat.</source>
        <translation>No competency or performance gaps recorded.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="303"/>
        <source>Belum ada kegiatan.</source>
        <translation>No activities yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="306"/>
        <source>Kegiatan pengalaman : belajar dari orang lain : pembelajaran formal = {0} : {1} : {2} ({3}). Pedoman BKN 70 : 20 : 10, tidak wajib. {4} JP direncanakan.</source>
        <translation>Activities for experience : learning from others : formal learning = {0} : {1} : {2} ({3}). BKN guideline 70 : 20 : 10, not mandatory. {4} JP planned.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="333"/>
        <source>Rencana sudah {0}; buka kembali untuk mengubahnya.</source>
        <translation>The plan is already {0}; reopen it to change it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="340"/>
        <source>Tambah kegiatan pengembangan ke rencana ini</source>
        <translation>Add a development activity to this plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="342"/>
        <source>Ubah kegiatan yang dipilih</source>
        <translation>Edit the selected activity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="347"/>
        <source>Hapus kegiatan yang dipilih dari draf rencana</source>
        <translation>Remove the selected activity from the draft plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="349"/>
        <source>Rencana sudah disetujui: batalkan kegiatannya melalui &quot;Ubah…&quot; (status Batal).</source>
        <translation>The plan is already approved: cancel the activity through &quot;Edit…&quot; (status Cancelled).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="361"/>
        <source>{0} kegiatan belum selesai atau dibatalkan.</source>
        <translation>Activities not yet done or cancelled: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="363"/>
        <source>Tutup rencana ini: semua kegiatannya selesai atau dibatalkan</source>
        <translation>Close this plan: all its activities are done or cancelled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="366"/>
        <source>Batalkan seluruh rencana ini (mis. pegawai pindah atau pensiun)</source>
        <translation>Cancel this whole plan (e.g. the employee moved or retired)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="371"/>
        <source>Catat persetujuan rencana ini sebagai keputusan rapat {0}</source>
        <translation>Record the approval of this plan as a decision of meeting {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="382"/>
        <source>Hanya rencana berstatus draf yang dapat disetujui.</source>
        <translation>Only plans with the status Draft can be approved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="384"/>
        <source>Rencana tanpa kegiatan tidak dapat disetujui.</source>
        <translation>A plan without activities cannot be approved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="387"/>
        <source>Tidak ada rapat Komite Talenta yang sedang berlangsung. Persetujuan dicatat sebagai keputusan rapat: mulai rapat di halaman Komite (&quot;Mulai rapat&quot;), lalu setujui di sini.</source>
        <translation>No Talent Committee meeting is in progress. Approval is recorded as a meeting decision: start a meeting on the Committee page (&quot;Start meeting&quot;), then approve here.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="416"/>
        <source>Kegiatan ditambahkan.</source>
        <translation>Activity added.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="424"/>
        <source>Kegiatan diubah.</source>
        <translation>Activity changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="435"/>
        <source>Kegiatan “{0}” ditandai selesai.</source>
        <translation>Activity “{0}” marked done.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="446"/>
        <source>Hapus kegiatan?</source>
        <translation>Remove activity?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="447"/>
        <source>Hapus kegiatan “{0}” dari draf rencana {1}?</source>
        <translation>Remove the activity “{0}” from the draft plan for {1}?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="451"/>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="467"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="454"/>
        <source>Kegiatan dihapus.</source>
        <translation>Activity removed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="462"/>
        <source>Setujui rencana?</source>
        <translation>Approve plan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="464"/>
        <source>Catat persetujuan rencana pengembangan {0} ({1} kegiatan, {2} JP) sebagai keputusan rapat {3}?</source>
        <translation>Record the approval of the development plan for {0} ({1} activities, {2} JP) as a decision of meeting {3}?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="466"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="471"/>
        <source>Rencana disetujui dalam rapat {0}.</source>
        <translation>Plan approved in meeting {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="482"/>
        <source>Selesaikan rencana?</source>
        <translation>Complete plan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="484"/>
        <source>Tutup rencana pengembangan {0}? Kegiatannya tidak dapat diubah lagi kecuali dibuka kembali.</source>
        <translation>Close the development plan for {0}? Its activities can no longer be changed unless it is reopened.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="486"/>
        <source>Selesaikan</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="487"/>
        <source>Rencana diselesaikan.</source>
        <translation>Plan completed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="490"/>
        <source>Batalkan rencana?</source>
        <translation>Cancel plan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="492"/>
        <source>Batalkan seluruh rencana pengembangan {0}? Rencana tetap tercatat dengan status Batal.</source>
        <translation>Cancel the whole development plan for {0}? The plan stays on record with the status Cancelled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="495"/>
        <source>Rencana dibatalkan.</source>
        <translation>Plan cancelled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="498"/>
        <source>Buka kembali rencana?</source>
        <translation>Reopen plan?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="499"/>
        <source>Buka kembali rencana pengembangan {0} agar kegiatannya dapat diubah?</source>
        <translation>Reopen the development plan for {0} so that its activities can be changed?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="501"/>
        <source>Rencana dibuka kembali.</source>
        <translation>Plan reopened.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/detail.py" line="505"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="318"/>
        <source>Buat rencana pengembangan — periode {0}</source>
        <translation>Create development plan — period {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="322"/>
        <source>bila ada, mis. Kepala Bidang Perencanaan</source>
        <translation>if any, e.g. Head of the Planning Division</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="323"/>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="324"/>
        <source>&amp;Jabatan target:</source>
        <translation>&amp;Target post:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="326"/>
        <source>Buat rencana</source>
        <translation>Create plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/dialogs.py" line="329"/>
        <source>Hanya pegawai yang sudah mempunyai kotak pada periode ini (kotak 2–9) dan belum mempunyai rencana yang dapat dipilih. Kegiatan diusulkan dari rekomendasi kotaknya dan kesenjangan kompetensinya; ubah sesudahnya bila perlu.</source>
        <translation>Only employees who already have a box in this period (boxes 2–9) and no plan yet can be chosen. Activities are proposed from their box&apos;s recommendation and their competency gaps; change them afterwards if needed.</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="71"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="76"/>
        <source>Unit kerja beserta sub-unitnya</source>
        <translation>Unit with its sub-units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="82"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="83"/>
        <source>Draf atau disetujui</source>
        <translation>Draft or approved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="92"/>
        <source>Hanya yang terlambat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="94"/>
        <source>Rencana dengan kegiatan yang lewat batas waktu dan belum selesai</source>
        <translation>Plans with activities past their deadline and not done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/development/filters.py" line="119"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="112"/>
        <source>Ubah jabatan — {0}</source>
        <translation>Edit post — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="112"/>
        <source>Jabatan baru</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="116"/>
        <source>mis. Kepala Dinas Pendidikan dan Kebudayaan</source>
        <translation>e.g. Head of the Education and Culture Office</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="124"/>
        <source>— tanpa unit —</source>
        <translation>— no unit —</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="129"/>
        <source>mis. IV/a — kosong: tanpa syarat golongan</source>
        <translation>e.g. IV/a — empty: no grade requirement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="133"/>
        <source> tahun</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="140"/>
        <source> orang</source>
        <translation> person(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="146"/>
        <source>mis. alasan jabatan ini kritikal</source>
        <translation>e.g. why this post is critical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="162"/>
        <source>&amp;Nama jabatan:</source>
        <translation>Post &amp;name:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="163"/>
        <source>J&amp;enis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="164"/>
        <source>&amp;Jenjang jabatan:</source>
        <translation>Post &amp;level:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="165"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="166"/>
        <source>&amp;Golongan paling rendah:</source>
        <translation>Minimum &amp;grade:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="167"/>
        <source>&amp;BUP:</source>
        <translation>&amp;BUP:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="168"/>
        <source>&amp;Pemangku:</source>
        <translation>&amp;Incumbent:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="169"/>
        <source>&amp;Suksesor dibutuhkan:</source>
        <translation>&amp;Successors needed:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="170"/>
        <source>C&amp;atatan:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="172"/>
        <source>Simpan jabatan</source>
        <translation>Save post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="172"/>
        <source>Tambah jabatan</source>
        <translation>Add post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="175"/>
        <source>Perkiraan lowong dihitung dari tanggal lahir pemangku dan BUP jabatan. Calon suksesor diambil dari Kelompok Rencana Suksesi (kotak 7–9) yang jenjangnya satu tingkat di bawah jenjang ini. Kosongkan pemangku bila jabatan sedang lowong.</source>
        <translation>The expected vacancy is calculated from the incumbent&apos;s date of birth and the post&apos;s BUP. Successor candidates are drawn from the succession pool (KRS, boxes 7–9) at one level below this post&apos;s level. Leave the incumbent empty if the post is vacant.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="193"/>
        <source>Sesuai jenjang ({0} tahun)</source>
        <translation>As for the level ({0} years)</translation>
    </message>
</context>
<context>
    <name>PreviewGrid</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1192"/>
        <source>↑ kinerja · potensial →</source>
        <translation>↑ performance · potential →</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1224"/>
        <source>Belum dapat dipetakan: –</source>
        <translation>Not yet mappable: –</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1225"/>
        <source>Kelompok Rencana Suksesi (kotak 7–9): –</source>
        <translation>Succession pool (boxes 7–9): –</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1238"/>
        <source>Angka kecil: jumlah semula dengan {0}, dan selisihnya.</source>
        <translation>Small figures: the count with {0}, and the change.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1245"/>
        <source>Kotak {0}: {1} pegawai</source>
        <translation>Box {0}: {1} employee(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1248"/>
        <source>Kotak {0}: {1} pegawai dengan perubahan, {2} dengan versi tersimpan</source>
        <translation>Box {0}: {1} employee(s) with the changes, {2} with the saved version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1255"/>
        <source>Kelompok Rencana Suksesi (kotak 7–9)</source>
        <translation>Succession pool (boxes 7–9)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1262"/>
        <source>Belum dapat dipetakan</source>
        <translation>Not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1271"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="1272"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt; &lt;span style=&apos;color:{3}&apos;&gt;(semula {2})&lt;/span&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt; &lt;span style=&apos;color:{3}&apos;&gt;(was {2})&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="838"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="841"/>
        <source>Berkas diperiksa seluruhnya tanpa menyimpan apa pun. Periksa hasilnya sebelum mengimpor.</source>
        <translation>The whole file is checked without saving anything. Review the results before importing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="845"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="860"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="861"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="862"/>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="863"/>
        <source>Tidak valid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="864"/>
        <source>Unit kerja baru</source>
        <translation>New units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="909"/>
        <source>Ekspor daftar masalah…</source>
        <translation>Export problem list…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="915"/>
        <source>Masalah yang ditemukan</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="919"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="923"/>
        <source>Lewati baris yang tidak valid</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="967"/>
        <source>Memeriksa berkas…</source>
        <translation>Checking file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1000"/>
        <source>{0}

Kembali ke langkah sebelumnya untuk memilih kolomnya.</source>
        <translation>{0}

Go back to the previous step to choose the columns.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1007"/>
        <source>Pemeriksaan berkas gagal: {0}</source>
        <translation>Checking the file failed: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1023"/>
        <source>{0} baris dibaca dari lembar “{1}” (judul kolom di baris {2}).</source>
        <translation>Rows read from sheet “{1}”: {0} (column headings in row {2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1029"/>
        <source>Unit kerja baru: {0}</source>
        <translation>New units: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1030"/>
        <source> dan {0} lainnya.</source>
        <translation> and {0} more.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1036"/>
        <source>Semua ({0})</source>
        <translation>All ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1037"/>
        <source>Kesalahan ({0})</source>
        <translation>Errors ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1038"/>
        <source>Peringatan ({0})</source>
        <translation>Warnings ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1047"/>
        <source>Tidak ada masalah: semua baris valid.</source>
        <translation>No problems: all rows are valid.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1075"/>
        <source>{0} baris tidak valid, sehingga berkas belum dapat diimpor. Perbaiki berkasnya lalu mulai lagi, atau centang “Lewati baris yang tidak valid” untuk mengimpor {1} baris yang valid saja.</source>
        <translation>The file has invalid rows ({0}), so it cannot be imported yet. Fix the file and start again, or tick “Skip invalid rows” to import only the valid rows ({1}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1080"/>
        <source>Tidak ada data baru atau perubahan; tidak ada yang perlu diimpor.</source>
        <translation>No new or changed data; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1085"/>
        <source>{0} baris baru</source>
        <translation>{0} new row(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1087"/>
        <source>{0} baris diperbarui</source>
        <translation>{0} updated row(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1088"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1091"/>
        <source>{0} baris yang tidak valid akan dilewati; {1} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>{0} invalid row(s) will be skipped; {1} will be saved. Press Import to continue.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1095"/>
        <source>Berkas siap diimpor: {0} akan disimpan. Tekan Impor untuk melanjutkan.</source>
        <translation>The file is ready to import: {0} will be saved. Press Import to continue.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1116"/>
        <source>Ekspor daftar masalah</source>
        <translation>Export problem list</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1116"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1128"/>
        <source>Menyimpan daftar masalah…</source>
        <translation>Saving problem list…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1137"/>
        <source>Daftar masalah disimpan ke {0}</source>
        <translation>Problem list saved to {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="1143"/>
        <source>Daftar masalah tidak dapat disimpan: {0}</source>
        <translation>The problem list could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="341"/>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="394"/>
        <source>Register data pribadi</source>
        <translation>Personal data register</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="342"/>
        <source>Masa retensi</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="364"/>
        <source>Aturan retensi hanya dapat diubah dan diterapkan oleh administrator.</source>
        <translation>Retention rules can only be changed and applied by an administrator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="374"/>
        <source>Catatan kegiatan pemrosesan data pribadi (UU 27/2022 Pasal 31) dan bahan penilaian dampak (Pasal 34): apa yang disimpan aplikasi, untuk apa, atas dasar apa, siapa yang dapat melihat, dan berapa lama. Jumlah dihitung dari database; hak akses diambil dari matriks peran.</source>
        <translation>Record of personal data processing activities (UU 27/2022 Article 31) and input for the impact assessment (Article 34): what the application stores, why, on what basis, who can see it, and for how long. Counts come from the database; access rights from the role matrix.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="382"/>
        <source>&amp;Ekspor register…</source>
        <translation>&amp;Export register…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="383"/>
        <source>Simpan register sebagai buku kerja Excel atau PDF untuk DPIA</source>
        <translation>Save the register as an Excel workbook or PDF for the DPIA</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="398"/>
        <source>Rincian kategori data</source>
        <translation>Data category details</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="445"/>
        <source>Aturan retensi</source>
        <translation>Retention rules</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="448"/>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="480"/>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="449"/>
        <source>Masa simpan setelah pegawai keluar</source>
        <translation>Retention after an employee leaves</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="450"/>
        <source>&amp;Data pegawai yang telah keluar disimpan</source>
        <translation>Departed &amp;employees&apos; data is kept</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="455"/>
        <source>setelah keluar. Lalu yang disebut dalam peta talenta atau catatan komite dianonimkan (NIP, nama, jabatan terakhir tetap); yang lain dihapus.</source>
        <translation>after leaving. Then those named in the talent map or committee records are anonymised (NIP, name and last post kept); the rest are deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="465"/>
        <source>Kedudukan yang berarti telah keluar</source>
        <translation>Statuses that mean the employee has left</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="466"/>
        <source>&amp;Kedudukan yang berarti telah keluar (satu per baris)</source>
        <translation>&amp;Statuses that mean the employee has left (one per line)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="471"/>
        <source>Dicocokkan dengan awal teks kedudukan SIASN, tanpa membedakan huruf besar dan kecil. Daftar bawaan belum diverifikasi: periksa kedudukan di database di bawah pratinjau.</source>
        <translation>Matched against the start of the SIASN status text, ignoring case. The default list is not verified: check the statuses in the database below the preview.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="481"/>
        <source>Selama bekerja</source>
        <translation>While employed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="482"/>
        <source>Masa simpan hukuman disiplin</source>
        <translation>Retention of disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="483"/>
        <source>&amp;Hukuman disiplin disimpan</source>
        <translation>D&amp;isciplinary records are kept</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="487"/>
        <source>setelah hukuman berakhir; tidak kurang dari masa nilai integritas skema penilaian. Yang masih dipakai periode terbuka tetap disimpan.</source>
        <translation>after the penalty ends; no less than the integrity score period of the scoring scheme. Records still used by an open period are kept.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="500"/>
        <source>&lt;b&gt;Tidak diatur di sini.&lt;/b&gt; Log audit dan log ekspor: tanpa batas waktu, karena rantai hash putus bila dipangkas. Berita acara dan keputusan komite: arsip dinas. Salinan cadangan: {0} harian, bulanan selama {1} bulan, {2} terbaru untuk alasan lain; data yang dihapus masih ada di salinan lama sampai salinan itu terhapus.</source>
        <translation>&lt;b&gt;Not set here.&lt;/b&gt; Audit log and export log: indefinitely, because the hash chain breaks if they are trimmed. Berita acara and committee decisions: official archive. Backups: {0} daily, monthly for {1} months, {2} latest for other reasons; deleted data remains in old backups until those backups are removed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="507"/>
        <source>&amp;Simpan aturan</source>
        <translation>Sa&amp;ve rules</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="509"/>
        <source>Nilai &amp;bawaan</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="510"/>
        <source>Isi formulir dengan nilai bawaan (belum disimpan)</source>
        <translation>Fill the form with the default values (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="563"/>
        <source>Pratinjau dan penerapan</source>
        <translation>Preview and apply</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="565"/>
        <source>&amp;Perbarui pratinjau</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="566"/>
        <source>&amp;Terapkan retensi…</source>
        <translation>&amp;Apply retention…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="593"/>
        <source>Pegawai yang terkena aturan retensi</source>
        <translation>Employees affected by the retention rules</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="700"/>
        <source>Tidak dikumpulkan:</source>
        <translation>Not collected:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="717"/>
        <source>Tidak seorang pun: hanya ditambah oleh aplikasi</source>
        <translation>No one: added only by the application</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="723"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="724"/>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="725"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="726"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="727"/>
        <source>Dapat melihat</source>
        <translation>Can view</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="728"/>
        <source>Dapat mengubah</source>
        <translation>Can change</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="729"/>
        <source>Masa simpan</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="730"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="733"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="782"/>
        <source>Perubahan belum disimpan; pratinjau dan penerapan memakai aturan yang tersimpan.</source>
        <translation>Changes not saved yet; the preview and applying use the saved rules.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="790"/>
        <source>Aturan yang berlaku: nilai bawaan.</source>
        <translation>Rules in force: default values.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="793"/>
        <source>Aturan yang berlaku: disimpan administrator (tercatat di log audit).</source>
        <translation>Rules in force: saved by an administrator (recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="809"/>
        <source>Aturan retensi disimpan dan dicatat di log audit.</source>
        <translation>Retention rules saved and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="847"/>
        <source>Dihitung per {0} dengan aturan yang tersimpan.</source>
        <translation>Calculated as of {0} with the saved rules.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="849"/>
        <source>Pegawai yang telah keluar: &lt;b&gt;{0}&lt;/b&gt; · masa simpan belum habis: {1} · tanpa tanggal (tetap disimpan): {2} · sudah dianonimkan: {3}</source>
        <translation>Departed employees: &lt;b&gt;{0}&lt;/b&gt; · retention not yet ended: {1} · no date (kept): {2} · already anonymised: {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="854"/>
        <source>Tidak ada data yang melewati masa retensi.</source>
        <translation>No data is past its retention period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="859"/>
        <source>Akan diterapkan:</source>
        <translation>To be applied:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="863"/>
        <source>Hukuman disiplin pegawai lain dihapus bila berakhir pada atau sebelum {0}: {1} catatan.</source>
        <translation>Other employees&apos; disciplinary records are deleted if they ended on or before {0}: {1} record(s).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="870"/>
        <source>Tidak ada pegawai yang masa simpannya telah habis.</source>
        <translation>No employee&apos;s retention period has ended.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="876"/>
        <source>Kedudukan di database: {0}</source>
        <translation>Statuses in the database: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="888"/>
        <source>Pilih pegawai untuk melihat dasar tanggal dan tindakannya.</source>
        <translation>Select an employee to see the basis of the date and the action.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="891"/>
        <source>{0}: terakhir bekerja {1} ({2}); masa simpan habis {3}.</source>
        <translation>{0}: last employed {1} ({2}); retention ends {3}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="895"/>
        <source>Tidak disebut dalam catatan apa pun: seluruh datanya dihapus</source>
        <translation>Not named in any record: all their data is deleted</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="898"/>
        <source>Dianonimkan; NIP, nama, dan jabatan terakhir tetap karena disebut dalam {0}</source>
        <translation>Anonymised; NIP, name and last post kept because named in {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="900"/>
        <source>{0} baris riwayat, SKP, dan asesmen dihapus.</source>
        <translation>{0} rows of history, SKP and assessments deleted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="906"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="907"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="918"/>
        <source>Terapkan retensi</source>
        <translation>Apply retention</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="920"/>
        <source>{0}

Sebelumnya dibuat salinan cadangan otomatis; data yang dihapus hanya dapat dikembalikan dengan memulihkan salinan itu. Berita acara, keputusan komite, dan log audit tidak diubah. Lanjutkan?</source>
        <translation>{0}

An automatic backup is made first; deleted data can only be recovered by restoring that backup. Berita acara, committee decisions and the audit log are not changed. Continue?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="940"/>
        <source> Salinan sebelum retensi: {0}.</source>
        <translation> Backup before retention: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="951"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="951"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="954"/>
        <source>Ekspor register data pribadi</source>
        <translation>Export personal data register</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="979"/>
        <source>Register disimpan ke {0} dan dicatat di log ekspor.</source>
        <translation>Register saved to {0} and recorded in the export log.</translation>
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
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="145"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="210"/>
        <source>Pilih seorang pegawai di tabel untuk melihat profilnya.</source>
        <translation>Select an employee in the table to see their profile.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="171"/>
        <source>Data pribadi dan riwayat pendidikan</source>
        <translation>Personal data and education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="379"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="399"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="172"/>
        <source>Jabatan sekarang, riwayat jabatan dan pangkat</source>
        <translation>Current post, post history and rank history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="173"/>
        <source>Penilaian kinerja per tahun</source>
        <translation>Performance appraisal per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="174"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="453"/>
        <source>Hasil asesmen kompetensi dan potensi</source>
        <translation>Competency and potential assessment results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="175"/>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="175"/>
        <source>Pengembangan kompetensi dan JP per tahun</source>
        <translation>Competency development and JP (training hours) per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="176"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="520"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="177"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="567"/>
        <source>Hukdis</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="177"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="533"/>
        <source>Hukuman disiplin</source>
        <translation>Disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="220"/>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="222"/>
        <source>Jabatan belum diisi</source>
        <translation>No post recorded</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="227"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="331"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="345"/>
        <source>{0} tahun</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="229"/>
        <source>pensiun {0}</source>
        <translation>retires {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="250"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="250"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="328"/>
        <source>{0} tahun {1} bulan</source>
        <translation>{0} years {1} months</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="333"/>
        <source>TMT pensiun {0}</source>
        <translation>retires {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="336"/>
        <source> (lulus {0})</source>
        <translation> (graduated {0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="340"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="341"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="342"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="343"/>
        <source>Gelar</source>
        <translation>Titles</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="344"/>
        <source>Tempat, tanggal lahir</source>
        <translation>Place, date of birth</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="345"/>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="346"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="347"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="348"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="349"/>
        <source>TMT CPNS/PPPK</source>
        <translation>CPNS/PPPK TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="350"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="351"/>
        <source>Masa kerja golongan</source>
        <translation>Service (for grade)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="352"/>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="353"/>
        <source>Batas usia pensiun</source>
        <translation>Retirement age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="354"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="355"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="358"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="552"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <source>Program / lembaga</source>
        <translation>Programme / institution</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="361"/>
        <source>Lulus</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="365"/>
        <source>Belum ada riwayat pendidikan.</source>
        <translation>No education history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="375"/>
        <source>Jabatan sekarang</source>
        <translation>Current post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="380"/>
        <source>Jenis / jenjang</source>
        <translation>Type / level</translation>
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
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="383"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="399"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="384"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="385"/>
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="386"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="389"/>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="395"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="396"/>
        <source>SK {0}</source>
        <translation>Decree {0}</translation>
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
        <translation>No post history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="406"/>
        <source>Riwayat golongan/pangkat</source>
        <translation>Grade/rank history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="409"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="412"/>
        <source>Belum ada riwayat golongan.</source>
        <translation>No grade history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="421"/>
        <source>Penilaian kinerja (SKP)</source>
        <translation>Performance appraisal (SKP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="422"/>
        <source>Predikat dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022).</source>
        <translation>Rating from work results and work behaviour (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="433"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="498"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="434"/>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="435"/>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="436"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="437"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="446"/>
        <source>Belum ada SKP.</source>
        <translation>No SKP yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="455"/>
        <source>Belum ada hasil asesmen.</source>
        <translation>No assessment results yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="468"/>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="469"/>
        <source>Manajerial</source>
        <translation>Managerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="470"/>
        <source>Sosial kultural</source>
        <translation>Socio-cultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="471"/>
        <source>Teknis</source>
        <translation>Technical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="472"/>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="483"/>
        <source>Jam pelajaran (JP) per tahun</source>
        <translation>Training hours (JP) per year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="484"/>
        <source>Setiap PNS berhak atas pengembangan kompetensi paling sedikit {0} JP setahun (PP 17/2020 Pasal 203 ayat 4). Tahun di bawah {0} JP ditandai merah.</source>
        <translation>Every PNS is entitled to at least {0} JP of competency development a year (PP 17/2020, Article 203(4)). Years below {0} JP are marked red.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="490"/>
        <source>Terpenuhi</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="492"/>
        <source>Kurang {0} JP</source>
        <translation>{0} JP short</translation>
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
        <translation>No training history yet: 0 JP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="506"/>
        <source>Riwayat diklat dan kursus</source>
        <translation>Training and course history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="509"/>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="553"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="513"/>
        <source>Belum ada riwayat diklat.</source>
        <translation>No training history yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="523"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="526"/>
        <source>Belum ada penghargaan.</source>
        <translation>No awards yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="543"/>
        <source>Riwayat hukuman disiplin adalah data pribadi yang sensitif dan hanya ditampilkan untuk peran {0}.</source>
        <translation>Disciplinary history is sensitive personal data and is shown only to the {0} roles.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="544"/>
        <source> dan </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="554"/>
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="555"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="562"/>
        <source>Tidak ada catatan hukuman disiplin.</source>
        <translation>No disciplinary records.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/profile_panel.py" line="569"/>
        <source>Hukdis ({0})</source>
        <translation>Discipline ({0})</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="39"/>
        <source>Talenta Desktop — Proyektor</source>
        <translation>Talenta Desktop — Projector</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="96"/>
        <source>Peta Talenta — Periode {0}</source>
        <translation>Talent Map — Period {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="100"/>
        <source>Seluruh instansi</source>
        <translation>Whole agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/projector.py" line="102"/>
        <source>{0} · {1} pegawai dipetakan</source>
        <translation>{0} · {1} mapped</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="258"/>
        <source>Usulkan suksesor — {0}</source>
        <translation>Propose successor — {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="273"/>
        <source>Kotak {0} · nilai talenta {1} · peringkat {2}</source>
        <translation>Box {0} · talent score {1} · rank {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="285"/>
        <source>mis. dasar penilaian kesiapan</source>
        <translation>e.g. the basis of the readiness assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="286"/>
        <source>Calon:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="287"/>
        <source>&amp;Kesiapan:</source>
        <translation>&amp;Readiness:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="288"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="290"/>
        <source>Usulkan</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="293"/>
        <source>Usulan menjadi suksesor tetap setelah ditetapkan Komite Talenta dalam rapat (&quot;Tetapkan dalam rapat&quot;).</source>
        <translation>The proposal becomes a confirmed successor once the Talent Committee confirms it in a meeting (&quot;Confirm in meeting&quot;).</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="158"/>
        <source>Kategori data</source>
        <translation>Data category</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="159"/>
        <source>Dapat melihat</source>
        <translation>Can view</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="160"/>
        <source>Masa simpan</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="161"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="174"/>
        <source>Semua peran</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="175"/>
        <source>Tidak seorang pun</source>
        <translation>No one</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/privacy_section.py" line="178"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="23"/>
        <source>Peta talenta</source>
        <translation>Talent map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="24"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="71"/>
        <source>Profil talenta</source>
        <translation>Talent profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="25"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="72"/>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="26"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="74"/>
        <source>Laporan suksesi</source>
        <translation>Succession report</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="27"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="75"/>
        <source>Rencana pengembangan individu</source>
        <translation>Individual development plan</translation>
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
        <translation>Nine boxes, distribution against the scheme guideline, employees per box, committee calibrations and employees not yet mappable. For the Talent Committee, or for the head of an OPD when its unit is chosen.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="37"/>
        <source>Satu pegawai: kotak dan alasannya, nilai dan kalibrasi, kotak periode sebelumnya, SKP, asesmen, JP, jabatan target dan rencana pengembangannya. Untuk Komite Talenta dan arsip kepegawaian.</source>
        <translation>One employee: box and its reasons, scores and calibration, previous period&apos;s box, SKP, assessments, JP, target post and development plan. For the Talent Committee and the personnel file.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="42"/>
        <source>Dua sampai empat halaman untuk Pejabat Pembina Kepegawaian: jumlah terpetakan, KRS, jabatan tanpa suksesor siap, kepatuhan 20 JP, dan perubahan dari periode sebelumnya.</source>
        <translation>Two to four pages for the Staffing Supervisory Official (PPK): number mapped, KRS, posts with no ready successor, 20 JP compliance, and changes since the previous period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="47"/>
        <source>Jabatan target dan kritikal, rasio talenta KRS, jabatan yang segera lowong tanpa suksesor siap, serta suksesor tiap jabatan dengan kesiapan dan nomor berita acaranya.</source>
        <translation>Target and critical posts, KRS talent ratio, posts soon vacant with no ready successor, and each post&apos;s successors with their readiness and berita acara number.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="52"/>
        <source>Lembar rencana pengembangan individu yang ditandatangani pegawai dan atasan langsungnya: kegiatan, 70:20:10, JP dan jadwal. Rencana yang masih draf dicetak bertanda DRAF.</source>
        <translation>The individual development plan sheet signed by the employee and their direct superior: activities, 70:20:10, JP and schedule. Plans still in draft are printed marked DRAF (draft).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="57"/>
        <source>Berita acara rapat Komite Talenta yang sudah difinalkan, dengan sidik jari isinya di halaman terakhir agar salinan cetak dapat diperiksa.</source>
        <translation>Berita acara of finalised Talent Committee meetings, with a fingerprint of the content on the last page so printed copies can be checked.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="67"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="68"/>
        <source>Lembar kerja BKN</source>
        <translation>BKN workbook</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="69"/>
        <source>Paket pertukaran</source>
        <translation>Exchange package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="70"/>
        <source>Laporan peta talenta</source>
        <translation>Talent map report</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="76"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="77"/>
        <source>Register data pribadi</source>
        <translation>Personal data register</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="81"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="82"/>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="142"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="83"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="84"/>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="85"/>
        <source>Riwayat golongan</source>
        <translation>Grade history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="86"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="87"/>
        <source>Riwayat diklat</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="88"/>
        <source>Riwayat penghargaan</source>
        <translation>Award history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="89"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="90"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="91"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="92"/>
        <source>Skema penilaian</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="93"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="94"/>
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="95"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="96"/>
        <source>Komite Talenta</source>
        <translation>Talent Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="97"/>
        <source>Anggota komite</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="98"/>
        <source>Rapat komite</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="99"/>
        <source>Acara rapat</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="100"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="101"/>
        <source>Catatan pembahasan</source>
        <translation>Discussion notes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="102"/>
        <source>Benturan kepentingan</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="103"/>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="104"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="105"/>
        <source>Keputusan rapat</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="106"/>
        <source>Jabatan target/kritikal</source>
        <translation>Target/critical post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="107"/>
        <source>Suksesor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="108"/>
        <source>Rencana pengembangan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="109"/>
        <source>Kegiatan pengembangan</source>
        <translation>Development activity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="114"/>
        <source>Versi skema penilaian yang sudah tersimpan tidak pernah diubah; simpan sebagai versi baru.</source>
        <translation>Saved scoring scheme versions are never changed; save as a new version.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="118"/>
        <source>Rapat ini sudah difinalkan di database ini; isinya tidak dapat diubah lagi, hanya dikoreksi melalui rapat baru.</source>
        <translation>This meeting has already been finalised in this database; its content can no longer be changed, only corrected through a new meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="124"/>
        <source>Data ini terkunci di database ini dan tidak dapat ditimpa.</source>
        <translation>This data is locked in this database and cannot be overwritten.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="128"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="129"/>
        <source>NIP lama</source>
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="130"/>
        <source>Gelar depan</source>
        <translation>Title prefix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="131"/>
        <source>Gelar belakang</source>
        <translation>Title suffix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="132"/>
        <source>Tempat lahir</source>
        <translation>Birthplace</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="133"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="134"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="135"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="136"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="137"/>
        <source>Tingkat pendidikan</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="138"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="139"/>
        <source>Tahun lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="140"/>
        <source>TMT CPNS</source>
        <translation>CPNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="141"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="143"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="144"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="145"/>
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="146"/>
        <source>Jenjang jabatan</source>
        <translation>Post level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="147"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="148"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="149"/>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="150"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="151"/>
        <source>Masa kerja (tahun)</source>
        <translation>Service (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="152"/>
        <source>Masa kerja (bulan)</source>
        <translation>Service (months)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="153"/>
        <source>Batas usia pensiun</source>
        <translation>Retirement age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="154"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="155"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="156"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="157"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="158"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="159"/>
        <source>Tanggal rapat</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="160"/>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="161"/>
        <source>Notulen</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="162"/>
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="163"/>
        <source>Pemangku</source>
        <translation>Incumbent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="164"/>
        <source>Nomor SK</source>
        <translation>Decree no.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="165"/>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="166"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="168"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="169"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/labels.py" line="170"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="138"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="140"/>
        <source>Lembar kerja BKN, laporan PDF, paket pertukaran antarlaptop, dan log data yang keluar</source>
        <translation>BKN workbook, PDF reports, exchange packages between laptops, and a log of data leaving the office</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="157"/>
        <source>Lembar kerja BKN yang pernah dibuat</source>
        <translation>BKN workbooks created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="162"/>
        <source>Laporan PDF yang pernah dibuat</source>
        <translation>PDF reports created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="167"/>
        <source>Paket yang pernah diekspor</source>
        <translation>Packages exported</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="171"/>
        <source>Lembar kerja BKN</source>
        <translation>BKN workbook</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="172"/>
        <source>Laporan PDF</source>
        <translation>PDF reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="173"/>
        <source>Paket pertukaran</source>
        <translation>Exchange packages</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="174"/>
        <source>Log ekspor</source>
        <translation>Export log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="217"/>
        <source>Laporan PDF, lembar kerja BKN dan paket pertukaran tidak dapat dibuat dengan akun ini; Log ekspor tetap dapat dibaca.</source>
        <translation>PDF reports, BKN workbooks and exchange packages cannot be created with this account; the Export log can still be read.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="224"/>
        <source>Peran Anda ({0}) dapat membuat laporan dan ekspor tanpa data sensitif (rincian hukuman disiplin dan kolom sensitif).</source>
        <translation>Your role ({0}) can create reports and exports without sensitive data (disciplinary record details and sensitive columns).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="229"/>
        <source>Mengimpor paket pertukaran hanya untuk Administrator dan Operator BKPSDM.</source>
        <translation>Only Administrators and BKPSDM operators can import exchange packages.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="321"/>
        <source>Dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="367"/>
        <source>Berkas {0}: {1}. Tidak ada berkas atau data yang berubah.</source>
        <translation>File {0}: {1}. No file or data was changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="376"/>
        <source>Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas atau data yang berubah.</source>
        <translation>An unexpected error occurred: {0}. No file or data was changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="397"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="409"/>
        <source>Simpan lembar kerja BKN</source>
        <translation>Save BKN workbook</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="411"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="425"/>
        <source>Menulis baris {0} dari {1}…</source>
        <translation>Writing row {0} of {1}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="444"/>
        <source>Membuat lembar kerja BKN periode {0}…</source>
        <translation>Creating the BKN workbook for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="446"/>
        <source>Lembar kerja BKN tidak dapat dibuat</source>
        <translation>The BKN workbook could not be created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="452"/>
        <source>dengan kolom sensitif</source>
        <translation>with sensitive columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="454"/>
        <source>tanpa kolom sensitif</source>
        <translation>without sensitive columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="458"/>
        <source>Lembar kerja BKN periode {0} disimpan ({1}, {2}):
{3}
SHA-256 data: {4}… (lembar Metadata). Kirim hanya lewat saluran resmi.</source>
        <translation>BKN workbook for period {0} saved ({1}, {2}):
{3}
Data SHA-256: {4}… (Metadata sheet). Send it only through official channels.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="462"/>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="574"/>
        <source>%Ln pegawai</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="485"/>
        <source>NIP tidak sah</source>
        <translation>Invalid NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="494"/>
        <source>Simpan laporan PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="494"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="516"/>
        <source>Membuat {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="518"/>
        <source>Laporan tidak dapat dibuat</source>
        <translation>The report could not be created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="524"/>
        <source>{0} disimpan dengan identitas disamarkan (inisial dan NIP tersamar):
{1}</source>
        <translation>{0} saved with masked identities (initials and masked NIP):
{1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="526"/>
        <source>{0} disimpan:
{1}</source>
        <translation>{0} saved:
{1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="537"/>
        <source>Simpan paket pertukaran</source>
        <translation>Save exchange package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="539"/>
        <source>Paket Talenta (*.talenta)</source>
        <translation>Talenta packages (*.talenta)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="560"/>
        <source>Membuat paket periode {0}…</source>
        <translation>Creating the package for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="562"/>
        <source>Paket tidak dapat dibuat</source>
        <translation>The package could not be created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="570"/>
        <source>Paket periode {0} disimpan ({1}):
{2}
Sidik jari kunci: {3}. Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya.</source>
        <translation>Package for period {0} saved ({1}):
{2}
Key fingerprint: {3}. Give this fingerprint to the recipient by phone or message, not with the package.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="586"/>
        <source>Buka paket pertukaran</source>
        <translation>Open exchange package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="588"/>
        <source>Paket Talenta (*.talenta);;Semua berkas (*)</source>
        <translation>Talenta packages (*.talenta);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="608"/>
        <source>Memeriksa paket {0}…</source>
        <translation>Checking package {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="610"/>
        <source>Paket tidak dapat dibuka</source>
        <translation>The package could not be opened</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="612"/>
        <source>Dibatalkan; database tidak berubah.</source>
        <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="643"/>
        <source>Mengimpor paket {0}…</source>
        <translation>Importing package {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="645"/>
        <source>Paket tidak dapat diimpor</source>
        <translation>The package could not be imported</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="647"/>
        <source>Impor dibatalkan; database tidak berubah.</source>
        <translation>Import cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="654"/>
        <source>Paket {0} dari {1} diimpor: {2} baris baru, {3} diperbarui.</source>
        <translation>Package {0} from {1} imported — new rows: {2}, updated: {3}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/reports.py" line="658"/>
        <source>Pertentangan: {0} diambil dari paket, {1} dipertahankan.</source>
        <translation>Conflicts: {0} taken from the package, {1} kept.</translation>
    </message>
</context>
<context>
    <name>ReportsPanels</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="147"/>
        <source>Belum ada periode talenta: petakan periode di halaman Peta Talenta terlebih dahulu.</source>
        <translation>No talent period yet: map a period on the Talent Map page first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="153"/>
        <source>Periode {0} belum dipetakan: jalankan pemetaan di halaman Peta Talenta terlebih dahulu.</source>
        <translation>Period {0} has not been mapped yet: run the mapping on the Talent Map page first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="162"/>
        <source>Pemetaan terakhir {0}: {1} pegawai dipetakan, {2} belum dapat dipetakan.</source>
        <translation>Last mapped {0}: {1} employee(s) mapped, {2} not yet mappable.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="851"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/panels.py" line="855"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>ReportsTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="92"/>
        <source>Unit kerja: {0}</source>
        <translation>Unit: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="94"/>
        <source>NIP: {0}</source>
        <translation>NIP: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="96"/>
        <source>Rapat: #{0}</source>
        <translation>Meeting: #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="98"/>
        <source>Kertas: {0}</source>
        <translation>Paper: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="101"/>
        <source>Identitas disamarkan: inisial dan NIP tersamar</source>
        <translation>Identities masked: initials and masked NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="105"/>
        <source>Kolom: {0}</source>
        <translation>Columns: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="109"/>
        <source>Sidik jari kunci: {0}</source>
        <translation>Key fingerprint: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="114"/>
        <source>SHA-256: {0}</source>
        <translation>SHA-256: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="128"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="129"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="130"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="131"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="132"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="134"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="138"/>
        <source>Jumlah pegawai atau baris data dalam berkas</source>
        <translation>Number of employees or data rows in the file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="141"/>
        <source>Kolom sensitif</source>
        <translation>Sensitive columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="144"/>
        <source>Apakah berkas memuat data sensitif: tempat/tanggal lahir, alasan kalibrasi atau hukuman disiplin</source>
        <translation>Whether the file contains sensitive data: place/date of birth, calibration reasons or disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="150"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="231"/>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="289"/>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="236"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="240"/>
        <source>Belum ada di database ini: ditambahkan</source>
        <translation>Not in this database yet: added</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="243"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="247"/>
        <source>Paket lebih mutakhir (periode ditutup, rapat difinalkan, suksesor ditetapkan, rencana disetujui): diperbarui</source>
        <translation>The package is more recent (period closed, meeting finalised, successor confirmed, plan approved): updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="254"/>
        <source>Sama</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="258"/>
        <source>Sudah ada dengan isi yang sama: dibiarkan</source>
        <translation>Already present with the same content: left as is</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="261"/>
        <source>Bertentangan</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="265"/>
        <source>Diubah berbeda di sini dan di paket: Anda memilih mana yang dipakai</source>
        <translation>Changed differently here and in the package: you choose which to use</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="288"/>
        <source>Ambil dari paket</source>
        <translation>Take from package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="290"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="291"/>
        <source>Yang berbeda</source>
        <translation>What differs</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="334"/>
        <source>Dicentang: isi paket menimpa data di sini. Tidak dicentang: data di sini dipertahankan.</source>
        <translation>Ticked: the package&apos;s content overwrites the data here. Unticked: the data here is kept.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="365"/>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="367"/>
        <source>Centang untuk memakai isi paket; tanpa centang data di sini dipertahankan.</source>
        <translation>Tick to use the package&apos;s content; without a tick the data here is kept.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="384"/>
        <source>{0}: di sini «{1}», di paket «{2}»</source>
        <translation>{0}: here «{1}», in the package «{2}»</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="423"/>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="424"/>
        <source>Di database ini</source>
        <translation>In this database</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/models.py" line="425"/>
        <source>Di paket</source>
        <translation>In the package</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="82"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="83"/>
        <source>Tampilkan folder berkas ini di pengelola berkas</source>
        <translation>Show this file&apos;s folder in the file manager</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/reports/feedback.py" line="84"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="170"/>
        <source>Peran {0}</source>
        <translation>Role of {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="175"/>
        <source>&amp;Peran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="176"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="185"/>
        <source>Simpan versi baru</source>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="187"/>
        <source>Simpan &lt;b&gt;{0}&lt;/b&gt; sebagai &lt;b&gt;versi {1}&lt;/b&gt;?</source>
        <translation>Save &lt;b&gt;{0}&lt;/b&gt; as &lt;b&gt;version {1}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="194"/>
        <source>Perubahan:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="196"/>
        <source>Tidak ada angka yang berubah.</source>
        <translation>No numbers have changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="200"/>
        <source>Versi {0} tetap tersimpan dan penempatan yang sudah dihitung dengannya tidak berubah. Versi {1} dipakai saat sebuah periode dipetakan ulang di halaman Peta Talenta.</source>
        <translation>Version {0} stays on record, and placements already calculated with it do not change. Version {1} is used when a period is remapped on the Talent Map page.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="206"/>
        <source>&amp;Uraian skema (perbarui bila angka yang disebut berubah):</source>
        <translation>Scheme &amp;description (update it if the numbers it quotes have changed):</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="216"/>
        <source>Simpan versi {0}</source>
        <translation>Save version {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="217"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="636"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="675"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="921"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="637"/>
        <source>di bawah ekspektasi</source>
        <translation>below expectations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="638"/>
        <source>Sesuai ekspektasi mulai</source>
        <translation>Meets expectations from</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="639"/>
        <source>Di atas ekspektasi mulai</source>
        <translation>Above expectations from</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="641"/>
        <source>Nilai &lt; {low}: di bawah ekspektasi · {low} – &lt; {high}: sesuai · ≥ {high}: di atas</source>
        <translation>Score &lt; {low}: below expectations · {low} – &lt; {high}: meets · ≥ {high}: above</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="648"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="921"/>
        <source>Potensial</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="649"/>
        <source>rendah</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="650"/>
        <source>Menengah mulai</source>
        <translation>Medium from</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="651"/>
        <source>Tinggi mulai</source>
        <translation>High from</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="652"/>
        <source>Nilai &lt; {low}: rendah · {low} – &lt; {high}: menengah · ≥ {high}: tinggi</source>
        <translation>Score &lt; {low}: low · {low} – &lt; {high}: medium · ≥ {high}: high</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="658"/>
        <source>Komponen “belum tercatat” tidak punya data di aplikasi, jadi bobotnya dibagi ke komponen lain secara proporsional (kolom Efektif). Komponen tanpa data untuk seorang pegawai juga dibagi ulang, kecuali komponen wajib: tanpa data itu pegawai masuk daftar “belum dapat dipetakan”.</source>
        <translation>“Not recorded” components have no data in the app, so their weight is shared proportionally among the other components (Actual column). A component with no data for a particular employee is shared out too, except a required one: without that data the employee goes to the “not yet mappable” list.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="669"/>
        <source>Nilai talenta</source>
        <translation>Talent score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="677"/>
        <source>+ potensial</source>
        <translation>+ potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="680"/>
        <source>Dipakai untuk mengurutkan pegawai dalam satu kotak (mis. calon suksesor).</source>
        <translation>Used to rank employees within a box (e.g. succession candidates).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="701"/>
        <source>Syarat dipetakan</source>
        <translation>Mapping eligibility</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="705"/>
        <source>Tidak dipetakan bila ada hukuman disiplin tingkat</source>
        <translation>Not mapped with a disciplinary penalty:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>ringan</source>
        <translation>minor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>sedang</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="707"/>
        <source>berat</source>
        <translation>severe</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="714"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="716"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="718"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="720"/>
        <source> tahun</source>
        <translation> yr</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="726"/>
        <source>… dalam kurun terakhir</source>
        <translation>… within the last</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="726"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="730"/>
        <source>0 = syarat ini tidak dipakai</source>
        <translation>0 = rule not applied</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="728"/>
        <source>Tidak dipetakan bila pensiun (BUP) dalam</source>
        <translation>Not mapped if retiring (BUP) within</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="732"/>
        <source>Penghargaan dihitung dari</source>
        <translation>Awards counted over</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="732"/>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="733"/>
        <source>terakhir</source>
        <translation>up to the reference date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="733"/>
        <source>Rekam jejak disiplin dihitung dari</source>
        <translation>Disciplinary record counted over</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="753"/>
        <source>Distribusi acuan (% pegawai per kotak)</source>
        <translation>Guideline distribution (% of employees per box)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Di atas</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Sesuai</source>
        <translation>Meets</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="759"/>
        <source>Di bawah</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Rendah</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Menengah</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="760"/>
        <source>Tinggi</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="774"/>
        <source>Kotak {0}</source>
        <translation>Box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="778"/>
        <source>Distribusi acuan kotak {0}</source>
        <translation>Guideline for box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="793"/>
        <source>Acuan yang ditampilkan saat kalibrasi (misalnya kurva distribusi predikat kinerja organisasi); tidak membatasi pemetaan.</source>
        <translation>A reference shown during calibration (for example the organisation&apos;s performance-rating distribution curve); it does not restrict the mapping.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="906"/>
        <source>= {0} %</source>
        <translation>= {0} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="913"/>
        <source>Jumlah: {0} %</source>
        <translation>Total: {0} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="930"/>
        <source>{0}: {1} ditambahkan (bobot {2})</source>
        <translation>{0}: {1} added (weight {2})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="937"/>
        <source>{0}: bobot {1} {2} → {3}</source>
        <translation>{0}: weight of {1} {2} → {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="944"/>
        <source>{0}: {1} menjadi wajib</source>
        <translation>{0}: {1} now required</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="946"/>
        <source>{0}: {1} tidak lagi wajib</source>
        <translation>{0}: {1} no longer required</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="952"/>
        <source>{0}: {1} dihapus</source>
        <translation>{0}: {1} removed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="957"/>
        <source>{0}: batas {1} → {2}</source>
        <translation>{0}: cut-offs {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="964"/>
        <source>Nilai talenta: kinerja {0} % + potensial {1} % → {2} % + {3} %</source>
        <translation>Talent score: performance {0} % + potential {1} % → {2} % + {3} %</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="975"/>
        <source>Syarat hukuman disiplin diubah</source>
        <translation>Disciplinary penalty rule changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="980"/>
        <source>Syarat pensiun: {0} → {1} tahun</source>
        <translation>Retirement rule: {0} → {1} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="986"/>
        <source>Masa penghargaan</source>
        <translation>Awards window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="987"/>
        <source>Masa rekam jejak disiplin</source>
        <translation>Disciplinary record window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="991"/>
        <source>{0}: {1} → {2} tahun</source>
        <translation>{0}: {1} → {2} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/scheme_editor.py" line="998"/>
        <source>Distribusi acuan diubah</source>
        <translation>Guideline distribution changed</translation>
    </message>
</context>
<context>
    <name>SchemeSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="257"/>
        <source>Skema penilaian</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="260"/>
        <source>Versi skema</source>
        <translation>Scheme version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="261"/>
        <source>&amp;Skema:</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="263"/>
        <source>&amp;Versi:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="265"/>
        <source>Skema bawaan</source>
        <translation>Default scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="266"/>
        <source>Dipakai saat periode dipetakan tanpa memilih skema</source>
        <translation>Used when a period is mapped without choosing a scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="267"/>
        <source>&amp;Jadikan bawaan</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="269"/>
        <source>Jadikan skema ini yang dipakai saat periode dipetakan tanpa memilih skema</source>
        <translation>Use this scheme when a period is mapped without choosing one</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="303"/>
        <source>&amp;Pakai angka versi ini</source>
        <translation>&amp;Use this version&apos;s numbers</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="305"/>
        <source>Muat angka versi ini ke versi terbaru untuk disunting dan disimpan sebagai versi baru</source>
        <translation>Load this version&apos;s numbers into the latest version, to edit and save as a new version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="332"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="335"/>
        <source>Periode pratinjau</source>
        <translation>Preview period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="336"/>
        <source>P&amp;eriode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="361"/>
        <source>Simpan sebagai versi &amp;baru…</source>
        <translation>Save as &amp;new version…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="363"/>
        <source>Batalkan &amp;perubahan</source>
        <translation>Discard &amp;changes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="369"/>
        <source>Menyimpan membuat versi baru; versi lama tetap ada. Penempatan yang sudah dihitung tetap memakai versi yang menghasilkannya. Petakan ulang periode di halaman Peta Talenta untuk memakai versi baru.</source>
        <translation>Saving creates a new version; old versions are kept. Placements already calculated keep the version that produced them. Remap a period on the Talent Map page to use the new version.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="423"/>
        <source>Belum ada skema penilaian di database ini. Pasang keempat skema bawaan (BKN Kepka 411/2025, Predikat SKP langsung, JPM pemetaan, Tanjungpinang 2022), lalu sesuaikan dengan peraturan daerah Anda.</source>
        <translation>There is no scoring scheme in this database yet. Install the four built-in schemes (BKN Kepka 411/2025, Predikat SKP langsung, JPM pemetaan, Tanjungpinang 2022), then adapt them to your regional regulations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="429"/>
        <source>Pasang skema &amp;bawaan</source>
        <translation>&amp;Install built-in schemes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="502"/>
        <source> — bawaan</source>
        <translation> — default</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="515"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="515"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="545"/>
        <source>Versi {0} (terbaru)</source>
        <translation>Version {0} (latest)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="547"/>
        <source>Versi {0} (hanya baca)</source>
        <translation>Version {0} (read-only)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="559"/>
        <source>Sumber angka: {0}</source>
        <translation>Source of the numbers: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="571"/>
        <source>Versi {0} hanya dapat dilihat: penempatan yang dihitung dengannya tetap memakai angka ini. Versi terbaru adalah versi {1}.</source>
        <translation>Version {0} is view-only: placements calculated with it keep these numbers. The latest version is version {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="581"/>
        <source>Versi {0} dari {1}</source>
        <translation>Version {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="586"/>
        <source>dibuat oleh {0} pada {1}</source>
        <translation>created by {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="596"/>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="597"/>
        <source>Perubahan pada {0} belum disimpan. Buang perubahan itu?</source>
        <translation>Changes to {0} have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="642"/>
        <source>Angka versi {0} dimuat. Simpan untuk menjadikannya versi {1}.</source>
        <translation>Numbers of version {0} loaded. Save to make them version {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="671"/>
        <source>Belum dapat disimpan:</source>
        <translation>Cannot be saved yet:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="675"/>
        <source>Angka sah dan siap disimpan sebagai versi baru.</source>
        <translation>The numbers are valid and ready to save as a new version.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="680"/>
        <source>Perbaiki kesalahan yang tercantum dulu</source>
        <translation>Fix the listed errors first</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="682"/>
        <source>Simpan angka ini sebagai versi baru (Ctrl+S)</source>
        <translation>Save these numbers as a new version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="684"/>
        <source>Belum ada perubahan</source>
        <translation>No changes yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="725"/>
        <source>Periode {0} belum dipetakan.</source>
        <translation>Period {0} has not been mapped yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="729"/>
        <source>Pemetaan tersimpan {0}: {1} · {2} dipetakan · {3} belum dapat dipetakan · {4}</source>
        <translation>Saved mapping for {0}: {1} · {2} mapped · {3} not yet mappable · {4}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="748"/>
        <source>Belum ada periode. Buat periode di tab Periode untuk melihat pratinjau.</source>
        <translation>No periods yet. Create one on the Periods tab to see a preview.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="754"/>
        <source>Pratinjau menunggu angka yang sah.</source>
        <translation>The preview is waiting for valid numbers.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="790"/>
        <source>Menghitung pratinjau periode {0}…</source>
        <translation>Calculating the preview for period {0}…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="841"/>
        <source>Belum ada data pegawai. Impor data pegawai untuk melihat pratinjau.</source>
        <translation>No employee data yet. Import employee data to see a preview.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="847"/>
        <source>Pratinjau tidak dapat dihitung: {0}</source>
        <translation>The preview could not be calculated: {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="896"/>
        <source>Tersimpan sebagai {0} versi {1}. Penempatan yang sudah ada tetap memakai versi {2}; petakan ulang periode di halaman Peta Talenta untuk memakai versi {1}.</source>
        <translation>Saved as {0} version {1}. Existing placements keep using version {2}; remap a period on the Talent Map page to use version {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="909"/>
        <source>Jadikan bawaan</source>
        <translation>Make default</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="911"/>
        <source>Jadikan {0} skema bawaan? Periode yang dipetakan tanpa memilih skema akan memakai versi terbarunya. Penempatan yang sudah ada tidak berubah.</source>
        <translation>Make {0} the default scheme? Periods mapped without choosing a scheme will use its latest version. Existing placements do not change.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="925"/>
        <source>{0} sekarang menjadi skema bawaan.</source>
        <translation>{0} is now the default scheme.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="936"/>
        <source>Skema bawaan tidak dipasang</source>
        <translation>Built-in schemes not installed</translation>
    </message>
</context>
<context>
    <name>ScoreScatter</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="282"/>
        <source>Nilai potensial dan nilai kinerja</source>
        <translation>Potential and performance scores</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="285"/>
        <source>hasil pemetaan</source>
        <translation>computed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="286"/>
        <source>dikalibrasi</source>
        <translation>calibrated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="287"/>
        <source>batas nilai</source>
        <translation>score cut-offs</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="304"/>
        <source>Nilai potensial</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="304"/>
        <source>Nilai kinerja</source>
        <translation>Performance score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="336"/>
        <source>Belum ada pegawai yang dipetakan</source>
        <translation>No employees mapped yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="496"/>
        <source>{0} · kotak {1} · kinerja {2} · potensial {3}</source>
        <translation>{0} · box {1} · performance {2} · potential {3}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="503"/>
        <source>dikalibrasi dari kotak {0}</source>
        <translation>calibrated from box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="505"/>
        <source>(dan {0} lainnya di dekatnya)</source>
        <translation>(and {0} more nearby)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="512"/>
        <source>{0} pegawai. Arahkan kursor ke titik untuk melihat nama; klik untuk memilih.</source>
        <translation>{0} employee(s). Point at a dot to see the name; click to select.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/forms.py" line="113"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="342"/>
        <source>Aturan suksesi</source>
        <translation>Succession rules</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="347"/>
        <source>Jenjang calon satu tingkat di bawah jabatan target</source>
        <translation>Candidate&apos;s level one below the target post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="350"/>
        <source>Golongan calon paling rendah sesuai syarat jabatan (bila ditentukan)</source>
        <translation>Candidate&apos;s grade at least the post&apos;s minimum grade (if set)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="354"/>
        <source> tahun terakhir</source>
        <translation> year(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="354"/>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="361"/>
        <source>tidak diperiksa</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="361"/>
        <source> tahun lagi sebelum BUP</source>
        <translation> year(s) until BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="364"/>
        <source>Syarat calon suksesor</source>
        <translation>Successor candidate requirements</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="368"/>
        <source>Tanpa hukuman disiplin dalam:</source>
        <translation>No disciplinary penalty in the last:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="369"/>
        <source>Tingkat hukuman disiplin:</source>
        <translation>Disciplinary penalty levels:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="370"/>
        <source>Masa kerja sebelum pensiun:</source>
        <translation>Service left before retirement:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="372"/>
        <source> orang</source>
        <translation> person(s)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="374"/>
        <source> bulan sebelum lowong</source>
        <translation> month(s) before vacancy</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="374"/>
        <source>hanya yang sudah lowong</source>
        <translation>only posts already vacant</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="377"/>
        <source>Jabatan dan peringatan</source>
        <translation>Posts and warnings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="379"/>
        <source>Suksesor per jabatan (bawaan):</source>
        <translation>Successors per post (default):</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="380"/>
        <source>Peringatan kekosongan:</source>
        <translation>Vacancy warning:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="401"/>
        <source>Klik dua kali nama kategori untuk mengubahnya; centang yang dihitung siap sekarang</source>
        <translation>Double-click a category name to change it; tick those that count as ready now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="403"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="404"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="407"/>
        <source>Menghapus kategori yang sedang dipakai tidak mengubah suksesornya; kesiapan mereka tetap tampil sebagaimana tersimpan.</source>
        <translation>Removing a category in use does not change its successors; their readiness is still shown as stored.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="411"/>
        <source>Naik</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="412"/>
        <source>Turun</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="413"/>
        <source>Kategori kesiapan (urut dari yang paling siap)</source>
        <translation>Readiness categories (most ready first)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="427"/>
        <source>Simpan aturan</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="476"/>
        <source>Pilih paling sedikit satu tingkat hukuman disiplin, atau pilih “tidak diperiksa”.</source>
        <translation>Choose at least one disciplinary penalty level, or choose “not checked”.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/dialogs.py" line="503"/>
        <source>Kategori baru</source>
        <translation>New category</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1238"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1240"/>
        <source>Skema penilaian, periode talenta, pengguna, log audit, data pribadi, dan tampilan</source>
        <translation>Scoring schemes, talent periods, users, audit log, personal data and appearance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1248"/>
        <source>Skema penilaian</source>
        <translation>Scoring schemes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1249"/>
        <source>Periode</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1250"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1252"/>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1253"/>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/settings.py" line="1254"/>
        <source>Tampilan</source>
        <translation>Appearance</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../talenta_desktop/ui/shortcut_sheet.py" line="14"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcut_sheet.py" line="19"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="22"/>
        <source>Di mana saja</source>
        <translation>Anywhere</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="23"/>
        <source>Peta Talenta</source>
        <translation>Talent Map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="24"/>
        <source>Jendela proyektor</source>
        <translation>Projector window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="25"/>
        <source>Komite</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="26"/>
        <source>Pengembangan</source>
        <translation>Development</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="27"/>
        <source>Suksesi</source>
        <translation>Succession</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="28"/>
        <source>Pengaturan › Skema penilaian</source>
        <translation>Settings › Scoring schemes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="29"/>
        <source>Jendela perbandingan kandidat (Suksesi)</source>
        <translation>Candidate comparison window (Succession)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="30"/>
        <source>Jendela panduan</source>
        <translation>Guide window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="37"/>
        <source>Panduan untuk halaman yang terbuka</source>
        <translation>Guide to the open page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="38"/>
        <source>Daftar pintasan ini</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="41"/>
        <source>Pindah halaman, menurut urutan di kiri (Ctrl+1 Beranda … Ctrl+8 Pengaturan)</source>
        <translation>Switch page, in the order on the left (Ctrl+1 Home … Ctrl+8 Settings)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="44"/>
        <source>Ke kotak pencarian halaman ini</source>
        <translation>Go to this page&apos;s search box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="45"/>
        <source>Impor data pegawai, SKP atau asesmen</source>
        <translation>Import employee, SKP or assessment data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="46"/>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="67"/>
        <source>Layar penuh, atau kembali</source>
        <translation>Full screen, or back to normal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="47"/>
        <source>Perbesar huruf</source>
        <translation>Increase font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="48"/>
        <source>Perkecil huruf</source>
        <translation>Decrease font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="49"/>
        <source>Ukuran huruf normal</source>
        <translation>Normal font size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="50"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="51"/>
        <source>Batalkan pemindahan terakhir</source>
        <translation>Undo the last move</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="52"/>
        <source>Ulangi pemindahan</source>
        <translation>Redo the move</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="53"/>
        <source>Buka atau tutup jendela proyektor</source>
        <translation>Open or close the projector window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="55"/>
        <source>Sembunyikan nama di proyektor</source>
        <translation>Hide names on the projector</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="57"/>
        <source>Kosongkan layar proyektor</source>
        <translation>Blank the projector screen</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="58"/>
        <source>Kosongkan layar, atau tampilkan lagi</source>
        <translation>Blank the screen, or show it again</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="59"/>
        <source>Sembunyikan atau tampilkan nama</source>
        <translation>Hide or show names</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="60"/>
        <source>Hanya jumlah per kotak</source>
        <translation>Counts per box only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="61"/>
        <source>Tutup jendela proyektor</source>
        <translation>Close the projector window</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="62"/>
        <source>Rapat baru</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="63"/>
        <source>Simpan notulen</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="64"/>
        <source>Buat rencana pengembangan</source>
        <translation>Create a development plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="65"/>
        <source>Jabatan kritikal baru</source>
        <translation>New critical post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="72"/>
        <source>Cari di halaman panduan</source>
        <translation>Search the guide page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="73"/>
        <source>Temuan berikutnya (juga Enter di kotak cari)</source>
        <translation>Next match (also Enter in the search box)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="75"/>
        <source>Temuan sebelumnya (juga Shift+Enter)</source>
        <translation>Previous match (also Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="77"/>
        <source>Halaman panduan sebelumnya</source>
        <translation>Previous guide page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="78"/>
        <source>Halaman panduan berikutnya</source>
        <translation>Next guide page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="79"/>
        <source>Halaman awal panduan</source>
        <translation>Guide start page</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="81"/>
        <source>Hapus pencarian, atau tutup panduan</source>
        <translation>Clear the search, or close the guide</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/shortcuts.py" line="70"/>
        <source>Simpan skema sebagai versi baru</source>
        <translation>Save the scheme as a new version</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="104"/>
        <source>Masuk — Talenta Desktop</source>
        <translation>Sign in — Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="105"/>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="114"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="106"/>
        <source>Database {0} dilindungi. Masuk dengan nama pengguna dan kata sandi Anda.</source>
        <translation>Database {0} is protected. Sign in with your username and password.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="112"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="113"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="404"/>
        <source>Jenis data dan berkas</source>
        <translation>Data type and file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="407"/>
        <source>Pilih data yang akan diimpor dan berkasnya: Excel (.xlsx, .xls), ODS atau CSV, misalnya unduhan SIASN atau rekap dari unit kerja.</source>
        <translation>Choose the data to import and its file: Excel (.xlsx, .xls), ODS or CSV, for example a SIASN download or a summary from a unit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="413"/>
        <source>Data pegawai</source>
        <translation>Employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="414"/>
        <source>Data utama SIASN: NIP, nama, jabatan, unit kerja, golongan, TMT.</source>
        <translation>SIASN main data: NIP, name, post, unit, grade, TMT dates.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="417"/>
        <source>Riwayat SKP</source>
        <translation>SKP history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="418"/>
        <source>Predikat kinerja per tahun: NIP, tahun, hasil kerja, perilaku kerja.</source>
        <translation>Performance ratings per year: NIP, year, work results, work behaviour.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="421"/>
        <source>Hasil asesmen</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="422"/>
        <source>Hasil uji kompetensi: NIP, tanggal asesmen, JPM, nilai potensi.</source>
        <translation>Competency test results: NIP, assessment date, JPM, potential score.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="426"/>
        <source>Jenis data</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="440"/>
        <source>Pilih berkas lembar kerja…</source>
        <translation>Choose a spreadsheet file…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="442"/>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="444"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="455"/>
        <source>Profil menyimpan pemetaan kolom berkas yang pernah diimpor, untuk berkas dengan susunan kolom yang sama. Tanpa profil, kolom dikenali dari judulnya.</source>
        <translation>A profile stores the column mapping of a file imported before, for files with the same column layout. Without a profile, columns are recognised by their headings.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="459"/>
        <source>Profil pemetaan kolom</source>
        <translation>Column mapping profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="530"/>
        <source>Tanpa profil — kenali kolom dari judulnya</source>
        <translation>No profile — recognise columns by their headings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="535"/>
        <source>Belum ada profil tersimpan untuk jenis data ini</source>
        <translation>No saved profiles for this data type yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="550"/>
        <source>Pilih berkas untuk diimpor</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="552"/>
        <source>Lembar kerja dan CSV ({0});;Semua berkas (*)</source>
        <translation>Spreadsheets and CSV ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="564"/>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="566"/>
        <source>Jenis berkas ini tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>This file type is not supported; use .xlsx, .xls, .ods or .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/import_wizard.py" line="577"/>
        <source>Kolom wajib untuk jenis data ini: {0}.</source>
        <translation>Required columns for this data type: {0}.</translation>
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
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="18"/>
        <source>Jabatan target</source>
        <translation>Target post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="19"/>
        <source>Jabatan kritikal</source>
        <translation>Critical post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="22"/>
        <source>Usulan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="23"/>
        <source>Ditetapkan</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="24"/>
        <source>Ditarik</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="35"/>
        <source>Satu tingkat di bawah jabatan target</source>
        <translation>One level below the target post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="36"/>
        <source>Golongan paling rendah</source>
        <translation>Minimum grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="37"/>
        <source>Tidak sedang/baru menjalani hukuman disiplin</source>
        <translation>Not under a current or recent disciplinary penalty</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="38"/>
        <source>Tidak mendekati batas usia pensiun</source>
        <translation>Not close to retirement age (BUP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="41"/>
        <source>ringan</source>
        <translation>minor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="42"/>
        <source>sedang</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="43"/>
        <source>berat</source>
        <translation>severe</translation>
    </message>
</context>
<context>
    <name>SuccessionPage</name>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="142"/>
        <source>Suksesi</source>
        <translation>Succession</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="144"/>
        <source>Jabatan target dan kritikal, suksesornya, dan calon dari KRS</source>
        <translation>Target and critical posts, their successors, and candidates from the KRS</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="153"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="156"/>
        <source>Periode pemetaan talenta; suksesor diusulkan per periode</source>
        <translation>Talent mapping period; successors are proposed per period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="158"/>
        <source>Aturan suksesi…</source>
        <translation>Succession rules…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="160"/>
        <source>Syarat calon, jumlah suksesor per jabatan, batas peringatan dan kategori kesiapan</source>
        <translation>Candidate requirements, successors per post, warning period and readiness categories</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="175"/>
        <source>Klik nama jabatan untuk memilihnya</source>
        <translation>Click a post name to select it</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="182"/>
        <source>Jabatan baru…</source>
        <translation>New post…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="183"/>
        <source>Tambahkan jabatan target atau jabatan kritikal</source>
        <translation>Add a target post or a critical post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="184"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="185"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="910"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="187"/>
        <source>Keluarkan jabatan ini dari rencana suksesi (riwayatnya tetap tersimpan)</source>
        <translation>Take this post out of the succession plan (its history is kept)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="213"/>
        <source>Jabatan target dan kritikal</source>
        <translation>Target and critical posts</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="270"/>
        <source>Belum ada periode pemetaan talenta. Suksesor diambil dari Kelompok Rencana Suksesi suatu periode: petakan periode di halaman Peta Talenta terlebih dahulu.</source>
        <translation>No talent mapping period yet. Successors are drawn from the succession pool (KRS) of a period: map a period on the Talent Map page first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="337"/>
        <source>Tetapkan dalam rapat</source>
        <translation>Confirm in meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="339"/>
        <source>Tarik usulan</source>
        <translation>Withdraw proposal</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="340"/>
        <source>Batalkan usulan suksesor yang belum ditetapkan komite</source>
        <translation>Withdraw a successor proposal not yet confirmed by the committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="371"/>
        <source>Hanya yang memenuhi &amp;syarat</source>
        <translation>&amp;Eligible only</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="374"/>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="377"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="812"/>
        <source>Bandingkan…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="379"/>
        <source>Kartu talenta calon yang dicentang, berdampingan (2–{0} calon)</source>
        <translation>Talent cards of the ticked candidates, side by side (2–{0} candidates)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="381"/>
        <source>Usulkan sebagai suksesor…</source>
        <translation>Propose as successor…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="512"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="515"/>
        <source>Rencana suksesi tidak dapat dibaca</source>
        <translation>The succession plan could not be read</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="544"/>
        <source>Belum ada jabatan target. Tambahkan jabatan dengan &quot;Jabatan baru…&quot;, lalu usulkan suksesornya dari calon yang memenuhi syarat.</source>
        <translation>No target posts yet. Add a post with &quot;New post…&quot;, then propose its successors from the eligible candidates.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="555"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; jabatan target · &lt;b&gt;{1}&lt;/b&gt; talenta KRS (rasio &lt;b&gt;{2}&lt;/b&gt; per jabatan) · &lt;b&gt;{3}&lt;/b&gt; dari {0} punya suksesor siap sekarang</source>
        <translation>Target posts: &lt;b&gt;{0}&lt;/b&gt; · KRS talents: &lt;b&gt;{1}&lt;/b&gt; (ratio &lt;b&gt;{2}&lt;/b&gt; per post) · &lt;b&gt;{3}&lt;/b&gt; of {0} have a successor ready now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="570"/>
        <source>⚠ Lowong dalam {0} bulan tanpa suksesor siap sekarang: {1}</source>
        <translation>⚠ Vacant within {0} months with no successor ready now: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="608"/>
        <source>Belum ada jabatan target. Tambahkan dengan &quot;Jabatan baru…&quot;.</source>
        <translation>No target posts yet. Add one with &quot;New post…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="606"/>
        <source>Pilih periode.</source>
        <translation>Choose a period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="611"/>
        <source>Belum ada jabatan target.</source>
        <translation>No target posts yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="625"/>
        <source>Pemangku {0} ({1})</source>
        <translation>Incumbent {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="627"/>
        <source>Tanpa pemangku</source>
        <translation>No incumbent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="630"/>
        <source>golongan paling rendah {0}</source>
        <translation>minimum grade {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="632"/>
        <source>tanpa syarat golongan</source>
        <translation>no grade requirement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="635"/>
        <source>{0} · {1} · jenjang {2}, {3}, BUP {4} tahun</source>
        <translation>{0} · {1} · level {2}, {3}, BUP {4} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="703"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="706"/>
        <source>Calon suksesor tidak dapat dihitung</source>
        <translation>The successor candidates could not be calculated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="731"/>
        <source>Suksesor ({0})</source>
        <translation>Successors ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="733"/>
        <source>Calon dari KRS (memuat…)</source>
        <translation>Candidates from the KRS (loading…)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="738"/>
        <source>Calon dari KRS ({0} memenuhi syarat dari {1})</source>
        <translation>Candidates from the KRS ({0} of {1} eligible)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="812"/>
        <source>Bandingkan ({0})…</source>
        <translation>Compare ({0})…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="820"/>
        <source>Paling banyak {0} calon dapat dibandingkan sekaligus; hapus salah satu centang dulu.</source>
        <translation>At most {0} candidates can be compared at once; untick one first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="831"/>
        <source>Penetapan suksesor adalah keputusan Komite Talenta: mulai rapat komite di halaman Komite terlebih dahulu.</source>
        <translation>Confirming a successor is a decision of the Talent Committee: start a committee meeting on the Committee page first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="834"/>
        <source>Tidak ada rapat komite yang sedang berlangsung.</source>
        <translation>No committee meeting is in progress.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="837"/>
        <source>Rapat {0} yang sedang berlangsung membahas periode {1}; pilih periode itu.</source>
        <translation>Meeting {0}, now in progress, discusses period {1}; choose that period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="841"/>
        <source>Rapat berlangsung: {0}.</source>
        <translation>Meeting in progress: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="843"/>
        <source>Pilih suksesor berstatus usulan.</source>
        <translation>Select a successor with the status Proposed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="845"/>
        <source>{0} sudah ditetapkan komite.</source>
        <translation>{0} has already been confirmed by the committee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="847"/>
        <source>Catat penetapan {0} sebagai keputusan rapat {1}.</source>
        <translation>Record the confirmation of {0} as a decision of meeting {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="863"/>
        <source>Pilih calon yang memenuhi syarat.</source>
        <translation>Select an eligible candidate.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="865"/>
        <source>{0} sudah menjadi suksesor jabatan ini.</source>
        <translation>{0} is already a successor for this post.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="867"/>
        <source>{0} tidak memenuhi syarat: {1}</source>
        <translation>{0} is not eligible: {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="871"/>
        <source>Usulkan {0} sebagai suksesor dengan kategori kesiapan.</source>
        <translation>Propose {0} as a successor, with a readiness category.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="891"/>
        <source>Jabatan {0} ditambahkan.</source>
        <translation>Post {0} added.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="893"/>
        <source>Jabatan {0} disimpan.</source>
        <translation>Post {0} saved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="905"/>
        <source>Nonaktifkan jabatan?</source>
        <translation>Deactivate post?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="907"/>
        <source>{0} dikeluarkan dari rencana suksesi dan tidak tampil lagi di daftar. Suksesor dan keputusan komite tentangnya tetap tersimpan.

Nonaktifkan sekarang?</source>
        <translation>{0} is taken out of the succession plan and no longer shown in the list. Its successors and the committee decisions about it are kept.

Deactivate now?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="911"/>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="963"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="917"/>
        <source>Jabatan tidak dapat dinonaktifkan</source>
        <translation>The post could not be deactivated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="922"/>
        <source>Jabatan {0} dinonaktifkan.</source>
        <translation>Post {0} deactivated.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="934"/>
        <source>Kesiapan tidak dapat diubah</source>
        <translation>The readiness could not be changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="940"/>
        <source>Kesiapan {0}: {1}.</source>
        <translation>Readiness of {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="957"/>
        <source>Tetapkan suksesor?</source>
        <translation>Confirm successor?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="959"/>
        <source>{0} ditetapkan sebagai suksesor {1} (kesiapan: {2}) dan dicatat sebagai keputusan rapat {3}.

Tetapkan sekarang?</source>
        <translation>{0} is confirmed as successor for {1} (readiness: {2}), recorded as a decision of meeting {3}.

Confirm now?</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="962"/>
        <source>Tetapkan</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="969"/>
        <source>Suksesor tidak dapat ditetapkan</source>
        <translation>The successor could not be confirmed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="975"/>
        <source>{0} ditetapkan sebagai suksesor {1} (keputusan #{2}, rapat {3}).</source>
        <translation>{0} confirmed as successor for {1} (decision #{2}, meeting {3}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="988"/>
        <source>Usulan tidak dapat ditarik</source>
        <translation>The proposal could not be withdrawn</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="991"/>
        <source>Usulan {0} ditarik.</source>
        <translation>Proposal for {0} withdrawn.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1015"/>
        <source>{0} diusulkan sebagai suksesor {1} (kesiapan: {2}).</source>
        <translation>{0} proposed as successor for {1} (readiness: {2}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1028"/>
        <source>Terlalu banyak calon</source>
        <translation>Too many candidates</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1029"/>
        <source>Paling banyak {0} calon dapat dibandingkan sekaligus; Anda memilih {1}.</source>
        <translation>At most {0} candidates can be compared at once; you chose {1}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1036"/>
        <source>Pilih calon</source>
        <translation>Choose candidates</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1037"/>
        <source>Centang 2 sampai {0} calon di kolom &quot;Bandingkan&quot;, lalu tekan &quot;Bandingkan…&quot;.</source>
        <translation>Tick 2 to {0} candidates in the &quot;Compare&quot; column, then press &quot;Compare…&quot;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1045"/>
        <source>Calon tidak dapat dibandingkan</source>
        <translation>The candidates could not be compared</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1068"/>
        <source>Aturan suksesi disimpan; calon dihitung ulang dengan aturan baru.</source>
        <translation>Succession rules saved; candidates are recalculated with the new rules.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/pages/succession.py" line="1093"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SuccessionTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="29"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="193"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="488"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="30"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="489"/>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="31"/>
        <source>Hukdis</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/labels.py" line="32"/>
        <source>BUP</source>
        <translation>Ret. age</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="113"/>
        <source>{0} / {1} dari {2}</source>
        <translation>{0} / {1} of {2}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="121"/>
        <source>Mendesak</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="123"/>
        <source>Belum ada yang siap</source>
        <translation>No one ready</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="125"/>
        <source>Kurang {0} suksesor</source>
        <translation>{0} successor(s) short</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="128"/>
        <source>Memadai</source>
        <translation>Sufficient</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="134"/>
        <source>Lowong dalam masa peringatan dan belum ada suksesor yang siap sekarang.</source>
        <translation>Falls vacant within the warning period and no successor is ready now.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="138"/>
        <source>Belum ada suksesor yang siap sekarang.</source>
        <translation>No successor is ready now.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="140"/>
        <source>Suksesor yang diusulkan kurang dari jumlah yang dibutuhkan jabatan ini.</source>
        <translation>Fewer successors proposed than this post needs.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="143"/>
        <source>Ada suksesor siap sekarang dan jumlah suksesor memadai.</source>
        <translation>A successor is ready now and there are enough successors.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="149"/>
        <source>(lowong)</source>
        <translation>(vacant)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="154"/>
        <source>Jabatan ini tidak mempunyai pemangku.</source>
        <translation>This post has no incumbent.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="163"/>
        <source>Golongan paling rendah {0}; BUP {1} tahun</source>
        <translation>Minimum grade {0}; BUP {1} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="168"/>
        <source>BUP {0} tahun</source>
        <translation>BUP {0} years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="176"/>
        <source>{0} siap sekarang, {1} siap kemudian; dibutuhkan {2} suksesor.</source>
        <translation>{0} ready now, {1} ready later; {2} successor(s) needed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="190"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="191"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="192"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="194"/>
        <source>Pemangku</source>
        <translation>Incumbent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="195"/>
        <source>Perkiraan lowong</source>
        <translation>Expected vacancy</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="197"/>
        <source>Siap sekarang / kemudian</source>
        <translation>Ready now / later</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="481"/>
        <source>Bandingkan</source>
        <translation>Compare</translation>
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
        <translation>Successors ready now / ready later, of the number of successors this post needs</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="209"/>
        <source>Tanggal pensiun pemangku menurut BUP jabatan</source>
        <translation>The incumbent&apos;s retirement date under the post&apos;s BUP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="265"/>
        <source>Keputusan #{0}</source>
        <translation>Decision #{0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="273"/>
        <source>Ditetapkan Komite Talenta (keputusan #{0}); lihat daftar keputusan rapatnya di halaman Komite.</source>
        <translation>Confirmed by the Talent Committee (decision #{0}); see the decisions of its meeting on the Committee page.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="277"/>
        <source>Belum ditetapkan komite.</source>
        <translation>Not yet confirmed by the committee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="292"/>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="487"/>
        <source>Nama</source>
        <translation>Name</translation>
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
        <translation>Box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="302"/>
        <source>Kesiapan</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="306"/>
        <source>Keputusan komite</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="423"/>
        <source>Ada hukuman disiplin dalam masa yang ditentukan aturan suksesi (rincian tidak ditampilkan).</source>
        <translation>Has a disciplinary penalty within the period set by the succession rules (details not shown).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="483"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="495"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="500"/>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="503"/>
        <source>Centang 2–4 calon, lalu tekan “Bandingkan…”</source>
        <translation>Tick 2–4 candidates, then press “Compare…”</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="506"/>
        <source>Peringkat di antara calon yang memenuhi syarat</source>
        <translation>Rank among the eligible candidates</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="507"/>
        <source>Nilai talenta periode ini</source>
        <translation>Talent score in this period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="559"/>
        <source>Suksesor ({0})</source>
        <translation>Successor ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="563"/>
        <source>Memenuhi syarat; suksesor {0}</source>
        <translation>Eligible; successor for {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="567"/>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="584"/>
        <source>Pilih untuk dibandingkan (paling banyak {0} calon)</source>
        <translation>Select to compare (at most {0} candidates)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="592"/>
        <source>memenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="594"/>
        <source>tidak memenuhi</source>
        <translation>not met</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="741"/>
        <source>Kategori kesiapan</source>
        <translation>Readiness category</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="742"/>
        <source>Dihitung siap sekarang</source>
        <translation>Counts as ready now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/succession/models.py" line="785"/>
        <source>Kode tersimpan: {0}</source>
        <translation>Stored code: {0}</translation>
    </message>
</context>
<context>
    <name>TalentAnalysisPanel</name>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="576"/>
        <source>Sebaran dan nilai</source>
        <translation>Distribution and scores</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="577"/>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="837"/>
        <source>Pergerakan</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="578"/>
        <source>Per unit induk</source>
        <translation>By parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="620"/>
        <source>Matriks pergerakan</source>
        <translation>Movement matrix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="638"/>
        <source>makin pekat, makin banyak pegawai</source>
        <translation>darker = more employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="642"/>
        <source>Naik kelas: jumlah tingkat kinerja dan potensial bertambah. Bergeser: pindah ke kotak lain dengan jumlah tingkat yang sama (satu sumbu naik, yang lain turun).</source>
        <translation>Moved up: the sum of the performance and potential levels increased. Moved sideways: to another box with the same sum of levels (one axis up, the other down).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="650"/>
        <source>Pegawai yang berpindah</source>
        <translation>Employees who moved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="653"/>
        <source>Semua yang berpindah kotak</source>
        <translation>Everyone who changed box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="660"/>
        <source>Semua pegawai</source>
        <translation>All employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="665"/>
        <source>Hapus pilihan sel</source>
        <translation>Clear cell selection</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="666"/>
        <source>Tampilkan lagi sesuai pilihan di sebelah kiri</source>
        <translation>Filter again by the choice on the left</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="725"/>
        <source>Sebaran per unit induk</source>
        <translation>Distribution by parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="728"/>
        <source>Kolom 1–9: pegawai per kotak; makin pekat warnanya, makin besar porsi unit di kotak itu. Kotak 7–9: persentase di kelompok rencana suksesi. Klik judul kolom untuk mengurutkan.</source>
        <translation>Columns 1–9: employees per box; the darker the colour, the larger the unit&apos;s share in that box. Boxes 7–9: percentage in the succession pool. Click a column heading to sort.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="789"/>
        <source>{0} pegawai dipetakan pada periode {1}.</source>
        <translation>Employees mapped in period {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="791"/>
        <source>{0} di area tunggu tidak dihitung.</source>
        <translation>Not yet mappable (not counted): {0}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="793"/>
        <source>Selisih lebih dari {0} poin ditandai merah.</source>
        <translation>Differences of more than {0} points are marked red.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="821"/>
        <source>Sebaran per unit induk ({0} unit)</source>
        <translation>Distribution by parent unit ({0})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="832"/>
        <source>Belum ada periode sebelumnya yang dipetakan, jadi pergerakan antarperiode belum dapat ditampilkan. Petakan periode sebelumnya untuk membandingkan.</source>
        <translation>No earlier period has been mapped, so movement between periods cannot be shown yet. Map the previous period to compare.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="840"/>
        <source>Pergerakan sejak {0}</source>
        <translation>Movement since {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="845"/>
        <source>Dibandingkan dengan kotak pada periode {0}. Naik kelas: jumlah tingkat kinerja dan potensial bertambah (mis. 5 → 8); turun: berkurang; bergeser: kotak lain dengan jumlah tingkat yang sama (mis. 8 → 7).</source>
        <translation>Compared with the box in period {0}. Moved up: the sum of the performance and potential levels increased (e.g. 5 → 8); moved down: it decreased; moved sideways: another box with the same sum of levels (e.g. 8 → 7).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="859"/>
        <source>Baris: kotak pada {0} · kolom: kotak pada {1}. Klik sel untuk melihat pegawainya.</source>
        <translation>Rows: box in {0} · columns: box in {1}. Click a cell to see its employees.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="896"/>
        <source>Dari kotak {0} ke kotak {1}</source>
        <translation>From box {0} to box {1}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="898"/>
        <source>Dari kotak {0}</source>
        <translation>From box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="900"/>
        <source>Ke kotak {0}</source>
        <translation>To box {0}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="902"/>
        <source>Dipetakan pada kedua periode</source>
        <translation>Mapped in both periods</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/talent_analysis.py" line="910"/>
        <source>{0} dari {1} pegawai. Klik nama untuk memilih pegawai itu.</source>
        <translation>{0} of {1} employees. Click a name to select that employee.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="38"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="45"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="60"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="39"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="61"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="40"/>
        <source>Alasan belum dapat dipetakan</source>
        <translation>Why not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="46"/>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="65"/>
        <source>Kotak hasil hitung</source>
        <translation>Computed box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="47"/>
        <source>Kotak kini</source>
        <translation>Current box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="48"/>
        <source>Alasan kalibrasi</source>
        <translation>Calibration reason</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="49"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="54"/>
        <source>Kotak hitung sebelumnya</source>
        <translation>Previous computed box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="55"/>
        <source>Kotak hitung baru</source>
        <translation>New computed box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="62"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="63"/>
        <source>Potensial</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_lists.py" line="64"/>
        <source>Nilai talenta</source>
        <translation>Talent score</translation>
    </message>
</context>
<context>
    <name>TalentTables</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="126"/>
        <source>Kotak {0}: kinerja {1}, potensial {2}</source>
        <translation>Box {0}: performance {1}, potential {2}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="23"/>
        <source>Terang</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="24"/>
        <source>Gelap</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/theme.py" line="25"/>
        <source>Kontras tinggi (proyektor)</source>
        <translation>High contrast (projector)</translation>
    </message>
</context>
<context>
    <name>UnitDistributionModel</name>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="522"/>
        <source>{0}: {1} pegawai di kotak {2} ({3} dari unit ini)</source>
        <translation>{0}: {1} employee(s) in box {2} ({3} of this unit)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="529"/>
        <source>Pegawai di kotak 7–9 (kelompok rencana suksesi)</source>
        <translation>Employees in boxes 7–9 (succession pool)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="537"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="539"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="541"/>
        <source>Kotak 7–9</source>
        <translation>Boxes 7–9</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/models/talent_tables.py" line="547"/>
        <source>Persentase pegawai unit di kelompok rencana suksesi (kotak 7–9)</source>
        <translation>Share of the unit&apos;s employees in the succession pool (boxes 7–9)</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="64"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="65"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="66"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="70"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="72"/>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="89"/>
        <source>minimal {0} karakter</source>
        <translation>at least {0} characters</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="93"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="97"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="193"/>
        <source>&amp;Amankan dan enkripsi…</source>
        <translation>&amp;Secure and encrypt…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="206"/>
        <source>Belum ada pengguna di database ini.</source>
        <translation>No users in this database yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="211"/>
        <source>&amp;Tambah pengguna…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="212"/>
        <source>Atur ulang kata &amp;sandi…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="213"/>
        <source>Ubah &amp;peran…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="214"/>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="303"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="215"/>
        <source>&amp;Ganti kata sandi saya…</source>
        <translation>&amp;Change my password…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="246"/>
        <source>semua, termasuk pengguna, log audit, pemulihan dan retensi data</source>
        <translation>everything, including users, audit log, data restore and retention</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="248"/>
        <source>melihat data (tanpa hukuman disiplin); tidak mengubah dan tidak mengekspor</source>
        <translation>view data (without disciplinary records); no changes and no exports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="251"/>
        <source>pekerjaan sehari-hari: impor, pemetaan, rapat, pengembangan, suksesi, laporan</source>
        <translation>day-to-day work: import, mapping, meetings, development, succession, reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="254"/>
        <source>melihat, mengkalibrasi dalam rapat, dan membuat laporan</source>
        <translation>view, calibrate in meetings, and create reports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="267"/>
        <source>Database demo: tidak terenkripsi dan tanpa pengguna, karena datanya rekaan.</source>
        <translation>Demo database: not encrypted and without users, because its data is fictional.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="270"/>
        <source>Database terenkripsi (SQLCipher). Kuncinya disimpan per pengguna di berkas {0} di samping database: simpan berkas itu bersama database dan cadangannya.</source>
        <translation>Encrypted database (SQLCipher). Its key is stored per user in the file {0} next to the database: keep that file with the database and its backups.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="275"/>
        <source>Database ini belum terenkripsi: siapa pun yang memegang berkasnya dapat membacanya. Administrator dapat membuat akun pertama dan mengenkripsinya.</source>
        <translation>This database is not encrypted yet: anyone holding the file can read it. An administrator can create the first account and encrypt it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="279"/>
        <source>Database server: keamanannya diatur di server basis data.</source>
        <translation>Server database: its security is managed on the database server.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="303"/>
        <source>&amp;Aktifkan…</source>
        <translation>Ac&amp;tivate…</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="317"/>
        <source>Pengguna {0} ({1}) ditambahkan.</source>
        <translation>User {0} ({1}) added.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="322"/>
        <source>Kata sandi {0} diganti.</source>
        <translation>Password for {0} changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="326"/>
        <source>Kata sandi Anda diganti.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="333"/>
        <source>Peran {0} diubah.</source>
        <translation>Role of {0} changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="341"/>
        <source>Pengguna {0} diaktifkan kembali.</source>
        <translation>User {0} reactivated.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="345"/>
        <source>Nonaktifkan pengguna</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="347"/>
        <source>Nonaktifkan {0}? Ia tidak dapat membuka database lagi; catatan dan keputusannya tetap ada.</source>
        <translation>Deactivate {0}? They can no longer open the database; their records and decisions remain.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="349"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="350"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="358"/>
        <source>Pengguna {0} dinonaktifkan.</source>
        <translation>User {0} deactivated.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/ui/settings/users_section.py" line="370"/>
        <source>Database dienkripsi. Anda kini masuk sebagai {0} (Administrator).</source>
        <translation>Database encrypted. You are now signed in as {0} (Administrator).</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <location filename="../../talenta_desktop/ui/sign_in.py" line="57"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../talenta_desktop/app.py" line="194"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman.</source>
        <translation>An unexpected error occurred. Data already saved is safe.</translation>
    </message>
</context>
<context>
    <name>domain.dates</name>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="35"/>
        <source>dd-mm-yyyy, yyyy-mm-dd, &apos;17 Agustus 1980&apos;, atau sel tanggal</source>
        <translation>dd-mm-yyyy, yyyy-mm-dd, &apos;17 Agustus 1980&apos;, or a date cell</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="43"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali; gunakan {forms}.</source>
        <translation>Date &apos;{value}&apos; not recognised; use {forms}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="45"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali ({reason}); gunakan {forms}.</source>
        <translation>Date &apos;{value}&apos; not recognised ({reason}); use {forms}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="51"/>
        <source>Tanggal wajib diisi.</source>
        <translation>A date is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="58"/>
        <source>tanggal itu tidak ada di kalender</source>
        <translation>that date does not exist in the calendar</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="73"/>
        <source>hanya tahun, bukan tanggal lengkap</source>
        <translation>a year only, not a full date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="76"/>
        <source>angka ini bukan nomor seri tanggal lembar kerja</source>
        <translation>this number is not a spreadsheet date serial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="95"/>
        <source>nama bulan &apos;{month}&apos; tidak dikenal</source>
        <translation>month name &apos;{month}&apos; not recognised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/dates.py" line="104"/>
        <source>tahun dua digit membingungkan; tulis tahun lengkap</source>
        <translation>a two-digit year is ambiguous; write the full year</translation>
    </message>
</context>
<context>
    <name>domain.golongan</name>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="90"/>
        <source>PNS &apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;; PPPK &apos;V&apos;–&apos;XVII&apos; (golongan PPPK I–IV dan angka 1–17 hanya bila jenis pegawai PPPK)</source>
        <translation>PNS &apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, SIASN code &apos;33&apos;, rank name &apos;Penata&apos; or &apos;Penata (III/c)&apos;; PPPK &apos;V&apos;–&apos;XVII&apos; (PPPK grades I–IV and the numbers 1–17 only when the employee type is PPPK)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="95"/>
        <source>&apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, kode SIASN &apos;33&apos;, nama pangkat &apos;Penata&apos; atau &apos;Penata (III/c)&apos;</source>
        <translation>&apos;III/c&apos;, &apos;3c&apos;, &apos;3/c&apos;, SIASN code &apos;33&apos;, rank name &apos;Penata&apos; or &apos;Penata (III/c)&apos;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="99"/>
        <source>angka romawi &apos;I&apos;–&apos;XVII&apos; (mis. &apos;IX&apos; atau &apos;Gol. IX&apos;) atau angka 1–17</source>
        <translation>Roman numerals &apos;I&apos;–&apos;XVII&apos; (e.g. &apos;IX&apos; or &apos;Gol. IX&apos;) or the numbers 1–17</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="103"/>
        <source>Golongan PNS harus disertai ruang (mis. &apos;III/c&apos;).</source>
        <translation>A PNS grade must include its ruang (e.g. &apos;III/c&apos;).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="110"/>
        <source>Golongan &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</source>
        <translation>Grade &apos;{value}&apos; not recognised. Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="114"/>
        <source>Golongan &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</source>
        <translation>Grade &apos;{value}&apos; cannot be accepted. {reason} Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="119"/>
        <source>Golongan {kind} &apos;{value}&apos; tidak dikenali. Bentuk yang diterima: {accepted}.</source>
        <translation>{kind} grade &apos;{value}&apos; not recognised. Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="123"/>
        <source>Golongan {kind} &apos;{value}&apos; tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.</source>
        <translation>{kind} grade &apos;{value}&apos; cannot be accepted. {reason} Accepted forms: {accepted}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="140"/>
        <source>Jenis pegawai &apos;{kind}&apos; tidak dikenali; gunakan PNS atau PPPK.</source>
        <translation>Employee type &apos;{kind}&apos; not recognised; use PNS or PPPK.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="156"/>
        <source>Angka golongan tanpa ruang hanya berlaku untuk PPPK.</source>
        <translation>A grade number without a ruang only applies to PPPK.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="167"/>
        <source>PPPK tidak memakai ruang maupun nama pangkat.</source>
        <translation>PPPK uses neither a ruang nor a rank name.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="189"/>
        <source>Ruang &apos;e&apos; hanya ada pada golongan IV.</source>
        <translation>Ruang &apos;e&apos; exists only in grade IV.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="202"/>
        <source>Golongan &apos;{roman}&apos; tanpa ruang bisa berarti PNS maupun PPPK: untuk PNS sebutkan ruangnya (mis. &apos;{roman}/c&apos;); untuk PPPK tetapkan jenis pegawai.</source>
        <translation>Grade &apos;{roman}&apos; without a ruang could be PNS or PPPK: for PNS give the ruang (e.g. &apos;{roman}/c&apos;); for PPPK set the employee type.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="229"/>
        <location filename="../../talenta_desktop/domain/golongan.py" line="239"/>
        <location filename="../../talenta_desktop/domain/golongan.py" line="254"/>
        <source>Golongan wajib diisi.</source>
        <translation>A grade is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="274"/>
        <source>Nama pangkat dan golongan tidak cocok: {first} dan {second}.</source>
        <translation>Rank name and grade do not match: {first} and {second}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/golongan.py" line="296"/>
        <source>Kode golongan &apos;{value}&apos; tidak dikenali; kode PNS 11–45 (mis. 33 = III/c), kode PPPK I–XVII.</source>
        <translation>Grade code &apos;{value}&apos; not recognised; PNS codes are 11–45 (e.g. 33 = III/c), PPPK codes I–XVII.</translation>
    </message>
</context>
<context>
    <name>domain.jabatan</name>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="68"/>
        <source>Jenis jabatan wajib diisi.</source>
        <translation>A type of post is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="76"/>
        <source>Jenis jabatan &apos;{value}&apos; tidak dikenal; gunakan Struktural, Fungsional atau Pelaksana.</source>
        <translation>Type of post &apos;{value}&apos; not recognised; use Struktural, Fungsional or Pelaksana.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/jabatan.py" line="98"/>
        <source>Eselon &apos;{value}&apos; tidak dikenal; gunakan misalnya II.b, III.a, IV.a atau kode SIASN 22.</source>
        <translation>Eselon &apos;{value}&apos; not recognised; use e.g. II.b, III.a, IV.a or SIASN code 22.</translation>
    </message>
</context>
<context>
    <name>domain.nip</name>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="45"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="46"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="68"/>
        <source>NIP &apos;{value}&apos; tersimpan sebagai angka sehingga digit terakhirnya hilang; ubah format kolom menjadi Teks lalu ketik ulang NIP.</source>
        <translation>NIP &apos;{value}&apos; was stored as a number, so its last digits were lost; format the column as Text and type the NIP again.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="78"/>
        <source>NIP wajib diisi.</source>
        <translation>A NIP is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="86"/>
        <source>NIP &apos;{value}&apos; hanya boleh berisi angka 0–9; ditemukan {found}.</source>
        <translation>NIP &apos;{value}&apos; may contain only the digits 0–9; found {found}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="151"/>
        <source>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit. Ini tampak seperti NIP lama (9 digit); isikan NIP baru.</source>
        <translation>NIP &apos;{value}&apos; has {length} digits; a NIP must have exactly {expected}. This looks like an old 9-digit NIP; enter the new NIP.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="157"/>
        <source>NIP &apos;{value}&apos; berisi {length} digit; NIP harus tepat {expected} digit.</source>
        <translation>NIP &apos;{value}&apos; has {length} digits; a NIP must have exactly {expected}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="172"/>
        <source>NIP &apos;{value}&apos;: 8 digit pertama ({part}) bukan tanggal lahir yang sah (format tahun-bulan-tanggal, TTTTBBHH).</source>
        <translation>NIP &apos;{value}&apos;: the first 8 digits ({part}) are not a valid date of birth (year-month-day, YYYYMMDD).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="182"/>
        <source>NIP &apos;{value}&apos;: tanggal lahir {birth_date} tidak wajar (tahun lahir harus antara {min_year} dan {max_year}, bukan tanggal mendatang).</source>
        <translation>NIP &apos;{value}&apos;: date of birth {birth_date} is implausible (the birth year must be between {min_year} and {max_year}, and not in the future).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="201"/>
        <source>NIP &apos;{value}&apos;: TMT CPNS {part} (tahun {year}) harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</source>
        <translation>NIP &apos;{value}&apos;: CPNS TMT {part} (year {year}) must be after the birth year {birth_year} and no later than {max_year}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="207"/>
        <source>NIP &apos;{value}&apos;: tahun pengangkatan PPPK {year} harus setelah tahun lahir {birth_year} dan tidak melewati {max_year}.</source>
        <translation>NIP &apos;{value}&apos;: PPPK appointment year {year} must be after the birth year {birth_year} and no later than {max_year}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="249"/>
        <source>NIP &apos;{value}&apos;: digit ke-13–14 (&apos;{part}&apos;) bukan struktur NIP PNS (bulan 01–12) maupun PPPK (21–29).</source>
        <translation>NIP &apos;{value}&apos;: digits 13–14 (&apos;{part}&apos;) fit neither a PNS NIP (month 01–12) nor a PPPK NIP (21–29).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="260"/>
        <source>NIP &apos;{value}&apos;: digit ke-15 (&apos;{part}&apos;) harus 1 (laki-laki) atau 2 (perempuan).</source>
        <translation>NIP &apos;{value}&apos;: digit 15 (&apos;{part}&apos;) must be 1 (male) or 2 (female).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="269"/>
        <source>NIP &apos;{value}&apos;: nomor urut (3 digit terakhir) harus 001–999, bukan 000.</source>
        <translation>NIP &apos;{value}&apos;: the serial number (last 3 digits) must be 001–999, not 000.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="319"/>
        <source>Tanggal lahir {stated} berbeda dengan tanggal lahir pada NIP {nip} ({encoded}).</source>
        <translation>Date of birth {stated} differs from the date of birth in NIP {nip} ({encoded}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/nip.py" line="332"/>
        <source>Jenis kelamin {stated} berbeda dengan NIP {nip} (digit ke-15 &apos;{digit}&apos; berarti {encoded}).</source>
        <translation>Sex {stated} differs from NIP {nip} (digit 15 &apos;{digit}&apos; means {encoded}).</translation>
    </message>
</context>
<context>
    <name>domain.people</name>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="38"/>
        <source>Jenis kelamin wajib diisi.</source>
        <translation>Sex is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="47"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal; gunakan L/P, Laki-laki/Perempuan atau Pria/Wanita.</source>
        <translation>Sex &apos;{value}&apos; not recognised; use L/P, Laki-laki/Perempuan or Pria/Wanita.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="59"/>
        <source>Jenis pegawai wajib diisi.</source>
        <translation>An employee type is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/people.py" line="69"/>
        <source>Jenis pegawai &apos;{value}&apos; tidak dikenal; gunakan PNS, CPNS atau PPPK.</source>
        <translation>Employee type &apos;{value}&apos; not recognised; use PNS, CPNS or PPPK.</translation>
    </message>
</context>
<context>
    <name>domain.skp</name>
    <message>
        <location filename="../../talenta_desktop/domain/skp.py" line="104"/>
        <source>Penilaian &apos;{value}&apos; tidak dikenali; gunakan &apos;Di Bawah Ekspektasi&apos;, &apos;Sesuai Ekspektasi&apos; atau &apos;Di Atas Ekspektasi&apos; (atau angka 1, 2, 3).</source>
        <translation>Rating &apos;{value}&apos; not recognised; use &apos;Di Bawah Ekspektasi&apos;, &apos;Sesuai Ekspektasi&apos; or &apos;Di Atas Ekspektasi&apos; (or the numbers 1, 2, 3).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/domain/skp.py" line="157"/>
        <source>Predikat &apos;{value}&apos; tidak dikenali; gunakan Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.</source>
        <translation>Predikat &apos;{value}&apos; not recognised; use Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang.</translation>
    </message>
</context>
<context>
    <name>models.db</name>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="117"/>
        <source>Enkripsi hanya untuk database berkas SQLite.</source>
        <translation>Encryption is only for SQLite file databases.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="246"/>
        <source>Salinan cadangan {target} rusak; migrasi dibatalkan.</source>
        <translation>Backup copy {target} is damaged; the migration was cancelled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="260"/>
        <source>Salinan dibatalkan.</source>
        <translation>Copy cancelled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="291"/>
        <source>Salinan terenkripsi {name} gagal diperiksa.</source>
        <translation>The encrypted copy {name} failed its check.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="311"/>
        <source>Database tidak ditemukan: {path}</source>
        <translation>Database not found: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="316"/>
        <source>{name} bukan database SQLite yang dapat dibuka: bukan database Talenta Desktop, rusak, atau terenkripsi tanpa berkas kuncinya ({key_file}). Berkas tidak diubah.</source>
        <translation>{name} is not an SQLite database that can be opened: it is not a Talenta Desktop database, it is damaged, or it is encrypted and its key file ({key_file}) is missing. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="325"/>
        <source>Database {name} terenkripsi: masuk dengan nama pengguna dan kata sandi (di baris perintah: --user NAMA, kata sandi dari TALENTA_PASSWORD atau ditanyakan).</source>
        <translation>Database {name} is encrypted: sign in with a user name and password (on the command line: --user NAME, the password from TALENTA_PASSWORD or asked for).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="341"/>
        <source>Database {name} tidak dapat dibuka: {exc}</source>
        <translation>Database {name} cannot be opened: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="366"/>
        <source>Database {name} tidak dapat dibuka dengan kunci ini: berkas kuncinya milik database lain, atau database rusak. Berkas tidak diubah.</source>
        <translation>Database {name} cannot be opened with this key: the key file belongs to another database, or the database is damaged. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="374"/>
        <source>{name} bukan database SQLite yang dapat dibaca ({exc}); tidak diubah.</source>
        <translation>{name} is not a readable SQLite database ({exc}); it was not changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="389"/>
        <source>Berkas ini bukan database Talenta Desktop (tabelnya tidak dikenal); tidak dibuka.</source>
        <translation>This file is not a Talenta Desktop database (its tables are not known); it was not opened.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/db.py" line="401"/>
        <source>Database ini dibuat oleh versi Talenta Desktop yang lebih baru (skema {revision}). Perbarui aplikasi untuk membukanya; database tidak diubah.</source>
        <translation>This database was made by a newer version of Talenta Desktop (schema {revision}). Update the application to open it; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>models.encryption</name>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="51"/>
        <source>Pengguna {username} dikunci sementara setelah {attempts} kali salah kata sandi; coba lagi setelah pukul {time}.</source>
        <translation>User {username} is locked out for a while after {attempts} wrong passwords; try again after {time}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="130"/>
        <source>Database {database} terenkripsi, tetapi berkas kuncinya ({key_file}) tidak ada di sampingnya. Salin berkas kunci dari tempat database berasal atau dari cadangan.</source>
        <translation>Database {database} is encrypted, but its key file ({key_file}) is not next to it. Copy the key file from where the database came from, or from a backup.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="141"/>
        <source>bukan berkas kunci Talenta</source>
        <translation>not a Talenta key file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="144"/>
        <source>dibuat oleh versi Talenta Desktop yang lebih baru</source>
        <translation>made by a newer version of Talenta Desktop</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="152"/>
        <source>Berkas kunci {key_file} tidak dapat dibaca: {reason}</source>
        <translation>Key file {key_file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="210"/>
        <source>Slot kunci pengguna {username} di {key_file} rusak; administrator dapat mengatur ulang kata sandinya.</source>
        <translation>The key slot of user {username} in {key_file} is damaged; an administrator can reset their password.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="236"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/models/encryption.py" line="259"/>
        <source>Nama pengguna atau kata sandi salah. Tersisa {left} kali percobaan sebelum pengguna dikunci sementara.</source>
        <translation>Wrong user name or password. {left} more attempts before the user is locked out for a while.</translation>
    </message>
</context>
<context>
    <name>models.migrations.env</name>
    <message>
        <location filename="../../talenta_desktop/models/migrations/env.py" line="31"/>
        <source>Migrasi dibatalkan: data melanggar kunci asing; database tidak diubah.</source>
        <translation>Migration cancelled: the data breaks a foreign key; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="144"/>
        <source>peristiwa #{event} hilang dari rantai</source>
        <translation>event #{event} is missing from the chain</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="149"/>
        <source>tidak tersambung ke peristiwa sebelumnya</source>
        <translation>not linked to the previous event</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit.py" line="152"/>
        <source>isinya telah diubah setelah dicatat</source>
        <translation>its content was changed after it was recorded</translation>
    </message>
</context>
<context>
    <name>services.audit_log</name>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="144"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="145"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="146"/>
        <source>siap sekarang</source>
        <translation>ready now</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="147"/>
        <source>siap 1–2 tahun</source>
        <translation>ready in 1–2 years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="148"/>
        <source>siap 3+ tahun</source>
        <translation>ready in 3+ years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="149"/>
        <source>tidak hadir</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="150"/>
        <source>bawahan langsung</source>
        <translation>direct subordinate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="553"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="554"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="581"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="645"/>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="582"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="583"/>
        <source>kotak</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="584"/>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="585"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="586"/>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="587"/>
        <source>tanggal rapat</source>
        <translation>meeting date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="588"/>
        <source>mengoreksi rapat</source>
        <translation>corrects meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="589"/>
        <source>tugas</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="590"/>
        <source>tenggat</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="591"/>
        <source>panjang teks</source>
        <translation>text length</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="592"/>
        <source>jenis</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="593"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="594"/>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="595"/>
        <source>nama lengkap</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="596"/>
        <source>versi</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="597"/>
        <source>bawaan aplikasi</source>
        <translation>built-in preset</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="598"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="599"/>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="600"/>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="601"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="602"/>
        <source>selesai pada</source>
        <translation>completed on</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="603"/>
        <source>bukti</source>
        <translation>evidence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="604"/>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="605"/>
        <source>hubungan</source>
        <translation>relationship</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="606"/>
        <source>kesiapan</source>
        <translation>readiness</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="607"/>
        <location filename="../../talenta_desktop/services/audit_log.py" line="608"/>
        <source>jabatan</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="609"/>
        <source>kuorum</source>
        <translation>quorum</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="610"/>
        <source>dibahas</source>
        <translation>discussed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="611"/>
        <source>acara</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="612"/>
        <source>dipetakan</source>
        <translation>mapped</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="613"/>
        <source>belum dapat dipetakan</source>
        <translation>not yet mappable</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="614"/>
        <source>berubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="615"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="616"/>
        <source>sudah ada</source>
        <translation>existing</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="617"/>
        <source>tahun SKP</source>
        <translation>SKP years</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="618"/>
        <source>tanggal acuan</source>
        <translation>reference date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="619"/>
        <source>masa berlaku asesmen</source>
        <translation>assessment validity</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="620"/>
        <source>nomor SK</source>
        <translation>SK number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="621"/>
        <source>tanggal SK</source>
        <translation>SK date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="622"/>
        <source>diwakili</source>
        <translation>represented by</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="623"/>
        <source>urutan tanda tangan</source>
        <translation>signing order</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="624"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="625"/>
        <source>judul</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="626"/>
        <source>skema</source>
        <translation>scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="627"/>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="628"/>
        <source>catatan</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="629"/>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="630"/>
        <source>terkunci sampai</source>
        <translation>locked until</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="631"/>
        <source>salinan</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="632"/>
        <source>data sensitif</source>
        <translation>sensitive data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="633"/>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="634"/>
        <source>saringan</source>
        <translation>filter</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="635"/>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="636"/>
        <source>instansi</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="637"/>
        <source>unit kerja</source>
        <translation>units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="638"/>
        <source>pegawai</source>
        <translation>employees</translation>
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
        <translation>SKP rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="642"/>
        <source>asesmen</source>
        <translation>assessments</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="643"/>
        <source>baris diklat</source>
        <translation>training rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="644"/>
        <source>baris hukuman disiplin</source>
        <translation>disciplinary record rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="646"/>
        <source>kalibrasi</source>
        <translation>calibrations</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="647"/>
        <source>ukuran</source>
        <translation>size</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="648"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="649"/>
        <source>lembar</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="650"/>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="651"/>
        <source>diperbarui</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="652"/>
        <source>tidak berubah</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="653"/>
        <source>tidak valid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="654"/>
        <source>lewati baris tidak valid</source>
        <translation>skip invalid rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="655"/>
        <source>unit kerja baru</source>
        <translation>new units</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="656"/>
        <source>nomor pegawai</source>
        <translation>employee ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="657"/>
        <source>pemangku (nomor pegawai)</source>
        <translation>incumbent (employee ID)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="658"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="659"/>
        <source>lokasi berkas</source>
        <translation>file location</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="660"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="661"/>
        <source>sidik jari</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="662"/>
        <source>kolom</source>
        <translation>columns</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="663"/>
        <source>nomor kalibrasi</source>
        <translation>calibration ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="664"/>
        <source>membatalkan kalibrasi nomor</source>
        <translation>reverses calibration ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="665"/>
        <source>nomor keputusan</source>
        <translation>decision ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="666"/>
        <source>nomor suksesor</source>
        <translation>successor ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="667"/>
        <source>nomor kegiatan</source>
        <translation>activity ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="668"/>
        <source>nomor tindak lanjut</source>
        <translation>follow-up ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="669"/>
        <source>nomor anggota komite</source>
        <translation>committee member ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="670"/>
        <source>nomor rapat</source>
        <translation>meeting ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="671"/>
        <source>nomor pemetaan</source>
        <translation>mapping ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="672"/>
        <source>nomor skema</source>
        <translation>scheme ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="673"/>
        <source>nomor rencana</source>
        <translation>plan ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="674"/>
        <source>nomor periode</source>
        <translation>period ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="675"/>
        <source>nomor unit kerja</source>
        <translation>unit ID</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="686"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="727"/>
        <source>kotak {before} → {after}, periode {period}</source>
        <translation>box {before} → {after}, period {period}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="735"/>
        <source>alasan: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="741"/>
        <source>{file}, {rows} baris, periode {period}</source>
        <translation>{file}, {rows} rows, period {period}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="750"/>
        <source>{file}, {rows} baris</source>
        <translation>{file}, {rows} rows</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="758"/>
        <source>{file}: {new} baru, {updated} diperbarui, {invalid} tidak valid</source>
        <translation>{file}: {new} new, {updated} updated, {invalid} invalid</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="770"/>
        <source>{instansi}: {personnel} pegawai, {units} unit kerja, seed {seed}</source>
        <translation>{instansi}: {personnel} employees, {units} units, seed {seed}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="782"/>
        <source>{placed} dipetakan, {holding} belum dapat dipetakan, skema {scheme}</source>
        <translation>{placed} mapped, {holding} not yet mappable, scheme {scheme}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="793"/>
        <source>pengguna {username}</source>
        <translation>user {username}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="815"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="915"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</source>
        <translation>File format &apos;{suffix}&apos; is not supported; choose .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="922"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} does not exist.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="929"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="935"/>
        <source>Menulis {done} dari {total} peristiwa</source>
        <translation>Writing {done} of {total} events</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/audit_log.py" line="958"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>File {name} cannot be written (it may be open in another program): {strerror}.</translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="116"/>
        <source>Cadangan dengan salinan berkas hanya untuk database SQLite; gunakan alat basis data.</source>
        <translation>File-copy backups are only for SQLite databases; use the database server&apos;s own tools.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="131"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="134"/>
        <source>{name} terenkripsi atau bukan database SQLite; salinan terenkripsi hanya dapat dipulihkan ke database terenkripsi yang sama.</source>
        <translation>{name} is encrypted or not an SQLite database; an encrypted copy can only be restored into the same encrypted database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="145"/>
        <source>{name} tidak dapat dibuka: {exc}</source>
        <translation>{name} cannot be opened: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="152"/>
        <source>{name} rusak (pemeriksaan integritas SQLite gagal).</source>
        <translation>{name} is damaged (the SQLite integrity check failed).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="158"/>
        <source>{name} bukan database Talenta Desktop.</source>
        <translation>{name} is not a Talenta Desktop database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="167"/>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="181"/>
        <source>{name} bukan database SQLite yang dapat dibaca: {exc}</source>
        <translation>{name} is not a readable SQLite database: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="213"/>
        <source>Cadangan tidak boleh menimpa database itu sendiri.</source>
        <translation>A backup may not overwrite the database itself.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="224"/>
        <source>Cadangan {target} tidak dapat ditulis: {exc}</source>
        <translation>Backup {target} cannot be written: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="358"/>
        <source>Pemulihan gagal diperiksa; database sebelumnya tersimpan di {path}.</source>
        <translation>The restored database failed its check; the previous database is kept at {path}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/backups.py" line="369"/>
        <source>Pemulihan gagal ({exc}); database tidak diubah, dan salinannya ada di {path}.</source>
        <translation>The restore failed ({exc}); the database was not changed, and its copy is at {path}.</translation>
    </message>
</context>
<context>
    <name>services.berita_acara_template</name>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="101"/>
        <source>Paragraf pembuka wajib diisi.</source>
        <translation>The opening paragraph is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="109"/>
        <source>Paragraf pembuka: kurung kurawal {{ }} hanya dipakai untuk penanda seperti {example}; tulis {{{{ atau }}}} untuk kurung kurawal biasa.</source>
        <translation>Opening paragraph: braces {{ }} are only for placeholders such as {example}; write {{{{ or }}}} for literal braces.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="120"/>
        <source>Paragraf pembuka: penanda {placeholder} tidak dikenal (yang tersedia: {known}).</source>
        <translation>Opening paragraph: placeholder {placeholder} is not known (available: {known}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="131"/>
        <source>Paragraf penutup wajib diisi.</source>
        <translation>The closing paragraph is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="136"/>
        <source>Penanda tangan: pilihan {choice} tidak dikenal.</source>
        <translation>Signatories: choice {choice} is not known.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="147"/>
        <source>Logo: berkas {name} bukan gambar PNG atau JPG.</source>
        <translation>Logo: file {name} is not a PNG or JPG image.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="156"/>
        <source>Logo: berkas {path} tidak ditemukan.</source>
        <translation>Logo: file {path} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="165"/>
        <source>Mengetahui: isi jabatan dan nama penanda tangan, atau kosongkan keduanya.</source>
        <translation>Acknowledged by: fill in both the position and the name of the signatory, or leave both empty.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/berita_acara_template.py" line="177"/>
        <source>Mengetahui: NIP {nip} tidak valid: {reason}</source>
        <translation>Acknowledged by: NIP {nip} is not valid: {reason}</translation>
    </message>
</context>
<context>
    <name>services.bkn_workbook</name>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="358"/>
        <source>Lembar kerja BKN tidak dapat dibuat: {exc}</source>
        <translation>The BKN workbook could not be created: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="362"/>
        <source>Periode {label} belum pernah dipetakan; jalankan pemetaan periode ini terlebih dahulu sebelum membuat lembar kerja BKN.</source>
        <translation>Period {label} has never been mapped; run the mapping for this period before creating the BKN workbook.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="558"/>
        <source>Kolom tidak dikenal untuk lembar kerja BKN: {columns}.</source>
        <translation>Unknown columns for the BKN workbook: {columns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="909"/>
        <source>Lembar kerja BKN ditulis sebagai .xlsx, bukan &apos;{suffix}&apos;.</source>
        <translation>The BKN workbook is written as .xlsx, not &apos;{suffix}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="916"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} does not exist.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="975"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>File {name} cannot be written (it may be open in another program): {strerror}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1034"/>
        <source>Berkas {source} tidak ditemukan.</source>
        <translation>File {source} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1040"/>
        <source>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</source>
        <translation>File {name} cannot be read as a workbook: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1051"/>
        <source>Berkas {name} bukan lembar kerja BKN yang utuh: lembar {missing} tidak ada (lembar yang ada: {present}).</source>
        <translation>File {name} is not a complete BKN workbook: sheet {missing} is missing (sheets present: {present}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1059"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1067"/>
        <source>Lembar &apos;{sheet}&apos; di {name} rusak dan tidak dapat dibaca: {exc}</source>
        <translation>Sheet &apos;{sheet}&apos; in {name} is damaged and cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1080"/>
        <source>Lembar &apos;{sheet}&apos; di {name} kosong: judul kolom pun tidak ada.</source>
        <translation>Sheet &apos;{sheet}&apos; in {name} is empty: it does not even have column headings.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1114"/>
        <source>Lembar &apos;{sheet}&apos; di {name} tidak memuat &apos;{field}&apos;.</source>
        <translation>Sheet &apos;{sheet}&apos; in {name} does not contain &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1122"/>
        <source>Lembar &apos;{sheet}&apos; di {name} berisi {found} baris data, sedangkan Metadata mencatat {rows}; baris telah ditambah atau dihapus setelah diekspor.</source>
        <translation>Sheet &apos;{sheet}&apos; in {name} holds {found} data rows while Metadata records {rows}; rows were added or removed after the export.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/bkn_workbook.py" line="1135"/>
        <source>SHA-256 lembar &apos;{sheet}&apos; di {name} tidak cocok dengan Metadata (tercatat {recorded}, dihitung {computed}): isi data telah berubah setelah diekspor.</source>
        <translation>The SHA-256 of sheet &apos;{sheet}&apos; in {name} does not match Metadata (recorded {recorded}, computed {computed}): the data was changed after the export.</translation>
    </message>
</context>
<context>
    <name>services.committee</name>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="74"/>
        <source>Komite ini sudah mempunyai ketua.</source>
        <translation>This committee already has a chair.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="75"/>
        <source>Komite ini sudah mempunyai sekretaris.</source>
        <translation>This committee already has a secretary.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="78"/>
        <source>Keputusan keanggotaan kelompok rencana suksesi harus menyebut pegawainya.</source>
        <translation>A succession pool (KRS) membership decision must name the employee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="81"/>
        <source>Keputusan suksesor jabatan target harus menyebut pegawainya.</source>
        <translation>A target-post successor decision must name the employee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="84"/>
        <source>Keputusan persetujuan rencana pengembangan harus menyebut pegawainya.</source>
        <translation>A development plan approval decision must name the employee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="161"/>
        <source>Nama komite dan nomor SK wajib diisi.</source>
        <translation>The committee name and the SK number are required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="164"/>
        <source>Masa tugas berakhir ({serves_until}) sebelum dimulai.</source>
        <translation>The term of office ends ({serves_until}) before it begins.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="169"/>
        <source>Kuorum harus paling sedikit 1 anggota, bukan {quorum}.</source>
        <translation>The quorum must be at least 1 member, not {quorum}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="199"/>
        <location filename="../../talenta_desktop/services/committee.py" line="386"/>
        <source>Komite #{committee_id} tidak ditemukan.</source>
        <translation>Committee #{committee_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="204"/>
        <location filename="../../talenta_desktop/services/committee.py" line="269"/>
        <source>Peran anggota harus ketua, sekretaris atau anggota, bukan &apos;{role}&apos;.</source>
        <translation>A member&apos;s role must be ketua, sekretaris or anggota, not &apos;{role}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="213"/>
        <location filename="../../talenta_desktop/services/committee.py" line="667"/>
        <location filename="../../talenta_desktop/services/committee.py" line="704"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Employee #{person_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="222"/>
        <source>Nama anggota wajib diisi.</source>
        <translation>The member&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="263"/>
        <source>Anggota #{member_id} tidak ditemukan.</source>
        <translation>Member #{member_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="285"/>
        <source>Urutan tanda tangan harus 1 atau lebih, bukan {sign_order}.</source>
        <translation>The signing order must be 1 or more, not {sign_order}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="336"/>
        <source>Rapat #{meeting_id} tidak ditemukan.</source>
        <translation>Meeting #{meeting_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="346"/>
        <source>Rapat {number} sudah difinalkan dan terkunci; koreksi dilakukan melalui rapat baru yang merujuk rapat ini.</source>
        <translation>Meeting {number} has been finalised and is locked; corrections are made in a new meeting that refers to this one.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="392"/>
        <source>Periode &apos;{period_label}&apos; tidak ditemukan.</source>
        <translation>Period &apos;{period_label}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="398"/>
        <source>Nomor berita acara dan tempat rapat wajib diisi.</source>
        <translation>The berita acara number and the meeting place are required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="404"/>
        <source>Nomor berita acara &apos;{number}&apos; sudah dipakai rapat lain.</source>
        <translation>Berita acara number &apos;{number}&apos; is already used by another meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="411"/>
        <source>Rapat koreksi hanya dapat merujuk rapat yang sudah difinalkan.</source>
        <translation>A correction meeting can only refer to a meeting that has been finalised.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="481"/>
        <source>Dihadiri {present} dari {members} anggota (kuorum terpenuhi: paling sedikit {required}).</source>
        <translation>{present} of {members} members present (quorum met: at least {required}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="486"/>
        <source>Dihadiri {present} dari {members} anggota (kuorum belum terpenuhi: paling sedikit {required}).</source>
        <translation>{present} of {members} members present (quorum not yet met: at least {required}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="504"/>
        <source>Status kehadiran harus hadir, tidak_hadir atau diwakili, bukan &apos;{status}&apos;.</source>
        <translation>Attendance must be hadir, tidak_hadir or diwakili, not &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="513"/>
        <location filename="../../talenta_desktop/services/committee.py" line="739"/>
        <source>Anggota #{member_id} bukan anggota komite rapat ini.</source>
        <translation>Member #{member_id} is not a member of this meeting&apos;s committee.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="518"/>
        <source>{nama} diwakili: nama wakilnya wajib diisi.</source>
        <translation>{nama} is represented: the representative&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="579"/>
        <source>Rapat {number} masih berlangsung; tutup dulu sebelum membuka rapat lain.</source>
        <translation>Meeting {number} is still in session; close it before opening another meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="588"/>
        <source>Rapat belum dapat dimulai: {quorum}</source>
        <translation>The meeting cannot start yet: {quorum}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="614"/>
        <source>Rapat {number} belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung.</source>
        <translation>Meeting {number} has not started; decisions are only taken in a meeting in session.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="698"/>
        <source>Jenis keputusan tidak dikenal: &apos;{kind}&apos;.</source>
        <translation>Unknown kind of decision: &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="701"/>
        <source>Isi keputusan wajib diisi.</source>
        <translation>The decision text is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="711"/>
        <source>Kalibrasi #{calibration_id} tidak ditemukan.</source>
        <translation>Calibration #{calibration_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="733"/>
        <source>Hubungan tidak dikenal: &apos;{relation}&apos;.</source>
        <translation>Unknown relationship: &apos;{relation}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="750"/>
        <source>{nama} sudah tercatat keluar ruangan saat pegawai ini dibahas.</source>
        <translation>{nama} is already recorded as stepping out while this employee is discussed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="768"/>
        <source>Kegiatan tindak lanjut dan penanggung jawabnya wajib diisi.</source>
        <translation>The follow-up task and the person responsible are required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="856"/>
        <source>Tindak lanjut #{follow_up_id} tidak ditemukan.</source>
        <translation>Follow-up #{follow_up_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="884"/>
        <source>Rapat tidak dapat difinalkan: {quorum}</source>
        <translation>The meeting cannot be finalised: {quorum}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/committee.py" line="919"/>
        <source>Berita acara rapat {number} yang tersimpan tidak cocok lagi dengan sidik jarinya; isinya telah diubah di luar aplikasi. Periksa database dengan `talenta verify`.</source>
        <translation>The stored berita acara of meeting {number} no longer matches its fingerprint; its content was changed outside the application. Check the database with `talenta verify`.</translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1127"/>
        <source>Jumlah pegawai demo harus bilangan bulat antara {low} dan {high}; diminta {size}.</source>
        <translation>The number of demo employees must be a whole number between {low} and {high}; {size} was asked for.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1137"/>
        <source>Seed data demo harus bilangan bulat tidak negatif; diminta {seed}.</source>
        <translation>The demo data seed must be a non-negative whole number; {seed} was asked for.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1163"/>
        <source>Pembuatan data demo dibatalkan; tidak ada data yang disimpan.</source>
        <translation>Building the demo data was cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1205"/>
        <source>Database sudah berisi data pegawai; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</source>
        <translation>The database already holds employee data; demo data can only be built in an empty database. Create a new database for the demo.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/demo.py" line="1213"/>
        <source>Database sudah berisi unit kerja; data demo hanya dapat dibuat pada database kosong. Buat database baru untuk demo.</source>
        <translation>The database already holds units; demo data can only be built in an empty database. Create a new database for the demo.</translation>
    </message>
</context>
<context>
    <name>services.development.plans</name>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="56"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="57"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="58"/>
        <source>selesai</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="59"/>
        <source>batal</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="62"/>
        <source>Rencana pengembangan ini sudah selesai; buka kembali untuk mengubahnya.</source>
        <translation>This development plan is already completed; reopen it to change it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="66"/>
        <source>Rencana pengembangan ini sudah batal; buka kembali untuk mengubahnya.</source>
        <translation>This development plan has been cancelled; reopen it to change it.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="90"/>
        <source>manajerial</source>
        <translation>managerial</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="91"/>
        <source>sosial kultural</source>
        <translation>socio-cultural</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="92"/>
        <source>teknis</source>
        <translation>technical</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="114"/>
        <source>Belum ada hasil asesmen kompetensi yang masih berlaku.</source>
        <translation>There is no competence assessment result that is still valid.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="125"/>
        <source>Kompetensi {area} {value}% dari standar jabatan (kurang {short} poin dari {standard}%; asesmen {day}).</source>
        <translation>{area} competence at {value}% of the post&apos;s standard ({short} points short of {standard}%; assessed {day}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="148"/>
        <source>Tidak ada SKP tahun {first}–{last}.</source>
        <translation>No SKP for {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="159"/>
        <source>Predikat SKP {year} {predikat}: kinerja di bawah ekspektasi.</source>
        <translation>SKP {year} predikat {predikat}: performance below expectations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="171"/>
        <source>SKP {year}: hasil kerja dan perilaku kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: work results and work behaviour below expectations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="176"/>
        <source>SKP {year}: hasil kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: work results below expectations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="180"/>
        <source>SKP {year}: perilaku kerja di bawah ekspektasi.</source>
        <translation>SKP {year}: work behaviour below expectations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="261"/>
        <source>Rencana pengembangan #{plan_id} tidak ditemukan.</source>
        <translation>Development plan #{plan_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="322"/>
        <source>Pegawai di kotak 1 tidak dibuatkan rencana pengembangan: rekomendasinya diproses sesuai ketentuan peraturan perundang-undangan.</source>
        <translation>No development plan is made for employees in box 1: their recommendation is handled under the applicable regulations.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="351"/>
        <source>Pegawai #{person_id} belum mempunyai kotak talenta pada periode {period_label}; petakan atau lengkapi datanya lebih dulu.</source>
        <translation>Employee #{person_id} has no talent box in period {period_label} yet; map the period or complete their data first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="369"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Employee #{person_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="374"/>
        <source>Pegawai ini sudah mempunyai rencana pengembangan periode {label}.</source>
        <translation>This employee already has a development plan for period {label}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="406"/>
        <source>Pilih paling sedikit satu kotak (2–9) untuk dibuatkan rencana.</source>
        <translation>Choose at least one box (2–9) to make plans for.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="449"/>
        <source>Status rencana &apos;{status}&apos; tidak dapat dipilih langsung.</source>
        <translation>Plan status &apos;{status}&apos; cannot be chosen directly.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="467"/>
        <source>Rencana belum dapat diselesaikan: {left} kegiatan belum selesai atau dibatalkan.</source>
        <translation>The plan cannot be completed yet: {left} activities are neither completed nor cancelled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="488"/>
        <source>Rapat {number} membahas periode {period_label}; rencana ini untuk periode {plan_period}.</source>
        <translation>Meeting {number} covers period {period_label}; this plan is for period {plan_period}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="498"/>
        <source>Hanya rencana berstatus draf yang dapat disetujui (kini {status}).</source>
        <translation>Only a plan in draft can be approved (it is now {status}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="506"/>
        <source>Rencana tanpa kegiatan tidak dapat disetujui.</source>
        <translation>A plan without activities cannot be approved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="529"/>
        <source>Nama kegiatan wajib diisi.</source>
        <translation>The activity name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="532"/>
        <source>Bentuk pengembangan &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown form of development &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="537"/>
        <source>Kategori 70:20:10 harus 70, 20 atau 10, bukan &apos;{category}&apos;.</source>
        <translation>The 70:20:10 category must be 70, 20 or 10, not &apos;{category}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="544"/>
        <source>JP harus antara 0 dan 1000, bukan {jp}.</source>
        <translation>JP must be between 0 and 1000, not {jp}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="549"/>
        <source>Jenis mentor harus tetap atau tidak tetap, bukan &apos;{mentor_type}&apos;.</source>
        <translation>The mentor type must be tetap or tidak tetap, not &apos;{mentor_type}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="557"/>
        <source>Status kegiatan &apos;{status}&apos; tidak dikenal.</source>
        <translation>Unknown activity status &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="575"/>
        <location filename="../../talenta_desktop/services/development/plans.py" line="617"/>
        <source>Batas waktu {due_on} sebelum tanggal mulai {starts_on}.</source>
        <translation>The due date {due_on} is before the start date {starts_on}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="599"/>
        <location filename="../../talenta_desktop/services/development/plans.py" line="651"/>
        <source>Kegiatan #{activity_id} tidak ditemukan.</source>
        <translation>Activity #{activity_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="605"/>
        <source>Kolom kegiatan tidak dapat diubah: {fields}.</source>
        <translation>These activity fields cannot be changed: {fields}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="626"/>
        <source>Kegiatan yang selesai memerlukan bukti penyelesaian (mis. nomor sertifikat atau laporan).</source>
        <translation>A completed activity needs evidence of completion (e.g. a certificate number or a report).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/development/plans.py" line="657"/>
        <source>Rencana sudah disetujui: kegiatannya dibatalkan (status batal), tidak dihapus.</source>
        <translation>The plan has been approved: cancel the activity (status batal) instead of removing it.</translation>
    </message>
</context>
<context>
    <name>services.exchange.exchange</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="92"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} does not exist.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="98"/>
        <source>Periode {period_label} tidak ada di database ini.</source>
        <translation>Period {period_label} is not in this database.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="106"/>
        <source>Data instansi belum diisi; paket harus menyebut instansi asalnya.</source>
        <translation>The agency data has not been filled in; a package must name the agency it comes from.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="117"/>
        <source>Ekspor paket dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Package export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="129"/>
        <source>Menyiapkan {part}</source>
        <translation>Preparing {part}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="147"/>
        <source>Menandatangani paket</source>
        <translation>Signing the package</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="167"/>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="410"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="258"/>
        <source>Paket {file} tidak dapat digabungkan: {orig}. Tidak ada yang diubah.</source>
        <translation>Package {file} cannot be merged: {orig}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="313"/>
        <source>Paket ini dari {theirs}, sedangkan database ini milik {ours}. Paket dari instansi lain tidak diimpor.</source>
        <translation>This package is from {theirs}, while this database belongs to {ours}. Packages from another agency are not imported.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="324"/>
        <source>Paket ini mengaku berasal dari {source_name}, tetapi ditandatangani dengan kunci lain (sidik jari {fingerprint}; yang dikenal: {known}). Paket ditolak: bisa jadi dibuat atau diubah oleh pihak lain.</source>
        <translation>This package claims to come from {source_name} but was signed with a different key (fingerprint {fingerprint}; known: {known}). The package is refused: it may have been made or changed by someone else.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="361"/>
        <source>Baris {number} bagian {name} tidak lengkap: kolom {exc} tidak ada.</source>
        <translation>Row {number} of part {name} is incomplete: column {exc} is missing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="403"/>
        <source>Menggabungkan {part}</source>
        <translation>Merging {part}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/exchange.py" line="506"/>
        <source>Paket tidak utuh: {part} merujuk {target} {value} yang tidak ada di paket maupun di database ini.</source>
        <translation>The package is incomplete: {part} refers to {target} {value}, which is neither in the package nor in this database.</translation>
    </message>
</context>
<context>
    <name>services.exchange.package</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="140"/>
        <source>Berkas paket tidak ditemukan: {path}</source>
        <translation>Package file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="148"/>
        <source>{name} bukan paket Talenta: tidak ada manifest.</source>
        <translation>{name} is not a Talenta package: there is no manifest.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="155"/>
        <source>{name} bukan paket Talenta yang utuh: tanda tangannya tidak ada.</source>
        <translation>{name} is not a complete Talenta package: its signature is missing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="166"/>
        <source>Paket {name} berisi bagian yang tidak tercantum di manifest: {extra}.</source>
        <translation>Package {name} contains parts not listed in its manifest: {extra}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="176"/>
        <source>Paket {name} tidak lengkap: bagian {part_path} tidak ada.</source>
        <translation>Package {name} is incomplete: part {part_path} is missing.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="186"/>
        <source>Bagian {part_path} dalam paket {name} tidak cocok dengan checksum-nya: isinya rusak atau telah diubah.</source>
        <translation>Part {part_path} in package {name} does not match its checksum: its content is damaged or has been changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="200"/>
        <source>{name} bukan paket Talenta yang utuh (berkas rusak, terpotong atau berformat lain): {exc}</source>
        <translation>{name} is not a complete Talenta package (the file is damaged, cut short or in another format): {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="209"/>
        <source>{name} tidak dapat dibaca sebagai paket Talenta: {exc}</source>
        <translation>{name} cannot be read as a Talenta package: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="221"/>
        <source>Isi paket {name} tidak dapat dibaca: {exc}</source>
        <translation>The content of package {name} cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="234"/>
        <source>{name} bukan paket Talenta (format {format}).</source>
        <translation>{name} is not a Talenta package (format {format}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="241"/>
        <source>Paket {name} berformat versi {version}, lebih baru dari yang dapat dibaca aplikasi ini (versi {supported}). Perbarui Talenta Desktop terlebih dahulu.</source>
        <translation>Package {name} uses format version {version}, newer than this application can read (version {supported}). Update Talenta Desktop first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/package.py" line="256"/>
        <source>Tanda tangan paket {name} tidak sah: berkasnya rusak atau telah diubah setelah ditandatangani, atau paket tidak berasal dari instalasi yang disebutkannya.</source>
        <translation>The signature of package {name} is not valid: the file is damaged or was changed after it was signed, or the package does not come from the installation it names.</translation>
    </message>
</context>
<context>
    <name>services.exchange.tables</name>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="102"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="104"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="107"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="108"/>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="109"/>
        <source>Riwayat golongan</source>
        <translation>Grade history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="110"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="111"/>
        <source>Riwayat diklat</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="112"/>
        <source>Riwayat penghargaan</source>
        <translation>Award history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="113"/>
        <source>Riwayat hukuman disiplin</source>
        <translation>Disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="114"/>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="115"/>
        <source>Asesmen</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="117"/>
        <source>Skema penilaian</source>
        <translation>Scoring scheme</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="126"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="130"/>
        <source>Pemetaan</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="134"/>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="139"/>
        <source>Komite Talenta</source>
        <translation>Talent Committee</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="143"/>
        <source>Anggota komite</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="150"/>
        <source>Rapat komite</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="156"/>
        <source>Acara rapat</source>
        <translation>Meeting agenda</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="160"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="165"/>
        <source>Catatan pembahasan</source>
        <translation>Discussion notes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="170"/>
        <source>Benturan kepentingan</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="175"/>
        <source>Tindak lanjut</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="180"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="185"/>
        <source>Keputusan rapat</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="190"/>
        <source>Jabatan target/kritikal</source>
        <translation>Target/critical post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="194"/>
        <source>Suksesor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="200"/>
        <source>Rencana pengembangan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/exchange/tables.py" line="205"/>
        <source>Kegiatan pengembangan</source>
        <translation>Development activity</translation>
    </message>
</context>
<context>
    <name>services.importing.checking</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="116"/>
        <source>{column} wajib diisi.</source>
        <translation>{column} is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="154"/>
        <source>Berisi tanggal &apos;{value}&apos;, bukan teks.</source>
        <translation>Contains the date &apos;{value}&apos;, not text.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="161"/>
        <source>Teks terlalu panjang ({length} karakter; paling banyak {max}).</source>
        <translation>Text too long ({length} characters; at most {max}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="175"/>
        <source>{what} &apos;{value}&apos; bukan bilangan bulat.</source>
        <translation>{what} &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="183"/>
        <source>{what} &apos;{value}&apos; bukan angka.</source>
        <translation>{what} &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/checking.py" line="191"/>
        <source>{what} {value} di luar rentang {low}–{high}.</source>
        <translation>{what} {value} is outside the range {low}–{high}.</translation>
    </message>
</context>
<context>
    <name>services.importing.engine</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="116"/>
        <source>Impor dibatalkan; tidak ada yang diubah.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="124"/>
        <source>Profil &apos;{profile}&apos; untuk impor {saved}, bukan {kind}.</source>
        <translation>Profile &apos;{profile}&apos; is for {saved} imports, not {kind}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="145"/>
        <source>Lembar &apos;{sheet}&apos; tidak berisi baris data di bawah judul kolom (baris {row}).</source>
        <translation>Sheet &apos;{sheet}&apos; has no data rows under the column headings (row {row}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/engine.py" line="199"/>
        <source>Database belum memiliki instansi dan berkas tidak berisi kolom instansiKerjaNama; unit kerja baru dimasukkan ke instansi tanpa nama. Beri nama dengan &apos;talenta init --instansi &quot;Pemerintah Kabupaten …&quot;&apos;.</source>
        <translation>The database has no agency yet and the file has no instansiKerjaNama column; new units go into an agency without a name. Name it with &apos;talenta init --instansi &quot;Pemerintah Kabupaten …&quot;&apos;.</translation>
    </message>
</context>
<context>
    <name>services.importing.fields</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="21"/>
        <source>data pegawai</source>
        <translation>employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="22"/>
        <source>riwayat SKP</source>
        <translation>SKP history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="23"/>
        <source>hasil asesmen</source>
        <translation>assessment results</translation>
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
        <translation>Old NIP</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="67"/>
        <source>Gelar depan</source>
        <translation>Title prefix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="73"/>
        <source>Gelar belakang</source>
        <translation>Title suffix</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="79"/>
        <source>Tempat lahir</source>
        <translation>Birthplace</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="86"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="94"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="101"/>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="104"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="112"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="123"/>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="131"/>
        <source>Kedudukan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="139"/>
        <source>Tingkat pendidikan</source>
        <translation>Education level</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="148"/>
        <source>Nama pendidikan</source>
        <translation>Field of study</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="156"/>
        <source>Tahun lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="162"/>
        <source>TMT CPNS</source>
        <translation>CPNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="167"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="170"/>
        <source>Kode unit (unorId)</source>
        <translation>Unit code (unorId)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="177"/>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="189"/>
        <source>Kode unit induk</source>
        <translation>Parent unit code</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="192"/>
        <source>Unit induk</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="201"/>
        <source>Jenis jabatan</source>
        <translation>Type of post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="208"/>
        <source>Jabatan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="214"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="215"/>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="218"/>
        <source>Golongan/ruang</source>
        <translation>Grade (golongan/ruang)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="229"/>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="232"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="240"/>
        <source>Masa kerja (tahun)</source>
        <translation>Service (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="247"/>
        <source>Masa kerja (bulan)</source>
        <translation>Service (months)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="252"/>
        <source>BUP</source>
        <translation>Retirement age (BUP)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="255"/>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="268"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="276"/>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="283"/>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="290"/>
        <source>Predikat kinerja</source>
        <translation>Performance predikat</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="299"/>
        <source>Nilai hasil kerja</source>
        <translation>Work results score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="306"/>
        <source>Nilai perilaku kerja</source>
        <translation>Work behaviour score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="312"/>
        <source>Nilai kuadran</source>
        <translation>Quadrant score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="321"/>
        <source>Tanggal asesmen</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="332"/>
        <source>Jenis asesmen</source>
        <translation>Assessment type</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="341"/>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="350"/>
        <source>JPM (%)</source>
        <translation>JPM (%)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="359"/>
        <source>Nilai manajerial</source>
        <translation>Managerial score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="366"/>
        <source>Nilai sosial kultural</source>
        <translation>Socio-cultural score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="374"/>
        <source>Nilai teknis</source>
        <translation>Technical score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="381"/>
        <source>Nilai potensi</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/fields.py" line="388"/>
        <source>Kategori</source>
        <translation>Category</translation>
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
        <translation>Required columns not found in sheet &apos;{sheet}&apos;: {missing}. Map the columns (mapping profile) or change the column headings in the file.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="125"/>
        <source>Berkas {name} tidak berisi lembar kerja.</source>
        <translation>File {name} contains no worksheet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="168"/>
        <source>Nama profil wajib diisi.</source>
        <translation>A profile name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="173"/>
        <source>Profil memuat kolom yang tidak dikenal untuk {kind}: {fields}</source>
        <translation>The profile holds columns not known for {kind}: {fields}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="211"/>
        <source>Profil pemetaan &apos;{name}&apos; rusak (isinya bukan pasangan kolom dan judul kolom); simpan ulang profil itu dari pemetaan kolom.</source>
        <translation>Mapping profile &apos;{name}&apos; is damaged (its content is not pairs of columns and headings); save the profile again from the column mapping.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="227"/>
        <source>Profil pemetaan &apos;{name}&apos; rusak (isinya tidak dapat dibaca); simpan ulang profil itu dari pemetaan kolom.</source>
        <translation>Mapping profile &apos;{name}&apos; is damaged (its content cannot be read); save the profile again from the column mapping.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="237"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/mapping.py" line="239"/>
        <source>Profil pemetaan &apos;{name}&apos; tidak ada; profil yang tersimpan: {names}.</source>
        <translation>Mapping profile &apos;{name}&apos; does not exist; saved profiles: {names}.</translation>
    </message>
</context>
<context>
    <name>services.importing.performance</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="50"/>
        <source>NIP {nip} belum terdaftar sebagai pegawai; impor data pegawainya dulu.</source>
        <translation>NIP {nip} is not registered as an employee; import the employee data first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="72"/>
        <source>{what} yang sama sudah ada di baris {row}.</source>
        <translation>The same {what} is already in row {row}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="91"/>
        <source>Tahun SKP</source>
        <translation>SKP year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="100"/>
        <source>Nilai hasil kerja</source>
        <translation>Work results score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="113"/>
        <source>Hasil kerja dan perilaku kerja harus diisi keduanya, atau keduanya kosong.</source>
        <translation>Work results and work behaviour must both be filled in, or both left empty.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="128"/>
        <source>Predikat {stated} tidak sesuai dengan hasil kerja dan perilaku kerja, yang menghasilkan {derived} (PermenPANRB 6/2022).</source>
        <translation>Predikat {stated} does not match the work results and work behaviour, which give {derived} (PermenPANRB 6/2022).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="146"/>
        <source>Isi predikat kinerja, atau hasil kerja dan perilaku kerja.</source>
        <translation>Fill in the performance predikat, or the work results and work behaviour.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="158"/>
        <source>SKP pegawai dan tahun</source>
        <translation>employee SKP and year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="175"/>
        <source>Nilai manajerial</source>
        <translation>Managerial score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="180"/>
        <source>Nilai sosial kultural</source>
        <translation>Socio-cultural score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="185"/>
        <source>Nilai teknis</source>
        <translation>Technical score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="190"/>
        <source>Nilai potensi</source>
        <translation>Potential score</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="205"/>
        <source>Tanggal asesmen {day} belum terjadi.</source>
        <translation>Assessment date {day} is in the future.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/performance.py" line="222"/>
        <source>Asesmen pegawai, tanggal dan jenis</source>
        <translation>employee assessment, date and type</translation>
    </message>
</context>
<context>
    <name>services.importing.personnel</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="130"/>
        <source>Tahun lulus</source>
        <translation>Year graduated</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="134"/>
        <source>Masa kerja (tahun)</source>
        <translation>Service (years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="137"/>
        <source>Masa kerja (bulan)</source>
        <translation>Service (months)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="179"/>
        <source>NIP {nip} sudah ada di baris {row} berkas ini.</source>
        <translation>NIP {nip} is already in row {row} of this file.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="200"/>
        <source>Jenis pegawai {stated} tidak cocok dengan NIP {nip}, yang berstruktur {kind}.</source>
        <translation>Employee type {stated} does not match NIP {nip}, which has the {kind} structure.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="266"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="267"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="282"/>
        <source>{label} {day} tidak mungkin sebelum tanggal lahir {born}.</source>
        <translation>{label} {day} cannot be before the date of birth {born}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="300"/>
        <source>TMT PNS {pns} mendahului TMT CPNS {cpns}.</source>
        <translation>PNS TMT {pns} is earlier than CPNS TMT {cpns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="345"/>
        <source>&apos;{nama}&apos; (induk &apos;{induk}&apos;)</source>
        <translation>&apos;{nama}&apos; (parent &apos;{induk}&apos;)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="349"/>
        <source>&apos;{nama}&apos;</source>
        <translation>&apos;{nama}&apos;</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="358"/>
        <source>Kode unit &apos;{kode}&apos; dipakai di berkas ini untuk dua unit yang berbeda: {first} dan {second}; satu kode untuk satu unit.</source>
        <translation>Unit code &apos;{kode}&apos; is used in this file for two different units: {first} and {second}; one code, one unit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="390"/>
        <source>Unit kerja &apos;{nama}&apos; ada lebih dari satu; isi kolom unit induk untuk memilihnya.</source>
        <translation>There is more than one unit named &apos;{nama}&apos;; fill in the parent unit column to choose.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/personnel.py" line="415"/>
        <source>Kode unit &apos;{kode}&apos; tidak dikenal dan nama unitnya kosong.</source>
        <translation>Unit code &apos;{kode}&apos; is not known and the unit name is empty.</translation>
    </message>
</context>
<context>
    <name>services.importing.reading</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="49"/>
        <source>Berkas tidak ditemukan: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="53"/>
        <source>Jenis berkas &apos;{suffix}&apos; tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.</source>
        <translation>File type &apos;{suffix}&apos; is not supported; use .xlsx, .xls, .ods or .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="61"/>
        <source>Berkas {name} kosong.</source>
        <translation>File {name} is empty.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="82"/>
        <source>Berkas {name} dilindungi kata sandi; simpan tanpa kata sandi lalu impor lagi.</source>
        <translation>File {name} is password-protected; save it without a password and import it again.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="90"/>
        <source>Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}</source>
        <translation>File {name} cannot be read as a spreadsheet: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="126"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="130"/>
        <source>Lembar &apos;{sheet}&apos; tidak ada di {name}; lembar yang ada: {available}.</source>
        <translation>Sheet &apos;{sheet}&apos; is not in {name}; sheets present: {available}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="144"/>
        <source>Lembar &apos;{sheet}&apos; di {name} tidak dapat dibaca: {exc}</source>
        <translation>Sheet &apos;{sheet}&apos; in {name} cannot be read: {exc}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="179"/>
        <source>Berkas {name} bukan teks yang dapat dibaca (UTF-8 atau Windows-1252).</source>
        <translation>File {name} is not readable text (UTF-8 or Windows-1252).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="187"/>
        <source>Berkas {name} bukan berkas CSV (berisi data biner).</source>
        <translation>File {name} is not a CSV file (it holds binary data).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/reading.py" line="203"/>
        <source>Berkas {name} tidak dapat dibaca sebagai CSV: {exc}</source>
        <translation>File {name} cannot be read as CSV: {exc}</translation>
    </message>
</context>
<context>
    <name>services.importing.report</name>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="55"/>
        <source>Berkas, kolom &apos;{column}&apos;: {message}</source>
        <translation>File, column &apos;{column}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="57"/>
        <source>Berkas: {message}</source>
        <translation>File: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="59"/>
        <source>Baris {row}, kolom &apos;{column}&apos;: {message}</source>
        <translation>Row {row}, column &apos;{column}&apos;: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="63"/>
        <source>Baris {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="108"/>
        <source>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid; {units} unit kerja baru.</source>
        <translation>{rows} rows read from sheet &apos;{sheet}&apos;: {new} new, {updated} updated, {unchanged} unchanged, {invalid} invalid; {units} new units.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/importing/report.py" line="117"/>
        <source>{rows} baris dibaca dari lembar &apos;{sheet}&apos;: {new} baru, {updated} diperbarui, {unchanged} tidak berubah, {invalid} tidak valid.</source>
        <translation>{rows} rows read from sheet &apos;{sheet}&apos;: {new} new, {updated} updated, {unchanged} unchanged, {invalid} invalid.</translation>
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
        <translation>BKPSDM operator</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="40"/>
        <source>Anggota Komite</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="41"/>
        <source>Pembaca</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="111"/>
        <source>mengimpor dan mengubah data pegawai</source>
        <translation>import and edit employee data</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="114"/>
        <source>mengelola periode dan memetakan talenta</source>
        <translation>manage periods and map talent</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="117"/>
        <source>mengkalibrasi kotak talenta</source>
        <translation>calibrate talent boxes</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="118"/>
        <source>mengelola komite, rapat, notula, dan keputusan</source>
        <translation>manage committees, meetings, minutes and decisions</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="121"/>
        <source>mengelola rencana pengembangan</source>
        <translation>manage development plans</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="124"/>
        <source>mengelola jabatan kritikal dan suksesor</source>
        <translation>manage critical posts and successors</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="127"/>
        <source>mengubah skema penilaian dan pengaturan</source>
        <translation>change scoring schemes and settings</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="130"/>
        <source>membuat laporan dan ekspor</source>
        <translation>create reports and exports</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="131"/>
        <source>melihat dan mengekspor hukuman disiplin</source>
        <translation>view and export disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="134"/>
        <source>mengimpor paket pertukaran</source>
        <translation>import exchange packages</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="135"/>
        <source>membuat salinan cadangan</source>
        <translation>create backups</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="136"/>
        <source>memulihkan database dari salinan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="137"/>
        <source>mengelola pengguna dan enkripsi</source>
        <translation>manage users and encryption</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="138"/>
        <source>melihat dan mengekspor log audit</source>
        <translation>view and export the audit log</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="139"/>
        <source>mengatur dan menerapkan masa retensi data</source>
        <translation>set and apply data retention periods</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="150"/>
        <source>Pengguna {username} (peran {role}) tidak berwenang {what}.</source>
        <translation>User {username} (role {role}) is not allowed to {what}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/permissions.py" line="186"/>
        <source>melakukan {action}</source>
        <translation>do {action}</translation>
    </message>
</context>
<context>
    <name>services.personnel</name>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="895"/>
        <source>Kolom tidak dikenal untuk ekspor: {columns}.</source>
        <translation>Unknown columns for the export: {columns}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="900"/>
        <source>Pilih setidaknya satu kolom untuk diekspor.</source>
        <translation>Choose at least one column to export.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="925"/>
        <source>Ekspor dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1033"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung; pilih .xlsx atau .csv.</source>
        <translation>File format &apos;{suffix}&apos; is not supported; choose .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1040"/>
        <source>Folder {parent} tidak ada.</source>
        <translation>Folder {parent} does not exist.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/personnel.py" line="1072"/>
        <source>Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.</source>
        <translation>File {name} cannot be written (it may be open in another program): {strerror}.</translation>
    </message>
</context>
<context>
    <name>services.privacy</name>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="123"/>
        <source>Masa simpan setelah pegawai keluar</source>
        <translation>Retention after an employee leaves</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="124"/>
        <source>Kedudukan yang berarti telah keluar</source>
        <translation>Statuses that mean the employee has left</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="125"/>
        <source>Masa simpan hukuman disiplin</source>
        <translation>Retention of disciplinary records</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="167"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1023"/>
        <source>Riwayat jabatan</source>
        <translation>Post history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="168"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1028"/>
        <source>Riwayat golongan</source>
        <translation>Grade history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="169"/>
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="170"/>
        <source>Riwayat diklat</source>
        <translation>Training history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="171"/>
        <source>Riwayat penghargaan</source>
        <translation>Award history</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="172"/>
        <source>Hukuman disiplin</source>
        <translation>Disciplinary records</translation>
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
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="177"/>
        <source>Data atau aturan retensi berubah sejak pratinjau dibuat; periksa pratinjau yang baru sebelum menerapkan.</source>
        <translation>The data or the retention rules changed since the preview was made; check the new preview before applying.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="241"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun (0: disimpan selama pegawai bekerja).</source>
        <translation>{field}: the value &apos;{raw}&apos; cannot be used; enter a whole number of {low}–{high} years (0: kept while the employee is in service).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="252"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun.</source>
        <translation>{field}: the value &apos;{raw}&apos; cannot be used; enter a whole number of {low}–{high} years.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="272"/>
        <source>{field}: nilai &apos;{raw}&apos; tidak dapat dipakai; isikan satu kedudukan per baris.</source>
        <translation>{field}: the value &apos;{raw}&apos; cannot be used; enter one status per line.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="284"/>
        <source>{field}: nilai &apos;{item}&apos; bukan teks kedudukan.</source>
        <translation>{field}: the value &apos;{item}&apos; is not a status text.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="293"/>
        <source>{field}: &apos;{text}…&apos; lebih dari {limit} karakter, lebih panjang daripada kedudukan SIASN mana pun.</source>
        <translation>{field}: &apos;{text}…&apos; is longer than {limit} characters, longer than any SIASN status.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="304"/>
        <source>{field}: &apos;{text}&apos; tidak boleh dipakai; pegawai yang aktif tidak dapat dianggap telah keluar.</source>
        <translation>{field}: &apos;{text}&apos; may not be used; active employees cannot be treated as having left.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="316"/>
        <source>{field}: isikan sedikitnya satu kedudukan (mis. Pensiun).</source>
        <translation>{field}: enter at least one status (e.g. Pensiun).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="329"/>
        <source>Pengaturan retensi tidak dikenal: {keys}.</source>
        <translation>Unknown retention settings: {keys}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="370"/>
        <source>{field}: nilai &apos;{years}&apos; lebih pendek daripada {window} tahun yang dipakai skema {scheme} untuk menilai integritas; isikan 0 atau sedikitnya {window}.</source>
        <translation>{field}: the value &apos;{years}&apos; is shorter than the {window} years scheme {scheme} uses to score integrity; enter 0 or at least {window}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="920"/>
        <source>Tidak ada data yang melewati masa retensi.</source>
        <translation>No data is past its retention period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="926"/>
        <source>{count} pegawai dihapus seluruhnya</source>
        <translation>{count} employees removed entirely</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="933"/>
        <source>{count} pegawai dianonimkan</source>
        <translation>{count} employees anonymised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="940"/>
        <source>{count} catatan hukuman disiplin lama pegawai lain dihapus</source>
        <translation>{count} old disciplinary records of other employees removed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="946"/>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1000"/>
        <source>TMT CPNS</source>
        <translation>CPNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1001"/>
        <source>TMT PNS</source>
        <translation>PNS TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1002"/>
        <source>TMT golongan</source>
        <translation>Grade TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1003"/>
        <source>TMT jabatan</source>
        <translation>Post TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1014"/>
        <source>TMT pensiun menurut BUP {bup} tahun</source>
        <translation>Retirement TMT at the retirement age (BUP) of {bup}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1033"/>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1038"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1043"/>
        <source>TMT hukuman disiplin</source>
        <translation>Disciplinary penalty TMT</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1069"/>
        <source>SKP tahun {year}</source>
        <translation>SKP {year}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1082"/>
        <source>Dipetakan dalam periode talenta</source>
        <translation>Mapped in a talent period</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1093"/>
        <source>Kalibrasi</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1314"/>
        <location filename="../../talenta_desktop/services/privacy.py" line="1492"/>
        <source>Hukuman disiplin pegawai yang keluar</source>
        <translation>Disciplinary records of employees who left</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1322"/>
        <source>Hukuman disiplin lama pegawai lain</source>
        <translation>Old disciplinary records of other employees</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1324"/>
        <source>Rencana pengembangan tanpa keputusan komite</source>
        <translation>Development plans without a committee decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1328"/>
        <source>Usulan suksesor tanpa keputusan komite</source>
        <translation>Successor proposals without a committee decision</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1332"/>
        <source>Jabatan kritikal yang pemangkunya dikosongkan</source>
        <translation>Critical posts whose incumbent is cleared</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1336"/>
        <source>Penempatan yang rinciannya dihapus</source>
        <translation>Placements whose details are removed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1339"/>
        <source>Pegawai dianonimkan</source>
        <translation>Employees anonymised</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1340"/>
        <source>Pegawai dihapus seluruhnya</source>
        <translation>Employees removed entirely</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1386"/>
        <source>Tidak ada data yang melewati masa retensi; tidak ada yang diubah.</source>
        <translation>No data is past its retention period; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1391"/>
        <source>{count} {what}</source>
        <translation>{count} {what}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1395"/>
        <source>Retensi diterapkan: {parts}.</source>
        <translation>Retention applied: {parts}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1501"/>
        <source>Riwayat, SKP, dan asesmen</source>
        <translation>Histories, SKP and assessments</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1532"/>
        <source>Format berkas &apos;{suffix}&apos; tidak didukung untuk register; pilih .xlsx atau .pdf.</source>
        <translation>File format &apos;{suffix}&apos; is not supported for the register; choose .xlsx or .pdf.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/privacy.py" line="1540"/>
        <source>Folder {folder} tidak ada.</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
</context>
<context>
    <name>services.reports.catalog</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="112"/>
        <source>Rapat {number} belum difinalkan; berita acara dicetak setelah rapat difinalkan (halaman Komite).</source>
        <translation>Meeting {number} has not been finalised; the berita acara is printed once the meeting is finalised (Committee page).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="146"/>
        <source>Peta talenta</source>
        <translation>Talent map</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="150"/>
        <source>Profil talenta</source>
        <translation>Talent profile</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="154"/>
        <source>Ringkasan eksekutif</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="158"/>
        <source>Laporan suksesi</source>
        <translation>Succession report</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="161"/>
        <source>Rencana pengembangan individu</source>
        <translation>Individual development plan</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="163"/>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="190"/>
        <source>Laporan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Report cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="204"/>
        <source>Jenis laporan tidak dikenal: {kind} (pilih {choices}).</source>
        <translation>Unknown kind of report: {kind} (choose {choices}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="212"/>
        <source>{title} tidak dapat disamarkan: laporan ini tentang satu pegawai atau catatan resmi yang ditandatangani, jadi nama dan NIP tetap dicetak. Yang dapat disamarkan: {redactable}.</source>
        <translation>{title} cannot be anonymised: this report is about one employee or is a signed official record, so names and NIPs are printed. Reports that can be anonymised: {redactable}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="222"/>
        <source>Laporan tersamar tidak memuat rincian hukuman disiplin: pilih salah satu, samarkan identitas atau sertakan data sensitif.</source>
        <translation>An anonymised report holds no disciplinary details: choose one, anonymise identities or include sensitive data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="231"/>
        <source>{title}: isian {fields} wajib diisi.</source>
        <translation>{title}: {fields} must be filled in.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="237"/>
        <source>Ukuran kertas tidak dikenal: {paper} (pilih A4 atau F4).</source>
        <translation>Unknown paper size: {paper} (choose A4 or F4).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/catalog.py" line="245"/>
        <source>Berkas keluaran harus .pdf: {target}</source>
        <translation>The output file must be .pdf: {target}</translation>
    </message>
</context>
<context>
    <name>services.reports.idp</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/idp.py" line="142"/>
        <source>Pegawai dengan NIP {nip} tidak ditemukan.</source>
        <translation>No employee with NIP {nip} was found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/idp.py" line="168"/>
        <source>{nama} (NIP {nip}) belum mempunyai rencana pengembangan individu pada periode {label}.</source>
        <translation>{nama} (NIP {nip}) has no individual development plan in period {label}.</translation>
    </message>
</context>
<context>
    <name>services.reports.profile_report</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/profile_report.py" line="189"/>
        <source>Pegawai dengan NIP {nip} tidak ditemukan.</source>
        <translation>No employee with NIP {nip} was found.</translation>
    </message>
</context>
<context>
    <name>services.reports.talent_map_report</name>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="204"/>
        <source>Periode {label} belum dipetakan: jalankan pemetaan talenta periode itu lebih dahulu.</source>
        <translation>Period {label} has not been mapped: run the talent mapping for that period first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="219"/>
        <source>Unit kerja tidak boleh kosong.</source>
        <translation>The unit may not be empty.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="239"/>
        <source>Nama unit kerja {raw} dipakai oleh {count} unit (id {ids}); sebutkan id atau kodenya.</source>
        <translation>The unit name {raw} is used by {count} units (ids {ids}); give its id or code.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/reports/talent_map_report.py" line="248"/>
        <source>Unit kerja {raw} tidak ditemukan (dicari menurut id, kode dan nama unit).</source>
        <translation>Unit {raw} not found (searched by id, code and unit name).</translation>
    </message>
</context>
<context>
    <name>services.succession.candidates</name>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="42"/>
        <source>ringan</source>
        <translation>minor</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="43"/>
        <source>sedang</source>
        <translation>moderate</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="44"/>
        <source>berat</source>
        <translation>severe</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="52"/>
        <source>Jabatan target #{post_id} tidak ditemukan.</source>
        <translation>Target post #{post_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="139"/>
        <source>Jenjang {jenjang} bukan satu tingkat di bawah {post} ({feeders}).</source>
        <translation>Level {jenjang} is not one level below {post} ({feeders}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="146"/>
        <source>tidak ada jenjang di bawahnya</source>
        <translation>no level below it</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="156"/>
        <source>Golongan {golongan} di bawah {minimum}.</source>
        <translation>Grade {golongan} is below {minimum}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="173"/>
        <source>Hukuman disiplin tingkat {level} (TMT {tmt}) dalam {years} tahun terakhir.</source>
        <translation>A {level} disciplinary penalty (TMT {tmt}) within the last {years} years.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="193"/>
        <source>Pensiun {retires_on} (BUP {bup} tahun jabatan ini), kurang dari {years} tahun lagi.</source>
        <translation>Retires {retires_on} (retirement age {bup} for this post), less than {years} years from now.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="249"/>
        <source>Pegawai ini pemangku jabatan itu sendiri.</source>
        <translation>This employee is the incumbent of the post.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="256"/>
        <source>Pegawai ini tidak berada di Kelompok Rencana Suksesi (kotak 7–9) periode {period}.</source>
        <translation>This employee is not in the succession pool (KRS, boxes 7–9) for period {period}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="298"/>
        <source>Bandingkan satu sampai empat calon sekaligus.</source>
        <translation>Compare one to four candidates at a time.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="311"/>
        <source>Pegawai #{pid} tidak ditemukan.</source>
        <translation>Employee #{pid} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/candidates.py" line="332"/>
        <source>{jenis} (tingkat {level}, TMT {tmt})</source>
        <translation>{jenis} ({level}, TMT {tmt})</translation>
    </message>
</context>
<context>
    <name>services.succession.posts</name>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="36"/>
        <source>usulan</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="37"/>
        <source>ditetapkan</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="38"/>
        <source>batal</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="112"/>
        <source>Golongan paling rendah &apos;{raw}&apos;: {err}</source>
        <translation>Minimum grade &apos;{raw}&apos;: {err}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="121"/>
        <source>Nama jabatan wajib diisi.</source>
        <translation>The post name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="124"/>
        <source>Jenis jabatan &apos;{kind}&apos; tidak dikenal: pilih target atau kritikal.</source>
        <translation>Unknown kind of post &apos;{kind}&apos;: choose target or kritikal.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="132"/>
        <source>Jenjang &apos;{jenjang}&apos; tidak dikenal sebagai jabatan target (pilih: {choices}).</source>
        <translation>Level &apos;{jenjang}&apos; is not known for a target post (choose: {choices}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="141"/>
        <source>BUP harus 50–70 tahun, bukan {bup}.</source>
        <translation>The retirement age (BUP) must be 50–70 years, not {bup}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="146"/>
        <source>Jumlah suksesor harus 1–10, bukan {count}.</source>
        <translation>The number of successors must be 1–10, not {count}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="151"/>
        <source>Pemangku jabatan #{person_id} tidak ditemukan.</source>
        <translation>Incumbent #{person_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="156"/>
        <source>Unit kerja #{unit_id} tidak ditemukan.</source>
        <translation>Unit #{unit_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="193"/>
        <source>Kolom jabatan tidak dapat diubah: {fields}.</source>
        <translation>These post fields cannot be changed: {fields}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="275"/>
        <source>Jabatan {jabatan_nama} tidak lagi aktif sebagai jabatan target.</source>
        <translation>Post {jabatan_nama} is no longer active as a target post.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="283"/>
        <source>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal (pilih: {known}).</source>
        <translation>Unknown readiness category &apos;{readiness}&apos; (choose: {known}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="293"/>
        <source>Pegawai ini tidak memenuhi syarat calon suksesor: {reasons}</source>
        <translation>This employee does not qualify as a successor candidate: {reasons}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="304"/>
        <source>Pegawai ini sudah diusulkan sebagai suksesor jabatan ini pada periode ini.</source>
        <translation>This employee has already been proposed as a successor for this post in this period.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="325"/>
        <source>Suksesor #{successor_id} tidak ditemukan.</source>
        <translation>Successor #{successor_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="335"/>
        <source>Kategori kesiapan &apos;{readiness}&apos; tidak dikenal.</source>
        <translation>Unknown readiness category &apos;{readiness}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="351"/>
        <source>Suksesor ini sudah ditetapkan komite; perubahannya memerlukan keputusan rapat komite berikutnya.</source>
        <translation>This successor has been confirmed by the committee; changing it needs a decision of a later committee meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="371"/>
        <source>Rapat {number} membahas periode {period_label}; usulan suksesor ini untuk periode {label}.</source>
        <translation>Meeting {number} covers period {period_label}; this successor proposal is for period {label}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="381"/>
        <source>Hanya usulan yang dapat ditetapkan (status kini {status}).</source>
        <translation>Only a proposal can be confirmed (it is now {status}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="445"/>
        <source>Lowong</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="449"/>
        <source>Lowong sejak {when}</source>
        <translation>Vacant since {when}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="452"/>
        <source>{when} (kurang dari sebulan lagi)</source>
        <translation>{when} (less than a month from now)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/posts.py" line="456"/>
        <source>{when} ({months} bulan lagi)</source>
        <translation>{when} (in {months} months)</translation>
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
        <translation>The disciplinary period must be 0–10 years, not {years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="84"/>
        <source>Aturan hukuman disiplin {years} tahun tanpa tingkat hukuman: pilih paling sedikit satu tingkat, atau isi 0 tahun untuk mematikan aturan ini.</source>
        <translation>A {years}-year disciplinary rule without penalty levels: choose at least one level, or enter 0 years to turn the rule off.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="96"/>
        <source>Tingkat hukuman disiplin tidak dikenal: {levels}.</source>
        <translation>Unknown disciplinary penalty levels: {levels}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="105"/>
        <source>Jarak ke BUP harus 0–10 tahun, bukan {years}.</source>
        <translation>The distance to the retirement age (BUP) must be 0–10 years, not {years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="114"/>
        <source>Jumlah suksesor per jabatan harus 1–10, bukan {count}.</source>
        <translation>The number of successors per post must be 1–10, not {count}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="123"/>
        <source>Batas peringatan kekosongan harus 0–60 bulan, bukan {months}.</source>
        <translation>The vacancy warning must be 0–60 months, not {months}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="134"/>
        <source>Kategori kesiapan wajib diisi, paling sedikit satu.</source>
        <translation>At least one readiness category is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="142"/>
        <source>Kode kategori kesiapan harus berbeda satu sama lain.</source>
        <translation>Readiness category codes must all be different.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="150"/>
        <source>Setiap kategori kesiapan memerlukan kode dan nama.</source>
        <translation>Each readiness category needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/succession/settings.py" line="158"/>
        <source>Paling sedikit satu kategori kesiapan berarti &quot;siap sekarang&quot;.</source>
        <translation>At least one readiness category must mean &quot;ready now&quot;.</translation>
    </message>
</context>
<context>
    <name>services.talent.calibration</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="69"/>
        <source>Alasan kalibrasi wajib diisi.</source>
        <translation>A reason for the calibration is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="73"/>
        <source>Kotak tujuan harus 1–9, bukan {to_box}.</source>
        <translation>The target box must be 1–9, not {to_box}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="79"/>
        <source>Pegawai #{person_id} tidak ditemukan.</source>
        <translation>Employee #{person_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="86"/>
        <source>{nama} ({nip}) belum dapat dipetakan pada periode {label}; lengkapi datanya lalu petakan ulang sebelum kalibrasi.</source>
        <translation>{nama} ({nip}) cannot be mapped in period {label} yet; complete their data and map again before calibrating.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="97"/>
        <source>{nama} sudah berada di kotak {to_box}.</source>
        <translation>{nama} is already in box {to_box}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="155"/>
        <source>Rapat #{meeting_id} tidak sedang berlangsung; kalibrasi tidak dicatat.</source>
        <translation>Meeting #{meeting_id} is not in session; the calibration was not recorded.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="164"/>
        <source>Rapat {number} membahas periode {other}; kalibrasi tidak dicatat.</source>
        <translation>Meeting {number} covers period {other}; the calibration was not recorded.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="175"/>
        <source>Kotak {name} sudah ditetapkan dalam rapat {number} yang telah difinalkan; perubahan hanya melalui rapat koreksi yang merujuk rapat tersebut.</source>
        <translation>The box of {name} was decided in meeting {number}, which has been finalised; it can only be changed in a correction meeting that refers to that meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="211"/>
        <source>Kalibrasi #{calibration_id} tidak ditemukan.</source>
        <translation>Calibration #{calibration_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="217"/>
        <source>Kalibrasi #{calibration_id} sudah ditetapkan dalam rapat {number} yang telah difinalkan; koreksi hanya melalui rapat baru yang merujuk rapat tersebut.</source>
        <translation>Calibration #{calibration_id} was decided in meeting {number}, which has been finalised; it can only be corrected in a new meeting that refers to that meeting.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/calibration.py" line="229"/>
        <source>Kalibrasi #{calibration_id} tidak dapat dibatalkan: pegawai sudah dipindah lagi (kini kotak {now}).</source>
        <translation>Calibration #{calibration_id} cannot be reversed: the employee has been moved again (now box {now}).</translation>
    </message>
</context>
<context>
    <name>services.talent.mapping</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="108"/>
        <source>Pemetaan dibatalkan; tidak ada yang disimpan.</source>
        <translation>Mapping cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="121"/>
        <source>Membaca SKP, asesmen dan riwayat</source>
        <translation>Reading SKP, assessments and histories</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="125"/>
        <source>Belum ada data pegawai untuk dipetakan. Impor data pegawai terlebih dahulu.</source>
        <translation>There is no employee data to map yet. Import the employee data first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="131"/>
        <source>Menghitung nilai kinerja dan potensial</source>
        <translation>Computing performance and potential scores</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="136"/>
        <source>Menyimpan penempatan</source>
        <translation>Saving placements</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="175"/>
        <source>Membandingkan dengan pemetaan sebelumnya</source>
        <translation>Comparing with the previous mapping</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/mapping.py" line="212"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>services.talent.periods</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="54"/>
        <source>{name} (versi {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="95"/>
        <source>Periode &apos;{label}&apos; tidak ditemukan. Periode yang ada: {labels}.</source>
        <translation>Period &apos;{label}&apos; not found. Existing periods: {labels}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="103"/>
        <source>Periode &apos;{label}&apos; tidak ditemukan. Belum ada periode.</source>
        <translation>Period &apos;{label}&apos; not found. There are no periods yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="138"/>
        <source>Nama periode wajib diisi.</source>
        <translation>A period name is required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="141"/>
        <source>Periode &apos;{label}&apos; sudah ada.</source>
        <translation>Period &apos;{label}&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="145"/>
        <source>Tahun SKP awal ({skp_year_from}) sesudah tahun akhir ({skp_year_to}).</source>
        <translation>The first SKP year ({skp_year_from}) is after the last ({skp_year_to}).</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="154"/>
        <source>Masa berlaku asesmen harus 1–10 tahun, bukan {assessment_valid_years}.</source>
        <translation>Assessment validity must be 1–10 years, not {assessment_valid_years}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="188"/>
        <source>Status periode tidak dikenal: &apos;{status}&apos;.</source>
        <translation>Unknown period status: &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="210"/>
        <source>Periode #{period_id} tidak ditemukan.</source>
        <translation>Period #{period_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/periods.py" line="215"/>
        <source>Periode {label} sudah ditutup; buka kembali periode untuk mengubahnya.</source>
        <translation>Period {label} is closed; reopen the period to change it.</translation>
    </message>
</context>
<context>
    <name>services.talent.schemes</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="162"/>
        <source>{name} (versi {version})</source>
        <translation>{name} (version {version})</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="169"/>
        <source>kinerja</source>
        <translation>performance</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="170"/>
        <source>potensial</source>
        <translation>potential</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="185"/>
        <source>Sumbu {axis}: belum ada komponen.</source>
        <translation>{axis} axis: no components yet.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="197"/>
        <source>Sumbu {axis}: komponen tidak dikenal: {source}.</source>
        <translation>{axis} axis: unknown component: {source}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="209"/>
        <source>Sumbu {axis}: komponen {label} ganda.</source>
        <translation>{axis} axis: component {label} appears twice.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="218"/>
        <source>Sumbu {axis}: bobot {label} tidak sah: {weight}.</source>
        <translation>{axis} axis: the weight of {label} is not valid: {weight}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="230"/>
        <source>Sumbu {axis}: {label} belum tercatat di aplikasi, jadi tidak bisa wajib.</source>
        <translation>{axis} axis: {label} is not yet recorded in the application, so it cannot be required.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="241"/>
        <source>Sumbu {axis}: jumlah bobot harus 100, sekarang {total:g}.</source>
        <translation>{axis} axis: the weights must add up to 100, now {total:g}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="253"/>
        <source>Sumbu {axis}: tidak ada komponen yang datanya tercatat.</source>
        <translation>{axis} axis: no component has recorded data.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="269"/>
        <source>Sumbu {axis}: batas harus dua angka berurutan di antara 0 dan 100 (batas menengah &lt; batas tinggi), sekarang {cutoffs}.</source>
        <translation>{axis} axis: the cut-offs must be two ascending numbers between 0 and 100 (middle &lt; high), now {cutoffs}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="282"/>
        <source>Bobot nilai talenta harus berjumlah 100: {weights}.</source>
        <translation>The talent score weights must add up to 100: {weights}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="293"/>
        <source>Distribusi acuan harus berjumlah 100%, sekarang {total:g}%.</source>
        <translation>The guideline distribution must add up to 100%, now {total:g}%.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="306"/>
        <source>Syarat {key} tidak sah: {value}.</source>
        <translation>Requirement {key} is not valid: {value}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="322"/>
        <source>Skema tidak sah:
{problems}</source>
        <translation>The scheme is not valid:
{problems}</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="386"/>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="429"/>
        <source>Skema #{scheme_id} tidak ditemukan.</source>
        <translation>Scheme #{scheme_id} not found.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="401"/>
        <source>Belum ada skema penilaian bawaan. Jalankan `talenta init` terlebih dahulu.</source>
        <translation>There is no default scoring scheme yet. Run `talenta init` first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/schemes.py" line="412"/>
        <source>Skema &apos;{name}&apos; tidak ditemukan. Skema yang ada: {names}.</source>
        <translation>Scheme &apos;{name}&apos; not found. Existing schemes: {names}.</translation>
    </message>
</context>
<context>
    <name>services.talent.sources</name>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="81"/>
        <source>Predikat SKP (rata-rata tahun periode)</source>
        <translation>SKP predikat (average over the period&apos;s years)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="88"/>
        <source>Predikat SKP tahun terakhir</source>
        <translation>SKP predikat of the latest year</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="94"/>
        <source>Penghargaan</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="98"/>
        <source>Penugasan tim kerja</source>
        <translation>Team assignments</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="104"/>
        <source>Umpan balik 360°</source>
        <translation>360° feedback</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="110"/>
        <source>Rekam jejak disiplin</source>
        <translation>Disciplinary record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="116"/>
        <source>Penilaian kompetensi (JPM)</source>
        <translation>Competence assessment (JPM)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="123"/>
        <source>Job Person Match (JPM)</source>
        <translation>Job Person Match (JPM)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="130"/>
        <source>Penilaian potensi</source>
        <translation>Potential assessment</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="137"/>
        <source>Kompetensi manajerial dan sosial kultural</source>
        <translation>Managerial and socio-cultural competence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="144"/>
        <source>Kompetensi teknis</source>
        <translation>Technical competence</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="151"/>
        <source>Pengembangan kompetensi (JP per tahun)</source>
        <translation>Competence development (JP per year)</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="156"/>
        <source>Pengalaman / rekam jejak jabatan</source>
        <translation>Experience / post record</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="160"/>
        <source>Pendidikan formal</source>
        <translation>Formal education</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="164"/>
        <source>Kesesuaian bidang ilmu</source>
        <translation>Match of field of study</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="169"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/talent/sources.py" line="173"/>
        <source>Integritas / rekam jejak disiplin</source>
        <translation>Integrity / disciplinary record</translation>
    </message>
</context>
<context>
    <name>services.units</name>
    <message>
        <location filename="../../talenta_desktop/services/units.py" line="102"/>
        <source>Susunan unit kerja melingkar: unit {node} menjadi leluhurnya sendiri.</source>
        <translation>The unit structure is circular: unit {node} is its own ancestor.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/units.py" line="110"/>
        <source>Unit induk {node} (dari unit {child}) tidak ada.</source>
        <translation>Parent unit {node} (of unit {child}) does not exist.</translation>
    </message>
</context>
<context>
    <name>services.users</name>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="82"/>
        <source>Kata sandi minimal {length} karakter.</source>
        <translation>A password needs at least {length} characters.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="87"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password may not be the same as the user name.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="95"/>
        <source>Nama pengguna &apos;{username}&apos; tidak valid: 2–60 huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>User name &apos;{username}&apos; is not valid: 2–60 lower-case letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="108"/>
        <source>Peran &apos;{role}&apos; tidak dikenal; pilih salah satu: {roles}.</source>
        <translation>Unknown role &apos;{role}&apos;; choose one of: {roles}.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="131"/>
        <source>Pengguna &apos;{username}&apos; tidak ada.</source>
        <translation>User &apos;{username}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="184"/>
        <source>Pengguna {username} dinonaktifkan.</source>
        <translation>User {username} is disabled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="237"/>
        <source>Pengguna &apos;{username}&apos; sudah ada.</source>
        <translation>User &apos;{username}&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="240"/>
        <source>Pengguna pertama harus administrator.</source>
        <translation>The first user must be an administrator.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="269"/>
        <source>Pengguna {username} dinonaktifkan; aktifkan dahulu.</source>
        <translation>User {username} is disabled; enable them first.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="292"/>
        <source>Administrator terakhir yang aktif tidak dapat dinonaktifkan.</source>
        <translation>The last active administrator cannot be disabled.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="298"/>
        <source>Mengaktifkan pengguna kembali memerlukan kata sandi baru.</source>
        <translation>Enabling a user again requires a new password.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="326"/>
        <source>Administrator terakhir tidak dapat diubah perannya.</source>
        <translation>The role of the last administrator cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="340"/>
        <source>Enkripsi hanya untuk database berkas SQLite.</source>
        <translation>Encryption is only for SQLite file databases.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="343"/>
        <source>{path} sudah ada; untuk mengenkripsinya gunakan `talenta encrypt`.</source>
        <translation>{path} already exists; to encrypt it use `talenta encrypt`.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="380"/>
        <source>Hanya database berkas SQLite yang belum terenkripsi yang dapat dienkripsi.</source>
        <translation>Only an SQLite file database that is not yet encrypted can be encrypted.</translation>
    </message>
    <message>
        <location filename="../../talenta_desktop/services/users.py" line="415"/>
        <source>Enkripsi gagal ({exc}); database tetap tidak terenkripsi seperti semula.</source>
        <translation>Encryption failed ({exc}); the database stays unencrypted, as it was.</translation>
    </message>
</context>
</TS>
