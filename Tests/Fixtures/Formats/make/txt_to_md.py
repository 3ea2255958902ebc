"""Turn styrelse.txt into Markdown (# title, ## § items, one paragraph per block) for pandoc.
Usage: python3 txt_to_md.py styrelse.txt > styrelse.md"""
import sys
lines = open(sys.argv[1], encoding='utf-8').read().rstrip('\n').split('\n')
out, para = [], []
def flush():
    global para
    if para:
        out.append(' '.join(para)); out.append(''); para = []
for i, l in enumerate(lines):
    if i == 0:
        out += ['# ' + l, '']
    elif l.startswith(('Plats:', 'Närvarande:', 'Beslut:')):
        flush(); para = [l]
    elif l.startswith('§'):
        flush(); out += ['## ' + l, '']
    elif not l:
        flush()
    else:
        para.append(l)
flush()
sys.stdout.write('\n'.join(out))
