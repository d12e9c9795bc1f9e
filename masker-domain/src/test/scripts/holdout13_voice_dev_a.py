#!/usr/bin/env python3
"""Thirteenth-round voice development set, part a, for Masker: where callers live and how they get there.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
130131). Given names and surnames come from Datafaker 2.7.0's locale files (Apache-2.0), combined
at random so that no real person is meant; streets, towns, ordinary-word surnames and all turn
templates are invented for Masker. Every value is invented: house numbers, ZIP codes and member
ids are random, phone numbers come only from the 555-01xx fiction range.

Usage: unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
       python3 holdout13_voice_dev_a.py [/tmp/df]
"""
import os
import random
import re
import sys
import unicodedata

SEED = 130131
N_LINES = 260
N_FREE = 39
PREFIX = "vd13a-"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "dev", "masker", "domain", "masking", "eval", "voice-dev13a.tsv")
LOCALES = ["en-AU", "it", "fi-FI", "es-MX", "pt-BR"]

R = random.Random(SEED)


# ---------------------------------------------------------------- names from Datafaker
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("-", " ")
    return " ".join(s.split())


def load_names(root):
    firsts, lasts = [], []
    for loc in LOCALES:
        text = open(os.path.join(root, loc + ".yml"), encoding="utf-8").read()
        for key, dest in (("first_name", firsts), ("male_first_name", firsts),
                          ("female_first_name", firsts), ("last_name", lasts)):
            m = re.search(r"\n\s+" + key + r":\s*\[(.*?)\]", text, re.S)
            if not m:
                continue
            for raw in m.group(1).split(","):
                v = fold(raw.strip().strip('"').strip())
                if v and re.fullmatch(r"[a-z]+( [a-z]+)?", v) and len(v) > 2:
                    dest.append(v)
    return sorted(set(firsts)), sorted(set(lasts))


def load_gendered(root, key):
    out = []
    for loc in ("fi-FI", "pt-BR"):
        text = open(os.path.join(root, loc + ".yml"), encoding="utf-8").read()
        m = re.search(r"\n\s+" + key + r":\s*\[(.*?)\]", text, re.S)
        for raw in m.group(1).split(","):
            v = fold(raw.strip().strip('"').strip())
            if v and re.fullmatch(r"[a-z]+", v) and len(v) > 2:
                out.append(v)
    return sorted(set(out))


ROOT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
FIRSTS, LASTS = load_names(ROOT)
MALE = load_gendered(ROOT, "male_first_name")
FEMALE = load_gendered(ROOT, "female_first_name")

# ordinary English words used as surnames, written for Masker
ORD_SURNAMES = ["finch", "baker", "marsh", "booth", "stone", "frost", "fields", "rivers", "hill",
                "wolfe", "church", "cotton", "sparrow", "waters", "mayfield", "bird"]

# ---------------------------------------------------------------- invented places
TOWNS1 = ["millbrook", "cresthaven", "varrow", "brackenridge", "tollerby", "quarrydale", "pinecastle",
          "orrinsville", "dunmore", "halbeck", "wexford mills", "carrowby", "lindqvist", "ashcombe",
          "pellston", "marrowfield", "tamsworth", "keldon", "harwick", "bellmoor", "fenwick",
          "ostrava", "kessler", "brindleton", "wyckham", "saxonburg", "arlow", "dellacourt",
          "grissom", "hollisford", "tarbell", "corwen", "redlow", "upton", "mercerville", "ravensby",
          "calloway", "nettleton", "emberly", "sorrento", "vintondale", "haverlock"]
TOWNS2 = ["west haven", "port elsbury", "north tamsey", "cedar bluff", "glen orrin", "fort calder",
          "lake wendell", "east pellham", "new tarrow", "mount carrow", "south brindle", "bay harlow",
          "saint aubin", "el morado", "twin oaks", "red hollow", "gray summit", "pine barrow",
          "falls creek", "round rock"]
TOWNS3 = ["port saint ellery", "north fork landing", "upper marsh hollow", "saint claire shores",
          "east bramble ridge", "lake orrin heights", "west cedar falls", "new hartwell junction"]
TOWNS_ORD = ["hope", "liberty", "plain", "union", "harmony", "friendship", "energy", "bliss",
             "comfort", "paradise", "welcome", "triumph", "justice", "commerce", "fairplay"]
COUNTIES = ["orrin county", "tamsey county", "calder county", "wendell county", "bracken county",
            "halvard county"]
NEIGHBOURHOODS = ["fairmount", "kessler flats", "old towne", "bellhaven", "riverside heights",
                  "south end", "northgate", "larchmere"]

ST_NAMES = ["quillon", "birchmont", "tamarack", "olsen", "kestrel", "wexley", "harrowgate", "larkspur",
            "pettibone", "sedgefield", "calloway", "brindle", "ferncliff", "moraine", "hollins",
            "ostrander", "wickham", "yarrow", "thistle", "cardinal", "juniper", "tolliver", "amberly",
            "dunmore", "greaves", "marigold", "coventry", "saddleback", "heron", "buckthorn",
            "ravenna", "pinhook", "whitlock", "sandpiper", "abernathy", "fox hollow", "quarry",
            "alder", "ironwood", "shady grove"]
ST_ORD = ["mill", "church", "spring", "water", "school", "market", "bridge", "main", "union",
          "liberty", "hope", "pleasant", "may"]
ST_SUFFIX = ["street", "road", "avenue", "lane", "drive", "court", "way", "boulevard", "place",
             "terrace", "circle", "trail", "pike", "run", "loop", "street", "road", "drive"]

# ---------------------------------------------------------------- numbers said aloud
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
            14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
            19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def w99(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else " " + ONES[o])


def words(n):
    """A number the way people say it: 4410 -> forty four ten, 209 -> two oh nine."""
    if n < 100:
        return w99(n)
    if n < 1000:
        h, rest = divmod(n, 100)
        if rest == 0:
            return ONES[h] + " hundred"
        if rest < 10:
            return ONES[h] + " oh " + ONES[rest]
        return ONES[h] + " " + w99(rest)
    hi, lo = divmod(n, 100)
    if lo == 0:
        if hi % 10 == 0:
            return ONES[hi // 10] + " thousand"
        return w99(hi) + " hundred"
    if lo < 10:
        return w99(hi) + " oh " + ONES[lo]
    return w99(hi) + " " + w99(lo)


def digits_said(s, oh=True):
    out = []
    for c in s:
        if c.isdigit():
            out.append("oh" if (c == "0" and oh and R.random() < 0.7) else ONES[int(c)])
        elif c == "-":
            out.append("dash")
        else:
            out.append(c.lower())
    return " ".join(out)


def ordinal(n):
    if n in ORDINALS:
        return ORDINALS[n]
    t, o = divmod(n, 10)
    return TENS[t] + " " + ORDINALS[o]


def year_words(y):
    return w99(y // 100) + " " + (("oh " + ONES[y % 100]) if y % 100 < 10 else w99(y % 100))


# ---------------------------------------------------------------- value makers
def L(kind, value):
    return "[[%s|%s]]" % (kind, value)


def pick(seq):
    return R.choice(seq)


def fn():
    return pick(FIRSTS)


def ln():
    return pick(ORD_SURNAMES) if R.random() < 0.12 else pick(LASTS)


def fm():
    return pick(MALE)


def ff():
    return pick(FEMALE)


def nm():
    return fn() + " " + ln()


def town():
    x = R.random()
    if x < 0.55:
        return pick(TOWNS1)
    if x < 0.75:
        return pick(TOWNS2)
    if x < 0.87:
        return pick(TOWNS3)
    return pick(TOWNS_ORD)


def street():
    base = pick(ST_ORD) if R.random() < 0.18 else pick(ST_NAMES)
    return base + " " + pick(ST_SUFFIX)


def hnum():
    n = pick([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9899), R.randint(100, 999),
              R.randint(1000, 9899)])
    return str(n) if R.random() < 0.4 else words(n)


def unit():
    u = pick(["apartment", "apt", "unit", "number", "suite"])
    v = pick([str(R.randint(1, 40)), words(R.randint(1, 40)),
              words(R.randint(1, 9)) + " " + pick("abcdf"), str(R.randint(1, 9)) + pick("abc")])
    return u + " " + v


def addr(with_unit=None):
    a = hnum() + " " + street()
    if with_unit or (with_unit is None and R.random() < 0.3):
        a += " " + unit()
    return a


def zip5():
    z = "%05d" % R.randint(1000, 99899)
    x = R.random()
    if x < 0.45:
        return z
    return digits_said(z)


def zip4():
    z = "%05d-%04d" % (R.randint(1000, 99899), R.randint(1, 9998))
    return z if R.random() < 0.5 else digits_said(z)


def phone():
    area = "%d%d%d" % (R.randint(2, 9), R.randint(0, 8), R.randint(0, 9))
    last = "01%02d" % R.randint(0, 99)
    x = R.random()
    if x < 0.3:
        return "%s %s %s" % (area, "555", last)
    if x < 0.45:
        return "%s-555-%s" % (area, last)
    if x < 0.6:
        return digits_said(area) + " triple five " + digits_said(last)
    return digits_said(area + "555" + last)


LETTER_AS = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank",
             "g": "george", "h": "henry", "j": "john", "k": "king", "m": "mary", "n": "nancy",
             "p": "paul", "r": "robert", "t": "tom", "v": "victor", "w": "william", "x": "x ray",
             "y": "yellow"}


def member_id():
    letters = "".join(R.choice("abcdefghjkmnprtvwxy") for _ in range(R.randint(2, 3)))
    num = "".join(R.choice("0123456789") for _ in range(R.randint(6, 9)))
    style = R.random()
    if style < 0.25:
        return letters + num
    parts = []
    for i, c in enumerate(letters):
        if i == 0 and R.random() < 0.5:
            parts.append(c + " as in " + LETTER_AS[c])
        else:
            parts.append(c)
    if R.random() < 0.4:
        parts.append("dash")
    if style < 0.6:
        parts.append(digits_said(num))
    else:
        parts.append(num[:3] + " " + num[3:])
    return " ".join(parts)


def mbi():
    al = "acdefghjkmnpqrtuvwxy"
    s = [str(R.randint(1, 9)), R.choice(al), R.choice(al + "0123456789"), str(R.randint(0, 9)),
         R.choice(al), R.choice(al + "0123456789"), str(R.randint(0, 9)), R.choice(al), R.choice(al),
         str(R.randint(0, 9)), str(R.randint(0, 9))]
    return " ".join(ONES[int(c)] if c.isdigit() else c for c in s)


def day_month():
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    x = R.random()
    if x < 0.5:
        return MONTHS[m - 1] + " " + ordinal(d)
    if x < 0.8:
        return "the " + L("DATE", ordinal(d) + " of " + MONTHS[m - 1])
    return MONTHS[m - 1] + " " + str(d)


def dt():
    v = day_month()
    return v if v.startswith("the [[") else L("DATE", v)


def dob():
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(1931, 2004)
    x = R.random()
    if x < 0.4:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y)
    if x < 0.7:
        return "%d/%d/%d" % (m, d, y)
    return ONES[m] + " " + w99(d) + " " + (w99(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])


def age90():
    return w99(R.randint(90, 99))


def zip_with_oh():
    z = list("%05d" % R.randint(1000, 99899))
    z[R.randint(1, 4)] = "0"
    said = " ".join("oh" if c == "0" else ONES[int(c)] for c in z)
    return f"{L('ZIP', said)}, that's the zip, the oh is a zero"


def town_twice():
    tw = town()
    return f"uh {L('ADDRESS', addr(False))} uh what, oh, {L('LOCATION', tw)}, yeah {L('LOCATION', tw)}"


def split_street_addr():
    return hnum() + " " + split_street()


def county_road():
    return pick(["county road ", "route ", "highway ", "state road ", "farm to market "]) + pick(
        [words(R.randint(1, 99)), str(R.randint(1, 99))])


def rural():
    x = R.random()
    if x < 0.35:
        return "rural route " + words(R.randint(1, 9)) + " box " + words(R.randint(1, 300))
    if x < 0.6:
        return "r r " + str(R.randint(1, 9)) + " box " + str(R.randint(1, 300))
    if x < 0.8:
        return "h c " + words(R.randint(60, 89)) + " box " + words(R.randint(1, 99))
    return "rural route " + str(R.randint(1, 9)) + " box " + words(R.randint(1, 300))


def pobox():
    n = R.randint(10, 9999)
    return pick(["po box ", "p o box ", "post office box ", "p.o. box "]) + (str(n) if R.random() < 0.4 else words(n))


def email():
    user = fn().replace(" ", "") + pick(["", " dot " + ln().replace(" ", ""), " underscore " + str(R.randint(10, 99)),
                                         str(R.randint(1, 99))])
    return user + " at example dot " + pick(["com", "org", "net"])


def mrn():
    return digits_said("".join(R.choice("0123456789") for _ in range(R.randint(7, 9))))


FILLERS = ["um", "uh", "like", "you know", "so", "okay so", "yeah", "hi", "hello", "sorry"]


def fill():
    return pick(FILLERS)


def wife_spelled():
    first = ff()
    spelled = " ".join(first)
    return f"my wife {L('NAME', first + ' ' + ln())}, that's {L('NAME', spelled)}, and she's at {L('ADDRESS', addr())} too"


def town_spelled():
    tw = pick(TOWNS1)
    return f"yes it's {L('LOCATION', tw)}, {L('LOCATION', ' '.join(tw.replace(' ', '')))}, and zip {L('ZIP', zip5())}"


# ---------------------------------------------------------------- templates with PHI
T = []


def t(f):
    T.append(f)
    return f


t(lambda: f"yeah i'm out in {L('LOCATION', town())} so the clinic on the highway is closest for me")
t(lambda: f"we moved up to {L('LOCATION', town())} in the spring, can you change my pharmacy to the one there")
t(lambda: f"{pick(['um,', 'uh', 'wait,', 'so', 'okay'])} is that the one over by {L('LOCATION', town())} or the one downtown")
t(lambda: f"i live near {L('LOCATION', town())}, like right on the line, is that still in your service area")
t(lambda: f"it's right outside {L('LOCATION', town())}, off of {L('ADDRESS', county_road())}, the gravel driveway")
t(lambda: f"it's the clinic in {L('LOCATION', town())} i think, the one with the red roof")
t(lambda: f"i'm from {L('LOCATION', town())} originally but i'm staying with my daughter {L('NAME', ff())} now")
t(lambda: f"i'm somewhere between {L('LOCATION', town())} and {L('LOCATION', town())}, it's like forty minutes either way")
t(lambda: f"the {L('LOCATION', town())} location please, not the main campus")
t(lambda: f"can you send it to the {L('LOCATION', town())} branch, that's the one i always use")
t(lambda: f"uh, {L('LOCATION', town())}, that's where we are now")
t(lambda: f"{L('LOCATION', town())}, it's {L('LOCATION', town())} now, we just moved")
t(lambda: f"city is {L('LOCATION', town())} and the zip is {L('ZIP', zip5())}")
t(lambda: f"zip code is {L('ZIP', zip5())}, same as before")
t(lambda: f"{fill()} it's {L('ZIP', zip5())}, that's for {L('LOCATION', town())}")
t(lambda: f"the zip plus four is {L('ZIP', zip4())} if you need that")
t(lambda: f"my address is {L('ADDRESS', addr())}, {L('LOCATION', town())}, {L('ZIP', zip5())}")
t(lambda: f"it's {L('ADDRESS', addr(True))} in {L('LOCATION', town())}")
t(lambda: f"we're at {L('ADDRESS', addr(False))}, the blue house with the ramp out front")
t(lambda: f"it's the blue house on {L('ADDRESS', street())}, third one past the stop sign")
t(lambda: f"on the corner of {L('ADDRESS', street() + ' and ' + street())}, the yellow duplex")
t(lambda: f"she's on the corner of {L('ADDRESS', pick(ST_NAMES) + ' and ' + pick(ST_ORD))} in {L('LOCATION', town())}")
t(lambda: f"we're just off of {L('ADDRESS', street())}, you turn at the church and it's the second driveway")
t(lambda: f"it's {L('ADDRESS', hnum() + ' ' + county_road())}, the mailbox is kind of hidden")
t(lambda: f"my mom lives out on {L('ADDRESS', county_road())} past the grain elevator, {L('ADDRESS', hnum())} is on the fence post")
t(lambda: f"mailing address is {L('ADDRESS', rural())}, {L('LOCATION', town())}")
t(lambda: f"you can mail the card to {L('ADDRESS', pobox())}, we don't get mail at the house")
t(lambda: f"send it to my {L('ADDRESS', pobox())} in {L('LOCATION', town())}, {L('ZIP', zip5())}")
t(lambda: f"i'm in {L('ADDRESS', addr(True))}, the buzzer doesn't work so just call me")
t(lambda: f"pick her up at {L('ADDRESS', addr(False))}, it's the back entrance by the laundry")
t(lambda: f"the driver should come to {L('ADDRESS', addr(False))} and honk, my dad {L('NAME', fm())} can't do the stairs")
t(lambda: f"can the van get {L('NAME', nm())} from {L('ADDRESS', addr())} on {dt()} for the dialysis")
t(lambda: f"we're in the trailer park off {L('ADDRESS', county_road())}, {L('ADDRESS', 'lot ' + pick([str(R.randint(1, 60)), words(R.randint(1, 60))]))} is us")
t(lambda: f"it's {L('ADDRESS', hnum() + ' ' + street() + ' lot ' + words(R.randint(1, 80)))}, in the mobile home park")
t(lambda: f"{L('ADDRESS', 'unit ' + words(R.randint(2, 30)))} no wait, it's {L('ADDRESS', addr(True))}")
t(lambda: f"{fill()} the new address, {L('ADDRESS', addr())}, {L('LOCATION', town())}, {L('ZIP', zip4())}")
t(lambda: f"my son {L('NAME', fm())} lives at {L('ADDRESS', addr())} in {L('LOCATION', town())} so send it there")
t(lambda: f"this is {L('NAME', nm())}, i need a ride from {L('LOCATION', town())} to my appointment on {dt()}")
t(lambda: f"hi it's {L('NAME', fn())} again, the address i gave you was wrong, it's {L('ADDRESS', addr())} not {L('ADDRESS', addr())}")
t(lambda: f"{L('NAME', nm())} at {L('ADDRESS', addr())}, that's who the package is for")
t(lambda: f"tell doctor {L('NAME', ln())} we moved to {L('LOCATION', town())} and can't make the tuesday ones anymore")
t(lambda: f"doctor {L('NAME', pick(ORD_SURNAMES))} at the {L('LOCATION', town())} office said to call you about transport")
t(lambda: f"my caseworker {L('NAME', nm())} set up the rides but they keep going to {L('LOCATION', town())} instead of {L('LOCATION', town())}")
t(lambda: f"{L('NAME', fn())} and {L('NAME', fn())} both live with me at {L('ADDRESS', addr())}")
t(lambda: f"yeah {L('NAME', ff())} drove me last time but she moved to {L('LOCATION', town())} so i need the van")
t(lambda: f"the nurse, {L('NAME', ff())}, she comes out to {L('LOCATION', town())} on mondays, is she still coming")
t(lambda: f"is there a home health nurse who covers {L('LOCATION', pick(COUNTIES))}, we're way out past {L('LOCATION', town())}")
t(lambda: f"we're in {L('LOCATION', pick(COUNTIES))}, near {L('LOCATION', town())}, does that count as rural for the benefit")
t(lambda: f"over in {L('LOCATION', pick(NEIGHBOURHOODS))}, by the old rail yard, {L('ADDRESS', addr(False))}")
t(lambda: f"it's in {L('LOCATION', pick(NEIGHBOURHOODS))}, {L('LOCATION', town())}, {L('ADDRESS', addr(True))}")
t(lambda: f"member id {L('HEALTH_PLAN_ID', member_id())} and we're in {L('LOCATION', town())}")
t(lambda: f"okay my member number, {L('HEALTH_PLAN_ID', member_id())}, and the plan changed when we moved to {L('LOCATION', town())}")
t(lambda: f"the id on the card is {L('HEALTH_PLAN_ID', member_id())}, is the {L('LOCATION', town())} clinic in network")
t(lambda: f"medicare number is {L('HEALTH_PLAN_ID', mbi())}, i'm calling about the ride benefit")
t(lambda: f"her medicare is {L('HEALTH_PLAN_ID', mbi())} and she lives at {L('ADDRESS', addr())}")
t(lambda: f"policy number is {L('HEALTH_PLAN_ID', member_id())}, and the address on file is old, it should be {L('ADDRESS', addr())}")
t(lambda: f"you can call me back at {L('PHONE', phone())}, i'm out in {L('LOCATION', town())} so the signal is bad")
t(lambda: f"the driver can call {L('PHONE', phone())} when he's at the gate, the code doesn't work")
t(lambda: f"my neighbor {L('NAME', ff() + ' ' + ln())} has a key, her number is {L('PHONE', phone())}")
t(lambda: f"it's the farmhouse at {L('ADDRESS', hnum() + ' ' + county_road())}, if you hit {L('LOCATION', town())} you went too far")
t(lambda: f"take {L('ADDRESS', county_road())} north out of {L('LOCATION', town())}, we're the fourth place on the left, {L('ADDRESS', hnum())}")
t(lambda: f"from {L('LOCATION', town())} to the hospital is like an hour, is there anything closer, we're at {L('ZIP', zip5())}")
t(lambda: f"can you check if there's a pharmacy in {L('ZIP', zip5())}, that's where my mom is now")
t(lambda: f"i'm looking for a dentist near {L('ZIP', zip5())} or near {L('LOCATION', town())}, whichever's easier")
t(lambda: f"so it's {L('ADDRESS', addr(False))}, no sorry, that's the old one, new one is {L('ADDRESS', addr(True))}")
t(lambda: f"{pick(['um', 'so', 'yeah', 'and'])} {L('NAME', ff())} moved in with her son out in {L('LOCATION', town())}, so the nurse should go there now")
t(lambda: f"the street is {L('ADDRESS', pick(['kestrel', 'heron', 'cardinal', 'sandpiper']) + ' ' + pick(ST_SUFFIX))}, like the bird, and the house number is {L('ADDRESS', hnum())}")
t(lambda: f"she's ninety something, {L('AGE', age90())}, and she lives alone at {L('ADDRESS', addr())}")
t(lambda: f"my grandpa's {L('AGE', age90())} so he can't do the bus anymore, he's in {L('LOCATION', town())}")
t(lambda: f"patient is {L('NAME', nm())}, date of birth {L('DOB', dob())}, address {L('ADDRESS', addr())}")
t(lambda: f"{L('NAME', nm())}, born {L('DOB', dob())}, and we're in {L('LOCATION', town())} now not {L('LOCATION', town())}")
t(lambda: f"i had the scan on {dt()} at the {L('LOCATION', town())} imaging place and never got results")
t(lambda: f"the ride on {dt()} never showed, i waited at {L('ADDRESS', addr(False))} for an hour")
t(lambda: f"we're moving on {dt()} to {L('ADDRESS', addr())} in {L('LOCATION', town())}")
t(lambda: f"i'm at my sister {L('NAME', ff())}'s place this week, {L('ADDRESS', addr())}, deliver it there")
t(lambda: f"it goes to {L('NAME', nm())}, care of {L('NAME', nm())}, {L('ADDRESS', pobox())}")
t(lambda: f"my email is {L('EMAIL', email())} and i'm in {L('LOCATION', town())}")
t(lambda: f"um the address, is it, it's {L('ADDRESS', addr(False))}, {L('LOCATION', town())}, uh {L('ZIP', zip5())}, yeah")
t(lambda: f"{L('ADDRESS', addr(False))} apartment, uh, i forget the number, she's in {L('LOCATION', town())}")
t(lambda: f"it's a gated place, {L('ADDRESS', addr(False))}, tell the guard you're there for {L('NAME', nm())}")
t(lambda: f"the home health girl {L('NAME', ff())} couldn't find us, we're the last house on {L('ADDRESS', street())} before the bridge")
t(lambda: f"he lives above the bakery, {L('ADDRESS', addr(False) + ' upstairs')}, {L('LOCATION', town())}")
t(lambda: town_spelled())
t(lambda: f"zip {L('ZIP', zip5())}, wait, no, {L('ZIP', zip5())}, sorry i just moved")
t(lambda: f"the account's under {L('NAME', nm())}, at {L('ADDRESS', addr())}, is that what you have")
t(lambda: f"i'm staying at the motel in {L('LOCATION', town())}, room {R.randint(101, 240)}, till my place is fixed")
t(lambda: f"{pick(['um', 'so', 'yeah', 'well'])} {L('NAME', fn())} said the mobile clinic comes to {L('LOCATION', town())} every other thursday, is that right")
t(lambda: f"we're in the apartments behind the walmart in {L('LOCATION', town())}, {L('ADDRESS', addr(True))}")
t(lambda: f"mr {L('NAME', ln())} next door drives me usually, he's at {L('ADDRESS', addr(False))}")
t(lambda: f"tell mrs {L('NAME', ln())} the prescription can go to the pharmacy in {L('LOCATION', town())}, not the mail order")
t(lambda: wife_spelled())
t(lambda: f"spell the town, {L('LOCATION', pick(TOWNS1))}, yeah like it sounds, and it's {L('ZIP', zip5())}")
t(lambda: f"drop off at the side door, {L('ADDRESS', addr(False))}, not the front, {L('NAME', fn())} will be there")
t(lambda: f"my kids are in {L('LOCATION', town())} and {L('LOCATION', town())} so i split my time, mail goes to {L('ADDRESS', pobox())}")
t(lambda: f"i go to the {L('LOCATION', town())} clinic but my primary is doctor {L('NAME', ln())} in {L('LOCATION', town())}")
t(lambda: f"the lab in {L('LOCATION', town())} lost my sample from {dt()}, my member id is {L('HEALTH_PLAN_ID', member_id())}")
t(lambda: f"the pickup should be {L('ADDRESS', addr())} at seven thirty, for {L('NAME', nm())}")
t(lambda: f"can you update it, new address {L('ADDRESS', addr())}, new phone {L('PHONE', phone())}")
t(lambda: f"he wanders, if he gets lost he usually walks to {L('ADDRESS', pick(ST_ORD) + ' ' + pick(ST_SUFFIX))} by the old school")
t(lambda: f"i'm {L('NAME', ff())}, i live in {L('LOCATION', town())}, it's about my husband's ride")
t(lambda: f"we're at {L('ADDRESS', hnum() + ' ' + street())}, and the cross street is {L('ADDRESS', street())}")
t(lambda: f"she's at the nursing home in {L('LOCATION', town())}, {L('NAME', nm())}, room {R.randint(1, 60)}")
t(lambda: f"{L('LOCATION', town())}, {L('LOCATION', town())}, i always mix them up, it's the one with the lake")
t(lambda: f"chart number {L('MRN', mrn())}, and the address changed to {L('ADDRESS', addr())}")
t(lambda: f"i'm a caregiver for {L('NAME', ff() + ' ' + ln())}, she's in {L('LOCATION', town())}, i'm in {L('LOCATION', town())}")

STATES = ["ohio", "iowa", "kansas", "oregon", "maine", "texas", "georgia", "new mexico", "kentucky", "vermont"]
SPLIT_STREETS = ["birch mont", "tama rack", "harrow gate", "lark spur", "sedge field", "fern cliff",
                 "oster ander", "sand piper", "iron wood", "buck thorn", "pettie bone", "whit lock"]
JOINED_STREETS = ["kestrellane", "millroad", "yarrowcourt", "thistledrive", "heronway", "quarryroad"]


def split_street():
    return pick(SPLIT_STREETS) + " " + pick(["road", "avenue", "drive", "lane", "court"])


def plate():
    s = "".join(R.choice("abcdefghjkmnprstvwxyz") for _ in range(3)) + "".join(R.choice("0123456789") for _ in range(4))
    if R.random() < 0.3:
        return s
    out = []
    for i, c in enumerate(s):
        if c.isalpha() and i == 0 and c in LETTER_AS and R.random() < 0.5:
            out.append(c + " as in " + LETTER_AS[c])
        else:
            out.append(ONES[int(c)] if c.isdigit() else c)
    return " ".join(out)


def dl():
    letter = R.choice("abdfghkmnprsw")
    num = "".join(R.choice("0123456789") for _ in range(8))
    return letter + " " + digits_said(num)


def acct():
    num = "".join(R.choice("0123456789") for _ in range(R.randint(7, 10)))
    return num if R.random() < 0.3 else digits_said(num)


def month_year():
    y = R.randint(2019, 2026)
    return pick(MONTHS) + " " + pick([str(y), "twenty " + w99(y - 2000)])


t(lambda: f"the van can't find us, tell him it's {L('ADDRESS', addr(False))}, not {L('ADDRESS', street())}, people mix them up")
t(lambda: f"it's {L('ADDRESS', split_street_addr())}, and the zip is {L('ZIP', zip5())}")
t(lambda: f"{pick(['um', 'uh'])} {L('ADDRESS', str(R.randint(10, 9899)) + ' ' + pick(JOINED_STREETS))}, in {L('LOCATION', town())}")
t(lambda: f"can the driver meet my husband {L('NAME', fm())} at the park and ride in {L('LOCATION', town())}, he'll be by the shelter")
t(lambda: f"i need the parking permit renewed, the plate is {L('VEHICLE_ID', plate())}, it's the gray minivan")
t(lambda: f"for the handicap placard they want my license plate, so {L('VEHICLE_ID', plate())}, and i'm at {L('ADDRESS', addr())}")
t(lambda: f"driver's license is {L('LICENSE', dl())}, do you need that to sign me up for the rides")
t(lambda: f"um we just bought a place in {L('LOCATION', pick(TOWNS2 + TOWNS3))}, {L('ADDRESS', addr())}, so i need a new primary")
t(lambda: f"the card still says {L('LOCATION', town())} but we've been in {L('LOCATION', town())} since {L('DATE', month_year())}")
t(lambda: f"{L('NAME', fm())}'s at {L('ADDRESS', addr())}, he's my brother, he'll sign for it")
t(lambda: f"mail goes to {L('ADDRESS', pobox())} but the house is {L('ADDRESS', addr(False))} if the driver needs it")
t(lambda: f"i'm in {L('LOCATION', town())}, {pick(STATES)}, zip {L('ZIP', zip5())}")
t(lambda: f"we're in {L('LOCATION', town())} {pick(STATES)} now, we moved from {L('LOCATION', town())} last {pick(MONTHS)}")
t(lambda: f"can the home visit be at my daughter's, {L('ADDRESS', addr())} in {L('LOCATION', town())}, she's {L('NAME', ff() + ' ' + ln())}")
t(lambda: f"{L('NAME', nm())}, {L('ADDRESS', addr())}, {L('LOCATION', town())}, {L('ZIP', zip5())}, and the phone is {L('PHONE', phone())}")
t(lambda: f"number's {L('PHONE', phone())}, address {L('ADDRESS', addr(False))}, and it's the side door with the ramp")
t(lambda: f"is there an in network urgent care in {L('LOCATION', town())} or {L('LOCATION', town())}, my member id is {L('HEALTH_PLAN_ID', member_id())}")
t(lambda: f"it's {L('ADDRESS', addr())}, the code for the gate is {R.randint(1000, 9999)} then pound")
t(lambda: f"my house number is {L('ADDRESS', hnum())} and the street's {L('ADDRESS', street())}, in {L('LOCATION', town())}, the one near the lake")
t(lambda: f"we're on {L('ADDRESS', county_road())} between {L('LOCATION', town())} and {L('LOCATION', town())}, the place with the horses")
t(lambda: f"you go past the {L('LOCATION', town())} turnoff, then it's {L('ADDRESS', addr(False))}, the mailbox says {L('NAME', ln())}")
t(lambda: zip_with_oh())
t(lambda: f"the zip is {L('ZIP', zip5())} or maybe {L('ZIP', zip5())}, it changed when they redid the routes")
t(lambda: f"i used to be at {L('ADDRESS', addr())} in {L('LOCATION', town())}, now it's {L('ADDRESS', addr())} in {L('LOCATION', town())}")
t(lambda: f"it's, uh, {L('ADDRESS', hnum())}, no, {L('ADDRESS', addr(False))}, sorry, i'm still getting used to it")
t(lambda: f"the clinic in {L('LOCATION', town())} is closer than the {L('LOCATION', town())} one for me, i'm right on {L('ADDRESS', street())}")
t(lambda: f"we live on the {L('LOCATION', town())} side of the river, {L('ADDRESS', addr())}")
t(lambda: f"my father in law {L('NAME', fm() + ' ' + ln())} is {L('AGE', age90())}, he lives at {L('ADDRESS', addr())}")
t(lambda: f"she turned {L('AGE', age90())} in {pick(MONTHS)} and she's still out at {L('ADDRESS', rural())} by herself")
t(lambda: f"send the nurse around the back, {L('ADDRESS', addr(False))}, knock loud, {L('NAME', ff())} is hard of hearing")
t(lambda: f"it's {L('ADDRESS', hnum() + ' ' + street() + ' building ' + pick('abcdefg') + ' apartment ' + words(R.randint(1, 30)))}, the complex by the school")
t(lambda: f"we're in the r v park, {L('ADDRESS', addr(False) + ' space ' + words(R.randint(1, 90)))}, in {L('LOCATION', town())}")
t(lambda: f"i get my mail general delivery at the {L('LOCATION', town())} post office, there's no box")
t(lambda: f"it's {L('LOCATION', town())}, not {L('LOCATION', town())}, people always send it to the wrong one")
t(lambda: f"you turn off {L('ADDRESS', county_road())} onto {L('ADDRESS', street())}, and we're {L('ADDRESS', hnum())}, the white fence")
t(lambda: f"email me the directions at {L('EMAIL', email())}, i'm coming from {L('LOCATION', town())}")
t(lambda: f"the billing account is {L('ACCOUNT', acct())}, and the statements should go to {L('ADDRESS', addr())}")
t(lambda: f"which pharmacy is closest to {L('ADDRESS', addr(False))}, i'm new in {L('LOCATION', town())}")
t(lambda: f"i'm calling for {L('NAME', fm() + ' ' + ln())}, he's at the rehab in {L('LOCATION', town())}, they said to call you for the ride home on {dt()}")
t(lambda: f"we got a new place, {L('ADDRESS', pobox())} for mail and {L('ADDRESS', rural())} for the driver")
t(lambda: f"the driver got lost in {L('LOCATION', town())} again, he put in {L('ZIP', zip5())} but it's {L('ZIP', zip5())}")
t(lambda: f"{L('ADDRESS', street() + ' and ' + street())}, the southeast corner by the laundromat, that's where i'll be")
t(lambda: f"i'm at my boyfriend's, {L('NAME', fm())}, on {L('ADDRESS', street())}, i don't know the number, it's the green one")
t(lambda: f"can my grandson {L('NAME', fm())} pick it up, he lives in {L('LOCATION', town())} too, at {L('ADDRESS', addr())}")
t(lambda: f"it says {L('LOCATION', town())} on the envelope but i'm in {L('LOCATION', town())}, they share a zip, {L('ZIP', zip5())}")
t(lambda: town_twice())
t(lambda: f"{pick(['hi', 'hey'])} i'm calling from {L('LOCATION', town())}, my mom {L('NAME', nm())} was discharged on {dt()} and nobody came out")
t(lambda: f"the address is {L('ADDRESS', addr())}, {L('ADDRESS', addr())} is my sister's, don't send it there")
t(lambda: f"i need a ride on {dt()} from {L('ADDRESS', addr(False))} to the {L('LOCATION', town())} dialysis center, and back")
t(lambda: f"you'll see a sign for {L('LOCATION', town())}, don't take it, keep going till {L('ADDRESS', county_road())} and turn right")
t(lambda: f"we're the {pick(['third', 'second', 'last'])} trailer on the left at {L('ADDRESS', addr(False))}, the one with the wheelchair ramp")
t(lambda: f"zip code, {L('ZIP', zip4())}, and the city is {L('LOCATION', town())}")
t(lambda: f"yeah {L('NAME', nm())}, {L('ADDRESS', addr(False))}, that's me, i'm in {L('LOCATION', town())}")
t(lambda: f"doctor {L('NAME', nm())} moved to the {L('LOCATION', town())} office, can i still see them there")
t(lambda: f"my nephew {L('NAME', fm())} in {L('LOCATION', town())} is my emergency contact, his number's {L('PHONE', phone())}")
t(lambda: f"{L('LOCATION', town())} or {L('LOCATION', town())}, whichever has the earliest appointment, i can drive either way")


# ---------------------------------------------------------------- templates without PHI
F = []


def f(fun):
    F.append(fun)
    return fun


f(lambda: "which door do i use, the main entrance or the one by the west wing")
f(lambda: f"is the main street pharmacy open {pick(['on sunday', 'saturdays', 'after six'])} or is that just the one at the hospital")
f(lambda: "my union rep said i should call you about the ride benefit")
f(lambda: "so i go to the lab down the hall, then the elevators by the gift shop, got it")
f(lambda: "i'll just take the bus, the number nine stops right by the park")
f(lambda: "can i park in the garage or is that for staff only")
f(lambda: "the summit building, is that the one with the cafe on the first floor")
f(lambda: "i may be a little late, the bridge is backed up again")
f(lambda: "will the driver wait if my appointment runs long")
f(lambda: "the mill closed so i'm losing my insurance in june, what do i do")
f(lambda: "i hope the van has a lift, i'm in a wheelchair since the fall")
f(lambda: "is the west wing where radiology is or is that the north tower")
f(lambda: "take the exit after the outlet mall, then left at the light by the gas station, right")
f(lambda: f"the lot by the emergency room is full every {pick(['monday', 'tuesday', 'friday'])} morning")
f(lambda: "i live like twenty minutes from the hospital, maybe thirty with traffic")
f(lambda: "mark it down that i need the wheelchair van, not the regular car")
f(lambda: "do you deliver out to the country or just in town")
f(lambda: "my bill went to the old address, do i need to call billing for that")
f(lambda: "i'll be waiting out front by the bench at the main doors")
f(lambda: "she lives with us now so it's the same address as mine")
f(lambda: "i moved last month, do i need to update the address or does the pharmacy do it")
f(lambda: "the turnoff is right after the church, then you go past the school and it's gravel")
f(lambda: "grant money for the rides ran out, is that what the letter means")
f(lambda: "is the rose garden entrance still closed for construction, the one by the chapel")
f(lambda: "can the driver use the back way, the front has like twenty steps")
f(lambda: "the pharmacy in the grocery store said you never sent the refill for the metformin")
f(lambda: "i'm at the bus stop across from the park, will the shuttle stop here")
f(lambda: "does the plan cover rides to physical therapy or just doctor visits")
f(lambda: "the nurse said to go to the urgent care by the mall if it gets worse")
f(lambda: "we're out past the county line, is that still in your area")
f(lambda: "how far is the new location from the old one, is it still on the bus line")
f(lambda: f"the parking deck on level {pick(['two', 'three', 'four'])}, is that the one for the heart center")
f(lambda: "i left my cane in the van this morning, the driver was really nice")
f(lambda: "liberty mutual is my car insurance, not my health, sorry wrong card")
f(lambda: "brown rice and sterling silver, no sorry, i was talking to my wife, go ahead")
f(lambda: "may i ask if the shuttle goes to the cancer center or just the main hospital")
f(lambda: "the directions on the website say turn at the water tower but there's two of them")
f(lambda: f"i'm on the {pick(['third', 'fourth', 'second'])} floor, no elevator, so the driver has to help me down")
f(lambda: "uh the clinic downtown, by the courthouse, not the one in the shopping center")
f(lambda: "i have faith the driver finds it this time, last time he went to the wrong building")
f(lambda: "is there a closer lab, the one by the river is always packed on saturdays")
f(lambda: "i take the lisinopril in the morning and the ride is at eight, is that okay to take first")
f(lambda: "the plain envelope, not the one with the logo, that's where the new card came")
f(lambda: "hope street pharmacy closed, so where do i pick up now, is it the hospital one")


# ---------------------------------------------------------------- validation
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"VEHICLE_ID", "LICENSE", "ACCOUNT", "NAME", "ADDRESS", "LOCATION", "ZIP", "DOB", "DATE", "AGE", "PHONE", "EMAIL", "HEALTH_PLAN_ID", "MRN"}
CUES = {"doctor", "dr", "mr", "mrs", "ms", "miss", "my", "zip", "code", "born", "number", "id", "is", "at", "in",
        "the", "near", "city", "medicare", "member", "policy", "chart", "email"}


def strip(text):
    return LABEL.sub(lambda m: m.group(2), text)


def validate(line_id, text):
    assert "\t" not in text and "\n" not in text, line_id
    rest = LABEL.sub("", text)
    assert "[[" not in rest and "]]" not in rest and "|" not in rest, (line_id, text)
    for m in LABEL.finditer(text):
        kind, val = m.group(1), m.group(2)
        assert kind in KINDS, (line_id, kind)
        assert val and val == val.strip(), (line_id, val)
        assert val[-1] not in ",;:!?" and val[0] not in ",;:!?", (line_id, val)
        assert not val.endswith("'s"), (line_id, val)
        assert val.split()[0] not in CUES, (line_id, val)
        if kind == "NAME":
            assert not set(val.split()) & {"doctor", "dr", "mr", "mrs", "ms", "miss", "nurse"}, (line_id, val)
        after = text[m.end():m.end() + 1]
        assert not after.isalnum(), (line_id, val)  # a label never cuts a word
        before = text[m.start() - 1:m.start()] if m.start() else ""
        assert not before.isalnum(), (line_id, val)
    n = len(strip(text).split())
    assert 5 <= n <= 60, (line_id, n)


def main():
    lines = []
    seen = set()
    uses = {}

    def draw(pool, count, cap, min_words):
        order = []
        while len(order) < count:
            batch = list(range(len(pool)))
            R.shuffle(batch)
            order.extend(batch)
        order = order[:count]
        for i in order:
            for _ in range(50):
                s = pool[i]()
                plain = strip(s)
                if plain not in seen and len(plain.split()) >= min_words:
                    break
            else:
                raise AssertionError("no fresh line from template %d" % i)
            seen.add(plain)
            uses[(id(pool), i)] = uses.get((id(pool), i), 0) + 1
            assert uses[(id(pool), i)] <= cap, (i, cap)
            lines.append((s, pool is T))

    draw(T, N_LINES - N_FREE, 2, 5)
    draw(F, N_FREE, 2, 5)
    R.shuffle(lines)
    templates_used = len(uses)
    assert templates_used >= 60, templates_used
    out = []
    counts = {}
    free = 0
    for k, (s, has_phi) in enumerate(lines, 1):
        lid = "%s%03d" % (PREFIX, k)
        validate(lid, s)
        labels = LABEL.findall(s)
        assert bool(labels) == has_phi, (lid, s)
        if not labels:
            free += 1
        for kind, _ in labels:
            counts[kind] = counts.get(kind, 0) + 1
        out.append(lid + "\t" + s)
    assert len(set(o.split("\t")[0] for o in out)) == len(out) == N_LINES
    header = ("# voice-dev13a.tsv: generated by masker-domain/src/test/scripts/holdout13_voice_dev_a.py (seed %d) "
              "from Datafaker 2.7.0 name lists (Apache-2.0; locales %s, diacritics dropped) and invented names, "
              "streets and towns written for Masker; caller turns about where people live and how they get there, "
              "all PHI kinds labelled; development set, tuned on; every value invented."
              % (SEED, ", ".join(LOCALES)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for o in out:
            fh.write(o + "\n")
    print("lines", len(out), "phi-free", free, "templates", templates_used,
          "(with PHI %d, without %d)" % (len(T), len(F)))
    print("labels", sum(counts.values()), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
