"""Hypothesis strategies: random stratified programs, random facts, and adversarial program text."""

import re

import numpy as np
from hypothesis import strategies as st

from eric_lp.errors import ProgramError
from eric_lp.core.facts import Facts
from eric_lp.core.program import OUTPUT, Compound, Label, Literal, Meta, Program, Rule

LAYERS = ("conv_a", "conv_b", "pool_c", "top")


@st.composite
def kernels(draw, n=6):
    """Kernel terms: mostly integers, sometimes cell(K, Row, Col) compounds."""
    if draw(st.booleans()):
        return draw(st.integers(0, n - 1))
    return Compound("cell", (draw(st.integers(0, 2)), draw(st.integers(0, 1)), draw(st.integers(0, 1))))


@st.composite
def programs(draw):
    depth = draw(st.integers(1, 3))
    layers = LAYERS[:depth]
    classes = tuple(draw(st.lists(st.sampled_from(["a", "b", "c", "street", "t_shirt_top"]),
                                  min_size=1, max_size=4, unique=True)))
    rules = []
    for i, head_layer in enumerate(layers[1:] + (OUTPUT,)):
        body_layer = layers[i]
        for _ in range(draw(st.integers(1, 5))):
            body = draw(st.lists(st.builds(Literal, st.just(body_layer), kernels(), st.booleans()),
                                 min_size=0, max_size=4))
            # a literal and its negation together make a rule that never fires: allowed, but keep one
            seen, clean = set(), []
            for lit in body:
                if (lit.layer, lit.kernel) not in seen:
                    seen.add((lit.layer, lit.kernel))
                    clean.append(lit)
            if head_layer == OUTPUT:
                head = tuple(draw(st.lists(st.sampled_from(classes), min_size=1, max_size=2, unique=True)))
            else:
                head = tuple(draw(st.lists(kernels(), min_size=1, max_size=2, unique=True)))
            support = draw(st.none() | st.integers(0, 5000))
            confidence = draw(st.none() | st.floats(0, 1))
            rules.append(Rule(f"r{len(rules) + 1}", head_layer, head, tuple(clean), support, confidence))
    labels = []
    if draw(st.booleans()):
        labels.append(Label(layers[0], 1, draw(st.text("abc XYZ\"\\-_", min_size=1, max_size=8)).strip() or "x",
                            draw(st.booleans())))
    meta = draw(st.sampled_from([Meta(), Meta(lep=layers[0], depth=5, alpha=0.01, norm="l1", threshold="mean")]))
    return Program(layers, classes, tuple(rules), tuple(labels), meta)


@st.composite
def facts_for(draw, program, max_images=12):
    n = draw(st.integers(0, max_images))
    kernels = tuple(dict.fromkeys(program.kernels_read(program.lep) + (0, 1, 2)))
    seed = draw(st.integers(0, 2**32 - 1))
    truth = np.random.default_rng(seed).random((n, len(kernels))) < 0.5
    ids = np.arange(n) * 3 + 1
    return Facts(program.lep, kernels, truth, ids)


# -- adversarial program text: what the readers might read apart --------------------------------------

#: Fragments of label strings: the escapes clingo and SWI-Prolog read differently, quotes, comment
#: openers, and characters outside printable ASCII.
STRING_PARTS = ("a", "crowd", " ", "\\\"", "\\\\", "\\x41\\", "\\101\\", "\\n", "\\t", "\\", "\"", "'", "%",
                "%*", "*%", "/*", "*/", "). :- initialization(halt). %", "\t", "\x00", "\r", "\u00e9",
                "\u2028", "\\\n", "\"\"", "0'", "`")
#: Fragments of comments.
COMMENT_PARTS = (" note", " r1 support=3 confidence=0.5", " r1 confidence=1.2.3", "%*", "*%", " %* x *%",
                 "/*", "*/", "\"", "'", "!", " class(I, z) :- image(I). ", "\r", "\u00e9", "\x00", "\t", "\\")
#: Names: ordinary constants, then clingo's keyword and SWI-Prolog's operators, then non-names.
NAMES = ("pool", "a", "b", "c", "z9", "t_shirt_top", "xY")
ODD_NAMES = ("not", "is", "mod", "rem", "xor", "div", "rdiv", "as", "dynamic", "table", "initialization",
             "multifile", "discontiguous", "public", "volatile", "thread_local", "end_of_file", "_x", "X", "a b",
             "'a'", "[]", "{}", "\\+", "-")
INTS = ("0", "1", "3", "17", "2147483647")
ODD_INTS = ("2147483648", "4294967296", "9223372036854775808", "007", "0x1F", "0b1", "0o7", "0'a", "1_000",
            "1.5", "1.0e3", "-1", "1 000", "12a")
VARS = ("I", "I", "J", "Img")
ODD_VARS = ("_", "_I", "i", "I J")
SEPARATORS = ("\n", "\n", "\n", " ", "\t", "\n\n", "", "\r\n", "\r", "%c\n")
APPENDED = (":- initialization(main).", "#script (python)\nimport os\n#end.", "#include \"x.lp\".",
            ":- active(I, pool, 3).", "class(I, z) :- image(I).", "#show x/1.", ":- dynamic x/1.",
            "#const n = 3.", "fired(I, r99) :- image(I), active(I, pool, 3) ; x.", "a.b.", "?- halt.",
            ":- table fired/2 as subsumptive.", ":- table fired/2.", "#defined q/2.")


def _nested(depth: int, inner: str = "1") -> str:
    return "f(" * depth + inner + ")" * depth


@st.composite
def small_programs(draw):
    """Programs of one or two layers and a few short rules: cheap to draw by the thousand."""
    layers = LAYERS[:draw(st.integers(1, 2))]
    classes = ("a", "b")
    rules = []
    for i, head_layer in enumerate(layers[1:] + (OUTPUT,)):
        for _ in range(draw(st.integers(1, 2))):
            body = {(k, positive) for k, positive in draw(st.lists(st.tuples(st.integers(0, 4), st.booleans()),
                                                                   max_size=2))}
            literals = tuple(Literal(layers[i], k, positive) for k, positive in body)
            head = ((draw(st.sampled_from(classes)),) if head_layer == OUTPUT
                    else (draw(st.integers(0, 3)),))
            rules.append(Rule(f"r{len(rules) + 1}", head_layer, head, literals,
                              draw(st.none() | st.integers(0, 99)), draw(st.none() | st.just(0.5))))
    labels = (Label(layers[0], 1, "crowd", draw(st.booleans())),) if draw(st.booleans()) else ()
    return Program(layers, classes, tuple(rules), labels)


@st.composite
def adversarial_strings(draw):
    """A label string's body, mostly harmless."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.text("ab %*\\\"", max_size=6))
    return "".join(draw(st.lists(st.sampled_from(STRING_PARTS), min_size=1, max_size=4)))


@st.composite
def program_texts(draw):
    """(text, dialect): an emitted program (``lp`` or ``pl``) with a few adversarial mutations.

    Each mutation is one a person or an attacker could make by hand: a comment, a label, an odd number,
    name or variable, a missing layout after '.', a space before '(', the other dialect's negation, a
    deeply nested term, or a directive; most texts stay valid so the readers have something to agree on.
    """
    from eric_lp.lang.emit import to_asp, to_prolog
    program = draw(small_programs())
    dialect = draw(st.sampled_from(["lp", "pl"]))
    lines = (to_asp(program) if dialect == "lp" else to_prolog(program)).rstrip("\n").split("\n")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines)))
        kind = draw(st.integers(0, 11))
        code = [i for i, line in enumerate(lines) if line and not line.startswith("%")]
        target = draw(st.sampled_from(code)) if code else 0
        if kind == 0:
            lines.insert(at, "%" + "".join(draw(st.lists(st.sampled_from(COMMENT_PARTS), max_size=3))))
        elif kind == 1:
            kernel = draw(st.sampled_from(INTS + ODD_INTS[:3] + ("c", "cell(1, 0, 1)", "cell (1)", _nested(33))))
            layer = draw(st.sampled_from((program.layers[0],) * 3 + ODD_NAMES))
            lines.insert(at, f'label({layer}, {kernel}, "{draw(adversarial_strings())}").')
        elif kind == 2 and lines[target:]:
            new = draw(st.sampled_from(INTS + ODD_INTS))
            lines[target] = re.sub(r"\b\d+\b", lambda m: new, lines[target], count=1)
        elif kind == 3:
            old = draw(st.sampled_from(("a", "b", "crowd", program.layers[0])))
            new = draw(st.sampled_from(NAMES + ODD_NAMES))
            lines[target] = re.sub(rf"\b{old}\b", lambda m: new, lines[target], count=1)
        elif kind == 4:
            new = draw(st.sampled_from(VARS + ODD_VARS))
            lines[target] = re.sub(r"\bI\b", lambda m: new, lines[target], count=draw(st.integers(0, 2)))
        elif kind == 5 and target + 1 < len(lines):  # what separates two statements
            sep = draw(st.sampled_from(SEPARATORS)).replace("%c", "%" + draw(st.sampled_from(COMMENT_PARTS)))
            lines[target:target + 2] = [lines[target] + sep + lines[target + 1]]
        elif kind == 6:
            lines[target] = re.sub(r"(\w)\(", r"\1 (", lines[target], count=1)
        elif kind == 7:
            neg = draw(st.sampled_from(["not ", "\\+ ", "\\+", "not", "not  "]))
            lines[target] = re.sub(r"(not |\\\+ )", lambda m: neg, lines[target], count=1)
        elif kind == 8:
            depth = draw(st.sampled_from([2, 31, 32, 33, 34, 600]))
            lines[target] = re.sub(r"(active\(I, \w+, )\d+", lambda m: m.group(1) + _nested(depth), lines[target],
                                   count=1)
        elif kind == 9:
            lines.insert(at, draw(st.sampled_from(APPENDED)))
        elif kind == 10:
            lines.insert(at, f"provisional({program.layers[0]}, {draw(st.sampled_from(INTS + ('c', '9')))}).")
        elif kind == 11:  # a class or a rule id from the odd names
            new = draw(st.sampled_from(ODD_NAMES))
            lines[target] = re.sub(r"\b(r\d+)\b", lambda m: new, lines[target], count=1)
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n%", " "])), dialect


@st.composite
def labelled_programs(draw):
    """A program from `programs` whose first layer carries a label of any text (None when `Label`
    refuses the text, as it must for anything but printable ASCII)."""
    program = draw(programs())
    name = draw(adversarial_strings() | st.text(max_size=6))
    kernel = draw(kernels())
    try:
        label = Label(program.layers[0], kernel, name, draw(st.booleans()))
    except ProgramError:
        return None, name
    return program.with_labels([label]), name
