import { useContext, useEffect, useState } from 'react';
import { StoreContext, useT } from '../state/store-context';
import { DisplaySettings } from '../ui/DisplaySettings';
import type { Contrast, TextScale } from '../ui/display-settings';

/**
 * Text size and contrast for the current visit. They go back to the defaults when the visit ends (the citizen
 * state is wiped and the kiosk returns home), so the next person starts from the same screen; a kiosk-wide
 * default belongs in the maintenance settings if an office ever needs one.
 */
export function DisplayControls() {
  const t = useT();
  const store = useContext(StoreContext);
  const [textScale, setTextScale] = useState<TextScale>(1);
  const [contrast, setContrast] = useState<Contrast>('normal');

  useEffect(() => {
    if (!store) return;
    // resetCitizen replaces the citizen and the screen together; go() and scans change only one of them.
    return store.subscribe((s, prev) => {
      if (s.citizen !== prev.citizen && s.screen !== prev.screen && s.screen.name === 'home') {
        setTextScale(1);
        setContrast('normal');
      }
    });
  }, [store]);

  return <DisplaySettings textScale={textScale} contrast={contrast} onTextScale={setTextScale} onContrast={setContrast} t={t} />;
}
