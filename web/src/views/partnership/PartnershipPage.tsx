/**
 * `/partnerships/:id`: one partnership. Its scorecard (engagement with trend and sparkline,
 * satisfaction, goals, innovation; value, ROI, growth and risk flags for roles that may read
 * money), parties, stage history, value flows, risks, decisions, initiatives and goals.
 */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useRefetchOn } from '../../api/use-query';
import { useViewer } from '../../auth/SessionContext';
import { Kpi } from '../../components/Kpi';
import { InitiativeLine, ValueFlowsPanel } from '../../components/PageBlocks';
import { ParticipantLink } from '../../components/links';
import { Sparkline } from '../../components/Sparkline';
import { Empty, Failure, Hidden, Loading } from '../../components/Status';
import { count, dateTime, day, decimal, humanise, money, percent, trend } from '../../format';
import { PartnershipPageDocument } from '../../generated/operations';
import { useLive } from '../../live/LiveContext';

function Listing<T>({
  title,
  total,
  items,
  empty,
  render,
}: {
  title: string;
  total: number;
  items: T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  const id = `list-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({count(total)})
      </h2>
      {items.length === 0 ? <p className="muted">{empty}</p> : <ul className="feed">{items.map(render)}</ul>}
    </section>
  );
}

export function PartnershipPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const sensitive = viewer.canReadSensitive;
  // Engagement of one named partnership is analytics about it: hidden under AGGREGATE disclosure.
  const identities = viewer.disclosure === 'FULL';
  const page = useQuery(PartnershipPageDocument, { id, sensitive, identities });
  const { revision } = useLive();
  useRefetchOn(revision, page.refetch, 500);

  if (page.error && !page.data) return <Failure error={page.error} retry={page.refetch} />;
  if (!page.data) return <Loading what="partnership" />;
  const partnership = page.data.partnership;
  if (!partnership) {
    return (
      <Empty>
        <h1>No such partnership</h1>
        <p>
          Nothing has the id <code>{id}</code>. See the <Link to="/pipeline">pipeline</Link>.
        </p>
      </Empty>
    );
  }
  const card = partnership.scorecard;
  const monthly = page.data.partnershipEngagement?.history.map((point) => point.value) ?? [];
  return (
    <div data-testid="partnership-page">
      <h1>{partnership.name}</h1>
      <p>
        <span className="badge">{humanise(partnership.stage)}</span> {humanise(partnership.type)} ·{' '}
        {humanise(partnership.subtype)} · started {day(partnership.startedAt)}
        {partnership.endsAt ? ` · ends ${day(partnership.endsAt)}` : ''} · strategic alignment{' '}
        {decimal(partnership.strategicAlignment, 2)} · <Link to="/pipeline">pipeline</Link>
      </p>
      {card ? (
        <section className="panel" aria-labelledby="scorecard-title" data-testid="scorecard">
          <h2 id="scorecard-title">
            Scorecard{' '}
            <span className="muted" style={{ fontWeight: 400, fontSize: '0.85rem' }}>
              {day(card.window.from)} → {day(card.window.to)}
            </span>
          </h2>
          <div className="kpis">
            {card.engagement ? (
              <Kpi
                name="engagement"
                label="Engagement"
                value={decimal(card.engagement.score, 1)}
                detail={
                  <>
                    {trend(card.engagement.trend)} · {count(card.engagement.interactions)} interactions{' '}
                    <Sparkline
                      values={monthly}
                      label={`Monthly engagement over ${monthly.length} months`}
                      width={120}
                      height={28}
                    />
                  </>
                }
              />
            ) : (
              <Hidden what="Engagement of a named partnership" />
            )}
            <Kpi
              name="satisfaction"
              label="Satisfaction"
              value={decimal(card.satisfaction.mean, 1)}
              detail={`${card.satisfaction.respondents} answers; before ${decimal(card.satisfaction.previousMean, 1)}`}
            />
            <Kpi
              name="goals"
              label="Goals met"
              value={`${card.performance.met}/${card.performance.due}`}
              detail={percent(card.performance.ratio)}
            />
            <Kpi name="innovation" label="Active initiatives" value={count(card.innovation.active)} />
            <Kpi
              name="days-in-stage"
              label={`Days in ${humanise(card.daysInStage.stage)}`}
              value={decimal(card.daysInStage.days, 0)}
              detail={`since ${day(card.daysInStage.since)}`}
            />
            {sensitive && card.value && card.roi && card.growth ? (
              <>
                <Kpi
                  name="value"
                  label="Value"
                  value={money(card.value.amount, card.value.currency)}
                  detail={`${card.value.flows} flows`}
                />
                <Kpi
                  name="roi"
                  label="ROI"
                  value={decimal(card.roi.ratio, 2)}
                  detail={`${money(card.roi.value)} on ${money(card.roi.cost)} cost`}
                />
                <Kpi
                  name="growth"
                  label="Value growth"
                  value={percent(card.growth.ratio)}
                  detail={`before ${money(card.growth.previousValue)}`}
                />
              </>
            ) : null}
          </div>
          {sensitive ? (
            (card.riskFlags ?? []).length > 0 ? (
              <p>
                {(card.riskFlags ?? []).map((flag) => (
                  <span key={flag.kind} className="badge bad" style={{ marginRight: 6 }}>
                    {flag.message}
                  </span>
                ))}
              </p>
            ) : (
              <p className="muted">No risk flag.</p>
            )
          ) : (
            <Hidden what="Value, ROI, growth and risk flags" />
          )}
        </section>
      ) : null}
      <div className="grid">
        <Listing
          title="Parties"
          total={partnership.parties.totalCount}
          items={partnership.parties.edges}
          empty="No parties."
          render={(edge) => (
            <li key={edge.node.id}>
              <ParticipantLink id={edge.node.id} name={edge.node.name} />{' '}
              <span className="badge">{humanise(edge.role)}</span>{' '}
              <span className="muted">{humanise(edge.node.kind)}</span>
            </li>
          )}
        />
        <Listing
          title="Stage history"
          total={partnership.stageHistory.nodes.length}
          items={partnership.stageHistory.nodes}
          empty="No stage change recorded."
          render={(change) => (
            <li key={change.id}>
              <time dateTime={change.at}>{dateTime(change.at)}</time> {change.from ? humanise(change.from) : 'created'}{' '}
              → <strong>{humanise(change.to)}</strong>
              {change.by ? <span className="muted"> by {change.by}</span> : null}
              {change.reason ? <span className="muted">: {change.reason}</span> : null}
            </li>
          )}
        />
        {partnership.risks ? (
          <Listing
            title="Risks"
            total={partnership.risks.totalCount}
            items={partnership.risks.nodes}
            empty="No risk raised."
            render={(risk) => (
              <li key={risk.id}>
                <span className={risk.status === 'CLOSED' ? 'badge' : 'badge bad'}>{humanise(risk.severity)}</span>{' '}
                {risk.title}{' '}
                <span className="muted">
                  {humanise(risk.category)}, likelihood {percent(risk.likelihood, 0)}, {humanise(risk.status)}, due{' '}
                  {day(risk.dueAt)}
                </span>
              </li>
            )}
          />
        ) : (
          <section className="panel">
            <h2>Risks</h2>
            <Hidden what="Risks" />
          </section>
        )}
        <Listing
          title="Decisions"
          total={partnership.decisions.totalCount}
          items={partnership.decisions.nodes}
          empty="No decision recorded."
          render={(decision) => (
            <li key={decision.id}>
              <time dateTime={decision.decidedAt}>{day(decision.decidedAt)}</time>{' '}
              <span className="badge">{humanise(decision.outcome)}</span> {decision.title}{' '}
              <span className="muted">— {decision.rationale}</span>
            </li>
          )}
        />
        <Listing
          title="Goals"
          total={partnership.goals.totalCount}
          items={partnership.goals.nodes}
          empty="No goal set."
          render={(goal) => (
            <li key={goal.id}>
              {goal.title} <span className="badge">{humanise(goal.status)}</span>{' '}
              <span className="muted">
                {humanise(goal.metric)}: {decimal(goal.actual, 1)} of {decimal(goal.target, 1)} (
                {percent(goal.attainment, 0)}), due {day(goal.due)}
              </span>
            </li>
          )}
        />
        <Listing
          title="Initiatives"
          total={partnership.initiatives.totalCount}
          items={partnership.initiatives.nodes}
          empty="No initiative."
          render={(initiative) => <InitiativeLine key={initiative.id} initiative={initiative} />}
        />
      </div>
      <ValueFlowsPanel
        titleId="pflows-title"
        total={partnership.valueFlows.totalCount}
        flows={partnership.valueFlows.nodes}
        sensitive={sensitive}
        showPartnership={false}
      />
    </div>
  );
}
