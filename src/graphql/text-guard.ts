/**
 * Applies the text rules (src/core/text-rules.ts) to every String and ID argument and input
 * field of the built schema, before the field's resolver (or subscribe) runs: values are
 * replaced by their NFC form, and any value the rules refuse stops the field with every
 * problem at once, each naming its path and what to fix. Nothing has been read or written.
 *
 * - A mutation whose payload has `userErrors` answers them (codes INVALID / TOO_LONG, path
 *   e.g. ["input", "parties", "0", "participantId"]), like its own validation would.
 * - Any other field fails with BAD_USER_INPUT, `extensions.field` holding the path.
 *
 * The walk is planned once per field from the schema's types, so fields without text inputs
 * are not wrapped at all, and a new argument or input field is covered by construction.
 */
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadRequestError } from '../core/errors';
import { checkText, textKindOf, type TextKind } from '../core/text-rules';
import { userError, UserErrorCode, type UserError } from '../core/user-error';

/** How to walk one input value: check it as text, or descend into its list items / fields. */
type Plan = { text: TextKind } | { list: Plan } | { fields: Readonly<Record<string, Plan>> } | null;

/** A String or ID somewhere in an input type; null when there is none (nothing to walk). */
function planFor(type: GraphQLInputType, name: string, visiting: Set<string> = new Set()): Plan {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = planFor(nullable.ofType as GraphQLInputType, name, visiting);
    return item && { list: item };
  }
  if (isScalarType(nullable)) {
    return nullable.name === 'String' || nullable.name === 'ID' ? { text: textKindOf(nullable.name, name) } : null;
  }
  if (isInputObjectType(nullable)) {
    if (visiting.has(nullable.name)) return null; // recursive inputs: the outer walk covers them
    const fields: Record<string, Plan> = {};
    const inner = new Set([...visiting, nullable.name]);
    for (const field of Object.values(nullable.getFields())) {
      const plan = planFor(field.type, field.name, inner);
      if (plan) fields[field.name] = plan;
    }
    return Object.keys(fields).length > 0 ? { fields } : null;
  }
  return null;
}

interface Problem {
  path: string[];
  code: UserErrorCode;
  message: string;
}

/** Checks `value` by `plan`; returns the value with normalised text and collects problems. */
function apply(plan: Plan, value: unknown, path: string[], problems: Problem[]): unknown {
  if (plan === null || value === null || value === undefined) return value;
  if ('text' in plan) {
    if (typeof value !== 'string') return value;
    const checked = checkText(value, plan.text);
    if (checked.ok) return checked.value;
    const code = checked.problem.code === 'TOO_LONG' ? UserErrorCode.TOO_LONG : UserErrorCode.INVALID;
    problems.push({ path, code, message: `${path.join('.')} ${checked.problem.message}` });
    return value;
  }
  if ('list' in plan) {
    return Array.isArray(value)
      ? value.map((item, i) => apply(plan.list, item, [...path, String(i)], problems))
      : value;
  }
  if (typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [name, inner] of Object.entries(plan.fields)) {
    if (name in copy) copy[name] = apply(inner, copy[name], [...path, name], problems);
  }
  return copy;
}

/** Input text refused by the text rules, on a field without userErrors. */
export class TextInputError extends BadRequestError {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message).join('; '));
  }

  override get details(): Record<string, unknown> {
    return { field: this.problems[0]?.path, problems: this.problems };
  }
}

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

/** Every String and ID argument of a field, with its plan. */
function argumentPlans(field: GraphQLField<unknown, unknown>): [string, Plan][] {
  return field.args.map((arg) => [arg.name, planFor(arg.type, arg.name)] as [string, Plan]).filter(([, plan]) => plan);
}

const hasUserErrors = (field: GraphQLField<unknown, unknown>) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.getFields().userErrors !== undefined;
};

/** The field's arguments checked and normalised, or the refusal. */
function checkArguments(
  plans: [string, Plan][],
  args: Record<string, unknown>,
): { args: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const checked = { ...args };
  for (const [name, plan] of plans) {
    if (name in checked) checked[name] = apply(plan, checked[name], [name], problems);
  }
  return { args: checked, problems };
}

export function guardText(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const plans = argumentPlans(field);
      if (plans.length === 0) continue;
      const answersUserErrors = type === schema.getMutationType() && hasUserErrors(field);
      const refuse = (problems: Problem[]) => {
        if (!answersUserErrors) throw new TextInputError(problems);
        return {
          userErrors: problems.map((p): UserError => userError(p.path, p.code, p.message)),
        };
      };
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      field.resolve = (source, args, ctx, info) => {
        const checked = checkArguments(plans, args);
        if (checked.problems.length > 0) return refuse(checked.problems);
        return resolve(source, checked.args, ctx, info);
      };
      const subscribe = field.subscribe as Resolver | undefined;
      if (subscribe) {
        field.subscribe = (source, args, ctx, info) => {
          const checked = checkArguments(plans, args);
          if (checked.problems.length > 0) throw new TextInputError(checked.problems);
          return subscribe(source, checked.args, ctx, info);
        };
      }
    }
  }
  return schema;
}
