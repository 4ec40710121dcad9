"""The minutes and printed material. ``gathered`` reads the whole conference into one value;
``wording`` and ``pdf_support`` are shared by the formats; then one module per format (PDF,
Word, Excel, kommune sheets, table cards) and ``exports``, which picks one.

Layer 5: imports everything below it; nothing imports it but ``app.cli`` and ``ui``.
"""
