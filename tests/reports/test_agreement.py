"""Agreements read back from the PDF as a person or a checker would: pdftotext, pdffonts, pdfinfo."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from domain.capitals import amount_in_capitals
from domain.documents import AGREEMENT_TEMPLATES, load_template
from domain.errors import InvalidValue
from reports import fonts
from reports.agreement import build_agreement
from tests.reports import samples
from tests.reports.conftest import flat

ROOT = Path(__file__).resolve().parents[2]


def build(doc, **kw) -> bytes:
    return build_agreement(doc, load_template(doc.template_id), qr_payload=samples.qr_payload(doc), **kw)


@pytest.mark.parametrize("template_id", AGREEMENT_TEMPLATES)
def test_every_mandatory_field_is_printed(pdf, template_id: str) -> None:
    doc = samples.family_agreement(template_id)
    template = load_template(template_id)
    out = pdf(build(doc))
    text = out.flat
    inst = doc.institution
    expected = [
        template.title,
        inst.bank_name,
        inst.branch_name,
        inst.branch_code,
        doc.number,
        doc.customer_name,
        doc.id_type,
        doc.id_number,
        doc.product_code,
        doc.product_name,
        doc.product_version,
        ("¥" if doc.currency == "CNY" else f"{doc.currency} ") + f"{doc.amount:,.2f}",
        amount_in_capitals(doc.amount)[len("人民币") :],  # after the currency's own word (人民币, 美元)
        doc.staff_name,
        doc.staff_login,
        doc.staff_phone,
        "2026年11月29日",
        template.version,
        "签字",
        "盖章",
        template.seal,
        *(c.heading for c in template.clauses),
    ]
    if doc.term:
        expected.append(doc.term)
    if doc.rate is not None:
        expected.append(f"{doc.rate}%")
    if doc.issuer:
        # 代销 unless the template says what the bank is for this issuer (bonds: an underwriter; MoneyGram: agent).
        expected += [doc.issuer, template.labels.get("agency_note", "代销")]
    for label, value in doc.details:
        expected += [label, value]
    for item in expected:
        assert flat(item) in text, item
    for page in range(1, out.pages + 1):
        page_text = flat(out.page_text(page))
        assert f"第{page}页共{out.pages}页" in page_text
        assert doc.number in page_text and inst.bank_name in page_text


def test_risk_level_against_grade_disclosure_and_handwritten_box(pdf) -> None:
    doc = samples.agreement()
    template = load_template("wealth_subscription")
    text = pdf(build(doc)).flat
    assert "R2（中低风险）" in text and "C3（平衡型）" in text
    assert "匹配（C3可购买R1至R3级产品）" in text
    assert "2027年03月01日" in text  # the assessment's validity
    assert template.risk_disclosure is not None
    assert flat(template.risk_disclosure.text.replace("{risk_level}", "R2").replace("{grade}", "C3")) in text
    assert "本人已经阅读风险揭示，愿意承担投资风险" in text
    assert "亲笔抄录" in text
    assert "SR-20261129-0042" in text  # the dual recording
    assert "投资冷静期提示" in text and "销售专区录音录像（双录）提示" in text  # acknowledged warnings


def test_cooling_off_clause_only_where_it_applies(pdf) -> None:
    with_clause = pdf(build(samples.agreement(cooling_off_hours=48))).flat
    assert "投资冷静期（48小时）" in with_clause and "不少于48小时的投资冷静期" in with_clause
    without = pdf(build(samples.agreement(cooling_off_hours=None))).flat
    assert "冷静期内" not in without and "投资冷静期不适用" in without


def test_two_pages_numbered_on_every_page(pdf) -> None:
    out = pdf(build(samples.agreement()))
    assert out.pages == 2
    assert "第 1 页 共 2 页" in out.page_text(1)
    assert "第 2 页 共 2 页" in out.page_text(2)


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("50000", "人民币伍万元整"),
        ("100010", "人民币壹拾万零壹拾元整"),
        ("1234567.89", "人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"),
        ("1409.50", "人民币壹仟肆佰零玖元伍角"),
        ("16409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
        ("100000001", "人民币壹亿零壹元整"),
    ],
)
def test_amount_in_figures_and_capitals(pdf, amount: str, capitals: str) -> None:
    text = pdf(build(samples.agreement(amount=Decimal(amount)))).flat
    assert capitals in text
    assert f"¥{Decimal(amount):,.2f}" in text


def test_fonts_are_embedded_subsets_with_unicode_maps(pdf) -> None:
    rows = pdf(build(samples.agreement())).fonts
    assert rows
    assert all(r["emb"] == "yes" and r["sub"] == "yes" and r["uni"] == "yes" for r in rows), rows
    names = {r["name"].split("+", 1)[1] for r in rows}
    assert names == {"WenQuanYiMicroHei-0", "DroidSansFallback"}  # 㛃 in the name needs the fallback


def test_a_plain_name_needs_no_fallback_font(pdf) -> None:
    rows = pdf(build(samples.agreement(customer_name="李明"))).fonts
    assert {r["name"].split("+", 1)[1] for r in rows} == {"WenQuanYiMicroHei-0"}


_FACES_LOADED = """
import sys
from reportlab.pdfbase import pdfmetrics
from domain.documents import load_template
from reports.agreement import build_agreement
from tests.reports import samples
doc = samples.agreement(customer_name=sys.argv[1])
build_agreement(doc, load_template("wealth_subscription"), qr_payload=samples.qr_payload(doc))
print(" ".join(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("BD-"))))
"""


@pytest.mark.parametrize(("name", "faces"), [("李明", "BD-WQYMicroHei"),
                                             ("王㛃珺", "BD-DroidSansFallback BD-WQYMicroHei")])  # fmt: skip
def test_a_fresh_process_loads_only_the_faces_its_document_prints(name, faces) -> None:
    """Each face costs about 0.3 s to load: an agreement without rare characters never loads the fallback."""
    done = subprocess.run([sys.executable, "-c", _FACES_LOADED, name], capture_output=True, text=True, check=True,
                          cwd=ROOT)  # fmt: skip
    assert done.stdout.split("\n")[0] == faces


def test_a_rare_character_is_printed_with_the_fallback_font(pdf) -> None:
    assert fonts.font_for("㛃") == fonts.FALLBACK  # not in WenQuanYi, in DroidSansFallback
    assert fonts.font_for("王") == fonts.MAIN
    assert fonts.font_for("1") == fonts.MAIN  # the fallback has no digits: never used for them
    for name in ("王㛃珺", "赵䶮", "欧阳堃", "张喆"):
        text = pdf(build(samples.agreement(customer_name=name))).text
        assert name in text  # extracted again: drawn, not dropped


def test_every_character_of_the_names_printed_is_in_a_font() -> None:
    doc = samples.agreement()
    for text in (doc.customer_name, doc.staff_name, doc.institution.bank_name, doc.product_name):
        for char in text:
            assert fonts.font_for(char) in (fonts.MAIN, fonts.FALLBACK)


def test_a_character_in_no_font_is_refused_by_name() -> None:
    doc = samples.agreement(customer_name="吉" + samples.NOT_PRINTABLE + "祥")
    with pytest.raises(fonts.UnprintableCharacter) as refused:
        build(doc)
    assert refused.value.char == samples.NOT_PRINTABLE
    assert refused.value.params["codepoint"] == "U+20BB7"
    assert "U+20BB7" in str(refused.value) and samples.NOT_PRINTABLE in str(refused.value)


def test_the_same_data_gives_the_same_bytes() -> None:
    doc = samples.agreement()
    first = build(doc)
    build(samples.family_agreement("loan_application"))  # other documents in between share the caches
    assert build(doc) == first
    assert build(replace(doc, number="0101-2026-000124")) != first


def test_reprint_carries_the_copy_watermark(pdf) -> None:
    doc = samples.agreement()
    assert "副本" not in pdf(build(doc)).text
    copy = pdf(build(doc, copy_watermark=True)).text
    assert "副本" in flat(copy) or ("副" in copy and "本" in copy)
    assert "作废" in pdf(build(doc, watermark="作废")).text.replace("\n", "")


def test_metadata_names_the_document_and_no_clock(pdf) -> None:
    info = pdf(build(samples.agreement())).info
    assert "0101-2026-000123" in info["Title"]
    assert "2000" in info["CreationDate"]  # reportlab's invariant date: the bytes do not depend on the clock


def test_template_and_document_must_match() -> None:
    doc = samples.agreement()
    with pytest.raises(InvalidValue) as refused:
        build_agreement(doc, load_template("time_deposit"), qr_payload="x")
    assert refused.value.code == "document_template_mismatch"
    with pytest.raises(InvalidValue) as wrong_kind:
        build_agreement(doc, load_template("receipt"), qr_payload="x")
    assert wrong_kind.value.code == "document_template_wrong_kind"


def test_the_qr_code_reads_back_number_and_hash(tmp_path) -> None:
    doc = samples.agreement()
    path = tmp_path / "a.pdf"
    path.write_bytes(build(doc))
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True
    )
    png = next(tmp_path.glob("p*.png"))
    read = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout.strip()
    assert read == samples.qr_payload(doc)


def test_clause_headings_keep_a_full_gap_after_the_number(pdf) -> None:
    """第二条　认购: an ASCII space between Chinese characters prints as a hairline; a missing one is added."""
    from reports.agreement import clause_heading

    assert clause_heading("第二条认购") == clause_heading("第二条 认购") == "第二条\u3000认购"
    assert clause_heading("一、申请人声明") == "一、申请人声明"  # numbered otherwise: as written
    out = pdf(build(samples.family_agreement("wealth_subscription")))
    assert (
        "第二条 认购（申购）与资金扣划" in out.text
    )  # read back with its gap (the hairline was read as none)
