import { Text, View } from '@tarojs/components';
import './QuantityStepper.scss';

export interface QuantityStepperProps {
  value: number;
  max: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}

/** − N + within 1…max; a button at its bound is greyed and does nothing. */
export function QuantityStepper({ value, max, onChange, disabled = false }: QuantityStepperProps) {
  const canLess = !disabled && value > 1;
  const canMore = !disabled && value < max;
  return (
    <View className={`qty-stepper${disabled ? ' qty-stepper--disabled' : ''}`}>
      <View
        className={`qty-stepper__button qty-minus${canLess ? '' : ' qty-stepper__button--off'}`}
        onClick={() => canLess && onChange(value - 1)}
      >
        <Text>−</Text>
      </View>
      <Text className="qty-stepper__value qty-value">{value}</Text>
      <View
        className={`qty-stepper__button qty-plus${canMore ? '' : ' qty-stepper__button--off'}`}
        onClick={() => canMore && onChange(value + 1)}
      >
        <Text>+</Text>
      </View>
    </View>
  );
}
