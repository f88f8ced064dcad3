import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Jest loads packages as Node does; a function runs them bundled by esbuild, in strict mode. The WeChat Pay
 * adapter must load and sign there too (the package's own index throws in that mode: see plugin.ts).
 */
test('the WeChat Pay adapter works inside an esbuild bundle, as deployed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wechat-pay-bundle-'));
  try {
    const [bundle] = buildSync({
      entryPoints: [join(__dirname, '../../functions/src/adapters/wechat-pay/index.ts')],
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      write: false,
      outfile: join(dir, 'adapter.js'),
    }).outputFiles;
    writeFileSync(join(dir, 'adapter.js'), bundle!.contents);
    const adapter = require(join(dir, 'adapter.js'));
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const args = adapter.requestPaymentArgs('wx0000local000000', 'wx2026120514300000000000', privateKey);
    expect(args).toMatchObject({ package: 'prepay_id=wx2026120514300000000000', signType: 'RSA' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
