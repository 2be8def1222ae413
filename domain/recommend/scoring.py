"""Scoring a product that passed the gate (DOMAIN §6): each need that applies adds a `Reason` with its points.

The needs that depend only on who the customer is (risk type, life stage, tier, income band) are worked out once
per scoring class of the prepared catalogue (`profile_reasons`); the customer's gaps and peer figures once per
customer; the events and amounts per product.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from domain.catalog import ProductSpec
from domain.recommend.context import Context
from domain.recommend.gate import Gate
from domain.recommend.model import (
    CAP_REACHED,
    FUNDS_BELOW_MINIMUM,
    ID_EXPIRING,
    Excluded,
    Reason,
    Recommended,
)
from domain.recommend.prepared import AMOUNTLESS_FAMILIES, Key, Prepared, Reasons, Row
from domain.recommend.weights import Weights
from domain.suitability import SuitabilityCustomer, SuitabilityRules, check

# Reasons true of a whole group of customers (risk type, income band, tier): never enough on their own.
GENERIC_REASONS = frozenset({"risk_profile", "income_band", "tier_privilege", "assessment_expiring"})
_CENT = Decimal("0.01")
Static = dict[int, tuple[Reasons, bool, bool]]  # scoring class -> (reasons, fits the profile, all generic)


def fit_amount(spec: ProductSpec, amount: Decimal) -> Decimal | None:
    """The largest amount up to `amount` the product takes (minimum, step, maximum); None: not even the minimum."""
    base = spec.min_amount or Decimal(0)
    if amount < base or amount <= 0:
        return None
    top = amount if spec.max_amount is None else min(amount, spec.max_amount)
    if spec.step_amount:
        top = base + ((top - base) // spec.step_amount) * spec.step_amount
    top = top.quantize(_CENT)
    return top if top > 0 and top >= base else None


def amount_rules_apply(spec: ProductSpec, customer: SuitabilityCustomer) -> bool:
    """Whether a rule beyond the product's minimum, step and maximum (which `fit_amount` already meets) reads
    the amount: the private-product minimum, and the financial capacity of an investment when assets are
    declared (domain/suitability/amount_rules.py). The tests hold `check` to this."""
    return spec.private or (spec.needs_assessment and customer.financial_assets is not None)


def _amount_passes(
    ctx: Context, spec: ProductSpec, amount: Decimal, channel: str, rules: SuitabilityRules
) -> bool:
    """A suggested amount (already fitted to the product's limits) passes the amount rules: checked in full
    only when some other rule reads the amount."""
    facts = ctx.customer.suitability
    if not amount_rules_apply(spec, facts):
        return True
    return check(facts, spec, amount, channel, ctx.as_of, rules).allowed


def profile_reasons(ctx: Context, spec: ProductSpec, prepared: Prepared) -> tuple[Reasons, bool, bool]:
    """The reasons that depend only on who the customer is (risk type, life stage, tier, income band), and
    whether the product fits the profile (risk template or life stage): alike for every product of `spec`'s
    scoring class (`prepared.scoring_class` names what this reads) and for every customer of one `static_key`;
    and whether every one of them is generic (true of a whole group of customers)."""
    w, fit, code, points = prepared.weights, prepared.fit, spec.code, prepared.weights.points
    reasons: list[Reason] = []
    in_profile = False
    if ctx.risk_type is not None and code in fit.templates.get(ctx.risk_type, ()):
        in_profile = True
        level = spec.risk_level if spec.risk_level is not None else 1
        params: dict[str, object] = {
            "risk_type": ctx.risk_type,
            "grade": ctx.valid_grade,
            "level": f"R{level}",
        }
        reasons.append(Reason("risk_profile", params, points.get("risk_profile", 0)))
    if code in fit.stages.get(ctx.stage, ()):
        in_profile = True
        reasons.append(Reason("life_stage", {"stage": ctx.stage}, points.get("life_stage", 0)))
    elif spec.life_stages and ctx.stage not in spec.life_stages:
        in_profile = (
            False  # made for other ages (定投 or education savings at 66): the risk type alone is no fit
        )
    tier = ctx.tier
    if spec.tiers and tier in spec.tiers and tier in w.privilege_tiers:
        reasons.append(Reason("tier_privilege", {"tier": tier}, points.get("tier_privilege", 0)))
    if ctx.band is not None and code in fit.income.get(ctx.band, ()):
        reasons.append(Reason("income_band", {"band": ctx.band}, points.get("income_band", 0)))
    kept = tuple(r for r in reasons if r.points > 0)
    return kept, in_profile, all(r.code in GENERIC_REASONS for r in kept)


def gaps_of(ctx: Context, w: Weights) -> dict[str, tuple[Reason, ...]]:
    """Per family the customer lacks, the gap reasons a product of that family answers."""
    found: dict[str, list[Reason]] = {}
    if ctx.stage == "minor":
        return {}  # the basic set (card, e-banking) is an adult's; a child's account is the guardian's choice
    held = ctx.held_families
    for family in w.basket:
        if family not in held:
            found.setdefault(family, []).append(
                Reason("basket_gap", {"family": family}, w.point("basket_gap"))
            )
    for holds, lacks in w.gaps:
        if holds in held and lacks not in held:
            params = {"held_family": holds, "missing_family": lacks}
            found.setdefault(lacks, []).append(Reason("coverage_gap", params, w.point("coverage_gap")))
    return {k: tuple(r for r in v if r.points > 0) for k, v in found.items()}


def peer_reasons_of(ctx: Context, w: Weights) -> dict[str, Reason]:
    """Per product held by enough similar customers, its reason (DOMAIN §6: a share of at least min_share)."""
    size, weight = ctx.peer_size, w.point("peers_hold")
    if size < w.peer_min_customers or not weight:
        return {}
    return {
        code: Reason(
            "peers_hold",
            {"share": n * 100 // size, "customers": size, "tier": ctx.tier, "stage": ctx.stage},
            max(1, weight * n // size),
        )
        for code, n in ctx.peer_holders.items()
        if n and n >= w.peer_min_share * size
    }


def _child_for(ctx: Context, spec: ProductSpec) -> int | None:
    """The age of the youngest household child the product may be opened for (its ages; a minor without)."""
    low = spec.age_min if spec.age_min is not None else 0
    high = spec.age_max if spec.age_max is not None else 17
    return next((age for age in ctx.children_ages if low <= age <= high), None)


def _fitted(ctx: Context, spec: ProductSpec, amount: Decimal) -> Decimal | None:
    """`fit_amount` within what is left of a per-customer maximum (education savings' 2万 principal cap).

    A monthly product (零存整取, 定投, 教育储蓄) is offered for a monthly contribution the customer's income
    carries, never the lump sum the event brings; its principal cap is spread over a year, the shortest term."""
    if spec.family in AMOUNTLESS_FAMILIES:
        return None
    left = None if spec.max_amount is None else spec.max_amount - ctx.held_balance.get(spec.code, Decimal(0))
    if spec.monthly:
        if ctx.monthly is None:
            return None
        amount = min(amount, ctx.monthly, amount if left is None else left / 12)
        return fit_amount(spec, (amount // 100) * 100 if amount >= 100 else amount // 1)
    return fit_amount(spec, amount if left is None else min(amount, left))


def _bundle_reasons(
    ctx: Context, spec: ProductSpec, prepared: Prepared, allowed: Mapping[str, bool]
) -> list[Reason]:
    """A bundle completes what the customer partly holds: at least one member held, every missing member one the
    customer may have; never for the tiers with their own manager's plan (DOMAIN §6: no auto-bundle)."""
    points = prepared.weights.points.get("bundle_completes", 0)
    if points <= 0 or ctx.tier in prepared.weights.privilege_tiers or ctx.stage == "minor":
        return []
    missing = [m for m in spec.members if m not in ctx.held]
    if not missing or 2 * len(missing) > len(spec.members) or not all(allowed.get(m, False) for m in missing):
        return []  # nothing missing, or most of it: then the members themselves are the offer
    names = [prepared.names.get(m, m) for m in missing]
    return [
        Reason("bundle_completes", {"missing": "、".join(names), "missing_codes": tuple(missing)}, points)
    ]


class Scorer:
    """Scores one customer's products that passed the gate. What is alike for every product (gaps, peers, the
    urgency and ID-expiry notes, the profile reasons per scoring class) is worked out once."""

    __slots__ = (
        "_ctx", "_prepared", "_channel", "_static", "_gaps", "_peers", "_urgent", "_id_warning", "_events",
        "_investable", "_money",
    )  # fmt: skip

    def __init__(
        self,
        ctx: Context,
        prepared: Prepared,
        channel: str,
        static: Static,
        parts: dict[Key, Any] | None = None,
    ) -> None:
        w = prepared.weights
        self._ctx, self._prepared, self._channel, self._static = ctx, prepared, channel, static
        if parts is None:
            self._gaps, self._peers = gaps_of(ctx, w), peer_reasons_of(ctx, w)
        else:  # a batch: customers with the same families share gaps, a segment of one branch the peers
            gaps_key = ("gaps", ctx.stage == "minor", ctx.held_families)
            self._gaps = parts.get(gaps_key) or parts.setdefault(gaps_key, gaps_of(ctx, w))
            parts.setdefault(("peer figures", id(ctx.peers)), ctx.peers)  # alive while its id is a key
            peers_key = ("peers", id(ctx.peers), ctx.segment)
            found = parts.get(peers_key)
            self._peers = found if found is not None else parts.setdefault(peers_key, peer_reasons_of(ctx, w))
        # Urgency only sharpens a need that is already there: an expiring assessment is no reason by itself.
        urgent = w.points.get("assessment_expiring", 0)
        ends = ctx.assessment_ends
        self._urgent = (
            Reason("assessment_expiring", {"valid_until": ends}, urgent)
            if urgent > 0 and ends is not None
            else None
        )
        self._id_warning = (
            (Reason(ID_EXPIRING, {"id_expiry": ctx.id_ends}),) if ctx.id_ends is not None else ()
        )
        self._events, self._investable = ctx.has_events, ctx.investable > 0
        self._money: dict[Decimal, Reason] = {}  # minimum -> funds_below_minimum

    def money_block(self, row: Row) -> Excluded | None:
        """Why an amount product is out of reach: its minimum beyond the customer's cash and maturing money, or
        its per-customer maximum used up. A demand account (where money arrives) is never out of reach."""
        minimum = row.minimum
        if minimum is None:
            return None
        ctx = self._ctx
        if minimum > ctx.in_reach:
            reason = self._money.get(minimum)
            if reason is None:
                params = {"minimum": minimum, "available": ctx.in_reach}
                reason = self._money[minimum] = Reason(FUNDS_BELOW_MINIMUM, params)
            return Excluded(row.code, (reason,))
        if row.maximum is not None and ctx.held_balance.get(row.code, Decimal(0)) >= row.maximum:
            return Excluded(row.code, (Reason(CAP_REACHED, {"maximum": row.maximum}),))
        return None

    def offer(
        self, row: Row, spec: ProductSpec, gate: Gate, held: bool, allowed: Mapping[str, bool] | None
    ) -> Recommended | Excluded:
        """One product that passed the gate: recommended with its reasons, or excluded (no need, held)."""
        ctx, prepared, code = self._ctx, self._prepared, row.code
        own = self._static.get(row.scoring)
        if own is None:
            own = self._static[row.scoring] = profile_reasons(ctx, prepared.scoring[row.scoring], prepared)
        fixed, in_profile, generic = own
        eventful = self._events and row.lifting
        gaps = None if held else self._gaps.get(row.family)
        if not eventful and not (row.bundle and allowed is not None):  # most products: decided at once
            if held:
                return prepared.held_exclusions[code]  # offered again only at maturity (a rollover)
            if generic and not gaps and code not in self._peers:
                return prepared.no_need[code]
        reasons = list(fixed)
        if code in prepared.weights.for_children and ctx.stage != "minor":
            child = _child_for(ctx, spec)
            if child is None:  # opened in a child's name: nobody in the household to open it for
                return prepared.held_exclusions[code] if held else prepared.no_need[code]
            reasons.append(
                Reason("household_child", {"age": child}, prepared.weights.point("household_child"))
            )
        if gaps:
            reasons.extend(gaps)
        if row.bundle and allowed is not None:
            reasons.extend(_bundle_reasons(ctx, spec, prepared, allowed))
        suggested: Decimal | None = None
        if eventful:
            suggested = self._event_reasons(row, spec, reasons, in_profile, held)
        if not held:
            peer = self._peers.get(code)
            if peer is not None:
                reasons.append(peer)
        elif not any(r.code == "maturity_reinvest" for r in reasons):
            return prepared.held_exclusions[code]  # a product the customer has is offered again at maturity
        # Every reason kept is positive and the ones added beyond the profile's are about this customer.
        if generic and len(reasons) == len(fixed):
            return prepared.held_exclusions[code] if held else prepared.no_need[code]
        if self._urgent is not None and row.needs_assessment:
            reasons.append(self._urgent)
        if suggested is None and self._investable and not row.amountless:
            amount = _fitted(ctx, spec, ctx.investable)
            if amount is not None and _amount_passes(ctx, spec, amount, self._channel, prepared.rules):
                suggested = amount
        score = 0
        for r in reasons:
            score += r.points
        warnings = gate.warnings + self._id_warning if self._id_warning else gate.warnings
        monthly = suggested is not None and spec.monthly
        return Recommended(code, score, tuple(reasons), warnings, suggested, monthly)

    def _event_reasons(
        self, row: Row, spec: ProductSpec, reasons: list[Reason], in_profile: bool, held: bool
    ) -> Decimal | None:
        """Events and the next tier lift AUM: offered through products that fit the customer's profile (risk
        template or life stage), and for a maturity also the same family. Adds to `reasons` (dropping the
        ones worth no points); returns the suggested amount."""
        ctx, prepared, channel, code, family = self._ctx, self._prepared, self._channel, row.code, row.family
        points, rules = prepared.weights.points, prepared.rules
        suggested: Decimal | None = None
        if ctx.near is not None and in_profile:
            nxt, gap = ctx.near
            params: dict[str, object] = {"next_tier": nxt, "gap": gap}
            reasons.append(Reason("near_next_tier", params, points.get("near_next_tier", 0)))
        for h in ctx.maturing:
            if not (in_profile or h.family == family):
                continue
            amount = _fitted(ctx, spec, h.balance)
            if amount is not None and _amount_passes(ctx, spec, amount, channel, rules):
                params = {
                    "product": h.product,
                    "product_name": prepared.names.get(h.product, h.product),
                    "product_name_en": prepared.names_en.get(h.product, ""),
                    "maturity_on": h.maturity_on,
                    "amount": h.balance,
                }
                # renewing into the same product is the first thing a manager offers
                bonus = 30 if h.product == code else 0
                reasons.append(
                    Reason("maturity_reinvest", params, points.get("maturity_reinvest", 0) + bonus)
                )
                suggested = amount
                break
        if ctx.inflow is not None and in_profile:
            total, on = ctx.inflow
            # the money arrived in cash: what is kept at hand stays there, as for an idle balance
            amount = _fitted(ctx, spec, min(total, ctx.investable))
            if amount is not None and _amount_passes(ctx, spec, amount, channel, rules):
                params = {"amount": total, "opened_on": on}
                reasons.append(Reason("large_inflow", params, points.get("large_inflow", 0)))
                suggested = suggested or amount
        elif ctx.investable >= prepared.weights.idle_min and in_profile and suggested is None and not held:
            amount = _fitted(ctx, spec, ctx.investable)
            if amount is not None and _amount_passes(ctx, spec, amount, channel, rules):
                params = {"amount": ctx.cash, "investable": ctx.investable}
                reasons.append(Reason("idle_balance", params, points.get("idle_balance", 0)))
                suggested = suggested or amount
        reasons[:] = [r for r in reasons if r.points > 0]
        return suggested
