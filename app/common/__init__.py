"""What every capability shares: Norwegian text folding and sorting, error messages, resource
and data paths, the injected clock, and the participants' roles.

Layer 0: imports nothing from ``app``.
"""
