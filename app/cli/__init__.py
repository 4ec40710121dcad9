"""The ``kvadrant`` command line: its commands, flags, JSON and exit codes are a contract.

Layer 6, the top: may import every package of ``app``; Qt starts only through the launcher in
``ui`` that it is given.
"""
