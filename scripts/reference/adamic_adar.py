"""Reference Adamic-Adar scores on Zachary's karate club, computed with NetworkX. Writes
test/fixtures/karate-adamic-adar.json, which the partner-recommendation test
(test/integration/business-kpis.test.ts) compares against. Regenerate with:

    python3 -m venv .venv && .venv/bin/pip install -r scripts/reference/requirements.txt
    .venv/bin/python scripts/reference/adamic_adar.py

For each chosen member u: every non-neighbour v with a positive score
sum(1 / ln(degree(w)) for w in common neighbours), as nx.adamic_adar_index gives it.
Adamic-Adar counts distinct neighbours, so the edge weights (several partnerships between
a pair in ecograph) do not change it.
"""
import json
from pathlib import Path

import networkx as nx

G = nx.karate_club_graph()
names = {node: f"member-{node:02d}" for node in G.nodes}
# The club's two leaders, a member with few ties and one on the edge of both camps.
MEMBERS = [0, 16, 33, 24]

scores = {
    names[u]: {
        names[v]: score
        for _, v, score in nx.adamic_adar_index(G, [(u, v) for v in G if v != u and not G.has_edge(u, v)])
        if score > 0
    }
    for u in MEMBERS
}
reference = {"source": f"networkx {nx.__version__}, karate_club_graph(), adamic_adar_index", "scores": scores}

out = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "karate-adamic-adar.json"
out.write_text(json.dumps(reference, indent=2, sort_keys=True) + "\n")
print(f"wrote {out}")
