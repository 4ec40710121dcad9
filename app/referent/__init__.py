"""Referent capture: summaries with versions and conflicts, the referents' links (tokens), QR
codes, and the aiohttp server that serves the phone page and its API.

Layer 4: imports ``app.groups`` and below; never ``app.run`` (its sibling).
"""
