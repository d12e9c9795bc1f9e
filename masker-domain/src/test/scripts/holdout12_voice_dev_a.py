#!/usr/bin/env python3
"""Twelfth-round voice development set for Masker, part a: caller turns as a tired speech-to-text
engine writes them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
120121). A development set: the lead tunes on it.

Theme: rough transcripts. Fillers and restarts inside values ("eleven forty, uh, seven quillback
lane"), words split or run together ("quill back lane", "fivefive five"), homophones of digits
("for", "to", "ate", "won") where an engine would write them, letters spelled "as in", numbers half
in digits and half in words, values repeated or corrected, towns that are ordinary words, names of
people with no cue word in many positions, ages over 89, birth and visit dates said every way.

Names: first-name and surname lists of Datafaker 2.7.0's locale files (Maven
net.datafaker:datafaker:2.7.0, Apache-2.0; locales en, en-ZA, sv, da-DK, de-AT, hu, id, fr-CA),
combined at random so no real person is meant, diacritics dropped. Extract them first:

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df

then run:  python3 holdout12_voice_dev_a.py [/tmp/df]

Invented syllable names, ordinary-word names, streets and towns, and every turn template were
written by hand for Masker. Phones only from ranges kept for fiction (North America 555-01xx,
United Kingdom 07700 900xxx, Australia 0491 570 xxx); e-mails and URLs at example.com/.org/.net;
card numbers are the networks' published test numbers; IBANs the SWIFT registry's examples; IPs
from the private ranges; NPI and DEA numbers carry a correct check digit; SSN areas never 000,
666 or 9xx.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 120121
N_LINES = 260
N_FREE = 39
PREFIX = "vd12a-"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval",
                   "voice-dev12a.tsv")
LOCALES = [("en/name", "male_first_name", "female_first_name", "last_name"),
           ("en-ZA", "first_name", None, "last_name"),
           ("sv", "male_first_name", "female_first_name", "last_name"),
           ("da-DK", "male_first_name", "female_first_name", "last_name"),
           ("de-AT", "first_name", None, "last_name"),
           ("hu", "male_first_name", "female_first_name", "last_name"),
           ("id", "first_name", None, "last_name"),
           ("fr-CA", "first_name", None, "last_name")]


# ---------------------------------------------------------------- name lists (Datafaker yml)

def yml_list(path, key):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)" + key + r":\s*(.*)$", line)
        if not m:
            continue
        ind, rest = len(m.group(1)), m.group(2).strip()
        if rest.startswith("["):
            buf, j = rest, i
            while not buf.rstrip().endswith("]"):
                j += 1
                buf += " " + lines[j].strip()
            out += [x.strip().strip("\"'") for x in buf.strip()[1:-1].split(",")]
        elif rest == "":
            j = i + 1
            while j < len(lines):
                s = lines[j].strip()
                indent = len(lines[j]) - len(lines[j].lstrip())
                if s and not (indent > ind or s.startswith("- ")):
                    break
                if s.startswith("- "):
                    out.append(s[2:].strip().strip("\"'"))
                j += 1
        break
    return [x for x in out if x and "#{" not in x]


def plain(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("-", " ").replace("'", "").replace("\u00f8", "o").replace("\u00e6", "ae")
    s = s.replace("\u00df", "ss").replace("\u0142", "l")
    return s if re.fullmatch(r"[a-z]+( [a-z]+)*", s) and len(s) >= 2 else None


PARTICLES = {"von", "af", "de", "van", "la", "le", "du", "da", "di"}


def load_names(df):
    male, female, anyone, last = set(), set(), set(), set()
    for loc, mk, fk, lk in LOCALES:
        path = os.path.join(df, loc + ".yml")
        # en-ZA, de-AT, id and fr-CA have one first-name list: used when the sex does not matter
        firsts = male if fk else anyone
        for k, bucket in ((mk, firsts), (fk, female), (lk, last)):
            if k is None:
                continue
            for n in yml_list(path, k):
                p = plain(n)
                if p and len(p.split()) <= 3 and len(p) >= 3 and p not in PARTICLES:
                    bucket.add(p)
    both = male & female   # names on both lists keep out of the pools chosen by sex
    return sorted(male - both), sorted(female - both), sorted(anyone | male | female), sorted(last)


# ---------------------------------------------------------------- invented words (by hand)

SYL_A = ["quill", "brack", "thorn", "marl", "kest", "wend", "fal", "hollin", "ash", "tam",
         "crest", "orm", "ravel", "dun", "pell", "sorrel", "hazel", "lark", "ferr", "gad"]
SYL_B = ["back", "ford", "wick", "brook", "field", "ridge", "stone", "wood", "mere", "by",
         "ton", "hollow", "more", "gate", "dale", "crest", "haven", "marsh", "well", "leigh"]
STREET_SUFFIX = ["lane", "road", "drive", "street", "avenue", "court", "way", "place", "terrace",
                 "circle", "trail", "boulevard", "row", "pike"]
ORD_STREETS = ["mill lane", "church street", "may street", "hope road", "bell avenue",
               "pond road", "orchard way", "baker street", "meadow lane", "summit drive"]
INV_GIVEN = {"m": ["teodric", "renzo", "caelan", "kasimir", "lorcan", "bexley", "anselm", "tobiah"],
             "f": ["malvina", "oskarine", "ottilie", "thandi", "yusra", "ilsabet", "dorrit", "neve",
                   "soraya", "ambrin"]}
INV_SURNAMES = ["quenneville", "ashgrove", "okonkwo-ravel", "tamsett", "dunmore", "pellow",
                "vesterlund", "brackwell", "ormiston", "halloran", "kettridge", "marlowe",
                "sefolosha", "ferrante", "gadsby", "wendling"]
ORD_GIVEN = {"m": ["will", "grant", "bill", "mark", "ray", "hunter", "sterling", "pat", "chase"],
             "f": ["june", "hope", "rose", "faith", "dawn", "april", "joy", "summer", "pat", "may"]}
ORD_SURNAMES = ["finch", "baker", "booth", "frost", "page", "rook", "marsh", "wren", "hale",
                "king", "fields", "rivers", "stone", "brook", "sparrow", "mason"]
TOWNS = ["brackenford", "lowbridge", "east ashby", "kettleby", "marlow springs", "dunhollow",
         "fenwick falls", "orrington", "saltmere", "quarry hill", "west tamsley", "pellston",
         "harrowgate", "millbeck", "corran bay", "stoneleigh", "wexcombe", "ashburn flats"]
ORD_TOWNS = ["hope", "sterling", "fairview", "liberty", "union", "harmony", "plain", "energy",
             "friendship", "bountiful", "eden", "golden", "paradise", "ideal", "commerce"]
REAL_TOWNS = ["duluth", "tacoma", "bozeman", "kalamazoo", "el paso", "boise", "yakima",
              "chattanooga", "eugene", "scranton"]
AREA = ["503", "614", "412", "919", "720", "608", "207", "802", "406", "505", "715", "231",
        "559", "318", "863", "952"]
CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881",
         "6011 1111 1111 1117", "5105 1051 0510 5100", "3782 822463 10005"]
IBANS = ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00",
         "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00"]
MEDS = ["metformin", "lisinopril", "atorvastatin", "amlodipine", "sertraline", "levothyroxine",
        "gabapentin", "omeprazole", "losartan", "prednisone", "warfarin", "albuterol",
        "montelukast", "tamsulosin", "eliquis", "jardiance"]

W = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD1 = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}
FILLERS = ["uh", "um", "uh", "um", "er", "like"]

R = random.Random(SEED)


def n2w(n):
    if n < 10:
        return W[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("" if o == 0 else " " + W[o])
    h, rest = divmod(n, 100)
    return W[h] + " hundred" + ("" if rest == 0 else R.choice([" ", " and "]) + n2w(rest))


def ordinal(d):
    if d <= 20:
        return ORD1[d]
    t, o = divmod(d, 10)
    if o == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ORD1[o]


def ordinal_fix(d):
    return ordinal(d)


def pair_words(n):
    """1147 -> eleven forty seven, 1908 -> nineteen oh eight, 305 -> three oh five."""
    s = str(n)
    if len(s) <= 2:
        return n2w(n)
    if len(s) == 3:
        a, b = int(s[0]), int(s[1:])
        return W[a] + " " + (("oh " + W[b]) if b < 10 else n2w(b))
    a, b = int(s[:2]), int(s[2:])
    if b == 0:
        return n2w(a) + " hundred"
    return n2w(a) + " " + (("oh " + W[b]) if b < 10 else n2w(b))


def digits_words(ds, zero=None, homo=0.0, double=0.0, run=0.0):
    """Say digits one by one; zero 'oh'/'zero'; now and then a homophone, a 'double', a run-on."""
    zero = zero or R.choice(["oh", "zero", "oh"])
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        if i + 1 < len(ds) and ds[i + 1] == d and R.random() < double:
            out.append("double " + (zero if d == "0" else W[int(d)]))
            i += 2
            continue
        w = zero if d == "0" else W[int(d)]
        if d in HOMO and R.random() < homo:
            w = HOMO[d]
        out.append(w)
        i += 1
    if run and len(out) >= 2 and R.random() < run:
        k = R.randrange(len(out) - 1)
        if " " not in out[k] and " " not in out[k + 1]:
            out[k:k + 2] = [out[k] + out[k + 1]]
    return " ".join(out)


def filler():
    return R.choice(FILLERS)


def L(kind, s):
    return "[[%s|%s]]" % (kind, s)


# ---------------------------------------------------------------- value generators

class Gen:
    def __init__(self, male, female, anyone, last):
        self.male, self.female, self.anyone, self.last = male, female, anyone, last

    def first(self, sex=None):
        r = R.random()
        sx = sex or R.choice("mf")
        if r < 0.07:
            return R.choice(INV_GIVEN[sx])
        if r < 0.13:
            return R.choice(ORD_GIVEN[sx])
        pool = self.male if sex == "m" else self.female if sex == "f" else self.anyone
        return R.choice(pool)

    def surname(self):
        r = R.random()
        if r < 0.08:
            return R.choice(INV_SURNAMES)
        if r < 0.15:
            return R.choice(ORD_SURNAMES)
        return R.choice(self.last)

    def full(self, sex=None):
        return self.first(sex) + " " + self.surname()

    def spell(self, name, as_in=0.3):
        words = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank",
                 "g": "george", "h": "henry", "i": "ida", "j": "john", "k": "king", "l": "larry",
                 "m": "mary", "n": "nancy", "o": "ocean", "p": "paul", "r": "robert", "s": "sam",
                 "t": "tom", "u": "union", "v": "victor", "w": "william", "y": "yellow",
                 "z": "zebra", "q": "queen", "x": "x ray"}
        out = []
        for c in name.replace(" ", ""):
            if R.random() < as_in:
                out.append(c + R.choice([" as in ", " like ", " for "]) + words[c])
            else:
                out.append(c)
        sep = R.choice([" ", ", ", " "])
        return sep.join(out)

    # ------------------------------------------------------------ phones
    def phone_digits(self):
        return R.choice(AREA) + "5550" + "1" + str(R.randrange(10)) + str(R.randrange(10))

    def phone(self, style=None):
        d = self.phone_digits()
        a, e, n = d[:3], d[3:6], d[6:]
        style = style or R.choice(["words", "groups", "filler", "mixed", "digits", "run", "homo",
                                   "double", "pairs"])
        if style == "words":
            return digits_words(d)
        if style == "groups":
            return ", ".join(digits_words(x) for x in (a, e, n))
        if style == "filler":
            return "%s, %s, %s %s" % (digits_words(a), filler(), digits_words(e), digits_words(n))
        if style == "mixed":
            return R.choice(["%s %s %s" % (a, digits_words(e), n),
                             "%s %s %s" % (digits_words(a), e, n),
                             "%s-%s %s" % (a, e, digits_words(n))])
        if style == "digits":
            return R.choice(["%s-%s-%s" % (a, e, n), "%s %s %s" % (a, e, n), "(%s) %s-%s" % (a, e, n)])
        if style == "run":
            return "%s fivefive five %s" % (digits_words(a), digits_words(n))
        if style == "homo":
            return digits_words(d, homo=0.45)
        if style == "double":
            return "%s triple five %s" % (digits_words(a), digits_words(n, double=0.9))
        if style == "pairs":
            return "%s %s %s %s" % (digits_words(a), digits_words(e), pair_words(int(n[:2])) if n[0] != "0"
                                    else "oh " + W[int(n[1])], n2w(int(n[2:])) if n[2] != "0" else "oh " + W[int(n[3])])
        raise ValueError(style)

    def uk_phone(self):
        tail = "%03d" % R.randrange(1000)
        return R.choice(["oh seven seven oh oh, nine double oh, " + digits_words(tail, zero="oh"),
                         "07700 900" + tail,
                         "oh double seven oh oh nine oh oh " + digits_words(tail)])

    def au_phone(self):
        tail = "%03d" % R.randrange(1000)
        return R.choice(["oh four nine one, five seven oh, " + digits_words(tail),
                         "0491 570 " + tail, "oh four nine one five seven zero " + digits_words(tail)])

    # ------------------------------------------------------------ dates
    def ymd(self, birth):
        y = R.randrange(1928, 2008) if birth else R.choice([2025, 2026, 2026])
        m = R.randrange(1, 13)
        d = R.randrange(1, 29)
        return y, m, d

    def year_words(self, y):
        if 2000 <= y < 2010:
            return "two thousand " + W[y - 2000] if y > 2000 else "two thousand"
        if y >= 2010:
            return R.choice(["twenty " + n2w(y - 2000), "two thousand " + n2w(y - 2000)])
        c, r = divmod(y, 100)
        return n2w(c) + " " + (("oh " + W[r]) if r < 10 else n2w(r))

    def date(self, birth=False, style=None):
        y, m, d = self.ymd(birth)
        mo = MONTHS[m - 1]
        o = ordinal_fix(d)
        styles = ["md", "the_of", "md_y", "nums", "slash", "digits_mix", "split", "filler", "bare",
                  "the_md", "short_y"]
        style = style or R.choice(styles)
        yw = self.year_words(y)
        if style == "md":
            return "%s %s" % (mo, o) if not birth else "%s %s %s" % (mo, o, yw)
        if style == "the_of":
            return "the %s of %s" % (o, mo) + ((" " + yw) if birth else "")
        if style == "md_y":
            return "%s %s %s" % (mo, o, yw)
        if style == "nums":
            return "%s %s %s" % (digits_words("%02d" % m, zero="oh"), digits_words("%02d" % d, zero="oh"),
                                 yw)
        if style == "slash":
            return R.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%d-%d-%02d" % (m, d, y % 100)])
        if style == "digits_mix":
            return "%s %d %d" % (mo, d, y)
        if style == "split":
            # a tired engine splits the ordinal or the year
            if d in (14, 16, 17, 18, 19):
                o2 = W[d - 10] + " teenth"
            else:
                o2 = o
            return "%s %s, %s" % (mo, o2, yw.replace("nineteen", "nine teen"))
        if style == "filler":
            return "%s the %s, %s, %s" % (mo, o, filler(), yw if birth else yw)
        if style == "bare":
            return "%s %s" % (mo, n2w(d))
        if style == "the_md":
            return "%s the %s" % (mo, o)
        if style == "short_y":
            return "%s %s %s" % (mo, o, n2w(y % 100) if y % 100 >= 10 else "oh " + W[y % 100])
        raise ValueError(style)

    def dob(self):
        return self.date(birth=True, style=R.choice(["md_y", "the_of", "nums", "slash", "digits_mix",
                                                     "split", "filler", "short_y", "md"]))

    def visit(self):
        return self.date(birth=False, style=R.choice(["md", "the_of", "md_y", "slash", "bare",
                                                      "the_md", "split", "md", "digits_mix"]))

    # ------------------------------------------------------------ places
    def street_name(self):
        r = R.random()
        if r < 0.15:
            return R.choice(ORD_STREETS)
        a, b = R.choice(SYL_A), R.choice(SYL_B)
        suf = R.choice(STREET_SUFFIX)
        form = R.random()
        if form < 0.2:
            return "%s %s %s" % (a, b, suf)        # split: quill back lane
        if form < 0.3:
            return "%s%s%s" % (a, b, suf)          # run together: quillbacklane
        return "%s%s %s" % (a, b, suf)

    def house(self):
        n = R.choice([R.randrange(10, 99), R.randrange(100, 999), R.randrange(1000, 9999),
                      R.randrange(1000, 9999)])
        r = R.random()
        if r < 0.3:
            return str(n)
        if r < 0.45 and n >= 1000:
            s = pair_words(n).split(" ")
            return " ".join(s[:2]) + ", %s, " % filler() + " ".join(s[2:]) if len(s) > 2 else pair_words(n)
        if r < 0.55:
            return digits_words(str(n))
        return pair_words(n)

    def address(self, unit=0.25):
        a = "%s %s" % (self.house(), self.street_name())
        if R.random() < unit:
            a += R.choice([" apartment %s %s" % (n2w(R.randrange(1, 30)), R.choice("abcd")),
                           " unit %s" % n2w(R.randrange(2, 40)),
                           " apt %d" % R.randrange(2, 400),
                           " number %s" % n2w(R.randrange(1, 12))])
        return a.replace(" ,", ",")

    def town(self):
        r = R.random()
        if r < 0.3:
            return R.choice(ORD_TOWNS)
        if r < 0.42:
            t = R.choice(REAL_TOWNS)
            return "kalama zoo" if t == "kalamazoo" and R.random() < 0.6 else t
        return R.choice(TOWNS)

    def zip5(self):
        return "%d%04d" % (R.randrange(1, 10), R.randrange(10000))

    def zip(self):
        z = self.zip5()
        return R.choice([digits_words(z), z, z[:3] + " " + digits_words(z[3:]),
                         digits_words(z[:3]) + ", " + digits_words(z[3:]),
                         digits_words(z, homo=0.6)])

    # ------------------------------------------------------------ identifiers
    def ssn(self):
        while True:
            a = R.randrange(1, 900)
            if a != 666:
                break
        d = "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))
        return R.choice(["%s-%s-%s" % (d[:3], d[3:5], d[5:]),
                         "%s, %s, %s" % (digits_words(d[:3]), digits_words(d[3:5]), digits_words(d[5:])),
                         "%s %s %s" % (d[:3], digits_words(d[3:5]), d[5:]),
                         digits_words(d, homo=0.5),
                         "%s %s %s %s" % (digits_words(d[:3]), digits_words(d[3:5]), filler(),
                                          digits_words(d[5:]))])

    def mrn(self):
        d = "%d%06d" % (R.randrange(1, 10), R.randrange(10 ** 6))
        return R.choice([d, digits_words(d), d[:3] + " " + digits_words(d[3:]),
                         digits_words(d[:3]) + ", " + filler() + ", " + digits_words(d[3:]),
                         "m " + d, digits_words(d, double=0.7)])

    def member(self):
        letters = "".join(R.choice("abdefghjkmnprtwxyz") for _ in range(R.choice([2, 3])))
        d = "%08d" % R.randrange(10 ** 8)
        r = R.random()
        if r < 0.3:
            return " ".join(letters) + " " + digits_words(d)
        if r < 0.5:
            return self.spell(letters, as_in=0.7) + " " + digits_words(d, homo=0.4)
        if r < 0.7:
            return letters.upper() + d
        if r < 0.85:
            return " ".join(letters) + " " + d[:4] + " " + digits_words(d[4:])
        return self.mbi()

    def mbi(self):
        al = "ADEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        s = (str(R.randrange(1, 10)) + R.choice(al) + R.choice(an) + str(R.randrange(10)) +
             R.choice(al) + R.choice(an) + str(R.randrange(10)) + R.choice(al) + R.choice(al) +
             str(R.randrange(10)) + str(R.randrange(10)))
        if R.random() < 0.5:
            return s[:4] + "-" + s[4:7] + "-" + s[7:]
        return " ".join(c.lower() if c.isalpha() else W[int(c)] for c in s)

    def account(self):
        d = "%010d" % R.randrange(10 ** 10)
        return R.choice([d, digits_words(d), d[:4] + " " + digits_words(d[4:]),
                         digits_words(d[:5]) + ", " + digits_words(d[5:], double=0.6)])

    def card(self):
        c = R.choice(CARDS)
        g = c.split(" ")
        return R.choice([c, ", ".join(digits_words(x, double=0.5) for x in g),
                         " ".join(g[:2]) + " " + " ".join(digits_words(x) for x in g[2:])])

    def npi(self):
        while True:
            base = str(R.randrange(1, 3)) + "%08d" % R.randrange(10 ** 8)
            s = "80840" + base
            tot = 0
            for i, ch in enumerate(reversed(s)):
                v = int(ch)
                if i % 2 == 0:
                    v *= 2
                    if v > 9:
                        v -= 9
                tot += v
            chk = (10 - tot % 10) % 10
            return base + str(chk)

    def dea(self, surname):
        pre = R.choice("ABFM") + surname[0].upper()
        d = [R.randrange(10) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return pre + "".join(map(str, d)) + str(chk)

    def dl(self):
        l = R.choice("abcdfhkmrstw")
        d = "%07d" % R.randrange(10 ** 7)
        return R.choice([l + d, l + " " + digits_words(d), l.upper() + d[:3] + " " + d[3:],
                         self.spell(l, as_in=1.0) + " " + digits_words(d, homo=0.5)])

    def plate(self):
        p = (str(R.randrange(1, 10)) + "".join(R.choice("abcdefghjklmnprstvwxyz") for _ in range(3)) +
             "%03d" % R.randrange(1000))
        return R.choice([p.upper(), " ".join(W[int(c)] if c.isdigit() else c for c in p),
                         p[:4].upper() + " " + digits_words(p[4:])])

    def serial(self):
        s = "".join(R.choice("ABCDEFHJKLMNPRSTUVWXYZ") for _ in range(2)) + "%08d" % R.randrange(10 ** 8)
        return R.choice([s, " ".join(c.lower() for c in s[:2]) + " " + digits_words(s[2:]),
                         s[:2].lower() + " " + s[2:6] + " " + digits_words(s[6:])])

    def email(self, name=None):
        name = name or self.full()
        f, l = name.split(" ")[0], name.split(" ")[-1]
        dom = R.choice(["example dot com", "example dot org", "example dot net"])
        num = n2w(R.randrange(10, 99))
        return R.choice(["%s dot %s at %s" % (f, l, dom),
                         "%s %s %s at %s" % (f[0], l, num, dom),
                         "%s underscore %s at %s" % (f, l[0], dom),
                         "%s at %s" % (" ".join(f), dom),
                         "%s dot %s%s at %s" % (f, l, num.replace(" ", ""), dom),
                         "%s%s at example.com" % (f, l[0])])

    def age(self):
        n = R.randrange(90, 105)
        return R.choice([n2w(n).replace(" and ", " "), n2w(n), "a hundred and %s" % W[n - 100] if n > 100 else n2w(n),
                         str(n)])

    def ip(self):
        return R.choice(["one ninety two dot one sixty eight dot %s dot %s" % (n2w(R.randrange(0, 20)), n2w(R.randrange(2, 99))),
                         "10.%d.%d.%d" % (R.randrange(256), R.randrange(256), R.randrange(2, 255)),
                         "ten dot %s dot %s dot %s" % (n2w(R.randrange(0, 60)), n2w(R.randrange(0, 60)), n2w(R.randrange(2, 99)))])


# ---------------------------------------------------------------- templates

T = []       # templates with PHI
F = []       # PHI-free templates


def tpl(fn):
    T.append(fn)
    return fn


def free(fn):
    F.append(fn)
    return fn


N = lambda s: L("NAME", s)


@tpl
def t_addr_filler(g):
    return "yeah so the address is %s, %s, %s" % (L("ADDRESS", g.address()), L("LOCATION", g.town()), L("ZIP", g.zip()))


@tpl
def t_phone_restart(g):
    p = g.phone("filler")
    return "my number's %s, that's the cell, the house phone got cut off" % L("PHONE", p)


@tpl
def t_name_restart(g):
    f, l = g.first("f"), g.surname()
    return "hi it's %s- %s, %s calling back about the refill" % (f[:3], N(f), N(f + " " + l))


@tpl
def t_no_cue_subject(g):
    return "yeah %s picked it up %s, so you can take that off the list" % (N(g.first()), R.choice(["yesterday", "this morning", "on tuesday"]))


@tpl
def t_tell_doctor(g):
    return "can you tell doctor %s that %s's sugar was like three hundred again" % (N(g.surname()), N(g.first()))


@tpl
def t_two_names_and(g):
    return "um %s and %s both need their %s refilled, same pharmacy" % (N(g.first()), N(g.first()), R.choice(MEDS))


@tpl
def t_spell_as_in(g):
    s = g.surname()
    return "last name is %s, %s" % (N(s), N(g.spell(s, as_in=0.5)))


@tpl
def t_dob_words(g):
    return "date of birth is %s and it's under my mom's plan" % L("DOB", g.dob())


@tpl
def t_dob_corrected(g):
    d1, d2 = g.dob(), g.dob()
    return "she was born %s, no wait, sorry, %s, i always mix those up" % (L("DOB", d1), L("DOB", d2))


@tpl
def t_visit_date(g):
    return "i saw doctor %s on %s and he said come back in six weeks" % (N(g.surname()), L("DATE", g.visit()))


@tpl
def t_age_over89(g):
    return "my grandmother's %s years old she can't do stairs anymore, does the nurse come to the house" % L("AGE", g.age())


@tpl
def t_town_ordinary(g):
    t = R.choice(ORD_TOWNS)
    return "we're over in %s so the %s location is too far" % (L("LOCATION", t), R.choice(["downtown", "north side", "main", "hospital"]))


@tpl
def t_town_out_by(g):
    return "i live out by %s, like past the feed store, %s" % (L("LOCATION", g.town()), L("ZIP", g.zip()))


@tpl
def t_run_together_street(g):
    a, b = R.choice(SYL_A), R.choice(SYL_B)
    n = pair_words(R.randrange(1000, 9999))
    return "it's %s, %s" % (L("ADDRESS", "%s %s%slane" % (n, a, b)), L("LOCATION", g.town()))


@tpl
def t_phone_mixed(g):
    return "best number is %s, after five" % L("PHONE", g.phone("mixed"))


@tpl
def t_phone_homo(g):
    return "call me back at %s if it goes to voicemail just leave it" % L("PHONE", g.phone("homo"))


@tpl
def t_phone_corrected(g):
    p = g.phone_digits()
    q = p[:-1] + str((int(p[-1]) + 3) % 10)
    return "it's %s, no wait, it's %s, sorry" % (L("PHONE", digits_words(p)), L("PHONE", digits_words(q)))


@tpl
def t_member_spelled(g):
    return "member id is %s" % L("HEALTH_PLAN_ID", g.member())


@tpl
def t_member_repeat(g):
    m = g.member()
    return "okay the policy number, %s, let me say it again, %s" % (L("HEALTH_PLAN_ID", m), L("HEALTH_PLAN_ID", m))


@tpl
def t_ssn(g):
    return "um you want the social, it's %s" % L("SSN", g.ssn())


@tpl
def t_mrn(g):
    return "the medical record number on the bracelet says %s" % L("MRN", g.mrn())


@tpl
def t_account(g):
    return "billing said my account number is %s and there's a balance i don't understand" % L("ACCOUNT", g.account())


@tpl
def t_card(g):
    return "i'll pay the copay on the card, %s, expires oh nine twenty eight" % L("CREDIT_CARD", g.card())


@tpl
def t_email(g):
    return "you can email the form to %s" % L("EMAIL", g.email())


@tpl
def t_email_caller(g):
    n = g.full()
    return "this is %s, the email on file is old, the new one's %s" % (N(n), L("EMAIL", g.email(n)))


@tpl
def t_with_name(g):
    return "i had the appointment with %s at the front desk and she said i'd get a call" % N(g.first("f"))


@tpl
def t_for_name(g):
    return "i'm calling for %s, he's my dad, he can't hear too good on the phone" % N(g.full("m"))


@tpl
def t_possessive(g):
    return "%s's inhaler ran out and the school nurse won't let her go without it" % N(g.first("f"))


@tpl
def t_carer(g):
    return "the aide %s didn't show up %s and my mother was alone all day" % (N(g.first()), R.choice(["today", "monday", "again"]))


@tpl
def t_object(g):
    return "could you have someone call %s, she handles all of my medical stuff" % N(g.full("f"))


@tpl
def t_bare_answer(g):
    n = g.full()
    return "%s. yeah, %s, that's me, i'm returning a call" % (N(n), N(n.split(" ")[0]))


@tpl
def t_dr_ord_surname(g):
    return "uh is doctor %s in on %s, i need the knee looked at" % (N(R.choice(ORD_SURNAMES)), R.choice(["friday", "monday", "wednesday"]))


@tpl
def t_mrs_ord(g):
    return "mrs %s next door drove me to the er on %s" % (N(R.choice(ORD_SURNAMES)), L("DATE", g.visit()))


@tpl
def t_uk_phone(g):
    return "i'm visiting from the uk so ring my mobile, %s" % L("PHONE", g.uk_phone())


@tpl
def t_au_phone(g):
    return "my daughter's in australia her number's %s if you need a second contact" % L("PHONE", g.au_phone())


@tpl
def t_fax(g):
    return "the fax for doctor %s's office is %s, can you send the records there" % (N(g.surname()), L("FAX", g.phone(R.choice(["words", "digits", "groups"]))))


@tpl
def t_fax2(g):
    return "fax it over to %s, attention %s" % (L("FAX", g.phone(R.choice(["mixed", "filler", "pairs"]))), N(g.first()))


@tpl
def t_license(g):
    return "driver's license is %s, it's on the back of the insurance card too" % L("LICENSE", g.dl())


@tpl
def t_npi(g):
    n = g.npi()
    return "the prescriber npi is %s, doctor %s" % (L("LICENSE", R.choice([n, digits_words(n)])), N(g.surname()))


@tpl
def t_dea(g):
    s = g.surname()
    d = g.dea(s)
    return "the pharmacist asked for the dea number, it's %s, for doctor %s" % (L("LICENSE", d[:2].lower() + " " + digits_words(d[2:])), N(s))


@tpl
def t_plate(g):
    return "the van for the home visit, plate %s, was parked in my spot" % L("VEHICLE_ID", g.plate())


@tpl
def t_plate2(g):
    return "my car's the blue one, license plate %s, can i park in the back lot" % L("VEHICLE_ID", g.plate())


@tpl
def t_serial(g):
    return "the serial on the cpap machine is %s and it keeps beeping" % L("DEVICE_ID", g.serial())


@tpl
def t_serial2(g):
    return "the glucose monitor says serial number %s, um, is that the one you need" % L("DEVICE_ID", g.serial())


@tpl
def t_ip(g):
    return "the video visit won't load, it says my ip is %s, is that blocked" % L("IP_ADDRESS", g.ip())


@tpl
def t_url(g):
    f, l = g.first(), g.surname()
    return "i put the pictures on %s so the doctor can see the rash" % L("URL", "example dot com slash %s%s" % (f, l.replace(" ", "")))


@tpl
def t_url2(g):
    return "her care page is %s, the family updates it" % L("URL", "www dot example dot org slash %s dash %s" % (g.first("f"), R.choice(ORD_SURNAMES + INV_SURNAMES)))


@tpl
def t_iban(g):
    i = R.choice(IBANS)
    return "the refund can go to my bank in europe, the iban is %s" % L("IBAN", i.lower() if R.random() < 0.5 else i)


@tpl
def t_zip_homo(g):
    z = g.zip5()
    return "zip is %s, or wait, is it %s, no the first one" % (L("ZIP", digits_words(z, homo=0.7)), L("ZIP", digits_words(z[:-1] + str((int(z[-1]) + 1) % 10))))


@tpl
def t_address_unit(g):
    return "we moved, it's %s now, in %s" % (L("ADDRESS", g.address(unit=1.0)), L("LOCATION", g.town()))


@tpl
def t_address_ordinary_street(g):
    return "send it to %s, that's %s, %s" % (L("ADDRESS", "%s %s" % (g.house(), R.choice(ORD_STREETS))), L("LOCATION", g.town()), L("ZIP", g.zip()))


@tpl
def t_moved_from_to(g):
    a, b = g.town(), g.town()
    while b == a:
        b = g.town()
    return "we moved from %s to %s in the spring so i need a new primary" % (L("LOCATION", a), L("LOCATION", b))


@tpl
def t_age_dad(g):
    return "my dad is %s, he's sharp but he can't drive, can the pharmacy deliver" % L("AGE", g.age())


@tpl
def t_age_homo(g):
    n = R.randrange(90, 99)
    w = n2w(n).replace("four", "for").replace("eight", "ate")
    if w == n2w(n):
        w = n2w(n)
    return "she's %s now, um, turning %s in %s" % (L("AGE", w), L("AGE", n2w(n + 1)), R.choice(MONTHS))


@tpl
def t_mixed_phone_digits(g):
    p = g.phone_digits()
    return "uh yeah it's %s, you can text that one too" % L("PHONE", "%s %s %s" % (p[:3], digits_words(p[3:6]), p[6:]))


@tpl
def t_name_split_engine(g):
    # engine splits a surname in two
    s = R.choice(["vester lund", "ash grove", "brack well", "kett ridge", "mac allister", "o connell",
                  "van der berg", "de la cruz", "fitz gerald", "mc bride"])
    return "yeah this is %s, calling for my lab results" % N(g.first() + " " + s)


@tpl
def t_name_run_together(g):
    f, l = g.first(), g.surname().replace(" ", "")
    return "uh the patient is %s, %s" % (N(f + l), N(f + " " + l))


@tpl
def t_dob_nums(g):
    return "okay d o b is %s for the patient" % L("DOB", g.date(birth=True, style="nums"))


@tpl
def t_dob_birthday(g):
    return "his birthday's %s and he's on my insurance still" % L("DOB", g.date(birth=True, style=R.choice(["md_y", "short_y", "filler"])))


@tpl
def t_dob_slash(g):
    return "born %s, i'm the subscriber" % L("DOB", g.date(birth=True, style=R.choice(["slash", "digits_mix"])))


@tpl
def t_visit_split(g):
    return "the mri was %s at the imaging place, did they send the report" % L("DATE", g.date(style=R.choice(["split", "md_y", "the_of"])))


@tpl
def t_admit(g):
    return "%s got admitted %s and discharged like three days later" % (N(g.first("m")), L("DATE", g.visit()))


@tpl
def t_surgery(g):
    return "my surgery got moved to %s, um, with doctor %s, is that right" % (L("DATE", g.visit()), N(g.surname()))


@tpl
def t_lab_work(g):
    return "i did the blood work %s at the %s lab" % (L("DATE", g.visit()), L("LOCATION", g.town()))


@tpl
def t_phone_run(g):
    return "uh it's %s, that's a cell" % L("PHONE", g.phone("run"))


@tpl
def t_phone_double(g):
    return "the number's %s, double check that" % L("PHONE", g.phone("double"))


@tpl
def t_phone_pairs(g):
    return "home phone %s" % L("PHONE", g.phone("pairs"))


@tpl
def t_phone_digits_name(g):
    return "%s's number is %s she's the emergency contact" % (N(g.first("f")), L("PHONE", g.phone("digits")))


@tpl
def t_spelled_bare(g):
    s = g.surname().replace(" ", "")
    return "the last name, that's %s, %s" % (N(" ".join(s)), R.choice(["got it", "you got that", "all lower case"]))


@tpl
def t_like_spell(g):
    f = g.first()
    return "my first name's %s, like %s" % (N(f), N(g.spell(f, as_in=0.9)))


@tpl
def t_nurse_staff(g):
    return "the nurse %s said to call this line and ask for %s" % (N(g.first("f")), N(g.first()))


@tpl
def t_pharm_pickup(g):
    return "my neighbor %s is gonna pick up the %s for me, is that okay" % (N(g.full()), R.choice(MEDS))


@tpl
def t_sister_wife(g):
    return "me and my wife %s both got the letter, %s, about the new plan" % (N(g.first("f")), L("DATE", g.visit()))


@tpl
def t_grandson(g):
    return "it's his grandson %s, he gave me permission to talk about it" % N(g.full("m"))


@tpl
def t_hospice(g):
    return "my aunt %s is %s and on hospice, we need the bed delivered to %s" % (N(g.first("f")), L("AGE", g.age()), L("ADDRESS", g.address()))


@tpl
def t_town_zip_words(g):
    return "%s, %s, that's the zip" % (L("LOCATION", g.town()), L("ZIP", digits_words(g.zip5())))


@tpl
def t_town_in_hope(g):
    return "is there a clinic in %s or do i have to go to %s" % (L("LOCATION", R.choice(ORD_TOWNS)), L("LOCATION", R.choice(TOWNS + REAL_TOWNS)))


@tpl
def t_po_box(g):
    return "mail goes to %s, %s, %s" % (L("ADDRESS", "p o box %s" % digits_words(str(R.randrange(100, 9999)))), L("LOCATION", g.town()), L("ZIP", g.zip()))


@tpl
def t_rural_route(g):
    return "it's %s, the house with the green roof" % L("ADDRESS", "rural route %s box %s" % (n2w(R.randrange(1, 9)), pair_words(R.randrange(10, 999))))


@tpl
def t_email_spelled(g):
    f = g.first()
    return "email's %s" % L("EMAIL", "%s at example dot %s" % (" ".join(f), R.choice(["com", "org", "net"])))


@tpl
def t_email_restart(g):
    f, l = g.first(), g.surname().split(" ")[-1]
    return "it's %s, no, %s" % (L("EMAIL", "%s dot, uh, %s at example dot net" % (f, l)), L("EMAIL", "%s dot %s at example dot com" % (f, l)))


@tpl
def t_member_mbi(g):
    return "my medicare number is %s" % L("HEALTH_PLAN_ID", g.mbi())


@tpl
def t_member_and_group(g):
    return "subscriber id %s, group number is seven seven oh one" % L("HEALTH_PLAN_ID", g.member())


@tpl
def t_ssn_last4_full(g):
    return "the last four are %s but you want the whole thing, okay, %s" % (
        digits_words("%04d" % R.randrange(10000)), L("SSN", g.ssn()))


@tpl
def t_mrn_repeat(g):
    m = g.mrn()
    return "chart number %s, i'll repeat, %s" % (L("MRN", m), L("MRN", m))


@tpl
def t_account_name(g):
    return "account's under %s, number %s" % (N(g.full()), L("ACCOUNT", g.account()))


@tpl
def t_card_filler(g):
    c = R.choice(CARDS).split(" ")
    return "card number %s" % L("CREDIT_CARD", "%s, uh, %s" % (" ".join(c[:2]), " ".join(c[2:])))


@tpl
def t_dad_name_dob(g):
    n = R.randrange(90, 104)
    m, d = R.randrange(1, 13), R.randrange(1, 29)
    y = 2026 - n - (1 if m > 11 else 0)
    dob = R.choice(["%s %s %s" % (MONTHS[m - 1], ordinal(d), g.year_words(y)), "%d/%d/%d" % (m, d, y),
                    "%s %s %s" % (digits_words("%02d" % m), digits_words("%02d" % d), g.year_words(y))])
    return "my dad %s, date of birth %s, he's %s" % (N(g.full("m")), L("DOB", dob), L("AGE", n2w(n).replace(" and ", " ") if R.random() < 0.7 else str(n)))


@tpl
def t_after_and(g):
    return "so it's me and %s on the account and we both want the paper bills stopped" % N(g.first())


@tpl
def t_to_name(g):
    return "please give the message to %s, not to my ex" % N(g.first())


@tpl
def t_from_name(g):
    return "i got a voicemail from %s about the biopsy, i don't know what it was about" % N(g.full())


@tpl
def t_telehealth(g):
    return "i'm on the video call waiting for %s, it's been like twenty minutes" % N(g.full())


@tpl
def t_lab_callback(g):
    return "the lab called me at %s but i was driving, this is %s" % (L("PHONE", g.phone()), N(g.full()))


@tpl
def t_home_health_address(g):
    return "the nurse is coming to %s, the side door, ring twice" % L("ADDRESS", g.address())


@tpl
def t_address_correction(g):
    h = R.randrange(100, 9999)
    st = g.street_name()
    return "it's %s, no, %s, they always get the number wrong" % (L("ADDRESS", "%s %s" % (pair_words(h), st)), L("ADDRESS", "%s %s" % (pair_words(h + R.choice([10, 1, 100])), st)))


@tpl
def t_house_digits_words(g):
    return "the new place is %s, %s, as of this month" % (L("ADDRESS", "%s %s" % (R.randrange(10, 999), g.street_name())), L("LOCATION", g.town()))


@tpl
def t_sterling_town(g):
    return "she lives over in %s with %s, her daughter" % (L("LOCATION", R.choice(["sterling", "fairview", "liberty", "hope"])), N(g.first("f")))


@tpl
def t_insurer_dob_member(g):
    return "okay %s, dob %s, member %s" % (N(g.full()), L("DOB", g.dob()), L("HEALTH_PLAN_ID", g.member()))


@tpl
def t_died(g):
    return "my mother %s passed %s, i need to cancel her prescriptions" % (N(g.full("f")), L("DATE", g.date(style="md_y")))


@tpl
def t_three_names(g):
    return "%s, %s and %s all have appointments the same day, can we stack them" % (N(g.first()), N(g.first()), N(g.first()))


@tpl
def t_question_name(g):
    return "is %s working today, she did my shots last time" % N(g.first("f"))


@tpl
def t_thank(g):
    return "tell %s thank you, she was really nice to my mom" % N(g.first("f"))


@tpl
def t_name_with_age(g):
    return "%s is %s, lives alone, and she fell again %s" % (N(g.full("f")), L("AGE", g.age()), L("DATE", g.visit()))


@tpl
def t_ordinary_first(g):
    n = R.choice(ORD_GIVEN[R.choice("mf")])
    return "%s from the billing office told me it was covered" % N(n)


@tpl
def t_ordinary_first2(g):
    n = R.choice(["june", "will", "grant", "rose", "bill", "mark", "dawn", "hope"])
    if n in ORD_GIVEN["f"]:
        return "can i talk to %s again, she set up my payment plan" % N(n + " " + g.surname())
    return "can i talk to %s again, he set up my payment plan" % N(n + " " + g.surname())


@tpl
def t_restart_value_zip(g):
    z = g.zip5()
    return "zip code %s" % L("ZIP", "%s, %s, %s" % (digits_words(z[:2]), filler(), digits_words(z[2:])))


@tpl
def t_ssn_correction(g):
    s1 = g.ssn()
    return "social is %s, wait, that's my husband's, mine is %s" % (L("SSN", s1), L("SSN", g.ssn()))


@tpl
def t_dl_state(g):
    return "license number %s out of oregon" % L("LICENSE", g.dl())


@tpl
def t_caller_first_then_full(g):
    f = g.first()
    return "hey it's %s, %s, from %s" % (N(f), N(f + " " + g.surname()), L("LOCATION", g.town()))


@tpl
def t_prior_auth(g):
    return "the prior auth for %s was faxed %s to %s" % (N(g.full()), L("DATE", g.visit()), L("FAX", g.phone(R.choice(["words", "digits"]))))


@tpl
def t_born_in_town(g):
    return "he was born in %s, %s, if that helps find the file" % (L("LOCATION", g.town()), L("DOB", g.date(birth=True, style="md_y")))


@tpl
def t_uh_name_object(g):
    return "uh the pharmacist, um, %s, said the %s was on back order" % (N(g.first()), R.choice(MEDS))


@tpl
def t_device_name(g):
    return "%s's hearing aid, serial %s, needs to go back for repair" % (N(g.first()), L("DEVICE_ID", g.serial()))


@tpl
def t_double_letters(g):
    s = R.choice(["hallonen", "pellow", "kettridge", "gadsby", "tamsett", "brackwell", "hollinger"])
    sp = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and s[i + 1] == s[i]:
            sp.append("double " + s[i])
            i += 2
        else:
            sp.append(s[i])
            i += 1
    return "it's %s, %s" % (N(g.first() + " " + s), N(" ".join(sp)))


@tpl
def t_mrn_lab(g):
    return "the lab slip has patient id, um, %s, and my name's spelled wrong on it, it's %s" % (
        L("MRN", g.mrn()), N(g.full()))


@tpl
def t_account_correction(g):
    a = "%08d" % R.randrange(10 ** 8)
    b = a[:5] + a[6] + a[5] + a[7:]
    return "the hospital account number, %s, no, i flipped it, %s" % (L("ACCOUNT", digits_words(a)), L("ACCOUNT", digits_words(b)))


@tpl
def t_name_filler_inside(g):
    f = g.first("m")
    return "my husband, %s, had the stress test and nobody called" % N("%s, uh, %s %s" % (f, f, g.surname()))


@tpl
def t_town_split(g):
    t = R.choice(["fair view", "green field", "spring dale", "new hope", "mount pleasant", "bounti ful", "pleasant ville"])
    return "we're out in %s now, is that still in network" % L("LOCATION", t)


@tpl
def t_town_correction(g):
    return "i'm in %s, sorry, %s, the engine keeps getting that wrong" % (L("LOCATION", g.town()), L("LOCATION", g.town()))


@tpl
def t_plate_homo(g):
    p = str(R.randrange(1, 10)) + "".join(R.choice("bcdfghjklmnprstvwxz") for _ in range(3)) + "%03d" % R.randrange(1000)
    return "the plate is %s, it's on the parking ticket they gave my mom" % L("VEHICLE_ID", digits_words(p[0], homo=1.0) + " " + " ".join(p[1:4]) + " " + digits_words(p[4:], homo=0.5))


@tpl
def t_email_as_in(g):
    f, l = g.first(), g.surname().replace(" ", "")
    return "the email is %s" % L("EMAIL", "%s, %s at example dot org" % (g.spell(f[:4], as_in=0.6), l))


@tpl
def t_ssn_digits_words(g):
    d = "%03d%02d%04d" % (R.randrange(100, 665), R.randrange(1, 100), R.randrange(1, 10000))
    return "for the disability form, my social is %s" % L("SSN", "%s %s %s" % (d[:3], digits_words(d[3:5]), d[5:]))


# ---------------------------------------------------------------- PHI-free templates

@free
def f_will(g):
    return "will the %s be ready by %s or should i come %s" % (R.choice(MEDS), R.choice(["friday", "monday", "thursday"]), R.choice(["saturday", "next week"]))


@free
def f_may(g):
    return "may i ask if the bill for the x ray went to insurance yet"


@free
def f_grant(g):
    return "is there a grant or like a program that helps with the %s copay" % R.choice(MEDS)


@free
def f_sterling(g):
    return "i have a sterling silver ring, do i have to take it off for the mri"


@free
def f_brown_rice(g):
    return "the diet sheet says brown rice is okay but what about, um, white bread"


@free
def f_rose(g):
    return "my blood pressure rose to like one sixty over ninety this morning, should i take another pill"


@free
def f_mark(g):
    return "can you mark it urgent, the %s ran out %s" % (R.choice(MEDS), R.choice(["yesterday", "two days ago"]))


@free
def f_hope(g):
    return "i hope so, yeah, the swelling's going down a little bit"


@free
def f_june_month(g):
    return "i was in there in %s for the, uh, the physical, and they said come back in a year" % R.choice(["june", "april", "may", "august"])


@free
def f_faith(g):
    return "i don't have much faith in the new inhaler to be honest, it's not helping"


@free
def f_summit(g):
    return "is this the summit campus or the one by the hospital, i always get them mixed"


@free
def f_born_year(g):
    return "he was born in nineteen %s so he's on medicare, right" % n2w(R.randrange(40, 59))


@free
def f_age_young(g):
    return "she's %s, is she too old for the, uh, the shingles shot" % n2w(R.randrange(60, 90))


@free
def f_dose(g):
    return "it says take %s milligrams twice a day but the bottle says once" % n2w(R.choice([10, 20, 40, 80, 90, 500]))


@free
def f_room(g):
    return "he's in room %s on the fourth floor, what are visiting hours" % pair_words(R.randrange(200, 499))


@free
def f_911(g):
    return "no it's not an emergency, if it was i'd call nine one one, i just need a callback"


@free
def f_last_four(g):
    return "the last four of my social are %s" % digits_words("%04d" % R.randrange(10000))


@free
def f_group(g):
    return "the group number is %s, i don't have the member card on me" % digits_words("%05d" % R.randrange(100000))


@free
def f_time(g):
    return "can i move it to %s, like ten forty five instead of nine fifteen" % R.choice(["tuesday", "wednesday", "thursday"])


@free
def f_vitals(g):
    return "temp was ninety nine point %s and my oxygen was ninety four percent" % W[R.randrange(1, 9)]


@free
def f_price(g):
    return "they charged me a hundred and ninety two dollars for a visit that was fifteen minutes"


@free
def f_body(g):
    return "my left %s is still numb since the, um, since the injection" % R.choice(["hand", "foot", "knee", "shoulder", "calf"])


@free
def f_clinic_vocab(g):
    return "i need a referral to cardiology and the prior auth, is that the same form"


@free
def f_bill_pay(g):
    return "i want to pay the bill, uh, the whole bill, not just the copay"


@free
def f_fairview_word(g):
    return "is there a fair view of the costs, like an estimate, before i do the scan"


@free
def f_tired_words(g):
    return "sorry the con nection is bad, can you re peat the last part about the for mulary"


@free
def f_weekday(g):
    return "do you guys open on %s or only monday through friday" % R.choice(["saturday", "sunday"])


@free
def f_month_year(g):
    return "my deductible resets in january so i want to do the, uh, the colonoscopy before then"


@free
def f_icd(g):
    return "the code on the paper is e eleven point nine, is that why they denied it"


@free
def f_dawn_word(g):
    return "it just dawned on me i never got the results from the urine test"


@free
def f_liberty(g):
    return "i'm not at liberty to, uh, decide that, my son handles the insurance"


@free
def f_union(g):
    return "my union changed the plan so the pharmacy benefit is different now"


@free
def f_patient_portal(g):
    return "the patient portal keeps saying error four oh four when i click on lab results"


@free
def f_pat(g):
    return "they said to pat the incision dry and not soak it for two weeks"


@free
def f_joy(g):
    return "no joy with the app, it logs me out every time i open the messages"


@free
def f_king(g):
    return "is a king size bed okay for the hospital bed rental or is it a twin"


@free
def f_april_fool(g):
    return "the appointment card says april but the text said may, which one is it"


@free
def f_numbers_mixed(g):
    return "the bottle says one tablet by mouth every eight hours, so like three a day"


@free
def f_eighty_nine(g):
    return "he's eighty nine, is there a senior discount on the hearing test"


# ---------------------------------------------------------------- validation

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL",
         "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID",
         "DEVICE_ID", "URL", "IP_ADDRESS"}
CUES = re.compile(r"^(dr|doctor|mr|mrs|ms|miss|nurse|my|is|it's|number|dob|date|born|fax|"
                  r"phone|email|member|social|account|chart|uh|um)\b")


def check(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert "\n" not in text and text == text.strip(), i
        depth = 0
        for k in range(len(text) - 1):
            if text[k:k + 2] == "[[":
                depth += 1
                assert depth == 1, "nested " + i
            if text[k:k + 2] == "]]":
                depth -= 1
                assert depth == 0, "stray ]] " + i
        assert depth == 0, i
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, i
            assert val and val == val.strip(), i
            assert val[-1] not in ",;:!?" and val[0] not in ",;:!?", i
            assert not CUES.match(val), (i, val)
            assert kind in ("DATE", "DOB") or not val.startswith("the "), (i, val)
            assert not val.endswith("'s"), (i, val)
            assert "  " not in val, (i, val)
        plain_text = LABEL.sub(lambda m: m.group(2), text)
        assert "[[" not in plain_text and "]]" not in plain_text and "|" not in plain_text, i
        assert "  " not in plain_text and " ," not in plain_text, (i, plain_text)
        nw = len(plain_text.split())
        assert 5 <= nw <= 60, (i, nw, text)


def main():
    df = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
    male, female, anyone, last = load_names(df)
    assert len(male) > 300 and len(female) > 300 and len(last) > 1000, (len(male), len(female), len(last))
    g = Gen(male, female, anyone, last)
    n_phi = N_LINES - N_FREE
    assert len(T) >= 60, len(T)
    order = []
    while len(order) < n_phi:
        batch = list(T)
        R.shuffle(batch)
        order += batch
    order = order[:n_phi]
    forder = []
    while len(forder) < N_FREE:
        batch = list(F)
        R.shuffle(batch)
        forder += batch
    forder = forder[:N_FREE]
    rows, seen = [], set()
    for fn in order:
        for _ in range(50):
            t = re.sub(r" +", " ", fn(g)).replace(" ,", ",").strip()
            if t not in seen and LABEL.search(t):
                break
        assert t not in seen
        seen.add(t)
        rows.append(t)
    free_rows = []
    for fn in forder:
        for _ in range(50):
            t = fn(g)
            if t not in seen:
                break
        assert t not in seen, t
        seen.add(t)
        free_rows.append(t)
    assert len(free_rows) >= N_FREE - 4, len(free_rows)
    while len(rows) + len(free_rows) < N_LINES:
        fn = R.choice(T)
        t = re.sub(r" +", " ", fn(g)).replace(" ,", ",").strip()
        if t not in seen:
            seen.add(t)
            rows.append(t)
    allrows = [(t, True) for t in rows] + [(t, False) for t in free_rows]
    R.shuffle(allrows)
    lines = ["%s%03d\t%s" % (PREFIX, k + 1, t) for k, (t, _) in enumerate(allrows)]
    check(lines)
    for t, phi in allrows:
        assert bool(LABEL.search(t)) == phi
    header = ("# voice-dev12a.tsv: generated by masker-domain/src/test/scripts/holdout12_voice_dev_a.py "
              "(seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales en, en-ZA, sv, da-DK, "
              "de-AT, hu, id, fr-CA, diacritics dropped) and invented names, streets and towns written "
              "for Masker; caller turns as a tired speech-to-text engine writes them, all PHI kinds "
              "labelled; development set, tuned on; every value invented." % SEED)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for line in lines:
            fh.write(line + "\n")
    counts = {}
    for line in lines:
        for kind, _ in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    print("lines", len(lines), "phi-free", len(free_rows), "templates", len(T), "free templates", len(F))
    print(sorted(counts.items(), key=lambda kv: -kv[1]), sum(counts.values()))


if __name__ == "__main__":
    main()
