#!/usr/bin/env python3
"""Development set 18b for Masker: names and towns said in passing, with no cue at all.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
180182). Names come from Datafaker 2.7.0's locale yml files (Apache-2.0): uz, en-NEP, no-NO,
en-MS, es-MX, it, en-IE and, in place of ca-CAT (which holds no name lists in 2.7.0), ca.
Given names and surnames are combined at random so no real person is meant, diacritics are
dropped as speech-to-text drops them, female and male given names (uz, en-NEP, no-NO, en-MS, ca
and invented lists; Uzbek feminine surnames for women) are kept apart where a pronoun follows,
and the ungendered es-MX, it and en-IE lists are used only where none does. Invented and
ordinary-word names, nicknames, streets and towns written here are added.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df18b
    python3 masker-domain/src/test/scripts/holdout18_voice_dev_b.py [/tmp/df18b]

Every value is invented: phones only from the North American range kept for fiction
(555-0100 to 555-0199), ZIP codes, house numbers and dates are random. The script checks what it
writes and exits non-zero when a check fails.
"""
import collections
import os
import random
import re
import sys
import unicodedata

SEED = 180182
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'resources', 'dev', 'masker',
                   'domain', 'masking', 'eval', 'voice-dev18b.tsv')
DF = sys.argv[1] if len(sys.argv) > 1 else '/tmp/df18b'
TOTAL = 260
PHI_FREE = 52
R = random.Random(SEED)
KINDS = {'NAME', 'ADDRESS', 'LOCATION', 'ZIP', 'DOB', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN',
         'MRN', 'HEALTH_PLAN_ID', 'ACCOUNT', 'CREDIT_CARD', 'IBAN', 'LICENSE', 'VEHICLE_ID',
         'DEVICE_ID', 'URL', 'IP_ADDRESS'}
TITLES = {'dr', 'mr', 'mrs', 'ms', 'miss', 'mister', 'doctor', 'nurse', 'prof', 'sir', 'father',
          'sister', 'auntie', 'uncle', 'aunt', 'nana'}
CUES = ['my number is', 'dob', 'fax', 'my name is', 'i live at', 'date of birth', 'born']
DROP = {'radio', 'quasimodo', 'caligola', 'cleopatra', 'edipo', 'buddha', 'prachanda', 'baburam',
        'kc', 'sai', 'shai', 'von', 'ross', 'cont', 'serr', 'bianc', 'farin', 'fior', 'carbon',
        'marian', 'costantin', 'olo', 'demi', 'luce'}


def fold(s):
    s = s.replace('\u2018', '').replace('\u2019', "'").replace('\u00b7', '').replace('`', '')
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'Ae').replace('ł', 'l')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(s.lower().split())


def yml_list(locale, key):
    text = open(os.path.join(DF, locale + '.yml'), encoding='utf-8').read()
    m = re.search(r'^\s+' + key + r':\s*\[(.*?)\]', text, re.S | re.M)
    if not m:
        sys.exit('missing key %s in %s.yml' % (key, locale))
    out = []
    for raw in m.group(1).split(','):
        v = fold(raw.strip().strip('"').strip("'").strip())
        if v and re.fullmatch(r"[a-z][a-z' -]*[a-z]", v) and v not in DROP:
            out.append(v)
    if len(out) < 5:
        sys.exit('too few names under %s in %s.yml' % (key, locale))
    return out


FEM = (yml_list('no-NO', 'female_first_name') + yml_list('uz', 'female_first_name')
       + yml_list('en-NEP', 'female_first_name') + yml_list('en-MS', 'malay_female_first_name')
       + yml_list('en-MS', 'chinese_female_first_name') + yml_list('ca', 'female_first_name')
       + ['marisol', 'tove', 'oona', 'brisa', 'delphine', 'ilsabet', 'nerys', 'kalinda', 'yevka', 'maelle'])
MAL = (yml_list('no-NO', 'male_first_name') + yml_list('uz', 'male_first_name')
       + yml_list('en-NEP', 'male_first_name') + yml_list('en-MS', 'malay_male_first_name')
       + yml_list('en-MS', 'chinese_male_first_name') + yml_list('ca', 'male_first_name')
       + ['aurelio', 'tomasz', 'bartek', 'cosmin', 'daithi', 'eamon', 'halvar', 'ruslan', 'teodor', 'olek'])
UNG = (yml_list('es-MX', 'first_name') + yml_list('it', 'first_name') + yml_list('en-IE', 'first_name')
       + yml_list('en-NEP', 'first_name'))
SUR = (yml_list('no-NO', 'last_name') + yml_list('en-NEP', 'last_name') + yml_list('ca', 'last_name')
       + yml_list('es-MX', 'last_name') + yml_list('it', 'last_name') + yml_list('en-IE', 'last_name')
       + yml_list('en-MS', 'chinese_male_last_name')
       + ['okafor-byrne', 'kowalczyk', 'tullow', 'quarrie', 'fennimore', 'pellow', 'drummock', 'vasquez-lind',
          'ashgrove', 'mcturk', 'ostrander', 'belcourt', 'hollenbeck', 'nyquist', 'trevanion', 'okoro'])
SUR_M = SUR + yml_list('uz', 'male_last_name')
SUR_F = SUR + yml_list('uz', 'female_last_name')
WORD_F = ['grace', 'summer', 'hope', 'joy', 'ivy', 'dawn', 'june', 'april', 'faith', 'rose', 'autumn',
          'honey', 'hazel', 'pearl', 'sunny', 'ginger', 'holly', 'misty', 'crystal', 'destiny']
WORD_M = ['bill', 'rusty', 'major', 'will', 'mark', 'grant', 'buck', 'chip', 'cliff', 'sonny', 'duke',
          'hunter', 'pat', 'gene', 'lance', 'rocky', 'forrest', 'chase', 'sterling', 'frank']
NICK = ['gigi', 'bibi', 'lulu', 'dodie', 'tito', 'sparky', 'bubba', 'coco', 'pip', 'boo', 'jojo',
        'kiki', 'tink', 'beanie', 'moose']
TOWN_ROOT = ['willow', 'saltmarsh', 'ashby', 'marlow', 'dunmore', 'kessick', 'alder', 'brannock',
             'tillery', 'corran', 'hallett', 'pennick', 'rowan', 'quill', 'fenwold', 'stagg', 'larchmere',
             'oxley', 'tamsin', 'birchard', 'kettle', 'pallister', 'merrow', 'cobble', 'harlan', 'sedge']
TOWN_ONE = ['saltmarsh', 'dunmore', 'kessick', 'tillery', 'fenwold', 'larchmere', 'pennick', 'oxley',
            'marlowe', 'brackenridge', 'corrander', 'hallettsville', 'quillan', 'merrowby', 'stagwick']
TOWN_WORD = ['friendship', 'welcome', 'hope', 'plain', 'gray', 'liberty', 'harmony', 'concord',
             'providence', 'eden', 'unity', 'paradise', 'normal', 'climax', 'loyal', 'bliss']
SUFFIX = ['lake', 'fork', 'falls', 'mills', 'junction', 'springs', 'heights', 'bend', 'crossing', 'ridge']
STREET_ROOT = ['tamarack', 'quarry', 'ferncliff', 'old mill', 'pickett', 'larkspur', 'brindle', 'coldwater',
               'hemlock', 'dunmore', 'saddler', 'wrenfield', 'kestrel', 'alderney']
STREET_TYPE = ['road', 'lane', 'street', 'avenue', 'drive', 'court', 'way', 'terrace']
STATES = ['ohio', 'maine', 'oregon', 'kentucky', 'vermont', 'idaho', 'texas', 'georgia', 'iowa',
          'new mexico', 'montana', 'the carolinas']
FACILITY = ['saint brendan\'s', 'mercy general', 'the valley rehab place', 'brightwater hospice',
            'the county hospital', 'northside dialysis', 'pine grove manor', 'the va']
DRUGS = ['metoprolol', 'eliquis', 'lasix', 'gabapentin', 'tramadol', 'ensure', 'januvia', 'keppra',
         'oxycodone', 'senna', 'lisinopril', 'prednisone']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
          'october', 'november', 'december']
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
        'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
ORD = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
       'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
       'eighteenth', 'nineteenth', 'twentieth']
DIG = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
FILLERS = ['', '', '', 'um ', 'uh ', 'yeah ', 'so ', 'okay so ', 'hi ', 'right ', 'um yeah ', 'oh ']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + ' hundred' + ('' if rest == 0 else ' ' + R.choice(['', 'and ']) + words(rest))
    return words(n // 100) + ' ' + (words(n % 100) if n % 100 >= 10 else 'oh ' + ONES[n % 100])


def ordinal(d):
    if d <= 20:
        return ORD[d]
    t = TENS[d // 10]
    return (t[:-1] + 'ieth') if d % 10 == 0 else t + ' ' + ORD[d % 10]


def spoken_digits(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.7:
            out.append('double ' + DIG[int(s[i])])
            i += 2
        else:
            out.append(DIG[int(s[i])] if s[i] != '0' or R.random() < 0.8 else 'zero')
            i += 1
    return ' '.join(out)


def town():
    r = R.random()
    if r < 0.25:
        return R.choice(TOWN_ONE)
    if r < 0.45:
        return R.choice(TOWN_WORD)
    root = R.choice(TOWN_ROOT)
    if r < 0.55:
        return 'lake ' + root
    if r < 0.65:
        return R.choice(['port', 'north', 'east', 'west', 'mount', 'fort']) + ' ' + root
    if r < 0.75:
        return R.choice(['north', 'east', 'upper', 'little']) + ' ' + root + ' ' + R.choice(SUFFIX)
    return root + ' ' + R.choice(SUFFIX)


def town_multi():
    t = town()
    while ' ' not in t:
        t = town()
    return t


def zipcode():
    z = '%05d' % R.randint(1001, 99950)
    return z if R.random() < 0.4 else spoken_digits(z)


def address():
    n = R.randint(2, 9899)
    num = str(n) if R.random() < 0.3 else words(n)
    return '%s %s %s' % (num, R.choice(STREET_ROOT), R.choice(STREET_TYPE))


def date():
    m, d = R.randrange(12), R.randint(1, 28)
    r = R.random()
    if r < 0.4:
        return '%s %s' % (MONTHS[m], ordinal(d))
    if r < 0.7:
        return 'the %s of %s' % (ordinal(d), MONTHS[m])
    if r < 0.85:
        return '%s twenty %s' % (MONTHS[m], R.choice(['twenty four', 'twenty five', 'twenty three']))
    return '%d/%d' % (m + 1, d)


def phone():
    area = '%d%02d' % (R.randint(2, 9), R.randint(1, 98))
    line = '01%02d' % R.randint(0, 99)
    if R.random() < 0.3:
        return '%s-555-%s' % (area, line)
    return spoken_digits(area) + ' ' + R.choice(['five five five', 'triple five']) + ' ' + spoken_digits(line)


def plural(s):
    return s + ('es' if s.endswith(('s', 'x', 'z', 'sh', 'ch')) else 's')


def spell(v):
    return ' '.join(c for c in v if c.isalpha())


LABELLED = {
    'Fg': ('NAME', lambda: R.choice(FEM)),
    'Mg': ('NAME', lambda: R.choice(MAL)),
    'G': ('NAME', lambda: R.choice(UNG)),
    'F': ('NAME', lambda: R.choice(FEM) + ' ' + R.choice(SUR_F)),
    'M': ('NAME', lambda: R.choice(MAL) + ' ' + R.choice(SUR_M)),
    'N': ('NAME', lambda: R.choice(UNG) + ' ' + R.choice(SUR)),
    'S': ('NAME', lambda: R.choice(SUR)),
    'Sp': ('NAME', lambda: plural(R.choice(SUR))),
    'Wf': ('NAME', lambda: R.choice(WORD_F)),
    'Wm': ('NAME', lambda: R.choice(WORD_M)),
    'K': ('NAME', lambda: R.choice(NICK)),
    'T': ('LOCATION', town),
    'T1': ('LOCATION', lambda: R.choice(TOWN_ONE)),
    'To': ('LOCATION', lambda: R.choice(TOWN_WORD)),
    'T2': ('LOCATION', town_multi),
    'Z': ('ZIP', zipcode),
    'A': ('ADDRESS', address),
    'D': ('DATE', date),
    'WfS': ('NAME', lambda: R.choice(WORD_F) + ' ' + R.choice(SUR)),
    'WmS': ('NAME', lambda: R.choice(WORD_M) + ' ' + R.choice(SUR)),
    'P': ('PHONE', phone),
}
PLAIN = {
    'wd': lambda: R.choice(WEEKDAYS),
    'mo': lambda: R.choice(MONTHS),
    'tm': lambda: R.choice(['nine thirty', 'ten fifteen', 'two o\'clock', 'quarter past four', '3:45', 'noon',
                            'half eight', 'seven in the morning']),
    'st': lambda: R.choice(STATES),
    'fac': lambda: R.choice(FACILITY),
    'drug': lambda: R.choice(DRUGS),
    'dose': lambda: R.choice(['twenty five milligrams', 'five hundred mg', 'ten units', 'two puffs',
                              'half a tablet', '40 mg', 'one point five milligrams']),
    'n': lambda: R.choice(['two', 'three', 'four', 'six', 'ten', 'twelve']),
    'room': lambda: words(R.randint(101, 499)),
    'age': lambda: words(R.randint(61, 89)),
}

# Templates with PHI. {X} a new value, {^X} the last value of X again, {sp:X} the last X spelled.
PHI_T = [
    "so {Fg} said she'd drive me over on {wd} but now her car's in the shop",
    "tell doctor {S} it's about mum again the swelling in her ankles is back",
    "me and {Mg} went over there yesterday and he just didn't look right to me",
    "{Mg} here calling back about the oxygen delivery for my dad",
    "yeah it's {Fg} um returning a call from somebody about the home visit",
    "honestly {Fg} the aide on weekends never shows up on time and mum is left waiting",
    "the {Sp} next door have been bringing him soup but they're away this week",
    "we were up at {T2} for the weekend and she had a fall on the steps",
    "she's back in {T} now staying with her sister for a few weeks",
    "the drive from {T1} is over an hour so can the nurse come to us instead",
    "{Wm} will pick up the prescription he's the one with the car",
    "and {Wf} she's my granddaughter she can sign for the package",
    "so {Wf} called me and said the hospice nurse didn't come out on {wd}",
    "{Mg} uh {^Mg} is my husband's name he's the one on the policy not me",
    "i spoke to {Fg} no sorry {Fg} at the front desk and she said to call back",
    "we moved from {T} to {T} in {mo} so the mail might be going to the old place",
    "it's in {To} {st} the little clinic by the feed store",
    "pick up is in {T2} not the main campus the one off the highway",
    "my neighbour {M} found him on the floor and called the ambulance",
    "uh {F} she's been my mother's aide for two years she knows all the meds",
    "could you let {N} know the ride for {wd} needs to be a wheelchair van",
    "the driver {Mg} dropped her at the wrong entrance and she waited an hour",
    "doctor {S} wants her seen again in {n} weeks can we book that",
    "is doctor {S} still at the office in {T} or did he move",
    "{Fg} and {Mg} are both on the visitor list for dad please",
    "i'm calling for {M} he's at home in {T} and the pump is beeping",
    "we're out past {T2} off county road so the nurse will need directions",
    "it's {M} with the transport company um we're running late for the {tm} pickup",
    "no the pharmacy in {T} not the one in {T} they have the refill",
    "{K} that's what we call her she won't answer to her real name",
    "my aunt {Wf} is staying with us and she needs her insulin sent here",
    "{Fg} sorry i mean {Fg} the night aide said he was up all night",
    "can {Mg} come to the appointment with me he's my son in law",
    "she used to live in {T} and then {T} and now she's with us",
    "our old family doctor was doctor {S} in {T} do you have the records from him",
    "{Mg} said the wheelchair won't fit in the van so we need the bigger one",
    "so yeah {Wm} and me drove down from {T1} this morning",
    "the {Sp} across the road have a key if nobody answers the door",
    "i'm at my daughter's in {T} until {wd} so send the nurse there",
    "it's {Fg} from the church we're helping {M} with his shopping",
    "he was at the place in {T2} for rehab before he came home",
    "tell {Fg} the hospice chaplain that mum asked for her again",
    "{M} that's my brother he's the health care proxy",
    "i don't know if {Fg} told you but we're in {To} now not the city",
    "{F} the home health nurse comes {wd}s and she says the wound looks better",
    "yeah we're up in {T} uh {Z} if you need that for the ride",
    "the address on file is wrong it should be {A} in {T}",
    "drop it at {A} that's my son's place he'll be home after {tm}",
    "she got the scan done on {D} at the hospital in {T}",
    "mum's surgery was {D} and the stitches still haven't been taken out",
    "it was {WfS} who took the call she said someone would ring back",
    "please don't send anything to {T} anymore she's in {T} with me",
    "grandpa's friend {Mg} takes him to dialysis in {T2} three times a week",
    "{G} here again sorry about the line cutting out earlier",
    "my cousin {G} does the paperwork so if you need something call {^G}",
    "we'll be coming from {T} so probably closer to {tm} than ten",
    "so the aide {Fg} oh and her partner {Mg} both had covid last week",
    "doctor {S} no doctor {S} sorry the cardiologist not the gp",
    "it's about {F} she's getting on and she forgets the pills",
    "{WmS} that's my dad he'd want me to handle this for him",
    "she said {To} i think or was it {T} anyway it's past the reservoir",
    "it's for {F} uh {sp:F} she's at the house all day so any time is fine",
    "it's mrs {S} {sp:S} but she goes by {K} so ask for {^K}",
    "the van driver {Wm} was so rude to my mother i want it on record",
    "{F} keeps calling me from your office but i already paid",
    "i'm just on my way back from {T} can i call you in twenty minutes",
    "the {Sp} said they'd feed the cat while she's in hospital",
    "{Fg}'s husband does the driving now since she lost her license",
    "we've got family in {T} and {T} so he's going to stay with them",
    "the hospice in {T2} said they'd take her but not till {wd}",
    "{Mg} um {Mg} i keep forgetting he's the new physio",
    "her cousin {G} from {T} is coming to stay so she'll have help",
    "the ambulance took him to {T} not {T} and nobody told us",
    "me and {Fg} share the caregiving she does weekdays i do weekends",
    "the referral went to a doctor {S} up in {T} but we never heard back",
    "did {Fg} from hospice leave the morphine kit or do i need to pick it up",
    "i told {Wm} not to sign anything till we talk to you",
    "uh {Mg} speaking i think i missed a call from this number",
    "we had to stop in {T2} because dad felt sick in the car",
    "sorry i'm calling for {F} she can't hear very well on the phone",
    "{Wf} the social worker said you might cover the bed rental",
    "my sister {Fg} lives in {To} and she can take him on weekends",
    "oh and {K} our neighbour's boy mows the lawn so the aide can park on the grass",
    "he's not at {A} anymore it's {A} across from the post office",
    "the ride from {T1} {Z} to the clinic keeps getting cancelled",
    "her mail goes to {T} {Z} but she's actually staying with me",
    "{Mg} at the pharmacy said the refill needs a new prescription",
    "can you call my son {Mg} at {P} he handles all this",
    "she went in on {D} and came out on {D} so that's the dates",
    "the {Sp} used to drive her but they moved to {T}",
    "tell {Wm} his mum's been asking for him all day",
    "doctor {S} and doctor {S} both said different things about the dose",
    "{N} is the one on the account i'm just the daughter in law",
    "and then {Fg} comes in at {tm} to do the bath",
    "we live out between {T} and {T} so it's a long way for the nurse",
    "it's {N} um with two ls in the last bit i think you've got it wrong",
    "{Mg} and i were at the hospital in {T} on {D} for the echo",
    "that was {T} no {T} i always mix them up they're right next to each other",
    "the wheelchair went to {T} but we're in {T2} could you fix that",
    "{Fg} from your office yeah she said you'd send the forms to {A}",
    "hi yeah it's {Mg} from next door to {Fg} she asked me to call",
    "{Wf} and {Wm} are her kids they'll both be at the meeting",
    "papa's buddy {K} takes him fishing out at {T2} so he's not always home",
    "he keeps saying where's {Fg} where's {^Fg} that was his late wife",
    "i'm {Mg}'s daughter he's the patient you saw on {D}",
    "the nurse {F} was wonderful please tell her we said thanks",
    "yeah {To} the town not the word we're about twenty minutes out of {T}",
    "doctor {S} wants the bloods done before {wd} so can the lab come to the house",
    "they're moving her from {T} to the place in {T2} next week",
    "okay so this is a bit of a long story but um {Fg} my mum's neighbour the one with the dog found her in the garden on {wd} and drove her to the emergency room in {T} and they kept her overnight and nobody's told us anything since",
    "uh yeah so the the thing is {Mg} was supposed to bring dad back from {T2} after the appointment but he he got stuck at work so dad sat in the lobby till {tm}",
    "right i i think it was {Wf} no {Wf} the young one with the glasses she said the equipment would come {wd}",
    "we're staying out near {T} for the holidays so could the hospice nurse come there it's about forty minutes from {T} where mum usually is",
    "the {Sp} and the {Sp} both offered to sit with him while i'm at work but neither of them can lift him",
    "my husband {Mg} and his sister {Fg} are both coming to the family meeting on {wd}",
]

PHI_FREE_T = [
    "can you bill me later i don't have the card on me right now",
    "by the grace of god she made it through the night",
    "what's the summer schedule for the van is it still tuesdays and fridays",
    "it's a major problem the oxygen tank is almost empty",
    "will you call me back before {tm} please",
    "hope springs eternal right the doctor thinks the new dose might work",
    "we had lake effect snow all night so the aide can't get up the hill",
    "there's a fork in the road and the driver keeps taking the wrong way",
    "she's a high falls risk so she needs someone with her in the shower",
    "my daughter and my son in law both need to be on the form",
    "the pharmacy says the {drug} is on back order till next {wd}",
    "he takes {dose} of {drug} twice a day with food",
    "room {room} bed two the call light isn't working",
    "his blood pressure was one forty over ninety this morning and sugar was one twenty",
    "the group number on the card is four four seven two one is that what you need",
    "he was born in nineteen forty one so he's eighty five now",
    "we're back home now the flight from ohio was awful",
    "she drives downtown every {wd} for the support group",
    "may i ask if the copay is twenty dollars or forty",
    "mark it as urgent please the swelling is getting worse",
    "i hope so because we've been waiting since {mo}",
    "the bill came to three hundred and twelve dollars and fifty cents",
    "the rusty old walker needs replacing the brakes don't hold",
    "it's kind of a gray area whether the hospice covers the bed",
    "plain yogurt and toast that's all she'll eat these days",
    "the welcome packet said the nurse comes within forty eight hours",
    "we went to the friendship club at the senior center on {wd}",
    "the falls at the park are lovely but he can't do the path anymore",
    "she's at {fac} for another {n} days then she's coming home",
    "we're in {st} now not far from the border",
    "the mills closed years ago so most folks around here are retired",
    "the doctor and the nurse practitioner both said to wait till {mo}",
    "the heights scare her so we got the ground floor apartment",
    "can i get {n} more boxes of the wipes and the large gloves",
    "honestly the whole thing has been a nightmare the van was late three times in march the driver didn't have the ramp and the dispatcher kept me on hold for like forty minutes every single time i called",
    "so the nurse said take the {drug} at eight in the morning and eight at night with a full glass of water and if the pain's above a six call the on call line",
]


def fill(template):
    last = {}
    has_phi = [False]

    def sub(m):
        key = m.group(1)
        if key.startswith('^'):
            kind, v = LABELLED[key[1:]][0], last[key[1:]]
        elif key.startswith('sp:'):
            kind, v = 'NAME', spell(last[key[3:]].split()[-1])
        elif key in LABELLED:
            kind, gen = LABELLED[key]
            v = gen()
            if key in last:
                for _ in range(20):
                    if v != last[key]:
                        break
                    v = gen()
            last[key] = v
        else:
            return PLAIN[key]()
        has_phi[0] = True
        return '[[%s|%s]]' % (kind, v)
    return re.sub(r'\{([\^]?[\w:]+)\}', sub, template), has_phi[0]


def plain(line):
    return re.sub(r'\[\[[A-Z_]+\|(.*?)\]\]', r'\1', line)


def check(lines, phi_uses, free_uses):
    errors = []
    seen = set()
    long_turns = 0
    for ident, text in lines:
        if text in seen:
            errors.append('%s duplicate' % ident)
        seen.add(text)
        depth = 0
        for tok in re.findall(r'\[\[|\]\]', text):
            depth += 1 if tok == '[[' else -1
            if depth not in (0, 1):
                errors.append('%s nested or unbalanced' % ident)
        if depth:
            errors.append('%s unclosed' % ident)
        for kind, val in re.findall(r'\[\[([^|\]]*)\|([^\]]*)\]\]', text):
            if kind not in KINDS:
                errors.append('%s unknown kind' % ident)
            if not val or val != val.strip() or val[-1] in ',;:!?' or val[0] in ',;:!?':
                errors.append('%s bad label edge' % ident)
            low = ' ' + val.lower() + ' '
            if any(' ' + c + ' ' in low for c in CUES):
                errors.append('%s cue in label' % ident)
            if val.lower().split()[0] in TITLES or "'s" in val.lower().split()[-1][-2:]:
                errors.append('%s title or possessive in label' % ident)
            if '[[' in val:
                errors.append('%s label in label' % ident)
        for m in re.finditer(r'\[\[NAME\|([^\]]*)\]\] \[\[NAME\|([^\]]*)\]\]', text):
            if not any(re.fullmatch(r'[a-z]( [a-z])+', g) for g in m.groups()):
                errors.append('%s full name split into two spans' % ident)
        if re.search(r'\[\[(?![A-Z_]+\|)', text):
            errors.append('%s label without kind' % ident)
        n = len(plain(text).split())
        if n < 8 or n > 55:
            errors.append('%s length %d' % (ident, n))
        if n > 40:
            long_turns += 1
    if long_turns > 15:
        errors.append('too many long turns')
    free = sum(1 for _, t in lines if '[[' not in t)
    if free != PHI_FREE:
        errors.append('phi-free %d' % free)
    if len(lines) != TOTAL:
        errors.append('total %d' % len(lines))
    if len([t for t, c in phi_uses.items() if c]) < 60:
        errors.append('fewer than 60 templates with PHI')
    if max(phi_uses.values()) > 2 or max(free_uses.values()) > 2:
        errors.append('a template used more than twice')
    return errors


def main():
    n_phi = TOTAL - PHI_FREE
    order = list(range(len(PHI_T)))
    R.shuffle(order)
    extra = order[:]
    R.shuffle(extra)
    phi_pick = (order + extra)[:n_phi]
    forder = list(range(len(PHI_FREE_T)))
    R.shuffle(forder)
    fextra = forder[:]
    R.shuffle(fextra)
    free_pick = (forder + fextra)[:PHI_FREE]
    picks = [('p', i) for i in phi_pick] + [('f', i) for i in free_pick]
    R.shuffle(picks)
    phi_uses = collections.Counter({i: 0 for i in range(len(PHI_T))})
    free_uses = collections.Counter({i: 0 for i in range(len(PHI_FREE_T))})
    texts, seen = [], set()
    for src, i in picks:
        tpl = PHI_T[i] if src == 'p' else PHI_FREE_T[i]
        for _ in range(50):
            text, has_phi = fill(tpl)
            text = R.choice(FILLERS) + text
            if text not in seen:
                break
        if has_phi != (src == 'p'):
            sys.exit('template %r phi mismatch' % tpl)
        seen.add(text)
        (phi_uses if src == 'p' else free_uses)[i] += 1
        texts.append(text)
    lines = [('vd18b-%03d' % (k + 1), t) for k, t in enumerate(texts)]
    errors = check(lines, phi_uses, free_uses)
    if errors:
        sys.stderr.write('\n'.join(errors) + '\n')
        sys.exit(1)
    header = ('# voice-dev18b.tsv: development set 18b, generated by masker-domain/src/test/scripts/'
              'holdout18_voice_dev_b.py (seed %d) from Datafaker 2.7.0 name lists (Apache-2.0; locales uz, '
              'en-NEP, no-NO, en-MS, es-MX, it, en-IE and ca in place of ca-CAT, which holds no name lists; '
              'diacritics dropped) and invented and ordinary-word names, nicknames, streets and towns written '
              'for Masker; names and towns said in passing with no cue to clinics, home health, hospice, '
              'transport, pharmacies and insurers; %d turns, %d without PHI; every value invented.'
              % (SEED, TOTAL, PHI_FREE))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write(header + '\n')
        for ident, text in lines:
            f.write('%s\t%s\n' % (ident, text))
    kinds = collections.Counter(k for _, t in lines for k in re.findall(r'\[\[([A-Z_]+)\|', t))
    print('wrote %d turns, %d phi-free; %d phi templates (%d used), %d phi-free templates; %s'
          % (len(lines), PHI_FREE, len(PHI_T), sum(1 for c in phi_uses.values() if c), len(PHI_FREE_T),
             dict(sorted(kinds.items()))))


if __name__ == '__main__':
    main()
