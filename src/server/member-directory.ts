/** A member's published attributes. */
export interface MemberAttributes {
  name: string;
  clientUrls: string[];
}

/**
 * Names and client URLs of members, as they published them through Raft.
 * Replicated state: every member applies the same publications in the same
 * order, and the directory travels inside snapshots.
 */
export class MemberDirectory {
  private readonly byId = new Map<bigint, MemberAttributes>();

  set(id: bigint, attrs: MemberAttributes): void {
    this.byId.set(id, { name: attrs.name, clientUrls: [...attrs.clientUrls] });
  }

  get(id: bigint): MemberAttributes | undefined {
    return this.byId.get(id);
  }

  toJSON(): Array<[string, MemberAttributes]> {
    return [...this.byId].map(([id, a]) => [id.toString(), a]);
  }

  load(entries: Array<[string, MemberAttributes]>): void {
    this.byId.clear();
    for (const [id, a] of entries) this.set(BigInt(id), a);
  }
}
