#!/usr/bin/env python3
"""Writes the sixth held-out evaluation sets of issue 11 and checks their markup.

    names-voice-holdout6.tsv      voice turns (speech-to-text style), NAME and AGE labelled
    places-written-holdout6.tsv   written records of many countries, ADDRESS / ZIP / LOCATION /
                                  PHONE / FAX / NAME labelled

Written by an author who did not see the detection code nor its word lists; the templates are
new and the sets are scored once. Standard library only, deterministic (fixed seeds).

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout6_corpus.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval
    python3 masker-domain/src/test/scripts/holdout6_corpus.py --check FILE...   # markup only

Names, street roots and town names come from Datafaker 2.7.0's locale files (Apache-2.0) and
from lists written here by hand (romanised Japanese, Korean, Chinese, Vietnamese, Arabic, Hindi,
Yoruba, Swahili, Irish, Welsh and Greek names; towns and street words of countries Datafaker
lacks). Every combination, house number and postal code is random; phone numbers use ranges
kept for fiction (North America 555-01xx, UK 07700 900xxx / 020 7946 0xxx / 0113 496 0xxx,
Australia 0491 570 xxx, France 01 99 00 xx xx). A U+2028 in a written line is a line break
inside the example.
"""

import os
import random
import re
import sys
import unicodedata

VOICE_SEED = 60601
WRITTEN_SEED = 60602
LS = "\u2028"  # line break inside an example

VOICE_KINDS = {"NAME", "AGE"}
WRITTEN_KINDS = {"ADDRESS", "ZIP", "LOCATION", "PHONE", "FAX", "NAME"}


# ---------------------------------------------------------------- Datafaker YAML (tiny reader)

def yml_lists(folder, locale):
    """Plain string lists of a Datafaker locale file, by key (inline [..] or '- ' items)."""
    path = os.path.join(folder, locale + ".yml")
    out = {}
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)([A-Za-z_]+):\s*(.*)$", line)
        if not m:
            continue
        key, rest = m.group(2), m.group(3).strip()
        vals = []
        if rest.startswith("["):
            vals = [v.strip().strip("\"'") for v in rest.strip("[]").split(",")]
        elif rest == "":
            j = i + 1
            while j < len(lines) and re.match(r"^\s*- ", lines[j]):
                vals.append(lines[j].strip()[2:].strip().strip("\"'"))
                j += 1
        vals = [v for v in vals if v and "#{" not in v]
        if vals:
            out.setdefault(key, []).extend(vals)
    return out


def clean(values):
    """Single clean tokens or short phrases: letters, spaces, hyphens, apostrophes."""
    return sorted({v for v in values
                   if re.fullmatch(r"[^\W\d_]+(?:[ '\-][^\W\d_]+){0,2}", v) and len(v) >= 2})


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("ı", "i").replace("ł", "l") \
        .replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss") \
        .replace("đ", "d").replace("Đ", "D")


# ---------------------------------------------------------------- hand-written name material

HAND_NAMES = {
    "ja": ("haruto yui sota aoi ren hina kaito mio takumi sakura yuto rin kenji emiko",
           "tanaka watanabe kobayashi yamamoto nakamura inoue kimura hayashi shimizu morita "
           "ishikawa ogawa fujiwara okada"),
    "ko": ("minjun seoyeon jiho haeun dohyun jiwoo yerin hyunwoo sujin taeyang eunji",
           "kim lee park choi jung kang yoon jang lim han shin seo"),
    "zh": ("wei xiaoling jiahao yuting zihan haoran meiling junjie shuyi zhiwei",
           "wang zhang liu chen yang zhao huang zhou xu sun guo"),
    "vi": ("lan duc huong tuan linh quang mai phuong hieu thao",
           "nguyen tran le pham hoang phan vu dang bui do"),
    "ar": ("youssef fatima karim layla omar nadia tariq samira hamza rania khalid amina",
           "haddad khoury mansour saleh nasser bakri farouk benali el-amrani al-masri"),
    "hi": ("aarav priya rohan ananya vikram kavya arjun neha siddharth pooja",
           "sharma iyer reddy patel nair gupta chatterjee desai menon kulkarni"),
    "yo": ("adebayo folake oluwaseun temitope babatunde yetunde kehinde ayodele funmilayo olumide",
           "adeyemi ogunleye balogun adebisi oladipo afolabi akinola ojo fashola olaniyan"),
    "sw": ("baraka neema juma amani zawadi rehema jabari imani bahati shukuru",
           "mwangi otieno kamau wanjiru njoroge mutua achieng odhiambo wekesa chebet"),
    "ga": ("siobhan niamh cathal aoife padraig oisin grainne eoghan caoimhe ciaran",
           "o'sullivan mac giolla ni bhriain o'flaherty kavanagh o'donnell breathnach "
           "mac an bhaird"),
    "cy": ("rhys ffion dafydd cerys gethin eleri iwan nia emyr bethan",
           "pritchard llewellyn bowen pugh prosser griffiths vaughan gwynne"),
    "el": ("giorgos eleni dimitris katerina nikos sofia panagiotis vasiliki christos despina",
           "papadopoulos georgiou karagiannis nikolaidis vlachos oikonomou antonopoulos stavrou"),
}

DF_NAME_LOCALES = ["de", "fr", "es", "pt", "it", "nl", "pl", "sv", "nb-NO", "fi-FI", "tr",
                   "hu", "cs-CZ", "ro-MD", "hr", "et", "lv", "da-DK", "en-IE", "id-ID",
                   "es-MX", "en-ZA", "de-AT", "pt-BR"]


def name_pools(folder):
    pools = {}
    for loc in DF_NAME_LOCALES:
        d = yml_lists(folder, loc)
        first = d.get("first_name", []) + d.get("male_first_name", []) \
            + d.get("female_first_name", [])
        last = d.get("last_name", []) + d.get("male_last_name", []) \
            + d.get("female_last_name", [])
        if loc == "pt-BR":
            first = first or yml_lists(folder, "pt").get("first_name", [])
        first, last = clean(first), clean(last)
        if first and last:
            pools[loc] = (first, last)
    for loc, (f, l) in HAND_NAMES.items():
        pools[loc] = (f.split(), split_surnames(l))
    return pools


def split_surnames(text):
    """Surnames separated by spaces; 'mac giolla', 'ni bhriain', 'mac an bhaird' kept whole."""
    words, out, i = text.split(), [], 0
    while i < len(words):
        if words[i] in ("mac", "ni") and i + 1 < len(words):
            if words[i + 1] == "an" and i + 2 < len(words):
                out.append(" ".join(words[i:i + 3]))
                i += 3
                continue
            out.append(" ".join(words[i:i + 2]))
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


# ---------------------------------------------------------------- numbers as words

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen " \
       "fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n, hyphen=False):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (("-" if hyphen else " ") + ONES[o] if o else "")
    if n < 200:
        rest = n - 100
        head = random.choice(["a hundred", "one hundred"])
        return head + (random.choice([" and ", " "]) + words(rest) if rest else "")
    raise ValueError(n)


# ================================================================ VOICE

# Ordinary words that are first names when used as one (labelled only in a naming position).
WORD_FIRST = ["will", "mark", "rose", "june", "april", "grace", "hope", "frank", "bill", "may",
              "faith", "joy", "dawn", "summer", "hunter", "sky", "pearl", "jack", "ruby", "art"]
# Ordinary words used as surnames after a title.
WORD_SURNAME = ["gardner", "baker", "fisher", "carpenter", "bishop", "salt", "marsh", "hale",
                "crane", "lamb", "meadows", "brook", "fox", "mills", "steel", "wren", "heron",
                "cotton", "frost", "moody"]

NATO = dict(zip("abcdefghijklmnopqrstuvwxyz", "alpha bravo charlie delta echo foxtrot golf hotel "
               "india juliett kilo lima mike november oscar papa quebec romeo sierra tango "
               "uniform victor whiskey x-ray yankee zulu".split()))

# {A:full} {A:first} {A:last} {A:spell} {A:spellh} persons A, B, C; {WF} word first name,
# {WS} word surname (title stays outside), {OLD} age over 89, {young} age 18..89 unlabelled.
VOICE_TEMPLATES = [
    "um yeah hi so i'm calling for my father his name is {A:full} and he got a letter from you guys about the the deductible",
    "okay the name on the account should be {A:full} but it might be under my maiden name which is {A:last}",
    "hi uh this is {A:first} i was in on tuesday and the lady at the front said somebody would call me back",
    "it's for my mom {A:full} she's {OLD} and she can't really come to the phone",
    "yeah no the prescription was written by doctor {B:last} not doctor {C:last} so i don't know why it says that",
    "so basically {A:first} and {B:first} both need the flu shot and i was wondering if you do walk ins",
    "my name my name is {A:full} sorry there's a lot of noise here",
    "last name {A:last} first name {A:first}",
    "{A:spell} that's the last name and the first is {A:first}",
    "i talked to somebody named {A:first} last week and she said it was all sorted",
    "okay so it's {A:first} no wait sorry {B:full} the account's in my wife's name",
    "the patient is {A:full} date of birth i'll have to look for it hang on",
    "um my husband {A:first} usually handles this stuff but he's at work",
    "you can leave a message with my daughter {A:first} or my son-in-law {B:first} either of them",
    "this is nurse {A:first} from the fourth floor calling about mister {B:last} in room twelve",
    "he's {OLD} years old and he still insists on driving to the pharmacy himself",
    "the referral should be going to doctor {WS} over at the orthopedic group",
    "hi it's {WF} from the billing office returning your call",
    "can you ask for {WF} when you call back she knows the whole story",
    "yeah it's spelled {A:spellh} like it sounds",
    "i'm the caregiver for {A:full} and i have power of attorney if you need that",
    "like i said before the policy holder is {A:full} not me i'm just the grandson",
    "we saw doctor {A:full} on monday and she wants a scan before the next visit",
    "oh you need the spelling it's {A:first} {A:spell}",
    "my grandmother turned {OLD} in march and the home wants the paperwork updated",
    "so my neighbor {A:full} drove me because i can't drive after the drops",
    "{A:full} that's me i'm the one who called yesterday",
    "the last person i spoke to was uh {A:first} i think or maybe {B:first} i didn't catch it",
    "sorry could you repeat that oh the name yes it's {A:full}",
    "my mother in law {A:full} is staying with us and she needs a refill",
    "put it under {A:last} please the {A:last} family we all come to that clinic",
    "it's {A:full} and people always always get the spelling wrong",
    "i'm calling on behalf of {A:full} and {B:full} they're my parents",
    "uh yes the pharmacist {A:first} said the generic would be fine",
    "so i guess what i'm asking is whether {A:first} can pick it up for me because i'm in bed",
    "we were referred by doctor {A:last} at the community clinic",
    "her name is like {A:full} and she was born in the fifties i believe",
    "the guy who came out to fix the oxygen machine was called {A:full} really nice man",
    "its {A:full} im on the portal but i cant log in",
    "my uncle {A:first} he's {OLD} and he fell last night so we're at the er",
    "doctor {WS} and doctor {B:last} both signed off on it",
    "tell {A:first} that {B:first} called and i'll try again after lunch",
    "i'm {A:first} the the daughter of {B:full}",
    "you should have it on file under {A:full} or maybe just {A:last}",
    "honestly i don't remember if it was {A:first} or {B:first} who booked it",
    "the surgeon i think his name was {A:full} said six weeks no lifting",
    "hi good morning my name is {A:first} and i'm calling because my card got declined",
    "and the second one is for my brother {A:full} same address",
    "yeah my stepmom {A:first} she's the one on the insurance",
    "uh huh and you said your name was {A:first} right",
    "the last name is {A:last} {A:nato} and the rest like it sounds",
    "could i speak to {A:full} please she's the case manager",
    "so my dad's {OLD} and my mom's {young} and they both need the booster",
    "i'm the wife of {A:full} he had the knee done on friday",
    "sorry it's not {A:first} it's {B:first} people mix us up all the time",
    "this is {A:full} with the home health agency",
    "ok so the caller is {A:full} and she's asking about the bill for {B:full}",
    "mrs {A:last} said she would fax the form over this afternoon",
    "i'm looking after my great aunt {A:first} she just turned {OLD}",
    "my friend {WF} said you could help me with the forms",
    "you'll want to talk to {A:first} in records she handles that",
    "spell the first name for me sure {A:spell}",
    "yeah the name's {A:last} no sorry that's the surname the first name is {A:first}",
    "hello hello can you hear me it's {A:full} again the line keeps cutting out",
    "we had {A:full} as our doctor for years until she retired",
    "i'm calling about my grandfather he's {OLD} and his name is {A:full}",
    "uh my case number i don't have it but the name is {A:full}",
    "so {A:first} from your office called and left a voicemail",
    "the appointment was with doctor {A:last} and then {B:first} the nurse did the bloods",
    "no no it's my sister {A:first} who has the appointment i'm just the ride",
    "ok great and who am i speaking with {A:first} ok thanks {A:first}",
    "my son {WF} has the same allergy so can you check his chart too",
    "the account holder is mister {A:full} and i'm his carer",
    "who's my doctor again oh right doctor {A:full}",
    "yes ma'am {A:full} and my member id is on the card",
    "i think doctor {WS} moved to the other office didn't she",
    "her aunt {A:full} is the emergency contact",
    "my last name is {A:last} same as my mom's we live next to the school",
    "so um my name's {A:first} and uh my partner {B:first} is also a patient there",
    "i'm trying to reach {A:full} or whoever's covering for her",
    "{A:first} it's {A:full} sorry i'm on speaker",
    "the form says {A:full} but that's my old name i got married",
    "my father in law is {OLD} and he needs a home visit",
    "they transferred me to {A:first} and then the call dropped",
    "pickup will be by {A:full} she has my permission",
    "she's {OLD} and sharp as a tack honestly",
]

VOICE_NEGATIVES = [
    "i'll bill you for the difference is what they told me",
    "may i ask what the copay is for a specialist",
    "we usually meet by the rose garden near the east entrance",
    "can you mark the date in the calendar for me please",
    "will you be able to refill the lisinopril before friday",
    "to give you my frank opinion the new inhaler is worse than the old one",
    "i've got this pain in my back and it goes all the way down my leg",
    "we're in june already and the card still hasn't come",
    "the cardiology department told me to call the pharmacy first",
    "the doctor said to take the metformin with food twice a day",
    "is the nurse practitioner in today or just the physician assistant",
    "i'm eighty two and i still walk every morning",
    "my grandson is twenty and he wants to be added to the plan",
    "is there a grace period on the premium if i pay next week",
    "i'll be there at half past nine if the bus is on time",
    "can i ask the pharmacist on duty about the side effects",
    "the general practitioner's office never got the fax",
    "uh yeah so like i was saying the amoxicillin made me break out",
    "i hope so because i really can't afford another visit",
    "could you hold on a second i need to find my card",
    "mark my words this pharmacy is the slowest in town",
    "um so the the bill says three hundred and i already paid half",
    "my dad is sixty eight and my mom is sixty five",
    "it was a long winter and the joint pain got worse",
    "we'll see the doctor at five and then pick up the ibuprofen",
    "the walk in clinic said they don't take my insurance",
    "do you have the brand name or only the generic",
]

VOICE_HEADER = ("# names-voice-holdout6.tsv: generated by masker-domain/src/test/scripts/"
                "holdout6_corpus.py (seed {}) from Datafaker 2.7.0 name lists (Apache-2.0) and "
                "hand-written romanised names; voice turns, NAME and AGE labelled; held out, "
                "scored once. docs/evaluation-corpus.md.").format(VOICE_SEED)


class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last


def voice_person(pools, locales):
    loc = random.choice(locales)
    first_list, last_list = pools[loc]
    first = fold(random.choice(first_list)).lower()
    last = fold(random.choice(last_list)).lower()
    # speech-to-text writes apostrophes and hyphens in several ways
    if "'" in last:
        last = random.choice([last, last.replace("'", " "), last.replace("'", "")])
    if random.random() < 0.07 and loc not in HAND_NAMES:
        last = last + "-" + fold(random.choice(last_list)).lower()
    return Person(first, last)


def spell(word, hyphen=False):
    letters = [c for c in word if c.isalpha()]
    return ("-" if hyphen else " ").join(letters)


def lab(kind, text):
    return "[[{}|{}]]".format(kind, text)


def fill_voice(template, pools, locales):
    people = {}

    def person(key):
        if key not in people:
            people[key] = voice_person(pools, locales)
        return people[key]

    def sub(m):
        token = m.group(1)
        if token == "OLD":
            return lab("AGE", words(random.randint(90, 104), hyphen=random.random() < 0.2))
        if token == "young":
            return words(random.randint(18, 89))
        if token == "WF":
            return lab("NAME", random.choice(WORD_FIRST))
        if token == "WS":
            return lab("NAME", random.choice(WORD_SURNAME))
        key, part = token.split(":")
        p = person(key)
        if part == "full":
            return lab("NAME", p.first + " " + p.last)
        if part == "first":
            return lab("NAME", p.first)
        if part == "last":
            return lab("NAME", p.last)
        if part == "spell":
            return lab("NAME", spell(p.last))
        if part == "nato":
            c = fold(p.last)[0]
            return c + " like " + NATO.get(c, c)
        if part == "spellh":
            return lab("NAME", spell(p.last, hyphen=True))
        raise ValueError(token)

    text = re.sub(r"\{([A-Za-z]+(?::[a-z]+)?)\}", sub, template)
    # a name repeated in a template ("{A:first} ... {A:first}") is labelled each time
    return text


def voice_lines(pools):
    random.seed(VOICE_SEED)
    locales = sorted(pools)
    lines = [fill_voice(t, pools, locales) for t in VOICE_TEMPLATES]
    lines += VOICE_NEGATIVES
    random.shuffle(lines)
    return [VOICE_HEADER] + ["nv6-{:03d}\t{}".format(i + 1, l) for i, l in enumerate(lines)]


# ================================================================ WRITTEN

def rnd_digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def letters(n):
    return "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


class Place:
    """One address of a country: labelled parts and the country's usual one-line order."""

    def __init__(self, country, addr, zipc, city, order, state=None):
        self.country, self.addr, self.zip, self.city = country, addr, zipc, city
        self.order, self.state = order, state

    def a(self):
        return lab("ADDRESS", self.addr)

    def z(self):
        return lab("ZIP", self.zip)

    def c(self):
        return lab("LOCATION", self.city)

    def line(self, sep=", "):
        parts = {"A": self.a(), "Z": self.z(), "C": self.c(), "S": self.state or ""}
        text = self.order
        for k, v in parts.items():
            text = text.replace("{" + k + "}", v)
        return text.replace("{,}", sep)


HAND = {
    "de_city": "Bielefeld Göttingen Heilbronn Würzburg Regensburg Oldenburg Paderborn Ulm "
               "Erlangen Kassel Koblenz Schwerin Lüneburg Bamberg".split(),
    "ch_city": "Winterthur Luzern Biel Thun Schaffhausen Chur Frauenfeld Aarau Zug Baden".split(),
    "ch_street": "Bahnhofstrasse Seestrasse Dorfstrasse Kirchweg Rosenweg Lindenstrasse "
                 "Gartenstrasse Bergstrasse".split(),
    "es_city": "Valladolid Zaragoza Logroño Pamplona Cáceres Salamanca Teruel Murcia Girona "
               "Lugo Huesca Córdoba".split(),
    "be_city": "Leuven Namur Mechelen Hasselt Liège Kortrijk Mons Brugge Aalst".split(),
    "nl_city": "Zwolle Amersfoort Leeuwarden Haarlem Deventer Tilburg Nijmegen Assen "
               "Dordrecht".split(),
    "nl_street_root": "Kastanje Linden Molen Kerk Vijver Berken Akker Duinroos Zonnebloem "
                      "Hoog".split(),
    "pl_street": "Kwiatowa Polna Leśna Słoneczna Krótka Szkolna Ogrodowa Lipowa Brzozowa "
                 "Ogrodników Łąkowa Piaskowa".split(),
    "cz_street": "Nádražní Školní Luční Lipová Zahradní Husova Palackého Sokolská "
                 "Jiráskova".split(),
    "hu_city": "Debrecen Szeged Pécs Győr Kecskemét Eger Sopron Miskolc Veszprém "
               "Szombathely".split(),
    "fi_root": "Koivu Mänty Rauha Kallio Puisto Järvi Kuusi Ranta Myllyn Tähti".split(),
    "fi_city": "Tampere Jyväskylä Kuopio Lahti Oulu Joensuu Vaasa Rovaniemi Porvoo".split(),
    "dk_city": "Aarhus Odense Aalborg Esbjerg Vejle Roskilde Horsens Kolding".split(),
    "tr_street": "Atatürk Cumhuriyet İstiklal Gazi Mimar Sinan Lale Zambak Çınar".split(),
    "gr_street": "Ermou Aiolou Kifisias Vasilissis Sofias Tsimiski Egnatias Patision "
                 "Solonos".split(),
    "gr_city": "Patra Larisa Volos Ioannina Chania Kalamata Kavala Serres Trikala".split(),
    "ro_street": "Mihai Eminescu Florilor Libertății Trandafirilor Unirii Zorilor "
                 "Primăverii".split(),
    "ro_city": "Cluj-Napoca Iași Timișoara Brașov Sibiu Oradea Constanța Craiova "
               "Suceava".split(),
    "jp_area": "Kitamachi Minamisuna Honcho Sakuragaoka Midoricho Higashiyama Nishikicho "
               "Asahimachi".split(),
    "jp_city": "Sapporo Sendai Kanazawa Matsumoto Kobe Okayama Kumamoto Niigata Hakodate "
               "Takamatsu".split(),
    "kr_street": "Sejong-daero Teheran-ro Jungang-ro Hanbat-daero Gwangbok-ro Suseong-ro "
                 "Dongseong-ro".split(),
    "kr_city": "Daejeon Gwangju Suwon Jeonju Cheongju Ulsan Pohang Changwon".split(),
    "cn_street": "Jianguo Zhongshan Renmin Jiefang Heping Xinhua Wenhua Chaoyang".split(),
    "cn_city": "Chengdu Hangzhou Kunming Xiamen Suzhou Qingdao Hefei Nanning Lanzhou".split(),
    "vn_street": "Lê Lợi|Nguyễn Huệ|Trần Hưng Đạo|Hai Bà Trưng|Lý Thường Kiệt|Phan Chu "
                 "Trinh".split("|"),
    "vn_city": "Đà Nẵng|Huế|Cần Thơ|Hải Phòng|Nha Trang|Vũng Tàu|Quy Nhơn".split("|"),
    "in_street": "Station Road|MG Road|Temple Street|Nehru Nagar Main Road|Church Street|"
                 "Lake View Road|Gandhi Bazaar Road".split("|"),
    "ng_street": "Adeola Odeku Street|Awolowo Road|Ogunlana Drive|Bode Thomas Street|"
                 "Allen Avenue|Herbert Macaulay Way".split("|"),
    "ng_city": "Ibadan Enugu Abeokuta Kaduna Jos Ilorin Owerri Calabar".split(),
    "ke_street": "Ngong Road|Moi Avenue|Kenyatta Avenue|Oginga Odinga Street|Muthaiga Road|"
                 "Lenana Road".split("|"),
    "ke_city": "Kisumu Nakuru Eldoret Thika Malindi Nyeri Machakos".split(),
    "za_street": "Jan Smuts Avenue|Long Street|Voortrekker Road|Church Street|Oxford Road|"
                 "Main Road".split("|"),
    "za_city": "Durban Bloemfontein Gqeberha Polokwane Stellenbosch Pietermaritzburg "
               "Kimberley".split(),
    "gb_street": "Marlowe Road|Chapel Lane|Victoria Street|Elm Grove|Kingsway|Mill Lane|"
                 "Beechwood Avenue|St Mary's Road|Queens Crescent".split("|"),
    "gb_city": "Leeds|Norwich|Exeter|Sheffield|Swansea|Aberdeen|Carlisle|Lancaster|"
               "Kidderminster|Stoke-on-Trent".split("|"),
    "ca_street": "Queen St W|Rue Sainte-Catherine|Jasper Avenue|Portage Ave|Barrington Street|"
                 "Yonge Street".split("|"),
    "ca_city": "Ottawa|Winnipeg|Halifax|Edmonton|Kelowna|Sherbrooke|Moncton|Saskatoon".split("|"),
    "ca_prov": "ON MB NS AB BC QC NB SK".split(),
    "us_street": "Maple Ave|Birch Hollow Rd|Pine Street|Cedar Ln|Oak Ridge Dr|Lakeview Blvd|"
                 "Willow Ct|Sycamore Way|Harbor View Dr".split("|"),
    "us_city": "Fresno|Boise|Spokane|Tulsa|Dayton|Macon|Des Moines|Albany|Eugene|"
               "Chattanooga".split("|"),
    "us_state": "CA ID WA OK OH GA IA NY OR TN".split(),
    "mx_street": "Av. Insurgentes Sur|Calle Durango|Av. Juárez|Calle Morelos|Calz. de Tlalpan|"
                 "Av. Hidalgo".split("|"),
    "mx_col": "Roma Norte|Del Valle|Narvarte|Condesa|Coyoacán|Santa María la Ribera".split("|"),
    "mx_city": "Puebla|Querétaro|Morelia|Mérida|Oaxaca de Juárez|Guadalajara|León".split("|"),
    "br_street": "Rua das Flores|Avenida Brasil|Rua São Bento|Rua Augusta|Avenida Sete de "
                 "Setembro|Rua Pedro Álvares Cabral".split("|"),
    "br_city": "Curitiba|Belo Horizonte|Recife|Campinas|Florianópolis|Natal|Goiânia".split("|"),
    "br_bairro": "Savassi|Boa Viagem|Batel|Pinheiros|Trindade".split("|"),
    "ar_street": "Av. Corrientes|Calle Florida|Av. Santa Fe|Calle Tucumán|Av. Rivadavia|"
                 "Calle Defensa".split("|"),
    "ar_city": "Rosario|Córdoba|Mendoza|La Plata|Salta|Mar del Plata".split("|"),
    "id_street": "Jl. Merdeka|Jl. Diponegoro|Jl. Sudirman|Jl. Gajah Mada|Jl. Kenanga|"
                 "Jl. Pahlawan".split("|"),
    "ie_street": "Ardee Road|Griffith Avenue|Strand Road|Castle Street|Mary Street|"
                 "Ballymun Road".split("|"),
    "au_street": "Lygon Street|Brunswick Road|Hope Street|Ocean Parade|Sturt Street".split("|"),
    "au_city": "Ballarat|Geelong|Wollongong|Toowoomba|Bendigo|Launceston".split("|"),
    "ee_street": "Tamme tee|Pärna põik|Kase tn|Mere pst|Vabriku tn|Tööstuse tn".split("|"),
    "lv_street": "Brīvības iela|Ganību dambis|Lāčplēša iela|Stacijas iela|Meža iela".split("|"),
    "lv_city": "Jelgava|Liepāja|Valmiera|Ventspils|Rēzekne|Cēsis".split("|"),
    "pt_city_hand": "Braga|Coimbra|Évora|Viseu|Setúbal|Aveiro|Faro".split("|"),
    "it_city": "Bergamo|Perugia|Lecce|Trento|Parma|Cagliari|Siena|Udine|Pescara".split("|"),
    "it_street_name": "Garibaldi|Mazzini|dei Mille|Roma|della Repubblica|Cavour|San "
                      "Francesco|delle Rose".split("|"),
    "fr_city_small": "Quimper|Valence|Annecy|Périgueux|Colmar|Niort|Arras|Vannes".split("|"),
    "se_city": "Västerås|Umeå|Linköping|Jönköping|Sundsvall|Karlstad|Växjö|Gävle".split("|"),
    "no_city": "Drammen|Tromsø|Kristiansand|Ålesund|Bodø|Hamar|Lillehammer".split("|"),
}


def pick(xs):
    return random.choice(xs)


def build_countries(folder):
    df = {loc: yml_lists(folder, loc) for loc in
          ["de", "de-AT", "fr", "es", "pt", "it", "nl", "pl", "sv", "nb-NO", "da-DK", "hu",
           "cs-CZ", "sk", "hr", "et", "tr", "id-ID", "en-IE", "lv"]}
    de_streets = [s for s in df["de"]["street_root"] if re.fullmatch(r"[\wäöüÄÖÜß.\- ]+", s)]
    at_streets = [s for s in df["de-AT"]["street_root"] if "(" not in s and len(s) > 5]
    at_cities = [c for c in df["de-AT"]["city_name"] if "(" not in c]
    fr_cities = clean(df["fr"]["city_name"])
    pt_cities = clean(df["pt"]["city_name"])
    pl_cities = clean(df["pl"]["city_name"])
    cz_cities = clean(df["cs-CZ"]["city_name"])
    sk_cities = [c for c in clean(df["sk"]["city_name"]) if not re.search(r" [IVX]+$", c)]
    sk_streets = clean(df["sk"]["street"])
    hr_streets = clean(df["hr"]["street_root"])
    hr_cities = clean(df["hr"]["city_name"])
    et_cities = clean(df["et"]["city_name"])
    tr_cities = clean(df["tr"]["city_name"])
    id_cities = [c for c in clean(df["id-ID"]["city_name"]) if len(c.split()) <= 2]
    hu_roots = [s for s in df["hu"]["street_root"] if len(s) < 25]
    ie_cities = df["en-IE"]["city"]
    es_last = clean(df["es"]["last_name"])
    pt_first, pt_last = clean(df["pt"]["first_name"]), clean(yml_lists(folder, "pt-BR")["last_name"])
    sv_root, sv_suf = df["sv"]["street_root"], df["sv"]["street_suffix"]
    nb_root, nb_suf = df["nb-NO"]["street_root"], df["nb-NO"]["street_suffix"]
    dk_root, dk_suf = df["da-DK"]["street_root"], df["da-DK"]["street_suffix"]
    nb_city_root, nb_city_suf = df["nb-NO"]["city_root"], df["nb-NO"]["city_suffix"]
    sv_city_pre, sv_city_suf = df["sv"]["city_prefix"][:4], df["sv"]["city_suffix"]
    de_city_pre, de_city_suf = df["de"]["city_prefix"], df["de"]["city_suffix"]
    n = lambda lo, hi: str(random.randint(lo, hi))  # noqa: E731

    def de():
        city = pick(HAND["de_city"] + [pick(de_city_pre) + pick(de_city_suf).lower()
                                       + pick(["", "", "er Höhe"]).strip() or "Neustadt"])
        street = pick(de_streets)
        addr = street + " " + n(1, 180) + pick(["", "", "a", "b"])
        if random.random() < 0.3:
            addr += pick([", 2. OG", ", Whg. " + n(1, 20), ", Hinterhaus", " / App. " + n(1, 40)])
        return Place("Germany", addr, rnd_digits(5).replace("0", "1", 1), city, "{A}{,}{Z} {C}")

    def at():
        addr = pick(at_streets) + " " + n(1, 90) + pick(["", "/" + n(1, 9) + "/" + n(1, 30)])
        return Place("Austria", addr, n(1010, 9999), pick(at_cities), "{A}{,}{Z} {C}")

    def ch():
        addr = pick(HAND["ch_street"]) + " " + n(1, 120)
        return Place("Switzerland", addr, n(1000, 9658), pick(HAND["ch_city"]), "{A}{,}{Z} {C}")

    def fr():
        pre = pick(df["fr"]["street_prefix"])
        suf = pick(df["fr"]["street_suffix"])
        addr = n(1, 140) + pick(["", "", " bis", " ter"]) + " " + pre.lower() + " " + suf
        if random.random() < 0.25:
            addr = pick(["Bât. " + letters(1) + ", ", "Appt " + n(2, 60) + ", "]) + addr
        return Place("France", addr, rnd_digits(5).replace("0", "3", 1),
                     pick(fr_cities + HAND["fr_city_small"]), "{A}{,}{Z} {C}")

    def be():
        if random.random() < 0.5:
            addr = pick(df["fr"]["street_prefix"][:3]) + " " + pick(df["fr"]["street_suffix"]) \
                + " " + n(1, 200)
        else:
            addr = pick(HAND["nl_street_root"]) + pick(["straat", "laan", "dreef"]) + " " \
                + n(1, 200) + pick(["", " bus " + n(1, 12)])
        return Place("Belgium", addr, n(1000, 9992), pick(HAND["be_city"]), "{A}{,}{Z} {C}")

    def nl():
        addr = pick(HAND["nl_street_root"]) + pick(df["nl"]["street_suffix"][:3]) + " " \
            + n(1, 300) + pick(["", "", "-" + n(1, 3), " A", "bis"])
        zipc = n(1000, 9999) + pick([" ", ""]) + letters(2)
        return Place("Netherlands", addr, zipc, pick(HAND["nl_city"]), "{A}{,}{Z} {C}")

    def es():
        kind = pick(["Calle", "C/", "Avda.", "Avenida", "Paseo", "Plaza"])
        addr = kind + " " + pick(["", "de ", "del "]) + pick(es_last) + " " + n(1, 150)
        if random.random() < 0.5:
            addr += pick([", " + n(1, 9) + "º " + letters(1), ", " + n(1, 9) + "º "
                          + pick(["Izda.", "Dcha."]), ", bajo", ", esc. " + n(1, 3)])
        return Place("Spain", addr, "{:02d}{}".format(random.randint(1, 52), rnd_digits(3)),
                     pick(HAND["es_city"]), "{A}{,}{Z} {C}")

    def pt():
        addr = pick(["Rua", "Avenida", "Travessa", "Largo"]) + " " + pick(pt_first) + " " \
            + pick(pt_last) + pick([", ", " "]) + n(1, 2000)
        if random.random() < 0.4:
            addr += pick([", " + n(1, 8) + "º Esq.", ", " + n(1, 8) + "º Dto.", ", r/c"])
        return Place("Portugal", addr, n(1000, 9999) + "-" + rnd_digits(3),
                     pick(pt_cities + HAND["pt_city_hand"]), "{A}{,}{Z} {C}")

    def it():
        addr = pick(["Via", "Viale", "Piazza", "Corso", "Vicolo"]) + " " \
            + pick(HAND["it_street_name"]) + pick([", ", " "]) + n(1, 200)
        if random.random() < 0.3:
            addr += pick([", scala " + letters(1) + ", int. " + n(1, 20), ", piano " + n(1, 6)])
        return Place("Italy", addr, rnd_digits(5).replace("0", "2", 1), pick(HAND["it_city"]),
                     "{A}{,}{Z} {C}")

    def pl():
        addr = pick(["ul. ", "ul. ", "al. ", ""]) + pick(HAND["pl_street"]) + " " + n(1, 120) \
            + pick(["", "/" + n(1, 60), " m. " + n(1, 40), " lok. " + n(1, 9)])
        return Place("Poland", addr, "{:02d}-{}".format(random.randint(0, 99), rnd_digits(3)),
                     pick(pl_cities), "{A}{,}{Z} {C}")

    def cz():
        addr = pick(HAND["cz_street"]) + " " + n(100, 3000) + "/" + n(1, 60)
        zipc = n(100, 799) + " " + rnd_digits(2)
        return Place("Czech Republic", addr, zipc, pick(cz_cities), "{A}{,}{Z} {C}")

    def sk():
        addr = pick(sk_streets) + " " + n(1, 90)
        zipc = n(800, 999) + " " + rnd_digits(2)
        return Place("Slovakia", addr, zipc, pick(sk_cities), "{A}{,}{Z} {C}")

    def hu():
        addr = pick(hu_roots) + " " + pick(["utca", "út", "tér", "köz"]) + " " + n(1, 90) + "." \
            + pick(["", " " + n(1, 9) + ". em. " + n(1, 12) + ".", " fszt. " + n(1, 4) + "."])
        return Place("Hungary", addr, n(1000, 9999), pick(HAND["hu_city"]), "{C}{,}{A}{,}{Z}")

    def se():
        addr = pick(sv_root) + pick(sv_suf) + " " + n(1, 80) + pick(["", "", " lgh " + n(1001, 1605),
                                                                      letters(1)])
        city = pick(HAND["se_city"] + [pick(sv_city_pre) + pick(sv_city_suf)])
        return Place("Sweden", addr, n(100, 984) + " " + rnd_digits(2), city, "{A}{,}{Z} {C}")

    def no():
        addr = pick(nb_root) + pick(nb_suf) + " " + n(1, 70) + pick(["", letters(1), " H0" + n(101, 504)])
        city = pick(HAND["no_city"] + [pick(nb_city_root) + pick(nb_city_suf)])
        return Place("Norway", addr, "{:04d}".format(random.randint(1, 9991)), city, "{A}{,}{Z} {C}")

    def dk():
        addr = pick(dk_root) + pick(dk_suf) + " " + n(1, 140) + pick(["", ", " + n(1, 5) + ". tv.",
                                                                      ", st. th.", ", " + n(1, 4) + ". mf."])
        return Place("Denmark", addr, n(1000, 9990), pick(HAND["dk_city"]), "{A}{,}{Z} {C}")

    def fi():
        addr = pick(HAND["fi_root"]) + pick(["katu", "tie", "kuja", "polku"]) + " " + n(1, 60) \
            + pick(["", " " + letters(1) + " " + n(1, 40), " as. " + n(1, 30)])
        return Place("Finland", addr, "{:05d}".format(random.randint(100, 99999)),
                     pick(HAND["fi_city"]), "{A}{,}{Z} {C}")

    def tr():
        addr = pick(HAND["tr_street"]) + " " + pick(["Cad.", "Caddesi", "Sok.", "Sokak"]) \
            + " No: " + n(1, 200) + pick(["", " D: " + n(1, 20), " Daire " + n(1, 20)])
        return Place("Turkey", addr, n(1, 81).zfill(2) + rnd_digits(3), pick(tr_cities),
                     "{A}{,}{Z} {C}")

    def gr():
        addr = pick(HAND["gr_street"]) + " " + n(1, 220)
        return Place("Greece", addr, n(100, 851) + " " + rnd_digits(2), pick(HAND["gr_city"]),
                     "{A}{,}{Z} {C}")

    def ro():
        addr = "Str. " + pick(HAND["ro_street"]) + " nr. " + n(1, 150) \
            + pick(["", ", bl. " + letters(1) + n(1, 9) + ", ap. " + n(1, 80), ", et. " + n(1, 10)])
        return Place("Romania", addr, rnd_digits(6).replace("0", "4", 1), pick(HAND["ro_city"]),
                     "{A}{,}{C} {Z}")

    def hr():
        addr = pick(hr_streets) + " " + n(1, 120)
        return Place("Croatia", addr, n(10000, 53296), pick(hr_cities), "{A}{,}{Z} {C}")

    def ee():
        addr = pick(HAND["ee_street"]) + " " + n(1, 90) + pick(["", "-" + n(1, 60)])
        return Place("Estonia", addr, n(10001, 94999), pick(et_cities), "{A}{,}{C}{,}{Z}")

    def lv():
        addr = pick(HAND["lv_street"]) + " " + n(1, 150) + pick(["", " - " + n(1, 50), "k-" + n(1, 4)])
        return Place("Latvia", addr, "LV-" + n(1001, 5799), pick(HAND["lv_city"]), "{A}{,}{C}{,}{Z}")

    def jp():
        addr = "{}-{}-{} {}".format(n(1, 9), n(1, 30), n(1, 20), pick(HAND["jp_area"])) \
            + pick(["", ", Apt " + n(101, 1208), " Room " + n(201, 905)])
        return Place("Japan", addr, n(100, 999) + "-" + rnd_digits(4), pick(HAND["jp_city"]),
                     "{A}{,}{C} {Z}")

    def kr():
        addr = n(1, 400) + " " + pick(HAND["kr_street"]) + pick(["", ", Unit " + n(101, 2304)])
        return Place("South Korea", addr, n(10000, 63644), pick(HAND["kr_city"]), "{A}{,}{C} {Z}")

    def cn():
        addr = pick(["No. {} {} Road".format(n(1, 400), pick(HAND["cn_street"])),
                     "{} Lu {} Hao".format(pick(HAND["cn_street"]), n(1, 400)),
                     "Room {}, No. {} {} Street".format(n(101, 2808), n(1, 300),
                                                         pick(HAND["cn_street"]))])
        return Place("China", addr, n(100000, 850000), pick(HAND["cn_city"]), "{A}{,}{C} {Z}")

    def vn():
        addr = n(1, 400) + pick(["", "/" + n(1, 30)]) + " " + pick(["", "Đường "]) \
            + pick(HAND["vn_street"])
        return Place("Vietnam", addr, n(100000, 900000), pick(HAND["vn_city"]), "{A}{,}{C} {Z}")

    def inn():
        addr = pick(["Flat " + n(101, 904) + ", ", "H.No. " + n(1, 40) + "-" + n(1, 300) + ", ",
                     "#" + n(1, 120) + ", ", ""]) + n(1, 200) + " " + pick(HAND["in_street"])
        zipc = pick([n(110001, 855999), n(110, 855) + " " + rnd_digits(3)])
        return Place("India", addr, zipc, pick(df_en_in_cities), "{A}{,}{C} {Z}")

    def ng():
        addr = n(1, 80) + " " + pick(HAND["ng_street"])
        return Place("Nigeria", addr, n(100001, 982002), pick(HAND["ng_city"]), "{A}{,}{C} {Z}")

    def ke():
        if random.random() < 0.5:
            addr = "P.O. Box " + n(100, 90000)
        else:
            addr = pick(["Plot " + n(1, 400) + ", ", "House No. " + n(1, 90) + ", "]) \
                + pick(HAND["ke_street"])
        return Place("Kenya", addr, "{:05d}".format(random.randint(100, 90100)),
                     pick(HAND["ke_city"]), "{A}{,}{C} {Z}")

    def za():
        addr = n(1, 300) + " " + pick(HAND["za_street"]) + pick(["", ", Unit " + n(1, 40)])
        return Place("South Africa", addr, "{:04d}".format(random.randint(1, 9999)),
                     pick(HAND["za_city"]), "{A}{,}{C}{,}{Z}")

    def ie():
        addr = pick(["", "Apt " + n(1, 40) + ", "]) + n(1, 200) + " " + pick(HAND["ie_street"])
        zipc = pick("ADFHKNPRTVWXY") + n(10, 99) + " " + letters(1) + n(1, 9) + letters(1) + n(1, 9)
        return Place("Ireland", addr, zipc, pick(ie_cities), "{A}{,}{C}{,}{Z}")

    def gb():
        addr = pick(["", "Flat " + n(1, 30) + ", ", "Flat " + letters(1) + ", "]) + n(1, 240) + " " \
            + pick(HAND["gb_street"])
        zipc = letters(pick([1, 2])) + n(1, 29) + " " + n(1, 9) + letters(2)
        return Place("United Kingdom", addr, zipc, pick(HAND["gb_city"]), "{A}{,}{C}{,}{Z}")

    def ca():
        i = random.randrange(len(HAND["ca_city"]))
        addr = pick(["", "Unit " + n(101, 2400) + ", ", n(1, 40) + "-"]) + n(10, 9900) + " " \
            + pick(HAND["ca_street"])
        zipc = "{}{}{} {}{}{}".format(letters(1), n(0, 9), letters(1), n(0, 9), letters(1), n(0, 9))
        return Place("Canada", addr, zipc, HAND["ca_city"][i], "{A}{,}{C} {S}  {Z}",
                     HAND["ca_prov"][i])

    def us():
        i = random.randrange(len(HAND["us_city"]))
        addr = n(10, 9899) + " " + pick(HAND["us_street"]) \
            + pick(["", "", " Apt " + n(1, 9) + letters(1), " Suite " + n(100, 900), " #" + n(1, 40)])
        if random.random() < 0.1:
            addr = "PO Box " + n(100, 9999)
        zipc = rnd_digits(5).replace("0", "9", 1) + pick(["", "", "-" + rnd_digits(4)])
        return Place("USA", addr, zipc, HAND["us_city"][i], "{A}{,}{C}, {S} {Z}",
                     HAND["us_state"][i])

    def mx():
        addr = pick(HAND["mx_street"]) + " " + n(1, 3000) + pick(["", ", Int. " + n(1, 40),
                                                                   " Depto. " + n(101, 804)])
        col = pick(HAND["mx_col"])
        return Place("Mexico", addr, n(10, 99).zfill(2) + rnd_digits(3), pick(HAND["mx_city"]),
                     "{A}{,}Col. " + lab("LOCATION", col) + "{,}{Z} {C}")

    def br():
        addr = pick(HAND["br_street"]) + ", " + n(1, 3000) + pick(["", ", apto " + n(11, 1804),
                                                                   ", casa " + n(1, 9)])
        return Place("Brazil", addr, n(10000, 99999) + "-" + rnd_digits(3), pick(HAND["br_city"]),
                     "{A}{,}" + lab("LOCATION", pick(HAND["br_bairro"])) + "{,}{C}{,}CEP {Z}")

    def ar():
        addr = pick(HAND["ar_street"]) + " " + n(100, 5000) + pick(["", ", " + n(1, 12) + "° "
                                                                    + letters(1)])
        zipc = letters(1) + n(1000, 9999) + letters(3)
        return Place("Argentina", addr, zipc, pick(HAND["ar_city"]), "{A}{,}{Z} {C}")

    def idn():
        addr = pick(HAND["id_street"]) + " No. " + n(1, 200) + pick(["", ", RT " + n(1, 9).zfill(3)
                                                                     + "/RW " + n(1, 9).zfill(3)])
        return Place("Indonesia", addr, n(10110, 99999), pick(id_cities), "{A}{,}{C} {Z}")

    def au():
        addr = pick(["", "Unit " + n(1, 30) + ", ", n(1, 20) + "/"]) + n(1, 300) + " " \
            + pick(HAND["au_street"])
        return Place("Australia", addr, n(2000, 7999), pick(HAND["au_city"]),
                     "{A}{,}{C} " + pick(["VIC", "NSW", "QLD", "TAS"]) + " {Z}")

    df_en_in_cities = clean(yml_lists(folder, "en-IN")["city"])
    return [de, at, ch, fr, be, nl, es, pt, it, pl, cz, sk, hu, se, no, dk, fi, tr, gr, ro, hr,
            ee, lv, jp, kr, cn, vn, inn, ng, ke, za, ie, gb, ca, us, mx, br, ar, idn, au]


def fictional_phone():
    """Numbers from ranges set aside for fiction, in national and international formats."""
    k = random.randrange(9)
    x2, x3, x4 = "{:02d}".format(random.randint(0, 99)), "{:03d}".format(random.randint(0, 999)), \
        "{:02d}".format(random.randint(0, 99))
    if k == 0:
        return "({}) 555-01{}".format(pick(["415", "212", "503", "614", "208"]), x2)
    if k == 1:
        return "+1 {} 555 01{}".format(pick(["604", "416", "780", "902"]), x2)
    if k == 2:
        return "{}.555.01{}".format(pick(["312", "404", "918"]), x2)
    if k == 3:
        return "07700 900" + x3
    if k == 4:
        return "+44 (0)20 7946 0" + x3[:3]
    if k == 5:
        return "0113 496 0" + x3
    if k == 6:
        return "0491 570 " + x3
    if k == 7:
        return "+61 491 570 " + x3
    return pick(["01 99 00 {} {}".format(x2, x4), "+33 1 99 00 {} {}".format(x2, x4)])


WRITTEN_HEADER = ("# places-written-holdout6.tsv: generated by masker-domain/src/test/scripts/"
                  "holdout6_corpus.py (seed {}) from Datafaker 2.7.0 locale data (Apache-2.0) "
                  "and hand-written town and street words; every value is invented; held out, "
                  "scored once. docs/evaluation-corpus.md.").format(WRITTEN_SEED)


def person_written(pools):
    loc = pick(sorted(pools))
    f, l = pools[loc]
    first, last = pick(f), pick(l)
    if loc in HAND_NAMES:
        first = first.capitalize()
        last = " ".join(w if w in ("mac", "ni", "an") else
                        "-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in last.split())
        last = re.sub(r"O'(\w)", lambda m: "O'" + m.group(1).upper(), last.replace("o'", "O'"))
        last = last.replace("mac ", "Mac ").replace("ni ", "Ní ").replace(" an ", " an ")
    return first, last


ISO = {"Germany": "DE", "Austria": "AT", "Switzerland": "CH", "France": "FR", "Belgium": "BE",
       "Netherlands": "NL", "Spain": "ES", "Portugal": "PT", "Italy": "IT", "Poland": "PL",
       "Czech Republic": "CZ", "Slovakia": "SK", "Hungary": "HU", "Sweden": "SE", "Norway": "NO",
       "Denmark": "DK", "Finland": "FI", "Turkey": "TR", "Greece": "GR", "Romania": "RO",
       "Croatia": "HR", "Estonia": "EE", "Latvia": "LV", "Japan": "JP", "South Korea": "KR",
       "China": "CN", "Vietnam": "VN", "India": "IN", "Nigeria": "NG", "Kenya": "KE",
       "South Africa": "ZA", "Ireland": "IE", "United Kingdom": "GB", "Canada": "CA", "USA": "US",
       "Mexico": "MX", "Brazil": "BR", "Argentina": "AR", "Indonesia": "ID", "Australia": "AU"}


# Each written template is a function of (place P, second place Q, person names) -> text.
def written_templates(pools):
    N = lambda: lab("NAME", " ".join(person_written(pools)))  # noqa: E731

    def NL():  # "Surname, First"
        f, l = person_written(pools)
        return lab("NAME", l + ", " + f)

    def NI():  # with a middle initial
        f, l = person_written(pools)
        return lab("NAME", "{} {}. {}".format(f, letters(1), l))

    ph = lambda: lab("PHONE", fictional_phone())  # noqa: E731
    fx = lambda: lab("FAX", fictional_phone())  # noqa: E731
    return [
        lambda P, Q: "Ship to: " + N() + LS + P.a() + LS + P.z() + " " + P.c() + LS + P.country.upper(),
        lambda P, Q: "Patient address: " + P.line() + ", " + P.country + ".",
        lambda P, Q: '{"street": "' + P.a() + '", "postal_code": "' + P.z() + '", "city": "' + P.c()
        + '", "country": "' + P.country + '"}',
        lambda P, Q: "addr=" + P.a().replace(" ", " ") + "; zip=" + P.z() + "; town=" + P.c(),
        lambda P, Q: "Dear colleague, I am referring " + N() + ", who lives at " + P.a() + " in "
        + P.c() + ", for a review of her hearing aids.",
        lambda P, Q: "Moved from " + P.c() + " to " + Q.c() + " in the spring; new GP not yet registered.",
        lambda P, Q: "Contact: " + N() + " | tel. " + ph() + " | " + P.line(),
        lambda P, Q: "Rechnungsanschrift: " + P.a() + ", " + P.z() + " " + P.c(),
        lambda P, Q: "Return address (if undeliverable): " + P.line(" ") + " - " + P.country,
        lambda P, Q: "id;name;street;postcode;city" + LS + "{};{};{};{};{}".format(
            random.randint(1000, 9999), N(), P.a(), P.z(), P.c()),
        lambda P, Q: "The family relocated to " + P.c() + " after the flood and now rent a flat at "
        + P.a() + ".",
        lambda P, Q: "Home visit booked; address on file is " + P.line() + ". Ring the bell twice.",
        lambda P, Q: "From: " + N() + LS + "Sent: Monday" + LS + "Hi, my postcode changed to " + P.z()
        + ", the rest stays the same. Thanks!",
        lambda P, Q: "Emergency contact " + N() + " (sister), mobile " + ph() + ", lives in " + P.c() + ".",
        lambda P, Q: "tool_result: {\"matches\": [{\"addr\": \"" + P.a() + "\", \"zip\": \"" + P.z()
        + "\"}], \"count\": 1}",
        lambda P, Q: "Delivery failed - nobody home at " + P.a() + ". Parcel held at the depot in "
        + Q.c() + ".",
        lambda P, Q: P.c() + ", " + pick(["Monday", "Tuesday", "Friday"]) + LS + "Dear "
        + N() + "," + LS + "thank you for your letter.",
        lambda P, Q: "Born and raised in " + P.c() + "; studied in " + Q.c() + "; works from home.",
        lambda P, Q: "Office: " + ph() + " / Fax: " + fx() + LS + P.line(),
        lambda P, Q: "Kindly send the reports to our branch at " + P.a() + ", " + P.z() + " " + P.c() + ".",
        lambda P, Q: "Ref. letter signed by Dr " + N() + ", " + P.c() + " practice, copy to patient.",
        lambda P, Q: "| " + NL() + " | " + P.a() + " | " + P.z() + " | " + P.c() + " |",
        lambda P, Q: "postcode " + P.z() + " is outside our delivery area, sorry",
        lambda P, Q: "The ambulance was sent to " + P.a() + " instead of " + Q.a() + " (same street name, other town).",
        lambda P, Q: "Adres: " + P.a() + LS + P.z() + " " + P.c(),
        lambda P, Q: "Caller said she is staying with her son near " + P.c() + " until the cast comes off.",
        lambda P, Q: "Recipient " + NI() + ", " + P.a() + ", " + P.c() + " " + P.z() + ", tel " + ph(),
        lambda P, Q: "Billing: " + P.line() + " | Shipping: same as billing",
        lambda P, Q: "Insurer letter returned: unknown at " + P.a() + ". New address requested.",
        lambda P, Q: "city=" + P.c() + "&zip=" + P.z() + "&street=" + P.a(),
        lambda P, Q: "Grew up in " + P.c() + ", " + P.country + "; has lived in " + Q.c() + " since 2011.",
        lambda P, Q: "Please update: old " + P.z() + " → new " + Q.z() + " (we moved across town).",
        lambda P, Q: "Visit note: pt lives alone, ground floor, " + P.a() + ". Daughter " + N()
        + " visits weekly.",
        lambda P, Q: "- " + N() + ", " + P.c() + LS + "- " + N() + ", " + Q.c(),
        lambda P, Q: "Lieferadresse / delivery address:" + LS + N() + LS + P.a() + LS + P.z() + " "
        + P.c(),
        lambda P, Q: "Questionnaire: Where do you live? " + P.c() + ". How long? Six years.",
        lambda P, Q: "{\"patient\": {\"name\": \"" + N() + "\", \"address\": {\"line1\": \"" + P.a()
        + "\", \"city\": \"" + P.c() + "\", \"zip\": \"" + P.z() + "\"}}}",
        lambda P, Q: "Call back on " + ph() + " after six, or write to " + P.line() + ".",
        lambda P, Q: "The clinic in " + P.c() + " has closed; patients go to " + Q.c() + " now.",
        lambda P, Q: "<address><street>" + P.a() + "</street><postcode>" + P.z()
        + "</postcode><city>" + P.c() + "</city></address>",
        lambda P, Q: "street: " + P.a() + LS + "postcode: " + P.z() + LS + "city: " + P.c()
        + LS + "country: " + P.country,
        lambda P, Q: "PID|1||||||||||" + P.a() + "^^" + P.c() + "^^" + P.z() + "^" + ISO.get(P.country, "XX"),
        lambda P, Q: "Agent: Where should we send the replacement card?" + LS + "Customer: "
        + P.a() + ", " + P.c() + " please, postcode " + P.z(),
        lambda P, Q: "c/o " + N() + ", " + P.line() + ", " + P.country,
        lambda P, Q: "hey its " + lab("NAME", person_written(pools)[0]) + " - new addr is " + P.a()
        + " " + P.c() + " pls update ur contacts :)",
        lambda P, Q: "Yesterday " + N() + " from the " + P.c() + " office sent us the signed consent.",
        lambda P, Q: "Tel.: " + ph() + "  Mobil: " + ph() + "  Telefax: " + fx(),
        lambda P, Q: N() + LS + P.a() + LS + P.c() + LS + P.z() + LS + P.country,
        lambda P, Q: "Kind regards," + LS + N() + LS + "Practice Manager, " + P.c(),
        lambda P, Q: pick(["PLZ/Ort", "CP / Ville", "CAP e Città", "Código postal y localidad",
                           "Postnummer och ort", "Irányítószám, település", "PSČ a obec"])
        + ": " + P.z() + " " + P.c(),
        lambda P, Q: "The parcel for " + N() + " went to " + Q.c() + " by mistake; correct town is "
        + P.c() + ".",
        lambda P, Q: "Wohnhaft in " + P.c() + ", gebürtig aus " + Q.c() + ".",
        lambda P, Q: "Address verified by the courier: " + P.a() + " (" + P.z() + ").",
        lambda P, Q: "Sender: " + P.a() + ", " + P.z() + " " + P.c() + ", " + P.country + LS
        + "Receiver: " + Q.line(),
    ]


WRITTEN_NEGATIVES = [
    "Country of origin: Portugal. Language spoken at home: Portuguese.",
    "Main menu > Settings > Address book > Add new entry",
    "Room 214, Ward 3B - visiting hours 14:00 to 19:30.",
    "Product code AB-4471-CD, lot 20931, expires 2027.",
    "Order #40512 shipped via standard post; tracking to follow.",
    "Price: EUR 12.50 incl. VAT, delivery CHF 7.90.",
    "Meeting moved to 15:45 on Thursday because of the fire drill.",
    "Version 2.4.1 fixes the crash on the street view screen.",
    "Flight arrives from Germany at 08:15; transfer to the hotel by shuttle.",
    "Dose: 500 mg twice daily for 10 days, then review.",
    "Bed 12, floor 3, east wing. Nil by mouth after midnight.",
    "Invoice total 1,250.00 SEK, due in 30 days.",
    "The street food festival is back next month with 40 stalls.",
    "Please take the lift to level 2 and follow the green line.",
    "Spain, France and Italy reported more cases than last winter.",
    "Blood pressure 128/84, pulse 72, temperature 36.8.",
    "Patient prefers the main entrance; wheelchair at gate 4.",
    "Batch 7781-B failed QC at station 12.",
    "Form 1040 and form W-2 are attached for the tax office.",
    "Call the reception desk on extension 21 if the door is locked.",
    "The road to recovery is long, but she is walking 200 m a day.",
    "Sizes: 38, 40, 42; colours: navy, rose, sand.",
    "Park Avenue is a brand of shirts, not an address in our records.",
    "She was discharged home with district nurse follow-up in 2 weeks.",
    "HbA1c 7.2 %, LDL 3.1 mmol/L, eGFR 78.",
    "Train 4417 to the coast leaves from platform 9 at 10:05.",
    "Our opening hours: Mon-Fri 8-18, Sat 9-13, closed on public holidays.",
    "Unit 5 of the course covers the Canadian and Australian health systems.",
    "Refer to section 12.3, paragraph 4 of the policy wording.",
    "Kitchen, Bathroom, Bedroom 1, Bedroom 2 - all inspected, no damp.",
    "Lot 17 of the auction: a brass clock, 1920s, 14 x 22 cm.",
    "Temperature in the fridge was 4 °C at 07:00 and 5 °C at 19:00.",
]


def written_lines(folder, pools):
    random.seed(WRITTEN_SEED)
    countries = build_countries(folder)
    templates = written_templates(pools)
    lines = []
    # every template twice or more, with a country drawn so that all countries recur
    order = countries * 5
    random.shuffle(order)
    k = 0
    while len(lines) < 172:
        t = templates[k % len(templates)]
        P = order[k % len(order)]()
        Q = order[(k + 7) % len(order)]()
        lines.append(t(P, Q))
        k += 1
    lines += WRITTEN_NEGATIVES
    random.shuffle(lines)
    return [WRITTEN_HEADER] + ["pw6-{:03d}\t{}".format(i + 1, l) for i, l in enumerate(lines)]


# ================================================================ markup check

LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")


def check(path, kinds):
    """Every [[KIND|value]] closed and not nested, kinds allowed, ids unique, id<TAB>text.
    Returns (lines, values per kind, lines without labels)."""
    ids, counts, free, n = set(), {}, 0, 0
    for no, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        n += 1
        assert line.count("\t") == 1, "{}:{}: not id<TAB>text".format(path, no)
        ident, text = line.split("\t")
        assert re.fullmatch(r"[a-z0-9\-]+", ident), "{}:{}: bad id".format(path, no)
        assert ident not in ids, "{}:{}: duplicate id".format(path, no)
        ids.add(ident)
        found = LABEL.findall(text)
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest, "{}:{}: unclosed or nested".format(path, no)
        for kind, value in found:
            assert kind in kinds, "{}:{}: kind {}".format(path, no, kind)
            assert value and value == value.strip(), "{}:{}: blank edge".format(path, no)
            assert value[-1] not in ",;:!?", "{}:{}: trailing punctuation".format(path, no)
            assert "|" not in value, "{}:{}: pipe in value".format(path, no)
            counts[kind] = counts.get(kind, 0) + 1
        if not found:
            free += 1
    return n, counts, free


def main(argv):
    if argv and argv[0] == "--check":
        for p in argv[1:]:
            kinds = VOICE_KINDS if "voice" in os.path.basename(p) else WRITTEN_KINDS
            print(p, check(p, kinds))
        return
    folder, out = argv[0], argv[1]
    pools = name_pools(folder)
    voice = voice_lines(pools)
    written = written_lines(folder, pools)
    vp = os.path.join(out, "names-voice-holdout6.tsv")
    wp = os.path.join(out, "places-written-holdout6.tsv")
    for path, lines in ((vp, voice), (wp, written)):
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
    print(vp, check(vp, VOICE_KINDS))
    print(wp, check(wp, WRITTEN_KINDS))


if __name__ == "__main__":
    main(sys.argv[1:])
