"""`eric-lp bench explain`: runs on the committed program and checks each counterfactual with numpy."""

import json

from eric_lp.cli.main import main


def test_bench_explain_reports_times_and_no_verification_failure(capsys):
    assert main(["bench", "explain", "--images", "50", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["program"] == "programs/fashion-mnist/t_shirt_top-pullover-shirt.lp" and result["images"] == 50
    reason, counter = result["sufficient"], result["counterfactual"]
    assert reason["count"] == 50 and 0 < reason["mean_ms"] <= reason["max_ms"]
    # a counterfactual per other class: two per image with one class of three
    assert counter["count"] == 2 * reason["one_class_images"] + 3 * (50 - reason["one_class_images"])
    assert counter["verified"] == counter["count"] - counter["unreachable"] > 0
    assert result["verification_failures"] == 0
    assert 0 < reason["mean_literals"] <= result["kernels_read"]
