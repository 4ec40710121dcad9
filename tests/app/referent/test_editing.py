"""The laptop's draft of a referat, without Qt: every state and every transition of typing, saving,
failed saves, phones' saves arriving while typing, conflicts and their resolving."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.common.messages import KvadrantError
from app.referent.editing import (
    DraftState,
    KeptDraft,
    Reaction,
    SaveRequest,
    SummaryDraft,
)
from app.referent.summaries import LAPTOP, PHONE, Conflict, SaveResult, SummaryState

AT = dt.datetime(2020, 1, 28, 11, 20)
LATER = dt.datetime(2020, 1, 28, 11, 21)


def summary(text: str = "", version: int = 0, *, group_id: int = 7, **changes: object) -> SummaryState:
    """A referat as the file has it (block 3)."""
    state = SummaryState(
        block_id=3,
        group_id=group_id,
        group_number=group_id,
        label="",
        text=text,
        version=version,
        delivered=False,
        delivered_at=None,
        updated_at=AT if version else None,
        updated_from=PHONE if version else "",
    )
    return replace(state, **changes)  # type: ignore[arg-type]


def waiting(text: str, source: str, conflict_id: int = 1) -> tuple[Conflict, ...]:
    """One refused text waiting in the file."""
    return (Conflict(conflict_id, text, source, "", LATER, 0),)


def opened(state: SummaryState | None = None) -> SummaryDraft:
    draft = SummaryDraft()
    draft.open(state if state is not None else summary())
    return draft


def disk_full() -> KvadrantError:
    return KvadrantError("file_disk_full", path="konferanse.kvadrant")


# -- nothing open, opening -----------------------------------------------------------------------
def test_nothing_open_is_closed_and_saves_nothing() -> None:
    draft = SummaryDraft()
    assert draft.state is DraftState.CLOSED and draft.key is None and draft.stored is None
    assert draft.typed("x") == Reaction()
    assert draft.begin_save() is None and draft.begin_save(delivered=True) is None
    assert not draft.is_saved and not draft.is_dirty and not draft.has_unsaved_typing
    assert not draft.can_deliver and not draft.can_reopen and draft.both_texts() is None
    assert draft.remote_changed(summary("Fra telefonen", 1)) is None


def test_opening_loads_the_stored_text_and_is_clean() -> None:
    draft = SummaryDraft()
    assert draft.open(summary("Vi snakket", 2)) == Reaction(load="Vi snakket")
    assert draft.state is DraftState.CLEAN and draft.key == (3, 7)
    assert draft.text == "Vi snakket" and draft.base_version == 2 and draft.is_saved
    assert draft.shows(summary(group_id=7)) and not draft.shows(summary(group_id=8)) and not draft.shows(None)
    # the same group again changes nothing (the view reopens it when only the heading changed)
    assert draft.open(summary("Annet", 5)) == Reaction() and draft.base_version == 2


def test_a_delivered_referat_opens_delivered_and_can_be_reopened() -> None:
    draft = opened(summary("Ferdig", 3, delivered=True, delivered_at=AT))
    assert draft.state is DraftState.DELIVERED
    assert draft.can_reopen and not draft.can_deliver


def test_opening_nothing_closes_and_empties_the_editor() -> None:
    draft = opened(summary("Tekst", 1))
    assert draft.open(None) == Reaction(load="")
    assert draft.state is DraftState.CLOSED and draft.text == "" and draft.base_version == 0


# -- typing and autosave -------------------------------------------------------------------------
def test_a_keystroke_waits_for_the_autosave() -> None:
    draft = opened()
    assert draft.typed("Vi var enige") == Reaction(autosave=True)
    assert draft.state is DraftState.TYPING and draft.is_dirty and draft.has_unsaved_typing and not draft.is_saved
    assert draft.can_deliver
    assert draft.typed("") == Reaction(autosave=True)  # typed back to what is stored: clean again
    assert draft.state is DraftState.CLEAN and not draft.can_deliver  # nothing but blanks to deliver
    draft.typed("   ")
    assert not draft.can_deliver


def test_saving_sends_the_text_with_the_version_it_started_from() -> None:
    draft = opened(summary("Vi", 4))
    draft.typed("Vi var enige")
    request = draft.begin_save()
    assert request == SaveRequest(3, 7, "Vi var enige", 4, None)
    assert request.key == (3, 7) and not request.resolves
    assert draft.state is DraftState.SAVING and draft.is_saving
    assert draft.begin_save() is None  # one save at a time
    # the file announces our own save while it is on its way: ignored
    assert draft.remote_changed(summary("Vi var enige", 5, updated_from=LAPTOP)) is None
    fresh = summary("Vi var enige", 5, updated_from=LAPTOP)
    assert draft.saved(SaveResult(True, 5, "Vi var enige", False), fresh, now=LATER) == Reaction()
    assert draft.state is DraftState.CLEAN and draft.stored == fresh and draft.base_version == 5 and draft.is_saved


def test_nothing_new_is_not_saved_again() -> None:
    draft = opened(summary("Lagret", 1))
    assert draft.begin_save() is None and draft.is_saved and draft.state is DraftState.CLEAN


def test_typing_on_during_the_save_stays_unsaved() -> None:
    draft = opened()
    draft.typed("Vi")
    draft.begin_save()
    draft.typed("Vi var")  # (a keystroke cannot land inside a save today, but the rule holds)
    draft.saved(SaveResult(True, 1, "Vi", False), summary("Vi", 1), now=LATER)
    assert draft.state is DraftState.TYPING and draft.text == "Vi var"


def test_a_phone_saving_right_after_us_keeps_our_text_until_its_change_arrives() -> None:
    draft = opened()
    draft.typed("Vår tekst")
    draft.begin_save()
    # the file already holds the phone's next version when we read it back
    draft.saved(SaveResult(True, 1, "Vår tekst", False), summary("Telefonens", 2), now=LATER)
    assert draft.stored is not None
    assert (draft.stored.text, draft.stored.version, draft.stored.updated_at) == ("Vår tekst", 1, LATER)
    assert draft.state is DraftState.CLEAN
    # and then its change arrives and loads, keeping the cursor
    assert draft.remote_changed(summary("Telefonens", 2)) == Reaction(load="Telefonens", keep_cursor=True)
    assert draft.text == "Telefonens" and draft.base_version == 2


def test_the_file_gone_after_a_save_keeps_what_was_known() -> None:
    draft = opened()
    draft.typed("Tekst")
    draft.begin_save()
    draft.saved(SaveResult(False, 3, "Annet", False), None, now=LATER)
    assert draft.stored == summary() and draft.state is DraftState.TYPING


# -- delivery ------------------------------------------------------------------------------------
def test_levert_and_gjenapne_save_even_without_new_typing() -> None:
    draft = opened(summary("Alt er med", 2))
    request = draft.begin_save(delivered=True)
    assert request == SaveRequest(3, 7, "Alt er med", 2, True)
    delivered = summary("Alt er med", 3, delivered=True, delivered_at=LATER, updated_from=LAPTOP)
    draft.saved(SaveResult(True, 3, "Alt er med", True), delivered, now=LATER)
    assert draft.state is DraftState.DELIVERED and draft.can_reopen and not draft.can_deliver
    assert draft.begin_save(delivered=False) == SaveRequest(3, 7, "Alt er med", 3, False)


# -- failed saves --------------------------------------------------------------------------------
def test_a_failed_save_keeps_the_text_and_retries() -> None:
    draft = opened()
    draft.typed("Viktig tekst")
    draft.begin_save()
    error = disk_full()
    assert draft.save_failed(error) == Reaction()
    assert draft.state is DraftState.SAVE_FAILED and draft.failed is error and not draft.is_saving
    assert draft.text == "Viktig tekst" and draft.kept((3, 7)) == KeptDraft("Viktig tekst", 0)
    assert not draft.is_saved
    # "Prøv igjen" (or the autosave) sends it again, the same text from the same version
    assert draft.begin_save() == SaveRequest(3, 7, "Viktig tekst", 0, None)
    draft.save_failed(error)
    # the next edit retries too
    assert draft.typed("Viktig tekst!") == Reaction(autosave=True)
    assert draft.begin_save() == SaveRequest(3, 7, "Viktig tekst!", 0, None)
    draft.saved(SaveResult(True, 1, "Viktig tekst!", False), summary("Viktig tekst!", 1), now=LATER)
    assert draft.failed is None and draft.kept((3, 7)) is None and draft.state is DraftState.CLEAN


def test_a_failed_save_is_retried_even_when_the_text_is_what_is_stored() -> None:
    draft = opened(summary("Samme", 1))
    draft.begin_save(delivered=True)
    draft.save_failed(disk_full())
    assert not draft.is_dirty and draft.state is DraftState.SAVE_FAILED
    assert draft.begin_save() == SaveRequest(3, 7, "Samme", 1, None)


def test_typing_a_failed_save_left_comes_back_with_the_group_and_is_tried_again() -> None:
    draft = opened()
    draft.typed("Viktig tekst")
    draft.begin_save()
    draft.save_failed(disk_full())
    assert draft.has_unsaved_typing  # the editor saves before switching; say it fails again
    draft.begin_save()
    draft.save_failed(disk_full())
    assert draft.open(summary(group_id=8)) == Reaction(load="")
    assert draft.failed is None and draft.state is DraftState.CLEAN
    # back to group 7: the kept text is loaded and saved at once, from the version it started from
    assert draft.open(summary("", 0)) == Reaction(load="Viktig tekst", save_now=True)
    assert draft.text == "Viktig tekst" and draft.base_version == 0 and draft.state is DraftState.TYPING
    assert draft.begin_save() == SaveRequest(3, 7, "Viktig tekst", 0, None)


def test_a_kept_draft_the_file_already_has_is_not_loaded() -> None:
    draft = opened()
    draft.typed("Tekst")
    draft.begin_save()
    draft.save_failed(disk_full())
    draft.open(summary(group_id=8))
    # someone stored the very same text meanwhile: nothing to retry
    assert draft.open(summary("Tekst", 1)) == Reaction(load="Tekst")


def test_an_identical_retry_is_not_a_conflict() -> None:
    """The save reached the file but its answer was lost: the retry names the old version, and the
    file, seeing the same text, answers ok."""
    draft = opened()
    draft.typed("Tekst")
    draft.begin_save()
    draft.save_failed(disk_full())
    assert draft.begin_save() == SaveRequest(3, 7, "Tekst", 0, None)
    draft.saved(SaveResult(True, 1, "Tekst", False), summary("Tekst", 1, updated_from=LAPTOP), now=LATER)
    assert draft.state is DraftState.CLEAN and not draft.in_conflict and draft.kept((3, 7)) is None


def test_a_save_that_ends_in_an_unexpected_error_is_no_longer_on_its_way() -> None:
    draft = opened()
    draft.typed("Tekst")
    draft.begin_save()
    draft.abandon_save()
    assert not draft.is_saving and draft.failed is None and draft.state is DraftState.TYPING
    with pytest.raises(RuntimeError):
        draft.saved(SaveResult(True, 1, "Tekst", False), None, now=LATER)


# -- a phone's save arrives ----------------------------------------------------------------------
def test_a_phone_save_loads_when_nothing_is_typed() -> None:
    draft = opened(summary("Gammel", 1))
    assert draft.remote_changed(summary("Fra telefonen", 2)) == Reaction(load="Fra telefonen", keep_cursor=True)
    assert draft.text == "Fra telefonen" and draft.base_version == 2 and draft.state is DraftState.CLEAN


def test_another_groups_save_is_not_ours() -> None:
    draft = opened()
    assert draft.remote_changed(summary("Bord 8 skriver", 1, group_id=8)) is None
    assert draft.remote_changed(replace(summary("Annen blokk", 1), block_id=4)) is None


def test_a_newer_phone_version_while_typing_saves_ours_and_the_file_keeps_both() -> None:
    draft = opened()
    draft.typed("Laptopens tekst")
    assert draft.remote_changed(summary("Telefonens tekst", 1)) == Reaction(save_now=True)
    assert draft.state is DraftState.TYPING and draft.base_version == 0  # nothing taken yet
    request = draft.begin_save()
    assert request == SaveRequest(3, 7, "Laptopens tekst", 0, None)  # over the old version
    both = summary("Telefonens tekst", 1, conflicts=waiting("Laptopens tekst", LAPTOP))
    draft.saved(SaveResult(False, 1, "Telefonens tekst", False), both, now=LATER)
    assert draft.state is DraftState.CONFLICT and draft.in_conflict
    assert draft.text == "Laptopens tekst"  # nothing typed vanishes from the editor
    # while two versions wait: no autosave, no save, no delivery
    assert draft.typed("Laptopens tekst.") == Reaction()
    assert draft.begin_save() is None and draft.begin_save(delivered=True) is None and not draft.is_saved
    assert not draft.has_unsaved_typing and not draft.can_deliver and not draft.can_reopen
    assert draft.both_texts() == "Telefonens tekst\n\nLaptopens tekst"


def test_a_phone_save_of_the_same_version_while_typing_keeps_the_typing() -> None:
    draft = opened(summary("Vi", 1))
    draft.typed("Vi var")
    assert draft.remote_changed(summary("Vi", 1, delivered=True, delivered_at=AT)) == Reaction()
    assert draft.text == "Vi var" and draft.stored is not None and draft.stored.delivered


def test_a_phone_save_during_a_conflict_keeps_the_merge_being_made() -> None:
    both = summary("Telefon", 1, conflicts=waiting("Min", LAPTOP))
    draft = opened(both)
    draft.typed("Telefon og min")
    newer = replace(both, text="Telefon 2", version=2)
    assert draft.remote_changed(newer) == Reaction()
    assert draft.text == "Telefon og min" and draft.stored == newer and draft.base_version == 2


def test_a_conflict_between_two_phones_opens_in_conflict() -> None:
    draft = opened(summary("Første", 1, conflicts=waiting("Andre", PHONE)))
    assert draft.state is DraftState.CONFLICT and draft.text == "Første" and not draft.is_dirty


# -- resolving -----------------------------------------------------------------------------------
def conflicted() -> SummaryDraft:
    draft = opened(summary("Telefon", 1, conflicts=waiting("Min", LAPTOP)))
    draft.typed("Min")
    return draft


def test_choosing_a_text_clears_the_conflict_and_shows_it() -> None:
    draft = conflicted()
    request = draft.begin_resolve("Telefon")
    assert request == SaveRequest(3, 7, "Telefon", 1, None, resolves=1)
    assert draft.state is DraftState.SAVING
    assert draft.remote_changed(summary("Telefon", 1)) is None  # our own resolve's echo
    assert draft.resolved(SaveResult(True, 1, "Telefon", False), summary("Telefon", 1)) == Reaction(load="Telefon")
    assert draft.state is DraftState.CLEAN and draft.text == "Telefon" and not draft.in_conflict


def test_a_merge_saved_over_a_newer_version_waits_again_as_the_new_conflict() -> None:
    draft = conflicted()
    draft.typed("Telefon og min")
    draft.begin_resolve("Telefon og min")
    again = summary("Telefon 2", 2, conflicts=waiting("Telefon og min", LAPTOP))
    assert draft.resolved(SaveResult(False, 2, "Telefon 2", False), again) == Reaction()
    assert draft.state is DraftState.CONFLICT and draft.text == "Telefon og min" and draft.base_version == 2


def test_a_failed_resolve_leaves_both_waiting() -> None:
    draft = conflicted()
    draft.begin_resolve("Telefon")
    assert draft.save_failed(disk_full()) == Reaction()
    assert draft.state is DraftState.CONFLICT and draft.failed is None and draft.kept((3, 7)) is None


def test_the_file_gone_after_a_resolve_changes_nothing() -> None:
    draft = conflicted()
    draft.begin_resolve("Telefon")
    assert draft.resolved(SaveResult(True, 2, "Telefon", False), None) == Reaction()
    assert draft.state is DraftState.CONFLICT and not draft.is_saving


def test_loaded_text_is_what_the_editor_shows() -> None:
    """An editor may show a loaded text slightly differently; what it shows is what counts."""
    draft = opened(summary("a\r\nb", 1))
    draft.shown("a\nb")
    assert draft.text == "a\nb" and draft.is_dirty


def test_resolving_the_first_of_two_refused_texts_leaves_the_second_waiting() -> None:
    two = waiting("Laptopens", LAPTOP, 4) + waiting("Telefon B", PHONE, 5)
    draft = opened(summary("Telefon A", 2, conflicts=two))
    assert draft.both_texts() == "Telefon A\n\nLaptopens"
    request = draft.begin_resolve("Telefon A\nLaptopens")
    assert request is not None and request.resolves == 4
    fresh = summary("Telefon A\nLaptopens", 3, conflicts=two[1:])
    assert draft.resolved(SaveResult(True, 3, "Telefon A\nLaptopens", False), fresh) == Reaction(load="Telefon A\nLaptopens")
    assert draft.state is DraftState.CONFLICT and draft.both_texts() == "Telefon A\nLaptopens\n\nTelefon B"
    assert draft.begin_resolve("x") == SaveRequest(3, 7, "x", 3, None, resolves=5)


def test_nothing_to_resolve_without_a_conflict() -> None:
    assert opened(summary("Vi", 1)).begin_resolve("Vi") is None
