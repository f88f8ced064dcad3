import { Text, View } from '@tarojs/components';
import { actorName } from '../../features/console/audit-words';
import { formatDateTime } from '../../lib/format';
import type { Settings } from './SettingsField';

type Program = NonNullable<Settings['program']['data']>;

function VersionRow({
  version,
  className,
  tag,
}: {
  version: Program['history'][number];
  className: string;
  tag?: VersionTag;
}) {
  return (
    <View className={`settings-version ${className}`}>
      <Text className="settings-version__no">v{version.version}</Text>
      <Text className="settings-version__text">
        {formatDateTime(version.effectiveAt)} 生效 · {actorName(version.createdBy)}
      </Text>
      {tag && (
        <Text className={`settings-version__tag${tag.upcoming ? ' settings-version__tag--upcoming' : ''}`}>
          {tag.text}
        </Text>
      )}
    </View>
  );
}

interface VersionTag {
  text: string;
  upcoming?: boolean;
}

/** 版本: versions still to come, the one in force, the last ten before it — records keep the version they were made under. */
export function VersionsPanel({ program }: { program: Program }) {
  const { current, upcoming, history } = program;
  return (
    <View className="panel settings-versions">
      <View className="panel__title">
        <Text>版本</Text>
        <Text className="panel__hint">已有记录保留当时的规则</Text>
      </View>
      {upcoming.map((version) => (
        <VersionRow
          key={version.version}
          version={version}
          className="settings-upcoming"
          tag={{ text: '待生效', upcoming: true }}
        />
      ))}
      <VersionRow version={current} className="settings-current" tag={{ text: '生效中' }} />
      {history
        .filter(
          (version) => version.version !== current.version && !upcoming.some((one) => one.version === version.version),
        )
        .slice(0, 10)
        .map((version) => (
          <VersionRow key={version.version} version={version} className="settings-history" />
        ))}
    </View>
  );
}
