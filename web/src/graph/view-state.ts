/**
 * What the graph view shows, kept in the URL so a link reproduces it (deep links): colour,
 * size, filters, the focused participant and the other end of an introduction path.
 */
import { COLOR_BY, SIZE_METRICS, type ColorBy, type SizeMetric } from './graph-model';

export interface GraphFilters {
  kind: string[];
  sector: string[];
  region: string[];
  type: string[];
  stage: string[];
}

export interface GraphViewState {
  color: ColorBy;
  size: SizeMetric;
  filters: GraphFilters;
  /** Focused participant (node key). */
  focus: string | null;
  /** With `focus`, the other end of the introduction path. */
  path: string | null;
}

export const FILTER_KEYS = [
  'kind',
  'sector',
  'region',
  'type',
  'stage',
] as const satisfies readonly (keyof GraphFilters)[];

export function readViewState(params: URLSearchParams): GraphViewState {
  const color = params.get('color');
  const size = params.get('size');
  return {
    color: (COLOR_BY as readonly string[]).includes(color ?? '') ? (color as ColorBy) : 'community',
    size: (SIZE_METRICS as readonly string[]).includes(size ?? '') ? (size as SizeMetric) : 'pageRank',
    filters: {
      kind: params.getAll('kind').filter(Boolean),
      sector: params.getAll('sector').filter(Boolean),
      region: params.getAll('region').filter(Boolean),
      type: params.getAll('type').filter(Boolean),
      stage: params.getAll('stage').filter(Boolean),
    },
    focus: params.get('focus'),
    path: params.get('path'),
  };
}

export function writeViewState(state: GraphViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.color !== 'community') params.set('color', state.color);
  if (state.size !== 'pageRank') params.set('size', state.size);
  // Repeated parameters (`sector=A&sector=B`): sector and region names are free text.
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.focus) params.set('focus', state.focus);
  if (state.focus && state.path) params.set('path', state.path);
  return params;
}
