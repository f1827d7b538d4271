"""The product's number rules, shared by the scoring engine, its explanations and the reports.

Scores are kept exact (``Fraction``) and rounded once, at the end, half away from zero to 2 decimals
(89.995 → 90.00); points are sums of decimals and are shown exactly, without trailing zeros.
"""
from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from decimal import Decimal, localcontext
from fractions import Fraction


# Both are pure and see few distinct values (points, percentages), but are called for every item of
# every evaluation scored, shown and exported: cached, they stop dominating a month's scoring. The
# caches are keyed by the value's integer ratio: hashing a Fraction itself (a modular inverse) cost
# more than the rounding it saved.
def round_half_up(value: Fraction | Decimal | int, places: int = 2) -> Decimal:
    """The single rounding rule of the product: half away from zero, ``places`` decimals."""
    numerator, denominator = value.as_integer_ratio()
    return _round_half_up(numerator, denominator, places)


@functools.lru_cache(maxsize=8192)
def _round_half_up(numerator: int, denominator: int, places: int) -> Decimal:
    scaled = numerator * 10 ** places
    # floor(|scaled / denominator| + 1/2), in integers
    whole = (2 * abs(scaled) + denominator) // (2 * denominator)
    return Decimal(-whole if scaled < 0 else whole).scaleb(-places).quantize(Decimal(1).scaleb(-places))


def exact_decimal(value: Fraction | Decimal | int) -> Decimal:
    """Points are sums of decimals, so they convert exactly; shown without trailing zeros."""
    return _exact_decimal(*value.as_integer_ratio())


@functools.lru_cache(maxsize=8192)
def _exact_decimal(numerator: int, denominator: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        number = Decimal(numerator) / Decimal(denominator)
    number = number.normalize()
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number


def exact_sum(values: Iterable[Fraction | Decimal | int]) -> Fraction:
    """The exact sum, added as integers over a common denominator: points share a few small
    denominators (decimals), and adding Fractions one by one normalised every partial sum."""
    numerator, denominator = 0, 1
    for value in values:
        n, d = value.as_integer_ratio()
        if d != denominator:
            common = math.lcm(denominator, d)
            numerator, denominator = numerator * (common // denominator), common
            n *= common // d
        numerator += n
    return Fraction(numerator, denominator)
