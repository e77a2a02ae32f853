/** The hover / selection card: who a node is, its metrics, and where to go from it. */
import { Link } from 'react-router';
import { METRIC_LABELS } from './GraphControls';
import { SIZE_METRICS, type NodeData } from './graph-model';

interface Props {
  nodeKey: string;
  node: NodeData;
  identities: boolean;
  selected: boolean;
  pathPicking: boolean;
  onPickPath(): void;
  onClear(): void;
}

const format = (value: number) =>
  Number.isInteger(value) ? String(value) : value.toPrecision(3).replace(/(\.\d*?)0+$/, '$1');
const readable = (value: string) => value.replace(/_/g, ' ').toLowerCase();

export function GraphCard({ nodeKey, node, identities, selected, pathPicking, onPickPath, onClear }: Props) {
  return (
    <aside className="graph-card" aria-live="polite" data-testid="graph-card">
      <h2>{identities ? node.label : 'A participant'}</h2>
      <p className="muted">
        {readable(node.kind)} · {node.sector} · {node.region} · {readable(node.status)}
      </p>
      <dl>
        <dt>Community</dt>
        <dd>{node.community}</dd>
        {SIZE_METRICS.map((metric) => (
          <div key={metric} className="graph-card-row">
            <dt>{METRIC_LABELS[metric]}</dt>
            <dd>{format(node.metrics[metric])}</dd>
          </div>
        ))}
      </dl>
      {identities ? (
        <p className="graph-card-actions">
          <Link to={`/participants/${encodeURIComponent(nodeKey)}`} data-testid="graph-card-open">
            Open participant page
          </Link>
          {selected ? (
            <>
              <button type="button" onClick={onPickPath} aria-pressed={pathPicking}>
                {pathPicking ? 'Click a second participant…' : 'Introduction path to…'}
              </button>
              <button type="button" onClick={onClear}>
                Clear selection
              </button>
            </>
          ) : null}
        </p>
      ) : (
        <p className="hint">Your role sees the network without names (aggregate disclosure).</p>
      )}
    </aside>
  );
}
