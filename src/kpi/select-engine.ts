/**
 * Picks the analytics engine: GDS inside Neo4j when the server has the plugin (or when asked
 * for), graphology in process otherwise. Both compute the same definitions (docs/kpis.md).
 */
import type { Gateway } from '../db/gateway';
import type { AnalyticsEngine } from './engine';
import { GdsEngine } from './gds-engine';
import { GraphologyEngine } from './graphology-engine';

export async function hasGds(gateway: Gateway): Promise<boolean> {
  try {
    await gateway.readRows({ cypher: 'CALL gds.version() YIELD gdsVersion RETURN gdsVersion', params: {} });
    return true;
  } catch {
    return false;
  }
}

export async function selectEngine(mode: 'auto' | 'gds' | 'graphology', gateway: Gateway): Promise<AnalyticsEngine> {
  if (mode === 'graphology') return new GraphologyEngine();
  if (mode === 'gds' || (await hasGds(gateway))) return new GdsEngine(gateway);
  return new GraphologyEngine();
}
