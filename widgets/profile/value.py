"""Value: tier and stars with the rule that placed the customer there, AUM, the way to the next tier (临界区间
customers stand out), deposit-insurance exposure above 50万."""

from __future__ import annotations

from domain.profile import (
    DEPOSIT_INSURANCE_LIMIT,
    CustomerProfile,
    deposit_insurance_exposure,
    deposits_of,
    floor_of,
    tier_standing,
)
from widgets.labels import label, money
from widgets.profile.base import FormSection


def wan(amount) -> str:
    """50万-style short amounts for rules: 500000 -> 50万 (plain yuan below 1万)."""
    if amount >= 10000 and amount % 10000 == 0:
        return f"{int(amount // 10000)}万"
    return money(amount)


class ValueSection(FormSection):
    FIELDS = ("tier", "rule", "aum", "next_tier", "deposits", "exposure")

    def __init__(self, parent=None) -> None:
        super().__init__("value", parent)

    def title(self) -> str:
        return self.tr("Value")

    def captions(self) -> dict[str, str]:
        return {
            "tier": self.tr("Tier, stars"),
            "rule": self.tr("Tier rule"),
            "aum": self.tr("Assets with us (yuan)"),
            "next_tier": self.tr("To the next tier"),
            "deposits": self.tr("Deposits (yuan)"),
            "exposure": self.tr("Deposit insurance"),
        }

    def texts(self, p: CustomerProfile) -> dict[str, str | tuple[str, str]]:
        standing = tier_standing(p.tier, p.aum)
        stars = "★" * p.star_level if p.star_level > 0 else self.tr("below one star")
        tier = self.tr("{tier}, {stars}").format(tier=label("tier", p.tier), stars=stars)
        rule = self.tr(
            "AUM from {floor} (deposits, wealth products, funds, bonds, insurance, gold; no loans)"
        ).format(floor=wan(floor_of(p.tier)))
        rule_flag = ""
        if standing.computed_tier != p.tier and p.holdings_visible:
            rule = self.tr(
                "{rule}. By today's AUM: {tier}; tiers change at month end (downgrades after two quarters)."
            ).format(rule=rule, tier=label("tier", standing.computed_tier))
            rule_flag = "warn"
        if standing.next_tier is None:
            next_text: str | tuple[str, str] = self.tr("Highest tier")
        else:
            text = self.tr("{gap} yuan to {tier} ({floor}), {percent}% reached").format(
                gap=money(standing.gap),
                tier=label("tier", standing.next_tier),
                floor=wan(standing.next_floor),
                percent=int((standing.progress or 0) * 100),
            )
            next_text = (
                (self.tr("Near threshold (临界区间): {text}").format(text=text), "warn")
                if standing.near_upgrade
                else text
            )
        if standing.retention_watch:
            next_text = (
                self.tr("Retention watch: AUM within 110% of the {tier} floor. {text}").format(
                    tier=label("tier", p.tier), text=next_text if isinstance(next_text, str) else next_text[0]
                ),
                "warn",
            )
        exposure = deposit_insurance_exposure(p.holdings)
        exposure_text: str | tuple[str, str] = (
            (
                self.tr("{amount} yuan above the {limit} covered by deposit insurance").format(
                    amount=money(exposure), limit=wan(DEPOSIT_INSURANCE_LIMIT)
                ),
                "warn",
            )
            if exposure > 0
            else self.tr("Fully within the {limit} covered").format(limit=wan(DEPOSIT_INSURANCE_LIMIT))
        )
        if not p.holdings_visible:  # the tier only (DOMAIN §1: the lobby manager; the complaint officer)
            hidden = self.tr("Not shown to your role")
            return {"tier": tier, "rule": rule, "aum": hidden, "next_tier": hidden,
                    "deposits": hidden, "exposure": hidden}  # fmt: skip
        return {
            "tier": tier,
            "rule": (rule, rule_flag),
            "aum": money(p.aum),
            "next_tier": next_text,
            "deposits": money(deposits_of(p.holdings)),
            "exposure": exposure_text,
        }
