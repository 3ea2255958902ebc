#!/usr/bin/env python3
"""Writes the three PDF fixtures of Tests/Fixtures/Layouts/varied54.

Python 3 standard library only. Every PDF object is written here by hand:
catalog, page tree, pages, content streams (BT/ET, Tf, Tm/Td, Tj/TJ, Tr,
re/m/l/c/S/f), font dictionaries for the standard 14 fonts with
/WinAnsiEncoding, an image XObject for the scanned pages, the xref table
and the trailer. Character widths are the Adobe metrics of Helvetica,
Helvetica-Bold, Times-Roman and Times-Bold (Courier is 600 throughout), so
wrapping and right alignment come out as the producing programs would lay
them out. The output is deterministic: fixed dates, fixed /ID, no random
numbers (the OCR jitter comes from CRC-32 of the word and its position).

Run from any directory:  python3 make/build.py
"""

import os
import zlib

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------
# Font metrics: widths (1/1000 em) for WinAnsi codes 32..255, from the Adobe
# AFM files of the standard 14 fonts, and kerning pairs (used where a
# producer kerns, i.e. PowerPoint).
# ---------------------------------------------------------------------------

_W_HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
]
_W_HELVETICA_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
]
_W_TIMES = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 0,
    500, 0, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 0, 611, 0,
    0, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 0, 444, 722,
    250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 333,
    400, 564, 300, 300, 333, 510, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444,
    722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
    444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 564, 500, 500, 500, 500, 500, 500, 500, 500,
]
_W_TIMES_BOLD = [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 0,
    500, 0, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 0, 667, 0,
    0, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 0, 444, 722,
    250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 333,
    400, 570, 300, 300, 333, 601, 540, 250, 333, 300, 330, 500, 750, 750, 750, 500,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389,
    722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556,
    500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 500, 556, 500,
]

_KERN_HELVETICA = (
    ',’-100 ,”-100 .’-100 .”-100 AC-30 AG-30 AO-30 AQ-30 AT-120 AU-50 AV-70 '
    'AW-50 AY-100 Au-30 Av-40 Aw-40 Ay-40 AÓ-30 AÖ-30 AÚ-50 AÜ-50 AÝ-100 '
    'Aú-30 Aü-30 Aý-40 Aÿ-40 B,-20 B.-20 BU-10 BÚ-10 BÜ-10 C,-30 C.-30 D,-70 '
    'D.-70 DA-40 DV-70 DW-40 DY-90 DÁ-40 DÄ-40 DÅ-40 DÝ-90 F,-150 F.-150 '
    'FA-80 Fa-50 Fe-30 Fo-30 Fr-45 FÁ-80 FÄ-80 FÅ-80 Fá-50 Fä-50 Få-50 Fé-30 '
    'Fë-30 Fó-30 Fö-30 J,-30 J.-30 JA-20 Ja-20 Ju-20 JÁ-20 JÄ-20 JÅ-20 Já-20 '
    'Jä-20 Jå-20 Jú-20 Jü-20 KO-50 Ke-40 Ko-40 Ku-30 Ky-50 KÓ-50 KÖ-50 Ké-40 '
    'Kë-40 Kó-40 Kö-40 Kú-30 Kü-30 Ký-50 Kÿ-50 LT-110 LV-110 LW-70 LY-140 '
    'Ly-30 LÝ-140 Lý-30 Lÿ-30 L’-160 L”-140 O,-40 O.-40 OA-20 OT-40 OV-50 '
    'OW-30 OX-60 OY-70 OÁ-20 OÄ-20 OÅ-20 OÝ-70 P,-180 P.-180 PA-120 Pa-40 '
    'Pe-50 Po-50 PÁ-120 PÄ-120 PÅ-120 Pá-40 Pä-40 På-40 Pé-50 Pë-50 Pó-50 '
    'Pö-50 QU-10 QÚ-10 QÜ-10 RO-20 RT-30 RU-40 RV-50 RW-30 RY-50 RÓ-20 RÖ-20 '
    'RÚ-40 RÜ-40 RÝ-50 S,-20 S.-20 T,-120 T--140 T.-120 T:-20 T;-20 TA-120 '
    'TO-40 Ta-120 Te-120 To-120 Tr-120 Tu-120 Tw-120 Ty-120 TÁ-120 TÄ-120 '
    'TÅ-120 TÓ-40 TÖ-40 Tá-120 Tä-120 Tå-120 Té-120 Të-120 Tó-120 Tö-120 '
    'Tú-120 Tü-120 Tý-120 Tÿ-60 U,-40 U.-40 UA-40 UÁ-40 UÄ-40 UÅ-40 V,-125 '
    'V--80 V.-125 V:-40 V;-40 VA-80 VG-40 VO-40 Va-70 Ve-80 Vo-80 Vu-70 VÁ-80 '
    'VÄ-80 VÅ-80 VÓ-40 VÖ-40 Vá-70 Vä-70 Vå-70 Vé-80 Vë-80 Vó-80 Vö-80 Vú-70 '
    'Vü-70 W,-80 W--40 W.-80 WA-50 WO-20 Wa-40 We-30 Wo-30 Wu-30 Wy-20 WÁ-50 '
    'WÄ-50 WÅ-50 WÓ-20 WÖ-20 Wá-40 Wä-40 Wå-40 Wé-30 Wë-30 Wó-30 Wö-30 Wú-30 '
    'Wü-30 Wý-20 Wÿ-20 Y,-140 Y--140 Y.-140 Y:-60 Y;-60 YA-110 YO-85 Ya-140 '
    'Ye-140 Yi-20 Yo-140 Yu-110 YÁ-110 YÄ-110 YÅ-110 YÓ-85 YÖ-85 Yá-140 '
    'Yä-140 Yå-140 Yé-140 Yë-140 Yí-20 Yó-140 Yö-140 Yú-110 Yü-110 ``-57 '
    '`‘-57 av-20 aw-20 ay-30 aý-30 aÿ-30 b,-40 b.-40 bb-10 bl-20 bu-20 bv-20 '
    'by-20 bú-20 bü-20 bý-20 bÿ-20 c,-15 ck-20 e,-15 e.-15 ev-30 ew-20 ex-30 '
    'ey-20 eý-20 eÿ-20 f,-30 f.-30 fa-30 fe-30 fo-30 fá-30 fä-30 få-30 fé-30 '
    'fë-30 fó-30 fö-30 f’50 f”60 gr-10 hy-30 hý-30 hÿ-30 ke-20 ko-20 ké-20 '
    'kë-20 kó-20 kö-20 mu-10 my-15 mú-10 mü-10 mý-15 mÿ-15 nu-10 nv-20 ny-15 '
    'nú-10 nü-10 ný-15 nÿ-15 o,-40 o.-40 ov-15 ow-15 ox-30 oy-30 oý-30 oÿ-30 '
    'p,-35 p.-35 py-30 pý-30 pÿ-30 r,-50 r.-50 r:30 r;30 ra-10 ri15 rk15 rl15 '
    'rm25 rn25 rp30 rt40 ru15 rv30 ry30 rá-10 rä-10 rå-10 rí15 rú15 rü15 rý30 '
    'rÿ30 s,-15 s.-15 sw-30 v,-80 v.-80 va-25 ve-25 vo-25 vá-25 vä-25 vå-25 '
    'vé-25 vë-25 vó-25 vö-25 w,-60 w.-60 wa-15 we-10 wo-10 wá-15 wä-15 wå-15 '
    'wé-10 wë-10 wó-10 wö-10 xe-30 xé-30 xë-30 y,-100 y.-100 ya-20 ye-20 '
    'yo-20 yá-20 yä-20 yå-20 yé-20 yë-20 yó-20 yö-20 ze-15 zo-15 zé-15 zë-15 '
    'zó-15 zö-15 ÁC-30 ÁG-30 ÁO-30 ÁQ-30 ÁT-120 ÁU-50 ÁV-70 ÁW-50 ÁY-100 '
    'Áu-30 Áv-40 Áw-40 Áy-40 ÁÓ-30 ÁÖ-30 ÁÚ-50 ÁÜ-50 ÁÝ-100 Áú-30 Áü-30 Áý-40 '
    'Áÿ-40 ÄC-30 ÄG-30 ÄO-30 ÄQ-30 ÄT-120 ÄU-50 ÄV-70 ÄW-50 ÄY-100 Äu-30 '
    'Äv-40 Äw-40 Äy-40 ÄÓ-30 ÄÖ-30 ÄÚ-50 ÄÜ-50 ÄÝ-100 Äú-30 Äü-30 Äý-40 Äÿ-40 '
    'ÅC-30 ÅG-30 ÅO-30 ÅQ-30 ÅT-120 ÅU-50 ÅV-70 ÅW-50 ÅY-100 Åu-30 Åv-40 '
    'Åw-40 Åy-40 ÅÓ-30 ÅÖ-30 ÅÚ-50 ÅÜ-50 ÅÝ-100 Åú-30 Åü-30 Åý-40 Åÿ-40 Ó,-40 '
    'Ó.-40 ÓA-20 ÓT-40 ÓV-50 ÓW-30 ÓX-60 ÓY-70 ÓÁ-20 ÓÄ-20 ÓÅ-20 ÓÝ-70 Ö,-40 '
    'Ö.-40 ÖA-20 ÖT-40 ÖV-50 ÖW-30 ÖX-60 ÖY-70 ÖÁ-20 ÖÄ-20 ÖÅ-20 ÖÝ-70 Ú,-40 '
    'Ú.-40 ÚA-40 ÚÁ-40 ÚÄ-40 ÚÅ-40 Ü,-40 Ü.-40 ÜA-40 ÜÁ-40 ÜÄ-40 ÜÅ-40 Ý,-140 '
    'Ý--140 Ý.-140 Ý:-60 Ý;-60 ÝA-110 ÝO-85 Ýa-140 Ýe-140 Ýi-20 Ýo-140 Ýu-110 '
    'ÝÁ-110 ÝÄ-110 ÝÅ-110 ÝÓ-85 ÝÖ-85 Ýá-140 Ýä-140 Ýå-140 Ýé-140 Ýë-140 '
    'Ýí-20 Ýó-140 Ýö-140 Ýú-110 Ýü-110 áv-20 áw-20 áy-30 áý-30 áÿ-30 äv-20 '
    'äw-20 äy-30 äý-30 äÿ-30 åv-20 åw-20 åy-30 åý-30 åÿ-30 é,-15 é.-15 év-30 '
    'éw-20 éx-30 éy-20 éý-20 éÿ-20 ë,-15 ë.-15 ëv-30 ëw-20 ëx-30 ëy-20 ëý-20 '
    'ëÿ-20 ó,-40 ó.-40 óv-15 ów-15 óx-30 óy-30 óý-30 óÿ-30 ö,-40 ö.-40 öv-15 '
    'öw-15 öx-30 öy-30 öý-30 öÿ-30 ý,-100 ý.-100 ýa-20 ýe-20 ýo-20 ýá-20 '
    'ýä-20 ýå-20 ýé-20 ýë-20 ýó-20 ýö-20 ÿ,-100 ÿ.-100 ÿa-20 ÿe-20 ÿo-20 '
    'ÿá-20 ÿä-20 ÿå-20 ÿé-20 ÿë-20 ÿó-20 ÿö-20 ‘`-57 ‘‘-57 ’d-50 ’r-50 ’s-50 '
    '’’-57 '
)

_KERN_HELVETICA_BOLD = (
    ',’-120 ,”-120 .’-120 .”-120 AC-40 AG-50 AO-40 AQ-40 AT-90 AU-50 AV-80 '
    'AW-60 AY-110 Au-30 Av-40 Aw-30 Ay-30 AÓ-40 AÖ-40 AÚ-50 AÜ-50 AÝ-110 '
    'Aú-30 Aü-30 Aý-30 Aÿ-30 BA-30 BU-10 BÁ-30 BÄ-30 BÅ-30 BÚ-10 BÜ-10 D,-30 '
    'D.-30 DA-40 DV-40 DW-40 DY-70 DÁ-40 DÄ-40 DÅ-40 DÝ-70 F,-100 F.-100 '
    'FA-80 Fa-20 FÁ-80 FÄ-80 FÅ-80 Fá-20 Fä-20 Få-20 J,-20 J.-20 JA-20 Ju-20 '
    'JÁ-20 JÄ-20 JÅ-20 Jú-20 Jü-20 KO-30 Ke-15 Ko-35 Ku-30 Ky-40 KÓ-30 KÖ-30 '
    'Ké-15 Kë-15 Kó-35 Kö-35 Kú-30 Kü-30 Ký-40 Kÿ-40 LT-90 LV-110 LW-80 '
    'LY-120 Ly-30 LÝ-120 Lý-30 Lÿ-30 L’-140 L”-140 O,-40 O.-40 OA-50 OT-40 '
    'OV-50 OW-50 OX-50 OY-70 OÁ-50 OÄ-50 OÅ-50 OÝ-70 P,-120 P.-120 PA-100 '
    'Pa-30 Pe-30 Po-40 PÁ-100 PÄ-100 PÅ-100 Pá-30 Pä-30 På-30 Pé-30 Pë-30 '
    'Pó-40 Pö-40 Q,20 Q.20 QU-10 QÚ-10 QÜ-10 RO-20 RT-20 RU-20 RV-50 RW-40 '
    'RY-50 RÓ-20 RÖ-20 RÚ-20 RÜ-20 RÝ-50 T,-80 T--120 T.-80 T:-40 T;-40 TA-90 '
    'TO-40 Ta-80 Te-60 To-80 Tr-80 Tu-90 Tw-60 Ty-60 TÁ-90 TÄ-90 TÅ-90 TÓ-40 '
    'TÖ-40 Tá-80 Tä-80 Tå-80 Té-60 Të-60 Tó-80 Tö-80 Tú-90 Tü-90 Tý-60 Tÿ-60 '
    'U,-30 U.-30 UA-50 UÁ-50 UÄ-50 UÅ-50 V,-120 V--80 V.-120 V:-40 V;-40 '
    'VA-80 VG-50 VO-50 Va-60 Ve-50 Vo-90 Vu-60 VÁ-80 VÄ-80 VÅ-80 VÓ-50 VÖ-50 '
    'Vá-60 Vä-60 Vå-60 Vé-50 Vë-50 Vó-90 Vö-90 Vú-60 Vü-60 W,-80 W--40 W.-80 '
    'W:-10 W;-10 WA-60 WO-20 Wa-40 We-35 Wo-60 Wu-45 Wy-20 WÁ-60 WÄ-60 WÅ-60 '
    'WÓ-20 WÖ-20 Wá-40 Wä-40 Wå-40 Wé-35 Wë-35 Wó-60 Wö-60 Wú-45 Wü-45 Wý-20 '
    'Wÿ-20 Y,-100 Y.-100 Y:-50 Y;-50 YA-110 YO-70 Ya-90 Ye-80 Yo-100 Yu-100 '
    'YÁ-110 YÄ-110 YÅ-110 YÓ-70 YÖ-70 Yá-90 Yä-90 Yå-90 Yé-80 Yë-80 Yó-100 '
    'Yö-100 Yú-100 Yü-100 ``-46 `‘-46 ag-10 av-15 aw-15 ay-20 aý-20 aÿ-20 '
    'bl-10 bu-20 bv-20 by-20 bú-20 bü-20 bý-20 bÿ-20 ch-10 ck-20 cl-20 cy-10 '
    'cý-10 cÿ-10 dd-10 dv-15 dw-15 dy-15 dý-15 dÿ-15 e,10 e.20 ev-15 ew-15 '
    'ex-15 ey-15 eý-15 eÿ-15 f,-10 f.-10 fe-10 fo-20 fé-10 fë-10 fó-20 fö-20 '
    'f’30 f”30 ge10 gg-10 gé10 gë10 hy-20 hý-20 hÿ-20 ko-15 kó-15 kö-15 lw-15 '
    'ly-15 lý-15 lÿ-15 mu-20 my-30 mú-20 mü-20 mý-30 mÿ-30 nu-10 nv-40 ny-20 '
    'nú-10 nü-10 ný-20 nÿ-20 ov-20 ow-15 ox-30 oy-20 oý-20 oÿ-20 py-15 pý-15 '
    'pÿ-15 r,-60 r--20 r.-60 rc-20 rd-20 rg-15 ro-20 rq-20 rs-15 rt20 rv10 '
    'ry10 ró-20 rö-20 rý10 rÿ10 sw-15 v,-80 v.-80 va-20 vo-30 vá-20 vä-20 '
    'vå-20 vó-30 vö-30 w,-40 w.-40 wo-20 wó-20 wö-20 xe-10 xé-10 xë-10 y,-80 '
    'y.-80 ya-30 ye-10 yo-25 yá-30 yä-30 yå-30 yé-10 yë-10 yó-25 yö-25 ze10 '
    'zé10 zë10 ÁC-40 ÁG-50 ÁO-40 ÁQ-40 ÁT-90 ÁU-50 ÁV-80 ÁW-60 ÁY-110 Áu-30 '
    'Áv-40 Áw-30 Áy-30 ÁÓ-40 ÁÖ-40 ÁÚ-50 ÁÜ-50 ÁÝ-110 Áú-30 Áü-30 Áý-30 Áÿ-30 '
    'ÄC-40 ÄG-50 ÄO-40 ÄQ-40 ÄT-90 ÄU-50 ÄV-80 ÄW-60 ÄY-110 Äu-30 Äv-40 Äw-30 '
    'Äy-30 ÄÓ-40 ÄÖ-40 ÄÚ-50 ÄÜ-50 ÄÝ-110 Äú-30 Äü-30 Äý-30 Äÿ-30 ÅC-40 ÅG-50 '
    'ÅO-40 ÅQ-40 ÅT-90 ÅU-50 ÅV-80 ÅW-60 ÅY-110 Åu-30 Åv-40 Åw-30 Åy-30 ÅÓ-40 '
    'ÅÖ-40 ÅÚ-50 ÅÜ-50 ÅÝ-110 Åú-30 Åü-30 Åý-30 Åÿ-30 Ó,-40 Ó.-40 ÓA-50 ÓT-40 '
    'ÓV-50 ÓW-50 ÓX-50 ÓY-70 ÓÁ-50 ÓÄ-50 ÓÅ-50 ÓÝ-70 Ö,-40 Ö.-40 ÖA-50 ÖT-40 '
    'ÖV-50 ÖW-50 ÖX-50 ÖY-70 ÖÁ-50 ÖÄ-50 ÖÅ-50 ÖÝ-70 Ú,-30 Ú.-30 ÚA-50 ÚÁ-50 '
    'ÚÄ-50 ÚÅ-50 Ü,-30 Ü.-30 ÜA-50 ÜÁ-50 ÜÄ-50 ÜÅ-50 Ý,-100 Ý.-100 Ý:-50 '
    'Ý;-50 ÝA-110 ÝO-70 Ýa-90 Ýe-80 Ýo-100 Ýu-100 ÝÁ-110 ÝÄ-110 ÝÅ-110 ÝÓ-70 '
    'ÝÖ-70 Ýá-90 Ýä-90 Ýå-90 Ýé-80 Ýë-80 Ýó-100 Ýö-100 Ýú-100 Ýü-100 ág-10 '
    'áv-15 áw-15 áy-20 áý-20 áÿ-20 äg-10 äv-15 äw-15 äy-20 äý-20 äÿ-20 åg-10 '
    'åv-15 åw-15 åy-20 åý-20 åÿ-20 é,10 é.20 év-15 éw-15 éx-15 éy-15 éý-15 '
    'éÿ-15 ë,10 ë.20 ëv-15 ëw-15 ëx-15 ëy-15 ëý-15 ëÿ-15 óv-20 ów-15 óx-30 '
    'óy-20 óý-20 óÿ-20 öv-20 öw-15 öx-30 öy-20 öý-20 öÿ-20 ý,-80 ý.-80 ýa-30 '
    'ýe-10 ýo-25 ýá-30 ýä-30 ýå-30 ýé-10 ýë-10 ýó-25 ýö-25 ÿ,-80 ÿ.-80 ÿa-30 '
    'ÿe-10 ÿo-25 ÿá-30 ÿä-30 ÿå-30 ÿé-10 ÿë-10 ÿó-25 ÿö-25 ‘`-46 ‘‘-46 ’d-80 '
    '’l-20 ’r-40 ’s-60 ’v-20 ’’-46 '
)

WIDTHS = {
    'Helvetica': _W_HELVETICA,
    'Helvetica-Bold': _W_HELVETICA_BOLD,
    'Times-Roman': _W_TIMES,
    'Times-Bold': _W_TIMES_BOLD,
}


def _parse_kern(s):
    pairs = {}
    for item in s.split():
        pairs[item[:2]] = int(item[2:])
    return pairs


KERN = {
    'Helvetica': _parse_kern(_KERN_HELVETICA),
    'Helvetica-Bold': _parse_kern(_KERN_HELVETICA_BOLD),
}


def char_width(font, ch):
    if font.startswith('Courier'):
        return 600
    code = ch.encode('cp1252')[0]
    return WIDTHS[font][code - 32]


def text_width(font, size, s, kern=False):
    total = sum(char_width(font, c) for c in s)
    if kern and font in KERN:
        pairs = KERN[font]
        total += sum(pairs.get(s[i:i + 2], 0) for i in range(len(s) - 1))
    return total * size / 1000.0


def num(x):
    s = '%.3f' % x
    s = s.rstrip('0').rstrip('.')
    return '0' if s in ('-0', '') else s


def pdf_string(s):
    out = []
    for byte in s.encode('cp1252'):
        if byte in (0x28, 0x29, 0x5C):
            out.append('\\' + chr(byte))
        elif 32 <= byte < 127:
            out.append(chr(byte))
        else:
            out.append('\\%03o' % byte)
    return '(' + ''.join(out) + ')'


def kerned_tj(font, s):
    """A TJ array with the font's kerning pairs, as PowerPoint writes it."""
    pairs = KERN.get(font, {})
    parts, cur = [], ''
    for i, c in enumerate(s):
        cur += c
        if i + 1 < len(s):
            k = pairs.get(s[i:i + 2])
            if k:
                parts.append(pdf_string(cur))
                parts.append(str(-k))
                cur = ''
    parts.append(pdf_string(cur))
    return '[' + ''.join(parts) + '] TJ'


def text_string_info(s):
    """A PDF text string for the document information dictionary."""
    try:
        s.encode('ascii')
        return pdf_string(s)
    except UnicodeEncodeError:
        return '<FEFF' + s.encode('utf-16-be').hex().upper() + '>'


# ---------------------------------------------------------------------------
# Documents and pages
# ---------------------------------------------------------------------------

class Doc:
    def __init__(self, info, file_id):
        self.info = info
        self.file_id = file_id
        self.fonts = []
        self.pages = []

    def font_key(self, base):
        if base not in self.fonts:
            self.fonts.append(base)
        return 'F%d' % (self.fonts.index(base) + 1)

    def new_page(self, w, h):
        page = Page(self, w, h)
        self.pages.append(page)
        return page


class Page:
    def __init__(self, doc, w, h):
        self.doc = doc
        self.w = w
        self.h = h
        self.ops = []
        self.images = []   # (name, width, height, gray bytes)

    def op(self, s):
        self.ops.append(s)

    def fill_rect(self, x, y, w, h, color):
        self.op('q %s %s %s %s %s re f Q' % (color, num(x), num(y), num(w), num(h)))

    def stroke_rect(self, x, y, w, h, color, lw):
        self.op('q %s %s w %s %s %s %s re S Q' % (color, num(lw), num(x), num(y), num(w), num(h)))

    def line(self, x1, y1, x2, y2, color, lw):
        self.op('q %s %s w %s %s m %s %s l S Q' % (color, num(lw), num(x1), num(y1), num(x2), num(y2)))

    def runs(self, x, y, runs, kern=False):
        """One line of text made of runs (font, size, text[, fill colour])."""
        ops = ['BT', '1 0 0 1 %s %s Tm' % (num(x), num(y))]
        cur_font, cur_color = None, None
        for r in runs:
            font, size, text = r[0], r[1], r[2]
            color = r[3] if len(r) > 3 and r[3] else '0 g'
            if not text:
                continue
            if color != cur_color:
                ops.append(color)
                cur_color = color
            if (font, size) != cur_font:
                ops.append('/%s %s Tf' % (self.doc.font_key(font), num(size)))
                cur_font = (font, size)
            if kern and font in KERN:
                ops.append(kerned_tj(font, text))
            else:
                ops.append(pdf_string(text) + ' Tj')
        ops.append('ET')
        self.op(' '.join(ops))

    def text(self, x, y, font, size, text, color=None, kern=False):
        self.runs(x, y, [(font, size, text, color)], kern=kern)

    def text_right(self, xr, y, font, size, text, color=None, kern=False):
        self.text(xr - text_width(font, size, text, kern), y, font, size, text, color, kern)

    def text_center(self, xc, y, font, size, text, color=None, kern=False):
        self.text(xc - text_width(font, size, text, kern) / 2, y, font, size, text, color, kern)


def runs_width(runs, kern=False):
    return sum(text_width(r[0], r[1], r[2], kern) for r in runs)


def wrap_runs(runs, width, first_width=None, kern=False):
    """Greedy line breaking at spaces over styled runs, as word processors do.

    Returns a list of lines, each a list of runs. The space at a line break
    is dropped."""
    # words: list of lists of (style, text); style = run tuple minus text
    words = [[]]
    for r in runs:
        style = (r[0], r[1], r[3] if len(r) > 3 else None)
        parts = r[2].split(' ')
        for i, p in enumerate(parts):
            if i > 0:
                words.append([])
                words[-1].append((style, ' '))   # the space before the word
            if p:
                words[-1].append((style, p))
    lines, cur, cur_w = [], [], 0.0
    limit = first_width if first_width is not None else width

    def piece_w(pieces):
        return sum(text_width(st[0], st[1], t, kern) for st, t in pieces)

    for word in words:
        if not word:
            continue
        lead = word[0][1] == ' '
        core = word[1:] if lead else word
        if not cur:
            cur = list(core)
            cur_w = piece_w(core)
            continue
        w_all = piece_w(word)
        if cur_w + w_all <= limit + 0.01:
            cur.extend(word)
            cur_w += w_all
        else:
            lines.append(cur)
            limit = width
            cur = list(core)
            cur_w = piece_w(core)
    if cur:
        lines.append(cur)
    out = []
    for line in lines:
        merged = []
        for st, t in line:
            if merged and merged[-1][0] == st:
                merged[-1] = (st, merged[-1][1] + t)
            else:
                merged.append((st, t))
        out.append([(st[0], st[1], t, st[2]) for st, t in merged])
    return out


# ---------------------------------------------------------------------------
# Writing the file
# ---------------------------------------------------------------------------

def write_pdf(doc, path, compress=True):
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    def stream(dict_entries, data):
        if compress:
            data = zlib.compress(data, 6)
            dict_entries = dict_entries + ' /Filter /FlateDecode'
        return ('<< %s /Length %d >>\nstream\n' % (dict_entries.strip(), len(data))).encode('latin-1') + data + b'\nendstream'

    catalog = add(None)
    pages_obj = add(None)
    info_obj = add(None)
    font_objs = []
    for base in doc.fonts:
        if base.startswith('Courier'):
            widths = [600] * 224
        else:
            widths = WIDTHS[base]
        body = ('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding'
                ' /FirstChar 32 /LastChar 255 /Widths [%s] >>' % (base, ' '.join(str(w) for w in widths)))
        font_objs.append(add(body.encode('latin-1')))
    font_dict = ' '.join('/F%d %d 0 R' % (i + 1, o) for i, o in enumerate(font_objs))
    page_objs = []
    for page in doc.pages:
        xobjs = []
        for name, iw, ih, gray in page.images:
            o = add(stream('/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray'
                           ' /BitsPerComponent 8 /Interpolate true' % (iw, ih), gray))
            xobjs.append('/%s %d 0 R' % (name, o))
        content = add(stream('', ('\n'.join(page.ops) + '\n').encode('latin-1')))
        res = '/Font << %s >> /ProcSet [/PDF /Text%s]' % (font_dict, ' /ImageB' if xobjs else '')
        if xobjs:
            res += ' /XObject << %s >>' % ' '.join(xobjs)
        po = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << %s >> /Contents %d 0 R >>'
                  % (pages_obj, num(page.w), num(page.h), res, content)).encode('latin-1'))
        page_objs.append(po)
    objects[catalog - 1] = ('<< /Type /Catalog /Pages %d 0 R /Lang (sv-SE) >>' % pages_obj).encode('latin-1')
    objects[pages_obj - 1] = ('<< /Type /Pages /Kids [%s] /Count %d >>'
                              % (' '.join('%d 0 R' % p for p in page_objs), len(page_objs))).encode('latin-1')
    objects[info_obj - 1] = ('<< %s >>' % ' '.join('/%s %s' % (k, text_string_info(v))
                                                    for k, v in doc.info)).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += ('%d 0 obj\n' % (i + 1)).encode('latin-1') + body + b'\nendobj\n'
    xref = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)).encode('latin-1')
    for off in offsets:
        out += ('%010d 00000 n \n' % off).encode('latin-1')
    out += ('trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objects) + 1, catalog, info_obj, doc.file_id, doc.file_id, xref)).encode('latin-1')
    with open(path, 'wb') as f:
        f.write(bytes(out))


# ---------------------------------------------------------------------------
# 1. An Outlook mail printed to PDF (Memo style): the printing user's name in
#    bold, a thick rule, the header table, the body in 11 pt, and Outlook's
#    footer (user name, page number, date printed) on every page.
# ---------------------------------------------------------------------------

A4_W, A4_H = 595.28, 841.89

MAIL_PRINTED_BY = 'Ing-Marie Boström'
MAIL_PRINTED_AT = '2025-09-22 08:14'

MAIL_HEADER = [
    ('Från:', 'Gun-Marie Strandberg <gun-marie.strandberg@helsingborg.se>'),
    ('Skickat:', 'torsdag den 18 september 2025 14:32'),
    ('Till:', 'lill-marie.gyllensvard@engelholm.se; tulay.karaca@landskrona.se; '
              'asdis.ragnarsdottir@hoganas.se; mamadou.diallo@bjuv.se; agustina.lindholm@bastad.se; '
              'joaquim.tavares@klippan.se; eva-karin.wendel@orkelljunga.se; '
              'jurgen.hofmann@svalov.se'),
    ('Kopia:', 'Carl-Johan Ekdahl <carl-johan.ekdahl@helsingborg.se>'),
    ('Ämne:', 'Minnesanteckningar Nätverket för barn som upplevt våld 2025-09-16'),
]

BODY = 'Helvetica'
BOLD = 'Helvetica-Bold'


def _r(text):
    return (BODY, 11, text)


def _b(text):
    return (BOLD, 11, text)


# Blocks of the mail body: ('p', runs) a paragraph, ('li', runs) a bulleted
# paragraph, ('gap',) an empty line (the writer pressed Enter twice).
MAIL_BODY = [
    ('p', [_r('Hej alla!')]),
    ('gap',),
    ('p', [_r('Här kommer minnesanteckningarna från tisdagens träff. Hör av er till mig senast fredag '
              'den 26 september om något behöver rättas, annars lägger jag ut dem i nätverkets Teams-kanal.')]),
    ('gap',),
    ('p', [(BOLD, 12, 'Minnesanteckningar – Nätverket för barn som upplevt våld')]),
    ('gap',),
    ('p', [_b('Datum:'), _r(' tisdag 16 september 2025, kl. 9.00–12.00')]),
    ('p', [_b('Plats:'), _r(' Båstad, Kommunhuset, sammanträdesrum Hallandsåsen')]),
    ('p', [_b('Ordförande:'), _r(' Lill-Marie Gyllensvärd')]),
    ('p', [_b('Antecknare:'), _r(' Gun-Marie Strandberg')]),
    ('p', [_b('Närvarande:'), _r(' Lill-Marie Gyllensvärd (Ängelholm), Eva-Karin Wendel (Örkelljunga), '
                                 'Ásdís Ragnarsdóttir (Höganäs), Tülay Karaca (Landskrona), Agustina Lindholm (Båstad), '
                                 'Joaquim Tavares (Klippan), Mamadou Diallo (Bjuv), '
                                 'Gun-Marie Strandberg (Helsingborg)')]),
    ('p', [_b('Frånvarande:'), _r(' Jürgen Hofmann (Svalöv), Layla Mansouri (Perstorp)')]),
    ('p', [_b('Gäst:'), _r(' Florencia Acosta, Barnahus Skåne Nordväst (punkt 3)')]),
    ('p', [_r('Åstorp hade ingen representant den här gången.')]),
    ('gap',),
    ('p', [_b('1. Runda i kommunerna')]),
    ('p', [_r('Ängelholm: Två nya familjebehandlare med inriktning på barn som bevittnat våld har börjat.')]),
    ('p', [_r('Landskrona: Kön till gruppverksamheten är nere i fyra barn.')]),
    ('p', [_r('Höganäs: Inget nytt sedan förra träffen.')]),
    ('p', [_r('Bjuv: Tar fram en rutin tillsammans med elevhälsan för orosanmälningar som gäller våld.')]),
    ('p', [_r('Båstad: Ny samordnare för våld i nära relationer från den 1 oktober.')]),
    ('p', [_r('Klippan: Har haft tre ärenden med skyddade personuppgifter i somras.')]),
    ('p', [_r('Örkelljunga: Gruppen för föräldrar som utövat våld kom inte igång, för få anmälda.')]),
    ('p', [_r('Helsingborg: En ny omgång av Trappan-samtal startar i oktober.')]),
    ('gap',),
    ('p', [_b('2. Barnets eget samtal i utredningar om våld')]),
    ('p', [_r('Tülay Karaca tog upp att barnen sällan blir intervjuade själva när en förälder har utsatts '
              'för våld, och att utredningarna då bygger helt på vad de vuxna berättar. Hon sa att Landskrona '
              'sedan i våras alltid erbjuder barnet ett eget samtal inom två veckor.')]),
    ('p', [_r('Ásdís Ragnarsdóttir frågade hur man gör när den andra vårdnadshavaren inte vill ge sitt samtycke.')]),
    ('p', [_r('Mamadou Diallo höll med Tülay och sa att Bjuv har samma problem.')]),
    ('p', [_b('Beslut:'), _r(' Tülay skickar Landskronas rutin för barnsamtal till alla i nätverket, och varje '
                            'kommun ser över sin egen rutin till nästa träff.')]),
    ('gap',),
    ('p', [_b('3. Samråd och förhör på Barnahus')]),
    ('p', [_r('Florencia Acosta från Barnahus Skåne Nordväst berättade att väntetiden till förhör har blivit '
              'längre under sommaren och att samråden ibland bokas med bara en dags varsel. Hon sa: '
              '”Ring hellre en gång för mycket än att barnet får vänta.”')]),
    ('p', [_r('Joaquim Tavares frågade om socialtjänsten kan delta digitalt i samråden. Florencia svarade att '
              'det går bra, men att de helst ser att handläggaren är på plats i Helsingborg.')]),
    ('p', [_r('Informationen noterades.')]),
    ('gap',),
    ('p', [_b('4. Stödgrupp för barn i de mindre kommunerna')]),
    ('p', [_r('Eva-Karin Wendel lyfte att Örkelljunga, Perstorp och Åstorp var för sig har för få barn för att '
              'starta en egen stödgrupp, och föreslog att kommunerna i stället startar en grupp tillsammans som '
              'turas om mellan orterna.')]),
    ('p', [_r('Agustina Lindholm sa att Båstad gärna är med, men att skjutsarna måste lösas.')]),
    ('p', [_r('Lill-Marie frågade vem som ska stå för kostnaden för gruppledarna.')]),
    ('p', [_b('Beslut:'), _r(' Eva-Karin och Agustina tar fram ett förslag till gemensam stödgrupp med start i '
                            'januari 2026, som nätverket tar ställning till den 18 november.')]),
    ('gap',),
    ('p', [_b('5. Övriga frågor')]),
    ('li', [_r('Mamadou Diallo informerade om att Bjuv söker en familjebehandlare på 75 procent, sista '
               'ansökningsdag är den 5 oktober.')]),
    ('li', [_r('Agustina Lindholm påminde om länsstyrelsens konferens om hedersrelaterat våld den 14 oktober i '
               'Malmö, anmälan görs på länsstyrelsens webbplats.')]),
    ('gap',),
    ('p', [_b('Nästa träff:'), _r(' tisdag 18 november 2025 kl. 9.00–12.00, Klippan, Forum.')]),
    ('gap',),
    ('p', [_r('Med vänliga hälsningar')]),
    ('gap',),
    ('p', [_b('Gun-Marie Strandberg')]),
    ('p', [_r('Samordnare våld i nära relationer')]),
    ('p', [_r('Socialförvaltningen, Helsingborgs stad')]),
    ('p', [_r('Telefon 042-10 63 18')]),
    ('p', [(BODY, 11, 'gun-marie.strandberg@helsingborg.se', '0.02 0.39 0.76 rg')]),
]


def build_mail(path):
    doc = Doc([('Title', 'Minnesanteckningar Nätverket för barn som upplevt våld 2025-09-16'),
               ('Creator', 'Microsoft Outlook'),
               ('Producer', 'Microsoft: Print To PDF'),
               ('CreationDate', "D:20250922081412+02'00'"),
               ('ModDate', "D:20250922081412+02'00'")],
              '6B1E0C2F9A4D4E21B7C35D80A9E4F1C2')
    left, right = 54.0, A4_W - 54.0
    top, bottom = A4_H - 50.0, 66.0
    state = {}

    def new_page():
        page = doc.new_page(A4_W, A4_H)
        state['page'] = page
        state['y'] = top
        return page

    page = new_page()
    # the printing user's name and the thick rule
    state['y'] -= 16
    page.text(left, state['y'], BOLD, 15, MAIL_PRINTED_BY)
    state['y'] -= 9
    page.fill_rect(left, state['y'], right - left, 2.6, '0 g')
    state['y'] -= 6
    # the header table: bold labels, values wrapped in their own column
    value_x = left + 72
    lead = 12.6
    for label, value in MAIL_HEADER:
        lines = wrap_runs([(BODY, 10, value)], right - value_x)
        if label == 'Till:':
            assert len(lines) == 3, [runs_width(l) for l in lines]
        for i, line in enumerate(lines):
            state['y'] -= lead
            if i == 0:
                page.text(left, state['y'], BOLD, 10, label)
            page.runs(value_x, state['y'], line)
    state['y'] -= lead * 1.6
    # the body
    lead = 13.4
    for block in MAIL_BODY:
        if block[0] == 'gap':
            state['y'] -= lead
            continue
        indent = 18.0 if block[0] == 'li' else 0.0
        lines = wrap_runs(block[1], right - left - indent)
        for i, line in enumerate(lines):
            if state['y'] - lead < bottom:
                page = new_page()
            state['y'] -= lead
            if block[0] == 'li' and i == 0:
                page.text(left + 4, state['y'], BODY, 11, '•')
            page.runs(left + indent, state['y'], line)
    # Outlook's footer on every page: user name, page number, date printed
    for n, p in enumerate(doc.pages, 1):
        p.text(left, 34, BODY, 9, 'Utskriven av ' + MAIL_PRINTED_BY, '0.25 g')
        p.text_center(A4_W / 2, 34, BODY, 9, str(n), '0.25 g')
        p.text_right(right, 34, BODY, 9, MAIL_PRINTED_AT, '0.25 g')
    write_pdf(doc, path)


# ---------------------------------------------------------------------------
# 2. A PowerPoint deck exported to PDF (16:9, 960 x 540 pt), used as minutes.
# ---------------------------------------------------------------------------

SL_W, SL_H = 960.0, 540.0
TEAL = '0 0.369 0.451 rg'
TEAL_LIGHT = '0.851 0.922 0.933 rg'
TEAL_PALE = '0.933 0.965 0.969 rg'
DARK = '0.15 g'
GREY = '0.45 g'
SL_FOOTER = 'Äldreomsorgens chefsnätverk | Familjen Helsingborg'


def slide(doc, number, title=None):
    page = doc.new_page(SL_W, SL_H)
    page.fill_rect(0, 0, SL_W, SL_H, '1 g')
    if title is not None:
        page.fill_rect(0, SL_H - 10, SL_W, 10, TEAL)
        page.text(48, 462, BOLD, 36, title, TEAL, kern=True)
        page.line(48, 448, 240, 448, '0.957 0.643 0.122 RG', 3)
    # footer placeholders: text left, slide number right
    page.text(48, 20, BODY, 11, SL_FOOTER, GREY, kern=True)
    page.text_right(912, 20, BODY, 11, str(number), GREY)
    return page


def bullet_list(page, items, x, y, width, size=20, bullet_gap=6):
    """items: (level, runs). Level 1 '•', level 2 '–' as PowerPoint's
    default content placeholder draws them. Returns the y after the list."""
    for level, runs in items:
        if isinstance(runs, str):
            runs = [(BODY, size if level == 1 else size - 2, runs, DARK)]
        s = runs[0][1]
        lead = s * 1.2
        if level == 1:
            bx, tx = x, x + 24
            mark = '•'
        else:
            bx, tx = x + 36, x + 58
            mark = '–'
        lines = wrap_runs(runs, width - (tx - x), kern=True)
        y -= bullet_gap if level == 1 else bullet_gap / 2
        for i, line in enumerate(lines):
            y -= lead
            if i == 0:
                page.text(bx, y, BODY, s, mark, TEAL)
            page.runs(tx, y, line, kern=True)
    return y


def _sr(text, size=20):
    return (BODY, size, text, DARK)


def _sb(text, size=20):
    return (BOLD, size, text, DARK)


def build_slides(path):
    doc = Doc([('Title', 'PowerPoint-presentation'),
               ('Author', 'Karl-Erik Sandell'),
               ('Creator', 'Microsoft® PowerPoint® för Microsoft 365'),
               ('Producer', 'Microsoft® PowerPoint® för Microsoft 365'),
               ('CreationDate', "D:20250521101503+02'00'"),
               ('ModDate', "D:20250521101503+02'00'")],
              'A4C0D9E27B3F4F6C8E1D2B7A55C09E31')

    # 1 title slide
    p = slide(doc, 1)
    p.fill_rect(0, 0, 28, SL_H, TEAL)
    p.fill_rect(28, 0, 6, SL_H, '0.957 0.643 0.122 rg')
    p.text(96, 300, BOLD, 54, 'Äldreomsorgens chefsnätverk', TEAL, kern=True)
    p.text(96, 250, BODY, 28, 'Träff 2025-05-20, Höganäs', DARK, kern=True)

    # 2 attendance: two text boxes side by side
    p = slide(doc, 2, 'Närvarande')
    present = ['Eva-Britt Lövgren, Höganäs', 'Dušan Jovanov, Landskrona', 'Saga Wennberg, Bjuv',
               'Kristján Einarsson, Ängelholm', 'Aditi Kulkarni, Helsingborg', 'Eino Rantanen, Örkelljunga',
               'Tora Lindskog, Klippan', 'Karl-Erik Sandell, Åstorp']
    y = 410
    for name in present:
        p.text(60, y, BODY, 20, name, DARK, kern=True)
        y -= 27
    y -= 14
    p.runs(60, y, [_sb('Gäst: ', 18), _sr('Rocío Valdés, Kommunförbundet Skåne (punkt 3)', 18)], kern=True)
    y = 410
    p.text(540, y, BOLD, 20, 'Förhinder', DARK, kern=True)
    for name in ['Nils-Gunnar Hägg, Båstad', 'Fatou Ceesay, Svalöv']:
        y -= 27
        p.text(540, y, BODY, 20, name, DARK, kern=True)
    y -= 54
    p.runs(540, y, [_sb('Mötesledare: '), _sr('Eva-Britt Lövgren')], kern=True)
    y -= 27
    p.runs(540, y, [_sb('Antecknare: '), _sr('Karl-Erik Sandell')], kern=True)
    y -= 41
    p.text(540, y, BODY, 16, 'Perstorp: ingen representant', GREY, kern=True)

    # 3 agenda
    p = slide(doc, 3, 'Dagordning')
    y = 400
    for i, item in enumerate(['Runda', 'Sommarbemanning',
                              'Digital nattillsyn (Rocío Valdés, Kommunförbundet Skåne)',
                              'SÄBO-kön', 'Övrigt'], 1):
        p.text(64, y, BODY, 24, '%d.' % i, TEAL)
        p.text(100, y, BODY, 24, item, DARK, kern=True)
        y -= 40

    # 4 round
    p = slide(doc, 4, 'Runda – läget i kommunerna')
    bullet_list(p, [
        (1, 'Höganäs: värd i dag – rundvandring på Solgläntans nya demensboende efter lunch'),
        (1, 'Helsingborg: två nya vård- och omsorgsboenden öppnar 2026'),
        (1, 'Landskrona: heltidsresan – 80 % av undersköterskorna arbetar nu heltid'),
        (1, 'Bjuv: nattpatrullen utökad sedan april'),
        (1, 'Ängelholm: anställningsstopp för administratörer resten av året'),
        (1, 'Örkelljunga: ny MAS på plats'),
        (1, 'Klippan: inget nytt'),
        (1, 'Åstorp: ombyggnaden av Solbacken klar i augusti'),
    ], 60, 430, 840, size=20, bullet_gap=5)

    # 5 summer staffing
    p = slide(doc, 5, 'Sommarbemanning och delegering')
    bullet_list(p, [
        (1, 'Saga (Bjuv) lyfte att många sommarvikarier saknar läkemedelsdelegering när de börjar'),
        (2, 'ordinarie personal får då ta alla läkemedelsinsatser'),
        (2, '”Vi hinner inte delegera 40 vikarier på två veckor”'),
        (1, 'Kristján (Ängelholm) frågade om kommunerna kan låna sjuksköterskor av varandra under juli'),
        (1, 'Aditi (Helsingborg) höll med – samma läge i Helsingborg'),
        (1, [_sb('Beslut: '), _sr('Saga och Tora tar fram en gemensam digital delegeringsutbildning, '
                                  'klar före 9 juni')]),
    ], 60, 430, 840)

    # 6 guest item
    p = slide(doc, 6, 'Gemensam upphandling av digital nattillsyn')
    bullet_list(p, [
        (1, 'Rocío Valdés, Kommunförbundet Skåne, presenterade möjligheten att upphandla kameror för '
            'nattillsyn tillsammans'),
        (2, 'avtalen i fem av kommunerna löper ut under 2026'),
        (2, '”Ju fler kommuner som går ihop, desto bättre pris och support”'),
        (1, 'Eino (Örkelljunga) frågade hur samtycket dokumenteras'),
        (1, 'Information – inget beslut'),
    ], 60, 430, 840)

    # 7 queue, bullets left and a table right
    p = slide(doc, 7, 'Kö till särskilt boende')
    bullet_list(p, [
        (1, 'Tora (Klippan) lyfte att Klippan riskerar särskild avgift för ej verkställda beslut'),
        (2, '”Tre månader är för länge för den som inte klarar sig hemma”'),
        (1, 'Dušan (Landskrona) höll med – Landskrona köper platser i Helsingborg i väntan på egna'),
        (1, [_sb('Beslut: '), _sr('kommunerna rapporterar kösiffror till Tora varje månad, '
                                  'sammanställning till nästa träff')]),
    ], 60, 430, 440)
    cols = [(560, 136, 'Kommun'), (696, 70, 'I kö'), (766, 154, 'Längsta väntan')]
    rows = [('Helsingborg', '41', '94 dagar'), ('Landskrona', '17', '71 dagar'),
            ('Ängelholm', '12', '65 dagar'), ('Klippan', '9', '112 dagar')]
    ty, rh = 420, 34
    p.fill_rect(560, ty - rh, 360, rh, TEAL)
    for cx, cw, head in cols:
        p.text(cx + 10, ty - rh + 11, BOLD, 16, head, '1 g', kern=True)
    for i, row in enumerate(rows):
        ry = ty - rh * (i + 2)
        p.fill_rect(560, ry, 360, rh, TEAL_LIGHT if i % 2 == 0 else TEAL_PALE)
        for (cx, cw, _), cell in zip(cols, row):
            if cell[0].isdigit():
                p.text_right(cx + cw - 12, ry + 11, BODY, 16, cell, DARK)
            else:
                p.text(cx + 10, ry + 11, BODY, 16, cell, DARK, kern=True)
    for i in range(len(rows) + 2):
        p.line(560, ty - rh * i, 920, ty - rh * i, '1 G', 1)
    p.text(560, ty - rh * 5 - 22, BODY, 12, 'Källa: kommunernas egna siffror den 30 april 2025', GREY, kern=True)

    # 8 other questions
    p = slide(doc, 8, 'Övriga frågor')
    bullet_list(p, [
        (1, 'Dušan (Landskrona) informerade om att Landskrona får en ny förvaltningschef från 1 september'),
        (1, 'Eino (Örkelljunga) tipsade om konferensen Äldres hälsa i Kristianstad den 2 oktober'),
    ], 60, 430, 840)

    # 9 next meeting
    p = slide(doc, 9, 'Nästa träff')
    bullet_list(p, [
        (1, 'Tisdag 16 september 2025 kl. 9–12'),
        (1, 'Klippan, Forum – Tora är värd'),
    ], 60, 430, 840, size=24)
    p.text_center(SL_W / 2, 150, BOLD, 32, 'Tack för i dag!', TEAL, kern=True)
    write_pdf(doc, path)


# ---------------------------------------------------------------------------
# 3. A scanned paper protocol with an OCR text layer ("searchable PDF" from a
#    multifunction printer): each page is an image (here a coarse grey scan
#    of the sheet with its punch holes) and, on top of it, the recognised
#    words in invisible text (3 Tr), one text object per word, placed where
#    the word stands on the typed page, with the small baseline and size
#    variations that OCR output has.
# ---------------------------------------------------------------------------

SCAN_W, SCAN_H = 595.2, 841.92
TYPE_LEFT = 72.0
PITCH = 7.2          # Courier 12 pt: 10 characters to the inch
LINE = 13.6
MAX_COLS = 64

OCR_HEADER_LEFT = 'Nätverket för funktionsstöd'
OCR_HEADER_RIGHT = 'Protokoll 2025-11-11'

# The typed protocol as OCR read it. Leading spaces give the typed column.
# Deliberate OCR faults (not in any fact): 'l4' for 14 in § 2 and
# 'sarnrnanträdet' for sammanträdet in § 1. A line '\f' starts a new page.
OCR_TEXT = r'''
                         PROTOKOLL
                  fört vid sammanträde med
     Nätverket för funktionsstöd i Familjen Helsingborg

Tid och plats:  Tisdagen den 11 november 2025 kl. 13.00-15.30
                Åstorp, Kommunhuset, sammanträdesrum Hyllinge

Närvarande:
          Ann-Mari Sjöholm, Åstorp, ordförande
          Cengiz Aksoy, Landskrona
          Lárus Helgason, Helsingborg
          Leonor Barros, Ängelholm
          Jan-Åke Nordqvist, Perstorp
          Nafisa Rahmani, Bjuv
          Lars-Erik Ottosson, Svalöv, sekreterare

Anmält förhinder:
          Seda Korkmaz, Höganäs
          Preben Kjær, Båstad

Adjungerad:
          Britt-Louise Dahl, Försäkringskassan, § 3


§ 1   Mötets öppnande och val av justerare

      Ordföranden Ann-Mari Sjöholm hälsade alla välkomna
      och förklarade sarnrnanträdet öppnat. Till att jämte
      ordföranden justera dagens protokoll utsågs Cengiz
      Aksoy. Dagordningen godkändes. Klippan och Örkel-
      ljunga var inte företrädda.


§ 2   Information från kommunerna

      Helsingborg: Daglig verksamhet flyttar till nya lokaler
      på Berga i januari.
      Landskrona: l4 ärenden om ledsagarservice väntar på
      verkställighet.
      Ängelholm: Ny enhetschef för boendestödet från den
      1 december.
      Perstorp: Inget nytt att rapportera.
\f
      Bjuv: Nyckelfria lås har införts i två gruppbostäder.
      Svalöv: Arbetar med en ny riktlinje för korttids-
      vistelse enligt LSS.
      Åstorp: Sysselsättningen på Kvidinge gård fortsätter
      året ut.


§ 3   Försäkringskassans bedömningar av assistansersättning

      Britt-Louise Dahl från Försäkringskassan redogjorde för
      hur myndigheten bedömer behovet av personlig assistans
      sedan lagändringen, då andning och sondmatning blev grund-
      läggande behov. Hon framhöll att kommunerna bör skicka
      med aktuella genomförandeplaner, eftersom underlagen
      annars ofta är för tunna. Handläggningstiden är enligt
      henne drygt fyra månader.
      Jan-Åke Nordqvist frågade om Försäkringskassan kan komma
      ut till kommunerna och informera personalen.
      Britt-Louise lovade att återkomma med förslag på datum.
      Informationen noterades.


§ 4   Korttidstillsyn för skolungdom över 12 år

      Leonor Barros tog upp att Ängelholm har svårt att ordna
      korttidstillsyn på loven, eftersom fritidshemmen inte
      tar emot ungdomar över 12 år och de flesta verksam-
      heterna stänger kl. 16. Hon menade att många föräldrar
      i praktiken tvingas gå ned i arbetstid.
      Lars-Erik Ottosson frågade hur många ungdomar det
      gäller. Leonor svarade att det rör sig om ett tjugotal
      i Ängelholm.
      Cengiz Aksoy instämde och berättade att Landskrona har
      samma problem under sommarlovet.

      Nätverket beslutade

      att   Leonor Barros och Nafisa Rahmani kartlägger hur
            kommunerna ordnar korttidstillsyn på loven, samt

      att   kartläggningen redovisas vid nästa sammanträde.
\f
§ 5   Övriga frågor

      Nafisa Rahmani informerade om att Bjuv anordnar en
      temadag om tydliggörande pedagogik den 4 december och
      att de andra kommunerna är välkomna.
      Lárus Helgason tog upp att Helsingborg ser över sina
      avgifter för resor till daglig verksamhet och bad att
      få ta del av de andra kommunernas taxor.
      Nästa sammanträde hålls tisdagen den 9 december 2025
      kl. 13.00 i Perstorp.
      Ordföranden tackade för visat intresse och förklarade
      sammanträdet avslutat.


Vid protokollet



Lars-Erik Ottosson

Justeras



Ann-Mari Sjöholm                    Cengiz Aksoy
'''


def _h(*parts):
    return zlib.crc32(':'.join(str(p) for p in parts).encode('utf-8'))


def scan_image(page_no):
    """A coarse greyscale 'scan' of a sheet: light grey paper with a faint
    shadow at the edges and the two punch holes at the left."""
    iw, ih = 150, 212
    px = SCAN_W / iw
    holes = [(34.0 / px, (SCAN_H / 2 - 113.4) / px), (34.0 / px, (SCAN_H / 2 + 113.4) / px)]
    rows = []
    for j in range(ih):
        row = bytearray()
        yb = ih - 1 - j            # image rows run from the top
        for i in range(iw):
            v = 236 + (_h(page_no, i, j) % 7) - 3
            if i < 2:
                v -= 26 - 10 * i
            if j < 1 or j >= ih - 1 or i >= iw - 1:
                v -= 12
            for hx, hy in holes:
                if (i + 0.5 - hx) ** 2 + (yb + 0.5 - hy) ** 2 <= 2.2 ** 2:
                    v = 84 + (_h('hole', page_no, i, j) % 9)
            row.append(max(0, min(255, v)))
        rows.append(bytes(row))
    return iw, ih, b''.join(rows)


def ocr_word(page, x, y, word, key):
    """One recognised word in invisible text, with OCR's own size estimate
    and horizontal scaling fitted to the word's box."""
    h = _h(key, word)
    dy = ((h % 13) - 6) / 10.0               # baseline -0.6 .. +0.6 pt
    dx = (((h >> 5) % 7) - 3) / 10.0         # -0.3 .. +0.3 pt
    size = 11.6 + ((h >> 9) % 9) / 10.0      # 11.6 .. 12.4 pt
    box = PITCH * len(word) * (1 + (((h >> 13) % 5) - 2) / 200.0)
    scale = 100.0 * box / (0.6 * size * len(word))
    skew = (x - TYPE_LEFT) * 0.0009          # the sheet lay slightly crooked
    page.op('BT 3 Tr /%s %s Tf %s Tz 1 0 0 1 %s %s Tm %s Tj ET'
            % (page.doc.font_key('Courier'), num(size), num(round(scale, 2)),
               num(x + dx), num(round(y + dy + skew, 2)), pdf_string(word)))


def ocr_line(page, y, text, key):
    col = 0
    for chunk in text.split(' '):
        if chunk:
            ocr_word(page, TYPE_LEFT + col * PITCH, y, chunk, (key, col))
        col += len(chunk) + 1


def signature(page, x, y, seed):
    """A hand-written signature drawn over the scan (ink strokes)."""
    h = _h('sig', seed)
    pts = []
    cx = x
    for k in range(8):
        step = 9 + ((h >> (3 * k)) % 10)
        amp = 3 + ((h >> (2 * k + 1)) % 9)
        rise = ((h >> (k + 5)) % 5) - 2
        pts.append('%s %s %s %s %s %s c' % (num(cx + step / 3), num(y + amp), num(cx + 2 * step / 3),
                                            num(y - amp / 2), num(cx + step), num(y + rise)))
        cx += step
    page.op('q 0.12 0.16 0.42 RG 1.1 w 1 J 1 j %s %s m %s %s %s %s %s %s c %s S Q'
            % (num(x), num(y), num(x + 2), num(y + 10), num(x + 4), num(y + 12), num(x + 6), num(y + 2),
               ' '.join(pts)))
    page.op('q 0.12 0.16 0.42 RG 0.9 w %s %s m %s %s l S Q'
            % (num(x + 10), num(y - 6), num(cx - 10), num(y - 4)))


def build_ocr(path):
    doc = Doc([('Creator', 'Canon iR-ADV C3530'),
               ('Producer', 'Canon iR-ADV C3530 (OCR)'),
               ('CreationDate', "D:20251114093107+01'00'"),
               ('ModDate', "D:20251114093107+01'00'")],
              '0F3A6D2C9B8E47A1B5C4D3E2F1A09B87')
    pages = [p.strip('\n').split('\n') for p in OCR_TEXT.strip('\n').split('\\f\n')]
    doc.font_key('Courier')
    total = len(pages)
    for no, lines in enumerate(pages, 1):
        page = doc.new_page(SCAN_W, SCAN_H)
        iw, ih, gray = scan_image(no)
        page.images.append(('Im%d' % no, iw, ih, gray))
        page.op('q %s 0 0 %s 0 0 cm /Im%d Do Q' % (num(SCAN_W), num(SCAN_H), no))
        # running header and footer, typed in the word processor's header
        head = OCR_HEADER_LEFT + ' ' * (MAX_COLS - len(OCR_HEADER_LEFT) - len(OCR_HEADER_RIGHT)) + OCR_HEADER_RIGHT
        ocr_line(page, 790.0, head, (no, 'head'))
        foot = 'Sida %d av %d' % (no, total)
        ocr_line(page, 52.0, ' ' * ((MAX_COLS - len(foot)) // 2) + foot, (no, 'foot'))
        y = 752.0
        assert len(lines) <= 48, (no, len(lines))
        for i, text in enumerate(lines):
            assert len(text) <= MAX_COLS, text
            ocr_line(page, y, text, (no, i))
            if text.strip() in ('Lars-Erik Ottosson', 'Ann-Mari Sjöholm                    Cengiz Aksoy'):
                signature(page, TYPE_LEFT + 6, y + 16, (no, i, 'a'))
                if 'Cengiz' in text:
                    signature(page, TYPE_LEFT + text.index('Cengiz') * PITCH + 4, y + 17, (no, i, 'b'))
            y -= LINE
    write_pdf(doc, path)


def main():
    build_mail(os.path.join(HERE, 'barn_som_upplevt_vald_utskrivet_mejl.pdf'))
    build_slides(os.path.join(HERE, 'aldreomsorg_chefsnatverk_presentation.pdf'))
    build_ocr(os.path.join(HERE, 'funktionsstod_protokoll_skannad_ocr.pdf'))


if __name__ == '__main__':
    main()
