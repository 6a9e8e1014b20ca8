/**
 * A PDF shown inside the page: each page drawn on a canvas by pdf.js (renderer/ui/pdf-pages.ts). No plugin, no
 * toolbar, so nothing to download or print from a public kiosk, and it looks the same under Electron and in the
 * browser host. The pixels go when the view unmounts (the idle wipe unmounts every citizen screen).
 */
import { useEffect, useRef, useState } from 'react';
import { useUiT } from './translate-context';
import { renderPdfPages } from './pdf-pages';
import type { RenderedPage } from './pdf-pages';
import styles from './PdfView.module.css';

export interface PdfViewProps {
  readonly bytes: Uint8Array;
  /** Accessible name of the document; each page is announced as "<title>, trang n/N". */
  readonly title: string;
  readonly testId: string;
  readonly className?: string | undefined;
}

/** Fallback width before layout (the kiosk's content column). */
const DEFAULT_WIDTH_PX = 900;

type ViewState = { readonly kind: 'loading' | 'failed' } | { readonly kind: 'ready'; readonly pages: readonly RenderedPage[] };

export function PdfView({ bytes, title, testId, className }: PdfViewProps) {
  const t = useUiT();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ViewState>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let shown: readonly RenderedPage[] = [];
    setState({ kind: 'loading' });
    const width = box.current !== null && box.current.clientWidth > 0 ? box.current.clientWidth : DEFAULT_WIDTH_PX;
    renderPdfPages(bytes, width, window.devicePixelRatio || 1)
      .then((pages) => {
        if (cancelled) return blank(pages);
        shown = pages;
        setState({ kind: 'ready', pages });
      })
      .catch(() => {
        if (!cancelled) setState({ kind: 'failed' });
      });
    return () => {
      cancelled = true;
      blank(shown);
    };
  }, [bytes]);

  const pages = state.kind === 'ready' ? state.pages : [];
  return (
    <div className={`${styles.view} ${className ?? ''}`} data-testid={testId} data-state={state.kind}>
      {state.kind === 'loading' ? (
        <p role="status" className={styles.note}>
          {t('pdf.loading')}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className={`${styles.note} ${styles.failed}`} data-testid={`${testId}-error`}>
          {t('pdf.failed')}
        </p>
      ) : null}
      {/* Scrolls when the document is taller than the view; focusable so it scrolls by keyboard too. */}
      <div ref={box} className={styles.pages} role="group" aria-label={title} tabIndex={0}>
        {pages.map((page, i) => (
          <PageSlot key={i} page={page} label={t('pdf.page', { title, page: i + 1, pages: pages.length })} testId={`${testId}-page`} />
        ))}
      </div>
    </div>
  );
}

/** Blanks the pixels of the citizen's document before the canvases are dropped. */
function blank(pages: readonly RenderedPage[]): void {
  for (const p of pages) p.canvas.width = 0;
}

/** Puts a canvas pdf.js drew into the React tree, named for screen readers and kept in the page's proportions. */
function PageSlot({ page, label, testId }: { readonly page: RenderedPage; readonly label: string; readonly testId: string }) {
  const slot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const { canvas } = page;
    canvas.className = styles.page ?? '';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    canvas.setAttribute('data-testid', testId);
    canvas.style.aspectRatio = `${page.widthPt} / ${page.heightPt}`;
    slot.current?.replaceChildren(canvas);
  }, [page, label, testId]);
  return <div ref={slot} className={styles.slot} />;
}
