#!/usr/bin/python3
"""Pictures of skannad.tif's page, as offices end up with them (Debian's python3-pil; deterministic):
liggande.jpg  a phone's photo stored sideways: the page turned a quarter to the left, with EXIF
              Orientation 6 (turn a quarter to the right to view), as phones write it;
skarmbild.png a screenshot: the page at a screen's 96 dpi, grey and smoothed;
inskannad.docx the page scanned into Word: one inline picture, no text;
inskannad.odt the same in LibreOffice Writer: one picture in a frame, no text."""
import io, os, zipfile
from PIL import Image

here = os.path.dirname(os.path.abspath(__file__))
folder = os.path.dirname(here)
page = Image.open(os.path.join(folder, "skannad.tif")).convert("L")

exif = Image.Exif()
exif[0x0112] = 6
page.rotate(90, expand=True).save(os.path.join(folder, "liggande.jpg"), quality=80, exif=exif.tobytes())

width, height = page.size
page.resize((width * 96 // 200, height * 96 // 200), Image.LANCZOS).convert("RGB").save(os.path.join(folder, "skarmbild.png"), optimize=True)

picture = io.BytesIO()
page.save(picture, format="PNG", optimize=True)
emu = lambda pixels: pixels * 914400 // 200
document = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body><w:p><w:r><w:drawing><wp:inline><wp:extent cx="{emu(width)}" cy="{emu(height)}"/><wp:docPr id="1" name="Bild 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="sida1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId4"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p><w:p/><w:sectPr/></w:body></w:document>"""
parts = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
    "word/document.xml": document,
    "word/_rels/document.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>""",
}
with zipfile.ZipFile(os.path.join(folder, "inskannad.docx"), "w", zipfile.ZIP_DEFLATED) as docx:
    for name, text in parts.items():
        docx.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text)
    docx.writestr(zipfile.ZipInfo("word/media/image1.png", (1980, 1, 1, 0, 0, 0)), picture.getvalue())

content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"><office:body><office:text><text:p text:style-name="Standard"><draw:frame draw:name="Bild1" text:anchor-type="as-char" svg:width="{width / 200 * 2.54:.3f}cm" svg:height="{height / 200 * 2.54:.3f}cm"><draw:image xlink:href="Pictures/sida1.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:title>sida1.png</svg:title></draw:frame></text:p></office:text></office:body></office:document-content>"""
manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Pictures/sida1.png" manifest:media-type="image/png"/></manifest:manifest>"""
with zipfile.ZipFile(os.path.join(folder, "inskannad.odt"), "w", zipfile.ZIP_DEFLATED) as odt:
    odt.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
    odt.writestr(zipfile.ZipInfo("content.xml", (1980, 1, 1, 0, 0, 0)), content)
    odt.writestr(zipfile.ZipInfo("Pictures/sida1.png", (1980, 1, 1, 0, 0, 0)), picture.getvalue())
    odt.writestr(zipfile.ZipInfo("META-INF/manifest.xml", (1980, 1, 1, 0, 0, 0)), manifest)
