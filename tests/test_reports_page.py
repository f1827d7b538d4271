"""The Reports page offscreen: charts from a real database, PNG export, workbook export in the background."""
from __future__ import annotations

from openpyxl import load_workbook

from qa_desktop.core.db import models as m
from qa_desktop.core.users import CurrentUser
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.reports.charts import font_family
from qa_desktop.ui.reports.page import ReportsPage
from qa_desktop.ui.settings import AppSettings
from tests.test_reports_monthly import seed


def make_page(qtbot, database):
    with database.read() as session:
        from sqlalchemy import select

        user = session.scalar(select(m.User).where(m.User.login == "tester"))
        current = CurrentUser.of(user)
    ctx = AppContext(database, current, AppSettings())
    ctx.language = "zh_CN"
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def test_charts_show_the_month_and_save_as_png(qtbot, sqlite_db, tmp_path):
    seed(sqlite_db)
    page = make_page(qtbot, sqlite_db)
    assert [page.team.itemText(i) for i in range(page.team.count())][1:] == ["一组 Team A", "二组 Team B"]
    page.period.setText("2026-10")
    with qtbot.waitSignal(page.chartsLoaded, timeout=30000):
        page.refresh()
    data = page.data
    assert data.evaluations == 6 and data.period == "2026-10"
    assert {name for name, _n, _avg in data.teams} == {"一组 Team A", "二组 Team B"}
    assert data.pareto[0][0] in ("greet", "skill") and data.pareto[-1][3] == 1.0
    assert sum(n for _b, n in data.distribution) == 6
    assert page.agent.count() == 1 + 3  # whole scope + the three agents
    page.agent.setCurrentIndex(1)
    # every chart can be saved as a PNG image
    for box in page.boxes:
        path = box.save_png(str(tmp_path / f"{box.title()}.png"))
        assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
    page.grab().save(str(tmp_path / "reports_page.png"))
    assert "Noto Sans CJK SC" in font_family("zh_CN") or "DejaVu Sans" == font_family("zh_CN")[0]


def test_exports_the_monthly_workbook_in_the_background(qtbot, sqlite_db, tmp_path):
    seed(sqlite_db)
    page = make_page(qtbot, sqlite_db)
    page.period.setText("2026-10")
    target = tmp_path / "oct.xlsx"
    with qtbot.waitSignal(page.exportFinished, timeout=60000) as blocker:
        page.export("month", str(target))
    result = blocker.args[0]
    assert not isinstance(result, BaseException), result
    assert result.evaluations >= 6  # the page's zone is this computer's; the seed sits well inside October
    assert load_workbook(target).sheetnames[0] == "概览"
    assert "oct.xlsx" in page.status.text()


def test_a_bad_period_is_reported_on_the_page(qtbot, sqlite_db):
    seed(sqlite_db)
    page = make_page(qtbot, sqlite_db)
    page.period.setText("October")
    with qtbot.waitSignal(page.chartsLoaded, timeout=30000):
        page.refresh()
    assert "October" in page.status.text()


def test_the_trend_legend_covers_no_point_value_or_title():
    """The trend's legend sat inside the plot's lower left corner, over the first period's point and its
    value whenever the trend started low (seen on the Reports page at 1366×768)."""
    from qa_desktop.ui.reports import charts

    canvas = charts.ChartCanvas("en", 560, 250)
    values = [84.92, 89.35]
    charts.draw_trend(canvas, "Average score by period", ["2026-10", "2026-11"], [("Whole scope", values)],
                      "Average score")
    canvas.png()  # lays the figure out as shown
    renderer = canvas.figure.canvas.get_renderer()
    ax = canvas.figure.axes[0]
    legends = [*canvas.figure.legends, *([ax.get_legend()] if ax.get_legend() else [])]
    assert legends
    covered = [ax.title.get_window_extent(renderer), *(text.get_window_extent(renderer) for text in ax.texts)]
    points = ax.transData.transform(list(enumerate(values)))
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert not any(box.overlaps(other) for other in covered)
        assert not any(box.contains(x, y) for x, y in points)
