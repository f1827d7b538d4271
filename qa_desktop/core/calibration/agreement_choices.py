"""The choices agreement statistics take (levels of measurement, Shrout & Fleiss ICC forms), apart from
the statistics so the command line can offer them without importing NumPy."""

from typing import Literal

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = ("nominal", "ordinal", "interval", "ratio")

ICC_FORMS = {
    "ICC(1,1)": "one-way random effects, absolute agreement, single rater",
    "ICC(2,1)": "two-way random effects, absolute agreement, single rater",
    "ICC(3,1)": "two-way mixed effects, consistency, single rater",
    "ICC(1,k)": "one-way random effects, absolute agreement, mean of k raters",
    "ICC(2,k)": "two-way random effects, absolute agreement, mean of k raters",
    "ICC(3,k)": "two-way mixed effects, consistency, mean of k raters",
}
DEFAULT_ICC_FORM = "ICC(2,1)"
