"""Minutes export: a conference of 300 participants, 50 groups and 800-word summaries.

Run: python bench/bench_export.py      (prints time and file size per format; asserts nothing)
Target: the PDF in under 3 s.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.minutes.exports import FOLDER_FORMATS, FORMATS, export_minutes  # noqa: E402
from app.groups.plans import make_plan  # noqa: E402
from app.referent.links import ensure_links  # noqa: E402
from app.roster.importer import import_roster  # noqa: E402
from app.referent.summaries import save_summary  # noqa: E402
from app.conference_file.templates import create_conference  # noqa: E402
from app.evaluation.template import create_from_template  # noqa: E402
from app.minutes.front_matter import set_front_matter  # noqa: E402
from app.referent.block_notes import note_blocks  # noqa: E402
from app.roster.participants import list_participants, update_participant  # noqa: E402

WORDS = (
    "kulturskolen utviklingsarbeid veiledning kommunegruppa læring kompetanse danning refleksjon "
    "rammeplan samarbeid elevene lærerne skoleeier ledelse praksis erfaringer møteplasser neste steg "
    "Ålesund Gjøvik Førde æøå <tag> & «sitat» 🎻"
).split()


def build(folder: Path) -> Path:
    rng = random.Random(1)
    roster = folder / "roster.csv"
    lines = ["Navn;Kommune;Rolle"]
    roles = ("Kulturskoleeier", "Kulturskoleleder", "Ressurslærer", "Ressurslærer", "Ressurslærer", "Ressurslærer")
    for k in range(300):
        lines.append(f"Deltaker {k} Nordmann;Kommune {k // 6};{roles[k % 6]}")
    for k in range(4):  # the council's advisers, each advising a quarter of the municipalities
        lines.append(f"Veileder {k} Rådgiver;Norsk kulturskoleråd;Veileder")
    roster.write_text("\n".join(lines), encoding="utf-8")
    path = folder / "bench.kvadrant"
    db = create_conference(path, template="gardermoen-2020")
    import_roster(db, roster)
    make_plan(db, kvadrant=1, tables=50, seed=1)
    make_plan(db, kvadrant=4, seed=1)
    advisers = [p for p in list_participants(db) if p.role == "Veileder"]
    for k, adviser in enumerate(advisers):
        update_participant(db, adviser.id, advises=[f"Kommune {m}" for m in range(50) if m % len(advisers) == k])
    for block in note_blocks(db):  # notes of every talk and plenum
        save_summary(db, block_id=block.id, group_id=None, text=" ".join(rng.choice(WORDS) for _ in range(300)),
                     base_version=0, source="laptop")
    set_front_matter(db, organiser="Norsk kulturskoleråd", opening="Hovedinntrykk. " * 80, guidance_meeting=dt.date(2020, 3, 17))
    create_from_template(db, "dialogkonferanse")
    for link in ensure_links(db):
        if link.kvadrant == 1:
            paragraphs = [" ".join(rng.choice(WORDS) for _ in range(100)) for _ in range(8)]
            save_summary(db, block_id=link.block_id, group_id=link.group_id, text="\n\n".join(paragraphs),
                         base_version=0, source="phone", delivered=True)
    db.close()
    return path


def main() -> None:
    from app.conference_file.storage import ConferenceDb

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = build(folder)
        db = ConferenceDb.open(path)
        print("300 participants and 4 advisers, 50 groups, 800-word summaries, notes of every talk and plenum")
        print("format        time      size")
        for fmt in FORMATS:
            target = folder / (fmt if fmt in FOLDER_FORMATS else f"minutes.{fmt}")
            start = time.perf_counter()
            written = export_minutes(db, fmt, target)
            elapsed = time.perf_counter() - start
            size = sum(p.stat().st_size for p in written)
            note = f"  ({len(written)} files)" if len(written) > 1 else ""
            print(f"{fmt:<12} {elapsed:>5.2f} s  {size / 1024:>7.0f} KiB{note}")
        db.close()
    print("target: pdf under 3 s")


if __name__ == "__main__":
    main()
