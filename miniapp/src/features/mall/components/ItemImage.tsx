import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { tileGlyph, tileTone } from '../mall-words';
import './ItemImage.scss';

export interface ItemImageProps {
  name: string;
  category: string;
  /** The item's first picture, if it has one. */
  src?: string | null;
  size?: 'card' | 'hero' | 'thumb';
  className?: string;
}

/**
 * An item's picture, or — when it has none or it fails to load — a warm tile in its category's tone with the
 * first character of its name (nothing remote is needed).
 */
export function ItemImage({ name, category, src, size = 'card', className = '' }: ItemImageProps) {
  const [broken, setBroken] = useState(false);
  if (src && !broken) {
    return (
      <View className={`item-image item-image--${size} ${className}`}>
        <Image className="item-image__img" src={src} mode="aspectFill" lazyLoad onError={() => setBroken(true)} />
      </View>
    );
  }
  const tone = tileTone(category);
  return (
    <View
      className={`item-image item-image--${size} item-image--placeholder ${className}`}
      style={{ background: tone.background }}
    >
      <View className="item-image__ring" />
      <Text className="item-image__glyph" style={{ color: tone.color }}>
        {tileGlyph(name)}
      </Text>
    </View>
  );
}
