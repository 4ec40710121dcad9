"""The referent server against bad input, slow clients, crowds of connections and link guessers.

HTTP-level cases use aiohttp's TestClient; connection-level ones run the real server on 127.0.0.1
(port 0) and talk to it with raw asyncio sockets. Every loop is bounded in count and in time.
"""
from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan
from app.referent.links import ensure_links
from app.referent.server import SECURITY_HEADERS, RateLimiter, ReferentServer, _too_deep
from app.referent.server_limits import client_key, raise_open_files_limit
from app.referent.summaries import get_summary
from app.roster.demo import create_demo

JSON = {"Content-Type": "application/json"}


@pytest.fixture
def demo(tmp_path: Path):
    db = create_demo(tmp_path / "hard.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


def serve(db: ConferenceDb, test: Callable[[TestClient, ReferentServer], Awaitable[None]], **kwargs: Any) -> None:
    async def main() -> None:
        server = ReferentServer(db, **kwargs)
        try:
            async with asyncio.timeout(60):
                async with TestClient(TestServer(server.app)) as client:
                    await test(client, server)
        finally:
            server.close()

    asyncio.run(main())


def live(db: ConferenceDb, test: Callable[[ReferentServer, int], Awaitable[None]], **kwargs: Any) -> None:
    """The real server (with its connection guard) on 127.0.0.1, an OS-chosen port."""

    async def main() -> None:
        server = ReferentServer(db, **kwargs)
        await server.start("127.0.0.1", 0)
        try:
            assert server.port
            async with asyncio.timeout(60):
                await test(server, server.port)
        finally:
            await server.stop()
            server.close()

    asyncio.run(main())


async def read_answer(reader: asyncio.StreamReader, limit: float = 5.0) -> tuple[int, dict[str, str], bytes]:
    async with asyncio.timeout(limit):
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, body


async def closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    """Whether the server closes the connection within ``seconds`` (EOF or reset)."""
    try:
        async with asyncio.timeout(seconds):
            while True:  # bounded by the timeout
                if not await reader.read(4096):
                    return True
    except TimeoutError:  # before OSError: TimeoutError is one
        return False
    except (ConnectionError, OSError):
        return True


def assert_guarded_headers(headers: Any) -> None:
    lower = {k.lower(): v for k, v in headers.items()}
    for name, value in SECURITY_HEADERS.items():
        assert lower.get(name.lower()) == value, name
    assert "aiohttp" not in lower.get("server", "").lower() and "python" not in lower.get("server", "").lower()


# -- 1. every invalid input is a 400 with a short JSON error ----------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "a\\ud800b", "base_version": 0}',
        b'{"text": "a\\udfffb", "base_version": 0}',
        b'{"text": "x", "base_version": 0, "note": ["ok", {"deep": "\\ud83c"}]}',
        b'{"text": "x", "base_version": 0, "\\ud800": 1}',
        b'{"text": "a\\u0000b", "base_version": 0}',
        b'{"text": "x", "base_version": 0, "n": ' + b"[" * 21 + b"]" * 21 + b"}",
        b'{"text": "x", "base_version": 0, "n": ' + b'{"a":' * 21 + b"1" + b"}" * 21 + b"}",
        b"[" * 10_000 + b"]" * 10_000,
        b"[" * 100_000,
        b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
        b"[{" * 15 + b"}]" * 15,
        b'{"text": "x", "base_version": 0, "n": ' + b"[" * 30 + b"}" * 30 + b"}",
    ],
    ids=["surrogate", "low-surrogate", "surrogate-nested", "surrogate-key", "nul", "depth-21", "objects-21",
         "arrays-10000", "open-100000", "objects-10000", "alternating-30", "mismatched"],
)
def test_invalid_bodies_are_400_json_and_write_nothing(demo: ConferenceDb, body: bytes) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        response = await client.put(f"/api/r/{link.token}", data=body, headers=JSON)
        assert response.status == 400
        answer = await response.json()
        assert set(answer) == {"error"} and len(answer["error"]) < 80

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/json; charset=latin-1",
                     "application/json; charset=bogus", "multipart/form-data; boundary=x",
                     "application/x-www-form-urlencoded"]
)
def test_a_put_that_is_not_json_is_400(demo: ConferenceDb, content_type: str | None) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        headers = {"Content-Type": content_type} if content_type else {}
        data = json.dumps({"text": "x", "base_version": 0}).encode()
        response = await client.put(f"/api/r/{link.token}", data=data, headers=headers)
        assert response.status == 400 and "error" in await response.json()
        # An unknown link is still the plain 404, whatever the body.
        assert (await client.put("/api/r/nope", data=data, headers=headers)).status == 404

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_valid_escapes_brackets_and_pairs_are_stored(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    text = 'Fiolin 🎻 \\" \\\\ "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{"' + "]" * 40 + "\t\n"

    async def test(client: TestClient, server: ReferentServer) -> None:
        data = json.dumps({"text": text, "base_version": 0}, ensure_ascii=True).encode()  # 🎻 as a \\ud83c\\udfbb pair
        assert b"\\ud83c\\udfbb" in data
        response = await client.put(f"/api/r/{link.token}", data=data, headers={"Content-Type": "application/json; charset=UTF-8"})
        assert response.status == 200, await response.text()
        nested = b'{"text": "y", "base_version": 1, "n": ' + b"[" * 19 + b"]" * 19 + b"}"
        assert (await client.put(f"/api/r/{link.token}", data=nested, headers=JSON)).status == 200

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 2


def test_depth_check_matches_json() -> None:
    assert not _too_deep('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')
    assert not _too_deep('["\\\\", "\\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[", ' + "[" * 19 + "]" * 19 + "]")
    assert _too_deep('["\\\\", ' + "[" * 20 + "]" * 20 + "]")
    assert not _too_deep("[]" * 5000)
    assert _too_deep("[" * 21 + "]" * 21)
    assert not _too_deep("[" * 20 + "]" * 20)


# -- 2. headers on every answer -------------------------------------------------------------------
def test_every_answer_has_the_security_headers_and_no_library_name(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        answers = [
            await client.get(f"/r/{link.token}"),
            await client.get(f"/api/r/{link.token}"),
            await client.get("/"),
            await client.get("/r/unknown"),
            await client.get(f"/r/{link.token}/nothing.js"),
            await client.put(f"/api/r/{link.token}", data=b"{", headers=JSON),
            await client.put(f"/api/r/{link.token}", data=b"x" * (300 * 1024), headers=JSON),
        ]
        assert [a.status for a in answers] == [200, 200, 404, 404, 404, 400, 413]
        for method in ("POST", "DELETE", "PATCH"):
            answer = await client.request(method, f"/api/r/{link.token}")
            assert answer.status == 405 and set(answer.headers["Allow"].split(",")) >= {"GET", "PUT"}
            assert "error" in await answer.json()
            answers.append(answer)
        for answer in answers:
            assert_guarded_headers(answer.headers)

    serve(demo, test)


def test_parser_errors_are_short_json_with_headers_and_log_no_token(demo: ConferenceDb, caplog: pytest.LogCaptureFixture) -> None:
    token = ensure_links(demo)[0].token
    caplog.set_level(logging.DEBUG)

    async def test(server: ReferentServer, port: int) -> None:
        requests = [
            f"GET /api/r/{token}{'A' * 20_000} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),  # request line too long
            f"GET /api/r/{token} HTTP/1.1\r\nX-Long: {token}{'B' * 20_000}\r\n\r\n".encode(),  # header too long
            f"\x00\x01{token} garbage\r\n\r\n".encode(),
            f"GET /api/r/{token} HTTP/9.9\r\n\r\n".encode(),
        ]
        for raw in requests:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(raw)
            await writer.drain()
            status, headers, body = await read_answer(reader)
            assert status == 400, raw[:40]
            assert_guarded_headers(headers)
            assert json.loads(body) == {"error": "bad request"}
            assert token.encode() not in body
            writer.close()

    live(demo, test)
    assert token not in caplog.text and "Traceback" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)
    refused = [r for r in caplog.records if r.name == "kvadrant.server" and "refused 400" in r.getMessage()]
    assert len(refused) == 4


# -- 3. logs ---------------------------------------------------------------------------------------
def test_one_short_line_per_refusal_without_token_or_text(demo: ConferenceDb, caplog: pytest.LogCaptureFixture) -> None:
    link = ensure_links(demo)[0]
    secret = "Hemmelig referattekst"
    caplog.set_level(logging.DEBUG)

    async def test(server: ReferentServer, port: int) -> None:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as client:
            await refusals(client)

    async def refusals(client: aiohttp.ClientSession) -> None:
        api = f"/api/r/{link.token}"
        assert (await client.put(api, json={"text": secret, "base_version": 0})).status == 200
        statuses = [
            (await client.put(api, json={"text": secret + "\x00", "base_version": 1})).status,
            (await client.put(api, data=json.dumps({"text": secret}), headers={"Content-Type": "text/plain"})).status,
            (await client.put(api, json={"text": secret + " 2", "base_version": 0})).status,
            (await client.post(api, json={"text": secret})).status,
            (await client.get(f"/api/r/{link.token[:-3]}xyz")).status,
        ]
        assert statuses == [400, 400, 409, 405, 404]

    live(demo, test)
    lines = [r for r in caplog.records if r.name == "kvadrant.server"]
    assert len(lines) == 5 and all(r.getMessage().startswith("refused") for r in lines)
    assert [r.getMessage().split()[1] for r in lines] == ["400", "400", "409", "405", "404"]
    assert link.token not in caplog.text and link.token[:-3] not in caplog.text and secret not in caplog.text
    assert "Traceback" not in caplog.text and all(r.exc_info is None for r in caplog.records)


# -- 4. slow clients and connection caps --------------------------------------------------------------
def test_slow_clients_cannot_lock_everyone_out(demo: ConferenceDb, caplog: pytest.LogCaptureFixture) -> None:
    link = ensure_links(demo)[0]
    caplog.set_level(logging.INFO)

    async def test(server: ReferentServer, port: int) -> None:
        slow = []
        for _ in range(40):  # 40 connections from 127.0.0.1 that send headers very slowly
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"GET /api/r/")
            slow.append((reader, writer))
        await asyncio.sleep(0.2)
        closed_at_once = await asyncio.gather(*(closed_within(reader, 0.1) for reader, _ in slow))
        assert closed_at_once.count(True) == 8  # past the cap of 32 per address
        kept = [pair for pair, closed in zip(slow, closed_at_once) if not closed]

        # An honest phone (another address) is answered at once.
        started = time.monotonic()
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.2", 0))
        writer.write(f"GET /api/r/{link.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        status, headers, body = await read_answer(reader, 1.0)
        assert status == 200 and json.loads(body)["group"] == link.group
        assert time.monotonic() - started < 1.0
        writer.close()

        # The slow ones keep dribbling, one byte at a time: the header deadline still closes them.
        for _ in range(3):
            for _, w in kept:
                if not w.is_closing():
                    w.write(b"x")
            await asyncio.sleep(0.3)
        results = await asyncio.gather(*(closed_within(reader, 1.5) for reader, _ in kept))
        assert all(results)
        assert time.monotonic() - started < 3.0
        for _, w in slow:
            w.close()

        # Once they are gone 127.0.0.1 is welcome again.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /api/r/{link.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert (await read_answer(reader, 1.0))[0] == 200
        writer.close()

    live(demo, test, header_timeout=1.0)
    assert any("headers too slow" in r.getMessage() for r in caplog.records)
    assert any("too many open connections" in r.getMessage() for r in caplog.records)
    assert link.token not in caplog.text


def test_the_total_cap_closes_new_connections_and_keeps_the_open_ones(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]
    request = f"GET /api/r/{link.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode()

    async def test(server: ReferentServer, port: int) -> None:
        pairs = [await asyncio.open_connection("127.0.0.1", port) for _ in range(10)]
        await asyncio.sleep(0.1)
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=("127.0.0.3", 0))
        assert await closed_within(reader, 1.0)
        writer.close()
        for reader, writer in pairs:  # the open ones still work, and stay open (keep-alive)
            writer.write(request)
            assert (await read_answer(reader, 1.0))[0] == 200
        for _, writer in pairs:
            writer.close()

    live(demo, test, max_connections=10, max_connections_per_client=100)


def test_a_slow_body_is_408_and_an_idle_connection_is_closed(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(server: ReferentServer, port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"PUT /api/r/{link.token} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Content-Length: 100\r\n\r\n{{\"text\": ".encode())
        started = time.monotonic()
        status, headers, body = await read_answer(reader, 2.0)
        assert status == 408 and json.loads(body) == {"error": "body too slow"}
        assert 0.4 < time.monotonic() - started < 2.0
        assert_guarded_headers(headers)
        assert await closed_within(reader, 1.0)

        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /api/r/{link.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert (await read_answer(reader, 1.0))[0] == 200
        started = time.monotonic()
        assert await closed_within(reader, 2.0)  # idle keep-alive
        assert 0.4 < time.monotonic() - started < 2.0

    live(demo, test, body_timeout=0.5, keepalive_timeout=0.7)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_open_files_limit_is_raised_within_the_hard_limit() -> None:
    resource = pytest.importorskip("resource")
    allowed = raise_open_files_limit(512)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert 8 <= allowed <= 512
    assert hard == resource.RLIM_INFINITY or soft <= hard
    assert soft == resource.RLIM_INFINITY or allowed < soft


def test_at_a_hard_limit_of_256_there_is_still_room_for_a_hall_of_phones() -> None:
    """macOS's default: the caps leave the app its files and the phones 160 connections."""
    import subprocess
    import sys

    code = (
        "import resource, sys; sys.path.insert(0, sys.argv[1]);"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256));"
        "from app.referent.server_limits import raise_open_files_limit;"
        "print(raise_open_files_limit(512), resource.getrlimit(resource.RLIMIT_NOFILE)[0])"
    )
    root = str(Path(__file__).resolve().parents[3])
    out = subprocess.run([sys.executable, "-c", code, root], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["160", "256"]


def test_client_key_counts_ipv6_by_its_64() -> None:
    assert client_key("2001:db8:1:2:aaaa::1") == client_key("2001:db8:1:2:bbbb::9") == "2001:db8:1:2::/64"
    assert client_key("::ffff:10.0.0.7") == "10.0.0.7" and client_key("10.0.0.7") == "10.0.0.7"
    assert client_key(None) == "?"


# -- 5. the guess limiter -----------------------------------------------------------------------------
def test_a_guesser_is_refused_for_every_link_even_valid_ones(demo: ConferenceDb) -> None:
    link = ensure_links(demo)[0]

    async def test(client: TestClient, server: ReferentServer) -> None:
        assert (await client.get(f"/api/r/{link.token}")).status == 200
        statuses = []
        for k in range(30):  # guesses with the valid link mixed in: the valid one gains nothing
            statuses.append((await client.get(f"/api/r/guess{k}")).status)
            statuses.append((await client.get(f"/api/r/{link.token}")).status)
        guesses, valid = statuses[::2], statuses[1::2]
        assert guesses.count(404) == 12 and guesses[12:] == [429] * 18
        assert valid[:11] == [200] * 11 and valid[12:] == [429] * 18
        assert (await client.get(f"/r/{link.token}")).status == 429
        assert (await client.put(f"/api/r/{link.token}", json={"text": "x", "base_version": 0})).status == 429

    serve(demo, test)
    assert get_summary(demo, link.block_id, link.group_id).version == 0


def test_parallel_guesses_cannot_outrun_the_limiter(demo: ConferenceDb) -> None:
    async def test(client: TestClient, server: ReferentServer) -> None:
        answers = await asyncio.gather(*(client.get(f"/api/r/parallel{k}") for k in range(40)))
        statuses = sorted(a.status for a in answers)
        assert statuses.count(404) == 12 and statuses.count(429) == 28

    serve(demo, test)


def test_the_penalty_lasts_and_then_ends() -> None:
    limiter = RateLimiter(rate=0.2, burst=3, penalty=60)
    assert [limiter.allow("a", now=0.0) for _ in range(4)] == [True, True, True, False]
    assert not limiter.allow("a", now=30.0) and not limiter.allow("a", now=59.0)
    assert limiter.allow("b", now=30.0)  # others are not affected
    assert limiter.blocked("a", now=59.0) and not limiter.blocked("a", now=65.0)
    assert limiter.allow("a", now=65.0)  # refilled after the penalty, at the normal rate


def test_many_clients_do_not_flush_a_blocked_one() -> None:
    limiter = RateLimiter(rate=0.2, burst=1, penalty=60)
    assert limiter.allow("guesser", now=0.0) and not limiter.allow("guesser", now=0.0)
    for k in range(12_000):
        limiter.allow(f"phone{k}", now=1.0 + k / 1e6)
    assert len(limiter.buckets) <= 10_000
    assert not limiter.allow("guesser", now=10.0)


def test_a_phone_gone_mid_body_is_one_quiet_line_not_an_internal_error(
    demo: ConferenceDb, caplog: pytest.LogCaptureFixture
) -> None:
    link = ensure_links(demo)[0]
    caplog.set_level(logging.INFO)

    async def test(server: ReferentServer, port: int) -> None:
        for _ in range(3):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            head = f"PUT /api/r/{link.token} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
            writer.write(head.encode() + b'{"text": "halv')
            await writer.drain()
            await asyncio.sleep(0.05)
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # reset, as a lost phone
            writer.close()
            await asyncio.sleep(0.1)
        # The server goes on answering.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET /api/r/{link.token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert (await read_answer(reader, 2.0))[0] == 200
        writer.close()

    live(demo, test)
    assert "internal error" not in caplog.text and "Traceback" not in caplog.text
    assert get_summary(demo, link.block_id, link.group_id).version == 0
