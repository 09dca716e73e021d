import { Progress, type ProgressProps } from 'antd';

interface LabelledProgressProps extends Omit<ProgressProps, 'aria-label' | 'aria-labelledby'> {
  /** What the bar measures; screen readers announce it with the value (the progressbar's accessible name). */
  label: string;
}

/**
 * antd's Progress with the name every progressbar needs; the admin draws its bars only through this. A full bar
 * stays in its own colours: antd would switch it to its "success" green, whose text fails the contrast check.
 */
export function LabelledProgress({ label, status = 'normal', ...props }: LabelledProgressProps) {
  return <Progress {...props} status={status} aria-label={label} />;
}
