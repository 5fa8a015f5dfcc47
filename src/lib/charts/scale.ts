/** Linear scales for the charts, from d3-scale: a "nice" domain from zero and readable integer ticks. */
import { scaleLinear } from 'd3-scale';

export interface LinearScale {
  /** Map a value to a length or coordinate. */
  (value: number): number;
  /** Top of the (nice) domain. */
  max: number;
  /** Whole-number ticks from 0 to max. */
  ticks: number[];
}

/** Scale from [0, max(values, floor)] onto [0, length]; counts get integer ticks only. */
export function countScale(maxValue: number, length: number, tickCount = 5): LinearScale {
  const top = Math.max(1, maxValue);
  const s = scaleLinear().domain([0, top]).range([0, length]).nice(tickCount);
  const max = s.domain()[1]!;
  const ticks = s.ticks(tickCount).filter((t) => Number.isInteger(t));
  const scale = ((v: number) => s(v)) as LinearScale;
  scale.max = max;
  scale.ticks = ticks;
  return scale;
}
