/** One figure with its label and how it was made; `name` lets tests and links find it. */
import type { ReactNode } from 'react';

export function Kpi({
  name,
  label,
  value,
  detail,
  title,
}: {
  name: string;
  label: string;
  value: string;
  detail?: ReactNode;
  title?: string;
}) {
  return (
    <div className="kpi" data-kpi={name} title={title}>
      <div className="label">{label}</div>
      <div className="value" data-testid={`kpi-${name}`}>
        {value}
      </div>
      {detail ? <div className="detail">{detail}</div> : null}
    </div>
  );
}
