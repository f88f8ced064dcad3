import Taro from '@tarojs/taro';
import { rememberTemplate } from '../../features/campaigns/campaign-cache';
import { MarketerPage } from '../../features/campaigns/components/MarketerPage';
import { TemplateForm } from '../../features/campaigns/components/TemplateForm';
import { useTemplateForm } from '../../features/campaigns/hooks/use-template-form';
import { listStores } from '../../features/marketer/api/accounts';
import { goBack, routes } from '../../lib/routes';
import { useResource } from '../../lib/use-resource';
import { useRoleGuard } from '../../lib/use-role-guard';

/** 新建优惠券模板: the form; once created, back to where it was opened from (the list, or the campaign form, which picks it). */
export default function TemplateNewPage() {
  useRoleGuard('marketer');
  const stores = useResource(listStores);
  const form = useTemplateForm((template) => {
    rememberTemplate(template);
    void Taro.showToast({ title: '模板已创建', icon: 'success', duration: 1500 });
    void goBack(routes.marketerTemplates);
  });

  return (
    <MarketerPage className="template-new-page">
      <TemplateForm
        draft={form.draft}
        errors={form.errors}
        stores={stores.data ?? []}
        pending={form.pending}
        problem={form.problem}
        canRetry={form.canRetry}
        onChange={form.change}
        onSubmit={() => void form.submit()}
      />
    </MarketerPage>
  );
}
