"""Reference cut structure (bridges and articulation points, with what each would cut off)
of the Les Misérables co-appearance network (Knuth 1993, NetworkX's les_miserables_graph()),
weighted by co-appearances: 77 characters, 18 bridges, 8 articulation points, so the sizes
and weights are exercised where the karate club has a single bridge. Writes
test/fixtures/lesmis.json. Regenerate with (see karate.py for the environment):

    cd scripts/reference && ../../.venv/bin/python lesmis.py

ecograph loads it like the karate club: an edge of weight w becomes w partnerships.
"""
import json
from pathlib import Path

import networkx as nx

from cut_structure import articulation_cut_off, bridges

G = nx.les_miserables_graph()
# Characters in NetworkX's order; participant keys keep the names ("character-NN" would hide
# which bridge is which when a test fails).
names = {node: node for node in G.nodes}

reference = {
    "source": "networkx %s les_miserables_graph()" % nx.__version__,
    "nodes": list(G.nodes),
    "edges": [{"source": u, "target": v, "weight": int(d["weight"])} for u, v, d in G.edges(data=True)],
    "network": {
        "nodeCount": G.number_of_nodes(),
        "edgeCount": G.number_of_edges(),
        "components": nx.number_connected_components(G),
        "articulationPoints": sorted(nx.articulation_points(G)),
        "articulationCutOff": articulation_cut_off(G, names),
        "bridges": bridges(G, names),
    },
}

out = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "lesmis.json"
out.write_text(json.dumps(reference, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
print(f"wrote {out}")
