import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { useProgramSettings } from '../../features/console/hooks/use-program-settings';
import { formatDateTime } from '../../lib/format';
import { useRoleGuard } from '../../lib/use-role-guard';
import { AutoCouponsSection } from './AutoCouponsSection';
import { CheckinSection } from './CheckinSection';
import { CashSection, CounterSection } from './CounterSection';
import { EarningSection } from './EarningSection';
import { ExpirySection } from './ExpirySection';
import { LevelGiftsSection } from './LevelGiftsSection';
import { LevelsSection } from './LevelsSection';
import { NoticesPanel } from './NoticesPanel';
import { ReferralSection } from './ReferralSection';
import { SaveSection } from './SaveSection';
import { TasksSection } from './TasksSection';
import { VersionsPanel } from './VersionsPanel';
import '../../features/console/components/Console.scss';
import '../../features/marketer/components/AdminRows.scss';
import './settings.scss';

/**
 * 规则设置: every setting of the program, section by section, each number with the range the server accepts; saved
 * as a new version now or at a chosen time, after 本次修改 shows what changes; the versions.
 */
export default function SettingsPage() {
  useRoleGuard('marketer');
  const settings = useProgramSettings();
  const { program, draft } = settings;

  if (!program.data || !draft) {
    return (
      <MarketerPage className="settings-page">
        <View className="panel">
          {program.error ? (
            <ErrorState title="规则加载失败" message={program.error.message} onRetry={() => void program.reload()} />
          ) : (
            [0, 1, 2].map((row) => <Skeleton key={row} height={44} className="marketer-skeleton-row" />)
          )}
        </View>
      </MarketerPage>
    );
  }

  const { current } = program.data;
  const section = { settings, draft };
  return (
    <MarketerPage className="settings-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">规则设置</Text>
          <Text className="marketer-head__sub settings-current-version">
            当前 v{current.version} · {formatDateTime(current.effectiveAt)} 生效
          </Text>
        </View>
      </View>
      <VersionsPanel program={program.data} />
      <LevelsSection {...section} />
      <LevelGiftsSection {...section} />
      <EarningSection {...section} />
      <CheckinSection {...section} />
      <TasksSection {...section} />
      <ReferralSection {...section} />
      <AutoCouponsSection {...section} />
      <ExpirySection {...section} />
      <CounterSection {...section} />
      <CashSection {...section} />
      <NoticesPanel settings={current.settings} />
      <SaveSection {...section} />
    </MarketerPage>
  );
}
