import { Text, View } from '@tarojs/components';
import type { Right } from '@app/shared';
import { levelTheme } from '../../../components/level-badge';
import './RightsList.scss';

/** The rights the member's level gives, as the server lists them. */
export function RightsList({
  levelCode,
  levelName,
  rights,
}: {
  levelCode: string;
  levelName: string;
  rights: Right[];
}) {
  const accent = levelTheme(levelCode).accent;
  return (
    <View className="panel rights">
      <View className="panel__title">
        <Text>{levelName}权益</Text>
        <Text className="panel__hint">{rights.length} 项</Text>
      </View>
      {rights.length === 0 ? (
        <Text className="muted">升级后可解锁更多权益</Text>
      ) : (
        <View className="rights__list">
          {rights.map((right) => (
            <View className="rights__item" key={right.code}>
              <View className="rights__icon" style={{ borderColor: accent, color: accent }}>
                <Text>{right.title.slice(0, 1)}</Text>
              </View>
              <View className="rights__text">
                <Text className="rights__title">{right.title}</Text>
                <Text className="rights__desc">{right.description}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
