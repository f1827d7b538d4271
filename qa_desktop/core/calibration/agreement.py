"""Inter-rater agreement statistics with honest readings (Qt-free).

Every statistic returns an :class:`AgreementResult`: the value, what it rests on (units,
raters, pairable ratings), a plain-language reading against a *cited* threshold, and — when
the data cannot support it — ``computable=False`` with the reason instead of a number.

- percent agreement (exact and within one scale point), pairwise, not corrected for chance;
- Krippendorff's alpha through the ``krippendorff`` package (nominal/ordinal/interval/ratio);
- intraclass correlation in the six Shrout & Fleiss (1979) forms, computed here from the
  two-way ANOVA mean squares (tested against their published 6×4 example);
- Fleiss' kappa for nominal data rated by the same number of raters per unit.

Ratings come as ``{unit: {rater: value}}``; ``None``, NaN and ``""`` are missing.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, TypeVar

import krippendorff
import numpy as np

from qa_desktop.core import texts
from qa_desktop.core.calibration.agreement_choices import DEFAULT_ICC_FORM, ICC_FORMS, LEVELS, Level  # re-exported
from qa_desktop.core.calibration.readings import Wording, say

ALPHA_SOURCE = ("Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed., "
                "p. 241: rely on data with alpha >= 0.800; draw only tentative conclusions with "
                "0.667 <= alpha < 0.800")
ICC_SOURCE = ("Koo, T. K. & Li, M. Y. (2016). A guideline of selecting and reporting intraclass correlation "
              "coefficients for reliability research. J. Chiropr. Med. 15(2):155-163: < 0.5 poor, "
              "0.5-0.75 moderate, 0.75-0.9 good, > 0.9 excellent")
ICC_FORMS_SOURCE = ("Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater "
                    "reliability. Psychological Bulletin 86(2):420-428")
PERCENT_SOURCE = ("Call-centre calibration practice: raters within one scale point on every item at least "
                  "85% of the time (industry target); percent agreement is not corrected for chance")
KAPPA_SOURCE = ("Landis, J. R. & Koch, G. G. (1977). The measurement of observer agreement for categorical "
                "data. Biometrics 33:159-174: < 0 poor, 0-0.20 slight, 0.21-0.40 fair, 0.41-0.60 moderate, "
                "0.61-0.80 substantial, 0.81-1 almost perfect; industry target kappa >= 0.7")

PERCENT_TARGET = 0.85
BOOTSTRAP_SEED = 20260101  # fixed, so the same data always give the same interval
BOOTSTRAP_SOURCE = ("Zapf, A. et al. (2016). Measuring inter-rater reliability for nominal data - which "
                    "coefficients and confidence intervals are appropriate? BMC Med. Res. Methodol. 16:93: "
                    "Krippendorff's alpha with a bootstrap interval over the units")



@dataclass(frozen=True)
class AgreementResult:
    """One agreement statistic, or the reason it cannot be given."""

    statistic: str             # stable key: percent_exact, percent_within_one, alpha, icc, fleiss_kappa
    label: str                 # what to show, e.g. "Krippendorff's alpha (ordinal)"
    computable: bool
    value: float | None
    n_units: int               # units that entered the computation
    n_raters: int
    n_pairable: int            # ratings in units rated by at least two raters (ICC: complete-case ratings)
    band: str | None = None    # poor | moderate | good | excellent
    reading: str = ""          # plain-language reading, or why it is not computable
    threshold_source: str = ""
    reason: str | None = None  # set when not computable
    details: dict[str, Any] = field(default_factory=dict)
    # the reading as parts of the catalogue (core/texts/agreement.py), to say it in another language
    wording: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "statistic": self.statistic, "label": self.label, "computable": self.computable,
            "value": None if self.value is None else round(float(self.value), 6),
            "n_units": self.n_units, "n_raters": self.n_raters, "n_pairable": self.n_pairable,
            "band": self.band, "reading": self.reading, "threshold_source": self.threshold_source,
            "reason": self.reason, "details": self.details,
            "wording": [[key, dict(values)] for key, values in self.wording],
        }


class _Basis(TypedDict):
    """What a statistic rests on, said alike whether it could be computed or not."""

    n_units: int
    n_raters: int
    n_pairable: int
    source: str


def _not_computable(statistic: str, label: str, why: str, values: dict[str, Any] | None = None, *,
                    n_units: int = 0, n_raters: int = 0, n_pairable: int = 0, source: str = "",
                    **details: Any) -> AgreementResult:
    reason: Wording = [(f"reason.{why}", values or {})]
    wording: Wording = [("reading.not_computable", {}), *reason]
    return AgreementResult(statistic, label, False, None, n_units, n_raters, n_pairable, None,
                           say(wording), source, say(reason), details, wording)


# ----------------------------------------------------------------------------------------------
# Ratings


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, float):
        return math.isnan(value)
    return False


_Unit = TypeVar("_Unit", bound=Hashable)
_Rater = TypeVar("_Rater", bound=Hashable)


@dataclass
class RatingTable:
    """Units × raters, ``None`` where a rater did not rate a unit."""

    units: list[Hashable]
    raters: list[Hashable]
    cells: list[list[Any]]  # cells[unit_index][rater_index]

    @classmethod
    def from_mapping(cls, data: Mapping[_Unit, Mapping[_Rater, Any]]) -> RatingTable:
        seen: list[_Rater] = []
        for by_rater in data.values():
            for rater in by_rater:
                if rater not in seen:
                    seen.append(rater)
        cells = [[None if is_missing(by_rater.get(r)) else by_rater.get(r) for r in seen] for by_rater in data.values()]
        units: list[Hashable] = list(data)
        raters: list[Hashable] = list(seen)
        return cls(units, raters, cells)

    @classmethod
    def from_long(cls, rows: Iterable[tuple[Hashable, Hashable, Any]]) -> RatingTable:
        data: dict[Hashable, dict[Hashable, Any]] = {}
        for unit, rater, value in rows:
            data.setdefault(unit, {})[rater] = value
        return cls.from_mapping(data)

    @classmethod
    def coerce(cls, data: RatingTable | Mapping) -> RatingTable:
        return data if isinstance(data, RatingTable) else cls.from_mapping(data)

    def present(self, unit_index: int) -> list[Any]:
        return [v for v in self.cells[unit_index] if v is not None]

    @property
    def n_ratings(self) -> int:
        return sum(len(self.present(i)) for i in range(len(self.units)))

    def active_raters(self) -> list[Hashable]:
        return [r for j, r in enumerate(self.raters) if any(row[j] is not None for row in self.cells)]

    def pairable_units(self) -> list[int]:
        return [i for i in range(len(self.units)) if len(self.present(i)) >= 2]


def _as_number(value: Any) -> float | None:
    """The rating as a finite number, or None ("nan", "inf" and words are not numbers)."""
    if isinstance(value, (bool, int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip())
        except (TypeError, ValueError):
            return None
    return number if math.isfinite(number) else None


def _numeric_cells(table: RatingTable) -> tuple[list[list[float | None]], list[Any]]:
    """Cells as floats; also the values that are not numbers (for the error message)."""
    bad: list[Any] = []
    rows = []
    for row in table.cells:
        out: list[float | None] = []
        for value in row:
            if value is None:
                out.append(None)
                continue
            number = _as_number(value)
            if number is None:
                bad.append(value)
            out.append(number)
        rows.append(out)
    return rows, bad


def _comparable(value: Any) -> Any:
    """A number when the rating reads as one ("3", 3 and 3.0 are the same rating), else the text."""
    number = _as_number(value)
    return number if number is not None else str(value)


# ----------------------------------------------------------------------------------------------
# Percent agreement


def percent_agreement(data: RatingTable | Mapping, *, within: float = 0) -> AgreementResult:
    """Share of rater pairs, over all units, that gave the same value (or within ``within`` points).

    Pairwise, so a unit rated by four raters contributes six comparisons; the share of units
    where every rater agreed is given in ``details``.
    """
    table = RatingTable.coerce(data)
    statistic = "percent_exact" if within == 0 else "percent_within_one" if within == 1 else "percent_within"
    label = "Percent agreement (exact)" if within == 0 else (
        "Percent agreement (within one scale point)" if within == 1
                                                             else f"Percent agreement (within {within:g} points)")
    pairable = table.pairable_units()
    n_raters = len(table.active_raters())
    n_pairable = sum(len(table.present(i)) for i in pairable)
    if n_raters < 2:
        return _not_computable(statistic, label, "two_raters", {"n": n_raters},
                               n_units=len(pairable), n_raters=n_raters, source=PERCENT_SOURCE, within=within)
    if not pairable:
        return _not_computable(statistic, label, "no_pairable", n_raters=n_raters, source=PERCENT_SOURCE,
                               within=within)
    if within:
        numeric, bad = _numeric_cells(table)
        if bad:
            return _not_computable(statistic, label, "within_numeric", {"within": within, "found": repr(bad[0])},
                                   n_units=len(pairable), n_raters=n_raters, n_pairable=n_pairable,
                                   source=PERCENT_SOURCE, within=within)
    agree = pairs = units_all_agree = 0
    for i in pairable:
        values = [_comparable(v) for v in table.present(i)]
        unit_agrees = True
        for a, b in itertools.combinations(values, 2):
            ok = a == b if not within else abs(a - b) <= within + 1e-9
            pairs += 1
            agree += ok
            unit_agrees &= ok
        units_all_agree += unit_agrees
    value = agree / pairs
    band = "good" if value >= PERCENT_TARGET else "poor"
    wording: Wording = [("reading.percent_meets" if band == "good" else "reading.percent_below",
                         {"share": value, "agree": agree, "pairs": pairs, "target": PERCENT_TARGET})]
    return AgreementResult(statistic, label, True, value, len(pairable), n_raters, n_pairable, band, say(wording),
                           PERCENT_SOURCE, None,
                           {"pairs": pairs, "agreeing_pairs": agree, "units_all_agree": units_all_agree,
                            "share_units_all_agree": round(units_all_agree / len(pairable), 6),
                            "within": within}, wording)


# ----------------------------------------------------------------------------------------------
# Krippendorff's alpha


def alpha_band(value: float) -> tuple[str, str]:
    """(band, what it means in English) of an alpha (Krippendorff 2004)."""
    band = "good" if value >= 0.8 else "moderate" if value >= 0.667 else "poor"
    return band, texts.text(f"agreement.words.alpha_{band}", "en")


def _level(level: str) -> Level:
    for known in LEVELS:
        if level == known:
            return known
    raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")


def krippendorff_alpha(data: RatingTable | Mapping, level: str = "nominal", *,
                       value_order: Sequence[Any] | None = None, bootstrap: int = 0,
                       seed: int = BOOTSTRAP_SEED) -> AgreementResult:
    """Krippendorff's alpha at the given level of measurement, missing ratings allowed.

    ``value_order`` orders non-numeric categories for the ordinal level (e.g. a scale's labels).
    ``bootstrap`` > 0 adds a 95% percentile interval from that many resamples of the units
    (Zapf et al. 2016), and the share of resamples below 0.667, to ``details`` and the reading.
    """
    measured = _level(level)
    table = RatingTable.coerce(data)
    label = f"Krippendorff's alpha ({level})"
    pairable = table.pairable_units()
    n_raters = len(table.active_raters())
    n_pairable = sum(len(table.present(i)) for i in pairable)
    common = _Basis(n_units=len(pairable), n_raters=n_raters, n_pairable=n_pairable, source=ALPHA_SOURCE)

    def refuse(why: str, values: dict[str, Any] | None = None, **details: Any) -> AgreementResult:
        return _not_computable("alpha", label, why, values, **common, level=level, **details)

    if n_raters < 2:
        return refuse("two_raters", {"n": n_raters})
    if len(pairable) < 2:
        missing = len(table.units) * len(table.raters) - table.n_ratings
        return refuse("two_units_missing" if missing else "two_units",
                      {"n": len(pairable), "missing": missing} if missing else {"n": len(pairable)})

    # Only values in pairable units enter alpha; map them to numbers the package accepts.
    if level == "nominal":
        codes: dict[Any, int] = {}

        def encode(v):
            number = _as_number(v)
            key = ("n", number) if number is not None else ("s", str(v))
            return codes.setdefault(key, len(codes))
    elif level == "ordinal" and value_order is not None:
        order = {str(v): i for i, v in enumerate(value_order)}

        def encode(v):
            if str(v) not in order:
                raise _Unorderable(v)
            return order[str(v)]
    else:
        def encode(v):
            number = _as_number(v)
            if number is None:
                raise _Unorderable(v)
            return number

    matrix = np.full((len(table.raters), len(pairable)), np.nan)
    try:
        for col, i in enumerate(pairable):
            for j, value in enumerate(table.cells[i]):
                if value is not None:
                    matrix[j, col] = encode(value)
    except _Unorderable as error:
        if level == "ordinal":
            return refuse("level_ordered", {"found": repr(error.value)})
        return refuse("level_numeric", {"level_text": f"level.{level}", "found": repr(error.value)})
    distinct = np.unique(matrix[~np.isnan(matrix)])
    if len(distinct) < 2:
        return refuse("identical_alpha", value_seen=_plain(table.present(pairable[0])[0]))
    if level == "ratio" and distinct.min() < 0:
        return refuse("ratio_negative")
    value = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement=measured))
    if not math.isfinite(value):
        return refuse("no_expected_disagreement")
    band = alpha_band(value)[0]
    wording: Wording = [("reading.alpha", {"value": value, "words_text": f"words.alpha_{band}"})]
    details: dict[str, Any] = {"level": level, "values": len(distinct)}
    if bootstrap > 0:
        interval = _bootstrap_alpha(matrix, measured, bootstrap, seed)
        details["bootstrap"] = interval
        if interval["ci95"] is not None:
            low, high = interval["ci95"]
            wording.append(("reading.bootstrap", {"low": low, "high": high, "share": interval["share_below_0_667"],
                                                  "resamples": interval["resamples"]}))
    if len(pairable) < 5:
        wording.append(("reading.few_units", {"n": len(pairable)}))
    wording.append(("reading.end", {}))
    return AgreementResult("alpha", label, True, value, len(pairable), n_raters, n_pairable, band, say(wording),
                           ALPHA_SOURCE + (f"; interval: {BOOTSTRAP_SOURCE}" if bootstrap > 0 else ""), None,
                           details, wording)


def interval_alpha(matrix: np.ndarray) -> float:
    """Alpha at the interval level from variances (raters × units, NaN = missing).

    Equal to the package's result (tested), but without its values × values matrices, which
    make it slow on continuous totals; used for the many resamples of the bootstrap.
    D_o = (1/n) sum_u 2 m_u SS_u / (m_u - 1) and D_e = 2 SS / (n - 1) over the pairable values.
    """
    counts = (~np.isnan(matrix)).sum(axis=0)
    keep = counts >= 2
    matrix, counts = matrix[:, keep], counts[keep]
    n = counts.sum()
    if n < 2:
        return math.nan
    unit_means = np.nanmean(matrix, axis=0)
    within = np.nansum((matrix - unit_means) ** 2, axis=0)
    values = matrix[~np.isnan(matrix)]
    total = ((values - values.mean()) ** 2).sum()
    if total <= 0:
        return math.nan
    observed = (2 * counts * within / (counts - 1)).sum() / n
    expected = 2 * total / (n - 1)
    return float(1 - observed / expected)


def _bootstrap_alpha(matrix: np.ndarray, level: Level, resamples: int, seed: int) -> dict[str, Any]:
    """Percentile interval of alpha over resamples of the units (columns), with replacement."""
    rng = np.random.default_rng(seed)
    n_units = matrix.shape[1]
    values = []
    undefined = 0
    for _ in range(resamples):
        sample = matrix[:, rng.integers(0, n_units, n_units)]
        present = sample[~np.isnan(sample)]
        if len(np.unique(present)) < 2:
            undefined += 1  # every rating in the resample identical: alpha undefined there
            continue
        result = (interval_alpha(sample) if level == "interval"
                  else float(krippendorff.alpha(reliability_data=sample, level_of_measurement=level)))
        if math.isfinite(result):
            values.append(result)
        else:
            undefined += 1
    out: dict[str, Any] = {"resamples": resamples, "seed": seed, "undefined": undefined, "ci95": None,
                           "share_below_0_667": None}
    # Too many resamples without a value would bias the interval upwards: give none.
    if values and undefined <= 0.05 * resamples:
        low, high = np.percentile(values, [2.5, 97.5])
        out["ci95"] = [round(float(low), 6), round(float(high), 6)]
        out["share_below_0_667"] = round(sum(v < 0.667 for v in values) / len(values), 4)
    return out


class _Unorderable(Exception):
    def __init__(self, value):
        super().__init__(value)
        self.value = value


def _plain(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


# ----------------------------------------------------------------------------------------------
# Intraclass correlation (Shrout & Fleiss 1979)


def icc_band(value: float) -> tuple[str, str]:
    """(band, what it means in English) of an ICC (Koo & Li 2016)."""
    band = "excellent" if value > 0.9 else "good" if value > 0.75 else "moderate" if value >= 0.5 else "poor"
    return band, texts.text(f"agreement.words.icc_{band}", "en")


def icc_mean_squares(matrix: np.ndarray) -> dict[str, float]:
    """Two-way ANOVA mean squares of an n targets × k judges matrix without missing cells."""
    n, k = matrix.shape
    grand = matrix.mean()
    ss_total = ((matrix - grand) ** 2).sum()
    ss_rows = k * ((matrix.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((matrix.mean(axis=0) - grand) ** 2).sum()
    ss_error = ss_total - ss_rows - ss_cols
    return {
        "BMS": float(ss_rows / (n - 1)),                     # between targets
        "WMS": float((ss_total - ss_rows) / (n * (k - 1))),  # within targets
        "JMS": float(ss_cols / (k - 1)),                     # between judges
        "EMS": float(ss_error / ((n - 1) * (k - 1))),        # residual
    }


def icc_forms(matrix: np.ndarray) -> dict[str, float | None]:
    """All six Shrout & Fleiss forms (None where the estimate has no valid value)."""
    n, k = matrix.shape
    ms = icc_mean_squares(matrix)
    bms, wms, jms, ems = ms["BMS"], ms["WMS"], ms["JMS"], ms["EMS"]

    def ratio(num, den):
        # A zero or negative denominator (the units differ less than the raters disagree) gives
        # no valid estimate: values beyond 1 or dividing by nothing would be misleading.
        return None if den <= 1e-12 else num / den

    return {
        "ICC(1,1)": ratio(bms - wms, bms + (k - 1) * wms),
        "ICC(2,1)": ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        "ICC(3,1)": ratio(bms - ems, bms + (k - 1) * ems),
        "ICC(1,k)": ratio(bms - wms, bms),
        "ICC(2,k)": ratio(bms - ems, bms + (jms - ems) / n),
        "ICC(3,k)": ratio(bms - ems, bms),
    }


def icc_confidence_intervals(matrix: np.ndarray, forms: dict[str, float | None],
                             level: float = 0.95) -> dict[str, tuple[float, float] | None]:
    """Confidence intervals of the six forms (Shrout & Fleiss 1979; McGraw & Wong 1996), with the
    Satterthwaite degrees of freedom for the two-way random forms."""
    n, k = matrix.shape
    ms = icc_mean_squares(matrix)
    bms, wms, jms, ems = ms["BMS"], ms["WMS"], ms["JMS"], ms["EMS"]
    q = 1 - (1 - level) / 2
    out: dict[str, tuple[float, float] | None] = {name: None for name in ICC_FORMS}
    try:
        _icc_intervals(out, n, k, bms, wms, jms, ems, q, forms.get("ICC(2,1)"))
    except (ZeroDivisionError, OverflowError, ValueError):
        pass  # degenerate data: the forms left without an interval say so by None
    return {name: _clean_interval(ci) if forms.get(name) is not None else None for name, ci in out.items()}


def _icc_intervals(out: dict, n: int, k: int, bms: float, wms: float, jms: float, ems: float, q: float,
                   rho: float | None) -> None:
    from scipy.stats import f as f_distribution

    def f_quantile(p: float, df1: float, df2: float) -> float:
        return float(f_distribution.ppf(p, df1, df2))

    def average(ci):
        return tuple(x * k / (1 + x * (k - 1)) for x in ci)

    if wms > 0:
        f1 = bms / wms
        low, high = f1 / f_quantile(q, n - 1, n * (k - 1)), f1 * f_quantile(q, n * (k - 1), n - 1)
        out["ICC(1,1)"] = ((low - 1) / (low + k - 1), (high - 1) / (high + k - 1))
        out["ICC(1,k)"] = (1 - 1 / low, 1 - 1 / high) if low > 0 and high > 0 else None
    if ems > 0:
        f3 = bms / ems
        low, high = f3 / f_quantile(q, n - 1, (n - 1) * (k - 1)), f3 * f_quantile(q, (n - 1) * (k - 1), n - 1)
        out["ICC(3,1)"] = ((low - 1) / (low + k - 1), (high - 1) / (high + k - 1))
        out["ICC(3,k)"] = (1 - 1 / low, 1 - 1 / high) if low > 0 and high > 0 else None
        if rho is not None:
            fj = jms / ems
            a = k * rho / (n * (1 - rho)) if rho < 1 else math.inf
            b = 1 + k * rho * (n - 1) / (n * (1 - rho)) if rho < 1 else math.inf
            if math.isfinite(a) and math.isfinite(b):
                v = (a * fj + b) ** 2 / ((a * fj) ** 2 / (k - 1) + b ** 2 / ((n - 1) * (k - 1)))
                upper_f, lower_f = f_quantile(q, n - 1, v), f_quantile(q, v, n - 1)
                low = n * (bms - upper_f * ems) / (upper_f * (k * jms + (k * n - k - n) * ems) + n * bms)
                high = n * (lower_f * bms - ems) / (k * jms + (k * n - k - n) * ems + n * lower_f * bms)
                out["ICC(2,1)"] = (low, high)
                out["ICC(2,k)"] = average((low, high))


def _clean_interval(ci) -> tuple[float, float] | None:
    if ci is None or not all(isinstance(x, float) and math.isfinite(x) for x in ci) or ci[0] > ci[1]:
        return None
    return max(-1.0, ci[0]), min(1.0, ci[1])


def icc(data: RatingTable | Mapping, form: str = DEFAULT_ICC_FORM) -> AgreementResult:
    """Intraclass correlation of numeric ratings (e.g. evaluation totals) in one Shrout & Fleiss form.

    Units missing any rater's rating are dropped (complete cases); how many is said in the result.
    The other five forms are given in ``details['forms']`` for a reviewer who prefers another model.
    """
    if form not in ICC_FORMS:
        raise ValueError(f"form must be one of {', '.join(ICC_FORMS)}, not {form!r}")
    table = RatingTable.coerce(data)
    label = f"{form}: {ICC_FORMS[form]}"
    source = f"{ICC_FORMS_SOURCE}; reading: {ICC_SOURCE}"
    raters = table.active_raters()
    rater_index = [table.raters.index(r) for r in raters]
    numeric, bad = _numeric_cells(table)
    if bad:
        return _not_computable("icc", label, "icc_numeric", {"found": repr(bad[0])},
                               n_raters=len(raters), source=source, form=form)
    complete = [i for i in range(len(table.units)) if all(numeric[i][j] is not None for j in rater_index)]
    rated = [i for i in range(len(table.units)) if any(numeric[i][j] is not None for j in rater_index)]
    dropped = len(rated) - len(complete)
    details: dict[str, Any] = {"form": form, "form_description": ICC_FORMS[form],
                               "units_dropped_incomplete": dropped}
    common = _Basis(n_units=len(complete), n_raters=len(raters), n_pairable=len(complete) * len(raters),
                    source=source)
    if len(raters) < 2:
        return _not_computable("icc", label, "two_raters", {"n": len(raters)}, **common, **details)
    if len(complete) < 2:
        return _not_computable("icc", label, "complete_units_dropped" if dropped else "complete_units",
                               {"n": len(complete), "dropped": dropped} if dropped else {"n": len(complete)},
                               **common, **details)
    matrix = np.array([[numeric[i][j] for j in rater_index] for i in complete], dtype=float)
    if np.ptp(matrix) == 0:
        return _not_computable("icc", label, "identical_icc", **common, **details)
    forms = icc_forms(matrix)
    value = forms[form]
    details["forms"] = {name: (None if v is None else round(float(v), 6)) for name, v in forms.items()}
    details["mean_squares"] = {name: round(float(v), 6) for name, v in icc_mean_squares(matrix).items()}
    if value is None:
        return _not_computable("icc", label, "icc_no_value", **common, **details)
    intervals = icc_confidence_intervals(matrix, forms)
    details["ci95"] = {name: (None if ci is None else [round(ci[0], 6), round(ci[1], 6)])
                       for name, ci in intervals.items()}
    band = icc_band(value)[0]
    wording: Wording = [("reading.icc", {"form": form, "value": value, "words_text": f"words.icc_{band}"})]
    ci = intervals.get(form)
    if ci is not None:
        low_band, high_band = icc_band(ci[0])[0], icc_band(ci[1])[0]
        wording.append(("reading.icc_ci_span", {"low": ci[0], "high": ci[1], "low_band": low_band,
                                                "high_band": high_band}) if low_band != high_band
                       else ("reading.icc_ci_within", {"low": ci[0], "high": ci[1], "band": low_band}))
    if dropped:
        wording.append(("reading.icc_dropped", {"dropped": dropped}))
    if len(complete) < 5:
        wording.append(("reading.few_units", {"n": len(complete)}))
    wording.append(("reading.end", {}))
    return AgreementResult("icc", label, True, value, len(complete), len(raters), len(complete) * len(raters),
                           band, say(wording), source, None, details, wording)


# ----------------------------------------------------------------------------------------------
# Fleiss' kappa


def _kappa_level(value: float) -> tuple[str, str]:
    """(band, Landis & Koch's word for it): their six steps, in our four bands."""
    if value > 0.80:
        return "excellent", "almost_perfect"
    if value > 0.60:
        return "good", "substantial"
    if value > 0.40:
        return "moderate", "moderate"
    return "poor", "fair" if value > 0.20 else "slight" if value >= 0 else "below_chance"


def kappa_band(value: float) -> tuple[str, str]:
    """(band, what it means in English) of a kappa (Landis & Koch 1977)."""
    band, words = _kappa_level(value)
    return band, texts.text(f"agreement.words.kappa_{words}", "en")


def fleiss_kappa_from_counts(counts: np.ndarray) -> float | None:
    """Fleiss (1971) kappa from a units × categories table of how many raters chose each category."""
    counts = np.asarray(counts, dtype=float)
    raters = counts.sum(axis=1)
    m = raters[0]
    p_j = counts.sum(axis=0) / counts.sum()
    p_i = ((counts ** 2).sum(axis=1) - m) / (m * (m - 1))
    p_e = (p_j ** 2).sum()
    if abs(1 - p_e) < 1e-12:
        return None
    return float((p_i.mean() - p_e) / (1 - p_e))


def fleiss_kappa(data: RatingTable | Mapping) -> AgreementResult:
    """Fleiss' kappa for nominal ratings; uses the units rated by the largest common number of raters."""
    table = RatingTable.coerce(data)
    label = "Fleiss' kappa"
    raters = table.active_raters()
    pairable = table.pairable_units()
    if len(raters) < 2:
        return _not_computable("fleiss_kappa", label, "two_raters", {"n": len(raters)},
                               n_raters=len(raters), source=KAPPA_SOURCE)
    sizes = [len(table.present(i)) for i in pairable]
    if not sizes:
        return _not_computable("fleiss_kappa", label, "no_pairable", n_raters=len(raters), source=KAPPA_SOURCE)
    m = max(sizes)
    units = [i for i in pairable if len(table.present(i)) == m]
    dropped = len(pairable) - len(units)
    categories: dict[Any, int] = {}
    for i in units:
        for v in table.present(i):
            key = _as_number(v) if _as_number(v) is not None else str(v)
            categories.setdefault(key, len(categories))
    common = _Basis(n_units=len(units), n_raters=m, n_pairable=len(units) * m, source=KAPPA_SOURCE)
    if len(units) < 2:
        return _not_computable("fleiss_kappa", label, "kappa_units", {"m": m, "n": len(units)},
                               **common, units_dropped_fewer_raters=dropped)
    if len(categories) < 2:
        return _not_computable("fleiss_kappa", label, "identical_kappa", **common, units_dropped_fewer_raters=dropped)
    counts = np.zeros((len(units), len(categories)))
    for row, i in enumerate(units):
        for v in table.present(i):
            key = _as_number(v) if _as_number(v) is not None else str(v)
            counts[row, categories[key]] += 1
    value = fleiss_kappa_from_counts(counts)
    if value is None:
        return _not_computable("fleiss_kappa", label, "kappa_expected", **common,
                               units_dropped_fewer_raters=dropped)
    band, words = _kappa_level(value)
    wording: Wording = [("reading.kappa", {"value": value, "words_text": f"words.kappa_{words}"}),
                        ("reading.kappa_meets" if value >= 0.7 else "reading.kappa_below", {})]
    if dropped:
        wording.append(("reading.kappa_dropped", {"dropped": dropped}))
    wording.append(("reading.end", {}))
    return AgreementResult("fleiss_kappa", label, True, value, len(units), m, len(units) * m, band,
                           say(wording), KAPPA_SOURCE, None, {"units_dropped_fewer_raters": dropped}, wording)


# ----------------------------------------------------------------------------------------------


def all_statistics(data: RatingTable | Mapping, level: str = "interval", *, icc_form: str = DEFAULT_ICC_FORM,
                   value_order: Sequence[Any] | None = None, bootstrap: int = 0) -> list[AgreementResult]:
    """Every statistic that makes sense at this level, in the order a report shows them."""
    table = RatingTable.coerce(data)
    results = [percent_agreement(table)]
    if level != "nominal":
        results.append(percent_agreement(table, within=1))
    results.append(krippendorff_alpha(table, level, value_order=value_order, bootstrap=bootstrap))
    if level == "nominal":
        results.append(fleiss_kappa(table))
    if level in ("interval", "ratio"):
        results.append(icc(table, icc_form))
    return results
