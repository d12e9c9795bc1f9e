#!/usr/bin/env python3
"""Twelfth-round voice development set for Masker, part b: dense turns and identifiers said aloud.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
120122). Caller turns to clinic, pharmacy, insurer, lab, home-health and telehealth voice agents
as speech-to-text writes them, most holding two to four values: member, Medicare, policy, record,
case, account, licence and plate numbers with letters spelled, "dash", "double", "triple", "oh";
phones with extensions and country codes; e-mails said out; addresses with units, PO boxes, rural
routes and ZIP+4; visit, admission, discharge and procedure dates. About 15% of the turns hold no
PHI (doses, prices, counts, group numbers, times, words that look like names).

Names: first-name and surname lists of Datafaker 2.7.0's locale files (Apache-2.0), combined at
random, diacritics dropped; plus invented names, streets and towns written for this file. Every
value is invented: phones only from fiction ranges (555-01xx, UK 07700 900xxx / 01632 960xxx, AU
0491 570 xxx), e-mails at example.com/.org/.net, SSN areas never 000, 666 or 9xx, MBIs of the MBI
shape, NPI and DEA numbers with a correct check digit, card numbers the networks' test numbers.

Usage: python3 holdout12_voice_dev_b.py [datafaker-yml-dir] [output.tsv]
  the yml dir comes from:
  unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
Label rules: docs/evaluation-corpus.md. Claim, rx, group and refill numbers are left unlabelled
(the label rules give them no kind).
"""
import os
import random
import re
import sys
import unicodedata

SEED = 120122
PREFIX = "vd12b"
N_LINES = 260
N_FREE = 39
LOCALES = ["en-ZA.yml", "hu.yml", "id.yml", "pl.yml", "da-DK.yml", "nl.yml", "en-IE.yml", "en/name.yml"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DEFAULT = os.path.join(HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval",
                           "voice-dev12b.tsv")


# ---------------------------------------------------------------- names from Datafaker yml files

def plain(word):
    word = word.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c))
    return word.lower()


def read_list(lines, i):
    """The list value of the key on line i: flow style [a, b] (maybe over several lines) or block style."""
    head = lines[i].split(":", 1)[1].strip()
    items = []
    if head.startswith("["):
        text = head
        j = i
        while "]" not in text:
            j += 1
            text += " " + lines[j].strip()
        items = text[text.index("[") + 1:text.index("]")].split(",")
    elif head == "":
        indent = len(lines[i]) - len(lines[i].lstrip())
        j = i + 1
        while j < len(lines):
            s = lines[j].strip()
            if not s:
                j += 1
                continue
            if len(lines[j]) - len(lines[j].lstrip()) <= indent:
                break
            if s.startswith("- "):
                items.append(s[2:])
            j += 1
    out = []
    for it in items:
        it = it.strip().strip('"').strip("'").strip()
        if not it or "#{" in it:
            continue
        p = plain(it)
        if re.fullmatch(r"[a-z]+(?:[-'][a-z]+)?", p) and 2 < len(p) < 13:
            out.append(p)
    return out


ENGLISH_WORDS = {"very", "can", "the", "and", "for", "not", "but", "all", "any", "per", "son", "man", "ever", "did",
                 "bee", "see", "sea", "tea", "day", "her", "him", "his", "our", "you", "who", "why", "yes", "now"}


def load_names(ymldir):
    """Per locale: (first names, surnames); a name is drawn by locale first so no long list dominates."""
    out = []
    for loc in LOCALES:
        firsts, lasts = set(), set()
        path = os.path.join(ymldir, loc)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"\s+(first_name|male_first_name|female_first_name|last_name):", line)
            if not m:
                continue
            vals = [v for v in read_list(lines, i) if v not in ENGLISH_WORDS]
            (lasts if m.group(1) == "last_name" else firsts).update(vals)
        out.append((sorted(firsts), sorted(lasts)))
    all_firsts = sorted({f for fs, _ in out for f in fs})
    all_lasts = sorted({l for _, ls in out for l in ls})
    return out, all_firsts, all_lasts


# ---------------------------------------------------------------- invented material

OWN_FIRSTS = ["teodric", "marisol", "oyelaran", "brisa", "kestrel", "ilvane", "dorrit", "anouk", "tamsin",
              "quill", "ezinne", "rufus", "nadja", "bertil", "yusra", "colm", "imelda", "farrah", "lorcan",
              "sunniva", "wendell", "perpetua", "aziel", "gwen", "okello", "thibault", "minnie", "ruairi"]
WORD_FIRSTS = ["will", "june", "hope", "grant", "rose", "mark", "faith", "bill", "may", "dawn", "sterling", "pat"]
OWN_LASTS = ["tallis", "okonjo", "vardeman", "pellow", "quenby", "strachwitz", "ambrose-kahn", "oduya",
             "farquar", "lindqvist", "mbeki-ross", "halloran", "castellane", "drobny", "whitcombe", "nakashima",
             "ferreday", "ugolini", "pemberton-ash", "achterberg", "sowande", "kilbride", "marchetti", "yeboah"]
WORD_LASTS = ["finch", "baker", "page", "booth", "frost", "rivers", "king", "marsh", "wells", "carter", "hope", "street"]

STREETS = ["larkspur", "wrenfield", "kettle creek", "osgood", "harrowgate", "birchmoor", "quillon", "pellham",
           "corrigan", "velder", "saltmarsh", "old orchard", "hollin", "brindle", "tanager", "marlow crest",
           "sedgewick", "ambervale", "tollgate", "cobbler", "fenwick", "juniper hollow", "pruett", "oriel",
           "bramwell", "castine", "delacourt", "hatchery", "loxley", "merriweather", "norcross", "quarry hill"]
WORD_STREETS = ["mill", "market", "church", "spring", "may", "union", "grant", "bell", "cherry", "hope"]
STYPES = ["street", "avenue", "road", "lane", "drive", "court", "way", "boulevard", "place", "terrace",
          "circle", "parkway", "trail", "pike"]
TOWNS = ["brackenfield", "marrowby", "east tilden", "quarry falls", "linden hollow", "saxton", "new harlow",
         "fennimore", "otter bend", "cresthaven", "west oriel", "hadley cross", "pinecastle", "ashgrove",
         "rivermoor", "galloway springs", "stellan", "okeford", "dunmore", "port ellery", "harlan ridge",
         "wickersham", "tolliver", "amberley", "lake cassidy", "norbury", "south pelham", "vintner"]
WORD_TOWNS = ["hope", "liberty", "plain", "union", "harmony", "eden", "comfort", "temperance", "energy", "friendship"]
REAL_TOWNS = ["kalamazoo", "tempe", "duluth", "macon", "yakima", "bangor", "missoula", "laredo", "ogden", "saginaw"]
DOMAINS = ["example dot com", "example dot org", "example dot net"]
AREAS = ["312", "415", "206", "617", "503", "713", "919", "480", "608", "802", "907", "515", "239", "386"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]
LETTER_WORDS = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward", "f": "frank",
                "g": "george", "h": "henry", "j": "john", "k": "king", "m": "mary", "n": "nancy",
                "p": "peter", "r": "robert", "s": "sam", "t": "tom", "v": "victor", "w": "william",
                "x": "x ray", "y": "yellow"}
SAFE_LETTERS = "abcdefghjkmnprstvwxy"


def L(kind, value):
    if value.startswith("the "):  # "the twelfth of may": the article stays outside the label
        return "the [[%s|%s]]" % (kind, value[4:])
    return "[[%s|%s]]" % (kind, value)


class Gen:
    def __init__(self, r, by_locale):
        self.r = r
        self.by_first = [fs for fs, _ in by_locale if fs]
        self.by_last = [ls for _, ls in by_locale if ls]

    @property
    def firsts(self):
        return self.r.choice(self.by_first)

    @property
    def lasts(self):
        return self.r.choice(self.by_last)

    # ------------------------------------------------------------ words for numbers
    def num(self, n):
        if n < 10:
            return ONES[n]
        if n < 20:
            return TEENS[n - 10]
        if n < 100:
            return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
        if n < 1000:
            rest = n % 100
            return ONES[n // 100] + " hundred" + ("" if rest == 0 else (" and " if self.r.random() < 0.3 else " ") + self.num(rest))
        raise ValueError(n)

    def ordinal(self, n):
        if n <= 20:
            return ORD[n]
        if n == 30:
            return "thirtieth"
        return TENS[n // 10] + " " + ORD[n % 10]

    def pair(self, s):
        """Two digits as a pair: '07' -> 'oh seven', '42' -> 'forty two'."""
        if s[0] == "0":
            return ("oh " if self.r.random() < 0.8 else "zero ") + ONES[int(s[1])]
        return self.num(int(s))

    def digits(self, s, oh=0.6, double=0.5):
        """Digit by digit, with 'oh' for zero and 'double'/'triple' for runs, sometimes."""
        words = []
        i = 0
        zero = "oh" if self.r.random() < oh else "zero"
        while i < len(s):
            c = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == c:
                run += 1
            w = zero if c == "0" else ONES[int(c)]
            if run >= 3 and self.r.random() < double:
                words.append("triple " + w)
                i += 3
            elif run >= 2 and self.r.random() < double:
                words.append("double " + w)
                i += 2
            else:
                words.append(w)
                i += 1
        return " ".join(words)

    def digit_groups(self, groups, sep=None, mode=None):
        mode = mode or self.r.choice(["digits", "words", "pairs", "mixed"])
        sep = sep if sep is not None else self.r.choice([" ", ", ", " dash ", " "])
        out = []
        for g in groups:
            m = mode
            if mode == "mixed":
                m = self.r.choice(["digits", "words", "pairs"])
            if m == "digits":
                out.append(g)
            elif m == "pairs" and len(g) % 2 == 0:
                out.append(" ".join(self.pair(g[k:k + 2]) for k in range(0, len(g), 2)))
            else:
                out.append(self.digits(g))
        if mode == "digits" and sep == " dash ":
            sep = "-"
        return sep.join(out)

    def rdigits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def letters(self, k, as_in=0.25):
        ls = [self.r.choice(SAFE_LETTERS) for _ in range(k)]
        return " ".join((l + " as in " + LETTER_WORDS[l]) if self.r.random() < as_in else l for l in ls)

    # ------------------------------------------------------------ people
    def first(self):
        x = self.r.random()
        if x < 0.1:
            return self.r.choice(OWN_FIRSTS)
        if x < 0.16:
            return self.r.choice(WORD_FIRSTS)
        return self.r.choice(self.firsts)

    def last(self):
        x = self.r.random()
        if x < 0.12:
            return self.r.choice(OWN_LASTS)
        if x < 0.2:
            return self.r.choice(WORD_LASTS)
        return self.r.choice(self.lasts)

    def full(self):
        return self.first() + " " + self.last()

    def spelled(self, word):
        return " ".join(word.replace("-", "").replace("'", ""))

    # ------------------------------------------------------------ dates
    def ymd(self, y0, y1):
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def year_words(self, y, short_ok=True):
        if short_ok and self.r.random() < 0.35 and y < 2000:
            return self.pair(str(y)[2:])
        if 2000 <= y < 2010:
            return "two thousand " + ONES[y - 2000] if y > 2000 else "two thousand"
        return self.pair(str(y)[:2]) + " " + self.pair(str(y)[2:])

    def date_spoken(self, y, m, d, with_year=True):
        mon = MONTHS[m - 1]
        form = self.r.randint(0, 6)
        if not with_year:
            return self.r.choice([mon + " " + self.ordinal(d), "the " + self.ordinal(d) + " of " + mon,
                                  mon + " " + str(d), mon + " " + self.num(d)])
        if form == 0:
            return mon + " " + self.ordinal(d) + " " + self.year_words(y)
        if form == 1:
            return "the " + self.ordinal(d) + " of " + mon + " " + self.year_words(y)
        if form == 2:
            return "%02d %02d %d" % (m, d, y) if self.r.random() < 0.5 else "%d/%d/%d" % (m, d, y)
        if form == 3:
            return self.pair("%02d" % m) + " " + self.pair("%02d" % d) + " " + self.year_words(y)
        if form == 4:
            sfx = "th" if d in (11, 12, 13) or d % 10 > 3 or d % 10 == 0 else ["", "st", "nd", "rd"][d % 10]
            return "%s %d%s %d" % (mon, d, sfx, y)
        if form == 5:
            return mon + " " + self.num(d) + ", " + self.year_words(y)
        return mon + " " + self.ordinal(d) + ", " + str(y)

    def dob(self):
        return self.date_spoken(*self.ymd(1928, 2006))

    def visit(self, with_year=None):
        y, m, d = self.ymd(2023, 2026)
        if with_year is None:
            with_year = self.r.random() < 0.5
        return self.date_spoken(y, m, d, with_year)

    # ------------------------------------------------------------ phones, e-mails
    def phone(self, style=None):
        a = self.r.choice(AREAS)
        x = "01" + self.rdigits(2, False)
        style = style if style is not None else self.r.randint(0, 7)
        if style == 0:
            return "%s, five five five, %s" % (self.digits(a), self.digits(x))
        if style == 1:
            return "%s-555-%s" % (a, x)
        if style == 2:
            return "(%s) 555-%s" % (a, x)
        if style == 3:
            return "%s 555 %s" % (a, self.digits(x, double=0))
        if style == 4:
            return "plus one %s %s %s" % (self.digits(a), self.r.choice(["five five five", "triple five"]), self.digits(x))
        if style == 5:
            return "1-%s-555-%s" % (a, x)
        if style == 6:
            return "%s %s %s" % (self.digits(a), self.r.choice(["triple five", "five five five"]), self.pair(x[:2]) + " " + self.pair(x[2:]))
        return "%s.555.%s" % (a, x)

    def ext(self):
        e = self.rdigits(self.r.choice([3, 4]))
        return self.r.choice(["extension ", "ext ", "x ", "extension number "]) + self.r.choice([e, self.digits(e)])

    def uk_phone(self):
        x = self.rdigits(3, False)
        k = self.r.randint(0, 3)
        if k == 0:
            return "oh seven seven double oh, nine double oh, " + self.digits(x)
        if k == 1:
            return "+44 7700 900" + x
        if k == 2:
            return "plus four four seven seven oh oh nine oh oh " + self.digits(x)
        return "oh one six three two, nine six oh, " + self.digits(x)

    def au_phone(self):
        x = self.rdigits(3, False)
        if self.r.random() < 0.5:
            return "oh four nine one, five seven oh, " + self.digits(x)
        return "+61 491 570 " + x

    def email(self):
        f, l = self.first(), self.last().replace("-", "")
        dom = self.r.choice(DOMAINS)
        k = self.r.randint(0, 6)
        if k == 0:
            return "%s dot %s at %s" % (f, l, dom)
        if k == 1:
            return "%s underscore %s %s at %s" % (f[0], l, self.num(self.r.randint(20, 99)), dom)
        if k == 2:
            return "%s %s at %s" % (self.spelled(f[:4]), self.digits(self.rdigits(2)), dom)
        if k == 3:
            return "%s%s at %s" % (f, l, dom)
        if k == 4:
            return "%s dash %s at %s" % (l, f[0], dom)
        if k == 5:
            return "%s.%s%d@%s" % (f, l, self.r.randint(1, 99), dom.replace(" dot ", "."))
        return "%s dot %s at %s" % (self.spelled(f), self.spelled(l[:5]), dom)

    # ------------------------------------------------------------ places
    def street(self):
        if self.r.random() < 0.2:
            return self.r.choice(WORD_STREETS) + " " + self.r.choice(["street", "lane", "road", "avenue"])
        return self.r.choice(STREETS) + " " + self.r.choice(STYPES)

    def house(self):
        n = self.r.randint(1, 9899)
        k = self.r.randint(0, 3)
        if k == 0 or n < 100:
            return str(n)
        if k == 1 and n >= 1000 and n % 100 >= 10:
            return self.num(n // 100) + " " + self.num(n % 100)
        if k == 2:
            return self.digits(str(n))
        return self.num(n) if n < 1000 else str(n)

    def unit(self):
        k = self.r.randint(0, 5)
        u = str(self.r.randint(1, 40))
        lt = self.r.choice("abcdefg")
        return [" apartment " + u + lt, " apt " + self.digits(u) + " " + lt, " suite " + self.num(self.r.randint(100, 950)),
                " unit " + lt, " number " + self.num(int(u)), " suite " + self.rdigits(3)][k]

    def address(self, unit=None):
        a = self.house() + " " + self.street()
        if unit or (unit is None and self.r.random() < 0.45):
            a += self.unit()
        return a

    def pobox(self):
        n = self.rdigits(self.r.randint(3, 4))
        return self.r.choice(["p o box ", "po box ", "post office box ", "P.O. Box "]) + self.r.choice([n, self.digits(n)])

    def rural(self):
        return "rural route %s box %s" % (self.num(self.r.randint(1, 9)), self.num(self.r.randint(2, 400)))

    def town(self):
        x = self.r.random()
        if x < 0.15:
            return self.r.choice(WORD_TOWNS)
        if x < 0.3:
            return self.r.choice(REAL_TOWNS)
        return self.r.choice(TOWNS)

    def zip5(self):
        z = "%05d" % self.r.randint(1001, 99899)
        k = self.r.randint(0, 2)
        if k == 2 and "0" not in (z[0], z[1], z[3]):
            return self.pair(z[:2]) + " " + self.pair(z[2:4]) + " " + ONES[int(z[4])]
        return [z, self.digits(z)][k % 2]

    def zip9(self):
        z = "%05d" % self.r.randint(1001, 99899)
        p = self.rdigits(4, False)
        if self.r.random() < 0.4:
            return z + "-" + p
        return self.digits(z) + self.r.choice([" dash ", " ", ", "]) + self.digits(p)

    # ------------------------------------------------------------ identifiers
    def member_id(self):
        k = self.r.randint(0, 4)
        if k == 0:
            return self.letters(3) + " " + self.digit_groups([self.rdigits(3), self.rdigits(3)], mode="words")
        if k == 1:
            return self.letters(2, 0) + self.r.choice([" dash ", " "]) + self.digits(self.rdigits(7))
        if k == 2:
            return self.r.choice(SAFE_LETTERS).upper() + self.rdigits(8)
        if k == 3:
            return self.digit_groups([self.rdigits(3), self.rdigits(3), self.rdigits(3)], mode="pairs" if self.r.random() < 0.3 else "words")
        return self.letters(1, 0) + " " + self.digits(self.rdigits(9))

    def mbi(self):
        A = "ACDEFGHJKMNPQRTUVWXY"
        c = [str(self.r.randint(1, 9)), self.r.choice(A), self.r.choice(A + "0123456789"), str(self.r.randint(0, 9)),
             self.r.choice(A), self.r.choice(A + "0123456789"), str(self.r.randint(0, 9)), self.r.choice(A),
             self.r.choice(A), str(self.r.randint(0, 9)), str(self.r.randint(0, 9))]
        if self.r.random() < 0.35:
            return "".join(c[:4]) + "-" + "".join(c[4:7]) + "-" + "".join(c[7:])
        words = []
        for ch in c:
            words.append(ch.lower() if ch.isalpha() else ("oh" if ch == "0" else ONES[int(ch)]))
        return " ".join(words)

    def mrn(self):
        n = self.rdigits(self.r.choice([7, 8]))
        k = self.r.randint(0, 3)
        if k == 0:
            return n
        if k == 1:
            return self.digits(n)
        if k == 2:
            return "m r " + self.digits(n)
        return self.digit_groups([n[:3], n[3:5], n[5:]], mode="mixed")

    def account(self):
        n = self.rdigits(self.r.choice([8, 9, 10]))
        k = self.r.randint(0, 2)
        return [n, self.digits(n), self.digit_groups([n[:4], n[4:]], mode="pairs" if len(n) % 2 == 0 else "words")][k]

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
        k = self.r.randint(0, 2)
        if k == 0:
            return s[:3] + "-" + s[3:5] + "-" + s[5:]
        if k == 1:
            return self.digits(s[:3]) + ", " + self.digits(s[3:5]) + ", " + self.digits(s[5:])
        return self.digits(s)

    def npi(self):
        body = "1" + self.rdigits(8, False)
        digs = [int(c) for c in "80840" + body]
        total = 0
        for i, dgt in enumerate(reversed(digs)):
            if i % 2 == 0:
                dgt *= 2
                if dgt > 9:
                    dgt -= 9
            total += dgt
        n = body + str((10 - total % 10) % 10)
        return n if self.r.random() < 0.4 else self.digits(n)

    def dea(self):
        l1 = self.r.choice("ABFGM")
        l2 = self.r.choice("ABCDEFGHJKLMNPRSTW")
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
        s = "".join(map(str, d)) + str(chk)
        if self.r.random() < 0.4:
            return l1 + l2 + s
        return l1.lower() + " " + l2.lower() + " " + self.digits(s)

    def dl(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return self.letters(1, 0) + " " + self.digit_groups([self.rdigits(3), self.rdigits(3), self.rdigits(3)], mode="words", sep=" ")
        if k == 1:
            return self.r.choice(SAFE_LETTERS).upper() + self.rdigits(7)
        return self.digits(self.rdigits(9))

    def plate(self):
        k = self.r.randint(0, 2)
        if k == 0:
            return self.digits(self.rdigits(1)) + " " + self.letters(3, 0) + " " + self.digits(self.rdigits(3))
        if k == 1:
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + " " + self.rdigits(4)
        return self.letters(2, 0.3) + " " + self.digits(self.rdigits(4, False))

    def serial(self):
        return self.letters(2, 0) + " " + self.digits(self.rdigits(6)) + " " + self.letters(1, 0)

    def card(self):
        c = self.r.choice(["4111111111111111", "5555555555554444", "4012888888881881", "6011111111111117",
                           "5105105105105100"])
        if self.r.random() < 0.5:
            return " ".join(c[i:i + 4] for i in range(0, 16, 4))
        return ", ".join(self.digits(c[i:i + 4], double=0.3) for i in range(0, 16, 4))

    def age(self):
        n = self.r.randint(90, 104)
        if n >= 100 and self.r.random() < 0.6:
            return "a hundred and " + self.num(n - 100) if n > 100 else "a hundred"
        return self.num(n)


# ---------------------------------------------------------------- templates with PHI
# Each takes the generator g and returns one caller turn with labelled values.

def phi_templates():
    T = []

    def t(fn):
        T.append(fn)
        return fn

    @t
    def wife_member(g):
        return ("it's under my spouse, %s, the birthday is %s and the member id is %s"
                % (L("NAME", g.full()), L("DOB", g.dob()), L("HEALTH_PLAN_ID", g.member_id())))

    @t
    def card_bare(g):
        return ("um it's the one on the card, %s, and the group is %s but i don't think you need that"
                % (L("HEALTH_PLAN_ID", g.member_id()), g.digits(g.rdigits(5))))

    @t
    def medicare_dob(g):
        return ("my medicare number is %s and date of birth %s"
                % (L("HEALTH_PLAN_ID", g.mbi()), L("DOB", g.dob())))

    @t
    def mbi_bare(g):
        return ("okay so it's %s. that's the new one they mailed out, not the red white and blue card"
                % L("HEALTH_PLAN_ID", g.mbi()))

    @t
    def policy_holder(g):
        return ("policy holder is %s, policy number %s, and i'm %s, the dependent"
                % (L("NAME", g.full()), L("HEALTH_PLAN_ID", g.member_id()), L("NAME", g.first())))

    @t
    def phone_ext(g):
        return ("best number for me is %s, that's my desk at work, ask for %s"
                % (L("PHONE", g.phone(g.r.choice([0, 1, 2, 3, 6])) + " " + g.ext()), L("NAME", g.first())))

    @t
    def phone_cc(g):
        return ("if you call from abroad it's %s, uh that's my cell, or email %s"
                % (L("PHONE", g.phone(4)), L("EMAIL", g.email())))

    @t
    def uk_mobile(g):
        return ("i'm staying with my daughter in england till %s so use her mobile, %s"
                % (g.r.choice(MONTHS), L("PHONE", g.uk_phone())))

    @t
    def au_mobile(g):
        return ("my grandkid %s is in australia, the number is %s if i can't be reached"
                % (L("NAME", g.first()), L("PHONE", g.au_phone())))

    @t
    def phone_groups_repeat(g):
        p = g.phone(0)
        return ("the number, um, %s. yeah %s" % (L("PHONE", p), L("PHONE", p)))

    @t
    def email_one_word(g):
        f, l = g.first(), g.last().replace("-", "")
        return "email is %s, all one word, lower case" % L("EMAIL", f + l + " at " + g.r.choice(DOMAINS))

    @t
    def email_underscore(g):
        f, l = g.first(), g.last().replace("-", "")
        return ("send the results to %s please, that's an underscore between the names"
                % L("EMAIL", "%s underscore %s at %s" % (f, l, g.r.choice(DOMAINS))))

    @t
    def email_spelled(g):
        f = g.first()
        return ("for the portal use %s, the name spelled out then the numbers"
                % L("EMAIL", g.spelled(f) + " " + g.digits(g.rdigits(2)) + " at " + g.r.choice(DOMAINS)))

    @t
    def email_correction(g):
        f, l = g.first(), g.last().replace("-", "")
        dom = g.r.choice(DOMAINS)
        return ("it's %s dot %s at, no sorry, %s" % (f, l, L("EMAIL", "%s dot %s at %s" % (f[0], l, dom))))

    @t
    def address_apt_zip4(g):
        return ("new address is %s, %s, %s"
                % (L("ADDRESS", g.address(True)), L("LOCATION", g.town()), L("ZIP", g.zip9())))

    @t
    def pobox_mail(g):
        return ("mail goes to %s in %s, we don't get delivery at the house, zip %s"
                % (L("ADDRESS", g.pobox()), L("LOCATION", g.town()), L("ZIP", g.zip5())))

    @t
    def rural_route(g):
        return ("we're out on %s, outside %s, the gps never finds it, just look for the blue mailbox"
                % (L("ADDRESS", g.rural()), L("LOCATION", g.town())))

    @t
    def suite_office(g):
        return ("the referral should go to doctor %s's office at %s, fax is %s"
                % (L("NAME", g.last()), L("ADDRESS", g.house() + " " + g.street() + " suite " + g.rdigits(3)),
                   L("FAX", g.phone(g.r.choice([0, 1, 2, 3])))))

    @t
    def moved_from_to(g):
        a, b = g.town(), g.town()
        while b == a:
            b = g.town()
        return ("we moved from %s to %s in %s so the address on file is wrong, it's %s now"
                % (L("LOCATION", a), L("LOCATION", b), g.r.choice(MONTHS), L("ADDRESS", g.address())))

    @t
    def discharge_date(g):
        y, m, d = g.ymd(2024, 2026)
        d2 = d + g.r.randint(1, 3) if d < 26 else d
        m2 = m if d2 > d else (m % 12) + 1
        d2 = d2 if d2 > d else g.r.randint(1, 5)
        return ("she was admitted %s and discharged %s and nobody gave us the paperwork"
                % (L("DATE", g.date_spoken(y, m, d)), L("DATE", g.date_spoken(y, m2, d2, False))))

    @t
    def procedure_date(g):
        return ("my colonoscopy is scheduled %s with doctor %s, do i start the prep the day before"
                % (L("DATE", g.visit()), L("NAME", g.last())))

    @t
    def last_weekday(g):
        y, m, d = g.ymd(2025, 2026)
        return ("i was seen last %s, %s, by um %s, the nurse practitioner"
                % (g.r.choice(WEEKDAYS), L("DATE", MONTHS[m - 1] + " " + g.ordinal(d)), L("NAME", g.full())))

    @t
    def on_the_of(g):
        y, m, d = g.ymd(2024, 2026)
        return ("the mri was on the %s and i still haven't heard back, the record number is %s"
                % (L("DATE", "%s of %s" % (g.ordinal(d), MONTHS[m - 1])), L("MRN", g.mrn())))

    @t
    def mrn_and_name(g):
        return ("patient is %s, m r n %s, i'm calling from the nursing home"
                % (L("NAME", g.full()), L("MRN", g.digits(g.rdigits(8)))))

    @t
    def case_number(g):
        return ("i have a case number from last time, %s, it was about my partner %s"
                % (L("MRN", g.letters(1, 0) + " " + g.digit_groups([g.rdigits(4), g.rdigits(4)], mode="words", sep=" dash ")),
                   L("NAME", g.first())))

    @t
    def account_billing(g):
        return ("billing account is %s, and the statement date was %s"
                % (L("ACCOUNT", g.account()), L("DATE", g.visit(True))))

    @t
    def account_bare_ok(g):
        return ("okay ready? %s. that's from the top of the bill" % L("ACCOUNT", g.account()))

    @t
    def ssn_last_and_full(g):
        return ("they asked for the last four before but fine, full social is %s"
                % L("SSN", g.ssn()))

    @t
    def ssn_dob(g):
        return ("her social %s, born %s, and she's on my plan"
                % (L("SSN", g.ssn()), L("DOB", g.dob())))

    @t
    def dl_plate(g):
        return ("for the parking permit, my licence is %s and the plate is %s"
                % (L("LICENSE", g.dl()), L("VEHICLE_ID", g.plate())))

    @t
    def plate_only(g):
        return ("it's the grey van, plate %s, i'll be in the accessible spot by the lab door"
                % L("VEHICLE_ID", g.plate()))

    @t
    def npi_prescriber(g):
        return ("the prescriber is doctor %s, npi %s, the office said the pharmacy would have it"
                % (L("NAME", g.full()), L("LICENSE", g.npi())))

    @t
    def dea_number(g):
        return ("this is %s at doctor %s's office, our dea number is %s for the controlled script"
                % (L("NAME", g.first()), L("NAME", g.last()), L("LICENSE", g.dea())))

    @t
    def rx_number_unlabelled(g):
        return ("refill for %s, the rx number is %s, it's the lisinopril twenty milligram"
                % (L("NAME", g.full()), g.digits(g.rdigits(7))))

    @t
    def claim_and_member(g):
        return ("claim number %s, member %s, it's for the ambulance ride %s"
                % (g.digits(g.rdigits(10)), L("HEALTH_PLAN_ID", g.member_id()), L("DATE", g.visit())))

    @t
    def dense_four(g):
        return ("okay %s, %s, %s, and the phone is %s"
                % (L("NAME", g.full()), L("DOB", g.dob()), L("ZIP", g.zip5()), L("PHONE", g.phone())))

    @t
    def bare_list_name_dob(g):
        return ("%s. %s. um %s" % (L("NAME", g.full()), L("DOB", g.dob()), L("HEALTH_PLAN_ID", g.member_id())))

    @t
    def spelled_surname(g):
        l = g.last().replace("-", "")
        return ("last name %s, that's %s, first name %s, date of birth %s"
                % (L("NAME", l), L("NAME", g.spelled(l)), L("NAME", g.first()), L("DOB", g.dob())))

    @t
    def as_in_spelling(g):
        l = g.r.choice(g.lasts).replace("'", "").replace("-", "")
        sp = ", ".join((c + " as in " + LETTER_WORDS[c]) if c in LETTER_WORDS and g.r.random() < 0.5 else c for c in l[:6])
        return ("it's %s, %s" % (L("NAME", l), L("NAME", sp))) + (" and so on" if len(l) > 6 else "")

    @t
    def carer_no_cue(g):
        return ("%s comes tuesdays and %s does the weekends, either of them can pick up, the account is %s"
                % (L("NAME", g.first()), L("NAME", g.first()), L("ACCOUNT", g.account())))

    @t
    def doctor_and_date(g):
        return ("tell doctor %s i moved the follow up to %s, and %s will drive me"
                % (L("NAME", g.last()), L("DATE", g.visit()), L("NAME", g.first())))

    @t
    def age_over_89(g):
        return ("my grandmother's %s, she lives at %s and she can't do stairs"
                % (L("AGE", g.age()), L("ADDRESS", g.address())))

    @t
    def age_and_name(g):
        return ("%s turned %s last week so we need the home visit, not the clinic"
                % (L("NAME", g.full()), L("AGE", g.age())))

    @t
    def device_serial(g):
        return ("the cpap serial number is %s and it's registered under %s"
                % (L("DEVICE_ID", g.serial()), L("NAME", g.full())))

    @t
    def meter_serial(g):
        return ("on the back of the glucose meter it says s n %s, is that what you need"
                % L("DEVICE_ID", g.serial()))

    @t
    def card_payment(g):
        return ("i'll pay the forty dollar copay, card is %s, expires oh nine twenty eight"
                % L("CREDIT_CARD", g.card()))

    @t
    def selfcorrect_phone(g):
        a = g.r.choice(AREAS)
        x = "01" + g.rdigits(2, False)
        y = "01" + g.rdigits(2, False)
        aw = g.digits(a)
        return ("call back at %s, no, %s"
                % (L("PHONE", "%s five five five %s" % (aw, g.digits(x))), L("PHONE", "%s five five five %s" % (aw, g.digits(y)))))

    @t
    def lab_requisition(g):
        return ("lab order for %s, fasting draw %s at the %s location, chart number %s"
                % (L("NAME", g.full()), L("DATE", g.visit()), L("LOCATION", g.town()), L("MRN", g.mrn())))

    @t
    def home_health_address(g):
        return ("the nurse needs to come to %s, it's the back door, my kid %s lets the nurse in"
                % (L("ADDRESS", g.address(True)), L("NAME", g.first())))

    @t
    def telehealth_email(g):
        return ("the video link never came, can you resend it to %s, appointment is %s"
                % (L("EMAIL", g.email()), L("DATE", g.visit())))

    @t
    def fax_with_ext(g):
        return ("fax it over to %s, and call %s to confirm"
                % (L("FAX", g.phone(1)), L("PHONE", g.phone(2) + " " + g.ext())))

    @t
    def zip_only_check(g):
        return ("is there a pharmacy in network near %s, i'm in %s"
                % (L("ZIP", g.zip5()), L("LOCATION", g.town())))

    @t
    def zip_correction(g):
        z1, z2 = g.zip5(), g.zip5()
        return ("zip code %s, no sorry, %s, i always mix them up"
                % (L("ZIP", z1), L("ZIP", z2)))

    @t
    def medicaid(g):
        return ("he has medicaid too, the id is %s, and his caseworker is %s"
                % (L("HEALTH_PLAN_ID", g.letters(2, 0) + " " + g.digits(g.rdigits(8))), L("NAME", g.full())))

    @t
    def admission_transfer(g):
        return ("he was transferred from the hospital in %s on %s, admission number %s"
                % (L("LOCATION", g.town()), L("DATE", g.visit()), L("MRN", g.digits(g.rdigits(9)))))

    @t
    def mixed_member_words(g):
        pre = "".join(g.r.choice("ABCDEFGHJKMNPRTW") for _ in range(3))
        n = g.rdigits(6)
        return ("id number is %s, the letters are capital, then the numbers, yes"
                % L("HEALTH_PLAN_ID", pre + " " + g.digits(n[:3]) + " " + n[3:]))

    @t
    def triple_double(g):
        n = g.r.choice(["7", "4", "2", "9"]) * 3 + g.rdigits(2) + "00" + g.rdigits(2)
        return ("policy is %s, sorry i'm reading it off a photo"
                % L("HEALTH_PLAN_ID", g.digits(n, double=1.0)))

    @t
    def two_names_bare(g):
        return ("yeah %s and %s both need the flu shot, same address, %s"
                % (L("NAME", g.first()), L("NAME", g.full()), L("ADDRESS", g.address())))

    @t
    def name_possessive(g):
        f = g.full()
        return ("i'm calling about %s's prior auth, member id %s"
                % (L("NAME", f), L("HEALTH_PLAN_ID", g.member_id())))

    @t
    def retell_style(g):
        return ("hi this is %s, i'm returning a call from %s, my callback is %s"
                % (L("NAME", g.full()), L("NAME", g.first()), L("PHONE", g.phone(2))))

    @t
    def dob_short(g):
        y, m, d = g.ymd(1930, 1999)
        return ("d o b is %s and the zip is %s"
                % (L("DOB", g.pair("%02d" % m) + " " + g.pair("%02d" % d) + " " + g.pair(str(y)[2:])), L("ZIP", g.zip5())))

    @t
    def birthday_cue(g):
        return ("birthday's %s, the patient is %s, and the address is %s now, the assisted living"
                % (L("DOB", g.dob()), L("NAME", g.first()), L("ADDRESS", g.address(True))))

    @t
    def neighbour_pickup(g):
        return ("my neighbour %s is picking up, license %s, they'll show it at the counter"
                % (L("NAME", g.full()), L("LICENSE", g.dl())))

    @t
    def surgery_billing(g):
        return ("the bill for the knee surgery %s has the wrong account, it should be %s not the old one"
                % (L("DATE", g.visit()), L("ACCOUNT", g.account())))

    @t
    def split_engine(g):
        a = g.r.choice([x for x in STREETS if " " not in x and len(x) >= 6])
        k = g.r.randint(3, len(a) - 3)
        return ("i live at %s, %s" % (L("ADDRESS", g.house() + " " + a[:k] + " " + a[k:] + " " + g.r.choice(STYPES)),
                                       L("LOCATION", g.town())))

    @t
    def runtogether(g):
        s = g.r.choice(STREETS).replace(" ", "")
        return ("its %s and the zip is %s" % (L("ADDRESS", g.house() + " " + s + g.r.choice(["drive", "road", "street"])),
                                              L("ZIP", g.zip9())))

    @t
    def uk_landline(g):
        return ("my cousin %s in the uk is the emergency contact, %s, they're eight hours ahead"
                % (L("NAME", g.full()), L("PHONE", g.uk_phone())))

    @t
    def iban_refund(g):
        ib = g.r.choice(["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "NL91 ABNA 0417 1643 00"])
        return ("for the refund i'm abroad now, the iban is %s, in the name of %s"
                % (L("IBAN", ib), L("NAME", g.full())))

    @t
    def portal_url(g):
        f = g.first()
        return ("i made a page for mom's care schedule, %s, the nurses can look at it"
                % L("URL", "example dot org slash care slash " + f))

    @t
    def three_values_pharmacy(g):
        return ("pickup for %s, date of birth %s, phone on file should end in %s"
                % (L("NAME", g.full()), L("DOB", g.dob()), g.digits("01" + g.rdigits(2, False))))

    @t
    def wrong_dob_fix(g):
        y, m, d = g.ymd(1940, 1990)
        return ("no the birthday you have is wrong, it's %s, not the %s"
                % (L("DOB", g.date_spoken(y, m, d)), g.ordinal(((d + 3) % 28) + 1)))

    @t
    def group_and_member(g):
        return ("group number %s and the subscriber id is %s, subscriber is %s, my spouse"
                % (g.digits(g.rdigits(6)), L("HEALTH_PLAN_ID", g.member_id()), L("NAME", g.full())))

    @t
    def visit_two_dates(g):
        return ("i had physical therapy %s and %s, the second one was cancelled but i was charged"
                % (L("DATE", g.visit(False)), L("DATE", g.visit(False))))

    @t
    def hospice_age(g):
        return ("dad's in hospice in %s, he's %s, the social worker is %s and the extension is %s"
                % (L("LOCATION", g.town()), L("AGE", g.age()), L("NAME", g.full()), g.digits(g.rdigits(3))))

    @t
    def spelled_email_letters(g):
        f = g.r.choice(g.firsts)[:5]
        return ("email is %s, yeah just that" % L("EMAIL", g.spelled(f) + " at " + g.r.choice(DOMAINS)))

    @t
    def written_style_email(g):
        return ("um yeah my email's %s, if the lab can send it there" % L("EMAIL", g.email()))

    @t
    def street_with_ordinary(g):
        return ("we're at %s in %s, by the church, %s"
                % (L("ADDRESS", g.house() + " " + g.r.choice(WORD_STREETS) + " " + g.r.choice(["street", "lane", "road"])),
                   L("LOCATION", g.r.choice(WORD_TOWNS)), L("ZIP", g.zip5())))

    @t
    def two_phones(g):
        return ("home is %s and cell is %s, the cell's better after five"
                % (L("PHONE", g.phone()), L("PHONE", g.phone())))

    @t
    def fillers_member(g):
        return ("uh, yeah, it's, um, like %s, hold on, yeah that's it"
                % L("HEALTH_PLAN_ID", g.member_id()))

    @t
    def dob_and_mrn_relative(g):
        return ("the patient is %s, born %s, the chart number at your place is %s"
                % (L("NAME", g.full()), L("DOB", g.dob()), L("MRN", g.mrn())))

    @t
    def appointment_with_staff(g):
        return ("%s at the front desk told me to call, my appointment on %s got double booked"
                % (L("NAME", g.first()), L("DATE", g.visit())))

    @t
    def canada_style(g):
        return ("i'm at %s, %s, and my phone is %s, area code first"
                % (L("ADDRESS", g.address(True)), L("LOCATION", g.town()), L("PHONE", g.phone(0))))

    @t
    def stutter_name(g):
        f, l = g.first(), g.last()
        return ("it's, it's %s- %s, %s, and the callback is %s"
                % (f[:3], L("NAME", f), L("NAME", f + " " + l), L("PHONE", g.phone())))

    @t
    def telehealth_login(g):
        return ("my username is just the email, %s, and the patient id is %s, it keeps saying invalid"
                % (L("EMAIL", g.email()), L("MRN", g.mrn())))

    @t
    def aide_moved_visit(g):
        return ("the aide, %s, said the visit %s got moved, you can reach the aide at %s"
                % (L("NAME", g.full()), L("DATE", g.visit()), L("PHONE", g.phone())))

    @t
    def specimen(g):
        return ("specimen was drawn %s, patient %s, date of birth %s, they lost the tube apparently"
                % (L("DATE", g.visit()), L("NAME", g.full()), L("DOB", g.dob())))

    @t
    def medicare_and_supplement(g):
        return ("medicare is %s and then the supplement plan is %s, that one pays the twenty percent"
                % (L("HEALTH_PLAN_ID", g.mbi()), L("HEALTH_PLAN_ID", g.member_id())))

    @t
    def town_zip4(g):
        return ("it's %s, %s, the plus four is on the envelope, the street is %s"
                % (L("LOCATION", g.town()), L("ZIP", g.zip9()), L("ADDRESS", g.address())))

    @t
    def state_plate(g):
        return ("%s plate, %s, blue honda, my partner %s will be driving it"
                % (g.r.choice(["ohio", "texas", "oregon", "maine", "georgia"]), L("VEHICLE_ID", g.plate()), L("NAME", g.first())))

    @t
    def nursing_licence(g):
        return ("i'm the home health nurse, %s, my licence number is %s if you need it for the order"
                % (L("NAME", g.full()), L("LICENSE", "r n " + g.digits(g.rdigits(7)))))

    @t
    def age_and_dob(g):
        n = g.r.randint(91, 100)
        y = 2025 - n
        m, d = g.r.randint(1, 12), g.r.randint(1, 28)
        return ("she's %s, born %s, and she still lives alone at %s"
                % (L("AGE", g.num(n) if n < 100 else "a hundred"), L("DOB", g.date_spoken(y, m, d)), L("ADDRESS", g.address())))

    @t
    def brother_of(g):
        a, b = g.first(), g.full()
        return ("%s, that's %s's kid, needs the same appointment, um %s if that's open"
                % (L("NAME", a), L("NAME", b), L("DATE", g.visit(False))))

    @t
    def highway_contract(g):
        return ("mailing is %s, %s, %s, the physical address doesn't get mail"
                % (L("ADDRESS", "h c %s box %s" % (g.num(g.r.randint(10, 80)), g.num(g.r.randint(2, 99)))),
                   L("LOCATION", g.town()), L("ZIP", g.zip5())))

    @t
    def last_weekday_of(g):
        y, m, d = g.ymd(2025, 2026)
        return ("he was discharged last %s the %s and the home oxygen still hasn't come, it's under %s"
                % (g.r.choice(WEEKDAYS), L("DATE", "%s of %s" % (g.ordinal(d), MONTHS[m - 1])), L("NAME", g.full())))

    @t
    def grandson_account(g):
        return ("my grandkid %s handles it, their email is %s and they're on the account, %s"
                % (L("NAME", g.first()), L("EMAIL", g.email()), L("ACCOUNT", g.account())))

    @t
    def account_dash(g):
        n = g.rdigits(4)
        m = g.rdigits(6)
        return ("patient account %s, the dash is after the first four, and the visit was %s"
                % (L("ACCOUNT", g.digits(n) + " dash " + g.digits(m)), L("DATE", g.visit())))

    return T


# ---------------------------------------------------------------- templates without PHI

def free_templates():
    F = []

    def f(fn):
        F.append(fn)
        return fn

    @f
    def supply(g):
        return "can i get a %s day supply instead of thirty, the copay is like %s dollars either way" % (
            g.r.choice(["ninety", "90", "sixty"]), g.num(g.r.randint(5, 45)))

    @f
    def dose(g):
        return "i take %s tablets twice a day, the %s milligram, and the bottle says with food" % (
            g.r.choice(["two", "one and a half", "three"]), g.r.choice(["five hundred", "250", "twenty five", "ten"]))

    @f
    def will_may(g):
        return "will the doctor be in %s, because may is bad for me, i'm travelling" % g.r.choice(["june", "april", "august"])

    @f
    def bill_question(g):
        return "i got a bill for %s dollars and %s cents and i think insurance should've covered it" % (
            g.num(g.r.randint(100, 900)), g.num(g.r.randint(10, 99)))

    @f
    def grant(g):
        return "they said the grant program covers the %s if you qualify, how do i mark that on the form" % g.r.choice(["insulin", "inhalers", "test strips"])

    @f
    def rose_hip(g):
        return "is it okay to take rose hip and %s with the blood thinner, i hope that's not a dumb question" % g.r.choice(["fish oil", "vitamin d", "magnesium"])

    @f
    def group_only(g):
        return "the group number on the card is %s, does that help, i can't find the other one" % g.digits(g.rdigits(5))

    @f
    def refill_count(g):
        return "it says refill %s of %s, and i'm down to %s pills" % (g.num(g.r.randint(1, 3)), g.num(g.r.randint(4, 6)), g.num(g.r.randint(2, 9)))

    @f
    def suite_of_tests(g):
        return "the doctor ordered a whole suite of tests, blood work, %s, the works, do i need to fast" % g.r.choice(["urine", "a lipid panel", "thyroid"])

    @f
    def room_number(g):
        return "she's in room %s on the fourth floor, bed b, what are visiting hours" % g.digits(g.rdigits(3), double=0)

    @f
    def faith_summit(g):
        return "we go to faith community health, the clinic up at the summit, not the %s one" % g.r.choice(["downtown", "new", "riverside"])

    @f
    def sterling(g):
        return "i'm allergic to nickel, does the sterling silver %s matter for the mri" % g.r.choice(["earring", "ring", "chain"])

    @f
    def brown_rice(g):
        return "my dietician said brown rice and beans is fine but what about the %s" % g.r.choice(["sweet potato", "oat milk", "bananas"])

    @f
    def weekdays(g):
        a, b = g.r.sample(WEEKDAYS, 2)
        return "i can do %s or %s after %s, mornings are bad with the kids" % (
            a, b, g.r.choice(["two", "three thirty", "one fifteen"]))

    @f
    def vitals(g):
        return "blood pressure this morning was %s over %s and sugar was %s" % (
            g.num(g.r.randint(110, 170)), g.num(g.r.randint(65, 99)), g.num(g.r.randint(80, 240)))

    @f
    def young_age(g):
        return "my son is %s and the other one's %s, do they both need the booster" % (
            g.num(g.r.randint(4, 17)), g.num(g.r.randint(2, 15)))

    @f
    def claim_status(g):
        return "just checking the status of a claim, i don't have the number with me, it was from %s" % g.r.choice(MONTHS)

    @f
    def menu(g):
        a, b = g.r.sample(range(1, 10), 2)
        return "press %s? i pressed %s already and it took me back to the main menu" % (g.num(a), g.num(b))

    @f
    def prices(g):
        return "the generic is %s dollars with the coupon, is that per month or per %s" % (
            g.num(g.r.randint(8, 80)), g.r.choice(["bottle", "ninety days", "refill"]))

    @f
    def body_parts(g):
        return "the pain's in my lower back and down the left leg, worse in the %s" % g.r.choice(["morning", "evening", "cold"])

    @f
    def march_words(g):
        return "we march right in there in %s and they said the referral expired, so here i am" % g.r.choice(["april", "october", "march"])

    @f
    def cpt_code(g):
        return "the code on the letter is %s, it's for the %s, is that covered" % (
            g.r.choice(["nine nine two one four", "eight oh zero five three", "seven one oh four five"]), g.r.choice(["office visit", "blood panel", "chest x ray"]))

    @f
    def time_counts(g):
        return "i'll be there at %s, it's %s of us, and we'll need %s parking passes" % (
            g.r.choice(["ten forty five", "nine fifteen", "quarter past two"]), g.r.choice(["three", "four"]), g.r.choice(["two", "a couple of"]))

    @f
    def drug_names(g):
        gen, brand = g.r.choice([("metformin", "glucophage"), ("atorvastatin", "lipitor"), ("levothyroxine", "synthroid"),
                                 ("amlodipine", "norvasc")])
        return "is %s the same as %s or do i ask the pharmacist, the label changed color" % (gen, brand)

    @f
    def hope_will(g):
        return "i hope it's not serious, my %s will drive if i can't, we'll bring the list of meds" % g.r.choice(["wife", "brother", "son"])

    @f
    def year_only(g):
        return "i had the surgery back in %s, sometime in the spring, and it's acting up again" % g.year_words(g.r.randint(2005, 2022), False)

    return F


# ---------------------------------------------------------------- validation

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
CUES = {"dr", "dr.", "doctor", "mr", "mrs", "ms", "miss", "my", "number", "the", "is", "at", "dob", "born",
        "id", "phone", "fax", "email", "zip", "account", "policy", "member", "nurse", "extension", "mrn",
        "chart", "social", "npi", "dea", "plate", "licence", "license", "birthday", "on"}


def check(line, ids):
    assert line.count("\t") == 1, line
    lid, text = line.split("\t")
    assert lid not in ids, lid
    ids.add(lid)
    assert text == text.strip() and text, line
    rest = LABEL.sub("", text)
    assert "[[" not in rest and "]]" not in rest and "|" not in rest, line
    for kind, val in LABEL.findall(text):
        assert kind in KINDS, line
        assert val and val == val.strip(), line
        assert val[-1] not in ",;:!?" and val[0] not in ",;:!?", line
        assert not val.endswith("'s"), line
        assert val.split()[0].lower() not in CUES, line
        assert "  " not in val, line
    plain_text = LABEL.sub(lambda m: m.group(2), text)
    n = len(plain_text.split())
    assert 5 <= n <= 60, line
    assert "  " not in plain_text, line


# ---------------------------------------------------------------- main

def main():
    ymldir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
    out = sys.argv[2] if len(sys.argv) > 2 else OUT_DEFAULT
    by_locale, firsts, lasts = load_names(ymldir)
    assert len(firsts) > 300 and len(lasts) > 300, (len(firsts), len(lasts))
    r = random.Random(SEED)
    g = Gen(r, by_locale)
    T, F = phi_templates(), free_templates()
    assert len(T) + len(F) >= 60
    # every template at least once, none more than three times
    seq_t = T + r.sample(T * 2, N_LINES - N_FREE - len(T))
    seq_f = F + r.sample(F, N_FREE - len(F))
    seq = seq_t + seq_f
    r.shuffle(seq)
    texts, seen = [], set()
    for fn in seq:
        for _ in range(50):
            s = fn(g)
            if s not in seen:
                break
        assert s not in seen, fn.__name__
        seen.add(s)
        texts.append(s)
    header = ("# voice-dev12b.tsv: generated by masker-domain/src/test/scripts/holdout12_voice_dev_b.py (seed %d) "
              "from Datafaker 2.7.0 name lists (Apache-2.0; locales %s, diacritics dropped) and invented names, "
              "streets and towns written for Masker; caller turns to clinic, pharmacy, insurer, lab, home-health "
              "and telehealth voice agents, dense turns with two to four values and identifiers said aloud, all PHI "
              "kinds labelled; development set, tuned on; every value invented."
              % (SEED, " ".join(x.replace(".yml", "").replace("/name", "") for x in LOCALES)))
    lines = ["%s-%03d\t%s" % (PREFIX, i + 1, s) for i, s in enumerate(texts)]
    ids = set()
    for line in lines:
        check(line, ids)
    free = sum(1 for line in lines if "[[" not in line)
    assert free == N_FREE, free
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        fh.write("\n".join(lines) + "\n")
    counts = {}
    for line in lines:
        for kind, _ in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    print("lines", len(lines), "free", free, "templates", len(T) + len(F), file=sys.stderr)
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
