"""A labels file is untrusted input: YAML aliases (the billion laughs), size and each entry's types are
checked before anything is labelled; each refusal is one DataError naming the file and the entry."""

import json

import pytest

from eric_lp.errors import DataError
from eric_lp.lang import labels as labels_module
from eric_lp.lang.labels import read_labels

LAUGHS = """a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
labels:
  - {layer: block3_pool, kernel: 1, name: *i}
"""

# (entries as written, what the one-line message says): the corpus of entries that once made a label
# nobody wrote
BAD_ENTRIES = [
    ('[{"layer": "low", "kernel": 0, "name": "x", "provisional": "false"}]',
     'entry 1: provisional must be true or false (unquoted), not "false"'),
    ('[{"layer": "low", "kernel": 0, "name": "x", "provisional": 0}]', "provisional must be true or false"),
    ('[{"layer": "low", "kernel": 0, "name": "x"}, {"layer": "low", "kernel": 1, "name": ["a", "b"]}]',
     "entry 2: name must be text, such as \"crowd\", not a list"),
    ('[{"layer": "low", "kernel": 0, "name": {"a": 1}}]', "name must be text"),
    ('[{"layer": "low", "kernel": 0, "name": 7}]', "name must be text"),
    ('[{"layer": "low", "kernel": 0, "name": null}]', "name must be text"),
    ('[{"layer": "low", "kernel": 0, "name": "  "}]', "name must be text"),
    ('[{"layer": ["low"], "kernel": 0, "name": "x"}]', "layer must be a layer's name (text), not a list"),
    ('[{"layer": "low", "kernel": "\\u00b2", "name": "x"}]', "kernel '\u00b2' is not an integer"),
    ('[{"layer": "low", "kernel": true, "name": "x"}]', "kernel must be an integer"),
]


def test_yaml_aliases_are_refused_before_they_expand(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text(LAUGHS)
    with pytest.raises(DataError, match=r"labels.yaml:2: a YAML alias"):
        read_labels(path)


def test_plain_yaml_with_anchors_unused_still_reads(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_text("labels:\n  - &one {layer: low, kernel: 0, name: trunk, provisional: true}\n")
    (label,) = read_labels(path)
    assert (label.layer, label.kernel, label.name, label.provisional) == ("low", 0, "trunk", True)


def test_a_labels_file_too_large_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "labels.json"
    entry = {"layer": "low", "kernel": 0, "name": "x" * 100}
    path.write_text(json.dumps([entry] * 50))
    assert len(read_labels(path)) == 50
    monkeypatch.setattr(labels_module, "MAX_LABELS_BYTES", path.stat().st_size - 1)
    with pytest.raises(DataError, match="too large for a labels file"):
        read_labels(path)


def test_the_real_bound_refuses_a_file_of_megabytes(tmp_path):
    path = tmp_path / "labels.yaml"
    path.write_bytes(b"#" * (labels_module.MAX_LABELS_BYTES + 1))
    with pytest.raises(DataError, match="over 4 MiB, too large"):
        read_labels(path)


@pytest.mark.parametrize("text, message", BAD_ENTRIES)
def test_an_entry_of_the_wrong_type_is_refused(tmp_path, text, message):
    for suffix in (".json", ".yaml"):  # JSON is YAML: the same entries, both readers
        path = tmp_path / f"labels{suffix}"
        path.write_text(text)
        with pytest.raises(DataError) as info:
            read_labels(path)
        assert message in str(info.value) and str(path) in str(info.value)
        assert "\n" not in str(info.value)


def test_good_entries_keep_their_types(tmp_path):
    path = tmp_path / "labels.json"
    path.write_text('[{"layer": "low", "kernel": "3", "name": " crowd ", "provisional": false},'
                    ' {"layer": "low", "kernel": 4, "name": "sky", "provisional": true}]')
    got = [(lb.layer, lb.kernel, lb.name, lb.provisional) for lb in read_labels(path)]
    assert got == [("low", 3, "crowd", False), ("low", 4, "sky", True)]


@pytest.fixture(scope="module")
def extracted(tiny, tmp_path_factory):
    """A folder extracted from the tiny net (a few hundred images: only its program is labelled)."""
    from conftest import TINY_SPEC
    from eric_lp.cli.main import main
    path, _ = tiny
    out = tmp_path_factory.mktemp("labels") / "out"
    assert main(["extract", "--model", str(path), "--dataset", TINY_SPEC, "--limit", "100", "--lep", "feat_b",
                 "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("name, text, message", [
    ("laughs.yaml", LAUGHS, "laughs.yaml:2: a YAML alias"),
    ("prov.json", BAD_ENTRIES[0][0], BAD_ENTRIES[0][1]),
    ("list.json", BAD_ENTRIES[2][0], BAD_ENTRIES[2][1]),
    ("digit.yaml", "- {layer: feat_b, kernel: '\u00b2', name: x}\n", "kernel '\u00b2' is not an integer"),
])
def test_label_file_refused_in_one_line_and_the_program_kept(extracted, tmp_path, capsys, name, text, message):
    from eric_lp.cli.main import main
    before = {p.name: p.read_bytes() for p in extracted.iterdir() if p.is_file()}
    path = tmp_path / name
    path.write_text(text)
    capsys.readouterr()
    assert main(["label", str(extracted), "--file", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in extracted.iterdir() if p.is_file()} == before
