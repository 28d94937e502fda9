"""Write dateline's table of WordNet supersenses (``src/dateline/data/supersenses.tsv.gz``).

A supersense is the lexicographer file WordNet files a sense under: ``verb.communication``
("say", "mock", "rebuke"), ``verb.cognition`` ("believe", "doubt"), ``noun.feeling``
("confidence", "dismay"). The cue model (``cues.py``) reads the supersenses of a word's
three most frequent senses, so a verb of saying it never saw in training shares the weight
of those it saw. The table is read offline; this script rebuilds it from the WordNet 3.0
database files (Debian's ``wordnet-base``: ``apt-get install wordnet-base``):

    python scripts/wordnet_supersenses.py /usr/share/wordnet src/dateline/data/supersenses.tsv.gz

Each line: lemma, part of speech (v or n), and up to three supersense names (without the
``verb.``/``noun.`` part), most frequent sense first. Lemmas of more than one word are left out.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

# WordNet's lexicographer files by number (its lexnames file, which Debian does not ship).
LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
]


def supersenses(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """Lemma -> the supersenses of its senses, most frequent first, each once (at most 3)."""
    lexfile: dict[str, str] = {}
    with open(wordnet / f"data.{pos}", encoding="latin-1") as data:
        for line in data:
            if not line.startswith("  "):  # (the licence header)
                offset, number = line.split(" ", 2)[:2]
                lexfile[offset] = LEXNAMES[int(number)].split(".")[1]
    table: dict[str, list[str]] = {}
    with open(wordnet / f"index.{pos}", encoding="latin-1") as index:
        for line in index:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, senses, pointers = fields[0], int(fields[2]), int(fields[3])
            if "_" in lemma or not lemma.isascii():
                continue
            names: list[str] = []
            for offset in fields[6 + pointers:6 + pointers + senses]:
                if lexfile[offset] not in names:
                    names.append(lexfile[offset])
            table[lemma] = names[:3]
    return table


def main(wordnet: str, out: str) -> None:
    root = Path(wordnet)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# WordNet 3.0 supersenses (lexicographer files) of single-word lemmas, most frequent\n"
                     "# sense first; from WordNet 3.0, Copyright 2006 by Princeton University, used under\n"
                     "# its licence (WORDNET_LICENSE beside this file). Rebuilt by scripts/wordnet_supersenses.py.\n")
        for pos, tag in (("verb", "v"), ("noun", "n")):
            for lemma, names in sorted(supersenses(root, pos).items()):
                handle.write(f"{lemma}\t{tag}\t{' '.join(names)}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
