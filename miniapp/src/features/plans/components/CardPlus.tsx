import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { formatDate } from '../../../lib/format';
import { openPage, routes } from '../../../lib/routes';
import { useResource } from '../../../lib/use-resource';
import { getMyPlan } from '../api/plans';

/** PLUS on the card: the badge and the end date while a plan runs, else 开通PLUS; 我的次卡 beside it. */
export function CardPlus() {
  const plan = useResource(getMyPlan);
  useDidShow(() => void plan.reload());
  const held = plan.data;
  return (
    <View className="card-plus">
      <View
        className={`card-plus__plan card-open-plus${held ? ' card-plus__plan--held' : ''}`}
        hoverClass="card-shortcut--pressed"
        onClick={() => void openPage(routes.plus)}
      >
        <Text className="card-plus__badge">PLUS</Text>
        <View className="card-plus__text">
          <Text className="card-plus__name card-plus-status">
            {held ? held.name : plan.loading ? '…' : '开通PLUS 享到店折扣'}
          </Text>
          {held ? <Text className="card-plus__until card-plus-until">{formatDate(held.activeUntil)} 到期</Text> : null}
        </View>
        <Text className="card-plus__arrow">{held ? '续费 ›' : '›'}</Text>
      </View>
      <View
        className="card-plus__cards card-open-punch-cards"
        hoverClass="card-shortcut--pressed"
        onClick={() => void openPage(routes.punchCards)}
      >
        <Text>我的次卡</Text>
      </View>
    </View>
  );
}
