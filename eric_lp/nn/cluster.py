"""Several processes, one forward pass: the cluster TF_CONFIG names, joined with MultiWorkerMirroredStrategy.

The standard protocol: every process of the cluster is started with ``TF_CONFIG``
(Kubernetes' TF operators, Slurm's `SlurmClusterResolver` or a script set it)
naming all the workers' addresses and its own task::

    {"cluster": {"worker": ["host1:12345", "host2:12345"]}, "task": {"type": "worker", "index": 0}}

`join` (the command calls it for extract, infer, facts and finetune, before any
TensorFlow work; API users call it first thing) reads it, says on stderr which
worker this process is, and builds `tf.distribute.MultiWorkerMirroredStrategy`,
whose collectives carry the gathers.  Then each forward pass is split: worker r
computes batches r, r + n, r + 2n, ... of the images (`my_batches`: whole batches,
so every batch is the batch one process forms, and the norms are byte for byte
the same), and `spread` hands every worker every batch in image order, a round
at a time.  Only
the chief (task type chief, else worker 0) writes files (`is_chief`).

A worker that never comes up or stops answering makes the others fail with one
line (exit status 2; 137 where TensorFlow's wait cannot be interrupted, and a
watchdog process ends the worker) after ``ERIC_LP_CLUSTER_TIMEOUT`` seconds
(default 300), the longest a
worker waits for the others at one meeting point: joining, or one round of
gathers (one batch of each worker).  A worker whose process died
is noticed at once (its port refuses).  Without `join`, TF_CONFIG is ignored and
the process runs alone.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass

import numpy as np

from ..errors import ClusterError, DataError

__all__ = ["Cluster", "TIMEOUT_ENV", "DEFAULT_TIMEOUT", "read_tf_config", "cluster_timeout", "join", "joined",
           "is_chief", "my_batches", "spread", "images_digest", "agree"]

TIMEOUT_ENV = "ERIC_LP_CLUSTER_TIMEOUT"
DEFAULT_TIMEOUT = 300.0
_EXAMPLE = '{"cluster": {"worker": ["host1:12345", "host2:12345"]}, "task": {"type": "worker", "index": 0}}'
_JOBS = ("chief", "worker")  # MultiWorkerMirroredStrategy's; ps and evaluator belong to other strategies


@dataclass(frozen=True)
class Cluster:
    """The cluster of TF_CONFIG and this process's place in it.  tasks: ((type, address), ...) in rank
    order (the chief first, then the workers by index); rank: this process's position in it."""

    tasks: tuple
    rank: int

    @property
    def size(self) -> int:
        return len(self.tasks)

    @property
    def task_type(self) -> str:
        return self.tasks[self.rank][0]

    @property
    def is_chief(self) -> bool:
        """The chief task, or worker 0 when the cluster has no chief: the one that writes the outputs."""
        return self.rank == 0

    def describe(self) -> str:
        return f"worker {self.rank} of {self.size} of the cluster ({'chief' if self.is_chief else 'worker'})"


def read_tf_config(text: str | None) -> Cluster | None:
    """The cluster `text` (TF_CONFIG's value) names; None when it is unset or names one worker alone.
    Malformed JSON, a missing or unknown task, an index out of range: one-line `DataError`."""
    if text is None or not text.strip():
        return None

    def bad(why: str) -> DataError:
        return DataError(f"TF_CONFIG {why}; expected e.g. {_EXAMPLE}, or unset TF_CONFIG to run alone")
    try:
        config = json.loads(text)
    except ValueError as exc:
        raise bad(f"is not JSON ({str(exc).splitlines()[0]})") from None
    if not isinstance(config, dict):
        raise bad("is not a JSON object")
    spec = config.get("cluster")
    if not isinstance(spec, dict) or not spec:
        raise bad("has no \"cluster\" object naming the workers' addresses")
    others = sorted(job for job in spec if job not in _JOBS)
    if others:
        raise bad(f"names {others[0]!r} tasks; eric-lp runs a cluster of \"chief\" and \"worker\" tasks "
                  "(MultiWorkerMirroredStrategy)")
    tasks = []
    for job in _JOBS:
        addresses = spec.get(job, [])
        if isinstance(addresses, str) or not isinstance(addresses, list) or not all(
                isinstance(a, str) and a.rpartition(":")[2].isdigit() and a.rpartition(":")[0] for a in addresses):
            raise bad(f"cluster.{job} is not a list of \"host:port\" addresses")
        if job == "chief" and len(addresses) > 1:
            raise bad(f"names {len(addresses)} chiefs; a cluster has at most one")
        tasks.extend((job, a) for a in addresses)
    if len(set(a for _, a in tasks)) != len(tasks):
        raise bad("names an address twice")
    task = config.get("task")
    if not isinstance(task, dict) or "type" not in task or "index" not in task:
        raise bad("has no \"task\": {\"type\": ..., \"index\": ...} saying which of the cluster's tasks this "
                  "process is")
    kind, index = task["type"], task["index"]
    if kind not in _JOBS or kind not in spec:
        raise bad(f"task type {kind!r} is not one of the cluster's ({', '.join(j for j in _JOBS if j in spec)})")
    count = len(spec[kind])
    if isinstance(index, str) and index.strip().isdecimal():  # "1": TensorFlow reads it as int(index) too
        index = int(index)
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < count:
        raise bad(f"task index {index!r} is out of range: cluster.{kind} has {count} address"
                  f"{'' if count == 1 else 'es'}, so 0 to {count - 1}")
    if len(tasks) < 2:
        return None  # one worker: nothing to share, the plain path
    rank = (len(spec.get("chief", [])) if kind == "worker" else 0) + index
    return Cluster(tuple(tasks), rank)


def cluster_timeout() -> float:
    """Seconds a worker waits for the others at one meeting point: ``ERIC_LP_CLUSTER_TIMEOUT``, else 300."""
    text = os.environ.get(TIMEOUT_ENV)
    if text is None or not text.strip():
        return DEFAULT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise DataError(f"{TIMEOUT_ENV}={text!r}: expected the seconds a worker waits for the others, "
                        "a number above 0 (default 300)")
    return value


class _Joined:
    def __init__(self, cluster: Cluster, strategy, timeout: float, order: list):
        self.cluster, self.strategy, self.timeout = cluster, strategy, timeout
        self.order = order        # order[b]: the rank whose rows come b-th out of a gather
        self.local = strategy.num_replicas_in_sync // cluster.size  # replicas (devices) per worker
        import tensorflow as tf
        # one traced function per shape: strategy.gather alone traces anew at every call
        self.gather = tf.function(lambda values: strategy.gather(values, axis=0))


_JOINED: _Joined | None = None


def joined() -> Cluster | None:
    """The cluster this process joined, or None: it runs alone."""
    return None if _JOINED is None else _JOINED.cluster


def is_chief() -> bool:
    """Whether this process writes the outputs: alone, or the chief of its cluster."""
    return _JOINED is None or _JOINED.cluster.is_chief


def join(environ=None) -> Cluster | None:
    """Join the cluster TF_CONFIG names (None, and nothing done, when it names none): say so on stderr in one
    line, build MultiWorkerMirroredStrategy and wait for every worker, at most `cluster_timeout` seconds.
    Must come before any TensorFlow work in the process (TensorFlow's rule for collectives)."""
    global _JOINED
    environ = os.environ if environ is None else environ
    found = read_tf_config(environ.get("TF_CONFIG"))
    if found is None:
        return None
    if _JOINED is not None:
        if _JOINED.cluster != found:
            raise ClusterError("this process already joined another cluster; TF_CONFIG changed after joining")
        return found
    timeout = cluster_timeout()
    print(f"eric-lp: {found.describe()}, TF_CONFIG from the environment", file=sys.stderr, flush=True)
    _deadline.start()  # the watchdog process, forked while this one is small
    from .keras import import_keras
    import_keras()  # TensorFlow imported with its start-up lines silenced
    import tensorflow as tf
    peers = ", ".join(a for i, (_, a) in enumerate(found.tasks) if i != found.rank)
    with _deadline(found, timeout, f"the other workers ({peers}) did not all join within {timeout:g} s: start "
                   "every worker with its own TF_CONFIG, check their addresses and ports (and firewalls), "
                   f"or set {TIMEOUT_ENV}"):
        try:
            # ring (gRPC) collectives: the gathers carry a few kilobytes of norms per batch, and need
            # neither NCCL nor a GPU per process
            options = tf.distribute.experimental.CommunicationOptions(
                implementation=tf.distribute.experimental.CommunicationImplementation.RING, timeout_seconds=timeout)
            strategy = tf.distribute.MultiWorkerMirroredStrategy(communication_options=options)
        except RuntimeError as exc:
            if "startup" in str(exc):
                raise ClusterError(f"{found.describe()}: joining the cluster must come before any TensorFlow "
                                   "work in the process; call eric_lp.api.join_cluster() first thing") from None
            raise
        _JOINED = _Joined(found, strategy, timeout, [])
        # each worker says its rank: where its rows come out of a gather, whatever order the collective keeps
        ranks = _collect(np.array([found.rank], dtype=np.int64), "joining")
        _JOINED.order = [int(r) for r in ranks[::_JOINED.local]]
    if sorted(_JOINED.order) != list(range(found.size)):
        raise ClusterError(f"{found.describe()}: the workers disagree on the cluster (ranks {_JOINED.order}); "
                           "give every worker the same TF_CONFIG cluster, each its own task")
    return found


def my_batches(n: int, unit: int) -> np.ndarray:
    """Indices of the images (of 0..n-1) this worker computes, in order: batch b of the n images (`unit`
    images each, the last one shorter) falls to worker b mod size.  Alone: every image."""
    if _JOINED is None:
        return np.arange(n)
    rank, size = _JOINED.cluster.rank, _JOINED.cluster.size
    return np.concatenate([np.arange(b * unit, min(b * unit + unit, n)) for b in range(rank, -(-n // unit), size)]
                          or [np.zeros(0, dtype=np.int64)]).astype(np.int64)


def spread(n: int, unit: int, batches, empty, digest: int = 0):
    """Every batch of the n images, in order, on every worker, from this worker's own batches: yields
    (index of the batch's first image, [arrays, one row per image]).

    batches: an iterator of [arrays] for this worker's batches in order (those `my_batches` lists);
    empty(): [arrays] with no rows, of the same kinds, for a round where this worker has none.  The
    workers meet once a round (one gather per array), each round a batch of each worker: so a
    worker holds at most one batch per worker, and a batch is the batch one process forms (the norms
    are byte for byte the same).  Alone: `batches` as they come.

    First the workers check that they pass over the same images: the same n, unit and `digest` (an
    int64 the caller draws from the images, such as `images_digest`); a worker started with another
    --limit, seed or image folder would otherwise have its norms gathered as if they were the
    chief's images, and the result be silently wrong."""
    if _JOINED is None:
        start = 0
        for arrays in batches:
            yield start, arrays
            start += len(arrays[0])
        return
    rank, size = _JOINED.cluster.rank, _JOINED.cluster.size
    mine = (n, unit, digest)  # one int64 a gather: the shape joining traced, so nothing is traced anew
    every = np.stack([_collect(np.array([v], dtype=np.int64), "agreeing on the images")[::_JOINED.local]
                      for v in mine], axis=1)
    if (every != mine).any():
        theirs = next(tuple(int(v) for v in row) for row in every if (row != mine).any())
        raise ClusterError(f"{_JOINED.cluster.describe()}: the workers do not pass over the same images with the "
                           f"same model and settings (this one {n} images, batches of {unit}, digest {digest:x}; "
                           f"another {theirs[0]}, {theirs[1]}, {theirs[2]:x}): start every worker with the same "
                           "command, model file and image folder")
    blocks = -(-n // unit)
    for first in range(0, blocks, size):
        arrays = next(batches) if first + rank < blocks else empty()
        gathered = []
        for array in arrays:
            array = np.asarray(array)
            padded = np.zeros((unit, *array.shape[1:]), dtype=array.dtype)  # a collective wants equal shapes
            padded[:len(array)] = array
            whole = _collect(padded, "gathering the norms")
            gathered.append({r: whole[b * _JOINED.local * unit:][:unit] for b, r in enumerate(_JOINED.order)})
        for r in range(size):
            b = first + r
            if b < blocks:
                rows = min(unit, n - b * unit)
                yield b * unit, [part[r][:rows] for part in gathered]
    if next(batches, None) is not None:
        raise ClusterError(f"{_JOINED.cluster.describe()}: more batches than its share of {n} images")


def images_digest(source, *also: bytes) -> int:
    """An int64 that differs, as a rule, between two different sets of images: a sha256 of the count, the
    shape and the first and last images' pixels (two images read; in a cluster, `spread` compares it), and
    of `also` (what else the workers must share: the pass's settings, the model)."""
    import hashlib
    n = len(source)
    digest = hashlib.sha256(repr((n, tuple(source.shape))).encode())
    for part in also:
        digest.update(hashlib.sha256(part).digest())
    if n:
        digest.update(np.ascontiguousarray(source.take([0, n - 1]).array(), dtype=np.float32).tobytes())
    return int.from_bytes(digest.digest()[:7], "big")


def agree(flag: bool) -> bool:
    """True when `flag` is true on every worker (alone: `flag`): one decision for all, such as reading the
    norm cache, so every worker reaches the same gathers."""
    if _JOINED is None:
        return bool(flag)
    return bool(_collect(np.array([int(bool(flag))], dtype=np.int64), "agreeing on the norm cache").min())


def _collect(value: np.ndarray, what: str) -> np.ndarray:
    """`value` of every replica of every worker, concatenated along axis 0 (the collective's order);
    devices after a worker's first give zeros."""
    import tensorflow as tf
    joined_ = _JOINED
    local = joined_.local
    zeros = np.zeros_like(value)
    values = joined_.strategy.experimental_distribute_values_from_function(
        lambda ctx: tf.constant(value if ctx.replica_id_in_sync_group % local == 0 else zeros))
    cluster = joined_.cluster
    with _deadline(cluster, joined_.timeout, f"{what} waited more than {joined_.timeout:g} s for the other "
                   f"workers: one is down, stuck or unreachable (or slower than that; raise {TIMEOUT_ENV})",
                   grace=min(5.0, joined_.timeout / 10)):
        try:
            return np.asarray(joined_.gather(values))
        except (tf.errors.OpError, RuntimeError) as exc:
            import re
            lines = [re.sub(r"\{\{[^}]*\}\}", "", line).strip() for line in str(exc).splitlines()]
            first = next((line for line in lines if line and "Graph execution" not in line
                          and not line.startswith(("Detected at node", "File "))), "")
            raise ClusterError(f"{cluster.describe()}: {what} failed, a worker of the cluster is down or "
                               f"unreachable ({exc.__class__.__name__}: {first[:200]}); the other workers' "
                               "own lines say why") from None


class _deadline:
    """Ends the process if the block has not finished within `timeout` seconds (plus `grace`, so that
    TensorFlow's own timeout, where it has one, speaks first), with one line on stderr: a wait for a
    worker that never comes blocks in TensorFlow's C++ holding the interpreter, where no Python thread,
    signal handler or SIGTERM can reach it.  So a small watchdog process, started once, keeps the
    clock and kills this one (SIGKILL; the shell reports exit status 137)."""

    _process = None

    def __init__(self, cluster: Cluster, timeout: float, message: str, grace: float = 0.0):
        self.line = f"eric-lp: error: {cluster.describe()}: {message}".replace("\n", " ")
        self.seconds = timeout + grace

    @classmethod
    def start(cls):
        if cls._process is None or cls._process.poll() is not None:
            import subprocess
            cls._process = subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid())],
                                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        return cls._process

    def _tell(self, line: str) -> None:
        pipe = self.start().stdin
        pipe.write(line.encode("utf-8", "replace") + b"\n")
        pipe.flush()

    def __enter__(self):
        self._tell(f"{self.seconds} {self.line}")
        return self

    def __exit__(self, *exc):
        self._tell("-")
        return False


#: The watchdog: reads "SECONDS LINE" (arm) and "-" (disarm) from stdin; when armed time runs out, writes
#: LINE on stderr and kills the process it watches; ends when that process closes the pipe (or dies).
#: It shares the worker's process group, so Ctrl-C, `timeout` or a scheduler's SIGTERM reach it too: it
#: must outlive them to keep the clock (TensorFlow swallows SIGTERM, and a wait defers Ctrl-C, so the
#: worker itself lives on).  Armed, such a signal ends the waiting worker at once, with one line.
_WATCHDOG = """
import os, select, signal, sys, time
pid, deadline, line, buf = int(sys.argv[1]), None, b"", b""

def stop(signum, frame):
    if deadline is not None:  # the worker waits for the cluster, where no signal reaches it
        os.write(2, b"eric-lp: interrupted while waiting for the other workers of the cluster\\n")
        os.kill(pid, signal.SIGKILL)
        os._exit(0)
for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
    signal.signal(signum, stop)
while True:
    ready, _, _ = select.select([0], [], [], None if deadline is None else max(deadline - time.monotonic(), 0))
    if not ready:
        os.write(2, line + b"\\n")
        os.kill(pid, signal.SIGKILL)
        break
    chunk = os.read(0, 65536)
    if not chunk:
        break
    buf += chunk
    while b"\\n" in buf:
        got, buf = buf.split(b"\\n", 1)
        if got == b"-":
            deadline = None
        else:
            seconds, _, line = got.partition(b" ")
            deadline = time.monotonic() + float(seconds)
"""
