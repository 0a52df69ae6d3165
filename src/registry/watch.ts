// A service watch: the current instances of one service, then every change,
// on the watch hub. The snapshot is read at a revision R and the hub's
// watchers start at R + 1, so nothing is missed and nothing is sent twice; a
// watch from a given revision replays the hub's history from there. The
// watcher covers only that service's keys, so a change to another service
// wakes no one here. A second watcher follows the self-preservation record, so
// every update says whether self-preservation is on.

import { EventType, type Event } from '../kv/index.js';
import type { WatchHub } from '../kv/watch-hub.js';
import type { WatchStream } from '../kv/watch-stream.js';
import { RegistryError } from './errors.js';
import { decodeSelfPreservationRecord, prefixEnd, SELF_PRESERVATION_KEY, servicePrefix, type InstanceView } from './record.js';
import type { RegistryStore } from './store.js';

export type InstanceChange =
  | { type: 'put'; instance: InstanceView }
  | { type: 'delete'; service: string; id: string };

export interface ServiceWatchUpdate {
  /** The revision the update brings the watcher to. */
  revision: number;
  /** The first update of a watch from revision 0: every current instance, as puts. */
  snapshot: boolean;
  changes: InstanceChange[];
  selfPreservation: boolean;
}

export interface ServiceWatchSink {
  /** An update; return false to pause until resume() (the client is behind). */
  update(u: ServiceWatchUpdate): boolean;
  /** The watch ended: compacted history, a failed read, or the member stopping. */
  end(err: RegistryError): void;
}

export interface ServiceWatch {
  /** Deliver what is waiting again after update() returned false. */
  resume(): void;
  close(): void;
}

const dec = new TextDecoder();

/** The instance id in a deleted instance key of `service`. */
function idOf(key: Uint8Array, prefixLength: number): string {
  return dec.decode(key.subarray(prefixLength));
}

export async function watchService(
  hub: WatchHub, store: RegistryStore, service: string, startRevision: number, sink: ServiceWatchSink,
): Promise<ServiceWatch> {
  if (!Number.isSafeInteger(startRevision) || startRevision < 0) {
    throw new RegistryError('INVALID_ARGUMENT', `registry: start_revision must be 0 or more, got ${startRevision}`);
  }
  const prefix = servicePrefix(service);
  let selfPreservation = false;
  let from = startRevision;
  let snapshot: ServiceWatchUpdate | undefined;
  if (startRevision === 0) {
    const list = await store.list(service, {}, true);
    selfPreservation = list.selfPreservation.active;
    snapshot = { revision: list.revision, snapshot: true, changes: list.instances.map((instance) => ({ type: 'put', instance })), selfPreservation };
    from = list.revision + 1;
  } else {
    if (startRevision <= hub.compactRevision) {
      throw new RegistryError('OUT_OF_RANGE', `registry: revision ${startRevision} has been compacted (compacted revision ${hub.compactRevision})`);
    }
    selfPreservation = (await store.selfPreservation(true)).active;
  }

  let paused = false;
  let ended = false;
  /** Every change of the service up to this revision has been delivered. */
  let delivered = from - 1;
  let serviceWatchId = -1;
  const end = (err: RegistryError) => {
    if (ended) return;
    ended = true;
    stream.close();
    sink.end(err);
  };
  const deliver = (u: ServiceWatchUpdate) => {
    if (!sink.update(u)) paused = true;
  };
  const drain = () => {
    while (!paused && !ended) {
      const out = stream.take();
      if (out === undefined) return;
      switch (out.kind) {
        case 'events':
          if (out.watchId === serviceWatchId) {
            // The revision of the events themselves (a catch-up from history is labelled with the hub's
            // newer revision), so a client that resumes from revision + 1 misses nothing.
            for (const e of out.events) if (e.kv.modRevision > delivered) delivered = e.kv.modRevision;
            deliver({ revision: delivered, snapshot: false, changes: toChanges(out.events), selfPreservation });
          } else {
            // The two watchers catch up independently: a self-preservation change says only what the
            // service's own events have reached, never more.
            selfPreservation = decodeSelfPreservationRecord(lastPut(out.events)).active;
            deliver({ revision: delivered, snapshot: false, changes: [], selfPreservation });
          }
          break;
        case 'compacted':
          end(new RegistryError('OUT_OF_RANGE', `registry: the watch fell behind compacted revision ${out.compactRevision}; watch again from revision 0`));
          break;
        case 'createFailed':
          end(new RegistryError('OUT_OF_RANGE', `registry: ${out.reason}`));
          break;
        case 'canceled':
          end(new RegistryError('UNAVAILABLE', 'registry: watch canceled'));
          break;
        default:
          break; // created, progress
      }
    }
  };
  const toChanges = (events: readonly Event[]): InstanceChange[] => {
    const out: InstanceChange[] = [];
    for (const e of events) {
      if (e.type === EventType.DELETE) {
        out.push({ type: 'delete', service, id: idOf(e.kv.key, prefix.length) });
        continue;
      }
      const instance = store.view(e.kv);
      if (instance !== undefined) out.push({ type: 'put', instance });
    }
    return out;
  };

  const stream: WatchStream = hub.openStream({
    readable: drain,
    failed: (err) => end(new RegistryError('UNAVAILABLE', `registry: watch failed: ${(err as Error).message}`)),
    closed: () => end(new RegistryError('UNAVAILABLE', 'registry: the member is stopping')),
  });
  if (snapshot !== undefined) deliver(snapshot);
  serviceWatchId = stream.create({ key: prefix, rangeEnd: prefixEnd(prefix), startRevision: from });
  stream.create({ key: SELF_PRESERVATION_KEY, startRevision: from });
  drain();
  return {
    resume: () => {
      paused = false;
      drain();
    },
    close: () => {
      ended = true;
      stream.close();
    },
  };
}

function lastPut(events: readonly Event[]): Uint8Array | undefined {
  const e = events[events.length - 1];
  return e === undefined || e.type === EventType.DELETE ? undefined : e.kv.value;
}
