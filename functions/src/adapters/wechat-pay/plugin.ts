/// <reference path="./plugin-modules.d.ts" />
import type * as Plugin from 'wechatpay-axios-plugin';
import AesPart from 'wechatpay-axios-plugin/lib/aes';
import DecoratorPart from 'wechatpay-axios-plugin/lib/decorator';
import FormatterPart from 'wechatpay-axios-plugin/lib/formatter';
import RsaPart from 'wechatpay-axios-plugin/lib/rsa';

/*
 * The package's index sets `module.exports.default` on a class whose `default` is a getter: harmless in Node's
 * sloppy mode, a TypeError in the strict-mode bundle esbuild builds for each function. Its parts, imported one by
 * one, do not do that.
 */
export const Aes = AesPart as typeof Plugin.Aes;
export const Decorator = DecoratorPart as typeof Plugin.Decorator;
export const Formatter = FormatterPart as typeof Plugin.Formatter;
export const Rsa = RsaPart as typeof Plugin.Rsa;
