import { loadavg } from 'node:os';

/** Runs `total` operations from `concurrency` clients and reports latency percentiles and throughput. */
export interface Measurement {
  name: string;
  count: number;
  errors: number;
  seconds: number;
  throughput: number;
  medianMs: number;
  p95Ms: number;
  /** The machine's 1-minute load average when the leg ended: a figure means little without it (2 cores here). */
  load?: number;
}

export async function measure(
  name: string,
  total: number,
  concurrency: number,
  operation: (index: number) => Promise<unknown>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const client = async () => {
    while (next < total) {
      const index = next++;
      const t0 = performance.now();
      try {
        await operation(index);
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name,
    count: total,
    errors,
    seconds,
    throughput: total / seconds,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    load: loadavg()[0]!,
  };
}

/**
 * The raw leg measured before and after the product's legs, so neither side gets DynamoDB Local's warm-up (or a
 * busier minute) alone: `operation` gets indexes from `total` on in the second raw leg, for keys of their own.
 * Ratios are taken against the mean of the two raw rates.
 */
export async function aroundRaw(
  name: string,
  total: number,
  concurrency: number,
  operation: (index: number) => Promise<unknown>,
  legs: () => Promise<Measurement[]>,
): Promise<{ rows: Measurement[]; rawRate: number; ratioOf: (leg: Measurement) => string }> {
  const before = await measure(`${name} · before`, total, concurrency, operation);
  const measured = await legs();
  const after = await measure(`${name} · after`, total, concurrency, (index) => operation(total + index));
  const rawRate = (before.throughput + after.throughput) / 2;
  return {
    rows: [before, ...measured, after],
    rawRate,
    ratioOf: (leg) => `${((leg.throughput / rawRate) * 100).toFixed(0)}%`,
  };
}

export function printTable(rows: Measurement[]): void {
  const line = (cells: string[]) =>
    process.stdout.write(`${cells.map((cell, i) => (i === 0 ? cell.padEnd(44) : cell.padStart(11))).join(' ')}\n`);
  line(['operation', 'requests', 'errors', 'req/s', 'median ms', 'p95 ms', 'load 1m']);
  for (const row of rows) {
    line([
      row.name,
      String(row.count),
      String(row.errors),
      row.throughput.toFixed(0),
      row.medianMs.toFixed(2),
      row.p95Ms.toFixed(2),
      row.load?.toFixed(2) ?? '—',
    ]);
  }
}
