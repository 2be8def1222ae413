<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../widgets/account_dialog.py" line="+37"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New staff account</source>
        <translation>新建员工账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a new password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Login and name are required.</source>
        <translation>登录名和姓名为必填项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../widgets/catalog_screen.py" line="+31"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (yuan)</source>
        <translation>起点金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / benchmark</source>
        <translation>利率/业绩比较基准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location line="+13"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>All families</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../widgets/crash_dialog.py" line="+12"/>
        <source>BranchDesk: unexpected error</source>
        <translation>网点客户工作台：意外错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside BranchDesk. What you were doing may not have been saved. Please tell the branch administrator; the details were written to:
{path}</source>
        <translation>网点客户工作台内部出错，刚才的操作可能未保存。请告知网点系统管理员；详细信息已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../widgets/customers_screen.py" line="+58"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender, age</source>
        <translation>性别、年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tolerance</source>
        <translation>风险承受能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets with us (yuan)</source>
        <translation>在我行资产（元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{gender}, {age}</source>
        <translation>{gender}，{age} 岁</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{grade}, valid until {date}</source>
        <translation>{grade}，有效期至 {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No assessment on file</source>
        <translation>无风险测评记录</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location line="+24"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a customer number, name, pinyin initials, mobile, the last digits of an ID number or an account number.</source>
        <translation>可输入客户号、姓名、拼音首字母、手机号、证件号码后几位或账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../widgets/home_screen.py" line="+52"/>
        <source>Maturity date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} · {amount} yuan</source>
        <translation>{count} 笔 · {amount} 元</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Good day, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your customers</source>
        <translation>我的管户客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{scope} · figures as of {date}</source>
        <translation>{scope} · 数据截至 {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets under management (yuan)</source>
        <translation>管理资产（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maturing in 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessments expired</source>
        <translation>风险测评已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers without a manager</source>
        <translation>未分配客户经理的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked accounts</source>
        <translation>已锁定账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming maturities</source>
        <translation>即将到期</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="+16"/>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass</source>
        <translation>大众客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium</source>
        <translation>优质客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth</source>
        <translation>财富客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private banking</source>
        <translation>私人银行客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth management</source>
        <translation>理财</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonds</source>
        <translation>国债</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>贵金属</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign exchange</source>
        <translation>外汇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-banking</source>
        <translation>电子银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>中间业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HK/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已销户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../widgets/lock_dialog.py" line="+47"/>
        <source>Station locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station was locked after a period without use. {name}, enter your password to continue.</source>
        <translation>工作站因长时间无操作已锁定。{name}，请输入密码继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="+68"/>
        <source>BranchDesk - sign in</source>
        <translation>网点客户工作台 - 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BranchDesk customer workstation</source>
        <translation>网点客户工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login and password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in...</source>
        <translation>正在登录…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>再输错 %n 次，账号将被锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+95"/>
        <source>BranchDesk customer workstation</source>
        <translation>网点客户工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({role}) · {branch}</source>
        <translation>{name}（{role}）· {branch}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../widgets/messages/imports.py" line="+11"/>
        <source>There is no file {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>无法读取文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>文件 {path} 不是 UTF-8 编码的文本。请在电子表格中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>文件为空：第一行须列出各列名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line is not valid CSV (check the quotation marks).</source>
        <translation>此行不是有效的 CSV（请检查引号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown column {column}.</source>
        <translation>未知的列 {column}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column {column} appears more than once.</source>
        <translation>列 {column} 出现了不止一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required column {column} is missing.</source>
        <translation>缺少必需的列 {column}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line has {found} values but the header names {expected} columns.</source>
        <translation>此行有 {found} 个值，但表头列出了 {expected} 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {count} problems were found. Correct the file and import it again.</source>
        <translation>未导入任何数据：发现 {count} 处问题。请修正文件后重新导入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another station saved some of the same records during the import. Nothing was imported: try again.</source>
        <translation>导入期间另一台工作站保存了部分相同的记录。未导入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is longer than {maximum} characters.</source>
        <translation>内容超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date written as YYYY-MM-DD.</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future.</source>
        <translation>日期 {value} 晚于今天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} has more than two decimals.</source>
        <translation>金额 {value} 的小数超过两位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} is not a plain number such as 50000.00.</source>
        <translation>金额 {value} 不是 50000.00 这样的普通数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is neither true nor false.</source>
        <translation>{value} 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer number has only letters and digits, at most 20.</source>
        <translation>客户号只能包含字母和数字，最多 20 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number has only letters and digits, at most 32.</source>
        <translation>账户号码只能包含字母和数字，最多 32 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nationality is a three-letter code such as CHN.</source>
        <translation>国籍须为三位字母代码，例如 CHN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown ID type {value}: use RESIDENT_ID, PASSPORT, HK_MO_PERMIT, TW_PERMIT or FOREIGN_PR.</source>
        <translation>未知的证件类型 {value}：请使用 RESIDENT_ID、PASSPORT、HK_MO_PERMIT、TW_PERMIT 或 FOREIGN_PR。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender {value}: use M or F.</source>
        <translation>未知的性别 {value}：请使用 M（男）或 F（女）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown risk grade {value}: use C1 to C5, or leave it empty.</source>
        <translation>未知的风险等级 {value}：请使用 C1 至 C5，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown assessment channel {value}: use branch or online.</source>
        <translation>未知的评估渠道 {value}：请使用 branch（网点）或 online（线上）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown civil capacity {value}: use full, limited or none.</source>
        <translation>未知的民事行为能力 {value}：请使用 full（完全）、limited（限制）或 none（无）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number is not in a valid format.</source>
        <translation>证件号码格式不正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number contains an impossible birth date.</source>
        <translation>证件号码中的出生日期不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number&apos;s check character is wrong (mistyped digit?).</source>
        <translation>证件号码的校验位不正确（是否输错了数字？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date differs from the one in the ID number.</source>
        <translation>出生日期与证件号码中的不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gender differs from the ID number (odd 17th digit: male, even: female).</source>
        <translation>性别与证件号码不符（第 17 位为奇数是男性，偶数是女性）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is not an 11-digit mainland mobile number.</source>
        <translation>电话不是 11 位的中国大陆手机号码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An assessment date or channel is given without a risk grade.</source>
        <translation>填写了评估日期或渠道，但没有风险等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil capacity {capacity} is impossible at age {age}.</source>
        <translation>{age} 岁的人不可能具有民事行为能力 {capacity}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maturity date is before the opening date.</source>
        <translation>到期日早于开户日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same ID number is already on line {first_line}.</source>
        <translation>相同的证件号码已出现在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same customer number is already on line {first_line}.</source>
        <translation>相同的客户号已出现在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same account number is already on line {first_line}.</source>
        <translation>相同的账户号码已出现在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no active staff account with login {login}.</source>
        <translation>没有登录名为 {login} 的在用员工账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ID number belongs to customer {customer_no}.</source>
        <translation>该证件号码属于客户 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer {customer_no} exists with a different ID document, so the row cannot update it.</source>
        <translation>客户 {customer_no} 已存在但证件不同，此行不能更新该客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer {customer_no}.</source>
        <translation>找不到客户 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no product with code {product_code}.</source>
        <translation>没有代码为 {product_code} 的产品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account belongs to customer {customer_no}.</source>
        <translation>该账户属于客户 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account already exists for product {product_code}.</source>
        <translation>该账户已存在，对应的产品是 {product_code}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID document expired on {value}: the customer is marked for re-identification.</source>
        <translation>证件已于 {value} 过期：该客户已标记为需重新识别。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers imported: {created} new, {updated} updated, {unchanged} unchanged; {assessments} risk assessments added.</source>
        <translation>客户导入完成：新增 {created} 位，更新 {updated} 位，未变 {unchanged} 位；新增风险评估 {assessments} 条。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holdings imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>持有产品导入完成：新增 {created} 笔，更新 {updated} 笔，未变 {unchanged} 笔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} warnings (these rows were imported):</source>
        <translation>{count} 条警告（这些行已导入）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown reason {reason} for showing full identifiers.</source>
        <translation>未知的查看完整信息理由 {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason &quot;other&quot; needs a note saying why the full identifiers are shown.</source>
        <translation>选择“其他”理由时，须注明查看完整信息的原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}: {column}: {reason}</source>
        <translation>第 {line} 行：{column}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/auth.py" line="+6"/>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is locked after 5 wrong passwords. Ask the administrator to unlock it.</source>
        <translation>密码连续输错 5 次，该账号已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password needs both letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login uses letters, digits, dots, dashes and underscores.</source>
        <translation>登录名只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login {login} is already taken.</source>
        <translation>登录名 {login} 已被占用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no branch with code {branch}.</source>
        <translation>网点代码 {branch} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/storage.py" line="+6"/>
        <source>The database cannot be reached. Check the network cable and that the branch database server is running, then try again. If it persists, call the branch administrator.</source>
        <translation>无法连接数据库。请检查网线，并确认网点数据库服务器正在运行，然后重试。如问题仍然存在，请联系网点管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file cannot be opened or created at that path. Check the path in --db or BRANCHDESK_DB_URL and that this user may write to its folder.</source>
        <translation>无法在该路径打开或创建数据库文件。请检查 --db 或 BRANCHDESK_DB_URL 中的路径，以及当前用户是否有权写入该目录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy with another station&apos;s work. Wait a moment and try again.</source>
        <translation>数据库正在处理其他工作站的操作，请稍候再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is read-only, so nothing can be saved. Ask the administrator to give this station write access to the file.</source>
        <translation>数据库文件为只读，无法保存任何内容。请联系管理员为本工作站开通该文件的写入权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database is full. Nothing was saved. Free some space and try again.</source>
        <translation>数据库所在的磁盘已满，未保存任何内容。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was updated by a newer version of BranchDesk. Install the newer version on this station; nothing was changed.</source>
        <translation>此数据库已被更新版本的 BranchDesk 升级。请在本工作站安装新版本；数据库未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is not set up for this version. Run `branchdesk db upgrade` first.</source>
        <translation>数据库尚未针对此版本完成设置。请先运行 `branchdesk db upgrade`。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this record after you opened it. Your change was not saved: reload to see theirs.</source>
        <translation>您打开此记录后，已有其他人保存了修改。您的更改未保存：请重新加载以查看对方的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog.py" line="+10"/>
        <source>The catalogue file has {count} problem(s); nothing was imported. Fix them and import again.</source>
        <translation>产品目录文件有 {count} 处问题，未导入任何内容。请修改后重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue file {path} cannot be read as UTF-8 text.</source>
        <translation>无法以 UTF-8 文本读取产品目录文件 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file is not valid YAML (near line {value}).</source>
        <translation>产品目录文件不是有效的 YAML（第 {value} 行附近）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: the field {field} is written twice in the same entry.</source>
        <translation>第 {value} 行：同一条目中字段 {field} 写了两次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file needs a top-level products: list.</source>
        <translation>产品目录文件需要顶层的 products: 列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file has an unknown top-level key {field}; only products: is allowed.</source>
        <translation>产品目录文件有未知的顶层键 {field}；只允许 products:。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the entry is not a set of fields (field: value lines).</source>
        <translation>产品 {product}：该条目不是一组字段（字段: 值 的行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the code is used again by entry {value}.</source>
        <translation>产品 {product}：该代码在条目 {value} 中再次使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is not a catalogue field (check the spelling).</source>
        <translation>产品 {product}：{field} 不是产品目录字段（请检查拼写）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is required.</source>
        <translation>产品 {product}：缺少必填字段 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product {product}: {field} must be text, not {value}.</source>
        <translation>产品 {product}：{field} 必须是文本，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is longer than {value} characters.</source>
        <translation>产品 {product}：{field} 超过 {value} 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the code {value} may only use letters, digits, dots, dashes and underscores.</source>
        <translation>产品 {product}：代码 {value} 只能使用字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: {value} is not a known value for {field}.</source>
        <translation>产品 {product}：{value} 不是 {field} 的有效取值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be true or false, not {value}.</source>
        <translation>产品 {product}：{field} 必须是 true 或 false，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a whole number, not {value}.</source>
        <translation>产品 {product}：{field} 必须是整数，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} cannot be negative ({value}).</source>
        <translation>产品 {product}：{field} 不能为负数（{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} is outside the possible range.</source>
        <translation>产品 {product}：{field} 的值 {value} 超出可能的范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: risk_level must be 1 to 5 (R1 to R5), not {value}.</source>
        <translation>产品 {product}：risk_level 必须是 1 至 5（R1 至 R5），而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be an amount such as &quot;50000.00&quot;, not {value}.</source>
        <translation>产品 {product}：{field} 必须是金额，例如 &quot;50000.00&quot;，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} has more than two decimals.</source>
        <translation>产品 {product}：{field} 的金额 {value} 超过两位小数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} is too large.</source>
        <translation>产品 {product}：{field} 的金额 {value} 过大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a decimal fraction such as &quot;0.0135&quot;, not {value}.</source>
        <translation>产品 {product}：{field} 必须是小数形式的比率，例如 &quot;0.0135&quot;，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: rate {value} is 100% or more; write rates as fractions (1.35% is &quot;0.0135&quot;).</source>
        <translation>产品 {product}：利率 {value} 达到或超过 100%；请按小数填写（1.35% 写作 &quot;0.0135&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: rate {value} has more than 8 decimals.</source>
        <translation>产品 {product}：利率 {value} 超过 8 位小数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>产品 {product}：{field} 必须是 YYYY-MM-DD 格式的日期，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a list such as [3M, 1Y], not {value}.</source>
        <translation>产品 {product}：{field} 必须是列表，例如 [3M, 1Y]，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the term {value} must be a number and D, M or Y, such as 7D, 3M, 5Y.</source>
        <translation>产品 {product}：期限 {value} 必须是数字加 D、M 或 Y，例如 7D、3M、5Y。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: min_amount {value} is above max_amount.</source>
        <translation>产品 {product}：min_amount {value} 高于 max_amount。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: step_amount must be above zero, not {value}.</source>
        <translation>产品 {product}：step_amount 必须大于零，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: age_min {value} is above age_max.</source>
        <translation>产品 {product}：age_min {value} 高于 age_max。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: sale_end {value} is before sale_start.</source>
        <translation>产品 {product}：sale_end {value} 早于 sale_start。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: only bundles have members.</source>
        <translation>产品 {product}：只有套餐才有成员产品（members）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: a bundle cannot list itself among its members.</source>
        <translation>产品 {product}：套餐的成员中不能包含它自己。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the member {value} is not in the catalogue.</source>
        <translation>产品 {product}：成员产品 {value} 不在产品目录中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of demo customers must be zero or more.</source>
        <translation>演示客户数量必须大于或等于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database already has customers or staff; demo data is only made in an empty database.</source>
        <translation>数据库中已有客户或员工；演示数据只能在空数据库中生成。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+31"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../widgets/settings_screen.py" line="+52"/>
        <location line="+19"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>空闲多少分钟后锁屏（0 = 从不）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder</source>
        <translation>日志目录</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../desktop/shell.py" line="+119"/>
        <source>No staff accounts exist yet. Create the first administrator on this computer with:
branchdesk users add LOGIN --role admin --name NAME --password-stdin</source>
        <translation>尚无员工账号。请在本机用以下命令创建第一个管理员：
branchdesk users add 登录名 --role admin --name 姓名 --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo logins: {logins}</source>
        <translation>演示账号：{logins}</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../widgets/staff_screen.py" line="+26"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account created.</source>
        <translation>账号已创建。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New account...</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>设置密码…</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../desktop/shell.py" line="-73"/>
        <source>Preparing the database...
{database}</source>
        <translation>正在准备数据库…
{database}</translation>
    </message>
</context>
</TS>
