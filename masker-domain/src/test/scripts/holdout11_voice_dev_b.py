#!/usr/bin/env python3
"""Eleventh-round voice development set, part b, for Masker: caller turns to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
110222). About 60% of the turns are about places and identifiers said aloud: street addresses
(house numbers in words and digits, units, rural routes, PO boxes, streets that are ordinary
words), towns in every position of a sentence, ZIP codes in words and digits, e-mails and web
addresses spelled out, member, policy, record, account, licence, plate and social security
numbers said as words, digit groups, letters "as in", "double"/"triple", corrections, and
speech-to-text damage ("for" for four, "to" for two, "oh" for zero, split or run-together words).
The rest are general caller turns; about 15% hold no PHI at all.

Names come from Datafaker 2.7.0's locale yml files (Apache-2.0), combined at random:
    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 holdout11_voice_dev_b.py [/tmp/df] [output.tsv]

Every value is invented: house numbers, ZIP codes and identifiers are random digits (SSN areas
never 000, 666 or 9xx), Medicare numbers follow the MBI shape, e-mails and URLs use
example.com/.org/.net, phones come only from the North American fiction range 555-01xx.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 110222
PREFIX = "vb11-"
N_LINES = 240
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DEFAULT = os.path.join(
    HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval", "voice-dev11b.tsv")
DF = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
OUT = sys.argv[2] if len(sys.argv) > 2 else OUT_DEFAULT

R = random.Random(SEED)

# ----------------------------------------------------------------------------------------------
# names from Datafaker


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def yml_list(path, key):
    """Reads one list (inline [..] or block '- x') under `key:` from a Datafaker locale file."""
    lines = open(os.path.join(DF, path), encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"(\s+)" + re.escape(key) + r":\s*(.*)$", line)
        if not m:
            continue
        indent, rest = len(m.group(1)), m.group(2)
        rest = re.sub(r"^&\S+\s*", "", rest)
        items = []
        if rest.startswith("[") or (not rest and i + 1 < len(lines) and lines[i + 1].strip().startswith("[")):
            buf = rest
            j = i
            while "]" not in buf:
                j += 1
                buf += " " + lines[j].strip()
            buf = buf[buf.index("[") + 1:buf.index("]")]
            items = [x.strip().strip('"').strip("'") for x in buf.split(",")]
        elif not rest:
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("- "):
                items.append(lines[j].strip()[2:].strip().strip('"').strip("'"))
                j += 1
        items = [x for x in items if x and "#{" not in x and not x.startswith("*")]
        if items:
            return items
    raise SystemExit("no list %s in %s" % (key, path))


def clean(names):
    out = []
    for n in names:
        n = strip_accents(n).lower().replace("-", " ").replace("'", "")
        if re.fullmatch(r"[a-z ]+", n) and 2 <= len(n) <= 16:
            out.append(n)
    return sorted(set(out))


LOCALES = {
    "en": (["male_first_name", "female_first_name"], ["last_name"], "en/name.yml"),
    "en-NZ": (["first_name"], ["last_name"], "en-NZ.yml"),
    "en-PH": (["male_first_name", "female_first_name"], ["last_name"], "en-PH.yml"),
    "en-SG": (["male_english_name", "female_english_name"], ["last_name"], "en-SG.yml"),
    "ca": (["male_first_name", "female_first_name"], ["last_name"], "ca.yml"),
    "et": (["male_first_name", "female_first_name"], ["last_name"], "et.yml"),
    "sk": (["male_first_name", "female_first_name"], ["man_last_name"], "sk.yml"),
    "pt": (["first_name"], ["last_name"], "pt.yml"),
}
FIRST, LAST = {}, {}
for loc, (fk, lk, path) in LOCALES.items():
    FIRST[loc] = clean(sum((yml_list(path, k) for k in fk), []))
    LAST[loc] = clean(sum((yml_list(path, k) for k in lk), []))
LOCS = sorted(LOCALES)

# invented and ordinary-word names written for this set
INVENTED_FIRST = ["tavi", "orlen", "maisie", "dovra", "kellan", "renna", "juno", "aubrin", "selka",
                  "pim", "marek", "odalys", "teodor", "wrenna", "caspian", "ilsa", "bexley", "noor"]
INVENTED_LAST = ["tennick", "varlowe", "quennell", "ostrander", "pellham", "drossel", "amberly",
                 "kavanek", "hollister", "braithe", "merriwether", "oyelaran", "castellow", "fennimore"]
WORD_LAST = ["finch", "baker", "mason", "rook", "page", "hale", "wolfe", "marsh", "gardner", "stone",
             "fields", "parrish", "bishop", "lamb"]
WORD_FIRST = ["will", "june", "hope", "grant", "rose", "mark", "dawn", "faith", "bill", "may"]


def first():
    x = R.random()
    if x < 0.12:
        return R.choice(INVENTED_FIRST)
    if x < 0.18:
        return R.choice(WORD_FIRST)
    return R.choice(FIRST[R.choice(LOCS)])


def last():
    x = R.random()
    if x < 0.12:
        return R.choice(INVENTED_LAST)
    if x < 0.22:
        return R.choice(WORD_LAST)
    return R.choice(LAST[R.choice(LOCS)])


def full():
    return first() + " " + last()


# ----------------------------------------------------------------------------------------------
# numbers as speech-to-text writes them

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def w(n):
    """Cardinal in words, 0..999999."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + w(n % 100))
    return w(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + w(n % 1000))


def pair(n):
    """1420 -> fourteen twenty, 1405 -> fourteen oh five, 312 -> three twelve."""
    s = str(n)
    if len(s) <= 2:
        return w(n)
    if len(s) == 3:
        head, tail = s[0], s[1:]
    elif len(s) == 4:
        head, tail = s[:2], s[2:]
    else:
        return digits(s)
    t = int(tail)
    if t == 0:
        return w(int(head)) + " hundred"
    if tail[0] == "0":
        return w(int(head)) + " oh " + ONES[t]
    return w(int(head)) + " " + w(t)


def digits(s, oh=0.5, dbl=0.0, homo=0.0):
    """Digit string said digit by digit, with 'oh', 'double'/'triple' and homophones."""
    out = []
    i = 0
    s = re.sub(r"\D", "", s)
    zero = "oh" if R.random() < oh else "zero"
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        word = zero if d == "0" else ONES[int(d)]
        if d == "4" and R.random() < homo:
            word = "for"
        if d == "2" and R.random() < homo:
            word = "to"
        if run >= 3 and R.random() < dbl * 2:
            out.append("triple " + word)
            i += 3
            continue
        if run >= 2 and R.random() < dbl:
            out.append("double " + word)
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def rdig(n, lead_nonzero=True):
    s = str(R.randint(1, 9)) if lead_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def with_double(n):
    """A digit string of length n that surely holds a doubled digit."""
    s = list(rdig(n))
    k = R.randint(1, n - 2)
    s[k + 1] = s[k]
    return "".join(s)


AS_IN = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward", "f": "frank",
         "g": "george", "h": "henry", "j": "john", "k": "king", "m": "mary", "n": "nancy",
         "p": "peter", "r": "robert", "s": "sam", "t": "tom", "v": "victor", "w": "william",
         "x": "x ray", "y": "yellow", "z": "zebra"}


def letter(c, asin=0.4):
    if c in AS_IN and R.random() < asin:
        return c + " as in " + AS_IN[c]
    return c


def spell(word):
    return " ".join(word.replace(" ", ""))


# ----------------------------------------------------------------------------------------------
# places

TOWNS_INVENTED = ["marlow springs", "tennick falls", "east brayford", "colter junction", "ashby hollow",
                  "varden", "lake ossin", "north quillan", "stellwood", "fenmore", "bellcastle",
                  "dunmarsh", "wyliston", "cedar bend", "port amery", "glenhollow", "sutter mills",
                  "kessling", "rowanville", "brackett", "orlin", "west pellam", "castor ridge",
                  "haddon cross", "merrow", "south tilbury", "pike hollow", "okanee", "greyleigh"]
TOWNS_WORD = ["hope", "union", "liberty", "friendship", "paradise", "commerce", "harmony", "eden",
              "normal", "globe", "bountiful", "sweet home", "plains", "energy", "protection"]
TOWNS_REAL = ["ames", "clearwater", "pueblo", "bend", "yakima", "muncie", "tupelo", "dubuque",
              "laramie", "bozeman", "kalamazoo", "eugene", "florence", "marion", "tyler", "chester",
              "salina", "joplin", "elko", "rapid city", "visalia", "lufkin"]
STATES = ["ohio", "iowa", "texas", "oregon", "kansas", "arkansas", "georgia", "maine", "idaho",
          "montana", "utah", "indiana", "michigan", "missouri", "nevada", "alabama", "new mexico"]
STREET_INVENTED = ["penhallow", "brayfield", "tennick", "oxhollow", "larkin", "vessey", "ormond",
                   "hadley", "dunmore", "kestrel", "wicklow", "amberline", "coldbrook", "fairhaven",
                   "quillan", "marchetti", "sorrel", "bexford", "tamsin", "calloway", "ridley", "osric"]
STREET_WORD = ["mill", "church", "spring", "water", "market", "school", "cherry", "chestnut", "hill",
               "bridge", "river", "orchard", "meadow", "pleasant", "liberty", "union", "hope", "grant",
               "rose", "may", "walnut", "second", "fifth", "railroad", "depot", "mulberry"]
SUFFIX = ["street", "avenue", "road", "lane", "drive", "court", "way", "place", "boulevard",
          "terrace", "circle", "parkway", "trail", "pike", "street", "road", "drive", "avenue"]
UNITS = ["apartment", "apt", "unit", "suite", "number", "lot", "space"]


def town():
    x = R.random()
    if x < 0.45:
        return R.choice(TOWNS_INVENTED)
    if x < 0.7:
        return R.choice(TOWNS_WORD)
    return R.choice(TOWNS_REAL)


def town_pair():
    a = town()
    b = town()
    while b == a:
        b = town()
    return a, b


def street():
    base = R.choice(STREET_WORD) if R.random() < 0.35 else R.choice(STREET_INVENTED)
    return base + " " + R.choice(SUFFIX)


def house_number():
    n = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(1000, 9999),
                  R.randint(10000, 29999)])
    x = R.random()
    if x < 0.3:
        return str(n)
    if x < 0.6 and n < 10000:
        return pair(n)
    if x < 0.75 and n < 1000:
        return w(n)
    return digits(str(n), dbl=0.3)


def unit():
    u = R.choice(UNITS)
    x = R.random()
    if x < 0.35:
        v = str(R.randint(1, 40)) + R.choice(["", "", "b", "c", "a"])
    elif x < 0.7:
        v = w(R.randint(1, 30)) + R.choice(["", " b", " c", " d"])
    else:
        v = digits(str(R.randint(101, 499)))
    return u + " " + v


def address(with_unit=None):
    a = house_number() + " " + street()
    if with_unit is None:
        with_unit = R.random() < 0.35
    if with_unit:
        a += " " + unit()
    return a


def po_box():
    n = R.randint(11, 9999)
    form = R.choice(["p o box", "po box", "post office box", "p.o. box", "box"])
    v = R.choice([str(n), pair(n) if n < 10000 else str(n), digits(str(n))])
    return form + " " + v


def rural_route():
    rt = R.randint(1, 9)
    bx = R.randint(10, 499)
    return R.choice([
        "rural route %s box %s" % (w(rt), pair(bx) if bx > 99 else w(bx)),
        "r r %d box %d" % (rt, bx),
        "route %s box %s" % (w(rt), digits(str(bx))),
        "h c %d box %d" % (R.randint(60, 89), bx),
    ])


def zipcode():
    z = "%05d" % R.randint(1001, 99950)
    x = R.random()
    if x < 0.3:
        return z
    if x < 0.4:
        return z + "-" + rdig(4, False)
    if x < 0.5:
        return " ".join(z)
    if x < 0.6:
        return digits(z) + " dash " + digits(rdig(4, False))
    if x < 0.7:
        return digits(z, homo=0.5)
    return digits(z, dbl=0.4)


# ----------------------------------------------------------------------------------------------
# contact values and identifiers

AREAS = ["312", "614", "505", "208", "406", "919", "319", "541", "303", "479", "770", "208", "402",
         "573", "817", "563", "701", "605", "928", "859"]


def phone():
    a = R.choice(AREAS)
    tail = "01" + "%02d" % R.randint(0, 99)
    x = R.random()
    if x < 0.35:
        return digits(a) + " " + digits("555") + " " + digits(tail)
    if x < 0.5:
        return digits(a) + ", " + R.choice(["triple five", "five five five"]) + ", " + digits(tail)
    if x < 0.65:
        return "(%s) 555-%s" % (a, tail)
    if x < 0.8:
        return "%s %s %s" % (a, "555", tail)
    return digits(a, homo=0.4) + " five five five " + digits(tail, homo=0.4)


DOMAINS = ["example dot com", "example dot net", "example dot org"]


def email(fn, ln):
    dom = R.choice(DOMAINS)
    x = R.random()
    if x < 0.2:
        local = fn[0] + " dot " + ln.replace(" ", "")
    elif x < 0.35:
        local = fn.replace(" ", "") + " underscore " + ln.replace(" ", "") + " " + w(R.randint(2, 99))
    elif x < 0.5:
        local = spell(ln) + " " + digits(rdig(2))
    elif x < 0.6:
        local = fn.replace(" ", "") + " dash " + ln[0]
    elif x < 0.7:
        local = fn.replace(" ", "") + ln.replace(" ", "") + " " + rdig(R.choice([2, 4]))
    elif x < 0.8:
        return "%s.%s@%s" % (fn[0], ln.replace(" ", ""), dom.replace(" dot ", "."))
    elif x < 0.9:
        local = fn.replace(" ", "") + " period " + ln.replace(" ", "")
    else:
        local = ln.replace(" ", "") + " family"
    return local + " at " + dom


def url(fn, ln):
    x = R.random()
    l = ln.replace(" ", "")
    if x < 0.3:
        return "www dot example dot org slash %s" % (fn.replace(" ", "") + " " + l)
    if x < 0.5:
        return "%s dot example dot net" % l
    if x < 0.7:
        return "example.com/%s-%s" % (fn.replace(" ", ""), l)
    if x < 0.85:
        return "h t t p s colon slash slash example dot com slash care slash %s" % l
    return "www.example.net/%s%s" % (fn[0], l)


def member_id():
    letters = "".join(R.choice("abcdefghjkmnprstwxyz") for _ in range(R.choice([2, 3])))
    num = rdig(R.choice([8, 9]))
    x = R.random()
    if x < 0.3:
        lp = " ".join(letter(c) for c in letters)
        return lp + " " + digits(num, dbl=0.3, homo=0.2)
    if x < 0.5:
        return letters.upper() + num
    if x < 0.7:
        return " ".join(letters) + " " + " ".join(num[i:i + 3] for i in range(0, len(num), 3))
    return " ".join(letters) + " " + digits(num, dbl=0.3)


def mbi():
    AL = "acdefghjkmnpqrtuvwxy"
    s = (str(R.randint(1, 9)) + R.choice(AL) + R.choice(AL + "0123456789") + str(R.randint(0, 9))
         + R.choice(AL) + R.choice(AL + "0123456789") + str(R.randint(0, 9)) + R.choice(AL) + R.choice(AL)
         + str(R.randint(0, 9)) + str(R.randint(0, 9)))
    if R.random() < 0.4:
        return s.upper()
    return " ".join(ONES[int(c)] if c.isdigit() else letter(c, 0.25) for c in s)


def mrn():
    n = rdig(R.choice([7, 8]))
    x = R.random()
    if x < 0.3:
        return n
    if x < 0.5:
        return n[:3] + " " + n[3:]
    if x < 0.8:
        return digits(n, dbl=0.4, homo=0.2)
    return pair(int(n[:2])) + " " + pair(int(n[2:4])) + " " + digits(n[4:])


def account():
    n = with_double(R.choice([8, 9, 10]))
    x = R.random()
    if x < 0.3:
        return n
    if x < 0.6:
        return digits(n, dbl=0.7)
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def ssn():
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    s = "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
    x = R.random()
    if x < 0.3:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if x < 0.5:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return digits(s[:3]) + " " + digits(s[3:5]) + " " + digits(s[5:], dbl=0.3)


def licence():
    c = R.choice("abdfghkmnprsw")
    n = rdig(R.choice([7, 8, 12]))
    x = R.random()
    if x < 0.35:
        return letter(c, 0.8) + " " + digits(n, dbl=0.3)
    if x < 0.6:
        return (c + n).upper()
    return c + " " + " ".join(n[i:i + 3] for i in range(0, len(n), 3))


def plate():
    p = str(R.randint(1, 9)) + "".join(R.choice("abcdfhjkmnprtvwxy") for _ in range(3)) + rdig(3, False)
    x = R.random()
    if x < 0.4:
        return p.upper()
    return " ".join(ONES[int(c)] if c.isdigit() else letter(c, 0.3) for c in p)


def policy():
    p = R.choice(["p", "h", "k", "w", "z"]) + rdig(9)
    x = R.random()
    if x < 0.4:
        return p.upper()
    return letter(p[0], 0.6) + " " + digits(p[1:], dbl=0.4, homo=0.2)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
       20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + "th"
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ordinal(o)


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand " + ONES[y - 2000] if y > 2000 else "two thousand"
    return w(y // 100) + " " + (w(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])


def date_spoken(birth=False):
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    y = R.randint(1931, 2004) if birth else R.choice([2025, 2026])
    x = R.random()
    if x < 0.35:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
    if x < 0.55:
        return "%s %s" % (MONTHS[m - 1], ordinal(d)) if not birth else "%s %d %d" % (MONTHS[m - 1], d, y)
    if x < 0.75:
        return "%s %s %s" % (digits("%02d" % m), digits("%02d" % d), year_words(y))
    if x < 0.9:
        return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], y)
    return "%d/%d/%d" % (m, d, y)


def age_over_89():
    a = R.randint(90, 104)
    return w(a) if R.random() < 0.8 else str(a)


FILL = ["", "", "", "um ", "uh ", "yeah ", "okay so ", "hi ", "so ", "hey ", "right so ", "oh "]


def fill():
    return R.choice(FILL)


def L(kind, value):
    return "[[%s|%s]]" % (kind, value)


# ----------------------------------------------------------------------------------------------
# templates: (group, function). Groups: "focus" (places/identifiers), "gen" (general), "neg" (no PHI)

T = []


def tpl(group):
    def reg(f):
        T.append((group, f))
        return f
    return reg


# ---- focus: addresses -------------------------------------------------------------------------

@tpl("focus")
def f_addr_basic():
    return fill() + "the address is %s, %s %s" % (L("ADDRESS", address()), L("LOCATION", town()), L("ZIP", zipcode()))


@tpl("focus")
def f_addr_moved():
    a, b = town_pair()
    return "we moved from %s to %s last spring so the new address is %s" % (
        L("LOCATION", a), L("LOCATION", b), L("ADDRESS", address()))


@tpl("focus")
def f_addr_correction():
    n1 = R.randint(101, 998)
    d1 = n1 % 10
    d2 = (d1 + R.choice([1, 3, 6])) % 10
    n2 = n1 - d1 + d2
    st = street()
    return "it's %s, no wait, %s not %s, %s %s" % (
        L("ADDRESS", digits(str(n1)) + " " + st), ONES[d2], ONES[d1],
        L("ADDRESS", digits(str(n2)) + " " + st), R.choice(["sorry", "my bad", "i always do that", "okay"]))


@tpl("focus")
def f_addr_unit_spelled():
    base = R.choice(STREET_INVENTED)
    suf = R.choice(SUFFIX)
    return "%s%s, %s, that's %s, %s" % (
        fill(), L("ADDRESS", house_number() + " " + base + " " + suf + " " + unit()), R.choice(["yeah", "okay", "uh huh"]),
        spell(base), R.choice(["like it sounds", "all one word", "no e on the end"]))


@tpl("focus")
def f_po_box():
    return "um mail doesn't come to the house so send it to %s in %s, %s %s" % (
        L("ADDRESS", po_box()), L("LOCATION", town()), R.choice(STATES), L("ZIP", zipcode()))


@tpl("focus")
def f_rural_route():
    return "we're out on %s, %s, the gps never finds it so the driver should call first" % (
        L("ADDRESS", rural_route()), L("LOCATION", town()))


@tpl("focus")
def f_out_in_town():
    return "%sshe lives out in %s now, way out, it's like forty minutes to your clinic" % (
        fill(), L("LOCATION", town()))


@tpl("focus")
def f_town_first():
    t = town()
    return "%s, %s, that's where the pharmacy should ship it, not the old place" % (
        L("LOCATION", t), R.choice(STATES))


@tpl("focus")
def f_town_subject():
    t = town()
    return "yeah %s is the town and the zip is %s" % (L("LOCATION", t), L("ZIP", zipcode()))


@tpl("focus")
def f_addr_runtogether():
    n = R.randint(10, 99)
    base = R.choice(STREET_WORD + STREET_INVENTED)
    suf = R.choice(["street", "road", "lane", "drive"])
    return "the new place is %s, %s, right off the highway" % (
        L("ADDRESS", w(n) + " " + base + suf), L("LOCATION", town()))


@tpl("focus")
def f_addr_split():
    t = R.choice(["clear water", "kalama zoo", "glen hollow", "boze man", "bounti ful", "rowan ville", "dun marsh", "stell wood"])
    return "i'm at %s in %s, %s" % (L("ADDRESS", address(False)), L("LOCATION", t), R.choice(["thank you", "is that in your area", "do you deliver there"]))


@tpl("focus")
def f_addr_for_homophone():
    n = R.randint(10, 99)
    st = street()
    return "uh %s, %s %s" % (L("ADDRESS", "for " + w(n) + " " + st), L("LOCATION", town()), L("ZIP", zipcode()))


@tpl("focus")
def f_addr_for_caregiver():
    return "the nurse should go to %s's place, %s, that's in %s" % (
        L("NAME", first()), L("ADDRESS", address(True)), L("LOCATION", town()))


@tpl("focus")
def f_addr_digits():
    n = R.randint(100, 29999)
    return "it's %s %s %s, %s %s" % (
        L("ADDRESS", "%d %s %s" % (n, R.choice(STREET_WORD + STREET_INVENTED), R.choice(SUFFIX)) + " " + unit()),
        R.choice(["in", "over in", "up in"]), L("LOCATION", town()), R.choice(STATES), L("ZIP", zipcode()))


@tpl("focus")
def f_addr_county_road():
    return "%s, out past the grain elevator, in %s county" % (
        L("ADDRESS", pair(R.randint(1000, 9999)) + " county road " + w(R.randint(2, 90))),
        L("LOCATION", R.choice(STREET_INVENTED + ["clay", "union", "grant", "marion"])))


@tpl("focus")
def f_addr_update():
    old, new = address(), address()
    return "can you update my address, the old one was %s and the new one's %s" % (L("ADDRESS", old), L("ADDRESS", new))


@tpl("focus")
def f_addr_mail_to_relative():
    return "send the bill to my son %s at %s, %s, not to me" % (
        L("NAME", first()), L("ADDRESS", address()), L("LOCATION", town()))


@tpl("focus")
def f_addr_near():
    return "we're near the water tower in %s, house is %s, blue door" % (
        L("LOCATION", town()), L("ADDRESS", address(False)))


@tpl("focus")
def f_ordinary_street():
    s = R.choice(["mill lane", "church street", "school road", "market street", "spring lane", "hope street",
                  "grant avenue", "rose court", "may street", "water street"])
    return "%s, yeah, %s, the one by the school not the one by the river" % (
        L("ADDRESS", pair(R.randint(100, 999)) + " " + s), L("LOCATION", town()))


# ---- focus: zips and towns ----------------------------------------------------------------------

@tpl("focus")
def f_zip_only():
    return "%smy zip code is %s" % (fill(), L("ZIP", zipcode()))


@tpl("focus")
def f_zip_correction():
    z = "%05d" % R.randint(10000, 99899)
    d = str((int(z[-1]) + R.choice([1, 3, 5])) % 10)
    z2 = z[:-1] + d
    return "zip is %s, no, sorry, %s, the last one's %s" % (L("ZIP", digits(z)), L("ZIP", digits(z2)), ONES[int(d)])


@tpl("focus")
def f_zip_plus_four():
    z = "%05d" % R.randint(10000, 99899)
    return "the whole zip with the extra four is %s, the post office told me to use all nine" % (
        L("ZIP", digits(z) + " dash " + digits(rdig(4, False))))


@tpl("focus")
def f_town_list():
    a, b = town_pair()
    return "we split time between %s and %s, so either pharmacy works, but %s is closer in winter" % (
        L("LOCATION", a), L("LOCATION", b), L("LOCATION", a))


@tpl("focus")
def f_town_born_moved():
    a, b = town_pair()
    return "i grew up in %s but i've been in %s for about ten years" % (L("LOCATION", a), L("LOCATION", b))


@tpl("focus")
def f_town_end():
    return "does your home health cover %s" % L("LOCATION", town())


@tpl("focus")
def f_town_relative():
    return "%s my mom's still in %s, she won't move, she's %s years old" % (
        R.choice(["well", "so", "honestly"]), L("LOCATION", town()), L("AGE", age_over_89()))


@tpl("focus")
def f_town_spelled():
    t = R.choice(TOWNS_INVENTED)
    tail = "two words" if " " in t else "yeah like it sounds"
    return "it's %s, %s, %s" % (L("LOCATION", t), spell(t), tail)


# ---- focus: e-mails and urls --------------------------------------------------------------------

@tpl("focus")
def f_email_basic():
    fn, ln = first(), last()
    return "%smy email is %s" % (fill(), L("EMAIL", email(fn, ln)))


@tpl("focus")
def f_email_spelled_name():
    fn, ln = first(), last()
    ln1 = ln.replace(" ", "")
    return "it's %s, and %s is %s" % (
        L("EMAIL", fn[0] + " dot " + ln1 + " at " + R.choice(DOMAINS)), L("NAME", ln1), L("NAME", spell(ln1)))


@tpl("focus")
def f_email_underscore():
    fn, ln = first(), last()
    e = fn.replace(" ", "") + " underscore " + ln.replace(" ", "") + " at " + R.choice(DOMAINS)
    return "send the results to %s, that's an underscore between, not a dash" % L("EMAIL", e)


@tpl("focus")
def f_email_correction():
    fn, ln = first(), last()
    dom = R.choice(DOMAINS)
    bad = R.choice([d for d in DOMAINS if d != dom])
    local = fn[0] + ln.replace(" ", "")
    return "%s, wait no it's dot %s not dot %s, so %s" % (
        L("EMAIL", local + " at " + bad), dom.split()[-1], bad.split()[-1], L("EMAIL", local + " at " + dom))


@tpl("focus")
def f_email_relative():
    fn, ln = first(), last()
    return "can you email my daughter instead, %s, %s" % (L("NAME", fn), L("EMAIL", email(fn, ln)))


@tpl("focus")
def f_email_digits():
    ln = last()
    yr = R.randint(50, 99)
    return "it's %s, the %s is the year i was born" % (
        L("EMAIL", ln.replace(" ", "") + " " + w(yr) + " at " + R.choice(DOMAINS)), w(yr))


@tpl("focus")
def f_url_fundraiser():
    fn, ln = first(), last()
    return "the updates for %s are on %s if the nurses want to see" % (L("NAME", fn), L("URL", url(fn, ln)))


@tpl("focus")
def f_url_portal():
    fn, ln = first(), last()
    return "%si set up a page for my dad at %s, is that where i upload the forms" % (fill(), L("URL", url(fn, ln)))


# ---- focus: identifiers -----------------------------------------------------------------------

@tpl("focus")
def f_member_basic():
    return "%smember id is %s" % (fill(), L("HEALTH_PLAN_ID", member_id()))


@tpl("focus")
def f_member_group():
    return "group number %s and the member id %s" % (
        digits(rdig(5)), L("HEALTH_PLAN_ID", member_id()))


@tpl("focus")
def f_member_correction():
    m = "".join(R.choice("bdkmrtw") for _ in range(3)) + rdig(9)
    i = R.randint(4, 10)
    old = m[i]
    new = str((int(old) + R.choice([1, 2, 5])) % 10)
    m2 = m[:i] + new + m[i + 1:]
    sp1 = " ".join(m[:3]) + " " + digits(m[3:])
    sp2 = " ".join(m2[:3]) + " " + digits(m2[3:])
    return "okay it's %s, no wait, %s not %s, so %s" % (
        L("HEALTH_PLAN_ID", sp1), ONES[int(new)], ONES[int(old)], L("HEALTH_PLAN_ID", sp2))


@tpl("focus")
def f_medicare():
    return "his medicare number, the new one, is %s" % L("HEALTH_PLAN_ID", mbi())


@tpl("focus")
def f_policy():
    return "the policy number on the card says %s, under %s" % (L("HEALTH_PLAN_ID", policy()), L("NAME", full()))


@tpl("focus")
def f_mrn():
    return "%sthe chart number they gave me is %s" % (fill(), L("MRN", mrn()))


@tpl("focus")
def f_mrn_wristband():
    return "on her wristband it says m r n %s, and her name's %s" % (L("MRN", mrn()), L("NAME", full()))


@tpl("focus")
def f_account():
    return "my account number for the billing is %s" % L("ACCOUNT", account())


@tpl("focus")
def f_account_double():
    n = with_double(9)
    return "account %s, yeah with the double %s" % (L("ACCOUNT", digits(n, dbl=1.0)), ONES[int([n[i] for i in range(8) if n[i] == n[i + 1]][0])])


@tpl("focus")
def f_ssn_full():
    return "%sfine, my social is %s" % (fill(), L("SSN", ssn()))


@tpl("focus")
def f_ssn_last_four():
    return "last four of my social are %s, and my date of birth is %s" % (
        digits(rdig(4)), L("DOB", date_spoken(True)))


@tpl("focus")
def f_licence():
    return "driver's license is %s, %s" % (L("LICENSE", licence()), R.choice(STATES))


@tpl("focus")
def f_plate():
    return "the van that picks him up, plate number %s, it was parked in the fire lane" % L("VEHICLE_ID", plate())


@tpl("focus")
def f_plate_parking():
    return "for the parking pass my plate is %s, it's a gray %s" % (
        L("VEHICLE_ID", plate()), R.choice(["honda", "subaru", "ford", "toyota"]))


@tpl("focus")
def f_id_oh_zero():
    n = rdig(3) + "0" + rdig(3, False) + "0" + rdig(2, False)
    return "the member number is %s, those are zeros not the letter o" % L("HEALTH_PLAN_ID", digits(n, oh=1.0))


@tpl("focus")
def f_id_for_to():
    n = "4" + rdig(3) + "2" + rdig(3, False) + "4"
    return "%s, that's the patient number, for to, i mean four two, sorry" % L("MRN", digits(n, homo=1.0))


@tpl("focus")
def f_id_triple():
    d = str(R.randint(1, 9))
    n = rdig(3) + d * 3 + rdig(3, False)
    return "it's %s, triple %s in the middle" % (L("ACCOUNT", digits(n, dbl=0.5)), ONES[int(d)])


@tpl("focus")
def f_id_groups():
    n = rdig(10)
    return "okay ready, %s" % L("ACCOUNT", " ".join(pair(int(n[i:i + 2])) if n[i] != "0" else digits(n[i:i + 2]) for i in range(0, 10, 2)))


@tpl("focus")
def f_id_asin():
    letters = "".join(R.choice("bdmnpstv") for _ in range(2))
    n = rdig(7)
    return "subscriber id %s, that's all of it" % (
        L("HEALTH_PLAN_ID", " ".join(letter(c, 1.0) for c in letters) + " " + digits(n)))


@tpl("focus")
def f_id_multi():
    return "%s, %s, and the account's %s" % (
        L("NAME", full()), L("MRN", mrn()), L("ACCOUNT", account()))


@tpl("focus")
def f_phone_addr():
    return "%scall me at %s, or stop by, %s" % (fill(), L("PHONE", phone()), L("ADDRESS", address()))


@tpl("focus")
def f_licence_prescriber():
    return "my prescriber's npi is not handy but doctor %s's license number is %s" % (
        L("NAME", last()), L("LICENSE", licence()))


@tpl("focus")
def f_ssn_correction():
    s = ssn()
    return "ss number %s, wait, did i say %s at the end, yeah that's right" % (
        L("SSN", s), s.split()[-1] if " " in s else s[-4:])


@tpl("focus")
def f_addr_ordinal_street():
    return "%sit's %s, %s, the yellow house on the corner" % (
        fill(), L("ADDRESS", pair(R.randint(100, 4999)) + " " + R.choice(["west", "east", "north", "south"]) + " "
                  + R.choice(["fifth", "second", "third", "ninth", "twelfth", "forty second"]) + " street"),
        L("LOCATION", town()))


@tpl("focus")
def f_town_neighbourhood():
    return "we're in %s, that's the part of %s by the old mill, if the driver asks" % (
        L("LOCATION", R.choice(["north end", "river bend", "oak hollow", "millbrook", "south side", "kessler park"])),
        L("LOCATION", town()))


@tpl("focus")
def f_town_drive():
    return "i'm driving in from %s so give me like an hour, is that okay" % L("LOCATION", town())


@tpl("focus")
def f_zip_comma():
    z = "%05d" % R.randint(10000, 99899)
    return "zip, um, %s, yeah" % L("ZIP", digits(z[:3]) + ", " + digits(z[3:]))


@tpl("focus")
def f_email_spelled_local():
    fn, ln = first(), last()
    return "okay it's %s, all lower case" % L("EMAIL", spell(fn[:5]) + " dot " + spell(ln[:6]) + " at " + R.choice(DOMAINS))


@tpl("focus")
def f_url_www():
    fn, ln = first(), last()
    return "the photos of the rash are up at %s, my wife set that up" % (
        L("URL", "w w w dot example dot net slash " + ln.replace(" ", "") + " " + digits(rdig(2))))


@tpl("focus")
def f_licence_state_first():
    st = R.choice(STATES)
    return "it's %s %s license, number %s, expires in the fall" % ("an" if st[0] in "aeiou" else "a", st, L("LICENSE", licence()))


@tpl("focus")
def f_plate_correction():
    p = str(R.randint(1, 9)) + "".join(R.choice("bcdpt") for _ in range(3)) + rdig(3, False)
    i = R.randint(1, 3)
    p2 = p[:i] + ("d" if p[i] != "d" else "b") + p[i + 1:]
    sp = lambda q: " ".join(ONES[int(c)] if c.isdigit() else c for c in q)
    return "plate %s, no, %s not %s, so %s" % (
        L("VEHICLE_ID", sp(p)), letter(p2[i], 1.0), p[i], L("VEHICLE_ID", sp(p2)))


@tpl("focus")
def f_ssn_pieces():
    s = ssn()
    return "you want the whole social, okay, %s, please don't read it back out loud" % L("SSN", s)


@tpl("focus")
def f_addr_hyphen_unit():
    n = R.randint(10, 999)
    return "%s, %s, buzzer doesn't work so knock" % (
        L("ADDRESS", "%d-%s %s" % (n, R.choice("abcd"), street())), L("LOCATION", town()))


@tpl("focus")
def f_phone_relative_town():
    return "my sister %s in %s can take the calls, %s" % (L("NAME", full()), L("LOCATION", town()), L("PHONE", phone()))


@tpl("focus")
def f_member_dob_combo():
    return "member %s, date of birth %s, and it's for %s" % (
        L("HEALTH_PLAN_ID", member_id()), L("DOB", date_spoken(True)), L("NAME", first()))


@tpl("focus")
def f_rural_route_correction():
    b1 = R.randint(10, 99)
    b2 = b1 + R.choice([1, 10])
    rt = w(R.randint(1, 9))
    return "%s, sorry, %s, out in %s" % (
        L("ADDRESS", "rural route %s box %s" % (rt, w(b1))), L("ADDRESS", "rural route %s box %s" % (rt, w(b2))),
        L("LOCATION", town()))


@tpl("focus")
def f_town_to_town():
    a, b = town_pair()
    return "%s to %s is too far for him to drive for dialysis, is there anything closer" % (L("LOCATION", a), L("LOCATION", b))


# ---- general caller turns ---------------------------------------------------------------------

@tpl("gen")
def g_name_nocue():
    return "%s%s picked up the refill yesterday but %s still needs hers" % (fill(), L("NAME", first()), L("NAME", first()))


@tpl("gen")
def g_dob():
    return "my name is %s, date of birth %s" % (L("NAME", full()), L("DOB", date_spoken(True)))


@tpl("gen")
def g_appt():
    return "i need to move %s appointment from %s to sometime the week after" % (
        R.choice(["my mom's", "my husband's", "my"]), L("DATE", date_spoken()))


@tpl("gen")
def g_doctor():
    return "tell doctor %s that %s said the new dose is working" % (L("NAME", last()), L("NAME", first()))


@tpl("gen")
def g_phone():
    return "%sthe best number is %s, that's my cell" % (fill(), L("PHONE", phone()))


@tpl("gen")
def g_age():
    return "she's %s and she still drives herself, which worries me" % L("AGE", age_over_89())


@tpl("gen")
def g_spelled():
    ln = last().replace(" ", "")
    return "last name %s, %s" % (L("NAME", ln), L("NAME", " ".join(letter(c, 0.3) for c in ln)))


@tpl("gen")
def g_stutter():
    fn = first()
    ln = last()
    return "it's %s- %s, %s" % (fn[:3], L("NAME", fn), L("NAME", fn + " " + ln)) if len(fn) > 4 else \
        "it's it's %s, %s" % (L("NAME", fn), L("NAME", fn + " " + ln))


@tpl("gen")
def g_carer():
    return "our aide %s comes tuesdays and %s covers the weekends" % (L("NAME", full()), L("NAME", first()))


@tpl("gen")
def g_discharge():
    return "he was discharged %s and nobody called about the follow up" % L("DATE", date_spoken())


@tpl("gen")
def g_bare_answer():
    return "%s, %s" % (L("NAME", full()), R.choice(["that's me, i'm returning a call", "speaking, who's this", "yes that's the patient",
                                               "calling about the refill"]))


@tpl("gen")
def g_birthday_words():
    return "%s, born %s, i'm calling for the flu shot" % (L("NAME", full()), L("DOB", date_spoken(True)))


@tpl("gen")
def g_two_names():
    return "%s and %s both need the school forms signed" % (L("NAME", first()), L("NAME", first()))


@tpl("gen")
def g_callback():
    return "have %s call me back at %s, after three please" % (L("NAME", first()), L("PHONE", phone()))


@tpl("gen")
def g_surgery_date():
    return "%s has the knee surgery on %s and we need the pre op labs" % (L("NAME", first()), L("DATE", date_spoken()))


@tpl("gen")
def g_pharm():
    return "this is %s from the pharmacy, we got a fax for %s but the strength is wrong" % (
        L("NAME", first()), L("NAME", full()))


@tpl("gen")
def g_grandpa():
    return "my great aunt %s turned %s and she wants the hearing aid checked" % (L("NAME", first()), L("AGE", age_over_89()))


@tpl("gen")
def g_word_name():
    return "%s from hospice said to call, %s, she's the nurse" % (L("NAME", R.choice(WORD_FIRST)), L("NAME", R.choice(WORD_FIRST) + " " + last()))


# ---- no PHI, tricky ordinary text ---------------------------------------------------------------

@tpl("neg")
def n_will():
    return "will the refill be ready by %s or should i call back %s" % (R.choice(["friday", "tonight", "noon"]), R.choice(["monday", "tomorrow"]))


@tpl("neg")
def n_may():
    return R.choice(["may i ask what the copay is for the brand name one", "may i speak to someone about the bill"])


@tpl("neg")
def n_hope():
    return R.choice(["i hope so, last time it took like two weeks", "i hope the lab is open on saturday"])


@tpl("neg")
def n_room():
    return "he's in room %s on the fourth floor, bed b" % R.choice(["four twelve", "412", "three oh six"])


@tpl("neg")
def n_dose():
    return "she takes %s of lisinopril and the metformin twice a day" % R.choice(["twenty milligrams", "ten mg", "forty milligrams"])


@tpl("neg")
def n_mark():
    return "can you mark it urgent, the swelling in my %s is worse" % R.choice(["left ankle", "right hand", "feet", "jaw"])


@tpl("neg")
def n_june():
    return "it was sometime in june, maybe july, i don't remember the exact day"


@tpl("neg")
def n_grant():
    return "did the grant for the transport program come through or is it still pending"


@tpl("neg")
def n_group():
    return "the group number on the back is %s, is that what you need" % digits(rdig(5))


@tpl("neg")
def n_main_entrance():
    return "which entrance do i use, the main one or the one by parking lot %s" % R.choice("abcde")


@tpl("neg")
def n_route():
    return "is there a bus route that stops by the clinic, i don't drive anymore"


@tpl("neg")
def n_price():
    return "it was forty two dollars last month and now it says one twenty, why"


@tpl("neg")
def n_rose():
    return "my blood pressure rose again and the cuff says one fifty over ninety"


@tpl("neg")
def n_bill():
    return "i got the bill but the amount doesn't match what the insurance said"


@tpl("neg")
def n_faith():
    return "i have faith in the new doctor, i just want the records sent over"


@tpl("neg")
def n_brown():
    return "can i eat brown rice before the colonoscopy or just clear liquids"


@tpl("neg")
def n_sterling():
    return "the sterling silver bracelet gives me a rash on my wrist, is that an allergy"


@tpl("neg")
def n_summit():
    return "is the summit location open %s or only the downtown one" % R.choice(["sundays", "late", "on holidays"])


@tpl("neg")
def n_weekday():
    return "tuesday or thursday works, mornings are better for me"


@tpl("neg")
def n_digits_dose():
    return "it says take one tablet every eight hours, is that three a day"


@tpl("neg")
def n_water():
    return "i drink a lot of water but the cramps keep coming back %s" % R.choice(["at night", "after walking", "in the morning"])


@tpl("neg")
def n_street_words():
    return "there's construction on the main road so i might be ten minutes late"


@tpl("neg")
def n_box():
    return "the box the inhaler came in was crushed, is the inhaler still okay"


@tpl("neg")
def n_apartment():
    return "the apartment stairs are hard for me after the hip, can the nurse come instead"


@tpl("neg")
def n_zip_word():
    return "the zipper on the brace broke, can i get a new one"


@tpl("neg")
def n_dot():
    return "i clicked the link in the text but it just says page not found"


@tpl("neg")
def n_ages_young():
    return "my son is %s and my daughter is %s, both need the physical" % (w(R.randint(5, 17)), w(R.randint(5, 17)))


@tpl("neg")
def n_countries():
    return "we're traveling to texas then mexico, do i need any shots"


@tpl("neg")
def n_double():
    return "do i double the dose if i missed %s, the pharmacist said no" % R.choice(["one", "the morning one", "yesterday's"])


@tpl("neg")
def n_may_month():
    return R.choice(["the last shot was back in may i think, or was it april", "may is better for the follow up than april"])


@tpl("neg")
def n_wills():
    return R.choice(["my will and the power of attorney, do you need copies of those", "the lawyer has the living will, should i bring it"])


@tpl("neg")
def n_lot():
    return R.choice(["the lot number on the vial is scratched off, is it still good", "i parked in lot b, level three, where do i go"])


@tpl("neg")
def n_suite_floor():
    return R.choice(["is it suite two ten or two twelve, the sign in the lobby is confusing",
                     "the elevator to the third floor is broken again"])


@tpl("neg")
def n_portal():
    return R.choice(["the patient portal keeps logging me out when i upload the insurance card",
                     "do i log into the portal with my email or the username"])


@tpl("neg")
def n_state():
    return R.choice(["is the new plan accepted in ohio or only in indiana", "we're in texas for the winter, can you transfer it"])


@tpl("neg")
def n_at_dot():
    return R.choice(["i tried the at sign but the form says invalid character", "is it dot com or dot org for your website"])


@tpl("neg")
def n_four_to():
    return R.choice(["she has to take two of them for four days then one", "i need to come in at two, or four at the latest"])


@tpl("neg")
def n_oh():
    return R.choice(["oh no, i think i left the cooler with the insulin in the car", "oh okay, so the copay is twenty"])


@tpl("neg")
def n_hope_town_word():
    return R.choice(["the hospice people were great, they gave us hope when things were bad",
                     "there's no union rule about it, i just want to know the hours"])


@tpl("neg")
def n_drug():
    return R.choice(["is the generic of the eliquis cheaper, the brand is killing me",
                     "can i take the amoxicillin with the prednisone or space them out"])


@tpl("neg")
def n_body():
    return R.choice(["the pain is in my lower back and down the left leg to the heel",
                     "my right knee swells after the stairs, ice doesn't help"])


# ----------------------------------------------------------------------------------------------
# validation

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
CUE_START = ("my ", "the ", "doctor ", "dr ", "dr. ", "mrs ", "mr ", "ms ", "zip ", "at ", "is ", "number ",
             "member ", "id ", "in ", "on ", "from ", "to ", "born ", "dob ", "email ", "phone ", "plate ", "mrn ")


def validate(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert "\n" not in text
        assert text == text.strip()
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, line
        for kind, value in LABEL.findall(text):
            assert kind in KINDS, line
            assert value and value == value.strip(), line
            assert value[-1] not in ",;:!?" and value[0] not in ",;:!?", line
            assert not value.lower().startswith(CUE_START), line
            assert not value.endswith("'s") and "'s " not in value, line
            assert "  " not in value, line
        plain = LABEL.sub(lambda m: m.group(2), text)
        n = len(plain.split())
        assert 5 <= n <= 60, (n, line)
        assert "  " not in plain, line


def main():
    names = [f.__name__ for _, f in T]
    assert len(names) == len(set(names))
    groups = {"focus": [f for g, f in T if g == "focus"], "gen": [f for g, f in T if g == "gen"],
              "neg": [f for g, f in T if g == "neg"]}
    want = {"neg": 36, "focus": 144, "gen": 60}
    slots = []
    for g, k in want.items():
        pool = []
        while len(pool) < k:
            fs = groups[g][:]
            R.shuffle(fs)
            pool += fs
        slots += pool[:k]
    R.shuffle(slots)
    lines, seen = [], set()
    for f in slots:
        for _ in range(50):
            text = re.sub(r"\s+", " ", f()).strip()
            if text not in seen:
                break
        seen.add(text)
        lines.append("%s%03d\t%s" % (PREFIX, len(lines) + 1, text))
    assert len(lines) == N_LINES
    assert len(set(l.split("\t")[1] for l in lines)) == N_LINES, "duplicate text"
    validate(lines)
    used = {}
    for f in slots:
        used[f.__name__] = used.get(f.__name__, 0) + 1
    assert len(used) >= 60 and max(used.values()) <= 6, (len(used), max(used.values()))
    header = ("# voice-dev11b.tsv: generated by masker-domain/src/test/scripts/holdout11_voice_dev_b.py "
              "(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales %s, diacritics dropped) and "
              "invented names, streets and towns written for Masker; caller turns to clinic, pharmacy, insurer, "
              "lab and home-health voice agents, mostly spoken addresses, towns, ZIP codes, e-mails, web "
              "addresses and identifiers, all PHI kinds labelled; development set, tuned on; every value invented."
              % (SEED, " ".join(LOCS)))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for l in lines:
            fh.write(l + "\n")
    counts = {}
    free = 0
    for l in lines:
        ks = LABEL.findall(l)
        if not ks:
            free += 1
        for k, _ in ks:
            counts[k] = counts.get(k, 0) + 1
    print("lines", len(lines), "phi-free", free, "templates", len(used), file=sys.stderr)
    print(sorted(counts.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
