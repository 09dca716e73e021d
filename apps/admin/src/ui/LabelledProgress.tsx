import { Progress, type ProgressProps } from 'antd';

interface LabelledProgressProps extends Omit<ProgressProps, 'aria-label' | 'aria-labelledby'> {
  /** What the bar measures; screen readers announce it with the value (the progressbar's accessible name). */
  label: string;
}

/** antd's Progress with the name every progressbar needs; the admin draws its bars only through this. */
export function LabelledProgress({ label, ...props }: LabelledProgressProps) {
  return <Progress {...props} aria-label={label} />;
}
