/** A small inline SVG line of monthly values (no chart library: it sits in tables and headers). */
export function Sparkline({
  values,
  label,
  width = 160,
  height = 36,
}: {
  values: number[];
  label: string;
  width?: number;
  height?: number;
}) {
  if (values.length < 2) return <span className="muted">no history</span>;
  const max = Math.max(...values, 1e-9);
  const step = width / (values.length - 1);
  const points = values.map(
    (value, index) => `${(index * step).toFixed(1)},${(height - (value / max) * (height - 4) - 2).toFixed(1)}`,
  );
  return (
    <svg width={width} height={height} role="img" aria-label={label} data-testid="sparkline">
      <title>{label}</title>
      <polyline points={points.join(' ')} fill="none" stroke="#1d4ed8" strokeWidth={1.8} />
    </svg>
  );
}
