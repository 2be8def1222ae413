"""Rules about the product: on sale that day, for this tier, not already held, private-product controls, 双录.

The sale window, the cooling-off warning and 双录 read nothing of the customer: they take the product, the day,
the channel and the rules, so a catalogue's findings are worked out once per day (`domain.suitability.staged`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from domain.catalog import ProductSpec
from domain.suitability.model import Finding, SaleChannel, SuitabilityRules, block, warn
from domain.suitability.reasons import Reason
from domain.suitability.sale import Sale


def sale_window(p: ProductSpec, as_of: date, channel: str, rules: SuitabilityRules) -> Iterator[Finding]:
    """On sale from sale_start through sale_end, both days included."""
    if (p.sale_start is not None and as_of < p.sale_start) or (p.sale_end is not None and as_of > p.sale_end):
        yield block(Reason.NOT_ON_SALE, sale_start=p.sale_start, sale_end=p.sale_end)


def tier(sale: Sale) -> Iterator[Finding]:
    tiers = sale.product.tiers
    if tiers and sale.customer.tier not in tiers:
        yield block(Reason.TIER_NOT_ELIGIBLE, tier=sale.customer.tier, tiers=", ".join(tiers))


def already_holds(sale: Sale) -> Iterator[Finding]:
    """One per customer (`exclusive`): an active holding of the same product blocks a second one."""
    if sale.product.exclusive and sale.product.code in sale.customer.held_products:
        yield block(Reason.ALREADY_HOLDS, product=sale.product.code)


def qualified_investor(sale: Sale) -> Iterator[Finding]:
    """Private products: qualified-investor status on file and not past its last valid day."""
    c = sale.customer
    if not sale.product.private:
        return
    if not c.qualified_investor:
        yield block(Reason.QUALIFIED_INVESTOR_REQUIRED, reason="missing", qualified_until=None)
    elif c.qualified_until is not None and c.qualified_until < sale.as_of:
        yield block(Reason.QUALIFIED_INVESTOR_REQUIRED, reason="expired", qualified_until=c.qualified_until)


def cooling_off(p: ProductSpec, as_of: date, channel: str, rules: SuitabilityRules) -> Iterator[Finding]:
    """Private products (at least the configured 24 h) and any product with its own cooling-off hours."""
    hours = p.cooling_off_hours or 0
    if p.private:
        hours = max(hours, rules.private_cooling_off_hours)
    if hours > 0:
        yield warn(Reason.COOLING_OFF, hours=hours)


def dual_recording(p: ProductSpec, as_of: date, channel: str, rules: SuitabilityRules) -> Iterator[Finding]:
    """Products the catalogue marks for 双录, sold at the branch (online and self-service are exempt)."""
    if p.dual_recording and channel == SaleChannel.BRANCH:
        yield warn(Reason.DUAL_RECORDING_REQUIRED)
