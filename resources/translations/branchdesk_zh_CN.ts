<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../widgets/account_dialog.py" line="+39"/>
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
        <source>Own ID number (optional)</source>
        <translation>本人身份证号（选填）</translation>
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
        <location line="+17"/>
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
    <name>AgreementDialog</name>
    <message>
        <location filename="../../widgets/agreement/view.py" line="+57"/>
        <source>loading the products</source>
        <translation>正在加载产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a product</source>
        <translation>请选择产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a valid amount</source>
        <translation>请输入有效金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability check is running</source>
        <translation>正在进行适当性检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability check failed (see the right)</source>
        <translation>适当性检查未完成（见右侧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the suitability rules block this sale (see the right)</source>
        <translation>适当性规则不允许本次销售（见右侧）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a term</source>
        <translation>请选择期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tick each point on the right</source>
        <translation>请逐项勾选右侧各项确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the dual-recording id</source>
        <translation>请填写双录编号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To issue: {steps}.</source>
        <translation>生成协议前：{steps}。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The product {code} cannot be issued here today (not on sale, or it prints no agreement).</source>
        <translation>产品 {code} 今日无法在此办理（不在销售期内，或无需打印协议）。</translation>
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
        <translation>协议 {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agreement {number} is issued and archived. Print the original for the customer and the staff to sign and seal; later prints are copies marked 副本. It takes effect once a supervisor other than you has reviewed it (复核).</source>
        <translation>协议 {number} 已生成并归档。请打印正本，由客户和经办人签字并加盖业务章；之后打印的均为标注“副本”的副本。经您以外的主管复核后协议方生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was issued: the sale is refused.</source>
        <translation>未生成协议：本次销售被拒绝。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The reasons are shown on the right.</source>
        <translation>原因见右侧。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issue agreement</source>
        <translation>生成协议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Issue agreement</source>
        <translation>生成协议(&amp;I)</translation>
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
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>出具人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Agreements waiting for review: %n</source>
        <translation>
            <numerusform>待复核协议：%n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You issued this agreement: another person reviews it.</source>
        <translation>此协议由您出具，须由他人复核。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review agreement {number}: {customer}, {product}, {amount}, issued by {issuer}? It takes effect now and your name is printed on the archived copy as reviewer.</source>
        <translation>复核协议 {number}：{customer}，{product}，{amount}，出具人 {issuer}？协议将立即生效，归档件上将打印您的姓名作为复核人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewed: the agreement is effective.</source>
        <translation>已复核：协议已生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is agreement {number} returned?</source>
        <translation>协议 {number} 退回的原因？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Returned to the issuer: the agreement will not take effect.</source>
        <translation>已退回出具人：协议不会生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;view</source>
        <translation>复核(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn…</source>
        <translation>退回(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements waiting for review</source>
        <translation>待复核协议</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <location filename="../../widgets/profile/agreements.py" line="+42"/>
        <source>Issued</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling-off period</source>
        <translation>冷静期</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The customer cancels agreement {number} within its cooling-off period: {amount} is refunded in full. Refund account (leave empty for the agreement&apos;s settlement account):</source>
        <translation>客户在冷静期内解除协议 {number}：全额退还 {amount}。退款账户（留空则退回协议的结算账户）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel in cooling-off period</source>
        <translation>冷静期内解除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancellation form {number}</source>
        <translation>解除协议申请书 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel in cooling-off period…</source>
        <translation>冷静期内解除…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements are not shown to your role</source>
        <translation>您的岗位不显示协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements</source>
        <translation>暂无协议</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <location filename="../../widgets/approvals_screen.py" line="+21"/>
        <source>Void an agreement</source>
        <translation>作废协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint an agreement</source>
        <translation>补打协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign to another manager</source>
        <translation>移交其他客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock a staff account</source>
        <translation>解锁员工账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue change</source>
        <translation>产品目录变更</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location line="+34"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerning</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>You asked for this: another person decides it.</source>
        <translation>这是您提出的申请，须由他人审批。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approved: the change has taken effect.</source>
        <translation>已批准，变更已生效。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Notices of the manager change: %n customer(s)</source>
        <translation>
            <numerusform>客户经理变更通知书：%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the request turned down?</source>
        <translation>驳回理由：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected: nothing has changed.</source>
        <translation>已驳回，未做任何变更。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../widgets/assessment_dialog.py" line="+185"/>
        <source>{answered} of {total} answered</source>
        <translation>已答 {answered}/{total} 题</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The result differs from the previous one ({previous}). The customer must confirm the new result before it is saved.</source>
        <translation>本次结果与上次（{previous}）不同。保存前须由客户确认新结果。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer answers every question personally. Staff must not answer, choose or suggest answers for the customer.</source>
        <translation>每道题须由客户本人作答。工作人员不得代客户作答、选择或暗示答案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous result {grade}, assessed on {date}</source>
        <translation>上次结果 {grade}，测评日期 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no previous assessment</source>
        <translation>此前无测评记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer {name} ({customer_no}), {age} years; {previous}</source>
        <translation>客户 {name}（{customer_no}），{age} 岁；{previous}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>测评结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tolerance</source>
        <translation>风险承受能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May buy products of</source>
        <translation>可购买的产品风险等级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer confirms the new result</source>
        <translation>客户确认新的测评结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save result</source>
        <translation>保存结果</translation>
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
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped with the program</source>
        <translation>程序自带</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing: counted Mon–Fri, deadlines provisional</source>
        <translation>缺失：按周一至周五计算，期限为暂定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>周日</translation>
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
        <translation>日历来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make-up workdays</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded</source>
        <translation>已导入</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make-up workday</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No working-day calendar for {years}: deadlines there are provisional.</source>
        <translation>{years} 年尚无工作日日历：相关期限为暂定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holidays and make-up workdays of {year}</source>
        <translation>{year} 年节假日与调休上班日</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load a working-day calendar</source>
        <translation>导入工作日日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar files (*.csv)</source>
        <translation>日历文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>{file}: loaded {years}, %n day(s).</source>
        <translation>
            <numerusform>{file}：已导入 {years} 年，共 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open complaint deadline(s) moved to the new schedule.</source>
        <translation>
            <numerusform>%n 件未结投诉的期限已按新日历调整。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines count statutory working days. Load each year&apos;s schedule from the State Council&apos;s notice as a CSV file with the columns date, kind (holiday or workday) and name; a loaded year replaces the one shipped with the program.</source>
        <translation>期限按法定工作日计算。请根据国务院办公厅放假安排通知，将每年的日历整理为 CSV 文件导入，列为 date（日期）、kind（holiday 节假日或 workday 调休上班日）、name（名称）；导入的年份将取代程序自带的日历。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load a year from file...</source>
        <translation>从文件导入年度日历(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <location filename="../../widgets/catalog_changes.py" line="+50"/>
        <source>Change proposed; another supervisor must approve it.</source>
        <translation>变更已提交，须由另一位主管复核批准。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change approved; it takes effect on {date}.</source>
        <translation>变更已批准，将于 {date} 生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change approved and in effect.</source>
        <translation>变更已批准并已生效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change rejected.</source>
        <translation>变更已驳回。</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../widgets/catalog_screen.py" line="+120"/>
        <location line="+45"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+243"/>
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-242"/>
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
        <source>Sale period</source>
        <translation>销售期</translation>
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
        <translation>变更内容</translation>
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
        <translation>申请人</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Proposed at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+39"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Approved, scheduled</source>
        <translation>已批准，待生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>待复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replaced by a catalogue file import</source>
        <translation>已被产品目录文件导入取代</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <location line="+87"/>
        <source>Pending changes (%n)</source>
        <translation>
            <numerusform>待复核变更（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Select a product to change it.</source>
        <translation>请选择要变更的产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change to this product is waiting for approval or scheduled.</source>
        <translation>该产品已有待复核或待生效的变更。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Versions of {code} (current version {version})</source>
        <translation>{code} 的版本记录（当前版本 {version}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a product to see its versions.</source>
        <translation>请选择产品以查看其版本记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You proposed this change: another supervisor must approve or reject it.</source>
        <translation>此变更由您提出，须由另一位主管复核批准或驳回。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <location line="+19"/>
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
    <message>
        <location line="+9"/>
        <source>Edit...</source>
        <translation>变更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note (required to reject)</source>
        <translation>复核意见（驳回时必填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>版本记录</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+167"/>
        <source>Close complaint {number}</source>
        <translation>结案：投诉 {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leader&apos;s instruction</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and findings</source>
        <translation>投诉原因及核查情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition of the responsible persons</source>
        <translation>责任人处理意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the deadline was missed</source>
        <translation>超时原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
</context>
<context>
    <name>ComplaintController</name>
    <message>
        <location filename="../../widgets/complaint_controller.py" line="+63"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handler assigned.</source>
        <translation>已分派经办人。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Complaint {number} registered; answer due {date}.</source>
        <translation>投诉 {number} 已登记，须于 {date} 前答复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major complaint: the branch head has been alerted.</source>
        <translation>重大投诉：已立即报告网点负责人。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply to the customer</source>
        <translation>答复客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reply recorded.</source>
        <translation>答复已记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawal</source>
        <translation>撤诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for withdrawal</source>
        <translation>撤诉原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record withdrawal</source>
        <translation>登记撤诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have verified that the customer withdraws voluntarily.</source>
        <translation>已核实客户系自愿撤诉。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdrawal recorded.</source>
        <translation>撤诉已登记。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Complaint closed.</source>
        <translation>投诉已结案。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Transfer slip {number}</source>
        <translation>投诉转办单 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urging slip {number}</source>
        <translation>投诉督办单 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result report {number}</source>
        <translation>处理结果报告单 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint report {number}</source>
        <translation>重大投诉报告单 {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complaint register {first} to {last}</source>
        <translation>投诉登记簿 {first} 至 {last}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reported upward to {whom}.</source>
        <translation>已向{whom}报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was due by {date}: it is on record as late.</source>
        <translation>报告时限为{date}，已记录为逾期报告。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The {check} check of {date} is recorded.</source>
        <translation>{date}的{check}检查已登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward what was found by {date}.</source>
        <translation>请于{date}前将发现的投诉转办。</translation>
    </message>
</context>
<context>
    <name>ComplaintsScreen</name>
    <message>
        <location filename="../../widgets/complaints_screen.py" line="+120"/>
        <location line="+147"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+148"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+154"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+162"/>
        <source>Handler</source>
        <translation>经办人</translation>
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
        <translation>办结时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Status</source>
        <translation>状态</translation>
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
            <numerusform>共 %n 件投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) past the deadline.</source>
        <translation>
            <numerusform>有 %n 件投诉已超过处理时限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{date} (provisional: the {year} working-day calendar is not loaded)</source>
        <translation>{date}（暂定：{year} 年工作日日历尚未导入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} (provisional)</source>
        <translation>{date}（暂定）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint about</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in dispute</source>
        <translation>争议金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report upward</source>
        <translation>向上级报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat of</source>
        <translation>重复投诉（前案）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated by</source>
        <translation>后续重复投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader&apos;s instruction</source>
        <translation>领导批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and findings</source>
        <translation>投诉原因及核查情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition of the responsible persons</source>
        <translation>责任人处理意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer&apos;s satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the deadline was missed</source>
        <translation>超时原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for withdrawal</source>
        <translation>撤诉原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>reported {when} (due {date})</source>
        <translation>已于{when}报告（时限{date}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet reported: due by the end of {date}</source>
        <translation>尚未报告：须于{date}前报告</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only a major complaint (over 50,000, a public figure, a sensitive topic or a reputational risk) is reported upward.</source>
        <translation>仅重大投诉（金额超过5万元、涉及社会知名人士、热点敏感话题或声誉风险）需向上级报告。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register a complaint...</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print register...</source>
        <translation>打印登记簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer slip</source>
        <translation>投诉转办单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urging slip</source>
        <translation>投诉督办单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result report</source>
        <translation>处理结果报告单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major complaint report</source>
        <translation>重大投诉报告单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report upward...</source>
        <translation>向上级报告...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily check...</source>
        <translation>日常检查...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases only</source>
        <translation>仅显示未办结</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases not closed or withdrawn; a replied case waits for a supervisor to close it</source>
        <translation>未办结或未撤诉的投诉；已答复的投诉须待主管办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record reply...</source>
        <translation>记录答复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close...</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal...</source>
        <translation>撤诉…</translation>
    </message>
</context>
<context>
    <name>ComplaintsSection</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="+16"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complaints</source>
        <translation>无投诉</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../widgets/profile/contact.py" line="+27"/>
        <source>Contact and household</source>
        <translation>联系方式与家庭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupation, employer</source>
        <translation>职业、工作单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{age} years</source>
        <translation>{age} 岁</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown to tellers</source>
        <translation>柜员不可见</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No household members on file</source>
        <translation>无家庭成员记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not shown</source>
        <translation>不显示</translation>
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
        <translation>网点客户工作台：意外错误</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong inside BranchDesk. What you were doing may not have been saved. Please tell the branch administrator; the details were written to:
{path}</source>
        <translation>网点客户工作台内部出错，刚才的操作可能未保存。请告知网点系统管理员；详细信息已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>CustomerEditDialog</name>
    <message>
        <location filename="../../widgets/customer_edit_dialog.py" line="+212"/>
        <source>On file: {reason}</source>
        <translation>现有资料：{reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Born {date}, {gender} (from the ID number)</source>
        <translation>出生日期 {date}，{gender}（由证件号码得出）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Someone else saved this customer after you opened it. They changed: {fields}. Your changes were not saved. Reload to see theirs; your other changes are kept.</source>
        <translation>您打开后，其他人已保存了该客户的资料，修改了：{fields}。您的修改未保存。请重新载入查看对方的修改；您对其他字段的修改会保留。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit customer</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, empty = long-term</source>
        <translation>YYYY-MM-DD，留空表示长期</translation>
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
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <location filename="../../widgets/customers_screen.py" line="+116"/>
        <location line="+84"/>
        <source>Customer no.</source>
        <translation>客户号</translation>
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
        <translation>证件号码</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found by</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>End of ID number</source>
        <translation>证件号码尾号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of mobile</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account {account}</source>
        <translation>账户 {account}</translation>
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
        <translation>请先打开一位客户：按 {search} 查找，回车打开所选结果。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Risk assessment saved: {grade} {label}, valid until {date}.</source>
        <translation>风险测评已保存：{grade} {label}，有效期至 {date}。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to search for: type a name, pinyin, at least 4 digits of a number, or a customer number.</source>
        <translation>无可查询内容：请输入姓名、拼音、至少 4 位号码数字或客户号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first {count} customers found are shown: type more to narrow the search.</source>
        <translation>仅显示找到的前 {count} 位客户：请继续输入以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s) found: choose with the arrow keys and Enter, or double-click.</source>
        <translation>
            <numerusform>找到 %n 位客户：用方向键选择后按回车，或双击打开。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a customer number, name, pinyin initials, mobile, the last digits of an ID number or an account number.</source>
        <translation>可输入客户号、姓名、拼音首字母、手机号、证件号码后几位或账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search customers</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk assessment...</source>
        <translation>风险测评...</translation>
    </message>
</context>
<context>
    <name>DailyCheckDialog</name>
    <message>
        <location filename="../../widgets/complaint_duty_dialogs.py" line="+56"/>
        <source>Daily complaint check</source>
        <translation>投诉日常检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record check</source>
        <translation>登记检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opinion book</source>
        <translation>意见簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online channels</source>
        <translation>网络渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not yet recorded: {days}</source>
        <translation>尚未登记：{days}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every working day of the last two weeks has its checks.</source>
        <translation>近两周每个工作日均已登记检查。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Complaints found online: forward them within 2 working days</source>
        <translation>发现网络投诉：须在2个工作日内转办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day checked</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was checked</source>
        <translation>检查范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>检查情况</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what was checked and what was found (or that nothing new was).</source>
        <translation>请填写检查范围和检查情况（无新增亦须注明）。</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="+55"/>
        <source>When</source>
        <translation>时间</translation>
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
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No changes recorded</source>
        <translation>无变更记录</translation>
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
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账户</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Counter receipt for this account...</source>
        <translation>为此账户打印回单…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holdings</source>
        <translation>持有产品</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Holdings: %n maturing within 30 days</source>
        <translation>
            <numerusform>持有产品：%n 笔 30 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdings are not shown to your role</source>
        <translation>您的岗位不显示持有产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No holdings</source>
        <translation>无持有产品</translation>
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
        <location line="+46"/>
        <source>Daily closing sheet {date}</source>
        <translation>日终签章单 {date}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Balance (10k yuan)</source>
        <translation>余额（万元）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <source>Exactly {amount} yuan</source>
        <translation>精确金额 {amount} 元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} (10k yuan)</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Good day, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily closing sheet...</source>
        <translation>日终签章单...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s audit entries by kind and the last audit chain hash, to print and sign</source>
        <translation>今日审计记录分类统计及审计链末条哈希，供打印签字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your customers</source>
        <translation>我的管户客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Assets under management (10k yuan)</source>
        <translation>管理资产（万元）</translation>
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
    <name>IdentitySection</name>
    <message>
        <location filename="../../widgets/profile/identity.py" line="+30"/>
        <source>Identity and KYC</source>
        <translation>身份与尽职调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender, age, life stage</source>
        <translation>性别、年龄、人生阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified investor</source>
        <translation>合格投资者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence</source>
        <translation>尽职调查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AML risk level</source>
        <translation>反洗钱风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{stage}, 65+ (extra care)</source>
        <translation>{stage}，65 岁以上（特别关怀）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXPIRED {date}</source>
        <translation>已于 {date} 过期</translation>
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
        <translation>柜员不可见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None given</source>
        <translation>未授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{gender}, {age} years, {stage}</source>
        <translation>{gender}，{age} 岁，{stage}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+79"/>
        <source>%n new task(s) in your inbox</source>
        <translation>待办新增 %n 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open inbox</source>
        <translation>打开待办</translation>
    </message>
    <message>
        <location filename="../../widgets/follow_up_actions.py" line="+38"/>
        <source>What did the customer object to?</source>
        <translation>客户提出了什么异议？</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <location filename="../../widgets/inbox_controller.py" line="+52"/>
        <source>Mine and the supervisors&apos; queue</source>
        <translation>我的及主管待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue only</source>
        <translation>仅主管待办</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 条待办</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} tasks shown</source>
        <translation>显示 {shown} 条（共 {total} 条）</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n urgent referral(s): the customer is waiting (on top, in bold).</source>
        <translation>
            <numerusform>%n 条加急转介：客户正在等候（置顶、粗体）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n task(s) overdue (in red).</source>
        <translation>
            <numerusform>%n 条待办已超时（红色）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Referred {customer} to {manager}; contact due by {date}.</source>
        <translation>已将客户 {customer} 转介给 {manager}，须于 {date} 前联系。</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisors&apos; queue</source>
        <translation>主管待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Mine and the supervisors&apos; queue</source>
        <translation>我的及主管待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue only</source>
        <translation>仅主管待办</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Refer a customer...</source>
        <translation>转介客户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only mine</source>
        <translation>仅我的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the tasks assigned to you (not the queue or referrals you sent)</source>
        <translation>仅显示分配给您的待办（不含主管待办及您发出的转介）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals report</source>
        <translation>转介报表</translation>
    </message>
</context>
<context>
    <name>InteractionsSection</name>
    <message>
        <location filename="../../widgets/profile/interactions.py" line="+37"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose, outcome</source>
        <translation>目的、结果</translation>
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
        <translation>请填写沟通内容。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact...</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>渠道</translation>
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
        <translation>沟通内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens next, and when</source>
        <translation>下一步做什么、何时做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts logged yet</source>
        <translation>尚无联系记录</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../widgets/lock_dialog.py" line="+56"/>
        <source>Station locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station was locked after a period without use. {name}, enter your password to continue.</source>
        <translation>工作站因长时间无操作已锁定。{name}，请输入密码继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The station is locked. {name}, enter your password to continue.</source>
        <translation>工作站已锁定。{name}，请输入密码继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../widgets/login_dialog.py" line="+82"/>
        <source>BranchDesk - sign in</source>
        <translation>网点客户工作台 - 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the database...</source>
        <translation>正在准备数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BranchDesk customer workstation</source>
        <translation>网点客户工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../widgets/main_window.py" line="+45"/>
        <source>Work still running</source>
        <translation>仍有操作未完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something is still being saved or printed. Closing now may leave it unfinished.

Close anyway?</source>
        <translation>仍有内容正在保存或打印，现在关闭可能导致其未完成。

仍要关闭吗？</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>BranchDesk customer workstation</source>
        <translation>网点客户工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open selected customer</source>
        <translation>打开所选客户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter &amp;receipt...</source>
        <translation>打印回单(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fer to a manager...</source>
        <translation>转介给客户经理(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;agreement...</source>
        <translation>生成协议(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommen&amp;dations</source>
        <translation>产品推荐(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to the screen list</source>
        <translation>转到功能列表(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>立即锁屏(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
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
        <translation>向上级报告重大投诉 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record report</source>
        <translation>登记报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due by the end of {date}.</source>
        <translation>须于{date}前报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The superior body, the regulator</source>
        <translation>上级管理部门、监管机构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported to</source>
        <translation>报送对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was reported</source>
        <translation>报告内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say to whom it was reported and what was reported.</source>
        <translation>请填写报送对象和报告内容。</translation>
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
        <location line="+4"/>
        <source>The file {path} is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>文件 {path} 不是 UTF-8 编码的文本。请在电子表格中另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>This line has {found} values but the header names {expected} columns.</source>
        <translation>此行有 {found} 个值，但表头列出了 {expected} 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: {count} problems were found. Correct the file and import it again.</source>
        <translation>未导入任何数据：发现 {count} 处问题。请修正文件后重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another station saved some of the same records during the import. Nothing was imported: try again.</source>
        <translation>导入期间另一台工作站保存了部分相同的记录。未导入任何数据，请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>The amount {value} is not a plain number such as 50000.00.</source>
        <translation>金额 {value} 不是 50000.00 这样的普通数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is neither true nor false.</source>
        <translation>{value} 既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer number has only letters and digits, at most 20.</source>
        <translation>客户号只能包含字母和数字，最多 20 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account number has only letters and digits, at most 32.</source>
        <translation>账户号码只能包含字母和数字，最多 32 位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A nationality is a three-letter code such as CHN.</source>
        <translation>国籍须为三位字母代码，例如 CHN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown ID type {value}: use RESIDENT_ID, PASSPORT, HK_MO_PERMIT, TW_PERMIT or FOREIGN_PR.</source>
        <translation>未知的证件类型 {value}：请使用 RESIDENT_ID、PASSPORT、HK_MO_PERMIT、TW_PERMIT 或 FOREIGN_PR。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown gender {value}: use M or F.</source>
        <translation>未知的性别 {value}：请使用 M（男）或 F（女）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown risk grade {value}: use C1 to C5, or leave it empty.</source>
        <translation>未知的风险等级 {value}：请使用 C1 至 C5，或留空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../widgets/messages/questionnaire.py" line="+20"/>
        <source>Unknown assessment channel {value}: use branch or online.</source>
        <translation>未知的评估渠道 {value}：请使用 branch（网点）或 online（线上）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown civil capacity {value}: use full, limited or none.</source>
        <translation>未知的民事行为能力 {value}：请使用 full（完全）、limited（限制）或 none（无）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number is not in a valid format.</source>
        <translation>证件号码格式不正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number contains an impossible birth date.</source>
        <translation>证件号码中的出生日期不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number gives a birth date in the future ({day}).</source>
        <translation>证件号码中的出生日期晚于今天（{day}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ID number starts with {region}, which is not a region code of China.</source>
        <translation>证件号码前六位 {region} 不是有效的行政区划代码。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>The phone is not an 11-digit mainland mobile number.</source>
        <translation>电话不是 11 位的中国大陆手机号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An assessment date or channel is given without a risk grade.</source>
        <translation>填写了评估日期或渠道，但没有风险等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Civil capacity {capacity} is impossible at age {age}.</source>
        <translation>{age} 岁的人不可能具有民事行为能力 {capacity}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The maturity date is before the opening date.</source>
        <translation>到期日早于开户日。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>There is no active staff account with login {login}.</source>
        <translation>没有登录名为 {login} 的在用员工账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ID number belongs to customer {customer_no}.</source>
        <translation>该证件号码属于客户 {customer_no}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer {customer_no} exists with a different ID document, so the row cannot update it.</source>
        <translation>客户 {customer_no} 已存在但证件不同，此行不能更新该客户。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>This account already exists for product {product_code}.</source>
        <translation>该账户已存在，对应的产品是 {product_code}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ID document expired on {value}: the customer is marked for re-identification.</source>
        <translation>证件已于 {value} 过期：该客户已标记为需重新识别。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers imported: {created} new, {updated} updated, {unchanged} unchanged; {assessments} risk assessments added.</source>
        <translation>客户导入完成：新增 {created} 位，更新 {updated} 位，未变 {unchanged} 位；新增风险评估 {assessments} 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holdings imported: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>持有产品导入完成：新增 {created} 笔，更新 {updated} 笔，未变 {unchanged} 笔。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} warnings (these rows were imported):</source>
        <translation>{count} 条警告（这些行已导入）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason {reason} for showing full identifiers.</source>
        <translation>未知的查看完整信息理由 {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reason &quot;other&quot; needs a note saying why the full identifiers are shown.</source>
        <translation>选择“其他”理由时，须注明查看完整信息的原因。</translation>
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
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is locked after 5 wrong passwords. Ask the administrator to unlock it.</source>
        <translation>密码连续输错 5 次，该账号已被锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>A login uses letters, digits, dots, dashes and underscores.</source>
        <translation>登录名只能包含字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>Sign in first: --user LOGIN --password-stdin (the password on the first line of input).</source>
        <translation>请先登录：--user 登录名 --password-stdin（密码放在标准输入的第一行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first account of a new branch must be an administrator.</source>
        <translation>新网点的第一个账号必须是系统管理员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The idle time must be between {minimum} and {maximum} minutes.</source>
        <translation>空闲锁屏时间须在 {minimum} 到 {maximum} 分钟之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no sales qualification {family}; the qualifications are {known}.</source>
        <translation>没有 {family} 这种销售资格；可选资格：{known}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} still manages {customers} customers: reassign the book to a successor first.</source>
        <translation>{login} 仍管户 {customers} 位客户，请先将其客户移交给接任者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account {login} is not locked.</source>
        <translation>账号 {login} 未被锁定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A request for {subject} is already waiting for approval (number {id}).</source>
        <translation>{subject} 已有待审批的申请（编号 {id}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {id} has already been decided ({status}).</source>
        <translation>申请 {id} 已处理（{status}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request {id} must be decided by someone other than the person it concerns.</source>
        <translation>申请 {id} 须由申请人及当事人以外的人员审批。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a reason for turning the request down.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is your own customer record: a colleague must serve you (no self-dealing).</source>
        <translation>这是您本人的客户记录：须由其他同事为您办理（不得自办业务）。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/storage.py" line="+10"/>
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
        <source>This station&apos;s database account is not allowed to do this, so nothing was saved. If BranchDesk was just updated, the branch administrator must first run branchdesk db upgrade with the owner&apos;s account.</source>
        <translation>本工作站的数据库账户无权执行此操作，未保存任何内容。如果 BranchDesk 刚刚升级，须由网点管理员先使用数据库所有者账户运行 branchdesk db upgrade。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Station roles exist on PostgreSQL only; a SQLite file is protected by the folder&apos;s permissions.</source>
        <translation>工作站角色仅适用于 PostgreSQL；SQLite 文件由其所在目录的权限保护。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the stations&apos; role as a plain name (letters, digits, underscore), e.g. branchdesk_station.</source>
        <translation>请以普通名称（字母、数字、下划线）给出工作站角色，例如 branchdesk_station。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no role {role}. Create it first as the database owner: CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;;</source>
        <translation>不存在角色 {role}。请先以数据库所有者身份创建：CREATE ROLE {role} LOGIN PASSWORD &apos;...&apos;;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role {role} is a superuser (or bypasses row security): stations must not connect as it.</source>
        <translation>角色 {role} 是超级用户（或可绕过行级安全）：工作站不得以该角色连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the schema&apos;s owner ({owner}) can grant the stations&apos; role: run this with the owner&apos;s URL.</source>
        <translation>只有该模式的所有者（{owner}）才能为工作站角色授权：请使用所有者的连接地址运行此命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role {role} owns the schema: stations must connect as another role.</source>
        <translation>角色 {role} 是该模式的所有者：工作站必须以其他角色连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another station&apos;s work. Wait a moment and try again.</source>
        <translation>数据库正在处理其他工作站的操作，请稍候再试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is read-only, so nothing can be saved. Ask the administrator to give this station write access to the file.</source>
        <translation>数据库文件为只读，无法保存任何内容。请联系管理员为本工作站开通该文件的写入权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding the database is full. Nothing was saved. Free some space and try again.</source>
        <translation>数据库所在的磁盘已满，未保存任何内容。请清理出一些空间后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was updated by a newer version of BranchDesk. Install the newer version on this station; nothing was changed.</source>
        <translation>此数据库已被更新版本的 BranchDesk 升级。请在本工作站安装新版本；数据库未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is not set up for this version. Run `branchdesk db upgrade` first.</source>
        <translation>数据库尚未针对此版本完成设置。请先运行 `branchdesk db upgrade`。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone else saved this record after you opened it. Your change was not saved: reload to see theirs.</source>
        <translation>您打开此记录后，已有其他人保存了修改。您的更改未保存：请重新加载以查看对方的修改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog.py" line="+13"/>
        <source>The catalogue file has {count} problem(s); nothing was imported. Fix them and import again.</source>
        <translation>产品目录文件有 {count} 处问题，未导入任何内容。请修改后重新导入。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Product {product}: {field} is required.</source>
        <translation>产品 {product}：缺少必填字段 {field}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} must be text, not {value}.</source>
        <translation>产品 {product}：{field} 必须是文本，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} is longer than {value} characters.</source>
        <translation>产品 {product}：{field} 超过 {value} 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product}: the code {value} may only use letters, digits, dots, dashes and underscores.</source>
        <translation>产品 {product}：代码 {value} 只能使用字母、数字、点、短横线和下划线。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>Product {product}: rate {value} is 100% or more; write rates as fractions (1.35% is &quot;0.0135&quot;).</source>
        <translation>产品 {product}：利率 {value} 达到或超过 100%；请按小数填写（1.35% 写作 &quot;0.0135&quot;）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>The database already has customers or staff; demo data is only made in an empty database.</source>
        <translation>数据库中已有客户或员工；演示数据只能在空数据库中生成。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/catalog_versions.py" line="+14"/>
        <source>Product {product} already has a change waiting for approval or scheduled; it must be approved, rejected or take effect first.</source>
        <translation>产品 {product} 已有待复核或待生效的变更，须先批准、驳回或待其生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: {field} can only be changed through the catalogue file.</source>
        <translation>产品 {product}：{field} 只能通过产品目录文件变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: the effective date {value} is in the past.</source>
        <translation>产品 {product}：生效日期 {value} 早于今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product {product}: nothing was changed, so there is nothing to approve.</source>
        <translation>产品 {product}：没有任何改动，无需复核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change must be approved or rejected by a different supervisor from the one who proposed it.</source>
        <translation>变更须由申请人以外的另一位主管批准或驳回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change to product {product} is no longer waiting for a decision.</source>
        <translation>产品 {product} 的这项变更已不在待复核状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product {product} changed after this proposal was made; reject it and propose the change again.</source>
        <translation>产品 {product} 在此申请提出后已被修改，请驳回后重新提交变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for rejecting the change.</source>
        <translation>请填写驳回理由。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/questionnaire.py" line="-6"/>
        <source>The answers are for questionnaire version {value}, which is not the one in use. Start the risk assessment again.</source>
        <translation>这些答案属于问卷版本 {value}，不是当前使用的版本。请重新开始风险测评。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This questionnaire version is in use from {effective_from} only.</source>
        <translation>本问卷版本自 {effective_from} 起才能使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count} answer(s) are missing or unknown. The customer must answer every question personally.</source>
        <translation>有 {count} 个答案缺失或无法识别。每道题都须由客户本人作答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {where} is not answered.</source>
        <translation>第 {where} 题未作答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} is not a question of this questionnaire.</source>
        <translation>{where} 不是本问卷的题目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {where} has no option {value}.</source>
        <translation>题目 {where} 没有选项 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire file has {count} problem(s). Fix them before it is used.</source>
        <translation>问卷文件有 {count} 个问题。请修正后再使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The questionnaire file is not valid YAML (near line {value}).</source>
        <translation>问卷文件不是有效的 YAML（约第 {value} 行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: the field {field} is written twice (line {value}).</source>
        <translation>问卷文件：字段 {field} 重复填写（第 {value} 行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: expected a set of fields (field: value lines).</source>
        <translation>问卷文件，{where}：应为一组字段（字段: 值 的行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} is not a known field (check the spelling).</source>
        <translation>问卷文件，{where}：{field} 不是已知字段（请检查拼写）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} is required.</source>
        <translation>问卷文件，{where}：{field} 为必填项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be text, not {value}.</source>
        <translation>问卷文件，{where}：{field} 必须是文字，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire file, {where}: {field} {value} may only use lower-case letters, digits and underscores.</source>
        <translation>问卷文件，{where}：{field} {value} 只能使用小写字母、数字和下划线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be a whole number of 0 or more, not {value}.</source>
        <translation>问卷文件，{where}：{field} 必须是 0 或以上的整数，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {value} is not a grade; use C1 to C5.</source>
        <translation>问卷文件，{where}：{value} 不是风险等级；请使用 C1 至 C5。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be a non-empty list.</source>
        <translation>问卷文件，{where}：{field} 必须是非空列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {field} must be a date (YYYY-MM-DD), not {value}.</source>
        <translation>问卷文件，{where}：{field} 必须是日期（YYYY-MM-DD），而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: {value} is not a known topic.</source>
        <translation>问卷文件，{where}：{value} 不是已知主题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the id {value} is used twice.</source>
        <translation>问卷文件，{where}：编号 {value} 重复使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: a question needs at least two options.</source>
        <translation>问卷文件，{where}：每道题至少需要两个选项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: no question covers the required topic {value}.</source>
        <translation>问卷文件：没有题目涵盖必备主题 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: min {value} is above max.</source>
        <translation>问卷文件，{where}：min {value} 大于 max。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file: the grades must be C1 to C5 in this order, not {value}.</source>
        <translation>问卷文件：等级必须按 C1 至 C5 的顺序排列，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the lowest band must start at the lowest total, {value}.</source>
        <translation>问卷文件，{where}：最低档须从最低总分 {value} 开始。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the highest band must end at the highest total, {value}.</source>
        <translation>问卷文件，{where}：最高档须到最高总分 {value} 为止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the band must start at {value}; totals are left out.</source>
        <translation>问卷文件，{where}：该档须从 {value} 开始，否则有总分未被覆盖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: the band starting at {value} overlaps the one before.</source>
        <translation>问卷文件，{where}：从 {value} 开始的一档与前一档重叠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: there is no question {value}.</source>
        <translation>问卷文件，{where}：没有题目 {value}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire file, {where}: question {field} has no option {value}.</source>
        <translation>问卷文件，{where}：题目 {field} 没有选项 {value}。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/suitability.py" line="+28"/>
        <source>The customer&apos;s identity check is not complete (status {kyc_status}). Complete the identity verification before any sale.</source>
        <translation>客户身份核实尚未完成（状态 {kyc_status}）。请先完成身份核实，再办理任何销售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s ID document expired on {id_expiry}. Record a valid ID document before any sale.</source>
        <translation>客户证件已于 {id_expiry} 过期。请先登记有效证件，再办理任何销售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enhanced due diligence for this customer is still open. Finish it (source and use of funds) before any sale.</source>
        <translation>该客户的强化尽职调查尚未完成。请先完成（资金来源和用途），再办理任何销售。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer cannot decide on this alone. Stop the sale and arrange a follow-up with the person who decides.</source>
        <translation>客户无法独自作出决定。请停止销售，并与有决定权的人另约跟进。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has no civil capacity: investment products cannot be sold to them.</source>
        <translation>客户无民事行为能力：不得向其销售投资类产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has limited civil capacity and may buy investment products up to {max_level} only; this product is {product_level}. Choose a lower-risk product.</source>
        <translation>客户为限制民事行为能力人，只能购买 {max_level} 及以下的投资类产品；本产品为 {product_level}。请选择风险更低的产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has limited civil capacity and no guardian&apos;s consent is on file. Obtain the guardian&apos;s consent before selling investment products.</source>
        <translation>客户为限制民事行为能力人，且没有监护人同意的记录。销售投资类产品前，请先取得监护人同意。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age}; this product is for customers aged {age_min} to {age_max}. Choose another product.</source>
        <translation>客户 {age} 岁；本产品适用于 {age_min} 至 {age_max} 岁的客户。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age}; this product is for customers aged {age_min} or older. Choose another product.</source>
        <translation>客户 {age} 岁；本产品适用于 {age_min} 岁及以上的客户。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is {age}; this product is for customers aged up to {age_max}. Choose another product.</source>
        <translation>客户 {age} 岁；本产品适用于 {age_max} 岁及以下的客户。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer is {age} and the product is {product_level}: explain it plainly, confirm the customer understands, record the sale and have a supervisor review it.</source>
        <translation>客户 {age} 岁，产品为 {product_level}：请用通俗语言讲解，确认客户已理解，进行双录，并由主管复核。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer has no risk assessment on file. Have the customer take the risk assessment before selling investment products.</source>
        <translation>客户没有风险测评记录。销售投资类产品前，请客户先完成风险测评。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s risk assessment expired on {valid_until}. Reassess before selling investment products.</source>
        <translation>客户的风险测评已于 {valid_until} 到期。销售投资类产品前，请重新测评。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer reported a change in circumstances after the risk assessment of {assessed_on}. Reassess before selling investment products.</source>
        <translation>客户在 {assessed_on} 的风险测评之后报告了情况变化。销售投资类产品前，请重新测评。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The result changed from {previous} to {new}. The customer must confirm the new result before it is saved.</source>
        <translation>测评结果由 {previous} 变为 {new}。保存前须由客户确认新结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer&apos;s risk grade changed to {customer_grade} and the customer has not confirmed the new result. Have the customer confirm it before selling investment products.</source>
        <translation>客户的风险等级已变为 {customer_grade}，客户尚未确认新结果。销售投资类产品前，请客户先确认。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product is {product_level} but the customer&apos;s risk tolerance {customer_grade} allows up to {max_level}. Choose a product of {max_level} or lower.</source>
        <translation>本产品为 {product_level}，但客户的风险承受能力 {customer_grade} 最高只适合 {max_level}。请选择 {max_level} 及以下的产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A first purchase of the bank&apos;s own wealth products needs a risk assessment made face to face at a branch. Assess the customer at the counter first.</source>
        <translation>首次购买本行自营理财产品，须在网点当面完成风险测评。请先在柜台为客户测评。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This product is not on sale on this day. Choose another product.</source>
        <translation>本产品当天不在销售期内。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product is switched off in the catalogue. Choose another product.</source>
        <translation>本产品已在产品目录中停用。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has not given separate consent to share their data with the issuer: record it first.</source>
        <translation>客户尚未单独同意向发行方提供其个人信息，请先办理同意登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has not given separate consent to the processing of sensitive data: record it first.</source>
        <translation>客户尚未单独同意处理其敏感个人信息，请先办理同意登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {role} may not sell {family} products: refer the customer to a customer manager.</source>
        <translation>{role}不能销售{family}类产品，请将客户转介给客户经理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You hold no valid {family} sales qualification: refer the customer to a qualified colleague.</source>
        <translation>您没有有效的{family}销售资格，请将客户转介给有资格的同事。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This product is only for {tiers} customers; the customer is a {tier} customer. Choose another product.</source>
        <translation>本产品仅限{tiers}办理；该客户为{tier}。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer already holds this product, which allows only one per customer. Choose another product.</source>
        <translation>客户已持有该产品，该产品每位客户限持一份。请选择其他产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a private product and the customer is not recorded as a qualified investor. Verify and record the qualified-investor status first.</source>
        <translation>本产品为私募产品，客户没有合格投资者记录。请先核实并登记合格投资者身份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a private product and the customer&apos;s qualified-investor status ended on {qualified_until}. Verify the status again first.</source>
        <translation>本产品为私募产品，客户的合格投资者身份已于 {qualified_until} 到期。请先重新核实。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This product has a cooling-off period of {hours} hours after signing; cancelling within it refunds in full. Explain this to the customer.</source>
        <translation>本产品签约后有 {hours} 小时冷静期；冷静期内撤销可全额退款。请向客户说明。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This sale must be recorded on audio and video in the sales zone. Start the recording before the pitch.</source>
        <translation>本次销售须在销售专区进行录音录像（双录）。请在介绍产品前开始录制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{amount} yuan is below the {minimum} yuan a notice deposit must keep: it could never be withdrawn from. Raise the amount.</source>
        <translation>{amount} 元低于通知存款须保留的 {minimum} 元，存入后将无法支取。请提高金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} yuan a month for {months} months is {principal} yuan of principal, above the education savings cap of {maximum} yuan. Lower the monthly amount or choose a shorter term.</source>
        <translation>每月 {amount} 元、共 {months} 个月，本金合计 {principal} 元，超过教育储蓄本金上限 {maximum} 元。请降低每月金额或选择较短存期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is below the minimum of {minimum} yuan. Raise the amount.</source>
        <translation>{amount} 元低于起购金额 {minimum} 元。请提高金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan is above the maximum of {maximum} yuan. Lower the amount.</source>
        <translation>{amount} 元高于上限 {maximum} 元。请降低金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} yuan is not {minimum} yuan plus a multiple of {step} yuan. Use {nearest_lower} or {nearest_higher} yuan.</source>
        <translation>{amount} 元不是 {minimum} 元加 {step} 元的整数倍。请改为 {nearest_lower} 元或 {nearest_higher} 元。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A private product of {product_level} needs at least {minimum} yuan; {amount} yuan is less. Raise the amount.</source>
        <translation>{product_level} 的私募产品至少需要 {minimum} 元；{amount} 元不足。请提高金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} yuan is more than the customer&apos;s declared financial assets of {financial_assets} yuan. Lower the amount.</source>
        <translation>{amount} 元超过客户申报的金融资产 {financial_assets} 元。请降低金额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer has already taken the risk assessment {limit} times today, the most allowed. The next one is possible on {next_date}.</source>
        <translation>客户今天已完成 {limit} 次风险测评，已达上限。下次最早可于 {next_date} 测评。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer has taken the risk assessment {limit} times in the last 12 months, the most allowed. The next one is possible on {next_date}.</source>
        <translation>客户在最近 12 个月内已完成 {limit} 次风险测评，已达上限。下次最早可于 {next_date} 测评。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown sales channel {value}: use branch, online or self_service.</source>
        <translation>未知的销售渠道 {value}：请使用 branch（网点）、online（线上）或 self_service（自助）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount must be more than zero, not {value}.</source>
        <translation>金额必须大于零，而不是 {value}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalogue entry of product {product} cannot be read by this version. Import the catalogue again.</source>
        <translation>本版本无法读取产品 {product} 的目录条目。请重新导入产品目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the identity verification.</source>
        <translation>完成身份核实。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a valid ID document.</source>
        <translation>登记有效证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the enhanced due diligence.</source>
        <translation>完成强化尽职调查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the pitch and schedule a follow-up with the person who decides.</source>
        <translation>停止推介，并与有决定权的人另约跟进。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing: this customer cannot buy this product.</source>
        <translation>无法补救：该客户不能购买本产品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a lower-risk product.</source>
        <translation>选择风险更低的产品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtain the guardian&apos;s consent.</source>
        <translation>取得监护人同意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another product.</source>
        <translation>选择其他产品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the special care for senior customers and acknowledge it.</source>
        <translation>对老年客户落实特别关怀并确认。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer take the risk assessment.</source>
        <translation>请客户完成风险测评。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have the customer take the risk assessment again.</source>
        <translation>请客户重新进行风险测评。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the customer confirm the new assessment result.</source>
        <translation>请客户确认新的测评结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the customer take the risk assessment at a branch counter.</source>
        <translation>请客户在网点柜台完成风险测评。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify and record the qualified-investor status.</source>
        <translation>核实并登记合格投资者身份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the cooling-off period.</source>
        <translation>说明冷静期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the sale on audio and video.</source>
        <translation>对销售过程进行录音录像。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the amount.</source>
        <translation>提高金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower the amount.</source>
        <translation>降低金额。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust the amount to the step.</source>
        <translation>按递增金额调整。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assess the customer on another day.</source>
        <translation>改日再为客户测评。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assess the customer once the 12-month limit allows it again.</source>
        <translation>待 12 个月次数限制允许时再为客户测评。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/agreements.py" line="+9"/>
        <source>The sale is refused by the suitability rules ({codes}); no agreement was issued.</source>
        <translation>适当性规则不允许本次销售（{codes}），未生成协议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These warnings must be acknowledged before the agreement is issued: {warnings}.</source>
        <translation>生成协议前须确认以下提示：{warnings}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} cannot be acknowledged; acknowledge one of: {allowed}.</source>
        <translation>无法确认 {value}；可确认的提示为：{allowed}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product {product} has no service agreement to print.</source>
        <translation>产品 {product} 没有需要打印的服务协议。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreement template of its own kind for {product} ({family}; template named: {template}): nothing was printed. The catalogue entry must name a template written for this kind of product.</source>
        <translation>产品 {product}（{family}；所指定模板：{template}）没有适用于本类产品的协议模板，未打印任何文件。请在产品目录中为该产品指定本类产品专用的协议模板。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a term: {offered}.</source>
        <translation>请选择期限：{offered}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term {term} is not offered; the product offers {offered}.</source>
        <translation>不提供期限 {term}；本产品可选期限为 {offered}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{term} is not a term written like 3M, 1Y or 182D.</source>
        <translation>{term} 不是有效的期限写法（例如 3M、1Y、182D）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settlement account must be 4 to 32 letters or digits.</source>
        <translation>结算账户须为 4 至 32 位字母或数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The settlement account is not an open demand account or debit card of this customer.</source>
        <translation>该结算账户不是此客户名下正常状态的活期账户或借记卡。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write each detail as LABEL=VALUE (label up to 20 characters, value up to 200).</source>
        <translation>每个附加项请写成 项目=内容（项目最多 20 个字，内容最多 200 个字）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no agreement with number {number}.</source>
        <translation>没有编号为 {number} 的协议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} was archived without its document data and cannot be reprinted.</source>
        <translation>协议 {number} 归档时未保存文档数据，无法补打。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for voiding (at least {minimum} characters).</source>
        <translation>请填写作废原因（至少 {minimum} 个字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+33"/>
        <source>The reason is too long (at most {maximum} characters).</source>
        <translation>原因过长（最多 {maximum} 个字）。</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Agreement {number} is already void.</source>
        <translation>协议 {number} 已作废。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of agreement {number} needs a supervisor&apos;s approval first.</source>
        <translation>补打协议 {number} 须先经主管批准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement {number} is void.</source>
        <translation>协议 {number} 已作废。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You issued agreement {number}: a different person must approve voiding it.</source>
        <translation>协议 {number} 由您出具：作废须由其他人员审批。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You issued agreement {number}: a different person must review it (the preparer never checks their own document).</source>
        <translation>协议 {number} 由您出具，须由他人复核（制单人不得复核本人出具的单据）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has already been reviewed and is effective.</source>
        <translation>协议 {number} 已复核并已生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement {number} was returned to its issuer and will not take effect; it can only be voided.</source>
        <translation>协议 {number} 已退回出具人，不会生效，只能作废。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} was changed at another station during the review; nothing was saved.</source>
        <translation>复核期间协议 {number} 已在其他终端被处理，本次未保存任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has not been reviewed yet, so it has no reviewed copy.</source>
        <translation>协议 {number} 尚未复核，没有复核件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is given only when the agreement is returned (--return).</source>
        <translation>只有退回协议时才填写原因（--return）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement {number} has already been cancelled within its cooling-off period.</source>
        <translation>协议 {number} 已在冷静期内撤销。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement {number} is not effective yet (waiting for review): nothing was debited, so it is voided, not cancelled with a refund.</source>
        <translation>协议 {number} 尚未生效（待复核），未扣款，应作废处理，而非冷静期撤销退款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product of agreement {number} has no cooling-off period.</source>
        <translation>协议 {number} 的产品不设冷静期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cooling-off period of agreement {number} ended at {ended_at}; it can no longer be cancelled with a full refund. Nothing was recorded.</source>
        <translation>协议 {number} 的冷静期已于 {ended_at} 届满，不能再申请撤销并全额退款。未作任何记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement {number} names no settlement account: give the account the refund is paid to.</source>
        <translation>协议 {number} 未载明结算账户，请填写退款账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement {number} has not been cancelled.</source>
        <translation>协议 {number} 未撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a call outcome; use one of: {allowed}.</source>
        <translation>{value} 不是回访结果，请使用：{allowed}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down what the customer objected to.</source>
        <translation>请记录客户提出的异议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {id} is a follow-up call: record the call&apos;s outcome instead of marking it done.</source>
        <translation>任务 {id} 是回访任务，请记录回访结果，而不是直接标记完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up call is waiting for agreement {number}.</source>
        <translation>协议 {number} 没有待办的回访。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You sold agreement {number}: the follow-up call is made by someone else.</source>
        <translation>协议 {number} 由您销售，回访须由他人进行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cooling-off period of agreement {number} runs until {not_before}; the customer is not called about the product before then.</source>
        <translation>协议 {number} 的冷静期至 {not_before} 届满，届满前不得就该产品联系客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for returning the agreement (at least {minimum} characters).</source>
        <translation>请填写退回原因（至少 {minimum} 个字）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreement {number} already has its signed scan; a scan is never replaced.</source>
        <translation>协议 {number} 已附签署扫描件；扫描件不可替换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan file is empty.</source>
        <translation>扫描文件为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is larger than {maximum_mb} MB.</source>
        <translation>扫描件超过 {maximum_mb} MB。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be read.</source>
        <translation>无法读取文件 {file}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {file} cannot be written.</source>
        <translation>无法写入文件 {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this station&apos;s terminal id (letters and digits, at most 12) or give --station.</source>
        <translation>请设置本机终端号（字母和数字，最多 12 位），或使用 --station 指定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the service on the receipt (at most {maximum} characters).</source>
        <translation>请填写回单上的业务名称（最多 {maximum} 个字）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a valid {field}: a positive amount in yuan and fen.</source>
        <translation>{value} 不是有效的 {field}：须为以元、分计的正数金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authoriser must be someone other than the teller ({login}).</source>
        <translation>授权人不能是经办柜员本人（{login}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account number must be 4 to 32 letters or digits.</source>
        <translation>账号须为 4 至 32 位字母或数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the balance left after the withdrawal from notice deposit {product}.</source>
        <translation>请填写通知存款 {product} 支取后的余额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The balance left after the withdrawal ({balance} yuan) cannot be negative.</source>
        <translation>支取后余额（{balance} 元）不能为负数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A withdrawal from notice deposit {product} is at least {minimum} yuan ({amount} yuan asked), unless it takes the whole balance.</source>
        <translation>通知存款 {product} 每次支取不得少于 {minimum} 元（本次 {amount} 元），全部支取除外。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{balance} yuan would remain in notice deposit {product}, below its minimum of {minimum} yuan: withdraw everything or convert it to a demand deposit.</source>
        <translation>支取后通知存款 {product} 余额为 {balance} 元，低于最低留存 {minimum} 元：请全部支取或转为活期存款。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice deposit {product} needs {days} day(s) of notice (earliest withdrawal on the notice given: {date}). Without it the amount earns the demand rate: record that the customer accepts this.</source>
        <translation>通知存款 {product} 须提前 {days} 天通知（按已通知日期最早可支取日：{date}）。未按约定通知的，支取金额按活期利率计息：请记录客户同意按活期计息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account {account} is not one of this customer&apos;s accounts: choose it from the list.</source>
        <translation>账户 {account} 不是该客户的账户，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not a copy: customer or bank.</source>
        <translation>{value} 不是回单联次：应为 customer（客户联）或 bank（银行联）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no receipt with number {number}.</source>
        <translation>没有编号为 {number} 的回单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt {number} was archived without its document data and cannot be reprinted.</source>
        <translation>回单 {number} 归档时未保存文档数据，无法补打。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The character {char} ({codepoint}) is in none of the bundled fonts, so the document was not issued.</source>
        <translation>字符 {char}（{codepoint}）不在随附的任何字体中，因此未生成该文档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document template {file} is not valid ({key}: {problem}).</source>
        <translation>文档模板 {file} 无效（{key}：{problem}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document needs template {expected} but {given} was given.</source>
        <translation>该文档需要模板 {expected}，但提供的是 {given}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The template {template} is for a {kind}, not for this document.</source>
        <translation>模板 {template} 用于 {kind}，不适用于本文档。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown paper {paper}; use one of {allowed}.</source>
        <translation>未知纸张 {paper}；请使用以下之一：{allowed}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The original of agreement {number} was delivered and may not be printed again; print a copy (副本) instead.</source>
        <translation>协议 {number} 的原件已交付，不得再次打印原件；请改为打印副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archived original of agreement {number} is not the one the audit trail recorded at issue; nothing was printed. Report it to the branch head.</source>
        <translation>协议 {number} 归档的原件与签发时审计记录中的不一致；未打印任何内容。请报告网点负责人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail does not fit at entry {seq} ({problem}): the record was altered. Nothing was printed; report it to the branch head and run branchdesk audit verify.</source>
        <translation>审计链在第 {seq} 条记录处不符（{problem}）：记录已被篡改。未打印任何内容；请报告网点负责人并运行 branchdesk audit verify。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/complaints.py" line="+9"/>
        <source>Complaint {number} is not a major complaint: there is nothing to report upward.</source>
        <translation>投诉 {number} 不是重大投诉，无需向上级报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} has not been reported upward yet: record the report first.</source>
        <translation>投诉 {number} 尚未向上级报告，请先登记报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say to whom the major complaint was reported (the superior body, the regulator).</source>
        <translation>请填写重大投诉的报送对象（上级管理部门、监管机构）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what was reported upward.</source>
        <translation>请填写向上级报告的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is too long: at most {maximum} characters.</source>
        <translation>内容过长：最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown daily check {value}: use opinion_book or online.</source>
        <translation>未知的日常检查 {value}：请使用 opinion_book（意见簿）或 online（网络渠道）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down what was checked.</source>
        <translation>请填写检查范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what the check found (or that nothing new was found).</source>
        <translation>请填写检查情况（无新增亦须注明）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check date {value} has not come yet.</source>
        <translation>检查日期 {value} 尚未到来。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {check} check of {date} is already on record.</source>
        <translation>{date}的{check}检查已登记。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no complaint {number}.</source>
        <translation>没有编号为 {number} 的投诉。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown complaint channel {value}: use phone, opinion_book, online, walk_in, letter, media, superior or government.</source>
        <translation>未知的投诉渠道 {value}：请使用 phone（电话）、opinion_book（意见簿）、online（网络）、walk_in（上门）、letter（信件）、media（媒体）、superior（上级转办）或 government（政府转办）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown complaint category {value}: use error, attitude, internal_management, product, channel, violation, crime or anonymous.</source>
        <translation>未知的投诉类别 {value}：请使用 error（工作失误）、attitude（服务态度）、internal_management（内部管理）、product（服务产品）、channel（服务渠道）、violation（违规操作）、crime（金融犯罪）或 anonymous（匿名投诉）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active staff account {login}.</source>
        <translation>没有有效的员工账号 {login}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time received ({value}) is in the future.</source>
        <translation>受理时间（{value}）晚于现在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount {value} is negative.</source>
        <translation>金额 {value} 为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down what the customer complains about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the reply given to the customer.</source>
        <translation>请填写给客户的答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A complaint that is {status} cannot be moved to {step}.</source>
        <translation>处于 {status} 状态的投诉不能转为 {step}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The staff member complained about cannot handle the complaint. Choose someone else.</source>
        <translation>被投诉人不得处理该投诉，请另选经办人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} is handled by someone else; only its handler can do this.</source>
        <translation>投诉 {number} 由他人经办，只有经办人可以执行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint {number} cannot be closed yet:</source>
        <translation>投诉 {number} 尚不能结案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the leader&apos;s instruction is missing</source>
        <translation>缺少领导批示意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cause and findings are missing</source>
        <translation>缺少投诉原因及核查情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disposition of the responsible persons is missing</source>
        <translation>缺少对责任人的处理意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the corrective measures are missing</source>
        <translation>缺少整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customer&apos;s satisfaction is missing</source>
        <translation>缺少客户满意度评价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the reply was late: give the reason the deadline was missed</source>
        <translation>答复已超时：请说明超时原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason the customer withdraws.</source>
        <translation>请填写客户撤诉的原因。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A withdrawal is accepted only when the customer withdraws voluntarily. A withdrawal under pressure is a matter for the inspection office.</source>
        <translation>仅在客户自愿的情况下方可撤诉。如客户系被迫撤诉，须移交监察部门处理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown complaint document {value}: use {allowed}.</source>
        <translation>未知的投诉单据 {value}：请使用 {allowed}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The complaint document {kind} cannot be printed on this form.</source>
        <translation>投诉单据 {kind} 不能使用此格式打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} was withdrawn: there is no transfer slip to print.</source>
        <translation>投诉 {number} 已撤诉，无转办单可打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaint {number} has no handler yet: assign it before printing the transfer slip.</source>
        <translation>投诉 {number} 尚未分派经办人：请先分派，再打印转办单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is {status}: an urging slip is only for a complaint not yet answered.</source>
        <translation>投诉 {number} 当前状态为 {status}：督办单仅适用于尚未答复的投诉。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} has no computed deadline (it is set by hand): print no urging slip for it.</source>
        <translation>投诉 {number} 没有系统计算的处理时限（由人工确定），不能打印督办单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is not near its deadline ({deadline}): an urging slip can be printed from {date}.</source>
        <translation>投诉 {number} 尚未临近处理时限（{deadline}）：自 {date} 起可打印督办单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The urging text is longer than {maximum} characters.</source>
        <translation>督办意见超过 {maximum} 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint {number} is {status}: the result report is printed once the customer has been answered.</source>
        <translation>投诉 {number} 当前状态为 {status}：须在答复客户后方可打印处理结果报告单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts ({first}) after it ends ({last}).</source>
        <translation>起始日期（{first}）晚于结束日期（{last}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A register covers at most {maximum} days: choose a shorter period.</source>
        <translation>登记簿最多涵盖 {maximum} 天，请缩短期间。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/profile.py" line="+6"/>
        <source>The email address is not valid (name@example.com).</source>
        <translation>电子邮箱格式不正确（如 name@example.com）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the values offered for {field}.</source>
        <translation>请为 {field} 选择所列的值之一。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field {field} cannot be changed here.</source>
        <translation>此处不能修改字段 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{purpose} is not a consent purpose.</source>
        <translation>{purpose} 不是有效的授权用途。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} is not a way of giving consent: use branch, online or phone.</source>
        <translation>{channel} 不是有效的同意渠道，请使用 branch（柜面）、online（线上）或 phone（电话）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A consent cannot be dated in the future ({day}).</source>
        <translation>同意日期不能晚于今天（{day}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no {purpose} consent on file to withdraw.</source>
        <translation>没有可撤回的{purpose}同意记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has no ID document on file to change.</source>
        <translation>该客户没有可修改的证件记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That person is not an active customer manager, so the customer cannot be given to them.</source>
        <translation>该员工不是在岗的客户经理，不能将客户移交给他。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what was discussed.</source>
        <translation>请填写沟通内容。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/recommend.py" line="+25"/>
        <source>A safe choice while no valid risk assessment is on file.</source>
        <translation>客户尚无有效风险测评，此为稳妥之选。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a young customer (18 to 34).</source>
        <translation>适合青年客户（18 至 34 岁）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a customer in middle age (35 to 59).</source>
        <translation>适合中年客户（35 至 59 岁）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a senior customer (60 or older).</source>
        <translation>适合老年客户（60 岁及以上）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suits a customer under 18.</source>
        <translation>适合未满 18 岁的客户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A standard combination for the customer&apos;s income band.</source>
        <translation>适合客户收入档次的标准组合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tailored combination for a middle-to-high income.</source>
        <translation>为中高收入客户量身定制的组合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the customer manager&apos;s one-to-one plan (very high income).</source>
        <translation>纳入客户经理的一对一方案（超高收入）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer has nothing in {family} yet, part of the basic set every customer should have.</source>
        <translation>客户尚无{family}类产品，这是每位客户应有的基础配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer has {held_family} but nothing in {missing_family}.</source>
        <translation>客户已有{held_family}，但没有{missing_family}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completes a bundle the customer partly holds; missing: {missing}.</source>
        <translation>补全客户已部分持有的套餐；尚缺：{missing}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{amount} yuan arrived on {opened_on}: offer to invest it.</source>
        <translation>{opened_on} 有 {amount} 元资金流入：可建议客户进行配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk assessment expires on {valid_until}: reassess at this visit.</source>
        <translation>风险测评将于 {valid_until} 到期：请在本次到访时重新测评。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share}% of similar customers at this branch ({tier}, aged {ages}) hold it.</source>
        <translation>本网点同类客户（{tier}、{ages} 岁）中 {share}% 持有。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s ID document expires on {id_expiry}: ask for the new one at this visit.</source>
        <translation>客户证件将于 {id_expiry} 到期：请在本次到访时请客户更新证件。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Risk type {grade_name} ({grade}): this {level} product is within what the customer may buy.</source>
        <translation>风险类型{grade_name}（{grade}）：本产品风险等级 {level}，在客户可购买的范围内。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reserved for {tier} customers: a one-to-one offer.</source>
        <translation>专供{tier}：一对一服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer is {gap} yuan short of the {next_tier} tier: this helps them move up.</source>
        <translation>客户距{next_tier}还差 {gap} 元（临界区间）：此产品有助于升级。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{product_name} of {amount} yuan matures on {maturity_on}: money to place again.</source>
        <translation>{maturity_on} 到期的{product_name} {amount} 元：到期资金待重新配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} yuan in cash-like balances; {investable} yuan beyond what stays at hand.</source>
        <translation>活期及现金类余额 {amount} 元，其中 {investable} 元超出日常备用。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A child of {age} in the household: it can be opened in the child&apos;s name.</source>
        <translation>家中子女 {age} 岁：可以子女名义开立。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer already has {product_name}.</source>
        <translation>客户已持有{product_name}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted on {on}: not offered again before {until}.</source>
        <translation>客户已于 {on} 接受：{until} 前不再推荐。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Declined on {on}: offered again from {until}.</source>
        <translation>客户已于 {on} 拒绝：{until} 起可再推荐。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs at least {minimum} yuan; the customer has {available} yuan in cash and maturing money.</source>
        <translation>起购金额 {minimum} 元；客户活期及即将到期资金共 {available} 元。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already holds the maximum of {maximum} yuan.</source>
        <translation>客户已达本产品上限 {maximum} 元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gap} yuan more in assets lifts the customer to the {next_tier} tier, where this is offered.</source>
        <translation>客户资产再增加 {gap} 元即升为{next_tier}，届时可办理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No risk assessment on file: do the risk assessment first ({products} products wait for it).</source>
        <translation>客户尚无风险测评：请先做风险测评（{products} 个产品待测评后可推荐）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The risk assessment of {assessed_on} has expired: do the risk assessment first ({products} products wait for it).</source>
        <translation>{assessed_on} 的风险测评已过期：请先做风险测评（{products} 个产品待测评后可推荐）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing about this customer calls for it today.</source>
        <translation>目前没有发现客户对此产品的需求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后再议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money available now</source>
        <translation>暂无可用资金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return too low</source>
        <translation>收益太低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too risky for the customer</source>
        <translation>客户认为风险太高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already has something similar</source>
        <translation>已有类似产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers another bank</source>
        <translation>更倾向于其他银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up the offer of {product}</source>
        <translation>跟进 {product} 的推荐</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recommendation weights file has {count} problems (first: {first}). Correct the file.</source>
        <translation>产品推荐权重文件有 {count} 处问题（第一处：{first}）。请修改该文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown answer {value}: use accepted, declined or later.</source>
        <translation>未知的客户答复 {value}：请使用 accepted、declined 或 later。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A declined offer needs a reason from the list.</source>
        <translation>客户拒绝时，须从列表中选择原因。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown reason {value} for a declined offer. Choose one from the list.</source>
        <translation>未知的拒绝原因 {value}。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown breakdown {value}: use product, staff, reason or decline_reason.</source>
        <translation>未知的统计维度 {value}：请使用 product、staff、reason 或 decline_reason。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID document expires soon: ask for the new one.</source>
        <translation>证件即将到期：请客户更新证件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risk assessment expires soon: reassess.</source>
        <translation>风险测评即将到期：请重新测评。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by the sales rules ({count})</source>
        <translation>不符合销售规则（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered after a valid risk assessment ({count})</source>
        <translation>完成有效风险测评后可推荐（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already held ({count})</source>
        <translation>客户已持有（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered recently, resting ({count})</source>
        <translation>近期已答复，暂不推荐（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need seen now ({count})</source>
        <translation>暂未发现需求或资金不足（{count}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {value}: the file name must end in .xlsx or .csv.</source>
        <translation>无法写入 {value}：文件名须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/workqueue.py" line="+9"/>
        <source>Unknown referral reason {value}: use large_balance, stated_need, rising_star, maturity, premium or other.</source>
        <translation>未知的转介原因 {value}：请使用 large_balance、stated_need、rising_star、maturity、premium 或 other。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown urgency {value}: use normal or urgent.</source>
        <translation>未知的紧急程度 {value}：请使用 normal 或 urgent。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown outcome {value}: use contacted, converted, not_interested or later.</source>
        <translation>未知的结果 {value}：请使用 contacted、converted、not_interested 或 later。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/agreements.py" line="-104"/>
        <location filename="../../widgets/messages/workqueue.py" line="+3"/>
        <source>The note is too long (at most {maximum} characters).</source>
        <translation>备注过长（最多 {maximum} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/workqueue.py" line="+3"/>
        <source>Customer {customer_no} has no customer manager: choose whom to refer them to.</source>
        <translation>客户 {customer_no} 没有管户客户经理，请选择转介对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{login} is not a customer manager: referrals go to customer managers or supervisors.</source>
        <translation>{login} 不是客户经理：只能转介给客户经理或主管。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot refer a customer to yourself.</source>
        <translation>不能将客户转介给自己。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer {customer_no} already has an open referral to {manager}.</source>
        <translation>客户 {customer_no} 已有一条转介给 {manager} 的未完成转介。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no referral {id}.</source>
        <translation>没有编号为 {id} 的转介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referral {id} is for another manager; only they or a supervisor can record its outcome.</source>
        <translation>转介 {id} 属于其他客户经理，只有其本人或主管可以登记结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral {id} is already closed.</source>
        <translation>转介 {id} 已结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no task {id}.</source>
        <translation>没有编号为 {id} 的待办。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task {id} is a referral: record its outcome instead of marking it done.</source>
        <translation>待办 {id} 是转介，请登记结果，而不是直接标记完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} belongs to someone else.</source>
        <translation>待办 {id} 属于其他人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task {id} is already done.</source>
        <translation>待办 {id} 已完成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period starts on {first}, after its end on {last}: choose the dates again.</source>
        <translation>期间开始日 {first} 晚于结束日 {last}，请重新选择日期。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/performance.py" line="+11"/>
        <source>Administrators have no performance figures: sign in as branch staff to see them.</source>
        <translation>系统管理员没有业绩数据：请以网点员工身份登录查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can only see your own figures; a supervisor sees everyone&apos;s.</source>
        <translation>您只能查看本人的业绩；主管可查看所有人的业绩。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown period {value}: use day, week, xun, month, quarter or year.</source>
        <translation>未知的期间 {value}：请使用 day（日）、week（周）、xun（旬）、month（月）、quarter（季）或 year（年）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period ends ({last}) before it begins ({first}).</source>
        <translation>期间的结束日（{last}）早于开始日（{first}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period begins on {first}, which is still to come: there are no figures yet.</source>
        <translation>期间从 {first} 开始，尚未到来：还没有数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A period typed by hand needs both its first day (--from) and its last day (--to).</source>
        <translation>自定义期间需要同时给出开始日（--from）和结束日（--to）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give either a day (--day) or a period (--from and --to), not both.</source>
        <translation>请给出某一天（--day）或一个期间（--from 和 --to），不能同时给出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tier {value}: use T0, T1, T2, T3, T4 or T5.</source>
        <translation>未知的客户层级 {value}：请使用 T0、T1、T2、T3、T4 或 T5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown figure {value}: use {allowed}.</source>
        <translation>未知的指标 {value}：请使用 {allowed}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown plan metric {value}: use deposit_growth, new_customers, wealth_sales, fund_sales, insurance_sales, gold_sales, agreements or referrals_converted.</source>
        <translation>未知的计划指标 {value}：请使用 deposit_growth（存款净增）、new_customers（新增客户）、wealth_sales（理财销售）、fund_sales（基金销售）、insurance_sales（保险销售）、gold_sales（贵金属销售）、agreements（协议签约）或 referrals_converted（转介成功）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} is not an amount in yuan with at most two decimals.</source>
        <translation>目标值 {value} 不是以元为单位、最多两位小数的金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} must be above zero and below a trillion.</source>
        <translation>目标值 {value} 必须大于零且小于一万亿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target {value} counts customers or documents: enter a whole number.</source>
        <translation>目标值 {value} 是客户数或笔数：请输入整数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a supervisor or the branch head can set or delete sales plans.</source>
        <translation>只有主管或网点负责人可以设置或删除销售计划。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no sales plan {id}.</source>
        <translation>不存在编号为 {id} 的销售计划。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/calendar.py" line="+8"/>
        <location line="+3"/>
        <source>Line {line}: the file must start with the header {expected}.</source>
        <translation>第 {line} 行：文件须以表头 {expected} 开始。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: expected {expected} columns.</source>
        <translation>第 {line} 行：应有 {expected} 列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: {value} is not a date (write YYYY-MM-DD).</source>
        <translation>第 {line} 行：{value} 不是日期（请写作 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the kind {value} is unknown (write holiday or workday).</source>
        <translation>第 {line} 行：类型 {value} 无法识别（请写 holiday 节假日或 workday 调休上班日）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the kind {value} is unknown (write holiday or makeup_workday).</source>
        <translation>第 {line} 行：类型 {value} 无法识别（请写 holiday 或 makeup_workday）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: the {field} is missing.</source>
        <translation>第 {line} 行：缺少 {field}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {line}: {day} appears twice.</source>
        <translation>第 {line} 行：{day} 重复出现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {line}: {day} is a weekday; a make-up workday (workday) is a Saturday or Sunday worked in lieu.</source>
        <translation>第 {line} 行：{day} 是工作日，调休上班日（workday）只能是周六或周日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The calendar file holds no days.</source>
        <translation>日历文件中没有任何日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The calendar file {file} cannot be read as UTF-8 text.</source>
        <translation>无法以 UTF-8 文本读取日历文件 {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is both a holiday and a make-up workday in the calendar.</source>
        <translation>日历中 {day} 既是节假日又是调休上班日。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of working days ({value}) is negative.</source>
        <translation>工作日天数（{value}）为负数。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/tiers.py" line="+8"/>
        <source>Say why the tier is held by hand (the reason is kept with the change).</source>
        <translation>请填写人工调整层级的原因（原因将随变更记录保存）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The override would end on {value}, which has passed: choose a later date.</source>
        <translation>调整截止日 {value} 已过，请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../widgets/messages/security.py" line="+10"/>
        <source>{field} contains an invisible control or direction character ({character}, character {position}). Retype the text without it; such characters can hide or reverse what is printed.</source>
        <translation>{field} 含有不可见的控制字符或文字方向字符（{character}，第 {position} 个字符）。请删除后重新输入；这类字符可能隐藏或颠倒打印出的内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invisible control or direction character ({character}, character {position}); fix the file and import it again</source>
        <translation>含有不可见的控制字符或文字方向字符（{character}，第 {position} 个字符）；请修改文件后重新导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too large to be a catalogue or questionnaire file (over 2 MB).</source>
        <translation>文件过大（超过 2 MB），不是产品目录或问卷文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file nests lists and fields too deeply (near line {value}); it is not a file we read.</source>
        <translation>文件中的列表和字段嵌套层级过深（约第 {value} 行），无法读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s aliases (*name) would expand into millions of values (near line {value}); it was refused before reading.</source>
        <translation>文件中的别名（*名称）展开后将达数百万个值（约第 {value} 行），已在读取前拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: a list or a group of fields is used as a field name.</source>
        <translation>第 {value} 行：列表或字段组被用作字段名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {value}: a value that cannot exist (such as 30 February, or a number far too long).</source>
        <translation>第 {value} 行：存在不可能的值（例如 2 月 30 日，或位数过长的数字）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why this list leaves the system (--reason customer_contact_plan, authority_request, internal_audit, customer_requests_copy or other with --note); the export is recorded.</source>
        <translation>请说明导出此名单的理由（--reason customer_contact_plan、authority_request、internal_audit、customer_requests_copy，或 other 并加 --note）；导出将被记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the reason &apos;other&apos;, write the legal basis for the export in the note.</source>
        <translation>理由为“other”时，请在备注中写明导出的法律依据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product}: the field {field} contains an invisible control or direction character ({value}); remove it from the file.</source>
        <translation>{product}：字段 {field} 含有不可见的控制字符或文字方向字符（{value}），请从文件中删除。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/navigator.py" line="+16"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inbox</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tier reports</source>
        <translation>层级报表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff accounts</source>
        <translation>员工账号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working-day calendar</source>
        <translation>工作日日历</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approvals</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../widgets/pdf_preview.py" line="+189"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>已发送 {count} 页到打印机。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A copy needs a supervisor&apos;s approval: request no. {id} is waiting. Press again once approved.</source>
        <translation>补打副本须经主管批准：申请 {id} 已提交，批准后请再按一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement {number} (copy 副本)</source>
        <translation>协议 {number}（副本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A copy marked 副本 was made from the archive; the original is unchanged.</source>
        <translation>已从档案生成标注“副本”的副本，正本未改动。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} page(s)</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint copy (副本)</source>
        <translation>补打副本</translation>
    </message>
</context>
<context>
    <name>PerformanceCharts</name>
    <message>
        <location filename="../../widgets/performance/charts.py" line="+45"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit balance</source>
        <translation>存款余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits, day by day</source>
        <translation>存款余额走势</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>AUM</source>
        <translation>管理资产 AUM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUM, day by day</source>
        <translation>管理资产走势</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers by tier · AUM in 10k yuan</source>
        <translation>客户层级分布 · 资产单位万元</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counter services by kind</source>
        <translation>柜面业务笔数（按业务）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{accepted} of {answered}</source>
        <translation>{accepted} / {answered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendations accepted, by product</source>
        <translation>推荐接受数（按产品）</translation>
    </message>
</context>
<context>
    <name>PerformanceDrillDialog</name>
    <message>
        <location filename="../../widgets/performance_drill_dialog.py" line="+45"/>
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
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AUM (yuan)</source>
        <translation>管理资产（元）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n customer(s) in all; the first {shown} are listed.</source>
        <translation>
            <numerusform>共 %n 位客户，显示前 {shown} 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s).</source>
        <translation>
            <numerusform>共 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n agreement(s) in all; the first {shown} are listed.</source>
        <translation>
            <numerusform>共 %n 份协议，列出前 {shown} 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s).</source>
        <translation>
            <numerusform>共 %n 份协议。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in all: {amount} yuan.</source>
        <translation>合计金额 {amount} 元。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a customer to open the profile.</source>
        <translation>双击客户打开客户视图。</translation>
    </message>
</context>
<context>
    <name>PerformanceScreen</name>
    <message>
        <location filename="../../widgets/performance/view.py" line="+296"/>
        <source>Referrals converted</source>
        <translation>转介成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations accepted</source>
        <translation>推荐已接受</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+50"/>
        <location line="+85"/>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+84"/>
        <source>Performance</source>
        <translation>业绩</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>{scope} · {cadence} {first} to {last}</source>
        <translation>{scope} · {cadence} {first} 至 {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Figures to {date} · {branch}</source>
        <translation>数据截至 {date} · {branch}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreements issued</source>
        <translation>协议签发</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Customers in the book</source>
        <translation>名下客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who moved up a tier</source>
        <translation>层级提升客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers who moved down a tier</source>
        <translation>层级下降客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid/high-tier customers lost</source>
        <translation>流失的中高端客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers due a contact, not contacted in time</source>
        <translation>应联系未按时联系的客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers with overdue tasks</source>
        <translation>有逾期待办的客户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s figures are up to date.</source>
        <translation>今日数据已更新。</translation>
    </message>
    <message>
        <location filename="../../widgets/performance/names.py" line="+23"/>
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ten-day report</source>
        <translation>旬报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly report</source>
        <translation>季报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly report</source>
        <translation>年报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period report</source>
        <translation>业绩报表</translation>
    </message>
    <message>
        <location filename="../../widgets/performance/view.py" line="+17"/>
        <source>Export figures</source>
        <translation>导出业绩数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures exported to {path}.</source>
        <translation>业绩数据已导出至 {path}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures of</source>
        <translation>查看对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Update today&apos;s figures</source>
        <translation>更新今日数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales plans...</source>
        <translation>销售计划…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print...</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to Excel...</source>
        <translation>导出 Excel…</translation>
    </message>
</context>
<context>
    <name>PerformanceSections</name>
    <message>
        <location filename="../../widgets/performance/sections.py" line="+44"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Customer count</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>AUM (10k yuan)</source>
        <translation>管理资产（万元）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deposits (10k yuan)</source>
        <translation>存款（万元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referrals made</source>
        <translation>转介笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals converted</source>
        <translation>转介成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Recommendations accepted</source>
        <translation>推荐已接受</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue tasks</source>
        <translation>逾期待办</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From tier</source>
        <translation>原层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To tier</source>
        <translation>新层级</translation>
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
        <translation>计划指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>计划期间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后再议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>接受率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Amount (10k yuan)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customers without a manager</source>
        <translation>未分配客户经理的客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} (10k yuan)</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exactly {amount} yuan</source>
        <translation>精确金额 {amount} 元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By staff</source>
        <translation>员工业绩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier moves (click a row for the customers)</source>
        <translation>层级迁移（点击行查看客户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales against plan</source>
        <translation>计划完成情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations by product</source>
        <translation>产品推荐情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons declined</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements by product family</source>
        <translation>协议签约（按产品类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter services</source>
        <translation>柜面业务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints by channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None in this period.</source>
        <translation>本期无记录。</translation>
    </message>
</context>
<context>
    <name>PerformanceTiles</name>
    <message>
        <location filename="../../widgets/performance/tiles.py" line="+163"/>
        <source>Click to list the customers</source>
        <translation>点击查看客户明细</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Counter services</source>
        <translation>柜面业务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>transactions</source>
        <translation>笔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer count</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>vs start {change}</source>
        <translation>较期初 {change}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened in the period</source>
        <translation>本期开户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUM</source>
        <translation>管理资产 AUM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vs year start {change}</source>
        <translation>较年初 {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs last year {change}</source>
        <translation>较同期 {change}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deposit balance</source>
        <translation>存款余额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved up a tier</source>
        <translation>层级提升</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Month end to month end</source>
        <translation>按月末比较</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Moved down a tier</source>
        <translation>层级下降</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mid/high-tier retention</source>
        <translation>中高端客户保有率</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Products per customer</source>
        <translation>户均产品数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Product families per customer {value}</source>
        <translation>户均产品类别 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active holdings {n}</source>
        <translation>持有产品 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product families per customer</source>
        <translation>户均产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product coverage of the book</source>
        <translation>名下客户产品覆盖度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact-plan coverage</source>
        <translation>联系计划覆盖率</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreements issued</source>
        <translation>协议签发</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Amount {amount} {unit}&lt;br&gt;Fees {fees} {unit}</source>
        <translation>金额 {amount} {unit}&lt;br&gt;手续费 {fees} {unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount {amount} yuan; fees {fees} yuan</source>
        <translation>金额 {amount} 元；手续费 {fees} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Referral conversion</source>
        <translation>转介成功率</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Converted {part} / {whole} made</source>
        <translation>成功 {part} / 转介 {whole}</translation>
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
        <translation>已联系 {part} / 应联系 {whole} · 未联系 {missing}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted {part} / {whole} received · contacted {contacted}</source>
        <translation>成功 {part} / 收到 {whole} · 已联系 {contacted}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommendation acceptance</source>
        <translation>推荐接受率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted {part} / {whole} decided · later {later}</source>
        <translation>接受 {part} / 明确答复 {whole} · 稍后再议 {later}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount {amount} {unit}</source>
        <translation>金额 {amount} {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue tasks</source>
        <translation>逾期待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open tasks {n}</source>
        <translation>未办结待办 {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee-earning sales</source>
        <translation>中间业务销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth, funds, insurance, bonds, gold</source>
        <translation>理财、基金、保险、国债、贵金属</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans reached</source>
        <translation>计划已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest: {plan} {rate}</source>
        <translation>最低：{plan} {rate}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time {on_time}&lt;br&gt;Satisfied {satisfied} · major {major}</source>
        <translation>按时办结 {on_time}&lt;br&gt;满意 {satisfied} · 重大 {major}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exactly {amount} yuan</source>
        <translation>精确金额 {amount} 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to list the customers not yet contacted</source>
        <translation>点击查看未联系的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the converted referrals</source>
        <translation>点击查看转介成功明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the accepted recommendations</source>
        <translation>点击查看已接受的推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the agreements with their amounts</source>
        <translation>点击查看协议及金额明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the mid/high-tier customers lost</source>
        <translation>点击查看流失的中高端客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list the overdue tasks</source>
        <translation>点击查看逾期待办</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>¥10k</source>
        <translation>万元</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+45"/>
        <source>Print the complaint register</source>
        <translation>打印投诉登记簿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print</source>
        <translation>打印</translation>
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
        <translation>指标</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+203"/>
        <source>For</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+196"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+202"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>count</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yuan, at most two decimals</source>
        <translation>金额（元），最多两位小数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter a target.</source>
        <translation>请输入目标值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter yuan with at most two decimals.</source>
        <translation>请输入以元为单位、最多两位小数的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target must be above zero.</source>
        <translation>目标值必须大于零。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Saved: {metric} {target} for {scope}.</source>
        <translation>已保存：{scope}的{metric}目标 {target}。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete the plan {metric} for {scope}, {first} – {last} (target {target})?</source>
        <translation>删除{scope}在 {first} – {last} 的{metric}计划（目标 {target}）？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan was deleted.</source>
        <translation>计划已删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Sales plans</source>
        <translation>销售计划</translation>
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
        <translation>设置目标（同一指标、对象和期间的目标将被替换）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save target</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete plan…</source>
        <translation>删除计划…</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../../widgets/product_edit_dialog.py" line="+60"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / benchmark (fraction: 0.0135 = 1.35%)</source>
        <translation>利率/业绩比较基准（小数：0.0135 即 1.35%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (yuan)</source>
        <translation>起点金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step (yuan)</source>
        <translation>递增金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum (yuan)</source>
        <translation>最高金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale starts</source>
        <translation>销售开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale ends</source>
        <translation>销售结束</translation>
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
        <translation>给复核人的说明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Propose</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change takes effect only after another supervisor approves it.</source>
        <translation>变更须经另一位主管复核批准后才生效。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change product {code}</source>
        <translation>变更产品 {code}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../widgets/profile/lists.py" line="-59"/>
        <source>Follow up the recommendation: {product}</source>
        <translation>推荐跟进：{product}</translation>
    </message>
    <message>
        <location filename="../../widgets/profile/agreements.py" line="-69"/>
        <source>Until {when}</source>
        <translation>至 {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {when}</source>
        <translation>已于 {when} 届满</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starts at the review</source>
        <translation>复核后起算</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <location filename="../../widgets/profile/dialog_flows.py" line="+70"/>
        <source>Changes saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reassignment requested (no. {id}); it takes effect when another supervisor approves it.</source>
        <translation>已提交移交申请（编号 {id}），经另一位主管批准后生效。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Referred {customer} to {manager}; contact due by {date}.</source>
        <translation>已将客户 {customer} 转介给 {manager}，须于 {date} 前联系。</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../widgets/profile/header.py" line="+48"/>
        <source>Counter recei&amp;pt...</source>
        <translation>打印回单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refer...</source>
        <translation>转介(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;agreement...</source>
        <translation>生成协议(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show f&amp;ull ID and mobile...</source>
        <translation>显示完整证件号和手机号(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer...</source>
        <translation>修改客户资料(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reass&amp;ign...</source>
        <translation>移交客户(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../widgets/profile/panel.py" line="+301"/>
        <source>Answer recorded for {product}: later. A follow-up task was created.</source>
        <translation>已记录客户对 {product} 的答复：稍后再议，并已创建跟进任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer recorded for {product}: declined.</source>
        <translation>已记录客户对 {product} 的答复：拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer recorded for {product}: accepted.</source>
        <translation>已记录客户对 {product} 的答复：接受。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreements cannot be issued from here yet.</source>
        <translation>暂时无法在此办理协议。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose a customer to see their profile.</source>
        <translation>请选择客户以查看客户视图。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Near upgrade (临界区间)</source>
        <translation>临近升级（临界区间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention watch</source>
        <translation>保级关注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no customer manager</source>
        <translation>无客户经理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identifiers masked</source>
        <translation>证件号和手机号已脱敏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full identifiers</source>
        <translation>完整显示证件号和手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer manager: {manager} · {access}</source>
        <translation>客户经理：{manager} · {access}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer manager: {manager} · read only, {access}</source>
        <translation>客户经理：{manager} · 只读，{access}</translation>
    </message>
</context>
<context>
    <name>QualificationsDialog</name>
    <message>
        <location filename="../../widgets/qualifications_dialog.py" line="+41"/>
        <source>Qualified to sell</source>
        <translation>可销售的产品类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Without a date they do not expire. Saving replaces the qualifications on file.</source>
        <translation>不填日期即长期有效。保存后将替换原有的销售资格。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sales qualifications of {person}</source>
        <translation>{person}的销售资格</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../widgets/profile/dialogs.py" line="+96"/>
        <source>Reassign customer</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} goes to the new manager today. The new manager gets a task: tell the customer orally and in writing, and contact them within one month. Open tasks move too.</source>
        <translation>{name}今日起移交给新客户经理。新客户经理将收到任务：以口头和书面方式通知客户，并在一个月内与客户联系。未完成的任务一并移交。</translation>
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
        <translation>新客户经理</translation>
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
        <translation>取款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time deposit opened</source>
        <translation>定期存款开户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time deposit withdrawn</source>
        <translation>定期存款支取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth product subscription</source>
        <translation>理财产品认购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth product redemption</source>
        <translation>理财产品赎回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss report</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account closed</source>
        <translation>销户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5 sheet (landscape)</source>
        <translation>A5 纸（横向）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll</source>
        <translation>80 毫米卷纸</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../widgets/receipt/view.py" line="+38"/>
        <source>Receipt {number}, customer copy</source>
        <translation>回单 {number}（客户联）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, customer copy (copy 副本)</source>
        <translation>回单 {number}（客户联，副本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, bank copy</source>
        <translation>回单 {number}（银行联）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {number}, bank copy (copy 副本)</source>
        <translation>回单 {number}（银行联，副本）</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This station has no terminal id: set it under Settings, This station.</source>
        <translation>本工作站尚未设置终端号：请在“设置 → 本工作站”中填写。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issuing...</source>
        <translation>正在出具…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Counter receipt</source>
        <translation>业务回单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station {station} · printed on {paper} (Settings: This station)</source>
        <translation>终端 {station} · 纸张：{paper}（设置：本工作站）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;ustomer copy</source>
        <translation>客户联(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank copy</source>
        <translation>银行联(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue receipt</source>
        <translation>出具回单(&amp;I)</translation>
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
        <translation>回单 {number} 已出具并归档。客户联交客户，银行联留存归档；之后再打印的均为标注“副本”的补打件。</translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../widgets/receipt/form.py" line="+103"/>
        <source>Choose or type the service to print (e.g. 存款).</source>
        <translation>请选择或输入要打印的业务名称（如“存款”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the amount in yuan, e.g. 5000.00 (no separators).</source>
        <translation>请按元填写金额，如 5000.00（不要加千位分隔符）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount of the transaction.</source>
        <translation>请输入交易金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fee and balance are amounts in yuan, e.g. 10.00 (the balance may stay empty).</source>
        <translation>手续费和余额须按元填写，如 10.00（余额可不填）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice</source>
        <translation>业务(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount (yuan)</source>
        <translation>金额（元）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fee (yuan)</source>
        <translation>手续费（元）(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Balance after (yuan)</source>
        <translation>交易后余额（元）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice given on</source>
        <translation>通知日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account</source>
        <translation>不涉及账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 存款, or type the service</source>
        <translation>如“存款”，或直接输入业务名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: not printed</source>
        <translation>不填则不打印</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdrawal (a notice deposit: at least 50,000, 50,000 must remain)</source>
        <translation>支取（通知存款：每次不少于5万元，留存不少于5万元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the notice: the customer accepts the demand rate</source>
        <translation>未按约定通知：客户同意按活期利率计息</translation>
    </message>
</context>
<context>
    <name>RecommendCommand</name>
    <message>
        <location filename="../../desktop/commands/recommend_text.py" line="+21"/>
        <source>suggested {amount} yuan a month</source>
        <translation>建议每月 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suggested {amount} yuan</source>
        <translation>建议金额 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no valid risk assessment</source>
        <translation>无有效风险测评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk type {name} ({grade})</source>
        <translation>风险类型 {name}（{grade}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First: {action}</source>
        <translation>首先：{action}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended ({count})</source>
        <translation>推荐（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not offered ({count})</source>
        <translation>不推荐的产品（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules {version}</source>
        <translation>规则版本 {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{manager}  {day}  {count} customers</source>
        <translation>{manager}  {day}  共 {count} 位客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matures {day}: {amount} yuan</source>
        <translation>{day} 到期 {amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing maturing</source>
        <translation>近期无到期</translation>
    </message>
</context>
<context>
    <name>RecommendPanel</name>
    <message>
        <location filename="../../widgets/recommend_panel.py" line="+383"/>
        <source>{names} and {count} more</source>
        <translation>{names} 等，另有 {count} 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended today</source>
        <translation>今日推荐</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out what suits this customer today...</source>
        <translation>正在分析今日适合该客户的产品…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to recommend today.</source>
        <translation>今日没有可推荐的产品。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do the risk assessment first</source>
        <translation>先做风险测评</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not offered ({count})</source>
        <translation>不推荐的产品（{count}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a product by name or code</source>
        <translation>按产品名称或代码查找</translation>
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
        <translation>业绩比较基准 {rate}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate {rate}</source>
        <translation>利率 {rate}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>suggested {amount} yuan a month</source>
        <translation>建议每月 {amount} 元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested {amount} yuan</source>
        <translation>建议金额 {amount} 元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proceed</source>
        <translation>办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer to a customer manager…</source>
        <translation>转介客户经理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the agreement for this product with the suggested amount</source>
        <translation>按建议金额为该产品办理协议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates a follow-up task</source>
        <translation>将创建跟进任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for declining...</source>
        <translation>拒绝原因…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded: {outcome}</source>
        <translation>已记录：{outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: {outcome} ({reason})</source>
        <translation>已记录：{outcome}（{reason}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>follow-up task created</source>
        <translation>已创建跟进任务</translation>
    </message>
</context>
<context>
    <name>RecommendationSection</name>
    <message>
        <location filename="../../widgets/profile/recommendations.py" line="+132"/>
        <source>Recommendations</source>
        <translation>产品推荐</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../widgets/referral_dialog.py" line="+51"/>
        <source>Refer a customer</source>
        <translation>转介客户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a name, customer number or phone above</source>
        <translation>请在上方输入姓名、客户号或手机号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The customer&apos;s own manager</source>
        <translation>客户的管户客户经理</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Urgent: the customer is waiting</source>
        <translation>加急：客户正在等候(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer &amp;agrees to be contacted</source>
        <translation>客户同意被联系(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer &amp;to</source>
        <translation>转介给(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested &amp;products</source>
        <translation>推荐产品(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fer</source>
        <translation>转介(&amp;F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name, customer number or phone</source>
        <translation>姓名、客户号或手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>按名称筛选</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No customer found</source>
        <translation>未找到客户</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) found: choose one</source>
        <translation>
            <numerusform>找到 %n 位客户，请选择</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Find the customer and choose them from the list.</source>
        <translation>请查找客户并从列表中选择。</translation>
    </message>
</context>
<context>
    <name>ReferralsReport</name>
    <message>
        <location filename="../../widgets/referrals_report.py" line="+103"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred by</source>
        <translation>转介人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals made</source>
        <translation>转介笔数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Contacted</source>
        <translation>已联系</translation>
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
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Still open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>已超时</translation>
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
        <translation>接收转介笔数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted in time</source>
        <translation>按时联系</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No referrals were made in this period.</source>
        <translation>该期间没有转介。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period from</source>
        <translation>期间自</translation>
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
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By referring staff member</source>
        <translation>按转介人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By receiving manager</source>
        <translation>按接收客户经理</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referrals made in the period, by the day referred, of everyone; overdue as of today.</source>
        <translation>全部人员在该期间（按转介日期）的转介；超时按今日计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own referrals made in the period, by the day referred; overdue as of today.</source>
        <translation>您本人在该期间（按转介日期）的转介；超时按今日计算。</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="-164"/>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody in particular</source>
        <translation>无特定人员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public figure</source>
        <translation>涉及公众人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive topic</source>
        <translation>敏感事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reputational risk</source>
        <translation>声誉风险</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in dispute (yuan)</source>
        <translation>争议金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint about</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the complainant&apos;s name.</source>
        <translation>请填写投诉人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write down what the customer complains about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../widgets/profile/dialogs.py" line="-85"/>
        <source>Show full ID number and mobile</source>
        <translation>显示完整证件号码和手机号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing {name}&apos;s full ID number and mobile is recorded with your name and the reason.</source>
        <translation>显示{name}的完整证件号码和手机号将记录您的姓名和原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verifying the customer in front of me</source>
        <translation>核实临柜客户身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transaction needs the full ID number</source>
        <translation>业务办理需要完整证件号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request from an authority</source>
        <translation>有权机关要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer asks for a copy</source>
        <translation>客户要求提供副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (explain)</source>
        <translation>其他（请说明）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why in the note.</source>
        <translation>请在备注中说明原因。</translation>
    </message>
</context>
<context>
    <name>RiskSection</name>
    <message>
        <location filename="../../widgets/profile/risk.py" line="+17"/>
        <source>Assessed on</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No assessment on file</source>
        <translation>无风险测评记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{grade} {label}, valid until {date} (12 months from {assessed})</source>
        <translation>{grade} {label}，有效期至 {date}（{assessed} 测评，有效 12 个月）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: {text}. Re-assess before any investment sale.</source>
        <translation>已过期：{text}。销售投资产品前须重新测评。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires soon: {text}</source>
        <translation>即将到期：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No assessment history</source>
        <translation>无测评历史</translation>
    </message>
</context>
<context>
    <name>SaleForm</name>
    <message numerus="yes">
        <location filename="../../widgets/agreement/sale_form.py" line="+185"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>找到 %n 个产品</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The product has this one term.</source>
        <translation>该产品只有这一个期限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product has no term.</source>
        <translation>该产品没有期限。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer has no demand account or debit card</source>
        <translation>客户名下没有活期账户或借记卡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement names no settlement account (printed as —).</source>
        <translation>协议不载明结算账户（打印为“—”）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the id of the audio and video recording</source>
        <translation>录音录像的编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed: this sale is not dual-recorded</source>
        <translation>无需填写：本次销售无需双录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading products...</source>
        <translation>正在加载产品…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product to choose.</source>
        <translation>没有可选的产品。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>risk level R{level}</source>
        <translation>风险等级 R{level}</translation>
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
        <translation>目录{edition}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the amount in yuan, e.g. 50000.00 (no separators).</source>
        <translation>请以元为单位填写金额，如 50000.00（不加分隔符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount to check it against the product&apos;s limits.</source>
        <translation>请输入金额，以核对产品的金额限制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service agreement for {customer}</source>
        <translation>{customer} 的服务协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find product</source>
        <translation>查找产品(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount (yuan)</source>
        <translation>金额（元）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term</source>
        <translation>期限(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settlement account</source>
        <translation>结算账户(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dual-recording id</source>
        <translation>双录编号(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or pinyin, e.g. 理财 / licai / lc</source>
        <translation>名称或拼音，如 理财 / licai / lc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 50000.00</source>
        <translation>例如 50000.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No term for this product</source>
        <translation>本产品无期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a product</source>
        <translation>请选择产品</translation>
    </message>
</context>
<context>
    <name>SearchHints</name>
    <message>
        <location filename="../../widgets/search_hints.py" line="+27"/>
        <source>No customer is named “{text}”. Check the characters (a similar-looking one?), type only the surname and the first character of the given name, or search by pinyin, mobile or ID number.</source>
        <translation>没有名为“{text}”的客户。请检查用字（是否有形近字？），可只输入姓和名的第一个字，或按拼音、手机号、证件号查找。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No ID number or mobile ends in {text}, and no number starts with it. Type more digits, the whole ID number, mobile or card number, or the name.</source>
        <translation>没有证件号或手机号以 {text} 结尾，也没有号码以它开头。请多输入几位，或输入完整的证件号、手机号、卡号，或姓名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer has the number {text}. Check the digits; an ID number has 18 characters, a mobile 11, a card 16 to 19. Or search by name.</source>
        <translation>没有客户使用号码 {text}。请核对数字：证件号 18 位，手机号 11 位，卡号 16 至 19 位；也可按姓名查找。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer number, pinyin name or initials match “{text}”. Try the full pinyin (zhangsan), the initials (zs), the name in characters, or a number.</source>
        <translation>没有客户号、拼音或拼音首字母与“{text}”相符。请试试全拼（zhangsan）、首字母（zs）、汉字姓名或号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer found for “{text}”. Try the name, pinyin initials, the mobile, the last digits of the ID number, a card or account number, or the customer number.</source>
        <translation>未找到与“{text}”相符的客户。请试试姓名、拼音首字母、手机号、证件号后几位、卡号或账号，或客户号。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../widgets/settings_screen.py" line="+98"/>
        <location line="+24"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>空闲多少分钟后锁屏（0 = 从不）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Terminal id (on receipts)</source>
        <translation>终端号（印在回单上）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receipt paper</source>
        <translation>回单纸张(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters and digits, e.g. T01</source>
        <translation>字母和数字，如 T01</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
        <location filename="../../desktop/shell.py" line="+144"/>
        <source>No staff accounts exist yet. Create the first administrator on this computer with:
branchdesk users add LOGIN --role admin --name NAME --password-stdin</source>
        <translation>尚无员工账号。请在本机用以下命令创建第一个管理员：
branchdesk users add 登录名 --role admin --name 姓名 --password-stdin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo logins: {logins}</source>
        <translation>演示账号：{logins}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../widgets/shortcut_sheet.py" line="+51"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Underlined letters on buttons work with Alt (Alt+R: refer). Tab moves between fields and leaves a table in one step; arrow keys move inside it.</source>
        <translation>按钮上带下划线的字母可与 Alt 键合用（Alt+R：转介）。Tab 键在各栏之间移动，一步即可离开表格；表格内用方向键移动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>适用范围</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="+22"/>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers screen</source>
        <translation>客户页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document preview</source>
        <translation>单据预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list of shortcuts</source>
        <translation>显示本快捷键列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a customer (go to the search box)</source>
        <translation>查找客户（跳到搜索框）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the customer selected in the results</source>
        <translation>打开结果中选中的客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counter receipt for the customer shown (for the holding selected)</source>
        <translation>为当前客户打印回单（针对所选持仓）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refer the customer shown to a manager</source>
        <translation>将当前客户转介给客户经理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue an agreement for the customer shown</source>
        <translation>为当前客户生成协议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the recommendations for the customer shown (Tab to their actions)</source>
        <translation>转到当前客户的产品推荐（按 Tab 键逐个操作）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to the list of screens (the arrow keys open the one above or below)</source>
        <translation>转到左侧功能列表（方向键切换到上一个或下一个功能）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the station now</source>
        <translation>立即锁定工作站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected result</source>
        <translation>打开所选结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the search box to the results</source>
        <translation>从搜索框移到结果列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back: from the profile to the results, from the results to the search box</source>
        <translation>返回：从客户视图回到结果列表，从结果列表回到搜索框</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the document shown</source>
        <translation>打印当前单据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>页面适合宽度</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../widgets/staff_screen.py" line="+56"/>
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
        <location line="+3"/>
        <source>Sales qualifications</source>
        <translation>销售资格</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Locked</source>
        <translation>已锁定</translation>
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
        <translation>{family}（已于 {date} 过期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{family} (until {date})</source>
        <translation>{family}（有效期至 {date}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一位员工。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role {role} sells no product that needs a qualification.</source>
        <translation>{role}岗位不销售需要销售资格的产品。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product families this person may sell, and until when.</source>
        <translation>此员工可销售的产品类别及有效期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlock requested: a supervisor or another administrator approves it.</source>
        <translation>已提交解锁申请，须由主管或另一位管理员批准。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Account created.</source>
        <translation>账号已创建。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Qualifications saved.</source>
        <translation>销售资格已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+1"/>
        <source>&amp;Qualifications...</source>
        <translation>销售资格(&amp;Q)…</translation>
    </message>
</context>
<context>
    <name>SuitabilityBox</name>
    <message>
        <location filename="../../widgets/agreement/suitability_box.py" line="+59"/>
        <source>Checking suitability...</source>
        <translation>正在进行适当性检查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issuing the agreement...</source>
        <translation>正在生成协议…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a product to check the sale.</source>
        <translation>请选择产品以检查本次销售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale is blocked by the suitability rules:</source>
        <translation>适当性规则不允许本次销售：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale may go ahead once each point below is done and acknowledged:</source>
        <translation>完成并确认以下各项后方可办理：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sale passes the suitability rules.</source>
        <translation>本次销售符合适当性规则。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Special care given: explained plainly, the customer understands</source>
        <translation>已给予特别关注：已用通俗语言讲解，客户已理解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cooling-off period was explained to the customer</source>
        <translation>已向客户说明冷静期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale is being recorded on audio and video (双录)</source>
        <translation>本次销售正在录音录像（双录）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suitability (checked again when issuing)</source>
        <translation>适当性（生成协议时再次检查）</translation>
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
        <translation>已上报主管</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Not contacted by {manager}: %n working day(s) overdue</source>
        <translation>
            <numerusform>{manager} 未联系客户：已超时 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} {account} matures {date} ({stage})</source>
        <translation>{product} {account} 于 {date} 到期（{stage}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk assessment valid until {date}</source>
        <translation>风险评估有效期至 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID document ending {tail} expires {date}</source>
        <translation>尾号 {tail} 的证件于 {date} 到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthday on {date}</source>
        <translation>{date} 生日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint {number}</source>
        <translation>投诉 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeats {number}</source>
        <translation>重复投诉，前案 {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major complaint {number} not reported upward by {date}</source>
        <translation>重大投诉 {number} 未在{date}前向上级报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No {check} check recorded for {date}</source>
        <translation>{date}未登记{check}检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward the complaints found online by {date}</source>
        <translation>请于{date}前转办网络渠道发现的投诉</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Have an administrator load the {year} working-day calendar: deadlines in {year} are provisional</source>
        <translation>请系统管理员导入 {year} 年工作日日历：{year} 年的期限目前为暂定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call about agreement {number} once its cooling-off period has ended ({end})</source>
        <translation>冷静期届满（{end}）后就协议 {number} 回访客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact within a month: new manager {name}</source>
        <translation>一个月内联系客户：新客户经理 {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors&apos; queue</source>
        <translation>主管待办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact consent</source>
        <translation>同意联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No: do not call</source>
        <translation>否：请勿致电</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated</source>
        <translation>上报主管</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>To the supervisors on {date}, %n working day(s) overdue</source>
        <translation>
            <numerusform>{date} 上报主管，已超时 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact was due</source>
        <translation>应联系日期</translation>
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
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tasks</source>
        <translation>无待办任务</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../widgets/complaint_dialogs.py" line="+93"/>
        <source>This cannot be left empty.</source>
        <translation>此项不能为空。</translation>
    </message>
</context>
<context>
    <name>TierReportsScreen</name>
    <message>
        <location filename="../../widgets/tier_reports_screen.py" line="+51"/>
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
        <source>Manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>客户层级</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Assets (yuan)</source>
        <translation>资产（元）</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Gap (yuan)</source>
        <translation>差额（元）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Book</source>
        <translation>管户范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top 20% (customers)</source>
        <translation>前 20% 客户数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held by the top 20% (yuan)</source>
        <translation>前 20% 客户资产（元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Export the list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>near_tier_list.csv</source>
        <translation>临界区间名单.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List exported to {path}.</source>
        <translation>名单已导出到 {path}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Near {tier}</source>
        <translation>临近{tier}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May drop from {tier}</source>
        <translation>可能降出{tier}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{gap} yuan more reaches {tier}</source>
        <translation>再增加 {gap} 元即达{tier}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} yuan above the floor of {tier}</source>
        <translation>高出{tier}门槛 {gap} 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{upgrade} near the next tier (upgrade calls), {retention} close to losing theirs (retention)</source>
        <translation>临近升级 {upgrade} 位（升级回访），临近降级 {retention} 位（挽留回访）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Near the next tier</source>
        <translation>临界区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80/20 concentration</source>
        <translation>二八集中度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export list...</source>
        <translation>导出名单(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much of the assets the top 20% of customers hold: the branch first, then each manager&apos;s book.</source>
        <translation>前 20% 客户持有的资产占比：先列全网点，再列各客户经理的管户。</translation>
    </message>
</context>
<context>
    <name>ValueSection</name>
    <message>
        <location filename="../../widgets/profile/value.py" line="+34"/>
        <source>Value</source>
        <translation>客户价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tier, stars</source>
        <translation>层级、星级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier rule</source>
        <translation>层级规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets with us (yuan)</source>
        <translation>在我行资产（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the next tier</source>
        <translation>距下一层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits (yuan)</source>
        <translation>存款（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit insurance</source>
        <translation>存款保险</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>below one star</source>
        <translation>准星级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{tier}, {stars}</source>
        <translation>{tier}，{stars}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUM from {floor} (deposits, wealth products, funds, bonds, insurance, gold; no loans)</source>
        <translation>资产达 {floor} 起（存款、理财、基金、债券、保险、贵金属；不含贷款）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{rule}. By today&apos;s AUM: {tier}; tiers change at month end (downgrades after two quarters).</source>
        <translation>{rule}。按今日资产应为：{tier}；层级于月末调整（降级需连续两个季度未达标）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest tier</source>
        <translation>已是最高层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gap} yuan to {tier} ({floor}), {percent}% reached</source>
        <translation>距{tier}（{floor}）还差 {gap} 元，已达 {percent}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Near threshold (临界区间): {text}</source>
        <translation>临界区间：{text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention watch: AUM within 110% of the {tier} floor. {text}</source>
        <translation>保级关注：资产在{tier}门槛的 110% 以内。{text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{amount} yuan above the {limit} covered by deposit insurance</source>
        <translation>超出存款保险 {limit} 保障额度 {amount} 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fully within the {limit} covered</source>
        <translation>全部在 {limit} 保障额度内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not shown to your role</source>
        <translation>您的岗位不显示</translation>
    </message>
</context>
</TS>
