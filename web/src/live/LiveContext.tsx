/**
 * The live feed of the signed-in page: every activity event and every ecosystem KPI update
 * from graphql-ws, kept (newest first, bounded) for the feed and the KPI deltas, and a
 * `revision` number views use to refetch what the change may have touched, without reload.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSubscription } from '../api/live';
import {
  LiveActivityDocument,
  LiveEcosystemKpisDocument,
  type LiveActivitySubscription,
  type LiveEcosystemKpisSubscription,
} from '../generated/operations';

export type ActivityItem = LiveActivitySubscription['ecosystemEvents'];
export type KpiUpdateItem = LiveEcosystemKpisSubscription['kpisUpdated'];

const KEEP = 200;

interface LiveData {
  activity: ActivityItem[];
  kpiUpdates: KpiUpdateItem[];
  /** Bumped by every event: a view that depends on the data refetches when it changes. */
  revision: number;
  /** Bumped by KPI recomputations only (the KPI cache has new values). */
  kpiRevision: number;
  /** Times the page reloaded its data because changes made while it was away could not be replayed. */
  reloads: number;
}

const LiveContext = createContext<LiveData>({ activity: [], kpiUpdates: [], revision: 0, kpiRevision: 0, reloads: 0 });

export function LiveProvider({ children }: { children: ReactNode }) {
  const [activity, setActivity] = useState<ActivityItem[]>([]);
  const [kpiUpdates, setKpiUpdates] = useState<KpiUpdateItem[]>([]);
  const [revision, setRevision] = useState(0);
  const [kpiRevision, setKpiRevision] = useState(0);
  const [reloads, setReloads] = useState(0);

  const onActivity = useCallback((data: LiveActivitySubscription) => {
    const event = data.ecosystemEvents;
    setActivity((previous) =>
      previous.some((item) => item.eventId === event.eventId) ? previous : [event, ...previous].slice(0, KEEP),
    );
    setRevision((value) => value + 1);
  }, []);
  const onKpis = useCallback((data: LiveEcosystemKpisSubscription) => {
    setKpiUpdates((previous) => [data.kpisUpdated, ...previous].slice(0, KEEP));
    setKpiRevision((value) => value + 1);
    setRevision((value) => value + 1);
  }, []);

  // Missed changes that cannot be replayed: every view refetches (revision), KPIs included.
  const onMissed = useCallback(() => {
    setReloads((value) => value + 1);
    setKpiRevision((value) => value + 1);
    setRevision((value) => value + 1);
  }, []);
  // After a reconnect the feed resumes from the last event it showed (no gap, no duplicate).
  useSubscription(LiveActivityDocument, {}, onActivity, {
    resume: { sequenceOf: (data) => data.ecosystemEvents.sequence, onMissed },
  });
  useSubscription(LiveEcosystemKpisDocument, {}, onKpis);

  const value = useMemo(
    () => ({ activity, kpiUpdates, revision, kpiRevision, reloads }),
    [activity, kpiUpdates, revision, kpiRevision, reloads],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveData {
  return useContext(LiveContext);
}
