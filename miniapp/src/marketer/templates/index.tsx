import { Text, View } from '@tarojs/components';
import type { CouponTemplateView } from '@app/shared';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { listTemplates } from '../../features/campaigns/api/campaigns';
import { ListFooter } from '../../features/campaigns/components/ListFooter';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { TemplateRow } from '../../features/campaigns/components/TemplateRow';
import { useMarketerList } from '../../features/campaigns/hooks/use-marketer-list';
import { useConsoleNames } from '../../features/marketer/hooks/use-console-names';
import { openPage, routes } from '../../lib/routes';
import { useRoleGuard } from '../../lib/use-role-guard';

const fetchTemplates = (cursor: string | null) => listTemplates({ cursor });
const templateId = (template: CouponTemplateView) => template.templateId;

/** 优惠券模板: what each template gives and for how long, newest first; 新建模板 on top. */
export default function TemplatesPage() {
  useRoleGuard('marketer');
  const list = useMarketerList(fetchTemplates, templateId);
  const { storeNames } = useConsoleNames({ levels: false });
  const create = () => void openPage(routes.marketerTemplateNew);

  return (
    <MarketerPage className="templates-page">
      <View className="marketer-head">
        <View>
          <Text className="marketer-head__title">优惠券模板</Text>
          <Text className="marketer-head__sub">模板定义券的面额、门槛、有效期和适用门店</Text>
        </View>
        <View
          className="btn btn--primary btn--small marketer-head__action templates-new"
          hoverClass="btn--pressed"
          onClick={create}
        >
          <Text>新建模板</Text>
        </View>
      </View>
      <View className="panel templates-list">
        {list.loading ? (
          [0, 1, 2].map((row) => <Skeleton key={row} height={48} className="marketer-skeleton-row" />)
        ) : list.error ? (
          <ErrorState compact title="模板加载失败" message={list.error.message} onRetry={() => void list.refresh()} />
        ) : list.items.length === 0 ? (
          <View className="marketer-empty templates-empty">
            <EmptyState compact message="还没有优惠券模板" hint="先建一个模板，再用它创建营销活动" />
            <View className="btn btn--ghost btn--small" hoverClass="btn--pressed" onClick={create}>
              <Text>新建模板</Text>
            </View>
          </View>
        ) : (
          <>
            {list.items.map((template) => (
              <TemplateRow key={template.templateId} template={template} storeNames={storeNames} />
            ))}
            <ListFooter
              loadingMore={list.loadingMore}
              moreError={list.moreError}
              hasMore={list.hasMore}
              onMore={() => void list.loadMore()}
              end="没有更多模板了"
            />
          </>
        )}
      </View>
    </MarketerPage>
  );
}
