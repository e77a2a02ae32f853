"""Reference Louvain modularity (NetworkX) for the community-quality tests: on each graph,
the weighted modularity (resolution 1) of NetworkX's Louvain partition for seeds 0..SEEDS-1,
with its median, which both engines must reach (issue 15, item 4), and its best. Writes
test/fixtures/louvain.json. Regenerate with (see karate.py for the environment):

    cd scripts/reference && ../../.venv/bin/python louvain.py

The graphs:
- held out from the seed generator: Zachary's karate club and Les Misérables (weighted), the
  Davis southern women (bipartite, unweighted), and two synthetic graphs with planted
  communities and integer weights 1-3: an LFR benchmark graph and a stochastic block model
  with blocks of uneven sizes. Their edges are written to the fixture.
- seeded: the collaboration graphs of the small (seed 5) and medium (seed 6) demo ecosystems
  the engine-agreement test loads, produced by the generator itself
  (seed-collaboration-graph.ts, through npx tsx). Only their size and a fingerprint are
  written: the tests regenerate or load them and check the fingerprint first.
"""
import hashlib
import json
import random
import statistics
import subprocess
from pathlib import Path

import networkx as nx

SEEDS = 50
ROOT = Path(__file__).resolve().parents[2]
ANCHOR = "2026-06-30"


def fingerprint(nodes, edges):
    """sha256 of the sorted node ids and sorted (source < target, weight) edges, one per line."""
    lines = [f"n {node}" for node in sorted(nodes)]
    lines += [f"e {a} {b} {w}" for a, b, w in sorted((min(u, v), max(u, v), int(w)) for u, v, w in edges)]
    return hashlib.sha256(("\n".join(lines) + "\n").encode("utf-8")).hexdigest()


def louvain_modularities(G):
    return [
        nx.community.modularity(G, nx.community.louvain_communities(G, weight="weight", seed=s), weight="weight")
        for s in range(SEEDS)
    ]


def named(G, name):
    """Relabels nodes to strings (participant ids), keeps integer weights (default 1)."""
    H = nx.Graph()
    H.add_nodes_from(name(v) for v in G.nodes)
    H.add_weighted_edges_from((name(u), name(v), int(d.get("weight", 1))) for u, v, d in G.edges(data=True))
    return H


def with_weights(G, seed):
    rng = random.Random(seed)
    for u, v in sorted(G.edges):
        G[u][v]["weight"] = rng.randint(1, 3)
    return G


def lfr():
    G = nx.LFR_benchmark_graph(
        500, 3, 1.5, 0.3, average_degree=6, max_degree=40, min_community=15, max_community=80, seed=15
    )
    G = nx.Graph(G)
    G.remove_edges_from(list(nx.selfloop_edges(G)))
    return with_weights(G, 15)


def sbm():
    sizes = [120, 80, 60, 40, 25, 15]
    probs = [[0.06 if i == j else 0.004 for j in range(len(sizes))] for i in range(len(sizes))]
    return with_weights(nx.stochastic_block_model(sizes, probs, seed=4), 4)


def held_out():
    return {
        "karate": named(nx.karate_club_graph(), lambda v: f"member-{v:02d}"),
        "lesmis": named(nx.les_miserables_graph(), str),
        "davis": named(nx.davis_southern_women_graph(), str),
        "lfr": named(lfr(), lambda v: f"v{v:04d}"),
        "sbm": named(sbm(), lambda v: f"v{v:04d}"),
    }


def seeded(size, seed):
    out = subprocess.run(
        ["npx", "tsx", "scripts/reference/seed-collaboration-graph.ts", size, str(seed), ANCHOR],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    graph = json.loads(out)
    G = nx.Graph()
    G.add_nodes_from(node["id"] for node in graph["nodes"])
    G.add_weighted_edges_from((e["source"], e["target"], int(e["weight"])) for e in graph["edges"])
    return G


def entry(G, with_edges):
    q = louvain_modularities(G)
    edges = sorted((min(u, v), max(u, v), int(w)) for u, v, w in G.edges(data="weight"))
    result = {
        "nodeCount": G.number_of_nodes(),
        "edgeCount": G.number_of_edges(),
        "fingerprint": fingerprint(G.nodes, edges),
        "median": statistics.median(q),
        "min": min(q),
        "best": max(q),
    }
    if with_edges:
        result["nodes"] = sorted(G.nodes)
        result["edges"] = [list(edge) for edge in edges]
    return result


graphs = {name: entry(G, True) for name, G in held_out().items()}
graphs["seed-small-5"] = entry(seeded("small", 5), False)
graphs["seed-medium-6"] = entry(seeded("medium", 6), False)
reference = {
    "source": f"networkx {nx.__version__} louvain_communities(weight='weight', resolution=1), seeds 0..{SEEDS - 1}",
    "anchor": ANCHOR,
    "graphs": graphs,
}

out = ROOT / "test" / "fixtures" / "louvain.json"
out.write_text(json.dumps(reference, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
for name, g in graphs.items():
    print(f"{name}: n={g['nodeCount']} m={g['edgeCount']} median={g['median']:.5f} min={g['min']:.5f} best={g['best']:.5f}")
print(f"wrote {out}")
