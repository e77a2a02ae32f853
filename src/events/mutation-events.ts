/**
 * Which domain events a committed mutation produces, in one place, from the mutation's
 * arguments and payload (resolvers stay unaware of events). Every successful mutation also
 * yields GRAPH_CHANGED, which feeds activity panels and tells every replica to refresh KPIs.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { expectGlobalId, toGlobalId } from '../core/global-id';
import type { RequestContext } from '../context/context';
import type { EventDraft, EventPublisher } from './publisher';

interface Keyed {
  key: string;
}
type Payload = Record<string, unknown> & { userErrors?: unknown[] };
type Input = Record<string, unknown>;

type DraftFor = (
  input: Input,
  payload: Payload,
  publisher: EventPublisher,
) => EventDraft | (() => Promise<EventDraft>) | undefined;

const keyOf = (value: unknown) => (value as Keyed).key;

const DOMAIN_EVENTS: Record<string, DraftFor> = {
  interactionRecord: (input, payload, publisher) => {
    const interaction = payload.interaction as Keyed & { kind: string };
    const participantKeys = (input.participantIds as string[]).map((id) => expectGlobalId(id, 'Participant'));
    return async () => ({
      kind: 'INTERACTION_RECORDED',
      interactionId: toGlobalId('Interaction', interaction.key),
      partnershipId: (input.partnershipId as string | undefined) ?? null,
      interactionKind: interaction.kind,
      engagement: await publisher.engagementOf(participantKeys),
    });
  },
  partnershipMoveStage: (_input, payload) => {
    const change = payload.stageChange as Keyed & { from: string | null; to: string; by: string | null };
    return {
      kind: 'PARTNERSHIP_STAGE_CHANGED',
      partnershipId: toGlobalId('Partnership', keyOf(payload.partnership)),
      stageChangeId: toGlobalId('StageChange', change.key),
      from: change.from,
      to: change.to,
      by: change.by ?? 'unknown',
    };
  },
  riskRaise: (input, payload) => {
    const risk = payload.risk as Keyed & { title: string; severity: string };
    return {
      kind: 'RISK_RAISED',
      riskId: toGlobalId('Risk', risk.key),
      partnershipId: (input.partnershipId as string | undefined) ?? null,
      title: risk.title,
      severity: risk.severity,
    };
  },
  goalUpdateProgress: (_input, payload) => {
    const goal = payload.goal as Keyed & { actual: number; target: number };
    return {
      kind: 'GOAL_PROGRESSED',
      goalId: toGlobalId('Goal', goal.key),
      partnershipId: null,
      value: goal.actual,
      progress: goal.target === 0 ? null : goal.actual / goal.target,
    };
  },
  // Same event: the goal's `actual` moved (by an amount, under its lock).
  goalAddProgress: (input, payload, publisher) => DOMAIN_EVENTS.goalUpdateProgress?.(input, payload, publisher),
};

/**
 * Wraps every Mutation field's resolver (only those: reads pay nothing) so that a mutation
 * that returned without userErrors publishes its events. Transport-agnostic: HTTP and WebSocket.
 */
export function publishEventsAfterMutations(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, context: RequestContext, info) => {
      const result: unknown = await resolve(source, args, context, info);
      if (result && typeof result === 'object') publishFor(field.name, args, result as Payload, context);
      return result;
    };
  }
  return schema;
}

function publishFor(mutation: string, args: Record<string, unknown>, payload: Payload, context: RequestContext) {
  if (payload.userErrors && payload.userErrors.length > 0) return;
  const { publisher } = context.services;
  const draft = DOMAIN_EVENTS[mutation]?.((args.input ?? {}) as Input, payload, publisher);
  const changed: EventDraft = { kind: 'GRAPH_CHANGED', mutation, by: context.viewer.id };
  publisher.emit(...(draft ? [draft, changed] : [changed]));
}
