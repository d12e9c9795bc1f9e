#!/usr/bin/env python3
"""Tenth held-out evaluation set for Masker: caller turns of phone calls to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
100303). Names: first names and surnames of Datafaker 2.7.0's locale files (Apache-2.0; en-AU,
en-ZA, sv, hu, cs, id, es-AR, da-DK), combined at random and stripped of diacritics the way
speech-to-text writes them, plus invented names and ordinary English words used as surnames.
Streets, towns and all turn templates were written for this set; every value is invented.
Phones come only from fiction ranges (North America 555-01xx, UK 07700 900xxx, Australia 0491
570 xxx), cards are the networks' published test numbers, IBANs the SWIFT registry's examples,
NPI/DEA/VIN/IMEI carry correct check digits, IPs come from documentation and private ranges.

Usage: python3 holdout10_voice.py [path/to/datafaker-2.7.0.jar | dir with the unzipped *.yml]
"""
import os
import random
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

SEED = 100303
PREFIX = "vh10-"
FILE = "voice-holdout10.tsv"
SCRIPT = "masker-domain/src/test/scripts/holdout10_voice.py"
LOCALES = ["en-AU", "en-ZA", "sv", "hu", "cs", "id", "es-AR", "da-DK"]
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "resources/dev/masker/domain/masking/eval" / FILE
JAR = Path.home() / ".m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar"

rng = random.Random(SEED)


# ---------------------------------------------------------------- names from Datafaker
def read_yml(loc):
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else JAR
    if src.is_dir():
        return (src / f"{loc}.yml").read_text(encoding="utf-8")
    with zipfile.ZipFile(src) as z:
        return z.read(f"{loc}.yml").decode("utf-8")


def plain(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.replace("-", " ").replace("'", " ").lower()
    return re.sub(r"\s+", " ", s).strip()


def load_names():
    firsts, lasts, gender = {}, {}, {"f": set(), "m": set()}
    for loc in LOCALES:
        text = read_yml(loc)
        f, l = [], []
        seen = set()
        for m in re.finditer(r"^\s+(\w*(?:first|last)_name):\s*\[(.*)\]\s*$", text, re.M):
            key = m.group(1)
            if key in seen:
                continue
            seen.add(key)
            items = [plain(x.strip().strip('"')) for x in m.group(2).split(",")]
            items = [x for x in items if x and re.fullmatch(r"[a-z ]+", x)]
            (f if "first" in key else l).extend(items)
            if "first" in key and key[:3] in ("fem", "wom"):
                gender["f"].update(x for x in items if " " not in x)
            if "first" in key and key[:3] in ("mal", "man"):
                gender["m"].update(x for x in items if " " not in x)
        firsts[loc] = sorted(set(x for x in f if " " not in x))
        lasts[loc] = sorted(set(l))
    fem = gender["f"] - gender["m"]
    mal = gender["m"] - gender["f"]
    return firsts, lasts, {"f": fem, "m": mal}


FIRSTS, LASTS, GENDER = load_names()
# invented and word names with a gender, for 'my wife', 'my son', 'she', 'he'
G_INVENTED = {"f": ["orsena", "meravi", "yelka", "ilvera", "zanthe", "wendolyn", "lumira", "siobra", "aderyn"],
              "m": ["talvik", "quillon", "dastrin", "brannoc", "koset", "tarquil", "fennick", "kestin"]}
G_WORD = {"f": ["may", "june", "hope", "faith", "rose", "dawn"], "m": ["will", "grant", "mark", "bill", "rusty"]}

INVENTED_FIRST = ["talvik", "orsena", "quillon", "meravi", "dastrin", "yelka", "brannoc", "ilvera",
                  "koset", "zanthe", "perrin", "wendolyn", "tarquil", "ossadie", "lumira", "fennick",
                  "ravello", "siobra", "kestin", "aderyn"]
INVENTED_LAST = ["vantreck", "obolensa", "marrowitz", "quenby", "teskaldo", "ruvanne", "draszik",
                 "hollenbrae", "pettigrove", "kaszmirek", "ellwood ney", "strabosa", "nuvelle",
                 "garrowin", "tissoway", "brekkadal", "oyelami", "zetterlund", "mccavish", "lindqvast"]
ORDINARY_LAST = ["finch", "baker", "rook", "glass", "marsh", "cotton", "lamb", "pike", "reed",
                 "bishop", "wren", "fox", "bell", "booth", "frost", "hay", "church", "gale",
                 "summers", "pepper"]
WORD_FIRST = ["will", "may", "june", "hope", "faith", "grant", "mark", "rose", "bill", "sterling",
              "dawn", "rusty"]


def first(g=None):
    r = rng.random()
    if r < 0.10:
        return rng.choice(G_INVENTED[g] if g else INVENTED_FIRST)
    if r < 0.15:
        return rng.choice(G_WORD[g] if g else WORD_FIRST)
    pool = FIRSTS[rng.choice(LOCALES)]
    if g:
        known = [x for x in pool if x in GENDER[g]]
        pool = known if len(known) >= 15 else sorted(GENDER[g])
    return rng.choice(pool)


def last():
    r = rng.random()
    if r < 0.11:
        return rng.choice(ORDINARY_LAST)
    if r < 0.21:
        return rng.choice(INVENTED_LAST)
    s = rng.choice(LASTS[rng.choice(LOCALES)])
    if len(s) > 9 and " " not in s and rng.random() < 0.15:  # a tired engine splits a long surname
        cut = rng.randint(4, len(s) - 4)
        s = s[:cut] + " " + s[cut:]
    return s


def full(g=None):
    return f"{first(g)} {last()}"


# ---------------------------------------------------------------- numbers as speech
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
LETTER_WORD = dict(zip("abcdefghijklmnopqrstuvwxyz",
                       "apple boy cat dog egg fox golf hotel igloo jam kite lemon mouse nut orange "
                       "paper queen red sugar tango umbrella violin water xray yellow zebra".split()))


def two(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else " " + ONES[o])


def words(n):
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " " + rng.choice(["", "and "]) + two(r))
    th, r = divmod(n, 1000)
    return words(th) + " thousand" + ("" if r == 0 else " " + words(r))


def ordinal(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    t, o = divmod(d, 10)
    return TENS[t] + " " + ORD[o]


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " " + rng.choice(["", "and "]) + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return two(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else two(lo))


def zero():
    return rng.choice(["oh", "zero", "oh", "oh"])


def dig(s, z=None, doubles=None):
    """digit string -> words, 'oh'/'zero' for 0, sometimes 'double seven'."""
    z = z or zero()
    doubles = rng.random() < 0.3 if doubles is None else doubles
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c.lower())
            i += 1
            continue
        w = z if c == "0" else ONES[int(c)]
        if doubles and i + 1 < len(s) and s[i + 1] == c and not (i + 2 < len(s) and s[i + 2] == c):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def pairs(s):
    """'0147' -> 'oh one forty seven', '4412' -> 'forty four twelve'."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(dig(p, doubles=False))
        else:
            out.append(two(int(p)))
    return " ".join(out)


def say_groups(groups, style=None):
    style = style or rng.choice(["digits", "words", "words", "mixed"])
    sep = rng.choice([" ", " ", ", "])
    if style == "digits":
        return sep.join(groups) if sep != ", " else " ".join(groups)
    z = zero()
    if style == "words":
        return sep.join(dig(g, z) for g in groups)
    return sep.join(pairs(g) if len(g) in (2, 4) and g.isdigit() and rng.random() < 0.5 else dig(g, z) for g in groups)


def say_id(raw, groups=None, style=None):
    """alphanumeric id: letters spelled, digits as words or digits."""
    groups = groups or [raw]
    style = style or rng.choice(["words", "words", "digits", "mixed"])
    if style == "digits":
        return " ".join(" ".join(c.lower() for c in g) if g.isalpha() else g.lower() for g in groups)
    z = zero()
    parts = []
    for g in groups:
        if style == "mixed" and g.isdigit() and len(g) in (2, 4):
            parts.append(pairs(g))
        else:
            parts.append(" ".join((z if c == "0" else ONES[int(c)]) if c.isdigit() else c.lower() for c in g))
    return " ".join(parts)


def spell(name):
    return " ".join(c for c in name if c.isalpha())


def L(kind, value):
    return f"[[{kind}|{value}]]"


def N(v):
    return L("NAME", v)


# ---------------------------------------------------------------- value generators
AREA = ["206", "312", "415", "503", "512", "602", "614", "702", "720", "801", "904", "919", "971",
        "248", "317", "402", "385", "470", "646", "737"]
AU_LINES = ["006", "156", "157", "158", "159", "110", "313", "737"]


def phone_raw():
    return rng.choice(AREA), "555", "01" + f"{rng.randint(0, 99):02d}"


def phone(kind="PHONE", region=None):
    region = region or rng.choices(["us", "uk", "au"], [7, 2, 2])[0]
    if region == "us":
        a, b, c = phone_raw()
        r = rng.random()
        if r < 0.15:
            v = f"({a}) {b}-{c}"
        elif r < 0.25:
            v = f"{a}-{b}-{c}"
        elif r < 0.35:
            v = f"{a} {b} {c}"
        elif r < 0.45:
            v = "one " + say_groups([a, b, c], "words")
        else:
            v = say_groups([a, b, c], rng.choice(["words", "mixed"]))
        if rng.random() < 0.12:
            v += " extension " + dig(str(rng.randint(100, 499)))
    elif region == "uk":
        tail = f"{rng.randint(0, 999):03d}"
        v = rng.choice([f"07700 900{tail}", dig("07700") + " " + dig("900" + tail),
                        "oh seven seven double oh nine double oh " + dig(tail, doubles=False),
                        "plus four four seven seven oh oh " + dig("900" + tail)])
    else:
        tail = rng.choice(AU_LINES)
        v = rng.choice([f"0491 570 {tail}", dig("0491") + " " + dig("570") + " " + dig(tail),
                        "oh four nine one, five seven oh, " + dig(tail)])
    return L(kind, v)


def fax():
    return phone("FAX", rng.choice(["us", "us", "us", "uk"]))


def date(year=True, digits_ok=True):
    y = rng.randint(2019, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    forms = [f"{MONTHS[m-1]} {ordinal(d)}", f"the {ordinal(d)} of {MONTHS[m-1]}",
             f"{MONTHS[m-1]} {ordinal(d)} {year_words(y)}", f"{MONTHS[m-1]} {year_words(y)}",
             f"{two(m)} {two(d)} {year_words(y)}"]
    if digits_ok:
        forms += [f"{m}/{d}/{y}", f"{MONTHS[m-1]} {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'}"]
    return L("DATE", rng.choice(forms))


def dob(lo=1931, hi=2012):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    yy = y % 100
    forms = [f"{MONTHS[m-1]} {ordinal(d)} {year_words(y)}", f"the {ordinal(d)} of {MONTHS[m-1]} {year_words(y)}",
             f"{dig(f'{m:02d}')} {dig(f'{d:02d}')} {two(yy) if yy >= 10 else 'oh ' + ONES[yy]}",
             f"{m}/{d}/{y}", f"{m:02d} {d:02d} {y}", f"{MONTHS[m-1]} {ordinal(d)} {two(yy) if yy >= 10 else 'oh ' + ONES[yy]}",
             f"{ordinal(d)} {MONTHS[m-1]} {year_words(y)}", f"{MONTHS[m-1]} {d} {y}"]
    return L("DOB", rng.choice(forms))


def old_age():
    a = rng.randint(90, 104)
    forms = [two(a) if a < 100 else "a hundred" + ("" if a == 100 else " and " + ONES[a - 100]),
             two(a) if a < 100 else ("one hundred" if a == 100 else "one oh " + ONES[a - 100]), str(a)]
    return L("AGE", rng.choice(forms))


def young_age():
    return two(rng.randint(3, 88))


STREET_NAMES = ["kestrel", "larkspur", "tannery", "hollis", "maddox", "wenlock", "brigalow", "jacaranda",
                "coolabah", "pellham", "dunmore", "quarry", "ashby", "corrigan", "vellacott", "tamberlin",
                "orchid", "blackwood", "ferndale", "kowhai", "marula", "sandpiper", "oxley", "gideon",
                "halvorsen", "mistral", "ploughman", "wickham", "yarrow", "cinder"]
ORDINARY_STREETS = ["mill lane", "church street", "school road", "station road", "high street", "bridge street"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "court", "way", "place", "crescent", "terrace",
          "boulevard", "circle"]


def house_number():
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9899)])
    style = rng.random()
    if style < 0.35:
        return str(n)
    if n >= 1000 and n % 100 >= 10:
        return two(n // 100) + " " + two(n % 100)
    if 100 <= n < 1000 and style < 0.7 and n % 100 >= 10:
        return ONES[n // 100] + " " + two(n % 100)
    return words(n)


def address(unit=None, po=False):
    if po and rng.random() < 0.25:
        return L("ADDRESS", "p o box " + dig(str(rng.randint(100, 9999))))
    street = rng.choice(ORDINARY_STREETS) if rng.random() < 0.15 else f"{rng.choice(STREET_NAMES)} {rng.choice(SUFFIX)}"
    v = f"{house_number()} {street}"
    if unit or (unit is None and rng.random() < 0.3):
        v += " " + rng.choice([f"apartment {two(rng.randint(1, 30))}{rng.choice(['', ' b', ' c'])}",
                               f"unit {rng.randint(1, 40)}", f"apt {dig(str(rng.randint(101, 420)))}",
                               f"number {two(rng.randint(2, 19))}"])
    return L("ADDRESS", v)


TOWNS = ["ashgrove", "kelby falls", "marrowdale", "pennick", "suttonvale", "broomhill bay", "quillan",
         "west tarrow", "oakhurst springs", "darrow", "fenwick heights", "lindell", "cobb ridge",
         "harlow creek", "tamsin park", "wattle flat", "koorawong", "ridgemont", "bellhaven",
         "east morrow", "glenavon", "pickering mills", "stony ford", "calder point", "vinton", "maple hollow"]
WORD_TOWNS = ["hope", "liberty", "union", "sale", "normal", "friendship", "paradise"]


def town():
    return L("LOCATION", rng.choice(WORD_TOWNS) if rng.random() < 0.15 else rng.choice(TOWNS))


def zip_code():
    z = f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}"
    r = rng.random()
    if r < 0.35:
        return L("ZIP", z)
    if r < 0.45:
        return L("ZIP", f"{z}-{rng.randint(1000, 9999)}")
    return L("ZIP", dig(z))


def email(fn=None, ln=None):
    fn = (fn or first()).replace(" ", "")
    ln = (ln or last()).replace(" ", "")
    dom = rng.choice(["example dot com", "example dot org", "example dot net"])
    r = rng.random()
    if r < 0.15:
        return L("EMAIL", f"{fn[0]}.{ln}{rng.randint(10, 99)}@{dom.replace(' dot ', '.')}")
    local = rng.choice([f"{fn} dot {ln}", f"{fn[0]} {ln} {two(rng.randint(10, 99))}", f"{fn} underscore {ln}",
                        f"{spell(fn)} {ln}", f"{ln} {fn[0]} {dig(str(rng.randint(1, 99)))}", f"{fn}{ln}"])
    return L("EMAIL", f"{local} at {dom}")


def ssn():
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    groups = [f"{a:03d}", f"{g:02d}", f"{s:04d}"]
    if rng.random() < 0.25:
        return L("SSN", "-".join(groups))
    return L("SSN", say_groups(groups))


def mrn():
    r = rng.random()
    if r < 0.4:
        raw = str(rng.randint(1000000, 99999999))
        return L("MRN", say_groups([raw[:3], raw[3:]]) if rng.random() < 0.7 else raw)
    if r < 0.7:
        letters = rng.choice(["h", "mr", "e", "k", "pt"])
        digs = str(rng.randint(100000, 9999999))
        return L("MRN", say_id(letters + digs, [letters, digs]))
    raw = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    return L("MRN", say_id(raw, [raw[:2], raw[2:5], raw[5:]]))


MBI_LET = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    c = [str(rng.randint(1, 9)), rng.choice(MBI_LET), rng.choice(MBI_LET + "0123456789"), str(rng.randint(0, 9)),
         rng.choice(MBI_LET), rng.choice(MBI_LET + "0123456789"), str(rng.randint(0, 9)), rng.choice(MBI_LET),
         rng.choice(MBI_LET), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    raw = "".join(c)
    if rng.random() < 0.2:
        return L("HEALTH_PLAN_ID", f"{raw[:4]}-{raw[4:7]}-{raw[7:]}".lower())
    return L("HEALTH_PLAN_ID", say_id(raw, [raw[:4], raw[4:7], raw[7:]], rng.choice(["words", "mixed"])))


def plan_id():
    r = rng.random()
    if r < 0.35:
        lets = "".join(rng.choice("BCDFHJKMPRTWXYZ") for _ in range(3))
        digs = str(rng.randint(100000000, 999999999))
        return L("HEALTH_PLAN_ID", say_id(lets + digs, [lets, digs[:3], digs[3:6], digs[6:]]))
    if r < 0.55:
        digs = str(rng.randint(100000000, 999999999))
        return L("HEALTH_PLAN_ID", say_id("w" + digs, ["w", digs]))
    if r < 0.75:  # medicaid-like
        raw = f"{rng.choice(['yr', 'mc', 'kp', 'tx'])}{rng.randint(10000, 99999)}{rng.randint(10, 99)}{rng.choice('abcdefgh')}"
        return L("HEALTH_PLAN_ID", say_id(raw, [raw[:2], raw[2:7], raw[7:9], raw[9:]]))
    digs = f"{rng.randint(2, 6)}{rng.randint(100, 999)}{rng.randint(10000, 99999)}{rng.randint(1, 9)}"
    return L("HEALTH_PLAN_ID", say_groups([digs[:4], digs[4:9], digs[9:]]))


def account():
    r = rng.random()
    if r < 0.5:
        raw = str(rng.randint(10000000, 9999999999))
        return L("ACCOUNT", say_groups([raw[:4], raw[4:]] if rng.random() < 0.5 else [raw]))
    if r < 0.8:
        raw = str(rng.randint(1000000, 99999999))
        return L("ACCOUNT", say_id("hb" + raw, ["hb", raw]))
    raw = str(rng.randint(100000, 999999))
    return L("ACCOUNT", say_id("g" + raw + "x", ["g", raw, "x"]))


CARDS = ["4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100",
         "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
         "4242424242424242", "2223003122003222", "3530111333300000"]


def card():
    c = rng.choice(CARDS)
    groups = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    if rng.random() < 0.3:
        return L("CREDIT_CARD", " ".join(groups))
    return L("CREDIT_CARD", say_groups(groups, rng.choice(["words", "mixed"])))


IBANS = ["GB29NWBK60161331926819", "DE89370400440532013000", "NL91ABNA0417164300",
         "SE4550000000058398257466", "HU42117730161111101800000000", "CZ6508000000192000145399",
         "DK5000400440116243", "ES9121000418450200051332", "FR1420041010050500013M02606"]


COUNTRY_IBAN = {"sweden": "SE", "denmark": "DK", "hungary": "HU", "czech republic": "CZ", "swedish": "SE",
                "danish": "DK", "hungarian": "HU", "czech": "CZ", "spanish": "ES", "german": "DE", "dutch": "NL"}


def iban(country=None):
    raw = next((x for x in IBANS if x.startswith(country)), None) if country else rng.choice(IBANS)
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    if rng.random() < 0.25:
        return L("IBAN", " ".join(groups))
    return L("IBAN", say_id(raw, groups, rng.choice(["words", "words", "mixed"])))


def luhn_digit(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    body = rng.choice("12") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    raw = body + luhn_digit("80840" + body)
    return L("LICENSE", say_groups([raw[:3], raw[3:6], raw[6:]]) if rng.random() < 0.7 else raw)


def dea():
    lets = rng.choice("ABFM") + rng.choice("ABCDEFGHJKLMNPRSTW")
    d = [rng.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    raw = lets + "".join(map(str, d)) + str(chk)
    return L("LICENSE", say_id(raw, [raw[:2], raw[2:]]))


def driver_licence():
    r = rng.random()
    if r < 0.4:
        raw = rng.choice("BDFGKMNRSTWY") + str(rng.randint(1000000, 9999999))
        return L("LICENSE", say_id(raw, [raw[0], raw[1:4], raw[4:]]))
    if r < 0.7:
        raw = str(rng.randint(100000000, 999999999))
        return L("LICENSE", say_groups([raw[:3], raw[3:6], raw[6:]]))
    raw = rng.choice("DHLPS") + str(rng.randint(100, 999)) + str(rng.randint(1000, 9999)) + str(rng.randint(1000, 9999))
    return L("LICENSE", say_id(raw, [raw[:4], raw[4:8], raw[8:]]))


def plate():
    r = rng.random()
    lets = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))
    if r < 0.4:
        raw = str(rng.randint(1, 9)) + lets(3) + str(rng.randint(100, 999))
    elif r < 0.7:
        raw = lets(3) + str(rng.randint(1000, 9999))
    else:
        raw = lets(2) + str(rng.randint(10, 99)) + lets(2)
    if rng.random() < 0.25:
        return L("VEHICLE_ID", raw.lower())
    return L("VEHICLE_ID", say_id(raw, [raw]))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    c = [rng.choice(VIN_CH) for _ in range(17)]
    c[9] = rng.choice("KLMNPR")
    c[8] = "0"
    s = sum(VIN_VAL[ch] * w for ch, w in zip(c, VIN_W)) % 11
    c[8] = "X" if s == 10 else str(s)
    raw = "".join(c)
    return L("VEHICLE_ID", say_id(raw, [raw[:3], raw[3:8], raw[8:11], raw[11:]], "words") if rng.random() < 0.6 else raw.lower())


def serial():
    r = rng.random()
    if r < 0.35:
        d = "".join(str(rng.randint(0, 9)) for _ in range(14))
        raw = d + luhn_digit_imei(d)
        return L("DEVICE_ID", say_groups([raw[:2], raw[2:8], raw[8:14], raw[14:]]) if rng.random() < 0.6 else raw)
    if r < 0.7:
        raw = rng.choice(["R", "K", "S", "T", "Q"]) + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        return L("DEVICE_ID", say_id(raw, [raw[:2], raw[2:6], raw[6:]]))
    lets = "".join(rng.choice("ABCDEFHJKMNPRTWXY") for _ in range(3))
    raw = lets + str(rng.randint(10, 99)) + lets[::-1][:1] + str(rng.randint(10000, 99999))
    return L("DEVICE_ID", say_id(raw, [raw[:3], raw[3:6], raw[6:]], rng.choice(["words", "digits"])))


def luhn_digit_imei(d14):
    total = 0
    for i, ch in enumerate(d14):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def url(fn=None, ln=None):
    fn = (fn or first()).replace(" ", "")
    ln = (ln or last()).replace(" ", "")
    r = rng.random()
    if r < 0.3:
        return L("URL", f"https://{rng.choice(['example.com', 'example.org', 'example.net'])}/{rng.choice(['p', 'visit', 'u', 'results'])}/{fn[0]}{ln}{rng.randint(1, 99)}")
    dom = rng.choice(["example dot com", "example dot org", "example dot net", "w w w dot example dot com"])
    path = rng.choice([f"slash {fn} dash {ln}", f"slash visit slash {dig(str(rng.randint(1000, 99999)))}",
                       f"slash portal slash {fn[0]} {ln}", f"forward slash {ln} {dig(str(rng.randint(1, 99)))}"])
    return L("URL", f"{dom} {path}")


def ip():
    r = rng.random()
    if r < 0.7:
        a = rng.choice(["192.0.2", "198.51.100", "203.0.113", "10.0." + str(rng.randint(0, 40)),
                        "192.168." + str(rng.randint(0, 20)), "172." + str(rng.randint(16, 31)) + "." + str(rng.randint(0, 9))])
        raw = f"{a}.{rng.randint(2, 254)}"
        if rng.random() < 0.4:
            return L("IP_ADDRESS", raw)
        octs = raw.split(".")
        return L("IP_ADDRESS", " dot ".join(dig(o, "zero") if rng.random() < 0.6 or len(o) == 3 else words(int(o)) for o in octs))
    h = [f"{rng.randint(1, 0xffff):x}" for _ in range(2)]
    raw = f"2001:db8::{h[0]}:{h[1]}"
    if rng.random() < 0.5:
        return L("IP_ADDRESS", raw)
    return L("IP_ADDRESS", "two thousand one colon d b eight colon colon " + " colon ".join(" ".join(dig(c) if c.isdigit() else c for c in x) for x in h))


def four():
    return dig(f"{rng.randint(0, 9999):04d}")


DRUGS = ["metformin", "lisinopril", "amoxicillin", "atorvastatin", "sertraline", "levothyroxine",
         "gabapentin", "amlodipine", "omeprazole", "losartan", "prednisone", "warfarin", "eliquis",
         "ozempic", "albuterol", "insulin glargine"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
REL = ["mom", "dad", "husband", "wife", "son", "daughter", "grandmother", "grandfather", "sister",
       "brother", "aunt", "uncle", "mother in law", "partner"]


def drug():
    return rng.choice(DRUGS)


def wd():
    return rng.choice(WEEKDAYS)


def rel():
    return rng.choice(REL)


def yr():
    return year_words(rng.randint(1938, 1990))


# ---------------------------------------------------------------- templates (caller turns)
def t_selfcorrect():
    f = first()
    l = last()
    return f"it's {f[:3]}- {N(f)}, {N(f + ' ' + l)}, i have the appointment on {date()} at the uh two fifteen slot"


def t_spell_surname():
    l = last()
    return f"my last name's {N(l)}, that's {N(spell(l))}, and date of birth {dob()}"


def t_b_as_in():
    l = last()
    while " " in l:
        l = last()
    return f"surname {N(l)}, {l[0]} as in {LETTER_WORD[l[0]]}, first name {N(first())}, i'm a new patient"


def t_possessive():
    f = first('f')
    return f"um i'm {N(f)}'s daughter, {N(f)} is {old_age()} and she needs the flu shot at home"


def t_two_names_nocue():
    return f"{N(first())} and {N(first())} both need the booster before school, can i bring them in on {wd()}"


def t_correct_phone():
    return f"call me back at {phone(region='us')} no wait that's my old one, it's {phone(region='us')}"


def t_wife_and_me():
    who = rng.choice(["wife", "husband", "partner"])
    return f"my {who} {N(first({'wife': 'f', 'husband': 'm'}.get(who)))} has an appointment {date()} and i have mine right after at ten thirty"


def t_split_name():
    f, l = first(), last()
    return f"yeah the chart should be under {N(f + ' ' + l)}, uh maybe they typed it as {N(spell(f))}, the computer always gets it wrong"


def t_chart():
    return f"my chart number is {mrn()} and i saw {N(first('f'))} last {wd()}, she said to call about the biopsy"


def t_frontdesk():
    return f"doctor {N(last())} said come back in two weeks but the lady at the front desk {N(first('f'))} told me a month so which is it"


def t_tell_thanks():
    return f"oh and tell {N(first('f'))} thanks, she found my paperwork when i was panicking"


def t_neighbor():
    return f"i'm calling for my neighbor {N(full('f'))} she doesn't have a phone anymore, you can reach me at {phone()}"


def t_moved_mom():
    return f"it's for my {rel()}, she's {old_age()} and we moved her to {address()} in {town()} so she needs a closer doctor"


def t_intake_address():
    return f"uh the address is still {address(unit=False, po=True)} {town()} {zip_code()}, nothing changed"


# pharmacy
def t_pickup_for():
    return f"hi i'm picking up for {N(full())}, date of birth {dob()}, it should be the {drug()}"


def t_refill_spell():
    l = last()
    return f"the refill for the {drug()}, it's under {N(l)}, {N(spell(l))}, uh first name {N(first())}"


def t_dropped_off():
    return f"{N(first())} dropped off the script yesterday but they said my insurance got rejected, member id is {plan_id()}"


def t_text_ready():
    return f"can you just text me when it's ready, the number is {phone()} thank you"


def t_card_pay():
    return f"yeah i'll pay over the phone, card number {card()}, expiration oh four twenty eight"


def t_fax_script():
    return f"doctor {N(last())} was supposed to fax it over, their fax is {fax()}, can you check the machine"


def t_delivery():
    return f"we need it delivered to {address()} in {town()} {zip_code()}, my {rel()} can't drive anymore"


def t_dad_old():
    return f"my dad is, what, {old_age()} now, and he can't get out, can {N(first())} his carer pick up for him"


def t_npi():
    return f"the prescriber npi is {npi()}, she told me to read it to you in case the e script didn't go through"


def t_receipt_email():
    f, l = first(), last()
    return f"could you email the receipt to {email(f, l)}, that's {N(f)}'s email, for the h s a"


def t_family_plan():
    return f"so {N(first())} and {N(full())} are both on my plan, same address, can you fill both of them"


def t_dea():
    return f"the pharmacist asked for the dea number so here it is {dea()}, that's from doctor {N(last())}"


# insurer
def t_member_group():
    return f"um my member id is {plan_id()} and the group is {dig(str(rng.randint(10000, 99999)))} if that matters"


def t_policy_holder():
    return f"the policy holder is my husband {N(full('m'))}, his social is {ssn()}"


def t_claim_er():
    return f"i'm looking at the claim from {date()} at the er and they billed me twice for the same scan"


def t_mbi():
    return f"medicare number {mbi()}, uh do you need me to spell the letters again"


def t_told_covered():
    return f"{N(first('f'))} from your office told me this would be covered, i wrote her name down and everything"


def t_verify_dob_four():
    return f"the last four are {four()} and my birthday's {dob()}"


def t_moved_insurer():
    return f"yeah i moved in {MONTHS[rng.randint(0, 11)]}, the new address is {address(po=True)}, {town()}, {zip_code()}"


def t_eob_email():
    return f"can you send the explanation of benefits to my email instead, {email()}, not the paper ones"


def t_sub_correct():
    return f"my subscriber number uh it's {plan_id()}, sorry no, i read the wrong card, it's {plan_id()}"


def t_ssn_wrong():
    return f"the social security number on file is wrong, it should be {ssn()}, somebody swapped two digits"


def t_grandma_coverage():
    return f"i'm calling for my grandmother {N(first('f'))}, she's {old_age()} and she got a letter saying her coverage ended {date()}"


def t_refund_iban():
    c = rng.choice(["sweden", "denmark", "hungary", "czech republic"])
    return f"the refund for the claim abroad can go to my account in {c}, it's {iban(COUNTRY_IBAN[c])}"


def t_dl_verify():
    return f"for the id check my driver's license is {driver_licence()} and i'm {N(full())}"


# lab
def t_results_for():
    return f"i'm calling about results for {N(full())}, the blood work from {date()}"


def t_wrong_birthdate():
    return f"the requisition has the wrong birth date, it says {dob()} but i was born {dob()}"


def t_draw_station():
    return f"the specimen was collected at the draw station in {town()}, case number {mrn()}"


def t_fax_results():
    return f"can you fax the results to doctor {N(last())}, fax number {fax()}"


def t_phlebotomist():
    return f"{N(first('f'))} the phlebotomist was really good with my son by the way, could you tell her"


def t_patient_id():
    return f"uh my patient id is {mrn()} and the test was the a one c"


def t_portal_link():
    f, l = first(), last()
    return f"the results link you sent {N(f)} goes to {url(f, l)} and it just says expired"


def t_kid_strep():
    return f"i'm the mom, my daughter {N(first('f'))} is {two(rng.randint(3, 16))}, she had the strep test on {date()}"


def t_callback_ask():
    return f"please call {phone()} and ask for {N(first())}, i'm usually home after four"


def t_home_draw():
    return f"the home draw is at {address()}, gate code is {four()}, and ring twice because {N(first())} is a bit deaf"


def t_meter_serial():
    return f"my glucose meter reads totally different from your lab, the serial on the back is {serial()}"


def t_lab_born_zip():
    return f"born {dob()}, zip code {zip_code()}, last name {N(last())}"


# home health
def t_nurse_noshow():
    return f"the nurse {N(first())} didn't show up today at my mother's, {address()}, she's been waiting since eight"


def t_dad_bedbound():
    return f"my dad {N(full('m'))} is {old_age()} and mostly bedbound now, we need someone for bathing"


def t_concentrator():
    return f"the oxygen concentrator is beeping again, the serial number is {serial()}"


def t_two_aides():
    return f"{N(first())} usually comes tuesdays and {N(first())} comes fridays but neither of them came this week"


def t_rural_zip():
    return f"she lives way out past {town()}, the zip is {zip_code()}, so the nurse has to drive a while"


def t_carer_car():
    return f"the aide parks her car across the drive every time, it's a blue corolla plate {plate()}, can somebody tell her"


def t_start_of_care():
    return f"the start of care was {date()} and the aide quit after {rng.choice(['two', 'three', 'five'])} weeks, so we've had nobody since {wd()}"


def t_brother_uk():
    return f"you can reach my brother {N(first('m'))} on {phone(region='uk')}, he's in london but he handles the money"


def t_bed_rental():
    return f"the hospital bed rental account number is {account()}, they keep charging after we sent it back"


def t_medicaid():
    return f"his medicaid number is {plan_id()} and the caseworker is {N(full())}"


def t_van_plate():
    return f"the transport van for her dialysis didn't come, the driver said plate {plate()} but we never saw it"


def t_hh_nocue_pair():
    return f"yeah {N(first())} {rng.choice(['did', 'changed', 'checked'])} the dressing and {N(first())} said it looks better, we're fine until {wd()}"


# telehealth
def t_video_ip():
    return f"the video keeps freezing, the little box says my ip is {ip()}, does that help"


def t_blocked_ip():
    return f"it says connection blocked from {ip()}, i'm on my work laptop"


def t_link_email():
    return f"the link you emailed to {email()} doesn't open, can you resend it"


def t_dr_cant_hear():
    return f"doctor {N(last())} is on the call i can see her but i can't hear anything"


def t_meeting_url():
    return f"the meeting link is {url()}, is that the right one"


def t_located():
    return f"yes i'm physically in {town()} right now, at my {rel()}'s place, for the licensing thing"


def t_interpreter():
    return f"can {N(first('f'))} join the call, she's my interpreter, her number is {phone()}"


def t_tablet_serial():
    return f"i got the loaner tablet from you guys, the device id is {serial()}"


def t_visit_with():
    return f"my appointment {date()} with {N(full())}, i need to move it, something came up at work"


def t_verify_tele():
    return f"to verify, born {dob()}, zip {zip_code()}"


def t_au_sister():
    return f"my phone is {phone(region='au')}, i'm in australia visiting {N(first('f'))} my sister"


def t_cuff_device():
    return f"the bluetooth blood pressure cuff won't pair, the device number on it is {serial()}"


# hospital billing
def t_stay_dates():
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    e = d + rng.randint(2, 8)
    a = rng.choice([f"{MONTHS[m-1]} {ordinal(d)}", f"the {ordinal(d)} of {MONTHS[m-1]}"])
    b = rng.choice([f"{MONTHS[m-1]} {ordinal(e)}", f"the {ordinal(e)} of {MONTHS[m-1]}"])
    return f"i'm calling about the bill for my stay from {L('DATE', a)} to {L('DATE', b)}"


def t_account_no():
    return f"the account number is {account()}, it's on the top right of the statement"


def t_pay_card():
    return f"i want to pay the balance with my card, it's {card()}"


def t_guarantor():
    return f"the guarantor is my son {N(full('m'))}, he lives at {address()}"


def t_wrong_ssn_bill():
    return f"my social {ssn()} is printed on the bill and the name is not even mine, it says {N(full())}"


def t_bank_transfer():
    c = rng.choice(["danish", "swedish", "hungarian", "czech", "spanish", "dutch"])
    return f"can i pay by bank transfer from my {c} account, {iban(COUNTRY_IBAN[c])}"


def t_parking_plate():
    return f"i got a parking charge from the hospital garage but i was a patient, my plate is {plate()}"


def t_admission_no():
    return f"my admission number is {mrn()} and the discharge was {date()}"


def t_billing_staff():
    return f"{N(first('f'))} in billing said she'd set up a payment plan and then i never heard back"


def t_itemized():
    return f"please send the itemized statement to {address(po=True)}, {town()} {zip_code()}"


def t_late_husband():
    return f"the bill went to my late husband {N(full('m'))}, he passed {date()}, so i don't know why"


def t_vin_accident():
    return f"the er bill should go to the car insurance, it was an accident, the vin is {vin()}"


def t_fax_billing():
    return f"i faxed the form to {fax()} last week, the one {N(full())} signed"


# extra mixed templates
def t_email_spelled():
    f, l = first(), last()
    return f"my email is {email(f, l)}, i'm {N(f)} by the way"


def t_carer_uncued():
    return f"ok so {N(first())} will bring mum in, {N(first())} can't because of work"


def t_hundred_old():
    return f"she's {old_age()} and still sharp as a tack, she just can't hear the phone, born in the nineteen twenties"


def t_ip_v6():
    return f"the it guy said the clinic blocked {ip()}, that's my home router, i'm {N(first())}"


def t_url_records():
    return f"i uploaded the old records to {url()}, it's a shared folder"


def t_lic_practitioner():
    return f"my occupational therapist {N(full('f'))} gave me her license number {driver_licence()} for the form"


def t_vin_mobility():
    return f"it's for the mobility van reimbursement, the vin is {vin()}, registered to {N(full())}"


def t_au_carer():
    return f"{N(full('f'))} from the agency, her mobile is {phone(region='au')}, she's the new carer"


def t_iban_refund_lab():
    return f"you refunded the wrong account, mine is {iban()}, under {N(full())}"


def t_hearing_aid():
    return f"the hearing aid serial is {serial()} and it's for {N(first('m'))} {rng.choice(['my husband', 'my dad', 'my uncle'])}"


def t_pharm_account():
    return f"just put it on my pharmacy account, it's {account()}, the house charge one"


def t_card_retry():
    return f"the card didn't go through, try this one {card()}, it's my wife's, {N(first('f'))}"


def t_ssn_child():
    f = first('m')
    return f"my son {N(f)}'s social is {ssn()} and his birthday is {dob(1988, 2016)}"


def t_ip_two():
    return f"i tried from home, {ip()}, and from my phone, {ip()}, and both just spin"


def t_fax_clinic():
    return f"our clinic fax is {fax()}, attention {N(full('f'))}, she's the one waiting on it"


def t_autopay():
    return f"set up autopay from my checking please, the account is {account()} and the routing i'll read after"


def t_card_nocue():
    return f"okay ready? {card()}, and the billing zip for it is {zip_code()}"


def t_profile_url():
    f, l = first(), last()
    return f"my profile page is {url(f, l)} and the email on it is {email(f, l)}"


def t_iban_carer():
    return f"we pay the carer {N(full())} ourselves, can the reimbursement go to {iban()} instead of a check"


def t_ssn_newpatient():
    return f"for the new patient form, social is {ssn()}, and the best number is {phone()}"


def t_fax_appeal():
    return f"i sent the appeal by fax from {fax()} on {date()} and nobody confirmed it"


def t_email_results():
    return f"send the pdf of the results to {email()} please, not to my old work one"


def t_says_hi():
    return f"{N(first('f'))} says hi by the way, she was in yesterday with the twins, anyway i need a sick note"


def t_ready_or_mine():
    return f"is the one for {N(full())} ready too or just mine, we came together"


def t_same_bill():
    return f"{N(full())} and i both got the exact same bill, same amount, and we're not even related"


def t_labelled_sister():
    return f"the tubes got labelled {N(full('f'))} but that's my sister, i'm {N(first())}, we were there together {date()}"


def t_acct_lead():
    return f"{N(full())}, account {account()}, i'm returning a call about a balance, um, somebody left a voicemail"


def t_card_printed():
    return f"it's a visa, {card()}, and {N(full('f'))} is what's printed on it, it's my mum's card"


def t_ip_router():
    return f"{N(first())} set up the new router last night so maybe it's that, {ip()} is what it shows"


def t_npi_provider():
    return f"{N(full('f'))} is the provider, npi {npi()}, and apparently she's out of network now"


def t_iban_twice():
    return f"{N(first())} paid the lab bill twice by mistake from {iban()}, can you refund one of them"


def t_night_turns():
    return f"{N(first())} and {N(first())} take turns at night and {N(first())} does the weekends, so any of them can sign"


def t_lead_confirm():
    return f"{N(full())}, date of birth {dob()}, just calling to confirm for tomorrow morning"


def t_hospital_mrn():
    return f"the hospital gave me a different number, m r n {mrn()}, will that work for the video visit"


def t_referral_chart():
    return f"the referral paper has his chart number on it, {mrn()}, and it says start {wd()} but nobody called"


def t_lab_social():
    return f"they want a social for the lab billing, um, it's {ssn()}, is that safe to give over the phone"


def t_pickup_correction():
    l = last()
    return f"it's for {N(first('f') + ' ' + l)}, uh no sorry that's my sister, it's for {N(first('m') + ' ' + l)} my brother"


def t_pay_link():
    return f"the pay link in the text message was {url()} and it just says session expired, so can i pay on the phone"


TEMPLATES = {
    "clinic": [t_selfcorrect, t_spell_surname, t_b_as_in, t_possessive, t_two_names_nocue, t_correct_phone,
               t_wife_and_me, t_split_name, t_chart, t_frontdesk, t_tell_thanks, t_neighbor, t_moved_mom,
               t_intake_address, t_url_records, t_ssn_newpatient, t_says_hi, t_lead_confirm],
    "pharmacy": [t_pickup_for, t_refill_spell, t_dropped_off, t_text_ready, t_card_pay, t_fax_script,
                 t_delivery, t_dad_old, t_npi, t_receipt_email, t_family_plan, t_dea, t_hearing_aid,
                 t_pharm_account, t_card_retry, t_ready_or_mine, t_card_printed, t_pickup_correction],
    "insurer": [t_member_group, t_policy_holder, t_claim_er, t_mbi, t_told_covered, t_verify_dob_four,
                t_moved_insurer, t_eob_email, t_sub_correct, t_ssn_wrong, t_grandma_coverage, t_refund_iban,
                t_dl_verify, t_lic_practitioner, t_ssn_child, t_fax_appeal, t_npi_provider],
    "lab": [t_results_for, t_wrong_birthdate, t_draw_station, t_fax_results, t_phlebotomist, t_patient_id,
            t_portal_link, t_kid_strep, t_callback_ask, t_home_draw, t_meter_serial, t_lab_born_zip,
            t_iban_refund_lab, t_fax_clinic, t_email_results, t_labelled_sister, t_iban_twice, t_lab_social],
    "home health": [t_nurse_noshow, t_dad_bedbound, t_concentrator, t_two_aides, t_rural_zip, t_carer_car,
                    t_start_of_care, t_brother_uk, t_bed_rental, t_medicaid, t_van_plate, t_hh_nocue_pair,
                    t_au_carer, t_hundred_old, t_carer_uncued, t_iban_carer, t_night_turns, t_referral_chart],
    "telehealth": [t_video_ip, t_blocked_ip, t_link_email, t_dr_cant_hear, t_meeting_url, t_located,
                   t_interpreter, t_tablet_serial, t_visit_with, t_verify_tele, t_au_sister, t_cuff_device,
                   t_ip_v6, t_email_spelled, t_ip_two, t_profile_url, t_ip_router, t_hospital_mrn],
    "hospital billing": [t_stay_dates, t_account_no, t_pay_card, t_guarantor, t_wrong_ssn_bill, t_bank_transfer,
                         t_parking_plate, t_admission_no, t_billing_staff, t_itemized, t_late_husband,
                         t_vin_accident, t_fax_billing, t_vin_mobility, t_autopay, t_card_nocue, t_same_bill, t_acct_lead, t_pay_link],
}

# PHI-free but tricky: ordinary words that look like names, months, weekdays, drugs, body parts.
CLEAN = {
    "clinic": [
        "will the doctor be in on monday or should i just wait till may",
        "i hope the flu shots are still free in october, my arm was sore for a week last time",
        "can i get the brown rice diet sheet again, the one from the summit wellness class",
        "it says grant funded on the sign by the door, does that mean the visit is free",
        "my knee's been clicking since june and the tylenol isn't doing much, um, should i ice it",
        "uh is the walk in open on good friday or is it like a holiday schedule",
    ],
    "pharmacy": [
        "is the rose hip vitamin c back in stock or should i just get the generic",
        "the bill says forty two dollars but my co pay is usually ten, can you check",
        "can you mark it urgent, i'm down to my last two metformin, the five hundred milligram",
        "does the sterling silver pill box come in the bigger size with seven days",
        "um will the warfarin be ready by noon, i have to pick up the kids at three",
    ],
    "insurer": [
        "will my plan cover physical therapy if i go twice a week starting in april",
        "i got a letter about the grace period, what happens if i pay on friday instead",
        "is the deductible reset in january or on the plan anniversary in august",
        "is the hope program the same thing as the low income subsidy or is it different",
        "does the faith clinic count as in network, they're the ones on the corner by the bank",
    ],
    "lab": [
        "do i need to fast for the lipid panel if it's at eight in the morning",
        "the lab on summit avenue closes at noon on saturdays right, or did that change",
        "my hemoglobin was twelve point four and the range said twelve to fifteen, is that ok",
        "can i bring the urine sample in a clean jar or do i need the kit, uh, the orange one",
        "will the results show up in the app, like, the same day or does it take till tuesday",
    ],
    "home health": [
        "will she need the gate code or can she just knock, the dog barks but he's friendly",
        "mum's been sleeping most of the day and not eating much, is that the morphine",
        "the wound on her heel looks pink now not black, so that's good right",
        "we need more of the chux pads and the large gloves, and um the mark two walker broke",
        "may i ask if the bath chair is covered or do we buy it ourselves at the store",
    ],
    "telehealth": [
        "the app says update to version four point two, do i have to do that before the visit",
        "i'm up on the summit of a hill so the signal's bad, can we do a phone call instead",
        "can the doctor see the rash on camera or should i send a picture of my elbow",
        "is it ok to do the visit from my car in the parking lot at work on my lunch",
        "the screen is all black and i can hear my own echo echo, hold on, uh, there we go",
    ],
    "hospital billing": [
        "why is there a charge for room two fourteen when i was in the er the whole time",
        "the bill has a code nine nine two eight five on it, what is that for",
        "can i set up a payment plan of fifty a month starting in march",
        "i was told charity care would cover it, is that a grant or a loan i have to pay back",
        "the statement says bill pay online but the website won't take my password, it's the hope building one",
    ],
}

FILLERS = ["um ", "uh ", "yeah ", "hi ", "okay so ", "hello ", "yes ", "so um ", "right so ", "hi yeah "]

# speech-to-text slips applied to the text around the labels (never inside one)
SLIPS = [(" appointment", " a pointment"), (" prescription", " pre scription"), (" insurance", " in shurance"),
         (" medicare", " medic care"), (" refill", " re fill"),
         (" tomorrow", " to morrow"), (" statement", " state meant"),
         (" because ", " cause "), (" account", " a count"), (" email", " e mail"), (" medicaid", " medic aid"),
         (" phlebotomist", " flebotomist"), (" concentrator", " concentrate er"), (" bluetooth", " blue tooth"),
         (" results", " re sults"), (" want to ", " wanna "), (" going to ", " gonna "), (" tuesdays", " twos days"),
         (" pharmacist", " farm assist"), (" itemized", " item iced"), (" requisition", " rec position"),
         (" specimen", " specie men"), (" wound", " wound wound"), (" portal", " port all"), (" link ", " lynk ")]


REPEATS = [(" my ", " my my "), (" the ", " the the "), (" doctor ", " doctor doctor "), (" i ", " i i "),
           (" is ", " is is "), (" it's ", " it's it's ")]


def slip(text, table=None):
    parts = re.split(r"(\[\[.*?\]\])", text)
    kinds = [(a, b) for a, b in (table or SLIPS) if any(a in p for p in parts if not p.startswith("[["))]
    if not kinds:
        return text
    a, b = rng.choice(kinds)
    i = rng.choice([i for i, p in enumerate(parts) if not p.startswith("[[") and a in p])
    parts[i] = parts[i].replace(a, b, 1)
    return "".join(parts)


def polish(text):
    if rng.random() < 0.3 and not re.match(r"(um|uh|yeah|hi|okay|ok|hello|yes|so|right|oh)\b", text):
        text = rng.choice(FILLERS) + text
    if rng.random() < 0.4:
        text = slip(text)
    if rng.random() < 0.12:
        text = slip(text, REPEATS)
    if rng.random() < 0.2:
        text += "."
    return text


# ---------------------------------------------------------------- validator
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
CUES = {"number", "dob", "born", "birth", "fax", "email", "mrn", "member", "id", "ssn", "social", "serial",
        "plate", "vin", "license", "zip", "account", "card", "is", "my"}
TITLES = {"doctor", "dr", "mrs", "mr", "ms", "miss", "nurse", "my", "is", "the", "from", "at"}


def check(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids and i.startswith(PREFIX), i
        ids.add(i)
        assert "[[" not in LABEL.sub("", text) and "]]" not in LABEL.sub("", text), i
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, (i, kind)
            assert val and val == val.strip(), (i, val)
            assert val[0] not in ",;:!?" and val[-1] not in ",;:!?.", (i, val)
            assert not val.endswith("'s"), (i, val)
            if kind not in ("EMAIL", "URL"):
                first_word = val.split()[0]
                assert first_word not in CUES, (i, val)
            if kind == "NAME":
                assert not any(w in TITLES for w in val.split()), (i, val)
        n = len(LABEL.sub(lambda m: m.group(2), text).split())
        assert 5 <= n <= 60, (i, n)


def main():
    # 204 turns with PHI and 36 without, spread evenly over the seven situations
    sits = list(TEMPLATES)
    phi_counts = {s: 29 for s in sits}
    phi_counts[sits[rng.randrange(7)]] += 1
    clean_counts = {s: 5 for s in sits}
    clean_counts["clinic"] += 1
    rows = []
    for s in sits:
        temps = TEMPLATES[s]
        need = phi_counts[s]
        plan = temps * (need // len(temps)) + rng.sample(temps, need % len(temps))
        for t in plan:
            text = polish(t())
            while any(text == r for _, r in rows):
                text = polish(t())
            rows.append((s, text))
        for c in rng.sample(CLEAN[s], clean_counts[s]):
            rows.append((s, polish(c)))
    rng.shuffle(rows)
    out = [f"{PREFIX}{k:03d}\t{text}" for k, (_, text) in enumerate(rows, 1)]
    check(out)
    texts = [r.split("\t")[1] for r in out]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    header = (f"# {FILE}: generated by {SCRIPT} (seed {SEED}) from Datafaker 2.7.0 name lists (Apache-2.0; "
              f"locales {' '.join(LOCALES)}) and invented names, ordinary-word names, streets and towns written "
              "for Masker; caller turns to clinic, pharmacy, insurer, lab, home-health, telehealth and hospital "
              "billing voice agents, all PHI kinds labelled; held out, scored once; every value invented.")
    OUT.write_text(header + "\n" + "\n".join(out) + "\n", encoding="utf-8")
    kinds = Counter(k for t in texts for k, _ in LABEL.findall(t))
    clean = sum(1 for t in texts if "[[" not in t)
    ntemp = sum(len(v) for v in TEMPLATES.values()) + sum(len(v) for v in CLEAN.values())
    print(f"{len(out)} lines, {clean} without PHI, {ntemp} templates ({sum(len(v) for v in TEMPLATES.values())} with PHI)")
    print(Counter(s for s, _ in rows))
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"  {k:15} {v}")


if __name__ == "__main__":
    main()
