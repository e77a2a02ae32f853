/**
 * Panels the participant and partnership pages share: value flows (amounts only for roles
 * that may read money) and initiatives. Their fields are the fragments in page-blocks.graphql.
 */
import { count, day, humanise, money } from '../format';
import type { InitiativeItemFragment, ValueFlowRowFragment } from '../generated/operations';
import { ParticipantLink, PartnershipLink } from './links';
import { Hidden } from './Status';

export function ValueFlowsPanel({
  titleId,
  total,
  flows,
  sensitive,
  showPartnership,
}: {
  titleId: string;
  total: number;
  flows: ValueFlowRowFragment[];
  sensitive: boolean;
  /** Off on a partnership's own page, where every flow is that partnership's. */
  showPartnership: boolean;
}) {
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Value flows ({count(total)})</h2>
      {sensitive ? null : <Hidden what="Amounts" />}
      {flows.length === 0 ? (
        <p className="muted">No value recorded.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Date</th>
              <th>Kind</th>
              <th>From → to</th>
              {showPartnership ? <th>Partnership</th> : null}
              {sensitive ? <th className="num">Amount</th> : null}
            </tr>
          </thead>
          <tbody>
            {flows.map((flow) => (
              <tr key={flow.id}>
                <td>{day(flow.at)}</td>
                <td>{humanise(flow.kind)}</td>
                <td>
                  <ParticipantLink id={flow.from.id} name={flow.from.name} /> →{' '}
                  <ParticipantLink id={flow.to.id} name={flow.to.name} />
                </td>
                {showPartnership ? (
                  <td>
                    {flow.partnership ? <PartnershipLink id={flow.partnership.id} name={flow.partnership.name} /> : '–'}
                  </td>
                ) : null}
                {sensitive ? (
                  <td className="num" data-testid="money">
                    {money(flow.amount?.amount, flow.amount?.currency)}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** One initiative: name, status, kind, the participant's role when known, dates. */
export function InitiativeLine({ initiative, role }: { initiative: InitiativeItemFragment; role?: string }) {
  return (
    <li>
      {initiative.name} <span className="badge">{humanise(initiative.status)}</span>{' '}
      <span className="muted">
        {humanise(initiative.kind)}, {role ? `${humanise(role)}, ` : ''}
        {day(initiative.startsAt)} → {day(initiative.endsAt)}
      </span>
    </li>
  );
}
