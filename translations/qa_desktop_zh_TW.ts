<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AddCallsDialog</name>
        <message>
            <source>Add calls to the session</source>
            <translation>向校準會新增錄音</translation>
        </message>
        <message>
            <source>When differences persist, score at least 3 more calls of the same nature together.</source>
            <translation>如分歧仍在,請再共同評至少 3 條同類錄音。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>新增</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>新增使用者</translation>
        </message>
        <message>
            <source>They sign in with this login. Give the first password now or later.</source>
            <translation>對方用這個登入名登入。可以現在或稍後設定初始密碼。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名</translation>
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
            <translation>班組</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再輸入一次</translation>
        </message>
    </context>
    <context>
        <name>AgentOverview</name>
        <message>
            <source>Praise (reward)</source>
            <translation>表揚（獎勵）</translation>
        </message>
        <message>
            <source>Complaint (penalty)</source>
            <translation>投訴（處罰）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Scored on</source>
            <translation>評分時間</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Call time</source>
            <translation>通話時間</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Points lost on</source>
            <translation>失分項</translation>
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
            <translation>輔導人</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>約定事項</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培訓日期</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培訓師</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>已簽到</translation>
        </message>
        <message>
            <source>Test score</source>
            <translation>考試成績</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>鑑定時間</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記錄</translation>
        </message>
        <message>
            <source>Customer said</source>
            <translation>客戶反映</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>鑑定人</translation>
        </message>
    </context>
    <context>
        <name>AgentOverviewDialog</name>
        <message>
            <source>Agent record: {0}</source>
            <translation>座席檔案：{0}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在讀取…</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>質檢結果</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>輔導</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培訓</translation>
        </message>
        <message>
            <source>Rewards and penalties</source>
            <translation>獎懲</translation>
        </message>
        <message>
            <source>Agent {0} is not in a team whose records you may read.</source>
            <translation>座席 {0} 不在您可查看檔案的班組中。</translation>
        </message>
        <message>
            <source>has left</source>
            <translation>已離職</translation>
        </message>
        <message>
            <source>on probation until {0}</source>
            <translation>試用期至 {0}</translation>
        </message>
        <message>
            <source>employed</source>
            <translation>在職</translation>
        </message>
        <message>
            <source>{0} {1} · {2} · hired {3} · {4}</source>
            <translation>{0} {1} · {2} · 入職 {3} · {4}</translation>
        </message>
        <message>
            <source>no team</source>
            <translation>未分組</translation>
        </message>
        <message>
            <source>Last {0} days: {1} results, mean score {2}. {3}
Rewards {4}, penalties {5}.</source>
            <translation>近 {0} 天：{1} 條結果，平均分 {2}。{3}
獎勵 {4} 次，處罰 {5} 次。</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>無法開啟資料庫</translation>
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
            <translation>儲存草稿 (Ctrl+S)</translation>
        </message>
        <message>
            <source>to score</source>
            <translation>待評分</translation>
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
            <translation>正在等待共用資料庫（{0} 秒）… 您的評分已安全保存在本機。</translation>
        </message>
        <message>
            <source>Submitted: final.</source>
            <translation>已提交:不可再改。</translation>
        </message>
        <message>
            <source>Ctrl+S saves the draft, Ctrl+Enter submits.</source>
            <translation>Ctrl+S 儲存草稿,Ctrl+Enter 提交。</translation>
        </message>
        <message>
            <source>The recording cannot be played: {0}</source>
            <translation>無法播放錄音:{0}</translation>
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
            <translation>期限按工作日計算：法定節假日和調休上班日按國務院公布的安排。可在此新增本中心自己的例外，或在官方安排公布前先錄入明年的節假日。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Counts as</source>
            <translation>計為</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
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
            <translation>原因，例如 公司年會、2027 春節</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>刪除所選</translation>
        </message>
        <message>
            <source>Only a QA lead changes the working days.</source>
            <translation>只有質檢組長可以修改工作日。</translation>
        </message>
        <message>
            <source>The public holidays of {0} are not known yet: until you add them, those years count Monday to Friday.</source>
            <translation>{0} 年的法定節假日尚未公布：在新增之前，這些年份按週一至週五計算工作日。</translation>
        </message>
    </context>
    <context>
        <name>CalibrationPage</name>
        <message>
            <source>New session…</source>
            <translation>新建校準會…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Add calls…</source>
            <translation>新增錄音…</translation>
        </message>
        <message>
            <source>Close session</source>
            <translation>結束校準會</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>Calls and consensus</source>
            <translation>錄音與共識</translation>
        </message>
        <message>
            <source>My scoring (blind)</source>
            <translation>我的評分(盲評)</translation>
        </message>
        <message>
            <source>Evaluator consistency</source>
            <translation>質檢員一致性</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>錄音</translation>
        </message>
        <message>
            <source>Agreed answers after discussion; the comment of an item is its consensus note.</source>
            <translation>討論後達成一致的答案;各項的備註即該項的共識說明。</translation>
        </message>
        <message>
            <source>Save consensus for this call</source>
            <translation>儲存此錄音的共識</translation>
        </message>
        <message>
            <source>Start from the majority answers (the expert's on a tie)</source>
            <translation>以多數人的答案為起點(票數相同時取專家的答案)</translation>
        </message>
        <message>
            <source>Calibration is blind: the report and the others' answers appear once you have submitted your own score of every call, or when the session is closed.</source>
            <translation>校準為盲評:提交自己對每條錄音的評分後,或校準會結束後,才能看到報告和他人的答案。</translation>
        </message>
        <message>
            <source>Only the QA lead and the session's participants can see this session before it is closed.</source>
            <translation>校準會結束前,只有質檢主管和參會人員可以查看。</translation>
        </message>
        <message>
            <source>totals differ by up to {0:.2f} points</source>
            <translation>總分最多相差 {0:.2f} 分</translation>
        </message>
        <message>
            <source>No calibration session yet.</source>
            <translation>還沒有校準會。</translation>
        </message>
        <message>
            <source>No calibration session yet; the QA lead creates them.</source>
            <translation>還沒有校準會;由質檢主管建立。</translation>
        </message>
        <message>
            <source>open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已結束</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>{0} — {1}; form {2} v{3}; expert: {4}; {5} of {6} scores submitted</source>
            <translation>{0} — {1};評分表 {2} 第{3}版;專家:{4};已提交 {5}/{6} 份評分</translation>
        </message>
        <message>
            <source>Score each call on your own. Others' answers stay hidden until you submit; a submitted calibration score cannot be changed.</source>
            <translation>請獨立為每條錄音評分。提交前看不到他人的答案;校準評分提交後不能修改。</translation>
        </message>
        <message>
            <source>You are not scoring in this session.</source>
            <translation>您不參與本次校準評分。</translation>
        </message>
        <message>
            <source>The answers are hidden until you have submitted your own scores (calibration is blind).</source>
            <translation>提交自己的評分前,答案不可見(校準為盲評)。</translation>
        </message>
        <message>
            <source>Saving the consensus…</source>
            <translation>正在儲存共識…</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>共識</translation>
        </message>
        <message>
            <source>Consensus saved.</source>
            <translation>共識已儲存。</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校準</translation>
        </message>
        <message>
            <source>Submitted.</source>
            <translation>已提交。</translation>
        </message>
        <message>
            <source>Not saved yet: {0} Your answers are kept safe on this computer and saving is tried again every few seconds.</source>
            <translation>尚未存入資料庫：{0} 您的評分已安全保存在本機，系統每隔幾秒會自動重試。</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>草稿已儲存。</translation>
        </message>
    </context>
    <context>
        <name>CalibrationTables</name>
        <message>
            <source>excellent</source>
            <translation>優秀</translation>
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
            <translation>名義</translation>
        </message>
        <message>
            <source>ordinal</source>
            <translation>順序</translation>
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
            <translation>一致百分比(相差不超過一個刻度)</translation>
        </message>
        <message>
            <source>Percent agreement (within {0} points)</source>
            <translation>一致百分比(相差不超過 {0} 分)</translation>
        </message>
        <message>
            <source>Krippendorff's alpha ({0})</source>
            <translation>Krippendorff α({0})</translation>
        </message>
        <message>
            <source>{0}: two-way random effects, absolute agreement, single rater</source>
            <translation>{0}:雙向隨機效應,絕對一致,單個評分人</translation>
        </message>
        <message>
            <source>Fleiss' kappa</source>
            <translation>Fleiss κ</translation>
        </message>
        <message>
            <source>Evaluation totals</source>
            <translation>評分總分</translation>
        </message>
        <message>
            <source>Scale items</source>
            <translation>量表題</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>校準會</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>錄音數</translation>
        </message>
        <message>
            <source>Scorers</source>
            <translation>評分人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>Expert</source>
            <translation>專家</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>建立日期</translation>
        </message>
        <message>
            <source>What</source>
            <translation>對象</translation>
        </message>
        <message>
            <source>Statistic</source>
            <translation>統計量</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>數值</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>無法計算</translation>
        </message>
        <message>
            <source>Lenient</source>
            <translation>偏鬆</translation>
        </message>
        <message>
            <source>Harsh</source>
            <translation>偏嚴</translation>
        </message>
        <message>
            <source>In line</source>
            <translation>一致</translation>
        </message>
        <message>
            <source>Yes/no, choice and checklist items</source>
            <translation>是/否、選擇題及清單題</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>進行中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已結束</translation>
        </message>
        <message>
            <source>{0} v{1}</source>
            <translation>{0} 第{1}版</translation>
        </message>
        <message>
            <source>{0:.3f} (95% CI {1:.2f} to {2:.2f})</source>
            <translation>{0:.3f}(95% 信賴區間 {1:.2f} 至 {2:.2f})</translation>
        </message>
        <message>
            <source>{0} (anywhere from {1} to {2})</source>
            <translation>{0}(信賴區間內可能從{1}到{2})</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>解讀</translation>
        </message>
        <message>
            <source>Raters</source>
            <translation>評分人數</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>參會人</translation>
        </message>
        <message>
            <source>Mean total</source>
            <translation>平均總分</translation>
        </message>
        <message>
            <source>vs expert: mean signed</source>
            <translation>對比專家:平均偏差</translation>
        </message>
        <message>
            <source>vs expert: mean absolute</source>
            <translation>對比專家:平均絕對偏差</translation>
        </message>
        <message>
            <source>vs expert: bias</source>
            <translation>對比專家:傾向</translation>
        </message>
        <message>
            <source>vs consensus: mean signed</source>
            <translation>對比共識:平均偏差</translation>
        </message>
        <message>
            <source>vs consensus: mean absolute</source>
            <translation>對比共識:平均絕對偏差</translation>
        </message>
        <message>
            <source>vs consensus: bias</source>
            <translation>對比共識:傾向</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>評分項</translation>
        </message>
        <message>
            <source>All agree</source>
            <translation>全部一致</translation>
        </message>
        <message>
            <source>Differ by more than one point</source>
            <translation>相差超過一分</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <source>Reword?</source>
            <translation>需改措辭?</translation>
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
            <translation>誰有分歧(錄音數)</translation>
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
            <translation>不適用</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>總分</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>極差</translation>
        </message>
        <message>
            <source>Consensus</source>
            <translation>共識</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>校準會數</translation>
        </message>
        <message>
            <source>Items differing from expert</source>
            <translation>與專家不同的評分項</translation>
        </message>
        <message>
            <source>Items differing from consensus</source>
            <translation>與共識不同的評分項</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>錄音</translation>
        </message>
        <message>
            <source>Original</source>
            <translation>原評分</translation>
        </message>
        <message>
            <source>Re-score</source>
            <translation>複評</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差值</translation>
        </message>
        <message>
            <source>Days between</source>
            <translation>間隔天數</translation>
        </message>
        <message>
            <source>Items changed</source>
            <translation>改變的評分項</translation>
        </message>
    </context>
    <context>
        <name>CallAnnotations</name>
        <message>
            <source>Flag</source>
            <translation>標記</translation>
        </message>
    </context>
    <context>
        <name>CallLibrary</name>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Call ID</source>
            <translation>通話ID</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>隊列</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>時長</translation>
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
            <translation>錄音</translation>
        </message>
        <message>
            <source>The recording was not found at its path the last time it was checked. Use Relink share if the share moved.</source>
            <translation>上次檢查時在該路徑下未找到錄音。如果共享目錄已遷移,請使用「重新關聯共享」。</translation>
        </message>
    </context>
    <context>
        <name>CallTranscriptTabs</name>
        <message>
            <source>Transcript</source>
            <translation>轉寫文本</translation>
        </message>
        <message>
            <source>Suggestions (%1)</source>
            <translation>自動建議 (%1)</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>自動建議</translation>
        </message>
    </context>
    <context>
        <name>ChartBox</name>
        <message>
            <source>Save as PNG…</source>
            <translation>另存為 PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>儲存圖表</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 圖片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>CheckAgreementDialog</name>
        <message>
            <source>Automatic checks: agreement</source>
            <translation>自動質檢一致率</translation>
        </message>
        <message>
            <source>%1: how often the evaluators' answers agreed with each item's automatic suggestion, least trusted first.</source>
            <translation>%1:質檢員的答案與各評分項自動建議一致的比例,最不可信的排在最前。</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>評分項</translation>
        </message>
        <message>
            <source>Suggestions</source>
            <translation>建議次數</translation>
        </message>
        <message>
            <source>Check said yes, evaluator no</source>
            <translation>自動判是、質檢員判否</translation>
        </message>
        <message>
            <source>Check said no, evaluator yes</source>
            <translation>自動判否、質檢員判是</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致率</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>採納</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>漏判</translation>
        </message>
        <message>
            <source>False alarms</source>
            <translation>誤判</translation>
        </message>
        <message>
            <source>The evaluator's answer was the suggested one</source>
            <translation>質檢員的答案與建議一致</translation>
        </message>
        <message>
            <source>No evaluation in this period had automatic suggestions.</source>
            <translation>本期沒有帶自動建議的評估。</translation>
        </message>
    </context>
    <context>
        <name>CheckRow</name>
        <message>
            <source>within (s)</source>
            <translation>秒內</translation>
        </message>
        <message>
            <source>wait over (s)</source>
            <translation>等待超過(秒)</translation>
        </message>
        <message>
            <source>at most</source>
            <translation>不超過</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>風險</translation>
        </message>
        <message>
            <source>A failure of this check is a risk: screening reports it and the sampling plan's targeted quota draws from such calls</source>
            <translation>未通過即為風險:篩查會列出,抽檢方案的定向抽檢從這類通話中抽取</translation>
        </message>
        <message>
            <source>phrases, separated by 、</source>
            <translation>話術,用、分隔</translation>
        </message>
        <message>
            <source>Remove this check</source>
            <translation>刪除此檢查</translation>
        </message>
    </context>
    <context>
        <name>ChecksEditor</name>
        <message>
            <source>Add check</source>
            <translation>新增檢查</translation>
        </message>
        <message>
            <source>phrase said</source>
            <translation>說了話術</translation>
        </message>
        <message>
            <source>never said (prohibited)</source>
            <translation>未說禁語</translation>
        </message>
        <message>
            <source>audio fact</source>
            <translation>音訊指標</translation>
        </message>
        <message>
            <source>agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客戶</translation>
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
            <translation>開頭幾秒內</translation>
        </message>
        <message>
            <source>in the last seconds</source>
            <translation>結尾幾秒內</translation>
        </message>
        <message>
            <source>before a wait</source>
            <translation>等待之前</translation>
        </message>
        <message>
            <source>after a wait</source>
            <translation>等待之後</translation>
        </message>
        <message>
            <source>longest dead air (s)</source>
            <translation>最長靜音(秒)</translation>
        </message>
        <message>
            <source>longest wait (s)</source>
            <translation>最長等待(秒)</translation>
        </message>
        <message>
            <source>times both talked at once</source>
            <translation>搶話次數</translation>
        </message>
        <message>
            <source>call length (s)</source>
            <translation>通話時長(秒)</translation>
        </message>
        <message>
            <source>agent's share of talk (0-1)</source>
            <translation>座席說話佔比(0-1)</translation>
        </message>
        <message>
            <source>the seconds</source>
            <translation>秒數</translation>
        </message>
        <message>
            <source>the wait</source>
            <translation>等待時長</translation>
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
            <translation>{key}必須在 {low} 到 {high} 之間</translation>
        </message>
        <message>
            <source>{key} must be a number</source>
            <translation>{key}必須是數字</translation>
        </message>
        <message>
            <source>an audio fact needs its limit</source>
            <translation>音訊指標需要上限</translation>
        </message>
        <message>
            <source>the lower limit is above the upper one</source>
            <translation>下限高於上限</translation>
        </message>
        <message>
            <source>write at least one phrase</source>
            <translation>請至少填寫一條話術</translation>
        </message>
        <message>
            <source>at most {most} phrases</source>
            <translation>最多 {most} 條話術</translation>
        </message>
        <message>
            <source>a phrase has 1 to {most} characters</source>
            <translation>每條話術 1 到 {most} 個字</translation>
        </message>
        <message>
            <source>this check is not valid</source>
            <translation>此檢查無效</translation>
        </message>
        <message>
            <source>Check %1 is not saved yet: %2</source>
            <translation>第 %1 條檢查尚未儲存:%2</translation>
        </message>
    </context>
    <context>
        <name>CloseSessionDialog</name>
        <message>
            <source>Close session</source>
            <translation>結束校準會</translation>
        </message>
        <message>
            <source>Close this calibration session? Everyone will see all answers, and nothing in it can change afterwards.</source>
            <translation>結束本次校準會?結束後所有人都能看到全部答案,且不能再做任何修改。</translation>
        </message>
        <message>
            <source>{0} scores have not been submitted; they stay out of the report.</source>
            <translation>還有 {0} 份評分未提交,不計入報告。</translation>
        </message>
        <message>
            <source>Meeting notes (what was agreed):</source>
            <translation>會議記錄(達成的共識):</translation>
        </message>
        <message>
            <source>Enter starts a new line; Ctrl+Enter closes the session.</source>
            <translation>Enter 換行;Ctrl+Enter 結束校準會。</translation>
        </message>
    </context>
    <context>
        <name>CoachingLogTab</name>
        <message>
            <source>Pass rate on each coached item, before and after the session:</source>
            <translation>每個輔導項目在輔導前後的合格率:</translation>
        </message>
        <message>
            <source>Action done</source>
            <translation>行動項已完成</translation>
        </message>
        <message>
            <source>Agent acknowledged</source>
            <translation>座席已確認</translation>
        </message>
        <message>
            <source>Follow-up done</source>
            <translation>跟進已完成</translation>
        </message>
        <message>
            <source>Schedule a follow-up</source>
            <translation>安排跟進評估</translation>
        </message>
        <message>
            <source>Schedule a follow-up evaluation into the next sample</source>
            <translation>在下次抽檢中安排跟進評估</translation>
        </message>
        <message>
            <source>No coaching logged yet.</source>
            <translation>尚無輔導記錄。</translation>
        </message>
        <message>
            <source>{0} coaching of {1} {2} by {3} on {4}</source>
            <translation>{0}輔導:{1} {2},輔導人 {3},日期 {4}</translation>
        </message>
        <message>
            <source>Agreed: {0}</source>
            <translation>約定內容:{0}</translation>
        </message>
        <message>
            <source>Acknowledged by the agent: {0}</source>
            <translation>座席確認:{0}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未確認</translation>
        </message>
        <message>
            <source>Follow-up: {0}</source>
            <translation>跟進:{0}</translation>
        </message>
        <message>
            <source>Select an action item first.</source>
            <translation>請先選擇一個行動項。</translation>
        </message>
        <message>
            <source>Action item done.</source>
            <translation>行動項已完成。</translation>
        </message>
        <message>
            <source>The agent's acknowledgement is recorded.</source>
            <translation>已記錄座席的確認。</translation>
        </message>
        <message>
            <source>Follow-up marked done.</source>
            <translation>跟進已標記為完成。</translation>
        </message>
        <message>
            <source>A follow-up evaluation will be drawn in the next sample.</source>
            <translation>下次抽檢將抽取一通跟進評估。</translation>
        </message>
    </context>
    <context>
        <name>CoachingPage</name>
        <message>
            <source>Loading…</source>
            <translation>正在讀取…</translation>
        </message>
        <message>
            <source>Coaching log</source>
            <translation>輔導記錄</translation>
        </message>
        <message>
            <source>Training needs</source>
            <translation>培訓需求</translation>
        </message>
        <message>
            <source>Recordings of the month</source>
            <translation>本月錄音</translation>
        </message>
        <message>
            <source>Training records</source>
            <translation>培訓記錄</translation>
        </message>
    </context>
    <context>
        <name>CoachingTables</name>
        <message>
            <source>Online</source>
            <translation>線上</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>離線</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>In a sample</source>
            <translation>已納入抽檢</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待跟進</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
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
            <translation>一對一培訓</translation>
        </message>
        <message>
            <source>Recording-based training</source>
            <translation>錄音培訓</translation>
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
            <translation>班組</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>輔導人</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>輔導前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>輔導後</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>未完成行動項</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行動項</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>變化</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>評估數</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>不合格數</translation>
        </message>
        <message>
            <source>Error rate</source>
            <translation>差錯率</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>評估數</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>培訓</translation>
        </message>
    </context>
    <context>
        <name>ConsistencyView</name>
        <message>
            <source>Calibration deviation by month</source>
            <translation>按月校準偏差</translation>
        </message>
        <message>
            <source>Self-checks compared</source>
            <translation>自我複評對比</translation>
        </message>
        <message>
            <source>My self-checks</source>
            <translation>我的自我複評</translation>
        </message>
        <message>
            <source>Each evaluator's calibration totals against the expert and the consensus, month by month. Signed = evaluator minus reference; lenient above +5, harsh below −5 points.</source>
            <translation>各質檢員每月校準總分與專家及共識的對比。帶符號偏差 = 質檢員減參照;高於 +5 分為偏鬆,低於 −5 分為偏嚴。</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Assign self-checks (calls at least 30 days old)</source>
            <translation>分配自我複評(30 天前評過的錄音)</translation>
        </message>
        <message>
            <source>Re-score these calls of yours without looking at your first score; the comparison appears once you submit.</source>
            <translation>請在不查看首次評分的情況下重新評這些錄音;提交後顯示對比。</translation>
        </message>
        <message>
            <source>No self-check compared yet ({0} waiting to be scored).</source>
            <translation>尚無可對比的自我複評({0} 條待評)。</translation>
        </message>
        <message>
            <source>{0:.3f} ({1}, on {2} calls)</source>
            <translation>{0:.3f}({1},基於 {2} 條錄音)</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>無法計算</translation>
        </message>
        <message>
            <source>{0} calls re-scored ({1} waiting). Drift of totals (re-score minus original): {2:+.2f} on average, {3:.2f} absolute. Items answered the same: {4:.0%}. ICC(2,1) of totals: {5}.</source>
            <translation>已複評 {0} 條錄音({1} 條待評)。總分漂移(複評減原評分):平均 {2:+.2f},絕對值平均 {3:.2f}。評分項答案相同比例:{4:.0%}。總分 ICC(2,1):{5}。</translation>
        </message>
        <message>
            <source>Self-checks</source>
            <translation>自我複評</translation>
        </message>
        <message>
            <source>{0} self-checks assigned.</source>
            <translation>已分配 {0} 條自我複評。</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>QA Desktop: unexpected error</source>
            <translation>質檢工作台：意外錯誤</translation>
        </message>
        <message>
            <source>QA Desktop ran into an error it did not expect. What you saved is safe; the last change may need to be made again. You can keep working.</source>
            <translation>質檢工作台遇到了一個意外錯誤。已儲存的內容不受影響；最後一次修改可能需要重新操作。您可以繼續工作。</translation>
        </message>
        <message>
            <source>What happened: {0}</source>
            <translation>發生了什麼：{0}</translation>
        </message>
        <message>
            <source>Where: {0}</source>
            <translation>出錯位置：{0}</translation>
        </message>
        <message>
            <source>The details are in the log: {0}</source>
            <translation>詳細資訊已寫入日誌：{0}</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>複製詳細資訊</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>開啟日誌資料夾</translation>
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <source>Agent talk share</source>
            <translation>座席說話佔比</translation>
        </message>
        <message>
            <source>Customer talk share</source>
            <translation>客戶說話佔比</translation>
        </message>
        <message>
            <source>Dead air, total (s)</source>
            <translation>靜默總時長(秒)</translation>
        </message>
        <message>
            <source>Dead-air stretches</source>
            <translation>靜默段數</translation>
        </message>
        <message>
            <source>Hold music or tone, total (s)</source>
            <translation>等待音樂或提示音，合計（秒）</translation>
        </message>
        <message>
            <source>Talk-over, total (s)</source>
            <translation>搶話總時長(秒)</translation>
        </message>
        <message>
            <source>Talk-over moments</source>
            <translation>搶話次數</translation>
        </message>
        <message>
            <source>Longest monologue (s)</source>
            <translation>最長獨白(秒)</translation>
        </message>
        <message>
            <source>Longer than the handling standard (s)</source>
            <translation>超過處理時限(秒)</translation>
        </message>
        <message>
            <source>Previous evaluations of this agent</source>
            <translation>該座席以往的質檢</translation>
        </message>
        <message>
            <source>Call date</source>
            <translation>通話日期</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Type / queue</source>
            <translation>類型 / 隊列</translation>
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
            <translation>客戶</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>時長</translation>
        </message>
        <message>
            <source>Recording</source>
            <translation>錄音</translation>
        </message>
        <message>
            <source>{0} · {1} channels · {2} Hz</source>
            <translation>{0} · {1} 聲道 · {2} Hz</translation>
        </message>
        <message>
            <source>Call ID</source>
            <translation>通話編號</translation>
        </message>
    </context>
    <context>
        <name>DisputesTab</name>
        <message>
            <source>Listen in the workspace</source>
            <translation>在工作台中收聽</translation>
        </message>
        <message>
            <source>Decide and recompute the score</source>
            <translation>裁定並重新計分</translation>
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
            <translation>項目</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>評估答案</translation>
        </message>
        <message>
            <source>Agent's claim</source>
            <translation>座席申訴理由</translation>
        </message>
        <message>
            <source>Agent's answer</source>
            <translation>座席主張的答案</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>裁定</translation>
        </message>
        <message>
            <source>Set to</source>
            <translation>改為</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Dispute {0} by {1}, deadline {2}: {3}</source>
            <translation>申訴 {0},登記人 {1},截止 {2}:{3}</translation>
        </message>
        <message>
            <source>Dispute decided: score {0} → {1}.</source>
            <translation>申訴已裁定:分數 {0} → {1}。</translation>
        </message>
        <message>
            <source>Dispute withdrawn.</source>
            <translation>申訴已撤回。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The recording cannot be played.</source>
            <translation>無法播放該錄音。</translation>
        </message>
        <message>
            <source>The audio decoder (ffmpeg) is missing from this installation.</source>
            <translation>此安裝缺少音訊解碼器(ffmpeg)。</translation>
        </message>
        <message>
            <source>The recording cannot be found (was the share moved?).</source>
            <translation>找不到該錄音(共用目錄是否已移動?)。</translation>
        </message>
        <message>
            <source>The recording is empty (zero length).</source>
            <translation>該錄音為空(長度為零)。</translation>
        </message>
        <message>
            <source>The recording is truncated (still being copied?).</source>
            <translation>該錄音不完整(是否仍在複製中?)。</translation>
        </message>
        <message>
            <source>The recording is damaged and cannot be decoded.</source>
            <translation>該錄音已損毀,無法解碼。</translation>
        </message>
        <message>
            <source>The recording's file name does not match its content.</source>
            <translation>該錄音的副檔名與實際內容不符。</translation>
        </message>
        <message>
            <source>This recording format is not supported.</source>
            <translation>不支援該錄音格式。</translation>
        </message>
        <message>
            <source>The folder or file to import cannot be found.</source>
            <translation>找不到要匯入的資料夾或檔案。</translation>
        </message>
        <message>
            <source>The file-name pattern is not valid.</source>
            <translation>檔名模式無效。</translation>
        </message>
        <message>
            <source>The manifest cannot be read.</source>
            <translation>無法讀取清單檔案。</translation>
        </message>
        <message>
            <source>The transcript file or folder cannot be found.</source>
            <translation>找不到轉寫檔案或資料夾。</translation>
        </message>
        <message>
            <source>The transcript cannot be read.</source>
            <translation>無法讀取轉寫檔案。</translation>
        </message>
        <message>
            <source>No published scoring form has automatic checks.</source>
            <translation>已發布的評分表都沒有自動檢查規則。</translation>
        </message>
        <message>
            <source>The scoring form is not valid; nothing was changed.</source>
            <translation>評分表無效;未做任何變更。</translation>
        </message>
        <message>
            <source>The scoring form was made by a newer version of QA Desktop.</source>
            <translation>該評分表由較新版本的質檢工作台建立。</translation>
        </message>
        <message>
            <source>This form version is already used by evaluations and cannot change; save it as a new version.</source>
            <translation>此評分表版本已被評分使用,不能修改;請另存為新版本。</translation>
        </message>
        <message>
            <source>The scoring form cannot be found.</source>
            <translation>找不到該評分表。</translation>
        </message>
        <message>
            <source>The form cannot be published until these problems are fixed.</source>
            <translation>需先修正以下問題才能發佈評分表。</translation>
        </message>
        <message>
            <source>The answers do not match the scoring form; nothing was scored.</source>
            <translation>答案與評分表不符;未進行評分。</translation>
        </message>
        <message>
            <source>A comment is required where points were lost.</source>
            <translation>扣分項必須填寫說明。</translation>
        </message>
        <message>
            <source>The evaluation cannot be found.</source>
            <translation>找不到該評分記錄。</translation>
        </message>
        <message>
            <source>The evaluation cannot be changed in its current state.</source>
            <translation>該評分記錄目前狀態下不能修改。</translation>
        </message>
        <message>
            <source>The flag cannot be found.</source>
            <translation>找不到該標記。</translation>
        </message>
        <message>
            <source>Please give a reason for this flag.</source>
            <translation>請填寫標記原因。</translation>
        </message>
        <message>
            <source>The note cannot be found.</source>
            <translation>找不到該備註。</translation>
        </message>
        <message>
            <source>The period is not valid (use e.g. 2026-W46 or 2026-10).</source>
            <translation>期間無效(例如 2026-W46 或 2026-10)。</translation>
        </message>
        <message>
            <source>This week was already sampled with another seed.</source>
            <translation>本週已使用其他隨機種子抽檢過。</translation>
        </message>
        <message>
            <source>The sampling plan is not valid.</source>
            <translation>抽檢方案無效。</translation>
        </message>
        <message>
            <source>The sampling plan cannot be found.</source>
            <translation>找不到該抽檢方案。</translation>
        </message>
        <message>
            <source>The review was refused.</source>
            <translation>複核被拒絕。</translation>
        </message>
        <message>
            <source>The coaching change was refused.</source>
            <translation>輔導記錄修改被拒絕。</translation>
        </message>
        <message>
            <source>The dispute was refused.</source>
            <translation>申訴被拒絕。</translation>
        </message>
        <message>
            <source>The calibration session cannot be found.</source>
            <translation>找不到該校準會議。</translation>
        </message>
        <message>
            <source>The calibration session is closed.</source>
            <translation>該校準會議已結束。</translation>
        </message>
        <message>
            <source>You have already submitted your scores for this call.</source>
            <translation>您已提交過這通錄音的評分。</translation>
        </message>
        <message>
            <source>Please check the input.</source>
            <translation>請檢查輸入內容。</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>意外錯誤:{0}</translation>
        </message>
        <message>
            <source>The database {path} cannot be found. Check the path, or that the network drive is connected.</source>
            <translation>找不到資料庫 {path}。請檢查路徑,或確認網路磁碟已連線。</translation>
        </message>
        <message>
            <source>The database {path} is read-only. Ask for write access to the file and its folder, or choose another database.</source>
            <translation>資料庫 {path} 為唯讀。請申請該檔案及其資料夾的寫入權限,或選擇其他資料庫。</translation>
        </message>
        <message>
            <source>{path} is not a QA Desktop database. Nothing was changed.</source>
            <translation>{path} 不是質檢工作台資料庫。未做任何變更。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer version of QA Desktop. Install the newer version; nothing was changed.</source>
            <translation>資料庫 {path} 由較新版本的質檢工作台建立。請安裝新版本;未做任何變更。</translation>
        </message>
        <message>
            <source>The database {path} is busy: another evaluator or machine is saving. Try again in a moment; your work is kept.</source>
            <translation>資料庫 {path} 忙碌中:其他質檢員或電腦正在儲存。請稍後重試;您的工作已保留。</translation>
        </message>
        <message>
            <source>{path} cannot be written: it is a folder, the folder is read-only, or the file is open in another program. Choose a file name in a folder you can write to.</source>
            <translation>無法寫入 {path}：它是一個資料夾、所在資料夾為唯讀，或該檔案正被其他程式開啟。請在您有寫入權限的資料夾中選擇一個檔名。</translation>
        </message>
        <message>
            <source>{path} is larger than any call list or roster can be (or it unpacks to far more than its size); it was not read. Split it into smaller files, or save it again from Excel or as CSV.</source>
            <translation>{path} 超出了通話清單或花名冊可能的大小（或解壓後遠大於檔案本身），未讀取。請拆分為較小的檔案，或用 Excel 重新儲存，或另存為 CSV。</translation>
        </message>
        <message>
            <source>{path} has more rows than can be imported at once (500,000); split it into smaller files and import them one after the other.</source>
            <translation>{path} 的列數超過一次可匯入的上限（500,000 列）；請拆分為較小的檔案後逐一匯入。</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be used. Nothing was changed: restore it from a backup (a copy is made in its folder before each upgrade) or ask your administrator.</source>
            <translation>資料庫 {path} 已損壞，無法使用。未做任何變更：請從備份還原（每次升級前都會在其所在資料夾中保存一份副本），或聯絡管理員。</translation>
        </message>
        <message>
            <source>The database {path} cannot be reached. Check the network connection.</source>
            <translation>無法存取資料庫 {path}。請檢查網路連線。</translation>
        </message>
        <message>
            <source>Someone else saved this record in the meantime. Nothing was overwritten: reload it and apply your change again.</source>
            <translation>在此期間其他人已儲存了這筆記錄。沒有任何內容被覆寫:請重新載入後再次修改。</translation>
        </message>
        <message>
            <source>You are not allowed to do this: {reason}</source>
            <translation>您無權執行此操作:{reason}</translation>
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
            <translation>沒有已發布的評分表:請質檢組長發布。</translation>
        </message>
        <message>
            <source>Unsaved changes…</source>
            <translation>有未儲存的修改…</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未開始</translation>
        </message>
        <message>
            <source>Submitted: {0} {1}</source>
            <translation>已提交:{0} {1}</translation>
        </message>
        <message>
            <source>Changing a submitted evaluation: Ctrl+Enter asks for the reason</source>
            <translation>正在修改已提交的質檢:按 Ctrl+Enter 填寫原因</translation>
        </message>
        <message>
            <source>Draft saved {0}</source>
            <translation>草稿已儲存 {0}</translation>
        </message>
        <message>
            <source>Returned to you: change and submit again</source>
            <translation>已退回給你:請修改後重新提交</translation>
        </message>
        <message>
            <source>Submitted: {0} {1}. Ctrl+N opens the next call.</source>
            <translation>已提交:{0} {1}。按 Ctrl+N 開啟下一通。</translation>
        </message>
        <message>
            <source>Waiting for the shared database ({0} s)… Your answers are kept safe on this computer.</source>
            <translation>正在等待共用資料庫（{0} 秒）… 您的評分已安全保存在本機。</translation>
        </message>
        <message>
            <source>Not saved yet: {0} Your answers are kept safe on this computer and saving is tried again every few seconds.</source>
            <translation>尚未存入資料庫：{0} 您的評分已安全保存在本機，系統每隔幾秒會自動重試。</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>未儲存:{0}</translation>
        </message>
        <message>
            <source>A comment is required where points were lost.</source>
            <translation>扣分項必須填寫說明。</translation>
        </message>
        <message>
            <source>Not submitted</source>
            <translation>未提交</translation>
        </message>
        <message>
            <source>Saved elsewhere</source>
            <translation>已在別處儲存</translation>
        </message>
        <message>
            <source>This evaluation was saved from another window or machine since you opened it. Your answers are still on screen; nothing has been overwritten.</source>
            <translation>自你開啟後,此質檢已在另一個視窗或另一台電腦上儲存。你的答案仍在螢幕上,沒有任何內容被覆寫。</translation>
        </message>
        <message>
            <source>Keep mine and save</source>
            <translation>保留我的並儲存</translation>
        </message>
        <message>
            <source>Load the saved version</source>
            <translation>載入已儲存的版本</translation>
        </message>
        <message>
            <source>{0} items are not answered yet.</source>
            <translation>還有 {0} 項未評。</translation>
        </message>
        <message>
            <source>Change a submitted evaluation</source>
            <translation>修改已提交的質檢</translation>
        </message>
        <message>
            <source>Why is this evaluation changed? (kept in its history)</source>
            <translation>為什麼修改此質檢?(將保留在歷史記錄中)</translation>
        </message>
        <message>
            <source>Submitting…</source>
            <translation>正在提交…</translation>
        </message>
        <message>
            <source>This evaluation was submitted. Change it? You will be asked for a reason, and the submitted version is kept in its history.</source>
            <translation>此質檢已提交。要修改嗎?需要填寫原因,已提交的版本會保留在歷史記錄中。</translation>
        </message>
    </context>
    <context>
        <name>FirstPassword</name>
        <message>
            <source>This database is shared: choose your password</source>
            <translation>這是共用資料庫：請設定你的密碼</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to QA Desktop</source>
            <translation>歡迎使用質檢工作台</translation>
        </message>
        <message>
            <source>Tell QA Desktop who you are. Your evaluations are saved under this name.</source>
            <translation>請告訴質檢工作台您是誰。您的評分將以此名義保存。</translation>
        </message>
        <message>
            <source>The first person on a new database becomes its QA lead and gives everyone else their role; others start as evaluators.</source>
            <translation>新資料庫的第一位使用者成為質檢組長,由其為其他人分配角色;其他人加入時為質檢員。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名稱</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>顯示名稱</translation>
        </message>
    </context>
    <context>
        <name>Flags</name>
        <message>
            <source>Excellent example (优秀录音)</source>
            <translation>優秀錄音</translation>
        </message>
        <message>
            <source>Failing example (不合格录音)</source>
            <translation>不合格錄音</translation>
        </message>
        <message>
            <source>Needs team-lead review</source>
            <translation>需班組長複核</translation>
        </message>
        <message>
            <source>Complaint to verify (鉴定投诉)</source>
            <translation>鑑定投訴</translation>
        </message>
        <message>
            <source>Praise to verify (鉴定表扬)</source>
            <translation>鑑定表揚</translation>
        </message>
        <message>
            <source>Calibration candidate</source>
            <translation>校準候選</translation>
        </message>
        <message>
            <source>Training case</source>
            <translation>培訓案例</translation>
        </message>
        <message>
            <source>To verify</source>
            <translation>待鑑定</translation>
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
            <translation>原因(可選)</translation>
        </message>
        <message>
            <source>Say why the team lead should review it, then press Enter</source>
            <translation>請說明需要班組長複核的原因,然後按 Enter</translation>
        </message>
        <message>
            <source>Raised by {0} on {1}</source>
            <translation>由 {0} 於 {1} 標記</translation>
        </message>
    </context>
    <context>
        <name>FormEditors</name>
        <message>
            <source>简</source>
            <translation>簡</translation>
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
            <translation>加權分值(Genesys):Σ(得分 × 權重) ÷ Σ(應得分 × 權重)</translation>
        </message>
        <message>
            <source>Section percentages weighted: Σ(weight × section %) ÷ Σ weight</source>
            <translation>部分得分率加權:Σ(權重 × 部分得分率) ÷ Σ權重</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>From score</source>
            <translation>起始分數</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>總分算法</translation>
        </message>
        <message>
            <source>Critical pass mark</source>
            <translation>關鍵項合格線</translation>
        </message>
        <message>
            <source>Grade bands</source>
            <translation>等級劃分</translation>
        </message>
    </context>
    <context>
        <name>FormTree</name>
        <message>
            <source>{0}. {1}  (weight {2})</source>
            <translation>{0}. {1}(權重 {2})</translation>
        </message>
        <message>
            <source>fatal</source>
            <translation>致命</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>關鍵</translation>
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
            <translation>評分表:</translation>
        </message>
        <message>
            <source>New form</source>
            <translation>新建評分表</translation>
        </message>
        <message>
            <source>Import JSON…</source>
            <translation>匯入 JSON…</translation>
        </message>
        <message>
            <source>Export JSON…</source>
            <translation>匯出 JSON…</translation>
        </message>
        <message>
            <source>Sheet for agents (Excel)…</source>
            <translation>座席版評分表(Excel)…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>儲存</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>發佈</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>新增部分</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>新增項目</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Form settings</source>
            <translation>評分表設定</translation>
        </message>
        <message>
            <source>Drag to reorder, or Ctrl+Up / Ctrl+Down on the selected line.</source>
            <translation>拖曳可調整順序,或在選取行上按 Ctrl+↑ / Ctrl+↓。</translation>
        </message>
        <message>
            <source>Preview: what the evaluator sees</source>
            <translation>預覽:質檢員看到的評分介面</translation>
        </message>
        <message>
            <source>Checks before publishing</source>
            <translation>發佈前檢查</translation>
        </message>
        <message>
            <source>v{0} published</source>
            <translation>已發佈 v{0}</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>未發佈</translation>
        </message>
        <message>
            <source>A new form: give it a code and a name, add sections and items, then save.</source>
            <translation>新評分表:請填寫編號和名稱,新增部分和項目,然後儲存。</translation>
        </message>
        <message>
            <source>No scoring form yet: create one or import a JSON file.</source>
            <translation>還沒有評分表:請新建或匯入 JSON 檔案。</translation>
        </message>
        <message>
            <source>✓ No problems: the form can be published.</source>
            <translation>✓ 沒有問題:可以發佈。</translation>
        </message>
        <message>
            <source>Item {0}</source>
            <translation>項目 {0}</translation>
        </message>
        <message>
            <source>Section {0}</source>
            <translation>部分 {0}</translation>
        </message>
        <message>
            <source>The form</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>The form has no sections.</source>
            <translation>評分表沒有任何部分。</translation>
        </message>
        <message>
            <source>this code is used twice.</source>
            <translation>編號重複。</translation>
        </message>
        <message>
            <source>the weight must be more than 0 (is {weight}).</source>
            <translation>權重必須大於 0(目前為 {weight})。</translation>
        </message>
        <message>
            <source>the section has no items.</source>
            <translation>該部分沒有評分項目。</translation>
        </message>
        <message>
            <source>the section has only bonus items, so nothing to score against.</source>
            <translation>該部分只有加分項,沒有可計分的項目。</translation>
        </message>
        <message>
            <source>the section's items are worth 0 points.</source>
            <translation>該部分的項目分值均為 0。</translation>
        </message>
        <message>
            <source>the fatal rule triggers on {answers}, the answer that earns full points; a fatal answer should be the failing one (e.g. "no" to "stayed polite").</source>
            <translation>致命規則在「{answers}」時觸發,而這是得滿分的答案;致命答案應為失分的答案(例如「言辭禮貌」評為「否」)。</translation>
        </message>
        <message>
            <source>text missing in {languages}.</source>
            <translation>缺少以下語言的內容:{languages}。</translation>
        </message>
        <message>
            <source>bonus item in a section that does not allow more than 100%: it can only make up for points lost in that section.</source>
            <translation>該部分不允許超過 100%,加分項只能彌補本部分的失分。</translation>
        </message>
        <message>
            <source>section weights add up to {total}, not 100.</source>
            <translation>各部分權重合計為 {total},不是 100。</translation>
        </message>
        <message>
            <source>Not imported: {0} is not a readable JSON file (line {1}).</source>
            <translation>未匯入：{0} 不是可讀取的 JSON 檔案（第 {1} 行有誤）。</translation>
        </message>
        <message>
            <source>Not imported: {0} cannot be read as a JSON file.</source>
            <translation>未匯入：無法將 {0} 讀取為 JSON 檔案。</translation>
        </message>
        <message>
            <source>New form, not saved yet.</source>
            <translation>新評分表,尚未儲存。</translation>
        </message>
        <message>
            <source>published</source>
            <translation>已發佈</translation>
        </message>
        <message>
            <source>draft, not published</source>
            <translation>草稿,未發佈</translation>
        </message>
        <message>
            <source>Version {0} ({1}).</source>
            <translation>版本 {0}({1})。</translation>
        </message>
        <message>
            <source>Evaluations use or may use it, so saving changes makes version {0}.</source>
            <translation>已有或可能有評分使用此版本,儲存修改將產生版本 {0}。</translation>
        </message>
        <message>
            <source>Unsaved changes.</source>
            <translation>有未儲存的修改。</translation>
        </message>
        <message>
            <source>Only a QA lead can change forms; you can preview and export them.</source>
            <translation>只有質檢組長可以修改評分表;您可以預覽和匯出。</translation>
        </message>
        <message>
            <source>Not published: fix the problems listed under the preview first.</source>
            <translation>未發佈:請先修正預覽下方列出的問題。</translation>
        </message>
        <message>
            <source>Saved as version {0}: the previous version is in use and stays as it was.</source>
            <translation>已儲存為版本 {0}:上一版本已被使用,保持不變。</translation>
        </message>
        <message>
            <source>Saved version {0}.</source>
            <translation>已儲存版本 {0}。</translation>
        </message>
        <message>
            <source>Published: new evaluations use it.</source>
            <translation>已發佈:新的評分將使用此版本。</translation>
        </message>
        <message>
            <source>Not imported: {0}</source>
            <translation>未匯入:{0}</translation>
        </message>
        <message>
            <source>Imported {0}: check it, then Save to store it.</source>
            <translation>已匯入 {0}:請檢查後點擊「儲存」存入資料庫。</translation>
        </message>
        <message>
            <source>The form cannot be exported until the problems listed are fixed.</source>
            <translation>請先修正列出的問題,才能匯出評分表。</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>已匯出到 {0}。</translation>
        </message>
        <message>
            <source>Sheet written to {0}.</source>
            <translation>評分表已寫入 {0}。</translation>
        </message>
        <message>
            <source>Import scoring form</source>
            <translation>匯入評分表</translation>
        </message>
        <message>
            <source>Scoring form (*.json);;All files (*)</source>
            <translation>評分表 (*.json);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Scoring form</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Export scoring form</source>
            <translation>匯出評分表</translation>
        </message>
        <message>
            <source>Scoring form (*.json)</source>
            <translation>評分表 (*.json)</translation>
        </message>
        <message>
            <source>Sheet for agents</source>
            <translation>座席版評分表</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recordings</source>
            <translation>匯入錄音</translation>
        </message>
        <message>
            <source>Recordings stay where they are (for example on the network share); only their details are registered. Importing the same folder again adds nothing.</source>
            <translation>錄音保留在原位置(例如網路共享目錄),只登記其資訊。再次匯入同一資料夾不會重複新增。</translation>
        </message>
        <message>
            <source>Add folder…</source>
            <translation>新增資料夾…</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>新增檔案…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Folders and files</source>
            <translation>資料夾和檔案</translation>
        </message>
        <message>
            <source>optional: a CSV or Excel call list (工号, 通话时间, 主叫…)</source>
            <translation>選填:CSV 或 Excel 通話清單(工號、通話時間、主叫…)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>通話清單</translation>
        </message>
        <message>
            <source>optional, e.g. {0}</source>
            <translation>選填,例如 {0}</translation>
        </message>
        <message>
            <source>File-name pattern</source>
            <translation>檔名模式</translation>
        </message>
        <message>
            <source>Copy the recordings into this folder and use the copies:</source>
            <translation>將錄音複製到此資料夾並使用副本:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Folder of recordings</source>
            <translation>錄音資料夾</translation>
        </message>
        <message>
            <source>Recordings</source>
            <translation>錄音</translation>
        </message>
        <message>
            <source>Recordings ({0});;All files (*)</source>
            <translation>錄音 ({0});;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Call lists (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>通話清單 (*.csv *.xlsx *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Copy recordings to</source>
            <translation>錄音複製到</translation>
        </message>
        <message>
            <source>Fields: agent_id, agent_name, call_id, date, time, datetime, caller, callee, customer, call_type, queue, direction; {*} skips a part.</source>
            <translation>欄位:agent_id(工號)、agent_name、call_id、date、time、datetime、caller、callee、customer、call_type、queue、direction;{*} 略過一段。</translation>
        </message>
        <message>
            <source>Choose the folder to copy the recordings to.</source>
            <translation>請選擇錄音要複製到的資料夾。</translation>
        </message>
        <message>
            <source>Importing recordings</source>
            <translation>正在匯入錄音</translation>
        </message>
        <message>
            <source>Reading the recordings…</source>
            <translation>正在讀取錄音…</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>The file is empty.</source>
            <translation>檔案為空。</translation>
        </message>
        <message>
            <source>The file is truncated (an interrupted copy or export?).</source>
            <translation>檔案不完整(複製或匯出被中斷?)。</translation>
        </message>
        <message>
            <source>The file is damaged or not audio.</source>
            <translation>檔案已損壞或不是音訊。</translation>
        </message>
        <message>
            <source>The content is another format than the file name says.</source>
            <translation>檔案內容的格式與副檔名不符。</translation>
        </message>
        <message>
            <source>This kind of file is not a supported recording.</source>
            <translation>不支援此類錄音檔案。</translation>
        </message>
        <message>
            <source>The file cannot be found or read.</source>
            <translation>找不到或無法讀取該檔案。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>無法讀取該檔案。</translation>
        </message>
        <message>
            <source>The manifest names a file that does not exist.</source>
            <translation>清單中的檔案不存在。</translation>
        </message>
        <message>
            <source>The manifest names a file outside the imported folder.</source>
            <translation>清單中的檔案不在匯入的資料夾內。</translation>
        </message>
        <message>
            <source>The manifest row names no recording file.</source>
            <translation>清單該列沒有錄音檔名。</translation>
        </message>
        <message>
            <source>The manifest lists this file more than once.</source>
            <translation>清單中此檔案出現了多次。</translation>
        </message>
        <message>
            <source>Not listed in the manifest.</source>
            <translation>未列在清單中。</translation>
        </message>
        <message>
            <source>The file name does not match the pattern.</source>
            <translation>檔名與模式不符。</translation>
        </message>
        <message>
            <source>A date or value in the manifest cannot be read.</source>
            <translation>清單中的日期或數值無法識別。</translation>
        </message>
        <message>
            <source>Already imported.</source>
            <translation>已匯入過。</translation>
        </message>
        <message>
            <source>The same recording is already imported from another place.</source>
            <translation>相同的錄音已從其他位置匯入。</translation>
        </message>
        <message>
            <source>Moved or renamed: the call now points here.</source>
            <translation>已移動或重新命名:通話已指向新位置。</translation>
        </message>
        <message>
            <source>A different recording was imported from this path before.</source>
            <translation>此路徑之前匯入的是另一段錄音。</translation>
        </message>
        <message>
            <source>The call ID is already used by another recording.</source>
            <translation>該通話ID已被另一段錄音使用。</translation>
        </message>
        <message>
            <source>The file could not be copied.</source>
            <translation>無法複製該檔案。</translation>
        </message>
        <message>
            <source>Another import registered it at the same time.</source>
            <translation>另一個匯入同時登記了它。</translation>
        </message>
        <message>
            <source>Not registered: the import stopped with an error.</source>
            <translation>未登記:匯入因錯誤而中止。</translation>
        </message>
        <message>
            <source>The file name is not valid text (another system's character set): rename the file and import it again.</source>
            <translation>檔名不是有效的文字（來自使用其他字元集的系統）：請重新命名該檔案後再次匯入。</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>已匯入</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>已移動</translation>
        </message>
        <message>
            <source>Already there</source>
            <translation>已存在</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已略過</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Manifest line</source>
            <translation>清單行號</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <translation>匯入報告</translation>
        </message>
        <message>
            <source>{imported} imported, {moved} moved, {duplicate} already there, {skipped} skipped, {failed} failed.</source>
            <translation>已匯入 {imported},已移動 {moved},已存在 {duplicate},已略過 {skipped},失敗 {failed}。</translation>
        </message>
        <message>
            <source>Cancelled: what was registered before stopping is kept.</source>
            <translation>已取消:停止前已登記的內容會保留。</translation>
        </message>
        <message>
            <source>Interrupted: the import stopped before it finished (the program or computer was stopped). What it registered is kept; import the same files again to register the rest.</source>
            <translation>已中斷：匯入在完成前停止（程式或電腦被關閉）。已登記的通話會保留；再次匯入相同的檔案即可登記其餘部分。</translation>
        </message>
        <message>
            <source>New agents: {0}.</source>
            <translation>新座席:{0}。</translation>
        </message>
        <message>
            <source>Show only files that were not imported</source>
            <translation>只顯示未匯入的檔案</translation>
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
            <translation>是 / 否 / 不適用</translation>
        </message>
        <message>
            <source>Scale (labelled points)</source>
            <translation>等級分(帶標籤)</translation>
        </message>
        <message>
            <source>Single choice</source>
            <translation>單選</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>清單(多選)</translation>
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
            <translation>新增選項</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>刪除選項</translation>
        </message>
        <message>
            <source>N/A allowed</source>
            <translation>允許不適用</translation>
        </message>
        <message>
            <source>N/A leaves the item out of the score</source>
            <translation>不適用時不計入得分</translation>
        </message>
        <message>
            <source>N/A counts as full points</source>
            <translation>不適用時按滿分計</translation>
        </message>
        <message>
            <source>N/A counts as fixed points</source>
            <translation>不適用時按固定分計</translation>
        </message>
        <message>
            <source>Comment required when points are lost</source>
            <translation>失分時必須填寫說明</translation>
        </message>
        <message>
            <source>Critical (counts in the critical score)</source>
            <translation>關鍵項(計入關鍵項得分)</translation>
        </message>
        <message>
            <source>Bonus (adds points, never lowers the score)</source>
            <translation>加分項(只加分,不扣分)</translation>
        </message>
        <message>
            <source>Fatal when answered:</source>
            <translation>評為以下答案時致命:</translation>
        </message>
        <message>
            <source>answer values, e.g. no</source>
            <translation>答案值,例如 no</translation>
        </message>
        <message>
            <source>the whole evaluation scores 0</source>
            <translation>整份評分計 0 分</translation>
        </message>
        <message>
            <source>its section scores 0</source>
            <translation>所在部分計 0 分</translation>
        </message>
        <message>
            <source>marked failed, score kept</source>
            <translation>評定為不合格,保留得分</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>內容</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>評分說明</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>選項</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>不適用</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>規則</translation>
        </message>
        <message>
            <source>Fatal</source>
            <translation>致命項</translation>
        </message>
        <message>
            <source>Automatic checks</source>
            <translation>自動檢查</translation>
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
            <translation>不適用</translation>
        </message>
        <message>
            <source>FATAL</source>
            <translation>致命</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>關鍵</translation>
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
            <translation>必須填寫備註:說明扣分原因</translation>
        </message>
        <message>
            <source>Comment (required when points are lost)</source>
            <translation>備註(扣分時必填)</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>備註</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Import recordings…</source>
            <translation>匯入錄音…</translation>
        </message>
        <message>
            <source>Register a folder of recordings (with a manifest or a file-name pattern) as calls</source>
            <translation>將錄音資料夾(配合通話清單或檔名模式)登記為通話</translation>
        </message>
        <message>
            <source>Relink share…</source>
            <translation>重新關聯共享…</translation>
        </message>
        <message>
            <source>Last import report</source>
            <translation>最近的匯入報告</translation>
        </message>
        <message>
            <source>Analyse call</source>
            <translation>分析通話</translation>
        </message>
        <message>
            <source>Find speech, dead air and talk-over in the selected call's recording</source>
            <translation>在所選通話錄音中找出說話、靜默和搶話</translation>
        </message>
        <message>
            <source>Search call ID, agent, type, queue, path or words said</source>
            <translation>搜尋通話ID、座席、類型、隊列、路徑或通話內容</translation>
        </message>
        <message>
            <source>Import transcripts…</source>
            <translation>匯入轉寫文本…</translation>
        </message>
        <message>
            <source>Attach the call platform's transcripts (Alibaba JSON, SRT, WebVTT, CSV) to the registered calls</source>
            <translation>把呼叫平台匯出的轉寫文本(阿里雲 JSON、SRT、WebVTT、CSV)關聯到已登記的通話</translation>
        </message>
        <message>
            <source>Run automatic checks</source>
            <translation>執行自動質檢</translation>
        </message>
        <message>
            <source>Run the scoring form's automatic checks on every call with a transcript or analysis; calls with risks feed the targeted sample</source>
            <translation>對每通有轉寫文本或分析結果的通話執行評分表的自動檢查;發現風險的通話進入定向抽檢</translation>
        </message>
        <message>
            <source>All calls</source>
            <translation>全部通話</translation>
        </message>
        <message>
            <source>Calls with a transcript</source>
            <translation>有轉寫文本的通話</translation>
        </message>
        <message>
            <source>Calls the automatic checks found risks in</source>
            <translation>自動質檢發現風險的通話</translation>
        </message>
        <message>
            <source>Analysing calls in the background: {0} of {1}</source>
            <translation>正在背景分析通話：{0} / {1}</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>{0} calls have no analysis, or one from an older version</source>
            <translation>{0} 通通話尚未分析或分析版本較舊</translation>
        </message>
        <message>
            <source>Analyse them</source>
            <translation>立即分析</translation>
        </message>
        <message>
            <source>Analysed {0} calls; {1} could not be read.</source>
            <translation>已分析 {0} 通通話；{1} 通無法讀取。</translation>
        </message>
        <message>
            <source>Analyse calls</source>
            <translation>分析通話</translation>
        </message>
        <message>
            <source>{0} of {1} calls shown</source>
            <translation>顯示 {0} / {1} 個通話</translation>
        </message>
        <message>
            <source>{0} calls</source>
            <translation>{0} 個通話</translation>
        </message>
        <message>
            <source>Select a call first.</source>
            <translation>請先選擇一個通話。</translation>
        </message>
        <message>
            <source>Analysing the call</source>
            <translation>正在分析通話</translation>
        </message>
        <message>
            <source>Running the automatic checks</source>
            <translation>正在執行自動質檢</translation>
        </message>
        <message>
            <source>Automatic checks run on %1 call(s); %2 with risks.</source>
            <translation>已對 %1 通通話執行自動質檢,其中 %2 通有風險。</translation>
        </message>
        <message>
            <source>Import report</source>
            <translation>匯入報告</translation>
        </message>
        <message>
            <source>No import has been run yet.</source>
            <translation>還沒有進行過匯入。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>QA Desktop</source>
            <translation>質檢工作台</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>Open database…</source>
            <translation>開啟資料庫…</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>載入示範資料</translation>
        </message>
        <message>
            <source>Back up database…</source>
            <translation>備份資料庫…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>開啟日誌資料夾</translation>
        </message>
        <message>
            <source>About QA Desktop</source>
            <translation>關於質檢工作台</translation>
        </message>
        <message>
            <source>This database has no calls yet. Load the demo call centre to try QA Desktop, or import your recordings (a folder, a network share, with or without a manifest).</source>
            <translation>此資料庫還沒有通話。可載入示範客服中心試用質檢工作台,或匯入您的錄音(資料夾、網路共用目錄,可帶或不帶清單)。</translation>
        </message>
        <message>
            <source>Import recordings…</source>
            <translation>匯入錄音…</translation>
        </message>
        <message>
            <source>shared</source>
            <translation>共用</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本機</translation>
        </message>
        <message>
            <source>Database: {0} ({1}) · User: {2}</source>
            <translation>資料庫:{0}({1})· 使用者:{2}</translation>
        </message>
        <message>
            <source>This month: {0} of {1} scored, {2} of {3} topic calls</source>
            <translation>本月已評 {0} / {1}，專題 {2} / {3}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>開啟資料庫</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>質檢工作台資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>This database already has calls; the demo is loaded into an empty database only.</source>
            <translation>此資料庫已有通話；示範資料只能載入空資料庫。</translation>
        </message>
        <message>
            <source>Creating teams, agents, calls and recordings…</source>
            <translation>正在建立班組、座席、通話和錄音…</translation>
        </message>
        <message>
            <source>Demo data loaded.</source>
            <translation>示範資料已載入。</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>示範資料</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>備份資料庫</translation>
        </message>
        <message>
            <source>qa_desktop_backup.sqlite3</source>
            <translation>質檢工作台備份.sqlite3</translation>
        </message>
        <message>
            <source>SQLite database (*.sqlite3)</source>
            <translation>SQLite 資料庫 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Copying…</source>
            <translation>正在複製…</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>備份已寫入 {0}</translation>
        </message>
        <message>
            <source>{0} {1}
Offline, keyboard-first quality evaluation for call centres.</source>
            <translation>{0} {1}
離線、鍵盤優先的客服中心質檢工具。</translation>
        </message>
    </context>
    <context>
        <name>NewSessionBox</name>
        <message>
            <source>New coaching session</source>
            <translation>新建輔導記錄</translation>
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
            <translation>評估及不合格項目</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>約定內容</translation>
        </message>
        <message>
            <source>Action item</source>
            <translation>行動項</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>跟進</translation>
        </message>
        <message>
            <source>Online (right after the call)</source>
            <translation>線上(通話後立即)</translation>
        </message>
        <message>
            <source>Offline (next day)</source>
            <translation>離線(次日)</translation>
        </message>
        <message>
            <source>What the agent will do</source>
            <translation>座席將要做的改進</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>負責人</translation>
        </message>
        <message>
            <source>Follow-up evaluation in the next sample, by</source>
            <translation>在下次抽檢中安排跟進評估,截止</translation>
        </message>
        <message>
            <source>Save session (Ctrl+Enter)</source>
            <translation>儲存輔導記錄（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>call {0} {1}, score {2}: {3}</source>
            <translation>通話 {0} {1},得分 {2}:{3}</translation>
        </message>
        <message>
            <source>(whole evaluation)</source>
            <translation>(整份評估)</translation>
        </message>
        <message>
            <source>Coaching session saved.</source>
            <translation>輔導記錄已儲存。</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>新建校準會</translation>
        </message>
        <message>
            <source>Calibration {0}</source>
            <translation>校準會 {0}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>Scoring form</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>會議日期</translation>
        </message>
        <message>
            <source>Calls (flagged calibration candidates first)</source>
            <translation>錄音(標記為待校準的排在前面)</translation>
        </message>
        <message>
            <source>★ {0} · {1} · {2} — {3}</source>
            <translation>★ {0} · {1} · {2} — {3}</translation>
        </message>
        <message>
            <source>Flagged by {0}</source>
            <translation>標記人:{0}</translation>
        </message>
        <message>
            <source>People scoring the calls</source>
            <translation>參與評分的人員</translation>
        </message>
        <message>
            <source>No expert</source>
            <translation>無專家</translation>
        </message>
        <message>
            <source>Expert (reference scores; also scores the calls)</source>
            <translation>專家(其評分為參照;專家也需評分)</translation>
        </message>
        <message>
            <source>Scoring is blind: each person sees the others' answers only after submitting their own, or once the session is closed. Calibration scores never count in agents' results.</source>
            <translation>盲評:每人提交自己的評分後,或校準會結束後,才能看到他人的答案。校準評分不計入座席成績。</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>建立校準會</translation>
        </message>
        <message>
            <source>{0} v{1}</source>
            <translation>{0} 第{1}版</translation>
        </message>
        <message>
            <source>Publish a scoring form first.</source>
            <translation>請先發佈評分表。</translation>
        </message>
    </context>
    <context>
        <name>NewTopicDialog</name>
        <message>
            <source>New topic</source>
            <translation>新建專題</translation>
        </message>
        <message>
            <source>One question per line: question|kind|option,option… (kind: choice, tags or text)</source>
            <translation>每行一個問題：問題|類型|選項,選項…（類型：單選、多選或文字）</translation>
        </message>
        <message>
            <source>e.g. 投诉, 查询 (empty: all)</source>
            <translation>例如 投訴、查詢（留空：全部）</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Call types</source>
            <translation>通話類型</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>結束日期</translation>
        </message>
        <message>
            <source>Records to review</source>
            <translation>要聽的錄音數</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Ctrl+M: note at the current position; Enter saves, Esc cancels</source>
            <translation>Ctrl+M:在目前位置標註;Enter 儲存,Esc 取消</translation>
        </message>
        <message>
            <source>Note on item:</source>
            <translation>標註關聯項目:</translation>
        </message>
        <message>
            <source>(no item)</source>
            <translation>(不關聯評分項)</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Work queue</source>
            <translation>工作佇列</translation>
        </message>
        <message>
            <source>Call library</source>
            <translation>錄音庫</translation>
        </message>
        <message>
            <source>Scoring forms</source>
            <translation>評分表</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽檢</translation>
        </message>
        <message>
            <source>Reviews and disputes</source>
            <translation>複核與申訴</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>輔導</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校準</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>花名冊</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Topic QA</source>
            <translation>專題質檢</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密碼</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再輸入一次</translation>
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
            <translation>抽檢方案</translation>
        </message>
        <message>
            <source>Probation agent, calls a week</source>
            <translation>試用期座席,每週通數</translation>
        </message>
        <message>
            <source>General agent, calls a week</source>
            <translation>一般座席,每週通數</translation>
        </message>
        <message>
            <source>Last week's bottom, calls a week</source>
            <translation>上週排名靠後,每週通數</translation>
        </message>
        <message>
            <source>Last week's top, calls a week</source>
            <translation>上週排名靠前,每週通數</translation>
        </message>
        <message>
            <source>Calls per coaching follow-up</source>
            <translation>每次輔導跟進的通數</translation>
        </message>
        <message>
            <source>Calls with risks found by the automatic checks, a week</source>
            <translation>每週抽檢自動質檢發現風險的通話數</translation>
        </message>
        <message>
            <source>Outbound ranking: top / bottom</source>
            <translation>撥出排名:前 / 後</translation>
        </message>
        <message>
            <source>Inbound ranking: top / bottom</source>
            <translation>撥入排名:前 / 後</translation>
        </message>
        <message>
            <source>At most, share of the week's calls</source>
            <translation>最多佔本週通話的比例</translation>
        </message>
        <message>
            <source>Call length in seconds (0 = any)</source>
            <translation>通話時長(秒,0 = 不限)</translation>
        </message>
        <message>
            <source>Unstarted calls one evaluator may hold</source>
            <translation>每位質檢員最多持有的未開始通話</translation>
        </message>
        <message>
            <source>Never give evaluators their own team</source>
            <translation>不分配質檢員本班組的通話</translation>
        </message>
        <message>
            <source>Pass line</source>
            <translation>合格線</translation>
        </message>
        <message>
            <source>top</source>
            <translation>前</translation>
        </message>
        <message>
            <source>bottom</source>
            <translation>後</translation>
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
            <translation>已按環境變數 QA_DESKTOP_PLAYER 選擇靜音模式。</translation>
        </message>
        <message>
            <source>No sound output device was found.</source>
            <translation>未找到聲音輸出裝置。</translation>
        </message>
        <message>
            <source>Silent mode was chosen.</source>
            <translation>已選擇靜音模式。</translation>
        </message>
    </context>
    <context>
        <name>PlayerActions</name>
        <message>
            <source>Play / pause</source>
            <translation>播放 / 暫停</translation>
        </message>
        <message>
            <source>Back 5 s</source>
            <translation>後退 5 秒</translation>
        </message>
        <message>
            <source>Forward 5 s</source>
            <translation>前進 5 秒</translation>
        </message>
        <message>
            <source>Back 30 s</source>
            <translation>後退 30 秒</translation>
        </message>
        <message>
            <source>Forward 30 s</source>
            <translation>前進 30 秒</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>減速</translation>
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
            <translation>減小音量</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>雙方</translation>
        </message>
        <message>
            <source>Agent only</source>
            <translation>僅座席</translation>
        </message>
        <message>
            <source>Customer only</source>
            <translation>僅客戶</translation>
        </message>
        <message>
            <source>A–B loop</source>
            <translation>A–B 循環</translation>
        </message>
        <message>
            <source>Skip silences and holds</source>
            <translation>跳過靜音和等待</translation>
        </message>
    </context>
    <context>
        <name>PlayerBar</name>
        <message>
            <source>Both sides</source>
            <translation>雙方</translation>
        </message>
        <message>
            <source>Agent only</source>
            <translation>僅座席</translation>
        </message>
        <message>
            <source>Customer only</source>
            <translation>僅客戶</translation>
        </message>
        <message>
            <source>Listen to one side (Alt+A agent, Alt+C customer, Alt+B both)</source>
            <translation>只聽一方(Alt+A 座席,Alt+C 客戶,Alt+B 雙方)</translation>
        </message>
        <message>
            <source>Speed, pitch kept (Ctrl+[ slower, Ctrl+] faster)</source>
            <translation>語速,音調不變(Ctrl+[ 減速,Ctrl+] 加速)</translation>
        </message>
        <message>
            <source>Volume (Ctrl+Up / Ctrl+Down)</source>
            <translation>音量(Ctrl+↑ / Ctrl+↓)</translation>
        </message>
        <message>
            <source>Find the recording…</source>
            <translation>尋找錄音…</translation>
        </message>
        <message>
            <source>Skip silences longer than {0:g} s</source>
            <translation>跳過超過 {0:g} 秒的靜音</translation>
        </message>
        <message>
            <source>No sound device: playing silently</source>
            <translation>沒有聲音裝置:靜音播放</translation>
        </message>
        <message>
            <source>Skip ≥{0:g} s</source>
            <translation>跳過 ≥{0:g} 秒</translation>
        </message>
        <message>
            <source>No skipping</source>
            <translation>不跳過</translation>
        </message>
        <message>
            <source>Jump over silences and holds longer than {0:g} s (Ctrl+K turns it on and off)</source>
            <translation>跳過超過 {0:g} 秒的靜音和等待音樂（Ctrl+K 開關）</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>磁碟機</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>資料夾</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>捷徑</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>%1 檔案</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
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
            <translation>查詢範圍(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>檔案類型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Drive</source>
            <translation>磁碟機</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>To do</source>
            <translation>待質檢</translation>
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
            <translation>優秀</translation>
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
            <translation>狀態</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>時長</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Being scored by {0}</source>
            <translation>{0} 正在質檢</translation>
        </message>
        <message>
            <source>The recording is missing</source>
            <translation>錄音缺失</translation>
        </message>
    </context>
    <context>
        <name>QueuePanel</name>
        <message>
            <source>Filter, or Enter to search the library by agent ID or name (Ctrl+F)</source>
            <translation>篩選,或按 Enter 依工號/姓名搜尋全部錄音(Ctrl+F)</translation>
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
            <translation>待質檢</translation>
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
            <translation>返回我的隊列</translation>
        </message>
        <message>
            <source>Library: {0} calls for “{1}”</source>
            <translation>錄音庫:「{1}」共 {0} 通</translation>
        </message>
        <message>
            <source>My work queue</source>
            <translation>我的質檢隊列</translation>
        </message>
        <message>
            <source>{0} · loading…</source>
            <translation>{0} · 正在讀取…</translation>
        </message>
        <message>
            <source>{0} to do · {1} drafts · {2} returned · {3} submitted</source>
            <translation>待質檢 {0} · 草稿 {1} · 退回 {2} · 已提交 {3}</translation>
        </message>
    </context>
    <context>
        <name>RecordSessionBox</name>
        <message>
            <source>Record a training session</source>
            <translation>記錄一次培訓</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>培訓計劃</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培訓日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>培訓方式</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培訓師</translation>
        </message>
        <message>
            <source>Targeted items</source>
            <translation>針對的評分項</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>培訓內容</translation>
        </message>
        <message>
            <source>Signed in (agent IDs)</source>
            <translation>簽到（工號）</translation>
        </message>
        <message>
            <source>(no plan)</source>
            <translation>（無計劃）</translation>
        </message>
        <message>
            <source>Plan from the month's needs</source>
            <translation>按本月培訓需求制定計劃</translation>
        </message>
        <message>
            <source>e.g. 1004, 1006 — Enter saves</source>
            <translation>如 1004, 1006 — 按 Enter 儲存</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>儲存培訓記錄</translation>
        </message>
        <message>
            <source>{0} agents</source>
            <translation>{0} 名座席</translation>
        </message>
        <message>
            <source>Plan made for {0} agents.</source>
            <translation>已為 {0} 名座席制定培訓計劃。</translation>
        </message>
        <message>
            <source>Session saved: {0} of {1} signed in.</source>
            <translation>培訓記錄已儲存：應到 {1} 人，實到 {0} 人。</translation>
        </message>
    </context>
    <context>
        <name>RecordingsTab</name>
        <message>
            <source>Excellent</source>
            <translation>優秀錄音</translation>
        </message>
        <message>
            <source>Failing</source>
            <translation>不合格錄音</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>已選</translation>
        </message>
        <message>
            <source>Commentary</source>
            <translation>點評</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班組長</translation>
        </message>
        <message>
            <source>Call time</source>
            <translation>通話時間</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>Export training pack…</source>
            <translation>匯出培訓錄音包…</translation>
        </message>
        <message>
            <source>Commentary (点评) for the selected recording; Enter keeps it</source>
            <translation>所選錄音的點評；按 Enter 保存</translation>
        </message>
        <message>
            <source>Keep as example</source>
            <translation>選為範例</translation>
        </message>
        <message>
            <source>Failed calls not yet coached (every failed call is coached)</source>
            <translation>尚未輔導的不合格通話（每通不合格電話都須輔導）</translation>
        </message>
        <message>
            <source>Failed calls not yet coached: none, every failed call has been coached.</source>
            <translation>尚未輔導的不合格通話：無，每通不合格通話都已輔導。</translation>
        </message>
        <message>
            <source>Select a recording first.</source>
            <translation>請先選擇一段錄音。</translation>
        </message>
        <message>
            <source>Kept as an example.</source>
            <translation>已選為範例。</translation>
        </message>
        <message>
            <source>Folder for the training pack</source>
            <translation>培訓錄音包的資料夾</translation>
        </message>
        <message>
            <source>Training pack</source>
            <translation>培訓錄音包</translation>
        </message>
        <message>
            <source>Copying the recordings…</source>
            <translation>正在複製錄音…</translation>
        </message>
        <message>
            <source>Training pack written to {0}: {1} recordings, index and playlist.</source>
            <translation>培訓錄音包已寫入 {0}：{1} 段錄音、索引表和播放清單。</translation>
        </message>
    </context>
    <context>
        <name>RelinkDialog</name>
        <message>
            <source>Relink share</source>
            <translation>重新關聯共享</translation>
        </message>
        <message>
            <source>When the share holding the recordings is mounted under another path (a new drive letter, a new server name), give the old and the new beginning of the paths.</source>
            <translation>當存放錄音的共享目錄掛載到其他路徑(新的磁碟代號或伺服器名稱)時,請填寫路徑舊的和新的開頭部分。</translation>
        </message>
        <message>
            <source>Old path prefix</source>
            <translation>舊路徑前綴</translation>
        </message>
        <message>
            <source>New path prefix</source>
            <translation>新路徑前綴</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>檢查</translation>
        </message>
        <message>
            <source>Relink</source>
            <translation>重新關聯</translation>
        </message>
        <message>
            <source>{calls} call(s) would be relinked; {found} recording(s) found at the new path, {missing} not found.</source>
            <translation>將重新關聯 {calls} 個通話;新路徑下找到 {found} 個錄音,{missing} 個未找到。</translation>
        </message>
    </context>
    <context>
        <name>ReportView</name>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出 Excel…</translation>
        </message>
        <message>
            <source>Agreement (hover a row for the full reading and its source)</source>
            <translation>一致性(滑鼠停留查看完整解讀及依據)</translation>
        </message>
        <message>
            <source>Participants: deviation of totals from the expert and the consensus</source>
            <translation>參會人員:總分與專家及共識的偏差</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>評分項</translation>
        </message>
        <message>
            <source>{0}: {1} calls, {2} scorers, {3} submitted evaluations. Signed deviation = participant minus reference; lenient above +5, harsh below −5 points.</source>
            <translation>{0}:{1} 條錄音,{2} 名評分人,{3} 份已提交評分。帶符號偏差 = 參會人減參照;高於 +5 分為偏鬆,低於 −5 分為偏嚴。</translation>
        </message>
        <message>
            <source>Meeting notes: {0}</source>
            <translation>會議記錄:{0}</translation>
        </message>
        <message>
            <source>Items to consider rewording (answers differ by more than one point on more than 30% of calls): {0}</source>
            <translation>建議修改措辭的評分項(超過 30% 的錄音上答案相差超過一分):{0}</translation>
        </message>
        <message>
            <source>No item differs by more than one point on more than 30% of calls.</source>
            <translation>沒有評分項在超過 30% 的錄音上相差超過一分。</translation>
        </message>
        <message>
            <source>Export calibration report</source>
            <translation>匯出校準報告</translation>
        </message>
        <message>
            <source>calibration-{0}.xlsx</source>
            <translation>校準報告-{0}.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
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
            <translation>週</translation>
        </message>
        <message>
            <source>2026-10 or 2026-W46</source>
            <translation>2026-10 或 2026-W46</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>Export monthly workbook…</source>
            <translation>匯出月度報告…</translation>
        </message>
        <message>
            <source>Export weekly report…</source>
            <translation>匯出週報…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>班組：</translation>
        </message>
        <message>
            <source>Workbook language:</source>
            <translation>報告語言：</translation>
        </message>
        <message>
            <source>Agent score trend</source>
            <translation>座席得分趨勢</translation>
        </message>
        <message>
            <source>Team comparison</source>
            <translation>班組對比</translation>
        </message>
        <message>
            <source>Item errors (Pareto)</source>
            <translation>評分項差錯（柏拉圖）</translation>
        </message>
        <message>
            <source>Score distribution</source>
            <translation>得分分佈</translation>
        </message>
        <message>
            <source>All teams</source>
            <translation>全部班組</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在載入…</translation>
        </message>
        <message>
            <source>Loading… {0} of {1} evaluations</source>
            <translation>正在載入… 第 {0} / {1} 筆評估</translation>
        </message>
        <message>
            <source>{0}: {1} evaluations, average {2}</source>
            <translation>{0}：{1} 筆評估，平均分 {2}</translation>
        </message>
        <message>
            <source>Whole scope</source>
            <translation>全部範圍</translation>
        </message>
        <message>
            <source>Automatic checks…</source>
            <translation>自動質檢一致率…</translation>
        </message>
        <message>
            <source>How often evaluators agreed with each item's automatic suggestion</source>
            <translation>質檢員對各評分項自動建議的採納比例</translation>
        </message>
        <message>
            <source>Nothing to show: choose a period and press Show.</source>
            <translation>暫無圖表：請選擇期間並點擊「顯示」。</translation>
        </message>
        <message>
            <source>No evaluations in this period.</source>
            <translation>本期沒有評估。</translation>
        </message>
        <message>
            <source>Average score by team, {0}</source>
            <translation>各班組平均分，{0}</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Items that lost points, {0}</source>
            <translation>失分評分項，{0}</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>差錯數</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>累計佔比</translation>
        </message>
        <message>
            <source>No item lost points.</source>
            <translation>沒有失分的評分項。</translation>
        </message>
        <message>
            <source>Score distribution, {0}</source>
            <translation>得分分佈，{0}</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Evaluations</source>
            <translation>評估數</translation>
        </message>
        <message>
            <source>Average score by period</source>
            <translation>各期平均分</translation>
        </message>
        <message>
            <source>QA-monthly-{0}.xlsx</source>
            <translation>質檢月報-{0}.xlsx</translation>
        </message>
        <message>
            <source>QA-weekly-{0}.xlsx</source>
            <translation>質檢週報-{0}.xlsx</translation>
        </message>
        <message>
            <source>Save workbook</source>
            <translation>儲存活頁簿</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Monthly workbook</source>
            <translation>月度報告</translation>
        </message>
        <message>
            <source>Weekly report</source>
            <translation>週報</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>正在寫入 {0}…</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>匯出已取消。</translation>
        </message>
        <message>
            <source>Saved {0}: {1} evaluations of {2} agents.</source>
            <translation>已儲存 {0}：{2} 名座席的 {1} 筆評估。</translation>
        </message>
        <message>
            <source>Export failed: {0}</source>
            <translation>匯出失敗：{0}</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Saving…</source>
            <translation>正在儲存…</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>複核佇列</translation>
        </message>
        <message>
            <source>Complaints and praise</source>
            <translation>投訴與表揚</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>申訴</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在讀取…</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <source>Show reviewed calls too</source>
            <translation>同時顯示已複核的通話</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Listen in the workspace</source>
            <translation>在工作台中收聽</translation>
        </message>
        <message>
            <source>Reason (required to adjust; the statement for a dispute)</source>
            <translation>理由(調整時必填;登記申訴時作為申訴說明)</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Adjust with reason</source>
            <translation>填寫理由並調整</translation>
        </message>
        <message>
            <source>Record agent's dispute</source>
            <translation>登記座席申訴</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答案</translation>
        </message>
        <message>
            <source>Change to</source>
            <translation>改為</translation>
        </message>
        <message>
            <source>Agent's claim</source>
            <translation>座席申訴理由</translation>
        </message>
        <message>
            <source>The answer given, and the item's result under it</source>
            <translation>所給的答案,其下為該項結果</translation>
        </message>
        <message>
            <source>Tick the items the agent disputes (Space), and type what the agent says (F2)</source>
            <translation>勾選座席申訴的項目(空白鍵),並填寫座席的申訴理由(F2)</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>標註:</translation>
        </message>
        <message>
            <source>Revision {0}: score was {1} — {2}</source>
            <translation>修訂 {0}:原分數 {1} — {2}</translation>
        </message>
        <message>
            <source>Flagged by {0} before it was scored:</source>
            <translation>{0} 在評分前標記了此通話:</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} · loading…</source>
            <translation>通話 {0} · 座席 {1} · 正在讀取…</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} · not scored yet</source>
            <translation>通話 {0} · 座席 {1} · 尚未評分</translation>
        </message>
        <message>
            <source>Nothing to review. Failed, fatal and flagged calls of your teams appear here.</source>
            <translation>暫無需要複核的通話。您班組的不合格、致命錯誤及被標記的通話會顯示在這裡。</translation>
        </message>
        <message>
            <source>Call {0} · agent {1} {2} · evaluated by {3} · score {4} ({5})</source>
            <translation>通話 {0} · 座席 {1} {2} · 質檢員 {3} · 得分 {4}({5})</translation>
        </message>
        <message>
            <source>Review flag closed.</source>
            <translation>複核標記已關閉。</translation>
        </message>
        <message>
            <source>Evaluation confirmed.</source>
            <translation>評估已確認。</translation>
        </message>
        <message>
            <source>This call has not been scored yet; there is nothing to adjust or dispute.</source>
            <translation>此通話尚未評分,無法調整或申訴。</translation>
        </message>
        <message>
            <source>Choose the new answer of at least one item under 'Change to'.</source>
            <translation>請在「改為」一欄中至少為一個項目選擇新答案。</translation>
        </message>
        <message>
            <source>Evaluation adjusted; the previous version is kept.</source>
            <translation>評估已調整,原版本已保留。</translation>
        </message>
        <message>
            <source>Tick the items the agent disputes.</source>
            <translation>請勾選座席申訴的項目。</translation>
        </message>
        <message>
            <source>Dispute recorded; the QA lead decides it.</source>
            <translation>申訴已登記,由質檢組長裁定。</translation>
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
            <translation>致命錯誤</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>標記待複核</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>待複核</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已確認</translation>
        </message>
        <message>
            <source>Adjusted</source>
            <translation>已調整</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>處理中</translation>
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
            <translation>投訴</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>表揚</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>待裁定</translation>
        </message>
        <message>
            <source>Keep the evaluation</source>
            <translation>維持原評估</translation>
        </message>
        <message>
            <source>Accept the agent's view</source>
            <translation>採納座席意見</translation>
        </message>
        <message>
            <source>Set another answer</source>
            <translation>改為其他答案</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
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
            <translation>不合格項目</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>標註</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>複核</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>客戶反映內容</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>Verify by</source>
            <translation>鑑定截止</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>鑑定結果</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>申訴</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>登記人</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Score before</source>
            <translation>申訴前得分</translation>
        </message>
        <message>
            <source>Score after</source>
            <translation>申訴後得分</translation>
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
            <translation>僅限:{0}</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>QA evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>QA lead</source>
            <translation>質檢組長</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班組長</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>營運經理</translation>
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
            <translation>{0} 離職</translation>
        </message>
        <message>
            <source>On probation</source>
            <translation>試用期</translation>
        </message>
        <message>
            <source>Employed</source>
            <translation>在職</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>工號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>入職日期</translation>
        </message>
        <message>
            <source>Probation until</source>
            <translation>試用期至</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>呼入/呼出</translation>
        </message>
        <message>
            <source>In the roster</source>
            <translation>在花名冊中</translation>
        </message>
        <message>
            <source>Search employee no., name or team, then Enter</source>
            <translation>搜尋工號、姓名或班組，按 Enter</translation>
        </message>
        <message>
            <source>Include agents who left</source>
            <translation>包括已離職座席</translation>
        </message>
        <message>
            <source>Only agents not in the roster</source>
            <translation>只看不在花名冊中的座席</translation>
        </message>
        <message>
            <source>Import HR roster…</source>
            <translation>匯入人事花名冊…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>調動…</translation>
        </message>
        <message>
            <source>Team history</source>
            <translation>班組歷史</translation>
        </message>
        <message>
            <source>Agent record…</source>
            <translation>座席檔案…</translation>
        </message>
        <message>
            <source>{0} agents, {1} on probation, {2} not in the roster</source>
            <translation>{0} 名座席，{1} 名在試用期，{2} 名不在花名冊中</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新啟用</translation>
        </message>
        <message>
            <source>Mark as left…</source>
            <translation>登記離職…</translation>
        </message>
        <message>
            <source>HR roster export</source>
            <translation>人事花名冊匯出檔案</translation>
        </message>
        <message>
            <source>Roster (*.csv *.xlsx *.txt);;All files (*)</source>
            <translation>花名冊 (*.csv *.xlsx *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Importing the roster</source>
            <translation>正在匯入花名冊</translation>
        </message>
        <message>
            <source>{0} rows: {1} new, {2} changed ({3} transfers, {4} left), {5} unchanged.</source>
            <translation>共 {0} 行：新增 {1}，變更 {2}（調動 {3}，離職 {4}），未變 {5}。</translation>
        </message>
        <message>
            <source>New teams: {0}</source>
            <translation>新建班組：{0}</translation>
        </message>
        <message>
            <source>{0}: team lead {1} is not a user yet; add them on the Users page, then set the team's lead.</source>
            <translation>{0}：組長 {1} 還不是使用者；請在「使用者」頁新增，然後指定為該班組組長。</translation>
        </message>
        <message>
            <source>… and {0} more rows not used.</source>
            <translation>…… 另有 {0} 行未匯入。</translation>
        </message>
        <message>
            <source>Roster imported</source>
            <translation>花名冊已匯入</translation>
        </message>
        <message>
            <source>Agent {0}</source>
            <translation>座席 {0}</translation>
        </message>
        <message>
            <source>Transfer {0} {1}</source>
            <translation>調動 {0} {1}</translation>
        </message>
        <message>
            <source>Calls from this date on count for the new team; earlier calls stay with {0}.</source>
            <translation>自該日期起的通話計入新班組；此前的通話仍歸「{0}」。</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>新班組</translation>
        </message>
        <message>
            <source>From</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>{0} {1} left</source>
            <translation>{0} {1} 離職</translation>
        </message>
        <message>
            <source>Their evaluations and coaching are kept; they leave the samples.</source>
            <translation>其評估和輔導記錄都會保留；此後不再抽檢其通話。</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>最後工作日</translation>
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
            <translation>{0} 的班組歷史</translation>
        </message>
        <message>
            <source>No team yet.</source>
            <translation>尚無班組。</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>Draw a week</source>
            <translation>按週抽檢</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Week (e.g. 2026-W46)</source>
            <translation>週(如 2026-W46)</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>隨機種子</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Leave at 'new' for a fresh draw; a week already sampled reuses its seed, so it gives the same calls again.</source>
            <translation>保持「新建」即重新抽取;已抽檢過的週會沿用原種子,抽出相同的通話。</translation>
        </message>
        <message>
            <source>Draw sample</source>
            <translation>抽取樣本</translation>
        </message>
        <message>
            <source>Draw and assign</source>
            <translation>抽取並分配</translation>
        </message>
        <message>
            <source>Save plan</source>
            <translation>儲存方案</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Agents and quotas</source>
            <translation>座席與配額</translation>
        </message>
        <message>
            <source>Shortfalls</source>
            <translation>配額不足</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>分配</translation>
        </message>
        <message>
            <source>Score intervals</source>
            <translation>得分信賴區間</translation>
        </message>
        <message>
            <source>Call types</source>
            <translation>通話類型</translation>
        </message>
        <message>
            <source>Standard plan</source>
            <translation>標準計畫</translation>
        </message>
        <message>
            <source>Plan {0} saved.</source>
            <translation>方案 {0} 已儲存。</translation>
        </message>
        <message>
            <source>Drawing the sample…</source>
            <translation>正在抽取樣本…</translation>
        </message>
        <message>
            <source>Sampling</source>
            <translation>抽檢</translation>
        </message>
        <message>
            <source>No sample drawn yet. Choose a week and press Draw sample.</source>
            <translation>尚未抽取樣本。請選擇週並點擊「抽取樣本」。</translation>
        </message>
        <message>
            <source>{0}: {1} calls of {2} in the week ({3:.1%}; cap {4:.0%} = {5}), seed {6}.</source>
            <translation>{0}:本週 {2} 通中抽取 {1} 通({3:.1%};上限 {4:.0%} = {5}),種子 {6}。</translation>
        </message>
        <message>
            <source>Redrawn from the stored seed and plan: same calls as before.</source>
            <translation>按儲存的種子和方案重新抽取:與之前的通話相同。</translation>
        </message>
        <message>
            <source>Redrawn from the stored seed and plan: the calls differ (new calls were imported).</source>
            <translation>按儲存的種子和方案重新抽取:通話有變化(匯入了新通話)。</translation>
        </message>
        <message>
            <source>{0} agents are short of their quota by {1} calls in all (see Shortfalls).</source>
            <translation>{0} 名座席未達配額,共差 {1} 通(見「配額不足」)。</translation>
        </message>
        <message>
            <source>Not assigned yet: press Draw and assign to put the calls in the queues.</source>
            <translation>尚未分配:點擊「抽取並分配」將通話放入質檢員佇列。</translation>
        </message>
        <message>
            <source>{0} calls assigned.</source>
            <translation>已分配 {0} 通。</translation>
        </message>
        <message>
            <source>{0} calls could not be given to any evaluator (see Assignment).</source>
            <translation>{0} 通無法分配給任何質檢員(見「分配」)。</translation>
        </message>
        <message>
            <source>No call sampled of type: {0}.</source>
            <translation>以下類型沒有抽到通話:{0}。</translation>
        </message>
        <message>
            <source>The rate cap trimmed {0} calls from the quotas.</source>
            <translation>抽檢比例上限削減了 {0} 通配額。</translation>
        </message>
    </context>
    <context>
        <name>SamplingTables</name>
        <message>
            <source>too few calls ({0})</source>
            <translation>通話不足({0})</translation>
        </message>
        <message>
            <source>rate cap ({0})</source>
            <translation>比例上限({0})</translation>
        </message>
        <message>
            <source>every evaluator belongs to the agent's team</source>
            <translation>所有質檢員都屬於該座席的班組</translation>
        </message>
        <message>
            <source>every allowed evaluator is at the unstarted-call limit</source>
            <translation>所有可分配的質檢員都已達到未開始通話上限</translation>
        </message>
        <message>
            <source>Probation</source>
            <translation>試用期</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Last week's bottom</source>
            <translation>上週排名靠後</translation>
        </message>
        <message>
            <source>Last week's top (exempt)</source>
            <translation>上週排名靠前(免聽)</translation>
        </message>
        <message>
            <source>Coaching follow-up</source>
            <translation>輔導跟進</translation>
        </message>
        <message>
            <source>Targeted (automatic checks found risks)</source>
            <translation>定向抽檢(自動質檢發現風險)</translation>
        </message>
        <message>
            <source>Above the pass line</source>
            <translation>高於合格線</translation>
        </message>
        <message>
            <source>Below the pass line</source>
            <translation>低於合格線</translation>
        </message>
        <message>
            <source>Cannot tell yet</source>
            <translation>尚無法判斷</translation>
        </message>
        <message>
            <source>Too few evaluations</source>
            <translation>評估太少</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>通話</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <source>Call type</source>
            <translation>通話類型</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始時間</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <translation>時長(秒)</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Last week's rank</source>
            <translation>上週排名</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>配額</translation>
        </message>
        <message>
            <source>Eligible calls</source>
            <translation>可抽通話</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>已抽取</translation>
        </message>
        <message>
            <source>Wanted</source>
            <translation>應抽</translation>
        </message>
        <message>
            <source>Short by</source>
            <translation>差額</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Unstarted before</source>
            <translation>原未開始數</translation>
        </message>
        <message>
            <source>Assigned now</source>
            <translation>本次分配</translation>
        </message>
        <message>
            <source>Unstarted after</source>
            <translation>分配後未開始數</translation>
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
            <translation>評估數</translation>
        </message>
        <message>
            <source>Mean score</source>
            <translation>平均分</translation>
        </message>
        <message>
            <source>Interval low</source>
            <translation>區間下限</translation>
        </message>
        <message>
            <source>Interval high</source>
            <translation>區間上限</translation>
        </message>
        <message>
            <source>Against the pass line</source>
            <translation>與合格線比較</translation>
        </message>
        <message>
            <source>More evaluations needed</source>
            <translation>還需評估數</translation>
        </message>
        <message>
            <source>Calls in the week</source>
            <translation>本週通話數</translation>
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
            <translation>為什麼是這個分數</translation>
        </message>
        <message>
            <source>Keys: ↑/↓ item · 1 yes · 2 no · digits: scale points or option · N N/A · C comment · F1 guidance</source>
            <translation>按鍵:↑/↓ 切換項目 · 1 是 · 2 否 · 數字:量表分值或選項 · N 不適用 · C 備註 · F1 評分說明</translation>
        </message>
        <message>
            <source>Submit (Ctrl+Enter)</source>
            <translation>提交(Ctrl+Enter)</translation>
        </message>
        <message>
            <source>These answers do not fit the form: {0}</source>
            <translation>這些答案與評分表不符:{0}</translation>
        </message>
        <message>
            <source>Grade: {0}</source>
            <translation>等級:{0}</translation>
        </message>
        <message>
            <source>{0} of {1} items answered</source>
            <translation>已評 {0} / {1} 項</translation>
        </message>
        <message>
            <source>Critical score: {0}</source>
            <translation>關鍵項得分:{0}</translation>
        </message>
        <message>
            <source>FATAL ITEM FAILED ({0}): the evaluation fails whatever the other answers.</source>
            <translation>致命項未通過({0}):無論其他項如何,本次質檢不合格。</translation>
        </message>
        <message>
            <source>Critical item failed ({0}): critical score {1}.</source>
            <translation>關鍵項未通過({0}):關鍵項得分 {1}。</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <source>Bonus items may lift this section above 100%</source>
            <translation>加分項可使本部分超過 100%</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>編號</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>權重</translation>
        </message>
    </context>
    <context>
        <name>ServerSignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Sign in to {0} as yourself.</source>
            <translation>以你自己的帳號登入 {0}。</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在這台電腦上記住我</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>介面語言</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>資料庫</translation>
        </message>
        <message>
            <source>File or URL</source>
            <translation>檔案或 URL</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Shared file on a network drive (several evaluators)</source>
            <translation>網路磁碟上的共用檔案(多名質檢員)</translation>
        </message>
        <message>
            <source>A shared file is opened without WAL and with locking and retries, so that evaluators on several machines can save safely. A team that outgrows a shared file enters a postgresql:// URL here.</source>
            <translation>共用檔案以不使用 WAL、帶鎖定與重試的方式開啟,多台電腦上的質檢員可以安全儲存。團隊規模超出共用檔案時,可在此輸入 postgresql:// 位址。</translation>
        </message>
        <message>
            <source>Use my local database</source>
            <translation>使用我的本機資料庫</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Current user</source>
            <translation>目前使用者</translation>
        </message>
        <message>
            <source>Signed in as</source>
            <translation>登入身分</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>Dispute and complaint deadlines count working days: public holidays and make-up days (调休), and your centre's own exceptions.</source>
            <translation>申訴和投訴的期限按工作日計算：法定節假日、調休上班日以及本中心自己的例外。</translation>
        </message>
        <message>
            <source>Working days…</source>
            <translation>工作日…</translation>
        </message>
        <message>
            <source>Evaluators' targets…</source>
            <translation>質檢員月度目標…</translation>
        </message>
        <message>
            <source>Choose a database file</source>
            <translation>選擇資料庫檔案</translation>
        </message>
        <message>
            <source>QA Desktop database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>質檢工作台資料庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>{0} is shared: sign in with your password.</source>
            <translation>{0} 是共用資料庫：請用密碼登入。</translation>
        </message>
        <message>
            <source>Remember me on this computer</source>
            <translation>在這台電腦上記住我</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登入名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <source>Accept suggestions (%1)</source>
            <translation>採納建議 (%1)</translation>
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
            <translation>不適用</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>%1  the customer waited %2 s</source>
            <translation>%1  客戶等待 %2 秒</translation>
        </message>
        <message>
            <source>%1  dead air of %2 s</source>
            <translation>%1  靜音 %2 秒</translation>
        </message>
        <message>
            <source>%1  both talked at once for %2 s</source>
            <translation>%1  雙方同時說話 %2 秒</translation>
        </message>
        <message>
            <source>%1  the call lasted %2, over the standard</source>
            <translation>%1  通話時長 %2,超過標準</translation>
        </message>
        <message>
            <source>%1  the agent talked %2 % of the time</source>
            <translation>%1  座席說話佔 %2 %</translation>
        </message>
        <message>
            <source>No automatic suggestions for this call (no transcript or analysis, or the form has no checks).</source>
            <translation>本通話沒有自動建議(沒有轉寫文本或分析,或評分表沒有自動檢查規則)。</translation>
        </message>
        <message>
            <source>%1 suggested answer(s) not answered yet.</source>
            <translation>%1 項建議答案尚未作答。</translation>
        </message>
        <message>
            <source>All suggested items answered; you agree with %1 of %2.</source>
            <translation>建議的評分項都已作答;您採納了 %2 項中的 %1 項。</translation>
        </message>
        <message>
            <source>%1 ✓ kept</source>
            <translation>%1 ✓ 已採納</translation>
        </message>
        <message>
            <source>%1 → you: %2</source>
            <translation>%1 → 您判:%2</translation>
        </message>
        <message>
            <source>(said: %1)</source>
            <translation>(說了:%1)</translation>
        </message>
        <message>
            <source>Click to play from here</source>
            <translation>點擊從這裡播放</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Evaluators' monthly targets</source>
            <translation>質檢員月度目標</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>質檢員</translation>
        </message>
        <message>
            <source>Scored a month</source>
            <translation>每月評分數</translation>
        </message>
        <message>
            <source>Topic calls a month</source>
            <translation>每月專題錄音數</translation>
        </message>
        <message>
            <source>Scored so far</source>
            <translation>本月已評</translation>
        </message>
        <message>
            <source>Topic calls so far</source>
            <translation>本月專題已聽</translation>
        </message>
        <message>
            <source>The call-centre standard: about 700 scored calls and 300 topic calls a month each.</source>
            <translation>呼叫中心標準：每人每月約評分 700 通、專題質檢 300 通。</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>目標已儲存。</translation>
        </message>
    </context>
    <context>
        <name>TeamsPage</name>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>班組長</translation>
        </message>
        <message>
            <source>Lead in the HR roster</source>
            <translation>花名冊中的組長</translation>
        </message>
        <message>
            <source>Agents</source>
            <translation>座席數</translation>
        </message>
        <message>
            <source>On probation</source>
            <translation>試用期人數</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>啟用中</translation>
        </message>
        <message>
            <source>New team…</source>
            <translation>新建班組…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重新命名…</translation>
        </message>
        <message>
            <source>Set lead…</source>
            <translation>指定組長…</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>合併到…</translation>
        </message>
        <message>
            <source>Close team</source>
            <translation>關閉班組</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>New team</source>
            <translation>新建班組</translation>
        </message>
        <message>
            <source>Rename {0}</source>
            <translation>重新命名「{0}」</translation>
        </message>
        <message>
            <source>Lead of {0}</source>
            <translation>「{0}」的組長</translation>
        </message>
        <message>
            <source>Only team leads (and QA leads) are offered; give the role on the Users page first.</source>
            <translation>只列出班組長（及質檢組長）；請先在「使用者」頁授予角色。</translation>
        </message>
        <message>
            <source>Merge {0}</source>
            <translation>合併「{0}」</translation>
        </message>
        <message>
            <source>Its agents move to the other team from the date; calls before it stay with {0}, which is then closed.</source>
            <translation>其座席自該日期起轉入另一班組；此前的通話仍歸「{0}」，之後該班組關閉。</translation>
        </message>
        <message>
            <source>Into</source>
            <translation>併入</translation>
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
            <translation>專題</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已聽</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>New topic…</source>
            <translation>新建專題…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>匯出 Excel…</translation>
        </message>
        <message>
            <source>Findings and recommendations</source>
            <translation>發現與建議</translation>
        </message>
        <message>
            <source>Findings: what the calls show, across the whole line</source>
            <translation>發現：這些通話反映出的全線問題</translation>
        </message>
        <message>
            <source>Recommendations: what to change (process, training, knowledge base)</source>
            <translation>建議：需要改進什麼（流程、培訓、知識庫）</translation>
        </message>
        <message>
            <source>Save findings</source>
            <translation>儲存結論</translation>
        </message>
        <message>
            <source>Save and next call (Ctrl+Enter)</source>
            <translation>儲存並聽下一通（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>The recording cannot be played: {0}</source>
            <translation>錄音無法播放：{0}</translation>
        </message>
        <message>
            <source>No topic yet. A QA lead creates one with New topic…</source>
            <translation>還沒有專題。質檢組長可用「新建專題…」建立。</translation>
        </message>
        <message>
            <source>{0}: nothing left for you to review.</source>
            <translation>{0}：你已聽完分配的全部錄音。</translation>
        </message>
        <message>
            <source>{0} · call {1} · {2} · {3}</source>
            <translation>{0} · 通話 {1} · {2} · {3}</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已儲存。</translation>
        </message>
        <message>
            <source>Topic created: {0} calls.</source>
            <translation>專題已建立：{0} 通錄音。</translation>
        </message>
        <message>
            <source>Findings saved.</source>
            <translation>結論已儲存。</translation>
        </message>
        <message>
            <source>Save topic results</source>
            <translation>儲存專題結果</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 活頁簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>已儲存 {0}。</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecordsTab</name>
        <message>
            <source>One-to-one</source>
            <translation>一對一輔導</translation>
        </message>
        <message>
            <source>Recording training</source>
            <translation>錄音培訓</translation>
        </message>
        <message>
            <source>Course on items</source>
            <translation>專項課程</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>培訓日期</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>培訓方式</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>培訓師</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>評分項</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>簽到</translation>
        </message>
        <message>
            <source>Mean test score</source>
            <translation>平均測試成績</translation>
        </message>
        <message>
            <source>Mean rating (1–5)</source>
            <translation>平均評分（1–5）</translation>
        </message>
        <message>
            <source>Error rate before → after</source>
            <translation>差錯率 培訓前 → 培訓後</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>培訓內容</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>班組</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Test score</source>
            <translation>測試成績</translation>
        </message>
        <message>
            <source>Rating of the trainer</source>
            <translation>對培訓師的評分</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>學員回饋</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>Import test scores…</source>
            <translation>匯入成績單…</translation>
        </message>
        <message>
            <source>Rating of the trainer (1–5)</source>
            <translation>對培訓師的評分（1–5）</translation>
        </message>
        <message>
            <source>The selected trainee's feedback; Enter keeps it</source>
            <translation>所選學員的回饋；按 Enter 儲存</translation>
        </message>
        <message>
            <source>Record feedback</source>
            <translation>儲存回饋</translation>
        </message>
        <message>
            <source>No training recorded in {0}. Record a session on the right, or choose another month.</source>
            <translation>{0} 沒有培訓記錄。可在右側記錄一次培訓，或選擇其他月份。</translation>
        </message>
        <message>
            <source>Select a session first.</source>
            <translation>請先選擇一次培訓。</translation>
        </message>
        <message>
            <source>Test scores (工号, 成绩)</source>
            <translation>成績單（工號、成績）</translation>
        </message>
        <message>
            <source>Score sheets (*.xlsx *.csv *.txt)</source>
            <translation>成績單 (*.xlsx *.csv *.txt)</translation>
        </message>
        <message>
            <source>{0} test scores kept; {1} rows without a score skipped.</source>
            <translation>已儲存 {0} 個成績；{1} 列沒有成績，已略過。</translation>
        </message>
        <message>
            <source>Select a trainee first.</source>
            <translation>請先選擇一名學員。</translation>
        </message>
        <message>
            <source>Feedback of {0} kept.</source>
            <translation>已儲存 {0} 的回饋。</translation>
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
            <translation>一對一培訓：末位（人數或 %）</translation>
        </message>
        <message>
            <source>Recording training: top (agents or %)</source>
            <translation>錄音培訓：前列（人數或 %）</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <source>Error rate per item</source>
            <translation>各項目差錯率</translation>
        </message>
        <message>
            <source>Per team</source>
            <translation>按班組</translation>
        </message>
        <message>
            <source>Training ranking</source>
            <translation>培訓排名</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{0}: {1} evaluations. Most failed items: {2}.</source>
            <translation>{0}:共 {1} 份評估。不合格最多的項目:{2}。</translation>
        </message>
    </context>
    <context>
        <name>TranscriptImportDialog</name>
        <message>
            <source>Import transcripts</source>
            <translation>匯入轉寫文本</translation>
        </message>
        <message>
            <source>Transcripts exported by the call platform: Alibaba Cloud recording-file recognition JSON, SRT or WebVTT subtitles (one file per side, or speaker-labelled cues) and CSV (call ID, side, start, end, text), in UTF-8 or GBK. A file belongs to the call whose call ID or recording name it carries (optionally followed by _agent / _customer, _坐席 / _客户), or to the call a manifest names.</source>
            <translation>呼叫平台匯出的轉寫文本:阿里雲錄音檔識別 JSON、SRT 或 WebVTT 字幕(每個聲道一個檔案,或每句標明說話人)以及 CSV(通話ID、角色、開始、結束、文本),UTF-8 或 GBK 編碼。檔名是通話ID或錄音檔名(可帶 _坐席 / _客户、_agent / _customer 後綴)的檔案歸入該通話,也可以用清單指定。</translation>
        </message>
        <message>
            <source>a transcript file or a folder of them</source>
            <translation>一個轉寫檔案或一個資料夾</translation>
        </message>
        <message>
            <source>Transcripts</source>
            <translation>轉寫文本</translation>
        </message>
        <message>
            <source>optional: a CSV naming each file's call (文件名, 通话ID)</source>
            <translation>可選:指明每個檔案所屬通話的 CSV(文件名, 通话ID)</translation>
        </message>
        <message>
            <source>Manifest</source>
            <translation>清單</translation>
        </message>
        <message>
            <source>Channel 0 (left) is the agent</source>
            <translation>聲道 0(左)是座席</translation>
        </message>
        <message>
            <source>Channel 1 (right) is the agent</source>
            <translation>聲道 1(右)是座席</translation>
        </message>
        <message>
            <source>For Alibaba JSON of calls not analysed yet; an analysed call knows its agent channel</source>
            <translation>用於尚未分析的通話的阿里雲 JSON;已分析的通話知道座席聲道</translation>
        </message>
        <message>
            <source>Alibaba ChannelId</source>
            <translation>阿里雲 ChannelId</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>資料夾…</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>檔案…</translation>
        </message>
        <message>
            <source>Folder of transcripts</source>
            <translation>轉寫文本資料夾</translation>
        </message>
        <message>
            <source>Transcript file</source>
            <translation>轉寫檔案</translation>
        </message>
        <message>
            <source>Transcripts (*.json *.srt *.vtt *.csv)</source>
            <translation>轉寫文本 (*.json *.srt *.vtt *.csv)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Choose a transcript file or a folder first.</source>
            <translation>請先選擇轉寫檔案或資料夾。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message>
            <source>it is neither UTF-8 nor GBK text</source>
            <translation>既不是 UTF-8 也不是 GBK 文字</translation>
        </message>
        <message>
            <source>it is not valid JSON (line {line})</source>
            <translation>不是有效的 JSON(第 {line} 行)</translation>
        </message>
        <message>
            <source>the JSON has no Result.Sentences (task status: {status})</source>
            <translation>JSON 中沒有 Result.Sentences(任務狀態:{status})</translation>
        </message>
        <message>
            <source>sentence {number} has no BeginTime/EndTime in milliseconds</source>
            <translation>第 {number} 句缺少以毫秒為單位的 BeginTime/EndTime</translation>
        </message>
        <message>
            <source>a subtitle time is not understood: {text}</source>
            <translation>無法識別字幕時間:{text}</translation>
        </message>
        <message>
            <source>it has no subtitle cues (start --&gt; end)</source>
            <translation>沒有字幕條目(開始 --&gt; 結束)</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>檔案為空</translation>
        </message>
        <message>
            <source>the CSV lacks the column(s) {columns} (call ID, side, start, end, text)</source>
            <translation>CSV 缺少欄 {columns}(通話ID、角色、開始、結束、文本)</translation>
        </message>
        <message>
            <source>line {line}: side '{value}' is neither agent nor customer</source>
            <translation>第 {line} 行:角色「{value}」既不是座席也不是客戶</translation>
        </message>
        <message>
            <source>line {line}: the start or end time is not understood</source>
            <translation>第 {line} 行:無法識別開始或結束時間</translation>
        </message>
        <message>
            <source>line {line}: no call ID</source>
            <translation>第 {line} 行:缺少通話ID</translation>
        </message>
        <message>
            <source>the file cannot be opened ({detail})</source>
            <translation>無法開啟檔案({detail})</translation>
        </message>
        <message>
            <source>not a transcript format QA Desktop reads (Alibaba JSON, SRT, WebVTT, CSV)</source>
            <translation>不是 QA Desktop 支援的轉寫格式(阿里雲 JSON、SRT、WebVTT、CSV)</translation>
        </message>
        <message>
            <source>the manifest needs a file name column and a call ID column</source>
            <translation>清單需要檔名欄和通話ID欄</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>無法讀取:%1</translation>
        </message>
        <message>
            <source>no registered call matches it (call ID or recording name as the file name, or a manifest)</source>
            <translation>沒有對應的已登記通話(檔名應為通話ID或錄音檔名,或用清單指定)</translation>
        </message>
        <message>
            <source>does not say whose words they are: name it CALLID_agent / CALLID_customer or label each cue (坐席: / 客户:)</source>
            <translation>看不出是誰說的:檔名請用 通話ID_坐席 / 通話ID_客户,或每句標明說話人(坐席: / 客户:)</translation>
        </message>
        <message>
            <source>the same call and side is also in %1</source>
            <translation>同一通話同一聲道也在 %1 中</translation>
        </message>
        <message>
            <source>the manifest cannot be used: %1</source>
            <translation>清單無法使用:%1</translation>
        </message>
        <message>
            <source>%1 file(s), %2 call(s): %3 side(s) added, %4 replaced, %5 unchanged.</source>
            <translation>%1 個檔案,%2 通通話:新增 %3 個聲道,取代 %4 個,未變 %5 個。</translation>
        </message>
        <message>
            <source>Cancelled: what was imported before stays.</source>
            <translation>已取消:之前匯入的內容保留。</translation>
        </message>
        <message>
            <source>%1 file(s) not used:</source>
            <translation>%1 個檔案未匯入:</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPane</name>
        <message>
            <source>Ctrl+F: search what was said; F3 next hit</source>
            <translation>Ctrl+F:搜尋通話內容;F3 下一處</translation>
        </message>
        <message>
            <source>No transcript for this call. Import the call platform's transcripts from the Library (Import transcripts…).</source>
            <translation>本通話沒有轉寫文本。請在錄音庫中匯入呼叫平台的轉寫文本(匯入轉寫文本…)。</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>%1 hit(s)</source>
            <translation>%1 處</translation>
        </message>
    </context>
    <context>
        <name>UnavailablePage</name>
        <message>
            <source>This part of QA Desktop is not included in this build.</source>
            <translation>此版本未包含質檢工作台的這一部分。</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Login</source>
            <translation>登入名</translation>
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
            <translation>班組</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>擔任組長</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Password set</source>
            <translation>已設密碼</translation>
        </message>
        <message>
            <source>Search login, name or team</source>
            <translation>搜尋登入名、姓名或班組</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>新增使用者…</translation>
        </message>
        <message>
            <source>Set role…</source>
            <translation>設定角色…</translation>
        </message>
        <message>
            <source>Set team…</source>
            <translation>設定班組…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重設密碼…</translation>
        </message>
        <message>
            <source>The first user of a database is its QA lead. Everyone else joins as an evaluator; only a QA lead gives another role, here.</source>
            <translation>資料庫的第一位使用者是質檢組長。其他人加入時都是質檢員；只有質檢組長能在這裡授予其他角色。</translation>
        </message>
        <message>
            <source>Only a QA lead changes users and roles. You can read the list.</source>
            <translation>只有質檢組長能修改使用者和角色。你可以查看列表。</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>重新啟用</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>兩次輸入的密碼不一致，未作任何修改。</translation>
        </message>
        <message>
            <source>Role of {0}</source>
            <translation>{0} 的角色</translation>
        </message>
        <message>
            <source>Team of {0}</source>
            <translation>{0} 的班組</translation>
        </message>
        <message>
            <source>Set a password</source>
            <translation>設定密碼</translation>
        </message>
    </context>
    <context>
        <name>VerificationTab</name>
        <message>
            <source>Show settled ones too</source>
            <translation>同時顯示已鑑定的</translation>
        </message>
        <message>
            <source>What the recording shows</source>
            <translation>錄音顯示的情況</translation>
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
            <translation>在工作台中收聽</translation>
        </message>
        <message>
            <source>Recorded as founded.</source>
            <translation>已記錄為成立。</translation>
        </message>
        <message>
            <source>Recorded as not founded.</source>
            <translation>已記錄為不成立。</translation>
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
            <translation>客戶</translation>
        </message>
        <message>
            <source>dead air</source>
            <translation>靜默</translation>
        </message>
        <message>
            <source>talk-over</source>
            <translation>搶話</translation>
        </message>
        <message>
            <source>note</source>
            <translation>標註</translation>
        </message>
        <message>
            <source>A–B loop</source>
            <translation>A–B 循環</translation>
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
            <translation>客戶</translation>
        </message>
    </context>
    <context>
        <name>WorkflowErrors</name>
        <message>
            <source>No agent with the ID {agents}.</source>
            <translation>沒有工號為 {agents} 的座席。</translation>
        </message>
        <message>
            <source>The training needs of {month} name no agent for this kind of training.</source>
            <translation>{month} 的培訓需求中沒有適合這種培訓方式的座席。</translation>
        </message>
        <message>
            <source>Say who gave the training.</source>
            <translation>請填寫培訓師。</translation>
        </message>
        <message>
            <source>Nobody is on the sign-in sheet.</source>
            <translation>簽到名單為空。</translation>
        </message>
        <message>
            <source>{value} is not a test score from 0 to 100 (agent {agent}).</source>
            <translation>{value} 不是 0 到 100 之間的測試成績（工號 {agent}）。</translation>
        </message>
        <message>
            <source>{path}, line {line}: {value} is not a test score from 0 to 100 (agent {agent}); nothing was imported.</source>
            <translation>{path} 第 {line} 行：{value} 不是 0 到 100 之間的測試成績（工號 {agent}）；未匯入任何成績。</translation>
        </message>
        <message>
            <source>A trainee rates the trainer from 1 to 5.</source>
            <translation>學員對培訓師的評分為 1 到 5 分。</translation>
        </message>
        <message>
            <source>Agent {agent} did not attend this training.</source>
            <translation>工號 {agent} 的座席沒有參加這次培訓。</translation>
        </message>
        <message>
            <source>The dispute is too late: the result was given on {result_day}, and disputes must be raised within {days} working days (by {last_day}).</source>
            <translation>申訴已逾時:結果於 {result_day} 給出,申訴須在 {days} 個工作日內({last_day} 之前)提出。</translation>
        </message>
        <message>
            <source>Item {item} does not exist on this evaluation's form version.</source>
            <translation>項目 {item} 在該評估所用的評分表版本中不存在。</translation>
        </message>
        <message>
            <source>Item {item} is disputed twice.</source>
            <translation>項目 {item} 被重複申訴。</translation>
        </message>
        <message>
            <source>The answer the agent claims for item {item} is not possible for that item.</source>
            <translation>座席為項目 {item} 主張的答案對該項目無效。</translation>
        </message>
        <message>
            <source>This evaluation already has an open dispute (#{dispute_id}).</source>
            <translation>該評估已有一項未結的申訴(#{dispute_id})。</translation>
        </message>
        <message>
            <source>Name at least one disputed item.</source>
            <translation>請至少指定一個申訴項目。</translation>
        </message>
        <message>
            <source>Only a submitted result of the agent can be disputed.</source>
            <translation>只有座席已提交的評估結果才能申訴。</translation>
        </message>
        <message>
            <source>The deadline {deadline} is already past.</source>
            <translation>截止日期 {deadline} 已過。</translation>
        </message>
        <message>
            <source>This dispute is already closed ({status}).</source>
            <translation>該申訴已結束({status})。</translation>
        </message>
        <message>
            <source>Decide every disputed item; still undecided: {items}.</source>
            <translation>請裁定每個申訴項目;尚未裁定:{items}。</translation>
        </message>
        <message>
            <source>Item {item}: give the reason for the decision.</source>
            <translation>項目 {item}:請填寫裁定理由。</translation>
        </message>
        <message>
            <source>Item {item}: the agent's answer was not recorded; choose 'set another answer' and the answer.</source>
            <translation>項目 {item}:未記錄座席主張的答案,請選擇「改為其他答案」並選定答案。</translation>
        </message>
        <message>
            <source>Item {item}: choose a valid answer.</source>
            <translation>項目 {item}:請選擇有效的答案。</translation>
        </message>
        <message>
            <source>Say why the evaluation is adjusted: a reason is required.</source>
            <translation>請說明調整評估的原因:必須填寫理由。</translation>
        </message>
        <message>
            <source>This was already settled.</source>
            <translation>此項已處理。</translation>
        </message>
        <message>
            <source>The follow-up date is before the coaching session.</source>
            <translation>跟進日期早於輔導日期。</translation>
        </message>
        <message>
            <source>Item {item} is not on the form of that evaluation.</source>
            <translation>項目 {item} 不在該評估的評分表中。</translation>
        </message>
        <message>
            <source>An action item needs a description.</source>
            <translation>行動項需要填寫內容。</translation>
        </message>
        <message>
            <source>The sampling plan was not saved: {field} — {reason}</source>
            <translation>抽檢方案未儲存:{field} — {reason}</translation>
        </message>
        <message>
            <source>{period} is not a week; write it like 2026-W46.</source>
            <translation>{period} 不是有效的週,請按 2026-W46 的格式填寫。</translation>
        </message>
        <message>
            <source>{period} was already sampled with seed {seed}; it is redrawn with that seed. Set the seed to 'new' or to {seed}.</source>
            <translation>{period} 已用種子 {seed} 抽檢過,將按該種子重新抽取。請把種子設為「新建」或 {seed}。</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePage</name>
        <message>
            <source>Notes</source>
            <translation>標註</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>標記</translation>
        </message>
        <message>
            <source>Change this submitted evaluation…</source>
            <translation>修改已提交的質檢…</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>座席</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客戶</translation>
        </message>
        <message>
            <source>Press Ctrl+N to open the next call and start scoring.</source>
            <translation>按 Ctrl+N 開啟下一通錄音開始評分。</translation>
        </message>
        <message>
            <source>{0} unsaved drafts kept on this computer were saved.</source>
            <translation>本機保存的 {0} 份未儲存草稿已存入資料庫。</translation>
        </message>
        <message>
            <source>Nothing left to score in your queue.</source>
            <translation>隊列中已沒有待評的錄音。</translation>
        </message>
        <message>
            <source>The shared database is busy: the call opens as soon as it answers.</source>
            <translation>共用資料庫正忙：資料庫回應後即開啟該通話。</translation>
        </message>
        <message>
            <source>This call no longer exists.</source>
            <translation>該通話已不存在。</translation>
        </message>
        <message>
            <source>Drawing the waveform…</source>
            <translation>正在繪製波形…</translation>
        </message>
        <message>
            <source>The recording cannot be found (moved or disconnected share?).</source>
            <translation>找不到錄音(共用目錄被移動或中斷?)。</translation>
        </message>
        <message>
            <source>The recording cannot be read.</source>
            <translation>錄音無法讀取。</translation>
        </message>
        <message>
            <source>The recording is still being copied; try again shortly.</source>
            <translation>錄音仍在複製中,請稍後再試。</translation>
        </message>
        <message>
            <source>The recording cannot be played.</source>
            <translation>錄音無法播放。</translation>
        </message>
        <message>
            <source>You can still score the call.</source>
            <translation>仍可以對該通話評分。</translation>
        </message>
        <message>
            <source>No waveform: {0}</source>
            <translation>無法顯示波形:{0}</translation>
        </message>
        <message>
            <source>&lt;b&gt;No call open.&lt;/b&gt; Press Ctrl+N for the next call in your queue, or Enter on a row.</source>
            <translation>&lt;b&gt;未開啟通話。&lt;/b&gt;按 Ctrl+N 開啟隊列中的下一通,或在某列上按 Enter。</translation>
        </message>
        <message>
            <source>listening {0} at {1:g}×</source>
            <translation>按 {1:g} 倍速需聽 {0}</translation>
        </message>
        <message>
            <source>Also being scored by {0} (their draft is open).</source>
            <translation>{0} 也在為此通話評分(其草稿未提交)。</translation>
        </message>
        <message>
            <source>This file is not this call's recording, or cannot be read; the call was not changed.</source>
            <translation>該檔案不是這通電話的錄音,或無法讀取;通話未作修改。</translation>
        </message>
        <message>
            <source>Playback problem: {0}</source>
            <translation>播放問題:{0}</translation>
        </message>
        <message>
            <source>Where is this recording now?</source>
            <translation>這段錄音現在在哪裡?</translation>
        </message>
        <message>
            <source>Recordings (*.wav *.mp3 *.ogg *.opus *.m4a *.aac *.flac *.amr);;All files (*)</source>
            <translation>錄音 (*.wav *.mp3 *.ogg *.opus *.m4a *.aac *.flac *.amr);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Not relinked</source>
            <translation>未重新關聯</translation>
        </message>
    </context>
</TS>
