"""The columns of an HR roster export, in the names HR systems give them (English, 简体, 繁體).

Read by the same table reader as the recordings manifest (:func:`manifest.read_table`), so the
encodings (UTF-8, BOM, GBK/GB18030, Big5) and the XLSX handling are the manifest's.
"""
from __future__ import annotations

import datetime as dt

from qa_desktop.core.library.manifest import TableSpec, parse_datetime, parse_direction

ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "agent_code": ("工号", "员工工号", "员工编号", "坐席工号", "客服工号", "工號", "員工工號", "員工編號",
                   "agentid", "agentcode", "employeeid", "employeeno", "staffid", "staffno"),
    "name": ("姓名", "员工姓名", "客服姓名", "員工姓名", "name", "agentname", "employeename", "fullname"),
    "team": ("班组", "组别", "小组", "所属班组", "所属组别", "班組", "組別", "小組", "所屬班組",
             "team", "group", "teamname"),
    "team_lead": ("组长", "班组长", "组长姓名", "組長", "班組長", "teamlead", "teamleader", "leader",
                  "supervisor"),
    "hire_date": ("入职日期", "入职时间", "入司日期", "入職日期", "入職時間", "hiredate", "joindate",
                  "startdate", "dateofhire"),
    "probation_end": ("试用期至", "试用期结束", "试用期截止", "试用期到期", "转正日期", "試用期至", "試用期結束",
                      "轉正日期", "probationend", "probationenddate", "probationuntil", "confirmationdate"),
    "status": ("状态", "在职状态", "员工状态", "狀態", "在職狀態", "員工狀態", "status", "employmentstatus"),
    "left_on": ("离职日期", "离职时间", "離職日期", "離職時間", "leavedate", "leftdate", "lefton",
                "terminationdate", "enddate"),
    "direction": ("呼入/呼出", "呼入呼出", "呼叫方向", "业务方向", "方向", "direction", "inout", "line"),
    "effective": ("调动日期", "调岗日期", "生效日期", "变更日期", "調動日期", "調崗日期", "生效日期",
                  "effectivedate", "transferdate", "changedate"),
}

ROSTER = TableSpec(ROSTER_COLUMNS, "agent_code", "employee number (工号)", "'工号' or 'employee id'",
                   what="roster")

_ACTIVE = {"在职", "在職", "试用", "試用", "试用期", "試用期", "正式", "转正", "轉正", "active", "employed",
           "onprobation", "probation", "current", "在岗", "在崗"}
_LEFT = {"离职", "離職", "已离职", "已離職", "left", "inactive", "terminated", "resigned", "leaver"}


def parse_status(value) -> bool | None:
    """True for 在职 (employed), False for 离职 (left), None when the cell is empty; ValueError otherwise."""
    if value in (None, ""):
        return None
    text = str(value).strip().lower().replace(" ", "")
    if text in _ACTIVE:
        return True
    if text in _LEFT:
        return False
    raise ValueError(f"unrecognised status '{value}' (expected 在职 or 离职)")


def parse_date(value) -> dt.date | None:
    moment = parse_datetime(value)
    return moment.date() if moment is not None else None


def parse_line(value) -> str | None:
    """inbound | outbound from 呼入/呼出; ValueError for anything else that is not empty."""
    if value in (None, ""):
        return None
    direction = parse_direction(value)
    if direction is None:
        raise ValueError(f"unrecognised line '{value}' (expected 呼入 or 呼出)")
    return direction
