"""Suggested themes for the unsorted key points, from the words they share (the evaluation's word
statistics: stemmed words without Norwegian stop words; no network, no model). A suggestion is
only a proposal: it is applied when the facilitator accepts it (``themes.add_theme``).

Greedy: the stem shared by most unsorted points (at least two) makes a theme named after its most
common spelling; its points are taken, and the next stem is looked for among the rest.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.evaluation.suggestions import stem, telling_words
from app.plenum.themes import KeyPoint, Plenum
MAX_SUGGESTIONS = 8


@dataclass(frozen=True)
class SuggestedTheme:
    name: str
    points: tuple[KeyPoint, ...]
    word: str  # the shared word it is named after


def _stems(text: str) -> dict[str, str]:
    """Stem → the spelling first seen in the text."""
    found: dict[str, str] = {}
    for word in telling_words(text):
        found.setdefault(stem(word), word)
    return found


def suggest_themes(current: Plenum) -> list[SuggestedTheme]:
    """Themes for the unsorted points, biggest first; none when no two points share a word."""
    left = {point.key: point for point in current.unsorted}
    stems = {key: _stems(point.text) for key, point in left.items()}
    suggestions: list[SuggestedTheme] = []
    while left and len(suggestions) < MAX_SUGGESTIONS:
        counts: Counter[str] = Counter(s for key in left for s in stems[key])
        if not counts:
            break
        best, seen = max(counts.items(), key=lambda item: (item[1], len(item[0]), item[0]))
        if seen < 2:
            break
        taken = [left.pop(key) for key in [k for k in left if best in stems[k]]]
        spellings = Counter(stems[p.key][best] for p in taken)
        word = spellings.most_common(1)[0][0]
        suggestions.append(SuggestedTheme(word.capitalize(), tuple(taken), word))
    return suggestions
