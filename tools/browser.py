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
# Playwright passes Chromium a list of features to disable (its own
# reasons: no traffic to Google at startup, routes that survive redirects,
# ...), and Chromium keeps only the last --disable-features it is given. So
# the one below holds Playwright's list (1.65) and adds the address bar's
# suggestion popup, a web page of its own that Chromium (156 on) loads in
# every new window, headless too: each test and each benchmark load opens
# one, and that page took about as much processor time as the page under
# test (a trace showed 0.9 s against 1 s). Chromium ignores the names of
# features it does not have. tests/test_browser.py checks that the list
# still holds all of Playwright's.
DISABLED_FEATURES = [
    # Playwright's
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsUpgrades",
    "HttpsFirstBalancedModeAutoEnable",
    "LensOverlay",
    "MediaRouter",
    "PaintHolding",
    "ThirdPartyStoragePartitioning",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "TcpPortRandomizationWin",
    "OptimizationHints",
    "NetworkTimeServiceQuerying",
    "AimEnabled",
    "PreconnectToSearch",
    "msForceBrowserSignIn",
    "msEdgeUpdateLaunchServicesPreferredVersion",
    # the suggestion popup (either alone still loads it)
    "WebUIOmniboxPopup",
    "WebUIOmniboxAimPopup",
]
# No sandbox (CI runs as root), and no background traffic to Google.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-features=" + ",".join(DISABLED_FEATURES),
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
