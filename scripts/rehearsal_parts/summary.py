"""What the rehearsal tells at the end: what ran, read back from the closed conference file.

The blocks as planned and as run, who moved at check-in, the chimes, the referater of 1. kvadrant,
what the phones did, the busy file's retries and the exported files, then one ``summary:`` line of
figures for a test to read.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .day import hm

if TYPE_CHECKING:
    from .harness import Harness


def summary(r: Harness) -> str:
    """What ran, read back from the conference file after it was closed."""
    from app.groups.plans import current_plan
    from app.run.day_runner import DayRunner
    from app.conference_file.storage import ConferenceDb
    from app.referent.summaries import block_for_kvadrant, board

    lines = []
    now = hm(r.clock.now())
    if r.closed_by_person:
        lines.append(f"Stopped: the window was closed, at {now} (simulated).")
    elif r.stopped_early:
        lines.append(f"Stopped after {r.args.seconds:g} s, at {now} (simulated).")
    else:
        lines.append(f"The day is over ({now}, simulated).")
    if not r.path.exists():
        lines.append("summary: blocks_run=0 summaries_delivered=0 phone_saves=0 files_exported=0")
        return "\n".join(lines)
    db = ConferenceDb.open(r.path)
    try:
        timings = [t for t in DayRunner(db, r.clock.fake).timings() if t.actual_start is not None]
        block = block_for_kvadrant(db, 1)
        result = board(db, block.id) if block is not None and current_plan(db, 1) is not None else None
    finally:
        db.close()
    lines.append(f"Blocks run: {len(timings)}")
    for t in timings:
        planned = f"{hm(t.planned_start)}–{hm(t.planned_end)}"
        actual = f"{hm(t.actual_start)}–{hm(t.actual_end) if t.actual_end else '(running)'}"
        lines.append(f"  {actual:<20} {t.block.title}  (planned {planned})")
    if r.counts.moved:
        lines.append("Check-in (who came or went, and who moved where):")
        for moved in r.counts.moved:
            lines.append(f"  {moved}")
    chime = r.controller.chime
    sound = "with sound" if getattr(chime, "available", False) else "no sound on this machine"
    lines.append(f"Speaker rotation in 1. kvadrant: {getattr(chime, 'requests', 0)} chimes ({sound})")
    delivered = 0
    if result is not None:
        delivered = result.delivered
        statuses: dict[str, int] = {}
        for row in result.rows:
            statuses[row.status] = statuses.get(row.status, 0) + 1
        lines.append(
            f"Referater 1. kvadrant: {delivered} of {len(result.rows)} delivered "
            f"({', '.join(f'{n} {s}' for s, n in sorted(statuses.items()))})"
        )
    saves = sum(p.saves for p in r.phones)
    lines.append(
        f"Phones: {len(r.phones)}, summaries saved {saves} times over HTTP; "
        f"caught up after losing the network: {sum(p.caught_up for p in r.phones)}; "
        f"conflicts with the laptop: {sum(p.conflicts for p in r.phones) + r.laptop_conflicts}; "
        f"refused by the server and sent again: {sum(p.refused for p in r.phones)}"
    )
    if r.busy:
        lines.append(
            f"The file was busy {len(r.busy)} time(s) when the laptop wrote while the referent server did "
            f"(tried again): {'; '.join(r.busy)}"
        )
    if r.counts.exported:
        out = r.work / "eksport"
        lines.append(f"Exported {len(r.counts.exported)} files (pdf, docx, xlsx, kommune-pdf) into {out}:")
        folders: dict[Path, int] = {}
        for path in r.counts.exported:
            if path.parent == out:
                lines.append(f"  {path.name}")
            else:
                folders[path.parent] = folders.get(path.parent, 0) + 1
        lines.extend(f"  {folder.name}/ ({n} files, one per kommunegruppe)" for folder, n in folders.items())
    lines.append(f"Conference file: {r.path}")
    if r.shots is not None:
        lines.append(f"Screenshots: {r.shots}")
    lines.append(
        f"summary: blocks_run={len(timings)} summaries_delivered={delivered} phone_saves={saves} "
        f"files_exported={len(r.counts.exported)}"
    )
    return "\n".join(lines)
