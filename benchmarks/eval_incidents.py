"""Incident clustering end to end on the repository's own test set (tests/incidents).

    python benchmarks/eval_incidents.py                 # extract the articles, cluster, score
    python benchmarks/eval_incidents.py --events E.jsonl   # reuse extracted events (faster)
    python benchmarks/eval_incidents.py --save-events E.jsonl
    python benchmarks/eval_incidents.py --incremental      # half the articles, then the rest joining

Prints pairwise precision/recall over the extracted events aligned to the gold incidents, the
independent-source counts against the expected ones, and every wrongly joined or split pair group.
The articles were written for the test set; nothing here reads ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "incidents"))

from make_set import expected_sources  # noqa: E402
from scoring import align, load_gold, pairwise, predicted_labels  # noqa: E402

from eventscope.incidents import cluster, read_documents, read_events  # noqa: E402
from eventscope.records import Event  # noqa: E402

SET = ROOT / "tests" / "incidents"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=Path, help="extracted events (JSONL) instead of running the extractor")
    ap.add_argument("--save-events", type=Path, help="write the extracted events here")
    ap.add_argument("--incremental", action="store_true", help="cluster in two batches by publication day")
    args = ap.parse_args()

    docs = list(read_documents(SET / "docs.jsonl"))
    t0 = time.monotonic()
    events: list[Event]
    if args.events:
        events = list(read_events(args.events))
    else:
        from eventscope.extract.pipeline import Extractor

        events = [ev for _doc, evs in Extractor().extract(docs) for ev in evs]
        if args.save_events:
            with open(args.save_events, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(e.to_json()) + "\n" for e in events)
    t1 = time.monotonic()
    if args.incremental:
        # Two batches as news arrives: same-day reports first, then everything published later
        # (updates, follow-ups, round-ups) joining the incidents of the first batch.
        pub = {d.id: d.published for d in docs}

        def same_day(e: Event) -> bool:
            return e.date is not None and pub.get(e.doc_id) == e.date.best

        early = [e for e in events if same_day(e)]
        late = [e for e in events if not same_day(e)]
        incidents = cluster(late, docs, existing=cluster(early, docs))
        print(f"incremental: {len(early)} same-day events first, then {len(late)} more")
    else:
        incidents = cluster(events, docs)
    t2 = time.monotonic()

    gold = load_gold()
    doc_map = {d.id: d for d in docs}
    truth = align(events, doc_map, gold)
    pred = predicted_labels(incidents)
    s = pairwise(pred, truth)
    covered = {(g["doc_id"], g["incident_id"]) for g in gold}
    found = {(e.doc_id, truth[e.event_id]) for e in events}
    print(
        f"documents {len(docs)}  events {len(events)}  incidents {len(incidents)}  "
        f"gold links covered by an event {len(covered & found)}/{len(covered)}  "
        f"noise events {sum(v.startswith('noise:') for v in truth.values())}"
    )
    print(
        f"pairwise precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
        f"(pairs predicted {s.predicted_pairs}, gold {s.gold_pairs}, correct {s.correct_pairs})"
    )
    print(f"extract {t1 - t0:.1f}s  cluster {t2 - t1:.2f}s")

    by_id = {e.event_id: e for e in events}
    expected = expected_sources()
    wrong_sources = []
    for inc in incidents:
        labels = {truth[e] for e in inc.event_ids}
        if len(labels) == 1 and (lab := labels.pop()) in expected:
            docs_in = {by_id[e].doc_id for e in inc.event_ids}
            gold_docs = {g["doc_id"] for g in gold if g["incident_id"] == lab}
            # Only complete incidents can be held to the expected count.
            if docs_in == gold_docs and inc.independent_sources != expected[lab]:
                wrong_sources.append((lab, inc.independent_sources, expected[lab]))
    print(f"complete incidents whose independent sources differ from expected: {wrong_sources or 'none'}")

    print("\nwrong joins (one predicted incident, several gold incidents):")
    for inc in incidents:
        labels = defaultdict(list)
        for e in inc.event_ids:
            labels[truth[e]].append(by_id[e].doc_id)
        if len(labels) > 1:
            print(f"  {inc.incident_id}: " + " | ".join(f"{k}: {', '.join(v)}" for k, v in labels.items()))
            for m in inc.members:
                if m.role != "seed":
                    print(f"      {m.doc_id}: {m.why()}")
    print("\nsplits (one gold incident, several predicted incidents):")
    gold_to_pred: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for e, lab in truth.items():
        if not lab.startswith("noise:"):
            gold_to_pred[lab][pred[e]].append(by_id[e].doc_id)
    for lab, parts in sorted(gold_to_pred.items()):
        if len(parts) > 1:
            print(f"  {lab}: " + " | ".join(f"{k}: {', '.join(v)}" for k, v in parts.items()))


if __name__ == "__main__":
    main()
