import { Text, type XAxisTickContentProps } from 'recharts';

// Category names (sectors, kecamatan) can be long: wrap them onto up to two lines under their bars.
const TICK_WIDTH = 96;
const MAX_LINES = 2;
export const WRAPPED_AXIS_HEIGHT = 44;

/** An x-axis label that breaks between words instead of running into its neighbours. */
export function WrappedTick({ x, y, payload }: XAxisTickContentProps) {
  return (
    <Text
      x={x}
      y={y}
      width={TICK_WIDTH}
      maxLines={MAX_LINES}
      textAnchor="middle"
      verticalAnchor="start"
      fontSize={12}
      fill="#4b5563"
    >
      {String(payload.value)}
    </Text>
  );
}
