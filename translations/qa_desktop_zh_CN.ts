<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddCallsDialog</name>
        <message>
            <source>Add calls to the session</source>
            <translation>向校准会添加录音</translation>
        </message>
        <message>
            <source>When differences persist, score at least 3 more calls of the same nature together.</source>
            <translation>如分歧仍在,请再共同评至少 3 条同类录音。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>They sign in with this login. Give the first password now or later.</source>
            <translation>对方用这个登录名登录。可以现在或稍后设置初始密码。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再输入一次</translation>
        </message>
    </context>
    <context>
        <name>AgentOverview</name>
        <message>
            <source>Praise (reward)</source>
            <translation>表扬（奖励）</translation>
        </message>
        <message>
            <source>Complaint (penalty)</source>
            <translation>投诉（处罚）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Scored on</source>
            <translation>评分时间</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Call time</source>
            <translation>通话时间</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Points lost on</source>
            <translation>失分项</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>辅导人</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>约定事项</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培训日期</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Test score</source>
            <translation>考试成绩</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>鉴定时间</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Customer said</source>
            <translation>客户反映</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>鉴定人</translation>
        </message>
    </context>
    <context>
        <name>AgentOverviewDialog</name>
        <message>
            <source>Agent record: {0}</source>
            <translation>座席档案：{0}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>质检结果</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>辅导</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <source>Rewards and penalties</source>
            <translation>奖惩</translation>
        </message>
        <message>
            <source>Agent {0} is not in a team whose records you may read.</source>
            <translation>座席 {0} 不在您可查看档案的班组中。</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>on probation until {0}</source>
            <translation>试用期至 {0}</translation>
        </message>
        <message>
            <source>employed</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>{0} {1} · {2} · hired {3} · {4}</source>
            <translation>{0} {1} · {2} · 入职 {3} · {4}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>未分组</translation>
        </message>
        <message>
            <source>Last {0} days: {1} results, mean score {2}. {3}
Rewards {4}, penalties {5}.</source>
            <translation>近 {0} 天：{1} 条结果，平均分 {2}。{3}
奖励 {4} 次，处罚 {5} 次。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>BlindScoringWidget</name>
        <message>
            <source>Save draft (Ctrl+S)</source>
            <translation>保存草稿 (Ctrl+S)</translation>
        </message>
        <message>
            <source>to score</source>
            <translation>待评分</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Waiting for the shared database ({0} s)… Your answers are kept safe on this computer.</source>
            <translation>正在等待共享数据库（{0} 秒）… 您的评分已安全保存在本机。</translation>
        </message>
        <message>
            <source>Submitted: final.</source>
            <translation>已提交:不可再改。</translation>
        </message>
        <message>
            <source>Ctrl+S saves the draft, Ctrl+Enter submits.</source>
            <translation>Ctrl+S 保存草稿,Ctrl+Enter 提交。</translation>
        </message>
        <message>
            <source>The recording cannot be played: {0}</source>
            <translation>无法播放录音:{0}</translation>
        </message>
    </context>
    <context>
        <name>CalendarDialog</name>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Deadlines count working days: public holidays and make-up working days (调休) follow the State Council's schedule. Add your centre's own exceptions here, or next year's holidays before the schedule is known.</source>
            <translation>期限按工作日计算：法定节假日和调休上班日按国务院公布的安排。可在此添加本中心自己的例外，或在官方安排公布前先录入明年的节假日。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>计为</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>休息日</translation>
        </message>
        <message>
            <source>Working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Why, e.g. 公司年会 or 2027 春节</source>
            <translation>原因，例如 公司年会、2027 春节</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>Only a QA lead changes the working days.</source>
            <translation>只有质检组长可以修改工作日。</translation>
        </message>
        <message>
            <source>The public holidays of {0} are not known yet: until you add them, those years count Monday to Friday.</source>
            <translation>{0} 年的法定节假日尚未公布：在添加之前，这些年份按周一至周五计算工作日。</translation>
        </message>
    </context>
    <context>
        <name>CalibrationPage</name>
        <message>
            <source>New session…</source>
            <translation>新建校准会…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Add calls…</source>
            <translation>添加录音…</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>结束校准会</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Calls and consensus</source>
            <translation>录音与共识</translation>
        </message>
        <message>
            <source>My scoring (blind)</source>
            <translation>我的评分(盲评)</translation>
        </message>
        <message>
            <source>Evaluator consistency</source>
            <translation>质检员一致性</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Agreed answers after discussion; the comment of an item is its consensus note.</source>
            <translation>讨论后达成一致的答案;各项的备注即该项的共识说明。</translation>
        </message>
        <message>
            <source>Save consensus for this call</source>
            <translation>保存此录音的共识</translation>
        </message>
        <message>
            <source>Start from the majority answers (the expert's on a tie)</source>
            <translation>以多数人的答案为起点(票数相同时取专家的答案)</translation>
        </message>
        <message>
            <source>Calibration is blind: the report and the others' answers appear once you have submitted your own score of every call, or when the session is closed.</source>
            <translation>校准为盲评:提交自己对每条录音的评分后,或校准会结束后,才能看到报告和他人的答案。</translation>
        </message>
        <message>
            <source>Only the QA lead and the session's participants can see this session before it is closed.</source>
            <translation>校准会结束前,只有质检主管和参会人员可以查看。</translation>
        </message>
        <message>
            <source>totals differ by up to {0:.2f} points</source>
            <translation>总分最多相差 {0:.2f} 分</translation>
        </message>
        <message>
            <source>No calibration session yet.</source>
            <translation>还没有校准会。</translation>
        </message>
        <message>
            <source>No calibration session yet; the QA lead creates them.</source>
            <translation>还没有校准会;由质检主管创建。</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{0} — {1}; form {2} v{3}; expert: {4}; {5} of {6} scores submitted</source>
            <translation>{0} — {1};评分表 {2} 第{3}版;专家:{4};已提交 {5}/{6} 份评分</translation>
        </message>
        <message>
            <source>Score each call on your own. Others' answers stay hidden until you submit; a submitted calibration score cannot be changed.</source>
            <translation>请独立为每条录音评分。提交前看不到他人的答案;校准评分提交后不能修改。</translation>
        </message>
        <message>
            <source>You are not scoring in this session.</source>
            <translation>您不参与本次校准评分。</translation>
        </message>
        <message>
            <source>The answers are hidden until you have submitted your own scores (calibration is blind).</source>
            <translation>提交自己的评分前,答案不可见(校准为盲评)。</translation>
        </message>
        <message>
            <source>Saving the consensus…</source>
            <translation>正在保存共识…</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>共识</translation>
        </message>
        <message>
            <source>Consensus saved.</source>
            <translation>共识已保存。</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校准</translation>
        </message>
        <message>
            <source>Submitted.</source>
            <translation>已提交。</translation>
        </message>
        <message>
            <source>Not saved yet: {0} Your answers are kept safe on this computer and saving is tried again every few seconds.</source>
            <translation>尚未存入数据库：{0} 您的评分已安全保存在本机，系统每隔几秒会自动重试。</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>草稿已保存。</translation>
        </message>
    </context>
    <context>
        <name>CalibrationTables</name>
        <message>
            <source>excellent</source>
            <translation>优秀</translation>
        </message>
        <message>
            <source>good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>中等</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>差</translation>
        </message>
        <message>
            <source>nominal</source>
            <translation>名义</translation>
        </message>
        <message>
            <source>ordinal</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>interval</source>
            <translation>等距</translation>
        </message>
        <message>
            <source>ratio</source>
            <translation>比率</translation>
        </message>
        <message>
            <source>Percent agreement (exact)</source>
            <translation>一致百分比(完全相同)</translation>
        </message>
        <message>
            <source>Percent agreement (within one scale point)</source>
            <translation>一致百分比(相差不超过一个刻度)</translation>
        </message>
        <message>
            <source>Percent agreement (within {0} points)</source>
            <translation>一致百分比(相差不超过 {0} 分)</translation>
        </message>
        <message>
            <source>Krippendorff's alpha ({0})</source>
            <translation>Krippendorff α({0})</translation>
        </message>
        <message>
            <source>{0}: two-way random effects, absolute agreement, single rater</source>
            <translation>{0}:双向随机效应,绝对一致,单个评分人</translation>
        </message>
        <message>
            <source>Fleiss' kappa</source>
            <translation>Fleiss κ</translation>
        </message>
        <message>
            <source>Evaluation totals</source>
            <translation>评分总分</translation>
        </message>
        <message>
            <source>Scale items</source>
            <translation>量表题</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>校准会</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>录音数</translation>
        </message>
        <message>
            <source>Scorers</source>
            <translation>评分人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>专家</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>What</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>统计量</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>无法计算</translation>
        </message>
        <message>
            <source>Lenient</source>
            <translation>偏松</translation>
        </message>
        <message>
            <source>Harsh</source>
            <translation>偏严</translation>
        </message>
        <message>
            <source>In line</source>
            <translation>一致</translation>
        </message>
        <message>
            <source>Yes/no, choice and checklist items</source>
            <translation>是/否、选择题及清单题</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>{0} v{1}</source>
            <translation>{0} 第{1}版</translation>
        </message>
        <message>
            <source>{0:.3f} (95% CI {1:.2f} to {2:.2f})</source>
            <translation>{0:.3f}(95% 置信区间 {1:.2f} 至 {2:.2f})</translation>
        </message>
        <message>
            <source>{0} (anywhere from {1} to {2})</source>
            <translation>{0}(置信区间内可能从{1}到{2})</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>解读</translation>
        </message>
        <message>
            <source>Raters</source>
            <translation>评分人数</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参会人</translation>
        </message>
        <message>
            <source>Mean total</source>
            <translation>平均总分</translation>
        </message>
        <message>
            <source>vs expert: mean signed</source>
            <translation>对比专家:平均偏差</translation>
        </message>
        <message>
            <source>vs expert: mean absolute</source>
            <translation>对比专家:平均绝对偏差</translation>
        </message>
        <message>
            <source>vs expert: bias</source>
            <translation>对比专家:倾向</translation>
        </message>
        <message>
            <source>vs consensus: mean signed</source>
            <translation>对比共识:平均偏差</translation>
        </message>
        <message>
            <source>vs consensus: mean absolute</source>
            <translation>对比共识:平均绝对偏差</translation>
        </message>
        <message>
            <source>vs consensus: bias</source>
            <translation>对比共识:倾向</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>评分项</translation>
        </message>
        <message>
            <source>All agree</source>
            <translation>全部一致</translation>
        </message>
        <message>
            <source>Differ by more than one point</source>
            <translation>相差超过一分</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Reword?</source>
            <translation>需改措辞?</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>α</translation>
        </message>
        <message>
            <source>Who differs (calls)</source>
            <translation>谁有分歧(录音数)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>极差</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>共识</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>校准会数</translation>
        </message>
        <message>
            <source>Items differing from expert</source>
            <translation>与专家不同的评分项</translation>
        </message>
        <message>
            <source>Items differing from consensus</source>
            <translation>与共识不同的评分项</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>原评分</translation>
        </message>
        <message>
            <source>Re-score</source>
            <translation>复评</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <source>Days between</source>
            <translation>间隔天数</translation>
        </message>
        <message>
            <source>Items changed</source>
            <translation>改变的评分项</translation>
        </message>
    </context>
    <context>
        <name>CallAnnotations</name>
        <message>
            <source>Flag</source>
            <translation>标记</translation>
        </message>
    </context>
    <context>
        <name>CallLibrary</name>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Call ID</source>
            <translation>通话ID</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Analysed</source>
            <translation>已分析</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>The recording was not found at its path the last time it was checked. Use Relink share if the share moved.</source>
            <translation>上次检查时在该路径下未找到录音。如果共享目录已迁移,请使用“重新关联共享”。</translation>
        </message>
    </context>
    <context>
        <name>CallTranscriptTabs</name>
        <message>
            <source>Transcript</source>
            <translation>转写文本</translation>
        </message>
        <message>
            <source>Suggestions (%1)</source>
            <translation>自动建议 (%1)</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>自动建议</translation>
        </message>
    </context>
    <context>
        <name>ChartBox</name>
        <message>
            <source>Save as PNG…</source>
            <translation>另存为 PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>保存图表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>CheckAgreementDialog</name>
        <message>
            <source>Automatic checks: agreement</source>
            <translation>自动质检一致率</translation>
        </message>
        <message>
            <source>%1: how often the evaluators' answers agreed with each item's automatic suggestion, least trusted first.</source>
            <translation>%1:质检员的答案与各评分项自动建议一致的比例,最不可信的排在最前。</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>评分项</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>建议次数</translation>
        </message>
        <message>
            <source>Check said yes, evaluator no</source>
            <translation>自动判是、质检员判否</translation>
        </message>
        <message>
            <source>Check said no, evaluator yes</source>
            <translation>自动判否、质检员判是</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致率</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>采纳</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>漏判</translation>
        </message>
        <message>
            <source>False alarms</source>
            <translation>误判</translation>
        </message>
        <message>
            <source>The evaluator's answer was the suggested one</source>
            <translation>质检员的答案与建议一致</translation>
        </message>
        <message>
            <source>No evaluation in this period had automatic suggestions.</source>
            <translation>本期没有带自动建议的评估。</translation>
        </message>
    </context>
    <context>
        <name>CheckRow</name>
        <message>
            <source>within (s)</source>
            <translation>秒内</translation>
        </message>
        <message>
            <source>wait over (s)</source>
            <translation>等待超过(秒)</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>不超过</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>A failure of this check is a risk: screening reports it and the sampling plan's targeted quota draws from such calls</source>
            <translation>未通过即为风险:筛查会列出,抽检方案的定向抽检从这类通话中抽取</translation>
        </message>
        <message>
            <source>phrases, separated by 、</source>
            <translation>话术,用、分隔</translation>
        </message>
        <message>
            <source>Remove this check</source>
            <translation>删除此检查</translation>
        </message>
    </context>
    <context>
        <name>ChecksEditor</name>
        <message>
            <source>Add check</source>
            <translation>添加检查</translation>
        </message>
        <message>
            <source>phrase said</source>
            <translation>说了话术</translation>
        </message>
        <message>
            <source>never said (prohibited)</source>
            <translation>未说禁语</translation>
        </message>
        <message>
            <source>audio fact</source>
            <translation>音频指标</translation>
        </message>
        <message>
            <source>agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>anyone</source>
            <translation>任一方</translation>
        </message>
        <message>
            <source>anywhere</source>
            <translation>全程</translation>
        </message>
        <message>
            <source>in the first seconds</source>
            <translation>开头几秒内</translation>
        </message>
        <message>
            <source>in the last seconds</source>
            <translation>结尾几秒内</translation>
        </message>
        <message>
            <source>before a wait</source>
            <translation>等待之前</translation>
        </message>
        <message>
            <source>after a wait</source>
            <translation>等待之后</translation>
        </message>
        <message>
            <source>longest dead air (s)</source>
            <translation>最长静音(秒)</translation>
        </message>
        <message>
            <source>longest wait (s)</source>
            <translation>最长等待(秒)</translation>
        </message>
        <message>
            <source>times both talked at once</source>
            <translation>抢话次数</translation>
        </message>
        <message>
            <source>call length (s)</source>
            <translation>通话时长(秒)</translation>
        </message>
        <message>
            <source>agent's share of talk (0-1)</source>
            <translation>座席说话占比(0-1)</translation>
        </message>
        <message>
            <source>the seconds</source>
            <translation>秒数</translation>
        </message>
        <message>
            <source>the wait</source>
            <translation>等待时长</translation>
        </message>
        <message>
            <source>the limit</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>the similarity</source>
            <translation>相似度</translation>
        </message>
        <message>
            <source>{key} must be between {low} and {high}</source>
            <translation>{key}必须在 {low} 到 {high} 之间</translation>
        </message>
        <message>
            <source>{key} must be a number</source>
            <translation>{key}必须是数字</translation>
        </message>
        <message>
            <source>an audio fact needs its limit</source>
            <translation>音频指标需要上限</translation>
        </message>
        <message>
            <source>the lower limit is above the upper one</source>
            <translation>下限高于上限</translation>
        </message>
        <message>
            <source>write at least one phrase</source>
            <translation>请至少填写一条话术</translation>
        </message>
        <message>
            <source>at most {most} phrases</source>
            <translation>最多 {most} 条话术</translation>
        </message>
        <message>
            <source>a phrase has 1 to {most} characters</source>
            <translation>每条话术 1 到 {most} 个字</translation>
        </message>
        <message>
            <source>this check is not valid</source>
            <translation>此检查无效</translation>
        </message>
        <message>
            <source>Check %1 is not saved yet: %2</source>
            <translation>第 %1 条检查尚未保存:%2</translation>
        </message>
    </context>
    <context>
        <name>CloseSessionDialog</name>
        <message>
            <source>Close session</source>
            <translation>结束校准会</translation>
        </message>
        <message>
            <source>Close this calibration session? Everyone will see all answers, and nothing in it can change afterwards.</source>
            <translation>结束本次校准会?结束后所有人都能看到全部答案,且不能再做任何修改。</translation>
        </message>
        <message>
            <source>{0} scores have not been submitted; they stay out of the report.</source>
            <translation>还有 {0} 份评分未提交,不计入报告。</translation>
        </message>
        <message>
            <source>Meeting notes (what was agreed):</source>
            <translation>会议记录(达成的共识):</translation>
        </message>
        <message>
            <source>Enter starts a new line; Ctrl+Enter closes the session.</source>
            <translation>Enter 换行;Ctrl+Enter 结束校准会。</translation>
        </message>
    </context>
    <context>
        <name>CoachingLogTab</name>
        <message>
            <source>Pass rate on each coached item, before and after the session:</source>
            <translation>每个辅导项目在辅导前后的合格率:</translation>
        </message>
        <message>
            <source>Action done</source>
            <translation>行动项已完成</translation>
        </message>
        <message>
            <source>Agent acknowledged</source>
            <translation>座席已确认</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>跟进已完成</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>安排跟进评估</translation>
        </message>
        <message>
            <source>Schedule a follow-up evaluation into the next sample</source>
            <translation>在下次抽检中安排跟进评估</translation>
        </message>
        <message>
            <source>No coaching logged yet.</source>
            <translation>尚无辅导记录。</translation>
        </message>
        <message>
            <source>{0} coaching of {1} {2} by {3} on {4}</source>
            <translation>{0}辅导:{1} {2},辅导人 {3},日期 {4}</translation>
        </message>
        <message>
            <source>Agreed: {0}</source>
            <translation>约定内容:{0}</translation>
        </message>
        <message>
            <source>Acknowledged by the agent: {0}</source>
            <translation>座席确认:{0}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未确认</translation>
        </message>
        <message>
            <source>Follow-up: {0}</source>
            <translation>跟进:{0}</translation>
        </message>
        <message>
            <source>Select an action item first.</source>
            <translation>请先选择一个行动项。</translation>
        </message>
        <message>
            <source>Action item done.</source>
            <translation>行动项已完成。</translation>
        </message>
        <message>
            <source>The agent's acknowledgement is recorded.</source>
            <translation>已记录座席的确认。</translation>
        </message>
        <message>
            <source>Follow-up marked done.</source>
            <translation>跟进已标记为完成。</translation>
        </message>
        <message>
            <source>A follow-up evaluation will be drawn in the next sample.</source>
            <translation>下次抽检将抽取一通跟进评估。</translation>
        </message>
    </context>
    <context>
        <name>CoachingPage</name>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Coaching log</source>
            <translation>辅导记录</translation>
        </message>
        <message>
            <source>Training needs</source>
            <translation>培训需求</translation>
        </message>
        <message>
            <source>Recordings of the month</source>
            <translation>本月录音</translation>
        </message>
        <message>
            <source>Training records</source>
            <translation>培训记录</translation>
        </message>
    </context>
    <context>
        <name>CoachingTables</name>
        <message>
            <source>Online</source>
            <translation>线上</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>In a sample</source>
            <translation>已纳入抽检</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待跟进</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>One-to-one training</source>
            <translation>一对一培训</translation>
        </message>
        <message>
            <source>Recording-based training</source>
            <translation>录音培训</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>辅导人</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>辅导前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>辅导后</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>未完成行动项</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动项</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>评估数</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格数</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>差错率</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>评估数</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培训</translation>
        </message>
    </context>
    <context>
        <name>ConsistencyView</name>
        <message>
            <source>Calibration deviation by month</source>
            <translation>按月校准偏差</translation>
        </message>
        <message>
            <source>Self-checks compared</source>
            <translation>自我复评对比</translation>
        </message>
        <message>
            <source>My self-checks</source>
            <translation>我的自我复评</translation>
        </message>
        <message>
            <source>Each evaluator's calibration totals against the expert and the consensus, month by month. Signed = evaluator minus reference; lenient above +5, harsh below −5 points.</source>
            <translation>各质检员每月校准总分与专家及共识的对比。带符号偏差 = 质检员减参照;高于 +5 分为偏松,低于 −5 分为偏严。</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Assign self-checks (calls at least 30 days old)</source>
            <translation>分配自我复评(30 天前评过的录音)</translation>
        </message>
        <message>
            <source>Re-score these calls of yours without looking at your first score; the comparison appears once you submit.</source>
            <translation>请在不查看首次评分的情况下重新评这些录音;提交后显示对比。</translation>
        </message>
        <message>
            <source>No self-check compared yet ({0} waiting to be scored).</source>
            <translation>尚无可对比的自我复评({0} 条待评)。</translation>
        </message>
        <message>
            <source>{0:.3f} ({1}, on {2} calls)</source>
            <translation>{0:.3f}({1},基于 {2} 条录音)</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>无法计算</translation>
        </message>
        <message>
            <source>{0} calls re-scored ({1} waiting). Drift of totals (re-score minus original): {2:+.2f} on average, {3:.2f} absolute. Items answered the same: {4:.0%}. ICC(2,1) of totals: {5}.</source>
            <translation>已复评 {0} 条录音({1} 条待评)。总分漂移(复评减原评分):平均 {2:+.2f},绝对值平均 {3:.2f}。评分项答案相同比例:{4:.0%}。总分 ICC(2,1):{5}。</translation>
        </message>
        <message>
            <source>Self-checks</source>
            <translation>自我复评</translation>
        </message>
        <message>
            <source>{0} self-checks assigned.</source>
            <translation>已分配 {0} 条自我复评。</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>QA Desktop: unexpected error</source>
            <translation>质检工作台：意外错误</translation>
        </message>
        <message>
            <source>QA Desktop ran into an error it did not expect. What you saved is safe; the last change may need to be made again. You can keep working.</source>
            <translation>质检工作台遇到了一个意外错误。已保存的内容不受影响；最后一次修改可能需要重新操作。您可以继续工作。</translation>
        </message>
        <message>
            <source>What happened: {0}</source>
            <translation>发生了什么：{0}</translation>
        </message>
        <message>
            <source>Where: {0}</source>
            <translation>出错位置：{0}</translation>
        </message>
        <message>
            <source>The details are in the log: {0}</source>
            <translation>详细信息已写入日志：{0}</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Agent talk share</source>
            <translation>座席说话占比</translation>
        </message>
        <message>
            <source>Customer talk share</source>
            <translation>客户说话占比</translation>
        </message>
        <message>
            <source>Dead air, total (s)</source>
            <translation>静默总时长(秒)</translation>
        </message>
        <message>
            <source>Dead-air stretches</source>
            <translation>静默段数</translation>
        </message>
        <message>
            <source>Hold music or tone, total (s)</source>
            <translation>等待音乐或提示音，合计（秒）</translation>
        </message>
        <message>
            <source>Talk-over, total (s)</source>
            <translation>抢话总时长(秒)</translation>
        </message>
        <message>
            <source>Talk-over moments</source>
            <translation>抢话次数</translation>
        </message>
        <message>
            <source>Longest monologue (s)</source>
            <translation>最长独白(秒)</translation>
        </message>
        <message>
            <source>Longer than the handling standard (s)</source>
            <translation>超过处理时限(秒)</translation>
        </message>
        <message>
            <source>Previous evaluations of this agent</source>
            <translation>该座席以往的质检</translation>
        </message>
        <message>
            <source>Call date</source>
            <translation>通话日期</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Type / queue</source>
            <translation>类型 / 队列</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>呼叫方向</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>呼入</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>呼出</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>{0} · {1} channels · {2} Hz</source>
            <translation>{0} · {1} 声道 · {2} Hz</translation>
        </message>
        <message>
            <source>Call ID</source>
            <translation>通话编号</translation>
        </message>
    </context>
    <context>
        <name>DisputesTab</name>
        <message>
            <source>Listen in the workspace</source>
            <translation>在工作台中收听</translation>
        </message>
        <message>
            <source>Decide and recompute the score</source>
            <translation>裁定并重新计分</translation>
        </message>
        <message>
            <source>Why it is withdrawn</source>
            <translation>撤回原因</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>评估答案</translation>
        </message>
        <message>
            <source>Agent's claim</source>
            <translation>座席申诉理由</translation>
        </message>
        <message>
            <source>Agent's answer</source>
            <translation>座席主张的答案</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Set to</source>
            <translation>改为</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Dispute {0} by {1}, deadline {2}: {3}</source>
            <translation>申诉 {0},登记人 {1},截止 {2}:{3}</translation>
        </message>
        <message>
            <source>Dispute decided: score {0} → {1}.</source>
            <translation>申诉已裁定:分数 {0} → {1}。</translation>
        </message>
        <message>
            <source>Dispute withdrawn.</source>
            <translation>申诉已撤回。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The recording cannot be played.</source>
            <translation>无法播放该录音。</translation>
        </message>
        <message>
            <source>The audio decoder (ffmpeg) is missing from this installation.</source>
            <translation>此安装缺少音频解码器(ffmpeg)。</translation>
        </message>
        <message>
            <source>The recording cannot be found (was the share moved?).</source>
            <translation>找不到该录音(共享目录是否已移动?)。</translation>
        </message>
        <message>
            <source>The recording is empty (zero length).</source>
            <translation>该录音为空(长度为零)。</translation>
        </message>
        <message>
            <source>The recording is truncated (still being copied?).</source>
            <translation>该录音不完整(是否仍在复制中?)。</translation>
        </message>
        <message>
            <source>The recording is damaged and cannot be decoded.</source>
            <translation>该录音已损坏,无法解码。</translation>
        </message>
        <message>
            <source>The recording's file name does not match its content.</source>
            <translation>该录音的文件扩展名与实际内容不符。</translation>
        </message>
        <message>
            <source>This recording format is not supported.</source>
            <translation>不支持该录音格式。</translation>
        </message>
        <message>
            <source>The folder or file to import cannot be found.</source>
            <translation>找不到要导入的文件夹或文件。</translation>
        </message>
        <message>
            <source>The file-name pattern is not valid.</source>
            <translation>文件名模式无效。</translation>
        </message>
        <message>
            <source>The manifest cannot be read.</source>
            <translation>无法读取清单文件。</translation>
        </message>
        <message>
            <source>The transcript file or folder cannot be found.</source>
            <translation>找不到转写文件或文件夹。</translation>
        </message>
        <message>
            <source>The transcript cannot be read.</source>
            <translation>无法读取转写文件。</translation>
        </message>
        <message>
            <source>No published scoring form has automatic checks.</source>
            <translation>已发布的评分表都没有自动检查规则。</translation>
        </message>
        <message>
            <source>The scoring form is not valid; nothing was changed.</source>
            <translation>评分表无效;未做任何更改。</translation>
        </message>
        <message>
            <source>The scoring form was made by a newer version of QA Desktop.</source>
            <translation>该评分表由更新版本的质检工作台创建。</translation>
        </message>
        <message>
            <source>This form version is already used by evaluations and cannot change; save it as a new version.</source>
            <translation>此评分表版本已被评分使用,不能修改;请另存为新版本。</translation>
        </message>
        <message>
            <source>The scoring form cannot be found.</source>
            <translation>找不到该评分表。</translation>
        </message>
        <message>
            <source>The form cannot be published until these problems are fixed.</source>
            <translation>需先修正以下问题才能发布评分表。</translation>
        </message>
        <message>
            <source>The answers do not match the scoring form; nothing was scored.</source>
            <translation>答案与评分表不匹配;未进行评分。</translation>
        </message>
        <message>
            <source>A comment is required where points were lost.</source>
            <translation>扣分项必须填写说明。</translation>
        </message>
        <message>
            <source>The evaluation cannot be found.</source>
            <translation>找不到该评分记录。</translation>
        </message>
        <message>
            <source>The evaluation cannot be changed in its current state.</source>
            <translation>该评分记录当前状态下不能修改。</translation>
        </message>
        <message>
            <source>The flag cannot be found.</source>
            <translation>找不到该标记。</translation>
        </message>
        <message>
            <source>Please give a reason for this flag.</source>
            <translation>请填写标记原因。</translation>
        </message>
        <message>
            <source>The note cannot be found.</source>
            <translation>找不到该备注。</translation>
        </message>
        <message>
            <source>The period is not valid (use e.g. 2026-W46 or 2026-10).</source>
            <translation>期间无效(例如 2026-W46 或 2026-10)。</translation>
        </message>
        <message>
            <source>This week was already sampled with another seed.</source>
            <translation>本周已使用其他随机种子抽检过。</translation>
        </message>
        <message>
            <source>The sampling plan is not valid.</source>
            <translation>抽检方案无效。</translation>
        </message>
        <message>
            <source>The sampling plan cannot be found.</source>
            <translation>找不到该抽检方案。</translation>
        </message>
        <message>
            <source>The review was refused.</source>
            <translation>复核被拒绝。</translation>
        </message>
        <message>
            <source>The coaching change was refused.</source>
            <translation>辅导记录修改被拒绝。</translation>
        </message>
        <message>
            <source>The dispute was refused.</source>
            <translation>申诉被拒绝。</translation>
        </message>
        <message>
            <source>The calibration session cannot be found.</source>
            <translation>找不到该校准会议。</translation>
        </message>
        <message>
            <source>The calibration session is closed.</source>
            <translation>该校准会议已结束。</translation>
        </message>
        <message>
            <source>You have already submitted your scores for this call.</source>
            <translation>您已提交过这通录音的评分。</translation>
        </message>
        <message>
            <source>Please check the input.</source>
            <translation>请检查输入内容。</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>意外错误:{0}</translation>
        </message>
        <message>
            <source>The database {path} cannot be found. Check the path, or that the network drive is connected.</source>
            <translation>找不到数据库 {path}。请检查路径,或确认网络驱动器已连接。</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Ask for write access to the file and its folder, or choose another database.</source>
            <translation>数据库 {path} 为只读。请申请该文件及其文件夹的写入权限,或选择其他数据库。</translation>
        </message>
        <message>
            <source>{path} is not a QA Desktop database. Nothing was changed.</source>
            <translation>{path} 不是质检工作台数据库。未做任何更改。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer version of QA Desktop. Install the newer version; nothing was changed.</source>
            <translation>数据库 {path} 由更新版本的质检工作台创建。请安装新版本;未做任何更改。</translation>
        </message>
        <message>
            <source>The database {path} is busy: another evaluator or machine is saving. Try again in a moment; your work is kept.</source>
            <translation>数据库 {path} 正忙:其他质检员或电脑正在保存。请稍后重试;您的工作已保留。</translation>
        </message>
        <message>
            <source>{path} cannot be written: it is a folder, the folder is read-only, or the file is open in another program. Choose a file name in a folder you can write to.</source>
            <translation>无法写入 {path}：它是一个文件夹、所在文件夹为只读，或该文件正被其他程序打开。请在您有写入权限的文件夹中选择一个文件名。</translation>
        </message>
        <message>
            <source>{path} is larger than any call list or roster can be (or it unpacks to far more than its size); it was not read. Split it into smaller files, or save it again from Excel or as CSV.</source>
            <translation>{path} 超出了通话清单或花名册可能的大小（或解压后远大于文件本身），未读取。请拆分为较小的文件，或用 Excel 重新保存，或另存为 CSV。</translation>
        </message>
        <message>
            <source>{path} has more rows than can be imported at once (500,000); split it into smaller files and import them one after the other.</source>
            <translation>{path} 的行数超过一次可导入的上限（500,000 行）；请拆分为较小的文件后逐个导入。</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be used. Nothing was changed: restore it from a backup (a copy is made in its folder before each upgrade) or ask your administrator.</source>
            <translation>数据库 {path} 已损坏，无法使用。未做任何更改：请从备份恢复（每次升级前都会在其所在文件夹中保存一份副本），或联系管理员。</translation>
        </message>
        <message>
            <source>The database {path} cannot be reached. Check the network connection.</source>
            <translation>无法访问数据库 {path}。请检查网络连接。</translation>
        </message>
        <message>
            <source>Someone else saved this record in the meantime. Nothing was overwritten: reload it and apply your change again.</source>
            <translation>在此期间其他人已保存了这条记录。没有任何内容被覆盖:请重新载入后再次修改。</translation>
        </message>
        <message>
            <source>You are not allowed to do this: {reason}</source>
            <translation>您无权执行此操作:{reason}</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
    </context>
    <context>
        <name>EvaluationView</name>
        <message>
            <source>No published scoring form: ask your QA lead to publish one.</source>
            <translation>没有已发布的评分表:请质检组长发布。</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有未保存的修改…</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <source>Submitted: {0} {1}</source>
            <translation>已提交:{0} {1}</translation>
        </message>
        <message>
            <source>Changing a submitted evaluation: Ctrl+Enter asks for the reason</source>
            <translation>正在修改已提交的质检:按 Ctrl+Enter 填写原因</translation>
        </message>
        <message>
            <source>Draft saved {0}</source>
            <translation>草稿已保存 {0}</translation>
        </message>
        <message>
            <source>Returned to you: change and submit again</source>
            <translation>已退回给你:请修改后重新提交</translation>
        </message>
        <message>
            <source>Submitted: {0} {1}. Ctrl+N opens the next call.</source>
            <translation>已提交:{0} {1}。按 Ctrl+N 打开下一通。</translation>
        </message>
        <message>
            <source>Waiting for the shared database ({0} s)… Your answers are kept safe on this computer.</source>
            <translation>正在等待共享数据库（{0} 秒）… 您的评分已安全保存在本机。</translation>
        </message>
        <message>
            <source>Not saved yet: {0} Your answers are kept safe on this computer and saving is tried again every few seconds.</source>
            <translation>尚未存入数据库：{0} 您的评分已安全保存在本机，系统每隔几秒会自动重试。</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>未保存:{0}</translation>
        </message>
        <message>
            <source>A comment is required where points were lost.</source>
            <translation>扣分项必须填写说明。</translation>
        </message>
        <message>
            <source>Not submitted</source>
            <translation>未提交</translation>
        </message>
        <message>
            <source>Saved elsewhere</source>
            <translation>已在别处保存</translation>
        </message>
        <message>
            <source>This evaluation was saved from another window or machine since you opened it. Your answers are still on screen; nothing has been overwritten.</source>
            <translation>自你打开后,此质检已在另一个窗口或另一台电脑上保存。你的答案仍在屏幕上,没有任何内容被覆盖。</translation>
        </message>
        <message>
            <source>Keep mine and save</source>
            <translation>保留我的并保存</translation>
        </message>
        <message>
            <source>Load the saved version</source>
            <translation>载入已保存的版本</translation>
        </message>
        <message>
            <source>{0} items are not answered yet.</source>
            <translation>还有 {0} 项未评。</translation>
        </message>
        <message>
            <source>Change a submitted evaluation</source>
            <translation>修改已提交的质检</translation>
        </message>
        <message>
            <source>Why is this evaluation changed? (kept in its history)</source>
            <translation>为什么修改此质检?(将保留在历史记录中)</translation>
        </message>
        <message>
            <source>Submitting…</source>
            <translation>正在提交…</translation>
        </message>
        <message>
            <source>This evaluation was submitted. Change it? You will be asked for a reason, and the submitted version is kept in its history.</source>
            <translation>此质检已提交。要修改吗?需要填写原因,已提交的版本会保留在历史记录中。</translation>
        </message>
    </context>
    <context>
        <name>FirstPassword</name>
        <message>
            <source>This database is shared: choose your password</source>
            <translation>这是共享数据库：请设置你的密码</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to QA Desktop</source>
            <translation>欢迎使用质检工作台</translation>
        </message>
        <message>
            <source>Tell QA Desktop who you are. Your evaluations are saved under this name.</source>
            <translation>请告诉质检工作台您是谁。您的评分将以此名义保存。</translation>
        </message>
        <message>
            <source>The first person on a new database becomes its QA lead and gives everyone else their role; others start as evaluators.</source>
            <translation>新数据库的第一位用户成为质检组长,由其为其他人分配角色;其他人加入时为质检员。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
    </context>
    <context>
        <name>Flags</name>
        <message>
            <source>Excellent example (优秀录音)</source>
            <translation>优秀录音</translation>
        </message>
        <message>
            <source>Failing example (不合格录音)</source>
            <translation>不合格录音</translation>
        </message>
        <message>
            <source>Needs team-lead review</source>
            <translation>需班组长复核</translation>
        </message>
        <message>
            <source>Complaint to verify (鉴定投诉)</source>
            <translation>鉴定投诉</translation>
        </message>
        <message>
            <source>Praise to verify (鉴定表扬)</source>
            <translation>鉴定表扬</translation>
        </message>
        <message>
            <source>Calibration candidate</source>
            <translation>校准候选</translation>
        </message>
        <message>
            <source>Training case</source>
            <translation>培训案例</translation>
        </message>
        <message>
            <source>To verify</source>
            <translation>待鉴定</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>Not founded</source>
            <translation>不成立</translation>
        </message>
    </context>
    <context>
        <name>FlagsPanel</name>
        <message>
            <source>Reason (required)</source>
            <translation>原因(必填)</translation>
        </message>
        <message>
            <source>Reason (optional)</source>
            <translation>原因(可选)</translation>
        </message>
        <message>
            <source>Say why the team lead should review it, then press Enter</source>
            <translation>请说明需要班组长复核的原因,然后按回车</translation>
        </message>
        <message>
            <source>Raised by {0} on {1}</source>
            <translation>由 {0} 于 {1} 标记</translation>
        </message>
    </context>
    <context>
        <name>FormEditors</name>
        <message>
            <source>简</source>
            <translation>简</translation>
        </message>
        <message>
            <source>繁</source>
            <translation>繁</translation>
        </message>
        <message>
            <source>EN</source>
            <translation>英</translation>
        </message>
    </context>
    <context>
        <name>FormSettingsEditor</name>
        <message>
            <source>Weighted points (Genesys): Σ(points × weight) ÷ Σ(possible × weight)</source>
            <translation>加权分值(Genesys):Σ(得分 × 权重) ÷ Σ(应得分 × 权重)</translation>
        </message>
        <message>
            <source>Section percentages weighted: Σ(weight × section %) ÷ Σ weight</source>
            <translation>部分得分率加权:Σ(权重 × 部分得分率) ÷ Σ权重</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>From score</source>
            <translation>起始分数</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总分算法</translation>
        </message>
        <message>
            <source>Critical pass mark</source>
            <translation>关键项合格线</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>等级划分</translation>
        </message>
    </context>
    <context>
        <name>FormTree</name>
        <message>
            <source>{0}. {1}  (weight {2})</source>
            <translation>{0}. {1}(权重 {2})</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation>致命</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>加分</translation>
        </message>
        <message>
            <source>{0}  ({1} pt)</source>
            <translation>{0}({1} 分)</translation>
        </message>
    </context>
    <context>
        <name>FormsPage</name>
        <message>
            <source>Form:</source>
            <translation>评分表:</translation>
        </message>
        <message>
            <source>New form</source>
            <translation>新建评分表</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>导入 JSON…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>导出 JSON…</translation>
        </message>
        <message>
            <source>Sheet for agents (Excel)…</source>
            <translation>座席版评分表(Excel)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>添加部分</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>添加项目</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Form settings</source>
            <translation>评分表设置</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down on the selected line.</source>
            <translation>拖动可调整顺序,或在选中行上按 Ctrl+↑ / Ctrl+↓。</translation>
        </message>
        <message>
            <source>Preview: what the evaluator sees</source>
            <translation>预览:质检员看到的评分界面</translation>
        </message>
        <message>
            <source>Checks before publishing</source>
            <translation>发布前检查</translation>
        </message>
        <message>
            <source>v{0} published</source>
            <translation>已发布 v{0}</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>未发布</translation>
        </message>
        <message>
            <source>A new form: give it a code and a name, add sections and items, then save.</source>
            <translation>新评分表:请填写编号和名称,添加部分和项目,然后保存。</translation>
        </message>
        <message>
            <source>No scoring form yet: create one or import a JSON file.</source>
            <translation>还没有评分表:请新建或导入 JSON 文件。</translation>
        </message>
        <message>
            <source>✓ No problems: the form can be published.</source>
            <translation>✓ 没有问题:可以发布。</translation>
        </message>
        <message>
            <source>Item {0}</source>
            <translation>项目 {0}</translation>
        </message>
        <message>
            <source>Section {0}</source>
            <translation>部分 {0}</translation>
        </message>
        <message>
            <source>The form</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>The form has no sections.</source>
            <translation>评分表没有任何部分。</translation>
        </message>
        <message>
            <source>this code is used twice.</source>
            <translation>编号重复。</translation>
        </message>
        <message>
            <source>the weight must be more than 0 (is {weight}).</source>
            <translation>权重必须大于 0(当前为 {weight})。</translation>
        </message>
        <message>
            <source>the section has no items.</source>
            <translation>该部分没有评分项目。</translation>
        </message>
        <message>
            <source>the section has only bonus items, so nothing to score against.</source>
            <translation>该部分只有加分项,没有可计分的项目。</translation>
        </message>
        <message>
            <source>the section's items are worth 0 points.</source>
            <translation>该部分的项目分值均为 0。</translation>
        </message>
        <message>
            <source>the fatal rule triggers on {answers}, the answer that earns full points; a fatal answer should be the failing one (e.g. "no" to "stayed polite").</source>
            <translation>致命规则在“{answers}”时触发,而这是得满分的答案;致命答案应为失分的答案(例如“言辞礼貌”评为“否”)。</translation>
        </message>
        <message>
            <source>text missing in {languages}.</source>
            <translation>缺少以下语言的内容:{languages}。</translation>
        </message>
        <message>
            <source>bonus item in a section that does not allow more than 100%: it can only make up for points lost in that section.</source>
            <translation>该部分不允许超过 100%,加分项只能弥补本部分的失分。</translation>
        </message>
        <message>
            <source>section weights add up to {total}, not 100.</source>
            <translation>各部分权重合计为 {total},不是 100。</translation>
        </message>
        <message>
            <source>Not imported: {0} is not a readable JSON file (line {1}).</source>
            <translation>未导入：{0} 不是可读取的 JSON 文件（第 {1} 行有误）。</translation>
        </message>
        <message>
            <source>Not imported: {0} cannot be read as a JSON file.</source>
            <translation>未导入：无法将 {0} 读取为 JSON 文件。</translation>
        </message>
        <message>
            <source>New form, not saved yet.</source>
            <translation>新评分表,尚未保存。</translation>
        </message>
        <message>
            <source>published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <source>draft, not published</source>
            <translation>草稿,未发布</translation>
        </message>
        <message>
            <source>Version {0} ({1}).</source>
            <translation>版本 {0}({1})。</translation>
        </message>
        <message>
            <source>Evaluations use or may use it, so saving changes makes version {0}.</source>
            <translation>已有或可能有评分使用此版本,保存修改将生成版本 {0}。</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>有未保存的修改。</translation>
        </message>
        <message>
            <source>Only a QA lead can change forms; you can preview and export them.</source>
            <translation>只有质检组长可以修改评分表;您可以预览和导出。</translation>
        </message>
        <message>
            <source>Not published: fix the problems listed under the preview first.</source>
            <translation>未发布:请先修正预览下方列出的问题。</translation>
        </message>
        <message>
            <source>Saved as version {0}: the previous version is in use and stays as it was.</source>
            <translation>已保存为版本 {0}:上一版本已被使用,保持不变。</translation>
        </message>
        <message>
            <source>Saved version {0}.</source>
            <translation>已保存版本 {0}。</translation>
        </message>
        <message>
            <source>Published: new evaluations use it.</source>
            <translation>已发布:新的评分将使用此版本。</translation>
        </message>
        <message>
            <source>Not imported: {0}</source>
            <translation>未导入:{0}</translation>
        </message>
        <message>
            <source>Imported {0}: check it, then Save to store it.</source>
            <translation>已导入 {0}:请检查后点击“保存”存入数据库。</translation>
        </message>
        <message>
            <source>The form cannot be exported until the problems listed are fixed.</source>
            <translation>请先修正列出的问题,才能导出评分表。</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>已导出到 {0}。</translation>
        </message>
        <message>
            <source>Sheet written to {0}.</source>
            <translation>评分表已写入 {0}。</translation>
        </message>
        <message>
            <source>Import scoring form</source>
            <translation>导入评分表</translation>
        </message>
        <message>
            <source>Scoring form (*.json);;All files (*)</source>
            <translation>评分表 (*.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Scoring form</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Export scoring form</source>
            <translation>导出评分表</translation>
        </message>
        <message>
            <source>Scoring form (*.json)</source>
            <translation>评分表 (*.json)</translation>
        </message>
        <message>
            <source>Sheet for agents</source>
            <translation>座席版评分表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recordings</source>
            <translation>导入录音</translation>
        </message>
        <message>
            <source>Recordings stay where they are (for example on the network share); only their details are registered. Importing the same folder again adds nothing.</source>
            <translation>录音保留在原位置(例如网络共享目录),只登记其信息。再次导入同一文件夹不会重复添加。</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>添加文件夹…</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Folders and files</source>
            <translation>文件夹和文件</translation>
        </message>
        <message>
            <source>optional: a CSV or Excel call list (工号, 通话时间, 主叫…)</source>
            <translation>可选:CSV 或 Excel 通话清单(工号、通话时间、主叫…)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>通话清单</translation>
        </message>
        <message>
            <source>optional, e.g. {0}</source>
            <translation>可选,例如 {0}</translation>
        </message>
        <message>
            <source>File-name pattern</source>
            <translation>文件名模式</translation>
        </message>
        <message>
            <source>Copy the recordings into this folder and use the copies:</source>
            <translation>将录音复制到此文件夹并使用副本:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Folder of recordings</source>
            <translation>录音文件夹</translation>
        </message>
        <message>
            <source>Recordings</source>
            <translation>录音</translation>
        </message>
        <message>
            <source>Recordings ({0});;All files (*)</source>
            <translation>录音 ({0});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Call lists (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>通话清单 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Copy recordings to</source>
            <translation>录音复制到</translation>
        </message>
        <message>
            <source>Fields: agent_id, agent_name, call_id, date, time, datetime, caller, callee, customer, call_type, queue, direction; {*} skips a part.</source>
            <translation>字段:agent_id(工号)、agent_name、call_id、date、time、datetime、caller、callee、customer、call_type、queue、direction;{*} 跳过一段。</translation>
        </message>
        <message>
            <source>Choose the folder to copy the recordings to.</source>
            <translation>请选择录音要复制到的文件夹。</translation>
        </message>
        <message>
            <source>Importing recordings</source>
            <translation>正在导入录音</translation>
        </message>
        <message>
            <source>Reading the recordings…</source>
            <translation>正在读取录音…</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>The file is truncated (an interrupted copy or export?).</source>
            <translation>文件不完整(复制或导出被中断?)。</translation>
        </message>
        <message>
            <source>The file is damaged or not audio.</source>
            <translation>文件已损坏或不是音频。</translation>
        </message>
        <message>
            <source>The content is another format than the file name says.</source>
            <translation>文件内容的格式与扩展名不符。</translation>
        </message>
        <message>
            <source>This kind of file is not a supported recording.</source>
            <translation>不支持此类录音文件。</translation>
        </message>
        <message>
            <source>The file cannot be found or read.</source>
            <translation>找不到或无法读取该文件。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>The manifest names a file that does not exist.</source>
            <translation>清单中的文件不存在。</translation>
        </message>
        <message>
            <source>The manifest names a file outside the imported folder.</source>
            <translation>清单中的文件不在导入的文件夹内。</translation>
        </message>
        <message>
            <source>The manifest row names no recording file.</source>
            <translation>清单该行没有录音文件名。</translation>
        </message>
        <message>
            <source>The manifest lists this file more than once.</source>
            <translation>清单中此文件出现了多次。</translation>
        </message>
        <message>
            <source>Not listed in the manifest.</source>
            <translation>未列在清单中。</translation>
        </message>
        <message>
            <source>The file name does not match the pattern.</source>
            <translation>文件名与模式不匹配。</translation>
        </message>
        <message>
            <source>A date or value in the manifest cannot be read.</source>
            <translation>清单中的日期或数值无法识别。</translation>
        </message>
        <message>
            <source>Already imported.</source>
            <translation>已导入过。</translation>
        </message>
        <message>
            <source>The same recording is already imported from another place.</source>
            <translation>相同的录音已从其他位置导入。</translation>
        </message>
        <message>
            <source>Moved or renamed: the call now points here.</source>
            <translation>已移动或重命名:通话已指向新位置。</translation>
        </message>
        <message>
            <source>A different recording was imported from this path before.</source>
            <translation>此路径之前导入的是另一段录音。</translation>
        </message>
        <message>
            <source>The call ID is already used by another recording.</source>
            <translation>该通话ID已被另一段录音使用。</translation>
        </message>
        <message>
            <source>The file could not be copied.</source>
            <translation>无法复制该文件。</translation>
        </message>
        <message>
            <source>Another import registered it at the same time.</source>
            <translation>另一个导入同时登记了它。</translation>
        </message>
        <message>
            <source>Not registered: the import stopped with an error.</source>
            <translation>未登记:导入因错误而中止。</translation>
        </message>
        <message>
            <source>The file name is not valid text (another system's character set): rename the file and import it again.</source>
            <translation>文件名不是有效的文字（来自使用其他字符集的系统）：请重命名该文件后再次导入。</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>已移动</translation>
        </message>
        <message>
            <source>Already there</source>
            <translation>已存在</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Manifest line</source>
            <translation>清单行号</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <source>{imported} imported, {moved} moved, {duplicate} already there, {skipped} skipped, {failed} failed.</source>
            <translation>已导入 {imported},已移动 {moved},已存在 {duplicate},已跳过 {skipped},失败 {failed}。</translation>
        </message>
        <message>
            <source>Cancelled: what was registered before stopping is kept.</source>
            <translation>已取消:停止前已登记的内容会保留。</translation>
        </message>
        <message>
            <source>Interrupted: the import stopped before it finished (the program or computer was stopped). What it registered is kept; import the same files again to register the rest.</source>
            <translation>已中断：导入在完成前停止（程序或电脑被关闭）。已登记的通话会保留；再次导入相同的文件即可登记其余部分。</translation>
        </message>
        <message>
            <source>New agents: {0}.</source>
            <translation>新座席:{0}。</translation>
        </message>
        <message>
            <source>Show only files that were not imported</source>
            <translation>只显示未导入的文件</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>Yes / no</source>
            <translation>是 / 否</translation>
        </message>
        <message>
            <source>Yes / no / N/A</source>
            <translation>是 / 否 / 不适用</translation>
        </message>
        <message>
            <source>Scale (labelled points)</source>
            <translation>等级分(带标签)</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>单选</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>清单(多选)</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>添加选项</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>删除选项</translation>
        </message>
        <message>
            <source>N/A allowed</source>
            <translation>允许不适用</translation>
        </message>
        <message>
            <source>N/A leaves the item out of the score</source>
            <translation>不适用时不计入得分</translation>
        </message>
        <message>
            <source>N/A counts as full points</source>
            <translation>不适用时按满分计</translation>
        </message>
        <message>
            <source>N/A counts as fixed points</source>
            <translation>不适用时按固定分计</translation>
        </message>
        <message>
            <source>Comment required when points are lost</source>
            <translation>失分时必须填写说明</translation>
        </message>
        <message>
            <source>Critical (counts in the critical score)</source>
            <translation>关键项(计入关键项得分)</translation>
        </message>
        <message>
            <source>Bonus (adds points, never lowers the score)</source>
            <translation>加分项(只加分,不扣分)</translation>
        </message>
        <message>
            <source>Fatal when answered:</source>
            <translation>评为以下答案时致命:</translation>
        </message>
        <message>
            <source>answer values, e.g. no</source>
            <translation>答案值,例如 no</translation>
        </message>
        <message>
            <source>the whole evaluation scores 0</source>
            <translation>整份评分计 0 分</translation>
        </message>
        <message>
            <source>its section scores 0</source>
            <translation>所在部分计 0 分</translation>
        </message>
        <message>
            <source>marked failed, score kept</source>
            <translation>评定为不合格,保留得分</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>评分说明</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>致命项</translation>
        </message>
        <message>
            <source>Automatic checks</source>
            <translation>自动检查</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>FATAL</source>
            <translation>致命</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>加分</translation>
        </message>
        <message>
            <source>{0} pt</source>
            <translation>{0} 分</translation>
        </message>
        <message>
            <source>Comment required: say why points were lost</source>
            <translation>必须填写备注:说明扣分原因</translation>
        </message>
        <message>
            <source>Comment (required when points are lost)</source>
            <translation>备注(扣分时必填)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Import recordings…</source>
            <translation>导入录音…</translation>
        </message>
        <message>
            <source>Register a folder of recordings (with a manifest or a file-name pattern) as calls</source>
            <translation>将录音文件夹(配合通话清单或文件名模式)登记为通话</translation>
        </message>
        <message>
            <source>Relink share…</source>
            <translation>重新关联共享…</translation>
        </message>
        <message>
            <source>Last import report</source>
            <translation>最近的导入报告</translation>
        </message>
        <message>
            <source>Analyse call</source>
            <translation>分析通话</translation>
        </message>
        <message>
            <source>Find speech, dead air and talk-over in the selected call's recording</source>
            <translation>在所选通话录音中找出说话、静默和抢话</translation>
        </message>
        <message>
            <source>Search call ID, agent, type, queue, path or words said</source>
            <translation>搜索通话ID、座席、类型、队列、路径或通话内容</translation>
        </message>
        <message>
            <source>Import transcripts…</source>
            <translation>导入转写文本…</translation>
        </message>
        <message>
            <source>Attach the call platform's transcripts (Alibaba JSON, SRT, WebVTT, CSV) to the registered calls</source>
            <translation>把呼叫平台导出的转写文本(阿里云 JSON、SRT、WebVTT、CSV)关联到已登记的通话</translation>
        </message>
        <message>
            <source>Run automatic checks</source>
            <translation>运行自动质检</translation>
        </message>
        <message>
            <source>Run the scoring form's automatic checks on every call with a transcript or analysis; calls with risks feed the targeted sample</source>
            <translation>对每通有转写文本或分析结果的通话运行评分表的自动检查;发现风险的通话进入定向抽检</translation>
        </message>
        <message>
            <source>All calls</source>
            <translation>全部通话</translation>
        </message>
        <message>
            <source>Calls with a transcript</source>
            <translation>有转写文本的通话</translation>
        </message>
        <message>
            <source>Calls the automatic checks found risks in</source>
            <translation>自动质检发现风险的通话</translation>
        </message>
        <message>
            <source>Analysing calls in the background: {0} of {1}</source>
            <translation>正在后台分析通话：{0} / {1}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>{0} calls have no analysis, or one from an older version</source>
            <translation>{0} 通通话尚未分析或分析版本较旧</translation>
        </message>
        <message>
            <source>Analyse them</source>
            <translation>立即分析</translation>
        </message>
        <message>
            <source>Analysed {0} calls; {1} could not be read.</source>
            <translation>已分析 {0} 通通话；{1} 通无法读取。</translation>
        </message>
        <message>
            <source>Analyse calls</source>
            <translation>分析通话</translation>
        </message>
        <message>
            <source>{0} of {1} calls shown</source>
            <translation>显示 {0} / {1} 个通话</translation>
        </message>
        <message>
            <source>{0} calls</source>
            <translation>{0} 个通话</translation>
        </message>
        <message>
            <source>Select a call first.</source>
            <translation>请先选择一个通话。</translation>
        </message>
        <message>
            <source>Analysing the call</source>
            <translation>正在分析通话</translation>
        </message>
        <message>
            <source>Running the automatic checks</source>
            <translation>正在运行自动质检</translation>
        </message>
        <message>
            <source>Automatic checks run on %1 call(s); %2 with risks.</source>
            <translation>已对 %1 通通话运行自动质检,其中 %2 通有风险。</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>导入报告</translation>
        </message>
        <message>
            <source>No import has been run yet.</source>
            <translation>还没有进行过导入。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>QA Desktop</source>
            <translation>质检工作台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>打开数据库…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>载入演示数据</translation>
        </message>
        <message>
            <source>Back up database…</source>
            <translation>备份数据库…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>About QA Desktop</source>
            <translation>关于质检工作台</translation>
        </message>
        <message>
            <source>This database has no calls yet. Load the demo call centre to try QA Desktop, or import your recordings (a folder, a network share, with or without a manifest).</source>
            <translation>此数据库还没有通话。可载入演示呼叫中心试用质检工作台,或导入您的录音(文件夹、网络共享目录,可带或不带清单)。</translation>
        </message>
        <message>
            <source>Import recordings…</source>
            <translation>导入录音…</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>共享</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>Database: {0} ({1}) · User: {2}</source>
            <translation>数据库:{0}({1})· 用户:{2}</translation>
        </message>
        <message>
            <source>This month: {0} of {1} scored, {2} of {3} topic calls</source>
            <translation>本月已评 {0} / {1}，专题 {2} / {3}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>质检工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>This database already has calls; the demo is loaded into an empty database only.</source>
            <translation>此数据库已有通话；演示数据只能载入空数据库。</translation>
        </message>
        <message>
            <source>Creating teams, agents, calls and recordings…</source>
            <translation>正在创建班组、座席、通话和录音…</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>演示数据已载入。</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>qa_desktop_backup.sqlite3</source>
            <translation>质检工作台备份.sqlite3</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite3)</source>
            <translation>SQLite 数据库 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>正在复制…</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>备份已写入 {0}</translation>
        </message>
        <message>
            <source>{0} {1}
Offline, keyboard-first quality evaluation for call centres.</source>
            <translation>{0} {1}
离线、键盘优先的呼叫中心质检工具。</translation>
        </message>
    </context>
    <context>
        <name>NewSessionBox</name>
        <message>
            <source>New coaching session</source>
            <translation>新建辅导记录</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Evaluations and failed items</source>
            <translation>评估及不合格项目</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>约定内容</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>行动项</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <source>Online (right after the call)</source>
            <translation>线上(通话后立即)</translation>
        </message>
        <message>
            <source>Offline (next day)</source>
            <translation>离线(次日)</translation>
        </message>
        <message>
            <source>What the agent will do</source>
            <translation>座席将要做的改进</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Follow-up evaluation in the next sample, by</source>
            <translation>在下次抽检中安排跟进评估,截止</translation>
        </message>
        <message>
            <source>Save session (Ctrl+Enter)</source>
            <translation>保存辅导记录（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>call {0} {1}, score {2}: {3}</source>
            <translation>通话 {0} {1},得分 {2}:{3}</translation>
        </message>
        <message>
            <source>(whole evaluation)</source>
            <translation>(整份评估)</translation>
        </message>
        <message>
            <source>Coaching session saved.</source>
            <translation>辅导记录已保存。</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>新建校准会</translation>
        </message>
        <message>
            <source>Calibration {0}</source>
            <translation>校准会 {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Scoring form</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>会议日期</translation>
        </message>
        <message>
            <source>Calls (flagged calibration candidates first)</source>
            <translation>录音(标记为待校准的排在前面)</translation>
        </message>
        <message>
            <source>★ {0} · {1} · {2} — {3}</source>
            <translation>★ {0} · {1} · {2} — {3}</translation>
        </message>
        <message>
            <source>Flagged by {0}</source>
            <translation>标记人:{0}</translation>
        </message>
        <message>
            <source>People scoring the calls</source>
            <translation>参与评分的人员</translation>
        </message>
        <message>
            <source>No expert</source>
            <translation>无专家</translation>
        </message>
        <message>
            <source>Expert (reference scores; also scores the calls)</source>
            <translation>专家(其评分为参照;专家也需评分)</translation>
        </message>
        <message>
            <source>Scoring is blind: each person sees the others' answers only after submitting their own, or once the session is closed. Calibration scores never count in agents' results.</source>
            <translation>盲评:每人提交自己的评分后,或校准会结束后,才能看到他人的答案。校准评分不计入座席成绩。</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>创建校准会</translation>
        </message>
        <message>
            <source>{0} v{1}</source>
            <translation>{0} 第{1}版</translation>
        </message>
        <message>
            <source>Publish a scoring form first.</source>
            <translation>请先发布评分表。</translation>
        </message>
    </context>
    <context>
        <name>NewTopicDialog</name>
        <message>
            <source>New topic</source>
            <translation>新建专题</translation>
        </message>
        <message>
            <source>One question per line: question|kind|option,option… (kind: choice, tags or text)</source>
            <translation>每行一个问题：问题|类型|选项,选项…（类型：单选、多选或文字）</translation>
        </message>
        <message>
            <source>e.g. 投诉, 查询 (empty: all)</source>
            <translation>例如 投诉、查询（留空：全部）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Call types</source>
            <translation>通话类型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Records to review</source>
            <translation>要听的录音数</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Ctrl+M: note at the current position; Enter saves, Esc cancels</source>
            <translation>Ctrl+M:在当前位置标注;回车保存,Esc 取消</translation>
        </message>
        <message>
            <source>Note on item:</source>
            <translation>标注关联项目:</translation>
        </message>
        <message>
            <source>(no item)</source>
            <translation>(不关联评分项)</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Work queue</source>
            <translation>工作队列</translation>
        </message>
        <message>
            <source>Call library</source>
            <translation>录音库</translation>
        </message>
        <message>
            <source>Scoring forms</source>
            <translation>评分表</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽检</translation>
        </message>
        <message>
            <source>Reviews and disputes</source>
            <translation>复核与申诉</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>辅导</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校准</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报告</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>花名册</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Topic QA</source>
            <translation>专题质检</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再输入一次</translation>
        </message>
    </context>
    <context>
        <name>PeopleScreens</name>
        <message>
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Sampling plan</source>
            <translation>抽检方案</translation>
        </message>
        <message>
            <source>Probation agent, calls a week</source>
            <translation>试用期座席,每周通数</translation>
        </message>
        <message>
            <source>General agent, calls a week</source>
            <translation>一般座席,每周通数</translation>
        </message>
        <message>
            <source>Last week's bottom, calls a week</source>
            <translation>上周排名靠后,每周通数</translation>
        </message>
        <message>
            <source>Last week's top, calls a week</source>
            <translation>上周排名靠前,每周通数</translation>
        </message>
        <message>
            <source>Calls per coaching follow-up</source>
            <translation>每次辅导跟进的通数</translation>
        </message>
        <message>
            <source>Calls with risks found by the automatic checks, a week</source>
            <translation>每周抽检自动质检发现风险的通话数</translation>
        </message>
        <message>
            <source>Outbound ranking: top / bottom</source>
            <translation>呼出排名:前 / 后</translation>
        </message>
        <message>
            <source>Inbound ranking: top / bottom</source>
            <translation>呼入排名:前 / 后</translation>
        </message>
        <message>
            <source>At most, share of the week's calls</source>
            <translation>最多占本周通话的比例</translation>
        </message>
        <message>
            <source>Call length in seconds (0 = any)</source>
            <translation>通话时长(秒,0 = 不限)</translation>
        </message>
        <message>
            <source>Unstarted calls one evaluator may hold</source>
            <translation>每位质检员最多持有的未开始通话</translation>
        </message>
        <message>
            <source>Never give evaluators their own team</source>
            <translation>不分配质检员本班组的通话</translation>
        </message>
        <message>
            <source>Pass line</source>
            <translation>合格线</translation>
        </message>
        <message>
            <source>top</source>
            <translation>前</translation>
        </message>
        <message>
            <source>bottom</source>
            <translation>后</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>Player</name>
        <message>
            <source>Silent mode was chosen (QA_DESKTOP_PLAYER=silent).</source>
            <translation>已按环境变量 QA_DESKTOP_PLAYER 选择静音模式。</translation>
        </message>
        <message>
            <source>No sound output device was found.</source>
            <translation>未找到声音输出设备。</translation>
        </message>
        <message>
            <source>Silent mode was chosen.</source>
            <translation>已选择静音模式。</translation>
        </message>
    </context>
    <context>
        <name>PlayerActions</name>
        <message>
            <source>Play / pause</source>
            <translation>播放 / 暂停</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>后退 5 秒</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>前进 5 秒</translation>
        </message>
        <message>
            <source>Back 30 s</source>
            <translation>后退 30 秒</translation>
        </message>
        <message>
            <source>Forward 30 s</source>
            <translation>前进 30 秒</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>减速</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>加速</translation>
        </message>
        <message>
            <source>Normal speed</source>
            <translation>正常速度</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>增大音量</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>减小音量</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>双方</translation>
        </message>
        <message>
            <source>Agent only</source>
            <translation>仅座席</translation>
        </message>
        <message>
            <source>Customer only</source>
            <translation>仅客户</translation>
        </message>
        <message>
            <source>A–B loop</source>
            <translation>A–B 循环</translation>
        </message>
        <message>
            <source>Skip silences and holds</source>
            <translation>跳过静音和等待</translation>
        </message>
    </context>
    <context>
        <name>PlayerBar</name>
        <message>
            <source>Both sides</source>
            <translation>双方</translation>
        </message>
        <message>
            <source>Agent only</source>
            <translation>仅座席</translation>
        </message>
        <message>
            <source>Customer only</source>
            <translation>仅客户</translation>
        </message>
        <message>
            <source>Listen to one side (Alt+A agent, Alt+C customer, Alt+B both)</source>
            <translation>只听一方(Alt+A 座席,Alt+C 客户,Alt+B 双方)</translation>
        </message>
        <message>
            <source>Speed, pitch kept (Ctrl+[ slower, Ctrl+] faster)</source>
            <translation>语速,音调不变(Ctrl+[ 减速,Ctrl+] 加速)</translation>
        </message>
        <message>
            <source>Volume (Ctrl+Up / Ctrl+Down)</source>
            <translation>音量(Ctrl+↑ / Ctrl+↓)</translation>
        </message>
        <message>
            <source>Find the recording…</source>
            <translation>查找录音…</translation>
        </message>
        <message>
            <source>Skip silences longer than {0:g} s</source>
            <translation>跳过超过 {0:g} 秒的静音</translation>
        </message>
        <message>
            <source>No sound device: playing silently</source>
            <translation>没有声音设备:静音播放</translation>
        </message>
        <message>
            <source>Skip ≥{0:g} s</source>
            <translation>跳过 ≥{0:g} 秒</translation>
        </message>
        <message>
            <source>No skipping</source>
            <translation>不跳过</translation>
        </message>
        <message>
            <source>Jump over silences and holds longer than {0:g} s (Ctrl+K turns it on and off)</source>
            <translation>跳过超过 {0:g} 秒的静音和等待音乐（Ctrl+K 开关）</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷方式</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>To do</source>
            <translation>待质检</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Excellent</source>
            <translation>优秀</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Being scored by {0}</source>
            <translation>{0} 正在质检</translation>
        </message>
        <message>
            <source>The recording is missing</source>
            <translation>录音缺失</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>Filter, or Enter to search the library by agent ID or name (Ctrl+F)</source>
            <translation>筛选,或按回车按工号/姓名搜索全部录音(Ctrl+F)</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待质检</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Back to my queue</source>
            <translation>返回我的队列</translation>
        </message>
        <message>
            <source>Library: {0} calls for “{1}”</source>
            <translation>录音库:“{1}”共 {0} 通</translation>
        </message>
        <message>
            <source>My work queue</source>
            <translation>我的质检队列</translation>
        </message>
        <message>
            <source>{0} · loading…</source>
            <translation>{0} · 正在读取…</translation>
        </message>
        <message>
            <source>{0} to do · {1} drafts · {2} returned · {3} submitted</source>
            <translation>待质检 {0} · 草稿 {1} · 退回 {2} · 已提交 {3}</translation>
        </message>
    </context>
    <context>
        <name>RecordSessionBox</name>
        <message>
            <source>Record a training session</source>
            <translation>记录一次培训</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>培训计划</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培训日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>培训方式</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Targeted items</source>
            <translation>针对的评分项</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>培训内容</translation>
        </message>
        <message>
            <source>Signed in (agent IDs)</source>
            <translation>签到（工号）</translation>
        </message>
        <message>
            <source>(no plan)</source>
            <translation>（无计划）</translation>
        </message>
        <message>
            <source>Plan from the month's needs</source>
            <translation>按本月培训需求制定计划</translation>
        </message>
        <message>
            <source>e.g. 1004, 1006 — Enter saves</source>
            <translation>如 1004, 1006 — 按回车保存</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>保存培训记录</translation>
        </message>
        <message>
            <source>{0} agents</source>
            <translation>{0} 名座席</translation>
        </message>
        <message>
            <source>Plan made for {0} agents.</source>
            <translation>已为 {0} 名座席制定培训计划。</translation>
        </message>
        <message>
            <source>Session saved: {0} of {1} signed in.</source>
            <translation>培训记录已保存：应到 {1} 人，实到 {0} 人。</translation>
        </message>
    </context>
    <context>
        <name>RecordingsTab</name>
        <message>
            <source>Excellent</source>
            <translation>优秀录音</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>不合格录音</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>已选</translation>
        </message>
        <message>
            <source>Commentary</source>
            <translation>点评</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班组长</translation>
        </message>
        <message>
            <source>Call time</source>
            <translation>通话时间</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Export training pack…</source>
            <translation>导出培训录音包…</translation>
        </message>
        <message>
            <source>Commentary (点评) for the selected recording; Enter keeps it</source>
            <translation>所选录音的点评；按回车保存</translation>
        </message>
        <message>
            <source>Keep as example</source>
            <translation>选为范例</translation>
        </message>
        <message>
            <source>Failed calls not yet coached (every failed call is coached)</source>
            <translation>尚未辅导的不合格通话（每通不合格电话都须辅导）</translation>
        </message>
        <message>
            <source>Failed calls not yet coached: none, every failed call has been coached.</source>
            <translation>尚未辅导的不合格通话：无，每通不合格通话都已辅导。</translation>
        </message>
        <message>
            <source>Select a recording first.</source>
            <translation>请先选择一段录音。</translation>
        </message>
        <message>
            <source>Kept as an example.</source>
            <translation>已选为范例。</translation>
        </message>
        <message>
            <source>Folder for the training pack</source>
            <translation>培训录音包的文件夹</translation>
        </message>
        <message>
            <source>Training pack</source>
            <translation>培训录音包</translation>
        </message>
        <message>
            <source>Copying the recordings…</source>
            <translation>正在复制录音…</translation>
        </message>
        <message>
            <source>Training pack written to {0}: {1} recordings, index and playlist.</source>
            <translation>培训录音包已写入 {0}：{1} 段录音、索引表和播放列表。</translation>
        </message>
    </context>
    <context>
        <name>RelinkDialog</name>
        <message>
            <source>Relink share</source>
            <translation>重新关联共享</translation>
        </message>
        <message>
            <source>When the share holding the recordings is mounted under another path (a new drive letter, a new server name), give the old and the new beginning of the paths.</source>
            <translation>当存放录音的共享目录挂载到其他路径(新的盘符或服务器名)时,请填写路径旧的和新的开头部分。</translation>
        </message>
        <message>
            <source>Old path prefix</source>
            <translation>旧路径前缀</translation>
        </message>
        <message>
            <source>New path prefix</source>
            <translation>新路径前缀</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Relink</source>
            <translation>重新关联</translation>
        </message>
        <message>
            <source>{calls} call(s) would be relinked; {found} recording(s) found at the new path, {missing} not found.</source>
            <translation>将重新关联 {calls} 个通话;新路径下找到 {found} 个录音,{missing} 个未找到。</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Agreement (hover a row for the full reading and its source)</source>
            <translation>一致性(鼠标悬停查看完整解读及依据)</translation>
        </message>
        <message>
            <source>Participants: deviation of totals from the expert and the consensus</source>
            <translation>参会人员:总分与专家及共识的偏差</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>评分项</translation>
        </message>
        <message>
            <source>{0}: {1} calls, {2} scorers, {3} submitted evaluations. Signed deviation = participant minus reference; lenient above +5, harsh below −5 points.</source>
            <translation>{0}:{1} 条录音,{2} 名评分人,{3} 份已提交评分。带符号偏差 = 参会人减参照;高于 +5 分为偏松,低于 −5 分为偏严。</translation>
        </message>
        <message>
            <source>Meeting notes: {0}</source>
            <translation>会议记录:{0}</translation>
        </message>
        <message>
            <source>Items to consider rewording (answers differ by more than one point on more than 30% of calls): {0}</source>
            <translation>建议修改措辞的评分项(超过 30% 的录音上答案相差超过一分):{0}</translation>
        </message>
        <message>
            <source>No item differs by more than one point on more than 30% of calls.</source>
            <translation>没有评分项在超过 30% 的录音上相差超过一分。</translation>
        </message>
        <message>
            <source>Export calibration report</source>
            <translation>导出校准报告</translation>
        </message>
        <message>
            <source>calibration-{0}.xlsx</source>
            <translation>校准报告-{0}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>2026-10 or 2026-W46</source>
            <translation>2026-10 或 2026-W46</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Export monthly workbook…</source>
            <translation>导出月度报告…</translation>
        </message>
        <message>
            <source>Export weekly report…</source>
            <translation>导出周报…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>班组：</translation>
        </message>
        <message>
            <source>Workbook language:</source>
            <translation>报告语言：</translation>
        </message>
        <message>
            <source>Agent score trend</source>
            <translation>座席得分趋势</translation>
        </message>
        <message>
            <source>Team comparison</source>
            <translation>班组对比</translation>
        </message>
        <message>
            <source>Item errors (Pareto)</source>
            <translation>评分项差错（帕累托）</translation>
        </message>
        <message>
            <source>Score distribution</source>
            <translation>得分分布</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>全部班组</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Loading… {0} of {1} evaluations</source>
            <translation>正在加载… 第 {0} / {1} 条评估</translation>
        </message>
        <message>
            <source>{0}: {1} evaluations, average {2}</source>
            <translation>{0}：{1} 条评估，平均分 {2}</translation>
        </message>
        <message>
            <source>Whole scope</source>
            <translation>全部范围</translation>
        </message>
        <message>
            <source>Automatic checks…</source>
            <translation>自动质检一致率…</translation>
        </message>
        <message>
            <source>How often evaluators agreed with each item's automatic suggestion</source>
            <translation>质检员对各评分项自动建议的采纳比例</translation>
        </message>
        <message>
            <source>Nothing to show: choose a period and press Show.</source>
            <translation>暂无图表：请选择期间并点击“显示”。</translation>
        </message>
        <message>
            <source>No evaluations in this period.</source>
            <translation>本期没有评估。</translation>
        </message>
        <message>
            <source>Average score by team, {0}</source>
            <translation>各班组平均分，{0}</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Items that lost points, {0}</source>
            <translation>失分评分项，{0}</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>差错数</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>累计占比</translation>
        </message>
        <message>
            <source>No item lost points.</source>
            <translation>没有失分的评分项。</translation>
        </message>
        <message>
            <source>Score distribution, {0}</source>
            <translation>得分分布，{0}</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>评估数</translation>
        </message>
        <message>
            <source>Average score by period</source>
            <translation>各期平均分</translation>
        </message>
        <message>
            <source>QA-monthly-{0}.xlsx</source>
            <translation>质检月报-{0}.xlsx</translation>
        </message>
        <message>
            <source>QA-weekly-{0}.xlsx</source>
            <translation>质检周报-{0}.xlsx</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>保存工作簿</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Monthly workbook</source>
            <translation>月度报告</translation>
        </message>
        <message>
            <source>Weekly report</source>
            <translation>周报</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>导出已取消。</translation>
        </message>
        <message>
            <source>Saved {0}: {1} evaluations of {2} agents.</source>
            <translation>已保存 {0}：{2} 名座席的 {1} 条评估。</translation>
        </message>
        <message>
            <source>Export failed: {0}</source>
            <translation>导出失败：{0}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>复核队列</translation>
        </message>
        <message>
            <source>Complaints and praise</source>
            <translation>投诉与表扬</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>申诉</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在读取…</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <source>Show reviewed calls too</source>
            <translation>同时显示已复核的通话</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Listen in the workspace</source>
            <translation>在工作台中收听</translation>
        </message>
        <message>
            <source>Reason (required to adjust; the statement for a dispute)</source>
            <translation>理由(调整时必填;登记申诉时作为申诉说明)</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <source>Adjust with reason</source>
            <translation>填写理由并调整</translation>
        </message>
        <message>
            <source>Record agent's dispute</source>
            <translation>登记座席申诉</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Change to</source>
            <translation>改为</translation>
        </message>
        <message>
            <source>Agent's claim</source>
            <translation>座席申诉理由</translation>
        </message>
        <message>
            <source>The answer given, and the item's result under it</source>
            <translation>所给的答案,其下为该项结果</translation>
        </message>
        <message>
            <source>Tick the items the agent disputes (Space), and type what the agent says (F2)</source>
            <translation>勾选座席申诉的项目(空格键),并填写座席的申诉理由(F2)</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>标注:</translation>
        </message>
        <message>
            <source>Revision {0}: score was {1} — {2}</source>
            <translation>修订 {0}:原分数 {1} — {2}</translation>
        </message>
        <message>
            <source>Flagged by {0} before it was scored:</source>
            <translation>{0} 在评分前标记了此通话:</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} · loading…</source>
            <translation>通话 {0} · 座席 {1} · 正在读取…</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} · not scored yet</source>
            <translation>通话 {0} · 座席 {1} · 尚未评分</translation>
        </message>
        <message>
            <source>Nothing to review. Failed, fatal and flagged calls of your teams appear here.</source>
            <translation>暂无需要复核的通话。您班组的不合格、致命错误及被标记的通话会显示在这里。</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} {2} · evaluated by {3} · score {4} ({5})</source>
            <translation>通话 {0} · 座席 {1} {2} · 质检员 {3} · 得分 {4}({5})</translation>
        </message>
        <message>
            <source>Review flag closed.</source>
            <translation>复核标记已关闭。</translation>
        </message>
        <message>
            <source>Evaluation confirmed.</source>
            <translation>评估已确认。</translation>
        </message>
        <message>
            <source>This call has not been scored yet; there is nothing to adjust or dispute.</source>
            <translation>此通话尚未评分,无法调整或申诉。</translation>
        </message>
        <message>
            <source>Choose the new answer of at least one item under 'Change to'.</source>
            <translation>请在“改为”一栏中至少为一个项目选择新答案。</translation>
        </message>
        <message>
            <source>Evaluation adjusted; the previous version is kept.</source>
            <translation>评估已调整,原版本已保留。</translation>
        </message>
        <message>
            <source>Tick the items the agent disputes.</source>
            <translation>请勾选座席申诉的项目。</translation>
        </message>
        <message>
            <source>Dispute recorded; the QA lead decides it.</source>
            <translation>申诉已登记,由质检组长裁定。</translation>
        </message>
    </context>
    <context>
        <name>ReviewTables</name>
        <message>
            <source>Failed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Fatal error</source>
            <translation>致命错误</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>标记待复核</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>待复核</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Adjusted</source>
            <translation>已调整</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>已裁定</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>Not founded</source>
            <translation>不成立</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>表扬</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待裁定</translation>
        </message>
        <message>
            <source>Keep the evaluation</source>
            <translation>维持原评估</translation>
        </message>
        <message>
            <source>Accept the agent's view</source>
            <translation>采纳座席意见</translation>
        </message>
        <message>
            <source>Set another answer</source>
            <translation>改为其他答案</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>不合格项目</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>复核</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>客户反映内容</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>Verify by</source>
            <translation>鉴定截止</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>鉴定结果</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>申诉</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>申诉前得分</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>申诉后得分</translation>
        </message>
    </context>
    <context>
        <name>RoleGate</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Only for: {0}</source>
            <translation>仅限:{0}</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>QA evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>质检组长</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班组长</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>运营经理</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Inbound</source>
            <translation>呼入</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>呼出</translation>
        </message>
        <message>
            <source>Left {0}</source>
            <translation>{0} 离职</translation>
        </message>
        <message>
            <source>On probation</source>
            <translation>试用期</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <source>Probation until</source>
            <translation>试用期至</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>呼入/呼出</translation>
        </message>
        <message>
            <source>In the roster</source>
            <translation>在花名册中</translation>
        </message>
        <message>
            <source>Search employee no., name or team, then Enter</source>
            <translation>搜索工号、姓名或班组，按回车</translation>
        </message>
        <message>
            <source>Include agents who left</source>
            <translation>包括已离职座席</translation>
        </message>
        <message>
            <source>Only agents not in the roster</source>
            <translation>只看不在花名册中的座席</translation>
        </message>
        <message>
            <source>Import HR roster…</source>
            <translation>导入人事花名册…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>调动…</translation>
        </message>
        <message>
            <source>Team history</source>
            <translation>班组历史</translation>
        </message>
        <message>
            <source>Agent record…</source>
            <translation>座席档案…</translation>
        </message>
        <message>
            <source>{0} agents, {1} on probation, {2} not in the roster</source>
            <translation>{0} 名座席，{1} 名在试用期，{2} 名不在花名册中</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Mark as left…</source>
            <translation>登记离职…</translation>
        </message>
        <message>
            <source>HR roster export</source>
            <translation>人事花名册导出文件</translation>
        </message>
        <message>
            <source>Roster (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>花名册 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Importing the roster</source>
            <translation>正在导入花名册</translation>
        </message>
        <message>
            <source>{0} rows: {1} new, {2} changed ({3} transfers, {4} left), {5} unchanged.</source>
            <translation>共 {0} 行：新增 {1}，变更 {2}（调动 {3}，离职 {4}），未变 {5}。</translation>
        </message>
        <message>
            <source>New teams: {0}</source>
            <translation>新建班组：{0}</translation>
        </message>
        <message>
            <source>{0}: team lead {1} is not a user yet; add them on the Users page, then set the team's lead.</source>
            <translation>{0}：组长 {1} 还不是用户；请在“用户”页添加，然后指定为该班组组长。</translation>
        </message>
        <message>
            <source>… and {0} more rows not used.</source>
            <translation>…… 另有 {0} 行未导入。</translation>
        </message>
        <message>
            <source>Roster imported</source>
            <translation>花名册已导入</translation>
        </message>
        <message>
            <source>Agent {0}</source>
            <translation>座席 {0}</translation>
        </message>
        <message>
            <source>Transfer {0} {1}</source>
            <translation>调动 {0} {1}</translation>
        </message>
        <message>
            <source>Calls from this date on count for the new team; earlier calls stay with {0}.</source>
            <translation>自该日期起的通话计入新班组；此前的通话仍归“{0}”。</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>新班组</translation>
        </message>
        <message>
            <source>From</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>{0} {1} left</source>
            <translation>{0} {1} 离职</translation>
        </message>
        <message>
            <source>Their evaluations and coaching are kept; they leave the samples.</source>
            <translation>其评估和辅导记录都会保留；此后不再抽检其通话。</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>最后工作日</translation>
        </message>
        <message>
            <source>{0}: from {1} to {2}</source>
            <translation>{0}：{1} 至 {2}</translation>
        </message>
        <message>
            <source>the start</source>
            <translation>最初</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Team history of {0}</source>
            <translation>{0} 的班组历史</translation>
        </message>
        <message>
            <source>No team yet.</source>
            <translation>尚无班组。</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>Draw a week</source>
            <translation>按周抽检</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Week (e.g. 2026-W46)</source>
            <translation>周(如 2026-W46)</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Leave at 'new' for a fresh draw; a week already sampled reuses its seed, so it gives the same calls again.</source>
            <translation>保持“新建”即重新抽取;已抽检过的周会沿用原种子,抽出相同的通话。</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>抽取样本</translation>
        </message>
        <message>
            <source>Draw and assign</source>
            <translation>抽取并分配</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>保存方案</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Agents and quotas</source>
            <translation>座席与配额</translation>
        </message>
        <message>
            <source>Shortfalls</source>
            <translation>配额不足</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Score intervals</source>
            <translation>得分置信区间</translation>
        </message>
        <message>
            <source>Call types</source>
            <translation>通话类型</translation>
        </message>
        <message>
            <source>Standard plan</source>
            <translation>标准计划</translation>
        </message>
        <message>
            <source>Plan {0} saved.</source>
            <translation>方案 {0} 已保存。</translation>
        </message>
        <message>
            <source>Drawing the sample…</source>
            <translation>正在抽取样本…</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽检</translation>
        </message>
        <message>
            <source>No sample drawn yet. Choose a week and press Draw sample.</source>
            <translation>尚未抽取样本。请选择周并点击“抽取样本”。</translation>
        </message>
        <message>
            <source>{0}: {1} calls of {2} in the week ({3:.1%}; cap {4:.0%} = {5}), seed {6}.</source>
            <translation>{0}:本周 {2} 通中抽取 {1} 通({3:.1%};上限 {4:.0%} = {5}),种子 {6}。</translation>
        </message>
        <message>
            <source>Redrawn from the stored seed and plan: same calls as before.</source>
            <translation>按保存的种子和方案重新抽取:与之前的通话相同。</translation>
        </message>
        <message>
            <source>Redrawn from the stored seed and plan: the calls differ (new calls were imported).</source>
            <translation>按保存的种子和方案重新抽取:通话有变化(导入了新通话)。</translation>
        </message>
        <message>
            <source>{0} agents are short of their quota by {1} calls in all (see Shortfalls).</source>
            <translation>{0} 名座席未达配额,共差 {1} 通(见“配额不足”)。</translation>
        </message>
        <message>
            <source>Not assigned yet: press Draw and assign to put the calls in the queues.</source>
            <translation>尚未分配:点击“抽取并分配”将通话放入质检员队列。</translation>
        </message>
        <message>
            <source>{0} calls assigned.</source>
            <translation>已分配 {0} 通。</translation>
        </message>
        <message>
            <source>{0} calls could not be given to any evaluator (see Assignment).</source>
            <translation>{0} 通无法分配给任何质检员(见“分配”)。</translation>
        </message>
        <message>
            <source>No call sampled of type: {0}.</source>
            <translation>以下类型没有抽到通话:{0}。</translation>
        </message>
        <message>
            <source>The rate cap trimmed {0} calls from the quotas.</source>
            <translation>抽检比例上限削减了 {0} 通配额。</translation>
        </message>
    </context>
    <context>
        <name>SamplingTables</name>
        <message>
            <source>too few calls ({0})</source>
            <translation>通话不足({0})</translation>
        </message>
        <message>
            <source>rate cap ({0})</source>
            <translation>比例上限({0})</translation>
        </message>
        <message>
            <source>every evaluator belongs to the agent's team</source>
            <translation>所有质检员都属于该座席的班组</translation>
        </message>
        <message>
            <source>every allowed evaluator is at the unstarted-call limit</source>
            <translation>所有可分配的质检员都已达到未开始通话上限</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation>试用期</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Last week's bottom</source>
            <translation>上周排名靠后</translation>
        </message>
        <message>
            <source>Last week's top (exempt)</source>
            <translation>上周排名靠前(免听)</translation>
        </message>
        <message>
            <source>Coaching follow-up</source>
            <translation>辅导跟进</translation>
        </message>
        <message>
            <source>Targeted (automatic checks found risks)</source>
            <translation>定向抽检(自动质检发现风险)</translation>
        </message>
        <message>
            <source>Above the pass line</source>
            <translation>高于合格线</translation>
        </message>
        <message>
            <source>Below the pass line</source>
            <translation>低于合格线</translation>
        </message>
        <message>
            <source>Cannot tell yet</source>
            <translation>尚无法判断</translation>
        </message>
        <message>
            <source>Too few evaluations</source>
            <translation>评估太少</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通话</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Call type</source>
            <translation>通话类型</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <translation>时长(秒)</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Last week's rank</source>
            <translation>上周排名</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>配额</translation>
        </message>
        <message>
            <source>Eligible calls</source>
            <translation>可抽通话</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>已抽取</translation>
        </message>
        <message>
            <source>Wanted</source>
            <translation>应抽</translation>
        </message>
        <message>
            <source>Short by</source>
            <translation>差额</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Unstarted before</source>
            <translation>原未开始数</translation>
        </message>
        <message>
            <source>Assigned now</source>
            <translation>本次分配</translation>
        </message>
        <message>
            <source>Unstarted after</source>
            <translation>分配后未开始数</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Why not assigned</source>
            <translation>未分配原因</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>评估数</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Interval low</source>
            <translation>区间下限</translation>
        </message>
        <message>
            <source>Interval high</source>
            <translation>区间上限</translation>
        </message>
        <message>
            <source>Against the pass line</source>
            <translation>与合格线比较</translation>
        </message>
        <message>
            <source>More evaluations needed</source>
            <translation>还需评估数</translation>
        </message>
        <message>
            <source>Calls in the week</source>
            <translation>本周通话数</translation>
        </message>
        <message>
            <source>Eligible</source>
            <translation>可抽</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <source>Why this score</source>
            <translation>为什么是这个分数</translation>
        </message>
        <message>
            <source>Keys: ↑/↓ item · 1 yes · 2 no · digits: scale points or option · N N/A · C comment · F1 guidance</source>
            <translation>按键:↑/↓ 切换项目 · 1 是 · 2 否 · 数字:量表分值或选项 · N 不适用 · C 备注 · F1 评分说明</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>提交(Ctrl+Enter)</translation>
        </message>
        <message>
            <source>These answers do not fit the form: {0}</source>
            <translation>这些答案与评分表不符:{0}</translation>
        </message>
        <message>
            <source>Grade: {0}</source>
            <translation>等级:{0}</translation>
        </message>
        <message>
            <source>{0} of {1} items answered</source>
            <translation>已评 {0} / {1} 项</translation>
        </message>
        <message>
            <source>Critical score: {0}</source>
            <translation>关键项得分:{0}</translation>
        </message>
        <message>
            <source>FATAL ITEM FAILED ({0}): the evaluation fails whatever the other answers.</source>
            <translation>致命项未通过({0}):无论其他项如何,本次质检不合格。</translation>
        </message>
        <message>
            <source>Critical item failed ({0}): critical score {1}.</source>
            <translation>关键项未通过({0}):关键项得分 {1}。</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <source>Bonus items may lift this section above 100%</source>
            <translation>加分项可使本部分超过 100%</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
    </context>
    <context>
        <name>ServerSignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign in to {0} as yourself.</source>
            <translation>以你自己的账号登录 {0}。</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在这台电脑上记住我</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>File or URL</source>
            <translation>文件或 URL</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Shared file on a network drive (several evaluators)</source>
            <translation>网络驱动器上的共享文件(多名质检员)</translation>
        </message>
        <message>
            <source>A shared file is opened without WAL and with locking and retries, so that evaluators on several machines can save safely. A team that outgrows a shared file enters a postgresql:// URL here.</source>
            <translation>共享文件以不使用 WAL、带锁定与重试的方式打开,多台电脑上的质检员可以安全保存。团队规模超出共享文件时,可在此输入 postgresql:// 地址。</translation>
        </message>
        <message>
            <source>Use my local database</source>
            <translation>使用我的本地数据库</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Current user</source>
            <translation>当前用户</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>登录身份</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Dispute and complaint deadlines count working days: public holidays and make-up days (调休), and your centre's own exceptions.</source>
            <translation>申诉和投诉的期限按工作日计算：法定节假日、调休上班日以及本中心自己的例外。</translation>
        </message>
        <message>
            <source>Working days…</source>
            <translation>工作日…</translation>
        </message>
        <message>
            <source>Evaluators' targets…</source>
            <translation>质检员月度目标…</translation>
        </message>
        <message>
            <source>Choose a database file</source>
            <translation>选择数据库文件</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>质检工作台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>{0} is shared: sign in with your password.</source>
            <translation>{0} 是共享数据库：请用密码登录。</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在这台电脑上记住我</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <source>Accept suggestions (%1)</source>
            <translation>采纳建议 (%1)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>%1  the customer waited %2 s</source>
            <translation>%1  客户等待 %2 秒</translation>
        </message>
        <message>
            <source>%1  dead air of %2 s</source>
            <translation>%1  静音 %2 秒</translation>
        </message>
        <message>
            <source>%1  both talked at once for %2 s</source>
            <translation>%1  双方同时说话 %2 秒</translation>
        </message>
        <message>
            <source>%1  the call lasted %2, over the standard</source>
            <translation>%1  通话时长 %2,超过标准</translation>
        </message>
        <message>
            <source>%1  the agent talked %2 % of the time</source>
            <translation>%1  座席说话占 %2 %</translation>
        </message>
        <message>
            <source>No automatic suggestions for this call (no transcript or analysis, or the form has no checks).</source>
            <translation>本通话没有自动建议(没有转写文本或分析,或评分表没有自动检查规则)。</translation>
        </message>
        <message>
            <source>%1 suggested answer(s) not answered yet.</source>
            <translation>%1 项建议答案尚未作答。</translation>
        </message>
        <message>
            <source>All suggested items answered; you agree with %1 of %2.</source>
            <translation>建议的评分项都已作答;您采纳了 %2 项中的 %1 项。</translation>
        </message>
        <message>
            <source>%1 ✓ kept</source>
            <translation>%1 ✓ 已采纳</translation>
        </message>
        <message>
            <source>%1 → you: %2</source>
            <translation>%1 → 您判:%2</translation>
        </message>
        <message>
            <source>(said: %1)</source>
            <translation>(说了:%1)</translation>
        </message>
        <message>
            <source>Click to play from here</source>
            <translation>点击从这里播放</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Evaluators' monthly targets</source>
            <translation>质检员月度目标</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Scored a month</source>
            <translation>每月评分数</translation>
        </message>
        <message>
            <source>Topic calls a month</source>
            <translation>每月专题录音数</translation>
        </message>
        <message>
            <source>Scored so far</source>
            <translation>本月已评</translation>
        </message>
        <message>
            <source>Topic calls so far</source>
            <translation>本月专题已听</translation>
        </message>
        <message>
            <source>The call-centre standard: about 700 scored calls and 300 topic calls a month each.</source>
            <translation>呼叫中心标准：每人每月约评分 700 通、专题质检 300 通。</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>目标已保存。</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班组长</translation>
        </message>
        <message>
            <source>Lead in the HR roster</source>
            <translation>花名册中的组长</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>座席数</translation>
        </message>
        <message>
            <source>On probation</source>
            <translation>试用期人数</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>启用中</translation>
        </message>
        <message>
            <source>New team…</source>
            <translation>新建班组…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Set lead…</source>
            <translation>指定组长…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>合并到…</translation>
        </message>
        <message>
            <source>Close team</source>
            <translation>关闭班组</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>新建班组</translation>
        </message>
        <message>
            <source>Rename {0}</source>
            <translation>重命名“{0}”</translation>
        </message>
        <message>
            <source>Lead of {0}</source>
            <translation>“{0}”的组长</translation>
        </message>
        <message>
            <source>Only team leads (and QA leads) are offered; give the role on the Users page first.</source>
            <translation>只列出班组长（及质检组长）；请先在“用户”页授予角色。</translation>
        </message>
        <message>
            <source>Merge {0}</source>
            <translation>合并“{0}”</translation>
        </message>
        <message>
            <source>Its agents move to the other team from the date; calls before it stay with {0}, which is then closed.</source>
            <translation>其座席自该日期起转入另一班组；此前的通话仍归“{0}”，之后该班组关闭。</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>并入</translation>
        </message>
        <message>
            <source>From</source>
            <translation>生效日期</translation>
        </message>
    </context>
    <context>
        <name>TopicsPage</name>
        <message>
            <source>Topic</source>
            <translation>专题</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已听</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>New topic…</source>
            <translation>新建专题…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Findings and recommendations</source>
            <translation>发现与建议</translation>
        </message>
        <message>
            <source>Findings: what the calls show, across the whole line</source>
            <translation>发现：这些通话反映出的全线问题</translation>
        </message>
        <message>
            <source>Recommendations: what to change (process, training, knowledge base)</source>
            <translation>建议：需要改进什么（流程、培训、知识库）</translation>
        </message>
        <message>
            <source>Save findings</source>
            <translation>保存结论</translation>
        </message>
        <message>
            <source>Save and next call (Ctrl+Enter)</source>
            <translation>保存并听下一通（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>The recording cannot be played: {0}</source>
            <translation>录音无法播放：{0}</translation>
        </message>
        <message>
            <source>No topic yet. A QA lead creates one with New topic…</source>
            <translation>还没有专题。质检组长可用“新建专题…”创建。</translation>
        </message>
        <message>
            <source>{0}: nothing left for you to review.</source>
            <translation>{0}：你已听完分配的全部录音。</translation>
        </message>
        <message>
            <source>{0} · call {1} · {2} · {3}</source>
            <translation>{0} · 通话 {1} · {2} · {3}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Topic created: {0} calls.</source>
            <translation>专题已创建：{0} 通录音。</translation>
        </message>
        <message>
            <source>Findings saved.</source>
            <translation>结论已保存。</translation>
        </message>
        <message>
            <source>Save topic results</source>
            <translation>保存专题结果</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>已保存 {0}。</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecordsTab</name>
        <message>
            <source>One-to-one</source>
            <translation>一对一辅导</translation>
        </message>
        <message>
            <source>Recording training</source>
            <translation>录音培训</translation>
        </message>
        <message>
            <source>Course on items</source>
            <translation>专项课程</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培训日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>培训方式</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培训师</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>评分项</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>签到</translation>
        </message>
        <message>
            <source>Mean test score</source>
            <translation>平均测试成绩</translation>
        </message>
        <message>
            <source>Mean rating (1–5)</source>
            <translation>平均评分（1–5）</translation>
        </message>
        <message>
            <source>Error rate before → after</source>
            <translation>差错率 培训前 → 培训后</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>培训内容</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Test score</source>
            <translation>测试成绩</translation>
        </message>
        <message>
            <source>Rating of the trainer</source>
            <translation>对培训师的评分</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>学员反馈</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Import test scores…</source>
            <translation>导入成绩单…</translation>
        </message>
        <message>
            <source>Rating of the trainer (1–5)</source>
            <translation>对培训师的评分（1–5）</translation>
        </message>
        <message>
            <source>The selected trainee's feedback; Enter keeps it</source>
            <translation>所选学员的反馈；按回车保存</translation>
        </message>
        <message>
            <source>Record feedback</source>
            <translation>保存反馈</translation>
        </message>
        <message>
            <source>No training recorded in {0}. Record a session on the right, or choose another month.</source>
            <translation>{0} 没有培训记录。可在右侧记录一次培训，或选择其他月份。</translation>
        </message>
        <message>
            <source>Select a session first.</source>
            <translation>请先选择一次培训。</translation>
        </message>
        <message>
            <source>Test scores (工号, 成绩)</source>
            <translation>成绩单（工号、成绩）</translation>
        </message>
        <message>
            <source>Score sheets (*.xlsx *.csv *.txt)</source>
            <translation>成绩单 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>{0} test scores kept; {1} rows without a score skipped.</source>
            <translation>已保存 {0} 个成绩；{1} 行没有成绩，已跳过。</translation>
        </message>
        <message>
            <source>Select a trainee first.</source>
            <translation>请先选择一名学员。</translation>
        </message>
        <message>
            <source>Feedback of {0} kept.</source>
            <translation>已保存 {0} 的反馈。</translation>
        </message>
    </context>
    <context>
        <name>TrainingTab</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>One-to-one training: bottom (agents or %)</source>
            <translation>一对一培训：末位（人数或 %）</translation>
        </message>
        <message>
            <source>Recording training: top (agents or %)</source>
            <translation>录音培训：前列（人数或 %）</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Error rate per item</source>
            <translation>各项目差错率</translation>
        </message>
        <message>
            <source>Per team</source>
            <translation>按班组</translation>
        </message>
        <message>
            <source>Training ranking</source>
            <translation>培训排名</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{0}: {1} evaluations. Most failed items: {2}.</source>
            <translation>{0}:共 {1} 份评估。不合格最多的项目:{2}。</translation>
        </message>
    </context>
    <context>
        <name>TranscriptImportDialog</name>
        <message>
            <source>Import transcripts</source>
            <translation>导入转写文本</translation>
        </message>
        <message>
            <source>Transcripts exported by the call platform: Alibaba Cloud recording-file recognition JSON, SRT or WebVTT subtitles (one file per side, or speaker-labelled cues) and CSV (call ID, side, start, end, text), in UTF-8 or GBK. A file belongs to the call whose call ID or recording name it carries (optionally followed by _agent / _customer, _坐席 / _客户), or to the call a manifest names.</source>
            <translation>呼叫平台导出的转写文本:阿里云录音文件识别 JSON、SRT 或 WebVTT 字幕(每个声道一个文件,或每句标明说话人)以及 CSV(通话ID、角色、开始、结束、文本),UTF-8 或 GBK 编码。文件名是通话ID或录音文件名(可带 _坐席 / _客户、_agent / _customer 后缀)的文件归入该通话,也可以用清单指定。</translation>
        </message>
        <message>
            <source>a transcript file or a folder of them</source>
            <translation>一个转写文件或一个文件夹</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>转写文本</translation>
        </message>
        <message>
            <source>optional: a CSV naming each file's call (文件名, 通话ID)</source>
            <translation>可选:指明每个文件所属通话的 CSV(文件名, 通话ID)</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Channel 0 (left) is the agent</source>
            <translation>声道 0(左)是座席</translation>
        </message>
        <message>
            <source>Channel 1 (right) is the agent</source>
            <translation>声道 1(右)是座席</translation>
        </message>
        <message>
            <source>For Alibaba JSON of calls not analysed yet; an analysed call knows its agent channel</source>
            <translation>用于尚未分析的通话的阿里云 JSON;已分析的通话知道座席声道</translation>
        </message>
        <message>
            <source>Alibaba ChannelId</source>
            <translation>阿里云 ChannelId</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>文件夹…</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>文件…</translation>
        </message>
        <message>
            <source>Folder of transcripts</source>
            <translation>转写文本文件夹</translation>
        </message>
        <message>
            <source>Transcript file</source>
            <translation>转写文件</translation>
        </message>
        <message>
            <source>Transcripts (*.json *.srt *.vtt *.csv)</source>
            <translation>转写文本 (*.json *.srt *.vtt *.csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Choose a transcript file or a folder first.</source>
            <translation>请先选择转写文件或文件夹。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>it is neither UTF-8 nor GBK text</source>
            <translation>既不是 UTF-8 也不是 GBK 文本</translation>
        </message>
        <message>
            <source>it is not valid JSON (line {line})</source>
            <translation>不是有效的 JSON(第 {line} 行)</translation>
        </message>
        <message>
            <source>the JSON has no Result.Sentences (task status: {status})</source>
            <translation>JSON 中没有 Result.Sentences(任务状态:{status})</translation>
        </message>
        <message>
            <source>sentence {number} has no BeginTime/EndTime in milliseconds</source>
            <translation>第 {number} 句缺少以毫秒为单位的 BeginTime/EndTime</translation>
        </message>
        <message>
            <source>a subtitle time is not understood: {text}</source>
            <translation>无法识别字幕时间:{text}</translation>
        </message>
        <message>
            <source>it has no subtitle cues (start --&gt; end)</source>
            <translation>没有字幕条目(开始 --&gt; 结束)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>the CSV lacks the column(s) {columns} (call ID, side, start, end, text)</source>
            <translation>CSV 缺少列 {columns}(通话ID、角色、开始、结束、文本)</translation>
        </message>
        <message>
            <source>line {line}: side '{value}' is neither agent nor customer</source>
            <translation>第 {line} 行:角色“{value}”既不是座席也不是客户</translation>
        </message>
        <message>
            <source>line {line}: the start or end time is not understood</source>
            <translation>第 {line} 行:无法识别开始或结束时间</translation>
        </message>
        <message>
            <source>line {line}: no call ID</source>
            <translation>第 {line} 行:缺少通话ID</translation>
        </message>
        <message>
            <source>the file cannot be opened ({detail})</source>
            <translation>无法打开文件({detail})</translation>
        </message>
        <message>
            <source>not a transcript format QA Desktop reads (Alibaba JSON, SRT, WebVTT, CSV)</source>
            <translation>不是 QA Desktop 支持的转写格式(阿里云 JSON、SRT、WebVTT、CSV)</translation>
        </message>
        <message>
            <source>the manifest needs a file name column and a call ID column</source>
            <translation>清单需要文件名列和通话ID列</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>无法读取:%1</translation>
        </message>
        <message>
            <source>no registered call matches it (call ID or recording name as the file name, or a manifest)</source>
            <translation>没有对应的已登记通话(文件名应为通话ID或录音文件名,或用清单指定)</translation>
        </message>
        <message>
            <source>does not say whose words they are: name it CALLID_agent / CALLID_customer or label each cue (坐席: / 客户:)</source>
            <translation>看不出是谁说的:文件名请用 通话ID_坐席 / 通话ID_客户,或每句标明说话人(坐席: / 客户:)</translation>
        </message>
        <message>
            <source>the same call and side is also in %1</source>
            <translation>同一通话同一声道也在 %1 中</translation>
        </message>
        <message>
            <source>the manifest cannot be used: %1</source>
            <translation>清单无法使用:%1</translation>
        </message>
        <message>
            <source>%1 file(s), %2 call(s): %3 side(s) added, %4 replaced, %5 unchanged.</source>
            <translation>%1 个文件,%2 通通话:新增 %3 个声道,替换 %4 个,未变 %5 个。</translation>
        </message>
        <message>
            <source>Cancelled: what was imported before stays.</source>
            <translation>已取消:之前导入的内容保留。</translation>
        </message>
        <message>
            <source>%1 file(s) not used:</source>
            <translation>%1 个文件未导入:</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPane</name>
        <message>
            <source>Ctrl+F: search what was said; F3 next hit</source>
            <translation>Ctrl+F:搜索通话内容;F3 下一处</translation>
        </message>
        <message>
            <source>No transcript for this call. Import the call platform's transcripts from the Library (Import transcripts…).</source>
            <translation>本通话没有转写文本。请在录音库中导入呼叫平台的转写文本(导入转写文本…)。</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>%1 hit(s)</source>
            <translation>%1 处</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>This part of QA Desktop is not included in this build.</source>
            <translation>此版本未包含质检工作台的这一部分。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>担任组长</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Password set</source>
            <translation>已设密码</translation>
        </message>
        <message>
            <source>Search login, name or team</source>
            <translation>搜索登录名、姓名或班组</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <source>Set role…</source>
            <translation>设置角色…</translation>
        </message>
        <message>
            <source>Set team…</source>
            <translation>设置班组…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>The first user of a database is its QA lead. Everyone else joins as an evaluator; only a QA lead gives another role, here.</source>
            <translation>数据库的第一位用户是质检组长。其他人加入时都是质检员；只有质检组长能在这里授予其他角色。</translation>
        </message>
        <message>
            <source>Only a QA lead changes users and roles. You can read the list.</source>
            <translation>只有质检组长能修改用户和角色。你可以查看列表。</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>两次输入的密码不一致，未作任何修改。</translation>
        </message>
        <message>
            <source>Role of {0}</source>
            <translation>{0} 的角色</translation>
        </message>
        <message>
            <source>Team of {0}</source>
            <translation>{0} 的班组</translation>
        </message>
        <message>
            <source>Set a password</source>
            <translation>设置密码</translation>
        </message>
    </context>
    <context>
        <name>VerificationTab</name>
        <message>
            <source>Show settled ones too</source>
            <translation>同时显示已鉴定的</translation>
        </message>
        <message>
            <source>What the recording shows</source>
            <translation>录音显示的情况</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立</translation>
        </message>
        <message>
            <source>Not founded</source>
            <translation>不成立</translation>
        </message>
        <message>
            <source>Listen in the workspace</source>
            <translation>在工作台中收听</translation>
        </message>
        <message>
            <source>Recorded as founded.</source>
            <translation>已记录为成立。</translation>
        </message>
        <message>
            <source>Recorded as not founded.</source>
            <translation>已记录为不成立。</translation>
        </message>
    </context>
    <context>
        <name>WaveformLegend</name>
        <message>
            <source>agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>dead air</source>
            <translation>静默</translation>
        </message>
        <message>
            <source>talk-over</source>
            <translation>抢话</translation>
        </message>
        <message>
            <source>note</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>A–B loop</source>
            <translation>A–B 循环</translation>
        </message>
    </context>
    <context>
        <name>WaveformView</name>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
    </context>
    <context>
        <name>WorkflowErrors</name>
        <message>
            <source>No agent with the ID {agents}.</source>
            <translation>没有工号为 {agents} 的座席。</translation>
        </message>
        <message>
            <source>The training needs of {month} name no agent for this kind of training.</source>
            <translation>{month} 的培训需求中没有适合这种培训方式的座席。</translation>
        </message>
        <message>
            <source>Say who gave the training.</source>
            <translation>请填写培训师。</translation>
        </message>
        <message>
            <source>Nobody is on the sign-in sheet.</source>
            <translation>签到名单为空。</translation>
        </message>
        <message>
            <source>{value} is not a test score from 0 to 100 (agent {agent}).</source>
            <translation>{value} 不是 0 到 100 之间的测试成绩（工号 {agent}）。</translation>
        </message>
        <message>
            <source>{path}, line {line}: {value} is not a test score from 0 to 100 (agent {agent}); nothing was imported.</source>
            <translation>{path} 第 {line} 行：{value} 不是 0 到 100 之间的测试成绩（工号 {agent}）；未导入任何成绩。</translation>
        </message>
        <message>
            <source>A trainee rates the trainer from 1 to 5.</source>
            <translation>学员对培训师的评分为 1 到 5 分。</translation>
        </message>
        <message>
            <source>Agent {agent} did not attend this training.</source>
            <translation>工号 {agent} 的座席没有参加这次培训。</translation>
        </message>
        <message>
            <source>The dispute is too late: the result was given on {result_day}, and disputes must be raised within {days} working days (by {last_day}).</source>
            <translation>申诉已超时:结果于 {result_day} 给出,申诉须在 {days} 个工作日内({last_day} 之前)提出。</translation>
        </message>
        <message>
            <source>Item {item} does not exist on this evaluation's form version.</source>
            <translation>项目 {item} 在该评估所用的评分表版本中不存在。</translation>
        </message>
        <message>
            <source>Item {item} is disputed twice.</source>
            <translation>项目 {item} 被重复申诉。</translation>
        </message>
        <message>
            <source>The answer the agent claims for item {item} is not possible for that item.</source>
            <translation>座席为项目 {item} 主张的答案对该项目无效。</translation>
        </message>
        <message>
            <source>This evaluation already has an open dispute (#{dispute_id}).</source>
            <translation>该评估已有一项未结的申诉(#{dispute_id})。</translation>
        </message>
        <message>
            <source>Name at least one disputed item.</source>
            <translation>请至少指定一个申诉项目。</translation>
        </message>
        <message>
            <source>Only a submitted result of the agent can be disputed.</source>
            <translation>只有座席已提交的评估结果才能申诉。</translation>
        </message>
        <message>
            <source>The deadline {deadline} is already past.</source>
            <translation>截止日期 {deadline} 已过。</translation>
        </message>
        <message>
            <source>This dispute is already closed ({status}).</source>
            <translation>该申诉已结束({status})。</translation>
        </message>
        <message>
            <source>Decide every disputed item; still undecided: {items}.</source>
            <translation>请裁定每个申诉项目;尚未裁定:{items}。</translation>
        </message>
        <message>
            <source>Item {item}: give the reason for the decision.</source>
            <translation>项目 {item}:请填写裁定理由。</translation>
        </message>
        <message>
            <source>Item {item}: the agent's answer was not recorded; choose 'set another answer' and the answer.</source>
            <translation>项目 {item}:未记录座席主张的答案,请选择“改为其他答案”并选定答案。</translation>
        </message>
        <message>
            <source>Item {item}: choose a valid answer.</source>
            <translation>项目 {item}:请选择有效的答案。</translation>
        </message>
        <message>
            <source>Say why the evaluation is adjusted: a reason is required.</source>
            <translation>请说明调整评估的原因:必须填写理由。</translation>
        </message>
        <message>
            <source>This was already settled.</source>
            <translation>此项已处理。</translation>
        </message>
        <message>
            <source>The follow-up date is before the coaching session.</source>
            <translation>跟进日期早于辅导日期。</translation>
        </message>
        <message>
            <source>Item {item} is not on the form of that evaluation.</source>
            <translation>项目 {item} 不在该评估的评分表中。</translation>
        </message>
        <message>
            <source>An action item needs a description.</source>
            <translation>行动项需要填写内容。</translation>
        </message>
        <message>
            <source>The sampling plan was not saved: {field} — {reason}</source>
            <translation>抽检方案未保存:{field} — {reason}</translation>
        </message>
        <message>
            <source>{period} is not a week; write it like 2026-W46.</source>
            <translation>{period} 不是有效的周,请按 2026-W46 的格式填写。</translation>
        </message>
        <message>
            <source>{period} was already sampled with seed {seed}; it is redrawn with that seed. Set the seed to 'new' or to {seed}.</source>
            <translation>{period} 已用种子 {seed} 抽检过,将按该种子重新抽取。请把种子设为“新建”或 {seed}。</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePage</name>
        <message>
            <source>Notes</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Change this submitted evaluation…</source>
            <translation>修改已提交的质检…</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Press Ctrl+N to open the next call and start scoring.</source>
            <translation>按 Ctrl+N 打开下一通录音开始评分。</translation>
        </message>
        <message>
            <source>{0} unsaved drafts kept on this computer were saved.</source>
            <translation>本机保存的 {0} 份未保存草稿已存入数据库。</translation>
        </message>
        <message>
            <source>Nothing left to score in your queue.</source>
            <translation>队列中已没有待评的录音。</translation>
        </message>
        <message>
            <source>The shared database is busy: the call opens as soon as it answers.</source>
            <translation>共享数据库正忙：数据库响应后即打开该通话。</translation>
        </message>
        <message>
            <source>This call no longer exists.</source>
            <translation>该通话已不存在。</translation>
        </message>
        <message>
            <source>Drawing the waveform…</source>
            <translation>正在绘制波形…</translation>
        </message>
        <message>
            <source>The recording cannot be found (moved or disconnected share?).</source>
            <translation>找不到录音(共享目录被移动或断开?)。</translation>
        </message>
        <message>
            <source>The recording cannot be read.</source>
            <translation>录音无法读取。</translation>
        </message>
        <message>
            <source>The recording is still being copied; try again shortly.</source>
            <translation>录音仍在复制中,请稍后再试。</translation>
        </message>
        <message>
            <source>The recording cannot be played.</source>
            <translation>录音无法播放。</translation>
        </message>
        <message>
            <source>You can still score the call.</source>
            <translation>仍可以对该通话评分。</translation>
        </message>
        <message>
            <source>No waveform: {0}</source>
            <translation>无法显示波形:{0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;No call open.&lt;/b&gt; Press Ctrl+N for the next call in your queue, or Enter on a row.</source>
            <translation>&lt;b&gt;未打开通话。&lt;/b&gt;按 Ctrl+N 打开队列中的下一通,或在某行上按回车。</translation>
        </message>
        <message>
            <source>listening {0} at {1:g}×</source>
            <translation>按 {1:g} 倍速需听 {0}</translation>
        </message>
        <message>
            <source>Also being scored by {0} (their draft is open).</source>
            <translation>{0} 也在为此通话评分(其草稿未提交)。</translation>
        </message>
        <message>
            <source>This file is not this call's recording, or cannot be read; the call was not changed.</source>
            <translation>该文件不是这通电话的录音,或无法读取;通话未作修改。</translation>
        </message>
        <message>
            <source>Playback problem: {0}</source>
            <translation>播放问题:{0}</translation>
        </message>
        <message>
            <source>Where is this recording now?</source>
            <translation>这段录音现在在哪里?</translation>
        </message>
        <message>
            <source>Recordings (*.wav *.mp3 *.ogg *.opus *.m4a *.aac *.flac *.amr);;All files (*)</source>
            <translation>录音 (*.wav *.mp3 *.ogg *.opus *.m4a *.aac *.flac *.amr);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Not relinked</source>
            <translation>未重新关联</translation>
        </message>
    </context>
</TS>
