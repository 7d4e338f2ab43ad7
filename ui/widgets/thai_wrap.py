"""Break opportunities between Thai words, for labels that wrap.

Qt finds Thai word boundaries through the system's libthai, which Windows lacks: a wrapped
Thai label there breaks mid-word or, with no space in a long message, not at all and is
clipped. The project's segmenter (the one the PDFs use) supplies the boundaries instead.
"""

from __future__ import annotations

ZWSP = "\u200b"


def _thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def breakable(text: str) -> str:
    """``text`` with a zero-width space between Thai words, so wrapping never cuts a word.

    Only boundaries between two Thai letters get one: spaces already break, and ``พ.ย.`` must
    stay whole.
    """
    if not any(_thai(ch) for ch in text):
        return text
    from desktop.documents.thai_text import segment

    out: list[str] = []
    for word in segment(text):
        if out and word and _thai(out[-1][-1]) and _thai(word[0]):
            out.append(ZWSP)
        out.append(word)
    return "".join(out)
