/** The newest live events, one line each, linking to what they concern when it has a page. */
import { Link } from 'react-router';
import { dateTime, humanise } from '../format';
import { useLive, type ActivityItem } from './LiveContext';

function subjectPath(item: ActivityItem): string | null {
  if (!item.subjectId) return null;
  let decoded: string;
  try {
    decoded = atob(item.subjectId);
  } catch {
    return null;
  }
  if (decoded.startsWith('Participant:')) return `/participants/${encodeURIComponent(item.subjectId)}`;
  if (decoded.startsWith('Partnership:')) return `/partnerships/${encodeURIComponent(item.subjectId)}`;
  return null;
}

/** Shown once the page had to reload instead of replaying what it missed while away. */
function ReloadNotice() {
  const { reloads } = useLive();
  if (reloads === 0) return null;
  return (
    <p className="muted" data-testid="live-reloaded">
      The connection came back after changes this feed could not replay: the page reloaded its data.
    </p>
  );
}

export function ActivityFeed({ limit = 15 }: { limit?: number }) {
  const { activity } = useLive();
  if (activity.length === 0) {
    return (
      <>
        <ReloadNotice />
        <p className="muted" data-testid="feed-empty">
          Waiting for changes: every mutation (a stage move, an interaction, a value flow, a risk) appears here as it
          happens.
        </p>
      </>
    );
  }
  return (
    <>
      <ReloadNotice />
      <ol className="feed" data-testid="activity-feed" aria-live="polite">
        {activity.slice(0, limit).map((item) => {
          const path = subjectPath(item);
          return (
            <li key={item.eventId} data-kind={item.kind}>
              <time dateTime={item.at}>{dateTime(item.at)}</time>
              <span className="badge">{humanise(item.kind)}</span>{' '}
              {path ? <Link to={path}>{item.summary}</Link> : item.summary}
            </li>
          );
        })}
      </ol>
    </>
  );
}

export function KpiDeltas({ limit = 5 }: { limit?: number }) {
  const { kpiUpdates } = useLive();
  if (kpiUpdates.length === 0) return <p className="muted">No KPI recomputation since this page opened.</p>;
  return (
    <ol className="feed" data-testid="kpi-deltas">
      {kpiUpdates.slice(0, limit).map((update) => (
        <li key={update.eventId}>
          <time dateTime={update.at}>{dateTime(update.at)}</time>
          version {update.previousVersion ?? '–'} → {update.version} ({update.engine}):{' '}
          {update.network.length === 0
            ? 'no network figure changed'
            : update.network
                .map(
                  (change) =>
                    `${change.metric} ${change.before === null || change.before === undefined ? '–' : round(change.before)} → ${round(change.after)}`,
                )
                .join(', ')}
        </li>
      ))}
    </ol>
  );
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
