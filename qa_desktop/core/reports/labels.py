"""Sheet and column titles of the exported workbooks in English, simplified and traditional Chinese.

The workbooks are made without Qt (CLI, background job), so they cannot use the Qt catalogue;
this small table is their own. ``label(key, lang)`` falls back to English for an unknown language.
"""
from __future__ import annotations

from qa_desktop.core.languages import LANGUAGES

LANGS = LANGUAGES  # the order of the texts in _LABELS below

_LABELS: dict[str, tuple[str, str, str]] = {
    # sheets
    "sheet.summary": ("Summary", "概览", "概覽"),
    "sheet.agents": ("Agents", "座席", "座席"),
    "sheet.items": ("Items", "评分项", "評分項"),
    "sheet.evaluations": ("Evaluations", "评估明细", "評估明細"),
    "sheet.flags": ("Flags and reviews", "标记与复核", "標記與複核"),
    "sheet.coaching": ("Coaching", "辅导", "輔導"),
    "sheet.evaluators": ("Evaluators", "质检员", "質檢員"),
    "sheet.calibration": ("Calibration", "校准", "校準"),
    "sheet.actions": ("Open coaching actions", "未完成辅导行动", "未完成輔導行動"),
    # titles
    "title.monthly": ("Monthly quality report", "月度质检报告", "月度質檢報告"),
    "title.weekly": ("Weekly quality report", "周质检报告", "週質檢報告"),
    "title.period": ("Period", "期间", "期間"),
    "title.previous": ("Previous period", "上期", "上期"),
    "title.scope": ("Scope", "范围", "範圍"),
    "title.all_teams": ("All teams", "全部班组", "全部班組"),
    "title.generated": ("Generated", "生成时间", "產生時間"),
    "title.trend": ("Average score by month", "月度平均分", "月度平均分"),
    "title.trend_weeks": ("Average score by week", "每周平均分", "每週平均分"),
    "title.grades_chart": ("Grade distribution", "等级分布", "等級分佈"),
    "title.pareto_chart": ("Item errors (Pareto)", "评分项差错（帕累托）", "評分項差錯（柏拉圖）"),
    "title.none": ("Nothing in this period.", "本期无数据。", "本期無資料。"),
    "title.amounts_note": ("Averages are rounded once, half up, to 2 decimals; customer numbers are masked.",
                           "平均分只在最后四舍五入到两位小数；客户号码已遮蔽。",
                           "平均分只在最後四捨五入到兩位小數；客戶號碼已遮蔽。"),
    # summary metrics
    "metric": ("Metric", "指标", "指標"),
    "this_period": ("This period", "本期", "本期"),
    "previous_period": ("Previous period", "上期", "上期"),
    "change": ("Change", "变化", "變化"),
    "m.evaluations": ("Evaluations", "评估数", "評估數"),
    "m.agents": ("Agents evaluated", "被评座席数", "被評座席數"),
    "m.average": ("Average score", "平均分", "平均分"),
    "m.pass_rate": ("Pass rate (not 不合格)", "合格率", "合格率"),
    "m.critical": ("Critical failures", "关键项失败", "關鍵項失敗"),
    "m.fatal": ("Fatal failures", "致命项失败", "致命項失敗"),
    "grade": ("Grade", "等级", "等級"),
    "count": ("Count", "数量", "數量"),
    "share": ("Share", "占比", "占比"),
    "month": ("Month", "月份", "月份"),
    "week": ("Week", "周", "週"),
    # grades
    "g.excellent": ("优秀 Excellent", "优秀", "優秀"),
    "g.good": ("良好 Good", "良好", "良好"),
    "g.pass": ("合格 Pass", "合格", "合格"),
    "g.fail": ("不合格 Fail", "不合格", "不合格"),
    # agents
    "agent_code": ("Agent ID", "工号", "工號"),
    "agent": ("Agent", "座席", "座席"),
    "team": ("Team", "班组", "班組"),
    "evaluations": ("Evaluations", "评估数", "評估數"),
    "average": ("Average", "平均分", "平均分"),
    "min": ("Min", "最低分", "最低分"),
    "max": ("Max", "最高分", "最高分"),
    "ci_low": ("95% CI low", "95%置信下限", "95%信賴下限"),
    "ci_high": ("95% CI high", "95%置信上限", "95%信賴上限"),
    "rank": ("Rank", "排名", "排名"),
    "coaching_count": ("Coaching sessions", "辅导次数", "輔導次數"),
    "critical_failed": ("Critical failed", "关键项失败", "關鍵項失敗"),
    "fatal_failed": ("Fatal failed", "致命项失败", "致命項失敗"),
    "trend_change": ("Change vs previous", "较上期", "較上期"),
    # items
    "form": ("Form", "评分表", "評分表"),
    "version": ("Version", "版本", "版本"),
    "section": ("Section", "分组", "分組"),
    "item_code": ("Item", "评分项", "評分項"),
    "item_text": ("Item text", "评分项内容", "評分項內容"),
    "applicable": ("Applicable", "适用数", "適用數"),
    "failed": ("Failed", "不通过", "不通過"),
    "partial": ("Partial", "部分扣分", "部分扣分"),
    "na": ("N/A", "不适用", "不適用"),
    "errors": ("Errors (points lost)", "差错数（扣分）", "差錯數（扣分）"),
    "error_rate": ("Error rate", "差错率", "差錯率"),
    "cumulative": ("Cumulative share of errors", "累计差错占比", "累計差錯占比"),
    "critical": ("Critical", "关键项", "關鍵項"),
    # evaluations
    "evaluation_id": ("Evaluation", "评估编号", "評估編號"),
    "submitted": ("Submitted", "提交时间", "提交時間"),
    "call": ("Call", "通话", "通話"),
    "call_started": ("Call time", "通话时间", "通話時間"),
    "call_type": ("Call type", "通话类型", "通話類型"),
    "customer_number": ("Customer number", "客户号码", "客戶號碼"),
    "evaluator": ("Evaluator", "质检员", "質檢員"),
    "score": ("Score", "得分", "得分"),
    "minutes": ("Minutes spent", "用时（分钟）", "用時（分鐘）"),
    "failed_items": ("Failed items", "失分项", "失分項"),
    "summary": ("Summary", "总评", "總評"),
    "notes": ("Notes", "标注和说明", "標註和說明"),
    "yes": ("yes", "是", "是"),
    "no": ("no", "否", "否"),
    # flags and reviews
    "record": ("Record", "类别", "類別"),
    "date": ("Date", "日期", "日期"),
    "detail": ("Detail", "说明", "說明"),
    "outcome": ("Outcome", "结果", "結果"),
    "by": ("By", "处理人", "處理人"),
    "note": ("Note", "备注", "備註"),
    "score_before": ("Score before", "调整前得分", "調整前得分"),
    "score_after": ("Score after", "调整后得分", "調整後得分"),
    "flag.excellent": ("Excellent example", "优秀录音", "優秀錄音"),
    "flag.failing": ("Failing example", "不合格录音", "不合格錄音"),
    "flag.review": ("Team-lead review request", "需组长复核", "需組長複核"),
    "flag.complaint": ("Complaint verification", "投诉鉴定", "投訴鑑定"),
    "flag.praise": ("Praise verification", "表扬鉴定", "表揚鑑定"),
    "flag.calibration": ("Calibration candidate", "校准候选", "校準候選"),
    "flag.training": ("Training case", "培训案例", "培訓案例"),
    "dispute": ("Dispute", "申诉", "申訴"),
    "tl_review": ("Team-lead review", "组长复核", "組長複核"),
    # coaching
    "held_on": ("Held on", "辅导日期", "輔導日期"),
    "coach": ("Coach", "辅导人", "輔導人"),
    "kind": ("Kind", "方式", "方式"),
    "linked_evaluations": ("Evaluations discussed", "关联评估", "關聯評估"),
    "items_discussed": ("Items discussed", "讨论的评分项", "討論的評分項"),
    "agreed": ("Agreed", "约定内容", "約定內容"),
    "follow_up_on": ("Follow-up date", "跟进日期", "跟進日期"),
    "follow_up_status": ("Follow-up status", "跟进状态", "跟進狀態"),
    "acknowledged": ("Agent acknowledged", "座席已确认", "座席已確認"),
    "actions_total": ("Action items", "行动项", "行動項"),
    "actions_open": ("Open actions", "未完成行动项", "未完成行動項"),
    "action_items": ("Action items (status)", "行动项（状态）", "行動項（狀態）"),
    "items_pass_before": ("Coached items pass rate, 30 days before", "辅导项通过率（前30天）",
                          "輔導項通過率（前30天）"),
    "items_pass_after": ("Coached items pass rate, 30 days after", "辅导项通过率（后30天）", "輔導項通過率（後30天）"),
    "pass_before": ("Evaluations passed, 30 days before", "评估合格率（前30天）", "評估合格率（前30天）"),
    "pass_after": ("Evaluations passed, 30 days after", "评估合格率（后30天）", "評估合格率（後30天）"),
    "n_before": ("Evaluations before", "辅导前评估数", "輔導前評估數"),
    "n_after": ("Evaluations after", "辅导后评估数", "輔導後評估數"),
    "description": ("Action", "行动项", "行動項"),
    "owner": ("Owner", "负责人", "負責人"),
    "due_on": ("Due", "截止日期", "截止日期"),
    "overdue": ("Overdue", "已逾期", "已逾期"),
    "status": ("Status", "状态", "狀態"),
    "online": ("online", "线上", "線上"),
    "offline": ("offline", "离线", "離線"),
    # evaluators
    "days_active": ("Days with evaluations", "有评估的天数", "有評估的天數"),
    "per_day": ("Evaluations per day", "日均评估数", "日均評估數"),
    "max_per_day": ("Most in one day", "单日最多", "單日最多"),
    "avg_minutes": ("Average minutes per evaluation", "平均每次评估用时（分钟）", "平均每次評估用時（分鐘）"),
    "avg_given": ("Average score given", "平均给分", "平均給分"),
    "calibration_calls": ("Calibration calls", "校准通话数", "校準通話數"),
    "deviation": ("Mean deviation from reference", "与基准的平均偏差", "與基準的平均偏差"),
    "abs_deviation": ("Mean absolute deviation", "平均绝对偏差", "平均絕對偏差"),
    "within_5": ("Within ±5 points", "±5分以内比例", "±5分以內比例"),
    # calibration
    "session": ("Session", "校准会", "校準會"),
    "participants": ("Participants", "参与人", "參與人"),
    "reference": ("Reference", "基准", "基準"),
    # stored values shown in cells
    "v.open": ("open", "待处理", "待處理"),
    "v.founded": ("founded", "成立", "成立"),
    "v.unfounded": ("unfounded", "不成立", "不成立"),
    "v.confirmed": ("confirmed", "维持", "維持"),
    "v.adjusted": ("adjusted", "已调整", "已調整"),
    "v.dismissed": ("dismissed", "已驳回", "已駁回"),
    "v.decided": ("decided", "已裁定", "已裁定"),
    "v.withdrawn": ("withdrawn", "已撤回", "已撤回"),
    "v.keep": ("kept", "维持原评", "維持原評"),
    "v.accept": ("accepted", "接受申诉", "接受申訴"),
    "v.set": ("answer changed", "改判", "改判"),
    "v.pending": ("pending", "待定", "待定"),
    "v.done": ("done", "已完成", "已完成"),
    "v.overdue": ("overdue", "已逾期", "已逾期"),
    "v.cancelled": ("cancelled", "已取消", "已取消"),
    "v.lenient": ("lenient", "偏松", "偏鬆"),
    "v.harsh": ("harsh", "偏严", "偏嚴"),
    "v.in_line": ("in line", "一致", "一致"),
    "v.consensus": ("consensus", "共识", "共識"),
    "v.expert": ("expert", "专家", "專家"),
}


def label(key: str, lang: str = "en") -> str:
    texts = _LABELS.get(key)
    if texts is None:
        return key
    index = LANGS.index(lang) if lang in LANGS else 0
    return texts[index]


def value_label(value: str | None, lang: str = "en") -> str | None:
    """A stored status (open, founded, pending…) in the report's language; unknown values unchanged."""
    if not value:
        return value
    return label(f"v.{value}", lang) if f"v.{value}" in _LABELS else value


def grade_label(code: str, lang: str = "en") -> str:
    return label(f"g.{code}", lang)


def keys() -> list[str]:
    return list(_LABELS)
