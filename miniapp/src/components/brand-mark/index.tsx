import { Image } from '@tarojs/components';
import { svgDataUri } from '../../lib/qr';

const CUP =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<circle cx="32" cy="32" r="31" fill="#f6e7d4"/>' +
  '<path d="M26 13c-2 3 2 5 0 8M32 11c-2 3 2 5 0 8M38 13c-2 3 2 5 0 8" stroke="#b07a52" stroke-width="2.4" fill="none" stroke-linecap="round"/>' +
  '<path d="M17 26h30v10c0 9-6.7 15-15 15s-15-6-15-15z" fill="#6f4e37"/>' +
  '<path d="M47 29h2.5a5.5 5.5 0 010 11H46" stroke="#6f4e37" stroke-width="3.4" fill="none"/>' +
  '<path d="M14 53h36" stroke="#6f4e37" stroke-width="3.4" stroke-linecap="round"/>' +
  '<path d="M24 33c2.5 3 13.5 3 16 0" stroke="#e8d6c3" stroke-width="2.4" fill="none" stroke-linecap="round"/>' +
  '</svg>';

const CUP_URI = svgDataUri(CUP);

/** The 啡常时光 cup mark. */
export function BrandMark({ className = '' }: { className?: string }) {
  return <Image className={`brand-mark ${className}`} src={CUP_URI} mode="aspectFit" />;
}
