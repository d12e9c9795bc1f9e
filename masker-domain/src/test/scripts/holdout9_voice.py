#!/usr/bin/env python3
"""Ninth held-out evaluation set for Masker: caller turns of phone calls to voice agents.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
90901). Caller turns to a clinic's, pharmacy's or insurer's voice agent as a speech-to-text
engine writes them: lower case, little punctuation, numbers as words, fillers, corrections,
spelled names; every PHI kind in them labelled. About 15% of the turns hold no PHI.

Usage:
    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout9_voice.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval

Names: first names and surnames of Datafaker 2.7.0's locale files (Apache-2.0), combined at
random, plus romanised names, ordinary-word names, towns and streets written for Masker. Every
value is invented: phones only from fiction ranges (555-01xx, UK 07700 900xxx and 01632 960xxx,
AU 0491 570 xxx), e-mails at example.com/.net/.org, card numbers are the networks' published
test numbers, SSN areas never 000, 666 or 9xx, NPI and DEA numbers with a correct check digit.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 90901
OUT_NAME = "voice-holdout9.tsv"
SCRIPT = "masker-domain/src/test/scripts/holdout9_voice.py"
LOCALES = ["en", "en-NZ", "en-UG", "en-SG", "en-PAK", "fr-CA", "ro-MD", "sk", "es-PY", "pt",
           "no-NO"]
N_LINES = 220
N_FREE = 34

# ---------------------------------------------------------------------------------------------
# Datafaker yml (a tiny reader for the two list shapes the files use)


def load_list(path, key):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)" + key + r":\s*(.*)$", line)
        if not m:
            continue
        rest = m.group(2).strip()
        if rest.startswith("["):
            buf, j = rest, i
            while "]" not in buf:
                j += 1
                buf += " " + lines[j].strip()
            body = buf[buf.index("[") + 1:buf.rindex("]")]
            out += [x.strip().strip("\"'") for x in body.split(",")]
        else:
            j = i + 1
            while j < len(lines):
                s = lines[j]
                if s.strip().startswith("#") or not s.strip():
                    j += 1
                    continue
                mm = re.match(r"^\s*-\s*(.*)$", s)
                if not mm:
                    break
                out.append(mm.group(1).strip().strip("\"'"))
                j += 1
        break
    return [x for x in out if x and "#{" not in x]


FOLD = {"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"}


def spoken(name):
    """A name as speech-to-text writes it: lower case, no accents, no apostrophes or hyphens."""
    s = name.replace("''", "'")
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("'", " ").replace("-", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s if re.fullmatch(r"[a-z]+( [a-z]+)*", s) else None


def load_names(df):
    firsts, lasts = [], []
    for loc in LOCALES:
        p = os.path.join(df, "en", "name.yml") if loc == "en" else os.path.join(df, loc + ".yml")
        f, l = [], []
        for k in ("first_name", "male_first_name", "female_first_name"):
            f += load_list(p, k)
        for k in ("last_name", "male_last_name", "female_last_name"):
            l += load_list(p, k)
        f = sorted({x for x in (spoken(n) for n in f) if x and len(x) > 2})
        l = sorted({x for x in (spoken(n) for n in l) if x and len(x) > 1})
        if f:
            firsts.append(f)
        if l:
            lasts.append(l)
    assert len(firsts) >= 8 and len(lasts) >= 8, "datafaker lists not found"
    return firsts, lasts


# written for Masker: romanised names of languages Datafaker lacks or writes in other scripts
OWN_FIRST = ["haruto", "yui", "kenji", "aiko", "wei", "xiu ying", "jia hui", "ji woo", "min jun",
             "seo yeon", "youssef", "fatima", "khalid", "nour", "priya", "aarav", "lakshmi",
             "venkatesh", "chidi", "ngozi", "obinna", "adaeze", "oluwaseun", "wanjiru", "njeri",
             "abdirahman", "hodan", "maricel", "keoni", "leilani", "eleni", "dmitri", "svetlana",
             "siobhan", "niamh", "padraig", "rhys", "bronwen", "tenzin", "anh", "thabo",
             "nomvula", "kwame", "akosua", "tariq", "parisa", "dariush", "yerlan", "aigerim",
             "mateus", "inês", "oyelaran", "tupac", "quilla"]
OWN_LAST = ["takahashi", "watanabe", "nakamura", "zhang", "chen", "huang", "park", "choi",
            "al hashimi", "haddad", "raghunathan", "subramanian", "okonkwo", "eze", "adebayo",
            "kamau", "otieno", "warsame", "dela cruz", "kealoha", "papadopoulos", "ivanova",
            "kuznetsov", "o sullivan", "mcallister", "ap rhys", "tsering", "nkosi", "mensah",
            "rahimi", "tehrani", "nurlanov", "van der berg", "de souza", "dos santos",
            "bin rashid", "st pierre", "le blanc", "mac giolla", "abu bakr"]
WORD_FIRST = ["rose", "bill", "grant", "hunter", "will", "mark", "june", "hope", "faith", "dawn",
              "summer", "april", "may", "autumn", "sky", "rich", "frank", "art", "joy", "ivy",
              "iris", "heather", "holly", "grace", "hazel", "ruby", "pearl", "sterling", "chase",
              "wade", "lane", "brook", "cash", "drew", "gene", "ray", "sunny", "crystal",
              "misty", "destiny", "august", "river", "reed", "forrest"]
WORD_LAST = ["page", "hunter", "grant", "bishop", "fox", "baker", "cook", "rice", "summers",
             "wolf", "bird", "stone", "fields", "banks", "waters", "woods", "king", "price",
             "bell", "rose", "bush", "little", "young", "short", "long", "strong", "hill",
             "marsh", "brown", "black", "white", "green", "mills", "sharp", "best", "love",
             "sweet", "noble", "frost", "snow", "winter", "day", "knight", "porter", "mason",
             "fisher", "church", "cross", "ford", "law", "judge", "power", "faith", "hope",
             "swift", "moody", "wise", "rich", "lamb", "gay", "hale", "marshal"]
# streets and towns written for Masker (general knowledge, not personal data)
STREET_ROOTS = ["maple", "elm", "cedar crest", "old mill", "juniper", "sycamore", "harbor view",
                "lincoln", "washington", "magnolia", "pecan", "cottonwood", "briarwood",
                "sandpiper", "peachtree", "willow bend", "kingsley", "orchard", "prospect",
                "dogwood", "quail run", "meadowlark", "saint charles", "mission", "bayshore",
                "ridgecrest", "tamarack", "fairmount", "beacon", "lakeshore", "hawthorne",
                "canal", "van buren", "de la vina", "los feliz", "mulberry", "chestnut",
                "pine hollow", "shady grove", "river oaks"]
STREET_SUFFIX = ["street", "avenue", "road", "drive", "lane", "court", "boulevard", "way",
                 "place", "circle", "terrace", "trail", "parkway", "pike", "loop"]
TOWNS = ["tacoma", "san leandro", "cedar rapids", "dearborn", "yonkers", "chula vista",
         "bakersfield", "el paso", "flushing", "bay ridge", "kalamazoo", "boise", "pawtucket",
         "waukegan", "joliet", "brockton", "lowell", "scranton", "provo", "eugene", "tempe",
         "mesa", "marion", "florence", "jackson", "warren", "orlando", "troy", "charlotte",
         "madison", "quincy", "chester", "lafayette", "hialeah", "cicero", "gary", "tyler",
         "beaumont", "lawrence", "allentown", "fort collins", "santa rosa", "las cruces",
         "mobile", "sugar land", "pearland", "livonia", "cranston", "new rochelle",
         "south bend", "round rock", "west covina", "hilo", "kenosha", "davenport", "chandler",
         "logan", "elizabeth", "independence", "normal", "paradise", "hope mills", "shelby",
         "clifton", "vernon hills", "brighton", "mckinney", "bellevue"]
STATES = ["ohio", "texas", "new jersey", "california", "michigan", "new york", "illinois",
          "florida", "washington", "oregon", "georgia", "arizona", "iowa", "utah", "indiana",
          "massachusetts", "pennsylvania", "north carolina"]
AREAS = ["415", "617", "312", "206", "503", "713", "404", "212", "718", "602", "303", "919",
         "614", "402", "808", "505", "208", "413", "727", "859", "316", "470", "651", "929"]
TEST_CARDS = ["4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "4012888888881881", "2223003122003222", "5200828282828210", "4000056655665556"]
EMAIL_DOMAINS = ["example dot com", "example dot net", "example dot org"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

R = random.Random(SEED)
FIRSTS, LASTS = [], []


def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------------------------------------
# values

def L(kind, text):
    return "[[%s|%s]]" % (kind, text)


def first():
    x = R.random()
    if x < 0.14:
        return pick(OWN_FIRST).replace("ê", "e")
    if x < 0.24:
        return pick(WORD_FIRST)
    return pick(pick(FIRSTS))


def last():
    x = R.random()
    if x < 0.15:
        return pick(OWN_LAST)
    if x < 0.25:
        return pick(WORD_LAST)
    return pick(pick(LASTS))


def full():
    return first() + " " + last()


def N(text):
    return L("NAME", text)


def spell(name, sep=" "):
    return sep.join(c for c in name if c.isalpha())


def two(n):
    """0..99 as words."""
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else (" " if chance(0.75) else "-") + ONES[o])


def cardinal(n):
    if n < 100:
        return two(n)
    if n < 1000:
        h, rest = divmod(n, 100)
        s = ONES[h] + " hundred"
        if rest:
            s += (" and " if chance(0.4) else " ") + two(rest)
        return s
    th, rest = divmod(n, 1000)
    s = cardinal(th) + " thousand"
    if rest:
        s += " " + cardinal(rest)
    return s


def digit_words(s, zero=None, doubles=False):
    zero = zero or pick(["oh", "oh", "zero"])
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else ONES[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run == 3 and chance(0.6):
            words.append("triple " + w)
            i += 3
            continue
        if doubles and run >= 2 and run != 3 and chance(0.7):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def pairs(s, zero="oh"):
    """digits spoken two at a time ("forty two", "oh five")."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 1:
            out.append(zero if p == "0" else ONES[int(p)])
        elif p[0] == "0":
            out.append(zero + " " + (zero if p[1] == "0" else ONES[int(p[1])]))
        else:
            out.append(two(int(p)))
    return " ".join(out)


def say_number(s, style=None):
    style = style or pick(["words", "words", "doubles", "pairs", "digits", "mixed"])
    if style == "words":
        return digit_words(s)
    if style == "doubles":
        return digit_words(s, doubles=True)
    if style == "pairs":
        return pairs(s)
    if style == "digits":
        return s
    half = len(s) // 2
    return digit_words(s[:half]) + " " + s[half:]


def rdigits(n, lead_nonzero=True):
    s = str(R.randint(1, 9)) if lead_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def phone():
    area, line = pick(AREAS), "01%02d" % R.randint(0, 99)
    st = R.randint(0, 11)
    z = pick(["oh", "zero"])
    if st == 0:
        return "(%s) 555-%s" % (area, line)
    if st == 1:
        return "%s-555-%s" % (area, line)
    if st == 2:
        return "%s 555 %s" % (area, line)
    if st == 3:
        return "%s, %s, %s" % (digit_words(area, z), digit_words("555", z), digit_words(line, z))
    if st == 4:
        return "%s. %s. %s" % (digit_words(area, z), digit_words("555", z), digit_words(line, z))
    if st == 5:
        return "%s triple five %s" % (digit_words(area, z), pairs(line, z))
    if st == 6:
        return "%s five five five %s" % (digit_words(area, z), digit_words(line, z))
    if st == 7:
        return "one %s five five five %s" % (digit_words(area, z), digit_words(line, z))
    if st == 8:
        return "%s 555 %s" % (digit_words(area, z), digit_words(line, z))
    if st == 9:
        return "%s five five five uh %s" % (digit_words(area, z), digit_words(line, z))
    if st == 10:
        return "oh seven seven oh oh nine oh oh %s" % digit_words(rdigits(3, False), "oh")
    return "oh four nine one five seven oh %s" % digit_words(rdigits(3, False), "oh")


def phone_us_words():
    area, line = pick(AREAS), "01%02d" % R.randint(0, 99)
    z = pick(["oh", "zero"])
    return "%s five five five %s" % (digit_words(area, z), digit_words(line, z))


def year_words(y):
    if y >= 2000:
        if y < 2010:
            return pick(["two thousand " + ONES[y - 2000], "two thousand and " + ONES[y - 2000]]) \
                if y > 2000 else "two thousand"
        return pick(["twenty " + two(y - 2000), "two thousand " + two(y - 2000)])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


def ordinal(d):
    if d in ORD:
        return ORD[d]
    t, o = divmod(d, 10)
    return TENS[t] + " " + ORD[o]


def rdate(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, DAYS_IN[m - 1])
    return y, m, d


def say_date(y, m, d, style=None):
    st = style if style is not None else R.randint(0, 8)
    mn = MONTHS[m - 1]
    if st == 0:
        return "%s %s %s" % (mn, ordinal(d), year_words(y))
    if st == 1:
        return "the %s of %s %s" % (ordinal(d), mn, year_words(y))
    if st == 2:
        return "%s %s %s" % (digit_words("%02d" % m, "oh"), digit_words("%02d" % d, "oh"),
                             year_words(y))
    if st == 3:
        return "%d/%d/%d" % (m, d, y)
    if st == 4:
        return "%s %s, %d" % (mn, d, y)
    if st == 5:
        return "%s %s %s" % (mn, cardinal(d), year_words(y))
    if st == 6:
        return "%s %s %s" % (two(m), two(d), two(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])
    if st == 7:
        return "%02d-%02d-%d" % (m, d, y)
    return "%s of %s %s" % (ordinal(d), mn, year_words(y))


def dob(style=None, age=None):
    y, m, d = rdate(1928, 2006) if age is None else rdate(2025 - age, 2025 - age)
    return say_date(y, m, d, style)


def age_and_dob(style=None):
    n = R.randint(90, 104)
    return age_over(n), dob(style, n)


def visit_date(with_year=None):
    y, m, d = rdate(2023, 2026)
    if with_year is None:
        with_year = chance(0.45)
    if not with_year:
        return pick(["%s %s" % (MONTHS[m - 1], ordinal(d)),
                     "the %s of %s" % (ordinal(d), MONTHS[m - 1]),
                     "%s %s" % (MONTHS[m - 1], cardinal(d))])
    return say_date(y, m, d, pick([0, 1, 3, 4, 5]))


def age_over(n=None):
    n = R.randint(90, 104) if n is None else n
    if n == 100:
        return pick(["a hundred", "one hundred"])
    if n > 100:
        return pick(["a hundred and " + two(n - 100), "one hundred " + two(n - 100),
                     "a hundred " + two(n - 100)])
    if chance(0.15):
        return str(n)
    return two(n)


def house_number():
    st = R.randint(0, 5)
    n = R.randint(2, 9899)
    if st == 0:
        return str(n)
    if st == 1 and n >= 1000 and n % 100 >= 10:
        return two(n // 100) + " " + two(n % 100)
    if st == 2:
        return digit_words(str(n), "oh")
    if st == 3 and n < 1000:
        return cardinal(n)
    if st == 4:
        h = R.randint(1, 9)
        return two(h * 10 + R.randint(0, 9)) + " hundred"
    return digit_words(str(n), "oh")


def street():
    pre = pick(["", "", "", "north ", "south ", "east ", "west ", "old "])
    return pre + pick(STREET_ROOTS) + " " + pick(STREET_SUFFIX)


def unit():
    return pick(["apartment " + two(R.randint(1, 40)) + " " + pick("abcd"),
                 "apartment " + str(R.randint(1, 30)) + pick("abc"),
                 "unit " + cardinal(R.randint(1, 300)), "suite " + cardinal(R.randint(100, 450)),
                 "apt " + digit_words(rdigits(3), "oh"), "number " + two(R.randint(1, 20))])


def address(with_unit=None):
    a = house_number() + " " + street()
    if with_unit or (with_unit is None and chance(0.3)):
        a += " " + unit()
    return a


def po_box():
    return pick(["p o box ", "po box ", "p.o. box "]) + say_number(rdigits(R.randint(3, 4)),
                                                               pick(["words", "pairs"]))


def zipc():
    z = "%05d" % R.randint(1001, 99950)
    st = R.randint(0, 5)
    if st == 0:
        return z
    if st == 1:
        return z + "-" + rdigits(4, False)
    if st == 2:
        return digit_words(z) + " dash " + digit_words(rdigits(4, False))
    return digit_words(z, doubles=chance(0.3))


def town():
    return pick(TOWNS)


def member_id(st=None):
    st = R.randint(0, 5) if st is None else st
    if st == 0:
        s = pick("wxyhmk") + rdigits(9, False)
        return s[0] + " " + say_number(s[1:], pick(["words", "doubles", "pairs"]))
    if st == 1:   # Medicare MBI shape
        A = "acdefghjkmnpqrtuvwxy"
        s = [str(R.randint(1, 9)), pick(A), pick(A + "0123456789"), str(R.randint(0, 9)),
             pick(A), pick(A + "0123456789"), str(R.randint(0, 9)), pick(A), pick(A),
             str(R.randint(0, 9)), str(R.randint(0, 9))]
        return " ".join(("oh" if c == "0" else ONES[int(c)]) if c.isdigit() else c for c in s)
    if st == 2:
        s = "".join(pick("abcdefghjkmnprstuvwxyz") for _ in range(3)) + rdigits(8, False)
        return " ".join(s[:3]) + " " + say_number(s[3:], pick(["words", "pairs"]))
    if st == 3:
        return rdigits(11).upper() if chance(0.3) else pick("ABCHMW") + rdigits(9)
    if st == 4:
        return digit_words(rdigits(9)) + " " + " ".join(pick("abcdefgh") for _ in range(2))
    return say_number(rdigits(10), "doubles")


def mrn():
    st = R.randint(0, 3)
    s = rdigits(R.choice([7, 8, 8, 9]), False)
    if st == 0:
        return s
    if st == 1:
        return "m " + say_number(s, "words")
    return say_number(s, pick(["words", "pairs", "doubles"]))


def account():
    s = rdigits(R.choice([8, 9, 10]))
    if chance(0.2):
        return s
    return say_number(s, pick(["words", "pairs", "doubles", "mixed"]))


def card(prefixes="23456"):
    c = pick([x for x in TEST_CARDS if x[0] in prefixes])
    groups = [c[0:4], c[4:10], c[10:]] if len(c) == 15 else [c[i:i + 4] for i in range(0, 16, 4)]
    st = R.randint(0, 4)
    z = pick(["oh", "zero"])
    if st == 0:
        return " ".join(groups)
    if st == 1:
        return ", ".join(digit_words(g, z) for g in groups)
    if st == 2:
        return " ".join(digit_words(g, z, doubles=True) for g in groups)
    if st == 3:
        return " ".join(pairs(g) for g in groups)
    return "-".join(groups)


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    st = R.randint(0, 4)
    if st == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == 1:
        return "%s, %s, %s" % (digit_words(s[:3]), digit_words(s[3:5]), digit_words(s[5:]))
    if st == 2:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return digit_words(s, doubles=chance(0.5))


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    base = "1" + rdigits(8, False)
    return base + luhn_check("80840" + base)


def dea(surname):
    first_letter = pick("abfgm")
    s = [R.randint(0, 9) for _ in range(6)]
    check = (s[0] + s[2] + s[4] + 2 * (s[1] + s[3] + s[5])) % 10
    return first_letter + " " + surname[0] + " " + digit_words("".join(map(str, s)) + str(check))


def email(name=None):
    f = (name or first()).split()[0]
    l = last().split()[-1]
    dom = pick(EMAIL_DOMAINS)
    st = R.randint(0, 6)
    if st == 0:
        loc = "%s dot %s" % (f, l)
    elif st == 1:
        loc = "%s %s %s" % (f[0], l, two(R.randint(10, 99)))
    elif st == 2:
        loc = "%s underscore %s" % (f, l)
    elif st == 3:
        loc = spell(l) + " " + digit_words(rdigits(2))
    elif st == 4:
        loc = "%s dot %s" % (spell(f), spell(l))
    elif st == 5:
        loc = "%s%s %s" % (f, l, rdigits(2))
    else:
        loc = "%s dash %s" % (f, l)
    return "%s at %s" % (loc, dom)


def fax():
    area, line = pick(AREAS), "01%02d" % R.randint(0, 99)
    return pick(["%s 555 %s" % (area, line), "%s-555-%s" % (area, line),
                 "%s five five five %s" % (digit_words(area), digit_words(line)),
                 "oh one six three two nine six oh %s" % digit_words(rdigits(3, False))])


# ---------------------------------------------------------------------------------------------
# fillers

def um():
    return pick(["um ", "uh ", "", "", "so ", "okay ", "yeah ", "um so ", "uh yeah "])


def opener():
    return pick(["hi ", "hello ", "yeah hi ", "hey there ", "hi good morning ", "", "", "",
                 "hi um ", "yes hello "])


def closer():
    return pick(["", "", "", " thanks", " thank you", " okay", " if that helps",
                 " thanks so much", " please"])


def rel():
    return pick(["my mom", "my dad", "my husband", "my wife", "my son", "my daughter",
                 "my grandmother", "my grandpa", "my brother", "my sister", "my aunt",
                 "my partner", "my father in law", "my mother in law", "my uncle"])


def rel_old_f():
    return pick(["my mom", "my grandmother", "my great aunt", "my mother in law", "my aunt",
                 "my godmother"])


def rel_f():
    return pick(["my mom", "my grandmother", "my wife", "my daughter", "my sister", "my aunt",
                 "my mother in law", "my great aunt", "my stepmom"])


def title():
    return pick(["doctor", "doctor", "dr", "nurse", "nurse practitioner", "mister", "missus",
                 "ms", "miss", "mrs"])


def title_doc():
    return pick(["doctor", "doctor", "dr", "doctor"])


# ---------------------------------------------------------------------------------------------
# templates (each a caller turn); a list so each is used at most a few times

T = []


def t(fn):
    T.append(fn)
    return fn


@t
def t_intro_dob():
    return "%shi this is %s and my date of birth is %s" % (um(), N(full()), L("DOB", dob()))


@t
def t_calling_for_rel():
    return "%syeah i'm calling for %s %s she's %s and she can't hear too well on the phone" % (
        opener(), rel_old_f(), N(full()), L("AGE", age_over()))


@t
def t_spell_last():
    l = last()
    return "it's %s last name %s %s%s" % (N(first()), N(l), N(spell(l)), closer())


@t
def t_spell_hyphen():
    l = pick(pick(LASTS))
    return "last name is %s that's %s" % (N(l), N(spell(l, "-")))


@t
def t_phone_cue():
    return "%smy number is %s%s" % (um(), L("PHONE", phone()), closer())


@t
def t_phone_no_cue():
    return "%s yeah that's the best one to reach me" % L("PHONE", phone())


@t
def t_phone_correction():
    a, line = pick(AREAS), R.randint(0, 98)
    p1 = "%s five five five %s" % (digit_words(a), digit_words("01%02d" % line))
    p2 = "%s five five five %s" % (digit_words(a), digit_words("01%02d" % (line + 1)))
    return "call me back at %s sorry no %s" % (L("PHONE", p1), L("PHONE", p2))


@t
def t_doctor_name():
    return "i was seeing %s %s for my knee but %s said i need a referral" % (
        title_doc(), N(last()), pick(["she", "he", "they"]))


@t
def t_nurse_first():
    return "%s%s the nurse said she'd call me back yesterday and nobody did" % (
        um(), N(first()))


@t
def t_ordinary_names():
    f = pick(WORD_FIRST)
    return "can i talk to %s please %s from the front desk she knows about my claim" % (N(f), N(f))


@t
def t_member_id():
    return "okay my member id is %s" % L("HEALTH_PLAN_ID", member_id())


@t
def t_member_answer():
    return "%s%s" % (um(), L("HEALTH_PLAN_ID", member_id()))


@t
def t_mrn():
    return "they gave me a medical record number it's %s if you need it" % L("MRN", mrn())


@t
def t_mrn_chart():
    return "%sthe chart number on the paper says %s and the visit was %s" % (
        um(), L("MRN", mrn()), L("DATE", visit_date()))


@t
def t_address_full():
    return "%si live at %s in %s %s %s" % (um(), L("ADDRESS", address()), L("LOCATION", town()),
                                          pick(STATES), L("ZIP", zipc()))


@t
def t_address_moved():
    return "we moved so the new address is %s %s and the zip is %s" % (
        L("ADDRESS", address(True)), L("LOCATION", town()), L("ZIP", zipc()))


@t
def t_zip_only():
    return "%s zip code %s" % (pick(["uh the", "yeah", "the", "and the"]), L("ZIP", zipc()))


@t
def t_zip_answer():
    return "%s%s" % (pick(["it's ", "", "um it's ", "that would be "]), L("ZIP", zipc()))


@t
def t_town_answer():
    return "%s %s by the mall" % (pick(["oh we're out in", "i'm over in", "i live up in"]),
                                  L("LOCATION", town()))


@t
def t_pharmacy_town():
    return "can you send it to the pharmacy in %s instead of the one in %s" % (
        L("LOCATION", town()), L("LOCATION", town()))


@t
def t_email_spoken():
    return "my email is %s" % L("EMAIL", email())


@t
def t_email_correction():
    f = first().split()[0]
    l = last().split()[-1]
    e1 = "%s dot %s at example dot com" % (f, l)
    e2 = "%s dot %s at example dot net" % (f, l)
    return "it's %s oh no sorry it's %s" % (L("EMAIL", e1), L("EMAIL", e2))


@t
def t_age_mom():
    return "%s is %s years old and she lives alone i'm %s so i help out" % (
        rel_old_f(), L("AGE", age_over()), two(R.randint(55, 75)))


@t
def t_age_answer():
    return "how old is she um she's %s" % L("AGE", age_over())


@t
def t_ssn():
    return "%sthe social is %s" % (um(), L("SSN", ssn()))


@t
def t_ssn_long():
    return "they asked for my social security number at the front desk it's %s is that really needed" % L(
        "SSN", ssn())


@t
def t_card():
    return "can i pay with card it's a visa %s expiration oh nine twenty eight" % L(
        "CREDIT_CARD", card("4"))


@t
def t_card_nocue():
    return "%s and the security code is four one two" % L("CREDIT_CARD", card())


@t
def t_account():
    return "my account number on the bill is %s and it says i owe two hundred forty dollars" % L(
        "ACCOUNT", account())


@t
def t_account_patient():
    return "%spatient account %s under %s" % (um(), L("ACCOUNT", account()), N(full()))


@t
def t_appt_date():
    return "i had an appointment on %s with %s %s and i need to move the next one" % (
        L("DATE", visit_date()), title_doc(), N(last()))


@t
def t_surgery_date():
    return "the surgery is scheduled for %s at %s can i bring her in the night before" % (
        L("DATE", visit_date(True)), pick(["seven thirty", "six a m", "noon"]))


@t
def t_dob_correction():
    y, m, d = rdate(1935, 2000)
    d2 = d + 1 if d < 28 else d - 1
    return "born %s wait no %s" % (L("DOB", "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))),
                                   L("DOB", "%s %s %s" % (MONTHS[m - 1], ordinal(d2), year_words(y))))


@t
def t_dob_birthday():
    return "%smy birthday is %s" % (um(), L("DOB", dob(pick([0, 1, 5, 8]))))


@t
def t_dob_digits():
    return "d o b %s" % L("DOB", dob(pick([2, 3, 6, 7])))


@t
def t_dob_rel():
    return "%s's date of birth is %s her name is %s" % (rel_f(), L("DOB", dob()), N(full()))


@t
def t_two_people():
    return "this is %s i'm calling with my %s %s we both have appointments" % (
        N(full()), pick(["husband", "wife", "son", "daughter", "brother", "roommate"]), N(first()))


@t
def t_speaking_with():
    return "and who am i speaking with %s okay thanks %s" % (N(first()), N(first()))


@t
def t_title_ordinary():
    return "%s %s is my doctor not %s %s" % (title_doc(), N(pick(WORD_LAST)), title_doc(),
                                             N(pick(WORD_LAST)))


@t
def t_name_spelled_first():
    f = first().split()[0]
    return "first name %s %s and last name %s" % (N(f), N(spell(f)), N(last()))


@t
def t_correction_name():
    return "it's %s sorry i mean %s %s is my maiden name" % (N(last()), N(last()),
                                                           pick(["the first one", "that"]))


@t
def t_refill_dob():
    return "%si need a refill on my lisinopril the name is %s date of birth %s" % (
        opener(), N(full()), L("DOB", dob()))


@t
def t_insurer_switch():
    return "i switched insurance in %s the new member number is %s and the group is %s" % (
        pick(MONTHS), L("HEALTH_PLAN_ID", member_id()), digit_words(rdigits(5)))


@t
def t_medicare():
    return "my medicare number um %s" % L("HEALTH_PLAN_ID", member_id(1))


@t
def t_medicaid_rel():
    return "%s's medicaid id is %s and she is %s" % (rel_old_f(), L("HEALTH_PLAN_ID", member_id()),
                                                 L("AGE", age_over()))


@t
def t_callback_both():
    return "if i don't pick up try %s my %s at %s" % (
        N(first()), pick(["wife", "son", "neighbor", "sister"]), L("PHONE", phone()))


@t
def t_possessive():
    return "i'm %s's %s and i handle all her appointments" % (
        N(first()), pick(["daughter", "son", "caregiver", "niece"]))


@t
def t_long_turn():
    return ("%sso i got a letter saying my claim was denied and it has my old address on it %s "
            "but i've been at %s since %s and i called in %s already and talked to someone named %s") % (
        opener(), L("ADDRESS", address()), L("ADDRESS", address()), pick(["march", "last year", "the spring"]),
        pick(["june", "may", "the summer"]), N(first()))


@t
def t_fax_records():
    return "can you fax my records to %s %s's office the fax is %s" % (
        title_doc(), N(last()), L("FAX", fax()))


@t
def t_fax_pharmacy():
    return "%sthis is %s at the pharmacy our fax number is %s" % (opener(), N(first()), L("FAX", fax()))


@t
def t_npi():
    return "i'm calling from %s %s's office the npi is %s" % (title_doc(), N(last()), L("LICENSE", say_number(npi(), pick(["words", "digits", "pairs"]))))


@t
def t_dea():
    l = last()
    return "prescriber is %s %s dea number %s" % (title_doc(), N(l), L("LICENSE", dea(l.replace(" ", ""))))


@t
def t_email_rel():
    return "send it to %s email %s" % (pick(["my daughter's", "my son's", "my husband's"]), L("EMAIL", email()))


@t
def t_email_spelled():
    l = last().split()[-1]
    e = "%s %s at %s" % (spell(l), digit_words(rdigits(2)), pick(EMAIL_DOMAINS))
    return "email is %s all lower case" % L("EMAIL", e)


@t
def t_verify_all():
    return "%s %s %s" % (N(full()), L("DOB", dob()), L("ZIP", zipc()))


@t
def t_verify_answer():
    return "yes um it's %s and the birthday is %s" % (N(full()), L("DOB", dob()))


@t
def t_smart_format():
    name = first().title() + " " + last().title()
    tel = "(%s) 555-01%02d" % (pick(AREAS), R.randint(0, 99))
    born = "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1940, 2000))
    return "Hi, this is %s. My number is %s and my date of birth is %s." % (
        N(name), L("PHONE", tel), L("DOB", born))


@t
def t_smart_address():
    return "Yes, it's %s, %s, %s %s." % (
        L("ADDRESS", "%d %s %s" % (R.randint(10, 9999), pick(STREET_ROOTS).title(), pick(["St", "Ave", "Rd", "Dr", "Blvd"]))),
        L("LOCATION", town().title()), pick(["OH", "TX", "NJ", "CA", "MI", "IL", "WA"]),
        L("ZIP", "%05d" % R.randint(1001, 99950)))


@t
def t_repeat_words():
    return "my my name is is %s %s" % (N(full()), closer().strip())


@t
def t_relative_named():
    return "%s %s was there at the last visit on %s" % (rel(), N(first()), L("DATE", visit_date()))


@t
def t_caseworker():
    return "my caseworker %s said to call about the home health aide %s she stopped coming" % (
        N(full()), N(first()))


@t
def t_ordinary_surname_title():
    return "%s %s and %s %s are both on the care team" % (
        title(), N(pick(WORD_LAST)), title(), N(pick(WORD_LAST)))


@t
def t_name_end():
    return "okay and the appointment was under %s" % N(full())


@t
def t_lookup_by():
    return "%scan you look me up by phone %s or by name %s" % (um(), L("PHONE", phone()), N(last()))


@t
def t_date_billing():
    return "i was charged twice for the visit on %s and again on %s" % (
        L("DATE", visit_date(True)), L("DATE", visit_date(True)))


@t
def t_discharge():
    return "%s was discharged from the hospital %s and they said follow up in two weeks" % (
        rel(), L("DATE", visit_date()))


@t
def t_born_year_only():
    a, b = age_and_dob(pick([0, 1, 4]))
    return "she's %s born %s" % (L("AGE", a), L("DOB", b))


@t
def t_age_and_young():
    return "%s is %s and his wife is %s they both need the flu shot" % (
        pick(["my grandfather", "my great uncle", "our neighbor"]), L("AGE", age_over()), two(R.randint(70, 89)))


@t
def t_mrn_patient_id():
    return "patient id %s for %s" % (L("MRN", mrn()), N(full()))


@t
def t_two_phones():
    return "home is %s and cell is %s" % (L("PHONE", phone()), L("PHONE", phone()))


@t
def t_uk_phone():
    return "i'm actually visiting from england so the number is %s" % L(
        "PHONE", pick(["oh seven seven oh oh nine oh oh " + digit_words(rdigits(3, False)),
                       "07700 900" + rdigits(3, False), "plus four four seven seven oh oh nine oh oh " + digit_words(rdigits(3, False))]))


@t
def t_au_phone():
    return "my sister %s in %s her mobile is %s" % (
        N(first()), pick(["sydney", "perth", "brisbane", "adelaide"]),
        L("PHONE", pick(["oh four nine one five seven oh " + digit_words(rdigits(3, False)),
                         "0491 570 " + rdigits(3, False)])))


@t
def t_po_box():
    return "mail goes to %s in %s not the house" % (L("ADDRESS", po_box()), L("LOCATION", town()))


@t
def t_address_correction():
    n = R.randint(100, 989)
    s = street()
    return "%s wait no %s" % (L("ADDRESS", cardinal(n) + " " + s), L("ADDRESS", cardinal(n + 10) + " " + s))


@t
def t_county():
    return "we're in %s county so i'm not sure which clinic covers us" % L("LOCATION", pick(
        ["kent", "marion", "orange", "washtenaw", "king", "hamilton", "fairfax", "travis", "cuyahoga"]))


@t
def t_staff_named():
    return "%s at the desk gave me the wrong time and then %s %s had to squeeze me in" % (
        N(first()), title_doc(), N(last()))


@t
def t_insurance_holder():
    return "the policy holder is %s %s and the policy number is %s" % (
        rel(), N(full()), L("HEALTH_PLAN_ID", member_id()))


@t
def t_name_particle():
    return "last name is %s two words %s" % (N(pick(["de la cruz", "van der berg", "dos santos", "de souza", "bin rashid", "le blanc", "st pierre", "abu bakr", "mac giolla", "o sullivan"])), pick(["no dash", "with a space", "lowercase d"]))


@t
def t_card_correction():
    c = pick(TEST_CARDS[:4])
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    return "card number %s sorry let me start over %s" % (
        L("CREDIT_CARD", " ".join(digit_words(x) for x in g[:4])), L("CREDIT_CARD", " ".join(g)))


@t
def t_ssn_last_four_and_full():
    s = ssn()
    return "i can give you the last four it's %s or the whole thing %s" % (
        digit_words(rdigits(4, False)), L("SSN", s))


@t
def t_date_after():
    return "%sthe lab drew blood on %s and i still don't have results" % (um(), L("DATE", visit_date(True)))


@t
def t_email_and_phone():
    return "best way is email %s or text %s" % (L("EMAIL", email()), L("PHONE", phone()))


@t
def t_prescription_for():
    return "the prescription is for %s not me i'm just picking it up her birthday is %s" % (
        N(full()), L("DOB", dob()))


@t
def t_answer_first_name():
    return "%s%s" % (pick(["first name ", "it's ", "uh ", ""]), N(first()))


@t
def t_answer_last():
    return "%s %s" % (N(last()), pick(["yeah", "that's right", "correct", "mm hmm"]))


@t
def t_interpreter():
    return "i need an interpreter for %s she speaks %s her name is %s" % (
        pick(["my mother", "my grandmother", "my aunt"]), pick(["tagalog", "somali", "vietnamese", "portuguese", "arabic"]), N(full()))


@t
def t_deceased():
    return "i'm calling because %s passed away on %s and we need to cancel his appointments his name was %s" % (
        pick(["my father", "my husband", "my brother"]), L("DATE", visit_date(True)), N(full()))


@t
def t_transport():
    return "the ride should pick me up at %s in %s on %s" % (
        L("ADDRESS", address()), L("LOCATION", town()), L("DATE", visit_date(False)))


@t
def t_home_visit():
    return "the home nurse %s comes tuesdays to %s that's my mom's place" % (N(first()), L("ADDRESS", address(True)))


@t
def t_billing_card_name():
    return "the name on the card is %s and the card is %s" % (N(full()), L("CREDIT_CARD", card()))


@t
def t_account_and_zip():
    return "account %s billing zip %s" % (L("ACCOUNT", account()), L("ZIP", zipc()))


@t
def t_mrn_correction():
    m = rdigits(8, False)
    m2 = m[:-1] + str((int(m[-1]) + 3) % 10)
    return "the mrn is %s no sorry %s" % (L("MRN", digit_words(m, "oh")), L("MRN", digit_words(m2, "oh")))


@t
def t_name_mid_long():
    return ("%sso last week i came in with the rash and %s %s looked at it and said it was fine "
            "but now it's spreading and my husband %s thinks i should go to urgent care") % (
        opener(), title_doc(), N(last()), N(first()))


@t
def t_spelled_as_in():
    l = last()
    return "%sit's %s i'll spell it %s" % (um(), N(l), N(spell(l)))


@t
def t_voicemail_for():
    return "can you leave a message for %s %s to call %s back at %s" % (
        title(), N(last()), N(first()), L("PHONE", phone()))


@t
def t_dob_age_mix():
    a, b = age_and_dob(pick([0, 2, 4]))
    return "she's %s date of birth %s" % (L("AGE", a), L("DOB", b))


@t
def t_hyphen_name():
    double = first() + " " + pick(pick(LASTS)) + " " + pick(pick(LASTS))
    return "on the insurance it's %s but at the clinic it's just %s" % (N(double), N(first()))


@t
def t_work_number():
    return "work number is %s" % L("PHONE", phone_us_words() + " extension "
                                   + digit_words(rdigits(3)))


@t
def t_emergency_contact():
    return "emergency contact is %s %s %s" % (rel(), N(full()), L("PHONE", phone()))


@t
def t_oldest_patient():
    return "%s will be %s next month and %s wants to know if we can do the party in the lobby" % (
        pick(["grandma", "nana", "my great grandmother"]), L("AGE", age_over()), N(first()))


@t
def t_move_town():
    return "i moved from %s to %s in %s and need a new primary" % (
        L("LOCATION", town()), L("LOCATION", town()), pick(MONTHS))


@t
def t_zip_correction():
    z = "%05d" % R.randint(10000, 99900)
    z2 = z[:-1] + str((int(z[-1]) + 1) % 10)
    return "zip is %s no %s" % (L("ZIP", digit_words(z)), L("ZIP", digit_words(z2)))


@t
def t_new_patient():
    return ("%si'm a new patient my name is %s i was born %s and i live in %s"
            % (opener(), N(full()), L("DOB", dob()), L("LOCATION", town())))


@t
def t_family_list():
    return "it's for my kids %s, %s and %s they all need sports physicals before %s" % (
        N(first()), N(first()), N(first()), pick(MONTHS))


@t
def t_transfer_to():
    return "can you transfer me to %s in billing or %s whoever's there today" % (
        N(first()), N(first()))


@t
def t_misheard_doc():
    a, b = last(), last()
    return "no i said doctor %s not doctor %s you guys always mix them up" % (N(a), N(b))


@t
def t_referred_by():
    return "%s referred me she's my neighbor and she sees %s %s too" % (
        N(full()), title_doc(), N(last()))


@t
def t_like_filler():
    return "um like my name is like %s and like i just need the forms for %s" % (
        N(full()), pick(["work", "school", "the gym", "disability"]))


@t
def t_nickname():
    return "it's %s on the chart but everyone calls me %s" % (N(full()), N(pick(WORD_FIRST)))


@t
def t_spouse_same_doc():
    return "my %s %s and i both see %s %s so can we get back to back slots" % (
        pick(["wife", "husband", "partner"]), N(first()), title(), N(last()))


@t
def t_pharmacist_named():
    p = first()
    return "the pharmacist %s said the insurance rejected it can i talk to %s again" % (N(p), N(p))


@t
def t_sign_off():
    return "okay perfect thank you %s have a good one" % N(first())


@t
def t_pickup_person():
    return "my neighbor %s is gonna pick up my prescription is that okay %s" % (
        N(full()), pick(["", "i'm stuck at home", "she has my card"]))


@t
def t_voicemail_from():
    return "%si got a voicemail from someone named %s about my results" % (um(), N(full()))


@t
def t_hope_name():
    n = pick(["hope", "faith", "joy", "grace"])
    return "hi this is %s i %s you can help me with a bill" % (N(n + " " + last()),
                                                               pick(["hope", "really hope"]))


@t
def t_will_name():
    return "yeah %s will call you back he's my son he handles my insurance" % N(
        pick(["will", "bill", "mark", "grant", "chase"]))


@t
def t_page_paged():
    return "%s %s paged me last night and said to call first thing" % (
        pick(["doctor", "doctor", "nurse"]), N(pick(["page", "bell", "hunter", "king", "rose"])))


@t
def t_mark_marked():
    n = pick(["mark", "bill", "june", "may"])
    return "%s at the front said to %s and now it's showing up again" % (
        N(n), pick(["mark it as paid", "just ignore the bill", "wait till june", "call back in may"]))


@t
def t_junior():
    return "%s junior not senior my dad has the same name and same doctor" % N(full())


@t
def t_daughter_on_line():
    return "my name yeah it's %s and my daughter %s is on the line too she helps me" % (
        N(first()), N(first()))


@t
def t_misheard_word():
    return ("i'm calling about my perception i mean prescription from doctor %s it's under %s"
            % (N(last()), N(full())))


@t
def t_phone_dash_correction():
    a = pick(AREAS)
    return "it's %s — sorry, %s" % (
        L("PHONE", "%s five five five oh one %s" % (digit_words(a), digit_words(rdigits(2, False)))),
        L("PHONE", "%s five five five oh one %s" % (digit_words(a), digit_words(rdigits(2, False)))))


@t
def t_born_like():
    return "i was born on like %s or wait that's my brother's no mine is %s" % (
        L("DOB", dob(pick([0, 4, 5]))), L("DOB", dob(pick([0, 1, 5]))))


@t
def t_doctor_spelled():
    l = last()
    return "the doctor is doctor %s %s like i'm not sure how you say it" % (N(l), N(spell(l, "-")))


@t
def t_grandkid_ages():
    return "my granddaughter %s and her great grandma who is %s are coming in together" % (
        N(first()), L("AGE", age_over()))


@t
def t_email_portal():
    return "%si can't log into the portal the username is my email %s and it keeps saying locked" % (
        um(), L("EMAIL", email()))


@t
def t_account_autopay():
    return "can you set up autopay on account %s with the card ending in %s" % (
        L("ACCOUNT", account()), digit_words(rdigits(4, False)))


@t
def t_vaccine_dates():
    y, m, d = rdate(2023, 2025)
    m2 = m + R.randint(1, 3)
    y2, m2 = (y + 1, m2 - 12) if m2 > 12 else (y, m2)
    return "i got the second shot on %s and the first one was %s i think" % (
        L("DATE", say_date(y2, m2, R.randint(1, 28), pick([0, 1, 4]))),
        L("DATE", say_date(y, m, d, pick([0, 3, 5]))))


@t
def t_injury_date():
    return "%si fell at work on %s so it's a workers comp thing not my regular insurance" % (
        um(), L("DATE", visit_date()))


@t
def t_hsa_account():
    return "the h s a account number is %s and the routing is %s" % (
        L("ACCOUNT", account()), digit_words("0" + rdigits(8)))


@t
def t_ssn_dependent():
    return "her social is %s and she's on my plan as a dependent" % L("SSN", ssn())


@t
def t_email_then_spell():
    l = last().split()[-1]
    e = "%s dot %s at %s" % (first().split()[0][0], l, pick(EMAIL_DOMAINS))
    return "that's %s %s" % (L("EMAIL", e), N(spell(l)))


@t
def t_wristband():
    return "the number on %s wristband from the er is %s" % (pick(["her", "his", "my"]),
                                                            L("MRN", mrn()))


@t
def t_mastercard_name():
    return "it's a mastercard %s and the name on it is %s" % (L("CREDIT_CARD", card("25")),
                                                              N(full()))


# ---------------------------------------------------------------------------------------------
# PHI-free turns: name-like words in ordinary use, numbers that are no PHI, clinic vocabulary

FREE = [
    "will you be able to bill my insurance directly or do i pay up front",
    "may i ask if the grant program still covers the hearing aids",
    "yeah the bill says i owe for june but i paid it in may",
    "i hope so because the rose bush sting got infected on my hand",
    "can you mark it as urgent please my ankle is really swollen",
    "um i take metformin five hundred milligrams twice a day and the generic lipitor",
    "my blood pressure this morning was one forty two over ninety one",
    "the pharmacy on the summit closes at nine so i'll go tomorrow",
    "is the sterling silver earring thing an allergy they asked about nickel",
    "i was told to eat brown rice and less salt after the kidney visit",
    "i'm calling about the faith based counseling program is it still on wednesdays",
    "born in nineteen sixty one if that helps find the right form",
    "she's eighty nine and still drives to every appointment herself",
    "i only have the last four of the card it ends in four four two one",
    "room four twelve on the third floor right by the elevators",
    "the group number on the card is seven seven eight oh one",
    "uh what's the copay for a specialist is it forty or sixty dollars",
    "my appointment is next tuesday at two thirty can i move it to friday",
    "i'll be out of town the week of the fourth so any day after that",
    "he has a rash on his left arm and his chest since sunday",
    "do you take blue cross or is it only aetna now",
    "the county gave me a grant for the walker so will that change my copay",
    "we went to saint mary's emergency room and they said it's a sprain",
    "i'm in ohio so can the doctor still do the video visit",
    "the reference code on the letter is z eighty eight point two",
    "can you call nine one one no sorry i mean is this the nurse line",
    "it's been like ten days and the swelling in my knee hasn't gone down",
    "i need to reschedule my mammogram it was supposed to be in april",
    "my a one c was seven point two last time is that okay",
    "does the clinic open at eight or eight thirty on saturdays",
    "the bill for the x ray was three hundred twelve dollars and eighteen cents",
    "uh the routing number is on the check but i'd rather pay online",
    "will the pharmacist know if amoxicillin is safe with my warfarin",
    "i'd like to give my honest and frank opinion about the visit if there's a survey",
    "sorry my dog is barking um can you repeat the last part about the fasting",
    "the doctor said take two tablets every six hours for the first three days",
    "is the hope ward the one for cancer patients or is that the summit building",
]

# ---------------------------------------------------------------------------------------------
# validation and output

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL",
         "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "LICENSE"}
CUES = {"my", "number", "is", "the", "dr", "doctor", "nurse", "mister", "ms", "mrs", "missus",
        "miss", "dob", "born", "zip", "code", "email", "fax", "phone", "id", "mrn", "account",
        "social", "card", "name", "date", "birth", "at", "it's", "that's", "and", "of"}


def validate(rows):
    ids = set()
    for rid, text in rows:
        assert rid not in ids, rid
        ids.add(rid)
        assert "\t" not in text and "\n" not in text, rid
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, rid
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, (rid, kind)
            assert val and val == val.strip(), (rid, val)
            assert val[-1] not in ",;:!?." and val[0] not in ",;:!?.", (rid, val)
            words = val.lower().split()
            if kind in ("NAME", "LOCATION"):
                assert words[0] not in CUES and words[-1] not in CUES, (rid, val)
            assert not val.endswith("'s") and not val.endswith("s'"), (rid, val) if kind == "NAME" else True
            assert "  " not in val, (rid, val)
        assert "  " not in text, (rid, text)


def main():
    df, outdir = sys.argv[1], sys.argv[2]
    firsts, lasts = load_names(df)
    FIRSTS.extend(firsts)
    LASTS.extend(lasts)
    n_phi = N_LINES - N_FREE
    order = []
    while len(order) < n_phi:
        batch = T[:]
        R.shuffle(batch)
        order += batch
    order = order[:n_phi]
    lines = [fn() for fn in order]
    free = FREE[:]
    R.shuffle(free)
    lines += free[:N_FREE]
    R.shuffle(lines)
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in lines]
    rows = [("vh9-%03d" % (i + 1), ln) for i, ln in enumerate(lines)]
    validate(rows)
    header = ("# %s: generated by %s (seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; "
              "locales %s) and romanised names, ordinary-word names, streets and towns written "
              "for Masker; caller turns to clinic, pharmacy and insurer voice agents, all PHI "
              "kinds labelled; held out, scored once; every value invented.") % (
        OUT_NAME, SCRIPT, SEED, " ".join(LOCALES))
    with open(os.path.join(outdir, OUT_NAME), "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for rid, text in rows:
            f.write("%s\t%s\n" % (rid, text))
    counts = {}
    for _, text in rows:
        for kind, _ in LABEL.findall(text):
            counts[kind] = counts.get(kind, 0) + 1
    free_n = sum(1 for _, text in rows if "[[" not in text)
    print("lines", len(rows), "without PHI", free_n, "templates", len(T), "labels", counts,
          "total", sum(counts.values()), file=sys.stderr)


if __name__ == "__main__":
    main()
