/**
 * Ended party ties are history, never parties: every statement that reads PARTY_TO must ask
 * for current ties (src/model/party-tie.ts) unless it writes ties or reads their history on
 * purpose. Checked twice: in the sources (nothing but party-tie.ts spells the relationship in
 * Cypher) and in the Cypher itself, through every snapshot under test/unit/__snapshots__ (the
 * snapshots list every statement builder, test/unit/statement-snapshots.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { allCurrentTies, currentTie } from '../../src/model/party-tie';

const ROOT = path.resolve(__dirname, '..', '..');
const SNAPSHOTS = path.join(__dirname, '__snapshots__');

/** Snapshots that read every tie, ended ones included, on purpose: name → why. */
const HISTORY_READERS: Record<string, string> = {
  'partnership write statements partyHistory 1': 'the party history lists ended ties',
  'collaboration delta statements partiesEver 1':
    "a removed party's ties changed too: the incremental KPIs re-read everyone who ever was a party",
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every snapshot as [name, text]. */
function snapshots(): [string, string][] {
  return fs
    .readdirSync(SNAPSHOTS)
    .filter((file) => file.endsWith('.snap'))
    .flatMap((file) => [
      ...fs.readFileSync(path.join(SNAPSHOTS, file), 'utf8').matchAll(/^exports\[`(.*)`\] = `([\s\S]*?)^`;$/gm),
    ])
    .map((match) => [match[1] as string, match[2] as string]);
}

/**
 * The PARTY_TO relationship patterns of a statement that may see ended ties: neither a
 * current tie, nor a write (a CREATE or MERGE line), nor a variable-length path whose
 * statement requires every relationship on it to be current.
 */
export function unfilteredTies(cypher: string): string[] {
  const offending: string[] = [];
  for (const match of cypher.matchAll(/\[([^\]]*PARTY_TO[^\]]*)\]/g)) {
    const inside = match[1] as string;
    const lineStart = cypher.lastIndexOf('\n', match.index) + 1;
    const line = cypher.slice(lineStart, match.index);
    const current = /^(\w+):PARTY_TO WHERE (\w+)\.endedAt IS NULL\b/.exec(inside);
    if (current && current[1] === current[2]) continue;
    if (/^\s*(CREATE|MERGE)\b/.test(line)) continue;
    const path = /^:PARTY_TO\*/.test(inside) ? /(\w+) = shortestPath\(/.exec(cypher)?.[1] : undefined;
    if (path && cypher.includes(allCurrentTies(path))) continue;
    offending.push(match[0]);
  }
  return offending;
}

describe('current party ties', () => {
  it('no source but src/model/party-tie.ts spells PARTY_TO in Cypher', () => {
    const files = ['src', 'graph'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
    const spelled = files
      .filter((file) => path.relative(ROOT, file) !== path.join('src', 'model', 'party-tie.ts'))
      .filter((file) => /:\s*PARTY_TO\b/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(spelled).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  const readers = snapshots().filter(([, text]) => text.includes('PARTY_TO'));

  it('finds the statements that touch party ties', () => {
    const names = readers.map(([name]) => name);
    // The readers the product depends on (a renamed snapshot must be found again, not lost).
    const expected = [
      'hop Partnership.parties',
      'hop Participant.partnerships',
      'statements adamicAdarCandidates',
      'drawing statement drawingDetails',
      'engagement write statements nonParties',
      'GDS statements projectCollaborationGraph',
      'statement catalogue collaborationTies',
      'statement catalogue shortestCollaborationPath',
      'statement catalogue subgraphParticipants',
      'statement catalogue tiesAmong',
      'statement catalogue COLLABORATION_EDGES',
      'statement catalogue partnerships of a party',
      'partnership write statements createPartnership',
      'partnership write statements lockParties',
      'partnership write statements lockForStageMove',
      'partnership write statements addParty',
      'partnership write statements removeParty',
    ];
    expect(expected.filter((part) => !names.some((name) => name.includes(part)))).toEqual([]);
    expect(readers.length).toBeGreaterThanOrEqual(18);
    for (const name of Object.keys(HISTORY_READERS)) expect(names).toContain(name);
  });

  it('every statement reading PARTY_TO filters ended ties (or reads history on purpose)', () => {
    const offending = readers
      .filter(([name]) => !(name in HISTORY_READERS))
      .flatMap(([name, text]) => unfilteredTies(text).map((pattern) => `${name}: ${pattern}`));
    expect(offending).toEqual([]);
  });

  it('reports a tie read without the filter, and accepts the current-tie forms', () => {
    expect(unfilteredTies('MATCH (a)-[:PARTY_TO]->(s)<-[r:PARTY_TO]-(b)')).toEqual(['[:PARTY_TO]', '[r:PARTY_TO]']);
    expect(unfilteredTies('RETURN COUNT { (p)<-[:PARTY_TO {role: "LEAD"}]-() }')).toHaveLength(1);
    expect(unfilteredTies('MATCH (a)-[r:PARTY_TO WHERE x.endedAt IS NULL]->(s)')).toHaveLength(1);
    expect(unfilteredTies('MATCH path = shortestPath((a)-[:PARTY_TO*..4]-(b)) RETURN path')).toHaveLength(1);
    expect(unfilteredTies(`MATCH (a)-${currentTie('ra')}->(s)<-${currentTie('rb', "rb.role = 'LEAD'")}-(b)`)).toEqual(
      [],
    );
    expect(
      unfilteredTies(`MATCH path = shortestPath((a)-[:PARTY_TO*..4]-(b))\nWHERE ${allCurrentTies('path')}`),
    ).toEqual([]);
    expect(unfilteredTies('  MERGE (a)-[r:PARTY_TO]->(n)\n  CREATE (a)-[:PARTY_TO {role: $role}]->(p)')).toEqual([]);
  });
});
