"""The printable documents as plain data (DOMAIN §8): what the PDF builders in `reports/` print, nothing more.

The issuing layer (db) fills these from the sale, the customer and the counter rows; the builders never look
anything up. Every text field is printed as given: masking an ID number or an account is the caller's decision
(DOMAIN §8: masked unless the contract needs the full number). Amounts are Decimal yuan.

The clause texts live in versioned files `resources/agreements/<template_id>.yaml` (format: the comment at the top
of resources/agreements/wealth_subscription.yaml). `parse_template(text, source=...)` reads one strictly and
raises `TemplateInvalid` naming the file and the key; `load_template(template_id)` reads a shipped one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from domain import vocabulary
from domain.consents import statement as consent_statement
from domain.errors import DomainError
from domain.paths import resource_path
from domain.strict_yaml import YamlRefused, load_strict, plain_words
from domain.template_ids import AGREEMENT_TEMPLATES

TEMPLATE_DIR = "agreements"
RECEIPT_TEMPLATE = "receipt"
ASSESSMENT_TEMPLATE = "risk_assessment_confirmation"
CANCELLATION_TEMPLATE = "cooling_off_cancellation"
ALL_TEMPLATES = (*AGREEMENT_TEMPLATES, RECEIPT_TEMPLATE, ASSESSMENT_TEMPLATE, CANCELLATION_TEMPLATE)

RISK_LEVELS = ("R1", "R2", "R3", "R4", "R5")
CUSTOMER_GRADES = ("C1", "C2", "C3", "C4", "C5")
PRODUCT_RISK_WORDS = vocabulary.table("product_risk")
GRADE_WORDS = vocabulary.table("grade")
CURRENCY_WORDS = vocabulary.table("currency")
ID_TYPE_WORDS = vocabulary.table("id_type")
CHANNEL_WORDS = {"branch": "营业网点柜面", "online": "网上银行/手机银行"}
# Warning codes (DOMAIN §5) the customer acknowledged, as printed; an unknown code is printed as it is.
WARNING_WORDS = {
    "senior_special_care": "高龄客户购买较高风险产品特别提示（已充分说明、客户确认理解并经复核）",
    "cooling_off": "投资冷静期提示",
    "dual_recording_required": "销售专区录音录像（双录）提示",
    "risk_disclosure_not_acknowledged": "风险揭示书已提供并经客户确认",
    "handwritten_risk_statement_missing": "客户已手工抄录风险确认语句",
}


class ReceiptCopy(StrEnum):
    CUSTOMER = "customer"
    BANK = "bank"


class DocumentKind(StrEnum):
    AGREEMENT = "agreement"
    RECEIPT = "receipt"
    ASSESSMENT = "assessment"
    CANCELLATION = "cancellation"  # the cooling-off cancellation form


@dataclass(frozen=True)
class Institution:
    """The bank as a party and the issuing outlet; `phone` is the outlet's service phone."""

    bank_name: str  # 中国XX银行股份有限公司
    branch_code: str
    branch_name: str  # XX支行
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AgreementDocument:
    """One issued agreement. `number` is `branch-year-sequence` (e.g. 0101-2026-000123), unique across stations.

    `product_risk_level` / `customer_grade` are None for products that need no assessment (deposits, loans,
    standing instructions, certificates). `cooling_off_hours` is None when no cooling-off applies.
    `details` holds the family's own items in print order (standing instruction accounts and control line,
    certificate accounts and purpose, loan applicant facts ...), each (label, value) printed as given.
    """

    number: str
    template_id: str
    template_version: str
    institution: Institution
    customer_name: str
    id_type: str  # as printed: 居民身份证, 护照 ...
    id_number: str  # as printed: the caller masks it unless the contract needs it in full
    product_code: str
    product_name: str
    product_version: str
    amount: Decimal
    currency: str = "CNY"
    term: str | None = None  # as printed: 3个月, 182天, 无固定期限
    rate: Decimal | None = None  # percent a year: Decimal("2.35") prints 2.35%
    product_risk_level: str | None = None  # R1-R5
    customer_grade: str | None = None  # C1-C5
    assessment_valid_until: date | None = None
    issuer: str | None = None  # the product's issuer when the bank sells as agent (代销)
    account: str | None = None  # settlement account as printed (masked by the caller)
    start_date: date | None = None
    end_date: date | None = None
    fees: str | None = None  # as printed: 认购费0%，销售服务费0.30%/年
    cooling_off_hours: int | None = None
    dual_recording: bool = False
    dual_recording_id: str | None = None
    acknowledged_warnings: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()
    staff_name: str = ""
    staff_login: str = ""
    staff_phone: str = ""
    issued_at: datetime = datetime(2000, 1, 1)
    station: str = ""
    content_hash: str = ""  # printed beside the QR (shortened); the caller's hash of the issue data
    consent_statement: str = ""  # the data-sharing consent as on file ({third_party_consent} in a clause)
    reviewer_name: str = ""  # the second person's 复核 (the reviewed copy); blank on the original
    reviewed_at: datetime | None = None


@dataclass(frozen=True)
class ReceiptDocument:
    """One counter receipt (业务回单), one copy. `number` is BRANCH-TERMINAL-YYYYMMDD-NNNNNN."""

    number: str
    template_version: str
    institution: Institution
    station: str
    service: str  # as printed: 定期存款开户, 理财产品认购 ...
    amount: Decimal
    copy: ReceiptCopy
    transacted_at: datetime
    teller_name: str
    teller_login: str
    customer_name: str = ""  # as printed (may be masked)
    masked_account: str = ""
    masked_id: str = ""
    currency: str = "CNY"
    fee: Decimal | None = None
    balance: Decimal | None = None
    counter_account: str = ""  # the other side, masked, when there is one
    authoriser_name: str | None = None
    memo: str = ""  # 摘要
    agreement_number: str | None = None
    reprint_count: int = 0


@dataclass(frozen=True)
class AnswerLine:
    question: str
    answer: str
    score: int


@dataclass(frozen=True)
class AssessmentConfirmation:
    """The risk-assessment result confirmation (风险测评结果确认书) the customer signs."""

    number: str
    template_version: str
    institution: Institution
    customer_name: str
    id_type: str
    masked_id_number: str
    questionnaire_version: str
    questionnaire_title: str
    score: int
    grade: str  # C1-C5
    grade_label: str  # 保守型 ...
    assessed_on: date
    valid_until: date
    channel: str  # domain.codes.AssessmentChannel value or a printed word
    allowed_levels: tuple[str, ...]  # R1..
    answers: tuple[AnswerLine, ...] = ()
    capped_by: tuple[str, ...] = ()  # printed as a note when the grade was limited
    previous_grade: str | None = None
    staff_name: str = ""
    staff_login: str = ""
    staff_phone: str = ""
    issued_at: datetime = datetime(2000, 1, 1)
    station: str = ""


# ---------------------------------------------------------------------------------------------------------
# Templates


@dataclass(frozen=True)
class Clause:
    heading: str
    text: str  # paragraphs separated by blank lines


@dataclass(frozen=True)
class RiskDisclosure:
    title: str
    text: str


@dataclass(frozen=True)
class DocumentTemplate:
    """One version of one template file. Texts may hold `{placeholders}` filled from `placeholders()`."""

    template_id: str
    version: str
    kind: DocumentKind
    effective_from: date
    title: str
    families: tuple[str, ...] = ()  # the product families an agreement template is written for
    prints_maturity: bool = True  # False: the maturity is the (savings bonds), not sale day + term
    preamble: str = ""
    clauses: tuple[Clause, ...] = ()
    risk_disclosure: RiskDisclosure | None = None
    handwritten_statement: str | None = None
    cooling_off: str | None = None
    customer_confirmation: str = ""
    labels: Mapping[str, str] = field(default_factory=dict, hash=False)
    customer_party: str = "甲方（客户）"
    bank_party: str = "乙方（银行）"
    seal: str = "业务专用章"
    notes: tuple[str, ...] = ()

    def label(self, key: str, default: str) -> str:
        return self.labels.get(key, default)


class TemplateInvalid(DomainError):
    """A template file was refused; `file` and `key` say where (the message reads as one sentence)."""

    def __init__(self, problem: str, *, file: str, key: str = "", value: str = "") -> None:
        super().__init__("document_template_invalid", file=file, key=key, problem=problem, value=value)
        self.file = file
        self.key = key
        self.problem = problem

    def __str__(self) -> str:
        where = f"{self.file}: key '{self.key}'" if self.key else self.file
        return f"document template {where}: {self.problem}"


_TOP_KEYS = (
    "template",
    "version",
    "kind",
    "effective_from",
    "title",
    "families",
    "prints_maturity",
    "preamble",
    "clauses",
    "risk_disclosure",
    "handwritten_statement",
    "cooling_off",
    "customer_confirmation",
    "labels",
    "parties",
    "seal",
    "notes",
)
_REQUIRED = ("template", "version", "kind", "effective_from", "title")
_LABEL_KEYS = (
    "amount",
    "term",
    "rate",
    "start_date",
    "end_date",
    "product",
    "account",
    "fees",
    "issuer",
    "agency_note",
)
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
_ID = re.compile(r"^[a-z0-9_]{1,40}$")
_FOLD_SPACE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# The families a template may be written for (domain.codes.ProductFamily, kept here to keep this module light).
TEMPLATE_FAMILIES = (
    "deposit", "wealth", "fund", "insurance", "bond", "gold", "fx", "card", "ebanking", "loan", "service",
)  # fmt: skip
PLACEHOLDERS = (
    "bank",
    "branch",
    "customer",
    "product",
    "product_code",
    "cooling_off_hours",
    "issuer",
    "risk_level",
    "grade",
    "third_party_consent",
)


def template_path(template_id: str) -> Path:
    return resource_path(TEMPLATE_DIR, f"{template_id}.yaml")


def load_template(template_id: str) -> DocumentTemplate:
    """The shipped template `resources/agreements/<template_id>.yaml`."""
    if not _ID.match(template_id):
        raise TemplateInvalid("not a template id", file=template_id)
    path = template_path(template_id)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateInvalid("file not found", file=str(path)) from None
    return parse_template(text, source=path.name)


def parse_template(text: str, *, source: str) -> DocumentTemplate:
    """The template the text defines; `source` (the file name) is named in every refusal."""
    try:
        raw = load_strict(text)
    except YamlRefused as refused:
        if refused.duplicates:
            key, line = refused.duplicates[0]
            raise TemplateInvalid(f"key written twice (line {line})", file=source, key=key) from None
        raise TemplateInvalid(plain_words(refused), file=source) from None
    top = _mapping(raw, source, "", _TOP_KEYS, _REQUIRED)
    template_id = _text(top, "template", source)
    expected = source.rsplit("/", 1)[-1].removesuffix(".yaml")
    if not _ID.match(template_id):
        raise TemplateInvalid("must be lower-case letters, digits and _", file=source, key="template")
    if source.endswith(".yaml") and template_id != expected:
        raise TemplateInvalid(f"must equal the file name ({expected})", file=source, key="template")
    version = _text(top, "version", source)
    if not _VERSION.match(version):
        raise TemplateInvalid("must be letters, digits, _ . - (at most 40)", file=source, key="version")
    try:
        kind = DocumentKind(top["kind"])
    except ValueError:
        raise TemplateInvalid(
            "must be one of " + ", ".join(k.value for k in DocumentKind), file=source, key="kind"
        ) from None
    effective = top["effective_from"]
    if isinstance(effective, str):
        try:
            effective = date.fromisoformat(effective)
        except ValueError:
            effective = None
    if not isinstance(effective, date) or isinstance(effective, datetime):
        raise TemplateInvalid("must be a date YYYY-MM-DD", file=source, key="effective_from")
    clauses = _clauses(top.get("clauses"), source)
    disclosure = None
    if top.get("risk_disclosure") is not None:
        d = _mapping(top["risk_disclosure"], source, "risk_disclosure", ("title", "text"), ("title", "text"))
        disclosure = RiskDisclosure(
            _text(d, "title", source, "risk_disclosure."), _text(d, "text", source, "risk_disclosure.")
        )
    labels: dict[str, str] = {}
    if top.get("labels") is not None:
        lab = _mapping(top["labels"], source, "labels", _LABEL_KEYS, ())
        labels = {k: _text(lab, k, source, "labels.") for k in lab}
    parties = {"customer": "甲方（客户）", "bank": "乙方（银行）"}
    if top.get("parties") is not None:
        p = _mapping(top["parties"], source, "parties", ("customer", "bank"), ("customer", "bank"))
        parties = {k: _text(p, k, source, "parties.") for k in p}
    notes: tuple[str, ...] = ()
    if top.get("notes") is not None:
        if not isinstance(top["notes"], list) or not all(
            isinstance(n, str) and n.strip() for n in top["notes"]
        ):
            raise TemplateInvalid("must be a list of texts", file=source, key="notes")
        notes = tuple(n.strip() for n in top["notes"])
    families = _families(top.get("families"), source)
    if kind is DocumentKind.AGREEMENT and not families:
        raise TemplateInvalid(
            "an agreement names the product families it is written for", file=source, key="families"
        )
    template = DocumentTemplate(
        template_id=template_id,
        version=version,
        kind=kind,
        effective_from=effective,
        title=_text(top, "title", source),
        families=families,
        prints_maturity=_flag(top, "prints_maturity", source),
        preamble=_optional_text(top, "preamble", source),
        clauses=clauses,
        risk_disclosure=disclosure,
        handwritten_statement=_optional_text(top, "handwritten_statement", source) or None,
        cooling_off=_optional_text(top, "cooling_off", source) or None,
        customer_confirmation=_optional_text(top, "customer_confirmation", source),
        labels=labels,
        customer_party=parties["customer"],
        bank_party=parties["bank"],
        seal=_optional_text(top, "seal", source) or "业务专用章",
        notes=notes,
    )
    _check_placeholders(template, source)
    if template.handwritten_statement and template.risk_disclosure is None:
        raise TemplateInvalid(
            "needs a risk_disclosure to go with it", file=source, key="handwritten_statement"
        )
    if kind is DocumentKind.AGREEMENT and not clauses:
        raise TemplateInvalid("an agreement needs at least one clause", file=source, key="clauses")
    return template


def _mapping(
    raw: object, source: str, where: str, allowed: tuple[str, ...], required: tuple[str, ...]
) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise TemplateInvalid("must be a mapping of keys to values", file=source, key=where or "(top level)")
    prefix = f"{where}." if where else ""
    for key in raw:
        if key not in allowed:
            raise TemplateInvalid(
                "unknown key (allowed: " + ", ".join(allowed) + ")", file=source, key=f"{prefix}{key}"
            )
    for key in required:
        if raw.get(key) is None:
            raise TemplateInvalid("missing", file=source, key=f"{prefix}{key}")
    return raw


def _text(raw: Mapping[str, Any], key: str, source: str, prefix: str = "") -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateInvalid("must be a non-empty text", file=source, key=f"{prefix}{key}")
    return _normalise(value)


def _optional_text(raw: Mapping[str, Any], key: str, source: str) -> str:
    return "" if raw.get(key) is None else _text(raw, key, source)


def _normalise(value: str) -> str:
    """Paragraphs joined by a blank line. In a folded (>) text a blank line is what survives as a line break;
    the space folding puts between two Chinese characters (a line break in the file) is removed."""
    paragraphs = [p.strip() for p in value.strip().splitlines() if p.strip()]
    return "\n\n".join(_FOLD_SPACE.sub("", re.sub(r"\s+", " ", p)) for p in paragraphs)


def _clauses(raw: object, source: str) -> tuple[Clause, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise TemplateInvalid("must be a list of {heading, text}", file=source, key="clauses")
    out = []
    for i, item in enumerate(raw, 1):
        where = f"clauses[{i}]"
        m = _mapping(item, source, where, ("heading", "text"), ("heading", "text"))
        out.append(Clause(_text(m, "heading", source, where + "."), _text(m, "text", source, where + ".")))
    return tuple(out)


def _flag(raw: Mapping[str, Any], key: str, source: str) -> bool:
    value = raw.get(key, True)
    if not isinstance(value, bool):
        raise TemplateInvalid("must be true or false", file=source, key=key)
    return value


def _families(raw: object, source: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw or any(f not in TEMPLATE_FAMILIES for f in raw):
        raise TemplateInvalid(
            "must be a list of product families (" + ", ".join(TEMPLATE_FAMILIES) + ")",
            file=source,
            key="families",
        )
    return tuple(dict.fromkeys(raw))


def _check_placeholders(template: DocumentTemplate, source: str) -> None:
    texts = {"preamble": template.preamble, "cooling_off": template.cooling_off or ""}
    texts["customer_confirmation"] = template.customer_confirmation
    if template.risk_disclosure:
        texts["risk_disclosure.text"] = template.risk_disclosure.text
    for i, clause in enumerate(template.clauses, 1):
        texts[f"clauses[{i}].text"] = clause.text
    for key, text in texts.items():
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                raise TemplateInvalid(
                    f"unknown placeholder {{{name}}} (known: " + ", ".join(PLACEHOLDERS) + ")",
                    file=source,
                    key=key,
                )


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace the known `{placeholders}`; anything else in braces is left as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def agreement_placeholders(doc: AgreementDocument) -> dict[str, str]:
    return {
        "bank": doc.institution.bank_name,
        "branch": doc.institution.branch_name,
        "customer": doc.customer_name,
        "product": doc.product_name,
        "product_code": doc.product_code,
        "cooling_off_hours": str(doc.cooling_off_hours or 24),
        "issuer": doc.issuer or "",
        "risk_level": doc.product_risk_level or "",
        "grade": doc.customer_grade or "",
        "third_party_consent": doc.consent_statement or consent_statement(None),
    }


def assessment_from_result(
    result: Any,
    *,
    number: str,
    template_version: str,
    institution: Institution,
    issued_at: datetime,
    station: str = "",
    answers: tuple[AnswerLine, ...] = (),
    staff_phone: str = "",
) -> AssessmentConfirmation:
    """From a `domain.questionnaire.result.AssessmentResult` (duck-typed to keep this module light)."""
    return AssessmentConfirmation(
        number=number,
        template_version=template_version,
        institution=institution,
        customer_name=result.customer_name,
        id_type=ID_TYPE_WORDS.get(result.id_type, result.id_type),
        masked_id_number=result.masked_id_number,
        questionnaire_version=result.questionnaire_version,
        questionnaire_title=result.questionnaire_title.zh,
        score=result.score,
        grade=result.grade,
        grade_label=result.label.zh,
        assessed_on=result.assessed_on,
        valid_until=result.valid_until,
        channel=result.channel,
        allowed_levels=tuple(result.allowed_levels),
        answers=answers,
        capped_by=tuple(result.capped_by),
        previous_grade=result.previous_grade,
        staff_name=result.staff_name,
        staff_login=result.staff_login,
        staff_phone=staff_phone,
        issued_at=issued_at,
        station=station,
    )
