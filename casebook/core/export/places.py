"""Coordinates of an incident, stated no more precisely than they are known.

"16.841° N, 96.174° E (± 500 m)": the number of decimals follows the recorded precision,
so the printed figures never suggest a precision the record does not have (a digit of the
third decimal of a degree is about 110 m; for ± 500 m a fourth decimal would be noise).
"""

from __future__ import annotations

import math

from .strings import Strings

METRES_PER_DEGREE = 111_320  # one degree of latitude (and of longitude at the equator)
_MAX_DECIMALS = 6  # about 0.1 m: finer than any field measurement
_UNKNOWN_PRECISION_DECIMALS = 4  # about 11 m, as a GPS reading is usually given


def decimals_for(precision_m: float | None) -> int:
    """The fewest decimals of a degree whose last digit (about 111 km / 10^d) is no coarser
    than the precision; 4 when the precision was not recorded."""
    if precision_m is None or not math.isfinite(precision_m) or precision_m <= 0:
        return _UNKNOWN_PRECISION_DECIMALS
    needed = math.ceil(math.log10(METRES_PER_DEGREE / precision_m) - 1e-9)
    return min(max(needed, 0), _MAX_DECIMALS)


def _number(value: float, decimals: int, s: Strings) -> str:
    return f"{value:.{decimals}f}".replace(".", s("decimal_mark"))


def _distance(metres: float, s: Strings) -> str:
    if metres >= 1000:
        km = metres / 1000
        text = f"{km:.0f}" if km >= 10 or km == round(km) else f"{km:.1f}"
        return s("distance_km", value=text.replace(".", s("decimal_mark")))
    return s("distance_m", value=f"{metres:.0f}")


def describe_coordinates(
    latitude: float | None, longitude: float | None, precision_m: float | None, s: Strings
) -> str:
    """The coordinates in words, or "" when the record has none."""
    if latitude is None or longitude is None:
        return ""
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        return ""
    d = decimals_for(precision_m)
    lat = f"{_number(abs(latitude), d, s)}° {s('coord_n') if latitude >= 0 else s('coord_s')}"
    lon = f"{_number(abs(longitude), d, s)}° {s('coord_e') if longitude >= 0 else s('coord_w')}"
    if precision_m is None or not math.isfinite(precision_m) or precision_m <= 0:
        return s("coordinates_no_precision", lat=lat, lon=lon)
    precision = s("coord_precision", distance=_distance(precision_m, s))
    return s("coordinates", lat=lat, lon=lon, precision=precision)
