"""The agency's template for the berita acara (DOMAIN §5: no official one exists, so it is configurable).

The kop, the wording of the opening and closing paragraphs, who signs, and an optional acknowledging
signature ("Mengetahui", e.g. the PPK). A blank kop line falls back to the instansi record. The opening
is written with named placeholders — ``{hari_tanggal}``, ``{tempat}`` … — filled in per meeting; a
finalised meeting keeps the text as it was filled in, so later template edits never change a record.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from talenta_desktop.domain.nip import parse_nip

from .actor import Actor
from .app_settings import get_setting, put_setting

SETTING_KEY = "berita_acara.template"

# What each placeholder becomes, with an example for the settings dialog.
PLACEHOLDERS = {
    "hari_tanggal": "Senin, 17 November 2025",
    "waktu": "09.00–12.00 WIB",
    "tempat": "Ruang Rapat Sekretariat Daerah",
    "komite": "Komite Talenta Instansi",
    "acara": "penetapan hasil pemetaan talenta",
    "periode": "2025",
    "nomor": "800.1.3/BA-01/KT/2025",
}

# Who signs: every member (an absent one keeps an empty, marked line), only those present, or only the
# ketua and sekretaris.
SIGNERS = ("semua", "hadir", "pimpinan")

DEFAULT_OPENING = (
    "Pada hari ini, {hari_tanggal}, pukul {waktu}, bertempat di {tempat}, telah dilaksanakan rapat "
    "{komite} dalam rangka {acara} periode {periode}, dengan hasil sebagai berikut."
)
DEFAULT_CLOSING = (
    "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."
)


class TemplateError(ValueError):
    """The template cannot be saved; ``problems`` lists each one (field and value named), in Indonesian;
    ``problem_messages`` the same, for the screen."""

    def __init__(self, problems: list[Message] | list[str]) -> None:
        self.problem_messages = [p if isinstance(p, Message) else Message(p) for p in problems]
        self.problems = [str(p) for p in self.problem_messages]
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class BeritaAcaraTemplate:
    kop_pemerintah: str = ""  # blank: "PEMERINTAH …" from the instansi record
    kop_instansi: str = ""  # blank: the BKPSDM's name from the instansi record
    kop_alamat: str = ""  # blank: the instansi's address
    logo_path: str = ""  # PNG or JPG of the regional emblem
    opening: str = DEFAULT_OPENING
    closing: str = DEFAULT_CLOSING
    signers: str = "semua"
    mengetahui_jabatan: str = ""  # e.g. "Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian"
    mengetahui_nama: str = ""
    mengetahui_nip: str = ""

    def fill_opening(self, values: dict[str, str]) -> str:
        return self.opening.strip().format_map(values)


def _placeholders(text: str) -> list[str]:
    """The placeholder names in ``text``; raises ValueError on an unpaired brace or a format spec."""
    names = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise ValueError(name)
        names.append(name)
    return names


def validate_template(template: BeritaAcaraTemplate) -> list[str]:
    """Every problem with the template, each naming the field and the value; empty when it can be saved."""
    return [str(problem) for problem in template_problems(template)]


def template_problems(template: BeritaAcaraTemplate) -> list[Message]:
    """:func:`validate_template` as messages, for a screen in the user's language."""
    problems: list[Message] = []
    known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    if not template.opening.strip():
        problems.append(
            Message(QT_TRANSLATE_NOOP("services.berita_acara_template", "Paragraf pembuka wajib diisi."))
        )
    else:
        try:
            unknown = [n for n in _placeholders(template.opening) if n not in PLACEHOLDERS]
        except ValueError:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.berita_acara_template",
                        "Paragraf pembuka: kurung kurawal {{ }} hanya dipakai untuk penanda seperti {example}; "
                        "tulis {{{{ atau }}}} untuk kurung kurawal biasa.",
                    ),
                    example="{tempat}",
                )
            )
        else:
            problems += [
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.berita_acara_template",
                        "Paragraf pembuka: penanda {placeholder} tidak dikenal (yang tersedia: {known}).",
                    ),
                    placeholder="{" + name + "}",
                    known=known,
                )
                for name in dict.fromkeys(unknown)
            ]
    if not template.closing.strip():
        problems.append(
            Message(QT_TRANSLATE_NOOP("services.berita_acara_template", "Paragraf penutup wajib diisi."))
        )
    if template.signers not in SIGNERS:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.berita_acara_template", "Penanda tangan: pilihan {choice} tidak dikenal."
                ),
                choice=repr(template.signers),
            )
        )
    if template.logo_path.strip():
        path = Path(template.logo_path.strip())
        if path.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.berita_acara_template", "Logo: berkas {name} bukan gambar PNG atau JPG."
                    ),
                    name=repr(path.name),
                )
            )
        elif not path.is_file():
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.berita_acara_template", "Logo: berkas {path} tidak ditemukan."
                    ),
                    path=repr(str(path)),
                )
            )
    if bool(template.mengetahui_jabatan.strip()) != bool(template.mengetahui_nama.strip()):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.berita_acara_template",
                    "Mengetahui: isi jabatan dan nama penanda tangan, atau kosongkan keduanya.",
                )
            )
        )
    if template.mengetahui_nip.strip():
        try:
            parse_nip(template.mengetahui_nip)
        except RuleError as err:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.berita_acara_template", "Mengetahui: NIP {nip} tidak valid: {reason}"
                    ),
                    nip=repr(template.mengetahui_nip.strip()),
                    reason=err.user_message,
                )
            )
    return problems


def get_template(session: Session) -> BeritaAcaraTemplate:
    """The saved template, or the default; fields a newer version added fall back to their defaults."""
    stored = get_setting(session, SETTING_KEY) or {}
    fields = {f.name for f in dataclasses.fields(BeritaAcaraTemplate)}
    return BeritaAcaraTemplate(**{k: str(v) for k, v in stored.items() if k in fields and v is not None})


def save_template(session: Session, actor: Actor, template: BeritaAcaraTemplate) -> None:
    problems = template_problems(template)
    if problems:
        raise TemplateError(problems)
    cleaned = {k: v.strip() for k, v in dataclasses.asdict(template).items()}
    if cleaned["mengetahui_nip"]:
        cleaned["mengetahui_nip"] = parse_nip(cleaned["mengetahui_nip"]).nip
    put_setting(session, actor, SETTING_KEY, cleaned)
