"""The plan's figures and warnings above the cards: one line that says how the plan came out
(tables and their sizes, same municipality at a table, repeated pairs (here and at the earlier
conferences remembered), roles outside their rule, veiledere per table; in 4. kvadrant the
kommunegrupper and any group of one), what breaks a rule in the warning colour, and under it the plan's first warnings. It shows the plan it is handed and
reads nothing itself; its texts stay in the ``GroupsView`` translation context, where the English
translation has them.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.groups.plans import Plan
from ui.groups.plan_warnings import WARNING_COLOR, plan_message_text

#: At most this many plan warnings under the figures; the rest in the tooltip.
MAX_WARNINGS_SHOWN = 3
#: Between two figures: where a line too long for a narrow window wraps.
SEPARATOR = " · "


def _sizes(smallest: int, largest: int) -> str:
    return str(smallest) if smallest == largest else f"{smallest}–{largest}"


class FiguresPanel(QWidget):
    """The figures line (with room at its end for the section's buttons) and the warnings under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: Plan | None = None
        self._kvadrant = 1
        self._is_open = False
        self.figures_label = QLabel()
        self.figures_label.setTextFormat(Qt.TextFormat.RichText)
        self.figures_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.figures_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self._line = QHBoxLayout()
        self._line.setSpacing(8)
        self._line.addWidget(self.figures_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._line)
        layout.addWidget(self.warnings_label)
        self._update()

    def add_to_line(self, widget: QWidget) -> None:
        """Put a widget at the end of the figures line (the section's print and check-in buttons)."""
        self._line.addWidget(widget)

    def show_plan(self, plan: Plan | None, *, kvadrant: int, is_open: bool) -> None:
        """The plan of the kvadrant shown (None: none yet; with no file open, nothing is said)."""
        self._plan = plan
        self._kvadrant = kvadrant
        self._is_open = is_open
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update()
        super().changeEvent(event)

    def figures_text(self) -> str:
        """The plan's figures as plain text (the label shows the same with warnings coloured)."""
        return "".join(text for text, _warn in self._figure_parts())

    def _figure_parts(self) -> list[tuple[str, bool]]:
        plan = self._plan
        if plan is None:
            if not self._is_open:
                return []
            text = QCoreApplication.translate("GroupsView", "Ingen grupper ennå for {kvadrant}. kvadrant.")
            return [(text.format(kvadrant=self._kvadrant), False)]
        separator = (SEPARATOR, False)
        if self._kvadrant == 4:
            shown = [t for t in plan.tables if t.members]
            sizes = [len(t.present_members) for t in shown] or [0]
            singles = sum(1 for w in plan.warnings if w.code == "group_single")
            groups = QCoreApplication.translate("GroupsView", "{n} kommunegrupper à {sizes}")
            parts = [(groups.format(n=len(shown), sizes=_sizes(min(sizes), max(sizes))), False)]
            if singles:
                alone = QCoreApplication.translate("GroupsView", "{n} med bare én deltaker").format(n=singles)
                parts += [separator, (alone, True)]
            return parts
        f = plan.figures
        return [
            (
                QCoreApplication.translate("GroupsView", "{n} bord à {sizes}").format(
                    n=f.tables, sizes=_sizes(f.smallest, f.largest)
                ),
                False,
            ),
            separator,
            (
                QCoreApplication.translate("GroupsView", "samme kommune ved bord: {pairs} (minimum {minimum})").format(
                    pairs=f.same_unit_pairs, minimum=f.same_unit_minimum
                ),
                f.same_unit_pairs > f.same_unit_minimum,
            ),
            separator,
            (self._repeats_text(f.repeat_pairs, f.earlier_conferences), f.repeat_pairs > 0),
            separator,
            (
                QCoreApplication.translate("GroupsView", "roller utenfor: {n}").format(n=f.roles_outside),
                f.roles_outside > 0,
            ),
            separator,
            (
                QCoreApplication.translate("GroupsView", "veiledere per bord: {range}").format(
                    range=_sizes(f.veiledere_fewest, f.veiledere_most)
                ),
                f.veiledere_most - f.veiledere_fewest > 1,
            ),
        ]

    @staticmethod
    def _repeats_text(pairs: int, earlier: int) -> str:
        """Repeats in this file's used plans, or also at the earlier conferences it remembers."""
        if earlier == 0:
            return QCoreApplication.translate("GroupsView", "gjentatte par: {n}").format(n=pairs)
        if earlier == 1:
            text = QCoreApplication.translate("GroupsView", "{n} par har møtt hverandre før (av 1 tidligere konferanse)")
        else:
            text = QCoreApplication.translate(
                "GroupsView", "{n} par har møtt hverandre før (av {files} tidligere konferanser)"
            )
        return text.format(n=pairs, files=earlier)

    @staticmethod
    def _rich(text: str, warn: bool) -> str:
        escaped = html.escape(text)
        return f"<span style='color:{WARNING_COLOR.name()}'>{escaped}</span>" if warn else escaped

    def _update(self) -> None:
        rich = "".join(
            html.escape(text) if text == SEPARATOR else f"<span style='white-space:nowrap'>{self._rich(text, warn)}</span>"
            for text, warn in self._figure_parts()
        )
        self.figures_label.setText(rich)
        warnings = [plan_message_text(w) for w in (self._plan.warnings if self._plan else ())]
        shown = warnings[:MAX_WARNINGS_SHOWN]
        lines = [f"⚠ {html.escape(text)}" for text in shown]
        if len(warnings) > len(shown):
            more = QCoreApplication.translate("GroupsView", "… og {n} til").format(n=len(warnings) - len(shown))
            lines.append(html.escape(more))
        self.warnings_label.setText(
            f"<div style='color:{WARNING_COLOR.name()}'>" + "<br>".join(lines) + "</div>" if lines else ""
        )
        self.warnings_label.setToolTip("\n".join(warnings) if len(warnings) > len(shown) else "")
        self.warnings_label.setVisible(bool(lines))
