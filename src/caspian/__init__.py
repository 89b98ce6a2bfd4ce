"""caspian: the Caspian Connectivity Observatory.

Reads news about Central Asia and the South Caucasus, extracts cited facts about
agreements, memberships, commitments, projects and trade figures, and keeps them in a
time-aware knowledge base.
"""

__version__ = "0.1.0"
