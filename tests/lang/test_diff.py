import json
from dataclasses import replace
from pathlib import Path

from eric_lp.cli.main import main
from eric_lp.lang.emit import to_asp
from eric_lp.lang.parse import read_program

ROOT = Path(__file__).resolve().parents[2]
TABLE2 = ROOT / "programs/table2.lp"


def test_diff_with_itself_and_a_renumbered_copy_is_empty(tmp_path, capsys):
    program = read_program(TABLE2)
    shuffled = replace(program, rules=tuple(reversed(program.rules))).renumbered("q")
    other = tmp_path / "renumbered.lp"
    other.write_text(to_asp(shuffled))
    assert main(["diff", str(TABLE2), str(TABLE2)]) == 0
    assert main(["diff", str(TABLE2), str(other), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"equivalent": true' in out


def test_diff_names_a_dropped_rule(tmp_path, capsys):
    program = read_program(TABLE2)
    dropped = replace(program, rules=program.rules[1:])
    b = tmp_path / "b.lp"
    b.write_text(to_asp(dropped))
    assert main(["diff", str(TABLE2), str(b)]) == 1
    out = capsys.readouterr().out
    assert "- r1: crowd ∧ ¬grass → street" in out and "rules 6 -> 5 (-1)" in out
    assert main(["diff", str(TABLE2), str(b), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in data["removed"]] == ["r1"] and data["metrics"]["size"]["delta"] == -2


def test_diff_shows_changed_rules(tmp_path, capsys):
    program = read_program(TABLE2)
    first = program.rules[0]
    changed = replace(program, rules=(replace(first, body=first.body[:1]),) + program.rules[1:])
    b = tmp_path / "b.lp"
    b.write_text(to_asp(changed))
    assert main(["diff", str(TABLE2), str(b)]) == 1
    out = capsys.readouterr().out
    assert "~ r1: crowd ∧ ¬grass → street" in out and "  r1: crowd → street" in out


def test_diff_errors_exit_2(tmp_path, capsys):
    assert main(["diff", str(TABLE2), str(tmp_path / "none.lp")]) == 2


def test_textconv_ignores_ids(tmp_path, capsys):
    program = read_program(TABLE2)
    other = tmp_path / "o.lp"
    other.write_text(to_asp(program.renumbered("x")))
    main(["textconv", str(TABLE2)])
    a = capsys.readouterr().out
    main(["textconv", str(other)])
    assert capsys.readouterr().out == a and "[class] crowd ∧ ¬grass → street" in a


def test_other_rules_with_the_same_meaning_exit_0_and_still_list_the_rules(tmp_path, capsys):
    from eric_lp.core.program import Literal
    program = read_program(TABLE2)
    first = program.rules[0]
    unread = Literal(program.lep, 999)  # a kernel no rule reads: split r1 on it
    split = replace(program, rules=(replace(first, body=first.body + (unread,)),
                                    replace(first, id="r99", body=first.body + (unread.negated(),)))
                    + program.rules[1:])
    b = tmp_path / "b.lp"
    b.write_text(to_asp(split))
    assert main(["diff", str(TABLE2), str(b)]) == 0
    out = capsys.readouterr().out
    assert "are equivalent: the same classes on all 2^13 inputs of block5_pool" in out.splitlines()[0]
    assert "~ r1: crowd ∧ ¬grass → street" in out and "+ r99:" in out
    assert main(["diff", str(TABLE2), str(b), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["equivalent"] is True and data["rules"]["same"] is False and data["added"]
