"""How sure a handful of evaluations lets us be about an agent's period score.

Evaluators complain that "a handful of calls decides a raise" (domain brief). For each agent
we give the Student-t confidence interval of the mean score and how many more evaluations,
at the same spread, would put the whole interval on one side of the pass line.
"""
from __future__ import annotations

import functools
import math
import statistics
from dataclasses import asdict, dataclass

MAX_EVALUATIONS = 10_000


@dataclass
class ScoreInterval:
    n: int
    mean: float | None
    sd: float | None
    low: float | None
    high: float | None
    verdict: str             # above | below | undecided | too_few
    more_needed: int | None  # None: cannot say (fewer than 2 scores, or the mean sits on the line)

    def to_dict(self) -> dict:
        return asdict(self)


@functools.lru_cache(maxsize=4096)
def t_quantile(confidence: float, df: int) -> float:
    """Student's t for a two-sided ``confidence`` interval on ``df`` degrees of freedom."""
    # Cached: the search below asks for the same few degrees of freedom for every agent. SciPy is
    # imported here, where figures are computed (off the GUI thread): importing it takes seconds, and
    # the Sampling and Reports pages only import this module (issue 12: the first open froze 4–6 s).
    # scipy.special's inverse of Student's t is what scipy.stats.t.ppf computes (identical for every
    # df and confidence tested), without importing scipy.stats: 0.18 s instead of 0.55 s, which was
    # most of a first weekly export's time.
    from scipy.special import stdtrit

    return float(stdtrit(df, 0.5 + confidence / 2))


def _half_width(sd: float, n: int, confidence: float) -> float:
    return t_quantile(confidence, n - 1) * sd / math.sqrt(n)


def score_interval(scores: list[float], pass_mark: float = 60.0, confidence: float = 0.95,
                   floor: float = 0.0, ceiling: float = 100.0) -> ScoreInterval:
    """The interval of the agent's mean score, within the scale's ``floor``–``ceiling``.

    With few and scattered scores the t interval reaches past the scale ([-15.8, 174.8] for
    three calls); no score can lie there, so the interval is cut at the scale's ends. The
    verdict and the count of evaluations still needed come from the uncut width.
    """
    n = len(scores)
    if n == 0:
        return ScoreInterval(0, None, None, None, None, "too_few", None)
    mean = sum(scores) / n
    if n < 2:
        return ScoreInterval(n, round(mean, 2), None, None, None, "too_few", None)
    sd = statistics.stdev(scores)
    half = _half_width(sd, n, confidence)
    low, high = mean - half, mean + half
    verdict = "above" if low > pass_mark else "below" if high < pass_mark else "undecided"
    gap = abs(mean - pass_mark)
    if verdict != "undecided":
        more = 0
    elif gap == 0:
        more = None
    else:
        more = _more_needed(sd, n, gap, confidence)
    low, high = max(floor, low), min(ceiling, high)
    return ScoreInterval(n, round(mean, 2), round(sd, 2), round(low, 2), round(high, 2), verdict, more)


def _more_needed(sd: float, n: int, gap: float, confidence: float) -> int | None:
    """The fewest extra scores with the same mean and spread whose interval excludes the pass line."""
    if _half_width(sd, MAX_EVALUATIONS, confidence) >= gap:
        return None
    lo, hi = n, MAX_EVALUATIONS  # invariant: hi separates, lo does not; the half width falls with m
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _half_width(sd, mid, confidence) < gap:
            hi = mid
        else:
            lo = mid
    return hi - n
