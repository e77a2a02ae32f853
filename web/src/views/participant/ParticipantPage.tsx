/**
 * `/participants/:id`: one participant. Centralities with their rank among all participants,
 * engagement with its trend and a 24-month sparkline, partnerships with their scorecards,
 * recommended partners explained by shared neighbours, value flows and initiatives. Money and
 * names behind analytics are asked for only when the role may see them.
 */
import { Link, useParams } from 'react-router';
import { useQuery, useRefetchOn } from '../../api/use-query';
import { useViewer } from '../../auth/SessionContext';
import { Kpi } from '../../components/Kpi';
import { InitiativeLine, ValueFlowsPanel } from '../../components/PageBlocks';
import { ParticipantLink, PartnershipLink } from '../../components/links';
import { Provenance } from '../../components/Provenance';
import { Sparkline } from '../../components/Sparkline';
import { Empty, Failure, Hidden, Loading } from '../../components/Status';
import { count, day, decimal, humanise, money, trend } from '../../format';
import { ParticipantPageDocument, type ParticipantPageQuery } from '../../generated/operations';
import { useLive } from '../../live/LiveContext';
import { LiveRankChanges } from './LiveRankChanges';

type Participant = NonNullable<ParticipantPageQuery['participant']>;
type Metrics = NonNullable<Participant['metrics']>;

const CENTRALITIES: Array<[string, keyof Metrics, keyof Metrics, number]> = [
  ['Degree (partners)', 'degree', 'degreeRank', 0],
  ['Weighted degree', 'weightedDegree', 'weightedDegreeRank', 0],
  ['Betweenness', 'betweenness', 'betweennessRank', 4],
  ['Closeness', 'closeness', 'closenessRank', 4],
  ['Eigenvector', 'eigenvector', 'eigenvectorRank', 4],
  ['PageRank', 'pageRank', 'pageRankRank', 5],
];

function MetricsPanel({ metrics, identities }: { metrics: Participant['metrics']; identities: boolean }) {
  if (!identities) {
    // AGGREGATE disclosure: analytics about a named participant are not served (docs/security.md).
    return (
      <section className="panel" aria-labelledby="metrics-title" data-testid="participant-metrics">
        <h2 id="metrics-title">Network position</h2>
        <Hidden what="The network position of a named participant" />
      </section>
    );
  }
  if (!metrics) {
    return (
      <section className="panel">
        <h2>Network position</h2>
        <p className="muted">An exited participant has no place in the collaboration graph.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="metrics-title" data-testid="participant-metrics">
      <h2 id="metrics-title">Network position</h2>
      <div className="kpis">
        {CENTRALITIES.map(([label, field, rankField, digits]) => (
          <Kpi
            key={field}
            name={field}
            label={label}
            value={digits === 0 ? decimal(metrics[field] as number, 0) : decimal(metrics[field] as number, digits)}
            detail={`rank ${metrics[rankField] ?? '–'}`}
          />
        ))}
        <Kpi name="community" label="Community" value={String(metrics.community)} />
      </div>
      <Provenance provenance={metrics.provenance} />
    </section>
  );
}

function PartnershipsPanel({ participant, sensitive }: { participant: Participant; sensitive: boolean }) {
  const edges = participant.partnerships.edges;
  return (
    <section className="panel" aria-labelledby="partnerships-title">
      <h2 id="partnerships-title">Partnerships ({count(participant.partnerships.totalCount)})</h2>
      {edges.length === 0 ? (
        <p className="muted">No partnerships yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Partnership</th>
              <th>Role</th>
              <th>Stage</th>
              <th className="num">Engagement</th>
              <th className="num">Satisfaction</th>
              <th className="num">Goals met</th>
              {sensitive ? <th className="num">Value</th> : null}
              {sensitive ? <th className="num">ROI</th> : null}
              {sensitive ? <th>Risk flags</th> : null}
            </tr>
          </thead>
          <tbody>
            {edges.map(({ role, node }) => {
              const card = node.scorecard;
              return (
                <tr key={node.id}>
                  <td>
                    <PartnershipLink id={node.id} name={node.name} />
                  </td>
                  <td>{humanise(role)}</td>
                  <td>
                    {humanise(node.stage)}
                    {card?.daysInStage.days != null ? (
                      <span className="muted"> ({Math.round(card.daysInStage.days)} d)</span>
                    ) : null}
                  </td>
                  <td className="num">
                    {decimal(card?.engagement?.score, 1)}{' '}
                    <span className="muted">{trend(card?.engagement?.trend)}</span>
                  </td>
                  <td className="num">
                    {decimal(card?.satisfaction.mean, 1)}{' '}
                    <span className="muted">({card?.satisfaction.respondents ?? 0})</span>
                  </td>
                  <td className="num">{card ? `${card.performance.met}/${card.performance.due}` : '–'}</td>
                  {sensitive ? (
                    <td className="num" data-testid="money">
                      {money(card?.value?.amount, card?.value?.currency)}
                    </td>
                  ) : null}
                  {sensitive ? <td className="num">{decimal(card?.roi?.ratio, 2)}</td> : null}
                  {sensitive ? (
                    <td>
                      {(card?.riskFlags ?? []).map((flag) => (
                        <span key={flag.kind} className="badge bad" title={flag.message}>
                          {humanise(flag.kind)}
                        </span>
                      ))}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {sensitive ? null : <Hidden what="Value, ROI and risk flags" />}
    </section>
  );
}

function RecommendationsPanel({
  recommendations,
  identities,
}: {
  recommendations: ParticipantPageQuery['recommendPartners'];
  identities: boolean;
}) {
  return (
    <section className="panel" aria-labelledby="recommend-title" data-testid="recommendations">
      <h2 id="recommend-title">Recommended partners</h2>
      <p className="muted">
        Not partners yet, ranked by shared partners (Adamic–Adar: well-connected hubs count less).
      </p>
      {identities ? null : <Hidden what="Who they are" />}
      {recommendations.length === 0 ? (
        <p className="muted">No recommendation: no partner of a partner is free to meet.</p>
      ) : (
        <ol>
          {recommendations.map((recommendation, index) => (
            <li key={recommendation.participant?.id ?? index}>
              {recommendation.participant ? (
                <ParticipantLink id={recommendation.participant.id} name={recommendation.participant.name} />
              ) : (
                <span className="muted">candidate #{index + 1}</span>
              )}{' '}
              <span className="muted">score {decimal(recommendation.score, 2)}, via </span>
              {recommendation.sharedNeighbours.map((neighbour, neighbourIndex) => (
                <span key={neighbour.participant?.id ?? neighbourIndex}>
                  {neighbourIndex > 0 ? ', ' : ''}
                  {neighbour.participant ? (
                    <ParticipantLink id={neighbour.participant.id} name={neighbour.participant.name} />
                  ) : (
                    'a shared partner'
                  )}{' '}
                  <span className="muted">
                    ({neighbour.degree} partners, +{decimal(neighbour.contribution, 2)})
                  </span>
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ParticipantPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const identities = viewer.disclosure === 'FULL';
  const page = useQuery(ParticipantPageDocument, { id, sensitive: viewer.canReadSensitive, identities });
  const { revision } = useLive();
  useRefetchOn(revision, page.refetch, 500);

  if (page.error && !page.data) return <Failure error={page.error} retry={page.refetch} />;
  if (!page.data) return <Loading what="participant" />;
  const participant = page.data.participant;
  if (!participant) {
    return (
      <Empty>
        <h1>No such participant</h1>
        <p>
          Nothing has the id <code>{id}</code>. Go back to the <Link to="/">overview</Link>.
        </p>
      </Empty>
    );
  }
  const monthly = page.data.participantEngagement?.history.map((point) => point.value) ?? [];
  const engagement = participant.engagement;
  return (
    <div data-testid="participant-page">
      <h1>{participant.name}</h1>
      <p>
        <span className="badge">{humanise(participant.kind)}</span>{' '}
        <span className="badge">{humanise(participant.tier)}</span>{' '}
        <span className={participant.status === 'EXITED' ? 'badge bad' : 'badge good'}>
          {humanise(participant.status)}
        </span>{' '}
        {participant.sector} · {participant.region} · joined {day(participant.joinedAt)}
        {participant.externalId ? ` · external id ${participant.externalId}` : ''} ·{' '}
        <Link to={`/graph?focus=${encodeURIComponent(participant.id)}`}>show in graph</Link>
      </p>
      <div className="grid">
        <MetricsPanel metrics={participant.metrics} identities={identities} />
        <section className="panel" aria-labelledby="engagement-title" data-testid="participant-engagement">
          <h2 id="engagement-title">Engagement</h2>
          {engagement && page.data.participantEngagement ? (
            <>
              <div className="kpis">
                <Kpi
                  name="engagement-score"
                  label={`Score, last ${Math.round(engagement.window.days)} days`}
                  value={decimal(engagement.score, 1)}
                  detail={`${count(engagement.interactions)} interactions`}
                />
                <Kpi
                  name="engagement-trend"
                  label="Trend vs previous window"
                  value={trend(engagement.trend)}
                  detail={`previous ${decimal(engagement.previousScore, 1)} (${count(engagement.previousInteractions)} interactions)`}
                />
              </div>
              <p>
                <Sparkline values={monthly} label={`Monthly engagement over ${monthly.length} months`} />{' '}
                <span className="muted">
                  monthly, last {monthly.length} months ({page.data.participantEngagement.unit})
                </span>
              </p>
            </>
          ) : (
            <Hidden what="The engagement of a named participant" />
          )}
        </section>
      </div>
      <PartnershipsPanel participant={participant} sensitive={viewer.canReadSensitive} />
      <div className="grid">
        <RecommendationsPanel recommendations={page.data.recommendPartners} identities={identities} />
        <section className="panel" aria-labelledby="initiatives-title">
          <h2 id="initiatives-title">Initiatives ({count(participant.initiatives.totalCount)})</h2>
          {participant.initiatives.edges.length === 0 ? (
            <p className="muted">Contributes to no initiative.</p>
          ) : (
            <ul>
              {participant.initiatives.edges.map(({ role, node }) => (
                <InitiativeLine key={node.id} initiative={node} role={role} />
              ))}
            </ul>
          )}
        </section>
      </div>
      <ValueFlowsPanel
        titleId="flows-title"
        total={participant.valueFlows.totalCount}
        flows={participant.valueFlows.nodes}
        sensitive={viewer.canReadSensitive}
        showPartnership
      />
      {identities ? <LiveRankChanges id={participant.id} /> : null}
    </div>
  );
}
