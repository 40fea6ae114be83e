"""Dates and numbers as the interface's locale writes them (QLocale.setDefault is set by
app.ui.i18n.install: fr-BE, nl-BE, en-GB), never with a hard-coded strftime pattern.

Short dates always show the day on two digits and the year on four (26/11/2026), whatever
the locale's own short form, because case files span decades."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _date_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    if "dd" not in fmt:
        fmt = fmt.replace("d", "dd")
    return fmt


def date_format() -> str:
    """The display format of date fields (QDateEdit), from the locale: dd/MM/yyyy in Belgium."""
    return _date_format(QLocale())


def date_time_format() -> str:
    """The display format of date-and-time fields (QDateTimeEdit): dd/MM/yyyy HH:mm in Belgium."""
    locale = QLocale()
    return f"{_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date | datetime | None, empty: str = "") -> str:
    """A calendar day (26/11/2026 in fr-BE, nl-BE and en-GB)."""
    if day is None:
        return empty
    if isinstance(day, datetime):
        day = day.date()
    locale = QLocale()
    return locale.toString(_qdate(day), _date_format(locale))


def day_month(day: date) -> str:
    """A day without its year, for chart axes (26/11)."""
    locale = QLocale()
    fmt = _date_format(locale)
    for cut in ("/yyyy", ".yyyy", "-yyyy", "yyyy/", "yyyy-", "yyyy."):
        fmt = fmt.replace(cut, "")
    return locale.toString(_qdate(day), fmt)


def local_datetime(utc: datetime) -> datetime:
    """Stored instants are naive UTC; people read their own clock."""
    return utc.replace(tzinfo=UTC).astimezone() if utc.tzinfo is None else utc.astimezone()


def local_text(value: datetime | None, with_time: bool = True) -> str:
    """A stored naive-UTC instant in the user's local time (26/11/2026 14:05)."""
    if value is None:
        return ""
    local = local_datetime(value)
    if not with_time:
        return short_date(local.date())
    locale = QLocale()
    moment = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{_date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")


def number(value: int | float, decimals: int = 0) -> str:
    """A number with the locale's separators (1 234,5 in French)."""
    locale = QLocale()
    return locale.toString(int(value)) if decimals == 0 else locale.toString(float(value), "f", decimals)


def percent(ratio: float) -> str:
    """A ratio as a whole percentage with the locale's digits and sign (0.75 -> 75%)."""
    locale = QLocale()
    return locale.toString(round(ratio * 100)) + locale.percent()
