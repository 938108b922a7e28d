#!/usr/bin/env bash
# Installs what the browser tests (test/browser) and the print edition need: Debian's Chromium at
# /usr/bin/chromium, the Noto CJK fonts (fonts-noto-cjk: Chinese in screenshots, and the faces the
# PDF edition embeds), and poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm, pdfimages: the
# print tests read the PDFs with them). Idempotent; does nothing (fast) when all are there. Runs
# as root without a TTY (CI); as another user it uses sudo when available.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

started=$(date +%s)
packages=()
if [ -x /usr/bin/chromium ]; then
  echo "ensure-browser: chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -n1 || echo 'version unknown'))"
else
  echo "ensure-browser: /usr/bin/chromium missing"
  packages+=(chromium fonts-noto-cjk)
fi
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null | head -n1)" ]; then
  echo "ensure-browser: no Chinese font found by fc-list :lang=zh"
  [[ " ${packages[*]-} " == *" fonts-noto-cjk "* ]] || packages+=(fonts-noto-cjk)
else
  echo "ensure-browser: Chinese fonts present ($(fc-list :lang=zh | wc -l) faces)"
fi
# The print edition sets Noto Serif CJK and Noto Sans CJK in particular (src/print/fonts.ts).
if [ ! -f /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc ] || [ ! -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc ]; then
  echo "ensure-browser: Noto CJK faces of the print edition missing"
  [[ " ${packages[*]-} " == *" fonts-noto-cjk "* ]] || packages+=(fonts-noto-cjk)
fi
missing_poppler=()
for tool in pdftotext pdfinfo pdffonts pdftoppm pdfimages; do
  command -v "$tool" >/dev/null 2>&1 || missing_poppler+=("$tool")
done
if [ ${#missing_poppler[@]} -eq 0 ]; then
  echo "ensure-browser: poppler-utils present ($(pdftotext -v 2>&1 | head -n1))"
else
  echo "ensure-browser: ${missing_poppler[*]} missing"
  packages+=(poppler-utils)
fi

if [ ${#packages[@]} -eq 0 ]; then
  echo "ensure-browser: nothing to install"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "ensure-browser: need root (or password-less sudo) to apt-get install ${packages[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: apt-get not found; install ${packages[*]} by hand" >&2
  exit 1
fi

echo "ensure-browser: apt-get update"
"${as_root[@]}" apt-get update -q
echo "ensure-browser: apt-get install ${packages[*]}"
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${packages[@]}" </dev/null

if [ ! -x /usr/bin/chromium ]; then
  echo "ensure-browser: /usr/bin/chromium still missing after install" >&2
  exit 1
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  echo "ensure-browser: pdftotext still missing after installing poppler-utils" >&2
  exit 1
fi
command -v fc-cache >/dev/null 2>&1 && fc-cache -f >/dev/null 2>&1 || true
echo "ensure-browser: installed ${packages[*]} in $(( $(date +%s) - started )) s"
