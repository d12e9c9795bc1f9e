#!/usr/bin/env python3
"""Sixteenth-round voice development set, part a, for Masker: when and where things happened.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
160161). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0: es-MX, pl, nl, de-AT,
en-IE, id), combined at random so no real person is meant, diacritics dropped as speech-to-text
drops them; female and male given names (from the gendered halves of the es-MX and pl lists and
from invented lists) are kept apart where a pronoun follows. Invented and ordinary-word names,
streets and towns are written here.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df16
    python3 masker-domain/src/test/scripts/holdout16_voice_dev_a.py [/tmp/df16]

Every value is invented: dates and ages are random, phones come only from the NANP fiction range
(555-01xx), house numbers,
ZIP codes and record numbers are random digits. The script checks what it writes and exits
non-zero when a check fails.
"""
import os
import random
import re
import sys
import unicodedata

SEED = 160161
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev16a.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df16'
TOTAL = 260
PHI_FREE = 39
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}

# ---------------------------------------------------------------- names from Datafaker


def plain(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.replace('ł', 'l').replace('Ł', 'L').lower().strip()


def yml_list(locale, key):
    path = os.path.join(DF, locale + '.yml')
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = re.match(r'\s+' + key + r':\s*\[(.*)\]\s*$', line)
            if m:
                items = [x.strip().strip('"\'') for x in m.group(1).split(',')]
                return [plain(x) for x in items if x.strip()]
    sys.exit('missing %s in %s' % (key, path))


def ok(n):
    return re.fullmatch(r"[a-z][a-z' ]*[a-z]", n) is not None and len(n) > 2


FIRST, LAST, FEM, MAS = [], [], [], []
for loc in ('es-MX', 'pl', 'nl', 'de-AT', 'en-IE', 'id'):
    fl = yml_list(loc, 'first_name')
    FIRST += [n for n in fl if ok(n)]
    LAST += [n for n in yml_list(loc, 'last_name') if ok(n)]
    if loc == 'es-MX':  # male names first, female names from "maria" on
        i = fl.index('maria')
        MAS += [n for n in fl[:fl.index('guadalupe')] if ok(n)]
        FEM += [n for n in fl[i:] if ok(n)]
    if loc == 'pl':  # male names first, female names from "ada" on
        i = fl.index('ada')
        MAS += [n for n in fl[:i] if ok(n)]
        FEM += [n for n in fl[i:] if ok(n)]
# invented and ordinary-word names
FEM += ['marisela', 'odalys', 'brenna', 'tamsin', 'liesje', 'wenna']
MAS += ['tadeo', 'brannock', 'olek', 'fintan', 'jurre', 'dastin']
LAST += ['quellbrook', 'marrowby', 'dunkerlee', 'hollins', 'vantreck', 'okafor-lind']
FIRST += ['summer', 'april', 'june', 'august', 'may', 'dawn']
MONTH_NAMES_F = ['june', 'april', 'may', 'summer', 'dawn']  # ordinary words used as names

# ---------------------------------------------------------------- places (invented)
TOWNS = ['marrow creek', 'eastbrook', 'kelling falls', 'dunmore bay', 'pellston ridge', 'saltash',
         'harlow springs', 'birchfield', 'cold harbor', 'westover', 'linden hollow', 'ashcombe',
         'orchard hill', 'fairhaven', 'maple glen', 'stonebridge', 'redwater', 'larkspur',
         'copper flats', 'bethany cove', 'wickham lake', 'tallis point', 'norcross mill', 'grayling',
         'hope', 'union', 'port averill', 'selby junction', 'owl creek', 'new tarrow', 'lake ossen',
         'south fenwick']
STREETS = ['cedar lane', 'orchard row', 'kestrel drive', 'mill pond road', 'harbor view terrace',
           'pike street', 'wren court', 'larch avenue', 'quarry hill road', 'bellweather way',
           'tannery street', 'old county road', 'sparrow lane', 'juniper circle', 'fenwick avenue']
PLACES_REL = ['my daughter\'s', 'my son\'s', 'her sister\'s', 'the lake house', 'my brother\'s']

ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
       8: 'eighth', 9: 'ninth', 10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth',
       14: 'fourteenth', 15: 'fifteenth', 16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth',
       19: 'nineteenth', 20: 'twentieth', 30: 'thirtieth'}
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']


def w(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + ' hundred' + ('' if n % 100 == 0 else ' ' + w(n % 100))
    return w(n // 1000) + ' thousand' + ('' if n % 1000 == 0 else ' ' + w(n % 1000))


def ordw(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + ' ' + ORD[d % 10]


def yw(y):
    if 2000 <= y < 2010:
        return 'two thousand ' + ONES[y - 2000] if y > 2000 else 'two thousand'
    hi, lo = divmod(y, 100)
    return w(hi) + ' ' + ('oh ' + ONES[lo] if lo < 10 else w(lo))


def two(n):
    return ('oh ' + ONES[n]) if n < 10 else w(n)


def dig_words(s):
    return ' '.join(ONES[int(c)] if c != '0' or R.random() < .4 else 'oh' for c in s)


def rdate(old=True):
    y = R.randint(1924, 1999) if old else R.randint(2019, 2026)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def full_date(y, m, d):
    """a full date, spoken or written, in many shapes"""
    M = MONTHS[m - 1]
    shapes = [
        lambda: '%s %s %s' % (M, ordw(d), yw(y)),
        lambda: '%s of %s %s' % (ordw(d), M, w(y % 100) if y % 100 >= 10 else yw(y)),
        lambda: '%s %s %s' % (w(m), w(d), w(y % 100) if y % 100 >= 10 else yw(y)),
        lambda: '%s %s %s' % (two(m), two(d), yw(y)),
        lambda: '%02d/%02d/%d' % (m, d, y),
        lambda: '%d-%d-%02d' % (m, d, y % 100),
        lambda: '%02d.%02d.%d' % (d, m, y),
        lambda: '%s %s, %d' % (M.capitalize() if R.random() < .3 else M, d, y),
        lambda: '%s the %s %s' % (M, ordw(d), yw(y)),
        lambda: '%s %s uh %s' % (M, ordw(d), yw(y)),
        lambda: '%s um %s %s' % (M, w(d), yw(y)),
        lambda: '%d/%d/%d' % (m, d, y),
    ]
    return R.choice(shapes)()


def short_date(m, d, y=None):
    """day and month, or month and year"""
    M = MONTHS[m - 1]
    shapes = [
        lambda: '%s %s' % (M, ordw(d)),
        lambda: '%s of %s' % (ordw(d), M),
        lambda: '%s %s' % (M, w(d)),
        lambda: '%d/%d' % (m, d),
        lambda: '%s %s' % (M.capitalize(), d),
        lambda: '%s %s' % (M, yw(y or 2025)),
        lambda: '%s of %s' % (M, yw(y or 2024)),
        lambda: '%s %s' % (M, ordw(d)),
    ]
    return R.choice(shapes)()


def lab(k, v):
    return '[[%s|%s]]' % (k, v)


def zipc():
    z = '%05d' % R.randint(10000, 99899)
    r = R.random()
    if r < .5:
        return ' '.join(ONES[int(c)] for c in z)
    if r < .7:
        return dig_words(z)
    return z


def house():
    n = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)])
    if n >= 1000 and R.random() < .6:
        return w(n // 100) + ' ' + two(n % 100) if n % 100 else w(n)
    return w(n) if R.random() < .7 else str(n)


def phone():
    area = R.choice(['two oh seven', 'four one three', 'eight oh two', 'six one two', 'nine seven one'])
    last = '%02d' % R.randint(0, 99)
    return '%s five five five oh one %s' % (area, ' '.join(ONES[int(c)] for c in last))


def age_old(n):
    if n >= 100:
        return R.choice(['a hundred and ' + w(n - 100) if n > 100 else 'a hundred',
                         'one hundred ' + w(n - 100) if n > 100 else 'one hundred', str(n)])
    return w(n) if R.random() < .85 else str(n)


def spell(name):
    sep = R.choice([' ', ' ', ' - '])
    return sep.join(name.replace(' ', '').replace("'", ''))


# ---------------------------------------------------------------- slot fillers
def fill(tpl):
    """expand one template; values said twice or tied together (age and birth year, a range of
    dates) stay coherent within the turn"""
    age = R.randint(90, 106)
    young = R.randint(40, 89)
    if '{AGE}' in tpl and '{DOB' in tpl:
        by = 2026 - age
    elif '{YOUNG}' in tpl and '{DOB' in tpl:
        by = 2026 - young
    else:
        by = R.randint(1924, 1999)
    bm = 3 if '{DOB3}' in tpl else R.randint(1, 11)
    bd = R.randint(1, 28)
    ctx = {'dm': None}

    def next_dm():
        if ctx['dm'] is None:
            m, d = R.randint(1, 12), R.randint(1, 20)
        else:
            m, d = ctx['dm']
            d += R.randint(2, 8)
            if d > 28:
                m, d = m % 12 + 1, d - 28
        ctx['dm'] = (m, d)
        return m, d

    def g(m):
        k = m.group(1)
        if k == 'NAME':
            return lab('NAME', R.choice(FIRST) + ' ' + R.choice(LAST))
        if k == 'NF':
            return lab('NAME', R.choice(FEM) + ' ' + R.choice(LAST))
        if k == 'NM':
            return lab('NAME', R.choice(MAS) + ' ' + R.choice(LAST))
        if k == 'GF':
            return lab('NAME', R.choice(FEM))
        if k == 'GM':
            return lab('NAME', R.choice(MAS))
        if k == 'SUR':
            return lab('NAME', R.choice(LAST))
        if k == 'SURSP':
            s = R.choice([x for x in LAST if ' ' not in x and "'" not in x and len(x) < 10])
            return lab('NAME', s) + ' ' + R.choice(['', 'that\'s ', 'spelled ']) + lab('NAME', spell(s))
        if k == 'WORDNAME':
            return lab('NAME', R.choice(MONTH_NAMES_F))
        if k in ('DOB', 'DOB3'):
            return lab('DOB', full_date(by, bm, bd))
        if k == 'DOBW':  # the same birth date said first with a wrong day
            delta = 10 if bd <= 18 and R.random() < .4 else (1 if bd < 28 else -1)
            return lab('DOB', full_date(by, bm, bd + delta))
        if k == 'DATE':
            y, mo, d = rdate(False)
            return lab('DATE', short_date(mo, d, y))
        if k == 'DATEF':
            return lab('DATE', full_date(*rdate(False)))
        if k == 'DM':
            mo, d = next_dm()
            return lab('DATE', R.choice(['%s %s', '%s the %s', '%s %s']) % (MONTHS[mo - 1], ordw(d)))
        if k == 'MY':
            y, mo, d = rdate(False)
            return lab('DATE', R.choice(['%s %s', '%s of %s']) % (MONTHS[mo - 1], yw(y)))
        if k == 'DAYMON':
            if R.random() < .5:
                return lab('DOB', '%s of %s' % (ordw(bd), MONTHS[bm - 1]))
            return lab('DOB', '%s %s' % (MONTHS[bm - 1], ordw(bd)))
        if k == 'DAYMONT':
            return lab('DOB', '%s of %s' % (ordw(bd), MONTHS[bm - 1]))
        if k == 'YR':
            return w(by % 100) if by % 100 >= 10 else 'oh ' + ONES[by % 100]
        if k == 'LOC':
            return lab('LOCATION', R.choice(TOWNS))
        if k == 'ZIP':
            return lab('ZIP', zipc())
        if k == 'ADDR':
            return lab('ADDRESS', house() + ' ' + R.choice(STREETS))
        if k == 'AGE':
            return lab('AGE', age_old(age))
        if k == 'YOUNG':
            return w(young)
        if k == 'PHONE':
            return lab('PHONE', phone())
        if k == 'MRN':
            return lab('MRN', dig_words('%07d' % R.randint(1000000, 9999999)))
        if k == 'REL':
            return R.choice(PLACES_REL)
        if k == 'ORD':
            return ordw(R.randint(1, 28))
        if k == 'MON':
            return R.choice(MONTHS)
        raise KeyError(k)
    return re.sub(r'\{([A-Z0-9]+)\}', g, tpl)


# ---------------------------------------------------------------- templates with PHI
T = [
    "um yeah her date of birth is {DOB} and she's {AGE} now",
    "date of birth {DOB} uh the patient is my mother {NF}",
    "i was born {DOB} and my name is {NAME}",
    "born in {YR} on the {DAYMONT} if that helps you find me",
    "my birthday is the {DAYMONT} and the year is nineteen {YR}",
    "it's uh {DOBW} no wait sorry {DOB} that's my date of birth",
    "dob is {DOB} i'm calling about a refill",
    "okay so she was born {DOB} and she lives in {LOC} with me",
    "his birthday {DOB} he's {AGE} and still drives himself to the pharmacy believe it or not",
    "i was admitted in {LOC} on {DM} and discharged like two days later",
    "she fell at {REL} in {LOC} on {DM} and broke her wrist",
    "we'll be up at the lake in {LOC} until {DM} so can you mail it there",
    "he's been back from {LOC} since {DM} and the home health nurse hasn't come once",
    "the surgery was on {DATE} at the hospital in {LOC}",
    "last dose was {DM} um in the evening i think around eight",
    "my last refill was on {DATE} and it says i have zero left",
    "uh she moved in with us on {DATE} so the address changed to {ADDR} in {LOC}",
    "the injury happened {DATEF} at work in {LOC} and my claim number is four four one two",
    "we moved to {ADDR} {LOC} {ZIP} on {MY}",
    "the discharge date was {DATEF} from the hospital in {LOC}",
    "she turned {AGE} in may and she still lives alone in {LOC}",
    "my grandmother is {AGE} years old and she needs a ride on {DM}",
    "he's {AGE} uh so he can't do the stairs anymore",
    "the patient is {AGE} and her daughter {NF} is the contact",
    "my dad's {YOUNG} and my mom's {AGE} they both need the flu shot",
    "my grandmother {GF} she's {AGE} and she's still sharp as a tack",
    "name's {NAME} birthday {DOB} and i live at {ADDR}",
    "this is {NF} calling for my husband {NM} he was born {DOB}",
    "can you check the appointment for {NAME} uh it was {DM} at the {LOC} office",
    "my mom {NF} she had her fall on {DM} in {LOC}",
    "the visit was in {MY} i think and the doctor was {NAME}",
    "it was {DM} no sorry {DM} when they did the x ray i always mix those up",
    "admission date {DATEF} patient {NAME} date of birth {DOB}",
    "birthday's {DOB} and it's {SURSP}",
    "last name {SURSP} date of birth {DOB}",
    "yeah she's {AGE} her birthday was {DAYMON} and we had a party in {LOC}",
    "i got hurt on {DATE} at the trailhead outside {LOC}",
    "the ambulance took him from {ADDR} to the hospital in {LOC} on {DM}",
    "we were in {LOC} from {DM} to {DM} visiting family",
    "i picked up the prescription in {LOC} on {DM} but the bottle was half empty",
    "he had the knee replaced {MY} at the surgery center in {LOC}",
    "the home health aide started {DM} at our place on {ADDR}",
    "uh my date of birth is um {DOB} and the zip is {ZIP}",
    "i was born on {DOB} in {LOC} if you need that",
    "she was born {DOB} and she passed the ninety mark so she's {AGE} now",
    "ride pickup on {DM} from {ADDR} {LOC} at ten fifteen please",
    "i'm calling from {LOC} i'm {YOUNG} and my date of birth is {DOB}",
    "his date of birth is {DOB} he's in {LOC} at his son's for the summer",
    "i had a fall on {DATE} and then another one on {DM} both at home",
    "we stayed in {LOC} till {DM} then came back to {LOC}",
    "they discharged her {DATEF} and she's been at {ADDR} since then",
    "my daughter {GF} brought me in on {DM} because i was dizzy",
    "ask for {WORDNAME} at the front desk she booked me in for {DM}",
    "oh and {WORDNAME} said my birthday {DOB} was typed wrong",
    "the nurse {GF} said my follow up is {DM} at the {LOC} office",
    "patient is {NM} uh he's {AGE} born {DOB}",
    "can you update the address to {ADDR} {LOC} {ZIP} starting {DM}",
    "date of birth {DOB} and the medical record number is {MRN}",
    "i was seen in the er in {LOC} on {DM} and they told me to follow up",
    "my phone is {PHONE} and my birthday is {DOB}",
    "call my son {NM} at {PHONE} he's the one who took me to {LOC} on {DM}",
    "the accident was {DATEF} on the highway near {LOC}",
    "oh three i mean the month is march uh the date of birth is {DOB3}",
    "she got the shot at the pharmacy in {LOC} on {DM} and her arm is still swollen",
    "i'm {AGE} years young dear and i was born {DOB}",
    "the surgery got moved from {DM} to {DM}",
    "my wife {NF} turned {AGE} on {DM}",
    "her mother is {AGE} and lives in {LOC} the zip there is {ZIP}",
    "uh the um the date of birth {DOB} yeah that one",
    "i had covid in {MY} and i've been short of breath since",
    "he fell off the ladder {DM} at the cabin near {LOC} and cracked two ribs",
    "my wife's birthday is {DOB} and she's the patient",
    "admitted {DM} discharged {DM} and the bill shows like nine nights",
    "he moved into the assisted living in {LOC} on {DATE}",
    "we lived at {ADDR} in {LOC} until {MY}",
    "born {DOB} and i'm {YOUNG} for anyone counting",
    "the fall was in {LOC} at the grocery store on {DM}",
    "she has a dentist in {LOC} and she went there {MY}",
    "he's {AGE} and i'm his daughter {NF} and he was admitted {DM}",
    "i need a letter saying i was in the hospital from {DM} through {DM}",
    "my mother-in-law {NF} date of birth {DOB} she lives in {LOC}",
    "so the last time i took it was {DATEF} and i stopped because of the rash",
    "um {NAME} uh {DOB} and i'm calling from {LOC}",
    "date of birth is {DOB} uh {DOB} sorry i read it twice",
    "it was in {LOC} that i got the stitches on {DM}",
    "he had his stroke {MY} and we moved him to {LOC} after",
    "i'll be at my sister's in {LOC} from {DM} so send the nurse there please {ADDR}",
    "her birthday is {DAYMON} she was born nineteen {YR} and she's the one on the plan",
    "on {DATEF} i was in {LOC} and that's when the pain started",
    "yeah {NAME} that's me date of birth {DOB}",
    "the doctor in {LOC} saw me {DM} and i have the paperwork",
    "my aunt {GF} she's {AGE} and she's confused about the {DM} appointment",
    "my great grandma is {AGE} years old and she lives at {ADDR}",
    "the transport dropped me at the wrong clinic on {DM} in {LOC}",
    "we're snowbirds we go down to {LOC} in the winter and come back {DM}",
    "this is about {NM} birthday {DOB} he fell {DM}",
    "i was born {DOB} i think they have it down as the {ORD} though",
    "can you move her from {DM} she'll be in {LOC} that week",
    "my dad {NM} is {AGE} and he was discharged from the place in {LOC} {DM}",
    "the move in date was {DATEF} at {ADDR} apartment {UNIT}",
    "so {NF} {DOB} and the mailing address is {ADDR} {LOC} {ZIP}",
    "he says he's ninety but he's actually {AGE}",
    "last visit was {MY} with {NAME}",
    "she got her hip done in {LOC} {MY} and then rehab in {LOC}",
    "my son {GM} drove me home from {LOC} on {DM}",
    "the pharmacy in {LOC} filled it {DM} but the label says a different date",
    "i've been living in {LOC} since {MY} before that {LOC}",
    "the x ray was {DATEF} right after the fall at {ADDR}",
    "mom is {AGE} dad is {YOUNG} and both are on the same plan",
    "it's for {NF} she's my neighbor she's {AGE} and she fell {DM}",
    "when was she born um {DOB} yeah that's right",
    "i was hospitalized {DM} through {DM} in {LOC} for pneumonia",
    "uh dob {DOB} and the zip code {ZIP}",
    "first name {GF} spelled {FSP} and i was born {DOB}",
    "the day she fell was the {DM2}",
    "we drove up from {LOC} on {DM} and he was admitted that night",
    "she's a {AGE}-year-old widow living alone in {LOC} since {MY}",
    "grandpa turned {AGE} on his birthday the {DAYMONT} and he wants to know if the plan covers hearing aids",
    "{NM} he's my patient he's {AGE} and he had a fall at home {MY}",
    "the last dose was um {DATEF} and the pharmacy in {LOC} said it was too early to refill",
    "born on the {DAYMONT} in {YR} no sorry i mean {DOB} the full thing",
    "we were at {ADDR} in {LOC} when it happened on {DM} around noon",
    "oh and the date on the referral is {DATEF} from doctor {SUR}",
]
# PHI-free turns, written out in full
FREE = [
    "can i get an appointment next tuesday at ten fifteen or is that full",
    "the fifteenth works for me if you have anything in the afternoon",
    "my blood pressure was ninety over sixty this morning and i felt dizzy",
    "his temperature was a hundred and one point four last night so we gave him tylenol",
    "she's eighty seven and she still walks two miles a day",
    "i'm seventy two and i was born in nineteen fifty four if you need the year",
    "what are your hours on saturday are you open till five",
    "i've had the cough for three days and it's worse at night",
    "we're on the fourth floor room four twelve at the back",
    "is the pharmacy open on christmas eve or the day after christmas",
    "the fourth of july week is bad for me can we do the week after",
    "he takes ten milligrams twice a day and half a tab at bedtime",
    "the copay was forty five dollars last time and now it's sixty",
    "i'll be out of the country in march so maybe april sometime",
    "we moved here from ohio a few years ago and i still need a new doctor",
    "quarter past three on friday is fine uh thank you",
    "the group number is four four eight one and the claim is still pending",
    "in two weeks they want to see him again for a recheck",
    "she was in the hospital for six days and came home on a wednesday",
    "my dad is eighty nine and he's getting hard of hearing",
    "the pain is like a seven out of ten most days and worse in the morning",
    "can the driver come at nine thirty instead of nine",
    "may i ask if you take walk ins on monday mornings",
    "i'll call back in june when i know my schedule",
    "he lost about twelve pounds since last summer",
    "my oxygen was ninety four percent on the little finger thing",
    "it was back in two thousand nine i think the first time it happened",
    "the shuttle leaves at seven forty five and it's about an hour",
    "we have four kids and two of them have the same allergy",
    "the clinic said they close at noon on new year's eve",
    "is it okay if i take it with food around six or should i wait",
    "the bill says two hundred and twelve dollars and fifty cents",
    "she's been on the waiting list since the spring",
    "the nurse said call back on thursday after one o'clock",
    "i'm in florida for the winter and back in the fall",
    "sugar was a hundred and eighty after dinner and one twenty in the morning",
    "i need it refilled every thirty days not every ninety",
    "the ambulance came in like eleven minutes which was good",
    "suite two oh four on the second floor right past the elevators",
    "he'll be ninety next year god willing but he's not there yet",
    "i'll be in texas until the twentieth then home",
    "they said six to eight weeks for the cast and then therapy",
    "august is our busiest month so anytime in september is better",
]


def unit():
    return R.choice(['two b', 'four', 'eleven c', '3a', 'one oh six'])


def main():
    # a few extra slot kinds used in templates
    global fill
    base_fill = fill

    def fill2(t):
        t = t.replace('{UNIT}', lab('ADDRESS', '__UNIT__'))
        if '{FSP}' in t:
            n = R.choice([x for x in FEM if ' ' not in x and len(x) < 9])
            t = t.replace('{GF} spelled {FSP}', lab('NAME', n) + ' spelled ' + lab('NAME', spell(n)))
        if '{DM2}' in t:
            d = R.randint(1, 28)
            m = R.randint(1, 12)
            t = t.replace('{DM2}', lab('DATE', '%s uh %s of %s' % (ordw(d), ordw(d + 1), MONTHS[m - 1])))
        out = base_fill(t)
        out = out.replace('[[ADDRESS|__UNIT__]]', '__U__')
        return out

    lines = []
    seen = set()
    use = {}
    order = list(range(len(T)))
    R.shuffle(order)
    idx = 0
    tries = 0
    n_phi = TOTAL - PHI_FREE
    phi_lines = []
    while len(phi_lines) < n_phi:
        tries += 1
        if tries > 20000:
            sys.exit('could not fill')
        ti = order[idx % len(order)] if idx < 2 * len(order) else R.randrange(len(T))
        idx += 1
        if use.get(ti, 0) >= 2:
            continue
        t = T[ti]
        s = fill2(t)
        if '__U__' in s:
            # unit goes inside the address label before it
            s = re.sub(r'\[\[ADDRESS\|([^\]]*)\]\] apartment __U__', lambda m: lab('ADDRESS', m.group(1) + ' apartment ' + unit()), s)
        if s in seen:
            continue
        seen.add(s)
        use[ti] = use.get(ti, 0) + 1
        phi_lines.append(s)
    free = R.sample(FREE, PHI_FREE)
    allv = phi_lines + free
    R.shuffle(allv)
    check(allv, use)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('# voice-dev16a.tsv: generated by masker-domain/src/test/scripts/holdout16_voice_dev_a.py '
                '(seed 160161) from Datafaker 2.7.0 name lists (Apache-2.0; locales es-MX, pl, nl, de-AT, '
                'en-IE, id, diacritics dropped) and invented names, streets and towns written for Masker; '
                'caller turns about when and where things happened (birth, visit, admission, discharge, '
                'surgery, fall, refill and move-in dates, ages over 89, towns, streets and ZIPs) to clinic, '
                'hospital, pharmacy, insurer, home-health and transport voice agents; a development set; '
                'every value invented.\n')
        for i, s in enumerate(allv, 1):
            f.write('vd16a-%03d\t%s\n' % (i, s))
    kinds = {}
    for s in allv:
        for k in re.findall(r'\[\[([A-Z_]+)\|', s):
            kinds[k] = kinds.get(k, 0) + 1
    print('wrote', len(allv), 'turns;', len(T), 'templates with PHI;', sorted(kinds.items()))


CUES = re.compile(r"\b(my number is|dob|date of birth|born|birthday|fax|dr|doctor|mrs|mr|mister|ms|zip)\b|'s\b")


def check(allv, use):
    errs = []
    for s in allv:
        if s != s.strip() or '\t' in s or '\n' in s:
            errs.append('whitespace')
        # markup well formed
        depth = 0
        for m in re.finditer(r'\[\[|\]\]', s):
            depth += 1 if m.group() == '[[' else -1
            if depth not in (0, 1):
                errs.append('nesting or stray ]]: ' + s)
        if depth:
            errs.append('unclosed: ' + s)
        for m in re.finditer(r'\[\[(.*?)\]\]', s):
            body = m.group(1)
            if '|' not in body:
                errs.append('no kind')
                continue
            k, v = body.split('|', 1)
            if k not in KINDS:
                errs.append('kind ' + k)
            if not v or v != v.strip() or v[-1] in ',;:!?' or v[0] in ',;:!?':
                errs.append('label edge: ' + v)
            if CUES.search(v):
                errs.append('cue in label: ' + v)
        plain_s = re.sub(r'\[\[[A-Z_]+\|(.*?)\]\]', r'\1', s)
        n = len(plain_s.split())
        if n < 8 or n > 48:
            errs.append('length %d: %s' % (n, s))
    long_ = sum(1 for s in allv if len(re.sub(r'\[\[[A-Z_]+\|(.*?)\]\]', r'\1', s).split()) > 40)
    if long_ > 10:
        errs.append('too many long turns')
    if len(set(allv)) != len(allv):
        errs.append('duplicate lines')
    if len(T) < 60 or max(use.values()) > 2:
        errs.append('template counts')
    free = sum(1 for s in allv if '[[' not in s)
    if free != PHI_FREE or len(allv) != TOTAL:
        errs.append('phi-free %d total %d' % (free, len(allv)))
    if any('[[' in s for s in FREE) or any('[[' not in t and '{' not in t for t in T):
        errs.append('free/phi template mixup')
    if errs:
        for e in errs[:20]:
            print('CHECK FAILED:', e, file=sys.stderr)
        sys.exit(1)


if __name__ == '__main__':
    main()
