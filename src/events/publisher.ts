/**
 * Publishes domain events after their write committed. Fire-and-forget from the mutation's
 * point of view: the change is already acknowledged, so a failing notification is logged, not
 * turned into a failed mutation. What the event needs from the graph (the new version, new
 * engagement scores) is read here once, not per subscriber.
 */
import crypto from 'node:crypto';
import { participantEngagement } from '../kpi/engagement/engagement.queries';
import { DEFAULT_ENGAGEMENT } from '../kpi/engagement/settings';
import { toGlobalId } from '../core/global-id';
import type { Clock } from '../core/clock';
import { resolveWindow } from '../core/window';
import type { Gateway } from '../db/gateway';
import type { Logger } from '../observability/logger';
import { engagementFromRow } from '../kpi/engagement/engagement.row';
import type { EventBus } from './bus';
import type { EcosystemEvent, EngagementChange } from './events';

type Unstamped<E> = E extends EcosystemEvent ? Omit<E, 'id' | 'at' | 'version'> : never;
export type EventDraft = Unstamped<EcosystemEvent>;

/** An interaction's event before the publisher read the new engagement of its participants. */
export type InteractionRecordedIntent = Omit<Extract<EventDraft, { kind: 'INTERACTION_RECORDED' }>, 'engagement'> & {
  /** Database ids of the participants whose engagement the event reports. */
  engagementOf: readonly string[];
};

/** What a service returns as the events it caused: drafts, or intents the publisher completes. */
export type EventIntent = Exclude<EventDraft, { kind: 'INTERACTION_RECORDED' }> | InteractionRecordedIntent;

export class EventPublisher {
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly bus: EventBus,
    private readonly gateway: Gateway,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  /**
   * Stamps (id, time, graph version) and publishes in the background, in the order given; the
   * events of one mutation share one read of the version.
   */
  emit(...intents: EventIntent[]): void {
    const work = (async () => {
      const bodies = await Promise.all(intents.map((intent) => this.complete(intent)));
      const version = await this.gateway.graphVersion();
      const at = new Date().toISOString();
      for (const body of bodies) {
        await this.bus.publish({ ...body, id: crypto.randomUUID(), at, version } as EcosystemEvent);
      }
    })().catch((error: unknown) => this.logger.warn({ err: error }, 'event not published'));
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async complete(intent: EventIntent): Promise<EventDraft> {
    if (!('engagementOf' in intent)) return intent;
    const { engagementOf, ...draft } = intent;
    return { ...draft, engagement: await this.engagementOf(engagementOf) };
  }

  /** New engagement (default window) of participants, by database id. */
  async engagementOf(participantKeys: readonly string[]): Promise<EngagementChange[]> {
    const window = resolveWindow(null, this.clock());
    const rows = await this.gateway.readRows(participantEngagement(participantKeys, window, DEFAULT_ENGAGEMENT));
    return rows.map((row) => {
      const figures = engagementFromRow(row);
      return { participantId: toGlobalId('Participant', String(row.id)), score: figures.score, trend: figures.trend };
    });
  }

  /** Waits for events still being published (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
