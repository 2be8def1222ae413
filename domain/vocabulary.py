"""One vocabulary: the words for every code the app shows or prints, in zh_CN, zh_TW and en (issue 14).

Codes (tiers, families, statuses, reasons, channels, terms like 3M, countries like CHN, due stages, versions,
scores) are what the database and the rules keep; a reader sees words. Screens take the current language's
word through widgets/labels.py, documents (reports/, Chinese) and services' texts take zh_CN from here, so a
code is worded the same everywhere. An unknown code shows as itself, never as nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

LANGUAGES = ("zh_CN", "zh_TW", "en")
DOCUMENT_LANGUAGE = "zh_CN"  # what printed documents are written in
_COLUMN = {"en": 0, "zh_CN": 1, "zh_TW": 2}

# kind -> code -> (English, 简体中文, 繁體中文)
WORDS: dict[str, dict[str, tuple[str, str, str]]] = {
    "role": {
        "teller": ("Teller", "柜员", "櫃員"),
        "manager": ("Customer manager", "客户经理", "客戶經理"),
        "supervisor": ("Supervisor", "主管", "主管"),
        "admin": ("Administrator", "系统管理员", "系統管理員"),
        "lobby_manager": ("Lobby manager", "大堂经理", "大堂經理"),
        "wealth_manager": ("Wealth manager", "理财经理", "理財經理"),
        "complaint_officer": ("Complaint officer", "投诉专员", "投訴專員"),
        "branch_head": ("Branch head", "网点负责人", "網點負責人"),
    },
    "tier": {
        "T0": ("Mass", "大众客户", "大眾客戶"),
        "T1": ("Potential", "潜力客户", "潛力客戶"),
        "T2": ("Premium", "优质客户", "優質客戶"),
        "T3": ("VIP", "贵宾客户", "貴賓客戶"),
        "T4": ("Wealth", "财富客户", "財富客戶"),
        "T5": ("Private banking", "私人银行客户", "私人銀行客戶"),
    },
    "gender": {
        "M": ("Male", "男", "男"),
        "F": ("Female", "女", "女"),
    },
    "family": {
        "deposit": ("Deposits", "存款", "存款"),
        "wealth": ("Wealth management", "理财", "理財"),
        "fund": ("Funds", "基金", "基金"),
        "insurance": ("Insurance", "保险", "保險"),
        "bond": ("Bonds", "国债", "國債"),
        "gold": ("Gold", "贵金属", "貴金屬"),
        "fx": ("Foreign exchange", "外汇", "外匯"),
        "card": ("Cards", "银行卡", "銀行卡"),
        "ebanking": ("E-banking", "电子银行", "電子銀行"),
        "loan": ("Loans", "贷款", "貸款"),
        "service": ("Services", "中间业务", "中間業務"),
        "bundle": ("Bundles", "套餐", "套餐"),
    },
    "id_type": {
        "RESIDENT_ID": ("Resident ID card", "居民身份证", "居民身分證"),
        "PASSPORT": ("Passport", "护照", "護照"),
        "HK_MO_PERMIT": ("HK/Macao permit", "港澳居民来往内地通行证", "港澳居民來往內地通行證"),
        "TW_PERMIT": ("Taiwan permit", "台湾居民来往大陆通行证", "台灣居民來往大陸通行證"),
        "FOREIGN_PR": ("Foreign permanent resident ID", "外国人永久居留身份证", "外國人永久居留身分證"),
    },
    "holding_status": {
        "active": ("Active", "正常", "正常"),
        "closed": ("Closed", "已销户", "已銷戶"),
    },
    "grade": {
        "C1": ("Conservative", "保守型", "保守型"),
        "C2": ("Moderately conservative", "稳健型", "穩健型"),
        "C3": ("Balanced", "平衡型", "平衡型"),
        "C4": ("Growth", "成长型", "成長型"),
        "C5": ("Aggressive", "进取型", "進取型"),
    },
    "channel": {
        "branch": ("At the branch", "网点", "分行"),
        "online": ("Online", "线上", "線上"),
        "counter": ("Counter", "柜面", "櫃檯"),
        "phone": ("Phone call", "电话", "電話"),
        "visit": ("Visit", "拜访", "拜訪"),
        "message": ("Text message", "短信", "簡訊"),
        "wechat": ("WeChat", "微信", "微信"),
    },
    "lang": {
        "zh_CN": ("Simplified Chinese", "简体中文", "簡體中文"),
        "zh_TW": ("Traditional Chinese", "繁體中文", "繁體中文"),
        "en": ("English", "English", "English"),
    },
    "cadence": {
        "day": ("Day", "日", "日"),
        "week": ("Week", "周", "週"),
        "xun": ("Ten days (xun)", "旬", "旬"),
        "month": ("Month", "月", "月"),
        "quarter": ("Quarter", "季", "季"),
        "year": ("Year", "年", "年"),
        "custom": ("From-to", "自定义", "自訂"),
    },
    "plan": {
        "deposit_growth": ("Deposit growth", "存款净增", "存款淨增"),
        "new_customers": ("New customers", "新增客户", "新增客戶"),
        "wealth_sales": ("Wealth management sales", "理财销售", "理財銷售"),
        "fund_sales": ("Fund sales", "基金销售", "基金銷售"),
        "insurance_sales": ("Insurance sales", "保险销售", "保險銷售"),
        "gold_sales": ("Gold sales", "贵金属销售", "貴金屬銷售"),
        "agreements": ("Agreements signed", "协议签约", "協議簽約"),
        "referrals_converted": ("Referrals converted", "转介成功", "轉介成功"),
    },
    "kyc": {
        "verified": ("Verified", "已核实", "已核實"),
        "pending": ("Pending", "待核实", "待核實"),
        "re_identification_required": ("Re-identification required", "需重新识别", "需重新識別"),
        "refused": ("Refused", "已拒绝", "已拒絕"),
        "terminated": ("Relationship terminated", "已终止业务关系", "已終止業務關係"),
    },
    "aml": {
        "low": ("Low", "低", "低"),
        "medium": ("Medium", "中", "中"),
        "high": ("High", "高", "高"),
    },
    "capacity": {
        "full": ("Full capacity", "完全民事行为能力", "完全民事行為能力"),
        "limited": ("Limited capacity", "限制民事行为能力", "限制民事行為能力"),
        "none": ("No capacity", "无民事行为能力", "無民事行為能力"),
    },
    "stage": {
        "minor": ("Minor", "未成年", "未成年"),
        "young": ("Young", "青年", "青年"),
        "middle": ("Middle-aged", "中年", "中年"),
        "senior": ("Senior", "老年", "老年"),
    },
    "relation": {
        "head": ("Head of household", "户主", "戶長"),
        "spouse": ("Spouse", "配偶", "配偶"),
        "child": ("Child", "子女", "子女"),
        "parent": ("Parent", "父母", "父母"),
        "other": ("Other relative", "其他亲属", "其他親屬"),
    },
    "purpose": {
        "service_follow_up": ("Service follow-up", "服务回访", "服務回訪"),
        "maturity_reminder": ("Maturity reminder", "到期提醒", "到期提醒"),
        "product_introduction": ("Product introduction", "产品介绍", "商品介紹"),
        "kyc_update": ("Update of customer data", "更新客户资料", "更新客戶資料"),
        "risk_reassessment": ("Risk re-assessment", "风险重新测评", "風險重新評估"),
        "vip_signing": ("VIP signing", "贵宾签约", "貴賓簽約"),
        "birthday_greeting": ("Birthday greeting", "生日祝福", "生日祝福"),
        "other": ("Other", "其他", "其他"),
    },
    "contact_outcome": {
        "reached": ("Reached", "已联系上", "已聯繫上"),
        "appointment_made": ("Appointment made", "已预约", "已預約"),
        "no_answer": ("No answer", "未接通", "未接通"),
        "interested": ("Interested", "有意向", "有意願"),
        "declined": ("Declined", "已拒绝", "已拒絕"),
    },
    "task_status": {
        "open": ("Open", "待办", "待辦"),
        "done": ("Done", "已完成", "已完成"),
        "cancelled": ("Cancelled", "已取消", "已取消"),
    },
    "agreement_status": {
        "issued": ("Waiting for review", "待复核", "待複核"),
        "effective": ("Effective", "已生效", "已生效"),
        "returned": ("Returned by the reviewer", "复核退回", "複核退回"),
        "voided": ("Void", "已作废", "已作廢"),
        "cancelled": ("Cancelled in the cooling-off period", "冷静期内撤销", "冷靜期內撤銷"),
    },
    "task_kind": {
        "reassignment_contact": (
            "Contact after manager change",
            "更换客户经理后联系客户",
            "更換客戶經理後聯繫客戶",
        ),
        "referral": ("Referral", "转介", "轉介"),
        "maturity": ("Maturity reminder", "到期提醒", "到期提醒"),
        "assessment_expiry": ("Risk assessment expiring", "风险评估即将到期", "風險評估即將到期"),
        "id_expiry": ("ID document expiring", "证件即将到期", "證件即將到期"),
        "birthday": ("Birthday", "生日", "生日"),
        "complaint_deadline": ("Complaint deadline", "投诉处理时限", "投訴處理時限"),
        "recommendation_follow_up": ("Recommendation follow-up", "推荐跟进", "推薦跟進"),
        "complaint_instruction": ("Complaint: leader's instruction", "投诉：领导批示", "投訴：主管批示"),
        "referral_escalation": (
            "Overdue referral (escalated)",
            "转介超时（已上报主管）",
            "轉介逾時（已上報主管）",
        ),
        "calendar_year_missing": ("Working-day calendar missing", "工作日日历缺失", "工作日日曆缺失"),
        "complaint_major_report": (
            "Major complaint: report upward",
            "重大投诉：向上级报告",
            "重大投訴：向上級報告",
        ),
        "complaint_major_report_late": (
            "Major complaint not reported upward in time",
            "重大投诉逾期未上报",
            "重大投訴逾期未上報",
        ),
        "complaint_check_missing": (
            "Daily complaint check not recorded",
            "投诉日常检查未登记",
            "投訴日常檢查未登記",
        ),
        "complaint_online_forward": (
            "Forward online complaints within 2 working days",
            "网络投诉2个工作日内转办",
            "網路投訴2個工作日內轉辦",
        ),
        "follow_up_call": ("Follow-up call after the cooling-off period", "冷静期后回访", "冷靜期後回訪"),
        "follow_up_objection": (
            "Customer disputed a sale on the follow-up call",
            "回访中客户提出异议",
            "回訪中客戶提出異議",
        ),
    },
    "complaint_status": {
        "registered": ("Registered", "已登记", "已登記"),
        "closed": ("Closed", "已办结", "已辦結"),
        "assigned": ("Assigned", "已转办", "已轉辦"),
        "handling": ("Handling", "处理中", "處理中"),
        "replied": ("Replied", "已答复", "已答覆"),
        "withdrawn": ("Withdrawn", "已撤诉", "已撤訴"),
    },
    "consent": {
        "marketing": ("Marketing", "营销", "行銷"),
        "sensitive": ("Sensitive data", "敏感个人信息", "敏感個人資料"),
        "third_party": ("Sharing with third parties", "向第三方提供", "向第三方提供"),
        "cross_border": ("Cross-border transfer", "跨境传输", "跨境傳輸"),
    },
    "action": {
        "customer_updated": ("Edited", "修改资料", "修改資料"),
        "customer_reassigned": ("Reassigned", "移交客户经理", "移交客戶經理"),
    },
    "field": {
        "name": ("Name", "姓名", "姓名"),
        "phone": ("Mobile", "手机号", "手機號碼"),
        "email": ("Email", "电子邮箱", "電子郵件"),
        "address": ("Address", "地址", "地址"),
        "occupation": ("Occupation", "职业", "職業"),
        "employer": ("Employer", "工作单位", "工作單位"),
        "annual_income": ("Annual income (yuan)", "年收入（元）", "年收入（元）"),
        "id_number": ("ID number", "证件号码", "證件號碼"),
        "id_expiry": ("ID valid until", "证件有效期至", "證件有效期至"),
        "civil_capacity": ("Civil capacity", "民事行为能力", "民事行為能力"),
        "qualified_investor": ("Qualified investor", "合格投资者", "合格投資者"),
        "qualified_until": ("Qualified until", "合格投资者有效期至", "合格投資者有效期至"),
        "kyc_status": ("Due diligence", "尽职调查", "盡職調查"),
        "aml_risk": ("AML risk level", "反洗钱风险等级", "反洗錢風險等級"),
        "consents": ("Consents", "授权同意", "授權同意"),
        "manager": ("Customer manager", "客户经理", "客戶經理"),
        "version": ("Other data", "其他资料", "其他資料"),
    },
    "task_outcome": {
        "contacted": ("Contacted", "已联系", "已聯繫"),
        "converted": ("Converted", "已成交", "已成交"),
        "not_interested": ("Not interested", "不感兴趣", "不感興趣"),
        "later": ("Later", "稍后再议", "稍後再議"),
        "resolved": ("Resolved", "已自动办结", "已自動辦結"),
        "confirmed": ("Confirmed by the customer", "客户确认", "客戶確認"),
        "not_reached": ("Not reached", "未联系上", "未聯繫上"),
        "objection": ("Customer disputed it", "客户有异议", "客戶有異議"),
        "agreement_cancelled": ("Agreement cancelled", "协议已撤销", "契約已撤銷"),
    },
    "complaint_channel": {
        "phone": ("Phone", "电话", "電話"),
        "opinion_book": ("Opinion book", "意见簿（箱）", "意見簿（箱）"),
        "online": ("Online", "网络", "網路"),
        "walk_in": ("Walk-in", "上门", "臨櫃"),
        "letter": ("Letter", "信件", "信件"),
        "media": ("Media", "媒体", "媒體"),
        "superior": ("Forwarded by head office", "上级转办", "上級轉辦"),
        "government": ("Forwarded by government", "政府转办", "政府轉辦"),
    },
    "complaint_category": {
        "error": ("Work error", "工作失误", "工作失誤"),
        "attitude": ("Service attitude", "服务态度", "服務態度"),
        "internal_management": ("Internal management", "内部管理", "內部管理"),
        "product": ("Product", "服务产品", "服務產品"),
        "channel": ("Service channel", "服务渠道", "服務渠道"),
        "violation": ("Rule violation", "违规操作", "違規操作"),
        "crime": ("Financial crime", "金融犯罪", "金融犯罪"),
        "anonymous": ("Anonymous", "匿名投诉", "匿名投訴"),
    },
    "deadline_state": {
        "open": ("On time", "未超时", "未逾時"),
        "warning": ("Due soon", "临近期限", "臨近期限"),
        "overdue": ("Overdue", "已超时", "已逾時"),
        "manual": ("Deadline set by hand", "人工确定期限", "人工確定期限"),
        "done": ("No longer running", "不再计时", "不再計時"),  # answered, closed or withdrawn
        # Answered in time but not yet closed by a supervisor: still unfinished (未办结), so say so.
        "awaiting_close": ("Replied, to be closed", "已答复，待办结", "已答覆，待辦結"),
    },
    "satisfaction": {
        "satisfied": ("Satisfied", "满意", "滿意"),
        "basically_satisfied": ("Basically satisfied", "基本满意", "基本滿意"),
        "dissatisfied": ("Dissatisfied", "不满意", "不滿意"),
        "unreachable": ("Could not be reached", "无法联系", "無法聯繫"),
    },
    "daily_check": {
        "opinion_book": ("opinion book", "意见簿", "意見簿"),
        "online": ("online channels", "网络渠道", "網路渠道"),
    },
    "major_reason": {
        "amount_over_threshold": ("amount over 50,000", "涉及金额超过5万元", "涉及金額超過5萬元"),
        "public_figure": ("public figure", "涉及社会知名人士", "涉及社會知名人士"),
        "sensitive_topic": ("sensitive topic", "热点敏感话题", "熱點敏感話題"),
        "reputational_risk": ("reputational risk", "可能产生声誉风险", "可能產生聲譽風險"),
    },
    "referral_reason": {
        "stated_need": ("Asked about a product or service", "询问产品或服务", "詢問商品或服務"),
        "large_balance": ("Large balance or movement", "大额余额或大额资金变动", "大額餘額或大額資金變動"),
        "rising_star": (
            "Rising star (near the next tier)",
            "潜力客户（接近上一等级）",
            "潛力客戶（接近上一等級）",
        ),
        "maturity": ("A deposit or product is maturing", "存款或产品即将到期", "存款或商品即將到期"),
        "premium": (
            "Premium customer for the wealth manager",
            "优质客户，转理财经理",
            "優質客戶，轉理財經理",
        ),
        "other": ("Other", "其他", "其他"),
    },
    "product_risk": {
        "R1": ("low risk", "低风险", "低風險"),
        "R2": ("medium-low risk", "中低风险", "中低風險"),
        "R3": ("medium risk", "中等风险", "中等風險"),
        "R4": ("medium-high risk", "中高风险", "中高風險"),
        "R5": ("high risk", "高风险", "高風險"),
    },
    "currency": {
        "CNY": ("RMB", "人民币", "人民幣"),
        "USD": ("US dollar", "美元", "美元"),
        "EUR": ("Euro", "欧元", "歐元"),
        "HKD": ("Hong Kong dollar", "港币", "港幣"),
        "JPY": ("Japanese yen", "日元", "日圓"),
        "GBP": ("Pound sterling", "英镑", "英鎊"),
    },
    "country": {
        "CHN": ("China", "中国", "中國"),
        "HKG": ("Hong Kong, China", "中国香港", "中國香港"),
        "MAC": ("Macao, China", "中国澳门", "中國澳門"),
        "TWN": ("Taiwan, China", "中国台湾", "中國台灣"),
        "USA": ("United States", "美国", "美國"),
        "CAN": ("Canada", "加拿大", "加拿大"),
        "GBR": ("United Kingdom", "英国", "英國"),
        "FRA": ("France", "法国", "法國"),
        "DEU": ("Germany", "德国", "德國"),
        "ITA": ("Italy", "意大利", "義大利"),
        "ESP": ("Spain", "西班牙", "西班牙"),
        "NLD": ("Netherlands", "荷兰", "荷蘭"),
        "CHE": ("Switzerland", "瑞士", "瑞士"),
        "RUS": ("Russia", "俄罗斯", "俄羅斯"),
        "JPN": ("Japan", "日本", "日本"),
        "KOR": ("South Korea", "韩国", "韓國"),
        "SGP": ("Singapore", "新加坡", "新加坡"),
        "MYS": ("Malaysia", "马来西亚", "馬來西亞"),
        "THA": ("Thailand", "泰国", "泰國"),
        "VNM": ("Vietnam", "越南", "越南"),
        "IDN": ("Indonesia", "印度尼西亚", "印度尼西亞"),
        "PHL": ("Philippines", "菲律宾", "菲律賓"),
        "IND": ("India", "印度", "印度"),
        "PAK": ("Pakistan", "巴基斯坦", "巴基斯坦"),
        "MNG": ("Mongolia", "蒙古", "蒙古"),
        "KAZ": ("Kazakhstan", "哈萨克斯坦", "哈薩克"),
        "AUS": ("Australia", "澳大利亚", "澳洲"),
        "NZL": ("New Zealand", "新西兰", "紐西蘭"),
        "BRA": ("Brazil", "巴西", "巴西"),
        "ZAF": ("South Africa", "南非", "南非"),
    },
}
_ALL_CODES = frozenset(code for kind in WORDS.values() for code in kind)


def word(kind: str, code: str | None, language: str = DOCUMENT_LANGUAGE) -> str:
    """`word("tier", "T3", "zh_CN")` is 贵宾客户; an unknown code is itself, no code is empty."""
    if not code:
        return ""
    entry = WORDS.get(kind, {}).get(code)
    return entry[_COLUMN.get(language, 0)] if entry else code


def table(kind: str, language: str = DOCUMENT_LANGUAGE) -> dict[str, str]:
    """One kind's words as {code: word}, for documents that print a column of codes."""
    return {code: word(kind, code, language) for code in WORDS.get(kind, {})}


def codes(kind: str) -> tuple[str, ...]:
    """The codes of one kind in their usual order (for choice lists)."""
    return tuple(WORDS.get(kind, {}))


def all_codes() -> frozenset[str]:
    """Every code the vocabulary words, of any kind (a screen showing one of them shows a code, not a word)."""
    return _ALL_CODES


def separator(language: str = DOCUMENT_LANGUAGE) -> str:
    """Between the items of a list in a sentence: 、 in Chinese."""
    return ", " if language == "en" else "、"


def words(kind: str, items: Iterable[str] | str, language: str = DOCUMENT_LANGUAGE) -> str:
    """Several codes of one kind as one phrase: `T2, T3` -> 优质客户、贵宾客户 (a comma-joined string is split)."""
    if isinstance(items, str):
        items = [item.strip() for item in items.split(",") if item.strip()]
    return separator(language).join(word(kind, item, language) for item in items)


_TERM = re.compile(r"^([1-9]\d{0,3})([DMY])$")
_TERM_UNITS = {
    "D": ("day", "天", "天"),
    "M": ("month", "个月", "個月"),
    "Y": ("year", "年", "年"),
}


def term(code: str | None, language: str = DOCUMENT_LANGUAGE) -> str:
    """A catalogue term: 7D -> 7天, 3M -> 3个月 (3個月, 3 months), 5Y -> 5年; anything else as given."""
    match = _TERM.match(code or "")
    if not match:
        return code or ""
    number, unit = int(match.group(1)), _TERM_UNITS[match.group(2)]
    if language == "en":
        return f"{number} {unit[0]}" + ("" if number == 1 else "s")
    return f"{number}{unit[_COLUMN[language]]}"


def terms(items: Iterable[str], language: str = DOCUMENT_LANGUAGE) -> str:
    return separator(language).join(term(item, language) for item in items)


def days_before(days: int, language: str = DOCUMENT_LANGUAGE) -> str:
    """A reminder stage (T-7 in the rules): 到期前7天 / 7 days before."""
    if language == "en":
        return f"{days} day{'' if days == 1 else 's'} before"
    return f"到期前{days}天"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def long_date(day: date, language: str = DOCUMENT_LANGUAGE) -> str:
    """A day in a sentence, as people write it: 2027年3月12日 / 12 Mar 2027 (tables keep YYYY-MM-DD to sort)."""
    if language == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def edition(number: int | str, language: str = DOCUMENT_LANGUAGE) -> str:
    """A catalogue or template version number: 第1版 / version 1."""
    return f"version {number}" if language == "en" else f"第{number}版"


def score(points: int | str, language: str = DOCUMENT_LANGUAGE) -> str:
    """A questionnaire score: 70分 / 70 points."""
    return f"{points} points" if language == "en" else f"{points}分"


_QUESTIONNAIRE = re.compile(r"^[a-z]+_v(\d{4})_(\d+)$")


def questionnaire_version(code: str | None, language: str = DOCUMENT_LANGUAGE) -> str:
    """`risk_v2025_1` -> 2025年第1版 / 2025, version 1; another shape as given."""
    match = _QUESTIONNAIRE.match(code or "")
    if not match:
        return code or ""
    year, number = match.groups()
    return f"{year}, version {number}" if language == "en" else f"{year}年第{number}版"
