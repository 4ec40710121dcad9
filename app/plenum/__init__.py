"""The closing plenum: the groups' key points sorted into themes (by hand, with suggested themes
from the words they share), for the projector and the minutes' "Hovedfunn".

Layer 5: it reads the referents' summaries and uses the evaluation's word statistics; the minutes
print it.
"""
