#!/usr/bin/env python3
"""Tenth-round voice development set for Masker: caller turns to clinic scheduling and pharmacy
refill voice agents (and a few insurer, lab and home-health calls), as speech-to-text writes them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
100101). A development set: the project tunes on it.

Names: first-name and surname lists of Datafaker 2.7.0's locale files (Apache-2.0; en (the names
behind en-US), en-IN (Datafaker's Indian English list, the brief's en-IND), de, it, pl, tr, vi),
combined at random, diacritics dropped as speech-to-text drops them; invented syllable names;
a minority of ordinary English words as surnames and given names. Streets and towns: invented,
with a few ordinary-word ones and US town names. Every value is invented (phones only
555-01xx and UK 07700 900xxx; e-mails at example.com/.org/.net).

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout10_voice_dev.py /tmp/df \
      masker-domain/src/test/resources/dev/masker/domain/masking/eval/voice-dev10.tsv

At least 45% of the NAME values stand with no naming cue and no title before them; the script
counts and asserts it, and checks the markup it writes.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 100101
PREFIX = "vd10-"
FILE = "voice-dev10.tsv"
SCRIPT = "masker-domain/src/test/scripts/holdout10_voice_dev.py"
TOTAL = 260
FREE = 39  # lines without PHI (15%)

R = random.Random(SEED)

# ---------------------------------------------------------------------------------------------
# Datafaker name lists
# ---------------------------------------------------------------------------------------------

KEYS = ("male_first_name", "female_first_name", "first_name", "last_name")


def parse_names(path):
    """Reads the flow ([a, b]) and block (- "a") lists of the name keys of one locale file."""
    out = {}
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s+)(" + "|".join(KEYS) + r"):\s*(.*)$", lines[i])
        if not m or m.group(2) in out:
            i += 1
            continue
        key, rest = m.group(2), m.group(3).strip()
        items = []
        if rest.startswith("["):
            buf = rest
            while "]" not in buf:
                i += 1
                buf += " " + lines[i].strip()
            items = [x.strip().strip("'\"") for x in buf.strip("[] ").split(",")]
        elif rest == "":
            j = i + 1
            while j < len(lines) and re.match(r"^\s+- ", lines[j]):
                items.append(lines[j].strip()[2:].strip().strip("'\""))
                j += 1
            i = j - 1
        items = [x for x in items if x and "#{" not in x]
        if items:
            out[key] = items
        i += 1
    return out


SPECIAL = str.maketrans({"ł": "l", "Ł": "l", "ı": "i", "đ": "d", "Đ": "d", "ß": "ss", "ø": "o"})


def plain(s):
    s = s.translate(SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def good(s):
    return re.fullmatch(r"[a-z]+( [a-z]+)?", s) is not None and len(s) >= 2


def load(df):
    files = {"en-US": "en/name.yml", "en-IND": "en-IN.yml", "de": "de.yml", "it": "it.yml",
             "pl": "pl.yml", "tr": "tr.yml", "vi": "vi.yml"}
    pools = {}
    for loc, f in files.items():
        d = parse_names(os.path.join(df, f))
        firsts = d.get("first_name", []) + d.get("male_first_name", []) + d.get("female_first_name", [])
        lasts = d.get("last_name", [])
        firsts = sorted({plain(x) for x in firsts} - {""})
        lasts = sorted({plain(x) for x in lasts} - {""})
        firsts = [x for x in firsts if good(x)]
        lasts = [x for x in lasts if good(x)]
        assert len(firsts) > 20 and len(lasts) > 20, (loc, len(firsts), len(lasts))
        pools[loc] = (firsts, lasts)
    return pools


# invented names, written for Masker
SYL_A = ["ka", "lo", "ren", "mi", "sa", "tor", "vel", "an", "da", "ri", "nu", "bel", "zo", "fen",
         "ilo", "mar", "ja", "ode", "quin", "sel", "tav", "ume", "yar", "brin", "cas", "dov", "esk"]
SYL_END_F = ["a", "ine", "o", "is", "elle", "an", "ira", "u", "et", "ya"]
SYL_END_L = ["ek", "ova", "ton", "ari", "sen", "illo", "ard", "wick", "ani", "oulos", "ez", "berg",
             "ingham", "escu", "aki", "ova", "uk", "mere"]
ORD_LAST = ["finch", "baker", "stone", "marsh", "hill", "fox", "lamb", "brook", "wood", "rose",
            "grant", "page", "hope", "cook", "field", "bell", "moss", "frost", "king", "swift",
            "mills", "church", "day", "young"]
ORD_FIRST = ["will", "may", "june", "hope", "faith", "grant", "mark", "rose", "bill", "sterling",
             "summer", "april", "joy", "art", "pat", "sunny"]


def invented_first():
    return R.choice(SYL_A) + R.choice(SYL_A[:12]) + R.choice(SYL_END_F) if R.random() < 0.4 \
        else R.choice(SYL_A) + R.choice(SYL_END_F)


def invented_last():
    return R.choice(SYL_A) + R.choice(SYL_A) + R.choice(SYL_END_L)


LOC_W = [("en-US", 18), ("en-IND", 13), ("de", 13), ("it", 12), ("pl", 15), ("tr", 11),
         ("vi", 8), ("inv", 10)]


class Person:
    def __init__(self, pools):
        loc = R.choices([l for l, _ in LOC_W], [w for _, w in LOC_W])[0]
        self.loc = loc
        if loc == "inv":
            f, l = invented_first(), invented_last()
        elif loc == "vi":
            fam, giv = pools["vi"]  # Datafaker's vi first_name list holds family names
            f = R.choice(giv)
            l = R.choice(fam)
        else:
            f = R.choice(pools[loc][0])
            l = R.choice(pools[loc][1])
        if R.random() < 0.09:
            l = R.choice(ORD_LAST)
        if R.random() < 0.06:
            f = R.choice(ORD_FIRST)
        self.first, self.last = f, l
        self.full = (l + " " + f) if loc == "vi" else (f + " " + l)


# ---------------------------------------------------------------------------------------------
# numbers as speech-to-text writes them
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
       "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = "january february march april may june july august september october november december".split()
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def two(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else (" " if R.random() < 0.85 else "-") + ONES[o])


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD[o]


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand " + ("and " if R.random() < 0.3 else "") + ONES[y - 2000]
    if y >= 2010 and R.random() < 0.3:
        return "two thousand " + two(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


def dwords(s, zero=None):
    """Digit by digit, zero as 'oh' or 'zero', now and then 'double'."""
    zero = zero or R.choice(["oh", "oh", "zero"])
    out, i = [], 0
    dbl = R.random() < 0.35
    while i < len(s):
        c = s[i]
        w = zero if c == "0" else ONES[int(c)]
        if dbl and i + 1 < len(s) and s[i + 1] == c and (i + 2 >= len(s) or s[i + 2] != c):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def house_words(n):
    s = str(n)
    if n < 100:
        return two(n)
    if len(s) == 3:
        a, b = int(s[0]), int(s[1:])
        if b == 0:
            return ONES[a] + " hundred"
        return ONES[a] + " " + (("oh " + ONES[b]) if b < 10 else two(b))
    if len(s) == 4:
        a, b = int(s[:2]), int(s[2:])
        if b == 0:
            return two(a) + " hundred"
        return two(a) + " " + (("oh " + ONES[b]) if b < 10 else two(b))
    return dwords(s)


def letters(s):
    return " ".join(s.replace(" ", ""))


# ---------------------------------------------------------------------------------------------
# value generators (all invented)
# ---------------------------------------------------------------------------------------------

AREAS = ["212", "312", "415", "503", "617", "702", "713", "808", "919", "646", "267", "414",
         "585", "216", "971", "480", "504", "612", "803", "316", "253", "860", "573", "937"]


def phone():
    a = R.choice(AREAS)
    x = "01" + "%02d" % R.randrange(100)
    st = R.randrange(12)
    if st == 0:
        return dwords(a + "555" + x)
    if st == 1:
        return "%s, %s, %s" % (dwords(a), dwords("555"), dwords(x))
    if st == 2:
        return "%s 555 %s" % (a, x)
    if st == 3:
        return "(%s) 555-%s" % (a, x)
    if st == 4:
        return "%s-555-%s" % (a, x)
    if st == 5:
        return "%s 555 %s" % (dwords(a), dwords(x))
    if st == 6:
        return "five five five " + dwords(x)
    if st == 7:
        return "one " + dwords(a) + " " + R.choice(["triple five", "five five five"]) + " " + dwords(x)
    if st == 8:
        return "%s five five five %s" % (dwords(a), "oh one " + two(int(x[2:])) if int(x[2:]) >= 10 else dwords(x))
    if st == 9:
        tail = "%03d" % R.randrange(1000)
        return R.choice(["oh seven seven double oh nine double oh ", "zero seven seven zero zero nine zero zero "]) + dwords(tail)
    if st == 10:
        return "%s-555-%s %s %s" % (a, x, R.choice(["ext", "extension"]), R.randrange(100, 999))
    return "%s five five five %s extension %s" % (dwords(a), dwords(x), dwords(str(R.randrange(10, 400))))


def pick_date(y0, y1):
    y = R.randrange(y0, y1 + 1)
    m = R.randrange(12)
    d = R.randrange(1, MDAYS[m] + 1)
    return y, m, d


def say_date(y, m, d, withyear=True):
    mn = MONTHS[m]
    st = R.randrange(11)
    if not withyear:
        return R.choice(["%s %s" % (mn, ordinal(d)), "the %s of %s" % (ordinal(d), mn),
                         "%s %d" % (mn, d), "%s the %s" % (mn, ordinal(d))])
    if st == 0:
        return "%s %s %s" % (mn, ordinal(d), year_words(y))
    if st == 1:
        return "the %s of %s %s" % (ordinal(d), mn, year_words(y))
    if st == 2:
        return "%d/%d/%d" % (m + 1, d, y)
    if st == 3:
        return "%s %s %s" % (dwords("%02d" % (m + 1), "oh"), dwords("%02d" % d, "oh") if R.random() < 0.5 else two(d), two(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])
    if st == 4:
        return "%s %d, %d" % (mn.capitalize() if R.random() < 0.5 else mn, d, y)
    if st == 5:
        return "%s %s %s" % (two(d), mn, year_words(y))
    if st == 6:
        return "%s %s %s" % (mn, ordinal(d), two(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])
    if st == 7:
        return "%02d-%02d-%d" % (m + 1, d, y)
    if st == 8:
        return "%s %s %s" % (two(m + 1), two(d), year_words(y))
    if st == 9:
        return "%s the %s, %s" % (mn, ordinal(d), year_words(y))
    return "%s %s in %s" % (mn, ordinal(d), year_words(y))


def dob():
    return say_date(*pick_date(1926, 2016))


def visit_date():
    y, m, d = pick_date(2021, 2026)
    return say_date(y, m, d, withyear=R.random() < 0.55)


def age():
    n = R.randrange(90, 106)
    if R.random() < 0.15:
        return str(n)
    if n < 100:
        return two(n)
    return R.choice(["a hundred", "one hundred"]) + ("" if n == 100 else " and " + ONES[n - 100])


def email(p):
    f, l = p.first.replace(" ", ""), p.last.replace(" ", "")
    dom = R.choice(["example.com", "example.org", "example.net"])
    n = R.randrange(10, 99)
    st = R.randrange(6)
    local = [f + "." + l, f[0] + l, l + str(n), f + "_" + l[0], f + l + str(n), l + "." + f][st]
    if R.random() < 0.25:
        return local + "@" + dom
    w = local.replace(".", " dot ").replace("_", " underscore ")
    w = re.sub(r"\d+", lambda m: two(int(m.group())) if R.random() < 0.6 else dwords(m.group()), w)
    if st == 1 and R.random() < 0.5:
        w = letters(f[0]) + " " + l
    return "%s at %s dot %s" % (w, dom.split(".")[0], dom.split(".")[1])


STREETS = ["larkhaven", "quillory", "bramwick", "ostrel", "fennimore", "calloway ridge", "tamsin",
           "old quarry", "harrowgate", "wendle", "marisol", "thistlebrook", "corvell", "penhallow",
           "saddlecreek", "juniper hollow", "brackett", "lindqvist", "ambervale", "rooke", "delmara",
           "kestrel", "pinegrove", "winslet", "copperfield", "orchard view", "sable", "tillman",
           "mill", "church", "main", "maple", "oak", "river", "elm", "spring", "hope", "summit"]
STYPES = ["street", "avenue", "road", "lane", "drive", "court", "way", "boulevard", "place",
          "circle", "terrace", "parkway", "st", "ave", "trail", "loop"]
TOWNS = ["bramble falls", "eastwick harbor", "fennmoor", "larkin springs", "cold creek", "ostrand",
         "port halden", "millvale", "new carrick", "sedgefield", "tarrow", "wexley", "ambridge",
         "dorrance", "kettle rock", "harlow junction", "pell city", "quinby", "silverton",
         "dayton", "yonkers", "tempe", "boise", "provo", "laredo", "erie", "macon", "flagstaff",
         "duluth", "lubbock", "paterson", "stockton", "salinas", "pueblo", "joliet", "waco", "gary",
         "hope", "liberty", "paradise", "friendship", "unity", "eden prairie", "chula vista"]


def address():
    n = R.choice([R.randrange(2, 99), R.randrange(100, 999), R.randrange(100, 999), R.randrange(1000, 9999),
                  R.randrange(1000, 9999), R.randrange(10000, 29999)])
    num = str(n) if R.random() < 0.35 else house_words(n)
    st = R.choice(STREETS)
    ty = R.choice(STYPES)
    a = "%s %s %s" % (num, st, ty)
    if R.random() < 0.35:
        u = R.choice(["apartment", "apt", "unit", "number", "suite"])
        v = R.choice([str(R.randrange(1, 40)), two(R.randrange(1, 30)), ONES[R.randrange(1, 9)] + " " + R.choice("abcdf"),
                      R.choice("abcd") + " " + ONES[R.randrange(1, 9)]])
        a += " " + u + " " + v
    return a


def zipc():
    z = "%05d" % R.randrange(1000, 99950)
    st = R.randrange(6)
    if st < 2:
        return dwords(z)
    if st == 2:
        return z + "-%04d" % R.randrange(10000) if R.random() < 0.5 else z
    if st == 3:
        return "%s %s %s" % (ONES[int(z[0])], two(int(z[1:3])) if z[1] != "0" else dwords(z[1:3]), two(int(z[3:])) if z[3] != "0" else dwords(z[3:]))
    return z


def alnum_say(s):
    """Letters apart, digits as words, sometimes digits kept."""
    out = []
    for chunk in re.findall(r"[a-z]+|\d+", s):
        if chunk.isdigit():
            out.append(dwords(chunk) if R.random() < 0.7 else chunk)
        else:
            out.append(letters(chunk))
    return " ".join(out)


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def rlet(n):
    return "".join(R.choice("abcdefghjkmnprstuvwxyz") for _ in range(n))


def mrn():
    st = R.randrange(5)
    if st == 0:
        return dwords(rdig(R.choice([7, 8])))
    if st == 1:
        return alnum_say(rlet(2) + rdig(6))
    if st == 2:
        return rdig(8) if R.random() < 0.5 else rdig(3) + " " + rdig(4)
    if st == 3:
        return alnum_say(rlet(1) + rdig(7))
    return (rlet(2) + rdig(6)).upper() if R.random() < 0.5 else rlet(1) + " " + rdig(3) + " " + rdig(4)


def member():
    st = R.randrange(5)
    if st == 0:
        return alnum_say(rlet(3) + rdig(9))
    if st == 1:
        return (rlet(3) + rdig(9)).upper()
    if st == 2:
        return letters(rlet(3)) + " " + rdig(4) + " " + rdig(5)
    if st == 3:
        return dwords(rdig(9)) + " " + letters(rlet(2))
    return alnum_say(rlet(1) + rdig(8))


def mbi():
    L = "acdefghjkmnpqrtuvwxy"
    A = L + "0123456789"
    s = (str(R.randrange(1, 10)) + R.choice(L) + R.choice(A) + str(R.randrange(10)) + R.choice(L) + R.choice(A)
         + str(R.randrange(10)) + R.choice(L) + R.choice(L) + str(R.randrange(10)) + str(R.randrange(10)))
    if R.random() < 0.3:
        s = s.upper()
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return " ".join(dwords(c) if c.isdigit() else c for c in s)


def account():
    d = rdig(R.choice([8, 9, 10]))
    return dwords(d) if R.random() < 0.6 else d


def ssn():
    a = R.randrange(1, 666)
    g, s = R.randrange(1, 100), R.randrange(1, 10000)
    v = "%03d%02d%04d" % (a, g, s)
    st = R.randrange(3)
    if st == 0:
        return "%s-%s-%s" % (v[:3], v[3:5], v[5:])
    if st == 1:
        return "%s, %s, %s" % (dwords(v[:3]), dwords(v[3:5]), dwords(v[5:]))
    return dwords(v)


CARDS = ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
         "4012888888881881", "5105105105105100"]


def card():
    c = R.choice(CARDS)
    groups = [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    if R.random() < 0.5:
        return " ".join(groups)
    return ", ".join(dwords(g) for g in groups) if R.random() < 0.5 else " ".join(dwords(g) for g in groups)


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi():
    base = "1" + rdig(8)
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            v = base + c
            return dwords(v) if R.random() < 0.5 else v


def dea(surname):
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    v = R.choice("abfm") + surname[0] + "".join(map(str, d)) + str(chk)
    return alnum_say(v) if R.random() < 0.6 else v.upper()


def plate():
    v = str(R.randrange(1, 10)) + rlet(3) + rdig(3)
    return alnum_say(v) if R.random() < 0.6 else v.upper()


def serial():
    v = rlet(2) + rdig(R.choice([6, 8]))
    return alnum_say(v) if R.random() < 0.6 else v.upper()


def licence():
    v = rlet(1) + rdig(R.choice([7, 8, 12]))
    return alnum_say(v) if R.random() < 0.5 else v.upper()


def url(p):
    l = p.last.replace(" ", "")
    w = R.choice(["example dot com slash refill slash %s" % l, "w w w dot example dot org slash patient slash %s %s" % (l, two(R.randrange(10, 99))),
                  "example.net/portal/%s%s" % (p.first[0], l), "my dot example dot com slash %s" % l])
    return w


def ip():
    return R.choice(["192.168.%d.%d" % (R.randrange(256), R.randrange(1, 255)),
                     "ten dot %s dot %s dot %s" % (ONES[R.randrange(10)], two(R.randrange(1, 40)), two(R.randrange(2, 99))),
                     "203.0.113.%d" % R.randrange(1, 255)])


IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
         "IT60 X054 2811 1010 0000 0123 456", "PL61 1090 1014 0000 0712 1981 2874"]

DRUGS = ["lisinopril", "metformin", "atorvastatin", "levothyroxine", "amlodipine", "omeprazole",
         "sertraline", "albuterol inhaler", "gabapentin", "losartan", "insulin pens",
         "eliquis", "warfarin", "prednisone", "montelukast", "tamsulosin", "jardiance",
         "blood pressure pills", "thyroid medicine", "eye drops", "metoprolol", "furosemide"]
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
KIN_F = ["my daughter", "my mom", "my wife", "my neighbour", "my sister", "my aunt", "my grandma",
         "our carer", "my caregiver", "the aide"]
KIN_M = ["my son", "my dad", "my husband", "my brother", "my uncle", "my grandpa", "my stepson",
         "my nephew"]
KIN_N = ["my neighbor", "my partner", "our carer", "my roommate", "my kid", "the home aide",
         "my cousin", "my friend"]

# ---------------------------------------------------------------------------------------------
# templates: {P1f} {P1l} {P1n} first, last, full name of person 1, {P1sp} its surname spelled,
# {P1spf} its first name spelled; upper-case keys are labelled values; lower-case are filler
# ---------------------------------------------------------------------------------------------

T_PHI = [
    # clinic scheduling
    "i need to move {P1f}'s appointment, she's got school on {day} now",
    "{P1n} speaking, you called me about rescheduling",
    "uh {P1l}, {P1sp}, the appointment is for {day} morning",
    "{P1f} and {P2f} both need their flu shots can we do them back to back",
    "{kinf} {P1n} drove me last time but she can't on {day} so i need something later",
    "it's for {kink} {P1f}, he's nine, date of birth {DOBK}",
    "okay so {P1n}, born {DOB}, and the best number is {PH}",
    "i saw doctor {P1l} on {DATE} and she wanted a follow up in six weeks",
    "can {P1f} come in with me, she's my carer, she handles all my appointments",
    "tell {P1f} at the front desk i said thanks for squeezing me in on {DATE}",
    "we have {P1f}, {P2f} and {P3f}, all three kids need physicals before camp",
    "the the patient is {P1n}, date of birth is {DOB}",
    "uh yeah {P1l}, first name {P1f}, i got a cancellation text and i didn't cancel",
    "{kinf} is {AGE} so she can't really do stairs, is the new clinic on the ground floor",
    "{P1n} has a standing appointment every other {day} and {P2f} usually does the driving",
    "she's {AGE} years old and she lives with us at {ADDR} in {TOWN}",
    "we moved, the new address is {ADDR}, {TOWN}, zip {ZIP}",
    "can you send the reminders to {EM} instead of texting",
    "callback number {PH}, that's my cell, ask for {P1f}",
    "i'm calling for {P1n}, chart number {MRN}, she needs her cardiology follow up",
    "her m r n is {MRN} and the last visit was {DATE}",
    "{P1f} was seen on {DATE} by {P2n} and we never heard about the results",
    "i'd like to book with {P1l} again not the new one, {P1l} knows my history",
    "um so {P1f} has the ear thing again and i was hoping {P2l} could see them today",
    "i drove {P1f} to urgent care on {DATE} and they told us to follow up with you",
    "does {P1l} still do the wednesday afternoons or did she move to the other office",
    "my my grandson {P1f} needs a sports physical and his birthday is {DOBK}",
    "appointment's for {P1n} and me, i'm {P2f}, we're at the same address {ADDR}",
    "{P1f} cancelled on {DATE} so i think there's an open slot now right, {P2f} told me",
    "can you put {P1n} on the waitlist for the dermatologist",
    "yes this is {P1n}, the birthday is {DOB}, i'm confirming for tomorrow",
    "no no not {P1f}, {P2f}, her sister, the one with the asthma",
    "it's {P1f}, {P1n}, sorry my phone cut out",
    "the lab visit on {DATE} was for {P1f}, could you check if the results are in",
    "we're out in {TOWN} now so is the {TOWN2} office closer or the main one",
    "{P1f}'s pediatrician wants her seen before {DATE}",
    "is {P1f} working today, did my blood draw last time and was great",
    "i'm listed as the emergency contact for {P1n}, my number is {PH}",
    "my grandma {P1f} is {AGE} and still sharp as anything, she wants the morning slot",
    "medical record {MRN}, {P1n}, born {DOB}",
    "the address on file is old, it should be {ADDR}, {TOWN} {ZIP}",
    "uh {P1l}, first {P1spf}, last {P1sp}, i have the eleven thirty",
    "{P1n}, {P2n} and {P3n}, it's a family appointment for the three of them",
    "ask for {P1f} or {P2f} at the nurses station, they know my dad",
    # pharmacy refill
    "refill for {P1n}, the {drug}, date of birth {DOB}",
    "{P1f} picked up the {drug} yesterday but they gave the wrong strength",
    "{kinn} {P1f} needs the {drug} refilled, ran out as of tonight",
    "the prescription is under {P1l}, that's {P1sp}, and her birthday is {DOB}",
    "it's for my dad, he's {AGE}, {P1n}, he's on the {drug} and the {drug2}",
    "member id is {MEM} and the group number is four four one nine",
    "the insurance card says {MEM}, the subscriber is {P1n}",
    "my medicare number is {MBI} if you need that for the part d",
    "could you call {P1f} when it's ready, her number is {PH}",
    "{P1n} and {P2n}, both at {ADDR}, we get ours delivered",
    "doctor {P1l} sent the script over on {DATE} but it's not showing on my end",
    "the card number is {CARD}, expires next year, for the copay",
    "the prescriber is {P1n}, n p i {NPI}",
    "the dea number on the paper script says {DEA}, the doctor is {P1l}",
    "deliver to {ADDR} in {TOWN}, zip code {ZIP}, ring the bell twice",
    "yes {P1l} speaking who's this, the pharmacy",
    "it's for {P1f} uh {P1n}, {P2f} is her carer and picks up for her",
    "my account number with you guys is {ACCT}",
    "for the insurance they asked for the social, it's {SSN}",
    "okay {P1f} speaking, i got a text that my {drug} is ready",
    "{kinn} {P1f} went by on {DATE} and the pharmacy was closed early",
    "she was admitted {DATE} and discharged {DATE2} so the refills got missed",
    "born {DOB}, sorry, i mean {DOB2}, i always mix it up",
    "plate number's {PLATE}, i'll be at the drive through window in ten minutes",
    "the glucose meter serial number is {SERIAL}, it's the one you replaced",
    "for the pain medicine pickup, my drivers license is {LIC}",
    "the link you texted me was {URL} and it says page not found",
    "the portal keeps blocking me, it says my ip {IP} is not allowed",
    "can the refund go to my bank back home, the iban is {IBAN}",
    "{P1n}, {AGE}, she's in hospice now so please cancel her auto refills",
    "i'm {P1f}'s home health aide, {P2f}, calling to check on her {drug}",
    "{kinf} {P1f} and i share the account {ACCT}, you can put it on that",
    "my number is {PH} or you can try the house {PH2}",
    "fax the prior auth to {FAX}, that's doctor {P1l}'s office fax",
    "uh the the birthday is uh {DOB}, and it's for {P1f}",
    "her email is {EM}, all lowercase",
    "{P1f} from the care home usually calls in the refills, i'm covering for her",
    "{P1l}, {P1n}, the refill request from {DATE}",
    "the referral from {P1n} for {P2n} hasn't gone through yet",
    "is {P1f} there, the pharmacist, i was told to call back after lunch",
    "we told {P1f} it was ready but they went to the wrong location",
    "sorry who, oh {P1f}, yeah she's my neighbour, i'm picking up for her today",
    "{P1n}, {P1l} with a {initial} as in {iword}, for the {drug}",
    "i need the {drug} for {P1f}, {P2f} and me, we all take the same one",
    "can you text {P1f} when the insulin comes in, same number as before {PH}",
    "the nurse, {P1f} i think, said my results from {DATE} were fine",
    "she's {AGE} in {month}, her name's {P1f}, and she can't come to the counter",
    "mrs {P1l} in four b asked me to call for her, she's hard of hearing",
    "ok um it's {P1n}, {P1sp}, and the zip is {ZIP}",
    "i'm not the patient, {P1f} is, i'm just the driver, my name is {P2n}",
    "hi yeah it's {P1f} calling back about my {drug}",
    "the number to reach {P1f} is {PH}, she's at work till five",
    "yeah it's {PH}, no wait, {PH2}, the first one is my old number",
    "{P1l}, member id {MEM}, and the group is four two two b",
    "patient number {MRN}, i have the card right here, it's for {P1f}",
    "i'm out in {TOWN}, {ZIP}, is there a location that delivers out here",
    "{P1n} turned {AGE} last month, so the home visits make more sense now",
    "date of birth {DOB}, member id {MEM}, and the phone on file should be {PH}",
    "she's {AGE}, lives alone at {ADDR}, and {P1f} next door checks on her",
    "can you update the phone for {P1n} to {PH}",
    "the m r n on my wristband from {DATE} says {MRN}",
    "send it to {P1f} at {EM}, she's handling my refills now",
    "hang on {P1f} is reading it to me, the member id is {MEM}",
    "last name first right, {P1l} {P1f}, and the birthday {DOB}",
    "{P1f} said to give you the policy number {MEM} and the zip {ZIP}",
    "the street is {ADDR} and the zip is {ZIP}, it's the blue house",
    "um, {ZIP}, yeah, that's the zip, and the phone is {PH}",
]

T_FREE = [
    "will the {drug} be ready by friday or should i call back in may",
    "i'll pay the bill when i pick it up, can you mark it as paid on your end",
    "is the rose garden entrance open or do i go in by the summit building",
    "i was born in nineteen fifty eight if that matters for the shingles shot",
    "she's eighty seven and she still drives herself to every appointment",
    "grant me a second i'm looking for the card, the group number is four four two zero",
    "i hope the june appointments open up soon, anything on a wednesday works",
    "i'm on brown rice and low sodium since the kidney thing, does that change the dose",
    "the last four of the card is four four one two if you need to look it up",
    "the copay was twenty five dollars last time and it was room three twelve",
    "can i get the amoxicillin five hundred milligrams twice a day refilled early",
    "my left knee and my lower back are worse in the mornings, is there anything sooner",
    "may i speak to somebody in billing about the bill i got in april",
    "it's room two oh four on the third floor in the west wing right",
    "the pharmacy on main closes at nine on fridays right",
    "press one for refills press two for the nurse line, sorry i'm just reading the menu",
    "blood pressure was one forty over ninety this morning and my sugar was one twelve",
    "does the clinic take blue cross or just the summit health plan",
    "i'll call 911 if it gets worse, i just want to know if urgent care is open",
    "can i bring my will and the power of attorney paperwork to the visit",
    "frank question, is the generic as good as the brand for lisinopril",
    "the doctor said to take it with food like toast or brown rice not on an empty stomach",
    "is june or july better for the colonoscopy prep class",
    "my hope is to get the mammogram and the bone density done the same day",
    "i'm ninety percent sure it's the white pill not the blue one",
    "next tuesday at ten thirty works or the following monday morning",
    "it's the ninety count bottle not the thirty, the ninety day supply",
    "do you have the sterling silver earrings test for nickel allergy or is that the dermatologist",
    "the walk in clinic on christmas eve, is it open till noon",
    "faith in the new inhaler is low honestly, the old one worked better",
    "my dad is seventy two and my mom is sixty nine, do they both need the pneumonia shot",
    "can you mark down that i prefer mornings, like eight or nine",
    "is doctor available for a telehealth visit instead or does it have to be in person",
]


def fill(template, pools):
    people, vals, labels = {}, {}, []

    def person(k):
        if k not in people:
            while True:
                p = Person(pools)
                if all(p.first != q.first and p.last != q.last for q in people.values()):
                    break
            people[k] = p
        return people[k]

    def lab(kind, v):
        return "[[%s|%s]]" % (kind, v)

    def rep(m):
        key = m.group(1)
        pm = re.fullmatch(r"P(\d)(f|l|n|sp|spf)", key)
        if pm:
            p = person(pm.group(1))
            part = pm.group(2)
            v = {"f": p.first, "l": p.last, "n": p.full, "sp": letters(p.last), "spf": letters(p.first)}[part]
            return lab("NAME", v)
        if key in vals:
            return vals[key]
        base = key.rstrip("0123456789")
        if base == "DOB":
            v = lab("DOB", dob())
        elif base == "DOBK":
            v = lab("DOB", say_date(*pick_date(2016, 2017)))
        elif base == "DATE":
            v = lab("DATE", visit_date())
        elif base == "AGE":
            v = lab("AGE", age())
        elif base == "PH":
            v = lab("PHONE", phone())
        elif base == "FAX":
            v = lab("FAX", phone())
        elif base == "EM":
            v = lab("EMAIL", email(Person(pools)))
        elif base == "ADDR":
            v = lab("ADDRESS", address())
        elif base == "TOWN":
            while True:
                t = R.choice(TOWNS)
                if lab("LOCATION", t) not in vals.values():
                    break
            v = lab("LOCATION", t)
        elif base == "ZIP":
            v = lab("ZIP", zipc())
        elif base == "MRN":
            v = lab("MRN", mrn())
        elif base == "MEM":
            v = lab("HEALTH_PLAN_ID", member())
        elif base == "MBI":
            v = lab("HEALTH_PLAN_ID", mbi())
        elif base == "ACCT":
            v = lab("ACCOUNT", account())
        elif base == "SSN":
            v = lab("SSN", ssn())
        elif base == "CARD":
            v = lab("CREDIT_CARD", card())
        elif base == "NPI":
            v = lab("LICENSE", npi())
        elif base == "DEA":
            v = lab("LICENSE", dea(person("1").last))
        elif base == "PLATE":
            v = lab("VEHICLE_ID", plate())
        elif base == "SERIAL":
            v = lab("DEVICE_ID", serial())
        elif base == "LIC":
            v = lab("LICENSE", licence())
        elif base == "URL":
            v = lab("URL", url(Person(pools)))
        elif base == "IP":
            v = lab("IP_ADDRESS", ip())
        elif base == "IBAN":
            v = lab("IBAN", R.choice(IBANS))
        elif base == "drug":
            v = R.choice([d for d in DRUGS if d not in vals.values()])
        elif base == "day":
            v = R.choice(DAYS)
        elif base == "month":
            v = R.choice(MONTHS)
        elif base == "kinf":
            v = R.choice(KIN_F)
        elif base == "kinm":
            v = R.choice(KIN_M)
        elif base == "kink":
            v = R.choice(["my son", "my grandson", "my nephew", "my stepson", "my boy"])
        elif base == "kinn":
            v = R.choice(KIN_N)
        elif base == "initial":
            v = person("1").last[0]
        elif base == "iword":
            c = person("1").last[0]
            v = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "echo", "f": "frank", "g": "george",
                 "h": "henry", "i": "ida", "j": "john", "k": "king", "l": "lima", "m": "mary", "n": "nancy",
                 "o": "ocean", "p": "peter", "q": "queen", "r": "robert", "s": "sam", "t": "tom", "u": "umbrella",
                 "v": "victor", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}[c]
        else:
            raise KeyError(key)
        vals[key] = v
        return v

    return re.sub(r"\{(\w+)\}", rep, template)


OPEN = ["", "", "", "", "um ", "uh ", "yeah ", "hi ", "okay so ", "hi yes ", "hello ", "right so ",
        "sorry ", "yeah hi ", "hey there ", "good morning ", "so um ", "hi um "]
CLOSE = ["", "", "", "", " thanks", " thank you", " please", " if that's okay", " okay", " yeah",
         " thanks so much", " if you can", " appreciate it"]


def voice(text):
    t = R.choice(OPEN) + text + R.choice(CLOSE)
    r = R.random()
    if r < 0.35:
        t = t.replace(", ", " ")  # an engine that writes no commas
    if R.random() < 0.25:
        t += "."
    return t


# ---------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------

KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN",
         "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID",
         "DEVICE_ID", "URL", "IP_ADDRESS"}
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
CUE_WORDS = {"doctor", "dr", "dr.", "mr", "mrs", "ms", "miss", "nurse", "my", "name", "is", "this",
             "i'm", "it's", "called", "patient"}
CUE_BEFORE = re.compile(r"(my name is|name is|name's|this is|i'm|i am|it's|its|under|doctor|dr\.?|"
                        r"mr|mrs|ms|miss|nurse|that's|first name|last name|surname|"
                        r"(patient|doctor|subscriber|prescriber|name) is|patient)[ ,]*(uh |um )?$")


def plain_text(t):
    return LABEL.sub(lambda m: m.group(2), t)


def check(lines):
    ids = set()
    for ln in lines:
        assert ln.count("\t") == 1, ln
        i, t = ln.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert re.fullmatch(re.escape(PREFIX) + r"\d{3}", i), i
        rest = LABEL.sub("", t)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, ln
        for m in LABEL.finditer(t):
            k, v = m.group(1), m.group(2)
            assert k in KINDS, ln
            assert v and v == v.strip() and v[-1] not in ",;:!?" and v[0] not in ",;:!?", ln
            assert not v.endswith("'s"), ln
            if k == "NAME":
                assert not (set(v.split()) & CUE_WORDS), ln
        n = len(plain_text(t).split())
        assert 5 <= n <= 60, (n, ln)


def cue_count(lines):
    cued = bare = 0
    for ln in lines:
        t = ln.split("\t")[1]
        for m in LABEL.finditer(t):
            if m.group(1) != "NAME":
                continue
            before = plain_text(t[:m.start()]).lower()
            if CUE_BEFORE.search(before):
                cued += 1
            else:
                bare += 1
    return cued, bare


def main():
    df = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dev", "masker", "domain",
        "masking", "eval", FILE)
    pools = load(df)
    assert len(T_PHI) + len(T_FREE) >= 60
    assert len(set(T_PHI)) == len(T_PHI) and len(set(T_FREE)) == len(T_FREE)
    n_phi = TOTAL - FREE
    # each PHI template a few times (at most three), each free one at most twice
    sched = []
    order = T_PHI[:]
    R.shuffle(order)
    while len(sched) < n_phi:
        sched += order
    sched = sched[:n_phi]
    free = T_FREE[:]
    R.shuffle(free)
    free = (free * 2)[:FREE]
    texts = []
    for tp in sched:
        texts.append((fill(tp, pools), True))
    for tp in free:
        texts.append((fill(tp, pools), False))
    R.shuffle(texts)
    lines = []
    seen = set()
    for k, (t, phi) in enumerate(texts, 1):
        v = voice(t)
        tries = 0
        while plain_text(v) in seen and tries < 5:
            v = voice(t)
            tries += 1
        seen.add(plain_text(v))
        if phi:
            assert LABEL.search(v), v
        else:
            assert not LABEL.search(v), v
        lines.append("%s%03d\t%s" % (PREFIX, k, v))
    check(lines)
    cued, bare = cue_count(lines)
    assert bare / (bare + cued) >= 0.45, (bare, cued)
    header = ("# %s: generated by %s (seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales "
              "en-US en-IND de it pl tr vi, diacritics dropped) and invented names, streets and towns "
              "written for Masker; caller turns to clinic scheduling and pharmacy refill voice agents, "
              "all PHI kinds labelled; development set, tuned on; every value invented."
              % (FILE, SCRIPT, SEED))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for ln in lines:
            f.write(ln + "\n")
    kinds = {}
    for ln in lines:
        for m in LABEL.finditer(ln):
            kinds[m.group(1)] = kinds.get(m.group(1), 0) + 1
    free_n = sum(1 for ln in lines if not LABEL.search(ln))
    print("lines %d, without PHI %d, templates %d (PHI %d, free %d)" % (
        len(lines), free_n, len(T_PHI) + len(T_FREE), len(T_PHI), len(T_FREE)))
    print("NAME values: %d without a cue, %d after a cue or title (%.0f%% without)" % (
        bare, cued, 100.0 * bare / (bare + cued)))
    for k in sorted(kinds, key=lambda k: -kinds[k]):
        print("  %-15s %d" % (k, kinds[k]))


if __name__ == "__main__":
    main()
