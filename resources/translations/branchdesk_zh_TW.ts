<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../widgets/account_dialog.py" line="+39"/>
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
        <source>Own ID number (optional)</source>
        <translation>本人身分證號（選填）</translation>
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
        <location line="+17"/>
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
    <name>AgreementDialog</name>
    <message>
        <location filename="../../widgets/agreement/view.py" line="+57"/>
        <source>loading the products</source>
        <translation>正在載入產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a product</source>
        <translation>請選擇產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a valid amount</source>
        <translation>請輸入有效金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability check is running</source>
        <translation>正在進行適合度檢查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability check failed (see the right)</source>
        <translation>適合度檢查未完成（見右側）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability rules block this sale (see the right)</source>
        <translation>適合度規則不允許本次銷售（見右側）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a term</source>
        <translation>請選擇期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick each point on the right</source>
        <translation>請逐項勾選右側各項確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the dual-recording id</source>
        <translation>請填寫錄音錄影編號</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To issue: {steps}.</source>
        <translation>產生契約前：{steps}。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The product {code} cannot be issued here today (not on sale, or it prints no agreement).</source>
        <translation>產品 {code} 今日無法在此辦理（不在銷售期內，或無需列印契約）。</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+62"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Agreement {number}</source>
        <translation>契約 {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement {number} is issued and archived. Print the original for the customer and the staff to sign and seal; later prints are copies marked 副本. It takes effect once a supervisor other than you has reviewed it (复核).</source>
        <translation>契約 {number} 已產生並歸檔。請列印正本，由客戶和經辦人簽名並加蓋業務章；之後列印的均為標註「副本」的副本。經您以外的主管複核後契約方生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was issued: the sale is refused.</source>
        <translation>未產生契約：本次銷售被拒絕。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reasons are shown on the right.</source>
        <translation>原因見右側。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issue agreement</source>
        <translation>產生契約</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue agreement</source>
        <translation>產生契約(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AgreementReviews</name>
    <message>
        <location filename="../../widgets/agreement_reviews.py" line="+49"/>
        <source>Agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>產生人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued at</source>
        <translation>產生時間</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Agreements waiting for review: %n</source>
        <translation>
            <numerusform>待複核契約：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You issued this agreement: another person reviews it.</source>
        <translation>此契約由您產生，須由他人複核。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review agreement {number}: {customer}, {product}, {amount}, issued by {issuer}? It takes effect now and your name is printed on the archived copy as reviewer.</source>
        <translation>複核契約 {number}：{customer}，{product}，{amount}，產生人 {issuer}？契約將立即生效，歸檔件上將列印您的姓名作為複核人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>複核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed: the agreement is effective.</source>
        <translation>已複核：契約已生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is agreement {number} returned?</source>
        <translation>契約 {number} 退回的原因？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned to the issuer: the agreement will not take effect.</source>
        <translation>已退回產生人：契約不會生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;view</source>
        <translation>複核(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements waiting for review</source>
        <translation>待複核契約</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <location filename="../../widgets/profile/agreements.py" line="+42"/>
        <source>Issued</source>
        <translation>產生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>契約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling-off period</source>
        <translation>冷靜期</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The customer cancels agreement {number} within its cooling-off period: {amount} is refunded in full. Refund account (leave empty for the agreement&apos;s settlement account):</source>
        <translation>客戶在冷靜期內解除契約 {number}：全額退還 {amount}。退款帳戶（留空則退回契約的結算帳戶）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel in cooling-off period</source>
        <translation>冷靜期內解除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancellation form {number}</source>
        <translation>解除契約申請書 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel in cooling-off period…</source>
        <translation>冷靜期內解除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements are not shown to your role</source>
        <translation>您的崗位不顯示契約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements</source>
        <translation>暫無契約</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../widgets/approvals_screen.py" line="+21"/>
        <source>Void an agreement</source>
        <translation>作廢協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint an agreement</source>
        <translation>補打協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign to another manager</source>
        <translation>移交其他客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a staff account</source>
        <translation>解鎖員工帳號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue change</source>
        <translation>產品目錄變更</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location line="+34"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>申請事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerning</source>
        <translation>對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>申請人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested at</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You asked for this: another person decides it.</source>
        <translation>這是您提出的申請，須由他人審批。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approved: the change has taken effect.</source>
        <translation>已批准，變更已生效。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notices of the manager change: %n customer(s)</source>
        <translation>
            <numerusform>客戶經理變更通知書：%n 位客戶</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the request turned down?</source>
        <translation>駁回理由：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: nothing has changed.</source>
        <translation>已駁回，未做任何變更。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>駁回(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../widgets/assessment_dialog.py" line="+185"/>
        <source>{answered} of {total} answered</source>
        <translation>已答 {answered}/{total} 題</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The result differs from the previous one ({previous}). The customer must confirm the new result before it is saved.</source>
        <translation>本次結果與上次（{previous}）不同。儲存前須由客戶確認新結果。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Risk assessment</source>
        <translation>風險評估</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer answers every question personally. Staff must not answer, choose or suggest answers for the customer.</source>
        <translation>每道題須由客戶本人作答。工作人員不得代客戶作答、選擇或暗示答案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous result {grade}, assessed on {date}</source>
        <translation>上次結果 {grade}，評估日期 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no previous assessment</source>
        <translation>此前無評估紀錄</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>Calendar</name>
    <message>
        <location filename="../../widgets/calendar_screen.py" line="+25"/>
        <source>Loaded</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped with the program</source>
        <translation>程式內建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: counted Mon–Fri, deadlines provisional</source>
        <translation>缺失：按週一至週五計算，期限為暫定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location line="+32"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>日曆來源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>節假日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make-up workdays</source>
        <translation>調休上班日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday name</source>
        <translation>節日名稱</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Holiday</source>
        <translation>節假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make-up workday</source>
        <translation>調休上班日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No working-day calendar for {years}: deadlines there are provisional.</source>
        <translation>{years} 年尚無工作日日曆：相關期限為暫定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holidays and make-up workdays of {year}</source>
        <translation>{year} 年節假日與調休上班日</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load a working-day calendar</source>
        <translation>匯入工作日日曆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.csv)</source>
        <translation>日曆檔案 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{file}: loaded {years}, %n day(s).</source>
        <translation>
            <numerusform>{file}：已匯入 {years} 年，共 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open complaint deadline(s) moved to the new schedule.</source>
        <translation>
            <numerusform>%n 件未結投訴的期限已按新日曆調整。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines count statutory working days. Load each year&apos;s schedule from the State Council&apos;s notice as a CSV file with the columns date, kind (holiday or workday) and name; a loaded year replaces the one shipped with the program.</source>
        <translation>期限按法定工作日計算。請依國務院辦公廳放假安排通知，將每年的日曆整理為 CSV 檔案匯入，欄位為 date（日期）、kind（holiday 節假日或 workday 調休上班日）、name（名稱）；匯入的年份將取代程式內建的日曆。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load a year from file...</source>
        <translation>從檔案匯入年度日曆(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <location filename="../../widgets/catalog_changes.py" line="+50"/>
        <source>Change proposed; another supervisor must approve it.</source>
        <translation>變更已提交，須由另一位主管覆核核准。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change approved; it takes effect on {date}.</source>
        <translation>變更已核准，將於 {date} 生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change approved and in effect.</source>
        <translation>變更已核准並已生效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change rejected.</source>
        <translation>變更已駁回。</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../widgets/catalog_screen.py" line="+120"/>
        <location line="+45"/>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+243"/>
        <source>Family</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="-242"/>
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
        <location line="+72"/>
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
        <location line="+27"/>
        <source>Approved, scheduled</source>
        <translation>已核准，待生效</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+7"/>
        <source>replaced by a catalogue file import</source>
        <translation>已被產品目錄檔案匯入取代</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <location line="+87"/>
        <source>Pending changes (%n)</source>
        <translation>
            <numerusform>待覆核變更（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Select a product to change it.</source>
        <translation>請選擇要變更的產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change to this product is waiting for approval or scheduled.</source>
        <translation>該產品已有待覆核或待生效的變更。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions of {code} (current version {version})</source>
        <translation>{code} 的版本紀錄（目前版本 {version}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a product to see its versions.</source>
        <translation>請選擇產品以檢視其版本紀錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You proposed this change: another supervisor must approve or reject it.</source>
        <translation>此變更由您提出，須由另一位主管覆核核准或駁回。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
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
    <name>CloseDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+167"/>
        <source>Close complaint {number}</source>
        <translation>結案：投訴 {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>結案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader&apos;s instruction</source>
        <translation>主管批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and findings</source>
        <translation>投訴原因及查核情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition of the responsible persons</source>
        <translation>責任人處理意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective measures</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the deadline was missed</source>
        <translation>逾時原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
</context>
<context>
    <name>ComplaintController</name>
    <message>
        <location filename="../../widgets/complaint_controller.py" line="+63"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handler assigned.</source>
        <translation>已分派經辦人。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Complaint {number} registered; answer due {date}.</source>
        <translation>投訴 {number} 已登記，須於 {date} 前答覆。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major complaint: the branch head has been alerted.</source>
        <translation>重大投訴：已立即報告分行負責人。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply to the customer</source>
        <translation>答覆客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply given</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply recorded.</source>
        <translation>答覆已記錄。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal</source>
        <translation>撤訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for withdrawal</source>
        <translation>撤訴原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal</source>
        <translation>登記撤訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have verified that the customer withdraws voluntarily.</source>
        <translation>已核實客戶係自願撤訴。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawal recorded.</source>
        <translation>撤訴已登記。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaint closed.</source>
        <translation>投訴已結案。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transfer slip {number}</source>
        <translation>投訴轉辦單 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urging slip {number}</source>
        <translation>投訴督辦單 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result report {number}</source>
        <translation>處理結果報告單 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint report {number}</source>
        <translation>重大投訴報告單 {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaint register {first} to {last}</source>
        <translation>投訴登記簿 {first} 至 {last}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reported upward to {whom}.</source>
        <translation>已向{whom}報告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was due by {date}: it is on record as late.</source>
        <translation>報告時限為{date}，已記錄為逾期報告。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The {check} check of {date} is recorded.</source>
        <translation>{date}的{check}檢查已登記。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward what was found by {date}.</source>
        <translation>請於{date}前將發現的投訴轉辦。</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../widgets/complaints_screen.py" line="+120"/>
        <location line="+147"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+148"/>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+154"/>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+162"/>
        <source>Handler</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+147"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Deadline</source>
        <translation>辦結時限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投訴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) past the deadline.</source>
        <translation>
            <numerusform>有 %n 件投訴已超過處理時限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{date} (provisional: the {year} working-day calendar is not loaded)</source>
        <translation>{date}（暫定：{year} 年工作日日曆尚未匯入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} (provisional)</source>
        <translation>{date}（暫定）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer number</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint about</source>
        <translation>被投訴人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in dispute</source>
        <translation>爭議金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint</source>
        <translation>重大投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report upward</source>
        <translation>向上級報告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat of</source>
        <translation>重複投訴（前案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated by</source>
        <translation>後續重複投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>登記人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答覆內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader&apos;s instruction</source>
        <translation>主管批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and findings</source>
        <translation>投訴原因及查核情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition of the responsible persons</source>
        <translation>責任人處理意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective measures</source>
        <translation>改善措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the deadline was missed</source>
        <translation>逾時原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for withdrawal</source>
        <translation>撤訴原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reported {when} (due {date})</source>
        <translation>已於{when}報告（時限{date}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet reported: due by the end of {date}</source>
        <translation>尚未報告：須於{date}前報告</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a major complaint (over 50,000, a public figure, a sensitive topic or a reputational risk) is reported upward.</source>
        <translation>僅重大投訴（金額超過5萬元、涉及社會知名人士、熱點敏感話題或聲譽風險）需向上級報告。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register a complaint...</source>
        <translation>登記投訴…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print register...</source>
        <translation>列印登記簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer slip</source>
        <translation>投訴轉辦單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urging slip</source>
        <translation>投訴督辦單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result report</source>
        <translation>處理結果報告單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint report</source>
        <translation>重大投訴報告單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report upward...</source>
        <translation>向上級報告...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily check...</source>
        <translation>日常檢查...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases only</source>
        <translation>僅顯示未辦結</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases not closed or withdrawn; a replied case waits for a supervisor to close it</source>
        <translation>未辦結或未撤訴的投訴；已答覆的投訴須待主管辦結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>開始處理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record reply...</source>
        <translation>記錄答覆…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close...</source>
        <translation>結案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal...</source>
        <translation>撤訴…</translation>
    </message>
</context>
<context>
    <name>ComplaintsSection</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="+16"/>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>辦結時限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complaints</source>
        <translation>無投訴</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../widgets/profile/contact.py" line="+27"/>
        <source>Contact and household</source>
        <translation>聯絡方式與家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation, employer</source>
        <translation>職業、工作單位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} years</source>
        <translation>{age} 歲</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown to tellers</source>
        <translation>櫃員不可見</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No household members on file</source>
        <translation>無家庭成員紀錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown</source>
        <translation>不顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>未分配</translation>
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
        <location line="+5"/>
        <source>Something went wrong inside BranchDesk. What you were doing may not have been saved. Please tell the branch administrator; the details were written to:
{path}</source>
        <translation>分行客戶工作台內部發生錯誤，剛才的操作可能未儲存。請告知分行系統管理員；詳細資訊已寫入：
{path}</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../widgets/customer_edit_dialog.py" line="+212"/>
        <source>On file: {reason}</source>
        <translation>現有資料：{reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Born {date}, {gender} (from the ID number)</source>
        <translation>出生日期 {date}，{gender}（由證件號碼得出）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Someone else saved this customer after you opened it. They changed: {fields}. Your changes were not saved. Reload to see theirs; your other changes are kept.</source>
        <translation>您開啟後，其他人已儲存了該客戶的資料，修改了：{fields}。您的修改未儲存。請重新載入查看對方的修改；您對其他欄位的修改會保留。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit customer</source>
        <translation>修改客戶資料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, empty = long-term</source>
        <translation>YYYY-MM-DD，留空表示長期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 300000.00</source>
        <translation>如 300000.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../widgets/customers_screen.py" line="+116"/>
        <location line="+84"/>
        <source>Customer no.</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+75"/>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Mobile</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Tier</source>
        <translation>客戶層級</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found by</source>
        <translation>符合項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (yuan)</source>
        <translation>資產（元）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>End of ID number</source>
        <translation>證件號碼末碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of mobile</source>
        <translation>手機末碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account}</source>
        <translation>帳戶 {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Open a customer first: {search} finds one, Enter opens the selected result.</source>
        <translation>請先開啟一位客戶：按 {search} 搜尋，按 Enter 開啟所選結果。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Risk assessment saved: {grade} {label}, valid until {date}.</source>
        <translation>風險評估已儲存：{grade} {label}，有效期至 {date}。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to search for: type a name, pinyin, at least 4 digits of a number, or a customer number.</source>
        <translation>無可查詢內容：請輸入姓名、拼音、至少 4 位號碼數字或客戶號。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first {count} customers found are shown: type more to narrow the search.</source>
        <translation>僅顯示找到的前 {count} 位客戶：請繼續輸入以縮小範圍。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s) found: choose with the arrow keys and Enter, or double-click.</source>
        <translation>
            <numerusform>找到 %n 位客戶：用方向鍵選擇後按 Enter，或按兩下開啟。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a customer number, name, pinyin initials, mobile, the last digits of an ID number or an account number.</source>
        <translation>可輸入客戶號、姓名、拼音首字母、手機號碼、證件號碼後幾碼或帳號。</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>DailyCheckDialog</name>
    <message>
        <location filename="../../widgets/complaint_duty_dialogs.py" line="+56"/>
        <source>Daily complaint check</source>
        <translation>投訴日常檢查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record check</source>
        <translation>登記檢查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opinion book</source>
        <translation>意見簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online channels</source>
        <translation>網路渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet recorded: {days}</source>
        <translation>尚未登記：{days}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every working day of the last two weeks has its checks.</source>
        <translation>近兩週每個工作日均已登記檢查。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complaints found online: forward them within 2 working days</source>
        <translation>發現網路投訴：須在2個工作日內轉辦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day checked</source>
        <translation>檢查日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was checked</source>
        <translation>檢查範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>檢查情況</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what was checked and what was found (or that nothing new was).</source>
        <translation>請填寫檢查範圍和檢查情況（無新增亦須註明）。</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="+55"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>變更內容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change history</source>
        <translation>變更紀錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded</source>
        <translation>無變更紀錄</translation>
    </message>
</context>
<context>
    <name>HoldingsSection</name>
    <message>
        <location filename="../../widgets/profile/holdings.py" line="+39"/>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>帳戶</translation>
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
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Counter receipt for this account...</source>
        <translation>為此帳戶列印回單…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holdings</source>
        <translation>持有商品</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Holdings: %n maturing within 30 days</source>
        <translation>
            <numerusform>持有商品：%n 筆 30 天內到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdings are not shown to your role</source>
        <translation>您的崗位不顯示持有商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No holdings</source>
        <translation>無持有商品</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../widgets/home_screen.py" line="+94"/>
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
        <location line="+46"/>
        <source>Daily closing sheet {date}</source>
        <translation>日終簽章單 {date}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Balance (10k yuan)</source>
        <translation>餘額（萬元）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Exactly {amount} yuan</source>
        <translation>精確金額 {amount} 元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} (10k yuan)</source>
        <translation>{amount} 萬元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Good day, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing sheet...</source>
        <translation>日終簽章單...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s audit entries by kind and the last audit chain hash, to print and sign</source>
        <translation>今日稽核紀錄分類統計及稽核鏈末筆雜湊，供列印簽字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your customers</source>
        <translation>我的管戶客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole branch</source>
        <translation>全分行</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Assets under management (10k yuan)</source>
        <translation>管理資產（萬元）</translation>
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
    <name>IdentitySection</name>
    <message>
        <location filename="../../widgets/profile/identity.py" line="+30"/>
        <source>Identity and KYC</source>
        <translation>身分與盡職調查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender, age, life stage</source>
        <translation>性別、年齡、人生階段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>證件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil capacity</source>
        <translation>民事行為能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified investor</source>
        <translation>合格投資者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence</source>
        <translation>盡職調查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AML risk level</source>
        <translation>反洗錢風險等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>授權同意</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{stage}, 65+ (extra care)</source>
        <translation>{stage}，65 歲以上（特別關懷）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>long-term</source>
        <translation>長期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRED {date}</source>
        <translation>已於 {date} 過期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires {date}, within 30 days</source>
        <translation>{date} 到期，不足 30 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, until {date}</source>
        <translation>是，有效期至 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not shown to tellers</source>
        <translation>櫃員不可見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>未授權</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gender}, {age} years, {stage}</source>
        <translation>{gender}，{age} 歲，{stage}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+79"/>
        <source>%n new task(s) in your inbox</source>
        <translation>待辦新增 %n 筆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open inbox</source>
        <translation>開啟待辦</translation>
    </message>
    <message>
        <location filename="../../widgets/follow_up_actions.py" line="+38"/>
        <source>What did the customer object to?</source>
        <translation>客戶提出了什麼異議？</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../../widgets/inbox_controller.py" line="+52"/>
        <source>Mine and the supervisors&apos; queue</source>
        <translation>我的及主管待辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue only</source>
        <translation>僅主管待辦</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>顯示 %n 筆待辦</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} tasks shown</source>
        <translation>顯示 {shown} 筆（共 {total} 筆）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n urgent referral(s): the customer is waiting (on top, in bold).</source>
        <translation>
            <numerusform>%n 筆加急轉介：客戶正在等候（置頂、粗體）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n task(s) overdue (in red).</source>
        <translation>
            <numerusform>%n 筆待辦已逾時（紅色）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Referred {customer} to {manager}; contact due by {date}.</source>
        <translation>已將客戶 {customer} 轉介給 {manager}，須於 {date} 前聯繫。</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <location filename="../../widgets/inbox_screen.py" line="+89"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisors&apos; queue</source>
        <translation>主管待辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>來自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Mine and the supervisors&apos; queue</source>
        <translation>我的及主管待辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>全部人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue only</source>
        <translation>僅主管待辦</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Refer a customer...</source>
        <translation>轉介客戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>開啟客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>標記完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All kinds</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only mine</source>
        <translation>僅我的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the tasks assigned to you (not the queue or referrals you sent)</source>
        <translation>僅顯示分派給您的待辦（不含主管待辦及您發出的轉介）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals report</source>
        <translation>轉介報表</translation>
    </message>
</context>
<context>
    <name>InteractionsSection</name>
    <message>
        <location filename="../../widgets/profile/interactions.py" line="+37"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>聯繫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose, outcome</source>
        <translation>目的、結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary, next step</source>
        <translation>摘要、下一步</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{summary}
Next: {next_step}</source>
        <translation>{summary}
下一步：{next_step}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write what was discussed.</source>
        <translation>請填寫溝通內容。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Contacts</source>
        <translation>聯繫紀錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact...</source>
        <translation>記錄聯繫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What was discussed</source>
        <translation>溝通內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next, and when</source>
        <translation>下一步做什麼、何時做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts logged yet</source>
        <translation>尚無聯繫紀錄</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../widgets/lock_dialog.py" line="+56"/>
        <source>Station locked</source>
        <translation>工作站已鎖定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station was locked after a period without use. {name}, enter your password to continue.</source>
        <translation>工作站因長時間無操作已鎖定。{name}，請輸入密碼繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is locked. {name}, enter your password to continue.</source>
        <translation>工作站已鎖定。{name}，請輸入密碼繼續。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out</source>
        <translation>登出(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="+82"/>
        <source>BranchDesk - sign in</source>
        <translation>分行客戶工作台 - 登入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the database...</source>
        <translation>正在準備資料庫…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BranchDesk customer workstation</source>
        <translation>分行客戶工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login</source>
        <translation>登入名稱(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+45"/>
        <source>Work still running</source>
        <translation>仍有作業未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is still being saved or printed. Closing now may leave it unfinished.

Close anyway?</source>
        <translation>仍有內容正在儲存或列印，現在關閉可能導致其未完成。

仍要關閉嗎？</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>BranchDesk customer workstation</source>
        <translation>分行客戶工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find customer</source>
        <translation>搜尋客戶(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open selected customer</source>
        <translation>開啟所選客戶(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter &amp;receipt...</source>
        <translation>列印回單(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fer to a manager...</source>
        <translation>轉介給客戶經理(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;agreement...</source>
        <translation>產生契約(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommen&amp;dations</source>
        <translation>產品推薦(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to the screen list</source>
        <translation>跳至功能清單(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} ({role}) · {branch}</source>
        <translation>{name}（{role}）· {branch}</translation>
    </message>
</context>
<context>
    <name>MajorReportDialog</name>
    <message>
        <location filename="../../widgets/complaint_duty_dialogs.py" line="-78"/>
        <source>Report major complaint {number} upward</source>
        <translation>向上級報告重大投訴 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record report</source>
        <translation>登記報告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due by the end of {date}.</source>
        <translation>須於{date}前報告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The superior body, the regulator</source>
        <translation>上級管理部門、監管機構</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>報送對象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was reported</source>
        <translation>報告內容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say to whom it was reported and what was reported.</source>
        <translation>請填寫報送對象和報告內容。</translation>
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
        <location line="+4"/>
        <source>The file {path} is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>檔案 {path} 不是 UTF-8 編碼的文字。請在試算表中另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>This line has {found} values but the header names {expected} columns.</source>
        <translation>此行有 {found} 個值，但標題列出了 {expected} 個欄位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {count} problems were found. Correct the file and import it again.</source>
        <translation>未匯入任何資料：發現 {count} 處問題。請修正檔案後重新匯入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another station saved some of the same records during the import. Nothing was imported: try again.</source>
        <translation>匯入期間另一台工作站儲存了部分相同的紀錄。未匯入任何資料，請重試。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>The amount {value} is not a plain number such as 50000.00.</source>
        <translation>金額 {value} 不是 50000.00 這樣的一般數字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is neither true nor false.</source>
        <translation>{value} 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer number has only letters and digits, at most 20.</source>
        <translation>客戶編號只能包含字母和數字，最多 20 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number has only letters and digits, at most 32.</source>
        <translation>帳戶號碼只能包含字母和數字，最多 32 位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A nationality is a three-letter code such as CHN.</source>
        <translation>國籍須為三位字母代碼，例如 CHN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown ID type {value}: use RESIDENT_ID, PASSPORT, HK_MO_PERMIT, TW_PERMIT or FOREIGN_PR.</source>
        <translation>未知的證件類型 {value}：請使用 RESIDENT_ID、PASSPORT、HK_MO_PERMIT、TW_PERMIT 或 FOREIGN_PR。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown gender {value}: use M or F.</source>
        <translation>未知的性別 {value}：請使用 M（男）或 F（女）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown risk grade {value}: use C1 to C5, or leave it empty.</source>
        <translation>未知的風險等級 {value}：請使用 C1 至 C5，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../widgets/messages/questionnaire.py" line="+20"/>
        <source>Unknown assessment channel {value}: use branch or online.</source>
        <translation>未知的評估通路 {value}：請使用 branch（分行）或 online（線上）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown civil capacity {value}: use full, limited or none.</source>
        <translation>未知的民事行為能力 {value}：請使用 full（完全）、limited（限制）或 none（無）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is not in a valid format.</source>
        <translation>證件號碼格式不正確。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number contains an impossible birth date.</source>
        <translation>證件號碼中的出生日期不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number gives a birth date in the future ({day}).</source>
        <translation>證件號碼中的出生日期晚於今天（{day}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number starts with {region}, which is not a region code of China.</source>
        <translation>證件號碼前六位 {region} 不是有效的行政區劃代碼。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>The phone is not an 11-digit mainland mobile number.</source>
        <translation>電話不是 11 碼的中國大陸手機號碼。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An assessment date or channel is given without a risk grade.</source>
        <translation>填寫了評估日期或通路，但沒有風險等級。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil capacity {capacity} is impossible at age {age}.</source>
        <translation>{age} 歲的人不可能具有民事行為能力 {capacity}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maturity date is before the opening date.</source>
        <translation>到期日早於開戶日。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>There is no active staff account with login {login}.</source>
        <translation>沒有登錄名為 {login} 的使用中員工帳號。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ID number belongs to customer {customer_no}.</source>
        <translation>該證件號碼屬於客戶 {customer_no}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer {customer_no} exists with a different ID document, so the row cannot update it.</source>
        <translation>客戶 {customer_no} 已存在但證件不同，此行不能更新該客戶。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>This account already exists for product {product_code}.</source>
        <translation>該帳戶已存在，對應的產品是 {product_code}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID document expired on {value}: the customer is marked for re-identification.</source>
        <translation>證件已於 {value} 過期：該客戶已標記為需重新識別。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers imported: {created} new, {updated} updated, {unchanged} unchanged; {assessments} risk assessments added.</source>
        <translation>客戶匯入完成：新增 {created} 位，更新 {updated} 位，未變 {unchanged} 位；新增風險評估 {assessments} 筆。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdings imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>持有產品匯入完成：新增 {created} 筆，更新 {updated} 筆，未變 {unchanged} 筆。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} warnings (these rows were imported):</source>
        <translation>{count} 則警告（這些行已匯入）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason {reason} for showing full identifiers.</source>
        <translation>未知的檢視完整資料理由 {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason &quot;other&quot; needs a note saying why the full identifiers are shown.</source>
        <translation>選擇「其他」理由時，須註明檢視完整資料的原因。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>This account is locked after 5 wrong passwords. Ask the administrator to unlock it.</source>
        <translation>密碼連續輸錯 5 次，該帳號已被鎖定。請聯絡管理員解鎖。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>A login uses letters, digits, dots, dashes and underscores.</source>
        <translation>登錄名只能包含字母、數字、點、連字號和底線。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Sign in first: --user LOGIN --password-stdin (the password on the first line of input).</source>
        <translation>請先登入：--user 登入名 --password-stdin（密碼放在標準輸入的第一行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first account of a new branch must be an administrator.</source>
        <translation>新網點的第一個帳號必須是系統管理員。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be between {minimum} and {maximum} minutes.</source>
        <translation>閒置鎖屏時間須在 {minimum} 到 {maximum} 分鐘之間。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no sales qualification {family}; the qualifications are {known}.</source>
        <translation>沒有 {family} 這種銷售資格；可選資格：{known}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} still manages {customers} customers: reassign the book to a successor first.</source>
        <translation>{login} 仍管戶 {customers} 位客戶，請先將其客戶移交給接任者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account {login} is not locked.</source>
        <translation>帳號 {login} 未被鎖定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A request for {subject} is already waiting for approval (number {id}).</source>
        <translation>{subject} 已有待審批的申請（編號 {id}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {id} has already been decided ({status}).</source>
        <translation>申請 {id} 已處理（{status}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {id} must be decided by someone other than the person it concerns.</source>
        <translation>申請 {id} 須由申請人及當事人以外的人員審批。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for turning the request down.</source>
        <translation>請填寫駁回理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的帳號。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your own customer record: a colleague must serve you (no self-dealing).</source>
        <translation>這是您本人的客戶記錄：須由其他同事為您辦理（不得自辦業務）。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/storage.py" line="+10"/>
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
        <source>This station&apos;s database account is not allowed to do this, so nothing was saved. If BranchDesk was just updated, the branch administrator must first run branchdesk db upgrade with the owner&apos;s account.</source>
        <translation>本工作站的資料庫帳戶無權執行此操作，未儲存任何內容。如果 BranchDesk 剛剛升級，須由網點管理員先使用資料庫擁有者帳戶執行 branchdesk db upgrade。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station roles exist on PostgreSQL only; a SQLite file is protected by the folder&apos;s permissions.</source>
        <translation>工作站角色僅適用於 PostgreSQL；SQLite 檔案由其所在資料夾的權限保護。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the stations&apos; role as a plain name (letters, digits, underscore), e.g. branchdesk_station.</source>
        <translation>請以一般名稱（字母、數字、底線）指定工作站角色，例如 branchdesk_station。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no role {role}. Create it first as the database owner: CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>不存在角色 {role}。請先以資料庫擁有者身分建立：CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role {role} is a superuser (or bypasses row security): stations must not connect as it.</source>
        <translation>角色 {role} 是超級使用者（或可略過列層級安全）：工作站不得以該角色連線。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the schema&apos;s owner ({owner}) can grant the stations&apos; role: run this with the owner&apos;s URL.</source>
        <translation>只有該結構描述的擁有者（{owner}）才能為工作站角色授權：請使用擁有者的連線位址執行此命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role {role} owns the schema: stations must connect as another role.</source>
        <translation>角色 {role} 是該結構描述的擁有者：工作站必須以其他角色連線。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another station&apos;s work. Wait a moment and try again.</source>
        <translation>資料庫正在處理其他工作站的作業，請稍候再試。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is read-only, so nothing can be saved. Ask the administrator to give this station write access to the file.</source>
        <translation>資料庫檔案為唯讀，無法儲存任何內容。請聯絡管理員為本工作站開放該檔案的寫入權限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding the database is full. Nothing was saved. Free some space and try again.</source>
        <translation>資料庫所在的磁碟已滿，未儲存任何內容。請釋出一些空間後再試一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was updated by a newer version of BranchDesk. Install the newer version on this station; nothing was changed.</source>
        <translation>此資料庫已被較新版本的 BranchDesk 升級。請在本工作站安裝新版本；資料庫未做任何變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not set up for this version. Run `branchdesk db upgrade` first.</source>
        <translation>資料庫尚未針對此版本完成設定。請先執行 `branchdesk db upgrade`。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved this record after you opened it. Your change was not saved: reload to see theirs.</source>
        <translation>您開啟此紀錄後，已有其他人儲存了修改。您的變更未儲存：請重新載入以檢視對方的修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record no longer exists.</source>
        <translation>該紀錄已不存在。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog.py" line="+13"/>
        <source>The catalogue file has {count} problem(s); nothing was imported. Fix them and import again.</source>
        <translation>產品目錄檔案有 {count} 處問題，未匯入任何內容。請修改後重新匯入。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Product {product}: {field} is required.</source>
        <translation>產品 {product}：缺少必填欄位 {field}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be text, not {value}.</source>
        <translation>產品 {product}：{field} 必須是文字，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is longer than {value} characters.</source>
        <translation>產品 {product}：{field} 超過 {value} 個字元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: the code {value} may only use letters, digits, dots, dashes and underscores.</source>
        <translation>產品 {product}：代碼 {value} 只能使用字母、數字、點、連字號和底線。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>Product {product}: rate {value} is 100% or more; write rates as fractions (1.35% is &quot;0.0135&quot;).</source>
        <translation>產品 {product}：利率 {value} 達到或超過 100%；請按小數填寫（1.35% 寫作 &quot;0.0135&quot;）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>The database already has customers or staff; demo data is only made in an empty database.</source>
        <translation>資料庫中已有客戶或員工；示範資料只能在空資料庫中產生。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog_versions.py" line="+14"/>
        <source>Product {product} already has a change waiting for approval or scheduled; it must be approved, rejected or take effect first.</source>
        <translation>產品 {product} 已有待覆核或待生效的變更，須先核准、駁回或待其生效。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>A change must be approved or rejected by a different supervisor from the one who proposed it.</source>
        <translation>變更須由申請人以外的另一位主管核准或駁回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change to product {product} is no longer waiting for a decision.</source>
        <translation>產品 {product} 的這項變更已不在待覆核狀態。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product} changed after this proposal was made; reject it and propose the change again.</source>
        <translation>產品 {product} 在此申請提出後已被修改，請駁回後重新提交變更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for rejecting the change.</source>
        <translation>請填寫駁回理由。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/questionnaire.py" line="-6"/>
        <source>The answers are for questionnaire version {value}, which is not the one in use. Start the risk assessment again.</source>
        <translation>這些答案屬於問卷版本 {value}，不是目前使用的版本。請重新開始風險評估。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This questionnaire version is in use from {effective_from} only.</source>
        <translation>本問卷版本自 {effective_from} 起才能使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} answer(s) are missing or unknown. The customer must answer every question personally.</source>
        <translation>有 {count} 個答案缺漏或無法識別。每道題都須由客戶本人作答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {where} is not answered.</source>
        <translation>第 {where} 題未作答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} is not a question of this questionnaire.</source>
        <translation>{where} 不是本問卷的題目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {where} has no option {value}.</source>
        <translation>題目 {where} 沒有選項 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>Questionnaire file, {where}: {field} {value} may only use lower-case letters, digits and underscores.</source>
        <translation>問卷檔案，{where}：{field} {value} 只能使用小寫字母、數字和底線。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../widgets/messages/suitability.py" line="+28"/>
        <source>The customer&apos;s identity check is not complete (status {kyc_status}). Complete the identity verification before any sale.</source>
        <translation>客戶身分核實尚未完成（狀態 {kyc_status}）。請先完成身分核實，再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s ID document expired on {id_expiry}. Record a valid ID document before any sale.</source>
        <translation>客戶證件已於 {id_expiry} 過期。請先登記有效證件，再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enhanced due diligence for this customer is still open. Finish it (source and use of funds) before any sale.</source>
        <translation>該客戶的加強盡職調查尚未完成。請先完成（資金來源和用途），再辦理任何銷售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer cannot decide on this alone. Stop the sale and arrange a follow-up with the person who decides.</source>
        <translation>客戶無法獨自作出決定。請停止銷售，並與有決定權的人另約跟進。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no civil capacity: investment products cannot be sold to them.</source>
        <translation>客戶無行為能力：不得向其銷售投資類產品。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
        <source>The customer is {age}; this product is for customers aged up to {age_max}. Choose another product.</source>
        <translation>客戶 {age} 歲；本產品適用於 {age_max} 歲及以下的客戶。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
        <source>This product is not on sale on this day. Choose another product.</source>
        <translation>本產品當天不在銷售期間內。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product is switched off in the catalogue. Choose another product.</source>
        <translation>本產品已在產品目錄中停用。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has not given separate consent to share their data with the issuer: record it first.</source>
        <translation>客戶尚未單獨同意向發行方提供其個人資料，請先辦理同意登記。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has not given separate consent to the processing of sensitive data: record it first.</source>
        <translation>客戶尚未單獨同意處理其敏感個人資料，請先辦理同意登記。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {role} may not sell {family} products: refer the customer to a customer manager.</source>
        <translation>{role}不能銷售{family}類產品，請將客戶轉介給客戶經理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You hold no valid {family} sales qualification: refer the customer to a qualified colleague.</source>
        <translation>您沒有有效的{family}銷售資格，請將客戶轉介給有資格的同事。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This product is only for {tiers} customers; the customer is a {tier} customer. Choose another product.</source>
        <translation>本產品僅限{tiers}辦理；該客戶為{tier}。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer already holds this product, which allows only one per customer. Choose another product.</source>
        <translation>客戶已持有該產品，該產品每位客戶限持一份。請選擇其他產品。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+7"/>
        <source>{amount} yuan is below the {minimum} yuan a notice deposit must keep: it could never be withdrawn from. Raise the amount.</source>
        <translation>{amount} 元低於通知存款須保留的 {minimum} 元，存入後將無法提領。請提高金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} yuan a month for {months} months is {principal} yuan of principal, above the education savings cap of {maximum} yuan. Lower the monthly amount or choose a shorter term.</source>
        <translation>每月 {amount} 元、共 {months} 個月，本金合計 {principal} 元，超過教育儲蓄本金上限 {maximum} 元。請降低每月金額或選擇較短存期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is below the minimum of {minimum} yuan. Raise the amount.</source>
        <translation>{amount} 元低於起購金額 {minimum} 元。請提高金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is above the maximum of {maximum} yuan. Lower the amount.</source>
        <translation>{amount} 元高於上限 {maximum} 元。請降低金額。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+4"/>
        <source>Unknown sales channel {value}: use branch, online or self_service.</source>
        <translation>未知的銷售通路 {value}：請使用 branch（分行）、online（線上）或 self_service（自助）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount must be more than zero, not {value}.</source>
        <translation>金額必須大於零，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue entry of product {product} cannot be read by this version. Import the catalogue again.</source>
        <translation>本版本無法讀取產品 {product} 的目錄條目。請重新匯入產品目錄。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Stop the pitch and schedule a follow-up with the person who decides.</source>
        <translation>停止推介，並與有決定權的人另約跟進。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Give the special care for senior customers and acknowledge it.</source>
        <translation>對高齡客戶落實特別關懷並確認。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer take the risk assessment.</source>
        <translation>請客戶完成風險評估。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer take the risk assessment again.</source>
        <translation>請客戶重新進行風險評估。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Assess the customer once the 12-month limit allows it again.</source>
        <translation>待 12 個月次數限制允許時再為客戶評估。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/agreements.py" line="+9"/>
        <source>The sale is refused by the suitability rules ({codes}); no agreement was issued.</source>
        <translation>適合度規則不允許本次銷售（{codes}），未產生契約。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These warnings must be acknowledged before the agreement is issued: {warnings}.</source>
        <translation>產生契約前須確認以下提示：{warnings}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} cannot be acknowledged; acknowledge one of: {allowed}.</source>
        <translation>無法確認 {value}；可確認的提示為：{allowed}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product {product} has no service agreement to print.</source>
        <translation>產品 {product} 沒有需要列印的服務契約。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreement template of its own kind for {product} ({family}; template named: {template}): nothing was printed. The catalogue entry must name a template written for this kind of product.</source>
        <translation>產品 {product}（{family}；所指定範本：{template}）沒有適用於本類產品的契約範本，未列印任何文件。請在產品目錄中為該產品指定本類產品專用的契約範本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a term: {offered}.</source>
        <translation>請選擇期限：{offered}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term {term} is not offered; the product offers {offered}.</source>
        <translation>不提供期限 {term}；本產品可選期限為 {offered}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{term} is not a term written like 3M, 1Y or 182D.</source>
        <translation>{term} 不是有效的期限寫法（例如 3M、1Y、182D）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settlement account must be 4 to 32 letters or digits.</source>
        <translation>結算帳戶須為 4 至 32 位字母或數字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settlement account is not an open demand account or debit card of this customer.</source>
        <translation>該結算帳戶不是此客戶名下正常狀態的活期帳戶或簽帳金融卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each detail as LABEL=VALUE (label up to 20 characters, value up to 200).</source>
        <translation>每個附加項請寫成 項目=內容（項目最多 20 個字，內容最多 200 個字）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agreement with number {number}.</source>
        <translation>沒有編號為 {number} 的契約。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} was archived without its document data and cannot be reprinted.</source>
        <translation>契約 {number} 歸檔時未保存文件資料，無法補印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for voiding (at least {minimum} characters).</source>
        <translation>請填寫作廢原因（至少 {minimum} 個字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+33"/>
        <source>The reason is too long (at most {maximum} characters).</source>
        <translation>原因過長（最多 {maximum} 個字）。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Agreement {number} is already void.</source>
        <translation>契約 {number} 已作廢。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of agreement {number} needs a supervisor&apos;s approval first.</source>
        <translation>補打協議 {number} 須先經主管批准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement {number} is void.</source>
        <translation>契約 {number} 已作廢。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You issued agreement {number}: a different person must approve voiding it.</source>
        <translation>契約 {number} 由您出具：作廢須由其他人員核准。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You issued agreement {number}: a different person must review it (the preparer never checks their own document).</source>
        <translation>契約 {number} 由您產生，須由他人複核（製單人不得複核本人產生的單據）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has already been reviewed and is effective.</source>
        <translation>契約 {number} 已複核並已生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement {number} was returned to its issuer and will not take effect; it can only be voided.</source>
        <translation>契約 {number} 已退回產生人，不會生效，只能作廢。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} was changed at another station during the review; nothing was saved.</source>
        <translation>複核期間契約 {number} 已在其他終端被處理，本次未儲存任何內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has not been reviewed yet, so it has no reviewed copy.</source>
        <translation>契約 {number} 尚未複核，沒有複核件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is given only when the agreement is returned (--return).</source>
        <translation>只有退回契約時才填寫原因（--return）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has already been cancelled within its cooling-off period.</source>
        <translation>契約 {number} 已在冷靜期內撤銷。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement {number} is not effective yet (waiting for review): nothing was debited, so it is voided, not cancelled with a refund.</source>
        <translation>契約 {number} 尚未生效（待複核），未扣款，應作廢處理，而非冷靜期撤銷退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product of agreement {number} has no cooling-off period.</source>
        <translation>契約 {number} 的產品不設冷靜期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cooling-off period of agreement {number} ended at {ended_at}; it can no longer be cancelled with a full refund. Nothing was recorded.</source>
        <translation>契約 {number} 的冷靜期已於 {ended_at} 屆滿，不能再申請撤銷並全額退款。未作任何記錄。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement {number} names no settlement account: give the account the refund is paid to.</source>
        <translation>契約 {number} 未載明結算帳戶，請填寫退款帳戶。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement {number} has not been cancelled.</source>
        <translation>契約 {number} 未撤銷。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a call outcome; use one of: {allowed}.</source>
        <translation>{value} 不是回訪結果，請使用：{allowed}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down what the customer objected to.</source>
        <translation>請記錄客戶提出的異議。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {id} is a follow-up call: record the call&apos;s outcome instead of marking it done.</source>
        <translation>任務 {id} 是回訪任務，請記錄回訪結果，而不是直接標記完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up call is waiting for agreement {number}.</source>
        <translation>契約 {number} 沒有待辦的回訪。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sold agreement {number}: the follow-up call is made by someone else.</source>
        <translation>契約 {number} 由您銷售，回訪須由他人進行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cooling-off period of agreement {number} runs until {not_before}; the customer is not called about the product before then.</source>
        <translation>契約 {number} 的冷靜期至 {not_before} 屆滿，屆滿前不得就該產品聯繫客戶。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for returning the agreement (at least {minimum} characters).</source>
        <translation>請填寫退回原因（至少 {minimum} 個字）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement {number} already has its signed scan; a scan is never replaced.</source>
        <translation>契約 {number} 已附簽署掃描檔；掃描檔不可替換。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan file is empty.</source>
        <translation>掃描檔案為空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is larger than {maximum_mb} MB.</source>
        <translation>掃描檔超過 {maximum_mb} MB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read.</source>
        <translation>無法讀取檔案 {file}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be written.</source>
        <translation>無法寫入檔案 {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this station&apos;s terminal id (letters and digits, at most 12) or give --station.</source>
        <translation>請設定本機終端代號（字母和數字，最多 12 位），或使用 --station 指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the service on the receipt (at most {maximum} characters).</source>
        <translation>請填寫回單上的業務名稱（最多 {maximum} 個字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a valid {field}: a positive amount in yuan and fen.</source>
        <translation>{value} 不是有效的 {field}：須為以元、分計的正數金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authoriser must be someone other than the teller ({login}).</source>
        <translation>授權人不能是經辦櫃員本人（{login}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account number must be 4 to 32 letters or digits.</source>
        <translation>帳號須為 4 至 32 位字母或數字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the balance left after the withdrawal from notice deposit {product}.</source>
        <translation>請填寫通知存款 {product} 提領後的餘額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The balance left after the withdrawal ({balance} yuan) cannot be negative.</source>
        <translation>提領後餘額（{balance} 元）不能為負數。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A withdrawal from notice deposit {product} is at least {minimum} yuan ({amount} yuan asked), unless it takes the whole balance.</source>
        <translation>通知存款 {product} 每次提領不得少於 {minimum} 元（本次 {amount} 元），全部提領除外。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{balance} yuan would remain in notice deposit {product}, below its minimum of {minimum} yuan: withdraw everything or convert it to a demand deposit.</source>
        <translation>提領後通知存款 {product} 餘額為 {balance} 元，低於最低留存 {minimum} 元：請全部提領或轉為活期存款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice deposit {product} needs {days} day(s) of notice (earliest withdrawal on the notice given: {date}). Without it the amount earns the demand rate: record that the customer accepts this.</source>
        <translation>通知存款 {product} 須提前 {days} 天通知（按已通知日期最早可提領日：{date}）。未按約定通知的，提領金額按活期利率計息：請記錄客戶同意按活期計息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account {account} is not one of this customer&apos;s accounts: choose it from the list.</source>
        <translation>帳戶 {account} 不是該客戶的帳戶，請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a copy: customer or bank.</source>
        <translation>{value} 不是回單聯別：應為 customer（客戶聯）或 bank（銀行聯）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no receipt with number {number}.</source>
        <translation>沒有編號為 {number} 的回單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {number} was archived without its document data and cannot be reprinted.</source>
        <translation>回單 {number} 歸檔時未保存文件資料，無法補印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character {char} ({codepoint}) is in none of the bundled fonts, so the document was not issued.</source>
        <translation>字元 {char}（{codepoint}）不在隨附的任何字型中，因此未產生該文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document template {file} is not valid ({key}: {problem}).</source>
        <translation>文件範本 {file} 無效（{key}：{problem}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document needs template {expected} but {given} was given.</source>
        <translation>該文件需要範本 {expected}，但提供的是 {given}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template {template} is for a {kind}, not for this document.</source>
        <translation>範本 {template} 用於 {kind}，不適用於本文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown paper {paper}; use one of {allowed}.</source>
        <translation>未知紙張 {paper}；請使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The original of agreement {number} was delivered and may not be printed again; print a copy (副本) instead.</source>
        <translation>協議 {number} 的正本已交付，不得再次列印正本；請改為列印副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archived original of agreement {number} is not the one the audit trail recorded at issue; nothing was printed. Report it to the branch head.</source>
        <translation>協議 {number} 歸檔的正本與簽發時稽核紀錄中的不一致；未列印任何內容。請報告網點負責人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail does not fit at entry {seq} ({problem}): the record was altered. Nothing was printed; report it to the branch head and run branchdesk audit verify.</source>
        <translation>稽核鏈在第 {seq} 筆紀錄處不符（{problem}）：紀錄已遭竄改。未列印任何內容；請報告網點負責人並執行 branchdesk audit verify。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/complaints.py" line="+9"/>
        <source>Complaint {number} is not a major complaint: there is nothing to report upward.</source>
        <translation>投訴 {number} 不是重大投訴，無需向上級報告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} has not been reported upward yet: record the report first.</source>
        <translation>投訴 {number} 尚未向上級報告，請先登記報告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say to whom the major complaint was reported (the superior body, the regulator).</source>
        <translation>請填寫重大投訴的報送對象（上級管理部門、監管機構）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what was reported upward.</source>
        <translation>請填寫向上級報告的內容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is too long: at most {maximum} characters.</source>
        <translation>內容過長：最多 {maximum} 個字元。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown daily check {value}: use opinion_book or online.</source>
        <translation>未知的日常檢查 {value}：請使用 opinion_book（意見簿）或 online（網路渠道）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what was checked.</source>
        <translation>請填寫檢查範圍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what the check found (or that nothing new was found).</source>
        <translation>請填寫檢查情況（無新增亦須註明）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check date {value} has not come yet.</source>
        <translation>檢查日期 {value} 尚未到來。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {check} check of {date} is already on record.</source>
        <translation>{date}的{check}檢查已登記。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no complaint {number}.</source>
        <translation>沒有編號為 {number} 的投訴。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown complaint channel {value}: use phone, opinion_book, online, walk_in, letter, media, superior or government.</source>
        <translation>未知的投訴渠道 {value}：請使用 phone（電話）、opinion_book（意見簿）、online（網路）、walk_in（臨櫃）、letter（信件）、media（媒體）、superior（上級轉辦）或 government（政府轉辦）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown complaint category {value}: use error, attitude, internal_management, product, channel, violation, crime or anonymous.</source>
        <translation>未知的投訴類別 {value}：請使用 error（工作失誤）、attitude（服務態度）、internal_management（內部管理）、product（服務產品）、channel（服務渠道）、violation（違規操作）、crime（金融犯罪）或 anonymous（匿名投訴）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active staff account {login}.</source>
        <translation>沒有有效的員工帳號 {login}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time received ({value}) is in the future.</source>
        <translation>受理時間（{value}）晚於現在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} is negative.</source>
        <translation>金額 {value} 為負數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what the customer complains about.</source>
        <translation>請填寫客戶投訴的內容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the reply given to the customer.</source>
        <translation>請填寫給客戶的答覆。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A complaint that is {status} cannot be moved to {step}.</source>
        <translation>處於 {status} 狀態的投訴不能轉為 {step}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff member complained about cannot handle the complaint. Choose someone else.</source>
        <translation>被投訴人不得處理該投訴，請另選經辦人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} is handled by someone else; only its handler can do this.</source>
        <translation>投訴 {number} 由他人經辦，只有經辦人可以執行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number} cannot be closed yet:</source>
        <translation>投訴 {number} 尚不能結案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the leader&apos;s instruction is missing</source>
        <translation>缺少主管批示意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cause and findings are missing</source>
        <translation>缺少投訴原因及查核情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disposition of the responsible persons is missing</source>
        <translation>缺少對責任人的處理意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the corrective measures are missing</source>
        <translation>缺少改善措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer&apos;s satisfaction is missing</source>
        <translation>缺少客戶滿意度評價</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply was late: give the reason the deadline was missed</source>
        <translation>答覆已逾時：請說明逾時原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason the customer withdraws.</source>
        <translation>請填寫客戶撤訴的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A withdrawal is accepted only when the customer withdraws voluntarily. A withdrawal under pressure is a matter for the inspection office.</source>
        <translation>僅在客戶自願的情況下方可撤訴。如客戶係被迫撤訴，須移交稽核部門處理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown complaint document {value}: use {allowed}.</source>
        <translation>未知的投訴單據 {value}：請使用 {allowed}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The complaint document {kind} cannot be printed on this form.</source>
        <translation>投訴單據 {kind} 不能使用此格式列印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} was withdrawn: there is no transfer slip to print.</source>
        <translation>投訴 {number} 已撤訴，無轉辦單可列印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} has no handler yet: assign it before printing the transfer slip.</source>
        <translation>投訴 {number} 尚未分派經辦人：請先分派，再列印轉辦單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is {status}: an urging slip is only for a complaint not yet answered.</source>
        <translation>投訴 {number} 目前狀態為 {status}：督辦單僅適用於尚未答覆的投訴。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} has no computed deadline (it is set by hand): print no urging slip for it.</source>
        <translation>投訴 {number} 沒有系統計算的處理時限（由人工確定），不能列印督辦單。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is not near its deadline ({deadline}): an urging slip can be printed from {date}.</source>
        <translation>投訴 {number} 尚未臨近處理時限（{deadline}）：自 {date} 起可列印督辦單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The urging text is longer than {maximum} characters.</source>
        <translation>督辦意見超過 {maximum} 個字元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is {status}: the result report is printed once the customer has been answered.</source>
        <translation>投訴 {number} 目前狀態為 {status}：須在答覆客戶後方可列印處理結果報告單。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>起始日期（{first}）晚於結束日期（{last}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A register covers at most {maximum} days: choose a shorter period.</source>
        <translation>登記簿最多涵蓋 {maximum} 天，請縮短期間。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/profile.py" line="+6"/>
        <source>The email address is not valid (name@example.com).</source>
        <translation>電子郵件格式不正確（如 name@example.com）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the values offered for {field}.</source>
        <translation>請為 {field} 選擇所列的值之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field {field} cannot be changed here.</source>
        <translation>此處不能修改欄位 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose} is not a consent purpose.</source>
        <translation>{purpose} 不是有效的授權用途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} is not a way of giving consent: use branch, online or phone.</source>
        <translation>{channel} 不是有效的同意管道，請使用 branch（櫃面）、online（線上）或 phone（電話）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A consent cannot be dated in the future ({day}).</source>
        <translation>同意日期不能晚於今天（{day}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no {purpose} consent on file to withdraw.</source>
        <translation>沒有可撤回的{purpose}同意紀錄。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has no ID document on file to change.</source>
        <translation>該客戶沒有可修改的證件紀錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That person is not an active customer manager, so the customer cannot be given to them.</source>
        <translation>該員工不是在職的客戶經理，不能將客戶移交給他。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what was discussed.</source>
        <translation>請填寫溝通內容。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/recommend.py" line="+25"/>
        <source>A safe choice while no valid risk assessment is on file.</source>
        <translation>客戶尚無有效風險評估，此為穩妥之選。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a young customer (18 to 34).</source>
        <translation>適合青年客戶（18 至 34 歲）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a customer in middle age (35 to 59).</source>
        <translation>適合中年客戶（35 至 59 歲）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a senior customer (60 or older).</source>
        <translation>適合年長客戶（60 歲及以上）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a customer under 18.</source>
        <translation>適合未滿 18 歲的客戶。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A standard combination for the customer&apos;s income band.</source>
        <translation>適合客戶收入級距的標準組合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tailored combination for a middle-to-high income.</source>
        <translation>為中高收入客戶量身訂製的組合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the customer manager&apos;s one-to-one plan (very high income).</source>
        <translation>納入客戶經理的一對一方案（超高收入）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has nothing in {family} yet, part of the basic set every customer should have.</source>
        <translation>客戶尚無{family}類產品，這是每位客戶應有的基礎配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer has {held_family} but nothing in {missing_family}.</source>
        <translation>客戶已有{held_family}，但沒有{missing_family}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completes a bundle the customer partly holds; missing: {missing}.</source>
        <translation>補齊客戶已部分持有的套餐；尚缺：{missing}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{amount} yuan arrived on {opened_on}: offer to invest it.</source>
        <translation>{opened_on} 有 {amount} 元資金流入：可建議客戶進行配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk assessment expires on {valid_until}: reassess at this visit.</source>
        <translation>風險評估將於 {valid_until} 到期：請在本次到訪時重新評估。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share}% of similar customers at this branch ({tier}, aged {ages}) hold it.</source>
        <translation>本分行同類客戶（{tier}、{ages} 歲）中 {share}% 持有。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s ID document expires on {id_expiry}: ask for the new one at this visit.</source>
        <translation>客戶證件將於 {id_expiry} 到期：請在本次到訪時請客戶更新證件。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Risk type {grade_name} ({grade}): this {level} product is within what the customer may buy.</source>
        <translation>風險類型{grade_name}（{grade}）：本產品風險等級 {level}，在客戶可購買的範圍內。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserved for {tier} customers: a one-to-one offer.</source>
        <translation>專供{tier}：一對一服務。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is {gap} yuan short of the {next_tier} tier: this helps them move up.</source>
        <translation>客戶距{next_tier}還差 {gap} 元（臨界區間）：此產品有助於升級。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{product_name} of {amount} yuan matures on {maturity_on}: money to place again.</source>
        <translation>{maturity_on} 到期的{product_name} {amount} 元：到期資金待重新配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan in cash-like balances; {investable} yuan beyond what stays at hand.</source>
        <translation>活期及現金類餘額 {amount} 元，其中 {investable} 元超出日常備用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A child of {age} in the household: it can be opened in the child&apos;s name.</source>
        <translation>家中子女 {age} 歲：可以子女名義開立。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer already has {product_name}.</source>
        <translation>客戶已持有{product_name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted on {on}: not offered again before {until}.</source>
        <translation>客戶已於 {on} 接受：{until} 前不再推薦。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined on {on}: offered again from {until}.</source>
        <translation>客戶已於 {on} 拒絕：{until} 起可再推薦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs at least {minimum} yuan; the customer has {available} yuan in cash and maturing money.</source>
        <translation>起購金額 {minimum} 元；客戶活期及即將到期資金共 {available} 元。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already holds the maximum of {maximum} yuan.</source>
        <translation>客戶已達本產品上限 {maximum} 元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gap} yuan more in assets lifts the customer to the {next_tier} tier, where this is offered.</source>
        <translation>客戶資產再增加 {gap} 元即升為{next_tier}，屆時可辦理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No risk assessment on file: do the risk assessment first ({products} products wait for it).</source>
        <translation>客戶尚無風險評估：請先做風險評估（{products} 個產品待評估後可推薦）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The risk assessment of {assessed_on} has expired: do the risk assessment first ({products} products wait for it).</source>
        <translation>{assessed_on} 的風險評估已過期：請先做風險評估（{products} 個產品待評估後可推薦）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing about this customer calls for it today.</source>
        <translation>目前沒有發現客戶對此產品的需求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍後再議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>不感興趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money available now</source>
        <translation>暫無可用資金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return too low</source>
        <translation>收益太低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too risky for the customer</source>
        <translation>客戶認為風險太高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already has something similar</source>
        <translation>已有類似產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers another bank</source>
        <translation>更傾向於其他銀行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up the offer of {product}</source>
        <translation>跟進 {product} 的推薦</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recommendation weights file has {count} problems (first: {first}). Correct the file.</source>
        <translation>產品推薦權重檔案有 {count} 處問題（第一處：{first}）。請修改該檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown answer {value}: use accepted, declined or later.</source>
        <translation>未知的客戶答覆 {value}：請使用 accepted、declined 或 later。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A declined offer needs a reason from the list.</source>
        <translation>客戶拒絕時，須從清單中選擇原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown reason {value} for a declined offer. Choose one from the list.</source>
        <translation>未知的拒絕原因 {value}。請從清單中選擇。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown breakdown {value}: use product, staff, reason or decline_reason.</source>
        <translation>未知的統計維度 {value}：請使用 product、staff、reason 或 decline_reason。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID document expires soon: ask for the new one.</source>
        <translation>證件即將到期：請客戶更新證件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk assessment expires soon: reassess.</source>
        <translation>風險評估即將到期：請重新評估。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by the sales rules ({count})</source>
        <translation>不符合銷售規則（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered after a valid risk assessment ({count})</source>
        <translation>完成有效風險測評後可推薦（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already held ({count})</source>
        <translation>客戶已持有（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered recently, resting ({count})</source>
        <translation>近期已答覆，暫不推薦（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need seen now ({count})</source>
        <translation>暫未發現需求或資金不足（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {value}: the file name must end in .xlsx or .csv.</source>
        <translation>無法寫入 {value}：檔案名稱須以 .xlsx 或 .csv 結尾。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/workqueue.py" line="+9"/>
        <source>Unknown referral reason {value}: use large_balance, stated_need, rising_star, maturity, premium or other.</source>
        <translation>未知的轉介原因 {value}：請使用 large_balance、stated_need、rising_star、maturity、premium 或 other。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown urgency {value}: use normal or urgent.</source>
        <translation>未知的緊急程度 {value}：請使用 normal 或 urgent。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown outcome {value}: use contacted, converted, not_interested or later.</source>
        <translation>未知的結果 {value}：請使用 contacted、converted、not_interested 或 later。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/agreements.py" line="-104"/>
        <location filename="../../widgets/messages/workqueue.py" line="+3"/>
        <source>The note is too long (at most {maximum} characters).</source>
        <translation>備註過長（最多 {maximum} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/workqueue.py" line="+3"/>
        <source>Customer {customer_no} has no customer manager: choose whom to refer them to.</source>
        <translation>客戶 {customer_no} 沒有管戶客戶經理，請選擇轉介對象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} is not a customer manager: referrals go to customer managers or supervisors.</source>
        <translation>{login} 不是客戶經理：只能轉介給客戶經理或主管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot refer a customer to yourself.</source>
        <translation>不能將客戶轉介給自己。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer {customer_no} already has an open referral to {manager}.</source>
        <translation>客戶 {customer_no} 已有一筆轉介給 {manager} 的未完成轉介。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no referral {id}.</source>
        <translation>沒有編號為 {id} 的轉介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral {id} is for another manager; only they or a supervisor can record its outcome.</source>
        <translation>轉介 {id} 屬於其他客戶經理，只有其本人或主管可以登記結果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral {id} is already closed.</source>
        <translation>轉介 {id} 已結束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no task {id}.</source>
        <translation>沒有編號為 {id} 的待辦。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {id} is a referral: record its outcome instead of marking it done.</source>
        <translation>待辦 {id} 是轉介，請登記結果，而不是直接標記完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} belongs to someone else.</source>
        <translation>待辦 {id} 屬於其他人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} is already done.</source>
        <translation>待辦 {id} 已完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts on {first}, after its end on {last}: choose the dates again.</source>
        <translation>期間開始日 {first} 晚於結束日 {last}，請重新選擇日期。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/performance.py" line="+11"/>
        <source>Administrators have no performance figures: sign in as branch staff to see them.</source>
        <translation>系統管理員沒有業績資料：請以網點員工身分登入查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can only see your own figures; a supervisor sees everyone&apos;s.</source>
        <translation>您只能查看本人的業績；主管可查看所有人的業績。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown period {value}: use day, week, xun, month, quarter or year.</source>
        <translation>未知的期間 {value}：請使用 day（日）、week（週）、xun（旬）、month（月）、quarter（季）或 year（年）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>期間的結束日（{last}）早於開始日（{first}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period begins on {first}, which is still to come: there are no figures yet.</source>
        <translation>期間從 {first} 開始，尚未到來：還沒有資料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period typed by hand needs both its first day (--from) and its last day (--to).</source>
        <translation>自訂期間需要同時給出開始日（--from）和結束日（--to）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either a day (--day) or a period (--from and --to), not both.</source>
        <translation>請給出某一天（--day）或一個期間（--from 和 --to），不能同時給出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tier {value}: use T0, T1, T2, T3, T4 or T5.</source>
        <translation>未知的客戶層級 {value}：請使用 T0、T1、T2、T3、T4 或 T5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown figure {value}: use {allowed}.</source>
        <translation>未知的指標 {value}：請使用 {allowed}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown plan metric {value}: use deposit_growth, new_customers, wealth_sales, fund_sales, insurance_sales, gold_sales, agreements or referrals_converted.</source>
        <translation>未知的計劃指標 {value}：請使用 deposit_growth（存款淨增）、new_customers（新增客戶）、wealth_sales（理財銷售）、fund_sales（基金銷售）、insurance_sales（保險銷售）、gold_sales（貴金屬銷售）、agreements（協議簽約）或 referrals_converted（轉介成功）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} is not an amount in yuan with at most two decimals.</source>
        <translation>目標值 {value} 不是以元為單位、最多兩位小數的金額。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} must be above zero and below a trillion.</source>
        <translation>目標值 {value} 必須大於零且小於一兆。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} counts customers or documents: enter a whole number.</source>
        <translation>目標值 {value} 是客戶數或筆數：請輸入整數。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor or the branch head can set or delete sales plans.</source>
        <translation>只有主管或網點負責人可以設定或刪除銷售計劃。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no sales plan {id}.</source>
        <translation>不存在編號為 {id} 的銷售計劃。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/calendar.py" line="+8"/>
        <location line="+3"/>
        <source>Line {line}: the file must start with the header {expected}.</source>
        <translation>第 {line} 行：檔案須以表頭 {expected} 開始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: expected {expected} columns.</source>
        <translation>第 {line} 行：應有 {expected} 欄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: {value} is not a date (write YYYY-MM-DD).</source>
        <translation>第 {line} 行：{value} 不是日期（請寫作 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the kind {value} is unknown (write holiday or workday).</source>
        <translation>第 {line} 行：類型 {value} 無法識別（請寫 holiday 節假日或 workday 調休上班日）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the kind {value} is unknown (write holiday or makeup_workday).</source>
        <translation>第 {line} 行：類型 {value} 無法識別（請寫 holiday 或 makeup_workday）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: the {field} is missing.</source>
        <translation>第 {line} 行：缺少 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: {day} appears twice.</source>
        <translation>第 {line} 行：{day} 重複出現。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {line}: {day} is a weekday; a make-up workday (workday) is a Saturday or Sunday worked in lieu.</source>
        <translation>第 {line} 行：{day} 是平日，調休上班日（workday）只能是週六或週日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar file holds no days.</source>
        <translation>日曆檔案中沒有任何日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar file {file} cannot be read as UTF-8 text.</source>
        <translation>無法以 UTF-8 文字讀取日曆檔案 {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is both a holiday and a make-up workday in the calendar.</source>
        <translation>日曆中 {day} 既是節假日又是調休上班日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of working days ({value}) is negative.</source>
        <translation>工作日天數（{value}）為負數。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/tiers.py" line="+8"/>
        <source>Say why the tier is held by hand (the reason is kept with the change).</source>
        <translation>請填寫人工調整層級的原因（原因將隨變更紀錄保存）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The override would end on {value}, which has passed: choose a later date.</source>
        <translation>調整截止日 {value} 已過，請選擇更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/security.py" line="+10"/>
        <source>{field} contains an invisible control or direction character ({character}, character {position}). Retype the text without it; such characters can hide or reverse what is printed.</source>
        <translation>{field} 含有不可見的控制字元或文字方向字元（{character}，第 {position} 個字元）。請刪除後重新輸入；這類字元可能隱藏或顛倒列印出的內容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invisible control or direction character ({character}, character {position}); fix the file and import it again</source>
        <translation>含有不可見的控制字元或文字方向字元（{character}，第 {position} 個字元）；請修改檔案後重新匯入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too large to be a catalogue or questionnaire file (over 2 MB).</source>
        <translation>檔案過大（超過 2 MB），不是產品目錄或問卷檔案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file nests lists and fields too deeply (near line {value}); it is not a file we read.</source>
        <translation>檔案中的清單和欄位巢狀層級過深（約第 {value} 行），無法讀取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s aliases (*name) would expand into millions of values (near line {value}); it was refused before reading.</source>
        <translation>檔案中的別名（*名稱）展開後將達數百萬個值（約第 {value} 行），已在讀取前拒絕。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: a list or a group of fields is used as a field name.</source>
        <translation>第 {value} 行：清單或欄位組被用作欄位名稱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: a value that cannot exist (such as 30 February, or a number far too long).</source>
        <translation>第 {value} 行：存在不可能的值（例如 2 月 30 日，或位數過長的數字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why this list leaves the system (--reason customer_contact_plan, authority_request, internal_audit, customer_requests_copy or other with --note); the export is recorded.</source>
        <translation>請說明匯出此名單的理由（--reason customer_contact_plan、authority_request、internal_audit、customer_requests_copy，或 other 並加 --note）；匯出將被記錄。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the reason &apos;other&apos;, write the legal basis for the export in the note.</source>
        <translation>理由為「other」時，請在備註中寫明匯出的法律依據。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product}: the field {field} contains an invisible control or direction character ({value}); remove it from the file.</source>
        <translation>{product}：欄位 {field} 含有不可見的控制字元或文字方向字元（{value}），請從檔案中刪除。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+16"/>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inbox</source>
        <translation>待辦</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Performance</source>
        <translation>業績</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tier reports</source>
        <translation>層級報表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff accounts</source>
        <translation>員工帳號</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working-day calendar</source>
        <translation>工作日日曆</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approvals</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../widgets/pdf_preview.py" line="+189"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>已傳送 {count} 頁到印表機。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A copy needs a supervisor&apos;s approval: request no. {id} is waiting. Press again once approved.</source>
        <translation>補打副本須經主管批准：申請 {id} 已提交，批准後請再按一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement {number} (copy 副本)</source>
        <translation>契約 {number}（副本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy marked 副本 was made from the archive; the original is unchanged.</source>
        <translation>已從檔案產生標註「副本」的副本，正本未更動。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} page(s)</source>
        <translation>共 {count} 頁</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint copy (副本)</source>
        <translation>補印副本</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <location filename="../../widgets/performance/charts.py" line="+45"/>
        <source>No data</source>
        <translation>無數據</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit balance</source>
        <translation>存款餘額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits, day by day</source>
        <translation>存款餘額走勢</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>10k yuan</source>
        <translation>萬元</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>AUM</source>
        <translation>管理資產 AUM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUM, day by day</source>
        <translation>管理資產走勢</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers by tier · AUM in 10k yuan</source>
        <translation>客戶層級分佈 · 資產單位萬元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counter services by kind</source>
        <translation>櫃面業務筆數（按業務）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{accepted} of {answered}</source>
        <translation>{accepted} / {answered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations accepted, by product</source>
        <translation>推薦接受數（按產品）</translation>
    </message>
</context>
<context>
    <name>PerformanceDrillDialog</name>
    <message>
        <location filename="../../widgets/performance_drill_dialog.py" line="+45"/>
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
        <source>Tier</source>
        <translation>客戶層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AUM (yuan)</source>
        <translation>管理資產（元）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Amount (yuan)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detail</source>
        <translation>說明</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n customer(s) in all; the first {shown} are listed.</source>
        <translation>
            <numerusform>共 %n 位客戶，顯示前 {shown} 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s).</source>
        <translation>
            <numerusform>共 %n 位客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agreement(s) in all; the first {shown} are listed.</source>
        <translation>
            <numerusform>共 %n 份契約，列出前 {shown} 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s).</source>
        <translation>
            <numerusform>共 %n 份契約。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in all: {amount} yuan.</source>
        <translation>合計金額 {amount} 元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a customer to open the profile.</source>
        <translation>雙擊客戶開啟客戶視圖。</translation>
    </message>
</context>
<context>
    <name>PerformanceScreen</name>
    <message>
        <location filename="../../widgets/performance/view.py" line="+296"/>
        <source>Referrals converted</source>
        <translation>轉介成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations accepted</source>
        <translation>推薦已接受</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+50"/>
        <location line="+85"/>
        <source>Whole branch</source>
        <translation>全分行</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+84"/>
        <source>Performance</source>
        <translation>業績</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>{scope} · {cadence} {first} to {last}</source>
        <translation>{scope} · {cadence} {first} 至 {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures to {date} · {branch}</source>
        <translation>數據截至 {date} · {branch}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreements issued</source>
        <translation>協議簽發</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Customers in the book</source>
        <translation>名下客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who moved up a tier</source>
        <translation>層級提升客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who moved down a tier</source>
        <translation>層級下降客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid/high-tier customers lost</source>
        <translation>流失的中高端客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers due a contact, not contacted in time</source>
        <translation>應聯繫未按時聯繫的客戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers with overdue tasks</source>
        <translation>有逾期待辦的客戶</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s figures are up to date.</source>
        <translation>今日數據已更新。</translation>
    </message>
    <message>
        <location filename="../../widgets/performance/names.py" line="+23"/>
        <source>Daily report</source>
        <translation>日報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report</source>
        <translation>週報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten-day report</source>
        <translation>旬報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly report</source>
        <translation>季報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly report</source>
        <translation>年報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period report</source>
        <translation>業績報表</translation>
    </message>
    <message>
        <location filename="../../widgets/performance/view.py" line="+17"/>
        <source>Export figures</source>
        <translation>匯出業績數據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures exported to {path}.</source>
        <translation>業績數據已匯出至 {path}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written: {reason}</source>
        <translation>無法寫入檔案：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures of</source>
        <translation>查看對象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update today&apos;s figures</source>
        <translation>更新今日數據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales plans...</source>
        <translation>銷售計劃…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to Excel...</source>
        <translation>匯出 Excel…</translation>
    </message>
</context>
<context>
    <name>PerformanceSections</name>
    <message>
        <location filename="../../widgets/performance/sections.py" line="+44"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Customer count</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>AUM (10k yuan)</source>
        <translation>管理資產（萬元）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deposits (10k yuan)</source>
        <translation>存款（萬元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referrals made</source>
        <translation>轉介筆數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals converted</source>
        <translation>轉介成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Agreements</source>
        <translation>協議</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Recommendations accepted</source>
        <translation>推薦已接受</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue tasks</source>
        <translation>逾期待辦</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From tier</source>
        <translation>原層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To tier</source>
        <translation>新層級</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▲ Up</source>
        <translation>▲ 提升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Down</source>
        <translation>▼ 下降</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>計劃指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>計劃期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of plan</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍後再議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>接受率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason declined</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times</source>
        <translation>次數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product family</source>
        <translation>產品類別</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Amount (10k yuan)</source>
        <translation>金額（萬元）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>筆數</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers without a manager</source>
        <translation>未分配客戶經理的客戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} (10k yuan)</source>
        <translation>{amount} 萬元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exactly {amount} yuan</source>
        <translation>精確金額 {amount} 元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By staff</source>
        <translation>員工業績</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier moves (click a row for the customers)</source>
        <translation>層級遷移（點擊行查看客戶）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales against plan</source>
        <translation>計劃完成情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations by product</source>
        <translation>產品推薦情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons declined</source>
        <translation>拒絕原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements by product family</source>
        <translation>協議簽約（按產品類別）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter services</source>
        <translation>櫃面業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by category</source>
        <translation>投訴分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by channel</source>
        <translation>投訴管道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None in this period.</source>
        <translation>本期無記錄。</translation>
    </message>
</context>
<context>
    <name>PerformanceTiles</name>
    <message>
        <location filename="../../widgets/performance/tiles.py" line="+163"/>
        <source>Click to list the customers</source>
        <translation>點擊查看客戶明細</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Counter services</source>
        <translation>櫃面業務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transactions</source>
        <translation>筆</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer count</source>
        <translation>客戶數</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>vs start {change}</source>
        <translation>較期初 {change}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened in the period</source>
        <translation>本期開戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUM</source>
        <translation>管理資產 AUM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs year start {change}</source>
        <translation>較年初 {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs last year {change}</source>
        <translation>較同期 {change}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit balance</source>
        <translation>存款餘額</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved up a tier</source>
        <translation>層級提升</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Month end to month end</source>
        <translation>按月末比較</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Moved down a tier</source>
        <translation>層級下降</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mid/high-tier retention</source>
        <translation>中高端客戶保有率</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Products per customer</source>
        <translation>戶均產品數</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Product families per customer {value}</source>
        <translation>戶均產品類別 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active holdings {n}</source>
        <translation>持有產品 {n} 個</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product families per customer</source>
        <translation>戶均產品類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product coverage of the book</source>
        <translation>名下客戶產品覆蓋度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact-plan coverage</source>
        <translation>聯繫計劃覆蓋率</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreements issued</source>
        <translation>協議簽發</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Amount {amount} {unit}&lt;br&gt;Fees {fees} {unit}</source>
        <translation>金額 {amount} {unit}&lt;br&gt;手續費 {fees} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount {amount} yuan; fees {fees} yuan</source>
        <translation>金額 {amount} 元；手續費 {fees} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Referral conversion</source>
        <translation>轉介成功率</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Converted {part} / {whole} made</source>
        <translation>成功 {part} / 轉介 {whole}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Daily average {amount} {unit}</source>
        <translation>日均 {amount} {unit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kept {part} / {whole} at the start · lost {lost}</source>
        <translation>保有 {part} / 期初 {whole} · 流失 {lost}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contacted {part} / {whole} due · not yet {missing}</source>
        <translation>已聯繫 {part} / 應聯繫 {whole} · 未聯繫 {missing}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted {part} / {whole} received · contacted {contacted}</source>
        <translation>成功 {part} / 收到 {whole} · 已聯繫 {contacted}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation acceptance</source>
        <translation>推薦接受率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted {part} / {whole} decided · later {later}</source>
        <translation>接受 {part} / 明確答覆 {whole} · 稍後再議 {later}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount {amount} {unit}</source>
        <translation>金額 {amount} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue tasks</source>
        <translation>逾期待辦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks {n}</source>
        <translation>未辦結待辦 {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee-earning sales</source>
        <translation>中間業務銷售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth, funds, insurance, bonds, gold</source>
        <translation>理財、基金、保險、國債、貴金屬</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans reached</source>
        <translation>計劃已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest: {plan} {rate}</source>
        <translation>最低：{plan} {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time {on_time}&lt;br&gt;Satisfied {satisfied} · major {major}</source>
        <translation>按時辦結 {on_time}&lt;br&gt;滿意 {satisfied} · 重大 {major}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exactly {amount} yuan</source>
        <translation>精確金額 {amount} 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to list the customers not yet contacted</source>
        <translation>點擊查看未聯繫的客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the converted referrals</source>
        <translation>點擊查看轉介成功明細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the accepted recommendations</source>
        <translation>點擊查看已接受的推薦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the agreements with their amounts</source>
        <translation>點擊查看契約及金額明細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the mid/high-tier customers lost</source>
        <translation>點擊查看流失的中高端客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the overdue tasks</source>
        <translation>點擊查看逾期待辦</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>¥10k</source>
        <translation>萬元</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+45"/>
        <source>Print the complaint register</source>
        <translation>列印投訴登記簿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received from</source>
        <translation>受理日期自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received to</source>
        <translation>受理日期至</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../widgets/plans_dialog.py" line="+101"/>
        <location line="+203"/>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+203"/>
        <source>For</source>
        <translation>適用對象</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+196"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+202"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>個</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yuan, at most two decimals</source>
        <translation>金額（元），最多兩位小數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a target.</source>
        <translation>請輸入目標值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter yuan with at most two decimals.</source>
        <translation>請輸入以元為單位、最多兩位小數的金額。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target must be above zero.</source>
        <translation>目標值必須大於零。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: {metric} {target} for {scope}.</source>
        <translation>已儲存：{scope}的{metric}目標 {target}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the plan {metric} for {scope}, {first} – {last} (target {target})?</source>
        <translation>刪除{scope}在 {first} – {last} 的{metric}計劃（目標 {target}）？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan was deleted.</source>
        <translation>計劃已刪除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete plan</source>
        <translation>刪除計劃</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Whole branch</source>
        <translation>全分行</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sales plans</source>
        <translation>銷售計劃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter</source>
        <translation>季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a target (replaces the same metric, person and period)</source>
        <translation>設定目標（同一指標、對象和期間的目標將被取代）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save target</source>
        <translation>儲存目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan…</source>
        <translation>刪除計劃…</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../../widgets/product_edit_dialog.py" line="+60"/>
        <source>Product name</source>
        <translation>產品名稱</translation>
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
    <name>Profile</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="-59"/>
        <source>Follow up the recommendation: {product}</source>
        <translation>推薦跟進：{product}</translation>
    </message>
    <message>
        <location filename="../../widgets/profile/agreements.py" line="-69"/>
        <source>Until {when}</source>
        <translation>至 {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {when}</source>
        <translation>已於 {when} 屆滿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at the review</source>
        <translation>複核後起算</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <location filename="../../widgets/profile/dialog_flows.py" line="+70"/>
        <source>Changes saved.</source>
        <translation>修改已儲存。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reassignment requested (no. {id}); it takes effect when another supervisor approves it.</source>
        <translation>已提交移交申請（編號 {id}），經另一位主管批准後生效。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Referred {customer} to {manager}; contact due by {date}.</source>
        <translation>已將客戶 {customer} 轉介給 {manager}，須於 {date} 前聯繫。</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../widgets/profile/header.py" line="+48"/>
        <source>Counter recei&amp;pt...</source>
        <translation>列印回單(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer...</source>
        <translation>轉介(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;agreement...</source>
        <translation>產生契約(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show f&amp;ull ID and mobile...</source>
        <translation>顯示完整證件號碼和手機號碼(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer...</source>
        <translation>修改客戶資料(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reass&amp;ign...</source>
        <translation>移交客戶(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../widgets/profile/panel.py" line="+301"/>
        <source>Answer recorded for {product}: later. A follow-up task was created.</source>
        <translation>已記錄客戶對 {product} 的答覆：稍後再議，並已建立跟進任務。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer recorded for {product}: declined.</source>
        <translation>已記錄客戶對 {product} 的答覆：拒絕。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer recorded for {product}: accepted.</source>
        <translation>已記錄客戶對 {product} 的答覆：接受。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreements cannot be issued from here yet.</source>
        <translation>暫時無法在此辦理契約。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a customer to see their profile.</source>
        <translation>請選擇客戶以查看客戶檢視。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Near upgrade (临界区间)</source>
        <translation>臨近升級（臨界區間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention watch</source>
        <translation>保級關注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no customer manager</source>
        <translation>無客戶經理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identifiers masked</source>
        <translation>證件號碼和手機號碼已遮蔽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full identifiers</source>
        <translation>完整顯示證件號碼和手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager: {manager} · {access}</source>
        <translation>客戶經理：{manager} · {access}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer manager: {manager} · read only, {access}</source>
        <translation>客戶經理：{manager} · 唯讀，{access}</translation>
    </message>
</context>
<context>
    <name>QualificationsDialog</name>
    <message>
        <location filename="../../widgets/qualifications_dialog.py" line="+41"/>
        <source>Qualified to sell</source>
        <translation>可銷售的產品類別</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a date they do not expire. Saving replaces the qualifications on file.</source>
        <translation>不填日期即長期有效。儲存後將取代原有的銷售資格。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sales qualifications of {person}</source>
        <translation>{person}的銷售資格</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../widgets/profile/dialogs.py" line="+96"/>
        <source>Reassign customer</source>
        <translation>移交客戶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} goes to the new manager today. The new manager gets a task: tell the customer orally and in writing, and contact them within one month. Open tasks move too.</source>
        <translation>{name}今日起移交給新客戶經理。新客戶經理將收到任務：以口頭和書面方式通知客戶，並在一個月內與客戶聯繫。未完成的任務一併移交。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reassign</source>
        <translation>移交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New customer manager</source>
        <translation>新客戶經理</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../widgets/receipt/form.py" line="+28"/>
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash withdrawal</source>
        <translation>提款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>轉帳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time deposit opened</source>
        <translation>定期存款開戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time deposit withdrawn</source>
        <translation>定期存款支取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth product subscription</source>
        <translation>理財產品認購</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth product redemption</source>
        <translation>理財產品贖回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss report</source>
        <translation>掛失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account closed</source>
        <translation>銷戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 sheet</source>
        <translation>A4 紙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 sheet (landscape)</source>
        <translation>A5 紙（橫向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll</source>
        <translation>80 公釐捲紙</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../widgets/receipt/view.py" line="+38"/>
        <source>Receipt {number}, customer copy</source>
        <translation>回單 {number}（客戶聯）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, customer copy (copy 副本)</source>
        <translation>回單 {number}（客戶聯，副本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, bank copy</source>
        <translation>回單 {number}（銀行聯）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, bank copy (copy 副本)</source>
        <translation>回單 {number}（銀行聯，副本）</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This station has no terminal id: set it under Settings, This station.</source>
        <translation>本工作站尚未設定終端號：請在「設定 → 本工作站」中填寫。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issuing...</source>
        <translation>正在出具…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Counter receipt</source>
        <translation>業務回單</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station {station} · printed on {paper} (Settings: This station)</source>
        <translation>終端 {station} · 紙張：{paper}（設定：本工作站）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustomer copy</source>
        <translation>客戶聯(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank copy</source>
        <translation>銀行聯(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue receipt</source>
        <translation>出具回單(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {number} is issued and archived. Print the customer copy for the customer and the bank copy for the file; later prints are copies marked 副本.</source>
        <translation>回單 {number} 已出具並歸檔。客戶聯交客戶，銀行聯留存歸檔；之後再列印的均為標註「副本」的補印件。</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../widgets/receipt/form.py" line="+103"/>
        <source>Choose or type the service to print (e.g. 存款).</source>
        <translation>請選擇或輸入要列印的業務名稱（如「存款」）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the amount in yuan, e.g. 5000.00 (no separators).</source>
        <translation>請按元填寫金額，如 5000.00（不要加千位分隔符號）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount of the transaction.</source>
        <translation>請輸入交易金額。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee and balance are amounts in yuan, e.g. 10.00 (the balance may stay empty).</source>
        <translation>手續費和餘額須按元填寫，如 10.00（餘額可不填）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Acc&amp;ount</source>
        <translation>帳戶(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice</source>
        <translation>業務(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount (yuan)</source>
        <translation>金額（元）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee (yuan)</source>
        <translation>手續費（元）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance after (yuan)</source>
        <translation>交易後餘額（元）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice given on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper</source>
        <translation>紙張(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>不涉及帳戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 存款, or type the service</source>
        <translation>如「存款」，或直接輸入業務名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: not printed</source>
        <translation>不填則不列印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal (a notice deposit: at least 50,000, 50,000 must remain)</source>
        <translation>提領（通知存款：每次不少於5萬元，留存不少於5萬元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the notice: the customer accepts the demand rate</source>
        <translation>未按約定通知：客戶同意按活期利率計息</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <location filename="../../desktop/commands/recommend_text.py" line="+21"/>
        <source>suggested {amount} yuan a month</source>
        <translation>建議每月 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggested {amount} yuan</source>
        <translation>建議金額 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no valid risk assessment</source>
        <translation>無有效風險評估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk type {name} ({grade})</source>
        <translation>風險類型 {name}（{grade}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First: {action}</source>
        <translation>首先：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended ({count})</source>
        <translation>推薦（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not offered ({count})</source>
        <translation>不推薦的產品（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules {version}</source>
        <translation>規則版本 {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{manager}  {day}  {count} customers</source>
        <translation>{manager}  {day}  共 {count} 位客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matures {day}: {amount} yuan</source>
        <translation>{day} 到期 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing maturing</source>
        <translation>近期無到期</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <location filename="../../widgets/recommend_panel.py" line="+383"/>
        <source>{names} and {count} more</source>
        <translation>{names} 等，另有 {count} 個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended today</source>
        <translation>今日推薦</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out what suits this customer today...</source>
        <translation>正在分析今日適合該客戶的產品…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to recommend today.</source>
        <translation>今日沒有可推薦的產品。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do the risk assessment first</source>
        <translation>先做風險評估</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not offered ({count})</source>
        <translation>不推薦的產品（{count}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a product by name or code</source>
        <translation>按產品名稱或代碼查找</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location line="-237"/>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from {amount} yuan</source>
        <translation>{amount} 元起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>term {terms}</source>
        <translation>期限 {terms}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>benchmark {rate}</source>
        <translation>業績比較基準 {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate {rate}</source>
        <translation>利率 {rate}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>suggested {amount} yuan a month</source>
        <translation>建議每月 {amount} 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested {amount} yuan</source>
        <translation>建議金額 {amount} 元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proceed</source>
        <translation>辦理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer to a customer manager…</source>
        <translation>轉介客戶經理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the agreement for this product with the suggested amount</source>
        <translation>按建議金額為該產品辦理契約</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates a follow-up task</source>
        <translation>將建立跟進任務</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for declining...</source>
        <translation>拒絕原因…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded: {outcome}</source>
        <translation>已記錄：{outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: {outcome} ({reason})</source>
        <translation>已記錄：{outcome}（{reason}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>follow-up task created</source>
        <translation>已建立跟進任務</translation>
    </message>
</context>
<context>
    <name>RecommendationSection</name>
    <message>
        <location filename="../../widgets/profile/recommendations.py" line="+132"/>
        <source>Recommendations</source>
        <translation>商品推薦</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../widgets/referral_dialog.py" line="+51"/>
        <source>Refer a customer</source>
        <translation>轉介客戶</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, customer number or phone above</source>
        <translation>請在上方輸入姓名、客戶號或手機號碼</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer&apos;s own manager</source>
        <translation>客戶的管戶客戶經理</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Urgent: the customer is waiting</source>
        <translation>加急：客戶正在等候(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer &amp;agrees to be contacted</source>
        <translation>客戶同意被聯繫(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer</source>
        <translation>客戶(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer &amp;to</source>
        <translation>轉介給(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested &amp;products</source>
        <translation>推薦產品(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fer</source>
        <translation>轉介(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name, customer number or phone</source>
        <translation>姓名、客戶號或手機號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>依名稱篩選</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No customer found</source>
        <translation>查無客戶</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) found: choose one</source>
        <translation>
            <numerusform>找到 %n 位客戶，請選擇</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Find the customer and choose them from the list.</source>
        <translation>請查找客戶並從清單中選擇。</translation>
    </message>
</context>
<context>
    <name>ReferralsReport</name>
    <message>
        <location filename="../../widgets/referrals_report.py" line="+103"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>轉介人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals made</source>
        <translation>轉介筆數</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Contacted</source>
        <translation>已聯繫</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not interested</source>
        <translation>不感興趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Still open</source>
        <translation>跟進中</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Conversion rate</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals received</source>
        <translation>接收轉介筆數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted in time</source>
        <translation>按時聯繫</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No referrals were made in this period.</source>
        <translation>該期間沒有轉介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from</source>
        <translation>期間自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By referring staff member</source>
        <translation>按轉介人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By receiving manager</source>
        <translation>按接收客戶經理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referrals made in the period, by the day referred, of everyone; overdue as of today.</source>
        <translation>全部人員在該期間（按轉介日期）的轉介；逾時按今日計算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own referrals made in the period, by the day referred; overdue as of today.</source>
        <translation>您本人在該期間（按轉介日期）的轉介；逾時按今日計算。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="-164"/>
        <source>Register a complaint</source>
        <translation>登記投訴</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register</source>
        <translation>登記</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody in particular</source>
        <translation>無特定人員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public figure</source>
        <translation>涉及公眾人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive topic</source>
        <translation>敏感事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputational risk</source>
        <translation>聲譽風險</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>聯絡電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in dispute (yuan)</source>
        <translation>爭議金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint about</source>
        <translation>被投訴人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major complaint</source>
        <translation>重大投訴</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the complainant&apos;s name.</source>
        <translation>請填寫投訴人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what the customer complains about.</source>
        <translation>請填寫客戶投訴的內容。</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../widgets/profile/dialogs.py" line="-85"/>
        <source>Show full ID number and mobile</source>
        <translation>顯示完整證件號碼和手機號碼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing {name}&apos;s full ID number and mobile is recorded with your name and the reason.</source>
        <translation>顯示{name}的完整證件號碼和手機號碼將記錄您的姓名和原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifying the customer in front of me</source>
        <translation>核實臨櫃客戶身分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction needs the full ID number</source>
        <translation>業務辦理需要完整證件號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request from an authority</source>
        <translation>有權機關要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer asks for a copy</source>
        <translation>客戶要求提供副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (explain)</source>
        <translation>其他（請說明）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why in the note.</source>
        <translation>請在備註中說明原因。</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <location filename="../../widgets/profile/risk.py" line="+17"/>
        <source>Assessed on</source>
        <translation>評估日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk assessment</source>
        <translation>風險評估</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No assessment on file</source>
        <translation>無風險評估紀錄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade} {label}, valid until {date} (12 months from {assessed})</source>
        <translation>{grade} {label}，有效期至 {date}（{assessed} 評估，有效 12 個月）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: {text}. Re-assess before any investment sale.</source>
        <translation>已過期：{text}。銷售投資商品前須重新評估。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires soon: {text}</source>
        <translation>即將到期：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assessment history</source>
        <translation>無評估歷史</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message numerus="yes">
        <location filename="../../widgets/agreement/sale_form.py" line="+185"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>找到 %n 項產品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The product has this one term.</source>
        <translation>該產品只有這一個期限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no term.</source>
        <translation>該產品沒有期限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer has no demand account or debit card</source>
        <translation>客戶名下沒有活期帳戶或簽帳金融卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement names no settlement account (printed as —).</source>
        <translation>契約不載明結算帳戶（列印為「—」）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the id of the audio and video recording</source>
        <translation>錄音錄影的編號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed: this sale is not dual-recorded</source>
        <translation>無需填寫：本次銷售無需錄音錄影</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading products...</source>
        <translation>正在載入產品…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product to choose.</source>
        <translation>沒有可選的產品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>risk level R{level}</source>
        <translation>風險等級 R{level}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {amount} yuan</source>
        <translation>{amount} 元起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate {rate}</source>
        <translation>利率 {rate}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>catalogue {edition}</source>
        <translation>目錄{edition}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the amount in yuan, e.g. 50000.00 (no separators).</source>
        <translation>請以元為單位填寫金額，如 50000.00（不加分隔符號）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount to check it against the product&apos;s limits.</source>
        <translation>請輸入金額，以核對產品的金額限制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service agreement for {customer}</source>
        <translation>{customer} 的服務契約</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find product</source>
        <translation>搜尋產品(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount (yuan)</source>
        <translation>金額（元）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation>期限(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settlement account</source>
        <translation>結算帳戶(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dual-recording id</source>
        <translation>錄音錄影編號(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or pinyin, e.g. 理财 / licai / lc</source>
        <translation>名稱或拼音，如 理財 / licai / lc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 50000.00</source>
        <translation>例如 50000.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No term for this product</source>
        <translation>本產品無期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a product</source>
        <translation>請選擇產品</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <location filename="../../widgets/search_hints.py" line="+27"/>
        <source>No customer is named “{text}”. Check the characters (a similar-looking one?), type only the surname and the first character of the given name, or search by pinyin, mobile or ID number.</source>
        <translation>沒有名為「{text}」的客戶。請檢查用字（是否有形近字？），可只輸入姓和名的第一個字，或按拼音、手機號碼、證件號碼搜尋。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ID number or mobile ends in {text}, and no number starts with it. Type more digits, the whole ID number, mobile or card number, or the name.</source>
        <translation>沒有證件號碼或手機號碼以 {text} 結尾，也沒有號碼以它開頭。請多輸入幾位，或輸入完整的證件號碼、手機號碼、卡號，或姓名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer has the number {text}. Check the digits; an ID number has 18 characters, a mobile 11, a card 16 to 19. Or search by name.</source>
        <translation>沒有客戶使用號碼 {text}。請核對數字：證件號碼 18 位，手機號碼 11 位，卡號 16 至 19 位；也可按姓名搜尋。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer number, pinyin name or initials match “{text}”. Try the full pinyin (zhangsan), the initials (zs), the name in characters, or a number.</source>
        <translation>沒有客戶號、拼音或拼音首字母與「{text}」相符。請試試全拼（zhangsan）、首字母（zs）、漢字姓名或號碼。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer found for “{text}”. Try the name, pinyin initials, the mobile, the last digits of the ID number, a card or account number, or the customer number.</source>
        <translation>未找到與「{text}」相符的客戶。請試試姓名、拼音首字母、手機號碼、證件號碼後幾位、卡號或帳號，或客戶號。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../widgets/settings_screen.py" line="+98"/>
        <location line="+24"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>閒置多少分鐘後鎖定（0 = 從不）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminal id (on receipts)</source>
        <translation>終端號（印在回單上）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt paper</source>
        <translation>回單紙張(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters and digits, e.g. T01</source>
        <translation>字母和數字，如 T01</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
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
        <location filename="../../desktop/shell.py" line="+144"/>
        <source>No staff accounts exist yet. Create the first administrator on this computer with:
branchdesk users add LOGIN --role admin --name NAME --password-stdin</source>
        <translation>尚無員工帳號。請在本機以下列指令建立第一位管理員：
branchdesk users add 登入名稱 --role admin --name 姓名 --password-stdin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo logins: {logins}</source>
        <translation>示範帳號：{logins}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../widgets/shortcut_sheet.py" line="+51"/>
        <source>Keyboard shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Underlined letters on buttons work with Alt (Alt+R: refer). Tab moves between fields and leaves a table in one step; arrow keys move inside it.</source>
        <translation>按鈕上帶底線的字母可與 Alt 鍵合用（Alt+R：轉介）。Tab 鍵在各欄之間移動，一步即可離開表格；表格內用方向鍵移動。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>適用範圍</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="+22"/>
        <source>Main window</source>
        <translation>主視窗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers screen</source>
        <translation>客戶頁面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document preview</source>
        <translation>單據預覽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list of shortcuts</source>
        <translation>顯示本快速鍵清單</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a customer (go to the search box)</source>
        <translation>搜尋客戶（跳到搜尋框）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the customer selected in the results</source>
        <translation>開啟結果中選取的客戶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counter receipt for the customer shown (for the holding selected)</source>
        <translation>為目前客戶列印回單（針對所選持有部位）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer the customer shown to a manager</source>
        <translation>將目前客戶轉介給客戶經理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue an agreement for the customer shown</source>
        <translation>為目前客戶產生契約</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the recommendations for the customer shown (Tab to their actions)</source>
        <translation>跳至目前客戶的產品推薦（按 Tab 鍵逐一操作）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to the list of screens (the arrow keys open the one above or below)</source>
        <translation>跳至左側功能清單（方向鍵切換到上一個或下一個功能）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the station now</source>
        <translation>立即鎖定工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected result</source>
        <translation>開啟所選結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the search box to the results</source>
        <translation>從搜尋框移到結果清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back: from the profile to the results, from the results to the search box</source>
        <translation>返回：從客戶檢視回到結果清單，從結果清單回到搜尋框</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the document shown</source>
        <translation>列印目前單據</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>頁面符合寬度</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../widgets/staff_screen.py" line="+56"/>
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
        <location line="+3"/>
        <source>Sales qualifications</source>
        <translation>銷售資格</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{family} (expired {date})</source>
        <translation>{family}（已於 {date} 過期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{family} (until {date})</source>
        <translation>{family}（有效期至 {date}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a person in the list first.</source>
        <translation>請先在清單中選擇一位員工。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role {role} sells no product that needs a qualification.</source>
        <translation>{role}崗位不銷售需要銷售資格的產品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product families this person may sell, and until when.</source>
        <translation>此員工可銷售的產品類別及有效期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock requested: a supervisor or another administrator approves it.</source>
        <translation>已提交解鎖申請，須由主管或另一位管理員批准。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Account created.</source>
        <translation>帳號已建立。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Qualifications saved.</source>
        <translation>銷售資格已儲存。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+1"/>
        <source>&amp;Qualifications...</source>
        <translation>銷售資格(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>SuitabilityBox</name>
    <message>
        <location filename="../../widgets/agreement/suitability_box.py" line="+59"/>
        <source>Checking suitability...</source>
        <translation>正在進行適合度檢查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing the agreement...</source>
        <translation>正在產生契約…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a product to check the sale.</source>
        <translation>請選擇產品以檢查本次銷售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale is blocked by the suitability rules:</source>
        <translation>適合度規則不允許本次銷售：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale may go ahead once each point below is done and acknowledged:</source>
        <translation>完成並確認以下各項後方可辦理：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale passes the suitability rules.</source>
        <translation>本次銷售符合適合度規則。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Special care given: explained plainly, the customer understands</source>
        <translation>已給予特別關注：已用淺白語言講解，客戶已理解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cooling-off period was explained to the customer</source>
        <translation>已向客戶說明冷靜期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale is being recorded on audio and video (双录)</source>
        <translation>本次銷售正在錄音錄影（雙錄）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suitability (checked again when issuing)</source>
        <translation>適合度（產生契約時再次檢查）</translation>
    </message>
</context>
<context>
    <name>TaskWords</name>
    <message>
        <location filename="../../widgets/inbox_words.py" line="+50"/>
        <source>URGENT</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESCALATED</source>
        <translation>已上報主管</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not contacted by {manager}: %n working day(s) overdue</source>
        <translation>
            <numerusform>{manager} 未聯繫客戶：已逾時 %n 個工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} {account} matures {date} ({stage})</source>
        <translation>{product} {account} 於 {date} 到期（{stage}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk assessment valid until {date}</source>
        <translation>風險評估有效期至 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID document ending {tail} expires {date}</source>
        <translation>末碼 {tail} 的證件於 {date} 到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthday on {date}</source>
        <translation>{date} 生日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint {number}</source>
        <translation>投訴 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats {number}</source>
        <translation>重複投訴，前案 {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major complaint {number} not reported upward by {date}</source>
        <translation>重大投訴 {number} 未在{date}前向上級報告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No {check} check recorded for {date}</source>
        <translation>{date}未登記{check}檢查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward the complaints found online by {date}</source>
        <translation>請於{date}前轉辦網路渠道發現的投訴</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have an administrator load the {year} working-day calendar: deadlines in {year} are provisional</source>
        <translation>請系統管理員匯入 {year} 年工作日日曆：{year} 年的期限目前為暫定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call about agreement {number} once its cooling-off period has ended ({end})</source>
        <translation>冷靜期屆滿（{end}）後就契約 {number} 回訪客戶</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact within a month: new manager {name}</source>
        <translation>一個月內聯繫客戶：新客戶經理 {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已逾時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue</source>
        <translation>主管待辦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>來自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact consent</source>
        <translation>同意聯繫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: do not call</source>
        <translation>否：請勿致電</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>上報主管</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To the supervisors on {date}, %n working day(s) overdue</source>
        <translation>
            <numerusform>{date} 上報主管，已逾時 %n 個工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact was due</source>
        <translation>應聯繫日期</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="+10"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tasks</source>
        <translation>無待辦任務</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+93"/>
        <source>This cannot be left empty.</source>
        <translation>此項不能為空。</translation>
    </message>
</context>
<context>
    <name>TierReportsScreen</name>
    <message>
        <location filename="../../widgets/tier_reports_screen.py" line="+51"/>
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
        <source>Manager</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客戶層級</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Assets (yuan)</source>
        <translation>資產（元）</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Gap (yuan)</source>
        <translation>差額（元）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Book</source>
        <translation>管戶範圍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top 20% (customers)</source>
        <translation>前 20% 客戶數</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held by the top 20% (yuan)</source>
        <translation>前 20% 客戶資產（元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export the list</source>
        <translation>匯出名單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>near_tier_list.csv</source>
        <translation>臨界區間名單.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be written: {reason}</source>
        <translation>無法寫入檔案：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List exported to {path}.</source>
        <translation>名單已匯出至 {path}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Near {tier}</source>
        <translation>臨近{tier}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May drop from {tier}</source>
        <translation>可能降出{tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gap} yuan more reaches {tier}</source>
        <translation>再增加 {gap} 元即達{tier}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} yuan above the floor of {tier}</source>
        <translation>高出{tier}門檻 {gap} 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch</source>
        <translation>全網點</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{upgrade} near the next tier (upgrade calls), {retention} close to losing theirs (retention)</source>
        <translation>臨近升級 {upgrade} 位（升級回訪），臨近降級 {retention} 位（挽留回訪）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Near the next tier</source>
        <translation>臨界區間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80/20 concentration</source>
        <translation>二八集中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list...</source>
        <translation>匯出名單(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much of the assets the top 20% of customers hold: the branch first, then each manager&apos;s book.</source>
        <translation>前 20% 客戶持有的資產占比：先列全網點，再列各客戶經理的管戶。</translation>
    </message>
</context>
<context>
    <name>ValueSection</name>
    <message>
        <location filename="../../widgets/profile/value.py" line="+34"/>
        <source>Value</source>
        <translation>客戶價值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier, stars</source>
        <translation>層級、星級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier rule</source>
        <translation>層級規則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets with us (yuan)</source>
        <translation>在本行資產（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the next tier</source>
        <translation>距下一層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits (yuan)</source>
        <translation>存款（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit insurance</source>
        <translation>存款保險</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>below one star</source>
        <translation>準星級</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{tier}, {stars}</source>
        <translation>{tier}，{stars}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUM from {floor} (deposits, wealth products, funds, bonds, insurance, gold; no loans)</source>
        <translation>資產達 {floor} 起（存款、理財、基金、債券、保險、貴金屬；不含貸款）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}. By today&apos;s AUM: {tier}; tiers change at month end (downgrades after two quarters).</source>
        <translation>{rule}。按今日資產應為：{tier}；層級於月底調整（降級需連續兩季未達標）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest tier</source>
        <translation>已是最高層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gap} yuan to {tier} ({floor}), {percent}% reached</source>
        <translation>距{tier}（{floor}）還差 {gap} 元，已達 {percent}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Near threshold (临界区间): {text}</source>
        <translation>臨界區間：{text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention watch: AUM within 110% of the {tier} floor. {text}</source>
        <translation>保級關注：資產在{tier}門檻的 110% 以內。{text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{amount} yuan above the {limit} covered by deposit insurance</source>
        <translation>超出存款保險 {limit} 保障額度 {amount} 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fully within the {limit} covered</source>
        <translation>全部在 {limit} 保障額度內</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown to your role</source>
        <translation>您的崗位不顯示</translation>
    </message>
</context>
</TS>
