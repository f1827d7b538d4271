"""HR roster exports shaped like the real ones: GBK CSV with Chinese headers, Big5, XLSX, BOM."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

# What an HR system's "在职员工花名册" export looks like: a running number, department and phone columns
# the app ignores, dates written the Chinese way.
HEADERS_CN = ["序号", "工号", "姓名", "部门", "班组", "组长", "入职日期", "试用期至", "状态", "离职日期",
              "呼入/呼出", "手机号码"]
HEADERS_TW = ["序號", "工號", "姓名", "部門", "班組", "組長", "入職日期", "轉正日期", "狀態", "離職日期", "呼入/呼出"]
HEADERS_EN = ["No.", "Employee ID", "Name", "Team", "Team Lead", "Hire Date", "Probation End", "Status",
              "Leave Date", "Direction"]


def person(code, name, team, lead, hired, probation_end="", status="在职", left="", line="呼入"):
    return {"code": code, "name": name, "team": team, "lead": lead, "hired": hired, "probation_end": probation_end,
            "status": status, "left": left, "line": line}


def cn_rows(people: list[dict]) -> list[list[str]]:
    return [[str(n + 1), p["code"], p["name"], "客服中心", p["team"], p["lead"], p["hired"], p["probation_end"],
             p["status"], p["left"], p["line"], f"1380013{n:04d}"] for n, p in enumerate(people)]


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")  # Excel on Windows writes CRLF
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "花名册"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def january(probation_agents: int = 3, general_agents: int = 9) -> list[dict]:
    """A small centre: two teams, a few new hires on probation, the rest long-standing."""
    people = []
    for n in range(general_agents):
        team = "投诉一组" if n % 2 == 0 else "咨询二组"
        lead = "王丽" if team == "投诉一组" else "赵强"
        people.append(person(f"80{n:03d}", f"老员工{n}", team, lead, f"2023/0{1 + n % 9}/15", "", "在职"))
    for n in range(probation_agents):
        team = "投诉一组" if n % 2 == 0 else "咨询二组"
        lead = "王丽" if team == "投诉一组" else "赵强"
        people.append(person(f"90{n:03d}", f"新员工{n}", team, lead, "2026-11-02", "2027-02-01", "试用"))
    return people


def as_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.replace("/", "-"))
