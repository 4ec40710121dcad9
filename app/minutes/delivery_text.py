"""How the minutes word a block's deadline and each group's delivery, in bokmål and English."""
from __future__ import annotations

import datetime as dt

from app.minutes.delivery import Delivery
from app.minutes.gathered import Minutes, MinutesBlock
from app.minutes.wording import hhmm, long_date

WORDS = {
    "nb": {
        "overview": "Levering av referater",
        "overview_intro": "Hver gruppes referat: hvem som skrev det, når det ble levert, og om det kom innen fristen.",
        "deadline_line": "Frist {when} · {n} av {total} levert i tide",
        "deadline_line_so_far": "Frist {when} · {n} av {total} levert så langt",
        "delivered_line": "{n} av {total} levert",
        "late": "for sent",
        "on_time": "i tide",
        "state_delivered": "Levert",
        "state_writing": "Utkast, ikke levert",
        "state_empty": "Tomt",
        "state_conflict": "Levert, to versjoner",
        "delivered_at": "Levert",
        "notes": "Notater",
        "presented_by": "Presenterte",
        "opening": "Hovedinntrykk",
        "organiser": "Arrangør",
        "recipients": "Sendes til",
    },
    "en": {
        "overview": "Delivery of the summaries",
        "overview_intro": "Each group's summary: who wrote it, when it was delivered, and whether it came by the deadline.",
        "deadline_line": "Deadline {when} · {n} of {total} delivered on time",
        "deadline_line_so_far": "Deadline {when} · {n} of {total} delivered so far",
        "delivered_line": "{n} of {total} delivered",
        "late": "late",
        "on_time": "on time",
        "state_delivered": "Delivered",
        "state_writing": "Draft, not delivered",
        "state_empty": "Empty",
        "state_conflict": "Delivered, two versions",
        "delivered_at": "Delivered",
        "notes": "Notes",
        "presented_by": "Presented by",
        "opening": "Main impressions",
        "organiser": "Organiser",
        "recipients": "Sent to",
    },
}


def delivery_words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["nb"])


def moment_text(minutes: Minutes, moment: dt.datetime, lang: str) -> str:
    """10.42 on the conference day; "3. mars 2020 kl. 10.42" on another."""
    if moment.date() == minutes.conference.date:
        return hhmm(moment)
    return f"{long_date(moment, lang)} {'at' if lang == 'en' else 'kl.'} {hhmm(moment)}"


def deadline_line(minutes: Minutes, block: MinutesBlock, lang: str) -> str:
    """What happened against the deadline: "Frist 11.30 · 15 av 17 levert i tide"."""
    w = delivery_words(lang)
    total = len(block.groups)
    if block.deadline is not None:
        when = hhmm(block.deadline) if block.deadline.date() == minutes.conference.date else moment_text(minutes, block.deadline, lang)
    elif block.deadline_date is not None:
        when = long_date(block.deadline_date, lang)
    else:
        delivered = sum(1 for d in block.deliveries if d.state in ("delivered", "conflict"))
        return w["delivered_line"].format(n=delivered, total=total)
    on_time = sum(1 for d in block.deliveries if d.on_time)
    due = block.due
    key = "deadline_line_so_far" if due is not None and minutes.generated_at < due else "deadline_line"
    return w[key].format(when=when, n=on_time, total=total)


def state_text(row: Delivery, lang: str) -> str:
    return delivery_words(lang)[f"state_{row.state}"]


def delivered_text(minutes: Minutes, row: Delivery, lang: str) -> str:
    """When it was delivered, and "for sent" when after the deadline; "" when not delivered."""
    if row.delivered_at is None:
        return ""
    text = moment_text(minutes, row.delivered_at, lang)
    return f"{text} ({delivery_words(lang)['late']})" if row.late else text
