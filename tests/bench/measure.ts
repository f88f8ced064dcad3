/** Runs `total` operations from `concurrency` clients and reports latency percentiles and throughput. */
export interface Measurement {
  name: string;
  count: number;
  errors: number;
  seconds: number;
  throughput: number;
  medianMs: number;
  p95Ms: number;
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
  return { name, count: total, errors, seconds, throughput: total / seconds, medianMs: pick(0.5), p95Ms: pick(0.95) };
}

export function printTable(rows: Measurement[]): void {
  const line = (cells: string[]) =>
    process.stdout.write(`${cells.map((cell, i) => (i === 0 ? cell.padEnd(34) : cell.padStart(11))).join(' ')}\n`);
  line(['operation', 'requests', 'errors', 'req/s', 'median ms', 'p95 ms']);
  for (const row of rows) {
    line([
      row.name,
      String(row.count),
      String(row.errors),
      row.throughput.toFixed(0),
      row.medianMs.toFixed(2),
      row.p95Ms.toFixed(2),
    ]);
  }
}
