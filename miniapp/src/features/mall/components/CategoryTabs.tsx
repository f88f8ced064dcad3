import { ScrollView, Text, View } from '@tarojs/components';

/** 全部 + the categories on offer, as a row of chips that scrolls sideways when there are many. */
export function CategoryTabs({
  categories,
  value,
  onChange,
}: {
  categories: string[];
  value: string;
  onChange: (category: string) => void;
}) {
  const tabs = [{ key: '', label: '全部' }, ...categories.map((category) => ({ key: category, label: category }))];
  return (
    <ScrollView className="mall-tabs" scrollX enableFlex showScrollbar={false}>
      <View className="mall-tabs__row">
        {tabs.map((tab) => (
          <View
            key={tab.key || 'all'}
            className={`mall-tab${tab.key === value ? ' mall-tab--active' : ''}${tab.key ? '' : ' mall-tab--all'}`}
            data-category={tab.key}
            onClick={() => tab.key !== value && onChange(tab.key)}
          >
            <Text>{tab.label}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
