"""Geocoder benchmark: lookup cost per name, resident memory, default index build time.

    .venv/bin/python bench/geo_bench.py                 # uses (and builds if missing) $CIVCAS_HOME index
    .venv/bin/python bench/geo_bench.py --build         # also times a fresh default build
    .venv/bin/python bench/geo_bench.py --index PATH --rounds 5

Prints figures; asserts nothing. Targets: median lookup < 1 ms, resident memory < 200 MB,
default build < 2 minutes.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

# A realistic mix: well-known names, transliteration variants, relative phrases, hierarchies,
# Arabic script, neighbourhoods and landmarks, common words and made-up unknown villages.
NAMES = [
    "Raqqa", "Raqa", "Rakka", "ar-Raqqah", "الرقة", "Mosul", "al-Mosul", "Mosul al-Jadida",
    "Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr", "Tabqa", "al-Tabqah", "Tabqa dam", "Manbij",
    "Menbij", "al-Heisha", "al-Heesha", "Mishlab", "Meshleb", "Mashlab", "al-Mansoura",
    "Ain Issa", "Ayn Isa", "al-Hol camp", "Baghuz", "Hajin", "Hama", "Homs", "Idlib", "Aleppo",
    "Raqqa governorate", "Kramatorsk", "Kramatorsk railway station", "Bakhmut", "Avdiivka",
    "Mariupol", "Kherson", "Sanaa", "Saada", "Dahyan", "Hodeidah", "Taiz", "Marib",
    "Jabalia camp", "Nuseirat camp", "Beach camp", "Khan Younis", "Khan Yunis", "Rafah",
    "Deir al-Balah", "Bureij", "Maghazi", "Shujaiya", "Zeitoun", "Sheikh Radwan",
    "Tal al-Hawa", "Rimal", "Beit Lahia", "Beit Hanoun", "al-Mawasi", "Nasser hospital",
    "al-Shifa hospital", "al-Ahli hospital", "Gaza", "Gaza Strip", "Syria", "Iraq", "Yemen",
    "40 km north of Raqa", "near Ain Issa", "on the outskirts of Mosul",
    "a village north of Raqqa", "25 miles (45km) north of Mosul",
    "Nuseirat camp, Deir al-Balah, the Gaza Strip", "Houston, Texas", "Springfield",
    "Hope", "China", "Kharbat Zuwayzif al-Qibli", "Tell Umm Qasrawi", "Kafr Nahlat al-Sharqi",
    "Beirut", "Dahiyeh", "Tripoli", "Kabul", "Mogadishu", "Sirte", "Fallujah", "Ramadi",
]


def rss_mb() -> float:
    """Resident set size of this process in MB (current, from /proc; peak as fallback)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--index", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--build", action="store_true", help="time a fresh default build too")
    args = ap.parse_args()

    from civcas.geo import Geocoder, build_index
    from civcas.geo.index import ensure_index

    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            info = build_index(Path(tmp) / "gazetteer.sqlite", user_supplement=Path(tmp) / "none")
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            size = Path(info.path).stat().st_size / 1e6
            print(f"default build: {dt:.1f} s wall, {cpu:.1f} s CPU, {info.places:,} places, "
                  f"{info.names:,} names, {size:.0f} MB on disk")

    base = rss_mb()
    path = ensure_index(args.index)
    gc = Geocoder(index_path=path)
    # cold: first lookup of each distinct name on a fresh geocoder
    cold: list[float] = []
    for name in NAMES:
        t0 = time.perf_counter()
        gc.geocode(name)
        cold.append((time.perf_counter() - t0) * 1000)
    warm: list[float] = []
    rng = random.Random(7)
    for _ in range(args.rounds):
        names = NAMES[:]
        rng.shuffle(names)
        for name in names:
            t0 = time.perf_counter()
            gc.geocode(name)
            warm.append((time.perf_counter() - t0) * 1000)

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(q * len(xs)))]

    resolved = sum(1 for n in NAMES if gc.geocode(n).via != "unresolved")
    print(f"index: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"names: {len(NAMES)} ({resolved} resolved)")
    print(f"lookup, first time: median {statistics.median(cold):.2f} ms, p95 {pct(cold, 0.95):.2f} ms")
    print(f"lookup, repeated:   median {statistics.median(warm):.3f} ms, p95 {pct(warm, 0.95):.3f} ms")
    print(f"resident memory: {rss_mb():.0f} MB (process), {rss_mb() - base:.0f} MB added by the geocoder")


if __name__ == "__main__":
    main()
