"""Great-circle helpers: distance, destination point, compass bearings."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088

#: Compass words -> bearing in degrees clockwise from north.
BEARINGS: dict[str, float] = {
    "north": 0.0, "north-northeast": 22.5, "northeast": 45.0, "north-east": 45.0,
    "east-northeast": 67.5, "east": 90.0, "east-southeast": 112.5, "southeast": 135.0,
    "south-east": 135.0, "south-southeast": 157.5, "south": 180.0, "south-southwest": 202.5,
    "southwest": 225.0, "south-west": 225.0, "west-southwest": 247.5, "west": 270.0,
    "west-northwest": 292.5, "northwest": 315.0, "north-west": 315.0, "north-northwest": 337.5,
    "n": 0.0, "ne": 45.0, "e": 90.0, "se": 135.0, "s": 180.0, "sw": 225.0, "w": 270.0,
    "nw": 315.0, "nne": 22.5, "ene": 67.5, "ese": 112.5, "sse": 157.5, "ssw": 202.5,
    "wsw": 247.5, "wnw": 292.5, "nnw": 337.5,
}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def destination(lat: float, lon: float, bearing_deg: float, dist_km: float) -> tuple[float, float]:
    """The point ``dist_km`` away from (lat, lon) along the initial bearing ``bearing_deg``."""
    d = dist_km / EARTH_RADIUS_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    lon2 = (math.degrees(l2) + 540.0) % 360.0 - 180.0
    return math.degrees(p2), lon2


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing in degrees (0..360) from point 1 to point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0
