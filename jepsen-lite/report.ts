import { writeFileSync } from 'node:fs';
import type { Anomaly, CheckVerdict } from './checker/check-result.js';
import type { HistoryEvent } from './checker/history.js';

export interface ReportInput {
  title: string;
  summary: string;
  events: readonly HistoryEvent[];
  verdict: CheckVerdict;
  /** Drawn as red markers at their times; operations on their keys are outlined. */
  anomalies: readonly Anomaly[];
  reason?: string;
  /** The checker's counts; `anomaly:<kind>` entries are listed. */
  stats?: Readonly<Record<string, number>>;
}

/** Anomalies listed in the report's text (all are in results.json). */
const MAX_LISTED = 30;

const COLORS = { ok: '#3a9d4a', fail: '#c0392b', mismatch: '#7fb3d5', info: '#e67e22', open: '#999' } as const;

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A self-contained report.html: one row per client process, one bar per
 * operation from invoke to completion (info and unanswered ones run to the
 * end), fault windows drawn over it, operations on bad keys outlined.
 */
export function writeReport(file: string, input: ReportInput): void {
  const { events } = input;
  const end = events.length > 0 ? events[events.length - 1]!.time : 1;
  const processes = [...new Set(events.filter((e) => e.process !== 'nemesis' && e.process !== 'reference').map((e) => e.process))]
    .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : typeof a === 'number' ? -1 : typeof b === 'number' ? 1 : a.localeCompare(b)));
  const row = new Map(processes.map((p, i) => [p, i]));
  const width = 1600;
  const left = 60;
  const rowH = 14;
  const top = 24;
  const height = top + processes.length * rowH + 20;
  const x = (t: number) => left + (t / end) * (width - left - 10);
  const bad = new Set(input.anomalies.flatMap((a) => (a.key === undefined ? [] : [a.key])));
  const parts: string[] = [];

  // Fault windows first, under the operations.
  const open = new Map<string, HistoryEvent>();
  const windows: Array<{ f: string; start: number; end: number; label: string }> = [];
  for (const e of events) {
    if (e.process !== 'nemesis') continue;
    const m = /^(start|stop)-(.+)$/.exec(e.f);
    if (m === null) continue;
    if (m[1] === 'start') open.set(m[2]!, e);
    else {
      const s = open.get(m[2]!);
      open.delete(m[2]!);
      if (s !== undefined) windows.push({ f: m[2]!, start: s.time, end: e.time, label: `${m[2]} ${JSON.stringify(s.value)}` });
    }
  }
  for (const [f, s] of open) windows.push({ f, start: s.time, end, label: `${f} ${JSON.stringify(s.value)}` });
  const faultColor: Record<string, string> = { kill: '#e74c3c', pause: '#8e44ad', partition: '#2980b9', delay: '#f1c40f' };
  for (const w of windows) {
    parts.push(`<rect x="${x(w.start).toFixed(1)}" y="${top}" width="${Math.max(1, x(w.end) - x(w.start)).toFixed(1)}" height="${processes.length * rowH}" fill="${faultColor[w.f] ?? '#555'}" fill-opacity="0.15"><title>${esc(w.label)}</title></rect>`);
    parts.push(`<text x="${x(w.start).toFixed(1)}" y="${top - 6}" font-size="10" fill="${faultColor[w.f] ?? '#555'}">${esc(w.f)}</text>`);
  }
  const quiet = events.find((e) => e.process === 'nemesis' && e.f === 'quiet');
  if (quiet !== undefined) parts.push(`<line x1="${x(quiet.time).toFixed(1)}" x2="${x(quiet.time).toFixed(1)}" y1="${top}" y2="${top + processes.length * rowH}" stroke="#000" stroke-dasharray="4 3"><title>quiet period starts</title></line>`);

  // Operations.
  const inv = new Map<number | string, HistoryEvent>();
  const bar = (i: HistoryEvent, done: HistoryEvent | undefined) => {
    const r = row.get(i.process)!;
    const kind = done === undefined ? 'open' : done.type === 'fail' && done.error === 'mismatch' ? 'mismatch' : (done.type as 'ok' | 'fail' | 'info');
    const t1 = done === undefined || done.type === 'info' ? end : done.time;
    const x0 = x(i.time);
    const w = Math.max(1, x(t1) - x0);
    const outline = i.key !== undefined && bad.has(i.key) ? ' stroke="#000" stroke-width="1.5"' : '';
    const title = `process ${i.process} ${i.f} ${i.key ?? ''} ${JSON.stringify(i.value ?? null)} → ${done === undefined ? 'no answer' : `${done.type} ${JSON.stringify(done.value ?? null)}${done.error ? ` (${done.error})` : ''}`} node=${i.node ?? '?'}${done?.revision !== undefined ? ` rev=${done.revision}` : ''}`;
    parts.push(`<rect x="${x0.toFixed(1)}" y="${top + r * rowH + 2}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${COLORS[kind]}"${kind === 'info' || kind === 'open' ? ' fill-opacity="0.35"' : ''}${outline}><title>${esc(title)}</title></rect>`);
  };
  // Watch streams: one bar per stream, from watch-start to its end.
  const sessions = new Map<number | string, HistoryEvent>();
  const session = (s: HistoryEvent, t1: number, why: string) => {
    const r = row.get(s.process)!;
    parts.push(`<rect x="${x(s.time).toFixed(1)}" y="${top + r * rowH + 4}" width="${Math.max(1, x(t1) - x(s.time)).toFixed(1)}" height="${rowH - 8}" fill="#16a085"><title>${esc(`${s.process} watching on ${s.node ?? '?'} from revision ${JSON.stringify(s.value)}: ${why}`)}</title></rect>`);
  };
  for (const e of events) {
    if (e.process === 'nemesis' || e.process === 'reference') continue;
    if (e.f === 'watch-start' || e.f === 'watch-end') {
      const s = sessions.get(e.process);
      if (s !== undefined) session(s, e.time, e.f === 'watch-end' ? `ended: ${JSON.stringify(e.value)}` : 'replaced');
      if (e.f === 'watch-start') sessions.set(e.process, e);
      else sessions.delete(e.process);
      continue;
    }
    if (e.type === 'invoke') inv.set(e.process, e);
    else {
      const i = inv.get(e.process);
      inv.delete(e.process);
      if (i !== undefined) bar(i, e);
    }
  }
  for (const i of inv.values()) bar(i, undefined);
  for (const s of sessions.values()) session(s, end, 'open at the end');
  for (const a of input.anomalies) {
    for (const t of a.times) parts.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top}" y2="${top + processes.length * rowH}" stroke="#e00" stroke-width="2"><title>${esc(`${a.kind}: ${a.message}`)}</title></line>`);
  }
  processes.forEach((p, i) => parts.push(`<text x="4" y="${top + i * rowH + 11}" font-size="10">${esc(typeof p === 'number' ? `p${p}` : p)}</text>`));
  for (let s = 0; s <= end / 1e9; s += 5) parts.push(`<text x="${x(s * 1e9).toFixed(1)}" y="${height - 4}" font-size="10">${s}s</text>`);

  const legend = Object.entries(COLORS).map(([k, c]) => `<span style="display:inline-block;width:12px;height:12px;background:${c};margin:0 4px 0 12px"></span>${k}`).join('');
  const counts = Object.entries(input.stats ?? {}).filter(([k]) => k.startsWith('anomaly:')).map(([k, n]) => `${esc(k.slice(8))} ×${n}`).join(', ');
  const listed = input.anomalies.slice(0, MAX_LISTED).map((a) => `<li><b>${esc(a.kind)}</b>${a.key === undefined ? '' : ` (${esc(a.key)})`}: ${esc(a.message)}</li>`).join('');
  const anomalies = input.verdict === 'valid'
    ? '<p>Verdict: <b style="color:#3a9d4a">valid</b>. No anomaly.</p>'
    : input.verdict === 'unknown'
      ? `<p>Verdict: <b style="color:#e67e22">unknown</b>: ${esc(input.reason ?? '')}</p>`
      : `<p>Verdict: <b style="color:#c0392b">invalid</b>. Anomalies${counts === '' ? '' : ` (${counts})`}, red lines on the timeline, operations on their keys outlined; the first of each kind:</p><ul>${listed}</ul>`;
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(input.title)}</title>
<style>body{font-family:sans-serif;margin:16px} svg{border:1px solid #ccc}</style></head>
<body><h1>${esc(input.title)}</h1><p><code>${esc(input.summary)}</code></p>${anomalies}
<p>${legend} &nbsp; <span style="display:inline-block;width:12px;height:12px;background:#16a085;margin:0 4px 0 12px"></span>watch stream &nbsp; faults: <span style="color:#e74c3c">kill</span> <span style="color:#8e44ad">pause</span> <span style="color:#2980b9">partition</span> <span style="color:#b7950b">delay</span>; dashed line: quiet period. Hover for details.</p>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${parts.join('\n')}
</svg></body></html>
`;
  writeFileSync(file, html);
}
