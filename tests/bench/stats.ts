import os from 'node:os';

/** Timings of one kind of work: wall time, and the processor time of the process alongside. */
export type Samples = { wall: number[]; cpu: number[] };

/** min / median / p95 of timing samples, in milliseconds. */
export function stats(samples: number[]): string {
  if (samples.length === 0) return 'no samples';
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const f = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  return `min ${f(sorted[0])} ms · median ${f(at(0.5))} ms · p95 ${f(at(0.95))} ms · n=${samples.length}`;
}

/** The speed check's loop ends on this value; checking it keeps the loop from being optimized away. */
const SPEED_CHECK_RESULT = 3255;

/**
 * Milliseconds for a fixed arithmetic loop, best of three. The load average only counts this
 * machine's own work; on a shared virtual machine the host can give it half the processor
 * for minutes at a time, and every figure printed then reads slower by as much. Lower is faster.
 */
function speedCheck(): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 10_000_000; i++) x = (x + i * 7) % 1_000_003;
    if (x !== SPEED_CHECK_RESULT) throw new Error(`speed check: the loop ended on ${x}, not ${SPEED_CHECK_RESULT}`);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The machine's load averages (1, 5, 15 minutes), cores and speed check: figures from a busy or slowed machine read slower. */
export function machineLoad(): string {
  const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(1));
  return `load average ${one} / ${five} / ${fifteen} on ${os.cpus().length} cores, speed check ${speedCheck().toFixed(0)} ms`;
}
