/**
 * This participant's KPI changes as they are recomputed (`kpisUpdated(scope: PARTICIPANT)`):
 * which figures moved and which ranks changed, newest first, while the page is open.
 */
import { useCallback, useState } from 'react';
import { useSubscription } from '../../api/live';
import { dateTime, humanise } from '../../format';
import { ParticipantKpisDocument, type ParticipantKpisSubscription } from '../../generated/operations';

type Update = ParticipantKpisSubscription['kpisUpdated'];

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(4);

export function LiveRankChanges({ id }: { id: string }) {
  const [updates, setUpdates] = useState<Update[]>([]);
  const onData = useCallback((data: ParticipantKpisSubscription) => {
    setUpdates((previous) => [data.kpisUpdated, ...previous].slice(0, 20));
  }, []);
  useSubscription(ParticipantKpisDocument, { id }, onData);
  return (
    <section className="panel" aria-labelledby="rank-changes-title" data-testid="rank-changes">
      <h2 id="rank-changes-title">Live KPI changes</h2>
      {updates.length === 0 ? (
        <p className="muted">No recomputation has changed this participant's figures since the page opened.</p>
      ) : (
        <ol className="feed">
          {updates.map((update) => (
            <li key={update.eventId}>
              <time dateTime={update.at}>{dateTime(update.at)}</time> graph version {update.version}:{' '}
              {update.participants
                .flatMap((entry) => [
                  ...entry.rankChanges.map(
                    (change) => `${humanise(change.metric)} rank ${change.before ?? '–'} → ${change.after}`,
                  ),
                  ...entry.changes.map((change) => `${change.metric} ${round(change.before)} → ${round(change.after)}`),
                ])
                .join('; ') || 'no figure changed'}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
