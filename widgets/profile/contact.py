"""Contact and household: mobile, email, address, work, the customer manager, household members as links."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal

from domain.profile import CustomerProfile, person_facts
from widgets.labels import label, money
from widgets.profile.base import FormSection


class ContactSection(FormSection):
    FIELDS = ("phone", "email", "address", "work", "income", "manager", "household")
    sig_customer_selected = Signal(str)  # a household member's customer number

    def __init__(self, parent=None) -> None:
        super().__init__("contact", parent)
        household = self.values["household"]
        household.setOpenExternalLinks(False)
        household.linkActivated.connect(self.sig_customer_selected.emit)

    def title(self) -> str:
        return self.tr("Contact and household")

    def captions(self) -> dict[str, str]:
        return {
            "phone": self.tr("Mobile"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "work": self.tr("Occupation, employer"),
            "income": self.tr("Annual income (yuan)"),
            "manager": self.tr("Customer manager"),
            "household": self.tr("Household"),
        }

    def texts(self, p: CustomerProfile) -> dict[str, str | tuple[str, str]]:
        members = [
            '<a href="{no}">{name}</a> ({relation}, {age}, {tier})'.format(
                no=html.escape(m.customer_no),
                name=html.escape(m.name),
                relation=html.escape(label("relation", m.relation) or self.tr("member")),
                age=self.tr("{age} years").format(age=person_facts(m.birth_date, p.today).age),
                tier=html.escape(label("tier", m.tier)),
            )
            for m in p.household
        ]
        if p.counter_view:
            household = html.escape(self.tr("Not shown to tellers"))
        elif members:
            household = "<br>".join(members)
        else:
            household = html.escape(self.tr("No household members on file"))
        return {
            "phone": p.phone,
            "email": p.email,
            "address": p.address,
            "work": "，".join(x for x in (p.occupation, p.employer) if x),
            "income": money(p.annual_income) if p.annual_income is not None else self.tr("Not shown"),
            "manager": p.manager_name or (self.tr("Not assigned"), "warn"),
            "household": household,
        }
