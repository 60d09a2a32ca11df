"""The unseen case: a model eric-lp did not build, on data finetune's defaults were not tuned on.

A functional CNN with its own layer names (edges, strokes, shapes, ...) is
trained here on mnist5k (all ten digits; 3,500 training images), then
`eric-lp finetune`'s defaults are run on it at its last conv layer (`shapes`,
read through its pooling) and the paper's extraction is run on M and on M'.
Writes results.json and results.md beside this file.

    TF_CPP_MIN_LOG_LEVEL=2 nice -n 10 .venv/bin/python programs/unseen-digits/run.py
"""

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC, LEP, SEED = "mnist5k", "shapes", 0


def build(keras):
    L = keras.layers
    inputs = keras.Input(shape=(28, 28, 1), name="digits")
    x = L.Conv2D(16, 3, padding="same", activation="relu", name="edges")(inputs)
    x = L.MaxPooling2D(2, name="down1")(x)
    x = L.Conv2D(32, 3, padding="same", activation="relu", name="strokes")(x)
    x = L.Conv2D(32, 3, padding="same", activation="relu", name="shapes")(x)
    x = L.MaxPooling2D(2, name="down2")(x)
    x = L.Flatten(name="flat")(x)
    x = L.Dense(64, activation="relu", name="hidden")(x)
    outputs = L.Dense(10, activation="softmax", name="digit")(x)
    return keras.Model(inputs, outputs, name="digit_net")


def main(work: Path) -> None:
    from eric_lp import api
    from eric_lp.nn.data import load_dataset
    from eric_lp.nn.keras import import_keras
    from eric_lp.nn.models import save_model
    keras = import_keras()
    keras.utils.set_random_seed(SEED)
    work.mkdir(parents=True, exist_ok=True)
    m_path, t_path = work / "digits.keras", work / "digits.finetuned.keras"
    data = load_dataset(SPEC, seed=SEED)
    if not m_path.is_file():
        model = build(keras)
        model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="sparse_categorical_crossentropy",
                      metrics=["accuracy"])
        model.fit(data.train.x, data.train.y, epochs=8, batch_size=32, verbose=0,
                  validation_data=(data.val.x, data.val.y))
        save_model(model, m_path)
    start = time.perf_counter()
    tuned = api.finetune(m_path, t_path, dataset=SPEC, lep=LEP, seed=SEED, say=print)
    seconds = time.perf_counter() - start
    rows = {}
    for name, path in (("M", m_path), ("M'", t_path)):
        m = api.extract(path, dataset=SPEC, lep=LEP, seed=SEED, cache_dir=work / "cache", progress=False).metrics
        rows[name] = {"accuracy_test": m["accuracy_model"]["test"], "fidelity_test": m["fidelity"]["test"],
                      "mstar_test": m["accuracy_program"]["test"], "rules": m["rules"], "size": m["size"]}
    summary = {"dataset": SPEC, "lep": LEP, "train_images": len(data.train), "rows": rows,
               "best_epoch": tuned.best_epoch, "epochs_run": tuned.epochs_run,
               "finetune_seconds": round(seconds, 1), "extract_seconds": tuned.programs["extract_seconds"],
               "gain_fidelity": round(rows["M'"]["fidelity_test"] - rows["M"]["fidelity_test"], 2),
               "size_ratio": round(rows["M'"]["size"] / rows["M"]["size"], 3),
               "accuracy_change": round(rows["M'"]["accuracy_test"] - rows["M"]["accuracy_test"], 2)}
    (HERE / "results.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    lines = ["| model | test accuracy | test fidelity | M* test accuracy | rules | size |", "|---|---|---|---|---|---|"]
    for name, r in rows.items():
        lines.append(f"| {name} | {r['accuracy_test']:.1f} | {r['fidelity_test']:.1f} | {r['mstar_test']:.1f} | "
                     f"{r['rules']} | {r['size']} |")
    (HERE / "results.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home() / ".cache" / "eric-lp" / "unseen-digits")
