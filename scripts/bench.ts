/** `npm run bench -- <name>`: performance figures, printed (never asserted in tests). */
import { benchAnalytics } from '../tests/bench/analytics.bench';
import { benchApi } from '../tests/bench/api.bench';
import { benchCheckin } from '../tests/bench/checkin.bench';
import { benchClaim } from '../tests/bench/claim.bench';
import { benchCold } from '../tests/bench/cold.bench';
import { benchDispatch } from '../tests/bench/dispatch.bench';
import { benchPurchase } from '../tests/bench/purchase.bench';
import { benchRedeem } from '../tests/bench/redeem.bench';
import { benchWallet } from '../tests/bench/wallet.bench';
import { benchPlans } from '../tests/bench/plans.bench';

const benches: Record<string, () => Promise<void>> = {
  api: benchApi,
  purchase: benchPurchase,
  cold: benchCold,
  checkin: benchCheckin,
  redeem: benchRedeem,
  claim: benchClaim,
  dispatch: benchDispatch,
  wallet: benchWallet,
  analytics: benchAnalytics,
  plans: benchPlans,
};

async function main() {
  const name = process.argv[2];
  const bench = name ? benches[name] : undefined;
  if (!bench) throw new Error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  await bench();
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
