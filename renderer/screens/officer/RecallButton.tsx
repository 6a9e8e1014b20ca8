import { useState } from 'react';
import { Button } from '../../ui/Button';
import { useOfficer, useOfficerT } from '../../state/officer-store';
import type { OfficerMessage } from '../../state/officer-store';
import styles from './Officer.module.css';

/** "Gọi lại": the lobby's call board announces this counter's ticket again (the citizen did not come). */
export function RecallButton() {
  const t = useOfficerT();
  const recall = useOfficer((s) => s.recall);
  const [pending, setPending] = useState(false);
  const [said, setSaid] = useState<OfficerMessage | null>(null);
  const onRecall = async (): Promise<void> => {
    setPending(true);
    setSaid(await recall());
    setPending(false);
  };
  return (
    <>
      {said ? (
        <span className={styles.muted} role="status" data-testid="officer-recall-message">
          {t(said.key, said.params)}
        </span>
      ) : null}
      <Button onClick={() => void onRecall()} disabled={pending} testId="officer-recall">
        {t('officer.recall')}
      </Button>
    </>
  );
}
