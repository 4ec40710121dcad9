"""The "who moved where" bar on its own: newest check-in on top, at most three kept, and it stays
until closed."""
from __future__ import annotations

from ui.groups.notice_bar import MAX_NOTICES, NoticeBar


def test_the_bar_keeps_the_latest_check_ins_until_closed(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = NoticeBar()
    qtbot.addWidget(bar)
    assert bar.isHidden()
    for n in range(1, 5):
        bar.add(f"<b>10:0{n}</b> Person {n} er til stede.")
    assert not bar.isHidden() and len(bar.entries) == MAX_NOTICES == 3
    assert bar.entries[0].endswith("Person 4 er til stede.")
    assert bar.plain_text().splitlines() == [f"10:0{n} Person {n} er til stede." for n in (4, 3, 2)]
    bar.close_button.click()
    assert bar.isHidden() and bar.entries == [] and bar.plain_text() == ""
