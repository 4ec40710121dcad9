"""The coding board (seed 004's Trello board): every open answer, and on request each group
summary or its paragraphs, is a card; categories are columns; a card may be filed in several,
marked as a quote to use; each category has a one-line finding. Every change is committed."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.messages import KvadrantError
from app.common.text import clean
from app.conference_file.ordering import in_order, move_to, renumber
from app.conference_file.schema import Block, EvalCard, EvalCategory, EvalCoding, Group, Summary
from app.conference_file.storage import ConferenceDb

#: Seed 004's six categories (2.2), where a new board starts.
DEFAULT_CATEGORIES = ("Forventninger", "Forankring", "Organisering", "Innhold og arbeidsmåter", "Erfaringer", "Resultat")
MAX_NAME = 60
MAX_FINDING = 300
_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    finding: str
    position: int


@dataclass(frozen=True)
class Card:
    id: int
    text: str
    origin: str
    quote: bool
    categories: frozenset[int]
    from_summary: bool


@dataclass(frozen=True)
class Board:
    categories: tuple[Category, ...]
    cards: tuple[Card, ...]

    def in_category(self, category_id: int) -> list[Card]:
        return [card for card in self.cards if category_id in card.categories]

    @property
    def uncoded(self) -> list[Card]:
        return [card for card in self.cards if not card.categories]


def ensure_categories(db: ConferenceDb) -> None:
    """Give a board without categories seed 004's six."""
    with db.read() as session:
        if session.scalar(select(EvalCategory.id).limit(1)) is not None:
            return
    with db.write() as session:
        if session.scalar(select(EvalCategory.id).limit(1)) is None:
            session.add_all(EvalCategory(position=i, name=name) for i, name in enumerate(DEFAULT_CATEGORIES))


def board(db: ConferenceDb) -> Board:
    with db.read() as session:
        categories = tuple(Category(c.id, c.name, c.finding, c.position) for c in in_order(session, EvalCategory))
        filed: dict[int, set[int]] = {}
        for coding in session.scalars(select(EvalCoding)):
            filed.setdefault(coding.card_id, set()).add(coding.category_id)
        cards = tuple(
            Card(card.id, card.text, card.origin, card.quote, frozenset(filed.get(card.id, ())), card.summary_id is not None)
            for card in session.scalars(select(EvalCard).order_by(EvalCard.id))
        )
    return Board(categories, cards)


def _name(name: str) -> str:
    name = clean(name)
    if not name:
        raise KvadrantError("category_no_name")
    return name[:MAX_NAME]


def add_category(db: ConferenceDb, name: str) -> Category:
    with db.write() as session:
        position = len(in_order(session, EvalCategory))
        category = EvalCategory(position=position, name=_name(name))
        session.add(category)
        session.flush()
        return Category(category.id, category.name, "", position)


def rename_category(db: ConferenceDb, category_id: int, name: str) -> None:
    with db.write() as session:
        _category(session, category_id).name = _name(name)


def remove_category(db: ConferenceDb, category_id: int) -> None:
    """Remove a column; its cards stay on the board (in their other categories, or uncoded)."""
    with db.write() as session:
        session.delete(_category(session, category_id))
        session.flush()
        renumber(in_order(session, EvalCategory))


def move_category(db: ConferenceDb, category_id: int, position: int) -> None:
    with db.write() as session:
        if move_to(in_order(session, EvalCategory), category_id, position) is None:
            raise KvadrantError("category_not_found")


def set_finding(db: ConferenceDb, category_id: int, finding: str) -> None:
    """The category's finding, one line (seed 004 opens each category with one)."""
    with db.write() as session:
        _category(session, category_id).finding = clean(finding)[:MAX_FINDING]


def _category(session: Session, category_id: int) -> EvalCategory:
    category = session.get(EvalCategory, category_id)
    if category is None:
        raise KvadrantError("category_not_found")
    return category


def _card(session: Session, card_id: int) -> EvalCard:
    card = session.get(EvalCard, card_id)
    if card is None:
        raise KvadrantError("card_not_found")
    return card


def file_card(db: ConferenceDb, card_id: int, category_id: int, filed: bool = True) -> bool:
    """File a card in a category (or take it out); returns whether that changed anything."""
    with db.write() as session:
        _card(session, card_id)
        _category(session, category_id)
        coding = session.get(EvalCoding, (card_id, category_id))
        if filed and coding is None:
            session.add(EvalCoding(card_id=card_id, category_id=category_id))
            return True
        if not filed and coding is not None:
            session.delete(coding)
            return True
        return False


def set_quote(db: ConferenceDb, card_id: int, quote: bool) -> None:
    """Mark a card as a quote to use in the report (or not)."""
    with db.write() as session:
        _card(session, card_id).quote = quote


def add_summary_cards(db: ConferenceDb, *, by_paragraph: bool = True) -> int:
    """Put every group summary with text on the board, whole or a card per paragraph; one
    already there is not added again. Returns how many cards were added."""
    added = 0
    with db.write() as session:
        have = {(c.summary_id, c.paragraph) for c in session.scalars(select(EvalCard).where(EvalCard.summary_id.is_not(None)))}
        rows = session.execute(
            select(Summary, Group, Block).join(Group, Summary.group_id == Group.id).join(Block, Summary.block_id == Block.id).order_by(Block.position, Group.number)
        )
        for summary, group, block in rows:
            text = summary.text.strip()
            if not text:
                continue
            parts = [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()] if by_paragraph else [text]
            origin = f"{block.title}, {group.label or f'bord {group.number}'}"
            for index, part in enumerate(parts, start=1 if by_paragraph else 0):
                if (summary.id, index) in have:
                    continue
                session.add(EvalCard(summary_id=summary.id, paragraph=index, text=part, origin=origin))
                added += 1
    return added


def remove_summary_card(db: ConferenceDb, card_id: int) -> None:
    """Take a summary's card off the board (an answer's card goes only with its answer)."""
    with db.write() as session:
        card = _card(session, card_id)
        if card.summary_id is None:
            raise KvadrantError("card_is_answer")
        session.delete(card)
