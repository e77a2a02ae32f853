/** The graph view's side panel: colour, size, filters (all kept in the URL) and the legend. */
import type { Legend } from './appearance';
import { COLOR_BY, SIZE_METRICS, type ColorBy, type SizeMetric } from './graph-model';
import type { GraphFilters } from './view-state';

export const METRIC_LABELS: Record<SizeMetric, string> = {
  pageRank: 'PageRank',
  degree: 'Degree',
  weightedDegree: 'Weighted degree',
  betweenness: 'Betweenness',
  closeness: 'Closeness',
  eigenvector: 'Eigenvector',
};

const COLOR_LABELS: Record<ColorBy, string> = {
  community: 'Community',
  kind: 'Kind',
  sector: 'Sector',
  region: 'Region',
};

const FACET_LABELS: Record<keyof GraphFilters, string> = {
  kind: 'Kind',
  sector: 'Sector',
  region: 'Region',
  type: 'Partnership type',
  stage: 'Partnership stage',
};

export interface Facets {
  kind: string[];
  sector: string[];
  region: string[];
  type: string[];
  stage: string[];
}

interface Props {
  color: ColorBy;
  size: SizeMetric;
  filters: GraphFilters;
  facets: Facets;
  legend: Legend | null;
  onColor(color: ColorBy): void;
  onSize(size: SizeMetric): void;
  onFilters(filters: GraphFilters): void;
}

const readable = (value: string) => value.replace(/_/g, ' ').toLowerCase();

export function GraphControls({ color, size, filters, facets, legend, onColor, onSize, onFilters }: Props) {
  const toggle = (facet: keyof GraphFilters, value: string) => {
    const current = filters[facet];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    onFilters({ ...filters, [facet]: next });
  };
  return (
    <div className="graph-controls">
      <label>
        Colour by{' '}
        <select value={color} onChange={(event) => onColor(event.target.value as ColorBy)} data-testid="graph-color">
          {COLOR_BY.map((value) => (
            <option key={value} value={value}>
              {COLOR_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Size by{' '}
        <select value={size} onChange={(event) => onSize(event.target.value as SizeMetric)} data-testid="graph-size">
          {SIZE_METRICS.map((value) => (
            <option key={value} value={value}>
              {METRIC_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {(Object.keys(FACET_LABELS) as (keyof GraphFilters)[]).map((facet) => (
        <details key={facet} className="graph-facet" open={filters[facet].length > 0}>
          <summary>
            {FACET_LABELS[facet]}
            {filters[facet].length > 0 ? ` (${filters[facet].length})` : ''}
          </summary>
          <fieldset>
            <legend className="visually-hidden">{FACET_LABELS[facet]}</legend>
            {facets[facet].map((value) => (
              <label key={value} className="graph-check">
                <input type="checkbox" checked={filters[facet].includes(value)} onChange={() => toggle(facet, value)} />{' '}
                {facet === 'sector' || facet === 'region' ? value : readable(value)}
              </label>
            ))}
          </fieldset>
        </details>
      ))}
      {legend ? (
        <ul className="graph-legend" aria-label={`Colours: ${COLOR_LABELS[color]}`}>
          {legend.entries.map((entry) => (
            <li key={entry.value}>
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
              {color === 'community' ? `Community ${entry.value}` : readable(entry.value)}{' '}
              <span className="muted">({entry.count})</span>
            </li>
          ))}
          {legend.others > 0 ? (
            <li>
              <span className="swatch swatch-other" aria-hidden="true" />
              {legend.others} more (grey)
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
