/**
 * The BHYT card drawn on screen from the same layout file as the PDF (resources/card-layout/bhyt-1666.json) and the
 * same printed strings (bhytCardText on the host), so the screen and the printed card cannot drift. Sizes are in
 * card millimetres scaled to the box width with container units; the QR is drawn from the host's module runs.
 */
import type { CSSProperties } from 'react';
import styles from './Records.module.css';
import { cardLayout as layout, DEFAULT_LABEL_COLOR, DEFAULT_LINE_HEIGHT } from './card-layout-view';
import type { CardElement, CardSide, Decoration } from './card-layout-view';
import type { CardView } from '../../../preload/contract/channels/records';

type Card = NonNullable<CardView['card']>;
const W = layout.card.widthMm;
const H = layout.card.heightMm;
const PT_TO_MM = 25.4 / 72;
/** Card millimetres → CSS length relative to the card's rendered width. */
const mm = (v: number): string => `calc(${v} * 100cqw / ${W})`;

function DecorationShape({ d }: { readonly d: Decoration }) {
  const fill = layout.palette[d.color];
  switch (d.kind) {
    case 'rect':
      return <rect x={d.xMm} y={d.yMm} width={d.widthMm} height={d.heightMm} fill={fill} />;
    case 'circle':
      return <circle cx={d.cxMm} cy={d.cyMm} r={d.rMm} fill={fill} />;
    case 'cross': {
      const h = d.sizeMm / 2;
      const t = d.thicknessMm / 2;
      return (
        <g fill={fill}>
          <rect x={d.cxMm - h} y={d.cyMm - t} width={d.sizeMm} height={d.thicknessMm} />
          <rect x={d.cxMm - t} y={d.cyMm - h} width={d.thicknessMm} height={d.sizeMm} />
        </g>
      );
    }
  }
}

function TextElement({ el, text }: { readonly el: CardElement; readonly text: Card['text'] }) {
  const value = el.source.kind === 'static' ? el.source.text : (text[el.source.field] ?? null);
  if (value === null) return null;
  const style: CSSProperties = {
    left: mm(el.xMm),
    top: mm(el.yMm),
    width: mm(el.widthMm),
    fontSize: mm(el.fontSizePt * PT_TO_MM),
    lineHeight: el.lineHeight ?? DEFAULT_LINE_HEIGHT,
    fontWeight: el.weight === 'bold' ? 700 : 400,
    textAlign: el.align,
    color: layout.palette[el.color],
    WebkitLineClamp: el.maxLines,
  };
  return (
    <div className={styles.cardText} style={style} data-field={el.id}>
      {el.showLabel ? (
        <span
          style={{
            fontWeight: 400,
            color: layout.palette[el.labelColor ?? DEFAULT_LABEL_COLOR],
            fontSize: mm((el.labelFontSizePt ?? el.fontSizePt) * PT_TO_MM),
          }}
        >
          {el.label}{' '}
        </span>
      ) : null}
      {value}
    </div>
  );
}

function Qr({ side, qr, label }: { readonly side: CardSide; readonly qr: Card['qr']; readonly label: string }) {
  const box = side.qr;
  if (box === null) return null;
  const m = box.sizeMm / (qr.modules + 2 * box.quietZoneModules);
  const q = box.quietZoneModules;
  return (
    <g role="img" aria-label={label}>
      <rect x={box.xMm} y={box.yMm} width={box.sizeMm} height={box.sizeMm} fill="#FFFFFF" />
      {qr.runs.map((r) => (
        <rect
          key={`${r.row}-${r.col}`}
          x={box.xMm + (q + r.col) * m}
          y={box.yMm + (q + r.row) * m}
          width={r.length * m + 0.005}
          height={m + 0.005}
          fill="#000000"
        />
      ))}
    </g>
  );
}

export function BhytCardView(props: {
  readonly card: Card;
  readonly side: 'front' | 'back';
  readonly label: string;
  readonly qrLabel: string;
}) {
  const side = layout[props.side];
  return (
    <figure
      className={styles.card}
      style={{ aspectRatio: `${W} / ${H}` }}
      aria-label={props.label}
      data-side={props.side}
      data-testid="bhyt-card"
    >
      <svg className={styles.cardArt} viewBox={`0 0 ${W} ${H}`} aria-hidden={side.qr === null ? true : undefined}>
        <rect x={0} y={0} width={W} height={H} fill={layout.palette.background} />
        {side.decorations.map((d, i) => (
          <DecorationShape key={i} d={d} />
        ))}
        <Qr side={side} qr={props.card.qr} label={props.qrLabel} />
      </svg>
      {side.elements.map((el) => (
        <TextElement key={el.id} el={el} text={props.card.text} />
      ))}
    </figure>
  );
}
