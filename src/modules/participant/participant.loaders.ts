/**
 * Per-request DataLoaders for participant hops. Loaders with arguments (page size, stage
 * filter) are kept per distinct argument set, so siblings asking the same page batch together.
 */
import DataLoader from 'dataloader';
import { decodeCursor, type Keyset } from '../../core/connection';
import type { ParticipantRepository, PartyPage } from './participant.repository';
import type { ParticipantRecord } from './participant.type';

export interface PartnershipsPageKey {
  stages: string[] | null;
  limit: number;
  after: string | null;
}

export class ParticipantLoaders {
  readonly byId: DataLoader<string, ParticipantRecord | undefined>;
  private readonly partnershipPages = new Map<string, DataLoader<string, PartyPage>>();

  constructor(private readonly repository: ParticipantRepository) {
    this.byId = new DataLoader((ids) => repository.byIds(ids), { maxBatchSize: 1000 });
  }

  /** The loader of partnership pages for one argument set (participant id → page). */
  partnerships(key: PartnershipsPageKey): DataLoader<string, PartyPage> {
    const cacheKey = JSON.stringify(key);
    let loader = this.partnershipPages.get(cacheKey);
    if (!loader) {
      const after: Keyset | null = key.after ? decodeCursor(key.after) : null;
      loader = new DataLoader(
        (participantIds) => this.repository.partnershipsOf(participantIds, key.stages, key.limit, after),
        { maxBatchSize: 1000 },
      );
      this.partnershipPages.set(cacheKey, loader);
    }
    return loader;
  }
}
