/**
 * Rules every mutation must follow, checked on the built schema (every Mutation field, so a new
 * mutation cannot skip them): its field is nullable (a failed mutation is null with its own
 * error and never erases the others' results, docs/api.md), it takes one `input` and its
 * payload reports refusals as `userErrors`, and its input takes a `clientKey` (a retry answers
 * the first outcome, test/integration/idempotency.test.ts covers each keyed mutation).
 */
import {
  getNamedType,
  GraphQLString,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
} from 'graphql';
import { Policy } from '../../src/auth/policy';
import { buildEcographSchema } from '../../src/server/schema';

let mutations: GraphQLField<unknown, unknown>[];
beforeAll(async () => {
  const schema = await buildEcographSchema(new Policy());
  mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
});

it('finds the mutations', () => {
  expect(mutations.length).toBeGreaterThan(30);
});

it('makes every mutation field nullable, with a payload that has userErrors', () => {
  const nonNull = mutations.filter((field) => isNonNullType(field.type)).map((field) => field.name);
  expect(nonNull).toEqual([]);
  const withoutUserErrors = mutations
    .filter((field) => {
      const payload = getNamedType(field.type);
      return !isObjectType(payload) || !('userErrors' in payload.getFields());
    })
    .map((field) => field.name);
  expect(withoutUserErrors).toEqual([]);
});

it('gives every mutation one input object', () => {
  const otherwise = mutations
    .filter(
      (field) =>
        field.args.length !== 1 ||
        field.args[0].name !== 'input' ||
        !isInputObjectType(getNamedType(field.args[0].type)),
    )
    .map((field) => field.name);
  expect(otherwise).toEqual([]);
});

// Every mutation changes state (none is a read in disguise), so every one takes a key: a retry
// after a lost answer must never come back as a refusal or a second change (issue 14, item 8).
it('gives every mutation input an optional String clientKey', () => {
  const withoutKey = mutations
    .filter((field) => {
      const input = getNamedType(field.args[0]?.type);
      const key = isInputObjectType(input) ? input.getFields().clientKey : undefined;
      return key?.type !== GraphQLString;
    })
    .map((field) => field.name)
    .sort();
  expect(withoutKey).toEqual([]);
});
