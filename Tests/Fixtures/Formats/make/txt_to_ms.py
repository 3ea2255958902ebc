"""Turn styrelse.txt into groff -ms source for styrelse.pdf: 13 pt text on 22 pt leading,
Swedish hyphenation, and a footer "Styrelseprotokoll 2023-02-07 – sida N" on every page.
Usage: python3 txt_to_ms.py styrelse.txt > styrelse.ms"""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().rstrip('\n').split('\n')
out = ['.nr PS 13', '.nr VS 22', '.nr PSINCR 0', '.nr PD 0.6v', '.nr LL 15.5c', '.nr PO 2.8c',
       '.nr HM 2.5c', '.nr FM 3c', '.ds CH', '.ds LF', '.ds RF',
       '.ds CF Styrelseprotokoll 2023-02-07 \\(en sida \\\\n%',
       '.hy 6', '.nr HY 6',
       # allow only the compound break, so the line ends "familjehems-" / "sekreterare"
       '.hw familjehems-sekreterare']
para = []
def flush():
    global para
    if para:
        out.append('.PP'); out.extend(para); para = []
for i, l in enumerate(lines):
    if i == 0:
        out += ['.LP', '.ps 16', '.ft B', l, '.ft', '.ps', '.sp 0.3v']
    elif l.startswith('Plats:'):
        out += ['.br', l]
    elif l.startswith('Närvarande:'):
        out += ['.LP', l]
    elif l.startswith('§'):
        flush(); out += ['.SH', l]
    elif l.startswith('Beslut:'):
        flush(); para = ['\\fBBeslut:\\fP ' + l[len('Beslut:'):].strip()]
    elif l == '':
        flush()
    else:
        para.append(l)
flush()
sys.stdout.write('\n'.join(out) + '\n')
