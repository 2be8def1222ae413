"""The recommendation quality set (issue 13): synthetic customers and what a seasoned customer manager would offer.

`cases.py` holds the customers as data, `score.py` runs the engine over them and counts, `__main__.py` prints the
figures: `.venv/bin/python -m tests.recommend_quality` (add `-v` for every customer's top five).
`tests/domain/test_recommend_quality.py` holds the engine to 0 "never" violations and >= 80% top-3 precision.
"""
