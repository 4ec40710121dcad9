"""Fixtures the phone-page tests share (the browser tests skip themselves without Chromium:
``tests.app.browser_support.require_browser``)."""
from __future__ import annotations

from typing import Any, Iterator

import pytest


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    """Playwright, started once per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running
