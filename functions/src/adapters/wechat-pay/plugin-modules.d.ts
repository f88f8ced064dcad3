// The parts of wechatpay-axios-plugin imported one by one (see plugin.ts); typed there from the package's own typings.
declare module 'wechatpay-axios-plugin/lib/*' {
  const part: unknown;
  export default part;
}
