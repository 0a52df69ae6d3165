import type { Logger } from 'pino';
import type { ApplyEntry, ApplyResult, KvCommand, MvccStore } from '../kv/index.js';
import type { Entry, Snapshot } from '../raft/index.js';
import type { WatchHub } from '../kv/watch-hub.js';
import { decodeCommand } from './command-codec.js';
import type { MemberDirectory } from './member-directory.js';
import type { StateMachine } from './raft-node.js';
import { decodeStateSnapshot, encodeStateSnapshot } from './state-snapshot.js';

const NOOP: KvCommand = { type: 'noop' };

/**
 * Applies committed Raft entries to the MVCC store. Each normal entry holds a
 * command (command-codec.ts), decoded here once, straight into the store's
 * types; configuration entries and the leader's no-op only move the applied
 * index. Decoding is deterministic, so an entry that cannot be decoded is a
 * no-op on every member alike.
 */
export class KvStateMachine implements StateMachine<ApplyResult> {
  constructor(private readonly store: MvccStore, private readonly members: MemberDirectory, private readonly log: Logger) {}

  /** Told of each applied revision's events, in apply order, once its batch is applied. */
  private watchHub: WatchHub | undefined;

  /** Feeds the watch hub from now on; returns this. */
  feedWatches(hub: WatchHub): this {
    this.watchHub = hub;
    return this;
  }

  async apply(entries: readonly Entry[]): Promise<Array<{ requestId: bigint; result: ApplyResult } | undefined>> {
    const batch: ApplyEntry[] = new Array(entries.length);
    const ids: Array<bigint | undefined> = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const decoded = this.decode(e);
      batch[i] = { index: e.index, command: decoded.command };
      ids[i] = decoded.requestId;
    }
    const results = await this.store.applyBatch(batch);
    const hub = this.watchHub;
    if (hub !== undefined) for (const r of results) if (r.status === 'applied' && r.events.length > 0) hub.notify(r.revision, r.events);
    return results.map((result, i) => {
      const requestId = ids[i];
      return requestId === undefined || result.status === 'skipped' ? undefined : { requestId, result };
    });
  }

  private decode(e: Entry): { command: KvCommand; requestId?: bigint } {
    if (e.conf !== undefined || e.data.length === 0) return { command: NOOP };
    try {
      const { requestId, command } = decodeCommand(e.data);
      if (command.type !== 'publishMember') return { requestId, command };
      this.members.set(command.memberId, { name: command.name, clientUrls: command.clientUrls });
      return { requestId, command: NOOP };
    } catch (err) {
      this.log.error({ err, index: e.index }, 'undecodable log entry applied as a no-op');
      return { command: NOOP };
    }
  }

  appliedIndex(): number {
    return this.store.appliedIndex;
  }

  async snapshot(): Promise<Uint8Array> {
    const kv = (await this.store.snapshot()).data;
    return encodeStateSnapshot({ members: this.members.toJSON(), kv });
  }

  async restore(snapshot: Snapshot): Promise<void> {
    const s = decodeStateSnapshot(snapshot.data);
    await this.store.restore(s.kv);
    this.members.load(s.members);
    // The revision jumped: watchers catch up on what the snapshot skipped from its history.
    this.watchHub?.resync();
  }
}
