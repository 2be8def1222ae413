"""Suitability (适当性): may this customer buy this product, here, today, for this amount? DOMAIN §5.

`check(customer, product, amount, channel, as_of)` returns a `SuitabilityResult`: `allowed`, the blocking
findings, the warnings the sale must acknowledge (`senior_special_care`, `cooling_off`,
`dual_recording_required`) and the rule version. Each `Finding` carries a stable code and the parameters its
words need; `next_step(code)` says what would let the sale pass. The [CFG] values live in `SuitabilityRules`.

Choices where DOMAIN.md leaves room:
- Products without an assessment requirement (`ProductSpec.needs_assessment` false: deposits, loans, cards...)
  skip the questionnaire, capacity, senior and financial-capacity rules; identity, age, window, tier,
  holdings, amount and private-product rules apply to every product.
- The grade is compared with the product only while the assessment is valid (missing/expired say it all).
- A reported change of circumstances expires the assessment (`risk_assessment_expired`, reason
  `change_reported`); a changed grade the customer has not re-confirmed blocks with
  `assessment_change_not_reconfirmed`.
- `first_purchase_requires_branch` applies to products flagged `first_purchase_in_branch` and to every own
  (自营) wealth product; it is met by any branch assessment on file, whatever the sale's channel.
- A private product's category for its minimum comes from its risk level (see `SuitabilityRules`).
- A qualified investor with no recorded end date counts as qualified; an end date counts through that day.
- An ID document is valid through its expiry day; a qualified status likewise.
"""

from domain.suitability.engine import DEFAULT_RULES, check
from domain.suitability.model import (
    RULE_VERSION,
    Finding,
    SaleChannel,
    SuitabilityCustomer,
    SuitabilityResult,
    SuitabilityRules,
    assessment_valid_until,
)
from domain.suitability.reasons import NEXT_STEPS, WARNINGS, Reason, next_step

__all__ = [
    "DEFAULT_RULES",
    "NEXT_STEPS",
    "RULE_VERSION",
    "WARNINGS",
    "Finding",
    "Reason",
    "SaleChannel",
    "SuitabilityCustomer",
    "SuitabilityResult",
    "SuitabilityRules",
    "assessment_valid_until",
    "check",
    "next_step",
]
