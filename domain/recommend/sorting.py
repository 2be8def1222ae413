"""The catalogue sorted by the suitability gate for one class of customers (`Sorted`): what is excluded whoever
the customer of the class is, and the products left open to the needs. A batch sorts the catalogue once per class
(`SuitabilityCache.sorted`), so per customer only the open products are visited."""

from __future__ import annotations

from collections.abc import Callable

from domain.recommend.gate import Gate
from domain.recommend.model import NOT_ON_SALE, Excluded, Reason
from domain.recommend.prepared import Day, Prepared, Row

_INACTIVE = Reason(NOT_ON_SALE, {"reason": "inactive"})


class Sorted:
    """`excluded`: unreadable, switched-off and blocked products, by code; `tier_blocked`: (place in `excluded`,
    row, gate) of those a tier blocks (near the next tier the customer hears what is missing); `open`: (row,
    gate) of the products the gate lets through, by code; `allowed`: whether the gate lets each active product
    through; `assessment_only`: how many are blocked by nothing but a missing or expired assessment."""

    __slots__ = ("excluded", "tier_blocked", "open", "allowed", "assessment_only")

    def __init__(
        self,
        excluded: tuple[Excluded, ...],
        tier_blocked: tuple[tuple[int, Row, Gate], ...],
        open_rows: tuple[tuple[Row, Gate], ...],
        allowed: dict[str, bool],
        assessment_only: int,
    ) -> None:
        self.excluded, self.tier_blocked, self.open = excluded, tier_blocked, open_rows
        self.allowed, self.assessment_only = allowed, assessment_only


def sort_catalogue(prepared: Prepared, day: Day, gate_of: Callable[[Row, int], Gate]) -> Sorted:
    """Every row of the catalogue through its gate (`gate_of(row, combo)`)."""
    excluded: list[Excluded] = []
    tier_blocked: list[tuple[int, Row, Gate]] = []
    open_rows: list[tuple[Row, Gate]] = []
    allowed: dict[str, bool] = {}
    assessment_only = 0
    for row, combo in zip(prepared.rows, day.combo_of, strict=True):
        if row.unreadable is not None:
            excluded.append(row.unreadable)
            continue
        gate = gate_of(row, combo)
        if not row.active:
            excluded.append(Excluded(row.code, (_INACTIVE, *gate.blocks)))
            continue
        allowed[row.code] = gate.allowed
        if gate.allowed:
            open_rows.append((row, gate))
            continue
        if gate.assessment_only:
            assessment_only += 1
        if gate.tier_blocked:
            tier_blocked.append((len(excluded), row, gate))
        excluded.append(gate.excluded(row.code))
    return Sorted(tuple(excluded), tuple(tier_blocked), tuple(open_rows), allowed, assessment_only)
