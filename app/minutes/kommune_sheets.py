"""One short PDF per kommunegruppe (4. kvadrant): the group's task sheet, or its note.

Each sheet has the group's members, their veileder (with e-mail, where the note goes), the task
("Refleksjoner og nye ideer, veien videre for oss, neste steg"), when it happens and the deadline,
and the group's note. Where 4. kvadrant happens after the conference (no start and end in the
programme, as at Gardermoen 2020) and no note has come in yet, the sheet ends with lined space to
write the note on: it is the task sheet the group takes home.

Files are named from the group's number and label ("04-Sunnfjord.pdf"), safe on Windows, macOS
and Linux, and numbered so they sort.
"""
from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from app.common.messages import KvadrantError
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup
from app.minutes.pdf_groups import _boxed, _members_table
from app.minutes.pdf_layout import (
    ACCENT,
    CONTENT_WIDTH,
    GREY,
    RULE,
    _hex,
    _styles,
    _table_style,
    a4_document,
    page_templates,
)
from app.minutes.pdf_page_numbers import _numbered_canvas, _PageNumbers
from app.minutes.pdf_programme import _planned_text
from app.conference_file.conference import kind_name
from app.minutes.wording import hhmm, long_date, words
from app.minutes.pdf_support import (
    FONT,
    FONT_BOLD,
    _one_line,
    drawable,
    markup,
    register_fonts,
    text_flowables,
    write_atomically,
)
from app.common.text import clean

#: Characters no file name may hold on one of the three systems.
_FORBIDDEN = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f]')
_MAX_NAME = 80


def safe_file_name(number: int, label: str, *, digits: int = 2, fallback: str = "Gruppe") -> str:
    """``04-Sunnfjord.pdf``: the number first (zero-padded so names sort), then the label with
    the characters Windows, macOS or Linux refuse taken out; æøå are kept."""
    text = unicodedata.normalize("NFC", drawable(label))
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())
    text = text.strip(" .")  # Windows drops a trailing dot or space; a leading dot hides the file
    text = text[:_MAX_NAME].rstrip(" .")
    if not text:
        text = f"{fallback} {number}"
    return f"{number:0{digits}d}-{text}.pdf"


def kommune_block(minutes: Minutes) -> MinutesBlock | None:
    """The 4. kvadrant block with groups, if the programme has one."""
    return next((b for b in minutes.group_blocks if b.block.kvadrant == 4), None)


class _NoteArea(Flowable):
    """The note's heading, a hint, and ruled lines to write on down to the foot of the page.

    If fewer than ``least`` lines fit below the task, the whole area starts a new page (and fills
    it), so the heading never sits alone at the bottom."""

    def __init__(self, heading: str, hint: str, *, pitch: float = 24.0, least: int = 6) -> None:
        super().__init__()
        self.heading = drawable(heading)
        self.hint = drawable(hint)
        self.pitch = pitch
        self.least = least
        self.top = 38.0  # heading and hint

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        want = self.top + self.pitch * self.least
        self.height = availHeight - 2 if want <= availHeight < 10_000 else want
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height - 13
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 13)
        canv.drawString(0, y, self.heading)
        y -= 15
        canv.setFillColor(GREY)
        canv.setFont(FONT, 9)
        canv.drawString(0, y, self.hint)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        y = self.height - self.top - self.pitch
        while y >= 0:
            canv.line(0, y, self.width, y)
            y -= self.pitch


def _prepare_folder(folder: str | Path) -> Path:
    target = Path(folder).expanduser().absolute()
    try:
        if target.exists() and not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target))
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KvadrantError("file_io_error", path=str(target), detail=error.strerror or str(error)) from None
    return target


class _Sheet:
    def __init__(self, minutes: Minutes, block: MinutesBlock, group: MinutesGroup, lang: str) -> None:
        self.m, self.block, self.group, self.lang = minutes, block, group, lang
        self.w = words(lang)
        self.s = _styles()
        self.emails = {p.id: clean(p.email) for p in minutes.participants}

    @property
    def after_conference(self) -> bool:
        b = self.block.block
        return b.start is None and b.end is None

    def title(self) -> str:
        return clean(self.group.label) or f"{self.w['group']} {self.group.number}"

    def story(self) -> list[Flowable]:
        s, w, lang = self.s, self.w, self.lang
        group, b = self.group, self.block.block
        kicker = ParagraphStyle("kicker", parent=s["label"], fontSize=9.5, spaceBefore=0, spaceAfter=2)
        out: list[Flowable] = [
            Paragraph(markup(w["kommune_sheet"].upper()), kicker),
            Paragraph(_one_line(self.title()), ParagraphStyle("kt", parent=s["h1"], fontSize=22, leading=27, spaceAfter=2)),
            Paragraph(markup(f"{w['kommunegruppe']} {group.number} · {kind_name(b.kind, lang)}"), s["meta"]),
            Spacer(0, 10),
        ]

        # When, veileder, ordstyrer and referent.
        facts: list[tuple[str, str]] = [(w["when"], markup(_planned_text(self.block, lang)))]
        veiledere = group.veiledere
        if veiledere:
            names = []
            for v in veiledere:
                email = self.emails.get(v.participant_id, "")
                names.append(_one_line(v.name) + (f' <font color="{_hex(GREY)}">· {markup(email)}</font>' if email else ""))
            facts.append((w["veileder"], "<br/>".join(names)))
        if group.ordstyrer:
            facts.append((w["ordstyrer"], _one_line(group.ordstyrer)))
        if group.referent:
            facts.append((w["referent"], _one_line(group.referent)))
        rows = [[Paragraph(markup(label), s["cell_bold"]), Paragraph(value, s["cell"])] for label, value in facts]
        table = Table(rows, colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm], hAlign="LEFT")
        table.setStyle(_table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        out += [table, Spacer(0, 8)]

        # Members.
        out.append(KeepTogether([
            Paragraph(markup(w["members"]), ParagraphStyle("ml", parent=s["label"], spaceBefore=0, spaceAfter=3)),
            _members_table(group.members, s, lang, CONTENT_WIDTH),
        ]))
        out.append(Spacer(0, 12))

        # The task, and the deadline.
        inner = CONTENT_WIDTH - 20
        task: list[Flowable] = [Paragraph(markup(w["task"]), ParagraphStyle("tl", parent=s["label"], spaceBefore=0))]
        steps = w["next_steps"]
        if _folded(steps) not in _folded(b.task_text):
            task.append(Paragraph(f"<b>{markup(steps)}</b>", s["task"]))
        if b.task_text.strip():
            task += text_flowables(b.task_text, ParagraphStyle("tp", parent=s["task"], spaceBefore=5), inner,
                                   first_style=ParagraphStyle("tp0", parent=s["task"], spaceBefore=4 if len(task) > 1 else 0))
        deadline = self.deadline_text()
        if deadline:
            task.append(Paragraph(markup(w["deadline"]), s["label"]))
            task.append(Paragraph(markup(deadline), s["task"]))
            if veiledere and any(self.emails.get(v.participant_id) for v in veiledere):
                send = ", ".join(
                    f"{clean(v.name)} ({self.emails[v.participant_id]})" if self.emails.get(v.participant_id) else clean(v.name)
                    for v in veiledere
                )
                task.append(Paragraph(f"<b>{markup(w['send_to'])}:</b> {markup(send)}", ParagraphStyle("st", parent=s["task"], spaceBefore=3)))
        out.append(_boxed(task, CONTENT_WIDTH))
        out.append(Spacer(0, 14))

        # The note: what came in, else room to write it.
        heading = Paragraph(markup(w["kommune_note"]), ParagraphStyle("nh", parent=s["h1"], fontSize=13, leading=17, spaceAfter=2))
        summary = group.summary
        if summary is not None and summary.text.strip():
            body = text_flowables(summary.text, s["para"], CONTENT_WIDTH, first_style=s["body"])
            out.append(KeepTogether([heading, body[0]]))
            out += body[1:]
        else:
            out.append(_NoteArea(w["kommune_note"], w["note_hint"]))
        return out

    def deadline_text(self) -> str:
        b = self.block.block
        parts = []
        if b.summary_deadline is not None:
            when = long_date(self.m.conference.date, self.lang)
            parts.append(f"{when} {self.w['clock']} {hhmm(b.summary_deadline)}".strip())
        note = clean(b.summary_deadline_note)
        if note:
            parts.append(note)
        return " – ".join(parts)

    def write(self, path: Path) -> Path:
        register_fonts()
        w = self.w
        conference = clean(self.m.conference.title)
        date = long_date(self.m.conference.date, self.lang)
        header = " · ".join(p for p in (conference, date) if p)
        story = self.story()

        def build(temp: str) -> None:
            doc = a4_document(
                temp, title=f"{w['kommune_sheet']} – {drawable(self.title())}", subject=drawable(conference), lang=self.lang
            )
            doc.addPageTemplates(page_templates(None))
            canvas = _numbered_canvas(self.lang, _PageNumbers(), header_title=drawable(header), skip_first=False)
            section = f"{kind_name(self.block.block.kind, self.lang)} · {self.title()}"

            class _Section(Flowable):
                def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
                    return 0, 0

                def draw(self) -> None:
                    self.canv._kv_section = section

            doc.build([_Section(), *story], canvasmaker=canvas)

        return write_atomically(path, build)


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def write_kommune_pdfs(
    minutes: Minutes,
    folder: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> list[Path]:
    """One PDF per kommunegruppe of 4. kvadrant in ``folder`` (made if missing); their paths.

    No 4. kvadrant groups: no files, an empty list. ``folder`` being a file, or anything that
    cannot be written, raises :class:`app.common.messages.KvadrantError` ``file_io_error``.
    """
    target = _prepare_folder(folder)
    if progress is not None:
        progress(0.0)
    block = kommune_block(minutes)
    groups = block.groups if block is not None else ()
    digits = max(2, len(str(max((g.number for g in groups), default=0))))
    written: list[Path] = []
    for index, group in enumerate(groups, start=1):
        name = safe_file_name(group.number, group.label, digits=digits, fallback=words(lang)["group"])
        assert block is not None
        written.append(_Sheet(minutes, block, group, lang).write(target / name))
        if progress is not None:
            progress(index / len(groups))
    if progress is not None and not groups:
        progress(1.0)
    return written


__all__ = ["kommune_block", "safe_file_name", "write_kommune_pdfs"]

