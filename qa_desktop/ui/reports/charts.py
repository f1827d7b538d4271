"""Matplotlib charts of the reports page, with a CJK font when one is installed.

Qt-free on purpose: each chart is drawn on its own Agg figure in a worker thread (see
:func:`render_charts`) and handed to the page as PNG bytes, so neither importing matplotlib (seconds
on first use) nor drawing ever stalls the GUI (issue 12: Reports froze the window 4–6 s). Labels are
Chinese (agent names, item texts, 优秀/良好…), so the first installed font of a fallback list is put
before matplotlib's default (which has no CJK glyphs). No pyplot: figures are plain objects, safe
to build off the GUI thread.
"""
from __future__ import annotations

import io
from functools import lru_cache

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

CJK_FONTS_SC = ["Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei", "PingFang SC",
                "SimHei", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"]
CJK_FONTS_TC = ["Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC",
                "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimHei"]
BAND_COLOURS = {"excellent": "#2e7d32", "good": "#7cb342", "pass": "#f9a825", "fail": "#c62828"}


@lru_cache(maxsize=4)
def font_family(lang: str = "zh_CN") -> tuple[str, ...]:
    """The installed CJK fonts in order of preference, then matplotlib's default sans-serif."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    wanted = CJK_FONTS_TC if lang == "zh_TW" else CJK_FONTS_SC
    return tuple([name for name in wanted if name in installed] + ["DejaVu Sans"])


class ChartCanvas:
    """One chart's figure (Agg): drawn by the ``draw_*`` functions, then rendered to PNG."""

    def __init__(self, lang: str = "zh_CN", width_px: int = 550, height_px: int = 340, dpi: int = 100):
        self.figure = Figure(figsize=(max(width_px, 200) / dpi, max(height_px, 150) / dpi), dpi=dpi,
                             layout="constrained")
        FigureCanvasAgg(self.figure)
        self.lang = lang

    def axes(self):
        self.figure.clear()
        ax = self.figure.add_subplot()
        ax.grid(axis="y", alpha=0.3)
        return ax

    def text_style(self) -> dict:
        return {"fontfamily": list(font_family(self.lang))}

    def apply_fonts(self, ax) -> None:
        family = list(font_family(self.lang))
        for text in [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.get_xticklabels(), *ax.get_yticklabels()]:
            text.set_fontfamily(family)
        legend = ax.get_legend()
        if legend is not None:
            for text in legend.get_texts():
                text.set_fontfamily(family)

    def draw_idle(self) -> None:
        """Nothing to do: the figure is rendered once drawn (kept so the draw functions read as before)."""

    def png(self, dpi: int | None = None) -> bytes:
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi or self.figure.dpi)
        return buffer.getvalue()

    def save_png(self, path: str) -> None:
        self.figure.savefig(path, dpi=150)


def render_charts(jobs: list[tuple[str, tuple, tuple[int, int]]], lang: str, progress=None) -> list[tuple]:
    """Draw and render charts off the GUI thread: for each ``(draw function name, its arguments after
    the canvas, (width, height) in pixels)``, the ``(ChartCanvas, PNG bytes)``."""
    out = []
    for name, args, (width, height) in jobs:
        canvas = ChartCanvas(lang, width, height)
        DRAW[name](canvas, *args)
        out.append((canvas, canvas.png()))
    return out


def draw_empty(canvas: ChartCanvas, title: str, message: str) -> None:
    ax = canvas.axes()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666666",
            **canvas.text_style())
    ax.set_xticks([])
    ax.set_yticks([])
    canvas.apply_fonts(ax)
    canvas.draw_idle()


def draw_trend(canvas: ChartCanvas, title: str, periods: list[str], series: list[tuple[str, list]],
               ylabel: str) -> None:
    ax = canvas.axes()
    for name, values in series:
        points = [(i, float(v)) for i, v in enumerate(values) if v is not None]
        if points:
            ax.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=name)
            for x, y in points:
                ax.annotate(f"{y:.2f}", (x, y), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=7)
    ax.set_xticks(range(len(periods)), periods, rotation=0, fontsize=8)
    # room around the points for their values, and the legend under the chart, outside the plot: inside,
    # in a corner, it covered the first period's point and its value whenever the trend started low
    ax.margins(x=0.08, y=0.2)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    if series:
        legend = canvas.figure.legend(fontsize=8, loc="outside lower center", ncols=min(len(series), 3),
                                      frameon=False)
        for text in legend.get_texts():
            text.set_fontfamily(list(font_family(canvas.lang)))
    canvas.apply_fonts(ax)
    canvas.draw_idle()


def draw_team_comparison(canvas: ChartCanvas, title: str, teams: list[tuple[str, int, object]], ylabel: str) -> None:
    ax = canvas.axes()
    names = [t[0] for t in teams]
    values = [float(t[2]) if t[2] is not None else 0.0 for t in teams]
    bars = ax.bar(range(len(names)), values, color="#4472c4")
    for bar, (_name, n, average) in zip(bars, teams):
        if average is not None:
            ax.annotate(f"{float(average):.2f}\n(n={n})", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        textcoords="offset points", xytext=(0, 2), ha="center", fontsize=7)
    ax.set_xticks(range(len(names)), names, rotation=30 if len(names) > 4 else 0, ha="right" if len(names) > 4
                  else "center",
                  fontsize=8)
    ax.set_ylim(0, max(values + [100]) * 1.12)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    canvas.apply_fonts(ax)
    canvas.draw_idle()


def draw_pareto(canvas: ChartCanvas, title: str, rows: list[tuple[str, str, int, float | None]], ylabel: str,
                cumulative_label: str, limit: int = 15) -> None:
    ax = canvas.axes()
    rows = rows[:limit]
    # items by their text (a person never reads a code), shortened to fit under a bar
    labels = [text if len(text) <= 12 else text[:11] + "…" for _code, text, _errors, _cum in rows]
    ax.bar(range(len(rows)), [r[2] for r in rows], color="#4472c4", label=ylabel)
    ax.set_xticks(range(len(rows)), labels, rotation=45, ha="right", fontsize=7)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    twin = ax.twinx()
    twin.plot(range(len(rows)), [r[3] or 0 for r in rows], color="#c0504d", marker="o", markersize=3,
              label=cumulative_label)
    twin.set_ylim(0, 1.05)
    twin.yaxis.set_major_formatter(PercentFormatter(1.0))
    twin.set_ylabel(cumulative_label)
    twin.yaxis.label.set_fontfamily(list(font_family(canvas.lang)))
    canvas.apply_fonts(ax)
    canvas.draw_idle()


def draw_distribution(canvas: ChartCanvas, title: str, bins: list[tuple[int, int]], bands, xlabel: str,
                      ylabel: str) -> None:
    """Scores in 5-point bins, coloured by grade band (``bands``: (code, minimum) highest first)."""
    ax = canvas.axes()

    def colour(start: int) -> str:
        for code, minimum in bands:
            if start >= float(minimum):
                return BAND_COLOURS.get(code, "#4472c4")
        return BAND_COLOURS["fail"]

    ax.bar([b for b, _n in bins], [n for _b, n in bins], width=4.6, align="edge",
           color=[colour(b) for b, _n in bins])
    ax.set_xlim(0, 105)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    canvas.apply_fonts(ax)
    canvas.draw_idle()


DRAW = {"empty": draw_empty, "trend": draw_trend, "teams": draw_team_comparison, "pareto": draw_pareto,
        "distribution": draw_distribution}
