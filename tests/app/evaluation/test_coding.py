"""The coding board: seed 004's six categories, filing in several, quotes, findings, summaries."""
from __future__ import annotations

import pytest

from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.evaluation.coding import (
    DEFAULT_CATEGORIES,
    add_category,
    add_summary_cards,
    board,
    ensure_categories,
    file_card,
    move_category,
    remove_category,
    remove_summary_card,
    rename_category,
    set_finding,
    set_quote,
)
from app.evaluation.responses import submit_response
from app.groups.plans import current_plan, make_plan
from app.referent.summaries import block_for_kvadrant, save_summary
from tests.app.evaluation.conftest import by_kind


def test_categories_start_from_seed_004(evaluation_db: ConferenceDb) -> None:
    ensure_categories(evaluation_db)
    ensure_categories(evaluation_db)
    names = [c.name for c in board(evaluation_db).categories]
    assert names == list(DEFAULT_CATEGORIES) == ["Forventninger", "Forankring", "Organisering", "Innhold og arbeidsmåter", "Erfaringer", "Resultat"]
    extra = add_category(evaluation_db, "  Tid  ")
    rename_category(evaluation_db, extra.id, "Tid og pauser")
    move_category(evaluation_db, extra.id, 0)
    assert [c.name for c in board(evaluation_db).categories][:2] == ["Tid og pauser", "Forventninger"]
    with pytest.raises(KvadrantError):
        add_category(evaluation_db, "   ")
    remove_category(evaluation_db, extra.id)
    assert [c.position for c in board(evaluation_db).categories] == list(range(6))


def test_filing_quotes_and_findings(evaluation_db: ConferenceDb) -> None:
    ensure_categories(evaluation_db)
    text = by_kind(evaluation_db, "open")[0]
    submit_response(evaluation_db, "phone-aaaa0001", {str(text.id): "Forankring hos eier var tydelig"})
    card = board(evaluation_db).cards[0]
    first, second = board(evaluation_db).categories[1:3]
    assert file_card(evaluation_db, card.id, first.id) and file_card(evaluation_db, card.id, second.id)
    assert not file_card(evaluation_db, card.id, first.id)  # already there
    set_quote(evaluation_db, card.id, True)
    set_finding(evaluation_db, first.id, "  God forankring\n på flere nivå  ")
    now = board(evaluation_db)
    assert now.cards[0].categories == {first.id, second.id} and now.cards[0].quote
    assert now.categories[1].finding == "God forankring på flere nivå"
    assert [c.id for c in now.in_category(first.id)] == [card.id] and now.uncoded == []
    remove_category(evaluation_db, second.id)
    assert board(evaluation_db).cards[0].categories == {first.id}
    assert file_card(evaluation_db, card.id, first.id, False) and board(evaluation_db).uncoded
    with pytest.raises(KvadrantError):
        file_card(evaluation_db, 9999, first.id)
    with pytest.raises(KvadrantError):
        remove_summary_card(evaluation_db, card.id)


def test_group_summaries_become_cards_once(evaluation_db: ConferenceDb) -> None:
    make_plan(evaluation_db, kvadrant=1, seed=1)
    block = block_for_kvadrant(evaluation_db, 1)
    assert block is not None

    plan = current_plan(evaluation_db, 1)
    assert plan is not None
    save_summary(evaluation_db, block_id=block.id, group_id=plan.tables[0].id, text="Første avsnitt.\n\nAndre avsnitt & <mer>.", base_version=0, source="laptop")
    save_summary(evaluation_db, block_id=block.id, group_id=plan.tables[1].id, text="   ", base_version=0, source="laptop")
    assert add_summary_cards(evaluation_db) == 2
    assert add_summary_cards(evaluation_db) == 0
    assert add_summary_cards(evaluation_db, by_paragraph=False) == 1
    cards = board(evaluation_db).cards
    assert [c.text for c in cards] == ["Første avsnitt.", "Andre avsnitt & <mer>.", "Første avsnitt.\n\nAndre avsnitt & <mer>."]
    assert all(c.from_summary and block.title in c.origin for c in cards)
    remove_summary_card(evaluation_db, cards[-1].id)
    assert len(board(evaluation_db).cards) == 2
