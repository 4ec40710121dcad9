"""Dress rehearsal: the Gardermoen 2020 day end to end on a fake clock.

From the template and a messy roster through check-in at 10.25, the programme with the speaker
rotation, 17 referents saving from simulated phones over HTTP to the real referent server process
(two lose the network for a minute, one conflicts with the laptop), three late participants who
check themselves in at 10.40 on their own phones (seated by the repair), that process killed with
SIGKILL at 11.05 and started again, the summaries delivered, 4. kvadrant, the evaluation at 15.47
(12 phones over HTTP, three paper forms), and every export. Then
the minutes must hold every summary exactly as last saved, and the programme as run its real times.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.cli.commands import run as cli_run
from app.common.clock import FakeClock
from app.minutes.exports import FOLDER_FORMATS, FORMATS, export_minutes
from app.groups.plans import current_plan, make_plan, set_presence
from app.roster.participants import ParticipantRow, list_participants
from app.arrival.hall_link import hall_token
from app.referent.links import ensure_links
from app.run.day_runner import DayRunner, Phase
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import questions
from app.evaluation.responses import add_paper_response
from app.plenum.suggested import suggest_themes
from app.plenum.themes import add_theme, plenum
from app.referent.summaries import LAPTOP, board, get_summary, save_summary

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2020, 1, 28)
FIRST = ("Kari", "Ola", "Ingrid", "Lars", "Åse", "Øystein", "Marte", "Bjørn", "Siri", "Håkon", "Liv", "Tor")
LAST = ("Nordmann", "Hansen", "Østby", "Aasen", "Lie", "Bakke", "Sæther", "Haugen", "Dahl", "Moe")
ROLES = ("Kommunalsjef (eier)", "Kulturskolerektor", "Lærer (ressurslærer)", "ressurslaerer", "Rektor", "eier")


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_run(list(argv), open_app=lambda path: 0, out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def write_roster(path: Path) -> None:
    """~110 people, semicolon-separated, Windows-1252, with a title row and messy spellings."""
    rng = random.Random(5)
    lines = ["Påmeldte Dialogkonferanse 2;;;;", "Navn;Kommune;Rolle;Kommunegruppe;Allergier"]
    municipalities = [f"Kommune {chr(65 + k)}" for k in range(26)] + ["Førde", "Naustdal", "Gaular", "Jølster"]
    n = 0
    for m in municipalities:
        group = "Sunnfjord" if m in ("Førde", "Naustdal", "Gaular", "Jølster") else ""
        for k in range(rng.choice((3, 4, 4))):
            name = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n}"
            lines.append(f"{name};{m.upper() if k == 2 else m};{ROLES[k % len(ROLES)]};{group};")
            n += 1
    for k in range(4):
        lines.append(f"Veileder {k};Norsk kulturskoleråd;Veileder;;")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The real referent server process (the app runs the same code on its loop)."""

    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ui.shell.launcher", "serve", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().startswith("serving")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            self.process.wait(timeout=30)


class Phone:
    """A referent's phone: keeps the text itself, sends it, retries when the network is gone."""

    def __init__(self, url: str) -> None:
        self.api = url.replace("/r/", "/api/r/")
        self.text = ""
        self.key_points: list[str] = []
        self.saved = ""
        self.version = 0
        self.online = True
        self.unsent = False

    def type(self, words: str) -> None:
        self.text += words
        self.unsent = True

    def sync(self, *, delivered: bool | None = None) -> int | None:
        if not self.online or (not self.unsent and delivered is None):
            return None
        body = {"text": self.text, "base_version": self.version, "key_points": self.key_points}
        if delivered is not None:
            body["delivered"] = delivered
        request = urllib.request.Request(
            self.api, data=json.dumps(body).encode(), method="PUT", headers={"Content-Type": "application/json"}
        )
        try:
            answer = json.loads(urllib.request.urlopen(request, timeout=10).read())
        except urllib.error.HTTPError as error:
            if error.code != 409:
                raise
            current = json.loads(error.read())
            # Both texts were kept; this referent resolves by adding what they typed since
            # their last save to the text the laptop stored.
            self.text = current["text"] + self.text[len(self.saved):]
            self.version = current["version"]
            return self.sync(delivered=delivered)
        except (urllib.error.URLError, ConnectionError):
            return None  # the server is gone for now; the text stays on the phone
        self.version = answer["version"]
        self.saved = self.text
        self.unsent = False
        return 200


def participant_checks_in(hall: str, person: ParticipantRow) -> dict:
    """A participant's phone: three letters of the name, the right one picked, "Jeg er her"."""
    query = urllib.parse.quote(person.name[:3].lower())
    with urllib.request.urlopen(f"{hall}/people?q={query}", timeout=10) as answer:
        found = json.loads(answer.read())["people"]
    assert {"id": person.id, "name": person.name, "municipality": person.municipality} in found
    with urllib.request.urlopen(f"{hall}/people/{person.id}", timeout=10) as answer:
        assert json.loads(answer.read())["present"] is False
    request = urllib.request.Request(f"{hall}/people/{person.id}/checkin", data=b"", method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        return dict(json.loads(answer.read()))


def participant_evaluates(url: str, n: int) -> int:
    """A participant's phone answers the evaluation: every question, one open answer with markup."""
    with urllib.request.urlopen(url, timeout=10) as answer:
        questionnaire = json.loads(answer.read())
    assert questionnaire["open"] is True
    answers: dict[str, object] = {}
    for question in questionnaire["questions"]:
        if question["kind"] == "scale":
            answers[str(question["id"])] = 1 + n % 6
        elif question["kind"] == "choice":
            answers[str(question["id"])] = question["choices"][n % len(question["choices"]) : n % len(question["choices"]) + 1]
        else:
            answers[str(question["id"])] = f"Svar {n}: mer tid til gruppene <&> 🎻"
    body = json.dumps({"respondent": f"rehearsal-phone-{n:04d}", "answers": answers}).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return int(answer.status)


def test_the_gardermoen_day(tmp_path: Path) -> None:
    path = tmp_path / "gardermoen.kvadrant"
    roster = tmp_path / "påmeldte.csv"
    write_roster(roster)
    assert cli("new", str(path), "--template", "gardermoen-2020")[0] == 0
    code, output = cli("import", str(path), str(roster))
    assert code == 0 and output.startswith("imported ") and ", updated 0, skipped 0" in output

    db = ConferenceDb.open(path)
    assert 105 <= len(list_participants(db)) <= 120  # about 110, as at Gardermoen
    clock = FakeClock(at("09:20"))
    day = DayRunner(db, clock)
    people = list_participants(db)
    late = [p for p in people if p.role != "veileder"][5:7]
    very_late = [p for p in people if p.role != "veileder"][20:23]  # they check themselves in at 10.40
    for person in late + very_late:  # not here yet when the plan is made
        set_presence(db, person.id, False, fix_groups=False)
    plan = make_plan(db, kvadrant=1, seed=2020)
    assert plan.figures.same_unit_pairs == plan.figures.same_unit_minimum
    day.next()  # 09.30 Ankomst og kaffe

    # 10.25: three no-shows and two late arrivals, fitted in without a reshuffle.
    clock.advance((at("10:00") - clock.now()).total_seconds())
    day.next()
    clock.advance((at("10:25") - clock.now()).total_seconds())
    no_shows = [t.members[1].participant_id for t in plan.tables[:3]]
    moved = 0
    for pid in no_shows:
        moved += len([m for m in set_presence(db, pid, False).moves if m.kvadrant == 1]) - 1
    for person in late:
        moved += len([m for m in set_presence(db, person.id, True).moves if m.kvadrant == 1]) - 1
    assert moved <= 3 * 2 + 2 * 1
    plan = current_plan(db, 1)
    assert plan.figures.largest - plan.figures.smallest <= 1
    seated = {m.participant_id for t in plan.tables for m in t.members}
    assert not seated & set(no_shows) and {p.id for p in late} <= seated

    # 10.30: 1. kvadrant with the rotation.
    clock.advance(300)
    day.next()
    assert day.view().block.kind is BlockKind.KVADRANT1
    day.start_rotation()
    port = free_port()
    server = Server(path, port)
    from app.referent.links import set_server_address

    set_server_address(db, "127.0.0.1", port)
    server.start()
    try:
        links = [link for link in ensure_links(db) if link.kvadrant == 1][:17]
        assert len(links) == 17
        phones = {link.group: Phone(link.url(f"http://127.0.0.1:{port}")) for link in links}
        offline = (links[3].group, links[11].group)
        conflicting = links[7]

        def minute(k: int) -> None:
            clock.advance(60)
            for group, phone in phones.items():
                phone.online = not (group in offline and 10 <= k < 11)  # a minute without network
                phone.type(f"Runde {k}: innspill fra gruppe {group} – æøå <&> 🎻. ")
                phone.sync()

        for k in range(10):
            minute(k)
        # 10.40: three more arrive and check themselves in on their own phones (the plan is in use).
        hall = f"http://127.0.0.1:{port}/api/p/{hall_token(db)}"
        for person in very_late:
            answer = participant_checks_in(hall, person)
            assert answer["present"] is True and [t["kvadrant"] for t in answer["tables"]] == [1]
            assert len([m for m in answer["moved"] if m["from"] is not None]) <= 1  # at most one other moved
        plan = current_plan(db, 1)
        for person in very_late:
            assert plan.table_of(person.id) is not None
        assert plan.figures.largest - plan.figures.smallest <= 1
        for k in range(10, 12):
            minute(k)
        # The laptop edits group 8's summary while its phone is typing: a conflict, both kept.
        state = get_summary(db, conflicting.block_id, conflicting.group_id)
        assert save_summary(
            db, block_id=conflicting.block_id, group_id=conflicting.group_id,
            text=state.text + "Tillegg fra ordstyrer på laptopen.", base_version=state.version, source=LAPTOP,
        ).ok
        minute(12)

        # 11.05: the server process dies mid-slot; the day and the texts go on.
        clock.advance((at("11:05") - clock.now()).total_seconds())
        before = day.view()
        server.kill()
        for phone in phones.values():
            phone.type("Skrevet mens serveren var borte. ")
            phone.sync()
        server.start()
        after = DayRunner(db, clock).view()
        assert (after.block.id, after.rotation.speaker) == (before.block.id, before.rotation.speaker)
        assert after.remaining == pytest.approx(before.remaining)
        assert after.rotation.slot_remaining == pytest.approx(before.rotation.slot_remaining)

        # 11.25: everyone delivers.
        clock.advance((at("11:25") - clock.now()).total_seconds())
        for group, phone in phones.items():  # with the group's key points (hovedpunkter)
            phone.key_points = [f"Mer tid til samtale (bord {group})", "Forankring hos eier" if group % 2 else "Felles planverk <&>"]
            phone.unsent = True
            assert phone.sync(delivered=True) == 200
    finally:
        server.stop()
    result = board(db, links[0].block_id)
    assert result.delivered == 17
    for link in links:
        assert get_summary(db, link.block_id, link.group_id).text == phones[link.group].text
    assert "Tillegg fra ordstyrer på laptopen." in phones[conflicting.group].text

    # 15.45 plenum: the key points sorted into the suggested themes, as the facilitator accepts them.
    for suggestion in suggest_themes(plenum(db)):
        add_theme(db, suggestion.name, [point.key for point in suggestion.points])
    code, output = cli("plenum", str(path), "--kvadrant", "1", "--json")
    themes = {theme["name"]: theme for theme in json.loads(output)["themes"]}
    assert code == 0 and len(themes["Samtale"]["groups"]) == 17 and {"Forankring", "Planverk"} <= set(themes)

    # The rest of the day, then 4. kvadrant and every export.
    for hhmm in ("11:31", "12:32", "14:03", "14:16", "14:52", "15:01", "15:47"):
        clock.advance((at(hhmm) - clock.now()).total_seconds())
        day.next()
    # 15.47: the evaluation on the phones (the server started again), three forms on paper.
    assert cli("evaluation", str(path), "--template", "dialogkonferanse")[0] == 0
    assert cli("evaluation", str(path), "--open")[0] == 0
    server.start()
    try:
        for n in range(12):  # from one address here: within its request limit (on the day each phone has its own)
            assert participant_evaluates(f"http://127.0.0.1:{port}/api/p/{hall_token(db)}/evaluation", n) == 200
    finally:
        server.stop()

    asked = questions(db)
    for grade in (2, 4, 6):
        add_paper_response(db, {str(asked[0].id): grade, str(asked[-1].id): "Skrevet på papir <&>"})
    assert cli("evaluation", str(path), "--close") == (0, "closed\n")
    code, output = cli("evaluation", str(path), "--json")
    evaluation = json.loads(output)
    assert code == 0 and evaluation["responses"] == 15
    assert evaluation["questions"][0]["count"] == 15 and 1 <= evaluation["questions"][0]["mean"] <= 6
    clock.advance((at("16:02") - clock.now()).total_seconds())
    day.next()
    assert day.view().phase is Phase.FINISHED
    make_plan(db, kvadrant=4, seed=1)
    out = tmp_path / "ut"
    written = {fmt: export_minutes(db, fmt, out / (fmt if fmt in FOLDER_FORMATS else f"referat.{fmt}")) for fmt in FORMATS}
    assert all(paths and all(p.stat().st_size > 0 for p in paths) for paths in written.values())

    texts = {phones[l.group].text for l in links}
    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    def squash(text: str) -> str:
        return " ".join(text.split())

    def body(page_text: str) -> str:
        """A page's text without its running header and footer (a referat may run over a page)."""
        running = re.compile(r"Dialogkonferanse 2 · Referat.*|Side \d+ av \d+|\d\. kvadrant( · .*)?")
        return " ".join(line for line in page_text.splitlines() if not running.fullmatch(line.strip()))

    pdf_text = squash(" ".join(body(page.extract_text()) for page in PdfReader(written["pdf"][0]).pages))
    docx_text = "\n".join(p.text for p in Document(written["docx"][0]).paragraphs)
    sheet = load_workbook(written["xlsx"][0])["Referater"]
    cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
    for text in texts:
        assert squash(text) in pdf_text  # emoji print (and extract) as typed
        assert squash(text) in squash(docx_text)
        assert text in cells
    evaluation_text = squash(" ".join(page.extract_text() for page in PdfReader(written["evaluation-pdf"][0]).pages))
    assert "15 svar" in evaluation_text and "Skrevet på papir <&>" in evaluation_text
    assert "15 svar av" in pdf_text  # the evaluation chapter
    assert pdf_text.index("Hovedfunn") < pdf_text.index("Mer tid til samtale (bord 1)")
    assert "Felles planverk <&>" in docx_text and "Hovedpunkter" in load_workbook(written["xlsx"][0]).sheetnames
    timings = {t.block.title: t for t in DayRunner(db, clock).timings()}
    assert timings["Velkommen"].actual_start == at("10:00")
    assert timings["Oppsummering og avslutning"].actual_end == at("16:02")
    assert "10.30" in pdf_text or "10:30" in pdf_text
    db.close()
