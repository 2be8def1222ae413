from __future__ import annotations

from dataclasses import dataclass

from widgets.table_model import Column, RowsModel


@dataclass(frozen=True)
class Row:
    code: str
    amount: str


def test_rows_model_passes_the_qt_model_tester(app, qtmodeltester):
    model = RowsModel(
        [Column(lambda: "Code", lambda r: r.code), Column(lambda: "Amount", lambda r: r.amount, True)]
    )
    model.set_rows([Row("A", "1.00"), Row("B", "2.00")])
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)
