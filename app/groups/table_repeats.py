"""The table planner's last step where there is history: a tabu search that lowers the number of
pairs who sat together in earlier plans (rule 6), by trades that leave rules 1–5 exactly where the
dealing and repairs put them. It is the one long-running, randomised search of the planner and is
tuned on its own (iterations, stagnation, sampling on big rosters), so it has a module to itself.
"""
from __future__ import annotations

import random

from app.groups.table_seating import REPEAT, Seating


def reduce_repeats(plan: Seating, rng: random.Random, *, iterations: int, stagnation: int = 300) -> None:
    """Tabu search on repeat pairs by trades that keep rules 1–5 at their optimum.

    Each step takes the best trade of someone in a repeat pair (steepest descent, even when it is
    no better, so the search walks along plateaus); a traded pair may not trade back for a few
    steps unless that gives the best plan yet. After a long stagnation a few neutral trades shake
    the plan. The best plan seen is kept. (After Dotú and Van Hentenryck's local search for the
    social golfer problem.)
    """
    movable = [i for i in range(plan.n) if i not in plan.locked]
    # On big rosters, look at a sample of trade partners per step: history matters most at
    # ~100 people, and a full scan would cost n² per step.
    sample = len(movable) > 400
    repeats = plan.cost()[REPEAT]
    best_repeats, best_tables = repeats, list(plan.table_of)
    tabu_until: dict[tuple[int, int], int] = {}
    last_improvement = 0
    for step in range(iterations):
        if repeats == 0:
            break
        conflicted = [i for i in movable if plan.repeats_at(i, plan.table_of[i])]
        partners = rng.sample(movable, 400) if sample else movable
        best: tuple[tuple[int, float], int, int, int] | None = None
        for i in conflicted:
            a = plan.table_of[i]
            for j in partners:
                if plan.table_of[j] == a:
                    continue
                delta = plan.swap_delta(i, j)
                if delta[:3] > (0, 0, 0):
                    continue
                pair = (i, j) if i < j else (j, i)
                if tabu_until.get(pair, -1) > step and repeats + delta[3] >= best_repeats:
                    continue
                key = (delta[3] if delta[:3] == (0, 0, 0) else -plan.n, rng.random())
                if best is None or key < best[0]:
                    best = (key, i, j, delta[3])
        if best is None:
            break
        _, i, j, change = best
        tabu_until[(i, j) if i < j else (j, i)] = step + rng.randint(5, 15)
        plan.swap(i, j)
        repeats += change
        if repeats < best_repeats:
            best_repeats, best_tables, last_improvement = repeats, list(plan.table_of), step
        elif step - last_improvement > stagnation:
            for _ in range(5):
                i, j = rng.sample(movable, 2)
                if plan.table_of[i] != plan.table_of[j] and plan.swap_delta(i, j)[:3] == (0, 0, 0):
                    plan.swap(i, j)
            repeats, last_improvement = plan.cost()[REPEAT], step
    if repeats > best_repeats:
        for i in range(plan.n):
            plan.remove(i)
        for i, t in enumerate(best_tables):
            plan.place(i, t)
