"""The ``kvadrant`` CLI contract: commands, JSON keys, output and exit codes."""
from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.commands import run

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT.parent / "shared" / "data" / "participants-sample.csv"
DEMO_ROSTER = ROOT / "resources" / "demo" / "roster.csv"


def cli(*argv: str, opened: list | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()

    def open_app(path: Path | None) -> int:
        if opened is not None:
            opened.append(path)
        return 0

    code = run(list(argv), open_app=open_app, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _roster() -> Path:
    return SAMPLE if SAMPLE.exists() else DEMO_ROSTER


def test_new_import_participants(tmp_path: Path) -> None:
    path = str(tmp_path / "k.kvadrant")
    assert cli("new", path, "--title", "Dialogkonferanse 2", "--date", "2020-01-28", "--venue", "Gardermoen")[0] == 0
    code, out, err = cli("import", path, str(_roster()))
    assert code == 0, err
    assert out.splitlines()[0] == "imported 105, updated 0, skipped 0"
    code, out, _ = cli("participants", path, "--json")
    data = json.loads(out)
    assert len(data["participants"]) == 105
    assert set(data["participants"][0]) == {"name", "municipality", "role", "kommunegruppe", "email", "present"}
    assert data["participants"][0]["present"] is True


def test_reimport_updates_instead_of_duplicating(tmp_path: Path) -> None:
    path = str(tmp_path / "k.kvadrant")
    cli("new", path)
    cli("import", path, str(_roster()))
    code, out, _ = cli("import", path, str(_roster()))
    assert code == 0
    assert out.splitlines()[0] == "imported 0, updated 105, skipped 0"
    assert len(json.loads(cli("participants", path, "--json")[1])["participants"]) == 105


def test_templates(tmp_path: Path) -> None:
    assert cli("new", str(tmp_path / "a.kvadrant"), "--template", "blank")[0] == 0
    assert cli("new", str(tmp_path / "b.kvadrant"), "--template", "gardermoen-2020")[0] == 0
    code, _, err = cli("new", str(tmp_path / "c.kvadrant"), "--template", "nope")
    assert code == 2 and err.count("\n") == 1 and "gardermoen-2020" in err
    assert not (tmp_path / "c.kvadrant").exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["new", "{dir}/x.kvadrant", "--date", "28.01.2020"],
        ["participants", "{dir}/missing.kvadrant", "--json"],
        ["import", "{dir}/missing.kvadrant", "{roster}"],
        ["frobnicate"],
        ["new"],
        ["participants", "{dir}/x.kvadrant", "--bogus"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, argv: list[str]) -> None:
    args = [a.format(dir=tmp_path, roster=_roster()) for a in argv]
    code, out, err = cli(*args)
    assert code == 2
    assert err.startswith("kvadrant: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "content",
    [b"", b"hello", b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["empty", "text", "png"],
)
def test_bad_conference_file_is_refused_and_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.kvadrant"
    path.write_bytes(content)
    for argv in (["participants", str(path), "--json"], ["import", str(path), str(_roster())]):
        code, _, err = cli(*argv)
        assert code == 2 and err.count("\n") == 1
    assert path.read_bytes() == content


def test_foreign_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    code, _, err = cli("participants", str(path), "--json")
    assert code == 2 and "not a Kvadrant conference file" in err
    assert path.read_bytes() == before


def test_not_a_roster_names_expected_columns_and_writes_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "k.kvadrant")
    cli("new", path)
    bad = tmp_path / "bad.csv"
    bad.write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    code, _, err = cli("import", path, str(bad))
    assert code == 2 and err.count("\n") == 1
    assert "Name" in err and "Municipality" in err
    assert json.loads(cli("participants", path, "--json")[1]) == {"participants": []}


def test_demo_creates_the_file_and_opens_the_app(tmp_path: Path) -> None:
    opened: list = []
    path = tmp_path / "demo.kvadrant"
    assert cli("demo", str(path), opened=opened)[0] == 0
    assert opened == [path.absolute()]
    assert len(json.loads(cli("participants", str(path), "--json")[1])["participants"]) >= 100


def test_no_command_opens_the_app() -> None:
    opened: list = []
    assert cli(opened=opened)[0] == 0
    assert opened == [None]


def test_internal_error_is_exit_1_without_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("app.conference_file.templates.create_conference", boom)
    code, _, err = cli("new", str(tmp_path / "x.kvadrant"))
    assert code == 1 and err.count("\n") == 1 and "boom" in err


def test_real_process_exit_codes(tmp_path: Path) -> None:
    """The installed entry point, as acceptance tests call it."""
    exe = shutil.which("kvadrant")
    command = [exe] if exe else [sys.executable, "-m", "ui.shell.launcher"]
    path = tmp_path / "k.kvadrant"
    ok = subprocess.run([*command, "new", str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert ok.returncode == 0, ok.stderr
    bad = subprocess.run(
        [*command, "participants", str(tmp_path / "none.kvadrant"), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def _demo_file(tmp_path: Path) -> str:
    path = str(tmp_path / "k.kvadrant")
    cli("new", path)
    cli("import", path, str(_roster()))
    return path


def test_groups_json_contract(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    code, out, err = cli("groups", path, "--kvadrant", "1", "--seed", "7", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"kvadrant", "groups", "warnings"}
    assert data["kvadrant"] == 1 and data["warnings"] == []
    assert [g["number"] for g in data["groups"]] == list(range(1, 19))
    member = data["groups"][0]["members"][0]
    assert set(member) == {"name", "municipality", "role", "kommunegruppe"}
    assert sum(len(g["members"]) for g in data["groups"]) == 105
    again = json.loads(cli("groups", path, "--kvadrant", "1", "--seed", "7", "--json")[1])
    assert again == data


def test_groups_options(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    assert len(json.loads(cli("groups", path, "--kvadrant", "1", "--tables", "10", "--json")[1])["groups"]) == 10
    assert len(json.loads(cli("groups", path, "--kvadrant", "1", "--size", "4", "--json")[1])["groups"]) == 27
    by_role = json.loads(cli("groups", path, "--kvadrant", "1", "--by-role", "--json")[1])
    assert all(len({m["role"] for m in g["members"]} - {"veileder"}) == 1 for g in by_role["groups"])
    four = json.loads(cli("groups", path, "--kvadrant", "4", "--json")[1])
    assert four["kvadrant"] == 4 and any(
        {m["municipality"] for m in g["members"]} >= {"Førde", "Naustdal", "Gaular", "Jølster"} for g in four["groups"]
    )
    code, out, _ = cli("groups", path, "--kvadrant", "1", "--seed", "3")
    assert code == 0 and "repeat pairs 0" in out


def test_groups_history_file(tmp_path: Path) -> None:
    (tmp_path / "dk1").mkdir()
    (tmp_path / "dk2").mkdir()
    first = _demo_file(tmp_path / "dk1")
    cli("groups", first, "--kvadrant", "1", "--seed", "1")
    second = _demo_file(tmp_path / "dk2")
    code, out, err = cli("groups", second, "--kvadrant", "1", "--seed", "1", "--history", first)
    assert code == 0, err
    assert "repeat pairs 0" in out


@pytest.mark.parametrize(
    "extra",
    [
        ["--size", "0"],
        ["--tables", "0"],
        ["--tables", "1000"],
        ["--size", "4", "--tables", "3"],
        ["--size", "abc"],
    ],
)
def test_impossible_groups_requests_exit_2(tmp_path: Path, extra: list[str]) -> None:
    path = _demo_file(tmp_path)
    code, _, err = cli("groups", path, "--kvadrant", "1", *extra)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_groups_without_participants_or_kvadrant(tmp_path: Path) -> None:
    path = str(tmp_path / "empty.kvadrant")
    cli("new", path)
    code, _, err = cli("groups", path, "--kvadrant", "1")
    assert code == 2 and "No participants" in err
    assert cli("groups", path)[0] == 2
    assert cli("groups", path, "--kvadrant", "3")[0] == 2


def test_groups_history_not_ours(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    bad = tmp_path / "bad.kvadrant"
    bad.write_bytes(b"")
    code, _, err = cli("groups", path, "--kvadrant", "1", "--history", str(bad))
    assert code == 2 and "empty" in err


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_links_json_contract(tmp_path: Path) -> None:
    path = _demo_file(tmp_path)
    first = json.loads(cli("links", path, "--json")[1])
    assert first["links"] == []  # no groups yet
    participant_url = first["participant_url"]
    assert "/p/" in participant_url and len(participant_url.rsplit("/", 1)[1]) >= 22  # ≥ 128 bits
    cli("groups", path, "--kvadrant", "1", "--seed", "1")
    data = json.loads(cli("links", path, "--json")[1])
    links = data["links"]
    assert set(data) == {"participant_url", "links"} and data["participant_url"] == participant_url  # kept
    assert [(l["kvadrant"], l["group"]) for l in links] == [(1, g) for g in range(1, 19)]
    assert all(set(l) == {"kvadrant", "group", "url"} and "/r/" in l["url"] for l in links)
    assert json.loads(cli("links", path, "--json")[1])["links"] == links


def test_serve_answers_phones_and_stops_cleanly(tmp_path: Path) -> None:
    import signal
    import urllib.error
    import urllib.request

    path = _demo_file(tmp_path)
    cli("groups", path, "--kvadrant", "1", "--seed", "1")
    port = _free_port()
    exe = shutil.which("kvadrant")
    command = [exe] if exe else [sys.executable, "-m", "ui.shell.launcher"]
    server = subprocess.Popen([*command, "serve", path, "--host", "127.0.0.1", "--port", str(port)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert server.stdout.readline().startswith(f"serving http://127.0.0.1:{port}")
        url = json.loads(cli("links", path, "--json")[1])["links"][0]["url"]
        assert url.startswith(f"http://127.0.0.1:{port}/r/")
        api = url.replace("/r/", "/api/r/")
        request = urllib.request.Request(
            api,
            data=json.dumps({"text": "Fra telefonen", "base_version": 0}).encode(),
            method="PUT",
            headers={"Content-Type": "application/json"},
        )
        assert json.loads(urllib.request.urlopen(request, timeout=10).read())["version"] == 1
        assert json.loads(urllib.request.urlopen(api, timeout=10).read())["text"] == "Fra telefonen"
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/r/nope", timeout=10)
        assert caught.value.code == 404
        hall = json.loads(cli("links", path, "--json")[1])["participant_url"].replace("/p/", "/api/p/")
        found = json.loads(urllib.request.urlopen(f"{hall}/people?q=a", timeout=10).read())["people"]
        assert found and set(found[0]) == {"id", "name", "municipality"}
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=20) == 0


def test_serve_bad_port_and_port_in_use(tmp_path: Path) -> None:
    import socket

    path = _demo_file(tmp_path)
    assert cli("serve", path, "--port", "70000")[0] == 2
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code, _, err = cli("serve", path, "--host", "127.0.0.1", "--port", str(busy.getsockname()[1]))
    assert code == 2 and "Cannot listen" in err and err.count("\n") == 1


def test_new_from_and_history(tmp_path: Path) -> None:
    first = _demo_file(tmp_path)
    cli("groups", first, "--kvadrant", "1", "--seed", "1")
    second = str(tmp_path / "dag2.kvadrant")
    code, out, err = cli("new", second, "--from", first, "--date", "2020-01-29", "--no-roster")
    assert code == 0 and out.strip() == f"created {second}", err
    code, out, _ = cli("participants", second, "--json")
    assert json.loads(out) == {"participants": []}
    code, out, _ = cli("history", second, "--json")
    assert code == 0
    (entry,) = json.loads(out)["history"]
    assert set(entry) == {"title", "date", "path", "found"} and entry["path"] == first and entry["found"] is True
    assert entry["date"] == "2020-01-28"
    third = str(tmp_path / "dag3.kvadrant")
    assert cli("new", third, "--from", second)[0] == 0
    assert len(json.loads(cli("history", third, "--json")[1])["history"]) == 2  # day 2 and what it remembered
    code, out, _ = cli("history", third, "--remove", first)
    assert code == 0 and out.startswith("removed ")
    assert [e["path"] for e in json.loads(cli("history", third, "--json")[1])["history"]] == [second]
    assert cli("history", third, "--add", first)[0] == 0
    assert len(json.loads(cli("history", third, "--json")[1])["history"]) == 2


def test_new_from_and_history_refuse_bad_input(tmp_path: Path) -> None:
    first = _demo_file(tmp_path)
    second = str(tmp_path / "dag2.kvadrant")
    for argv, words in (
        (("new", second, "--from", str(tmp_path / "mangler.kvadrant")), "not found"),
        (("new", first, "--from", first), "already exists"),
        (("new", second, "--no-roster"), "--no-roster needs --from"),
    ):
        code, _, err = cli(*argv)
        assert code == 2 and err.count("\n") == 1 and words in err, (argv, err)
    assert cli("new", second, "--from", first)[0] == 0
    shutil.copy(first, tmp_path / "kopi.kvadrant")
    for argv, words in (
        (("history", second, "--add", second), "this conference itself"),
        (("history", second, "--add", str(tmp_path / "kopi.kvadrant")), "Is one a copy"),
        (("history", second, "--remove", str(tmp_path / "ukjent.kvadrant")), "not in the history"),
        (("history", second), "one of the arguments"),
    ):
        code, _, err = cli(*argv)
        assert code == 2 and words in err and "Traceback" not in err, (argv, err)
    Path(first).rename(tmp_path / "flyttet.kvadrant")
    assert json.loads(cli("history", second, "--json")[1])["history"][0]["found"] is False
    code, _, err = cli("groups", second, "--kvadrant", "1")
    assert code == 2 and "cannot be found" in err
    assert cli("history", second, "--add", str(tmp_path / "flyttet.kvadrant"))[0] == 0  # found again
    code, out, err = cli("groups", second, "--kvadrant", "1", "--seed", "4")
    assert code == 0 and "repeat pairs 0" in out, err
