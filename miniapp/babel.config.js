// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
//
// babel-preset-taro with `framework: 'react'` requires its peer dependency `@babel/preset-react`. When that
// package is missing from node_modules, the same preset is used for everything else (env, TypeScript, runtime,
// decorators, define-config removal) and JSX goes through the small automatic-runtime transform in
// config/babel-plugin-react-jsx.js. Installing `@babel/preset-react` switches back to the standard setup.
const hasPresetReact = (() => {
  try {
    require.resolve('@babel/preset-react');
    return true;
  } catch {
    return false;
  }
})();

module.exports = hasPresetReact
  ? { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }
  : {
      presets: [['taro', { framework: 'react-local-jsx', ts: true, compiler: 'webpack5' }]],
      plugins: [
        require.resolve('./config/babel-plugin-react-jsx'),
        ...(process.env.TARO_ENV === 'weapp' ? [require.resolve('babel-preset-taro/transform-taro-components')] : []),
      ],
    };
