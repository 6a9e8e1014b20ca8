/**
 * Pieces shared by the public self-service screens. Search state lives in the screen's React state
 * (usePagedSearch), so it vanishes when the screen unmounts — part of the privacy wipe.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import styles from './PublicScreen.module.css';
import type { Result } from '../../../preload/contract/result';
import { errorKey } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/i18n';
import { useApp, useT } from '../../state/store-context';
import { Button } from '../../ui/Button';

export const PAGE_SIZE = 10;

export interface Paged<T> {
  readonly items: readonly T[];
  readonly offset: number;
  readonly limit: number;
  readonly hasMore: boolean;
}

export type SearchState<T> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | { readonly phase: 'done'; readonly page: Paged<T> }
  | { readonly phase: 'error'; readonly error: MessageKey };

/** Runs a paginated search; a reply that arrives after a newer request (or after unmount) is dropped. */
export function usePagedSearch<Q, T>(fetch: (query: Q, offset: number) => Promise<Result<Paged<T>>>) {
  const [state, setState] = useState<SearchState<T>>({ phase: 'idle' });
  const [query, setQuery] = useState<Q | null>(null);
  const seq = useRef(0);
  useEffect(
    () => () => {
      seq.current++;
    },
    [],
  );
  const run = useCallback(
    async (q: Q, offset = 0) => {
      const mine = ++seq.current;
      setQuery(q);
      setState({ phase: 'loading' });
      const r = await fetch(q, offset);
      if (mine !== seq.current) return;
      setState(r.ok ? { phase: 'done', page: r.value } : { phase: 'error', error: errorKey(r.error.code) });
    },
    [fetch],
  );
  return { state, query, run };
}

export function ProvinceSelect({ value, onChange }: { readonly value: string; readonly onChange: (code: string) => void }) {
  const t = useT();
  const provinces = useApp((s) => s.provinces);
  const loadProvinces = useApp((s) => s.loadProvinces);
  useEffect(() => {
    void loadProvinces();
  }, [loadProvinces]);
  return (
    <SelectField label={t('pub.province')} name="province" value={value} onChange={onChange}>
      <option value="">{t('pub.province.any')}</option>
      {provinces.map((p) => (
        <option key={p.code} value={p.code}>
          {p.name}
        </option>
      ))}
    </SelectField>
  );
}

export function SelectField(props: {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {props.label}
      </label>
      <select id={id} name={props.name} className={styles.select} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.children}
      </select>
    </div>
  );
}

/** Loading / error / empty states, the list, and previous/next buttons. */
export function Results<T>(props: {
  readonly state: SearchState<T>;
  readonly onPage: (offset: number) => void;
  readonly render: (item: T) => ReactNode;
  readonly itemKey: (item: T) => string | number;
  readonly testId: string;
}) {
  const t = useT();
  const { state } = props;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'loading':
      return (
        <p className={styles.status} role="status" aria-live="polite">
          {t('pub.searching')}
        </p>
      );
    case 'error':
      return (
        <p className={`${styles.status} ${styles.errorPanel}`} role="alert">
          {t(state.error)}
        </p>
      );
    case 'done': {
      const { page } = state;
      if (page.items.length === 0) {
        return (
          <p className={styles.status} role="status" aria-live="polite" data-testid={`${props.testId}-none`}>
            {t('pub.none')}
          </p>
        );
      }
      return (
        <div>
          <p role="status" aria-live="polite" className={styles.counter}>
            {t('pub.results', { from: page.offset + 1, to: page.offset + page.items.length })}
          </p>
          <ul className={styles.list} data-testid={props.testId}>
            {page.items.map((item) => (
              <li key={props.itemKey(item)} className={styles.item}>
                {props.render(item)}
              </li>
            ))}
          </ul>
          {page.offset > 0 || page.hasMore ? (
            <div className={styles.pager}>
              <Button
                disabled={page.offset === 0}
                onClick={() => props.onPage(Math.max(0, page.offset - page.limit))}
                testId={`${props.testId}-prev`}
              >
                {t('pub.prev')}
              </Button>
              <Button disabled={!page.hasMore} onClick={() => props.onPage(page.offset + page.limit)} testId={`${props.testId}-next`}>
                {t('pub.next')}
              </Button>
            </div>
          ) : null}
        </div>
      );
    }
  }
}
