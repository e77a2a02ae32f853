/**
 * Snapshots of the generic read statements for every node spec and hop, so any change to
 * the Cypher the API sends shows up in review (the Cypher equivalent of committed SQL).
 */
import * as hops from '../../src/model/hops';
import { NODE_SPECS, PARTICIPANT, PARTNERSHIP } from '../../src/model/nodes';
import type { HopSpec } from '../../src/db/node-spec';
import { compileFilter, countNodes, hopPages, listNodes, nodesByIds } from '../../src/db/node-statements';
import { toFulltextQuery } from '../../src/core/text-rules';

const firstOrder = (orders: Record<string, unknown>) => Object.keys(orders)[0] as string;

describe('generic node statements', () => {
  it.each(NODE_SPECS.map((spec) => [spec.label, spec] as const))('%s: list, count and by-id', (_label, spec) => {
    expect({
      list: listNodes(spec, { order: firstOrder(spec.orders), direction: 'ASC', limit: 21 }),
      count: countNodes(spec, null),
      byIds: nodesByIds(spec, ['a', 'b']),
    }).toMatchSnapshot();
  });

  it('list with filters, a cursor and descending order', () => {
    expect(
      listNodes(PARTICIPANT, {
        filter: { kind: ['STARTUP'], region: ['Europe'], joinedFrom: new Date('2025-01-01T00:00:00Z'), tier: [] },
        order: 'JOINED_AT',
        direction: 'DESC',
        limit: 21,
        after: { value: '2025-06-01T00:00:00.000Z', id: 'abc' },
      }),
    ).toMatchSnapshot();
  });

  it('list through the full-text index, with a relationship filter', () => {
    expect(
      listNodes(PARTNERSHIP, {
        filter: { text: 'deep mind', owner: 'tm-1' },
        order: 'NAME',
        direction: 'ASC',
        limit: 11,
      }),
    ).toMatchSnapshot();
  });

  const allHops = Object.values(hops).filter((value): value is HopSpec => typeof value === 'object');
  it.each(allHops.map((hop) => [hop.name, hop] as const))('hop %s', (_name, hop) => {
    expect(
      hopPages(hop, ['p1', 'p2'], { order: firstOrder(hop.child.orders), direction: 'ASC', limit: 11 }),
    ).toMatchSnapshot();
  });

  it('a selection narrows what the list and by-id statements return to id, the ordering property and the selection', () => {
    expect({
      list: listNodes(PARTICIPANT, { order: 'JOINED_AT', direction: 'ASC', limit: 51, select: ['id', 'name'] }),
      byIds: nodesByIds(PARTICIPANT, ['a', 'b'], ['id', 'name']),
    }).toMatchSnapshot();
  });

  it('a hop page returns only the selected node and edge properties, and counts only when totalCount is selected', () => {
    expect({
      withoutTotal: hopPages(hops.PARTICIPANT_PARTNERSHIPS, ['p1', 'p2'], {
        order: 'NAME',
        direction: 'ASC',
        limit: 11,
        select: ['id', 'name', 'stage'],
        edgeSelect: [],
        withTotal: false,
      }),
      withTotal: hopPages(hops.PARTNERSHIP_PARTIES, ['p1', 'p2'], {
        order: 'NAME',
        direction: 'ASC',
        limit: 21,
        select: ['id', 'name'],
        edgeSelect: ['role'],
        withTotal: true,
      }),
    }).toMatchSnapshot();
  });

  it('lookahead reads nested pages in the statement of their parents, each level with its own parameters', () => {
    const parties = {
      key: 'Partnership_parties',
      hop: hops.PARTNERSHIP_PARTIES,
      query: {
        order: 'NAME',
        direction: 'ASC' as const,
        limit: 21,
        select: ['id', 'name'],
        edgeSelect: [],
        withTotal: false,
      },
      nested: [],
    };
    const partnerships = {
      key: 'Participant_partnerships',
      hop: hops.PARTICIPANT_PARTNERSHIPS,
      query: {
        filter: { stage: ['MANAGEMENT'] },
        order: 'NAME',
        direction: 'ASC' as const,
        limit: 11,
        select: ['id', 'name'],
        edgeSelect: ['role'],
        withTotal: true,
      },
      nested: [parties],
    };
    expect({
      list: listNodes(PARTICIPANT, { order: 'NAME', direction: 'ASC', limit: 51, select: ['id', 'name'] }, [
        partnerships,
      ]),
      hop: hopPages(hops.PARTICIPANT_PARTNERSHIPS, ['p1'], partnerships.query, [parties]),
      byId: nodesByIds(PARTICIPANT, ['p1'], ['id', 'name'], [partnerships]),
    }).toMatchSnapshot();
  });

  it('only emits conditions for the filters given, and refuses unknown ones', () => {
    expect(compileFilter(PARTICIPANT, { kind: null, sector: [], region: ['Europe'] }).conditions).toEqual([
      'n.region IN $f_region',
    ]);
    expect(() => compileFilter(PARTICIPANT, { colour: 'red' })).toThrow(/no filter rule for "colour"/);
  });

  it('escapes Lucene syntax in full-text queries and makes each word a prefix', () => {
    expect(toFulltextQuery('  open AI: (labs)* ')).toBe('open* AND AI\\:* AND \\(labs\\)\\**');
    expect(toFulltextQuery('   ')).toBeNull();
  });
});
