/**
 * Most central participants, at-risk partnerships with their reasons, value concentration and
 * fragile ties. Names are asked for only when the role's disclosure level is FULL and money only
 * when it may read it (@include), so AGGREGATE roles get counts and scores, not refusals.
 */
import { useQuery, useRefetchOn } from '../../api/use-query';
import type { SignedInViewer } from '../../auth/SessionContext';
import { ParticipantLink, PartnershipLink } from '../../components/links';
import { Provenance } from '../../components/Provenance';
import { Failure, Hidden, Loading } from '../../components/Status';
import { count, decimal, humanise, money, percent } from '../../format';
import { OverviewRankingsDocument } from '../../generated/operations';

const TOP = 10;

function Anonymous({ rank }: { rank: number }) {
  return <span className="muted">participant #{rank} (name hidden)</span>;
}

export function Rankings({ viewer, revision }: { viewer: SignedInViewer; revision: number }) {
  const identities = viewer.disclosure === 'FULL';
  const rankings = useQuery(OverviewRankingsDocument, {
    top: TOP,
    identities,
    sensitive: viewer.canReadSensitive,
  });
  useRefetchOn(revision, rankings.refetch);
  if (rankings.error && !rankings.data) return <Failure error={rankings.error} retry={rankings.refetch} />;
  if (!rankings.data) return <Loading what="rankings" />;
  const { central, atRiskPartnerships, valueConcentration, ecosystem } = rankings.data;
  return (
    <div className="grid" style={{ marginBottom: 16 }}>
      <section className="panel" aria-labelledby="central-title" data-testid="central-panel">
        <h2 id="central-title">Most central participants (brokers, by betweenness)</h2>
        {identities ? null : <Hidden what="Who holds each rank" />}
        <table>
          <thead>
            <tr>
              <th className="num">Rank</th>
              <th>Participant</th>
              <th className="num">Betweenness</th>
            </tr>
          </thead>
          <tbody>
            {central.entries.map((entry) => (
              <tr key={entry.rank}>
                <td className="num">{entry.rank}</td>
                <td>
                  {entry.participant ? (
                    <ParticipantLink id={entry.participant.id} name={entry.participant.name} />
                  ) : (
                    <Anonymous rank={entry.rank} />
                  )}
                </td>
                <td className="num">{decimal(entry.value, 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Provenance provenance={central.provenance} />
      </section>

      <section className="panel" aria-labelledby="risk-title" data-testid="at-risk-panel">
        <h2 id="risk-title">At-risk partnerships ({count(atRiskPartnerships.totalCount)})</h2>
        {identities ? null : <Hidden what="Which partnership each is" />}
        {atRiskPartnerships.partnerships.length === 0 ? (
          <p className="muted">No running partnership shows a warning sign.</p>
        ) : (
          <ul className="feed">
            {atRiskPartnerships.partnerships.map((item, index) => (
              <li key={item.partnership?.id ?? index}>
                {item.partnership ? (
                  <PartnershipLink id={item.partnership.id} name={item.partnership.name} />
                ) : (
                  <span className="muted">partnership #{index + 1}</span>
                )}{' '}
                {item.partnership ? <span className="badge">{humanise(item.partnership.stage)}</span> : null}
                <ul>
                  {item.reasons.map((reason) => (
                    <li key={reason.code} className="muted">
                      {reason.message}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="value-title" data-testid="value-panel">
        <h2 id="value-title">Value concentration</h2>
        {valueConcentration ? (
          <>
            <p>
              Elephant factor <strong data-testid="elephant-factor">{valueConcentration.elephantFactor}</strong>: that
              many participants carry half of the value exchanged. Gini {decimal(valueConcentration.gini)} over{' '}
              {count(valueConcentration.participants)} participants; volume{' '}
              {money(valueConcentration.totalVolume, valueConcentration.currency)}.
            </p>
            {valueConcentration.elephants ? (
              <table>
                <thead>
                  <tr>
                    <th>Participant</th>
                    <th className="num">Share</th>
                    <th className="num">Volume</th>
                  </tr>
                </thead>
                <tbody>
                  {valueConcentration.elephants.map((elephant) => (
                    <tr key={elephant.participant.id}>
                      <td>
                        <ParticipantLink id={elephant.participant.id} name={elephant.participant.name} />
                      </td>
                      <td className="num">{percent(elephant.share)}</td>
                      <td className="num">{money(elephant.volume, valueConcentration.currency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Hidden what="Who the elephants are" />
            )}
          </>
        ) : (
          <Hidden what="Value exchanged (money)" />
        )}
      </section>

      <section className="panel" aria-labelledby="fragile-title" data-testid="fragile-panel">
        <h2 id="fragile-title">Bridges and single points of failure</h2>
        <p>
          {count(ecosystem.health.bridgeCount)} ties would split the network if lost;{' '}
          {count(ecosystem.health.singlePointsOfFailure.length)} participants listed below hold parts of it together.
        </p>
        {identities ? null : <Hidden what="Who they are" />}
        <h3 style={{ fontSize: '0.95rem' }}>Single points of failure</h3>
        <table>
          <thead>
            <tr>
              <th>Participant</th>
              <th className="num">Would cut off</th>
            </tr>
          </thead>
          <tbody>
            {ecosystem.health.singlePointsOfFailure.map((point, index) => (
              <tr key={point.participant?.id ?? index}>
                <td>
                  {point.participant ? (
                    <ParticipantLink id={point.participant.id} name={point.participant.name} />
                  ) : (
                    <Anonymous rank={index + 1} />
                  )}
                </td>
                <td className="num">{count(point.cutOff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 style={{ fontSize: '0.95rem' }}>Bridges</h3>
        <table>
          <thead>
            <tr>
              <th>Tie</th>
              <th className="num">Shared partnerships</th>
              <th className="num">Cuts off</th>
            </tr>
          </thead>
          <tbody>
            {ecosystem.health.bridges.map((bridge, index) => (
              <tr key={bridge.participants?.map((participant) => participant.id).join('-') ?? index}>
                <td>
                  {bridge.participants ? (
                    <>
                      <ParticipantLink id={bridge.participants[0].id} name={bridge.participants[0].name} /> —{' '}
                      <ParticipantLink id={bridge.participants[1].id} name={bridge.participants[1].name} />
                    </>
                  ) : (
                    <span className="muted">tie #{index + 1}</span>
                  )}
                </td>
                <td className="num">{bridge.weight}</td>
                <td className="num">{count(bridge.smallerSide)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
