import type { CardPrinting } from '../../services/cards/card-printing';
import type { HandlerMap } from '../dispatcher';

type CardChannels = 'card:preview' | 'card:print' | 'card:officerHolder' | 'card:officerPrint';

export function cardHandlers(printing: CardPrinting): Pick<HandlerMap, CardChannels> {
  return {
    'card:preview': (_input, ctx) => printing.preview(ctx.clientId),
    'card:print': (input, ctx) => printing.printOwn(ctx.clientId, input.insuranceNumber),
    'card:officerHolder': (input, ctx) => printing.holderForOfficer(ctx.clientId, input.insuranceNumber),
    'card:officerPrint': (input, ctx) => printing.printForOfficer(ctx.clientId, input.insuranceNumber),
  };
}
