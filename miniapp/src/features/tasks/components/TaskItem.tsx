import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatDateZh } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { BindPhoneButton } from '../../phone/components/BindPhoneButton';
import { taskAction, taskGlyphs, taskHints } from '../task-actions';

export interface Task {
  code: string;
  title: string;
  points: number;
  growth: number;
  status: 'todo' | 'done';
  doneAt?: string;
}

/** One task: icon, title and hint, reward, and 去完成 (or 已完成 with its date). */
export function TaskItem({ task, onChanged }: { task: Task; onChanged: () => void }) {
  const done = task.status === 'done';
  const action = taskAction(task.code);
  const reward = [task.points ? `+${task.points} 积分` : '', task.growth ? `+${task.growth} 成长值` : '']
    .filter(Boolean)
    .join(' ');

  const go = () => {
    if (action.kind === 'open') void openPage(action.url);
    else if (action.kind === 'explain')
      void Taro.showModal({
        title: action.title,
        content: action.content,
        showCancel: false,
        confirmText: '知道了',
        confirmColor: '#6f4e37',
      });
  };

  return (
    <View className={`task-item task-item--${task.status}`} data-code={task.code}>
      <View className="task-item__icon">
        <Text>{taskGlyphs[task.code] ?? '任'}</Text>
      </View>
      <View className="task-item__body">
        <Text className="task-item__title">{task.title}</Text>
        <Text className="task-item__hint">
          {done && task.doneAt ? `${formatDateZh(task.doneAt)} 完成` : (taskHints[task.code] ?? '')}
        </Text>
        <Text className="task-item__reward">{reward}</Text>
      </View>
      {done ? (
        <View className="task-item__done">
          <Text>已完成</Text>
        </View>
      ) : action.kind === 'bind-phone' ? (
        <BindPhoneButton label="去完成" className="task-item__go" onBound={onChanged} />
      ) : (
        <View className="btn btn--primary btn--small task-item__go" hoverClass="btn--pressed" onClick={go}>
          去完成
        </View>
      )}
    </View>
  );
}
