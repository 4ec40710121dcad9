"""The participant page and its JSON API, added to the venue's one server (the referent server):

- ``GET /p/{token}``: the page; ``GET /p/{token}/{asset}``: its script and style sheet.
- ``GET /api/p/{token}/people?q=TEXT`` → ``{"people": [{"id", "name", "municipality"}]}`` (≤ 20).
- ``GET /api/p/{token}/people/{id}`` → the person's card (:func:`app.arrival.people.person_card`).
- ``POST /api/p/{token}/people/{id}/checkin`` → ``{"present", "tables", "moved"}``; 409 when self
  check-in is off.
- ``GET /api/p/{token}/evaluation`` → ``{"open", "questions": [...]}`` (:mod:`app.evaluation`).
- ``POST /api/p/{token}/evaluation`` with ``{"respondent", "answers"}`` → ``{"saved": true,
  "replaced"}``; 400 for answers outside a question's kind or range; 409 while it is closed.

A wrong token and an unknown id get the same 404, and spend from the client's guess bucket like a
wrong referent link. The one hall link is shared by everyone, so its request limit is per client.
Check-ins go through ``check_in`` (the app passes one that runs on its GUI thread, where the
check-in becomes an undo step and a notice); by default the core's, in the server's write turn.
"""
from __future__ import annotations


import functools
import urllib.parse
from typing import Awaitable, Callable

from aiohttp import web

from app.arrival.checkin import check_in, checked_in
from app.arrival.hall_link import TOKEN_KEY, matches
from app.arrival.people import find_people, person_card
from app.common.messages import KvadrantError
from app.common.paths import resource
from app.conference_file.schema import Base
from app.conference_file.storage import ConferenceDb
from app.conference_file.settings import get_setting
from app.evaluation.questionnaire import is_open, questions
from app.evaluation.responses import AnswerError, submit_response
from app.groups.editing import GroupsChanged
from app.referent.server import NOT_FOUND, SECURITY_HEADERS, ReferentServer, json_answer
from app.referent.server_limits import client_key, mark

ASSETS = {"app.js": "application/javascript", "evaluation.js": "application/javascript", "style.css": "text/css"}
_NOT_SETTINGS = frozenset(Base.metadata.tables) - {"setting"}
_NOT_QUESTIONNAIRE = frozenset(Base.metadata.tables) - {"setting", "eval_question"}
MAX_QUERY = 60

#: Checks a person in and says what changed (raises KvadrantError: not found, self check-in off).
CheckIn = Callable[[int], Awaitable[GroupsChanged]]


@functools.cache
def _page_file(name: str) -> str:
    return resource("participant", name).read_text(encoding="utf-8")


class ParticipantApi:
    """The routes of the participant page on ``server``; add before the server starts."""

    def __init__(self, server: ReferentServer, *, check_in_hook: CheckIn | None = None) -> None:
        self.server = server
        self.db = server.db
        self._check_in = check_in_hook or self._check_in_here
        #: The hall link's token, kept in memory until the settings change ("Nye lenker").
        self._token = ""
        self._token_mark = -1
        #: The questionnaire as the phones get it, kept until its questions or the settings change.
        self._evaluation: dict = {}
        self._evaluation_mark = -1
        router = server.app.router
        router.add_get("/p/{token}", self.page)
        router.add_get("/p/{token}/{asset}", self.asset)
        router.add_get("/api/p/{token}/people", self.search)
        router.add_get("/api/p/{token}/people/{pid}", self.person)
        router.add_post("/api/p/{token}/people/{pid}/checkin", self.checkin)
        router.add_get("/api/p/{token}/evaluation", self.evaluation)
        router.add_post("/api/p/{token}/evaluation", self.answer)

    async def _admit(self, request: web.Request) -> bool | web.Response:
        if self.server.guess_limiter.blocked(client_key(request.remote)):
            return json_answer({"error": "too many requests"}, 429)
        if self._token_mark < 0 or self.db.changes.changed_since(self._token_mark, ignoring=_NOT_SETTINGS):
            mark = self.db.changes.mark()
            self._token = await self.server.in_read_thread(get_setting, self.db, TOKEN_KEY)
            self._token_mark = mark
        valid = matches(self._token, request.match_info["token"])
        found = self.server.admit(request, True if valid else None, limit_key="p:" + client_key(request.remote))
        return found if isinstance(found, web.Response) else True

    def _person_id(self, request: web.Request) -> int | None:
        raw = request.match_info.get("pid", "")
        return int(raw) if raw.isdigit() and len(raw) < 10 else None

    async def page(self, request: web.Request) -> web.StreamResponse:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            if refused.status != 404:
                return refused
            gone = web.Response(status=404, text=_page_file("gone.html"), content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)
            mark(gone, "not found")
            return gone
        token = urllib.parse.quote(request.match_info["token"], safe="")
        html = _page_file("index.html").replace("__TOKEN__", token)
        return web.Response(text=html, content_type="text/html", charset="utf-8", headers=SECURITY_HEADERS)

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["asset"]
        refused = await self._admit(request)
        if isinstance(refused, web.Response) or name not in ASSETS:
            response = web.Response(status=refused.status if isinstance(refused, web.Response) else 404, text="Not found", headers=SECURITY_HEADERS)
            mark(response, "not found")
            return response
        return web.Response(text=_page_file(name), content_type=ASSETS[name], charset="utf-8", headers=SECURITY_HEADERS)

    async def search(self, request: web.Request) -> web.Response:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            return refused
        query = request.query.get("q", "")
        if len(query) > MAX_QUERY or "\x00" in query:
            return json_answer({"error": f"q must be up to {MAX_QUERY} characters"}, 400)
        hits = await self.server.in_read_thread(find_people, self.db, query)
        return json_answer({"people": [hit.as_json() for hit in hits]})

    async def person(self, request: web.Request) -> web.Response:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            return refused
        pid = self._person_id(request)
        try:
            if pid is None:
                raise KvadrantError("participant_not_found")
            card = await self.server.in_read_thread(person_card, self.db, pid, self.db.clock)
        except KvadrantError:
            return json_answer(NOT_FOUND, 404)
        return json_answer(card)

    async def checkin(self, request: web.Request) -> web.Response:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            return refused
        pid = self._person_id(request)
        try:
            if pid is None:
                raise KvadrantError("participant_not_found")
            change = await self._check_in(pid)
        except KvadrantError as error:
            if error.message.code == "self_checkin_off":
                return json_answer({"error": "self check-in is off"}, 409)
            return json_answer(NOT_FOUND, 404)
        answer = await self.server.in_read_thread(checked_in, self.db, pid, change)
        return json_answer(answer)

    async def _check_in_here(self, participant_id: int) -> GroupsChanged:
        change: GroupsChanged = await self.server.in_write_turn(check_in, self.db, participant_id)
        return change

    async def evaluation(self, request: web.Request) -> web.Response:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            return refused
        if self._evaluation_mark < 0 or self.db.changes.changed_since(self._evaluation_mark, ignoring=_NOT_QUESTIONNAIRE):
            mark = self.db.changes.mark()
            self._evaluation = await self.server.in_read_thread(_questionnaire, self.db)
            self._evaluation_mark = mark
        return json_answer(self._evaluation)

    async def answer(self, request: web.Request) -> web.Response:
        refused = await self._admit(request)
        if isinstance(refused, web.Response):
            return refused
        body = await self.server.json_body(request)
        if isinstance(body, web.Response):
            return body
        if not isinstance(body, dict):
            return json_answer({"error": "the body must be a JSON object"}, 400)
        try:
            submitted = await self.server.in_write_turn(submit_response, self.db, body.get("respondent"), body.get("answers"))
        except AnswerError as error:
            return json_answer({"error": str(error)}, 400)
        except KvadrantError as error:
            if error.message.code == "evaluation_closed":
                return json_answer({"error": "the evaluation is closed"}, 409)
            raise
        return json_answer({"saved": True, "replaced": submitted.replaced})


def _questionnaire(db: ConferenceDb) -> dict:
    """What a phone gets: whether the questionnaire is open, and its questions (one read)."""
    with db.read():
        return {"open": is_open(db), "questions": [question.as_json() for question in questions(db)]}
