"""Suggested categories for an uncoded card, from the words it shares with cards already coded:
plain word statistics (tf-idf, a Norwegian stop-word list, a light stemmer), no network, no model.

Each category is the sum of its cards' word vectors; a card is suggested the categories whose sum
is nearest its own (cosine), with the shared words that weighed most, so the facilitator sees why.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from app.evaluation.coding import Board, Card

#: Bokmål (and a little nynorsk) words too common to say what a card is about.
STOP_WORDS = frozenset(
    """
    alle allerede alt andre annen annet at av bare begge ble blei bli blir blitt bra både da dag
    dagen de deg dei deira deires dem den denne der dere deres det dette di din disse dit ditt du
    eg ein eit eitt eller en ene eneste enn er et ett etter fall for fordi fra få før gang ganske
    god godt gjennom gjort gjøre ha hadde han hans har hennar henne hennes her hjå ho hoe honom
    hoss hossen hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ikkje ingen ingi
    inkje inn inni ja jeg kan kom korleis korso kun kunne kva kvar kvarhelst kven kvi kvifor lage
    litt man mange me med medan meg meget mellom men mer mest mi min mine mitt mot mye mykje må
    måtte ned nei no noe noen noka noko nokon nokor nokre ny nå når og også om opp oss over på
    samme seg selv si sia sidan siden sin sine sitt sjøl skal skulle slik so som somme somt store
    stort så sånn til um upp ut uten var vart varte ved vere verte vi vil ville vore vors vort vår
    være vært veldig veit vet
    """.split()
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SUFFIXES = ("ene", "ane", "ens", "ets", "het", "ing", "er", "en", "et", "ar", "e")
MIN_SCORE = 0.08
MAX_SUGGESTIONS = 3


@dataclass(frozen=True)
class Suggestion:
    category_id: int
    score: float
    words: tuple[str, ...]  # the shared words that weighed most


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """A light Norwegian stemmer: forankringen, forankring → forankr; kommunene → kommun."""
    for _ in range(2):  # forankringen → forankring → forankr
        suffix = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4), "")
        if not suffix:
            break
        word = word[: -len(suffix)]
    return word


def telling_words(text: str) -> list[str]:
    """The words of ``text`` that can say what it is about (no stop words), casefolded."""
    return [word for word in _WORD.findall(text.casefold()) if word not in STOP_WORDS]


def words(text: str) -> list[str]:
    """The card's words that can say what it is about, stemmed."""
    return [stem(word) for word in telling_words(text)]


class Suggester:
    """Built once from a board; asked about any number of cards."""

    def __init__(self, board: Board) -> None:
        self._cards = {card.id: Counter(words(card.text)) for card in board.cards}
        frequency: Counter[str] = Counter()
        for counts in self._cards.values():
            frequency.update(counts.keys())
        total = max(1, len(self._cards))
        self._idf = {word: math.log((1 + total) / (1 + seen)) + 1 for word, seen in frequency.items()}
        self._categories: dict[int, dict[str, float]] = {}
        self._surface: dict[str, str] = {}
        for card in board.cards:
            for word in _WORD.findall(card.text.casefold()):
                self._surface.setdefault(stem(word), word)
            vector = self._vector(self._cards[card.id])
            for category_id in card.categories:
                into = self._categories.setdefault(category_id, {})
                for word, weight in vector.items():
                    into[word] = into.get(word, 0.0) + weight
        self._norms = {cid: math.sqrt(sum(w * w for w in vec.values())) for cid, vec in self._categories.items()}

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vector = {word: (1 + math.log(n)) * self._idf.get(word, 1.0) for word, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        return {word: weight / norm for word, weight in vector.items()}

    def suggest(self, card: Card) -> list[Suggestion]:
        """Up to three categories for ``card`` (best first), none it is already in; none at all
        when it shares no telling word with a coded card."""
        vector = self._vector(self._cards.get(card.id) or Counter(words(card.text)))
        found = []
        for category_id, centre in self._categories.items():
            if category_id in card.categories or not self._norms[category_id]:
                continue
            shared = {word: weight * centre[word] for word, weight in vector.items() if word in centre}
            score = sum(shared.values()) / self._norms[category_id]
            if score >= MIN_SCORE:
                top = sorted(shared, key=lambda w: -shared[w])[:3]
                found.append(Suggestion(category_id, score, tuple(self._surface.get(w, w) for w in top)))
        found.sort(key=lambda s: -s.score)
        return found[:MAX_SUGGESTIONS]
