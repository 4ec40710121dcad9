"""The minutes and printed material. ``gathered`` reads the whole conference into one value;
``wording`` (the texts in bokmål and English) and ``pdf_support`` (fonts, typed text, atomic
writes) are shared by the formats; then one module per format: the minutes as PDF (``pdf``, made
of ``pdf_layout``, ``pdf_page_numbers``, ``pdf_cover``, ``pdf_programme``, ``pdf_groups``,
``pdf_appendix``), Word (``word``), Excel (``excel``), the kommune sheets, and the table cards
(``table_cards``, made of ``table_print``, ``table_card_layout``, ``finn_ditt_bord``);
``exports`` picks one by name.

Layer 5: imports everything below it; nothing imports it but ``app.cli`` and ``ui``.
"""
