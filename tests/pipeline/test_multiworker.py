"""A cluster for real, on this machine: two `eric-lp extract` processes on 127.0.0.1, each with its own
TF_CONFIG, against one process (`eric_lp.nn.cluster`).  Every worker process is killed at the end, and
each run has a hard time limit."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eric_lp.cli import main
from eric_lp.errors import DataError
from eric_lp.nn.cluster import Cluster, my_batches, read_tf_config

SPEC = "fashion-mnist:0,1,7"
LIMIT = "600"  # 600 images a split: three batches of 256, so each worker computes some and the last is short
LIMIT_S = 180


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def tf_config(ports, index: int) -> str:
    return json.dumps({"cluster": {"worker": [f"127.0.0.1:{p}" for p in ports]},
                       "task": {"type": "worker", "index": index}})


def start(argv, config: str, tmp_path: Path, name: str, **env):
    environ = {**os.environ, "TF_CONFIG": config, **env}
    environ.pop("TF_CPP_MIN_LOG_LEVEL", None)  # eric-lp's own default: TensorFlow's C++ logs silenced
    out, err = open(tmp_path / f"{name}.out", "w"), open(tmp_path / f"{name}.err", "w")
    proc = subprocess.Popen([sys.executable, "-m", "eric_lp", *argv], stdout=out, stderr=err, env=environ,
                            start_new_session=True)
    out.close()
    err.close()
    return proc


def finish(procs, limit: float = LIMIT_S) -> list[int]:
    """Every process's exit status; all of them killed (SIGKILL: TensorFlow ignores SIGTERM while it waits
    for a peer) if any is still running after `limit` seconds, and in any case before returning."""
    deadline = time.monotonic() + limit
    try:
        return [p.wait(timeout=max(deadline - time.monotonic(), 0.1)) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def text(tmp_path: Path, name: str) -> str:
    return (tmp_path / name).read_text()


def extract_argv(model, out, cache) -> list[str]:
    return ["extract", "--model", str(model), "--dataset", SPEC, "--limit", LIMIT, "--lep", "feat_b",
            "--cache-dir", str(cache), "-o", str(out)]


def without_timings(path: Path) -> dict:
    metrics = json.loads(path.read_text())
    timings = metrics.pop("timings")
    assert set(timings) == {"forward_seconds", "induction_seconds", "forward_cached"}
    return {**metrics, "forward_cached": timings["forward_cached"]}


def test_two_workers_write_what_one_process_writes(tiny, tmp_path):
    """Two workers: the chief's program and quantiser byte for byte one process's, metrics.json the same
    but for its wall-clock seconds, the norms it caches the same bytes; the other worker writes nothing
    (its own -o and cache stay absent) and prints nothing; each says once which worker it is."""
    model, _ = tiny
    assert main(extract_argv(model, tmp_path / "one", tmp_path / "cache-one")) == 0
    ports = free_ports(2)
    procs = [start(extract_argv(model, tmp_path / f"out{i}", tmp_path / f"cache{i}"), tf_config(ports, i),
                   tmp_path, f"w{i}") for i in range(2)]
    assert finish(procs) == [0, 0], text(tmp_path, "w0.err") + text(tmp_path, "w1.err")
    for i, role in enumerate(("chief", "worker")):
        said = [line for line in text(tmp_path, f"w{i}.err").splitlines() if "of the cluster" in line]
        assert said == [f"eric-lp: worker {i} of 2 of the cluster ({role}), TF_CONFIG from the environment"]
    for name in ("program.lp", "program.pl", "quantiser.json"):
        assert (tmp_path / "out0" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert without_timings(tmp_path / "out0" / "metrics.json") == without_timings(tmp_path / "one" / "metrics.json")
    ours = sorted((tmp_path / "cache0" / "norms").iterdir())
    theirs = sorted((tmp_path / "cache-one" / "norms").iterdir())
    assert [p.name for p in ours] == [p.name for p in theirs] and len(ours) == 3
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(ours, theirs))
    assert not (tmp_path / "out1").exists() and not (tmp_path / "cache1").exists()
    assert text(tmp_path, "w1.out") == "" and "wrote" in text(tmp_path, "w0.out")


def test_a_worker_that_fails_ends_the_other_in_one_line(tiny, tmp_path):
    """Worker 1 joins, then fails on its own (no such model file): worker 0, waiting for its norms,
    fails with one line and exit status 2, long before its timeout."""
    model, _ = tiny
    ports = free_ports(2)
    argv = extract_argv(model, tmp_path / "out", tmp_path / "cache")
    procs = [start(argv, tf_config(ports, 0), tmp_path, "w0", ERIC_LP_CLUSTER_TIMEOUT="120"),
             start([a if a != str(model) else str(tmp_path / "gone.keras") for a in argv], tf_config(ports, 1),
                   tmp_path, "w1")]
    began = time.monotonic()
    assert finish(procs, 100) == [2, 2]
    assert time.monotonic() - began < 100
    for i in range(2):
        errors = [line for line in text(tmp_path, f"w{i}.err").splitlines() if line.startswith("eric-lp: error:")]
        assert len(errors) == 1 and len(text(tmp_path, f"w{i}.err").splitlines()) == 2, text(tmp_path, f"w{i}.err")
    assert "no such model file" in text(tmp_path, "w1.err")
    assert "a worker of the cluster is down or unreachable" in text(tmp_path, "w0.err")
    assert not (tmp_path / "out").exists()


def test_a_worker_whose_peer_never_comes_fails_within_its_timeout(tiny, tmp_path):
    """Worker 1 of 2 alone: after ERIC_LP_CLUSTER_TIMEOUT seconds, one line, and the watchdog ends it
    (TensorFlow waits holding the interpreter, so the process is killed: status -9, 137 in a shell)."""
    model, _ = tiny
    ports = free_ports(2)
    began = time.monotonic()
    proc = start(extract_argv(model, tmp_path / "out", tmp_path / "cache"), tf_config(ports, 1), tmp_path, "w1",
                 ERIC_LP_CLUSTER_TIMEOUT="4")
    assert finish([proc], 60) == [-signal.SIGKILL]
    assert time.monotonic() - began < 60
    lines = text(tmp_path, "w1.err").splitlines()
    assert lines[0] == "eric-lp: worker 1 of 2 of the cluster (worker), TF_CONFIG from the environment"
    assert len(lines) == 2 and lines[1].startswith("eric-lp: error: worker 1 of 2 of the cluster (worker): the "
                                                   f"other workers (127.0.0.1:{ports[0]}) did not all join within 4 s")


@pytest.mark.parametrize("config, message", [
    ("{not json", "TF_CONFIG is not JSON"),
    ('{"cluster": {"worker": ["a:1", "b:2"]}}', "has no \"task\""),
    ('{"cluster": {"worker": ["a:1", "b:2"]}, "task": {"type": "worker", "index": 2}}',
     "task index 2 is out of range: cluster.worker has 2 addresses, so 0 to 1"),
    ('{"cluster": {"worker": ["a:1", "b:2"]}, "task": {"type": "chief", "index": 0}}', "task type 'chief'"),
    ('{"cluster": {"worker": ["a:1"], "ps": ["b:2"]}, "task": {"type": "worker", "index": 0}}', "names 'ps' tasks"),
    ('{"cluster": {"worker": ["a"]}, "task": {"type": "worker", "index": 0}}', "\"host:port\" addresses"),
])
def test_a_malformed_tf_config_is_one_line(config, message, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TF_CONFIG", config)
    assert main(["extract", "--model", str(tmp_path / "m.keras"), "--dataset", SPEC, "--lep", "feat_b",
                 "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("eric-lp: error: TF_CONFIG") and message in err, err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("seconds", ["soon", "0", "-3", "inf"])
def test_a_bad_cluster_timeout_is_one_line(seconds, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TF_CONFIG", tf_config([1, 2], 0))
    monkeypatch.setenv("ERIC_LP_CLUSTER_TIMEOUT", seconds)
    assert main(["extract", "--model", str(tmp_path / "m.keras"), "--dataset", SPEC, "--lep", "feat_b",
                 "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"eric-lp: error: ERIC_LP_CLUSTER_TIMEOUT={seconds!r}"), err


def test_tf_config_names_the_rank():
    """The chief comes first, workers after it by index; one worker alone, or no TF_CONFIG, is no cluster."""
    spec = {"chief": ["c:1"], "worker": ["a:1", "b:1"]}
    assert read_tf_config(json.dumps({"cluster": spec, "task": {"type": "worker", "index": 1}})) == \
        Cluster((("chief", "c:1"), ("worker", "a:1"), ("worker", "b:1")), 2)
    assert read_tf_config(json.dumps({"cluster": spec, "task": {"type": "chief", "index": 0}})).is_chief
    assert read_tf_config(json.dumps({"cluster": {"worker": ["a:1"]}, "task": {"type": "worker", "index": 0}})) \
        is None
    assert read_tf_config(None) is None and read_tf_config("") is None
    # an index as a string, which TensorFlow reads as int(index): the same task, not "out of range"
    assert read_tf_config(json.dumps({"cluster": spec, "task": {"type": "worker", "index": " 1"}})) == \
        Cluster((("chief", "c:1"), ("worker", "a:1"), ("worker", "b:1")), 2)
    with pytest.raises(DataError, match="task index '1.0' is out of range"):
        read_tf_config(json.dumps({"cluster": spec, "task": {"type": "worker", "index": "1.0"}}))
    with pytest.raises(DataError):
        read_tf_config('{"cluster": {"worker": ["a:1", "a:1"]}, "task": {"type": "worker", "index": 0}}')


def test_alone_every_image_is_mine():
    assert list(my_batches(5, 2)) == [0, 1, 2, 3, 4]


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has a SIGTERM handler: TensorFlow's, set while it joins the cluster."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signal.SIGTERM - 1) & 1)
    return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads signal masks from /proc")
def test_a_waiting_worker_sent_sigterm_with_its_group_ends_at_once(tiny, tmp_path):
    """`timeout`, Slurm and Ctrl-C signal the whole process group, the watchdog with it: the watchdog
    must outlive the signal (TensorFlow swallows SIGTERM while the worker waits, so the worker would
    hang with no clock left) and end the waiting worker now, in one line."""
    model, _ = tiny
    ports = free_ports(2)
    proc = start(extract_argv(model, tmp_path / "out", tmp_path / "cache"), tf_config(ports, 1), tmp_path, "w1",
                 ERIC_LP_CLUSTER_TIMEOUT="120")
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and not _catches_sigterm(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)  # inside the wait to join
        os.killpg(proc.pid, signal.SIGTERM)
        sent = time.monotonic()
        assert finish([proc], 20) == [-signal.SIGKILL]
        assert time.monotonic() - sent < 20
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    lines = text(tmp_path, "w1.err").splitlines()
    assert lines[1:] == ["eric-lp: interrupted while waiting for the other workers of the cluster"], lines


@pytest.mark.parametrize("other", [["--seed", "1"], ["--norm", "l2"]])
def test_workers_started_on_other_images_fail_in_one_line(tiny, tmp_path, other):
    """Worker 1 draws other images of the same count (another --seed), or computes other norms of them:
    its norms would be gathered as the chief's and the program silently wrong; both fail, one line
    each, nothing written."""
    model, _ = tiny
    ports = free_ports(2)
    procs = [start([*extract_argv(model, tmp_path / "out", tmp_path / "cache"), *(other if i else [])],
                   tf_config(ports, i), tmp_path, f"w{i}", ERIC_LP_CLUSTER_TIMEOUT="60") for i in range(2)]
    assert finish(procs, 100) == [2, 2], text(tmp_path, "w0.err") + text(tmp_path, "w1.err")
    for i in range(2):
        errors = [line for line in text(tmp_path, f"w{i}.err").splitlines() if line.startswith("eric-lp: error:")]
        assert len(errors) == 1 and "do not pass over the same images" in errors[0], errors
    assert not (tmp_path / "out").exists()
