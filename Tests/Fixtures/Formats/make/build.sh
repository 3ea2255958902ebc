#!/bin/sh
# Rebuilds every binary fixture in Tests/Fixtures/Formats from the text twins
# (natverk.txt / make/natverk.md and styrelse.txt). Not run by the tests; the outputs are committed.
# Needs (Debian): pandoc groff ghostscript imagemagick img2pdf qpdf libreoffice-writer-nogui python3
# Check with: poppler-utils (pdftotext, pdfinfo), antiword, unzip.
set -eu
cd "$(dirname "$0")/.."
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# --- network minutes, 2022-11-18 ---
export SOURCE_DATE_EPOCH=1668780000   # 2022-11-18 14:00 UTC, for stable metadata dates
pandoc make/natverk.md -f markdown -t docx -M lang=sv-SE -o "$T/natverk.docx"
python3 make/number_docx.py "$T/natverk.docx" natverk.docx
pandoc make/natverk.md -f markdown -t odt -M lang=sv-SE -o "$T/natverk.odt"
python3 make/number_odt.py "$T/natverk.odt" natverk.odt
# RTF and HTML have no automatic heading numbering: type "1." ... into the headings.
awk '/^## /{n++; sub(/^## /, "## " n ". ")} {print}' make/natverk.md > "$T/natverk-typed.md"
pandoc -s "$T/natverk-typed.md" -f markdown -t rtf -o natverk.rtf
pandoc -s "$T/natverk-typed.md" -f markdown -t html5 -M lang=sv \
  -M pagetitle="Minnesanteckningar IFO-chefsnätverket 2022-11-18" -o natverk.html
python3 make/make_eml.py natverk.docx kallelse.eml
head -c 600 natverk.docx > trasig.docx
cp natverk.docx egentligen-word.txt

# --- board protocol, 2023-02-07 ---
export SOURCE_DATE_EPOCH=1675796400   # 2023-02-07 19:00 UTC
python3 make/txt_to_ms.py styrelse.txt > "$T/styrelse.ms"
groff -k -msv -ms -dpaper=a4 -P-pa4 -Tpdf "$T/styrelse.ms" > styrelse.pdf
python3 make/txt_to_md.py styrelse.txt > "$T/styrelse.md"
pandoc "$T/styrelse.md" -f markdown -t docx -M lang=sv-SE -o "$T/styrelse.docx"
( cd "$T" && soffice --headless -env:UserInstallation="file://$T/lo" \
    --convert-to 'doc:MS Word 97' styrelse.docx >/dev/null 2>&1 )
cp "$T/styrelse.doc" styrelse.doc
qpdf --static-id --static-aes-iv --encrypt minnes-anvandare minnes-agare 256 -- styrelse.pdf krypterad.pdf
# "scan": page 1 of styrelse.pdf rasterised at 150 dpi, 1-bit, slightly skewed, CCITT G4 image PDF
cp styrelse.pdf "$T/"
( cd "$T" &&
  gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=tiffg4 -r150 -dFirstPage=1 -dLastPage=1 \
    -sOutputFile=sida1.tif styrelse.pdf &&
  convert sida1.tif -background white -rotate 0.6 +repage -threshold 50% -monochrome \
    -density 150 -units PixelsPerInch -compress Group4 skannad.tif &&
  img2pdf --pagesize A4 --creationdate 2023-02-08T09:15:00 --moddate 2023-02-08T09:15:00 \
    -o img2pdf.pdf skannad.tif )
# img2pdf derives /ID from the current time; zero it (same length) so the output is stable
python3 -c 'import re,sys; d=open(sys.argv[1],"rb").read(); open(sys.argv[2],"wb").write(re.sub(rb"<[0-9a-f]{32}>", b"<"+b"0"*32+b">", d))' \
  "$T/img2pdf.pdf" skannad.pdf
