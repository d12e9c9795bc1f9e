#!/usr/bin/env python3
"""Tenth-round voice development set, part two, for Masker: caller turns as a tired
speech-to-text engine writes them (insurance verification, lab results, home-health and
telehealth calls).

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
100202). A DEVELOPMENT set: the project tunes on it.

Names come from Datafaker 2.7.0's locale yml files (Apache-2.0), combined at random, plus names,
towns and streets written for this file. Extract them first:

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout10_voice_dev2.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval

Every value is invented: phones only from fiction ranges (North America 555-01xx, UK 07700
900xxx), e-mails and URLs at example.com/.org/.net, card numbers the networks' test numbers,
IBANs the SWIFT registry's examples, NPI/DEA/VIN/BSN/CPF/HETU/NHS with correct check digits,
SSN areas never 000, 666 or 9xx.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 100202
FILE = "voice-dev10b.tsv"
SCRIPT = "masker-domain/src/test/scripts/holdout10_voice_dev2.py"
PREFIX = "vd10b-"
N_LINES = 260
N_FREE = 39

R = random.Random(SEED)

# ----------------------------------------------------------------------------- names

LOCALES = ["en-GB", "es-MX", "nl", "fi-FI", "fr", "pt-BR", "ro-MD"]


def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ß", "ss").replace("ø", "o").replace("ł", "l")


def yml_list(text, key):
    """Values of `key:` in the name: block, inline [..] or as '- ' items (no yaml lib)."""
    start = text.find("\n    name:\n")
    if start < 0:
        start = 0
    m = re.search(r"\n(\s+)" + re.escape(key) + r":\s*(.*)\n", text[start:])
    if not m:
        return []
    indent = len(m.group(1))
    pos = start + m.end()
    rest = m.group(2).strip()
    out = []
    if rest.startswith("["):
        buf = rest
        while "]" not in buf:
            nl = text.find("\n", pos)
            buf += " " + text[pos:nl].strip()
            pos = nl + 1
        out = [x.strip().strip('"').strip("'") for x in buf.strip("[]").split(",")]
    else:
        for line in text[pos:].split("\n"):
            st = line.strip()
            if not st.startswith("- ") or len(line) - len(line.lstrip()) < indent:
                break
            out.append(st[2:].strip().strip('"').strip("'"))
    return [x for x in out if x and "#{" not in x]


def clean(name):
    n = strip_accents(name).lower().replace("'", "").replace("-", " ")
    n = re.sub(r"[^a-z ]", "", n)
    return re.sub(r"\s+", " ", n).strip()


def load_names(df):
    firsts, lasts, females = {}, {}, {}
    for loc in LOCALES:
        src = "en/name.yml" if loc == "en-GB" else loc + ".yml"  # en-GB has no names: its fallback
        text = open(os.path.join(df, src), encoding="utf-8").read()
        f = yml_list(text, "first_name") + yml_list(text, "female_first_name") + yml_list(text, "male_first_name")
        l = yml_list(text, "last_name")
        f = sorted({clean(x) for x in f if len(clean(x)) >= 3})  # drop "al", "in", "my", "wm" ...
        l = sorted({clean(x) for x in l if len(clean(x)) >= 3})
        assert len(f) >= 10 and len(l) >= 10, (loc, len(f), len(l))
        firsts[loc], lasts[loc] = f, l
        male = {clean(x) for x in yml_list(text, "male_first_name")}
        fem = sorted({clean(x) for x in yml_list(text, "female_first_name") if len(clean(x)) >= 3} - male)
        if fem:
            females[loc] = fem
    gb = open(os.path.join(df, "en-GB.yml"), encoding="utf-8").read()
    counties = [clean(x) for x in yml_list(gb, "county")]
    return firsts, lasts, females, counties


# invented names (no list has them)
INV_FIRST = ["talvi", "morwenna", "oskaro", "quenby", "darrit", "ilsabet", "fenwyn", "jorunel", "kasimo",
             "brielle", "tamsk", "orlaith", "zeddie", "vannor", "lisbet", "ruaridh", "yelva", "corvin",
             "anouk", "marisol", "tobiah", "ximena", "nelka", "odalys", "pell", "sunniva", "ambrin"]
INV_LAST = ["okafor", "kowalczyk", "dravnik", "quillsby", "amundar", "vesterholt", "morcant", "pelletrau",
            "tashkov", "brannagh", "idowu", "stavrinou", "halvorsk", "lindqvast", "ferreirinha",
            "osei", "mbeki", "castellanoz", "wojtaszek", "ravensdale", "tremayne", "ashgrove", "kettleby",
            "nakamura", "brzezinski", "oyelaran", "delacroixe", "haverkamp"]
INV_FEMALE = ["morwenna", "ilsabet", "brielle", "orlaith", "yelva", "lisbet", "anouk", "marisol", "ximena",
              "nelka", "odalys", "sunniva", "ambrin"]
# ordinary English words used as surnames and first names
WORD_LAST = ["finch", "baker", "mill", "stone", "brook", "frost", "bell", "reed", "wells", "page", "hunter",
             "cross", "wood", "marsh", "king", "snow", "rivers", "fields"]
WORD_FIRST = ["will", "mark", "rose", "grace", "june", "hope", "faith", "bill", "dawn", "sterling", "may",
              "jean", "gene", "april", "sky", "grant", "summer", "holly"]


class Names:
    def __init__(self, df):
        self.firsts, self.lasts, self.females, self.counties = load_names(df)

    def ffirst(self):
        if R.random() < 0.15:
            return R.choice(INV_FEMALE)
        return R.choice(self.females[R.choice(sorted(self.females))])

    def first(self, loc=None):
        x = R.random()
        if loc is None and x < 0.16:
            return R.choice(INV_FIRST)
        if loc is None and x < 0.24:
            return R.choice(WORD_FIRST)
        loc = loc or R.choice(LOCALES)
        return R.choice(self.firsts[loc])

    def last(self, loc=None):
        x = R.random()
        if loc is None and x < 0.2:
            return R.choice(INV_LAST)
        if loc is None and x < 0.28:
            return R.choice(WORD_LAST)
        loc = loc or R.choice(LOCALES)
        return R.choice(self.lasts[loc])

    def full(self):
        loc = R.choice(LOCALES + [None, None])
        if loc == "es-MX" and R.random() < 0.5:
            return self.first(loc) + " " + self.last(loc) + " " + self.last(loc)
        return self.first(loc) + " " + self.last(loc)


NM = None  # set in main

# ----------------------------------------------------------------------------- words

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
AS_IN = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "f": "frank", "g": "george",
         "h": "henry", "i": "ice", "j": "john", "k": "kite", "l": "lima", "m": "mary", "n": "nancy",
         "o": "ocean", "p": "paul", "q": "queen", "r": "robert", "s": "sam", "t": "tom", "u": "umbrella",
         "v": "victor", "w": "william", "x": "x ray", "y": "yellow", "z": "zebra"}


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    return ONES[h] + " " + (("oh " + ONES[r]) if r < 10 else n2w(r))


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def suffix(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_w(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand " + ONES[y - 2000], "two thousand and " + ONES[y - 2000]])
    if y >= 2010:
        return R.choice(["twenty " + n2w(y - 2000), "two thousand " + n2w(y - 2000)])
    hi, lo = divmod(y, 100)
    return n2w(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo]) if lo < 10 else n2w(lo))


def dig_w(d, oh=True):
    if d == "0":
        return R.choice(["oh", "zero"]) if oh else "zero"
    return ONES[int(d)]


def spoken_digits(s, style=None):
    """A digit string as speech-to-text writes it: words, digits, pairs, doubles, or all mixed."""
    style = style or R.choice(["words", "words", "mixed", "mixed", "pairs", "digits", "double"])
    if style == "digits":
        return " ".join(s) if R.random() < 0.4 else s
    if style == "words":
        return " ".join(dig_w(c) for c in s)
    if style == "double":
        out, i = [], 0
        while i < len(s):
            if i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.8:
                out.append("double " + dig_w(s[i]))
                i += 2
            else:
                out.append(dig_w(s[i]))
                i += 1
        return " ".join(out)
    # pairs / mixed: cut into chunks of 1-2
    out, i = [], 0
    while i < len(s):
        k = 2 if (len(s) - i >= 2 and R.random() < 0.6) else 1
        ch = s[i:i + k]
        i += k
        mode = "pair" if style == "pairs" else R.choice(["pair", "word", "digit"])
        if mode == "digit":
            out.append(ch)
        elif mode == "pair" and len(ch) == 2:
            out.append(("oh " + ONES[int(ch[1])]) if ch[0] == "0" else n2w(int(ch)))
        else:
            out.append(" ".join(dig_w(c) for c in ch))
    return " ".join(out)


def spell(word, as_in=0):
    letters = [c for c in word if c != " "]
    pos = set(R.sample(range(len(letters)), min(as_in, len(letters))))
    return " ".join((c + " as in " + AS_IN[c]) if i in pos else c for i, c in enumerate(letters))


def split_word(w):
    """'kowalczyk' -> 'kow al czyk' as a tired engine splits it."""
    if len(w) < 6 or " " in w:
        return w
    cuts = sorted(R.sample(range(2, len(w) - 2), 1 if len(w) < 9 else 2))
    parts, prev = [], 0
    for c in cuts:
        if c - prev >= 2:
            parts.append(w[prev:c])
            prev = c
    parts.append(w[prev:])
    return " ".join(parts)


def L(kind, v):
    return "[[%s|%s]]" % (kind, v)


def N(v):
    return L("NAME", v)


# ----------------------------------------------------------------------------- values

AREA = ["312", "617", "503", "214", "808", "919", "602", "724", "385", "401", "571", "937", "262", "845"]


def phone():
    a, tail = R.choice(AREA), "01%02d" % R.randrange(100)
    s = a + "555" + tail
    st = R.randrange(9)
    if st == 0:
        return "(%s) 555-%s" % (a, tail)
    if st == 1:
        return "%s-555-%s" % (a, tail)
    if st == 2:
        return "%s 555 %s" % (a, tail)
    if st == 3:  # half words half digits
        return " ".join([spoken_digits(a, "words"), "five five five", tail[:2], n2w(int(tail[2:])) if tail[2] != "0" else "oh " + ONES[int(tail[3])]])
    if st == 4:
        return spoken_digits(a, "words") + " triple five " + spoken_digits(tail, "words")
    if st == 5:
        return "one " + spoken_digits(s, "words")
    return spoken_digits(s, R.choice(["words", "mixed", "double", "pairs"]))


def phone_uk():
    tail = "%03d" % R.randrange(1000)
    return R.choice([
        "oh seven seven double oh nine double oh " + spoken_digits(tail, "words"),
        "07700 900" + tail,
        "zero seven seven zero zero nine zero zero " + spoken_digits(tail, "words"),
        "oh seven seven oh oh, nine oh oh, " + spoken_digits(tail, "mixed"),
    ])


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    s = "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))
    st = R.randrange(4)
    if st == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == 1:
        return spoken_digits(s[:3], "words") + ", " + spoken_digits(s[3:5], "pairs") + ", " + spoken_digits(s[5:], "mixed")
    return spoken_digits(s, R.choice(["words", "mixed", "double"]))


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def letters(n, pool="abcdefghjkmnprstuvwxyz"):
    return "".join(R.choice(pool) for _ in range(n))


def member_id():
    """letters then digits: 'a b c one two three', 'x as in x ray k 4 4 7 ...'"""
    ls, ds = letters(R.choice([2, 3])), digits(R.choice([6, 7, 8, 9]))
    st = R.randrange(4)
    if st == 0:
        lp = " ".join(ls)
    elif st == 1:
        lp = spell(ls, 1)
    elif st == 2:
        lp = ls.upper()
        return lp + ds if R.random() < 0.5 else lp + " " + spoken_digits(ds, "digits")
    else:
        lp = " ".join(ls)
    return lp + " " + spoken_digits(ds)


def mbi():
    A = "acdefghjkmnpqrtuvwxy"
    p = [str(R.randrange(1, 10)), R.choice(A), R.choice(A + "0123456789"), str(R.randrange(10)), R.choice(A),
         R.choice(A + "0123456789"), str(R.randrange(10)), R.choice(A), R.choice(A), str(R.randrange(10)),
         str(R.randrange(10))]
    return " ".join(dig_w(c) if c.isdigit() else c for c in p)


def nhs():
    while True:
        d = [R.randrange(10) for _ in range(9)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return R.choice([s[:3] + " " + s[3:6] + " " + s[6:], spoken_digits(s, "words"),
                             spoken_digits(s[:3], "words") + ", " + spoken_digits(s[3:6], "words") + ", " + spoken_digits(s[6:], "mixed")])


def bsn():
    while True:
        d = [R.randrange(10) for _ in range(8)]
        if d[0] == 0:
            continue
        tot = sum(x * (9 - i) for i, x in enumerate(d))
        for last in range(10):
            if (tot - last) % 11 == 0:
                return spoken_digits("".join(map(str, d)) + str(last), R.choice(["words", "mixed"]))


def cpf():
    d = [R.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return R.choice([s[:3] + "." + s[3:6] + "." + s[6:9] + "-" + s[9:], spoken_digits(s, "words"),
                     spoken_digits(s[:9], "mixed") + " dash " + spoken_digits(s[9:], "words")])


def hetu():
    dd, mm, yy = R.randrange(1, 29), R.randrange(1, 13), R.randrange(30, 99)
    ind = R.randrange(2, 900)
    base = int("%02d%02d%02d%03d" % (dd, mm, yy, ind))
    chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[base % 31].lower()
    s = "%02d%02d%02d" % (dd, mm, yy)
    return spoken_digits(s, "words") + " dash " + spoken_digits("%03d" % ind, "words") + " " + (
        chk if chk.isalpha() else dig_w(chk))


def luhn_digit(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    body = "1" + digits(8)
    s = body + luhn_digit("80840" + body)
    return spoken_digits(s, R.choice(["words", "mixed", "digits"]))


def dea(lastname):
    d = [R.randrange(10) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    s = "".join(map(str, d)) + str(chk)
    return R.choice("abfm") + " " + lastname[0] + " " + spoken_digits(s, R.choice(["words", "mixed"]))


def vin():
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(pool) for _ in range(17)]
    v[9] = R.choice("LMNPRS")
    tot = sum((int(c) if c.isdigit() else tr[c]) * w[i] for i, c in enumerate(v))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return " ".join(c.lower() for c in v)


CARDS = ["4111111111111111", "5555555555554444", "4012888888881881", "378282246310005", "6011111111111117",
         "5105105105105100", "4242424242424242"]


def card():
    c = R.choice(CARDS)
    st = R.randrange(3)
    if st == 0:
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if st == 1:
        return ", ".join(spoken_digits(c[i:i + 4], "words") for i in range(0, len(c), 4))
    return spoken_digits(c, "mixed")


IBANS = ["GB82WEST12345698765432", "NL91ABNA0417164300", "FR1420041010050500013M02606",
         "FI2112345600000785", "RO49AAAA1B31007593840000", "BR1800360305000010009795493C1"]


def iban():
    ib = R.choice(IBANS)
    if R.random() < 0.3:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    return " ".join(dig_w(c) if c.isdigit() else c.lower() for c in ib)


def mrn():
    st = R.randrange(4)
    if st == 0:
        return spoken_digits(digits(R.choice([7, 8])))
    if st == 1:
        return "m " + spoken_digits(digits(7), "words")
    if st == 2:
        return digits(8)
    return spoken_digits("00" + digits(6), "mixed")


def account():
    return spoken_digits(digits(R.choice([8, 9, 10])))


def serial():
    st = R.randrange(3)
    if st == 0:
        return " ".join(letters(2)) + " " + spoken_digits(digits(7), "words")
    if st == 1:
        return letters(3).upper() + digits(6)
    return " ".join(letters(1)) + " " + spoken_digits(digits(5), "mixed") + " " + " ".join(letters(2))


def plate():
    st = R.randrange(3)
    if st == 0:
        return dig_w(str(R.randrange(1, 10))) + " " + " ".join(letters(3)) + " " + spoken_digits(digits(3), "words")
    if st == 1:
        return letters(3).upper() + " " + digits(4)
    return " ".join(letters(2)) + " " + spoken_digits(digits(2), "pairs") + " " + " ".join(letters(3))  # uk shape


def dl():
    return R.choice([letters(1) + " " + spoken_digits(digits(7), "mixed"),
                     letters(1).upper() + digits(8),
                     " ".join(letters(1)) + " " + spoken_digits(digits(3), "words") + " " + spoken_digits(digits(4), "pairs")])


def ip():
    st = R.randrange(3)
    if st == 0:
        parts = ["192", "168", str(R.randrange(256)), str(R.randrange(1, 255))]
    elif st == 1:
        parts = ["10", str(R.randrange(256)), str(R.randrange(256)), str(R.randrange(1, 255))]
    else:
        parts = ["203", "0", "113", str(R.randrange(1, 255))]
    if R.random() < 0.4:
        return ".".join(parts)
    return " dot ".join(R.choice([spoken_digits(p, "words"), n2w(int(p))]) for p in parts)


DOMAINS = ["example dot com", "example dot net", "example dot org"]


def email(first, last):
    f, l = first.split()[0], last.split()[-1]
    st = R.randrange(6)
    if st == 0:
        local = f[0] + " dot " + l
    elif st == 1:
        local = f + " dot " + l
    elif st == 2:
        local = f + " underscore " + l[0]
    elif st == 3:
        local = f + l + " " + n2w(R.randrange(20, 99))
    elif st == 4:
        local = spell(f) + " dot " + l
    else:
        local = l + " " + spoken_digits(digits(2), "words")
    return local + " at " + R.choice(DOMAINS)


def url(first, last):
    return R.choice([
        "telehealth dot example dot com slash room slash " + last.split()[-1] + " " + n2w(R.randrange(10, 99)),
        "w w w dot example dot org slash visit slash " + first.split()[0] + last.split()[-1][0],
        "example dot net slash r slash " + " ".join(letters(3)) + " " + spoken_digits(digits(3), "words"),
        "https colon slash slash portal dot example dot com slash " + last.split()[-1],
    ])


# places
STREET_WORDS = ["alder", "quarry", "wrenfield", "maple", "tollgate", "beckett", "ivanhoe", "corvallis", "saltmarsh",
                "lindenhurst", "pellham", "orchard", "mill", "juniper", "cobble", "harrowgate", "fenmore",
                "kestrel", "tamsin", "vellacott", "brindle", "ashcombe", "larkspur", "ottery", "greyfriars",
                "kinsale", "marigold", "sandpiper", "old post", "church", "hope", "bishop", "tannery"]
STREET_SUF = ["street", "road", "avenue", "lane", "drive", "court", "way", "place", "circle", "terrace",
              "boulevard", "trail", "close", "crescent"]
TOWNS = ["millbrook", "east carver", "ashby falls", "port loring", "cedar hollow", "wexley", "bramford",
         "halloway springs", "north tamsin", "greyhaven", "oakmere", "little brannock", "saint corin",
         "westbury flats", "dunmore heights", "kilbride", "stonefield", "marrow creek", "fenwick",
         "elmstead", "hope", "union", "liberty", "ovidia", "lakemont", "riverbend", "sorrel junction",
         "new harlow", "pinecrest", "goshen", "bellvale", "quarry hill", "tilbury", "ravenna"]
FOREIGN_TOWNS = ["zwolle", "tampere", "lyon", "campinas", "iasi", "puebla", "oulu", "amersfoort", "cluj",
                 "guadalajara", "nantes", "recife", "leeds", "norwich"]


def town():
    return R.choice(TOWNS)


def housenum():
    n = R.randrange(2, 9900)
    st = R.randrange(4)
    if st == 0 or n < 100:
        return n2w(n) if n < 1000 else n2w(n // 100) + " " + (n2w(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100] if n % 100 else "hundred")
    if st == 1:
        return str(n)
    if st == 2:
        return spoken_digits(str(n), "words")
    s = str(n)
    if len(s) == 3:
        return ONES[int(s[0])] + " " + (n2w(int(s[1:])) if s[1] != "0" else "oh " + ONES[int(s[2])])
    return n2w(int(s[:2])) + " " + (n2w(int(s[2:])) if s[2] != "0" else "oh " + ONES[int(s[3])])


def street():
    return R.choice(STREET_WORDS) + " " + R.choice(STREET_SUF)


def unit():
    return R.choice(["apartment " + n2w(R.randrange(1, 30)) + " " + R.choice("abcd"),
                     "apt " + str(R.randrange(1, 400)),
                     "unit " + n2w(R.randrange(1, 60)),
                     "unit number " + spoken_digits(digits(3), "words"),
                     "apartment " + R.choice("abcdef") + " " + n2w(R.randrange(1, 20)),
                     "suite " + str(R.randrange(100, 500))])


def address(with_unit=None):
    a = housenum() + " " + street()
    if with_unit or (with_unit is None and R.random() < 0.5):
        a += R.choice([" ", ", "]) + unit()
    return a


def zipc():
    z = "%05d" % R.randrange(1000, 99950)
    st = R.randrange(5)
    if st == 0:
        return z
    if st == 4:
        return spoken_digits(z, "words") + " dash " + spoken_digits(digits(4), "words")
    return spoken_digits(z, R.choice(["words", "mixed", "words", "double"]))


def uk_postcode():
    return R.choice(["c b two one t n", "l s six four a b", "n r three one q p", "e c one a one b b",
                     "b s eight two j h", "y o ten five d d"])


# dates
def rdate(y0, y1):
    return R.randrange(y0, y1), R.randrange(1, 13), R.randrange(1, 29)


def dob_spoken(y=None):
    y, m, d = rdate(1928, 2006) if y is None else (y, R.randrange(1, 13), R.randrange(1, 29))
    mon, yy = MONTHS[m - 1], y % 100
    forms = [
        lambda: "%s %s %s" % (mon, ordw(d), year_w(y)),
        lambda: "the %s of %s %s" % (ordw(d), mon, year_w(y)),
        lambda: "%s %s %s" % (n2w(d), mon, n2w(yy) if yy >= 10 else "oh " + ONES[yy]),
        lambda: "oh %s %s %s" % (ONES[m], n2w(d), n2w(yy) if yy >= 10 else "oh " + ONES[yy]) if m < 10 else "%s %s %s" % (n2w(m), n2w(d), year_w(y)),
        lambda: spoken_digits("%02d%02d%04d" % (m, d, y), "words"),
        lambda: "%d %d %02d" % (m, d, yy),
        lambda: "%02d %02d %d" % (m, d, y),
        lambda: "%s %s %s" % (n2w(m), n2w(d), year_w(y)),
        lambda: "%s %s %d" % (mon, suffix(d), y),
        lambda: "%s the %s, %s" % (mon, ordw(d), n2w(yy) if yy >= 10 else year_w(y)),
        lambda: "%d/%d/%d" % (m, d, y),
        lambda: "%s, %s %s" % (year_w(y), mon, n2w(d)),
        lambda: "%d %s %s" % (d, mon, year_w(y)),
        lambda: "%d %s %s" % (m, n2w(d), n2w(yy) if yy >= 10 else year_w(y)),
        lambda: "%s %s, %s" % (mon, spoken_digits("%d" % d, "words"), spoken_digits(str(y), "words")),
        lambda: "%s %s %d" % (mon, n2w(d), y),
    ]
    return R.choice(forms)()


def date_spoken(monthyear_ok=True):
    y, m, d = rdate(2023, 2027)
    mon = MONTHS[m - 1]
    forms = [
        lambda: "%s %s" % (mon, ordw(d)),
        lambda: "the %s of %s" % (ordw(d), mon),
        lambda: "%s %s" % (mon, suffix(d)),
        lambda: "%s %d" % (mon, d),
        lambda: "%s the %s" % (mon, ordw(d)),
        lambda: "%d/%d" % (m, d),
        lambda: "%s %s %s" % (mon, ordw(d), year_w(y)),
        lambda: "%s %s" % (ordw(d), mon),
    ]
    if monthyear_ok:
        forms.append(lambda: "%s %s" % (mon, year_w(y)))
    return R.choice(forms)()


def old_age(n=None):
    n = R.randrange(90, 105) if n is None else n
    if n >= 100:
        return R.choice(["a hundred and " + ONES[n - 100], "one hundred " + ONES[n - 100], "a hundred " + ONES[n - 100]]) if n > 100 else R.choice(["a hundred", "one hundred"])
    return R.choice([n2w(n), n2w(n), str(n)])


def young_age():
    return n2w(R.randrange(40, 90))


# ----------------------------------------------------------------------------- templates

TEMPLATES = []


def t(fn):
    TEMPLATES.append(fn)
    return fn


def fn_():
    return NM.first()


def ln_():
    return NM.last()


def full_():
    return NM.full()


# ---- insurance verification
@t
def ins_runtogether():
    f, l = fn_(), ln_()
    return "hi um mynames %s and im calling to verify my coverage, the member id is %s" % (N(f + " " + l), L("HEALTH_PLAN_ID", member_id()))


@t
def ins_subscriber_husband():
    return "yeah the subscriber is my partner %s, the date of birth is %s" % (N(full_()), L("DOB", dob_spoken()))


@t
def ins_policy_asin():
    ls, ds = letters(2), digits(7)
    return "policy number is %s, did you get that" % L("HEALTH_PLAN_ID", spell(ls, 2) + " " + spoken_digits(ds))


@t
def ins_innetwork():
    return "i'm checking if doctor %s is in network, the office is at %s in %s" % (N(ln_()), L("ADDRESS", address(False)), L("LOCATION", town()))


@t
def ins_two_ids():
    return "the card says %s but the app shows, um, %s, which one do you want" % (L("HEALTH_PLAN_ID", member_id()), L("HEALTH_PLAN_ID", member_id()))


@t
def ins_mbi():
    return R.choice(["medicare number", "my medicare id", "the mbi"]) + " is %s and it's for %s" % (L("HEALTH_PLAN_ID", mbi()), N(full_()))


@t
def ins_mom_medicaid():
    return "it's under my mom %s, she's %s years old and on medicaid, id number %s" % (N(NM.ffirst() + " " + ln_()), L("AGE", old_age()), L("HEALTH_PLAN_ID", spoken_digits(digits(9))))


@t
def ins_update_address():
    return "i need to update the address on the policy to %s, %s %s" % (L("ADDRESS", address(True)), L("LOCATION", town()), L("ZIP", zipc()))


@t
def ins_subscriber_ssn():
    return "for the subscriber birthday it's %s and the social is %s" % (L("DOB", dob_spoken()), L("SSN", ssn()))


@t
def ins_hyphenated():
    f, a, b = fn_(), NM.last("es-MX"), NM.last("pt-BR")
    return "the patient is %s, it's two last names, %s and then %s, no hyphen" % (N(f + " " + a + " " + b), N(a), N(b))


@t
def ins_split_surname():
    f, l = NM.first(), R.choice(NM.lasts[R.choice(["nl", "fi-FI", "pt-BR", "fr"])] + INV_LAST)
    while len(l.replace(" ", "")) < 7:
        l = R.choice(INV_LAST)
    l = l.replace(" ", "")
    return "insurance verification for %s, that's %s" % (N(f + " " + split_word(l)), N(spell(l)))


@t
def ins_nhs():
    return "i'm over from %s visiting my daughter, my nhs number is %s if that helps" % (L("LOCATION", R.choice(NM.counties)), L("HEALTH_PLAN_ID", nhs()))


@t
def ins_eob_old():
    return "the explanation of benefits went to the old place on %s and i moved to %s in %s" % (L("ADDRESS", address(False)), L("ADDRESS", address(True)), L("LOCATION", town()))


@t
def ins_billing_office():
    f, l = fn_(), ln_()
    return "hi this is %s from doctor %s's billing office, calling about account %s" % (N(f), N(l), L("ACCOUNT", account()))


@t
def ins_group_member():
    return "can you verify the secondary, its under %s, group number %s and member number %s" % (N(full_()), spoken_digits(digits(5), "words"), L("HEALTH_PLAN_ID", member_id()))


@t
def ins_mexico():
    f, l1, l2 = NM.first("es-MX"), NM.last("es-MX"), NM.last("es-MX")
    return "um the policy holder is %s, %s is the first last name and %s the second" % (N(f + " " + l1 + " " + l2), N(l1), N(l2))


@t
def ins_prior_auth():
    return "the prior auth for %s was faxed to %s on %s but nobody got it" % (N(full_()), L("FAX", phone()), L("DATE", date_spoken(False)))


@t
def ins_no_cue_plan():
    f = fn_()
    return "%s's plan changed in january so the new id is %s" % (N(f), L("HEALTH_PLAN_ID", member_id()))


# ---- lab results
@t
def lab_results_name_dob():
    return "calling for my lab results from %s, the name is %s, dob %s" % (L("DATE", date_spoken()), N(full_()), L("DOB", dob_spoken()))


@t
def lab_no_cue_drawn():
    return "%s had her blood drawn %s at the %s lab and nobody ever called" % (N(NM.ffirst()), L("DATE", date_spoken(False)), L("LOCATION", town()))


@t
def lab_wrong_birthday():
    return "the requisition has the wrong birthday, it says %s but i was born %s" % (L("DOB", dob_spoken()), L("DOB", dob_spoken()))


@t
def lab_a1c_callback():
    return "my a one c came back at seven point two, can doctor %s call me back at %s" % (N(ln_()), L("PHONE", phone()))


@t
def lab_staff_caller():
    f, l = fn_(), ln_()
    return "this is %s from %s diagnostics, calling about a specimen for %s, m r n %s" % (N(f), R.choice(["quest ridge", "northfield", "clearpath", "bluewater"]), N(full_()), L("MRN", mrn()))


@t
def lab_fax_results():
    return "can you fax the results to %s attention %s please" % (L("FAX", phone()), N(full_()))


@t
def lab_portal_login():
    f, l = fn_(), ln_()
    return "the results portal login is %s, that's my username, and it says locked" % L("EMAIL", email(f, l))


@t
def lab_potassium_id():
    return "um the potassium result for %s, patient id %s, was it five point four or four point five" % (N(full_()), L("MRN", mrn()))


@t
def lab_biopsy():
    return "did the pathology from the biopsy on %s come back, it's under %s" % (L("DATE", date_spoken()), N(full_()))


@t
def lab_inr():
    return "my inr was three point one on %s and %s the nurse said hold the warfarin two days" % (L("DATE", date_spoken(False)), N(fn_()))


@t
def lab_chart_letters():
    return "chart number %s, results for %s" % (L("MRN", " ".join(letters(2)) + " " + spoken_digits(digits(6))), N(fn_() + " " + split_word(R.choice(INV_LAST))))


@t
def lab_culture_kid():
    return "yeah it's about my kid %s's urine culture, the one born %s" % (N(NM.first()), L("DOB", dob_spoken()))


@t
def lab_results_email():
    f, l = fn_(), ln_()
    return "can you just email the results to %s, no, wait, %s" % (L("EMAIL", email(f, l)), L("EMAIL", email(f, l)))


# ---- home health
@t
def hh_aide_noshow():
    return "the aide %s didn't show up again today, we're at %s, the side door" % (N(fn_()), L("ADDRESS", address()))


@t
def hh_nurse_caller():
    return "this is %s the home health nurse, i'm at the patient's house, %s, %s, and nobody's answering" % (N(full_()), L("ADDRESS", address()), L("LOCATION", town()))


@t
def hh_dad_age_address():
    return "my dad is %s years old and lives alone on %s in %s %s" % (L("AGE", old_age()), L("ADDRESS", address()), L("LOCATION", town()), L("ZIP", zipc()))


@t
def hh_two_names():
    return "%s and %s both need the wound care visits moved to the afternoon" % (N(fn_()), N(fn_()))


@t
def hh_concentrator():
    return "the oxygen concentrator keeps beeping, the serial on the back is %s" % L("DEVICE_ID", serial())


@t
def hh_pt_lady():
    return "the p t lady %s said she'd come back on %s but it's already past that" % (N(NM.ffirst()), L("DATE", date_spoken(False)))


@t
def hh_plate():
    return "can the nurse park in the driveway, my car's the blue one, plate %s" % L("VEHICLE_ID", plate())


@t
def hh_turned_age():
    n = R.randrange(90, 105)
    return "my mother %s turned %s this year, her birthday is %s" % (N(NM.ffirst() + " " + ln_()), L("AGE", old_age(n)), L("DOB", dob_spoken(2026 - n)))


@t
def hh_grandma_town():
    return "grandma's in %s now, %s, the gate code is four four one two" % (L("LOCATION", town()), L("ADDRESS", address(True)))


@t
def hh_ot_note():
    return "the occupational therapist %s left a note saying the next visit is %s" % (N(full_()), L("DATE", date_spoken(False)))


@t
def hh_referral_npi():
    l = ln_()
    return "home health referral from doctor %s, the npi is %s" % (N(l), L("LICENSE", npi()))


@t
def hh_case_manager():
    f = NM.ffirst()
    l = R.choice(INV_LAST + NM.lasts["nl"])
    return "our case manager is %s, uh %s, her direct line is %s" % (N(f), N(f + " " + split_word(l.replace(" ", ""))), L("PHONE", phone()))


@t
def hh_aide_list():
    return "we had %s on monday, then %s, and now some new guy %s, too many people" % (N(fn_()), N(fn_()), N(fn_()))


@t
def hh_hospital_bed():
    return "the hospital bed for %s, device number %s, the motor stopped" % (N(full_()), L("DEVICE_ID", serial()))


@t
def hh_ninety_alone():
    return "she's %s and still insists on living by herself in %s" % (L("AGE", old_age()), L("LOCATION", town()))


@t
def hh_discharge():
    return "he was admitted %s and discharged %s and the home health hasn't started" % (L("DATE", date_spoken(False)), L("DATE", date_spoken(False)))


@t
def hh_young_old():
    return "my aunt %s is %s but my uncle is %s and he's the one who needs the visits" % (N(NM.ffirst()), young_age(), L("AGE", old_age()))


# ---- telehealth
@t
def th_link_invalid():
    f, l = fn_(), ln_()
    return "i'm on the telehealth link but it says invalid, the link was %s" % L("URL", url(f, l))


@t
def th_email_video():
    f, l = fn_(), ln_()
    return "my email for the video visit is %s" % L("EMAIL", email(f, l))


@t
def th_ip_blocked():
    return "the app says my ip address is %s and that it's blocked, is that you or me" % L("IP_ADDRESS", ip())


@t
def th_visit_date():
    return "the telehealth with doctor %s was supposed to be %s at two and nobody came on" % (N(ln_()), L("DATE", date_spoken(False)))


@t
def th_disconnected():
    return "it's %s again, i got disconnected, my phone is %s" % (N(fn_()), L("PHONE", phone()))


@t
def th_tablet_id():
    return "tech support asked for the tablet's device id, it's %s" % L("DEVICE_ID", serial())


@t
def th_daughter_join():
    f, l = NM.ffirst(), ln_()
    return "can %s join the video visit too, she's my daughter, her email's %s" % (N(f), L("EMAIL", email(f, l)))


@t
def th_license_pharmacy():
    return "the pharmacy needs the prescriber license for the telehealth doctor, %s, it's %s" % (N(full_()), L("LICENSE", dl()))


@t
def th_uk_phone():
    return "i'm calling from abroad, my mobile is %s, it's %s" % (L("PHONE", phone_uk()), N(full_()))


@t
def th_room_url():
    f, l = fn_(), ln_()
    return "doctor %s sent me %s but it just spins" % (N(l), L("URL", url(f, l)))


@t
def th_ip_wifi():
    return "um i'm on the clinic wifi, it shows %s, and the camera won't start" % L("IP_ADDRESS", ip())


@t
def th_interpreter():
    return "i need a portuguese interpreter for %s on the video call %s" % (N(NM.first("pt-BR") + " " + NM.last("pt-BR")), L("DATE", date_spoken(False)))


# ---- identity, speech-to-text errors
@t
def id_jean_gene():
    l = ln_()
    return "first name %s like the pants, %s, not gene, and last name %s" % (N("jean"), N("j e a n"), N(l))


@t
def id_mark_name():
    l = ln_()
    return "mark, uh, my name is %s, you can mark that down as the caller" % N("mark " + l)


@t
def id_all_one_word():
    l = R.choice(INV_LAST[:10] + NM.lasts["fi-FI"])
    return "last name %s, all one word, %s" % (N(split_word(l)), N(l))


@t
def id_spelled_asin():
    f, l = fn_(), ln_()
    return "the name is %s, %s" % (N(f + " " + l), N(spell(l.replace(" ", ""), R.choice([1, 2]))))


@t
def id_thisis_grandma():
    return "thisis %s calling for my grandma %s about her pills" % (N(fn_()), N(full_()))


@t
def id_old_hon():
    return "i'm %s years old hon, just tell me when %s is coming by" % (L("AGE", old_age()), N(fn_()))


@t
def id_dob_correction():
    return "date of birth is %s, no sorry, %s" % (L("DOB", dob_spoken()), L("DOB", dob_spoken()))


@t
def id_phone_correction():
    return "my number is %s no wait that's the old one, it's %s" % (L("PHONE", phone()), L("PHONE", phone()))


@t
def id_address_correction():
    h = housenum()
    s = street()
    return "address is %s, no sorry %s" % (L("ADDRESS", h + " " + s), L("ADDRESS", housenum() + " " + s + " " + unit()))


@t
def id_stream_form():
    return "okay %s, born %s, social %s" % (N(full_()), L("DOB", dob_spoken()), L("SSN", ssn()))


@t
def id_social_last4():
    return "my social is %s, the last four are what you have on file" % L("SSN", ssn())


@t
def id_card_payment():
    return "i want to pay the copay with a card, it's %s, expiration oh nine twenty eight" % L("CREDIT_CARD", card())


@t
def id_iban_refund():
    return "for the refund they said use the iban, it's %s" % L("IBAN", iban())


@t
def id_driver_license():
    return "to verify it's me the driver's license is %s" % L("LICENSE", dl())


@t
def id_spelled_email():
    f, l = fn_(), ln_()
    loc = spell(f) + " dot " + spell(l.split()[-1][:6])
    return "email is %s" % L("EMAIL", loc + " at " + R.choice(DOMAINS))


@t
def id_account_balance():
    return "account %s for the balance, its under %s" % (L("ACCOUNT", account()), N(full_()))


@t
def id_cpf():
    f, l = NM.first("pt-BR"), NM.last("pt-BR")
    return "sou eu, %s, my cpf is %s, they asked for it at the front" % (N(f + " " + l), L("SSN", cpf()))


@t
def id_bsn():
    f, l = NM.first("nl"), NM.last("nl")
    return "my dutch b s n is %s, and the name's %s" % (L("SSN", bsn()), N(f + " " + l))


@t
def id_hetu():
    f, l = NM.first("fi-FI"), NM.last("fi-FI")
    return "for %s the finnish personal id is %s" % (N(f + " " + l), L("SSN", hetu()))


@t
def id_town_zip():
    return "i'm in %s, zip %s, do you have anybody closer" % (L("LOCATION", town()), L("ZIP", zipc()))


@t
def id_send_to_town():
    return "send the kit to my place, %s, %s %s" % (L("ADDRESS", address()), L("LOCATION", town()), L("ZIP", zipc()))


@t
def id_possessive():
    f = fn_()
    return "i'm picking up %s's pills and %s's inhaler" % (N(f), N(fn_()))


@t
def id_tell_doctor():
    return "tell doctor %s that %s said thank you for the call" % (N(ln_()), N(fn_()))


@t
def id_letter_asin():
    f = R.choice(["katrina", "carina", "cathy", "stefan", "philippa", "jon", "sara"])
    return "no it's %s with a %s as in %s" % (N(f), f[0], AS_IN[f[0]])


@t
def id_son_daughter():
    a, b = fn_(), fn_()
    return "okay so my oldest %s and my youngest %s, %s's the one with the appointment %s" % (N(a), N(b), N(b), L("DATE", date_spoken()))


@t
def id_mx_double():
    f, a, b = NM.first("es-MX"), NM.last("es-MX"), NM.last("es-MX")
    return "%s, that's me, i called yesterday about the results" % N(f + " " + a + " " + b)


@t
def id_speaking():
    return "yeah %s speaking, i missed a call from this number" % N(full_())


@t
def id_wife_wrong():
    a, b = fn_(), fn_()
    return "you have my wife's name wrong, it's %s, not %s" % (N(NM.ffirst()), N(NM.ffirst()))


@t
def id_short_dob():
    return "d o b %s" % L("DOB", "%d %d %s" % (R.randrange(1, 13), R.randrange(1, 29), n2w(R.randrange(30, 99))))


@t
def id_will_be():
    return "%s will be %s in %s so we need the wheelchair van" % (N(fn_()), L("AGE", old_age()), R.choice(MONTHS))


@t
def id_month_year_visit():
    return "the last visit was %s with %s, i think" % (L("DATE", R.choice(MONTHS) + " " + year_w(R.randrange(2022, 2026))), N(full_()))


@t
def id_fax_office():
    return "the fax number for doctor %s's office is %s" % (N(ln_()), L("FAX", phone()))


@t
def id_yellow_house():
    return "i'm at %s, the yellow house, the entrance is round the back" % L("ADDRESS", address(True))


@t
def id_glucose_meter():
    return "the glucose meter serial is %s and it says error four" % L("DEVICE_ID", serial())


@t
def id_dea_pharmacist():
    l = ln_()
    return "my pharmacist %s said the dea number on the script is wrong, it should be %s" % (N(fn_()), L("LICENSE", dea(l)))


@t
def id_moved_towns():
    return "we moved from %s to %s last month so the nurse needs the new address" % (L("LOCATION", town()), L("LOCATION", town()))


@t
def id_zip_plus4():
    z, p = "%05d" % R.randrange(1000, 99950), digits(4)
    return "the full zip code with the plus four is %s" % L("ZIP", R.choice([z + "-" + p, spoken_digits(z, "words") + " dash " + spoken_digits(p, "words")]))


@t
def id_uk_postcode():
    return "the postcode is %s, it's in %s" % (L("ZIP", uk_postcode()), L("LOCATION", R.choice(NM.counties)))


@t
def id_foreign_town():
    return "she flew in from %s last week and her name is %s" % (L("LOCATION", R.choice(FOREIGN_TOWNS)), N(full_()))


@t
def id_joined_name():
    f, l = fn_(), NM.last(R.choice(LOCALES))
    return "hey its %s calling back about the home visit, sorry i missed you" % N((f + l).replace(" ", ""))


@t
def id_stutter():
    f, l = fn_(), ln_()
    return "it's %s- %s, %s, sorry, long day" % (f[:3], N(f), N(f + " " + l))


@t
def id_vin():
    return "the wheelchair van's vin is %s for the transport form" % L("VEHICLE_ID", vin())


@t
def id_staff_no_cue():
    return "%s at the front desk told me %s would call back about the referral" % (N(fn_()), N(fn_() + " " + ln_()))


@t
def id_word_surname():
    return "is mrs %s there, or the other aide, %s, either one is fine" % (N(R.choice(WORD_LAST)), N(NM.ffirst() + " " + R.choice(WORD_LAST)))


@t
def id_title_word():
    return "doctor %s wants the echo moved to %s" % (N(R.choice(WORD_LAST)), L("DATE", date_spoken(False)))


@t
def id_street_ordinary():
    return "we live on %s, right across from the church" % L("ADDRESS", housenum() + " " + R.choice(["mill lane", "hope street", "church road", "bishop avenue", "rose court"]))


@t
def id_homophone_bill():
    l = ln_()
    return "%s here, bill like the bill you keep sending me" % N("bill " + l)


@t
def id_ssn_spouse():
    return "my wife %s's social security number is %s" % (N(NM.ffirst()), L("SSN", ssn()))


@t
def id_member_repeat():
    m = member_id()
    return "member id %s, let me repeat, %s" % (L("HEALTH_PLAN_ID", m), L("HEALTH_PLAN_ID", m))


@t
def id_numbers_mix_phone():
    return "call %s back at %s after five" % (N(fn_()), L("PHONE", phone()))


@t
def id_birthday_plain():
    n = R.randrange(90, 105)
    return "his birthday's %s and he's turning %s" % (L("DOB", dob_spoken(2026 - n)), L("AGE", old_age(n)))


@t
def id_hyphen_first():
    f1, f2 = NM.first("fr"), NM.first("fr")
    l = NM.last("fr")
    return "le patient, sorry, the patient is %s, %s is the first name" % (N(f1 + " " + f2 + " " + l), N(f1 + " dash " + f2))


@t
def id_ro_name():
    f, l = NM.first("ro-MD"), NM.last("ro-MD")
    return "i'm calling for my in law %s, they only speak romanian so i'm translating" % N(f + " " + l)


@t
def id_fi_spell():
    f, l = NM.first("fi-FI"), NM.last("fi-FI")
    return "%s, that's double a in the middle if it has one, just %s" % (N(f + " " + l), N(spell(l)))


@t
def id_account_card():
    return "put it on the card ending in four four, no, the whole number is %s" % L("CREDIT_CARD", card())


@t
def id_plate_parking():
    return "i'm %s, the home health aide, my plate is %s for the parking pass" % (N(fn_()), L("VEHICLE_ID", plate()))


@t
def id_iban_debit():
    return "the premium comes by direct debit, iban %s, account holder %s" % (L("IBAN", iban()), N(full_()))


@t
def id_june_caregiver():
    return "the caregiver is %s, like the month, %s, she comes mornings" % (N("june"), N("june " + ln_()))


@t
def id_may_agency():
    return "%s from the agency said the visit moved, may i ask to who" % N("may")


@t
def id_grace_split():
    l = R.choice(INV_LAST)
    return "her name's %s, grace like amazing grace, and it's %s not %s" % (N("grace " + split_word(l)), N(l), N(split_word(l)))


@t
def id_dawn_patient():
    n = R.randrange(90, 105)
    return "%s, uh %s, is my patient, she's %s years old and the dob is %s" % (N("dawn"), N("dawn " + ln_()), L("AGE", old_age(n)), L("DOB", dob_spoken(2025 - n)))


@t
def lab_homecare_fax():
    return "the home care agency fax is %s and the lab's is %s, send both" % (L("FAX", phone()), L("FAX", phone()))


# ----------------------------------------------------------------------------- PHI-free

FREE = [
    "will the lab results be ready by friday or should i just call back monday",
    "i need to pay my bill, can i do that over the phone or only online",
    "may i ask if the grant covers the home health aide visits or just the nurse",
    "the rose colored rash is on my left forearm now and it's spreading a little",
    "um mark it down that i'm allergic to penicillin, and sulfa too i think",
    "hope you guys can help, the portal keeps logging me out every two minutes",
    "is the summit location open on saturdays or just weekdays",
    "i switched to brown rice like the dietitian said, my sugars are better",
    "my a one c was six point four last time, is that still prediabetic",
    "the telehealth link didn't work on my tablet, it just spins and spins",
    "she's eighty seven and she still drives herself to dialysis three times a week",
    "the group number on the card is four four seven one two if you need it",
    "the last four of the card are one one one one, the visa",
    "potassium five point one and creatinine one point two, is that bad",
    "i take metformin five hundred twice a day and lisinopril ten in the morning",
    "room four twelve, second floor, by the elevators, that's where they sent me",
    "they said call nine one one if he can't catch his breath, should i",
    "the copay is twenty five dollars for telehealth and forty in person right",
    "my appointment is next tuesday at ten thirty, can i move it to the afternoon",
    "in june i switched plans at work, does that change anything for the july visit",
    "we moved here in twenty nineteen from texas, so the old records are down there",
    "the cpt code on the bill is nine nine two one four, what is that for",
    "patience isn't my strong suit but ok i'll hold",
    "my grandson set up the zoom thing for me but i cant hear anybody",
    "it's the brown pill, the little round one, not the white oval one",
    "the prior authorization got denied again, can you resend it with the notes",
    "my blood pressure was one forty over ninety this morning and one thirty eight at noon",
    "ninety percent of the time the app works, it's just the camera",
    "the home health agency said the nurse comes wednesday between nine and noon",
    "uh do you guys do the covid and the flu shot at the same visit",
    "faith in this insurance is low but whatever, what's the deductible",
    "grant me one thing, just tell me if the biopsy was benign",
    "the sterling silver bracelet says diabetic, do i need to take it off for the mri",
    "is it the march of dimes form or the other one for the baby",
    "can the aide help with the shower or is that only the nurse",
    "my vitamin d was nineteen, they said take two thousand units a day",
    "the hearing aid battery is size three twelve, do you carry those",
    "i'm on the patient portal and it says my insurance is inactive since may",
    "the cardiologist wants a holter monitor for forty eight hours, is that covered",
    "tell them i said thanks, the nurse on the phone was great",
    "bill me later is fine, i just can't do it today",
    "my lymph nodes are swollen on the right side since sunday",
    "is the weight loss shot covered or is that a tier four drug",
    "the oximeter says ninety one percent and the heart rate is one oh two",
]


# ----------------------------------------------------------------------------- assembly

OPENERS = ["", "", "", "", "um ", "uh ", "yeah ", "hi ", "okay so ", "hello, ", "right so ", "um yeah ", "so uh "]
CLOSERS = ["", "", "", "", " thanks", " thank you", " please", ".", " okay", " if that helps", " um yeah"]

KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL",
         "IP_ADDRESS"}
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
CUES = {"doctor", "dr", "mrs", "mr", "ms", "nurse", "my", "the", "born", "dob", "number", "is", "id", "miss",
        "phone", "fax", "email", "zip", "at", "on", "in", "and"}


def plain(text):
    return LABEL.sub(lambda m: m.group(2), text)


def check(line, seen):
    assert line.count("\t") == 1, line
    lid, text = line.split("\t")
    assert re.fullmatch(re.escape(PREFIX) + r"\d{3}", lid), lid
    assert lid not in seen, lid
    seen.add(lid)
    rest = LABEL.sub("", text)
    assert "[[" not in rest and "]]" not in rest and "|" not in rest, line  # never nested, all closed
    for m in LABEL.finditer(text):
        kind, v = m.groups()
        assert kind in KINDS, line
        assert v and v == v.strip() and v[-1] not in ",;:!?" and v[0] not in ",;:!?", line
        assert not v.endswith("'s") and not v.endswith("."), line
        w = v.split()
        assert (w[0] not in CUES or (w[0] == "the" and kind in ("DATE", "DOB"))) and w[-1] not in CUES, line
        if kind == "NAME":
            assert not any(x in ("doctor", "mrs", "mr", "nurse", "dr") for x in w), line
    words = plain(text).split()
    assert 5 <= len(words) <= 60, line
    assert text == text.strip() and "  " not in text, line


def main():
    global NM
    df, outdir = sys.argv[1], sys.argv[2]
    NM = Names(df)
    n_phi = N_LINES - N_FREE
    assert len(FREE) >= N_FREE
    order = []
    while len(order) < n_phi:
        block = TEMPLATES[:]
        R.shuffle(block)
        order += block
    order = order[:n_phi]
    phi_lines = []
    for fn in order:
        s = fn()
        assert LABEL.search(s), fn.__name__
        phi_lines.append(s)
    free = R.sample(FREE, N_FREE)
    for s in free:
        assert not LABEL.search(s)
    lines = phi_lines + free
    R.shuffle(lines)
    out, seen = [], set()
    for i, s in enumerate(lines, 1):
        if s.startswith("[[") or R.random() < 0.6:
            o = R.choice(OPENERS)
        else:
            o = ""
        c = R.choice(CLOSERS)
        if s.endswith(("please", "thanks", "?", ".", "too")):
            c = ""
        s = o + s + c
        line = "%s%03d\t%s" % (PREFIX, i, s)
        check(line, seen)
        out.append(line)
    texts = [plain(x.split("\t")[1]) for x in out]
    assert len(set(texts)) == len(texts), "duplicate text"
    header = ("# %s: generated by %s (seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales en-GB "
              "(via its en fallback, and its counties) es-MX nl fi-FI fr pt-BR ro-MD, diacritics dropped) and "
              "invented names, ordinary-word names, streets and towns written for Masker; caller turns to insurer, "
              "lab, home-health and telehealth voice agents as a tired speech-to-text engine writes them, all PHI "
              "kinds labelled; development set, tuned on; every value invented.") % (FILE, SCRIPT, SEED)
    with open(os.path.join(outdir, FILE), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        fh.write("\n".join(out) + "\n")
    counts = {}
    for x in out:
        for m in LABEL.finditer(x):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    nfree = sum(1 for x in out if not LABEL.search(x))
    print("lines", len(out), "free", nfree, "templates", len(TEMPLATES), "free templates", len(FREE), file=sys.stderr)
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
