"""Bridges and articulation points with the participants each would cut off, from NetworkX,
by removing the edge or node and measuring the pieces (no shortcut shared with the engines)."""
import networkx as nx


def bridges(graph, names):
    """Every bridge as {source, target, weight, smallerSide}, source < target, sorted."""
    found = []
    for u, v in nx.bridges(graph):
        h = graph.copy()
        h.remove_edge(u, v)
        sides = (len(nx.node_connected_component(h, u)), len(nx.node_connected_component(h, v)))
        a, b = sorted((names[u], names[v]))
        found.append(
            {"source": a, "target": b, "weight": int(graph[u][v].get("weight", 1)), "smallerSide": min(sides)}
        )
    return sorted(found, key=lambda bridge: (bridge["source"], bridge["target"]))


def articulation_cut_off(graph, names):
    """Per articulation point: the participants of its component, itself excluded, that would
    no longer be in the largest remaining piece of that component once it is removed."""
    cut_off = {}
    for node in nx.articulation_points(graph):
        component = nx.node_connected_component(graph, node)
        h = graph.subgraph(component - {node})
        largest = max(len(piece) for piece in nx.connected_components(h))
        cut_off[names[node]] = len(component) - 1 - largest
    return dict(sorted(cut_off.items()))
