"""Analyses of the consolidated knowledge base.

- :mod:`~caspian.analysis.network`: the partnership network (depth-weighted ties,
  degree, strength, centrality, new and upgraded ties).
- :mod:`~caspian.analysis.vectors`: the multi-vector index (normalised entropy of a
  state's ties across eight poles).
- :mod:`~caspian.analysis.commitments`: the commitments tracker (baseline, latest
  figure, growth needed, status).

Formulas, scales and rules: docs/analysis.md.
"""
