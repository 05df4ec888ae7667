"""Vendored front-end files are exactly one pinned release from the npm
registry, as `python3 tasks.py vendor <name>` downloaded it."""

import hashlib

import pytest

from vendor import PACKAGES, VENDOR, VENDORED, recorded_sums


@pytest.mark.parametrize("name", VENDORED)
def test_vendored_files_are_one_unmodified_release(name):
    folder = VENDOR / name
    version, sums = recorded_sums(folder)
    assert version == PACKAGES[name].version, (
        f"vendor/{name}/ holds {version}, tools/vendor.py pins "
        f"{PACKAGES[name].version}: run `python3 tasks.py vendor {name}`"
    )
    vendored = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.name != "SHA256SUMS"
    }
    assert vendored == set(sums), f"run `python3 tasks.py vendor {name}`"
    for file, digest in sums.items():
        data = (folder / file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{file} was edited"
