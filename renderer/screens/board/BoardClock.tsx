import { useEffect, useState } from 'react';
import styles from './CallBoard.module.css';

/** Vietnam time, whatever the TV's own time zone. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The lobby clock: hours and minutes big, the date under them, in the board's language. */
export function BoardClock({ locale, label }: Readonly<{ locale: 'vi' | 'en'; label: string }>) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    // The page's own clock, not a fetch: the board still never polls the host.
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const time = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(now);
  const date = new Intl.DateTimeFormat(tag, {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(now);
  return (
    <div className={styles.clock} role="timer" aria-label={label} data-testid="board-clock">
      <span className={styles.time}>{time}</span>
      <span className={styles.date}>{date}</span>
    </div>
  );
}
