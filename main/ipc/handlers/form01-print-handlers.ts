/**
 * Form 01 to the A4 document printer. The kiosk channel names no registration: the host prints only what this client
 * itself filed or checked against its own CCCD scan (registration handlers' per-client state), so a screen cannot
 * print someone else's form by sending a code. The counter channel needs a signed-in officer, who is the audit actor.
 */
import { KioskFailure } from '../../../preload/contract/result';
import type { Form01Printing } from '../../services/registrations/form01-printing';
import type { HandlerMap } from '../dispatcher';

type Form01PrintChannels = 'registration:formPrinter' | 'registration:printForm' | 'officer:printForm';

export interface Form01PrintHandlerDeps {
  readonly printing: Pick<Form01Printing, 'print'>;
  /** Whether a document printer is configured at all (not whether it has paper: that is only known by printing). */
  readonly printerConfigured: boolean;
  /** The registration code this kiosk client may print, or null (RegistrationHandlers.printableForm). */
  readonly printableForm: (clientId: string, from: 'filed' | 'checked') => string | null;
  /** 'officer:<id>' of the officer signed in on this client; throws 'unauthorized' when none. */
  /** Also refuses ('forbidden') a registration that is not in this officer's counter queue nor opened by them. */
  readonly officerOf: (clientId: string, registrationId: number) => string;
}

export function form01PrintHandlers(deps: Form01PrintHandlerDeps): Pick<HandlerMap, Form01PrintChannels> {
  return {
    'registration:formPrinter': () => ({ available: deps.printerConfigured }),
    'registration:printForm': ({ from }, ctx) => {
      const code = deps.printableForm(ctx.clientId, from);
      if (code === null) {
        throw new KioskFailure(
          'forbidden',
          from === 'filed' ? 'no registration was filed on this screen' : 'no registration was checked against this citizen’s card here',
          { reason: from === 'filed' ? 'not-filed' : 'not-checked' },
        );
      }
      return deps.printing.print({ code }, 'kiosk', from === 'filed' ? 'kiosk-filed' : 'kiosk-checked');
    },
    'officer:printForm': ({ registrationId }, ctx) => {
      const actor = deps.officerOf(ctx.clientId, registrationId);
      return deps.printing.print({ registrationId }, actor, 'counter');
    },
  };
}
