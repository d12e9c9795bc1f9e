#!/usr/bin/env python3
"""Ninth-round voice DEVELOPMENT set for Masker: phone calls to clinics, pharmacies, home-care
agencies, insurers, labs and dentists' voice agents, as a speech-to-text engine writes them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Unlike the held-out sets this one is a
development set: the engine is tuned on it. Standard library only, deterministic (seed 90917).

Every PHI kind is labelled; about 60% of the values are names, made hard the way real callers
make them (no cue, ordinary-word names, short names, names of many origins, nicknames, relatives
and staff, lists, possessives, answers, spelled then said, split or joined by the engine).

Usage:
    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout9_voice_dev.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval
"""
import os
import random
import re
import sys
import unicodedata

SEED = 90917
OUT = "voice-dev9.tsv"
PREFIX = "vd9-"
LOCALES = ["pl", "hu", "fi-FI", "tr", "vi", "en-NG", "en-IN", "it", "es", "fr", "de", "nl", "sv",
           "pt-BR", "en-IE", "id-ID", "en-ZA", "en-PH", "es-MX", "cs-CZ", "hr", "ro-MD", "sq",
           "lv", "et", "uz", "en-NEP", "en-PK", "da-DK", "ca"]

KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL",
         "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE",
         "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS"}

# ---------------------------------------------------------------- names

NAME_KEYS = ("first_name", "male_first_name", "female_first_name", "last_name",
             "male_last_name", "female_last_name")
LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ' -]+$")


def parse_names(path):
    """Tiny reader for the name lists of a Datafaker locale yml (inline or block lists)."""
    out = {"first": [], "last": []}
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)(" + "|".join(NAME_KEYS) + r"):\s*(.*)$", lines[i])
        if not m:
            i += 1
            continue
        indent, key, rest = len(m.group(1)), m.group(2), m.group(3)
        items = []
        if rest.startswith("["):
            buf = rest
            while "]" not in buf and i + 1 < len(lines):
                i += 1
                buf += " " + lines[i]
            items = buf[buf.index("[") + 1:buf.index("]")].split(",")
        elif rest == "":
            while i + 1 < len(lines):
                nxt = lines[i + 1]
                mm = re.match(r"^(\s*)- (.*)$", nxt)
                if not mm or len(mm.group(1)) < indent:
                    break
                items.append(mm.group(2))
                i += 1
        for it in items:
            it = it.strip().strip('"').strip("'").strip()
            if not it or "#{" in it or not LATIN.match(it):
                continue
            out["last" if key.endswith("last_name") else "first"].append(it)
        i += 1
    return out


def fold(s, keep_accents):
    s = s.lower()
    if keep_accents:
        return s
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# Hand-written for Masker: given names and surnames of origins Datafaker lacks, romanised.
INTL_FIRST = [
    # Maori
    "aroha", "wiremu", "mere", "hemi", "ngaio", "rawiri", "manaia", "tui", "kahu", "anaru",
    # Igbo
    "chidi", "ngozi", "obinna", "chiamaka", "ifeoma", "ikenna", "nnamdi", "adaeze", "chukwuemeka",
    # Yoruba
    "adebayo", "folake", "oluwaseun", "temitope", "bolaji", "yetunde", "ayodele", "funmilayo",
    # Tamil
    "karthik", "senthil", "thamizh", "murugan", "kavitha", "selvi", "arumugam", "vasanthi",
    # Vietnamese
    "linh", "thao", "minh", "huong", "tuan", "ngoc", "phuong", "thuy",
    # Korean
    "ji woo", "min jun", "seo yeon", "hyun woo", "soo ah", "eun ji", "dong hyun",
    # Polish
    "grzegorz", "malgorzata", "wojtek", "agnieszka", "bartek", "kasia", "zbigniew",
    # Irish
    "siobhan", "niamh", "saoirse", "padraig", "aoife", "cian", "oisin", "grainne", "ciaran",
    # Arabic
    "khalid", "fatima", "yousef", "layla", "samir", "noor", "huda", "tariq", "rania",
    # Quechua
    "killa", "inti", "amaru", "sisa", "wayra", "kusi", "yaku", "illari",
    # Samoan
    "sione", "malia", "tavita", "lagi", "sefa", "losa", "tasi", "pua",
    # Finnish and Hungarian
    "aino", "eino", "tuomas", "vaino", "ilkka", "zsofia", "bence", "gergo", "reka", "laszlo",
]
INTL_LAST = [
    "ngata", "parata", "horomona", "tipene", "te whata", "tawhiri",
    "okonkwo", "nwosu", "okafor", "nwachukwu", "eze", "onyekachi", "obiora",
    "adeyemi", "ogunleye", "balogun", "olatunji", "adewale", "oyelaran",
    "subramanian", "ramasamy", "pillai", "krishnan", "natarajan", "murugesan",
    "nguyen", "tran", "pham", "huynh", "dang", "vo",
    "kim", "park", "choi", "jung", "kang", "yoon",
    "wisniewski", "zielinski", "kaczmarek", "szymanska", "wozniak",
    "kavanagh", "doherty", "mcgrath", "ni bhriain", "o sullivan",
    "haddad", "mansour", "nasser", "khoury", "al rashid",
    "quispe", "mamani", "huaman", "condori", "yupanqui",
    "tuilagi", "faleolo", "leota", "soliai", "fuimaono",
    "virtanen", "korhonen", "nagy", "szabo", "horvath", "kovacs",
]
# Ordinary English words that are given names and surnames (the hard cases).
WORD_FIRST = ["hope", "rusty", "dawn", "faith", "grace", "joy", "june", "summer", "sky",
              "river", "rose", "lily", "daisy", "pearl", "ruby", "amber", "bill", "will",
              "mark", "frank", "art", "chip", "buck", "sunny", "misty", "autumn", "destiny",
              "sterling", "mason", "hunter", "chase", "grant", "drew", "lance", "pat", "gene",
              "earl", "duke", "angel", "hazel", "ivy", "holly", "olive", "ginger", "crystal",
              "brandy", "honey", "sonny", "rocky", "skip", "dusty", "glen", "dale", "cliff",
              "wade", "miles", "ray", "reed", "king", "major", "precious", "star", "patience",
              "robin", "jewel", "penny", "ace"]
WORD_LAST = ["sterling", "mason", "cook", "fisher", "long", "moody", "baker", "hill", "wood",
             "young", "white", "black", "brown", "green", "bell", "stone", "marsh", "frost",
             "snow", "rich", "small", "little", "short", "hale", "strong", "swift", "bishop",
             "cross", "fox", "wolf", "lamb", "bird", "crane", "hunt", "archer", "carpenter",
             "weaver", "shepherd", "page", "church", "waters", "banks", "rivers", "woods",
             "fields", "meadows", "lake", "brooks", "sparrow", "day", "knight", "noble", "rice",
             "bush", "graves", "bean", "best", "love", "goodman", "sweet", "power", "price",
             "cash", "gold", "silver", "wise", "fair", "bright", "dear", "may", "christmas",
             "easter", "winter", "sommers", "street", "ford", "gates", "hardy", "early"]
SHORT = ["bo", "ike", "ana", "jo", "al", "ed", "ty", "eli", "ava", "zoe", "kai", "max", "lu",
         "vi", "oz", "ola", "ali", "ada", "abe", "cy", "di", "flo", "gus", "hal", "ida", "ira",
         "kit", "liv", "mo", "ned", "pia", "rex", "sol", "uma", "wes", "zia", "noa", "ren",
         "tia", "ari", "mei", "yu", "bea", "tam", "jun", "ken", "lia", "ova", "ezi", "nia"]
NICK = ["bubba", "junior", "tommy", "bobby", "patty", "lizzie", "kenny", "deb", "becca",
        "manny", "chuy", "paco", "pepe", "lupita", "nacho", "beto", "mimi", "gigi", "coco",
        "sissy", "skeeter", "bunny", "tink", "trey", "deedee", "big mike", "lil jay", "mikey",
        "cookie", "boo"]
# As speech-to-text splits or joins them (one NAME each).
SPLIT = ["mc donald", "mac kenzie", "van essa", "o brien", "de la cruz", "mary beth",
         "jean luc", "anna marie", "la toya", "de shawn", "le roy", "mc kinney", "van der berg",
         "di marco", "fitz gerald", "ali sha", "mc gillicuddy", "o shaughnessy", "da silva",
         "dela rosa", "annmarie", "maryjane", "jeanpaul", "delacruz", "obrien", "mcdonald",
         "christo pher", "jack lyn", "shan ice", "kris ten"]
EN_FIRST_FALLBACK = ["angela", "dana", "tomas", "kofi", "reyes", "ollie", "maria", "kevin"]

# ---------------------------------------------------------------- numbers as speech

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = DIG[:] + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def n2w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " " + n2w(rest))
    return str(n)


def ordw(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


class Gen:
    def __init__(self, rng, df):
        self.r = rng
        self.first, self.last = [], []
        for loc in LOCALES:
            p = os.path.join(df, loc + ".yml")
            if not os.path.exists(p):
                continue
            nm = parse_names(p)
            self.first += [(loc, x) for x in nm["first"]]
            self.last += [(loc, x) for x in nm["last"]]
        if not self.first:
            self.first = [("en", x) for x in EN_FIRST_FALLBACK]
        if not self.last:
            self.last = [("en", x) for x in INTL_LAST]
        self.used_locales = set()

    def c(self, xs):
        return self.r.choice(xs)

    def dfname(self, pool):
        loc, n = self.c(pool)
        self.used_locales.add(loc)
        return fold(n, self.r.random() < 0.15)

    # -- name generators (raw values)
    def g_fn(self):
        return self.dfname(self.first)

    def g_sur(self):
        return self.dfname(self.last)

    def g_full(self):
        return self.g_fn() + " " + self.g_sur()

    def g_wfn(self):
        return self.c(WORD_FIRST)

    def g_wsur(self):
        return self.c(WORD_LAST)

    def g_wfull(self):
        return self.c([self.g_wfn() + " " + self.g_wsur(), self.g_fn() + " " + self.g_wsur(),
                       self.g_wfn() + " " + self.g_sur()])

    def g_short(self):
        return self.c(SHORT)

    def g_intl(self):
        return self.c(INTL_FIRST)

    def g_isur(self):
        return self.c(INTL_LAST)

    def g_ifull(self):
        return self.g_intl() + " " + self.g_isur()

    def g_nick(self):
        return self.c(NICK)

    def g_split(self):
        return self.c(SPLIT)

    def g_any(self):
        return self.c([self.g_fn, self.g_wfn, self.g_short, self.g_intl, self.g_nick,
                       self.g_fn, self.g_intl])()

    # -- other kinds (raw values)
    def digits_spoken(self, s, oh=True):
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            if i + 1 < len(s) and s[i + 1] == d and self.r.random() < 0.25:
                out.append("double " + DIG[int(d)])
                i += 2
                continue
            out.append("oh" if d == "0" and oh and self.r.random() < 0.7 else DIG[int(d)])
            i += 1
        return " ".join(out)

    def g_phone(self):
        area = self.c(["415", "312", "503", "404", "612", "720", "816", "919", "207", "808",
                       "505", "701", "267", "929"])
        last = "01" + "%02d" % self.r.randint(0, 99)
        style = self.r.randint(0, 8)
        if style == 0:
            return "%s %s %s" % (self.digits_spoken(area), self.digits_spoken("555"),
                                 self.digits_spoken(last))
        if style == 1:
            return "%s, %s, %s" % (self.digits_spoken(area), self.digits_spoken("555"),
                                   self.digits_spoken(last))
        if style == 2:
            return "(%s) 555-%s" % (area, last)
        if style == 3:
            return "%s 555 %s" % (area, last)
        if style == 4:
            return "%s. five five five. oh one %s" % (self.digits_spoken(area),
                                                      n2w(int(last[2:])) if last[2] != "0"
                                                      else "oh " + DIG[int(last[3])])
        if style == 5:
            return "oh seven seven oh oh nine oh oh %s" % self.digits_spoken(
                "%03d" % self.r.randint(0, 999))
        if style == 6:
            return "oh four nine one five seven oh %s" % self.digits_spoken(
                "%03d" % self.r.randint(0, 999))
        if style == 7:
            return "%s-555-%s" % (area, last)
        return "%s five five five %s" % (area, self.digits_spoken(last))

    def spoken_year(self, y):
        if y == 2000:
            return "two thousand"
        if y >= 2000:
            return self.c(["two thousand " + n2w(y - 2000), "twenty " + (
                "oh " + DIG[y - 2000] if y - 2000 < 10 else n2w(y - 2000))])
        return "nineteen " + (n2w(y - 1900) if y - 1900 >= 10 else "oh " + DIG[y - 1900])

    def a_date(self, y0, y1, birth):
        y, m, d = self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)
        st = self.r.randint(0, 7)
        if st == 0:
            return "%s %s %s" % (MONTHS[m - 1], ordw(d), self.spoken_year(y))
        if st == 1:
            return "%s %s %s" % (MONTHS[m - 1], n2w(d), self.spoken_year(y))
        if st == 2:
            return "%s of %s %s" % (ordw(d), MONTHS[m - 1], self.spoken_year(y))
        if st == 3:
            return "%d/%d/%d" % (m, d, y)
        if st == 4:
            return "%s %s %s" % (self.digits_spoken("%02d" % m), self.digits_spoken("%02d" % d),
                                 n2w(y % 100) if y % 100 >= 10 else "oh " + DIG[y % 100])
        if st == 5:
            return "%s %d %d" % (MONTHS[m - 1], d, y)
        if st == 6 and not birth:
            return "%s %s" % (MONTHS[m - 1], ordw(d))
        return "%s %s, %s" % (MONTHS[m - 1], ordw(d), self.spoken_year(y))

    def g_dob(self):
        return self.a_date(1931, 2019, True)

    def g_date(self):
        return self.a_date(2023, 2026, False)

    def house_number(self):
        n = self.r.choice([self.r.randint(10, 99), self.r.randint(100, 999),
                           self.r.randint(1000, 9999)])
        st = self.r.randint(0, 3)
        if st == 0:
            return str(n)
        if st == 1 or n < 100:
            return n2w(n) if n < 1000 else n2w(n // 100) + " " + (
                n2w(n % 100) if n % 100 >= 10 else "oh " + DIG[n % 10])
        return self.digits_spoken(str(n), oh=False)

    def g_addr(self):
        street = self.c(["maple", "kowhai", "cedar ridge", "old mill", "tamarack", "winding creek",
                         "pohutukawa", "juniper", "sycamore", "larkspur", "bluebonnet", "quarry",
                         "harbor view", "orchard", "foxglove", "elm", "willow bend", "chestnut",
                         "ridgeline", "magnolia", "bramble", "kingfisher", "saguaro", "mesquite",
                         "prairie wind", "lighthouse", "tupelo", "baker", "church", "mill pond"])
        suf = self.c(["street", "avenue", "road", "lane", "drive", "court", "way", "boulevard",
                      "circle", "place", "terrace", "trail", "st", "ave", "rd"])
        unit = self.c(["", "", "", " apartment " + self.c(["three b", "twelve", "4c", "two oh six"]),
                       " unit " + self.c(["four", "17", "b"]), " apt " + self.c(["9", "two a"]),
                       " lot " + self.c(["seventeen", "42"])])
        return "%s %s %s%s" % (self.house_number(), street, suf, unit)

    def g_zip(self):
        z = "%05d" % self.r.randint(1001, 99950)
        st = self.r.randint(0, 4)
        if st <= 1:
            return z
        if st <= 3:
            return self.digits_spoken(z)
        return z + "-%04d" % self.r.randint(1, 9999)

    def g_town(self):
        return self.c(["tacoma", "bakersfield", "lake charles", "eau claire", "dubuque",
                       "flagstaff", "bozeman", "scranton", "hialeah", "chula vista", "lafayette",
                       "kalamazoo", "yakima", "pueblo", "olathe", "dearborn", "cicero",
                       "paterson", "wichita falls", "bend", "el paso", "ogden", "fargo",
                       "duluth", "santa fe", "florence", "marion", "chester", "warren", "tyler",
                       "eugene", "beverly", "shelby", "chandler", "lowell", "quincy", "york",
                       "hilo", "kenosha", "tupelo", "muncie", "paducah", "waco", "the bronx",
                       "east harlem", "south boston", "cumberland county", "kent county"])

    def letters(self, k):
        return " ".join(self.c("abcdefghjkmnprstwxyz") for _ in range(k))

    def g_member(self):
        st = self.r.randint(0, 4)
        if st == 0:
            return self.c("wxmhk") + " " + self.digits_spoken("%09d" % self.r.randint(0, 10**9 - 1))
        if st == 1:
            # Medicare MBI shape
            return "%d %s %d %s %d %s %d%d" % (
                self.r.randint(1, 9), self.letters(2), self.r.randint(0, 9), self.letters(2),
                self.r.randint(0, 9), self.letters(2), self.r.randint(0, 9), self.r.randint(0, 9))
        if st == 2:
            return "".join(self.c("ABCDEFGHJKMNPRSTWXYZ") for _ in range(3)) + "%09d" % \
                self.r.randint(0, 10**9 - 1)
        if st == 3:
            return self.letters(3) + " " + " ".join(
                "%d" % self.r.randint(10, 99) for _ in range(4))
        return self.digits_spoken("%010d" % self.r.randint(10**8, 10**10 - 1))

    def g_mrn(self):
        st = self.r.randint(0, 3)
        if st == 0:
            return self.digits_spoken("%07d" % self.r.randint(0, 10**7 - 1))
        if st == 1:
            return "%08d" % self.r.randint(0, 10**8 - 1)
        if st == 2:
            return self.c("mhe") + " " + self.digits_spoken("%06d" % self.r.randint(0, 10**6 - 1))
        return "%s%06d" % (self.c(["MR", "H", "C"]), self.r.randint(0, 10**6 - 1))

    def g_email(self):
        f, l = self.c(self.first)[1], self.c(self.last)[1]
        f, l = fold(f, False).replace(" ", ""), fold(l, False).replace(" ", "")
        dom = self.c(["example.com", "example.org", "example.net"])
        st = self.r.randint(0, 5)
        sd = dom.replace(".", " dot ")
        if st == 0:
            return "%s dot %s at %s" % (f, l, sd)
        if st == 1:
            return "%s %s at %s" % (f, n2w(self.r.randint(20, 99)), sd)
        if st == 2:
            return "%s at %s" % (" ".join(f[:self.r.randint(3, 5)]), sd)
        if st == 3:
            return "%s.%s@%s" % (f, l, dom)
        if st == 4:
            return "%s underscore %s at %s" % (f[0], l, sd)
        return "%s %s %d at %s" % (f, l, self.r.randint(1, 99), sd)

    def g_age(self):
        n = self.r.randint(90, 104)
        st = self.r.randint(0, 3)
        if n >= 100:
            return self.c(["a hundred" + ("" if n == 100 else " and " + n2w(n - 100)),
                           "one hundred" + ("" if n == 100 else " and " + n2w(n - 100)),
                           str(n)])
        if st == 0:
            return str(n)
        if st == 1:
            return n2w(n).replace(" ", "-")
        return n2w(n)


KIND_OF = {"phone": "PHONE", "dob": "DOB", "date": "DATE", "addr": "ADDRESS", "zip": "ZIP",
           "town": "LOCATION", "member": "HEALTH_PLAN_ID", "mrn": "MRN", "email": "EMAIL",
           "age": "AGE"}
NAME_GENS = {"fn", "sur", "full", "wfn", "wsur", "wfull", "short", "intl", "isur", "ifull",
             "nick", "split", "any"}
TOKEN = re.compile(r"\{([a-z]*)(?:#(\d))?\}")


def spell(v, r):
    sep = r.choice([" ", " ", "-", ", "])
    letters = [c for c in v if c.isalpha()]
    return sep.join(letters)


def render(tpl, g, cap):
    memo = {}
    for m in TOKEN.finditer(tpl):
        gen, k = m.group(1), m.group(2)
        if (gen in NAME_GENS or gen in KIND_OF) and k and k not in memo:
            memo[k] = (gen, getattr(g, "g_" + gen)())
    vals = []

    def sub(m):
        gen, k = m.group(1), m.group(2)
        if gen == "spell":
            v = spell(memo[k][1], g.r)
            return "[[NAME|%s]]" % v
        if gen == "first":
            return "[[NAME|%s]]" % nm(memo[k][1].split(" ")[0])
        if gen == "" and k:
            gen, v = memo[k]
        elif k:
            gen, v = memo[k]
        else:
            v = getattr(g, "g_" + gen)()
        kind = "NAME" if gen in NAME_GENS else KIND_OF[gen]
        if kind == "NAME":
            v = nm(v)
        return "[[%s|%s]]" % (kind, v)

    def nm(v):
        return " ".join(w[:1].upper() + w[1:] for w in v.split(" ")) if cap else v

    text = TOKEN.sub(sub, tpl)
    if cap:
        text = text[:1].upper() + text[1:]
    return text


# ---------------------------------------------------------------- templates
# PHI turns. Tokens: {fn} {sur} {full} {wfn} {wsur} {wfull} {short} {intl} {isur} {ifull} {nick}
# {split} {any}: NAME; {phone} {dob} {date} {addr} {zip} {town} {member} {mrn} {email} {age};
# {gen#k} keeps the value as k, {#k} says it again, {spell#k} spells it, {first#k} its first word.

PHI = [
    "so {fn} said the refill was fine but the pharmacy's telling me it's too early",
    "yeah hi um i'm calling about my mom she's {age} and she fell again last night",
    "yeah it's {full} um i had a question about my bill from the the last visit",
    "this is {wfull} calling back about the the biopsy results",
    "my son's wife {fn} usually does his meds but she's out of town till sunday",
    "the tech named {short} said to call and get the order sent over to the lab",
    "can i ask for {wsur} at the front desk she knows my situation",
    "it's for me {intl} and little {short} we both need the flu shot",
    "{intl}'s inhaler ran out and they said the script expired",
    "last name is {spell#1} so {sur#1} first name {fn}",
    "okay the address is {addr} {town} {zip}",
    "her date of birth is {dob} and the phone on file is old",
    "you can reach me at {phone} that's my cell not the house",
    "the member id is {member} and it's under my husband {full}",
    "the wristband says {mrn} is that the same as the chart number",
    "uh email is {email} all lowercase",
    "he was seen on {date} by doctor {wsur} and nobody called us back",
    "thank you for calling northgate family dental this is {short} yes hi i'm calling for my daughter {fn}",
    "me {intl} and my sister {wfn} are both patients there",
    "i was talking to {nick} earlier and he transferred me to you",
    "yeah {wfn} wanted me to ask if the copay is the same for the second visit",
    "my caregiver {ifull} will pick up the prescription she's on the list",
    "who am i speaking with uh {fn} {wsur} and you are",
    "no it's {split} one word well two words the way you say it",
    "it's {fn#1} no sorry {fn} i always mix up my grandkids",
    "put it under {isur#1} wait let me just spell it {spell#1}",
    "can you call my daughter {any} instead her number's {phone}",
    "okay so {wfn} and {short} and {intl} will all be at the appointment",
    "i'm sorry ask for {sur} at the front desk she did my intake",
    "hi yes it's {wfn} like the word and the patient is my dad {full}",
    "it's {ifull} born {dob} i'm in the system i think",
    "doctor {isur} is that how you say it she wants me back on {date}",
    "yeah so {nick} my nephew brings me and then he waits in the car",
    "{fn}'s aide didn't show up tuesday and nobody called",
    "the nurse {short} told me the swelling was normal but it's worse",
    "hi this is {wfn} with {sur} hearing aids i'm returning a call from {fn}",
    "we live at {addr} it's the blue house behind the church",
    "we moved to {town} last spring so the old address is wrong",
    "zip is {zip} and the city is {town}",
    "the date of service was {date} and they billed it twice",
    "my grandmother is {age} years old is the house call covered",
    "tell {fn} i said thanks she was really patient with my dad",
    "the pharmacist was mister uh {wsur} or {wsur} something like that",
    "my boyfriend {split} is coming with me for the procedure",
    "my stepdad {wfn} {isur} is the one on the insurance not me",
    "that's {spell#1} {fn#1} yes like it sounds",
    "i'm calling for {ifull} she's my mother in law she doesn't speak much english",
    "and the kids are {short} {intl} and {wfn} all three need the physicals",
    "so {any} from the home care agency said she'd be here at nine and it's ten thirty",
    "can you have {fn} call me back at {phone}",
    "the old number was {phone} but now it's {phone}",
    "i got a text from {sur} at the lab saying the sample was no good",
    "my husband's {wfn} he's {age} and he won't go to the hospital",
    "the chart number is {mrn} and the patient's {fn} {isur}",
    "do you have my email it's {email} or maybe the old one",
    "the policy is in my ex's name {full} and the id is {member}",
    "we saw doctor {wsur} on {date} and she said come back in six weeks",
    "it's {nick#1} well my real name's {fn} but everybody calls me {#1}",
    "i'm {intl#1} {isur} but {#1} is fine",
    "our driver {wfn} dropped her off at {addr}",
    "my neighbor {short} found her on the floor she's {age}",
    "mom's {age} and her birthday's {dob}",
    "i work for {ifull} i'm her aide and she asked me to call about the {date} appointment",
    "yeah yeah {fn} {split} that's me",
    "{wsur} comma {wfn} that's how it'll be on the card",
    "dentist office this is {fn} yes hi it's {wfull} i chipped a tooth",
    "the patient is {intl} {wsur} date of birth {dob}",
    "my wife {fn} and my son {intl} and me we all switched over in january",
    "i had my cholesterol checked on {date} at the one in {town}",
    "mail it to {addr} {town} {zip} not the po box",
    "yeah uh {spell#1} no wait {spell#1} sorry it's {isur#1}",
    "um {intl} he he's my my father in law he's {age}",
    "do i talk to you or to {wsur} about the claim",
    "his nurse practitioner was {fn} something i didn't catch the last name",
    "last time i talked to {wfn} in billing she said it was paid",
    "my sister {nick} found out she was allergic and told me to check",
    "the rep {short} gave me a reference number but i lost it",
    "so basically {fn} and {fn} both said different things",
    "{wfull#1} {#1} sorry the line cut out",
    "the new patient is my son {fn#1} {spell#1}",
    "it's under {split} {fn} date of birth {dob}",
    "i can be reached at {email} or {phone} either's fine",
    "we were told to ask for {isur} in radiology",
    "hi i'm {short} i'm {intl}'s grand daughter i'm calling for her",
    "can {fn} pick up my prescriptions she's my roommate",
    "it went to the wrong house it went to {addr} and i'm next door",
    "our address changed to {addr} {town}",
    "medicare number {member} and the supplement is separate",
    "the lab work was drawn {date} and i never got results",
    "mrn {mrn} and last name {sur}",
    "we need a home visit for my aunt {intl} she's {age} and can't do stairs",
    "uh hi yeah {fn} here again i called yesterday about the wheelchair",
    "my brother {wfn} signs for everything he has power of attorney",
    "i go by {nick} but it's under {full}",
    "you spoke to {wfn} on monday and she was gonna fax it",
    "hello hello can you hear me okay {fn} speaking",
    "he's {age} she's eighty seven and they both need the shingles shot",
    "it's my kid {short} the one with asthma not the older one",
    "the dentist {wsur} said i might need a crown",
    "dropped it off with {intl} at the counter",
    "okay thanks {fn} you've been super helpful",
    "uh huh right right so {wfn} would be the best one to talk to",
    "{intl} {isur#1} that's {spell#1} {#1}",
    "okay so {fn} {sur} {dob} and {phone}",
    "i live in {town} off {addr}",
    "my email changed to {email}",
    "my dad passed but my mom {fn} still gets the bills at {addr}",
    "can you send the forms to {email} attention {fn}",
    "ask {wfn} or {wfn} whoever's on tonight",
    "mister {wsur} is my neighbor and he's been driving me",
    "{intl} and {intl} my twins are both due for shots on {date}",
    "the kids stay with their grandma {nick} in {town} on weekends",
    "it's {wfn} {wsur} from the assisted living calling on behalf of {full}",
    "doctor {wsur} put him on the add a rall for the a d h d and {fn} thinks it's too strong",
    "yeah the eczema ex ma cream {sur} prescribed it's not working",
    "my my number is {phone} sorry {phone} i gave you the wrong one",
    "i'm calling from the car so if i cut out it's {intl} {wsur} with the blood draw tomorrow",
    "the tech named {fn} no sorry {short} said fasting wasn't needed",
    "ask for {isur} at the front desk or {wfn} either one knows me",
    "it's {fn} her birthday is {dob} and she's at {addr}",
    "my insurance id is {member} and the group is seven seven two oh",
    "it's {mrn} that's the medical record number on the letter",
    "patient id {mrn} date of birth {dob}",
    "uh the zip code is {zip} i think yeah",
    "we're in {town} {zip} is that in your service area",
    "send the results to {email} please not the portal",
    "he's {age} and lives alone at {addr}",
    "the appointment on {date} needs to move to {date} if you have anything",
    "my fax no sorry my phone is {phone}",
    "subscriber id {member} that covers me and the kids",
    "if you need to verify it's {dob} and the zip is {zip}",
    "record number {mrn} i got it off the portal",
    "email's {email} and the cell is {phone}",
    "we're at {addr} in {town} the gate code is four four one two",
    "policy number {member} and the claim was for {date}",
]

# PHI-free turns: tricky ordinary text.
NO_PHI = [
    "will the pharmacy be open on memorial day or should i call back tuesday",
    "i hope so yeah the bill came in may and i already paid it",
    "can you mark it as urgent the rash on my back is spreading",
    "i take listen april ten milligrams every morning with the met for min",
    "do you carry the sterling silver medical id bracelets or just the rubber ones",
    "the summit clinic moved to the second floor right by the elevators",
    "is brown rice okay the day before the colonoscopy or only clear liquids",
    "it's the rose building not the main hospital the one by the parking garage",
    "press one for pharmacy press two for billing um i pressed two",
    "it's about ninety percent covered they said after the deductible",
    "i'm eighty seven so do i still need the shingles shot",
    "the group number is oh four four seven one does that help",
    "we got up at dawn to drive in for the fasting labs and the lab was closed",
    "she said it's a long wait so i'll just hold",
    "the cook at the assisted living puts salt on everything and my pressure's up",
    "i get so moody on this medication is that a side effect",
    "my daughter's a mason she lays brick so she can't come during the day",
    "i'll bill it to my hsa card if that's okay",
    "poison ivy all over both arms and it's spreading to my neck",
    "the pearl white crown or the gold one which does insurance cover",
    "can i use the chase card on file or do you need a new one",
    "is the urgent care at saint agnes open on sundays",
    "the a one c was seven point two last time down from eight",
    "my heart rate was one twenty and the pressure one fifty over ninety",
    "we're in the mercy wing room four twelve bed b",
    "the dentist said number fourteen needs a crown and maybe a root canal",
    "i have a question about the grace period on my premium",
    "my son will drive me so can we do friday at ten thirty",
    "is it okay to take advil with the prednisone or should i stick to tylenol",
    "uh-huh sure yeah i'll hold that's fine",
    "rusty water came out of the tap so i didn't use it for the nebulizer",
    "the card ends in four four two one but i think it expired",
    "my mother turned eighty nine in april and she's still driving",
    "the hearing aid whistles when i put my glasses on",
    "the aide comes monday wednesday and friday mornings around nine",
    "is ozempic covered or do i need a prior authorization",
    "that was april may or june i don't remember which month the shot was",
    "representative representative agent can i get a real person",
    "the copay's twenty five dollars and the specialist is fifty",
    "frank question is the generic just as good as the brand name",
    "i'd like to grant my daughter access to the portal how do i do that",
    "we're out of the brown bag refill thing the one they do in march",
    "it says take with food twice a day so breakfast and dinner right",
]


def validate(lines):
    ids = set()
    lab = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]*)\]\]")
    cues = re.compile(r"\b(dr|doctor|mr|mrs|ms|mister|nurse|my|number|dob|born|id|is|email|"
                      r"phone|zip|the)\b")
    counts = {}
    for ln in lines:
        assert ln.count("\t") == 1, ln
        i, text = ln.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert i.startswith(PREFIX)
        rest = lab.sub("", text)
        assert "[[" not in rest and "]]" not in rest, ln
        for m in lab.finditer(text):
            k, v = m.group(1), m.group(2)
            assert k in KINDS, ln
            assert v and v == v.strip(), ln
            assert v[-1] not in ",;:!?" and v[0] not in ",;:!?", ln
            assert not v.endswith("'s"), ln
            if k == "NAME":
                assert not cues.search(v.lower()), ln
            elif k != "ADDRESS":
                assert not re.search(r"\b(my|number|dob|born|is)\b", v), ln
            counts[k] = counts.get(k, 0) + 1
    return counts


def main():
    df, outdir = sys.argv[1], sys.argv[2]
    rng = random.Random(SEED)
    g = Gen(rng, df)
    n_phi, n_free = 200, len(NO_PHI)
    # each PHI template at most twice; every template at least once
    order = list(range(len(PHI)))
    rng.shuffle(order)
    extra = order[:n_phi - len(PHI)]
    picks = [("p", i) for i in range(len(PHI))] + [("p", i) for i in extra] + \
            [("f", i) for i in range(n_free)]
    rng.shuffle(picks)
    lines = []
    for n, (t, i) in enumerate(picks, 1):
        if t == "p":
            text = render(PHI[i], g, rng.random() < 0.08)
        else:
            text = NO_PHI[i]
        lines.append("%s%03d\t%s" % (PREFIX, n, text))
    counts = validate(lines)
    used = len(set(picks))
    header = ("# %s: generated by masker-domain/src/test/scripts/holdout9_voice_dev.py (seed %d) "
              "from Datafaker 2.7.0 name lists (Apache-2.0; locales %s) and Maori, Igbo, Yoruba, "
              "Tamil, Vietnamese, Korean, Polish, Irish, Arabic, Quechua, Samoan, Finnish and "
              "Hungarian names, ordinary-word names, short names, nicknames, split names, streets "
              "and towns written for Masker; all PHI kinds labelled; development set; tuned on; "
              "every value invented." % (OUT, SEED, " ".join(l for l in LOCALES
                                                             if l in g.used_locales)))
    with open(os.path.join(outdir, OUT), "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for ln in lines:
            f.write(ln + "\n")
    free = sum(1 for ln in lines if "[[" not in ln)
    print("lines %d, without PHI %d, templates %d" % (len(lines), free, used))
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))


if __name__ == "__main__":
    main()
