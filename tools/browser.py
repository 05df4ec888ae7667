"""Find and launch the system's Chromium for Playwright.

Playwright's own browser download cannot run everywhere (CI machines here
have no internet beyond package registries), so the tests and the benchmark
drive an installed Chromium or Chrome instead.
"""

import os
import shutil
from pathlib import Path

CANDIDATES = [
    os.environ.get("CHROMIUM", ""),
    "chromium",
    "chromium-browser",
    "google-chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
]
# No sandbox (CI runs as root), and no background traffic to Google.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING = (
    "Chromium not found. Install it (Debian/Ubuntu: `sudo apt install "
    "chromium`; macOS: `brew install --cask chromium`) or set "
    "CHROMIUM=/path/to/chromium."
)


def find_chromium():
    for candidate in filter(None, CANDIDATES):
        found = shutil.which(candidate)
        if found or Path(candidate).is_file():
            return found or candidate
    return None


def launch(playwright, chromium):
    return playwright.chromium.launch(executable_path=chromium, args=FLAGS)
