import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { ImageList } from '../../miniapp/src/features/marketer/components/ImageList';
import { imageTypeOf } from '../../miniapp/src/features/marketer/api/mall-images';
import { errorReply, mockApi, signIn } from './fixtures';

const grant = {
  url: 'http://127.0.0.1:9000/huiyuanka-local-images',
  fields: { key: 'mall/202612/abc.png', 'Content-Type': 'image/png', Policy: 'e30=', 'X-Amz-Signature': 'f00' },
  imageUrl: 'http://127.0.0.1:9000/huiyuanka-local-images/mall/202612/abc.png',
  contentType: 'image/png',
  maxBytes: 2097152,
  expiresAt: '2026-12-06T03:00:00.000Z',
};

function Editor({ initial = [] as string[] }) {
  const [images, setImages] = useState(initial);
  return <ImageList images={images} onChange={setImages} />;
}

const choose = (file: { path: string; size: number; type?: string }) =>
  (Taro.chooseImage as jest.Mock).mockResolvedValue({
    tempFilePaths: [file.path],
    tempFiles: [{ path: file.path, size: file.size, type: 'image', originalFileObj: { type: file.type } }],
  });

beforeEach(() => {
  signIn('marketer');
  (Taro.uploadFile as jest.Mock).mockReset();
  (Taro.chooseImage as jest.Mock).mockReset();
});

describe('mall item pictures: 上传图片', () => {
  it('asks for a signed policy, uploads the file with its fields and shows the picture as the cover', async () => {
    const request = mockApi(({ path }) =>
      path === '/v1/admin/mall/images' ? { status: 201, body: grant } : errorReply(404, 'NOT_FOUND', '没有'),
    );
    choose({ path: 'blob:http://localhost/1', size: 5000, type: 'image/png' });
    (Taro.uploadFile as jest.Mock).mockResolvedValue({ statusCode: 204, data: '', errMsg: 'uploadFile:ok' });
    const { container } = render(<Editor />);
    fireEvent.click(container.querySelector('.mall-image-upload')!);
    await waitFor(() => expect(container.querySelector('.mall-image-0 img')).not.toBeNull());
    expect(container.querySelector('.mall-image-0 img')!.getAttribute('src')).toBe(grant.imageUrl);
    expect(screen.getByText('封面')).toBeTruthy();
    const asked = request.mock.calls[0]![0];
    expect(asked.data).toEqual({ contentType: 'image/png', sizeBytes: 5000 });
    expect(asked.header['Idempotency-Key']).toMatch(/^image-/);
    expect((Taro.uploadFile as jest.Mock).mock.calls[0]![0]).toMatchObject({
      url: grant.url,
      filePath: 'blob:http://localhost/1',
      name: 'file',
      formData: grant.fields,
      withCredentials: false,
    });
  });

  it('refuses a picture too large or of another type before asking anything', async () => {
    const request = mockApi(() => ({ status: 201, body: grant }));
    choose({ path: 'wxfile://tmp/big.jpg', size: 3 * 1024 * 1024 });
    const { container } = render(<Editor />);
    fireEvent.click(container.querySelector('.mall-image-upload')!);
    await screen.findByText('图片太大，请压缩到 2 MB 以内');
    choose({ path: 'blob:http://localhost/2', size: 1000, type: 'image/gif' });
    fireEvent.click(container.querySelector('.mall-image-upload')!);
    await screen.findByText('只支持 JPG、PNG、WebP 图片');
    expect(request).not.toHaveBeenCalled();
    expect(Taro.uploadFile).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal and a failed upload, and keeps the pictures it had', async () => {
    mockApi(() => errorReply(415, 'IMAGE_TYPE_UNSUPPORTED', '只支持 JPG、PNG、WebP 图片'));
    choose({ path: 'wxfile://tmp/a.png', size: 1000 });
    const { container } = render(<Editor initial={['https://cdn.example.com/a.png']} />);
    fireEvent.click(container.querySelector('.mall-image-upload')!);
    await screen.findByText('只支持 JPG、PNG、WebP 图片');
    mockApi(() => ({ status: 201, body: grant }));
    (Taro.uploadFile as jest.Mock).mockResolvedValue({ statusCode: 403, data: '<Error/>', errMsg: 'uploadFile:ok' });
    fireEvent.click(container.querySelector('.mall-image-upload')!);
    await screen.findByText('图片没有传上去，请检查网络后重试');
    expect(container.querySelectorAll('.image-list__item')).toHaveLength(1);
  });

  it('knows a WeChat picture’s type from its file name', () => {
    expect(imageTypeOf({ path: 'wxfile://tmp/x.JPEG', size: 1 })).toBe('image/jpeg');
    expect(imageTypeOf({ path: 'http://tmp/x.webp', size: 1, type: 'image' })).toBe('image/webp');
    expect(imageTypeOf({ path: 'blob:abc', size: 1, type: 'image/png' })).toBe('image/png');
  });
});
