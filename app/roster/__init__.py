"""The people of the conference: listing, adding, editing and removing participants, and
importing a roster from CSV or XLSX as Norwegian Excel saves it.

Layer 2: imports ``app.conference_file`` and ``app.common``.
"""
