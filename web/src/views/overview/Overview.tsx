/**
 * `/`: the ecosystem at a glance. Health score with its parts and raw figures (and where they
 * come from), charts (lazy chunk), rankings, risks, value concentration, fragile ties, and the
 * live feed. Refetches when the live feed reports a change.
 */
import { lazy, Suspense } from 'react';
import { useQuery, useRefetchOn } from '../../api/use-query';
import { useViewer } from '../../auth/SessionContext';
import { Kpi } from '../../components/Kpi';
import { Provenance } from '../../components/Provenance';
import { Empty, Failure, Loading } from '../../components/Status';
import { count, day, decimal, percent, trend } from '../../format';
import { OverviewHealthDocument, type OverviewHealthQuery } from '../../generated/operations';
import { ActivityFeed, KpiDeltas } from '../../live/ActivityFeed';
import { useLive } from '../../live/LiveContext';
import { HEALTH_PART_LABELS } from './health';
import { Rankings } from './Rankings';

const OverviewCharts = lazy(() => import('./OverviewCharts').then((module) => ({ default: module.OverviewCharts })));

type Health = OverviewHealthQuery['ecosystem']['health'];
type Engagement = OverviewHealthQuery['ecosystem']['engagement'];

function HealthScore({ health }: { health: Health }) {
  return (
    <section className="panel" aria-labelledby="health-title" data-testid="health-panel">
      <h2 id="health-title">Network health</h2>
      <div className="score" data-testid="health-score" aria-label={`Health score ${health.score.toFixed(1)} of 100`}>
        {health.score.toFixed(1)}
        <span className="muted" style={{ fontSize: '1rem' }}>
          {' '}
          / 100
        </span>
      </div>
      <table aria-label="How the health score is made">
        <thead>
          <tr>
            <th>Part</th>
            <th className="num">Value</th>
            <th className="num">Weight</th>
            <th className="num">Points</th>
          </tr>
        </thead>
        <tbody>
          {health.contributions.map((part) => (
            <tr key={part.part} data-part={part.part}>
              <td>{HEALTH_PART_LABELS[part.part]}</td>
              <td className="num">{decimal(part.value)}</td>
              <td className="num">{decimal(part.weight, 2)}</td>
              <td className="num">{part.points.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Provenance provenance={health.provenance} />
    </section>
  );
}

function RawFigures({ health, engagement }: { health: Health; engagement: Engagement }) {
  return (
    <section className="panel" aria-labelledby="figures-title">
      <h2 id="figures-title">Raw figures</h2>
      <div className="kpis">
        <Kpi name="participants" label="Participants" value={count(health.participants)} />
        <Kpi
          name="ties"
          label="Ties"
          value={count(health.ties)}
          detail={`avg degree ${decimal(health.averageDegree, 2)}`}
        />
        <Kpi name="density" label="Density" value={decimal(health.density, 4)} />
        <Kpi
          name="clustering"
          label="Clustering"
          value={decimal(health.averageClustering)}
          detail={`transitivity ${decimal(health.transitivity)}`}
        />
        <Kpi
          name="components"
          label="Components"
          value={count(health.components)}
          detail={`largest holds ${percent(health.largestComponentShare)}`}
        />
        <Kpi
          name="modularity"
          label="Modularity"
          value={decimal(health.modularity)}
          detail={`${count(health.communities)} communities`}
        />
        <Kpi name="resilience" label="Resilience" value={decimal(health.resilience)} />
        <Kpi name="diversity" label="Diversity" value={decimal(health.diversity)} />
        <Kpi
          name="growth"
          label="Growth (participants)"
          value={percent(health.growth.participants)}
          detail={`${count(health.growth.newParticipants)} new on ${count(health.growth.participantsAtStart)}; partnerships ${percent(health.growth.partnerships)}`}
        />
        <Kpi
          name="churn"
          label="Churn"
          value={percent(health.churn)}
          detail={`${count(health.terminatedPartnerships)} terminated of ${count(health.partnershipsActiveAtStart)}`}
        />
        <Kpi
          name="active-share"
          label="Active share"
          value={percent(health.activeShare)}
          detail={`${count(health.activeParticipants)} active`}
        />
        <Kpi name="engagement-trend" label="Engagement trend" value={trend(health.engagementTrend)} />
        <Kpi
          name="retention"
          label="Retention"
          value={percent(engagement.retention)}
          detail={`${count(engagement.retained)} of ${count(engagement.previouslyActive)}; ${count(engagement.newParticipants)} new, ${count(engagement.returningParticipants)} returning`}
        />
        <Kpi name="bridges" label="Bridges" value={count(health.bridgeCount)} />
      </div>
    </section>
  );
}

export function Overview() {
  const viewer = useViewer();
  const { revision } = useLive();
  const health = useQuery(OverviewHealthDocument, { window: null });
  useRefetchOn(revision, health.refetch);

  if (health.error && !health.data) return <Failure error={health.error} retry={health.refetch} />;
  if (!health.data) return <Loading what="ecosystem health" />;
  const { ecosystem } = health.data;
  if (ecosystem.health.participants === 0) {
    return (
      <Empty>
        <h1>The ecosystem is empty</h1>
        <p>There are no participants yet, so there is nothing to measure. To start:</p>
        <ul>
          <li>
            import your own from CSV files (one per kind; try the example first):{' '}
            <code>npx ecograph import graph/examples/ai-ecosystem</code> — see <code>docs/import.md</code>, or
          </li>
          <li>
            load the demo ecosystem: <code>npm run seed -- --size small</code> (or restart <code>npm start</code> on an
            empty database, which seeds it), or
          </li>
          <li>
            add participants and partnerships through the API (<code>participantCreate</code>,{' '}
            <code>partnershipCreate</code>) — for example in the query editor.
          </li>
        </ul>
      </Empty>
    );
  }
  return (
    <div>
      <h1>
        Ecosystem overview{' '}
        <span className="muted" style={{ fontSize: '0.9rem', fontWeight: 400 }}>
          {day(ecosystem.window.from)} → {day(ecosystem.window.to)} ({Math.round(ecosystem.window.days)} days)
        </span>
      </h1>
      <div className="grid">
        <HealthScore health={ecosystem.health} />
        <RawFigures health={ecosystem.health} engagement={ecosystem.engagement} />
      </div>
      <Suspense fallback={<Loading what="charts" />}>
        <OverviewCharts canReadSensitive={viewer.canReadSensitive} revision={revision} />
      </Suspense>
      <Rankings viewer={viewer} revision={revision} />
      <div className="grid">
        <section className="panel" aria-labelledby="feed-title">
          <h2 id="feed-title">Live activity</h2>
          <ActivityFeed />
        </section>
        <section className="panel" aria-labelledby="kpi-deltas-title">
          <h2 id="kpi-deltas-title">KPI changes</h2>
          <KpiDeltas />
        </section>
      </div>
    </div>
  );
}
