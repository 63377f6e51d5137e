"""The berita acara template (DOMAIN §5, §11): kop, opening and closing wording, signatories, and the
acknowledging signature — validated with the field and value named, and kept out of final records."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from talenta_desktop.models import AuditEvent
from talenta_desktop.services.berita_acara_template import (
    DEFAULT_OPENING,
    BeritaAcaraTemplate,
    TemplateError,
    get_template,
    save_template,
    validate_template,
)
from talenta_desktop.services.committee import (
    berita_acara_document,
    finalize_meeting,
    list_committees,
    list_meetings,
    set_attendance,
)
from talenta_desktop.services.reports.berita_acara_data import fingerprint

NIP_PPK = "197003151995031002"


def _draft(session):
    committee = list_committees(session)[0]
    return committee, next(m for m in list_meetings(session, committee.id) if not m.is_final)


def test_an_unsaved_template_is_the_default_and_the_instansi_fills_the_kop(demo_db):
    with demo_db.session() as session:
        assert get_template(session) == BeritaAcaraTemplate()
        _, meeting = _draft(session)
        document = berita_acara_document(session, meeting.id)
    assert document.kop.pemerintah.startswith("PEMERINTAH ")
    assert document.opening.startswith("Pada hari ini, ") and "{" not in document.opening
    assert document.closing == BeritaAcaraTemplate().closing
    assert document.acknowledger is None


def test_a_saved_template_shapes_the_next_berita_acara(demo_db, actor):
    template = BeritaAcaraTemplate(
        kop_pemerintah="Pemerintah Kabupaten Sukamaju Timur",
        kop_instansi="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        kop_alamat="Jalan Merdeka Nomor 1, Martapura Baru 32181",
        opening="Pada {hari_tanggal} di {tempat}, {komite} bersidang ({nomor}) untuk {acara}, periode {periode}.",
        closing="Demikian untuk menjadi periksa.",
        signers="pimpinan",
        mengetahui_jabatan="Bupati Sukamaju Timur",
        mengetahui_nama="H. Darmawan Saleh, S.E.",
        mengetahui_nip=" 19700315 199503 1 002 ",
    )
    with demo_db.transaction() as session:
        save_template(session, actor, template)
    with demo_db.session() as session:
        stored = get_template(session)
        assert stored.mengetahui_nip == NIP_PPK  # written form normalised
        committee, meeting = _draft(session)
        document = berita_acara_document(session, meeting.id)
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert event.action == "setting.save" and event.entity_id == "berita_acara.template"
    assert document.kop.pemerintah == "PEMERINTAH KABUPATEN SUKAMAJU TIMUR"
    assert document.kop.alamat == "Jalan Merdeka Nomor 1, Martapura Baru 32181"
    assert document.opening.startswith(
        f"Pada {document.day_date} di {meeting.place}, {committee.name} bersidang"
    )
    assert f"({meeting.number})" in document.opening and document.opening.endswith(
        f"periode {meeting.period_label}."
    )
    assert document.closing == "Demikian untuk menjadi periksa."
    assert [s.role.split()[0] for s in document.signatories] == ["Ketua", "Sekretaris"]
    assert document.acknowledger.nama == "H. Darmawan Saleh, S.E." and document.acknowledger.nip == NIP_PPK


def test_signers_present_only_leaves_out_the_absent(demo_db, actor):
    with demo_db.transaction() as session:
        save_template(session, actor, BeritaAcaraTemplate(signers="hadir"))
        committee, meeting = _draft(session)
        for member in committee.members:
            set_attendance(session, actor, meeting.id, member.id, "hadir")
        set_attendance(session, actor, meeting.id, committee.members[-1].id, "tidak_hadir")
        document = berita_acara_document(session, meeting.id)
    assert len(document.signatories) == len(committee.members) - 1
    assert all(s.signed for s in document.signatories)


def test_a_final_record_keeps_the_wording_it_was_finalised_with(demo_db, actor):
    with demo_db.transaction() as session:
        committee, meeting = _draft(session)
        for member in committee.members:
            set_attendance(session, actor, meeting.id, member.id, "hadir")
        printed = finalize_meeting(session, actor, meeting.id)
        opening = berita_acara_document(session, meeting.id).opening
    with demo_db.transaction() as session:
        save_template(session, actor, BeritaAcaraTemplate(opening="Rapat {komite} pada {hari_tanggal}."))
    with demo_db.session() as session:
        document = berita_acara_document(session, meeting.id)
    assert document.opening == opening and fingerprint(document) == printed


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"opening": "  "}, "Paragraf pembuka wajib diisi."),
        (
            {"opening": "Pada {hari} di {tempat} dan {hari}"},
            "Paragraf pembuka: penanda {hari} tidak dikenal (yang tersedia: {hari_tanggal}, {waktu}, "
            "{tempat}, {komite}, {acara}, {periode}, {nomor}).",
        ),
        ({"opening": "Pada {hari_tanggal"}, "Paragraf pembuka: kurung kurawal { } hanya dipakai"),
        ({"opening": "Pada {tempat:>20}"}, "Paragraf pembuka: kurung kurawal { } hanya dipakai"),
        ({"opening": "Pada {0}"}, "Paragraf pembuka: kurung kurawal { } hanya dipakai"),
        ({"closing": ""}, "Paragraf penutup wajib diisi."),
        ({"signers": "bupati"}, "Penanda tangan: pilihan 'bupati' tidak dikenal."),
        ({"logo_path": "/tmp/lambang.svg"}, "Logo: berkas 'lambang.svg' bukan gambar PNG atau JPG."),
        ({"logo_path": "/tidak/ada/lambang.png"}, "Logo: berkas '/tidak/ada/lambang.png' tidak ditemukan."),
        ({"mengetahui_nama": "H. Darmawan"}, "Mengetahui: isi jabatan dan nama penanda tangan"),
        ({"mengetahui_nip": "1970031519950310"}, "Mengetahui: NIP '1970031519950310' tidak valid: "),
    ],
)
def test_each_problem_names_its_field_and_value(demo_db, actor, changes, message):
    template = dataclasses.replace(BeritaAcaraTemplate(), **changes)
    problems = validate_template(template)
    assert len(problems) == 1 and problems[0].startswith(message), problems
    with demo_db.transaction() as session, pytest.raises(TemplateError) as refused:
        save_template(session, actor, template)
    assert refused.value.problems == problems
    with demo_db.session() as session:
        assert get_template(session) == BeritaAcaraTemplate()  # nothing stored


def test_literal_braces_are_written_doubled(demo_db):
    template = BeritaAcaraTemplate(opening="Rapat {{luring}} di {tempat}.")
    assert validate_template(template) == []
    assert template.fill_opening({"tempat": "Aula"}) == "Rapat {luring} di Aula."


def test_a_stored_template_with_unknown_or_missing_fields_still_loads(demo_db, actor):
    from talenta_desktop.services.app_settings import put_setting

    with demo_db.transaction() as session:
        put_setting(session, actor, "berita_acara.template", {"closing": "Selesai.", "dari_versi_baru": "x"})
    with demo_db.session() as session:
        template = get_template(session)
    assert template.closing == "Selesai." and template.opening == DEFAULT_OPENING
