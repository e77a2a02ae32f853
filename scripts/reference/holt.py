"""Reference fits for Holt's linear smoothing, by brute force over the same grid as
src/kpi/forecast/holt.ts (alpha = k/20, k = 1..20; beta = k/20, k = 0..20), written
independently of it. Writes test/fixtures/holt.json, which test/unit/business-kpis.test.ts
compares against. Pure Python, no package needed:

    python3 scripts/reference/holt.py

Definitions (docs/kpis-business.md): level l0 = y0, trend b0 = y1 - y0; for t >= 1 the
one-step forecast is l(t-1) + b(t-1), then l(t) = alpha*y(t) + (1 - alpha)*forecast and
b(t) = beta*(l(t) - l(t-1)) + (1 - beta)*b(t-1); SSE sums the squared one-step errors for
t = 1..n-1. The least SSE wins; ties (relative 1e-12) go to the smaller alpha, then beta.
"""
import json
from pathlib import Path

GRID = 20
ALPHAS = [k / GRID for k in range(1, GRID + 1)]
BETAS = [k / GRID for k in range(0, GRID + 1)]


def smooth(y, alpha, beta):
    level, trend = y[0], y[1] - y[0]
    sse = 0.0
    for value in y[1:]:
        forecast = level + trend
        sse += (value - forecast) ** 2
        previous = level
        level = alpha * value + (1 - alpha) * forecast
        trend = beta * (level - previous) + (1 - beta) * trend
    return {"alpha": alpha, "beta": beta, "sse": sse, "level": level, "trend": trend}


def fit(y):
    best = None
    for alpha in ALPHAS:
        for beta in BETAS:
            candidate = smooth(y, alpha, beta)
            if best is None or candidate["sse"] < best["sse"] - 1e-12 * max(1.0, best["sse"]):
                best = candidate
    return best


SERIES = {
    # An interior optimum: neither alpha nor beta at the edge of the grid.
    "interior": [5, 9, 8, 14, 13, 20, 18, 25, 30, 28],
    # The hand-computed example of the unit test.
    "handComputed": [1, 3, 4, 8],
}

reference = {name: {"series": y, "fit": fit(y)} for name, y in SERIES.items()}
out = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "holt.json"
out.write_text(json.dumps(reference, indent=2, sort_keys=True) + "\n")
print(f"wrote {out}")
