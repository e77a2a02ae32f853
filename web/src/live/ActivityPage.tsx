/** `/activity`: the live feed and the KPI recomputations, as they arrive. */
import { ActivityFeed, KpiDeltas } from './ActivityFeed';

export function ActivityPage() {
  return (
    <div className="grid">
      <section className="panel" aria-labelledby="activity-title">
        <h1 id="activity-title">Activity</h1>
        <ActivityFeed limit={200} />
      </section>
      <section className="panel" aria-labelledby="deltas-title">
        <h2 id="deltas-title">KPI recomputations</h2>
        <KpiDeltas limit={50} />
      </section>
    </div>
  );
}
