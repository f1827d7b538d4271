"""Texts of the workflow: roles, who may do what, stored statuses and answers, codecs, progress steps."""

TEXTS: dict[str, tuple[str, str, str]] = {
    # roles
    'role.evaluator': ('QA evaluator', '质检员', '質檢員'),
    'role.qa_lead': ('QA lead', '质检组长', '質檢組長'),
    'role.team_lead': ('Team lead', '班组长', '班組長'),
    'role.manager': ('Manager', '运营经理', '營運經理'),
    'role.list_sep': (', ', '、', '、'),
    # why an action was refused (PermissionDenied.params["rule"])
    'permission.unknown_user': (
        '{login} is not a registered, active user of this database',
        '{login} 不是本数据库中已登记且在用的用户',
        '{login} 不是本資料庫中已登記且在用的使用者',
    ),
    'permission.qa_lead_only': (
        'only a QA lead may {what} ({login} is {role})',
        '只有质检组长可以{what}（{login} 是{role}）',
        '只有質檢組長可以{what}（{login} 是{role}）',
    ),
    'permission.roles_only': (
        'only {roles} may {what} ({login} is {role})',
        '只有{roles}可以{what}（{login} 是{role}）',
        '只有{roles}可以{what}（{login} 是{role}）',
    ),
    'permission.team_lead_only': (
        "only the agent's team lead or a QA lead may {what} ({login} is {role})",
        '只有该座席的班组长或质检组长可以{what}（{login} 是{role}）',
        '只有該座席的班組長或質檢組長可以{what}（{login} 是{role}）',
    ),
    'permission.not_their_team': (
        '{login} does not lead the team of agent {agent}, so may not {what}',
        '{login} 不是座席 {agent} 所在班组的组长，不能{what}',
        '{login} 不是座席 {agent} 所在班組的組長，不能{what}',
    ),
    'permission.other_evaluator': (
        'evaluation {evaluation} belongs to another evaluator; {login} may not {what}',
        '第 {evaluation} 号评估属于另一位质检员；{login} 不能{what}',
        '第 {evaluation} 號評估屬於另一位質檢員；{login} 不能{what}',
    ),
    'permission.unknown_agent': ('an unknown agent', '未知座席', '未知座席'),
    'permission.not_participant': (
        'you are not taking part in this calibration session', '你没有参加这个校准会', '你沒有參加這個校準會'),
    'permission.blind_call': (
        "calibration is blind: submit your own score of this call before looking at the others' answers",
        '校准为盲评：请先提交你对这通录音的评分，再查看其他人的答案',
        '校準為盲評：請先提交你對這通錄音的評分，再查看其他人的答案'),
    'permission.blind_all': (
        "calibration is blind: submit your own score of every call before looking at the others' answers",
        '校准为盲评：请先提交你对每通录音的评分，再查看其他人的答案',
        '校準為盲評：請先提交你對每通錄音的評分，再查看其他人的答案'),
    'permission.answers_hidden': (
        "only the QA lead and the session's participants can see calibration answers before the session is closed",
        '校准会结束前，只有质检组长和参会人员可以查看校准答案',
        '校準會結束前，只有質檢組長和參會人員可以查看校準答案'),
    # the actions named in those messages (PermissionDenied.params["what"])
    'action.edit it': ('edit it', '修改它', '修改它'),
    'action.submit it': ('submit it', '提交它', '提交它'),
    'action.amend it': ('amend it', '更正它', '更正它'),
    'action.change scoring forms': ('change scoring forms', '修改评分表', '修改評分表'),
    'action.run a sampling plan': ('run a sampling plan', '执行抽检计划', '執行抽檢計畫'),
    'action.change a sampling plan': ('change a sampling plan', '修改抽检计划', '修改抽檢計畫'),
    'action.see the review queue': ('see the review queue', '查看复核队列', '查看複核佇列'),
    'action.close this review flag': ('close this review flag', '关闭这个复核标记', '關閉這個複核標記'),
    'action.review this evaluation': ('review this evaluation', '复核这份评估', '複核這份評估'),
    'action.see complaints and praise to verify': (
        'see complaints and praise to verify', '查看待鉴定的投诉和表扬', '查看待鑑定的投訴和表揚'),
    'action.verify this complaint': ('verify this complaint', '鉴定这个投诉', '鑑定這個投訴'),
    'action.verify this praise': ('verify this praise', '鉴定这个表扬', '鑑定這個表揚'),
    'action.read this evaluation': ('read this evaluation', '查看这份评估', '查看這份評估'),
    'action.log coaching': ('log coaching', '记录辅导', '記錄輔導'),
    'action.coach this agent': ('coach this agent', '辅导这位座席', '輔導這位座席'),
    "action.see this agent's coaching": (
        "see this agent's coaching", '查看这位座席的辅导记录', '查看這位座席的輔導記錄'),
    'action.record a dispute for this agent': (
        'record a dispute for this agent', '为这位座席登记申诉', '為這位座席登記申訴'),
    'action.decide a dispute': ('decide a dispute', '裁定申诉', '裁定申訴'),
    'action.withdraw this dispute': ('withdraw this dispute', '撤回这个申诉', '撤回這個申訴'),
    'action.see disputes': ('see disputes', '查看申诉', '查看申訴'),
    'action.re-score it': ('re-score it', '重新评分', '重新評分'),
    'action.create a calibration session': ('create a calibration session', '创建校准会', '建立校準會'),
    'action.add calls to a calibration session': (
        'add calls to a calibration session', '向校准会添加录音', '向校準會新增錄音'),
    'action.record the consensus of a calibration session': (
        'record the consensus of a calibration session', '记录校准会的共识', '記錄校準會的共識'),
    'action.close a calibration session': ('close a calibration session', '结束校准会', '結束校準會'),
    "action.look at other evaluators' consistency": (
        "look at other evaluators' consistency", '查看其他质检员的一致性', '查看其他質檢員的一致性'),
    'action.assign self-checks': ('assign self-checks', '分配自检', '分配自檢'),
    "action.set evaluators' targets": ("set evaluators' targets", '设置质检员目标', '設定質檢員目標'),
    'action.change the working-day calendar': ('change the working-day calendar', '修改工作日', '修改工作日'),
    # answers as a person reads them
    'answer.yes': ('yes', '是', '是'),
    'answer.no': ('no', '否', '否'),
    'answer.na': ('N/A', '不适用', '不適用'),
    'answer.pass': ('passed', '通过', '通過'),
    'answer.partial': ('partly', '部分扣分', '部分扣分'),
    'answer.fail': ('failed', '不通过', '不通過'),
    # an item's outcome in an evaluation (ItemResult.status)
    'item_status.pass': ('passed', '通过', '通過'),
    'item_status.fail': ('failed', '不通过', '不通過'),
    'item_status.partial': ('partly', '部分扣分', '部分扣分'),
    'item_status.na': ('N/A', '不适用', '不適用'),
    'item_status.bonus': ('bonus', '加分', '加分'),
    # grades
    'grade.excellent': ('Excellent', '优秀', '優秀'),
    'grade.good': ('Good', '良好', '良好'),
    'grade.pass': ('Pass', '合格', '合格'),
    'grade.fail': ('Fail', '不合格', '不合格'),
    # recording formats (AudioInfo.codec) as a person reads them
    'codec.pcm_s16le': ('PCM 16-bit', 'PCM 16 位', 'PCM 16 位元'),
    'codec.pcm_s24le': ('PCM 24-bit', 'PCM 24 位', 'PCM 24 位元'),
    'codec.pcm_s32le': ('PCM 32-bit', 'PCM 32 位', 'PCM 32 位元'),
    'codec.pcm_u8': ('PCM 8-bit', 'PCM 8 位', 'PCM 8 位元'),
    'codec.pcm_f32le': ('PCM 32-bit float', 'PCM 32 位浮点', 'PCM 32 位元浮點'),
    'codec.pcm_f64le': ('PCM 64-bit float', 'PCM 64 位浮点', 'PCM 64 位元浮點'),
    'codec.pcm_mulaw': ('G.711 µ-law', 'G.711 μ律', 'G.711 μ律'),
    'codec.pcm_alaw': ('G.711 A-law', 'G.711 A律', 'G.711 A律'),
    'codec.gsm_ms': ('GSM 6.10', 'GSM 6.10', 'GSM 6.10'),
    'codec.gsm': ('GSM 6.10', 'GSM 6.10', 'GSM 6.10'),
    'codec.mp3': ('MP3', 'MP3', 'MP3'),
    'codec.vorbis': ('Ogg Vorbis', 'Ogg Vorbis', 'Ogg Vorbis'),
    'codec.opus': ('Opus', 'Opus', 'Opus'),
    'codec.aac': ('AAC (M4A)', 'AAC（M4A）', 'AAC（M4A）'),
    'codec.alac': ('ALAC (M4A)', 'ALAC（M4A）', 'ALAC（M4A）'),
    'codec.flac': ('FLAC', 'FLAC', 'FLAC'),
    'codec.amr_nb': ('AMR-NB', 'AMR-NB', 'AMR-NB'),
    'codec.amr_wb': ('AMR-WB', 'AMR-WB', 'AMR-WB'),
    'codec.adpcm_ima_wav': ('IMA ADPCM', 'IMA ADPCM', 'IMA ADPCM'),
    'codec.adpcm_ms': ('MS ADPCM', 'MS ADPCM', 'MS ADPCM'),
    'codec.unknown': ('unknown format', '未知格式', '未知格式'),
    # progress of the demo call centre (build_demo)
    'demo.recording': ('Recording {n} of {total}', '正在生成第 {n}/{total} 段录音', '正在產生第 {n}/{total} 段錄音'),
    'demo.calls': ('Calls and evaluations', '正在生成通话和评估', '正在產生通話和評估'),
    'demo.flags': ('Flags, disputes and coaching', '正在生成标记、申诉和辅导', '正在產生標記、申訴和輔導'),
    'demo.analysis': ('Analysing the recordings', '正在分析录音', '正在分析錄音'),
    'demo.done': ('Done', '完成', '完成'),
    # progress of other long jobs
    'progress.decoding': ('Decoding the recording', '正在解码录音', '正在解碼錄音'),
    'progress.analysing_call': ('Analysing call {call}', '正在分析通话 {call}', '正在分析通話 {call}'),
}
