#!/usr/bin/env python3
"""Eleventh held-out evaluation set for Masker: caller turns of phone calls to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
110333). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0), combined at random, plus
invented names, streets and towns. Phones only from fiction ranges (555-01xx, UK 07700 900xxx,
AU 0491 570 xxx). Every value is invented.

Usage: unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
       python3 holdout11_voice.py [/tmp/df] [out.tsv]
"""
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 110333
N_LINES = 260
N_FREE = 39
PREFIX = "vh11-"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval",
                           "voice-holdout11.tsv")
LOCALES = ["en/name.yml", "en-NG.yml", "en-NZ.yml", "en-IE.yml", "es.yml", "pt.yml", "nb-NO.yml",
           "lv.yml", "en-PH.yml", "en-PK.yml"]

R = random.Random(SEED)


# ---------------------------------------------------------------- name lists
def read_lists(path):
    out = {}
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s+)(male_first_name|female_first_name|first_name|last_name):\s*(&\w+\s*)?(.*)$",
                     lines[i])
        if m:
            key, rest, vals = m.group(2), m.group(4).strip(), []
            if rest.startswith("["):
                buf = rest
                while "]" not in buf:
                    i += 1
                    buf += " " + lines[i].strip()
                vals = [v.strip().strip("\"'") for v in buf[buf.index("[") + 1:buf.index("]")].split(",")]
            elif rest == "":
                j = i + 1
                while j < len(lines) and re.match(r"^\s*-\s", lines[j]):
                    vals.append(lines[j].strip()[1:].strip().strip("\"'"))
                    j += 1
                i = j - 1
            vals = [v for v in vals if v and "#{" not in v]
            out.setdefault(key, []).extend(vals)
        i += 1
    return out


def plain(s):
    for a, b in (("\u00f8", "o"), ("\u00e6", "ae"), ("\u00df", "ss"), ("\u0142", "l"), ("\u0111", "d"),
                 ("\u00d8", "o"), ("\u0141", "l")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", " ").replace("-", " ").replace("\u00b7", "")
    s = re.sub(r"[^a-z ]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load_names(root):
    firsts, lasts, gendered = {}, {}, {"m": {}, "f": {}}
    for loc in LOCALES:
        d = read_lists(os.path.join(root, loc))
        every = d.get("first_name", []) + d.get("male_first_name", []) + d.get("female_first_name", [])
        firsts[loc] = sorted({plain(v) for v in every if plain(v)})
        lasts[loc] = sorted({plain(v) for v in d.get("last_name", []) if plain(v)})
        for g, key in (("m", "male_first_name"), ("f", "female_first_name")):
            if d.get(key):
                gendered[g][loc] = sorted({plain(v) for v in d[key] if plain(v)})
    return firsts, lasts, gendered


# invented given names and surnames (no list has them), ordinary-word names
INV_FIRST_F = ["corvina", "marisol", "quennie", "lusanne", "deshawna", "kemberly", "rionna", "zelphia", "saoirla",
               "nevaeh"]
INV_FIRST_M = ["tamsel", "odrien", "belwyn", "jorvik", "aurelio", "tavish", "brantlee", "oyelaran", "idris",
               "halvard"]
INV_FIRST = INV_FIRST_F + INV_FIRST_M
INV_LAST = ["quarrington", "oduya", "vantreese", "pelletiere", "haskett", "moravek", "delacourt", "brisbeck",
            "tolliday", "nakagawe", "okonjo", "fennimore", "szalinski", "abernath", "ruvalcaba", "strandquist",
            "mbekwa", "calloway", "dunworthy", "ketchel", "yarbrow", "ilunga", "prochnow", "wenderoth"]
WORD_FIRST_F = ["june", "hope", "faith", "rose", "may", "dawn", "april", "summer", "joy", "iris", "ivy"]
WORD_FIRST_M = ["will", "grant", "mark", "bill", "sterling", "chase", "hunter"]
WORD_FIRST = WORD_FIRST_F + WORD_FIRST_M
WORD_LAST = ["finch", "baker", "stone", "rivers", "marsh", "fields", "hill", "brook", "mason", "page", "booth",
             "cross", "frost", "bishop", "wolf", "castle", "summers", "lake", "winter", "hart"]


class Names:
    def __init__(self, firsts, lasts, gendered):
        self.firsts, self.lasts, self.gendered = firsts, lasts, gendered
        self.locs = list(firsts)

    def first(self, g=None):
        x = R.random()
        if g:
            if x < 0.08:
                return R.choice(INV_FIRST_F if g == "f" else INV_FIRST_M)
            if x < 0.15:
                return R.choice(WORD_FIRST_F if g == "f" else WORD_FIRST_M)
            lists = self.gendered[g]
            loc = "en/name.yml" if R.random() < 0.5 else R.choice(sorted(lists))
            return R.choice(lists[loc])
        if x < 0.07:
            return R.choice(INV_FIRST)
        if x < 0.13:
            return R.choice(WORD_FIRST)
        if x < 0.50:
            return R.choice(self.firsts["en/name.yml"])
        loc = R.choice([l for l in self.locs if self.firsts[l]])
        return R.choice(self.firsts[loc])

    def last(self):
        x = R.random()
        if x < 0.10:
            return R.choice(INV_LAST)
        if x < 0.17:
            return R.choice(WORD_LAST)
        if x < 0.50:
            return R.choice(self.lasts["en/name.yml"])
        loc = R.choice([l for l in self.locs if self.lasts[l]])
        return R.choice(self.lasts[loc])

    def full(self):
        return self.first() + " " + self.last()


NM = None  # set in main


def lab(kind, v):
    return "[[%s|%s]]" % (kind, v)


def N(v):
    return lab("NAME", v)


def spell(word):
    letters = [c for c in word if c != " "]
    style = R.random()
    if style < 0.7:
        return " ".join(letters)
    if style < 0.85:
        return "-".join(letters)
    return " ".join(c.upper() for c in letters)


# ---------------------------------------------------------------- numbers in words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


def w2(n):
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def words(n):
    if n < 100:
        return w2(n)
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else R.choice([" ", " and "]) + w2(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def ordw(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def ordd(d):
    suf = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def dig(c, oh=True):
    if c == "0":
        return "oh" if oh and R.random() < 0.7 else "zero"
    return ONES[int(c)]


def digits_words(s, doubles=True):
    """Say a digit string one digit at a time, sometimes with 'double'."""
    out, i = [], 0
    oh = R.random() < 0.75
    while i < len(s):
        if doubles and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.5:
            if i + 2 < len(s) and s[i + 2] == s[i] and R.random() < 0.5:
                out.append("triple " + dig(s[i], oh))
                i += 3
                continue
            out.append("double " + dig(s[i], oh))
            i += 2
            continue
        out.append(dig(s[i], oh))
        i += 1
    return " ".join(out)


def pairs_words(s):
    """'0132' -> 'oh one thirty two'; two-digit chunks as numbers where natural."""
    out = []
    for k in range(0, len(s), 2):
        p = s[k:k + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(" ".join(dig(c) for c in p))
        else:
            out.append(w2(int(p)))
    return " ".join(out)


def year_words(y):
    if y >= 2000:
        if y < 2010:
            return R.choice(["two thousand " + ONES[y - 2000], "two thousand and " + ONES[y - 2000]]) \
                if y > 2000 else "two thousand"
        return R.choice(["twenty " + w2(y - 2000), "two thousand " + w2(y - 2000)])
    hi, lo = divmod(y, 100)
    return w2(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else w2(lo))


def rand_digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


# ---------------------------------------------------------------- values
def dob_ymd():
    return R.randint(1928, 2019), R.randint(1, 12), R.randint(1, 28)


def visit_ymd():
    return R.choice([2024, 2025, 2025, 2026]), R.randint(1, 12), R.randint(1, 31 if R.random() < .5 else 28)


def say_date(y, m, d, with_year=True, style=None):
    mn = MONTHS[m - 1]
    if not with_year:
        style = style if style is not None else R.randrange(6)
        return [mn + " " + ordw(d), ordw(d) + " of " + mn, mn + " the " + ordw(d), mn + " " + ordd(d),
                "%d/%d" % (m, d), mn + " " + w2(d)][style]
    style = style if style is not None else R.randrange(11)
    yy = y % 100
    if style == 0:
        return "%s %s %s" % (mn, ordw(d), year_words(y))
    if style == 1:
        return "%s of %s %s" % (ordw(d), mn, year_words(y))
    if style == 2:
        return "%s %s %s" % (w2(m), w2(d), w2(yy) if yy >= 10 else "oh " + ONES[yy])
    if style == 3:
        return "%s %s, %s" % (mn, ordw(d), year_words(y))
    if style == 4:
        return "%02d/%02d/%d" % (m, d, y)
    if style == 5:
        return "%s %s %d" % (mn.capitalize() if R.random() < .4 else mn, ordd(d), y)
    if style == 6:
        return "%d-%d-%02d" % (m, d, yy)
    if style == 7:
        return "%s %s %s" % (digits_words("%02d" % m, False), digits_words("%02d" % d, False),
                             digits_words(str(y), False))
    if style == 8:
        return "%s, %s %s" % (year_words(y), mn, ordw(d))
    if style == 9:
        return "%s %s %s" % (mn, w2(d), year_words(y))
    return "%s %s of %s" % (ordw(d), mn, year_words(y))


AREA = ["312", "617", "404", "503", "720", "919", "602", "414", "816", "215", "254", "702", "857", "470", "636",
        "978", "385", "907", "269", "843"]


def phone(uk_ok=True):
    """Returns a fiction-range phone in one of many spoken or written shapes."""
    x = R.random()
    if uk_ok and x < 0.06:
        tail = "%03d" % R.randint(0, 999)
        return R.choice(["oh seven seven double oh nine double oh " + digits_words(tail, False),
                         "07700 900" + tail, "oh seven seven oh oh, nine oh oh, " + digits_words(tail, False)])
    if uk_ok and x < 0.09:
        tail = "%03d" % R.randint(0, 999)
        return R.choice(["0491 570 " + tail, "oh four nine one five seven oh " + digits_words(tail, False)])
    a = R.choice(AREA)
    t = "01%02d" % R.randint(0, 99)
    s = R.randrange(9)
    if s == 0:
        return "(%s) 555-%s" % (a, t)
    if s == 1:
        return "%s-555-%s" % (a, t)
    if s == 2:
        return "%s 555 %s" % (a, t)
    if s == 3:
        return "%s %s %s" % (digits_words(a), R.choice(["five five five", "triple five", "five double five"]),
                             digits_words(t))
    if s == 4:
        return "%s, five five five, %s" % (digits_words(a), pairs_words(t))
    if s == 5:
        return "%s %s" % (digits_words(a + "555"), pairs_words(t))
    if s == 6:
        return "%s555%s" % (a, t)
    if s == 7:
        return "%s five five five %s" % (a, t)
    return "one %s five five five %s" % (digits_words(a), digits_words(t))


STREET_BASE = ["penrose", "whitlock", "marrow", "tennant", "osprey", "quillan", "harrowgate", "brindle",
               "saltmarsh", "ketterly", "dunlin", "farrier", "corbel", "lannet", "wickham", "selden", "bramble",
               "tamarind", "oxbow", "culpepper", "hollis", "granger", "peregrine", "lockhart", "sable", "verbena",
               "cobbler", "fenwick", "larkspur", "wexley", "ambrose", "tillman", "crestmoor", "abernethy"]
STREET_WORD = ["mill", "church", "spring", "hill", "maple", "mercy", "hope", "union", "liberty", "summit"]
SUFFIX = ["street", "avenue", "road", "lane", "drive", "court", "way", "boulevard", "place", "terrace", "circle",
          "parkway", "trail", "loop", "pike", "st", "ave", "rd", "dr"]
TOWN_INV = ["ashbury falls", "pell creek", "north varden", "millbrook station", "east corley", "harlow springs",
            "vessey", "brackenridge", "dunmore heights", "linwood park", "glen orrin", "calder bend", "saxby",
            "port ellery", "fallon ridge", "westhaven", "oakhurst", "tullis", "merriam cove", "new bexley",
            "stanwick", "ravel", "coldwater junction", "briar glen"]
TOWN_WORD = ["hope", "union", "liberty", "eden", "friendship", "commerce", "sterling", "summit", "bath", "plain"]
TOWN_REAL = ["bozeman", "el paso", "tulsa", "dayton", "macon", "yakima", "duluth", "ames", "flagstaff", "bangor",
             "chico", "lubbock", "pueblo", "muncie", "lafayette", "waco"]


def town():
    x = R.random()
    if x < 0.55:
        return R.choice(TOWN_INV)
    if x < 0.70:
        return R.choice(TOWN_WORD)
    return R.choice(TOWN_REAL)


def house_number():
    n = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 29999)])
    x = R.random()
    if x < 0.35:
        return str(n)
    if n >= 1000 and n < 10000 and R.random() < 0.6 and n % 100 >= 10:
        return w2(n // 100) + " " + w2(n % 100)
    if 100 <= n < 1000 and R.random() < 0.5:
        return ONES[n // 100] + " " + (("oh " + ONES[n % 100]) if n % 100 < 10 else w2(n % 100))
    if R.random() < 0.5:
        return digits_words(str(n), False)
    return words(n)


def street():
    base = R.choice(STREET_WORD) if R.random() < 0.2 else R.choice(STREET_BASE)
    if R.random() < 0.12:
        base = R.choice(["north ", "south ", "east ", "west ", "old "]) + base
    return base + " " + R.choice(SUFFIX)


def unit():
    return R.choice(["apartment " + digits_words(str(R.randint(1, 40)), False) + " " + R.choice("abcd"),
                     "apt %d%s" % (R.randint(1, 30), R.choice("abcdef")), "unit " + w2(R.randint(1, 60)),
                     "suite " + ONES[R.randint(1, 9)] + " " + w2(R.randint(10, 40)), "lot " + w2(R.randint(2, 90)),
                     "number " + ONES[R.randint(2, 9)], "apartment %d" % R.randint(100, 999)])


def address(with_unit=None):
    a = house_number() + " " + street()
    if with_unit or (with_unit is None and R.random() < 0.35):
        a += R.choice([" ", " "]) + unit()
    return a


def zipc():
    z = "%05d" % R.randint(1001, 99899)
    x = R.random()
    if x < 0.45:
        return z
    if x < 0.55:
        return z + "-" + "%04d" % R.randint(1, 9999)
    if x < 0.85:
        return digits_words(z, False)
    return digits_words(z[:2], False) + " " + pairs_words(z[2:4]) + " " + ONES[int(z[4])]


def email(first, last):
    dom = R.choice(["example dot com", "example dot org", "example dot net"])
    num = str(R.randint(1, 99))
    s = R.randrange(7)
    if s == 0:
        return "%s dot %s at %s" % (first.split()[0], last.split()[0], dom)
    if s == 1:
        return "%s %s at %s" % (first[0], last.split()[0], dom)
    if s == 2:
        return "%s underscore %s %s at %s" % (first.split()[0], last.split()[0][0], words(int(num)), dom)
    if s == 3:
        return "%s at %s" % (spell(last.split()[0][:6]).replace("-", " ").lower(), dom)
    if s == 4:
        return "%s%s%s@%s" % (first.split()[0][0], last.split()[0], num, dom.replace(" dot ", "."))
    if s == 5:
        return "%s dot %s %s at %s" % (first.split()[0], last.split()[0], digits_words(num, False), dom)
    return "%s.%s@%s" % (first.split()[0], last.split()[0], dom.replace(" dot ", "."))


def alnum_id(nlet, ndig, spoken=True):
    lets = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(nlet))
    digs = rand_digits(ndig)
    if not spoken:
        return lets + digs
    lw = " ".join(c.lower() for c in lets)
    return lw + " " + (digits_words(digs) if R.random() < 0.7 else (pairs_words(digs)))


def member_id():
    s = R.randrange(6)
    if s == 0:
        return alnum_id(3, 9)
    if s == 1:
        return alnum_id(3, 9, spoken=False)
    if s == 2:
        return digits_words(rand_digits(R.choice([9, 10, 11])))
    if s == 3:
        # Medicare MBI shape: C A AN N A AN N A A N N
        L = "ACDEFGHJKMNPQRTUVWXY"
        m = (str(R.randint(1, 9)) + R.choice(L) + R.choice(L + "0123456789") + str(R.randint(0, 9)) + R.choice(L)
             + R.choice(L + "0123456789") + str(R.randint(0, 9)) + R.choice(L) + R.choice(L)
             + str(R.randint(0, 9)) + str(R.randint(0, 9)))
        if R.random() < 0.5:
            return "%s-%s-%s" % (m[:4], m[4:7], m[7:])
        return " ".join(dig(c) if c.isdigit() else c.lower() for c in m)
    if s == 4:
        return "%s %s" % (R.choice(["w", "h", "m", "z"]), digits_words(rand_digits(8)))
    return rand_digits(R.choice([9, 10, 12]))


def mrn():
    s = R.randrange(4)
    d = rand_digits(R.choice([7, 8]))
    if s == 0:
        return digits_words(d)
    if s == 1:
        return d
    if s == 2:
        return d[:3] + "-" + d[3:]
    return pairs_words(d if len(d) % 2 == 0 else "0" + d)


def account():
    d = rand_digits(R.choice([8, 9, 10]))
    return R.choice([d, digits_words(d), d[:4] + " " + d[4:]])


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    x = R.random()
    if x < 0.5:
        return digits_words(s, False)
    if x < 0.75:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    return "%s, %s, %s" % (digits_words(s[:3], False), digits_words(s[3:5], False), digits_words(s[5:], False))


CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "6011 1111 1111 1117",
         "5105 1051 0510 5100", "3782 822463 10005"]


def card():
    c = R.choice(CARDS)
    return c if R.random() < 0.5 else digits_words(c.replace(" ", ""))


def luhn_ok(digs):
    tot = 0
    for i, c in enumerate(reversed(digs)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            n -= 9 if n > 9 else 0
        tot += n
    return tot % 10 == 0


def npi():
    while True:
        base = "1" + rand_digits(8, False)
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def dea():
    lets = R.choice("ABFM") + R.choice("ABCDEFGHJKLMNPRSTW")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return lets + "".join(map(str, d)) + str(chk)


def age90():
    n = R.randint(90, 104)
    return n


def age_words(n):
    if n < 100:
        return w2(n)
    return R.choice(["a hundred", "one hundred"]) + ("" if n == 100 else R.choice([" and ", " "]) + ONES[n - 100])


# ---------------------------------------------------------------- fillers
OPEN = ["", "", "", "um ", "uh ", "yeah ", "okay so ", "hi ", "hello yes ", "so um ", "right ", "yes ", "oh ",
        "hi there ", "yeah hi ", "okay um ", "sorry ", "mm ", "alright "]


def op():
    return R.choice(OPEN)


REL_F = ["my mom", "my mother", "my wife", "my daughter", "my grandmother", "my aunt", "my sister",
         "my mother in law", "my grandma"]
REL_M = ["my dad", "my father", "my husband", "my son", "my grandpa", "my uncle", "my brother", "my stepdad",
         "my father in law"]


def rel():
    return R.choice(REL_F + REL_M)


def relg():
    """A relative with the gender letter and the pronoun that goes with it."""
    if R.random() < 0.5:
        return R.choice(REL_F), "f", "she"
    return R.choice(REL_M), "m", "he"


DRUGS = ["lisinopril", "metformin", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "sertraline",
         "omeprazole", "losartan", "eliquis", "ozempic", "albuterol", "prednisone", "warfarin", "tramadol",
         "jardiance", "zoloft", "synthroid", "flomax", "amoxicillin"]


def drug():
    return R.choice(DRUGS)


def day():
    return R.choice(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"])


def dr():
    return R.choice(["doctor", "doctor", "dr", "dr."])


# ---------------------------------------------------------------- templates
TEMPLATES = []


def T(uses):
    def deco(f):
        TEMPLATES.append((f, uses, True))
        return f
    return deco


def F(uses):
    def deco(f):
        TEMPLATES.append((f, uses, False))
        return f
    return deco


# --- names: patient identifying self
@T(3)
def t_self_dob():
    f, l = NM.first(), NM.last()
    y, m, d = dob_ymd()
    return "%sthis is %s, date of birth %s" % (op(), N(f + " " + l), lab("DOB", say_date(y, m, d)))


@T(3)
def t_name_then_dob_bare():
    # a date said with no birth cue is a DATE by the label rules
    y, m, d = dob_ymd()
    return "%s%s %s" % (R.choice(["uh sure it's ", "okay so it's ", "yeah um it's ", "that'd be "]), N(NM.full()),
                        lab("DATE", say_date(y, m, d)))


@T(2)
def t_my_name_is_spelled():
    f, l = NM.first(), NM.last()
    return "%smy name is %s, last name is spelled %s" % (op(), N(f + " " + l), N(spell(l)))


@T(2)
def t_spelled_first():
    f = NM.first()
    return "it's %s, %s, and the last name is %s like it sounds" % (N(f), N(spell(f)), N(NM.last()))


@T(2)
def t_as_in():
    l = NM.last()
    letters = [c for c in l.replace(" ", "")][:5]
    cues = {"b": "boy", "d": "david", "m": "mary", "n": "nancy", "p": "peter", "s": "sam", "t": "tom", "f": "frank",
            "v": "victor", "c": "charlie"}
    parts = []
    for c in letters:
        parts.append(c + " as in " + cues[c] if c in cues and R.random() < 0.6 else c)
    return "%sthe last name is %s, %s, and then the rest is like it sounds" % (op(), N(l), N(" ".join(parts)))


@T(2)
def t_correction():
    f, f2, l = NM.first(), NM.first(), NM.last()
    return "%sit's %s no sorry %s, %s %s, i always do that when i'm nervous" % (
        op(), N(f2), N(f), N(f), N(l)) if R.random() < 0.5 else \
        "%sit's %s %s, wait no that's my sister, i'm %s" % (op(), N(f2), N(l), N(f + " " + l))


@T(2)
def t_repeat_name():
    f, l = NM.first(), NM.last()
    return "%s%s, %s %s, yes that's me, and i've got %s on the line too" % (op(), N(f), N(f), N(l), rel())


@T(2)
def t_bare_name_answer():
    return "%s%s" % (R.choice(["uh it's ", "yeah um ", "oh it's ", "um yeah ", "that's uh "]), N(NM.full())) + \
        R.choice([" thanks", " that's me", " yeah", ", the normal spelling", " sorry"])


@T(2)
def t_lastname_first():
    f, l = NM.first(), NM.last()
    return "last name %s first name %s, i'm calling to check on my refill" % (N(l), N(f))


# --- names: relatives, no cue
@T(3)
def t_no_cue_pickup():
    return "%s%s picked it up %s so don't send another one" % (op(), N(NM.first()),
                                                               R.choice(["yesterday", "this morning", "last week"]))


@T(2)
def t_two_names_refill():
    return "%s%s and %s both need their %s refilled, same pharmacy as always" % (
        op(), N(NM.first()), N(NM.first()), drug())


@T(2)
def t_calling_for():
    r, g, pr = relg()
    return "%si'm calling for %s, %s %s, %s can't come to the phone right now" % (
        op(), r, N(NM.first(g)), N(NM.last()), pr)


@T(2)
def t_caregiver():
    return "%si'm %s's caregiver, my name's %s and the release form is signed" % (
        op(), N(NM.full()), N(NM.first()))


@T(2)
def t_rel_age():
    r, g, pr = relg()
    return "%s%s is %s and %s can't really do the stairs anymore" % (op(), r, lab("AGE", age_words(age90())), pr)


@T(2)
def t_age_years_old():
    n = age90()
    return "%sshe's %s years old so the home visit is really the only option, her name is %s" % (
        op(), lab("AGE", age_words(n) if R.random() < .7 else str(n)), N(NM.first("f") + " " + NM.last()))


@T(2)
def t_age_turned():
    n = age90()
    return "%s%s just turned %s last month, can he still get the flu shot at home" % (
        op(), N(NM.first("m")), lab("AGE", age_words(n)))


@T(1)
def t_age_digits():
    n = age90()
    return "the patient is %s, %s year old female, lives alone in %s" % (
        N(NM.full()), lab("AGE", str(n)), lab("LOCATION", town()))


@T(2)
def t_age_hyphen_words():
    n = age90()
    return "%smy great aunt %s, she's %s and still sharp as a tack, needs her hearing aid looked at" % (
        op(), N(NM.first("f")), lab("AGE", age_words(n)))


# --- names: doctors and staff
@T(3)
def t_doctor_surname():
    return "%s%s %s wanted me to get the blood work done before %s" % (op(), dr(), N(NM.last()), day())


@T(2)
def t_doctor_word_surname():
    return "%si usually see %s %s, is %s in %s" % (op(), dr(), N(R.choice(WORD_LAST)), R.choice(["she", "he"]),
                                                   R.choice(["this week", "on thursday", "today"]))


@T(2)
def t_spoke_with_staff():
    return "%si spoke with %s %s and %s said somebody would call me back" % (
        op(), N(NM.first()), R.choice(["at the front desk", "in billing", "earlier", "on tuesday", "from pharmacy"]),
        R.choice(["she", "he", "they"]))


@T(2)
def t_nurse():
    return "%snurse %s was out here %s and said to call you about the wound dressing" % (
        op(), N(NM.first()), R.choice(["yesterday", "monday", "this morning"]))


@T(2)
def t_tell_doctor():
    return "%stell %s %s i said thanks, and %s says hi too" % (op(), dr(), N(NM.last()), N(NM.first()))


@T(2)
def t_np_full():
    return "%smy provider is %s, she's the nurse practitioner, not %s %s" % (
        op(), N(NM.first("f") + " " + NM.last()), dr(), N(NM.last()))


@T(2)
def t_name_is_word():
    w = R.choice(["will", "june", "hope", "bill", "mark", "grant", "dawn", "faith", "rose", "may"])
    return "%s%s from your office left me a voicemail, will i need to call %s back or can you help" % (
        op(), N(w), R.choice(["her", "him"]))


@T(2)
def t_therapist():
    return "%sthe physical therapist %s comes tuesdays and %s %s signs off on it" % (
        op(), N(NM.first()), dr(), N(NM.last()))


@T(1)
def t_doctors_possessive():
    return "%sthis is about %s %s's patient, %s, she had the biopsy" % (
        op(), dr(), N(NM.last()), N(NM.first("f") + " " + NM.last()))


@T(2)
def t_referral_from():
    return "%s%s referred me, %s %s over at the cardiology group" % (op(), N(NM.full()), dr(), N(NM.last()))


@T(1)
def t_name_speaking():
    return "%s speaking, yes i got your message about the prior authorization" % N(NM.full())


@T(1)
def t_nickname():
    return "it's %s but everybody calls me %s, that's what's on the card though" % (
        N(NM.full()), N(R.choice(["bubba", "dee", "kiki", "junior", "sonny", "lulu", "tito"])))


# --- DOB forms
@T(3)
def t_dob_cue():
    y, m, d = dob_ymd()
    return "%smy date of birth is %s" % (op(), lab("DOB", say_date(y, m, d)))


@T(2)
def t_born_on():
    y, m, d = dob_ymd()
    return "%s%s was born %s, if you need that for the chart" % (
        op(), R.choice(["she", "he", "my son", "the baby"]), lab("DOB", say_date(y, m, d)))


@T(2)
def t_birthday():
    y, m, d = dob_ymd()
    return "%sbirthday's %s, and the name is %s" % (op(), lab("DOB", say_date(y, m, d)), N(NM.full()))


@T(2)
def t_dob_corrected():
    y, m, d = dob_ymd()
    y2 = y + R.choice([1, -1, 10])
    return "%sdob is %s, no wait, %s, sorry it's been a long day" % (
        op(), lab("DOB", say_date(y2, m, d, style=0)), lab("DOB", say_date(y, m, d, style=0)))


@T(2)
def t_dob_kid():
    y, m, d = R.randint(2012, 2023), R.randint(1, 12), R.randint(1, 28)
    return "%sit's for my daughter %s, her birthday is %s and she's got a fever since %s" % (
        op(), N(NM.first("f")), lab("DOB", say_date(y, m, d)), day())


@T(2)
def t_dob_verify_numeric():
    y, m, d = dob_ymd()
    return "%sto verify, date of birth %s and the zip is %s" % (op(), lab("DOB", say_date(y, m, d, style=R.choice([2, 4, 6, 7]))),
                                                     lab("ZIP", zipc()))


@T(1)
def t_born_year_only():
    return "%s%s was born in %s, i don't remember the exact day, can you find him by his name" % (
        op(), N(NM.first("m") + " " + NM.last()), year_words(R.randint(1930, 1960)))


# --- visit dates
@T(3)
def t_appt_date():
    y, m, d = visit_ymd()
    return "%si had an appointment on %s and i never got the results" % (
        op(), lab("DATE", say_date(y, m, d, with_year=R.random() < .4)))


@T(2)
def t_reschedule():
    y, m, d = visit_ymd()
    y2, m2, d2 = visit_ymd()
    return "%scan we move the %s appointment to %s instead, %s has to work" % (
        op(), lab("DATE", say_date(y, m, d, False)), lab("DATE", say_date(y2, m2, d2, False)), N(NM.first()))


@T(2)
def t_discharged():
    y, m, d = visit_ymd()
    return "%s%s got discharged on %s and nobody called about the home health start" % (
        op(), rel(), lab("DATE", say_date(y, m, d)))


@T(2)
def t_surgery():
    y, m, d = visit_ymd()
    return "%sthe surgery is %s with %s %s and i need to know when to stop the %s" % (
        op(), lab("DATE", say_date(y, m, d, False)), dr(), N(NM.last()), drug())


@T(2)
def t_lab_drawn():
    y, m, d = visit_ymd()
    return "%sthey drew the labs %s at the %s location, under %s" % (
        op(), lab("DATE", say_date(y, m, d)), lab("LOCATION", town()), N(NM.full()))


@T(2)
def t_service_date_claim():
    y, m, d = visit_ymd()
    return "%sthe claim for the date of service %s got denied and i'm the subscriber, %s" % (
        op(), lab("DATE", say_date(y, m, d)), N(NM.full()))


@T(2)
def t_telehealth_date():
    y, m, d = visit_ymd()
    return "%smy video visit with %s %s on %s never connected, the link just spun" % (
        op(), dr(), N(NM.last()), lab("DATE", say_date(y, m, d, False)))


@T(1)
def t_admitted_month_year():
    y, m = R.choice([2023, 2024, 2025]), R.randint(1, 12)
    return "%she was admitted back in %s and that bill still shows up" % (
        op(), lab("DATE", MONTHS[m - 1] + R.choice([" ", " of "]) + year_words(y)))


@T(2)
def t_vaccine_date():
    y, m, d = visit_ymd()
    return "%s%s got the shingles shot %s, the second one, can you put it in the record" % (
        op(), N(NM.first()), lab("DATE", say_date(y, m, d, R.random() < .5)))


# --- phones
@T(3)
def t_callback():
    return "%syou can call me back at %s" % (op(), lab("PHONE", phone()))


@T(2)
def t_cell_is():
    return "%smy cell is %s, that's the best one" % (op(), lab("PHONE", phone()))


@T(2)
def t_phone_correct():
    p1, p2 = phone(False), phone(False)
    return "%sthe number on file is old, it was %s, now it's %s" % (op(), lab("PHONE", p1), lab("PHONE", p2))


@T(2)
def t_daughter_phone():
    return "%sif i don't answer call my daughter %s at %s" % (op(), N(NM.first("f")), lab("PHONE", phone()))


@T(2)
def t_phone_ext():
    a = R.choice(AREA)
    t = "01%02d" % R.randint(0, 99)
    ext = str(R.randint(10, 450))
    v = R.choice(["%s-555-%s ext %s" % (a, t, ext),
                  "%s five five five %s extension %s" % (digits_words(a), digits_words(t), words(int(ext)))])
    return "%sthe office number is %s, ask for %s" % (op(), lab("PHONE", v), N(NM.first()))


@T(2)
def t_phone_bare():
    return "%s, and a good number is %s" % (N(NM.full()), lab("PHONE", phone()))


@T(2)
def t_fax():
    return "%sthe doctor's fax is %s, can you send the records there" % (op(), lab("FAX", phone(False)))


@T(1)
def t_fax_and_phone():
    return "%sphone %s fax %s, attention %s" % (op(), lab("PHONE", phone(False)), lab("FAX", phone(False)),
                                                N(NM.first()))


@T(2)
def t_text_me():
    return "%sjust text me at %s, i can't pick up at work" % (op(), lab("PHONE", phone()))


@T(1)
def t_uk_caller():
    tail = "%03d" % R.randint(0, 999)
    return "%si'm visiting from the uk, my mobile is %s, it's %s" % (
        op(), lab("PHONE", "oh seven seven oh oh nine oh oh " + digits_words(tail, False)), N(NM.full()))


# --- addresses, towns, zips
@T(3)
def t_address_full():
    return "%smy address is %s, %s, %s" % (op(), lab("ADDRESS", address()), lab("LOCATION", town()),
                                           lab("ZIP", zipc()))


@T(2)
def t_moved():
    return "%swe moved, the new address is %s in %s" % (op(), lab("ADDRESS", address()), lab("LOCATION", town()))


@T(2)
def t_ship_to():
    return "%scan you ship the %s to %s, %s %s" % (op(), drug(), lab("ADDRESS", address(True)),
                                                  lab("LOCATION", town()), lab("ZIP", zipc()))


@T(2)
def t_nurse_visit_address():
    return "%sthe nurse should come to %s's place, %s, it's the blue house" % (
        op(), N(NM.first()), lab("ADDRESS", address()))


@T(2)
def t_town_only():
    return "%swe live out in %s so the %s clinic is closest" % (op(), lab("LOCATION", town()),
                                                               R.choice(["main", "walk in", "east side"]))


@T(2)
def t_zip_only():
    return "%sthe zip is %s, is there an in network lab near that" % (op(), lab("ZIP", zipc()))


@T(2)
def t_address_spelled_street():
    h = house_number()
    b = R.choice(STREET_BASE)
    sfx = R.choice(SUFFIX)
    return "%sit's %s, %s is spelled %s" % (op(), lab("ADDRESS", "%s %s %s" % (h, b, sfx)), b,
                                           " ".join(b))


@T(2)
def t_po_box():
    return "%smail it to %s, %s %s, not the street address" % (
        op(), lab("ADDRESS", "p o box " + digits_words(rand_digits(R.choice([3, 4])), False)),
        lab("LOCATION", town()), lab("ZIP", zipc()))


@T(2)
def t_from_town():
    return "%s%s from %s, i was in there %s" % (op(), N(NM.full()), lab("LOCATION", town()),
                                               R.choice(["last month", "in the spring", "a while back"]))


@T(1)
def t_address_correction():
    return "%sno it's %s, not %s, the mail keeps going to the wrong house" % (
        op(), lab("ADDRESS", address(False)), lab("ADDRESS", address(False)))


@T(1)
def t_cross_street():
    return "%sshe's at %s, near the corner of %s and %s, in %s" % (
        op(), lab("ADDRESS", address(True)), R.choice(STREET_BASE) + " " + R.choice(["street", "road"]),
        R.choice(["main", "third", "elm"]), lab("LOCATION", town()))


# --- emails
@T(3)
def t_email():
    f, l = NM.first(), NM.last()
    return "%syou can email it to %s" % (op(), lab("EMAIL", email(f, l)))


@T(2)
def t_email_name():
    f, l = NM.first(), NM.last()
    return "%sthe portal login is under %s, email %s" % (op(), N(f + " " + l), lab("EMAIL", email(f, l)))


@T(2)
def t_email_correct():
    f, l = NM.first(), NM.last()
    return "%ssend the receipt to %s, sorry i mean %s" % (op(), lab("EMAIL", email(f, l)),
                                                         lab("EMAIL", email(f, l)))


# --- ids
@T(3)
def t_member_id():
    return "%smy member id is %s" % (op(), lab("HEALTH_PLAN_ID", member_id()))


@T(2)
def t_policy_number():
    return "%sthe policy number is %s and it's under my husband %s" % (
        op(), lab("HEALTH_PLAN_ID", member_id()), N(NM.first("m") + " " + NM.last()))


@T(2)
def t_medicare():
    return "%shere's the medicare number, %s" % (op(), lab("HEALTH_PLAN_ID", member_id()))


@T(2)
def t_medicaid_kid():
    return "%s%s is on medicaid, the id on her card is %s" % (op(), N(NM.first("f")),
                                                              lab("HEALTH_PLAN_ID", member_id()))


@T(2)
def t_mrn():
    return "%sthe medical record number on the wristband was %s" % (op(), lab("MRN", mrn()))


@T(2)
def t_mrn_bare():
    return "%s, chart number %s, i'm calling about the lab slip" % (N(NM.full()), lab("MRN", mrn()))


@T(2)
def t_patient_id():
    return "%sthe patient id on the letter is %s" % (op(), lab("MRN", mrn()))


@T(2)
def t_account():
    return "%si want to pay on account number %s" % (op(), lab("ACCOUNT", account()))


@T(2)
def t_account_bill():
    return "%sthe bill says account %s but i already paid that in %s" % (
        op(), lab("ACCOUNT", account()), R.choice(["march", "the spring", "january"]))


@T(2)
def t_ssn():
    return "%sthey asked for my social, it's %s" % (op(), lab("SSN", ssn()))


@T(1)
def t_ssn_last4():
    return "%sthe last four of my social are %s and the full one is %s" % (
        op(), digits_words(rand_digits(4), False), lab("SSN", ssn()))


@T(2)
def t_card():
    return "%sput the copay on %s, expiration is next year" % (op(), lab("CREDIT_CARD", card()))


@T(1)
def t_npi():
    return "%sthis is %s from %s %s's office, our npi is %s" % (
        op(), N(NM.first()), dr(), N(NM.last()), lab("LICENSE", digits_words(npi(), False)))


@T(1)
def t_dea():
    return "%sthe prescriber dea number is %s" % (op(), lab("LICENSE", " ".join(c.lower() for c in dea())))


@T(1)
def t_drivers_license():
    d = R.choice("ABCDFGHKMS") + rand_digits(7)
    v = d if R.random() < .5 else d[0].lower() + " " + digits_words(d[1:])
    return "%sfor the pickup they wanted my driver's license, it's %s" % (op(), lab("LICENSE", v))


@T(2)
def t_device_serial():
    x = R.random()
    if x < 0.4:
        v = R.choice(["SN", "", "X"]) + rand_digits(R.choice([10, 12]))
    elif x < 0.7:
        v = "s n " + digits_words(rand_digits(10), False)
    else:
        v = digits_words(rand_digits(12), False)
    return "%sthe %s is beeping, the serial number is %s" % (
        op(), R.choice(["cpap machine", "oxygen concentrator", "glucose monitor", "infusion pump"]),
        lab("DEVICE_ID", v))


@T(1)
def t_plate():
    p = str(R.randint(1, 9)) + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + rand_digits(3)
    return "%sfor the transport pickup i'll be in a gray van, plate %s" % (
        op(), lab("VEHICLE_ID", " ".join(c.lower() if c.isalpha() else dig(c) for c in p)))


# --- mixed, realistic long turns
@T(2)
def t_full_verify():
    f, l = NM.first(), NM.last()
    y, m, d = dob_ymd()
    return "%sokay it's %s, %s, %s %s, and my phone is %s" % (
        op(), N(f + " " + l), N(spell(l)), R.choice(["d o b", "dob", "birthday", "born"]),
        lab("DOB", say_date(y, m, d)), lab("PHONE", phone()))


@T(2)
def t_address_and_phone():
    return "%s%s, %s and the number there is %s" % (op(), lab("ADDRESS", address()), lab("LOCATION", town()),
                                                   lab("PHONE", phone()))


@T(2)
def t_new_patient():
    f, l = NM.first(), NM.last()
    y, m, d = dob_ymd()
    return "%si'm a new patient, %s, born %s, i live on %s in %s" % (
        op(), N(f + " " + l), lab("DOB", say_date(y, m, d)), lab("ADDRESS", address(False)),
        lab("LOCATION", town()))


@T(2)
def t_pharmacy_refill_long():
    y, m, d = dob_ymd()
    return "%shi yeah i'm calling to refill the %s for %s, uh %s, and it goes to the store on %s" % (
        op(), drug(), N(NM.full()), lab("DOB", say_date(y, m, d)), R.choice(STREET_BASE) + " street")


@T(2)
def t_insurer_long():
    return "%si'm calling about a claim, the member is %s, member number %s, and the provider was %s %s" % (
        op(), N(NM.full()), lab("HEALTH_PLAN_ID", member_id()), dr(), N(NM.last()))


@T(2)
def t_homehealth_long():
    r, g, pr = relg()
    return "%sthis is %s with %s, %s's %s and the aide %s didn't show up %s" % (
        op(), N(NM.first()), r, pr, lab("AGE", age_words(age90())), N(NM.first()),
        R.choice(["this morning", "today", "again"]))


@T(2)
def t_lab_results():
    y, m, d = dob_ymd()
    return "%swhat are the results for %s, %s, the date of birth is %s" % (
        op(), N(NM.full()), N(spell(NM.last())), lab("DOB", say_date(y, m, d)))


@T(2)
def t_split_words():
    f, l = NM.first(), NM.last()
    y, m, d = dob_ymd()
    return "%sname is %s %s um date of birth %s" % (op(), N(f), N(l), lab("DOB", say_date(y, m, d)))


@T(2)
def t_neighbor_drive():
    return "%smy neighbor %s is gonna drive me, she lives over on %s" % (
        op(), N(NM.first("f")), lab("ADDRESS", address(False)))


@T(1)
def t_list_household():
    return "%sit's me, %s, %s and the baby %s, all on the same plan" % (
        op(), N(NM.first()), N(NM.first()), N(NM.first()))


@T(2)
def t_wife_called():
    return "%s%s called earlier about %s's prescription, i'm %s, her husband" % (
        op(), N(NM.first()), N(NM.first("f")), N(NM.first("m") + " " + NM.last()))


@T(2)
def t_mrs_word():
    return "%si'm calling for mrs %s, she's at %s, the home health agency gave me this number" % (
        op(), N(R.choice(WORD_LAST + INV_LAST)), lab("ADDRESS", address(True)))


@T(1)
def t_email_spelled_full():
    short = NM.last().split()[0][:7]
    return "%smy email is %s, the first part's %s" % (op(), lab("EMAIL", short + " at example dot com"),
                                                     N(spell(short)))


@T(2)
def t_tired_engine():
    f, l = NM.first(), NM.last()
    z = "%05d" % R.randint(1001, 99899)
    return "%sso itsa %s %s and um the zip code is %s i think" % (op(), N(f), N(l), lab("ZIP", z[:3] + " " + z[3:]))


@T(1)
def t_account_and_name():
    return "%sguarantor is %s and the account number is %s" % (op(), N(NM.full()), lab("ACCOUNT", account()))


@T(1)
def t_spelled_with_dob_digits():
    l = NM.last()
    y, m, d = dob_ymd()
    return "%s%s, %s, %s" % (op(), N(spell(l)), N(NM.first()), lab("DATE", "%d/%d/%d" % (m, d, y)))


@T(1)
def t_visit_and_dob():
    y, m, d = dob_ymd()
    y2, m2, d2 = visit_ymd()
    return "%shis birthday is %s and the home visit is %s" % (
        op(), lab("DOB", say_date(y, m, d)), lab("DATE", say_date(y2, m2, d2, False)))


@T(1)
def t_mother_maiden():
    return "%sthe security question answer is %s, that's my mom's maiden name" % (op(), N(NM.last()))


@T(1)
def t_ordinary_surname_town():
    return "%sthis is %s %s, out in %s, on %s" % (
        op(), R.choice(["mrs", "mr", "ms"]), N(R.choice(WORD_LAST)), lab("LOCATION", R.choice(TOWN_WORD)),
        lab("ADDRESS", house_number() + " " + R.choice(STREET_WORD) + " " + R.choice(["lane", "road", "street"])))


@T(2)
def t_phone_pieces():
    a = R.choice(AREA)
    t = "01%02d" % R.randint(0, 99)
    return "%sarea code %s, did you get all that, %s" % (
        op(), lab("PHONE", "%s, five five five, %s" % (digits_words(a), digits_words(t))),
        R.choice(["okay", "hello", "are you still there"]))


@T(2)
def t_home_health_admit():
    y, m, d = visit_ymd()
    return "%sthe start of care was %s, medical record %s, and the aide is %s" % (
        op(), lab("DATE", say_date(y, m, d)), lab("MRN", mrn()), N(NM.full()))


@T(2)
def t_mother_dob():
    y, m, d = R.randint(1924, 1935), R.randint(1, 12), R.randint(1, 28)
    return "%smy mother's date of birth is %s, she's %s now" % (
        op(), lab("DOB", say_date(y, m, d)), lab("AGE", age_words(R.randint(90, 101))))


@T(2)
def t_town_zip_insurer():
    return "%swhich doctors take my plan in %s, zip code %s" % (op(), lab("LOCATION", town()), lab("ZIP", zipc()))


@T(2)
def t_telehealth_email_name():
    f, l = NM.first(), NM.last()
    return "%sthe visit link was supposed to go to %s but %s never got it" % (
        op(), lab("EMAIL", email(f, l)), N(f))


@T(2)
def t_particle_name():
    f = NM.first()
    l = R.choice(["van der ", "de la ", "del ", "o ", "mc ", "bin ", "di "]) + NM.last()
    return "%sit's %s, the last name is %s, with a space" % (op(), N(f + " " + l), N(l))


@T(2)
def t_policyholder_dob():
    y, m, d = dob_ymd()
    return "%sthe policy holder is %s, born %s, and i'm the spouse" % (op(), N(NM.full()), lab("DOB", say_date(y, m, d)))


@T(2)
def t_old_address_new():
    return "%sthe pharmacy still has %s, i'm at %s now, %s" % (
        op(), lab("ADDRESS", address(False)), lab("ADDRESS", address()), lab("LOCATION", town()))


@T(1)
def t_lab_req():
    y, m, d = visit_ymd()
    return "%sthe lab order from %s %s is dated %s but they said it expired" % (
        op(), dr(), N(NM.last()), lab("DATE", say_date(y, m, d)))


@T(2)
def t_hmm_name_spelled_full():
    f, l = NM.first(), NM.last()
    return "%s%s, that's %s, last %s" % (op(), N(f + " " + l), N(spell(f)), N(spell(l)))


@T(2)
def t_dob_then_mbi():
    y, m, d = dob_ymd()
    return "%sborn %s, medicare %s" % (op(), lab("DOB", say_date(y, m, d)), lab("HEALTH_PLAN_ID", member_id()))


# ---------------------------------------------------------------- PHI-free tricky lines
@F(2)
def n_will_may():
    return "%swill the %s be ready by %s or may i come in %s" % (op(), drug(), day(),
                                                                R.choice(["monday", "next week", "later"]))


@F(2)
def n_bill():
    return "%si got a bill in the mail but i think my insurance should have covered the %s visit" % (
        op(), R.choice(["june", "may", "april", "march"]))


@F(2)
def n_grant():
    return "%scan you grant a refill override, i'm going to be out of town the whole month of %s" % (
        op(), R.choice(["august", "july", "june"]))


@F(1)
def n_rose():
    return "my blood pressure rose again this morning, one fifty over ninety, should i take another %s" % drug()


@F(1)
def n_mark():
    return "um can you mark it urgent, the rash is spreading down my arm and up toward my neck"


@F(2)
def n_hope():
    return "%si hope the %s is covered this time, the pharmacist said it needs a prior authorization" % (
        op(), drug())


@F(1)
def n_faith():
    return "i have faith in the program i just need to know if the sessions are still on wednesdays"


@F(1)
def n_sterling():
    return "my ring is sterling silver, do i need to take it off for the mri or is that okay"


@F(1)
def n_summit():
    return "is the summit campus lab open saturday or just the main building"


@F(1)
def n_brown_rice():
    return "the dietitian said brown rice and oatmeal are fine but what about bread before the fasting labs"


@F(2)
def n_months():
    return "%sit usually takes until %s for the deductible to reset right, or is it %s" % (
        op(), R.choice(["december", "november"]), R.choice(["january", "february", "the first of the year"]))


@F(2)
def n_dose():
    return "%sthey bumped the %s up to %s milligrams twice a day and now i'm dizzy" % (
        op(), drug(), R.choice(["twenty five", "fifty", "five hundred", "ten", "forty"]))


@F(1)
def n_vitals():
    return "my sugar was one eighty two this morning and ninety eight last night, is that normal"


@F(1)
def n_age_young():
    return "%she's eighty seven and still drives, honestly i'm more worried about his knee" % op()


@F(1)
def n_room():
    return "i'm in room four twelve on the third floor and the tv remote isn't working"


@F(1)
def n_hours():
    return "what time do you open on %s, is it eight or eight thirty" % day()


@F(1)
def n_price():
    return "the copay was forty five dollars last time and now it says one twenty, why the change"


@F(1)
def n_group():
    return "do you need the group number or just the name of the plan, it's the blue card from work"


@F(1)
def n_body():
    return "um the pain is mostly in my lower back and my left hip, worse when i sit for a long time"


@F(2)
def n_weekday_appt():
    return "%sdo you have anything %s afternoon, i can't do mornings because of the kids" % (op(), day())


@F(1)
def n_dr_office_generic():
    return "i'm trying to reach the doctor's office about a refill, the nurse line keeps hanging up"


@F(1)
def n_faith_hope_words():
    return "honestly just pray and hope for the best is what they told me, that's not really an answer"


@F(1)
def n_prescription_note():
    return "the bottle says take one by mouth daily with food, but the doctor said twice, which is it"


@F(1)
def n_year_only():
    return "i've had diabetes since like two thousand ten and never had this problem with the strips"


@F(1)
def n_dates_generic():
    return "is the office closed on the fourth of july or just the day after"


@F(1)
def n_ids_generic():
    return "where do i find the member id on the card, is it the one on the front or the back"


@F(1)
def n_may_june():
    return "may i ask if the june appointments are open yet, or do you only book a month out"


@F(1)
def n_will_power():
    return "i don't have the will to do another round of prednisone honestly, is there something else"


@F(1)
def n_clinic_vocab():
    return "i need a referral for the podiatrist and the pre op clearance form faxed before the procedure"


@F(1)
def n_short_numbers():
    return "should i call nine one one or just go to urgent care, my chest feels tight"


@F(1)
def n_mark_grant_words():
    return "can you mark down that i can't take penicillin, and grant access to my results for the portal"


@F(1)
def n_cpt():
    return "the billing code on there is nine nine two one four, is that the right one for a follow up"


# ---------------------------------------------------------------- validation
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
CUES = {"doctor", "dr", "dr.", "mrs", "mr", "ms", "nurse", "my", "number", "born", "dob", "birthday", "is",
        "the", "zip", "email", "phone", "fax", "id", "account", "date", "birth", "name", "miss", "aunt", "uncle"}


def check(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert re.fullmatch(re.escape(PREFIX) + r"\d{3}", i), i
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, line
        for kind, v in LABEL.findall(text):
            assert kind in KINDS, line
            assert v and v == v.strip(), line
            assert v[-1] not in ",;:!?" and v[0] not in ",;:!?", line
            assert not v.endswith("'s"), line
            first = v.split()[0]
            assert first not in CUES, (kind, v, line)
            assert kind == "ADDRESS" or v.split()[-1] not in CUES, (kind, v, line)
        plaintext = LABEL.sub(lambda m: m.group(2), text)
        n = len(plaintext.split())
        assert 5 <= n <= 60, (n, line)
        assert "  " not in plaintext, line
    return True


def main():
    global NM
    root = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
    out = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    NM = Names(*load_names(root))
    pos = [f for f, u, p in TEMPLATES if p for _ in range(u)]
    neg = [f for f, u, p in TEMPLATES if not p for _ in range(u)]
    assert len(neg) == N_FREE, len(neg)
    assert len(pos) == N_LINES - N_FREE, len(pos)
    order = pos + neg
    R.shuffle(order)
    lines, seen = [], set()
    for k, f in enumerate(order, 1):
        for _ in range(20):
            text = re.sub(r"\s+", " ", f()).strip()
            if text not in seen:
                break
        seen.add(text)
        if not f in neg:
            assert LABEL.search(text), f.__name__
        else:
            assert not LABEL.search(text), f.__name__
        lines.append("%s%03d\t%s" % (PREFIX, k, text))
    check(lines)
    header = ("# voice-holdout11.tsv: generated by masker-domain/src/test/scripts/holdout11_voice.py (seed %d) "
              "from Datafaker 2.7.0 name lists (Apache-2.0; locales en, en-NG, en-NZ, en-IE, es, pt, nb-NO, lv, "
              "en-PH, en-PK, diacritics dropped) and invented names, streets and towns written for Masker; "
              "caller turns to clinic, pharmacy, insurer, lab, home-health and telehealth voice agents, all PHI "
              "kinds labelled; held out, scored once; every value invented." % SEED)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for line in lines:
            fh.write(line + "\n")
    kinds = Counter(k for line in lines for k, _ in LABEL.findall(line))
    free = sum(1 for line in lines if not LABEL.search(line))
    print("lines", len(lines), "free", free, "templates", len(TEMPLATES), dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
