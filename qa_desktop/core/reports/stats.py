"""Running score statistics kept exact (Decimal sums), rounded once, half up, for display.

Reports never hold every score in memory: an agent's mean, spread and 95% interval come from
running sums (n, Σx, Σx²), which are exact for 2-decimal scores. The interval is the same
Student-t interval as :mod:`qa_desktop.core.workflow.confidence` (mean ± t₀.₉₇₅,n−1 · s/√n).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import overload

from qa_desktop.core.scoring.numbers import round_half_up
from qa_desktop.core.workflow.confidence import t_quantile

CENT = Decimal("0.01")
GRADES = ("excellent", "good", "pass", "fail")


@overload
def round_cents(value: Fraction | Decimal | float) -> Decimal: ...


@overload
def round_cents(value: None) -> None: ...


def round_cents(value: Fraction | Decimal | float | None) -> Decimal | None:
    """Half-up to 2 decimals, the product's one rounding rule (89.995 → 90.00)."""
    if value is None:
        return None
    if isinstance(value, Fraction):
        return round_half_up(value)
    if isinstance(value, float):
        value = Decimal(repr(value))
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def ratio(part: int, whole: int) -> float | None:
    """A share for a percent-formatted cell (Excel shows it rounded; the value stays exact enough)."""
    return None if not whole else part / whole


@dataclass
class ScoreStats:
    n: int = 0
    total: Decimal = Decimal(0)
    squares: Decimal = Decimal(0)
    low: Decimal | None = None
    high: Decimal | None = None
    grades: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GRADES, 0))
    critical: int = 0
    fatal: int = 0

    def add(self, score: Decimal | None, grade_code: str, critical: bool = False, fatal: bool = False,
            count: int = 1) -> None:
        """One evaluation, or ``count`` alike (an SQL group): exact either way, Decimal products being exact."""
        self.n += count
        self.grades[grade_code] = self.grades.get(grade_code, 0) + count
        self.critical += count if critical else 0
        self.fatal += count if fatal else 0
        if score is None:
            return
        if count == 1:
            self.total += score
            self.squares += score * score
        else:
            self.total += score * count
            self.squares += score * score * count
        if self.low is None or score < self.low:
            self.low = score
        if self.high is None or score > self.high:
            self.high = score

    def merge(self, other: ScoreStats) -> None:
        self.n += other.n
        self.total += other.total
        self.squares += other.squares
        for code, count in other.grades.items():
            self.grades[code] = self.grades.get(code, 0) + count
        self.critical += other.critical
        self.fatal += other.fatal
        for value in (other.low, other.high):
            if value is not None:
                self.low = value if self.low is None or value < self.low else self.low
                self.high = value if self.high is None or value > self.high else self.high

    @property
    def mean_exact(self) -> Fraction | None:
        return None if not self.n else Fraction(self.total) / self.n

    @property
    def average(self) -> Decimal | None:
        return round_cents(self.mean_exact)

    @property
    def pass_count(self) -> int:
        return self.n - self.grades.get("fail", 0)

    @property
    def pass_rate(self) -> float | None:
        return ratio(self.pass_count, self.n)

    def interval(self) -> tuple[Decimal, Decimal] | tuple[None, None]:
        """The 95% Student-t interval of the mean, or (None, None) below 2 scores.

        Clipped to the possible range (0 to 100, or to the highest score when bonus items lifted
        it above 100): with two or three scores the raw interval reaches far outside it.
        """
        mean_exact = self.mean_exact
        if self.n < 2 or mean_exact is None:
            return None, None
        n = self.n
        variance = (Fraction(self.squares) - Fraction(self.total) ** 2 / n) / (n - 1)
        half = t_quantile(0.95, n - 1) * math.sqrt(max(float(variance), 0.0)) / math.sqrt(n)
        mean = float(mean_exact)
        ceiling = max(100.0, float(self.high or 0))
        return round_cents(max(mean - half, 0.0)), round_cents(min(mean + half, ceiling))


def competition_ranks(values: dict[int, Decimal | None]) -> dict[int, int]:
    """1224 ranking by value, highest first; keys without a value get no rank."""
    ordered = sorted(((v, k) for k, v in values.items() if v is not None), key=lambda p: p[0], reverse=True)
    ranks, previous, rank = {}, None, 0
    for position, (value, key) in enumerate(ordered, 1):
        if value != previous:
            rank, previous = position, value
        ranks[key] = rank
    return ranks
