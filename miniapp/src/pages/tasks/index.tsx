import { View } from '@tarojs/components';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { Skeleton } from '../../components/skeleton';
import { getTasks } from '../../features/tasks/api/tasks';
import { TaskList } from '../../features/tasks/components/TaskList';
import { usePageResource } from '../../lib/use-page-resource';
import { useRoleGuard } from '../../lib/use-role-guard';
import './index.scss';

/** 任务中心: the one-time tasks with their rewards, 去完成 for the open ones. */
export default function TasksPage() {
  useRoleGuard('member');
  const tasks = usePageResource(getTasks);

  return (
    <View className="page tasks-page">
      {tasks.data ? (
        tasks.data.length ? (
          <TaskList tasks={tasks.data} onChanged={() => void tasks.reload()} />
        ) : (
          <EmptyState message="暂时没有任务" hint="新任务上线后会出现在这里" />
        )
      ) : tasks.error ? (
        <ErrorState title="任务加载失败" message={tasks.error.message} onRetry={() => void tasks.reload()} />
      ) : (
        <View>
          <Skeleton height={100} radius={18} />
          <View className="panel">
            {[0, 1, 2, 3].map((i) => (
              <View key={i} className="tasks-skeleton__row">
                <Skeleton height={42} />
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}
