"""The F distribution's CDF and quantiles, for the ICC confidence intervals (no SciPy in the app).

The regularized incomplete beta function by its continued fraction (Lentz's method, as in
Press et al., Numerical Recipes, 6.4); quantiles by bisection, which is plenty for a dozen
intervals per report. Checked against published F tables in the tests.
"""
from __future__ import annotations

import math

_EPS = 3e-14
_TINY = 1e-300


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        for numerator in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                          -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > _TINY else _TINY)
            c = 1 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            step = d * c
            h *= step
        if abs(step - 1) < _EPS:
            break
    return h


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1 - front * _beta_continued_fraction(b, a, 1 - x) / b


def f_cdf(x: float, df1: float, df2: float) -> float:
    return 0.0 if x <= 0 else regularized_beta(df1 / 2, df2 / 2, df1 * x / (df1 * x + df2))


def f_sf(x: float, df1: float, df2: float) -> float:
    """P(F > x): the p value of an F test."""
    return 1.0 - f_cdf(x, df1, df2)


def f_quantile(p: float, df1: float, df2: float) -> float:
    """The x with P(F <= x) = p."""
    low, high = 0.0, 1.0
    while f_cdf(high, df1, df2) < p:
        high *= 2
        if high > 1e12:
            return math.inf
    for _ in range(200):
        middle = (low + high) / 2
        if f_cdf(middle, df1, df2) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12 * max(1.0, high):
            break
    return (low + high) / 2
