import { Text, View } from '@tarojs/components';
import { type Task, TaskItem } from './TaskItem';
import './TaskList.scss';

/** The tasks page body: a summary (done / all, points still to earn) and the list. */
export function TaskList({ tasks, onChanged }: { tasks: Task[]; onChanged: () => void }) {
  const done = tasks.filter((task) => task.status === 'done');
  const open = tasks.filter((task) => task.status === 'todo');
  const toEarn = open.reduce((sum, task) => sum + task.points, 0);
  const ordered = [...open, ...done];
  return (
    <>
      <View className="tasks-summary">
        <View className="tasks-summary__main">
          <Text className="tasks-summary__title">新手任务</Text>
          <Text className="tasks-summary__sub tasks-to-earn">
            {open.length ? `完成全部任务还可得 ${toEarn} 积分` : '全部任务已完成，真棒！'}
          </Text>
        </View>
        <View className="tasks-summary__ring">
          <Text className="tasks-summary__ring-value tasks-done-count">
            {done.length}/{tasks.length}
          </Text>
          <Text className="tasks-summary__ring-label">已完成</Text>
        </View>
      </View>
      <View className="panel task-list">
        {ordered.map((task) => (
          <TaskItem key={task.code} task={task} onChanged={onChanged} />
        ))}
      </View>
      <Text className="tasks-footnote">每个任务奖励只发放一次，完成后自动到账</Text>
    </>
  );
}
