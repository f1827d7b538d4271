"""The product's number rules, shared by the scoring engine, its explanations and the reports.

Scores are kept exact (``Fraction``) and rounded once, at the end, half away from zero to 2 decimals
(89.995 → 90.00); points are sums of decimals and are shown exactly, without trailing zeros.
"""
from __future__ import annotations

import functools
import math
from decimal import Decimal, localcontext
from fractions import Fraction


# Both are pure and see few distinct values (points, percentages), but are called for every item of
# every evaluation scored, shown and exported: cached, they stop dominating a month's scoring.
@functools.lru_cache(maxsize=8192)
def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """The single rounding rule of the product: half away from zero, ``places`` decimals."""
    scaled = value * 10 ** places
    sign = -1 if scaled < 0 else 1
    whole = math.floor(abs(scaled) + Fraction(1, 2)) * sign
    return Decimal(whole).scaleb(-places).quantize(Decimal(1).scaleb(-places))


@functools.lru_cache(maxsize=8192)
def exact_decimal(value: Fraction) -> Decimal:
    """Points are sums of decimals, so they convert exactly; shown without trailing zeros."""
    with localcontext() as ctx:
        ctx.prec = 60
        number = Decimal(value.numerator) / Decimal(value.denominator)
    number = number.normalize()
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number
