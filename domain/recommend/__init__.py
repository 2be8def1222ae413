"""Product recommendations (DOMAIN §6): what suits this customer today, why, and what is not offered and why.

`recommend(customer, prepare(catalogue, weights), as_of, peers)` returns a `Recommendation`: every catalogue
product exactly once, either recommended (score, reasons with parameters, warnings to acknowledge) or excluded
(reason codes: the suitability blocks, `not_on_sale` for a switched-off product, `product_spec_unreadable`,
`already_held`, `no_identified_need`). Suitability is a gate, never a weight; the weights file
(resources/recommend/weights.yaml, `parse_weights`) only orders what passes.

Choices where DOMAIN.md leaves room:
- No amount is checked for the gate (a recommendation has none yet); a suggested amount from an event (maturing
  holding, large inflow) is checked with the amount before it is offered.
- Urgency (assessment about to expire) only adds to a product some need already speaks for; an ID about to
  expire is a warning on every recommended product (a sale after that day is blocked).
- Similar customers are the same tier and life stage at the customer's branch.
- A large recent inflow is read from holdings: demand-like deposits opened within `inflow_days` (the
  database keeps balances, not movements).
- Reason points are whole numbers; the peer reason scales with the share (points × holders / customers).
"""

from domain.recommend.context import aum, segment_of
from domain.recommend.engine import batch_collection_paused, recommend, recommend_many
from domain.recommend.gate import SuitabilityCache, suitability_key
from domain.recommend.model import (
    ALREADY_HELD,
    ID_EXPIRING,
    NO_IDENTIFIED_NEED,
    AnswerFact,
    CatalogueEntry,
    Excluded,
    HoldingFact,
    PeerStats,
    Reason,
    Recommendation,
    RecommendCustomer,
    Recommended,
)
from domain.recommend.prepared import Prepared, prepare
from domain.recommend.scoring import fit_amount
from domain.recommend.weights import NEEDS, SHIPPED_FILE, Selector, Weights, WeightsInvalid, parse_weights

__all__ = [
    "ALREADY_HELD",
    "AnswerFact",
    "ID_EXPIRING",
    "NEEDS",
    "NO_IDENTIFIED_NEED",
    "SHIPPED_FILE",
    "CatalogueEntry",
    "Excluded",
    "HoldingFact",
    "PeerStats",
    "Prepared",
    "Reason",
    "RecommendCustomer",
    "Recommendation",
    "Recommended",
    "Selector",
    "SuitabilityCache",
    "Weights",
    "WeightsInvalid",
    "aum",
    "batch_collection_paused",
    "fit_amount",
    "parse_weights",
    "prepare",
    "recommend",
    "recommend_many",
    "segment_of",
    "suitability_key",
]
