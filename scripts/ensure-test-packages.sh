#!/usr/bin/env bash
# Installs the Debian packages the browser, print, font and converter-CLI tests need, when they are missing
# (qpdf checks the structure of the PDFs; strace makes the converter's read errors real).
# --check: installs nothing; exits 1 when one is missing.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v strace >/dev/null 2>&1 || missing+=(strace)
fc-list ':lang=zh-cn' family 2>/dev/null | grep -q 'Noto Serif CJK SC' || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
[ "${1:-}" = --check ] && exit 1

echo "Installing Debian packages the tests need: ${missing[*]}"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: cannot install ${missing[*]}: this machine has no apt-get. Install them, then run the tests again." >&2
  exit 1
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "error: cannot install ${missing[*]}: not root and no sudo. Install them, then run the tests again." >&2
    exit 1
  fi
fi
if ! "${sudo_cmd[@]}" apt-get update -qq || ! DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null; then
  echo "error: apt-get could not install ${missing[*]}. Install them, then run the tests again." >&2
  exit 1
fi
