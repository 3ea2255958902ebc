#!/usr/bin/env python3
"""Writes the five files of the sixty-seventh set of layout fixtures.

Plain-text minutes whose encoding is broken the way long-kept office
archives break it, byte for byte:

  1. anteckningar socialpsyk 2012-09-18.txt
       A "löpande" file kept for one meeting in two programs: begun in
       Notepad (Windows-1252, CRLF), continued in an editor that takes every
       file for UTF-8, leaves the bytes it cannot read as they are and writes
       what is typed as UTF-8. So the header, the attendance and items 1-3
       are Windows-1252 bytes, while one paragraph inside item 2, the tail of
       the "Frånvarande:" line, items 4-5, the next meeting and the scribe's
       line are UTF-8. CRLF throughout, no BOM.
  2. Minnesanteckningar ensamkommande 2016-02-09.txt
       Double-encoded UTF-8 ("mojibake"): a UTF-8 file read once as
       Windows-1252 and saved again as UTF-8. The five bytes Windows-1252
       leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) became the C1 controls of
       the same value, as Windows' own conversion does; so "”" (E2 80 9D)
       became "â€" + U+009D. CRLF, no BOM.
  3. integration_2003-05-22.txt
       ISO-8859-15 (Latin-9), written on a Linux server with the locale
       sv_SE@euro: "€" is 0xA4, "Š" 0xA6, "š" 0xA8; LF; hard-wrapped at 72
       columns; hyphens and typewriter quotes (Latin-9 has no "–" or "”").
  4. Anhorignatverket export 20190404.txt
       UTF-16 LE WITHOUT a byte-order mark, CRLF, as an export tool wrote it.
  5. LSS-natverket minnesanteckningar 2022-10-06.txt
       UTF-8 without BOM and LF, in which one pasted paragraph (a quote from
       a mail, saved from Outlook as text) is Windows-1252 with CRLF.

Python 3 standard library only. Deterministic: a rebuild gives the same bytes.
Run from anywhere: python3 make/build.py  (writes into the folder above make/).
"""

import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def cp1252(text):
    """Windows-1252 bytes; fails on any character it lacks."""
    return text.encode("cp1252")


def mixed_decode(data):
    """A good reader's reading of a file that mixes UTF-8 and Windows-1252:
    every valid UTF-8 sequence as UTF-8, every other byte as Windows-1252."""
    out, i, n = [], 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
            continue
        length = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if length:
            try:
                out.append(data[i:i + length].decode("utf-8"))
                i += length
                continue
            except UnicodeDecodeError:
                pass
        out.append(bytes([b]).decode("cp1252"))   # raises on the 5 undefined
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# 1. Notepad (Windows-1252) continued in a UTF-8 editor, CRLF
# ---------------------------------------------------------------------------

FILE1 = "anteckningar socialpsyk 2012-09-18.txt"

W, U = "cp1252", "utf-8"

# One entry per line: a (encoding, text) pair, or a list of such pairs for a
# line that the second program extended.
LINES1 = [
    (W, "Socialpsykiatrinätverket"),
    (W, "Minnesanteckningar"),
    (W, ""),
    (W, "Tisdag den 18 september 2012, kl. 9.00–12.00"),
    (W, "Plats: Svalöv, Kommunhuset, rum Billeberga"),
    (W, ""),
    (W, "Närvarande:"),
    (W, "Gunilla Rosén (Svalöv)"),
    (W, "Anders Pålsson (Helsingborg)"),
    (W, "Katarina Lundh (Landskrona)"),
    (W, "Mats Ekdahl (Höganäs)"),
    (W, "Hanna Wirén (Ängelholm)"),
    (W, "Lennart Bosson (Perstorp)"),
    (W, "Birgitta Friberg (Klippan)"),
    (W, ""),
    (W, "Ordförande: Gunilla Rosén"),
    (W, "Sekreterare: Birgitta Friberg"),
    [(W, "Frånvarande: Eva-Lena Krook (Båstad)"),
     (U, ", Sixten Olsson (Bjuv, anmälde förhinder på morgonen)")],
    (W, "Gäst under punkt 3: Rebecka Fahlén, enhetschef för vuxenpsykiatrins öppenvård i Helsingborg"),
    (W, ""),
    (W, "1. Inledning"),
    (W, "Gunilla Rosén hälsade alla välkomna till Svalöv. Dagordningen godkändes och anteckningarna från mötet den 15 maj lades till handlingarna."),
    (W, ""),
    (W, "2. Köerna till boendestöd"),
    (W, "Anders Pålsson berättade att Helsingborg har 38 personer i kö till boendestöd och att väntetiden nu är ungefär tre månader. Ingen av kommunerna har en skriven rutin för hur kön ska prioriteras."),
    (W, "Han föreslog att nätverket tar fram gemensamma grunder för prioriteringen, så att den som mår sämst får stöd först."),
    (W, "Anders sa: ”Det är de som inte ringer och frågar som blir stående längst i kön.”"),
    (W, "Katarina Lundh frågade om de som står i kö får något stöd under tiden. Anders svarade att var och en får ett samtal i månaden med sin handläggare."),
    (U, "Mats Ekdahl instämde och berättade att Höganäs har samma problem, även om kön där är kortare."),
    (W, "Beslut: Anders Pålsson och Katarina Lundh tar fram ett förslag till prioriteringsgrunder för boendestöd till nästa möte."),
    (W, ""),
    (W, "3. Samordnad individuell plan med psykiatrin"),
    (W, "Rebecka Fahlén informerade om att vuxenpsykiatrin från den 1 oktober tar emot och skickar kallelser till SIP via en gemensam funktionsbrevlåda i stället för via enskilda behandlare."),
    (W, "Hon lyfte att kommunerna ofta får kallelser med för kort varsel och att psykiatrin vill komma överens om en gemensam tidsgräns – förslaget är minst fem arbetsdagar."),
    (W, "Rebecka sa: ”En SIP som ingen från kommunen kan komma till blir bara ett papper till.”"),
    (W, "Hanna Wirén frågade om brevlådan också gäller barn- och ungdomspsykiatrin. Rebecka svarade att BUP ansluter först nästa år."),
    (W, "Informationen noterades."),
    (W, ""),
    (U, "4. Daglig sysselsättning för yngre"),
    (U, "Lennart Bosson tog upp att Perstorp har svårt att ordna något att göra på dagarna för yngre personer med psykisk funktionsnedsättning, eftersom den verksamhet som finns mest är anpassad för äldre deltagare."),
    (U, "Han föreslog att kommunerna öppnar sina verksamheter för varandras deltagare och köper platser av varandra."),
    (U, "Lennart sa: ”För en tjugofemåring i Perstorp finns det i dag ingenting att gå till på dagarna.”"),
    (U, "Gunilla Rosén undrade vad en plats skulle kosta. Lennart svarade att det får räknas fram för varje verksamhet."),
    (U, "Beslut: Lennart Bosson och Hanna Wirén samlar in uppgifter om lediga platser i kommunernas verksamheter till nästa möte."),
    (U, ""),
    (U, "5. Övrigt"),
    (U, "Katarina Lundh berättade att Landskrona öppnar ett nytt boende med särskild service i november. Det har tolv lägenheter."),
    (U, "Hanna Wirén informerade om att Ängelholm, Båstad och Åstorp tillsammans ska anställa ett personligt ombud och att tjänsten annonseras i oktober."),
    (U, ""),
    (U, "Nästa möte: tisdag 27 november 2012 kl. 9.00 i Perstorp."),
    (U, "Antecknat av Birgitta Friberg"),
]


def build1():
    out, text = [], []
    for line in LINES1:
        segs = line if isinstance(line, list) else [line]
        out.append(b"".join(s.encode(enc) for enc, s in segs))
        text.append("".join(s for _, s in segs))
    data = b"\r\n".join(out) + b"\r\n"       # Notepad: CRLF, Enter after the last line
    assert mixed_decode(data) == "\r\n".join(text) + "\r\n", "file 1: a run reads wrong"
    try:
        data.decode("utf-8")
        raise AssertionError("file 1 must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    return data


# ---------------------------------------------------------------------------
# 2. Double-encoded UTF-8, CRLF
# ---------------------------------------------------------------------------

FILE2 = "Minnesanteckningar ensamkommande 2016-02-09.txt"

LINES2 = [
    "Nätverket för ensamkommande barn och unga",
    "Minnesanteckningar från mötet tisdagen den 9 februari 2016, kl. 13.00–16.00",
    "Plats: Bjuv, Kommunhuset, sammanträdesrum Ekeby",
    "",
    "Deltagare: Ulrika Hammar, Bjuv (ordf.), Peder Sjöholm, Helsingborg, Hamid Sultani, Landskrona, Cecilia Norén, Ängelholm, André Nilsson, Åstorp, Tommy Åhlund, Höganäs, och Vendela Kron, Örkelljunga (sekr.)",
    "Förhinder: Lotta Ekstrand, Svalöv, och Gustav Lind, Klippan",
    "Inbjuden: Karolina Dufva, Migrationsverket, asylprövningsenheten i Malmö (punkt 3)",
    "",
    "Punkt 1: Mötets öppnande",
    "Ulrika Hammar öppnade mötet och hälsade alla välkomna till Bjuv. Dagordningen godkändes. Anteckningarna från den 8 december lades till handlingarna.",
    "",
    "Punkt 2: Platsläget i kommunerna",
    "Peder Sjöholm redovisade att Helsingborg i dag har 212 ensamkommande barn och unga placerade, drygt hälften på egna HVB och resten i familjehem, stödboende eller hos släktingar.",
    "Han lyfte att anvisningarna har minskat sedan december men att kommunen fortfarande hyr in personal från bemanningsföretag till tre av boendena.",
    "Peder sa: ”Vi har på tre månader byggt upp det som normalt tar tre år, och nu måste vi se till att det håller.”",
    "Tommy Åhlund frågade om Helsingborg kan ta emot barn från andra kommuner på sina HVB. Peder svarade att det inte finns några lediga platser före sommaren.",
    "Beslut: Peder Sjöholm sammanställer antalet placerade i alla elva kommuner inför varje möte under våren.",
    "",
    "Punkt 3: Handläggningstiderna hos Migrationsverket",
    "Karolina Dufva berättade att ett ensamkommande barn som söker asyl i dag får vänta åtta till tolv månader innan asylutredningen börjar.",
    "Hon lyfte att kommunerna kan hjälpa till genom att se till att barnet har god man och offentligt biträde så tidigt som möjligt.",
    "Karolina sa: ”Barnen frågar oss varje vecka ’när får jag mitt besked?’ och vi har inget bra svar att ge dem.”",
    "Cecilia Norén frågade vad som händer med placeringen när ett barn fyller 18 under väntetiden. Karolina svarade att den unge då flyttar till Migrationsverkets boende för vuxna, om inte kommunen beslutar om fortsatt placering enligt 4 kap. 1 § SoL.",
    "Informationen noterades.",
    "",
    "Punkt 4: Brist på gode män",
    "Hamid Sultani tog upp att Landskrona saknar gode män till ett trettiotal barn och att överförmyndaren inte hinner rekrytera i den takt som behövs.",
    "Han föreslog att nätverket gör en gemensam annons och en gemensam introduktion för nya gode män tillsammans med överförmyndarna.",
    "André Nilsson instämde och sa att Åstorp väntar på gode män till sju barn.",
    "Beslut: Hamid Sultani och Vendela Kron kontaktar överförmyndarna om att rekrytera tillsammans.",
    "",
    "Punkt 5: Övrigt",
    "Tommy Åhlund berättade att Höganäs anställer två socialsekreterare för ensamkommande från den 1 mars.",
    "Cecilia Norén påminde om Länsstyrelsens utbildningsdag om traumamedvetet bemötande i Malmö den 17 mars.",
    "",
    "Nästa möte: tisdag 12 april 2016 kl. 13.00 i Örkelljunga.",
    "Vid anteckningarna: Vendela Kron",
]


def as_cp1252_loosely(data):
    """Bytes read as Windows-1252 the way Windows converts them: the five
    undefined bytes become the C1 controls of the same value."""
    return "".join(chr(b) if b in CP1252_UNDEFINED else bytes([b]).decode("cp1252")
                   for b in data)


def build2():
    text = "\r\n".join(LINES2) + "\r\n"
    once = text.encode("utf-8")
    data = as_cp1252_loosely(once).encode("utf-8")
    assert "\u009d" in data.decode("utf-8")                # from ”
    return data


# ---------------------------------------------------------------------------
# 3. ISO-8859-15 from a Linux server, LF, wrapped at 72
# ---------------------------------------------------------------------------

FILE3 = "integration_2003-05-22.txt"

# ("L", line) is written as it is; ("P", paragraph) is filled to 72 columns
# (as Emacs' auto-fill did); ("H", heading) is underlined with dashes.
HEAD3 = [
    ("L", "Integrationsnätverket"),
    ("L", "====================="),
    ("L", "Minnesanteckningar"),
    ("L", ""),
    ("L", "Datum:      torsdag 22 maj 2003, kl. 13.00-16.00"),
    ("L", "Plats:      Landskrona, Stadshuset, rum Ven"),
    ("L", ""),
    ("L", "Närvarande:"),
    ("L", "  Rolf Henningsson      Landskrona    ordförande"),
    ("L", "  Mojca Šuštar          Landskrona"),
    ("L", "  Bengt Ivarsson        Helsingborg"),
    ("L", "  Anita Carlén          Klippan"),
    ("L", "  Kent Wallin           Bjuv"),
    ("L", "  Reza Tavakoli         Ängelholm"),
    ("L", "  Gudrun Alm            Höganäs"),
    ("L", "  Margareta Svedin      Svalöv        sekreterare"),
    ("L", ""),
    ("L", "Förhinder:  Stig Berglund, Åstorp, och Kurt Nordqvist, Perstorp"),
    ("L", "Gäst:       Søren Kjærgaard, projektledare, Helsingörs kommun (punkt 3)"),
    ("L", ""),
]

ITEMS3 = [
    ("H", "1. Inledning"),
    ("P", "Rolf Henningsson hälsade välkommen till Landskrona. Minnesanteckningarna från mötet i Klippan den 13 mars godkändes."),
    ("H", "2. Flyktingmottagandet under våren"),
    ("P", "Bengt Ivarsson redovisade att Helsingborg hittills i år har tagit emot 96 flyktingar och anhöriga, vilket är fler än beräknat. Bostäderna räcker inte, och kommunen hyr nu korridorrum av ett studentbostadsbolag som en tillfällig lösning."),
    ("P", "Han föreslog att kommunerna i nätverket räknar tillsammans inför nästa års överenskommelser med Integrationsverket, så att mottagandet blir jämnare fördelat."),
    ("P", "Bengt sa: \"Vi kan inte fortsätta säga ja till fler om vi inte har någonstans där de kan bo.\""),
    ("P", "Gudrun Alm frågade hur många av dem som har kommit med kommunplacering via Integrationsverket. Bengt svarade att det är ungefär två tredjedelar."),
    ("P", "Beslut: Bengt Ivarsson och Gudrun Alm tar fram ett underlag inför höstens samtal med Integrationsverket."),
    ("H", "3. Interreg-projektet med Helsingör"),
    ("P", "Søren Kjærgaard presenterade projektet \"Arbete över sundet\", som Helsingörs kommun söker pengar till inom Interreg IIIA Öresund. Projektet ska ge nyanlända på båda sidor om sundet praktik hos arbetsgivare i grannlandet."),
    ("P", "Budgeten är 240 000 € för två år, varav EU står för hälften. Kommunernas andel blir 1 200 € per deltagare."),
    ("P", "Søren sa: \"Det är lättare att få jobb i Danmark om man har haft en praktikplats där först.\""),
    ("P", "Kent Wallin frågade vad det blir i kronor. Søren svarade att det med dagens kurs blir knappt 11 000 kronor per deltagare."),
    ("P", "Beslut: Rolf Henningsson anmäler nätverkets intresse till projektets styrgrupp före den 15 juni. Varje kommun meddelar Rolf hur många deltagare den kan ta emot."),
    ("H", "4. Väntetid till sfi"),
    ("P", "Mojca Šuštar tog upp att väntetiden till sfi i Landskrona nu är tio veckor och att många nyanlända går utan sysselsättning under tiden."),
    ("P", "Hon föreslog att kommunerna köper sfi-platser av varandra när det finns lediga platser någonstans i nätverket."),
    ("P", "Mojca sa: \"Tio veckor utan svenska är tio veckor för mycket för den som vill jobba.\""),
    ("P", "Anita Carlén instämde och sa att Klippan har lediga platser efter sommaren."),
    ("P", "Reza Tavakoli frågade om sfi kan kombineras med praktik. Mojca svarade att Landskrona redan gör så för en grupp på tolv personer."),
    ("P", "Inget beslut."),
    ("H", "5. Övrigt"),
    ("P", "Gudrun Alm berättade att Höganäs tar emot sina första kvotflyktingar i augusti, tre familjer."),
    ("P", "Kent Wallin påminde om konferensen \"Integration i Norden\" i Köpenhamn den 9-10 oktober. Avgiften är 150 € per person."),
]

TAIL3 = [
    ("L", "Nästa möte: torsdag 28 augusti 2003 kl. 13.00 i Höganäs."),
    ("L", ""),
    ("L", "Antecknat av: Margareta Svedin"),
]


def lines3():
    lines = []
    for kind, text in HEAD3:
        lines.append(text)
    for kind, text in ITEMS3:
        if kind == "H":
            if lines[-1] != "":
                lines.append("")
            lines += [text, "-" * len(text)]
        else:
            lines += textwrap.wrap(text, width=72, break_long_words=False,
                                   break_on_hyphens=False)
            lines.append("")
    for kind, text in TAIL3:
        lines.append(text)
    return lines


def build3():
    lines = lines3()
    assert all(len(l) <= 72 for l in lines)
    data = ("\n".join(lines) + "\n").encode("iso8859_15")
    assert not any(0x80 <= b <= 0x9F for b in data)
    return data


# ---------------------------------------------------------------------------
# 4. UTF-16 LE without BOM, CRLF
# ---------------------------------------------------------------------------

FILE4 = "Anhorignatverket export 20190404.txt"

LINES4 = [
    "Anhörignätverket",
    "Minnesanteckningar",
    "Datum: torsdag 4 april 2019",
    "Tid: 9.30–12.00",
    "Plats: Åstorp, Kommunhuset, sammanträdesrum Hyllinge",
    "Närvarande: Therese Lundgren (Åstorp), Olle Bexell (Helsingborg), Sanna Hjort (Ängelholm), Karin Wester (Höganäs), Nermina Hodžić (Landskrona), Jan-Olof Hultgren (Klippan), Pernilla Sturesson (Bjuv)",
    "Förhinder: Signe Rask (Perstorp)",
    "Inbjudna: Elsa Ståhl, demenssjuksköterska, Region Skåne (ärende 3)",
    "Ordförande: Therese Lundgren",
    "Antecknare: Pernilla Sturesson",
    "",
    "Ärende 1: Mötets öppnande",
    "Therese Lundgren hälsade välkommen till Åstorp och gick igenom dagordningen. Anteckningarna från februarimötet godkändes.",
    "",
    "Ärende 2: Stöd till unga anhöriga",
    "Olle Bexell berättade att Helsingborg i januari startade en samtalsgrupp för unga vuxna mellan 18 och 25 år som har en förälder med demens, psykisk sjukdom eller missbruk.",
    "Han lyfte att de unga sällan söker stöd själva och att gruppen har fått sina deltagare via skolkuratorer och vuxenpsykiatrin.",
    "Olle sa: ”Många av dem har tagit hand om en mamma eller pappa i flera år utan att någon har frågat hur de själva mår.”",
    "Karin Wester frågade om gruppen är öppen för unga från andra kommuner. Olle svarade att det finns två platser kvar i vår.",
    "Beslut: Olle Bexell skickar gruppens upplägg till alla i nätverket.",
    "",
    "Ärende 3: Anhöriga till personer med demens",
    "Elsa Ståhl informerade om att vårdcentralerna nu ska erbjuda alla som får en demensdiagnos ett uppföljande samtal inom tre månader, dit även en anhörig bjuds in.",
    "Hon lyfte att vårdcentralerna vill kunna hänvisa anhöriga direkt till kommunens anhörigkonsulent och därför behöver aktuella kontaktuppgifter.",
    "Elsa sa: ”Den anhöriga är ofta den som bär hela vardagen, men den som vi i vården ser minst av.”",
    "Sanna Hjort instämde och tyckte att det var ett efterlängtat besked.",
    "Informationen noterades.",
    "",
    "Ärende 4: Gemensam föreläsning i höst",
    "Nermina Hodžić föreslog att kommunerna ordnar en gemensam föreläsningskväll för anhöriga under hösten, eftersom det är svårt för en liten kommun att fylla en lokal på egen hand.",
    "Hon menade att kvällen bör hållas i en av de mellersta kommunerna, så att resvägen blir rimlig för alla.",
    "Nermina sa: ”Hellre en välfylld kväll för alla elva kommuner än elva halvtomma salar.”",
    "Jan-Olof Hultgren frågade vem som står för kostnaden. Nermina svarade att den kan delas efter invånarantal.",
    "Beslut: Nermina Hodžić och Sanna Hjort planerar kvällen och återkommer med förslag på föreläsare och lokal till nästa möte.",
    "",
    "Ärende 5: Övrigt",
    "Jan-Olof Hultgren berättade att anhörigstödet i Klippan flyttar till Träffpunkten vid biblioteket från den 1 maj.",
    "Karin Wester påminde om att Höganäs anhörigcafé är öppet varje onsdagseftermiddag och att anhöriga från alla kommuner är välkomna.",
    "",
    "Nästa möte: torsdag 13 juni 2019 kl. 9.30 i Klippan.",
]


def build4():
    data = ("\r\n".join(LINES4) + "\r\n").encode("utf-16-le")   # no BOM
    assert not data.startswith(b"\xff\xfe")
    return data


# ---------------------------------------------------------------------------
# 5. UTF-8 (LF) with one pasted Windows-1252 paragraph (CRLF)
# ---------------------------------------------------------------------------

FILE5 = "LSS-natverket minnesanteckningar 2022-10-06.txt"

# (encoding, text, line end)
LF, CRLF = "\n", "\r\n"

QUOTE5 = [
    "”Från och med den 1 november handläggs alla nya ärenden om assistansersättning",
    "för barn i Skåne av vårt team i Malmö – även de som tidigare hade gått till",
    "Helsingborg. Pågående ärenden behåller sin handläggare till årsskiftet. Hör av",
    "er till mig om ni har frågor om enskilda barn, så slussar jag vidare.”",
]

LINES5 = [
    "LSS-nätverket",
    "Minnesanteckningar, torsdag 6 oktober 2022",
    "Tid och plats: kl. 13.00–16.00, Perstorp, Kommunhuset, rum Oderljunga",
    "",
    "Närvarande",
    "- Jenny Kvist, Perstorp (ordförande)",
    "- Magnus Törnblom, Helsingborg",
    "- Robin Falk, Landskrona",
    "- Isabell Norrman, Höganäs",
    "- Oskar Bengtzon, Klippan",
    "- Thomas Hägglund, Båstad",
    "- Paulina Grönberg, Svalöv (sekreterare)",
    "",
    "Frånvarande: Veronica Sandell, Bjuv, och Leif Ingvarsson, Örkelljunga.",
    "",
    "1) Inledning",
    "Jenny Kvist hälsade välkommen till Perstorp. Anteckningarna från mötet den 8 september godkändes utan ändringar.",
    "",
    "2) Försäkringskassans handläggning av assistans för barn",
    "Magnus Törnblom tog upp att Försäkringskassan ändrar hur ärendena om assistansersättning för barn fördelas. Han läste upp ett mejl från Försäkringskassans samordnare för samverkan med kommunerna:",
    QUOTE5,
    "Magnus menade att kommunerna behöver följa vilka barn som får avslag hos Försäkringskassan och i stället söker personlig assistans hos kommunen, eftersom det märks i budgeten först efter ett år.",
    "Isabell Norrman frågade om någon kommun har fått fler ansökningar om personlig assistans enligt LSS i år. Magnus svarade att Helsingborg har fått fyra fler än i fjol.",
    "Beslut: Magnus Törnblom bjuder in Försäkringskassans samordnare till nätverkets möte i december.",
    "",
    "3) Korttidsvistelse utanför hemmet",
    "Oskar Bengtzon lyfte att Klippan inte har några egna platser för korttidsvistelse och köper alla platser av Ängelholm och Helsingborg. Familjerna får därför långa resor varje gång barnet ska dit.",
    "Oskar sa: ”Föräldrarna kör åtta mil tur och retur för att lämna sitt barn en helg.”",
    "Thomas Hägglund instämde och berättade att Båstad har samma problem.",
    "Frågan tas upp igen när Klippan har gjort klart sin lokalutredning.",
    "",
    "4) Ny gruppbostad i Landskrona",
    "Robin Falk berättade att Landskrona öppnar en gruppbostad med sex lägenheter i mars och att två av lägenheterna ännu inte har någon boende.",
    "Han föreslog att kommuner som har personer i kö till bostad med särskild service enligt LSS får köpa de två platserna.",
    "Paulina Grönberg frågade vad en plats kostar per år. Robin svarade att priset räknas fram under hösten.",
    "Nätverket beslutade att kommunerna anmäler intresse för platserna till Robin Falk senast den 15 november.",
    "",
    "5) Övrigt",
    "Isabell Norrman berättade att Höganäs har en ny enhetschef för LSS-handläggningen sedan den 1 oktober.",
    "Thomas Hägglund påminde om länets utbildningsdag om LSS och barnrätt i Hässleholm den 24 november.",
    "",
    "Nästa möte: torsdag 1 december 2022 kl. 13.00 i Båstad.",
    "Antecknat av Paulina Grönberg",
]


def build5():
    out, text = [], []
    for entry in LINES5:
        if isinstance(entry, list):          # the pasted mail paragraph
            for line in entry:
                out.append(cp1252(line) + b"\r\n")
                text.append(line + "\r\n")
        else:
            out.append(entry.encode("utf-8") + b"\n")
            text.append(entry + "\n")
    data = b"".join(out)
    assert mixed_decode(data) == "".join(text), "file 5: a run reads wrong"
    return data


def main():
    for name, build in ((FILE1, build1), (FILE2, build2), (FILE3, build3),
                        (FILE4, build4), (FILE5, build5)):
        data = build()
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        print("%-50s %5d bytes" % (name, len(data)))


if __name__ == "__main__":
    main()
