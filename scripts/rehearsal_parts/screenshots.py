"""Screenshots of the rehearsal (``--screenshots FOLDER``): the main window and the projector.

One PNG after each step that says what it did, and one every ten simulated minutes, each with the
main window and (when it is shown) the projector side by side, named by the simulated time.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .harness import Harness


def snap_step(r: Harness, what: str) -> None:
    """A screenshot after a step, named from its time and what it did."""
    if r.shots is None:
        return
    slug = re.sub(r"[^a-z0-9]+", "-", what.lower().replace("→", "next")).strip("-")[:40] or "step"
    snap(r, f"rehearsal-{r.clock.now():%H%M}-{slug}.png")


def snap(r: Harness, name: str) -> None:
    """The main window and, beside it, the projector, in one PNG."""
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtGui import QColor, QImage, QPainter

    if r.shots is None or not r.session.is_open:
        return
    QCoreApplication.sendPostedEvents()  # layouts and repaints asked for by the step
    r.controller.refresh()
    r.shots.mkdir(parents=True, exist_ok=True)
    main = r.window.grab()
    parts = [main]
    if r.projector.is_shown:
        parts.append(r.projector.window.grab())
    gap = 16
    width = sum(p.width() for p in parts) + gap * (len(parts) + 1)
    height = max(p.height() for p in parts) + 2 * gap
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a8f98"))
    painter = QPainter(image)
    x = gap
    for part in parts:
        painter.drawPixmap(QPoint(x, gap), part)
        x += part.width() + gap
    painter.end()
    image.save(str(r.shots / name))


async def snap_every(r: Harness, minutes: float) -> None:
    """A screenshot every ``minutes`` simulated minutes, until cancelled."""
    while True:
        await r.clock.sleep(minutes)
        snap(r, f"rehearsal-{r.clock.now():%H%M}.png")
