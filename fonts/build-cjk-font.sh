#!/bin/sh
# Builds src/main/resources/fonts/jixiao-cjk.ttf, the CJK font the server PDFs embed, reproducibly:
# WenQuanYi Zen Hei (TrueType outlines, which openhtmltopdf renders; CFF fonts such as Noto CJK it
# does not) cut down to GB 2312, ASCII, Latin-1 and the punctuation blocks. Same Debian packages in,
# same bytes out (fonttools writes no time stamps when told so below).
#
#   apt-get install fonts-wqy-zenhei python3-fonttools
#   fonts/build-cjk-font.sh
#
# Licence: GPL-2 with the font embedding exception (see src/main/resources/fonts/LICENSE-wqy-zenhei.txt):
# a PDF that embeds the font is not itself covered by the GPL.
set -eu
cd "$(dirname "$0")/.."
SOURCE=${SOURCE:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}
OUT=src/main/resources/fonts/jixiao-cjk.ttf
CHARS=$(mktemp)
trap 'rm -f "$CHARS"' EXIT
/usr/bin/python3 - "$CHARS" <<'PY'
import sys
chars = set()
# GB 2312: rows 0xA1-0xF7, cells 0xA1-0xFE (symbols, Pinyin, 6,763 hanzi).
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
blocks = [(0x20, 0x7F), (0xA0, 0x100), (0x2000, 0x2070), (0x2100, 0x2150), (0x2190, 0x2200),
          (0x2200, 0x2300), (0x2460, 0x2500), (0x3000, 0x3040), (0xFF00, 0xFFF0)]
for lo, hi in blocks:
    chars.update(chr(c) for c in range(lo, hi))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
PY
SOURCE_DATE_EPOCH=0 /usr/bin/python3 -m fontTools.subset "$SOURCE" --font-number=0 \
    --text-file="$CHARS" --output-file="$OUT" \
    --layout-features='*' --name-IDs='*' --name-languages='*' --notdef-outline \
    --no-hinting --desubroutinize
# fonttools stamps head.modified with the current time unless SOURCE_DATE_EPOCH is set (above).
ls -l "$OUT"
sha256sum "$OUT"
