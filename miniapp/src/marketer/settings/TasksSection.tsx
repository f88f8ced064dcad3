import { Text, View } from '@tarojs/components';
import { TASK_NAMES, type TaskDraft } from '../../features/console/program-more';
import { changeMore, type SectionProps, SettingsField, SettingsPanel } from './SettingsField';
import { TemplatePicker } from './TemplatePicker';

/**
 * 新手任务: each one-time task (its trigger is built in: completing the profile, binding the phone, the first
 * check-in, purchase, redemption) with its title, points, growth and an optional coupon; removed, or added back.
 */
export function TasksSection({ settings, draft }: SectionProps) {
  const { tasks, coupons } = draft.more;
  const setTask = (index: number, patch: Partial<TaskDraft>) =>
    changeMore(settings, draft, { tasks: tasks.map((task, at) => (at === index ? { ...task, ...patch } : task)) });
  const missing = Object.keys(TASK_NAMES).filter((code) => !tasks.some((task) => task.code === code));
  return (
    <SettingsPanel title="新手任务" hint="每人完成一次，完成即发奖励" className="settings-tasks">
      {tasks.length === 0 && <Text className="muted settings-tasks-empty">没有任务，会员页不显示新手任务</Text>}
      {tasks.map((task, index) => (
        <View key={task.code} className={`level-edit settings-task settings-task-${task.code}`}>
          <View className="level-edit__head">
            <Text>{TASK_NAMES[task.code] ?? task.code}</Text>
            <Text
              className="level-edit__remove settings-task-remove"
              onClick={() => changeMore(settings, draft, { tasks: tasks.filter((_, at) => at !== index) })}
            >
              删除
            </Text>
          </View>
          <SettingsField
            settings={settings}
            path={`tasks.${index}.title`}
            label="任务名称"
            hint="会员看到的名称"
            value={task.title}
            onChange={(title) => setTask(index, { title })}
          />
          <View className="form-row">
            <SettingsField
              settings={settings}
              path={`tasks.${index}.points`}
              label="奖励积分"
              value={task.points}
              number
              onChange={(points) => setTask(index, { points })}
            />
            <SettingsField
              settings={settings}
              path={`tasks.${index}.growth`}
              label="奖励成长值"
              value={task.growth}
              number
              onChange={(growth) => setTask(index, { growth })}
            />
          </View>
          <View className="form-field__label settings-sub-label">
            <Text>奖励券</Text>
          </View>
          <TemplatePicker
            settings={settings}
            prefix={`settings-task-coupon-${task.code}`}
            chosen={coupons.tasks[task.code] ? [coupons.tasks[task.code]!] : []}
            error={settings.errors[`automaticCoupons.tasks.${task.code}`]}
            onChange={([id]) => {
              const { [task.code]: _gone, ...rest } = coupons.tasks;
              changeMore(settings, draft, { coupons: { ...coupons, tasks: id ? { ...rest, [task.code]: id } : rest } });
            }}
          />
        </View>
      ))}
      {missing.map((code) => (
        <Text
          key={code}
          className={`admin-action settings-task-add settings-task-add-${code}`}
          onClick={() =>
            changeMore(settings, draft, {
              tasks: [...tasks, { code, title: TASK_NAMES[code]!, points: '10', growth: '0' }],
            })
          }
        >
          添加「{TASK_NAMES[code]}」
        </Text>
      ))}
    </SettingsPanel>
  );
}
