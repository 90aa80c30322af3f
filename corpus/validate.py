#!/usr/bin/env python3
"""Check the corpus: every gold record is well formed and agrees with its page.

usage: python3 corpus/validate.py [CORPUS_DIR]   (default: the folder holding this script)

Checks, per record gold/<id>.json and its page pages/<id>.txt|.html:
- the record has the fields of ../shared/eval/GUIDELINES.md, its id is the file name;
- a .txt page holds exactly the record's text (plus a final newline); an .html page holds
  every paragraph of the text as one <p> element and carries the record's published date
  (article:published_time, JSON-LD datePublished, <time datetime> or the URL path);
- every company (or one of its aliases) occurs in the text; deals name known companies,
  GPU models, sites and amounts; values have the right types and date formats.
Prints one line per problem and exits 1 if there is any. Standard library only.
"""
import html.parser
import json
import os
import re
import sys

KINDS = {"capacity_contract", "purchase", "investment", "lease", "financing", "acquisition", "partnership"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^[a-z]{2}-[a-z0-9-]+$")


class Paragraphs(html.parser.HTMLParser):
    """Collects the text of <p> elements and the page's date carriers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.dates, self._p, self._ld, self.canonical = [], [], None, None, ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "p":
            self._p = []
        elif tag == "meta" and a.get("property") == "article:published_time":
            self.dates.append(a.get("content", "")[:10])
        elif tag == "time" and a.get("datetime"):
            self.dates.append(a["datetime"][:10])
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._ld = []

    def handle_endtag(self, tag):
        if tag == "p" and self._p is not None:
            self.paras.append("".join(self._p))
            self._p = None
        elif tag == "script" and self._ld is not None:
            published = json.loads("".join(self._ld)).get("datePublished", "")
            self.dates.append(published[:10])
            self._ld = None

    def handle_data(self, data):
        if self._p is not None:
            self._p.append(data)
        if self._ld is not None:
            self._ld.append(data)


def read_html(path):
    raw = open(path, "rb").read()
    m = re.search(rb'<meta charset="([^"]+)"', raw)
    return raw.decode(m.group(1).decode() if m else "utf-8")


def check(corpus):
    problems = []
    gold_dir, pages_dir = os.path.join(corpus, "gold"), os.path.join(corpus, "pages")
    pages = {os.path.splitext(f)[0]: f for f in os.listdir(pages_dir)}
    golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    for missing in sorted(set(pages) - {g[:-5] for g in golds}):
        problems.append(f"pages/{pages[missing]}: no gold record")
    for fn in golds:
        where = f"gold/{fn}"
        try:
            rec = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        except json.JSONDecodeError as e:
            problems.append(f"{where}: invalid JSON: {e}")
            continue
        problems += [f"{where}: {p}" for p in check_record(rec, fn[:-5], pages, pages_dir)]
    return problems, len(golds)


def check_record(rec, stem, pages, pages_dir):
    out = []
    for k in ("id", "lang", "url", "title", "published", "text", "gold"):
        if k not in rec:
            out.append(f"missing field {k}")
    if out:
        return out
    if rec["id"] != stem or not ID_RE.match(stem):
        out.append(f"id {rec['id']!r} does not match file name {stem!r} or [a-z0-9-]")
    if not re.match(r"^[a-z]{2}$", rec["lang"]) or not stem.startswith(rec["lang"] + "-"):
        out.append(f"lang {rec['lang']!r} is not the id's prefix")
    if rec["published"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", rec["published"]):
        out.append(f"published {rec['published']!r} is not an ISO date")
    text = rec["text"]
    page = pages.get(stem)
    if page is None:
        out.append("no page")
    elif page.endswith(".txt"):
        body = open(os.path.join(pages_dir, page), encoding="utf-8").read()
        if body != text + "\n":
            out.append("text differs from the .txt page")
        if rec["published"] is not None or rec["url"] is not None:
            out.append("a .txt page carries no date or URL: published and url must be null")
    else:
        parser = Paragraphs()
        parser.feed(read_html(os.path.join(pages_dir, page)))
        for para in text.split("\n\n"):
            if para not in parser.paras:
                out.append(f"paragraph not found as a <p> in the page: {para[:60]!r}")
        url_date = re.search(r"/(\d{4})/(\d{2})/(\d{2})/", parser.canonical)
        dates = parser.dates + (["-".join(url_date.groups())] if url_date else [])
        if rec["published"] not in dates:
            out.append(f"published {rec['published']} not carried by the page (found {dates})")
        if rec["url"] != parser.canonical:
            out.append(f"url {rec['url']} differs from the page's canonical {parser.canonical}")
    out += check_gold(rec["gold"], text)
    return out


def check_gold(g, text):
    out = []
    for k in ("companies", "gpu_models", "amounts", "sites", "dates"):
        if set(g.get(k, {})) != {"required", "optional"}:
            out.append(f"{k}: want exactly required and optional")
            return out
        for which in ("required", "optional"):
            items = g[k][which]
            keys = [json.dumps(x, sort_keys=True) for x in items]
            if len(keys) != len(set(keys)):
                out.append(f"{k}.{which}: duplicates")
    aliases = g.get("aliases", {})
    companies = g["companies"]["required"] + g["companies"]["optional"]
    for c in companies:
        if c not in text and not any(a in text for a in aliases.get(c, [])):
            out.append(f"company {c!r} (or an alias) not in the text")
    out += [f"aliases for unknown company {c!r}" for c in aliases if c not in companies]
    for a in g["amounts"]["required"] + g["amounts"]["optional"]:
        if not isinstance(a.get("value"), (int, float)) or not re.match(r"^[A-Z]{3}$", a.get("currency", "")):
            out.append(f"bad amount {a}")
    for d in g["dates"]["required"] + g["dates"]["optional"]:
        if not DATE_RE.match(d):
            out.append(f"bad date {d!r}")
    gpus = g["gpu_models"]["required"] + g["gpu_models"]["optional"]
    sites = g["sites"]["required"] + g["sites"]["optional"]
    amounts = g["amounts"]["required"] + g["amounts"]["optional"]
    for key in ("deals", "deals_optional"):
        for d in g.get(key, []):
            out += [f"{key} {d['parties']}: {p}" for p in check_deal(d, companies, gpus, sites, amounts)]
    return out


def check_deal(d, companies, gpus, sites, amounts):
    out = []
    for k in ("parties", "kind", "amount", "gpu_models", "gpu_count", "power_mw", "sites", "duration_months"):
        if k not in d:
            out.append(f"missing {k}")
    if out:
        return out
    if len(set(d["parties"])) < 2:
        out.append("fewer than two parties")
    out += [f"party {p!r} is not a listed company" for p in d["parties"] if p not in companies]
    if d["kind"] not in KINDS:
        out.append(f"kind {d['kind']!r}")
    if d["amount"] is not None and d["amount"] not in amounts:
        out.append(f"amount {d['amount']} is not a listed amount")
    out += [f"GPU model {m!r} is not listed" for m in d["gpu_models"] if m not in gpus]
    out += [f"site {s!r} is not listed" for s in d["sites"] if s not in sites]
    for k in ("gpu_count", "power_mw", "duration_months"):
        if d[k] is not None and not (isinstance(d[k], (int, float)) and d[k] > 0):
            out.append(f"{k} {d[k]!r}")
    return out


def main(argv):
    corpus = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems, n = check(corpus)
    for p in problems:
        print(p)
    print(f"{n} records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
