"""The results: grades 1–6 with their mean, a count per choice, the open answers, against presence."""
from __future__ import annotations

from app.conference_file.storage import ConferenceDb
from app.evaluation.responses import submit_response
from app.evaluation.results import results
from app.groups.presence import set_presence
from app.roster.participants import list_participants
from tests.app.evaluation.conftest import by_kind


def test_results_by_kind(evaluation_db: ConferenceDb) -> None:
    scale = by_kind(evaluation_db, "scale")[0]
    role, useful = by_kind(evaluation_db, "choice")
    text = by_kind(evaluation_db, "open")[0]
    for n, grade in enumerate((6, 5, 5, 2)):
        submit_response(evaluation_db, f"phone-{n:08d}", {str(scale.id): grade, str(useful.id): list(useful.choices[: n % 3 + 1])})
    submit_response(evaluation_db, "phone-text0001", {str(text.id): "Mer pause", str(role.id): [role.choices[1]]})
    found = results(evaluation_db)
    present = sum(p.present for p in list_participants(evaluation_db))
    assert (found.responses, found.present) == (5, present)
    data = found.as_json()
    by_id = {q["id"]: q for q in data["questions"]}
    assert by_id[scale.id] == {"id": scale.id, "kind": "scale", "text": scale.text, "count": 4, "mean": 4.5, "counts": {"1": 0, "2": 1, "3": 0, "4": 0, "5": 2, "6": 1}}
    assert by_id[useful.id]["counts"] == {useful.choices[0]: 4, useful.choices[1]: 2, useful.choices[2]: 1, useful.choices[3]: 0, useful.choices[4]: 0}
    assert by_id[role.id]["counts"][role.choices[1]] == 1 and by_id[role.id]["count"] == 1
    assert by_id[text.id] == {"id": text.id, "kind": "open", "text": text.text, "count": 1, "answers": ["Mer pause"]}
    unanswered = by_kind(evaluation_db, "scale")[1]
    assert by_id[unanswered.id]["mean"] is None and by_id[unanswered.id]["count"] == 0
    person = list_participants(evaluation_db)[0]
    set_presence(evaluation_db, person.id, False)
    assert results(evaluation_db).present == present - 1
