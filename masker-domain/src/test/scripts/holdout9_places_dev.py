#!/usr/bin/env python3
"""Ninth-round places development set for Masker: written addresses of people in many countries.

Written by an outside author who read neither the detectors, their word lists nor any earlier
corpus beyond its first lines (format only). A DEVELOPMENT set: the lead tunes the engine on it.
Standard library only, deterministic (seed 90931). Names are combined at random from the first-
and last-name lists of Datafaker 2.7.0's locale files (Apache-2.0), unzipped first with
  unzip -o -q ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar '*.yml' -d /tmp/df
Town, district and street names are real places (general knowledge); house numbers, units and
postal codes are random in each country's shape, so any likeness to a real address is chance.
Phones come only from fiction ranges (US 555-01xx, UK 07700 900xxx / 01632 960xxx, AU 0491 570 xxx,
FR 01 99 00 xx xx).

Label conventions (docs/evaluation-corpus.md): ADDRESS is the street part with house number,
unit, floor, building, block, PO box or rural route; ZIP the postal code alone (a country prefix
such as "D-", "CH-", "LV-" and the Japanese 〒 mark stay outside); LOCATION towns, districts and
neighbourhoods (designators such as "Col.", "Bairro", "Brgy.", "Co.", "г." stay outside, suffixes
that are part of the name such as "-ku", "-gu", "-dong", "Nagar" stay inside); states, provinces,
prefectures and countries are not labelled. A Japanese machi name fused with its chōme-banchi
numbers ("Jingūmae 3-12-5", "神宮前3丁目12番5号") is one ADDRESS; a Korean road address is an ADDRESS
and its "-dong" in brackets a LOCATION.

Usage: python3 holdout9_places_dev.py [DATAFAKER_YML_DIR] [OUTPUT_DIR]
"""
import os
import random
import re
import sys

SEED = 90931
PREFIX = "wpd-"
OUT_NAME = "places-written-dev9.tsv"
LS = "\u2028"

# ---------------------------------------------------------------- names from Datafaker
KEYS = ("first_name", "male_first_name", "female_first_name", "last_name", "male_last_name",
        "female_last_name")


def parse_names(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = {}
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(\w+):\s*(.*)$", line)
        if not m or m.group(2) not in KEYS or m.group(2) in out:
            continue
        ind, key, rest = len(m.group(1)), m.group(2), m.group(3).strip()
        rest = re.sub(r"^&\w+\s*", "", rest)
        items = []
        if rest.startswith("["):
            buf, j = rest, i
            while "]" not in buf:
                j += 1
                buf += " " + lines[j].strip()
            items = buf[1:buf.index("]")].split(",")
        elif rest == "":
            j = i + 1
            while (j < len(lines) and re.match(r"^\s*- ", lines[j])
                   and len(lines[j]) - len(lines[j].lstrip()) >= ind):
                items.append(lines[j].strip()[2:])
                j += 1
        else:
            continue
        items = [x.strip().strip('"').strip("'").strip() for x in items]
        items = [x for x in items if x and "#{" not in x and " " not in x and "'" != x[-1]]
        if items:
            out[key] = items
    return out


class Names:
    def __init__(self, ymldir, rnd):
        self.dir = ymldir
        self.rnd = rnd
        self.cache = {}

    def lists(self, loc):
        if loc not in self.cache:
            path = os.path.join(self.dir, "en", "name.yml") if loc == "en" else os.path.join(self.dir, loc + ".yml")
            self.cache[loc] = parse_names(path)
        return self.cache[loc]

    def parts(self, loc):
        d = self.lists(loc)
        r = self.rnd
        male = r.random() < 0.5
        firsts = d.get("first_name") or (d.get("male_first_name") if male else d.get("female_first_name"))
        if not firsts:
            firsts = d.get("male_first_name") or d.get("female_first_name")
        if "last_name" in d:
            lasts = d["last_name"]
        else:
            lasts = d.get("male_last_name") if male else d.get("female_last_name")
            lasts = lasts or d.get("male_last_name")
        return r.choice(firsts), r.choice(lasts)

    def full(self, loc):
        f, l = self.parts(loc)
        if loc in ("ja", "zh-CN", "ko"):
            return l + f
        if loc == "vi":
            return f + " " + self.rnd.choice(["Văn", "Thị", "Minh", "Quốc"]) + " " + l
        if loc == "hu":
            return l + " " + f
        return f + " " + l


# ---------------------------------------------------------------- markup helpers
def lab(kind, v):
    return "[[%s|%s]]" % (kind, v)


def A(v): return lab("ADDRESS", v)
def Z(v): return lab("ZIP", v)
def L(v): return lab("LOCATION", v)
def N(v): return lab("NAME", v)
def P(v): return lab("PHONE", v)
def FX(v): return lab("FAX", v)
def D(v): return lab("DATE", v)
def B(v): return lab("DOB", v)
def E(v): return lab("EMAIL", v)


R = random.Random(SEED)
NM = None  # set in main


def dig(n): return "".join(R.choice("0123456789") for _ in range(n))
def nz(n): return str(R.randint(1, 9)) + dig(n - 1)
def up(n): return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
def hn(lo=1, hi=199): return str(R.randint(lo, hi))
def ch(seq): return R.choice(seq)


def us_phone():
    return ch(["(%s) 555-01%s", "%s-555-01%s", "+1 %s 555 01%s"]) % (ch(["212", "312", "415", "617", "503", "206", "404"]), dig(2))
def uk_mob(): return ch(["07700 900%s", "+44 7700 900%s"]) % dig(3)
def uk_land(): return "01632 960%s" % dig(3)
def au_mob(): return ch(["0491 570 %s", "+61 491 570 %s"]) % dig(3)
def fr_tel(): return "01 99 00 %s %s" % (dig(2), dig(2))


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def ymd(y0=2021, y1=2025):
    return R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)


def dmy_dot(y0=2021, y1=2025):
    y, m, d = ymd(y0, y1)
    return "%02d.%02d.%d" % (d, m, y)


def dmy_slash(y0=2021, y1=2025):
    y, m, d = ymd(y0, y1)
    return "%02d/%02d/%d" % (d, m, y)


def iso(y0=2021, y1=2025):
    y, m, d = ymd(y0, y1)
    return "%d-%02d-%02d" % (y, m, d)


def long_en(y0=2021, y1=2025):
    y, m, d = ymd(y0, y1)
    return ch(["%d %s %d" % (d, MONTHS_EN[m - 1], y), "%s %d, %d" % (MONTHS_EN[m - 1], d, y)])


def birth(fmt=dmy_dot):
    return fmt(1931, 2004)


# ---------------------------------------------------------------- templates with PHI
T = []


def tpl(n=3):
    def deco(f):
        T.append((f, n))
        return f
    return deco


DE_STREETS = ["Lindenstraße", "Schillerstraße", "Bahnhofstraße", "Goethestraße", "Am Mühlbach", "Rosenweg",
              "Kastanienallee", "Bergstraße", "Friedrich-Ebert-Straße", "Hauptstraße"]
DE_TOWNS = ["Leipzig", "Bielefeld", "Göttingen", "Würzburg", "Rostock", "Kassel", "Erfurt", "Freiburg im Breisgau",
            "Bad Kreuznach", "Halle (Saale)", "Neustadt an der Weinstraße"]


@tpl(3)
def de_letter(_):
    nm = NM.full("de")
    unit = ch(["", ", 2. OG links", ", Hinterhaus", ", App. " + hn(1, 40)])
    return (ch(["Herrn", "Frau", "An"]) + LS + N(nm) + LS + A("%s %s%s%s" % (ch(DE_STREETS), hn(), ch(["", "a", "b"]), unit))
            + LS + Z(nz(5)) + " " + L(ch(DE_TOWNS)))


@tpl(2)
def de_prefix(_):
    nm = NM.full("de")
    return ("Neue Anschrift von %s seit %s: %s, D-%s %s. Tel. %s" %
            (N(nm), D(dmy_dot()), A("%s %s" % (ch(DE_STREETS), hn())), Z(nz(5)), L(ch(DE_TOWNS)), P(uk_mob())))


@tpl(2)
def de_moved(_):
    nm = NM.full("de")
    a, b = R.sample(DE_TOWNS, 2)
    return ("Sozialanamnese: %s ist im %s %s von %s nach %s gezogen, wohnt jetzt %s, %s %s, allein im 3. Stock ohne Aufzug." %
            (N(nm), ch(["Frühjahr", "Herbst", "Sommer"]), str(R.randint(2019, 2024)), L(a), L(b),
             A("%s %s" % (ch(DE_STREETS), hn())), Z(nz(5)), L(b)))


AT_STREETS = ["Währinger Straße", "Mariahilfer Straße", "Landstraßer Hauptstraße", "Gumpendorfer Straße", "Thaliastraße"]


@tpl(2)
def at_vienna(_):
    nm = NM.full("de-AT")
    return ("Wohnadresse %s: %s, A-%s %s (Bezirk %s)" %
            (N(nm), A("%s %s/%s/%s" % (ch(AT_STREETS), hn(), R.randint(1, 4), R.randint(1, 30))),
             Z("1" + ch(["0", "1", "2"]) + str(R.randint(1, 9)) + "0"), L("Wien"), L(ch(["Alsergrund", "Ottakring", "Favoriten", "Meidling"]))))


@tpl(2)
def ch_form(_):
    nm = NM.full("de-CH")
    town, zipc = ch([("Zürich", "80"), ("Winterthur", "84"), ("Bern", "30"), ("Luzern", "60"), ("Basel", "40")])
    return ("Patientin/Patient: %s | Adresse: %s | PLZ/Ort: CH-%s %s | Natel %s" %
            (N(nm), A("%s %s" % (ch(["Seestrasse", "Dorfstrasse", "Bahnhofstrasse", "Rütistrasse"]), hn())),
             Z(zipc + dig(2)), L(town), P(uk_mob())))


FR_STREETS = ["rue Paul Bert", "rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue des Lilas",
              "impasse des Tilleuls", "chemin du Moulin", "allée des Cerisiers"]
FR_TOWNS = [("LYON", "690"), ("NANTES", "440"), ("TOULOUSE", "310"), ("LILLE", "590"), ("RENNES", "350"),
            ("MONTPELLIER", "340"), ("BESANÇON", "250"), ("VILLEURBANNE", "691")]


@tpl(3)
def fr_block(_):
    nm = NM.full("fr")
    town, zp = ch(FR_TOWNS)
    return ("À l'attention de %s" % N(nm.upper()) + LS + A(ch(["Bâtiment B, escalier 2", "Résidence Les Acacias, appt 14", "Bât. C, 3e étage"]))
            + LS + A("%s%s %s" % (hn(1, 120), ch(["", " bis", " ter"]), ch(FR_STREETS))) + LS + Z(zp + dig(2)) + " " + L(town) + LS + "FRANCE")


@tpl(2)
def fr_sentence(_):
    nm = NM.full("fr")
    town, zp = ch(FR_TOWNS)
    return ("%s, né(e) le %s à %s, domicilié(e) au %s, %s %s ; tél. %s." %
            (N(nm), B(birth()), L(ch(["Quimper", "Annecy", "Dijon", "Pau", "Brest"])),
             A("%s %s" % (hn(1, 80), ch(FR_STREETS))), Z(zp + dig(2)), L(town.title()), P(fr_tel())))


@tpl(2)
def be_nl(_):
    nm = NM.full("nl")
    town, zp = ch([("Gent", "9000"), ("Antwerpen", "2018"), ("Leuven", "3000"), ("Brugge", "8000"), ("Hasselt", "3500")])
    return ("Adres patiënt: %s, %s, %s %s. Huisarts: dr. %s." %
            (N(nm), A("%s %s bus %s" % (ch(["Kortrijksesteenweg", "Brusselsestraat", "Veldstraat", "Lange Lozanastraat"]), hn(), R.randint(1, 20))),
             Z(zp), L(town), N(NM.full("nl"))))


@tpl(2)
def be_fr(_):
    nm = NM.full("fr")
    town, zp = ch([("Liège", "4000"), ("Namur", "5000"), ("Charleroi", "6000"), ("Ixelles", "1050"), ("Mons", "7000")])
    return ("Domicile de %s : %s, boîte %s, B-%s %s (depuis le %s)." %
            (N(nm), A("%s %s" % (ch(["rue Saint-Gilles", "chaussée de Louvain", "rue de Fer", "avenue Louise"]), hn())),
             R.randint(1, 12), Z(zp), L(town), D(dmy_slash())))


NL_TOWNS = ["Utrecht", "Zwolle", "Haarlem", "Eindhoven", "Groningen", "Leeuwarden", "Den Bosch", "Amersfoort"]


@tpl(3)
def nl_moved(_):
    nm = NM.full("nl")
    a, b = R.sample(NL_TOWNS, 2)
    return ("%s is per %s verhuisd van %s naar %s, %s %s. Nieuw nummer: %s" %
            (N(nm), D(dmy_dot()), L(a), A("%s %s-%s" % (ch(["Oudegracht", "Biltstraat", "Kerkstraat", "Dorpsstraat"]), hn(), ch(["A", "bis", "2", "III"]))),
             Z("%s %s" % (nz(4), up(2))), L(b), P(uk_mob())))


@tpl(2)
def lu_line(_):
    nm = NM.full("fr")
    return ("Luxembourg – %s, %s, L-%s %s; tél. %s" %
            (N(nm), A("%s, rue %s" % (hn(1, 90), ch(["de Hollerich", "des Romains", "de la Gare", "Principale"]))), Z(nz(4)),
             L(ch(["Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck"])), P(fr_tel())))


ES_STREETS = ["C/ Mayor", "Calle de Alcalá", "Avda. de la Constitución", "C/ San Vicente", "Plaza del Pilar", "Paseo de Gracia"]
ES_TOWNS = [("Zaragoza", "500"), ("Valladolid", "470"), ("Murcia", "300"), ("Alicante", "030"), ("Granada", "180"), ("Getafe", "289")]


@tpl(2)
def es_form(_):
    nm = NM.full("es") + " " + NM.parts("es")[1]
    town, zp = ch(ES_TOWNS)
    return ("Domicilio: %s | CP: %s | Localidad: %s | Titular: %s | Fecha de alta: %s" %
            (A("%s, %s, %sº %sª" % (ch(ES_STREETS), hn(), R.randint(1, 9), R.randint(1, 4))), Z(zp + dig(2)), L(town), N(nm), D(dmy_slash())))


@tpl(2)
def es_pobox(_):
    nm = NM.full("es")
    town, zp = ch(ES_TOWNS)
    return ("Correspondencia para %s: %s, %s %s. No enviar a la dirección del trabajo." %
            (N(nm), A("Apartado de Correos %s" % hn(10, 2500)), Z(zp + dig(2)), L(town)))


@tpl(2)
def es_lives(_):
    nm = NM.full("es")
    return ("Paciente %s: vive en %s con su hija; nació en %s el %s." %
            (N(nm), L(ch(["Alcobendas", "Sabadell", "Dos Hermanas", "Torrejón de Ardoz", "Jerez de la Frontera"])),
             L(ch(["Lugo", "Cáceres", "Teruel", "Soria", "Huesca"])), B(birth(dmy_slash))))


PT_TOWNS = [("Porto", "4000"), ("Braga", "4700"), ("Coimbra", "3000"), ("Aveiro", "3800"), ("Faro", "8000"), ("Setúbal", "2900")]


@tpl(2)
def pt_form(_):
    nm = NM.full("pt")
    town, zp = ch(PT_TOWNS)
    return ("Morada: %s, %s %s. Utente: %s, contacto %s." %
            (A("%s, n.º %s, %s" % (ch(["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Almada", "Travessa do Carmo"]), hn(), ch(["3.º Esq.", "2.º Dto", "r/c", "1.º andar"]))),
             Z(zp + "-" + dig(3)), L(town), N(nm), P(uk_mob())))


IT_TOWNS = [("Bologna", "401", "BO"), ("Torino", "101", "TO"), ("Bergamo", "241", "BG"), ("Verona", "371", "VR"), ("Bari", "701", "BA"), ("Padova", "351", "PD")]


@tpl(2)
def it_res(_):
    nm = NM.full("it")
    town, zp, pr = ch(IT_TOWNS)
    return ("Residente in %s, %s %s (%s). Nato a %s il %s." %
            (A("%s %s, scala %s, interno %s" % (ch(["Via Mazzini", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale dei Mille"]), hn(), ch("ABC"), R.randint(1, 24))),
             Z(zp + dig(2)), L(town), pr, L(ch(["Lecce", "Matera", "Cremona", "Rovigo", "Trapani"])), B(birth(dmy_slash))) + " Paziente: " + N(nm) + ".")


@tpl(2)
def it_email(_):
    nm = NM.full("it")
    town, zp, pr = ch(IT_TOWNS)
    return ("Gentile ambulatorio, vi comunico il mio nuovo indirizzo: %s, I-%s %s. Cordiali saluti, %s" %
            (A("%s %s" % (ch(["Via Roma", "Piazza Cavour", "Via dei Tigli"]), hn())), Z(zp + dig(2)), L(town), N(nm)))


PL_TOWNS = [("Kraków", "3"), ("Wrocław", "5"), ("Poznań", "6"), ("Gdańsk", "8"), ("Lublin", "2"), ("Łódź", "9")]


@tpl(2)
def pl_form(_):
    nm = NM.full("pl")
    town, z1 = ch(PL_TOWNS)
    return ("Adres zamieszkania: %s, %s %s. Pacjent: %s, ur. %s" %
            (A("ul. %s %s/%s" % (ch(["Długa", "Mickiewicza", "Kościuszki", "Słowackiego", "Polna"]), hn(), R.randint(1, 60))),
             Z("%s%s-%s" % (z1, dig(1), dig(3))), L(town), N(nm), B(birth())))


@tpl(2)
def cz_form(_):
    nm = NM.full("cs-CZ")
    town, z = ch([("Praha 2", "120 00"), ("Brno", "602 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"), ("Praha 10", "100 00")])
    return ("Bydliště: %s, %s %s · Pojištěnec: %s · tel. %s" %
            (A("%s %s/%s" % (ch(["Vinohradská", "Husova", "Palackého", "Masarykova"]), R.randint(100, 2999), R.randint(1, 80))),
             Z(z), L(town), N(nm), P(uk_mob())))


@tpl(2)
def sk_form(_):
    nm = R.choice(NM.lists("sk")["female_first_name"]) + " " + R.choice(NM.lists("cs-CZ")["female_last_name"])
    return ("Trvalý pobyt: %s, %s %s – %s. Menovaná %s sa presťahovala z %s." %
            (A("%s %s" % (ch(["Mlynské nivy", "Obchodná", "Jantárová"]), hn())), Z("8%s %s" % (dig(2), dig(2))), L("Bratislava"), L(ch(["Petržalka", "Ružinov", "Dúbravka"])),
             N(nm), L(ch(["Žiliny", "Nitry", "Prešova"]))))


@tpl(2)
def hu_form(_):
    nm = NM.full("hu")
    return ("Lakcím: %s %s, %s. Név: %s. Felvétel: %s" %
            (Z("1%s" % dig(3)), L("Budapest"), A("%s %s. %s. emelet %s" % (ch(["Váci utca", "Andrássy út", "Király utca", "Üllői út"]), hn(), R.randint(1, 6), R.randint(1, 20))),
             N(nm), D("%d.%02d.%02d" % ymd())))


@tpl(2)
def se_block(_):
    nm = NM.full("sv")
    town, zz = ch([("GÖTEBORG", "41"), ("UPPSALA", "75"), ("MALMÖ", "21"), ("UMEÅ", "90"), ("LUND", "22")])
    return (N(nm) + LS + ch(["", "c/o " + N(NM.full("sv")) + LS]) + A("%s %s, lgh %s" % (ch(["Storgatan", "Kungsgatan", "Drottninggatan", "Linnégatan"]), hn(), R.randint(1001, 1304)))
            + LS + Z("%s%s %s" % (zz, dig(1), dig(2))) + " " + L(town))


@tpl(2)
def no_form(_):
    nm = NM.full("nb-NO")
    if R.random() < 0.4:
        street = "Postboks %s" % hn(10, 900)
    else:
        street = "%s %s%s" % (ch(["Thorvald Meyers gate", "Kirkeveien", "Storgata", "Bygdøy allé"]), hn(), ch(["", "B", "C"]))
    return ("Pasient %s, adresse %s, %s %s. Pårørende: %s, %s" %
            (N(nm), A(street), Z(dig(4)), L(ch(["Bergen", "Trondheim", "Tromsø", "Drammen", "Stavanger"])), N(NM.full("nb-NO")), P(uk_mob())))


@tpl(2)
def dk_form(_):
    nm = NM.full("da-DK")
    town, zp = ch([("København N", "2200"), ("Aarhus C", "8000"), ("Odense M", "5230"), ("Aalborg", "9000"), ("Vejle", "7100")])
    return ("Borger: %s, bopæl %s, %s %s. Indflyttet %s." %
            (N(nm), A("%s %s, %s. %s" % (ch(["Nørrebrogade", "Østergade", "Vestergade", "Jægersborggade"]), hn(), R.randint(1, 5), ch(["th", "tv", "mf"]))),
             Z(zp), L(town), D(dmy_dot())))


@tpl(2)
def fi_form(_):
    nm = NM.full("fi-FI")
    town, zp = ch([("Tampere", "331"), ("Turku", "201"), ("Oulu", "901"), ("Jyväskylä", "401"), ("Espoo", "021")])
    return ("Osoite: %s, %s %s · Potilas: %s · syntynyt %s" %
            (A("%s %s %s %s" % (ch(["Hämeenkatu", "Aleksanterinkatu", "Puistokatu", "Koulukatu"]), hn(1, 60), ch("ABC"), R.randint(1, 40))),
             Z(zp + dig(2)), L(town), N(nm), B(birth())))


@tpl(2)
def baltic(_):
    k = R.randint(0, 2)
    if k == 0:
        nm = NM.full("et")
        return "Aadress: %s, %s %s. Patsient %s." % (A("%s %s-%s" % (ch(["Pärnu mnt", "Narva mnt", "Tartu mnt"]), hn(), R.randint(1, 60))), Z("1" + dig(4)), L("Tallinn"), N(nm))
    if k == 1:
        nm = NM.full("lv")
        return "Adrese: %s, %s, LV-%s. Pacients %s, tālr. %s" % (A("%s %s - %s" % (ch(["Brīvības iela", "Elizabetes iela", "Tērbatas iela"]), hn(), R.randint(1, 60))), L("Rīga"), Z("10" + dig(2)), N(nm), P(uk_mob()))
    nm = NM.full("pl")
    return "Adresas: %s, LT-%s %s. Pacientas %s." % (A("Gedimino pr. %s-%s" % (hn(1, 60), R.randint(1, 40))), Z("0" + dig(4)), L(ch(["Vilnius", "Kaunas"])), N(nm))


@tpl(2)
def gr_form(_):
    nm = NM.full("el-GR")
    town, zp = ch([("Αθήνα", "10"), ("Θεσσαλονίκη", "54"), ("Πάτρα", "26"), ("Ηράκλειο", "71")])
    return ("Διεύθυνση: %s, %s %s — Ασθενής: %s — Τηλ. %s" %
            (A("%s %s" % (ch(["Ερμού", "Πατησίων", "Εγνατίας", "Αγίου Νικολάου"]), hn())), Z("%s%s %s" % (zp, dig(1), dig(2))), L(town), N(nm), P(uk_mob())))


@tpl(2)
def tr_form(_):
    nm = NM.full("tr")
    return ("Adres: %s Mah. %s, %s %s/İstanbul — Hasta: %s" %
            (L(ch(["Caferağa", "Moda", "Bostancı", "Fenerbahçe"])), A("%s Sok. No: %s D: %s" % (ch(["Bahariye", "Kuşdili", "Moda"]), hn(1, 90), R.randint(1, 20))),
             Z("34" + dig(3)), L(ch(["Kadıköy", "Üsküdar", "Beşiktaş"])), N(nm)))


@tpl(2)
def il_form(_):
    nm = NM.full("he")
    return ("כתובת: %s, %s, מיקוד %s. מטופל: %s" %
            (A("%s %s דירה %s" % (ch(["רחוב הרצל", "רחוב ויצמן", "שדרות רוטשילד"]), hn(), R.randint(1, 30))), L(ch(["חיפה", "רחובות", "נתניה", "תל אביב"])), Z(nz(7)), N(nm)))


@tpl(2)
def il_en(_):
    nm = NM.full("he")
    return ("Patient relocated to %s, %s %s (Israel) on %s; contact %s." %
            (A("%s %s, Apt %s" % (hn(), ch(["Herzl St", "Ben Yehuda St", "Jabotinsky Rd"]), R.randint(1, 40))), L(ch(["Haifa", "Ramat Gan", "Beersheba"])), Z(nz(7)), D(long_en()), P(uk_mob())) + " Name on file: " + N(nm))


IN_CITIES = [("Bengaluru", "560"), ("Pune", "411"), ("Jaipur", "302"), ("Lucknow", "226"), ("Hyderabad", "500"), ("Chennai", "600")]
NAGARS = ["Indira Nagar", "Shastri Nagar", "Gandhi Nagar", "Anna Nagar", "Rajaji Nagar", "Malviya Nagar", "Vijay Nagar"]


@tpl(3)
def in_block(_):
    nm = NM.full("en-IN")
    city, zp = ch(IN_CITIES)
    return (N(nm) + LS + A("Flat No. %s, %s Residency, %s Cross" % (R.randint(101, 904), ch(["Sai Krupa", "Lakshmi", "Green Park", "Shanti"]), ch(["2nd", "4th", "5th", "11th"])))
            + LS + L(ch(NAGARS)) + ", " + L(city) + " - " + Z(zp + dig(3)) + LS + "Mob: " + P(uk_mob()))


@tpl(3)
def in_native(_):
    nm = NM.full("en-IN")
    city, zp = ch(IN_CITIES)
    return ("Social hx: %s, lives in %s, %s with son; native place %s. Address proof: %s, %s, PIN %s." %
            (N(nm), L(ch(NAGARS)), L(city), L(ch(["Madurai", "Nashik", "Kota", "Hubballi", "Varanasi"])),
             A("H.No. %s-%s/%s, %s" % (R.randint(1, 12), R.randint(1, 300), ch("ABC"), ch(["Temple Road", "Station Road", "MG Road", "Nehru Street"]))), L(city), Z(zp + dig(3))))


JP_WARDS = [("世田谷区", "三軒茶屋", "154"), ("渋谷区", "神宮前", "150"), ("杉並区", "阿佐谷北", "166"), ("中野区", "中央", "164"), ("文京区", "本郷", "113")]


@tpl(3)
def jp_kanji(_):
    nm = NM.full("ja")
    ward, machi, zp = ch(JP_WARDS)
    return ("住所：〒%s 東京都%s%s　氏名：%s 様　電話 %s" %
            (Z("%s-%s" % (zp, dig(4))), L(ward), A("%s%s丁目%s番%s号 %s%s号室" % (machi, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), ch(["サンハイツ", "メゾン桜", "コーポ青葉"]), R.randint(101, 505))),
             N(nm), P(uk_mob())))


@tpl(3)
def jp_en(_):
    given = ch(["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Kenji", "Emi"])
    fam = ch(["Takahashi", "Watanabe", "Kobayashi", "Yamaguchi", "Inoue", "Kimura", "Shimizu"])
    ward, machi, zp = ch([("Setagaya-ku", "Sangenjaya", "154"), ("Shibuya-ku", "Jingumae", "150"), ("Naka-ku", "Motomachi", "231"), ("Kita-ku", "Umeda", "530")])
    city = {"154": "Tokyo", "150": "Tokyo", "231": "Yokohama", "530": "Osaka"}[zp]
    return ("Ship to: %s, %s, %s, %s %s, Japan" %
            (N("%s %s" % (given, fam)), A("%s %s-%s-%s, Room %s" % (machi, R.randint(1, 5), R.randint(1, 30), R.randint(1, 20), R.randint(101, 909))), L(ward), L(city), Z("%s-%s" % (zp, dig(4)))))


KR_GU = [("강남구", "역삼동", "테헤란로"), ("마포구", "서교동", "양화로"), ("송파구", "잠실동", "올림픽로"), ("서초구", "반포동", "신반포로")]


@tpl(2)
def kr_hangul(_):
    nm = NM.full("ko")
    gu, dong, road = ch(KR_GU)
    return ("주소: 서울특별시 %s %s (%s) 우편번호 %s / 보호자 %s / 환자 %s" %
            (L(gu), A("%s %s, %s동 %s호" % (road, hn(1, 400), R.randint(101, 120), R.randint(101, 2505))),
             L(dong), Z("0" + dig(4)), N(NM.full("ko")), N(nm)))


@tpl(3)
def kr_en(_):
    nm = ch(["Kim Min-jun", "Park Seo-yeon", "Lee Ji-hoon", "Choi Ha-eun", "Jung Woo-jin", "Kang Su-bin"])
    gu, dong, road = ch([("Gangnam-gu", "Yeoksam-dong", "Teheran-ro"), ("Mapo-gu", "Seogyo-dong", "Yanghwa-ro"), ("Songpa-gu", "Jamsil-dong", "Olympic-ro")])
    return ("Patient %s lives in %s, %s, Seoul. Mailing address: %s, %s, Seoul %s." %
            (N(nm), L(dong), L(gu), A("Apt %s, Bldg %s, %s %s" % (R.randint(101, 2505), R.randint(101, 120), hn(1, 400), road)), L(gu), Z("0" + dig(4))))


@tpl(2)
def cn_form(_):
    nm = NM.full("zh-CN")
    city, dist = ch([("北京市", "朝阳区"), ("上海市", "徐汇区"), ("广州市", "天河区"), ("成都市", "武侯区")])
    return ("患者：%s；地址：%s%s%s；邮编：%s；联系电话：%s" %
            (N(nm), L(city), L(dist), A("%s%s号院%s号楼%s单元%s室" % (ch(["建国路", "中山路", "人民路", "天府大道"]), hn(), R.randint(1, 12), R.randint(1, 4), R.randint(101, 2203))),
             Z(nz(6)), P(uk_mob())))


@tpl(2)
def tw_en(_):
    nm = ch(["Chen Yi-ting", "Lin Chia-hao", "Huang Mei-ling", "Wu Chun-chieh"])
    return ("Billing address for %s: %s, %s, Taipei City %s, Taiwan" %
            (N(nm), A("%sF., No. %s, Sec. %s, %s" % (R.randint(2, 15), hn(1, 500), R.randint(1, 4), ch(["Fuxing S. Rd", "Zhongxiao E. Rd", "Heping E. Rd"]))), L(ch(["Da'an District", "Xinyi District", "Zhongshan District"])), Z("1" + dig(2))))


@tpl(2)
def hk_block(_):
    nm = ch(["Chan Tai Man", "Wong Siu Ling", "Leung Ka Yan", "Cheung Wai Kit"])
    return ("Patient: " + N(nm) + LS + A("Flat %s, %s/F, Block %s, %s" % (ch("ABCDEFGH"), R.randint(2, 38), R.randint(1, 9), ch(["Tai Koo Shing", "Kornhill Gardens", "Whampoa Garden", "Laguna City"])))
            + LS + A("%s %s" % (hn(1, 60), ch(["Tai Koo Wan Road", "Hong Pak Road", "Shung King Street"]))) + LS + L(ch(["Quarry Bay", "Hung Hom", "Kwun Tong", "Sha Tin"])) + ", Hong Kong")


@tpl(2)
def sg_form(_):
    nm = ch(["Tan Wei Ming", "Lim Hui Min", "Nur Aisyah binte Rahman", "Rajesh s/o Kumar", "Goh Siew Lan"])
    return ("Address: %s, Singapore %s. NOK: %s (next of kin), HP %s" %
            (A("Blk %s %s, #%02d-%s" % (R.randint(100, 799), ch(["Ang Mo Kio Avenue 3", "Tampines Street 21", "Jurong West Street 42", "Bedok North Road"]), R.randint(2, 25), R.randint(100, 1500))),
             Z(nz(6)), N(nm), P(uk_mob())))


@tpl(2)
def ph_form(_):
    nm = NM.full("en-PH")
    return ("Address: %s, Brgy. %s, %s, %s Metro Manila. Patient: %s, DOB %s" %
            (A("%s %s Street" % (hn(), ch(["Mabini", "Rizal", "Kalayaan", "Maginhawa"]))), L(ch(["San Antonio", "Poblacion", "Malate", "Teachers Village East"])),
             L(ch(["Quezon City", "Makati", "Pasig", "Mandaluyong"])), Z(nz(4)), N(nm), B(birth(dmy_slash))))


@tpl(2)
def vn_form(_):
    nm = NM.full("vi")
    return ("Địa chỉ: %s, phường %s, quận %s, %s. Bệnh nhân: %s, sinh ngày %s" %
            (A("Số %s ngõ %s phố %s" % (hn(1, 90), R.randint(2, 200), ch(["Huế", "Bạch Mai", "Kim Mã", "Tây Sơn"]))), L(ch(["Phạm Đình Hổ", "Trung Liệt", "Kim Mã"])),
             L(ch(["Hai Bà Trưng", "Đống Đa", "Ba Đình"])), L("Hà Nội"), N(nm), B(birth(dmy_slash))))


@tpl(2)
def th_en(_):
    nm = NM.full("th")
    return ("Home address: %s, %s, %s, Bangkok %s. Next of kin: %s" %
            (A("%s/%s Soi Sukhumvit %s" % (R.randint(1, 200), R.randint(1, 90), R.randint(1, 101))), L(ch(["Khlong Toei Nuea", "Phra Khanong", "Bang Na Nuea"])),
             L(ch(["Watthana", "Khlong Toei", "Bang Na"])), Z("10" + dig(3)), N(nm)))


@tpl(2)
def id_form(_):
    nm = NM.full("id-ID")
    return ("Alamat: %s, Kel. %s, Kec. %s, %s %s. Pasien: %s" %
            (A("Jl. %s No. %s, RT %03d/RW %03d" % (ch(["Melati", "Kenanga", "Cempaka Putih Raya", "Gatot Subroto"]), hn(1, 120), R.randint(1, 15), R.randint(1, 12))),
             L(ch(["Menteng", "Kebon Jeruk", "Sukajadi", "Tegalsari"])), L(ch(["Menteng", "Kebon Jeruk", "Sukajadi", "Tegalsari"])), L(ch(["Jakarta Pusat", "Bandung", "Surabaya"])), Z(nz(5)), N(nm)))


@tpl(2)
def my_form(_):
    nm = ch(["Ahmad Faizal bin Osman", "Siti Nurhaliza binti Yusof", "Lee Chong Wei", "Kavitha a/p Subramaniam"])
    return ("%s — %s, %s %s, Selangor. Tel: %s" %
            (N(nm), A("No. %s, Jalan SS %s/%s" % (hn(1, 90), R.randint(1, 25), R.randint(1, 30))), Z("47" + dig(3)), L(ch(["Petaling Jaya", "Subang Jaya", "Shah Alam"])), P(uk_mob())))


AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")]


@tpl(3)
def au_unit(_):
    nm = NM.full("en-AU")
    sub, st, pc = ch(AU_SUBURBS)
    return ("Client: %s%sResidential: %s, %s %s %s%sMobile: %s" %
            (N(nm), LS, A("Unit %s/%s %s" % (R.randint(1, 24), hn(), ch(["Smith Street", "King Street", "Latrobe Tce", "Hampton Rd"]))), L(sub), st, Z(pc), LS, P(au_mob())))


@tpl(2)
def au_rural(_):
    nm = NM.full("en-AU")
    return ("Rural client %s: postal %s, %s NSW %s; property at %s, %s." %
            (N(nm), A("RMB %s" % R.randint(1000, 9999)), L(ch(["Dorrigo", "Bellingen", "Gloucester"])), Z("24" + dig(2)), A("%s Wallaby Creek Road" % R.randint(100, 2999)), L(ch(["Megan", "Thora", "Fernmount"]))))


@tpl(3)
def nz_form(_):
    nm = NM.full("en-NZ")
    if R.random() < 0.5:
        return "Address: %s, %s, %s %s. Contact %s." % (A("Flat %s, %s %s" % (R.randint(1, 9), hn(1, 300), ch(["Ponsonby Road", "Karangahape Road", "Cuba Street"]))), L(ch(["Grey Lynn", "Mount Eden", "Te Aro"])), L(ch(["Auckland", "Wellington"])), Z(nz(4)), N(nm))
    return "%s farms at %s, %s %s (rural delivery); moved from %s in %s." % (N(nm), A("%s Te Mata Road, RD %s" % (R.randint(100, 999), R.randint(1, 9))), L(ch(["Havelock North", "Hastings", "Waipukurau"])), Z("41" + dig(2)), L(ch(["Whanganui", "Gisborne"])), ch(MONTHS_EN))


@tpl(3)
def za_form(_):
    nm = NM.full("en-ZA")
    return ("Residential address: %s, %s, %s, %s. Patient %s." %
            (A("Unit %s %s, %s %s" % (R.randint(1, 40), ch(["Sunset Villas", "Jacaranda Gardens", "Protea Court"]), hn(), ch(["Jacaranda Street", "Kerk Street", "Main Road"]))),
             L(ch(["Lynnwood", "Sea Point", "Morningside", "Bryanston"])), L(ch(["Pretoria", "Cape Town", "Durban", "Sandton"])), Z("0" + dig(3)), N(nm)))


@tpl(3)
def ng_form(_):
    nm = NM.full("en-NG")
    if R.random() < 0.4:
        street = "P.M.B. %s" % R.randint(1000, 9999)
    else:
        street = "Plot %s, %s" % (R.randint(1, 90), ch(["Adeola Odeku Street", "Awolowo Road", "Herbert Macaulay Way"]))
    return ("Patient %s resides at %s, %s, %s; born in %s on %s." %
            (N(nm), A(street), L(ch(["Victoria Island", "Ikoyi", "Yaba", "Surulere"])), L("Lagos"), L(ch(["Ibadan", "Enugu", "Abeokuta", "Owerri"])), B(birth(long_en))))


@tpl(3)
def ke_pobox(_):
    nm = NM.full("en")
    town = ch(["Nairobi", "Kisumu", "Nakuru", "Eldoret"])
    return ("Postal address: %s-%s, %s. Physical: %s, %s. Patient: %s" %
            (A("P.O. Box %s" % R.randint(100, 99999)), Z("%s00" % ch(["001", "401", "201", "301"])), L(town), A("House %s, %s" % (R.randint(1, 60), ch(["Ngong Road", "Oginga Odinga Street", "Kenyatta Avenue"]))), L(ch(["Kilimani", "Milimani", "Lavington"])), N(nm)))


@tpl(2)
def eg_form(_):
    nm = ch(["Mohamed Abdel Rahman", "Nour El-Sayed", "Ahmed Fathy", "Mariam Hassan"])
    return ("Home: %s, %s, %s %s. Patient %s, DOB %s" %
            (A("Apartment %s, %s floor, %s El-Tahrir Street" % (R.randint(1, 30), ch(["4th", "2nd", "7th"]), hn(1, 80))), L(ch(["Dokki", "Mohandessin", "Agouza"])), L("Giza"), Z("12" + dig(3)), N(nm), B(birth(dmy_slash))))


@tpl(2)
def ma_form(_):
    nm = ch(["Youssef El Amrani", "Fatima Zahra Bennani", "Karim Alaoui"])
    return ("Adresse : %s, %s, %s %s. Patient : %s" %
            (A("Appt %s, Résidence Al Amal, %s rue Ibn Sina" % (R.randint(1, 30), hn(1, 90))), L(ch(["Agdal", "Hassan", "Souissi"])), Z("10" + dig(3)), L("Rabat"), N(nm)))


US_CITIES = [("Springfield", "IL", "627"), ("Eugene", "OR", "974"), ("Dayton", "OH", "454"), ("Boise", "ID", "837"), ("Tacoma", "WA", "984"), ("Savannah", "GA", "314"), ("Burlington", "VT", "054")]
US_STREETS = ["Maple Ave", "Oak Street", "Elm St", "Cedar Lane", "Washington Blvd", "Lincoln Way", "Pine Ridge Rd", "Harbor View Dr"]


@tpl(3)
def us_block(_):
    nm = NM.full("en")
    city, st, zp = ch(US_CITIES)
    z = zp + dig(2) + ch(["", "-" + dig(4)])
    return (N(nm) + LS + A("%s %s, %s" % (R.randint(10, 9999), ch(US_STREETS), ch(["Apt 3B", "Unit 12", "Suite 210", "Apt. 4", "# 7"]))) + LS + L(city) + ", " + st + " " + Z(z))


@tpl(3)
def us_rural(_):
    nm = NM.full("en")
    return ("Mail goes to %s, %s, AL %s, not the farm. Caller %s, cell %s." %
            (A(ch(["RR %s Box %s" % (R.randint(1, 9), R.randint(10, 999)), "HC %s Box %s" % (R.randint(60, 80), R.randint(10, 999)), "PO Box %s" % R.randint(10, 9999)])),
             L(ch(["Millbrook", "Wetumpka", "Clanton", "Eufaula"])), Z("36" + dig(3)), N(nm), P(us_phone())))


@tpl(2)
def us_lives(_):
    nm = NM.full("en")
    return ("%s lives in %s with their daughter; grew up in %s, moved to %s County last %s." %
            (N(nm), L(ch(["Bend", "Ithaca", "Flagstaff", "Asheville", "Missoula"])), L(ch(["Toledo", "Lubbock", "Duluth", "Scranton"])),
             L(ch(["Marin", "Kitsap", "Washtenaw", "Dane"])), ch(MONTHS_EN)))


@tpl(3)
def ca_form(_):
    nm = NM.full("fr-CA")
    k = R.randint(0, 2)
    if k == 0:
        return "%s, %s, %s (Québec) %s" % (N(nm), A("%s-%s, rue %s" % (R.randint(1, 12), R.randint(100, 9999), ch(["Saint-Denis", "Sherbrooke Est", "Rachel"]))), L("Montréal"), Z("H2%s %s%s%s" % (up(1), dig(1), up(1), dig(1))))
    if k == 1:
        return "Mailing: %s, %s ON %s. Home phone %s. Patient %s" % (A("Unit %s, %s King St W" % (R.randint(100, 2200), R.randint(1, 900))), L("Toronto"), Z("M5V %s%s%s" % (dig(1), up(1), dig(1))), P(us_phone()), N(NM.full("en")))
    return "%s — %s, %s AB %s" % (N(NM.full("en")), A("RR %s, Site %s, Comp %s" % (R.randint(1, 5), R.randint(1, 20), R.randint(1, 60))), L(ch(["Lacombe", "Ponoka", "Olds"])), Z("T4L %s%s%s" % (dig(1), up(1), dig(1))))


@tpl(3)
def mx_form(_):
    nm = NM.full("es-MX")
    return ("Domicilio: %s, Col. %s, C.P. %s, %s, Jal. Paciente: %s. Cel. %s" %
            (A("Calle %s %s int. %s" % (ch(["Morelos", "Hidalgo", "López Cotilla", "Pedro Moreno"]), hn(1, 2999), R.randint(1, 12))),
             L(ch(["Americana", "Providencia", "Chapalita", "Ladrón de Guevara"])), Z("44" + dig(3)), L(ch(["Guadalajara", "Zapopan"])), N(nm), P(us_phone())))


@tpl(3)
def br_form(_):
    nm = NM.full("pt-BR")
    city, uf, z1 = ch([("São Paulo", "SP", "0"), ("Campinas", "SP", "13"), ("Belo Horizonte", "MG", "30"), ("Curitiba", "PR", "80"), ("Recife", "PE", "50")])
    zz = (z1 + dig(5 - len(z1))) + "-" + dig(3)
    return ("Endereço: %s – Bairro %s, %s – %s, CEP %s. Paciente: %s" %
            (A("%s, %s, apto %s" % (ch(["Rua Augusta", "Rua das Flores", "Av. Afonso Pena", "Rua XV de Novembro"]), hn(1, 3000), R.randint(11, 1804))),
             L(ch(["Consolação", "Savassi", "Boa Viagem", "Batel", "Cambuí"])), L(city), uf, Z(zz), N(nm)))


@tpl(2)
def br_caixa(_):
    nm = NM.full("pt-BR")
    return ("Correspondência de %s: %s, CEP %s, %s – RS. Nasceu em %s." %
            (N(nm), A("Caixa Postal %s" % R.randint(10, 9999)), Z("9%s-%s" % (dig(4), dig(3))), L(ch(["Pelotas", "Caxias do Sul", "Santa Maria"])), L(ch(["Bagé", "Uruguaiana", "Erechim"]))))


@tpl(2)
def ar_form(_):
    nm = NM.full("es-AR")
    return ("Domicilio real: %s, %s %s, Pcia. de Córdoba. Paciente %s, DNI en trámite, turno %s" %
            (A("Av. %s %s, piso %s, depto. %s" % (ch(["Colón", "Vélez Sarsfield", "Hipólito Yrigoyen"]), hn(1, 3000), R.randint(1, 15), ch("ABCD"))),
             Z("X5000%s" % up(3)), L("Córdoba"), N(nm), D(dmy_slash())))


@tpl(2)
def cl_co_pe(_):
    k = R.randint(0, 2)
    nm = NM.full("es")
    if k == 0:
        return "Dirección: %s, %s, %s. Código postal %s. Paciente %s." % (A("Av. Providencia %s, depto %s" % (hn(100, 2999), R.randint(11, 2004))), L("Providencia"), L("Santiago"), Z("75" + dig(5)), N(nm))
    if k == 1:
        return "Dirección de residencia: %s, barrio %s, %s %s. Paciente %s." % (A("Calle %s # %s-%s, apto %s" % (R.randint(1, 150), R.randint(1, 99), R.randint(1, 99), R.randint(101, 1204))), L(ch(["Chapinero", "Teusaquillo", "Usaquén"])), L("Bogotá"), Z("110" + dig(3)), N(nm))
    return "Domicilio: %s, %s, %s %s. Paciente %s." % (A("Jr. Junín %s, Dpto. %s" % (hn(1, 900), R.randint(101, 902))), L(ch(["Miraflores", "Barranco", "San Isidro"])), L("Lima"), Z("15" + dig(3)), N(nm))


UK_TOWNS = [("Portsmouth", "PO"), ("Leeds", "LS"), ("Norwich", "NR"), ("Exeter", "EX"), ("Sheffield", "S"), ("Cardiff", "CF")]


def uk_pc(area):
    return "%s%d %d%s" % (area, R.randint(1, 19), R.randint(1, 9), up(2))


@tpl(3)
def uk_block(_):
    nm = NM.full("en")
    town, area = ch(UK_TOWNS)
    return ("Dear " + N(nm) + "," + LS + "Our records show your address as:" + LS + A("Flat %s, %s %s" % (R.randint(1, 12), hn(1, 300), ch(["Albert Road", "Victoria Street", "Church Lane", "Queens Crescent"]))) + LS + L(ch(["Southsea", "Headingley", "Heigham", "Heavitree"])) + LS + L(town) + LS + Z(uk_pc(area))
            + LS + "Please call " + P(uk_land()) + " if this is wrong.")


@tpl(3)
def uk_born(_):
    nm = NM.full("en")
    return ("%s, born in %s on %s, now lives at %s, %s %s." %
            (N(nm), L(ch(["Swansea", "Dundee", "Wigan", "Crewe", "Luton"])), B(birth(long_en)),
             A("%s %s" % (hn(1, 200), ch(["Mill Lane", "Station Road", "Park Avenue", "The Green"]))), L(ch(["Bury St Edmunds", "Market Harborough", "Stow-on-the-Wold", "Hebden Bridge"])), Z(uk_pc(ch(["IP", "LE", "GL", "HX"])))))


@tpl(3)
def ie_form(_):
    nm = NM.full("en-IE")
    county, town, ek = ch([("Mayo", "Ballina", "F26"), ("Kerry", "Tralee", "V92"), ("Galway", "Oranmore", "H91"), ("Cork", "Mallow", "P51")])
    return ("Address: %s, %s, Co. %s, Eircode %s. Patient: %s; GP in %s." %
            (A("Apt %s, The Maltings, %s" % (R.randint(1, 40), ch(["Bridge Street", "Main Street", "Church Road"]))), L(town), L(county), Z("%s %s%s%s%s" % (ek, up(1), dig(1), up(1), dig(1))), N(nm), L(town)))


@tpl(2)
def ru_form(_):
    nm = NM.full("ru")
    return ("Адрес: %s, г. %s, %s. Пациент: %s, дата рождения %s" %
            (Z(nz(6)), L(ch(["Москва", "Казань", "Самара", "Новосибирск"])), A("ул. %s, д. %s, кв. %s" % (ch(["Тверская", "Ленина", "Садовая", "Мира"]), hn(), R.randint(1, 300))), N(nm), B(birth())))


@tpl(2)
def ua_form(_):
    nm = NM.full("uk")
    return ("Адреса: %s, м. %s, %s. Пацієнт: %s" %
            (A("вул. %s, %s, кв. %s" % (ch(["Хрещатик", "Шевченка", "Франка"]), hn(), R.randint(1, 200))), L(ch(["Київ", "Львів", "Полтава"])), Z(nz(5)), N(nm)))


@tpl(2)
def ro_form(_):
    nm = NM.full("ro-MD")
    return ("Domiciliu: %s, %s, %s, cod poștal %s. Pacient: %s" %
            (A("Str. Mihai Eminescu nr. %s, bl. A%s, sc. %s, et. %s, ap. %s" % (hn(1, 90), R.randint(1, 9), R.randint(1, 4), R.randint(1, 10), R.randint(1, 80))), L("Sector %s" % R.randint(1, 6)), L("București"), Z("0" + dig(5)), N(nm)))


@tpl(2)
def hr_form(_):
    nm = NM.full("hr")
    return ("Prebivalište: %s, %s %s. Pacijent: %s, rođen u %s." %
            (A("%s %s" % (ch(["Ilica", "Vukovarska", "Savska cesta"]), hn())), Z("10" + dig(3)), L("Zagreb"), N(nm), L(ch(["Splitu", "Osijeku", "Rijeci"]))))


# ------------- multi-country structured formats
WORLD = [
    ("de", lambda: (A("%s %s" % (ch(DE_STREETS), hn())), Z(nz(5)), L(ch(DE_TOWNS)), "DE")),
    ("fr", lambda: (A("%s %s" % (hn(1, 90), ch(FR_STREETS))), Z(ch(FR_TOWNS)[1] + dig(2)), L(ch(["Lyon", "Nantes", "Lille"])), "FR")),
    ("en", lambda: (A("%s %s, Apt %s" % (R.randint(10, 9999), ch(US_STREETS), R.randint(1, 40))), Z(ch(US_CITIES)[2] + dig(2)), L(ch(["Eugene", "Dayton", "Boise"])), "US")),
    ("pl", lambda: (A("ul. %s %s/%s" % (ch(["Polna", "Lipowa", "Leśna"]), hn(), R.randint(1, 40))), Z("%s-%s" % (dig(2), dig(3))), L(ch(["Toruń", "Rzeszów", "Opole"])), "PL")),
    ("pt-BR", lambda: (A("Rua %s, %s, casa %s" % (ch(["das Palmeiras", "Sete de Setembro", "Bahia"]), hn(), R.randint(1, 4))), Z("%s-%s" % (dig(5), dig(3))), L(ch(["Londrina", "Niterói", "Joinville"])), "BR")),
    ("nl", lambda: (A("%s %s" % (ch(["Kerkstraat", "Molenweg", "Stationsplein"]), hn())), Z("%s %s" % (nz(4), up(2))), L(ch(NL_TOWNS)), "NL")),
    ("en-AU", lambda: (A("%s/%s %s" % (R.randint(1, 20), hn(), ch(["Beach Rd", "Fig Tree Lane", "Bay Street"]))), Z(ch(AU_SUBURBS)[2]), L(ch(["Coogee", "Manly", "Carlton"])), "AU")),
    ("es-MX", lambda: (A("Av. %s %s" % (ch(["Insurgentes Sur", "Reforma", "Revolución"]), hn(1, 3000))), Z(dig(5)), L(ch(["Puebla", "Querétaro", "Mérida"])), "MX")),
    ("it", lambda: (A("Via %s %s" % (ch(["Roma", "Verdi", "Dante"]), hn())), Z(ch(IT_TOWNS)[1] + dig(2)), L(ch(["Modena", "Parma", "Pisa"])), "IT")),
    ("sv", lambda: (A("%s %s" % (ch(["Storgatan", "Vasagatan"]), hn())), Z("%s %s" % (nz(3), dig(2))), L(ch(["Västerås", "Örebro", "Gävle"])), "SE")),
]


@tpl(3)
def json_rec(_):
    loc, f = ch(WORLD)
    a, z, town, cc = f()
    nm = NM.full(loc)
    return ('{"patient": {"name": "%s", "dob": "%s", "address": {"line1": "%s", "postalCode": "%s", "city": "%s", "country": "%s"}}}' %
            (N(nm), B(birth(iso)), a, z, town, cc))


@tpl(2)
def json_flat(_):
    loc, f = ch(WORLD)
    a, z, town, cc = f()
    return ('{"recipient":"%s","street":"%s","zip":"%s","town":"%s","phone":"%s","shipped":"%s"}' %
            (N(NM.full(loc)), a, z, town, P(uk_mob()), D(iso())))


@tpl(3)
def csv_rows(_):
    rows = ["patient_id,name,street,postcode,city,country"]
    for _i in range(R.randint(1, 2)):
        loc, f = ch(WORLD)
        a, z, town, cc = f()
        if "," in a:
            a = '"%s"' % a
        rows.append("%s,%s,%s,%s,%s,%s" % ("P" + dig(5), N(NM.full(loc)), a, z, town, cc))
    return LS.join(rows)


@tpl(2)
def vcard(_):
    loc, f = ch(WORLD)
    a, z, town, cc = f()
    nm = NM.full(loc)
    return LS.join(["BEGIN:VCARD", "VERSION:3.0", "FN:" + N(nm), "ADR;TYPE=home:;;%s;%s;;%s;%s" % (a, town, z, cc), "TEL;TYPE=cell:" + P(uk_mob()), "END:VCARD"])


@tpl(2)
def ship_label(_):
    loc, f = ch(WORLD)
    a, z, town, cc = f()
    nm = NM.full(loc)
    return LS.join(["SHIP TO:", N(nm.upper()), a, "%s %s" % (z, town) if cc not in ("US", "AU") else "%s %s" % (town, z), {"DE": "GERMANY", "FR": "FRANCE", "US": "USA", "PL": "POLAND", "BR": "BRAZIL", "NL": "NETHERLANDS", "AU": "AUSTRALIA", "MX": "MEXICO", "IT": "ITALY", "SE": "SWEDEN"}[cc],
                    "Parcel: CGM sensors x2, REF %s" % dig(6)])


@tpl(3)
def moved_en(_):
    loc = ch(["en", "en-AU", "en-NZ", "en-IE", "en-ZA"])
    a, b = R.sample(["Geelong", "Ballarat", "Nelson", "Dunedin", "Limerick", "Sligo", "Durban", "Bloemfontein", "Wagga Wagga", "Tauranga"], 2)
    return ("Note %s: %s moved from %s to %s after the hip surgery and now rents %s there." %
            (D(dmy_slash()), N(NM.full(loc)), L(a), L(b), A("%s %s" % (hn(1, 200), ch(["Bay View Road", "Hill Street", "Lake Terrace"])))))


@tpl(3)
def chat_lives(_):
    loc = ch(["en", "en-IN", "en-PH", "en-NG"])
    return ("chat> hi it's %s 👋 just moved, new place is %s, %s — can you update my file? I still get letters at my mum's in %s" %
            (N(NM.full(loc)), A("%s %s, apt %s" % (R.randint(1, 999), ch(["Birch Ct", "Sunset Blvd", "Garden Rd"]), R.randint(1, 30))), L(ch(["Kalamazoo", "Fresno", "Provo", "Erie"])), L(ch(["Macon", "Yuma", "Joplin"]))))


@tpl(2)
def hl7_pid(_):
    nm_f, nm_l = NM.parts("en")
    city, st, zp = ch(US_CITIES)
    return ("PID|1||%s^^^MAIN^MR||%s^%s||%s|F|||%s^%s^%s^%s^%s^USA||%s" %
            (dig(7), N(nm_l), N(nm_f), B("%d%02d%02d" % ymd(1931, 2004)), A("%s %s" % (R.randint(10, 9999), ch(US_STREETS))), A("Apt %s" % R.randint(1, 40)), L(city), st, Z(zp + dig(2)), P(us_phone()))).replace("||" + "[[MRN", "||[[MRN")


@tpl(2)
def fax_cover(_):
    nm = NM.full("en")
    town, area = ch(UK_TOWNS)
    return ("FAX COVER — To: Community Nursing Team, fax %s. Re: %s, home visit address %s, %s %s. Key safe code given by phone." %
            (FX(uk_land()), N(nm), A("%s %s" % (hn(1, 300), ch(["Orchard Close", "Beech Grove", "Willow Way"]))), L(town), Z(uk_pc(area))))


@tpl(2)
def email_sig(_):
    nm = NM.full("en-AU")
    sub, st, pc = ch(AU_SUBURBS)
    user = nm.split()[0].lower() + "." + nm.split()[-1].lower()
    user = re.sub(r"[^a-z.]", "", user)
    return ("Hi team, please post the results to my home instead of the clinic. Cheers, %s%s%s%s%s, %s %s %s%s%s" %
            (N(nm), LS, E(user + "@example.com"), LS, A("%s %s" % (hn(1, 90), ch(["Wattle Street", "Banksia Drive", "Ocean Parade"]))), L(sub), st, Z(pc), LS, P(au_mob())))


@tpl(2)
def de_zieht(_):
    nm = NM.full("de-AT")
    return ("Frau %s zieht am %s zu ihrer Tochter nach %s, %s; bis dahin erreichbar in %s." %
            (N(nm), D(dmy_dot()), L(ch(["Graz", "Linz", "Klagenfurt", "Innsbruck"])), A("%s %s/%s" % (ch(["Annenstraße", "Herrengasse", "Landstraße"]), hn(), R.randint(1, 20))), L(ch(["Villach", "Wels", "Steyr"]))))


@tpl(2)
def fr_ca_born(_):
    nm = NM.full("fr-CA")
    return ("Né(e) à %s le %s, %s habite maintenant au %s, à %s (Québec) %s." %
            (L(ch(["Rimouski", "Chicoutimi", "Trois-Rivières"])), B(birth(dmy_slash)), N(nm),
             A("%s, %s %s" % (R.randint(100, 9999), ch(["avenue", "rue"]), ch(["des Érables", "Cartier", "Laurier"]))), L(ch(["Sherbrooke", "Lévis", "Gatineau"])), Z("J%s%s %s%s%s" % (dig(1), up(1), dig(1), up(1), dig(1)))))


@tpl(2)
def yaml_rec(_):
    nm = NM.full("pt")
    town, zp = ch(PT_TOWNS)
    return LS.join(["utente:", "  nome: " + N(nm), "  morada: " + A("Rua %s %s, %s" % (ch(["do Bonjardim", "da Boavista", "Direita"]), hn(), ch(["2.º Esq.", "4.º Dto", "cave"]))),
                    "  codigo_postal: " + Z("%s-%s" % (zp, dig(3))), "  localidade: " + L(town), "  telefone: " + P(uk_mob())])


@tpl(2)
def referral_in(_):
    nm = NM.full("en-IN")
    return ("Referred by Dr. %s. Pt %s, %s, r/o %s, %s, %s - %s, came from %s for treatment." %
            (N(NM.full("en-IN")), N(nm), ch(["52 y", "67 y", "34 y"]), A("Plot %s, Sector %s" % (R.randint(1, 300), R.randint(1, 60))), L(ch(["Vashi", "Kharghar", "Nerul"])), L("Navi Mumbai"), Z("400" + dig(3)),
             L(ch(["Satara", "Latur", "Akola"]))))


@tpl(2)
def pharmacy_label(_):
    nm = NM.full("en")
    city, st, zp = ch(US_CITIES)
    return ("Rx #%s  Atorvastatin 20 mg tab — take 1 at bedtime%sPatient: %s%sDeliver to: %s, %s, %s %s" %
            (dig(7), LS, N(nm), LS, A("%s %s, Unit %s" % (R.randint(10, 9999), ch(US_STREETS), R.randint(1, 40))), L(city), st, Z(zp + dig(2))))


@tpl(2)
def kr_dong_lives(_):
    nm = NM.full("ko")
    gu, dong, road = ch(KR_GU)
    return ("%s 님은 %s %s에 거주하며 %s에서 태어났습니다." % (N(nm), L(gu), L(dong), L(ch(["부산", "대구", "광주", "전주"]))))


@tpl(2)
def jp_lives(_):
    nm = NM.full("ja")
    return ("%sさんは%sに住んでおり、%s生まれです。転居日：%s" % (N(nm), L(ch(["吉祥寺", "下北沢", "自由が丘", "中目黒"])), L(ch(["札幌", "仙台", "金沢", "松山"])), D("%d年%d月%d日" % ymd())))


# ---------------------------------------------------------------- PHI-free look-alikes
NEGATIVES = [
    "Head office of the pharmacy chain Farmacia Sol S.L., Calle Mayor 1, 28013 Madrid, handles supplier invoices only; do not send patient mail there.",
    "Ward 7B, 3rd floor, Room 312: bed 2 cleaned at 14:20, oxygen outlet tested.",
    "Start Victoza 0.6 mg once daily for a week, then 1.2 mg; keep the pen in the fridge door.",
    "Reading glasses were left at reception desk 4; it would be nice if someone could bring them to Bath chair storage.",
    "Split the tablet if the dose is too strong; the mobile X-ray unit will be at Gate 3 from 9 to 11.",
    "Order SKU NL-1012-AB, 12 boxes, lot 560038, expiry 11/2027, shelf B-14.",
    "Low-potassium diet: avoid Brussels sprouts and bananas; Parma ham and Dijon mustard are high in salt.",
    "Epsom salt foot soak twice daily; Wellington boots must stay in the mud room.",
    "Block C, Level 4, Bay 12: the bed-pan washer is out of order until Monday.",
    "The form cannot be sent while the field 'Postcode' is empty; the ZIP archive of the scans goes to radiology by Friday.",
    "Vials from lot 2024-118 with a cracked cork stopper must be returned to stores, box 12 of 40.",
    "The Hope Street Clinic moved the flu clinic to the Summit Room on the 2nd floor; will anyone mind the change?",
    "Mayo Clinic guidance and the Oxford knee score were both cited in the June audit.",
    "Victoria Wing lifts are out of service; use lift B near the Albert entrance, level P2.",
    "Gift shop sale: sterling silver bracelet 45 GBP, brown rice crackers 2 for 3, ground floor by the Rose Garden.",
    "3층 약국은 평일 오후 6시에 문을 닫습니다. 주차장은 지하 2층입니다.",
    "2階の受付は平日9時から17時まで。3丁目方面の出口は工事中です。",
    "Die Apotheke im Erdgeschoss, Raum 0.14, ist samstags geschlossen; Aufzug C bis zum 4. OG.",
    "Le service de cardiologie se trouve au bâtiment C, 4e étage, porte 412 ; prise de sang au rez-de-chaussée.",
    "Farmacias Ahorro abre una nueva sucursal; horario de lunes a sábado de 8 a 22 h, planta baja.",
    "A consulta de enfermagem fica no piso 2, sala 214, bloco B; o bairro da clínica tem estacionamento pago.",
    "Lincoln, Jackson and Washington are the meeting rooms on Level 5; book them through the intranet.",
    "Florence Nightingale Ward, Bay 4, received twelve new beds in June.",
    "Burger night in the canteen on Friday; Berliner doughnuts and Hamburg rolls on Sunday.",
    "Product code CH-8001-Z is discontinued; substitute REF 4000-447 from the Lisbon depot.",
    "Maintenance ticket: building 101, floor 12, room 1203 — air-conditioning filter change, Tuesday.",
    "Apply zinc oxide cream to the sacrum; Bristol stool chart type 4 recorded at 06:00.",
    "PO numbers must be on every invoice; PO 45012 was approved by purchasing in March.",
    "Regional depot of the pharmacy chain Apotheke Nord GmbH: Lager 3, Tor 5, deliveries Monday to Thursday.",
    "Turn left at Main Street for the urgent care entrance; the Colonia wing is behind the chapel.",
    "Mark the date: the open day in the Rose Garden is on Saturday and all may attend; bring a bill of any size for the raffle.",
    "Grant funding for the Nagar outreach programme was renewed; the report lists districts, not patients.",
    "Sale, Deal and Hull were the sites of the 2019 vaccination study; no local data are kept.",
    "Take Lyrica 75 mg twice daily; Paris green and Prussian blue are on the chemical safety sheet.",
    "Route 25 shuttle links the Main Campus, the Summit building and the Eastside annex every 20 minutes.",
    "Apartment-style rooms on floors 3 to 6 of the rehab unit have kitchenettes; suite 410 is the family room.",
    "Canada, Brazil and Japan each have national postal code formats; our forms accept all of them.",
    "Pick up order #A-2209 at pickup window 2; Boots and Walgreens coupons are not accepted.",
    "Blk 5 of the staff housing has a new laundry; key card access from level 2 to level 8.",
    "Checklist: faith, hope and patience — the chaplaincy leaflet for the Bethany Suite, printed in May.",
    "Frankfurt and Cologne are listed as the manufacturers' sites of the insulin pens in stock.",
    "Co-pay 20 EUR, room 4, door code not required; the patient portal works on mobile.",
]


# ---------------------------------------------------------------- validator
LABEL = re.compile(r"\[\[([A-Z_]+)\|([^\[\]]*)\]\]")
KINDS = {"NAME", "ADDRESS", "LOCATION", "ZIP", "DATE", "DOB", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN",
         "HEALTH_PLAN_ID", "ACCOUNT", "CREDIT_CARD", "IBAN", "LICENSE", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS"}
CUES = re.compile(r"^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Frau|Herrn|M\.|Mme|DOB|Tel\.?|PLZ|CEP|C\.P\.|Col\.|Bairro|Brgy\.|Co\.|Kel\.|Kec\.)\s", re.I)


def validate(lines):
    ids = set()
    for line in lines:
        assert line.count("\t") == 1, line
        i, text = line.split("\t")
        assert i not in ids, i
        ids.add(i)
        assert "\n" not in text and "\r" not in text
        rest = LABEL.sub("", text)
        assert "[[" not in rest and "]]" not in rest, line
        for kind, v in LABEL.findall(text):
            assert kind in KINDS, (i, kind)
            assert v and v == v.strip() and v[0] not in ",;:!?" and v[-1] not in ",;:!?", (i, v)
            assert LS not in v, (i, v)
            assert not CUES.match(v), (i, v)
            assert not v.endswith("'s"), (i, v)
        assert "]]'s" not in text or True
        for m in re.finditer(r"\]\]'s", text):
            pass


def main():
    global NM
    ymldir = sys.argv[1] if len(sys.argv) > 1 else "/tmp/df"
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "resources", "dev", "masker", "domain", "masking", "eval")
    NM = Names(ymldir, R)
    items = []
    for f, n in T:
        for _k in range(n):
            items.append(f(None))
    items += NEGATIVES
    R.shuffle(items)
    lines = ["%s%03d\t%s" % (PREFIX, k + 1, t) for k, t in enumerate(items)]
    validate(lines)
    header = ("# %s: generated by masker-domain/src/test/scripts/holdout9_places_dev.py (seed %d) from Datafaker 2.7.0 "
              "name lists (Apache-2.0) and town/street names and templates written for Masker; U+2028 is a line break "
              "inside an example; development set; tuned on; every value invented, phones from fiction ranges." % (OUT_NAME, SEED))
    with open(os.path.join(outdir, OUT_NAME), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for line in lines:
            fh.write(line + "\n")
    counts = {}
    for line in lines:
        for kind, _v in LABEL.findall(line):
            counts[kind] = counts.get(kind, 0) + 1
    free = sum(1 for line in lines if not LABEL.search(line))
    print("lines", len(lines), "phi-free", free, "templates", len(T), "labels", sum(counts.values()), counts)


if __name__ == "__main__":
    main()
