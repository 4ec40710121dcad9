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
from app.minutes.pdf_fonts import draw_text
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
from app.minutes.delivery_text import delivered_text, delivery_words, moment_text
from app.minutes.pdf_page_numbers import _numbered_canvas, _PageNumbers, set_section
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
    wrap_to_fit,
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


def task_questions(task_text: str) -> list[str]:
    """The questions of a task, one per line that ends with "?" (bullets and dashes taken off):
    the kommune sheet gives each an answer section."""
    out = []
    for line in task_text.replace("\r\n", "\n").split("\n"):
        text = clean(line).lstrip("-–—•*· ").strip()
        if text.endswith("?"):
            out.append(text)
    return out


class _AnswerArea(Flowable):
    """A question over ruled lines to write the answer on. ``fill`` lines it down to the foot of
    the page (the last section); if fewer than ``least`` lines fit, it starts a new page."""

    def __init__(self, question: str, hint: str = "", *, least: int = 5, fill: bool = False, pitch: float = 22.0) -> None:
        super().__init__()
        self.question, self.hint = question, hint
        self.least, self.fill, self.pitch = least, fill, pitch

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines, self.size = wrap_to_fit(self.question, FONT_BOLD, 10.5, availWidth, min_size=9, max_lines=4)
        self.top = len(self.lines) * self.size * 1.3 + (14 if self.hint else 4)
        want = self.top + self.pitch * self.least
        self.height = availHeight - 2 if self.fill and want <= availHeight < 10_000 else want
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height - self.size
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, self.size)
        for line in self.lines:
            draw_text(canv, 0, y, line, FONT_BOLD, self.size)
            y -= self.size * 1.3
        if self.hint:
            canv.setFillColor(GREY)
            canv.setFont(FONT, 9)
            draw_text(canv, 0, y + 2, self.hint, FONT, 9)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        y = self.height - self.top - self.pitch
        while y >= 0:
            canv.line(0, y, self.width, y)
            y -= self.pitch


def prepare_folder(folder: str | Path) -> Path:
    target = Path(folder).expanduser().absolute()
    try:
        if target.exists() and not target.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target))
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KvadrantError("file_io_error", path=str(target), detail=error.strerror or str(error)) from None
    return target


class KommuneSheet:
    """One kommunegruppe's sheet: a form to fill in, or the note as it came in."""

    def __init__(self, minutes: Minutes, block: MinutesBlock, group: MinutesGroup, lang: str) -> None:
        self.m, self.block, self.group, self.lang = minutes, block, group, lang
        self.w = words(lang)
        self.s = _styles()
        self.emails = {p.id: clean(p.email) for p in minutes.participants}

    def title(self) -> str:
        return clean(self.group.label) or f"{self.w['group']} {self.group.number}"

    def section(self) -> str:
        """The running header's name for this sheet's pages."""
        return f"{kind_name(self.block.block.kind, self.lang)} · {self.title()}"

    def state_text(self) -> str:
        """"Levert 3. mars 2020 kl. 10.12", "Utkast, ikke levert (sist lagret …)" or "Ikke levert"."""
        summary = self.group.summary
        if summary is None or not summary.text.strip():
            return self.w["not_delivered"]
        if summary.delivered:
            row = next(d for d in self.block.deliveries if d.group == self.group.number)
            return f"{self.w['delivered']} {delivered_text(self.m, row, self.lang)}".strip()
        saved = f" ({self.w['updated'].lower()} {moment_text(self.m, summary.updated_at, self.lang)})" if summary.updated_at else ""
        return delivery_words(self.lang)["state_writing"] + saved

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

        # When, the deadline, the note's state, veileder, ordstyrer and referent.
        facts: list[tuple[str, str]] = [(w["when"], markup(_planned_text(self.block, lang)))]
        deadline = self.deadline_date_text()
        if deadline:
            facts.append((w["deadline"], f"<b>{markup(deadline)}</b>"))
        facts.append((w["status"], markup(self.state_text())))
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
        out += self.task_box()
        out.append(Spacer(0, 14))
        return out + self.note()

    def task_box(self) -> list[Flowable]:
        """The task as given (with where to send the note: this sheet is what the group takes
        home), and the deadline with the deadline note."""
        s, w = self.s, self.w
        b = self.block.block
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
            veiledere = self.group.veiledere
            if veiledere and any(self.emails.get(v.participant_id) for v in veiledere):
                send = ", ".join(
                    f"{clean(v.name)} ({self.emails[v.participant_id]})" if self.emails.get(v.participant_id) else clean(v.name)
                    for v in veiledere
                )
                task.append(Paragraph(f"<b>{markup(w['send_to'])}:</b> {markup(send)}", ParagraphStyle("st", parent=s["task"], spaceBefore=3)))
        return [_boxed(task, CONTENT_WIDTH)]

    def note(self) -> list[Flowable]:
        """The note as delivered; a draft marked as one, then the form; else the form: an answer
        section per question of the task, ruled to write on."""
        s, w = self.s, self.w
        heading = Paragraph(markup(w["kommune_note"]), ParagraphStyle("nh", parent=s["h1"], fontSize=13, leading=17, spaceAfter=2))
        summary = self.group.summary
        out: list[Flowable] = []
        if summary is not None and summary.text.strip():
            state = Paragraph(markup(self.state_text()), s["meta"])
            body = text_flowables(summary.text, s["para"], CONTENT_WIDTH, first_style=s["body"])
            out += [KeepTogether([heading, state, body[0]]), *body[1:]]
            if summary.delivered:
                return out
            out.append(Spacer(0, 16))
        questions = task_questions(self.block.block.task_text) or [w["kommune_note"]]
        areas: list[Flowable] = []
        for index, question in enumerate(questions):
            last = index == len(questions) - 1
            hint = w["note_hint"] if index == 0 and not out else ""
            areas.append(_AnswerArea(question, hint, least=6 if last else 5, fill=last))
            if not last:
                areas.append(Spacer(0, 10))
        if not out:  # the heading stays with the first section
            return [KeepTogether([heading, areas[0]]), *areas[1:]]
        return out + areas

    def deadline_date_text(self) -> str:
        """The deadline as a real date (and time on the day, when it has one)."""
        b = self.block
        if b.block.summary_deadline is not None:
            when = long_date(self.m.conference.date, self.lang)
            return f"{when} {self.w['clock']} {hhmm(b.block.summary_deadline)}".strip()
        return long_date(b.deadline_date, self.lang)

    def deadline_text(self) -> str:
        note = clean(self.block.block.summary_deadline_note)
        return " – ".join(p for p in (self.deadline_date_text(), note) if p)


def _folded(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def sheet_section(section: str) -> Flowable:
    """An invisible mark that names the pages after it in the running header."""

    class _Section(Flowable):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            set_section(self.canv, section)

    return _Section()


def write_sheets_pdf(path: Path, story: list[Flowable], *, title: str, header: str, subject: str, lang: str) -> Path:
    """A kommune sheet, or a bundle of them, as an A4 PDF with running header and page numbers."""
    register_fonts()

    def build(temp: str) -> None:
        doc = a4_document(temp, title=drawable(title), subject=drawable(subject), lang=lang)
        doc.addPageTemplates(page_templates(None))
        canvas = _numbered_canvas(lang, _PageNumbers(), header_title=header, skip_first=False)
        doc.build(story, canvasmaker=canvas)

    return write_atomically(path, build)


def sheets_header(minutes: Minutes, lang: str) -> str:
    """The running header's left side: the conference and its date."""
    return " · ".join(p for p in (clean(minutes.conference.title), long_date(minutes.conference.date, lang)) if p)


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
    target = prepare_folder(folder)
    if progress is not None:
        progress(0.0)
    block = kommune_block(minutes)
    groups = block.groups if block is not None else ()
    digits = max(2, len(str(max((g.number for g in groups), default=0))))
    written: list[Path] = []
    for index, group in enumerate(groups, start=1):
        assert block is not None
        name = safe_file_name(group.number, group.label, digits=digits, fallback=words(lang)["group"])
        sheet = KommuneSheet(minutes, block, group, lang)
        story = [sheet_section(sheet.section()), *sheet.story()]
        written.append(write_sheets_pdf(
            target / name, story, title=f"{words(lang)['kommune_sheet']} – {sheet.title()}",
            header=sheets_header(minutes, lang), subject=clean(minutes.conference.title), lang=lang,
        ))
        if progress is not None:
            progress(index / len(groups))
    if progress is not None and not groups:
        progress(1.0)
    return written


__all__ = ["KommuneSheet", "kommune_block", "safe_file_name", "task_questions", "write_kommune_pdfs"]
