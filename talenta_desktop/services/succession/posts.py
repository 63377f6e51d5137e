"""Critical posts (jabatan target / kritikal), their successors, and bench strength (DOMAIN §6).

A post names the level a successor moves up to, its minimum golongan and BUP; the incumbent's retirement
from birth date and that BUP is the expected vacancy. Successors are proposed from the eligible KRS with a
readiness category, and confirmed by the committee (a decision of kind "suksesor" whose basis is the post).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import retirement_date
from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.golongan import golongan_by_code, parse_golongan
from talenta_desktop.domain.jabatan import JENJANG_TARGETS
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, joined
from talenta_desktop.domain.ninebox import TALENT_POOL_BOXES
from talenta_desktop.models import CriticalPost, Person, Successor, TalentPeriod, Unit
from talenta_desktop.models.succession import POST_KINDS

from ..actor import Actor
from ..audit import record
from ..talent.periods import _row as period_row
from ..talent.talent_map import TalentMap, current_boxes
from .candidates import SuccessionError, candidate_refusals, post_bup, post_row
from .settings import SuccessionSettings, get_settings

KIND_LABELS = {"target": "Jabatan target", "kritikal": "Jabatan kritikal"}


SUCCESSOR_STATUS_WORDS = {
    "usulan": QT_TRANSLATE_NOOP("services.succession.posts", "usulan"),
    "ditetapkan": QT_TRANSLATE_NOOP("services.succession.posts", "ditetapkan"),
    "batal": QT_TRANSLATE_NOOP("services.succession.posts", "batal"),
}


@dataclass(frozen=True)
class SuccessorInfo:
    id: int
    person_id: int
    nip: str
    nama: str
    jabatan: str | None
    box: int | None
    readiness: str
    readiness_label: str
    ready_now: bool
    status: str  # usulan | ditetapkan
    decision_id: int | None


@dataclass(frozen=True)
class PostInfo:
    id: int
    jabatan_nama: str
    kind: str
    unit_id: int | None
    unit: str | None
    jenis_jabatan: str | None
    jenjang_jabatan: str
    eselon: str | None
    min_golongan: str | None  # label, e.g. "III/d"
    bup: int
    incumbent_id: int | None
    incumbent: str | None  # name
    incumbent_nip: str | None
    vacancy_on: date | None  # the incumbent's retirement; None when vacant
    successors_needed: int
    successors: tuple[SuccessorInfo, ...]
    note: str | None

    @property
    def vacant(self) -> bool:
        return self.incumbent_id is None

    @property
    def ready_now(self) -> int:
        return sum(s.ready_now for s in self.successors)

    @property
    def ready_later(self) -> int:
        return sum(not s.ready_now for s in self.successors)

    def months_to_vacancy(self, today: date) -> int | None:
        """0 when vacant (or overdue), else whole months until the incumbent retires."""
        if self.vacancy_on is None:
            return 0
        months = (self.vacancy_on.year - today.year) * 12 + self.vacancy_on.month - today.month
        return max(months - (self.vacancy_on.day < today.day), 0)

    def lacks_ready(self) -> bool:
        return self.ready_now == 0

    def urgent(self, today: date, warning_months: int) -> bool:
        """Vacant, or vacant within ``warning_months``, and nobody ready now: what the Bupati asks about."""
        months = self.months_to_vacancy(today)
        return self.lacks_ready() and months is not None and months <= warning_months


def _min_golongan(raw: str | None) -> str | None:
    if raw is None or not str(raw).strip():
        return None
    try:
        found = parse_golongan(raw, "PNS")
    except RuleError as err:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Golongan paling rendah '{raw}': {err}"),
            raw=raw,
            err=err.user_message,
        ) from err
    return found.code


def _check_post(values: dict, session: Session) -> None:
    if "jabatan_nama" in values and not (values["jabatan_nama"] or "").strip():
        raise SuccessionError(QT_TRANSLATE_NOOP("services.succession.posts", "Nama jabatan wajib diisi."))
    if "kind" in values and values["kind"] not in POST_KINDS:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts",
                "Jenis jabatan '{kind}' tidak dikenal: pilih target atau kritikal.",
            ),
            kind=values["kind"],
        )
    if "jenjang_jabatan" in values and values["jenjang_jabatan"] not in JENJANG_TARGETS:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts",
                "Jenjang '{jenjang}' tidak dikenal sebagai jabatan target (pilih: {choices}).",
            ),
            jenjang=values["jenjang_jabatan"],
            choices=", ".join(JENJANG_TARGETS),
        )
    if values.get("bup") is not None and not 50 <= int(values["bup"]) <= 70:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "BUP harus 50–70 tahun, bukan {bup}."),
            bup=values["bup"],
        )
    if values.get("successors_needed") is not None and not 1 <= int(values["successors_needed"]) <= 10:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Jumlah suksesor harus 1–10, bukan {count}."),
            count=values["successors_needed"],
        )
    if values.get("incumbent_id") is not None and session.get(Person, values["incumbent_id"]) is None:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Pemangku jabatan #{person_id} tidak ditemukan."),
            person_id=values["incumbent_id"],
        )
    if values.get("unit_id") is not None and session.get(Unit, values["unit_id"]) is None:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Unit kerja #{unit_id} tidak ditemukan."),
            unit_id=values["unit_id"],
        )


def create_post(
    session: Session, actor: Actor, jabatan_nama: str, *, kind: str, jenjang_jabatan: str,
    unit_id: int | None = None, jenis_jabatan: str | None = None, eselon: str | None = None,
    min_golongan: str | None = None, bup: int | None = None, incumbent_id: int | None = None,
    successors_needed: int | None = None, note: str | None = None,
) -> int:  # fmt: skip
    values = dict(jabatan_nama=jabatan_nama, kind=kind, jenjang_jabatan=jenjang_jabatan, unit_id=unit_id, bup=bup,
                  incumbent_id=incumbent_id, successors_needed=successors_needed)  # fmt: skip
    _check_post(values, session)
    row = CriticalPost(
        jabatan_nama=jabatan_nama.strip(), kind=kind, jenjang_jabatan=jenjang_jabatan, unit_id=unit_id,
        jenis_jabatan=jenis_jabatan, eselon=eselon, min_golongan=_min_golongan(min_golongan), bup=bup,
        incumbent_id=incumbent_id,
        successors_needed=successors_needed or get_settings(session).successors_needed, note=note,
        created_by=actor.username,
    )  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor, "succession.post_create", entity="critical_post", entity_id=row.id,
           after={"jabatan": row.jabatan_nama, "kind": kind, "incumbent_id": incumbent_id})  # fmt: skip
    return row.id


_POST_FIELDS = ("jabatan_nama", "kind", "jenjang_jabatan", "unit_id", "jenis_jabatan", "eselon", "min_golongan",
                "bup", "incumbent_id", "successors_needed", "note", "active")  # fmt: skip


def update_post(session: Session, actor: Actor, post_id: int, **changes) -> None:
    row = post_row(session, post_id)
    unknown = set(changes) - set(_POST_FIELDS)
    if unknown:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Kolom jabatan tidak dapat diubah: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    _check_post(changes, session)
    if "min_golongan" in changes:
        changes["min_golongan"] = _min_golongan(changes["min_golongan"])
    before = {k: getattr(row, k) for k in changes}
    for key, value in changes.items():
        setattr(row, key, value.strip() if isinstance(value, str) and key == "jabatan_nama" else value)
    record(session, actor, "succession.post_update", entity="critical_post", entity_id=post_id,
           before=before, after=changes)  # fmt: skip


def list_posts(
    session: Session, period_label: str, *, settings: SuccessionSettings | None = None
) -> list[PostInfo]:
    """Active posts with incumbent, vacancy date and this period's successors (not cancelled)."""
    settings = settings or get_settings(session)
    period = period_row(session, period_label)
    posts = list(session.scalars(select(CriticalPost).where(CriticalPost.active).order_by(CriticalPost.id)))
    units = {u.id: u.nama for u in session.scalars(select(Unit))}
    rows = session.execute(
        select(Successor, Person)
        .join(Person, Person.id == Successor.person_id)
        .where(Successor.period_id == period.id, Successor.status != "batal")
        .order_by(Successor.id)
    ).all()
    boxes = current_boxes(session, period.id, [p.id for _, p in rows])  # the successors' boxes only
    by_post: dict[int, list[SuccessorInfo]] = {}
    for s, p in rows:
        level = settings.readiness_of(s.readiness)
        box = boxes.get(p.id)
        by_post.setdefault(s.post_id, []).append(
            SuccessorInfo(
                s.id,
                p.id,
                p.nip,
                p.nama,
                p.jabatan_nama,
                int(box) if box is not None else None,
                s.readiness,
                level.label if level else s.readiness,
                bool(level and level.ready_now),
                s.status,
                s.decision_id,
            )
        )
    out = []
    for post in posts:
        incumbent = session.get(Person, post.incumbent_id) if post.incumbent_id else None
        successors = sorted(by_post.get(post.id, []), key=lambda s: (not s.ready_now, -(s.box or 0), s.nama))
        out.append(
            PostInfo(
                post.id, post.jabatan_nama, post.kind, post.unit_id, units.get(post.unit_id), post.jenis_jabatan,
                post.jenjang_jabatan, post.eselon,
                golongan_by_code(post.min_golongan).label if post.min_golongan else None, post_bup(post),
                post.incumbent_id, incumbent.nama if incumbent else None, incumbent.nip if incumbent else None,
                retirement_date(incumbent.tanggal_lahir, post_bup(post)) if incumbent else None,
                post.successors_needed, tuple(successors), post.note,
            )
        )  # fmt: skip
    return out


def get_post(session: Session, period_label: str, post_id: int) -> PostInfo:
    post_row(session, post_id)
    return next(p for p in list_posts(session, period_label) if p.id == post_id)


# -- successors -----------------------------------------------------------------------------------------


def propose_successor(
    session: Session, actor: Actor, period_label: str, post_id: int, person_id: int, readiness: str,
    note: str | None = None, *, talent: TalentMap | None = None,
) -> int:  # fmt: skip
    """Name an eligible KRS member as successor with a readiness category (a proposal until confirmed);
    ``talent``: the period's talent map, when the caller already has it."""
    settings = get_settings(session)
    post = post_row(session, post_id)
    if not post.active:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts", "Jabatan {jabatan_nama} tidak lagi aktif sebagai jabatan target."
            ),
            jabatan_nama=post.jabatan_nama,
        )
    if settings.readiness_of(readiness) is None:
        known = ", ".join(r.label for r in settings.readiness)
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts", "Kategori kesiapan '{readiness}' tidak dikenal (pilih: {known})."
            ),
            readiness=readiness,
            known=known,
        )
    period = period_row(session, period_label)
    reasons = candidate_refusals(session, period_label, post_id, person_id, settings=settings, talent=talent)
    if reasons:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts", "Pegawai ini tidak memenuhi syarat calon suksesor: {reasons}"
            ),
            reasons=joined(reasons, " "),
        )
    existing = session.scalar(
        select(Successor).where(Successor.post_id == post_id, Successor.person_id == person_id,
                                Successor.period_id == period.id)
    )  # fmt: skip
    if existing is not None and existing.status != "batal":
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts",
                "Pegawai ini sudah diusulkan sebagai suksesor jabatan ini pada periode ini.",
            )
        )
    if existing is None:
        existing = Successor(
            post_id=post_id, person_id=person_id, period_id=period.id, created_by=actor.username
        )
        session.add(existing)
    existing.readiness, existing.status, existing.note, existing.decision_id = readiness, "usulan", note, None
    session.flush()
    record(session, actor, "succession.propose", entity="critical_post", entity_id=post_id,
           after={"successor_id": existing.id, "person_id": person_id, "readiness": readiness})  # fmt: skip
    return existing.id


def _successor(session: Session, successor_id: int) -> Successor:
    row = session.get(Successor, successor_id)
    if row is None:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Suksesor #{successor_id} tidak ditemukan."),
            successor_id=successor_id,
        )
    return row


def set_readiness(session: Session, actor: Actor, successor_id: int, readiness: str) -> None:
    settings = get_settings(session)
    if settings.readiness_of(readiness) is None:
        raise SuccessionError(
            QT_TRANSLATE_NOOP("services.succession.posts", "Kategori kesiapan '{readiness}' tidak dikenal."),
            readiness=readiness,
        )
    row = _successor(session, successor_id)
    before = row.readiness
    row.readiness = readiness
    record(session, actor, "succession.readiness", entity="critical_post", entity_id=row.post_id,
           before={"successor_id": successor_id, "readiness": before},
           after={"successor_id": successor_id, "readiness": readiness})  # fmt: skip


def withdraw_successor(session: Session, actor: Actor, successor_id: int) -> None:
    """Withdraw a proposal; a confirmed successor is changed only by a new committee decision."""
    row = _successor(session, successor_id)
    if row.status == "ditetapkan":
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts",
                "Suksesor ini sudah ditetapkan komite; perubahannya memerlukan keputusan rapat komite "
                "berikutnya.",
            )
        )
    row.status = "batal"
    record(session, actor, "succession.withdraw", entity="critical_post", entity_id=row.post_id,
           after={"successor_id": successor_id})  # fmt: skip


def confirm_successor(session: Session, actor: Actor, meeting_id: int, successor_id: int) -> int:
    """The committee confirms a proposed successor in the meeting being held; returns the decision id."""
    from ..committee import add_decision, get_meeting  # committee imports talent services; keep the cycle out

    row = _successor(session, successor_id)
    meeting = get_meeting(session, meeting_id)
    period = session.get(TalentPeriod, row.period_id)
    if meeting.period_label != period.label:
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts",
                "Rapat {number} membahas periode {period_label}; usulan suksesor ini untuk periode {label}.",
            ),
            number=meeting.number,
            period_label=meeting.period_label,
            label=period.label,
        )
    if row.status != "usulan":
        raise SuccessionError(
            QT_TRANSLATE_NOOP(
                "services.succession.posts", "Hanya usulan yang dapat ditetapkan (status kini {status})."
            ),
            status=SUCCESSOR_STATUS_WORDS.get(row.status, row.status),
        )
    post = post_row(session, row.post_id)
    level = get_settings(session).readiness_of(row.readiness)
    text = f"Ditetapkan sebagai suksesor {post.jabatan_nama} dengan kesiapan {level.label if level else row.readiness}."
    decision_id = add_decision(session, actor, meeting_id, "suksesor", text, person_id=row.person_id,
                               basis=post.jabatan_nama)  # fmt: skip
    row.status, row.decision_id = "ditetapkan", decision_id
    record(session, actor, "succession.confirm", entity="critical_post", entity_id=post.id,
           after={"successor_id": successor_id, "decision_id": decision_id})  # fmt: skip
    return decision_id


# -- the overview ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchSummary:
    posts: int
    talents: int  # KRS members in the period
    ratio: float  # talents per post ("analisis rasio"; no national norm)
    with_ready: int  # posts with at least one successor ready now
    urgent: tuple[int, ...]  # post ids vacant (soon) without a ready successor

    def describe(self) -> str:
        return (
            f"{self.posts} jabatan target, {self.talents} talenta KRS (rasio {self.ratio:.1f} talenta per jabatan)".replace(
                ".", ",", 1
            )
            + f"; {self.with_ready} jabatan mempunyai suksesor siap sekarang."
        )


def bench_summary(
    session: Session,
    period_label: str,
    *,
    today: date | None = None,
    posts: list[PostInfo] | None = None,
) -> BenchSummary:
    """``posts``: the period's list_posts() when the caller has just read it (not read twice)."""
    settings = get_settings(session)
    period = period_row(session, period_label)
    today = today or date.today()
    if posts is None:
        posts = list_posts(session, period_label, settings=settings)
    boxes = current_boxes(session, period.id)
    talents = int(boxes.isin(TALENT_POOL_BOXES).sum())
    urgent = tuple(p.id for p in posts if p.urgent(today, settings.vacancy_warning_months))
    return BenchSummary(len(posts), talents, talents / len(posts) if posts else 0.0,
                        sum(p.ready_now > 0 for p in posts), urgent)  # fmt: skip


def vacancy_text(post: PostInfo, today: date) -> str:
    """The expected vacancy in words, as the report prints it (Indonesian)."""
    return str(vacancy_message(post, today))


def vacancy_message(post: PostInfo, today: date) -> Message:
    """The expected vacancy in words, as the page shows it in the user's language."""
    if post.vacancy_on is None:
        return Message(QT_TRANSLATE_NOOP("services.succession.posts", "Lowong"))
    months = post.months_to_vacancy(today)
    when = post.vacancy_on
    if post.vacancy_on <= today:
        return Message(QT_TRANSLATE_NOOP("services.succession.posts", "Lowong sejak {when}"), when=when)
    if months == 0:
        return Message(
            QT_TRANSLATE_NOOP("services.succession.posts", "{when} (kurang dari sebulan lagi)"), when=when
        )
    if months < 24:
        return Message(
            QT_TRANSLATE_NOOP("services.succession.posts", "{when} ({months} bulan lagi)"),
            when=when,
            months=months,
        )
    return Message(QT_TRANSLATE_NOOP("services.succession.posts", "{when}"), when=when)
