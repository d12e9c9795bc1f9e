#!/usr/bin/env python3
"""Eleventh-round voice development set for Masker, part a: caller turns to clinic, pharmacy and
insurer voice agents about other people (relatives, carers, doctors and staff named with no cue
word, ordinary-word names, names said twice, corrected or spelled), ages over 89 said many ways,
and dates tied to a person in many spoken shapes; the rest general caller turns with every kind.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
110111); it checks the markup it writes. A development set: the project tunes on it.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout11_voice_dev_a.py /tmp/df \
      masker-domain/src/test/resources/dev/masker/domain/masking/eval
"""
import os
import random
import re
import sys
import unicodedata

SEED = 110111
FILE = "voice-dev11a.tsv"
SCRIPT = "masker-domain/src/test/scripts/holdout11_voice_dev_a.py"
PREFIX = "vd11-"
TOTAL = 240
N_FREE = 36      # lines without PHI (15%)
N_FOCUS = 146    # names without cues, ordinary-word names, ages over 89, dates (about 60%)
LOCALES = ["en", "en-IE", "pt", "hr", "sq", "fi-FI", "tr", "sk", "et", "en-NEP"]

KEYS_FIRST = ("first_name", "male_first_name", "female_first_name")
KEYS_LAST = ("last_name", "man_last_name", "woman_last_name", "male_last_name", "female_last_name")


# ---------------------------------------------------------------- names from Datafaker yml files

def plain(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i").replace("ł", "l").replace("đ", "d").replace("ß", "ss")
    return s.lower().replace("'", " ").replace("-", " ").strip()


def yml_lists(path):
    """first-name and last-name lists of one Datafaker locale file (inline or block lists)."""
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    out = {"first": [], "last": []}
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s+)([a-z_]+):\s*(.*)$", lines[i])
        if m and m.group(2) in KEYS_FIRST + KEYS_LAST:
            bucket = "first" if m.group(2) in KEYS_FIRST else "last"
            indent, rest = len(m.group(1)), m.group(3)
            items = []
            if rest.startswith("["):
                buf = rest
                while "]" not in buf:
                    i += 1
                    buf += " " + lines[i]
                items = [x.strip().strip('"').strip("'") for x in buf[1:buf.index("]")].split(",")]
            elif rest == "":
                j = i + 1
                while j < len(lines) and re.match(r"^\s*- ", lines[j]) and \
                        len(lines[j]) - len(lines[j].lstrip()) >= indent:
                    items.append(lines[j].strip()[2:].strip().strip('"').strip("'"))
                    j += 1
                i = j - 1
            for it in items:
                if it and "#{" not in it:
                    out[bucket].append(it)
        i += 1
    return out


SKIP = {"gay", "buddha", "krishna", "prachanda", "baburam"}


def load_names(df):
    first, last = set(), set()
    for loc in LOCALES:
        path = os.path.join(df, "en", "name.yml") if loc == "en" else os.path.join(df, loc + ".yml")
        got = yml_lists(path)
        for b, dest in (("first", first), ("last", last)):
            for n in got[b]:
                p = plain(n)
                if re.fullmatch(r"[a-z]{3,12}( [a-z]{3,12})?", p) and p not in SKIP:
                    dest.add(p)
    return sorted(first), sorted(last)


# ---------------------------------------------------------------- invented and ordinary-word names

OWN_FIRST = """ingrid rosalind dmitri teodor solveig anouk benedek oksana ifeoma thandiwe kwabena yusra
marisol ottilie fenna bartosz radek ximena eamon cosima ludmila aurelio wendell thaddeus ilse greer
linnea desmond hollis imogen perpetua eulalia ambrose cornelius zbigniew svetlana goran vesna ruairi
oluwaseun chidera ayodele nkechi tariq farida hamza leilani keoni makana tevita siosaia mereana
wiremu haruto yuki minseo jiwoo thuy khanh bao ngozi efua kofi abena yaw esi priya anand lakshmi
dagny torvald sigrun evander lavinia philippa augustin octavia bertram winifred mildred clement
florentyna wieslawa casimir ignatius lucasta ferdinand ptolemy gwendolyn rhiannon dafydd ceridwen
aled bronwen seren cormac ailbhe fionnuala oisin""".split()

SYL_A = "ta ke mo ri la vo su bri dra el or an is ul ze pa no vi ha ju".split()
SYL_B = "ven ros mir dal bek tis lun gor fen wyn nar sel kov tan rel mos vic dun".split()
SYL_C = "a ia o ek e ina us el an ette".split()

ORD_FIRST = """will may bill grant rose mark june hope faith sterling pat dawn april august art chase
frank ray joy grace penny ruby iris holly robin drew miles wade dale clay reed cliff sunny misty
buck rusty sandy skip pearl ivy jewel destiny""".split()

ORD_LAST = """king rivers finch baker cook page booth church fox bird hill brooks marsh lamb frost
sharp moody young small little long bell hale park gray green black white wood field stone waters
banks rice price hart hunt cross lane ford mason porter walker fisher carter shepherd swift wise
noble strong love best sparrow crane lark wren drake pike bishop dean chambers hall knight summers
winter snow day english french sterling cash gold silver pepper barber butcher potter weaver
glover slaughter house castle battle""".split()

BIRD_LAST = ["finch", "sparrow", "crane", "lark", "wren", "drake", "swift"]

TOWN_LIST = ["ashcombe", "harlow creek", "penwick", "dunmore", "sweetwater", "millbrook falls",
             "cold spring", "tarrant", "fennimore", "bixby hollow", "east lydell", "oakvale",
             "corran point", "greystoke", "marlow junction", "bellhaven", "new antrim", "quillon",
             "redfern gap", "stanwick", "ferris bend", "lowry mills", "castine ridge", "palmerston",
             "kettering flats", "orrin", "hope", "union", "liberty", "sale", "friendship", "eureka",
             "joy", "bend", "paris", "athens"]
STREETS = ["penhollow", "tamsin", "larkspur", "old quarry", "wickersham", "dellwood", "brannock",
           "sorrel", "kittredge", "almsworth", "fenlow", "pardee", "corbel", "hatherly", "mossgiel",
           "ondine", "prewitt", "runnel", "mill", "church", "orchard", "station", "high", "spring",
           "cedar", "quarry hill", "bishop", "maple"]
SUFFIXES = ["street", "avenue", "road", "lane", "drive", "court", "way", "boulevard", "place",
            "terrace", "circle", "parkway"]


# ---------------------------------------------------------------- number words

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
       "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_ONES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
            14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
            19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def w(n, dash=False):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    if o == 0:
        return TENS[t]
    return TENS[t] + ("-" if dash else " ") + ONES[o]


def ordw(n):
    if n in ORD_ONES:
        return ORD_ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORD_ONES[o]


def ordn(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def year_w(y):
    if 2000 <= y <= 2009:
        return "two thousand " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return w(hi) + " " + ("hundred" if lo == 0 else ("oh " + ONES[lo] if lo < 10 else w(lo)))


def yy_w(y):
    lo = y % 100
    return "oh " + ONES[lo] if lo < 10 else w(lo)


def two_w(n):
    """a two-digit month or day said digit by digit: 3 -> 'oh three', 12 -> 'one two'."""
    return ("oh " + ONES[n]) if n < 10 else " ".join(ONES[int(c)] for c in str(n))


def digits_w(s, oh=0.5):
    out = []
    for c in s:
        if c == "0":
            out.append("oh" if R.random() < oh else "zero")
        else:
            out.append(ONES[int(c)])
    return " ".join(out)


def digits_spoken(s):
    """digits as words, with a 'double' now and then."""
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.5:
            out.append("double " + ("oh" if s[i] == "0" else ONES[int(s[i])]))
            i += 2
        else:
            out.append("oh" if s[i] == "0" and R.random() < 0.5 else ONES[int(s[i])])
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- random values

R = random.Random(SEED)
FIRST, LAST = [], []


def pick(xs):
    return R.choice(xs)


def invented():
    return pick(SYL_A) + pick(SYL_B) + (pick(SYL_C) if R.random() < 0.5 else "")


def given():
    x = R.random()
    if x < 0.5:
        return pick(FIRST)
    if x < 0.85:
        return pick(OWN_FIRST)
    return invented()


def sur():
    x = R.random()
    if x < 0.8:
        return pick(LAST)
    return invented()


def full():
    return given() + " " + sur()


def ordg():
    return pick(ORD_FIRST)


def ords():
    return pick(ORD_LAST)


def spell(name):
    return " ".join(c for c in name if c != " ")


def age_old():
    n = R.randint(90, 106)
    x = R.random()
    if n >= 100:
        rest = n - 100
        forms = ["a hundred", "one hundred"] if rest == 0 else [
            f"a hundred and {w(rest)}", f"one hundred {w(rest)}", f"hundred and {w(rest)}",
            f"a hundred {w(rest)}", f"one oh {ONES[rest]}" if rest < 10 else f"a hundred and {w(rest)}"]
        return pick(forms) if x < 0.85 else str(n)
    if x < 0.55:
        return w(n)
    if x < 0.8:
        return w(n, dash=True)
    return str(n)


def age_young():
    n = R.choice([42, 55, 61, 67, 72, 78, 81, 84, 86, 87, 88, 89])
    return w(n, dash=R.random() < 0.3)


def rand_date(kind):
    if kind == "dob":
        y = R.randint(1921, 2008)
    else:
        y = R.randint(2022, 2025)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_phrase():
    y, m, d = rand_date("dob")
    mon = MONTHS[m - 1]
    forms = [
        f"{two_w(m)} {two_w(d)} {yy_w(y)}",
        f"{ONES[m] if m < 20 else w(m)} {w(d)} {yy_w(y)}",
        f"{mon} {ordw(d)} {year_w(y)}",
        f"the {ordw(d)} of {mon} {year_w(y)}",
        f"{m} {d} {y % 100:02d}",
        f"{m}/{d}/{y}",
        f"{mon} {ordn(d)} {y}",
        f"{two_w(m)} {two_w(d)} {year_w(y)}",
        f"{mon} {w(d)}, {yy_w(y)}",
        f"{w(d)} {mon} {year_w(y)}",
        f"{ordw(d)} of {mon} {yy_w(y)}",
        f"{m:02d} {d:02d} {y}",
        f"{digits_w(f'{m:02d}{d:02d}', 0.8)} {digits_w(str(y), 0.8)}",
        f"{mon} {d}, {y}",
    ]
    return pick(forms)


def date_phrase(with_year=None):
    y, m, d = rand_date("visit")
    mon = MONTHS[m - 1]
    wy = (R.random() < 0.4) if with_year is None else with_year
    yr = " " + pick([year_w(y), str(y)]) if wy else ""
    forms = [
        f"the {ordw(d)} of {mon}{yr}",
        f"{mon} {ordw(d)}{yr}",
        f"{mon} the {ordw(d)}",
        f"{mon} {ordn(d)}{yr}",
        f"{ordw(d)} {mon}",
        f"{two_w(m)} {two_w(d)}",
        f"{m}/{d}",
        f"{mon} {w(d)}{yr}",
        f"{pick(WEEKDAYS)} {mon} {ordw(d)}",
        f"{pick(WEEKDAYS)} the {ordw(d)} of {mon}",
    ]
    return pick(forms)


def month_year():
    y, m, _ = rand_date("visit")
    return f"{MONTHS[m - 1]} {pick([year_w(y), str(y), 'of ' + year_w(y)])}"


AREAS = ["312", "617", "503", "919", "414", "720", "404", "602", "515", "207", "802", "775"]


def phone():
    area, last = pick(AREAS), f"01{R.randint(0, 99):02d}"
    x = R.random()
    if x < 0.45:
        return f"{digits_spoken(area)} five five five {digits_spoken(last)}"
    if x < 0.6:
        return f"{area}-555-{last}"
    if x < 0.72:
        return f"({area}) 555-{last}"
    if x < 0.85:
        return f"{area} 555 {digits_w(last)}"
    if x < 0.93:
        return f"{digits_w(area)}, five five five, {digits_w(last)}"
    return f"oh seven seven double oh nine double oh {digits_w(str(R.randint(100, 999)))}"


def email(g, s):
    x = R.random()
    dom = pick(["example dot com", "example dot org", "example dot net"])
    if x < 0.4:
        return f"{g} dot {s} at {dom}"
    if x < 0.7:
        return f"{g[0]} {s} {w(R.randint(20, 99))} at {dom}"
    if x < 0.85:
        return f"{g}.{s}@{pick(['example.com', 'example.org', 'example.net'])}"
    return f"{spell(g)} underscore {s} at {dom}"


def street():
    num = R.randint(12, 9899)
    num_s = pick([str(num), w(num // 100) + " " + (w(num % 100) if num % 100 >= 10 else "oh " + ONES[num % 100])
                  if num >= 1000 else str(num), " ".join(ONES[int(c)] for c in str(num))])
    s = f"{num_s} {pick(STREETS)} {pick(SUFFIXES)}"
    if R.random() < 0.3:
        s += " " + pick(["apartment", "unit", "apt", "number"]) + " " + pick(
            [str(R.randint(1, 40)), ONES[R.randint(1, 9)] + " " + pick("abcd"), pick("abcdef")])
    return s


def town():
    return pick(TOWN_LIST)


def zipc():
    z = f"{R.randint(1, 99):02d}{R.randint(0, 999):03d}"
    return z if R.random() < 0.4 else digits_w(z)


def mrn():
    d = str(R.randint(1000000, 99999999))
    return d if R.random() < 0.4 else digits_spoken(d)


def member_id():
    letters = "".join(R.choice("BCDFGHJKMNPRTWXYZ") for _ in range(R.randint(2, 3)))
    d = str(R.randint(10000000, 999999999))
    if R.random() < 0.4:
        return letters + d
    return spell(letters.lower()) + " " + digits_w(d)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    s = [str(R.randint(1, 9)), R.choice(A), R.choice(A + "0123456789"), str(R.randint(0, 9)), "-",
         R.choice(A), R.choice(A + "0123456789"), str(R.randint(0, 9)), "-", R.choice(A), R.choice(A),
         str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(s)


def ssn():
    area = R.choice([a for a in range(1, 900) if a != 666])
    d = f"{area:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
    x = R.random()
    if x < 0.4:
        return f"{d[:3]}-{d[3:5]}-{d[5:]}"
    return digits_w(d[:3]) + ", " + digits_w(d[3:5]) + ", " + digits_w(d[5:])


CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881", "6011 1111 1111 1117",
         "5105 1051 0510 5100", "3782 822463 10005"]


def card():
    c = pick(CARDS)
    return c if R.random() < 0.5 else digits_spoken(c.replace(" ", ""))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    body = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    n = body + luhn_digit("80840" + body)
    return n if R.random() < 0.5 else digits_w(n)


def plate():
    p = f"{R.randint(1, 9)}{''.join(R.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{R.randint(100, 999)}"
    return p if R.random() < 0.4 else " ".join(ONES[int(c)] if c.isdigit() else c.lower() for c in p)


def serial():
    s = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(R.randint(100000, 9999999))
    return s if R.random() < 0.5 else spell(s.lower()[:2]) + " " + digits_w(s[2:])


def account():
    d = str(R.randint(10000000, 9999999999))
    return d if R.random() < 0.5 else digits_w(d)


def licence():
    s = pick("ABDFGHKLMNPSTW") + str(R.randint(1000000, 99999999))
    return s if R.random() < 0.5 else s[0].lower() + " " + digits_w(s[1:])


# ---------------------------------------------------------------- markup helpers

def L(kind, v):
    return f"[[{kind}|{v}]]"


def N(v):
    return L("NAME", v)


def A(v=None):
    return L("AGE", v or age_old())


def opener():
    return pick(["", "", "", "um ", "uh ", "yeah ", "hi ", "so ", "okay so ", "hey, ", "right, ",
                 "oh hi, ", "hello yes ", "yes hi, "])


def closer():
    return pick(["", "", "", " thanks", " thank you", ", thanks so much", " if that's okay",
                 " please", ", okay", " if you can", ", appreciate it"])


def rel():
    return pick(["mom", "dad", "husband", "wife", "son", "daughter", "grandma", "grandpa", "aunt",
                 "uncle", "brother", "sister", "father in law", "mother in law", "neighbor"])


def staff():
    return pick(["doctor", "nurse", "dr", "pharmacist", "therapist"])


def when():
    return pick(["yesterday", "this morning", "last week", "on monday", "friday afternoon",
                 "a couple days ago", "earlier today", "tuesday"])


def drug():
    return pick(["metformin", "lisinopril", "eliquis", "atorvastatin", "the inhaler", "the insulin",
                 "the eye drops", "levothyroxine", "gabapentin", "the blood thinner",
                 "amoxicillin", "prednisone", "the patches", "the omeprazole"])


# ---------------------------------------------------------------- focus templates

def f_dropped():
    return f"{opener()}yeah {N(given())} dropped it off {when()}, it's {drug()} for my {rel()}"


def f_tell():
    return f"{opener()}can you tell {N(given())} i called, it's about the paperwork{closer()}"


def f_tell_ord():
    return f"tell {N(ordg())} i said thank you for being so patient with my {rel()} last time"


def f_both():
    return f"me and {N(given())} both need the flu shot, do you have anything saturday morning"


def f_under():
    g = given()
    return f"it was under the other name, {N(g)}, not mine, i just paid for it"


def f_under2():
    return f"{opener()}try looking under {N(full())}, it might be under the old name"


def f_picked():
    return f"{N(ordg())} picked it up {when()} so it might show under {N(ordg())} instead"


def f_doctor_ord():
    return f"{opener()}i spoke with doctor {N(ords())} who said to call you guys about the referral"


def f_nurse_ord():
    return f"nurse {N(ords())} told me the results would be back by friday but i haven't heard anything"


def f_said():
    return f"{N(ordg())} said i could get it a few days early because we're traveling{closer()}"


def f_twice():
    g, s = given(), sur()
    return f"{opener()}it's for {N(g)}, {N(g + ' ' + s)}, already in the system"


def f_twice2():
    s = sur()
    return f"the last name is {N(s)}, {N(s)}, yeah like i said"


def f_correct():
    a, b = given(), given()
    return f"this is for {N(a)}, sorry no, {N(b)}, {N(a)} is my other kid"


def f_correct_doc():
    return f"we saw doctor {N(sur())}, no wait, it was doctor {N(sur())}, the tall one"


def f_spell():
    s = sur()
    return f"{opener()}the last name is {N(s)}, that's {N(spell(s))}"


def f_spell_first():
    g = given()
    return f"her first name's {N(g)}, {N(spell(g))}, people always get it wrong"


def f_spell_asin():
    s = pick(LAST)
    while len(s) < 4 or " " in s:
        s = pick(LAST)
    words = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "echo", "f": "frank", "g": "george",
             "h": "henry", "i": "ida", "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy",
             "o": "ocean", "p": "peter", "r": "robert", "s": "sam", "t": "tom", "u": "uncle", "v": "victor",
             "w": "william", "y": "yellow", "z": "zebra", "q": "queen", "x": "x ray"}
    sp = f"{s[0]} as in {words[s[0]]} {spell(s[1:])}"
    return f"it's {N(s)}, {N(sp)}"


def f_and_and():
    return f"{N(given())} and {N(given())} are both on my plan, but {N(given())} is the one with the appointment"


def f_handles():
    return f"oh {N(given())} handles all that, they set it up, i just drive"


def f_pickup():
    return f"{opener()}put {N(full())} down as the pickup person{closer()}"


def f_working():
    return f"is {N(given())} working today? last time they did my blood draw and it didn't hurt at all"


def f_askfor():
    return f"ask for {N(ordg())} when you call back, that's who knows the whole story"


def f_carer():
    return f"the carer, {N(given())}, is new and didn't know about the patch on his back"


def f_wouldknow():
    return f"honestly {N(given())} would know better than me, i just take him to the appointments"


def f_forshort():
    return f"uh it's for {N(full())}, {N(pick(['teddy', 'bea', 'kit', 'liz', 'sasha', 'nico', 'tony', 'dot', 'benny', 'mags']))} for short"


def f_bird():
    return f"the last name's {N(pick(BIRD_LAST))}, like the bird, first name {N(given())}"


def f_docposs():
    return f"doctor {N(ords())}'s office was supposed to fax it over {when()}"


def f_caregiver_ord():
    return f"{N(ordg())} comes tuesdays and thursdays as the aide and can sign for it"


def f_notme():
    a, b, c = given(), given(), given()
    return f"no no, {N(a)} is the one who called before, i'm {N(b)}, and the patient is {N(c)}"


def f_pharmacist():
    return f"the pharmacist, i think the name was {N(ordg())}, said it was ready but it wasn't"


def f_billing():
    return f"{N(given())} from billing called me {when()}, something about a balance from the er"


def f_aunt_age():
    return f"i'm calling for {N(full())}, who's {A()} and really hard of hearing"


def f_two_ages():
    n = R.randint(90, 98)
    return f"oh she's {L('AGE', w(n))}, {L('AGE', w(n + 1))} in {pick(MONTHS)}, still sharp as anything"


def f_hundred():
    return f"my dad's {A(pick(['a hundred and two', 'a hundred and one', 'a hundred', 'a hundred and four', 'one hundred three']))} and he still insists on calling himself"


def f_turned():
    return f"{opener()}she turned {A()} last month so we're being careful with the new meds"


def f_young():
    return f"{A(w(R.randint(90, 99), dash=True))} years young, that's how {N(given())} puts it, and honestly fair enough"


def f_at():
    return f"at {A()} they told us surgery wasn't really an option for him"


def f_digits_age():
    return f"{N(given())} is {A(str(R.randint(90, 104)))} and lives alone, so the visits have to be at home"


def f_grandpa_bday():
    return f"grandpa's birthday was {L('DOB', date_phrase(False))} and he turned {A()}, so happy about it"


def f_age_and_young():
    return f"my mother is {A()} and my dad's {age_young()}, both need the shingles shot"


def f_dob1():
    return f"{opener()}date of birth, um, {L('DOB', dob_phrase())}"


def f_dob2():
    g = given()
    return f"{N(g)}'s birthday is {L('DOB', dob_phrase())}, if you need that"


def f_dob3():
    return f"born {L('DOB', dob_phrase())}, that's {N(full())}"


def f_dob4():
    return f"d o b {L('DOB', dob_phrase())} and the name is {N(full())}"


def f_dob5():
    return f"she was born on {L('DOB', dob_phrase())} in {L('LOCATION', town())}, if that helps find her"


def f_dob_repeat():
    d = dob_phrase()
    return f"his date of birth is {L('DOB', d)}, again {L('DOB', d)}"


def f_dob_correct():
    a, b = dob_phrase(), dob_phrase()
    return f"birthday {L('DOB', a)}, no sorry that's mine, hers is {L('DOB', b)}"


def f_scan():
    return f"{N(given())} had the scan on {L('DATE', date_phrase())} and nobody called us back"


def f_wesaw():
    return f"we were in on {L('DATE', date_phrase())} with doctor {N(ords())} for the knee"


def f_surgery():
    return f"the surgery's set for {L('DATE', date_phrase(False))}, that's for {N(given())}, not me"


def f_admitted():
    return f"he was admitted {L('DATE', date_phrase())} and they let him go like three days later"


def f_lasttue():
    y, m, d = rand_date("visit")
    wd = pick(WEEKDAYS)
    return f"{N(given())} fell again in the bathroom last {wd}, {L('DATE', f'the {ordw(d)} of {MONTHS[m - 1]}')}, and hasn't been right since"


def f_lasttue2():
    y, m, d = rand_date("visit")
    wd = pick(WEEKDAYS)
    return f"it was last {L('DATE', f'{wd} the {ordw(d)} of {MONTHS[m - 1]}')} when {N(given())} first noticed the rash"


def f_infusion():
    return f"her last infusion was {L('DATE', date_phrase())} i think, and {N(given())} drove her"


def f_moved():
    return f"{N(given())}'s procedure got moved from {L('DATE', date_phrase(False))} to {L('DATE', date_phrase(False))}, can you confirm"


def f_monthyear():
    return f"{N(full())} was last seen {L('DATE', month_year())}, so probably due for the physical"


def f_discharged():
    return f"they discharged {N(given())} on {L('DATE', date_phrase(True))} with no follow up at all"


def f_kids():
    return f"um {N(given())}, {N(given())}, and then {N(given())}, those three are the kids on the account"


def f_nick():
    return f"it's {N(full())} on the insurance card but we all just say {N(pick(['bunny', 'dottie', 'tootsie', 'gigi', 'mimi', 'birdie', 'sissy']))}"


def f_poss():
    return f"{opener()}it's {N(given())}'s prescription, not mine, i'm just picking it up"


def f_canpickup():
    return f"can {N(given())} pick it up for me or does it have to be me in person"


def f_helped():
    return f"last time {N(ordg())} helped me with all the forms, are they in today"


def f_guardian():
    return f"so {N(given())} is the patient and {N(full())} is the legal guardian"


def f_casemgr():
    return f"i'm trying to reach {N(given())}, the case manager, who left me a voicemail {when()}"


def f_thatwas():
    return f"oh that was {N(ordg())}, so nice, could we get the same person next time"


def f_answer():
    return f"{opener()}it's {N(full())}, {pick(['with a k', 'with two ls', 'with an e at the end', 'no h'])}, like it sounds"


def f_drsame():
    s = ords()
    return f"doctor {N(s)}, {N(s)}, like the word, at the other office now"


def f_withme():
    return f"{N(given())} is here with me on speaker and can answer the questions about the meds"


def f_heard():
    return f"i heard from {N(given())} that the clinic moved, is that true"


def f_ask_and():
    return f"could you ask {N(ordg() + ' ' + ords())} to call me, that's our home health nurse"


def f_gave():
    return f"i gave the paper to {N(given())} at the desk and they said they'd scan it"


def f_wife_full():
    return f"the account's in {N(full())}'s name, and i'm on it too, we're married"


def f_shot():
    return f"{N(given())} got a shot {when()} and now the arm is all red and swollen"


def f_cousins():
    return f"{N(full())} and {N(full())}, they're cousins, same address"


def f_uhm_name():
    g = given()
    return f"um, {N(g)}, uh, {N(g + ' ' + sur())}, sorry, i'm nervous"


def f_old_at():
    return f"my grandmother's {A()} and she fell {when()}, can someone come out to the house"


def f_hundred_words():
    return f"believe it or not he's {A(pick(['one oh two', 'one oh one', 'one oh four', 'hundred and three']))}, so yeah he needs the home visit"


def f_she_be():
    return f"she'll be {A()} in {pick(MONTHS)}, and {N(given())} wants to throw a party"


def f_turning():
    return f"{opener()}my {pick(['mom', 'dad', 'grandma', 'grandpa', 'great aunt'])} is turning {A()} and the doctor wants a full check before"


def f_dob_short():
    n = R.randint(90, 104)
    y, m, d = 2025 - n - R.randint(0, 1), R.randint(1, 12), R.randint(1, 28)
    dob = pick([f"{MONTHS[m - 1]} {ordw(d)} {year_w(y)}", f"{two_w(m)} {two_w(d)} {yy_w(y)}",
                f"{m} {d} {y % 100:02d}", f"the {ordw(d)} of {MONTHS[m - 1]} {year_w(y)}"])
    return f"her dob, um, {L('DOB', dob)}, and she's {A(pick([w(n), w(n, dash=True)]) if n < 100 else 'a hundred' + ('' if n == 100 else ' and ' + w(n - 100)))}"


def f_dob_nine():
    y, m, d = rand_date("dob")
    return f"date of birth is {L('DOB', f'{d} {m} {y % 100:02d}')}, day first, sorry"


def f_visit_spoken():
    y, m, d = rand_date("visit")
    return f"he's got the follow up {L('DATE', f'{MONTHS[m - 1]} {ordw(d)} {year_w(y)}')} with {N(ordg() + ' ' + ords())}"


FOCUS = [f_dropped, f_tell, f_tell_ord, f_both, f_under, f_under2, f_picked, f_doctor_ord, f_nurse_ord,
         f_said, f_twice, f_twice2, f_correct, f_correct_doc, f_spell, f_spell_first, f_spell_asin,
         f_and_and, f_handles, f_pickup, f_working, f_askfor, f_carer, f_wouldknow, f_forshort, f_bird,
         f_docposs, f_caregiver_ord, f_notme, f_pharmacist, f_billing, f_aunt_age, f_two_ages,
         f_hundred, f_turned, f_young, f_at, f_digits_age, f_grandpa_bday, f_age_and_young, f_dob1,
         f_dob2, f_dob3, f_dob4, f_dob5, f_dob_repeat, f_dob_correct, f_scan, f_wesaw, f_surgery,
         f_admitted, f_lasttue, f_lasttue2, f_infusion, f_moved, f_monthyear, f_discharged, f_kids,
         f_nick, f_poss, f_canpickup, f_helped, f_guardian, f_casemgr, f_thatwas, f_answer, f_drsame,
         f_withme, f_heard, f_ask_and, f_gave, f_wife_full, f_shot, f_cousins, f_uhm_name, f_old_at,
         f_hundred_words, f_she_be, f_turning, f_dob_short, f_dob_nine, f_visit_spoken]


# ---------------------------------------------------------------- general templates

def g_phone():
    return f"{opener()}you can reach me at {L('PHONE', phone())}{closer()}"


def g_two_phones():
    return f"my cell's {L('PHONE', phone())}, or the house, {L('PHONE', phone())}"


def g_email():
    g, s = given(), sur()
    return f"the email is {L('EMAIL', email(g, s))}, that's for {N(g + ' ' + s)}"


def g_moved():
    return f"we moved, it's {L('ADDRESS', street())}, {L('LOCATION', town())} {L('ZIP', zipc())}"


def g_member():
    return f"{opener()}the member id is {L('HEALTH_PLAN_ID', member_id())} and the group is {digits_w(str(R.randint(1000, 99999)))}"


def g_mrn():
    return f"her medical record number is {L('MRN', mrn())}{closer()}"


def g_ssn():
    return f"you need the social? okay it's {L('SSN', ssn())}"


def g_card():
    return f"put it on the card, {L('CREDIT_CARD', card())}, expiration oh {ONES[R.randint(1, 9)]} twenty {w(R.randint(26, 30))}"


def g_npi():
    return f"the npi for doctor {N(sur())} is {L('LICENSE', npi())}, the pharmacy keeps asking"


def g_fax():
    return f"{opener()}can you fax the records to {L('FAX', phone())}, attention {N(given())}"


def g_plate():
    return f"i'm in the silver van out front, plate {L('VEHICLE_ID', plate())}, can someone bring it out"


def g_serial():
    return f"the meter's serial number is {L('DEVICE_ID', serial())}, it keeps giving an error"


def g_account():
    return f"the account number on the bill is {L('ACCOUNT', account())}{closer()}"


def g_livein():
    return f"i live out in {L('LOCATION', town())} now, so the {town_word()} office is easier"


def town_word():
    return pick(["north", "south", "east", "west", "downtown", "main"])


def g_ship():
    return f"ship it to {L('ADDRESS', street())}, that's in {L('LOCATION', town())}, zip {L('ZIP', zipc())}"


def g_daughter_phone():
    return f"call {N(given())} at {L('PHONE', phone())}, that's who handles everything"


def g_staying():
    return f"i'm staying with {N(given())} in {L('LOCATION', town())} until the hip heals"


def g_patient_id():
    return f"patient id {L('MRN', mrn())}, date of birth {L('DOB', dob_phrase())}"


def g_medicare():
    return f"{opener()}medicare number is {L('HEALTH_PLAN_ID', mbi())}, and it's for {N(full())}"


def g_licence():
    return f"my driver's license is {L('LICENSE', licence())} if you need it for the pickup"


def g_oldnumber():
    return f"the old number was {L('PHONE', phone())} but that's disconnected, use {L('PHONE', phone())}"


def g_zip_only():
    return f"what's the closest one to {L('ZIP', zipc())}, i'm driving my {rel()}"


def g_policy_name():
    return f"the policy's under {N(full())}, number {L('HEALTH_PLAN_ID', member_id())}"


def g_address_ord():
    num = R.randint(2, 99)
    st = pick(["mill lane", "church street", "orchard way", "station road", "spring street", "bishop avenue"])
    return f"it's {L('ADDRESS', w(num) + ' ' + st)} in {L('LOCATION', pick(['hope', 'union', 'liberty', 'sale', 'joy', 'friendship']))}, the yellow house"


def g_email_spell():
    g, s = given(), sur()
    return f"send the receipt to {L('EMAIL', f'{g}{R.randint(1, 99)} at example dot com')}, {N(g)} with the numbers after"


def g_card_name():
    return f"the card is {N(full())}'s, the number is {L('CREDIT_CARD', card())}"


def g_account_phone():
    return f"account {L('ACCOUNT', account())}, callback {L('PHONE', phone())}"


def g_ssn_last():
    return f"{N(given())}'s full social is {L('SSN', ssn())}, not just the last four"


GENERAL = [g_phone, g_two_phones, g_email, g_moved, g_member, g_mrn, g_ssn, g_card, g_npi, g_fax,
           g_plate, g_serial, g_account, g_livein, g_ship, g_daughter_phone, g_staying, g_patient_id,
           g_medicare, g_licence, g_oldnumber, g_zip_only, g_policy_name, g_address_ord,
           g_email_spell, g_card_name, g_account_phone, g_ssn_last]


# ---------------------------------------------------------------- PHI-free templates

FREE = [
    lambda: f"{opener()}will that be ready by {pick(WEEKDAYS)} or should i just wait",
    lambda: "may i ask if the generic is the same thing as the brand, it's a different color",
    lambda: f"i got the bill and it says i owe {w(R.randint(20, 90))} dollars, is that right",
    lambda: "can you grant an extension on the prior auth, the form says thirty days",
    lambda: f"the rose colored pill, the little one, is that the {pick(['metoprolol', 'losartan', 'amlodipine'])}",
    lambda: "mark it as urgent please, the swelling in my left ankle is worse today",
    lambda: f"is the clinic open in june or do you close for the summer, i need a {pick(['physical', 'refill', 'booster'])}",
    lambda: "i hope so, i really do, because the pharmacy said friday last time too",
    lambda: "i bought a sterling silver bracelet and now my wrist has a rash, is that an allergy",
    lambda: "we hiked up to the summit and that's when my knee started clicking",
    lambda: f"i eat brown rice every day and still my sugar runs over two hundred, like two twenty",
    lambda: f"my husband is {age_young()} and takes the lisinopril in the morning, is that okay with grapefruit",
    lambda: "ninety percent of the time it's fine, it's only when i bend over to tie my shoes",
    lambda: "take two tablets twice a day for ten days, right, with food",
    lambda: f"my pressure was one {w(R.randint(30, 60))} over ninety this morning, should i come in",
    lambda: f"room four {w(R.randint(10, 19))}, second floor, by the elevators, that's where they sent me",
    lambda: "is the flu shot covered under part b or part d, i can never remember",
    lambda: f"i'll be in on {pick(WEEKDAYS)} at ten for the hip follow up",
    lambda: "can i pay this with my hsa card or does it have to be a separate bill",
    lambda: "my grace period ends in march, do i need to pay before then",
    lambda: "the mercy wing parking garage, level two, is that still free for patients",
    lambda: "they switched me from warfarin to eliquis and now i bruise like crazy",
    lambda: "my blood sugar was ninety one this morning and a hundred and ten after lunch",
    lambda: "the copay is ninety five dollars, that seems really high for a generic",
    lambda: "no no it's not an emergency, i'm not calling nine one one, just a question about the dose",
    lambda: "how many refills are left on the hydrocodone, i think it's two",
    lambda: "frank question, does my plan cover hearing aids or not",
    lambda: "august is when my deductible resets, right, or is it january",
    lambda: "he had a hundred and two fever last night, is that an er thing or urgent care",
    lambda: "he weighs about a hundred and ninety now so they want to change the dose",
    lambda: "the ninth of every month is when my check comes in so i pay then",
    lambda: "i walk with a cane now, it's the right knee, the one they scoped",
    lambda: "will you bill my secondary insurance or do i send it in myself",
    lambda: "the king size bed isn't helping my back at all, the chiropractor said get a firmer one",
    lambda: f"she's {age_young()} and still drives, can she get the cataract thing done as an outpatient",
    lambda: "is there a faith based support group for caregivers, like on wednesday nights",
    lambda: "the doctor said to mark the days i get the headaches on a calendar",
    lambda: "i need to refill the ivy cream, the poison ivy is back on both arms",
    lambda: "in may i start the new job so i'll have different insurance, what do i do",
    lambda: "can i get a ninety day supply instead of thirty, it's cheaper with mail order",
    lambda: "the dawn simulator lamp helps with my mood, the psychiatrist recommended it",
    lambda: "i'll grant you it's not a big deal, but the label had the wrong dose on it",
]


# ---------------------------------------------------------------- checks

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN",
         "MRN", "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID",
         "DEVICE_ID", "URL", "IP_ADDRESS"}
TITLES = {"doctor", "dr", "nurse", "mrs", "mr", "ms", "miss", "my", "the", "pharmacist", "aunt",
          "uncle", "name", "is", "born", "dob", "date", "birth", "birthday", "number", "fax", "phone"}
CUES = {"doctor", "dr", "nurse", "mrs", "mr", "ms", "miss", "aunt", "uncle", "name", "name's",
        "named", "called", "pharmacist", "this is", "i'm", "for", "daughter", "son", "wife"}


def plain_text(line):
    return LABEL.sub(lambda m: m.group(2), line)


def check(lines, free_ids):
    ids = set()
    bare, names = 0, 0
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert text == text.strip() and "\n" not in text
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest and "|" not in rest, text
        labs = LABEL.findall(text)
        assert (len(labs) == 0) == (i in free_ids), text
        words = plain_text(text).split()
        assert 5 <= len(words) <= 60, text
        for kind, v in labs:
            assert kind in KINDS, text
            assert v and v == v.strip(), text
            assert v[-1] not in ",;:!?" and v[0] not in ",;:!?", text
            assert not v.endswith("'s"), text
            if kind == "NAME":
                assert v.split()[0] not in TITLES, text
                names += 1
        for m in LABEL.finditer(text):
            after = text[m.end():m.end() + 2]
            assert not after.startswith("s ") or not text[m.end() - 1] == "'", text
            if m.group(1) == "NAME":
                before = LABEL.sub(lambda x: x.group(2), text[:m.start()]).split()
                prev = before[-1].strip(",") if before else ""
                prev2 = " ".join(before[-2:]).strip(",") if len(before) >= 2 else ""
                if prev not in CUES and prev2 not in CUES:
                    bare += 1
    return names, bare


# ---------------------------------------------------------------- main

def fill(templates, n, seen):
    out = []
    order = []
    while len(out) < n:
        if not order:
            order = templates[:]
            R.shuffle(order)
        t = order.pop()
        for _ in range(20):
            s = t()
            s = re.sub(r"\s+", " ", s).strip()
            if s not in seen:
                seen.add(s)
                out.append((t, s))
                break
    return out


def main():
    global FIRST, LAST
    df, outdir = sys.argv[1], sys.argv[2]
    FIRST, LAST = load_names(df)
    seen = set()
    focus = fill(FOCUS, N_FOCUS, seen)
    general = fill(GENERAL, TOTAL - N_FREE - N_FOCUS, seen)
    free = fill(FREE, N_FREE, seen)
    rows = [(s, False) for _, s in focus] + [(s, False) for _, s in general] + [(s, True) for _, s in free]
    R.shuffle(rows)
    lines, free_ids = [], set()
    for k, (s, is_free) in enumerate(rows, 1):
        i = f"{PREFIX}{k:03d}"
        if is_free:
            free_ids.add(i)
        lines.append(f"{i}\t{s}")
    names, bare = check(lines, free_ids)
    assert bare * 100 >= 45 * names, (bare, names)
    used = {t for t, _ in focus} | {t for t, _ in general} | {t for t, _ in free}
    header = (f"# {FILE}: generated by {SCRIPT} (seed {SEED}) from Datafaker 2.7.0 name lists "
              f"(Apache-2.0; locales {' '.join(LOCALES)}, diacritics dropped) and invented names, "
              f"streets and towns written for Masker; caller turns to clinic, pharmacy and insurer "
              f"voice agents about relatives, carers and staff, ages over 89 and dates tied to a "
              f"person, all PHI kinds labelled; development set, tuned on; every value invented.")
    with open(os.path.join(outdir, FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for line in lines:
            f.write(line + "\n")
    counts = {}
    for line in lines:
        for kind, _ in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    print(f"{len(lines)} lines, {len(free_ids)} without PHI, {len(used)} templates used "
          f"(focus {len(FOCUS)}, general {len(GENERAL)}, free {len(FREE)}); NAME {names}, "
          f"{bare} with no cue", file=sys.stderr)
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
