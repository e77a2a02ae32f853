/**
 * Relay cursor connections. Pages are keyset-based (the cursor holds the sort value and the
 * id of the last row), so deep pages cost the same as the first and concurrent inserts do not
 * shift pages. `totalCount` is resolved lazily: it costs a query only when selected.
 */
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { BadRequestError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1..${MAX_PAGE_SIZE}.` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;
}

/** A decoded keyset position: the sort value and id of the last row already seen. */
export interface Keyset {
  value: string | number | null;
  id: string;
}

export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.value, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === 'string' &&
      (parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number')
    ) {
      return { value: parsed[0] as Keyset['value'], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError(`"${cursor}" is not a valid cursor; use a cursor returned by this connection`);
}

/** Validates page arguments; throws BadRequestError naming the argument and the allowed range. */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadRequestError(`"first" must be between 1 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return first;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only tells that there is a next page.
 */
export function toPage<T>(
  rows: T[],
  first: number,
  keyOf: (row: T) => Keyset,
  afterGiven: boolean,
): { edges: Edge<T>[]; nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: rows.length > first,
      hasPreviousPage: afterGiven,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
  };
}

type ClassType<T = object> = new (...args: never[]) => T;

/** Base of a `XEdge` type: subclasses add edge fields (e.g. a party's role). */
export function EdgeType<TNode extends object>(nodeType: ClassType<TNode>) {
  @ObjectType()
  abstract class EdgeClass {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }
  return EdgeClass;
}

/** Base of a `XConnection` type with edges, a `nodes` shortcut, pageInfo and a lazy totalCount. */
export function ConnectionType<TEdge extends object, TNode extends object>(
  edgeType: ClassType<TEdge>,
  nodeType: ClassType<TNode>,
) {
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [edgeType])
    edges!: TEdge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    /** Counts matching items; only run when `totalCount` is selected. */
    countAll!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' })
    totalCount(): Promise<number> {
      return this.countAll();
    }
  }
  return ConnectionClass;
}
