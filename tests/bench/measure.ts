import { loadavg } from 'node:os';

/** Latency percentiles and throughput of one leg. */
export interface Measurement {
  name: string;
  count: number;
  errors: number;
  seconds: number;
  throughput: number;
  medianMs: number;
  p95Ms: number;
  /** The machine's 1-minute load average when the leg ended (the mean over its runs): a figure means little without it (2 cores here). */
  load?: number;
}

/** Runs `total` operations from `concurrency` clients. */
export async function measure(
  name: string,
  total: number,
  concurrency: number,
  operation: (index: number) => Promise<unknown>,
): Promise<Measurement> {
  return summarize(name, [await run(total, concurrency, operation)]);
}

interface Run {
  latencies: number[];
  errors: number;
  seconds: number;
  load: number;
}

async function run(total: number, concurrency: number, operation: (index: number) => Promise<unknown>): Promise<Run> {
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
  return { latencies, errors, seconds: (performance.now() - started) / 1000, load: loadavg()[0]! };
}

/** Runs of one leg as one figure: requests over the time they took, percentiles over all, the mean load. */
function summarize(name: string, runs: Run[]): Measurement {
  const latencies = runs.flatMap((one) => one.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, one) => sum + one.seconds, 0);
  const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    name,
    count: latencies.length,
    errors: runs.reduce((sum, one) => sum + one.errors, 0),
    seconds,
    throughput: latencies.length / seconds,
    medianMs: pick(0.5),
    p95Ms: pick(0.95),
    load: runs.reduce((sum, one) => sum + one.load, 0) / runs.length,
  };
}

/**
 * Legs taken in turns, `rounds` times `perRound` operations each, starting each round one leg further on: on a
 * shared machine whose load moves by the minute, every leg (the raw one too) sees the same minutes, and none gets
 * the engine's warm-up alone. `operation` gets indexes unique to its leg across rounds.
 */
export async function interleaved(
  legs: { name: string; operation: (index: number) => Promise<unknown> }[],
  rounds: number,
  perRound: number,
  concurrency: number,
): Promise<Measurement[]> {
  const runs = legs.map((): Run[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < legs.length; step++) {
      const leg = (round + step) % legs.length;
      const offset = runs[leg]!.length * perRound;
      runs[leg]!.push(await run(perRound, concurrency, (index) => legs[leg]!.operation(offset + index)));
    }
  }
  return legs.map((leg, i) => summarize(leg.name, runs[i]!));
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
