"""Download pinned front-end packages from the npm registry, hash-checked.

    python3 tasks.py vendor katex      # vendor/katex/: the renderer, CSS, fonts
    python3 tasks.py vendor axe-core   # vendor/axe-core/: the browser tests'
                                       # accessibility engine

Each package's tarball must match the integrity hash pinned here (the hash
the registry publishes). The files kept are written with a SHA256SUMS file
that tests/test_vendor.py checks, so a vendored file edited by hand, or a
version bumped in one place only, fails the tests. The benchmark fetches
MathJax the same way into .cache/.
"""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from dataclasses import dataclass

from layout import ROOT

VENDOR = ROOT / "vendor"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    integrity: str  # "sha512-...", as the registry publishes it
    keep: dict  # path inside the tarball's package/ -> path in the folder
    fonts: str = ""  # a folder inside package/ whose .woff2 files to keep
    fonts_to: str = "fonts/"  # and where they go

    def files(self, archive):
        wanted = dict(self.keep)
        for member in archive.getmembers():
            inner = member.name.removeprefix("package/")
            if (
                self.fonts
                and inner.startswith(self.fonts)
                and inner.endswith(".woff2")
            ):
                wanted[inner] = self.fonts_to + inner.removeprefix(self.fonts)
        return sorted(wanted.items(), key=lambda item: item[1])


PACKAGES = {
    "katex": Package(
        "katex",
        "0.19.1",
        "sha512-jG8uKntjSEcm2EpQOh0XturpPuuC9r3Sq5HLHdsFdWZT27E672SF19QEi"
        "+of0/YeOy15lDgRhKvr5614uRrEfA==",
        {
            "dist/katex.min.js": "katex.min.js",
            "dist/katex.min.css": "katex.min.css",
            "LICENSE": "LICENSE",
        },
        fonts="dist/fonts/",
    ),
    "axe-core": Package(
        "axe-core",
        "4.14.1",
        "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76"
        "ASyFNNtuFooJpZe37OgudVGtQ==",
        {"axe.min.js": "axe.min.js", "LICENSE": "LICENSE"},
    ),
    "mathjax": Package(  # for tools/bench_math.py only; never committed
        "mathjax",
        "3.2.2",
        "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsP"
        "sjKPZGJvtRZM1vO+geW0OhGw==",
        {"es5/tex-mml-chtml.js": "tex-mml-chtml.js"},
        fonts="es5/output/chtml/fonts/woff-v2/",
        fonts_to="output/chtml/fonts/woff-v2/",  # where MathJax looks
    ),
}


def download(package):
    """The package's tarball, checked against its pinned integrity hash."""
    url = (
        f"https://registry.npmjs.org/{package.name}/-/"
        f"{package.name.split('/')[-1]}-{package.version}.tgz"
    )
    tarball = urllib.request.urlopen(url, timeout=120).read()
    digest = base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if f"sha512-{digest}" != package.integrity:
        sys.exit(f"{url} does not match its pinned integrity hash.")
    return tarfile.open(fileobj=io.BytesIO(tarball))


def unpack(package, folder):
    """Write the package's kept files, and their SHA256SUMS, into folder."""
    sums = [f"# {package.name} {package.version} {package.integrity}"]
    with download(package) as archive:
        for inner, name in package.files(archive):
            data = archive.extractfile(f"package/{inner}").read()
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}")
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    return len(sums) - 1


def recorded_sums(folder):
    """(version, {file: sha256}) from a vendored folder's SHA256SUMS."""
    lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    version = lines[0].split()[2]  # "# katex 0.19.1 sha512-..."
    return version, dict(reversed(line.split("  ", 1)) for line in lines[1:])


VENDORED = ("katex", "axe-core")


def main(names):
    if not names or set(names) - set(VENDORED):
        sys.exit(f"usage: python3 tasks.py vendor {' | '.join(VENDORED)} ...")
    for name in names:
        package = PACKAGES[name]
        count = unpack(package, VENDOR / name)
        print(f"{name} {package.version}: {count} files in vendor/{name}/")


if __name__ == "__main__":
    main(sys.argv[1:])
