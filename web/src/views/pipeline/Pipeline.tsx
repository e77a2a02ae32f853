/**
 * `/pipeline`: partnerships as a board by lifecycle stage. Dragging a card (mouse, touch or
 * keyboard: focus a card, Space, arrows, Space) or choosing "Move to" calls
 * `partnershipMoveStage`. The card moves at once; a refused move snaps back and says why
 * (ILLEGAL_STAGE_MOVE with the allowed stages, REQUIREMENT_MISSING with what is missing).
 * Filters live in the URL (`?type=…&q=…`), so a board view can be shared.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ApiError, requestData } from '../../api/graphql';
import { useQuery, useRefetchOn } from '../../api/use-query';
import { useViewer } from '../../auth/SessionContext';
import { PartnershipLink } from '../../components/links';
import { Failure, Loading } from '../../components/Status';
import { count, decimal, humanise } from '../../format';
import {
  PipelineBoardDocument,
  PipelineMoveStageDocument,
  type PartnershipFilter,
  type PartnershipStage,
  type PartnershipType,
  type PipelineColumnFragment,
} from '../../generated/operations';
import { useLive } from '../../live/LiveContext';
import { columnKey, STAGES } from './stages';

const PER_COLUMN = 40;
const TYPES: PartnershipType[] = ['BUSINESS', 'INNOVATION', 'RESEARCH', 'TECHNOLOGY'];

type Card = PipelineColumnFragment['nodes'][number];

interface Refusal {
  card: string;
  to: PartnershipStage;
  code: string;
  message: string;
}

function PipelineCard({
  card,
  movable,
  onMove,
}: {
  card: Card;
  movable: boolean;
  onMove: (to: PartnershipStage) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !movable,
  });
  return (
    <li
      ref={setNodeRef}
      className={`card${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-testid="pipeline-card"
      data-card-id={card.id}
      data-stage={card.stage}
      {...attributes}
      {...listeners}
      aria-label={`${card.name}, ${humanise(card.stage)}${movable ? '; press Space to drag' : ''}`}
    >
      <PartnershipLink id={card.id} name={card.name} />
      <div className="muted" style={{ fontSize: '0.8rem' }}>
        {humanise(card.type)}
        {card.strategicAlignment != null ? ` · alignment ${decimal(card.strategicAlignment, 2)}` : ''}
      </div>
      {movable ? (
        <label
          style={{ fontSize: '0.8rem' }}
          onPointerDown={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          Move to{' '}
          <select
            value=""
            onChange={(event) => {
              if (event.target.value) onMove(event.target.value as PartnershipStage);
            }}
          >
            <option value="">…</option>
            {STAGES.filter((stage) => stage !== card.stage).map((stage) => (
              <option key={stage} value={stage}>
                {humanise(stage)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </li>
  );
}

function Column({
  stage,
  column,
  movable,
  onMove,
}: {
  stage: PartnershipStage;
  column: PipelineColumnFragment;
  movable: boolean;
  onMove: (card: Card, to: PartnershipStage) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <section
      ref={setNodeRef}
      className={`column${isOver ? ' over' : ''}`}
      aria-labelledby={`column-${stage}`}
      data-testid={`column-${stage}`}
    >
      <h2 id={`column-${stage}`}>
        {humanise(stage)} <span className="muted">({count(column.totalCount)})</span>
      </h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {column.nodes.map((card) => (
          <PipelineCard key={card.id} card={card} movable={movable} onMove={(to) => onMove(card, to)} />
        ))}
      </ul>
      {column.totalCount > column.nodes.length ? (
        <p className="muted" style={{ fontSize: '0.8rem' }}>
          {count(column.totalCount - column.nodes.length)} more: narrow the board with the filters above.
        </p>
      ) : null}
    </section>
  );
}

function TerminationForm({
  card,
  onSubmit,
  onCancel,
}: {
  card: Card;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason);
  };
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="terminate-title"
      className="toast"
      style={{ color: 'inherit' }}
    >
      <form onSubmit={submit}>
        <h2 id="terminate-title">Terminate {card.name}?</h2>
        <label htmlFor="terminate-reason">Reason (required, kept in the stage history)</label>
        <input
          id="terminate-reason"
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          style={{ width: '100%' }}
        />
        <p>
          <button type="submit">Terminate</button>{' '}
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </p>
      </form>
    </div>
  );
}

export function Pipeline() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const type = params.get('type') as PartnershipType | null;
  const text = params.get('q') ?? '';
  const base: PartnershipFilter = useMemo(
    () => ({ ...(type ? { type: [type] } : {}), ...(text ? { text } : {}) }),
    [type, text],
  );
  const variables = useMemo(
    () => ({
      first: PER_COLUMN,
      ...(Object.fromEntries(STAGES.map((stage) => [columnKey(stage), { ...base, stage: [stage] }])) as Record<
        ReturnType<typeof columnKey>,
        PartnershipFilter
      >),
    }),
    [base],
  );
  const board = useQuery(PipelineBoardDocument, variables);
  const { revision } = useLive();
  useRefetchOn(revision, board.refetch, 500);
  // Cards moved here and not yet confirmed by a refetch: id → stage.
  const [pending, setPending] = useState<Record<string, PartnershipStage>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [terminating, setTerminating] = useState<Card | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor),
  );

  const columns = useMemo(() => {
    const data = board.data;
    if (!data) return null;
    const all = STAGES.flatMap((stage) => data[columnKey(stage)].nodes);
    return Object.fromEntries(
      STAGES.map((stage) => {
        const column = data[columnKey(stage)];
        const moved = (card: Card) => pending[card.id] ?? card.stage;
        const nodes = all.filter((card) => moved(card) === stage).map((card) => ({ ...card, stage }));
        const delta = nodes.length - column.nodes.length;
        return [stage, { ...column, nodes, totalCount: column.totalCount + delta }];
      }),
    ) as Record<PartnershipStage, PipelineColumnFragment>;
  }, [board.data, pending]);

  const move = async (card: Card, to: PartnershipStage, reason?: string) => {
    if (to === card.stage) return;
    if (to === 'TERMINATED' && reason === undefined) {
      setTerminating(card);
      return;
    }
    setRefusal(null);
    setPending((previous) => ({ ...previous, [card.id]: to }));
    const snapBack = () =>
      setPending((previous) => {
        const next = { ...previous };
        delete next[card.id];
        return next;
      });
    try {
      const data = await requestData(PipelineMoveStageDocument, {
        input: { id: card.id, to, ...(reason ? { reason } : {}) },
      });
      // requestData threw on any error, and a mutation field is null only with one.
      const errors = data.partnershipMoveStage?.userErrors ?? [];
      if (errors.length > 0) {
        snapBack();
        setRefusal({
          card: card.name,
          to,
          code: errors[0].code,
          message: errors.map((error) => error.message).join(' '),
        });
        return;
      }
      board.refetch();
    } catch (error) {
      snapBack();
      const code = error instanceof ApiError ? (error.codes[0] ?? 'ERROR') : 'ERROR';
      setRefusal({ card: card.name, to, code, message: (error as Error).message });
    }
  };

  const onDragEnd = (event: DragEndEvent) => {
    const card = event.active.data.current?.card as Card | undefined;
    const to = event.over?.id as PartnershipStage | undefined;
    if (!card || !to) return;
    const current = pending[card.id] ?? card.stage;
    if (to !== current) void move({ ...card, stage: current }, to);
  };

  if (board.error && !board.data) return <Failure error={board.error} retry={board.refetch} />;
  if (!columns) return <Loading what="pipeline" />;
  const total = STAGES.reduce((sum, stage) => sum + columns[stage].totalCount, 0);
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <div>
      <h1>Partnership pipeline</h1>
      <form
        className="panel"
        style={{ display: 'flex', gap: 16, alignItems: 'end' }}
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          Type{' '}
          <select value={type ?? ''} onChange={(event) => setFilter('type', event.target.value)}>
            <option value="">all</option>
            {TYPES.map((option) => (
              <option key={option} value={option}>
                {humanise(option)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search{' '}
          <input
            type="search"
            defaultValue={text}
            onChange={(event) => setFilter('q', event.target.value)}
            placeholder="name…"
          />
        </label>
        <span className="muted">{count(total)} partnerships</span>
        {viewer.canWrite ? (
          viewer.writesOwnOnly ? (
            <span className="muted">You can move the partnerships you own.</span>
          ) : null
        ) : (
          <span className="muted">Your role can look but not move partnerships.</span>
        )}
      </form>
      {total === 0 ? (
        <p className="status empty">
          No partnership matches. {type || text ? 'Clear the filters, or ' : ''}create one with{' '}
          <code>partnershipCreate</code> (for example in the query editor), or seed the demo data.
        </p>
      ) : null}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="board" data-testid="pipeline-board">
          {STAGES.map((stage) => (
            <Column
              key={stage}
              stage={stage}
              column={columns[stage]}
              movable={viewer.canWrite}
              onMove={(card, to) => void move(card, to)}
            />
          ))}
        </div>
      </DndContext>
      {terminating ? (
        <TerminationForm
          card={terminating}
          onCancel={() => setTerminating(null)}
          onSubmit={(reason) => {
            setTerminating(null);
            void move(terminating, 'TERMINATED', reason);
          }}
        />
      ) : null}
      {refusal ? (
        <div className="toast" role="alert" data-testid="move-refusal" data-code={refusal.code}>
          <strong>
            {refusal.card} cannot move to {humanise(refusal.to)}
          </strong>{' '}
          <span className="badge bad">{refusal.code}</span>
          <p style={{ margin: '6px 0' }}>{refusal.message}</p>
          <button type="button" className="secondary" onClick={() => setRefusal(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
