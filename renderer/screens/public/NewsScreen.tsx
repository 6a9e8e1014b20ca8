import { useCallback, useEffect } from 'react';
import styles from './PublicScreen.module.css';
import { PAGE_SIZE, Results, usePagedSearch } from './public-ui';
import type { NewsItem } from '../../../preload/contract/channels/news';
import { useApp, useT } from '../../state/store-context';

const dayOf = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
};

export function NewsScreen() {
  const t = useT();
  const api = useApp((s) => s.api);
  const fetch = useCallback((_q: null, offset: number) => api.news.list({ offset, limit: PAGE_SIZE }), [api]);
  const { state, run } = usePagedSearch(fetch);
  useEffect(() => {
    void run(null, 0);
  }, [run]);
  return (
    <section aria-labelledby="news-title">
      <h2 id="news-title" className={styles.title}>
        {t('pub.news.title')}
      </h2>
      {state.phase === 'done' && state.page.items.length === 0 ? (
        <p className={styles.status} role="status">
          {t('pub.news.none')}
        </p>
      ) : (
        <Results<NewsItem>
          state={state}
          testId="news-list"
          itemKey={(n) => n.id}
          onPage={(offset) => void run(null, offset)}
          render={(n) => (
            <article className={`${styles.itemBody}`} data-pinned={n.pinned}>
              <h3 className={styles.newsTitle}>
                {n.pinned ? <span className={styles.badge}>{t('pub.news.pinned')}</span> : null}
                {n.title}
              </h3>
              <p className={styles.itemMeta}>{t('pub.news.published', { date: dayOf(n.publishedAt) })}</p>
              <p className={styles.newsBody}>{n.body}</p>
            </article>
          )}
        />
      )}
    </section>
  );
}
