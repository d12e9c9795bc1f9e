#!/usr/bin/env python3
"""Writes the labelled NAME/AGE corpora of issue 11 (docs/evaluation-corpus.md, "Names and ages").

    python3 names-corpus.py <datafaker yml folder> <output folder>

The yml folder is Datafaker 2.7.0's locale data (Apache-2.0), unzipped from the jar:
    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d DIR

Two parts are written from separate material so one can be tuned on and the other not:
  dev      names of the locales DEV_LOCALES, invented names from DEV_SYLLABLES, seed 11,
           the templates VOICE_DEV / WRITTEN_DEV;
  holdout  names of the locales HOLDOUT_LOCALES (cs-CZ, no-NO, uz and es-PY are not among the
           locales whose names widened the lexicon's name lists; lv and sq are), invented names
           from HOLDOUT_SYLLABLES, seed 9011, the templates VOICE_HOLDOUT / WRITTEN_HOLDOUT,
           written before any score was seen;
  holdout2 a second held-out part, written after the first round of changes and before the
           second, scored once at the end: HOLDOUT2_LOCALES, HOLDOUT2_SYLLABLES, seed 7777,
           VOICE_HOLDOUT2 / WRITTEN_HOLDOUT2.
  dev2     (--names2, voice only) a second development part for the classes open after holdout2:
           DEV2_LOCALES, DEV2_SYLLABLES, DEV2_WORD_SURNAMES, seed 211, VOICE_DEV2;
  holdout3 (--names2, voice only) a third held-out part written before the third round of
           changes and scored once after it: HOLDOUT3_*, seed 4303, VOICE_HOLDOUT3.
  dev3     (--names3, voice only) a third development part for the voice-name classes open after
           holdout3: DEV3_*, seed 311, VOICE_DEV3;
  holdout4 (--names3, voice only) a fourth held-out part, its templates written before any result
           of the fourth round was seen, committed before any change, scored once at the end:
           HOLDOUT4_*, seed 6404, VOICE_HOLDOUT4.
  dev4     (--names4, voice only) a fourth development part, speech as people talk it (fillers,
           corrections, names said twice, two people in a turn): DEV4_*, seed 411, VOICE_DEV4;
  holdout5 (--names4, voice only) a fifth held-out part, each line composed from an opener, a
           core and a closer (HOLDOUT5_*, seed 8505, composition seed 8506), committed before any
           change of the fifth round, scored once at the end.
Every name is either a locale's list entry combined at random or an invented syllable string;
any likeness to a real person is chance. Ages are numbers only.
"""
import os
import random
import sys
import unicodedata

import yaml

DEV_LOCALES = ["pl", "de", "sv", "tr", "vi", "en-NG", "en-IN", "it", "es", "fr", "hu", "fi-FI"]
HOLDOUT_LOCALES = ["cs-CZ", "no-NO", "uz", "es-PY", "lv", "sq"]

DEV_SYLLABLES = (["ka", "lo", "vre", "dan", "mi", "tes", "ru", "bel", "zo", "fen", "ga", "tur"],
                 ["ski", "ova", "ard", "enko", "ian", "sen", "wick", "ado", "ani", "ström"])
HOLDOUT_SYLLABLES = (["ba", "qui", "nor", "el", "sa", "vi", "dro", "pa", "lin", "ke", "mor", "tau"],
                     ["ez", "ov", "idis", "ura", "ak", "oglu", "land", "etti", "ino", "berg"])

HOLDOUT2_LOCALES = ["cs-CZ", "no-NO", "uz", "en-UG", "es-PY"]
HOLDOUT2_SYLLABLES = (["tor", "a", "mei", "sul", "ko", "ri", "van", "ot", "dai", "le", "bro", "hu"],
                      ["kova", "aru", "stad", "elli", "opoulos", "iuk", "mann", "ou", "inen", "ez"])
HOLDOUT2_WORD_SURNAMES = ["baker", "fisher", "mason", "cook", "carter", "bird", "fields",
                          "brooks", "lamb", "rice", "head", "banks"]

# Third round (issue 11, names2): a development part for the classes still open after the
# second held-out part, and a third held-out part written before any change, scored once.
DEV2_LOCALES = ["pl", "de", "sv", "tr", "en-NG", "it", "es", "fr"]
DEV2_SYLLABLES = (["mar", "te", "lu", "ven", "os", "ka", "dri", "sel", "po", "ni"],
                  ["icz", "ström", "ado", "eau", "oni", "ek", "yan", "ford"])
DEV2_WORD_SURNAMES = ["potter", "turner", "weaver", "hunter", "miller", "porter", "stone",
                      "wood", "hill", "gray", "black", "chambers"]
HOLDOUT3_LOCALES = ["cs-CZ", "no-NO", "en-UG", "lv", "sq"]
HOLDOUT3_SYLLABLES = (["zu", "be", "ran", "ol", "ti", "ma", "gor", "ei", "sha", "vo"],
                      ["ovic", "nen", "aki", "uste", "holm", "ba", "ini", "ley"])
HOLDOUT3_WORD_SURNAMES = ["barber", "butler", "fox", "wolf", "price", "long", "young", "day",
                          "sharp", "lane", "fuller", "walker"]

# Fourth round (issue 11, names3): known first names before ordinary-word surnames, naming cues
# ("in the name of", "booked under"), relatives and roles, spelled confirmations, answers to a
# surname question, particles, apostrophe and hyphen names as speech-to-text writes them.
DEV3_LOCALES = ["pl", "de", "nl", "en-IE", "pt-BR", "tr", "en-NG", "fr", "da-DK", "hr"]
DEV3_SYLLABLES = (["bra", "ki", "do", "len", "sa", "ur", "mo", "tve", "ha", "quin"],
                  ["owski", "sson", "aro", "ens", "uk", "ema", "etti", "off"])
DEV3_WORD_SURNAMES = ["fried", "stone", "rose", "bell", "lake", "page", "moody", "little",
                      "strong", "bright", "north", "church"]
DEV3_PARTICLES = ["van der", "van den", "de la", "del", "al", "el", "bin", "ibn", "o", "ni",
                  "mac", "ter", "de", "da", "dos", "von", "le", "di"]
HOLDOUT4_LOCALES = ["id-ID", "uz", "es-PY", "en-ZA", "et", "de-CH"]
HOLDOUT4_SYLLABLES = (["nu", "fe", "rak", "so", "gi", "am", "pel", "ya", "to", "wen"],
                      ["anto", "ova", "ssen", "ik", "ide", "uro", "ling", "ah"])
HOLDOUT4_WORD_SURNAMES = ["ward", "field", "snow", "hart", "rock", "wise", "small", "golden",
                          "summers", "best", "west", "noble"]
HOLDOUT4_PARTICLES = ["van", "van de", "de los", "della", "al", "bin", "binti", "abu", "o",
                      "mc", "ten", "du", "das", "la", "ben"]

# Fifth round (issue 11, names4): speech as people talk it (fillers, repeated words, corrections,
# names mid-sentence and at the end of a turn, two people in a turn, names said twice).
DEV4_LOCALES = ["sk", "pt", "ca", "en-PK", "en-AU", "es-AR"]
DEV4_SYLLABLES = (["vel", "o", "tra", "mun", "es", "bi", "kor", "ya", "lu", "dre"],
                  ["escu", "ak", "inho", "ovich", "and", "ulis", "ema", "orf"])
DEV4_WORD_SURNAMES = ["brown", "green", "hope", "king", "wells", "ford", "house", "may",
                      "love", "sweet", "banks", "nash"]
DEV4_PARTICLES = ["van", "de", "da", "dos", "von", "al", "bin", "mac", "o", "la", "del"]
HOLDOUT5_LOCALES = ["ro-MD", "en-PH", "en-SG", "es-MX", "fr-CA", "en-NZ", "nb-NO"]
HOLDOUT5_SYLLABLES = (["ra", "sen", "ul", "ko", "mi", "tai", "fa", "per", "no", "ish"],
                      ["escu", "ard", "iko", "sdottir", "ong", "ilda", "ez", "ow"])
HOLDOUT5_WORD_SURNAMES = ["reed", "mould", "hardy", "lord", "cash", "moon", "gold", "swift",
                          "bush", "pink", "keen", "lea"]
HOLDOUT5_PARTICLES = ["de", "dela", "van", "von", "ter", "bin", "al", "o", "du", "los"]

# Ordinary English words used as surnames after a title.
DEV_WORD_SURNAMES = ["finch", "rook", "crane", "bishop", "wren", "marsh", "frost", "thorn",
                     "hawk", "bloom", "carpenter", "shepherd"]
HOLDOUT_WORD_SURNAMES = ["sparrow", "birch", "fowler", "cotton", "pike", "steel", "glass",
                         "mills", "hale", "cross", "knight", "salmon"]

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_age(n):
    if n >= 100:
        rest = n - 100
        return "a hundred" if rest == 0 else "a hundred and " + (spoken_age_under_100(rest))
    return spoken_age_under_100(n)


def spoken_age_under_100(n):
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n < 10:
        return ONES[n]
    if n < 20:
        return teens[n - 10]
    return tens[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("ł", "l").replace("Ł", "L").replace("‘", "'"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def load_names(folder, locales):
    first, last = [], []
    for locale in locales:
        with open(os.path.join(folder, locale + ".yml"), encoding="utf-8") as f:
            data = yaml.safe_load(f)
        name = data[list(data)[0]]["faker"]["name"]
        for key, out in (("first_name", first), ("male_first_name", first),
                         ("female_first_name", first), ("last_name", last),
                         ("male_last_name", last), ("female_last_name", last)):
            for value in name.get(key, []) or []:
                if isinstance(value, str) and "#" not in value and " " not in value \
                        and value[:1].isalpha() and len(value) >= 3:
                    out.append(value)
    return sorted(set(first)), sorted(set(last))


class Names:
    def __init__(self, rng, first, last, syllables, word_surnames, particles=()):
        self.rng, self.first, self.last = rng, first, last
        self.syllables, self.word_surnames = syllables, word_surnames
        self.particles = list(particles)
        self.last_surname = None
        self.last_full = None

    def invented(self):
        heads, tails = self.syllables
        word = "".join(self.rng.choice(heads) for _ in range(self.rng.randint(1, 2)))
        return (word + self.rng.choice(tails)).capitalize()

    def full(self):
        self.last_full = self.given() + " " + self.surname()
        return self.last_full

    def given(self):
        return self.rng.choice(self.first) if self.rng.random() < 0.75 else self.invented()

    def surname(self):
        self.last_surname = (self.rng.choice(self.last) if self.rng.random() < 0.7
                             else self.invented())
        return self.last_surname

    def listed_given(self):
        return self.rng.choice(self.first)

    def particle(self):
        return self.rng.choice(self.particles)

    def spelled(self):
        """The surname said last, spelled letter by letter (a new one when none was said)."""
        word = self.last_surname or self.surname()
        letters = [c for c in fold(word).lower() if c.isalpha()]
        self.last_surname = None
        return self.rng.choice(["-", " "]).join(letters)

    def word_surname(self):
        return self.rng.choice(self.word_surnames).capitalize()

    def age(self):
        return self.rng.randint(90, 104)

    def young_age(self):
        return self.rng.randint(18, 89)


def label(kind, value):
    return "[[" + kind + "|" + value + "]]"


def n(value, voice):
    return label("NAME", fold(value).lower() if voice else value)


def fill(template, names, voice):
    """Replaces the slots of a template; lower-cases voice lines outside the labels."""
    out = template
    slots = {
        "{FULL}": lambda: n(names.full(), voice),
        "{AGAIN}": lambda: n(names.last_full or names.full(), voice),
        "{GIVEN}": lambda: n(names.given(), voice),
        "{SUR}": lambda: n(names.surname(), voice),
        "{WORDSUR}": lambda: n(names.word_surname(), voice),
        "{INV}": lambda: n(names.surname() + ", " + names.given(), voice),
        "{HYPHEN}": lambda: n(names.given() + " " + names.surname() + "-" + names.surname(), voice),
        "{HYPHENSUR}": lambda: n(names.surname() + "-" + names.surname(), voice),
        "{VANDER}": lambda: n(names.rng.choice(["van der ", "van den ", "van ", "de ", "von "])
                              + names.surname(), voice),
        "{GIVEN_DELA}": lambda: n(names.given() + names.rng.choice(
            [" de la ", " del ", " da ", " dos ", " di "]) + names.surname(), voice),
        "{GIVEN_BIN}": lambda: n(names.given() + names.rng.choice(
            [" bin ", " al ", " el ", " ibn ", " abu "]) + names.surname(), voice),
        "{GIVEN_O}": lambda: n(names.given() + names.rng.choice([" O'", " Mc", " Mac", " D'"])
                               + names.surname().capitalize(), voice),
        "{MIDDLE}": lambda: n(names.given() + " " + names.given()[0].upper() + ". "
                              + names.surname(), voice),
        "{WFULL}": lambda: n(names.listed_given() + " " + names.word_surname(), voice),
        "{SPELL}": lambda: n(names.spelled(), voice),
        "{PART}": lambda: n(names.given() + " " + names.particle() + " " + names.surname(),
                            voice),
        "{SURPART}": lambda: n(names.particle() + " " + names.surname(), voice),
        "{OAPOS}": lambda: n(names.given() + " " + names.rng.choice(["o'", "o ", "mc", "d'"])
                             + names.surname().lower(), voice),
        "{HYPHSTT}": lambda: n(names.given() + " " + names.surname()
                               + names.rng.choice(["-", " "]) + names.surname(), voice),
        "{AGE}": lambda: label("AGE", str(names.age())),
        "{SAGE}": lambda: label("AGE", spoken_age(names.age())),
        "{YOUNG}": lambda: str(names.young_age()),
        "{SYOUNG}": lambda: spoken_age(names.young_age()),
    }
    while True:
        positions = [(out.find(k), k) for k in slots if out.find(k) >= 0]
        if not positions:
            break
        _, key = min(positions)
        out = out.replace(key, slots[key](), 1)
    if voice:
        parts = out.split("[[")
        out = parts[0].lower() + "".join(
            "[[" + p[: p.index("]]")] + p[p.index("]]"):].lower() for p in parts[1:])
    return out


VOICE_DEV = [
    "it's {FULL}, i'm calling about my refill",
    "um it's {FULL}, born in the spring",
    "this is {FULL}, i'm calling about the bill i got",
    "hi yeah this is {FULL} and i need to move my appointment",
    "yes hello it's {GIVEN} again about the forms",
    "i was seen by doctor {WORDSUR} last week",
    "can i leave a message for doctor {WORDSUR} please",
    "doctor {SUR} said to call back",
    "is doctor {SUR} in today",
    "my husband {GIVEN} usually calls for me",
    "my daughter {GIVEN} is going to pick it up",
    "my son {GIVEN} drove me there",
    "my wife {FULL} has the insurance card",
    "i need doctor {VANDER} to sign the form",
    "the nurse was {GIVEN_DELA} i think",
    "it's {GIVEN_BIN}, i have a question about my results",
    "my name is {GIVEN_O}",
    "yeah that's {HYPHEN} on the account",
    "the patient is {HYPHEN}",
    "my last name is {HYPHENSUR}",
    "i'm {FULL} and i have a question about my bill",
    "my mother is {SAGE} years old and lives alone",
    "she's {SAGE} and still drives",
    "he's aged {SAGE} now",
    "my grandfather turned {SAGE} in may",
    "he's a {SAGE} year old veteran",
    "my aunt is {SYOUNG} and she has diabetes",
    "he's {SYOUNG} years old",
    # Without PHI.
    "the doctor will see you at five",
    "doctor's orders, rest for a week",
    "my husband usually calls on mondays",
    "my daughter will pick it up tomorrow",
    "this is about my prescription",
    "it's about the bill i got",
    "may i book for june",
    "can the doctor call me back",
    "i'm calling about my refill",
    "she's ninety percent sure it was tuesday",
    "it's a little swollen and it hurts",
    "this is the second time i called",
    "bill me later please",
    "i'm feeling much better thanks",
    # Second round of development templates.
    "i'm calling for {FULL}, she's my mother",
    "can i speak with {FULL} please",
    "is this {FULL}",
    "you're speaking with {GIVEN}, how can i help",
    "{GIVEN} here, i'm calling about the results",
    "my caregiver is {FULL}",
    "this is nurse {SUR} from the clinic",
    "i need to reach doctor {WORDSUR}'s office",
    "my son {GIVEN} and my daughter {GIVEN} both help",
    "mister {SUR} asked me to call",
    "the appointment is for {FULL}",
    "uh yeah my name is {FULL}, {FULL} is my wife",
    "she's ninety percent better",
    "he's turning {SAGE} in june",
    "she is {SAGE} and lives with us",
    "the doctor is running late today",
    "i'd like to see a doctor today",
    "tell the doctor thank you",
    "my wife is coming with me",
    "this is my first visit",
    "it's my knee again",
]

WRITTEN_DEV = [
    "{FULL} attended the follow-up on Tuesday.",
    "Present at the meeting: {FULL}, {FULL} and the ward clerk.",
    "The discharge summary was reviewed by {MIDDLE} before release.",
    "Please forward the scan to {FULL}'s inbox.",
    "{SUR}'s results came back normal.",
    "Our three founders: {SUR}, {SUR} and {SUR}.",
    "The two nurses on shift, {SUR} and {SUR}, signed the log.",
    "What's your last name? {SUR}. And your first name? {GIVEN}.",
    "Q: Who is the caller? A: {FULL}",
    "Directed by {FULL}",
    "Written by {FULL}, photographs by {FULL}.",
    "A short note by {FULL} on the new intake form.",
    "Dr. {WORDSUR} will review the chart.",
    "Referred to Dr {VANDER} for a second opinion.",
    "Contact person: {GIVEN_DELA}",
    "{GIVEN_BIN} called twice about the invoice.",
    "{GIVEN_O} asked for a copy of the letter.",
    "{HYPHEN} moved to the night shift.",
    "Mrs {HYPHENSUR} brought her medication list.",
    "{FULL}, {AGE}, was admitted with a fall.",
    "The patient, aged {AGE}, lives with her son.",
    "A {AGE}-year-old woman presented with dizziness.",
    "She is {AGE} years old and walks with a frame.",
    "Resident since 2019; now {AGE} and in good spirits.",
    "The patient is {YOUNG} years old.",
    "A {YOUNG}-year-old man with chest pain.",
    # Without PHI.
    "Blood Pressure was stable throughout the night.",
    "New York Presbyterian sent the records.",
    "Monday Morning Clinic is closed this week.",
    "Atorvastatin Calcium 20 mg once daily.",
    "Mercy General Hospital confirmed the transfer.",
    "Doctor's orders: rest and fluids.",
    "Heart Failure Clinic, second floor.",
    "Kind Regards, The Billing Team",
    "Customer Service will call you back.",
    "Physical Therapy starts next Wednesday.",
    "The doctor will see you at five.",
    "Ask the doctor about the dose.",
    # Second round of development templates.
    "Patient {FULL} was seen in clinic today.",
    "Ms {FULL} and Mr. {SUR} were present.",
    "From: {FULL}",
    "Signed, {FULL}",
    "Thanks, {GIVEN}",
    "According to {FULL}, the dose was missed.",
    "Per Dr. {SUR}, continue the current plan.",
    "The {SUR} family asked for an update.",
    "{GIVEN} (daughter) called at noon.",
    "cc: {MIDDLE}",
    "Seen with {GIVEN} and {GIVEN} from physio.",
    "{INV} - DOB on file",
    "Mrs. {GIVEN_O} asked for her notes.",
    "Age {AGE}, independent at home.",
    "{FULL} ({AGE}) was reviewed.",
    "A {AGE} y/o male with a cough.",
    "She is now {AGE} years of age.",
    "Aged {YOUNG}, no relevant history.",
    # Without PHI.
    "Good Morning Team,",
    "Heart Rate 88, regular.",
    "Vitamin D levels are low.",
    "Urgent Care hours changed.",
    "The Patient Advisory Board meets monthly.",
    "Annual Wellness Visit scheduled.",
]

VOICE_HOLDOUT = [
    "hello it's {FULL} speaking, i got a letter from you",
    "yeah hi it's {FULL}, i'm returning a call",
    "this is {FULL}, i'm the patient's son",
    "oh hi this is {FULL} about my mother's visit",
    "i'd like to see doctor {WORDSUR} again",
    "doctor {WORDSUR} ordered the blood work",
    "we spoke to doctor {SUR} on friday",
    "my brother {GIVEN} will be with me",
    "my wife {GIVEN} takes care of the bills",
    "my granddaughter {FULL} is my caregiver",
    "it was doctor {VANDER} who did the surgery",
    "her name is {GIVEN_DELA}",
    "this is {GIVEN_BIN} calling back",
    "the account is under {GIVEN_O}",
    "i'm {HYPHEN} and i have an appointment at two",
    "doctor {HYPHENSUR} is my surgeon",
    "my father is {SAGE} now",
    "she's {SAGE} years old",
    "grandma just turned {SAGE}",
    "my uncle, he's {SAGE}, lives with us",
    "she is {SYOUNG} years old",
    # Without PHI.
    "the doctor wants to see you next week",
    "doctor's note for work please",
    "my wife usually handles this",
    "my son will drive me",
    "it's the pharmacy calling",
    "this is urgent",
    "it's ninety dollars a month",
    "i'll be there at nine",
    "can i talk to a nurse",
    "the doctor said it's fine",
    "he's ninety percent better",
]

WRITTEN_HOLDOUT = [
    "{FULL} was discharged on the ward round.",
    "Notes from {FULL} and {FULL} are attached.",
    "Reviewed and approved by {MIDDLE}.",
    "This is {FULL}'s second admission.",
    "Please call {SUR}'s office to confirm.",
    "The authors, {SUR}, {SUR} and {SUR}, thank the staff.",
    "Interviewer: Can I have your surname? Respondent: {SUR}",
    "Name? {FULL}",
    "Translated by {FULL}",
    "Produced by {FULL} in the spring.",
    "Seen today by Prof. {WORDSUR}.",
    "Letter copied to Dr. {VANDER}.",
    "Caregiver: {GIVEN_DELA}",
    "{GIVEN_BIN} missed the session.",
    "Mr {GIVEN_O} declined the vaccine.",
    "{HYPHEN} signed the consent.",
    "{FULL} ({AGE}) lives alone.",
    "Aged {AGE}, she remains independent.",
    "He is a {AGE} year old retired teacher.",
    "The patient turned {AGE} last month.",
    "The client is {YOUNG} and works full time.",
    # Without PHI.
    "Emergency Department handover at 7.",
    "San Francisco General has no beds.",
    "Friday Afternoon Rounds are cancelled.",
    "Metformin Hydrochloride 500 mg twice daily.",
    "Saint Luke's Clinic is on the corner.",
    "Thank You Card sent to the team.",
    "Occupational Health will contact you.",
    "Best Wishes from the Night Staff",
    "The doctor will phone you tomorrow.",
    "Happy New Year to everyone.",
]


VOICE_HOLDOUT2 = [
    "yeah so it's {FULL}, i had a question about the letter",
    "hey it's {FULL} here returning your call",
    "this is {FULL}, date of birth is on file",
    "um hi, this is {GIVEN}, the daughter of one of your patients",
    "i have an appointment with doctor {WORDSUR} tomorrow",
    "doctor {WORDSUR} told me to call",
    "could you ask doctor {SUR} to call me",
    "my partner {GIVEN} is coming with me",
    "my grandson {GIVEN} set up the account",
    "my mom {FULL} needs a ride",
    "the surgeon was doctor {VANDER}",
    "the name on the card is {GIVEN_DELA}",
    "hi it's {GIVEN_BIN} again",
    "you can put it under {GIVEN_O}",
    "my name's {HYPHEN}",
    "it's {HYPHEN}, i called yesterday",
    "my dad's {SAGE} and he still lives at home",
    "she's going to be {SAGE} next month",
    "my great aunt is {SAGE}",
    "he's {SYOUNG} and in good health",
    # Without PHI.
    "the doctor can see you thursday morning",
    "i need a doctor's note",
    "my husband will call later",
    "my daughter has the paperwork",
    "it's about my results",
    "this is really confusing",
    "that's fine, thank you",
    "she's about ninety percent better",
    "the bill came to ninety five dollars",
    "doctor visits are covered",
]

WRITTEN_HOLDOUT2 = [
    "{FULL} joined the practice in 2021.",
    "Minutes taken by {FULL}; attendees: {FULL} and {FULL}.",
    "Signed off by {MIDDLE} on the ward.",
    "{FULL}'s referral letter is attached.",
    "I spoke with {SUR}'s wife this morning.",
    "The three siblings, {SUR}, {SUR} and {SUR}, share the care.",
    "Surname? {SUR}",
    "Q: Your full name, please? A: {FULL}",
    "Story by {FULL}, edited by {FULL}.",
    "Interview conducted by {FULL}.",
    "Dr. {WORDSUR} is on leave until June.",
    "Copy to Prof. {VANDER}.",
    "Emergency contact: {GIVEN_DELA}",
    "{GIVEN_O} is the new receptionist.",
    "{HYPHEN} asked about the results.",
    "{FULL}, {AGE}, is a retired nurse.",
    "Age: {AGE}",
    "A {AGE}-year-old man fell at home.",
    "She turned {AGE} in March.",
    "A {YOUNG}-year-old woman was seen.",
    # Without PHI.
    "Intensive Care Unit beds are full.",
    "Los Angeles County sent the update.",
    "Tuesday Evening Group meets weekly.",
    "Lisinopril Tablets 10 mg daily.",
    "General Hospital confirmed the time.",
    "Crohn's disease flare, started steroids.",
    "Best Regards, Front Desk",
    "Patient Portal is down for maintenance.",
    "The doctor will call with results.",
    "Happy Birthday from the team!",
]


VOICE_DEV2 = [
    # Ordinary-word surnames after a title before a function word.
    "doctor {WORDSUR} tomorrow at ten, is that right",
    "doctor {WORDSUR} told me to stop the pills",
    "doctor {WORDSUR} said it was nothing",
    "nurse {WORDSUR} will call me back",
    "i saw doctor {WORDSUR} on monday",
    "doctor {WORDSUR} is my primary",
    "so doctor {WORDSUR} wants more tests",
    "nurse {WORDSUR} was really kind",
    # A naming cue a few words before the name.
    "the name on the card is {FULL}",
    "the account is under {FULL}",
    "it's listed under {SUR}",
    "put it under {FULL} please",
    "the appointment is for {GIVEN}",
    "the patient's name is {FULL}",
    "the policy is in the name of {FULL}",
    "it should be under my husband, {FULL}",
    "last name is {SUR}, spelled the usual way",
    # Ages over 89 in speech.
    "my dad's {SAGE}",
    "she's going to be {SAGE} in august",
    "he turns {SAGE} next week",
    "she is {SAGE} now",
    "at {SAGE} he still drives",
    "my mom's {SAGE} and sharp as a tack",
    "he'll be {SAGE} on sunday",
    "my grandmother's {SYOUNG}",
    "he turns {SYOUNG} next week",
    # Without PHI.
    "the doctor will see you now",
    "doctor's orders were to rest",
    "my doctor said to drink water",
    "the doctor told me to wait",
    "the nurse will call you tomorrow",
    "put it under my name please",
    "the account is under review",
    "it's listed under pharmacy",
    "the appointment is for tuesday",
    "at ninety dollars it's too much",
    "he turns left at the light",
    "she is ninety percent sure",
    "gracias señor",
    "my doctor is great",
    "the name on the card is wrong",
]

VOICE_HOLDOUT3 = [
    "doctor {WORDSUR} will see me friday",
    "doctor {WORDSUR} thinks it's the knee",
    "nurse {WORDSUR} has my chart",
    "we saw doctor {WORDSUR} after lunch",
    "doctor {WORDSUR} wanted an x-ray",
    "can you ask nurse {WORDSUR} to call",
    "the card says {FULL}",
    "it's booked under {FULL}",
    "you'll find it under {SUR}",
    "the reservation is for {FULL}",
    "the patient is my brother, {FULL}",
    "the insurance is in the name of {FULL}",
    "my wife's name is {GIVEN}",
    "she's {SAGE} this year",
    "grandpa will be {SAGE} in july",
    "he's turning {SAGE} soon",
    "my uncle is {SAGE} today",
    "at {SAGE} she still gardens",
    "my father's {SAGE} and lives alone",
    "she turns {SYOUNG} next month",
    # Without PHI.
    "the doctor wants bloodwork first",
    "doctor's appointment on friday",
    "my doctor called yesterday",
    "the nurse is on her way",
    "you'll find it under the mat",
    "it's booked under my plan",
    "the card says expired",
    "at ninety miles an hour",
    "muchas gracias amigo",
    "thank you doctor",
]


VOICE_DEV3 = [
    "hi this is {WFULL} from the second floor",
    "yes it's {WFULL} calling back",
    "{WFULL} here, my pharmacy sent me",
    "my name is {WFULL} and i missed a call",
    "yeah this is {WFULL}, my date of birth is on the file",
    "the booking should be in the name of {FULL}",
    "could you check under the name {FULL}",
    "the booking is for {FULL}, two people",
    "it's registered under {SUR}",
    "my caseworker {FULL} set this up",
    "my neighbour {GIVEN} drives me to appointments",
    "my daughter in law {GIVEN} is on the form",
    "my carer {FULL} will bring the papers",
    "my social worker is {FULL}",
    "last name {SUR}, that's {SPELL}",
    "it's {SUR}, spelled {SPELL}",
    "and your last name? {SUR}",
    "and the last name? it's {SUR}",
    "first name {GIVEN}, last name {SUR}",
    "doctor {WORDSUR} and nurse {SUR} both saw me",
    "i'm waiting for nurse {SUR}",
    "doctor {SURPART} did my knee",
    "it's {PART}, i'm returning a call",
    "my name is {OAPOS}",
    "this is {HYPHSTT} on line two",
    "the prescription is for my son {FULL}",
    "my physio {GIVEN} said to rest it",
    "um so my wife {WFULL} has the card",
    # Without PHI.
    "this is about the booking for friday",
    "it's registered under my insurance",
    "the form is in the name of the clinic",
    "my caseworker said to call",
    "my neighbour drives me on mondays",
    "what's your last name please",
    "that's correct, yes",
    "the stone in my kidney is gone",
    "my daughter in law is on the way",
    "the doctor said the swelling is down",
    "i need to see a nurse soon",
    "it's spelled the usual way",
    "first name and last name please",
    "the rose rash is gone now",
    "a little better, thank you",
    # Second batch of development templates (same part, added after the first changes).
    "{WFULL}, that's me, i'm the patient",
    "the name is {OAPOS}, with an apostrophe",
    "can you put it under {HYPHSTT}",
    "sorry, what was the surname? {SUR}",
    "surname's {SUR}, {SPELL}",
    "doctor {WORDSUR} from cardiology rang me",
    "is nurse {WORDSUR} on today",
    "i see doctor {SURPART} every month",
    "my granddaughter {WFULL} is with me",
    "my key worker {GIVEN} knows about it",
    "please tell {WFULL} i called",
    "it's for my brother in law, {FULL}",
    "the contact person is {WFULL}",
    "my support worker {FULL} rang",
    "we spoke, me and {WFULL}, last week",
    # Without PHI.
    "sorry, what was that",
    "my key worker knows about it",
    "please tell them i called",
    "can you put it under my account",
    "the surname field is blank",
    "is the nurse on today",
]

# Written before any result of the fourth round; never tuned on.
VOICE_HOLDOUT4 = [
    "hey this is {WFULL}, i've got a question",
    "{WFULL} speaking, you left me a voicemail",
    "i'm calling on behalf of {WFULL}",
    "this is {WFULL} again, sorry",
    "it's under the name {FULL}",
    "the file is in the name of {SUR}",
    "the reservation is under {FULL}",
    "we booked it under {GIVEN}",
    "my home nurse {FULL} comes on tuesdays",
    "my stepson {GIVEN} has power of attorney",
    "my landlady {FULL} found me",
    "my counsellor {GIVEN} suggested i call",
    "surname {SUR}, {SPELL}",
    "the last name is {SUR}, it's spelled {SPELL}",
    "what's the last name? {SUR}",
    "last name? oh it's {SUR}",
    "doctor {WORDSUR}'s nurse called me",
    "the midwife, nurse {SUR}, was great",
    "is doctor {SURPART} available",
    "i'm {PART} and i need a refill",
    "put down {OAPOS} as the contact",
    "my name's {HYPHSTT}",
    "sorry, {WFULL}, with the appointment at three",
    # Without PHI.
    "the reservation is under review",
    "my home nurse comes on tuesdays",
    "what's the last name on file",
    "it's spelled like it sounds",
    "is the doctor available today",
    "my stepson will drive me",
    "the file is in the mail",
    "we booked it online",
    "the snow made me late",
    "my counsellor suggested i call",
    "she was a small help",
    "sorry, i'm a bit deaf",
]


VOICE_DEV4 = [
    "um hi it's {FULL}, i'm calling about, uh, my results",
    "yeah so this is this is {FULL} from last tuesday",
    "it's {GIVEN}, sorry, {GIVEN}, i always say it wrong",
    "the name's {FULL}, {AGAIN}",
    "i spoke to {FULL} yesterday and she said to call",
    "could i speak with {WFULL} please",
    "uh my mum {FULL} and my dad {GIVEN} both need a flu shot",
    "can you tell doctor {SUR} that {FULL} called",
    "i'm ringing for my grandson, his name's {FULL}",
    "my husband {GIVEN} snores so i sleep badly",
    "it was nurse {WORDSUR} who took my blood",
    "doctor {WORDSUR} and doctor {SUR} both said the same thing",
    "okay the surname is {SUR}, {SPELL}",
    "um the first name is {GIVEN} and the last is {SUR}",
    "so i'm here with {WFULL}",
    "i'd like to book for me and {FULL}",
    "last time i saw {FULL}",
    "it's for my daughter, um, {FULL}",
    "hello, {WFULL} speaking",
    "yes uh {FULL}, that's right",
    "my carer is called {GIVEN}",
    "the receptionist, {GIVEN} i think, told me friday",
    "we talked to doctor {SURPART} about it",
    "this is {PART}, i had a missed call",
    "i'm {GIVEN}, {GIVEN}'s wife",
    # Without PHI.
    "um hi i'm calling about, uh, my results",
    "yeah so this is about last tuesday",
    "sorry, sorry, i always say it wrong",
    "i spoke to someone yesterday and she said to call",
    "can you tell the doctor i called",
    "my husband snores so i sleep badly",
    "it was the nurse who took my blood",
    "the brown envelope came today",
    "okay that's spelled right",
    "i'm here with my daughter",
    "hope you have a good day",
    "i'll be there in may",
]


# Fifth held-out part: every line composed from an opener, a core and a closer (a scheme no earlier
# part used), written before any result of the fifth round; never tuned on.
HOLDOUT5_OPENERS = ["", "um ", "uh ", "okay ", "right so ", "hello ", "yeah ", "hi there "]
HOLDOUT5_CLOSERS = ["", " thanks", " please", ", okay", " if that's alright", ", cheers",
                    " yeah", ", thank you so much"]
HOLDOUT5_CORES = [
    "you're speaking with {FULL}",
    "{FULL} on the line",
    "i'm phoning for my aunt {FULL}",
    "my partner {GIVEN} booked it",
    "the appointment's under {FULL}",
    "ask for {WFULL} at the desk",
    "doctor {WORDSUR} referred me",
    "nurse {SUR} did the dressing",
    "my surname's {SUR}, {SPELL}",
    "it's {FULL} again, {AGAIN}",
    "i came in with {FULL} and {FULL}",
    "my brother {GIVEN} and his wife {GIVEN} are coming",
    "i was talking to {WFULL}",
    "the physio was {FULL}",
    "put {GIVEN}, no wait, {GIVEN}",
    "i think it was doctor {SURPART}",
    "call me {GIVEN}",
    "my name is {PART}",
    "my grandmother is {SAGE} now",
    # Without PHI.
    "i'm phoning for my aunt",
    "the appointment's at ten",
    "ask for the manager at the desk",
    "my partner booked it",
    "the physio was really good",
    "i think it was tuesday",
    "no wait, i got that wrong",
    "call me back after lunch",
    "my surname's on the letter",
    "she's ninety percent better",
    "the nurse did the dressing",
]


def write(path, header, prefix, templates, names, voice, copies):
    lines = [header]
    number = 0
    for copy in range(copies):
        for template in templates:
            if copy > 0 and "{" not in template:
                continue  # lines without PHI once
            number += 1
            lines.append(f"{prefix}{number:03d}\t{fill(template, names, voice)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    folder, out = sys.argv[1], sys.argv[2]
    dev_first, dev_last = load_names(folder, DEV_LOCALES)
    hold_first, hold_last = load_names(folder, HOLDOUT_LOCALES)
    dev = Names(random.Random(11), dev_first, dev_last, DEV_SYLLABLES, DEV_WORD_SURNAMES)
    hold = Names(random.Random(9011), hold_first, hold_last, HOLDOUT_SYLLABLES,
                 HOLDOUT_WORD_SURNAMES)
    hold2 = Names(random.Random(7777), *load_names(folder, HOLDOUT2_LOCALES),
                  HOLDOUT2_SYLLABLES, HOLDOUT2_WORD_SURNAMES)
    note = ("# Generated by masker-domain/src/test/scripts/names-corpus.py from Datafaker 2.7.0 "
            "name lists (Apache-2.0) and invented names; docs/evaluation-corpus.md.")
    write(os.path.join(out, "names-voice-dev.tsv"), note + " Voice, development part.",
          "nvd", VOICE_DEV, dev, True, 3)
    write(os.path.join(out, "names-written-dev.tsv"), note + " Written, development part.",
          "nwd", WRITTEN_DEV, dev, False, 3)
    write(os.path.join(out, "names-voice-holdout.tsv"), note + " Voice, held-out part.",
          "nvh", VOICE_HOLDOUT, hold, True, 3)
    write(os.path.join(out, "names-written-holdout.tsv"), note + " Written, held-out part.",
          "nwh", WRITTEN_HOLDOUT, hold, False, 3)
    if len(sys.argv) > 3 and sys.argv[3] == "--holdout2":
        write(os.path.join(out, "names-voice-holdout2.tsv"), note + " Voice, second held-out part.",
              "nvk", VOICE_HOLDOUT2, hold2, True, 3)
        write(os.path.join(out, "names-written-holdout2.tsv"),
              note + " Written, second held-out part.", "nwk", WRITTEN_HOLDOUT2, hold2, False, 3)
    if len(sys.argv) > 3 and sys.argv[3] == "--names2":
        dev2 = Names(random.Random(211), *load_names(folder, DEV2_LOCALES), DEV2_SYLLABLES,
                     DEV2_WORD_SURNAMES)
        hold3 = Names(random.Random(4303), *load_names(folder, HOLDOUT3_LOCALES),
                      HOLDOUT3_SYLLABLES, HOLDOUT3_WORD_SURNAMES)
        write(os.path.join(out, "names-voice-dev2.tsv"), note + " Voice, second development part.",
              "nve", VOICE_DEV2, dev2, True, 3)
        write(os.path.join(out, "names-voice-holdout3.tsv"),
              note + " Voice, third held-out part.", "nvl", VOICE_HOLDOUT3, hold3, True, 3)
    if len(sys.argv) > 3 and sys.argv[3] == "--names3":
        dev3 = Names(random.Random(311), *load_names(folder, DEV3_LOCALES), DEV3_SYLLABLES,
                     DEV3_WORD_SURNAMES, DEV3_PARTICLES)
        hold4 = Names(random.Random(6404), *load_names(folder, HOLDOUT4_LOCALES),
                      HOLDOUT4_SYLLABLES, HOLDOUT4_WORD_SURNAMES, HOLDOUT4_PARTICLES)
        write(os.path.join(out, "names-voice-dev3.tsv"), note + " Voice, third development part.",
              "nvf", VOICE_DEV3, dev3, True, 3)
        write(os.path.join(out, "names-voice-holdout4.tsv"),
              note + " Voice, fourth held-out part.", "nvm", VOICE_HOLDOUT4, hold4, True, 3)

    if len(sys.argv) > 3 and sys.argv[3] == "--names4":
        dev4 = Names(random.Random(411), *load_names(folder, DEV4_LOCALES), DEV4_SYLLABLES,
                     DEV4_WORD_SURNAMES, DEV4_PARTICLES)
        hold5 = Names(random.Random(8505), *load_names(folder, HOLDOUT5_LOCALES),
                      HOLDOUT5_SYLLABLES, HOLDOUT5_WORD_SURNAMES, HOLDOUT5_PARTICLES)
        write(os.path.join(out, "names-voice-dev4.tsv"), note + " Voice, fourth development part.",
              "nvg", VOICE_DEV4, dev4, True, 3)
        rng = random.Random(8506)
        composed = []
        for core in HOLDOUT5_CORES:
            for _ in range(3 if "{" in core else 1):
                composed.append(rng.choice(HOLDOUT5_OPENERS) + core + rng.choice(HOLDOUT5_CLOSERS))
        write(os.path.join(out, "names-voice-holdout5.tsv"),
              note + " Voice, fifth held-out part.", "nvn", composed, hold5, True, 1)


if __name__ == "__main__":
    main()
