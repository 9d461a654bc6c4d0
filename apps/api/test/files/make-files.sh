#!/bin/sh
# Rebuilds the PDFs of this folder (needs Debian's chromium and qpdf; tests do not).
set -eu
cd "$(dirname "$0")"
pdf() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$2" "$1" 2>/dev/null; }
pdf seed-01.html seed-01.pdf
pdf letter-05.html letter-05.pdf
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=600,170 --screenshot=scan-page.png scan-page.html 2>/dev/null
pdf scanned.html scanned.pdf
pdf short-letter.html short-letter.pdf
qpdf --encrypt nguoidoc chusohuu 256 -- short-letter.pdf encrypted.pdf
rm short-letter.pdf
ls -l ./*.pdf
