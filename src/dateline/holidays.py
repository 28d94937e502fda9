"""Holidays: the Gregorian days a named feast or civic holiday falls on, in any year.

Truces and deadlines are set by the calendars of the parties: "a ceasefire before Ramadan",
"an Easter truce", "the Orthodox Christmas ceasefire", "by Passover". The time layer finds
the names (``data/time_lexicon.json``, ``holidays``) and asks here for the days each falls
on near the publication date. Rules a holiday can follow:

- ``{"fixed": [12, 25]}``: a Gregorian month and day;
- ``{"easter": -2}``, ``{"orthodox_easter": 0}``: days from Western or Orthodox Easter
  (``dateutil``);
- ``{"weekday_on_or_after": [11, 22, 3]}``: the first given weekday (Monday 0) on or after
  a month and day (Thanksgiving, the US Election Day);
- ``{"hijri": [9, 1], "until": [10, 1]}``: a day of the Umm al-Qura calendar (``hijridate``),
  lasting until the day before ``until``, or for ``days``;
- ``{"hebrew": [1, 15], "days": 8}``: a day of the Hebrew calendar (``pyluach``), months
  counted from Nisan; Adar is the second Adar in a leap year, when Purim falls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["occurrences"]

#: An occurrence: the first and last day of the holiday.
Occurrence = tuple[dt.date, dt.date]


def occurrences(rule: Mapping[str, Any], around: dt.date, years: int = 2) -> list[Occurrence]:
    """The occurrences of the holiday ``rule`` describes, in order, that begin within
    ``years`` years of ``around``."""
    found = sorted(set(_occurrences(rule, around, years)))
    return [(first, last) for first, last in found if abs(first.year - around.year) <= years]


def _occurrences(rule: Mapping[str, Any], around: dt.date, years: int) -> Iterator[Occurrence]:
    length = dt.timedelta(days=int(rule.get("days", 1)) - 1)
    gregorian = range(around.year - years, around.year + years + 1)
    if "fixed" in rule:
        month, day = rule["fixed"]
        yield from ((dt.date(y, month, day), dt.date(y, month, day) + length) for y in gregorian)
    elif "easter" in rule or "orthodox_easter" in rule:
        from dateutil import easter

        method = easter.EASTER_WESTERN if "easter" in rule else easter.EASTER_ORTHODOX
        shift = dt.timedelta(days=int(rule.get("easter", rule.get("orthodox_easter", 0))))
        yield from ((easter.easter(y, method) + shift, easter.easter(y, method) + shift + length) for y in gregorian)
    elif "weekday_on_or_after" in rule:
        month, day, weekday = rule["weekday_on_or_after"]
        for y in gregorian:
            first = dt.date(y, month, day)
            first += dt.timedelta(days=(weekday - first.weekday()) % 7)
            yield first, first + length
    elif "hijri" in rule:
        from hijridate import Hijri

        month, day = rule["hijri"]
        # (a year of about 354 days: one more on each side covers the Gregorian years)
        year = _hijri_year(around)
        for y in range(year - years - 1, year + years + 2):
            try:
                first = Hijri(y, month, day).to_gregorian()
                last = Hijri(y, *rule["until"]).to_gregorian() - dt.timedelta(days=1) if "until" in rule \
                    else first + length
            except (OverflowError, ValueError):
                continue  # (outside the years the Umm al-Qura tables cover)
            yield dt.date(first.year, first.month, first.day), dt.date(last.year, last.month, last.day)
    elif "hebrew" in rule:
        from pyluach import dates, hebrewcal

        month, day = rule["hebrew"]
        for y in range(around.year + 3760 - years, around.year + 3761 + years + 1):
            m = 13 if month == 12 and hebrewcal.Year(y).leap else month
            first = dates.HebrewDate(y, m, day).to_pydate()
            yield first, first + length
    else:
        raise ValueError(f"holiday rule with no calendar: {dict(rule)!r}")


def _hijri_year(day: dt.date) -> int:
    from hijridate import Gregorian

    return int(Gregorian(day.year, day.month, day.day).to_hijri().year)
