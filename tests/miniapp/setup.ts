import { cleanup } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { lifecycle } from './__mocks__/taro';

afterEach(() => {
  cleanup();
  lifecycle.reset();
  Taro.clearStorageSync();
});
