"""Identity and KYC: documents (expiring in 30 days or expired is flagged), age and life stage, civil capacity,
qualified investor, due diligence and AML level, consents."""

from __future__ import annotations

from domain.profile import CustomerProfile, document_status, person_facts
from widgets.labels import day, label
from widgets.profile.base import FormSection


class IdentitySection(FormSection):
    FIELDS = (
        "name",
        "gender_age",
        "documents",
        "nationality",
        "civil_capacity",
        "qualified_investor",
        "kyc_status",
        "aml_risk",
        "consents",
    )

    def __init__(self, parent=None) -> None:
        super().__init__("identity", parent)

    def title(self) -> str:
        return self.tr("Identity and KYC")

    def captions(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "gender_age": self.tr("Gender, age, life stage"),
            "documents": self.tr("ID document"),
            "nationality": self.tr("Nationality"),
            "civil_capacity": self.tr("Civil capacity"),
            "qualified_investor": self.tr("Qualified investor"),
            "kyc_status": self.tr("Due diligence"),
            "aml_risk": self.tr("AML risk level"),
            "consents": self.tr("Consents"),
        }

    def texts(self, p: CustomerProfile) -> dict[str, str | tuple[str, str]]:
        facts = person_facts(p.birth_date, p.today)
        stage = label("stage", facts.life_stage)
        if facts.senior_care:
            stage = self.tr("{stage}, 65+ (extra care)").format(stage=stage)
        lines, worst = [], ""
        for d in p.documents:
            status = document_status(d.expiry, p.today)
            if status == "long_term":
                validity = self.tr("long-term")
            elif status == "expired":
                validity = self.tr("EXPIRED {date}").format(date=day(d.expiry))
            elif status == "expiring":
                validity = self.tr("expires {date}, within 30 days").format(date=day(d.expiry))
            else:
                validity = self.tr("valid until {date}").format(date=day(d.expiry))
            lines.append(f"{label('id_type', d.id_type)} {d.id_number} ({validity})")
            flag = {"expired": "alert", "expiring": "warn"}.get(status, "")
            worst = "alert" if "alert" in (worst, flag) else (flag or worst)
        qualified = (
            self.tr("Yes, until {date}").format(date=day(p.qualified_until))
            if p.qualified_investor and p.qualified_until
            else (self.tr("Yes") if p.qualified_investor else self.tr("No"))
        )
        qualified_flag = (
            "warn" if p.qualified_investor and p.qualified_until and p.qualified_until < p.today else ""
        )
        kyc_flag = "" if p.kyc_status == "verified" else "alert"
        aml = (
            (label("aml", p.aml_risk), "alert" if p.aml_risk == "high" else "")
            if p.aml_risk is not None
            else self.tr("Not shown to tellers")
        )
        consents = ", ".join(label("consent", c) for c in p.consents) or self.tr("None given")
        return {
            "name": f"{p.name}  {p.name_pinyin}".strip(),
            "gender_age": self.tr("{gender}, {age} years, {stage}").format(
                gender=label("gender", p.gender), age=facts.age, stage=stage
            ),
            "documents": ("\n".join(lines), worst),
            "nationality": label("country", p.nationality),
            "civil_capacity": (
                label("capacity", p.civil_capacity),
                "" if p.civil_capacity == "full" else "warn",
            ),
            "qualified_investor": (qualified, qualified_flag),
            "kyc_status": (label("kyc", p.kyc_status), kyc_flag),
            "aml_risk": aml,
            "consents": consents,
        }
