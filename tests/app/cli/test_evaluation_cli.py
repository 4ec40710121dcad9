"""``kvadrant evaluation`` and the evaluation exports, as the contract in the README says."""
from __future__ import annotations

import json
from pathlib import Path

from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import questions
from app.evaluation.responses import submit_response
from tests.app.cli.test_cli import cli


def test_template_open_answer_and_results(tmp_path: Path) -> None:
    path = str(tmp_path / "x.kvadrant")
    assert cli("demo", path, opened=[])[0] == 0
    assert cli("evaluation", path, "--open")[0] == 2  # no questionnaire yet
    code, out, err = cli("evaluation", path, "--template", "dialogkonferanse")
    assert (code, err) == (0, "") and "12" in out
    code, _out, err = cli("evaluation", path, "--template", "dialogkonferanse")
    assert code == 2 and err.startswith("kvadrant: ") and len(err.splitlines()) == 1
    assert cli("evaluation", path, "--template", "nope")[0] == 2
    assert cli("evaluation", path, "--open")[0] == 0
    db = ConferenceDb.open(path)
    try:
        asked = questions(db)
        submit_response(db, "phone-00000001", {str(asked[0].id): 5, str(asked[11].id): "Mer tid 🎻"})
        submit_response(db, "phone-00000002", {str(asked[0].id): 2, str(asked[7].id): ["Veileder"]})
    finally:
        db.close()
    code, out, _err = cli("evaluation", path, "--json")
    data = json.loads(out)
    assert code == 0 and data["responses"] == 2 and len(data["questions"]) == 12
    first, role, last = data["questions"][0], data["questions"][7], data["questions"][11]
    assert set(first) >= {"id", "kind", "text", "count", "mean", "counts"} and first["mean"] == 3.5 and first["counts"]["5"] == 1
    assert role["kind"] == "choice" and role["counts"]["Veileder"] == 1 and "mean" not in role
    assert last == {"id": last["id"], "kind": "open", "text": last["text"], "count": 1, "answers": ["Mer tid 🎻"]}
    assert cli("evaluation", path, "--close")[0] == 0
    code, _out, err = cli("evaluation", path, "--open", "--close")
    assert code == 2
    for fmt, suffix in (("evaluation-pdf", ".pdf"), ("evaluation-xlsx", ".xlsx")):
        target = tmp_path / f"evaluering{suffix}"
        code, out, err = cli("export", path, "--format", fmt, "-o", str(target))
        assert (code, err) == (0, "") and target.stat().st_size > 1000


def test_bad_files_and_an_empty_questionnaire(tmp_path: Path) -> None:
    not_ours = tmp_path / "x.kvadrant"
    not_ours.write_text("hei")
    assert cli("evaluation", str(not_ours), "--json")[0] == 2
    path = str(tmp_path / "y.kvadrant")
    assert cli("new", path, "--template", "blank")[0] == 0
    code, out, _err = cli("evaluation", path, "--json")
    assert code == 0 and json.loads(out) == {"responses": 0, "present": 0, "questions": []}
    code, _out, err = cli("export", path, "--format", "evaluation-pdf", "-o", str(tmp_path / "e.pdf"))
    assert code == 2 and "spørsmål" in err or "questions" in err
