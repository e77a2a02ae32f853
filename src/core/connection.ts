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

/** Relay pagination: `first`/`after` forwards (the default, 20 items) or `last`/`before` backwards. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `The first n items, 1..${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (with first).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `The last n items, 1..${MAX_PAGE_SIZE}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor (with last).' })
  before?: string | null;
}

/** Which window of a connection was asked for. */
export interface PageWindow {
  size: number;
  backward: boolean;
  /** The after (forward) or before (backward) cursor, decoded. */
  cursor: Keyset | null;
}

/** Checks the pagination arguments; BAD_USER_INPUT naming the mix or range that is wrong. */
export function pageWindow(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): PageWindow {
  const backward = args.last !== null && args.last !== undefined;
  if (backward && args.first !== null && args.first !== undefined) {
    throw new BadRequestError('give either "first" or "last", not both');
  }
  if ((backward && args.after) || (!backward && args.before)) {
    throw new BadRequestError('use "first" with "after", or "last" with "before"');
  }
  const size = checkPageSize(
    backward ? (args.last as number) : (args.first ?? DEFAULT_PAGE_SIZE),
    backward ? 'last' : 'first',
  );
  const cursor = backward ? args.before : args.after;
  return { size, backward, cursor: cursor ? decodeCursor(cursor) : null };
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
export function checkPageSize(size: number, name: 'first' | 'last' = 'first'): number {
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadRequestError(`"${name}" must be between 1 and ${MAX_PAGE_SIZE} (got ${size})`);
  }
  return size;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Turns `size + 1` fetched rows into a page: the extra row only tells that more exist in the
 * direction of travel. Backward windows were fetched in reverse order and are turned around.
 */
export function toPage<T>(
  rows: T[],
  window: PageWindow,
  keyOf: (row: T) => Keyset,
): { edges: Edge<T>[]; nodes: T[]; pageInfo: PageInfo } {
  const taken = rows.slice(0, window.size);
  const nodes = window.backward ? taken.reverse() : taken;
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  const more = rows.length > window.size;
  const hasCursor = window.cursor !== null;
  return {
    edges,
    nodes,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: window.backward ? hasCursor : more,
      hasPreviousPage: window.backward ? more : hasCursor,
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
