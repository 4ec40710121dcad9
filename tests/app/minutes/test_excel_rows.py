"""Long text in Excel rows: cut into pieces that each fit a 409-point row, every word kept in order;
and the sheet writer that puts the pieces one a row, the record's key columns repeated."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from app.minutes.excel_rows import (
    CELL_LIMIT,
    ROW_LIMIT,
    row_lines,
    split_to_rows,
    utf16_length,
    wrapped_lines,
)
from app.minutes.excel_sheet import Column, Sheet

WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzæøåMWÆ0123456789é\u0301🎉,;:-«»"), min_size=1, max_size=30)
SEP = st.sampled_from([" ", " ", " ", "  ", ". ", "! ", "? ", ".\n", "\n", "\n\n", "\n \n\n", "\t"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=0, max_size=900))
    seps = draw(st.lists(SEP, min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


def _fits(piece: str, width: float) -> bool:
    return wrapped_lines(piece, width) <= row_lines() and utf16_length(piece) <= CELL_LIMIT


@settings(max_examples=150, deadline=None)
@given(texts(), st.sampled_from([8.0, 14.0, 30.0, 45.0, 100.0]))
def test_pieces_fit_a_row_and_keep_every_word_in_order(text: str, width: float) -> None:
    pieces = split_to_rows(text, width)
    assert all(_fits(p, width) for p in pieces)
    assert all(p.strip() for p in pieces) or pieces == [text]
    # Every character but the whitespace at a cut is kept, in order.
    assert "".join("".join(pieces).split()) == "".join(text.split())
    if all(_fits(word, width) for word in text.split()):  # no word needed cutting: whole words kept
        assert " ".join(pieces).split() == text.split()


def test_short_text_is_one_piece_exactly() -> None:
    text = "Kort.\n\nTo avsnitt,  med  mellomrom og 🎉.\n"
    assert split_to_rows(text, 100) == [text]
    assert split_to_rows("", 30) == [""]
    assert row_lines() == 26 and row_lines() * 15 <= ROW_LIMIT


def test_long_text_is_cut_at_paragraphs_first() -> None:
    paragraphs = [f"Avsnitt {k}. " + "Vi snakket om samarbeid i kommunen. " * 8 for k in range(30)]
    pieces = split_to_rows("\n\n".join(paragraphs), 100)
    assert pieces == [p for p in paragraphs]


def test_long_paragraph_is_cut_at_sentence_ends() -> None:
    sentences = [f"Setning {k} handler om kulturskolen og samarbeid med skolen." for k in range(200)]
    pieces = split_to_rows(" ".join(sentences), 50)
    assert len(pieces) > 3
    assert all(p.endswith(".") and p.startswith("Setning") for p in pieces)
    assert " ".join(pieces) == " ".join(sentences)


def test_a_sentence_without_stops_is_cut_between_words() -> None:
    text = " ".join(f"ord{k}" for k in range(3000))
    pieces = split_to_rows(text, 30)
    assert len(pieces) > 5 and " ".join(pieces) == text


def test_a_huge_word_is_cut_but_never_inside_a_letter_or_emoji() -> None:
    word = "e\u0301" * 4000 + "👩\u200d👩\u200d👧" * 500 + "x" * 30_000
    pieces = split_to_rows(word, 20)
    assert "".join(pieces) == word and len(pieces) > 10
    assert all(_fits(p, 20) for p in pieces)
    assert not any(p.startswith(("\u0301", "\u200d")) or p.endswith("\u200d") for p in pieces)


def test_wide_letters_and_emoji_take_more_room() -> None:
    assert wrapped_lines("i" * 40, 30) == 1
    assert wrapped_lines("M" * 40, 30) >= 3
    assert wrapped_lines("🎉" * 20, 30) >= 2
    assert wrapped_lines("a\nb\n\nc", 30) == 4


def test_sheet_puts_pieces_in_rows_and_repeats_the_key_columns(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheet = Sheet(workbook, "Notater", [
        Column("Blokk", "wrap", 20), Column("Gruppe", "int"), Column("Ord", "int", repeat=False),
        Column("Notat", "wrap", 40), Column("Merknad", "wrap", 20, repeat=False),
    ])
    long_note = "\n\n".join(f"Avsnitt {k}: " + "=ord & <tegn> " * 40 for k in range(5))
    sheet.add(["1. kvadrant", 3, 999, long_note, "utkast"])
    sheet.add(["Plenum", 4, 2, "kort", None])
    sheet.finish()
    path = tmp_path / "notater.xlsx"
    workbook.save(path)
    ws = openpyxl.load_workbook(path)["Notater"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 6 and ws.auto_filter.ref == "A1:E7"
    assert [r[:2] for r in rows] == [("1. kvadrant", 3)] * 5 + [("Plenum", 4)]
    assert [r[2] for r in rows] == [999, None, None, None, None, 2]
    assert [r[4] for r in rows] == ["utkast", None, None, None, None, None]
    assert "\n\n".join(str(r[3]) for r in rows[:5]) == long_note
    assert ws.cell(2, 4).alignment.wrap_text and ws.cell(2, 4).data_type == "s"
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.fitToWidth == 1
    assert_no_cell_taller_than_its_row(openpyxl.load_workbook(path))


def assert_no_cell_taller_than_its_row(workbook: openpyxl.Workbook) -> None:
    """Every text cell of every sheet fits a 409-point row, and its row is tall enough for it."""
    for ws in workbook:
        for row in ws.iter_rows():
            height = ws.row_dimensions[row[0].row].height or 15.0
            assert height <= ROW_LIMIT, (ws.title, row[0].row)
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                width = ws.column_dimensions[cell.column_letter].width
                lines = wrapped_lines(cell.value, width)
                where = (ws.title, cell.coordinate, lines)
                assert lines <= row_lines() and utf16_length(cell.value) <= CELL_LIMIT, where
                assert lines == 1 or cell.alignment.wrap_text, where
                assert lines * 15.0 <= height, where


@pytest.mark.parametrize("width", [10.0, 45.0, 100.0])
def test_a_20000_word_text_is_cut_quickly(width: float) -> None:
    import time

    text = ("Dette er en setning om kulturskolen. " * 12 + "\n") * 420
    started = time.perf_counter()
    pieces = split_to_rows(text, width)
    assert time.perf_counter() - started < 3
    assert " ".join(pieces).split() == text.split()


def test_evaluation_workbook_long_open_answer_continues_below(tmp_path: Path) -> None:
    from app.conference_file.schema import QuestionKind
    from app.evaluation.questionnaire import questions, set_open
    from app.evaluation.responses import MAX_ANSWER, submit_response
    from app.evaluation.template import create_from_template
    from app.minutes.exports import export_minutes
    from app.roster.demo import create_demo

    db = create_demo(tmp_path / "x.kvadrant")
    try:
        create_from_template(db, "dialogkonferanse")
        set_open(db, True)
        open_question = next(q for q in questions(db) if q.kind is QuestionKind.OPEN)
        answer = ("Gruppene fungerte godt, men tiden var knapp. " * 200)[: MAX_ANSWER - 1].strip()
        submit_response(db, "phone-00000001", {str(open_question.id): answer})
        submit_response(db, "phone-00000002", {str(open_question.id): "Kort svar."})
        [path] = export_minutes(db, "evaluation-xlsx", tmp_path / "evaluering.xlsx")
    finally:
        db.close()
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Svar"]
    head = [c.value for c in sheet[1]]
    column = next(k for k, h in enumerate(head) if str(h).endswith(open_question.text))
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    first = [r for r in rows if r[0] == 1]
    assert len(first) > 1 and {r[1] for r in first} == {"mobil"}
    assert " ".join(str(r[column]) for r in first) == answer
    assert [r[column] for r in rows if r[0] == 2] == ["Kort svar."]
    assert_no_cell_taller_than_its_row(workbook)
