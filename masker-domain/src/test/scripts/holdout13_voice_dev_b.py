#!/usr/bin/env python3
"""Thirteenth-round voice development set, part b, for Masker: people and how to reach them.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
130132). Given names and surnames come from Datafaker 2.7.0's locale files (Apache-2.0), read
straight from the jar in the local Maven repository, combined at random so no real person is
meant, with their diacritics dropped as speech-to-text drops them; invented and ordinary-word
names, towns and streets are written here. Phones come only from ranges kept for fiction (North
America 555-01xx, UK 07700 900xxx and 01632 960xxx, Australia 0491 570 xxx); e-mails use
example.com/.org/.net.

Usage: holdout13_voice_dev_b.py [output.tsv]
"""
import os
import random
import re
import sys
import unicodedata
import zipfile

SEED = 130132
N_LINES = 260
N_FREE = 39
PREFIX = "vd13b-"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval", "voice-dev13b.tsv")
JAR = os.path.expanduser("~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar")
LOCALES = ["pt-BR", "nb-NO", "tr", "en-PH", "en-NZ", "it"]


# ---------------------------------------------------------------- names from Datafaker
def plain(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("å", "a").replace("ß", "ss")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.replace("''", " ").replace("'", " ").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def yml_list(text, key):
    m = re.search(r"^\s*" + key + r":\s*\[(.*?)\]", text, re.M | re.S)
    if not m:
        return []
    out = []
    for item in m.group(1).split(","):
        item = plain(item.strip().strip("\"'"))
        if item and re.fullmatch(r"[a-z ]+", item) and len(item) > 1:
            out.append(item)
    return sorted(set(out))


def load_names():
    fem, mal, sur = {}, {}, {}
    with zipfile.ZipFile(JAR) as jar:
        for loc in LOCALES:
            text = jar.read(loc + ".yml").decode("utf-8")
            f, m, s = yml_list(text, "female_first_name"), yml_list(text, "male_first_name"), yml_list(text, "last_name")
            if f:
                fem[loc] = f
            if m:
                mal[loc] = m
            if s:
                sur[loc] = s
    return fem, mal, sur


FEM, MAL, SUR = load_names()

# invented by the author, and ordinary words used as names
INV_FEM = ["bettany", "orlisse", "quenna", "marivel", "dessaly", "tamsine", "ylvana", "corabeth", "senna", "liora", "maudie", "jessamy"]
INV_MAL = ["ondrick", "tavish", "brannoc", "kelvor", "ambrin", "dorran", "fenwick", "olando", "reggan", "hollis", "crispin", "ludo"]
INV_SUR = ["ketterly", "brannock", "halloway", "strome", "ambersley", "ovitt", "pellham", "quarrington", "dunmere", "vossberg", "tillotson", "marrable", "okonjo", "ferraby"]
ORD_FEM = ["dawn", "pat", "sunny", "mercy", "hope", "faith", "june", "may", "rose", "joy", "grace", "april", "summer", "ivy", "penny", "robin"]
ORD_MAL = ["will", "bill", "mark", "grant", "bishop", "art", "cliff", "rusty", "skip", "chase", "sterling", "major", "frank", "gene", "deacon"]
ORD_SUR = ["finch", "baker", "booth", "marsh", "wells", "rook", "fox", "stone", "carpenter", "fisher", "hill", "bishop", "church", "house", "short", "may"]
BIRD_SUR = ["finch", "wren", "crane", "sparrow", "swallow", "rook", "drake", "lark"]
SPLIT_SUR = ["van housen", "mac allister", "o reilly", "de la cruz", "mc donagh", "van der berg", "fitz gerald", "de luca",
             "o sullivan", "mac kenzie", "van dyke", "le blanc", "di santo", "o hare", "mc pherson", "st john"]
NICK = [("liz", "elizabeth"), ("bill", "william"), ("peggy", "margaret"), ("kit", "katherine"), ("sandy", "alexandra"),
        ("tony", "antonio"), ("bea", "beatriz"), ("gabi", "gabriela"), ("nando", "fernando"), ("kris", "kristoffer"),
        ("bob", "robert"), ("mimi", "miriam"), ("teo", "teodoro"), ("jules", "juliana"), ("chuck", "charles"), ("rafa", "rafael")]
TOWNS = ["marlow springs", "cedar bluff", "harlow ridge", "briar glen", "northam falls", "quenby", "ashgrove", "tilden cross",
         "hope", "plain", "ember", "liberty", "pell river", "oakhurst", "little hadley", "sorrel creek"]
STREETS = ["tamsin way", "orchard row", "kestrel lane", "mill lane", "old quarry road", "pellman court", "birchfield drive",
           "larkspur avenue", "canal street", "juniper hollow road", "wexley place", "rook hill road", "ferncliff terrace"]

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def f_name():
    r = R.random()
    if r < 0.12:
        return pick(INV_FEM)
    return pick(FEM[pick(sorted(FEM))])


def m_name():
    r = R.random()
    if r < 0.12:
        return pick(INV_MAL)
    return pick(MAL[pick(sorted(MAL))])


def given():
    return f_name() if R.random() < 0.5 else m_name()


def surname():
    r = R.random()
    if r < 0.12:
        return pick(INV_SUR)
    if r < 0.18:
        return pick(SPLIT_SUR)
    return pick(SUR[pick(sorted(SUR))])


def full_f():
    return f_name() + " " + surname()


def full_m():
    return m_name() + " " + surname()


def full():
    return given() + " " + surname()


def N(v):
    return "[[NAME|" + v + "]]"


def L(kind, v):
    return "[[" + kind + "|" + v + "]]"


# ---------------------------------------------------------------- numbers said aloud
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def two(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def dw(c, oh=None):
    if c == "0":
        if oh is None:
            oh = R.random() < 0.7
        return "oh" if oh else "zero"
    return ONES[int(c)]


def digits_words(s):
    oh = R.random() < 0.7
    return " ".join(dw(c, oh) for c in s)


def runs_words(s):
    """digits in words, with double/triple for repeats"""
    out, i = [], 0
    oh = R.random() < 0.7
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        if n == 3:
            out.append("triple " + dw(s[i], oh))
        elif n == 2:
            out.append("double " + dw(s[i], oh))
        else:
            out.extend([dw(s[i], oh)] * n)
        i = j
    return " ".join(out)


AREA = ["503", "612", "206", "402", "919", "720", "314", "617", "808", "215", "479", "828", "907", "505"]


def us_parts():
    return pick(AREA), "555", "01" + "%02d" % R.randrange(100)


def us_phone(shape=None, parts=None):
    a, b, c = parts or us_parts()
    shape = shape if shape is not None else R.randrange(9)
    if shape == 0:
        return f"{a} {b} {c}"
    if shape == 1:
        return f"({a}) {b}-{c}"
    if shape == 2:
        return digits_words(a + b + c)
    if shape == 3:
        return f"{digits_words(a)}, {digits_words(b)}, {digits_words(c)}"
    if shape == 4:
        return f"{digits_words(a)} {runs_words(b)} {digits_words(c[:2])} {two(int(c[2:]))}"
    if shape == 5:
        return f"{a}-{b}-{c}"
    if shape == 6:
        return f"{runs_words(b)} {digits_words(c)}"
    if shape == 7:
        return f"one {digits_words(a)} {digits_words(b)} {digits_words(c)}"
    return f"{digits_words(a)}. {digits_words(b)}. {digits_words(c)}"


def uk_phone():
    tail = "%03d" % R.randrange(1000)
    s = R.randrange(6)
    if s == 0:
        return "plus four four seven seven zero zero nine zero zero " + digits_words(tail)
    if s == 1:
        return "oh seven seven double oh nine double oh " + digits_words(tail)
    if s == 2:
        return "07700 900" + tail
    if s == 3:
        return "+44 7700 900 " + tail
    if s == 4:
        return "oh one six three two, nine six oh, " + digits_words(tail)
    return "plus four four one six three two nine six oh " + digits_words(tail)


def au_phone():
    tail = "%03d" % R.randrange(1000)
    s = R.randrange(4)
    if s == 0:
        return "oh four nine one, five seven oh, " + digits_words(tail)
    if s == 1:
        return "plus six one four nine one five seven oh " + digits_words(tail)
    if s == 2:
        return "0491 570 " + tail
    return "+61 491 570 " + tail


def ext():
    n = str(R.randrange(10, 999))
    s = R.randrange(4)
    if s == 0:
        return "extension " + digits_words(n)
    if s == 1:
        return "ext " + n
    if s == 2:
        return "extension " + (two(int(n)) if int(n) < 100 else digits_words(n))
    return "x " + digits_words(n)


def phone():
    r = R.random()
    if r < 0.7:
        return us_phone()
    if r < 0.87:
        return uk_phone()
    return au_phone()


def P(v=None):
    return L("PHONE", v or phone())


def age_pair():
    n = R.randrange(90, 100) if R.random() < 0.8 else R.randrange(100, 106)
    s = R.randrange(5)
    if n == 100:
        return pick(["one hundred", "a hundred", "100"]), n
    if n > 100:
        return pick(["a hundred and ", "one hundred and ", "one oh "]) + ONES[n - 100], n
    if s == 0:
        return str(n), n
    if s == 1:
        return two(n).replace(" ", "-"), n
    return two(n), n


def age90():
    return age_pair()[0]


def year_words(y):
    return "nineteen " + (two(y - 1900) if y - 1900 >= 10 else "oh " + ONES[y - 1900])


def dob(y=None):
    y = y or R.randrange(1921, 1999)
    mo = R.randrange(12)
    d = R.randrange(1, 29)
    s = R.randrange(6)
    if s == 0:
        return f"{MONTHS[mo]} {ORD[d]} {year_words(y)}"
    if s == 1:
        return f"{digits_words('%02d' % (mo + 1))} {digits_words('%02d' % d)} {two(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 100]}"
    if s == 2:
        return f"{mo + 1}/{d}/{y}"
    if s == 3:
        return f"{ORD[d]} of {MONTHS[mo]} {y}"
    if s == 4:
        return f"{MONTHS[mo]} {d}, {year_words(y)}"
    return f"{MONTHS[mo]} {ORD[d]}, {y}"


def date():
    mo = R.randrange(12)
    d = R.randrange(1, 29)
    s = R.randrange(4)
    if s == 0:
        return f"{MONTHS[mo]} {ORD[d]}"
    if s == 1:
        return f"{ORD[d]} of {MONTHS[mo]}"
    if s == 2:
        return f"{MONTHS[mo]} {d}"
    return f"{MONTHS[mo]} {ORD[d]} twenty twenty {pick(['four', 'five'])}"


def zip5():
    z = "%05d" % R.randrange(10000, 99950)
    return z if R.random() < 0.5 else digits_words(z)


def address():
    n = R.randrange(12, 9900)
    num = str(n) if R.random() < 0.4 else (two(n // 100) + " " + (two(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100]) if n >= 1000 else digits_words(str(n)))
    unit = pick(["", "", " apartment " + str(R.randrange(1, 30)) + pick(["", "b", "c"]), " unit " + digits_words(str(R.randrange(1, 40)))])
    return f"{num} {pick(STREETS)}{unit}"


def email(g=None, s=None):
    g = (g or given()).replace(" ", "")
    s = (s or surname()).replace(" ", "")
    dom = pick(["example dot com", "example dot net", "example dot org"])
    k = R.randrange(9)
    if k == 0:
        return f"{g} dot {s} at {dom}"
    if k == 1:
        return f"{g}{s} at {dom}"
    if k == 2:
        return f"{g} underscore {s} {two(R.randrange(11, 99))} at {dom}"
    if k == 3:
        return f"{g[0]} {s} at {dom}"
    if k == 4:
        return f"{g} dash {s} at {dom}"
    if k == 5:
        return f"{' '.join(s)} at {dom}"
    if k == 6:
        return f"{g}.{s}{R.randrange(11, 99)}@example.{pick(['com', 'net', 'org'])}"
    if k == 7:
        return f"{g} dot, uh, {s} at {dom}"
    return f"{g[0]} dot {s} {digits_words(str(R.randrange(1, 99)))} at {dom}"


def E(g=None, s=None):
    return L("EMAIL", email(g, s))


AS_IN = {"a": "apple", "b": "boy", "c": "charlie", "d": "david", "e": "edward", "f": "frank", "g": "george", "h": "henry",
         "i": "ida", "j": "john", "k": "king", "l": "lincoln", "m": "mary", "n": "nancy", "o": "ocean", "p": "peter",
         "q": "queen", "r": "robert", "s": "sam", "t": "tom", "u": "union", "v": "victor", "w": "william", "x": "x-ray",
         "y": "yellow", "z": "zebra"}


def spell(w, as_in=False):
    letters = [c for c in w if c != " "]
    if as_in:
        i = R.randrange(len(letters))
        parts = [c + (" as in " + AS_IN[c] if k == i else "") for k, c in enumerate(letters)]
        return " ".join(parts)
    return " ".join(letters)


def doubled_name():
    for _ in range(500):
        n = given()
        m = re.search(r"([a-z])\1", n)
        if m and " " not in n:
            return n, m.group(1)
    return "hanne", "n"


def thing():
    return pick(["the referral", "my mom's walker", "the prior auth", "the sharps container", "the new insulin pens",
                 "the sleep study", "the paperwork for the scooter", "the stool kit", "the wound vac"])


def drug():
    return pick(["metformin", "lisinopril", "eliquis", "levothyroxine", "amlodipine", "gabapentin", "furosemide",
                 "atorvastatin", "warfarin", "tamsulosin"])


def rel_f():
    return pick(["my mom", "my mother", "my aunt", "my grandmother", "my wife", "my sister", "my daughter", "my mother in law"])


def rel_m():
    return pick(["my dad", "my father", "my uncle", "my grandpa", "my husband", "my brother", "my son", "my father in law"])


def fill():
    return pick(["", "", "um ", "uh ", "yeah ", "okay so ", "hi ", "so ", "sorry ", "hello, "])


def lastfour(c):
    return digits_words(c)


# ---------------------------------------------------------------- templates with PHI
T = []


def t(fn):
    T.append(fn)
    return fn


@t
def _():
    return f"{fill()}ask for {N(f_name())} at the front, she knows about {thing()}"


@t
def _():
    return f"it was the tall one, {N(m_name())}, he did the blood draw last time and it barely hurt"


@t
def _():
    return f"my neighbor {N(m_name())} drives me to dialysis so if you need to call, call his cell, {P()}"


@t
def _():
    return f"the aide, {N(f_name())}, comes {pick(WEEKDAYS)}s and she can sign for the delivery if i'm asleep"


@t
def _():
    return f"we saw {N(surname())} last time and honestly i'd rather see somebody else this time"


@t
def _():
    return f"put it under her maiden name, {N(surname())}, that's what the insurance card still says"


@t
def _():
    return f"{fill()}{N(given())} picked up the prescription yesterday, was it the right dose of the {drug()}"


@t
def _():
    return f"tell doctor {N(surname())} i said thanks, the new {pick(['inhaler', 'cream', 'brace', 'pills'])} is working"


@t
def _():
    return f"{N(m_name())} and {N(f_name())} both need refills, same pharmacy as always"


@t
def _():
    return f"this is {N(pick(ORD_FEM + ORD_MAL))} calling for my mother {N(full_f())}, she's {L('AGE', age90())} and can't really hear the phone"


@t
def _():
    a, b = pick(NICK)
    return f"it's {N(a)}, {N(b + ' ' + surname())}, i'm on the list for the {pick(['two', 'ten thirty', 'three fifteen', 'nine'])} o'clock"


@t
def _():
    return f"last name {N(pick(BIRD_SUR))}, like the bird, first name {N(given())}"


@t
def _():
    n, c = doubled_name()
    return f"{fill()}it's {N(n)}, with two {c}s, and the last name is {N(surname())}"


@t
def _():
    s = surname()
    return f"the last name is {N(s)}, that's {N(spell(s))}"


@t
def _():
    s = pick(INV_SUR + [x for x in SUR['nb-NO'] if ' ' not in x][:40])
    return f"um it's {N(s)}, {N(spell(s, as_in=True))}"


@t
def _():
    return f"her name is {N(f_name() + ' ' + pick(SPLIT_SUR))}, it's two words i think, the last name"


@t
def _():
    return f"you can reach me at {P(us_phone(pick([2, 3, 4])))}, that's my cell, i don't really check the house phone"


@t
def _():
    return f"the best number for {pick(['my daughter', 'my niece', 'my granddaughter'])} {N(f_name())} is {P()}, she handles all my appointments"


@t
def _():
    return f"i'm actually in the uk right now visiting so it's {P(uk_phone())}"


@t
def _():
    return f"my sister's in england, her mobile is {P(uk_phone())}, and her name's {N(full_f())}"


@t
def _():
    return f"he's staying in australia until {pick(MONTHS)}, the number there is {P(au_phone())}"


@t
def _():
    return f"the office line for doctor {N(surname())} is {P(us_phone(pick([0, 1, 2, 5])) + ' ' + ext())}"


@t
def _():
    parts = us_parts()
    c2 = parts[2][:3] + str((int(parts[2][3]) + R.randrange(1, 9)) % 10)
    return f"it's {P(us_phone(2, parts))}, no sorry, {P(us_phone(2, (parts[0], parts[1], c2)))}, i always mix up the end"


@t
def _():
    parts = us_parts()
    c2 = parts[2][:3] + str((int(parts[2][3]) + R.randrange(1, 9)) % 10)
    return f"my number's {P(us_phone(0, parts))}, wait, the last four are {lastfour(c2)}, so {P(us_phone(0, (parts[0], parts[1], c2)))}"


@t
def _():
    parts = us_parts()
    return f"{P(us_phone(pick([2, 3]), parts))}, again that's {P(us_phone(0, parts))}"


@t
def _():
    return f"{fill()}my email is {E()}"


@t
def _():
    g, s = given(), surname()
    return f"the email is {L('EMAIL', g + ' ' + s.replace(' ', '') + ' at ' + pick(['example dot com', 'example dot org']))}, and the name part is all one word"


@t
def _():
    g = m_name()
    return f"send it to {rel_m()} {N(g)}, his email's {E(g)}, he checks it more than me"


@t
def _():
    return f"she's {L('AGE', age90())} and still lives alone, that's why {N(f_name())} checks on her every morning"


@t
def _():
    return f"grandpa turned {L('AGE', pick(['one hundred', 'a hundred', 'a hundred and one']))} in {pick(MONTHS)}, we had a party, anyway he needs his {drug()} refilled"


@t
def _():
    return f"{pick(['my aunt', 'my great aunt', 'my godmother'])} {N(f_name())} is {L('AGE', age90())}, she's the patient, i'm just the niece"


@t
def _():
    a, n = age_pair()
    return f"he's {L('AGE', a)} years old, {N(full_m())}, date of birth {L('DOB', dob(2026 - n - R.randrange(2)))}"


@t
def _():
    return f"my mom's {two(R.randrange(70, 90))} and my grandmother is {L('AGE', age90())}, and both of them see doctor {N(surname())}"


@t
def _():
    return f"the pharmacist, {N(given())}, said to call you about the interaction with {drug()}"


@t
def _():
    return f"nurse {N(given())} told me to call back if the fever went over a hundred and two, and it's a hundred and one now"


@t
def _():
    return f"can you transfer me to {N(f_name())} in billing, she helped me {pick(['last week', 'before', 'on monday'])}"


@t
def _():
    return f"{N(given())} from the night shift said my {pick(['mom', 'dad', 'grandma'])} didn't eat again"


@t
def _():
    return f"i'm calling on behalf of {N(full())}, i'm the carer, my name is {N(given())}"


@t
def _():
    g = given()
    return f"who's {N(g)}? i got a voicemail from a {N(g)} at this number"


@t
def _():
    s = surname()
    return f"it's for {N(given() + ' ' + s)}, {N(s)}'s the last name"


@t
def _():
    return f"the patient is {N(surname() + ', ' + given())}, born {L('DOB', dob(R.randrange(1935, 2001)))}"


@t
def _():
    return f"{pick(['my caseworker', 'my social worker', 'the discharge planner'])} {N(full())} said you'd have the forms ready"


@t
def _():
    return f"doctor {N(surname())} retired, so now we see {N(full())}, the nurse practitioner"


@t
def _():
    return f"i think it was {N(surname())} or {N(surname())}, one of the two surgeons, i can't remember"


@t
def _():
    return f"dr {N(pick(SPLIT_SUR))} did the knee and he wants a follow up in six weeks"


@t
def _():
    return f"mrs {N(pick(ORD_SUR))} from next door found him on the floor, that's why we went to the er"


@t
def _():
    return f"{rel_m()} {N(m_name())} had his {pick(['colonoscopy', 'cataract surgery', 'stress test', 'biopsy'])} on {L('DATE', date())} and he's still sore"


@t
def _():
    g = m_name()
    return f"{N(g)}'s wife called earlier, i'm returning her call, it's about {N(g)}'s lab results"


@t
def _():
    return f"is {N(given())} working today? the one with the {pick(['braids', 'glasses', 'red scrubs', 'accent'])}"


@t
def _():
    return f"we were seen by a student, {N(given())} something, i didn't catch the last name"


@t
def _():
    return f"my {pick(['sister', 'cousin', 'friend'])}, {N(pick(ORD_FEM))}, she's the emergency contact, number's {P()}"


@t
def _():
    g = given()
    return f"{fill()}i'm {N(g + ' ' + surname())}, first name {N(spell(g))}"


@t
def _():
    g = f_name()
    return f"it's {N(g)}, {N(g + ' ' + surname())}, sorry i'm driving"


@t
def _():
    return f"the aide is {N(f_name())} but on weekends it's {N(given())} or sometimes {N(pick(ORD_FEM))}"


@t
def _():
    return f"my daughter in law {N(f_name())} will bring him, she's already on the form"


@t
def _():
    return f"{N('will')} will bring her in {pick(WEEKDAYS)}, he's her grandson"


@t
def _():
    return f"yeah {N(given())}, the physical therapist, wants the script faxed, the fax is {L('FAX', us_phone(pick([0, 2, 5])))}"


@t
def _():
    a, b = pick(NICK)
    return f"she goes by {N(a)} but the chart probably says {N(b + ' ' + surname())}"


@t
def _():
    return f"the account's under my dad, {N(full_m())}, he's {L('AGE', age90())} so i do all the calls"


@t
def _():
    return f"i'm the power of attorney for {N(full())}, my name's {N(full())}, and my cell is {P()}"


@t
def _():
    return f"text me at {P()} or email {E()}, whichever is easier for you guys"


@t
def _():
    return f"please don't call the landline, {N(m_name())} answers it and he gets confused, use {P()}"


@t
def _():
    return f"we need to add a contact, {N(full_f())}, relationship is granddaughter, phone {P()}"


@t
def _():
    return f"{rel_f()}, {N(f_name())}, she's {L('AGE', age90())}, she lives in {L('LOCATION', pick(TOWNS))} with my brother {N(m_name())}"


@t
def _():
    return f"the address is {L('ADDRESS', address())}, {L('LOCATION', pick(TOWNS))}, {L('ZIP', zip5())}, and it's under {N(full())}"


@t
def _():
    return f"it's not the old yahoo one anymore, the new one is {E()}"


@t
def _():
    s = pick(["halvorsen", "pedersen", "jensen", "larsen", "kristiansen", "nilsen", "rasmussen"])
    return f"{N(s)} with an s on the end, not a z, s e n, and the first name is {N(given())}"


@t
def _():
    sp = pick(["mac allister", "mc donagh", "mac kenzie", "mc pherson"])
    return f"the surgeon was {N(sp)} i believe, or {N(sp.replace(' ', ''))}, something like that"


@t
def _():
    return f"{rel_m()} {N(full_m())} passed on {L('DATE', date())}, so please take him off the mailing list"


@t
def _():
    return f"dr {N(surname())}'s office gave me this number, i'm trying to reach {N(f_name())} the scheduler"


@t
def _():
    return f"the caller id might say {N(full())}, that's my roommate's phone, i don't have my own"


@t
def _():
    return f"i'm calling from my work phone, {P(us_phone(pick([0, 1, 2])) + ' ' + ext())}, it rings the front desk first"


@t
def _():
    a, n = age_pair()
    return f"my grandmother, she's {L('AGE', a)}, uh, her name is {N(full_f())} and her birthday is {L('DOB', dob(2026 - n - R.randrange(2)))}"


@t
def _():
    return f"hi it's {N(f_name())} again, i called this morning about my husband {N(m_name())}"


@t
def _():
    return f"the bill came addressed to {N(full())} but there's nobody here by that name"


@t
def _():
    return f"is it okay if {N(pick(['faith', 'hope', 'grace', 'mercy', 'joy']))} signs for it, she's my daughter"


@t
def _():
    return f"my friend {N(pick(['bishop', 'deacon', 'major', 'chase']))} usually takes me, he's got a van with a lift"


@t
def _():
    return f"the emergency contact is my nephew {N(m_name())}, {P()}, or my friend {N(f_name())}, {P()}"


@t
def _():
    return f"the telehealth link should go to {E()}, not to {N(given())}'s email"


@t
def _():
    return f"hello, {N(f_name())} from doctor {N(surname())}'s office left a message for me to call {P()}"


@t
def _():
    return f"i need the records sent to doctor {N(full())} in {L('LOCATION', pick(TOWNS))}, the fax there is {L('FAX', us_phone())}"


@t
def _():
    return f"her birthday is {L('DOB', pick(MONTHS) + ' ' + pick(ORD[1:]))}, she'll be {L('AGE', age90())}, can we get her in before that"


@t
def _():
    return f"the lady who answered, i think she said {N(f_name())}, told me to hold and then it hung up"


@t
def _():
    return f"it's {N(full())}, spelled the normal way, nothing fancy"


@t
def _():
    return f"no, {N(given())} is my middle name, the first name is {N(given())}"


@t
def _():
    return f"{pick(['reggie', 'ronnie', 'benny'])}? no, it's {N(m_name() + ' ' + surname())}, and my number is {P()}"


@t
def _():
    return f"my sister {N(pick(['sunny', 'dawn', 'april', 'robin']))} has my permission to talk about my results"


@t
def _():
    return f"{N(m_name())} doesn't do email so just call the house, {P()}"


@t
def _():
    return f"my number's {P(uk_phone())}, that's a uk mobile so it might show up weird"


@t
def _():
    return f"{fill()}the carer's name is {N(full_f())} and she's there from eight till two"


@t
def _():
    return f"{N(f_name())}'s the one who gave him the shot, he said she was really gentle"


@t
def _():
    return f"can {N(m_name())} call me back? he has my number, it's {P()}"


@t
def _():
    return f"i spoke to a {N(given())} yesterday, or maybe {N(given())}, about the denial letter"


@t
def _():
    return f"the interpreter, {N(f_name())}, needs to be on the call too, her number is {P()}"


@t
def _():
    return f"so the e-mail, it's {E()}, did you get that, do you want me to spell it"


@t
def _():
    g, s = given(), surname().replace(" ", "")
    return f"my first name's {N(g)} and the email's just that, {L('EMAIL', spell(g) + ' at ' + pick(['example dot com', 'example dot net']))}"


@t
def _():
    return f"um my uncle {N(full_m())}, he's {L('AGE', age90())}, he's a veteran, uh, is he eligible for the home visits"


@t
def _():
    return f"{pick(['on my mom', 'on my husband', 'on my dad'])}'s account the phone is wrong, it should be {P()}, not the old one"


@t
def _():
    return f"the on call doctor was {N(full_f())}, she said to keep him on fluids, i'm just reporting back"


@t
def _():
    return f"i was seen in the er on {L('DATE', date())} by doctor {N(surname())} and they said follow up with you"


@t
def _():
    return f"the pharmacist {N(m_name())} at the {pick(['elm street', 'downtown', 'mall'])} location said the refill's not authorized"


@t
def _():
    return f"{N(f_name())} and i, we share a phone, so if it's her calling it's still {P()}"


@t
def _():
    return f"the appointment's for my wife, {N(f_name())}, no wait, it's for my daughter, {N(f_name())}, sorry, long day"


@t
def _():
    s = surname()
    return f"uh the doctor that referred me was, um, {N(s)}? {N(given() + ' ' + s)}, yeah, doctor {N(s)}, i'm bad with names"


@t
def _():
    return f"her date of birth is {L('DOB', dob(R.randrange(1926, 1950)))} and her daughter {N(f_name())} is the contact, {P()}"


@t
def _():
    return f"yeah so {N(pick(ORD_MAL))} from your office called and said the tests came back, can i talk to {N(f_name())}"


@t
def _():
    return f"{fill()}please update my email to {E()} and remove the one with my old work"


@t
def _():
    return f"my granddad is {L('AGE', age90())}, {N(full_m())}, he's at {L('ADDRESS', address())} in {L('LOCATION', pick(TOWNS))}"


@t
def _():
    return f"the visiting nurse, {N(full_f())}, left her card, it says {P()}"


@t
def _():
    return f"i'll be coming with {N(f_name())}, she's my ride, and maybe {N(pick(ORD_MAL))} if he gets off work"


@t
def _():
    return f"can you text {N(m_name())} instead, he's at {P()}, i'm hard of hearing on the phone"


@t
def _():
    s = pick(["lindqvist", "blomqvist", "sundqvist", "almqvist"])
    return f"put it under {N(f_name() + ' ' + s)}, that's with a q and no u after it, {N(s)}"


@t
def _():
    g, s = given(), surname()
    return f"my email, it's {L('EMAIL', g + ' dot, hang on, ' + s.replace(' ', '') + ' at example dot net')}, sorry the dog"


# ---------------------------------------------------------------- PHI-free turns
FREE = [
    "will the pharmacy be open on monday or should i call back, i'm out of the blood pressure pills",
    "i hope the bill doesn't go to collections again, can you mark it as disputed",
    "may i ask whether the grant covers rides to the clinic or just the copay",
    "i'm allergic to sterling silver so the rash on my ear lobe is probably that, not the new cream",
    "we ate at the summit diner, i had brown rice and fish, and then the heartburn started around nine",
    "is rose hip tea okay to take with warfarin, my sister swears by it",
    "the faith community nurse said to ask you about the shingles shot",
    "the doctor said keep the ankle up and ice it twice a day, is that still right after a week",
    "what's the copay for a ninety day supply of metformin, five hundred milligrams",
    "um the hearing aid batteries, size three twelve, the brown tab ones, do you carry those",
    "i need to reschedule, tuesday doesn't work, wednesday or friday after three is fine",
    "my blood pressure was one forty two over ninety this morning and eighty eight pulse",
    "he's eighty seven and still drives, is that allowed after the cataract surgery",
    "my mother is eighty nine and a half and she wants to know if she needs the new covid booster",
    "the group number on the card is eight eight three oh two, does that help",
    "the last four of my social are four four one seven if you need to verify",
    "i was born in nineteen fifty two so i guess i'm on medicare now, how does that work",
    "grant me a minute, i'm looking for my reading glasses, okay go ahead",
    "is it normal for the incision to itch this much after a week",
    "my daughter will pick it up, she has the card, is that okay",
    "hold on the baby's crying, okay sorry, go ahead",
    "you can leave a voicemail on my cell, it's the number you have on file",
    "the inhaler says zero refills, can the doctor send a new one over",
    "which lab does the blood draw, the one by the mall or the one downtown",
    "the doctor's orders were to fast after midnight, does black coffee count",
    "bill me later is fine, i'll pay it when my check comes on the first",
    "is the office open on christmas eve or the friday after thanksgiving",
    "i spoke to somebody yesterday but i didn't catch their name, they said someone would call",
    "mark the penicillin allergy on my chart please, it's hives, not breathing",
    "can the home health aide come earlier on thursdays, like eight instead of ten",
    "the pain's in my lower back and down the left leg, kind of burning, worse at night",
    "i take vitamin d, fish oil and a baby aspirin every morning, should i stop before the scope",
    "is dawn the earliest you open, like six am, for the fasting labs",
    "we're in june already and the prior auth from april still says pending",
    "the wound care nurse said change the dressing every other day but it's soaking through",
    "my son's pediatrician retired and we need a new one who takes medicaid",
    "it's a forty dollar copay for the specialist, is that right, it was twenty five last year",
    "the summer hours are different right, closing at four on fridays",
    "press two for the pharmacy? i pressed two and it sent me back here",
    "the generic of lisinopril looks different now, a white oval, is that the same thing",
    "my email bounced i think, can you just mail the form to the house instead",
    "the sugar was two sixty after dinner, i took four units extra like the sliding scale says",
    "the may appointment got canceled and nobody told me, i drove forty minutes",
]

ID_RE = re.compile(r"^" + re.escape(PREFIX) + r"\d{3}$")
LABEL_RE = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS"}
CUES = {"doctor", "dr", "mrs", "mr", "ms", "miss", "nurse", "my", "the", "number", "email", "phone", "cell", "is", "at",
        "born", "fax", "name", "dob", "birthday", "call", "it's", "that's", "and"}


def check(line_id, text):
    assert ID_RE.match(line_id), line_id
    assert "\t" not in text and "\n" not in text, line_id
    words = len(LABEL_RE.sub(lambda m: m.group(2), text).split())
    assert 5 <= words <= 60, (line_id, words)
    rest = LABEL_RE.sub("", text)
    assert "[[" not in rest and "]]" not in rest and "|" not in rest, (line_id, "markup")
    for kind, v in LABEL_RE.findall(text):
        assert kind in KINDS, (line_id, kind)
        assert v and v == v.strip(), (line_id, "blank edge")
        assert v[0] not in ",;:!?" and v[-1] not in ",;:!?", (line_id, "punct edge")
        assert not v.endswith("'s"), (line_id, "possessive inside")
        first = v.split()[0]
        last = v.split()[-1]
        assert first not in CUES and last not in CUES, (line_id, "cue inside")
        if kind == "PHONE":
            digits = re.sub(r"\D", "", v)
            assert ("555" in v or "five" in v or "7700" in v or "seven" in v or "one six three two" in v
                    or "1632" in v or "491" in v or "nine one" in v), (line_id, "phone range")
    return LABEL_RE.findall(text)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    n_phi = N_LINES - N_FREE
    assert len(FREE) >= N_FREE and len(T) + N_FREE >= 60
    order = []
    while len(order) < n_phi:
        batch = list(range(len(T)))
        R.shuffle(batch)
        order.extend(batch)
    order = order[:n_phi]
    seen, lines = set(), []
    for i in order:
        for _ in range(50):
            s = re.sub(r"\s+", " ", T[i]()).strip()
            if s not in seen:
                break
        assert s not in seen
        seen.add(s)
        lines.append((i, s))
    free = R.sample(FREE, N_FREE)
    for s in free:
        assert s not in seen and not LABEL_RE.search(s)
        seen.add(s)
        lines.append((-1, s))
    R.shuffle(lines)
    uses = {}
    for i, _s in lines:
        uses[i] = uses.get(i, 0) + 1
    assert max(v for k, v in uses.items() if k >= 0) <= 3
    counts = {}
    rows = []
    for k, (_i, s) in enumerate(lines, 1):
        lid = "%s%03d" % (PREFIX, k)
        for kind, _v in check(lid, s):
            counts[kind] = counts.get(kind, 0) + 1
        rows.append(lid + "\t" + s)
    assert len({r.split("\t")[0] for r in rows}) == len(rows) == N_LINES
    header = ("# voice-dev13b.tsv: generated by masker-domain/src/test/scripts/holdout13_voice_dev_b.py (seed %d) from "
              "Datafaker 2.7.0 name lists (Apache-2.0; locales %s, diacritics dropped) and invented and ordinary-word "
              "names, streets and towns written for Masker; caller turns about people and how to reach them (names with "
              "and without cues, spelled, split and corrected; phones, e-mails, ages over 89), all PHI kinds labelled; "
              "development set, tuned on; every value invented.") % (SEED, " ".join(LOCALES))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for r in rows:
            fh.write(r + "\n")
    print("lines", len(rows), "free", N_FREE, "phi templates", len(T), "free templates", len(FREE),
          "max uses", max(v for k, v in uses.items() if k >= 0), file=sys.stderr)
    print(" ".join("%s=%d" % kv for kv in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
