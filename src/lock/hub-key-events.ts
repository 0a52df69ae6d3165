import { EventType, type Event } from '../kv/index.js';
import type { WatchHub } from '../kv/watch-hub.js';
import type { KeyEvents } from './recipe-kv.js';

/**
 * Follows the events of one key or range through the watch hub, from a
 * revision on, until `onEvents` returns true or the signal aborts. Resolves
 * too when the history it needs was compacted: callers re-read the state.
 */
export function followEvents(
  hub: WatchHub,
  range: { key: Uint8Array; rangeEnd?: Uint8Array },
  fromRevision: number,
  filter: { noPut?: boolean; noDelete?: boolean },
  onEvents: (events: readonly Event[], revision: number) => boolean,
  signal: AbortSignal,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const finish = (err?: unknown) => {
      if (finished) return;
      finished = true;
      signal.removeEventListener('abort', onAbort);
      stream.close();
      if (err === undefined) resolve();
      else reject(err);
    };
    const onAbort = () => finish(signal.reason ?? new Error('aborted'));
    const stream = hub.openStream({
      readable: () => {
        for (let out = stream.take(); out !== undefined && !finished; out = stream.take()) {
          if (out.kind === 'events' && onEvents(out.events, out.revision)) finish();
          else if (out.kind === 'compacted' || out.kind === 'canceled' || out.kind === 'createFailed') finish();
        }
      },
      failed: (err) => finish(err),
      closed: () => finish(new Error('etcdserver: server stopped')),
    });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stream.create({ key: range.key, ...(range.rangeEnd ? { rangeEnd: range.rangeEnd } : {}), startRevision: Math.max(1, fromRevision), ...filter });
  });
}

/** KeyEvents over the watch hub: resolves when the key is deleted at or after `fromRevision`. */
export function hubKeyEvents(hub: WatchHub): KeyEvents {
  return {
    waitDeleted: (key, fromRevision, signal) =>
      followEvents(hub, { key }, fromRevision, { noPut: true }, (events) => events.some((e) => e.type === EventType.DELETE), signal),
  };
}
