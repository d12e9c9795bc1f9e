#!/usr/bin/env python3
"""Twelfth held-out evaluation set for Masker: caller turns of phone calls to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
120123). Given names and surnames come from Datafaker 2.7.0's locale files (Apache-2.0), combined
at random so that no real person is meant; invented names, streets and towns are written here.
Phones come only from fiction ranges (US 555-01xx, UK 07700 900xxx, AU 0491 570 xxx).

Usage: holdout12_voice.py [DATAFAKER_YML_DIR]   (default /tmp/df, made with
  unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df)
"""
import os
import random
import re
import sys
import unicodedata

SEED = 120123
N_LINES = 280
N_FREE = 42
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dev", "masker",
                   "domain", "masking", "eval", "voice-holdout12.tsv")
LOCALES = ["ca", "hu", "da-DK", "ro-MD", "en-SG", "de-AT", "es-AR"]

R = random.Random(SEED)


# ---------------------------------------------------------------- names from Datafaker

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def load_list(path, key):
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, ln in enumerate(lines):
        if re.match(r"^\s+%s:" % key, ln):
            buf = ln.split(":", 1)[1]
            j = i
            while "[" not in buf or "]" not in buf:
                j += 1
                buf += " " + lines[j]
            body = buf[buf.index("[") + 1: buf.index("]")]
            out = []
            for it in body.split(","):
                it = fold(it.strip().strip('"').strip("'").strip())
                if it and re.fullmatch(r"[a-z][a-z' -]*[a-z]", it) and len(it) > 2:
                    out.append(it.replace("'", ""))
            return sorted(set(out))
    return []


YML = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
FEM, MAS, SUR = {}, {}, {}
for loc in LOCALES:
    p = os.path.join(YML, loc + ".yml")
    f, m, s = load_list(p, "female_first_name"), load_list(p, "male_first_name"), load_list(p, "last_name")
    if f:
        FEM[loc] = f
    if m:
        MAS[loc] = m
    if s:
        SUR[loc] = s
assert len(FEM) >= 4 and len(SUR) >= 6, "Datafaker yml files not found under " + YML

# written for Masker: invented syllable names and names of other origins
INV_FEM = ["orlaith", "zuzeta", "maribel", "temperance", "ngozi", "yesenia", "halinka", "brisa",
           "oyelaran", "tamsin", "delphine", "kaveri", "ileana", "noor", "saoirse", "luvenia"]
INV_MAS = ["okoro", "teodric", "bram", "vasco", "idris", "caspian", "thaddeus", "kwabena",
           "arvo", "lucan", "emeka", "dorian", "ignatius", "rafferty", "zoltan", "benedek"]
INV_SUR = ["ravelo", "quenneville", "bartosik", "ademola", "vantongeren", "hallorquin",
           "mbekwe", "sorensby", "castellanet", "okonkwo", "treadaway", "pirelli", "varga nemeth",
           "lindqvist", "abernethy", "szymkiewicz", "ferreira lima", "dunleavy", "achterberg"]
# ordinary English words used as surnames or given names (a minority of lines)
WORD_SUR = ["finch", "baker", "mason", "reed", "bishop", "sparrow", "carver", "gable", "hale",
            "marsh", "stone", "bell", "rivers", "banks", "fields", "knight", "cook", "dove"]
WORD_FEM = ["hope", "june", "faith", "rose", "dawn", "ivy", "joy", "april"]
WORD_MAS = ["will", "bill", "mark", "grant", "rich", "chase", "drew", "sterling"]


def fem():
    if R.random() < 0.12:
        return R.choice(INV_FEM)
    return R.choice(FEM[R.choice(sorted(FEM))])


def mas():
    if R.random() < 0.12:
        return R.choice(INV_MAS)
    return R.choice(MAS[R.choice(sorted(MAS))])


def given():
    return fem() if R.random() < 0.5 else mas()


def sur():
    if R.random() < 0.12:
        return R.choice(INV_SUR)
    return R.choice(SUR[R.choice(sorted(SUR))])


def full(g=None):
    return (g or given()) + " " + sur()


def word_sur():
    return R.choice(WORD_SUR)


def N(v):
    return "[[NAME|%s]]" % v


def spell(word):
    return " ".join(c for c in word if c != " ")


# ---------------------------------------------------------------- numbers as speech

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
       "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = "january february march april may june july august september october november december".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else R.choice([" ", " and "]) + words(rest))
    th = n // 1000
    rest = n % 1000
    return words(th) + " thousand" + ("" if rest == 0 else " " + words(rest))


def ordinal(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def year_words(y):
    if y >= 2000 and y < 2010:
        return R.choice(["two thousand ", "two thousand and "]) + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    if lo < 10:
        return words(hi) + " oh " + ONES[lo]
    return words(hi) + " " + words(lo)


def zero_word():
    return R.choice(["oh", "oh", "zero"])


def say_digits(s, doubles=True):
    """digits one by one, 'oh' or 'zero', sometimes 'double'."""
    z = zero_word()
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            out.append(c)
            i += 1
            continue
        w = z if c == "0" else ONES[int(c)]
        if doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.5:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pairs(s):
    """digits in pairs as speakers do: 4721 -> forty seven twenty one."""
    out = []
    if len(s) % 2:
        out.append(zero_word() if s[0] == "0" else ONES[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == "0":
            out.append(zero_word() + " " + ONES[int(p[1])])
        else:
            out.append(words(int(p)))
    return " ".join(out)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def digits_nz(n):
    return R.choice("123456789") + digits(n - 1)


# ---------------------------------------------------------------- phones (fiction ranges only)

AREAS = ["312", "617", "503", "414", "719", "206", "865", "404", "651", "808", "970", "520", "802", "907"]


def us_phone_raw():
    return R.choice(AREAS), "555", "01" + digits(2)


def us_phone():
    a, b, c = us_phone_raw()
    k = R.randrange(7)
    if k == 0:
        return "%s %s %s" % (say_digits(a), say_digits(b, False), say_digits(c))
    if k == 1:
        return "%s-%s-%s" % (a, b, c)
    if k == 2:
        return "(%s) %s-%s" % (a, b, c)
    if k == 3:
        return "%s %s, %s" % (say_digits(a), "five five five", say_pairs(c))
    if k == 4:
        return "%s %s %s" % (a, b, c)
    if k == 5:
        return "%s, %s, %s" % (say_digits(a), say_digits(b, False), say_digits(c))
    return "%s %s %s" % (say_digits(a), "triple five", say_digits(c))


def uk_phone():
    x = digits(3)
    if R.random() < 0.5:
        return "oh seven seven oh oh nine oh oh " + say_digits(x)
    return "07700 900" + x


def au_phone():
    x = str(R.randint(100, 999))
    if R.random() < 0.5:
        return "oh four nine one five seven oh " + say_digits(x)
    return "0491 570 " + x


def P(v, kind="PHONE"):
    return "[[%s|%s]]" % (kind, v)


# ---------------------------------------------------------------- dates

def rand_day(month):
    return R.randint(1, 30 if month in (4, 6, 9, 11) else (28 if month == 2 else 31))


def spoken_date(year=None, with_year=None):
    m = R.randint(1, 12)
    d = rand_day(m)
    if with_year is None:
        with_year = year is not None
    y = year
    k = R.randrange(6)
    if k == 0:
        s = "%s %s" % (MONTHS[m - 1], ordinal(d))
    elif k == 1:
        s = "the %s of %s" % (ordinal(d), MONTHS[m - 1])
    elif k == 2:
        s = "%s %s" % (MONTHS[m - 1], words(d))
    elif k == 3:
        s = "%s the %s" % (MONTHS[m - 1], ordinal(d))
    elif k == 4:
        s = "%s %d" % (MONTHS[m - 1], d)
    else:
        s = "%s of %s" % (ordinal(d), MONTHS[m - 1])
    if with_year and y:
        if k == 4:
            s += ", %d" % y if R.random() < 0.5 else " %d" % y
        else:
            s += " " + year_words(y)
    return s


def nothe(v):
    return v[4:] if v.startswith("the ") else v


def dob_value(lo=1924, hi=2008):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = rand_day(m)
    k = R.randrange(8)
    if k <= 2:
        # a date with a leading "the" is left out of the label: the label starts at the ordinal
        v = spoken_date(y)
        return v[4:] if v.startswith("the ") else v
    if k == 3:
        return "%s %s %s" % (words(m), words(d), year_words(y))
    if k == 4:
        return "%02d/%02d/%d" % (m, d, y)
    if k == 5:
        return "%s %s %s" % (say_digits("%02d" % m, False), say_digits("%02d" % d, False), year_words(y))
    if k == 6:
        return "%d %d %d" % (m, d, y)
    return "%s %s, %s" % (MONTHS[m - 1], words(d), say_pairs(str(y)))


def visit_date():
    k = R.randrange(6)
    if k <= 3:
        v = spoken_date(None, False)
    elif k == 4:
        v = spoken_date(R.choice([2024, 2025, 2026]))
    else:
        m = R.randint(1, 12)
        v = "%d/%d" % (m, rand_day(m))
    return v[4:] if v.startswith("the ") else v


def D(v):
    return "[[DATE|%s]]" % v


def B(v):
    return "[[DOB|%s]]" % v


# ---------------------------------------------------------------- places (invented)

STREETS = ["larkspur", "wendover", "quillan", "ashgrove", "tamsworth", "brindle", "coppervale",
           "hazelnut", "kestrel", "ollander", "saddlebrook", "dunmore", "pemberly", "riverbend",
           "thistledown", "windrow", "calloway", "marrowby", "fenwick", "juniper hollow",
           "old quarry", "stillwater", "bellhaven", "crowfoot", "orchard hill", "tellaman"]
WORD_STREETS = ["mill", "church", "spring", "market", "grant", "hope", "may", "summit"]
SUFFIX = ["street", "avenue", "road", "drive", "lane", "court", "way", "boulevard", "place", "terrace",
          "circle", "trail", "parkway", "st", "ave", "rd"]
TOWNS = ["brackenford", "millhaven", "oster falls", "port wendell", "cedar hollow", "kelloway",
         "ambrose junction", "little pell", "east harrowgate", "stonebridge", "varney", "lake orrin",
         "fairmead", "new caddock", "grisham springs", "dunmoor", "pelham crossing", "halvertown",
         "west tamsin", "rook valley", "saint arles", "marlow heights"]
WORD_TOWNS = ["hope", "liberty", "harmony", "comfort", "friendship", "energy", "justice", "plain"]
REAL_TOWNS = ["tacoma", "dayton", "boise", "flagstaff", "chattanooga", "duluth", "spokane", "savannah"]


def town():
    x = R.random()
    if x < 0.15:
        return R.choice(WORD_TOWNS)
    if x < 0.35:
        return R.choice(REAL_TOWNS)
    return R.choice(TOWNS)


def house_no():
    n = R.randint(2, 9899)
    k = R.randrange(4)
    if k == 0:
        return str(n)
    if k == 1 and n >= 1000 and n % 100 >= 10:
        return "%s %s" % (words(n // 100), words(n % 100))
    if k == 2:
        return say_digits(str(n), False)
    return words(n) if n < 1000 else str(n)


def street(word_ok=True):
    if word_ok and R.random() < 0.15:
        nm = R.choice(WORD_STREETS)
    else:
        nm = R.choice(STREETS)
    pre = R.choice(["", "", "", "north ", "south ", "east ", "west ", "n ", "old "])
    return pre + nm + " " + R.choice(SUFFIX)


def address():
    a = house_no() + " " + street()
    x = R.random()
    if x < 0.12:
        a += " apartment " + R.choice([words(R.randint(1, 40)), str(R.randint(1, 40))]) + R.choice(["", " b", " c"])
    elif x < 0.22:
        a += " unit " + R.choice(["four b", "twelve", "2c", "one oh six", "seven a"])
    elif x < 0.27:
        a += " lot " + words(R.randint(2, 60))
    return a


def po_box():
    n = digits_nz(R.choice([3, 4]))
    return R.choice(["po box ", "p o box ", "post office box "]) + R.choice([n, say_digits(n), say_pairs(n)])


def zipc():
    z = "%05d" % R.randint(1001, 99950)
    k = R.randrange(4)
    if k == 0:
        return z
    if k == 1:
        return say_digits(z)
    if k == 2:
        return z + "-" + digits(4)
    return say_digits(z, False)


def A(v):
    return "[[ADDRESS|%s]]" % v


def L(v):
    return "[[LOCATION|%s]]" % v


def Z(v):
    return "[[ZIP|%s]]" % v


# ---------------------------------------------------------------- e-mails, ids

DOMAINS = ["example dot com", "example dot org", "example dot net"]


def email():
    g, s = given().replace(" ", ""), sur().replace(" ", "")
    k = R.randrange(6)
    dom = R.choice(DOMAINS)
    if k == 0:
        return "%s dot %s at %s" % (g, s, dom)
    if k == 1:
        return "%s %s at %s" % (g[0], s, dom)
    if k == 2:
        return "%s underscore %s %s at %s" % (g, s, words(R.randint(10, 99)), dom)
    if k == 3:
        return "%s at %s" % (spell(s[:6]), dom)
    if k == 4:
        return "%s.%s%d@example.%s" % (g, s, R.randint(1, 99), R.choice(["com", "org", "net"]))
    return "%s %s dash %s at %s" % (g[0], g[1] if len(g) > 1 else "x", s, dom)


def E(v):
    return "[[EMAIL|%s]]" % v


LETTERS = "abcdefghjkmnprstuvwxyz"
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank", "g": "george",
        "h": "henry", "j": "john", "k": "king", "m": "mary", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sam", "t": "tom", "u": "umbrella", "v": "victor", "w": "william", "x": "x ray", "y": "yellow",
        "z": "zebra"}


def say_mixed(s):
    out = []
    for c in s:
        if c.isdigit():
            out.append(zero_word() if c == "0" else ONES[int(c)])
        elif c.isalpha():
            out.append(c.lower())
    return " ".join(out)


def mrn():
    s = digits_nz(R.choice([7, 8]))
    k = R.randrange(4)
    if k == 0:
        return s
    if k == 1:
        return say_digits(s)
    if k == 2:
        return say_pairs(s)
    pre = R.choice(LETTERS) + R.choice(LETTERS)
    return say_mixed(pre) + " " + say_digits(s[:6])


def member_id():
    k = R.randrange(5)
    if k == 0:
        pre = "".join(R.choice(LETTERS) for _ in range(3))
        return say_mixed(pre) + " " + say_digits(digits(9))
    if k == 1:
        pre = "".join(R.choice(LETTERS) for _ in range(3)).upper()
        return pre + digits(8)
    if k == 2:
        return say_pairs(digits_nz(10))
    if k == 3:
        c = R.choice("bdfgkmprtw")
        return "%s as in %s %s" % (c, ASIN[c], say_digits(digits(8)))
    return say_digits(digits_nz(11))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a, n = MBI_ALPHA, "0123456789"
    s = (R.choice("123456789") + R.choice(a) + R.choice(a + n) + R.choice(n) + R.choice(a)
         + R.choice(a + n) + R.choice(n) + R.choice(a) + R.choice(a) + R.choice(n) + R.choice(n))
    if R.random() < 0.5:
        return say_mixed(s)
    return s[:4] + "-" + s[4:7] + "-" + s[7:]


def account():
    s = digits_nz(R.choice([8, 9, 10]))
    k = R.randrange(3)
    return s if k == 0 else (say_digits(s) if k == 1 else say_pairs(s))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    k = R.randrange(3)
    if k == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if k == 1:
        return "%s, %s, %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:]))
    return say_digits(s)


def npi():
    base = R.choice("12") + digits(8)
    t = 24  # the 80840 prefix folded into the Luhn sum
    for i, c in enumerate(reversed(base)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return base + str((10 - t % 10) % 10)


def dea():
    l1 = R.choice("ABFGM")
    l2 = R.choice("BCDHKLMPRSTW")
    d = [int(x) for x in digits(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(c)


def dl():
    k = R.randrange(3)
    if k == 0:
        c = R.choice("bdgklmrsw")
        return c + " " + say_digits(digits(8))
    if k == 1:
        return R.choice("BDFKMS") + digits(7)
    return say_digits(digits_nz(9))


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = list(R.choice("12345JKLW") + "".join(R.choice(chars) for _ in range(7)) + "0"
             + R.choice("LMNPRST") + R.choice(chars) + digits(6))
    t = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(s, VIN_W))
    s[8] = "X" if t % 11 == 10 else str(t % 11)
    return "".join(s)


def plate():
    k = R.randrange(3)
    if k == 0:
        return say_mixed(digits_nz(1) + "".join(R.choice(LETTERS) for _ in range(3)) + digits(3))
    if k == 1:
        return "".join(R.choice(LETTERS) for _ in range(3)).upper() + " " + digits(4)
    return say_mixed("".join(R.choice(LETTERS) for _ in range(2)) + digits(5))


def serial():
    k = R.randrange(3)
    if k == 0:
        return say_mixed("".join(R.choice(LETTERS) for _ in range(2)) + digits(7))
    if k == 1:
        return R.choice(["SN", "GX", "RM", "DX"]) + digits(8)
    return say_digits(digits_nz(10))


TEST_CARDS = ["4111 1111 1111 1111", "4012 8888 8888 1881", "5555 5555 5555 4444", "5105 1051 0510 5100",
              "6011 1111 1111 1117", "3782 822463 10005", "4242 4242 4242 4242"]


def card():
    c = R.choice(TEST_CARDS)
    if R.random() < 0.5:
        return c
    return ", ".join(say_digits(g, False) for g in c.split())


IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606",
         "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332"]


def age_over():
    a = R.randint(90, 106)
    k = R.randrange(3)
    if k == 0:
        return str(a)
    if a >= 100:
        return R.choice(["a hundred", "one hundred", "a hundred and"]) + ("" if a == 100 else " " + words(a - 100)) \
            if a != 100 else R.choice(["a hundred", "one hundred"])
    return words(a)


def young_age(lo=19, hi=88):
    return words(R.randint(lo, hi))


def K(kind, v):
    return "[[%s|%s]]" % (kind, v)


def filler():
    return R.choice(["um ", "uh ", "", "", "so ", "yeah ", "okay ", "hi ", "hello ", "um yeah ", "uh hi "])


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- templates with PHI

T = []


def t(f):
    T.append(f)
    return f


@t
def _():
    g = fem()
    return "%scalling for my mom %s, she needs her %s refilled and the pharmacy says it needs a new script" % (
        filler(), N(full(g)), pick("lisinopril", "metformin", "levothyroxine", "amlodipine"))


@t
def _():
    return "yeah %s picked it up yesterday so you can cancel the delivery" % N(given())


@t
def _():
    return "tell doctor %s i said thanks, the new inhaler is working way better" % N(sur())


@t
def _():
    a, b = given(), given()
    return "%s and %s both need refills on their allergy stuff before we travel" % (N(a), N(b))


@t
def _():
    s = sur()
    g = given()
    part = g.split()[0][:3]
    return "it's %s- %s, first name %s, last name %s" % (N(part), N(g + " " + s), N(g), N(spell(s)))


@t
def _():
    return "%smy date of birth is %s and the last name is %s" % (filler(), B(dob_value(1940, 2006)), N(sur()))


@t
def _():
    a = R.randint(90, 99)
    return "%sshe was born %s, she's %s now, her name is %s" % (
        filler(), B(dob_value(2026 - a, 2026 - a)), K("AGE", words(a)), N(full(fem())))


@t
def _():
    return "you can call me back at %s anytime after three" % P(us_phone())


@t
def _():
    return "my cell is %s, no wait, it's %s, sorry i just changed it" % (P(us_phone()), P(us_phone()))


@t
def _():
    return "the best number is %s, that's my daughter's line, %s" % (P(us_phone()), N(fem()))


@t
def _():
    return "%sthe address on file is %s in %s %s but we moved" % (filler(), A(address()), L(town()), Z(zipc()))


@t
def _():
    return "we're at %s, %s, %s, um it's the blue house with the ramp" % (A(address()), L(town()), Z(zipc()))


@t
def _():
    return "send the kit to %s %s %s please not the old address" % (A(po_box()), L(town()), Z(zipc()))


@t
def _():
    return "can you email the results to %s, i don't check the portal" % E(email())


@t
def _():
    e = email()
    return "it's %s, i'll say it again, %s" % (E(e), E(e))


@t
def _():
    return "%smy member id is %s and the group number is %s" % (filler(), K("HEALTH_PLAN_ID", member_id()),
                                                             say_digits(digits(5)))


@t
def _():
    return "the medicare number on the red white and blue card is %s" % K("HEALTH_PLAN_ID", mbi())


@t
def _():
    return "uh the policy number, hold on, okay %s" % K("HEALTH_PLAN_ID", member_id())


@t
def _():
    return "my chart number is %s if that helps you find me faster" % K("MRN", mrn())


@t
def _():
    return "the lab slip says patient id %s and it's for %s" % (K("MRN", mrn()), N(full()))


@t
def _():
    return "i'm calling about a bill, account number %s, i think i was charged twice" % K("ACCOUNT", account())


@t
def _():
    return "they want my social, okay it's %s, is this line secure" % K("SSN", ssn())


@t
def _():
    return "%sdoctor %s said to call and get the mri moved to %s" % (filler(), N(sur()), D(visit_date()))


@t
def _():
    return "i had my colonoscopy on %s and i still haven't gotten the biopsy results" % D(visit_date())


@t
def _():
    return "%sshe was admitted %s and discharged the next day to rehab" % (filler(), D(visit_date()))


@t
def _():
    return "my grandmother is %s years old and she can't do stairs anymore, she needs the van with a lift" % K(
        "AGE", age_over())


@t
def _():
    return "my dad's %s and still drives himself to dialysis which honestly scares me" % K("AGE", age_over())


@t
def _():
    return "this is %s from %s home care, i'm the aide for %s" % (N(full()), pick("bright path", "sunrise", "evergreen"),
                                                                 N(full()))


@t
def _():
    s = sur()
    return "last name %s, %s, %s as in %s" % (N(s), N(spell(s)), s[0], ASIN.get(s[0], "apple")) \
        if s[0] in ASIN else "last name %s, %s, that's it" % (N(s), N(spell(s)))


@t
def _():
    s = word_sur()
    return "we saw doctor %s last time but i'd rather see someone else honestly" % N(s)


@t
def _():
    return "%s from the front desk told me to call this number, %s" % (N(R.choice(WORD_FEM)), P(us_phone()))


@t
def _():
    return "is %s working today, she did my infusion on %s and said to ask for her" % (N(fem()), D(visit_date()))


@t
def _():
    return "hi it's %s, i'm returning a call from %s about my husband's scan" % (N(full(fem())), P(us_phone()))


@t
def _():
    return "yes this is for %s, date of birth %s" % (N(full()), B(dob_value()))


@t
def _():
    return "d o b is %s, %s" % (B(dob_value()), pick("yep", "that's right", "uh huh"))


@t
def _():
    return "birthday's %s, and the name's %s" % (B(dob_value()), N(full()))


@t
def _():
    y = R.randint(1930, 1999)
    return "i was born in %s, %s, the exact date is %s" % (year_words(y), "sorry", B(nothe(spoken_date(y))))


@t
def _():
    return "fax it to %s attention %s" % (P(us_phone(), "FAX"), N(full()))


@t
def _():
    return "our fax number is %s, it's the office of doctor %s" % (P(us_phone(), "FAX"), N(sur()))


@t
def _():
    return "i'm over in the uk right now, ring me on %s please" % P(uk_phone())


@t
def _():
    return "i'm visiting my sister in brisbane, my mobile there is %s" % P(au_phone())


@t
def _():
    return "the prescriber is doctor %s, npi %s" % (N(sur()), K("LICENSE", pick(npi(), say_digits(npi()))))


@t
def _():
    return "their dea number is %s, the pharmacist asked me to read it to you" % K("LICENSE", dea())


@t
def _():
    return "my driver's license number is %s, for the id check" % K("LICENSE", dl())


@t
def _():
    return "the car for pickup is a gray sedan, plate %s, my son %s drives it" % (K("VEHICLE_ID", plate()), N(mas()))


@t
def _():
    return "the vin is %s, it's the accessible van they're leasing for %s" % (K("VEHICLE_ID", vin()), N(full()))


@t
def _():
    return "the serial on the cpap is %s and it keeps beeping at night" % K("DEVICE_ID", serial())


@t
def _():
    return "my glucose monitor's serial number is %s, the reader won't pair" % K("DEVICE_ID", serial())


@t
def _():
    return "i'll pay with the card, it's %s, expiry oh nine twenty eight" % K("CREDIT_CARD", card())


@t
def _():
    return "the refund can go to my bank, the iban is %s" % K("IBAN", R.choice(IBANS))


@t
def _():
    ip = "192.0.2.%d" % R.randint(2, 250)
    if R.random() < 0.5:
        ip = " dot ".join(say_digits(x, False) for x in ip.split("."))
    return "the telehealth tech asked for my ip address, it says %s" % K("IP_ADDRESS", ip)


@t
def _():
    g = given()
    return "i put the photos of the rash on %s like the nurse said" % K(
        "URL", "example dot com slash %s %s" % (pick("rash", "photos", "pics"), g))


@t
def _():
    return "um my neighbour %s usually drives me but she's away till %s" % (N(fem()), D(visit_date()))


@t
def _():
    return "wrong number i think, i was trying to reach %s, is this not the dental place" % N(full())


@t
def _():
    return "you've got the wrong person, i'm not %s, my name is %s" % (N(full()), N(full()))


@t
def _():
    return "%s's caseworker is %s, you can call her at %s" % (N(given()), N(full(fem())), P(us_phone()))


@t
def _():
    return "i'm her power of attorney, %s, and she's at %s now" % (N(full()), A(address()))


@t
def _():
    return "mom moved from %s to %s so the home health needs to switch agencies" % (L(town()), L(town()))


@t
def _():
    return "is there a lab draw site in %s, %s is too far for me" % (L(town()), L(town()))


@t
def _():
    return "it's %s, like the word, in %s" % (A(house_no() + " " + R.choice(WORD_STREETS) + " " + pick("lane", "road", "street")),
                                         L(town()))


@t
def _():
    return "i live out in %s, zip %s, is there a pharmacy that delivers out there" % (L(R.choice(WORD_TOWNS)), Z(zipc()))


@t
def _():
    return "um %s %s needs a ride to the %s appointment on %s" % (
        "my husband", N(mas()), "cardiology", D(visit_date()))


@t
def _():
    return "my wife %s has the pills, i'm just calling cause she's at work" % N(full(fem()))


@t
def _():
    return "it's for %s, no sorry %s, my other kid, the younger one" % (N(given()), N(given()))


@t
def _():
    g, s = given(), sur()
    return "my name is %s, %s, first name %s" % (N(g + " " + s), N(spell(g)), N(g))


@t
def _():
    return "hi yes %s, calling about %s's test results from %s" % (
        N(sur() + ", " + given()), N(given()), D(visit_date()))


@t
def _():
    return "the results went to doctor %s but he retired, can they go to %s instead" % (N(sur()), N(full()))


@t
def _():
    return "i need a letter for my employer saying i was seen on %s and %s" % (D(visit_date()), D(visit_date()))


@t
def _():
    return "%s and me are both on the plan, he's %s and i'm %s" % (
        N(mas()), K("HEALTH_PLAN_ID", member_id()), K("HEALTH_PLAN_ID", member_id()))


@t
def _():
    return "the caregiver %s comes tuesdays and thursdays, her number is %s" % (N(full(fem())), P(us_phone()))


@t
def _():
    return "i want to update my email to %s and my phone to %s" % (E(email()), P(us_phone()))


@t
def _():
    return "okay so the old address was %s and the new one is %s, %s" % (A(address()), A(address()), L(town()))


@t
def _():
    return "my uncle %s is %s and he's hard of hearing so i handle his calls" % (N(full(mas())), K("AGE", age_over()))


@t
def _():
    return "can i speak to %s in billing, she set up my payment plan" % N(fem())


@t
def _():
    return "yeah %s helped me last week, %s i think, the one with the accent" % (N(given()), N(given()))


@t
def _():
    return "%sthe medical record number is %s and the encounter was %s" % (filler(), K("MRN", mrn()), D(visit_date()))


@t
def _():
    return "i got a bill for %s but i wasn't even there that day, account %s" % (D(visit_date()), K("ACCOUNT", account()))


@t
def _():
    return "the social on the form is %s but the last four you have is wrong" % K("SSN", ssn())


@t
def _():
    return "um it's %s, %s, and the zip is %s" % (A(address()), L(town()), Z(zipc()))


@t
def _():
    return "we need transport from %s to the clinic on %s, %s" % (A(address()), D(visit_date()), "wheelchair van")


@t
def _():
    return "ask for %s or %s at the nursing station, they know me" % (N(given()), N(given()))


@t
def _():
    return "%s says her %s is acting up again and she's %s so please send someone" % (
        N(full(fem())), pick("hip", "knee", "pacemaker"), K("AGE", age_over()))


@t
def _():
    g = fem()
    return "my aunt %s turned %s last month and needs a flu shot at home" % (N(g), K("AGE", age_over()))


@t
def _():
    return "this is %s, i'm a nurse at %s, calling for a patient, %s" % (
        N(full()), "the county clinic", N(full()))


@t
def _():
    return "reference number, it's %s, no that's the claim, hang on, the member id is %s" % (
        say_digits(digits(7)), K("HEALTH_PLAN_ID", member_id()))


@t
def _():
    return "i'm calling from %s on behalf of my dad, %s" % (L(town()), N(full(mas())))


@t
def _():
    g = given()
    return "spell it %s, that's %s" % (N(spell(g)), N(g))


@t
def _():
    return "k so the pharmacy by the hospital in %s has it in stock, can you send it there" % L(town())


@t
def _():
    return "the surgeon was doctor %s and the procedure was on %s" % (N(sur()), D(visit_date()))


@t
def _():
    return "i need to reschedule %s's physical from %s to sometime the week after" % (N(given()), D(visit_date()))


@t
def _():
    return "text me at %s, i can't pick up at work" % P(us_phone())


@t
def _():
    a, b, c = us_phone_raw()
    return "the office line is %s" % P("%s-%s-%s %s %s" % (a, b, c, pick("extension", "ext"), digits(3)))


@t
def _():
    return "%swe got a letter addressed to %s at our address, she doesn't live here" % (filler(), N(full(fem())))


@t
def _():
    return "i'm the daughter, %s, and my dad's date of birth is %s" % (N(full(fem())), B(dob_value(1930, 1962)))


@t
def _():
    return "the baby was born %s, we need to add her to the plan, her name is %s" % (
        B(nothe(spoken_date(2025))), N(fem()))


@t
def _():
    return "the pharmacist %s said the coupon wouldn't go through and to call you" % N(given())


@t
def _():
    return "%sthe hearing aid that's acting up has serial %s, the left one" % (filler(), K("DEVICE_ID", serial()))


@t
def _():
    return "can you change the pickup to %s, i'm staying with %s for a while" % (A(address()), N(given()))


@t
def _():
    s = R.choice(WORD_SUR)
    return "i was told mrs %s handles the disability forms" % N(s)


@t
def _():
    return "%s from doctor %s's office called me at %s but i missed it" % (N(given()), N(sur()), P(us_phone()))


@t
def _():
    return "like, my mother-in-law %s has been at %s since %s" % (N(fem()), A(address()), D(visit_date()))


@t
def _():
    return "please don't send anything to %s anymore, that's my ex" % E(email())


@t
def _():
    return "%sborn %s, %s, and the insurance is under my husband %s" % (
        filler(), B(dob_value(1935, 1990)), "female", N(full(mas())))


@t
def _():
    return "the patient is %s, %s, she's in room four twelve, and her son %s is on the way" % (
        N(full(fem())), K("AGE", age_over()), N(mas()))


@t
def _():
    return "okay %s's cell is %s and mine is %s" % (N(given()), P(us_phone()), P(us_phone()))


@t
def _():
    return "i'm outside the building at %s, i don't see the entrance for imaging" % A(address())


@t
def _():
    return "um so %s dropped off the stool sample on %s and nobody called" % (N(mas()), D(visit_date()))


@t
def _():
    return "hi this is %s, um, it's about the bill for my son %s" % (N(fem() + " " + sur()), N(mas()))


@t
def _():
    return "can you check under %s, maybe they put it under my maiden name %s" % (N(full(fem())), N(sur()))


@t
def _():
    return "the order says doctor %s but it should be doctor %s, she's my primary" % (N(sur()), N(word_sur()))


@t
def _():
    return "my wife's %s and she fell again, we're at %s in %s" % (K("AGE", age_over()), A(address()), L(town()))


@t
def _():
    return "the license plate is %s, you can tell the driver it's the red truck" % K("VEHICLE_ID", plate())


@t
def _():
    return "%sthe portal username is %s and it keeps locking me out" % (filler(), E(email()))


@t
def _():
    return "i need the records sent to doctor %s in %s, fax %s" % (N(full()), L(town()), P(us_phone(), "FAX"))


@t
def _():
    return "yeah it's %s and uh my husband %s, we both got the letter about the breach" % (
        N(given()), N(mas()))


@t
def _():
    return "i live at %s, %s, %s, and i'd like to get a home visit" % (A(address()), L(town()), Z(zipc()))


@t
def _():
    return "the zip code is %s, it's %s, not the other one" % (Z(zipc()), L(town()))


@t
def _():
    return "for the copay use the card ending in four four, actually use %s" % K("CREDIT_CARD", card())


@t
def _():
    return "my friend %s usually picks up for me, she's on the list" % N(full(fem()))


@t
def _():
    return "i was in the er %s and they told me to follow up with doctor %s" % (D(visit_date()), N(sur()))


@t
def _():
    return "oh and the home phone is %s but nobody answers it" % P(us_phone())


@t
def _():
    return "my last visit was %s, or was it %s, one of those two" % (D(visit_date()), D(visit_date()))


@t
def _():
    s = sur().replace(" ", "")[:5]
    return "the email is %s, it's just letters, no numbers" % E(spell(s) + " at example dot net") \
        if R.random() < 0.5 else "email's %s, all lower case" % E(s + " " + words(R.randint(11, 99)) + " at example dot org")


@t
def _():
    return "callin about mygrandma %s her appointment is tomorrow and she cant find the letter" % N(full(fem()))


@t
def _():
    x = digits(3)
    return "number's %s, that's a uk mobile" % P("oh seven seven oh oh, nine oh oh, " + say_digits(x))


@t
def _():
    return "zip is %s, no %s, sorry i always mix it up with my old one" % (Z(zipc()), Z(zipc()))


@t
def _():
    return "grandpa just turned %s and the cardiologist wants him in on %s" % (
        K("AGE", pick("ninety-one", "ninety-four", "ninety-six")), D(visit_date()))


@t
def _():
    return "%s didn't show up at %s today, we waited all morning for the wound care" % (N(fem()), A(address()))


@t
def _():
    return "i'm on the video with %s but it froze, can you send the link to %s" % (N(given()), E(email()))


@t
def _():
    return "results for %s, born %s, she did the fasting draw on %s" % (
        N(full(fem())), B(dob_value()), D(visit_date()))


@t
def _():
    return "the subscriber is my ex husband %s, his social is %s, i know, i know" % (N(full(mas())), K("SSN", ssn()))


@t
def _():
    return "%s can't swallow the big pills anymore, can %s crush them or is there a liquid" % (N(given()), N(given()))


@t
def _():
    return "sorry wrong number, i was trying to call %s at %s" % (N(full()), P(us_phone()))


@t
def _():
    return "i paid online with %s but it still shows a balance" % K("CREDIT_CARD", card())


@t
def _():
    return "my daughter-in-law %s will bring him, she lives over in %s" % (N(fem()), L(town()))


@t
def _():
    return "may %s pick up my prescription, she's my sister, i'm stuck in bed" % N(R.choice(WORD_FEM))


@t
def _():
    return "the home health nurse said he's a %s year old man on six medications, that's my dad %s" % (
        K("AGE", words(R.randint(90, 99))), N(full(mas())))


@t
def _():
    m = digits_nz(7)
    return "m r n %s, and that's for %s" % (K("MRN", " ".join(m)), N(full()))


@t
def _():
    return "%s told me to call back about the pathology, the biopsy was %s" % (N(R.choice(WORD_MAS) + " " + sur()), D(visit_date()))


@t
def _():
    ip = pick("10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "198.51.100.%d" % R.randint(2, 250),
              "2001:db8::%x" % R.randint(16, 4000))
    return "the remote monitor won't upload, the tech said read you the ip, it's %s" % K("IP_ADDRESS", ip)


@t
def _():
    return "set up autopay from checking, account %s, and the routing number is %s" % (
        K("ACCOUNT", account()), say_digits("0" + digits(8), False))


@t
def _():
    return "the tablet they gave me for telehealth, the imei is %s, it won't turn on" % K(
        "DEVICE_ID", pick(digits_nz(15), say_digits(digits_nz(15))))


FREE_DRUG = ["metoprolol", "gabapentin", "atorvastatin", "sertraline", "prednisone", "warfarin", "omeprazole",
             "losartan", "furosemide", "amoxicillin"]


FREE = []


def f(fn):
    FREE.append(fn)
    return fn


@f
def _():
    return "will you be open on %s, i might need to come in" % pick("monday", "friday", "saturday", "memorial day")


@f
def _():
    return "may i ask if the %s comes in a smaller dose, the %s milligram makes me dizzy" % (
        R.choice(FREE_DRUG), pick("fifty", "twenty five", "forty"))


@f
def _():
    return "i got the bill and it's way more than the estimate, who do i talk to"


@f
def _():
    return "should i grant access to my portal to my kids or is that a separate form"


@f
def _():
    return "the rose colored pills are new, is that the same %s or a different maker" % R.choice(FREE_DRUG)


@f
def _():
    return "mark it urgent please, the pain is about a %s out of ten" % pick("seven", "nine", "six")


@f
def _():
    return "i hope so, because the last time the refill took %s" % pick("two weeks", "ten days", "forever")


@f
def _():
    return "i keep the faith but honestly the %s isn't helping my back" % R.choice(FREE_DRUG)


@f
def _():
    return "is it sterling silver or nickel, the medical alert bracelet, cause i'm allergic to nickel"


@f
def _():
    return "um we're near the summit of the hill so the signal drops, can you hear me"


@f
def _():
    return "the dietitian said brown rice and beans are fine, but what about %s" % pick("bananas", "potatoes", "oatmeal")


@f
def _():
    return "my appointment is in june sometime, i just don't remember the day"


@f
def _():
    return "can i get my %s on %s instead, my ride isn't free %s" % (
        pick("flu shot", "blood draw", "b twelve shot"), pick("tuesday", "wednesday"), pick("thursday", "monday"))


@f
def _():
    return "the pharmacy says the prior authorization expired, do i need a new one"


@f
def _():
    return "what's the copay for a specialist visit on the silver plan"


@f
def _():
    return "i take %s in the morning and %s at night, is that okay with grapefruit" % (
        R.choice(FREE_DRUG), R.choice(FREE_DRUG))


@f
def _():
    return "my blood pressure was one %s over %s this morning, should i be worried" % (
        pick("forty two", "fifty", "thirty eight"), pick("ninety", "eighty eight", "ninety four"))


@f
def _():
    return "uh the left knee, not the right one, the right one's fine, it's the left that swells"


@f
def _():
    return "i was on hold for forty minutes last time, is there a callback option"


@f
def _():
    return "will the lab results show up in the app or do you mail them"


@f
def _():
    return "my husband's %s and he just had his annual physical, does the plan cover the shingles vaccine" % young_age(55, 85)


@f
def _():
    return "the nurse said to hold the %s for two days before the procedure, is that right" % pick(
        "warfarin", "aspirin", "eliquis", "metformin")


@f
def _():
    return "yeah so the summer hours, are you closed fridays in july and august"


@f
def _():
    return "she's %s and has dementia, what kind of respite care do you offer" % young_age(66, 88)


@f
def _():
    return "hope you can help, the insurance card says group plus but the pharmacy says not covered"


@f
def _():
    return "um bill me later, i can't pay the full amount until the first of the month"


@f
def _():
    return "can i grant my son permission to talk to you about my account, what do you need for that"


@f
def _():
    return "no no, the appointment is for the dermatologist, not the cardiologist, sorry"


@f
def _():
    return "the march refill never came, and now it's april and i'm out"


@f
def _():
    return "is the urgent care on the north side open on sunday, my kid has an ear infection"


@f
def _():
    return "i'd like to speak to a person please, representative, representative"


@f
def _():
    return "how long is the wait for physical therapy, the doctor said six to eight weeks of sessions"


@f
def _():
    return "it's about the oxygen tank, it's on two liters and the gauge looks low"


@f
def _():
    return "the eye drops, the latanoprost, the cap is teal and the pharmacy gave me purple, is it the same"


@f
def _():
    return "can you tell me if the clinic takes walk ins on saturday mornings"


@f
def _():
    return "i need to cancel, my daughter's wedding got moved and it's the same day"


@f
def _():
    return "my mom takes her pills at noon but forgets on weekends, is there a blister pack option"


@f
def _():
    return "the doctor said my iron was low, like nine, is that bad or is that normal"


@f
def _():
    return "the grant paperwork for the sliding scale, where do i send that, by mail or the portal"


@f
def _():
    return "i'm calling about the bill for the ambulance, we never even asked for one"


@f
def _():
    return "patience is not my thing but it's been three weeks since the biopsy, is that normal"


@f
def _():
    return "is the clinic closed on good friday or just christmas and new years"


@f
def _():
    return "my sugar was two forty after dinner so i took the extra four units of humalog"


@f
def _():
    return "hey so the refill says zero refills left, can the doctor send another one over"


@f
def _():
    return "do i bring my own pillow for the sleep study or do you have them there"


@f
def _():
    return "what does the summit gold plan cover for hearing aids, like the whole thing or part"


# ---------------------------------------------------------------- validation

KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
CUES = ("dr ", "dr. ", "doctor ", "mr ", "mrs ", "ms ", "miss ", "nurse ", "my ", "the ", "dob ", "born ",
        "date of birth", "number ", "zip ", "fax ", "email ", "phone ")
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")


def check(line):
    assert "\t" in line and line.count("\t") == 1, line
    lid, text = line.split("\t")
    assert re.fullmatch(r"vh12-\d{3}", lid), lid
    assert "\n" not in text
    labels = LABEL.findall(text)
    rest = LABEL.sub("X", text)
    assert "[[" not in rest and "]]" not in rest and "|" not in rest, line
    for kind, val in labels:
        assert kind in KINDS, line
        assert val and val == val.strip(), line
        assert val[-1] not in ",;:!?", line
        assert val[0] not in ",;:!?", line
        assert not val.lower().startswith(CUES), line
        assert not val.endswith("'s"), line
        assert "  " not in val, line
    plain = LABEL.sub(lambda m: m.group(2), text)
    n = len(plain.split())
    assert 5 <= n <= 60, line
    assert "  " not in plain, line
    return labels


def make_line(fn):
    for _ in range(50):
        s = fn()
        s = re.sub(r" +", " ", s).strip()
        if s:
            return s
    raise AssertionError


def main():
    assert len(T) >= 60, len(T)
    n_phi = N_LINES - N_FREE
    # each PHI template used 2 or 3 times, each PHI-free template once or twice
    plan = []
    reps = [n_phi // len(T)] * len(T)
    for i in R.sample(range(len(T)), n_phi - sum(reps)):
        reps[i] += 1
    for fn, k in zip(T, reps):
        plan += [(fn, True)] * k
    freps = [N_FREE // len(FREE)] * len(FREE)
    for i in R.sample(range(len(FREE)), N_FREE - sum(freps)):
        freps[i] += 1
    for fn, k in zip(FREE, freps):
        plan += [(fn, False)] * k
    R.shuffle(plan)
    seen = set()
    rows = []
    counts = {}
    for i, (fn, phi) in enumerate(plan, 1):
        for _ in range(200):
            s = make_line(fn)
            if s not in seen:
                break
        assert s not in seen, s
        seen.add(s)
        line = "vh12-%03d\t%s" % (i, s)
        labels = check(line)
        assert bool(labels) == phi, line
        for kind, _v in labels:
            counts[kind] = counts.get(kind, 0) + 1
        rows.append(line)
    ids = [r.split("\t")[0] for r in rows]
    assert len(set(ids)) == len(ids) == N_LINES
    header = ("# voice-holdout12.tsv: generated by masker-domain/src/test/scripts/holdout12_voice.py (seed %d) "
              "from Datafaker 2.7.0 name lists (Apache-2.0; locales %s, diacritics dropped) and invented names, "
              "streets and towns written for Masker; caller turns to clinic, pharmacy, insurer, lab, home-health "
              "and telehealth voice agents, all PHI kinds labelled; held out, scored once; every value invented."
              % (SEED, ", ".join(LOCALES)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for r in rows:
            fh.write(r + "\n")
    free = sum(1 for r in rows if not LABEL.search(r))
    print("lines %d, free %d, templates %d (+%d free), labels %d" % (len(rows), free, len(T), len(FREE),
                                                                       sum(counts.values())))
    for k in sorted(counts):
        print("  %-15s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
