"""The whole structural KPI set of the collaboration graph C with python-igraph or NetworkX,
timed inside this process, for `npm run bench -- kpis --peers` (bench/kpi-peers.bench.ts).

Started once per seed with the graph file the bench wrote (ids in the engine's order, edges as
index pairs with their weight, isolated participants included, and the engine's sampled
sources); then answers one JSON request per stdin line with one JSON line on stdout, so the
bench can interleave rounds of ours, igraph and NetworkX in one run. Reading the file is not
timed; building the library's graph from the lists in memory is, as the engine's timing
includes building its graph from C's arrays.

Each request computes the same set as GraphologyEngine.compute (src/kpi/graphology-engine.ts),
with the same definitions (docs/kpis.md): degree, weighted degree, PageRank (0.85, tolerance
1e-12 where the library takes one), betweenness normalised 2 / ((n - 1)(n - 2)), Wasserman-Faust
closeness, eigenvector (weighted, unit L2 norm), Louvain best of the engine's number of runs and
its weighted modularity, transitivity, average clustering, components and the largest share,
articulation points, bridges, resilience (largest component after removing the 5 % highest
degree participants). Betweenness and closeness are "exact" (every source) or "sampled": the
engine's own sampled sources, betweenness accumulated from the first k of them (scaled by n / k,
like the engine) and closeness of the closeness sources only (the same traversals the engine
makes; the libraries have no estimate for the other participants). Not computed here: the
participants each articulation point or bridge would cut off (neither library has it; the
engine's figure includes them), which favours the peers.
"""
import json
import math
import random
import sys
import time
import warnings

import igraph as ig
import networkx as nx
import numpy as np
import scipy as sp

RESILIENCE_REMOVED_SHARE = 0.05
PAGERANK = {"alpha": 0.85, "tol": 1e-12, "max_iter": 1000}


def betweenness_scale(n, sources):
    """Both libraries count each pair once on an undirected graph (half the engine's summed
    dependencies); the engine's normalisation is 1 / ((n - 1)(n - 2)) times n / sources."""
    if n <= 2 or sources == 0:
        return 0.0
    return 2.0 / ((n - 1) * (n - 2)) * (n / sources)


def removal_order(degree, strength, count):
    """The resilience KPI's removed participants: highest degree, then weighted degree, then
    smaller id (index order is id order)."""
    index = np.arange(len(degree))
    return np.lexsort((index, -np.asarray(strength, dtype=float), -np.asarray(degree)))[:count]


def wf_scale(sizes_of_nodes, n):
    """Wasserman-Faust factor (r - 1) / (n - 1) per node, r its component's size."""
    return (sizes_of_nodes - 1) / max(1, n - 1)


def with_igraph(spec, request):
    n = len(spec["nodes"])
    g = ig.Graph(n=n, edges=spec["pairs"], edge_attrs={"weight": spec["weights"]})
    degree = g.degree()
    strength = g.strength(weights="weight")
    rank = g.pagerank(damping=PAGERANK["alpha"], weights="weight")
    components = g.connected_components()
    sizes = np.asarray(components.sizes())
    size_of = sizes[np.asarray(components.membership)]
    if request["betweenness"] == "exact":
        betweenness = np.asarray(g.betweenness(directed=False)) * betweenness_scale(n, n)
    else:
        sources = spec["betweennessSources"]
        raw = g.betweenness(directed=False, sources=sources)
        betweenness = np.asarray(raw) * betweenness_scale(n, len(sources))
    closeness_nodes = None if request["closeness"] == "exact" else spec["closenessSources"]
    closeness = np.nan_to_num(np.asarray(g.closeness(vertices=closeness_nodes, normalized=True)))
    closeness *= wf_scale(size_of if closeness_nodes is None else size_of[closeness_nodes], n)
    with warnings.catch_warnings():
        # igraph warns on disconnected graphs; the leading eigenvector lives on the component
        # with the largest spectral radius, as the engine's.
        warnings.simplefilter("ignore")
        eigenvector = np.asarray(g.eigenvector_centrality(weights="weight"))
    eigenvector /= np.linalg.norm(eigenvector)
    best = None
    for run in range(spec["communityRuns"]):
        random.seed(run)
        partition = g.community_multilevel(weights="weight")
        score = g.modularity(partition.membership, weights="weight")
        if best is None or score > best:
            best = score
    transitivity = g.transitivity_undirected()
    average_clustering = g.transitivity_avglocal_undirected(mode="zero")
    articulation_points = g.articulation_points()
    bridges = g.bridges()
    removed = removal_order(degree, strength, math.ceil(RESILIENCE_REMOVED_SHARE * n))
    rest = g.copy()
    rest.delete_vertices(removed.tolist())
    remaining = max(rest.connected_components().sizes(), default=0)
    return {
        "summary": summary(n, g.ecount(), transitivity, average_clustering, sizes, best,
                           len(articulation_points), len(bridges), remaining),
        "values": {
            "degree": degree,
            "weightedDegree": strength,
            "pageRank": rank,
            "betweenness": betweenness,
            "closeness": closeness,
            "eigenvector": eigenvector,
        },
    }


def with_networkx(spec, request):
    n = len(spec["nodes"])
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_weighted_edges_from((a, b, w) for (a, b), w in zip(spec["pairs"], spec["weights"]))
    degree = [d for _, d in G.degree()]
    strength = [d for _, d in G.degree(weight="weight")]
    pagerank = nx.pagerank(G, weight="weight", **PAGERANK)
    components = list(nx.connected_components(G))
    sizes = np.asarray([len(c) for c in components])
    size_of = np.empty(n)
    for c in components:
        size_of[list(c)] = len(c)
    if request["betweenness"] == "exact":
        found = nx.betweenness_centrality(G, normalized=True)
        betweenness = np.asarray([found[v] for v in range(n)])
    else:
        sources = spec["betweennessSources"]
        found = nx.betweenness_centrality_subset(G, sources=sources, targets=list(range(n)), normalized=False)
        betweenness = np.asarray([found[v] for v in range(n)]) * betweenness_scale(n, len(sources))
    if request["closeness"] == "exact":
        found = nx.closeness_centrality(G, wf_improved=True)
        closeness = np.asarray([found[v] for v in range(n)])
    else:
        closeness = np.asarray([nx.closeness_centrality(G, u=v, wf_improved=True) for v in spec["closenessSources"]])
    # eigenvector_centrality_numpy's own computation (scipy ARPACK on the weighted adjacency)
    # without its refusal of disconnected graphs, which the engine answers (docs/kpis.md).
    matrix = nx.to_scipy_sparse_array(G, nodelist=range(n), weight="weight", dtype=float)
    _, vector = sp.sparse.linalg.eigs(matrix.T, k=1, which="LR")
    eigenvector = np.abs(vector.flatten().real)
    eigenvector /= np.linalg.norm(eigenvector)
    best = None
    for run in range(spec["communityRuns"]):
        partition = nx.community.louvain_communities(G, weight="weight", seed=run)
        score = nx.community.modularity(G, partition, weight="weight")
        if best is None or score > best:
            best = score
    transitivity = nx.transitivity(G)
    average_clustering = nx.average_clustering(G)
    articulation_points = list(nx.articulation_points(G))
    bridges = list(nx.bridges(G))
    removed = removal_order(degree, strength, math.ceil(RESILIENCE_REMOVED_SHARE * n))
    rest = G.copy()
    rest.remove_nodes_from(removed.tolist())
    remaining = max((len(c) for c in nx.connected_components(rest)), default=0)
    return {
        "summary": summary(n, G.number_of_edges(), transitivity, average_clustering, sizes, best,
                           len(articulation_points), len(bridges), remaining),
        "values": {
            "degree": degree,
            "weightedDegree": strength,
            "pageRank": [pagerank[v] for v in range(n)],
            "betweenness": betweenness,
            "closeness": closeness,
            "eigenvector": eigenvector,
        },
    }


def summary(n, m, transitivity, average_clustering, sizes, modularity, articulation_points, bridges, remaining):
    largest = int(sizes.max()) if len(sizes) else 0
    return {
        "nodeCount": n,
        "edgeCount": m,
        "transitivity": transitivity,
        "averageClustering": average_clustering,
        "components": len(sizes),
        "largestComponentShare": largest / n if n else 0.0,
        "modularity": modularity,
        "articulationPoints": articulation_points,
        "bridges": bridges,
        "resilience": remaining / largest if largest else 0.0,
    }


def plain(values):
    return [float(x) for x in values]


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        spec = json.load(file)
    compute = {"igraph": with_igraph, "networkx": with_networkx}
    versions = {"python": sys.version.split()[0], "igraph": ig.__version__, "networkx": nx.__version__,
                "numpy": np.__version__, "scipy": sp.__version__}
    print(json.dumps({"versions": versions}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        start = time.perf_counter()
        result = compute[request["library"]](spec, request)
        ms = (time.perf_counter() - start) * 1000
        answer = {"ms": ms, "summary": result["summary"]}
        if request.get("values"):
            answer["values"] = {name: plain(values) for name, values in result["values"].items()}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
