import { credentials, Metadata, type ClientDuplexStream } from '@grpc/grpc-js';
import type { etcdserverpb } from '../../src/generated/proto.js';
import { longToNumber } from '../../src/proto/long.js';
import { WatchClient } from '../../src/proto/services.js';
import { CHANNEL_OPTIONS } from './call.js';
import { prefixEnd } from './kv.js';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A PUT or DELETE as the watcher received it. */
export interface WatchedEvent {
  type: 'PUT' | 'DELETE';
  key: string;
  value: string;
  revision: number;
}

export interface WatchHandlers {
  onEvents(events: WatchedEvent[]): void;
  /** The stream ended (error, cancel, node gone); called once. */
  onEnd(reason: string): void;
}

/**
 * One watch on a key prefix, on one member, from a start revision, over a
 * stream opened with `hasleader` (so a member that loses its leader ends it).
 */
export class PrefixWatch {
  private readonly client: InstanceType<typeof WatchClient>;
  private readonly stream: ClientDuplexStream<etcdserverpb.IWatchRequest, etcdserverpb.WatchResponse>;
  private ended = false;

  constructor(readonly node: string, endpoint: string, prefix: string, startRevision: number, private readonly handlers: WatchHandlers) {
    this.client = new WatchClient(endpoint, credentials.createInsecure(), CHANNEL_OPTIONS);
    const md = new Metadata();
    md.set('hasleader', 'true');
    this.stream = this.client.Watch(md) as ClientDuplexStream<etcdserverpb.IWatchRequest, etcdserverpb.WatchResponse>;
    this.stream.on('data', (r: etcdserverpb.WatchResponse) => {
      if (this.ended) return;
      if (r.canceled) return this.end(`canceled: ${r.cancelReason || 'no reason'}${longToNumber(r.compactRevision) > 0 ? ` (compacted at ${longToNumber(r.compactRevision)})` : ''}`);
      if (r.events.length === 0) return;
      handlers.onEvents(r.events.map((e) => ({
        type: e.type === 1 ? 'DELETE' : 'PUT',
        key: dec.decode(e.kv!.key),
        value: dec.decode(e.kv!.value),
        revision: longToNumber(e.kv!.modRevision),
      })));
    });
    this.stream.on('error', (err: Error) => this.end(err.message));
    this.stream.on('end', () => this.end('stream ended'));
    this.stream.write({ createRequest: { key: enc.encode(prefix), rangeEnd: prefixEnd(prefix), startRevision } });
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.close();
    this.handlers.onEnd(reason);
  }

  /** Ends the stream without calling onEnd. */
  close(): void {
    this.ended = true;
    this.stream.removeAllListeners('error');
    this.stream.on('error', () => undefined);
    this.stream.cancel();
    this.client.close();
  }
}
