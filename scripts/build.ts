/** `npm run build:weapp` / `npm run build:h5`: the real Taro builds; weapp prints its main-package size. */
import { join } from 'node:path';
import { buildMiniapp, directorySize, MINIAPP_DIR } from '../infra/local/miniapp-build';

const SUBPACKAGES = new Set(['store', 'marketer']);
const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024;

async function main() {
  const target = process.argv[2];
  if (target !== 'weapp' && target !== 'h5') throw new Error('usage: build weapp|h5');
  await buildMiniapp(target, {}, false, process.env.TARO_OUTPUT_DIR ?? `dist/${target}`);
  if (target === 'weapp') {
    const dist = join(MINIAPP_DIR, process.env.TARO_OUTPUT_DIR ?? 'dist/weapp');
    const main = directorySize(dist, (name) => SUBPACKAGES.has(name));
    const verdict = main < WECHAT_PACKAGE_LIMIT ? 'under' : 'OVER';
    process.stdout.write(`weapp main package: ${(main / 1024).toFixed(1)} KiB (${verdict} the 2 MB limit)\n`);
    for (const sub of SUBPACKAGES) {
      try {
        process.stdout.write(`weapp subpackage ${sub}: ${(directorySize(join(dist, sub)) / 1024).toFixed(1)} KiB\n`);
      } catch {
        // subpackage not built yet
      }
    }
    if (main >= WECHAT_PACKAGE_LIMIT) process.exit(1);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
