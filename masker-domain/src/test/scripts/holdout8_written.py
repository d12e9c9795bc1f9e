#!/usr/bin/env python3
"""Eighth held-out evaluation set for Masker: written international healthcare records.

Written by an outside author who read neither the detectors, their word lists nor the earlier
corpora (beyond their first lines, for the format). Standard library only, deterministic (seed
80802). Intake forms, referral letters, discharge summaries, e-mails, chat, CRM exports (CSV,
JSON, key: value), device shipping labels, claims, pharmacy labels, reminders and fax covers from
33 countries, each with its own address order, postal-code shape and phone shape. A U+2028 in a
line is a line break inside one example.

Names: first names and surnames of Datafaker 2.7.0's locale yml files (Apache-2.0), combined at
random; romanised Greek, Japanese and Kenyan names, town and street names (real places, general
knowledge) and all templates written for Masker. House numbers, postal codes, ids and dates are
random. Phones only from ranges kept for fiction (North America 555-01xx, UK 07700 900xxx,
020 7946 0xxx, 0113 496 0xxx, 01632 960xxx, Australia 0491 570 xxx, France 01 99 00 xx xx and
06 39 98 xx xx); a record of another country carries such a number as a foreign contact.

    unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
    python3 masker-domain/src/test/scripts/holdout8_written.py /tmp/df \
        masker-domain/src/test/resources/dev/masker/domain/masking/eval
"""
import os
import random
import re
import sys
import unicodedata

SEED = 80802
OUT = "written-holdout8.tsv"
PREFIX = "wh8-"
LS = "\u2028"
KINDS = {"ADDRESS", "LOCATION", "ZIP", "PHONE", "FAX", "NAME", "AGE", "EMAIL", "DOB", "DATE",
         "MRN", "HEALTH_PLAN_ID"}

R = random.Random(SEED)


# ---------------------------------------------------------------- Datafaker names

def yml_list(path, key):
    """The list under `key:` (inline [..] possibly over several lines, or a block of '- x')."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    pat = re.compile(r"^(\s+)" + re.escape(key) + r":\s*(.*)$")
    for i, line in enumerate(lines):
        m = pat.match(line)
        if not m:
            continue
        rest = m.group(2).strip()
        items = []
        if rest.startswith("["):
            buf = rest
            j = i
            while buf.count("[") > buf.count("]"):
                j += 1
                buf += " " + lines[j].strip()
            inner = buf[buf.index("[") + 1: buf.rindex("]")]
            items = [x.strip().strip('"').strip("'").strip() for x in inner.split(",")]
        elif rest == "":
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("- "):
                items.append(lines[j].strip()[2:].strip().strip('"').strip("'"))
                j += 1
        items = [x for x in items if x and "#{" not in x and not x.startswith("#")]
        if items:
            return items
    return []


def load_names(df):
    out = {}

    def get(loc, key):
        p = os.path.join(df, loc + ".yml") if loc != "en" else os.path.join(df, "en", "name.yml")
        return yml_list(p, key)

    specs = {
        "en": ("en", None), "en-IE": ("en-IE", None), "es-MX": ("es-MX", None),
        "pt-BR": ("pt-BR", None), "es-AR": ("es-AR", None), "es": ("es", None), "pt": ("pt", None),
        "fr": ("fr", None), "nl": ("nl", None), "de": ("de", None), "de-AT": ("de-AT", None),
        "de-CH": ("de-CH", None), "it": ("it", None), "pl": ("pl", None), "cs-CZ": ("cs-CZ", None),
        "sv": ("sv", None), "nb-NO": ("nb-NO", None), "da-DK": ("da-DK", None),
        "fi-FI": ("fi-FI", None), "tr": ("tr", None), "en-IN": ("en-IN", None),
        "en-PH": ("en-PH", None), "en-ZA": ("en-ZA", None), "en-NG": ("en-NG", None),
        "en-AU": ("en-AU", None), "en-NZ": ("en-NZ", None),
    }
    for loc in specs:
        firsts = []
        for k in ("first_name", "male_first_name", "female_first_name"):
            firsts += get(loc, k)
        lasts = get(loc, "last_name")
        if loc == "cs-CZ":
            out[loc] = {"m": (get(loc, "male_first_name"), get(loc, "male_last_name")),
                        "f": (get(loc, "female_first_name"), get(loc, "female_last_name"))}
            continue
        firsts = sorted(set(x for x in firsts if len(x) > 1))
        lasts = sorted(set(x for x in lasts if len(x) > 1))
        out[loc] = {"first": firsts, "last": lasts}
    # written for Masker: romanised Greek, Japanese, Kenyan names
    out["el"] = {"first": ["Eleni", "Giorgos", "Dimitra", "Konstantinos", "Vasiliki", "Panagiotis",
                           "Katerina", "Nikos", "Sofia", "Christos", "Anastasia", "Spyros"],
                 "last": ["Papadopoulou", "Karagiannis", "Nikolaidis", "Vlachou", "Antoniou",
                          "Theodorakis", "Georgiadou", "Mavridis", "Stavrou", "Kyriakidis"]}
    out["ja"] = {"first": ["Haruka", "Kenji", "Yui", "Takumi", "Aoi", "Sota", "Misaki", "Ren",
                           "Yuna", "Daiki", "Emi", "Hiroshi"],
                 "last": ["Takahashi", "Nakamura", "Kobayashi", "Yamaguchi", "Matsumoto", "Inoue",
                          "Kimura", "Hayashi", "Shimizu", "Fujita", "Ogawa", "Morita"]}
    out["ke"] = {"first": ["Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Wekesa", "Chebet",
                           "Mutua", "Nyambura", "Kiprono", "Auma", "Baraka", "Zawadi", "Juma"],
                 "last": ["Odhiambo", "Mwangi", "Wambui", "Kariuki", "Onyango", "Cheruiyot",
                          "Mutiso", "Njoroge", "Owino", "Kimani", "Wafula", "Nduta"]}
    for k, v in out.items():
        if k == "cs-CZ":
            assert all(v[g][0] and v[g][1] for g in "mf"), k
        else:
            assert v["first"] and v["last"], k
    return out


NAMES = None


def person(locs):
    loc = R.choice(locs)
    d = NAMES[loc]
    if loc == "cs-CZ":
        g = R.choice("mf")
        return R.choice(d[g][0]), R.choice(d[g][1])
    return R.choice(d["first"]), R.choice(d["last"])


# ---------------------------------------------------------------- helpers

def L(kind, value):
    assert kind in KINDS, kind
    return "[[%s|%s]]" % (kind, value)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]", "", s.replace("ø", "o").replace("ß", "ss").replace("ł", "l")
                  .replace("æ", "ae").replace("ı", "i").replace("đ", "d")).lower()


def email(first, last):
    dom = R.choice(["example.com", "example.org", "example.net", "mail.test", "example.com"])
    f, l = ascii_fold(first) or "pat", ascii_fold(last) or "client"
    shape = R.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{l}.{f}", "{f}_{l}{n}", "{l}{n}"])
    return shape.format(f=f, l=l, fi=f[0], n=R.randint(2, 99)) + "@" + dom


def dig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def up(n):
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def two():
    return "%02d" % R.randint(0, 99)


# fiction-range phones
def ph_nanp(style=None):
    area = R.choice(["212", "617", "415", "312", "206", "713", "404", "303", "416", "604", "514",
                     "613", "503", "615"])
    sub = "01" + two()
    style = style or R.choice(["paren", "dash", "dot", "intl", "ext", "plain"])
    if style == "paren":
        return "(%s) 555-%s" % (area, sub)
    if style == "dot":
        return "%s.555.%s" % (area, sub)
    if style == "intl":
        return "+1 %s-555-%s" % (area, sub)
    if style == "ext":
        return "(%s) 555-%s %s" % (area, sub, R.choice(["ext. ", "x", "ext ", "Ext. "]) + str(R.randint(10, 480)))
    if style == "plain":
        return "1-%s-555-%s" % (area, sub)
    return "%s-555-%s" % (area, sub)


def ph_uk(style=None):
    n3 = "%03d" % R.randint(0, 999)
    style = style or R.choice(["mob", "mobintl", "ldn", "ldnintl", "leeds", "drama", "mob00"])
    return {"mob": "07700 900" + n3, "mobintl": "+44 7700 900" + n3,
            "ldn": "020 7946 0" + n3, "ldnintl": "+44 (0)20 7946 0" + n3,
            "leeds": "0113 496 0" + n3, "drama": "01632 960" + n3,
            "mob00": "0044 7700 900" + n3}[style]


def ph_au(style=None):
    n3 = "%03d" % R.randint(0, 999)
    style = style or R.choice(["mob", "intl", "trunk"])
    return {"mob": "0491 570 " + n3, "intl": "+61 491 570 " + n3,
            "trunk": "+61 (0)491 570 " + n3}[style]


def ph_fr(style=None):
    a, b = two(), two()
    style = style or R.choice(["fix", "mob", "intl", "trunk", "dots"])
    return {"fix": "01 99 00 %s %s" % (a, b), "mob": "06 39 98 %s %s" % (a, b),
            "intl": "+33 1 99 00 %s %s" % (a, b), "trunk": "+33 (0)6 39 98 %s %s" % (a, b),
            "dots": "01.99.00.%s.%s" % (a, b)}[style]


def ph_fax():
    return R.choice([lambda: ph_uk(R.choice(["ldnintl", "leeds", "drama"])), lambda: ph_nanp("intl"),
                     lambda: ph_fr(R.choice(["intl", "fix"]))])()


def ph_foreign():
    """A contact number from a fiction range, written in international form."""
    return R.choice([lambda: ph_uk(R.choice(["mobintl", "ldnintl", "mob00"])),
                     lambda: ph_nanp("intl"), lambda: ph_au(R.choice(["intl", "trunk"])),
                     lambda: ph_fr(R.choice(["intl", "trunk"]))])()


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
}


def two_dates(style):
    a, b = sorted([rdate(), rdate()])
    return fmt_date(a, style), fmt_date(b, style)


def rdate(birth=False):
    if birth:
        return R.randint(1929, 2006), R.randint(1, 12), R.randint(1, 28)
    return R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)


def fmt_date(ymd, style):
    y, m, d = ymd
    if style == "us":
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                         "%s %d, %d" % (MONTHS["en"][m - 1][:3], d, y)])
    if style == "uk":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                         "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)])
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "de":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)])
    if style == "es":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y)])
    if style == "fr":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
    if style == "pt":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["pt"][m - 1], y)])
    if style == "it":
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["it"][m - 1], y)])
    if style == "nl":
        return R.choice(["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS["nl"][m - 1], y)])
    if style == "pl":
        return R.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS["pl"][m - 1], y)])
    if style == "jp":
        return "%d/%02d/%02d" % (y, m, d)
    return "%02d/%02d/%d" % (d, m, y)


# ---------------------------------------------------------------- countries

class Country:
    def __init__(self, code, name, locs, lang, dstyle, towns, street, zipf, one, block=None,
                 phone=None, region=None, dists=None):
        self.code, self.name, self.locs, self.lang, self.dstyle = code, name, locs, lang, dstyle
        self.towns, self.street, self.zipf, self.one, self.blockf = towns, street, zipf, one, block
        self.phonef = phone or ph_foreign
        self.regions = region
        self.dists = dists

    def addr(self):
        """A labelled address: dict of labelled parts plus the formatted one-liner and block."""
        t = R.choice(self.towns)
        town = t if isinstance(t, str) else t[0]
        reg = None if isinstance(t, str) else t[1]
        a = {"street": L("ADDRESS", self.street()), "town": L("LOCATION", town),
             "zip": L("ZIP", self.zipf()), "region": reg or (R.choice(self.regions) if self.regions else ""),
             "country": self.name, "dist": L("LOCATION", R.choice(self.dists)) if self.dists else ""}
        a["one"] = self.one(a)
        a["block"] = self.blockf(a) if self.blockf else a["one"].replace(", ", LS)
        return a

    def date(self, birth=False):
        return fmt_date(rdate(birth), self.dstyle)

    def phone(self):
        return self.phonef()

    def fax(self):
        if self.code in ("UK", "IE"):
            return ph_uk(pick("ldn", "ldnintl", "leeds", "drama"))
        if self.code in ("FR", "BE", "CH"):
            return ph_fr(pick("fix", "intl", "dots"))
        if self.code in ("US", "CA"):
            return ph_nanp()
        if self.code in ("AU", "NZ"):
            return ph_au()
        return ph_fax()

    def who(self):
        return person(self.locs)


def num(a, b):
    return str(R.randint(a, b))


def pick(*xs):
    return R.choice(xs)


US_ST = ["Maple Ave", "Oak Street", "Lincoln Blvd", "Cedar Ln", "Harbor View Dr", "Elm St",
         "Jefferson Ave", "Willow Ct", "Sunset Blvd", "Pine Ridge Rd", "Franklin St", "Lakeshore Dr"]
US_T = [("Springfield", "IL"), ("Worcester", "MA"), ("Tacoma", "WA"), ("Albuquerque", "NM"),
        ("Savannah", "GA"), ("Boise", "ID"), ("Dayton", "OH"), ("Fresno", "CA"), ("Lubbock", "TX"),
        ("Burlington", "VT"), ("Duluth", "MN"), ("Chattanooga", "TN")]
UK_ST = ["Rosebery Road", "Victoria Street", "Church Lane", "Mill Close", "Queen's Drive",
         "Station Road", "Orchard Way", "Albert Terrace", "Kingsway", "Hawthorn Crescent"]
UK_T = ["Leeds", "Bristol", "Norwich", "Sheffield", "Cardiff", "Exeter", "Aberdeen", "Derby",
        "Swansea", "Brighton"]
DATA = {}


def uk_pc():
    return pick(up(1) + num(1, 9), up(2) + num(1, 9), up(2) + num(10, 28)) + " " + num(1, 9) + up(2)


def mk_countries():
    C = {}
    C["US"] = Country(
        "US", "USA", ["en"], "en", "us", US_T,
        lambda: pick("%s %s" % (num(10, 9899), R.choice(US_ST)),
                     "%s %s %s" % (num(10, 9899), R.choice(US_ST), pick("Apt " + num(1, 40) + up(1), "Unit " + num(2, 30), "Suite " + num(100, 950), "#" + num(2, 400))),
                     "PO Box " + num(100, 9999)),
        lambda: pick(dig(5), dig(5), dig(5) + "-" + dig(4)),
        lambda a: "%s, %s, %s %s" % (a["street"], a["town"], a["region"], a["zip"]),
        lambda a: "%s%s%s, %s %s" % (a["street"], LS, a["town"], a["region"], a["zip"]),
        phone=ph_nanp)
    C["UK"] = Country(
        "UK", "United Kingdom", ["en"], "en", "uk", UK_T,
        lambda: pick("%s %s" % (num(1, 240), R.choice(UK_ST)),
                     "Flat %s, %s %s" % (num(1, 24), num(1, 240), R.choice(UK_ST)),
                     "%s %s House, %s" % (num(1, 60), pick("Beech", "Carlton", "Linden", "Mercer"), R.choice(UK_ST))),
        uk_pc,
        lambda a: "%s, %s %s" % (a["street"], a["town"], a["zip"]),
        lambda a: "%s%s%s%s%s" % (a["street"], LS, a["town"], LS, a["zip"]),
        phone=ph_uk)
    C["IE"] = Country(
        "IE", "Ireland", ["en-IE", "en"], "en", "uk",
        [("Bray", "Wicklow"), ("Tralee", "Kerry"), ("Ennis", "Clare"), ("Navan", "Meath"),
         ("Mullingar", "Westmeath"), ("Kilkenny", "Kilkenny"), ("Letterkenny", "Donegal")],
        lambda: pick("%s %s" % (num(1, 120), pick("Seafield Park", "Church View", "Main Street", "Ashgrove Avenue", "Old Mill Road")),
                     "Apt %s, %s %s" % (num(1, 40), pick("Riverside Quay", "The Maltings", "Castle Court"), pick("Block A", "Block C")),
                     "%s %s" % (pick("Ballinteer", "Knocknacarra", "Rathmore"), pick("Cottage", "House"))),
        lambda: R.choice("ACDEFHKNPRTVWXY") + num(10, 99) + " " + "".join(R.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4)),
        lambda a: "%s, %s, Co. %s, %s" % (a["street"], a["town"], L("LOCATION", a["region"]), a["zip"]),
        lambda a: "%s%s%s%sCo. %s%s%s" % (a["street"], LS, a["town"], LS, L("LOCATION", a["region"]), LS, a["zip"]),
        phone=lambda: ph_uk(pick("mobintl", "mob00")))
    C["CA"] = Country(
        "CA", "Canada", ["en", "fr"], "en", "iso",
        [("Halifax", "NS"), ("Laval", "QC"), ("Kelowna", "BC"), ("Saskatoon", "SK"),
         ("Gatineau", "QC"), ("Moncton", "NB"), ("Guelph", "ON"), ("Red Deer", "AB")],
        lambda: pick("%s-%s %s" % (num(101, 2408), num(100, 9999), pick("Bay Street", "Rue Saint-Denis", "Boul. René-Lévesque", "Portage Ave", "Spring Garden Rd")),
                     "%s %s, Unit %s" % (num(10, 9999), pick("Maple Grove Cres", "Rue des Érables", "Wellington St W", "Lakeview Dr"), num(1, 30))),
        lambda: "%s%s%s %s%s%s" % (up(1), num(0, 9), up(1), num(0, 9), up(1), num(0, 9)),
        lambda a: "%s, %s %s  %s" % (a["street"], a["town"], a["region"], a["zip"]),
        lambda a: "%s%s%s %s  %s" % (a["street"], LS, a["town"], a["region"], a["zip"]),
        phone=ph_nanp)
    C["MX"] = Country(
        "MX", "México", ["es-MX"], "es", "es",
        [("Guadalajara", "Jal."), ("Puebla", "Pue."), ("Mérida", "Yuc."), ("Monterrey", "N.L."),
         ("Querétaro", "Qro."), ("Oaxaca de Juárez", "Oax.")],
        lambda: pick("Calle %s %s" % (pick("Hidalgo", "Morelos", "Allende", "Juárez", "5 de Febrero"), num(10, 2400)),
                     "Av. %s %s Int. %s" % (pick("Vallarta", "Reforma", "Insurgentes", "Constitución"), num(100, 5200), num(1, 30)),
                     "Privada %s %s-%s" % (pick("Los Pinos", "Jacarandas", "Cedros"), num(1, 99), up(1))),
        lambda: dig(5),
        lambda a: "%s, Col. %s, C.P. %s, %s, %s" % (a["street"], a["dist"], a["zip"], a["town"], a["region"]),
        lambda a: "%s%sCol. %s%s%s %s, %s" % (a["street"], LS, a["dist"], LS, a["zip"], a["town"], a["region"]),
        dists=["Centro", "Americana", "Del Valle", "Jardines del Bosque", "San Benito", "La Paz"])
    C["BR"] = Country(
        "BR", "Brasil", ["pt-BR"], "pt", "pt",
        [("Campinas", "SP"), ("Curitiba", "PR"), ("Recife", "PE"), ("Niterói", "RJ"),
         ("Florianópolis", "SC"), ("Belo Horizonte", "MG")],
        lambda: pick("Rua %s, %s, apto %s" % (pick("das Acácias", "Barão de Jaguara", "Sete de Setembro", "Tiradentes"), num(10, 3200), num(11, 1804)),
                     "Av. %s, %s" % (pick("Brasil", "Boa Viagem", "do Contorno", "Sete de Setembro"), num(100, 5600)),
                     "Travessa %s, %s, casa %s" % (pick("Pinheiros", "do Mercado", "São José"), num(1, 400), num(1, 9))),
        lambda: dig(5) + "-" + dig(3),
        lambda a: "%s - %s, %s - %s, CEP %s" % (a["street"], a["dist"], a["town"], a["region"], a["zip"]),
        lambda a: "%s%s%s%s%s - %s%s%s" % (a["street"], LS, a["dist"], LS, a["town"], a["region"], LS, a["zip"]),
        dists=["Cambuí", "Batel", "Boa Viagem", "Icaraí", "Trindade", "Savassi", "Jardim Botânico"])
    C["AR"] = Country(
        "AR", "Argentina", ["es-AR"], "es", "es",
        ["Rosario", "Mendoza", "La Plata", "Córdoba", "Mar del Plata", "Salta"],
        lambda: pick("Av. %s %s, piso %s dto. %s" % (pick("Corrientes", "Pellegrini", "San Martín", "Colón"), num(100, 5999), num(1, 14), up(1)),
                     "%s %s" % (pick("Bv. Oroño", "Calle 7", "Belgrano", "Sarmiento"), num(100, 3999))),
        lambda: R.choice("SMBXAC") + num(1000, 9999) + up(3),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["CL"] = Country(
        "CL", "Chile", ["es"], "es", "es",
        [("Ñuñoa", "Santiago"), ("Providencia", "Santiago"), ("Viña del Mar", ""), ("Temuco", ""),
         ("Concepción", ""), ("Antofagasta", "")],
        lambda: pick("Av. %s %s, depto. %s" % (pick("Irarrázaval", "Providencia", "Libertad", "Alemania"), num(100, 4999), num(101, 2208)),
                     "Pasaje %s %s" % (pick("Los Aromos", "El Roble", "Las Violetas"), num(1, 999))),
        lambda: num(1, 9) + dig(6),
        lambda a: "%s, %s%s, código postal %s" % (a["street"], a["town"], (", " + L("LOCATION", a["region"])) if a["region"] else "", a["zip"]))
    C["ES"] = Country(
        "ES", "España", ["es"], "es", "es",
        ["Zaragoza", "Valladolid", "Málaga", "Gijón", "Alicante", "Pamplona", "Salamanca"],
        lambda: pick("C/ %s, %s, %sº %s" % (pick("Mayor", "del Carmen", "San Vicente", "Alfonso I"), num(1, 180), num(1, 9), up(1)),
                     "Avda. de %s, %s, esc. %s, %sº %s" % (pick("América", "la Constitución", "Madrid"), num(1, 240), num(1, 3), num(1, 9), pick("izq.", "dcha.")),
                     "Plaza %s, %s, bajo" % (pick("del Pilar", "Mayor", "de España"), num(1, 40))),
        lambda: "%02d" % R.randint(1, 52) + dig(3),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["PT"] = Country(
        "PT", "Portugal", ["pt"], "pt", "pt",
        ["Braga", "Coimbra", "Aveiro", "Setúbal", "Faro", "Viseu", "Guimarães"],
        lambda: pick("Rua %s, %s, %sº %s" % (pick("Augusta", "de Santa Catarina", "do Souto", "Dr. Alves da Veiga"), num(1, 400), num(1, 8), pick("Esq.", "Dto.", "Frt.")),
                     "Av. %s, n.º %s, %s.º andar" % (pick("da Liberdade", "Central", "dos Aliados"), num(1, 300), num(1, 10)),
                     "Travessa %s, %s" % (pick("do Carmo", "da Sé", "das Flores"), num(1, 90))),
        lambda: dig(4) + "-" + dig(3),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["FR"] = Country(
        "FR", "France", ["fr"], "fr", "fr",
        ["Lyon", "Rennes", "Montpellier", "Dijon", "Nantes", "Grenoble", "Besançon", "Tours"],
        lambda: pick("%s rue %s" % (num(1, 140), pick("des Lilas", "Victor Hugo", "de la République", "du Moulin", "Pasteur")),
                     "%s, %s avenue %s" % (pick("Bât. B", "Résidence Les Tilleuls, Bât. C", "Apt 12"), num(1, 90), pick("Jean Jaurès", "des Frères Lumière", "Foch")),
                     "%s bis boulevard %s" % (num(1, 60), pick("Gambetta", "Carnot", "Voltaire"))),
        lambda: pick("0", "1", "2", "3", "4", "6", "7", "8") + dig(4),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]),
        lambda a: "%s%s%s %s" % (a["street"], LS, a["zip"], a["town"]),
        phone=ph_fr)
    C["BE"] = Country(
        "BE", "Belgique", ["nl", "fr"], "fr", "dot",
        ["Gent", "Liège", "Namur", "Leuven", "Brugge", "Charleroi", "Mechelen"],
        lambda: pick("Kerkstraat %s bus %s" % (num(1, 220), num(1, 20)), "Rue de la Station %s bte %s" % (num(1, 180), num(1, 12)),
                     "Kortrijksesteenweg %s" % num(1, 900), "Avenue Louise %s" % num(1, 500)),
        lambda: num(1000, 9992),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]),
        phone=lambda: ph_fr(pick("intl", "trunk")))
    C["NL"] = Country(
        "NL", "Nederland", ["nl"], "nl", "nl",
        ["Utrecht", "Zwolle", "Haarlem", "Groningen", "Eindhoven", "Leiden", "Nijmegen"],
        lambda: pick("%s %s" % (pick("Prinsengracht", "Oudegracht", "Kerkstraat", "Vondellaan", "Molenweg"), num(1, 400)),
                     "%s %s-%s" % (pick("Prinsengracht", "Bloemstraat", "Herengracht"), num(1, 400), pick("II", "III", "hs", "A")),
                     "%s %s %s" % (pick("Dorpsstraat", "Lindelaan", "Zuidwal"), num(1, 140), up(1))),
        lambda: num(1000, 9999) + " " + up(2),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["DE"] = Country(
        "DE", "Deutschland", ["de"], "de", "de",
        ["Leipzig", "Freiburg im Breisgau", "Bielefeld", "Mainz", "Rostock", "Würzburg", "Kassel", "Regensburg"],
        lambda: pick("%s %s" % (pick("Hauptstraße", "Goethestraße", "Lindenallee", "Am Mühlbach", "Schillerplatz", "Bahnhofstr."), num(1, 180)),
                     "%s %s%s" % (pick("Kirchweg", "Bergstraße", "Rosenstraße"), num(1, 90), pick("a", "b", "c")),
                     "%s %s, %s" % (pick("Weserstraße", "Eichendorffweg", "Kantstr."), num(1, 120), pick("3. OG", "Hinterhaus", "Whg. 12"))),
        lambda: dig(5),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]),
        lambda a: "%s%s%s %s" % (a["street"], LS, a["zip"], a["town"]))
    C["AT"] = Country(
        "AT", "Österreich", ["de-AT"], "de", "de",
        ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Wels", "Dornbirn"],
        lambda: pick("%s %s/%s/%s" % (pick("Mariahilfer Straße", "Annenstraße", "Landstraßer Hauptstraße", "Linzer Gasse"), num(1, 120), num(1, 6), num(1, 30)),
                     "%s %s, Stiege %s, Tür %s" % (pick("Herrengasse", "Schubertstraße", "Dorfplatz"), num(1, 60), num(1, 4), num(1, 24))),
        lambda: num(1010, 9992),
        lambda a: "%s, %s %s" % (a["street"], pick("A-", "AT-", "") + a["zip"], a["town"]))
    C["CH"] = Country(
        "CH", "Schweiz", ["de-CH", "fr"], "de", "dot",
        ["Winterthur", "Luzern", "St. Gallen", "Lausanne", "Lugano", "Biel/Bienne", "Thun"],
        lambda: pick("%s %s" % (pick("Bahnhofstrasse", "Seestrasse", "Rue du Midi", "Via Nassa", "Dorfstrasse"), num(1, 150)),
                     "%s %s%s" % (pick("Zürcherstrasse", "Chemin des Vignes", "Obere Gasse"), num(1, 90), pick("a", "b")),
                     "Postfach %s" % num(100, 9999)),
        lambda: num(1000, 9658),
        lambda a: "%s, %s %s" % (a["street"], pick("CH-", "") + a["zip"], a["town"]))
    C["IT"] = Country(
        "IT", "Italia", ["it"], "it", "it",
        ["Bologna", "Verona", "Padova", "Bari", "Trieste", "Perugia", "Lecce", "Bergamo"],
        lambda: pick("Via %s %s" % (pick("Roma", "Garibaldi", "Mazzini", "dei Mille", "San Felice"), num(1, 220)),
                     "Via %s, %s, scala %s, int. %s" % (pick("Cavour", "XX Settembre", "Nazionale"), num(1, 180), up(1), num(1, 30)),
                     "Piazza %s %s" % (pick("della Repubblica", "Garibaldi", "Vittorio Veneto"), num(1, 60)),
                     "Corso %s %s/%s" % (pick("Vittorio Emanuele", "Italia", "Mazzini"), num(1, 300), up(1))),
        lambda: dig(5),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["PL"] = Country(
        "PL", "Polska", ["pl"], "pl", "pl",
        ["Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź", "Lublin", "Rzeszów", "Toruń"],
        lambda: pick("ul. %s %s m. %s" % (pick("Długa", "Kościuszki", "Piękna", "Ogrodowa", "Słowackiego"), num(1, 140), num(1, 80)),
                     "ul. %s %s/%s" % (pick("Mickiewicza", "Lipowa", "Wojska Polskiego"), num(1, 200), num(1, 60)),
                     "al. %s %s" % (pick("Jana Pawła II", "Niepodległości", "Grunwaldzka"), num(1, 300))),
        lambda: dig(2) + "-" + dig(3),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["CZ"] = Country(
        "CZ", "Česko", ["cs-CZ"], "cs", "dot",
        ["Brno", "Olomouc", "Plzeň", "Liberec", "Pardubice", "Jihlava", "Zlín"],
        lambda: pick("%s %s/%s" % (pick("Vinohradská", "Masarykova", "Husova", "Palackého", "Nádražní"), num(100, 3200), num(1, 90)),
                     "%s %s" % (pick("Komenského", "Lidická", "Zahradní"), num(1, 999))),
        lambda: dig(3) + " " + dig(2),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["SE"] = Country(
        "SE", "Sverige", ["sv"], "sv", "iso",
        ["Uppsala", "Västerås", "Örebro", "Linköping", "Umeå", "Lund", "Norrköping"],
        lambda: pick("%s %s, lgh %s" % (pick("Storgatan", "Drottninggatan", "Kungsvägen", "Björkvägen"), num(1, 90), num(1001, 1704)),
                     "%s %s %s" % (pick("Sveavägen", "Ringvägen", "Skolgatan"), num(1, 160), up(1)),
                     "Box " + num(100, 9999)),
        lambda: dig(3) + " " + dig(2),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]),
        lambda a: "%s%sSE-%s %s" % (a["street"], LS, a["zip"], a["town"]))
    C["NO"] = Country(
        "NO", "Norge", ["nb-NO"], "no", "dot",
        ["Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Kristiansand", "Bodø"],
        lambda: pick("%s %s" % (pick("Storgata", "Kirkeveien", "Strandgaten", "Bjørnstjerne Bjørnsons gate"), num(1, 120)),
                     "%s %s %s, H0%s" % (pick("Løkkeveien", "Olav Kyrres gate", "Skoleveien"), num(1, 90), up(1), num(101, 504))),
        lambda: dig(4),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["DK"] = Country(
        "DK", "Danmark", ["da-DK"], "da", "dot",
        ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Vejle"],
        lambda: pick("%s %s, %s. %s" % (pick("Nørregade", "Vestergade", "Søndergade", "Jernbanegade"), num(1, 140), num(1, 5), pick("th", "tv", "mf")),
                     "%s %s" % (pick("Skovvej", "Strandvejen", "Møllevangen"), num(1, 200))),
        lambda: num(1000, 9990),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["FI"] = Country(
        "FI", "Suomi", ["fi-FI"], "fi", "dot",
        ["Tampere", "Turku", "Oulu", "Jyväskylä", "Kuopio", "Lahti", "Vaasa"],
        lambda: pick("%s %s %s %s" % (pick("Hämeenkatu", "Mannerheimintie", "Koulukatu", "Satakunnankatu"), num(1, 90), up(1), num(1, 60)),
                     "%s %s as. %s" % (pick("Rantatie", "Kuusikuja", "Puistopolku"), num(1, 40), num(1, 30))),
        lambda: dig(5),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["GR"] = Country(
        "GR", "Greece", ["el"], "el", "uk",
        ["Thessaloniki", "Patras", "Heraklion", "Larissa", "Volos", "Ioannina", "Chania"],
        lambda: pick("%s %s" % (pick("Ermou", "Tsimiski", "Egnatias", "Agiou Nikolaou", "Leof. Kifisias"), num(1, 180)),
                     "%s %s, %sos orofos" % (pick("Mitropoleos", "Korinthou", "Venizelou"), num(1, 120), num(1, 6))),
        lambda: dig(3) + " " + dig(2),
        lambda a: "%s, %s %s" % (a["street"], a["zip"], a["town"]))
    C["TR"] = Country(
        "TR", "Türkiye", ["tr"], "tr", "dot",
        [("Kadıköy", "İstanbul"), ("Çankaya", "Ankara"), ("Konak", "İzmir"), ("Nilüfer", "Bursa"),
         ("Muratpaşa", "Antalya"), ("Odunpazarı", "Eskişehir")],
        lambda: pick("%s Cad. No: %s D: %s" % (pick("Atatürk", "Bağdat", "Cumhuriyet", "İnönü"), num(1, 320), num(1, 24)),
                     "%s Sok. No: %s/%s" % (pick("Lale", "Gül", "Menekşe", "Papatya"), num(1, 80), num(1, 16))),
        lambda: dig(5),
        lambda a: "%s Mah. %s, %s %s/%s" % (a["dist"], a["street"], a["zip"], a["town"], L("LOCATION", a["region"])),
        dists=["Caferağa", "Moda", "Kızılay", "Alsancak", "Fenerbahçe", "Bahçelievler"])
    C["IN"] = Country(
        "IN", "India", ["en-IN"], "en", "uk",
        [("Bengaluru", "Karnataka"), ("Pune", "Maharashtra"), ("Chennai", "Tamil Nadu"),
         ("Jaipur", "Rajasthan"), ("Kochi", "Kerala"), ("Lucknow", "Uttar Pradesh")],
        lambda: pick("Flat %s, %s Apartments, %s Cross" % (num(101, 1204), pick("Sai Krupa", "Green Meadows", "Lotus"), pick("4th", "12th", "2nd")),
                     "%s, %s Marg" % (num(1, 99), pick("Nehru", "Tilak", "Gandhi")),
                     "H.No. %s-%s, %s Road" % (num(1, 12), num(1, 400), pick("Station", "Temple", "MG"))),
        lambda: num(110001, 855999),
        lambda a: "%s, %s, %s - %s, %s" % (a["street"], a["dist"], a["town"], a["zip"], a["region"]),
        dists=["Indiranagar", "Koregaon Park", "Adyar", "Malviya Nagar", "Kakkanad", "Gomti Nagar"])
    C["PH"] = Country(
        "PH", "Philippines", ["en-PH"], "en", "us",
        ["Makati", "Pasig", "Quezon City", "Cebu City", "Davao City", "Iloilo City"],
        lambda: pick("Unit %s%s, %s Tower, %s %s St." % (num(2, 40), up(1), pick("Amorsolo", "Sapphire", "Camia"), num(1, 300), pick("Mabini", "Rizal", "Bonifacio")),
                     "Blk %s Lot %s, %s St." % (num(1, 40), num(1, 60), pick("Sampaguita", "Narra", "Acacia"))),
        lambda: num(1000, 9811),
        lambda a: "%s, Brgy. %s, %s %s" % (a["street"], a["dist"], a["town"], a["zip"]),
        dists=["San Antonio", "Kapitolyo", "Poblacion", "Lahug", "Bagumbayan", "Molo"])
    C["JP"] = Country(
        "JP", "Japan", ["ja"], "en", "jp",
        [("Shibuya-ku", "Tokyo-to"), ("Sakyo-ku", "Kyoto-fu"), ("Naka-ku", "Kanagawa-ken"),
         ("Chuo-ku", "Osaka-fu"), ("Aoba-ku", "Miyagi-ken"), ("Hakata-ku", "Fukuoka-ken")],
        lambda: pick("%s %s-%s-%s" % (pick("Ebisu", "Tanaka", "Honcho", "Sakuragaoka", "Nishiki"), num(1, 5), num(1, 30), num(1, 20)),
                     "%s %s-%s-%s, %s %s" % (pick("Kitashirakawa", "Minamimachi", "Yamate-cho"), num(1, 4), num(1, 25), num(1, 18), pick("Sakura Heights", "Maison Aoi", "Green Court"), num(101, 905))),
        lambda: dig(3) + "-" + dig(4),
        lambda a: "%s, %s, %s %s" % (a["street"], a["town"], a["region"], a["zip"]),
        lambda a: "〒%s%s%s %s%s%s" % (a["zip"], LS, a["region"], a["town"], LS, a["street"]))
    C["ZA"] = Country(
        "ZA", "South Africa", ["en-ZA"], "en", "iso",
        ["Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein", "Stellenbosch"],
        lambda: pick("%s %s Street" % (num(1, 220), pick("Jacaranda", "Long", "Loop", "Kloof", "Protea")),
                     "Unit %s %s Court, %s %s Road" % (num(1, 40), pick("Protea", "Aloe", "Fynbos"), num(1, 90), pick("Main", "Beach", "Voortrekker"))),
        lambda: dig(4),
        lambda a: "%s, %s, %s, %s" % (a["street"], a["dist"], a["town"], a["zip"]),
        dists=["Rondebosch", "Morningside", "Hatfield", "Walmer", "Westdene", "Observatory"])
    C["NG"] = Country(
        "NG", "Nigeria", ["en-NG"], "en", "uk",
        [("Lagos", "Lagos State"), ("Abuja", "FCT"), ("Ibadan", "Oyo State"), ("Enugu", "Enugu State"),
         ("Port Harcourt", "Rivers State")],
        lambda: pick("%s %s Street" % (num(1, 90), pick("Adeola Odeku", "Awolowo", "Aminu Kano", "Ogui")),
                     "Plot %s, %s Crescent" % (num(1, 400), pick("Ahmadu Bello", "Ikoyi", "Trans-Amadi"))),
        lambda: dig(6),
        lambda a: "%s, %s, %s %s" % (a["street"], a["dist"], a["town"], a["zip"]),
        dists=["Victoria Island", "Wuse II", "Bodija", "Independence Layout", "GRA Phase 2"])
    C["KE"] = Country(
        "KE", "Kenya", ["ke"], "en", "uk",
        ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"],
        lambda: pick("P.O. Box %s" % num(100, 99999), "%s Road, Plot %s" % (pick("Ngong", "Argwings Kodhek", "Moi Avenue"), num(1, 300))),
        lambda: "00" + dig(3),
        lambda a: "%s - %s, %s" % (a["street"], a["zip"], a["town"]))
    C["AU"] = Country(
        "AU", "Australia", ["en-AU"], "en", "uk",
        [("Fitzroy", "VIC"), ("Newtown", "NSW"), ("Fremantle", "WA"), ("Toowong", "QLD"),
         ("Glenelg", "SA"), ("Sandy Bay", "TAS")],
        lambda: pick("Unit %s/%s %s" % (num(1, 30), num(1, 200), pick("Smith Street", "King St", "Marine Pde", "Beach Road")),
                     "%s/%s %s" % (num(1, 30), num(1, 200), pick("Brunswick St", "Enmore Rd", "Jetty Road")),
                     "%s %s" % (num(1, 300), pick("Wattle Avenue", "Banksia Crescent", "High Street"))),
        lambda: pick("3", "2", "6", "4", "5", "7") + dig(3),
        lambda a: "%s, %s %s %s" % (a["street"], a["town"], a["region"], a["zip"]),
        lambda a: "%s%s%s %s %s" % (a["street"], LS, a["town"], a["region"], a["zip"]),
        phone=ph_au)
    C["NZ"] = Country(
        "NZ", "New Zealand", ["en-NZ"], "en", "uk",
        ["Hamilton", "Tauranga", "Dunedin", "Nelson", "Palmerston North", "Whangārei"],
        lambda: pick("Flat %s, %s %s" % (num(1, 12), num(1, 300), pick("Ponsonby Road", "Victoria Street", "Cuba Street", "Kauri Place")),
                     "%s%s %s" % (num(1, 300), up(1), pick("Tui Crescent", "Harbour View Road", "Rimu Street"))),
        lambda: dig(4),
        lambda a: "%s, %s, %s %s" % (a["street"], a["dist"], a["town"], a["zip"]),
        dists=["Frankton", "Mount Maunganui", "Roslyn", "Stoke", "Hokowhitu", "Kensington"],
        phone=lambda: ph_au(pick("intl", "trunk")))
    return C


# ---------------------------------------------------------------- templates

def N(c=None, locs=None):
    f, l = person(locs or c.locs)
    return f, l


def full(f, l):
    return L("NAME", "%s %s" % (f, l))


TEMPLATES = []


def T(*codes, neg=False):
    def deco(fn):
        TEMPLATES.append((fn, codes, neg))
        return fn
    return deco


def mrn():
    return pick("%s%s" % (up(2), dig(7)), dig(8), "%s-%s" % (up(1), dig(6)), dig(3) + "-" + dig(3) + "-" + dig(3))


def plan_id():
    return pick(up(3) + dig(9), "%s%s%s" % (dig(1), up(2), dig(7)), "W" + dig(9), dig(3) + "-" + dig(4) + "-" + dig(2))


# --- English forms and letters -------------------------------------------------------------

@T("US", "UK", "IE", "CA", "AU", "NZ", "ZA", "IN")
def t_intake_block(c):
    f, l = N(c)
    a = c.addr()
    return LS.join(["PATIENT INTAKE FORM", "Name: " + full(f, l), "Date of birth: " + L("DOB", c.date(True)),
                    "Address: " + a["street"], "City/Town: " + a["town"], "Postcode: " + a["zip"],
                    "Country: " + c.name, "Mobile: " + L("PHONE", c.phone()), "Email: " + L("EMAIL", email(f, l))])


@T("US", "UK", "AU", "NZ", "IE")
def t_referral(c):
    f, l = N(c)
    d1, d2 = N(c), N(c)
    a = c.addr()
    return ("Dear Dr %s,%sThank you for seeing %s (DOB %s) of %s, who has had worsening knee pain since %s."
            " Her partner %s will bring her.%sKind regards,%sDr %s" % (
                L("NAME", d1[1]), LS, full(f, l), L("DOB", c.date(True)), a["one"],
                pick("the spring", "Christmas", "last winter"), L("NAME", N(c)[0]), LS, LS, full(*d2)))


@T("US", "UK", "CA", "AU")
def t_discharge(c):
    f, l = N(c)
    doc = N(c)
    a = c.addr()
    return ("DISCHARGE SUMMARY | Patient: %s | MRN: %s | Admitted: %s | Discharged: %s | Discharged to: %s"
            " | GP / PCP: Dr %s | Follow-up call: %s" % (
                L("NAME", "%s, %s" % (l, f)), L("MRN", mrn()), *[L("DATE", x) for x in two_dates(c.dstyle)],
                a["one"], full(*doc), L("PHONE", c.phone())))


@T("UK", "IE", "US", "CA", "NZ")
def t_email_move(c):
    f, l = N(c)
    a, b = c.addr(), c.addr()
    return ("From: %s <%s>%sSubject: new address%sHi, I've moved from %s to %s as of %s. Please send the next"
            " repeat prescription there. Thanks, %s" % (
                full(f, l), L("EMAIL", email(f, l)), LS, LS, b["town"], a["one"], L("DATE", c.date()), L("NAME", f)))


@T("US", "UK", "AU", "ZA", "PH", "IN", "NG")
def t_chat_courier(c):
    f, l = N(c)
    a = c.addr()
    rel = pick("daughter", "son", "neighbour", "sister")
    return ("[%02d:%02d] %s: hi, can the courier drop the CPAP at my %s %s's place instead? it's %s" % (
        R.randint(7, 21), R.randint(0, 59), L("NAME", f), rel, L("NAME", N(c)[0]), a["one"]))


@T("US", "CA", "UK", "AU", "NZ", "IE", "ZA")
def t_csv(c):
    f, l = N(c)
    a = c.addr()
    return 'crm_export.csv: %s,"%s, %s","%s",%s,%s,%s,%s' % (
        dig(5), L("NAME", l), L("NAME", f), a["street"], a["town"], a["zip"], c.name, L("PHONE", c.phone()))


@T("US", "UK", "DE", "FR", "BR", "JP", "IN", "SE", "MX")
def t_json(c):
    f, l = N(c)
    a = c.addr()
    return ('{"contact": {"givenName": "%s", "familyName": "%s", "birthDate": "%s", "address": {"line1": "%s",'
            ' "city": "%s", "postalCode": "%s", "country": "%s"}, "phone": "%s"}}' % (
                L("NAME", f), L("NAME", l), L("DOB", fmt_date(rdate(True), "iso")), a["street"], a["town"], a["zip"],
                c.code, L("PHONE", c.phone())))


@T("US", "UK", "AU", "NZ", "IE", "ZA", "KE", "NG")
def t_kv_block(c):
    f, l = N(c)
    a = c.addr()
    return LS.join(["patient_name: " + full(f, l), "street: " + a["street"], "town: " + a["town"],
                    "postcode: " + a["zip"], "next_of_kin: " + full(*N(c)) + " (" + pick("partner", "child", "carer") + ")",
                    "nok_phone: " + L("PHONE", c.phone())])


@T("US", "UK", "AU", "CA", "DE", "NL", "SE", "JP", "IT")
def t_ship(c):
    f, l = N(c)
    a = c.addr()
    item = pick("CGM sensors x3", "Insulin pump supplies", "Oxygen concentrator filters", "Nebulizer kit",
                "Compression stockings (2 pairs)", "Hearing aid batteries")
    return LS.join(["SHIP TO:", full(f, l), a["block"], c.name.upper(),
                    "Tel " + L("PHONE", c.phone()), "Contents: " + item, "Ref: order " + dig(7)])


@T("US")
def t_claim_us(c):
    f, l = N(c)
    a = c.addr()
    return ("CLAIM #%s — Insured: %s  Member ID: %s  Group: %s  Address: %s  Date of service: %s  Provider: Dr %s" % (
        dig(9), full(f, l), L("HEALTH_PLAN_ID", plan_id()), "G" + dig(5), a["one"], L("DATE", c.date()), full(*N(c))))


@T("US", "CA", "UK", "AU")
def t_pharmacy(c):
    f, l = N(c)
    a = c.addr()
    return ("Rx %s  %s  %s%sTake one tablet by mouth twice daily with food%sQty 60  Refills 2  Prescriber: Dr %s%s"
            "Filled %s · %s · %s" % (
                dig(7), L("NAME", "%s, %s" % (l.upper(), f.upper())), pick("Metformin 500 mg", "Lisinopril 10 mg", "Sertraline 50 mg"),
                LS, LS, L("NAME", N(c)[1]), LS, L("DATE", c.date()), a["one"], L("PHONE", c.phone())))


@T("US", "UK", "AU", "CA", "NZ", "IE", "PH")
def t_sms_reminder(c):
    f, l = N(c)
    a = c.addr()
    return ("Hi %s, reminder: your appointment with Dr %s is on %s at %s at %s. Reply C to confirm or call %s." % (
        L("NAME", f), L("NAME", N(c)[1]), L("DATE", c.date()), pick("9:30", "14:15", "08:45"), a["one"], L("PHONE", c.phone())))


@T("US", "UK", "CA", "AU")
def t_fax_cover(c):
    f, l = N(c)
    g = N(c)
    return ("FAX COVER SHEET%sTo: Dr %s   Fax: %s%sFrom: %s   Phone: %s%sPages: %d (incl. cover)%sRe: %s, DOB %s — CT results" % (
        LS, full(*N(c)), L("FAX", c.fax()), LS, full(*g), L("PHONE", c.phone()), LS, R.randint(2, 9), LS,
        full(f, l), L("DOB", c.date(True))))


@T("US", "UK", "AU", "IE", "NZ")
def t_signature(c):
    f, l = N(c)
    a = c.addr()
    return ("Many thanks,%s%s%sPractice Manager%s%s%sT: %s | F: %s | %s" % (
        LS, full(f, l), LS, LS, a["one"], LS, L("PHONE", c.phone()), L("FAX", c.fax()), L("EMAIL", email(f, l))))


@T("US", "UK", "AU", "IE")
def t_middle_initial(c):
    f, l = N(c)
    return "Consent witnessed by %s and countersigned by %s on %s." % (
        L("NAME", "%s %s. %s" % (f, up(1), l)), L("NAME", "%s %s. %s" % (N(c)[0], up(1), N(c)[1])), L("DATE", c.date()))


@T("US", "UK", "AU", "CA", "ZA")
def t_age_home_visit(c):
    f, l = N(c)
    a = c.addr()
    age = R.randint(90, 104)
    return ("Home visit %s: %s, %s-year-old, at %s. Lives with grandchild %s. Pressure area on left heel, dressing changed." % (
        L("DATE", c.date()), full(f, l), L("AGE", str(age)), a["one"], L("NAME", N(c)[0])))


@T("US", "UK", "AU", "NZ", "IE", "CA")
def t_rota_surnames(c):
    names = [L("NAME", N(c)[1]) for _ in range(R.randint(3, 4))]
    return "Weekend on-call: %s and %s. Escalate to the registrar if the pager is silent." % (", ".join(names[:-1]), names[-1])


@T("US", "UK", "AU", "IE", "NZ", "CA")
def t_byline(c):
    return "Written by %s, RN — reviewed by %s, clinical lead. Version 3, %s." % (
        full(*N(c)), full(*N(c)), pick("May 2025", "June 2024", "April 2026"))


@T("US", "UK", "ZA", "NG", "KE", "IN", "PH")
def t_possessive(c):
    f, l = N(c)
    s = N(c)
    return ("%s's mobile is off; call %s's daughter on %s. She can also be reached at %s." % (
        L("NAME", f), full(*s), L("PHONE", c.phone()), L("EMAIL", email(*s))))


@T("US", "UK", "AU", "NZ", "CA", "IE")
def t_prose_no_cue(c):
    a, b = N(c), N(c)
    return ("%s and %s came in together; %s translated. Both moved here from %s in %s." % (
        L("NAME", a[0]), full(*b), L("NAME", a[0]), L("LOCATION", pick("Porto", "Gdańsk", "Cork", "Manila", "Durban", "Lyon")),
        pick("March", "2019", "the autumn")))


@T("US", "UK", "AU", "CA", "IN", "ZA")
def t_transport(c):
    f, l = N(c)
    a = c.addr()
    return ("Patient transport booking — collect %s from %s at 07:40 on %s; wheelchair; escort %s (%s)." % (
        full(f, l), a["one"], L("DATE", c.date()), L("NAME", N(c)[0]), L("PHONE", c.phone())))


@T("US", "UK", "AU", "CA")
def t_address_history(c):
    a, b = c.addr(), c.addr()
    return ("Previous address: %s (until %s)%sCurrent address: %s" % (b["one"], L("DATE", fmt_date(rdate(), c.dstyle)), LS, a["one"]))


@T("US", "UK", "DE", "NL", "AU")
def t_markdown(c):
    f, l = N(c)
    a = c.addr()
    return "| %s | %s | %s | %s | %s | %s |" % (L("MRN", mrn()), full(f, l), a["street"], a["zip"], a["town"], L("PHONE", c.phone()))


@T("US", "UK", "FR", "ES", "IT", "DE")
def t_xml(c):
    f, l = N(c)
    a = c.addr()
    return ("<patient><name><given>%s</given><family>%s</family></name><addr><street>%s</street><postalCode>%s</postalCode>"
            "<city>%s</city><country>%s</country></addr><birthDate>%s</birthDate></patient>" % (
                L("NAME", f), L("NAME", l), a["street"], a["zip"], a["town"], c.code, L("DOB", fmt_date(rdate(True), "iso"))))


@T("US", "UK", "CA", "AU", "NZ")
def t_voicemail(c):
    f, l = N(c)
    return ("Voicemail (auto-transcribed, %s): Hi, this is %s, I'm ringing about %s, who is %s and whose walker broke."
            " Please call me back on %s." % (
                pick("Tue 09:12", "Fri 16:40", "Mon 11:03"), full(f, l), full(N(c)[0], l), L("AGE", str(R.randint(90, 101))), L("PHONE", c.phone())))


@T("US", "UK", "IE", "AU")
def t_invoice(c):
    f, l = N(c)
    a = c.addr()
    return ("INVOICE %s%sBill to: %s%s%s%sAccount holder since %s%sItem: knee brace (L) 1 x 89.00" % (
        dig(6), LS, full(f, l), LS, a["block"], LS, pick("2016", "2021", "2019"), LS))


@T("US", "UK", "AU", "IN", "PH", "NG", "ZA")
def t_emergency_contact(c):
    f, l = N(c)
    return ("Emergency contact: %s (%s) — %s / %s" % (
        full(f, l), pick("partner", "next of kin", "carer", "friend"), L("PHONE", c.phone()), L("EMAIL", email(f, l))))


@T("US", "UK", "CA")
def t_lab_req(c):
    f, l = N(c)
    return ("LAB REQUISITION · %s · DOB %s · MRN %s · Tests: HbA1c, lipid panel, TSH · Collected %s · Copy to Dr %s, fax %s" % (
        L("NAME", "%s, %s" % (l.upper(), f)), L("DOB", c.date(True)), L("MRN", mrn()), L("DATE", c.date()),
        L("NAME", N(c)[1]), L("FAX", c.fax())))


# --- country-language templates --------------------------------------------------------

@T("DE", "AT", "CH")
def t_de_intake(c):
    f, l = N(c)
    a = c.addr()
    return LS.join(["Patientenaufnahme", "Name, Vorname: " + L("NAME", "%s, %s" % (l, f)),
                    "Geburtsdatum: " + L("DOB", c.date(True)), "Anschrift: " + a["one"],
                    "Telefon (Angehörige): " + L("PHONE", c.phone()), "Krankenkasse: " + pick("AOK", "TK", "ÖGK", "Helsana"),
                    "Versichertennummer: " + L("HEALTH_PLAN_ID", up(1) + dig(9))])


@T("DE", "AT", "CH")
def t_de_letter(c):
    f, l = N(c)
    a = c.addr()
    return ("Sehr geehrte Frau Kollegin %s,%swir berichten über %s, geb. %s, wohnhaft %s, stationäre Behandlung vom %s bis %s"
            " (Aufnahme über die Notaufnahme).%sMit freundlichen Grüßen%s%s" % (
                L("NAME", N(c)[1]), LS, full(f, l), L("DOB", c.date(True)), a["one"], *[L("DATE", x) for x in two_dates(c.dstyle)],
                LS, LS, full(*N(c))))


@T("DE", "AT")
def t_de_chat(c):
    f, l = N(c)
    a = c.addr()
    return ("%s: Hallo, können Sie das Rezept bitte an meine neue Adresse schicken? %s. Danke! LG %s" % (
        L("NAME", f), a["one"], L("NAME", f)))


@T("ES", "MX", "AR", "CL")
def t_es_ficha(c):
    f, l = N(c)
    a = c.addr()
    return ("Ficha de ingreso — Paciente: %s; Fecha de nacimiento: %s; Domicilio: %s; Tel.: %s; NHC: %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("PHONE", c.phone()), L("MRN", dig(6))))


@T("ES", "MX", "AR")
def t_es_email(c):
    f, l = N(c)
    a = c.addr()
    return ("Asunto: cambio de domicilio%sBuenas tardes, les escribo para actualizar mis datos: mi nueva dirección es %s; "
            "mi correo sigue siendo %s. Saludos, %s" % (LS, a["one"], L("EMAIL", email(f, l)), full(f, l)))


@T("MX", "AR", "CL", "ES")
def t_es_reminder(c):
    f, l = N(c)
    return ("Estimado/a %s: le recordamos su cita de control con la Dra. %s el %s a las 10:30. Si no puede asistir, llame al %s." % (
        full(f, l), L("NAME", N(c)[1]), L("DATE", c.date()), L("PHONE", c.phone())))


@T("FR", "BE", "CH")
def t_fr_fiche(c):
    f, l = N(c)
    a = c.addr()
    return LS.join(["Fiche d'admission", "Nom : " + L("NAME", l.upper()), "Prénom : " + L("NAME", f),
                    "Né(e) le : " + L("DOB", c.date(True)), "Adresse : " + a["one"], "Tél. : " + L("PHONE", c.phone()),
                    "N° IPP : " + L("MRN", dig(8))])


@T("FR", "BE")
def t_fr_letter(c):
    f, l = N(c)
    a = c.addr()
    return ("Cher confrère,%sJe vous adresse %s, %s ans, domicile : %s, pour un avis cardiologique. Hospitalisation le %s."
            " Bien confraternellement,%sDr %s" % (
                LS, full(f, l), L("AGE", str(R.randint(90, 99))), a["one"], L("DATE", c.date()), LS, full(*N(c))))


@T("FR", "BE", "CH")
def t_fr_sms(c):
    f, l = N(c)
    return ("Bonjour %s, votre RDV de kiné est confirmé le %s à 17h. Adresse du cabinet : %s. Pour annuler : %s" % (
        L("NAME", f), L("DATE", c.date()), c.addr()["one"], L("PHONE", c.phone())))


@T("BR", "PT")
def t_pt_ficha(c):
    f, l = N(c)
    a = c.addr()
    return ("Ficha de cadastro | Nome: %s | Data de nascimento: %s | Endereço: %s | Convênio: %s | Carteirinha: %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], pick("Unimed", "Amil", "Médis", "Multicare"), L("HEALTH_PLAN_ID", dig(4) + " " + dig(4) + " " + dig(4) + " " + dig(4))))


@T("BR", "PT")
def t_pt_whatsapp(c):
    f, l = N(c)
    a = c.addr()
    return ("[WhatsApp] %s: bom dia! a entrega do oxímetro pode ser feita na casa de %s? %s. obrigada" % (
        L("NAME", f), L("NAME", N(c)[0]), a["one"]))


@T("IT")
def t_it_scheda(c):
    f, l = N(c)
    a = c.addr()
    return ("Scheda paziente — Cognome e nome: %s; nato/a il %s; residenza: %s; tel. %s; medico curante: dott. %s" % (
        L("NAME", "%s %s" % (l.upper(), f)), L("DOB", c.date(True)), a["one"], L("PHONE", c.phone()), full(*N(c))))


@T("IT")
def t_it_email(c):
    f, l = N(c)
    a = c.addr()
    return ("Gentile dott.ssa %s,%sle invio la lettera di dimissione di %s (ricovero dal %s). Il nuovo domicilio è %s.%sCordiali saluti, %s" % (
        L("NAME", N(c)[1]), LS, full(N(c)[0], l), L("DATE", c.date()), a["one"], LS, full(f, l)))


@T("PL")
def t_pl_karta(c):
    f, l = N(c)
    a = c.addr()
    return ("Karta pacjenta: imię i nazwisko: %s; data urodzenia: %s; adres zamieszkania: %s; tel. kontaktowy: %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("PHONE", c.phone())))


@T("PL")
def t_pl_sms(c):
    f, l = N(c)
    return ("Przypominamy o wizycie u dr %s w dniu %s o godz. 12:20, %s. Prosimy o potwierdzenie. Pacjent: %s. W razie pytań: %s" % (
        L("NAME", N(c)[1]), L("DATE", c.date()), c.addr()["one"], full(f, l), L("PHONE", c.phone())))


@T("NL", "BE")
def t_nl_form(c):
    f, l = N(c)
    a = c.addr()
    return ("Inschrijfformulier huisartsenpraktijk — Naam: %s; Geboortedatum: %s; Adres: %s; Polisnummer: %s; E-mail: %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("HEALTH_PLAN_ID", dig(9)), L("EMAIL", email(f, l))))


@T("NL")
def t_nl_chat(c):
    f, l = N(c)
    return ("%s: Hoi, mijn grootouder %s (%s jaar) woont nu bij ons op %s. Kan de wijkverpleging daar langskomen?" % (
        L("NAME", f), full(N(c)[0], l), L("AGE", str(R.randint(90, 100))), c.addr()["one"]))


@T("CZ")
def t_cz(c):
    f, l = N(c)
    a = c.addr()
    return ("Propouštěcí zpráva — pacient: %s, nar. %s, bydliště: %s. Hospitalizace od %s. Ošetřující lékař: MUDr. %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("DATE", c.date()), full(*N(c))))


@T("SE")
def t_se(c):
    f, l = N(c)
    a = c.addr()
    return ("Remiss till ortopedmottagningen: %s, född %s, %s. Kontakt via anhörig %s, %s." % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("NAME", N(c)[0]), L("PHONE", c.phone())))


@T("NO")
def t_no(c):
    f, l = N(c)
    a = c.addr()
    return ("Innkalling til time %s kl. 13.00 — %s, %s. Ta med legemiddelliste. Spørsmål: %s" % (
        L("DATE", c.date()), full(f, l), a["one"], L("EMAIL", email(f, l))))


@T("DK")
def t_dk(c):
    f, l = N(c)
    a = c.addr()
    return ("Epikrise: %s (f. %s), bopæl %s, udskrevet %s til eget hjem med hjemmepleje. Pårørende: %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("DATE", c.date()), full(*N(c))))


@T("FI")
def t_fi(c):
    f, l = N(c)
    a = c.addr()
    return ("Ajanvaraus vahvistettu: %s, %s klo 10.15. Osoite: %s. Peruutukset: %s" % (
        full(f, l), L("DATE", c.date()), a["one"], L("PHONE", c.phone())))


@T("GR")
def t_gr(c):
    f, l = N(c)
    a = c.addr()
    return ("Referral (translated from Greek): %s, born %s, resident at %s, is referred for physiotherapy. A relative, %s, can be reached on %s." % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("NAME", N(c)[0]), L("PHONE", c.phone())))


@T("TR")
def t_tr(c):
    f, l = N(c)
    a = c.addr()
    return ("Hasta kayıt: %s, doğum tarihi %s, adres %s. Yakını: %s, tel %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], full(*N(c)), L("PHONE", c.phone())))


@T("JP")
def t_jp(c):
    f, l = N(c)
    a = c.addr()
    return ("Shipping label%s%s%s%s-sama%sTel %s%sItem: blood glucose meter strips (50)" % (
        LS, a["block"], LS, L("NAME", "%s %s" % (l, f)), LS, L("PHONE", c.phone()), LS))


@T("JP")
def t_jp_referral(c):
    f, l = N(c)
    a = c.addr()
    return ("Medical tourism intake — patient %s %s (family name first), DOB %s, home address %s; interpreter %s-san." % (
        L("NAME", l.upper()), L("NAME", f), L("DOB", c.date(True)), a["one"], L("NAME", N(c)[0])))


@T("IN")
def t_in(c):
    f, l = N(c)
    a = c.addr()
    return ("OPD registration: %s, C/o %s, address %s. Mobile (son abroad): %s. UHID %s" % (
        full(f, l), full(N(c)[0], l), a["one"], L("PHONE", c.phone()), L("MRN", dig(10))))


@T("PH")
def t_ph(c):
    f, l = N(c)
    a = c.addr()
    return ("PhilHealth claim — member: %s, PIN %s, address: %s; confinement %s to %s." % (
        L("NAME", "%s, %s %s." % (l.upper(), f, up(1))), L("HEALTH_PLAN_ID", dig(2) + "-" + dig(9) + "-" + dig(1)), a["one"],
        *[L("DATE", x) for x in two_dates(c.dstyle)]))


@T("KE")
def t_ke(c):
    f, l = N(c)
    a = c.addr()
    return ("Discharge note: %s, %s. NHIF member no. %s. Review at the county clinic on %s. Next of kin %s, tel %s." % (
        full(f, l), a["one"], L("HEALTH_PLAN_ID", dig(8)), L("DATE", c.date()), full(*N(c)), L("PHONE", c.phone())))


@T("NG")
def t_ng(c):
    f, l = N(c)
    a = c.addr()
    return ("Dear %s, your HMO pre-authorisation for physiotherapy at our clinic (%s) has been approved. Enrollee ID %s." % (
        L("NAME", f), a["one"], L("HEALTH_PLAN_ID", "HMO/" + dig(6) + "/" + dig(2))))


@T("ZA")
def t_za(c):
    f, l = N(c)
    a = c.addr()
    return ("Medical aid claim: principal member %s, membership no. %s, dependant code 01; postal %s." % (
        full(f, l), L("HEALTH_PLAN_ID", dig(9)), a["one"]))


@T("AU", "NZ")
def t_au(c):
    f, l = N(c)
    a = c.addr()
    return ("Referral: Pls see %s, DOB %s, %s — Medicare %s ref 2. Ph %s. Cheers, %s" % (
        full(f, l), L("DOB", c.date(True)), a["one"], L("HEALTH_PLAN_ID", dig(4) + " " + dig(5) + " " + dig(1)), L("PHONE", c.phone()), L("NAME", N(c)[0])))


@T("CA")
def t_ca_bilingual(c):
    f, l = N(c)
    a = c.addr()
    return ("Health card / Carte santé: %s — %s, %s, %s" % (
        L("HEALTH_PLAN_ID", dig(4) + "-" + dig(3) + "-" + dig(3) + "-" + up(2)), full(f, l), a["one"], L("PHONE", c.phone())))


@T("IE")
def t_ie(c):
    f, l = N(c)
    a = c.addr()
    return ("GMS medical card %s — %s, %s. Ph %s. Home help Tues & Thurs via %s." % (
        L("HEALTH_PLAN_ID", dig(7) + up(1)), full(f, l), a["one"], L("PHONE", c.phone()), L("NAME", N(c)[0])))


@T("MX")
def t_mx_label(c):
    f, l = N(c)
    a = c.addr()
    return ("GUÍA DE ENVÍO%sDestinatario: %s%s%s%sTel. %s%sContenido: concentrador de oxígeno" % (
        LS, full(f, l), LS, a["block"], LS, L("PHONE", c.phone()), LS))


@T("BR")
def t_br_label(c):
    f, l = N(c)
    a = c.addr()
    return ("DESTINATÁRIO: %s%s%s%sCEP conferido em %s" % (full(f, l), LS, a["block"], LS, L("DATE", c.date())))


@T("AR", "CL")
def t_ar_receta(c):
    f, l = N(c)
    a = c.addr()
    return ("Receta — Paciente: %s. Obra social: OSDE, afiliado n.º %s. Domicilio: %s. Dr. %s" % (
        full(f, l), L("HEALTH_PLAN_ID", dig(11)), a["one"], full(*N(c))))


@T("ES", "PT", "IT")
def t_eu_claim(c):
    f, l = N(c)
    a = c.addr()
    return ("Travel insurance claim — insured: %s; policy %s; home address %s; treated %s; UK contact %s" % (
        full(f, l), L("HEALTH_PLAN_ID", up(2) + "-" + dig(8)), a["one"], L("DATE", c.date()), L("PHONE", ph_uk(pick("mobintl", "ldnintl")))))


@T("SE", "NO", "DK", "FI", "GR", "TR", "CZ", "AT", "CH", "BE", "NL", "PL", "DE")
def t_eu_english_email(c):
    f, l = N(c)
    a = c.addr()
    return ("Hello,%sI am writing on behalf of my grandparent %s (born %s), who now lives at %s. Please send the hearing aid "
            "there. Best wishes, %s (%s)" % (
                LS, full(N(c)[0], l), L("DOB", c.date(True)), a["one"], full(f, l), L("EMAIL", email(f, l))))


@T("DE", "FR", "ES", "NL", "SE", "AT")
def t_eu_crm(c):
    f, l = N(c)
    a = c.addr()
    return "id=%s; name=%s; street=%s; zip=%s; city=%s; country=%s; dob=%s" % (
        dig(6), full(f, l), a["street"], a["zip"], a["town"], c.code, L("DOB", fmt_date(rdate(True), "iso")))


@T("DE", "FR", "IT", "ES", "PL", "NL", "DK", "FI", "NO", "SE", "CZ", "PT")
def t_eu_fax(c):
    f, l = N(c)
    a = c.addr()
    return ("Fax-Deckblatt / Fax cover — to: %s, fax %s · from: %s · re: patient %s, %s · pages 4" % (
        full(*N(c)), L("FAX", ph_fax()), full(f, l), full(*N(c)), a["one"]))


# --- PHI-free lines --------------------------------------------------------------------

@T("X", neg=True)
def n1(c):
    return pick("Will the pharmacy be open on Monday? The May rota says June cover starts after the bank holiday.",
                "Please bill the insurer, not the patient; grant funding covers the hearing aids until March.")


@T("X", neg=True)
def n2(c):
    return pick("Diet: brown rice, steamed fish, no grapefruit with simvastatin. Rose hip tea allowed.",
                "Mark the chart when the Faith & Hope ward round finishes; sterling silver tags go on the keys.")


@T("X", neg=True)
def n3(c):
    return pick("BP 128/84, HR 72, SpO2 97%, temp 36.8 °C; HbA1c 48 mmol/mol. Continue metformin 500 mg bd.",
                "Labs: Na 139, K 4.2, creatinine 88 µmol/L, eGFR 74; repeat in 3 months.")


@T("X", neg=True)
def n4(c):
    return pick("Room 12B, bed 4. Lot 24518, exp 2027-11. Ward 7 handover at 19:00.",
                "Order #40213 shipped via DHL Express, 2 parcels, 4.5 kg; gate 12 at the loading dock.")


@T("X", neg=True)
def n5(c):
    return pick("ICD-10 M54.5 (low back pain), CPT 97110 x4 units; prior auth not required for plan tier 2.",
                "Codes reviewed: E11.9, I10, Z79.4. Claim resubmitted with modifier 25.")


@T("X", neg=True)
def n6(c):
    return pick("We ship CPAP filters to Ireland, Portugal, Chile and New Zealand; customs forms in Spanish or French on request.",
                "Our patients come from Brazil, Poland, Turkey, India and the Philippines; interpreters speak Portuguese and Tagalog.")


@T("X", neg=True)
def n7(c):
    return pick("Termin bitte am Dienstag um 10 Uhr bestätigen. Bitte nüchtern erscheinen.",
                "Rendez-vous mardi à 9 h ; apportez votre carte Vitale et vos ordonnances.")


@T("X", neg=True)
def n8(c):
    return pick("La receta vence en diciembre. Tome ibuprofeno 400 mg cada 8 horas con comida.",
                "Consulta de retorno em março; traga os exames de sangue e a lista de remédios.")


@T("X", neg=True)
def n9(c):
    return pick("The summit on falls prevention is on Friday; Grant Hall has 40 seats, parking is in lot C.",
                "Can you chase the June invoice? Amount due 1,250.00 EUR, reference INV-2025-0412.")


@T("X", neg=True)
def n10(c):
    return pick("Reminder: flu clinics run every Wednesday in October, 9:00–12:30, no appointment needed.",
                "Out of office until Monday. For urgent queries contact the front desk.")


@T("X", neg=True)
def n11(c):
    return pick("Shipping label template: Name / Street / Postcode / Town / Country — fill in block capitals.",
                "Form field 'City' left blank; postcode field must be 4–7 characters depending on the country.")


@T("X", neg=True)
def n12(c):
    return pick("Warfarin 3 mg on Mon/Wed/Fri, 4 mg other days; INR target 2.0–3.0. Next INR check in two weeks.",
                "Atorvastatin 20 mg nocte; amlodipine 5 mg mane; hold ramipril if systolic < 100.")


@T("X", neg=True)
def n13(c):
    return pick("Ticket 58812 closed: printer on floor 3 jammed again. Toner part no. TN-2420.",
                "Version 4.2 of the intake app adds Dutch and Czech; the French form now has 12 fields.")


@T("X", neg=True)
def n14(c):
    return pick("Patient is 67 years old, lives alone, independent with ADLs; walks 2 km a day.",
                "A 45-year-old teacher with a 3-day history of sore throat; no fever, no travel.")


@T("X", neg=True)
def n15(c):
    return pick("Hope you are well! Just a note that the dressings arrived in May and we will need more by August.",
                "Mobile unit visits the north coast in spring; Bill of materials attached for the April order.")


@T("X", neg=True)
def n16(c):
    return pick("Bitte beachten: Wartezimmer im 2. OG, Aufzug rechts. Öffnungszeiten Mo–Fr 8–18 Uhr.",
                "Godziny przyjęć: poniedziałek–piątek 8:00–16:00. Rejestracja telefoniczna od 7:30.")


@T("X", neg=True)
def n17(c):
    return pick("Max dose paracetamol 4 g/24 h; dose reduced to 500 mg for weight under 50 kg.",
                "Knee: effusion +, ROM 0–110°. Ankle and foot normal. Right shoulder stiff since winter.")


# ---------------------------------------------------------------- build and check

LABEL = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")
BAD_CUES = re.compile(r"^(dr|dr\.|mr|mrs|ms|prof|dott|mudr|tel|fax|dob|sr|sra)\b", re.I)


def check(lines):
    ids = set()
    for line in lines:
        if line.startswith("#"):
            continue
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert "\n" not in text and "\r" not in text
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest, line
        for kind, val in LABEL.findall(text):
            assert kind in KINDS, line
            assert val and "[[" not in val and "|" not in val, line
            assert val == val.strip(), line
            assert val[-1] not in ",;:!?" and val[0] not in ",;:!?", line
            assert not val.endswith("'s"), line
            assert not BAD_CUES.match(val), line
            assert LS not in val, line
        for m in re.finditer(r"\]\]'s", text):
            pass
    return ids


def main():
    global NAMES
    df, outdir = sys.argv[1], sys.argv[2]
    NAMES = load_names(df)
    C = mk_countries()
    pos = [(fn, codes) for fn, codes, neg in TEMPLATES if not neg]
    neg = [(fn, codes) for fn, codes, n in TEMPLATES if n]
    out = []
    # every PHI template 3 times (different countries when it has several), PHI-free ones twice
    plan = []
    for fn, codes in pos:
        k = 3 if len(codes) > 1 else 2
        cs = list(codes)
        R.shuffle(cs)
        for j in range(k):
            plan.append((fn, cs[j % len(cs)]))
    for fn, codes in neg:
        plan.append((fn, None))
        plan.append((fn, None))
    R.shuffle(plan)
    seen = set()
    for fn, code in plan:
        for _ in range(20):
            text = fn(C[code] if code else None)
            if text not in seen:
                break
        if text in seen:
            continue
        seen.add(text)
        out.append(text)
    lines = ["# %s: generated by masker-domain/src/test/scripts/holdout8_written.py (seed %d) from Datafaker 2.7.0 name lists "
             "(Apache-2.0) and town/street names and templates written for Masker; U+2028 is a line break inside an example; "
             "held out, scored once; every value invented, phones from fiction ranges." % (OUT, SEED)]
    for n, text in enumerate(out, 1):
        lines.append("%s%03d\t%s" % (PREFIX, n, text))
    check(lines)
    with open(os.path.join(outdir, OUT), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # summary
    counts = {}
    free = 0
    for text in out:
        found = LABEL.findall(text)
        if not found:
            free += 1
        for k, _ in found:
            counts[k] = counts.get(k, 0) + 1
    countries = set(code for _, code in plan if code)
    print("lines", len(out), "phi-free", free, "templates", len(pos), "+", len(neg), "countries", len(countries))
    print(sorted(counts.items(), key=lambda kv: -kv[1]), sum(counts.values()))


if __name__ == "__main__":
    main()
