"""Suggested categories on a coded sample: words shared with coded cards point the way; no
shared telling word, no suggestion; a category the card is already in is never suggested."""
from __future__ import annotations

from app.evaluation.coding import Board, Card, Category
from app.evaluation.suggestions import Suggester, stem, words

CATEGORIES = (Category(1, "Forankring", "", 0), Category(2, "Organisering", "", 1), Category(3, "Innhold", "", 2))
CODED = {
    1: [
        "Forankringen hos kulturskoleeier og politikerne er blitt bedre",
        "Vi trenger forankring i kommunens planverk",
        "Eier og leder må forankre arbeidet i kommunen",
        "Politisk forankring gjør at planen lever videre",
    ],
    2: [
        "For lite tid i gruppene, og pausene var for korte",
        "Tidsplanen sprakk etter lunsj",
        "Lokalet var trangt og gruppene satt for tett",
        "Mer tid til gruppearbeid og lengre pauser",
    ],
    3: [
        "Innlegget om rammeplanen ga faglig påfyll",
        "Foredraget var inspirerende og relevant",
        "Gode innlegg om kulturskolen som lokalt ressurssenter",
        "Faglig påfyll om rammeplanen hjalp oss",
    ],
}


def _board(extra: list[tuple[int, str, frozenset[int]]]) -> Board:
    cards = [Card(10 * cat + i, text, "", False, frozenset({cat}), False) for cat, texts in CODED.items() for i, text in enumerate(texts)]
    cards += [Card(card_id, text, "", False, cats, False) for card_id, text, cats in extra]
    return Board(CATEGORIES, tuple(cards))


def test_words_are_stemmed_without_stop_words() -> None:
    assert stem("forankringen") == stem("forankring")
    assert words("Vi og de har det bra, men forankringen!") == [stem("forankringen")]


def test_held_out_cards_get_their_category_first() -> None:
    held_out = [
        (101, "Forankring hos eier i kommunen var svak", 1),
        (102, "Pausene var altfor korte og tiden for knapp", 2),
        (103, "Rammeplanen og det faglige påfyllet var nyttig", 3),
        (104, "Gruppene hadde for lite tid", 2),
    ]
    board = _board([(cid, text, frozenset()) for cid, text, _ in held_out])
    suggester = Suggester(board)
    for card_id, _text, expected in held_out:
        card = next(c for c in board.cards if c.id == card_id)
        suggested = suggester.suggest(card)
        assert suggested and suggested[0].category_id == expected, (card.text, suggested)
        assert suggested[0].words  # says why
        assert len(suggested) <= 3 and [s.score for s in suggested] == sorted((s.score for s in suggested), reverse=True)


def test_no_shared_word_no_suggestion_and_never_its_own_category() -> None:
    board = _board([(201, "Kaffen var god 🎻", frozenset()), (202, "Forankring i kommunen", frozenset({1}))])
    suggester = Suggester(board)
    assert suggester.suggest(board.cards[-2]) == []
    assert all(s.category_id != 1 for s in suggester.suggest(board.cards[-1]))
    empty = Board(CATEGORIES, (Card(1, "Forankring i kommunen", "", False, frozenset(), False),))
    assert Suggester(empty).suggest(empty.cards[0]) == []
