"""Report periods (a calendar month, an ISO week) in the centre's local time.

Times are stored naive in UTC; a month is the manager's local month, so an evaluation submitted
at 07:00 on 1 November in Shanghai (23:00 UTC on 31 October) belongs to November. ``tz`` is a
``zoneinfo`` name; None means the computer's local zone.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import overload
from zoneinfo import ZoneInfo

from qa_desktop.core.errors import ValidationError


def _zone(tz: str | None) -> dt.tzinfo:
    if tz:
        return ZoneInfo(tz)
    return dt.datetime.now().astimezone().tzinfo or dt.UTC  # astimezone() always sets one


@dataclass(frozen=True)
class ReportPeriod:
    kind: str          # "month" | "week"
    label: str         # 2026-10 | 2026-W46
    first_day: dt.date
    last_day: dt.date  # inclusive
    tz: str | None = None

    # -- parsing -------------------------------------------------------------------------------
    @classmethod
    def month(cls, text: str, tz: str | None = None) -> ReportPeriod:
        match = re.fullmatch(r"(\d{4})-(\d{1,2})", (text or "").strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValidationError(f"{text!r} is not a month; write it as YYYY-MM, e.g. 2026-10.", value=text)
        year, month = int(match.group(1)), int(match.group(2))
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return cls("month", f"{year:04d}-{month:02d}", first, nxt - dt.timedelta(days=1), tz)

    @classmethod
    def week(cls, text: str, tz: str | None = None) -> ReportPeriod:
        match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", (text or "").strip().upper())
        if not match:
            raise ValidationError(f"{text!r} is not an ISO week; write it as YYYY-Www, e.g. 2026-W46.", value=text)
        year, week = int(match.group(1)), int(match.group(2))
        try:
            first = dt.date.fromisocalendar(year, week, 1)
        except ValueError as error:
            raise ValidationError(f"{text!r}: {year} has no week {week}.", value=text) from error
        return cls("week", f"{year:04d}-W{week:02d}", first, first + dt.timedelta(days=6), tz)

    @classmethod
    def containing(cls, kind: str, day: dt.date, tz: str | None = None) -> ReportPeriod:
        if kind == "month":
            return cls.month(f"{day.year}-{day.month}", tz)
        year, week, _ = day.isocalendar()
        return cls.week(f"{year}-W{week}", tz)

    # -- neighbours ----------------------------------------------------------------------------
    def previous(self) -> ReportPeriod:
        return ReportPeriod.containing(self.kind, self.first_day - dt.timedelta(days=1), self.tz)

    def recent(self, count: int) -> list[ReportPeriod]:
        """The ``count`` periods ending with this one, oldest first."""
        periods = [self]
        while len(periods) < count:
            periods.append(periods[-1].previous())
        return periods[::-1]

    # -- UTC bounds for queries ---------------------------------------------------------------
    def local_to_utc(self, day: dt.date) -> dt.datetime:
        local = dt.datetime.combine(day, dt.time(0), tzinfo=_zone(self.tz))
        return local.astimezone(dt.UTC).replace(tzinfo=None)

    @property
    def start_utc(self) -> dt.datetime:
        return self.local_to_utc(self.first_day)

    @property
    def end_utc(self) -> dt.datetime:
        """Exclusive."""
        return self.local_to_utc(self.last_day + dt.timedelta(days=1))

    @overload
    def to_local(self, stamp: dt.datetime) -> dt.datetime: ...

    @overload
    def to_local(self, stamp: None) -> None: ...

    def to_local(self, stamp: dt.datetime | None) -> dt.datetime | None:
        if stamp is None:
            return None
        return stamp.replace(tzinfo=dt.UTC).astimezone(_zone(self.tz)).replace(tzinfo=None)

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1
