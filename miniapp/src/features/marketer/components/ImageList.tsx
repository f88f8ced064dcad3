import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { TextField } from '../../campaigns/components/FormParts';
import { type ChosenImage, imageProblem, uploadMallImage } from '../api/mall-images';

const MAX_IMAGES = 9;

/** The picture the marketer picked, as both platforms describe it (the browser also gives its type). */
async function chooseOne(): Promise<ChosenImage | null> {
  try {
    const chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    const file = chosen.tempFiles[0] as (typeof chosen.tempFiles)[number] & { originalFileObj?: { type?: string } };
    return file ? { path: file.path, size: file.size, type: file.originalFileObj?.type ?? file.type } : null;
  } catch {
    return null; // cancelled
  }
}

/**
 * The item's pictures (the first is the cover): thumbnails, removable; added by uploading one from the phone or the
 * computer (JPG / PNG / WebP up to 2 MB), or by an https address of a picture already online.
 */
export function ImageList({ images, onChange }: { images: string[]; onChange: (images: string[]) => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const add = () => {
    const address = url.trim();
    if (!/^https?:\/\/\S+$/.test(address)) return setError('请填写图片地址（http:// 或 https:// 开头）');
    if (images.length >= MAX_IMAGES) return setError('最多 9 张图片');
    onChange([...images, address]);
    setUrl('');
    setError(null);
  };
  const upload = async () => {
    if (uploading) return;
    if (images.length >= MAX_IMAGES) return setError('最多 9 张图片');
    const image = await chooseOne();
    if (!image) return;
    const problem = imageProblem(image);
    if (problem) return setError(problem);
    setError(null);
    setUploading(true);
    try {
      const address = await uploadMallImage(image, `image-${Date.now().toString(36)}-${image.size}`);
      onChange([...images, address]);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setUploading(false);
    }
  };
  return (
    <View className="image-editor">
      <View className="image-list">
        {images.map((src, index) => (
          <View key={src} className={`image-list__item mall-image-${index}`}>
            <Image className="image-list__img" src={src} mode="aspectFill" />
            {index === 0 && <Text className="image-list__cover">封面</Text>}
            <Text className="image-list__remove" onClick={() => onChange(images.filter((_, other) => other !== index))}>
              ×
            </Text>
          </View>
        ))}
        {images.length < MAX_IMAGES && (
          <View
            className={`image-list__add mall-image-upload${uploading ? ' image-list__add--busy' : ''}`}
            onClick={() => void upload()}
          >
            <Text className="image-list__plus">{uploading ? '…' : '+'}</Text>
            <Text className="image-list__hint">{uploading ? '上传中' : '上传图片'}</Text>
          </View>
        )}
      </View>
      <Text className="admin-note">JPG、PNG 或 WebP，不超过 2 MB</Text>
      <View className="stock-adjust__fields">
        <TextField className="mall-image-url" value={url} placeholder="或填写图片地址 https://…" onChange={setUrl} />
        <Text className="admin-action mall-image-add" onClick={add}>
          添加
        </Text>
      </View>
      {error && <Text className="admin-error mall-image-error">{error}</Text>}
    </View>
  );
}
