#!/usr/bin/env python3
"""Eighth held-out evaluation set for Masker: voice-call turns with every PHI kind labelled.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
80801). Turns of callers and agents of clinics, pharmacies, insurers, home care, labs, dental
offices and hospices as a speech-to-text engine writes them: mostly lower case with little
punctuation, some with "smart formatting"; fillers, false starts, repeated words, corrections,
numbers said in many ways, spelled names and e-mails. Labels follow docs/evaluation-corpus.md.

Names: first names and surnames of Datafaker 2.7.0's locale files (Apache-2.0), combined at
random, plus romanised names, ordinary-word names, particles and rare surnames written for
Masker. Every value is invented: phones from the fiction ranges (North America 555-01xx, UK
07700 900xxx, Australia 0491 570 xxx), e-mails at example.com/.org/.net, card numbers from
the card networks' published test numbers (Luhn-valid), SSNs in unremarkable ranges, NPI and
DEA numbers with a correct check digit, random record, member and account numbers.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout8_voice.py /tmp/df \\
        masker-domain/src/test/resources/dev/masker/domain/masking/eval
"""
import os
import random
import re
import sys
import unicodedata

SEED = 80801
OUT_NAME = "voice-holdout8.tsv"
PREFIX = "vh8-"

LOCALES = ["pl", "tr", "de", "fr", "es", "it", "pt-BR", "nl", "sv", "nb-NO", "fi-FI", "da-DK",
           "hu", "cs-CZ", "ro-MD", "hr", "et", "lv", "sq", "id-ID", "vi", "en-NG", "en-IN",
           "en-PK", "en-PH", "es-MX", "ca", "uz", "en-ZA", "en-IE", "en-NEP", "es-AR"]

# romanised names of languages Datafaker lacks or writes in another script (written for Masker)
HAND_NAMES = {
    "ja": (["haruto", "yui", "sota", "aoi", "kenji", "michiko", "ren", "sakura", "daiki", "emi"],
           ["takeda", "nakamura", "hoshino", "kurosawa", "ogawa", "fujimoto", "matsuda", "ishikawa"]),
    "ko": (["jiwoo", "minjun", "seoyeon", "hyejin", "dongha", "eunji", "taeyang"],
           ["park", "choi", "jang", "hwang", "seo", "baek", "yoon"]),
    "zh": (["wei", "xiaoling", "jun", "meihua", "haoran", "lan", "zhiwei"],
           ["zhang", "liu", "huang", "xu", "guo", "zhou", "lin"]),
    "ar": (["khalid", "fatima", "yousef", "layla", "omar", "noura", "tariq", "samira"],
           ["haddad", "al mansouri", "nasser", "khoury", "al amin", "saleh", "darwish"]),
    "el": (["eleni", "giorgos", "dimitra", "nikos", "katerina", "stavros"],
           ["papadopoulou", "karagiannis", "antonopoulos", "vlachou", "stavridis"]),
    "ru": (["dmitri", "oksana", "svetlana", "yuri", "anastasia", "bogdan", "ludmila"],
           ["volkov", "kovalenko", "shevchenko", "sokolova", "morozov", "bondarenko"]),
    "he": (["noa", "yossi", "tamar", "eitan", "shira", "avi"],
           ["ben david", "mizrahi", "peretz", "shapira", "azoulay"]),
    "fa": (["shirin", "dariush", "parisa", "kourosh", "nasrin", "babak"],
           ["tehrani", "rahimi", "moradi", "farahani", "jafari"]),
    "th": (["somchai", "malee", "anong", "kittisak", "ploy"],
           ["wongsawat", "srisuk", "chaiyaporn", "thongchai"]),
    "am": (["tigist", "abebe", "selam", "dawit", "meron", "yonas"],
           ["bekele", "tesfaye", "haile", "girma", "alemu"]),
    "yo": (["adebayo", "folake", "oluwaseun", "temitope", "bisi"],
           ["ogunleye", "adeyemi", "oyelaran", "balogun", "akinola"]),
    "sw": (["amani", "zawadi", "baraka", "neema", "juma"],
           ["mwangi", "otieno", "wanjiru", "kamau", "achieng"]),
    "ka": (["nino", "giorgi", "tamuna", "levan"], ["beridze", "kapanadze", "lomidze", "gelashvili"]),
    "hy": (["aram", "anahit", "hayk", "lusine"], ["petrosyan", "hakobyan", "sargsyan", "grigoryan"]),
    "so": (["hodan", "abdirahman", "faduma", "liban"], ["warsame", "farah", "abdi", "hirsi"]),
    "sm": (["sione", "mele", "tavita", "losa"], ["tuilagi", "faleolo", "leota", "sapolu"]),
    "haw": (["kalani", "makana", "leilani"], ["kahale", "keakealani", "akana"]),
}

# ordinary English words that are also names (used as names where labelled)
WORD_FIRST = ["will", "june", "hope", "faith", "grace", "rose", "mark", "bill", "may", "april",
              "summer", "joy", "dawn", "iris", "ivy", "ruby", "pearl", "hunter", "chase", "grant",
              "frank", "sunny", "destiny", "crystal", "amber", "sky", "autumn", "august"]
WORD_LAST = ["baker", "rice", "mills", "stone", "fox", "bell", "wolf", "hill", "marsh", "frost",
             "lamb", "pike", "heron", "hardy", "sharp", "best", "young", "king", "church", "law",
             "bird", "cotton", "snow", "banks", "brook", "wren", "carver", "cook", "hale", "moss"]
RARE_LAST = ["quarshie", "abernethy", "tolliver", "przybylski", "oyelaran", "vanterpool",
             "szczepanik", "haverkamp", "mbeki-ross", "lindqvist", "okonkwo", "achterberg",
             "ferreira-lobo", "brzezinski", "yuzbasioglu", "kallistratos", "deverell", "thorsby"]
PARTICLES = ["van der", "van", "de la", "de", "dos", "da", "di", "del", "ter", "von", "bin",
             "al", "le", "o", "mac", "ten", "du"]

CLINICS = ["the clinic", "family medicine", "the dental office", "the pharmacy", "the lab",
           "home health", "hospice", "the cardiology office", "billing", "the front desk",
           "the eye center", "pediatrics", "radiology scheduling", "the wound clinic"]
STREETS = ["maple", "cedar", "linden", "harbor view", "old mill", "juniper", "quarry",
           "willow bend", "sycamore", "kingsbury", "alder", "bluebonnet", "magnolia", "cottonwood",
           "larkspur", "tamarack", "pemberton", "whitfield", "ashgrove", "prospect", "orchard",
           "saint agnes", "foxglove", "birchwood", "laurel canyon", "ridgecrest", "mulberry"]
STYPES = ["street", "avenue", "road", "drive", "lane", "court", "boulevard", "way", "place",
          "terrace", "circle", "parkway", "trail"]
TOWNS = ["fresno", "tacoma", "bakersfield", "scranton", "dearborn", "yonkers", "hialeah",
         "flushing", "east harlem", "the bronx", "cicero", "el paso", "tempe", "fort wayne",
         "marin county", "cook county", "brookline", "lowell", "chula vista", "pawtucket",
         "kenosha", "duluth", "spokane", "waco", "gresham", "santa rosa", "bayonne", "west covina",
         "harris county", "jamaica plain", "germantown", "pico rivera", "st paul", "hamtramck",
         "lake charles", "round rock", "passaic", "midland", "sandy springs", "boise"]
TOWNS_ABROAD = {"uk": ["manchester", "leeds", "bristol", "croydon", "salford"],
                "au": ["parramatta", "geelong", "fremantle", "toowoomba", "ballarat"]}
STATES = ["california", "texas", "new york", "ohio", "illinois", "arizona", "washington",
          "massachusetts", "michigan", "florida", "oregon", "new jersey"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
AREA = ["415", "312", "617", "206", "213", "718", "512", "602", "303", "919", "704", "414",
        "801", "971", "510", "248", "347", "469"]

# published card-network test numbers (all Luhn-valid)
TEST_CARDS = ["4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
              "3530111333300000", "4242424242424242", "2223003122003222", "5200828282828210"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}

FOLD = {"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "þ": "th", "ð": "d",
        "œ": "oe", "‘": "", "’": "", "ʻ": ""}

r = random.Random(SEED)


# ---------------------------------------------------------------- names

def load_names(path):
    out = {"first": [], "last": [], "m": [], "f": []}
    lines = open(path, encoding="utf-8").read().split("\n")
    key_re = re.compile(r"^(\s*)((?:male_|female_)?(first|last)_name):\s*(.*)$")
    i = 0
    while i < len(lines):
        m = key_re.match(lines[i])
        if not m:
            i += 1
            continue
        ind, kind, rest, items = len(m.group(1)), m.group(3), m.group(4).strip(), []
        gender = {"male_first_name": "m", "female_first_name": "f"}.get(m.group(2))
        if rest.startswith("["):
            buf = rest
            while "]" not in buf:
                i += 1
                buf += " " + lines[i].strip()
            items = buf[buf.index("[") + 1:buf.rindex("]")].split(",")
        elif rest == "":
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("- ") \
                    and len(lines[j]) - len(lines[j].lstrip()) >= ind:
                items.append(lines[j].strip()[2:])
                j += 1
            i = j - 1
        i += 1
        for it in items:
            it = it.strip().strip("\"'").strip()
            if it and "#{" not in it:
                out[kind].append(it)
                if gender:
                    out[gender].append(it)
    return out


def fold(s):
    s = s.lower()
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


POOLS = {}
GENDERED = {}


def build_pools(df):
    for loc in LOCALES:
        d = load_names(os.path.join(df, loc + ".yml"))
        first, last = d["first"], d["last"]
        if loc == "vi":  # vi.yml keeps family names under first_name
            first, last = last, first
        ok = lambda w: re.fullmatch(r"[a-z]+( [a-z]+)?", w) and 2 <= len(w) <= 16
        f = sorted({fold(x) for x in first if ok(fold(x))})
        l_ = sorted({fold(x) for x in last if ok(fold(x))})
        if f and l_:
            POOLS[loc] = (f, l_)
            gm = sorted({fold(x) for x in d["m"] if ok(fold(x))})
            gf = sorted({fold(x) for x in d["f"] if ok(fold(x))})
            if gm and gf and loc != "vi":
                GENDERED[loc] = {"m": gm, "f": gf}
    for loc, (f, l_) in HAND_NAMES.items():
        POOLS["hand-" + loc] = (f, l_)


def pick_loc():
    keys = sorted(POOLS)
    return r.choice(keys)


def first(loc=None):
    return r.choice(POOLS[loc or pick_loc()][0])


def first_g(g):
    loc = r.choice(sorted(GENDERED))
    return r.choice(GENDERED[loc][g])


def full_g(g):
    return first_g(g) + " " + (last() if r.random() < 0.85 else r.choice(WORD_LAST))


def last(loc=None):
    return r.choice(POOLS[loc or pick_loc()][1])


def full():
    loc = pick_loc()
    x = r.random()
    if x < 0.08:
        return first(loc) + " " + last(loc) + "-" + last()
    if x < 0.14:
        return particle_name()
    if x < 0.20:
        return first(loc) + " " + r.choice(WORD_LAST)
    return first(loc) + " " + last(loc)


PARTICLE_LOC = [("van der", "nl"), ("van", "nl"), ("ter", "nl"), ("ten", "nl"), ("de la", "es-MX"),
                ("del", "es"), ("de", "es-AR"), ("dos", "pt-BR"), ("da", "pt-BR"), ("di", "it"),
                ("von", "de"), ("bin", "hand-ar"), ("al", "hand-ar"), ("le", "fr"), ("du", "fr"),
                ("o", "en-IE"), ("mac", "en-IE")]


def particle_name(loc_first=True):
    p, loc = r.choice(PARTICLE_LOC)
    sur = last(loc)
    if loc == "en-IE":
        sur = r.choice(["connell", "sullivan", "donnell", "leary", "dowd", "hare", "kane", "rourke"]) \
            if p == "o" else r.choice(["donagh", "lennan", "kinnon", "aulay", "intyre"])
    if loc == "hand-ar":
        sur = r.choice(["rashid", "hassan", "yusof", "farouk", "qasimi", "haddad"])
    return (first(loc) + " " if loc_first else "") + p + " " + sur


def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def lab(kind, v):
    return "[[%s|%s]]" % (kind, v)


def N(v=None):
    return lab("NAME", v or full())


def spell(w):
    return " ".join(c for c in w if c != " ")


# ---------------------------------------------------------------- numbers

def two(n, oh=True):
    if n < 10:
        return ("oh " if oh else "") + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def card(n):  # cardinal < 10000
    if n < 100:
        return two(n, oh=False)
    if n < 1000:
        h, rest = divmod(n, 100)
        x = r.random()
        if rest == 0:
            return ONES[h] + " hundred"
        if x < 0.4:
            return ONES[h] + " hundred " + ("and " if r.random() < .3 else "") + two(rest, oh=False)
        return ONES[h] + " " + two(rest)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return two(hi) + " hundred"
    return two(hi, oh=False) + " " + two(lo)


def zero_word():
    return r.choice(["oh", "oh", "zero"])


def digits(s, style=None, z=None):
    """speak a digit string; style single|double|pairs"""
    z = z or zero_word()
    style = style or r.choice(["single", "single", "double", "pairs"])
    words, i = [], 0
    while i < len(s):
        c = s[i]
        if style == "double" and i + 1 < len(s) and s[i + 1] == c:
            if i + 2 < len(s) and s[i + 2] == c and r.random() < 0.5:
                words.append("triple " + (z if c == "0" else ONES[int(c)]))
                i += 3
                continue
            words.append("double " + (z if c == "0" else ONES[int(c)]))
            i += 2
            continue
        if style == "pairs" and i + 1 < len(s) and s[i] != "0":
            words.append(two(int(s[i:i + 2]), oh=False))
            i += 2
            continue
        words.append(z if c == "0" else ONES[int(c)])
        i += 1
    return " ".join(words)


def year_words(y):
    if y == 2000:
        return "two thousand"
    if 2000 < y < 2010:
        return r.choice(["two thousand ", "two thousand and "]) + ONES[y - 2000]
    if 2010 <= y < 2100 and r.random() < 0.3:
        return "two thousand " + two(y - 2000, oh=False)
    return two(y // 100, oh=False) + " " + two(y % 100)


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


# ---------------------------------------------------------------- values

def phone_digits():
    return r.choice(AREA) + "5550" + "1" + "%02d" % r.randint(0, 99)


def phone(smart=False, ext=False):
    d = phone_digits()
    a, b, c = d[:3], d[3:6], d[6:]
    if smart:
        v = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"]) % (a, b, c)
        if ext:
            v += r.choice([" ext. ", " x", " extension "]) + str(r.randint(100, 499))
        return v
    z = zero_word()
    x = r.random()
    if x < 0.3:
        v = digits(d, "single", z)
    elif x < 0.55:
        v = digits(a, "single", z) + ", " + digits(b, "double", z) + ", " + digits(c, "single", z)
    elif x < 0.75:
        v = digits(a, "single", z) + " " + digits(b, "single", z) + " " + z + " one " + \
            two(int(c[2:]), oh=True)
    elif x < 0.9:
        v = digits(a, "single", z) + " " + r.choice(["triple five", "five five five", "double five five"]) + \
            " " + digits(c, r.choice(["single", "double"]), z)
    else:
        v = digits(a, "single", z) + ". " + digits(b, "single", z) + ". " + digits(c, "single", z)
    if ext:
        v += " extension " + digits(str(r.randint(100, 499)), "single", z)
    return v


def phone_uk(smart=False):
    tail = "%03d" % r.randint(0, 999)
    if smart:
        return r.choice(["07700 900%s", "+44 7700 900%s"]) % tail
    return "oh seven seven oh oh " + r.choice(["nine oh oh", "nine double oh"]) + " " + digits(tail, "single")


def phone_au(smart=False):
    tail = "%03d" % r.randint(0, 999)
    if smart:
        return "0491 570 " + tail
    return "oh four nine one " + r.choice(["five seven oh", "five seven zero"]) + " " + digits(tail, "single")


def rand_date(y0, y1):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def ordw(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def date_sp(y, m, d, with_year=True, smart=False):
    mn = MONTHS[m - 1]
    if smart:
        return r.choice(["%s %d, %d" % (cap(mn), d, y), "%02d/%02d/%d" % (m, d, y),
                         "%d/%d/%d" % (m, d, y), "%s %d%s %d" % (cap(mn), d, sfx(d), y)]) \
            if with_year else r.choice(["%s %d" % (cap(mn), d), "%s %d%s" % (cap(mn), d, sfx(d)),
                                        "%d/%d" % (m, d)])
    yw = year_words(y)
    if r.random() < 0.25 and y < 2000:
        yw = two(y % 100)
    x = r.random()
    if not with_year:
        return r.choice(["%s %s" % (mn, ordw(d)), "the %s of %s" % (ordw(d), mn),
                         "%s the %s" % (mn, ordw(d))])
    if x < 0.35:
        return "%s %s %s" % (mn, ordw(d), yw)
    if x < 0.55:
        return "the %s of %s %s" % (ordw(d), mn, yw)
    if x < 0.7:
        return "%s %s %s" % (two(m, oh=False), two(d, oh=False), yw)
    if x < 0.82:
        return "%s %s %s" % (two(m), two(d), yw)
    if x < 0.92:
        return "%s the %s %s" % (mn, ordw(d), yw)
    return "%s %s, %s" % (mn, two(d, oh=False), yw)


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def dob(smart=False, y0=1926, y1=2004):
    y, m, d = rand_date(y0, y1)
    return date_sp(y, m, d, True, smart)


def date(smart=False, with_year=None):
    y, m, d = rand_date(2019, 2026)
    if with_year is None:
        with_year = r.random() < 0.4
    if r.random() < 0.12 and not smart:
        return "%s %s" % (MONTHS[m - 1], r.choice(["", "of "]) + year_words(y))
    if r.random() < 0.1 and smart:
        return "%s %d" % (cap(MONTHS[m - 1]), y)
    return date_sp(y, m, d, with_year, smart)


def age(smart=False, n=None):
    n = n or r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103])
    if smart:
        return str(n)
    if n >= 100:
        return r.choice(["a hundred", "one hundred"]) + ("" if n == 100 else r.choice([" and ", " "]) + ONES[n - 100])
    return two(n, oh=False).replace(" ", r.choice([" ", " ", "-"]))


def address(smart=False):
    num = r.choice([r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(10000, 29999)])
    st = r.choice(STREETS)
    ty = r.choice(STYPES)
    pre = r.choice(["", "", "", "north ", "south ", "east ", "west "])
    unit = ""
    u = r.random()
    if u < 0.35:
        unit = " " + r.choice(["apartment", "apt", "unit", "suite", "number"]) + " " + \
               r.choice([card(r.randint(1, 40)), digits(str(r.randint(100, 420)), "single"),
                         ONES[r.randint(1, 9)] + " " + r.choice("abcdf")])
    if smart:
        ab = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln",
              "court": "Ct", "boulevard": "Blvd"}.get(ty, cap(ty))
        s = "%d %s%s %s" % (num, cap(pre), cap(st), ab)
        if unit:
            s += r.choice([" Apt ", " Unit ", " #"]) + str(r.randint(1, 40)) + r.choice(["", "B", "C"])
        return s
    if num >= 10000:
        nw = digits(str(num), "single")
    elif num >= 1000:
        nw = r.choice([card(num), digits(str(num), "single")])
    else:
        nw = card(num) if r.random() < 0.6 else digits(str(num), "single")
    return "%s %s%s %s%s" % (nw, pre, st, ty, unit)


def pobox(smart=False):
    n = r.randint(100, 9999)
    return ("PO Box %d" % n) if smart else "p o box " + r.choice([card(n), digits(str(n), "single")])


def town():
    return r.choice(TOWNS)


def zipc(smart=False, plus4=False):
    z = "%d%04d" % (r.randint(1, 9), r.randint(0, 9999))
    p4 = "%04d" % r.randint(1, 9999)
    if smart:
        return z + ("-" + p4 if plus4 else "")
    v = digits(z, r.choice(["single", "single", "double"]))
    if plus4:
        v += r.choice([" dash ", " "]) + digits(p4, "single")
    return v


def email(name_first, name_last, smart=False):
    lp = r.choice(["{f}.{l}", "{f}{l}{n}", "{f0}{l}", "{l}.{f0}", "{f}_{l}", "{f}{n}"])
    n = str(r.choice([r.randint(1, 99), r.randint(1950, 2005)]))
    fi = name_first.replace(" ", "")
    la = name_last.replace(" ", "")
    local = lp.format(f=fi, l=la, f0=fi[0], n=n)
    dom = r.choice(["example.com", "example.org", "example.net", "mail.example.com"])
    if smart:
        return local + "@" + dom
    mode = r.random()

    def sp_part(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(r.choice([digits(tok, "single"), digits(tok, "pairs")]))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                word, num = m.group(1), m.group(2)
                if mode < 0.5 or len(word) <= 2:
                    out.append(spell(word))
                else:
                    out.append(word)
                if num:
                    out.append(r.choice([digits(num, "single"), digits(num, "pairs")]))
        return " ".join(out)

    return sp_part(local) + " at " + dom.replace(".", " dot ")


def ssn(smart=False):
    while True:
        a = r.randint(1, 899)
        if a != 666 and a not in (78, 123):
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    d = "%03d%02d%04d" % (a, g, s)
    if smart:
        return "%s-%s-%s" % (d[:3], d[3:5], d[5:])
    z = zero_word()
    if r.random() < 0.5:
        return digits(d[:3], "single", z) + r.choice([", ", " ", " dash "]) + digits(d[3:5], "single", z) + \
            r.choice([", ", " ", " dash "]) + digits(d[5:], r.choice(["single", "pairs", "double"]), z)
    return digits(d, "single", z)


def cc(smart=False):
    num = r.choice(TEST_CARDS)
    assert luhn_ok(num), num
    groups = [num[0:4], num[4:10], num[10:]] if len(num) == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
    if smart:
        return r.choice([" ", "-"]).join(groups)
    sep = r.choice([" ", ", ", ". "])
    return sep.join(digits(gp, r.choice(["single", "single", "double", "pairs"])) for gp in groups)


def mrn(smart=False):
    d = "%d" % r.randint(1000000, 99999999)
    if r.random() < 0.3:
        pre = r.choice(["a", "m", "k", "h", "e"])
        return (pre.upper() + d) if smart else pre + " " + digits(d, "single")
    return d if smart else digits(d, r.choice(["single", "single", "double", "pairs"]))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(smart=False):
    pat = "NLANLANLLNN"
    s = ""
    for i, p in enumerate(pat):
        if p == "N":
            s += str(r.randint(1 if i == 0 else 0, 9))
        elif p == "L":
            s += r.choice(MBI_L)
        else:
            s += r.choice(MBI_L + "0123456789")
    if smart:
        return s[:4] + "-" + s[4:7] + "-" + s[7:] if r.random() < 0.5 else s
    return " ".join(ONES[int(c)] if c.isdigit() else c.lower() for c in s)


def member_id(smart=False):
    pre = r.choice(["", "w", "xz", "jq", "yk", "h"])
    d = "%d" % r.randint(10000000, 999999999)
    if smart:
        return pre.upper() + d
    return ((spell(pre) + " ") if pre else "") + digits(d, r.choice(["single", "single", "pairs", "double"]))


def account(smart=False):
    d = "%d" % r.randint(1000000, 9999999999)
    return d if smart else digits(d, r.choice(["single", "pairs", "double"]))


def npi():
    while True:
        base = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
        for c in "0123456789":
            if luhn_ok("80840" + base + c):
                return base + c


def dea(surname):
    l1 = r.choice("ABFM")
    l2 = surname[0].upper()
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def license_dl(smart=False):
    l1 = r.choice("BDFHKMNRSTW")
    d = "%07d" % r.randint(0, 9999999)
    return (l1 + d) if smart else l1.lower() + " " + digits(d, r.choice(["single", "pairs"]))


def spoken_id(s):
    return " ".join(ONES[int(c)] if c.isdigit() else c.lower() for c in s)


# ---------------------------------------------------------------- turn helpers

OPEN = ["um", "uh", "yeah", "okay so", "hi", "hello yes", "right", "so um", "hey good morning",
        "yes hi", "uh hi", "okay", "alright so", "mm hmm", "oh hi"]
CLOSE = ["thank you", "thanks so much", "if that's okay", "okay", "yeah", "bye", "thanks",
         "appreciate it", "okay bye bye", "that's it"]
SOPEN = ["Hi,", "Yes,", "Okay,", "Hello,", "Um,", "Right,"]


def dress(text, smart):
    if smart:
        if r.random() < 0.3:
            text = r.choice(SOPEN) + " " + (text if text[1:2].isupper() or text.startswith("I ") else text[0].lower() + text[1:])
        return text
    if r.random() < 0.35 and not text.startswith(tuple(o + " " for o in OPEN)):
        text = r.choice(OPEN) + " " + text
    if r.random() < 0.22:
        text = text + " " + r.choice(CLOSE)
    return text


def F():
    return first()


def T():  # a clinic-ish word
    return r.choice(CLINICS)


def title():
    return r.choice(["doctor", "dr", "nurse", "pastor", "chaplain", "father", "mr", "mrs", "ms",
                     "miss", "sister", "professor", "reverend"])


def parent():
    return r.choice(["mom", "mother", "dad", "father", "grandmother", "grandpa", "aunt", "uncle",
                     "mother in law", "stepdad", "nana", "great aunt"])


def fparent():
    return r.choice(["mom", "mother", "grandmother", "aunt", "mother in law", "nana", "great aunt"])


def relative():
    return r.choice(["son", "daughter", "wife", "husband", "brother", "sister", "partner",
                     "niece", "nephew", "grandson", "granddaughter", "cousin", "neighbor"])


# Each template returns (text, smart). Labels: NAME, AGE, PHONE, FAX, DOB, DATE, ADDRESS,
# LOCATION, ZIP, EMAIL, MRN, HEALTH_PLAN_ID, SSN, ACCOUNT, CREDIT_CARD, LICENSE.

def t_refill():
    return ("i'm calling to get a refill on my lisinopril the the ten milligram one the name is %s "
            "date of birth %s" % (N(), lab("DOB", dob()))), False


def t_dental_move():
    return ("this is %s i had a cleaning on %s with %s %s and i i need to move it" %
            (N(F()), lab("DATE", date()), r.choice(["doctor", "dr"]), N(last()))), False


def t_billing_dispute():
    return ("yeah so i got a bill for like three hundred and forty dollars and the account number is %s "
            "and i already paid that back in %s" % (lab("ACCOUNT", account()), r.choice(MONTHS))), False


def t_caregiver_fall():
    return ("i'm calling for my %s %s she's %s and she she fell last night getting out of bed" %
            (fparent(), N(full_g("f")), lab("AGE", age()))), False


def t_interpreter():
    return ("hello this is the interpreter my name is %s i'll be interpreting in %s for %s %s today" %
            (N(F()), r.choice(["spanish", "tagalog", "somali", "polish", "vietnamese", "arabic", "farsi", "haitian creole"]),
             r.choice(["mrs", "mr", "ms"]), N(last()))), False


def t_voicemail():
    return ("hi this message is for %s this is %s from %s calling about your results please give us a "
            "call back at %s thanks" % (N(), N(F()), T(), lab("PHONE", phone()))), False


def t_transfer_billing():
    who = F()
    return ("okay i'm gonna transfer you over to %s in billing they'll be able to help with that "
            "one moment" % N(who)), False


def t_member_id():
    return ("can i get the the member id on the card please oh sure it's %s" %
            lab("HEALTH_PLAN_ID", member_id())), False


def t_new_address():
    return ("i moved so the new address is %s in %s %s %s" %
            (lab("ADDRESS", address()), lab("LOCATION", town()), r.choice(STATES), lab("ZIP", zipc()))), False


def t_email_spelled():
    f, l_ = first(), last()
    return ("my email is %s yeah that's %s" % (lab("EMAIL", email(f, l_)), r.choice(["right", "all lower case", "correct"]))), False


def t_social():
    return ("they they asked me for my social it's %s is that safe to give out" % lab("SSN", ssn())), False


def t_card_payment():
    return ("i'd like to pay with a card the number is %s expiration oh four twenty eight" %
            lab("CREDIT_CARD", cc())), False


def t_fax_referral():
    s = last()
    return ("can you fax the referral to %s %s's office the fax number is %s" %
            (r.choice(["doctor", "dr"]), N(s), lab("FAX", phone()))), False


def t_dea():
    s = last()
    return ("this is %s at the pharmacy i need to verify a script for %s the prescriber is doctor %s "
            "and the dea on it is %s" % (N(F()), N(), N(s), lab("LICENSE", spoken_id(dea(s))))), False


def t_hospice_pastor():
    return ("%s %s will come by on %s to sit with %s for a while" %
            (r.choice(["pastor", "chaplain", "father", "reverend"]), N(r.choice(RARE_LAST + [last()])),
             lab("DATE", date(with_year=False)), N(F()))), False


def t_phone_correction():
    d = phone_digits()
    wrong = ONES[int(d[0])] + " " + ONES[int(d[1])] + " " + ONES[(int(d[2]) + 9) % 10]
    return ("my cell is %s no sorry %s" % (wrong, lab("PHONE", digits(d, "single")))), False


def t_name_correction():
    f1, f2, l_ = first(), first(), last()
    right = (N(f2) + " " + N(f2 + " " + l_)) if r.random() < 0.5 else N(f2 + " " + l_)
    return ("the patient's name is %s no sorry %s" % (N(f1), right)), False


def t_grandma_uncle():
    return ("my grandmother is %s and my uncle %s is seventy two and he's the one who takes care of her" %
            (lab("AGE", age()), N(first_g("m")))), False


def t_tell_no_cue():
    return ("can you just tell %s i said the paperwork went out on friday" % N(F())), False


def t_chart_number():
    return ("her chart number should be %s it's on the wristband" % lab("MRN", mrn())), False


def t_dob_smart():
    return ("Yes, date of birth is %s and the last name is %s." % (lab("DOB", dob(True)), N(cap(last())))), True


def t_two_people():
    g = r.choice("mf")
    return ("it's %s and my %s %s we both have appointments on %s" %
            (N(), {"m": "husband", "f": "wife"}[g], N(full_g(g)), lab("DATE", date()))), False


def t_spelled_surname():
    s = last()
    return ("last name is %s that's %s" % (N(s), N(spell(s) if r.random() < 0.6 else "-".join(s.replace(" ", ""))))), False


def t_subscriber():
    g = r.choice("mf")
    return ("the subscriber is my %s %s date of birth %s and the policy number is %s" %
            (r.choice({"m": ["husband", "father", "ex husband"], "f": ["wife", "mother"]}[g]), N(full_g(g)), lab("DOB", dob()),
             lab("HEALTH_PLAN_ID", member_id()))), False


def t_aide_no_show():
    return ("the aide %s didn't show up today at my dad's place on %s and he can't get up by himself" %
            (N(F()), lab("ADDRESS", address()))), False


def t_lab_redraw():
    return ("hey this is %s from the lab we need a redraw for %s the the specimen hemolyzed" %
            (N(F()), N())), False


def t_dental_crown():
    return ("%s %s said i need a crown on number fourteen and uh maybe a root canal on %s" %
            (r.choice(["doctor", "dr", "the dentist doctor"]), N(last()), lab("DATE", date(with_year=False)))), False


def t_referral_cardio():
    return ("so i got a referral to a cardiologist doctor %s out in %s is that in network" %
            (N(), lab("LOCATION", town()))), False


def t_drivers_license():
    return ("for the photo id i have my driver's license number %s" % lab("LICENSE", license_dl())), False


def t_npi():
    return ("the ordering provider is doctor %s n p i %s" % (N(), lab("LICENSE", digits(npi(), "single")))), False


def t_age_smart():
    return ("My father is %s and he's been on hospice since %s." %
            (lab("AGE", age(True)), lab("DATE", date(True, with_year=True)))), True


def t_callback_ext():
    return ("you can call me back at %s that's my desk" % lab("PHONE", phone(ext=True))), False


def t_email_smart():
    f, l_ = first(), last()
    return ("You can send it to %s, and copy my daughter %s." % (lab("EMAIL", email(f, l_, True)), N(cap(first_g("f"))))), True


def t_nurse_license():
    return ("this is %s the nurse my license number is %s" %
            (N(), lab("LICENSE", digits(str(r.randint(100000, 9999999)), "single")))), False


def t_medicaid():
    return ("my medicaid number is %s and i'm i'm not sure it's active" % lab("HEALTH_PLAN_ID", member_id())), False


def t_mbi():
    return ("okay my medicare number it's the new one %s" % lab("HEALTH_PLAN_ID", mbi())), False


def t_account_lastfour():
    return ("the card on file ends in four four four four but the billing account is %s" %
            lab("ACCOUNT", account())), False


def t_zip_answer():
    return ("what's the zip there %s and the the city is %s" % (lab("ZIP", zipc()), lab("LOCATION", town()))), False


def t_far_drive():
    return ("we live way out in %s so it's like a forty minute drive for %s" % (lab("LOCATION", town()), N(F()))), False


def t_pobox():
    return ("just mail it to %s %s %s" % (lab("ADDRESS", pobox()), lab("LOCATION", town()), lab("ZIP", zipc()))), False


def t_uk_caller():
    return ("i'm over from %s visiting my son my mobile is %s" %
            (lab("LOCATION", r.choice(TOWNS_ABROAD["uk"])), lab("PHONE", phone_uk()))), False


def t_au_sister():
    return ("my sister %s lives in %s her number is %s she's the backup contact" %
            (N(), lab("LOCATION", r.choice(TOWNS_ABROAD["au"])), lab("PHONE", phone_au()))), False


def t_agent_handoff():
    return ("hi %s i've got %s on the line she's calling about a denied claim for her son %s" %
            (N(F()), N(full_g("f")), N(first_g("m")))), False


def t_particle():
    nm = particle_name()
    p = [x for x, _ in PARTICLE_LOC if (" " + x + " ") in (" " + nm + " ")][0]
    return ("the patient is %s and the %s is like its own word" % (N(nm), p)), False


def t_hyphen():
    f, a, b = first(), last(), last()
    return (("it's %s with a hyphen %s %s" %
             (N(f + " " + a + "-" + b), r.choice(["between", "in the middle"]), r.choice(["yeah", "okay", ""]))).strip()), False


def t_word_first_from():
    return ("this is %s from %s calling for %s" % (N(r.choice(WORD_FIRST)), T(), N())), False


def t_front_desk():
    return ("%s at the front desk said i could just come in and and drop off the form" % N(r.choice(WORD_FIRST))), False


def t_poa_ssn():
    return ("i'm her power of attorney my name is %s and her social is %s" % (N(), lab("SSN", ssn()))), False


def t_appt_time():
    return ("can we do %s at two thirty or is %s %s booked that day" %
            (lab("DATE", date(with_year=False)), r.choice(["dr", "doctor"]), N(last()))), False


def t_date_of_service():
    return ("i was seen on %s not %s so the date of service on the bill is wrong" %
            (lab("DATE", date(with_year=True)), lab("DATE", date(with_year=True)))), False


def t_hospice_equipment():
    return ("mom passed on %s and we need to cancel the the equipment pickup at %s" %
            (lab("DATE", date()), lab("ADDRESS", address()))), False


def t_portal_invite():
    f, l_ = first(), last()
    return ("should i send the portal invite to %s or to your daughter %s" % (lab("EMAIL", email(f, l_)), N(first_g("f")))), False


def t_fax_attention():
    return ("fax is %s attention %s in medical records" % (lab("FAX", phone()), N())), False


def t_interp_relay():
    return ("she says her name is %s and she was born %s" % (N(), lab("DOB", dob()))), False


def t_bday_july():
    y = r.randint(1930, 1999)
    return ("birthday is %s so easy to remember" % lab("DOB", "the fourth of july " + r.choice([two(y % 100), year_words(y)]))), False


def t_repeat_name():
    f, l_ = first(), last()
    return ("it's %s %s and i'm calling about my my lab work" % (N(f), N(f + " " + l_))), False


def t_rare_title():
    return ("is %s %s in today or or is it just the the nurse practitioner" %
            (r.choice(["doctor", "dr"]), N(r.choice(RARE_LAST)))), False


def t_staff_chain():
    return ("i spoke to %s and then %s and then a supervisor named %s and nobody called me back" %
            (N(F()), N(F()), N(F()))), False


def t_son_away():
    return ("my son %s usually drives me but he's in %s this week for work" % (N(first_g("m")), lab("LOCATION", town()))), False


def t_balance_card():
    return ("i want to pay the balance on account %s with the card %s" %
            (lab("ACCOUNT", account()), lab("CREDIT_CARD", cc()))), False


def t_mrn_smart():
    return ("MRN %s, patient %s, DOB %s." % (lab("MRN", mrn(True)), N(cap(last()) + ", " + cap(first())), lab("DOB", dob(True)))), True


def t_ssn_smart():
    return ("SSN is %s and the member ID is %s." % (lab("SSN", ssn(True)), lab("HEALTH_PLAN_ID", member_id(True)))), True


def t_zip4():
    return ("my zip is %s" % lab("ZIP", zipc(plus4=True))), False


def t_email_underscore():
    f, l_ = first(), last()
    e = f.replace(" ", "") + " underscore " + l_.replace(" ", "") + " " + digits(str(r.randint(10, 99)), "pairs") + \
        " at " + r.choice(["example dot org", "example dot com", "example dot net"])
    return ("the email's %s all one word" % lab("EMAIL", e)), False


def t_turns_100():
    return ("she turns %s next month can you believe it and she still does the crossword" % lab("AGE", age())), False


def t_neighborhood():
    return ("i'm in %s near the the library and my street is %s" %
            (lab("LOCATION", town()), lab("ADDRESS", address()))), False


def t_who_speaking():
    return ("and who am i speaking with %s okay thank you %s" % (N(), N(F()))), False


def t_leave_message():
    return ("yes please leave a message for %s" % N()), False


def t_smart_phone():
    return ("Please call %s at %s after 3 p.m." % (N(cap(full())), lab("PHONE", phone(True)))), True


def t_smart_address():
    return ("The address is %s, %s, %s %s." %
            (lab("ADDRESS", address(True)), lab("LOCATION", cap(town())), r.choice(["CA", "TX", "NY", "OH", "WA"]),
             lab("ZIP", zipc(True, r.random() < 0.3)))), True


def t_caregiver_dob_mrn():
    return ("i'm calling for my %s %s um her birthday is %s and the the record number they gave us is %s" %
            (fparent(), N(full_g("f")), lab("DOB", dob(y0=1926, y1=1962)), lab("MRN", mrn()))), False


def t_voicemail_dental():
    return ("hi %s this is %s from the dental office just confirming your appointment %s with %s %s "
            "if you need to reschedule call %s" %
            (N(F()), N(F()), lab("DATE", date(with_year=False)), r.choice(["dr", "doctor"]), N(last()),
             lab("PHONE", phone()))), False


def t_insurer_verify():
    return ("for verification can you give me your date of birth %s and the zip code on file %s okay "
            "thank you %s %s" % (lab("DOB", dob()), lab("ZIP", zipc()), r.choice(["mr", "ms", "miss"]), N(last()))), False


def t_lab_results_relative():
    return ("this is %s i'm %s's %s we're calling about the biopsy from %s" %
            (N(), N(F()), relative(), lab("DATE", date()))), False


def t_home_care_schedule():
    return ("so %s comes monday wednesday friday and %s covers the weekends at %s" %
            (N(F()), N(F()), lab("ADDRESS", address()))), False


def t_hospice_age_dob():
    n = r.randint(90, 101)
    return ("he's %s born %s and he's been comfortable since the morphine was adjusted" %
            (lab("AGE", age(n=n)), lab("DOB", dob(y0=2025 - n, y1=2025 - n)))), False


def t_false_start_name():
    f, l_ = first(), last()
    return ("my name is uh it's %s %s %s" % (N(f), N(f + " " + l_), r.choice(["yeah", "", "sorry"]))).strip(), False


def t_email_correction():
    f, l_ = first(), last()
    e1 = spell(l_.replace(" ", "")[:3])
    e2 = email(f, l_)
    return ("it's %s no wait let me start over %s" % (e1, lab("EMAIL", e2))), False


def t_ssn_last_four_then_full():
    return ("the last four are %s but if you need the whole thing it's %s" %
            (digits("%04d" % r.randint(1, 9999), "single"), lab("SSN", ssn()))), False


def t_dl_smart():
    return ("Driver's license %s, issued %s." % (lab("LICENSE", license_dl(True)), r.choice(["2019", "2021", "2023"]))), True


def t_card_smart():
    return ("Card number %s, exp 09/27, billing zip %s." % (lab("CREDIT_CARD", cc(True)), lab("ZIP", zipc(True)))), True


def t_nickname():
    f = first()
    return ("everybody calls her %s but the chart says %s" % (N(r.choice(WORD_FIRST)), N(f + " " + last()))), False


def t_korean_order():
    loc = r.choice(["hand-ko", "hand-zh", "hand-ja"])
    sur, giv = last(loc), first(loc)
    return ("the name is %s family name first so %s is the last name and %s is the first" %
            (N(sur + " " + giv), N(sur), N(giv))), False


def t_pharmacy_ready():
    return ("hi this is the pharmacy calling for %s your prescription is ready for pickup if you have "
            "questions call %s" % (N(), lab("PHONE", phone()))), False


def t_dental_minor():
    return ("i'm calling for my kid %s who's nine and chipped a tooth at school on %s" %
            (N(F()), lab("DATE", date(with_year=False)))), False


def t_clinic_transfer_fax():
    return ("we're transferring care to %s %s in %s can you send the records to fax %s" %
            (r.choice(["dr", "doctor"]), N(), lab("LOCATION", town()), lab("FAX", phone()))), False


def t_account_holder():
    return ("the account holder is %s and the patient is %s the %s" %
            (N(), N(F()), r.choice(["son", "daughter", "stepson", "grandson", "dependent"]))), False


def t_word_last_title():
    return ("%s %s told me to stop the the aspirin before the procedure" %
            (r.choice(["nurse", "doctor", "dr", "pastor"]), N(r.choice(WORD_LAST)))), False


def t_spelled_first():
    f = first()
    return ("first name %s %s and last name %s" % (N(f), N(spell(f)), N(last()))), False


def t_mbi_smart():
    return ("Medicare number %s, and secondary is through %s." % (lab("HEALTH_PLAN_ID", mbi(True)), r.choice(["her husband's plan", "the union", "Medicaid"]))), True


def t_hospice_fax_phone():
    return ("for the hospice intake send it to fax %s and my cell is %s i'm the daughter %s" %
            (lab("FAX", phone()), lab("PHONE", phone()), N(first_g("f")))), False


def t_lab_patient_id():
    return ("i have results here for patient id %s that's %s %s is that you" %
            (lab("MRN", mrn()), N(), r.choice(["", "uh", "um"]))).replace("  ", " ").strip(), False


def t_dental_account():
    return ("the dental office says my patient account number is %s and i owe like sixty bucks but my "
            "insurance should have paid it" % lab("ACCOUNT", account())), False


def t_card_name_on():
    return ("okay the card is %s and the name on the card is %s %s" %
            (lab("CREDIT_CARD", cc()), N(), r.choice(["same as mine", "that's me", "it's a joint card", ""]))).strip(), False


def t_transfer_mrn():
    return ("i'm gonna transfer you to %s in scheduling and i put the medical record number %s in the notes "
            "so you don't have to repeat it" % (N(F()), lab("MRN", mrn()))), False


def t_account_smart():
    return ("Account %s, balance $212.40, last payment %s." % (lab("ACCOUNT", account(True)), lab("DATE", date(True, True)))), True


def t_daughter_cell():
    return ("if you can't reach me call my %s %s her cell is %s" %
            (r.choice(["daughter", "sister", "niece", "wife"]), N(first_g("f")), lab("PHONE", phone()))), False


def t_fax_smart():
    return ("Fax it to %s, attention Dr. %s, and call %s when it's sent." %
            (lab("FAX", phone(True)), N(cap(last())), lab("PHONE", phone(True, ext=r.random() < 0.5)))), True


POSITIVE = [v for k, v in sorted(globals().items()) if k.startswith("t_")]

NEGATIVE = [
    "will you bill my insurance first or do i pay today",
    "may i ask if the grant from the foundation covers the copay",
    "i hope so because the rose colored pills are the new ones right",
    "mark it down for next tuesday in the morning please",
    "we need it before june because the pharmacy closes early on sundays",
    "the summit building is where they do the lab draws now right",
    "she's eating brown rice and the dietitian said that's fine",
    "faith based hospice or the county one i honestly don't know which is better",
    "the sterling silver bracelet the medical alert one can it be engraved",
    "i take metformin five hundred twice a day and atorvastatin forty at night",
    "my blood pressure was one forty over ninety this morning and one thirty two last night",
    "she's eighty seven and she still drives to the the senior center",
    "take two tablets by mouth every six hours as needed for pain",
    "the copay is twenty five dollars and the deductible is fifteen hundred",
    "he's in room four twelve on the third floor by the elevators",
    "the last four of the card is one one one one",
    "the group number is eight eight four two one on the back of the card",
    "if he has chest pain again just dial nine one one",
    "press one for the pharmacy press two for billing press three for a nurse",
    "can you grant me an extension on the payment plan until the first",
    "he's got a lump on his left shoulder blade and it's sore to the touch",
    "ninety percent of the bill should be covered after the deductible",
    "she weighs ninety one pounds now down from a hundred and six",
    "the hunter green folder has all the discharge papers in it",
    "Okay, I'll be there at 8:45 on Friday, and I'll bring the insulin pen.",
    "can you read me the a one c it was like seven point two last time",
    "the chase card got declined so i'll use a different one",
    "rosemary oil for the scalp is that okay with the finasteride",
    "the march appointment got cancelled so maybe may works better",
    "you have reached the after hours line if this is an emergency hang up and dial nine one one",
    "let me transfer you to the nurse line please hold",
    "bill me later and send the statement by mail please",
    "the frank bleeding stopped after they packed the wound",
    "she's ninety nine percent sure it was the amoxicillin that gave her the rash",
    "Your total today is $42.10 and the refill will be ready in about 20 minutes.",
    "uh the the walker has a grey seat and the brakes stick on the left",
]


# ---------------------------------------------------------------- validation

LABEL_RE = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "AGE", "PHONE", "FAX", "DOB", "DATE", "ADDRESS", "LOCATION", "ZIP", "EMAIL", "MRN",
         "HEALTH_PLAN_ID", "SSN", "ACCOUNT", "CREDIT_CARD", "LICENSE"}
CUES = {"dr", "doctor", "nurse", "pastor", "mr", "mrs", "ms", "miss", "chaplain", "father", "reverend",
        "sister", "professor", "my", "is", "number", "fax", "dob", "born", "phone", "email", "the",
        "ssn", "mrn", "account", "card", "license", "npi", "dea", "zip", "at", "it's", "name"}
DATE_KINDS = {"DOB", "DATE", "LOCATION"}


def validate(lines):
    ids = set()
    for ln in lines:
        assert ln.count("\t") == 1, ln
        i, text = ln.split("\t")
        assert i not in ids, i
        ids.add(i)
        rest = LABEL_RE.sub("", text)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, ln
        for kind, v in LABEL_RE.findall(text):
            assert kind in KINDS, ln
            assert v and v == v.strip() and v[-1] not in ",;:!?." and v[0] not in ",;:!?.", ln
            assert "  " not in v, ln
            assert not v.endswith("'s"), ln
            words = v.lower().split()
            if kind not in ("EMAIL",):
                assert words[0] not in CUES or (kind in DATE_KINDS and words[0] == "the"), ln
            if kind in ("NAME",):
                assert not any(w in CUES - {"at", "is", "the", "name"} for w in words[:1]), ln
        for m in LABEL_RE.finditer(text):
            after = text[m.end():m.end() + 1]
            assert after in ("", " ", ",", ".", "'", "?"), ln
            before = text[m.start() - 1:m.start()] if m.start() else ""
            assert before in ("", " "), ln
    return True


def main():
    df, out = sys.argv[1], sys.argv[2]
    build_pools(df)
    once = POSITIVE[:]
    r.shuffle(once)
    once = set(once[:max(0, 2 * len(POSITIVE) - TARGET_POS)])  # these are used once, the rest twice
    plan = [t for t in POSITIVE for _ in range(1 if t in once else 2)]
    r.shuffle(plan)
    items = []
    for t in plan:
        text, smart = t()
        text = re.sub(r"\s+", " ", dress(text, smart)).strip()
        items.append(text)
    items += NEGATIVE
    r.shuffle(items)
    lines = ["%s%03d\t%s" % (PREFIX, n + 1, x) for n, x in enumerate(items)]
    validate(lines)
    header = ("# %s: generated by masker-domain/src/test/scripts/holdout8_voice.py (seed %d) from "
              "Datafaker 2.7.0 name lists (Apache-2.0; locales %s) and romanised names, ordinary-word "
              "names, rare surnames, streets and towns written for Masker; all PHI kinds labelled; "
              "held out, scored once; every value invented." % (OUT_NAME, SEED, " ".join(LOCALES)))
    with open(os.path.join(out, OUT_NAME), "w", encoding="utf-8") as fh:
        fh.write(header + "\n")
        for ln in lines:
            fh.write(ln + "\n")
    counts = {}
    for ln in lines:
        for kind, _ in LABEL_RE.findall(ln):
            counts[kind] = counts.get(kind, 0) + 1
    neg = sum(1 for ln in lines if not LABEL_RE.search(ln))
    print("lines", len(lines), "no-PHI", neg, "templates", len(POSITIVE) + len(NEGATIVE),
          "labels", sum(counts.values()), sorted(counts.items()), file=sys.stderr)


TARGET_POS = 186

if __name__ == "__main__":
    main()
