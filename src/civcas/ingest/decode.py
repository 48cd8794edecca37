"""Bytes to text: binary detection, BOMs, UTF-8, UTF-16, mixed encodings, detected charsets.

Order: magic numbers of binary formats -> byte-order marks (UTF-32/UTF-8/UTF-16) -> UTF-16
without BOM (NUL bytes on alternate positions) -> NUL bytes or control bytes = binary -> strict
UTF-8 -> per-line repair when most lines are UTF-8 and a few are not ("mixed encoding") ->
charset-normalizer's best guess -> cp1252 (latin-1 for its five unmapped bytes).
Every fallback carries a warning which the readers turn into a Problem of kind ``encoding``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from civcas.errors import InputError

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) document"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00asm", "a WebAssembly module"),
    (b"wOFF", "a web font"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PAR1", "a Parquet file"),
)
# bytes that are not suspicious in text: printable, high (UTF-8 / legacy) and the usual controls
_TEXT_BYTES = bytes(range(32, 256)) + b"\t\n\r\f\v\x1b"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used and a warning when it was a guess or a repair."""

    text: str
    encoding: str
    warning: str | None = None


def _looks_utf16(head: bytes) -> str | None:
    if len(head) < 4:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = len(head) // 2
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


def binary_kind(data: bytes) -> str | None:
    """What binary thing ``data`` is ("a PNG image", "binary data (NUL bytes)"), or None if text."""
    head = data[:8192]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "a Windows executable"
    if head[4:8] == b"ftyp":
        return "an MP4/MOV media file"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return "a RIFF media file"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
                        codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return None
    if b"\x00" in head:
        return None if _looks_utf16(head) else "binary data (NUL bytes)"
    if head:
        controls = len(head.translate(None, _TEXT_BYTES))
        if controls / len(head) > 0.1:
            return "binary data (control bytes)"
    return None


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _cp1252(data: bytes) -> str:
    """cp1252, with latin-1 for the five bytes cp1252 leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(
            bytes([b]).decode("cp1252", errors="strict") if b not in b"\x81\x8d\x8f\x90\x9d"
            else chr(b) for b in data
        )


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` as text, or raise :class:`InputError` (kind ``binary``)."""
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"not text: looks like {kind}", kind="binary",
                         hint="only text, HTML, JSON, CSV, feeds, WARC and archives are read")
    bom = _bom(data)
    if bom is not None:
        enc, skip = bom
        return Decoded(data[skip:].decode(enc, errors="replace"), enc)
    utf16 = _looks_utf16(data[:8192]) if b"\x00" in data[:8192] else None
    if utf16 is not None:
        return Decoded(data.decode(utf16, errors="replace").replace("\x00", ""), utf16)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    good_non_ascii = 0
    bad: list[int] = []
    for i, line in enumerate(lines):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
        else:
            if not line.isascii():
                good_non_ascii += 1
    if good_non_ascii > 0:
        bad_set = set(bad)
        text = "\n".join(
            _cp1252(line) if i in bad_set else line.decode("utf-8") for i, line in enumerate(lines)
        )
        return Decoded(text, "utf-8", f"mixed encoding, {len(bad)} lines repaired (read as cp1252)")
    guess = _guess(data)
    if guess is not None:
        return Decoded(guess[0], guess[1], f"not UTF-8; decoded as {guess[1]} (detected)")
    return Decoded(_cp1252(data), "cp1252", "not UTF-8; decoded as cp1252 (fallback)")


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or not best.encoding or best.encoding in ("utf_8", "ascii"):
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None
