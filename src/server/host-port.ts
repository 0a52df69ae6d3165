/** A parsed `http://host:port` URL, loopback or not; regd speaks h2c on client and peer ports. */
export interface HostPort {
  host: string;
  port: number;
}

/** `host:port` for binding or dialing, with IPv6 hosts in brackets. */
export function hostPort(a: HostPort): string {
  return `${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}`;
}
