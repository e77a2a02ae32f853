/**
 * Walks the built schema from Query: one selection per root field (and per argument variant),
 * every field reachable below it up to a depth, arguments filled from sample ids. `readAll`
 * runs each as one caller and drops what the caller is refused, field by field, until the
 * answer has no error left: what remains is everything that caller can read. `flatten` turns
 * an answer into leaves keyed by path, objects named by their id rather than their position,
 * so two answers can be compared leaf by leaf (what changed when the data changed).
 */
import {
  getNamedType,
  graphql,
  isAbstractType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isListType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** Global ids of real objects, per type name, best example first. */
export type Samples = Map<string, string[]>;

export interface WalkOptions {
  /** Object levels below a root field (the root field is level 1). */
  depth: number;
  /** `first` of root lists and connections. */
  rootPage: number;
  /** `first` of nested lists and connections. */
  nestedPage: number;
  /** A word that search finds. */
  searchText: string;
}

interface Selection {
  alias: string;
  field: string;
  args: string;
  /** Leaf: null. Object: its fields. */
  children: Selection[] | null;
  /** Abstract types: the fields of each possible type. */
  fragments?: Map<string, Selection[]>;
}

/** A root query (one root field with one choice of arguments) and its selection tree. */
export interface RootQuery {
  name: string;
  selection: Selection;
}

const literal = (value: string) => JSON.stringify(value);

/** `participantId` → Participant, `goalId` → Goal; `from`/`to` (ID) → Participant. */
function idTypeOf(arg: GraphQLArgument, returned: GraphQLNamedType): string | undefined {
  if (arg.name === 'id') return returned.name;
  if (arg.name === 'from' || arg.name === 'to') return 'Participant';
  const match = /^([a-z]+)Id$/.exec(arg.name);
  return match?.[1] ? match[1].charAt(0).toUpperCase() + match[1].slice(1) : undefined;
}

interface Variant {
  suffix: string;
  args: string[];
}

/** The argument choices worth asking: required enums one value each, optional ids one at a time. */
function variantsOf(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  samples: Samples,
  options: WalkOptions,
  root: boolean,
): Variant[] | null {
  const returned = getNamedType(field.type);
  let variants: Variant[] = [{ suffix: '', args: [] }];
  const optionalIds: [string, string][] = [];
  for (const arg of field.args) {
    const type = getNamedType(arg.type);
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (['after', 'before', 'last'].includes(arg.name)) continue;
    if (arg.name === 'first') {
      const page =
        arg.name === 'first' && field.name === 'drawableGraph' ? 40 : root ? options.rootPage : options.nestedPage;
      variants = variants.map((v) => ({ ...v, args: [...v.args, `first: ${page}`] }));
      continue;
    }
    if (type.name === 'ID') {
      if (isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type)) {
        const all = [...samples.values()].map((ids) => ids[0]).filter((id): id is string => Boolean(id));
        variants = variants.map((v) => ({ ...v, args: [...v.args, `${arg.name}: [${all.map(literal).join(', ')}]`] }));
        continue;
      }
      if (isAbstractType(returned) && arg.name === 'id') {
        // node(id): one variant per type of object it can return.
        const next: Variant[] = [];
        for (const possible of schema.getPossibleTypes(returned)) {
          const id = samples.get(possible.name)?.[0];
          if (!id) continue;
          for (const v of variants)
            next.push({ suffix: `${v.suffix}__${possible.name}`, args: [...v.args, `id: ${literal(id)}`] });
        }
        variants = next;
        continue;
      }
      const typeName = idTypeOf(arg, returned);
      const ids = typeName ? samples.get(typeName) : undefined;
      const id = arg.name === 'to' ? (ids?.[1] ?? ids?.[0]) : ids?.[0];
      if (required) {
        if (!id) return null;
        variants = variants.map((v) => ({ ...v, args: [...v.args, `${arg.name}: ${literal(id)}`] }));
      } else if (id) {
        optionalIds.push([arg.name, id]);
      }
      continue;
    }
    if (isEnumType(type) && required) {
      const next: Variant[] = [];
      for (const value of type.getValues()) {
        for (const v of variants)
          next.push({ suffix: `${v.suffix}__${value.name}`, args: [...v.args, `${arg.name}: ${value.name}`] });
      }
      variants = next;
      continue;
    }
    if (type.name === 'String' && required) {
      variants = variants.map((v) => ({ ...v, args: [...v.args, `${arg.name}: ${literal(options.searchText)}`] }));
      continue;
    }
    if (required) return null; // a required input this walk does not know how to fill
  }
  if (optionalIds.length === 0) return variants;
  const withIds = variants.flatMap((v) =>
    optionalIds.map(([name, id]) => ({ suffix: `${v.suffix}__${name}`, args: [...v.args, `${name}: ${literal(id)}`] })),
  );
  return [...variants, ...withIds];
}

function selectionsOf(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  level: number,
  seen: ReadonlySet<string>,
  samples: Samples,
  options: WalkOptions,
): Selection[] {
  const out: Selection[] = [{ alias: '__typename', field: '__typename', args: '', children: null }];
  for (const field of Object.values(type.getFields())) {
    const built = fieldSelections(schema, field, level, seen, samples, options, false);
    out.push(...built);
  }
  return out;
}

function fieldSelections(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  level: number,
  seen: ReadonlySet<string>,
  samples: Samples,
  options: WalkOptions,
  root: boolean,
): Selection[] {
  const named = getNamedType(field.type);
  const variants = variantsOf(schema, field, samples, options, root);
  if (!variants) return [];
  const out: Selection[] = [];
  for (const variant of variants) {
    const alias = `${field.name}${variant.suffix}`;
    const args = variant.args.length > 0 ? `(${variant.args.join(', ')})` : '';
    if (isLeafType(named)) {
      out.push({ alias, field: field.name, args, children: null });
      continue;
    }
    if (level >= options.depth || seen.has(named.name)) continue;
    const below = new Set([...seen, named.name]);
    if (isObjectType(named)) {
      out.push({
        alias,
        field: field.name,
        args,
        children: selectionsOf(schema, named, level + 1, below, samples, options),
      });
    } else if (isAbstractType(named)) {
      const fragments = new Map<string, Selection[]>();
      for (const possible of schema.getPossibleTypes(named)) {
        if (seen.has(possible.name)) continue;
        const fields = selectionsOf(schema, possible, level + 1, new Set([...below, possible.name]), samples, options);
        // Same-named fields of different types may not share a response key: prefix them by type
        // (`id` is ID! everywhere and names the object in `flatten`).
        for (const selection of fields) {
          if (selection.alias !== 'id' && selection.alias !== '__typename') {
            selection.alias = `${possible.name}_${selection.alias}`;
          }
        }
        fragments.set(possible.name, fields);
      }
      out.push({
        alias,
        field: field.name,
        args,
        children: [{ alias: '__typename', field: '__typename', args: '', children: null }],
        fragments,
      });
    }
  }
  return out;
}

/** One RootQuery per root field of Query and argument variant. */
export function rootQueries(schema: GraphQLSchema, samples: Samples, options: WalkOptions): RootQuery[] {
  const query = schema.getQueryType();
  if (!query) return [];
  return Object.values(query.getFields()).flatMap((field) =>
    fieldSelections(schema, field, 1, new Set(), samples, options, true).map((selection) => ({
      name: selection.alias,
      selection,
    })),
  );
}

/** One RootQuery per root field of Subscription and argument variant (each its own operation). */
export function rootSubscriptions(schema: GraphQLSchema, samples: Samples, options: WalkOptions): RootQuery[] {
  const subscription = schema.getSubscriptionType();
  if (!subscription) return [];
  return Object.values(subscription.getFields()).flatMap((field) =>
    fieldSelections(schema, field, 1, new Set(), samples, options, true).map((selection) => {
      // A scope naming a Node type (kpisUpdated(scope: PARTICIPANT)) needs an `id` of that type.
      const scope = /\bscope: ([A-Z]+)/.exec(selection.args)?.[1];
      const typeName = scope ? scope.charAt(0) + scope.slice(1).toLowerCase() : undefined;
      const id = typeName ? samples.get(typeName)?.[0] : undefined;
      if (id && field.args.some((arg) => arg.name === 'id') && !/\bid: /.test(selection.args)) {
        selection.args = selection.args.replace(/\)$/, `, id: ${literal(id)})`);
      }
      return { name: selection.alias, selection };
    }),
  );
}

/** The subscription operation of a root (a copy of its selection, as dropped so far). */
export function subscriptionSource(root: RootQuery): string {
  return `subscription { ${render(root.selection)} }`;
}

/** Drops what an error of a subscription payload points at; whether anything was dropped. */
export function dropFromRoot(root: RootQuery, path: readonly (string | number)[]): boolean {
  return drop(root.selection, path);
}

function render(selection: Selection): string {
  const head = selection.alias === selection.field ? selection.field : `${selection.alias}: ${selection.field}`;
  if (!selection.children) return `${head}${selection.args}`;
  const inner = selection.children.map(render);
  for (const [typeName, fields] of selection.fragments ?? [])
    inner.push(`... on ${typeName} { ${fields.map(render).join(' ')} }`);
  return `${head}${selection.args} { ${inner.join(' ')} }`;
}

/** Drops the selection an error path points at (in every fragment it could be in). */
function drop(selection: Selection, path: readonly (string | number)[]): boolean {
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  const walk = (fields: Selection[], index: number): boolean => {
    const key = keys[index];
    let dropped = false;
    for (let i = fields.length - 1; i >= 0; i -= 1) {
      const field = fields[i] as Selection;
      if (field.alias !== key) continue;
      if (index === keys.length - 1) {
        fields.splice(i, 1);
        dropped = true;
        continue;
      }
      if (field.children && walk(field.children, index + 1)) dropped = true;
      for (const fragment of field.fragments?.values() ?? []) if (walk(fragment, index + 1)) dropped = true;
    }
    return dropped;
  };
  if (keys[0] !== selection.alias) return false;
  if (keys.length === 1) return false;
  return (
    (selection.children ? walk(selection.children, 1) : false) ||
    [...(selection.fragments?.values() ?? [])].some((f) => walk(f, 1))
  );
}

export type Execute = (source: string) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
    originalError?: unknown;
  }[];
}>;

/** In process, through the built (guarded) schema, with the context the server builds per request. */
export function executor(schema: GraphQLSchema, contextValue: () => unknown): Execute {
  return async (source) => {
    const result = await graphql({ schema, source, contextValue: contextValue() });
    return { data: result.data as Record<string, unknown> | null | undefined, errors: result.errors };
  };
}

/** The error's code; in process, before Apollo formats it, the code of the app error it wraps. */
export function codeOf(error: { extensions?: Record<string, unknown>; originalError?: unknown }): string {
  const original = error.originalError as { code?: unknown; constructor?: { name: string } } | undefined;
  return String(error.extensions?.code ?? original?.code ?? original?.constructor?.name ?? 'NONE');
}

export interface Refusal {
  path: string;
  code: string;
  message: string;
}

export interface Readable {
  /** Root query name → its answer with every refused field left out. */
  answers: Map<string, unknown>;
  /** What was refused (or failed), by path. */
  refusals: Refusal[];
}

type WalkError = NonNullable<Awaited<ReturnType<Execute>>['errors']>[number];

const MAX_ATTEMPTS = 60;
/** Roots read at once: their round trips overlap (each root is still read on its own). */
const PARALLEL_ROOTS = 4;

/**
 * Everything `execute`'s caller can read under `roots`, refused fields dropped until no error is
 * left. Each root is read in documents of its own (most root fields are non-null: an error
 * below one erases the data of every other root in its document, so they cannot share one);
 * a few roots are read side by side, which only overlaps their round trips.
 */
export async function readAll(execute: Execute, roots: RootQuery[]): Promise<Readable> {
  const answers = new Map<string, unknown>();
  const refusals: Refusal[][] = roots.map(() => []);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < roots.length; index = next++) {
      const root = roots[index] as RootQuery;
      const answer = await readOne(execute, root, refusals[index] as Refusal[]);
      if (answer.read) answers.set(root.name, answer.value);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_ROOTS, roots.length) }, worker));
  // In the order of `roots`, as when they were read one after the other.
  const ordered = new Map(
    roots.filter((root) => answers.has(root.name)).map((root) => [root.name, answers.get(root.name)]),
  );
  return { answers: ordered, refusals: refusals.flat() };
}

/** One root, until its answer has no error left (or the root field itself is refused). */
async function readOne(
  execute: Execute,
  root: RootQuery,
  refusals: Refusal[],
): Promise<{ read: boolean; value?: unknown }> {
  const selection = structuredClone(root.selection);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const { data, errors } = await execute(`{ ${render(selection)} }`);
    if (!errors || errors.length === 0) return { read: true, value: data?.[root.name] };
    let progressed = false;
    for (const error of errors as readonly WalkError[]) {
      refusals.push({ path: (error.path ?? [root.name]).join('.'), code: codeOf(error), message: error.message });
      if (error.path && drop(selection, error.path)) progressed = true;
    }
    if (!progressed) break; // the root field itself is refused or failed: nothing readable under it
  }
  return { read: false };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Leaf {
  key: string;
  value: unknown;
  /** Global ids of the objects on the way (the key names them). */
  ids: string[];
  /** Type names of the objects on the way, root first. */
  types: string[];
}

/**
 * Leaves of an answer. An object with an `id` is named by it in the key (`nodes[#id]`,
 * `partnership#id`), so a leaf keeps its key when lists reorder; an object reached at a
 * position without an id of its own names the identity it holds in an `@id` leaf.
 */
export function flatten(answers: Map<string, unknown>): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const visit = (value: unknown, key: string, ids: string[], types: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
        visit(item, id ? `${key}[#${id}]` : `${key}[${index}]`, ids, types);
      });
      return;
    }
    if (isObject(value)) {
      const id = typeof value.id === 'string' ? value.id : undefined;
      const typeName = typeof value.__typename === 'string' ? value.__typename : '?';
      const nextTypes = [...types, typeName];
      if (id && !key.endsWith(`[#${id}]`)) {
        out.set(`${key}.@id`, { key: `${key}.@id`, value: id, ids, types: nextTypes });
        key = `${key}#${id}`;
      }
      const nextIds = id ? [...ids, id] : ids;
      for (const [field, child] of Object.entries(value)) {
        if (field === '__typename') continue;
        visit(child, `${key}.${field}`, nextIds, nextTypes);
      }
      return;
    }
    out.set(key, { key, value, ids, types });
  };
  for (const [name, answer] of answers) visit(answer, name, [], []);
  return out;
}

/** Leaves whose value differs between `before` and `after` but not between `before` and `again` (noise). */
export function changed(before: Map<string, Leaf>, again: Map<string, Leaf>, after: Map<string, Leaf>): Leaf[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const out: Leaf[] = [];
  for (const [key, leaf] of before) {
    const repeat = again.get(key);
    const moved = after.get(key);
    if (!repeat || !moved || !same(leaf.value, repeat.value)) continue;
    if (!same(leaf.value, moved.value)) out.push(moved);
  }
  return out;
}

/** A key with list positions and ids blanked: one line per field path, for reports. */
export function pathOf(key: string): string {
  return key.replace(/\[[^\]]*\]/g, '[]').replace(/#[A-Za-z0-9_=-]+/g, '');
}
