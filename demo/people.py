"""Made-up but plausible people for the demo database: names, resident IDs, phones, addresses, jobs.

Pure and deterministic (everything comes from the `random.Random` passed in), and fast: weighted draws are
precomputed cumulative tables, so 100,000 people take a second or two. Nothing here is a real person: the
names are random combinations, the ID numbers random but valid (GB 11643-1999 checksum), the employers fictional.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from domain.identity import check_character
from domain.names import name_pinyin


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Surname frequencies (per 10,000 people, rounded from the 2020 census ranking); the last rows are rarer surnames
# that pypinyin reads wrongly, so the demo exercises the override table.
_SURNAMES = (
    "王712 李700 张670 刘540 陈460 杨310 黄230 赵220 吴200 周190 徐140 孙140 马130 朱130 胡110 郭110 何100 "
    "林100 高100 罗90 郑90 梁80 谢70 宋60 唐60 许60 韩60 冯60 邓60 曹50 彭50 曾50 肖50 田50 董50 袁40 潘40 "
    "于40 蒋40 蔡40 余40 杜40 叶40 程40 苏30 魏30 吕30 丁30 任30 沈30 姚30 卢30 姜30 崔30 钟30 谭30 陆30 "
    "汪30 范30 金30 石30 廖30 贾30 夏20 韦20 付20 方20 白20 邹20 孟20 熊20 秦20 邱20 江20 尹20 薛20 闫20 "
    "段20 雷20 侯20 龙20 史20 陶20 黎20 贺20 顾20 毛20 郝20 龚20 邵20 万20 钱20 严20 覃10 武10 戴10 莫10 "
    "孔10 向10 汤10 单3 查3 解3 区2 朴2 仇2 缪2 翟3 乐2 阚1 欧阳5 司马1 诸葛1 上官1"
)
_MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海峰亮成东晨博轩睿昊子梓铭泽然航嘉天家锐诚振立卫永新德荣庆兵春生安武"
_FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英玲燕萍红梅琳雪颖婷倩慧佳欣怡琪璐莹晶丹蕾洁悦瑶薇月婉思雨涵诗梦语彤萱妍可心晓桂兰凤珍玉淑美"
# Characters outside everyday fonts (䶮 is CJK Extension A): names with them exist and must display and print.
_RARE_CHARS = "䶮堃喆淼犇赟玥珺昶曌頔翀燚垚"

# (region code of first issue, issuing police office); Shanghai-heavy, as for a Shanghai branch.
_REGIONS = (
    ("310101", "上海市公安局黄浦分局", 6),
    ("310104", "上海市公安局徐汇分局", 14),
    ("310105", "上海市公安局长宁分局", 8),
    ("310106", "上海市公安局静安分局", 6),
    ("310107", "上海市公安局普陀分局", 5),
    ("310109", "上海市公安局虹口分局", 4),
    ("310110", "上海市公安局杨浦分局", 4),
    ("310112", "上海市公安局闵行分局", 8),
    ("310113", "上海市公安局宝山分局", 3),
    ("310115", "上海市公安局浦东分局", 8),
    ("110105", "北京市公安局朝阳分局", 2),
    ("110108", "北京市公安局海淀分局", 2),
    ("320102", "南京市公安局玄武分局", 2),
    ("320583", "昆山市公安局", 2),
    ("330106", "杭州市公安局西湖分局", 2),
    ("330203", "宁波市公安局海曙分局", 1),
    ("340104", "合肥市公安局蜀山分局", 2),
    ("360102", "南昌市公安局东湖分局", 1),
    ("370202", "青岛市公安局市南分局", 1),
    ("410105", "郑州市公安局金水分局", 2),
    ("420106", "武汉市公安局武昌分局", 2),
    ("430104", "长沙市公安局岳麓分局", 1),
    ("440106", "广州市公安局天河分局", 1),
    ("440305", "深圳市公安局南山分局", 1),
    ("510107", "成都市公安局武侯分局", 2),
    ("500103", "重庆市公安局渝中区分局", 1),
    ("610113", "西安市公安局雁塔分局", 1),
    ("230103", "哈尔滨市公安局南岗分局", 1),
    ("210102", "沈阳市公安局和平分局", 1),
    ("350102", "福州市公安局鼓楼分局", 1),
)
_DISTRICTS = _words(
    "徐汇区 徐汇区 徐汇区 长宁区 闵行区 闵行区 静安区 黄浦区 普陀区 浦东新区"
)  # near the branch
_ROADS = _words(
    "漕溪北路 天钥桥路 肇嘉浜路 虹桥路 衡山路 宜山路 龙华西路 凯旋路 田林路 钦州路 桂林路 古美路 吴中路 中山西路 "
    "淮海中路 长乐路 延安西路 番禺路 武夷路 愚园路 江苏路 定西路 仙霞路 水城路 古北路 伊犁路 万航渡路 华山路 "
    "复兴西路 建国西路 南丹路 斜土路 龙漕路 宛平南路 零陵路 东安路 枫林路 吴兴路 康健路 石龙路"
)
_PHONE_PREFIXES = _words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 177 180 181 182 183 "
    "185 186 187 188 189 191 198 199"
)
_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com")
_FOREIGN_NATIONALITIES = ("USA", "SGP", "CAN", "AUS", "MYS", "GBR", "JPN")

# Age bands of adult customers (from, to, weight): a branch book is middle-aged and older.
_AGE_BANDS = ((18, 24, 9), (25, 34, 19), (35, 44, 20), (45, 54, 19), (55, 64, 17), (65, 74, 11), (75, 85, 5))

_COMPANY_WORDS = _words(
    "华信 明德 博远 金桥 瑞丰 鼎盛 汇通 星辰 嘉禾 中联 恒泰 永安 新纪元 宏图 润泽 启航 东升 申达 锦程 安信"
)
_INDUSTRIES = _words(
    "科技 贸易 建设工程 物流 医药 餐饮管理 咨询 文化传媒 汽车销售 置业 设计 电子 精密制造 信息技术"
)


@dataclass(frozen=True)
class Occupation:
    title: str
    income: tuple[int, int]  # annual income range, yuan
    employer: str  # "company", "school", "hospital", "government", "self", ""


# (occupation, weight) for working-age customers; retirees and students are chosen by age.
_OCCUPATIONS = (
    (Occupation("企业职员", (60_000, 250_000), "company"), 30),
    (Occupation("工程师", (150_000, 500_000), "company"), 8),
    (Occupation("软件工程师", (200_000, 700_000), "company"), 5),
    (Occupation("销售人员", (60_000, 300_000), "company"), 7),
    (Occupation("会计", (80_000, 250_000), "company"), 5),
    (Occupation("企业管理人员", (300_000, 1_500_000), "company"), 6),
    (Occupation("教师", (100_000, 250_000), "school"), 6),
    (Occupation("医生", (180_000, 600_000), "hospital"), 3),
    (Occupation("护士", (90_000, 200_000), "hospital"), 3),
    (Occupation("公务员", (120_000, 300_000), "government"), 5),
    (Occupation("律师", (200_000, 1_000_000), "company"), 2),
    (Occupation("个体工商户", (80_000, 600_000), "self"), 8),
    (Occupation("私营企业主", (500_000, 5_000_000), "company"), 4),
    (Occupation("自由职业", (50_000, 300_000), ""), 4),
    (Occupation("快递员", (60_000, 120_000), "company"), 2),
    (Occupation("家庭主妇", (0, 0), ""), 2),
)
RETIRED = Occupation("退休人员", (40_000, 150_000), "")
STUDENT = Occupation("学生", (0, 0), "school")


def _weighted(pairs):
    """(values, cumulative weights) for bisect-based draws: one random() and one bisect per draw."""
    pairs = list(pairs)
    values = [v for v, _ in pairs]
    return values, list(itertools.accumulate(w for _, w in pairs))


@dataclass(slots=True)
class Person:
    name: str
    surname: str
    pinyin: str
    initials: str
    gender: str
    birth: date
    nationality: str
    id_type: str
    id_number: str
    id_issuer: str
    id_expiry: date | None
    second_passport: str | None
    phone: str
    email: str
    address: str
    occupation: Occupation
    employer: str
    income: int


class PeopleFactory:
    """Draws people; remembers ID numbers and phones already given out, so both stay unique."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._surnames = _weighted(
            (m[1], int(m[2])) for m in re.finditer(r"(\D+?)(\d+)", _SURNAMES.replace(" ", ""))
        )
        self._regions = _weighted(((code, issuer), w) for code, issuer, w in _REGIONS)
        self._ages = _weighted(((lo, hi), w) for lo, hi, w in _AGE_BANDS)
        self._jobs = _weighted(_OCCUPATIONS)
        self.id_numbers: set[str] = set()
        self.phones: set[str] = set()

    def _pick(self, table):
        values, cumulative = table
        return values[bisect.bisect(cumulative, self.rng.random() * cumulative[-1])]

    def surname(self) -> str:
        return self._pick(self._surnames)

    def given_name(self, gender: str, surname: str) -> str:
        rng = self.rng
        pool = _MALE_CHARS if gender == "M" else _FEMALE_CHARS
        length = 1 if len(surname) == 2 or rng.random() < 0.35 else 2  # names of 2-3 characters
        chars = [rng.choice(pool) for _ in range(length)]
        if rng.random() < 0.004:
            chars[-1] = rng.choice(_RARE_CHARS)
        return "".join(chars)

    def adult_age(self) -> int:
        lo, hi = self._pick(self._ages)
        return self.rng.randint(lo, hi)

    def birth_date(self, age: int) -> date:
        """A birthday giving exactly `age` today."""
        latest = _years_before(self.today, age)
        return latest - timedelta(days=self.rng.randint(0, 364))

    def person(
        self, gender: str, age: int, *, surname: str | None = None, address: str | None = None
    ) -> Person:
        rng = self.rng
        surname = surname or self.surname()
        name = surname + self.given_name(gender, surname)
        pinyin, initials = name_pinyin(name)
        birth = self.birth_date(age)
        nationality, id_type, id_number, issuer, expiry = self._document(gender, birth, age)
        occupation, employer, income = self._job(age)
        email = ""
        if 18 <= age < 60 and rng.random() < 0.4:
            email = f"{pinyin}{rng.randint(1, 9999)}@{rng.choice(_MAIL_DOMAINS)}"
        passport = None
        if id_type == "RESIDENT_ID" and age >= 18 and rng.random() < 0.04:
            passport = self._unique_number(lambda: f"E{rng.randint(10_000_000, 99_999_999)}")
        return Person(
            name=name,
            surname=surname,
            pinyin=pinyin,
            initials=initials,
            gender=gender,
            birth=birth,
            nationality=nationality,
            id_type=id_type,
            id_number=id_number,
            id_issuer=issuer,
            id_expiry=expiry,
            second_passport=passport,
            phone=self.phone() if age >= 14 else "",
            email=email,
            address=address or self.address(),
            occupation=occupation,
            employer=employer,
            income=income,
        )

    def _document(self, gender: str, birth: date, age: int):
        rng = self.rng
        r = rng.random()
        if r < 0.012 and age >= 18:  # Hong Kong / Macao residents: 来往内地通行证
            number = self._unique_number(lambda: f"{rng.choice('HM')}{rng.randint(10_000_000, 99_999_999)}")
            return "CHN", "HK_MO_PERMIT", number, "出入境管理局", self._expiry(birth, 10)
        if r < 0.018 and age >= 18:  # Taiwan residents: 台湾居民来往大陆通行证
            number = self._unique_number(lambda: f"{rng.randint(10_000_000, 99_999_999)}")
            return "CHN", "TW_PERMIT", number, "出入境管理局", self._expiry(birth, 10)
        if r < 0.028 and age >= 18:  # foreign nationals: passport
            number = self._unique_number(lambda: f"{rng.choice('KLGN')}{rng.randint(10_000_000, 99_999_999)}")
            return rng.choice(_FOREIGN_NATIONALITIES), "PASSPORT", number, "", self._expiry(birth, 10)
        region, issuer = self._pick(self._regions)
        return (
            "CHN",
            "RESIDENT_ID",
            self.resident_id(region, birth, gender),
            issuer,
            self._id_card_expiry(birth),
        )

    def resident_id(self, region: str, birth: date, gender: str) -> str:
        """A valid, unused 18-character number: odd sequence digit for men, even for women."""
        rng = self.rng
        while True:
            sequence = rng.randrange(0, 500) * 2 + (1 if gender == "M" else 0)
            first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
            number = first17 + check_character(first17)
            if number not in self.id_numbers:
                self.id_numbers.add(number)
                return number

    def _unique_number(self, draw) -> str:
        while True:
            number = draw()
            if number not in self.id_numbers:
                self.id_numbers.add(number)
                return number

    def _id_card_expiry(self, birth: date) -> date | None:
        """Card validity by age at issue (<16: 5 y, 16-25: 10 y, 26-45: 20 y, 46+: long-term); ~2% expired."""
        rng = self.rng
        expired = rng.random() < 0.02
        age = (self.today - birth).days // 365
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
        if years is None and not expired:
            return None
        if expired:
            return self.today - timedelta(days=rng.randint(1, 400))
        issued = self.today - timedelta(days=rng.randint(0, years * 365 - 30))
        return _years_after(issued, years)

    def _expiry(self, birth: date, years: int) -> date:
        return self.today + timedelta(days=self.rng.randint(30, years * 365))

    def phone(self) -> str:
        rng = self.rng
        while True:
            number = f"{rng.choice(_PHONE_PREFIXES)}{rng.randint(0, 99_999_999):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def address(self) -> str:
        rng = self.rng
        return (
            f"上海市{rng.choice(_DISTRICTS)}{rng.choice(_ROADS)}{rng.randint(1, 999)}弄"
            f"{rng.randint(1, 40)}号{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
        )

    def _job(self, age: int) -> tuple[Occupation, str, int]:
        rng = self.rng
        if age < 23 and (age < 18 or rng.random() < 0.6):
            job = STUDENT
        elif age >= 60 and rng.random() < 0.9:
            job = RETIRED
        else:
            job = self._pick(self._jobs)
        lo, hi = job.income
        income = rng.randint(lo // 1000, hi // 1000) * 1000 if hi else 0
        return job, self._employer(job, age), income

    def _employer(self, job: Occupation, age: int) -> str:
        rng = self.rng
        kind = job.employer
        district = rng.choice(_DISTRICTS)
        if kind == "company":
            return f"上海{rng.choice(_COMPANY_WORDS)}{rng.choice(_INDUSTRIES)}有限公司"
        if kind == "school":
            level = (
                "小学"
                if age < 12
                else "中学"
                if age < 18
                else "大学"
                if job is STUDENT
                else rng.choice(("小学", "中学"))
            )
            if level == "大学":
                return f"示范{rng.choice(('理工', '财经', '师范', '医科'))}大学"
            return f"上海市{district}第{rng.randint(1, 12)}{level}"
        if kind == "hospital":
            return f"上海市{district}中心医院"
        if kind == "government":
            return f"上海市{district}{rng.choice(('税务局', '街道办事处', '市场监督管理局', '教育局'))}"
        if kind == "self":
            return f"{district}{rng.choice(_COMPANY_WORDS)}商行"
        return ""


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    return _years_before(day, -years)
