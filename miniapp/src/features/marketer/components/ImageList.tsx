import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TextField } from '../../campaigns/components/FormParts';

/** The item's pictures (the first is the cover): shown as thumbnails, removable, added by their https address. */
export function ImageList({ images, onChange }: { images: string[]; onChange: (images: string[]) => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const address = url.trim();
    if (!/^https?:\/\/\S+$/.test(address)) return setError('请填写图片地址（http:// 或 https:// 开头）');
    if (images.length >= 9) return setError('最多 9 张图片');
    onChange([...images, address]);
    setUrl('');
    setError(null);
  };
  return (
    <View className="image-editor">
      {images.length > 0 && (
        <View className="image-list">
          {images.map((src, index) => (
            <View key={src} className={`image-list__item mall-image-${index}`}>
              <Image className="image-list__img" src={src} mode="aspectFill" />
              <Text
                className="image-list__remove"
                onClick={() => onChange(images.filter((_, other) => other !== index))}
              >
                ×
              </Text>
            </View>
          ))}
        </View>
      )}
      <View className="stock-adjust__fields">
        <TextField className="mall-image-url" value={url} placeholder="图片地址 https://…" onChange={setUrl} />
        <Text className="admin-action mall-image-add" onClick={add}>
          添加
        </Text>
      </View>
      {error && <Text className="admin-error mall-image-error">{error}</Text>}
    </View>
  );
}
