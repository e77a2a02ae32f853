/**
 * Live events over graphql-ws. Filtering happens here, on the server: a subscriber receives only
 * what matches its arguments. Each resolver returns a source stream (graphql/event-stream);
 * the multiplexer shares its execution between subscribers with the same operation.
 */
import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { BadRequestError } from '../../core/errors';
import { expectGlobalId } from '../../core/global-id';
import { loadNode } from '../../graphql/resolve';
import { requestNow, type RequestContext } from '../../context/context';
import type { DomainEvent, EcosystemEvent, EventOf } from '../../events/events';
import { hasChanges, networkChanges, participantDiff, type ParticipantDiff } from '../../events/kpi-diff';
import { latestVersionOf, type KpiSnapshot } from '../../kpi/kpi-cache';
import { PARTNERSHIP_PARTIES } from '../../model/hops';
import { eventStream } from '../../graphql/event-stream';
import type { CentralityMetricName } from '../analytics/analytics.types';
import { PARTICIPANT_NODE } from '../participant/participant.type';
import { activityOf } from './activity';
import {
  ActivityEvent,
  EngagementUpdate,
  EventKindName,
  GoalProgressEvent,
  KpiScope,
  KpiUpdate,
  ParticipantKpiChanges,
  RiskRaisedEvent,
  StageChangeEvent,
} from './subscription.types';
import { moneyWhen, withBasis } from '../../auth/derivation';
import { GoalMetric } from '../goal/goal.enums';

type Data<A> = SubscribeResolverData<unknown, A, RequestContext>;

const stamp = (event: DomainEvent) => ({
  eventId: event.id,
  at: new Date(event.at),
  version: event.version,
  sequence: event.sequence,
});

const AFTER = {
  nullable: true,
  description:
    'Resume: first the events after this `sequence` (the last one you received), then live ones, with no gap and no duplicate. Too far back (the resume window): error RESUME_WINDOW_EXCEEDED, reload instead.',
};

/** The replay of a resumed subscription, its resume point checked first (a typed error, before the stream). */
async function resumeFrom(ctx: RequestContext, after: number | null | undefined) {
  if (after === null || after === undefined) return undefined;
  const outbox = ctx.services.outbox;
  await outbox.checkResume(after, requestNow(ctx));
  return { after, replay: (from: number) => outbox.replay(from) };
}

const optionalKey = (id: string | null | undefined, type: string) => (id ? expectGlobalId(id, type) : undefined);

function only<K extends EcosystemEvent['kind']>(kind: K, event: EcosystemEvent): EventOf<K> | undefined {
  return event.kind === kind ? (event as EventOf<K>) : undefined;
}

interface EngagementArgs {
  participantId?: string | null;
  partnershipId?: string | null;
  after?: number | null;
}

async function engagementStream({ args, context }: Data<EngagementArgs>) {
  optionalKey(args.participantId, 'Participant');
  optionalKey(args.partnershipId, 'Partnership');
  return eventStream(context, {
    sources: [context.services.events.subscribe.bind(context.services.events)],
    resume: await resumeFrom(context, args.after),
    select: (event) => {
      const recorded = only('INTERACTION_RECORDED', event);
      if (!recorded) return undefined;
      if (args.partnershipId && recorded.partnershipId !== args.partnershipId) return undefined;
      const engagement = args.participantId
        ? recorded.engagement.filter((change) => change.participantId === args.participantId)
        : recorded.engagement;
      if (args.participantId && engagement.length === 0) return undefined;
      return Object.assign(new EngagementUpdate(), { ...stamp(recorded), ...recorded, engagement });
    },
  });
}

interface KpiArgs {
  scope: KpiScope;
  id?: string | null;
  rankThreshold: number;
  initial: boolean;
}

/** Participant keys a KPI subscription watches (none for the ecosystem). */
async function watchedKeys(ctx: RequestContext, args: KpiArgs): Promise<string[]> {
  if (args.scope === KpiScope.ECOSYSTEM) return [];
  if (args.scope === KpiScope.PARTICIPANT) return [expectGlobalId(args.id as string, 'Participant')];
  const key = expectGlobalId(args.id as string, 'Partnership');
  const [page] = await ctx.reader.hop(PARTNERSHIP_PARTIES, [key], { order: 'NAME', direction: 'ASC', limit: 1_000 });
  return page.items.map((item) => String(item.node.id));
}

async function kpiUpdate(
  ctx: RequestContext,
  args: KpiArgs,
  after: KpiSnapshot,
  before: KpiSnapshot | undefined,
  initial: { stale: boolean } | undefined,
): Promise<KpiUpdate | undefined> {
  const update = Object.assign(new KpiUpdate(), {
    eventId: `${initial ? 'initial' : 'kpis'}-${latestVersionOf(after)}-${after.revision}-${after.computedAt.getTime()}`,
    stale: initial ? initial.stale : null,
    at: after.computedAt,
    version: latestVersionOf(after),
    fullVersion: after.version,
    scope: args.scope,
    subjectId: args.id ?? null,
    previousVersion: before ? latestVersionOf(before) : null,
    engine: after.analytics.engine,
    initial: initial !== undefined,
    network:
      args.scope === KpiScope.ECOSYSTEM ? networkChanges(before?.analytics.network, after.analytics.network) : [],
    participants: [] as ParticipantKpiChanges[],
  });
  if (args.scope === KpiScope.ECOSYSTEM) return update;
  const diffs = (await watchedKeys(ctx, args))
    .map((key) => participantDiff(before?.analytics, after.analytics, key, args.rankThreshold))
    .filter((diff): diff is ParticipantDiff => diff !== undefined && (initial !== undefined || hasChanges(diff)));
  if (diffs.length === 0) return undefined;
  const participants = await Promise.all(diffs.map((diff) => participantChanges(ctx, diff)));
  update.participants = participants.filter((one): one is ParticipantKpiChanges => one !== undefined);
  return update.participants.length > 0 ? update : undefined;
}

async function participantChanges(
  ctx: RequestContext,
  diff: ParticipantDiff,
): Promise<ParticipantKpiChanges | undefined> {
  const participant = await loadNode(ctx, null, PARTICIPANT_NODE, diff.participantKey);
  if (!participant) return undefined;
  return Object.assign(new ParticipantKpiChanges(), {
    participant,
    changes: diff.changes,
    rankChanges: diff.rankChanges.map((change) => ({ ...change, metric: change.metric as CentralityMetricName })),
    communityMove: diff.communityMove,
  });
}

function kpiStream({ args, context }: Data<KpiArgs>) {
  if (args.scope === KpiScope.ECOSYSTEM && args.id) throw new BadRequestError('scope ECOSYSTEM takes no "id"');
  if (args.scope !== KpiScope.ECOSYSTEM && !args.id) {
    throw new BadRequestError(`scope ${args.scope} needs the "id" of the ${args.scope.toLowerCase()} to watch`);
  }
  if (!Number.isInteger(args.rankThreshold) || args.rankThreshold < 1) {
    throw new BadRequestError(`"rankThreshold" must be a whole number ≥ 1 (got ${args.rankThreshold})`);
  }
  const feed = context.services.kpiFeed;
  // The newest KPI snapshot (revision) this subscriber has: a computation that finished while
  // the initial value waited for it is that value, and is not sent again as an update.
  let newest = -1;
  return eventStream(context, {
    sources: [feed.watch.bind(feed)],
    initial: args.initial
      ? async () => {
          const read = await feed.latest();
          newest = read.revision;
          return kpiUpdate(context, args, read, undefined, { stale: read.stale });
        }
      : undefined,
    select: async (event) => {
      const updated = only('KPIS_UPDATED', event);
      if (!updated || updated.revision <= newest) return undefined;
      const pair = feed.pair(updated.revision);
      if (!pair) return undefined;
      newest = updated.revision;
      return kpiUpdate(context, args, pair.after, pair.before, undefined);
    },
  });
}

async function kindStream<K extends DomainEvent['kind'], T>(
  context: RequestContext,
  after: number | null | undefined,
  kind: K,
  matches: (event: EventOf<K>) => boolean,
  build: (event: EventOf<K>) => T,
) {
  return eventStream(context, {
    sources: [context.services.events.subscribe.bind(context.services.events)],
    resume: await resumeFrom(context, after),
    select: (event) => {
      const typed = only(kind, event);
      return typed && matches(typed) ? build(typed) : undefined;
    },
  });
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => EngagementUpdate, {
    description:
      'Every recorded interaction, with the new engagement score of each participant involved. Filter by participant and/or partnership.',
    subscribe: (data) => engagementStream(data as Data<EngagementArgs>),
  })
  engagementUpdated(
    @Root() update: EngagementUpdate,
    @Arg('participantId', () => ID, { nullable: true }) _participantId: string | null,
    @Arg('partnershipId', () => ID, { nullable: true }) _partnershipId: string | null,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): EngagementUpdate {
    return update;
  }

  @Subscription(() => KpiUpdate, {
    description:
      'New KPI values after each debounced recomputation, with what changed. PARTICIPANT/PARTNERSHIP updates come only when something about them changed.',
    subscribe: (data) => kpiStream(data as Data<KpiArgs>),
  })
  kpisUpdated(
    @Root() update: KpiUpdate,
    @Arg('scope', () => KpiScope) _scope: KpiScope,
    @Arg('id', () => ID, { nullable: true, description: 'The participant or partnership (not for ECOSYSTEM).' })
    _id: string | null,
    @Arg('rankThreshold', () => Int, {
      defaultValue: 1,
      description: 'Report a rank change only when the rank moved by at least this much.',
    })
    _rankThreshold: number,
    @Arg('initial', () => Boolean, {
      defaultValue: false,
      description: 'Send the current values first (then changes).',
    })
    _initial: boolean,
  ): KpiUpdate {
    return update;
  }

  @Subscription(() => StageChangeEvent, {
    description: 'Lifecycle moves, of one partnership or of all.',
    subscribe: ({ args, context }: Data<{ partnershipId?: string | null; after?: number | null }>) => {
      optionalKey(args.partnershipId, 'Partnership');
      return kindStream(
        context,
        args.after,
        'PARTNERSHIP_STAGE_CHANGED',
        (event) => !args.partnershipId || event.partnershipId === args.partnershipId,
        (event) => Object.assign(new StageChangeEvent(), { ...event, ...stamp(event) }),
      );
    },
  })
  partnershipStageChanged(
    @Root() event: StageChangeEvent,
    @Arg('partnershipId', () => ID, { nullable: true }) _partnershipId: string | null,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): StageChangeEvent {
    return event;
  }

  @Subscription(() => RiskRaisedEvent, {
    description: 'Risks raised, about one partnership or any.',
    subscribe: ({ args, context }: Data<{ partnershipId?: string | null; after?: number | null }>) => {
      optionalKey(args.partnershipId, 'Partnership');
      return kindStream(
        context,
        args.after,
        'RISK_RAISED',
        (event) => !args.partnershipId || event.partnershipId === args.partnershipId,
        (event) => Object.assign(new RiskRaisedEvent(), { ...event, ...stamp(event) }),
      );
    },
  })
  riskRaised(
    @Root() event: RiskRaisedEvent,
    @Arg('partnershipId', () => ID, { nullable: true }) _partnershipId: string | null,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): RiskRaisedEvent {
    return event;
  }

  @Subscription(() => GoalProgressEvent, {
    description: 'Progress measurements, of one goal or of all.',
    subscribe: ({ args, context }: Data<{ goalId?: string | null; after?: number | null }>) => {
      optionalKey(args.goalId, 'Goal');
      return kindStream(
        context,
        args.after,
        'GOAL_PROGRESSED',
        (event) => !args.goalId || event.goalId === args.goalId,
        // Its figures are in the unit of the goal (an event without a metric: treated as money).
        (event) =>
          withBasis(
            Object.assign(new GoalProgressEvent(), { ...event, ...stamp(event) }),
            event.metric === undefined ? ['MONEY'] : moneyWhen(event.metric === GoalMetric.VALUE),
          ),
      );
    },
  })
  goalProgressed(
    @Root() event: GoalProgressEvent,
    @Arg('goalId', () => ID, { nullable: true }) _goalId: string | null,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): GoalProgressEvent {
    return event;
  }

  @Subscription(() => ActivityEvent, {
    description: 'One feed of everything, for activity panels; `kinds` narrows it (default: all).',
    subscribe: async ({ args, context }: Data<{ kinds?: EventKindName[] | null; after?: number | null }>) => {
      const kinds = new Set<string>(args.kinds ?? Object.values(EventKindName));
      const { events, kpiFeed, policy } = context.services;
      // Risks are sensitive: callers who may not read them do not see them in the feed either.
      if (!policy.can(context.viewer, 'read:sensitive')) kinds.delete(EventKindName.RISK_RAISED);
      const sources = [events.subscribe.bind(events)];
      // Watching KPIs keeps them recomputed: only when asked for.
      if (kinds.has(EventKindName.KPIS_UPDATED)) sources.push(kpiFeed.watch.bind(kpiFeed));
      return eventStream(context, {
        sources,
        resume: await resumeFrom(context, args.after),
        select: (event) => (kinds.has(event.kind) ? Object.assign(new ActivityEvent(), activityOf(event)) : undefined),
      });
    },
  })
  ecosystemEvents(
    @Root() event: ActivityEvent,
    @Arg('kinds', () => [EventKindName], { nullable: true }) _kinds: EventKindName[] | null,
    @Arg('after', () => Int, AFTER) _after: number | null,
  ): ActivityEvent {
    return event;
  }
}
