// Raft messages between members in one process: the in-memory PeerSender, for
// tests that run several RaftNodes together. Like PeerTransport it never calls
// back inside send(): deliveries go through a scheduler (by default a
// microtask), so a node's loop is never re-entered. A message to a member that
// is not joined, or across a cut link, is lost and reported unreachable, as a
// broken stream is; a snapshot's outcome is reported once it is delivered.

import type { Message, NodeId } from '../raft/index.js';
import type { TransportHooks } from './peer-transport.js';
import type { PeerSender } from './raft-node-types.js';

export class MemoryNetwork {
  private readonly members = new Map<NodeId, TransportHooks>();
  private readonly cuts = new Set<string>();

  /** @param schedule runs a delivery later; queueMicrotask by default. */
  constructor(private readonly schedule: (deliver: () => void) => void = queueMicrotask) {}

  /** Adds a member: `hooks` receive what is sent to `id`; returns the member's sender. */
  join(id: NodeId, hooks: TransportHooks): PeerSender {
    this.members.set(id, hooks);
    return { send: (messages) => this.send(id, messages) };
  }

  /** A member that left (or crashed) receives nothing more. */
  leave(id: NodeId): void {
    this.members.delete(id);
  }

  /** Messages from `from` to `to` are lost until heal(). */
  cut(from: NodeId, to: NodeId): void {
    this.cuts.add(`${from}>${to}`);
  }

  heal(): void {
    this.cuts.clear();
  }

  private send(from: NodeId, messages: readonly Message[]): void {
    for (const m of messages) {
      this.schedule(() => {
        const sender = this.members.get(from);
        const target = this.members.get(m.to);
        if (target === undefined || this.cuts.has(`${from}>${m.to}`)) {
          if (m.type === 'snap') sender?.reportSnapshot(m.to, false);
          else sender?.reportUnreachable(m.to);
          return;
        }
        target.receive([m]);
        if (m.type === 'snap') sender?.reportSnapshot(m.to, true);
      });
    }
  }
}
