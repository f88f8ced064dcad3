import { Text, View } from '@tarojs/components';
import { NOTIFICATION_KEYS, NOTIFICATION_TITLES, type ProgramSettings } from '@app/shared';

/**
 * 订阅消息, read only: which notices have a WeChat template and so are sent. The templates are registered in WeChat's
 * console and set through the API by whoever registers them (README "API-only"); a save keeps them as they are.
 */
export function NoticesPanel({ settings }: { settings: ProgramSettings }) {
  const templates = settings.notifications.templates;
  return (
    <View className="panel settings-notices">
      <View className="panel__title">
        <Text>订阅消息</Text>
        <Text className="panel__hint">模板由技术人员在微信后台登记后配置</Text>
      </View>
      {NOTIFICATION_KEYS.map((key) => {
        const template = templates[key];
        return (
          <View key={key} className={`settings-version settings-notice settings-notice-${key}`}>
            <Text className="settings-version__text settings-notice__title">{NOTIFICATION_TITLES[key]}</Text>
            <Text
              className={`settings-version__tag${template ? '' : ' settings-version__tag--upcoming'} settings-notice__state`}
            >
              {template ? `已配置 · ${Object.keys(template.fields).length} 个字段` : '未配置，不发送'}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
