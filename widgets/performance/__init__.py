"""The performance dashboard (业绩, DOMAIN §9), a view plus a controller.

- `view.py` — `PerformanceScreen`: the top bar (cadence, day or from-to, whose figures), the heading, and the
  dialogs it opens (drill-down, plans, PDF preview, save file); it words everything and passes actions on.
- `controller.py` — `PerformanceController`: the state (the scorecard shown, the people to choose from), every call
  to the service port through the job runner, and the decisions (whose figures a drill-down lists, whether
  Print/Export apply). No widgets and no words: it tells the view what happened through `PerformanceView`.
- `tiles.py`, `charts.py`, `sections.py` — the three bands of the body, each drawing one scorecard.
- `names.py` — the cadences offered, report names and the export's file name.
"""
