/**
 * `window.kiosk`, derived from the channel table: `kiosk.lookup.insuranceNumber(input)` and
 * `kiosk.devices.onChanged(cb)`. The same builder serves the Electron preload and the browser
 * bridge, so the two cannot drift. Runs anywhere.
 */
import { eventChannels, invokeChannels } from './channels';
import type { EventName, InputOf, InvokeName, OutputOf, PayloadOf } from './channels';
import { resultSchema } from './result';
import type { Result } from './result';

type DomainOf<N extends string> = N extends `${infer D}:${string}` ? D : never;
type Domain = DomainOf<InvokeName> | DomainOf<EventName>;

type InvokeFns<D extends string> = {
  readonly [N in InvokeName as N extends `${D}:${infer V}` ? V : never]: (input: InputOf<N>) => Promise<Result<OutputOf<N>>>;
};
type EventFns<D extends string> = {
  readonly [E in EventName as E extends `${D}:${infer V}` ? `on${Capitalize<V>}` : never]: (
    listener: (payload: PayloadOf<E>) => void,
  ) => () => void;
};

export type KioskApi = { readonly [D in Domain]: InvokeFns<D> & EventFns<D> };

/** What a transport must provide: a raw call and a raw subscription. Both carry `unknown`. */
export interface KioskTransport {
  invoke(channel: InvokeName, input: unknown): Promise<unknown>;
  subscribe(channel: EventName, listener: (payload: unknown) => void): () => void;
}

const split = (name: string): [string, string] => {
  const i = name.indexOf(':');
  return [name.slice(0, i), name.slice(i + 1)];
};

/**
 * Builds the domain-grouped API. Replies and events are parsed again on this side: a reply that
 * does not match the table becomes an `internal` error instead of reaching the UI half-formed.
 */
export function buildKioskApi(transport: KioskTransport): KioskApi {
  const api: Record<string, Record<string, unknown>> = {};
  const group = (d: string) => (api[d] ??= {});
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    const [domain, verb] = split(name);
    // Built on the channel's first call: making ~100 result unions up front cost every screen's start-up.
    let schema: ReturnType<typeof resultSchema> | undefined;
    group(domain)[verb] = async (input: unknown) => {
      try {
        const reply = await transport.invoke(name, input);
        schema ??= resultSchema(invokeChannels[name].output);
        const parsed = schema.safeParse(reply);
        return parsed.success ? parsed.data : { ok: false, error: { code: 'internal', message: `malformed reply on ${name}` } };
      } catch (e) {
        return { ok: false, error: { code: 'host-unavailable', message: e instanceof Error ? e.message : String(e) } };
      }
    };
  }
  for (const name of Object.keys(eventChannels) as EventName[]) {
    const [domain, verb] = split(name);
    const schema = eventChannels[name].payload;
    group(domain)[`on${verb.charAt(0).toUpperCase()}${verb.slice(1)}`] = (listener: (p: unknown) => void) =>
      transport.subscribe(name, (payload) => {
        const parsed = schema.safeParse(payload);
        if (parsed.success) listener(parsed.data);
      });
  }
  for (const g of Object.values(api)) Object.freeze(g);
  return Object.freeze(api) as unknown as KioskApi;
}
