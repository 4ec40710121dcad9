"""The evaluation over HTTP: the questionnaire as the phones get it, answers checked against
each question (400), refused while closed (409), a second send from a phone replacing its first;
and fuzzed answer bodies: never a 5xx, never a row that does not fit its question."""
from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any, Awaitable, Callable, Iterator

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.arrival.api import ParticipantApi
from app.arrival.hall_link import hall_token
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import QuestionDraft, add_question, questions, set_open
from app.evaluation.responses import check_answer, responses
from app.evaluation.template import create_from_template
from app.conference_file.schema import QuestionKind
from app.referent.server import RateLimiter, ReferentServer
from app.roster.demo import create_demo

FUZZ_EXAMPLES = int(os.environ.get("KVADRANT_FUZZ_EXAMPLES", "500"))


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConferenceDb]:
    db = create_demo(Path(tmp_path_factory.mktemp("eval")) / "hall.kvadrant")
    create_from_template(db, "dialogkonferanse")
    yield db
    db.close()


def serve(db: ConferenceDb, test: Callable[[TestClient, str], Awaitable[None]]) -> None:
    async def main() -> None:
        server = ReferentServer(db, limiter=RateLimiter(rate=1000, burst=1000), guess_limiter=RateLimiter(rate=1000, burst=1000))
        ParticipantApi(server)
        async with TestClient(TestServer(server.app)) as client:
            await test(client, f"/api/p/{hall_token(db)}/evaluation")
        server.close()

    asyncio.run(main())


def test_questionnaire_answers_and_replacement(hall: ConferenceDb) -> None:
    set_open(hall, False)
    asked = questions(hall)
    scale = next(q for q in asked if q.kind is QuestionKind.SCALE)
    several = next(q for q in asked if q.kind is QuestionKind.CHOICE and q.multiple)
    text = next(q for q in asked if q.kind is QuestionKind.OPEN)
    answers: dict[str, Any] = {str(scale.id): 5, str(several.id): list(several.choices[:2]), str(text.id): "<b>Bra</b> & 🎻"}

    async def test(client: TestClient, path: str) -> None:
        got = await (await client.get(path)).json()
        assert got["open"] is False and len(got["questions"]) == 12
        first = got["questions"][0]
        assert set(first) >= {"id", "kind", "text", "low_label", "high_label"} and first["kind"] == "scale"
        assert next(q for q in got["questions"] if q["id"] == several.id)["choices"] == list(several.choices)
        closed = await client.post(path, json={"respondent": "phone-00000001", "answers": answers})
        assert closed.status == 409
        set_open(hall, True)
        assert (await (await client.get(path)).json())["open"] is True  # not kept from before
        sent = await client.post(path, json={"respondent": "phone-00000001", "answers": answers})
        assert sent.status == 200 and await sent.json() == {"saved": True, "replaced": False}
        again = await client.post(path, json={"respondent": "phone-00000001", "answers": {**answers, str(scale.id): 2}})
        assert again.status == 200 and (await again.json())["replaced"] is True
        for bad in ({str(scale.id): 9}, {str(several.id): ["Ikke et valg"]}, {str(text.id): ["liste"]}, {"x": 1}, {}):
            refused = await client.post(path, json={"respondent": "phone-00000002", "answers": bad})
            assert refused.status == 400 and "error" in await refused.json()
        assert (await client.post(path, json={"answers": answers})).status == 400
        assert (await client.post(path, data=b"not json", headers={"Content-Type": "application/json"})).status == 400
        assert (await client.post(path.replace("/api/p/", "/api/p/x"), json={"respondent": "phone-00000003", "answers": answers})).status == 404

    serve(hall, test)
    (only,) = [r for r in responses(hall)]
    assert only.answers[scale.id] == 2 and only.answers[text.id] == "<b>Bra</b> & 🎻"


def test_a_new_question_reaches_the_phones(hall: ConferenceDb) -> None:
    async def test(client: TestClient, path: str) -> None:
        before = len((await (await client.get(path)).json())["questions"])
        add_question(hall, QuestionDraft(QuestionKind.OPEN, "Noe mer?"))
        assert len((await (await client.get(path)).json())["questions"]) == before + 1

    serve(hall, test)


answer_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 9) | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["Kulturskoleleder", "Veileder", "<b>&</b>", "🎻", "\x00", "\ud83c"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(
    respondent=st.one_of(st.from_regex(r"[A-Za-z0-9_-]{8,20}", fullmatch=True), st.text(max_size=70), st.integers()),
    answers=st.one_of(
        answer_values,
        st.dictionaries(st.sampled_from([str(n) for n in range(1, 15)] + ["", "x"]), answer_values, max_size=6),
    ),
    raw=st.one_of(st.none(), st.binary(max_size=200)),
)
def test_fuzzed_answer_bodies(hall: ConferenceDb, respondent: Any, answers: Any, raw: bytes | None) -> None:
    set_open(hall, True)
    before = responses(hall)
    body = raw if raw is not None else json.dumps({"respondent": respondent, "answers": answers}).encode()
    result: dict[str, Any] = {}

    async def test(client: TestClient, path: str) -> None:
        response = await client.post(path, data=body, headers={"Content-Type": "application/json"})
        result["status"], result["text"] = response.status, await response.text()

    serve(hall, test)
    assert result["status"] in (200, 400), result
    assert "Traceback" not in result["text"]
    after = responses(hall)
    if result["status"] != 200:
        assert after == before
    asked = {q.id: q for q in questions(hall)}
    for response in after:  # no bad row: every stored answer fits its question
        for question_id, value in response.answers.items():
            stored = list(value) if isinstance(value, tuple) else value
            assert check_answer(asked[question_id], stored) == value
