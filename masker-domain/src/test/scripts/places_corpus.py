#!/usr/bin/env python3
"""Generates the places / postal codes / phones evaluation sets (issue 11).

Usage: python3 places_corpus.py <datafaker-dir> <out-dir>
  <datafaker-dir>: the *.yml files of Datafaker 2.7.0 (Apache-2.0) unzipped from its jar.
Writes places-voice-dev.tsv, places-voice-holdout.tsv, places-written-dev.tsv and
places-written-holdout.tsv, and the later rounds' places-written-dev2.tsv and
places-written-holdout2.tsv, -dev3/-holdout3 and -dev4/-holdout5. The development and held-out parts use disjoint templates, other
seeds and partly other locales. A line break inside an example is written U+2028 (one char, so
offsets do not move); the test turns it into "\n". Every value is invented: house numbers and postal codes are
random, phone numbers use ranges reserved for fiction where a country has one (NANP 555-01xx,
UK 07700 900xxx and 020 7946 0xxx, Australia 0491 570 xxx, France 01 99 00 / 06 39 98) and
random digits elsewhere.
"""
import random
import sys
import yaml

DF, OUT = sys.argv[1], sys.argv[2]
# A line break inside an example: U+2028, one char, which the test reads as "\n".
LB = "\u2028"


def loc(name):
    with open(f"{DF}/{name}.yml", encoding="utf-8") as f:
        d = yaml.safe_load(f)
    return list(list(d.values())[0].values())[0]


EN = yaml.safe_load(open(f"{DF}/en/address.yml", encoding="utf-8"))["en"]["faker"]["address"]
EN_NAME = yaml.safe_load(open(f"{DF}/en/name.yml", encoding="utf-8"))["en"]["faker"]["name"]
FIRST = [n for n in EN_NAME["male_first_name"] + EN_NAME["female_first_name"] if n.isalpha()]
LAST = [n for n in EN_NAME["last_name"] if n.isalpha()]
COUNTRIES_EN = [c for c in EN["country"] if "(" not in c and len(c) < 25]

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def two(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def house_words(n, r):
    s = str(n)
    if len(s) <= 2:
        return two(n)
    if len(s) == 3:
        return ONES[n // 100] + " " + (two(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100])
    if len(s) == 4:
        if r.random() < 0.5 and n % 100 == 0:
            return two(n // 100) + " hundred"
        return two(n // 100) + " " + (two(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100])
    return " ".join(ONES[int(c)] for c in s)


def digit_words(s, r):
    return " ".join(("oh" if c == "0" and r.random() < 0.5 else ONES[int(c)]) for c in s)


def us_city(r):
    pre, suf = EN["city_prefix"], EN["city_suffix"]
    k = r.randrange(4)
    if k == 0:
        return f"{r.choice(pre)} {r.choice(FIRST)}{r.choice(suf)}"
    if k == 1:
        return f"{r.choice(pre)} {r.choice(FIRST)}"
    if k == 2:
        return f"{r.choice(FIRST)}{r.choice(suf)}"
    return f"{r.choice(LAST)}{r.choice(suf)}"


REAL_US = ["fresno", "tulsa", "boise", "spokane", "dayton", "akron", "tacoma", "reno", "omaha",
           "sacramento", "albuquerque", "savannah", "knoxville", "lubbock", "eugene", "provo",
           "duluth", "fargo", "macon", "waco", "tempe", "yonkers", "toledo", "lansing", "modesto",
           "stockton", "pueblo", "flagstaff", "bakersfield", "chattanooga", "scranton",
           "allentown", "syracuse", "rochester", "des moines", "little rock", "baton rouge",
           "san antonio", "el paso", "fort worth", "grand rapids", "salt lake city", "santa fe",
           "cedar rapids", "green bay", "ann arbor", "sioux falls", "corpus christi"]


def city(r, real_share=0.5):
    return r.choice(REAL_US) if r.random() < real_share else us_city(r).lower()


def street(r):
    return f"{r.choice(FIRST + LAST)} {r.choice(EN['street_suffix'])}"


def zip5(r):
    return f"{r.randrange(10, 99)}{r.randrange(100, 999)}"


def nanp(r):
    return f"{r.choice(['415','312','206','503','617','702','919'])}", "555", f"01{r.randrange(10, 99)}"


def phone_words(r):
    a, b, c = nanp(r)
    return digit_words(a, r) + " " + digit_words(b, r) + " " + digit_words(c, r)


def lab(kind, v):
    return f"[[{kind}|{v}]]"


# ---------------------------------------------------------------- voice
def voice_dev(r):
    c, s, n = city(r), street(r).lower(), r.randrange(10, 9999)
    z = zip5(r)
    hn = str(n) if r.random() < 0.5 else house_words(n, r)
    zs = z if r.random() < 0.5 else digit_words(z, r)
    unit = r.randrange(1, 40)
    t = r.randrange(14)
    if t == 0:
        return f"i live at {lab('ADDRESS', hn + ' ' + s)} in {lab('LOCATION', c)}, {lab('ZIP', zs)}."
    if t == 1:
        return f"my address is {lab('ADDRESS', hn + ' ' + s)}, {lab('LOCATION', c)}, {lab('ZIP', zs)}"
    if t == 2:
        return f"it's {lab('ADDRESS', hn + ' ' + s + ' apartment ' + two(unit))}, {lab('LOCATION', c)} {lab('ZIP', zs)}"
    if t == 3:
        return f"yeah we moved here from {lab('LOCATION', c)}, about two years ago"
    if t == 4:
        return f"i'm calling from {lab('LOCATION', c)}, is the clinic open on saturday"
    if t == 5:
        return f"she lives near {lab('LOCATION', c)}, so it's a long drive for her"
    if t == 6:
        return f"um we're in {lab('LOCATION', c)}, {lab('ZIP', zs)}, if that helps"
    if t == 7:
        return f"you can reach me on {lab('PHONE', phone_words(r))}"
    if t == 8:
        a, b, cc = nanp(r)
        return f"call me at {lab('PHONE', a + ' ' + b + ' ' + cc)} after five"
    if t == 9:
        return f"the package goes to {lab('ADDRESS', hn + ' ' + s)}, {lab('LOCATION', c)}, {lab('ZIP', zs)}, thanks"
    return voice_negative(r, t)


NEG_VOICE = [
    "may i book for june", "i'm calling from home today", "take 10 mg at 8 in the morning",
    "the doctor will see you at five", "it was about 250 dollars in total", "bill me later please",
    "my order number is 48213 i think", "she's in room 304 on the third floor",
    "i'll be in on tuesday around ten", "we drove about 35 miles from work",
    "it costs 12,500 a year", "take two tablets every 6 hours", "i've had it since 2019",
    "the meeting is in june, maybe july", "i'm coming from the pharmacy now",
    "give me 15 minutes and i'll call back", "in about an hour, maybe less",
    "i take 500 mg twice a day", "the score was 21 to 14", "press 2 for billing",
]
NEG_VOICE_HOLD = [
    "can we do the fourteenth instead", "i'm heading in from the parking lot",
    "she needs 20 units of insulin at 7", "it's about a 40 minute drive", "i paid 89.99 for it",
    "my claim was denied in march", "we're three people, two adults and a kid",
    "the form says page 12 of 30", "i was out from monday to friday",
    "she's on the 5th floor near the elevator", "the copay went up to 45 dollars",
    "i walk about 10,000 steps a day", "from what i heard it's fine", "it's in the top drawer",
    "i'll be there in 20", "we live near the school, not far", "call back in ten minutes",
    "it happened in 2021 i believe", "room 1204, the nurse said", "dose is 2.5 ml at bedtime",
]


def voice_negative(r, t, pool=NEG_VOICE):
    return r.choice(pool)


def voice_hold(r):
    c, s, n = city(r, 0.4), street(r).lower(), r.randrange(10, 99999)
    z = zip5(r)
    hn = str(n) if r.random() < 0.6 else house_words(n, r)
    zs = z if r.random() < 0.5 else digit_words(z, r)
    t = r.randrange(14)
    if t == 0:
        return f"okay so it's {lab('ADDRESS', hn + ' ' + s)}, that's in {lab('LOCATION', c)}, {lab('ZIP', zs)}"
    if t == 1:
        return f"send it to {lab('ADDRESS', hn + ' ' + s)} {lab('LOCATION', c)} {lab('ZIP', zs)} please"
    if t == 2:
        return f"we just moved to {lab('LOCATION', c)}, so the address is new"
    if t == 3:
        return f"i grew up in {lab('LOCATION', c)}, but now i'm in {lab('LOCATION', city(r, 0.4))}"
    if t == 4:
        return f"the nearest one is near {lab('LOCATION', c)}, right off the highway"
    if t == 5:
        return f"i'm from {lab('LOCATION', c)}, originally"
    if t == 6:
        return f"uh {lab('ADDRESS', hn + ' ' + s + ' suite ' + str(r.randrange(100, 999)))}, {lab('LOCATION', c)}, {lab('ZIP', zs)}"
    if t == 7:
        return f"best number is {lab('PHONE', phone_words(r))}, that's my cell"
    if t == 8:
        a, b, cc = nanp(r)
        return f"reach me on {lab('PHONE', a + '-' + b + '-' + cc)} anytime"
    if t == 9:
        return f"my home address {lab('ADDRESS', hn + ' ' + s)}, {lab('LOCATION', c)}, zip {lab('ZIP', zs)}"
    return r.choice(NEG_VOICE_HOLD)


# ---------------------------------------------------------------- written
def rnd_digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def pick(lst, r):
    return r.choice([x for x in lst if isinstance(x, str)])


DE, ES, IT, PL, FR, PTBR, PT, NL, SV, DA, NB = (loc(x) for x in
    ["de", "es", "it", "pl", "fr", "pt-BR", "pt", "nl", "sv", "da-DK", "nb-NO"])
FIRST_INTL = FIRST


def de_street(r):
    s = pick(DE["address"]["street_root"], r)
    return f"{s} {r.randrange(1, 200)}{r.choice(['', '', '', 'a', 'b'])}"


def written_country(code):
    return {"DE": "Germany", "ES": "Spain", "IT": "Italy", "PL": "Poland", "FR": "France",
            "BR": "Brazil", "PT": "Portugal", "NL": "Netherlands", "SE": "Sweden", "DK": "Denmark",
            "NO": "Norway", "GB": "United Kingdom", "CA": "Canada", "AT": "Austria",
            "CH": "Switzerland", "BE": "Belgium", "AU": "Australia"}[code]


def address_of(code, r):
    """(street, unit or None, postal code, city) for a country."""
    a = None
    if code == "DE":
        return de_street(r), r.choice([None, None, f"Wohnung {r.randrange(1, 30)}"]), rnd_digits(r, 5), r.choice(["Berlin", "Hamburg", "Leipzig", "Kassel", "Bonn", "Ulm", "Jena"])
    if code == "AT":
        return de_street(r), r.choice([None, f"Top {r.randrange(1, 30)}"]), str(r.randrange(1010, 9999)), r.choice(["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"])
    if code == "CH":
        return de_street(r), None, str(r.randrange(1000, 9999)), r.choice(["Zürich", "Basel", "Bern", "Luzern", "Winterthur"])
    if code == "ES":
        s = f"{pick(['Calle', 'Avenida', 'Paseo', 'Plaza', 'Camino'], r)} {r.choice(FIRST)} {r.randrange(1, 150)}"
        return s, r.choice([None, f"{r.randrange(1, 9)}º {r.choice('ABCD')}", f"Piso {r.randrange(1, 9)}"]), f"{r.randrange(1, 52):02d}{r.randrange(0, 999):03d}", pick(ES["address"]["city_prefix"], r)
    if code == "IT":
        s = f"{pick(IT['address']['street_suffix'], r)} {r.choice(LAST)} {r.randrange(1, 200)}"
        return s, r.choice([None, f"Scala {r.choice('ABC')}", f"Interno {r.randrange(1, 20)}"]), f"{r.randrange(10, 98)}{r.randrange(0, 999):03d}", r.choice(["Roma", "Torino", "Bologna", "Firenze", "Napoli", "Verona", "Bari"])
    if code == "PL":
        s = f"ul. {r.choice(LAST)} {r.randrange(1, 120)}"
        return s, r.choice([None, f"m. {r.randrange(1, 80)}"]), f"{r.randrange(10, 99)}-{r.randrange(0, 999):03d}", pick(PL["address"]["city_name"], r).split(" (")[0]
    if code == "FR":
        s = f"{r.randrange(1, 200)} {pick(['rue', 'avenue', 'boulevard', 'place', 'impasse', 'allée'], r)} {pick(FR['address']['street_suffix'], r)}"
        return s, r.choice([None, f"Bât. {r.choice('ABC')}", f"Apt {r.randrange(1, 60)}"]), f"{r.randrange(10, 95)}{r.randrange(0, 999):03d}", pick(FR["address"]["city_name"], r)
    if code == "BR":
        s = f"{pick(PTBR['address']['street_suffix'], r)} {r.choice(FIRST)} {r.choice(LAST)}, {r.randrange(10, 3000)}"
        return s, r.choice([None, f"Apto. {r.randrange(11, 300)}", f"Casa {r.randrange(1, 9)}"]), f"{r.randrange(10000, 99999)}-{r.randrange(0, 999):03d}", pick(PTBR["address"]["city"], r)
    if code == "PT":
        s = f"{pick(['Rua', 'Avenida', 'Travessa', 'Largo'], r)} {pick(['das Flores', 'do Carmo', 'da Liberdade', 'de São Bento', 'dos Lagos', 'do Sol'], r)} {r.randrange(1, 300)}"
        return s, r.choice([None, f"{r.randrange(1, 9)}º Esq.", f"{r.randrange(1, 9)}º Dto."]), f"{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}", pick(PT["address"]["city_name"], r)
    if code == "NL":
        s = f"{r.choice(FIRST)}{pick(NL['address']['street_suffix'], r)} {r.randrange(1, 300)}"
        return s, None, f"{r.randrange(1000, 9999)} {r.choice('ABCDEFGHJKLMNPRSTVWXZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXZ')}", r.choice(["Utrecht", "Leiden", "Delft", "Haarlem", "Groningen", "Tilburg"])
    if code == "SE":
        s = f"{pick(SV['address']['street_root'], r)}{pick(SV['address']['street_suffix'], r)} {r.randrange(1, 90)}"
        return s, r.choice([None, f"Lgh {r.randrange(1001, 1400)}"]), f"{r.randrange(100, 999)} {r.randrange(10, 99)}", r.choice(["Uppsala", "Malmö", "Göteborg", "Västerås", "Örebro", "Lund"])
    if code == "DK":
        s = f"{pick(DA['address']['street_root'], r)}{pick(DA['address']['street_suffix'], r)} {r.randrange(1, 90)}"
        return s, r.choice([None, f"{r.randrange(1, 5)}. tv."]), str(r.randrange(1000, 9999)), r.choice(["Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers"])
    if code == "NO":
        s = f"{pick(NB['address']['street_root'], r)}{pick(NB['address']['street_suffix'], r)} {r.randrange(1, 90)}"
        return s, None, f"{r.randrange(0, 9999):04d}", r.choice(["Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"])
    if code == "BE":
        s = f"{pick(['Rue', 'Avenue', 'Chaussée'], r)} {pick(FR['address']['street_suffix'], r)} {r.randrange(1, 200)}"
        return s, r.choice([None, f"Boîte {r.randrange(1, 20)}"]), str(r.randrange(1000, 9999)), r.choice(["Liège", "Namur", "Gent", "Leuven", "Mons"])
    if code == "GB":
        s = f"{r.randrange(1, 300)} {r.choice(LAST)} {r.choice(['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Crescent', 'Mews', 'Terrace'])}"
        district = r.randrange(1, 20)
        pc = f"{r.choice(['SW', 'NW', 'EC', 'M', 'B', 'LS', 'G', 'EH', 'CF', 'BS'])}{district}{r.choice(['', 'A']) if district < 10 else ''} {r.randrange(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return s, r.choice([None, f"Flat {r.randrange(1, 30)}"]), pc, r.choice(["Leeds", "Bristol", "Cardiff", "Glasgow", "Manchester", "Reading", "York"])
    if code == "CA":
        s = f"{r.randrange(10, 9999)} {r.choice(LAST)} {r.choice(['Street', 'Avenue', 'Road', 'Drive', 'Crescent', 'Boulevard'])}"
        L, D = "ABCEGHJKLMNPRSTVXY", "0123456789"
        pc = f"{r.choice(L)}{r.choice(D)}{r.choice(L)} {r.choice(D)}{r.choice(L)}{r.choice(D)}"
        return s, r.choice([None, f"Unit {r.randrange(1, 400)}", f"Suite {r.randrange(100, 999)}", f"#{r.randrange(1, 400)}"]), pc, r.choice(["Halifax", "Winnipeg", "Regina", "Kelowna", "Hamilton", "Victoria"])
    if code == "AU":
        s = f"{r.randrange(1, 300)} {r.choice(LAST)} {r.choice(['Street', 'Road', 'Parade', 'Avenue', 'Place'])}"
        return s, r.choice([None, f"Unit {r.randrange(1, 40)}"]), str(r.randrange(2000, 7999)), r.choice(["Geelong", "Ballarat", "Wollongong", "Hobart", "Cairns"])
    raise ValueError(code)


def phone_of(code, r):
    """(cue-able national number, international form) for a country; fictional ranges where known."""
    if code == "GB":
        return r.choice([f"07700 900{r.randrange(0, 999):03d}", f"020 7946 0{r.randrange(0, 999):03d}", f"+44 (0)20 7946 0{r.randrange(0, 999):03d}", f"+44 7700 900{r.randrange(0, 999):03d}"])
    if code == "AU":
        return r.choice([f"0491 570 {r.randrange(100, 999)}", f"+61 491 570 {r.randrange(100, 999)}", f"(02) 5550 {r.randrange(1000, 9999)}"])
    if code == "FR":
        return r.choice([f"01 99 00 {r.randrange(10, 99)} {r.randrange(10, 99)}", f"06.39.98.{r.randrange(10, 99)}.{r.randrange(10, 99)}", f"+33 6 39 98 {r.randrange(10, 99)} {r.randrange(10, 99)}"])
    if code in ("CA",):
        return f"({r.choice(['604', '416', '902'])}) 555-01{r.randrange(10, 99)}"
    g = {
        "DE": lambda: r.choice([f"030 {rnd_digits(r, 8)}", f"0151 {rnd_digits(r, 8)}", f"+49 (0)89 {rnd_digits(r, 3)} {rnd_digits(r, 4)}", f"0221/{rnd_digits(r, 6)}"]),
        "AT": lambda: r.choice([f"01 {rnd_digits(r, 3)} {rnd_digits(r, 4)}", f"+43 664 {rnd_digits(r, 7)}"]),
        "CH": lambda: r.choice([f"044 {rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"+41 79 {rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}"]),
        "ES": lambda: r.choice([f"91 {rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"6{rnd_digits(r, 2)} {rnd_digits(r, 3)} {rnd_digits(r, 3)}", f"+34 6{rnd_digits(r, 2)} {rnd_digits(r, 2)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}"]),
        "IT": lambda: r.choice([f"06 {rnd_digits(r, 4)} {rnd_digits(r, 4)}", f"3{rnd_digits(r, 2)} {rnd_digits(r, 3)} {rnd_digits(r, 4)}", f"+39 02 {rnd_digits(r, 8)}"]),
        "PL": lambda: r.choice([f"{rnd_digits(r, 3)} {rnd_digits(r, 3)} {rnd_digits(r, 3)}", f"+48 {rnd_digits(r, 2)} {rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"(22) {rnd_digits(r, 3)}-{rnd_digits(r, 2)}-{rnd_digits(r, 2)}"]),
        "BR": lambda: r.choice([f"(11) 9{rnd_digits(r, 4)}-{rnd_digits(r, 4)}", f"+55 21 9{rnd_digits(r, 4)}-{rnd_digits(r, 4)}", f"(31) {rnd_digits(r, 4)}-{rnd_digits(r, 4)}"]),
        "PT": lambda: r.choice([f"21 {rnd_digits(r, 3)} {rnd_digits(r, 4)}", f"9{rnd_digits(r, 2)} {rnd_digits(r, 3)} {rnd_digits(r, 3)}", f"+351 9{rnd_digits(r, 2)} {rnd_digits(r, 3)} {rnd_digits(r, 3)}"]),
        "NL": lambda: r.choice([f"06-{rnd_digits(r, 8)}", f"020 {rnd_digits(r, 3)} {rnd_digits(r, 4)}", f"+31 (0)6 {rnd_digits(r, 4)} {rnd_digits(r, 4)}"]),
        "SE": lambda: r.choice([f"08-{rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"070-{rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}"]),
        "DK": lambda: r.choice([f"{rnd_digits(r, 2)} {rnd_digits(r, 2)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"+45 {rnd_digits(r, 4)} {rnd_digits(r, 4)}"]),
        "NO": lambda: r.choice([f"{rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 3)}", f"+47 {rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 3)}"]),
        "BE": lambda: r.choice([f"0{rnd_digits(r, 3)} {rnd_digits(r, 2)} {rnd_digits(r, 2)} {rnd_digits(r, 2)}", f"02/{rnd_digits(r, 3)}.{rnd_digits(r, 2)}.{rnd_digits(r, 2)}"]),
    }
    return g[code]()


POSTAL_LABEL = {"DE": "PLZ", "AT": "PLZ", "CH": "PLZ", "ES": "CP", "PT": "Código postal",
                "BR": "CEP", "FR": "Code postal", "IT": "CAP", "PL": "Kod pocztowy",
                "NL": "Postcode", "SE": "Postnummer", "DK": "Postnr.", "NO": "Postnr.",
                "BE": "Code postal", "GB": "Postcode", "CA": "Postal code", "AU": "Postcode"}


def street_unit(s, unit, r):
    return f"{s}, {unit}" if unit else s


def written_dev(r, codes):
    code = r.choice(codes)
    s, unit, pc, c = address_of(code, r)
    A = lab("ADDRESS", street_unit(s, unit, r))
    Z, C = lab("ZIP", pc), lab("LOCATION", c)
    country = written_country(code)
    t = r.randrange(12)
    if t == 0:
        return f"Address: {A}, {Z} {C}, {country}" if code not in ("GB", "CA", "AU") else f"Address: {A}, {C} {Z}, {country}"
    if t == 1:
        lines = [A, f"{C} {Z}" if code in ("GB", "CA", "AU") else f"{Z} {C}", country.upper()]
        return "Ship to:" + LB + LB.join(lines)
    if t == 2:
        return f"Patient resides at {A}, {C}. {POSTAL_LABEL[code]}: {Z}."
    if t == 3:
        return f"Phone: {lab('PHONE', phone_of(code, r))}"
    if t == 4:
        return f"Please call me at {lab('PHONE', phone_of(code, r))} tomorrow morning."
    if t == 5:
        return f"Tel. {lab('PHONE', phone_of(code, r))} / Fax {lab('FAX', phone_of(code, r))}"
    if t == 6:
        return f"New address from March: {A}, {Z} {C}." if code not in ("GB", "CA", "AU") else f"New address from March: {A}, {C} {Z}."
    if t == 7:
        return f"Mobile {lab('PHONE', phone_of(code, r))} (evenings only)"
    if t == 8:
        return f"She was transferred from the clinic in {C} last week."
    return r.choice(NEG_WRITTEN)


NEG_WRITTEN = [
    "Take 10 mg at 8 and 20 mg at 20:00.", "Invoice 2024-0042 total: 1.250,00 EUR",
    "Order #48213 shipped on Tuesday.", "Room 304, 3rd floor, east wing.",
    "Dosage: 2 x 500 mg daily for 14 days.", "Follow-up in 6 weeks; HbA1c 7.2%.",
    "The meeting moved from 10:30 to 11:15.", "Price: $1,299.00 (incl. VAT 19%)",
    "Version 3.14.2 was released in 2023.", "BP 128/82, HR 72, SpO2 98%.",
    "Ref. 55-1204 / batch 7781", "We expect 12 500 visitors in June.",
    "Please work from home on Friday.", "Page 12 of 30", "Step 3: insert 2 AA batteries.",
    "Tablets 5 mg x 28", "Budget 2025: 48 000 EUR", "Ticket 100234 was closed.",
]
NEG_WRITTEN_HOLD = [
    "Administer 4 mg IV q6h, max 16 mg/24 h.", "Total due: 3 450,00 kr", "PO 7731-22 received",
    "Bed 12B, ward 4", "Score 27/30 on the MMSE.", "Call scheduled for 14:30 CET.",
    "Lot 220931, exp. 11/2026", "Gate 23, terminal 2", "Seats 14 and 15, row K",
    "Qty 1 000 units @ 2,50 each", "Ext. 4412 is the front desk.", "Weight 72.4 kg, height 178 cm",
    "Chapter 7, section 2.3", "Model X-200, serial pending", "In 2022 we hired 150 staff.",
    "Temperature 37.8 °C at 06:00", "Ward round from 8 to 10.", "Budget line 4.2.1: 12 000",
]


def written_hold(r, codes):
    code = r.choice(codes)
    s, unit, pc, c = address_of(code, r)
    A = lab("ADDRESS", street_unit(s, unit, r))
    Z, C = lab("ZIP", pc), lab("LOCATION", c)
    country = written_country(code)
    t = r.randrange(12)
    us_order = code in ("GB", "CA", "AU")
    if t == 0:
        return f"Correspondence address: {A} - {C} {Z} ({country})" if us_order else f"Correspondence address: {A} - {Z} {C} ({country})"
    if t == 1:
        return f"Home:{LB}{A}{LB}{C}{LB}{POSTAL_LABEL[code]} {Z}{LB}{country}"
    if t == 2:
        return f"Lives with her daughter at {A} in {C}."
    if t == 3:
        return f"Contact number: {lab('PHONE', phone_of(code, r))}"
    if t == 4:
        return f"You can reach me on {lab('PHONE', phone_of(code, r))} or by e-mail."
    if t == 5:
        return f"Office {lab('PHONE', phone_of(code, r))}, fax {lab('FAX', phone_of(code, r))}"
    if t == 6:
        return f"Forwarding to {A}, {C} {Z}, {country}." if us_order else f"Forwarding to {A}, {Z} {C}, {country}."
    if t == 7:
        return f"Tel: {lab('PHONE', phone_of(code, r))} | {POSTAL_LABEL[code]}: {Z}"
    if t == 8:
        return f"Referred by a GP based in {C}."
    return r.choice(NEG_WRITTEN_HOLD)


# ---------------------------------------------------------------- written, second round
# Towns whose name is also an ordinary word, towns that begin with an article or particle,
# postal codes before the town (and after it with a country), field-labelled forms.
WORD_TOWNS_DEV = ["Nice", "Bath", "Reading", "Mobile", "Split", "Orange", "Sale", "Hull", "Derby",
                  "Buffalo", "Phoenix", "Marathon", "Wells", "Deal", "Troy", "Independence"]
WORD_TOWNS_HOLD = ["Bend", "Liberty", "Cork", "Essen", "Temple", "Hope", "Bury", "Worthing",
                   "Mold", "Eagle", "Normal", "Paradise", "Florence", "Chester", "Rugby", "Bristol"]
ARTICLE_TOWNS_DEV = ["Le Mans", "La Coruña", "Den Haag", "Los Angeles", "Al Ain",
                     "'s-Hertogenbosch", "Le Havre", "La Rochelle", "Las Vegas", "La Paz",
                     "Den Helder", "El Puerto de Santa María"]
ARTICLE_TOWNS_HOLD = ["La Spezia", "Los Alamos", "Al Khobar", "'s-Gravenhage", "De Bilt",
                      "El Ejido", "Las Palmas", "L'Aquila", "Le Touquet", "La Louvière", "Le Puy-en-Velay",
                      "Al Hoceima"]
# (postal code, town) shapes where the code comes first: FR, AT, PL, PT, DE, ES, IT, NL, CH
PC_FIRST_DEV = [
    lambda r: (f"{r.randrange(10, 95)}{r.randrange(0, 999):03d}", r.choice(["Paris", "Lyon", "Nantes", "Rennes"])),
    lambda r: (str(r.randrange(1010, 9999)), r.choice(["Wien", "Graz", "Linz"])),
    lambda r: (f"{r.randrange(0, 99):02d}-{r.randrange(0, 999):03d}", r.choice(["Warszawa", "Kraków", "Gdańsk", "Łódź"])),
    lambda r: (f"{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}", r.choice(["Lisboa", "Porto", "Braga"])),
    lambda r: (rnd_digits(r, 5), r.choice(["Berlin", "München", "Köln", "Dresden"])),
    lambda r: (f"{r.randrange(1, 52):02d}{r.randrange(0, 999):03d}", r.choice(["Madrid", "Sevilla", "Valencia"])),
]
PC_FIRST_HOLD = [
    lambda r: (f"{r.randrange(10, 98)}{r.randrange(0, 999):03d}", r.choice(["Milano", "Genova", "Palermo", "Padova"])),
    lambda r: (f"{r.randrange(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}", r.choice(["Amsterdam", "Rotterdam", "Eindhoven", "Nijmegen"])),
    lambda r: (str(r.randrange(1000, 9999)), r.choice(["Genève", "Lausanne", "Lugano", "St. Gallen"])),
    lambda r: (f"{r.randrange(100, 999)} {r.randrange(10, 99)}", r.choice(["Stockholm", "Linköping", "Umeå"])),
    lambda r: (f"{r.randrange(0, 99):02d}-{r.randrange(0, 999):03d}", r.choice(["Poznań", "Wrocław", "Lublin"])),
    lambda r: (f"{r.randrange(10, 95)}{r.randrange(0, 999):03d}", r.choice(["Toulouse", "Bordeaux", "Lille"])),
]


def gb_postcode(r):
    district = r.randrange(1, 20)
    return f"{r.choice(['SW', 'NW', 'EC', 'W', 'N', 'SE', 'E'])}{district}{r.choice(['', 'A']) if district < 10 else ''} {r.randrange(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def written_dev2(r, codes):
    code = r.choice(codes)
    s, unit, pc, c = address_of(code, r)
    A = lab("ADDRESS", street_unit(s, unit, r))
    country = written_country(code)
    wt, at = r.choice(WORD_TOWNS_DEV), r.choice(ARTICLE_TOWNS_DEV)
    t = r.randrange(16)
    if t == 0:
        return f"She moved to a care home in {lab('LOCATION', wt)} last spring."
    if t == 1:
        return f"Patient travelled from {lab('LOCATION', wt)} for the appointment."
    if t == 2:
        return f"Lives near {lab('LOCATION', wt)} with her son."
    if t == 3:
        return f"Born in {lab('LOCATION', at)}, now living in {lab('LOCATION', r.choice(WORD_TOWNS_DEV))}."
    if t == 4:
        return f"Transferred from the hospital in {lab('LOCATION', at)} on Monday."
    if t == 5:
        z, town = r.choice(PC_FIRST_DEV)(r)
        return f"{A}, {lab('ZIP', z)} {lab('LOCATION', town)}"
    if t == 6:
        z, town = r.choice(PC_FIRST_DEV)(r)
        return f"Send the letter to {lab('ZIP', z)} {lab('LOCATION', town)}, attention of the ward."
    if t == 7:
        return f"Office: {lab('ADDRESS', str(r.randrange(1, 200)) + ' ' + r.choice(LAST) + ' Street')}, {lab('ZIP', gb_postcode(r))} {lab('LOCATION', 'London')}"
    if t == 8:
        z, town = r.choice(PC_FIRST_DEV)(r)
        return f"Ship to {lab('LOCATION', 'Madrid')} {lab('ZIP', f'{r.randrange(1, 52):02d}{r.randrange(0, 999):03d}')}, Spain."
    if t == 9:
        return f"Street: {A}{LB}City: {lab('LOCATION', c)}{LB}Postcode: {lab('ZIP', pc)}{LB}Country: {country}"
    if t == 10:
        return f"Address line 1: {lab('ADDRESS', s)}{LB}Address line 2: {lab('ADDRESS', unit or 'Flat ' + str(r.randrange(1, 30)))}{LB}City: {lab('LOCATION', wt)}"
    if t == 11:
        return f"Straße: {lab('ADDRESS', de_street(r))}{LB}PLZ: {lab('ZIP', rnd_digits(r, 5))}{LB}Ort: {lab('LOCATION', r.choice(['Kassel', 'Fulda', 'Gießen', 'Marburg']))}"
    if t == 12:
        return f"Ciudad: {lab('LOCATION', at)} | CP: {lab('ZIP', f'{r.randrange(1, 52):02d}{r.randrange(0, 999):03d}')}"
    if t == 13:
        return f"City: {lab('LOCATION', at)}; Country: Spain"
    return r.choice(NEG_WRITTEN2)


NEG_WRITTEN2 = [
    "That was a nice surprise for the whole ward.", "Reading glasses were left in room 12.",
    "The mobile unit arrives at 10:00.", "Split the dose: 5 mg in the morning, 5 mg at night.",
    "Bath time is after dinner.", "City: not given", "Country: unknown",
    "Street lighting was poor, she said.", "Le médecin passe à 10 h.", "La dose est de 2 mg.",
    "Orange juice with breakfast is fine.", "Sale ends on Friday.",
]
NEG_WRITTEN2_HOLD = [
    "I hope the pain eases by Monday.", "Temple pain on the left side.",
    "Normal range: 70-110 mg/dL.", "Town hall meeting moved to June.", "Deal with it tomorrow.",
    "Liberty of movement is restricted.", "Post code: see attached", "La presión es normal.",
    "El paciente duerme bien.", "Eagle-eyed nurse spotted the rash.", "Florence Nightingale ward, bed 4",
]


def written_hold2(r, codes):
    code = r.choice(codes)
    s, unit, pc, c = address_of(code, r)
    A = lab("ADDRESS", street_unit(s, unit, r))
    country = written_country(code)
    wt, at = r.choice(WORD_TOWNS_HOLD), r.choice(ARTICLE_TOWNS_HOLD)
    t = r.randrange(16)
    if t == 0:
        return f"Her sister still lives in {lab('LOCATION', wt)}."
    if t == 1:
        return f"Referred from a practice near {lab('LOCATION', wt)}, seen today."
    if t == 2:
        return f"Grew up in {lab('LOCATION', at)} and moved to {lab('LOCATION', r.choice(WORD_TOWNS_HOLD))} in 2019."
    if t == 3:
        return f"He is on holiday in {lab('LOCATION', at)} until the 14th."
    if t == 4:
        z, town = r.choice(PC_FIRST_HOLD)(r)
        return f"Correspondence: {A} - {lab('ZIP', z)} {lab('LOCATION', town)}"
    if t == 5:
        z, town = r.choice(PC_FIRST_HOLD)(r)
        return f"Postal address {lab('ZIP', z)} {lab('LOCATION', town)}."
    if t == 6:
        return f"{lab('LOCATION', 'Bristol')} {lab('ZIP', gb_postcode(r))}, United Kingdom"
    if t == 7:
        town = r.choice(["Lisboa", "Roma", "Berlin", "Wien"])
        z = {"Lisboa": f"{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}", "Roma": f"00{r.randrange(100, 199)}", "Berlin": rnd_digits(r, 5), "Wien": str(r.randrange(1010, 1230))}[town]
        ctry = {"Lisboa": "Portugal", "Roma": "Italy", "Berlin": "Germany", "Wien": "Austria"}[town]
        return f"Delivered to {lab('LOCATION', town)} {lab('ZIP', z)}, {ctry}."
    if t == 8:
        return f"Street address: {A}{LB}Town: {lab('LOCATION', c)}{LB}Zip code: {lab('ZIP', pc)}"
    if t == 9:
        return f"Rua: {lab('ADDRESS', s)}{LB}Cidade: {lab('LOCATION', c)}{LB}País: {country}"
    if t == 10:
        return f"Town: {lab('LOCATION', wt)} / Country: United Kingdom"
    if t == 11:
        return f"Stadt: {lab('LOCATION', r.choice(['Essen', 'Trier', 'Hof', 'Worms']))}, Land: Deutschland"
    if t == 12:
        return f"Ville : {lab('LOCATION', at)} - Code postal : {lab('ZIP', f'{r.randrange(10, 95)}{r.randrange(0, 999):03d}')}"
    return r.choice(NEG_WRITTEN2_HOLD)


# ---------------------------------------------------------------- written, third round
# Postal codes before the town in prose with no label, a postal code after a town no list has and
# then a country, postal-code shapes of many countries next to an address, a town or a label,
# one-word street names whose ending is the street type, addresses over several lines ending in a
# country; PHI-free lines full of numbers (years, doses, counts, prices, rooms, times).
SV_, DA_, NB_ = SV["address"], DA["address"], NB["address"]
FI_, HU_, SK_, CS_, HR_, ET_, LV_, CH_, MX_ = (loc(x)["address"] for x in
    ["fi-FI", "hu", "sk", "cs-CZ", "hr", "et", "lv", "de-CH", "es-MX"])


def compound_street_dev3(r):
    """A one-word street whose ending is its type: SE, DK, NO, DE, NL, AT."""
    k = r.randrange(6)
    if k == 0:
        return pick(SV_["street_root"], r) + pick(SV_["street_suffix"], r)
    if k == 1:
        return pick(DA_["street_root"], r) + r.choice(["vej", "vejen", "gade"])
    if k == 2:
        return pick(NB_["street_root"], r) + r.choice(["veien", "gata", "vegen", "bakken"])
    if k == 3:
        return r.choice([x for x in DE["address"]["street_root"] if isinstance(x, str) and " " not in x])
    if k == 4:
        return r.choice(FIRST) + r.choice(["laan", "straat", "weg", "gracht"])
    return r.choice(LAST) + r.choice(["gasse", "weg", "straße"])


def unlisted_town_dev3(r):
    k = r.randrange(3)
    if k == 0:
        return pick(SV_["city_prefix"], r) + pick(SV_["city_suffix"], r)
    if k == 1:
        return pick(DA_["city_prefix"], r) + pick(DA_["city_suffix"], r)
    return pick(NB["address"]["city_root"], r) + pick(NB_["city_suffix"], r)


# (postal code, town, country) where the code comes first, development countries
PC_FIRST_DEV3 = [
    lambda r: (f"{r.randrange(10, 95)}{r.randrange(0, 999):03d}", r.choice(["Lyon", "Marseille", "Nantes", "Grenoble", "Dijon"]), "France"),
    lambda r: (str(r.randrange(1010, 1230)), "Wien", "Austria"),
    lambda r: (f"{r.randrange(0, 99):02d}-{r.randrange(0, 999):03d}", r.choice(["Warszawa", "Kraków", "Gdańsk", "Szczecin"]), "Poland"),
    lambda r: (f"{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}", r.choice(["Lisboa", "Porto", "Coimbra", "Faro"]), "Portugal"),
    lambda r: (rnd_digits(r, 5), r.choice(["Berlin", "München", "Dresden", "Hannover", "Bremen"]), "Germany"),
    lambda r: (str(r.randrange(1000, 2999)), r.choice(["København", "Frederiksberg"]), "Denmark"),
    lambda r: (f"{r.randrange(100, 999)} {r.randrange(10, 99)}", r.choice(["Göteborg", "Malmö", "Uppsala"]), "Sweden"),
    lambda r: (str(r.randrange(1011, 2300)), "Budapest", "Hungary"),
]
LABEL_SHAPES_DEV3 = [
    lambda r: ("PLZ", rnd_digits(r, 5)),
    lambda r: ("CP", f"{r.randrange(1, 52):02d}{r.randrange(0, 999):03d}"),
    lambda r: ("CEP", f"{r.randrange(10000, 99999)}-{r.randrange(0, 999):03d}"),
    lambda r: ("ZIP:", f"{r.randrange(10, 99)}{r.randrange(100, 999)}"),
    lambda r: ("Postcode", gb_postcode(r)),
    lambda r: ("Postcode:", f"{r.randrange(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}"),
    lambda r: ("〒", f"{r.randrange(100, 999)}-{r.randrange(0, 9999):04d}"),
    lambda r: ("Postnummer", f"{r.randrange(100, 999)} {r.randrange(10, 99)}"),
]


def written_dev3(r, codes):
    code = r.choice(codes)
    s, unit, pc, c = address_of(code, r)
    A = lab("ADDRESS", street_unit(s, unit, r))
    country = written_country(code)
    n = r.randrange(1, 140)
    year = r.randrange(1998, 2025)
    t = r.randrange(20)
    if t == 0:
        z, town, ctry = r.choice(PC_FIRST_DEV3)(r)
        return f"She moved to {lab('ZIP', z)} {lab('LOCATION', town)} in {year}."
    if t == 1:
        z, town, ctry = r.choice(PC_FIRST_DEV3)(r)
        return f"Her daughter lives in {lab('ZIP', z)} {lab('LOCATION', town)}, {ctry}, and visits monthly."
    if t == 2:
        z = f"{r.randrange(0, 9999):04d}"
        return f"Letters go to {lab('LOCATION', unlisted_town_dev3(r))} {lab('ZIP', z)}, {r.choice(['Norway', 'Denmark'])}."
    if t == 3:
        return f"Family home: {lab('LOCATION', pick(PT['address']['city_name'], r))}, {lab('ZIP', f'{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}')} Portugal"
    if t == 4:
        z, town, ctry = r.choice(PC_FIRST_DEV3)(r)
        return f"{lab('ADDRESS', compound_street_dev3(r) + ' ' + str(n))}, {lab('ZIP', z)} {lab('LOCATION', town)}"
    if t == 5:
        return f"Since {year} the patient has lived at {lab('ADDRESS', compound_street_dev3(r) + ' ' + str(n))} with her partner."
    if t == 6:
        lbl, z = r.choice(LABEL_SHAPES_DEV3)(r)
        sep = "" if lbl == "〒" else " "
        return f"Mailing details updated, {lbl}{sep}{lab('ZIP', z)}."
    if t == 7:
        lines = [A, f"{lab('LOCATION', c)} {lab('ZIP', pc)}" if code in ("GB", "CA") else f"{lab('ZIP', pc)} {lab('LOCATION', c)}", country]
        return f"Next of kin:{LB}" + LB.join(lines)
    if t == 8:
        jz = f"{r.randrange(100, 999)}-{r.randrange(0, 9999):04d}"
        return f"Clinic letter sent to {lab('LOCATION', r.choice(['Osaka', 'Sapporo', 'Kobe', 'Yokohama']))} {lab('ZIP', jz)}, Japan."
    if t == 9:
        s2, u2, z2, c2 = address_of("BR", r)
        return f"Endereço: {lab('ADDRESS', s2)} - {lab('LOCATION', c2)}, CEP {lab('ZIP', z2)}"
    if t == 10:
        z = str(r.randrange(1011, 2300))
        street = f"{pick(HU_['street_root'], r)} {r.choice(['utca', 'út'])} {n}"
        return f"Address: {lab('ZIP', z)} {lab('LOCATION', 'Budapest')}, {lab('ADDRESS', street)}."
    if t == 11:
        if code in ("GB", "CA"):
            return f"He was discharged to {A}, {lab('LOCATION', c)} {lab('ZIP', pc)}, {country}."
        return f"He was discharged to {A}, {lab('ZIP', pc)} {lab('LOCATION', c)}, {country}."
    if t == 12:
        return f"Contact address{LB}{lab('ADDRESS', compound_street_dev3(r) + ' ' + str(n))}{LB}{lab('ZIP', f'{r.randrange(1000, 9999)}')} {lab('LOCATION', unlisted_town_dev3(r))}{LB}{r.choice(['DENMARK', 'NORWAY', 'Denmark'])}"
    return r.choice(NEG_WRITTEN3)


NEG_WRITTEN3 = [
    "In 2019 she walked 4000 steps a day.", "Take 1200 mg in two doses.",
    "Room 2104 is on the second floor.", "Paid 1450 EUR in March.", "The flight left at 1830.",
    "Dose: 2500 IU vitamin D daily.", "Between 2015 and 2018 no visits.", "Reference 2400 of 3000.",
    "Ordered 1000 units in 2021.", "She took 5000 steps and 2 tablets.", "Price went from 1200 to 1350.",
    "Counted 7500 cells per microlitre.", "The 2022 budget was 48 000 kr.", "Bus 1010 leaves at 7.",
    "Since 2008 he has had 3 admissions.", "Invoice 10115 paid in full.", "Ward 12, bed 1205.",
    "Cholesterol 5.2 mmol/L in 2023.", "She counted 1234 words in the essay.",
    "Apartment prices rose 12 % in 2020.",
]


# held-out countries: FI, CH, SK, CZ, EE, LV, HR, NZ, MX, beside JP, BR, NO, PT
def street_hold3(code, r, n):
    if code == "FI":
        return r.choice(LAST) + r.choice(["katu", "tie", "polku", "kuja"]) + f" {n}"
    if code == "CH":
        return r.choice([x for x in CH_["street_root"] if isinstance(x, str)]) + f" {n}"
    if code == "SK":
        return r.choice([x for x in SK_["street"] if isinstance(x, str)]) + f" {n}"
    if code == "HR":
        return r.choice([x for x in HR_["street_root"] if isinstance(x, str)]) + f" {n}"
    if code == "EE":
        return f"{r.choice(LAST)} {pick(ET_['street_suffix'], r)} {n}"
    if code == "LV":
        return f"{r.choice(LAST)} iela {n}"
    if code == "CZ":
        return r.choice(["Národní", "Husova", "Palackého", "Nádražní", "Školní", "Zahradní", "Komenského", "Masarykova"]) + f" {n}"
    if code == "MX":
        return f"{pick(MX_['street_prefix'], r)} {r.choice(FIRST)} {n}"
    raise ValueError(code)


def postal_hold3(code, r):
    """(postal code, town, country) of a held-out country."""
    if code == "FI":
        return f"{r.randrange(0, 99):02d}{r.randrange(10, 99)}0", r.choice(["Tampere", "Turku", "Oulu", "Jyväskylä", "Kuopio"]), "Finland"
    if code == "CH":
        return str(r.randrange(1000, 9999)), r.choice(["Zürich", "Luzern", "Chur", "Thun", "Biel"]), "Switzerland"
    if code == "SK":
        return f"{r.randrange(800, 999)} {r.randrange(1, 99):02d}", pick(SK_["city_name"], r), "Slovakia"
    if code == "CZ":
        return f"{r.randrange(100, 799)} {r.randrange(0, 99):02d}", pick(CS_["city_name"], r), "Czech Republic"
    if code == "HR":
        return str(r.randrange(10000, 53999)), pick(HR_["city_name"], r), "Croatia"
    if code == "EE":
        return str(r.randrange(10000, 99999)), pick(ET_["city_name"], r), "Estonia"
    if code == "LV":
        return f"LV-{r.randrange(1001, 5699)}", pick(LV_["city_name"], r), "Latvia"
    if code == "MX":
        return f"{r.randrange(1000, 99999):05d}", pick(MX_["municipality"], r), "Mexico"
    raise ValueError(code)


HOLD3_CODES = ["FI", "CH", "SK", "CZ", "HR", "EE", "LV", "MX"]
PC_FIRST_HOLD3 = [
    lambda r: (f"{r.randrange(1000, 9999)}-{r.randrange(0, 999):03d}", r.choice(["Aveiro", "Viseu", "Setúbal", "Évora"]), "Portugal"),
    lambda r: (f"{r.randrange(0, 99):02d}-{r.randrange(0, 999):03d}", r.choice(["Białystok", "Toruń", "Opole", "Rzeszów"]), "Poland"),
    lambda r: (f"{r.randrange(10000, 99999)}-{r.randrange(0, 999):03d}", r.choice(["Curitiba", "Recife", "Salvador", "Manaus"]), "Brazil"),
    lambda r: (f"{r.randrange(0, 9999):04d}", r.choice(["Oslo", "Bergen", "Bodø"]), "Norway"),
    lambda r: (f"{r.randrange(1000, 9999)}", r.choice(["Auckland", "Nelson", "Hastings", "Napier"]), "New Zealand"),
]


def written_hold3(r):
    code = r.choice(HOLD3_CODES)
    n = r.randrange(1, 160)
    z, town, country = postal_hold3(code, r)
    S = lab("ADDRESS", street_hold3(code, r, n))
    Z, C = lab("ZIP", z), lab("LOCATION", town)
    t = r.randrange(20)
    if t == 0:
        return f"Moved last year to {Z} {C} to be closer to family."
    if t == 1:
        return f"Home address is {S}, {Z} {C}, {country}."
    if t == 2:
        return f"Sender:{LB}{S}{LB}{Z} {C}{LB}{country.upper()}"
    if t == 3:
        return f"He stays with friends at {S} until the end of {r.choice(['May', 'June', 'July'])}."
    if t == 4:
        z2, t2, c2 = r.choice(PC_FIRST_HOLD3)(r)
        return f"Transport booked from {lab('ZIP', z2)} {lab('LOCATION', t2)} for {r.randrange(2, 9)} patients."
    if t == 5:
        z2, t2, c2 = r.choice(PC_FIRST_HOLD3)(r)
        return f"Previous residence {lab('LOCATION', t2)} {lab('ZIP', z2)}, {c2}."
    if t == 6:
        return f"Postal code {Z}, town {C}."
    if t == 7:
        jz = f"{r.randrange(100, 999)}-{r.randrange(0, 9999):04d}"
        return f"Her son's address in Japan: 〒{lab('ZIP', jz)} {lab('LOCATION', r.choice(['Kyoto', 'Fukuoka', 'Nagoya', 'Sendai']))}."
    if t == 8:
        return f"The parcel for {S} ({Z} {C}) came back undelivered."
    if t == 9:
        return f"Zip/postal code: {Z}"
    if t == 10:
        return f"Registered at {S}; post code {Z}."
    if t == 11:
        z2, t2, c2 = r.choice(PC_FIRST_HOLD3)(r)
        return f"The family settled in {lab('ZIP', z2)} {lab('LOCATION', t2)}, {c2} in {r.randrange(1990, 2024)}."
    return r.choice(NEG_WRITTEN3_HOLD)


NEG_WRITTEN3_HOLD = [
    "Weight dropped from 82 kg to 76 kg between 2020 and 2022.", "Prescribed 1000 mg paracetamol, max 4000 mg a day.",
    "She sleeps about 7 hours and walks 6000 steps.", "Invoice 2023-1187 for 1 240,50 EUR.",
    "Appointment at 1430 in room 3120.", "He was 1.82 m tall in 2019.",
    "Platelets 250 x 10^9/L, WBC 6.4.", "The ward has 1200 beds and 35 wards.",
    "Gate B 1024, flight 8842 to 1930 arrival.", "Saved 2500 CHF over 12 months.",
    "Since 1998 she has taken 75 mcg levothyroxine.", "Trial 4012 enrolled 1350 patients.",
    "Code 2400 means the form was lost.", "Between 9 and 1100 hours no calls.",
    "Batch 0950, 500 tablets, 20 mg each.",
]


# ---------------------------------------------------------------- written, fourth round
# Generalisation: many templates per kind (prose, letters, forms, notes, JSON-ish tool results,
# addresses over several lines), holdout3's countries and others. dev4 is tuned on; holdout5 is
# composed from independent sentence parts, other countries where possible, and is scored once.
US_STATES = ["CA", "TX", "OR", "WA", "NY", "OH", "GA", "AZ", "MN", "CO"]


def us_addr(r):
    s = f"{r.randrange(10, 9999)} {r.choice(LAST)} {r.choice(['St', 'Street', 'Ave', 'Avenue', 'Rd', 'Blvd', 'Lane', 'Dr', 'Way', 'Court'])}"
    unit = r.choice([None, None, f"Apt {r.randrange(1, 40)}", f"Suite {r.randrange(100, 999)}", f"#{r.randrange(1, 90)}"])
    return s, unit, zip5(r), r.choice(["Fresno", "Tulsa", "Boise", "Spokane", "Dayton", "Akron", "Tacoma", "Reno", "Omaha", "Savannah"]), r.choice(US_STATES)


DEV4_CODES = ["FI", "CH", "SK", "CZ", "HR", "EE", "LV", "MX", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "GB", "PT", "BR"]


def place_dev4(r):
    """(street with number, unit or None, postal code, town, country, code-first?) of a dev4 country."""
    code = r.choice(DEV4_CODES)
    if code in HOLD3_CODES:
        n = r.randrange(1, 160)
        z, town, country = postal_hold3(code, r)
        return street_hold3(code, r, n), None, z, town, country, code != "MX"
    s, unit, pc, c = address_of(code, r)
    return s, unit, pc, c, written_country(code), code not in ("GB", "CA", "AU", "BR")


NEG_WRITTEN4 = [
    "Follow-up in 3 weeks, 2 x 400 mg ibuprofen as needed.", "Claim 88213-04 was approved in week 12.",
    "HbA1c 6.8 % (2023), 7.1 % (2024).", "Meeting at 10:00 in building 4, room 210.",
    "Pharmacy closes at 18:30 on Saturdays.", "The patient walked 2 km on day 3.",
    "Next review: week 12, visit 4 of 6.", "Paid 120 CHF, balance 0.", "Version 2.4.1 of the form.",
    "Temperature 38.2, pulse 96, RR 18.", "{\"status\": \"ok\", \"count\": 12, \"page\": 2}",
    "Discharged home with the district nurse.", "Lives alone, independent with ADLs.",
    "Return visit booked for the 14th at 9:15.", "Insulin 12 units before breakfast, 8 at dinner.",
    "Blood drawn at 07:45, results by 16:00.", "Queue number 1042, window 3.",
    "Smoked 20 a day for 15 years, quit 2018.", "Fall risk score 45; bed alarm on.",
    "Street parking only on weekdays.", "Town council letter about the bins.",
]


def written_dev4(r):
    s, unit, pc, c, country, pc_first = place_dev4(r)
    SU = lab("ADDRESS", street_unit(s, unit, r))
    S = lab("ADDRESS", s)
    Z, C = lab("ZIP", pc), lab("LOCATION", c)
    ZC = f"{Z} {C}" if pc_first else f"{C} {Z}"
    month = r.choice(["January", "March", "May", "August", "October", "December"])
    year = r.randrange(1990, 2025)
    t = r.randrange(40)
    if t == 0:
        return f"She has lived at {S} since {year}."
    if t == 1:
        return f"The patient moved to {C} last year and works at the harbour."
    if t == 2:
        return f"We visited {C} in {month} and stayed with her brother."
    if t == 3:
        return f"Dear Ms. {lab('NAME', r.choice(LAST))},{LB}{SU}{LB}{ZC}{LB}{country}"
    if t == 4:
        return f'{{"name": "clinic", "street": "{S}", "postal_code": "{Z}", "city": "{C}", "country": "{country}"}}'
    if t == 5:
        return f"tool result: address={S}; zip={Z}; city={C}"
    if t == 6:
        return f"Postal code: {Z}{LB}City: {C}"
    if t == 7:
        return f"Post code {Z} was wrong on the last letter."
    if t == 8:
        return f"Please update the record: new address {SU}, {ZC}."
    if t == 9:
        return f"Her mother still lives in {C} and calls every Sunday."
    if t == 10:
        return f"Ambulance took him from {S} to the emergency unit."
    if t == 11:
        return f"Billing address{LB}{SU}{LB}{ZC}"
    if t == 12:
        return f"- address: {S}{LB}- town: {C}{LB}- postcode: {Z}"
    if t == 13:
        return f"Born in {C} in {year}, moved abroad at 20."
    if t == 14:
        return f"Address on file is {S} in {C}, please confirm."
    if t == 15:
        return f"Lives at {S}, {C} ({country})."
    if t == 16:
        return f"Their flat at {S} has no lift."
    if t == 17:
        return f"ZIP code {Z}, {country}."
    if t == 18:
        return f"Sent to {ZC} by registered post on {lab('DATE', str(r.randrange(1, 28)) + ' ' + month)}."
    if t == 19:
        return f"Residence: {C}; postal code {Z}; country {country}."
    if t == 20:
        return f"He commutes from {C} every day by train."
    if t == 21:
        return f"Postcode: {Z} | Town: {C} | Country: {country}"
    if t == 22:
        return f"Visiting nurse goes to {S} on Mondays and Thursdays."
    if t == 23:
        return f"Return address:{LB}{lab('NAME', r.choice(FIRST) + ' ' + r.choice(LAST))}{LB}{SU}{LB}{ZC}{LB}{country.upper()}"
    if t == 24:
        return f"{{'address': '{S}, {ZC}'}}"
    if t == 25:
        return f"The family owns a summer house near {C} and spends July there."
    if t == 26:
        return f"location: {C}, {country}"
    if t == 27:
        return f"Moving from {C} to {lab('LOCATION', place_dev4(r)[3])} in {month}."
    if t == 28:
        return f"Deliver to {SU} ({ZC}) before noon."
    if t == 29:
        return f"Her GP practice is in {C}, about an hour away."
    return r.choice(NEG_WRITTEN4)


# held-out five: other countries, sentences composed from independent parts
def place_hold5(r):
    k = r.randrange(10)
    if k == 0:
        return f"Strada {r.choice(LAST)} {r.randrange(1, 99)}", f"{r.randrange(100000, 999999)}", r.choice(["Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța"]), "Romania", True
    if k == 1:
        return f"{r.choice(LAST)} Caddesi No: {r.randrange(1, 200)}", rnd_digits(r, 5), r.choice(["Ankara", "İzmir", "Bursa", "Antalya", "Konya"]), "Turkey", True
    if k == 2:
        return f"{r.choice(['Ermou', 'Stadiou', 'Panepistimiou', 'Akadimias', 'Patision'])} {r.randrange(1, 150)}", f"{r.randrange(100, 999)} {r.randrange(10, 99)}", r.choice(["Athina", "Patra", "Larisa", "Volos", "Chania"]), "Greece", True
    if k == 3:
        return f"{r.choice(['Slovenska cesta', 'Trubarjeva ulica', 'Prešernova cesta', 'Cankarjeva ulica'])} {r.randrange(1, 90)}", str(r.randrange(1000, 9999)), r.choice(["Ljubljana", "Maribor", "Celje", "Koper", "Kranj"]), "Slovenia", True
    if k == 4:
        L = "ACDEFHKNPRTVWXY"
        return f"{r.randrange(1, 200)} {r.choice(LAST)} {r.choice(['Road', 'Street', 'Avenue', 'Terrace'])}", f"{r.choice(['D02', 'T12', 'H91', 'V94', 'F91'])} {r.choice(L)}{rnd_digits(r, 2)}{r.choice(L)}", r.choice(["Galway", "Limerick", "Sligo", "Kilkenny", "Cork"]), "Ireland", False
    if k == 5:
        return f"{r.randrange(1, 300)} {r.choice(LAST)} {r.choice(['Road', 'Drive', 'Street'])}", str(r.randrange(1000, 9999)), r.choice(["Durban", "Pretoria", "Bloemfontein", "Polokwane", "Gqeberha"]), "South Africa", False
    if k == 6:
        return f"Av. {r.choice(FIRST)} {r.choice(LAST)} {r.randrange(100, 4000)}", f"{r.choice('BCDEHKLMNQSTUVWXY')}{r.randrange(1000, 9999)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}", r.choice(["Rosario", "Córdoba", "Mendoza", "Salta", "Neuquén"]), "Argentina", True
    if k == 7:
        return f"{r.randrange(1, 400)}, {r.choice(['MG Road', 'Park Street', 'Linking Road', 'Residency Road'])}", f"{r.randrange(110, 799)} {rnd_digits(r, 3)}", r.choice(["Pune", "Jaipur", "Lucknow", "Indore", "Nagpur"]), "India", False
    if k == 8:
        return f"{r.choice(['Gedimino pr.', 'Laisvės al.', 'Vilniaus g.', 'Savanorių pr.'])} {r.randrange(1, 120)}", f"LT-{rnd_digits(r, 5)}", r.choice(["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"]), "Lithuania", True
    return f"{r.randrange(100, 9999)} {r.choice(LAST)} {r.choice(['Rd', 'St', 'Ave', 'Pl'])}", zip5(r), r.choice(["Tucson", "Eugene", "Macon", "Wichita", "Joliet"]), "USA", False


OPEN5 = ["", "Per the referral letter, ", "Note from reception: ", "As agreed on the phone, ", "FYI: ", "Update - ", "Nurse's note: "]
CLOSE5 = [".", " as of this week.", " (confirmed).", ", per her daughter.", " - check before posting.", "; no other changes.", "."]
NEG_WRITTEN5 = [
    "Dose raised from 25 to 50 mg on day 14; review at 6 weeks.", "Invoice 77-2031: 3 x 45,00 = 135,00 TRY",
    "Pulse 88, BP 142/91, sat 95 % on 2 L.", "Case 2024/1187 closed after 3 visits.", "Shift 07:00-19:00, 12 beds, 4 nurses.",
    "Ref 4410 / 2211 / 09", "Lab batch 5521 ready at 14:20.", "Her score rose from 18 to 24 of 30.",
    "Parcel 3 of 5 received, 2 pending.", "Order qty 250, unit price 1.20, total 300.00.", "Took 3000 steps on day 2 and 4500 on day 5.",
    "Booked for 09/11 at 08:40, room 12.", "{\"items\": 4, \"total\": 1299, \"currency\": \"ZAR\"}", "Ward 7 has 28 beds; 3 free.",
    "Since 2016: 4 admissions, 2 in 2023.", "Code 1000 = no action; code 2000 = call back.",
]


def written_hold5(r):
    s, pc, town, country, pc_first = place_hold5(r)
    S, Z, C = lab("ADDRESS", s), lab("ZIP", pc), lab("LOCATION", town)
    ZC = f"{Z} {C}" if pc_first else f"{C} {Z}"
    k = r.randrange(14)
    if k >= 10:
        return r.choice(NEG_WRITTEN5)
    subject = r.choice(["the patient", "her husband", "the client", "our member", "the caller", "he", "she"])
    verb = r.choice(["now lives at", "is staying at", "gave the address", "wants letters sent to", "was collected from"])
    place = r.choice([f"{S}, {ZC}", f"{S}, {ZC}, {country}", f"{S} in {C}", f"{S}"])
    body = r.choice([
        f"{subject} {verb} {place}",
        f"{subject} {r.choice(['moved to', 'comes from', 'works in', 'was born in', 'grew up near'])} {C} {r.choice(['years ago', 'in 2015', 'with the family', 'and likes it there', ''])}".rstrip(),
        f"{r.choice(['postal code', 'post code', 'zip', 'postcode'])} {Z} {r.choice(['is on the card', 'was used', 'matches'])}",
        f"{r.choice(['record', 'entry', 'result'])}: {{\"addr\": \"{s if False else S}\", \"pc\": \"{Z}\", \"town\": \"{C}\"}}",
        f"{r.choice(['Address', 'Mailing address', 'Home'])}:{LB}{S}{LB}{ZC}{LB}{country}",
    ])
    if body[0].islower():
        body = body[0].upper() + body[1:]
    return r.choice(OPEN5) + body + r.choice(CLOSE5)


def write(name, prefix, gen, n, seed, *args):
    r = random.Random(seed)
    lines = [f"# {name}: generated by masker-domain/src/test/scripts/places_corpus.py from Datafaker 2.7.0 "
             "locale data (Apache-2.0) and hand-written templates; every value is invented. See docs/engine.md."]
    seen = set()
    i = 0
    while i < n:
        line = gen(r, *args)
        if line in seen:
            continue
        seen.add(line)
        i += 1
        lines.append(f"{prefix}{i:03d}\t{line}")
    with open(f"{OUT}/{name}", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


DEV_CODES = ["DE", "ES", "IT", "PL", "FR", "BR", "NL", "GB", "CA", "SE"]
HOLD_CODES = ["AT", "CH", "PT", "DK", "NO", "BE", "AU", "DE", "ES", "GB", "FR", "BR"]
write("places-voice-dev.tsv", "pvd", voice_dev, 200, 11)
write("places-voice-holdout.tsv", "pvh", voice_hold, 200, 1111)
write("places-written-dev.tsv", "pwd", written_dev, 200, 22, DEV_CODES)
write("places-written-holdout.tsv", "pwh", written_hold, 200, 2222, HOLD_CODES)
write("places-written-dev2.tsv", "pwd2-", written_dev2, 200, 33, DEV_CODES)
write("places-written-holdout2.tsv", "pwh2-", written_hold2, 200, 3333, HOLD_CODES)
write("places-written-dev3.tsv", "pwd3-", written_dev3, 200, 555, DEV_CODES)
write("places-written-holdout3.tsv", "pwh3-", written_hold3, 200, 5151)
write("places-written-dev4.tsv", "pwd4-", written_dev4, 240, 4404)
write("places-written-holdout5.tsv", "pwh5-", written_hold5, 240, 5505)
