import os from 'node:os';

/** min / median / p95 of timing samples, in milliseconds. */
export function stats(samples: number[]): string {
  if (samples.length === 0) return 'no samples';
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  return `min ${f(sorted[0])} ms · median ${f(at(0.5))} ms · p95 ${f(at(0.95))} ms · n=${samples.length}`;
}

/** The machine's load averages (1, 5, 15 minutes) and cores: figures from a busy machine read slower. */
export function machineLoad(): string {
  const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(1));
  return `load average ${one} / ${five} / ${fifteen} on ${os.cpus().length} cores`;
}
