#!/usr/bin/python3
"""Expected results of the conformance corpus (issue 16), produced once by independent implementations.

Run it when files are added to content/src/test/resources/conformance/<corpus>/ (Debian bookworm):
    apt-get install python3-feedparser python3-icalendar python3-recurring-ical-events
    /usr/bin/python3 content/src/test/conformance/generate.py
It writes <corpus>/expected.json, which ConformanceCorpusTest compares with Infoskærm's importers, so that
`make test` needs no Python. Reference versions used: see the "generator" key in each expected.json.

The projection (what is compared) is the part of an item a screen shows, and what both sides can say:
- feeds (feedparser): per entry with a non-empty title, in document order: title as plain text (HTML titles
  reduced to their text, whitespace collapsed), link when it is an absolute http(s) URL (else ""), and the date
  (published, else updated, else created) as a UTC instant to the second. Entries without a title are left out on
  both sides: Infoskærm skips them deliberately (a screen cannot show an untitled item).
  Relative links are resolved against the same base on both sides (BASE below).
- calendars (icalendar + recurring-ical-events): every VEVENT occurrence with a SUMMARY in a one-year window that
  starts at the day of the file's earliest VEVENT DTSTART (Europe/Copenhagen; 2026-01-01 when there is none): title, and for all-day events the first day
  and the day after the last, for timed events start and end as UTC instants (an end equal to the start is none).
  Sorted, so order does not count. Floating times are read in Europe/Copenhagen on both sides (Infoskærm's choice,
  RFC 5545 §3.3.5 leaves it to the reader), unless the calendar has an X-WR-TIMEZONE.
A file whose reference fails to read it expects an error; Infoskærm agrees when it refuses it or finds nothing.
"""
import datetime
import html.parser
import json
import os
import re
import sys
import time
import zoneinfo

import feedparser
import icalendar
import recurring_ical_events

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "conformance")
CORPORA = {"feeds": "feed", "calendars": "ical", "recurrence": "ical", "icalnet": "ical"}
BASE = "http://conformance.invalid/"
COPENHAGEN = zoneinfo.ZoneInfo("Europe/Copenhagen")
WINDOW_DAYS = 366
# Occurrences kept per file: enough to compare every series Infoskärm expands in full (it stops at 500); for the
# few files with more, "count" keeps the reference's total, so such a file still differs.
LIMIT = 600


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def collapse(text):
    return re.sub(r"\s+", " ", text or "").strip()


def plain(detail):
    if not detail:
        return ""
    value = detail.get("value", "")
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        parser = _Text()
        parser.feed(value)
        parser.close()
        value = "".join(parser.parts)
    return collapse(value)


def feed(data):
    try:
        parsed = feedparser.parse(data, response_headers={"content-location": BASE})
    except Exception as e:  # feedparser itself failed on the file
        return {"error": repr(e)[:300]}
    if parsed.bozo and not parsed.entries and not parsed.version:
        return {"error": repr(parsed.get("bozo_exception"))}
    entries = []
    for entry in parsed.entries:
        title = plain(entry.get("title_detail"))
        if not title:
            continue
        link = entry.get("link", "") or ""
        when = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
        entries.append({
            "title": title,
            "link": link if re.match(r"^https?://", link) else "",
            "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", when) if when else None,
        })
    return {"items": entries}


def _instant(value, default_zone):
    if value.tzinfo is None:
        value = value.replace(tzinfo=default_zone)
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _first_day(data):
    """The earliest date a VEVENT's DTSTART names, read from the text itself, so that every file gets a window even
    where the reference cannot read it (VTIMEZONE and VALARM start dates do not count)."""
    text = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8", "replace"))
    days, stack = [], []
    for line in text.splitlines():
        upper = line.strip().upper()
        if upper.startswith("BEGIN:"):
            stack.append(upper[6:])
        elif upper.startswith("END:") and stack:
            stack.pop()
        elif stack and stack[-1] == "VEVENT" and upper.startswith("DTSTART"):
            found = re.search(r":\s*(\d{8})", line)
            if found:
                try:
                    days.append(datetime.datetime.strptime(found.group(1), "%Y%m%d").date())
                except ValueError:
                    pass
    return min(days) if days else None


def ical(data):
    first = _first_day(data) or datetime.date(2026, 1, 1)
    frm = datetime.datetime.combine(first, datetime.time(), COPENHAGEN)
    to = frm + datetime.timedelta(days=WINDOW_DAYS)
    window = {"from": frm.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "to": to.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    try:
        calendar = icalendar.Calendar.from_ical(data)
        wr = calendar.get("X-WR-TIMEZONE")
        zone = zoneinfo.ZoneInfo(str(wr)) if wr else COPENHAGEN
        items = []
        for event in recurring_ical_events.of(calendar).between(frm, to):
            title = collapse(str(event.get("SUMMARY", "")))
            if not title:
                continue
            start = event["DTSTART"].dt
            end = event["DTEND"].dt if event.get("DTEND") is not None else None
            if not isinstance(start, datetime.datetime):
                last = end if end is not None and not isinstance(end, datetime.datetime) and end > start \
                    else start + datetime.timedelta(days=1)
                items.append([title, "day", start.isoformat(), last.isoformat()])
            else:
                s = _instant(start, zone)
                e = _instant(end, zone) if isinstance(end, datetime.datetime) else None
                items.append([title, "time", s, None if e == s else e])
        items.sort(key=lambda i: [x or "" for x in i])
        if len(items) > LIMIT:
            return dict(window, count=len(items), items=items[:LIMIT])
        return dict(window, items=items)
    except Exception as e:  # the reference could not read it
        return dict(window, error=repr(e)[:300])


def main():
    versions = {"feedparser": feedparser.__version__, "icalendar": icalendar.__version__,
                "recurring-ical-events": "2.0.1 (Debian bookworm)", "python": sys.version.split()[0]}
    for corpus, kind in CORPORA.items():
        folder = os.path.join(ROOT, corpus)
        expected = {}
        for name in sorted(os.listdir(folder)):
            if name == "expected.json":
                continue
            with open(os.path.join(folder, name), "rb") as f:
                data = f.read()
            expected[name] = feed(data) if kind == "feed" else ical(data)
        with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as f:
            # one line per file, so that a regenerated file shows as one changed line
            f.write('{"generator": %s,\n "files": {\n' % json.dumps(versions, sort_keys=True))
            f.write(",\n".join("  %s: %s" % (json.dumps(name, ensure_ascii=False),
                                              json.dumps(value, ensure_ascii=False, sort_keys=True))
                                for name, value in expected.items()))
            f.write("\n }\n}\n")
        print(corpus, len(expected), "files")


if __name__ == "__main__":
    main()
