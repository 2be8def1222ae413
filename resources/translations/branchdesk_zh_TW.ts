<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../widgets/account_dialog.py" line="+37"/>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New staff account</source>
        <translation>新增員工帳號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a new password</source>
        <translation>設定新密碼</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Login and name are required.</source>
        <translation>登入名稱和姓名為必填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../widgets/assessment_dialog.py" line="+183"/>
        <source>{answered} of {total} answered</source>
        <translation>已答 {answered}/{total} 題</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The result differs from the previous one ({previous}). The customer must confirm the new result before it is saved.</source>
        <translation>本次結果與上次（{previous}）不同。儲存前須由客戶確認新結果。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Risk assessment</source>
        <translation>風險評估</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer answers every question personally. Staff must not answer, choose or suggest answers for the customer.</source>
        <translation>每道題須由客戶本人作答。工作人員不得代客戶作答、選擇或暗示答案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>previous result {grade}, assessed on {date}</source>
        <translation>上次結果 {grade}，評估日期 {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no previous assessment</source>
        <translation>此前無評估紀錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer {name} ({customer_no}), {age} years; {previous}</source>
        <translation>客戶 {name}（{customer_no}），{age} 歲；{previous}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>評估結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tolerance</source>
        <translation>風險承受能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May buy products of</source>
        <translation>可購買的產品風險等級</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer confirms the new result</source>
        <translation>客戶確認新的評估結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show result</source>
        <translation>查看結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save result</source>
        <translation>儲存結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../widgets/catalog_screen.py" line="+99"/>
        <location line="+48"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+321"/>
        <source>Family</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Risk</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (yuan)</source>
        <translation>起點金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / benchmark</source>
        <translation>利率／業績比較基準</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale period</source>
        <translation>銷售期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+42"/>
        <source>Changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+37"/>
        <source>Takes effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Proposed by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Proposed at</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+39"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked by</source>
        <translation>覆核人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Approved, scheduled</source>
        <translation>已核准，待生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval</source>
        <translation>待覆核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>replaced by a catalogue file import</source>
        <translation>已被產品目錄檔案匯入取代</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <location line="+166"/>
        <source>Pending changes (%n)</source>
        <translation>
            <numerusform>待覆核變更（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Select a product to change it.</source>
        <translation>請選擇要變更的產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change to this product is waiting for approval or scheduled.</source>
        <translation>該產品已有待覆核或待生效的變更。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Versions of {code} (current version {version})</source>
        <translation>{code} 的版本紀錄（目前版本 {version}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a product to see its versions.</source>
        <translation>請選擇產品以檢視其版本紀錄。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You proposed this change: another supervisor must approve or reject it.</source>
        <translation>此變更由您提出，須由另一位主管覆核核准或駁回。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change proposed; another supervisor must approve it.</source>
        <translation>變更已提交，須由另一位主管覆核核准。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change approved; it takes effect on {date}.</source>
        <translation>變更已核准，將於 {date} 生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change approved and in effect.</source>
        <translation>變更已核准並已生效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change rejected.</source>
        <translation>變更已駁回。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <location line="+19"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>共 %n 項產品</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>All families</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit...</source>
        <translation>變更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>核准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note (required to reject)</source>
        <translation>覆核意見（駁回時必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>版本紀錄</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../widgets/crash_dialog.py" line="+12"/>
        <source>BranchDesk: unexpected error</source>
        <translation>分行客戶工作台：意外錯誤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong inside BranchDesk. What you were doing may not have been saved. Please tell the branch administrator; the details were written to:
{path}</source>
        <translation>分行客戶工作台內部發生錯誤，剛才的操作可能未儲存。請告知分行系統管理員；詳細資訊已寫入：
{path}</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../widgets/customers_screen.py" line="+63"/>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (yuan)</source>
        <translation>餘額（元）</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer no.</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender, age</source>
        <translation>性別、年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客戶層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tolerance</source>
        <translation>風險承受能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets with us (yuan)</source>
        <translation>在本行資產（元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{gender}, {age}</source>
        <translation>{gender}，{age} 歲</translation>
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
        <translation>無風險評估紀錄</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location line="+33"/>
        <source>Customer no.</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客戶層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (yuan)</source>
        <translation>資產（元）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Risk assessment saved: {grade} {label}, valid until {date}.</source>
        <translation>風險評估已儲存：{grade} {label}，有效期至 {date}。</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>找到 %n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a customer number, name, pinyin initials, mobile, the last digits of an ID number or an account number.</source>
        <translation>可輸入客戶號、姓名、拼音首字母、手機號碼、證件號碼後幾碼或帳號。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search customers</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment...</source>
        <translation>風險評估...</translation>
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
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance (yuan)</source>
        <translation>餘額（元）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} · {amount} yuan</source>
        <translation>{count} 筆 · {amount} 元</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Good day, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your customers</source>
        <translation>我的管戶客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole branch</source>
        <translation>全分行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{scope} · figures as of {date}</source>
        <translation>{scope} · 資料截至 {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets under management (yuan)</source>
        <translation>管理資產（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maturing in 30 days</source>
        <translation>30 天內到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessments expired</source>
        <translation>風險評估已過期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers without a manager</source>
        <translation>未分配客戶經理的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff accounts</source>
        <translation>員工帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked accounts</source>
        <translation>已鎖定帳號</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upcoming maturities</source>
        <translation>即將到期</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../widgets/labels.py" line="+16"/>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass</source>
        <translation>大眾客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>潛力客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium</source>
        <translation>優質客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>貴賓客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth</source>
        <translation>財富客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private banking</source>
        <translation>私人銀行客戶</translation>
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
        <translation>理財</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insurance</source>
        <translation>保險</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonds</source>
        <translation>國債</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>貴金屬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign exchange</source>
        <translation>外匯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>銀行卡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-banking</source>
        <translation>電子銀行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>貸款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>中間業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident ID card</source>
        <translation>居民身分證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HK/Macao permit</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan permit</source>
        <translation>台灣居民來往大陸通行證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign permanent resident ID</source>
        <translation>外國人永久居留身分證</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已銷戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservative</source>
        <translation>保守型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderately conservative</source>
        <translation>穩健型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced</source>
        <translation>平衡型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>成長型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggressive</source>
        <translation>進取型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
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
        <translation>工作站已鎖定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The station was locked after a period without use. {name}, enter your password to continue.</source>
        <translation>工作站因長時間無操作已鎖定。{name}，請輸入密碼繼續。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="+68"/>
        <source>BranchDesk - sign in</source>
        <translation>分行客戶工作台 - 登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BranchDesk customer workstation</source>
        <translation>分行客戶工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your login and password.</source>
        <translation>請輸入登入名稱和密碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in...</source>
        <translation>正在登入…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>再輸錯 %n 次，帳號將被鎖定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+95"/>
        <source>BranchDesk customer workstation</source>
        <translation>分行客戶工作台</translation>
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
        <translation>找不到檔案 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>無法讀取檔案 {path}（{reason}）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {path} is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>檔案 {path} 不是 UTF-8 編碼的文字。請在試算表中另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>檔案為空：第一行須列出各欄位名稱。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line is not valid CSV (check the quotation marks).</source>
        <translation>此行不是有效的 CSV（請檢查引號）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown column {column}.</source>
        <translation>未知的欄位 {column}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column {column} appears more than once.</source>
        <translation>欄位 {column} 出現了不止一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required column {column} is missing.</source>
        <translation>缺少必要欄位 {column}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This line has {found} values but the header names {expected} columns.</source>
        <translation>此行有 {found} 個值，但標題列出了 {expected} 個欄位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {count} problems were found. Correct the file and import it again.</source>
        <translation>未匯入任何資料：發現 {count} 處問題。請修正檔案後重新匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another station saved some of the same records during the import. Nothing was imported: try again.</source>
        <translation>匯入期間另一台工作站儲存了部分相同的紀錄。未匯入任何資料，請重試。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A value is required.</source>
        <translation>此欄位必填。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is longer than {maximum} characters.</source>
        <translation>內容超過 {maximum} 個字元。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a date written as YYYY-MM-DD.</source>
        <translation>{value} 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} is in the future.</source>
        <translation>日期 {value} 晚於今天。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} has more than two decimals.</source>
        <translation>金額 {value} 的小數超過兩位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} is not a plain number such as 50000.00.</source>
        <translation>金額 {value} 不是 50000.00 這樣的一般數字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is neither true nor false.</source>
        <translation>{value} 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer number has only letters and digits, at most 20.</source>
        <translation>客戶編號只能包含字母和數字，最多 20 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number has only letters and digits, at most 32.</source>
        <translation>帳戶號碼只能包含字母和數字，最多 32 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nationality is a three-letter code such as CHN.</source>
        <translation>國籍須為三位字母代碼，例如 CHN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown ID type {value}: use RESIDENT_ID, PASSPORT, HK_MO_PERMIT, TW_PERMIT or FOREIGN_PR.</source>
        <translation>未知的證件類型 {value}：請使用 RESIDENT_ID、PASSPORT、HK_MO_PERMIT、TW_PERMIT 或 FOREIGN_PR。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown gender {value}: use M or F.</source>
        <translation>未知的性別 {value}：請使用 M（男）或 F（女）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown risk grade {value}: use C1 to C5, or leave it empty.</source>
        <translation>未知的風險等級 {value}：請使用 C1 至 C5，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../widgets/messages/questionnaire.py" line="+18"/>
        <source>Unknown assessment channel {value}: use branch or online.</source>
        <translation>未知的評估通路 {value}：請使用 branch（分行）或 online（線上）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown civil capacity {value}: use full, limited or none.</source>
        <translation>未知的民事行為能力 {value}：請使用 full（完全）、limited（限制）或 none（無）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number is not in a valid format.</source>
        <translation>證件號碼格式不正確。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number contains an impossible birth date.</source>
        <translation>證件號碼中的出生日期不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number&apos;s check character is wrong (mistyped digit?).</source>
        <translation>證件號碼的檢查碼不正確（是否輸錯了數字？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date differs from the one in the ID number.</source>
        <translation>出生日期與證件號碼中的不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gender differs from the ID number (odd 17th digit: male, even: female).</source>
        <translation>性別與證件號碼不符（第 17 碼為奇數是男性，偶數是女性）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is not an 11-digit mainland mobile number.</source>
        <translation>電話不是 11 碼的中國大陸手機號碼。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An assessment date or channel is given without a risk grade.</source>
        <translation>填寫了評估日期或通路，但沒有風險等級。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil capacity {capacity} is impossible at age {age}.</source>
        <translation>{age} 歲的人不可能具有民事行為能力 {capacity}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maturity date is before the opening date.</source>
        <translation>到期日早於開戶日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same ID number is already on line {first_line}.</source>
        <translation>相同的證件號碼已出現在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same customer number is already on line {first_line}.</source>
        <translation>相同的客戶編號已出現在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same account number is already on line {first_line}.</source>
        <translation>相同的帳戶號碼已出現在第 {first_line} 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no active staff account with login {login}.</source>
        <translation>沒有登錄名為 {login} 的使用中員工帳號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ID number belongs to customer {customer_no}.</source>
        <translation>該證件號碼屬於客戶 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer {customer_no} exists with a different ID document, so the row cannot update it.</source>
        <translation>客戶 {customer_no} 已存在但證件不同，此行不能更新該客戶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no customer {customer_no}.</source>
        <translation>找不到客戶 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no product with code {product_code}.</source>
        <translation>沒有代碼為 {product_code} 的產品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account belongs to customer {customer_no}.</source>
        <translation>該帳戶屬於客戶 {customer_no}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account already exists for product {product_code}.</source>
        <translation>該帳戶已存在，對應的產品是 {product_code}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID document expired on {value}: the customer is marked for re-identification.</source>
        <translation>證件已於 {value} 過期：該客戶已標記為需重新識別。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers imported: {created} new, {updated} updated, {unchanged} unchanged; {assessments} risk assessments added.</source>
        <translation>客戶匯入完成：新增 {created} 位，更新 {updated} 位，未變 {unchanged} 位；新增風險評估 {assessments} 筆。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Holdings imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>持有產品匯入完成：新增 {created} 筆，更新 {updated} 筆，未變 {unchanged} 筆。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} warnings (these rows were imported):</source>
        <translation>{count} 則警告（這些行已匯入）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown reason {reason} for showing full identifiers.</source>
        <translation>未知的檢視完整資料理由 {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason &quot;other&quot; needs a note saying why the full identifiers are shown.</source>
        <translation>選擇「其他」理由時，須註明檢視完整資料的原因。</translation>
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
        <translation>登錄名或密碼錯誤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is locked after 5 wrong passwords. Ask the administrator to unlock it.</source>
        <translation>密碼連續輸錯 5 次，該帳號已被鎖定。請聯絡管理員解鎖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>該帳號已停用，請聯絡管理員。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password needs at least {minimum} characters.</source>
        <translation>密碼至少需要 {minimum} 個字元。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password needs both letters and digits.</source>
        <translation>密碼須同時包含字母和數字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login uses letters, digits, dots, dashes and underscores.</source>
        <translation>登錄名只能包含字母、數字、點、連字號和底線。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login {login} is already taken.</source>
        <translation>登錄名 {login} 已被使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is required.</source>
        <translation>請填寫姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no branch with code {branch}.</source>
        <translation>分行代碼 {branch} 不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色無權執行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的帳號。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/storage.py" line="+6"/>
        <source>The database cannot be reached. Check the network cable and that the branch database server is running, then try again. If it persists, call the branch administrator.</source>
        <translation>無法連線至資料庫。請檢查網路線，並確認分行資料庫伺服器正在運作，然後再試一次。若問題仍然存在，請聯絡分行管理員。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file cannot be opened or created at that path. Check the path in --db or BRANCHDESK_DB_URL and that this user may write to its folder.</source>
        <translation>無法在該路徑開啟或建立資料庫檔案。請檢查 --db 或 BRANCHDESK_DB_URL 中的路徑，以及目前使用者是否有權寫入該資料夾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy with another station&apos;s work. Wait a moment and try again.</source>
        <translation>資料庫正在處理其他工作站的作業，請稍候再試。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is read-only, so nothing can be saved. Ask the administrator to give this station write access to the file.</source>
        <translation>資料庫檔案為唯讀，無法儲存任何內容。請聯絡管理員為本工作站開放該檔案的寫入權限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database is full. Nothing was saved. Free some space and try again.</source>
        <translation>資料庫所在的磁碟已滿，未儲存任何內容。請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was updated by a newer version of BranchDesk. Install the newer version on this station; nothing was changed.</source>
        <translation>此資料庫已被較新版本的 BranchDesk 升級。請在本工作站安裝新版本；資料庫未做任何變更。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is not set up for this version. Run `branchdesk db upgrade` first.</source>
        <translation>資料庫尚未針對此版本完成設定。請先執行 `branchdesk db upgrade`。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this record after you opened it. Your change was not saved: reload to see theirs.</source>
        <translation>您開啟此紀錄後，已有其他人儲存了修改。您的變更未儲存：請重新載入以檢視對方的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record no longer exists.</source>
        <translation>該紀錄已不存在。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog.py" line="+10"/>
        <source>The catalogue file has {count} problem(s); nothing was imported. Fix them and import again.</source>
        <translation>產品目錄檔案有 {count} 處問題，未匯入任何內容。請修改後重新匯入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalogue file {path} cannot be read as UTF-8 text.</source>
        <translation>無法以 UTF-8 文字讀取產品目錄檔案 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file is not valid YAML (near line {value}).</source>
        <translation>產品目錄檔案不是有效的 YAML（第 {value} 行附近）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: the field {field} is written twice in the same entry.</source>
        <translation>第 {value} 行：同一條目中欄位 {field} 寫了兩次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file needs a top-level products: list.</source>
        <translation>產品目錄檔案需要最上層的 products: 清單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalogue file has an unknown top-level key {field}; only products: is allowed.</source>
        <translation>產品目錄檔案有未知的最上層鍵 {field}；只允許 products:。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the entry is not a set of fields (field: value lines).</source>
        <translation>產品 {product}：該條目不是一組欄位（欄位: 值 的行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the code is used again by entry {value}.</source>
        <translation>產品 {product}：該代碼在條目 {value} 中再次使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is not a catalogue field (check the spelling).</source>
        <translation>產品 {product}：{field} 不是產品目錄欄位（請檢查拼寫）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is required.</source>
        <translation>產品 {product}：缺少必填欄位 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product {product}: {field} must be text, not {value}.</source>
        <translation>產品 {product}：{field} 必須是文字，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is longer than {value} characters.</source>
        <translation>產品 {product}：{field} 超過 {value} 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the code {value} may only use letters, digits, dots, dashes and underscores.</source>
        <translation>產品 {product}：代碼 {value} 只能使用字母、數字、點、連字號和底線。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: {value} is not a known value for {field}.</source>
        <translation>產品 {product}：{value} 不是 {field} 的有效值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be true or false, not {value}.</source>
        <translation>產品 {product}：{field} 必須是 true 或 false，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a whole number, not {value}.</source>
        <translation>產品 {product}：{field} 必須是整數，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} cannot be negative ({value}).</source>
        <translation>產品 {product}：{field} 不能為負數（{value}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} is outside the possible range.</source>
        <translation>產品 {product}：{field} 的值 {value} 超出可能的範圍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: risk_level must be 1 to 5 (R1 to R5), not {value}.</source>
        <translation>產品 {product}：risk_level 必須是 1 至 5（R1 至 R5），而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be an amount such as &quot;50000.00&quot;, not {value}.</source>
        <translation>產品 {product}：{field} 必須是金額，例如 &quot;50000.00&quot;，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} has more than two decimals.</source>
        <translation>產品 {product}：{field} 的金額 {value} 超過兩位小數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} {value} is too large.</source>
        <translation>產品 {product}：{field} 的金額 {value} 過大。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a decimal fraction such as &quot;0.0135&quot;, not {value}.</source>
        <translation>產品 {product}：{field} 必須是小數形式的比率，例如 &quot;0.0135&quot;，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: rate {value} is 100% or more; write rates as fractions (1.35% is &quot;0.0135&quot;).</source>
        <translation>產品 {product}：利率 {value} 達到或超過 100%；請按小數填寫（1.35% 寫作 &quot;0.0135&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: rate {value} has more than 8 decimals.</source>
        <translation>產品 {product}：利率 {value} 超過 8 位小數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>產品 {product}：{field} 必須是 YYYY-MM-DD 格式的日期，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be a list such as [3M, 1Y], not {value}.</source>
        <translation>產品 {product}：{field} 必須是清單，例如 [3M, 1Y]，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the term {value} must be a number and D, M or Y, such as 7D, 3M, 5Y.</source>
        <translation>產品 {product}：期限 {value} 必須是數字加 D、M 或 Y，例如 7D、3M、5Y。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: min_amount {value} is above max_amount.</source>
        <translation>產品 {product}：min_amount {value} 高於 max_amount。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: step_amount must be above zero, not {value}.</source>
        <translation>產品 {product}：step_amount 必須大於零，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: age_min {value} is above age_max.</source>
        <translation>產品 {product}：age_min {value} 高於 age_max。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: sale_end {value} is before sale_start.</source>
        <translation>產品 {product}：sale_end {value} 早於 sale_start。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: only bundles have members.</source>
        <translation>產品 {product}：只有套餐才有成員產品（members）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: a bundle cannot list itself among its members.</source>
        <translation>產品 {product}：套餐的成員中不能包含它自己。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the member {value} is not in the catalogue.</source>
        <translation>產品 {product}：成員產品 {value} 不在產品目錄中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of demo customers must be zero or more.</source>
        <translation>示範客戶數量必須大於或等於零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database already has customers or staff; demo data is only made in an empty database.</source>
        <translation>資料庫中已有客戶或員工；示範資料只能在空資料庫中產生。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog_versions.py" line="+10"/>
        <source>Product {product} already has a change waiting for approval or scheduled; it must be approved, rejected or take effect first.</source>
        <translation>產品 {product} 已有待覆核或待生效的變更，須先核准、駁回或待其生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product {product}: {field} can only be changed through the catalogue file.</source>
        <translation>產品 {product}：{field} 只能透過產品目錄檔案變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the effective date {value} is in the past.</source>
        <translation>產品 {product}：生效日期 {value} 早於今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: nothing was changed, so there is nothing to approve.</source>
        <translation>產品 {product}：沒有任何變動，無需覆核。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change must be approved or rejected by a different supervisor from the one who proposed it.</source>
        <translation>變更須由申請人以外的另一位主管核准或駁回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change to product {product} is no longer waiting for a decision.</source>
        <translation>產品 {product} 的這項變更已不在待覆核狀態。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product} changed after this proposal was made; reject it and propose the change again.</source>
        <translation>產品 {product} 在此申請提出後已被修改，請駁回後重新提交變更。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for rejecting the change.</source>
        <translation>請填寫駁回理由。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/questionnaire.py" line="-8"/>
        <source>The answers are for questionnaire version {value}, which is not the one in use. Start the risk assessment again.</source>
        <translation>這些答案屬於問卷版本 {value}，不是目前使用的版本。請重新開始風險評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This questionnaire version is in use from {effective_from} only.</source>
        <translation>本問卷版本自 {effective_from} 起才能使用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} answer(s) are missing or unknown. The customer must answer every question personally.</source>
        <translation>有 {count} 個答案缺漏或無法識別。每道題都須由客戶本人作答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question {where} is not answered.</source>
        <translation>第 {where} 題未作答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} is not a question of this questionnaire.</source>
        <translation>{where} 不是本問卷的題目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question {where} has no option {value}.</source>
        <translation>題目 {where} 沒有選項 {value}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questionnaire file has {count} problem(s). Fix them before it is used.</source>
        <translation>問卷檔案有 {count} 個問題。請修正後再使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire file is not valid YAML (near line {value}).</source>
        <translation>問卷檔案不是有效的 YAML（約第 {value} 行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: the field {field} is written twice (line {value}).</source>
        <translation>問卷檔案：欄位 {field} 重複填寫（第 {value} 行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: expected a set of fields (field: value lines).</source>
        <translation>問卷檔案，{where}：應為一組欄位（欄位: 值 的行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} is not a known field (check the spelling).</source>
        <translation>問卷檔案，{where}：{field} 不是已知欄位（請檢查拼寫）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} is required.</source>
        <translation>問卷檔案，{where}：{field} 為必填項。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be text, not {value}.</source>
        <translation>問卷檔案，{where}：{field} 必須是文字，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} {value} may only use lower-case letters, digits and underscores.</source>
        <translation>問卷檔案，{where}：{field} {value} 只能使用小寫字母、數字和底線。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire file, {where}: {field} must be a whole number of 0 or more, not {value}.</source>
        <translation>問卷檔案，{where}：{field} 必須是 0 或以上的整數，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {value} is not a grade; use C1 to C5.</source>
        <translation>問卷檔案，{where}：{value} 不是風險等級；請使用 C1 至 C5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be a non-empty list.</source>
        <translation>問卷檔案，{where}：{field} 必須是非空清單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be a date (YYYY-MM-DD), not {value}.</source>
        <translation>問卷檔案，{where}：{field} 必須是日期（YYYY-MM-DD），而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {value} is not a known topic.</source>
        <translation>問卷檔案，{where}：{value} 不是已知主題。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the id {value} is used twice.</source>
        <translation>問卷檔案，{where}：編號 {value} 重複使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: a question needs at least two options.</source>
        <translation>問卷檔案，{where}：每道題至少需要兩個選項。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: no question covers the required topic {value}.</source>
        <translation>問卷檔案：沒有題目涵蓋必備主題 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: min {value} is above max.</source>
        <translation>問卷檔案，{where}：min {value} 大於 max。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: the grades must be C1 to C5 in this order, not {value}.</source>
        <translation>問卷檔案：等級必須按 C1 至 C5 的順序排列，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the lowest band must start at the lowest total, {value}.</source>
        <translation>問卷檔案，{where}：最低級距須從最低總分 {value} 開始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the highest band must end at the highest total, {value}.</source>
        <translation>問卷檔案，{where}：最高級距須到最高總分 {value} 為止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the band must start at {value}; totals are left out.</source>
        <translation>問卷檔案，{where}：該級距須從 {value} 開始，否則有總分未被涵蓋。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the band starting at {value} overlaps the one before.</source>
        <translation>問卷檔案，{where}：從 {value} 開始的級距與前一級距重疊。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: there is no question {value}.</source>
        <translation>問卷檔案，{where}：沒有題目 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: question {field} has no option {value}.</source>
        <translation>問卷檔案，{where}：題目 {field} 沒有選項 {value}。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/suitability.py" line="+23"/>
        <source>The customer&apos;s identity check is not complete (status {kyc_status}). Complete the identity verification before any sale.</source>
        <translation>客戶身分核實尚未完成（狀態 {kyc_status}）。請先完成身分核實，再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s ID document expired on {id_expiry}. Record a valid ID document before any sale.</source>
        <translation>客戶證件已於 {id_expiry} 過期。請先登記有效證件，再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enhanced due diligence for this customer is still open. Finish it (source and use of funds) before any sale.</source>
        <translation>該客戶的加強盡職調查尚未完成。請先完成（資金來源和用途），再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer cannot decide on this alone. Stop the sale and arrange a follow-up with the person who decides.</source>
        <translation>客戶無法獨自作出決定。請停止銷售，並與有決定權的人另約跟進。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has no civil capacity: investment products cannot be sold to them.</source>
        <translation>客戶無行為能力：不得向其銷售投資類產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has limited civil capacity and may buy investment products up to {max_level} only; this product is {product_level}. Choose a lower-risk product.</source>
        <translation>客戶為限制行為能力人，只能購買 {max_level} 及以下的投資類產品；本產品為 {product_level}。請選擇風險更低的產品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has limited civil capacity and no guardian&apos;s consent is on file. Obtain the guardian&apos;s consent before selling investment products.</source>
        <translation>客戶為限制行為能力人，且沒有監護人同意的紀錄。銷售投資類產品前，請先取得監護人同意。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age}; this product is for customers aged {age_min} to {age_max}. Choose another product.</source>
        <translation>客戶 {age} 歲；本產品適用於 {age_min} 至 {age_max} 歲的客戶。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age}; this product is for customers aged {age_min} or older. Choose another product.</source>
        <translation>客戶 {age} 歲；本產品適用於 {age_min} 歲及以上的客戶。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age}; this product is for customers aged up to {age_max}. Choose another product.</source>
        <translation>客戶 {age} 歲；本產品適用於 {age_max} 歲及以下的客戶。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is {age} and the product is {product_level}: explain it plainly, confirm the customer understands, record the sale and have a supervisor review it.</source>
        <translation>客戶 {age} 歲，產品為 {product_level}：請用淺白語言講解，確認客戶已理解，進行錄音錄影，並由主管覆核。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer has no risk assessment on file. Have the customer take the risk assessment before selling investment products.</source>
        <translation>客戶沒有風險評估紀錄。銷售投資類產品前，請客戶先完成風險評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s risk assessment expired on {valid_until}. Reassess before selling investment products.</source>
        <translation>客戶的風險評估已於 {valid_until} 到期。銷售投資類產品前，請重新評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer reported a change in circumstances after the risk assessment of {assessed_on}. Reassess before selling investment products.</source>
        <translation>客戶在 {assessed_on} 的風險評估之後告知了情況變化。銷售投資類產品前，請重新評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result changed from {previous} to {new}. The customer must confirm the new result before it is saved.</source>
        <translation>評估結果由 {previous} 變為 {new}。儲存前須由客戶確認新結果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s risk grade changed to {customer_grade} and the customer has not confirmed the new result. Have the customer confirm it before selling investment products.</source>
        <translation>客戶的風險等級已變為 {customer_grade}，客戶尚未確認新結果。銷售投資類產品前，請客戶先確認。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product is {product_level} but the customer&apos;s risk tolerance {customer_grade} allows up to {max_level}. Choose a product of {max_level} or lower.</source>
        <translation>本產品為 {product_level}，但客戶的風險承受能力 {customer_grade} 最高只適合 {max_level}。請選擇 {max_level} 及以下的產品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A first purchase of the bank&apos;s own wealth products needs a risk assessment made face to face at a branch. Assess the customer at the counter first.</source>
        <translation>首次購買本行自營理財產品，須在分行當面完成風險評估。請先在櫃檯為客戶評估。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This product is not on sale on this day. Choose another product.</source>
        <translation>本產品當天不在銷售期間內。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product is switched off in the catalogue. Choose another product.</source>
        <translation>本產品已在產品目錄中停用。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product is only for customer tiers {tiers}; the customer is {tier}. Choose another product.</source>
        <translation>本產品僅限客戶層級 {tiers}；該客戶為 {tier}。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer already holds {product}, which allows only one per customer. Choose another product.</source>
        <translation>客戶已持有 {product}，該產品每位客戶限持一份。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a private product and the customer is not recorded as a qualified investor. Verify and record the qualified-investor status first.</source>
        <translation>本產品為私募產品，客戶沒有合格投資人紀錄。請先核實並登記合格投資人身分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a private product and the customer&apos;s qualified-investor status ended on {qualified_until}. Verify the status again first.</source>
        <translation>本產品為私募產品，客戶的合格投資人身分已於 {qualified_until} 到期。請先重新核實。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This product has a cooling-off period of {hours} hours after signing; cancelling within it refunds in full. Explain this to the customer.</source>
        <translation>本產品簽約後有 {hours} 小時冷靜期；冷靜期內撤銷可全額退款。請向客戶說明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This sale must be recorded on audio and video in the sales zone. Start the recording before the pitch.</source>
        <translation>本次銷售須在銷售專區進行錄音錄影。請在介紹產品前開始錄製。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} yuan is below the minimum of {minimum} yuan. Raise the amount.</source>
        <translation>{amount} 元低於起購金額 {minimum} 元。請提高金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is above the maximum of {maximum} yuan. Lower the amount.</source>
        <translation>{amount} 元高於上限 {maximum} 元。請降低金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is not {minimum} yuan plus a multiple of {step} yuan. Use {nearest_lower} or {nearest_higher} yuan.</source>
        <translation>{amount} 元不是 {minimum} 元加 {step} 元的整數倍。請改為 {nearest_lower} 元或 {nearest_higher} 元。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private product of {product_level} needs at least {minimum} yuan; {amount} yuan is less. Raise the amount.</source>
        <translation>{product_level} 的私募產品至少需要 {minimum} 元；{amount} 元不足。請提高金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} yuan is more than the customer&apos;s declared financial assets of {financial_assets} yuan. Lower the amount.</source>
        <translation>{amount} 元超過客戶申報的金融資產 {financial_assets} 元。請降低金額。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer has already taken the risk assessment {limit} times today, the most allowed. The next one is possible on {next_date}.</source>
        <translation>客戶今天已完成 {limit} 次風險評估，已達上限。下次最早可於 {next_date} 評估。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has taken the risk assessment {limit} times in the last 12 months, the most allowed. The next one is possible on {next_date}.</source>
        <translation>客戶在最近 12 個月內已完成 {limit} 次風險評估，已達上限。下次最早可於 {next_date} 評估。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown sales channel {value}: use branch, online or self_service.</source>
        <translation>未知的銷售通路 {value}：請使用 branch（分行）、online（線上）或 self_service（自助）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be more than zero, not {value}.</source>
        <translation>金額必須大於零，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue entry of product {product} cannot be read by this version. Import the catalogue again.</source>
        <translation>本版本無法讀取產品 {product} 的目錄條目。請重新匯入產品目錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete the identity verification.</source>
        <translation>完成身分核實。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a valid ID document.</source>
        <translation>登記有效證件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the enhanced due diligence.</source>
        <translation>完成加強盡職調查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the pitch and schedule a follow-up with the person who decides.</source>
        <translation>停止推介，並與有決定權的人另約跟進。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing: this customer cannot buy this product.</source>
        <translation>無法補救：該客戶不能購買本產品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a lower-risk product.</source>
        <translation>選擇風險更低的產品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain the guardian&apos;s consent.</source>
        <translation>取得監護人同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another product.</source>
        <translation>選擇其他產品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the special care for senior customers and acknowledge it.</source>
        <translation>對高齡客戶落實特別關懷並確認。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the customer take the risk assessment.</source>
        <translation>請客戶完成風險評估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer take the risk assessment again.</source>
        <translation>請客戶重新進行風險評估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer confirm the new assessment result.</source>
        <translation>請客戶確認新的評估結果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the customer take the risk assessment at a branch counter.</source>
        <translation>請客戶在分行櫃檯完成風險評估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify and record the qualified-investor status.</source>
        <translation>核實並登記合格投資人身分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain the cooling-off period.</source>
        <translation>說明冷靜期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the sale on audio and video.</source>
        <translation>對銷售過程進行錄音錄影。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the amount.</source>
        <translation>提高金額。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the amount.</source>
        <translation>降低金額。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust the amount to the step.</source>
        <translation>按遞增金額調整。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the customer on another day.</source>
        <translation>改日再為客戶評估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the customer once the 12-month limit allows it again.</source>
        <translation>待 12 個月次數限制允許時再為客戶評估。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+31"/>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff accounts</source>
        <translation>員工帳號</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../../widgets/product_edit_dialog.py" line="+60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / benchmark (fraction: 0.0135 = 1.35%)</source>
        <translation>利率/績效比較基準（小數：0.0135 即 1.35%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (yuan)</source>
        <translation>起點金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (yuan)</source>
        <translation>遞增金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum (yuan)</source>
        <translation>最高金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>風險等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale starts</source>
        <translation>銷售開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale ends</source>
        <translation>銷售結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note for the approver</source>
        <translation>給覆核人的說明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Propose</source>
        <translation>提交覆核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change takes effect only after another supervisor approves it.</source>
        <translation>變更須經另一位主管覆核核准後才生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change product {code}</source>
        <translation>變更產品 {code}</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../widgets/settings_screen.py" line="+52"/>
        <location line="+19"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>閒置多少分鐘後鎖定（0 = 從不）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>資料庫結構版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder</source>
        <translation>日誌資料夾</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../desktop/shell.py" line="+119"/>
        <source>No staff accounts exist yet. Create the first administrator on this computer with:
branchdesk users add LOGIN --role admin --name NAME --password-stdin</source>
        <translation>尚無員工帳號。請在本機以下列指令建立第一位管理員：
branchdesk users add 登入名稱 --role admin --name 姓名 --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo logins: {logins}</source>
        <translation>示範帳號：{logins}</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../widgets/staff_screen.py" line="+26"/>
        <source>Login</source>
        <translation>登入名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins</source>
        <translation>登入失敗次數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>最近登入</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
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
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account created.</source>
        <translation>帳號已建立。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New account...</source>
        <translation>新增帳號…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password...</source>
        <translation>設定密碼…</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../desktop/shell.py" line="-73"/>
        <source>Preparing the database...
{database}</source>
        <translation>正在準備資料庫…
{database}</translation>
    </message>
</context>
</TS>
