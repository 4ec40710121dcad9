"""The one Norwegian sort key and the search folding every list and search uses."""
from __future__ import annotations

from app.common.text import match_key, norwegian_key, search_fold


def test_norwegian_order_puts_ae_oe_aa_after_z_and_ignores_accents() -> None:
    words = ["Åse", "zebra", "Ærø", "alta", "Ørsta", "Émile", "Ängel", "Ödegaard", "Ñandú"]
    assert sorted(words, key=norwegian_key) == [
        "alta", "Émile", "Ñandú", "zebra", "Ängel", "Ærø", "Ödegaard", "Ørsta", "Åse",
    ]


def test_search_folding_keeps_the_norwegian_letters() -> None:
    assert search_fold("  ÉMILE  Bjørnstad ") == "emile bjørnstad"
    assert search_fold("Åse") == "åse" and search_fold("Åse") != search_fold("Ase")
    assert search_fold("Æsa") == "æsa"


def test_a_person_is_matched_by_name_and_municipality_case_ignored() -> None:
    assert match_key(" Kari  Hansen", "GJØVIK") == match_key("kari hansen", "Gjøvik")
