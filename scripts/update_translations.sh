#!/bin/sh
# Refresh the English translation source from the UI code, then compile it.
#
#   1. pyside6-lupdate collects every tr()/translate() string of ui/*/*.py into
#      resources/i18n/kvadrant_en.ts (bokmål is the source language); strings that are new
#      arrive "unfinished" and are translated in Qt Linguist or by editing the XML.
#   2. pyside6-lrelease compiles it to resources/i18n/kvadrant_en.qm, which the app loads.
set -eu
cd "$(dirname "$0")/.."
pyside6-lupdate ui/*/*.py \
    -source-language nb_NO -target-language en_GB -no-obsolete \
    -ts resources/i18n/kvadrant_en.ts
pyside6-lrelease resources/i18n/kvadrant_en.ts -qm resources/i18n/kvadrant_en.qm
