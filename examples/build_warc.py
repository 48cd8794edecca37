"""Build examples/sample/crawl.warc.gz: three saved news pages as WARC response records.

The pages below were written for civcas (see examples/README.md). The output is byte-for-byte
reproducible: record ids, dates and gzip headers are fixed. Run from the repository root:

    .venv/bin/python examples/build_warc.py
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "sample" / "crawl.warc.gz"

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}T10:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<header><a href="/">{site}</a><nav><a href="/syria">Syria</a> <a href="/iraq">Iraq</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav></header>
<article>
<h1>{title}</h1>
<p class="date">{published}</p>
{body}
</article>
<footer><p>{site} &middot; Reporting from the Euphrates valley since 2013 &middot; <a href="/privacy">Privacy policy</a></p></footer>
</body>
</html>
"""

PAGES: list[dict[str, str]] = [
    {
        "url": "https://euphrates-post.example.org/news/2017/03/mansoura-school-strike",
        "site": "Euphrates Post",
        "published": "2017-03-22",
        "title": "Dozens of displaced people killed in strike on school near Raqqa",
        "paragraphs": (
            "At least 33 people who had fled fighting elsewhere in Syria were killed when air strikes hit a "
            "school sheltering displaced families in al-Mansoura, a town about 26 km west of Raqqa, the Syrian "
            "Observatory for Human Rights said on Wednesday.",
            "The monitor said the school, in an area held by the Islamic State group, was struck late on "
            "Monday night and blamed the raid on the US-led coalition. Rescuers were still searching the rubble "
            "on Wednesday and only a few of the families living in the building were known to have survived.",
            "Local activists said the families had come from Aleppo, Homs and Palmyra over the past year, and "
            "that about 50 families were living in the school's classrooms.",
            "A coalition spokesman said its aircraft had struck buildings used by IS fighters near al-Mansoura "
            "and that the reports of civilian casualties would be assessed. He said the coalition had "
            "intelligence that the site was being used by the jihadists.",
            "The strike came as the Syrian Democratic Forces closed in on the town of Tabqa and its dam, about "
            "15 km further west, ahead of an assault on Raqqa itself.",
        ),
    },
    {
        "url": "https://raqqa-voices.example.net/2017/06/24/al-heesha-camp",
        "site": "Raqqa Voices",
        "published": "2017-06-24",
        "title": "Heat, dust and long waits at al-Heesha camp",
        "paragraphs": (
            "The camp at al-Heesha, some 25 miles (40km) north of Raqa, has grown from a few hundred tents in "
            "April to more than 2,500 in June, camp staff said this week.",
            "New arrivals from ar-Raqqah city and the villages along the Euphrates arrive every night in trucks "
            "and on foot. Many have spent weeks in IS-held districts, where food prices have risen tenfold since "
            "the Syrian Democratic Forces entered the city on June 6.",
            "A 60-year-old farmer said he had walked with his grandchildren for two nights through fields "
            "planted with mines. \"We left with nothing but our papers,\" he said.",
            "A medical charity running the only clinic in the camp said its two doctors see about 300 patients "
            "a day, mostly children with diarrhoea and skin infections. It said it needs at least four more "
            "doctors and 20 tonnes of medical supplies before the end of the summer.",
            "Local officials say around 30,000 people are now living in camps and informal settlements between "
            "al-Heesha and Ain Issa, and that two new sites are being prepared to take another 8,000.",
        ),
    },
    {
        "url": "https://deirezzor24.example.com/en/2017/05/26/mayadin-strikes",
        "site": "Deir Ezzor 24",
        "published": "2017-05-26",
        "title": "Coalition raids on al-Mayadeen kill dozens, monitor says",
        "paragraphs": (
            "Air strikes by the US-led coalition on al-Mayadeen, an Islamic State-held town on the Euphrates in "
            "eastern Syria, killed at least 35 civilians overnight, the Syrian Observatory for Human Rights "
            "said on Friday.",
            "The monitor said the dead included relatives of IS fighters who had been living in a cluster of "
            "buildings in the town centre, and that dozens of people were wounded.",
            "Al-Mayadeen lies about 45 km south-east of Deir al-Zour city, where Syrian government forces have "
            "been besieged by IS since 2015. Many jihadist commanders are believed to have moved to the town "
            "from Raqqa as US-backed forces closed in on the city.",
            "The coalition did not comment on the report. It says it takes all reports of civilian casualties "
            "seriously and publishes its assessments every month.",
            "Residents say the town's population has swollen to more than 80,000 as families have fled other "
            "parts of Dayr az Zawr province.",
        ),
    },
]


def _record_id(url: str) -> str:
    h = hashlib.sha1(url.encode("utf-8")).hexdigest()
    return f"<urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}>"


def build() -> bytes:
    """The WARC file's bytes (gzip per record, deterministic)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for page in PAGES:
        body = "\n".join(f"<p>{p}</p>" for p in page["paragraphs"])
        html = _PAGE.format(body=body, **{k: v for k, v in page.items() if k != "paragraphs"}).encode("utf-8")
        http_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(html)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            page["url"], "response", payload=io.BytesIO(html), http_headers=http_headers,
            warc_headers_dict={
                "WARC-Record-ID": _record_id(page["url"]),
                "WARC-Date": f"{page['published']}T12:00:00Z",
            },
        )
        writer.write_record(record)
    return buf.getvalue()


def main() -> int:
    data = build()
    OUT.write_bytes(data)
    sys.stdout.write(f"wrote {OUT} ({len(data)} bytes, {len(PAGES)} records)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
